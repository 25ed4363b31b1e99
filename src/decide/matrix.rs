//! The weight-free score matrix: every vendor × every criterion assessed once, with each
//! vendor's knock-out outcome (knock-outs do not depend on weights). Re-weighting reads the
//! matrix and never re-assesses a fact.

use super::assess::{assess, knockout, Assessment, Context, Knockout};
use crate::model::profile::Profile;
use crate::model::scorecard::Scorecard;
use crate::model::verdict::{Note, Status};
use crate::util::parallel;
use jiff::civil::Date;

/// One vendor's row: an assessment per criterion, its status and its notes.
#[derive(Debug, Clone)]
pub struct Row<'p> {
    pub profile: &'p Profile,
    pub cells: Vec<Assessment<'p>>,
    pub status: Status,
    /// Unscorable facts and knock-out outcomes, in criterion order.
    pub notes: Vec<Note>,
}

impl Row<'_> {
    /// The scores of the row, in criterion order; `None` when unknown.
    pub fn scores(&self) -> impl Iterator<Item = Option<f64>> + '_ {
        self.cells.iter().map(|cell| cell.score)
    }
}

/// Vendors × criteria, in input order, computed once.
#[derive(Debug, Clone)]
pub struct Matrix<'p> {
    pub rows: Vec<Row<'p>>,
}

impl<'p> Matrix<'p> {
    /// Assesses every profile under the scorecard's criteria on the given date (all cores).
    pub fn build(profiles: &'p [Profile], card: &Scorecard, as_of: Date) -> Matrix<'p> {
        let context = Context {
            industry: card.industry.as_deref(),
            regions: &card.regions,
            as_of,
            cost: card.cost.as_ref(),
        };
        let rows = parallel::map(profiles, |profile| assess_row(profile, card, &context));
        Matrix { rows }
    }
}

fn assess_row<'p>(profile: &'p Profile, card: &Scorecard, context: &Context) -> Row<'p> {
    let mut notes = Vec::new();
    let (mut failed, mut unverified) = (false, false);
    let mut cells = Vec::with_capacity(card.criteria.len());
    for (criterion, c) in card.criteria.iter().enumerate() {
        let cell = assess(c, profile, context);
        if let Some(expected) = cell.unscorable {
            notes.push(Note::Unscorable {
                criterion,
                expected,
            });
        }
        match knockout(c, &cell) {
            Knockout::Passed => {}
            Knockout::Failed(failure) => {
                failed = true;
                notes.push(Note::Failed { criterion, failure });
            }
            Knockout::Unverified => {
                unverified = true;
                notes.push(Note::Unverified { criterion });
            }
        }
        cells.push(cell);
    }
    let status = match (failed, unverified) {
        (true, _) => Status::Disqualified,
        (false, true) => Status::Unverified,
        (false, false) => Status::Qualified,
    };
    Row {
        profile,
        cells,
        status,
        notes,
    }
}
