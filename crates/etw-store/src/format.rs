//! The store file: a header (magic, format version, body length, body hash) and a body holding a string table,
//! a map table and the providers with their event schemas.
//!
//! ```text
//! header (32 bytes)
//!   0  8  magic "ETWKSTOR"
//!   8  4  format version (FORMAT_VERSION)
//!  12  4  reserved, 0
//!  16  8  body length
//!  24  8  FNV-1a 64 of the body
//! body
//!   strings    u32 count, then (u32 length, UTF-8 bytes) each
//!   maps       u32 count, then (u32 name, u8 bitmap, u32 entries, entries x (u64 value, u32 name)) each
//!   providers  u32 count, then each: GUID (16, Windows order), u32 name, u32 origin, u32 events, u32 byte
//!              length of the events, events (a reader finds a provider without reading the others' events)
//!   event      u16 id, u8 version, u8 channel, u8 level, u8 opcode, u16 task, u64 keywords,
//!              u32 event name, task name, opcode name, level name, channel name, message,
//!              u16 keyword names, that many u32, u16 top-level count, u32 properties, properties
//!   property   u32 name, u8 kind: 0 simple (u16 in-type, u16 out-type, u32 map) | 1 struct (u16 first,
//!              u16 members), u8 count kind + u16 value, u8 length kind + u16 value
//! ```
//!
//! Little-endian throughout; a string or map reference is an index into its table, `u32::MAX` for none.
//! Every count is checked against the bytes left before anything is allocated, and every schema read is
//! checked ([`EventSchema::validate`]) before it is used.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use etw_core::{Channel, Cursor, EventDescriptor, Guid, Level, Opcode, ReadError};
use etw_schema::{Count, DecodingSource, EventSchema, InType, Length, OutType, Property, PropertyType, ValueMap};

use crate::store::{Store, StoredProvider};

/// The first eight bytes of a store file.
pub const MAGIC: [u8; 8] = *b"ETWKSTOR";
/// The format version this build writes and reads.
pub const FORMAT_VERSION: u32 = 2;
/// Size of the header.
pub const HEADER_LEN: usize = 32;

const NONE: u32 = u32::MAX;

/// What is wrong with store bytes: where (file offset) and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatError {
    /// Not a store file (the magic is missing).
    NotAStore,
    /// A store of another format version.
    Version {
        /// The version in the file.
        found: u32,
    },
    /// The body does not match its hash: the file was changed or damaged after it was written.
    Checksum,
    /// Damage at a place in the file.
    Damaged {
        /// File offset.
        offset: u64,
        /// What was wrong.
        what: String,
    },
}

impl std::fmt::Display for FormatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FormatError::NotAStore => write!(f, "not an etwkit schema store (no \"ETWKSTOR\" magic at offset 0)"),
            FormatError::Version { found } => write!(
                f,
                "store format version {found} at offset 0x8; this build reads version {FORMAT_VERSION}: \
                 import the schemas again"
            ),
            FormatError::Checksum => {
                write!(f, "damaged: the body (from offset {HEADER_LEN:#x}) does not match the hash at offset 0x18")
            }
            FormatError::Damaged { offset, what } => write!(f, "damaged at offset {offset:#x}: {what}"),
        }
    }
}

impl std::error::Error for FormatError {}

/// FNV-1a, 64 bits: detects damage (not an adversary).
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

// ---------------------------------------------------------------------------------------------------------------
// Writing

struct Writer {
    strings: HashMap<Arc<str>, u32>,
    string_list: Vec<Arc<str>>,
    maps: HashMap<*const ValueMap, u32>,
    map_list: Vec<Arc<ValueMap>>,
    providers: Vec<u8>,
}

impl Writer {
    fn string(&mut self, s: Option<&Arc<str>>) -> u32 {
        let Some(s) = s else { return NONE };
        if let Some(i) = self.strings.get(s) {
            return *i;
        }
        let i = u32::try_from(self.string_list.len()).unwrap_or(NONE);
        self.strings.insert(s.clone(), i);
        self.string_list.push(s.clone());
        i
    }

    fn map(&mut self, m: &Arc<ValueMap>) -> u32 {
        let key = Arc::as_ptr(m);
        if let Some(i) = self.maps.get(&key) {
            return *i;
        }
        // Equal maps of different schemas (one per event of a manifest) are stored once.
        if let Some(i) = self.map_list.iter().position(|x| **x == **m) {
            let i = u32::try_from(i).unwrap_or(NONE);
            self.maps.insert(key, i);
            return i;
        }
        let i = u32::try_from(self.map_list.len()).unwrap_or(NONE);
        self.maps.insert(key, i);
        self.map_list.push(m.clone());
        i
    }

    fn event(&mut self, s: &EventSchema) {
        let d = &s.descriptor;
        let mut out = std::mem::take(&mut self.providers);
        out.extend_from_slice(&d.id.to_le_bytes());
        out.extend_from_slice(&[d.version, d.channel.0, d.level.0, d.opcode.0]);
        out.extend_from_slice(&d.task.to_le_bytes());
        out.extend_from_slice(&d.keywords.to_le_bytes());
        for name in [&s.event_name, &s.task_name, &s.opcode_name, &s.level_name, &s.channel_name, &s.message] {
            let i = self.string(name.as_ref());
            out.extend_from_slice(&i.to_le_bytes());
        }
        let keywords = s.keyword_names.len().min(usize::from(u16::MAX));
        out.extend_from_slice(&(keywords as u16).to_le_bytes());
        for k in s.keyword_names.iter().take(keywords) {
            let i = self.string(Some(k));
            out.extend_from_slice(&i.to_le_bytes());
        }
        out.extend_from_slice(&s.top_level.to_le_bytes());
        let props = s.properties.len().min(usize::from(u16::MAX));
        out.extend_from_slice(&(props as u32).to_le_bytes());
        for p in s.properties.iter().take(props) {
            let i = self.string(Some(&p.name));
            out.extend_from_slice(&i.to_le_bytes());
            match &p.ty {
                PropertyType::Simple { in_type, out_type, map } => {
                    out.push(0);
                    out.extend_from_slice(&in_type.0.to_le_bytes());
                    out.extend_from_slice(&out_type.0.to_le_bytes());
                    let m = map.as_ref().map_or(NONE, |m| self.map(m));
                    out.extend_from_slice(&m.to_le_bytes());
                }
                PropertyType::Struct { first, members } => {
                    out.push(1);
                    out.extend_from_slice(&first.to_le_bytes());
                    out.extend_from_slice(&members.to_le_bytes());
                }
            }
            let (ck, cv) = match p.count {
                Count::One => (0u8, 0u16),
                Count::Fixed(n) => (1, n),
                Count::Property(j) => (2, j),
                Count::Prefixed => (3, 0),
                Count::Remaining => (4, 0),
            };
            out.push(ck);
            out.extend_from_slice(&cv.to_le_bytes());
            let (lk, lv) = match p.length {
                Length::Natural => (0u8, 0u16),
                Length::Fixed(n) => (1, n),
                Length::Property(j) => (2, j),
            };
            out.push(lk);
            out.extend_from_slice(&lv.to_le_bytes());
        }
        self.providers = out;
    }
}

fn put_u32(out: &mut Vec<u8>, v: usize) {
    out.extend_from_slice(&u32::try_from(v).unwrap_or(u32::MAX).to_le_bytes());
}

/// The bytes of a store file holding `store`.
pub fn encode(store: &Store) -> Vec<u8> {
    let mut w = Writer {
        strings: HashMap::new(),
        string_list: Vec::new(),
        maps: HashMap::new(),
        map_list: Vec::new(),
        providers: Vec::new(),
    };
    let providers: Vec<&StoredProvider> = store.providers().collect();
    let mut head = Vec::new();
    put_u32(&mut head, providers.len());
    w.providers = head;
    for p in &providers {
        let name = w.string(p.name.as_ref());
        let origin = w.string(Some(&p.origin));
        let mut out = std::mem::take(&mut w.providers);
        out.extend_from_slice(&p.guid.to_le_bytes());
        out.extend_from_slice(&name.to_le_bytes());
        out.extend_from_slice(&origin.to_le_bytes());
        put_u32(&mut out, p.events.len());
        let len_at = out.len();
        put_u32(&mut out, 0);
        w.providers = out;
        for e in p.events.values() {
            w.event(e);
        }
        let len = w.providers.len() - len_at - 4;
        if let Some(slot) = w.providers.get_mut(len_at..len_at + 4) {
            slot.copy_from_slice(&u32::try_from(len).unwrap_or(u32::MAX).to_le_bytes());
        }
    }
    let map_list = std::mem::take(&mut w.map_list);
    let mut maps = Vec::new();
    put_u32(&mut maps, map_list.len());
    for m in &map_list {
        let name = w.string(Some(&m.name));
        maps.extend_from_slice(&name.to_le_bytes());
        maps.push(u8::from(m.bitmap));
        put_u32(&mut maps, m.entries.len());
        for (v, n) in &m.entries {
            maps.extend_from_slice(&v.to_le_bytes());
            let n = w.string(Some(n));
            maps.extend_from_slice(&n.to_le_bytes());
        }
    }
    // The string table last: map names and entry names add to it.
    let mut body = Vec::with_capacity(w.providers.len() + maps.len() + 64 * w.string_list.len());
    put_u32(&mut body, w.string_list.len());
    for s in &w.string_list {
        put_u32(&mut body, s.len());
        body.extend_from_slice(s.as_bytes());
    }
    body.extend_from_slice(&maps);
    body.extend_from_slice(&w.providers);
    let mut out = Vec::with_capacity(HEADER_LEN + body.len());
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&0u32.to_le_bytes());
    out.extend_from_slice(&(body.len() as u64).to_le_bytes());
    out.extend_from_slice(&fnv1a64(&body).to_le_bytes());
    out.extend_from_slice(&body);
    out
}

// ---------------------------------------------------------------------------------------------------------------
// Reading

struct Reader<'a> {
    c: Cursor<'a>,
    /// File offset of the cursor's first byte.
    base: usize,
    strings: Arc<Vec<Arc<str>>>,
    maps: Arc<Vec<Arc<ValueMap>>>,
}

impl<'a> Reader<'a> {
    fn damaged(&self, at: usize, what: impl Into<String>) -> FormatError {
        FormatError::Damaged { offset: (self.base + at) as u64, what: what.into() }
    }

    fn read_err(&self, e: ReadError) -> FormatError {
        FormatError::Damaged {
            offset: (self.base + e.offset) as u64,
            what: format!("{} needs {} bytes, only {} left", e.what, e.needed, e.available),
        }
    }

    fn u8(&mut self, what: &'static str) -> Result<u8, FormatError> {
        self.c.u8(what).map_err(|e| self.read_err(e))
    }
    fn u16(&mut self, what: &'static str) -> Result<u16, FormatError> {
        self.c.u16(what).map_err(|e| self.read_err(e))
    }
    fn u32(&mut self, what: &'static str) -> Result<u32, FormatError> {
        self.c.u32(what).map_err(|e| self.read_err(e))
    }
    fn u64(&mut self, what: &'static str) -> Result<u64, FormatError> {
        self.c.u64(what).map_err(|e| self.read_err(e))
    }

    /// A count of items of at least `min_size` bytes each, checked against the bytes left.
    fn count(&mut self, what: &'static str, min_size: usize) -> Result<usize, FormatError> {
        let at = self.c.position();
        let n = self.u32(what)? as usize;
        if n.saturating_mul(min_size) > self.c.remaining() {
            return Err(self.damaged(at, format!("{what} {n} is more than the {} bytes left hold", self.c.remaining())));
        }
        Ok(n)
    }

    fn string(&mut self, what: &'static str) -> Result<Option<Arc<str>>, FormatError> {
        let at = self.c.position();
        let i = self.u32(what)?;
        if i == NONE {
            return Ok(None);
        }
        match self.strings.get(i as usize) {
            Some(s) => Ok(Some(s.clone())),
            None => Err(self.damaged(at, format!("{what}: string {i} of {}", self.strings.len()))),
        }
    }

    fn required(&mut self, what: &'static str) -> Result<Arc<str>, FormatError> {
        let at = self.c.position();
        self.string(what)?.ok_or_else(|| self.damaged(at, format!("{what} is missing")))
    }

    fn strings(&mut self) -> Result<(), FormatError> {
        let n = self.count("string count", 4)?;
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            let at = self.c.position();
            let len = self.u32("string length")? as usize;
            let bytes = self.c.bytes(len, "string").map_err(|e| self.read_err(e))?;
            let s =
                std::str::from_utf8(bytes).map_err(|e| self.damaged(at + 4 + e.valid_up_to(), "string not UTF-8"))?;
            out.push(Arc::from(s));
        }
        self.strings = Arc::new(out);
        Ok(())
    }

    fn maps(&mut self) -> Result<(), FormatError> {
        let n = self.count("map count", 9)?;
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            let name = self.required("map name")?;
            let at = self.c.position();
            let bitmap = match self.u8("map kind")? {
                0 => false,
                1 => true,
                k => return Err(self.damaged(at, format!("map kind {k} (0 or 1 expected)"))),
            };
            let entries = self.count("map entry count", 12)?;
            let mut list = Vec::with_capacity(entries);
            for _ in 0..entries {
                let v = self.u64("map value")?;
                let name = self.required("map entry name")?;
                list.push((v, name));
            }
            out.push(Arc::new(ValueMap { name, bitmap, entries: list }));
        }
        self.maps = Arc::new(out);
        Ok(())
    }

    fn event(&mut self, guid: Guid, provider_name: Option<&Arc<str>>) -> Result<EventSchema, FormatError> {
        let start = self.c.position();
        let id = self.u16("event id")?;
        let version = self.u8("event version")?;
        let channel = self.u8("event channel")?;
        let level = self.u8("event level")?;
        let opcode = self.u8("event opcode")?;
        let task = self.u16("event task")?;
        let keywords = self.u64("event keywords")?;
        let descriptor = EventDescriptor {
            id,
            version,
            channel: Channel(channel),
            level: Level(level),
            opcode: Opcode(opcode),
            task,
            keywords,
        };
        let mut s = EventSchema::new(guid, descriptor, DecodingSource::Store);
        s.provider_name = provider_name.cloned();
        s.event_name = self.string("event name")?;
        s.task_name = self.string("task name")?;
        s.opcode_name = self.string("opcode name")?;
        s.level_name = self.string("level name")?;
        s.channel_name = self.string("channel name")?;
        s.message = self.string("message")?;
        let at = self.c.position();
        let nk = usize::from(self.u16("keyword name count")?);
        if nk.saturating_mul(4) > self.c.remaining() {
            return Err(self.damaged(at, format!("{nk} keyword names do not fit")));
        }
        for _ in 0..nk {
            let k = self.required("keyword name")?;
            s.keyword_names.push(k);
        }
        s.top_level = self.u16("top-level property count")?;
        let at = self.c.position();
        let np = self.count("property count", 12)?;
        if np > usize::from(u16::MAX) {
            return Err(self.damaged(at, format!("{np} properties (at most 65535)")));
        }
        for _ in 0..np {
            let name = self.required("property name")?;
            let at = self.c.position();
            let ty = match self.u8("property kind")? {
                0 => {
                    let in_type = InType(self.u16("in-type")?);
                    let out_type = OutType(self.u16("out-type")?);
                    let mat = self.c.position();
                    let m = self.u32("map")?;
                    let map = if m == NONE {
                        None
                    } else {
                        Some(
                            self.maps
                                .get(m as usize)
                                .cloned()
                                .ok_or_else(|| self.damaged(mat, format!("map {m} of {}", self.maps.len())))?,
                        )
                    };
                    PropertyType::Simple { in_type, out_type, map }
                }
                1 => PropertyType::Struct { first: self.u16("struct first")?, members: self.u16("struct members")? },
                k => return Err(self.damaged(at, format!("property kind {k} (0 or 1 expected)"))),
            };
            let at = self.c.position();
            let ck = self.u8("count kind")?;
            let cv = self.u16("count")?;
            let count = match ck {
                0 => Count::One,
                1 => Count::Fixed(cv),
                2 => Count::Property(cv),
                3 => Count::Prefixed,
                4 => Count::Remaining,
                k => return Err(self.damaged(at, format!("count kind {k}"))),
            };
            let at = self.c.position();
            let lk = self.u8("length kind")?;
            let lv = self.u16("length")?;
            let length = match lk {
                0 => Length::Natural,
                1 => Length::Fixed(lv),
                2 => Length::Property(lv),
                k => return Err(self.damaged(at, format!("length kind {k}"))),
            };
            s.properties.push(Property { name, ty, count, length });
        }
        s.validate().map_err(|why| self.damaged(start, format!("event {id} version {version}: {why}")))?;
        Ok(s)
    }
}

/// Reads a store from the bytes of a store file.
pub fn decode(bytes: &[u8]) -> Result<Store, FormatError> {
    decode_body(body(bytes)?)
}

/// A provider found in a store body, its events not read yet.
pub(crate) struct ProviderIndex {
    pub guid: Guid,
    pub name: Option<Arc<str>>,
    pub origin: Arc<str>,
    events: usize,
    /// Offset of the events in the body, and their length.
    at: usize,
    len: usize,
}

/// The tables of a store body and the index of its providers: all that is read on open.
pub(crate) struct Index {
    strings: Arc<Vec<Arc<str>>>,
    maps: Arc<Vec<Arc<ValueMap>>>,
    pub providers: Vec<ProviderIndex>,
}

/// Reads the tables and the provider index of a store body.
pub(crate) fn index(body: &[u8]) -> Result<Index, FormatError> {
    let mut r = Reader { c: Cursor::new(body), base: HEADER_LEN, strings: Arc::default(), maps: Arc::default() };
    r.strings()?;
    r.maps()?;
    let n = r.count("provider count", 32)?;
    let mut providers = Vec::with_capacity(n);
    let mut seen = std::collections::HashSet::new();
    for _ in 0..n {
        let at = r.c.position();
        let guid = r.c.guid("provider GUID").map_err(|e| r.read_err(e))?;
        let name = r.string("provider name")?;
        let origin = r.required("provider origin")?;
        let events = r.count("event count", 48)?;
        let len = r.u32("events length")? as usize;
        let start = r.c.position();
        r.c.skip(len, "events").map_err(|e| r.read_err(e))?;
        if !seen.insert(guid) {
            return Err(r.damaged(at, format!("provider {guid} stored twice")));
        }
        providers.push(ProviderIndex { guid, name, origin, events, at: start, len });
    }
    if r.c.remaining() != 0 {
        return Err(r.damaged(r.c.position(), format!("{} bytes after the last provider", r.c.remaining())));
    }
    Ok(Index { strings: r.strings, maps: r.maps, providers })
}

impl Index {
    /// The events of provider `p` of this index, read from `body`.
    pub(crate) fn events(
        &self,
        body: &[u8],
        p: &ProviderIndex,
    ) -> Result<BTreeMap<(u16, u8), Arc<EventSchema>>, FormatError> {
        let bytes = body.get(p.at..p.at + p.len).unwrap_or_default();
        let mut r = Reader {
            c: Cursor::new(bytes),
            base: HEADER_LEN + p.at,
            strings: self.strings.clone(),
            maps: self.maps.clone(),
        };
        let mut map = BTreeMap::new();
        for _ in 0..p.events {
            let e = r.event(p.guid, p.name.as_ref())?;
            map.insert((e.descriptor.id, e.descriptor.version), Arc::new(e));
        }
        if r.c.remaining() != 0 {
            return Err(r.damaged(r.c.position(), format!("{} bytes after the provider's last event", r.c.remaining())));
        }
        Ok(map)
    }
}

/// Reads the body of a store file (after the header; offsets in errors are file offsets). The fuzz target
/// calls this directly, so that damage past the hash check is explored too.
pub fn decode_body(body: &[u8]) -> Result<Store, FormatError> {
    let index = index(body)?;
    let mut store = Store::new();
    for p in &index.providers {
        let events = index.events(body, p)?;
        store.insert(StoredProvider { guid: p.guid, name: p.name.clone(), origin: p.origin.clone(), events });
    }
    Ok(store)
}

/// Checks the header and the hash of store file bytes; returns the body.
pub(crate) fn body(bytes: &[u8]) -> Result<&[u8], FormatError> {
    if bytes.get(..8) != Some(&MAGIC[..]) {
        return Err(FormatError::NotAStore);
    }
    let mut c = Cursor::new(bytes);
    let short = |e: ReadError| FormatError::Damaged {
        offset: e.offset as u64,
        what: format!("{} needs {} bytes, only {} left (truncated header)", e.what, e.needed, e.available),
    };
    c.skip(8, "magic").map_err(short)?;
    let version = c.u32("format version").map_err(short)?;
    if version != FORMAT_VERSION {
        return Err(FormatError::Version { found: version });
    }
    c.skip(4, "reserved").map_err(short)?;
    let len = c.u64("body length").map_err(short)?;
    let hash = c.u64("body hash").map_err(short)?;
    let body = c.rest();
    if len != body.len() as u64 {
        return Err(FormatError::Damaged {
            offset: 0x10,
            what: format!("the header says the body is {len} bytes, the file holds {} (truncated?)", body.len()),
        });
    }
    if fnv1a64(body) != hash {
        return Err(FormatError::Checksum);
    }
    Ok(body)
}

/// Fuzz body: `data` as a store file, and as a store body (past the hash check). A store that reads is
/// written again and must read back the same. Never panics.
pub fn fuzz(data: &[u8]) {
    let _ = decode(data);
    if let Ok(store) = decode_body(data) {
        let again = encode(&store);
        debug_assert_eq!(decode(&again).ok().as_ref(), Some(&store));
    }
}
