//! Renderers of a sensitivity analysis (SPEC §7), one per format, each returning bytes: the
//! thresholds (a), the rank acceptability (b) and what the unknowns could do (c), over the
//! ranked vendors, with the disqualified listed apart.

pub mod csv;
pub mod json;
pub mod markdown;
pub mod table;

use crate::decide::sensitivity::{Sampling, Sensitivity, Threshold, UnknownModel, WeightModel};
use crate::decide::{Evaluation, VendorResult};
use crate::i18n::{report, robustness, Lang};
use crate::util::number::{fixed, format_number};

/// One analysis with the evaluation it is about and how it was drawn.
#[derive(Debug, Clone, Copy)]
pub struct Report<'r, 'a> {
    pub evaluation: &'r Evaluation<'a>,
    pub analysis: &'r Sensitivity,
    pub sampling: &'r Sampling,
}

/// How many columns of rank acceptability the table and Markdown show (SPEC §7: r = 1…5).
pub const RANKS_SHOWN: usize = 5;

impl<'r, 'a> Report<'r, 'a> {
    /// The ranked vendors, in rank order (the analysis's vendors).
    pub fn ranked(&self) -> &'r [VendorResult<'a>] {
        &self.evaluation.vendors[..self.analysis.vendors.len()]
    }

    /// The disqualified vendors, apart.
    pub fn disqualified(&self) -> &'r [VendorResult<'a>] {
        &self.evaluation.vendors[self.analysis.vendors.len()..]
    }

    pub fn criterion_id(&self, k: usize) -> &'r str {
        &self.evaluation.scorecard.criteria[k].id
    }

    /// The ids of ranked vendors given by index.
    pub fn ids(&self, vendors: &[usize]) -> Vec<&'r str> {
        vendors.iter().map(|&v| self.ranked()[v].id).collect()
    }

    /// Criterion indices from the most sensitive down (the smallest relative change first;
    /// equal ones in scorecard order).
    pub fn most_sensitive_first(&self) -> Vec<usize> {
        let thresholds = &self.analysis.thresholds;
        let mut order: Vec<usize> = (0..thresholds.len()).collect();
        order.sort_by(|&a, &b| {
            let (a, b) = (&thresholds[a], &thresholds[b]);
            a.smallest_change().total_cmp(&b.smallest_change())
        });
        order
    }

    /// Today's rank-1 vendors.
    pub fn winners(&self) -> impl Iterator<Item = (usize, &'r VendorResult<'a>)> {
        self.ranked()
            .iter()
            .enumerate()
            .take_while(|(_, v)| v.rank == Some(1))
    }

    /// How the draws were made: weights, unknowns, seed, joined by ` · `.
    pub fn sampling_line(&self, lang: Lang) -> String {
        let concentration = match self.sampling.weights {
            WeightModel::Around { concentration } => Some(format_number(concentration)),
            WeightModel::Uniform => None,
        };
        [
            robustness::weights_drawn(lang, concentration.as_deref()),
            robustness::unknowns_drawn(lang, self.sampling.unknowns == UnknownModel::Uniform)
                .to_string(),
            robustness::seed(lang, self.sampling.seed),
        ]
        .join(" · ")
    }

    /// The legend of the range column: what it means, and "or out" when a vendor is unverified.
    pub fn range_legend(&self, lang: Lang) -> &'static str {
        let may_fail = self
            .ranked()
            .iter()
            .any(|v| v.status == crate::model::verdict::Status::Unverified);
        report::range_legend(lang, may_fail)
    }

    /// A vendor's central weights as "criterion 0.32 · …", the heaviest first.
    pub fn central_weights_text(&self, v: usize) -> Option<String> {
        let central = self.analysis.acceptability.central_weights[v].as_ref()?;
        let mut entries: Vec<(usize, f64)> = central.iter().copied().enumerate().collect();
        entries.sort_by(|a, b| b.1.total_cmp(&a.1));
        let parts: Vec<String> = entries
            .iter()
            .filter(|(_, share)| *share > 0.0)
            .map(|&(k, share)| format!("{} {}", self.criterion_id(k), fixed(share, 2)))
            .collect();
        Some(parts.join(" · "))
    }
}

/// A threshold for people: "12.50 (−37.5%) → stream, aws" (the weight, its change, and the
/// vendors then first, as `ids` renders them), "—" for an undefined change, "none" when there
/// is no threshold that way.
pub fn threshold_text(
    threshold: Option<&Threshold>,
    lang: Lang,
    ids: impl Fn(&[usize]) -> String,
) -> String {
    let Some(t) = threshold else {
        return robustness::none(lang).to_string();
    };
    let weight = fixed(t.weight, 2);
    let change = t.change_percent.map_or_else(
        || "—".to_string(),
        |change| format!("{}%", signed(change, 1)),
    );
    format!("{weight} ({change}) → {}", ids(&t.winners))
}

/// A number with a sign (`+12.5`, `−3.0`), never `-0.0`.
fn signed(value: f64, decimals: usize) -> String {
    let text = fixed(value, decimals);
    match text.strip_prefix('-') {
        Some(digits) => format!("−{digits}"),
        None if text.trim_start_matches(['0', '.']).is_empty() => text,
        None => format!("+{text}"),
    }
}

/// A share as a percent with one decimal: "37.2%".
pub fn percent(share: f64) -> String {
    format!("{}%", fixed(100.0 * share, 1))
}

/// The range of a ranked vendor in a terminal table, where room is short ("1–6 or out"); the
/// legend line of [`Report::range_legend`] explains it.
pub fn range_text(vendor: &VendorResult, lang: Lang) -> String {
    vendor.rank_range.map_or_else(String::new, |range| {
        let may_fail = vendor.status == crate::model::verdict::Status::Unverified;
        report::rank_range_short(lang, range.best, range.worst, may_fail)
    })
}

/// The most valuable question cell: the criterion id, or "nothing unknown".
pub fn question_texts(report: &Report, v: usize, lang: Lang) -> (String, String) {
    match report.analysis.vendors[v].most_valuable {
        Some(q) => (
            report.criterion_id(q.criterion).to_string(),
            q.rank.to_string(),
        ),
        None => (robustness::nothing_unknown(lang).to_string(), String::new()),
    }
}

/// How a format writes file text and a rank range in its cells: Markdown escapes markup and has
/// room for "or disqualified"; the terminal table escapes control characters and says "or out".
pub struct CellStyle {
    pub escape: fn(&str) -> String,
    pub range: fn(&VendorResult, Lang) -> String,
}

/// The rows of part (b), one per ranked vendor: rank, name, range, win share, top-3 share,
/// expected rank, then the shares of the first `shown` ranks.
pub fn acceptability_rows(
    report: &Report,
    lang: Lang,
    shown: usize,
    style: &CellStyle,
) -> Vec<Vec<String>> {
    let a = &report.analysis.acceptability;
    report
        .ranked()
        .iter()
        .enumerate()
        .map(|(v, vendor)| {
            let mut row = vec![
                report.analysis.vendors[v].rank.to_string(),
                (style.escape)(&name(vendor)),
                (style.range)(vendor, lang),
                percent(a.win_share(v)),
                percent(a.top3_share(v)),
                fixed(a.expected_rank(v), 2),
            ];
            row.extend(a.shares[v].iter().take(shown).map(|&s| percent(s)));
            row
        })
        .collect()
}

/// The rows of part (c), one per ranked vendor: rank, name, range, most valuable question and
/// the rank it would give.
pub fn question_rows(report: &Report, lang: Lang, style: &CellStyle) -> Vec<Vec<String>> {
    report
        .ranked()
        .iter()
        .enumerate()
        .map(|(v, vendor)| {
            let (question, rank) = question_texts(report, v, lang);
            vec![
                report.analysis.vendors[v].rank.to_string(),
                (style.escape)(&name(vendor)),
                (style.range)(vendor, lang),
                (style.escape)(&question),
                rank,
            ]
        })
        .collect()
}

/// The name and plan of a vendor: "Acme · Gold".
pub fn name(vendor: &VendorResult) -> String {
    report::name_and_plan(vendor.name, vendor.plan)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_carry_their_sign_and_zero_none() {
        assert_eq!(signed(12.46, 1), "+12.5");
        assert_eq!(signed(-3.0, 1), "−3.0");
        assert_eq!(signed(-0.01, 1), "0.0");
        assert_eq!(signed(0.0, 1), "0.0");
        assert_eq!(percent(0.37249), "37.2%");
    }
}
