//! Money (SPEC §10): what a support plan costs (`[price]` of a profile) and the buyer's cost
//! model (`[cost]` of a scorecard). The arithmetic is in `decide::cost`, a layer above.

use super::schema::SEVERITIES;
use std::collections::BTreeMap;

/// The currency a price or cost model is in when it does not say.
pub const DEFAULT_CURRENCY: &str = "USD";

/// How a support plan is billed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PricePlan {
    /// A price per year.
    Annual(f64),
    /// A price per month.
    Monthly(f64),
    /// A percent of the buyer's monthly platform bill, billed monthly, with an optional floor.
    PercentOfSpend {
        percent: f64,
        minimum_monthly: Option<f64>,
    },
}

/// A profile's `[price]`.
#[derive(Debug, Clone, PartialEq)]
pub struct Price {
    /// ISO 4217 code.
    pub currency: String,
    pub plan: PricePlan,
}

/// Per severity, in the order of [`SEVERITIES`]: critical, high, normal, low.
pub type PerSeverity = [f64; 4];

/// Incidents a year per severity when the scorecard does not say.
pub const DEFAULT_INCIDENTS: PerSeverity = [2.0, 6.0, 0.0, 0.0];

/// Share of the outage cost while waiting for a first response, per severity, by default.
pub const DEFAULT_IMPACT: PerSeverity = [1.0, 0.25, 0.05, 0.0];

/// A scorecard's `[cost]`: the buyer's costs, in its `currency`.
#[derive(Debug, Clone, PartialEq)]
pub struct CostModel {
    pub currency: String,
    /// The buyer's platform bill per month, for percent-of-spend plans.
    pub monthly_spend: Option<f64>,
    /// What one hour of full outage costs the business.
    pub outage_cost_per_hour: f64,
    pub incidents_per_year: PerSeverity,
    pub impact: PerSeverity,
    /// Units of `currency` per unit of another currency.
    pub rates: BTreeMap<String, f64>,
}

impl CostModel {
    /// A model with the defaults of SPEC §10 and the given outage cost.
    pub fn new(outage_cost_per_hour: f64) -> CostModel {
        CostModel {
            currency: DEFAULT_CURRENCY.to_string(),
            monthly_spend: None,
            outage_cost_per_hour,
            incidents_per_year: DEFAULT_INCIDENTS,
            impact: DEFAULT_IMPACT,
            rates: BTreeMap::new(),
        }
    }

    /// Units of the model's currency per unit of `currency`; 1 for its own.
    pub fn rate(&self, currency: &str) -> Option<f64> {
        if currency == self.currency {
            return Some(1.0);
        }
        self.rates.get(currency).copied()
    }
}

/// An input a part of the cost needs and the profile or scorecard lacks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Missing {
    /// The profile has no `[price]`.
    Price,
    /// A percent-of-spend plan, and the scorecard has no `monthly_spend`.
    MonthlySpend,
    /// The plan's currency has no rate in the scorecard.
    Rate(String),
    /// No first-response promise for a severity whose incidents × impact is above 0.
    Promise(&'static str),
    /// No `sla.availability`.
    Availability,
}

/// When a dearer vendor costs less in total than the cheapest: the outage cost per hour above
/// which it does (SPEC §10).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum BreakEven {
    /// It is the vendor with the lowest known support price.
    Cheapest,
    PerHour(f64),
    /// Its outage hours are not fewer: it never costs less.
    Never,
    /// A part it needs is unknown.
    Unknown,
}

/// The place of a severity in a [`PerSeverity`].
pub fn severity_place(severity: &str) -> Option<usize> {
    SEVERITIES.iter().position(|s| *s == severity)
}

/// The `[cost]` table a scorecard needs, shown when it is missing.
pub const COST_EXAMPLE: &str = "[cost]
currency = \"USD\"
monthly_spend = 20000
outage_cost_per_hour = 5000
incidents_per_year = { critical = 2, high = 6, normal = 0, low = 0 }
impact = { critical = 1.0, high = 0.25, normal = 0.05, low = 0.0 }
rates = { CNY = 0.14 }";
