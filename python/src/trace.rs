//! krabsetw's model for Python: predicates, event filters, providers, and traces over files (any OS) or live
//! sessions (Windows), on etwkit's `FileTrace`, `UserTrace` and `KernelTrace`.
//!
//! The Python objects hold a description (ids, masks, predicates, Python callables). `start` turns it into
//! the Rust trace and runs it without the GIL; each callback takes the GIL, gets the event as the JSON line
//! `etw dump` writes for it, and hands it to `etwkit._events._call`, which builds the `Event` and the `Parser`
//! the user's callable receives. The first exception a callback raises stops the trace and is raised by
//! `start`.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use etwkit::filter::{predicates, Literal, Predicate as RustPredicate};
use etwkit::pipeline::sinks::json::decoded_line;
use etwkit::pipeline::Order;
use etwkit::trace::{ErrorEvent, TraceHandle, TraceStats};
use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyTuple};

/// A test on an event: header fields, provider, properties; combine with `&`, `|`, `~`.
#[pyclass(module = "etwkit._native", name = "Predicate", frozen, from_py_object)]
#[derive(Clone)]
pub struct Predicate {
    inner: RustPredicate,
    text: String,
}

fn literal(v: &Bound<'_, PyAny>) -> PyResult<Literal> {
    // bool first: in Python a bool is also an int.
    if let Ok(b) = v.cast::<pyo3::types::PyBool>() {
        return Ok(Literal::Bool(b.is_true()));
    }
    if let Ok(i) = v.extract::<i128>() {
        return Ok(Literal::Int(i));
    }
    if let Ok(f) = v.extract::<f64>() {
        return Ok(Literal::Float(f));
    }
    if let Ok(s) = v.extract::<String>() {
        return Ok(Literal::Str(s));
    }
    Err(PyTypeError::new_err("a property value must be an int, float, bool or str"))
}

fn predicate_list(args: &Bound<'_, PyTuple>) -> PyResult<Vec<RustPredicate>> {
    args.iter().map(|a| Ok(a.extract::<Predicate>()?.inner)).collect()
}

#[pymethods]
impl Predicate {
    /// `Predicate.make(name, *args)`: the predicate function `name` of krabsetw / etwkit (`id_is`,
    /// `property_is`, ...) applied to `args`. `etwkit.predicates` gives each as a function.
    #[staticmethod]
    #[pyo3(signature = (name, *args))]
    fn make(name: &str, args: &Bound<'_, PyTuple>) -> PyResult<Predicate> {
        let arg = |i: usize| args.get_item(i);
        let n = args.len();
        let want = |k: usize| -> PyResult<()> {
            if n == k {
                Ok(())
            } else {
                Err(PyTypeError::new_err(format!("{name}() takes {k} argument(s), {n} given")))
            }
        };
        let text = || -> String {
            let parts: Vec<String> =
                args.iter().map(|a| a.repr().map_or_else(|_| "?".into(), |r| r.to_string())).collect();
            format!("{name}({})", parts.join(", "))
        };
        let inner = match name {
            "any_event" => {
                want(0)?;
                predicates::any_event()
            }
            "no_event" => {
                want(0)?;
                predicates::no_event()
            }
            "id_is" | "opcode_is" | "version_is" | "process_id_is" | "thread_id_is" | "task_is" | "level_is"
            | "keyword_any" | "keyword_all" => {
                want(1)?;
                let v = arg(0)?;
                match name {
                    "id_is" => predicates::id_is(v.extract()?),
                    "opcode_is" => predicates::opcode_is(v.extract()?),
                    "version_is" => predicates::version_is(v.extract()?),
                    "process_id_is" => predicates::process_id_is(v.extract()?),
                    "thread_id_is" => predicates::thread_id_is(v.extract()?),
                    "task_is" => predicates::task_is(v.extract()?),
                    "level_is" => predicates::level_is(v.extract()?),
                    "keyword_any" => predicates::keyword_any(v.extract()?),
                    _ => predicates::keyword_all(v.extract()?),
                }
            }
            "provider_is" => {
                want(1)?;
                predicates::provider_is(arg(0)?.extract::<String>()?)
            }
            "event_name_is" => {
                want(1)?;
                predicates::event_name_is(&arg(0)?.extract::<String>()?)
            }
            "has_property" => {
                want(1)?;
                predicates::has_property(&arg(0)?.extract::<String>()?)
            }
            "property_is" | "property_gt" | "property_ge" | "property_lt" | "property_le" | "property_ne" => {
                want(2)?;
                let prop = arg(0)?.extract::<String>()?;
                let v = literal(&arg(1)?)?;
                match name {
                    "property_is" => predicates::property_is(&prop, v),
                    "property_gt" => predicates::property_gt(&prop, v),
                    "property_ge" => predicates::property_ge(&prop, v),
                    "property_lt" => predicates::property_lt(&prop, v),
                    "property_le" => predicates::property_le(&prop, v),
                    _ => predicates::property_ne(&prop, v),
                }
            }
            "property_equals"
            | "property_iequals"
            | "property_contains"
            | "property_icontains"
            | "property_starts_with"
            | "property_istarts_with"
            | "property_ends_with"
            | "property_iends_with" => {
                want(2)?;
                let prop = arg(0)?.extract::<String>()?;
                let v = arg(1)?.extract::<String>()?;
                match name {
                    "property_equals" => predicates::property_equals(&prop, &v),
                    "property_iequals" => predicates::property_iequals(&prop, &v),
                    "property_contains" => predicates::property_contains(&prop, &v),
                    "property_icontains" => predicates::property_icontains(&prop, &v),
                    "property_starts_with" => predicates::property_starts_with(&prop, &v),
                    "property_istarts_with" => predicates::property_istarts_with(&prop, &v),
                    "property_ends_with" => predicates::property_ends_with(&prop, &v),
                    _ => predicates::property_iends_with(&prop, &v),
                }
            }
            "and_filter" | "or_filter" => {
                want(2)?;
                let ps = predicate_list(args)?;
                let mut it = ps.into_iter();
                match (it.next(), it.next()) {
                    (Some(a), Some(b)) if name == "and_filter" => a.and(b),
                    (Some(a), Some(b)) => a.or(b),
                    _ => return Err(PyTypeError::new_err(format!("{name}() takes two predicates"))),
                }
            }
            "not_filter" => {
                want(1)?;
                arg(0)?.extract::<Predicate>()?.inner.not()
            }
            "any_of" => predicates::any_of(predicate_list(args)?),
            "all_of" => predicates::all_of(predicate_list(args)?),
            "none_of" => predicates::none_of(predicate_list(args)?),
            "where" => {
                want(1)?;
                let expr = arg(0)?.extract::<String>()?;
                etwkit::filter::parse_where(&expr).map_err(|e| PyValueError::new_err(e.render(&expr)))?
            }
            other => return Err(PyValueError::new_err(format!("no predicate named {other:?}"))),
        };
        Ok(Predicate { inner, text: text() })
    }

    fn __and__(&self, other: &Predicate) -> Predicate {
        Predicate {
            inner: self.inner.clone().and(other.inner.clone()),
            text: format!("({} & {})", self.text, other.text),
        }
    }

    fn __or__(&self, other: &Predicate) -> Predicate {
        Predicate {
            inner: self.inner.clone().or(other.inner.clone()),
            text: format!("({} | {})", self.text, other.text),
        }
    }

    fn __invert__(&self) -> Predicate {
        Predicate { inner: self.inner.clone().not(), text: format!("~{}", self.text) }
    }

    fn __repr__(&self) -> String {
        self.text.clone()
    }
}

/// krabsetw's `event_filter`: a predicate (or a list of event ids) and the callbacks of the events it passes.
#[pyclass(module = "etwkit._native", name = "EventFilter")]
pub struct EventFilter {
    ids: Option<Vec<u16>>,
    predicate: Option<RustPredicate>,
    callbacks: Vec<Py<PyAny>>,
}

#[pymethods]
impl EventFilter {
    #[new]
    #[pyo3(signature = (predicate=None, ids=None))]
    fn new(predicate: Option<Predicate>, ids: Option<Vec<u16>>) -> PyResult<EventFilter> {
        if predicate.is_none() && ids.is_none() {
            return Err(PyTypeError::new_err("EventFilter needs a predicate, a list of event ids, or both"));
        }
        Ok(EventFilter { ids, predicate: predicate.map(|p| p.inner), callbacks: Vec::new() })
    }

    /// Adds a callback `f(event, parser)` for the events this filter passes.
    fn add_on_event_callback(&mut self, callback: Py<PyAny>) {
        self.callbacks.push(callback);
    }
}

/// A provider to enable: by name or GUID, with keyword masks, level, trace flags, filters and callbacks.
#[pyclass(module = "etwkit._native", name = "Provider")]
pub struct Provider {
    id: String,
    kernel: Option<String>,
    any: Option<u64>,
    all: Option<u64>,
    level: Option<u8>,
    trace_flags: Option<u32>,
    filters: Vec<Py<EventFilter>>,
    callbacks: Vec<Py<PyAny>>,
}

fn kernel_provider(name: &str) -> PyResult<etwkit::trace::Provider> {
    use etwkit::trace::kernel as k;
    Ok(match name {
        "process" => k::process(),
        "thread" => k::thread(),
        "image_load" => k::image_load(),
        "disk_io" => k::disk_io(),
        "file_io" => k::file_io(),
        "network_tcpip" => k::network_tcpip(),
        "network_udpip" => k::network_udpip(),
        "registry" => k::registry(),
        "page_fault" => k::page_fault(),
        "perf_info" => k::perf_info(),
        "stack_walk" => k::stack_walk(),
        "alpc" => k::alpc(),
        "system_config" => k::system_config(),
        other => return Err(PyValueError::new_err(format!("no kernel provider named {other:?}"))),
    })
}

#[pymethods]
impl Provider {
    /// A provider by name (`Microsoft-Windows-Kernel-Network`) or GUID.
    #[new]
    fn new(name_or_guid: String) -> Provider {
        Provider {
            id: name_or_guid,
            kernel: None,
            any: None,
            all: None,
            level: None,
            trace_flags: None,
            filters: Vec::new(),
            callbacks: Vec::new(),
        }
    }

    /// One of krabsetw's kernel providers (`process`, `network_tcpip`, ...).
    #[staticmethod]
    fn kernel(name: String) -> PyResult<Provider> {
        kernel_provider(&name)?;
        let mut p = Provider::new(format!("kernel:{name}"));
        p.kernel = Some(name);
        Ok(p)
    }

    #[getter]
    fn name(&self) -> String {
        self.id.clone()
    }

    fn set_any(&mut self, mask: u64) {
        self.any = Some(mask);
    }

    fn set_all(&mut self, mask: u64) {
        self.all = Some(mask);
    }

    fn set_level(&mut self, level: u8) {
        self.level = Some(level);
    }

    fn set_trace_flags(&mut self, flags: u32) {
        self.trace_flags = Some(flags);
    }

    fn add_filter(&mut self, filter: Py<EventFilter>) {
        self.filters.push(filter);
    }

    fn add_on_event_callback(&mut self, callback: Py<PyAny>) {
        self.callbacks.push(callback);
    }
}

/// What every callback of one run shares: the Python dispatcher, the first exception, the stop handle.
struct Calls {
    dispatch: Py<PyAny>,
    error: Mutex<Option<PyErr>>,
    handle: TraceHandle,
}

impl Calls {
    fn fail(&self, e: PyErr) {
        if let Ok(mut g) = self.error.lock() {
            if g.is_none() {
                *g = Some(e);
            }
        }
        self.handle.stop();
    }

    fn failed(&self) -> bool {
        self.error.lock().map_or(true, |g| g.is_some())
    }
}

type RustCallback = Box<dyn FnMut(&etwkit::EventRef<'_>, &mut etwkit::filter::EventContext<'_, '_>) + Send>;

fn callback(cb: Py<PyAny>, calls: Arc<Calls>) -> RustCallback {
    let mut line = Vec::new();
    Box::new(move |ev, cx| {
        if calls.failed() {
            return;
        }
        line.clear();
        decoded_line(&mut line, ev, cx);
        Python::attach(|py| {
            if let Err(e) = calls.dispatch.call1(py, (&cb, PyBytes::new(py, &line))) {
                calls.fail(e);
            }
        });
    })
}

fn build_provider(py: Python<'_>, p: &Provider, calls: &Arc<Calls>) -> PyResult<etwkit::trace::Provider> {
    let mut rp = match &p.kernel {
        Some(k) => kernel_provider(k)?,
        None => etwkit::trace::Provider::parse(&p.id),
    };
    if let Some(m) = p.any {
        rp = rp.any(m);
    }
    if let Some(m) = p.all {
        rp = rp.all(m);
    }
    if let Some(l) = p.level {
        rp = rp.level(l);
    }
    if let Some(f) = p.trace_flags {
        rp = rp.trace_flags(f);
    }
    for f in &p.filters {
        let f = f.borrow(py);
        let mut ef = match (&f.ids, &f.predicate) {
            (Some(ids), Some(pred)) => etwkit::trace::EventFilter::ids_and(ids.iter().copied(), pred.clone()),
            (Some(ids), None) => etwkit::trace::EventFilter::ids(ids.iter().copied()),
            (None, Some(pred)) => etwkit::trace::EventFilter::new(pred.clone()),
            (None, None) => etwkit::trace::EventFilter::new(predicates::any_event()),
        };
        for cb in &f.callbacks {
            ef.add_on_event_callback(callback(cb.clone_ref(py), calls.clone()));
        }
        rp.add_filter(ef);
    }
    for cb in &p.callbacks {
        rp.add_on_event_callback(callback(cb.clone_ref(py), calls.clone()));
    }
    Ok(rp)
}

/// Where a damage is, for an error callback: `(buffer, buffer_offset, record_offset, reason)`.
type DamagePlace = (u64, u64, Option<u32>, String);

/// An error-callback argument: `(kind, message, damage_place_or_None)`.
fn error_args(e: &ErrorEvent<'_>) -> (&'static str, String, Option<DamagePlace>) {
    match e {
        ErrorEvent::Damage(d) => {
            ("damage", d.to_string(), Some((d.buffer, d.buffer_offset, d.record_offset, d.reason.clone())))
        }
        ErrorEvent::Decode { event, failure } => {
            ("decode", format!("{} event {} v{}: {failure}", event.provider_id(), event.id(), event.version()), None)
        }
        ErrorEvent::CallbackPanic { message } => ("panic", (*message).to_owned(), None),
        ErrorEvent::Manifest(m) => ("manifest", m.to_string(), None),
        ErrorEvent::Store(s) => ("store", s.to_string(), None),
        ErrorEvent::Session { message } => ("session", (*message).to_owned(), None),
    }
}

fn stats_dict<'py>(py: Python<'py>, s: &TraceStats) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("events_seen", s.events_seen)?;
    d.set_item("events_handled", s.events_handled)?;
    d.set_item("events_lost", s.events_lost)?;
    d.set_item("buffers_lost", s.buffers_lost)?;
    d.set_item("damaged", s.damaged)?;
    d.set_item("buffers_read", s.buffers_read)?;
    d.set_item("errors", s.errors)?;
    Ok(d)
}

/// Which trace.
enum Kind {
    File { files: Vec<PathBuf>, order: Order, store: Option<Option<PathBuf>> },
    User,
    Kernel,
}

/// A trace: over ETL files on any OS, or a live user or kernel session on Windows.
#[pyclass(module = "etwkit._native", name = "Trace")]
pub struct Trace {
    kind: Kind,
    name: Option<String>,
    manifests: Vec<PathBuf>,
    providers: Vec<Py<Provider>>,
    default_callback: Option<Py<PyAny>>,
    error_callback: Option<Py<PyAny>>,
    handle: Mutex<Option<TraceHandle>>,
    started: Mutex<bool>,
}

#[pymethods]
impl Trace {
    /// `Trace("file", files, order, store)`, `Trace("user")` or `Trace("kernel")`.
    #[new]
    #[pyo3(signature = (kind, files, order, store, no_store, name))]
    fn new(
        kind: &str,
        files: Vec<PathBuf>,
        order: &str,
        store: Option<PathBuf>,
        no_store: bool,
        name: Option<String>,
    ) -> PyResult<Trace> {
        let kind = match kind {
            "file" => {
                if files.is_empty() {
                    return Err(PyValueError::new_err("FileTrace needs at least one .etl file"));
                }
                let order = match order {
                    "time" => Order::Time,
                    "file" => Order::File,
                    o => return Err(PyValueError::new_err(format!("order must be \"time\" or \"file\", not {o:?}"))),
                };
                Kind::File { files, order, store: crate::store_choice(store, no_store) }
            }
            "user" => Kind::User,
            "kernel" => Kind::Kernel,
            k => return Err(PyValueError::new_err(format!("no trace kind {k:?}"))),
        };
        Ok(Trace {
            kind,
            name,
            manifests: Vec::new(),
            providers: Vec::new(),
            default_callback: None,
            error_callback: None,
            handle: Mutex::new(None),
            started: Mutex::new(false),
        })
    }

    fn add_manifests(&mut self, path: PathBuf) {
        self.manifests.push(path);
    }

    fn enable(&mut self, provider: Py<Provider>) {
        self.providers.push(provider);
    }

    fn set_default_event_callback(&mut self, callback: Option<Py<PyAny>>) {
        self.default_callback = callback;
    }

    fn set_error_callback(&mut self, callback: Option<Py<PyAny>>) {
        self.error_callback = callback;
    }

    /// Stops a running trace (from another thread or a callback).
    fn stop(&self) {
        if let Ok(g) = self.handle.lock() {
            if let Some(h) = g.as_ref() {
                h.stop();
            }
        }
    }

    /// The counts so far (or of the finished run), as a dict.
    fn stats<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let s = self.handle.lock().ok().and_then(|g| g.as_ref().map(|h| h.stats())).unwrap_or_default();
        stats_dict(py, &s)
    }

    /// Runs the trace, blocking until the files are read or the trace is stopped; returns the counts. The
    /// first exception a callback raised is raised here.
    fn start<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        {
            let mut started = self.started.lock().map_err(|_| PyRuntimeError::new_err("trace poisoned"))?;
            if *started {
                return Err(PyRuntimeError::new_err("a trace runs once: make a new one to run again"));
            }
            *started = true;
        }
        let dispatch = py.import("etwkit._events")?.getattr("_call")?.unbind();
        let error_dispatch = py.import("etwkit._events")?.getattr("_call_error")?.unbind();
        let mut runner = match &self.kind {
            Kind::File { files, order, store } => {
                let mut t = etwkit::trace::FileTrace::new(files.clone()).order(*order);
                match store {
                    None => {}
                    Some(None) => t = t.no_store(),
                    Some(Some(p)) => t = t.store(p.clone()),
                }
                if let Some(n) = &self.name {
                    t = t.named(n);
                }
                for m in &self.manifests {
                    t = t.manifests(m.clone());
                }
                Runner::File(t)
            }
            Kind::User => {
                let mut t = etwkit::trace::UserTrace::new();
                if let Some(n) = &self.name {
                    t = t.named(n);
                }
                for m in &self.manifests {
                    t = t.manifests(m.clone());
                }
                Runner::User(t)
            }
            Kind::Kernel => {
                let mut t = etwkit::trace::KernelTrace::new();
                if let Some(n) = &self.name {
                    t = t.named(n);
                }
                for m in &self.manifests {
                    t = t.manifests(m.clone());
                }
                Runner::Kernel(t)
            }
        };
        let handle = runner.handle();
        if let Ok(mut g) = self.handle.lock() {
            *g = Some(handle.clone());
        }
        let calls = Arc::new(Calls { dispatch, error: Mutex::new(None), handle });
        for p in &self.providers {
            runner.enable(build_provider(py, &p.borrow(py), &calls)?);
        }
        if let Some(cb) = &self.default_callback {
            runner.on_default_event(callback(cb.clone_ref(py), calls.clone()));
        }
        if let Some(cb) = &self.error_callback {
            let cb = cb.clone_ref(py);
            let calls = calls.clone();
            runner.on_error(Box::new(move |e: &ErrorEvent<'_>| {
                if calls.failed() {
                    return;
                }
                let args = error_args(e);
                Python::attach(|py| {
                    let r = error_dispatch.call1(py, (&cb, args.0, args.1, args.2));
                    if let Err(e) = r {
                        calls.fail(e);
                    }
                });
            }));
        }
        let result = py.detach(move || runner.start());
        if let Some(e) = calls.error.lock().ok().and_then(|mut g| g.take()) {
            return Err(e);
        }
        match result {
            Ok(s) => stats_dict(py, &s),
            Err(etwkit::trace::TraceError::Open(e)) => Err(crate::etl_error(&e)),
            Err(e) => Err(PyRuntimeError::new_err(e.to_string())),
        }
    }
}

/// The Rust trace a [`Trace`] runs.
enum Runner {
    File(etwkit::trace::FileTrace),
    User(etwkit::trace::UserTrace),
    Kernel(etwkit::trace::KernelTrace),
}

type ErrorCallback = Box<dyn FnMut(&ErrorEvent<'_>) + Send>;

impl Runner {
    fn handle(&self) -> TraceHandle {
        match self {
            Runner::File(t) => t.handle(),
            Runner::User(t) => t.handle(),
            Runner::Kernel(t) => t.handle(),
        }
    }

    fn enable(&mut self, p: etwkit::trace::Provider) {
        match self {
            Runner::File(t) => {
                t.enable(p);
            }
            Runner::User(t) => {
                t.enable(p);
            }
            Runner::Kernel(t) => {
                t.enable(p);
            }
        }
    }

    fn on_default_event(&mut self, mut cb: RustCallback) {
        match self {
            Runner::File(t) => {
                t.on_default_event(move |e, cx| cb(e, cx));
            }
            Runner::User(t) => {
                t.on_default_event(move |e, cx| cb(e, cx));
            }
            Runner::Kernel(t) => {
                t.on_default_event(move |e, cx| cb(e, cx));
            }
        }
    }

    fn on_error(&mut self, mut cb: ErrorCallback) {
        match self {
            Runner::File(t) => {
                t.on_error(move |e| cb(e));
            }
            Runner::User(t) => {
                t.on_error(move |e| cb(e));
            }
            Runner::Kernel(t) => {
                t.on_error(move |e| cb(e));
            }
        }
    }

    fn start(&mut self) -> Result<TraceStats, etwkit::trace::TraceError> {
        match self {
            Runner::File(t) => t.start(),
            Runner::User(t) => t.start(),
            Runner::Kernel(t) => t.start(),
        }
    }
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Predicate>()?;
    m.add_class::<EventFilter>()?;
    m.add_class::<Provider>()?;
    m.add_class::<Trace>()?;
    Ok(())
}
