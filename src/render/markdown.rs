//! `--format markdown`: a GitHub-flavoured table for a wiki or a pull request, with the
//! legend, the notes and, with `--explain`, one table per vendor.

use super::text::escape_control;
use super::{explain_fact, explain_score, one_decimal, rank_text, summary_line};
use crate::decide::Evaluation;
use crate::decide::VendorResult;
use crate::i18n::Lang;
use std::fmt::Write;

/// Renders the evaluation as Markdown.
pub fn render(evaluation: &Evaluation, explain: bool) -> Vec<u8> {
    let mut out = String::new();
    let _ = writeln!(out, "{}\n", cell(&summary_line(evaluation)));
    ranking(&mut out, evaluation);
    notes(&mut out, evaluation);
    if explain {
        for vendor in &evaluation.vendors {
            explanation(&mut out, vendor);
        }
    }
    out.into_bytes()
}

fn ranking(out: &mut String, evaluation: &Evaluation) {
    let criteria = &evaluation.scorecard.criteria;
    let mut header = vec![
        "Rank".to_string(),
        "Vendor".into(),
        "Plan".into(),
        "Score".into(),
    ];
    header.extend(criteria.iter().zip(&evaluation.weights).map(|(c, &w)| {
        format!(
            "{} ({})",
            cell(&c.id),
            crate::util::number::format_number(w)
        )
    }));
    header.extend(["Unknowns".into(), "Confidence".into(), "Status".into()]);
    let mut align = vec!["---:", ":---", ":---", "---:"];
    align.extend(criteria.iter().map(|_| "---:"));
    align.extend(["---:", "---:", ":---"]);
    row(out, &header);
    row(
        out,
        &align.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
    );
    for vendor in &evaluation.vendors {
        let mut cells = vec![
            rank_text(vendor),
            cell(vendor.name),
            cell(vendor.plan),
            one_decimal(vendor.score),
        ];
        cells.extend(
            vendor
                .criteria
                .iter()
                .map(|c| c.score.map_or_else(|| "?".to_string(), one_decimal)),
        );
        cells.extend([
            vendor.unknowns.to_string(),
            one_decimal(vendor.confidence),
            vendor.status.as_str().to_string(),
        ]);
        row(out, &cells);
    }
}

fn notes(out: &mut String, evaluation: &Evaluation) {
    let mut notes = super::notes(evaluation, crate::i18n::Lang::En)
        .into_iter()
        .peekable();
    if notes.peek().is_some() {
        let _ = writeln!(out, "\n**Notes**\n");
    }
    for (vendor, note) in notes {
        let _ = writeln!(out, "- `{}`: {}", cell(vendor.id), cell(&note));
    }
}

fn explanation(out: &mut String, vendor: &VendorResult) {
    let _ = writeln!(
        out,
        "\n### {} — {} (`{}`)\n\nTotal {}, rank {}, {}.\n",
        cell(vendor.name),
        cell(vendor.plan),
        cell(vendor.id),
        one_decimal(vendor.score),
        rank_text(vendor),
        vendor.status.as_str()
    );
    row(
        out,
        &[
            "Criterion",
            "Fact",
            "Means",
            "Score",
            "Weight",
            "Contribution",
        ]
        .map(String::from),
    );
    row(
        out,
        &[":---", ":---", ":---", "---:", "---:", "---:"].map(String::from),
    );
    for c in &vendor.criteria {
        let (fact, meaning) = explain_fact(c, Lang::En);
        let weight = crate::util::number::format_number(c.weight);
        row(
            out,
            &[
                cell(c.id),
                cell(&fact),
                cell(&meaning),
                explain_score(c),
                weight,
                one_decimal(c.contribution),
            ],
        );
    }
}

fn row(out: &mut String, cells: &[String]) {
    let _ = writeln!(out, "| {} |", cells.join(" | "));
}

/// Text made safe for a table cell: control characters escaped, `|` escaped.
fn cell(text: &str) -> String {
    escape_control(text).replace('|', "\\|")
}
