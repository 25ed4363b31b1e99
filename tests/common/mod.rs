//! What the integration tests share: the binary run in a folder with a fixed environment.

use assert_cmd::Command;
use std::path::Path;

/// The evaluation date of every integration test.
pub const AS_OF: &str = "2026-11-21";

/// `sdkvet` run inside `dir`, with a fixed, colourless environment.
pub fn sdkvet_in(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("sdkvet").unwrap();
    cmd.current_dir(dir)
        .env("NO_COLOR", "1")
        .env("LANG", "C")
        .env_remove("LC_ALL");
    cmd
}
