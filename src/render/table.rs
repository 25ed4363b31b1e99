//! `--format table` (default): the ranked comparison for a terminal, with a legend for the
//! abbreviated criterion headers, the knock-out notes and, with `--explain`, the reasoning
//! behind every number. Profile text is printed with control characters escaped. With a width,
//! every line fits it (SPEC §2); a table that cannot is printed stacked, `label: value` lines.

use super::text::{display_width, escape_control, join_wrapped, widest_word, wrap, wrap_indented};
use super::{
    abbreviations, explain_evidence, explain_fact, explain_score, one_decimal, rank_text,
    summary_line,
};
use crate::decide::{CriterionResult, Evaluation, VendorResult};
use crate::i18n::evidence;
use crate::i18n::{labelled, report, Lang, Msg};
use crate::model::scorecard::Scorecard;
use crate::model::verdict::Status;
use crate::util::number::{fixed, format_number};
use comfy_table::{
    Cell, CellAlignment, Color, ColumnConstraint, ContentArrangement, LineStyle, Table, TableStyle,
};
use std::fmt::Write;

/// How to draw the table.
#[derive(Debug, Clone, Copy)]
pub struct TableOptions {
    /// Wrap to this many display columns; `None` draws at natural width.
    pub width: Option<u16>,
    /// Colour the status column.
    pub colour: bool,
    /// Add the per-vendor explanation under the table.
    pub explain: bool,
    /// The language of the column headers and of the stacked form's labels.
    pub lang: Lang,
}

impl Default for TableOptions {
    fn default() -> Self {
        TableOptions {
            width: None,
            colour: false,
            explain: false,
            lang: Lang::En,
        }
    }
}

/// The narrowest a wrapping column may get before the table is printed stacked (SPEC §2).
const MIN_WRAPPING_COLUMN: usize = 12;

/// The vendor column of the ranking, the only one that wraps.
const VENDOR_COLUMN: usize = 1;

/// The fact and meaning columns of an explanation, the ones that wrap.
const EXPLAIN_WRAPPING: [usize; 2] = [1, 2];

/// Renders the evaluation for a terminal.
pub fn render(evaluation: &Evaluation, options: &TableOptions) -> Vec<u8> {
    let mut out = String::new();
    let _ = writeln!(out, "{}\n", summary(evaluation, options));
    let (ranking, stacked) = ranking(evaluation, options);
    let _ = writeln!(out, "{ranking}");
    let _ = writeln!(out, "\n{}", legend(evaluation, options, stacked));
    notes(&mut out, evaluation, options);
    if options.explain {
        for vendor in &evaluation.vendors {
            let _ = write!(
                out,
                "\n{}",
                explanation(vendor, evaluation.scorecard, options)
            );
        }
    }
    without_trailing_spaces(&out).into_bytes()
}

/// The scorecard, date, audience and policy, joined by ` · ` as far as the width allows.
fn summary(evaluation: &Evaluation, options: &TableOptions) -> String {
    let width = options.width;
    let entries: Vec<String> = summary_line(evaluation, options.lang)
        .split(" · ")
        .map(escape_control)
        .collect();
    match width {
        Some(width) => join_wrapped(&entries, " · ", usize::from(width)).join("\n"),
        None => entries.join(" · "),
    }
}

/// comfy-table pads every cell; trailing blanks only get in the way of copy and diff.
fn without_trailing_spaces(text: &str) -> String {
    text.lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

/// `text` wrapped to the width, or as it is when there is none.
fn wrapped(text: &str, width: Option<u16>, first: &str, rest: &str) -> Vec<String> {
    match width {
        Some(width) => wrap_indented(text, usize::from(width), first, rest),
        None => vec![format!("{first}{text}")],
    }
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

/// The ranking as a table, or stacked (`true`) when the table cannot fit the width. Vendor
/// names are wrapped here rather than by comfy-table, so they break only where [`wrap`] allows.
fn ranking(evaluation: &Evaluation, options: &TableOptions) -> (String, bool) {
    let table = ranking_table(evaluation, options, None);
    let Some(width) = options.width.map(usize::from) else {
        return (table.to_string(), false);
    };
    if !fits(&table, &[VENDOR_COLUMN], width) {
        return (stacked_ranking(evaluation, options.lang, width), true);
    }
    let room = width - fixed_width(&table, &[VENDOR_COLUMN]);
    if natural_width(&table, VENDOR_COLUMN) <= room {
        return (table.to_string(), false);
    }
    (
        ranking_table(evaluation, options, Some(room)).to_string(),
        false,
    )
}

fn criterion_ids<'e>(evaluation: &Evaluation<'e>) -> Vec<&'e str> {
    let criteria = &evaluation.scorecard.criteria;
    criteria.iter().map(|c| c.id.as_str()).collect()
}

/// The ranking table, its vendor cells wrapped to `vendor_width` columns when given.
fn ranking_table(
    evaluation: &Evaluation,
    options: &TableOptions,
    vendor_width: Option<usize>,
) -> Table {
    let ids = criterion_ids(evaluation);
    let lang = options.lang;
    let mut table = new_table(options);
    let mut header = vec![
        "#".to_string(),
        Msg::LabelVendorPlan.text(lang).into(),
        Msg::LabelTotal.text(lang).into(),
    ];
    header.extend(abbreviations(&ids));
    header.extend([
        Msg::LabelUnknownsShort.text(lang).into(),
        Msg::LabelConfidenceShort.text(lang).into(),
        Msg::LabelStatus.text(lang).into(),
    ]);
    table.set_header(header);
    for vendor in &evaluation.vendors {
        table.add_row(vendor_row(vendor, options, vendor_width));
    }
    right_align(&mut table, 2..3 + ids.len() + 2);
    right_align(&mut table, 0..1);
    tighten(&mut table, &[VENDOR_COLUMN]);
    table
}

fn vendor_row(vendor: &VendorResult, options: &TableOptions, width: Option<usize>) -> Vec<Cell> {
    let name = vendor_and_plan(vendor);
    let name = match width {
        Some(width) => wrap(&name, width).join("\n"),
        None => name,
    };
    let mut cells = vec![
        Cell::new(rank_text(vendor)),
        Cell::new(name),
        Cell::new(one_decimal(vendor.score)),
    ];
    cells.extend(
        vendor
            .criteria
            .iter()
            .map(|c| Cell::new(criterion_score(c))),
    );
    cells.push(Cell::new(vendor.unknowns));
    cells.push(Cell::new(confidence(vendor)));
    cells.push(status_cell(vendor.status, options));
    cells
}

/// A criterion's score without decimals, `?` when its fact is unknown.
fn criterion_score(criterion: &CriterionResult) -> String {
    criterion
        .score
        .map_or_else(|| "?".to_string(), |s| fixed(s, 0))
}

fn confidence(vendor: &VendorResult) -> String {
    format!("{}%", fixed(vendor.confidence, 0))
}

/// "Twilio · Business", or the name alone when the plan is not given.
fn vendor_and_plan(vendor: &VendorResult) -> String {
    if vendor.plan.is_empty() {
        escape_control(vendor.name)
    } else {
        escape_control(&format!("{} · {}", vendor.name, vendor.plan))
    }
}

fn status_cell(status: Status, options: &TableOptions) -> Cell {
    let cell = Cell::new(report::status(status, options.lang));
    if !options.colour {
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

/// Whether a [`tighten`]ed table fits `width` display columns with every wrapping column at least
/// [`MIN_WRAPPING_COLUMN`] wide and wide enough for its widest word, so no word is cut.
fn fits(table: &Table, wrapping: &[usize], width: usize) -> bool {
    let narrowest: usize = wrapping
        .iter()
        .map(|&index| narrowest_wrapping(table, index).min(natural_width(table, index)))
        .sum();
    fixed_width(table, wrapping) + narrowest <= width
}

/// The columns a [`tighten`]ed table takes besides the content of its wrapping columns: the
/// other columns, one separator between columns, one padding after each wrapping column.
fn fixed_width(table: &Table, wrapping: &[usize]) -> usize {
    let natural = table.column_max_content_widths();
    let others: usize = natural
        .iter()
        .enumerate()
        .filter(|(index, _)| !wrapping.contains(index))
        .map(|(_, &width)| usize::from(width))
        .sum();
    others + natural.len().saturating_sub(1) + wrapping.len()
}

/// The widest line of a column, header included.
fn natural_width(table: &Table, index: usize) -> usize {
    let natural = table.column_max_content_widths();
    natural.get(index).map_or(0, |&width| usize::from(width))
}

/// The narrowest a wrapping column may be drawn: 12 columns, or its widest word.
fn narrowest_wrapping(table: &Table, index: usize) -> usize {
    table
        .column_cells_with_header_iter(index)
        .flatten()
        .map(|cell| widest_word(&cell.content()))
        .fold(MIN_WRAPPING_COLUMN, usize::max)
}

/// One block per vendor, one `label: value` line per column of the table.
fn stacked_ranking(evaluation: &Evaluation, lang: Lang, width: usize) -> String {
    let ids = criterion_ids(evaluation);
    let blocks: Vec<String> = evaluation
        .vendors
        .iter()
        .map(|vendor| stacked_block(&ranking_fields(vendor, &ids, lang), lang, width))
        .collect();
    blocks.join("\n").trim_end().to_string()
}

/// The ranking's columns for one vendor, each with its label; criteria named by their ids.
fn ranking_fields(vendor: &VendorResult, ids: &[&str], lang: Lang) -> Vec<(String, String)> {
    let mut fields = vec![
        (Msg::LabelRank.text(lang).to_string(), rank_text(vendor)),
        (
            Msg::LabelVendorPlan.text(lang).to_string(),
            vendor_and_plan(vendor),
        ),
        (
            Msg::LabelTotal.text(lang).to_string(),
            one_decimal(vendor.score),
        ),
    ];
    for (id, criterion) in ids.iter().zip(&vendor.criteria) {
        fields.push((escape_control(id), criterion_score(criterion)));
    }
    fields.push((
        Msg::LabelUnknowns.text(lang).to_string(),
        vendor.unknowns.to_string(),
    ));
    fields.push((
        Msg::LabelConfidence.text(lang).to_string(),
        confidence(vendor),
    ));
    fields.push((
        Msg::LabelStatus.text(lang).to_string(),
        report::status(vendor.status, lang).to_string(),
    ));
    fields
}

/// `label: value` lines, the value wrapped under the label (or below it when even its first
/// word would not fit beside it).
fn stacked_block(fields: &[(String, String)], lang: Lang, width: usize) -> String {
    let mut out = String::new();
    for (label, value) in fields {
        let first = labelled(lang, label);
        let mut lines = wrap_indented(value, width, &first, "  ");
        if value.is_empty() {
            lines = vec![first.trim_end().to_string()];
        } else if lines
            .first()
            .is_some_and(|line| display_width(line) > width)
        {
            lines = vec![first.trim_end().to_string()];
            lines.extend(wrap_indented(value, width, "  ", "  "));
        }
        for line in lines {
            let _ = writeln!(out, "{line}");
        }
    }
    out
}

/// What each abbreviated header stands for, with its weight and knock-outs, wrapped to width.
/// Stacked blocks name criteria in full and label every line, so there the legend gives only
/// the weights and knock-outs.
fn legend(evaluation: &Evaluation, options: &TableOptions, stacked: bool) -> String {
    let (width, lang) = (options.width, options.lang);
    let criteria = &evaluation.scorecard.criteria;
    let entries: Vec<String> = abbreviations(&criterion_ids(evaluation))
        .iter()
        .zip(criteria.iter().zip(&evaluation.weights))
        .map(|(short, (c, &weight))| {
            let knockout = crate::i18n::findings::knockout_shown(c, lang);
            let short = if stacked { "" } else { short.as_str() };
            let weight = format_number(weight);
            escape_control(&report::legend_entry(
                lang, short, &c.id, &weight, &knockout,
            ))
        })
        .collect();
    let width = usize::from(width.unwrap_or(80));
    let mut lines = join_wrapped(&entries, " · ", width);
    for line in report::legend_tail(lang, stacked) {
        lines.extend(wrap(line, width));
    }
    lines.join("\n")
}

fn notes(out: &mut String, evaluation: &Evaluation, options: &TableOptions) {
    let width = options.width;
    let mut notes = super::notes(evaluation, options.lang)
        .into_iter()
        .peekable();
    if notes.peek().is_some() {
        let _ = writeln!(out, "\n{}", report::notes_label(options.lang));
    }
    for (vendor, note) in notes {
        let label = labelled(options.lang, &escape_control(vendor.id));
        let text = format!("{label}{}", escape_control(&note));
        for line in wrapped(&text, width, "  ", "    ") {
            let _ = writeln!(out, "{line}");
        }
    }
}

/// One vendor's reasoning: a heading, then each criterion's fact, meaning and arithmetic.
fn explanation(vendor: &VendorResult, card: &Scorecard, options: &TableOptions) -> String {
    let lang = options.lang;
    let name = escape_control(&report::name_and_plan(vendor.name, vendor.plan));
    let standing = report::standing(lang, vendor.rank, vendor.status);
    let line = report::explain_line(
        lang,
        &one_decimal(vendor.score),
        &standing,
        &fixed(vendor.confidence, 0),
    );
    let vendor_id = report::vendor_with_id(lang, &name, &escape_control(vendor.id));
    let heading = labelled(lang, &vendor_id) + &line;
    let mut out = wrapped(&heading, options.width, "", "").join("\n") + "\n";
    for note in vendor.note_texts(card, lang) {
        let note = format!("- {}", escape_control(&note));
        for line in wrapped(&note, options.width, "  ", "    ") {
            let _ = writeln!(out, "{line}");
        }
    }
    let table = explanation_table(vendor, options);
    match options.width {
        Some(width) if !fits(&table, &EXPLAIN_WRAPPING, usize::from(width)) => {
            out.push_str(&stacked_explanation(
                vendor,
                options.lang,
                usize::from(width),
            ));
        }
        _ => {
            let _ = writeln!(out, "{table}");
        }
    }
    out.push_str(&evidence_lines(vendor, options));
    out
}

/// Under a vendor's explanation, each known fact's evidence: source, kind, checked date.
fn evidence_lines(vendor: &VendorResult, options: &TableOptions) -> String {
    let lang = options.lang;
    let mut known = vendor
        .criteria
        .iter()
        .filter(|c| c.fact.is_some())
        .peekable();
    if known.peek().is_none() {
        return String::new();
    }
    let mut out = format!("{}\n", evidence::evidence_heading(lang));
    for c in known {
        let text = format!(
            "{}: {}",
            escape_control(c.id),
            escape_control(&explain_evidence(c, lang))
        );
        for line in wrapped(&text, options.width, "  ", "    ") {
            let _ = writeln!(out, "{line}");
        }
    }
    out
}

fn explanation_table(vendor: &VendorResult, options: &TableOptions) -> Table {
    let lang = options.lang;
    let mut table = new_table(options);
    table.set_header([
        Msg::LabelCriterion.text(lang),
        Msg::LabelFact.text(lang),
        Msg::LabelMeans.text(lang),
        Msg::LabelScore.text(lang),
        Msg::LabelWeight.text(lang),
        Msg::LabelAdds.text(lang),
    ]);
    for c in &vendor.criteria {
        table.add_row(
            explanation_fields(c, lang)
                .into_iter()
                .map(|(_, value)| value),
        );
    }
    right_align(&mut table, 3..6);
    tighten(&mut table, &EXPLAIN_WRAPPING);
    table
}

/// One criterion's row of the explanation, each cell with its label.
fn explanation_fields(c: &CriterionResult, lang: Lang) -> Vec<(String, String)> {
    let (fact, meaning) = explain_fact(c, lang);
    vec![
        (Msg::LabelCriterion.text(lang).into(), escape_control(c.id)),
        (Msg::LabelFact.text(lang).into(), escape_control(&fact)),
        (Msg::LabelMeans.text(lang).into(), escape_control(&meaning)),
        (Msg::LabelScore.text(lang).into(), explain_score(c, lang)),
        (Msg::LabelWeight.text(lang).into(), format_number(c.weight)),
        (
            Msg::LabelAdds.text(lang).into(),
            one_decimal(c.contribution),
        ),
    ]
}

/// One block per criterion, one `label: value` line per column of the explanation table.
fn stacked_explanation(vendor: &VendorResult, lang: Lang, width: usize) -> String {
    let blocks: Vec<String> = vendor
        .criteria
        .iter()
        .map(|c| stacked_block(&explanation_fields(c, lang), lang, width))
        .collect();
    blocks.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A tightened two-row table whose vendor column is exactly the narrowest allowed.
    fn sample_table() -> Table {
        let mut table = new_table(&TableOptions::default());
        table.set_header(["#", "Vendor", "Total", "Status"]);
        table.add_row(["1", "Agora · 企业", "86.2", "qualified"]);
        table.add_row(["-", "Nova Stream", "5.5", "disqualified"]);
        tighten(&mut table, &[VENDOR_COLUMN]);
        table
    }

    #[test]
    fn fits_agrees_with_the_width_comfy_table_draws() {
        let table = sample_table();
        let drawn = table.lines().map(|l| display_width(&l)).max().unwrap();
        assert_eq!(drawn, 1 + 1 + 12 + 1 + 1 + 5 + 1 + 12);
        assert!(fits(&table, &[VENDOR_COLUMN], drawn));
        assert!(!fits(&table, &[VENDOR_COLUMN], drawn - 1));
    }

    #[test]
    fn fixed_width_counts_the_other_columns_separators_and_padding() {
        let table = sample_table();
        assert_eq!(fixed_width(&table, &[VENDOR_COLUMN]), 1 + 5 + 12 + 3 + 1);
        assert_eq!(natural_width(&table, VENDOR_COLUMN), 12);
    }

    #[test]
    fn a_word_wider_than_twelve_columns_widens_the_narrowest_vendor_column() {
        let mut table = sample_table();
        table.add_row(["2", "Telecommunications", "1.0", "qualified"]);
        assert_eq!(narrowest_wrapping(&table, VENDOR_COLUMN), 18);
    }

    #[test]
    fn a_stacked_value_wraps_under_its_label_and_an_empty_one_keeps_its_label() {
        let fields = [
            (
                "Vendor · plan".to_string(),
                "Lumen RTC · Enterprise".to_string(),
            ),
            ("Means".to_string(), String::new()),
        ];
        let block = stacked_block(&fields, Lang::En, 30);
        assert_eq!(block, "Vendor · plan: Lumen RTC ·\n  Enterprise\nMeans:\n");
        let fields = [(
            Msg::LabelVendorPlan.text(Lang::Zh).to_string(),
            fields[0].1.clone(),
        )];
        let block = stacked_block(&fields, Lang::Zh, 40);
        assert_eq!(block, "供应商 · 套餐：Lumen RTC · Enterprise\n");
    }

    #[test]
    fn a_first_word_too_wide_beside_its_label_goes_below_it() {
        let fields = [(
            "Fact as written".to_string(),
            "https://status.example.com/x".to_string(),
        )];
        let block = stacked_block(&fields, Lang::En, 30);
        assert_eq!(block, "Fact as written:\n  https://status.example.com/x\n");
    }
}
