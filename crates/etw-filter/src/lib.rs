//! Predicates over ETW events and the `--where` language.
//!
//! - [`Predicate`]: tests on header fields and decoded properties, combined with and/or/not. krabsetw's
//!   predicates, by their names, are in [`predicates`].
//! - [`parse_where`]: the `--where` expression language, compiling to the same predicates.
//! - [`EventContext`]: the event at hand with lazy access to its schema and properties, for predicates and
//!   callbacks.
//! - [`Verdict`]: what a predicate says about a whole event type, so a filter decides most events from their
//!   header alone and decodes only the events that need it.

#![forbid(unsafe_code)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing))]

mod context;
mod expr;
mod predicate;
pub mod predicates;

pub use context::{DecodeFailure, EventContext};
pub use expr::{parse_where, WhereError};
pub use predicate::{Custom, Field, Literal, Op, Predicate, Verdict};
