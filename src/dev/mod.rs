//! Developer tooling behind the `dev` cargo feature: a synthetic catalogue generator for
//! benchmarks and tests, and the fuzz harness. No user command uses it.

pub mod harness;
pub mod synthetic;
