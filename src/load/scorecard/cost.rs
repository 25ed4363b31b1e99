//! The scorecard's `[cost]` table (SPEC §10): the buyer's currency, platform bill, outage cost,
//! incidents and impact per severity, and exchange rates, each checked with its position.

use super::{check_keys, number, text};
use crate::i18n::diagnostics as loading;
use crate::i18n::{scorecard as words, Text};
use crate::load::source::{join_path, Reporter};
use crate::load::tree::expected;
use crate::load::tree::{Node, Table};
use crate::model::calendar::check_currency;
use crate::model::cost::{severity_place, CostModel, PerSeverity};
use crate::model::schema::SEVERITIES;
use crate::util::suggest::closest;

const COST_KEYS: &[&str] = &[
    "currency",
    "monthly_spend",
    "outage_cost_per_hour",
    "incidents_per_year",
    "impact",
    "rates",
];

/// Reads `[cost]`, when the scorecard has one; `None` on any error (each reported).
pub fn read_cost(r: &mut Reporter, top: &Table) -> Option<CostModel> {
    let node = top.get("cost")?;
    let Some(table) = node.get_ref().as_table() else {
        r.error(node, "cost", expected("cost", node.get_ref()));
        return None;
    };
    check_keys(r, table, "cost", COST_KEYS);
    let errors_before = r.diagnostics.errors().count();
    let mut model = CostModel::new(0.0);
    if let Some(code) = table
        .get("currency")
        .and_then(|n| currency(r, n, "cost.currency"))
    {
        model.currency = code;
    }
    model.monthly_spend = table
        .get("monthly_spend")
        .and_then(|n| amount(r, n, "cost.monthly_spend"));
    match table.get("outage_cost_per_hour") {
        Some(n) => {
            if let Some(cost) = amount(r, n, "cost.outage_cost_per_hour") {
                model.outage_cost_per_hour = cost;
            }
        }
        None => {
            let message = Text::new(words::cost_needs_outage_cost);
            r.error_at(
                super::tree::start(node),
                "cost.outage_cost_per_hour",
                message,
            );
        }
    }
    if let Some(n) = table.get("incidents_per_year") {
        per_severity(
            r,
            n,
            "cost.incidents_per_year",
            &mut model.incidents_per_year,
            None,
        );
    }
    if let Some(n) = table.get("impact") {
        per_severity(r, n, "cost.impact", &mut model.impact, Some(1.0));
    }
    if let Some(n) = table.get("rates") {
        read_rates(r, n, &mut model);
    }
    (r.diagnostics.errors().count() == errors_before).then_some(model)
}

fn currency(r: &mut Reporter, node: &Node, key: &str) -> Option<String> {
    let code = text(r, node, key)?;
    match check_currency(code) {
        Ok(()) => Some(code.to_string()),
        Err(message) => {
            r.error(node, key, message);
            None
        }
    }
}

/// A number ≥ 0 (and at most `limit` when given).
fn bounded(r: &mut Reporter, node: &Node, key: &str, limit: Option<f64>) -> Option<f64> {
    let value = number(r, node, key)?;
    if value < 0.0 {
        let value = super::fmt_num(value);
        let message = Text::new(|lang| loading::out_of_range(lang, &value, "non-negative"));
        r.error(node, key, message);
        return None;
    }
    if let Some(limit) = limit.filter(|limit| value > *limit) {
        let (value, limit) = (super::fmt_num(value), super::fmt_num(limit));
        let message = Text::new(|lang| words::share_too_large(lang, &value, &limit));
        r.error(node, key, message);
        return None;
    }
    Some(value + 0.0)
}

fn amount(r: &mut Reporter, node: &Node, key: &str) -> Option<f64> {
    bounded(r, node, key, None)
}

/// `{ critical = …, high = …, normal = …, low = … }`: severities not given keep their default.
fn per_severity(
    r: &mut Reporter,
    node: &Node,
    path: &str,
    values: &mut PerSeverity,
    limit: Option<f64>,
) {
    let Some(table) = node.get_ref().as_table() else {
        let found = crate::load::tree::describe(node.get_ref());
        let message = Text::new(|lang| words::not_a_severity_table(lang, found, SEVERITIES));
        r.error(node, path, message);
        return;
    };
    for (key, value) in table.iter() {
        let (name, key_path): (&str, String) = (key.get_ref(), join_path(path, key.get_ref()));
        match severity_place(name) {
            Some(place) => {
                if let Some(v) = bounded(r, value, &key_path, limit) {
                    values[place] = v;
                }
            }
            None => {
                let close = closest(name, SEVERITIES.iter().copied());
                let message = Text::new(|lang| loading::unknown_severity(lang, SEVERITIES, close));
                r.error_at(key.span().start, &key_path, message);
            }
        }
    }
}

/// `{ CNY = 0.14 }`: units of the scorecard's currency per unit of another currency (> 0).
fn read_rates(r: &mut Reporter, node: &Node, model: &mut CostModel) {
    let Some(table) = node.get_ref().as_table() else {
        r.error(node, "cost.rates", expected("rates", node.get_ref()));
        return;
    };
    for (key, value) in table.iter() {
        let (code, key_path): (&str, String) =
            (key.get_ref(), join_path("cost.rates", key.get_ref()));
        if let Err(message) = check_currency(code) {
            r.error_at(key.span().start, &key_path, message);
            continue;
        }
        match bounded(r, value, &key_path, None) {
            Some(rate) if rate > 0.0 => {
                model.rates.insert(code.to_string(), rate);
            }
            Some(_) => r.error(value, &key_path, Text::new(words::rate_not_positive)),
            None => {}
        }
    }
}
