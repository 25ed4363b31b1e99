//! The interview in a real pseudo-terminal: keys in, answers on disk, Ctrl-C exits 130.
#![cfg(unix)]

use expectrl::{ControlCode, Expect, Session};
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
    session.expect("2/").unwrap();
    session.expect("skip (leave unknown)").unwrap();
    session.send(DOWN).unwrap();
    session.send("\r").unwrap();
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
        "# Acme, from the sales call.\nname = \"Acme\" # display name\n\n[support]\ncoverage = \"24x7\"\n\n[support.first_response]\ncritical = 30\n\n[fit]\nindustries = [\"social\"]\n"
    );
}
