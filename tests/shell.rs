//! `sdkvet completions SHELL` and `sdkvet man` (SPEC §12): snapshots of what a user installs,
//! the pages written by `man --output DIR`, and `--lang` accepted and ignored by both.

use assert_cmd::Command;
use std::path::Path;

/// `sdkvet` run inside `dir`, with a fixed, colourless environment.
fn sdkvet_in(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("sdkvet").unwrap();
    cmd.current_dir(dir)
        .env("NO_COLOR", "1")
        .env("LANG", "C")
        .env_remove("LC_ALL");
    cmd
}

fn stdout_of(args: &[&str]) -> String {
    let output = sdkvet_in(Path::new(env!("CARGO_MANIFEST_DIR")))
        .args(args)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.stderr.is_empty(), "{args:?} wrote to stderr");
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn completion_scripts_for_every_shell() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let script = stdout_of(&["completions", shell]);
        for command in ["evaluate", "checklist", "report", "completions", "man"] {
            assert!(script.contains(command), "{shell} lacks {command}");
        }
        insta::assert_snapshot!(format!("completions_{shell}"), script);
    }
}

#[test]
fn completions_and_man_accept_and_ignore_lang() {
    for lang in ["en", "zh"] {
        assert_eq!(
            stdout_of(&["completions", "fish", "--lang", lang]),
            stdout_of(&["completions", "fish"])
        );
        assert_eq!(stdout_of(&["man", "--lang", lang]), stdout_of(&["man"]));
    }
}

#[test]
fn an_unknown_shell_is_a_usage_error() {
    sdkvet_in(Path::new(env!("CARGO_MANIFEST_DIR")))
        .args(["completions", "tcsh"])
        .assert()
        .code(2);
}

#[test]
fn man_page_of_sdkvet() {
    let page = stdout_of(&["man"]);
    assert!(page.starts_with(".ie \\n(.g .ds Aq \\(aq"), "{page}");
    assert!(page.contains(".TH sdkvet 1"), "{page}");
    insta::assert_snapshot!("man_sdkvet", page);
}

#[test]
fn man_output_writes_one_page_per_command() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("man/man1");
    stdout_of(&["man", "--output", out.to_str().unwrap()]);
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let expected_commands = [
        "checklist",
        "completions",
        "evaluate",
        "init",
        "interview",
        "man",
        "new",
        "report",
        "validate",
    ];
    for command in expected_commands {
        assert!(
            names.contains(&format!("sdkvet-{command}.1")),
            "{command}: {names:?}"
        );
    }
    assert!(names.contains(&"sdkvet.1".to_string()), "{names:?}");
    // Nested commands get their own page too.
    for nested in ["sdkvet-trial-add.1", "sdkvet-trial-update.1"] {
        assert!(names.contains(&nested.to_string()), "{names:?}");
    }
    assert!(!names.iter().any(|n| n.contains("help")), "{names:?}");
    let top = std::fs::read_to_string(out.join("sdkvet.1")).unwrap();
    assert_eq!(top, stdout_of(&["man"]));
    let evaluate = std::fs::read_to_string(out.join("sdkvet-evaluate.1")).unwrap();
    assert!(
        evaluate.contains(".TH sdkvet-evaluate 1  \"sdkvet 0.1.0\""),
        "{evaluate}"
    );
    assert!(evaluate.contains("\\-\\-explain"), "{evaluate}");
    insta::assert_snapshot!("man_sdkvet_evaluate", evaluate);
}

#[test]
fn man_output_onto_a_file_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("taken");
    std::fs::write(&file, "x").unwrap();
    sdkvet_in(dir.path())
        .args(["man", "--output", "taken"])
        .assert()
        .code(1);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "x");
}
