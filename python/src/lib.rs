//! The native half of the `etwkit` Python package (`etwkit._native`). The Python half (`python/etwkit/`) gives
//! the public API; this module gives it:
//!
//! - [`stream`]: a pipeline run on threads of its own whose output (batches of JSON lines as `etw dump` writes
//!   them, or Arrow record batches of the `events` table or of one typed table) and damage come to Python in
//!   order, through a bounded channel, so memory stays bounded however large the traces are;
//! - [`trace`]: krabsetw's model (traces, providers, event filters built from predicates, callbacks with a
//!   parser) over etwkit's `FileTrace`, `UserTrace` and `KernelTrace`.
//!
//! Python exceptions: `etwkit.EtlError` (a file that cannot be read at all: its path and the offset of the
//! damage), and the damage of a readable file as `(path, scope, buffer, buffer_offset, record_offset, reason)` tuples that
//! the Python side turns into `DamageWarning`s or `DamageError`s.

#![deny(unsafe_code)]

use std::path::PathBuf;

use pyo3::exceptions::{PyOSError, PyValueError};
use pyo3::prelude::*;

mod stream;
mod trace;

/// Everything a run needs to set up its schemas: manifests, and which schema store.
#[derive(Clone, Debug, Default)]
pub(crate) struct SchemaOptions {
    pub manifests: Vec<PathBuf>,
    /// `None`: the default store if there is one; `Some(None)`: no store; `Some(Some(p))`: that store.
    pub store: Option<Option<PathBuf>>,
}

impl SchemaOptions {
    pub(crate) fn choice(&self) -> etwkit::trace::StoreChoice {
        match &self.store {
            None => etwkit::trace::StoreChoice::Default,
            Some(None) => etwkit::trace::StoreChoice::None,
            Some(Some(p)) => etwkit::trace::StoreChoice::File(p.clone()),
        }
    }

    /// The registry, with the manifests' problems as warnings for Python (a manifest that does not load is an
    /// error: the caller asked for it).
    pub(crate) fn registry(&self) -> PyResult<(etwkit::schema::SchemaRegistry, Vec<String>)> {
        let (registry, report) = etwkit::trace::registry_with_store(&self.manifests, &self.choice())
            .map_err(|e| PyValueError::new_err(e.to_string()))?;
        Ok((registry, report.lines()))
    }
}

/// The store to decode with, from the Python arguments `store=PATH` and `store=False`.
pub(crate) fn store_choice(store: Option<PathBuf>, no_store: bool) -> Option<Option<PathBuf>> {
    match (store, no_store) {
        (_, true) => Some(None),
        (Some(p), false) => Some(Some(p)),
        (None, false) => None,
    }
}

/// Turns an ETL error into the Python exception: `EtlError(message, path, offset)` for a damaged logfile header,
/// `FileNotFoundError`/`PermissionError`/`OSError` with the path for I/O.
pub(crate) fn etl_error(e: &etwkit::etl::EtlError) -> PyErr {
    use etwkit::etl::EtlError as E;
    match e {
        E::Io { path, source } => {
            let file = path.as_ref().map(|p| p.display().to_string());
            let errno = source.raw_os_error().unwrap_or(0);
            let args = (errno, source.to_string(), file);
            match source.kind() {
                std::io::ErrorKind::NotFound => PyErr::new::<pyo3::exceptions::PyFileNotFoundError, _>(args),
                std::io::ErrorKind::PermissionDenied => PyErr::new::<pyo3::exceptions::PyPermissionError, _>(args),
                _ => PyErr::new::<pyo3::exceptions::PyOSError, _>(args),
            }
        }
        E::BadLogfileHeader { path, offset, reason } => {
            let file = path.as_ref().map(|p| p.display().to_string());
            // The exception class is Python's (etwkit._errors), so that it carries named attributes.
            Python::attach(|py| {
                let made = py
                    .import("etwkit._errors")
                    .and_then(|m| m.getattr("EtlError"))
                    .and_then(|cls| cls.call1((e.to_string(), file, *offset, reason.clone())));
                match made {
                    Ok(exc) => PyErr::from_value(exc),
                    Err(import_failed) => PyOSError::new_err(format!("{e} ({import_failed})")),
                }
            })
        }
    }
}

/// The native module.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    stream::register(m)?;
    trace::register(m)?;
    Ok(())
}
