//! The one escaping of text that comes from files or the command line (SPEC §2): control
//! characters, DEL, the bidirectional controls and the Unicode line breaks become visible text
//! (`\u{1b}`), so that such text cannot move the cursor, recolour or retitle the terminal,
//! reorder what is shown, or start a line of its own. Every layer prints through it: renderers
//! (re-exported as `render::text::escape_control`), diagnostics, prompts, the error printer and
//! stdout on a terminal.

/// Escapes control characters, bidirectional and line-breaking controls so that profile text
/// cannot move the cursor, recolour the terminal, reorder what is shown or start a new line.
/// Its output holds none of them, so escaping twice changes nothing.
pub fn escape_control(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() || is_invisible_control(c) => {
                out.push_str(&format!("\\u{{{:x}}}", c as u32));
            }
            c => out.push(c),
        }
    }
    out
}

/// [`escape_control`] on each line of a text whose line breaks (`\n`) are its own (a table, a
/// CSV file, a message of several lines): the breaks stay, everything else is escaped.
pub fn escape_lines(text: &str) -> String {
    text.split('\n')
        .map(escape_control)
        .collect::<Vec<_>>()
        .join("\n")
}

/// Whether [`escape_control`] would change `text`.
pub fn needs_escaping(text: &str) -> bool {
    text.chars()
        .any(|c| c.is_control() || is_invisible_control(c))
}

/// The bidirectional marks, embeddings, overrides and isolates, and the Unicode line and
/// paragraph separators (SPEC §2).
fn is_invisible_control(c: char) -> bool {
    matches!(
        c,
        '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{2028}' | '\u{2029}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_control_characters() {
        assert_eq!(escape_control("a\u{1b}[31mb\n"), "a\\u{1b}[31mb\\n");
        assert_eq!(escape_control("ok 声网"), "ok 声网");
        assert_eq!(escape_control("x\u{202e}y"), "x\\u{202e}y");
        assert_eq!(escape_control("\u{7f}\u{9b}"), "\\u{7f}\\u{9b}");
        assert_eq!(
            escape_control("\u{1b}]0;title\u{7}"),
            "\\u{1b}]0;title\\u{7}"
        );
    }

    #[test]
    fn escapes_line_separators_and_the_arabic_letter_mark() {
        assert_eq!(
            escape_control("a\u{2028}b\u{2029}c\u{61c}d"),
            "a\\u{2028}b\\u{2029}c\\u{61c}d"
        );
    }

    #[test]
    fn escaping_twice_changes_nothing() {
        let once = escape_control("\u{1b}[2J\u{9b}1m\u{2066}\r\n\t\\u{1b}");
        assert_eq!(escape_control(&once), once);
        assert!(!needs_escaping(&once));
    }

    #[test]
    fn escape_lines_keeps_the_line_breaks_only() {
        assert_eq!(
            escape_lines("a\u{1b}[2J\nb\r\n\u{2028}\n"),
            "a\\u{1b}[2J\nb\\r\n\\u{2028}\n"
        );
    }

    #[test]
    fn needs_escaping_agrees_with_escape_control() {
        for text in [
            "plain",
            "声网",
            "\u{1b}",
            "a\nb",
            "\u{85}",
            "\u{200f}",
            "a\u{feff}",
        ] {
            assert_eq!(
                needs_escaping(text),
                escape_control(text) != text,
                "{text:?}"
            );
        }
    }
}
