//! Writing answers into a vendor profile in place: toml_edit keeps comments, blank lines, key
//! order and a replaced value's trailing comment; new tables appear as `[table]` sections.
//! Every save is atomic and keeps the file's permissions.

use crate::model::duration::Duration;
use crate::output::write_atomic;
use anyhow::{bail, Context, Result};
use jiff::civil::Date;
use std::path::{Path, PathBuf};
use toml_edit::{Array, DocumentMut, InlineTable, Item, TableLike, Value};

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

/// A profile file opened for editing.
pub struct ProfileFile {
    path: PathBuf,
    document: DocumentMut,
    bom: bool,
}

impl ProfileFile {
    pub fn open(path: &Path) -> Result<ProfileFile> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        ProfileFile::from_text(path, &text)
    }

    pub fn from_text(path: &Path, text: &str) -> Result<ProfileFile> {
        let (bom, text) = match text.strip_prefix('\u{feff}') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let document = text.parse::<DocumentMut>().with_context(|| {
            format!(
                "{} is not valid TOML; run `sdkvet validate {}`",
                path.display(),
                path.display()
            )
        })?;
        Ok(ProfileFile {
            path: path.to_path_buf(),
            document,
            bom,
        })
    }

    /// Sets a fact by dotted path, creating its tables as needed.
    pub fn set(&mut self, field: &str, answer: &Answer) -> Result<()> {
        let (parents, leaf) = split(field);
        let table = table_at(self.document.as_table_mut(), &parents)?;
        put(table, leaf, answer.to_value());
        Ok(())
    }

    /// Records where an answer came from, in `[sources]`.
    pub fn set_source(&mut self, field: &str, source: &str) -> Result<()> {
        let table = table_at(self.document.as_table_mut(), &["sources"])?;
        put(table, field, Value::from(source));
        Ok(())
    }

    /// The document as it would be written.
    pub fn render(&self) -> String {
        let body = self.document.to_string();
        if self.bom {
            format!("\u{feff}{body}")
        } else {
            body
        }
    }

    /// Writes the file atomically.
    pub fn save(&self) -> Result<()> {
        write_atomic(&self.path, self.render().as_bytes())
    }
}

fn split(field: &str) -> (Vec<&str>, &str) {
    let mut parts: Vec<&str> = field.split('.').collect();
    let leaf = parts.pop().unwrap_or_default();
    (parts, leaf)
}

/// The table at `parents`, created as `[a.b]` sections (or inside an existing inline table).
fn table_at<'a>(root: &'a mut dyn TableLike, parents: &[&str]) -> Result<&'a mut dyn TableLike> {
    let mut current = root;
    let mut inline = false;
    for (depth, part) in parents.iter().enumerate() {
        let fresh = if inline {
            Item::Value(Value::InlineTable(InlineTable::new()))
        } else {
            let mut table = toml_edit::Table::new();
            table.set_implicit(depth + 1 < parents.len());
            Item::Table(table)
        };
        let item = current.entry(part).or_insert(fresh);
        inline = inline || item.is_inline_table();
        current = match item.as_table_like_mut() {
            Some(table) => table,
            None => bail!(
                "`{}` is not a table in the profile; fix it by hand first",
                parents[..=depth].join(".")
            ),
        };
    }
    Ok(current)
}

/// Sets `key`, keeping an existing value's decor (its trailing comment) and position.
fn put(table: &mut dyn TableLike, key: &str, mut value: Value) {
    match table.get_mut(key) {
        Some(Item::Value(old)) => {
            *value.decor_mut() = old.decor().clone();
            *old = value;
        }
        Some(item) => *item = Item::Value(value),
        None => {
            table.insert(key, Item::Value(value));
        }
    }
}

/// Writes the new profile: a comment saying how it was made, the name and the plan.
pub fn create_profile(path: &Path, id: &str, name: &str, plan: Option<&str>) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    let mut text = format!(
        "# Support facts of a vendor plan, for sdkvet. Absent facts are unknown;\n# `sdkvet checklist --vendor {id}` lists what to ask, `sdkvet interview {}` fills them in.\n\nname = {}\n",
        path.display(),
        toml_edit::Value::from(name)
    );
    if let Some(plan) = plan {
        text.push_str(&format!("plan = {}\n", toml_edit::Value::from(plan)));
    }
    write_atomic(path, text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    const ORIGINAL: &str = "# Acme's paid plan.\nname = \"Acme\" # display name\n\n# Support facts\n[support]\ncoverage = \"24x5\"   # from the sales call\n\n[sla]\nwritten = true\n";

    fn edited(edits: &[(&str, Answer)]) -> String {
        let mut file = ProfileFile::from_text(Path::new("a.toml"), ORIGINAL).unwrap();
        for (field, answer) in edits {
            file.set(field, answer).unwrap();
        }
        file.render()
    }

    #[test]
    fn replacing_a_value_keeps_comments_and_layout() {
        let out = edited(&[("support.coverage", Answer::Text("24x7".into()))]);
        assert_eq!(out, ORIGINAL.replace("\"24x5\"", "\"24x7\""));
    }

    #[test]
    fn new_keys_join_their_table_and_new_tables_are_sections() {
        let out = edited(&[
            ("support.dedicated_engineer", Answer::Bool(true)),
            (
                "support.first_response.critical",
                Answer::Duration(Duration::parse_typed("2 business hours").unwrap()),
            ),
            (
                "support.first_response.high",
                Answer::Duration(Duration::parse_typed("90").unwrap()),
            ),
            (
                "docs.last_updated",
                Answer::Date(jiff::civil::date(2026, 10, 15)),
            ),
            (
                "overseas.regions",
                Answer::List(vec!["europe".into(), "middle-east".into()]),
            ),
            ("sla.availability", Answer::Number(99.95)),
            ("lifecycle.version_support_months", Answer::Number(24.0)),
        ]);
        assert!(out.starts_with("# Acme's paid plan.\nname = \"Acme\" # display name\n\n# Support facts\n[support]\ncoverage = \"24x5\"   # from the sales call\ndedicated_engineer = true\n"), "{out}");
        assert!(
            out.contains("[support.first_response]\ncritical = \"2 business hours\"\nhigh = 90\n"),
            "{out}"
        );
        assert!(!out.contains("\n[support]\n\n[support"), "{out}");
        assert!(out.contains("[docs]\nlast_updated = 2026-10-15\n"), "{out}");
        assert!(
            out.contains("[overseas]\nregions = [\"europe\", \"middle-east\"]\n"),
            "{out}"
        );
        assert!(
            out.contains("[sla]\nwritten = true\navailability = 99.95\n"),
            "{out}"
        );
        assert!(out.contains("version_support_months = 24\n"), "{out}");
    }

    #[test]
    fn sources_are_quoted_keys() {
        let mut file = ProfileFile::from_text(Path::new("a.toml"), ORIGINAL).unwrap();
        file.set_source("support.coverage", "call with sales, 2026-11-20")
            .unwrap();
        assert!(
            file.render()
                .ends_with("[sources]\n\"support.coverage\" = \"call with sales, 2026-11-20\"\n"),
            "{}",
            file.render()
        );
    }

    #[test]
    fn inline_tables_are_extended_in_place() {
        let mut file = ProfileFile::from_text(
            Path::new("a.toml"),
            "name = \"A\"\nsla = { written = true }\n",
        )
        .unwrap();
        file.set("sla.service_credits", &Answer::Bool(false))
            .unwrap();
        assert_eq!(
            file.render(),
            "name = \"A\"\nsla = { written = true , service_credits = false }\n"
        );
    }

    #[test]
    fn a_value_where_a_table_belongs_is_an_error() {
        let mut file =
            ProfileFile::from_text(Path::new("a.toml"), "name = \"A\"\nsupport = 3\n").unwrap();
        assert!(file
            .set("support.coverage", &Answer::Text("24x7".into()))
            .is_err());
    }

    #[test]
    fn the_written_profile_loads_with_the_right_types() {
        let out = edited(&[
            (
                "support.first_response.critical",
                Answer::Duration(Duration::parse_typed("30").unwrap()),
            ),
            (
                "docs.last_updated",
                Answer::Date(jiff::civil::date(2026, 1, 2)),
            ),
        ]);
        let source = crate::load::source::SourceFile::from_text(Path::new("a.toml"), out);
        let (profile, diagnostics) = crate::load::profile::load_profile(&source);
        assert!(diagnostics.is_empty());
        let profile = profile.unwrap();
        assert_eq!(
            profile.fact("docs.last_updated"),
            Some(&crate::model::fact::Fact::Date(jiff::civil::date(
                2026, 1, 2
            )))
        );
        assert_eq!(
            profile
                .fact("support.first_response.critical")
                .map(ToString::to_string),
            Some("30".into())
        );
    }
}
