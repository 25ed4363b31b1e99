//! The bilingual question bank (`questions.toml`, embedded in the binary): one question per
//! profile field plus due-diligence questions, shared by `checklist` and `interview`. The
//! question's data type lives in [`crate::model::question`].

use crate::model::question::Question;
use serde::Deserialize;
use std::sync::OnceLock;

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
/// The question with this id.
pub fn by_id(id: &str) -> Option<&'static Question> {
    bank().iter().find(|q| q.id == id)
}

pub fn diligence() -> impl Iterator<Item = &'static Question> {
    bank().iter().filter(|q| q.field.is_none())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::question::AnswerType;
    use crate::model::schema::{self, FieldType};

    #[test]
    fn the_builtin_table_names_the_bank_questions_of_its_fields() {
        for b in crate::model::builtin::BUILTINS {
            for (field, id) in b.fields.iter().zip(b.questions) {
                let question = if *field == crate::model::trial::TICKETS_PATH {
                    by_id(id)
                } else {
                    for_field(field)
                };
                let question = question.unwrap_or_else(|| panic!("{}: {field}", b.id));
                assert_eq!(question.id, *id, "{}: {field}", b.id);
            }
        }
    }
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
                FieldType::List(_) | FieldType::Weekdays | FieldType::Dates => AnswerType::List,
                FieldType::ClockTime | FieldType::TimeZone | FieldType::Currency => {
                    AnswerType::Text
                }
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
    fn chinese_texts_take_chinese_punctuation() {
        use crate::i18n::punctuation::ascii_punctuation_beside_chinese;
        for q in bank() {
            for text in [Some(&q.zh), q.probe_zh.as_ref()].into_iter().flatten() {
                assert_eq!(ascii_punctuation_beside_chinese(text), None, "{}", q.id);
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
}
