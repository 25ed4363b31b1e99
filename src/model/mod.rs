//! What sdkvet reasons about: the profile schema, facts, durations, profiles, scorecards, the
//! built-in criteria, the question bank's data and the checklist's result. Plain data and its
//! invariants; no file reading, no printing.

pub mod duration;
pub mod question;
pub mod schema;
