//! `sdkvet report`: the evaluation as one self-contained HTML page for management (SPEC §11),
//! on stdout or written atomically to `--output FILE.html`.

use super::{InputArgs, LangArg};
use crate::render::html::Report;
use crate::{ask::checklist, decide, output, render};
use anyhow::Result;
use std::path::PathBuf;
use std::process::ExitCode;

/// How many open questions each vendor's section lists; the checklist has them all.
const QUESTIONS_PER_VENDOR: usize = 5;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    inputs: InputArgs,
    /// Only this vendor id (repeatable) [default: every vendor]
    #[arg(long = "vendor", value_name = "ID")]
    vendor_ids: Vec<String>,
    /// Write the page to FILE (atomically) instead of standard output
    #[arg(long, short, value_name = "FILE.html")]
    output: Option<PathBuf>,
    #[command(flatten)]
    pub(super) lang: LangArg,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let lang = args.lang.resolve();
    let inputs = args.inputs.load(lang)?;
    let as_of = args.inputs.as_of();
    let profiles = super::keep_vendors(inputs.profiles, &args.vendor_ids, lang)?;
    let evaluation = decide::evaluate(&profiles, &inputs.scorecard, as_of);
    let checklists = checklist::build(&profiles, &inputs.scorecard, as_of, lang);
    let report = Report {
        evaluation: &evaluation,
        checklists: &checklists,
        questions_per_vendor: QUESTIONS_PER_VENDOR,
        lang,
    };
    let bytes = render::html::render(&report);
    output::emit(&bytes, args.output.as_deref(), &inputs.files)?;
    Ok(ExitCode::SUCCESS)
}
