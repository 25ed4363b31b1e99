//! `sdkvet new VENDOR_ID`: scaffold `vendors/VENDOR_ID.toml` with a name and plan, then run the
//! interview on it.

use super::interview::{InterviewArgs, Session, INTERRUPTED};
use crate::ask::edit::{check_new_profile, create_profile, ProfileEditor};
use crate::ask::interview::Selection;
use crate::ask::prompt::PromptError;
use crate::ask::scaffold::{ask_name_and_plan, check_id};
use crate::ask::terminal::TerminalPrompter;
use crate::i18n::Msg;
use anyhow::{anyhow, Result};
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
    pub(super) shared: InterviewArgs,
}

/// The name and plan were just answered: checked today, so the interview does not ask them
/// again as never checked.
fn mark_name_and_plan_checked(path: &Path, has_plan: bool, shared: &InterviewArgs) -> Result<()> {
    let today = shared.today();
    let fields: &[&str] = if has_plan {
        &["name", "plan"]
    } else {
        &["name"]
    };
    ProfileEditor::open(path, shared.lang())?.update(|document| {
        fields
            .iter()
            .try_for_each(|field| document.mark_checked(field, today, None))
    })
}

pub fn run(args: Args) -> Result<ExitCode> {
    let lang = args.shared.lang();
    check_id(&args.id).map_err(|bad| anyhow!(bad.describe(&args.id, lang)))?;
    let path = args.vendors.join(format!("{}.toml", args.id));
    check_new_profile(&path, lang)?;
    let mut prompter = TerminalPrompter::new(lang, Msg::NewNotATerminal)?;
    let (name, plan) = match ask_name_and_plan(&mut prompter, lang) {
        Ok(answers) => answers,
        Err(PromptError::Interrupted) => {
            prompter.restore();
            return Ok(ExitCode::from(INTERRUPTED));
        }
        Err(PromptError::Failed(e)) => return Err(e),
    };
    create_profile(&path, &args.id, &name, plan.as_deref(), lang)?;
    mark_name_and_plan_checked(&path, plan.is_some(), &args.shared)?;
    let session = Session::prepare(&path, &args.shared, &Selection::Open)?;
    if session.report_nothing_to_ask() {
        return Ok(ExitCode::SUCCESS);
    }
    session.run(&mut prompter)
}
