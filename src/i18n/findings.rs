//! Findings in words: a fact as written, what it means in the unit scored, a criterion's
//! knock-outs, and the notes on a vendor (knock-out failures, unverified knock-outs, facts
//! that could not be scored), in English and Chinese.

use super::fields::{label, level, yes_no};
use super::Lang;
use crate::model::scorecard::{Criterion, Requirement};
use crate::model::verdict::{Expected, FactView, Failure, Meaning, Note};
use crate::util::number::format_number;

/// The fact a criterion read, as written in the profile.
pub fn fact(view: &FactView, lang: Lang) -> String {
    match view {
        FactView::One(fact) => fact.to_string(),
        FactView::Parts(parts) => parts
            .iter()
            .map(|(key, fact)| format!("{key} = {fact}"))
            .collect::<Vec<_>>()
            .join(", "),
        FactView::Regions { served, local } => regions(served, local, lang),
    }
}

fn regions(served: &[String], local: &[String], lang: Lang) -> String {
    let (served_label, local_label, separator) = match lang {
        Lang::En => ("served: ", "local support: ", "; "),
        Lang::Zh => ("服务地区：", "本地支持：", "；"),
    };
    let mut parts = Vec::new();
    if !served.is_empty() {
        parts.push(format!("{served_label}{}", served.join(", ")));
    }
    if !local.is_empty() {
        parts.push(format!("{local_label}{}", local.join(", ")));
    }
    parts.join(separator)
}

/// Minutes in a short human form: `45 min`, `403.2 min = 6.7 h` (`45 分钟`, `403.2 分钟 = 6.7 小时`).
pub fn minutes(minutes: f64, lang: Lang) -> String {
    let rounded = format_number((minutes * 10.0).round() / 10.0);
    let hours = minutes / 60.0;
    match (lang, minutes >= 120.0) {
        (Lang::En, true) => format!("{rounded} min = {hours:.1} h"),
        (Lang::En, false) => format!("{rounded} min"),
        (Lang::Zh, true) => format!("{rounded} 分钟 = {hours:.1} 小时"),
        (Lang::Zh, false) => format!("{rounded} 分钟"),
    }
}

/// What a fact means in the unit scored.
pub fn meaning(meaning: &Meaning, lang: Lang) -> String {
    match (*meaning, lang) {
        (
            Meaning::Minutes {
                minutes: m,
                week: None,
            },
            _,
        ) => minutes(m, lang),
        (
            Meaning::Minutes {
                minutes: m,
                week: Some(week),
            },
            Lang::En,
        ) => {
            format!(
                "{} at a {}-hour support week",
                minutes(m, lang),
                format_number(week)
            )
        }
        (
            Meaning::Minutes {
                minutes: m,
                week: Some(week),
            },
            Lang::Zh,
        ) => {
            format!(
                "{}，按每周 {} 小时支持计",
                minutes(m, lang),
                format_number(week)
            )
        }
        (Meaning::DaysOld(days), Lang::En) => format!("{} days old", format_number(days)),
        (Meaning::DaysOld(days), Lang::Zh) => format!("已过 {} 天", format_number(days)),
        (Meaning::DowntimeMinutes(d), Lang::En) => format!("{} min downtime a year", tenth(d)),
        (Meaning::DowntimeMinutes(d), Lang::Zh) => format!("每年停机 {} 分钟", tenth(d)),
        (Meaning::Parts { yes, of }, Lang::En) => format!("{yes} of {of}"),
        (Meaning::Parts { yes, of }, Lang::Zh) => format!("{of} 项中有 {yes} 项"),
        (Meaning::Regions { points, of }, Lang::En) => {
            format!("{} of {of} regions", format_number(points))
        }
        (Meaning::Regions { points, of }, Lang::Zh) => {
            format!("{of} 个目标地区得 {} 分", format_number(points))
        }
    }
}

fn tenth(value: f64) -> String {
    format_number((value * 10.0).round() / 10.0)
}

fn requirement(requirement: Requirement) -> String {
    match requirement {
        Requirement::Bool(b) => b.to_string(),
        Requirement::Level(level) => format!("\"{level}\""),
    }
}

/// The knock-outs of a criterion as a reader of the language sees them: in English the terms
/// the scorecard writes (`require = "24x7", max 1 hour`), in Chinese in words with their unit
/// (“至少 24x7；最多 60 分钟”).
pub fn knockout_shown(c: &Criterion, lang: Lang) -> String {
    match lang {
        Lang::En => knockout_terms(c),
        Lang::Zh => requirement_in_words(c, lang),
    }
}

/// The knock-outs of a criterion as the scorecard writes them: `require = "24x7", max 1 hour`.
pub fn knockout_terms(c: &Criterion) -> String {
    let mut terms = Vec::new();
    if let Some(r) = c.requirement() {
        terms.push(format!("require = {}", requirement(r)));
    }
    let (max, min) = c.bounds();
    if let Some(max) = max {
        terms.push(format!("max {}", max.text));
    }
    if let Some(min) = min {
        terms.push(format!("min {}", min.text));
    }
    if let Some(min_score) = c.min_score {
        terms.push(format!("min_score {}", format_number(min_score)));
    }
    terms.join(", ")
}

/// What a criterion's knock-outs require, in words with their unit: "at most 30 min",
/// "at least 24x7", "yes", "a score of at least 60" ("最多 30 分钟", "至少 24x7", "是").
pub fn requirement_in_words(c: &Criterion, lang: Lang) -> String {
    let mut terms = Vec::new();
    match (c.requirement(), lang) {
        (Some(Requirement::Bool(b)), _) => terms.push(yes_no(b, lang).to_string()),
        (Some(Requirement::Level(l)), Lang::En) => {
            terms.push(format!("at least {}", level(l, lang)))
        }
        (Some(Requirement::Level(l)), Lang::Zh) => terms.push(format!("至少 {}", level(l, lang))),
        (None, _) => {}
    }
    let (max, min) = c.bounds();
    let words = |value: f64| bound_in_words(c.kind(), value, lang);
    terms.extend(max.map(|b| at_most_least(true, &words(b.value), lang)));
    terms.extend(min.map(|b| at_most_least(false, &words(b.value), lang)));
    terms.extend(c.min_score.map(|score| match lang {
        Lang::En => format!("a score of at least {}", format_number(score)),
        Lang::Zh => format!("得分至少 {}", format_number(score)),
    }));
    terms.join(match lang {
        Lang::En => "; ",
        Lang::Zh => "；",
    })
}

/// A known fact as a questionnaire answer would write it: lists without brackets, yes/no.
pub fn as_answer(fact: &crate::model::fact::Fact, lang: Lang) -> String {
    use crate::model::fact::Fact;
    match fact {
        Fact::Bool(b) => yes_no(*b, lang).to_string(),
        Fact::List(items) => items.join(", "),
        other => other.to_string(),
    }
}

fn at_most_least(most: bool, value: &str, lang: Lang) -> String {
    match (most, lang) {
        (true, Lang::En) => format!("at most {value}"),
        (false, Lang::En) => format!("at least {value}"),
        (true, Lang::Zh) => format!("最多 {value}"),
        (false, Lang::Zh) => format!("至少 {value}"),
    }
}

/// A knock-out bound in the unit the criterion scores: minutes, days, percent or a number.
fn bound_in_words(kind: crate::model::scorecard::Kind, value: f64, lang: Lang) -> String {
    use crate::model::scorecard::Kind;
    match (kind, lang) {
        (Kind::Duration, _) => minutes(value, lang),
        (Kind::Age, Lang::En) => format!("{} days old", format_number(value)),
        (Kind::Age, Lang::Zh) => format!("{} 天前", format_number(value)),
        (Kind::Availability, _) => format!("{} %", format_number(value)),
        _ => format_number(value),
    }
}

fn expected(expected: Expected, lang: Lang) -> &'static str {
    match (expected, lang) {
        (Expected::TrueOrFalse, Lang::En) => "true or false",
        (Expected::TrueOrFalse, Lang::Zh) => "是或否",
        (Expected::Level, Lang::En) => "a known level",
        (Expected::Level, Lang::Zh) => "已知的等级",
        (Expected::Number, Lang::En) => "a number",
        (Expected::Number, Lang::Zh) => "数字",
        (Expected::Duration, Lang::En) => "a duration",
        (Expected::Duration, Lang::Zh) => "时长",
        (Expected::Date, Lang::En) => "a date",
        (Expected::Date, Lang::Zh) => "日期",
        (Expected::Percent, Lang::En) => "a percent",
        (Expected::Percent, Lang::Zh) => "百分比",
        (Expected::List, Lang::En) => "a list",
        (Expected::List, Lang::Zh) => "列表",
    }
}

/// What one criterion of one vendor found, for wording a note about it.
#[derive(Debug, Clone, Copy)]
pub struct Finding<'f, 'p> {
    pub criterion: &'f Criterion,
    pub fact: Option<&'f FactView<'p>>,
    pub meaning: Option<&'f Meaning>,
}

/// A note in words: `response_sla: 2 hours (120 min) exceeds max 1 hour`.
pub fn note(note: &Note, finding: Finding, lang: Lang) -> String {
    let c = finding.criterion;
    let fact_text = finding
        .fact
        .map_or_else(|| "?".to_string(), |f| fact(f, lang));
    match *note {
        Note::Unscorable { expected: e, .. } => unscorable(c, &fact_text, expected(e, lang), lang),
        Note::Unverified { .. } => unverified(c, lang),
        Note::Failed { failure, .. } => {
            let in_words = finding.fact.filter(|_| lang == Lang::Zh);
            let fact_text = in_words.map_or(fact_text, |f| choice_in_words(f, lang));
            failed(failure, finding, &fact_text, lang)
        }
    }
}

/// A yes/no or a level in words (“否”, “7×24 小时”); any other fact as written.
fn choice_in_words(view: &FactView, lang: Lang) -> String {
    use crate::model::fact::Fact;
    match view {
        FactView::One(Fact::Bool(b)) => yes_no(*b, lang).to_string(),
        FactView::One(Fact::Level(l)) => level(*l, lang).to_string(),
        other => fact(other, lang),
    }
}

/// A fact that is not of the type its criterion scores, quoted as written under the field's
/// label: `support coverage: "sometimes" is not a known level`.
fn unscorable(c: &Criterion, fact: &str, expected: &str, lang: Lang) -> String {
    let field = label(c.fields().first().copied().unwrap_or_default(), lang);
    match lang {
        Lang::En => format!("{field}: \"{fact}\" is not {expected}; scored as unknown"),
        Lang::Zh => format!("{field}：“{fact}”不是{expected}，按未知计分"),
    }
}

fn unverified(c: &Criterion, lang: Lang) -> String {
    let (id, terms) = (&c.id, knockout_shown(c, lang));
    match lang {
        Lang::En => format!("{id}: unknown, so its knock-out ({terms}) is unverified"),
        Lang::Zh => format!("{id}：事实未知，淘汰条件（{terms}）尚未核实"),
    }
}

fn failed(failure: Failure, finding: Finding, fact: &str, lang: Lang) -> String {
    let c = finding.criterion;
    let id = &c.id;
    let (max, min) = c.bounds();
    let means = finding.meaning.map(|m| meaning(m, lang));
    let fact = match &means {
        Some(m) => super::bracketed(lang, fact, m),
        None => fact.to_string(),
    };
    let bound =
        |b: Option<&crate::model::scorecard::Bound>| b.map_or("", |b| b.text.as_str()).to_string();
    let in_words = |b: Option<&crate::model::scorecard::Bound>| {
        b.map(|b| bound_in_words(c.kind(), b.value, lang))
            .unwrap_or_default()
    };
    match (failure, lang) {
        (Failure::MinScore { score }, Lang::En) => {
            format!("{id}: scores {score:.1}, below min_score {}", min_score(c))
        }
        (Failure::MinScore { score }, Lang::Zh) => {
            format!("{id}：得分 {score:.1}，低于要求的最低分 {}", min_score(c))
        }
        (Failure::Require, Lang::En) => {
            format!("{id}: {fact} does not meet require = {}", required(c))
        }
        (Failure::Require, Lang::Zh) => {
            format!(
                "{id}：{fact}，未达到要求（{}）",
                requirement_in_words(c, lang)
            )
        }
        (Failure::Max, Lang::En) => format!("{id}: {fact} exceeds max {}", bound(max)),
        (Failure::Max, Lang::Zh) => format!("{id}：{fact}，超过上限（{}）", in_words(max)),
        (Failure::Min, Lang::En) => format!("{id}: {fact} is below min {}", bound(min)),
        (Failure::Min, Lang::Zh) => format!("{id}：{fact}，低于下限（{}）", in_words(min)),
    }
}

fn min_score(c: &Criterion) -> String {
    c.min_score.map(format_number).unwrap_or_default()
}

fn required(c: &Criterion) -> String {
    c.requirement().map(requirement).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minutes_in_both_languages() {
        assert_eq!(minutes(30.0, Lang::En), "30 min");
        assert_eq!(minutes(403.2, Lang::En), "403.2 min = 6.7 h");
        assert_eq!(minutes(403.2, Lang::Zh), "403.2 分钟 = 6.7 小时");
    }

    #[test]
    fn meanings_in_both_languages() {
        let week = Meaning::Minutes {
            minutes: 252.0,
            week: Some(40.0),
        };
        assert_eq!(
            meaning(&week, Lang::En),
            "252 min = 4.2 h at a 40-hour support week"
        );
        assert_eq!(
            meaning(&week, Lang::Zh),
            "252 分钟 = 4.2 小时，按每周 40 小时支持计"
        );
        assert_eq!(
            meaning(&Meaning::DowntimeMinutes(52.56), Lang::Zh),
            "每年停机 52.6 分钟"
        );
    }
}
