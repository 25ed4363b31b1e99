//! Section 2 of the report: the ranking chart. One row per vendor: its name (a link to its
//! section), a horizontal bar for its total on a 0–100 scale drawn as inline SVG, extended in a
//! lighter shade to its best case under unknowns (`S^max`, from `decide::range`), and its total,
//! confidence and rank range; disqualified vendors greyed, with their reason. The bar is plain SVG written
//! by the template: a few rectangles need no chart library, and the text stays HTML, so it
//! wraps, takes CJK fonts and prints sharply.

use super::{shown, vendor_anchor, vendor_name, Report};
use crate::decide::{range, Evaluation, VendorResult};
use crate::i18n::html::{self as words, Msg};
use crate::i18n::{report, Lang};
use crate::model::verdict::Status;
use crate::render::one_decimal;
use maud::{html, Markup};

pub(super) fn ranking(report: &Report) -> Markup {
    let lang = report.lang;
    let evaluation = report.evaluation();
    let any_out = evaluation
        .vendors
        .iter()
        .any(|v| v.status == Status::Disqualified);
    let upside = evaluation.ranks_could_move();
    html! {
        section #ranking {
            h2 { (Msg::SectionRanking.text(lang)) }
            div.chart {
                @for (index, vendor) in evaluation.vendors.iter().enumerate() {
                    (row(index, vendor, evaluation, lang))
                }
            }
            p.legend { (Msg::ChartLegendBar.text(lang)) }
            @if upside {
                p.legend {
                    (Msg::ChartLegendUpside.text(lang)) " "
                    (report::range_legend(lang, false))
                }
            }
            @if any_out { p.legend { (Msg::ChartLegendGrey.text(lang)) } }
        }
    }
}

fn row(index: usize, vendor: &VendorResult, evaluation: &Evaluation, lang: Lang) -> Markup {
    let out = vendor.status == Status::Disqualified;
    let total = one_decimal(vendor.score);
    let confidence = crate::util::number::fixed(vendor.confidence, 0);
    let card = evaluation.scorecard;
    let reason = vendor
        .note_texts(card, lang)
        .join(report::note_separator(lang));
    let range = super::explain_range(evaluation, vendor, lang);
    html! {
        div.row.out[out] {
            div.label {
                span.rank { (crate::render::rank_text(vendor)) }
                a href={ "#" (vendor_anchor(index)) } { (vendor_name(vendor)) }
                @if out { div.reason { (shown(&reason)) } }
            }
            (bar(vendor.score, best_case(vendor, evaluation), &words::bar_label(lang, &vendor_name(vendor), &total)))
            div.value {
                strong { (total) }
                " "
                span.conf { (words::confidence(lang, &confidence)) }
                @if let Some(range) = range {
                    div.range { (crate::i18n::Msg::LabelRangeShort.text(lang)) " " (range) }
                }
            }
        }
    }
}

/// `S^max`: the total with every unknown fact counted at 100 (SPEC §4), for a ranked vendor.
fn best_case(vendor: &VendorResult, evaluation: &Evaluation) -> Option<f64> {
    vendor.rank?;
    let scores = vendor.criteria.iter().map(|c| c.score);
    Some(range::extremes(scores, &evaluation.weights).max)
}

/// The bar of one total (0–100), its lighter extension to the best case, and grid lines at
/// every 25 points. The SVG stretches to its box (`preserveAspectRatio="none"`), so it holds
/// no text.
fn bar(score: f64, best: Option<f64>, label: &str) -> Markup {
    let width = |value: f64| crate::util::number::fixed(value.clamp(0.0, 100.0), 2);
    let upside = best.filter(|&best| best > score + 1e-9);
    html! {
        svg.bar viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label=(label) {
            rect.track x="0" y="0" width="100" height="10" {}
            @if let Some(best) = upside {
                rect.upside x=(width(score)) y="1" width=(width(best - score)) height="8" {}
            }
            rect.score x="0" y="1" width=(width(score)) height="8" {}
            @for x in ["25", "50", "75"] {
                line.grid x1=(x) x2=(x) y1="0" y2="10" {}
            }
        }
    }
}
