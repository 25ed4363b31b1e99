//! The checklist (SPEC §6): per vendor, the questions to ask, most decision-relevant first —
//! unknown knock-out facts, unknown facts by weight, probes for weak scores, re-confirmation of
//! stale facts, then due diligence. Pure: the evaluation date and language are arguments. The
//! result's types live in [`crate::model::question`], its words in [`crate::i18n`].

use crate::ask::questions;
use crate::decide::evaluate::{self as score, days_between, knockout_terms, CriterionResult};
use crate::i18n::{self, Lang, Msg};
use crate::load::profile::Profile;
use crate::load::scorecard::{Criterion, Kind, Scorecard};
use crate::model::question::{
    AnswerType, ChecklistItem, Question, Reason, Standing, VendorChecklist,
};
use jiff::civil::Date;
use std::collections::BTreeSet;

/// Facts checked longer ago than this are re-confirmed.
pub const STALE_AFTER_DAYS: i64 = 180;
/// Known facts scoring below this are probed.
pub const WEAK_BELOW: f64 = 50.0;

/// Builds every vendor's checklist under the scorecard, on the given date, in the language.
pub fn build(
    profiles: &[Profile],
    card: &Scorecard,
    as_of: Date,
    lang: Lang,
) -> Vec<VendorChecklist> {
    profiles
        .iter()
        .map(|p| build_one(p, card, as_of, lang))
        .collect()
}

/// A question before numbering: the bank question, its reason and the words for why.
struct Pending {
    question: Question,
    reason: Reason,
    text: String,
    why: String,
    weight: f64,
}

fn build_one(profile: &Profile, card: &Scorecard, as_of: Date, lang: Lang) -> VendorChecklist {
    let evaluation = score::evaluate(std::slice::from_ref(profile), card, as_of);
    let vendor = &evaluation.vendors[0];
    let results = &vendor.criteria;
    let mut pending = Vec::new();
    for (criterion, result) in card.criteria.iter().zip(results) {
        pending.extend(about_criterion(profile, criterion, result, lang));
    }
    pending.extend(stale(profile, card, as_of, lang));
    pending.extend(questions::diligence().map(|q| Pending {
        text: q.text(lang).to_string(),
        why: Msg::WhyDiligence.text(lang).to_string(),
        question: q.clone(),
        reason: Reason::Diligence,
        weight: 0.0,
    }));
    VendorChecklist {
        id: profile.id.clone(),
        name: profile.name().to_string(),
        plan: profile.plan().to_string(),
        status: standing(vendor.status),
        knockouts: vendor.notes.clone(),
        items: number(order(pending)),
    }
}

/// The scoring core's status, as the checklist reports it.
fn standing(status: score::Status) -> Standing {
    match status {
        score::Status::Qualified => Standing::Qualified,
        score::Status::Unverified => Standing::Unverified,
        score::Status::Disqualified => Standing::Disqualified,
    }
}

/// Levels 1–3 for one criterion: its unknown fields, or a probe when it scored weakly.
fn about_criterion(
    profile: &Profile,
    c: &Criterion,
    result: &CriterionResult,
    lang: Lang,
) -> Vec<Pending> {
    match result.score {
        None => unknown_fields(profile, c, lang),
        Some(score) if score < WEAK_BELOW => {
            weak_probe(profile, c, score, lang).into_iter().collect()
        }
        Some(_) => Vec::new(),
    }
}

fn unknown_fields(profile: &Profile, c: &Criterion, lang: Lang) -> Vec<Pending> {
    let (reason, why) = if c.has_knockout() {
        let terms = knockout_terms(c);
        (
            Reason::KnockoutUnknown,
            i18n::why_unknown_knockout(lang, &weight(c), &terms),
        )
    } else {
        (Reason::Unknown, i18n::why_unknown(lang, &weight(c)))
    };
    c.fields
        .iter()
        .filter(|field| profile.fact(field).is_none())
        .map(|field| {
            let question = question_for(field, c);
            Pending {
                text: question.text(lang).to_string(),
                question,
                reason,
                why: why.clone(),
                weight: c.weight,
            }
        })
        .collect()
}

fn weak_probe(profile: &Profile, c: &Criterion, score: f64, lang: Lang) -> Option<Pending> {
    let field = weakest_field(profile, c)?;
    let question = question_for(field, c);
    let fact = profile
        .fact(field)
        .map(ToString::to_string)
        .unwrap_or_default();
    let why = i18n::why_weak(lang, score, WEAK_BELOW, field, &fact, &weight(c));
    Some(Pending {
        text: question.probe(lang).to_string(),
        question,
        reason: Reason::Weak,
        why,
        weight: c.weight,
    })
}

/// The field worth probing: for `share`, the first one not true; for `regions`, local support.
fn weakest_field<'a>(profile: &Profile, c: &'a Criterion) -> Option<&'a String> {
    match c.kind {
        Kind::Share => c.fields.iter().find(|f| {
            !matches!(
                profile.fact(f),
                Some(crate::load::profile::Fact::Bool(true))
            )
        }),
        Kind::Regions => c
            .fields
            .iter()
            .find(|f| f.ends_with("local_support"))
            .or(c.fields.first()),
        _ => c.fields.first(),
    }
}

/// Level 4: known facts the scorecard uses, when the profile was checked long ago or never.
fn stale(profile: &Profile, card: &Scorecard, as_of: Date, lang: Lang) -> Vec<Pending> {
    let why = match profile.as_of() {
        Some(checked) if days_between(checked, as_of) <= STALE_AFTER_DAYS => return Vec::new(),
        Some(checked) => {
            let days = days_between(checked, as_of);
            i18n::why_stale(lang, checked, days)
        }
        None => Msg::WhyNoAsOf.text(lang).to_string(),
    };
    card.criteria
        .iter()
        .flat_map(|c| c.fields.iter().map(move |f| (c, f)))
        .filter_map(|(c, field)| {
            let fact = profile.fact(field)?;
            let question = question_for(field, c);
            let text = i18n::reconfirm(lang, field, &fact.to_string(), question.text(lang));
            Some(Pending {
                question,
                reason: Reason::Stale,
                text,
                why: why.clone(),
                weight: c.weight,
            })
        })
        .collect()
}

fn question_for(field: &str, c: &Criterion) -> Question {
    questions::for_field(field)
        .cloned()
        .unwrap_or_else(|| Question::generic(field, &c.id, answer_for(c.kind)))
}

/// The answer type a custom criterion's field takes, from the criterion's kind.
fn answer_for(kind: Kind) -> AnswerType {
    match kind {
        Kind::Number | Kind::Availability => AnswerType::Number,
        Kind::Duration => AnswerType::Duration,
        Kind::Age => AnswerType::Date,
        Kind::Bool | Kind::Share => AnswerType::Bool,
        Kind::Level => AnswerType::Level,
        Kind::Member | Kind::CoverageOf | Kind::Regions => AnswerType::List,
    }
}

/// Orders by reason, unknowns by weight (stable, so scorecard order breaks ties); a field is
/// asked once, at its most urgent place.
fn order(mut pending: Vec<Pending>) -> Vec<Pending> {
    pending.sort_by(|a, b| {
        a.reason.cmp(&b.reason).then_with(|| match a.reason {
            Reason::Unknown | Reason::KnockoutUnknown => b.weight.total_cmp(&a.weight),
            _ => std::cmp::Ordering::Equal,
        })
    });
    let mut seen = BTreeSet::new();
    pending.retain(|p| seen.insert(p.question.id.clone()));
    pending
}

fn number(pending: Vec<Pending>) -> Vec<ChecklistItem> {
    pending
        .into_iter()
        .enumerate()
        .map(|(index, p)| ChecklistItem {
            order: index + 1,
            reason: p.reason,
            category: p.question.category.clone(),
            field: p.question.field.clone(),
            question: p.text,
            why: p.why,
            asks: p.question,
        })
        .collect()
}

fn weight(c: &Criterion) -> String {
    crate::model::duration::format_number(c.weight)
}

#[cfg(test)]
mod tests;
