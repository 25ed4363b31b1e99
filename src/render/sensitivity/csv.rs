//! `sensitivity --format csv` (SPEC §7): one row per ranked vendor, shares with four decimals,
//! text cells formula-neutralised as in every CSV.

use super::Report;
use crate::render::csv::neutralise;
use crate::util::number::fixed;
use anyhow::Result;

/// The CSV of the analysis.
pub fn render(report: &Report) -> Result<Vec<u8>> {
    let ranked = report.ranked();
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    let mut header: Vec<String> = [
        "vendor_id",
        "vendor",
        "plan",
        "status",
        "rank",
        "best_rank",
        "worst_rank",
        "win_share",
        "top3_share",
        "expected_rank",
        "most_valuable",
        "most_valuable_rank",
    ]
    .map(String::from)
    .to_vec();
    header.extend((1..=ranked.len()).map(|r| format!("rank_{r}")));
    writer.write_record(&header)?;
    for (v, vendor) in ranked.iter().enumerate() {
        writer.write_record(row(report, v, vendor))?;
    }
    Ok(writer.into_inner().map_err(|e| e.into_error())?)
}

fn row(report: &Report, v: usize, vendor: &crate::decide::VendorResult) -> Vec<String> {
    let outlook = &report.analysis.vendors[v];
    let acceptability = &report.analysis.acceptability;
    let question = outlook.most_valuable;
    let mut cells = vec![
        neutralise(vendor.id).into_owned(),
        neutralise(vendor.name).into_owned(),
        neutralise(vendor.plan).into_owned(),
        vendor.status.as_str().to_string(),
        outlook.rank.to_string(),
        outlook.range.best.to_string(),
        outlook.range.worst.to_string(),
        fixed(acceptability.win_share(v), 4),
        fixed(acceptability.top3_share(v), 4),
        fixed(acceptability.expected_rank(v), 4),
        question.map_or_else(String::new, |q| {
            neutralise(report.criterion_id(q.criterion)).into_owned()
        }),
        question.map_or_else(String::new, |q| q.rank.to_string()),
    ];
    cells.extend(acceptability.shares[v].iter().map(|&share| fixed(share, 4)));
    cells
}
