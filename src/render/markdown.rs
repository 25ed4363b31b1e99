//! `--format markdown`: a GitHub-flavoured table for a wiki or a pull request, with the
//! legend, the notes and, with `--explain`, one table per vendor. Text from files is written as
//! literal text ([`escape`], [`code_span`]; SPEC §5), here and in the Markdown checklist.

use super::text::escape_control;
use super::{
    explain_evidence, explain_fact, explain_range, explain_score, one_decimal, range_text,
    rank_text, summary_line,
};
use crate::decide::Evaluation;
use crate::decide::VendorResult;
use crate::i18n::{report, Lang};
use std::fmt::Write;

/// Renders the evaluation as Markdown, its headings and labels in the language.
pub fn render(evaluation: &Evaluation, explain: bool, lang: Lang) -> Vec<u8> {
    let mut out = String::new();
    let _ = writeln!(out, "{}\n", escape(&summary_line(evaluation, lang)));
    ranking(&mut out, evaluation, lang);
    notes(&mut out, evaluation, lang);
    if explain {
        for vendor in &evaluation.vendors {
            explanation(&mut out, vendor, evaluation, lang);
        }
    }
    out.into_bytes()
}

fn ranking(out: &mut String, evaluation: &Evaluation, lang: Lang) {
    let criteria = &evaluation.scorecard.criteria;
    let (before, after) = report::markdown_headers(lang);
    let mut header: Vec<String> = before.iter().map(|h| h.to_string()).collect();
    header.extend(criteria.iter().zip(&evaluation.weights).map(|(c, &w)| {
        format!(
            "{} ({})",
            escape(&c.id),
            crate::util::number::format_number(w)
        )
    }));
    header.extend(after.iter().map(|h| h.to_string()));
    let mut align = vec!["---:", ":---", ":---", "---:"];
    align.extend(criteria.iter().map(|_| "---:"));
    align.extend(["---:", "---:", ":---"]);
    let ranges = evaluation.ranks_could_move();
    if ranges {
        header.insert(header.len() - 1, report::markdown_range_header(lang).into());
        align.insert(align.len() - 1, ":---");
    }
    row(out, &header);
    row(
        out,
        &align.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
    );
    for vendor in &evaluation.vendors {
        let mut cells = vec![
            rank_text(vendor),
            escape(vendor.name),
            escape(vendor.plan),
            one_decimal(vendor.score),
        ];
        cells.extend(
            vendor
                .criteria
                .iter()
                .map(|c| c.score.map_or_else(|| "?".to_string(), one_decimal)),
        );
        cells.extend([vendor.unknowns.to_string(), one_decimal(vendor.confidence)]);
        if ranges {
            cells.push(range_text(vendor, lang));
        }
        cells.push(report::status(vendor.status, lang).to_string());
        row(out, &cells);
    }
}

fn notes(out: &mut String, evaluation: &Evaluation, lang: Lang) {
    let mut notes = super::notes(evaluation, lang).into_iter().peekable();
    if notes.peek().is_some() {
        let _ = writeln!(out, "\n**{}**\n", report::notes_heading(lang));
    }
    for (vendor, note) in notes {
        let label = crate::i18n::labelled(lang, &code_span(vendor.id));
        let _ = writeln!(out, "- {label}{}", escape(&note));
    }
}

fn explanation(out: &mut String, vendor: &VendorResult, evaluation: &Evaluation, lang: Lang) {
    let card = evaluation.scorecard;
    let range = explain_range(evaluation, vendor, lang);
    let name = report::name_and_plan(vendor.name, vendor.plan);
    let standing = report::standing(lang, vendor.rank, vendor.status);
    let total = one_decimal(vendor.score);
    let confidence = crate::util::number::fixed(vendor.confidence, 0);
    let heading = report::vendor_with_id(lang, &escape(&name), &code_span(vendor.id));
    let line = report::explain_line(lang, &total, &standing, &confidence, range.as_deref());
    let _ = writeln!(
        out,
        "\n### {heading}\n\n{}\n",
        report::sentence(lang, &capitalised(&line))
    );
    for note in vendor.note_texts(card, lang) {
        let _ = writeln!(out, "- {}", escape(&note));
    }
    if !vendor.notes.is_empty() {
        out.push('\n');
    }
    row(
        out,
        &report::markdown_explain_headers(lang).map(String::from),
    );
    row(
        out,
        &[":---", ":---", ":---", "---:", "---:", "---:", ":---"].map(String::from),
    );
    for c in &vendor.criteria {
        let (fact, meaning) = explain_fact(c, lang);
        let weight = crate::util::number::format_number(c.weight);
        row(
            out,
            &[
                escape(c.id),
                escape(&fact),
                escape(&meaning),
                explain_score(c, lang),
                weight,
                one_decimal(c.contribution),
                match c.fact {
                    Some(_) => escape(&explain_evidence(c, Lang::En)),
                    None => String::new(),
                },
            ],
        );
    }
    tickets(out, vendor, lang);
}

/// Under a vendor's explanation, each trial ticket with its promise, deadline and verdict.
fn tickets(out: &mut String, vendor: &VendorResult, lang: Lang) {
    if vendor.tickets.is_empty() {
        return;
    }
    let heading = crate::i18n::trial::tickets_heading(lang);
    let _ = writeln!(out, "\n**{}**\n", escape(heading));
    for result in &vendor.tickets {
        let line = crate::i18n::trial::ticket_line(result, lang);
        let _ = writeln!(out, "- {}", escape(&line));
    }
}

/// A line that starts a sentence: its first letter upper-case (Chinese is unchanged).
pub(super) fn capitalised(line: &str) -> String {
    let mut chars = line.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

fn row(out: &mut String, cells: &[String]) {
    let _ = writeln!(out, "| {} |", cells.join(" | "));
}

/// The characters that could start markup (emphasis, code, links and images, HTML, entities,
/// strikethrough) or split a table cell; each is written behind a backslash.
const MARKUP: &[char] = &['\\', '`', '*', '_', '[', ']', '<', '>', '&', '|', '~'];

/// Text from a file as literal Markdown text (SPEC §5), for a table cell, a heading or a list
/// item: control characters and line breaks escaped as on a terminal (`\u{1b}`, `\n`), then
/// every character that could start markup or split a table cell put behind a backslash, so
/// no HTML, link, image, emphasis or extra cell can come from a profile. Left alone, as they
/// already show as themselves: a backslash before a letter (as in `\u{1b}`), and `_` between
/// letters or digits (`response_sla`), which can neither open nor close emphasis.
pub fn escape(text: &str) -> String {
    let text: Vec<char> = escape_control(text).chars().collect();
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for (i, &c) in text.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| text[j]);
        let after = text.get(i + 1).copied();
        let literal = match c {
            '\\' => after.is_some_and(|next| !next.is_ascii_punctuation()),
            '_' => {
                before.is_some_and(char::is_alphanumeric)
                    && after.is_some_and(char::is_alphanumeric)
            }
            _ => false,
        };
        if MARKUP.contains(&c) && !literal {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Text from a file (an id) as an inline code span outside a table: the fence is one backtick
/// longer than the longest run of backticks inside, and the text is padded with a space when
/// it starts or ends with a backtick or a space (Markdown strips one from each side).
/// Control characters and line breaks are escaped as on a terminal.
pub fn code_span(text: &str) -> String {
    let text = escape_control(text);
    let longest_run = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest_run + 1);
    let edges = [text.chars().next(), text.chars().next_back()];
    let pad = edges.iter().any(|c| matches!(c, Some('`' | ' '))) && !text.chars().all(|c| c == ' ');
    let pad = if pad { " " } else { "" };
    format!("{fence}{pad}{text}{pad}{fence}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_from_a_file_is_escaped() {
        assert_eq!(
            escape("<script>alert(1)</script>"),
            "\\<script\\>alert(1)\\</script\\>"
        );
        assert_eq!(
            escape("[x](javascript:alert(1)) **b** ~~s~~ &amp; a|b"),
            "\\[x\\](javascript:alert(1)) \\*\\*b\\*\\* \\~\\~s\\~\\~ \\&amp; a\\|b"
        );
        assert_eq!(escape("`code`"), "\\`code\\`");
    }

    #[test]
    fn underscores_inside_words_and_backslashes_before_letters_stay_as_they_are() {
        assert_eq!(
            escape("response_sla _em_ a__b"),
            "response_sla \\_em\\_ a\\_\\_b"
        );
        assert_eq!(
            escape("C:\\path \\* \\| end\\"),
            "C:\\path \\\\\\* \\\\\\| end\\\\"
        );
    }

    #[test]
    fn control_characters_and_line_breaks_are_escaped_first() {
        assert_eq!(escape("a\nb\u{1b}[2J"), "a\\nb\\u{1b}\\[2J");
        assert_eq!(escape("x\u{2028}<"), "x\\u{2028}\\<");
    }

    #[test]
    fn a_code_span_fence_is_longer_than_any_backtick_run_inside() {
        assert_eq!(code_span("acme"), "`acme`");
        assert_eq!(code_span("a`b"), "``a`b``");
        assert_eq!(code_span("tick`s``"), "``` tick`s`` ```");
        assert_eq!(code_span("`x"), "`` `x ``");
        assert_eq!(code_span(" x"), "`  x `");
        assert_eq!(code_span("  "), "`  `");
        assert_eq!(code_span("a\u{1b}\nb"), "`a\\u{1b}\\nb`");
    }
}
