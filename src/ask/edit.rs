//! The one module that writes vendor profiles (SPEC §6): the interview and `new` now, `trial
//! add` and `import` later. A [`ProfileEditor`] holds a profile for editing: opened only if it
//! may be changed (a symbolic link followed to its target, write permission, a temporary file
//! possible beside it) and locked against other sdkvet processes until dropped. Each
//! [`ProfileEditor::update`] applies an edit to the file as it is on disk at that moment (so
//! changes made meanwhile by other programs are kept), refuses a profile removed or renamed
//! meanwhile and a result over the loader's size limit, and saves atomically with the file's
//! permissions. The edit itself is a [`ProfileDocument`]: toml_edit keeps comments, blank
//! lines, key order and a replaced value's trailing comment; lists and inline tables keep the
//! comments of their items ([`layout`]); line endings and the byte-order mark stay.

mod disk;
mod layout;

use crate::i18n::{self, editing, Lang, TextError};
use crate::load::source::MAX_FILE_BYTES;
use crate::model::duration::Duration;
use crate::output::write_atomic;
use crate::util::escape::escape_control;
use anyhow::{anyhow, bail, Result};
use disk::EditLock;
use jiff::civil::Date;
use std::path::{Path, PathBuf};
use toml_edit::{Array, DocumentMut, InlineTable, Item, Table, Value};

/// A typed answer, ready to be written as the right TOML type.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    Bool(bool),
    Number(f64),
    Date(Date),
    /// A duration as typed: `"2 business hours"`; a bare number is written as minutes.
    Duration(Duration),
    List(Vec<String>),
    Text(String),
}

impl Answer {
    fn to_value(&self) -> Value {
        match self {
            Answer::Bool(b) => Value::from(*b),
            Answer::Number(n) => number_value(*n),
            Answer::Date(d) => Value::from(toml_date(*d)),
            Answer::Duration(d) if d.is_bare_minutes() => number_value(d.amount),
            Answer::Duration(d) => Value::from(d.text.trim()),
            Answer::List(items) => {
                Value::Array(items.iter().map(String::as_str).collect::<Array>())
            }
            Answer::Text(text) => Value::from(text.as_str()),
        }
    }
}

fn number_value(n: f64) -> Value {
    if n.fract() == 0.0 && n.abs() < 9.0e15 {
        Value::from(n as i64)
    } else {
        Value::from(n)
    }
}

fn toml_date(d: Date) -> toml_edit::Datetime {
    toml_edit::Datetime {
        date: Some(toml_edit::Date {
            year: d.year() as u16,
            month: d.month() as u8,
            day: d.day() as u8,
        }),
        time: None,
        offset: None,
    }
}

/// A profile's TOML, edited in place.
pub struct ProfileDocument {
    document: DocumentMut,
    bom: bool,
    /// The text as read, for its line endings.
    original: String,
}

impl ProfileDocument {
    /// Parses a profile's text (a byte-order mark is kept aside and written back).
    pub fn parse(text: &str) -> Result<ProfileDocument, toml_edit::TomlError> {
        let (bom, text) = match text.strip_prefix('\u{feff}') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        Ok(ProfileDocument {
            document: text.parse::<DocumentMut>()?,
            bom,
            original: text.to_string(),
        })
    }

    /// Sets a fact by dotted path, creating its tables as needed. A list given for a list
    /// keeps the items that stay, with their comments, and appends the new ones.
    pub fn set(&mut self, field: &str, answer: &Answer) -> Result<()> {
        let (parents, leaf) = split(field);
        parent_at(self.document.as_table_mut(), &parents)?.put(leaf, answer);
        Ok(())
    }

    /// Records where an answer came from, in `[sources]`.
    pub fn set_source(&mut self, field: &str, source: &str) -> Result<()> {
        let mut sources = parent_at(self.document.as_table_mut(), &["sources"])?;
        sources.put(field, &Answer::Text(source.to_string()));
        Ok(())
    }

    /// Marks a fact checked on `day` in its `[sources]` entry (SPEC §6): a bare source text
    /// becomes `{ source = "…", checked = DAY }`; a table keeps its keys and gets `checked`. A
    /// new `source` replaces the old text and drops the `kind` that described it; with none,
    /// the old text stays, or is "interview" for a fact that had no entry.
    pub fn mark_checked(&mut self, field: &str, day: Date, source: Option<&str>) -> Result<()> {
        let sources = parent_at(self.document.as_table_mut(), &["sources"])?;
        let fresh = !sources.has(field) || sources.holds_text(field);
        let mut entry = sources
            .evidence_entry(field)
            .ok_or_else(|| TextError::new(|lang| editing::not_a_source_entry(lang, field)))?;
        match source {
            Some(text) => {
                entry.remove("kind");
                entry.put("source", &Answer::Text(text.to_string()));
            }
            None if !entry.has("source") => entry.put("source", &Answer::Text(INTERVIEW.into())),
            None => {}
        }
        entry.put("checked", &Answer::Date(day));
        if fresh {
            entry.tidy();
        }
        Ok(())
    }

    /// The document as it would be written: its byte-order mark and line endings as read.
    pub fn render(&self) -> String {
        let body = layout::keep_line_endings(&self.original, &self.document.to_string());
        if self.bom {
            format!("\u{feff}{body}")
        } else {
            body
        }
    }
}

/// The source recorded for an answer given in the interview without one.
pub const INTERVIEW: &str = "interview";

fn split(field: &str) -> (Vec<&str>, &str) {
    let mut parts: Vec<&str> = field.split('.').collect();
    let leaf = parts.pop().unwrap_or_default();
    (parts, leaf)
}

/// Where a key goes: a `[table]` (or dotted keys) or an inline table `{ … }`.
enum Parent<'a> {
    Table(&'a mut Table),
    Inline(&'a mut InlineTable),
}

/// The table at `parents`, created as `[a.b]` sections (or inside an existing inline table).
fn parent_at<'a>(root: &'a mut Table, parents: &[&str]) -> Result<Parent<'a>> {
    let mut current = Parent::Table(root);
    for (depth, part) in parents.iter().enumerate() {
        let implicit = depth + 1 < parents.len();
        current = current.child(part, implicit).ok_or_else(|| {
            let path = parents[..=depth].join(".");
            TextError::new(|lang| editing::not_a_table(lang, &path))
        })?;
    }
    Ok(current)
}

/// The value under `key` in an inline table, an empty inline table inserted (in the table's
/// layout) when missing.
fn inline_entry<'t>(table: &'t mut InlineTable, key: &str) -> &'t mut Value {
    if !table.contains_key(key) {
        layout::insert_inline(table, key, Value::InlineTable(InlineTable::new()));
    }
    table.get_mut(key).expect("the key was just inserted")
}

impl<'a> Parent<'a> {
    /// The table under `key`, made if missing; `None` when `key` holds something else.
    fn child(self, key: &str, implicit: bool) -> Option<Parent<'a>> {
        match self {
            Parent::Table(table) => {
                let mut fresh = Table::new();
                fresh.set_implicit(implicit);
                Parent::of_item(table.entry(key).or_insert(Item::Table(fresh)))
            }
            Parent::Inline(table) => Parent::of_value(inline_entry(table, key)),
        }
    }

    /// The `[sources]` entry under `key` as a table: made `{ }` when missing, a source text
    /// turned into `{ source = "…" }` in its place; `None` when it holds something else.
    fn evidence_entry(self, key: &str) -> Option<Parent<'a>> {
        match self {
            Parent::Table(table) => {
                let item = table
                    .entry(key)
                    .or_insert(Item::Value(InlineTable::new().into()));
                if let Item::Value(value) = item {
                    as_evidence_table(value)?;
                }
                Parent::of_item(item)
            }
            Parent::Inline(table) => {
                let value = inline_entry(table, key);
                as_evidence_table(value)?;
                Parent::of_value(value)
            }
        }
    }

    /// A table item as a parent; `None` for any other item.
    fn of_item(item: &'a mut Item) -> Option<Parent<'a>> {
        match item {
            Item::Table(child) => Some(Parent::Table(child)),
            Item::Value(value) => Parent::of_value(value),
            _ => None,
        }
    }

    /// An inline table as a parent; `None` for any other value.
    fn of_value(value: &'a mut Value) -> Option<Parent<'a>> {
        match value {
            Value::InlineTable(child) => Some(Parent::Inline(child)),
            _ => None,
        }
    }

    /// Whether `key` holds a string (a source's text form).
    fn holds_text(&self, key: &str) -> bool {
        match self {
            Parent::Table(table) => table.get(key).is_some_and(|item| item.is_str()),
            Parent::Inline(table) => table.get(key).is_some_and(Value::is_str),
        }
    }

    /// Spaces a new inline table the usual way: `{ a = 1, b = 2 }`.
    fn tidy(&mut self) {
        if let Parent::Inline(table) = self {
            table.fmt();
        }
    }

    fn has(&self, key: &str) -> bool {
        match self {
            Parent::Table(table) => table.contains_key(key),
            Parent::Inline(table) => table.contains_key(key),
        }
    }

    fn remove(&mut self, key: &str) {
        match self {
            Parent::Table(table) => drop(table.remove(key)),
            Parent::Inline(table) => drop(table.remove(key)),
        }
    }

    /// Sets `key`, keeping an existing value's place and decor (its trailing comment).
    fn put(&mut self, key: &str, answer: &Answer) {
        match self {
            Parent::Table(table) => match table.get_mut(key) {
                Some(Item::Value(old)) => replace(old, answer),
                Some(item) => *item = Item::Value(answer.to_value()),
                None => {
                    table.insert(key, Item::Value(answer.to_value()));
                }
            },
            Parent::Inline(table) => match table.get_mut(key) {
                Some(old) => replace(old, answer),
                None => layout::insert_inline(table, key, answer.to_value()),
            },
        }
    }
}

/// Turns a source text into `{ source = "…" }`, keeping its place and trailing comment; a
/// table stays; anything else is `None`.
fn as_evidence_table(value: &mut Value) -> Option<()> {
    match value {
        Value::InlineTable(_) => Some(()),
        Value::String(text) => {
            let mut table = InlineTable::new();
            table.insert("source", Value::from(text.value().as_str()));
            let mut fresh = Value::InlineTable(table);
            *fresh.decor_mut() = value.decor().clone();
            *value = fresh;
            Some(())
        }
        _ => None,
    }
}

fn replace(old: &mut Value, answer: &Answer) {
    if let (Value::Array(array), Answer::List(items)) = (&mut *old, answer) {
        layout::merge_list(array, items);
        return;
    }
    let mut value = answer.to_value();
    *value.decor_mut() = old.decor().clone();
    *old = value;
}

/// A profile held for editing, locked against other sdkvet processes until dropped.
pub struct ProfileEditor {
    /// As given (a symbolic link stays a link).
    path: PathBuf,
    /// The regular file written.
    target: PathBuf,
    /// The text as last read or saved.
    text: String,
    lang: Lang,
    _lock: EditLock,
}

impl ProfileEditor {
    /// Opens `path` for editing. Refused, before anything is asked: a missing profile, a
    /// broken link, what is not a regular file, a read-only profile, a folder where no
    /// temporary file can be made, a profile another sdkvet is editing (after a short wait),
    /// a file over the size limit or not TOML. Messages are in `lang`.
    pub fn open(path: &Path, lang: Lang) -> Result<ProfileEditor> {
        let target = disk::resolve(path, lang)?;
        disk::check_writable(path, &target, lang)?;
        disk::check_temp_file(path, &target, lang)?;
        let lock = EditLock::acquire(path, &target, lang)?;
        let text = disk::read_text(path, &target, lang)?;
        ProfileDocument::parse(&text)
            .map_err(|_| anyhow!(editing::not_toml(lang, path.display())))?;
        Ok(ProfileEditor {
            path: path.to_path_buf(),
            target,
            text,
            lang,
            _lock: lock,
        })
    }

    /// The profile's path as given.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The profile's text as last read or saved (with its byte-order mark, if any).
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Applies `edit` to the profile as it is on disk now and saves the result atomically.
    /// Fails, leaving the file as it is, when the profile was removed or renamed since it was
    /// opened (it is never re-created), when it is no longer TOML, when `edit` fails, and when
    /// the result would exceed the loader's size limit.
    pub fn update(&mut self, edit: impl FnOnce(&mut ProfileDocument) -> Result<()>) -> Result<()> {
        let lang = self.lang;
        disk::check_still_there(&self.path, &self.target, lang)?;
        let current = disk::read_text(&self.path, &self.target, lang)?;
        let mut document = ProfileDocument::parse(&current)
            .map_err(|_| anyhow!(editing::not_toml(lang, self.path.display())))?;
        edit(&mut document)?;
        let text = document.render();
        if text != current {
            if text.len() as u64 > MAX_FILE_BYTES {
                bail!(editing::too_large(
                    lang,
                    self.path.display(),
                    MAX_FILE_BYTES / 1024
                ));
            }
            write_atomic(&self.target, text.as_bytes())?;
        }
        self.text = text;
        Ok(())
    }
}

/// Checks, before anything is asked, that a new profile can be written at `path`: nothing is
/// there yet, and a temporary file can be made in its folder (when the folder exists).
pub fn check_new_profile(path: &Path, lang: Lang) -> Result<()> {
    if path.symlink_metadata().is_ok() {
        bail!(i18n::profile_exists(lang, path.display()));
    }
    if disk::folder_of(path).is_dir() {
        disk::check_temp_file(path, path, lang)?;
    }
    Ok(())
}

/// Writes the new profile `path` (its folder made if needed): a comment saying how it was
/// made, the name and the plan. Refused if something is at `path` already.
pub fn create_profile(
    path: &Path,
    id: &str,
    name: &str,
    plan: Option<&str>,
    lang: Lang,
) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .map_err(|e| anyhow!(editing::cannot_create_folder(lang, dir.display(), e)))?;
    }
    if path.symlink_metadata().is_ok() {
        bail!(i18n::profile_exists(lang, path.display()));
    }
    write_atomic(path, scaffold(path, id, name, plan).as_bytes())
}

/// The text of a new profile.
fn scaffold(path: &Path, id: &str, name: &str, plan: Option<&str>) -> String {
    let mut text = comment("Support facts of a vendor plan, for sdkvet. Absent facts are unknown;");
    text.push_str(&comment(&format!(
        "`sdkvet checklist --vendor {id}` lists what to ask, `sdkvet interview {}` fills them in.",
        path.display()
    )));
    text.push_str(&format!("\nname = {}\n", Value::from(name)));
    if let Some(plan) = plan {
        text.push_str(&format!("plan = {}\n", Value::from(plan)));
    }
    text
}

/// A comment line of `text`: line breaks and other control characters in it are escaped,
/// so that nothing in it can end the comment and start TOML of its own.
fn comment(text: &str) -> String {
    format!("# {}\n", escape_control(text))
}

#[cfg(test)]
mod tests;
