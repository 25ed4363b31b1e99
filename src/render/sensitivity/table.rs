//! `sensitivity --format table` (default): the three answers of SPEC §7 for a terminal — the
//! thresholds from the most sensitive criterion down, the rank acceptability with the central
//! weights of the winner, and what the unknowns could do — each with a short legend. Text from
//! files is escaped; with a width every line fits it, a table that cannot is printed stacked.

use super::{
    acceptability_rows, name, percent, question_rows, range_text, threshold_text, CellStyle,
    Report, RANKS_SHOWN,
};
use crate::i18n::{report, robustness, Msg};
use crate::render::summary_line;
use crate::render::table::{
    fits, new_table, right_align, stacked_block, tighten, without_trailing_spaces, wrapped,
    TableOptions,
};
use crate::render::text::escape_control;
use crate::util::number::format_number;
use std::fmt::Write;

/// Terminal cells: control characters escaped, ranges short ("or out", see the legend).
const STYLE: CellStyle = CellStyle {
    escape: |text| escape_control(text).to_string(),
    range: range_text,
};

/// Renders the analysis for a terminal.
pub fn render(report: &Report, options: &TableOptions) -> Vec<u8> {
    let lang = options.lang;
    let mut out = String::new();
    lines(&mut out, &summary_line(report.evaluation, lang), options);
    lines(&mut out, &report.sampling_line(lang), options);
    thresholds(&mut out, report, options);
    acceptability(&mut out, report, options);
    questions(&mut out, report, options);
    disqualified(&mut out, report, options);
    without_trailing_spaces(&out).into_bytes()
}

/// Text wrapped to the width, escaped.
fn lines(out: &mut String, text: &str, options: &TableOptions) {
    for line in wrapped(&escape_control(text), options.width, "", "") {
        let _ = writeln!(out, "{line}");
    }
}

fn heading(out: &mut String, text: &str, options: &TableOptions) {
    out.push('\n');
    lines(out, text, options);
}

/// A table of `header` and `rows` (already escaped), only the `wrapping` columns wrapping, the
/// `right` ones aligned right; stacked `label: value` blocks when it cannot fit the width.
fn grid(
    header: &[String],
    rows: &[Vec<String>],
    (wrapping, right): (&[usize], std::ops::Range<usize>),
    options: &TableOptions,
) -> String {
    let mut table = new_table(options);
    table.set_header(header.to_vec());
    for row in rows {
        table.add_row(row.clone());
    }
    right_align(&mut table, right);
    tighten(&mut table, wrapping);
    match options.width.map(usize::from) {
        Some(width) if !fits(&table, wrapping, width) => {
            let blocks: Vec<String> = rows
                .iter()
                .map(|row| {
                    let fields: Vec<(String, String)> =
                        header.iter().cloned().zip(row.iter().cloned()).collect();
                    stacked_block(&fields, options.lang, width)
                })
                .collect();
            blocks.join("\n").trim_end().to_string()
        }
        _ => table.to_string(),
    }
}

fn thresholds(out: &mut String, report: &Report, options: &TableOptions) {
    let lang = options.lang;
    heading(out, robustness::heading_thresholds(lang), options);
    let winners: Vec<String> = report.winners().map(|(_, v)| name(v)).collect();
    let winners = winners.join(robustness::list_separator(lang));
    lines(out, &robustness::winners_today(lang, &winners), options);
    out.push('\n');
    let header = [
        Msg::LabelCriterion.text(lang),
        Msg::LabelWeight.text(lang),
        robustness::label_share(lang),
        robustness::label_down_to(lang),
        robustness::label_up_to(lang),
    ]
    .map(String::from);
    let ids = |winners: &[usize]| escape_control(&report.ids(winners).join(", "));
    let rows: Vec<Vec<String>> = report
        .most_sensitive_first()
        .into_iter()
        .map(|k| {
            let t = &report.analysis.thresholds[k];
            vec![
                escape_control(report.criterion_id(k)),
                format_number(t.weight),
                percent(t.share),
                threshold_text(t.lower.as_ref(), lang, ids),
                threshold_text(t.upper.as_ref(), lang, ids),
            ]
        })
        .collect();
    let _ = writeln!(out, "{}", grid(&header, &rows, (&[3, 4], 1..3), options));
    out.push('\n');
    for line in robustness::thresholds_legend(lang) {
        lines(out, line, options);
    }
}

fn acceptability(out: &mut String, report: &Report, options: &TableOptions) {
    let lang = options.lang;
    let a = &report.analysis.acceptability;
    heading(
        out,
        &robustness::heading_acceptability(lang, a.samples),
        options,
    );
    out.push('\n');
    let shown = RANKS_SHOWN.min(report.ranked().len());
    let mut header = vec![
        "#".to_string(),
        Msg::LabelVendorPlan.text(lang).to_string(),
        Msg::LabelRangeShort.text(lang).to_string(),
        robustness::label_win(lang).to_string(),
        robustness::label_top3(lang).to_string(),
        robustness::label_expected_rank(lang).to_string(),
    ];
    header.extend((1..=shown).map(|r| r.to_string()));
    let rows = acceptability_rows(report, lang, shown, &STYLE);
    let right = 3..header.len();
    let _ = writeln!(out, "{}", grid(&header, &rows, (&[1], right), options));
    out.push('\n');
    for (v, vendor) in report.winners() {
        let text = match report.central_weights_text(v) {
            Some(weights) => robustness::central_weights(lang, &name(vendor), &weights),
            None => robustness::never_first(lang, &name(vendor)),
        };
        lines(out, &text, options);
    }
    lines(out, robustness::acceptability_legend(lang), options);
    lines(out, report.range_legend(lang), options);
}

fn questions(out: &mut String, report: &Report, options: &TableOptions) {
    let lang = options.lang;
    heading(out, robustness::heading_questions(lang), options);
    out.push('\n');
    let header = [
        "#",
        Msg::LabelVendorPlan.text(lang),
        Msg::LabelRangeShort.text(lang),
        robustness::label_question(lang),
        robustness::label_rank_if_known(lang),
    ]
    .map(String::from);
    let rows = question_rows(report, lang, &STYLE);
    let _ = writeln!(out, "{}", grid(&header, &rows, (&[1, 3], 4..5), options));
    out.push('\n');
    lines(out, robustness::questions_legend(lang), options);
}

fn disqualified(out: &mut String, report: &Report, options: &TableOptions) {
    let lang = options.lang;
    if report.disqualified().is_empty() {
        return;
    }
    heading(out, robustness::heading_disqualified(lang), options);
    for vendor in report.disqualified() {
        let notes = vendor.note_texts(report.evaluation.scorecard, lang);
        let label = crate::i18n::labelled(lang, &escape_control(vendor.id));
        let text = format!(
            "{label}{}",
            escape_control(&notes.join(report::note_separator(lang)))
        );
        for line in wrapped(&text, options.width, "  ", "    ") {
            let _ = writeln!(out, "{line}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn a_grid_too_wide_for_the_width_is_stacked() {
        let header = ["Criterion", "Weight"].map(String::from);
        let rows = vec![vec!["response_sla".to_string(), "30".to_string()]];
        let options = TableOptions {
            width: Some(40),
            lang: Lang::En,
            ..Default::default()
        };
        let table = grid(&header, &rows, (&[0], 1..2), &options);
        assert!(table.contains("response_sla") && !table.contains("Criterion:"));
        let wide: Vec<String> = (0..30).map(|k| format!("column{k}")).collect();
        let row: Vec<String> = (0..30).map(|k| k.to_string()).collect();
        let stacked = grid(&wide, &[row], (&[0], 1..30), &options);
        assert!(stacked.contains("column29: 29"), "{stacked}");
    }
}
