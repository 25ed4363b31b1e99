//! `--format table` (default): the ranked comparison for a terminal, with a legend for the
//! abbreviated criterion headers, the knock-out notes and, with `--explain`, the reasoning
//! behind every number. Profile text is printed with control characters escaped.

use super::{
    abbreviations, escape_control, explain_fact, explain_score, one_decimal, rank_text,
    summary_line,
};
use crate::decide::Evaluation;
use crate::decide::VendorResult;
use crate::model::verdict::Status;
use crate::util::number::format_number;
use comfy_table::{
    Cell, CellAlignment, Color, ColumnConstraint, ContentArrangement, LineStyle, Table, TableStyle,
};
use std::fmt::Write;

/// How to draw the table.
#[derive(Debug, Clone, Copy, Default)]
pub struct TableOptions {
    /// Wrap to this many columns; `None` draws at natural width.
    pub width: Option<u16>,
    /// Colour the status column.
    pub colour: bool,
    /// Add the per-vendor explanation under the table.
    pub explain: bool,
}

/// Renders the evaluation for a terminal.
pub fn render(evaluation: &Evaluation, options: &TableOptions) -> Vec<u8> {
    let mut out = String::new();
    let summary: Vec<String> = summary_line(evaluation)
        .split(" · ")
        .map(escape_control)
        .collect();
    let width = usize::from(options.width.unwrap_or(u16::MAX));
    let _ = writeln!(out, "{}\n", wrap_entries(&summary, width).join("\n"));
    let _ = writeln!(out, "{}", ranking(evaluation, options));
    let _ = writeln!(out, "\n{}", legend(evaluation, options.width));
    notes(&mut out, evaluation);
    if options.explain {
        for vendor in &evaluation.vendors {
            let _ = write!(out, "\n{}", explanation(vendor, options));
        }
    }
    without_trailing_spaces(&out).into_bytes()
}

/// comfy-table pads every cell; trailing blanks only get in the way of copy and diff.
fn without_trailing_spaces(text: &str) -> String {
    text.lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

fn new_table(options: &TableOptions) -> Table {
    let mut table = Table::new();
    table.load_style(TableStyle::new().header_separator(LineStyle::none().fill('─').junction(' ')));
    if options.colour {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    if let Some(width) = options.width {
        table
            .set_width(width)
            .set_content_arrangement(ContentArrangement::Dynamic);
    }
    table
}

fn ranking(evaluation: &Evaluation, options: &TableOptions) -> String {
    let ids: Vec<&str> = evaluation
        .scorecard
        .criteria
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    let mut table = new_table(options);
    let mut header = vec!["#".to_string(), "Vendor · plan".into(), "Total".into()];
    header.extend(abbreviations(&ids));
    header.extend(["Unk".into(), "Conf".into(), "Status".into()]);
    table.set_header(header);
    for vendor in &evaluation.vendors {
        table.add_row(vendor_row(vendor, options.colour));
    }
    right_align(&mut table, 2..3 + ids.len() + 2);
    right_align(&mut table, 0..1);
    tighten(&mut table, &[1]);
    table.to_string()
}

fn vendor_row(vendor: &VendorResult, colour: bool) -> Vec<Cell> {
    let mut cells = vec![
        Cell::new(rank_text(vendor)),
        Cell::new(vendor_and_plan(vendor)),
        Cell::new(one_decimal(vendor.score)),
    ];
    cells.extend(vendor.criteria.iter().map(|c| {
        Cell::new(
            c.score
                .map_or_else(|| "?".to_string(), |s| format!("{s:.0}")),
        )
    }));
    cells.push(Cell::new(vendor.unknowns));
    cells.push(Cell::new(format!("{:.0}%", vendor.confidence)));
    cells.push(status_cell(vendor.status, colour));
    cells
}

/// "Twilio · Business", or the name alone when the plan is not given.
fn vendor_and_plan(vendor: &VendorResult) -> String {
    if vendor.plan.is_empty() {
        escape_control(vendor.name)
    } else {
        escape_control(&format!("{} · {}", vendor.name, vendor.plan))
    }
}

fn status_cell(status: Status, colour: bool) -> Cell {
    let cell = Cell::new(status.as_str());
    if !colour {
        return cell;
    }
    cell.fg(match status {
        Status::Qualified => Color::Green,
        Status::Unverified => Color::Yellow,
        Status::Disqualified => Color::Red,
    })
}

/// One space between columns (the style's junction), two after a wrapping column; only the
/// `wrapping` columns may wrap, so numbers never break.
fn tighten(table: &mut Table, wrapping: &[usize]) {
    for (index, column) in table.column_iter_mut().enumerate() {
        column.set_padding((0, u16::from(wrapping.contains(&index))));
        if !wrapping.contains(&index) {
            column.set_constraint(ColumnConstraint::ContentWidth);
        }
    }
}

fn right_align(table: &mut Table, columns: std::ops::Range<usize>) {
    for index in columns {
        if let Some(column) = table.column_mut(index) {
            column.set_cell_alignment(CellAlignment::Right);
        }
    }
}

/// What each abbreviated header stands for, with its weight and knock-outs, wrapped to width.
fn legend(evaluation: &Evaluation, width: Option<u16>) -> String {
    let criteria = &evaluation.scorecard.criteria;
    let ids: Vec<&str> = criteria.iter().map(|c| c.id.as_str()).collect();
    let entries: Vec<String> = abbreviations(&ids)
        .iter()
        .zip(criteria.iter().zip(&evaluation.weights))
        .map(|(short, (c, &weight))| {
            let knockout = crate::i18n::findings::knockout_terms(c);
            let knockout = if knockout.is_empty() {
                String::new()
            } else {
                format!("; {knockout}")
            };
            escape_control(&format!(
                "{short} = {} (weight {}{knockout})",
                c.id,
                format_number(weight)
            ))
        })
        .collect();
    let mut lines = wrap_entries(&entries, usize::from(width.unwrap_or(80)));
    lines.push("Scores are 0–100; ? = unknown fact; Unk = unknown facts;".into());
    lines.push("Conf = share of the weight resting on known facts.".into());
    lines.join("\n")
}

fn wrap_entries(entries: &[String], width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for entry in entries {
        let separator = if line.is_empty() { "" } else { " · " };
        if !line.is_empty()
            && line.chars().count() + separator.len() + entry.chars().count() > width
        {
            lines.push(std::mem::take(&mut line));
            line.push_str(entry);
        } else {
            line.push_str(separator);
            line.push_str(entry);
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

fn notes(out: &mut String, evaluation: &Evaluation) {
    let mut notes = super::notes(evaluation, crate::i18n::Lang::En)
        .into_iter()
        .peekable();
    if notes.peek().is_some() {
        let _ = writeln!(out, "\nNotes:");
    }
    for (vendor, note) in notes {
        let _ = writeln!(
            out,
            "  {}: {}",
            escape_control(vendor.id),
            escape_control(&note)
        );
    }
}

fn explanation(vendor: &VendorResult, options: &TableOptions) -> String {
    let mut out = format!(
        "{} — {} ({}): total {}, rank {}, {}, confidence {:.0}%\n",
        escape_control(vendor.name),
        escape_control(vendor.plan),
        escape_control(vendor.id),
        one_decimal(vendor.score),
        rank_text(vendor),
        vendor.status.as_str(),
        vendor.confidence
    );
    let mut table = new_table(options);
    table.set_header([
        "Criterion",
        "Fact as written",
        "Means",
        "Score",
        "Weight",
        "Adds",
    ]);
    for c in &vendor.criteria {
        let (fact, meaning) = explain_fact(c);
        table.add_row([
            escape_control(c.id),
            escape_control(&fact),
            escape_control(&meaning),
            explain_score(c),
            format_number(c.weight),
            one_decimal(c.contribution),
        ]);
    }
    right_align(&mut table, 3..6);
    tighten(&mut table, &[1, 2]);
    let _ = writeln!(out, "{table}");
    out
}
