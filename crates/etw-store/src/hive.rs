//! Mounted Windows images: the `SOFTWARE` registry hive names every event publisher's resource and message
//! files (`Microsoft\Windows\CurrentVersion\WINEVT\Publishers\{GUID}`: the default value is the provider's
//! name, `ResourceFileName` the binary with its `WEVT_TEMPLATE`, `MessageFileName` the one with its messages).
//!
//! The hive is read by a small read-only reader of the registry file format (`regf`), enough to walk keys and
//! read string values; facts from Joachim Metz's "Windows NT Registry File (REGF) format" (libregf
//! documentation): a 4096-byte base block (`regf`, the root key's cell offset at 0x24), then hive bins whose
//! cells (an i32 size, negative when in use, then the data) are addressed by offsets from the end of the base
//! block; key cells `nk` (subkey count 0x14, subkey list 0x1C, value count 0x24, value list 0x28, name length
//! 0x48, name 0x4C, ASCII when flag 0x20 is set), subkey lists `lf`, `lh`, `li` and `ri`, value cells `vk`
//! (name length 0x02, data size 0x04 — high bit: the data is in the offset field —, data offset 0x08, type
//! 0x0C, flags 0x10 — 1: ASCII name —, name 0x14). The crates that read hives were not used: `nt-hive` is
//! GPL-2.0 (this project is MIT or Apache-2.0), and `notatin` brings some eighty crates (a terminal library,
//! a C build) for what is a few hundred lines here. Transaction logs (`SOFTWARE.LOG1/2`) are not applied: a
//! publisher registered moments before the image was taken may be missed.
//!
//! Every read is bounds-checked; a damaged cell is an error naming its offset in the hive file, and walking
//! stops at cycles or after a fixed number of cells.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use etw_core::cursor::{u16_at, u32_at};
use etw_core::Guid;

use crate::import::FileNote;

/// Cells followed in one walk at most (cycles in a damaged hive end here).
const MAX_CELLS: usize = 1 << 20;
/// Registry value types read as strings.
const REG_SZ: u32 = 1;
const REG_EXPAND_SZ: u32 = 2;

/// A damaged hive: the file offset and what was wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HiveError {
    /// Offset in the hive file.
    pub offset: u64,
    /// What was wrong.
    pub message: String,
}

impl std::fmt::Display for HiveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "registry hive damaged at offset {:#x}: {}", self.offset, self.message)
    }
}

impl std::error::Error for HiveError {}

/// A registry hive file in memory.
pub struct Hive<'a> {
    bytes: &'a [u8],
}

/// A key of a hive: the offset of its `nk` cell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Key(u32);

/// A value of a key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Value {
    /// Name (empty for the default value).
    pub name: String,
    /// Registry type (1 `REG_SZ`, 2 `REG_EXPAND_SZ`, ...).
    pub kind: u32,
    /// The data.
    pub data: Vec<u8>,
}

impl Value {
    /// The data as a string, for string types.
    pub fn string(&self) -> Option<String> {
        matches!(self.kind, REG_SZ | REG_EXPAND_SZ).then(|| {
            let units: Vec<u16> = self
                .data
                .chunks_exact(2)
                .map(|c| u16::from_le_bytes([c.first().copied().unwrap_or(0), c.get(1).copied().unwrap_or(0)]))
                .take_while(|u| *u != 0)
                .collect();
            String::from_utf16_lossy(&units)
        })
    }
}

const BASE: usize = 4096;

impl<'a> Hive<'a> {
    /// Checks the base block of hive bytes.
    pub fn new(bytes: &'a [u8]) -> Result<Hive<'a>, HiveError> {
        if bytes.get(..4) != Some(b"regf") {
            return Err(HiveError { offset: 0, message: "no \"regf\" signature".into() });
        }
        if bytes.len() < BASE {
            return Err(HiveError { offset: 0, message: format!("{} bytes, less than the base block", bytes.len()) });
        }
        Ok(Hive { bytes })
    }

    fn err(&self, cell: u32, message: impl Into<String>) -> HiveError {
        HiveError { offset: BASE as u64 + u64::from(cell), message: message.into() }
    }

    /// The data of the cell at `cell` (offset from the end of the base block).
    fn cell(&self, cell: u32) -> Result<&'a [u8], HiveError> {
        let at = BASE.checked_add(cell as usize).ok_or_else(|| self.err(cell, "cell offset out of range"))?;
        let size = u32_at(self.bytes, at).ok_or_else(|| self.err(cell, "cell past the end of the hive"))? as i32;
        let len = size.unsigned_abs() as usize;
        if len < 4 {
            return Err(self.err(cell, format!("cell size {size}")));
        }
        self.bytes
            .get(at + 4..at.saturating_add(len))
            .ok_or_else(|| self.err(cell, format!("cell of {len} bytes runs past the end of the hive")))
    }

    /// The root key.
    pub fn root(&self) -> Result<Key, HiveError> {
        let root = u32_at(self.bytes, 0x24).ok_or_else(|| HiveError { offset: 0x24, message: "no root".into() })?;
        self.key(root)
    }

    fn key(&self, cell: u32) -> Result<Key, HiveError> {
        let c = self.cell(cell)?;
        if c.get(..2) != Some(b"nk") {
            return Err(self.err(cell, "not a key cell (\"nk\")"));
        }
        Ok(Key(cell))
    }

    /// A key's name.
    pub fn name(&self, k: Key) -> Result<String, HiveError> {
        let c = self.cell(k.0)?;
        let flags = u16_at(c, 2).unwrap_or(0);
        let len = usize::from(u16_at(c, 0x48).ok_or_else(|| self.err(k.0, "key cell cut short"))?);
        let raw = c.get(0x4C..0x4C + len).ok_or_else(|| self.err(k.0, "key name past its cell"))?;
        Ok(text(raw, flags & 0x20 != 0))
    }

    /// A key's subkeys.
    pub fn subkeys(&self, k: Key) -> Result<Vec<Key>, HiveError> {
        let c = self.cell(k.0)?;
        let count = u32_at(c, 0x14).unwrap_or(0);
        let list = u32_at(c, 0x1C).unwrap_or(u32::MAX);
        if count == 0 || list == u32::MAX {
            return Ok(Vec::new());
        }
        let mut out = Vec::new();
        let mut budget = MAX_CELLS;
        self.list(list, &mut out, &mut budget, 0)?;
        Ok(out)
    }

    fn list(&self, cell: u32, out: &mut Vec<Key>, budget: &mut usize, depth: u8) -> Result<(), HiveError> {
        let c = self.cell(cell)?;
        let n = usize::from(u16_at(c, 2).ok_or_else(|| self.err(cell, "subkey list cut short"))?);
        let (step, nested) = match c.get(..2) {
            Some(b"lf" | b"lh") => (8, false),
            Some(b"li") => (4, false),
            Some(b"ri") if depth == 0 => (4, true),
            _ => return Err(self.err(cell, "not a subkey list (lf, lh, li, ri)")),
        };
        for i in 0..n {
            *budget = budget.checked_sub(1).ok_or_else(|| self.err(cell, "too many cells (a cycle?)"))?;
            let e = u32_at(c, 4 + step * i)
                .ok_or_else(|| self.err(cell, format!("subkey list entry {i} of {n} cut short")))?;
            if nested {
                self.list(e, out, budget, depth + 1)?;
            } else {
                out.push(self.key(e)?);
            }
        }
        Ok(())
    }

    /// The subkey named `name` (ASCII case-insensitive, as the registry compares).
    pub fn subkey(&self, k: Key, name: &str) -> Result<Option<Key>, HiveError> {
        for s in self.subkeys(k)? {
            if self.name(s)?.eq_ignore_ascii_case(name) {
                return Ok(Some(s));
            }
        }
        Ok(None)
    }

    /// A key's values.
    pub fn values(&self, k: Key) -> Result<Vec<Value>, HiveError> {
        let c = self.cell(k.0)?;
        let count = u32_at(c, 0x24).unwrap_or(0) as usize;
        let list = u32_at(c, 0x28).unwrap_or(u32::MAX);
        if count == 0 || list == u32::MAX {
            return Ok(Vec::new());
        }
        let offsets = self.cell(list)?;
        if count.saturating_mul(4) > offsets.len() {
            return Err(self.err(list, format!("{count} values do not fit in the value list")));
        }
        let mut out = Vec::with_capacity(count);
        for i in 0..count {
            let v = u32_at(offsets, 4 * i).ok_or_else(|| self.err(list, "value list cut short"))?;
            out.push(self.value(v)?);
        }
        Ok(out)
    }

    fn value(&self, cell: u32) -> Result<Value, HiveError> {
        let c = self.cell(cell)?;
        if c.get(..2) != Some(b"vk") {
            return Err(self.err(cell, "not a value cell (\"vk\")"));
        }
        let short = || self.err(cell, "value cell cut short");
        let name_len = usize::from(u16_at(c, 2).ok_or_else(short)?);
        let size = u32_at(c, 4).ok_or_else(short)?;
        let data_at = u32_at(c, 8).ok_or_else(short)?;
        let kind = u32_at(c, 0x0C).ok_or_else(short)?;
        let flags = u16_at(c, 0x10).ok_or_else(short)?;
        let name = text(
            c.get(0x14..0x14 + name_len).ok_or_else(|| self.err(cell, "value name past its cell"))?,
            flags & 1 != 0,
        );
        let data = if size & 0x8000_0000 != 0 {
            let n = (size & 0x7FFF_FFFF).min(4) as usize;
            data_at.to_le_bytes().get(..n).unwrap_or_default().to_vec()
        } else {
            let d = self.cell(data_at)?;
            if d.get(..2) == Some(b"db") && size as usize > d.len() {
                return Err(self.err(data_at, format!("value '{name}': big data (over 16 KB) is not read")));
            }
            d.get(..size as usize)
                .ok_or_else(|| self.err(data_at, format!("value '{name}': {size} bytes past its cell")))?
                .to_vec()
        };
        Ok(Value { name, kind, data })
    }

    /// The key at a path of names below `from`.
    pub fn path(&self, from: Key, path: &[&str]) -> Result<Option<Key>, HiveError> {
        let mut k = from;
        for p in path {
            match self.subkey(k, p)? {
                Some(s) => k = s,
                None => return Ok(None),
            }
        }
        Ok(Some(k))
    }
}

fn text(raw: &[u8], ascii: bool) -> String {
    if ascii {
        raw.iter().map(|b| char::from(*b)).collect()
    } else {
        let units: Vec<u16> = raw
            .chunks_exact(2)
            .map(|c| u16::from_le_bytes([c.first().copied().unwrap_or(0), c.get(1).copied().unwrap_or(0)]))
            .collect();
        String::from_utf16_lossy(&units)
    }
}

/// A publisher registered in an image.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Publisher {
    /// Provider GUID.
    pub guid: Guid,
    /// Provider name (the key's default value).
    pub name: Option<Arc<str>>,
    /// `ResourceFileName`, as written (`%SystemRoot%\system32\foo.dll`).
    pub resource_file: Option<String>,
    /// `MessageFileName`, as written.
    pub message_file: Option<String>,
}

/// The publishers of a `SOFTWARE` hive, and problems with single publishers (skipped).
pub fn read_publishers(hive: &[u8]) -> Result<(Vec<Publisher>, Vec<String>), HiveError> {
    let h = Hive::new(hive)?;
    let root = h.root()?;
    let Some(publishers) = h.path(root, &["Microsoft", "Windows", "CurrentVersion", "WINEVT", "Publishers"])? else {
        return Err(HiveError {
            offset: 0x24,
            message: "no Microsoft\\Windows\\CurrentVersion\\WINEVT\\Publishers key".into(),
        });
    };
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for k in h.subkeys(publishers)? {
        let read = || -> Result<Option<Publisher>, HiveError> {
            let name = h.name(k)?;
            let bare = name.trim_start_matches('{').trim_end_matches('}');
            let Ok(guid) = bare.parse::<Guid>() else { return Ok(None) };
            let mut p = Publisher { guid, name: None, resource_file: None, message_file: None };
            for v in h.values(k)? {
                let s = v.string().filter(|s| !s.is_empty());
                if v.name.is_empty() {
                    p.name = s.map(Arc::from);
                } else if v.name.eq_ignore_ascii_case("ResourceFileName") {
                    p.resource_file = s;
                } else if v.name.eq_ignore_ascii_case("MessageFileName") {
                    p.message_file = s;
                }
            }
            Ok(Some(p))
        };
        match read() {
            Ok(Some(p)) => out.push(p),
            Ok(None) => problems
                .push(format!("publisher key at offset {:#x} is not named by a GUID", BASE as u64 + u64::from(k.0))),
            Err(e) => problems.push(format!("publisher skipped: {e}")),
        }
    }
    Ok((out, problems))
}

/// A mounted Windows image: the directory that holds `Windows`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Image {
    /// The image's root (the system drive).
    pub root: PathBuf,
    /// Its `Windows` directory.
    pub windows: PathBuf,
    /// Its `SOFTWARE` hive.
    pub software: PathBuf,
}

/// The image at `dir` (the system drive, or its `Windows` directory) if it has `System32\config\SOFTWARE`.
/// Names are matched without regard to case, as on Windows.
pub fn find_image(dir: &Path) -> Option<Image> {
    let from_windows = |windows: PathBuf| {
        let software = child_path(&windows, &["System32", "config", "SOFTWARE"])?;
        software.is_file().then_some(software).map(|software| (windows, software))
    };
    if let Some(windows) = child_path(dir, &["Windows"]) {
        if let Some((windows, software)) = from_windows(windows) {
            return Some(Image { root: dir.to_owned(), windows, software });
        }
    }
    let (windows, software) = from_windows(dir.to_owned())?;
    let root = dir.parent().map_or_else(|| dir.to_owned(), Path::to_path_buf);
    Some(Image { root, windows, software })
}

/// `dir` joined with `names`, each matched without regard to case.
fn child_path(dir: &Path, names: &[&str]) -> Option<PathBuf> {
    let mut p = dir.to_owned();
    for n in names {
        let exact = p.join(n);
        if exact.exists() {
            p = exact;
            continue;
        }
        let found =
            std::fs::read_dir(&p).ok()?.flatten().find(|e| e.file_name().to_string_lossy().eq_ignore_ascii_case(n))?;
        p = found.path();
    }
    Some(p)
}

impl Image {
    /// The file in the image a registry path names: `%SystemRoot%\System32\foo.dll`, `%windir%\...`,
    /// `C:\...`, `\SystemRoot\...`, `%ProgramFiles%\...`, or a bare name (in `System32`). `None` if it is not
    /// there, or if the path climbs out of the image (`..`).
    pub fn resolve(&self, registry_path: &str) -> Option<PathBuf> {
        let p = registry_path.trim().trim_matches('"');
        let lower = p.to_ascii_lowercase();
        let strip = |prefix: &str| lower.starts_with(prefix).then(|| p.get(prefix.len()..).unwrap_or_default());
        let (base, rest): (PathBuf, &str) = if let Some(r) = strip("%systemroot%").or_else(|| strip("%windir%")) {
            (self.windows.clone(), r)
        } else if let Some(r) = strip("\\systemroot") {
            (self.windows.clone(), r)
        } else if let Some(r) = strip("%programfiles%") {
            (self.root.join("Program Files"), r)
        } else if let Some(r) = strip("%programfiles(x86)%") {
            (self.root.join("Program Files (x86)"), r)
        } else if let Some(r) = strip("%commonprogramfiles%") {
            (self.root.join("Program Files").join("Common Files"), r)
        } else if let Some(r) = strip("%systemdrive%") {
            (self.root.clone(), r)
        } else if p.len() >= 2 && p.as_bytes().get(1) == Some(&b':') {
            (self.root.clone(), p.get(2..).unwrap_or_default())
        } else if !p.contains(['\\', '/']) {
            return child_path(&self.windows, &["System32", p]).filter(|f| f.is_file());
        } else {
            (self.root.clone(), p)
        };
        let parts: Vec<&str> = rest.split(['\\', '/']).filter(|s| !s.is_empty() && *s != ".").collect();
        // A hostile hive must not name files outside the image.
        if parts.contains(&"..") {
            return None;
        }
        let found = child_path(&base, &parts)?;
        found.is_file().then_some(found)
    }
}

/// The publishers of the image's `SOFTWARE` hive, or why they cannot be read.
pub(crate) fn publishers(image: &Image) -> Result<(Vec<Publisher>, Vec<FileNote>), FileNote> {
    let note = |message: String| FileNote { path: image.software.clone(), message };
    let bytes = std::fs::read(&image.software).map_err(|e| note(e.to_string()))?;
    let (publishers, problems) = read_publishers(&bytes).map_err(|e| note(e.to_string()))?;
    Ok((publishers, problems.into_iter().map(note).collect()))
}

/// Fuzz body: `data` as a `SOFTWARE` hive. Never panics.
pub fn fuzz(data: &[u8]) {
    let _ = read_publishers(data);
}
