//! The fast path of the profile loader: one pass over a profile's text, straight to facts, with
//! no syntax tree. It reads only the plain subset of TOML that profiles are written in (bare,
//! quoted and dotted keys, table headers, inline tables, strings without escapes, decimal
//! numbers, booleans, dates, one-level lists, a source's `{ source, kind, checked }`) and keeps TOML's table rules (no duplicate key, no
//! table defined twice, no dotted key into an inline table or a header's table, no header over
//! a dotted or inline table).
//!
//! It accepts a file only when the full loader ([`crate::load::profile::load_profile`]) would
//! load it without a single diagnostic, and then gives the same [`Profile`]. Anything else, be
//! it a syntax error, an escape sequence, an unknown key, a duplicate, a value out of range or
//! a word outside a vocabulary, makes it give up (`None`): the full loader then reads the file
//! and reports every problem in its own words, at its own positions. When in doubt, it gives up.

use crate::load::source::SourceFile;
use crate::load::tree::parse_date;
use crate::model::duration::Duration;
use crate::model::fact::Fact;
use crate::model::profile::{vendor_id, Evidence, EvidenceKind, Profile};
use crate::model::schema::{self, Child, FieldSpec, FieldType};
use jiff::civil::Date;
use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::LazyLock;

/// The profile in `source` when it is clean (see the module comment), else `None`.
pub fn load_clean(source: &SourceFile) -> Option<Profile> {
    load_clean_on(source, None)
}

/// [`load_clean`] for an evaluation on `evaluation`: a date after it draws a warning from the
/// full loader, so it gives up.
pub fn load_clean_on(source: &SourceFile, evaluation: Option<Date>) -> Option<Profile> {
    let profile = read_clean(source)?;
    let later = |day: Date| evaluation.is_some_and(|evaluation| day > evaluation);
    let future_fact = profile
        .facts
        .values()
        .any(|fact| matches!(fact, Fact::Date(day) if later(*day)));
    let future_check = profile
        .sources
        .values()
        .any(|e| e.checked.is_some_and(later));
    (!future_fact && !future_check).then_some(profile)
}

fn read_clean(source: &SourceFile) -> Option<Profile> {
    let mut reader = Reader {
        scan: Scanner::new(&source.text),
        tables: Vec::with_capacity(16),
        section: ROOT,
        found: Found::new(),
    };
    reader.document()?;
    let sources = std::mem::take(&mut reader.found.sources);
    let profile = Profile {
        id: vendor_id(&source.path),
        path: source.path.clone(),
        facts: reader.found.into_facts().into_iter().collect(),
        sources: sources
            .into_iter()
            .map(|(key, evidence)| (key.to_string(), evidence))
            .collect(),
        tickets: Vec::new(),
    };
    // `[price]` is checked as a whole by the full loader (exactly one way of billing).
    if profile.facts.keys().any(|path| path.starts_with("price.")) {
        return None;
    }
    let cites_facts = profile
        .sources
        .keys()
        .all(|key| schema::is_fact_path(key) || profile.facts.contains_key::<str>(key));
    (profile.facts.contains_key("name") && cites_facts).then_some(profile)
}

/// A value as written, before it becomes a fact.
#[derive(Debug, Clone, PartialEq)]
enum Value<'a> {
    Str(&'a str),
    Bool(bool),
    Integer(&'a str),
    Float(&'a str),
    Date(Date),
    List(Vec<&'a str>),
}

/// How a table came to be, for TOML's rules on defining it again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Origin {
    /// `[header]`.
    Header,
    /// The parent of a header (`support` of `[support.first_response]`).
    Implicit,
    /// The parent of a dotted key (`support` of `support.coverage = …`).
    Dotted,
    /// An inline table (`{ … }`), closed once written.
    Inline,
}

/// Most parts of a key this path accepts (`support.first_response.critical` has 3).
const MAX_KEY_PARTS: usize = 4;

/// A dotted key, split into its parts.
#[derive(Debug, Default)]
struct Key<'a> {
    parts: [&'a str; MAX_KEY_PARTS],
    len: usize,
}

impl<'a> Key<'a> {
    fn parts(&self) -> &[&'a str] {
        &self.parts[..self.len]
    }
}

/// The facts of the schema's fields by [`Index::by_rank`], those of `[extra]` and the
/// sources in file order, with the keys of both seen so far (a file may have many).
struct Found<'a> {
    fields: [Option<Fact>; FIELD_COUNT],
    extra: Vec<(String, Fact)>,
    sources: Vec<(&'a str, Evidence)>,
    extra_keys: HashSet<&'a str>,
    source_keys: HashSet<&'a str>,
}

const FIELD_COUNT: usize = schema::FIELDS.len();

impl Found<'_> {
    fn new() -> Self {
        Found {
            fields: [const { None }; FIELD_COUNT],
            extra: Vec::new(),
            sources: Vec::new(),
            extra_keys: HashSet::new(),
            source_keys: HashSet::new(),
        }
    }

    /// The facts by path in sorted order, the order of the map they go into, so that
    /// building the map sorts nothing.
    fn into_facts(mut self) -> Vec<(Cow<'static, str>, Fact)> {
        let index = &*INDEX;
        self.extra.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut extra = Some(self.extra);
        let mut facts = Vec::with_capacity(FIELD_COUNT);
        for (rank, fact) in self.fields.into_iter().enumerate() {
            if rank == index.extra_rank {
                facts.extend(
                    extra
                        .take()
                        .into_iter()
                        .flatten()
                        .map(|(p, f)| (Cow::Owned(p), f)),
                );
            }
            if let Some(fact) = fact {
                facts.push((
                    Cow::Borrowed(schema::FIELDS[index.by_rank[rank]].path),
                    fact,
                ));
            }
        }
        facts.extend(extra.into_iter().flatten().map(|(p, f)| (Cow::Owned(p), f)));
        facts
    }
}

/// A table of the schema, by its place in [`Index::tables`].
type TableId = usize;

/// The top level.
const ROOT: TableId = 0;

/// What a key names inside a table.
#[derive(Debug, Clone, Copy)]
enum Target {
    Table(TableId),
    /// A field, by its rank (see [`Index::by_rank`]).
    Field(usize),
}

/// The schema as the fast path looks it up: tables by number, each with its keys.
struct Index {
    /// Each table's keys: the top level first, then [`schema::TABLES`] in order.
    tables: Vec<Vec<(&'static str, Target)>>,
    extra: TableId,
    sources: TableId,
    /// The fields by rank, their order by path, the order of [`Profile::facts`]: each
    /// field's place in [`schema::FIELDS`].
    by_rank: Vec<usize>,
    /// The rank before which `extra.*` paths come.
    extra_rank: usize,
}

static INDEX: LazyLock<Index> = LazyLock::new(|| {
    let paths: Vec<&str> = std::iter::once("")
        .chain(schema::TABLES.iter().copied())
        .collect();
    let id = |path: &str| {
        paths
            .iter()
            .position(|p| *p == path)
            .expect("a schema table")
    };
    let mut by_rank: Vec<usize> = (0..FIELD_COUNT).collect();
    by_rank.sort_unstable_by_key(|&field| schema::FIELDS[field].path);
    let rank = |path: &str| by_rank.iter().position(|&f| schema::FIELDS[f].path == path);
    let tables = paths
        .iter()
        .map(|&table| {
            let keys = schema::children(table)
                .iter()
                .map(|&(key, child)| match child {
                    Child::Table(path) => (key, Target::Table(id(path))),
                    Child::Field(spec) => (key, Target::Field(rank(spec.path).expect("a field"))),
                });
            keys.collect()
        })
        .collect();
    let extra_rank = by_rank.partition_point(|&f| schema::FIELDS[f].path < "extra.");
    Index {
        tables,
        extra: id("extra"),
        sources: id("sources"),
        by_rank,
        extra_rank,
    }
});

/// The document reader: the scanner, the tables defined so far and the current `[section]`.
struct Reader<'a> {
    scan: Scanner<'a>,
    tables: Vec<(TableId, Origin)>,
    section: TableId,
    found: Found<'a>,
}

impl<'a> Reader<'a> {
    /// Reads every line: blank, comment, `[header]` or `key = value`.
    fn document(&mut self) -> Option<()> {
        loop {
            self.scan.blank_lines()?;
            match self.scan.peek() {
                None => return Some(()),
                Some(b'[') => self.header()?,
                Some(_) => {
                    let key = self.scan.key()?;
                    self.scan.spaces();
                    self.scan.expect(b'=')?;
                    self.scan.spaces();
                    self.key_value(self.section, &key, Origin::Dotted)?;
                }
            }
            self.scan.end_of_line()?;
        }
    }

    /// `[a.b]`: its parents may exist as headers' tables; the table itself must be new.
    fn header(&mut self) -> Option<()> {
        self.scan.expect(b'[')?;
        if self.scan.peek() == Some(b'[') {
            return None; // arrays of tables: no profile field is one
        }
        self.scan.spaces();
        let key = self.scan.key()?;
        self.scan.spaces();
        self.scan.expect(b']')?;
        let (last, parents) = key.parts().split_last()?;
        let mut table = ROOT;
        for part in parents {
            table = child_table(table, part)?;
            self.open_parent(table, Origin::Implicit, &[Origin::Header, Origin::Implicit])?;
        }
        table = child_table(table, last)?;
        self.define(table, Origin::Header)?;
        self.section = table;
        Some(())
    }

    /// `key = value` inside `table`; a dotted key's parents are tables of `origin`.
    fn key_value(&mut self, table: TableId, key: &Key<'a>, origin: Origin) -> Option<()> {
        let (last, parents) = key.parts().split_last()?;
        let mut table = table;
        for part in parents {
            table = child_table(table, part)?;
            self.open_parent(table, origin, &[origin])?;
        }
        if self.scan.peek() == Some(b'{') {
            if table == INDEX.sources {
                return self.evidence_table(last);
            }
            return self.inline_table(child_table(table, last)?);
        }
        let value = self.scan.value()?;
        self.store(table, last, value)
    }

    /// `{ key = value, … }` on one line: a table closed once written.
    fn inline_table(&mut self, table: TableId) -> Option<()> {
        self.define(table, Origin::Inline)?;
        self.scan.expect(b'{')?;
        self.scan.spaces();
        if self.scan.eat(b'}') {
            return Some(());
        }
        loop {
            let key = self.scan.key()?;
            self.scan.spaces();
            self.scan.expect(b'=')?;
            self.scan.spaces();
            if self.scan.peek() == Some(b'{') {
                return None; // nested inline tables: no profile needs them
            }
            self.key_value(table, &key, Origin::Inline)?;
            self.scan.spaces();
            if self.scan.eat(b'}') {
                return Some(());
            }
            self.scan.expect(b',')?;
            self.scan.spaces();
        }
    }

    /// `{ source = "…", kind = "…", checked = DATE }`, the table form of the source of `key`,
    /// on one line: each key once, `source` required, a known kind, a valid date.
    fn evidence_table(&mut self, key: &'a str) -> Option<()> {
        self.scan.expect(b'{')?;
        let mut parts = EvidenceParts::default();
        loop {
            self.scan.spaces();
            let name = self.scan.simple_key()?;
            self.scan.spaces();
            self.scan.expect(b'=')?;
            self.scan.spaces();
            parts.read(name, self.scan.value()?)?;
            self.scan.spaces();
            if self.scan.eat(b'}') {
                break;
            }
            self.scan.expect(b',')?;
        }
        let evidence = parts.into_evidence()?;
        self.store_evidence(key, evidence)
    }

    /// Reaches `table` as the parent of a longer key: new tables get `origin`, existing
    /// ones must have come to be in one of the `reopenable` ways.
    fn open_parent(&mut self, table: TableId, origin: Origin, reopenable: &[Origin]) -> Option<()> {
        match self.tables.iter().find(|(id, _)| *id == table) {
            Some((_, existing)) => reopenable.contains(existing).then_some(()),
            None => {
                self.tables.push((table, origin));
                Some(())
            }
        }
    }

    /// Defines a table that must not exist yet.
    fn define(&mut self, table: TableId, origin: Origin) -> Option<()> {
        if self.tables.iter().any(|(id, _)| *id == table) {
            return None;
        }
        self.tables.push((table, origin));
        Some(())
    }

    /// Stores `key = value` of `table` as a fact or a source; a second value is refused.
    fn store(&mut self, table: TableId, key: &'a str, value: Value<'a>) -> Option<()> {
        let index = &*INDEX;
        if table == index.extra {
            self.store_extra(key, value)
        } else if table == index.sources {
            self.store_source(key, value)
        } else {
            match find(table, key)? {
                Target::Field(field) => self.store_field(field, value),
                Target::Table(_) => None,
            }
        }
    }

    /// A field's value, by the field's rank.
    fn store_field(&mut self, rank: usize, value: Value<'a>) -> Option<()> {
        let slot = &mut self.found.fields[rank];
        if slot.is_some() {
            return None;
        }
        let spec = &schema::FIELDS[INDEX.by_rank[rank]];
        *slot = Some(field_fact(spec, value)?);
        Some(())
    }

    fn store_extra(&mut self, key: &'a str, value: Value<'a>) -> Option<()> {
        if !self.found.extra_keys.insert(key) {
            return None;
        }
        let fact = extra_fact(value)?;
        self.found.extra.push((format!("extra.{key}"), fact));
        Some(())
    }

    fn store_source(&mut self, key: &'a str, value: Value<'a>) -> Option<()> {
        let Value::Str(text) = value else {
            return None;
        };
        self.store_evidence(key, Evidence::source(text))
    }

    fn store_evidence(&mut self, key: &'a str, evidence: Evidence) -> Option<()> {
        if !self.found.source_keys.insert(key) {
            return None;
        }
        self.found.sources.push((key, evidence));
        Some(())
    }
}

/// The parts of a source's table form read so far.
#[derive(Default)]
struct EvidenceParts<'a> {
    source: Option<&'a str>,
    kind: Option<EvidenceKind>,
    checked: Option<Date>,
}

impl<'a> EvidenceParts<'a> {
    /// Takes one `name = value`; a repeated or unknown key, or a value the full loader would
    /// refuse, gives up.
    fn read(&mut self, name: &str, value: Value<'a>) -> Option<()> {
        match (name, value) {
            ("source", Value::Str(text)) if self.source.is_none() => self.source = Some(text),
            ("kind", Value::Str(word)) if self.kind.is_none() => {
                self.kind = Some(EvidenceKind::parse(word)?)
            }
            ("checked", Value::Date(day)) if self.checked.is_none() => self.checked = Some(day),
            ("checked", Value::Str(text)) if self.checked.is_none() => {
                self.checked = Some(parse_date(text).ok()?)
            }
            _ => return None,
        }
        Some(())
    }

    fn into_evidence(self) -> Option<Evidence> {
        Some(Evidence {
            source: self.source?.to_string(),
            kind: self.kind,
            checked: self.checked,
        })
    }
}

/// What `key` names inside `table`, if anything.
fn find(table: TableId, key: &str) -> Option<Target> {
    let keys = &INDEX.tables[table];
    keys.iter()
        .find(|(name, _)| *name == key)
        .map(|(_, target)| *target)
}

/// The schema table `key` names inside `table`, if it names one.
fn child_table(table: TableId, key: &str) -> Option<TableId> {
    match find(table, key)? {
        Target::Table(id) => Some(id),
        Target::Field(_) => None,
    }
}

/// The fact a field holds, when the full loader would take the value without a word.
fn field_fact(spec: &FieldSpec, value: Value) -> Option<Fact> {
    match (spec.ty, value) {
        (FieldType::Text, Value::Str(text)) => Some(Fact::Text(text.to_string())),
        (FieldType::Bool, Value::Bool(flag)) => Some(Fact::Bool(flag)),
        (FieldType::Number(range), value) => {
            let number = finite_number(&value)?;
            range
                .check(number)
                .is_none()
                .then_some(Fact::Number(number))
        }
        (FieldType::Date, Value::Date(date)) => Some(Fact::Date(date)),
        (FieldType::Date, Value::Str(text)) => parse_date(text).ok().map(Fact::Date),
        (FieldType::Duration, Value::Str(text)) => Duration::parse(text).ok().map(Fact::Duration),
        (FieldType::Duration, value) => {
            let minutes = finite_number(&value)?;
            Duration::from_number(minutes).ok().map(Fact::Duration)
        }
        (FieldType::Level(scale), Value::Str(text)) => scale.level(text).map(Fact::Level),
        (FieldType::List(vocabulary), Value::List(items)) => list_fact(vocabulary, &items),
        _ => None,
    }
}

/// A list of strings, each inside the vocabulary when there is one.
fn list_fact(vocabulary: Option<&[&str]>, items: &[&str]) -> Option<Fact> {
    let known = |item: &&str| vocabulary.is_none_or(|words| words.contains(item));
    items
        .iter()
        .all(known)
        .then(|| Fact::List(items.iter().map(|item| item.to_string()).collect()))
}

/// The fact of an `[extra]` key: a string, a boolean, a finite number or a date.
fn extra_fact(value: Value) -> Option<Fact> {
    match value {
        Value::Str(text) => Some(Fact::Text(text.to_string())),
        Value::Bool(flag) => Some(Fact::Bool(flag)),
        Value::Date(date) => Some(Fact::Date(date)),
        Value::List(_) => None,
        number => finite_number(&number).map(Fact::Number),
    }
}

/// An integer that fits 64 bits or a finite float, as the full loader reads them (`-0` as 0).
fn finite_number(value: &Value) -> Option<f64> {
    let number = match value {
        Value::Integer(text) => text.parse::<i64>().ok()? as f64,
        Value::Float(text) => text.parse::<f64>().ok()?,
        _ => return None,
    };
    number.is_finite().then_some(number + 0.0)
}

/// The bytes of a bare key: `A-Z`, `a-z`, `0-9`, `_` and `-`.
static BARE_KEY: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        let b = byte as u8;
        table[byte] = b.is_ascii_alphanumeric() || b == b'_' || b == b'-';
        byte += 1;
    }
    table
};

/// Control characters but the tab: not allowed in strings and comments.
static CONTROL: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        table[byte] = (byte < 0x20 && byte != 0x09) || byte == 0x7f;
        byte += 1;
    }
    table
};

/// Bytes a value may end at.
fn ends_value(byte: Option<u8>) -> bool {
    matches!(
        byte,
        None | Some(b' ' | b'\t' | b'\n' | b'\r' | b'#' | b',' | b']' | b'}')
    )
}

/// The lexical level: the text and where the reader is in it.
struct Scanner<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str) -> Scanner<'a> {
        Scanner { text, pos: 0 }
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn peek_at(&self, ahead: usize) -> Option<u8> {
        self.text.as_bytes().get(self.pos + ahead).copied()
    }

    /// Moves past `byte` if it is next.
    fn eat(&mut self, byte: u8) -> bool {
        let next = self.peek() == Some(byte);
        self.pos += usize::from(next);
        next
    }

    fn expect(&mut self, byte: u8) -> Option<()> {
        self.eat(byte).then_some(())
    }

    /// Spaces and tabs.
    fn spaces(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.pos += 1;
        }
    }

    /// A line break, `\n` or `\r\n`.
    fn newline(&mut self) -> bool {
        if self.peek() == Some(b'\r') && self.peek_at(1) == Some(b'\n') {
            self.pos += 1;
        }
        self.eat(b'\n')
    }

    /// `# …` up to the end of the line; no control character but a tab inside.
    fn comment(&mut self) -> Option<()> {
        if !self.eat(b'#') {
            return Some(());
        }
        let rest = &self.text.as_bytes()[self.pos..];
        let stop = rest.iter().position(|&byte| CONTROL[usize::from(byte)]);
        self.pos += stop.unwrap_or(rest.len());
        matches!(self.peek(), None | Some(b'\n' | b'\r')).then_some(())
    }

    /// What may follow a header or a key-value pair: spaces, a comment, the end of the line.
    fn end_of_line(&mut self) -> Option<()> {
        self.spaces();
        self.comment()?;
        (self.newline() || self.peek().is_none()).then_some(())
    }

    /// Blank lines and comment lines, and the spaces before the next line's content (between
    /// key-value pairs, and between the items of a list). A lone `\r` gives up.
    fn blank_lines(&mut self) -> Option<()> {
        loop {
            self.spaces();
            self.comment()?;
            if !self.newline() {
                return if self.peek() == Some(b'\r') {
                    None
                } else {
                    Some(())
                };
            }
        }
    }

    /// A key: simple keys joined by dots, spaces allowed around the dots.
    fn key(&mut self) -> Option<Key<'a>> {
        let mut key = Key::default();
        loop {
            if key.len == MAX_KEY_PARTS {
                return None;
            }
            key.parts[key.len] = self.simple_key()?;
            key.len += 1;
            self.spaces();
            if !self.eat(b'.') {
                return Some(key);
            }
            self.spaces();
        }
    }

    /// A bare key (`A-Za-z0-9_-`) or a quoted one.
    fn simple_key(&mut self) -> Option<&'a str> {
        match self.peek()? {
            b'"' => self.basic_string(),
            b'\'' => self.literal_string(),
            _ => {
                let start = self.pos;
                let rest = &self.text.as_bytes()[start..];
                let bare = |byte: &u8| BARE_KEY[usize::from(*byte)];
                self.pos += rest.iter().position(|b| !bare(b)).unwrap_or(rest.len());
                (self.pos > start).then(|| &self.text[start..self.pos])
            }
        }
    }

    /// `"…"` on one line, without escapes.
    fn basic_string(&mut self) -> Option<&'a str> {
        self.quoted(b'"', b'\\')
    }

    /// `'…'` on one line.
    fn literal_string(&mut self) -> Option<&'a str> {
        self.quoted(b'\'', b'\'')
    }

    /// A one-line string between `quote`s; `refused` and control characters but a tab give
    /// up. An empty string followed by a third quote is a multi-line string: given up.
    fn quoted(&mut self, quote: u8, refused: u8) -> Option<&'a str> {
        self.expect(quote)?;
        let start = self.pos;
        let rest = &self.text.as_bytes()[start..];
        let stops = |&byte: &u8| byte == quote || byte == refused || CONTROL[usize::from(byte)];
        let len = rest.iter().position(stops)?;
        if rest[len] != quote {
            return None;
        }
        let text = &self.text[start..start + len];
        self.pos = start + len + 1;
        (!(text.is_empty() && self.peek() == Some(quote))).then_some(text)
    }

    /// A value: a string, a boolean, a number, a date or a list of strings.
    fn value(&mut self) -> Option<Value<'a>> {
        let value = match self.peek()? {
            b'"' => Value::Str(self.basic_string()?),
            b'\'' => Value::Str(self.literal_string()?),
            b'[' => Value::List(self.list()?),
            b't' => self.word("true", Value::Bool(true))?,
            b'f' => self.word("false", Value::Bool(false))?,
            b'0'..=b'9' | b'-' => self.number_or_date()?,
            _ => return None,
        };
        ends_value(self.peek()).then_some(value)
    }

    fn word(&mut self, word: &str, value: Value<'a>) -> Option<Value<'a>> {
        let found = self.text[self.pos..].starts_with(word);
        self.pos += if found { word.len() } else { 0 };
        found.then_some(value)
    }

    /// `[ "a", "b", ]`, over lines if need be, with comments between the items.
    fn list(&mut self) -> Option<Vec<&'a str>> {
        self.expect(b'[')?;
        let mut items = Vec::new();
        loop {
            self.blank_lines()?;
            if self.eat(b']') {
                return Some(items);
            }
            items.push(self.basic_or_literal()?);
            self.blank_lines()?;
            if self.eat(b']') {
                return Some(items);
            }
            self.expect(b',')?;
        }
    }

    fn basic_or_literal(&mut self) -> Option<&'a str> {
        match self.peek()? {
            b'"' => self.basic_string(),
            b'\'' => self.literal_string(),
            _ => None,
        }
    }

    /// `YYYY-MM-DD`, or a decimal integer or float with no `_`, `+` or leading zero.
    fn number_or_date(&mut self) -> Option<Value<'a>> {
        let rest = &self.text.as_bytes()[self.pos..];
        if rest.len() >= 5 && rest[..4].iter().all(u8::is_ascii_digit) && rest[4] == b'-' {
            return self.date();
        }
        let start = self.pos;
        self.eat(b'-');
        self.integer_part()?;
        let mut float = false;
        if self.eat(b'.') {
            self.digits()?;
            float = true;
        }
        if self.eat(b'e') || self.eat(b'E') {
            let _ = self.eat(b'+') || self.eat(b'-');
            self.digits()?;
            float = true;
        }
        let text = &self.text[start..self.pos];
        Some(if float {
            Value::Float(text)
        } else {
            Value::Integer(text)
        })
    }

    /// `0` or digits not starting with `0`.
    fn integer_part(&mut self) -> Option<()> {
        if self.eat(b'0') {
            return (!self.peek().is_some_and(|b| b.is_ascii_digit())).then_some(());
        }
        self.digits()
    }

    /// One or more digits.
    fn digits(&mut self) -> Option<()> {
        let start = self.pos;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.pos += 1;
        }
        (self.pos > start).then_some(())
    }

    /// `YYYY-MM-DD` standing alone: not the start of a date-time.
    fn date(&mut self) -> Option<Value<'a>> {
        let text = self.text.get(self.pos..self.pos + 10)?;
        let bytes = text.as_bytes();
        let digits = [0, 1, 2, 3, 5, 6, 8, 9]
            .iter()
            .all(|&i| bytes[i].is_ascii_digit());
        if !digits || bytes[7] != b'-' {
            return None;
        }
        self.pos += 10;
        let time_follows =
            self.peek() == Some(b' ') && self.peek_at(1).is_some_and(|b| b.is_ascii_digit());
        if time_follows {
            return None;
        }
        let number = |range: std::ops::Range<usize>| text[range].parse::<i16>().ok();
        let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
        let date = Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()?;
        Some(Value::Date(date))
    }
}

#[cfg(test)]
mod tests;
