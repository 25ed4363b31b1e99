//! A new profile (`sdkvet new`): the rule for a safe vendor id, and the two questions, name
//! and plan, asked before the interview. The file itself is written by [`super::edit`].

use super::prompt::{Prompt, PromptError, Prompter, Reply};
use super::questions;
use crate::i18n::{self, Lang, Msg};

/// Why a vendor id was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BadId {
    /// Given as a file name, with `.toml`.
    TomlSuffix,
    /// Would not make a safe file name.
    Unsafe,
}

impl BadId {
    /// What is wrong with `id`, in the language.
    pub fn describe(self, id: &str, lang: Lang) -> String {
        match self {
            BadId::TomlSuffix => i18n::id_with_toml_suffix(lang, id, id.trim_end_matches(".toml")),
            BadId::Unsafe => i18n::unsafe_vendor_id(lang, id),
        }
    }
}

/// A vendor id must make a safe file name.
pub fn check_id(id: &str) -> Result<(), BadId> {
    if id.ends_with(".toml") {
        return Err(BadId::TomlSuffix);
    }
    let safe = !id.is_empty()
        && id.len() <= 100
        && id.chars().next().is_some_and(|c| c.is_ascii_alphanumeric())
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        && !id.contains("..");
    if !safe {
        return Err(BadId::Unsafe);
    }
    Ok(())
}

pub fn ask_name_and_plan(
    prompter: &mut dyn Prompter,
    lang: Lang,
) -> Result<(String, Option<String>), PromptError> {
    let required = |text: &str| {
        if text.trim().is_empty() {
            Err(Msg::NameRequired.text(lang).to_string())
        } else {
            Ok(())
        }
    };
    let any = |_: &str| Ok(());
    let name_question = questions::for_field("name")
        .map_or(Msg::NameQuestion.text(lang), |q| q.text(lang))
        .to_string();
    let plan_question = questions::for_field("plan")
        .map_or(Msg::PlanQuestion.text(lang), |q| q.text(lang))
        .to_string();
    let name = loop {
        match prompter.ask(
            "1/2",
            &name_question,
            Prompt::Line {
                default: None,
                hint: Msg::HintName.text(lang),
                check: &required,
            },
        )? {
            Reply::Line(text) if !text.trim().is_empty() => break text.trim().to_string(),
            _ => continue,
        }
    };
    let plan = match prompter.ask(
        "2/2",
        &plan_question,
        Prompt::Line {
            default: None,
            hint: Msg::HintPlan.text(lang),
            check: &any,
        },
    )? {
        Reply::Line(text) if !text.trim().is_empty() => Some(text.trim().to_string()),
        _ => None,
    };
    Ok((name, plan))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_must_be_safe_file_names() {
        for good in ["acme", "acme-enterprise", "a1.v2_x"] {
            assert!(check_id(good).is_ok(), "{good}");
        }
        for bad in [
            "",
            "../x",
            "a/b",
            "-rf",
            ".hidden",
            "a..b",
            "名字",
            "acme.toml",
            "a b",
        ] {
            assert!(check_id(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn refusals_say_what_is_wrong_in_the_language() {
        let bad = check_id("acme.toml").unwrap_err();
        assert_eq!(
            bad.describe("acme.toml", Lang::En),
            "`acme.toml`: give the id without .toml (e.g. `sdkvet new acme`)"
        );
        assert!(bad.describe("acme.toml", Lang::Zh).contains("不要带 .toml"));
        assert_eq!(check_id("a/b"), Err(BadId::Unsafe));
    }

    #[test]
    fn scaffold_writes_a_valid_profile() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("vendors/acme.toml");
        crate::ask::edit::create_profile(&path, "acme", "Acme \"RTC\"", Some("Gold"), Lang::En)
            .unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.starts_with("# Support facts"), "{text}");
        assert!(
            text.ends_with("fills them in.\n\nname = 'Acme \"RTC\"'\nplan = \"Gold\"\n"),
            "{text}"
        );
        let profile = crate::load::discover::load_profile_file(&path, None)
            .0
            .unwrap();
        assert_eq!(profile.name(), "Acme \"RTC\"");
    }
}
