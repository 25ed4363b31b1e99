//! sdkvet: rank SDK vendors by the quality of their paid after-sales support.
//!
//! The library holds the model (profiles, scorecards), loading with positioned diagnostics,
//! the pure scoring core, the renderers and the command layer; `main.rs` only parses the
//! command line and reports the outcome.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod bundled;
pub mod checklist;
pub mod cli;
pub mod diag;
pub mod duration;
pub mod edit;
pub mod harness;
pub mod inputs;
pub mod interview;
pub mod output;
pub mod parallel;
pub mod profile;
pub mod questions;
pub mod render;
pub mod schema;
pub mod score;
pub mod scorecard;
pub mod source;
pub mod suggest;
pub mod synthetic;
pub mod tree;
