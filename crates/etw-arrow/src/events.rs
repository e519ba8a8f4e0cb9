//! The `events` table: one row per record, the header fields every format shares as typed columns, and the
//! decoded properties as the JSON object `etw dump` writes, so one table answers any question.

use std::sync::Arc;

use arrow_array::builder::{
    BinaryBuilder, StringBuilder, TimestampNanosecondBuilder, UInt16Builder, UInt32Builder, UInt64Builder, UInt8Builder,
};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use etw_core::{EventRef, Guid};
use etw_filter::EventContext;
use etw_pipeline::sinks::json::{event_provider, write_properties, EventProvider, KeyCache, PropertiesOutcome};
use etw_schema::EventSchema;

use crate::mapping::{filetime_ns, timestamp_type};

/// The columns of the `events` table, in order, with their types. `properties` is the JSON object of the
/// decoded properties (null when the event could not be decoded); `error` says why, and `payload` holds the
/// payload's bytes whenever it was not decoded completely, so nothing that was read is lost.
pub fn events_schema() -> SchemaRef {
    static SCHEMA: std::sync::OnceLock<SchemaRef> = std::sync::OnceLock::new();
    SCHEMA
        .get_or_init(|| {
            Arc::new(Schema::new(vec![
                Field::new("timestamp", timestamp_type(), true),
                Field::new("provider_name", DataType::Utf8, true),
                Field::new("provider_guid", DataType::Utf8, true),
                Field::new("id", DataType::UInt16, false),
                Field::new("version", DataType::UInt8, false),
                Field::new("opcode", DataType::UInt8, false),
                Field::new("task", DataType::UInt16, false),
                Field::new("level", DataType::UInt8, false),
                Field::new("keywords", DataType::UInt64, false),
                Field::new("channel", DataType::UInt8, false),
                Field::new("pid", DataType::UInt32, true),
                Field::new("tid", DataType::UInt32, true),
                Field::new("cpu", DataType::UInt16, false),
                Field::new("activity_id", DataType::Utf8, true),
                Field::new("related_activity_id", DataType::Utf8, true),
                Field::new("event_name", DataType::Utf8, true),
                Field::new("header_kind", DataType::Utf8, false),
                Field::new("decoded_by", DataType::Utf8, false),
                Field::new("file", DataType::Utf8, false),
                Field::new("record_index", DataType::UInt64, false),
                Field::new("properties", DataType::Utf8, true),
                Field::new("error", DataType::Utf8, true),
                Field::new("payload", DataType::Binary, true),
            ]))
        })
        .clone()
}

/// One event's row of the `events` table, borrowed from the event and the encoder's scratch space; the
/// [`EventsBuilder`] and the CSV writer both take it.
#[derive(Debug)]
pub struct EventRow<'a> {
    /// 100 ns since 1601 (a FILETIME), UTC.
    pub timestamp: etw_core::FileTime,
    /// The provider's name, when known.
    pub provider_name: Option<&'a str>,
    /// The provider's GUID (a classic event's class GUID); `None` for kernel hook events with no schema.
    pub provider_guid: Option<Guid>,
    /// The event descriptor.
    pub descriptor: etw_core::EventDescriptor,
    /// Process id, `None` when the header has none.
    pub pid: Option<u32>,
    /// Thread id, `None` when the header has none.
    pub tid: Option<u32>,
    /// Processor.
    pub cpu: u16,
    /// Activity id, `None` when zero.
    pub activity_id: Option<Guid>,
    /// Related activity id, when the event carries one.
    pub related_activity_id: Option<Guid>,
    /// The schema's event name (its display name when it has no name of its own).
    pub event_name: Option<&'a str>,
    /// The header kind's name.
    pub header_kind: &'a str,
    /// Where the schema came from, or `none`.
    pub decoded_by: &'a str,
    /// The input file, as given.
    pub file: &'a str,
    /// The record's position among its file's records.
    pub record_index: u64,
    /// The properties as a JSON object (those before the one where decoding stopped, when the schema does not
    /// fit the payload), `None` when there is no schema.
    pub properties: Option<&'a [u8]>,
    /// Why decoding failed, or that bytes were left over.
    pub error: Option<&'a str>,
    /// The payload, when it was not decoded completely.
    pub payload: Option<&'a [u8]>,
}

/// Per-worker state for making [`EventRow`]s: property keys and display names per schema, and scratch space.
#[derive(Default)]
pub struct RowMaker {
    keys: KeyCache,
    names: etw_core::hash::FastMap<usize, (Arc<EventSchema>, Arc<str>)>,
    properties: Vec<u8>,
    error: String,
}

impl RowMaker {
    /// Looks `ev`'s schema up, decodes it (once, through `cx`), and hands its row to `f`.
    pub fn with_row<R>(
        &mut self,
        ev: &EventRef<'_>,
        cx: &mut EventContext<'_, '_>,
        file: &str,
        f: impl FnOnce(&EventRow<'_>) -> R,
    ) -> R {
        let h = ev.header();
        let schema = cx.schema().ok().cloned();
        let provider = event_provider(ev, cx, schema.as_deref());
        let event_name = schema.as_ref().map(|s| self.display_name(s));
        self.properties.clear();
        let PropertiesOutcome { error, unparsed_bytes, stopped_at } =
            write_properties(&mut self.properties, cx, schema.as_ref(), Some(&mut self.keys));
        self.error.clear();
        match &error {
            Some(e) => {
                use std::fmt::Write as _;
                self.error.push_str(e);
                if let Some(at) = &stopped_at {
                    let _ = write!(self.error, " (the properties before {at} are kept)");
                }
            }
            None if unparsed_bytes > 0 => {
                use std::fmt::Write as _;
                let _ = write!(self.error, "{unparsed_bytes} bytes left after the last property");
            }
            None => {}
        }
        let kind_name;
        let header_kind = match h.kind.name() {
            Some(n) => n,
            None => {
                kind_name = h.kind.to_string();
                &kind_name
            }
        };
        let decoded = error.is_none();
        let row = EventRow {
            timestamp: ev.timestamp(),
            provider_name: provider.as_ref().and_then(EventProvider::name),
            provider_guid: provider.as_ref().map(|p| p.guid),
            descriptor: h.descriptor,
            pid: (h.process_id != u32::MAX).then_some(h.process_id),
            tid: (h.thread_id != u32::MAX).then_some(h.thread_id),
            cpu: h.processor,
            activity_id: (!h.activity_id.is_zero()).then_some(h.activity_id),
            related_activity_id: ev.related_activity_id(),
            event_name: event_name.as_deref(),
            header_kind,
            decoded_by: match (&schema, decoded) {
                (Some(s), true) => s.source.as_str(),
                _ => "none",
            },
            file,
            record_index: h.location.record,
            // A payload cut short keeps the properties before the one that did not fit, as dump does.
            properties: (self.properties.as_slice() != b"null").then_some(self.properties.as_slice()),
            error: (!self.error.is_empty()).then_some(self.error.as_str()),
            payload: (!decoded || unparsed_bytes > 0).then(|| ev.payload()),
        };
        f(&row)
    }

    /// The schema's event name, or its display name; made once per schema.
    fn display_name(&mut self, schema: &Arc<EventSchema>) -> Arc<str> {
        if let Some(n) = &schema.event_name {
            return n.clone();
        }
        let at = Arc::as_ptr(schema) as usize;
        if self.names.len() >= KeyCache::MAX_SCHEMAS {
            self.names.clear();
        }
        self.names.entry(at).or_insert_with(|| (schema.clone(), schema.display_name().into())).1.clone()
    }
}

/// Builds `events` record batches row by row.
pub struct EventsBuilder {
    timestamp: TimestampNanosecondBuilder,
    provider_name: StringBuilder,
    provider_guid: StringBuilder,
    id: UInt16Builder,
    version: UInt8Builder,
    opcode: UInt8Builder,
    task: UInt16Builder,
    level: UInt8Builder,
    keywords: UInt64Builder,
    channel: UInt8Builder,
    pid: UInt32Builder,
    tid: UInt32Builder,
    cpu: UInt16Builder,
    activity_id: StringBuilder,
    related_activity_id: StringBuilder,
    event_name: StringBuilder,
    header_kind: StringBuilder,
    decoded_by: StringBuilder,
    file: StringBuilder,
    record_index: UInt64Builder,
    properties: StringBuilder,
    error: StringBuilder,
    payload: BinaryBuilder,
    rows: usize,
}

impl Default for EventsBuilder {
    fn default() -> Self {
        EventsBuilder {
            timestamp: TimestampNanosecondBuilder::new().with_timezone("UTC"),
            provider_name: StringBuilder::new(),
            provider_guid: StringBuilder::new(),
            id: UInt16Builder::new(),
            version: UInt8Builder::new(),
            opcode: UInt8Builder::new(),
            task: UInt16Builder::new(),
            level: UInt8Builder::new(),
            keywords: UInt64Builder::new(),
            channel: UInt8Builder::new(),
            pid: UInt32Builder::new(),
            tid: UInt32Builder::new(),
            cpu: UInt16Builder::new(),
            activity_id: StringBuilder::new(),
            related_activity_id: StringBuilder::new(),
            event_name: StringBuilder::new(),
            header_kind: StringBuilder::new(),
            decoded_by: StringBuilder::new(),
            file: StringBuilder::new(),
            record_index: UInt64Builder::new(),
            properties: StringBuilder::new(),
            error: StringBuilder::new(),
            payload: BinaryBuilder::new(),
            rows: 0,
        }
    }
}

/// Appends a GUID's text or null.
pub(crate) fn guid_cell(b: &mut StringBuilder, g: Option<Guid>) {
    match g {
        Some(g) => b.append_value(g.encode_lower(&mut [0u8; 36])),
        None => b.append_null(),
    }
}

impl EventsBuilder {
    /// Rows appended since the last batch.
    pub fn len(&self) -> usize {
        self.rows
    }

    /// True if no row was appended since the last batch.
    pub fn is_empty(&self) -> bool {
        self.rows == 0
    }

    /// Appends one row.
    pub fn push(&mut self, row: &EventRow<'_>) {
        let d = &row.descriptor;
        self.timestamp.append_option(filetime_ns(row.timestamp));
        self.provider_name.append_option(row.provider_name);
        guid_cell(&mut self.provider_guid, row.provider_guid);
        self.id.append_value(d.id);
        self.version.append_value(d.version);
        self.opcode.append_value(d.opcode.0);
        self.task.append_value(d.task);
        self.level.append_value(d.level.0);
        self.keywords.append_value(d.keywords);
        self.channel.append_value(d.channel.0);
        self.pid.append_option(row.pid);
        self.tid.append_option(row.tid);
        self.cpu.append_value(row.cpu);
        guid_cell(&mut self.activity_id, row.activity_id);
        guid_cell(&mut self.related_activity_id, row.related_activity_id);
        self.event_name.append_option(row.event_name);
        self.header_kind.append_value(row.header_kind);
        self.decoded_by.append_value(row.decoded_by);
        self.file.append_value(row.file);
        self.record_index.append_value(row.record_index);
        match row.properties {
            // The JSON writer writes UTF-8 only (strings are escaped or decoded to UTF-8).
            Some(p) => match std::str::from_utf8(p) {
                Ok(text) => self.properties.append_value(text),
                Err(_) => self.properties.append_value(String::from_utf8_lossy(p)),
            },
            None => self.properties.append_null(),
        }
        self.error.append_option(row.error);
        self.payload.append_option(row.payload);
        self.rows += 1;
    }

    /// The rows so far as a record batch (`None` if there are none), emptying the builder.
    pub fn finish(&mut self) -> Option<RecordBatch> {
        if self.rows == 0 {
            return None;
        }
        self.rows = 0;
        let columns: Vec<ArrayRef> = vec![
            Arc::new(self.timestamp.finish()),
            Arc::new(self.provider_name.finish()),
            Arc::new(self.provider_guid.finish()),
            Arc::new(self.id.finish()),
            Arc::new(self.version.finish()),
            Arc::new(self.opcode.finish()),
            Arc::new(self.task.finish()),
            Arc::new(self.level.finish()),
            Arc::new(self.keywords.finish()),
            Arc::new(self.channel.finish()),
            Arc::new(self.pid.finish()),
            Arc::new(self.tid.finish()),
            Arc::new(self.cpu.finish()),
            Arc::new(self.activity_id.finish()),
            Arc::new(self.related_activity_id.finish()),
            Arc::new(self.event_name.finish()),
            Arc::new(self.header_kind.finish()),
            Arc::new(self.decoded_by.finish()),
            Arc::new(self.file.finish()),
            Arc::new(self.record_index.finish()),
            Arc::new(self.properties.finish()),
            Arc::new(self.error.finish()),
            Arc::new(self.payload.finish()),
        ];
        // The columns match the schema by construction; an error here is a bug, not bad input.
        RecordBatch::try_new(events_schema(), columns).ok()
    }
}
