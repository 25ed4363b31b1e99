//! `sdkvet evaluate`: rank the vendors under a scorecard and print or export the result.

use super::{InputArgs, LangArg, UsageError};
use crate::i18n::{command, Lang};
use crate::render::table::TableOptions;
use crate::{decide, output, render};
use anyhow::Result;
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
    /// Under the table, show each vendor's facts, scores, weights and contributions
    #[arg(long)]
    explain: bool,
    /// Start the CSV with a UTF-8 byte-order mark, so Excel shows non-ASCII names
    #[arg(long)]
    bom: bool,
    /// Wrap the table to N columns [default: the terminal's width]
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

pub fn run(args: Args) -> Result<ExitCode> {
    let lang = args.lang.resolve();
    check_flags(&args, lang)?;
    let inputs = args.inputs.load(lang)?;
    let profiles = super::keep_vendors(inputs.profiles, &args.vendor_ids, lang)?;
    let evaluation = decide::evaluate(&profiles, &inputs.scorecard, args.inputs.as_of());
    let output = args.output.as_deref();
    let bytes = match args.format {
        Format::Table => {
            let options = TableOptions {
                width: args.width.or_else(|| output::terminal_width(output)),
                colour: output::colour_wanted(output),
                explain: args.explain,
                lang,
            };
            render::table::render(&evaluation, &options)
        }
        Format::Csv => render::csv::render(&evaluation, args.bom, lang)?,
        Format::Json => render::json::render(&evaluation, lang)?,
        Format::Markdown => render::markdown::render(&evaluation, args.explain, lang),
    };
    // The table escapes what it shows itself and may be coloured; data is escaped on a terminal.
    if args.format == Format::Table {
        output::emit_text(&bytes, output, &inputs.files)?;
    } else {
        output::emit(&bytes, output, &inputs.files)?;
    }
    // The process ends right after this: freeing thousands of profiles and results one
    // allocation at a time would only delay the exit (measured in BENCHMARKS.md).
    std::mem::forget((evaluation, bytes));
    std::mem::forget((profiles, inputs.scorecard, inputs.warnings));
    Ok(ExitCode::SUCCESS)
}

/// Why `--explain` does not go with `format`, or nothing when it does (table, markdown).
fn explain_refusal(format: Format, lang: Lang) -> Option<String> {
    match format {
        Format::Table | Format::Markdown => None,
        Format::Csv => Some(command::explain_refused(lang, false)),
        Format::Json => Some(command::explain_refused(lang, true)),
    }
}

fn check_flags(args: &Args, lang: Lang) -> Result<(), UsageError> {
    if args.bom && args.format != Format::Csv {
        return Err(UsageError(command::flag_needs_format(lang, "--bom", "csv")));
    }
    if args.explain {
        if let Some(refusal) = explain_refusal(args.format, lang) {
            return Err(UsageError(refusal));
        }
    }
    if args.width.is_some() && args.format != Format::Table {
        return Err(UsageError(command::flag_needs_format(
            lang, "--width", "table",
        )));
    }
    Ok(())
}
