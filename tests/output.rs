//! `--output` (SPEC §2): a regular file is replaced atomically, a link's target is written and
//! the link kept, a FIFO or a character device is written to directly; a folder, a socket or
//! an input of the command is refused and nothing is written. Everything happens in a temp
//! folder holding a copy of the bundled data (written by `sdkvet init`), never in a real
//! system path.
#![cfg(unix)]

use assert_cmd::Command;
use predicates::prelude::*;
use std::os::unix::fs::{symlink, FileTypeExt};
use std::path::{Path, PathBuf};

mod common;
use common::{sdkvet_in, AS_OF};

/// A temp folder with the bundled `vendors/` and `scorecards/`.
fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    sdkvet_in(dir.path()).arg("init").assert().success();
    dir
}

fn evaluate(dir: &Path, args: &[&str]) -> Command {
    let mut cmd = sdkvet_in(dir);
    cmd.args(["evaluate", "--as-of", AS_OF]).args(args);
    cmd
}

fn csv_on_stdout(dir: &Path) -> Vec<u8> {
    let output = evaluate(dir, &["--format", "csv"]).output().unwrap();
    assert!(output.status.success());
    output.stdout
}

/// The names in a folder, sorted, to see that no temporary file was left behind.
fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn is_symlink(path: &Path) -> bool {
    std::fs::symlink_metadata(path)
        .unwrap()
        .file_type()
        .is_symlink()
}

#[test]
fn a_symbolic_link_is_followed_and_kept() {
    let dir = project();
    let root = dir.path();
    std::fs::write(root.join("real.csv"), "stale").unwrap();
    symlink("real.csv", root.join("link.csv")).unwrap();
    evaluate(root, &["--format", "csv", "--output", "link.csv"])
        .assert()
        .success();
    assert!(is_symlink(&root.join("link.csv")), "the link stays a link");
    assert_eq!(
        std::fs::read(root.join("real.csv")).unwrap(),
        csv_on_stdout(root)
    );
    assert_eq!(
        names_in(root),
        ["link.csv", "real.csv", "scorecards", "vendors"]
    );
}

#[test]
fn a_dangling_link_creates_its_target() {
    let dir = project();
    let root = dir.path();
    std::fs::create_dir(root.join("out")).unwrap();
    symlink("out/ranking.csv", root.join("latest.csv")).unwrap();
    evaluate(root, &["--format", "csv", "--output", "latest.csv"])
        .assert()
        .success();
    assert!(is_symlink(&root.join("latest.csv")));
    assert_eq!(
        std::fs::read(root.join("out/ranking.csv")).unwrap(),
        csv_on_stdout(root)
    );
}

#[test]
fn a_fifo_is_written_to_and_stays_a_fifo() {
    let dir = project();
    let root = dir.path();
    let fifo = root.join("pipe.csv");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read(fifo).unwrap())
    };
    evaluate(root, &["--format", "csv", "--output", "pipe.csv"])
        .assert()
        .success();
    // Checked before joining: had the FIFO been replaced, the reader would wait forever.
    let kind = std::fs::symlink_metadata(&fifo).unwrap().file_type();
    assert!(kind.is_fifo(), "the FIFO was not replaced by a file");
    assert_eq!(reader.join().unwrap(), csv_on_stdout(root));
}

/// A character device node made inside the temp folder (only root may make one).
fn device_node(dir: &Path, name: &str, minor: u32) -> Option<PathBuf> {
    let path = dir.join(name);
    let made = std::process::Command::new("mknod")
        .arg(&path)
        .args(["c", "1", &minor.to_string()])
        .stderr(std::process::Stdio::null())
        .status()
        .ok()?;
    if made.success() {
        Some(path)
    } else {
        eprintln!("skipped: cannot make a device node here (not root?)");
        None
    }
}

#[test]
fn a_character_device_is_written_to_and_a_full_one_is_an_error() {
    let dir = project();
    let root = dir.path();
    let Some(null) = device_node(root, "null", 3) else {
        return;
    };
    evaluate(root, &["--format", "csv", "--output", "null"])
        .assert()
        .success();
    let kind = std::fs::symlink_metadata(&null).unwrap().file_type();
    assert!(
        kind.is_char_device(),
        "the device was not replaced by a file"
    );
    let full = device_node(root, "full", 7).unwrap();
    evaluate(root, &["--format", "csv", "--output", "full"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("cannot write full"));
    assert!(std::fs::symlink_metadata(&full)
        .unwrap()
        .file_type()
        .is_char_device());
    let full_stdout = std::fs::OpenOptions::new().write(true).open(&full).unwrap();
    let run = std::process::Command::new(assert_cmd::cargo::cargo_bin("sdkvet"))
        .current_dir(root)
        .args(["evaluate", "--as-of", AS_OF, "--format", "csv"])
        .stdout(full_stdout)
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains("cannot write to standard output"),
        "{stderr}"
    );
}

#[test]
fn a_socket_and_a_folder_are_refused() {
    let dir = project();
    let root = dir.path();
    let _socket = std::os::unix::net::UnixListener::bind(root.join("sock")).unwrap();
    evaluate(root, &["--format", "csv", "--output", "sock"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("socket"));
    evaluate(root, &["--format", "csv", "--output", "vendors"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("it is a folder"));
    std::fs::write(root.join("plain"), "x").unwrap();
    evaluate(root, &["--format", "csv", "--output", "plain/ranking.csv"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("not a folder"));
    assert_eq!(names_in(root), ["plain", "scorecards", "sock", "vendors"]);
}

/// Runs `args` and checks that it fails, naming the input, with every file left as it was.
fn refused_as_input(root: &Path, args: &[&str], input: &str) {
    let before = std::fs::read(root.join(input)).unwrap();
    let vendors_before = names_in(&root.join("vendors"));
    sdkvet_in(root)
        .args(args)
        .args(["--as-of", AS_OF])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("which this command reads"))
        .stderr(predicate::str::contains("nothing was written"));
    assert_eq!(std::fs::read(root.join(input)).unwrap(), before, "{args:?}");
    assert_eq!(names_in(&root.join("vendors")), vendors_before);
}

#[test]
fn an_output_that_names_an_input_is_refused() {
    let dir = project();
    let root = dir.path();
    let profile = "vendors/agora-enterprise.toml";
    let evaluate_to = |output: &str, format: &str| {
        let args = ["evaluate", "--format", format, "--output", output];
        args.map(str::to_owned)
    };
    for output in [profile, "./vendors/../vendors/agora-enterprise.toml"] {
        let args = evaluate_to(output, "csv");
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        refused_as_input(root, &args, profile);
    }
    symlink(profile, root.join("link.csv")).unwrap();
    std::fs::hard_link(root.join(profile), root.join("hard.csv")).unwrap();
    for output in ["link.csv", "hard.csv"] {
        refused_as_input(
            root,
            &["evaluate", "--format", "csv", "--output", output],
            profile,
        );
    }
    refused_as_input(
        root,
        &[
            "evaluate",
            "--format",
            "json",
            "--output",
            "scorecards/default.toml",
        ],
        "scorecards/default.toml",
    );
    refused_as_input(
        root,
        &["checklist", "--format", "csv", "--output", profile],
        profile,
    );
}

#[test]
fn an_output_outside_the_inputs_is_still_written() {
    let dir = project();
    let root = dir.path();
    std::fs::write(root.join("vendors/notes.txt"), "not a profile").unwrap();
    evaluate(root, &["--format", "csv", "--output", "vendors/notes.txt"])
        .assert()
        .success();
    assert_eq!(
        std::fs::read(root.join("vendors/notes.txt")).unwrap(),
        csv_on_stdout(root)
    );
}
