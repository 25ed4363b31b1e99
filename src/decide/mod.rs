//! The pure scoring core: facts × criteria → scores, weights → totals, knock-outs and ranks.
//! Never prints, never reads the clock: the evaluation date is an argument.

pub mod evaluate;
