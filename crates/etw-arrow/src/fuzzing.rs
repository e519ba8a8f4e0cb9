//! Fuzz target bodies (behind the `fuzzing` feature; not a public API).

use std::io::Cursor;
use std::sync::Arc;

use etw_etl::{EtlReader, ReadItem};
use etw_filter::EventContext;
use etw_pipeline::Encoder;
use etw_schema::Decoder;

use crate::csv::csv_row;
use crate::dataset::TableEncoder;
use crate::events::RowMaker;

/// Drives the columnar encoders over arbitrary bytes read as an ETL file: every event made into an `events` row,
/// a CSV line and a typed-table row (decoded by every schema source that learns from the trace), the batches
/// finished every few events as the pipeline does per chunk. Must never panic, overflow or hang; the batches'
/// row counts must agree with the events seen.
pub fn tables(data: &[u8]) {
    let Ok(mut reader) = EtlReader::new(Cursor::new(data)) else { return };
    let clock = *reader.clock();
    let mut registry = etw_pipeline::fuzzing::registry();
    let mut decoder = Decoder::new();
    let mut encoder = TableEncoder::new(true, true, Arc::from(vec!["fuzz.etl".to_owned()]));
    let (mut rows, mut csv, mut cell) = (RowMaker::default(), Vec::new(), Vec::new());
    let (mut seen, mut in_batches) = (0usize, 0usize);
    while let Some(item) = reader.next_item() {
        let ReadItem::Record(rec) = item else { continue };
        let ev = rec.event(&clock);
        registry.observe(&ev);
        let mut cx = EventContext::new(&ev, &mut registry, &mut decoder);
        encoder.event(&ev, &mut cx);
        rows.with_row(&ev, &mut cx, "fuzz.etl", |row| csv_row(&mut csv, &mut cell, row));
        seen += 1;
        if seen % 7 == 0 {
            in_batches += encoder.take().events.map_or(0, |b| b.num_rows());
            csv.clear();
        }
    }
    in_batches += encoder.take().events.map_or(0, |b| b.num_rows());
    assert_eq!(in_batches, seen, "every event is one events row");
}
