//! `compare --format table` (default): per vendor its rank and total under each scorecard and
//! the consensus; per criterion its weight share under each and the spread; per pair of
//! scorecards Kendall's τ-b and their winners. Text from files is escaped; with a width, a
//! table that cannot fit is printed stacked.

use super::{standing, tau_text, Comparison};
use crate::i18n::{report, robustness, Msg};
use crate::render::sensitivity::percent;
use crate::render::table::{
    fits, new_table, right_align, stacked_block, tighten, without_trailing_spaces, wrapped,
    TableOptions,
};
use crate::render::text::escape_control;
use std::fmt::Write;

pub fn render(comparison: &Comparison, options: &TableOptions) -> Vec<u8> {
    let mut out = String::new();
    vendors(&mut out, comparison, options);
    weights(&mut out, comparison, options);
    pairs(&mut out, comparison, options);
    for line in robustness::compare_legend(options.lang) {
        lines(&mut out, line, options);
    }
    without_trailing_spaces(&out).into_bytes()
}

fn lines(out: &mut String, text: &str, options: &TableOptions) {
    for line in wrapped(&escape_control(text), options.width, "", "") {
        let _ = writeln!(out, "{line}");
    }
}

/// A table, or stacked `label: value` blocks when it cannot fit the width.
fn grid(
    header: &[String],
    rows: &[Vec<String>],
    wrapping: &[usize],
    options: &TableOptions,
) -> String {
    let mut table = new_table(options);
    table.set_header(header.to_vec());
    for row in rows {
        table.add_row(row.clone());
    }
    right_align(&mut table, 1..header.len());
    tighten(&mut table, wrapping);
    match options.width.map(usize::from) {
        Some(width) if !fits(&table, wrapping, width) => rows
            .iter()
            .map(|row| {
                let fields: Vec<(String, String)> =
                    header.iter().cloned().zip(row.iter().cloned()).collect();
                stacked_block(&fields, options.lang, width)
            })
            .collect::<Vec<_>>()
            .join("\n")
            .trim_end()
            .to_string(),
        _ => table.to_string(),
    }
}

/// The evaluations' column names, the consensus in words.
fn names(comparison: &Comparison, options: &TableOptions) -> Vec<String> {
    (0..comparison.evaluations.len())
        .map(|e| match comparison.names.get(e) {
            Some(name) => escape_control(name),
            None => robustness::label_consensus(options.lang).to_string(),
        })
        .collect()
}

fn vendors(out: &mut String, comparison: &Comparison, options: &TableOptions) {
    let lang = options.lang;
    lines(out, robustness::heading_compare_vendors(lang), options);
    out.push('\n');
    let mut header = vec![Msg::LabelVendorPlan.text(lang).to_string()];
    header.extend(names(comparison, options));
    let rows: Vec<Vec<String>> = comparison
        .vendors()
        .iter()
        .zip(comparison.results())
        .map(|(vendor, results)| {
            let mut row = vec![escape_control(&report::name_and_plan(
                vendor.name,
                vendor.plan,
            ))];
            row.extend(results.iter().map(|r| standing(r)));
            row
        })
        .collect();
    let _ = writeln!(out, "{}", grid(&header, &rows, &[0], options));
}

fn weights(out: &mut String, comparison: &Comparison, options: &TableOptions) {
    let lang = options.lang;
    out.push('\n');
    lines(out, robustness::heading_compare_weights(lang), options);
    out.push('\n');
    let mut header = vec![Msg::LabelCriterion.text(lang).to_string()];
    header.extend(names(comparison, options));
    header.push(robustness::label_spread(lang).to_string());
    let rows: Vec<Vec<String>> = comparison
        .shares()
        .iter()
        .map(|s| {
            let mut row = vec![escape_control(s.id)];
            row.extend(s.shares.iter().map(|&share| percent(share)));
            row.push(percent(s.consensus));
            row.push(percent(s.spread));
            row
        })
        .collect();
    let _ = writeln!(out, "{}", grid(&header, &rows, &[0], options));
}

fn pairs(out: &mut String, comparison: &Comparison, options: &TableOptions) {
    let lang = options.lang;
    out.push('\n');
    lines(out, robustness::heading_compare_pairs(lang), options);
    out.push('\n');
    let header = [robustness::label_pair(lang), "τ-b"].map(String::from);
    let rows: Vec<Vec<String>> = comparison
        .pairs()
        .iter()
        .map(|p| {
            let pair = format!(
                "{} – {}",
                comparison.name(p.first),
                comparison.name(p.second)
            );
            vec![escape_control(&pair), tau_text(p.tau_b)]
        })
        .collect();
    let _ = writeln!(out, "{}", grid(&header, &rows, &[0], options));
    out.push('\n');
    let names = names(comparison, options);
    for (e, name) in names.iter().enumerate() {
        let winners = comparison.winners(e).join(", ");
        let label = crate::i18n::labelled(lang, &robustness::label_winner_of(lang, name));
        lines(
            out,
            &format!("{label}{}", escape_control(&winners)),
            options,
        );
    }
    out.push('\n');
}
