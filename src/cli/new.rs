//! `sdkvet new VENDOR_ID`: scaffold `vendors/VENDOR_ID.toml` with a name and plan, then run the
//! interview on it.

use super::interview::{interview_file, InterviewArgs, INTERRUPTED};
use crate::ask::edit::create_profile;
use crate::ask::prompt::PromptError;
use crate::ask::scaffold::{ask_name_and_plan, check_id};
use crate::ask::terminal::TerminalPrompter;
use crate::i18n;
use anyhow::{anyhow, bail, Result};
use std::path::PathBuf;
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
    create_profile(&path, &args.id, &name, plan.as_deref())?;
    interview_file(&path, &args.shared, false, &mut prompter)
}
