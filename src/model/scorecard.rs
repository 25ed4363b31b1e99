//! Scorecards (SPEC §4) as data: the buyer's criteria, each with one typed rule for its kind
//! and its knock-outs, and the weights, which stand apart so that re-weighting never touches
//! the rules.

use super::cost::CostModel;
use super::fact::{Level, LevelScale};
use super::trial::TICKETS_PATH;
use std::path::PathBuf;

/// How a criterion turns a fact into a score (SPEC §4 "Kinds and formulas").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Number,
    Bool,
    Level,
    Duration,
    Age,
    Regions,
    Member,
    CoverageOf,
    Share,
    Availability,
    /// Trial tickets: the share of promises kept (SPEC §9).
    Promises,
    /// Trial tickets: the median observed first response of a severity, in minutes.
    Observed,
    /// The expected yearly cost of support (SPEC §10).
    Cost,
}

/// Every kind with its name in a scorecard file.
pub const KINDS: &[(&str, Kind)] = &[
    ("number", Kind::Number),
    ("bool", Kind::Bool),
    ("level", Kind::Level),
    ("duration", Kind::Duration),
    ("age", Kind::Age),
    ("regions", Kind::Regions),
    ("member", Kind::Member),
    ("coverage_of", Kind::CoverageOf),
    ("share", Kind::Share),
    ("availability", Kind::Availability),
    ("promises", Kind::Promises),
    ("observed", Kind::Observed),
    ("cost", Kind::Cost),
];

impl Kind {
    pub fn name(self) -> &'static str {
        KINDS
            .iter()
            .find(|(_, k)| *k == self)
            .map_or("", |(n, _)| n)
    }

    /// Kinds scored from a number with best/worst: they take `max`/`min` knock-outs.
    pub fn is_numeric(self) -> bool {
        self.measure().is_some()
    }

    /// What a numeric kind measures; `None` for the other kinds.
    pub fn measure(self) -> Option<Measure> {
        Some(match self {
            Kind::Number => Measure::Number,
            Kind::Duration => Measure::Duration,
            Kind::Age => Measure::Age,
            Kind::Availability => Measure::Availability,
            Kind::Observed => Measure::Observed,
            Kind::Cost => Measure::Cost,
            _ => return None,
        })
    }
}

/// What a numeric criterion measures before interpolating between best and worst.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// The number itself.
    Number,
    /// Expected wall-clock minutes.
    Duration,
    /// Days from a date to the evaluation date.
    Age,
    /// A percent, scored as yearly downtime minutes; `max`/`min` compare the percent.
    Availability,
    /// Observed first-response minutes of trial tickets.
    Observed,
    /// Money a year, in the scorecard's currency.
    Cost,
}

impl Measure {
    pub fn kind(self) -> Kind {
        match self {
            Measure::Number => Kind::Number,
            Measure::Duration => Kind::Duration,
            Measure::Age => Kind::Age,
            Measure::Availability => Kind::Availability,
            Measure::Observed => Kind::Observed,
            Measure::Cost => Kind::Cost,
        }
    }
}

/// Linear or logarithmic interpolation between `best` and `worst`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scale {
    Linear,
    Log,
}

impl Scale {
    pub fn name(self) -> &'static str {
        match self {
            Scale::Linear => "linear",
            Scale::Log => "log",
        }
    }
}

/// How an unknown fact scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnknownPolicy {
    Zero,
    Half,
    Skip,
}

/// Every policy with its name in a scorecard file.
pub const POLICIES: &[(&str, UnknownPolicy)] = &[
    ("zero", UnknownPolicy::Zero),
    ("half", UnknownPolicy::Half),
    ("skip", UnknownPolicy::Skip),
];

impl UnknownPolicy {
    pub fn name(self) -> &'static str {
        POLICIES
            .iter()
            .find(|(_, p)| *p == self)
            .map_or("", |(n, _)| n)
    }
}

/// The scoring range of a numeric kind, in the unit scored (minutes, days, downtime minutes).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NumberRule {
    pub best: f64,
    pub worst: f64,
    pub scale: Scale,
}

/// A bound on the number scored; `text` keeps what the user wrote (`"1 hour"`).
#[derive(Debug, Clone, PartialEq)]
pub struct Bound {
    pub value: f64,
    pub text: String,
}

/// How one criterion scores a profile: one variant per kind, holding exactly what that kind
/// needs, with the knock-outs that fit it.
#[derive(Debug, Clone, PartialEq)]
pub enum Rule {
    /// `number`, `duration`, `age`, `availability`: a number between `best` and `worst`.
    Measure {
        field: String,
        measure: Measure,
        range: NumberRule,
        max: Option<Bound>,
        min: Option<Bound>,
    },
    Bool {
        field: String,
        require: Option<bool>,
    },
    Level {
        field: String,
        scale: LevelScale,
        require: Option<Level>,
    },
    /// The scorecard's industry in a list.
    Member { field: String },
    /// The share of `want` present in a list.
    CoverageOf { field: String, want: Vec<String> },
    /// The share of true among several booleans.
    Share { fields: Vec<String> },
    /// The scorecard's regions served or supported locally.
    Regions,
    /// The share of trial tickets whose promise was kept.
    Promises,
    /// The median observed first response of the trial tickets of a severity.
    Observed {
        severity: &'static str,
        range: NumberRule,
        max: Option<Bound>,
        min: Option<Bound>,
    },
    /// The expected yearly cost of support under the scorecard's `[cost]`.
    Cost {
        range: NumberRule,
        max: Option<Bound>,
        min: Option<Bound>,
    },
}

/// The fields the cost of support reads (SPEC §10), for the checklist: the price, the
/// promises of the severities with incidents by default, and the availability.
pub const COST_FIELDS: &[&str] = &[
    "price.annual",
    "price.monthly",
    "price.percent_of_spend",
    "support.first_response.critical",
    "support.first_response.high",
    "sla.availability",
];

/// The two lists a `regions` criterion reads.
pub const REGION_FIELDS: &[&str] = &["overseas.regions", "overseas.local_support"];

impl Rule {
    pub fn kind(&self) -> Kind {
        match self {
            Rule::Measure { measure, .. } => measure.kind(),
            Rule::Bool { .. } => Kind::Bool,
            Rule::Level { .. } => Kind::Level,
            Rule::Member { .. } => Kind::Member,
            Rule::CoverageOf { .. } => Kind::CoverageOf,
            Rule::Share { .. } => Kind::Share,
            Rule::Regions => Kind::Regions,
            Rule::Promises => Kind::Promises,
            Rule::Observed { .. } => Kind::Observed,
            Rule::Cost { .. } => Kind::Cost,
        }
    }

    /// The profile fields it reads, in order.
    pub fn fields(&self) -> Vec<&str> {
        match self {
            Rule::Measure { field, .. }
            | Rule::Bool { field, .. }
            | Rule::Level { field, .. }
            | Rule::Member { field }
            | Rule::CoverageOf { field, .. } => vec![field.as_str()],
            Rule::Share { fields } => fields.iter().map(String::as_str).collect(),
            Rule::Regions => REGION_FIELDS.to_vec(),
            Rule::Promises | Rule::Observed { .. } => vec![TICKETS_PATH],
            Rule::Cost { .. } => COST_FIELDS.to_vec(),
        }
    }
}

/// A `require` knock-out: the fact must be this, or at least this level.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Requirement {
    Bool(bool),
    Level(Level),
}

/// One criterion of a scorecard, with built-in defaults already applied. Its weight is
/// [`Scorecard::weights`]`[i]`, apart from it.
#[derive(Debug, Clone, PartialEq)]
pub struct Criterion {
    pub id: String,
    pub rule: Rule,
    /// Knock-out on the score itself, for any kind.
    pub min_score: Option<f64>,
}

impl Criterion {
    pub fn kind(&self) -> Kind {
        self.rule.kind()
    }

    pub fn fields(&self) -> Vec<&str> {
        self.rule.fields()
    }

    /// The field shown to users: the one field, or the fields joined.
    pub fn field_label(&self) -> String {
        self.fields().join(", ")
    }

    /// The scoring range of a numeric rule.
    pub fn range(&self) -> Option<NumberRule> {
        match &self.rule {
            Rule::Measure { range, .. }
            | Rule::Observed { range, .. }
            | Rule::Cost { range, .. } => Some(*range),
            _ => None,
        }
    }

    /// The wanted values of a `coverage_of` rule (empty for other kinds).
    pub fn want(&self) -> &[String] {
        match &self.rule {
            Rule::CoverageOf { want, .. } => want,
            _ => &[],
        }
    }

    /// The `require` knock-out, for bool and level rules.
    pub fn requirement(&self) -> Option<Requirement> {
        match &self.rule {
            Rule::Bool { require, .. } => require.map(Requirement::Bool),
            Rule::Level { require, .. } => require.map(Requirement::Level),
            _ => None,
        }
    }

    /// The `max` and `min` knock-outs, for numeric rules.
    pub fn bounds(&self) -> (Option<&Bound>, Option<&Bound>) {
        match &self.rule {
            Rule::Measure { max, min, .. }
            | Rule::Observed { max, min, .. }
            | Rule::Cost { max, min, .. } => (max.as_ref(), min.as_ref()),
            _ => (None, None),
        }
    }

    pub fn has_knockout(&self) -> bool {
        let (max, min) = self.bounds();
        self.requirement().is_some() || max.is_some() || min.is_some() || self.min_score.is_some()
    }
}

/// A loaded scorecard.
#[derive(Debug, Clone, PartialEq)]
pub struct Scorecard {
    pub name: String,
    pub path: PathBuf,
    pub industry: Option<String>,
    pub regions: Vec<String>,
    pub unknown: UnknownPolicy,
    pub criteria: Vec<Criterion>,
    /// One weight per criterion, in the same order; relative, ≥ 0, at least one > 0.
    pub weights: Vec<f64>,
    /// The buyer's cost model (`[cost]`, SPEC §10), when given.
    pub cost: Option<CostModel>,
}

impl Scorecard {
    /// Each criterion with its weight.
    pub fn weighted(&self) -> impl Iterator<Item = (&Criterion, f64)> {
        self.criteria.iter().zip(self.weights.iter().copied())
    }
}

/// The buyer overrides of `--industry` and `--region`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Audience {
    pub industry: Option<String>,
    pub regions: Vec<String>,
}
