//! `sdkvet new VENDOR_ID`: scaffold `vendors/VENDOR_ID.toml` with a name and plan, then run the
//! interview on it.

use super::interview::{interview_file, InterviewArgs, INTERRUPTED};
use crate::ask::prompt::{Prompt, PromptError, Prompter, Reply};
use crate::ask::questions;
use crate::ask::terminal::TerminalPrompter;
use crate::i18n::{self, Lang, Msg};
use anyhow::{anyhow, bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The new vendor id: the file name without .toml (letters, digits, '-', '_', '.')
    #[arg(value_name = "VENDOR_ID")]
    id: String,
    /// Folder to create the profile in
    #[arg(long = "vendors", value_name = "DIR", default_value = "vendors")]
    vendors: PathBuf,
    #[command(flatten)]
    shared: InterviewArgs,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let lang = args.shared.lang();
    check_id(&args.id).map_err(|bad| anyhow!(bad.describe(&args.id, lang)))?;
    let path = args.vendors.join(format!("{}.toml", args.id));
    if path.exists() {
        bail!(i18n::profile_exists(lang, path.display()));
    }
    let mut prompter = TerminalPrompter::new(lang)?;
    let (name, plan) = match ask_name_and_plan(&mut prompter, lang) {
        Ok(answers) => answers,
        Err(PromptError::Interrupted) => {
            prompter.restore();
            return Ok(ExitCode::from(INTERRUPTED));
        }
        Err(PromptError::Failed(e)) => return Err(e),
    };
    scaffold(&path, &args.id, &name, plan.as_deref())?;
    interview_file(&path, &args.shared, false, &mut prompter)
}

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

fn ask_name_and_plan(
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

/// Writes the new profile: a comment saying how it was made, the name and the plan.
pub fn scaffold(path: &Path, id: &str, name: &str, plan: Option<&str>) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    let mut text = format!(
        "# Support facts of a vendor plan, for sdkvet. Absent facts are unknown;\n# `sdkvet checklist --vendor {id}` lists what to ask, `sdkvet interview {}` fills them in.\n\nname = {}\n",
        path.display(),
        toml_edit::Value::from(name)
    );
    if let Some(plan) = plan {
        text.push_str(&format!("plan = {}\n", toml_edit::Value::from(plan)));
    }
    crate::output::write_atomic(path, text.as_bytes())
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
        scaffold(&path, "acme", "Acme \"RTC\"", Some("Gold")).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.starts_with("# Support facts"), "{text}");
        assert!(
            text.ends_with("fills them in.\n\nname = 'Acme \"RTC\"'\nplan = \"Gold\"\n"),
            "{text}"
        );
        let profile = super::super::interview::load(&path).unwrap();
        assert_eq!(profile.name(), "Acme \"RTC\"");
    }
}
