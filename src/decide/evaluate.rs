//! The scoring core (SPEC §4): vendors × one scorecard → per-criterion scores, weighted totals,
//! knock-outs, confidence and competition ranking. Pure: no I/O, no clock; the evaluation
//! date is an argument.

use crate::load::profile::{Fact, Profile};
use crate::load::scorecard::{
    Criterion, Kind, NumberRule, Requirement, Scale, Scorecard, UnknownPolicy,
};
use crate::model::duration::{format_minutes, format_number, Duration};
use jiff::civil::Date;
use serde::Serialize;
use std::fmt;

/// Totals closer than this are a tie.
const TIE: f64 = 1e-9;
/// Minutes in a year, for availability → downtime.
const MINUTES_PER_YEAR: f64 = 525_600.0;

/// The result of evaluating every vendor under one scorecard.
#[derive(Debug, Clone, Serialize)]
pub struct Evaluation {
    /// The scorecard, with built-in defaults and `--industry`/`--region` applied.
    pub scorecard: Scorecard,
    /// The evaluation date (docs age, staleness).
    pub as_of: Date,
    /// Qualified and unverified vendors in rank order, then disqualified ones.
    pub vendors: Vec<VendorResult>,
}

/// Whether a vendor passed its knock-outs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
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
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Qualified => "qualified",
            Status::Unverified => "unverified",
            Status::Disqualified => "disqualified",
        }
    }
}

/// One vendor's evaluation.
#[derive(Debug, Clone, Serialize)]
pub struct VendorResult {
    /// File name without `.toml`.
    pub id: String,
    pub name: String,
    pub plan: String,
    /// Competition rank (1, 2, 2, 4); `None` when disqualified.
    pub rank: Option<usize>,
    /// Weighted total 0–100, unrounded.
    pub score: f64,
    pub status: Status,
    /// How many criteria had no known fact.
    pub unknowns: usize,
    /// Share of the weight that rests on known facts, 0–100.
    pub confidence: f64,
    /// Knock-out failures, unverified knock-outs and facts that could not be scored.
    pub notes: Vec<String>,
    pub criteria: Vec<CriterionResult>,
}

/// One criterion of one vendor.
#[derive(Debug, Clone, Serialize)]
pub struct CriterionResult {
    pub id: String,
    pub weight: f64,
    /// The fact as written in the profile; `None` when unknown.
    pub fact: Option<String>,
    /// What the fact means in the unit scored (`252 min`, `341 days old`).
    pub meaning: Option<String>,
    /// Score 0–100; `None` when the fact is unknown.
    pub score: Option<f64>,
    /// Whether the criterion counts in the total (unknown facts under `skip` do not).
    pub counted: bool,
    /// Points this criterion adds to the total.
    pub contribution: f64,
}

/// Evaluates every profile under the scorecard on the given date, with every detail.
pub fn evaluate(profiles: &[Profile], scorecard: &Scorecard, as_of: Date) -> Evaluation {
    evaluate_with(profiles, scorecard, as_of, Detail::Full)
}

/// Evaluates every profile, keeping the facts as text only when `detail` asks for them.
pub fn evaluate_with(
    profiles: &[Profile],
    scorecard: &Scorecard,
    as_of: Date,
    detail: Detail,
) -> Evaluation {
    let results = crate::util::parallel::map(profiles, |profile| {
        evaluate_vendor(profile, scorecard, as_of, detail)
    });
    Evaluation {
        scorecard: scorecard.clone(),
        as_of,
        vendors: rank(results),
    }
}

/// What one criterion found in one profile, before weighting. The fact and its meaning are
/// kept unformatted: most outputs (CSV) never show them, so they become text only on demand.
struct Assessment<'p> {
    fact: Option<FactText<'p>>,
    meaning: Option<Meaning>,
    /// The number that `max`/`min` compare (minutes, days, percent, the number itself).
    measured: Option<f64>,
    score: Option<f64>,
    note: Option<String>,
}

/// The fact a criterion read, to be shown as written.
enum FactText<'p> {
    One(&'p Fact),
    /// Several facts or a summary of them (`share`, `regions`).
    Summary(String),
}

impl fmt::Display for FactText<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FactText::One(fact) => fact.fmt(f),
            FactText::Summary(text) => f.write_str(text),
        }
    }
}

/// What a fact means in the unit scored.
#[derive(Debug, Clone, Copy)]
enum Meaning {
    /// Expected wall-clock minutes; the support week when business time was converted.
    Minutes {
        minutes: f64,
        week: Option<f64>,
    },
    DaysOld(f64),
    DowntimeMinutes(f64),
    /// `yes` of `of` parts (`share`).
    Parts {
        yes: usize,
        of: usize,
    },
    /// Points of the wanted regions (`regions`).
    Regions {
        points: f64,
        of: usize,
    },
}

impl fmt::Display for Meaning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Meaning::Minutes { minutes, week } => {
                f.write_str(&format_minutes(minutes))?;
                match week {
                    Some(week) => write!(f, " at a {}-hour support week", format_number(week)),
                    None => Ok(()),
                }
            }
            Meaning::DaysOld(days) => write!(f, "{} days old", format_number(days)),
            Meaning::DowntimeMinutes(downtime) => write!(
                f,
                "{} min downtime a year",
                format_number((downtime * 10.0).round() / 10.0)
            ),
            Meaning::Parts { yes, of } => write!(f, "{yes} of {of}"),
            Meaning::Regions { points, of } => {
                write!(f, "{} of {of} regions", format_number(points))
            }
        }
    }
}

/// How much of each criterion's finding an evaluation keeps as text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    /// Facts as written and their meaning, for the table, markdown and JSON.
    Full,
    /// Scores only (`fact` and `meaning` are `None`), for the CSV, whose columns are scores.
    Scores,
}

impl<'p> Assessment<'p> {
    fn unknown() -> Assessment<'p> {
        Assessment {
            fact: None,
            meaning: None,
            measured: None,
            score: None,
            note: None,
        }
    }

    fn scored(fact: &'p Fact, score: f64) -> Assessment<'p> {
        Assessment {
            fact: Some(FactText::One(fact)),
            score: Some(score),
            ..Assessment::unknown()
        }
    }

    fn unscorable(fact: &'p Fact, field: &str, expected: &str) -> Assessment<'p> {
        Assessment {
            fact: Some(FactText::One(fact)),
            note: Some(format!(
                "{field} = {fact} is not {expected}; scored as unknown"
            )),
            ..Assessment::unknown()
        }
    }
}

fn evaluate_vendor(
    profile: &Profile,
    card: &Scorecard,
    as_of: Date,
    detail: Detail,
) -> VendorResult {
    let mut notes = Vec::new();
    let mut disqualified = false;
    let mut unverified = false;
    let mut rows = Vec::with_capacity(card.criteria.len());
    for criterion in &card.criteria {
        let mut assessment = assess(criterion, profile, card, as_of);
        notes.extend(assessment.note.take());
        match knockout(criterion, &assessment) {
            Knockout::Passed => {}
            Knockout::Failed(reason) => {
                disqualified = true;
                notes.push(reason);
            }
            Knockout::Unverified(reason) => {
                unverified = true;
                notes.push(reason);
            }
        }
        rows.push((criterion, assessment));
    }
    let status = if disqualified {
        Status::Disqualified
    } else if unverified {
        Status::Unverified
    } else {
        Status::Qualified
    };
    let totals = Totals::of(&rows, card.unknown);
    VendorResult {
        id: profile.id.clone(),
        name: profile.name().to_string(),
        plan: profile.plan().to_string(),
        rank: None,
        score: totals.score(),
        status,
        unknowns: rows.iter().filter(|(_, a)| a.score.is_none()).count(),
        confidence: totals.confidence(),
        notes,
        criteria: rows
            .into_iter()
            .map(|(c, a)| totals.row(c, a, card.unknown, detail))
            .collect(),
    }
}

/// The weighted sums behind a vendor's total and confidence.
struct Totals {
    weighted: f64,
    counted_weight: f64,
    known_weight: f64,
    all_weight: f64,
}

impl Totals {
    fn of(rows: &[(&Criterion, Assessment<'_>)], policy: UnknownPolicy) -> Totals {
        let mut totals = Totals {
            weighted: 0.0,
            counted_weight: 0.0,
            known_weight: 0.0,
            all_weight: 0.0,
        };
        for (criterion, assessment) in rows {
            let weight = criterion.weight;
            totals.all_weight += weight;
            if assessment.score.is_some() {
                totals.known_weight += weight;
            }
            if let Some(score) = score_used(assessment.score, policy) {
                totals.counted_weight += weight;
                totals.weighted += weight * score;
            }
        }
        totals
    }

    fn score(&self) -> f64 {
        share(self.weighted, self.counted_weight)
    }

    fn confidence(&self) -> f64 {
        100.0 * share(self.known_weight, self.all_weight)
    }

    fn row(
        &self,
        c: &Criterion,
        a: Assessment,
        policy: UnknownPolicy,
        detail: Detail,
    ) -> CriterionResult {
        let used = score_used(a.score, policy);
        let full = detail == Detail::Full;
        CriterionResult {
            id: c.id.clone(),
            weight: c.weight,
            fact: a.fact.filter(|_| full).map(|fact| fact.to_string()),
            meaning: a
                .meaning
                .filter(|_| full)
                .map(|meaning| meaning.to_string()),
            score: a.score,
            counted: used.is_some(),
            contribution: used.map_or(0.0, |s| share(c.weight * s, self.counted_weight)),
        }
    }
}

fn share(part: f64, whole: f64) -> f64 {
    if whole > 0.0 {
        part / whole
    } else {
        0.0
    }
}

/// The score a criterion adds to the total, or `None` when it is left out.
fn score_used(score: Option<f64>, policy: UnknownPolicy) -> Option<f64> {
    match (score, policy) {
        (Some(score), _) => Some(score),
        (None, UnknownPolicy::Zero) => Some(0.0),
        (None, UnknownPolicy::Half) => Some(50.0),
        (None, UnknownPolicy::Skip) => None,
    }
}

fn assess<'p>(
    c: &Criterion,
    profile: &'p Profile,
    card: &Scorecard,
    as_of: Date,
) -> Assessment<'p> {
    match c.kind {
        Kind::Share => return assess_share(c, profile),
        Kind::Regions => return assess_regions(profile, &card.regions),
        _ => {}
    }
    let field = &c.fields[0];
    let Some(fact) = profile.fact(field) else {
        return Assessment::unknown();
    };
    match c.kind {
        Kind::Number => assess_number(c, field, fact),
        Kind::Duration => assess_duration(c, field, fact, profile.business_hours_per_week()),
        Kind::Age => assess_age(c, field, fact, as_of),
        Kind::Availability => assess_availability(c, field, fact),
        Kind::Bool => match fact {
            Fact::Bool(b) => Assessment::scored(fact, if *b { 100.0 } else { 0.0 }),
            _ => Assessment::unscorable(fact, field, "true or false"),
        },
        Kind::Level => match fact {
            Fact::Text(level) => match level_score(c, level) {
                Some(score) => Assessment::scored(fact, score),
                None => Assessment::unscorable(fact, field, "a known level"),
            },
            _ => Assessment::unscorable(fact, field, "a level"),
        },
        Kind::Member => match (fact, &card.industry) {
            (Fact::List(items), Some(industry)) => {
                Assessment::scored(fact, if items.contains(industry) { 100.0 } else { 0.0 })
            }
            _ => Assessment::unscorable(fact, field, "a list"),
        },
        Kind::CoverageOf => match fact {
            Fact::List(items) => {
                let present = c.want.iter().filter(|w| items.contains(w)).count();
                Assessment::scored(fact, 100.0 * share(present as f64, c.want.len() as f64))
            }
            _ => Assessment::unscorable(fact, field, "a list"),
        },
        Kind::Share | Kind::Regions => unreachable!("handled above"),
    }
}

fn rule_of(c: &Criterion) -> NumberRule {
    c.rule.expect("numeric criteria carry a rule once loaded")
}

fn assess_number<'p>(c: &Criterion, field: &str, fact: &'p Fact) -> Assessment<'p> {
    let Fact::Number(value) = fact else {
        return Assessment::unscorable(fact, field, "a number");
    };
    Assessment {
        measured: Some(*value),
        ..Assessment::scored(fact, interpolate(*value, rule_of(c)))
    }
}

fn assess_duration<'p>(c: &Criterion, field: &str, fact: &'p Fact, week: f64) -> Assessment<'p> {
    let converted;
    let duration = match fact {
        Fact::Duration(d) => d,
        Fact::Number(minutes) => {
            converted = Duration::from_minutes(*minutes);
            &converted
        }
        Fact::Text(text) => match Duration::parse(text) {
            Ok(d) => {
                converted = d;
                &converted
            }
            Err(_) => return Assessment::unscorable(fact, field, "a duration"),
        },
        _ => return Assessment::unscorable(fact, field, "a duration"),
    };
    let minutes = duration.minutes(week);
    let meaning = Meaning::Minutes {
        minutes,
        week: duration.is_business_time().then_some(week),
    };
    Assessment {
        meaning: Some(meaning),
        measured: Some(minutes),
        ..Assessment::scored(fact, interpolate(minutes, rule_of(c)))
    }
}

fn assess_age<'p>(c: &Criterion, field: &str, fact: &'p Fact, as_of: Date) -> Assessment<'p> {
    let Fact::Date(date) = fact else {
        return Assessment::unscorable(fact, field, "a date");
    };
    let days = days_between(*date, as_of) as f64;
    Assessment {
        meaning: Some(Meaning::DaysOld(days)),
        measured: Some(days),
        ..Assessment::scored(fact, interpolate(days, rule_of(c)))
    }
}

/// Whole days from `from` to `to` (negative when `from` is later).
pub fn days_between(from: Date, to: Date) -> i64 {
    from.until(to).map_or(0, |span| i64::from(span.get_days()))
}

fn assess_availability<'p>(c: &Criterion, field: &str, fact: &'p Fact) -> Assessment<'p> {
    let Fact::Number(percent) = fact else {
        return Assessment::unscorable(fact, field, "a percent");
    };
    let downtime = MINUTES_PER_YEAR * (100.0 - percent) / 100.0;
    let score = if *percent >= 100.0 {
        100.0
    } else {
        interpolate(downtime, rule_of(c))
    };
    Assessment {
        meaning: Some(Meaning::DowntimeMinutes(downtime)),
        measured: Some(*percent),
        ..Assessment::scored(fact, score)
    }
}

fn assess_share<'p>(c: &Criterion, profile: &'p Profile) -> Assessment<'p> {
    let known: Vec<(&String, &Fact)> = c
        .fields
        .iter()
        .filter_map(|f| profile.fact(f).map(|fact| (f, fact)))
        .collect();
    if known.is_empty() {
        return Assessment::unknown();
    }
    let yes = known
        .iter()
        .filter(|(_, fact)| matches!(fact, Fact::Bool(true)))
        .count();
    let listed: Vec<String> = known
        .iter()
        .map(|(f, fact)| format!("{} = {fact}", crate::model::schema::leaf(f)))
        .collect();
    Assessment {
        fact: Some(FactText::Summary(listed.join(", "))),
        meaning: Some(Meaning::Parts {
            yes,
            of: c.fields.len(),
        }),
        score: Some(100.0 * share(yes as f64, c.fields.len() as f64)),
        ..Assessment::unknown()
    }
}

fn assess_regions<'p>(profile: &'p Profile, wanted: &[String]) -> Assessment<'p> {
    let list = |path: &str| match profile.fact(path) {
        Some(Fact::List(items)) => Some(items.as_slice()),
        _ => None,
    };
    let (served, local) = (list("overseas.regions"), list("overseas.local_support"));
    if served.is_none() && local.is_none() {
        return Assessment::unknown();
    }
    let (served, local) = (served.unwrap_or(&[]), local.unwrap_or(&[]));
    let points: f64 = wanted
        .iter()
        .map(|region| {
            if local.contains(region) {
                1.0
            } else if served.contains(region) {
                0.5
            } else {
                0.0
            }
        })
        .sum();
    let mut fact = Vec::new();
    if !served.is_empty() {
        fact.push(format!("served: {}", served.join(", ")));
    }
    if !local.is_empty() {
        fact.push(format!("local support: {}", local.join(", ")));
    }
    Assessment {
        fact: Some(FactText::Summary(fact.join("; "))),
        meaning: Some(Meaning::Regions {
            points,
            of: wanted.len(),
        }),
        score: Some(100.0 * share(points, wanted.len() as f64)),
        ..Assessment::unknown()
    }
}

fn level_score(c: &Criterion, level: &str) -> Option<f64> {
    c.levels
        .iter()
        .find(|(name, _)| *name == level)
        .map(|(_, score)| *score)
}

/// The number formula of SPEC §4: linear or log between best (100) and worst (0), clamped.
pub fn interpolate(value: f64, rule: NumberRule) -> f64 {
    let NumberRule { best, worst, scale } = rule;
    let raw = match scale {
        Scale::Linear => 100.0 * (worst - value) / (worst - best),
        Scale::Log if value <= 0.0 => {
            if best < worst {
                100.0
            } else {
                0.0
            }
        }
        Scale::Log => 100.0 * (worst / value).ln() / (worst / best).ln(),
    };
    if raw.is_nan() {
        0.0
    } else {
        raw.clamp(0.0, 100.0)
    }
}

enum Knockout {
    Passed,
    Failed(String),
    Unverified(String),
}

fn knockout(c: &Criterion, a: &Assessment) -> Knockout {
    if !c.has_knockout() {
        return Knockout::Passed;
    }
    let Some(score) = a.score else {
        return Knockout::Unverified(format!(
            "{}: unknown, so its knock-out ({}) is unverified",
            c.id,
            knockout_terms(c)
        ));
    };
    let fact = a.fact.as_ref().map_or("?".to_string(), ToString::to_string);
    let fact = fact.as_str();
    if let Some(min_score) = c.min_score.filter(|&min| score < min) {
        return Knockout::Failed(format!(
            "{}: scores {score:.1}, below min_score {}",
            c.id,
            format_number(min_score)
        ));
    }
    if let Some(requirement) = &c.require {
        if !meets(c, requirement, fact) {
            return Knockout::Failed(format!(
                "{}: {fact} does not meet require = {}",
                c.id,
                requirement_text(requirement)
            ));
        }
    }
    if let Some(measured) = a.measured {
        if let Some(max) = c.max.as_ref().filter(|max| measured > max.value) {
            return Knockout::Failed(format!(
                "{}: {fact}{} exceeds max {}",
                c.id,
                meaning_suffix(a),
                max.text
            ));
        }
        if let Some(min) = c.min.as_ref().filter(|min| measured < min.value) {
            return Knockout::Failed(format!(
                "{}: {fact}{} is below min {}",
                c.id,
                meaning_suffix(a),
                min.text
            ));
        }
    }
    Knockout::Passed
}

fn meaning_suffix(a: &Assessment) -> String {
    a.meaning
        .as_ref()
        .map(|m| format!(" ({m})"))
        .unwrap_or_default()
}

fn meets(c: &Criterion, requirement: &Requirement, fact: &str) -> bool {
    match requirement {
        Requirement::Bool(wanted) => fact == wanted.to_string(),
        Requirement::Level(wanted) => match (level_score(c, fact), level_score(c, wanted)) {
            (Some(have), Some(want)) => have >= want,
            _ => false,
        },
    }
}

fn requirement_text(requirement: &Requirement) -> String {
    match requirement {
        Requirement::Bool(b) => b.to_string(),
        Requirement::Level(level) => format!("\"{level}\""),
    }
}

/// The knock-outs of a criterion in words: `require = "24x7"`, `max 1 hour`.
pub fn knockout_terms(c: &Criterion) -> String {
    let mut terms = Vec::new();
    if let Some(r) = &c.require {
        terms.push(format!("require = {}", requirement_text(r)));
    }
    if let Some(max) = &c.max {
        terms.push(format!("max {}", max.text));
    }
    if let Some(min) = &c.min {
        terms.push(format!("min {}", min.text));
    }
    if let Some(min_score) = c.min_score {
        terms.push(format!("min_score {}", format_number(min_score)));
    }
    terms.join(", ")
}

/// Orders vendors (qualified and unverified by total, then disqualified) and assigns ranks.
fn rank(mut results: Vec<VendorResult>) -> Vec<VendorResult> {
    let (mut ranked, mut out): (Vec<_>, Vec<_>) = results
        .drain(..)
        .partition(|r| r.status != Status::Disqualified);
    order_by_total(&mut ranked);
    order_by_total(&mut out);
    assign_ranks(&mut ranked);
    ranked.extend(out);
    ranked
}

/// Highest total first; totals within [`TIE`] of each other form a tie, ordered by id.
fn order_by_total(results: &mut [VendorResult]) {
    results.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.id.cmp(&b.id)));
    let mut start = 0;
    while start < results.len() {
        let end = tie_end(results, start);
        results[start..end].sort_by(|a, b| a.id.cmp(&b.id));
        start = end;
    }
}

fn tie_end(results: &[VendorResult], start: usize) -> usize {
    let head = results[start].score;
    let mut end = start + 1;
    while end < results.len() && (head - results[end].score).abs() <= TIE {
        end += 1;
    }
    end
}

fn assign_ranks(ranked: &mut [VendorResult]) {
    let mut start = 0;
    while start < ranked.len() {
        let end = tie_end(ranked, start);
        for result in &mut ranked[start..end] {
            result.rank = Some(start + 1);
        }
        start = end;
    }
}

#[cfg(test)]
mod tests;
