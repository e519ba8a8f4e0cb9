//! CSV: the `events` table's columns as text, one row per event, with a header line (RFC 4180: fields with a
//! comma, quote or line break are quoted, quotes doubled). Timestamps in RFC 3339 UTC with 100 ns, GUIDs in
//! their text form, the payload in hex, `properties` as the JSON object `etw dump` writes; empty fields for nulls.

use std::io::{self, Write};
use std::sync::Arc;

use etw_core::{json, EventRef};
use etw_filter::EventContext;
use etw_pipeline::{Encoder, Flow, RunInfo, Sink, Summary};

use crate::events::{events_schema, EventRow, RowMaker};

/// Writes CSV rows to `W`, in order.
pub struct CsvSink<W: Write> {
    out: W,
    files: Arc<[String]>,
    header: bool,
}

impl<W: Write> CsvSink<W> {
    /// A sink writing the header line and then one row per event to `out`.
    pub fn new(out: W) -> CsvSink<W> {
        CsvSink { out, files: Arc::from(Vec::new()), header: true }
    }

    /// The writer back.
    pub fn into_inner(self) -> W {
        self.out
    }
}

/// Encodes CSV rows into a byte batch.
pub struct CsvEncoder {
    files: Arc<[String]>,
    rows: RowMaker,
    batch: Vec<u8>,
    cell: Vec<u8>,
}

impl Encoder for CsvEncoder {
    type Batch = Vec<u8>;

    fn event(&mut self, ev: &EventRef<'_>, cx: &mut EventContext<'_, '_>) {
        let file = self.files.get(ev.location().file as usize).map(String::as_str).unwrap_or("");
        let (batch, cell) = (&mut self.batch, &mut self.cell);
        self.rows.with_row(ev, cx, file, |row| csv_row(batch, cell, row));
    }

    fn take(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.batch)
    }
}

impl<W: Write> Sink for CsvSink<W> {
    type Encoder = CsvEncoder;

    fn start(&mut self, run: &RunInfo) -> io::Result<()> {
        self.files = run.files.iter().map(|f| f.path.display().to_string()).collect();
        if self.header {
            let names: Vec<String> = events_schema().fields().iter().map(|f| f.name().clone()).collect();
            writeln!(self.out, "{}", names.join(","))?;
        }
        Ok(())
    }

    fn encoder(&self) -> CsvEncoder {
        CsvEncoder { files: self.files.clone(), rows: RowMaker::default(), batch: Vec::new(), cell: Vec::new() }
    }

    fn write(&mut self, batch: Vec<u8>) -> io::Result<Flow> {
        self.out.write_all(&batch)?;
        Ok(Flow::Continue)
    }

    fn finish(&mut self, _summary: &Summary) -> io::Result<()> {
        self.out.flush()
    }
}

/// Appends `text` as one CSV field, quoted when it must be.
fn field(out: &mut Vec<u8>, text: &[u8]) {
    if text.iter().any(|b| matches!(b, b',' | b'"' | b'\n' | b'\r')) {
        out.push(b'"');
        for &b in text {
            if b == b'"' {
                out.push(b'"');
            }
            out.push(b);
        }
        out.push(b'"');
    } else {
        out.extend_from_slice(text);
    }
}

/// A GUID's text, or nothing.
fn guid_field(out: &mut Vec<u8>, g: Option<etw_core::Guid>) {
    if let Some(g) = g {
        out.extend_from_slice(g.encode_lower(&mut [0u8; 36]).as_bytes());
    }
}

/// Appends one event's row (its line break included).
pub fn csv_row(out: &mut Vec<u8>, cell: &mut Vec<u8>, row: &EventRow<'_>) {
    let d = &row.descriptor;
    cell.clear();
    row.timestamp.write_rfc3339(cell);
    out.extend_from_slice(cell);
    out.push(b',');
    field(out, row.provider_name.unwrap_or_default().as_bytes());
    out.push(b',');
    guid_field(out, row.provider_guid);
    for v in [
        u64::from(d.id),
        u64::from(d.version),
        u64::from(d.opcode.0),
        u64::from(d.task),
        u64::from(d.level.0),
        d.keywords,
        u64::from(d.channel.0),
    ] {
        out.push(b',');
        json::uint(out, v);
    }
    for v in [row.pid, row.tid] {
        out.push(b',');
        if let Some(v) = v {
            json::uint(out, v.into());
        }
    }
    out.push(b',');
    json::uint(out, row.cpu.into());
    out.push(b',');
    guid_field(out, row.activity_id);
    out.push(b',');
    guid_field(out, row.related_activity_id);
    out.push(b',');
    field(out, row.event_name.unwrap_or_default().as_bytes());
    out.push(b',');
    field(out, row.header_kind.as_bytes());
    out.push(b',');
    field(out, row.decoded_by.as_bytes());
    out.push(b',');
    field(out, row.file.as_bytes());
    out.push(b',');
    json::uint(out, row.record_index);
    out.push(b',');
    field(out, row.properties.unwrap_or_default());
    out.push(b',');
    field(out, row.error.unwrap_or_default().as_bytes());
    out.push(b',');
    if let Some(p) = row.payload {
        cell.clear();
        json::hex_bytes(cell, p);
        // json::hex_bytes writes a quoted string: drop the quotes.
        out.extend_from_slice(cell.get(1..cell.len().saturating_sub(1)).unwrap_or_default());
    }
    out.extend_from_slice(b"\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_only_when_needed() {
        let mut out = Vec::new();
        field(&mut out, b"plain");
        out.push(b'|');
        field(&mut out, b"{\"a\":1,\"b\":\"x\"}");
        out.push(b'|');
        field(&mut out, b"two\nlines");
        assert_eq!(String::from_utf8(out).unwrap(), "plain|\"{\"\"a\"\":1,\"\"b\"\":\"\"x\"\"}\"|\"two\nlines\"");
    }
}
