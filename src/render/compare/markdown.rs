//! `compare --format markdown`: the three parts of SPEC §8 as GitHub-flavoured tables, file
//! text written as literal text.

use super::{standing, tau_text, Comparison};
use crate::i18n::{report, robustness, Lang, Msg};
use crate::render::markdown::{code_span, escape};
use crate::render::sensitivity::percent;
use std::fmt::Write;

pub fn render(comparison: &Comparison, lang: Lang) -> Vec<u8> {
    let mut out = String::new();
    let names: Vec<String> = (0..comparison.evaluations.len())
        .map(|e| match comparison.names.get(e) {
            Some(name) => escape(name),
            None => robustness::label_consensus(lang).to_string(),
        })
        .collect();
    let _ = writeln!(out, "### {}\n", robustness::heading_compare_vendors(lang));
    let mut header = vec![Msg::LabelVendorPlan.text(lang).to_string()];
    header.extend(names.iter().cloned());
    let rows: Vec<Vec<String>> = comparison
        .vendors()
        .iter()
        .zip(comparison.results())
        .map(|(vendor, results)| {
            let mut row = vec![escape(&report::name_and_plan(vendor.name, vendor.plan))];
            row.extend(results.iter().map(|r| standing(r)));
            row
        })
        .collect();
    table(&mut out, &header, &rows);
    let _ = writeln!(out, "\n### {}\n", robustness::heading_compare_weights(lang));
    let mut header = vec![Msg::LabelCriterion.text(lang).to_string()];
    header.extend(names.iter().cloned());
    header.push(robustness::label_spread(lang).to_string());
    let rows: Vec<Vec<String>> = comparison
        .shares()
        .iter()
        .map(|s| {
            let mut row = vec![escape(s.id)];
            row.extend(s.shares.iter().map(|&share| percent(share)));
            row.push(percent(s.consensus));
            row.push(percent(s.spread));
            row
        })
        .collect();
    table(&mut out, &header, &rows);
    let _ = writeln!(out, "\n### {}\n", robustness::heading_compare_pairs(lang));
    let header = [robustness::label_pair(lang), "τ-b"].map(String::from);
    let rows: Vec<Vec<String>> = comparison
        .pairs()
        .iter()
        .map(|p| {
            let pair = format!("{} – {}", names[p.first], names[p.second]);
            vec![pair, tau_text(p.tau_b)]
        })
        .collect();
    table(&mut out, &header, &rows);
    out.push('\n');
    for (e, name) in names.iter().enumerate() {
        let winners: Vec<String> = comparison.winners(e).into_iter().map(code_span).collect();
        let label = crate::i18n::labelled(lang, &robustness::label_winner_of(lang, name));
        let _ = writeln!(out, "- {label}{}", winners.join(", "));
    }
    out.push('\n');
    for line in robustness::compare_legend(lang) {
        let _ = writeln!(out, "{line}");
    }
    out.into_bytes()
}

fn table(out: &mut String, header: &[String], rows: &[Vec<String>]) {
    let _ = writeln!(out, "| {} |", header.join(" | "));
    let mut align = vec![":---"];
    align.extend(header.iter().skip(1).map(|_| "---:"));
    let _ = writeln!(out, "| {} |", align.join(" | "));
    for row in rows {
        let _ = writeln!(out, "| {} |", row.join(" | "));
    }
}
