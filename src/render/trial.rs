//! `sdkvet trial` (SPEC §9) in every format: one row per ticket — vendor, number, severity,
//! opened, promise, deadline, first response, observed minutes, verdict — then, in the table
//! and Markdown, each vendor's summary; JSON holds the rows and the summaries.

use super::grid::Grid;
use crate::decide::trial::VendorTrial;
use crate::i18n::trial as words;
use crate::i18n::Lang;
use crate::model::schema::SEVERITIES;
use crate::model::trial::TicketResult;
use crate::util::escape::escape_control;
use crate::util::number::format_number;
use anyhow::Result;
use serde_json::{json, Value};

/// The CSV header of SPEC §9.
pub const KEYS: [&str; 11] = [
    "vendor_id",
    "vendor",
    "plan",
    "ticket",
    "severity",
    "opened",
    "promise",
    "deadline",
    "first_response",
    "observed_minutes",
    "verdict",
];

/// Minutes to a tenth, for cells.
fn tenth(minutes: f64) -> String {
    format_number((minutes * 10.0).round() / 10.0)
}

/// The tickets as a grid of text cells: in words for people (`human`), else as the CSV writes
/// them; shared by every format of `sdkvet trial` and the HTML report.
pub(crate) fn grid(vendors: &[VendorTrial], lang: Lang, human: bool) -> Grid {
    let mut rows = Vec::new();
    for vendor in vendors {
        let p = vendor.profile;
        for r in &vendor.results {
            let promise = match human {
                true => words::promise(r, lang),
                false => r.promise.map_or(String::new(), |(d, _)| d.text.clone()),
            };
            let verdict = match human {
                true => words::verdict(r.verdict, lang).to_string(),
                false => r.verdict.as_str().to_string(),
            };
            let observed = r.observed.map_or(String::new(), tenth);
            rows.push(vec![
                p.id.clone(),
                p.name().to_string(),
                p.plan().to_string(),
                r.ticket.number.to_string(),
                r.ticket.severity.clone(),
                r.ticket.opened.to_string(),
                promise,
                words::deadline(r.deadline, Lang::En),
                r.ticket
                    .first_response
                    .map_or(String::new(), |t| t.to_string()),
                observed,
                verdict,
            ]);
        }
    }
    Grid {
        keys: KEYS.to_vec(),
        labels: words::trial_labels(lang),
        rows,
        numeric: vec![3, 9],
        lang,
    }
}

/// Each vendor's summary line: tickets, kept, broken, open, median first response.
pub(crate) fn summaries(vendors: &[VendorTrial], lang: Lang) -> Vec<String> {
    vendors
        .iter()
        .map(|v| words::trial_summary(&v.profile.id, &v.summary, lang))
        .collect()
}

/// The terminal table, then the per-vendor summary.
pub fn table(vendors: &[VendorTrial], lang: Lang, width: Option<usize>) -> Vec<u8> {
    let mut out = grid(vendors, lang, true).table(width);
    out.push('\n');
    out.push_str(words::summary_heading(lang));
    out.push('\n');
    for line in summaries(vendors, lang) {
        let line = escape_control(&line);
        let lines = match width {
            Some(width) => super::text::wrap_indented(&line, width, "  ", "    "),
            None => vec![format!("  {line}")],
        };
        for piece in lines {
            out.push_str(&piece);
            out.push('\n');
        }
    }
    out.into_bytes()
}

pub fn csv(vendors: &[VendorTrial], lang: Lang) -> Result<Vec<u8>> {
    grid(vendors, lang, false).csv()
}

pub fn markdown(vendors: &[VendorTrial], lang: Lang) -> Vec<u8> {
    let mut out = grid(vendors, lang, true).markdown();
    out.push('\n');
    for line in summaries(vendors, lang) {
        out.push_str(&format!("- {}\n", super::markdown::escape(&line)));
    }
    out.into_bytes()
}

/// One ticket with its promise, deadline (UTC), observed first response and verdict, as the
/// JSON of `sdkvet trial` and of `evaluate` show it.
pub(super) fn ticket_json(r: &TicketResult) -> Value {
    let number = |v: f64| {
        json!(crate::util::number::unsigned_zero(
            (v * 10.0).round() / 10.0
        ))
    };
    json!({
        "ticket": r.ticket.number, "severity": r.ticket.severity,
        "opened": r.ticket.opened.to_string(),
        "promise": r.promise.map(|(d, _)| d.text.clone()),
        "promise_minutes": r.promise.map(|(_, m)| number(m)),
        "deadline": r.deadline.map(|d| words::deadline(Some(d), Lang::En)),
        "first_response": r.ticket.first_response.map(|t| t.to_string()),
        "observed_minutes": r.observed.map(number),
        "verdict": r.verdict.as_str(),
    })
}

/// `{ "as_of", "tickets": [...], "vendors": [ { id, tickets, kept, broken, open, no_promise,
/// median_first_response_minutes: { severity: minutes|null } } ] }`.
pub fn json(vendors: &[VendorTrial], as_of: jiff::civil::Date) -> Result<Vec<u8>> {
    let number = |v: f64| {
        json!(crate::util::number::unsigned_zero(
            (v * 10.0).round() / 10.0
        ))
    };
    let tickets: Vec<Value> = vendors
        .iter()
        .flat_map(|v| v.results.iter().map(move |r| (v.profile, r)))
        .map(|(p, r)| {
            let mut object = json!({ "vendor_id": p.id, "vendor": p.name(), "plan": p.plan() });
            if let (Value::Object(fields), Value::Object(ticket)) = (&mut object, ticket_json(r)) {
                fields.extend(ticket);
            }
            object
        })
        .collect();
    let summaries: Vec<Value> = vendors
        .iter()
        .map(|v| {
            let s = &v.summary;
            let medians: serde_json::Map<String, Value> = SEVERITIES
                .iter()
                .zip(s.median)
                .map(|(severity, m)| (severity.to_string(), m.map_or(Value::Null, number)))
                .collect();
            json!({
                "id": v.profile.id, "tickets": s.tickets, "kept": s.kept, "broken": s.broken,
                "open": s.open, "no_promise": s.no_promise,
                "median_first_response_minutes": medians,
            })
        })
        .collect();
    let document = json!({ "as_of": as_of.to_string(), "tickets": tickets, "vendors": summaries });
    let mut bytes = serde_json::to_vec_pretty(&document)?;
    bytes.push(b'\n');
    Ok(bytes)
}
