//! The command layer: clap definitions, one module per subcommand, each turning its
//! arguments into library types and calling the library. No clap type leaves this module.

pub mod checklist;
pub mod compare;
pub mod completions;
pub mod cost;
pub mod evaluate;
pub mod import;
pub mod init;
pub mod interview;
pub mod man;
pub mod new;
pub mod report;
pub mod sensitivity;
pub mod trial;
pub mod validate;

use crate::i18n::{self, Lang, TextError};
use crate::load::diag::LoadFailure;
use crate::load::discover::InputSpec;
use crate::model::profile::Profile;
use crate::model::scorecard::Audience;
use crate::util::escape::{escape_control, escape_lines, needs_escaping};
use anyhow::bail;
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use jiff::civil::Date;
use std::ffi::OsString;
use std::fmt;
use std::io::Write;
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
    /// Read a filled questionnaire (.xlsx or .csv) back into the vendor profiles
    Import(import::Args),
    /// Check vendor profiles and scorecards, listing every problem
    Validate(validate::Args),
    /// Write the bundled example vendors/ and scorecards/ into a folder
    Init(init::Args),
    /// How robust the ranking is: weight thresholds, rank acceptability, unknowns
    Sensitivity(sensitivity::Args),
    /// The same vendors under several scorecards and their consensus
    Compare(compare::Args),
    /// List trial tickets against their promises; `trial add` / `trial update` record them
    Trial(trial::Args),
    /// The yearly cost of each vendor's support, with the break-even outage cost
    Cost(cost::Args),
    /// Write the evaluation as one self-contained HTML page for management
    Report(report::Args),
    /// Print the shell completion script for bash, zsh, fish, PowerShell or Elvish
    Completions(completions::Args),
    /// Print the man page, or write every command's man page into a folder
    Man(man::Args),
}

/// Parses the process's command line. Help, version and usage errors are printed by clap (in
/// colour where the terminal allows), except that a usage error is printed here, plain and
/// escaped, when an argument holds a control character: clap would echo it raw (SPEC §2).
pub fn parse() -> Result<Cli, ExitCode> {
    parse_from(std::env::args_os().collect())
}

fn parse_from(args: Vec<OsString>) -> Result<Cli, ExitCode> {
    let hostile = args
        .iter()
        .any(|arg| needs_escaping(&arg.to_string_lossy()));
    let mut command = Cli::command();
    if hostile {
        command = command.styles(clap::builder::Styles::plain());
    }
    let parsed = command.try_get_matches_from(args).and_then(|matches| {
        Cli::from_arg_matches(&matches).map_err(|e| e.format(&mut Cli::command()))
    });
    match parsed {
        Ok(cli) => Ok(cli),
        Err(error) if hostile && error.use_stderr() => {
            let text = error.render().ansi().to_string();
            let _ = std::io::stderr()
                .lock()
                .write_all(escape_lines(&text).as_bytes());
            Err(ExitCode::from(2))
        }
        Err(error) => error.exit(),
    }
}

/// The error as `main` prints it: the message and its causes joined by `: `, as `{:#}` would,
/// with every piece escaped (SPEC §2). File names, values and arguments quoted in a message
/// cannot move the cursor or start a line; only a [`LoadFailure`] spans several lines, one per
/// problem, each escaped by the diagnostic itself.
pub fn error_message(error: &anyhow::Error, lang: Lang) -> String {
    let separator = match lang {
        Lang::En => ": ",
        Lang::Zh => "：",
    };
    error
        .chain()
        .map(|cause| {
            if let Some(failure) = cause.downcast_ref::<LoadFailure>() {
                escape_lines(&failure.render(lang))
            } else if let Some(text) = cause.downcast_ref::<TextError>() {
                escape_control(text.0.get(lang))
            } else {
                escape_control(&cause.to_string())
            }
        })
        .collect::<Vec<_>>()
        .join(separator)
}

/// The line `main` prints for a failed command: `error: …` in the language.
pub fn error_line(error: &anyhow::Error, lang: Lang) -> String {
    i18n::command::error_line(lang, &error_message(error, lang))
}

impl Cli {
    /// The language the command speaks (`--lang`, else the locale).
    pub fn lang(&self) -> Lang {
        match &self.command {
            Command::Evaluate(args) => args.lang.resolve(),
            Command::Checklist(args) => args.lang.resolve(),
            Command::Interview(args) => args.shared.lang(),
            Command::New(args) => args.shared.lang(),
            Command::Import(args) => args.lang.resolve(),
            Command::Sensitivity(args) => args.lang.resolve(),
            Command::Compare(args) => args.lang.resolve(),
            Command::Validate(args) => args.lang.resolve(),
            Command::Init(args) => args.lang.resolve(),
            Command::Trial(args) => args.lang(),
            Command::Cost(args) => args.lang.resolve(),
            Command::Report(args) => args.lang.resolve(),
            Command::Completions(args) => args.lang.resolve(),
            Command::Man(args) => args.lang.resolve(),
        }
    }
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Evaluate(args) => evaluate::run(args),
        Command::Checklist(args) => checklist::run(args),
        Command::Interview(args) => interview::run(args),
        Command::New(args) => new::run(args),
        Command::Import(args) => import::run(args),
        Command::Validate(args) => validate::run(args),
        Command::Init(args) => init::run(args),
        Command::Sensitivity(args) => sensitivity::run(args),
        Command::Compare(args) => compare::run(args),
        Command::Trial(args) => trial::run(args),
        Command::Cost(args) => cost::run(args),
        Command::Report(args) => report::run(args),
        Command::Completions(args) => completions::run(args),
        Command::Man(args) => man::run(args),
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
    /// Scorecard name in ./scorecards (else a bundled preset), or a path to a .toml file [default: default]
    #[arg(long, value_name = "NAME|FILE", action = clap::ArgAction::Append)]
    scorecard: Vec<String>,
    /// Evaluation date, YYYY-MM-DD (docs age, staleness) [default: today]
    #[arg(long = "as-of", value_name = "DATE", value_parser = parse_date_arg)]
    as_of: Option<Date>,
    /// The buyer's industry, overriding the scorecard's `industry`
    #[arg(long, value_name = "NAME", value_parser = non_empty)]
    industry: Option<String>,
    /// A buyer's market region (repeatable), overriding the scorecard's `regions`
    #[arg(long = "region", value_name = "NAME", value_parser = non_empty)]
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

    /// The one `--scorecard` (default `default`); several are a usage error that points to
    /// `sdkvet compare`, which is where scorecards are set side by side.
    fn scorecard(&self, lang: Lang) -> Result<&str, UsageError> {
        match self.scorecard.as_slice() {
            [] => Ok("default"),
            [one] => Ok(one),
            several => Err(UsageError(i18n::command::one_scorecard_only(lang, several))),
        }
    }
}

/// A flag value that must not be empty (`--industry ""` is a usage error).
fn non_empty(text: &str) -> Result<String, String> {
    if text.trim().is_empty() {
        Err("the value is empty; give a name, e.g. gaming or southeast-asia".into())
    } else {
        Ok(text.to_string())
    }
}

impl InputArgs {
    fn spec(&self, lang: Lang) -> Result<InputSpec, UsageError> {
        Ok(InputSpec {
            vendors: self.vendors.clone(),
            scorecard: self.card.scorecard(lang)?.to_string(),
            audience: self.card.audience(),
            evaluation: Some(self.as_of()),
        })
    }

    /// The evaluation date: `--as-of`, or today.
    fn as_of(&self) -> Date {
        self.card.as_of()
    }

    /// Loads the profiles and the scorecard, printing the warnings found on the way.
    fn load(&self, lang: Lang) -> anyhow::Result<crate::load::discover::Inputs> {
        let inputs = crate::load::discover::load(&self.spec(lang)?)?;
        print_diagnostics(inputs.warnings.iter(), lang);
        print_audience_warnings(&self.card, lang);
        Ok(inputs)
    }
}

/// Warns about `--industry` and `--region` values outside the known vocabularies, suggesting
/// the closest known value, as the loader does inside a file.
fn print_audience_warnings(card: &CardArgs, lang: Lang) {
    use crate::model::schema::{INDUSTRIES, REGIONS};
    let industry = card
        .industry
        .iter()
        .map(|value| ("--industry", value, INDUSTRIES));
    let regions = card
        .regions
        .iter()
        .map(|value| ("--region", value, REGIONS));
    let mut stderr = std::io::stderr().lock();
    for (flag, value, known) in industry.chain(regions) {
        if let Some(hint) = crate::load::profile::vocabulary_hint(value, known) {
            let warning = i18n::command::audience_outside_vocabulary(lang, flag, hint.get(lang));
            let _ = writeln!(stderr, "{}", escape_control(&warning));
        }
    }
}

/// Prints warnings (and other diagnostics) to stderr, a line each, escaped by the diagnostic.
pub(crate) fn print_diagnostics<'a>(
    diagnostics: impl Iterator<Item = &'a crate::load::diag::Diagnostic>,
    lang: Lang,
) {
    // Buffered: a file may draw thousands of warnings (a long list of unknown words).
    let mut stderr = std::io::BufWriter::new(std::io::stderr().lock());
    for diagnostic in diagnostics {
        let _ = writeln!(stderr, "{}", diagnostic.render(lang));
    }
    let _ = stderr.flush();
}

/// Prints lines (already escaped) to stderr.
fn print_lines(lines: impl Iterator<Item = String>) {
    let mut stderr = std::io::BufWriter::new(std::io::stderr().lock());
    for line in lines {
        let _ = writeln!(stderr, "{line}");
    }
    let _ = stderr.flush();
}

pub(crate) fn parse_date_arg(text: &str) -> Result<Date, String> {
    crate::load::tree::parse_date(text).map_err(|problem| problem.to_string())
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

/// Keeps the `--vendor` ids, in the order given (an id given twice counts once); an unknown
/// id is an error that suggests the closest known one.
pub(crate) fn keep_vendors(
    profiles: Vec<Profile>,
    ids: &[String],
    lang: Lang,
) -> anyhow::Result<Vec<Profile>> {
    if ids.is_empty() {
        return Ok(profiles);
    }
    let mut by_id: std::collections::HashMap<String, Profile> =
        profiles.into_iter().map(|p| (p.id.clone(), p)).collect();
    let mut chosen = Vec::new();
    for id in ids {
        match by_id.remove(id) {
            Some(profile) => chosen.push(profile),
            None if chosen.iter().any(|p: &Profile| &p.id == id) => {}
            None => {
                let mut known: Vec<&str> = by_id.keys().map(String::as_str).collect();
                known.extend(chosen.iter().map(|p| p.id.as_str()));
                known.sort_unstable();
                let closest = crate::util::suggest::closest(id, known.iter().copied());
                bail!(i18n::no_such_vendor(lang, id, closest, &known.join(", ")));
            }
        }
    }
    Ok(chosen)
}

#[cfg(test)]
mod escape_tests {
    use super::*;
    use crate::load::diag::{Diagnostics, Severity};

    #[test]
    fn the_error_message_escapes_every_cause_and_keeps_a_load_failure_a_line_per_problem() {
        let mut all = Diagnostics::of(Diagnostics::file_error(
            std::path::Path::new("v/a\u{1b}[2J.toml"),
            i18n::Text::new(|_| "bad\nvalue".into()),
        ));
        all.push(crate::load::diag::Diagnostic {
            severity: Severity::Warning,
            ..Diagnostics::file_error(
                std::path::Path::new("v/b.toml"),
                i18n::Text::new(|_| "odd\u{9b}".into()),
            )
        });
        let failure = anyhow::Error::new(all.into_result().unwrap_err());
        let error = failure.context("cannot load v/\u{1b}]0;t\u{7}\n");
        let message = error_message(&error, Lang::En);
        let lines: Vec<&str> = message.lines().collect();
        assert_eq!(lines.len(), 3, "{message}");
        assert!(
            lines[0].starts_with("cannot load v/\\u{1b}]0;t\\u{7}\\n: 1 error in 1 file"),
            "{message}"
        );
        assert_eq!(lines[1], "  v/a\\u{1b}[2J.toml: error: bad\\nvalue");
        assert_eq!(lines[2], "  v/b.toml: warning: odd\\u{9b}");
    }

    #[test]
    fn a_usage_error_about_an_argument_with_controls_is_refused() {
        let args = ["sdkvet", "evaluate", "--format", "\u{1b}[2J"];
        let result = parse_from(args.iter().map(OsString::from).collect());
        assert_eq!(result.err(), Some(ExitCode::from(2)));
    }
}
