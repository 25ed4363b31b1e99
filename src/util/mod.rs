//! Small helpers every layer may use: a parallel map that keeps input order, and closest-match
//! suggestions. They import nothing from the crate.

pub mod number;
pub mod parallel;
pub mod suggest;
