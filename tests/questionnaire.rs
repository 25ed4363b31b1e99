//! The questionnaire (SPEC §6): `checklist --format xlsx` read back with calamine and looked
//! into as XML, and `import` of filled workbooks and CSV files, round trip and error cases.

mod common;

use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use common::{sdkvet_in, AS_OF};
use predicates::prelude::*;
use std::io::{Cursor, Read};
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// `checklist --format xlsx` of a fixture folder under a scorecard, as bytes.
fn workbook_of(root: &Path, card: &str, lang: &str, extra: &[&str]) -> Vec<u8> {
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("q.xlsx");
    sdkvet_in(root)
        .args([
            "checklist",
            "--scorecard",
            card,
            "--as-of",
            AS_OF,
            "--lang",
            lang,
        ])
        .args(["--format", "xlsx", "--output"])
        .arg(&file)
        .args(extra)
        .assert()
        .success()
        .stdout("");
    std::fs::read(file).unwrap()
}

fn conformance_workbook(lang: &str) -> Vec<u8> {
    workbook_of(
        &fixtures().join("conformance"),
        "scorecards/strict.toml",
        lang,
        &[],
    )
}

fn open(bytes: &[u8]) -> Xlsx<Cursor<Vec<u8>>> {
    open_workbook_from_rs(Cursor::new(bytes.to_vec())).unwrap()
}

/// A sheet's cells as rows of text (numbers as written, empty cells as "").
fn rows_of(book: &mut Xlsx<Cursor<Vec<u8>>>, sheet: &str) -> Vec<Vec<String>> {
    let range = book.worksheet_range(sheet).unwrap();
    range
        .rows()
        .map(|row| row.iter().map(|cell| cell.to_string()).collect())
        .collect()
}

/// The XML of one part of a workbook (`xl/worksheets/sheet2.xml`).
fn part(bytes: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut text = String::new();
    archive
        .by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

fn checklist_csv(lang: &str) -> Vec<Vec<String>> {
    let output = sdkvet_in(&fixtures().join("conformance"))
        .args(["checklist", "--scorecard", "scorecards/strict.toml"])
        .args(["--as-of", AS_OF, "--lang", lang, "--format", "csv"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(output.stdout.as_slice());
    reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

#[test]
fn the_workbook_holds_an_instruction_sheet_then_the_csv_rows_per_vendor_in_both_languages() {
    for (lang, instructions) in [("en", "Instructions"), ("zh", "填写说明")] {
        let bytes = conformance_workbook(lang);
        let mut book = open(&bytes);
        assert_eq!(
            book.sheet_names(),
            [
                instructions,
                "lumen-enterprise",
                "mosaic-business",
                "nova-starter",
                "orbit-premier"
            ]
        );
        let guide = rows_of(&mut book, instructions).concat().join("\n");
        let csv = checklist_csv(lang);
        let mut rows = vec![csv[0].clone()];
        for sheet in &book.sheet_names()[1..] {
            let sheet_rows = rows_of(&mut book, sheet);
            assert_eq!(sheet_rows[0], csv[0], "{sheet}: the CSV's header");
            rows.extend(sheet_rows.into_iter().skip(1));
        }
        // The same cells as the CSV; a weight is a number there ("10" for "10.0").
        assert_eq!(rows.len(), csv.len(), "{lang}");
        for (row, expected) in rows.iter().zip(&csv).skip(1) {
            let weight = |r: &[String]| r[11].parse::<f64>().ok();
            assert_eq!(weight(row), weight(expected), "{lang}: {row:?}");
            let text = |r: &[String]| [&r[..11], &r[12..]].concat();
            assert_eq!(text(row), text(expected), "{lang}");
        }
        match lang {
            "en" => assert!(guide.contains("An empty answer is ignored"), "{guide}"),
            _ => assert!(guide.contains("留空的回答会被忽略"), "{guide}"),
        }
        for ty in [
            "bool", "level", "number", "duration", "date", "list", "text",
        ] {
            assert!(guide.contains(ty), "{lang}: {ty}");
        }
    }
}

#[test]
fn answer_cells_carry_a_rule_that_fits_the_type_and_the_header_is_frozen() {
    let root = fixtures().join("questionnaire");
    let bytes = workbook_of(&root, "default", "en", &[]);
    let mut book = open(&bytes);
    let mut kinds = std::collections::BTreeSet::new();
    for (index, name) in book.sheet_names().into_iter().enumerate().skip(1) {
        let rows = rows_of(&mut book, &name);
        let sheet = part(&bytes, &format!("xl/worksheets/sheet{}.xml", index + 1));
        let frozen =
            r#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#;
        assert!(sheet.contains(frozen), "{name}");
        // Readable widths: the question column is the widest.
        assert!(
            sheet.contains(r#"<col min="13" max="13" width="60.7109375""#),
            "{name}"
        );
        for (row, cells) in rows.iter().enumerate().skip(1) {
            let cell = format!("N{}", row + 1);
            let rule = sheet
                .split("<dataValidation ")
                .skip(1)
                .find(|rule| rule.contains(&format!("sqref=\"{cell}\"")));
            let expected = match cells[8].as_str() {
                "bool" | "level" => Some("type=\"list\""),
                "number" => Some("type=\"decimal\""),
                "date" => Some("type=\"date\""),
                _ => None,
            };
            match (expected, rule) {
                (Some(kind), Some(rule)) => {
                    assert!(rule.starts_with(kind), "{name} {cell}: {rule}");
                    kinds.insert(cells[8].clone());
                }
                (None, None) => {}
                (expected, rule) => {
                    panic!("{name} {cell} ({}): {expected:?} vs {rule:?}", cells[8])
                }
            }
        }
    }
    assert_eq!(
        kinds.len(),
        4,
        "bool, level, number and date rules: {kinds:?}"
    );
    let all = (2..=3)
        .map(|k| part(&bytes, &format!("xl/worksheets/sheet{k}.xml")))
        .collect::<String>();
    assert!(all.contains("<formula1>\"yes,no\"</formula1>"));
    assert!(all.contains("<formula1>\"24x7,24x5,business-hours,none\"</formula1>"));
    let zh = workbook_of(&root, "default", "zh", &[]);
    let zh_all = (2..=3)
        .map(|k| part(&zh, &format!("xl/worksheets/sheet{k}.xml")))
        .collect::<String>();
    assert!(zh_all.contains("<formula1>\"是,否\"</formula1>"));
    let styles = part(&bytes, "xl/styles.xml");
    assert!(styles.contains("wrapText=\"1\""), "{styles}");
    assert!(
        styles.contains("FFFFF2CC"),
        "the yellow of the cells to fill: {styles}"
    );
}

#[test]
fn no_cell_is_a_formula_whatever_the_text() {
    let bytes = workbook_of(
        &fixtures().join("hostile"),
        "default",
        "en",
        &["--vendor", "formula"],
    );
    let mut book = open(&bytes);
    let range = book.worksheet_range("formula").unwrap();
    assert_eq!(
        range.get_value((1, 1)),
        Some(&Data::String("=HYPERLINK(\"http://x\")".into()))
    );
    assert_eq!(range.get_value((1, 2)), Some(&Data::String("+cmd".into())));
    for index in 1..=2 {
        let sheet = part(&bytes, &format!("xl/worksheets/sheet{index}.xml"));
        assert!(!sheet.contains("<f>") && !sheet.contains("<f "), "{sheet}");
    }
}

#[test]
fn xlsx_without_output_is_a_usage_error() {
    for (lang, words) in [("en", "needs --output"), ("zh", "需要用 --output")] {
        sdkvet_in(&fixtures().join("conformance"))
            .args(["checklist", "--scorecard", "strict", "--as-of", AS_OF])
            .args(["--format", "xlsx", "--lang", lang])
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains(words));
    }
}
