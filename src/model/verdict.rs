//! The vocabulary of findings, as data: what a fact means in the unit scored, the fact a
//! criterion read, why a vendor was disqualified or left unverified, and its status. The
//! scoring core produces these; the renderers and the language catalogue put them in words.

use super::fact::Fact;
use serde::Serialize;

/// Whether a vendor passed its knock-outs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Passed every knock-out.
    Qualified,
    /// Failed none, but a knock-out's fact is unknown.
    Unverified,
    /// Failed a knock-out.
    Disqualified,
}

impl Status {
    /// The machine-readable name (`qualified`), the same in every language.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Qualified => "qualified",
            Status::Unverified => "unverified",
            Status::Disqualified => "disqualified",
        }
    }
}

/// What a fact means in the unit scored.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Meaning {
    /// Expected wall-clock minutes; the support week when business time was converted.
    Minutes { minutes: f64, week: Option<f64> },
    /// Days from the date to the evaluation date.
    DaysOld(f64),
    /// Yearly downtime minutes that an availability allows.
    DowntimeMinutes(f64),
    /// `yes` of `of` parts are true (`share`).
    Parts { yes: usize, of: usize },
    /// Points of the wanted regions (`regions`).
    Regions { points: f64, of: usize },
    /// `kept` of `of` trial tickets with a verdict kept their promise (`promises`).
    Kept { kept: usize, of: usize },
    /// The expected yearly cost of support, in the scorecard's currency (`cost`).
    YearlyCost(f64),
}

/// The fact a criterion read, borrowed from the profile, to be shown as written.
#[derive(Debug, Clone, PartialEq)]
pub enum FactView<'p> {
    One(&'p Fact),
    /// The known parts of a `share` criterion: each field's last key and its fact.
    Parts(Vec<(&'p str, &'p Fact)>),
    /// The lists of a `regions` criterion (empty when absent).
    Regions {
        served: &'p [String],
        local: &'p [String],
    },
    /// The number of trial tickets a criterion read.
    Tickets(usize),
    /// The parts of the yearly cost of support.
    Cost {
        support: f64,
        waiting: f64,
        downtime: f64,
    },
}

/// What a fact should have been for its criterion to score it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    TrueOrFalse,
    Level,
    Number,
    Duration,
    Date,
    Percent,
    List,
}

/// Which knock-out a known fact failed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Failure {
    /// The score is below `min_score`.
    MinScore { score: f64 },
    /// The fact is not the required value or level.
    Require,
    /// The number scored exceeds `max`.
    Max,
    /// The number scored is below `min`.
    Min,
}

/// A note on one criterion of one vendor; `criterion` is its index in the scorecard.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Note {
    /// The fact is there but is not what the criterion scores; it counts as unknown.
    Unscorable {
        criterion: usize,
        expected: Expected,
    },
    /// A knock-out failed: the vendor is disqualified.
    Failed { criterion: usize, failure: Failure },
    /// A knock-out's fact is unknown: the vendor is unverified.
    Unverified { criterion: usize },
}

impl Note {
    pub fn criterion(self) -> usize {
        match self {
            Note::Unscorable { criterion, .. }
            | Note::Failed { criterion, .. }
            | Note::Unverified { criterion } => criterion,
        }
    }
}
