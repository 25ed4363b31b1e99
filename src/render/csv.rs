//! `--format csv`: the column contract of SPEC §5, formula-neutralised text cells.

use super::one_decimal;
use crate::score::Evaluation;
use anyhow::Result;

/// Renders the evaluation as CSV; `bom` prepends a UTF-8 byte-order mark for Excel.
pub fn render(evaluation: &Evaluation, bom: bool) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    if bom {
        bytes.extend_from_slice("\u{feff}".as_bytes());
    }
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(bytes);
    writer.write_record(header(evaluation))?;
    for vendor in &evaluation.vendors {
        let mut row = vec![
            vendor.rank.map(|r| r.to_string()).unwrap_or_default(),
            neutralise(&vendor.id),
            neutralise(&vendor.name),
            neutralise(&vendor.plan),
            one_decimal(vendor.score),
            vendor.status.as_str().to_string(),
        ];
        row.extend(
            vendor
                .criteria
                .iter()
                .map(|c| c.score.map(one_decimal).unwrap_or_default()),
        );
        row.push(vendor.unknowns.to_string());
        row.push(one_decimal(vendor.confidence));
        row.push(neutralise(&vendor.notes.join("; ")));
        writer.write_record(&row)?;
    }
    Ok(writer.into_inner().map_err(|e| e.into_error())?)
}

fn header(evaluation: &Evaluation) -> Vec<String> {
    let fixed = ["rank", "vendor_id", "vendor", "plan", "score", "status"];
    let mut header: Vec<String> = fixed.iter().map(|s| s.to_string()).collect();
    header.extend(
        evaluation
            .scorecard
            .criteria
            .iter()
            .map(|c| neutralise(&c.id)),
    );
    header.extend(["unknowns", "confidence", "notes"].map(String::from));
    header
}

/// Prefixes `'` to a text cell a spreadsheet would run as a formula (OWASP CSV injection).
pub fn neutralise(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r', '\n']) {
        format!("'{text}")
    } else {
        text.to_string()
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
