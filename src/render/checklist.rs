//! Renderers of checklists, one function per format, each returning bytes: `text` for a
//! terminal (wrapped to `--width`), `markdown` task lists for a ticket, `csv` (SPEC §6 header)
//! and `json`.

use super::csv::neutralise;
use super::markdown::{code_span, escape as md};
use super::text::{escape_control, wrap_indented};
use crate::i18n::{self, Lang};
use crate::model::question::{ChecklistItem, Reason, VendorChecklist};
use crate::model::verdict::Status;
use anyhow::Result;
use std::fmt::Write;

/// Grouped by vendor and reason, with why each question is asked; wrapped to `width` display
/// columns when one is given.
pub fn text(lists: &[VendorChecklist], lang: Lang, width: Option<usize>) -> Vec<u8> {
    let mut out = TextOut {
        text: String::new(),
        width,
    };
    for list in lists {
        out.line(&escape_control(&vendor_title(list, lang)), "", "  ");
        if let Some(line) = standing(list, lang) {
            out.line(&escape_control(&line), "  ", "  ");
        }
        out.text.push('\n');
        let mut last = None;
        for item in &list.items {
            if last != Some(item.reason) {
                out.line(item.reason.heading(lang), "  ", "  ");
                last = Some(item.reason);
            }
            let number = format!("  {:>3}. ", item.order);
            out.line(&escape_control(&item.question), &number, UNDER_QUESTION);
            let why = why_line(&item.category, item.field.as_deref(), &item.why);
            out.line(&why, UNDER_QUESTION, UNDER_QUESTION);
        }
        out.text.push('\n');
    }
    out.text.into_bytes()
}

/// Where the lines under a question's number start.
const UNDER_QUESTION: &str = "       ";

/// `[category] field · why`, escaped, for the line under a question.
fn why_line(category: &str, field: Option<&str>, why: &str) -> String {
    let field = field.map(|f| format!("{f} · ")).unwrap_or_default();
    escape_control(&format!("[{category}] {field}{why}"))
}

/// Terminal text being written, each line wrapped to the width when there is one.
struct TextOut {
    text: String,
    width: Option<usize>,
}

impl TextOut {
    /// Writes `line` (already escaped) after `first`, its continuation lines after `rest`.
    fn line(&mut self, line: &str, first: &str, rest: &str) {
        match self.width {
            Some(width) => {
                for wrapped in wrap_indented(line, width, first, rest) {
                    let _ = writeln!(self.text, "{wrapped}");
                }
            }
            None => {
                let _ = writeln!(self.text, "{first}{line}");
            }
        }
    }
}

/// A heading per vendor and a `- [ ]` task line per question; text from files is literal
/// (SPEC §5), escaped as in the evaluation's Markdown.
pub fn markdown(lists: &[VendorChecklist], lang: Lang) -> Vec<u8> {
    let mut out = String::new();
    for list in lists {
        let _ = writeln!(out, "## {}\n", md(&vendor_title(list, lang)));
        if let Some(line) = standing(list, lang) {
            let _ = writeln!(out, "> {}\n", md(&line));
        }
        let mut last = None;
        for item in &list.items {
            if last != Some(item.reason) {
                if last.is_some() {
                    out.push('\n');
                }
                let _ = writeln!(out, "### {}\n", item.reason.heading(lang));
                last = Some(item.reason);
            }
            let field = item
                .field
                .as_deref()
                .map(|f| format!("{}; ", code_span(f)))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "- [ ] {} _({}{})_",
                md(&item.question),
                field,
                md(&item.why)
            );
        }
        out.push('\n');
    }
    out.into_bytes()
}

/// The columns of the checklist's CSV and JSON rows (SPEC §6).
const COLUMNS: [&str; 15] = [
    "vendor_id",
    "vendor",
    "plan",
    "order",
    "reason",
    "category",
    "question_id",
    "field",
    "type",
    "allowed",
    "current",
    "weight",
    "question",
    "answer",
    "source",
];

/// One row's cells in [`COLUMNS`] order: text, except `order` (a count) and `weight` (one
/// decimal; absent for due diligence). `answer` and `source` are for the vendor to fill.
fn cells(list: &VendorChecklist, item: &ChecklistItem, lang: Lang) -> [Cell; 15] {
    let text = |s: &str| Cell::Text(s.to_string());
    let asks = &item.asks;
    [
        text(&list.id),
        text(&list.name),
        text(&list.plan),
        Cell::Count(item.order),
        text(item.reason.as_str()),
        text(&item.category),
        text(&asks.id),
        item.field.as_deref().map_or(Cell::Empty, text),
        text(asks.answer.as_str()),
        text(&asks.allowed(lang)),
        item.current.as_deref().map_or(Cell::Empty, text),
        item.weight.map_or(Cell::Empty, Cell::Decimal),
        text(&item.question),
        Cell::Empty,
        Cell::Empty,
    ]
}

enum Cell {
    Text(String),
    Count(usize),
    Decimal(f64),
    Empty,
}

/// One row per question, vendor by vendor, with the SPEC §6 header; text cells that a
/// spreadsheet would run as a formula are neutralised; `bom` starts with a byte-order mark.
pub fn csv(lists: &[VendorChecklist], lang: Lang, bom: bool) -> Result<Vec<u8>> {
    let start = if bom {
        "\u{feff}".as_bytes().to_vec()
    } else {
        Vec::new()
    };
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::Any(b'\n'))
        .from_writer(start);
    writer.write_record(COLUMNS)?;
    for list in lists {
        for item in &list.items {
            writer.write_record(cells(list, item, lang).iter().map(|cell| match cell {
                Cell::Text(text) => neutralise(text).into_owned(),
                Cell::Count(n) => n.to_string(),
                Cell::Decimal(n) => super::one_decimal(*n),
                Cell::Empty => String::new(),
            }))?;
        }
    }
    Ok(writer.into_inner().map_err(|e| e.into_error())?)
}

/// The same rows as objects with the same keys (and `why`), in a list.
pub fn json(lists: &[VendorChecklist], lang: Lang) -> Result<Vec<u8>> {
    let rows: Vec<serde_json::Map<String, serde_json::Value>> = lists
        .iter()
        .flat_map(|list| {
            list.items
                .iter()
                .map(move |item| json_row(list, item, lang))
        })
        .collect();
    let mut bytes = serde_json::to_vec_pretty(&rows)?;
    bytes.push(b'\n');
    Ok(bytes)
}

fn json_row(
    list: &VendorChecklist,
    item: &ChecklistItem,
    lang: Lang,
) -> serde_json::Map<String, serde_json::Value> {
    use serde_json::Value;
    let mut row: serde_json::Map<String, Value> = COLUMNS
        .iter()
        .zip(cells(list, item, lang))
        .map(|(key, cell)| {
            let value = match cell {
                Cell::Text(text) => Value::from(text),
                Cell::Count(n) => Value::from(n),
                Cell::Decimal(n) => Value::from((n * 10.0).round() / 10.0),
                Cell::Empty => Value::Null,
            };
            (key.to_string(), value)
        })
        .collect();
    row.insert("why".into(), Value::from(item.why.as_str()));
    row
}

fn vendor_title(list: &VendorChecklist, lang: Lang) -> String {
    let count = list.items.len();
    let open = list
        .items
        .iter()
        .filter(|i| i.reason != Reason::Diligence)
        .count();
    let plan = if list.plan.is_empty() {
        String::new()
    } else {
        format!(" · {}", list.plan)
    };
    i18n::checklist_title(lang, &list.name, &plan, &list.id, count, open)
}

/// "Disqualified under this scorecard: …" (or unverified), for a vendor that is not qualified.
fn standing(list: &VendorChecklist, lang: Lang) -> Option<String> {
    let notes = list.knockouts.join(match lang {
        Lang::En => "; ",
        Lang::Zh => "；",
    });
    match list.status {
        Status::Qualified => None,
        Status::Disqualified => Some(i18n::disqualified_under_scorecard(lang, &notes)),
        Status::Unverified => Some(i18n::unverified_under_scorecard(lang, &notes)),
    }
}
