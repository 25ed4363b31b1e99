//! The interview (SPEC §6): asks a profile's open questions, most decision-relevant first, and
//! writes each answer into the file at once. Prompts go through the [`Prompter`] trait, so the
//! logic runs with scripted answers in tests and with dialoguer in a terminal.

use crate::ask::checklist;
use crate::ask::edit::{Answer, ProfileEditor};
use crate::ask::prompt::{is_skip, Prompt, PromptError, Prompter, Reply};
use crate::ask::questions;
use crate::i18n::{self, fields, Lang, Msg};
use crate::load::tree::parse_date;
use crate::model::duration::Duration;
use crate::model::fact::Fact;
use crate::model::profile::Profile;
use crate::model::question::{AnswerType, Question, Reason};
use crate::model::schema::{self, FieldType};
use crate::model::scorecard::Scorecard;
use anyhow::Result;
use jiff::civil::Date;

/// The questions to ask, in order: the checklist's unknowns first (given a scorecard), then the
/// bank's other unknown fields; with `all`, every field question, current values as defaults.
pub fn plan(profile: &Profile, card: Option<&Scorecard>, today: Date, all: bool) -> Vec<Question> {
    let mut ordered: Vec<Question> = Vec::new();
    if let Some(card) = card {
        let list = checklist::build(std::slice::from_ref(profile), card, today, Lang::En).remove(0);
        let wanted =
            |reason: Reason| all || matches!(reason, Reason::KnockoutUnknown | Reason::Unknown);
        for item in list
            .items
            .iter()
            .filter(|i| i.field.is_some() && wanted(i.reason))
        {
            ordered.push(item.asks.clone());
        }
    }
    for question in questions::bank().iter().filter(|q| q.field.is_some()) {
        ordered.push(question.clone());
    }
    let mut seen = std::collections::BTreeSet::new();
    ordered.retain(|q| seen.insert(q.id.clone()));
    ordered.retain(|q| {
        let field = q.field.as_deref().unwrap_or_default();
        field != "as_of" && (all || profile.fact(field).is_none())
    });
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
    /// Written into `as_of` when anything was answered.
    pub today: Date,
    /// Ask where each answer came from, for `[sources]`.
    pub ask_sources: bool,
}

/// Asks `questions` about the profile held by `editor`, saving each answer at once; sets
/// `as_of` to `today` at the end when anything was answered.
pub fn run(
    editor: &mut ProfileEditor,
    profile: &Profile,
    questions: &[Question],
    prompter: &mut dyn Prompter,
    options: Options,
) -> Result<Outcome> {
    let Options {
        lang,
        today,
        ask_sources,
    } = options;
    let mut outcome = Outcome {
        answered: 0,
        interrupted: false,
    };
    for (index, question) in questions.iter().enumerate() {
        let progress = format!("{}/{}", index + 1, questions.len());
        let answer = match ask_one(prompter, question, profile, &progress, lang) {
            Ok(None) => continue,
            Ok(Some(answer)) => answer,
            Err(PromptError::Interrupted) => return Ok(interrupted(outcome)),
            Err(PromptError::Failed(e)) => return Err(e),
        };
        let field = question.field.as_deref().unwrap_or_default();
        editor.update(|document| document.set(field, &answer))?;
        outcome.answered += 1;
        if !ask_sources {
            continue;
        }
        match prompter.source(lang) {
            Ok(Some(source)) => editor.update(|document| document.set_source(field, &source))?,
            Ok(None) => {}
            Err(PromptError::Interrupted) => return Ok(interrupted(outcome)),
            Err(PromptError::Failed(e)) => return Err(e),
        }
    }
    if outcome.answered > 0 {
        editor.update(|document| document.set("as_of", &Answer::Date(today)))?;
    }
    Ok(outcome)
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
    lang: Lang,
) -> Result<Option<Answer>, PromptError> {
    let field = question.field.as_deref().unwrap_or_default();
    let current = profile.fact(field);
    let text = match current {
        Some(fact) => {
            let now = fields::value(field, fact, profile.business_hours_per_week(), lang);
            i18n::with_current_value(lang, question.text(lang), &now)
        }
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
        _ => ask_line(prompter, question, current, progress, &text, lang),
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
    lang: Lang,
) -> Result<Option<Answer>, PromptError> {
    let default = current.map(ToString::to_string);
    let check = |input: &str| parse_line(question, input).map(|_| ());
    let hint = line_hint(question, lang, default.is_some());
    let prompt = Prompt::Line {
        default: default.clone(),
        hint: &hint,
        check: &check,
    };
    match prompter.ask(progress, text, prompt)? {
        Reply::Line(input) if !is_skip(&input) && Some(input.trim()) != default.as_deref() => {
            parse_line(question, &input)
                .map(Some)
                .map_err(|e| PromptError::Failed(anyhow::anyhow!(e)))
        }
        _ => Ok(None),
    }
}

/// Turns a typed line into an answer of the question's type, or says what is wrong.
pub fn parse_line(question: &Question, input: &str) -> Result<Answer, String> {
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

fn parse_number(question: &Question, input: &str) -> Result<f64, String> {
    let digits = if question.unit.as_deref() == Some("percent") {
        input.trim_end_matches('%').trim_end()
    } else {
        input
    };
    let number: f64 = digits
        .parse()
        .map_err(|_| format!("`{input}` is not a number"))?;
    if !number.is_finite() {
        return Err(format!("`{input}` is not a finite number"));
    }
    if let Some(min) = question.min.filter(|&min| number < min) {
        return Err(format!("{input} is below the minimum {min}"));
    }
    if let Some(max) = question.max.filter(|&max| number > max) {
        return Err(format!("{input} is above the maximum {max}"));
    }
    let range = question
        .field
        .as_deref()
        .and_then(schema::field)
        .and_then(|spec| match spec.ty {
            FieldType::Number(range) => range.check(number),
            _ => None,
        });
    match range {
        Some(allowed) => Err(format!("{input} {allowed}")),
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
