//! `compare --format csv` (SPEC §8): one row per vendor, in the consensus's order:
//! `vendor_id,vendor,plan,<name>_rank,<name>_score,…,consensus_rank,consensus_score`.

use super::Comparison;
use crate::render::csv::neutralise;
use crate::render::one_decimal;
use anyhow::Result;

pub fn render(comparison: &Comparison) -> Result<Vec<u8>> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    let mut header: Vec<String> = ["vendor_id", "vendor", "plan"].map(String::from).to_vec();
    for e in 0..comparison.evaluations.len() {
        let name = comparison.name(e);
        header.push(neutralise(&format!("{name}_rank")).into_owned());
        header.push(neutralise(&format!("{name}_score")).into_owned());
    }
    writer.write_record(&header)?;
    for (vendor, results) in comparison.vendors().iter().zip(comparison.results()) {
        let mut row = vec![
            neutralise(vendor.id).into_owned(),
            neutralise(vendor.name).into_owned(),
            neutralise(vendor.plan).into_owned(),
        ];
        for result in results {
            row.push(result.rank.map_or_else(String::new, |r| r.to_string()));
            row.push(one_decimal(result.score));
        }
        writer.write_record(&row)?;
    }
    Ok(writer.into_inner().map_err(|e| e.into_error())?)
}
