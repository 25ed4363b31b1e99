//! Small helpers every layer may use: the escaping of file text for a terminal, a parallel map
//! that keeps input order, and closest-match suggestions. They import nothing from the crate.

pub mod escape;
pub mod number;
pub mod parallel;
pub mod suggest;
