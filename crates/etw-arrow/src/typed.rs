//! Typed tables: one table per event schema (provider, event, version), whose columns are the event's
//! properties with Arrow types from [`crate::mapping`], after the header columns that matter for joins.
//!
//! The header columns start with `_` so that they never meet a property's name (Kernel-Network's `PID` and a
//! header `pid` would be one name to DuckDB and Spark, which ignore case): `_timestamp`, `_pid`, `_tid`, `_cpu`,
//! `_activity_id`, `_related_activity_id`, `_file`, `_record_index`.

use std::collections::HashSet;
use std::sync::Arc;

use arrow_array::builder::{StringBuilder, TimestampNanosecondBuilder, UInt16Builder, UInt32Builder, UInt64Builder};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use etw_core::EventRef;
use etw_schema::{Decoded, EventSchema};

use crate::column::Column;
use crate::events::guid_cell;
use crate::mapping::{filetime_ns, property_columns, timestamp_type, unique_names_with};

/// Where a typed table lives in a dataset: `typed/provider=NAME/event=NAME_OR_ID/v=VERSION`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TableId {
    /// The provider's name, or its GUID when it has none.
    pub provider: String,
    /// The event's name (its display name), or its id when it has none.
    pub event: String,
    /// The event's version.
    pub version: u8,
}

impl TableId {
    /// The table of `schema`.
    pub fn of(schema: &EventSchema) -> TableId {
        let provider = match &schema.provider_name {
            Some(n) if !n.is_empty() => n.to_string(),
            _ => schema.provider_id.to_string(),
        };
        let event = match &schema.event_name {
            Some(n) if !n.is_empty() => n.to_string(),
            _ if schema.task_name.is_some() || schema.opcode_name.is_some() => schema.display_name(),
            _ => schema.descriptor.id.to_string(),
        };
        TableId { provider, event, version: schema.descriptor.version }
    }

    /// The table's directory below a dataset's root, in Hive layout, each value escaped for a path
    /// ([`escape_path_value`]).
    pub fn relative_dir(&self) -> std::path::PathBuf {
        let mut p = std::path::PathBuf::from("typed");
        p.push(format!("provider={}", escape_path_value(&self.provider)));
        p.push(format!("event={}", escape_path_value(&self.event)));
        p.push(format!("v={}", self.version));
        p
    }
}

/// Escapes a Hive partition value for a path segment the way Hive does: characters outside `A-Z a-z 0-9 - _ .`
/// and space become `%XX` (their UTF-8 bytes), so `/`, `\`, `:`, `=` and control characters never reach the file
/// system; a leading `.` is escaped too, so no value makes a hidden or relative name.
pub fn escape_path_value(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for (i, c) in value.char_indices() {
        let keep = c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ' ') || (c == '.' && i > 0);
        if keep {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    if out.is_empty() {
        out.push_str("%00");
    }
    out
}

/// The header columns of every typed table, in order.
const HEADER_COLUMNS: [&str; 8] =
    ["_timestamp", "_pid", "_tid", "_cpu", "_activity_id", "_related_activity_id", "_file", "_record_index"];

/// The Arrow schema of `schema`'s typed table for events with `pointer_size`-byte pointers.
pub fn typed_schema(schema: &EventSchema, pointer_size: u8) -> SchemaRef {
    Arc::new(Schema::new(fields_of(schema, pointer_size).0))
}

/// The fields of a typed table, and the property columns' shapes (with each property's column count).
fn fields_of(schema: &EventSchema, pointer_size: u8) -> (Vec<Field>, Vec<(usize, Vec<crate::mapping::Shape>)>) {
    let mut fields = vec![
        Field::new(HEADER_COLUMNS[0], timestamp_type(), true),
        Field::new(HEADER_COLUMNS[1], DataType::UInt32, true),
        Field::new(HEADER_COLUMNS[2], DataType::UInt32, true),
        Field::new(HEADER_COLUMNS[3], DataType::UInt16, false),
        Field::new(HEADER_COLUMNS[4], DataType::Utf8, true),
        Field::new(HEADER_COLUMNS[5], DataType::Utf8, true),
        Field::new(HEADER_COLUMNS[6], DataType::Utf8, false),
        Field::new(HEADER_COLUMNS[7], DataType::UInt64, false),
    ];
    let mut taken: HashSet<String> = HEADER_COLUMNS.iter().map(|s| s.to_string()).collect();
    let mut shapes = Vec::new();
    for i in 0..usize::from(schema.top_level) {
        let cols = unique_names_with(property_columns(schema, i, pointer_size), &mut taken);
        let mut prop_shapes = Vec::with_capacity(cols.len());
        for (name, shape) in cols {
            fields.push(Field::new(name, shape.data_type(), true));
            prop_shapes.push(shape);
        }
        shapes.push((i, prop_shapes));
    }
    (fields, shapes)
}

/// Builds one typed table's record batches.
pub struct TypedBuilder {
    id: Arc<TableId>,
    arrow: SchemaRef,
    timestamp: TimestampNanosecondBuilder,
    pid: UInt32Builder,
    tid: UInt32Builder,
    cpu: UInt16Builder,
    activity_id: StringBuilder,
    related_activity_id: StringBuilder,
    file: StringBuilder,
    record_index: UInt64Builder,
    /// Per top-level property: its index and its columns.
    properties: Vec<(usize, Vec<Column>)>,
    rows: usize,
    /// (file, record) of the first row since the last batch: batches of one table are ordered by it.
    first: (u32, u64),
    scratch: Vec<u8>,
}

impl TypedBuilder {
    /// A builder for `schema`'s table, for events with `pointer_size`-byte pointers.
    pub fn new(schema: &EventSchema, pointer_size: u8) -> TypedBuilder {
        let (fields, shapes) = fields_of(schema, pointer_size);
        TypedBuilder {
            id: Arc::new(TableId::of(schema)),
            arrow: Arc::new(Schema::new(fields)),
            timestamp: TimestampNanosecondBuilder::new().with_timezone("UTC"),
            pid: UInt32Builder::new(),
            tid: UInt32Builder::new(),
            cpu: UInt16Builder::new(),
            activity_id: StringBuilder::new(),
            related_activity_id: StringBuilder::new(),
            file: StringBuilder::new(),
            record_index: UInt64Builder::new(),
            properties: shapes.into_iter().map(|(i, s)| (i, s.iter().map(Column::new).collect())).collect(),
            rows: 0,
            first: (0, 0),
            scratch: Vec::new(),
        }
    }

    /// The table this builder fills.
    pub fn id(&self) -> &Arc<TableId> {
        &self.id
    }

    /// The table's Arrow schema.
    pub fn schema(&self) -> &SchemaRef {
        &self.arrow
    }

    /// Appends one decoded event.
    pub fn push(&mut self, ev: &EventRef<'_>, decoded: &Decoded<'_>, file: &str) {
        let h = ev.header();
        if self.rows == 0 {
            self.first = (h.location.file, h.location.record);
        }
        self.timestamp.append_option(filetime_ns(ev.timestamp()));
        self.pid.append_option((h.process_id != u32::MAX).then_some(h.process_id));
        self.tid.append_option((h.thread_id != u32::MAX).then_some(h.thread_id));
        self.cpu.append_value(h.processor);
        guid_cell(&mut self.activity_id, (!h.activity_id.is_zero()).then_some(h.activity_id));
        guid_cell(&mut self.related_activity_id, ev.related_activity_id());
        self.file.append_value(file);
        self.record_index.append_value(h.location.record);
        for (index, columns) in &mut self.properties {
            let value = decoded.value(*index);
            for c in columns.iter_mut() {
                c.append(value.as_ref(), &mut self.scratch);
            }
        }
        self.rows += 1;
    }

    /// The rows so far as a record batch (`None` if there are none), emptying the builder.
    pub fn finish(&mut self) -> Option<RecordBatch> {
        if self.rows == 0 {
            return None;
        }
        self.rows = 0;
        let mut columns: Vec<ArrayRef> = vec![
            Arc::new(self.timestamp.finish()),
            Arc::new(self.pid.finish()),
            Arc::new(self.tid.finish()),
            Arc::new(self.cpu.finish()),
            Arc::new(self.activity_id.finish()),
            Arc::new(self.related_activity_id.finish()),
            Arc::new(self.file.finish()),
            Arc::new(self.record_index.finish()),
        ];
        for (_, cols) in &mut self.properties {
            columns.extend(cols.iter_mut().map(Column::finish));
        }
        // The columns follow the schema by construction; an error here is a bug, not bad input.
        RecordBatch::try_new(self.arrow.clone(), columns).ok()
    }
}

/// One batch of rows of one typed table.
#[derive(Debug, Clone)]
pub struct TypedBatch {
    /// The table.
    pub table: Arc<TableId>,
    /// Its rows (their schema is the table's Arrow schema).
    pub batch: RecordBatch,
}

/// A worker's typed builders, one per (schema, pointer size) seen.
#[derive(Default)]
pub struct TypedTables {
    builders: etw_core::hash::FastMap<(usize, u8), (Arc<EventSchema>, TypedBuilder)>,
}

impl TypedTables {
    /// Schemas kept; past this many, the builders are emptied into the next batch and started again.
    pub const MAX_SCHEMAS: usize = 4096;

    /// Appends `ev`, decoded by `schema`, to its table.
    pub fn push(&mut self, schema: &Arc<EventSchema>, ev: &EventRef<'_>, decoded: &Decoded<'_>, file: &str) {
        let key = (Arc::as_ptr(schema) as usize, ev.pointer_size());
        let (_, builder) =
            self.builders.entry(key).or_insert_with(|| (schema.clone(), TypedBuilder::new(schema, ev.pointer_size())));
        builder.push(ev, decoded, file);
    }

    /// The batches of every table with rows, emptying the builders.
    pub fn finish(&mut self) -> Vec<TypedBatch> {
        let mut out: Vec<((u32, u64), TypedBatch)> = self
            .builders
            .values_mut()
            .filter_map(|(_, b)| {
                let first = b.first;
                b.finish().map(|batch| (first, TypedBatch { table: b.id().clone(), batch }))
            })
            .collect();
        // The map's order is not stable: sort by table, then by first row (two schemas may share a table), so
        // that every run writes the same rows in the same order whatever the thread count.
        out.sort_by(|(fa, a), (fb, b)| a.table.cmp(&b.table).then(fa.cmp(fb)));
        let out = out.into_iter().map(|(_, b)| b).collect();
        if self.builders.len() > Self::MAX_SCHEMAS {
            self.builders.clear();
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_values_are_escaped() {
        assert_eq!(escape_path_value("Microsoft-Windows-Kernel-Network"), "Microsoft-Windows-Kernel-Network");
        assert_eq!(escape_path_value("Process/Start"), "Process%2FStart");
        assert_eq!(escape_path_value("..\\x"), "%2E.%5Cx");
        assert_eq!(escape_path_value("a=b:c"), "a%3Db%3Ac");
        assert_eq!(escape_path_value("é"), "%C3%A9");
        assert_eq!(escape_path_value(""), "%00");
    }
}
