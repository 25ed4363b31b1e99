//! The question bank's data (a [`Question`] and its [`AnswerType`]) and the checklist's result
//! (per vendor, the numbered questions and the [`Reason`] each is asked). Plain data shared by
//! `ask`, which builds it, and `render`, which prints it; the words come from [`crate::i18n`].

use super::verdict::Status;
use crate::i18n::{self, Lang, Msg};
use serde::{Deserialize, Serialize};

/// What kind of answer a question takes, and so which prompt the interview shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerType {
    Bool,
    Level,
    List,
    Duration,
    Date,
    Number,
    Text,
}

impl AnswerType {
    /// The type's name in the checklist's `type` column.
    pub fn as_str(self) -> &'static str {
        match self {
            AnswerType::Bool => "bool",
            AnswerType::Level => "level",
            AnswerType::List => "list",
            AnswerType::Duration => "duration",
            AnswerType::Date => "date",
            AnswerType::Number => "number",
            AnswerType::Text => "text",
        }
    }
}

/// One question of the bank.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    /// The profile path the answer fills; `None` for due-diligence questions.
    pub field: Option<String>,
    pub answer: AnswerType,
    pub category: String,
    /// For `level`: the allowed values, best first.
    #[serde(default)]
    pub values: Vec<String>,
    /// For `list`: suggested values (free entries are allowed too).
    #[serde(default)]
    pub vocabulary: Vec<String>,
    /// For `number`: the unit shown at the prompt, and inclusive bounds.
    pub unit: Option<String>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub en: String,
    pub zh: String,
    /// Follow-up asked when the known answer scores below 50.
    pub probe_en: Option<String>,
    pub probe_zh: Option<String>,
}

impl Question {
    pub fn text(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Zh => &self.zh,
        }
    }

    /// The weak-score follow-up, or the question itself when it has none.
    pub fn probe(&self, lang: Lang) -> &str {
        let probe = match lang {
            Lang::En => self.probe_en.as_deref(),
            Lang::Zh => self.probe_zh.as_deref(),
        };
        probe.unwrap_or_else(|| self.text(lang))
    }

    /// The answers this question accepts, in words (the checklist's `allowed` column).
    pub fn allowed(&self, lang: Lang) -> String {
        match self.answer {
            AnswerType::Bool => Msg::AllowedYesNo.text(lang).to_string(),
            AnswerType::Level => self.values.join(" / "),
            AnswerType::List => i18n::list_accepts(lang, &self.vocabulary),
            AnswerType::Duration => Msg::HintDuration.text(lang).to_string(),
            AnswerType::Date => Msg::HintDate.text(lang).to_string(),
            AnswerType::Number => {
                i18n::number_accepts(lang, self.unit.as_deref(), self.min, self.max)
            }
            AnswerType::Text => Msg::AllowedText.text(lang).to_string(),
        }
    }

    /// A generic question for a field the bank does not cover (a custom criterion's field).
    pub fn generic(field: &str, criterion: &str, answer: AnswerType) -> Question {
        Question {
            id: format!("custom_{}", field.replace('.', "_")),
            field: Some(field.to_string()),
            answer,
            category: "custom".to_string(),
            values: Vec::new(),
            vocabulary: Vec::new(),
            unit: None,
            min: None,
            max: None,
            en: i18n::custom_question(Lang::En, field, criterion),
            zh: i18n::custom_question(Lang::Zh, field, criterion),
            probe_en: Some(i18n::custom_probe(Lang::En, field, criterion)),
            probe_zh: Some(i18n::custom_probe(Lang::Zh, field, criterion)),
        }
    }
}

/// Why a question is on the list; also its rank in the ordering.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    KnockoutUnknown,
    KnockoutFailed,
    Unknown,
    Weak,
    Stale,
    Unconfirmed,
    Diligence,
}

impl Reason {
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::KnockoutUnknown => "knockout-unknown",
            Reason::KnockoutFailed => "knockout-failed",
            Reason::Unknown => "unknown",
            Reason::Weak => "weak",
            Reason::Stale => "stale",
            Reason::Unconfirmed => "unconfirmed",
            Reason::Diligence => "diligence",
        }
    }

    /// A heading for the group of questions with this reason.
    pub fn heading(self, lang: Lang) -> &'static str {
        let msg = match self {
            Reason::KnockoutUnknown => Msg::HeadingKnockoutUnknown,
            Reason::KnockoutFailed => Msg::HeadingKnockoutFailed,
            Reason::Unknown => Msg::HeadingUnknown,
            Reason::Weak => Msg::HeadingWeak,
            Reason::Stale => Msg::HeadingStale,
            Reason::Unconfirmed => return i18n::evidence::heading_unconfirmed(lang),
            Reason::Diligence => Msg::HeadingDiligence,
        };
        msg.text(lang)
    }
}

/// One question for one vendor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChecklistItem {
    /// 1-based position in the vendor's list.
    pub order: usize,
    pub reason: Reason,
    pub category: String,
    /// The profile path the answer fills; `None` for due diligence.
    pub field: Option<String>,
    /// The question, in the requested language.
    pub question: String,
    /// Why it is asked ("unknown; weight 30; could disqualify").
    pub why: String,
    /// The field's weight (SPEC §6); `None` for due diligence.
    pub weight: Option<f64>,
    /// The profile's value, as an answer would be written; `None` when unknown.
    pub current: Option<String>,
    /// The bank question asked (or a generic one for a custom criterion's field).
    #[serde(skip)]
    pub asks: Question,
}

/// The questions for one vendor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VendorChecklist {
    pub id: String,
    pub name: String,
    pub plan: String,
    /// The vendor's standing under the scorecard, so a disqualified vendor is not chased blindly.
    pub status: Status,
    /// The knock-out notes behind that status.
    pub knockouts: Vec<String>,
    pub items: Vec<ChecklistItem>,
}

/// The columns of the checklist's CSV, JSON and workbook rows (SPEC §6), which `import` reads
/// back.
pub const CHECKLIST_COLUMNS: [&str; 15] = [
    "vendor_id",
    "vendor",
    "plan",
    "order",
    "reason",
    "category",
    "question_id",
    "field",
    "type",
    "allowed",
    "current",
    "weight",
    "question",
    "answer",
    "source",
];
