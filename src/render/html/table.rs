//! Section 3 of the report: the evaluation table as `evaluate` prints it — rank, vendor, plan,
//! total, one column per criterion (its score, `?` when unknown), unknown facts, confidence,
//! the rank range once unknowns are known (when some rank could move), status — with the
//! legend of the criteria and the knock-out notes under it.

use super::{shown, vendor_name, Report};
use crate::decide::{Evaluation, VendorResult};
use crate::i18n::findings::requirement_in_words;
use crate::i18n::html::Msg;
use crate::i18n::{report, Lang};
use crate::render::{abbreviations, one_decimal, range_text, rank_text};
use crate::util::number::{fixed, format_number};
use maud::{html, Markup};

pub(super) fn evaluation(report: &Report) -> Markup {
    let (evaluation, lang) = (report.evaluation(), report.lang);
    let ids: Vec<&str> = evaluation
        .scorecard
        .criteria
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    let short = abbreviations(&ids);
    let ranges = evaluation.ranks_could_move();
    html! {
        section #evaluation {
            h2 { (Msg::SectionEvaluation.text(lang)) }
            div.scroll {
                table.evaluation {
                    (header(&short, &ids, ranges, lang))
                    tbody {
                        @for vendor in &evaluation.vendors { (row(vendor, ranges, lang)) }
                    }
                }
            }
            (legend(evaluation, &short, lang))
            (notes(evaluation, lang))
        }
    }
}

/// The column headers; `ranges` adds the rank range before the status, as `evaluate` does.
fn header(short: &[String], ids: &[&str], ranges: bool, lang: Lang) -> Markup {
    let (before, [unknowns, confidence, status]) = report::markdown_headers(lang);
    html! {
        thead {
            tr {
                @for label in before { th { (label) } }
                @for (short, id) in short.iter().zip(ids) {
                    th.num { abbr title=(shown(id)) { (shown(short)) } }
                }
                th.num { (unknowns) }
                th.num { (confidence) }
                @if ranges { th { (report::markdown_range_header(lang)) } }
                th { (status) }
            }
        }
    }
}

fn row(vendor: &VendorResult, ranges: bool, lang: Lang) -> Markup {
    html! {
        tr.(vendor.status.as_str()) {
            td.num { (rank_text(vendor)) }
            td { (shown(vendor.name)) }
            td { (shown(vendor.plan)) }
            td.num.total { (one_decimal(vendor.score)) }
            @for c in &vendor.criteria {
                @match c.score {
                    Some(score) => td.num.(score_band(score)) { (one_decimal(score)) },
                    None => td.num.unknown { "?" },
                }
            }
            td.num { (vendor.unknowns) }
            td.num { (fixed(vendor.confidence, 0)) "%" }
            @if ranges { td { (range_text(vendor, lang)) } }
            td { (report::status(vendor.status, lang)) }
        }
    }
}

/// The shade of a score cell: five bands of 20 points.
fn score_band(score: f64) -> &'static str {
    match score {
        s if s >= 80.0 => "band4",
        s if s >= 60.0 => "band3",
        s if s >= 40.0 => "band2",
        s if s >= 20.0 => "band1",
        _ => "band0",
    }
}

/// What each short header stands for, with its weight and knock-outs in words.
fn legend(evaluation: &Evaluation, short: &[String], lang: Lang) -> Markup {
    let criteria = evaluation
        .scorecard
        .criteria
        .iter()
        .zip(&evaluation.weights);
    html! {
        ul.legend {
            @for (short, (c, &weight)) in short.iter().zip(criteria) {
                li {
                    (shown(&report::legend_entry(
                        lang,
                        short,
                        &c.id,
                        &format_number(weight),
                        &requirement_in_words(c, lang),
                    )))
                }
            }
        }
        p.legend { (report::legend_tail(lang, true).join(" ")) }
    }
}

fn notes(evaluation: &Evaluation, lang: Lang) -> Markup {
    let notes = crate::render::notes(evaluation, lang);
    html! {
        @if !notes.is_empty() {
            h3 { (report::notes_heading(lang)) }
            ul.notes {
                @for (vendor, note) in &notes {
                    li { strong { (crate::i18n::labelled(lang, &vendor_name(vendor))) } (shown(note)) }
                }
            }
        }
    }
}
