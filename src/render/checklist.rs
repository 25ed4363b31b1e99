//! Renderers of checklists, one function per format, each returning bytes: `text` for a
//! terminal (wrapped to `--width`), `markdown` task lists for a ticket, `csv` (SPEC §6 header)
//! and `json`.

use super::csv::neutralise;
use super::markdown::{code_span, escape as md};
use super::text::{escape_control, wrap_indented};
use crate::i18n::{self, Lang};
use crate::model::question::{Reason, VendorChecklist};
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

/// `vendor_id,vendor,order,reason,category,field,question`, one row per question.
pub fn csv(lists: &[VendorChecklist]) -> Result<Vec<u8>> {
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    writer.write_record([
        "vendor_id",
        "vendor",
        "order",
        "reason",
        "category",
        "field",
        "question",
    ])?;
    for list in lists {
        for item in &list.items {
            writer.write_record([
                neutralise(&list.id).into_owned(),
                neutralise(&list.name).into_owned(),
                item.order.to_string(),
                item.reason.as_str().to_string(),
                neutralise(&item.category).into_owned(),
                neutralise(item.field.as_deref().unwrap_or("")).into_owned(),
                neutralise(&item.question).into_owned(),
            ])?;
        }
    }
    Ok(writer.into_inner().map_err(|e| e.into_error())?)
}

/// The same rows as objects (with `why`), in a list.
pub fn json(lists: &[VendorChecklist]) -> Result<Vec<u8>> {
    let rows: Vec<serde_json::Value> = lists
        .iter()
        .flat_map(|list| {
            list.items.iter().map(move |item| {
                serde_json::json!({
                    "vendor_id": list.id,
                    "vendor": list.name,
                    "order": item.order,
                    "reason": item.reason,
                    "category": item.category,
                    "field": item.field,
                    "question": item.question,
                    "why": item.why,
                })
            })
        })
        .collect();
    let mut bytes = serde_json::to_vec_pretty(&rows)?;
    bytes.push(b'\n');
    Ok(bytes)
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
    let notes = list.knockouts.join("; ");
    match list.status {
        Status::Qualified => None,
        Status::Disqualified => Some(i18n::disqualified_under_scorecard(lang, &notes)),
        Status::Unverified => Some(i18n::unverified_under_scorecard(lang, &notes)),
    }
}
