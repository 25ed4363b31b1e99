//! Section 5 of the report: what support costs and what the vendors did in a trial — the
//! tables of `sdkvet cost` (when the scorecard has `[cost]`) and `sdkvet trial` (when any
//! profile has trial tickets), from those commands' own grids, words and summaries.

use super::{shown, Report};
use crate::i18n::html::Msg;
use crate::i18n::trial as words;
use crate::render::grid::Grid;
use crate::render::{cost, trial};
use maud::{html, Markup};

pub(super) fn sections(report: &Report) -> Markup {
    let lang = report.lang;
    html! {
        @if let Some((rows, model)) = report.cost {
            section #cost {
                h2 { (Msg::SectionCost.text(lang)) }
                p { (shown(&words::cost_heading(&model.currency, model.outage_cost_per_hour, lang))) }
                (grid_table(&cost::grid(rows, model, lang)))
            }
        }
        @if let Some(vendors) = report.trials {
            section #trial {
                h2 { (Msg::SectionTrial.text(lang)) }
                (grid_table(&trial::grid(vendors, lang, true)))
                h3 { (words::summary_heading(lang).trim_end_matches([':', '：'])) }
                ul.notes {
                    @for line in trial::summaries(vendors, lang) { li { (shown(&line)) } }
                }
            }
        }
    }
}

/// A grid of text cells as an HTML table, its numeric columns right-aligned.
fn grid_table(grid: &Grid) -> Markup {
    let numeric = |column: usize| grid.numeric.contains(&column);
    html! {
        div.scroll {
            table.grid {
                thead {
                    tr {
                        @for (column, label) in grid.labels.iter().enumerate() {
                            th.num[numeric(column)] { (label) }
                        }
                    }
                }
                tbody {
                    @for row in &grid.rows {
                        tr {
                            @for (column, cell) in row.iter().enumerate() {
                                td.num[numeric(column)] { (shown(cell)) }
                            }
                        }
                    }
                }
            }
        }
    }
}
