//! The checklist (SPEC §6): per vendor, the questions to ask, most decision-relevant first —
//! unknown knock-out facts, unknown facts by weight, probes for weak scores, re-confirmation of
//! stale facts, written confirmation of marketing and third-party facts, then due diligence. Pure: the evaluation date and language are arguments. The
//! result's types live in [`crate::model::question`], its words in [`crate::i18n`].

use crate::ask::questions;
use crate::decide as score;
use crate::decide::assess::days_between;
use crate::decide::CriterionResult;
use crate::i18n::findings::{
    as_answer, fact as fact_words, meaning as meaning_words, requirement_in_words,
};
use crate::i18n::{self, evidence, fields, Lang, Msg};
use crate::model::fact::Fact;
use crate::model::profile::Profile;
use crate::model::question::{AnswerType, ChecklistItem, Question, Reason, VendorChecklist};
use crate::model::scorecard::{Criterion, Kind, Scorecard};
use crate::model::trial::TICKETS_PATH;
use crate::model::verdict::{FactView, Meaning, Note};
use jiff::civil::Date;
use std::collections::BTreeSet;

/// Facts checked longer ago than this are re-confirmed.
pub use crate::model::profile::STALE_AFTER_DAYS;
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

/// A criterion with its weight.
type Weighted<'c> = (&'c Criterion, f64);

/// A question before numbering: the bank question, its reason and the words for why.
struct Pending {
    question: Question,
    reason: Reason,
    text: String,
    why: String,
    weight: f64,
}

fn build_one(profile: &Profile, card: &Scorecard, as_of: Date, lang: Lang) -> VendorChecklist {
    // A date after the evaluation date is unknown then, and asked as such (SPEC §3).
    let known = profile.known_on(as_of);
    let profile = known.as_ref();
    let evaluation = score::evaluate(std::slice::from_ref(profile), card, as_of);
    let vendor = &evaluation.vendors[0];
    let results = &vendor.criteria;
    let failed: BTreeSet<usize> = vendor
        .notes
        .iter()
        .filter_map(|note| match note {
            Note::Failed { criterion, .. } => Some(*criterion),
            _ => None,
        })
        .collect();
    let mut pending = Vec::new();
    for (index, ((criterion, weight), result)) in card.weighted().zip(results).enumerate() {
        let c = (criterion, weight);
        if failed.contains(&index) {
            pending.extend(knockout_failed(profile, c, result, lang));
        }
        pending.extend(about_criterion(profile, c, result, lang));
    }
    pending.extend(stale(
        profile,
        known_scored_fields(profile, card, results),
        as_of,
        lang,
    ));
    pending.extend(unconfirmed(
        profile,
        known_scored_fields(profile, card, results),
        lang,
    ));
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
        status: vendor.status,
        knockouts: vendor.note_texts(card, lang),
        items: number(order(pending), profile, lang),
    }
}

/// Levels 1, 3 and 4 for one criterion: its unknown fields, or a probe when it scored weakly.
fn about_criterion(
    profile: &Profile,
    c: Weighted,
    result: &CriterionResult,
    lang: Lang,
) -> Vec<Pending> {
    match result.score {
        None => unknown_fields(profile, c, lang),
        Some(score) if score < WEAK_BELOW => weak_probe(profile, c, result, score, lang)
            .into_iter()
            .collect(),
        Some(_) => Vec::new(),
    }
}

/// The weight of one field of a criterion: the criterion's weight shared among its fields.
fn field_weight(c: &Criterion, w: f64) -> f64 {
    w / c.fields().len().max(1) as f64
}

fn unknown_fields(profile: &Profile, (c, w): Weighted, lang: Lang) -> Vec<Pending> {
    let w = field_weight(c, w);
    let (reason, why) = if c.has_knockout() {
        let terms = requirement_in_words(c, lang);
        (
            Reason::KnockoutUnknown,
            i18n::why_unknown_knockout(lang, &weight(w), &terms),
        )
    } else {
        (Reason::Unknown, i18n::why_unknown(lang, &weight(w)))
    };
    // A plan with a price needs no question about the other ways of billing.
    let priced = profile.price().is_some();
    c.fields()
        .into_iter()
        .filter(|field| profile.fact(field).is_none())
        .filter(|field| !(priced && field.starts_with("price.")))
        // Tickets filed but unanswered leave a trial criterion unknown; they are not unknown.
        .filter(|field| *field != TICKETS_PATH || profile.tickets.is_empty())
        .map(|field| {
            let question = question_for(field, c);
            Pending {
                text: question.text(lang).to_string(),
                question,
                reason,
                why: why.clone(),
                weight: w,
            }
        })
        .collect()
}

/// Level 2: the fact that failed a knock-out, with both values, asking for a commitment.
fn knockout_failed(
    profile: &Profile,
    (c, w): Weighted,
    result: &CriterionResult,
    lang: Lang,
) -> Option<Pending> {
    let field = weakest_field(profile, c)?;
    let question = question_for(field, c);
    let offered = offered(profile, field, result, lang);
    let required = requirement_in_words(c, lang);
    let w = field_weight(c, w);
    Some(Pending {
        text: i18n::commit_to_knockout(lang, question.text(lang), &offered, &required),
        why: i18n::why_knockout_failed(lang, &offered, &required, &weight(w)),
        question,
        reason: Reason::KnockoutFailed,
        weight: w,
    })
}

/// What the vendor offers, in words: one field's value in words (a duration as written,
/// its minutes following as its meaning), else the facts as written; then what it means.
fn offered(profile: &Profile, field: &str, result: &CriterionResult, lang: Lang) -> String {
    let one = matches!(result.fact, Some(FactView::One(_)));
    let minutes = matches!(result.meaning, Some(Meaning::Minutes { .. }));
    let week = profile.business_hours_per_week();
    let fact = match (one && !minutes, profile.fact(field)) {
        (true, Some(fact)) => Some(fields::value(field, fact, week, lang)),
        _ => result.fact.as_ref().map(|f| fact_words(f, lang)),
    };
    let means = result.meaning.as_ref().map(|m| meaning_words(m, lang));
    match (fact, means) {
        (Some(fact), Some(means)) if fact != means => i18n::bracketed(lang, &fact, &means),
        (Some(fact), _) => fact,
        (None, means) => means.unwrap_or_default(),
    }
}

fn weak_probe(
    profile: &Profile,
    (c, w): Weighted,
    result: &CriterionResult,
    score: f64,
    lang: Lang,
) -> Option<Pending> {
    let w = field_weight(c, w);
    let field = weakest_field(profile, c)?;
    let question = question_for(field, c);
    let mut fact = stated(profile, field, lang);
    if fact.is_empty() {
        // Computed from several facts (trial tickets, the cost): what the result means.
        fact = offered(profile, field, result, lang);
    }
    let why = i18n::why_weak(lang, score, WEAK_BELOW, &fact, &weight(w));
    Some(Pending {
        text: question.probe(lang).to_string(),
        question,
        reason: Reason::Weak,
        why,
        weight: w,
    })
}

/// The field worth probing: for `share`, the first one not true; for `regions`, local support.
fn weakest_field<'a>(profile: &Profile, c: &'a Criterion) -> Option<&'a str> {
    let fields = c.fields();
    match c.kind() {
        Kind::Share => fields
            .into_iter()
            .find(|f| !matches!(profile.fact(f), Some(Fact::Bool(true)))),
        Kind::Regions => fields
            .iter()
            .find(|f| f.ends_with("local_support"))
            .or(fields.first())
            .copied(),
        _ => fields.first().copied(),
    }
}

/// A known fact the scorecard scores: its criterion, the field's weight and its path.
type KnownField<'c> = (&'c Criterion, f64, &'c str);

/// Every known field of a criterion that scored, in scorecard order.
fn known_scored_fields<'c>(
    profile: &'c Profile,
    card: &'c Scorecard,
    results: &'c [CriterionResult],
) -> impl Iterator<Item = KnownField<'c>> {
    card.weighted()
        .zip(results)
        .filter(|(_, result)| result.score.is_some())
        .flat_map(|((c, w), _)| {
            let w = field_weight(c, w);
            c.fields().into_iter().map(move |field| (c, w, field))
        })
        .filter(|(_, _, field)| profile.fact(field).is_some())
}

/// Level 5: known, scored facts whose own checked date is stale (SPEC §3), or missing.
fn stale<'c>(
    profile: &Profile,
    known: impl Iterator<Item = KnownField<'c>>,
    as_of: Date,
    lang: Lang,
) -> Vec<Pending> {
    known
        .filter(|(_, _, field)| profile.is_stale(field, as_of))
        .map(|(c, w, field)| {
            let why = match profile.checked(field, as_of) {
                Some(day) => {
                    evidence::why_stale_fact(lang, day, days_between(day, as_of), &weight(w))
                }
                None => evidence::why_never_checked(lang, &weight(w)),
            };
            let question = question_for(field, c);
            let text = i18n::reconfirm(lang, &stated(profile, field, lang), question.text(lang));
            Pending {
                question,
                reason: Reason::Stale,
                text,
                why,
                weight: w,
            }
        })
        .collect()
}

/// Level 6: known, scored facts whose evidence is marketing or third-party.
fn unconfirmed<'c>(
    profile: &Profile,
    known: impl Iterator<Item = KnownField<'c>>,
    lang: Lang,
) -> Vec<Pending> {
    known
        .filter_map(|(c, w, field)| {
            let kind = profile
                .evidence(field)?
                .kind
                .filter(|k| k.is_unconfirmed())?;
            let question = question_for(field, c);
            let value = as_answer(profile.fact(field)?, lang);
            Some(Pending {
                text: evidence::confirm_in_writing(
                    lang,
                    kind.as_str(),
                    &value,
                    question.text(lang),
                ),
                why: evidence::why_unconfirmed(lang, kind.as_str(), &weight(w)),
                question,
                reason: Reason::Unconfirmed,
                weight: w,
            })
        })
        .collect()
}

/// The field and its current value in words ([`fields::stated`]); empty when unknown.
fn stated(profile: &Profile, field: &str, lang: Lang) -> String {
    let week = profile.business_hours_per_week();
    profile
        .fact(field)
        .map(|fact| fields::stated(field, fact, week, lang))
        .unwrap_or_default()
}

fn question_for(field: &str, c: &Criterion) -> Question {
    let trial = (field == TICKETS_PATH)
        .then(|| questions::by_id(crate::model::builtin::TRIAL_QUESTION))
        .flatten();
    trial
        .or_else(|| questions::for_field(field))
        .cloned()
        .unwrap_or_else(|| Question::generic(field, &c.id, answer_for(c.kind())))
}

/// The answer type a custom criterion's field takes, from the criterion's kind.
fn answer_for(kind: Kind) -> AnswerType {
    match kind {
        Kind::Number | Kind::Availability | Kind::Cost => AnswerType::Number,
        Kind::Duration => AnswerType::Duration,
        Kind::Age => AnswerType::Date,
        Kind::Bool | Kind::Share => AnswerType::Bool,
        Kind::Level => AnswerType::Level,
        Kind::Member | Kind::CoverageOf | Kind::Regions => AnswerType::List,
        Kind::Promises | Kind::Observed => AnswerType::Text,
    }
}

/// Orders by reason, unknowns by weight (stable, so scorecard order breaks ties); a field is
/// asked once, at its most urgent place.
fn order(mut pending: Vec<Pending>) -> Vec<Pending> {
    pending.sort_by(|a, b| {
        a.reason.cmp(&b.reason).then_with(|| match a.reason {
            Reason::Unknown | Reason::KnockoutUnknown | Reason::Stale | Reason::Unconfirmed => {
                b.weight.total_cmp(&a.weight)
            }
            _ => std::cmp::Ordering::Equal,
        })
    });
    let mut seen = BTreeSet::new();
    pending.retain(|p| seen.insert(p.question.id.clone()));
    pending
}

fn number(pending: Vec<Pending>, profile: &Profile, lang: Lang) -> Vec<ChecklistItem> {
    pending
        .into_iter()
        .enumerate()
        .map(|(index, p)| {
            let field = p.question.field.clone();
            let current = field.as_deref().and_then(|f| profile.fact(f));
            ChecklistItem {
                order: index + 1,
                reason: p.reason,
                category: p.question.category.clone(),
                weight: field.is_some().then_some(p.weight),
                current: current.map(|fact| as_answer(fact, lang)),
                field,
                question: p.text,
                why: p.why,
                asks: p.question,
            }
        })
        .collect()
}

fn weight(w: f64) -> String {
    crate::util::number::format_number(w)
}

#[cfg(test)]
mod tests;
