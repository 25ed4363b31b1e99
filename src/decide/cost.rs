//! The cost of support (SPEC §10), per vendor and year in the scorecard's currency: the plan's
//! price, the outage cost while waiting for first responses, and the downtime the SLA allows;
//! unknown parts named, and the break-even outage cost against the cheapest known plan. Pure.

pub use crate::model::cost::{BreakEven, Missing};
use crate::model::cost::{CostModel, PricePlan};
use crate::model::fact::Fact;
use crate::model::profile::Profile;
use crate::model::schema::SEVERITIES;

/// Hours in a year, for downtime.
const HOURS_PER_YEAR: f64 = 8760.0;

/// One vendor's yearly cost; each part `None` when unknown.
#[derive(Debug, Clone, PartialEq)]
pub struct Cost {
    pub support: Option<f64>,
    pub waiting: Option<f64>,
    pub downtime: Option<f64>,
    pub missing: Vec<Missing>,
}

impl Cost {
    /// support + waiting + downtime, when all three are known.
    pub fn total(&self) -> Option<f64> {
        Some(self.support? + self.waiting? + self.downtime?)
    }

    /// Impact-weighted outage hours a year: (waiting + downtime) / outage cost per hour.
    fn outage_hours(&self, model: &CostModel) -> Option<f64> {
        let per_hour = model.outage_cost_per_hour;
        (per_hour > 0.0).then_some((self.waiting? + self.downtime?) / per_hour)
    }
}

/// The yearly cost of one vendor's support under the buyer's cost model.
pub fn cost_of(profile: &Profile, model: &CostModel) -> Cost {
    let mut missing = Vec::new();
    let support = support(profile, model, &mut missing);
    let waiting = waiting(profile, model, &mut missing);
    let downtime = match profile.fact("sla.availability") {
        Some(Fact::Number(percent)) => {
            Some((100.0 - percent) / 100.0 * HOURS_PER_YEAR * model.outage_cost_per_hour + 0.0)
        }
        _ => {
            missing.push(Missing::Availability);
            None
        }
    };
    Cost {
        support,
        waiting,
        downtime,
        missing,
    }
}

fn support(profile: &Profile, model: &CostModel, missing: &mut Vec<Missing>) -> Option<f64> {
    let Some(price) = profile.price() else {
        missing.push(Missing::Price);
        return None;
    };
    // A percent of spend without a minimum is in the scorecard's currency already.
    let needs_rate = !matches!(
        price.plan,
        PricePlan::PercentOfSpend {
            minimum_monthly: None,
            ..
        }
    );
    let rate = model.rate(&price.currency);
    if rate.is_none() && needs_rate {
        missing.push(Missing::Rate(price.currency.clone()));
    }
    match price.plan {
        PricePlan::Annual(amount) => Some(amount * rate?),
        PricePlan::Monthly(amount) => Some(12.0 * amount * rate?),
        PricePlan::PercentOfSpend {
            percent,
            minimum_monthly,
        } => {
            let Some(spend) = model.monthly_spend else {
                missing.push(Missing::MonthlySpend);
                return None;
            };
            let minimum = match minimum_monthly {
                Some(amount) => amount * rate?,
                None => 0.0,
            };
            Some(12.0 * minimum.max(percent / 100.0 * spend))
        }
    }
}

fn waiting(profile: &Profile, model: &CostModel, missing: &mut Vec<Missing>) -> Option<f64> {
    let week = profile.business_hours_per_week();
    let mut total = Some(0.0);
    for (place, severity) in SEVERITIES.iter().enumerate() {
        let weight = model.incidents_per_year[place] * model.impact[place];
        if weight == 0.0 {
            continue;
        }
        let path = format!("support.first_response.{severity}");
        match profile.fact(&path).and_then(Fact::duration) {
            Some(promise) => {
                let minutes = promise.minutes(week);
                total = total.map(|t| t + weight * model.outage_cost_per_hour * minutes / 60.0);
            }
            None => {
                missing.push(Missing::Promise(severity));
                total = None;
            }
        }
    }
    total
}

/// The break-even outage cost of each vendor against the one with the lowest known support
/// price (the first such, in the order given).
pub fn break_even(costs: &[Cost], model: &CostModel) -> Vec<BreakEven> {
    let cheapest = costs
        .iter()
        .enumerate()
        .filter_map(|(index, cost)| Some((index, cost.support?)))
        .min_by(|a, b| a.1.total_cmp(&b.1));
    costs
        .iter()
        .enumerate()
        .map(|(index, cost)| match cheapest {
            Some((base, _)) if base == index => BreakEven::Cheapest,
            Some((base, _)) => against(cost, &costs[base], model),
            None => BreakEven::Unknown,
        })
        .collect()
}

fn against(vendor: &Cost, cheapest: &Cost, model: &CostModel) -> BreakEven {
    let (Some(support_v), Some(support_a)) = (vendor.support, cheapest.support) else {
        return BreakEven::Unknown;
    };
    let (Some(hours_v), Some(hours_a)) = (vendor.outage_hours(model), cheapest.outage_hours(model))
    else {
        return BreakEven::Unknown;
    };
    if hours_v >= hours_a {
        BreakEven::Never
    } else {
        BreakEven::PerHour((support_v - support_a) / (hours_a - hours_v) + 0.0)
    }
}

#[cfg(test)]
mod tests;
