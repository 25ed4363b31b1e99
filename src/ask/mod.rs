//! Asking for what is unknown: the bilingual question bank, the per-vendor checklist, the
//! terminal interview behind a prompt trait, and the one module that edits profiles in place.

pub mod checklist;
pub mod edit;
pub mod import;
pub mod interview;
pub mod prompt;
pub mod questions;
pub mod scaffold;
pub mod terminal;
