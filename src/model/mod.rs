//! What sdkvet reasons about: the profile schema, typed facts and levels, durations,
//! profiles, scorecards with typed rules, the built-in criteria, the vocabulary of findings
//! (what a fact means, knock-out outcomes), the question bank's data and the checklist's
//! result. Plain data and its invariants; no file reading, no printing.

pub mod builtin;
pub mod calendar;
pub mod cost;
pub mod duration;
pub mod fact;
pub mod profile;
pub mod question;
pub mod schema;
pub mod scorecard;
pub mod trial;
pub mod verdict;
