//! `sdkvet cost` (SPEC §10) in every format: per vendor its yearly support, waiting and
//! downtime cost, the total, the break-even outage cost against the cheapest known plan, and
//! notes naming what is missing.

use super::grid::Grid;
use crate::decide::cost::{BreakEven, Cost};
use crate::i18n::trial as words;
use crate::i18n::Lang;
use crate::model::cost::CostModel;
use crate::model::profile::Profile;
use crate::util::number::fixed;
use anyhow::Result;
use serde_json::{json, Value};

/// The CSV header of SPEC §10.
pub const KEYS: [&str; 10] = [
    "vendor_id",
    "vendor",
    "plan",
    "currency",
    "support",
    "waiting",
    "downtime",
    "total",
    "break_even_per_hour",
    "notes",
];

/// One vendor's row of the report.
pub struct CostRow<'p> {
    pub profile: &'p Profile,
    pub cost: Cost,
    pub break_even: BreakEven,
}

fn money(value: Option<f64>) -> String {
    value.map_or(String::new(), |v| fixed(v, 2))
}

fn notes(row: &CostRow, lang: Lang) -> String {
    let mut notes = words::missing_note(&row.cost.missing, lang);
    if row.break_even == BreakEven::Cheapest {
        let sep = if notes.is_empty() {
            ""
        } else if lang == Lang::En {
            "; "
        } else {
            "；"
        };
        notes = format!("{}{sep}{notes}", words::baseline(lang));
    }
    notes
}

/// The rows as a grid of text cells, as every format of `sdkvet cost` (and the HTML report)
/// shows them.
pub(crate) fn grid(rows: &[CostRow], model: &CostModel, lang: Lang) -> Grid {
    let cells = rows
        .iter()
        .map(|row| {
            let p = row.profile;
            let even = match row.break_even {
                BreakEven::PerHour(v) => fixed(v, 2),
                other => words::break_even(other, lang),
            };
            vec![
                p.id.clone(),
                p.name().to_string(),
                p.plan().to_string(),
                model.currency.clone(),
                money(row.cost.support),
                money(row.cost.waiting),
                money(row.cost.downtime),
                money(row.cost.total()),
                even,
                notes(row, lang),
            ]
        })
        .collect();
    Grid {
        keys: KEYS.to_vec(),
        labels: words::cost_labels(lang),
        rows: cells,
        numeric: vec![4, 5, 6, 7],
        lang,
    }
}

pub fn table(rows: &[CostRow], model: &CostModel, lang: Lang, width: Option<usize>) -> Vec<u8> {
    let heading = words::cost_heading(&model.currency, model.outage_cost_per_hour, lang);
    let mut out = match width {
        Some(width) => super::text::wrap(&heading, width).join("\n"),
        None => heading,
    };
    out.push_str("\n\n");
    out.push_str(&grid(rows, model, lang).table(width));
    out.into_bytes()
}

pub fn csv(rows: &[CostRow], model: &CostModel, lang: Lang) -> Result<Vec<u8>> {
    grid(rows, model, lang).csv()
}

pub fn markdown(rows: &[CostRow], model: &CostModel, lang: Lang) -> Vec<u8> {
    let heading = words::cost_heading(&model.currency, model.outage_cost_per_hour, lang);
    format!(
        "{}\n\n{}",
        super::markdown::escape(&heading),
        grid(rows, model, lang).markdown()
    )
    .into_bytes()
}

/// `{ "currency", "outage_cost_per_hour", "vendors": [ { vendor_id, vendor, plan, support,
/// waiting, downtime, total, break_even_per_hour, notes } ] }`; unknown is `null`, break-even
/// is a number, `"never"`, or `null` (the cheapest, or unknown).
pub fn json(rows: &[CostRow], model: &CostModel, lang: Lang) -> Result<Vec<u8>> {
    // Money to the cent.
    let number = |v: Option<f64>| {
        v.map_or(Value::Null, |v| {
            json!(crate::util::number::unsigned_zero(
                (v * 100.0).round() / 100.0
            ))
        })
    };
    let vendors: Vec<Value> = rows
        .iter()
        .map(|row| {
            let even = match row.break_even {
                BreakEven::PerHour(v) => number(Some(v)),
                BreakEven::Never => json!("never"),
                _ => Value::Null,
            };
            json!({
                "vendor_id": row.profile.id, "vendor": row.profile.name(),
                "plan": row.profile.plan(), "currency": model.currency,
                "support": number(row.cost.support), "waiting": number(row.cost.waiting),
                "downtime": number(row.cost.downtime), "total": number(row.cost.total()),
                "break_even_per_hour": even, "notes": notes(row, lang),
            })
        })
        .collect();
    let document = json!({
        "currency": model.currency,
        "outage_cost_per_hour": model.outage_cost_per_hour,
        "vendors": vendors,
    });
    let mut bytes = serde_json::to_vec_pretty(&document)?;
    bytes.push(b'\n');
    Ok(bytes)
}
