//! Small helpers every layer may use: the escaping of file text for a terminal, a parallel map
//! that keeps input order, closest-match suggestions, number formatting and file identity. They
//! import nothing from the crate.

pub mod escape;
pub mod file;
pub mod number;
pub mod parallel;
pub mod suggest;
