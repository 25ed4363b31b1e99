//! `sensitivity --format markdown`: the three answers of SPEC §7 as GitHub-flavoured tables
//! under headings, with file text written as literal text (SPEC §5).

use super::{
    acceptability_rows, name, percent, question_rows, threshold_text, CellStyle, Report,
    RANKS_SHOWN,
};
use crate::i18n::{report, robustness, Lang, Msg};
use crate::render::markdown::{code_span, escape};
use crate::render::range_text;
use crate::render::summary_line;
use crate::util::number::format_number;
use std::fmt::Write;

/// Markdown cells: file text escaped as literal text, ranges in full ("or disqualified").
const STYLE: CellStyle = CellStyle {
    escape: |text| escape(text).to_string(),
    range: range_text,
};

/// The analysis as Markdown, its headings and labels in the language.
pub fn render(report: &Report, lang: Lang) -> Vec<u8> {
    let mut out = String::new();
    let _ = writeln!(out, "{}\n", escape(&summary_line(report.evaluation, lang)));
    let _ = writeln!(out, "{}", escape(&report.sampling_line(lang)));
    thresholds(&mut out, report, lang);
    acceptability(&mut out, report, lang);
    questions(&mut out, report, lang);
    disqualified(&mut out, report, lang);
    out.into_bytes()
}

fn table(out: &mut String, header: &[String], align: &[&str], rows: &[Vec<String>]) {
    let _ = writeln!(out, "| {} |", header.join(" | "));
    let _ = writeln!(out, "| {} |", align.join(" | "));
    for row in rows {
        let _ = writeln!(out, "| {} |", row.join(" | "));
    }
}

fn thresholds(out: &mut String, report: &Report, lang: Lang) {
    let _ = writeln!(out, "\n### {}\n", robustness::heading_thresholds(lang));
    let winners: Vec<String> = report.winners().map(|(_, v)| escape(&name(v))).collect();
    let winners = winners.join(robustness::list_separator(lang));
    let _ = writeln!(out, "{}\n", robustness::winners_today(lang, &winners));
    let header = [
        Msg::LabelCriterion.text(lang),
        Msg::LabelWeight.text(lang),
        robustness::label_share(lang),
        robustness::label_down_to(lang),
        robustness::label_up_to(lang),
    ]
    .map(String::from);
    let ids = |winners: &[usize]| {
        let ids: Vec<String> = report.ids(winners).into_iter().map(code_span).collect();
        ids.join(", ")
    };
    let rows: Vec<Vec<String>> = report
        .most_sensitive_first()
        .into_iter()
        .map(|k| {
            let t = &report.analysis.thresholds[k];
            vec![
                escape(report.criterion_id(k)),
                format_number(t.weight),
                percent(t.share),
                threshold_text(t.lower.as_ref(), lang, ids),
                threshold_text(t.upper.as_ref(), lang, ids),
            ]
        })
        .collect();
    table(
        out,
        &header,
        &[":---", "---:", "---:", ":---", ":---"],
        &rows,
    );
    out.push('\n');
    for line in robustness::thresholds_legend(lang) {
        let _ = writeln!(out, "{line}");
    }
}

fn acceptability(out: &mut String, report: &Report, lang: Lang) {
    let a = &report.analysis.acceptability;
    let _ = writeln!(
        out,
        "\n### {}\n",
        robustness::heading_acceptability(lang, a.samples)
    );
    let shown = RANKS_SHOWN.min(report.ranked().len());
    let mut header = vec![
        Msg::LabelRank.text(lang).to_string(),
        Msg::LabelVendorPlan.text(lang).to_string(),
        Msg::LabelRangeShort.text(lang).to_string(),
        robustness::label_win(lang).to_string(),
        robustness::label_top3(lang).to_string(),
        robustness::label_expected_rank(lang).to_string(),
    ];
    header.extend((1..=shown).map(|r| r.to_string()));
    let mut align = vec!["---:", ":---", ":---", "---:", "---:", "---:"];
    align.extend((0..shown).map(|_| "---:"));
    let rows = acceptability_rows(report, lang, shown, &STYLE);
    table(out, &header, &align, &rows);
    out.push('\n');
    for (v, vendor) in report.winners() {
        let text = match report.central_weights_text(v) {
            Some(weights) => {
                robustness::central_weights(lang, &escape(&name(vendor)), &escape(&weights))
            }
            None => robustness::never_first(lang, &escape(&name(vendor))),
        };
        let _ = writeln!(out, "{text}\n");
    }
    let _ = writeln!(out, "{}", robustness::acceptability_legend(lang));
}

fn questions(out: &mut String, report: &Report, lang: Lang) {
    let _ = writeln!(out, "\n### {}\n", robustness::heading_questions(lang));
    let header = [
        Msg::LabelRank.text(lang),
        Msg::LabelVendorPlan.text(lang),
        Msg::LabelRangeShort.text(lang),
        robustness::label_question(lang),
        robustness::label_rank_if_known(lang),
    ]
    .map(String::from);
    let rows = question_rows(report, lang, &STYLE);
    table(
        out,
        &header,
        &["---:", ":---", ":---", ":---", "---:"],
        &rows,
    );
    out.push('\n');
    let _ = writeln!(out, "{}", robustness::questions_legend(lang));
}

fn disqualified(out: &mut String, report: &Report, lang: Lang) {
    if report.disqualified().is_empty() {
        return;
    }
    let _ = writeln!(out, "\n### {}\n", robustness::heading_disqualified(lang));
    for vendor in report.disqualified() {
        let notes = vendor.note_texts(report.evaluation.scorecard, lang);
        let label = crate::i18n::labelled(lang, &code_span(vendor.id));
        let _ = writeln!(
            out,
            "- {label}{}",
            escape(&notes.join(report::note_separator(lang)))
        );
    }
}
