//! Resource limits and hostile file systems, on the real binary: oversized and deeply nested
//! files, odd entries named `*.toml`, `--output` into places that cannot be written, and the
//! same bytes out whatever the order of the files on disk. Every failure exits 1, names the
//! file and says what to do, and never leaves a half-written output.

use assert_cmd::Command;
use sdkvet::dev::synthetic::{profile_id, profile_text};
use std::fs;
use std::path::Path;

mod common;
use common::{sdkvet_in, AS_OF};

const ONE_MIB: usize = 1024 * 1024;

/// Runs, expects exit 1, and returns stderr.
fn failure(cmd: &mut Command) -> String {
    let output = cmd.output().unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(1), "stderr: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    stderr
}

/// A small valid scorecard, so that tests do not depend on the bundled ones.
fn write_scorecard(dir: &Path) {
    fs::create_dir_all(dir.join("scorecards")).unwrap();
    fs::write(
        dir.join("scorecards/default.toml"),
        "name = \"t\"\n[criteria.coverage]\nweight = 1\n",
    )
    .unwrap();
}

/// A valid profile padded with a comment to exactly `size` bytes.
fn profile_of_size(size: usize) -> String {
    let mut text = String::from("name = \"Padded\"\n#");
    text.push_str(&"x".repeat(size - text.len() - 1));
    text.push('\n');
    assert_eq!(text.len(), size);
    text
}

#[test]
fn files_over_one_mib_are_refused_before_parsing_and_one_mib_is_fine() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_scorecard(root);
    fs::create_dir(root.join("vendors")).unwrap();
    fs::write(root.join("vendors/at-limit.toml"), profile_of_size(ONE_MIB)).unwrap();
    sdkvet_in(root).args(["validate"]).assert().success();

    fs::write(root.join("vendors/huge.toml"), profile_of_size(ONE_MIB + 1)).unwrap();
    let mut big_card = "name = \"big\"\n[criteria.coverage]\nweight = 1\n#".to_string();
    big_card.push_str(&"y".repeat(2 * ONE_MIB));
    fs::write(root.join("big-card.toml"), big_card).unwrap();
    let stderr = failure(sdkvet_in(root).args([
        "evaluate",
        "--scorecard",
        "big-card.toml",
        "--as-of",
        AS_OF,
    ]));
    assert!(
        stderr.contains("vendors/huge.toml: error: the file is larger than 1024 KiB"),
        "{stderr}"
    );
    assert!(
        stderr.contains("big-card.toml: error: the file is larger than 1024 KiB"),
        "{stderr}"
    );
    assert!(!stderr.contains("at-limit.toml"), "{stderr}");
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_scorecard(root);
    let vendors = root.join("vendors");
    fs::create_dir(&vendors).unwrap();
    let depth = 100_000;
    let nested = [
        (
            "arrays",
            format!("x = {}{}", "[".repeat(depth), "]".repeat(depth)),
        ),
        (
            "inline-tables",
            format!("x = {}{}", "{a=".repeat(depth), "}".repeat(depth)),
        ),
        ("dotted-keys", format!("{}a = 1", "a.".repeat(depth))),
        ("table-header", format!("[{}a]", "a.".repeat(depth))),
    ];
    for (name, body) in &nested {
        fs::write(
            vendors.join(format!("{name}.toml")),
            format!("name = \"n\"\n{body}\n"),
        )
        .unwrap();
    }
    let stderr = failure(sdkvet_in(root).args(["validate"]));
    for (name, _) in &nested {
        let reported = stderr.lines().any(|line| {
            line.starts_with(&format!("vendors/{name}.toml:"))
                && line.contains(
                    "error: invalid TOML: values, tables or dotted keys are nested deeper than",
                )
        });
        assert!(reported, "{name} not reported: {stderr}");
    }
    fs::write(
        root.join("deep-card.toml"),
        format!(
            "name = \"d\"\n[criteria.coverage]\nweight = {}{}\n",
            "[".repeat(depth),
            "]".repeat(depth)
        ),
    )
    .unwrap();
    fs::remove_dir_all(&vendors).unwrap();
    fs::create_dir(&vendors).unwrap();
    fs::write(vendors.join("ok.toml"), "name = \"ok\"\n").unwrap();
    let stderr = failure(sdkvet_in(root).args(["evaluate", "--scorecard", "deep-card.toml"]));
    assert!(stderr.contains("deep-card.toml:3:"), "{stderr}");
}

/// Whether this process can read a file whose permissions forbid it (true for root).
fn permissions_are_ignored(file: &Path) -> bool {
    fs::read(file).is_ok()
}

#[cfg(unix)]
#[test]
fn odd_entries_named_toml_are_reported_each_by_name() {
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_scorecard(root);
    let vendors = root.join("vendors");
    fs::create_dir(&vendors).unwrap();
    fs::write(vendors.join("good.toml"), "name = \"Good\"\n").unwrap();
    fs::create_dir(vendors.join("folder.toml")).unwrap();
    std::os::unix::fs::symlink(root.join("nowhere.toml"), vendors.join("broken.toml")).unwrap();
    let _socket = std::os::unix::net::UnixListener::bind(vendors.join("socket.toml")).unwrap();
    let latin1 = std::ffi::OsStr::from_bytes(b"caf\xe9.toml");
    fs::write(vendors.join(latin1), "name = \"Cafe\"\n").unwrap();
    let fifo = vendors.join("pipe.toml");
    let made_fifo = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success());
    std::os::unix::fs::symlink(root.join("gone"), vendors.join(".#good.toml")).unwrap();
    let locked = vendors.join("locked.toml");
    fs::write(&locked, "name = \"Locked\"\n").unwrap();
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();

    let stderr = failure(sdkvet_in(root).args(["evaluate", "--as-of", AS_OF]));
    let expect = [
        "vendors/folder.toml: error: this is a folder, not a file",
        "vendors/broken.toml: error: this is a broken symbolic link",
        "vendors/socket.toml: error: this is not a regular file",
        "vendors/caf\u{fffd}.toml: error: the file name is not valid UTF-8",
    ];
    for line in expect {
        assert!(stderr.contains(line), "missing `{line}` in:\n{stderr}");
    }
    if made_fifo {
        assert!(
            stderr.contains("vendors/pipe.toml: error: this is not a regular file"),
            "{stderr}"
        );
    }
    assert!(
        !stderr.contains(".#good.toml"),
        "hidden entries are skipped: {stderr}"
    );
    if !permissions_are_ignored(&locked) {
        assert!(
            stderr.contains("vendors/locked.toml: error: permission denied"),
            "{stderr}"
        );
    }
    assert!(!stderr.contains("good.toml"), "{stderr}");

    let stderr = failure(sdkvet_in(root).args(["evaluate", "--vendors", "vendors/broken.toml"]));
    assert!(stderr.contains("broken symbolic link"), "{stderr}");
    if made_fifo {
        let stderr = failure(sdkvet_in(root).args(["evaluate", "--vendors", "vendors/pipe.toml"]));
        assert!(
            stderr.contains("not a regular file or a folder"),
            "{stderr}"
        );
    }
}

/// Makes a folder unwritable for this process, even as root (`chattr +i`); undone on drop.
struct Unwritable<'a> {
    dir: &'a Path,
    immutable: bool,
}

impl<'a> Unwritable<'a> {
    #[cfg(unix)]
    fn try_new(dir: &'a Path) -> Option<Unwritable<'a>> {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(dir, fs::Permissions::from_mode(0o555)).unwrap();
        let mut guard = Unwritable {
            dir,
            immutable: false,
        };
        if guard.blocks_writes() {
            return Some(guard);
        }
        guard.immutable = std::process::Command::new("chattr")
            .arg("+i")
            .arg(dir)
            .status()
            .is_ok_and(|s| s.success());
        guard.blocks_writes().then_some(guard)
    }

    fn blocks_writes(&self) -> bool {
        let probe = self.dir.join("probe");
        let created = fs::write(&probe, "x").is_ok();
        let _ = fs::remove_file(&probe);
        !created
    }
}

impl Drop for Unwritable<'_> {
    fn drop(&mut self) {
        if self.immutable {
            let _ = std::process::Command::new("chattr")
                .arg("-i")
                .arg(self.dir)
                .status();
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = fs::set_permissions(self.dir, fs::Permissions::from_mode(0o755));
        }
    }
}

#[test]
fn output_into_a_missing_folder_a_file_or_a_folder_fails_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_scorecard(root);
    fs::create_dir(root.join("vendors")).unwrap();
    fs::write(root.join("vendors/a.toml"), "name = \"A\"\n").unwrap();
    fs::write(root.join("notes.txt"), "keep").unwrap();
    fs::create_dir(root.join("reports")).unwrap();
    let cases = [
        (
            "missing/deeper/out.csv",
            "the folder missing/deeper does not exist",
        ),
        ("notes.txt/out.csv", "notes.txt is a file, not a folder"),
        ("reports", "it is a folder; give a file name"),
    ];
    for (output, expected) in cases {
        let stderr = failure(sdkvet_in(root).args([
            "evaluate", "--format", "csv", "--as-of", AS_OF, "--output", output,
        ]));
        assert!(stderr.contains(expected), "{output}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "one error line: {stderr}");
    }
    assert!(!root.join("missing").exists());
    assert_eq!(fs::read_to_string(root.join("notes.txt")).unwrap(), "keep");
    assert_eq!(fs::read_dir(root.join("reports")).unwrap().count(), 0);
}

#[cfg(unix)]
#[test]
fn output_into_a_read_only_folder_fails_and_keeps_the_old_file() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_scorecard(root);
    fs::create_dir(root.join("vendors")).unwrap();
    fs::write(root.join("vendors/a.toml"), "name = \"A\"\n").unwrap();
    let locked = root.join("locked");
    fs::create_dir(&locked).unwrap();
    fs::write(locked.join("ranking.csv"), "old ranking\n").unwrap();
    let Some(_guard) = Unwritable::try_new(&locked) else {
        eprintln!("skipped: cannot make a folder read-only here (root without chattr)");
        return;
    };
    let stderr = failure(sdkvet_in(root).args([
        "evaluate",
        "--format",
        "csv",
        "--as-of",
        AS_OF,
        "--output",
        "locked/ranking.csv",
    ]));
    assert!(
        stderr.contains("the folder locked is read-only"),
        "{stderr}"
    );
    assert_eq!(
        fs::read_to_string(locked.join("ranking.csv")).unwrap(),
        "old ranking\n"
    );
    assert_eq!(
        fs::read_dir(&locked).unwrap().count(),
        1,
        "no temp file left"
    );
}

#[test]
fn the_order_of_the_files_does_not_change_the_output() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_scorecard(root);
    let count = 300;
    fs::create_dir(root.join("vendors")).unwrap();
    // Written in reverse, so the folder's own order differs from the sorted one on file
    // systems that list in creation order.
    for index in (0..count).rev() {
        let path = root.join(format!("vendors/{}.toml", profile_id(index)));
        fs::write(path, profile_text(7, index)).unwrap();
    }
    let files: Vec<String> = (0..count)
        .map(|index| format!("vendors/{}.toml", profile_id(index)))
        .collect();
    let run = |order: &[String]| {
        let mut cmd = sdkvet_in(root);
        cmd.args(["evaluate", "--format", "json", "--as-of", AS_OF]);
        for file in order {
            cmd.args(["--vendors", file]);
        }
        let output = cmd.output().unwrap();
        assert!(output.status.success());
        String::from_utf8(output.stdout).unwrap()
    };
    let forward = run(&files);
    let reversed: Vec<String> = files.iter().rev().cloned().collect();
    let mut interleaved: Vec<String> = files.iter().step_by(2).cloned().collect();
    interleaved.extend(files.iter().skip(1).step_by(2).cloned());
    assert!(forward.contains(&profile_id(count - 1)));
    assert_eq!(forward, run(&reversed));
    assert_eq!(forward, run(&interleaved));
    let folder = sdkvet_in(root)
        .args(["evaluate", "--format", "json", "--as-of", AS_OF])
        .output()
        .unwrap();
    assert_eq!(forward, String::from_utf8(folder.stdout).unwrap());
}
