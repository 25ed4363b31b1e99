//! Tests of the checklist: the order of reasons, the questions chosen and their wording.

use super::*;
use crate::load::scorecard::load_scorecard;
use crate::load::source::SourceFile;
use crate::model::fact::Fact;
use crate::model::profile::{Evidence, EvidenceKind};
use crate::model::scorecard::Audience;
use jiff::civil::date;
use std::path::Path;

const AS_OF: Date = date(2026, 11, 21);

const CARD: &str = "industry = \"gaming\"\n\
[criteria.coverage]\nweight = 20\nrequire = \"24x7\"\n\
[criteria.response_sla]\nweight = 30\n\
[criteria.dedicated_engineer]\nweight = 15\n\
[criteria.availability]\nweight = 10\n\
[criteria.price]\nfield = \"extra.price\"\nkind = \"number\"\nbest = 1\nworst = 10\nweight = 40\n";

fn card() -> Scorecard {
    let source = SourceFile::from_text(Path::new("s.toml"), CARD.to_string());
    load_scorecard(&source, &Audience::default()).0.unwrap()
}

/// Known: response (weak: 12 h), availability (strong). Unknown: coverage (knock-out),
/// dedicated engineer, price (custom).
fn profile(as_of: Option<Date>) -> Profile {
    let mut p = Profile::new("acme", "Acme");
    p.facts.insert(
        "support.first_response.critical".into(),
        Fact::Duration(crate::model::duration::Duration::parse("12 hours").unwrap()),
    );
    p.facts
        .insert("sla.availability".into(), Fact::Number(99.99));
    if let Some(d) = as_of {
        p.facts.insert("as_of".into(), Fact::Date(d));
    }
    p
}

fn items(as_of: Option<Date>, lang: Lang) -> Vec<ChecklistItem> {
    build(&[profile(as_of)], &card(), AS_OF, lang)
        .remove(0)
        .items
}

#[test]
fn orders_by_the_five_reasons() {
    let list = items(None, Lang::En);
    let head: Vec<(Reason, Option<&str>)> = list
        .iter()
        .take(6)
        .map(|i| (i.reason, i.field.as_deref()))
        .collect();
    assert_eq!(
        head,
        [
            (Reason::KnockoutUnknown, Some("support.coverage")),
            (Reason::Unknown, Some("extra.price")),
            (Reason::Unknown, Some("support.dedicated_engineer")),
            (Reason::Weak, Some("support.first_response.critical")),
            (Reason::Stale, Some("sla.availability")),
            (Reason::Diligence, None),
        ]
    );
    assert!(list.iter().skip(5).all(|i| i.reason == Reason::Diligence));
    assert_eq!(
        list.iter().map(|i| i.order).collect::<Vec<_>>(),
        (1..=list.len()).collect::<Vec<_>>()
    );
}

#[test]
fn says_why_each_question_is_asked() {
    let list = items(None, Lang::En);
    assert_eq!(
        list[0].why,
        "unknown; weight 20; could disqualify (we require at least 24 hours, 7 days a week)"
    );
    assert_eq!(list[1].why, "unknown; weight 40");
    assert!(
        list[1].question.contains("`extra.price`"),
        "custom field gets a generic question"
    );
    assert!(
        list[3].why.starts_with(
            "scored 15.2 (below 50) with first response for critical issues: 12 hours (720 min); weight 30"
        ),
        "{}",
        list[3].why
    );
    assert_eq!(
        list[4].why,
        "never checked (no checked date, and the profile has no as_of); weight 10"
    );
    assert!(list[4]
        .question
        .starts_with("Please re-confirm: our profile says \"guaranteed availability: 99.99%\"."));
}

#[test]
fn recent_profiles_are_not_re_confirmed_but_old_ones_are() {
    let fresh = items(Some(date(2026, 10, 1)), Lang::En);
    assert!(fresh.iter().all(|i| i.reason != Reason::Stale));
    let old = items(Some(date(2026, 5, 1)), Lang::En);
    let stale: Vec<_> = old.iter().filter(|i| i.reason == Reason::Stale).collect();
    assert_eq!(
        stale.len(),
        1,
        "the weak response field is already probed, so asked once"
    );
    assert_eq!(
        stale[0].why,
        "last checked 2026-05-01, 204 days ago; weight 10"
    );
}

#[test]
fn chinese_texts() {
    let list = items(None, Lang::Zh);
    assert_eq!(
        list[0].why,
        "未知；权重 20；可能被一票否决（我们要求至少 7×24 小时）"
    );
    assert_eq!(
        list[3].why,
        "得分 15.2（低于 50），紧急故障首次响应时间：12 hours（720 分钟）；权重 30"
    );
    assert!(list[4]
        .question
        .starts_with("请再次确认：我们的记录是“承诺的服务可用性：99.99%”。"));
    assert!(list.iter().all(|i| !i.why.contains("support.")));
    assert!(list[0]
        .question
        .chars()
        .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)));
    assert!(list[4].question.starts_with("请再次确认"));
    assert_eq!(Reason::Diligence.heading(Lang::Zh), "尽职调查");
}

#[test]
fn every_diligence_question_comes_last_once() {
    let list = items(None, Lang::En);
    let diligence = list
        .iter()
        .filter(|i| i.reason == Reason::Diligence)
        .count();
    assert_eq!(diligence, crate::ask::questions::diligence().count());
}

/// A scorecard whose first-response knock-out twelve hours fail, beside a six-field share.
const STRICT: &str = "[criteria.response_sla]\nweight = 30\nmax = \"1 hour\"\n\
[criteria.docs_completeness]\nweight = 60\n";

fn strict_items(lang: Lang) -> Vec<ChecklistItem> {
    let source = SourceFile::from_text(Path::new("s.toml"), STRICT.to_string());
    let card = load_scorecard(&source, &Audience::default()).0.unwrap();
    build(&[profile(Some(AS_OF))], &card, AS_OF, lang)
        .remove(0)
        .items
}

#[test]
fn a_failed_knockout_is_asked_first_with_both_values_in_words() {
    let list = strict_items(Lang::En);
    let first = &list[0];
    assert_eq!(first.reason, Reason::KnockoutFailed);
    assert_eq!(
        first.field.as_deref(),
        Some("support.first_response.critical")
    );
    assert!(
        first
            .question
            .ends_with("You state 12 hours (720 min = 12.0 h); we require at most 60 min. Can you commit to that in the contract, and on which plan?"),
        "{}",
        first.question
    );
    assert_eq!(
        first.why,
        "disqualifies: offers 12 hours (720 min = 12.0 h), we require at most 60 min; weight 30"
    );
    let zh = strict_items(Lang::Zh);
    assert!(
        zh[0]
            .question
            .contains("贵司目前为 12 hours（720 分钟 = 12.0 小时），我们要求最多 60 分钟。"),
        "{}",
        zh[0].question
    );
    assert_eq!(
        list.iter()
            .filter(|i| i.field.as_deref() == Some("support.first_response.critical"))
            .count(),
        1,
        "asked once, under its first reason"
    );
}

#[test]
fn a_field_weighs_its_criterion_weight_shared_among_the_criterion_fields() {
    let list = strict_items(Lang::En);
    let docs: Vec<&ChecklistItem> = list
        .iter()
        .filter(|i| i.reason == Reason::Unknown)
        .collect();
    assert_eq!(docs.len(), 6, "the six docs booleans");
    assert!(docs.iter().all(|i| i.why == "unknown; weight 10"), "60 / 6");
}

fn with_evidence(as_of: Option<Date>, evidence: &[(&str, Evidence)]) -> Vec<ChecklistItem> {
    let mut p = profile(as_of);
    p.facts
        .insert("support.dedicated_engineer".into(), Fact::Bool(true));
    for (path, e) in evidence {
        p.sources.insert(path.to_string(), e.clone());
    }
    build(&[p], &card(), AS_OF, Lang::En).remove(0).items
}

fn reasons_of(list: &[ChecklistItem]) -> Vec<(Reason, &str)> {
    list.iter()
        .filter(|i| matches!(i.reason, Reason::Stale | Reason::Unconfirmed))
        .map(|i| (i.reason, i.field.as_deref().unwrap_or("")))
        .collect()
}

#[test]
fn staleness_is_per_fact_its_own_checked_date_before_the_profiles_as_of() {
    let recent = Evidence {
        checked: Some(date(2026, 10, 1)),
        ..Evidence::source("call")
    };
    let list = with_evidence(Some(date(2025, 1, 1)), &[("sla.availability", recent)]);
    assert_eq!(
        reasons_of(&list),
        [(Reason::Stale, "support.dedicated_engineer")],
        "only the fact without its own recent check is stale"
    );
    let old = Evidence {
        checked: Some(date(2025, 1, 1)),
        ..Evidence::source("call")
    };
    let list = with_evidence(Some(date(2026, 11, 1)), &[("sla.availability", old)]);
    assert_eq!(reasons_of(&list), [(Reason::Stale, "sla.availability")]);
}

#[test]
fn stale_facts_come_heaviest_first() {
    let list = with_evidence(None, &[]);
    assert_eq!(
        reasons_of(&list),
        [
            (Reason::Stale, "support.dedicated_engineer"),
            (Reason::Stale, "sla.availability")
        ],
        "weight 15 before weight 10"
    );
}

#[test]
fn marketing_and_third_party_facts_are_confirmed_in_writing_after_stale_ones() {
    let marketing = Evidence {
        kind: Some(EvidenceKind::Marketing),
        checked: Some(date(2026, 11, 1)),
        ..Evidence::source("brochure")
    };
    let third_party = Evidence {
        kind: Some(EvidenceKind::ThirdParty),
        ..Evidence::source("blog")
    };
    let list = with_evidence(
        Some(date(2026, 11, 1)),
        &[
            ("sla.availability", marketing),
            ("support.dedicated_engineer", third_party),
        ],
    );
    assert_eq!(
        reasons_of(&list),
        [
            (Reason::Unconfirmed, "support.dedicated_engineer"),
            (Reason::Unconfirmed, "sla.availability")
        ]
    );
    let item = list
        .iter()
        .find(|i| i.reason == Reason::Unconfirmed)
        .unwrap();
    assert_eq!(
        item.why,
        "unconfirmed: the source is a third party; weight 15"
    );
    assert!(
        item.question.starts_with(
            "Please confirm in writing: according to a third party, the answer is “yes”."
        ),
        "{}",
        item.question
    );
    assert_eq!(Reason::Unconfirmed.as_str(), "unconfirmed");
    assert!(Reason::Stale < Reason::Unconfirmed && Reason::Unconfirmed < Reason::Diligence);
}

#[test]
fn a_stale_and_unconfirmed_fact_is_asked_once_as_stale() {
    let marketing = Evidence {
        kind: Some(EvidenceKind::Marketing),
        ..Evidence::source("brochure")
    };
    let list = with_evidence(None, &[("sla.availability", marketing)]);
    let asked: Vec<_> = list
        .iter()
        .filter(|i| i.field.as_deref() == Some("sla.availability"))
        .map(|i| i.reason)
        .collect();
    assert_eq!(asked, [Reason::Stale]);
}
