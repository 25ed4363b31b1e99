//! Section 2 of the report: the ranking chart. One row per vendor: its name (a link to its
//! section), a horizontal bar for its total on a 0–100 scale drawn as inline SVG, and its total
//! and confidence; disqualified vendors greyed, with their reason. The bar is plain SVG written
//! by the template: a few rectangles need no chart library, and the text stays HTML, so it
//! wraps, takes CJK fonts and prints sharply.

use super::{shown, vendor_anchor, vendor_name, Report};
use crate::decide::VendorResult;
use crate::i18n::html::{self as words, Msg};
use crate::i18n::{report, Lang};
use crate::model::scorecard::Scorecard;
use crate::model::verdict::Status;
use crate::render::one_decimal;
use maud::{html, Markup};

pub(super) fn ranking(report: &Report) -> Markup {
    let lang = report.lang;
    let evaluation = report.evaluation;
    let any_out = evaluation
        .vendors
        .iter()
        .any(|v| v.status == Status::Disqualified);
    html! {
        section #ranking {
            h2 { (Msg::SectionRanking.text(lang)) }
            div.chart {
                @for (index, vendor) in evaluation.vendors.iter().enumerate() {
                    (row(index, vendor, evaluation.scorecard, lang))
                }
            }
            p.legend { (Msg::ChartLegendBar.text(lang)) }
            @if any_out { p.legend { (Msg::ChartLegendGrey.text(lang)) } }
        }
    }
}

fn row(index: usize, vendor: &VendorResult, card: &Scorecard, lang: Lang) -> Markup {
    let out = vendor.status == Status::Disqualified;
    let total = one_decimal(vendor.score);
    let confidence = crate::util::number::fixed(vendor.confidence, 0);
    let reason = vendor
        .note_texts(card, lang)
        .join(report::note_separator(lang));
    html! {
        div.row.out[out] {
            div.label {
                span.rank { (super::super::rank_text(vendor)) }
                a href={ "#" (vendor_anchor(index)) } { (vendor_name(vendor)) }
                @if out { div.reason { (shown(&reason)) } }
            }
            (bar(vendor.score, &words::bar_label(lang, &vendor_name(vendor), &total)))
            div.value {
                strong { (total) }
                " "
                span.conf { (words::confidence(lang, &confidence)) }
            }
        }
    }
}

/// The bar of one total (0–100), with grid lines at every 25 points. The SVG stretches to its
/// box (`preserveAspectRatio="none"`), so it holds no text.
fn bar(score: f64, label: &str) -> Markup {
    let width = crate::util::number::fixed(score.clamp(0.0, 100.0), 2);
    html! {
        svg.bar viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label=(label) {
            rect.track x="0" y="0" width="100" height="10" {}
            rect.score x="0" y="1" width=(width) height="8" {}
            @for x in ["25", "50", "75"] {
                line.grid x1=(x) x2=(x) y1="0" y2="10" {}
            }
        }
    }
}
