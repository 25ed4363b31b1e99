//! `sdkvet report`: the evaluation as one self-contained HTML page for management (SPEC §11),
//! on stdout or written atomically to `--output FILE.html`. Its robustness section is the
//! analysis of `sdkvet sensitivity` with that command's defaults (weights drawn around the
//! scorecard's, unknowns by the scorecard's policy); `--samples` and `--seed` set the draws.
//! Its cost and trial sections are those of `sdkvet cost` and `sdkvet trial`, shown when the
//! scorecard has `[cost]` and when any profile has trial tickets.

use super::{InputArgs, LangArg};
use crate::decide::matrix::Matrix;
use crate::decide::sensitivity::{self, Sampling, UnknownModel, WeightModel};
use crate::decide::{self, Evaluation};
use crate::render::html::Report;
use crate::{ask::checklist, output, render};
use anyhow::Result;
use std::path::PathBuf;
use std::process::ExitCode;

/// How many open questions each vendor's section lists; the checklist has them all.
const QUESTIONS_PER_VENDOR: usize = 5;

/// `sensitivity`'s default concentration of the weight draws (SPEC §7).
const CONCENTRATION: f64 = 30.0;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    inputs: InputArgs,
    /// Only this vendor id (repeatable) [default: every vendor]
    #[arg(long = "vendor", value_name = "ID")]
    vendor_ids: Vec<String>,
    /// Weight vectors to draw for the rank acceptability
    #[arg(long, value_name = "N", default_value_t = 10_000,
          value_parser = clap::value_parser!(u64).range(1..=100_000_000))]
    samples: u64,
    /// Seed of the draws: the same seed gives the same numbers on any machine
    #[arg(long, value_name = "S", default_value_t = 1)]
    seed: u64,
    /// Write the page to FILE (atomically) instead of standard output
    #[arg(long, short, value_name = "FILE.html")]
    output: Option<PathBuf>,
    #[command(flatten)]
    pub(super) lang: LangArg,
}

impl Args {
    fn sampling(&self) -> Sampling {
        Sampling {
            samples: self.samples as usize,
            weights: WeightModel::Around {
                concentration: CONCENTRATION,
            },
            unknowns: UnknownModel::Policy,
            seed: self.seed,
            threads: super::sensitivity::threads(),
        }
    }
}

pub fn run(args: Args) -> Result<ExitCode> {
    let lang = args.lang.resolve();
    let inputs = args.inputs.load(lang)?;
    let as_of = args.inputs.as_of();
    let profiles = super::keep_vendors(inputs.profiles, &args.vendor_ids, lang)?;
    let card = &inputs.scorecard;
    let matrix = Matrix::build(&profiles, card, as_of);
    let evaluation = Evaluation::weigh(&matrix, card, &card.weights, as_of);
    super::sensitivity::check_size(&evaluation, lang)?;
    let sampling = args.sampling();
    let analysis = sensitivity::analyse(&matrix, &evaluation, &sampling);
    let checklists = checklist::build(&profiles, card, as_of, lang);
    let cost = card
        .cost
        .as_ref()
        .map(|model| (super::cost::cost_rows(&profiles, model), model));
    let any_tickets = profiles.iter().any(|p| !p.tickets.is_empty());
    let trials = any_tickets.then(|| decide::trial::trial_report(&profiles, as_of));
    let report = Report {
        robustness: render::sensitivity::Report {
            evaluation: &evaluation,
            analysis: &analysis,
            sampling: &sampling,
        },
        cost: cost.as_ref().map(|(rows, model)| (rows.as_slice(), *model)),
        trials: trials.as_deref(),
        checklists: &checklists,
        questions_per_vendor: QUESTIONS_PER_VENDOR,
        lang,
    };
    let bytes = render::html::render(&report);
    output::emit(&bytes, args.output.as_deref(), &inputs.files)?;
    Ok(ExitCode::SUCCESS)
}
