//! `sdkvet report`: the evaluation as one self-contained HTML5 page for management (SPEC §11).
//! Everything is inside the page — the style sheet, the charts as inline SVG, no script, no
//! image, no font to fetch — so it loads nothing from the network, opens from a mail
//! attachment and prints on A4 (one page break before each vendor). Written with maud, whose
//! `html!` escapes every value by default: text from a file can only ever show as text, and a
//! source becomes a link only when it is an `http`/`https` URL ([`vendor`]). Control and bidi
//! characters from files are shown escaped ([`shown`]), as on a terminal.
//!
//! Sections, in order (SPEC §11): summary, ranking chart ([`chart`]), evaluation table and
//! notes ([`table`]), robustness — weight thresholds and the rank-acceptability heat map
//! ([`robustness`], the analysis of `sdkvet sensitivity`) — cost and trial tickets when there
//! are any ([`delivery`], the tables of `sdkvet cost` and `sdkvet trial`), and one section per
//! vendor ([`vendor`]).

mod chart;
mod delivery;
mod robustness;
mod style;
mod table;
mod vendor;

use super::markdown::capitalised;
use super::sensitivity::{percent, Report as SensitivityReport};
use super::{explain_range, one_decimal};
use crate::decide::trial::VendorTrial;
use crate::decide::{Evaluation, VendorResult};
use crate::i18n::html::Msg;
use crate::i18n::{html as words, report, Lang};
use crate::model::cost::CostModel;
use crate::model::question::VendorChecklist;
use crate::render::cost::CostRow;
use crate::util::escape::escape_control;
use maud::{html, Markup, PreEscaped, DOCTYPE};

/// Everything the report shows.
#[derive(Clone, Copy)]
pub struct Report<'r, 'a> {
    /// The evaluation with its sensitivity analysis (SPEC §7), as `sdkvet sensitivity`
    /// renders it.
    pub robustness: SensitivityReport<'r, 'a>,
    /// Each vendor's yearly cost (SPEC §10) under the scorecard's `[cost]`, when it has one.
    pub cost: Option<(&'r [CostRow<'a>], &'r CostModel)>,
    /// Every vendor's trial tickets judged (SPEC §9), when any profile has tickets.
    pub trials: Option<&'r [VendorTrial<'a>]>,
    /// Each vendor's checklist (SPEC §6), matched to its vendor by id.
    pub checklists: &'r [VendorChecklist],
    /// How many of a vendor's open questions its section lists.
    pub questions_per_vendor: usize,
    pub lang: Lang,
}

impl<'r, 'a> Report<'r, 'a> {
    /// The evaluation the report is about.
    pub fn evaluation(&self) -> &'r Evaluation<'a> {
        self.robustness.evaluation
    }
}

/// The page, as UTF-8 bytes.
pub fn render(report: &Report) -> Vec<u8> {
    page(report).into_string().into_bytes()
}

fn page(report: &Report) -> Markup {
    let lang = report.lang;
    let title = format!(
        "{} · {}",
        Msg::Title.text(lang),
        report.evaluation().scorecard.name
    );
    html! {
        (DOCTYPE)
        html lang=(language_tag(lang)) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (shown(&title)) }
                style { (PreEscaped(style::CSS)) }
            }
            body {
                main {
                    (summary(report))
                    (chart::ranking(report))
                    (table::evaluation(report))
                    (robustness::section(report))
                    (delivery::sections(report))
                    (vendor::sections(report))
                }
                footer { (words::footer(lang, env!("CARGO_PKG_VERSION"))) }
            }
        }
    }
}

/// The page's `lang`: the browser picks CJK glyphs by it.
fn language_tag(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en",
        Lang::Zh => "zh-CN",
    }
}

/// Text from a file as the page shows it: control, bidi and line-breaking characters made
/// visible (`\u{202e}`), exactly as on a terminal; maud then escapes it for HTML.
fn shown(text: &str) -> String {
    escape_control(text)
}

/// "Acme · Gold", the way every section names a vendor.
fn vendor_name(vendor: &VendorResult) -> String {
    shown(&report::name_and_plan(vendor.name, vendor.plan))
}

/// Section 1: the scorecard, the date, the buyer, and the one-sentence result.
fn summary(report: &Report) -> Markup {
    let lang = report.lang;
    let card = report.evaluation().scorecard;
    let not_set = Msg::NotSet.text(lang);
    let regions = match lang {
        Lang::En => card.regions.join(", "),
        Lang::Zh => card.regions.join("、"),
    };
    html! {
        section #summary {
            h1 { (Msg::Title.text(lang)) }
            dl.facts {
                dt { (Msg::LabelScorecard.text(lang)) } dd { (shown(&card.name)) }
                dt { (Msg::LabelDate.text(lang)) } dd { (report.evaluation().as_of) }
                dt { (Msg::LabelIndustry.text(lang)) }
                dd { (shown(card.industry.as_deref().unwrap_or(not_set))) }
                dt { (Msg::LabelRegions.text(lang)) }
                dd { @if regions.is_empty() { (not_set) } @else { (shown(&regions)) } }
                dt { (Msg::LabelUnknownPolicy.text(lang)) } dd { (report::policy(card.unknown, lang)) }
            }
            p.lead {
                (summary_sentence(report.evaluation(), lang))
                // Chinese sentences follow one another without a space.
                @if lang == Lang::En { " " }
                (win_share_sentence(&report.robustness, lang))
            }
        }
    }
}

/// The winner (or the vendors sharing rank 1), its total and its confidence.
fn summary_sentence(evaluation: &Evaluation, lang: Lang) -> String {
    let first: Vec<&VendorResult> = evaluation
        .vendors
        .iter()
        .filter(|v| v.rank == Some(1))
        .collect();
    let confidence = |v: &VendorResult| crate::util::number::fixed(v.confidence, 0);
    match first.as_slice() {
        [] => Msg::NoVendorRanked.text(lang).to_string(),
        [winner] => words::summary_winner(
            lang,
            &vendor_name(winner),
            &one_decimal(winner.score),
            &confidence(winner),
        ),
        tied => words::summary_tied(
            lang,
            &tied.iter().map(|v| vendor_name(v)).collect::<Vec<_>>(),
            &one_decimal(tied[0].score),
            &tied.iter().map(|v| confidence(v)).collect::<Vec<_>>(),
        ),
    }
}

/// How often today's winners stay first when the weights are drawn around the scorecard's.
fn win_share_sentence(robustness: &SensitivityReport, lang: Lang) -> String {
    let acceptability = &robustness.analysis.acceptability;
    let shares: Vec<String> = robustness
        .winners()
        .map(|(v, _)| percent(acceptability.win_share(v)))
        .collect();
    if shares.is_empty() {
        return String::new();
    }
    words::win_shares(lang, &shares, acceptability.samples)
}

/// The vendor's standing in one sentence: "Total 62.5, rank 2, qualified, confidence 80%,
/// rank 1–3 once unknowns are known."
fn standing_sentence(evaluation: &Evaluation, vendor: &VendorResult, lang: Lang) -> String {
    let standing = report::standing(lang, vendor.rank, vendor.status);
    let confidence = crate::util::number::fixed(vendor.confidence, 0);
    let range = explain_range(evaluation, vendor, lang);
    let total = one_decimal(vendor.score);
    let line = report::explain_line(lang, &total, &standing, &confidence, range.as_deref());
    report::sentence(lang, &capitalised(&line))
}

/// The anchor of a vendor's section, by its position in the evaluation (ids from files may
/// hold any character).
fn vendor_anchor(index: usize) -> String {
    format!("vendor-{}", index + 1)
}
