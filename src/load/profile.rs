//! The vendor-profile loader (SPEC §3): checks every key and value of a file against
//! [`crate::model::schema`], reports every problem at once, and builds a [`Profile`].

use crate::i18n::diagnostics::{self as words, KeyHint};
use crate::i18n::Text;
use crate::load::diag::Diagnostics;
use crate::load::source::{join_path, Reporter, SourceFile};
use crate::load::tree::{date, describe, expected, finite_number, number_text, Node, Table, Value};
use crate::model::duration::{amount_problem, check_amount, Duration};
use crate::model::fact::{Fact, Level, LevelScale};
use crate::model::profile::{vendor_id, Evidence, EvidenceKind, Profile};
use crate::model::schema::{self, FieldSpec, FieldType};
use crate::util::suggest::closest;
use jiff::civil::Date;
use std::borrow::Cow;

/// Loads one profile; `None` when it has errors (all of them are in the diagnostics).
/// A clean file, the usual case, is read by the fast path ([`crate::load::clean`]); any other
/// goes through the full loader, which names every problem.
/// Dates are not compared with an evaluation date (see [`load_profile_on`]).
pub fn load_profile(source: &SourceFile) -> (Option<Profile>, Diagnostics) {
    load_profile_on(source, None)
}

/// [`load_profile`] for an evaluation on `evaluation`: every date after it is a warning (SPEC
/// §3, "Dates after the evaluation date").
pub fn load_profile_on(
    source: &SourceFile,
    evaluation: Option<Date>,
) -> (Option<Profile>, Diagnostics) {
    match crate::load::clean::load_clean_on(source, evaluation) {
        Some(profile) => (Some(profile), Diagnostics::default()),
        None => load_fully_on(source, evaluation),
    }
}

/// The full loader: parses the file into a spanned tree and checks every key and value,
/// reporting every problem with its position.
pub fn load_profile_fully(source: &SourceFile) -> (Option<Profile>, Diagnostics) {
    load_fully_on(source, None)
}

/// [`load_profile_fully`], warning about dates after `evaluation`.
fn load_fully_on(source: &SourceFile, evaluation: Option<Date>) -> (Option<Profile>, Diagnostics) {
    let mut reporter = Reporter::new(source);
    let Some(document) = reporter.parse() else {
        return (None, reporter.finish());
    };
    if crate::load::scorecard::has_criteria_table(&document) {
        let message = Text::new(words::scorecard_among_profiles);
        let at = document.iter().find(|(key, _)| key.get_ref() == "criteria");
        reporter.error_at(
            at.map_or(0, |(key, _)| key.span().start),
            "criteria",
            message,
        );
        return (None, reporter.finish());
    }
    let mut found = Found {
        evaluation,
        ..Found::default()
    };
    read_table(&mut reporter, &document, "", &mut found);
    // Built in one go from the facts in file order: cheaper than inserting one by one.
    let profile = Profile {
        id: vendor_id(&source.path),
        path: source.path.clone(),
        facts: found.facts.into_iter().collect(),
        sources: found.sources.into_iter().collect(),
    };
    if !document.contains_key("name") {
        reporter.error_at(0, "name", Text::new(words::name_missing));
    }
    check_sources(&mut reporter, &document, &profile);
    let diagnostics = reporter.finish();
    let profile = (!diagnostics.has_errors()).then_some(profile);
    (profile, diagnostics)
}

/// What a file's tables hold, in file order, before it becomes a [`Profile`].
#[derive(Default)]
struct Found {
    facts: Vec<(Cow<'static, str>, Fact)>,
    sources: Vec<(String, Evidence)>,
    /// The evaluation date later dates are warned about, if any.
    evaluation: Option<Date>,
}

/// What a date after the evaluation date does: a fact counts as unknown, an evidence date
/// as the evaluation date.
#[derive(Clone, Copy)]
enum Dated {
    Fact,
    Evidence,
}

/// Warns when `day` is after the evaluation date, saying what follows.
fn warn_if_future(
    reporter: &mut Reporter,
    node: &Node,
    path: &str,
    day: Date,
    evaluation: Option<Date>,
    dated: Dated,
) {
    let Some(evaluation) = evaluation.filter(|evaluation| day > *evaluation) else {
        return;
    };
    let (day, evaluation) = (day.to_string(), evaluation.to_string());
    let fact = matches!(dated, Dated::Fact);
    let message = Text::new(|lang| words::future_date(lang, &day, &evaluation, fact));
    reporter.warning(node, path, message);
}

fn read_table(reporter: &mut Reporter, table: &Table, prefix: &str, found: &mut Found) {
    let children = schema::children(prefix);
    for (key, node) in table.iter() {
        let offset = key.span().start;
        let key: &str = key.get_ref();
        match prefix {
            "extra" => read_extra(reporter, node, key, found),
            "sources" => read_source(reporter, node, key, found),
            _ => match schema::find_child(children, key) {
                Some(schema::Child::Table(path)) => read_subtable(reporter, node, path, found),
                Some(schema::Child::Field(spec)) => read_field(reporter, node, spec, found),
                None => unknown_key(reporter, offset, prefix, key),
            },
        }
    }
}

fn read_subtable(reporter: &mut Reporter, node: &Node, path: &str, found: &mut Found) {
    match node.get_ref().as_table() {
        Some(table) => read_table(reporter, table, path, found),
        None => reporter.error(node, path, expected(path, node.get_ref())),
    }
}

fn unknown_key(reporter: &mut Reporter, offset: usize, prefix: &str, key: &str) {
    let path = join_path(prefix, key);
    let valid = schema::keys_in(prefix);
    let close = closest(key, valid.iter().copied());
    if schema::SEVERITY_TABLES.contains(&prefix) {
        let message = Text::new(|lang| words::unknown_severity(lang, schema::SEVERITIES, close));
        return reporter.error_at(offset, &path, message);
    }
    let elsewhere = elsewhere(key);
    let hint = || match (close, elsewhere) {
        (Some(close), _) => KeyHint::Closest(close),
        (None, Some(path)) => KeyHint::Elsewhere(path, schema::parent(path)),
        (None, None) => KeyHint::Valid(&valid),
    };
    let message = Text::new(|lang| words::unknown_key(lang, prefix, hint()));
    reporter.error_at(offset, &path, message);
}

/// The path of the field named `key` in another table (`coverage` → `support.coverage`).
fn elsewhere(key: &str) -> Option<&'static str> {
    schema::FIELDS
        .iter()
        .find(|f| schema::leaf(f.path) == key)
        .map(|f| f.path)
}

fn read_field(reporter: &mut Reporter, node: &Node, spec: &FieldSpec, found: &mut Found) {
    match convert(reporter, node, spec) {
        Ok(fact) => {
            if let Fact::Date(day) = fact {
                let dated = if spec.path == "as_of" {
                    Dated::Evidence
                } else {
                    Dated::Fact
                };
                warn_if_future(reporter, node, spec.path, day, found.evaluation, dated);
            }
            found.facts.push((Cow::Borrowed(spec.path), fact));
        }
        Err(message) => reporter.error(node, spec.path, message),
    }
}

/// Converts a TOML value into the fact a field holds; list vocabulary misses are warnings.
fn convert(reporter: &mut Reporter, node: &Node, spec: &FieldSpec) -> Result<Fact, Text> {
    let value = node.get_ref();
    match spec.ty {
        FieldType::Text => string(value).map(|s| Fact::Text(s.to_string())),
        FieldType::Bool => value
            .as_bool()
            .map(Fact::Bool)
            .ok_or_else(|| expected("bool", value)),
        FieldType::Number(range) => {
            let number = finite_number(value)?;
            match range.problem(number, &number_text(value)) {
                None => Ok(Fact::Number(number)),
                Some(problem) => Err(problem),
            }
        }
        FieldType::Date => date(value).map(Fact::Date),
        FieldType::Duration => duration(value).map(Fact::Duration),
        FieldType::Level(scale) => level(value, scale).map(Fact::Level),
        FieldType::List(vocabulary) => list(reporter, value, spec.path, vocabulary).map(Fact::List),
    }
}

fn string<'v>(value: &'v Value) -> Result<&'v str, Text> {
    value.as_str().ok_or_else(|| expected("string", value))
}

/// A duration: a number of minutes or vendor wording.
pub fn duration(value: &Value) -> Result<Duration, Text> {
    match value {
        Value::String(text) => Duration::parse(text),
        Value::Integer(_) | Value::Float(_) => {
            let minutes = finite_number(value)?;
            check_amount(minutes)
                .map_err(|problem| amount_problem(&number_text(value), problem))?;
            Duration::from_number(minutes)
        }
        other => Err(expected("duration", other).within(words::with_duration_help)),
    }
}

fn level(value: &Value, scale: LevelScale) -> Result<Level, Text> {
    let text = string(value)?;
    scale
        .level(text)
        .ok_or_else(|| not_one_of(text, "level", &scale.names()))
}

/// A value outside an enumerated set, with the set and the closest member.
fn not_one_of(text: &str, what: &str, names: &[&str]) -> Text {
    let close = closest(text, names.iter().copied());
    Text::new(|lang| words::not_one_of(lang, text, what, names, close))
}

/// Why a value is not a list; a lone string is shown as the list it should be
/// (`channels = ["phone"]`).
fn not_a_list(value: &Value, path: &str) -> Text {
    let found = describe(value);
    let bracketed = match value {
        Value::String(text) => Some((schema::leaf(path), toml_string(text))),
        _ => None,
    };
    let bracketed = bracketed.as_ref().map(|(key, item)| (*key, item.as_str()));
    Text::new(|lang| words::expected_list(lang, found, bracketed))
}

/// A string as TOML writes it, quoted and escaped.
fn toml_string(text: &str) -> String {
    toml_edit::Value::from(text).decorated("", "").to_string()
}

fn list(
    reporter: &mut Reporter,
    value: &Value,
    path: &str,
    vocabulary: Option<&[&str]>,
) -> Result<Vec<String>, Text> {
    let array = value.as_array().ok_or_else(|| not_a_list(value, path))?;
    let mut items = Vec::with_capacity(array.len());
    let mut unknown = 0;
    for element in array.iter() {
        let text = string(element.get_ref()).map_err(|e| e.within(words::in_the_list))?;
        if let Some(known) = vocabulary.filter(|known| !known.contains(&text)) {
            unknown += 1;
            if unknown <= VOCABULARY_WARNINGS_PER_LIST {
                warn_outside_vocabulary(reporter, element, path, text, known);
            }
        }
        items.push(text.to_string());
    }
    if let (Some(last), Some(more)) = (
        array.iter().last(),
        unknown.checked_sub(VOCABULARY_WARNINGS_PER_LIST),
    ) {
        if more > 0 {
            let message = Text::new(|lang| words::more_outside_vocabulary(lang, more));
            reporter.warning(last, path, message);
        }
    }
    Ok(items)
}

/// A list warns about its first few unknown words only, then counts the rest: a list of
/// 100,000 unknown words is one problem, not 100,000 lines.
const VOCABULARY_WARNINGS_PER_LIST: usize = 10;

/// For a value outside a known vocabulary, the warning that names the closest known value or
/// lists them; `None` for a known value.
pub fn vocabulary_hint(text: &str, known: &[&str]) -> Option<Text> {
    if known.contains(&text) {
        return None;
    }
    let close = closest(text, known.iter().copied());
    Some(Text::new(|lang| {
        words::outside_vocabulary(lang, text, close, known)
    }))
}

/// Warns about a value outside a known vocabulary, suggesting the closest known one.
pub fn warn_outside_vocabulary(
    reporter: &mut Reporter,
    element: &Node,
    path: &str,
    text: &str,
    known: &[&str],
) {
    if let Some(message) = vocabulary_hint(text, known) {
        reporter.warning(element, path, message);
    }
}

fn read_extra(reporter: &mut Reporter, node: &Node, key: &str, found: &mut Found) {
    let value = node.get_ref();
    let fact = match value {
        Value::String(s) => Ok(Fact::Text(s.to_string())),
        Value::Boolean(b) => Ok(Fact::Bool(*b)),
        Value::Integer(_) | Value::Float(_) => finite_number(value).map(Fact::Number),
        Value::Datetime(_) => date(value).map(Fact::Date),
        _ => Err(Text::new(|lang| words::extra_value(lang, describe(value)))),
    };
    let path = join_path("extra", key);
    match fact {
        Ok(fact) => {
            if let Fact::Date(day) = fact {
                warn_if_future(reporter, node, &path, day, found.evaluation, Dated::Fact);
            }
            found.facts.push((Cow::Owned(path), fact));
        }
        Err(message) => reporter.error(node, &path, message),
    }
}

fn read_source(reporter: &mut Reporter, node: &Node, key: &str, found: &mut Found) {
    let path = join_path("sources", key);
    let evidence = match node.get_ref() {
        Value::String(text) => Some(Evidence::source(text)),
        Value::Table(table) => evidence_table(reporter, node, table, &path, found.evaluation),
        other => {
            let message = Text::new(|lang| words::source_value(lang, describe(other)));
            reporter.error(node, &path, message);
            None
        }
    };
    if let Some(evidence) = evidence {
        found.sources.push((key.to_string(), evidence));
    }
}

/// The keys of a source's table form.
const EVIDENCE_KEYS: [&str; 3] = ["source", "kind", "checked"];

/// `{ source = "…", kind = "…", checked = DATE }`: every problem reported, `None` if any.
fn evidence_table(
    reporter: &mut Reporter,
    node: &Node,
    table: &Table,
    path: &str,
    evaluation: Option<Date>,
) -> Option<Evidence> {
    let mut parts = EvidenceParts::default();
    for (key, value) in table.iter() {
        let (name, key_path) = (key.get_ref(), join_path(path, key.get_ref()));
        if !EVIDENCE_KEYS.contains(&name.as_ref()) {
            parts.failed = true;
            let close = closest(name, EVIDENCE_KEYS);
            let message = Text::new(|lang| words::unknown_source_key(lang, &EVIDENCE_KEYS, close));
            reporter.error_at(key.span().start, &key_path, message);
        } else if let Err(message) = parts.read(name, value.get_ref()) {
            reporter.error(value, &key_path, message);
        } else if let (true, Some(day)) = (name == "checked", parts.checked) {
            warn_if_future(reporter, value, &key_path, day, evaluation, Dated::Evidence);
        }
    }
    if parts.source.is_none() && !parts.failed {
        reporter.error(node, path, Text::new(words::source_needs_source));
    }
    parts.into_evidence()
}

/// The parts of a source's table form read so far.
#[derive(Default)]
struct EvidenceParts {
    source: Option<String>,
    kind: Option<EvidenceKind>,
    checked: Option<Date>,
    failed: bool,
}

impl EvidenceParts {
    /// Reads one of [`EVIDENCE_KEYS`].
    fn read(&mut self, key: &str, value: &Value) -> Result<(), Text> {
        let result = match key {
            "source" => string(value).map(|text| self.source = Some(text.to_string())),
            "kind" => evidence_kind(value).map(|kind| self.kind = Some(kind)),
            _ => date(value).map(|day| self.checked = Some(day)),
        };
        self.failed |= result.is_err();
        result
    }

    fn into_evidence(self) -> Option<Evidence> {
        let source = self.source.filter(|_| !self.failed)?;
        Some(Evidence {
            source,
            kind: self.kind,
            checked: self.checked,
        })
    }
}

fn evidence_kind(value: &Value) -> Result<EvidenceKind, Text> {
    let text = string(value)?;
    EvidenceKind::parse(text).ok_or_else(|| not_one_of(text, "kind", &EvidenceKind::names()))
}

/// Sources must cite facts the schema has (or `[extra]` facts the file holds): an error
/// otherwise, with the closest path.
fn check_sources(reporter: &mut Reporter, document: &Table, profile: &Profile) {
    let Some(sources) = document.get("sources").and_then(|n| n.get_ref().as_table()) else {
        return;
    };
    for (key, _) in sources.iter() {
        let key_text: &str = key.get_ref();
        if schema::is_fact_path(key_text) || profile.facts.contains_key(key_text) {
            continue;
        }
        let close = closest(key_text, schema::FIELDS.iter().map(|f| f.path));
        let message = Text::new(|lang| words::cites_unknown_field(lang, key_text, close));
        reporter.error_at(key.span().start, &format!("sources.{key_text}"), message);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::diag::Severity;
    use std::path::Path;

    fn load(text: &str) -> (Option<Profile>, Vec<String>) {
        let source = SourceFile::from_text(Path::new("vendors/acme.toml"), text.to_string());
        let (profile, diagnostics) = load_profile(&source);
        (
            profile,
            diagnostics.iter().map(ToString::to_string).collect(),
        )
    }

    fn errors_of(text: &str) -> Vec<String> {
        let (profile, messages) = load(text);
        assert!(profile.is_none(), "expected errors for {text}");
        messages
    }

    #[test]
    fn a_lone_string_where_a_list_goes_is_shown_as_a_list() {
        let errors = errors_of("name = \"A\"\n[support]\nchannels = \"phone\"\n");
        assert!(
            errors[0].ends_with("write it in brackets: channels = [\"phone\"]"),
            "{errors:?}"
        );
    }

    #[test]
    fn a_decimal_comma_draws_a_hint() {
        let errors = errors_of("name = \"A\"\n[sla]\navailability = 99,9\n");
        assert!(
            errors[0].contains("a decimal number takes a point, not a comma: write 99.9"),
            "{errors:?}"
        );
    }

    #[test]
    fn levels_are_read_in_any_case() {
        let (profile, messages) = load("name = \"A\"\n[support]\ncoverage = \"24X7\"\n");
        assert!(messages.is_empty(), "{messages:?}");
        let coverage = profile.unwrap().fact("support.coverage").cloned();
        assert_eq!(coverage.map(|f| f.to_string()), Some("24x7".to_string()));
    }

    #[test]
    fn reads_every_kind_of_fact() {
        let (profile, messages) = load(
            r#"
name = "Acme"
as_of = "2026-01-02"
[support]
coverage = "24x7"
dedicated_engineer = true
business_hours_per_week = 45
[support.first_response]
critical = 30
high = "2 business hours"
[sla]
availability = 99.95
[docs]
last_updated = 2026-10-15
[fit]
industries = ["social"]
[extra]
price = 1200.5
"#,
        );
        assert!(messages.is_empty(), "{messages:?}");
        let p = profile.unwrap();
        assert_eq!(p.id, "acme");
        assert_eq!(p.name(), "Acme");
        assert_eq!(p.as_of(), Some(jiff::civil::date(2026, 1, 2)));
        assert_eq!(p.business_hours_per_week(), 45.0);
        assert_eq!(
            p.fact("support.coverage")
                .map(ToString::to_string)
                .as_deref(),
            Some("24x7")
        );
        assert_eq!(p.fact("extra.price"), Some(&Fact::Number(1200.5)));
        assert!(matches!(
            p.fact("support.first_response.high"),
            Some(Fact::Duration(_))
        ));
    }

    #[test]
    fn dotted_and_inline_tables_work() {
        let (profile, messages) =
            load("name = \"A\"\nsupport.coverage = \"24x5\"\nsla = { written = true }\n");
        assert!(messages.is_empty(), "{messages:?}");
        let p = profile.unwrap();
        assert_eq!(p.fact("sla.written"), Some(&Fact::Bool(true)));
        assert_eq!(
            p.fact("support.coverage")
                .map(ToString::to_string)
                .as_deref(),
            Some("24x5")
        );
    }

    #[test]
    fn misspelled_key_suggests_the_right_one() {
        let errors = errors_of("name = \"A\"\n[support]\ncovrage = \"24x7\"\n");
        assert_eq!(
            errors,
            ["vendors/acme.toml:3:1: error: `support.covrage`: unknown key in [support]; did you mean `coverage`?"]
        );
    }

    #[test]
    fn key_in_the_wrong_table_points_to_its_table() {
        let errors = errors_of("name = \"A\"\ncoverage = \"24x7\"\n");
        assert!(
            errors[0].contains("did you mean `support.coverage` (in [support])?"),
            "{errors:?}"
        );
    }

    #[test]
    fn every_problem_is_reported() {
        let errors = errors_of(
            "plan = 3\n[support]\ncoverage = \"24/7\"\n[sla]\navailability = 120\n[lifecycle]\nversion_support_months = -1\n[support.first_response]\nurgent = 5\n",
        );
        let all = errors.join("\n");
        assert_eq!(errors.len(), 6, "{all}");
        assert!(
            errors[0].contains(":1:1: error: `name`"),
            "sorted by position: {all}"
        );
        assert!(
            all.contains(":1:8: error: `plan`: expected a string, found an integer"),
            "{all}"
        );
        assert!(all.contains("`support.coverage`: `24/7` is not a valid value; use `24x7`, `24x5`, `business-hours` or `none`"), "{all}");
        assert!(
            all.contains("`sla.availability`: 120 must be a percent in (0, 100]"),
            "{all}"
        );
        assert!(
            all.contains("`lifecycle.version_support_months`: -1 must be 0 or more"),
            "{all}"
        );
        assert!(all.contains("`support.first_response.urgent`: unknown severity; severities are `critical`, `high`, `normal` or `low`"), "{all}");
        assert!(all.contains("`name`: required key is missing"), "{all}");
    }

    #[test]
    fn nan_infinity_bad_dates_and_durations_are_errors() {
        let errors = errors_of(
            "name = \"A\"\n[sla]\navailability = nan\n[lifecycle]\nupgrade_notice_days = inf\n[docs]\nlast_updated = \"2026-13-01\"\n[support.resolution]\ncritical = \"soon\"\n",
        );
        let all = errors.join("\n");
        assert_eq!(errors.len(), 4, "{all}");
        assert!(all.contains("nan is not a number"), "{all}");
        assert!(all.contains("inf is not a number"), "{all}");
        assert!(all.contains("`2026-13-01` is not a date"), "{all}");
        assert!(all.contains("`soon` does not start with a number"), "{all}");
    }

    #[test]
    fn vocabulary_misses_are_warnings_with_a_suggestion() {
        let (profile, messages) = load("name = \"A\"\n[fit]\nindustries = [\"educaton\"]\n");
        assert!(profile.is_some());
        assert_eq!(
            messages,
            ["vendors/acme.toml:3:15: warning: `fit.industries`: `educaton` is not a known value; did you mean `education`?"]
        );
    }

    #[test]
    fn a_long_list_of_unknown_words_warns_ten_times_then_counts_the_rest() {
        let words: Vec<String> = (0..25).map(|i| format!("\"w{i}\"")).collect();
        let text = format!(
            "name = \"A\"\n[support]\nchannels = [\"phone\", {}]\n",
            words.join(", ")
        );
        let (profile, messages) = load(&text);
        assert_eq!(
            profile
                .unwrap()
                .fact("support.channels")
                .map(|f| f.to_string().len() > 100),
            Some(true)
        );
        assert_eq!(messages.len(), 11, "{messages:?}");
        assert!(
            messages[0].contains("`w0` is not a known value"),
            "{}",
            messages[0]
        );
        assert!(
            messages[10].ends_with(
                "`support.channels`: and 15 more values outside the known vocabulary in this list"
            ),
            "{}",
            messages[10]
        );
    }

    #[test]
    fn a_name_of_the_wrong_type_is_one_error_not_also_a_missing_name() {
        let errors = errors_of("name = 1\n");
        assert_eq!(
            errors,
            ["vendors/acme.toml:1:8: error: `name`: expected a string, found an integer"]
        );
        let errors = errors_of("name = [\"A\"]\nplan = \"P\"\n");
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(!errors[0].contains("missing"), "{errors:?}");
    }

    #[test]
    fn business_hours_per_week_is_from_1_to_168() {
        for week in ["5e-324", "0.5", "0", "169"] {
            let errors = errors_of(&format!(
                "name = \"A\"\n[support]\nbusiness_hours_per_week = {week}\n"
            ));
            assert_eq!(
                errors,
                [format!("vendors/acme.toml:3:27: error: `support.business_hours_per_week`: {week} must be hours in a week, from 1 to 168")]
            );
        }
        for week in ["1", "168"] {
            let (profile, messages) = load(&format!(
                "name = \"A\"\n[support]\nbusiness_hours_per_week = {week}\n"
            ));
            assert!(messages.is_empty(), "{messages:?}");
            assert_eq!(
                profile.unwrap().business_hours_per_week(),
                week.parse::<f64>().unwrap()
            );
        }
    }

    #[test]
    fn numbers_past_a_billion_are_too_large_never_negative() {
        let digits = "9".repeat(400);
        let errors = errors_of(&format!(
            "name = \"A\"\n[lifecycle]\nupgrade_notice_days = 1000000001\nversion_support_months = 1e306\n[support.first_response]\ncritical = \"{digits} days\"\nhigh = 1e306\nlow = {digits}\nnormal = 1e400\n"
        ));
        assert_eq!(errors.len(), 6, "{errors:?}");
        for error in &errors {
            assert!(error.contains("too large"), "{error}");
            assert!(!error.contains("negative"), "{error}");
        }
        assert!(
            errors[1].contains("`lifecycle.version_support_months`: 1e306 is too large"),
            "{errors:?}"
        );
        assert!(
            errors[3].contains("`support.first_response.high`: 1e306 is too large"),
            "{errors:?}"
        );
    }

    #[test]
    fn empty_file_lacks_a_name() {
        let errors = errors_of("");
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0].contains(":1:1: error: `name`: required key is missing"),
            "{errors:?}"
        );
    }

    #[test]
    fn sources_must_be_strings_and_name_fields() {
        let (_, messages) =
            load("name = \"A\"\n[sources]\n\"sla.availabilty\" = \"x\"\n\"name\" = 3\n");
        let all = messages.join("\n");
        assert!(
            all.contains("error: `sources.name`: a source is a string"),
            "{all}"
        );
        assert!(all.contains("error: `sources.sla.availabilty`: cites `sla.availabilty`, which is not a profile field; did you mean `sla.availability`?"), "{all}");
    }

    #[test]
    fn a_source_is_a_string_or_a_table_with_source_kind_and_checked() {
        let (profile, messages) = load(
            "name = \"A\"\n[sla]\nwritten = true\n[sources]\n\"sla.written\" = { source = \"https://x\", kind = \"third-party\", checked = 2026-01-02 }\n\"name\" = \"site\"\n",
        );
        assert!(messages.is_empty(), "{messages:?}");
        let profile = profile.unwrap();
        assert_eq!(
            profile.evidence("sla.written"),
            Some(&Evidence {
                source: "https://x".into(),
                kind: Some(EvidenceKind::ThirdParty),
                checked: Some(jiff::civil::date(2026, 1, 2)),
            })
        );
        assert_eq!(profile.evidence("name"), Some(&Evidence::source("site")));
    }

    #[test]
    fn a_source_table_names_every_problem() {
        let errors = errors_of(
            "name = \"A\"\n[sources]\n\"sla.written\" = { source = \"x\", knd = \"contract\" }\n\"name\" = { kind = \"marketting\", checked = \"soon\" }\n\"plan\" = { kind = \"trial\" }\n",
        );
        let all = errors.join("\n");
        assert_eq!(errors.len(), 4, "{all}");
        assert!(all.contains(":3:33: error: `sources.sla.written.knd`: unknown key in a source; valid keys are `source`, `kind` or `checked`; did you mean `kind`?"), "{all}");
        assert!(all.contains("`sources.name.kind`: `marketting` is not a kind of source; use `contract`, `documentation`, `marketing`, `third-party`, `vendor-answer` or `trial`; did you mean `marketing`?"), "{all}");
        assert!(
            all.contains("`sources.name.checked`: `soon` is not a date"),
            "{all}"
        );
        assert!(
            all.contains("`sources.plan`: a source table needs `source"),
            "{all}"
        );
    }

    #[test]
    fn dates_after_the_evaluation_date_are_warnings_in_both_paths() {
        let text = "name = \"A\"\nas_of = 2027-01-01\n[docs]\nlast_updated = 2030-05-05\n[extra]\nsigned = 2026-11-22\nseen = 2026-11-21\n[sources]\n\"name\" = { source = \"x\", checked = 2026-12-01 }\n";
        let source = SourceFile::from_text(Path::new("vendors/acme.toml"), text.to_string());
        let evaluation = jiff::civil::date(2026, 11, 21);
        let (profile, diagnostics) = load_profile_on(&source, Some(evaluation));
        let messages: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            [
                "vendors/acme.toml:2:9: warning: `as_of`: 2027-01-01 is in the future (after the evaluation date 2026-11-21); the facts it covers count as checked on 2026-11-21",
                "vendors/acme.toml:4:16: warning: `docs.last_updated`: 2030-05-05 is in the future (after the evaluation date 2026-11-21); the fact counts as unknown",
                "vendors/acme.toml:6:10: warning: `extra.signed`: 2026-11-22 is in the future (after the evaluation date 2026-11-21); the fact counts as unknown",
                "vendors/acme.toml:9:36: warning: `sources.name.checked`: 2026-12-01 is in the future (after the evaluation date 2026-11-21); the facts it covers count as checked on 2026-11-21",
            ]
        );
        let profile = profile.expect("warnings only");
        assert_eq!(
            profile,
            load_profile(&source).0.unwrap(),
            "the facts are kept"
        );
        assert!(
            load_profile(&source).1.is_empty(),
            "no evaluation date, no warning"
        );
        let later = jiff::civil::date(2030, 5, 5);
        assert!(load_profile_on(&source, Some(later)).1.is_empty());
    }

    #[test]
    fn deeply_nested_arrays_do_not_panic() {
        let text = format!(
            "name = \"A\"\nx = {}{}\n",
            "[".repeat(5000),
            "]".repeat(5000)
        );
        let (profile, messages) = load(&text);
        assert!(profile.is_none());
        assert!(messages[0].contains("error"), "{messages:?}");
    }

    #[test]
    fn severities_of_diagnostics() {
        let source = SourceFile::from_text(Path::new("a.toml"), "name = 1".into());
        let (_, diagnostics) = load_profile(&source);
        assert!(diagnostics.iter().all(|d| d.severity == Severity::Error));
    }
}
