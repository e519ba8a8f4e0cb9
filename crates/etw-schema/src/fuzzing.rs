//! The bodies of the fuzz targets, as plain functions over bytes (cargo feature `fuzzing`; for testing only,
//! not part of the crate's API).
//!
//! `fuzz/` (a `cargo fuzz` project) calls these from its targets, and this crate's `*_fuzz` tests replay their
//! seed inputs on stable. Each must return normally for *any* input: no panic, no endless loop, no allocation
//! without bound. The bodies of the schema sources live next to the code they exercise (`sources::*::fuzz`).

use std::sync::Arc;

use etw_core::{EventDescriptor, Guid};

use crate::model::{Count, DecodingSource, EventSchema, Length, Property, PropertyType, ValueMap};
use crate::types::{InType, OutType};
use crate::{write_json, Decoder, Parser};

/// TraceLogging metadata parsed and used to decode a payload, directly and through the source's cache.
pub fn tracelogging(data: &[u8]) {
    crate::sources::tracelogging::fuzz(data);
}

/// Manifest text loaded, and a payload decoded with every schema it yields.
pub fn manifest(data: &[u8]) {
    crate::sources::manifest::fuzz(data);
}

/// EventSource `ManifestData` chunks assembled, and every schema learned decoding every chunk.
pub fn eventsource(data: &[u8]) {
    crate::sources::eventsource::fuzz(data);
}

/// `TRACE_EVENT_INFO` and `EventMapInfo` payloads learned, and a payload decoded with what resulted.
pub fn event_metadata(data: &[u8]) {
    crate::sources::event_metadata::fuzz(data);
}

/// A payload decoded with a built-in schema (.NET runtime, Windows providers): the first two bytes pick the event.
pub fn builtin(data: &[u8]) {
    crate::sources::builtin::fuzz(data);
}

/// A payload looked up and decoded with the built-in kernel layouts.
pub fn kernel_layouts(data: &[u8]) {
    crate::sources::kernel::fuzz(data);
}

/// Decodes `payload` with `schema` and shows every value as JSON (in `out`, cleared before each).
pub(crate) fn show_values(
    decoder: &mut Decoder,
    schema: &EventSchema,
    payload: &[u8],
    pointer_size: u8,
    out: &mut Vec<u8>,
) {
    if let Ok(decoded) = decoder.decode(schema, payload, pointer_size) {
        for (p, v) in decoded.properties() {
            out.clear();
            write_json(out, &v, Some(p));
        }
    }
}

/// Decodes `payload` with every schema given, both pointer sizes, and shows every value as JSON.
pub(crate) fn exercise<'a>(schemas: impl Iterator<Item = &'a Arc<EventSchema>>, payload: &[u8]) {
    let mut decoder = Decoder::new();
    let mut out = Vec::new();
    for schema in schemas {
        for ptr in [4u8, 8] {
            show_values(&mut decoder, schema, payload, ptr, &mut out);
        }
    }
}

const IN_TYPES: [u16; 37] = [
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 25, 300, 301, 302, 303, 304,
    305, 306, 307, 308, 309, 310, 999,
];
const OUT_TYPES: [u16; 16] = [0, 1, 2, 13, 15, 18, 19, 22, 23, 24, 25, 28, 30, 31, 32, 35];

/// Builds a schema from the first bytes of `data` (4 bytes per property, up to 16), checks it, and decodes the
/// rest as its payload, showing every value. Must never panic, loop forever or allocate without bound.
pub fn decode_any(data: &[u8]) {
    let Some((&n, rest)) = data.split_first() else { return };
    let n = usize::from(n % 17);
    let Some(spec) = rest.get(..n * 4) else { return };
    let payload = rest.get(n * 4..).unwrap_or_default();
    let mut schema = EventSchema::new(Guid::ZERO, EventDescriptor::default(), DecodingSource::Manifest);
    let map = Arc::new(ValueMap {
        name: "m".into(),
        bitmap: n % 2 == 0,
        entries: vec![(1, "one".into()), (2, "two".into())],
    });
    for (i, p) in spec.chunks_exact(4).enumerate() {
        let Ok([t, o, c, l]) = <[u8; 4]>::try_from(p) else { return };
        let ty = if t == 255 && i + 1 < n {
            // A struct of the following properties.
            PropertyType::Struct { first: (i + 1) as u16, members: u16::from(o % 3) }
        } else {
            PropertyType::Simple {
                in_type: InType(IN_TYPES.get(usize::from(t) % IN_TYPES.len()).copied().unwrap_or(0)),
                out_type: OutType(OUT_TYPES.get(usize::from(o) % OUT_TYPES.len()).copied().unwrap_or(0)),
                map: (o & 0x80 != 0).then(|| map.clone()),
            }
        };
        let count = match c >> 6 {
            0 => Count::One,
            1 => Count::Fixed(u16::from(c & 0x3f)),
            2 => Count::Property(u16::from(c & 0x0f)),
            _ => Count::Prefixed,
        };
        let length = match l >> 6 {
            0 | 1 => Length::Natural,
            2 => Length::Fixed(u16::from(l & 0x3f)),
            _ => Length::Property(u16::from(l & 0x0f)),
        };
        schema.properties.push(Property { name: format!("p{i}").into(), ty, count, length });
    }
    schema.top_level = (n as u16).saturating_sub(u16::from(data.first().copied().unwrap_or(0) >> 6).min(n as u16));
    if schema.validate().is_err() {
        return;
    }
    let mut decoder = Decoder::new();
    for ptr in [4, 8] {
        if let Ok(decoded) = decoder.decode(&schema, payload, ptr) {
            let mut out = Vec::new();
            for (p, v) in decoded.properties() {
                write_json(&mut out, &v, Some(p));
            }
            let parser = Parser::new(decoded);
            for i in 0..n {
                let _ = parser.parse::<u64>(&format!("p{i}"));
                let _ = parser.parse::<String>(&format!("p{i}"));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn random_schemas_and_payloads() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for len in 0..6000usize {
            let bytes: Vec<u8> = (0..len % 200)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    (seed >> 32) as u8
                })
                .collect();
            decode_any(&bytes);
        }
    }
}
