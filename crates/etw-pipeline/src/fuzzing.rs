//! Fuzz target bodies (behind the `fuzzing` feature; not a public API).

use std::io::Cursor;

use etw_etl::{EtlReader, ReadItem};
use etw_filter::EventContext;
use etw_schema::sources;
use etw_schema::{Decoder, SchemaRegistry};

use crate::sinks::netmon::Netmon;
use crate::sinks::stats::{decode_outcome, Accumulator};

/// A registry with every schema source that needs no files: what the trace teaches (TraceLogging, EventMetadata,
/// EventSource manifests) and what is built in (Kernel-Network, kernel MOF, the built-in tables).
pub fn registry() -> SchemaRegistry {
    let mut registry = SchemaRegistry::new();
    registry.add(Box::new(sources::tracelogging::TraceLoggingSource::new()));
    registry.add(Box::new(sources::event_metadata::EventMetadataSource::new()));
    registry.add(Box::new(sources::eventsource::InBandManifestSource::new()));
    registry.add(Box::new(sources::kernel_network::KernelNetworkSource::new()));
    registry.add(Box::new(sources::kernel::KernelMofSource::new()));
    registry.add(Box::new(sources::builtin::BuiltinSource::new()));
    registry
}

/// Drives the stats and netmon aggregation over arbitrary bytes read as an ETL file: every event counted, decoded
/// for coverage and for network activity, chunks of events counted into partial aggregates and merged in order
/// (as the pipeline does), then the reports built. Must never panic, overflow or hang.
pub fn aggregates(data: &[u8]) {
    let Ok(mut reader) = EtlReader::new(Cursor::new(data)) else { return };
    let clock = *reader.clock();
    let mut registry = registry();
    let mut decoder = Decoder::new();
    let (mut stats, mut part) = (Accumulator::default(), Accumulator::default());
    let (mut net, mut net_part) = (Netmon::default(), Netmon::default());
    let mut n = 0u32;
    while let Some(item) = reader.next_item() {
        match item {
            ReadItem::Buffer(loc) => part.buffer(&loc),
            ReadItem::Damage(d) => part.damage(&d),
            ReadItem::Record(rec) => {
                let ev = rec.event(&clock);
                registry.observe(&ev);
                let mut cx = EventContext::new(&ev, &mut registry, &mut decoder);
                part.event(&ev);
                part.coverage(&ev, decode_outcome(&mut cx));
                net_part.event(&mut cx, None);
            }
        }
        n = n.wrapping_add(1);
        if n % 5 == 0 {
            stats.merge(std::mem::take(&mut part));
            net.merge(std::mem::take(&mut net_part));
        }
    }
    stats.merge(part);
    net.merge(net_part);
    let counts = reader.counts();
    let _ = stats.finish("fuzz.etl".into(), data.len() as u64, reader.logfile_header(), counts);
    let _ = net.report(5);
}
