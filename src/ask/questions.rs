//! The bilingual question bank (`src/questions.toml`, embedded in the binary): one question per
//! profile field plus due-diligence questions, shared by `checklist` and `interview`.

use serde::Deserialize;
use std::sync::OnceLock;

pub use crate::i18n::Lang;

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
            en: format!("What is `{field}` for this plan? (scored by the criterion `{criterion}`)"),
            zh: format!("该套餐的 `{field}` 是多少？（评分项 `{criterion}` 使用）"),
            probe_en: Some(format!(
                "`{field}` scores weakly for `{criterion}`: can it be improved in the contract?"
            )),
            probe_zh: Some(format!(
                "`{field}` 在评分项 `{criterion}` 上得分偏低：能否在合同中改善？"
            )),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BankFile {
    question: Vec<Question>,
}

const BANK_TOML: &str = include_str!("questions.toml");

/// Every question, in bank order (profile fields in SPEC §3 order, then due diligence).
pub fn bank() -> &'static [Question] {
    static BANK: OnceLock<Vec<Question>> = OnceLock::new();
    BANK.get_or_init(|| {
        parse_bank(BANK_TOML).expect("the embedded question bank is valid (tested)")
    })
}

fn parse_bank(text: &str) -> Result<Vec<Question>, String> {
    let file: BankFile = toml_edit::de::from_str(text).map_err(|e| e.to_string())?;
    Ok(file.question)
}

/// The question that fills a field.
pub fn for_field(field: &str) -> Option<&'static Question> {
    bank().iter().find(|q| q.field.as_deref() == Some(field))
}

/// The due-diligence questions, which no field holds.
pub fn diligence() -> impl Iterator<Item = &'static Question> {
    bank().iter().filter(|q| q.field.is_none())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::schema::{self, FieldType};
    use std::collections::BTreeSet;

    #[test]
    fn the_bank_loads_with_unique_ids() {
        let ids: BTreeSet<&str> = bank().iter().map(|q| q.id.as_str()).collect();
        assert_eq!(ids.len(), bank().len());
    }

    #[test]
    fn every_profile_field_but_as_of_has_one_question_of_the_right_type() {
        for spec in schema::FIELDS.iter().filter(|f| f.path != "as_of") {
            let questions: Vec<_> = bank()
                .iter()
                .filter(|q| q.field.as_deref() == Some(spec.path))
                .collect();
            assert_eq!(questions.len(), 1, "{}", spec.path);
            let expected = match spec.ty {
                FieldType::Text => AnswerType::Text,
                FieldType::Bool => AnswerType::Bool,
                FieldType::Number(_) => AnswerType::Number,
                FieldType::Date => AnswerType::Date,
                FieldType::Duration => AnswerType::Duration,
                FieldType::Level(levels) => {
                    assert_eq!(questions[0].values, levels.names(), "{}", spec.path);
                    AnswerType::Level
                }
                FieldType::List(_) => AnswerType::List,
            };
            assert_eq!(questions[0].answer, expected, "{}", spec.path);
        }
        for q in bank().iter().filter_map(|q| q.field.as_deref()) {
            assert!(schema::field(q).is_some(), "{q} is not a profile field");
        }
    }

    #[test]
    fn both_languages_everywhere_and_probes_for_scored_fields() {
        for q in bank() {
            assert!(
                !q.en.trim().is_empty() && !q.zh.trim().is_empty(),
                "{}",
                q.id
            );
            assert!(
                q.zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{} zh is Chinese",
                q.id
            );
            if q.field.is_some() && q.answer != AnswerType::Text {
                assert!(
                    q.probe_en.is_some() && q.probe_zh.is_some(),
                    "{} needs probes",
                    q.id
                );
            }
        }
    }

    #[test]
    fn at_least_twelve_due_diligence_questions() {
        assert!(diligence().count() >= 12);
        assert!(diligence().all(|q| q.category == "diligence"));
    }

    #[test]
    fn unknown_keys_in_the_bank_are_rejected() {
        let err = parse_bank("[[question]]\nid = \"x\"\nanswer = \"text\"\ncategory = \"c\"\nen = \"a\"\nzh = \"b\"\nhint = 1\n").unwrap_err();
        assert!(err.contains("unknown field `hint`"), "{err}");
    }

    #[test]
    fn locale_picks_the_language() {
        assert_eq!(Lang::from_locale(None, Some("zh_CN.UTF-8")), Lang::Zh);
        assert_eq!(
            Lang::from_locale(Some("en_US.UTF-8"), Some("zh_CN.UTF-8")),
            Lang::En
        );
        assert_eq!(Lang::from_locale(Some(""), Some("zh_TW")), Lang::Zh);
        assert_eq!(Lang::from_locale(None, None), Lang::En);
    }
}
