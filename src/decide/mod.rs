//! The pure scoring core: facts × criteria → scores (`assess`), computed once into a
//! weight-free `matrix`; weights → totals, confidence and ranks (`aggregate`); the result as
//! data (`evaluation`); how far each rank could move once the unknowns are known (`range`);
//! how robust the ranking is (`sensitivity`); several scorecards' consensus (`compare`); trial
//! tickets against promises (`trial`) and the yearly cost of support (`cost`). Never prints,
//! never reads the clock: the evaluation date is an argument.

pub mod aggregate;
pub mod assess;
pub mod compare;
pub mod cost;
pub mod evaluation;
pub mod matrix;
pub mod range;
pub mod sensitivity;
pub mod trial;

pub use evaluation::{evaluate, CriterionResult, Evaluation, VendorResult};

#[cfg(test)]
mod tests;
