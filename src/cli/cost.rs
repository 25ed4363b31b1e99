//! `sdkvet cost`: the yearly cost of each vendor's support under the scorecard's `[cost]`,
//! with the break-even outage cost against the cheapest plan (SPEC §10).

use super::trial::Format;
use super::{InputArgs, LangArg, UsageError};
use crate::decide::cost::{break_even, cost_of};
use crate::i18n;
use crate::model::cost::CostModel;
use crate::model::profile::Profile;
use crate::render::cost::CostRow;
use crate::util::escape::escape_lines;
use crate::{output, render};
use anyhow::Result;
use std::io::Write;
use std::path::PathBuf;
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
    /// Wrap the table to N columns [default: the terminal's width]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(40..=1000))]
    width: Option<u16>,
    #[command(flatten)]
    pub(super) lang: LangArg,
}

/// Each vendor's yearly cost under the model, with its break-even against the cheapest.
pub(super) fn cost_rows<'p>(profiles: &'p [Profile], model: &CostModel) -> Vec<CostRow<'p>> {
    let costs: Vec<_> = profiles.iter().map(|p| cost_of(p, model)).collect();
    let evens = break_even(&costs, model);
    profiles
        .iter()
        .zip(costs)
        .zip(evens)
        .map(|((profile, cost), break_even)| CostRow {
            profile,
            cost,
            break_even,
        })
        .collect()
}

pub fn run(args: Args) -> Result<ExitCode> {
    let lang = args.lang.resolve();
    if args.width.is_some() && args.format != Format::Table {
        let refusal = i18n::command::flag_needs_format(lang, "--width", "table");
        return Err(UsageError(refusal).into());
    }
    let inputs = args.inputs.load(lang)?;
    let Some(model) = inputs.scorecard.cost.clone() else {
        // Several lines (the example), each escaped: an error message would show `\n`.
        let name = inputs.scorecard.path.display().to_string();
        let message = i18n::trial::no_cost_table(&name, lang);
        let line = i18n::command::error_line(lang, &escape_lines(&message));
        let _ = writeln!(std::io::stderr().lock(), "{line}");
        return Ok(ExitCode::from(1));
    };
    let profiles = super::keep_vendors(inputs.profiles, &args.vendor_ids, lang)?;
    let rows = cost_rows(&profiles, &model);
    let output = args.output.as_deref();
    let width = args
        .width
        .or_else(|| output::terminal_width(output))
        .map(usize::from);
    let bytes = match args.format {
        Format::Table => render::cost::table(&rows, &model, lang, width),
        Format::Csv => render::cost::csv(&rows, &model, lang)?,
        Format::Json => render::cost::json(&rows, &model, lang)?,
        Format::Markdown => render::cost::markdown(&rows, &model, lang),
    };
    match args.format {
        Format::Table => output::emit_text(&bytes, output, &inputs.files)?,
        _ => output::emit(&bytes, output, &inputs.files)?,
    }
    Ok(ExitCode::SUCCESS)
}
