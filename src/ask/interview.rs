//! The interview (SPEC §6): asks a profile's open questions, most decision-relevant first, and
//! writes each answer into the file at once. Prompts go through the [`Prompter`] trait, so the
//! logic runs with scripted answers in tests and with dialoguer in a terminal.

use crate::ask::checklist;
use crate::ask::edit::{Answer, ProfileEditor};
use crate::ask::prompt::{
    is_skip, KnownChoice, Prompt, PromptError, Prompter, Reply, KEEP_CONFIRM_CHANGE,
};
use crate::ask::questions;
use crate::i18n::findings::as_answer;
use crate::i18n::{self, evidence, fields, Lang, Msg, Text, TypedNumber};
use crate::load::tree::parse_date;
use crate::model::duration::Duration;
use crate::model::fact::Fact;
use crate::model::profile::Profile;
use crate::model::question::{AnswerType, Question};
use crate::model::schema::{self, FieldType};
use crate::model::scorecard::Scorecard;
use anyhow::Result;
use jiff::civil::Date;

/// Which questions an interview asks (SPEC §6).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selection {
    /// The unknown facts, then the stale and unconfirmed ones.
    Open,
    /// Every field question.
    All,
    /// Exactly these fields, in this order.
    Fields(Vec<String>),
}

/// The fields `--field` may name: those of the bank's field questions but `as_of`, which the
/// interview never touches.
pub fn askable_fields() -> impl Iterator<Item = &'static str> {
    questions::bank()
        .iter()
        .filter_map(|q| q.field.as_deref())
        .filter(|field| *field != "as_of")
}

/// The questions to ask, in order: the checklist's order first (given a scorecard), then the
/// bank's. By default the unknown facts (a date after `today` is unknown), then the known ones
/// that are stale or unconfirmed; with [`Selection::All`] every field question, in that order.
pub fn plan(
    profile: &Profile,
    card: Option<&Scorecard>,
    today: Date,
    selection: &Selection,
) -> Vec<Question> {
    let ordered = ordered_questions(profile, card, today);
    match selection {
        Selection::All => ordered,
        Selection::Fields(fields) => fields
            .iter()
            .filter_map(|field| questions::for_field(field).cloned())
            .collect(),
        Selection::Open => {
            let field = |q: &Question| q.field.clone().unwrap_or_default();
            let (unknown, known): (Vec<Question>, Vec<Question>) = ordered
                .into_iter()
                .partition(|q| profile.fact_on(&field(q), today).is_none());
            let recheck = known.into_iter().filter(|q| {
                let field = field(q);
                profile.is_stale(&field, today) || profile.is_unconfirmed(&field)
            });
            unknown.into_iter().chain(recheck).collect()
        }
    }
}

/// Every field question but `as_of`'s, once: the checklist's first, then the bank's.
fn ordered_questions(profile: &Profile, card: Option<&Scorecard>, today: Date) -> Vec<Question> {
    let mut ordered: Vec<Question> = Vec::new();
    if let Some(card) = card {
        let list = checklist::build(std::slice::from_ref(profile), card, today, Lang::En).remove(0);
        ordered.extend(
            list.items
                .iter()
                .filter(|item| item.field.is_some())
                .map(|item| item.asks.clone()),
        );
    }
    ordered.extend(
        questions::bank()
            .iter()
            .filter(|q| q.field.is_some())
            .cloned(),
    );
    let mut seen = std::collections::BTreeSet::new();
    ordered.retain(|q| seen.insert(q.id.clone()) && q.field.as_deref() != Some("as_of"));
    ordered
}

/// How an interview ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// Facts answered (and saved).
    pub answered: usize,
    /// Whether the user stopped it with Ctrl-C.
    pub interrupted: bool,
}

/// How to run an interview.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub lang: Lang,
    /// The date answered and confirmed facts are marked checked on; later dates are refused.
    pub today: Date,
    /// Ask where each answer came from, for `[sources]`.
    pub ask_sources: bool,
}

/// What the user did with one question.
enum Step {
    /// Skipped, or kept the value: nothing changes, nothing is marked checked.
    Keep,
    /// The value stays and is marked checked today.
    Confirm,
    /// A new value, marked checked today.
    Change(Answer),
}

/// Asks `questions` about the profile held by `editor`, saving each answer or confirmation at
/// once with `checked` = today in its `[sources]` entry. Never touches `as_of`.
pub fn run(
    editor: &mut ProfileEditor,
    profile: &Profile,
    questions: &[Question],
    prompter: &mut dyn Prompter,
    options: Options,
) -> Result<Outcome> {
    let mut outcome = Outcome {
        answered: 0,
        interrupted: false,
    };
    for (index, question) in questions.iter().enumerate() {
        let progress = format!("{}/{}", index + 1, questions.len());
        let field = question.field.as_deref().unwrap_or_default();
        let step = match ask_step(prompter, question, profile, &progress, options) {
            Ok(Step::Keep) => continue,
            Ok(step) => step,
            Err(PromptError::Interrupted) => return Ok(interrupted(outcome)),
            Err(PromptError::Failed(e)) => return Err(e),
        };
        let today = options.today;
        editor.update(|document| {
            if let Step::Change(answer) = &step {
                document.set(field, answer)?;
            }
            document.mark_checked(field, today, None)
        })?;
        outcome.answered += 1;
        if !options.ask_sources {
            continue;
        }
        match prompter.source(options.lang) {
            Ok(Some(source)) => {
                editor.update(|document| document.mark_checked(field, today, Some(&source)))?
            }
            Ok(None) => {}
            Err(PromptError::Interrupted) => return Ok(interrupted(outcome)),
            Err(PromptError::Failed(e)) => return Err(e),
        }
    }
    Ok(outcome)
}

/// For a fact that has a value, offers keep, confirm or change first; then asks for the value.
fn ask_step(
    prompter: &mut dyn Prompter,
    question: &Question,
    profile: &Profile,
    progress: &str,
    options: Options,
) -> Result<Step, PromptError> {
    let field = question.field.as_deref().unwrap_or_default();
    if let Some(fact) = profile.fact_on(field, options.today) {
        let current = as_answer(fact, options.lang);
        let text = question_with_value(question, profile, field, fact, options.lang);
        let choice = match prompter.ask(progress, &text, Prompt::Known { current: &current })? {
            Reply::Choice(index) => KEEP_CONFIRM_CHANGE.get(index).copied(),
            _ => None,
        };
        match choice {
            Some(KnownChoice::Confirm) => return Ok(Step::Confirm),
            Some(KnownChoice::Change) => {}
            _ => return Ok(Step::Keep),
        }
    }
    let answer = ask_one(prompter, question, profile, progress, options)?;
    Ok(answer.map_or(Step::Keep, Step::Change))
}

/// The question with the fact's current value in words: "… (now: 24 hours, 5 days a week)".
fn question_with_value(
    question: &Question,
    profile: &Profile,
    field: &str,
    fact: &Fact,
    lang: Lang,
) -> String {
    let now = fields::value(field, fact, profile.business_hours_per_week(), lang);
    i18n::with_current_value(lang, question.text(lang), &now)
}

fn interrupted(outcome: Outcome) -> Outcome {
    Outcome {
        interrupted: true,
        ..outcome
    }
}

/// Asks one question until it gets a valid answer or a skip.
fn ask_one(
    prompter: &mut dyn Prompter,
    question: &Question,
    profile: &Profile,
    progress: &str,
    options: Options,
) -> Result<Option<Answer>, PromptError> {
    let (lang, today) = (options.lang, options.today);
    let field = question.field.as_deref().unwrap_or_default();
    let current = profile.fact_on(field, today);
    let text = match current {
        Some(fact) => question_with_value(question, profile, field, fact, lang),
        None => question.text(lang).to_string(),
    };
    match question.answer {
        AnswerType::Bool => {
            let default = match current {
                Some(Fact::Bool(b)) => Some(*b),
                _ => None,
            };
            match prompter.ask(progress, &text, Prompt::YesNo { default })? {
                Reply::YesNo(b) if Some(b) != default => Ok(Some(Answer::Bool(b))),
                _ => Ok(None),
            }
        }
        AnswerType::Level => {
            let default =
                current.and_then(|f| question.values.iter().position(|v| *v == f.to_string()));
            match prompter.ask(
                progress,
                &text,
                Prompt::Choice {
                    options: &question.values,
                    default,
                },
            )? {
                Reply::Choice(i) if Some(i) != default && i < question.values.len() => {
                    Ok(Some(Answer::Text(question.values[i].clone())))
                }
                _ => Ok(None),
            }
        }
        AnswerType::List => ask_list(prompter, question, current, progress, &text),
        _ => ask_line(prompter, question, current, progress, &text, options),
    }
}

fn ask_list(
    prompter: &mut dyn Prompter,
    question: &Question,
    current: Option<&Fact>,
    progress: &str,
    text: &str,
) -> Result<Option<Answer>, PromptError> {
    let have: Vec<String> = match current {
        Some(Fact::List(items)) => items.clone(),
        _ => Vec::new(),
    };
    let mut options = question.vocabulary.clone();
    options.extend(
        have.iter()
            .filter(|h| !question.vocabulary.contains(h))
            .cloned(),
    );
    let chosen: Vec<bool> = options.iter().map(|o| have.contains(o)).collect();
    let Reply::Multi { chosen, extra } = prompter.ask(
        progress,
        text,
        Prompt::Multi {
            options: &options,
            chosen: &chosen,
        },
    )?
    else {
        return Ok(None);
    };
    let mut list: Vec<String> = chosen
        .iter()
        .filter_map(|&i| options.get(i).cloned())
        .collect();
    for entry in extra.iter().map(|e| e.trim()).filter(|e| !e.is_empty()) {
        if !list.iter().any(|l| l == entry) {
            list.push(entry.to_string());
        }
    }
    if list.is_empty() || list == have {
        return Ok(None);
    }
    Ok(Some(Answer::List(list)))
}

fn ask_line(
    prompter: &mut dyn Prompter,
    question: &Question,
    current: Option<&Fact>,
    progress: &str,
    text: &str,
    options: Options,
) -> Result<Option<Answer>, PromptError> {
    let default = current.map(ToString::to_string);
    let parse = |input: &str| {
        parse_line(question, input)
            .map_err(|problem| problem.get(options.lang).to_string())
            .and_then(|answer| not_after(answer, options.today, options.lang))
    };
    let check = |input: &str| parse(input).map(|_| ());
    let hint = line_hint(question, options.lang, default.is_some());
    let prompt = Prompt::Line {
        default: default.clone(),
        hint: &hint,
        check: &check,
    };
    match prompter.ask(progress, text, prompt)? {
        Reply::Line(input) if !is_skip(&input) && Some(input.trim()) != default.as_deref() => {
            parse(&input)
                .map(Some)
                .map_err(|e| PromptError::Failed(anyhow::anyhow!(e)))
        }
        _ => Ok(None),
    }
}

/// Turns a typed line into an answer of the question's type, or says what is wrong (in both
/// languages: a questionnaire reports it later, in its own).
pub fn parse_line(question: &Question, input: &str) -> Result<Answer, Text> {
    let input = input.trim();
    if is_skip(input) {
        return Ok(Answer::Text(String::new()));
    }
    match question.answer {
        AnswerType::Duration => Duration::parse_typed(input).map(Answer::Duration),
        AnswerType::Date => parse_date(input).map(Answer::Date),
        AnswerType::Number => parse_number(question, input).map(Answer::Number),
        // Yes/no, level and list questions have prompts of their own; a line is text.
        AnswerType::Bool | AnswerType::Level | AnswerType::List | AnswerType::Text => {
            Ok(Answer::Text(input.to_string()))
        }
    }
}

/// Refuses a date later than `today` (SPEC §6).
fn not_after(answer: Answer, today: Date, lang: Lang) -> Result<Answer, String> {
    match answer {
        Answer::Date(day) if day > today => Err(evidence::date_after_today(lang, day, today)),
        answer => Ok(answer),
    }
}

fn parse_number(question: &Question, input: &str) -> Result<f64, Text> {
    let digits = if question.unit.as_deref() == Some("percent") {
        input.trim_end_matches('%').trim_end()
    } else {
        input
    };
    let bad = |problem: TypedNumber| Text::new(|lang| i18n::typed_number(lang, input, problem));
    let number: f64 = digits.parse().map_err(|_| bad(TypedNumber::NotANumber))?;
    if !number.is_finite() {
        return Err(bad(TypedNumber::NotFinite));
    }
    if let Some(min) = question.min.filter(|&min| number < min) {
        return Err(bad(TypedNumber::BelowMinimum(min)));
    }
    if let Some(max) = question.max.filter(|&max| number > max) {
        return Err(bad(TypedNumber::AboveMaximum(max)));
    }
    let range = question
        .field
        .as_deref()
        .and_then(schema::field)
        .and_then(|spec| match spec.ty {
            FieldType::Number(range) => range.problem(number, input),
            _ => None,
        });
    match range {
        Some(problem) => Err(problem),
        None => Ok(number),
    }
}

fn line_hint(question: &Question, lang: Lang, has_default: bool) -> String {
    let accepts = match question.answer {
        AnswerType::Duration | AnswerType::Date | AnswerType::Number => question.allowed(lang),
        _ => String::new(),
    };
    let skip = if has_default {
        Msg::HintEnterKeeps
    } else {
        Msg::HintEnterSkips
    };
    i18n::line_hint(lang, &accepts, skip.text(lang))
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod hint_tests {
    use super::*;

    #[test]
    fn number_hints_show_unit_and_range() {
        let availability = questions::for_field("sla.availability").unwrap();
        assert_eq!(
            line_hint(availability, Lang::En, false),
            "a number (percent, 0–100); Enter or - to skip"
        );
        assert_eq!(
            parse_line(availability, "99.99 %"),
            Ok(Answer::Number(99.99))
        );
        let name = questions::for_field("name").unwrap();
        assert_eq!(
            line_hint(name, Lang::En, true),
            "Enter keeps the current value, - skips"
        );
        let months = questions::for_field("lifecycle.version_support_months").unwrap();
        assert_eq!(
            line_hint(months, Lang::Zh, false),
            "数字（个月，≥ 0）；回车或 - 跳过"
        );
    }
}
