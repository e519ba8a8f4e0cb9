//! Instrumentation manifests: the XML files (`.man`) that describe a manifest-based provider's events.
//!
//! [`ManifestSource`] loads manifests from files, directories or text and answers schema lookups by
//! (provider GUID, event id, version), the way TDH does with a registered manifest.
//!
//! # What is read
//!
//! `<instrumentationManifest><instrumentation><events><provider name guid>` (or the same under `<assembly>`, as
//! Windows component manifests have it) with:
//! - `<events><event value version level task opcode keywords channel template symbol name/>`;
//! - `<templates><template tid>` holding `<data name inType outType length count map/>` and
//!   `<struct name count>` with `<data>` members; `length` and `count` are numbers or the name of an earlier
//!   integer property (a member may name an earlier member of its own struct);
//! - `<maps>`: `<valueMap>` and `<bitMap>` with `<map value message/>`;
//! - `<levels>`, `<tasks>` (with task-level `<opcodes>`), `<opcodes>`, `<keywords>`, `<channels>`
//!   (`<channel>` and `<importChannel>`), and the standard `win:` levels, opcodes, keywords and channels;
//! - `<localization><resources culture><stringTable><string id value/>` for `$(string.X)` messages
//!   (`en-US` first, other cultures for ids it lacks).
//!
//! # Names
//!
//! As TDH gives them: a task, opcode, level or keyword is shown by its message, else its name; the standard
//! levels as "Information", "Verbose", ...; the standard opcodes as "Start", "Stop", "DCStart", ... A channel
//! is shown by its name (the log's path). The event name is the event's `name` attribute, else its `symbol`,
//! else `Task/Opcode` (just `Task` for opcode 0).
//!
//! # Problems
//!
//! A document that is not well-formed XML, or not a manifest, is an error with its line and column. Inside a
//! manifest, an event whose template cannot be used (an unknown `inType`, a `length` naming no earlier integer
//! property, a nested struct) is kept as unusable: looking it up gives a [`SchemaError`] that says why and
//! where, so the event is reported undecoded rather than decoded wrongly. Unknown levels, opcodes, keywords or
//! channels only lose that name. All of these are listed in [`LoadReport::warnings`].
//!
//! Loading more manifests merges them: a later event definition with the same (provider, id, version) replaces
//! the earlier one.
//!
//! Memory is bounded: a document has at most 4 Mi XML nodes, a template at most 4096 properties, and a
//! document loads at most [`MAX_DOCUMENT_UNITS`] events and properties.
//!
//! Classic (MOF) and kernel events are never matched: manifests describe events with an `EVENT_HEADER`.

mod parse;

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use etw_core::{EventRef, Guid};

use crate::model::{DecodingSource, EventSchema};
use crate::registry::{SchemaError, SchemaSource};

/// Directories are walked at most this deep (a guard against link loops).
const MAX_DEPTH: usize = 32;

/// What one document may load: each event counts one, and one more per property of its template. Events past
/// it are kept as unusable. (The largest real manifests need a few tens of thousands.)
pub const MAX_DOCUMENT_UNITS: usize = 1 << 20;

/// A problem in a manifest: where (origin, line, column) and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ManifestError {
    /// The file name, or the origin given to [`ManifestSource::load_str`].
    pub origin: Arc<str>,
    /// Line (1-based; 0 when the problem has no place in the text, e.g. an unreadable file).
    pub line: u32,
    /// Column (1-based; 0 as for `line`).
    pub column: u32,
    /// What was wrong.
    pub message: String,
}

impl fmt::Display for ManifestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.origin, self.message)
        } else {
            write!(f, "{}:{}:{}: {}", self.origin, self.line, self.column, self.message)
        }
    }
}

impl std::error::Error for ManifestError {}

/// What loading manifests did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LoadReport {
    /// Documents read (files, or texts given to [`ManifestSource::load_str`]).
    pub files: usize,
    /// Documents that loaded (were well-formed manifests).
    pub loaded: usize,
    /// Providers read.
    pub providers: usize,
    /// Events with a usable schema.
    pub events: usize,
    /// Events kept as unusable (their lookup says why).
    pub unusable_events: usize,
    /// Documents that could not be loaded at all: unreadable, not well-formed XML, not a manifest.
    pub errors: Vec<ManifestError>,
    /// Problems inside loaded manifests: unusable events, unknown names.
    pub warnings: Vec<ManifestError>,
}

impl LoadReport {
    /// True if every document loaded without an error or warning.
    pub fn is_clean(&self) -> bool {
        self.errors.is_empty() && self.warnings.is_empty()
    }

    /// What loading met, in one line (`None` when it met nothing): documents read and loaded, those that did
    /// not load, warnings and the files they are in, unusable events. A large manifest set can have thousands
    /// of problems: this line stands for them, the lists hold the details.
    pub fn summary(&self) -> Option<String> {
        if self.is_clean() {
            return None;
        }
        let mut line = format!("manifests: {} of {} files loaded ({} events)", self.loaded, self.files, self.events);
        if !self.errors.is_empty() {
            line.push_str(&format!("; {} could not be read or parsed", self.errors.len()));
        }
        if !self.warnings.is_empty() {
            let files: std::collections::HashSet<&str> = self.warnings.iter().map(|w| &*w.origin).collect();
            line.push_str(&format!(
                "; {} warnings in {} files ({} events unusable)",
                self.warnings.len(),
                files.len(),
                self.unusable_events
            ));
        }
        Some(line)
    }

    /// Adds what another load did.
    pub fn absorb(&mut self, other: LoadReport) {
        self.files += other.files;
        self.loaded += other.loaded;
        self.providers += other.providers;
        self.events += other.events;
        self.unusable_events += other.unusable_events;
        self.errors.extend(other.errors);
        self.warnings.extend(other.warnings);
    }
}

type Stored = Result<Arc<EventSchema>, Arc<str>>;

struct ProviderEntry {
    name: Arc<str>,
    events: BTreeMap<(u16, u8), Stored>,
}

/// Event schemas from instrumentation manifests, looked up by (provider GUID, event id, version).
///
/// ```
/// use etw_core::Guid;
/// use etw_schema::sources::manifest::ManifestSource;
///
/// let xml = r#"<instrumentationManifest xmlns="http://schemas.microsoft.com/win/2004/08/events">
///   <instrumentation><events>
///     <provider name="Demo" guid="{11111111-2222-3333-4444-555555555555}">
///       <events><event value="1" version="0" symbol="Hello" template="T"/></events>
///       <templates><template tid="T"><data name="Count" inType="win:UInt32"/></template></templates>
///     </provider>
///   </events></instrumentation>
/// </instrumentationManifest>"#;
/// let mut manifests = ManifestSource::new();
/// let report = manifests.load_str(xml, "demo.man").unwrap();
/// assert_eq!(report.events, 1);
/// let guid: Guid = "11111111-2222-3333-4444-555555555555".parse().unwrap();
/// let schema = manifests.schema(&guid, 1, 0).unwrap().unwrap();
/// assert_eq!(schema.event_name.as_deref(), Some("Hello"));
/// assert_eq!(&*schema.properties[0].name, "Count");
/// ```
pub struct ManifestSource {
    source: DecodingSource,
    providers: HashMap<Guid, ProviderEntry>,
    version_fallback: bool,
    /// Units (see [`MAX_DOCUMENT_UNITS`]) all further documents together may still load.
    remaining: usize,
}

impl Default for ManifestSource {
    fn default() -> Self {
        ManifestSource::new()
    }
}

impl fmt::Debug for ManifestSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ManifestSource")
            .field("source", &self.source)
            .field("providers", &self.providers.len())
            .field("events", &self.event_count())
            .field("version_fallback", &self.version_fallback)
            .finish()
    }
}

impl ManifestSource {
    /// A source with no manifests loaded.
    pub fn new() -> ManifestSource {
        ManifestSource::with_source(DecodingSource::Manifest, usize::MAX)
    }

    /// A source whose schemas say they came from `source` (EventSource manifests are read by this module too),
    /// loading at most `units` events and properties in all (see [`MAX_DOCUMENT_UNITS`]).
    pub(crate) fn with_source(source: DecodingSource, units: usize) -> ManifestSource {
        ManifestSource { source, providers: HashMap::new(), version_fallback: false, remaining: units }
    }

    /// When an event's version is not in the manifest, use the highest lower version of the same event id.
    ///
    /// Off by default (TDH matches versions exactly). Useful with a manifest older than the provider that
    /// wrote the trace when the provider only ever appends fields in new versions, as the .NET runtime does:
    /// the older template decodes the leading fields and the rest of the payload is left undecoded
    /// ([`crate::Decoded::trailing_bytes`]). The schema returned keeps the older version in its descriptor.
    pub fn set_version_fallback(&mut self, on: bool) {
        self.version_fallback = on;
    }

    /// Loads a manifest file, or every `*.man` and `*.xml` file under a directory (recursively, in name order).
    ///
    /// Fails only if `path` itself cannot be read; a file that cannot be loaded is listed in
    /// [`LoadReport::errors`] with its name (and line and column for XML errors), and loading goes on.
    pub fn load_path(&mut self, path: impl AsRef<Path>) -> Result<LoadReport, ManifestError> {
        let path = path.as_ref();
        let meta = std::fs::metadata(path).map_err(|e| io_error(path, &e))?;
        let mut report = LoadReport::default();
        if meta.is_dir() {
            let mut files = Vec::new();
            walk(path, 0, &mut files, &mut report.errors);
            files.sort();
            for f in files {
                report.absorb(self.load_file(&f));
            }
        } else {
            report.absorb(self.load_file(path));
        }
        Ok(report)
    }

    fn load_file(&mut self, path: &Path) -> LoadReport {
        let origin = path.display().to_string();
        let text = match std::fs::read(path) {
            Ok(bytes) => decode_text(&bytes),
            Err(e) => Err(e.to_string()),
        };
        match text {
            Ok(text) => self.load_str(&text, &origin).unwrap_or_else(|e| LoadReport {
                files: 1,
                errors: vec![e],
                ..LoadReport::default()
            }),
            Err(message) => LoadReport {
                files: 1,
                errors: vec![ManifestError { origin: origin.into(), line: 0, column: 0, message }],
                ..LoadReport::default()
            },
        }
    }

    /// Loads one manifest document from text; `origin` names it in messages (a file name, "EventSource ...").
    ///
    /// Fails if the text is not well-formed XML or not an instrumentation manifest.
    pub fn load_str(&mut self, xml: &str, origin: &str) -> Result<LoadReport, ManifestError> {
        self.load_str_for(xml, origin, None)
    }

    /// As [`load_str`](Self::load_str), keeping only the provider `only` when given (an EventSource may only
    /// describe itself).
    pub(crate) fn load_str_for(
        &mut self,
        xml: &str,
        origin: &str,
        only: Option<Guid>,
    ) -> Result<LoadReport, ManifestError> {
        let origin: Arc<str> = origin.into();
        let at = |p: parse::Problem| ManifestError {
            origin: origin.clone(),
            line: p.line,
            column: p.column,
            message: p.message,
        };
        let mut budget = MAX_DOCUMENT_UNITS.min(self.remaining);
        let before = budget;
        let parsed = parse::parse(xml, self.source, &mut budget);
        self.remaining = self.remaining.saturating_sub(before - budget);
        let parsed = parsed.map_err(at)?;
        let mut report = LoadReport { files: 1, loaded: 1, ..LoadReport::default() };
        report.warnings.extend(parsed.warnings.into_iter().map(at));
        for p in parsed.providers {
            if only.is_some_and(|g| g != p.guid) {
                report.warnings.push(ManifestError {
                    origin: origin.clone(),
                    line: 0,
                    column: 0,
                    message: format!(
                        "provider '{}' ({}) is not the one that sent the manifest: ignored",
                        p.name, p.guid
                    ),
                });
                continue;
            }
            report.providers += 1;
            let entry = self
                .providers
                .entry(p.guid)
                .or_insert_with(|| ProviderEntry { name: p.name.clone(), events: BTreeMap::new() });
            if !p.name.is_empty() {
                entry.name = p.name.clone();
            }
            for (key, e) in p.events {
                let stored = match e {
                    Ok(schema) => {
                        report.events += 1;
                        Ok(schema)
                    }
                    Err(problem) => {
                        report.unusable_events += 1;
                        Err(Arc::from(at(problem).to_string()))
                    }
                };
                entry.events.insert(key, stored);
            }
        }
        Ok(report)
    }

    /// The schema of event `id` version `version` of `provider`: `None` if no manifest describes it, an error if
    /// a manifest does but its template cannot be used.
    pub fn schema(&self, provider: &Guid, id: u16, version: u8) -> Option<Result<Arc<EventSchema>, SchemaError>> {
        let p = self.providers.get(provider)?;
        let stored = match p.events.get(&(id, version)) {
            Some(s) => s,
            None if self.version_fallback => p.events.range((id, 0)..(id, version)).next_back()?.1,
            None => return None,
        };
        Some(stored.clone().map_err(|reason| SchemaError { source: self.name(), reason: reason.to_string() }))
    }

    /// The versions of event `id` of `provider` the manifests define (usable or not), in increasing order.
    pub fn versions(&self, provider: &Guid, id: u16) -> Vec<u8> {
        self.providers
            .get(provider)
            .map(|p| p.events.range((id, 0)..=(id, u8::MAX)).map(|((_, v), _)| *v).collect())
            .unwrap_or_default()
    }

    /// The providers loaded: (GUID, name).
    pub fn providers(&self) -> impl Iterator<Item = (Guid, &str)> + '_ {
        self.providers.iter().map(|(g, p)| (*g, &*p.name))
    }

    /// Every usable schema loaded.
    pub fn schemas(&self) -> impl Iterator<Item = &Arc<EventSchema>> + '_ {
        self.providers.values().flat_map(|p| p.events.values().filter_map(|e| e.as_ref().ok()))
    }

    /// Number of events (usable or not) loaded.
    pub fn event_count(&self) -> usize {
        self.providers.values().map(|p| p.events.len()).sum()
    }
}

impl SchemaSource for ManifestSource {
    fn name(&self) -> &'static str {
        self.source.as_str()
    }

    fn lookup(&mut self, event: &EventRef<'_>) -> Option<Result<Arc<EventSchema>, SchemaError>> {
        let kind = event.header_kind();
        if kind.is_kernel() || kind.is_classic() {
            return None;
        }
        self.schema(&event.provider_id(), event.id(), event.version())
    }

    fn provider_name(&self, provider: &Guid) -> Option<Arc<str>> {
        self.providers.get(provider).map(|p| p.name.clone()).filter(|n| !n.is_empty())
    }

    fn versions(&self, provider: &Guid, id: u16) -> Vec<u8> {
        ManifestSource::versions(self, provider, id)
    }
}

fn io_error(path: &Path, e: &std::io::Error) -> ManifestError {
    ManifestError { origin: path.display().to_string().into(), line: 0, column: 0, message: e.to_string() }
}

fn walk(dir: &Path, depth: usize, out: &mut Vec<PathBuf>, errors: &mut Vec<ManifestError>) {
    if depth > MAX_DEPTH {
        errors.push(ManifestError {
            origin: dir.display().to_string().into(),
            line: 0,
            column: 0,
            message: format!("more than {MAX_DEPTH} directories deep: not read"),
        });
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            errors.push(io_error(dir, &e));
            return;
        }
    };
    for entry in entries {
        let p = match entry {
            Ok(e) => e.path(),
            Err(e) => {
                errors.push(io_error(dir, &e));
                continue;
            }
        };
        if p.is_dir() {
            walk(&p, depth + 1, out, errors);
        } else if p
            .extension()
            .and_then(|x| x.to_str())
            .is_some_and(|x| x.eq_ignore_ascii_case("man") || x.eq_ignore_ascii_case("xml"))
        {
            out.push(p);
        }
    }
}

/// The text of a manifest file: UTF-8 (with or without a byte order mark), or UTF-16 with a byte order mark.
fn decode_text(bytes: &[u8]) -> Result<String, String> {
    let utf16 = |rest: &[u8], le: bool| {
        let units = rest
            .chunks_exact(2)
            .map(|c| {
                let pair = [c.first().copied().unwrap_or(0), c.get(1).copied().unwrap_or(0)];
                if le {
                    u16::from_le_bytes(pair)
                } else {
                    u16::from_be_bytes(pair)
                }
            })
            .collect::<Vec<u16>>();
        String::from_utf16(&units).map_err(|_| "not valid UTF-16 text".to_owned())
    };
    match bytes {
        [0xEF, 0xBB, 0xBF, rest @ ..] => utf8(rest),
        [0xFF, 0xFE, rest @ ..] => utf16(rest, true),
        [0xFE, 0xFF, rest @ ..] => utf16(rest, false),
        _ => utf8(bytes),
    }
}

fn utf8(bytes: &[u8]) -> Result<String, String> {
    String::from_utf8(bytes.to_vec())
        .map_err(|e| format!("not UTF-8 text (bad byte at offset {})", e.utf8_error().valid_up_to()))
}

/// Fuzz body: `data` up to its first NUL byte is manifest text (lossily UTF-8), the rest a payload decoded
/// with every schema the text yields. Never panics.
#[cfg(feature = "fuzzing")]
pub(crate) fn fuzz(data: &[u8]) {
    use crate::fuzzing::exercise;

    let (text, payload) = match data.iter().position(|b| *b == 0) {
        Some(i) => (data.get(..i).unwrap_or_default(), data.get(i + 1..).unwrap_or_default()),
        None => (data, data),
    };
    let text = String::from_utf8_lossy(text);
    let mut source = ManifestSource::new();
    if source.load_str(&text, "fuzz").is_ok() {
        exercise(source.schemas(), payload);
        let _ = decode_text(data);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(events: usize) -> String {
        let events: String = (1..=events).map(|i| format!(r#"<event value="{i}" template="T"/>"#)).collect();
        format!(
            r#"<instrumentationManifest><instrumentation><events>
            <provider name="P" guid="{{11111111-2222-3333-4444-555555555555}}"><events>{events}</events>
            <templates><template tid="T"><data name="A" inType="win:UInt8"/><data name="B" inType="win:UInt8"/></template></templates>
            </provider></events></instrumentation></instrumentationManifest>"#
        )
    }

    #[test]
    fn the_unit_budget_holds_across_documents() {
        // Each event costs 3 units: itself and two properties.
        let mut m = ManifestSource::with_source(DecodingSource::EventSource, 20);
        let r = m.load_str(&doc(4), "a").unwrap();
        assert_eq!((r.events, r.unusable_events), (4, 0));
        let r = m.load_str(&doc(4), "b").unwrap();
        assert_eq!((r.events, r.unusable_events), (2, 2), "{r:#?}");
        assert!(r.warnings[0].message.contains("over the limit"), "{:?}", r.warnings);
        let r = m.load_str(&doc(1), "c").unwrap();
        assert_eq!((r.events, r.unusable_events), (0, 1));
        assert_eq!(m.name(), "eventsource");
    }
}
