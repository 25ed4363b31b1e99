//! Tests of the interview with a scripted prompter: what is asked, in what order, and what
//! is written to the profile.

use super::*;
use crate::ask::edit::ProfileEditor;
use crate::load::scorecard::load_scorecard;
use crate::load::source::SourceFile;
use crate::model::scorecard::Audience;
use jiff::civil::date;
use std::collections::VecDeque;
use std::path::Path;

const TODAY: Date = date(2026, 11, 21);

/// Replies from a script; when the script runs out it behaves like Ctrl-C.
struct Scripted {
    replies: VecDeque<Reply>,
    sources: VecDeque<Option<String>>,
    asked: Vec<String>,
    rejected: Vec<String>,
}

impl Scripted {
    fn new(replies: Vec<Reply>) -> Scripted {
        Scripted {
            replies: replies.into(),
            sources: VecDeque::new(),
            asked: Vec::new(),
            rejected: Vec::new(),
        }
    }
}

impl Prompter for Scripted {
    fn ask(
        &mut self,
        progress: &str,
        question: &str,
        prompt: Prompt,
    ) -> Result<Reply, PromptError> {
        self.asked.push(format!("{progress} {question}"));
        loop {
            let reply = self.replies.pop_front().ok_or(PromptError::Interrupted)?;
            if let (Prompt::Line { check, .. }, Reply::Line(text)) = (&prompt, &reply) {
                if let Err(problem) = check(text) {
                    self.rejected.push(problem);
                    continue;
                }
            }
            return Ok(reply);
        }
    }

    fn source(&mut self, _lang: Lang) -> Result<Option<String>, PromptError> {
        Ok(self.sources.pop_front().flatten())
    }
}

const PROFILE: &str = "# Acme, gathered by hand.\nname = \"Acme\"   # display name\n\n[support]\n# what sales told us\ncoverage = \"24x5\" # trailing comment\n\n[extra]\nnote = \"keep me\"\n";

fn write_profile(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("acme.toml");
    std::fs::write(&path, PROFILE).unwrap();
    path
}

fn load(path: &Path) -> Profile {
    let source = SourceFile::read(path).unwrap();
    let (profile, diagnostics) = crate::load::profile::load_profile(&source);
    assert!(
        !diagnostics.has_errors(),
        "{:?}",
        diagnostics
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
    );
    profile.unwrap()
}

fn editor(path: &Path) -> ProfileEditor {
    ProfileEditor::open(path, Lang::En).unwrap()
}

fn question(field: &str) -> Question {
    questions::for_field(field).unwrap().clone()
}

fn options(ask_sources: bool) -> Options {
    Options {
        lang: Lang::En,
        today: TODAY,
        ask_sources,
    }
}

fn interview(path: &Path, fields: &[&str], replies: Vec<Reply>) -> (Outcome, Scripted) {
    let profile = load(path);
    let questions: Vec<Question> = fields.iter().map(|f| question(f)).collect();
    let mut prompter = Scripted::new(replies);
    let outcome = run(
        &mut editor(path),
        &profile,
        &questions,
        &mut prompter,
        options(false),
    )
    .unwrap();
    (outcome, prompter)
}

#[test]
fn answers_are_written_with_their_toml_types() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_profile(dir.path());
    let fields = [
        "support.dedicated_engineer",
        "process.service_reports",
        "overseas.regions",
        "support.first_response.critical",
        "support.first_response.high",
        "docs.last_updated",
        "sla.availability",
    ];
    let replies = vec![
        Reply::YesNo(true),
        Reply::Choice(1),
        Reply::Multi {
            chosen: vec![5],
            extra: vec![" mars ".into(), "".into()],
        },
        Reply::Line("2 business hours".into()),
        Reply::Line("90".into()),
        Reply::Line("2026-10-15".into()),
        Reply::Line("99.95".into()),
    ];
    let (outcome, _) = interview(&path, &fields, replies);
    assert_eq!(
        outcome,
        Outcome {
            answered: 7,
            interrupted: false
        }
    );
    let text = std::fs::read_to_string(&path).unwrap();
    for expected in [
        "dedicated_engineer = true\n",
        "[process]\nservice_reports = \"quarterly\"\n",
        "[overseas]\nregions = [\"europe\", \"mars\"]\n",
        "[support.first_response]\ncritical = \"2 business hours\"\nhigh = 90\n",
        "[docs]\nlast_updated = 2026-10-15\n",
        "[sla]\navailability = 99.95\n",
        "\"sla.availability\" = { source = \"interview\", checked = 2026-11-21 }\n",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    let profile = load(&path);
    assert_eq!(profile.as_of(), None, "the interview never sets as_of");
    assert_eq!(profile.sources.len(), 7, "each answer is marked checked");
    assert!(!profile.is_stale("docs.last_updated", TODAY));
    assert_eq!(profile.fact("sla.availability"), Some(&Fact::Number(99.95)));
}

#[test]
fn comments_blank_lines_and_trailing_comments_survive_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_profile(dir.path());
    let profile = load(&path);
    let all = [question("support.coverage")];
    let mut prompter = Scripted::new(vec![Reply::Choice(2), Reply::Choice(0)]);
    run(
        &mut editor(&path),
        &profile,
        &all,
        &mut prompter,
        options(false),
    )
    .unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let expected = PROFILE.replace(
        "coverage = \"24x5\" # trailing comment",
        "coverage = \"24x7\" # trailing comment",
    )
        + "\n[sources]\n\"support.coverage\" = { source = \"interview\", checked = 2026-11-21 }\n";
    assert_eq!(text, expected);
}

#[test]
fn skipping_leaves_facts_absent_and_the_file_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_profile(dir.path());
    let fields = [
        "support.escalation_path",
        "support.channels",
        "support.resolution.critical",
        "process.service_reports",
    ];
    let replies = vec![
        Reply::Skip,
        Reply::Skip,
        Reply::Line("-".into()),
        Reply::Skip,
    ];
    let (outcome, _) = interview(&path, &fields, replies);
    assert_eq!(outcome.answered, 0);
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        PROFILE,
        "nothing answered, nothing written"
    );
}

#[test]
fn an_interruption_after_three_answers_keeps_exactly_those_three() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_profile(dir.path());
    let fields = [
        "support.escalation_path",
        "support.in_house",
        "sla.written",
        "sla.service_credits",
        "docs.faq",
    ];
    let replies = vec![Reply::YesNo(true), Reply::YesNo(false), Reply::YesNo(true)];
    let (outcome, prompter) = interview(&path, &fields, replies);
    assert_eq!(
        outcome,
        Outcome {
            answered: 3,
            interrupted: true
        }
    );
    assert_eq!(prompter.asked.len(), 4, "the fourth prompt was interrupted");
    let profile = load(&path);
    assert_eq!(
        profile.fact("support.escalation_path"),
        Some(&Fact::Bool(true))
    );
    assert_eq!(profile.fact("support.in_house"), Some(&Fact::Bool(false)));
    assert_eq!(profile.fact("sla.written"), Some(&Fact::Bool(true)));
    assert_eq!(profile.fact("sla.service_credits"), None);
    assert_eq!(profile.as_of(), None, "the interview never sets as_of");
}

#[cfg(unix)]
#[test]
fn file_permissions_are_kept() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = write_profile(dir.path());
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
    interview(&path, &["sla.written"], vec![Reply::YesNo(true)]);
    assert_eq!(
        std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
        0o640
    );
}

#[test]
fn invalid_lines_are_asked_again() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_profile(dir.path());
    let fields = [
        "support.first_response.low",
        "sla.availability",
        "docs.last_updated",
    ];
    let replies = vec![
        Reply::Line("soon".into()),
        Reply::Line("next business day".into()),
        Reply::Line("120".into()),
        Reply::Line("99.9".into()),
        Reply::Line("15/10/2026".into()),
        Reply::Line("2026-10-15".into()),
    ];
    let (outcome, prompter) = interview(&path, &fields, replies);
    assert_eq!(outcome.answered, 3);
    assert_eq!(prompter.rejected.len(), 3, "{:?}", prompter.rejected);
    assert!(
        prompter.rejected[1].contains("above the maximum 100"),
        "{:?}",
        prompter.rejected
    );
    assert!(std::fs::read_to_string(&path)
        .unwrap()
        .contains("low = \"next business day\"\n"));
}

#[test]
fn sources_are_recorded_when_given() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_profile(dir.path());
    let profile = load(&path);
    let mut prompter = Scripted::new(vec![Reply::YesNo(true), Reply::YesNo(true)]);
    prompter.sources = vec![Some("contract §4.2".to_string()), None].into();
    let questions = [question("sla.written"), question("sla.service_credits")];
    run(
        &mut editor(&path),
        &profile,
        &questions,
        &mut prompter,
        options(true),
    )
    .unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.contains(
            "[sources]\n\"sla.written\" = { source = \"contract §4.2\", checked = 2026-11-21 }\n"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "\"sla.service_credits\" = { source = \"interview\", checked = 2026-11-21 }\n"
        ),
        "{text}"
    );
}

#[test]
fn progress_is_shown() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_profile(dir.path());
    let (_, prompter) = interview(
        &path,
        &["sla.written", "docs.faq"],
        vec![Reply::Skip, Reply::Skip],
    );
    assert!(
        prompter.asked[0].starts_with("1/2 "),
        "{:?}",
        prompter.asked
    );
    assert!(prompter.asked[1].starts_with("2/2 ") && !prompter.asked[1].contains("docs.faq"));
}

#[test]
fn a_known_fact_is_quoted_in_words_never_as_its_file_key() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_profile(dir.path());
    let (_, prompter) = interview(&path, &["support.coverage"], vec![Reply::Skip]);
    assert!(
        prompter.asked[0].ends_with("(now: 24 hours, 5 days a week)"),
        "{:?}",
        prompter.asked
    );
    assert!(!prompter.asked[0].contains("support.coverage"));
}

fn card() -> Scorecard {
    let text = "[criteria.availability]\nweight = 5\n[criteria.response_sla]\nweight = 30\n[criteria.coverage]\nweight = 10\nrequire = \"24x7\"\n[criteria.escalation]\nweight = 20\nrequire = true\n";
    let source = SourceFile::from_text(Path::new("s.toml"), text.into());
    load_scorecard(&source, &Audience::default()).0.unwrap()
}

#[test]
fn unknown_facts_are_asked_in_checklist_order_then_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let profile = load(&write_profile(dir.path()));
    let order: Vec<String> = plan(&profile, Some(&card()), TODAY, &Selection::Open)
        .iter()
        .filter_map(|q| q.field.clone())
        .collect();
    assert_eq!(
        &order[..3],
        [
            "support.escalation_path",
            "support.first_response.critical",
            "sla.availability"
        ]
    );
    assert!(!order.iter().any(|f| f == "as_of"), "as_of is never asked");
    assert_eq!(
        order[order.len() - 2..],
        ["support.coverage", "name"],
        "known facts never checked (no as_of) come last, as stale"
    );
    assert_eq!(
        order.len(),
        crate::model::schema::FIELDS.len() - 1,
        "every other field is asked"
    );
    let bank_order: Vec<String> = plan(&profile, None, TODAY, &Selection::Open)
        .iter()
        .filter_map(|q| q.field.clone())
        .collect();
    assert_eq!(bank_order[0], "plan");
}

#[test]
fn all_asks_known_facts_and_keeping_them_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_profile(dir.path());
    let profile = load(&path);
    let questions = plan(&profile, Some(&card()), TODAY, &Selection::All);
    assert!(questions
        .iter()
        .any(|q| q.field.as_deref() == Some("support.coverage")));
    let coverage = [question("support.coverage"), question("name")];
    let mut prompter = Scripted::new(vec![Reply::Choice(0), Reply::Choice(0)]);
    let outcome = run(
        &mut editor(&path),
        &profile,
        &coverage,
        &mut prompter,
        options(false),
    )
    .unwrap();
    assert_eq!(outcome.answered, 0, "keeping changes nothing");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), PROFILE);
}

#[test]
fn confirming_keeps_the_value_and_marks_it_checked_today() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_profile(dir.path());
    let (outcome, prompter) = interview(&path, &["support.coverage"], vec![Reply::Choice(1)]);
    assert_eq!(outcome.answered, 1);
    assert!(prompter.asked[0].ends_with("(now: 24 hours, 5 days a week)"));
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        format!("{PROFILE}\n[sources]\n\"support.coverage\" = {{ source = \"interview\", checked = 2026-11-21 }}\n")
    );
}

#[test]
fn changing_to_a_new_value_writes_it_and_marks_it_checked() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_profile(dir.path());
    let replies = vec![Reply::Choice(2), Reply::Line("Acme Inc".into())];
    let (outcome, _) = interview(&path, &["name"], replies);
    assert_eq!(outcome.answered, 1);
    let profile = load(&path);
    assert_eq!(profile.name(), "Acme Inc");
    assert_eq!(profile.checked("name", TODAY), Some(TODAY));
    assert_eq!(profile.as_of(), None);
}

#[test]
fn dates_later_than_today_are_refused_at_the_prompt() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_profile(dir.path());
    let replies = vec![
        Reply::Line("2026-11-22".into()),
        Reply::Line("2026-11-21".into()),
    ];
    let (outcome, prompter) = interview(&path, &["docs.last_updated"], replies);
    assert_eq!(outcome.answered, 1);
    assert_eq!(
        prompter.rejected,
        ["2026-11-22 is after today (2026-11-21); a date in the future is not accepted"]
    );
    assert!(std::fs::read_to_string(&path)
        .unwrap()
        .contains("last_updated = 2026-11-21\n"));
}

#[test]
fn a_fresh_profile_asks_its_unknown_then_its_unconfirmed_facts_and_field_asks_exactly_those() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("acme.toml");
    let text = "name = \"Acme\"\nas_of = 2026-11-01\n[support]\ncoverage = \"24x5\"\n[sla]\navailability = 99.9\n[sources]\n\"sla.availability\" = { source = \"ad\", kind = \"marketing\" }\n";
    std::fs::write(&path, text).unwrap();
    let profile = load(&path);
    let fields = |selection: &Selection| -> Vec<String> {
        plan(&profile, Some(&card()), TODAY, selection)
            .iter()
            .filter_map(|q| q.field.clone())
            .collect()
    };
    let open = fields(&Selection::Open);
    assert_eq!(open.last().map(String::as_str), Some("sla.availability"));
    assert!(!open.iter().any(|f| f == "support.coverage" || f == "name"));
    let chosen = Selection::Fields(vec!["sla.written".into(), "support.coverage".into()]);
    assert_eq!(fields(&chosen), ["sla.written", "support.coverage"]);
}
