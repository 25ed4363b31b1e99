//! Section 4 of the report: how robust the ranking is — the analysis of `sdkvet sensitivity`
//! (SPEC §7), drawn with that command's words and helpers: the weight thresholds that change
//! the winner, most sensitive first, and the rank acceptability of every ranked vendor as a heat
//! map (vendors × ranks, one shaded cell per share of the draws), with the winners' central
//! weights.

use super::{shown, vendor_name, Report};
use crate::i18n::html::Msg;
use crate::i18n::{report, robustness as words, Lang, Msg as Label};
use crate::render::range_text;
use crate::render::sensitivity::{percent, threshold_text, Report as Analysis};
use crate::util::number::{fixed, format_number};
use maud::{html, Markup};

pub(super) fn section(report: &Report) -> Markup {
    let (analysis, lang) = (&report.robustness, report.lang);
    html! {
        section #robustness {
            h2 { (Msg::SectionRobustness.text(lang)) }
            p.small { (analysis.sampling_line(lang)) }
            @if analysis.ranked().is_empty() {
                p { (Msg::NoVendorRanked.text(lang)) }
            } @else {
                (thresholds(analysis, lang))
                (heat_map(analysis, lang))
            }
        }
    }
}

/// (a): per criterion, the weight at which rank 1 changes, down and up.
fn thresholds(analysis: &Analysis, lang: Lang) -> Markup {
    let winners: Vec<String> = analysis.winners().map(|(_, v)| vendor_name(v)).collect();
    let ids = |vendors: &[usize]| analysis.ids(vendors).join(", ");
    html! {
        h3 { (words::heading_thresholds(lang)) }
        p { (words::winners_today(lang, &winners.join(words::list_separator(lang)))) }
        div.scroll {
            table.thresholds {
                thead {
                    tr {
                        th { (Label::LabelCriterion.text(lang)) }
                        th.num { (Label::LabelWeight.text(lang)) }
                        th.num { (words::label_share(lang)) }
                        th { (words::label_down_to(lang)) }
                        th { (words::label_up_to(lang)) }
                    }
                }
                tbody {
                    @for k in analysis.most_sensitive_first() {
                        @let t = &analysis.analysis.thresholds[k];
                        tr {
                            td { code { (shown(analysis.criterion_id(k))) } }
                            td.num { (format_number(t.weight)) }
                            td.num { (percent(t.share)) }
                            td { (shown(&threshold_text(t.lower.as_ref(), lang, ids))) }
                            td { (shown(&threshold_text(t.upper.as_ref(), lang, ids))) }
                        }
                    }
                }
            }
        }
        @for line in words::thresholds_legend(lang) { p.legend { (line) } }
    }
}

/// (b): the rank-acceptability matrix as a heat map, with each vendor's range, win share,
/// top-3 share and expected rank before its cells.
fn heat_map(analysis: &Analysis, lang: Lang) -> Markup {
    let acceptability = &analysis.analysis.acceptability;
    let ranks = analysis.ranked().len();
    html! {
        h3 { (words::heading_acceptability(lang, acceptability.samples)) }
        div.scroll {
            table.heat {
                thead {
                    tr {
                        th.num { (Label::LabelRank.text(lang)) }
                        th { (Label::LabelVendorPlan.text(lang)) }
                        th { (Label::LabelRangeShort.text(lang)) }
                        th.num { (words::label_win(lang)) }
                        th.num { (words::label_top3(lang)) }
                        th.num { (words::label_expected_rank(lang)) }
                        @for rank in 1..=ranks { th.num.cell { (rank) } }
                    }
                }
                tbody {
                    @for (v, vendor) in analysis.ranked().iter().enumerate() {
                        tr {
                            td.num { (analysis.analysis.vendors[v].rank) }
                            td { (vendor_name(vendor)) }
                            td { (range_text(vendor, lang)) }
                            td.num { (percent(acceptability.win_share(v))) }
                            td.num { (percent(acceptability.top3_share(v))) }
                            td.num { (fixed(acceptability.expected_rank(v), 2)) }
                            @for &share in &acceptability.shares[v] {
                                td.cell.(heat_class(share)) title=(percent(share)) { (heat_text(share)) }
                            }
                        }
                    }
                }
            }
        }
        p.legend { (Msg::HeatLegend.text(lang)) " " (report::range_legend(lang, false)) }
        @for (v, vendor) in analysis.winners() {
            p.small {
                @match analysis.central_weights_text(v) {
                    Some(weights) => (shown(&words::central_weights(lang, &vendor_name(vendor), &weights))),
                    None => (shown(&words::never_first(lang, &vendor_name(vendor)))),
                }
            }
        }
    }
}

/// A cell's shade: seven steps from never to three draws in four and more.
fn heat_class(share: f64) -> &'static str {
    match share {
        s if s >= 0.75 => "heat6",
        s if s >= 0.5 => "heat5",
        s if s >= 0.3 => "heat4",
        s if s >= 0.15 => "heat3",
        s if s >= 0.05 => "heat2",
        s if s > 0.0 => "heat1",
        _ => "heat0",
    }
}

/// A cell's text: the share in whole percent, `<1` below one percent, empty for never.
fn heat_text(share: f64) -> String {
    match 100.0 * share {
        p if p <= 0.0 => String::new(),
        p if p < 0.5 => "<1".to_string(),
        p => fixed(p, 0),
    }
}

#[cfg(test)]
mod tests {
    use super::{heat_class, heat_text};

    #[test]
    fn shades_and_texts_of_the_heat_map() {
        let cases = [
            (0.0, "heat0", ""),
            (0.001, "heat1", "<1"),
            (0.05, "heat2", "5"),
            (0.2, "heat3", "20"),
            (0.3, "heat4", "30"),
            (0.6, "heat5", "60"),
            (1.0, "heat6", "100"),
        ];
        for (share, class, text) in cases {
            assert_eq!(
                (heat_class(share), heat_text(share).as_str()),
                (class, text)
            );
        }
    }
}
