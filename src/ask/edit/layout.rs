//! The file's own layout through an edit: a list keeps the comments of the items that stay and
//! its one-per-line or one-line form; a key added to an inline table takes its place after the
//! last one (a comment there stays with that key); each line keeps its line ending, new lines
//! get the file's usual one.

use std::collections::{HashMap, VecDeque};
use toml_edit::{Array, InlineTable, RawString, Value};

/// One item of a list as written: the comment lines above it and its indentation (`head`),
/// the value, and what follows its comma on its own line, a comment and the line break (`tail`).
struct Entry {
    head: String,
    value: Value,
    tail: String,
    /// The item begins a line (after `[` or an earlier item's line break).
    starts_line: bool,
    /// Not in the list before.
    new: bool,
}

/// A list taken apart: what follows `[` on its line, the items, what precedes `]`.
struct Parts {
    opening: String,
    entries: Vec<Entry>,
    closing: String,
}

/// Makes `array` hold `items`: the items that stay keep their place, their comments and their
/// quoting; removed items leave with their comments; new items are appended in the list's form.
pub(super) fn merge_list(array: &mut Array, items: &[String]) {
    let Parts {
        opening,
        entries,
        closing,
    } = take_apart(array);
    let layout = Layout::of(&opening, &entries);
    let mut kept: Vec<Entry> = Vec::new();
    for entry in entries {
        let wanted = entry
            .value
            .as_str()
            .is_some_and(|v| items.iter().any(|i| i == v));
        let seen = kept
            .iter()
            .any(|k| k.value.as_str() == entry.value.as_str());
        if wanted && !seen {
            kept.push(entry);
        }
    }
    for item in items {
        if !kept.iter().any(|k| k.value.as_str() == Some(item.as_str())) {
            kept.push(layout.new_entry(item));
        }
    }
    if let Some(last) = kept.last_mut() {
        // `]` stays on a line of its own, or after the last item, as it was.
        if layout.last_ends_line && !ends_line(last) {
            last.tail.push('\n');
        } else if !layout.last_ends_line && last.new {
            last.tail.clear();
        }
    }
    put_together(array, opening, kept, closing, &layout);
}

fn ends_line(entry: &Entry) -> bool {
    entry.tail.ends_with('\n')
}

/// How a list lays out its items.
struct Layout {
    /// Some item ends a line: new items get lines of their own.
    one_per_line: bool,
    last_ends_line: bool,
    /// Before an item that begins a line.
    indent: String,
    /// Before a first item on the line of `[`.
    first_inline: String,
    /// Between items on one line.
    between: String,
}

impl Layout {
    fn of(opening: &str, entries: &[Entry]) -> Layout {
        let first_inline = match entries.first() {
            Some(first) if !first.starts_line => first.head.clone(),
            _ => String::new(),
        };
        Layout {
            one_per_line: opening.ends_with('\n') || entries.iter().any(ends_line),
            last_ends_line: entries.last().is_some_and(ends_line),
            indent: entries
                .iter()
                .rev()
                .find(|e| e.starts_line)
                .map_or("  ".to_string(), |e| last_line(&e.head).to_string()),
            first_inline,
            between: entries
                .iter()
                .skip(1)
                .find(|e| !e.starts_line)
                .map_or(" ".to_string(), |e| e.head.clone()),
        }
    }

    fn new_entry(&self, item: &str) -> Entry {
        let mut value = Value::from(item);
        value.decor_mut().set_prefix("");
        value.decor_mut().set_suffix("");
        Entry {
            head: String::new(),
            value,
            tail: if self.one_per_line { "\n" } else { "" }.to_string(),
            starts_line: self.one_per_line,
            new: true,
        }
    }

    /// What goes between `before` (`[` and what follows it, or the previous item's comma and
    /// what follows that) and the item.
    fn head(&self, entry: &Entry, before: &str, first: bool) -> String {
        match (before.ends_with('\n'), first) {
            (true, _) if entry.starts_line && !entry.new => entry.head.clone(),
            (true, _) => self.indent.clone(),
            (false, true) => self.first_inline.clone(),
            (false, false) if entry.new => self.between.clone(),
            (false, false) => entry.head.clone(),
        }
    }
}

/// What follows the last line break, or all of `text`.
fn last_line(text: &str) -> &str {
    text.rsplit('\n').next().unwrap_or(text)
}

/// `text` up to and including its first line break, and the rest; ("", text) without one.
fn split_line(text: &str) -> (&str, &str) {
    match text.find('\n') {
        Some(at) => text.split_at(at + 1),
        None => ("", text),
    }
}

fn raw(text: Option<&RawString>, default: &str) -> String {
    text.and_then(RawString::as_str)
        .unwrap_or(default)
        .to_string()
}

/// The list's items with what belongs to each: the comment after an item's comma sits in the
/// next item's prefix (or the list's trailing text) in toml_edit; here it moves to the item.
fn take_apart(array: &Array) -> Parts {
    let mut opening = String::new();
    let mut entries: Vec<Entry> = Vec::new();
    for (index, value) in array.iter().enumerate() {
        let prefix = raw(value.decor().prefix(), if index == 0 { "" } else { " " });
        let (line_end, head) = split_line(&prefix);
        let before = match entries.last_mut() {
            Some(previous) => &mut previous.tail,
            None => &mut opening,
        };
        *before = line_end.to_string();
        let starts_line = before.ends_with('\n');
        let mut value = value.clone();
        value.decor_mut().set_prefix("");
        entries.push(Entry {
            head: head.to_string(),
            value,
            tail: String::new(),
            starts_line,
            new: false,
        });
    }
    let mut trailing = raw(Some(array.trailing()), "");
    let Some(last) = entries.last_mut() else {
        return Parts {
            opening,
            entries,
            closing: trailing,
        };
    };
    if !array.trailing_comma() {
        // Without a comma after the last item, what follows it is the value's suffix.
        trailing = raw(last.value.decor().suffix(), "") + &trailing;
        last.value.decor_mut().set_suffix("");
    }
    let (line_end, closing) = split_line(&trailing);
    last.tail = line_end.to_string();
    Parts {
        opening,
        entries,
        closing: closing.to_string(),
    }
}

fn put_together(
    array: &mut Array,
    opening: String,
    entries: Vec<Entry>,
    closing: String,
    layout: &Layout,
) {
    let mut rebuilt = Array::new();
    let mut before = opening;
    for (index, entry) in entries.into_iter().enumerate() {
        if (entry.starts_line || entry.head.contains('\n')) && !before.ends_with('\n') {
            before.push('\n');
        }
        let head = layout.head(&entry, &before, index == 0);
        let mut value = entry.value;
        value.decor_mut().set_prefix(before + &head);
        rebuilt.push_formatted(value);
        before = entry.tail;
    }
    let trailing_comma = array.trailing_comma() && !rebuilt.is_empty();
    rebuilt.set_trailing(before + &closing);
    rebuilt.set_trailing_comma(trailing_comma);
    *rebuilt.decor_mut() = array.decor().clone();
    *array = rebuilt;
}

/// Adds `key = value` after the last key of a non-empty inline table, in its layout: on one
/// line, the spacing before `}` moves after the new key; over several lines, the new key gets
/// a line of its own, after the comment that followed the last key.
pub(super) fn insert_inline(table: &mut InlineTable, key: &str, value: Value) {
    let last_key = table.iter().last().map(|(k, _)| k.to_string());
    let Some(last_key) = last_key.filter(|_| !table.is_dotted()) else {
        table.insert(key, value);
        return;
    };
    let indent = table
        .key(&last_key)
        .map(|k| last_line(&raw(k.leaf_decor().prefix(), " ")).to_string())
        .unwrap_or_else(|| " ".to_string());
    let mut trailing = raw(Some(table.trailing()), "");
    let mut suffix = String::new();
    if let Some(last) = table.get_mut(&last_key) {
        suffix = raw(last.decor().suffix(), "");
        last.decor_mut().set_suffix("");
    }
    if !table.trailing_comma() && suffix.contains(['\n', '#']) {
        trailing = std::mem::take(&mut suffix) + &trailing;
    }
    let (line_end, rest) = split_line(&trailing);
    let mut value = value;
    let key_prefix = if line_end.is_empty() {
        // One line: `{ a = 1 }` becomes `{ a = 1, b = 2 }`.
        value.decor_mut().set_suffix(suffix);
        table.set_trailing(rest);
        " ".to_string()
    } else {
        // Several lines: the comment after the last key stays on its line.
        value.decor_mut().set_suffix("");
        table.set_trailing(format!("\n{rest}"));
        format!("{line_end}{indent}")
    };
    table.insert(key, value);
    if let Some(mut new_key) = table.key_mut(key) {
        new_key.leaf_decor_mut().set_prefix(key_prefix);
    }
}

/// `rendered` with the line endings of `original`: a line as it was keeps its ending (CRLF or
/// LF), a new or changed line gets the ending most lines of `original` have.
pub(super) fn keep_line_endings(original: &str, rendered: &str) -> String {
    let mut endings: HashMap<&str, VecDeque<&str>> = HashMap::new();
    let (mut crlf, mut lf) = (0usize, 0usize);
    for line in original.split_inclusive('\n') {
        let (content, ending) = split_ending(line);
        match ending {
            "\r\n" => crlf += 1,
            "\n" => lf += 1,
            _ => {}
        }
        endings.entry(content).or_default().push_back(ending);
    }
    let usual = if crlf > lf { "\r\n" } else { "\n" };
    let mut out = String::with_capacity(rendered.len() + rendered.len() / 16);
    for line in rendered.split_inclusive('\n') {
        let (content, ending) = split_ending(line);
        let kept = endings.get_mut(content).and_then(VecDeque::pop_front);
        out.push_str(content);
        out.push_str(match (ending, kept) {
            ("", _) => "",
            (_, Some(was)) if !was.is_empty() => was,
            _ => usual,
        });
    }
    out
}

/// A line without its ending, and the ending (`\r\n`, `\n`, or none at the end of the text).
fn split_ending(line: &str) -> (&str, &str) {
    if let Some(content) = line.strip_suffix("\r\n") {
        (content, "\r\n")
    } else if let Some(content) = line.strip_suffix('\n') {
        (content, "\n")
    } else {
        (line, "")
    }
}
