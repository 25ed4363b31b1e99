//! `sdkvet compare`: the same vendors under several stakeholders' scorecards and under their
//! consensus (SPEC §8). `--scorecard` is given twice or more; the other inputs are those of
//! `evaluate`.

use super::{InputArgs, LangArg, UsageError};
use crate::decide::compare::{consensus, Disagreement};
use crate::i18n::{robustness, Lang};
use crate::load::discover::{self, InputSpec, ScorecardSource};
use crate::model::scorecard::Scorecard;
use crate::render::compare::Comparison;
use crate::render::table::TableOptions;
use crate::{decide, output, render};
use anyhow::{anyhow, Result};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    inputs: InputArgs,
    /// Only this vendor id (repeatable) [default: every vendor]
    #[arg(long = "vendor", value_name = "ID")]
    vendor_ids: Vec<String>,
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
enum Format {
    Table,
    Csv,
    Json,
    Markdown,
}

/// The scorecards, each with its name (file stem), and every file read.
struct Loaded {
    profiles: Vec<crate::model::profile::Profile>,
    cards: Vec<Scorecard>,
    names: Vec<String>,
    files: Vec<PathBuf>,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let lang = args.lang.resolve();
    if args.width.is_some() && args.format != Format::Table {
        return Err(UsageError("--width applies to --format table only".into()).into());
    }
    let loaded = load(&args.inputs, lang)?;
    let profiles = super::keep_vendors(loaded.profiles, &args.vendor_ids, lang)?;
    let cards: Vec<&Scorecard> = loaded.cards.iter().collect();
    let agreed = consensus(&cards).map_err(|d| anyhow!(disagreement(&d, lang)))?;
    let as_of = args.inputs.as_of();
    let mut evaluations: Vec<decide::Evaluation> = cards
        .iter()
        .map(|card| decide::evaluate(&profiles, card, as_of))
        .collect();
    evaluations.push(decide::evaluate(&profiles, &agreed, as_of));
    let comparison = Comparison {
        names: &loaded.names,
        evaluations: &evaluations,
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
            render::compare::table::render(&comparison, &options)
        }
        Format::Csv => render::compare::csv::render(&comparison)?,
        Format::Json => render::compare::json::render(&comparison)?,
        Format::Markdown => render::compare::markdown::render(&comparison, lang),
    };
    if args.format == Format::Table {
        output::emit_text(&bytes, output, &loaded.files)?;
    } else {
        output::emit(&bytes, output, &loaded.files)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The profiles and every scorecard, with the warnings printed; two or more scorecards, each
/// a different file or preset.
fn load(inputs: &InputArgs, lang: Lang) -> Result<Loaded> {
    let given = &inputs.card.scorecard;
    if given.len() < 2 {
        return Err(UsageError(robustness::compare_needs_two(lang).into()).into());
    }
    let audience = inputs.card.audience();
    let spec = InputSpec {
        vendors: inputs.vendors.clone(),
        scorecard: given[0].clone(),
        audience: audience.clone(),
        evaluation: Some(inputs.as_of()),
    };
    let first = discover::load(&spec)?;
    super::print_diagnostics(first.warnings.iter(), lang);
    super::print_audience_warnings(&inputs.card, lang);
    let mut files = first.files;
    let mut cards = vec![first.scorecard];
    let mut sources = vec![discover::resolve_scorecard(&given[0])?];
    for name in &given[1..] {
        let source = discover::resolve_scorecard(name)?;
        if sources.iter().any(|seen| same_source(seen, &source)) {
            return Err(UsageError(robustness::same_scorecard_twice(lang, name)).into());
        }
        let (card, diagnostics) = source.load(&audience);
        let warnings = diagnostics.into_result()?;
        super::print_diagnostics(warnings.iter(), lang);
        if let ScorecardSource::File(path) = &source {
            files.push(path.clone());
        }
        cards.push(card.expect("a scorecard without errors is loaded"));
        sources.push(source);
    }
    Ok(Loaded {
        profiles: first.profiles,
        cards,
        names: sources.iter().map(stem).collect(),
        files,
    })
}

/// A scorecard's name in the CSV columns: its file stem, or the preset's name.
fn stem(source: &ScorecardSource) -> String {
    match source {
        ScorecardSource::File(path) => path
            .file_stem()
            .map_or_else(String::new, |s| s.to_string_lossy().into_owned()),
        ScorecardSource::Bundled { name, .. } => name.clone(),
    }
}

fn same_source(a: &ScorecardSource, b: &ScorecardSource) -> bool {
    let canonical = |p: &Path| p.canonicalize().unwrap_or_else(|_| p.to_path_buf());
    match (a, b) {
        (ScorecardSource::File(x), ScorecardSource::File(y)) => canonical(x) == canonical(y),
        (ScorecardSource::Bundled { name: x, .. }, ScorecardSource::Bundled { name: y, .. }) => {
            x == y
        }
        _ => false,
    }
}

/// Why the scorecards have no consensus, in words.
fn disagreement(d: &Disagreement, lang: Lang) -> String {
    match d {
        Disagreement::Parameter {
            criterion,
            key,
            first,
            second,
        } => robustness::parameters_differ(lang, criterion, key, first.display(), second.display()),
        Disagreement::Setting { key, first, second } => {
            let flag = match *key {
                "industry" => Some("--industry"),
                "regions" => Some("--region"),
                _ => None,
            };
            robustness::setting_differs(lang, key, first.display(), second.display(), flag)
        }
    }
}
