//! Files → model: reading bytes as text, the spanned TOML tree, positioned diagnostics with
//! "did you mean", finding the inputs of a command, and one loader per file kind (profiles have
//! a fast path for clean files, [`clean`]).

pub mod bundled;
pub mod clean;
pub mod diag;
pub mod discover;
pub mod plan;
pub mod profile;
pub mod scorecard;
pub mod source;
pub mod tickets;
pub mod tree;
