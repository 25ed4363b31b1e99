//! Text from files never controls the terminal or the page (SPEC §2, §5): profiles, scorecards
//! and file names carrying ESC, BEL, OSC and CSI sequences, the C1 CSI (U+009B), DEL, the
//! Arabic letter mark, the Unicode line separators and a right-to-left override reach stdout,
//! stderr and prompts only escaped (`\u{1b}`); Markdown shows markup from a profile as literal
//! text. The fixtures are written into temp folders: names with controls do not sit in git
//! (nor on every file system: Unix only).
#![cfg(unix)]

use assert_cmd::Command;
use std::fs;
use std::path::Path;

mod common;
use common::{sdkvet_in, AS_OF};

/// Every kind of hostile character, as TOML escapes: OSC "set the window title" ended by BEL,
/// CSI "clear the screen", the C1 CSI, the Arabic letter mark, the line and paragraph
/// separators, a right-to-left override and DEL.
const HOSTILE_TOML: &str = r"\u001b]0;pwned\u0007\u001b[2J\u009b31m\u061c\u2028\u2029\u202e\u007f";

/// The same characters as the terminal must show them.
const HOSTILE_SHOWN: &str =
    r"\u{1b}]0;pwned\u{7}\u{1b}[2J\u{9b}31m\u{61c}\u{2028}\u{2029}\u{202e}\u{7f}";

/// A vendor file name with controls in it, and its id as shown.
const EVIL_FILE: &str = "evil\u{1b}[2J\u{9b}\u{202e}\u{2028}.toml";
const EVIL_ID_SHOWN: &str = r"evil\u{1b}[2J\u{9b}\u{202e}\u{2028}";

/// The characters no output shown to a person may carry raw (line feeds separate its lines).
fn is_forbidden(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(
            c,
            '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{2028}' | '\u{2029}'
        )
        || ('\u{202a}'..='\u{202e}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

#[track_caller]
fn assert_no_raw_controls(what: &str, text: &str) {
    if let Some((at, c)) = text.char_indices().find(|&(_, c)| is_forbidden(c)) {
        let before: String = text[..at].chars().rev().take(60).collect();
        let before: String = before.chars().rev().collect();
        panic!("{what}: raw U+{:04X} after {before:?}", c as u32);
    }
}

/// A folder with one hostile profile (values, a list item and its file name) and a scorecard
/// whose name is hostile.
fn hostile_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir_all(root.join("vendors")).unwrap();
    fs::create_dir_all(root.join("scorecards")).unwrap();
    let profile = format!(
        "name = \"Evil{HOSTILE_TOML}\"\nplan = \"Plan{HOSTILE_TOML}\"\nwebsite = \"https://evil.example/{HOSTILE_TOML}\"\n[fit]\nindustries = [\"social\", \"odd{HOSTILE_TOML}\"]\n"
    );
    fs::write(root.join("vendors").join(EVIL_FILE), profile).unwrap();
    let card = format!(
        "name = \"Card{HOSTILE_TOML}\"\nindustry = \"social\"\n[criteria.coverage]\nweight = 20\n[criteria.industry_fit]\nweight = 10\n"
    );
    fs::write(root.join("scorecards/default.toml"), card).unwrap();
    dir
}

/// Runs and returns (exit code, stdout, stderr).
fn run(cmd: &mut Command) -> (Option<i32>, String, String) {
    let output = cmd.output().unwrap();
    (
        output.status.code(),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

fn sdkvet(dir: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    run(sdkvet_in(dir).args(args))
}

// ---- item 10: stderr

#[test]
fn load_warnings_escape_the_file_name_and_the_value() {
    let dir = hostile_dir();
    let (code, _, stderr) = sdkvet(dir.path(), &["evaluate", "--as-of", AS_OF]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_no_raw_controls("stderr", &stderr);
    let warning = format!("vendors/{EVIL_ID_SHOWN}.toml:5:25: warning: `fit.industries`: `odd{HOSTILE_SHOWN}` is not a known value");
    assert!(stderr.contains(&warning), "{stderr}");
}

#[test]
fn validate_escapes_keys_values_and_file_names_in_errors_and_its_summary() {
    let dir = hostile_dir();
    let bad = format!("name = \"Bad\"\n\"key{HOSTILE_TOML}\" = 1\nplan = 3\n");
    fs::write(dir.path().join("vendors/bad\u{1b}]0;t\u{7}.toml"), bad).unwrap();
    let (code, stdout, stderr) = sdkvet(dir.path(), &["validate"]);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stdout.is_empty());
    assert_no_raw_controls("stderr", &stderr);
    assert!(
        stderr.contains(&format!(
            r"vendors/bad\u{{1b}}]0;t\u{{7}}.toml:2:1: error: `key{HOSTILE_SHOWN}`"
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("vendors/{EVIL_ID_SHOWN}.toml:5:25: warning:")),
        "{stderr}"
    );
    assert!(
        stderr.ends_with("; fix the errors listed above\n"),
        "{stderr}"
    );
}

#[test]
fn a_load_failure_keeps_one_line_per_problem_each_escaped() {
    let dir = hostile_dir();
    let bad = format!("name = \"Bad\"\n\"key{HOSTILE_TOML}\" = 1\n");
    fs::write(dir.path().join("vendors/bad\n.toml"), bad).unwrap();
    let (code, stdout, stderr) = sdkvet(dir.path(), &["evaluate", "--as-of", AS_OF]);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stdout.is_empty());
    assert_no_raw_controls("stderr", &stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert!(
        lines[0].starts_with("error: 1 error in 1 file;"),
        "{stderr}"
    );
    assert!(
        lines[1].starts_with(r"  vendors/bad\n.toml:2:1: error: `key"),
        "{stderr}"
    );
    assert!(
        lines[2].starts_with(&format!("  vendors/{EVIL_ID_SHOWN}.toml:5:25: warning:")),
        "{stderr}"
    );
    assert_eq!(lines.len(), 3, "{stderr}");
}

#[test]
fn errors_escape_the_arguments_and_file_names_they_quote() {
    let dir = hostile_dir();
    let nasty = "x\u{1b}]0;pwned\u{7}\u{9b}2J\u{202e}\ny";
    let shown = r"x\u{1b}]0;pwned\u{7}\u{9b}2J\u{202e}\ny";
    let cases: [&[&str]; 5] = [
        &["validate", nasty],
        &["evaluate", "--as-of", AS_OF, "--scorecard", nasty],
        &["evaluate", "--as-of", AS_OF, "--vendors", nasty],
        &["checklist", "--as-of", AS_OF, "--vendor", nasty],
        &["new", nasty],
    ];
    for args in cases {
        let (code, _, stderr) = sdkvet(dir.path(), args);
        assert!(matches!(code, Some(1 | 2)), "{args:?}: {stderr}");
        assert_no_raw_controls(&format!("{args:?}"), &stderr);
        assert!(stderr.contains(shown), "{args:?}: {stderr}");
    }
    let (_, _, stderr) = sdkvet(
        dir.path(),
        &["checklist", "--as-of", AS_OF, "--vendor", nasty],
    );
    assert!(
        stderr.contains(EVIL_ID_SHOWN),
        "the known ids, escaped: {stderr}"
    );
}

#[test]
fn warnings_about_audience_arguments_are_escaped() {
    let dir = hostile_dir();
    let (code, _, stderr) = sdkvet(
        dir.path(),
        &[
            "evaluate",
            "--as-of",
            AS_OF,
            "--industry",
            "edu\u{1b}[2J\u{2028}",
        ],
    );
    assert_eq!(code, Some(0), "{stderr}");
    assert_no_raw_controls("stderr", &stderr);
    assert!(
        stderr.contains(r"warning: --industry `edu\u{1b}[2J\u{2028}`"),
        "{stderr}"
    );
}

#[test]
fn usage_errors_escape_the_value_clap_echoes_and_exit_2() {
    let dir = hostile_dir();
    let (code, stdout, stderr) = sdkvet(
        dir.path(),
        &["evaluate", "--format", "\u{1b}]0;pwned\u{7}\u{9b}\u{202e}"],
    );
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stdout.is_empty());
    assert_no_raw_controls("stderr", &stderr);
    assert!(
        stderr
            .contains(r"invalid value '\u{1b}]0;pwned\u{7}\u{9b}\u{202e}' for '--format <FORMAT>'"),
        "{stderr}"
    );
    assert!(
        stderr.contains("[possible values: table, csv, json, markdown]"),
        "{stderr}"
    );
    let (code, _, stderr) = sdkvet(dir.path(), &["evaluate", "--formt", "csv"]);
    assert_eq!(
        code,
        Some(2),
        "an ordinary usage error is clap's own: {stderr}"
    );
    assert!(
        stderr.contains("a similar argument exists: '--format'"),
        "{stderr}"
    );
}

// ---- item 14: the table (and everything else shown on stdout)

#[test]
fn the_table_explanation_and_checklist_show_file_text_escaped() {
    let dir = hostile_dir();
    let runs: [&[&str]; 5] = [
        &["evaluate", "--as-of", AS_OF],
        &["evaluate", "--as-of", AS_OF, "--explain"],
        &["evaluate", "--as-of", AS_OF, "--explain", "--width", "40"],
        &["checklist", "--as-of", AS_OF],
        &["checklist", "--as-of", AS_OF, "--width", "40"],
    ];
    for args in runs {
        let (code, stdout, stderr) = sdkvet(dir.path(), args);
        assert_eq!(code, Some(0), "{args:?}: {stderr}");
        assert_no_raw_controls(&format!("{args:?}"), &stdout);
        assert!(stdout.contains(r"\u{61c}"), "{args:?}: {stdout}");
        assert!(stdout.contains(r"\u{2028}"), "{args:?}: {stdout}");
    }
    let (_, table, _) = sdkvet(dir.path(), &["evaluate", "--as-of", AS_OF, "--explain"]);
    assert!(
        table.contains(&format!("Scorecard: Card{HOSTILE_SHOWN} · ")),
        "{table}"
    );
    assert!(
        table.contains(&format!("Evil{HOSTILE_SHOWN} · Plan{HOSTILE_SHOWN}")),
        "{table}"
    );
    assert!(
        table.contains(&format!("({EVIL_ID_SHOWN}): total")),
        "{table}"
    );
}

#[test]
fn data_into_a_pipe_keeps_the_exact_bytes() {
    let dir = hostile_dir();
    let (_, csv, _) = sdkvet(
        dir.path(),
        &["evaluate", "--as-of", AS_OF, "--format", "csv"],
    );
    assert!(
        csv.contains(
            "Evil\u{1b}]0;pwned\u{7}\u{1b}[2J\u{9b}31m\u{61c}\u{2028}\u{2029}\u{202e}\u{7f}"
        ),
        "{csv}"
    );
}

// ---- item 12: Markdown

/// A profile whose name, plan, list item and file name are Markdown and HTML.
fn markup_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir_all(root.join("vendors")).unwrap();
    fs::create_dir_all(root.join("scorecards")).unwrap();
    let profile = r#"name = "<script>alert(1)</script> **bold** _em_ ~~gone~~"
plan = "<img src=x onerror=alert(1)> [x](javascript:alert(1)) ![i](x.png) a|b \\|c &amp; <http://x.example> \\*"
[support]
coverage = "24x5"
[fit]
industries = ["<b>social</b>", "`tick`"]
"#;
    fs::write(root.join("vendors/tick`s``.toml"), profile).unwrap();
    fs::write(root.join("vendors/` edge.toml"), "name = \"Edge\\nline\"\n").unwrap();
    let card = "name = \"Card *x* | [y](z)\"\nindustry = \"social\"\n[criteria.coverage]\nweight = 20\nrequire = \"24x7\"\n[criteria.industry_fit]\nweight = 10\n";
    fs::write(root.join("scorecards/default.toml"), card).unwrap();
    dir
}

/// What a Markdown renderer makes of the output: every event, with the text of each one.
fn parse_markdown(text: &str) -> Vec<pulldown_cmark::Event<'_>> {
    use pulldown_cmark::{Options, Parser};
    Parser::new_ext(
        text,
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS,
    )
    .collect()
}

/// The rendered Markdown's checks: no HTML, link, image or strikethrough at all; emphasis only
/// where sdkvet writes it; every table row with as many cells as its header; and the literal
/// text of every hostile piece present as text, each id as one code span.
fn assert_renders_literally(markdown: &str, strong: &[&str], emphasis_is_ours: fn(&str) -> bool) {
    use pulldown_cmark::{Event, Tag, TagEnd};
    let events = parse_markdown(markdown);
    let mut text = String::new();
    let (mut inside, mut cells, mut header_cells) = (Vec::<(Tag, String)>::new(), 0, 0);
    for event in &events {
        match event {
            Event::Html(html) | Event::InlineHtml(html) => panic!("HTML {html:?} in:\n{markdown}"),
            Event::Start(tag @ (Tag::Link { .. } | Tag::Image { .. } | Tag::Strikethrough)) => {
                panic!("{tag:?} in:\n{markdown}")
            }
            Event::Start(tag @ (Tag::Emphasis | Tag::Strong)) => {
                inside.push((tag.clone(), String::new()))
            }
            Event::End(TagEnd::Emphasis | TagEnd::Strong) => {
                let (tag, inner) = inside.pop().unwrap();
                match tag {
                    Tag::Strong => assert!(strong.contains(&inner.as_str()), "strong {inner:?}"),
                    _ => assert!(emphasis_is_ours(&inner), "emphasis {inner:?}"),
                }
            }
            Event::Start(Tag::TableRow | Tag::TableHead) => cells = 0,
            Event::Start(Tag::TableCell) => cells += 1,
            Event::End(TagEnd::TableHead) => header_cells = cells,
            Event::End(TagEnd::TableRow) => {
                assert_eq!(cells, header_cells, "a row split:\n{markdown}")
            }
            Event::Text(t) | Event::Code(t) => {
                text.push_str(t);
                inside.iter_mut().for_each(|(_, inner)| inner.push_str(t));
            }
            _ => {}
        }
    }
    for literal in [
        "<script>alert(1)</script> **bold** _em_ ~~gone~~",
        r"<img src=x onerror=alert(1)> [x](javascript:alert(1)) ![i](x.png) a|b \|c &amp; <http://x.example> \*",
    ] {
        assert!(
            text.contains(literal),
            "{literal:?} not shown literally in:\n{text}"
        );
    }
    assert!(text.contains(r"Edge\nline"), "{text}");
}

fn code_spans<'a>(events: &'a [pulldown_cmark::Event<'a>]) -> Vec<&'a str> {
    events
        .iter()
        .filter_map(|event| match event {
            pulldown_cmark::Event::Code(code) => Some(code.as_ref()),
            _ => None,
        })
        .collect()
}

#[test]
fn evaluate_markdown_renders_file_text_as_literal_text() {
    let dir = markup_dir();
    let (code, markdown, stderr) = sdkvet(
        dir.path(),
        &[
            "evaluate",
            "--as-of",
            AS_OF,
            "--format",
            "markdown",
            "--explain",
        ],
    );
    assert_eq!(code, Some(0), "{stderr}");
    insta::assert_snapshot!("markdown_escaping_evaluate", markdown);
    assert_renders_literally(&markdown, &["Notes"], |_| false);
    let events = parse_markdown(&markdown);
    let ids = code_spans(&events);
    assert!(ids.contains(&"tick`s``"), "{ids:?}");
    assert!(ids.contains(&"` edge"), "{ids:?}");
    assert!(
        markdown.contains("Card \\*x\\* \\| \\[y\\](z)"),
        "{markdown}"
    );
}

#[test]
fn checklist_markdown_renders_file_text_as_literal_text() {
    let dir = markup_dir();
    let (code, markdown, stderr) = sdkvet(
        dir.path(),
        &[
            "checklist",
            "--as-of",
            AS_OF,
            "--format",
            "markdown",
            "--lang",
            "en",
        ],
    );
    assert_eq!(code, Some(0), "{stderr}");
    // The due-diligence questions hold no file text; the snapshot leaves them out.
    let shown: Vec<&str> = markdown
        .lines()
        .filter(|line| !line.contains("_(due diligence: "))
        .collect();
    insta::assert_snapshot!("markdown_escaping_checklist", shown.join("\n"));
    let why = |inner: &str| inner.starts_with('(') && inner.ends_with(')');
    assert_renders_literally(&markdown, &[], why);
}

// ---- stdout on a terminal, colour, and the interview's prompts (item 11), in a pty

mod pty {
    use super::*;
    use expectrl::session::OsSession as Session;
    use expectrl::{ControlCode, Eof, Expect};
    use std::time::Duration;

    fn spawn(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Session {
        let mut command = std::process::Command::new(assert_cmd::cargo::cargo_bin("sdkvet"));
        command
            .current_dir(dir)
            .args(args)
            .env("LANG", "C")
            .env_remove("LC_ALL")
            .env_remove("NO_COLOR")
            .env("TERM", "xterm");
        for (key, value) in env {
            command.env(key, value);
        }
        let mut session = Session::spawn(command).unwrap();
        session.set_expect_timeout(Some(Duration::from_secs(60)));
        session
    }

    /// Everything the command printed to the terminal, once it has ended.
    fn all_output(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> String {
        let mut session = spawn(dir, args, env);
        let captured = session.expect(Eof).unwrap();
        String::from_utf8_lossy(captured.as_bytes()).replace("\r\n", "\n")
    }

    #[test]
    fn data_shown_on_a_terminal_is_escaped_line_by_line() {
        let dir = hostile_dir();
        for format in ["csv", "json", "markdown"] {
            let args = ["evaluate", "--as-of", AS_OF, "--format", format];
            let shown = all_output(dir.path(), &args, &[]);
            assert_no_raw_controls(format, &shown);
            assert!(shown.contains(r"\u{1b}]0;pwned\u{7}"), "{format}: {shown}");
            assert!(
                shown.lines().count() > 2,
                "{format}: line breaks kept: {shown}"
            );
        }
    }

    #[test]
    fn colour_only_on_a_terminal_that_is_not_dumb_and_without_no_color() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("vendors")).unwrap();
        fs::write(dir.path().join("vendors/acme.toml"), "name = \"Acme\"\n").unwrap();
        fs::create_dir(dir.path().join("scorecards")).unwrap();
        let card = "name = \"c\"\n[criteria.coverage]\nweight = 1\n";
        fs::write(dir.path().join("scorecards/default.toml"), card).unwrap();
        let args = ["evaluate", "--as-of", AS_OF, "--width", "1000"];
        let coloured = all_output(dir.path(), &args, &[]);
        assert!(
            coloured.contains("\u{1b}["),
            "TERM=xterm is coloured: {coloured}"
        );
        let dumb = all_output(dir.path(), &args, &[("TERM", "dumb")]);
        assert_no_raw_controls("TERM=dumb", &dumb);
        let no_color = all_output(dir.path(), &args, &[("NO_COLOR", "1")]);
        assert_no_raw_controls("NO_COLOR", &no_color);
    }

    /// Sends Ctrl-C until the interview says it stopped: one sent before the prompt reads keys
    /// would reach the process as a signal, which the interview ignores.
    fn interrupt(session: &mut Session, out: &mut Vec<u8>) {
        session.set_expect_timeout(Some(Duration::from_secs(2)));
        for _ in 0..30 {
            session.send(ControlCode::EndOfText).unwrap();
            if let Ok(captured) = session.expect("Interrupted") {
                out.extend_from_slice(captured.as_bytes());
                return;
            }
        }
        panic!("the interview did not stop on Ctrl-C");
    }

    /// Waits for `needle`, keeping what was shown, then types `keys`.
    fn answer(session: &mut Session, out: &mut Vec<u8>, needle: &str, keys: &str) {
        out.extend_from_slice(session.expect(needle).unwrap().as_bytes());
        session.send(keys).unwrap();
    }

    #[test]
    fn interview_defaults_menu_options_and_file_name_are_escaped() {
        let dir = tempfile::tempdir().unwrap();
        let card = "name = \"c\"\n[criteria.coverage]\nweight = 1\n";
        fs::create_dir(dir.path().join("scorecards")).unwrap();
        fs::write(dir.path().join("scorecards/default.toml"), card).unwrap();
        let file = "p\u{1b}]0;pwned\u{7}.toml";
        let profile = format!(
            "name = \"Evil{HOSTILE_TOML}\"\nplan = \"Gold\"\nwebsite = \"https://evil.example/{HOSTILE_TOML}\"\nproducts = [\"rtc\", \"odd{HOSTILE_TOML}\"]\n"
        );
        fs::write(dir.path().join(file), profile).unwrap();
        let args = [
            "interview",
            file,
            "--all",
            "--as-of",
            AS_OF,
            "--no-sources",
            "--lang",
            "en",
        ];
        let mut session = spawn(dir.path(), &args, &[("NO_COLOR", "1")]);
        let mut out = Vec::new();
        // The scorecard's coverage first (Enter skips), then the bank's order: name, plan and
        // website (Enter keeps each), products (change: Enter keeps the ticks, then no other
        // values).
        answer(&mut session, &mut out, "skip (leave unknown)", "\r");
        for _ in 0..3 {
            answer(&mut session, &mut out, "change it", "\r");
        }
        answer(&mut session, &mut out, "change it", "\x1b[B\x1b[B\r");
        answer(&mut session, &mut out, "space to tick", "\r");
        answer(&mut session, &mut out, "other values", "\r");
        interrupt(&mut session, &mut out);
        out.extend_from_slice(session.expect(Eof).unwrap().as_bytes());
        let shown = String::from_utf8_lossy(&out);
        for raw in [
            "\u{1b}]", "\u{7}", "\u{9b}", "\u{61c}", "\u{2028}", "\u{2029}", "\u{202e}", "\u{7f}",
        ] {
            assert!(
                !shown.contains(raw),
                "raw {raw:?} on the terminal: {shown:?}"
            );
        }
        assert!(
            shown.contains(&format!("keep “Evil{HOSTILE_SHOWN}”")),
            "name in the keep option: {shown:?}"
        );
        assert!(
            shown.contains(&format!("https://evil.example/{HOSTILE_SHOWN}")),
            "website: {shown:?}"
        );
        assert!(
            shown.contains(&format!("odd{HOSTILE_SHOWN}")),
            "menu option: {shown:?}"
        );
        assert!(
            shown.contains(r"saved in p\u{1b}]0;pwned\u{7}.toml"),
            "file name: {shown:?}"
        );
        let text = fs::read_to_string(dir.path().join(file)).unwrap();
        assert!(
            text.contains(&format!("odd{HOSTILE_TOML}")),
            "values kept as they were: {text}"
        );
        assert!(
            !text.contains("\\\\u{"),
            "no escaped text written back: {text}"
        );
    }
}
