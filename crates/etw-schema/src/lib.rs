//! Event schemas and the decoder: from an event's payload bytes to named, typed properties, on any OS.
//!
//! - [`EventSchema`] describes one event type, like TDH's `TRACE_EVENT_INFO`: names, properties with
//!   [`InType`] and [`OutType`], lengths and counts, nested structs, value maps.
//! - [`Decoder`] measures a payload against a schema in one pass without allocating, and gives [`Value`]s.
//! - [`Parser`] gives typed access: `parser.parse::<u32>("PID")`.
//! - [`write_json`] shows a value as its out-type says (IP addresses, ports, hex, error codes, times, maps).
//! - [`sources`] are where schemas come from: the trace itself, manifests, and schemas built in for the .NET
//!   runtime, common Windows providers and the classic kernel events ([`sources::builtin`],
//!   [`sources::kernel`]), so most traces decode with no manifest at hand.
//! - [`render_message`] fills an event's message string (`%1`..`%n`) the way Event Viewer shows it;
//!   [`MessageTemplate`] parses one once and fills it from decoded events.

#![forbid(unsafe_code)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing))]

mod decode;
#[cfg(feature = "fuzzing")]
#[doc(hidden)]
pub mod fuzzing;
mod measure;
mod message;
mod model;
mod parser;
mod registry;
pub mod sources;
mod types;
mod value;

pub use decode::{Decoded, Decoder, Slot};
pub use measure::DecodeError;
pub use message::{insert_text, render_message, MessageTemplate};
pub use model::{Count, DecodingSource, EventSchema, Length, Property, PropertyType, ValueMap};
pub use parser::{FromValue, ParseError, Parser};
pub use registry::{EventKey, NoSchema, SchemaError, SchemaRegistry, SchemaSource};
pub use types::{InType, OutType};
pub use value::{
    ansi_text, ipv4_of, mapped_name, simple_value, socket_address, systemtime_text, write_json, write_json_object,
    ArrayValue, StructValue, Utf16Chars, Utf16Str, Utf16Units, Value,
};
