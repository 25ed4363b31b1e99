//! The prompt trait the interview and `new` ask through: what is asked, what comes back, and
//! why a prompt may give nothing. A terminal implements it ([`super::terminal`]); tests script it.

use crate::i18n::Lang;

/// What the user is asked to give, with the current value as default.
pub enum Prompt<'a> {
    /// Yes / no / skip.
    YesNo { default: Option<bool> },
    /// One of `options` (or skip).
    Choice {
        options: &'a [String],
        default: Option<usize>,
    },
    /// Any of `options`, plus free entries.
    Multi {
        options: &'a [String],
        chosen: &'a [bool],
    },
    /// A fact that has a value (`current`, in words): keep it, confirm it or change it; the
    /// reply is [`Reply::Choice`] with the index in [`KEEP_CONFIRM_CHANGE`].
    Known { current: &'a str },
    /// A line of text, checked by `check`; empty (or `-`) skips.
    Line {
        default: Option<String>,
        hint: &'a str,
        check: &'a dyn Fn(&str) -> Result<(), String>,
    },
}

/// The replies to [`Prompt::Known`], in menu order: keep (nothing changes, nothing is marked),
/// confirm (the value stays, checked today), change (the usual prompt follows).
pub const KEEP_CONFIRM_CHANGE: [KnownChoice; 3] =
    [KnownChoice::Keep, KnownChoice::Confirm, KnownChoice::Change];

/// What to do with a fact that has a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KnownChoice {
    Keep,
    Confirm,
    Change,
}

/// The user's reply to a prompt.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    Skip,
    YesNo(bool),
    Choice(usize),
    Multi {
        chosen: Vec<usize>,
        extra: Vec<String>,
    },
    Line(String),
}

/// Why a prompt did not return a reply.
#[derive(Debug)]
pub enum PromptError {
    /// Ctrl-C: stop, keeping what is saved.
    Interrupted,
    Failed(anyhow::Error),
}

/// Something that can ask questions: a terminal, or a script in tests.
pub trait Prompter {
    /// Asks one question; `progress` reads like `4/17`.
    fn ask(&mut self, progress: &str, question: &str, prompt: Prompt)
        -> Result<Reply, PromptError>;
    /// Asks where the last answer came from; `None` skips.
    fn source(&mut self, lang: Lang) -> Result<Option<String>, PromptError>;
}

/// Empty input or `-` skips a line prompt.
pub fn is_skip(input: &str) -> bool {
    matches!(input.trim(), "" | "-")
}
