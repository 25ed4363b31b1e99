//! The pure scoring core: facts × criteria → scores (`assess`), computed once into a
//! weight-free `matrix`; weights → totals, confidence and ranks (`aggregate`); the result as
//! data (`evaluation`). Never prints, never reads the clock: the evaluation date is an
//! argument.

pub mod aggregate;
pub mod assess;
pub mod cost;
pub mod evaluation;
pub mod matrix;
pub mod trial;

pub use evaluation::{evaluate, CriterionResult, Evaluation, VendorResult};

#[cfg(test)]
mod tests;
