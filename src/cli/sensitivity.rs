//! `sdkvet sensitivity`: how robust the ranking is (SPEC §7) — the weight changes that change
//! the winner, rank acceptability over sampled weights, and what the unknowns could do.
//!
//! The draws run on every core by default; the environment variable `SDKVET_THREADS` sets the
//! number of threads (tests use it to show that the output is the same for any number).

use super::{InputArgs, LangArg, UsageError};
use crate::decide::matrix::Matrix;
use crate::decide::sensitivity::{self, Sampling, UnknownModel, WeightModel};
use crate::decide::Evaluation;
use crate::i18n::robustness;
use crate::render::sensitivity::Report;
use crate::render::table::TableOptions;
use crate::{output, render};
use anyhow::Result;
use std::path::PathBuf;
use std::process::ExitCode;

/// The most ranked vendors analysed: the counts take vendors² integers per thread (32 MB here).
const MAX_RANKED: usize = 2_000;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    inputs: InputArgs,
    /// Only this vendor id (repeatable) [default: every vendor]
    #[arg(long = "vendor", value_name = "ID")]
    vendor_ids: Vec<String>,
    /// Weight vectors to draw
    #[arg(long, value_name = "N", default_value_t = 10_000,
          value_parser = clap::value_parser!(u64).range(1..=100_000_000))]
    samples: u64,
    /// Draw weights around the scorecard's, or uniformly over the criteria of weight above 0
    #[arg(long, value_enum, default_value_t = Weights::Around)]
    weights: Weights,
    /// How tightly the drawn weights centre on the scorecard's (--weights around)
    #[arg(long, value_name = "K", default_value_t = 30.0, value_parser = positive)]
    concentration: f64,
    /// Score unknown facts by the scorecard's policy, or draw them uniformly from 0–100
    #[arg(long, value_enum, default_value_t = Unknowns::Policy)]
    unknowns: Unknowns,
    /// Seed of the draws: the same seed gives the same numbers on any machine
    #[arg(long, value_name = "S", default_value_t = 1)]
    seed: u64,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// Write to FILE (atomically) instead of standard output
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Wrap the tables to N columns [default: the terminal's width]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(40..=1000))]
    width: Option<u16>,
    #[command(flatten)]
    pub(super) lang: LangArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Weights {
    Around,
    Uniform,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Unknowns {
    Policy,
    Uniform,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Table,
    Csv,
    Json,
    Markdown,
}

/// A finite number above 0.
fn positive(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(value) if value.is_finite() && value > 0.0 => Ok(value),
        _ => Err("expected a number above 0, e.g. 30".to_string()),
    }
}

/// `SDKVET_THREADS`, else the machine's cores.
pub(super) fn threads() -> usize {
    std::env::var("SDKVET_THREADS")
        .ok()
        .and_then(|text| text.parse::<usize>().ok())
        .filter(|&n| n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

impl Args {
    fn sampling(&self) -> Sampling {
        Sampling {
            samples: self.samples as usize,
            weights: match self.weights {
                Weights::Around => WeightModel::Around {
                    concentration: self.concentration,
                },
                Weights::Uniform => WeightModel::Uniform,
            },
            unknowns: match self.unknowns {
                Unknowns::Policy => UnknownModel::Policy,
                Unknowns::Uniform => UnknownModel::Uniform,
            },
            seed: self.seed,
            threads: threads(),
        }
    }
}

/// Refuses more ranked vendors than [`MAX_RANKED`], whose rank counts would not fit memory.
pub(super) fn check_size(evaluation: &Evaluation, lang: crate::i18n::Lang) -> Result<()> {
    let ranked = evaluation
        .vendors
        .iter()
        .filter(|v| v.rank.is_some())
        .count();
    if ranked > MAX_RANKED {
        anyhow::bail!(robustness::too_many_vendors(lang, ranked, MAX_RANKED));
    }
    Ok(())
}

pub fn run(args: Args) -> Result<ExitCode> {
    if args.width.is_some() && args.format != Format::Table {
        return Err(UsageError("--width applies to --format table only".into()).into());
    }
    let lang = args.lang.resolve();
    let inputs = args.inputs.load(lang)?;
    let profiles = super::keep_vendors(inputs.profiles, &args.vendor_ids, lang)?;
    let as_of = args.inputs.as_of();
    let card = &inputs.scorecard;
    let matrix = Matrix::build(&profiles, card, as_of);
    let evaluation = Evaluation::weigh(&matrix, card, &card.weights, as_of);
    check_size(&evaluation, lang)?;
    let sampling = args.sampling();
    let analysis = sensitivity::analyse(&matrix, &evaluation, &sampling);
    let report = Report {
        evaluation: &evaluation,
        analysis: &analysis,
        sampling: &sampling,
    };
    let output = args.output.as_deref();
    let bytes = match args.format {
        Format::Table => {
            let width = args.width.or_else(|| output::terminal_width(output));
            let options = TableOptions {
                width,
                lang,
                ..TableOptions::default()
            };
            render::sensitivity::table::render(&report, &options)
        }
        Format::Csv => render::sensitivity::csv::render(&report)?,
        Format::Json => render::sensitivity::json::render(&report, lang)?,
        Format::Markdown => render::sensitivity::markdown::render(&report, lang),
    };
    if args.format == Format::Table {
        output::emit_text(&bytes, output, &inputs.files)?;
    } else {
        output::emit(&bytes, output, &inputs.files)?;
    }
    Ok(ExitCode::SUCCESS)
}
