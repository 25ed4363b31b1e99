//! Reading a filled questionnaire into rows (SPEC §6): an `.xlsx` workbook with calamine (every
//! sheet whose first row is the checklist's header; the instruction sheet has none) or a `.csv`
//! file with the csv crate (a byte-order mark tolerated). A cell the spreadsheet typed (a
//! number, a boolean, a date) becomes the text of that value, so that one parser reads every
//! answer. Each row remembers where it is, to name the sheet and cell, or the CSV line.

use crate::i18n::{questionnaire, Lang};
use calamine::{Data, Reader};
use jiff::ToSpan;
use std::io::Cursor;

/// The columns `import` reads, by their header name.
pub const READ: [&str; 6] = [
    "vendor_id",
    "question_id",
    "field",
    "type",
    "answer",
    "source",
];

/// The columns a questionnaire must have.
const NEEDED: [&str; 4] = ["vendor_id", "question_id", "field", "answer"];

/// Where a row is: a sheet's row (1-based, as a spreadsheet shows it) or a CSV line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum At {
    Sheet { name: String, row: u32 },
    Line(u64),
}

/// One cell of a column `import` reads: its 0-based column and its text, trimmed.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Cell {
    column: u32,
    text: String,
}

/// One row of a questionnaire, with the cells of the [`READ`] columns it has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub at: At,
    cells: [Option<Cell>; READ.len()],
}

impl Row {
    /// The text under a [`READ`] column ("" when the column or the cell is absent).
    pub fn text(&self, column: &str) -> &str {
        self.cell(column).map_or("", |cell| cell.text.as_str())
    }

    fn cell(&self, column: &str) -> Option<&Cell> {
        let index = READ.iter().position(|name| *name == column)?;
        self.cells[index].as_ref()
    }

    /// Where a column's cell is, in words: `q.xlsx: sheet acme, cell N7` or
    /// `q.csv: line 7, column answer`.
    pub fn place(&self, file: &str, column: &str, lang: Lang) -> String {
        match &self.at {
            At::Sheet { name, row } => {
                let letters = self
                    .cell(column)
                    .map_or_else(String::new, |c| letters(c.column));
                questionnaire::at_cell(lang, file, name, &format!("{letters}{row}"))
            }
            At::Line(line) => questionnaire::at_line(lang, file, *line, column),
        }
    }
}

/// A questionnaire's rows, or a problem that stops the reading: a header that lacks a
/// column (with its place), or no header at all.
pub type Rows = Result<Vec<Row>, Vec<(String, String)>>;

/// Column letters of a 0-based column: 0 → A, 13 → N, 26 → AA.
pub fn letters(column: u32) -> String {
    let mut n = column + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rest = (n - 1) % 26;
        out.push(b'A' + rest as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).expect("ASCII letters")
}

/// The header of a table: for each [`READ`] column, where it is; `None` when the row is no
/// checklist header (it lacks `vendor_id`).
type Header = [Option<u32>; READ.len()];

fn header_of<'a>(names: impl Iterator<Item = &'a str>) -> Option<Header> {
    let mut header: Header = [None; READ.len()];
    for (column, name) in (0u32..).zip(names) {
        let name = name.trim_start_matches('\u{feff}').trim();
        if let Some(index) = READ.iter().position(|read| *read == name) {
            header[index].get_or_insert(column);
        }
    }
    header[0].map(|_| header)
}

/// The needed columns a header lacks.
fn missing(header: &Header) -> Vec<&'static str> {
    NEEDED
        .iter()
        .filter(|name| {
            let index = READ.iter().position(|read| read == *name).expect("read");
            header[index].is_none()
        })
        .copied()
        .collect()
}

/// A row's cells of the [`READ`] columns, by a function from column to text.
fn row_of(at: At, header: &Header, text: impl Fn(u32) -> String) -> Row {
    let cells = header.map(|column| {
        column.map(|column| Cell {
            column,
            text: text(column).trim().to_string(),
        })
    });
    Row { at, cells }
}

/// The rows of every questionnaire sheet of a workbook; `Err` with the file-level message
/// when the bytes are not a workbook calamine can read.
pub fn read_xlsx(bytes: Vec<u8>, file: &str, lang: Lang) -> Result<Rows, String> {
    let fail = |e: &dyn std::fmt::Display| questionnaire::not_a_workbook(lang, file, e);
    let mut book: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(Cursor::new(bytes)).map_err(|e| fail(&e))?;
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    let mut found = false;
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).map_err(|e| fail(&e))?;
        let Some((top, left)) = range.start() else {
            continue;
        };
        let mut lines = range.rows();
        let Some(first) = lines.next() else { continue };
        let texts: Vec<String> = first.iter().map(cell_text).collect();
        let Some(header) = header_of(texts.iter().map(String::as_str)) else {
            continue;
        };
        found = true;
        let header = header.map(|c| c.map(|c| c + left));
        for column in missing(&header) {
            let at = questionnaire::at_cell(lang, file, &name, &format!("A{}", top + 1));
            problems.push((at, questionnaire::missing_column(lang, column)));
        }
        for (offset, line) in (1u32..).zip(lines) {
            let at = At::Sheet {
                name: name.clone(),
                row: top + offset + 1,
            };
            let text = |column: u32| {
                line.get((column - left) as usize)
                    .map(cell_text)
                    .unwrap_or_default()
            };
            rows.push(row_of(at, &header, text));
        }
    }
    Ok(finish(rows, problems, found, file, lang))
}

/// The rows, or the problems of the headers.
fn finish(
    rows: Vec<Row>,
    mut problems: Vec<(String, String)>,
    found: bool,
    file: &str,
    lang: Lang,
) -> Rows {
    if !found {
        let file = crate::util::escape::escape_control(file);
        problems.push((file, questionnaire::no_header(lang)));
    }
    if problems.is_empty() {
        Ok(rows)
    } else {
        Err(problems)
    }
}

/// The rows of a CSV questionnaire (its first record is the header); `Err` with the
/// file-level message when it cannot be read as CSV.
pub fn read_csv(bytes: &[u8], file: &str, lang: Lang) -> Result<Rows, String> {
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut records = reader.records();
    let fail = |e: &dyn std::fmt::Display| questionnaire::not_csv(lang, file, e);
    let Some(first) = records.next().transpose().map_err(|e| fail(&e))? else {
        return Ok(finish(Vec::new(), Vec::new(), false, file, lang));
    };
    let Some(header) = header_of(first.iter()) else {
        return Ok(finish(Vec::new(), Vec::new(), false, file, lang));
    };
    let line = first.position().map_or(1, |p| p.line());
    let problems: Vec<(String, String)> = missing(&header)
        .into_iter()
        .map(|column| {
            let at = questionnaire::at_line(lang, file, line, column);
            (at, questionnaire::missing_column(lang, column))
        })
        .collect();
    let mut rows = Vec::new();
    for record in records {
        let record = record.map_err(|e| fail(&e))?;
        let at = At::Line(record.position().map_or(0, |p| p.line()));
        let text = |column: u32| record.get(column as usize).unwrap_or("").to_string();
        rows.push(row_of(at, &header, text));
    }
    Ok(finish(rows, problems, true, file, lang))
}

/// A cell as text: strings as written, numbers in their shortest form, booleans as
/// `true`/`false`, dates as `YYYY-MM-DD` (a date with a time keeps it, which no date
/// answer takes), spreadsheet errors as shown (`#N/A`).
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(text) | Data::DateTimeIso(text) | Data::DurationIso(text) => text.clone(),
        Data::Int(n) => n.to_string(),
        Data::Float(n) => crate::util::number::format_number(*n),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(day) if day.is_datetime() => serial_date(day.as_f64()),
        Data::DateTime(other) => crate::util::number::format_number(other.as_f64()),
        Data::Error(error) => error.to_string(),
    }
}

/// An Excel date serial (1900 system: 1 is 1900-01-01, with its phantom 1900-02-29) as
/// `YYYY-MM-DD`, with `THH:MM` when it has a time of day.
fn serial_date(serial: f64) -> String {
    let days = serial.floor();
    let epoch = if days >= 61.0 {
        jiff::civil::date(1899, 12, 30)
    } else {
        jiff::civil::date(1899, 12, 31)
    };
    let Ok(day) = epoch.checked_add((days as i64).days()) else {
        return crate::util::number::format_number(serial);
    };
    let minutes = ((serial - days) * 1440.0).round() as i64;
    if minutes == 0 {
        day.to_string()
    } else {
        format!("{day}T{:02}:{:02}", minutes / 60, minutes % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date_of(text: &str) -> Option<jiff::civil::Date> {
        text.parse().ok()
    }

    #[test]
    fn column_letters() {
        assert_eq!(letters(0), "A");
        assert_eq!(letters(13), "N");
        assert_eq!(letters(25), "Z");
        assert_eq!(letters(26), "AA");
        assert_eq!(letters(701), "ZZ");
        assert_eq!(letters(702), "AAA");
    }

    #[test]
    fn excel_serials_are_dates() {
        assert_eq!(serial_date(46310.0), "2026-10-15");
        assert_eq!(
            date_of(&serial_date(61.0)),
            Some(jiff::civil::date(1900, 3, 1))
        );
        assert_eq!(serial_date(1.0), "1900-01-01");
        assert_eq!(serial_date(46310.5), "2026-10-15T12:00");
    }

    #[test]
    fn typed_cells_read_as_their_value() {
        assert_eq!(cell_text(&Data::Float(99.99)), "99.99");
        assert_eq!(cell_text(&Data::Float(30.0)), "30");
        assert_eq!(cell_text(&Data::Int(-0)), "0");
        assert_eq!(cell_text(&Data::Bool(true)), "true");
    }

    #[test]
    fn csv_with_a_bom_quoted_commas_and_a_missing_column() {
        let text = "\u{feff}vendor_id,question_id,field,answer\nacme,channels,support.channels,\"ticket, phone\"\n";
        let rows = read_csv(text.as_bytes(), "q.csv", Lang::En)
            .unwrap()
            .unwrap();
        assert_eq!(rows[0].text("answer"), "ticket, phone");
        assert_eq!(rows[0].at, At::Line(2));
        assert_eq!(rows[0].text("source"), "");
        assert_eq!(
            rows[0].place("q.csv", "answer", Lang::En),
            "q.csv: line 2, column answer"
        );
        let lacking = read_csv(b"vendor_id,field\n", "q.csv", Lang::En).unwrap();
        let problems = lacking.unwrap_err();
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].1.contains("`question_id`"), "{problems:?}");
        assert!(read_csv(b"a,b\n1,2\n", "q.csv", Lang::En).unwrap().is_err());
    }
}
