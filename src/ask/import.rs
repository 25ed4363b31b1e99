//! `sdkvet import` (SPEC §6): a filled questionnaire back into the profiles. Every non-empty
//! answer is checked, the whole file before anything is written: its vendor id names a profile,
//! its question id and field agree with the question bank, and its answer parses as the
//! interview parses a typed line ([`interview::parse_line`]; yes/no, levels and lists, which
//! the interview asks with menus, are read here) and then passes the profile loader's own
//! check of the value it would write ([`crate::load::profile::convert`]: type, range,
//! vocabulary, duration syntax). Accepted answers are written through the edit module, with
//! their evidence: the row's source (or the questionnaire), kind `vendor-answer`, checked on
//! the given date; due-diligence answers go to `[diligence]`.

mod sheet;

pub use sheet::{read_csv, read_xlsx, Row, Rows};

use crate::ask::edit::{Answer, ProfileDocument, ProfileEditor};
use crate::ask::interview;
use crate::ask::prompt::is_skip;
use crate::ask::questions;
use crate::i18n::{fields, questionnaire, report, Lang};
use crate::load::diag::LoadFailure;
use crate::load::source::{Reporter, SourceFile};
use crate::model::fact::Fact;
use crate::model::profile::{EvidenceKind, Profile};
use crate::model::question::{AnswerType, Question};
use crate::model::schema;
use crate::util::suggest::closest;
use anyhow::Result;
use jiff::civil::Date;
use std::collections::btree_map::Entry;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// What an answer fills: a profile fact, or a due-diligence answer under its question id.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Target {
    Fact(String),
    Diligence(String),
}

impl Target {
    /// The dotted path written: `support.coverage`, `diligence.dd_team_size`.
    pub fn path(&self) -> String {
        match self {
            Target::Fact(field) => field.clone(),
            Target::Diligence(id) => format!("diligence.{id}"),
        }
    }
}

/// An answer that passed every check, ready to be written.
#[derive(Debug, Clone, PartialEq)]
pub struct Accepted {
    pub target: Target,
    pub answer: Answer,
    /// The fact the loader reads from the written value; `None` for due diligence.
    pub fact: Option<Fact>,
    /// The row's `source`, when it has one.
    pub source: Option<String>,
}

/// A problem of the questionnaire, at its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub place: String,
    pub error: bool,
    pub message: String,
}

impl Problem {
    /// The problem as one line, in the language.
    pub fn line(&self, lang: Lang) -> String {
        questionnaire::problem(lang, &self.place, self.error, &self.message)
    }
}

/// The answers of a questionnaire by vendor id, and every problem found.
#[derive(Debug, Default)]
pub struct Checked {
    pub vendors: BTreeMap<String, Vec<Accepted>>,
    pub problems: Vec<Problem>,
}

impl Checked {
    /// How many of the problems are errors.
    pub fn errors(&self) -> usize {
        self.problems.iter().filter(|p| p.error).count()
    }
}

/// What checking the rows needs to know.
pub struct Context<'a> {
    /// The questionnaire's file name, as messages show it.
    pub file: &'a str,
    /// The profiles the `--vendors` folders hold, by vendor id.
    pub profiles: &'a BTreeMap<String, PathBuf>,
    /// The folders, in words, for "no profile ID.toml in …".
    pub folders: &'a str,
    /// Dates after this day are refused, as in the interview.
    pub today: Date,
    pub lang: Lang,
}

/// Checks every row that has an answer (an empty answer, or `-`, is ignored).
pub fn check(rows: &[Row], cx: &Context) -> Checked {
    let mut checked = Checked::default();
    let mut first_at: BTreeMap<(String, Target), String> = BTreeMap::new();
    for row in rows.iter().filter(|row| !is_skip(row.text("answer"))) {
        let Some((vendor, accepted)) = check_row(row, cx, &mut checked.problems) else {
            continue;
        };
        let place = row.place(cx.file, "answer", cx.lang);
        match first_at.entry((vendor.clone(), accepted.target.clone())) {
            Entry::Occupied(first) => checked.problems.push(Problem {
                place,
                error: true,
                message: questionnaire::answered_twice(
                    cx.lang,
                    &accepted.target.path(),
                    first.get(),
                ),
            }),
            Entry::Vacant(slot) => {
                slot.insert(place);
                checked.vendors.entry(vendor).or_default().push(accepted);
            }
        }
    }
    checked
}

/// One row: its vendor, its question and its answer, each checked (every problem is kept).
fn check_row(row: &Row, cx: &Context, problems: &mut Vec<Problem>) -> Option<(String, Accepted)> {
    let vendor = vendor_of(row, cx, problems);
    let (target, question) = question_of(row, cx, problems)?;
    let (answer, fact) = answer_of(row, &question, &target, cx, problems)?;
    let source = Some(row.text("source").to_string()).filter(|s| !s.is_empty());
    let accepted = Accepted {
        target,
        answer,
        fact,
        source,
    };
    Some((vendor?, accepted))
}

fn error(row: &Row, cx: &Context, column: &str, message: String) -> Problem {
    Problem {
        place: row.place(cx.file, column, cx.lang),
        error: true,
        message,
    }
}

/// The row's vendor id, when a profile has it.
fn vendor_of(row: &Row, cx: &Context, problems: &mut Vec<Problem>) -> Option<String> {
    let id = row.text("vendor_id");
    if cx.profiles.contains_key(id) {
        return Some(id.to_string());
    }
    let message = if id.is_empty() {
        questionnaire::empty_vendor_id(cx.lang)
    } else {
        let near = closest(id, cx.profiles.keys().map(String::as_str));
        questionnaire::unknown_vendor(cx.lang, id, near, cx.folders)
    };
    problems.push(error(row, cx, "vendor_id", message));
    None
}

/// The row's question, when its id is in the bank (or names a custom criterion's field) and
/// its field is the one the question fills.
fn question_of(row: &Row, cx: &Context, problems: &mut Vec<Problem>) -> Option<(Target, Question)> {
    let (id, field) = (row.text("question_id"), row.text("field"));
    if !field.is_empty() && !schema::is_fact_path(field) {
        let near = closest(field, schema::FIELDS.iter().map(|f| f.path));
        problems.push(error(
            row,
            cx,
            "field",
            questionnaire::unknown_field(cx.lang, field, near),
        ));
        return None;
    }
    let Some(question) = bank_question(id, field, row.text("type")) else {
        let near = closest(id, questions::bank().iter().map(|q| q.id.as_str()));
        problems.push(error(
            row,
            cx,
            "question_id",
            questionnaire::unknown_question(cx.lang, id, near),
        ));
        return None;
    };
    if question.field.as_deref().unwrap_or_default() != field {
        let fills = question.field.as_deref();
        let message = questionnaire::field_mismatch(cx.lang, field, id, fills);
        problems.push(error(row, cx, "field", message));
        return None;
    }
    let target = match &question.field {
        Some(field) => Target::Fact(field.clone()),
        None => Target::Diligence(question.id.clone()),
    };
    Some((target, question))
}

/// The bank's question `id`, or the generic question the checklist asks about a custom
/// criterion's `[extra]` field (`custom_extra_price` for `extra.price`), typed by its row.
fn bank_question(id: &str, field: &str, ty: &str) -> Option<Question> {
    if let Some(question) = questions::bank().iter().find(|q| q.id == id) {
        return Some(question.clone());
    }
    let custom = field.starts_with("extra.") && id == format!("custom_{}", field.replace('.', "_"));
    let answer = match ty {
        "bool" => AnswerType::Bool,
        "number" => AnswerType::Number,
        "date" => AnswerType::Date,
        "duration" => AnswerType::Duration,
        _ => AnswerType::Text,
    };
    custom.then(|| Question::generic(field, "", answer))
}

/// The row's answer and the fact it gives, or the problem with it (at the `answer` cell);
/// the loader's warnings (a word outside a vocabulary) are kept as warnings there.
fn answer_of(
    row: &Row,
    question: &Question,
    target: &Target,
    cx: &Context,
    problems: &mut Vec<Problem>,
) -> Option<(Answer, Option<Fact>)> {
    let place = row.place(cx.file, "answer", cx.lang);
    let path = target.path();
    let checked = parse_answer(question, row.text("answer"), cx.today, cx.lang)
        .and_then(|answer| checked_by_loader(target, answer, cx.lang));
    let problem = |error: bool, message: &str| Problem {
        place: place.clone(),
        error,
        message: questionnaire::answer_problem(cx.lang, &path, message),
    };
    match checked {
        Ok((answer, fact, warnings)) => {
            problems.extend(warnings.iter().map(|warning| problem(false, warning)));
            Some((answer, fact))
        }
        Err(message) => {
            problems.push(problem(true, &message));
            None
        }
    }
}

/// Reads an answer's text as its question's type: yes/no (`是`/`否` too) in any case, a level
/// as written (the loader reads it in any case), a list split at `,`, `，` or `、`, anything
/// else as the interview reads a typed line; a date after `today` is refused.
pub fn parse_answer(
    question: &Question,
    text: &str,
    today: Date,
    lang: Lang,
) -> Result<Answer, String> {
    let text = text.trim();
    match question.answer {
        AnswerType::Bool => yes_no(text)
            .map(Answer::Bool)
            .ok_or_else(|| questionnaire::not_yes_no(lang, text)),
        AnswerType::Level => Ok(Answer::Text(text.to_string())),
        AnswerType::List => Ok(Answer::List(list_items(text))),
        _ => interview::parse_line(question, text)
            .map_err(|problem| problem.get(lang).to_string())
            .and_then(|answer| interview::not_after(answer, today, lang)),
    }
}

/// `yes`/`no`, `true`/`false`, `是`/`否`, in any case.
fn yes_no(text: &str) -> Option<bool> {
    match text.to_lowercase().as_str() {
        "yes" | "true" | "是" => Some(true),
        "no" | "false" | "否" => Some(false),
        _ => None,
    }
}

/// A list's items: split at `,`, `，` or `、`, trimmed, empty ones and repeats dropped.
fn list_items(text: &str) -> Vec<String> {
    let mut items: Vec<String> = Vec::new();
    for item in text.split([',', '，', '、']).map(str::trim) {
        if !item.is_empty() && !items.iter().any(|known| known == item) {
            items.push(item.to_string());
        }
    }
    items
}

/// The answer as the profile loader reads the value written for it: the fact (a level in
/// its canonical spelling), and the loader's warnings; or the loader's error.
fn checked_by_loader(
    target: &Target,
    answer: Answer,
    lang: Lang,
) -> Result<(Answer, Option<Fact>, Vec<String>), String> {
    let Target::Fact(field) = target else {
        return Ok((answer, None, Vec::new()));
    };
    let value = answer.to_value().to_string();
    let source = SourceFile::from_text(Path::new(field), format!("v = {}\n", value.trim()));
    let mut reporter = Reporter::new(&source);
    let table = reporter
        .parse()
        .ok_or_else(|| first_message(&source, lang))?;
    let node = table.get("v").ok_or_else(|| first_message(&source, lang))?;
    let fact = match schema::field(field) {
        Some(spec) => crate::load::profile::convert(&mut reporter, node, spec)
            .map_err(|problem| problem.get(lang).to_string())?,
        None => extra_fact(&answer),
    };
    let diagnostics = reporter.finish();
    let warnings = diagnostics
        .warnings()
        .map(|w| w.message.get(lang).to_string());
    let answer = match &fact {
        Fact::Level(level) => Answer::Text(level.name().to_string()),
        _ => answer,
    };
    Ok((answer, Some(fact), warnings.collect()))
}

/// The parse error of a value that is not TOML (never, for values toml_edit writes).
fn first_message(source: &SourceFile, lang: Lang) -> String {
    let error = source.parse().err();
    error.map_or_else(String::new, |d| d.message.get(lang).to_string())
}

/// An `[extra]` fact, as the loader reads the value written (a duration as its text or
/// minutes).
fn extra_fact(answer: &Answer) -> Fact {
    match answer {
        Answer::Bool(b) => Fact::Bool(*b),
        Answer::Number(n) => Fact::Number(*n),
        Answer::Date(d) => Fact::Date(*d),
        Answer::Duration(d) if d.is_bare_minutes() => Fact::Number(d.amount),
        Answer::Duration(d) => Fact::Text(d.text.trim().to_string()),
        Answer::List(items) => Fact::List(items.clone()),
        Answer::Text(text) => Fact::Text(text.clone()),
    }
}

/// Where the written answers say they come from.
pub struct Evidence<'a> {
    /// The source of an answer whose row gives none: "vendor questionnaire FILE".
    pub default_source: &'a str,
    /// The `checked` date: `--checked`, or today.
    pub checked: Date,
}

/// The source recorded for an answer whose row names none (SPEC §6).
pub fn default_source(file_name: &str) -> String {
    format!("vendor questionnaire {file_name}")
}

/// Loads the profiles that get answers; their errors stop the import before anything is
/// written.
pub fn load_targets(
    checked: &Checked,
    paths: &BTreeMap<String, PathBuf>,
) -> Result<BTreeMap<String, Profile>> {
    let files: Vec<PathBuf> = checked.vendors.keys().map(|id| paths[id].clone()).collect();
    let (profiles, diagnostics) = crate::load::discover::load_profiles(&files);
    if diagnostics.has_errors() {
        return Err(LoadFailure { diagnostics }.into());
    }
    Ok(profiles.into_iter().map(|p| (p.id.clone(), p)).collect())
}

/// Writes every accepted answer. Every profile is opened for editing (and locked) first, so
/// that a profile that cannot be written stops the import before any is changed; then each is
/// updated in one atomic save. Returns each profile's path and how many answers it got.
pub fn apply(
    checked: &Checked,
    paths: &BTreeMap<String, PathBuf>,
    evidence: &Evidence,
    lang: Lang,
) -> Result<Vec<(PathBuf, usize)>> {
    let mut editors = Vec::with_capacity(checked.vendors.len());
    for (id, answers) in &checked.vendors {
        editors.push((ProfileEditor::open(&paths[id], lang)?, answers));
    }
    let mut written = Vec::with_capacity(editors.len());
    for (editor, answers) in &mut editors {
        editor.update(|document| {
            answers
                .iter()
                .try_for_each(|answer| write_answer(document, answer, evidence))
        })?;
        written.push((editor.path().to_path_buf(), answers.len()));
    }
    Ok(written)
}

/// Sets one answer, and for a fact its evidence.
fn write_answer(
    document: &mut ProfileDocument,
    accepted: &Accepted,
    evidence: &Evidence,
) -> Result<()> {
    document.set(&accepted.target.path(), &accepted.answer)?;
    if let Target::Fact(field) = &accepted.target {
        let source = accepted
            .source
            .as_deref()
            .unwrap_or(evidence.default_source);
        let kind = EvidenceKind::VendorAnswer.as_str();
        document.record_evidence(field, source, kind, evidence.checked)?;
    }
    Ok(())
}

/// What an import would do, per profile: each answer's fact, old → new, in words.
pub fn dry_run(
    checked: &Checked,
    profiles: &BTreeMap<String, Profile>,
    lang: Lang,
) -> Result<String> {
    let mut out = String::new();
    for (id, answers) in &checked.vendors {
        let profile = &profiles[id];
        out.push_str(&questionnaire::dry_run_heading(
            lang,
            profile.path.display(),
        ));
        out.push('\n');
        let document = diligence_document(profile, answers)?;
        for accepted in answers {
            let (label, old, new) = change(profile, document.as_ref(), accepted, lang);
            out.push_str(&questionnaire::dry_run_change(lang, &label, &old, &new));
            out.push('\n');
        }
    }
    Ok(out)
}

/// The profile's document, when due-diligence answers need its `[diligence]` texts.
fn diligence_document(profile: &Profile, answers: &[Accepted]) -> Result<Option<ProfileDocument>> {
    if !answers
        .iter()
        .any(|a| matches!(a.target, Target::Diligence(_)))
    {
        return Ok(None);
    }
    let text = std::fs::read_to_string(&profile.path)?;
    Ok(ProfileDocument::parse(&text).ok())
}

/// An answer's label, old value and new value, in words.
fn change(
    profile: &Profile,
    document: Option<&ProfileDocument>,
    accepted: &Accepted,
    lang: Lang,
) -> (String, String, String) {
    let week = profile.business_hours_per_week();
    match (&accepted.target, &accepted.fact, &accepted.answer) {
        (Target::Fact(field), Some(fact), _) => {
            let old = profile.fact(field).map_or_else(
                || report::unknown(lang).to_string(),
                |old| fields::value(field, old, week, lang),
            );
            let label = fields::label(field, lang);
            (label, old, fields::value(field, fact, week, lang))
        }
        (target, _, answer) => {
            let id = match target {
                Target::Diligence(id) | Target::Fact(id) => id,
            };
            let old = document
                .and_then(|d| d.text_at(&target.path()))
                .unwrap_or_else(|| questionnaire::no_answer_yet(lang).to_string());
            let new = match answer {
                Answer::Text(text) => text.clone(),
                other => other.to_value().to_string(),
            };
            (questionnaire::diligence_label(lang, id), old, new)
        }
    }
}

#[cfg(test)]
mod tests;
