//! What sdkvet reasons about: the profile schema, facts, durations, profiles, scorecards and
//! the built-in criteria. Plain data and its invariants; no file reading, no printing.

pub mod duration;
pub mod schema;
