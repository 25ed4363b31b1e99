//! The interview in a real pseudo-terminal: keys in, answers on disk, Ctrl-C exits 130; the
//! profile changed, locked, linked, CRLF, read-only, removed or full while a question waits.
#![cfg(unix)]

use expectrl::session::OsSession;
use expectrl::{ControlCode, Expect, Session};
use std::path::Path;
use std::time::Duration;

const PROFILE: &str = "# Acme, from the sales call.\nname = \"Acme\" # display name\n";
const DOWN: &str = "\x1b[B";

#[test]
fn answers_prompts_with_keys_and_keeps_them_after_ctrl_c() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("acme.toml");
    std::fs::write(&file, PROFILE).unwrap();
    let mut command = std::process::Command::new(assert_cmd::cargo::cargo_bin("sdkvet"));
    command
        .current_dir(dir.path())
        .args([
            "interview",
            "acme.toml",
            "--as-of",
            "2026-11-21",
            "--no-sources",
            "--lang",
            "en",
        ])
        .env("NO_COLOR", "1")
        .env("TERM", "xterm");
    let mut session = Session::spawn(command).unwrap();
    session.set_expect_timeout(Some(Duration::from_secs(30)));

    // No ./scorecards here: the bundled `default` preset orders the questions (stderr says
    // so): critical first response, coverage, dedicated engineer, docs date, industries, availability…
    session.expect("bundled preset `default`").unwrap();
    session.expect("1/").unwrap();
    session.expect("Enter or - to skip").unwrap();
    session.send("30\r").unwrap();
    session.expect("to skip: 30").unwrap();
    session.expect("2/").unwrap();
    session.expect("skip (leave unknown)").unwrap();
    session.send(DOWN).unwrap();
    session.send("\r").unwrap();
    session.expect("Answer: 24x7").unwrap();
    session.expect("3/").unwrap();
    session.send("\r").unwrap();
    session.expect("4/").unwrap();
    session.expect("Enter or - to skip").unwrap();
    session.send("-\r").unwrap();
    session.expect("5/").unwrap();
    session.expect("space to tick").unwrap();
    session.send(" ").unwrap();
    session.send("\r").unwrap();
    session.expect("other values").unwrap();
    session.send("\r").unwrap();
    session.expect("6/").unwrap();
    session.expect("Enter or - to skip").unwrap();
    session.send(ControlCode::EndOfText).unwrap();
    session
        .expect("Interrupted: 3 answers saved in acme.toml.")
        .unwrap();

    let status = session.get_process().wait().unwrap();
    assert!(
        format!("{status:?}").ends_with(", 130)"),
        "exit status {status:?}"
    );
    let text = std::fs::read_to_string(&file).unwrap();
    assert_eq!(
        text,
        "# Acme, from the sales call.\nname = \"Acme\" # display name\n\n[support]\ncoverage = \"24x7\"\n\n[support.first_response]\ncritical = 30\n\n[sources]\n\"support.first_response.critical\" = { source = \"interview\", checked = 2026-11-21 }\n\"support.coverage\" = { source = \"interview\", checked = 2026-11-21 }\n\"fit.industries\" = { source = \"interview\", checked = 2026-11-21 }\n\n[fit]\nindustries = [\"social\"]\n"
    );
    assert!(!text.contains("as_of"), "the interview never sets as_of");
}

// ---- SPEC §6: the file on disk while the interview waits

/// A scorecard with one criterion: its unknown fact, `sla.availability`, is asked first, then
/// the other unknown facts in the bank's order (`plan` first for a profile with a name only).
const CARD: &str = "[criteria.availability]\nweight = 1\n";

/// `sdkvet ARGS… --scorecard card.toml --as-of … --no-sources --lang en` in a pseudo-terminal,
/// run in `dir`, where `card.toml` is [`CARD`].
fn spawn(dir: &Path, args: &[&str]) -> OsSession {
    std::fs::write(dir.join("card.toml"), CARD).unwrap();
    let mut command = std::process::Command::new(assert_cmd::cargo::cargo_bin("sdkvet"));
    command
        .current_dir(dir)
        .args(args)
        .args(["--scorecard", "card.toml", "--as-of", "2026-11-21"])
        .args(["--no-sources", "--lang", "en"])
        .env("NO_COLOR", "1")
        .env("TERM", "xterm");
    let mut session = Session::spawn(command).unwrap();
    session.set_expect_timeout(Some(Duration::from_secs(30)));
    session
}

fn assert_exit(session: &mut OsSession, code: i32) {
    let status = session.get_process().wait().unwrap();
    assert!(
        format!("{status:?}").ends_with(&format!(", {code})")),
        "exit status {status:?}, expected {code}"
    );
}

/// Waits for the first question: availability, a number.
fn expect_availability_question(session: &mut OsSession) {
    session.expect("1/").unwrap();
    session.expect("What service availability").unwrap();
    session.expect("Enter or - to skip").unwrap();
}

/// What answering 99.9 adds to a profile without an `[sla]` table: the value, and its
/// `[sources]` entry checked today.
const AVAILABILITY: &str = "\n[sla]\navailability = 99.9\n\n[sources]\n\"sla.availability\" = { source = \"interview\", checked = 2026-11-21 }\n";

/// Answers the availability question with 99.9, waits for the next one (the answer is saved
/// by then), and interrupts: exit 130.
fn answer_availability_then_interrupt(session: &mut OsSession) {
    session.send("99.9\r").unwrap();
    session.expect("2/").unwrap();
    session.expect("Which paid support plan").unwrap();
    session.expect("Enter or - to skip").unwrap();
    interrupt(session, "Interrupted: 1 answer saved");
    assert_exit(session, 130);
}

/// Ctrl-C at the prompt on screen, until `said` shows: a Ctrl-C that arrives before the prompt
/// reads keys is swallowed by the handler that keeps the process alive, so it is sent again.
fn interrupt(session: &mut OsSession, said: &str) {
    session.set_expect_timeout(Some(Duration::from_secs(3)));
    for _ in 0..10 {
        session.send(ControlCode::EndOfText).unwrap();
        if session.expect(said).is_ok() {
            session.set_expect_timeout(Some(Duration::from_secs(30)));
            return;
        }
    }
    panic!("`{said}` never came after Ctrl-C");
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn an_edit_made_while_a_question_waits_is_kept_and_the_answer_applied_to_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("acme.toml");
    std::fs::write(&file, "name = \"Acme\"\n").unwrap();
    let mut session = spawn(dir.path(), &["interview", "acme.toml"]);
    expect_availability_question(&mut session);
    std::fs::write(&file, "# reviewed by hand\nname = \"Acme Inc\"\n").unwrap();
    answer_availability_then_interrupt(&mut session);
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        format!("# reviewed by hand\nname = \"Acme Inc\"\n{AVAILABILITY}")
    );
}

#[test]
fn a_second_interview_of_the_same_profile_is_refused_and_no_answer_is_lost() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("acme.toml");
    std::fs::write(&file, "name = \"Acme\"\n").unwrap();
    let mut first = spawn(dir.path(), &["interview", "acme.toml"]);
    expect_availability_question(&mut first);
    let mut second = spawn(dir.path(), &["interview", "acme.toml"]);
    let refusal = second.expect("acme.toml is busy").unwrap();
    assert!(!String::from_utf8_lossy(refusal.before()).contains("1/"));
    assert_exit(&mut second, 1);
    answer_availability_then_interrupt(&mut first);
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        format!("name = \"Acme\"\n{AVAILABILITY}")
    );
    assert_eq!(
        files_in(dir.path()),
        ["acme.toml", "card.toml"],
        "the lock file is gone"
    );
}

#[test]
fn a_linked_profile_gets_the_answer_at_its_target_and_stays_a_link() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("shared")).unwrap();
    let target = dir.path().join("shared/acme.toml");
    std::fs::write(&target, "name = \"Acme\"\n").unwrap();
    let link = dir.path().join("acme.toml");
    std::os::unix::fs::symlink("shared/acme.toml", &link).unwrap();
    let mut session = spawn(dir.path(), &["interview", "acme.toml"]);
    expect_availability_question(&mut session);
    answer_availability_then_interrupt(&mut session);
    assert!(link.symlink_metadata().unwrap().file_type().is_symlink());
    assert_eq!(
        std::fs::read_to_string(&target).unwrap(),
        format!("name = \"Acme\"\n{AVAILABILITY}")
    );
    assert_eq!(files_in(&dir.path().join("shared")), ["acme.toml"]);
}

#[test]
fn a_crlf_profile_stays_crlf() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("acme.toml");
    std::fs::write(&file, "# Acme\r\nname = \"Acme\" # shown\r\n").unwrap();
    let mut session = spawn(dir.path(), &["interview", "acme.toml"]);
    expect_availability_question(&mut session);
    answer_availability_then_interrupt(&mut session);
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        format!(
            "# Acme\r\nname = \"Acme\" # shown\r\n{}",
            AVAILABILITY.replace('\n', "\r\n")
        )
    );
}

#[test]
fn editing_a_list_keeps_the_comments_of_its_items() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("acme.toml");
    let head = "name = \"Acme\"\nplan = \"Gold\"\nwebsite = \"https://acme.example\"\n";
    let products = "products = [\n  \"rtc\", # the SDK we buy\n  \"im\", # chat, maybe later\n  \"custom-thing\", # our own word\n]\n";
    std::fs::write(&file, format!("{head}{products}")).unwrap();
    let mut session = spawn(dir.path(), &["interview", "acme.toml", "--all"]);
    session.expect("What service availability").unwrap();
    session.send("\r").unwrap();
    // Known facts: the menu's first choice, keep, is the default.
    for field in ["(now: Acme)", "(now: Gold)", "(now: https://acme.example)"] {
        session.expect(field).unwrap();
        session.expect("change it").unwrap();
        session.send("\r").unwrap();
    }
    session.expect("(now: rtc, im, custom-thing)").unwrap();
    session.expect("change it").unwrap();
    for key in [DOWN, DOWN, "\r"] {
        session.send(key).unwrap();
    }
    session.expect("space to tick").unwrap();
    // Untick `im`, tick `live-streaming`.
    for key in [DOWN, " ", DOWN, " ", "\r"] {
        session.send(key).unwrap();
    }
    session.expect("other values").unwrap();
    session.send("\r").unwrap();
    session.expect("6/").unwrap();
    interrupt(&mut session, "Interrupted: 1 answer saved");
    assert_exit(&mut session, 130);
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        format!("{head}products = [\n  \"rtc\", # the SDK we buy\n  \"custom-thing\", # our own word\n  \"live-streaming\",\n]\n\n[sources]\nproducts = {{ source = \"interview\", checked = 2026-11-21 }}\n")
    );
}

#[test]
fn a_read_only_profile_is_refused_before_the_first_question() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("acme.toml");
    std::fs::write(&file, PROFILE).unwrap();
    // Read-only by its mode bits, which sdkvet respects even when run as root.
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o444)).unwrap();
    let mut session = spawn(dir.path(), &["interview", "acme.toml"]);
    let refusal = session.expect("acme.toml is read-only").unwrap();
    assert!(!String::from_utf8_lossy(refusal.before()).contains("1/"));
    assert_exit(&mut session, 1);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), PROFILE);
    assert_eq!(files_in(dir.path()), ["acme.toml", "card.toml"]);
}

#[test]
fn a_profile_removed_while_a_question_waits_stops_the_interview_and_is_not_re_created() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("acme.toml");
    std::fs::write(&file, "name = \"Acme\"\n").unwrap();
    let mut session = spawn(dir.path(), &["interview", "acme.toml"]);
    expect_availability_question(&mut session);
    std::fs::remove_file(&file).unwrap();
    session.send("99.9\r").unwrap();
    session.expect("acme.toml was removed or renamed").unwrap();
    assert_exit(&mut session, 1);
    assert_eq!(files_in(dir.path()), ["card.toml"]);
}

#[test]
fn an_answer_that_would_pass_the_size_limit_is_refused_and_the_file_stays() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("acme.toml");
    let limit = 1024 * 1024;
    let mut text = String::from("name = \"Acme\"\n");
    text.push_str(&"#".repeat(limit - text.len() - 1));
    text.push('\n');
    assert_eq!(text.len(), limit, "the largest profile the loader reads");
    std::fs::write(&file, &text).unwrap();
    let mut session = spawn(dir.path(), &["interview", "acme.toml"]);
    expect_availability_question(&mut session);
    session.send("99.9\r").unwrap();
    session.expect("larger than 1024 KiB").unwrap();
    assert_exit(&mut session, 1);
    assert!(std::fs::read_to_string(&file).unwrap() == text);
}

#[test]
fn new_writes_a_hostile_folder_name_into_its_comment_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let folder = "v\nsupport.coverage = \"24x7\"\n#";
    let mut session = spawn(dir.path(), &["new", "acme", "--vendors", folder]);
    session.expect("1/2").unwrap();
    session.send("Acme\r").unwrap();
    session.expect("2/2").unwrap();
    session.send("\r").unwrap();
    expect_availability_question(&mut session);
    interrupt(&mut session, "Interrupted: 0 answers saved");
    assert_exit(&mut session, 130);
    let text = std::fs::read_to_string(dir.path().join(folder).join("acme.toml")).unwrap();
    let profile: toml::Table = text.parse().unwrap();
    assert_eq!(
        profile.keys().collect::<Vec<_>>(),
        ["name", "sources"],
        "{text}"
    );
    assert!(
        text.contains("name = { source = \"interview\", checked = 2026-11-21 }"),
        "the name was answered: {text}"
    );
    assert!(text.contains("`sdkvet interview v\\nsupport.coverage = \"24x7\"\\n#/acme.toml`"));
}

// ---- SPEC §6: keep, confirm or change; checked dates; --field; no date after today

#[test]
fn field_asks_exactly_those_refuses_a_future_date_and_confirming_marks_checked() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("acme.toml");
    let text = "name = \"Acme\"\nas_of = 2025-01-01\n[sla]\navailability = 99.9 # sales deck\n[sources]\n\"sla.availability\" = \"deck\"\n";
    std::fs::write(&file, text).unwrap();
    let args = ["interview", "acme.toml", "--field", "docs.last_updated"];
    let mut session = spawn(
        dir.path(),
        &[
            &args[..],
            &["--field", "sla.availability", "--field", "name"],
        ]
        .concat(),
    );
    session.expect("1/3").unwrap();
    session.expect("When were the developer docs").unwrap();
    session.send("2026-11-22\r").unwrap();
    session.expect("is after today (2026-11-21)").unwrap();
    session.send("\x15").unwrap(); // Ctrl-U: clear the refused line
    session.send("2026-11-20\r").unwrap();
    session.expect("2/3").unwrap();
    session.expect("What service availability").unwrap();
    session.expect("change it").unwrap();
    session.send(DOWN).unwrap();
    session.send("\r").unwrap(); // confirm
    session.expect("Answer: confirm").unwrap();
    session.expect("3/3").unwrap();
    session.expect("(now: Acme)").unwrap();
    session.expect("change it").unwrap();
    session.send("\r").unwrap(); // keep
    session.expect("2 answers saved").unwrap();
    assert_exit(&mut session, 0);
    let after = std::fs::read_to_string(&file).unwrap();
    assert_eq!(
        after,
        "name = \"Acme\"\nas_of = 2025-01-01\n[sla]\navailability = 99.9 # sales deck\n[sources]\n\"sla.availability\" = { source = \"deck\", checked = 2026-11-21 }\n\"docs.last_updated\" = { source = \"interview\", checked = 2026-11-21 }\n\n[docs]\nlast_updated = 2026-11-20\n",
        "as_of untouched; name kept and not marked"
    );
}

#[test]
fn an_unknown_field_is_a_usage_error_with_did_you_mean() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("acme.toml"), "name = \"Acme\"\n").unwrap();
    let mut session = spawn(
        dir.path(),
        &["interview", "acme.toml", "--field", "sla.availabilty"],
    );
    session
        .expect("--field `sla.availabilty` is not a profile field the interview asks about; did you mean `sla.availability`?")
        .unwrap();
    assert_exit(&mut session, 2);
}
