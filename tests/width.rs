//! `--width N` (SPEC §2): the real binary's terminal text, measured in display columns (a CJK
//! character is 2), on the bundled data and on Chinese names (`tests/fixtures/cjk`), in both
//! languages. No line may be wider than N unless it is one word wider than N.

use std::path::{Path, PathBuf};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

mod common;
use common::{sdkvet_in, AS_OF};

const WIDTHS: [usize; 3] = [40, 60, 80];
const LANGS: [&str; 2] = ["en", "zh"];

fn project_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn cjk_fixture() -> PathBuf {
    project_root().join("tests/fixtures/cjk")
}

/// A folder with `vendors/` and `scorecards/`, and the scorecard to use there.
struct DataSet {
    dir: PathBuf,
    scorecard: &'static str,
}

fn data_sets() -> [DataSet; 2] {
    [
        DataSet {
            dir: project_root().to_path_buf(),
            scorecard: "default",
        },
        DataSet {
            dir: cjk_fixture(),
            scorecard: "jiaoyu",
        },
    ]
}

/// The commands whose output is terminal text, each as its arguments.
const COMMANDS: [&[&str]; 3] = [
    &["evaluate"],
    &["evaluate", "--explain"],
    &["checklist", "--format", "text"],
];

/// Standard output of `sdkvet ARGS --scorecard .. --as-of .. --lang ..` in the data set's folder.
fn run(data: &DataSet, args: &[&str], lang: &str, width: Option<usize>) -> String {
    let mut cmd = sdkvet_in(&data.dir);
    cmd.args(args).args([
        "--scorecard",
        data.scorecard,
        "--as-of",
        AS_OF,
        "--lang",
        lang,
    ]);
    if let Some(width) = width {
        cmd.args(["--width", &width.to_string()]);
    }
    let output = cmd.output().unwrap();
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// The lines wider than `width` that are not a single word.
fn overflowing_lines(text: &str, width: usize) -> Vec<String> {
    text.lines()
        .filter(|line| line.width() > width && line.split_whitespace().count() > 1)
        .map(|line| format!("{} columns: {line}", line.width()))
        .collect()
}

#[test]
fn no_line_is_wider_than_the_width_in_any_command_language_or_data_set() {
    for data in data_sets() {
        for args in COMMANDS {
            for lang in LANGS {
                for width in WIDTHS {
                    let out = run(&data, args, lang, Some(width));
                    let wide = overflowing_lines(&out, width);
                    assert!(
                        wide.is_empty(),
                        "{} {args:?} --lang {lang} --width {width}:\n{}",
                        data.dir.display(),
                        wide.join("\n")
                    );
                }
            }
        }
    }
}

#[test]
fn the_measure_counts_display_columns_not_characters() {
    assert_eq!(
        overflowing_lines("声网 企业版", 10),
        ["11 columns: 声网 企业版"]
    );
    assert!(overflowing_lines("声网 企业版", 11).is_empty());
    assert!(overflowing_lines("https://a-very-long.example/without-spaces", 10).is_empty());
}

#[test]
fn without_a_width_off_a_terminal_text_is_not_wrapped() {
    let cjk = &data_sets()[1];
    let out = run(cjk, &["checklist"], "zh", None);
    assert!(
        out.lines().any(|line| line.width() > 120),
        "a long question stays on one line"
    );
    let table = run(cjk, &["evaluate"], "zh", None);
    assert!(
        table.contains("上海示例实时音视频云通讯科技有限公司 · 旗舰版（含专属技术支持与海外节点）")
    );
}

/// The non-blank characters in order, and the words made of letters, digits and ASCII
/// punctuation: wrapping may only move line breaks and indentation.
fn words_and_characters(text: &str) -> (Vec<String>, String) {
    let words = text
        .split(|c: char| c.is_whitespace() || c.width().unwrap_or(0) > 1)
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    (words, text.split_whitespace().collect())
}

#[test]
fn wrapping_the_checklist_never_cuts_a_word() {
    for data in data_sets() {
        for lang in LANGS {
            let whole = words_and_characters(&run(&data, &["checklist"], lang, None));
            for width in WIDTHS {
                let wrapped = run(&data, &["checklist"], lang, Some(width));
                assert_eq!(
                    words_and_characters(&wrapped),
                    whole,
                    "{} --lang {lang} --width {width}",
                    data.dir.display()
                );
            }
        }
    }
}

#[test]
fn a_table_that_cannot_fit_is_stacked_and_one_that_can_is_not() {
    let cjk = &data_sets()[1];
    let narrow = run(cjk, &["evaluate"], "zh", Some(40));
    assert!(narrow.contains("\n排名：1\n"), "{narrow}");
    assert!(narrow.contains("\n状态：已否决\n"), "{narrow}");
    let wide = run(cjk, &["evaluate"], "zh", Some(80));
    assert!(wide.contains("# 厂商 · 套餐"), "{wide}");
    let narrow = run(cjk, &["evaluate"], "en", Some(40));
    assert!(narrow.contains("\nRank: 1\nVendor · plan: "), "{narrow}");
}

fn conformance() -> DataSet {
    DataSet {
        dir: project_root().join("tests/fixtures/conformance"),
        scorecard: "scorecards/balanced.toml",
    }
}

#[test]
fn stacked_table_snapshot() {
    insta::assert_snapshot!(run(&conformance(), &["evaluate"], "en", Some(40)));
}

#[test]
fn cjk_table_snapshots_in_both_languages() {
    let cjk = &data_sets()[1];
    for lang in LANGS {
        let out = run(cjk, &["evaluate"], lang, Some(80));
        insta::assert_snapshot!(format!("cjk_table_{lang}"), out);
        let out = run(cjk, &["evaluate"], lang, Some(40));
        insta::assert_snapshot!(format!("cjk_stacked_{lang}"), out);
    }
}

#[test]
fn width_outside_40_to_1000_or_on_a_format_that_does_not_wrap_is_a_usage_error() {
    let cjk = &data_sets()[1];
    for (args, width) in [
        (&["evaluate"][..], "39"),
        (&["evaluate"], "1001"),
        (&["checklist"], "39"),
        (&["checklist"], "1001"),
        (&["checklist", "--format", "csv"], "80"),
    ] {
        sdkvet_in(&cjk.dir)
            .args(args)
            .args([
                "--scorecard",
                cjk.scorecard,
                "--as-of",
                AS_OF,
                "--width",
                width,
            ])
            .assert()
            .code(2);
    }
    assert!(!run(cjk, &["evaluate"], "en", Some(1000)).is_empty());
}
