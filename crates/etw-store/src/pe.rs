//! The resources of a PE file (`.dll`, `.exe`, `.sys`, `.mui`) that describe event providers: `WEVT_TEMPLATE`
//! (the compiled manifest) and `MESSAGETABLE` (type 11, the message strings).
//!
//! Only what is needed is read from a file: the headers, then the section that holds the resource directory,
//! so importing thousands of binaries stays fast. The resource tree is walked type → name → language: the first
//! name, and for the language US English, else neutral, else the first.
//!
//! Layouts (Microsoft's PE format documentation): the DOS header's `e_lfanew` at 0x3C; `PE\0\0`; the COFF
//! header (section count at +6, optional header size at +20); the optional header (magic 0x10B or 0x20B; the
//! data directories at +96 or +112, resources the third); section headers of 40 bytes (virtual size +8,
//! virtual address +12, raw size +16, raw offset +20); resource directories of 16 bytes (named entry count
//! +12, id entry count +14) followed by 8-byte entries (name or id, then the offset of a subdirectory, high bit
//! set, or of a 16-byte data entry: RVA, size, code page, reserved).

use std::fmt;
use std::io::{Read, Seek, SeekFrom};

use etw_core::cursor::{u16_at, u32_at};

/// At most this much of a file is read as the resource section or one resource.
const MAX_READ: u64 = 256 << 20;
/// At most this many entries are looked at in one resource directory.
const MAX_ENTRIES: usize = 4096;

/// The resource type id of message tables (`RT_MESSAGETABLE`).
pub const RT_MESSAGETABLE: u32 = 11;
/// US English, the language preferred among a resource's languages.
const LANG_EN_US: u32 = 0x409;

/// Why a file gave no resources: not a PE, no resources, or damage (with the file offset).
#[derive(Debug)]
pub enum PeError {
    /// The file could not be read.
    Io(std::io::Error),
    /// Not a PE file.
    NotPe {
        /// File offset of the check that failed.
        offset: u64,
        /// What was expected.
        what: String,
    },
    /// A PE file with no resource directory.
    NoResources,
    /// The headers or the resource tree are damaged.
    Damaged {
        /// File offset.
        offset: u64,
        /// What was wrong.
        what: String,
    },
}

impl fmt::Display for PeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PeError::Io(e) => write!(f, "{e}"),
            PeError::NotPe { offset, what } => write!(f, "not a PE file: {what} at offset {offset:#x}"),
            PeError::NoResources => write!(f, "a PE file without resources"),
            PeError::Damaged { offset, what } => write!(f, "damaged PE file at offset {offset:#x}: {what}"),
        }
    }
}

impl std::error::Error for PeError {}

/// The provider resources of a PE file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PeResources {
    /// The `WEVT_TEMPLATE` resource (starts with `CRIM`).
    pub wevt_template: Option<Vec<u8>>,
    /// The `MESSAGETABLE` resource.
    pub message_table: Option<Vec<u8>>,
    /// Problems with single resources that were skipped (the rest was read).
    pub warnings: Vec<String>,
}

/// Random access to a file's bytes.
pub trait ReadAt {
    /// Total size.
    fn size(&self) -> u64;
    /// `len` bytes at `offset` (fewer at the end of the file).
    fn read_at(&mut self, offset: u64, len: usize) -> std::io::Result<Vec<u8>>;
}

impl ReadAt for &[u8] {
    fn size(&self) -> u64 {
        self.len() as u64
    }
    fn read_at(&mut self, offset: u64, len: usize) -> std::io::Result<Vec<u8>> {
        let start = usize::try_from(offset).unwrap_or(usize::MAX).min(self.len());
        let end = start.saturating_add(len).min(self.len());
        Ok(self.get(start..end).unwrap_or_default().to_vec())
    }
}

/// A file read at offsets. Its first 4 KiB (where the headers are) are read once on open: importing thousands
/// of binaries is mostly system calls, so each file costs an open, one read of the headers and one of its
/// resource section.
pub struct FileAt {
    file: std::fs::File,
    size: u64,
    head: Vec<u8>,
}

impl FileAt {
    /// Opens a file.
    pub fn open(path: &std::path::Path) -> std::io::Result<FileAt> {
        let mut file = std::fs::File::open(path)?;
        let size = file.metadata()?.len();
        let mut head = vec![0u8; usize::try_from(size.min(4096)).unwrap_or(0)];
        file.read_exact(&mut head)?;
        Ok(FileAt { file, size, head })
    }
}

impl ReadAt for FileAt {
    fn size(&self) -> u64 {
        self.size
    }
    fn read_at(&mut self, offset: u64, len: usize) -> std::io::Result<Vec<u8>> {
        let start = usize::try_from(offset).unwrap_or(usize::MAX);
        if let Some(bytes) = start.checked_add(len).and_then(|end| self.head.get(start..end)) {
            return Ok(bytes.to_vec());
        }
        let avail = self.size.saturating_sub(offset).min(len as u64);
        let mut buf = vec![0u8; usize::try_from(avail).unwrap_or(0)];
        self.file.seek(SeekFrom::Start(offset))?;
        self.file.read_exact(&mut buf)?;
        Ok(buf)
    }
}

struct Section {
    va: u32,
    vsize: u32,
    raw_size: u32,
    raw_off: u32,
}

fn damaged(offset: u64, what: impl Into<String>) -> PeError {
    PeError::Damaged { offset, what: what.into() }
}

/// Reads the provider resources of a PE file.
pub fn read_resources<R: ReadAt>(r: &mut R) -> Result<PeResources, PeError> {
    let size = r.size();
    let head = r.read_at(0, 64).map_err(PeError::Io)?;
    if head.get(..2) != Some(b"MZ") {
        return Err(PeError::NotPe { offset: 0, what: "no \"MZ\" signature".into() });
    }
    let lfanew = u32_at(&head, 0x3C).ok_or(PeError::NotPe { offset: 0x3C, what: "DOS header cut short".into() })?;
    let nt_off = u64::from(lfanew);
    if nt_off.saturating_add(24) > size {
        return Err(PeError::NotPe { offset: 0x3C, what: format!("e_lfanew {lfanew:#x} past the end of the file") });
    }
    let coff = r.read_at(nt_off, 24).map_err(PeError::Io)?;
    if coff.get(..4) != Some(b"PE\0\0") {
        return Err(PeError::NotPe { offset: nt_off, what: "no \"PE\\0\\0\" signature".into() });
    }
    let nsections = u16_at(&coff, 6).unwrap_or(0);
    let opt_size = u16_at(&coff, 20).unwrap_or(0);
    let opt_off = nt_off + 24;
    let opt = r.read_at(opt_off, usize::from(opt_size)).map_err(PeError::Io)?;
    let (dirs_at, count_at) = match u16_at(&opt, 0) {
        Some(0x10B) => (96usize, 92usize),
        Some(0x20B) => (112, 108),
        Some(m) => return Err(damaged(opt_off, format!("optional header magic {m:#x} (0x10b or 0x20b expected)"))),
        None => return Err(damaged(opt_off, "optional header missing")),
    };
    let ndirs = u32_at(&opt, count_at).unwrap_or(0);
    if ndirs < 3 {
        return Err(PeError::NoResources);
    }
    let res_rva = u32_at(&opt, dirs_at + 16).ok_or(PeError::NoResources)?;
    let res_size = u32_at(&opt, dirs_at + 20).unwrap_or(0);
    if res_rva == 0 || res_size == 0 {
        return Err(PeError::NoResources);
    }
    let sect_off = opt_off + u64::from(opt_size);
    let table = r.read_at(sect_off, usize::from(nsections) * 40).map_err(PeError::Io)?;
    if table.len() < usize::from(nsections) * 40 {
        return Err(damaged(sect_off, format!("{nsections} section headers do not fit in the file")));
    }
    let sections: Vec<Section> = table
        .chunks_exact(40)
        .map(|s| Section {
            vsize: u32_at(s, 8).unwrap_or(0),
            va: u32_at(s, 12).unwrap_or(0),
            raw_size: u32_at(s, 16).unwrap_or(0),
            raw_off: u32_at(s, 20).unwrap_or(0),
        })
        .collect();
    let to_file = |rva: u32| -> Option<(u64, u64)> {
        sections.iter().find_map(|s| {
            let span = s.vsize.max(s.raw_size);
            let rel = rva.checked_sub(s.va).filter(|rel| *rel < span)?;
            (rel < s.raw_size).then(|| (u64::from(s.raw_off) + u64::from(rel), u64::from(s.raw_size - rel)))
        })
    };
    let (res_off, avail) = to_file(res_rva)
        .ok_or_else(|| damaged(opt_off + dirs_at as u64 + 16, format!("resource RVA {res_rva:#x} is in no section")))?;
    let want = avail.min(MAX_READ);
    let tree = r.read_at(res_off, usize::try_from(want).unwrap_or(0)).map_err(PeError::Io)?;
    if tree.len() < 16 {
        return Err(damaged(res_off, "resource directory cut short"));
    }
    let mut out = PeResources::default();
    let walker = Tree { bytes: &tree, file_off: res_off };
    for (ty, sub) in walker.entries(0)? {
        let wanted = match &ty {
            Key::Name(n) => n == "WEVT_TEMPLATE",
            Key::Id(id) => *id == RT_MESSAGETABLE,
        };
        if !wanted {
            continue;
        }
        let found = walker.first_leaf(sub).and_then(|(rva, len, at)| {
            let (off, avail) =
                to_file(rva).ok_or_else(|| damaged(at, format!("resource RVA {rva:#x} is in no section")))?;
            let len = u64::from(len);
            if len > avail.min(MAX_READ) {
                return Err(damaged(at, format!("resource of {len} bytes runs past its section")));
            }
            // Inside the bytes already read, or read from the file.
            let start = off.checked_sub(res_off).and_then(|s| usize::try_from(s).ok());
            let end = start.and_then(|s| s.checked_add(usize::try_from(len).ok()?));
            match (start, end) {
                (Some(s), Some(e)) if e <= tree.len() => Ok(tree.get(s..e).unwrap_or_default().to_vec()),
                _ => r.read_at(off, usize::try_from(len).unwrap_or(0)).map_err(PeError::Io),
            }
        });
        match (found, &ty) {
            (Ok(bytes), Key::Name(_)) => out.wevt_template = Some(bytes),
            (Ok(bytes), Key::Id(_)) => out.message_table = Some(bytes),
            (Err(e), _) => out.warnings.push(format!("{} resource skipped: {e}", ty)),
        }
    }
    Ok(out)
}

/// Reads the provider resources of PE bytes in memory.
pub fn read_resources_from_bytes(bytes: &[u8]) -> Result<PeResources, PeError> {
    let mut r = bytes;
    read_resources(&mut r)
}

enum Key {
    Name(String),
    Id(u32),
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Key::Name(n) => f.write_str(n),
            Key::Id(RT_MESSAGETABLE) => f.write_str("MESSAGETABLE"),
            Key::Id(i) => write!(f, "#{i}"),
        }
    }
}

/// The resource tree, read from the start of the resource directory (offsets are relative to it).
struct Tree<'a> {
    bytes: &'a [u8],
    file_off: u64,
}

/// A directory entry's target: a subdirectory or a data entry (offsets relative to the tree).
#[derive(Clone, Copy)]
enum Target {
    Dir(usize),
    Data(usize),
}

impl Tree<'_> {
    fn at(&self, rel: usize) -> u64 {
        self.file_off + rel as u64
    }

    /// The entries of the directory at `dir`: key and target.
    fn entries(&self, dir: usize) -> Result<Vec<(Key, Target)>, PeError> {
        let named =
            u16_at(self.bytes, dir + 12).ok_or_else(|| damaged(self.at(dir), "resource directory cut short"))?;
        let ids = u16_at(self.bytes, dir + 14).ok_or_else(|| damaged(self.at(dir), "resource directory cut short"))?;
        let n = usize::from(named) + usize::from(ids);
        if n > MAX_ENTRIES {
            return Err(damaged(self.at(dir), format!("{n} resource directory entries")));
        }
        let mut out = Vec::with_capacity(n);
        for i in 0..n {
            let e = dir + 16 + 8 * i;
            let (Some(name), Some(target)) = (u32_at(self.bytes, e), u32_at(self.bytes, e + 4)) else {
                return Err(damaged(self.at(e), format!("resource directory entry {i} of {n} cut short")));
            };
            let key = if name & 0x8000_0000 != 0 {
                let off = (name & 0x7FFF_FFFF) as usize;
                let len = u16_at(self.bytes, off)
                    .ok_or_else(|| damaged(self.at(e), format!("resource name offset {off:#x} out of range")))?;
                let units: Vec<u16> = (0..usize::from(len))
                    .map(|k| u16_at(self.bytes, off + 2 + 2 * k))
                    .collect::<Option<_>>()
                    .ok_or_else(|| damaged(self.at(off), "resource name cut short"))?;
                Key::Name(String::from_utf16_lossy(&units))
            } else {
                Key::Id(name)
            };
            let rel = (target & 0x7FFF_FFFF) as usize;
            let t = if target & 0x8000_0000 != 0 { Target::Dir(rel) } else { Target::Data(rel) };
            out.push((key, t));
        }
        Ok(out)
    }

    /// Under a type's subdirectory: the first name, its preferred language, and the data entry's (RVA, size,
    /// file offset of the entry).
    fn first_leaf(&self, t: Target) -> Result<(u32, u32, u64), PeError> {
        let Target::Dir(names) = t else {
            return self.data(t);
        };
        let first = self
            .entries(names)?
            .into_iter()
            .next()
            .ok_or_else(|| damaged(self.at(names), "resource type with no entries"))?;
        let Target::Dir(langs) = first.1 else {
            return self.data(first.1);
        };
        let langs = self.entries(langs)?;
        let pick = langs
            .iter()
            .find(|(k, _)| matches!(k, Key::Id(LANG_EN_US)))
            .or_else(|| langs.iter().find(|(k, _)| matches!(k, Key::Id(0))))
            .or_else(|| langs.first())
            .map(|(_, t)| *t)
            .ok_or_else(|| damaged(self.at(names), "resource with no languages"))?;
        self.data(pick)
    }

    fn data(&self, t: Target) -> Result<(u32, u32, u64), PeError> {
        match t {
            Target::Data(d) => match (u32_at(self.bytes, d), u32_at(self.bytes, d + 4)) {
                (Some(rva), Some(size)) => Ok((rva, size, self.at(d))),
                _ => Err(damaged(self.at(d), "resource data entry out of range")),
            },
            Target::Dir(d) => Err(damaged(self.at(d), "resource tree deeper than type/name/language")),
        }
    }
}

/// Fuzz body: `data` as a PE file; its provider resources, when found, are parsed as a message table and a
/// `WEVT_TEMPLATE` and the schemas decode the file itself as a payload. Never panics.
pub fn fuzz(data: &[u8]) {
    if let Ok(res) = read_resources_from_bytes(data) {
        let (table, _) = crate::msgtable::MessageTable::parse(res.message_table.as_deref().unwrap_or_default());
        if let Some(blob) = res.wevt_template.as_deref() {
            let wevt = crate::wevt::parse(blob, &table);
            let mut decoder = etw_schema::Decoder::new();
            for s in wevt.providers.iter().flat_map(|p| &p.events) {
                let _ = decoder.decode(s, data, 8).map(|d| d.properties().count());
            }
        }
    }
}
