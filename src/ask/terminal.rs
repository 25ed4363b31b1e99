//! The interview's prompts in a real terminal, drawn by dialoguer on stderr. Ctrl-C ends a
//! prompt with [`PromptError::Interrupted`] (a `ctrlc` handler keeps the process alive so that
//! answers already written stay written and the cursor is restored). Everything a prompt shows
//! (questions, defaults, menu options, the answer given, errors) is drawn through
//! [`EscapingTheme`], so a profile's values cannot control the terminal (SPEC §2).

use super::prompt::{is_skip, Prompt, PromptError, Prompter, Reply};
use crate::i18n::{self, evidence, Lang, Msg};
use crate::util::escape::escape_control;
use console::Term;
use dialoguer::theme::{SimpleTheme, Theme};
use dialoguer::{Input, MultiSelect, Select};
use std::fmt;
use std::io::{self, IsTerminal};

/// Prompts on the terminal (stderr).
pub struct TerminalPrompter {
    term: Term,
    lang: Lang,
}

impl TerminalPrompter {
    /// A prompter on stderr; fails unless stdin and stderr are a terminal, saying
    /// `not_a_terminal` (which names the command: [`Msg::NotATerminal`], [`Msg::NewNotATerminal`]).
    pub fn new(lang: Lang, not_a_terminal: Msg) -> anyhow::Result<TerminalPrompter> {
        if !is_interactive() {
            anyhow::bail!("{}", not_a_terminal.text(lang));
        }
        // Ctrl-C then reaches the prompt as a key instead of killing the process.
        ctrlc::set_handler(|| {})
            .map_err(|e| anyhow::anyhow!(i18n::cannot_handle_ctrl_c(lang, e)))?;
        Ok(TerminalPrompter {
            term: Term::stderr(),
            lang,
        })
    }

    /// Shows the cursor again (after Ctrl-C inside a prompt).
    pub fn restore(&self) {
        let _ = self.term.show_cursor();
    }

    fn words(&self, msg: Msg) -> &'static str {
        msg.text(self.lang)
    }

    fn yes_no(&self, default: Option<bool>) -> Result<Reply, PromptError> {
        let items = [
            self.words(Msg::Yes),
            self.words(Msg::No),
            self.words(Msg::SkipLeaveUnknown),
        ];
        let start = match default {
            Some(true) => 0,
            Some(false) => 1,
            None => 2,
        };
        let pick = Select::with_theme(&EscapingTheme)
            .with_prompt(evidence::answer_label(self.lang))
            .items(items)
            .default(start)
            .interact_on(&self.term)
            .map_err(|e| failed(e, self.lang))?;
        Ok(match pick {
            0 => Reply::YesNo(true),
            1 => Reply::YesNo(false),
            _ => Reply::Skip,
        })
    }

    fn choice(&self, options: &[String], default: Option<usize>) -> Result<Reply, PromptError> {
        let mut items: Vec<&str> = options.iter().map(String::as_str).collect();
        items.push(self.words(Msg::SkipLeaveUnknown));
        let start = default.unwrap_or(options.len());
        let pick = Select::with_theme(&EscapingTheme)
            .with_prompt(evidence::answer_label(self.lang))
            .items(&items)
            .default(start)
            .interact_on(&self.term)
            .map_err(|e| failed(e, self.lang))?;
        Ok(if pick < options.len() {
            Reply::Choice(pick)
        } else {
            Reply::Skip
        })
    }

    /// Keep, confirm or change a fact that has a value; Enter keeps it.
    fn known(&self, current: &str) -> Result<Reply, PromptError> {
        let items = evidence::keep_confirm_change(self.lang, current);
        let pick = Select::with_theme(&EscapingTheme)
            .with_prompt(evidence::answer_label(self.lang))
            .items(&items)
            .default(0)
            .interact_on(&self.term)
            .map_err(|e| failed(e, self.lang))?;
        Ok(Reply::Choice(pick))
    }

    fn multi(&self, options: &[String], chosen: &[bool]) -> Result<Reply, PromptError> {
        let picked = if options.is_empty() {
            Vec::new()
        } else {
            let prompt = self.words(Msg::TickOptions);
            MultiSelect::with_theme(&EscapingTheme)
                .with_prompt(prompt)
                .items(options)
                .defaults(chosen)
                .interact_on(&self.term)
                .map_err(|e| failed(e, self.lang))?
        };
        let extra: String = Input::with_theme(&EscapingTheme)
            .with_prompt(self.words(if options.is_empty() {
                Msg::ValuesCommaSeparated
            } else {
                Msg::OtherValuesCommaSeparated
            }))
            .allow_empty(true)
            .interact_text_on(&self.term)
            .map_err(|e| failed(e, self.lang))?;
        let extra: Vec<String> = extra
            .split(',')
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect();
        if picked.is_empty() && extra.is_empty() {
            return Ok(Reply::Skip);
        }
        Ok(Reply::Multi {
            chosen: picked,
            extra,
        })
    }

    fn line(
        &self,
        default: Option<String>,
        hint: &str,
        check: &dyn Fn(&str) -> Result<(), String>,
    ) -> Result<Reply, PromptError> {
        let mut input = Input::<String>::with_theme(&EscapingTheme)
            .with_prompt(hint)
            .allow_empty(true)
            .validate_with(|text: &String| if is_skip(text) { Ok(()) } else { check(text) });
        if let Some(default) = default {
            input = input.default(default);
        }
        let text = input
            .interact_text_on(&self.term)
            .map_err(|e| failed(e, self.lang))?;
        Ok(if is_skip(&text) {
            Reply::Skip
        } else {
            Reply::Line(text)
        })
    }
}

impl Prompter for TerminalPrompter {
    fn ask(
        &mut self,
        progress: &str,
        question: &str,
        prompt: Prompt,
    ) -> Result<Reply, PromptError> {
        let (progress, question) = (escape_control(progress), escape_control(question));
        let width = self
            .term
            .size_checked()
            .map(|(_, columns)| usize::from(columns));
        let line = wrapped(&format!("{progress}  {question}"), width);
        self.term
            .write_line(&format!("\n{line}"))
            .map_err(|e| failed(e.into(), self.lang))?;
        match prompt {
            Prompt::YesNo { default } => self.yes_no(default),
            Prompt::Choice { options, default } => self.choice(options, default),
            Prompt::Multi { options, chosen } => self.multi(options, chosen),
            Prompt::Known { current } => self.known(current),
            Prompt::Line {
                default,
                hint,
                check,
            } => self.line(default, hint, check),
        }
    }

    fn source(&mut self, lang: Lang) -> Result<Option<String>, PromptError> {
        let prompt = Msg::SourcePrompt.text(lang);
        let text: String = Input::with_theme(&EscapingTheme)
            .with_prompt(prompt)
            .allow_empty(true)
            .interact_text_on(&self.term)
            .map_err(|e| failed(e, self.lang))?;
        Ok((!text.trim().is_empty()).then(|| text.trim().to_string()))
    }
}

/// A question wrapped to the terminal's width: at spaces, and between the characters of
/// Chinese text, which has none; the following lines indented under the question.
fn wrapped(line: &str, width: Option<usize>) -> String {
    let Some(width) = width.filter(|w| *w >= 20) else {
        return line.to_string();
    };
    let options = textwrap::Options::new(width)
        .subsequent_indent("     ")
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    textwrap::wrap(line, options).join("\n")
}

/// dialoguer's plain theme, with every text it draws escaped: the prompt, the default shown in
/// brackets, the menu options, the answer reported after Enter (the default itself when Enter
/// kept it) and the error under a refused answer. The value returned is never changed.
struct EscapingTheme;

impl Theme for EscapingTheme {
    fn format_prompt(&self, f: &mut dyn fmt::Write, prompt: &str) -> fmt::Result {
        SimpleTheme.format_prompt(f, &escape_control(prompt))
    }

    fn format_error(&self, f: &mut dyn fmt::Write, err: &str) -> fmt::Result {
        SimpleTheme.format_error(f, &escape_control(err))
    }

    fn format_input_prompt(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        default: Option<&str>,
    ) -> fmt::Result {
        let default = default.map(escape_control);
        SimpleTheme.format_input_prompt(f, &escape_control(prompt), default.as_deref())
    }

    fn format_input_prompt_selection(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        sel: &str,
    ) -> fmt::Result {
        SimpleTheme.format_input_prompt_selection(f, &escape_control(prompt), &escape_control(sel))
    }

    fn format_select_prompt_item(
        &self,
        f: &mut dyn fmt::Write,
        text: &str,
        active: bool,
    ) -> fmt::Result {
        SimpleTheme.format_select_prompt_item(f, &escape_control(text), active)
    }

    fn format_multi_select_prompt_selection(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        selections: &[&str],
    ) -> fmt::Result {
        let selections: Vec<String> = selections.iter().map(|s| escape_control(s)).collect();
        let selections: Vec<&str> = selections.iter().map(String::as_str).collect();
        SimpleTheme.format_multi_select_prompt_selection(f, &escape_control(prompt), &selections)
    }

    fn format_multi_select_prompt_item(
        &self,
        f: &mut dyn fmt::Write,
        text: &str,
        checked: bool,
        active: bool,
    ) -> fmt::Result {
        SimpleTheme.format_multi_select_prompt_item(f, &escape_control(text), checked, active)
    }
}

fn failed(error: dialoguer::Error, lang: Lang) -> PromptError {
    let dialoguer::Error::IO(io_error) = error;
    if io_error.kind() == io::ErrorKind::Interrupted {
        PromptError::Interrupted
    } else {
        PromptError::Failed(
            anyhow::Error::new(io_error).context(Msg::TerminalPromptFailed.text(lang)),
        )
    }
}

/// Whether prompts can be shown: stdin and stderr are a terminal.
pub fn is_interactive() -> bool {
    io::stdin().is_terminal() && io::stderr().is_terminal()
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOSTILE: &str = "x\u{1b}]0;title\u{7}\u{9b}2J\u{202e}\ny";
    const SHOWN: &str = "x\\u{1b}]0;title\\u{7}\\u{9b}2J\\u{202e}\\ny";

    fn drawn(draw: impl FnOnce(&mut String) -> fmt::Result) -> String {
        let mut out = String::new();
        draw(&mut out).unwrap();
        out
    }

    #[test]
    fn questions_wrap_to_the_width_at_word_boundaries() {
        let question = "1/9  Which paid support plan or tier do these answers describe?";
        let text = wrapped(question, Some(30));
        for line in text.lines() {
            assert!(console::measure_text_width(line) <= 30, "{text}");
        }
        assert!(text.starts_with("1/9  Which paid support plan\n"), "{text}");
        let chinese = wrapped(
            "1/9  以下回答对应的是哪一档付费服务套餐？请给出报价单或合同上的准确名称。",
            Some(30),
        );
        for line in chinese.lines() {
            assert!(console::measure_text_width(line) <= 30, "{chinese}");
        }
        assert_eq!(wrapped(question, None), question);
    }

    #[test]
    fn the_theme_escapes_defaults_options_answers_and_errors() {
        let theme = EscapingTheme;
        let prompt = drawn(|f| theme.format_input_prompt(f, "website", Some(HOSTILE)));
        assert_eq!(prompt, format!("website [{SHOWN}]: "));
        let answer = drawn(|f| theme.format_input_prompt_selection(f, HOSTILE, HOSTILE));
        assert_eq!(answer, format!("{SHOWN}: {SHOWN}"));
        let option = drawn(|f| theme.format_select_prompt_item(f, HOSTILE, true));
        assert_eq!(option, format!("> {SHOWN}"));
        let ticked = drawn(|f| theme.format_multi_select_prompt_item(f, HOSTILE, true, false));
        assert!(ticked.ends_with(SHOWN), "{ticked}");
        let chosen = drawn(|f| theme.format_multi_select_prompt_selection(f, "p", &[HOSTILE]));
        assert!(chosen.contains(SHOWN), "{chosen}");
        let error = drawn(|f| theme.format_error(f, HOSTILE));
        assert!(error.ends_with(SHOWN), "{error}");
        let plain = drawn(|f| theme.format_prompt(f, HOSTILE));
        assert_eq!(plain, format!("{SHOWN}:"));
    }
}
