//! sdkvet: rank SDK vendors by the quality of their paid after-sales support.
//!
//! The crate is laid out by concern, each layer importing only from the layers before it:
//! `model` (what a profile and a scorecard are) ← `load` (files → model, with positioned
//! diagnostics) ← `decide` (the pure scoring core) ← `ask` (questions, checklist, interview,
//! profile edits) and `render` (one renderer per output format) ← `cli` (one module per
//! command). `i18n`, `output` and `util` serve every layer and import nothing above `model`.
//! `main.rs` only parses the command line and reports the outcome.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod ask;
pub mod cli;
pub mod decide;
#[cfg(feature = "dev")]
pub mod dev;
pub mod i18n;
pub mod load;
pub mod model;
pub mod output;
pub mod render;
pub mod util;
