//! Renderers of an [`Evaluation`](crate::decide::Evaluation), one per output format, each
//! returning bytes; the command layer alone decides between stdout and a file.

pub mod checklist;
pub mod compare;
pub mod cost;
pub mod csv;
pub mod grid;
pub mod html;
pub mod json;
pub mod markdown;
pub mod sensitivity;
pub mod table;
pub mod text;
pub mod trial;
pub mod xlsx;

use crate::decide::{CriterionResult, Evaluation, VendorResult};
use crate::i18n::{findings, report, Lang};
use crate::model::verdict::Status;
use std::collections::{HashMap, HashSet};

/// One decimal, for display only; never `-0.0`.
pub fn one_decimal(value: f64) -> String {
    crate::util::number::fixed(value, 1)
}

/// A short column header for a criterion, so that a table fits 80 columns: the built-in's
/// own, else the first three letters or digits of the id.
pub fn abbreviation(id: &str) -> String {
    if let Some(b) = crate::model::builtin::builtin(id) {
        return b.abbreviation.to_string();
    }
    let mut short: String = id.chars().filter(|c| c.is_alphanumeric()).take(3).collect();
    if let Some(first) = short.get(..1) {
        short = first.to_uppercase() + &short[1..];
    }
    short
}

/// Abbreviations for every criterion, made unique with a number where two collide; in time
/// linear in the number of criteria (each base remembers the next number to try).
pub fn abbreviations(ids: &[&str]) -> Vec<String> {
    let mut taken: HashSet<String> = HashSet::with_capacity(ids.len());
    let mut next_number: HashMap<String, usize> = HashMap::new();
    let mut out: Vec<String> = Vec::with_capacity(ids.len());
    for id in ids {
        let base = abbreviation(id);
        let mut candidate = base.clone();
        let n = next_number.entry(base.clone()).or_insert(2);
        while taken.contains(&candidate) {
            candidate = format!("{base}{n}");
            *n += 1;
        }
        taken.insert(candidate.clone());
        out.push(candidate);
    }
    out
}

/// The line above a table: scorecard, date, audience, unknown policy, in the language.
pub fn summary_line(evaluation: &Evaluation, lang: Lang) -> String {
    let card = &evaluation.scorecard;
    let as_of = evaluation.as_of.to_string();
    let industry = card.industry.as_deref();
    let mut parts = report::summary_parts(lang, &card.name, &as_of, industry, &card.regions);
    parts.push(report::policy(card.unknown, lang).to_string());
    parts.join(" · ")
}

/// Every note of every vendor in words, in output order: knock-outs, unverified knock-outs,
/// unscorable facts.
pub fn notes<'e>(evaluation: &'e Evaluation, lang: Lang) -> Vec<(&'e VendorResult<'e>, String)> {
    evaluation
        .vendors
        .iter()
        .flat_map(|vendor| {
            let texts = vendor.note_texts(evaluation.scorecard, lang);
            texts.into_iter().map(move |text| (vendor, text))
        })
        .collect()
}

/// The rank cell: a number, or `-` for a disqualified vendor.
pub fn rank_text(vendor: &VendorResult) -> String {
    vendor
        .rank
        .map_or_else(|| "-".to_string(), |r| r.to_string())
}

/// The rank range cell (SPEC §4): "1–3", "1–3 or disqualified" for an unverified vendor, and
/// `-` for a disqualified one.
pub fn range_text(vendor: &VendorResult, lang: Lang) -> String {
    vendor.rank_range.map_or_else(
        || "-".to_string(),
        |range| {
            let may_fail = vendor.status == Status::Unverified;
            report::rank_range(lang, range.best, range.worst, may_fail)
        },
    )
}

/// The `--explain` form of the rank range, when the evaluation shows ranges and the vendor
/// has a rank.
pub fn explain_range(evaluation: &Evaluation, vendor: &VendorResult, lang: Lang) -> Option<String> {
    (evaluation.ranks_could_move() && vendor.rank_range.is_some()).then(|| range_text(vendor, lang))
}

/// The "fact" and "means" cells of an explanation row.
pub fn explain_fact(row: &CriterionResult, lang: Lang) -> (String, String) {
    let fact = row.fact.as_ref().map_or_else(
        || report::unknown(lang).to_string(),
        |f| findings::fact(f, lang),
    );
    let meaning = row
        .meaning
        .as_ref()
        .map(|m| findings::meaning(m, lang))
        .unwrap_or_default();
    (fact, meaning)
}

/// The evidence of an explanation row: source, kind and checked date, in words.
pub fn explain_evidence(row: &CriterionResult, lang: Lang) -> String {
    let evidence = &row.evidence;
    let kind = evidence.kind.map(|kind| kind.as_str());
    crate::i18n::evidence::evidence_line(lang, evidence.source, kind, evidence.checked)
}

/// The score cell of an explanation row: the score, or what the policy made of the unknown.
pub fn explain_score(row: &CriterionResult, lang: Lang) -> String {
    match (row.score, row.counted) {
        (Some(score), _) => one_decimal(score),
        (None, true) => report::unknown_scored(lang, row.contribution > 0.0),
        (None, false) => report::unknown_skipped(lang).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_are_unique() {
        assert_eq!(
            abbreviations(&["price", "prices", "coverage"]),
            ["Pri", "Pri2", "Cov"]
        );
        assert_eq!(
            abbreviations(&["pri2", "price", "prices", "pri"]),
            ["Pri", "Pri2", "Pri3", "Pri4"]
        );
    }

    #[test]
    fn many_colliding_abbreviations_stay_unique() {
        let ids: Vec<String> = (0..30_000).map(|k| format!("p{k}")).collect();
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        let short = abbreviations(&ids);
        let distinct: HashSet<&String> = short.iter().collect();
        assert_eq!(distinct.len(), ids.len());
    }
}
