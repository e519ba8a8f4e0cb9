//! Pipeline runs whose output comes to Python in order: batches of JSON lines (`etwkit.read`) or Arrow record
//! batches (`etwkit.read_arrow`, the Spark data source).
//!
//! The pipeline runs on a thread of its own (and its workers); its sink forwards each batch, and each damaged
//! place, into a bounded channel that Python drains. Python waits on the channel without the GIL. When Python
//! drops the stream early, the sink's next send fails and the run stops.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use arrow_array::{RecordBatch, RecordBatchReader};
use arrow_pyarrow::PyArrowType;
use arrow_schema::{ArrowError, SchemaRef};
use crossbeam_channel::{bounded, Receiver, Sender};
use etwkit::arrow::{events_schema, TableBatch, TableEncoder, TableId};
use etwkit::etl::{Damage, DamageScope, EtlReader};
use etwkit::filter::{predicates, EventContext, Predicate};
use etwkit::pipeline::sinks::json::{JsonEncoder, JsonLines, JsonStyle};
use etwkit::pipeline::{Encoder, Flow, Order, Pipeline, Problem, RunInfo, Selection, Sink, Summary};
use pyo3::exceptions::{PyOSError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict};

use crate::SchemaOptions;

/// Batches waiting for Python at most: enough to keep the workers busy while Python handles one.
const CHANNEL_BATCHES: usize = 4;

/// A damaged place, as Python receives it: `(path, scope, buffer, buffer_offset, record_offset, reason)`.
type DamageTuple = (String, &'static str, u64, u64, Option<u32>, String);

fn damage_tuple(d: &Damage, path: &std::path::Path) -> DamageTuple {
    let scope = match d.scope {
        DamageScope::Buffer => "buffer",
        DamageScope::Record => "record",
        DamageScope::Io => "io",
    };
    (path.display().to_string(), scope, d.buffer, d.buffer_offset, d.record_offset, d.reason.clone())
}

/// What the pipeline thread sends.
enum Msg<B> {
    Batch(B),
    Damage(DamageTuple),
    /// A file that opened when checked but not when the run opened it.
    Open(String),
    /// The run is over: its counts, or the error that ended it.
    End(Result<Summary, String>),
}

/// What to read and how: the arguments that `read`, `read_arrow` and the Spark reader share.
pub(crate) struct RunOptions {
    paths: Vec<PathBuf>,
    schemas: SchemaOptions,
    select: Option<Predicate>,
    threads: usize,
    order: Order,
    range: Option<std::ops::Range<u64>>,
}

impl RunOptions {
    #[allow(clippy::too_many_arguments)]
    fn new(
        paths: Vec<PathBuf>,
        manifests: Vec<PathBuf>,
        store: Option<Option<PathBuf>>,
        where_: Option<&str>,
        threads: Option<usize>,
        order: &str,
        byte_range: Option<(u64, u64)>,
    ) -> PyResult<RunOptions> {
        if paths.is_empty() {
            return Err(PyValueError::new_err("no trace to read: give at least one .etl file"));
        }
        // Every file must open: a missing or unreadable file is an exception before anything is read.
        for p in &paths {
            EtlReader::open(p).map_err(|e| crate::etl_error(&e))?;
        }
        let select = match where_ {
            None => None,
            Some(text) => Some(
                etwkit::filter::parse_where(text)
                    .map_err(|e| PyValueError::new_err(format!("where: {}", e.render(text))))?,
            ),
        };
        let order = match order {
            "time" => Order::Time,
            "file" => Order::File,
            other => return Err(PyValueError::new_err(format!("order must be \"time\" or \"file\", not {other:?}"))),
        };
        Ok(RunOptions {
            paths,
            schemas: SchemaOptions { manifests, store },
            select,
            threads: threads.unwrap_or_else(etwkit::pipeline::default_threads).max(1),
            order,
            range: byte_range.map(|(a, b)| a..b),
        })
    }

    fn and_select(&mut self, p: Predicate) {
        self.select = Some(match self.select.take() {
            Some(q) => q.and(p),
            None => p,
        });
    }

    /// Starts the run on a thread of its own. Returns the channel and the schema setup's warnings.
    fn start<E: Encoder + 'static>(
        self,
        make: impl Fn(Arc<[String]>) -> E + Send + Sync + 'static,
        is_empty: fn(&E::Batch) -> bool,
        max_in_flight: Option<usize>,
    ) -> PyResult<Started<E::Batch>>
    where
        E::Batch: 'static,
    {
        let (registry, warnings) = self.schemas.registry()?;
        let (tx, rx) = bounded(CHANNEL_BATCHES);
        let mut pipeline = Pipeline::new(&self.paths).order(self.order).threads(self.threads).schemas(registry);
        if let Some(range) = self.range {
            pipeline = pipeline.byte_range(range);
        }
        if let Some(p) = self.select {
            pipeline = pipeline.select(Selection::new(move || {
                let p = p.clone();
                Box::new(move |cx: &mut EventContext<'_, '_>| p.matches(cx))
            }));
        }
        let mut sink =
            Forward { make: Box::new(make), is_empty, files: Arc::from(Vec::new()), tx: tx.clone(), max_in_flight };
        std::thread::Builder::new()
            .name("etwkit-read".into())
            .spawn(move || {
                let problems = tx.clone();
                let result = pipeline.run(&mut sink, |p| {
                    let _ = problems.send(match p {
                        Problem::Damage { damage, path } => Msg::Damage(damage_tuple(damage, path)),
                        Problem::Open(e) => Msg::Open(e.to_string()),
                    });
                });
                let _ = tx.send(Msg::End(result.map_err(|e| e.to_string())));
            })
            .map_err(|e| PyOSError::new_err(format!("cannot start a reading thread: {e}")))?;
        Ok((rx, warnings))
    }
}

/// A started run: the channel its output comes on, and the schema setup's warnings.
type Started<B> = (Receiver<Msg<B>>, Vec<String>);

/// The sink that forwards batches to Python.
struct Forward<E: Encoder> {
    make: Box<dyn Fn(Arc<[String]>) -> E + Send + Sync>,
    is_empty: fn(&E::Batch) -> bool,
    files: Arc<[String]>,
    tx: Sender<Msg<E::Batch>>,
    max_in_flight: Option<usize>,
}

impl<E: Encoder> Sink for Forward<E> {
    type Encoder = E;

    fn start(&mut self, run: &RunInfo) -> std::io::Result<()> {
        self.files = run.files.iter().map(|f| f.path.display().to_string()).collect();
        Ok(())
    }

    fn encoder(&self) -> E {
        (self.make)(self.files.clone())
    }

    fn max_in_flight(&self) -> Option<usize> {
        self.max_in_flight
    }

    fn write(&mut self, batch: E::Batch) -> std::io::Result<Flow> {
        if (self.is_empty)(&batch) {
            return Ok(Flow::Continue);
        }
        // Python dropped the stream: stop reading.
        Ok(if self.tx.send(Msg::Batch(batch)).is_ok() { Flow::Continue } else { Flow::Stop })
    }
}

fn summary_dict<'py>(py: Python<'py>, s: &Summary) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("events_read", s.events_read)?;
    d.set_item("events_selected", s.events_selected)?;
    d.set_item("damaged_places", s.damage)?;
    d.set_item("files_failed", s.files_failed)?;
    d.set_item("buffers", s.counts.buffers)?;
    d.set_item("damaged_buffers", s.counts.damaged_buffers)?;
    d.set_item("bytes", s.counts.bytes)?;
    d.set_item("stopped", s.stopped)?;
    Ok(d)
}

/// Hands a damage, or a file that did not open, to the Python callback (which warns, raises or ignores).
fn report(py: Python<'_>, on_problem: &Py<PyAny>, kind: &str, what: Bound<'_, PyAny>) -> PyResult<()> {
    on_problem.call1(py, (kind, what)).map(|_| ())
}

/// `etwkit.read`'s stream: batches of JSON lines, as `etw dump` writes them.
#[pyclass(module = "etwkit._native")]
pub struct JsonStream {
    rx: Receiver<Msg<Vec<u8>>>,
    on_problem: Py<PyAny>,
    summary: Mutex<Option<Summary>>,
}

#[pymethods]
impl JsonStream {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    /// The next batch of JSON lines (bytes), or the end. Damage goes to the callback on the way.
    fn __next__<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyBytes>>> {
        loop {
            let msg = py.detach(|| self.rx.recv());
            match msg {
                Ok(Msg::Batch(b)) => return Ok(Some(PyBytes::new(py, &b))),
                Ok(Msg::Damage(d)) => report(py, &self.on_problem, "damage", d.into_pyobject(py)?.into_any())?,
                Ok(Msg::Open(e)) => report(py, &self.on_problem, "open", e.into_pyobject(py)?.into_any())?,
                Ok(Msg::End(Ok(s))) => {
                    if let Ok(mut g) = self.summary.lock() {
                        *g = Some(s);
                    }
                    return Ok(None);
                }
                Ok(Msg::End(Err(e))) => return Err(PyOSError::new_err(e)),
                Err(_) => return Ok(None),
            }
        }
    }

    /// The run's counts once the stream has ended, else None.
    fn summary<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDict>>> {
        let g = self.summary.lock().map_err(|_| PyOSError::new_err("stream poisoned"))?;
        g.as_ref().map(|s| summary_dict(py, s)).transpose()
    }
}

/// `_native.read_json(paths, manifests, store, where, threads, order, byte_range, on_problem)`: starts a run
/// and returns its [`JsonStream`] and the schema setup's warnings.
#[pyfunction]
#[pyo3(signature = (paths, manifests, store, no_store, where_, threads, order, byte_range, on_problem))]
#[allow(clippy::too_many_arguments)]
fn read_json(
    paths: Vec<PathBuf>,
    manifests: Vec<PathBuf>,
    store: Option<PathBuf>,
    no_store: bool,
    where_: Option<&str>,
    threads: Option<usize>,
    order: &str,
    byte_range: Option<(u64, u64)>,
    on_problem: Py<PyAny>,
) -> PyResult<(JsonStream, Vec<String>)> {
    let opts =
        RunOptions::new(paths, manifests, crate::store_choice(store, no_store), where_, threads, order, byte_range)?;
    let make = |_files: Arc<[String]>| -> JsonEncoder { JsonLines::new(std::io::sink(), JsonStyle::Decoded).encoder() };
    let (rx, warnings) = opts.start(make, |b: &Vec<u8>| b.is_empty(), None)?;
    Ok((JsonStream { rx, on_problem, summary: Mutex::new(None) }, warnings))
}

/// Which rows an Arrow stream gives.
enum Table {
    Events,
    /// One typed table: the first one the selection meets fixes it; rows of the same event with another schema
    /// (another version) are left out, with one note each.
    Typed {
        id: Option<(Arc<TableId>, SchemaRef)>,
        others: Vec<(Arc<TableId>, SchemaRef)>,
    },
}

/// The record batch reader behind `read_arrow`.
struct ArrowStream {
    rx: Receiver<Msg<TableBatch>>,
    schema: SchemaRef,
    table: Table,
    on_problem: Py<PyAny>,
    /// Batches taken off the channel but not yet given out (while finding the typed table's schema).
    ready: std::collections::VecDeque<RecordBatch>,
    done: bool,
}

impl ArrowStream {
    /// Takes messages until there are rows to give, the end, or an error.
    fn fill(&mut self) -> Result<(), ArrowError> {
        while self.ready.is_empty() && !self.done {
            let Ok(msg) = self.rx.recv() else {
                self.done = true;
                break;
            };
            match msg {
                Msg::Batch(b) => self.take(b)?,
                Msg::Damage(d) => self.report("damage", |py| Ok(d.into_pyobject(py)?.into_any()))?,
                Msg::Open(e) => self.report("open", |py| Ok(e.into_pyobject(py)?.into_any()))?,
                Msg::End(Ok(_)) => self.done = true,
                Msg::End(Err(e)) => {
                    self.done = true;
                    return Err(ArrowError::IoError(e.clone(), std::io::Error::other(e)));
                }
            }
        }
        Ok(())
    }

    fn take(&mut self, b: TableBatch) -> Result<(), ArrowError> {
        match &mut self.table {
            Table::Events => self.ready.extend(b.events),
            Table::Typed { id, others } => {
                let mut notes = Vec::new();
                for t in b.typed {
                    // A table is its id and its columns (the same event from a 32-bit and a 64-bit trace has
                    // pointer columns of two widths).
                    let key = (t.table.clone(), t.batch.schema());
                    let fixed = id.get_or_insert_with(|| key.clone());
                    if *fixed == key {
                        self.ready.push_back(t.batch);
                    } else if !others.contains(&key) {
                        let (first, _) = &*fixed;
                        notes.push(if first.version == t.table.version {
                            format!(
                                "{} event {} version {} also occurs with other columns (a trace of another pointer \
                                 size): those rows are left out; read those traces on their own",
                                t.table.provider, t.table.event, t.table.version
                            )
                        } else {
                            format!(
                                "{} event {} also occurs as version {}, with another schema: its rows are left out \
                                 (ask for version={} to read them)",
                                t.table.provider, t.table.event, t.table.version, t.table.version
                            )
                        });
                        others.push(key);
                    }
                }
                for n in notes {
                    self.report("note", |py| Ok(n.into_pyobject(py)?.into_any()))?;
                }
            }
        }
        Ok(())
    }

    /// Hands a problem to the Python callback; an exception it raises ends the stream with that message.
    fn report(
        &self,
        kind: &str,
        what: impl for<'py> FnOnce(Python<'py>) -> PyResult<Bound<'py, PyAny>>,
    ) -> Result<(), ArrowError> {
        Python::attach(|py| what(py).and_then(|w| report(py, &self.on_problem, kind, w)))
            .map_err(|e| ArrowError::ExternalError(Box::new(e)))
    }
}

impl Iterator for ArrowStream {
    type Item = Result<RecordBatch, ArrowError>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Err(e) = self.fill() {
            return Some(Err(e));
        }
        self.ready.pop_front().map(Ok)
    }
}

impl RecordBatchReader for ArrowStream {
    fn schema(&self) -> SchemaRef {
        self.schema.clone()
    }
}

/// The typed table's selection: the provider by name or GUID, the event by id or name, and the version if given.
fn typed_selection(provider: &str, event: &Bound<'_, PyAny>, version: Option<u8>) -> PyResult<Predicate> {
    let which = if let Ok(id) = event.extract::<u16>() {
        predicates::id_is(id)
    } else if let Ok(name) = event.extract::<String>() {
        predicates::event_name_is(&name)
    } else {
        return Err(PyValueError::new_err("event must be an event id (0..65535) or an event name"));
    };
    let mut p = predicates::provider_is(provider).and(which);
    if let Some(v) = version {
        p = p.and(predicates::version_is(v));
    }
    Ok(p)
}

/// `_native.read_arrow(paths, manifests, store, where, threads, order, byte_range, on_problem, event)`: a
/// `pyarrow.RecordBatchReader` of the `events` table, or of one typed table when `event` is
/// `(provider, id_or_name, version_or_None)`.
#[pyfunction]
#[pyo3(signature = (paths, manifests, store, no_store, where_, threads, order, byte_range, on_problem, event=None))]
#[allow(clippy::too_many_arguments)]
fn read_arrow(
    py: Python<'_>,
    paths: Vec<PathBuf>,
    manifests: Vec<PathBuf>,
    store: Option<PathBuf>,
    no_store: bool,
    where_: Option<&str>,
    threads: Option<usize>,
    order: &str,
    byte_range: Option<(u64, u64)>,
    on_problem: Py<PyAny>,
    event: Option<(String, Bound<'_, PyAny>, Option<u8>)>,
) -> PyResult<ArrowOpened> {
    let mut opts =
        RunOptions::new(paths, manifests, crate::store_choice(store, no_store), where_, threads, order, byte_range)?;
    let typed = event.is_some();
    if let Some((provider, ev, version)) = &event {
        opts.and_select(typed_selection(provider, ev, *version)?);
    }
    // Arrow batches are large: one per worker in flight, and the channel's.
    let in_flight = Some(opts.threads.saturating_add(1));
    let make = move |files: Arc<[String]>| TableEncoder::new(!typed, typed, files);
    let (rx, warnings) = opts.start(make, |b: &TableBatch| b.events.is_none() && b.typed.is_empty(), in_flight)?;
    let mut stream = ArrowStream {
        rx,
        schema: events_schema(),
        table: if typed { Table::Typed { id: None, others: Vec::new() } } else { Table::Events },
        on_problem,
        ready: Default::default(),
        done: false,
    };
    let mut table = None;
    if typed {
        // The typed table's columns are known from its first row: read up to it (without the GIL). None when
        // no event matched: the caller says so (or, in a partition of a Spark read, gives no rows).
        py.detach(|| stream.fill()).map_err(arrow_to_py)?;
        let (Some(first), Table::Typed { id: Some((id, _)), .. }) = (stream.ready.front(), &stream.table) else {
            return Ok((None, warnings, None));
        };
        stream.schema = first.schema();
        table = Some((id.provider.clone(), id.event.clone(), id.version));
    }
    Ok((Some(PyArrowType(Box::new(stream))), warnings, table))
}

/// What `read_arrow` returns: the reader (None for a typed table no event matched), the schema setup's
/// warnings, and for a typed table its `(provider, event, version)`.
type ArrowOpened = (Option<PyArrowType<Box<dyn RecordBatchReader + Send>>>, Vec<String>, Option<(String, String, u8)>);

/// `_native.events_schema()`: the `events` table's Arrow schema.
#[pyfunction]
fn events_schema_py() -> PyArrowType<arrow_schema::Schema> {
    PyArrowType(events_schema().as_ref().clone())
}

fn arrow_to_py(e: ArrowError) -> PyErr {
    match e {
        ArrowError::ExternalError(inner) => match inner.downcast::<PyErr>() {
            Ok(py_err) => *py_err,
            Err(other) => PyOSError::new_err(other.to_string()),
        },
        other => PyOSError::new_err(other.to_string()),
    }
}

/// `_native.stats(path, manifests, store)`: what `etw stats --json` prints for one file, as JSON text.
#[pyfunction]
#[pyo3(signature = (path, manifests, store, no_store, on_problem))]
fn stats(
    py: Python<'_>,
    path: PathBuf,
    manifests: Vec<PathBuf>,
    store: Option<PathBuf>,
    no_store: bool,
    on_problem: Py<PyAny>,
) -> PyResult<String> {
    EtlReader::open(&path).map_err(|e| crate::etl_error(&e))?;
    let (registry, _) = SchemaOptions { manifests, store: crate::store_choice(store, no_store) }.registry()?;
    let mut damage = Vec::new();
    let out = py.detach(|| {
        let mut sink = etwkit::pipeline::sinks::stats::StatsSink::new(true);
        let run = Pipeline::new([&path]).order(Order::File).schemas(registry).run(&mut sink, |p| {
            if let Problem::Damage { damage: d, path } = p {
                damage.push(damage_tuple(d, path));
            }
        });
        run.map(|_| sink.into_stats())
    });
    for d in damage {
        report(py, &on_problem, "damage", d.into_pyobject(py)?.into_any())?;
    }
    let stats = out.map_err(|e| PyOSError::new_err(e.to_string()))?;
    serde_json::to_string(&stats).map_err(|e| PyOSError::new_err(e.to_string()))
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<JsonStream>()?;
    m.add_function(wrap_pyfunction!(read_json, m)?)?;
    m.add_function(wrap_pyfunction!(read_arrow, m)?)?;
    m.add_function(wrap_pyfunction!(stats, m)?)?;
    m.add("events_schema", wrap_pyfunction!(events_schema_py, m)?)?;
    Ok(())
}
