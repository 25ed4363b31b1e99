//! A plain grid of text cells, as the trial and cost reports print it: a terminal table
//! (escaped, wrapped to `--width`, stacked one `label: value` line per column when too narrow),
//! CSV (RFC 4180, formula cells neutralised) and a Markdown table (literal text).

use super::csv::neutralise;
use super::markdown::escape;
use super::text::{display_width, wrap_indented};
use crate::i18n::{labelled, Lang};
use crate::util::escape::escape_control;
use anyhow::Result;
use comfy_table::{CellAlignment, ContentArrangement, LineStyle, Table, TableStyle};

/// Rows of cells under machine-readable and human headers.
pub struct Grid {
    /// CSV headers (English, fixed by the spec).
    pub keys: Vec<&'static str>,
    /// Table and Markdown headers, in the chosen language.
    pub labels: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Columns whose cells are numbers (right-aligned in a table).
    pub numeric: Vec<usize>,
    /// The language of the labels (a stacked `label: value` takes its colon).
    pub lang: Lang,
}

impl Grid {
    /// The grid as a terminal table, or stacked blocks when it cannot fit `width`.
    pub fn table(&self, width: Option<usize>) -> String {
        let mut table = Table::new();
        let style = TableStyle::new().header_separator(LineStyle::none().fill('─').junction(' '));
        table.load_style(style).force_no_tty();
        table.set_header(self.labels.iter().map(|l| escape_control(l)));
        for row in &self.rows {
            table.add_row(row.iter().map(|c| escape_control(c)));
        }
        for index in &self.numeric {
            if let Some(column) = table.column_mut(*index) {
                column.set_cell_alignment(CellAlignment::Right);
            }
        }
        let natural = table.to_string();
        let widest = natural.lines().map(display_width).max().unwrap_or(0);
        match width {
            Some(width) if widest > width => self.stacked(width),
            _ => {
                table.set_content_arrangement(ContentArrangement::Disabled);
                trimmed(&natural)
            }
        }
    }

    /// One block per row, one `label: value` line per column, wrapped to `width`.
    fn stacked(&self, width: usize) -> String {
        let mut out = String::new();
        for row in &self.rows {
            for (label, cell) in self.labels.iter().zip(row) {
                let line = labelled(self.lang, &escape_control(label)) + &escape_control(cell);
                for piece in wrap_indented(&line, width, "", "    ") {
                    out.push_str(piece.trim_end());
                    out.push('\n');
                }
            }
            out.push('\n');
        }
        out
    }

    /// RFC 4180 CSV with `\n` line ends; text cells that a spreadsheet would run are prefixed.
    pub fn csv(&self) -> Result<Vec<u8>> {
        let mut writer = csv::WriterBuilder::new()
            .terminator(csv::Terminator::Any(b'\n'))
            .from_writer(Vec::new());
        writer.write_record(&self.keys)?;
        for row in &self.rows {
            let cells: Vec<String> = row
                .iter()
                .enumerate()
                .map(|(i, c)| match self.numeric.contains(&i) {
                    true => c.clone(),
                    false => neutralise(c).into_owned(),
                })
                .collect();
            writer.write_record(&cells)?;
        }
        Ok(writer.into_inner()?)
    }

    /// A GitHub-flavoured Markdown table; every cell is literal text.
    pub fn markdown(&self) -> String {
        let line = |cells: Vec<String>| format!("| {} |\n", cells.join(" | "));
        let mut out = line(self.labels.iter().map(|l| escape(l)).collect());
        out.push_str(&line(
            (0..self.labels.len())
                .map(|i| {
                    if self.numeric.contains(&i) {
                        "---:"
                    } else {
                        "---"
                    }
                    .to_string()
                })
                .collect(),
        ));
        for row in &self.rows {
            out.push_str(&line(row.iter().map(|c| escape(c)).collect()));
        }
        out
    }
}

/// Lines without trailing spaces, ending in a newline.
fn trimmed(text: &str) -> String {
    text.lines()
        .map(|l| format!("{}\n", l.trim_end()))
        .collect()
}
