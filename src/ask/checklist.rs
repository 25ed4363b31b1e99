//! The checklist (SPEC §6): per vendor, the questions to ask, most decision-relevant first —
//! unknown knock-out facts, unknown facts by weight, probes for weak scores, re-confirmation of
//! stale facts, then due diligence. Pure: the evaluation date and language are arguments.

use crate::ask::questions::{self, AnswerType, Lang, Question};
use crate::decide as score;
use crate::decide::assess::days_between;
use crate::decide::CriterionResult;
use crate::i18n::findings::knockout_terms;
use crate::model::fact::Fact;
use crate::model::profile::Profile;
use crate::model::scorecard::Criterion;
use crate::model::scorecard::Kind;
use crate::model::scorecard::Scorecard;
use crate::model::verdict::Status;
use jiff::civil::Date;
use serde::Serialize;
use std::collections::BTreeSet;

/// Facts checked longer ago than this are re-confirmed.
pub const STALE_AFTER_DAYS: i64 = 180;
/// Known facts scoring below this are probed.
pub const WEAK_BELOW: f64 = 50.0;

/// Why a question is on the list; also its rank in the ordering.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    KnockoutUnknown,
    Unknown,
    Weak,
    Stale,
    Diligence,
}

impl Reason {
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::KnockoutUnknown => "knockout-unknown",
            Reason::Unknown => "unknown",
            Reason::Weak => "weak",
            Reason::Stale => "stale",
            Reason::Diligence => "diligence",
        }
    }

    /// A heading for the group of questions with this reason.
    pub fn heading(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Reason::KnockoutUnknown, Lang::En) => "Could disqualify: unknown knock-out facts",
            (Reason::Unknown, Lang::En) => "Unknown facts, heaviest weight first",
            (Reason::Weak, Lang::En) => "Weak scores to probe",
            (Reason::Stale, Lang::En) => "Facts to re-confirm",
            (Reason::Diligence, Lang::En) => "Due diligence",
            (Reason::KnockoutUnknown, Lang::Zh) => "可能一票否决：未知的硬性门槛项",
            (Reason::Unknown, Lang::Zh) => "未知事实（按权重从高到低）",
            (Reason::Weak, Lang::Zh) => "得分偏低，需追问",
            (Reason::Stale, Lang::Zh) => "需重新确认的信息",
            (Reason::Diligence, Lang::Zh) => "尽职调查",
        }
    }
}

/// One question for one vendor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChecklistItem {
    /// 1-based position in the vendor's list.
    pub order: usize,
    pub reason: Reason,
    pub category: String,
    /// The profile path the answer fills; `None` for due diligence.
    pub field: Option<String>,
    /// The question, in the requested language.
    pub question: String,
    /// Why it is asked ("unknown; weight 30; could disqualify").
    pub why: String,
    /// The bank question asked (or a generic one for a custom criterion's field).
    #[serde(skip)]
    pub asks: Question,
}

/// The questions for one vendor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VendorChecklist {
    pub id: String,
    pub name: String,
    pub plan: String,
    /// The vendor's status under the scorecard, so a disqualified vendor is not chased blindly.
    pub status: Status,
    /// The knock-out notes behind that status.
    pub knockouts: Vec<String>,
    pub items: Vec<ChecklistItem>,
}

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
    let evaluation = score::evaluate(std::slice::from_ref(profile), card, as_of);
    let vendor = &evaluation.vendors[0];
    let results = &vendor.criteria;
    let mut pending = Vec::new();
    for ((criterion, weight), result) in card.weighted().zip(results) {
        pending.extend(about_criterion(profile, (criterion, weight), result, lang));
    }
    pending.extend(stale(profile, card, as_of, lang));
    pending.extend(questions::diligence().map(|q| Pending {
        text: q.text(lang).to_string(),
        why: words(
            lang,
            "due diligence: no profile field holds this",
            "尽职调查：资料中没有对应字段",
        ),
        question: q.clone(),
        reason: Reason::Diligence,
        weight: 0.0,
    }));
    VendorChecklist {
        id: profile.id.clone(),
        name: profile.name().to_string(),
        plan: profile.plan().to_string(),
        status: vendor.status,
        // Notes stay in English until the catalogue words every note natively (SPEC §14).
        knockouts: vendor.note_texts(card, Lang::En),
        items: number(order(pending)),
    }
}

/// Levels 1–3 for one criterion: its unknown fields, or a probe when it scored weakly.
fn about_criterion(
    profile: &Profile,
    c: Weighted,
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

fn unknown_fields(profile: &Profile, (c, w): Weighted, lang: Lang) -> Vec<Pending> {
    let (reason, why) = if c.has_knockout() {
        let terms = knockout_terms(c);
        (
            Reason::KnockoutUnknown,
            words(
                lang,
                &format!("unknown; weight {}; could disqualify ({terms})", weight(w)),
                &format!("未知；权重 {}；可能一票否决（{terms}）", weight(w)),
            ),
        )
    } else {
        (
            Reason::Unknown,
            words(
                lang,
                &format!("unknown; weight {}", weight(w)),
                &format!("未知；权重 {}", weight(w)),
            ),
        )
    };
    c.fields()
        .into_iter()
        .filter(|field| profile.fact(field).is_none())
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

fn weak_probe(profile: &Profile, (c, w): Weighted, score: f64, lang: Lang) -> Option<Pending> {
    let field = weakest_field(profile, c)?;
    let question = question_for(field, c);
    let fact = profile
        .fact(field)
        .map(ToString::to_string)
        .unwrap_or_default();
    let why = words(
        lang,
        &format!(
            "scored {score:.1} (below {WEAK_BELOW}) on {} = {fact}; weight {}",
            field,
            weight(w)
        ),
        &format!(
            "得分 {score:.1}（低于 {WEAK_BELOW}），{field} = {fact}；权重 {}",
            weight(w)
        ),
    );
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

/// Level 4: known facts the scorecard uses, when the profile was checked long ago or never.
fn stale(profile: &Profile, card: &Scorecard, as_of: Date, lang: Lang) -> Vec<Pending> {
    let why = match profile.as_of() {
        Some(checked) if days_between(checked, as_of) <= STALE_AFTER_DAYS => return Vec::new(),
        Some(checked) => {
            let days = days_between(checked, as_of);
            words(
                lang,
                &format!("facts checked {checked}, {days} days ago"),
                &format!("信息核实于 {checked}，已过 {days} 天"),
            )
        }
        None => words(
            lang,
            "the profile has no as_of date",
            "资料未注明核实日期（as_of）",
        ),
    };
    card.weighted()
        .flat_map(|(c, w)| c.fields().into_iter().map(move |f| (c, w, f)))
        .filter_map(|(c, w, field)| {
            let fact = profile.fact(field)?;
            let question = question_for(field, c);
            let text = words(
                lang,
                &format!(
                    "Please re-confirm: our profile says {field} = {fact}. {}",
                    question.text(lang)
                ),
                &format!(
                    "请再次确认：我们记录的是 {field} = {fact}。{}",
                    question.text(lang)
                ),
            );
            Some(Pending {
                question,
                reason: Reason::Stale,
                text,
                why: why.clone(),
                weight: w,
            })
        })
        .collect()
}

fn question_for(field: &str, c: &Criterion) -> Question {
    questions::for_field(field)
        .cloned()
        .unwrap_or_else(|| Question::generic(field, &c.id, answer_for(c.kind())))
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

fn weight(w: f64) -> String {
    crate::util::number::format_number(w)
}

fn words(lang: Lang, en: &str, zh: &str) -> String {
    match lang {
        Lang::En => en.to_string(),
        Lang::Zh => zh.to_string(),
    }
}

#[cfg(test)]
mod tests;
