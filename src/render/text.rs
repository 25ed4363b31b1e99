//! Terminal text: escaping what comes from files, measuring it in display columns (a CJK
//! character is 2) and wrapping it to `--width` (SPEC §2). Lines break at spaces or between
//! CJK characters, never inside a word; a word wider than the width stands alone on its line.
//! Escape first, then measure: the escaped text is what the terminal shows.

use textwrap::core::Word;
use textwrap::{Options, WordSeparator, WordSplitter, WrapAlgorithm};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The one escaping function (SPEC §2), kept in `util` so that every layer can print through it.
pub use crate::util::escape::escape_control;

/// How many terminal columns `text` takes: a CJK character counts 2.
pub fn display_width(text: &str) -> usize {
    text.width()
}

/// The widest piece of `text` that no line break may split (a word, or one CJK character).
pub fn widest_word(text: &str) -> usize {
    break_into_words(text)
        .map(|word| word.width)
        .max()
        .unwrap_or(0)
}

/// Whether `text` is one piece that no line break may split: one word in the sense of [`wrap`]
/// (`· ]x` is one, since no line may start with a closing bracket).
pub fn is_unbreakable(text: &str) -> bool {
    break_into_words(text).nth(1).is_none()
}

/// `text` wrapped to `width` columns.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    wrap_indented(text, width, "", "")
}

/// `text` wrapped to `width` columns, its first line after `first`, the others after `rest`.
pub fn wrap_indented(text: &str, width: usize, first: &str, rest: &str) -> Vec<String> {
    let options = Options::new(width)
        .initial_indent(first)
        .subsequent_indent(rest)
        .word_separator(WordSeparator::Custom(break_into_words))
        .word_splitter(WordSplitter::NoHyphenation)
        .wrap_algorithm(WrapAlgorithm::FirstFit)
        .break_words(false);
    textwrap::wrap(text, options)
        .into_iter()
        .map(|line| line.trim_end().to_string())
        .collect()
}

/// Entries joined by `separator` as long as a line stays within `width`; an entry that does not
/// fit on a line of its own is wrapped.
pub fn join_wrapped(entries: &[String], separator: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for entry in entries {
        let joined = display_width(&line) + display_width(separator) + display_width(entry);
        if !line.is_empty() && joined <= width {
            line.push_str(separator);
            line.push_str(entry);
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        let mut pieces = wrap(entry, width);
        line = pieces.pop().unwrap_or_default();
        lines.extend(pieces);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Splits a line into the pieces textwrap may put on different lines: a break is allowed after
/// a space and between CJK characters (as Unicode line breaking permits there, so no line starts
/// with a closing bracket or a full stop), nowhere else.
fn break_into_words(line: &str) -> Box<dyn Iterator<Item = Word<'_>> + '_> {
    let mut start = 0;
    let breaks = unicode_linebreak::linebreaks(line).filter_map(move |(end, _)| {
        if end < line.len() && !may_break_at(line, end) {
            return None;
        }
        let word = Word::from(&line[start..end]);
        start = end;
        Some(word)
    });
    Box::new(breaks)
}

/// A break opportunity at byte `index` is taken after a space or beside a wide character.
fn may_break_at(line: &str, index: usize) -> bool {
    let before = line[..index].chars().next_back();
    let after = line[index..].chars().next();
    before == Some(' ') || before.is_some_and(is_wide) || after.is_some_and(is_wide)
}

fn is_wide(c: char) -> bool {
    c.width() == Some(2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_characters_take_two_columns() {
        assert_eq!(display_width("声网 RTC"), 8);
        assert_eq!(display_width("Lumen · Enterprise"), 18);
        assert_eq!(display_width("（企业版）"), 10);
    }

    #[test]
    fn wraps_at_spaces_within_the_width() {
        assert_eq!(
            wrap("one two three four five", 9),
            ["one two", "three", "four five"]
        );
    }

    #[test]
    fn wraps_between_cjk_characters_by_display_width() {
        let lines = wrap("腾讯云实时音视频企业版", 10);
        assert_eq!(lines, ["腾讯云实时", "音视频企业", "版"]);
        assert!(lines.iter().all(|l| display_width(l) <= 10));
    }

    #[test]
    fn no_line_starts_with_chinese_closing_punctuation() {
        let lines = wrap("一二三四，五六", 8);
        assert_eq!(lines, ["一二三", "四，五六"]);
    }

    #[test]
    fn never_breaks_inside_a_word_at_a_hyphen_or_slash() {
        assert_eq!(
            wrap("see mosaic-business https://a.example/b", 20),
            ["see mosaic-business", "https://a.example/b"]
        );
    }

    #[test]
    fn a_hyphenated_word_stays_whole() {
        assert_eq!(
            wrap("at a 50-hour support week", 10),
            ["at a", "50-hour", "support", "week"]
        );
    }

    #[test]
    fn a_word_wider_than_the_width_stands_alone_unbroken() {
        assert_eq!(
            wrap("a supercalifragilistic b", 10),
            ["a", "supercalifragilistic", "b"]
        );
    }

    #[test]
    fn indents_the_first_and_following_lines() {
        assert_eq!(
            wrap_indented("alpha beta gamma", 12, "  1. ", "     "),
            ["  1. alpha", "     beta", "     gamma"]
        );
    }

    #[test]
    fn widest_word_counts_a_cjk_run_per_character() {
        assert_eq!(widest_word("Lumen RTC · Enterprise"), 10);
        assert_eq!(widest_word("腾讯云 · 企业版"), 2);
        assert_eq!(widest_word(""), 0);
    }

    #[test]
    fn joins_entries_while_they_fit_measuring_the_separator_in_columns() {
        let entries = ["评分卡：教育".to_string(), "as of 2026-11-21".into()];
        assert_eq!(
            join_wrapped(&entries, " · ", 31),
            ["评分卡：教育 · as of 2026-11-21"]
        );
        assert_eq!(
            join_wrapped(&entries, " · ", 30),
            ["评分卡：教育", "as of 2026-11-21"]
        );
    }

    #[test]
    fn an_entry_wider_than_the_width_is_wrapped_on_its_own() {
        let entries = ["a".to_string(), "bb cc dd".into(), "e".into()];
        assert_eq!(join_wrapped(&entries, " · ", 6), ["a", "bb cc", "dd · e"]);
    }
}
