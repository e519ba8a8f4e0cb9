//! The schema sources, one module each. See [`crate::SchemaRegistry`] for the order they are asked in.

pub mod builtin;
pub mod event_metadata;
pub mod eventsource;
pub mod kernel;
pub mod kernel_network;
pub mod manifest;
pub mod tracelogging;

use etw_core::EventRef;

/// True if a source here could learn a schema from `event` ([`crate::SchemaSource::observe`]): an EventMetadata
/// event of a merged trace or an EventSource manifest chunk. A learning pass asks the registry to observe only
/// these, so it costs little more than walking the records. (A new source that learns from other events must
/// be added here.)
pub fn may_teach(event: &EventRef<'_>) -> bool {
    let kind = event.header_kind();
    event.provider_id() == event_metadata::METADATA_CLASS
        || (event.id() == eventsource::MANIFEST_EVENT_ID && !kind.is_kernel() && !kind.is_classic())
}
