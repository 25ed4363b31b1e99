//! `sdkvet interview VENDOR_FILE`: ask a profile's open questions in the terminal and write
//! each answer into the file at once. The file is checked (it exists, loads, may be written,
//! is not being edited by another sdkvet) before a terminal is needed.

use super::{CardArgs, LangArg, UsageError};
use crate::ask::edit::ProfileEditor;
use crate::ask::interview::{self, Options, Outcome, Selection};
use crate::ask::terminal::TerminalPrompter;
use crate::i18n::{self, evidence, Lang, Msg};
use crate::model::profile::Profile;
use crate::model::question::Question;
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
    pub(super) shared: InterviewArgs,
    /// Ask every question, not only the unknown, stale and unconfirmed facts
    #[arg(long, conflicts_with = "fields")]
    all: bool,
    /// Ask about exactly this profile field (repeatable), e.g. sla.availability
    #[arg(long = "field", value_name = "PATH")]
    fields: Vec<String>,
}

impl Args {
    /// Which questions to ask; a `--field` the interview does not ask about is a usage error.
    fn selection(&self) -> Result<Selection, UsageError> {
        if self.all {
            return Ok(Selection::All);
        }
        if self.fields.is_empty() {
            return Ok(Selection::Open);
        }
        let askable: Vec<&str> = interview::askable_fields().collect();
        if let Some(unknown) = self.fields.iter().find(|f| !askable.contains(&f.as_str())) {
            let closest = crate::util::suggest::closest(unknown, askable.iter().copied());
            let lang = self.shared.lang();
            return Err(UsageError(evidence::unknown_interview_field(
                lang, unknown, closest,
            )));
        }
        let mut fields = self.fields.clone();
        let mut seen = std::collections::BTreeSet::new();
        fields.retain(|field| seen.insert(field.clone()));
        Ok(Selection::Fields(fields))
    }
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

    pub(super) fn today(&self) -> Date {
        self.card.as_of()
    }

    /// The scorecard that decides which unknowns matter most (`./scorecards/NAME.toml`, else
    /// the bundled preset).
    fn scorecard(&self) -> Result<Option<Scorecard>> {
        let lang = self.lang();
        let source = discover::resolve_scorecard(self.card.scorecard(lang)?)?;
        let (card, diagnostics) = source.load(&self.card.audience());
        let warnings = diagnostics.into_result()?;
        super::print_diagnostics(warnings.iter(), lang);
        super::print_audience_warnings(&self.card, lang);
        Ok(card)
    }
}

pub fn run(args: Args) -> Result<ExitCode> {
    let selection = args.selection()?;
    let session = Session::prepare(&args.file, &args.shared, &selection)?;
    if session.report_nothing_to_ask() {
        return Ok(ExitCode::SUCCESS);
    }
    let mut prompter = TerminalPrompter::new(args.shared.lang(), Msg::NotATerminal)?;
    session.run(&mut prompter)
}

/// Loads a profile, failing with every problem and printing its warnings (dates after
/// `today` among them).
pub(super) fn load(path: &Path, today: Date, lang: Lang) -> Result<Profile> {
    let (profile, warnings) = load_quietly(path, Some(today))?;
    super::print_diagnostics(warnings.iter(), lang);
    Ok(profile)
}

/// Loads a profile, failing with every problem; the warnings are returned.
fn load_quietly(
    path: &Path,
    today: Option<Date>,
) -> Result<(Profile, crate::load::diag::Diagnostics)> {
    let (profile, diagnostics) = discover::load_profile_file(path, today);
    let warnings = diagnostics.into_result()?;
    Ok((profile.context("the profile did not load")?, warnings))
}

/// A profile ready to be interviewed: held for editing (checked and locked), loaded, and its
/// questions planned. The lock is released when the session ends.
pub(super) struct Session<'a> {
    editor: ProfileEditor,
    profile: Profile,
    card: Option<Scorecard>,
    questions: Vec<Question>,
    args: &'a InterviewArgs,
}

impl<'a> Session<'a> {
    /// Opens the profile at `path` for editing, loads it and the scorecard, plans the questions.
    pub(super) fn prepare(
        path: &Path,
        args: &'a InterviewArgs,
        selection: &Selection,
    ) -> Result<Session<'a>> {
        let editor = ProfileEditor::open(path, args.lang())?;
        let profile = load(path, args.today(), args.lang())?;
        let card = args.scorecard()?;
        let questions = interview::plan(&profile, card.as_ref(), args.today(), selection);
        Ok(Session {
            editor,
            profile,
            card,
            questions,
            args,
        })
    }

    /// When every fact is known already, says so on stderr and returns true.
    pub(super) fn report_nothing_to_ask(&self) -> bool {
        if !self.questions.is_empty() {
            return false;
        }
        let path = self.editor.path().display();
        let _ = writeln!(
            std::io::stderr(),
            "{}",
            i18n::nothing_to_ask(self.args.lang(), path)
        );
        true
    }

    /// Runs the interview and reports the outcome and the new score.
    pub(super) fn run(mut self, prompter: &mut TerminalPrompter) -> Result<ExitCode> {
        let (lang, today) = (self.args.lang(), self.args.today());
        let options = Options {
            lang,
            today,
            ask_sources: !self.args.no_sources,
        };
        let outcome = interview::run(
            &mut self.editor,
            &self.profile,
            &self.questions,
            prompter,
            options,
        )?;
        let path = self.editor.path();
        if outcome.interrupted {
            prompter.restore();
            let message = i18n::interrupted(lang, outcome.answered, path.display());
            let _ = writeln!(std::io::stderr(), "\n{message}");
            return Ok(ExitCode::from(INTERRUPTED));
        }
        report(
            path,
            &self.profile,
            self.card.as_ref(),
            today,
            &outcome,
            lang,
        )?;
        Ok(ExitCode::SUCCESS)
    }
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
        let (after, _) = load_quietly(path, None)?;
        let old = crate::decide::evaluate(std::slice::from_ref(before), card, today)
            .vendors
            .remove(0);
        let new = crate::decide::evaluate(std::slice::from_ref(&after), card, today)
            .vendors
            .remove(0);
        let vendor = crate::render::text::escape_control(&crate::i18n::report::name_and_plan(
            new.name, new.plan,
        ));
        text.push_str(&i18n::score_change(
            lang,
            &vendor,
            &card.name,
            (old.score, new.score),
            i18n::report::status(new.status, lang),
            (old.confidence, new.confidence),
        ));
        text.push('\n');
    }
    output::write_stdout(text.as_bytes())
}
