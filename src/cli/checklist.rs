//! `sdkvet checklist`: the questions to ask each vendor, most decision-relevant first.

use super::{InputArgs, LangArg, UsageError};
use crate::model::question::Reason;
use crate::{ask::checklist, i18n, output, render};
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
    pub(super) lang: LangArg,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Write to FILE (atomically) instead of standard output
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Wrap the text to N columns [default: the terminal's width]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(40..=1000))]
    width: Option<u16>,
    /// Leave out the due-diligence questions that no profile field holds
    #[arg(long)]
    no_diligence: bool,
    /// Start the CSV with a UTF-8 byte-order mark, so Excel shows Chinese text correctly
    #[arg(long)]
    bom: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// For the terminal (also accepted as `table`)
    #[value(alias = "table")]
    Text,
    Markdown,
    Csv,
    Json,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let lang = args.lang.resolve();
    if args.width.is_some() && args.format != Format::Text {
        let message = i18n::command::flag_needs_format(lang, "--width", "text");
        return Err(UsageError(message).into());
    }
    if args.bom && args.format != Format::Csv {
        let message = i18n::command::flag_needs_format(lang, "--bom", "csv");
        return Err(UsageError(message).into());
    }
    let inputs = args.inputs.load(lang)?;
    let profiles = super::keep_vendors(inputs.profiles, &args.vendor_ids, lang)?;
    let mut lists = checklist::build(&profiles, &inputs.scorecard, args.inputs.as_of(), lang);
    if args.no_diligence {
        // Due diligence comes last, so the other questions keep their numbers.
        for list in &mut lists {
            list.items.retain(|item| item.reason != Reason::Diligence);
        }
    }
    let output = args.output.as_deref();
    let bytes = match args.format {
        Format::Text => {
            let width = args.width.or_else(|| output::terminal_width(output));
            render::checklist::text(&lists, lang, width.map(usize::from))
        }
        Format::Markdown => render::checklist::markdown(&lists, lang),
        Format::Csv => render::checklist::csv(&lists, lang, args.bom)?,
        Format::Json => render::checklist::json(&lists, lang)?,
    };
    // The text form escapes what it shows itself; data is escaped on a terminal.
    if args.format == Format::Text {
        output::emit_text(&bytes, output, &inputs.files)?;
    } else {
        output::emit(&bytes, output, &inputs.files)?;
    }
    Ok(ExitCode::SUCCESS)
}
