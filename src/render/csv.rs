//! `--format csv`: the column contract of SPEC §5, formula-neutralised text cells.

use crate::decide::Evaluation;
use crate::i18n::Lang;
use anyhow::Result;
use std::borrow::Cow;
use std::fmt::Write as _;

/// Renders the evaluation as CSV; `bom` prepends a UTF-8 byte-order mark for Excel.
pub fn render(evaluation: &Evaluation, bom: bool) -> Result<Vec<u8>> {
    let columns = evaluation.scorecard.criteria.len() + 9;
    let mut bytes = Vec::with_capacity(64 + evaluation.vendors.len() * columns * 8);
    if bom {
        bytes.extend_from_slice("\u{feff}".as_bytes());
    }
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(bytes);
    writer.write_record(header(evaluation))?;
    let mut cells = Cells {
        writer: &mut writer,
        scratch: String::new(),
    };
    for vendor in &evaluation.vendors {
        cells.number(vendor.rank.map(|rank| rank as f64), 0)?;
        cells.text(vendor.id)?;
        cells.text(vendor.name)?;
        cells.text(vendor.plan)?;
        cells.number(Some(vendor.score), 1)?;
        cells.text(vendor.status.as_str())?;
        for criterion in &vendor.criteria {
            cells.number(criterion.score, 1)?;
        }
        cells.number(Some(vendor.unknowns as f64), 0)?;
        cells.number(Some(vendor.confidence), 1)?;
        cells.text(&vendor.note_texts(evaluation.scorecard, Lang::En).join("; "))?;
        cells.writer.write_record(None::<&[u8]>)?;
    }
    Ok(writer.into_inner().map_err(|e| e.into_error())?)
}

/// Writes one cell at a time, formatting numbers into one reused buffer.
struct Cells<'w> {
    writer: &'w mut csv::Writer<Vec<u8>>,
    scratch: String,
}

impl Cells<'_> {
    /// A text cell, formula-neutralised.
    fn text(&mut self, text: &str) -> csv::Result<()> {
        self.writer.write_field(neutralise(text).as_ref())
    }

    /// A number with `decimals` decimals; empty when unknown.
    fn number(&mut self, value: Option<f64>, decimals: usize) -> csv::Result<()> {
        self.scratch.clear();
        if let Some(value) = value {
            let _ = write!(self.scratch, "{value:.decimals$}");
        }
        self.writer.write_field(&self.scratch)
    }
}

fn header(evaluation: &Evaluation) -> Vec<String> {
    let fixed = ["rank", "vendor_id", "vendor", "plan", "score", "status"];
    let mut header: Vec<String> = fixed.iter().map(|s| s.to_string()).collect();
    header.extend(
        evaluation
            .scorecard
            .criteria
            .iter()
            .map(|c| neutralise(&c.id).into_owned()),
    );
    header.extend(["unknowns", "confidence", "notes"].map(String::from));
    header
}

/// Prefixes `'` to a text cell a spreadsheet would run as a formula (OWASP CSV injection).
pub fn neutralise(text: &str) -> Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r', '\n']) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::neutralise;

    #[test]
    fn neutralises_formula_starts_only() {
        for risky in ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "\nx"] {
            assert!(neutralise(risky).starts_with('\''), "{risky:?}");
        }
        assert_eq!(neutralise("Agora"), "Agora");
        assert_eq!(neutralise("a=b"), "a=b");
    }
}
