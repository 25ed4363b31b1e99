//! `sdkvet trial`: list the trial tickets against their promises (SPEC §9); `trial add` and
//! `trial update` record a ticket's times in a profile through the one profile editor. The
//! clock and the local time zone are read here, and only here.

use super::{keep_vendors, parse_date_arg, print_diagnostics, LangArg, UsageError};
use crate::ask::edit::{NewTicket, ProfileEditor};
use crate::i18n::{command, trial as words, Lang, TextError};
use crate::load::discover::{listed_vendor_files, load_listed_profiles};
use crate::model::calendar;
use crate::model::schema::{CHANNELS, SEVERITIES};
use crate::model::trial::{parse_time_arg, TicketTime};
use crate::{decide, output, render};
use anyhow::{bail, Result};
use jiff::civil::Date;
use jiff::tz::TimeZone;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct Args {
    #[command(subcommand)]
    action: Option<Action>,
    #[command(flatten)]
    list: ListArgs,
}

#[derive(Debug, clap::Subcommand)]
enum Action {
    /// Append a ticket filed during a trial to a vendor profile
    Add(AddArgs),
    /// Fill in the first response or resolution of ticket N (1-based, in file order)
    Update(UpdateArgs),
}

#[derive(Debug, clap::Args)]
struct ListArgs {
    /// Vendor profile folder or file (repeatable) [default: ./vendors]
    #[arg(long = "vendors", value_name = "DIR|FILE")]
    vendors: Vec<PathBuf>,
    /// Evaluation date, YYYY-MM-DD (deadlines passed by then are broken) [default: today]
    #[arg(long = "as-of", value_name = "DATE", value_parser = parse_date_arg)]
    as_of: Option<Date>,
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
    lang: LangArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Format {
    Table,
    Csv,
    Json,
    Markdown,
}

/// Times and the zone they are read in, shared by `add` and `update`.
#[derive(Debug, clap::Args)]
struct Times {
    /// When the first reply by a person came: RFC 3339, YYYY-MM-DD HH:MM, or now
    #[arg(long, value_name = "TIME")]
    responded: Option<String>,
    /// When the problem was resolved: RFC 3339, YYYY-MM-DD HH:MM, or now
    #[arg(long, value_name = "TIME")]
    resolved: Option<String>,
    /// Time zone of YYYY-MM-DD HH:MM times (IANA name) [default: the local time zone]
    #[arg(long, value_name = "ZONE")]
    tz: Option<String>,
    #[command(flatten)]
    lang: LangArg,
}

#[derive(Debug, clap::Args)]
struct AddArgs {
    /// The vendor profile to record the ticket in
    vendor_file: PathBuf,
    /// Severity of the ticket
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(SEVERITIES))]
    severity: String,
    /// When the ticket was filed: RFC 3339, YYYY-MM-DD HH:MM, or now
    #[arg(long, value_name = "TIME")]
    opened: String,
    /// The channel it was filed through (ticket, email, chat, …)
    #[arg(long)]
    channel: Option<String>,
    /// A one-line summary of the problem
    #[arg(long)]
    summary: Option<String>,
    #[command(flatten)]
    times: Times,
}

#[derive(Debug, clap::Args)]
struct UpdateArgs {
    /// The vendor profile holding the ticket
    vendor_file: PathBuf,
    /// The ticket's number (1 for the first in the file)
    #[arg(value_parser = clap::value_parser!(u32).range(1..))]
    ticket: u32,
    #[command(flatten)]
    times: Times,
}

impl Args {
    /// The `--lang` of the list or of the subcommand.
    pub(super) fn lang(&self) -> Lang {
        match &self.action {
            Some(Action::Add(add)) => add.times.lang.resolve(),
            Some(Action::Update(update)) => update.times.lang.resolve(),
            None => self.list.lang.resolve(),
        }
    }
}

pub fn run(args: Args) -> Result<ExitCode> {
    match args.action {
        Some(Action::Add(add)) => run_add(add),
        Some(Action::Update(update)) => run_update(update),
        None => run_list(args.list),
    }
}

fn run_list(args: ListArgs) -> Result<ExitCode> {
    let lang = args.lang.resolve();
    if args.width.is_some() && args.format != Format::Table {
        let refusal = command::flag_needs_format(lang, "--width", "table");
        return Err(UsageError(refusal).into());
    }
    let as_of = args.as_of.unwrap_or_else(|| jiff::Zoned::now().date());
    let files = listed_vendor_files(&args.vendors)?;
    let (profiles, diagnostics) = load_listed_profiles(&files, Some(as_of));
    let warnings = diagnostics.into_result()?;
    print_diagnostics(warnings.iter(), lang);
    let profiles = keep_vendors(profiles, &args.vendor_ids, lang)?;
    let report = decide::trial::trial_report(&profiles, as_of);
    let output = args.output.as_deref();
    let width = args
        .width
        .or_else(|| output::terminal_width(output))
        .map(usize::from);
    let bytes = match args.format {
        Format::Table => render::trial::table(&report, lang, width),
        Format::Csv => render::trial::csv(&report, lang)?,
        Format::Json => render::trial::json(&report, as_of)?,
        Format::Markdown => render::trial::markdown(&report, lang),
    };
    let inputs: Vec<PathBuf> = files.into_iter().map(|f| f.path).collect();
    match args.format {
        Format::Table => output::emit_text(&bytes, output, &inputs)?,
        _ => output::emit(&bytes, output, &inputs)?,
    }
    Ok(ExitCode::SUCCESS)
}

impl Times {
    /// The zone `YYYY-MM-DD HH:MM` is read in: `--tz`, else the system's.
    fn zone(&self, lang: Lang) -> Result<TimeZone> {
        match &self.tz {
            Some(name) => calendar::time_zone(name)
                .map_err(|e| flag_usage_error(lang, "--tz", e.get(lang)).into()),
            None => Ok(TimeZone::system()),
        }
    }

    fn parse(&self, flag: &str, text: Option<&str>, lang: Lang) -> Result<Option<TicketTime>> {
        let Some(text) = text else { return Ok(None) };
        let now = jiff::Timestamp::now();
        parse_time_arg(text, &self.zone(lang)?, now)
            .map(Some)
            .map_err(|e| flag_usage_error(lang, flag, e.get(lang)).into())
    }
}

/// A usage error about the value of a flag.
fn flag_usage_error(lang: Lang, flag: &str, problem: &str) -> UsageError {
    UsageError(words::flag_problem(lang, flag, problem))
}

/// A later time must not be before `opened` (SPEC §9).
fn not_before(opened: &TicketTime, flag: &str, time: Option<&TicketTime>) -> Result<()> {
    match time {
        Some(time) if time.at < opened.at => {
            let (time, opened) = (time.to_string(), opened.to_string());
            bail!(TextError::new(|lang| {
                let problem = words::before_opened(lang, &time, &opened);
                words::flag_problem(lang, flag, &problem)
            }))
        }
        _ => Ok(()),
    }
}

fn run_add(args: AddArgs) -> Result<ExitCode> {
    let lang = args.times.lang.resolve();
    let t = &args.times;
    let Some(opened) = t.parse("--opened", Some(&args.opened), lang)? else {
        unreachable!("a time was given");
    };
    let ticket = NewTicket {
        severity: args.severity.clone(),
        opened,
        first_response: t.parse("--responded", t.responded.as_deref(), lang)?,
        resolved: t.parse("--resolved", t.resolved.as_deref(), lang)?,
        channel: args.channel.clone(),
        summary: args.summary.clone(),
    };
    not_before(&opened, "--responded", ticket.first_response.as_ref())?;
    not_before(&opened, "--resolved", ticket.resolved.as_ref())?;
    if let Some(hint) = ticket
        .channel
        .as_deref()
        .and_then(|c| crate::load::profile::vocabulary_hint(c, CHANNELS))
    {
        let warning = command::audience_outside_vocabulary(lang, "--channel", hint.get(lang));
        let _ = writeln!(
            std::io::stderr().lock(),
            "{}",
            crate::util::escape::escape_control(&warning)
        );
    }
    let mut editor = ProfileEditor::open(&args.vendor_file, lang)?;
    let mut number = 0;
    editor.update(|doc| {
        number = doc.add_ticket(&ticket)?;
        Ok(())
    })?;
    let message = words::ticket_recorded(number, &args.vendor_file.display().to_string(), lang);
    output::write_stdout(
        format!("{}\n", crate::util::escape::escape_control(&message)).as_bytes(),
    )?;
    Ok(ExitCode::SUCCESS)
}

fn run_update(args: UpdateArgs) -> Result<ExitCode> {
    let lang = args.times.lang.resolve();
    let t = &args.times;
    let responded = t.parse("--responded", t.responded.as_deref(), lang)?;
    let resolved = t.parse("--resolved", t.resolved.as_deref(), lang)?;
    if responded.is_none() && resolved.is_none() {
        return Err(UsageError(words::update_needs_a_time(lang)).into());
    }
    let number = args.ticket as usize;
    let mut editor = ProfileEditor::open(&args.vendor_file, lang)?;
    editor.update(|doc| {
        if let Some(opened) = doc.ticket_opened(number) {
            not_before(&opened, "--responded", responded.as_ref())?;
            not_before(&opened, "--resolved", resolved.as_ref())?;
        }
        for (key, time) in [("first_response", responded), ("resolved", resolved)] {
            if let Some(time) = time {
                doc.set_ticket_time(number, key, &time)?;
            }
        }
        Ok(())
    })?;
    let message = words::ticket_updated(number, &args.vendor_file.display().to_string(), lang);
    output::write_stdout(
        format!("{}\n", crate::util::escape::escape_control(&message)).as_bytes(),
    )?;
    Ok(ExitCode::SUCCESS)
}
