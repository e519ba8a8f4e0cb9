//! The store in memory, opening and saving it, and the schema source over it.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use etw_core::{EventRef, Guid};
use etw_schema::{EventSchema, SchemaError, SchemaSource};

use crate::format::{self, FormatError};

/// One provider in the store: its events' schemas and where they came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredProvider {
    /// Provider GUID.
    pub guid: Guid,
    /// Provider name, when the source named it (manifests and TDH do; a binary's `WEVT_TEMPLATE` only in newer
    /// builds of the message compiler, else the registry of a Windows image does).
    pub name: Option<Arc<str>>,
    /// Where the schemas came from: the manifest or binary path, or `tdh`.
    pub origin: Arc<str>,
    /// The event schemas by (id, version).
    pub events: BTreeMap<(u16, u8), Arc<EventSchema>>,
}

/// Provider schemas and messages, by provider GUID.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Store {
    providers: BTreeMap<Guid, StoredProvider>,
}

/// A store file that could not be opened, read or written: which file and why.
#[derive(Debug)]
pub enum StoreError {
    /// The file could not be read or written.
    Io {
        /// The file.
        path: PathBuf,
        /// The error.
        error: std::io::Error,
    },
    /// The file is not a store, of another version, or damaged.
    Format {
        /// The file.
        path: PathBuf,
        /// What is wrong, and where.
        error: FormatError,
    },
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Io { path, error } => write!(f, "schema store {}: {error}", path.display()),
            StoreError::Format { path, error } => write!(f, "schema store {}: {error}", path.display()),
        }
    }
}

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StoreError::Io { error, .. } => Some(error),
            StoreError::Format { error, .. } => Some(error),
        }
    }
}

impl StoreError {
    /// True if the file does not exist.
    pub fn is_not_found(&self) -> bool {
        matches!(self, StoreError::Io { error, .. } if error.kind() == std::io::ErrorKind::NotFound)
    }
}

impl Store {
    /// An empty store.
    pub fn new() -> Store {
        Store::default()
    }

    /// Reads a store file.
    pub fn open(path: impl AsRef<Path>) -> Result<Store, StoreError> {
        let path = path.as_ref();
        let bytes = std::fs::read(path).map_err(|error| StoreError::Io { path: path.to_owned(), error })?;
        format::decode(&bytes).map_err(|error| StoreError::Format { path: path.to_owned(), error })
    }

    /// Reads a store from the bytes of a store file.
    pub fn from_bytes(bytes: &[u8]) -> Result<Store, FormatError> {
        format::decode(bytes)
    }

    /// The bytes of a store file.
    pub fn to_bytes(&self) -> Vec<u8> {
        format::encode(self)
    }

    /// Writes the store to `path`, creating its directory: to a temporary file beside it first, renamed over
    /// `path` once complete, so a reader never sees a partial store.
    pub fn save(&self, path: impl AsRef<Path>) -> Result<(), StoreError> {
        let path = path.as_ref();
        let io = |error| StoreError::Io { path: path.to_owned(), error };
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(io)?;
        }
        let mut tmp = path.as_os_str().to_owned();
        tmp.push(format!(".tmp{}", std::process::id()));
        let tmp = PathBuf::from(tmp);
        let result = std::fs::write(&tmp, self.to_bytes()).and_then(|()| std::fs::rename(&tmp, path));
        if result.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        result.map_err(io)
    }

    /// Adds a provider, replacing any with the same GUID.
    pub fn insert(&mut self, provider: StoredProvider) -> Option<StoredProvider> {
        self.providers.insert(provider.guid, provider)
    }

    /// Removes a provider.
    pub fn remove(&mut self, guid: &Guid) -> Option<StoredProvider> {
        self.providers.remove(guid)
    }

    /// The providers, by GUID.
    pub fn providers(&self) -> impl Iterator<Item = &StoredProvider> + '_ {
        self.providers.values()
    }

    /// Number of providers.
    pub fn len(&self) -> usize {
        self.providers.len()
    }

    /// True if the store holds no provider.
    pub fn is_empty(&self) -> bool {
        self.providers.is_empty()
    }

    /// Number of event schemas.
    pub fn event_count(&self) -> usize {
        self.providers.values().map(|p| p.events.len()).sum()
    }

    /// A provider by GUID.
    pub fn provider(&self, guid: &Guid) -> Option<&StoredProvider> {
        self.providers.get(guid)
    }

    /// A provider by GUID (with or without braces) or by name (ASCII case-insensitive).
    pub fn find(&self, name_or_guid: &str) -> Option<&StoredProvider> {
        let t = name_or_guid.trim();
        let bare = t.strip_prefix('{').and_then(|s| s.strip_suffix('}')).unwrap_or(t);
        if let Ok(g) = bare.parse::<Guid>() {
            if let Some(p) = self.providers.get(&g) {
                return Some(p);
            }
        }
        self.providers.values().find(|p| p.name.as_deref().is_some_and(|n| n.eq_ignore_ascii_case(t)))
    }

    /// The schema of event `id` version `version` of `provider`.
    pub fn schema(&self, provider: &Guid, id: u16, version: u8) -> Option<&Arc<EventSchema>> {
        self.providers.get(provider)?.events.get(&(id, version))
    }
}

/// A store file opened for lookups. Opening checks the header and the hash of the whole file and reads its
/// string and map tables and its provider index; a provider's events are read the first time one of them is
/// looked up, so a command that meets a few providers pays for those only.
pub struct StoreReader {
    bytes: Vec<u8>,
    index: format::Index,
    by_guid: HashMap<Guid, usize>,
    events: Vec<OnceLock<Result<Events, FormatError>>>,
}

/// A provider's event schemas by (id, version).
type Events = BTreeMap<(u16, u8), Arc<EventSchema>>;

impl fmt::Debug for StoreReader {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StoreReader").field("bytes", &self.bytes.len()).field("providers", &self.by_guid.len()).finish()
    }
}

impl StoreReader {
    /// Opens a store file.
    pub fn open(path: impl AsRef<Path>) -> Result<StoreReader, StoreError> {
        let path = path.as_ref();
        let bytes = std::fs::read(path).map_err(|error| StoreError::Io { path: path.to_owned(), error })?;
        StoreReader::from_bytes(bytes).map_err(|error| StoreError::Format { path: path.to_owned(), error })
    }

    /// Reads the bytes of a store file.
    pub fn from_bytes(bytes: Vec<u8>) -> Result<StoreReader, FormatError> {
        let index = format::index(format::body(&bytes)?)?;
        let by_guid = index.providers.iter().enumerate().map(|(i, p)| (p.guid, i)).collect();
        let events = index.providers.iter().map(|_| OnceLock::new()).collect();
        Ok(StoreReader { bytes, index, by_guid, events })
    }

    /// Number of providers.
    pub fn len(&self) -> usize {
        self.by_guid.len()
    }

    /// True if the store holds no provider.
    pub fn is_empty(&self) -> bool {
        self.by_guid.is_empty()
    }

    /// The name of a provider.
    pub fn provider_name(&self, guid: &Guid) -> Option<Arc<str>> {
        self.index.providers.get(*self.by_guid.get(guid)?)?.name.clone()
    }

    /// The schema of event `id` version `version` of `provider`: `None` if the store has none, an error if the
    /// provider's events are damaged.
    pub fn schema(&self, provider: &Guid, id: u16, version: u8) -> Option<Result<Arc<EventSchema>, FormatError>> {
        let i = *self.by_guid.get(provider)?;
        let p = self.index.providers.get(i)?;
        let body = self.bytes.get(format::HEADER_LEN..).unwrap_or_default();
        let events = self.events.get(i)?.get_or_init(|| self.index.events(body, p));
        match events {
            Ok(map) => map.get(&(id, version)).cloned().map(Ok),
            Err(e) => Some(Err(e.clone())),
        }
    }
}

impl StoreReader {
    /// The versions of event `id` of `provider` the store has, in increasing order (none if the provider's
    /// events are damaged).
    pub fn versions(&self, provider: &Guid, id: u16) -> Vec<u8> {
        let Some(p) = self.by_guid.get(provider).and_then(|i| Some((*i, self.index.providers.get(*i)?))) else {
            return Vec::new();
        };
        let body = self.bytes.get(format::HEADER_LEN..).unwrap_or_default();
        match self.events.get(p.0).map(|e| e.get_or_init(|| self.index.events(body, p.1))) {
            Some(Ok(map)) => map.range((id, 0)..=(id, u8::MAX)).map(|((_, v), _)| *v).collect(),
            _ => Vec::new(),
        }
    }
}

/// The store as a schema source: manifest-style events (with an `EVENT_HEADER`) looked up by provider GUID, id
/// and version, as TDH does. Its schemas say `decoded_by: store`.
#[derive(Clone, Debug)]
pub struct StoreSource {
    store: Arc<StoreReader>,
}

impl StoreSource {
    /// A source over an opened store file.
    pub fn new(store: StoreReader) -> StoreSource {
        StoreSource { store: Arc::new(store) }
    }

    /// A source over a store in memory (written out and read back, as a file would be).
    pub fn from_store(store: &Store) -> Result<StoreSource, FormatError> {
        StoreReader::from_bytes(store.to_bytes()).map(StoreSource::new)
    }

    /// The store.
    pub fn store(&self) -> &StoreReader {
        &self.store
    }
}

impl SchemaSource for StoreSource {
    fn name(&self) -> &'static str {
        "store"
    }

    fn lookup(&mut self, event: &EventRef<'_>) -> Option<Result<Arc<EventSchema>, SchemaError>> {
        let kind = event.header_kind();
        if kind.is_kernel() || kind.is_classic() {
            return None;
        }
        self.store
            .schema(&event.provider_id(), event.id(), event.version())
            .map(|r| r.map_err(|e| SchemaError { source: "store", reason: e.to_string() }))
    }

    fn provider_name(&self, provider: &Guid) -> Option<Arc<str>> {
        self.store.provider_name(provider)
    }

    fn versions(&self, provider: &Guid, id: u16) -> Vec<u8> {
        self.store.versions(provider, id)
    }
}
