//! What sdkvet reasons about: the profile schema, typed facts and levels, durations,
//! profiles, scorecards with typed rules, the built-in criteria, and the vocabulary of
//! findings (what a fact means, knock-out outcomes). Plain data and its invariants; no file
//! reading, no printing.

pub mod builtin;
pub mod duration;
pub mod fact;
pub mod profile;
pub mod schema;
pub mod scorecard;
pub mod verdict;
