//! The command layer: clap definitions, one module per subcommand, each turning its
//! arguments into library types and calling the library. No clap type leaves this module.

pub mod checklist;
pub mod evaluate;
pub mod init;
pub mod interview;
pub mod new;
pub mod validate;

use crate::i18n::Lang;
use crate::load::discover::InputSpec;
use crate::model::scorecard::Audience;
use clap::{Parser, Subcommand};
use jiff::civil::Date;
use std::fmt;
use std::path::PathBuf;
use std::process::ExitCode;

/// Rank SDK vendors (RTC, IM, live streaming, conversational AI) by the quality of their paid
/// after-sales support.
#[derive(Debug, Parser)]
#[command(
    name = "sdkvet",
    version,
    propagate_version = true,
    max_term_width = 100,
    args_override_self = true
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Rank vendor profiles under a weighted scorecard
    Evaluate(evaluate::Args),
    /// List the questions to ask each vendor, most decision-relevant first
    Checklist(checklist::Args),
    /// Ask a profile's open questions in the terminal, writing each answer at once
    Interview(interview::Args),
    /// Create vendors/VENDOR_ID.toml, then interview it
    New(new::Args),
    /// Check vendor profiles and scorecards, listing every problem
    Validate(validate::Args),
    /// Write the bundled example vendors/ and scorecards/ into a folder
    Init(init::Args),
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Evaluate(args) => evaluate::run(args),
        Command::Checklist(args) => checklist::run(args),
        Command::Interview(args) => interview::run(args),
        Command::New(args) => new::run(args),
        Command::Validate(args) => validate::run(args),
        Command::Init(args) => init::run(args),
    }
}

/// A command line that parsed but does not make sense (exit code 2).
#[derive(Debug)]
pub struct UsageError(pub String);

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

/// 2 for usage errors, 1 for everything else (bad data, failed operations).
pub fn exit_code(error: &anyhow::Error) -> ExitCode {
    if error.downcast_ref::<UsageError>().is_some() {
        ExitCode::from(2)
    } else {
        ExitCode::from(1)
    }
}

/// Where the vendors and the scorecard come from, and whom the evaluation is for.
#[derive(Debug, clap::Args)]
pub struct InputArgs {
    /// Vendor profile folder or file (repeatable) [default: ./vendors]
    #[arg(long = "vendors", value_name = "DIR|FILE")]
    vendors: Vec<PathBuf>,
    #[command(flatten)]
    card: CardArgs,
}

/// The scorecard, the evaluation date and the buyer: shared by every command that scores.
#[derive(Debug, clap::Args)]
pub struct CardArgs {
    /// Scorecard name in ./scorecards, or a path to a .toml file
    #[arg(long, value_name = "NAME|FILE", default_value = "default")]
    scorecard: String,
    /// Evaluation date, YYYY-MM-DD (docs age, staleness) [default: today]
    #[arg(long = "as-of", value_name = "DATE", value_parser = parse_date_arg)]
    as_of: Option<Date>,
    /// The buyer's industry, overriding the scorecard's `industry`
    #[arg(long, value_name = "NAME")]
    industry: Option<String>,
    /// A buyer's market region (repeatable), overriding the scorecard's `regions`
    #[arg(long = "region", value_name = "NAME")]
    regions: Vec<String>,
}

impl CardArgs {
    fn audience(&self) -> Audience {
        Audience {
            industry: self.industry.clone(),
            regions: self.regions.clone(),
        }
    }

    /// The evaluation date: `--as-of`, or today.
    fn as_of(&self) -> Date {
        self.as_of.unwrap_or_else(|| jiff::Zoned::now().date())
    }
}

impl InputArgs {
    fn spec(&self) -> InputSpec {
        InputSpec {
            vendors: self.vendors.clone(),
            scorecard: self.card.scorecard.clone(),
            audience: self.card.audience(),
        }
    }

    /// The evaluation date: `--as-of`, or today.
    fn as_of(&self) -> Date {
        self.card.as_of()
    }
}

/// Prints warnings (and other diagnostics) to stderr.
fn print_diagnostics<'a>(diagnostics: impl Iterator<Item = &'a crate::load::diag::Diagnostic>) {
    use std::io::Write;
    // Buffered: a file may draw thousands of warnings (a long list of unknown words).
    let mut stderr = std::io::BufWriter::new(std::io::stderr().lock());
    for diagnostic in diagnostics {
        let _ = writeln!(stderr, "{diagnostic}");
    }
    let _ = stderr.flush();
}

fn parse_date_arg(text: &str) -> Result<Date, String> {
    crate::load::tree::parse_date(text)
}

/// `--lang en|zh`, defaulting from the locale.
#[derive(Debug, clap::Args)]
pub struct LangArg {
    /// Language of questions and texts [default: zh when LC_ALL/LANG starts with zh, else en]
    #[arg(long = "lang", value_enum, value_name = "LANG")]
    lang: Option<LangChoice>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum LangChoice {
    En,
    Zh,
}

impl LangArg {
    fn resolve(&self) -> Lang {
        match self.lang {
            Some(LangChoice::En) => Lang::En,
            Some(LangChoice::Zh) => Lang::Zh,
            None => Lang::from_locale(
                std::env::var("LC_ALL").ok().as_deref(),
                std::env::var("LANG").ok().as_deref(),
            ),
        }
    }
}
