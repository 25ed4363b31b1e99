//! `--format csv`: the column contract of SPEC §5, formula-neutralised text cells; a large
//! evaluation's rows are written on every core.

use crate::decide::{Evaluation, VendorResult};
use crate::i18n::{report, Lang};
use crate::util::number::drop_negative_zero;
use crate::util::parallel;
use anyhow::Result;
use std::borrow::Cow;
use std::fmt::Write as _;

/// Vendors per piece of the CSV; large evaluations are written a piece per core at a time.
const VENDORS_PER_PIECE: usize = 64;

/// Renders the evaluation as CSV; `bom` prepends a UTF-8 byte-order mark for Excel.
pub fn render(evaluation: &Evaluation, bom: bool, lang: Lang) -> Result<Vec<u8>> {
    let columns = evaluation.scorecard.criteria.len() + 11;
    let mut bytes = Vec::with_capacity(64 + evaluation.vendors.len() * columns * 8);
    if bom {
        bytes.extend_from_slice("\u{feff}".as_bytes());
    }
    let mut writer = csv_writer(bytes);
    writer.write_record(header(evaluation))?;
    let mut bytes = writer.into_inner().map_err(|e| e.into_error())?;
    // Rows are independent, so pieces written apart and joined are the same bytes.
    let pieces: Vec<&[VendorResult]> = evaluation.vendors.chunks(VENDORS_PER_PIECE).collect();
    let threads = parallel::threads_for(evaluation.vendors.len());
    for piece in parallel::map_on(threads, &pieces, |vendors| rows(evaluation, vendors, lang)) {
        bytes.extend_from_slice(&piece?);
    }
    Ok(bytes)
}

fn csv_writer(bytes: Vec<u8>) -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(bytes)
}

/// The CSV rows of `vendors`.
fn rows(evaluation: &Evaluation, vendors: &[VendorResult], lang: Lang) -> Result<Vec<u8>> {
    let mut writer = csv_writer(Vec::with_capacity(vendors.len() * 128));
    let mut cells = Cells {
        writer: &mut writer,
        scratch: String::new(),
    };
    for vendor in vendors {
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
        let range = vendor.rank_range;
        cells.number(range.map(|range| range.best as f64), 0)?;
        cells.number(range.map(|range| range.worst as f64), 0)?;
        let notes = vendor.note_texts(evaluation.scorecard, lang);
        cells.text(&notes.join(report::note_separator(lang)))?;
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

    /// A number with `decimals` decimals, never `-0.0`; empty when unknown (and, should one
    /// ever come, for NaN or an infinity).
    fn number(&mut self, value: Option<f64>, decimals: usize) -> csv::Result<()> {
        self.scratch.clear();
        if let Some(value) = value.filter(|value| value.is_finite()) {
            write_fixed(&mut self.scratch, value, decimals);
            drop_negative_zero(&mut self.scratch);
        }
        self.writer.write_field(&self.scratch)
    }
}

/// Appends `value` with `decimals` decimals, exactly as `{value:.decimals$}` does, but fast
/// for the usual case: a small positive number with at most one decimal, not halfway between
/// two roundings. (std's exact formatting was a tenth of the CPU time of a large CSV.)
fn write_fixed(out: &mut String, value: f64, decimals: usize) {
    let scale = match decimals {
        0 => 1.0,
        1 => 10.0,
        _ => return push_std_fixed(out, value, decimals),
    };
    let scaled = value * scale;
    // Off by at most 2^-23 below 1e9: only a value within 1e-6 of a half could round
    // otherwise than its exact decimal expansion does.
    let easy = value.is_sign_positive() && scaled < 1e9 && (scaled.fract() - 0.5).abs() > 1e-6;
    if !easy {
        return push_std_fixed(out, value, decimals);
    }
    let units = scaled.round() as u64;
    if decimals == 0 {
        push_digits(out, units);
    } else {
        push_digits(out, units / 10);
        out.push('.');
        push_digits(out, units % 10);
    }
}

/// The decimal digits of `number`, without `fmt`'s machinery.
fn push_digits(out: &mut String, mut number: u64) {
    let mut digits = [0u8; 20];
    let mut start = digits.len();
    loop {
        start -= 1;
        digits[start] = b'0' + (number % 10) as u8;
        number /= 10;
        if number == 0 {
            break;
        }
    }
    out.extend(digits[start..].iter().map(|&digit| char::from(digit)));
}

fn push_std_fixed(out: &mut String, value: f64, decimals: usize) {
    let _ = write!(out, "{value:.decimals$}");
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
    let last = ["unknowns", "confidence", "best_rank", "worst_rank", "notes"];
    header.extend(last.map(String::from));
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
    use super::{csv_writer, neutralise, write_fixed};

    fn fixed(value: f64, decimals: usize) -> String {
        let mut out = String::new();
        write_fixed(&mut out, value, decimals);
        out
    }

    #[test]
    fn a_large_evaluation_written_in_pieces_is_one_csv() {
        use crate::dev::synthetic::{profile_id, profile_text, scorecard_text};
        use crate::load::source::SourceFile;
        use std::path::Path;
        let profiles: Vec<_> = (0..2000)
            .map(|index| {
                let path = format!("vendors/{}.toml", profile_id(index));
                let source = SourceFile::from_text(Path::new(&path), profile_text(5, index));
                crate::load::profile::load_profile(&source).0.unwrap()
            })
            .collect();
        let source = SourceFile::from_text(Path::new("s.toml"), scorecard_text(5));
        let card = crate::load::scorecard::load_scorecard(&source, &Default::default());
        let card = card.0.unwrap();
        let evaluation = crate::decide::evaluate(&profiles, &card, jiff::civil::date(2026, 11, 21));
        let mut whole = csv_writer(Vec::new());
        whole.write_record(super::header(&evaluation)).unwrap();
        let mut expected = whole.into_inner().unwrap();
        expected
            .extend(super::rows(&evaluation, &evaluation.vendors, crate::i18n::Lang::En).unwrap());
        assert_eq!(
            super::render(&evaluation, false, crate::i18n::Lang::En).unwrap(),
            expected
        );
        assert_eq!(expected.iter().filter(|&&b| b == b'\n').count(), 2001);
    }

    #[test]
    fn numbers_are_written_as_std_writes_them() {
        let mut values: Vec<f64> = (0..200_000).map(|k| f64::from(k) / 1000.0).collect();
        values.extend((0..4000).map(|k| f64::from(k) * 0.05));
        values.extend([
            0.25,
            0.35,
            2.5,
            0.45,
            1e9,
            1e300,
            -0.0,
            -0.04,
            -1.5,
            f64::NAN,
        ]);
        values.extend([
            f64::INFINITY,
            99.95,
            99.949_999_999_999_99,
            1.0 / 3.0,
            2.0 / 3.0,
        ]);
        let mut state = 1u64;
        for _ in 0..20_000 {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1);
            values.push((state >> 11) as f64 / (1u64 << 53) as f64 * 1000.0);
        }
        for value in values {
            for decimals in [0, 1, 2] {
                assert_eq!(
                    fixed(value, decimals),
                    format!("{value:.decimals$}"),
                    "{value:?}"
                );
            }
        }
    }

    #[test]
    fn neutralises_formula_starts_only() {
        for risky in ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "\nx"] {
            assert!(neutralise(risky).starts_with('\''), "{risky:?}");
        }
        assert_eq!(neutralise("Agora"), "Agora");
        assert_eq!(neutralise("a=b"), "a=b");
    }
}
