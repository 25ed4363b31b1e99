//! The checklist as a workbook to send to vendors (SPEC §6, `checklist --format xlsx`): a sheet
//! explaining how to answer, in the chosen language, then one sheet per vendor with the CSV's
//! columns, a frozen header, wrapped text, yellow `answer` and `source` cells, and on each
//! `answer` cell a data-validation rule that fits the question's type. Every text cell is
//! written as a string, never as a formula, whatever it holds. Returns the file's bytes.

use super::checklist::{cells, Cell};
use crate::i18n::{fields::yes_no, questionnaire, Lang};
use crate::model::question::{AnswerType, ChecklistItem, VendorChecklist, CHECKLIST_COLUMNS};
use crate::model::schema::{self, FieldType, Range};
use anyhow::{Context, Result};
use rust_xlsxwriter::{
    Color, DataValidation, DataValidationRule, ExcelDateTime, Format, FormatAlign, Workbook,
    Worksheet,
};
use std::collections::HashSet;

/// The workbook: the instruction sheet, then a sheet per vendor.
pub fn workbook(lists: &[VendorChecklist], lang: Lang) -> Result<Vec<u8>> {
    let mut book = Workbook::new();
    let formats = Formats::new();
    let instructions = questionnaire::instruction_sheet(lang);
    write_instructions(book.add_worksheet().set_name(instructions)?, &formats, lang)?;
    let ids: Vec<&str> = lists.iter().map(|list| list.id.as_str()).collect();
    for (list, name) in lists.iter().zip(sheet_names(&ids, &[instructions])) {
        let sheet = book.add_worksheet().set_name(name)?;
        write_vendor(sheet, list, &formats, lang)?;
    }
    book.save_to_buffer().context("cannot write the workbook")
}

/// The cell formats of the workbook.
struct Formats {
    header: Format,
    text: Format,
    wrapped: Format,
    to_fill: Format,
    date_to_fill: Format,
    title: Format,
}

impl Formats {
    fn new() -> Formats {
        let top = Format::new().set_align(FormatAlign::Top);
        let to_fill = top
            .clone()
            .set_text_wrap()
            .set_background_color(Color::RGB(0xFFF2CC))
            .set_border(rust_xlsxwriter::FormatBorder::Thin)
            .set_border_color(Color::RGB(0xBFBFBF))
            .set_unlocked();
        Formats {
            header: top
                .clone()
                .set_bold()
                .set_text_wrap()
                .set_background_color(Color::RGB(0xD9E1F2)),
            wrapped: top.clone().set_text_wrap(),
            date_to_fill: to_fill.clone().set_num_format("yyyy-mm-dd"),
            to_fill,
            title: Format::new().set_bold().set_font_size(14),
            text: top,
        }
    }
}

/// Column widths, in characters, in [`CHECKLIST_COLUMNS`] order.
const WIDTHS: [f64; 15] = [
    18.0, 18.0, 14.0, 6.0, 16.0, 11.0, 22.0, 26.0, 9.0, 28.0, 22.0, 7.0, 60.0, 30.0, 30.0,
];

/// Where `answer` and `source` are.
const ANSWER: u16 = 13;
const SOURCE: u16 = 14;

/// Columns whose text wraps: vendor, plan, allowed, current, question.
const WRAPPED: [u16; 5] = [1, 2, 9, 10, 12];

fn write_vendor(
    sheet: &mut Worksheet,
    list: &VendorChecklist,
    formats: &Formats,
    lang: Lang,
) -> Result<()> {
    for (column, (name, width)) in (0u16..).zip(CHECKLIST_COLUMNS.iter().zip(WIDTHS)) {
        sheet.set_column_width(column, width)?;
        sheet.write_string_with_format(0, column, *name, &formats.header)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    for (row, item) in (1u32..).zip(&list.items) {
        write_row(sheet, row, list, item, formats, lang)?;
    }
    Ok(())
}

/// One question's row: its cells as text or numbers, the cells to fill, the answer's rule.
fn write_row(
    sheet: &mut Worksheet,
    row: u32,
    list: &VendorChecklist,
    item: &ChecklistItem,
    formats: &Formats,
    lang: Lang,
) -> Result<()> {
    for (column, cell) in (0u16..).zip(cells(list, item, lang)) {
        let format = if WRAPPED.contains(&column) {
            &formats.wrapped
        } else {
            &formats.text
        };
        match cell {
            Cell::Text(text) => sheet.write_string_with_format(row, column, text, format)?,
            Cell::Count(n) => sheet.write_number_with_format(row, column, n as f64, format)?,
            Cell::Decimal(n) => {
                let tenths = (n * 10.0).round() / 10.0 + 0.0;
                sheet.write_number_with_format(row, column, tenths, format)?
            }
            Cell::Empty => sheet.write_blank(row, column, format)?,
        };
    }
    let answer_format = if item.asks.answer == AnswerType::Date {
        &formats.date_to_fill
    } else {
        &formats.to_fill
    };
    sheet.write_blank(row, ANSWER, answer_format)?;
    sheet.write_blank(row, SOURCE, &formats.to_fill)?;
    if let Some(rule) = answer_rule(item, lang)? {
        sheet.add_data_validation(row, ANSWER, row, ANSWER, &rule)?;
    }
    Ok(())
}

/// The data-validation rule of an answer cell: a drop-down for yes/no and levels, a number
/// range, a date; none for durations, lists and text, which take words.
fn answer_rule(item: &ChecklistItem, lang: Lang) -> Result<Option<DataValidation>> {
    let question = &item.asks;
    let rule = match question.answer {
        AnswerType::Bool => {
            DataValidation::new().allow_list_strings(&[yes_no(true, lang), yes_no(false, lang)])?
        }
        AnswerType::Level => DataValidation::new().allow_list_strings(&question.values)?,
        AnswerType::Number => {
            let (min, max) = number_bounds(question.field.as_deref(), question.min, question.max);
            DataValidation::new().allow_decimal_number(DataValidationRule::Between(min, max))
        }
        AnswerType::Date => {
            let first = ExcelDateTime::from_ymd(1900, 1, 1)?;
            let last = ExcelDateTime::from_ymd(9999, 12, 31)?;
            DataValidation::new().allow_date(DataValidationRule::Between(first, last))
        }
        AnswerType::Duration | AnswerType::List | AnswerType::Text => return Ok(None),
    };
    Ok(Some(rule.ignore_blank(true)))
}

/// The range of a number answer: the question's bounds, else the field's, else any number.
fn number_bounds(field: Option<&str>, min: Option<f64>, max: Option<f64>) -> (f64, f64) {
    let range = field
        .and_then(schema::field)
        .and_then(|spec| match spec.ty {
            FieldType::Number(range) => Some(range),
            _ => None,
        });
    let (field_min, field_max) = match range {
        Some(Range::NonNegative) => (0.0, crate::model::duration::MAX_AMOUNT),
        Some(Range::Percent) => (0.0, 100.0),
        Some(Range::WeekHours) => (1.0, 168.0),
        Some(Range::Money) => (0.0, crate::model::schema::MAX_MONEY),
        None => (-1e15, 1e15),
    };
    (min.unwrap_or(field_min), max.unwrap_or(field_max))
}

fn write_instructions(sheet: &mut Worksheet, formats: &Formats, lang: Lang) -> Result<()> {
    let (title, paragraphs, head) = questionnaire::instructions(lang);
    sheet.set_column_width(0, 12.0)?;
    sheet.set_column_width(1, 100.0)?;
    sheet.write_string_with_format(0, 0, title, &formats.title)?;
    let mut row = 2;
    for paragraph in paragraphs {
        sheet.merge_range(row, 0, row, 1, paragraph, &formats.wrapped)?;
        sheet.set_row_height(row, 48)?;
        row += 1;
    }
    row += 1;
    sheet.write_string_with_format(row, 0, head[0], &formats.header)?;
    sheet.write_string_with_format(row, 1, head[1], &formats.header)?;
    for (ty, how) in questionnaire::how_to_answer(lang) {
        row += 1;
        sheet.write_string_with_format(row, 0, ty, &formats.text)?;
        sheet.write_string_with_format(row, 1, how, &formats.wrapped)?;
    }
    Ok(())
}

/// The characters a sheet name cannot hold (SPEC §6).
const NOT_IN_SHEET_NAMES: [char; 7] = ['[', ']', ':', '*', '?', '/', '\\'];

/// Excel's longest sheet name, in characters.
const SHEET_NAME_CHARS: usize = 31;

/// A sheet name per vendor id: the characters a sheet name cannot hold replaced by `_`, at
/// most 31 characters, unique ignoring case among themselves and the `taken` names (a
/// number is appended to a repeat: `acme~2`).
pub fn sheet_names(ids: &[&str], taken: &[&str]) -> Vec<String> {
    let mut used: HashSet<String> = taken.iter().map(|name| name.to_lowercase()).collect();
    ids.iter()
        .map(|id| {
            let base = sheet_base(id);
            let name = (1..)
                .map(|n| numbered(&base, n))
                .find(|name| !used.contains(&name.to_lowercase()))
                .expect("some number is free");
            used.insert(name.to_lowercase());
            name
        })
        .collect()
}

/// An id as a sheet name, before it is made unique: no forbidden character, no apostrophe
/// at either end (Excel refuses one there), never empty, at most 31 characters.
fn sheet_base(id: &str) -> String {
    let mut name: String = id
        .chars()
        .map(|c| {
            if NOT_IN_SHEET_NAMES.contains(&c) || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .take(SHEET_NAME_CHARS)
        .collect();
    for end in [0, name.chars().count().saturating_sub(1)] {
        if name.chars().nth(end) == Some('\'') {
            name = name
                .chars()
                .enumerate()
                .map(|(i, c)| if i == end { '_' } else { c })
                .collect();
        }
    }
    if name.is_empty() {
        name.push('_');
    }
    name
}

/// `base` for the first, else `base~n`, cut so that it stays within 31 characters.
fn numbered(base: &str, n: usize) -> String {
    if n == 1 {
        return base.to_string();
    }
    let suffix = format!("~{n}");
    let keep = SHEET_NAME_CHARS - suffix.chars().count();
    let cut: String = base.chars().take(keep).collect();
    format!("{cut}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_follow_the_spec() {
        let long = "a".repeat(40);
        let names = sheet_names(
            &[
                "a[b]:c*d?e/f\\g",
                &long,
                "Acme",
                "acme",
                "instructions",
                "'q'",
            ],
            &["Instructions"],
        );
        assert_eq!(names[0], "a_b__c_d_e_f_g");
        assert_eq!(names[1], "a".repeat(31));
        assert_eq!(names[2], "Acme");
        assert_eq!(names[3], "acme~2");
        assert_eq!(names[4], "instructions~2");
        assert_eq!(names[5], "_q_");
        for name in &names {
            assert!(
                rust_xlsxwriter::utility::check_sheet_name(name).is_ok(),
                "{name}"
            );
        }
    }

    #[test]
    fn long_repeated_names_stay_within_31_characters_and_unique() {
        let long = "x".repeat(40);
        let ids: Vec<&str> = vec![long.as_str(); 12];
        let names = sheet_names(&ids, &[]);
        let unique: HashSet<String> = names.iter().map(|n| n.to_lowercase()).collect();
        assert_eq!(unique.len(), 12);
        assert!(names.iter().all(|n| n.chars().count() <= 31));
        assert!(names[11].ends_with("~12"));
    }

    proptest::proptest! {
        #[test]
        fn any_ids_give_valid_sheet_names_unique_ignoring_case(
            ids in proptest::collection::vec("[a-zA-Z'\\[\\]:*?/\\\\ 声-]{0,40}", 0..12)
        ) {
            let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
            let names = sheet_names(&ids, &["Instructions"]);
            let unique: HashSet<String> = names.iter().map(|n| n.to_lowercase()).collect();
            proptest::prop_assert_eq!(unique.len(), ids.len());
            proptest::prop_assert!(!unique.contains("instructions"));
            for name in &names {
                proptest::prop_assert!(
                    rust_xlsxwriter::utility::check_sheet_name(name).is_ok(),
                    "{:?}",
                    name
                );
            }
        }
    }

    #[test]
    fn number_answers_get_their_field_range() {
        assert_eq!(
            number_bounds(Some("sla.availability"), None, None),
            (0.0, 100.0)
        );
        assert_eq!(
            number_bounds(Some("lifecycle.upgrade_notice_days"), Some(0.0), None),
            (0.0, 1e9)
        );
        assert_eq!(
            number_bounds(Some("extra.price"), None, None),
            (-1e15, 1e15)
        );
    }
}
