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

// ---------------------------------------------------------------- import

/// An answer as a vendor's spreadsheet holds it.
#[derive(Clone, Copy)]
enum Typed<'a> {
    Text(&'a str),
    Number(f64),
    Bool(bool),
    Date(u16, u8, u8),
}

/// One filled row: vendor id, question id, answer, source ("" for none).
type Filled<'a> = (&'a str, &'a str, Typed<'a>, &'a str);

/// A copy of `original` as a vendor would send it back: every sheet and cell as it was,
/// written again with rust_xlsxwriter, with the answers (and sources) in their rows.
fn fill_workbook(original: &[u8], answers: &[Filled]) -> Vec<u8> {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let mut book = open(original);
    let mut filled = Workbook::new();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).unwrap();
        let sheet = filled.add_worksheet().set_name(&name).unwrap();
        for (r, row) in (0u32..).zip(range.rows()) {
            for (c, cell) in (0u16..).zip(row) {
                match cell {
                    Data::String(text) => {
                        sheet.write_string(r, c, text).unwrap();
                    }
                    Data::Float(n) => {
                        sheet.write_number(r, c, *n).unwrap();
                    }
                    Data::Int(n) => {
                        sheet.write_number(r, c, *n as f64).unwrap();
                    }
                    _ => {}
                }
            }
            let id = |c: usize| row.get(c).map(|d| d.to_string()).unwrap_or_default();
            for (vendor, question, answer, source) in answers {
                if id(0) != *vendor || id(6) != *question {
                    continue;
                }
                match *answer {
                    Typed::Text(text) => {
                        sheet.write_string(r, 13, text).unwrap();
                    }
                    Typed::Number(n) => {
                        sheet.write_number(r, 13, n).unwrap();
                    }
                    Typed::Bool(b) => {
                        sheet.write_boolean(r, 13, b).unwrap();
                    }
                    Typed::Date(y, m, d) => {
                        let day = ExcelDateTime::from_ymd(y, m, d).unwrap();
                        sheet
                            .write_datetime_with_format(r, 13, &day, &date)
                            .unwrap();
                    }
                }
                if !source.is_empty() {
                    sheet.write_string(r, 14, *source).unwrap();
                }
            }
        }
    }
    filled.save_to_buffer().unwrap()
}

/// The answers of the round trip, as a spreadsheet types them.
const ANSWERS: &[Filled] = &[
    (
        "acme-pro",
        "coverage",
        Typed::Text("24X7"),
        "Acme support terms §2",
    ),
    (
        "acme-pro",
        "first_response_critical",
        Typed::Text("< 1 hour"),
        "",
    ),
    ("acme-pro", "dedicated_engineer", Typed::Bool(true), ""),
    (
        "acme-pro",
        "docs_last_updated",
        Typed::Date(2026, 10, 15),
        "",
    ),
    (
        "acme-pro",
        "fit_industries",
        Typed::Text("social, gaming"),
        "",
    ),
    ("acme-pro", "sla_availability", Typed::Number(99.95), ""),
    (
        "acme-pro",
        "overseas_regions",
        Typed::Text("europe、southeast-asia"),
        "",
    ),
    (
        "acme-pro",
        "dd_team_size",
        Typed::Text("About 40, all in-house"),
        "",
    ),
    (
        "beta-cloud",
        "sla_availability",
        Typed::Number(99.99),
        "contract, annex B",
    ),
    ("beta-cloud", "coverage", Typed::Text("business-hours"), ""),
    (
        "beta-cloud",
        "dd_trial_ticket",
        Typed::Text("Yes, any time"),
        "",
    ),
];

/// The same answers as CSV cells: what a person types.
fn csv_answer(answer: Typed) -> String {
    match answer {
        Typed::Text(text) => text.to_string(),
        Typed::Number(n) => n.to_string(),
        Typed::Bool(b) => if b { "是" } else { "否" }.to_string(),
        Typed::Date(y, m, d) => format!("{y}-{m:02}-{d:02}"),
    }
}

/// A folder with the questionnaire fixture's profiles, `beta-cloud.toml` with CRLF line ends.
fn vendors_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let from = fixtures().join("questionnaire/vendors");
    std::fs::create_dir(dir.path().join("vendors")).unwrap();
    for name in ["acme-pro.toml", "beta-cloud.toml"] {
        let mut text = std::fs::read_to_string(from.join(name)).unwrap();
        if name == "beta-cloud.toml" {
            text = text.replace('\n', "\r\n");
        }
        std::fs::write(dir.path().join("vendors").join(name), text).unwrap();
    }
    dir
}

/// The bytes of every profile in `dir/vendors`, by file name.
fn profiles_in(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut all: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir.join("vendors"))
        .unwrap()
        .map(|entry| {
            let entry = entry.unwrap();
            let name = entry.file_name().to_string_lossy().into_owned();
            (name, std::fs::read(entry.path()).unwrap())
        })
        .collect();
    all.sort();
    all
}

/// The expected profile after the round trip (`beta-cloud` in CRLF, as its original).
fn expected(name: &str, questionnaire: &str) -> String {
    let path = fixtures().join("questionnaire/expected").join(name);
    let text = std::fs::read_to_string(path).unwrap();
    let text = text.replace("answers.xlsx", questionnaire);
    if name == "beta-cloud.toml" {
        text.replace('\n', "\r\n")
    } else {
        text
    }
}

/// `checklist --format xlsx` of the fixture profiles in `dir`.
fn questionnaire_of(dir: &Path, lang: &str) -> Vec<u8> {
    let file = dir.join("sent.xlsx");
    sdkvet_in(dir)
        .args(["checklist", "--as-of", AS_OF, "--lang", lang])
        .args(["--format", "xlsx", "--output", "sent.xlsx"])
        .assert()
        .success();
    let bytes = std::fs::read(&file).unwrap();
    std::fs::remove_file(file).unwrap();
    bytes
}

fn import(dir: &Path, file: &str, extra: &[&str]) -> assert_cmd::assert::Assert {
    sdkvet_in(dir)
        .args(["import", file, "--checked", AS_OF])
        .args(extra)
        .assert()
}

#[test]
fn round_trip_through_a_filled_workbook() {
    let dir = vendors_folder();
    let filled = fill_workbook(&questionnaire_of(dir.path(), "en"), ANSWERS);
    std::fs::write(dir.path().join("answers.xlsx"), filled).unwrap();
    let before = profiles_in(dir.path());
    let dry = import(dir.path(), "answers.xlsx", &["--dry-run", "--lang", "en"])
        .success()
        .stderr("");
    let dry = String::from_utf8(dry.get_output().stdout.clone()).unwrap();
    assert_eq!(profiles_in(dir.path()), before, "a dry run writes nothing");
    for line in [
        "vendors/acme-pro.toml (dry run, nothing written):",
        "  support coverage: business hours only → 24 hours, 7 days a week",
        "  guaranteed availability: unknown → 99.95%",
        "  due diligence (dd_team_size): (no answer) → About 40, all in-house",
        "vendors/beta-cloud.toml (dry run, nothing written):",
        "  guaranteed availability: 99.9% → 99.99%",
    ] {
        assert!(dry.lines().any(|l| l == line), "{line}\n{dry}");
    }
    import(dir.path(), "answers.xlsx", &["--lang", "en"])
        .success()
        .stdout("vendors/acme-pro.toml: 8 answers written\nvendors/beta-cloud.toml: 3 answers written\n");
    for (name, bytes) in profiles_in(dir.path()) {
        let text = String::from_utf8(bytes).unwrap();
        assert_eq!(text, expected(&name, "answers.xlsx"), "{name}");
    }
    sdkvet_in(dir.path())
        .args(["evaluate", "--as-of", AS_OF])
        .assert()
        .success();
}

#[test]
fn the_dry_run_speaks_chinese() {
    let dir = vendors_folder();
    let filled = fill_workbook(&questionnaire_of(dir.path(), "zh"), ANSWERS);
    std::fs::write(dir.path().join("answers.xlsx"), filled).unwrap();
    let dry = import(dir.path(), "answers.xlsx", &["--dry-run", "--lang", "zh"]).success();
    let dry = String::from_utf8(dry.get_output().stdout.clone()).unwrap();
    assert!(
        dry.contains("vendors/acme-pro.toml（试运行，未写入）："),
        "{dry}"
    );
    assert!(
        dry.contains("  技术支持时段：仅工作时间 → 7×24 小时"),
        "{dry}"
    );
    assert!(
        dry.contains("  尽职调查（dd_team_size）：（无回答） → About 40, all in-house"),
        "{dry}"
    );
}

/// The checklist CSV of the fixture profiles with the answers filled in, with a BOM.
fn filled_csv(dir: &Path) -> Vec<u8> {
    let output = sdkvet_in(dir)
        .args(["checklist", "--as-of", AS_OF, "--format", "csv", "--bom"])
        .output()
        .unwrap();
    assert!(output.stdout.starts_with("\u{feff}".as_bytes()));
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(&output.stdout[3..]);
    let mut writer = csv::Writer::from_writer("\u{feff}".as_bytes().to_vec());
    for record in reader.records() {
        let mut row: Vec<String> = record.unwrap().iter().map(str::to_string).collect();
        for (vendor, question, answer, source) in ANSWERS {
            if row[0] == *vendor && row[6] == *question {
                row[13] = csv_answer(*answer);
                row[14] = source.to_string();
            }
        }
        writer.write_record(&row).unwrap();
    }
    writer.into_inner().unwrap()
}

#[test]
fn round_trip_through_csv_with_a_bom_and_quoted_commas() {
    let dir = vendors_folder();
    let csv = filled_csv(dir.path());
    assert!(String::from_utf8_lossy(&csv).contains("\"About 40, all in-house\""));
    std::fs::write(dir.path().join("answers.csv"), csv).unwrap();
    import(dir.path(), "answers.csv", &[]).success().stderr("");
    for (name, bytes) in profiles_in(dir.path()) {
        let text = String::from_utf8(bytes).unwrap();
        assert_eq!(text, expected(&name, "answers.csv"), "{name}");
    }
}

/// Writes `answers` into a fresh questionnaire of the fixture profiles after `edit` changed
/// its rows, imports it, and checks that it fails without changing any profile; returns
/// stderr.
fn failed_import(answers: &[Filled], edit: impl Fn(&mut Vec<u8>)) -> String {
    let dir = vendors_folder();
    let mut filled = fill_workbook(&questionnaire_of(dir.path(), "en"), answers);
    edit(&mut filled);
    std::fs::write(dir.path().join("q.xlsx"), filled).unwrap();
    let before = profiles_in(dir.path());
    let out = import(dir.path(), "q.xlsx", &["--lang", "en"])
        .code(1)
        .stdout("");
    assert_eq!(profiles_in(dir.path()), before, "nothing is written");
    String::from_utf8(out.get_output().stderr.clone()).unwrap()
}

/// The row (1-based, as a spreadsheet shows it) of a vendor's question in the fixture's
/// English questionnaire.
fn row_of(vendor: &str, question: &str) -> usize {
    let dir = vendors_folder();
    let mut book = open(&questionnaire_of(dir.path(), "en"));
    let rows = rows_of(&mut book, vendor);
    1 + rows.iter().position(|r| r[6] == question).unwrap()
}

#[test]
fn every_bad_answer_is_named_by_its_cell_and_nothing_is_written() {
    let answers: &[Filled] = &[
        ("acme-pro", "coverage", Typed::Text("24x8"), ""),
        ("acme-pro", "sla_availability", Typed::Number(120.0), ""),
        (
            "acme-pro",
            "first_response_critical",
            Typed::Text("2 fortnights"),
            "",
        ),
        ("acme-pro", "dedicated_engineer", Typed::Text("maybe"), ""),
        ("beta-cloud", "coverage", Typed::Text("24x7"), ""),
    ];
    let stderr = failed_import(answers, |_| {});
    let cell = |question: &str| {
        format!(
            "q.xlsx: sheet acme-pro, cell N{}: error: ",
            row_of("acme-pro", question)
        )
    };
    for (question, words) in [
        ("coverage", "`24x8` is not a valid value; use `24x7`, `24x5`, `business-hours` or `none`; did you mean `24x7`?"),
        ("sla_availability", "120 is above the maximum 100"),
        ("first_response_critical", "2 fortnights"),
        ("dedicated_engineer", "`maybe` is not yes or no"),
    ] {
        let line = stderr.lines().find(|l| l.starts_with(&cell(question)));
        assert!(line.is_some_and(|l| l.contains(words)), "{question}: {stderr}");
    }
    assert!(
        stderr.ends_with("error: q.xlsx: 4 errors; nothing was written; fix them and run again\n"),
        "{stderr}"
    );
}

/// A copy of a workbook's bytes with one cell text replaced (in the shared strings).
fn replace_text(bytes: &mut Vec<u8>, from: &str, to: &str) {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes.clone())).unwrap();
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index).unwrap();
        let name = entry.name().to_string();
        let mut content = Vec::new();
        entry.read_to_end(&mut content).unwrap();
        if name == "xl/sharedStrings.xml" {
            let text = String::from_utf8(content).unwrap();
            let from = format!(">{from}<");
            assert!(text.contains(&from), "{from}");
            content = text.replacen(&from, &format!(">{to}<"), 1).into_bytes();
        }
        let options = zip::write::SimpleFileOptions::default();
        out.start_file(name, options).unwrap();
        std::io::Write::write_all(&mut out, &content).unwrap();
    }
    *bytes = out.finish().unwrap().into_inner();
}

#[test]
fn unknown_vendor_ids_and_fields_are_named_by_their_cell() {
    let answers: &[Filled] = &[
        ("beta-cloud", "coverage", Typed::Text("24x7"), ""),
        ("acme-pro", "sla_availability", Typed::Number(99.9), ""),
        ("acme-pro", "dedicated_engineer", Typed::Bool(true), ""),
    ];
    // The strings appear once each in the shared strings of the workbook.
    let stderr = failed_import(answers, |bytes| {
        replace_text(bytes, "beta-cloud", "beta-clod");
        replace_text(bytes, "sla.availability", "sla.availabilty");
        replace_text(bytes, "support.dedicated_engineer", "sla.written");
    });
    let beta = row_of("beta-cloud", "coverage");
    let availability = row_of("acme-pro", "sla_availability");
    let engineer = row_of("acme-pro", "dedicated_engineer");
    for line in [
        format!("q.xlsx: sheet beta-cloud, cell A{beta}: error: no profile beta-clod.toml in vendors; did you mean `beta-cloud`?"),
        format!("q.xlsx: sheet acme-pro, cell H{availability}: error: `sla.availabilty` is not a profile field; did you mean `sla.availability`?"),
        format!("q.xlsx: sheet acme-pro, cell H{engineer}: error: field `sla.written` does not match question `dedicated_engineer`, which fills `support.dedicated_engineer`"),
    ] {
        assert!(stderr.lines().any(|l| l.starts_with(&line)), "{line}\n{stderr}");
    }
}

#[test]
fn a_truncated_or_foreign_file_is_refused_and_nothing_is_written() {
    let half = |bytes: &mut Vec<u8>| bytes.truncate(bytes.len() / 2);
    let stderr = failed_import(&[("acme-pro", "coverage", Typed::Text("24x7"), "")], half);
    assert!(
        stderr.contains("q.xlsx cannot be read as an xlsx workbook"),
        "{stderr}"
    );
    let text = |bytes: &mut Vec<u8>| *bytes = b"vendor_id,answer\nacme-pro,24x7\n".to_vec();
    let stderr = failed_import(&[], text);
    assert!(
        stderr.contains("q.xlsx cannot be read as an xlsx workbook"),
        "{stderr}"
    );
    let dir = vendors_folder();
    std::fs::write(dir.path().join("q.txt"), "x").unwrap();
    import(dir.path(), "q.txt", &[])
        .code(2)
        .stderr(predicate::str::contains(
            "import reads a questionnaire saved as .xlsx or .csv",
        ));
}

#[cfg(unix)]
#[test]
fn a_profile_that_cannot_be_written_stops_the_import_before_any_write() {
    use std::os::unix::fs::PermissionsExt;
    let dir = vendors_folder();
    let filled = fill_workbook(&questionnaire_of(dir.path(), "en"), ANSWERS);
    std::fs::write(dir.path().join("answers.xlsx"), filled).unwrap();
    let beta = dir.path().join("vendors/beta-cloud.toml");
    std::fs::set_permissions(&beta, std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = profiles_in(dir.path());
    import(dir.path(), "answers.xlsx", &[])
        .code(1)
        .stderr(predicate::str::contains("beta-cloud.toml is read-only"));
    assert_eq!(profiles_in(dir.path()), before);
}

#[test]
fn what_import_shows_in_both_languages() {
    for lang in ["en", "zh"] {
        let dir = vendors_folder();
        std::fs::write(dir.path().join("answers.csv"), filled_csv(dir.path())).unwrap();
        let dry = import(dir.path(), "answers.csv", &["--dry-run", "--lang", lang]).success();
        let dry = String::from_utf8(dry.get_output().stdout.clone()).unwrap();
        insta::assert_snapshot!(format!("import_dry_run_{lang}"), dry);
        let bad = "vendor_id,question_id,field,type,answer,source\n\
                   acme-pro,coverage,support.coverage,level,24x8,\n\
                   acme-pro,sla_availability,sla.availability,number,120,\n\
                   acme-pro,fit_industries,fit.industries,list,\"social, gamng\",\n\
                   acme-pr,dedicated_engineer,support.dedicated_engineer,bool,maybe,\n\
                   acme-pro,escalation,support.escalation_path,bool,yes,\n";
        std::fs::write(dir.path().join("bad.csv"), bad).unwrap();
        let failed = import(dir.path(), "bad.csv", &["--lang", lang])
            .code(1)
            .stdout("");
        let failed = String::from_utf8(failed.get_output().stderr.clone()).unwrap();
        insta::assert_snapshot!(format!("import_errors_{lang}"), failed);
    }
}
