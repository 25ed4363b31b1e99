//! One fact × one rule: the score 0–100 (or unknown), the number that knock-outs compare,
//! what the fact means in the unit scored, and the knock-out outcome. Weight-free and pure.

use crate::model::cost::CostModel;
use crate::model::fact::Fact;
use crate::model::profile::Profile;
use crate::model::scorecard::{Bound, Criterion, Measure, NumberRule, Requirement, Rule, Scale};
use crate::model::verdict::{Expected, FactView, Failure, Meaning};
use jiff::civil::Date;
use std::collections::HashSet;

/// Minutes in a year, for availability → downtime.
const MINUTES_PER_YEAR: f64 = 525_600.0;

/// What the rules read besides the profile: the buyer and the evaluation date.
#[derive(Debug, Clone, Copy)]
pub struct Context<'c> {
    pub industry: Option<&'c str>,
    pub regions: &'c [String],
    pub as_of: Date,
    /// The scorecard's cost model, for `cost` criteria.
    pub cost: Option<&'c CostModel>,
}

/// What one criterion found in one profile, before any weight.
#[derive(Debug, Clone, PartialEq)]
pub struct Assessment<'p> {
    /// The fact read, as written; `None` when unknown.
    pub fact: Option<FactView<'p>>,
    pub meaning: Option<Meaning>,
    /// The number that `max`/`min` compare (minutes, days, percent, the number itself).
    pub measured: Option<f64>,
    /// Score 0–100; `None` when the fact is unknown or cannot be scored.
    pub score: Option<f64>,
    /// Set when a fact is present but is not what the rule scores.
    pub unscorable: Option<Expected>,
}

impl<'p> Assessment<'p> {
    fn unknown() -> Assessment<'p> {
        Assessment {
            fact: None,
            meaning: None,
            measured: None,
            score: None,
            unscorable: None,
        }
    }

    fn scored(fact: &'p Fact, score: f64) -> Assessment<'p> {
        Assessment {
            fact: Some(FactView::One(fact)),
            score: Some(score),
            ..Assessment::unknown()
        }
    }

    fn unscorable(fact: &'p Fact, expected: Expected) -> Assessment<'p> {
        Assessment {
            fact: Some(FactView::One(fact)),
            unscorable: Some(expected),
            ..Assessment::unknown()
        }
    }

    fn measured(fact: &'p Fact, value: f64, range: NumberRule, meaning: Option<Meaning>) -> Self {
        Assessment {
            meaning,
            measured: Some(value),
            ..Assessment::scored(fact, interpolate(value, range))
        }
    }
}

/// Scores one criterion of one profile.
pub fn assess<'p>(c: &Criterion, profile: &'p Profile, context: &Context) -> Assessment<'p> {
    match &c.rule {
        Rule::Share { fields } => assess_share(fields, profile),
        Rule::Regions => assess_regions(profile, context.regions),
        Rule::Promises => assess_promises(profile, context.as_of),
        Rule::Observed {
            severity, range, ..
        } => assess_observed(profile, severity, *range, context.as_of),
        Rule::Cost { range, .. } => assess_cost(profile, *range, context.cost),
        rule => match profile.fact_on(rule.fields()[0], context.as_of) {
            None => Assessment::unknown(),
            Some(fact) => assess_fact(rule, fact, profile, context),
        },
    }
}

fn assess_fact<'p>(rule: &Rule, fact: &'p Fact, profile: &Profile, cx: &Context) -> Assessment<'p> {
    match rule {
        Rule::Measure { measure, range, .. } => assess_measure(
            *measure,
            *range,
            fact,
            profile.business_hours_per_week(),
            cx.as_of,
        ),
        Rule::Bool { .. } => match fact {
            Fact::Bool(b) => Assessment::scored(fact, if *b { 100.0 } else { 0.0 }),
            _ => Assessment::unscorable(fact, Expected::TrueOrFalse),
        },
        Rule::Level { scale, .. } => match fact {
            Fact::Level(level) if level.scale == *scale => Assessment::scored(fact, level.score()),
            _ => Assessment::unscorable(fact, Expected::Level),
        },
        Rule::Member { .. } => assess_member(fact, cx.industry),
        Rule::CoverageOf { want, .. } => assess_coverage(fact, want),
        Rule::Share { .. }
        | Rule::Regions
        | Rule::Promises
        | Rule::Observed { .. }
        | Rule::Cost { .. } => unreachable!("read from several facts in `assess`"),
    }
}

fn assess_member<'p>(fact: &'p Fact, industry: Option<&str>) -> Assessment<'p> {
    match (fact, industry) {
        (Fact::List(items), Some(industry)) => {
            let found = items.iter().any(|item| item == industry);
            Assessment::scored(fact, if found { 100.0 } else { 0.0 })
        }
        _ => Assessment::unscorable(fact, Expected::List),
    }
}

fn assess_coverage<'p>(fact: &'p Fact, want: &[String]) -> Assessment<'p> {
    let Fact::List(items) = fact else {
        return Assessment::unscorable(fact, Expected::List);
    };
    let have = set_of(items);
    let present = want.iter().filter(|w| have.contains(w.as_str())).count();
    Assessment::scored(fact, 100.0 * share(present as f64, want.len() as f64))
}

/// A list as a set, so that matching two lists takes time linear in their lengths (SPEC §3).
fn set_of(items: &[String]) -> HashSet<&str> {
    items.iter().map(String::as_str).collect()
}

fn assess_measure<'p>(
    measure: Measure,
    range: NumberRule,
    fact: &'p Fact,
    week: f64,
    as_of: Date,
) -> Assessment<'p> {
    match (measure, fact) {
        (Measure::Number, Fact::Number(value)) => Assessment::measured(fact, *value, range, None),
        (Measure::Duration, _) => assess_duration(range, fact, week),
        (Measure::Age, Fact::Date(date)) => {
            let days = days_between(*date, as_of) as f64;
            Assessment::measured(fact, days, range, Some(Meaning::DaysOld(days)))
        }
        (Measure::Availability, Fact::Number(percent)) => {
            assess_availability(range, fact, *percent)
        }
        (Measure::Number | Measure::Observed | Measure::Cost, _) => {
            Assessment::unscorable(fact, Expected::Number)
        }
        (Measure::Age, _) => Assessment::unscorable(fact, Expected::Date),
        (Measure::Availability, _) => Assessment::unscorable(fact, Expected::Percent),
    }
}

fn assess_duration<'p>(range: NumberRule, fact: &'p Fact, week: f64) -> Assessment<'p> {
    let Some(duration) = fact.duration() else {
        return Assessment::unscorable(fact, Expected::Duration);
    };
    let minutes = duration.minutes(week);
    let week = duration.is_business_time().then_some(week);
    Assessment::measured(
        fact,
        minutes,
        range,
        Some(Meaning::Minutes { minutes, week }),
    )
}

fn assess_availability<'p>(range: NumberRule, fact: &'p Fact, percent: f64) -> Assessment<'p> {
    let downtime = MINUTES_PER_YEAR * (100.0 - percent) / 100.0;
    let score = if percent >= 100.0 {
        100.0
    } else {
        interpolate(downtime, range)
    };
    Assessment {
        meaning: Some(Meaning::DowntimeMinutes(downtime)),
        measured: Some(percent),
        ..Assessment::scored(fact, score)
    }
}

pub use crate::model::profile::days_from as days_between;

fn assess_share<'p>(fields: &[String], profile: &'p Profile) -> Assessment<'p> {
    let known: Vec<(&'p str, &'p Fact)> = fields
        .iter()
        .filter_map(|field| profile.fact_entry(field))
        .map(|(path, fact)| (crate::model::schema::leaf(path), fact))
        .collect();
    if known.is_empty() {
        return Assessment::unknown();
    }
    let yes = known
        .iter()
        .filter(|(_, f)| matches!(f, Fact::Bool(true)))
        .count();
    let of = fields.len();
    Assessment {
        fact: Some(FactView::Parts(known)),
        meaning: Some(Meaning::Parts { yes, of }),
        score: Some(100.0 * share(yes as f64, of as f64)),
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
    let (served_set, local_set) = (set_of(served), set_of(local));
    let points: f64 = wanted
        .iter()
        .map(|region| region_points(region, &served_set, &local_set))
        .sum();
    Assessment {
        fact: Some(FactView::Regions { served, local }),
        meaning: Some(Meaning::Regions {
            points,
            of: wanted.len(),
        }),
        score: Some(100.0 * share(points, wanted.len() as f64)),
        ..Assessment::unknown()
    }
}

/// `promises` (SPEC §4): the share of kept promises among the tickets with a verdict.
fn assess_promises(profile: &Profile, as_of: Date) -> Assessment<'_> {
    let results = crate::decide::trial::assess_tickets(profile, as_of);
    let summary = crate::decide::trial::summarise(&results);
    let of = summary.kept + summary.broken;
    if of == 0 {
        return Assessment::unknown();
    }
    let score = 100.0 * share(summary.kept as f64, of as f64);
    Assessment {
        fact: Some(FactView::Tickets(summary.tickets)),
        meaning: Some(Meaning::Kept {
            kept: summary.kept,
            of,
        }),
        measured: Some(score),
        score: Some(score),
        unscorable: None,
    }
}

/// `observed` (SPEC §4): the median observed first response of the severity's tickets.
fn assess_observed<'p>(
    profile: &'p Profile,
    severity: &str,
    range: NumberRule,
    as_of: Date,
) -> Assessment<'p> {
    let results = crate::decide::trial::assess_tickets(profile, as_of);
    let Some(minutes) = crate::decide::trial::observed_median(&results, severity) else {
        return Assessment::unknown();
    };
    let answered = results
        .iter()
        .filter(|r| r.ticket.severity == severity && r.observed.is_some())
        .count();
    Assessment {
        fact: Some(FactView::Tickets(answered)),
        meaning: Some(Meaning::Minutes {
            minutes,
            week: None,
        }),
        measured: Some(minutes),
        score: Some(interpolate(minutes, range)),
        unscorable: None,
    }
}

/// `cost` (SPEC §4, §10): the expected yearly cost of support; unknown when a part is.
fn assess_cost<'p>(
    profile: &'p Profile,
    range: NumberRule,
    model: Option<&CostModel>,
) -> Assessment<'p> {
    let Some(model) = model else {
        return Assessment::unknown();
    };
    let cost = crate::decide::cost::cost_of(profile, model);
    let (Some(support), Some(waiting), Some(downtime)) =
        (cost.support, cost.waiting, cost.downtime)
    else {
        return Assessment::unknown();
    };
    let total = support + waiting + downtime;
    Assessment {
        fact: Some(FactView::Cost {
            support,
            waiting,
            downtime,
        }),
        meaning: Some(Meaning::YearlyCost(total)),
        measured: Some(total),
        score: Some(interpolate(total, range)),
        unscorable: None,
    }
}

fn region_points(region: &str, served: &HashSet<&str>, local: &HashSet<&str>) -> f64 {
    if local.contains(region) {
        1.0
    } else if served.contains(region) {
        0.5
    } else {
        0.0
    }
}

/// `part / whole`, or 0 when the whole is 0.
pub fn share(part: f64, whole: f64) -> f64 {
    if whole > 0.0 {
        part / whole
    } else {
        0.0
    }
}

/// The number formula of SPEC §4: linear or log between best (100) and worst (0), clamped.
/// A value equal to `best` (within [`SAME_VALUE`], relative) scores exactly 100, one equal to
/// `worst` exactly 0, whatever their magnitude; no score is `-0` or NaN.
pub fn interpolate(value: f64, rule: NumberRule) -> f64 {
    let NumberRule { best, worst, scale } = rule;
    if same_value(value, best) {
        return 100.0;
    }
    if same_value(value, worst) {
        return 0.0;
    }
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
        // `+ 0.0` turns a `-0` (worst − value = 0 over a negative span) into 0.
        raw.clamp(0.0, 100.0) + 0.0
    }
}

/// How close, relative to the larger magnitude, a value is to `best` or `worst` to be it.
pub const SAME_VALUE: f64 = 1e-9;

fn same_value(a: f64, b: f64) -> bool {
    (a - b).abs() <= SAME_VALUE * a.abs().max(b.abs())
}

/// How a criterion's knock-outs judge an assessment.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Knockout {
    Passed,
    Failed(Failure),
    /// The fact a knock-out needs is unknown.
    Unverified,
}

/// Judges the knock-outs of `c` (SPEC §4): `min_score`, then `require`, then `max`, `min`.
pub fn knockout(c: &Criterion, a: &Assessment) -> Knockout {
    if !c.has_knockout() {
        return Knockout::Passed;
    }
    let Some(score) = a.score else {
        return Knockout::Unverified;
    };
    if c.min_score.is_some_and(|min| score < min) {
        return Knockout::Failed(Failure::MinScore { score });
    }
    if c.requirement().is_some_and(|wanted| !meets(wanted, a)) {
        return Knockout::Failed(Failure::Require);
    }
    bound_failure(c.bounds(), a.measured).map_or(Knockout::Passed, Knockout::Failed)
}

fn bound_failure(
    (max, min): (Option<&Bound>, Option<&Bound>),
    measured: Option<f64>,
) -> Option<Failure> {
    let measured = measured?;
    if max.is_some_and(|max| measured > max.value) {
        Some(Failure::Max)
    } else if min.is_some_and(|min| measured < min.value) {
        Some(Failure::Min)
    } else {
        None
    }
}

fn meets(requirement: Requirement, a: &Assessment) -> bool {
    match (requirement, &a.fact) {
        (Requirement::Bool(wanted), Some(FactView::One(Fact::Bool(have)))) => *have == wanted,
        (Requirement::Level(wanted), Some(FactView::One(Fact::Level(have)))) => {
            have.at_least(wanted)
        }
        _ => false,
    }
}
