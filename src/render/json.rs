//! `--format json`: the whole evaluation as one object (SPEC §5); unknown is `null`.

use crate::decide::evaluate::Evaluation;
use anyhow::Result;

/// Pretty-printed JSON with a final newline.
pub fn render(evaluation: &Evaluation) -> Result<Vec<u8>> {
    let mut bytes = serde_json::to_vec_pretty(evaluation)?;
    bytes.push(b'\n');
    Ok(bytes)
}
