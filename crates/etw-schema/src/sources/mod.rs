//! The schema sources, one module each. See [`crate::SchemaRegistry`] for the order they are asked in.

pub mod builtin;
pub mod event_metadata;
pub mod eventsource;
pub mod kernel;
pub mod kernel_network;
pub mod manifest;
pub mod tracelogging;
