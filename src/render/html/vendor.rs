//! Section 6 of the report: one section per vendor — its standing, its notes, each criterion's
//! fact, meaning, score, weight, contribution and evidence (source, kind, checked date; stale
//! and unconfirmed facts marked), then its first open questions from the checklist. A source
//! becomes a link only when it is an `http`/`https` URL ([`web_link`]); any other source
//! (`javascript:…`, a contract clause) is text.

use super::{shown, standing_sentence, vendor_anchor, vendor_name, Report};
use crate::decide::{CriterionResult, VendorResult};
use crate::i18n::html::{self as words, Msg};
use crate::i18n::{evidence, report, Lang};
use crate::model::question::VendorChecklist;
use crate::render::{explain_fact, explain_score, one_decimal};
use jiff::civil::Date;
use maud::{html, Markup};

pub(super) fn sections(report: &Report) -> Markup {
    let lang = report.lang;
    html! {
        section #vendors {
            h2 { (Msg::SectionVendors.text(lang)) }
            @for (index, vendor) in report.evaluation().vendors.iter().enumerate() {
                (section(index, vendor, report))
            }
        }
    }
}

fn section(index: usize, vendor: &VendorResult, report: &Report) -> Markup {
    let lang = report.lang;
    let card = report.evaluation().scorecard;
    let heading = report::vendor_with_id(lang, &vendor_name(vendor), &shown(vendor.id));
    let checklist = report.checklists.iter().find(|c| c.id == vendor.id);
    html! {
        article.vendor id=(vendor_anchor(index)) {
            h3 { (heading) }
            p.standing { (standing_sentence(report.evaluation(), vendor, lang)) }
            @let notes = vendor.note_texts(card, lang);
            @if !notes.is_empty() {
                ul.notes { @for note in &notes { li { (shown(note)) } } }
            }
            div.scroll { (criteria(vendor, report.evaluation().as_of, lang)) }
            @if let Some(checklist) = checklist {
                (questions(checklist, report.questions_per_vendor, lang))
            }
        }
    }
}

fn criteria(vendor: &VendorResult, as_of: Date, lang: Lang) -> Markup {
    html! {
        table.explain {
            thead { tr { @for label in report::markdown_explain_headers(lang) { th { (label) } } } }
            tbody { @for c in &vendor.criteria { (criterion(c, as_of, lang)) } }
        }
    }
}

fn criterion(c: &CriterionResult, as_of: Date, lang: Lang) -> Markup {
    let (fact, meaning) = explain_fact(c, lang);
    html! {
        tr {
            td { code { (shown(c.id)) } }
            td.unknown[c.fact.is_none()] { (shown(&fact)) }
            td { (shown(&meaning)) }
            td.num { (explain_score(c, lang)) }
            td.num { (crate::util::number::format_number(c.weight)) }
            td.num { (one_decimal(c.contribution)) }
            td.evidence { @if c.fact.is_some() { (evidence_cell(c, as_of, lang)) } }
        }
    }
}

/// Source (its web address a link), kind, checked date, and the stale and unconfirmed marks.
fn evidence_cell(c: &CriterionResult, as_of: Date, lang: Lang) -> Markup {
    let e = &c.evidence;
    html! {
        @match e.source {
            Some(source) => span.source { (source_text(source)) },
            None => span.source.none { (evidence::no_source(lang)) },
        }
        @if let Some(kind) = e.kind { span.kind { (evidence::kind_part(lang, kind.as_str())) } }
        span.checked { (evidence::checked_part(lang, e.checked)) }
        @if e.is_stale(as_of) {
            span.mark.stale title=(Msg::MarkStaleHint.text(lang)) { (Msg::MarkStale.text(lang)) }
        }
        @if e.is_unconfirmed() {
            span.mark.unconfirmed title=(Msg::MarkUnconfirmedHint.text(lang)) {
                (Msg::MarkUnconfirmed.text(lang))
            }
        }
    }
}

/// A source as text, its first word a link when that word is a web address: sources are
/// often written "https://… — what the page says".
fn source_text(source: &str) -> Markup {
    let (first, rest) = source.split_at(source.find(char::is_whitespace).unwrap_or(source.len()));
    html! {
        @match web_link(first) {
            Some(url) => { a href=(url) rel="noopener noreferrer" { (shown(url)) } (shown(rest)) },
            None => (shown(source)),
        }
    }
}

/// The text as a link target, when it is an `http` or `https` URL and nothing else: no other
/// scheme, no white space or control character inside, a host after `//`.
pub(super) fn web_link(text: &str) -> Option<&str> {
    let lower = text.get(..8).unwrap_or(text).to_ascii_lowercase();
    let web = lower.starts_with("http://") || lower.starts_with("https://");
    let host = text.split_once("//").map_or("", |(_, rest)| rest);
    let clean = !text.chars().any(|c| c.is_whitespace() || c.is_control());
    (web && clean && !host.is_empty()).then_some(text)
}

/// The first `limit` questions of the checklist, under the heading of their reason.
fn questions(checklist: &VendorChecklist, limit: usize, lang: Lang) -> Markup {
    let first = &checklist.items[..limit.min(checklist.items.len())];
    html! {
        h4 { (Msg::OpenQuestions.text(lang)) }
        @if first.is_empty() {
            p { (Msg::NoOpenQuestions.text(lang)) }
        } @else {
            p.small { (words::first_questions(lang, first.len(), checklist.items.len())) }
            @for group in first.chunk_by(|a, b| a.reason == b.reason) {
                h5 { (group[0].reason.heading(lang)) }
                ol.questions start=(group[0].order) {
                    @for item in group {
                        li { (shown(&item.question)) div.why { (shown(&item.why)) } }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::web_link;

    #[test]
    fn only_http_and_https_urls_become_links() {
        for link in ["https://example.com/a?b=1", "HTTP://x.y", "http://h"] {
            assert_eq!(web_link(link), Some(link));
        }
        for text in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " https://x.y",
            "https://x.y/\u{1b}",
            "https://a b",
            "https://",
            "data:text/html,<script>",
            "ftp://x.y",
            "contract §4.2",
            "//evil.example",
            "http:/x",
        ] {
            assert_eq!(web_link(text), None, "{text}");
        }
    }
}
