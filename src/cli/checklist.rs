//! `sdkvet checklist`: the questions to ask each vendor, most decision-relevant first.

use super::{InputArgs, LangArg, UsageError};
use crate::{ask::checklist, output, render};
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
    #[command(flatten)]
    lang: LangArg,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Write to FILE (atomically) instead of standard output
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Wrap the text to N columns [default: the terminal's width]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(40..=1000))]
    width: Option<u16>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Text,
    Markdown,
    Csv,
    Json,
}

pub fn run(args: Args) -> Result<ExitCode> {
    if args.width.is_some() && args.format != Format::Text {
        return Err(UsageError("--width applies to --format text only".into()).into());
    }
    let inputs = args.inputs.load()?;
    let lang = args.lang.resolve();
    let profiles = super::keep_vendors(inputs.profiles, &args.vendor_ids, lang)?;
    let lists = checklist::build(&profiles, &inputs.scorecard, args.inputs.as_of(), lang);
    let output = args.output.as_deref();
    let bytes = match args.format {
        Format::Text => {
            let width = args.width.or_else(|| output::terminal_width(output));
            render::checklist::text(&lists, lang, width.map(usize::from))
        }
        Format::Markdown => render::checklist::markdown(&lists, lang),
        Format::Csv => render::checklist::csv(&lists)?,
        Format::Json => render::checklist::json(&lists)?,
    };
    // The text form escapes what it shows itself; data is escaped on a terminal.
    if args.format == Format::Text {
        output::emit_text(&bytes, output, &inputs.files)?;
    } else {
        output::emit(&bytes, output, &inputs.files)?;
    }
    Ok(ExitCode::SUCCESS)
}
