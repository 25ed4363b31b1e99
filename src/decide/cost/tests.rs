//! Cost arithmetic of SPEC §10: every billing, conversion, defaults, unknown parts, break-even.

use super::*;
use crate::load::profile::load_profile;
use crate::load::source::SourceFile;
use std::path::Path;

fn profile(text: &str) -> Profile {
    let source = SourceFile::from_text(Path::new("vendors/v.toml"), text.to_string());
    let (profile, diagnostics) = load_profile(&source);
    assert!(
        !diagnostics.has_errors(),
        "{:?}",
        diagnostics
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
    );
    profile.unwrap()
}

const FACTS: &str =
    "[support.first_response]\ncritical = 30\nhigh = \"2 hours\"\n[sla]\navailability = 99.9\n";

fn vendor(price: &str) -> Profile {
    profile(&format!("name = \"V\"\n{FACTS}[price]\n{price}\n"))
}

fn model() -> CostModel {
    CostModel::new(6000.0)
}

fn close(a: f64, b: f64) {
    assert!((a - b).abs() < 1e-6, "{a} != {b}");
}

#[test]
fn annual_monthly_and_percent_of_spend_with_a_minimum() {
    close(
        cost_of(&vendor("annual = 12000"), &model())
            .support
            .unwrap(),
        12000.0,
    );
    close(
        cost_of(&vendor("monthly = 1500"), &model())
            .support
            .unwrap(),
        18000.0,
    );
    let percent = vendor("percent_of_spend = 6\nminimum_monthly = 1500");
    let mut m = model();
    m.monthly_spend = Some(20000.0);
    close(cost_of(&percent, &m).support.unwrap(), 12.0 * 1500.0);
    m.monthly_spend = Some(50000.0);
    close(cost_of(&percent, &m).support.unwrap(), 12.0 * 3000.0);
}

#[test]
fn currencies_are_converted_with_the_rates() {
    let mut m = model();
    m.rates.insert("CNY".into(), 0.14);
    let cny = vendor("currency = \"CNY\"\nannual = 100000");
    close(cost_of(&cny, &m).support.unwrap(), 14000.0);
    let percent = vendor("currency = \"CNY\"\npercent_of_spend = 10\nminimum_monthly = 20000");
    m.monthly_spend = Some(10000.0);
    // The minimum is in CNY (2800 USD), the spend in USD (10% = 1000): the minimum wins.
    close(cost_of(&percent, &m).support.unwrap(), 12.0 * 2800.0);
    // Without a minimum, a percent of the spend (in USD) needs no rate for the plan's CNY.
    let mut no_rate = m.clone();
    no_rate.rates.clear();
    let percent_only = vendor("currency = \"CNY\"\npercent_of_spend = 10");
    let cost = cost_of(&percent_only, &no_rate);
    close(cost.support.unwrap(), 12.0 * 1000.0);
    assert!(!cost.missing.contains(&Missing::Rate("CNY".into())));
    assert_eq!(cost_of(&percent, &no_rate).support, None);
    let eur = vendor("currency = \"EUR\"\nannual = 1");
    let cost = cost_of(&eur, &m);
    assert_eq!(cost.support, None);
    assert_eq!(cost.missing, [Missing::Rate("EUR".into())]);
}

#[test]
fn waiting_and_downtime_with_the_default_incidents_and_impact() {
    let cost = cost_of(&vendor("annual = 12000"), &model());
    // critical: 2 × 1.0 × 6000 × 30/60 = 6000; high: 6 × 0.25 × 6000 × 120/60 = 18000.
    close(cost.waiting.unwrap(), 24000.0);
    // 0.1% of 8760 h × 6000 = 52560.
    close(cost.downtime.unwrap(), 52560.0);
    close(cost.total().unwrap(), 12000.0 + 24000.0 + 52560.0);
}

#[test]
fn unknown_parts_leave_the_total_unknown_and_name_what_is_missing() {
    let bare = profile("name = \"V\"\n[support.first_response]\ncritical = 30\n");
    let mut m = model();
    let cost = cost_of(&bare, &m);
    assert_eq!(
        (cost.support, cost.waiting, cost.downtime, cost.total()),
        (None, None, None, None)
    );
    assert_eq!(
        cost.missing,
        [
            Missing::Price,
            Missing::Promise("high"),
            Missing::Availability
        ]
    );
    // Severities whose incidents × impact is 0 need no promise.
    m.incidents_per_year[1] = 0.0;
    let cost = cost_of(&bare, &m);
    close(cost.waiting.unwrap(), 6000.0);
    let percent = vendor("percent_of_spend = 5");
    let cost = cost_of(&percent, &model());
    assert_eq!(cost.missing, [Missing::MonthlySpend]);
    assert!(cost.waiting.is_some() && cost.downtime.is_some() && cost.total().is_none());
}

#[test]
fn break_even_against_the_cheapest_known_support_price() {
    let m = model();
    let cheap = profile("name = \"A\"\n[support.first_response]\ncritical = \"4 hours\"\nhigh = \"1 day\"\n[sla]\navailability = 99\n[price]\nannual = 1000\n");
    let dear = profile(&format!("name = \"B\"\n{FACTS}[price]\nannual = 50000\n"));
    let worse = profile("name = \"C\"\n[support.first_response]\ncritical = \"8 hours\"\nhigh = \"2 days\"\n[sla]\navailability = 98\n[price]\nannual = 2000\n");
    let unknown = profile("name = \"D\"\n");
    let costs: Vec<Cost> = [&cheap, &dear, &worse, &unknown]
        .iter()
        .map(|p| cost_of(p, &m))
        .collect();
    let even = break_even(&costs, &m);
    assert_eq!(even[0], BreakEven::Cheapest);
    let hours_a = (costs[0].waiting.unwrap() + costs[0].downtime.unwrap()) / 6000.0;
    let hours_b = (costs[1].waiting.unwrap() + costs[1].downtime.unwrap()) / 6000.0;
    let BreakEven::PerHour(per_hour) = even[1] else {
        panic!("{:?}", even[1])
    };
    close(per_hour, 49000.0 / (hours_a - hours_b));
    assert_eq!(even[2], BreakEven::Never);
    assert_eq!(even[3], BreakEven::Unknown);
}
