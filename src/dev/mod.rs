//! Developer tooling behind the `dev` cargo feature: a synthetic catalogue generator for
//! benchmarks and tests, a dense score matrix for the sensitivity benchmarks, and the fuzz
//! harness. No user command uses it.

pub mod dense;
pub mod harness;
pub mod synthetic;
