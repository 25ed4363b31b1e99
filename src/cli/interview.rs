//! `sdkvet interview VENDOR_FILE`: ask a profile's open questions in the terminal and write
//! each answer into the file at once.

use super::{CardArgs, LangArg};
use crate::ask::interview::{self, Options, Outcome};
use crate::ask::terminal::TerminalPrompter;
use crate::i18n::{self, Lang};
use crate::model::profile::Profile;
use crate::model::scorecard::Scorecard;
use crate::{load::discover, output};
use anyhow::{Context, Result};
use jiff::civil::Date;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Exit code after Ctrl-C (128 + SIGINT).
pub const INTERRUPTED: u8 = 130;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The vendor profile to fill in (e.g. vendors/acme-enterprise.toml)
    #[arg(value_name = "VENDOR_FILE")]
    file: PathBuf,
    #[command(flatten)]
    shared: InterviewArgs,
    /// Ask every question, with the current value as default, not only the unknown facts
    #[arg(long)]
    all: bool,
}

/// Options shared by `interview` and `new`.
#[derive(Debug, clap::Args)]
pub struct InterviewArgs {
    #[command(flatten)]
    card: CardArgs,
    #[command(flatten)]
    lang: LangArg,
    /// Do not ask where each answer came from
    #[arg(long)]
    no_sources: bool,
}

impl InterviewArgs {
    pub(super) fn lang(&self) -> Lang {
        self.lang.resolve()
    }

    fn today(&self) -> Date {
        self.card.as_of()
    }

    /// The scorecard that decides which unknowns matter most (`./scorecards/NAME.toml`, else
    /// the bundled preset).
    fn scorecard(&self) -> Result<Option<Scorecard>> {
        let source = discover::resolve_scorecard(self.card.scorecard()?)?;
        let (card, diagnostics) = source.load(&self.card.audience());
        let warnings = diagnostics.into_result()?;
        super::print_diagnostics(warnings.iter());
        super::print_audience_warnings(&self.card);
        Ok(card)
    }
}

pub fn run(args: Args) -> Result<ExitCode> {
    let mut prompter = TerminalPrompter::new(args.shared.lang())?;
    interview_file(&args.file, &args.shared, args.all, &mut prompter)
}

/// Loads a profile, failing with every problem and printing its warnings.
pub(super) fn load(path: &Path) -> Result<Profile> {
    let (profile, warnings) = load_quietly(path)?;
    super::print_diagnostics(warnings.iter());
    Ok(profile)
}

/// Loads a profile, failing with every problem; the warnings are returned.
fn load_quietly(path: &Path) -> Result<(Profile, crate::load::diag::Diagnostics)> {
    let (profile, diagnostics) = discover::load_profile_file(path);
    let warnings = diagnostics.into_result()?;
    Ok((profile.context("the profile did not load")?, warnings))
}

/// Runs the interview on a file and reports the outcome and the new score.
pub(super) fn interview_file(
    path: &Path,
    args: &InterviewArgs,
    all: bool,
    prompter: &mut TerminalPrompter,
) -> Result<ExitCode> {
    let profile = load(path)?;
    let card = args.scorecard()?;
    let today = args.today();
    let questions = interview::plan(&profile, card.as_ref(), today, all);
    let mut stderr = std::io::stderr();
    let lang = args.lang();
    if questions.is_empty() {
        let _ = writeln!(stderr, "{}", i18n::nothing_to_ask(lang, path.display()));
        return Ok(ExitCode::SUCCESS);
    }
    let options = Options {
        lang,
        today,
        ask_sources: !args.no_sources,
    };
    let outcome = interview::run(path, &profile, &questions, prompter, options)?;
    if outcome.interrupted {
        prompter.restore();
        let _ = writeln!(
            stderr,
            "\n{}",
            i18n::interrupted(lang, outcome.answered, path.display())
        );
        return Ok(ExitCode::from(INTERRUPTED));
    }
    report(path, &profile, card.as_ref(), today, &outcome, lang)?;
    Ok(ExitCode::SUCCESS)
}

/// Prints what changed and the vendor's score before and after under the scorecard.
fn report(
    path: &Path,
    before: &Profile,
    card: Option<&Scorecard>,
    today: Date,
    outcome: &Outcome,
    lang: Lang,
) -> Result<()> {
    let mut text = format!(
        "\n{}\n",
        i18n::saved(lang, outcome.answered, path.display())
    );
    if let Some(card) = card {
        let (after, _) = load_quietly(path)?;
        let old = crate::decide::evaluate(std::slice::from_ref(before), card, today)
            .vendors
            .remove(0);
        let new = crate::decide::evaluate(std::slice::from_ref(&after), card, today)
            .vendors
            .remove(0);
        let vendor = crate::render::text::escape_control(&format!("{} · {}", new.name, new.plan));
        text.push_str(&i18n::score_change(
            lang,
            &vendor,
            &card.name,
            (old.score, new.score),
            new.status.as_str(),
            (old.confidence, new.confidence),
        ));
        text.push('\n');
    }
    output::write_stdout(text.as_bytes())
}
