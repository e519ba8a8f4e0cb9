//! A registry hive writer for tests: keys with string values in one hive bin, laid out as the `regf` format
//! says (base block with checksum, `hbin` header, `nk`, `lf`, value lists, `vk` and data cells).

#![allow(dead_code)]

/// A key to write: name, string values (name, type, text), subkeys.
#[derive(Clone, Debug, Default)]
pub struct Key {
    pub name: String,
    pub values: Vec<(String, u32, String)>,
    pub subkeys: Vec<Key>,
}

impl Key {
    pub fn new(name: &str) -> Key {
        Key { name: name.into(), ..Key::default() }
    }
    pub fn value(mut self, name: &str, kind: u32, text: &str) -> Key {
        self.values.push((name.into(), kind, text.into()));
        self
    }
    pub fn sub(mut self, k: Key) -> Key {
        self.subkeys.push(k);
        self
    }
}

struct Cells(Vec<u8>);

impl Cells {
    /// Adds a cell holding `data` (in use), returning its offset from the start of the hive bins.
    fn add(&mut self, data: &[u8]) -> u32 {
        let at = self.0.len() as u32 + 0x20;
        let mut size = 4 + data.len();
        size = size.div_ceil(8) * 8;
        self.0.extend_from_slice(&(-(size as i32)).to_le_bytes());
        self.0.extend_from_slice(data);
        self.0.resize(self.0.len() + size - 4 - data.len(), 0);
        at
    }
    fn patch(&mut self, cell: u32, field: usize, v: u32) {
        let at = (cell - 0x20) as usize + 4 + field;
        self.0[at..at + 4].copy_from_slice(&v.to_le_bytes());
    }
}

fn utf16(s: &str) -> Vec<u8> {
    let mut v: Vec<u8> = s.encode_utf16().flat_map(u16::to_le_bytes).collect();
    v.extend_from_slice(&[0, 0]);
    v
}

fn key(c: &mut Cells, k: &Key, parent: u32, root: bool) -> u32 {
    let mut nk = Vec::new();
    nk.extend_from_slice(b"nk");
    nk.extend_from_slice(&(0x20u16 | if root { 0x0C } else { 0 }).to_le_bytes());
    nk.extend_from_slice(&[0; 8]); // last written
    nk.extend_from_slice(&0u32.to_le_bytes()); // access bits
    nk.extend_from_slice(&parent.to_le_bytes());
    nk.extend_from_slice(&(k.subkeys.len() as u32).to_le_bytes());
    nk.extend_from_slice(&0u32.to_le_bytes());
    nk.extend_from_slice(&u32::MAX.to_le_bytes()); // subkey list, patched
    nk.extend_from_slice(&u32::MAX.to_le_bytes());
    nk.extend_from_slice(&(k.values.len() as u32).to_le_bytes());
    nk.extend_from_slice(&u32::MAX.to_le_bytes()); // value list, patched
    nk.extend_from_slice(&u32::MAX.to_le_bytes()); // security
    nk.extend_from_slice(&u32::MAX.to_le_bytes()); // class
    let max_sub = k.subkeys.iter().map(|s| s.name.len() * 2).max().unwrap_or(0) as u32;
    let max_val = k.values.iter().map(|v| v.0.len() * 2).max().unwrap_or(0) as u32;
    let max_data = k.values.iter().map(|v| utf16(&v.2).len()).max().unwrap_or(0) as u32;
    for v in [max_sub, 0, max_val, max_data, 0] {
        nk.extend_from_slice(&v.to_le_bytes());
    }
    nk.extend_from_slice(&(k.name.len() as u16).to_le_bytes());
    nk.extend_from_slice(&0u16.to_le_bytes());
    nk.extend_from_slice(k.name.as_bytes());
    let me = c.add(&nk);
    if !k.values.is_empty() {
        let mut offsets = Vec::new();
        for (name, kind, text) in &k.values {
            let data = utf16(text);
            let data_at = c.add(&data);
            let mut vk = Vec::new();
            vk.extend_from_slice(b"vk");
            vk.extend_from_slice(&(name.len() as u16).to_le_bytes());
            vk.extend_from_slice(&(data.len() as u32).to_le_bytes());
            vk.extend_from_slice(&data_at.to_le_bytes());
            vk.extend_from_slice(&kind.to_le_bytes());
            vk.extend_from_slice(&1u16.to_le_bytes());
            vk.extend_from_slice(&0u16.to_le_bytes());
            vk.extend_from_slice(name.as_bytes());
            offsets.push(c.add(&vk));
        }
        let list: Vec<u8> = offsets.iter().flat_map(|o| o.to_le_bytes()).collect();
        let at = c.add(&list);
        c.patch(me, 0x28, at);
    }
    if !k.subkeys.is_empty() {
        // Subkeys sorted by upper-case name, as the registry keeps them.
        let mut subs: Vec<&Key> = k.subkeys.iter().collect();
        subs.sort_by_key(|s| s.name.to_uppercase());
        let children: Vec<(u32, &Key)> = subs.iter().map(|s| (key(c, s, me, false), *s)).collect();
        let mut lf = Vec::new();
        lf.extend_from_slice(b"lf");
        lf.extend_from_slice(&(children.len() as u16).to_le_bytes());
        for (at, s) in children {
            lf.extend_from_slice(&at.to_le_bytes());
            let mut hint = [0u8; 4];
            for (h, b) in hint.iter_mut().zip(s.name.bytes()) {
                *h = b;
            }
            lf.extend_from_slice(&hint);
        }
        let at = c.add(&lf);
        c.patch(me, 0x1C, at);
    }
    me
}

/// The bytes of a hive file whose root key is `root`.
pub fn hive(root: &Key) -> Vec<u8> {
    let mut c = Cells(Vec::new());
    let root_at = key(&mut c, root, u32::MAX, true);
    let used = 0x20 + c.0.len();
    let bin_size = used.div_ceil(0x1000) * 0x1000;
    // The rest of the bin is one free cell.
    let free = bin_size - used;
    if free >= 8 {
        c.0.extend_from_slice(&(free as i32).to_le_bytes());
        c.0.resize(c.0.len() + free - 4, 0);
    }
    let mut base = vec![0u8; 0x1000];
    base[0..4].copy_from_slice(b"regf");
    base[4..8].copy_from_slice(&1u32.to_le_bytes());
    base[8..12].copy_from_slice(&1u32.to_le_bytes());
    base[0x14..0x18].copy_from_slice(&1u32.to_le_bytes()); // major
    base[0x18..0x1C].copy_from_slice(&5u32.to_le_bytes()); // minor
    base[0x20..0x24].copy_from_slice(&1u32.to_le_bytes()); // format
    base[0x24..0x28].copy_from_slice(&root_at.to_le_bytes());
    base[0x28..0x2C].copy_from_slice(&(bin_size as u32).to_le_bytes());
    base[0x2C..0x30].copy_from_slice(&1u32.to_le_bytes()); // clustering
    let sum = base[..0x1FC].chunks_exact(4).fold(0u32, |a, w| a ^ u32::from_le_bytes(w.try_into().unwrap()));
    base[0x1FC..0x200].copy_from_slice(&sum.to_le_bytes());
    let mut out = base;
    out.extend_from_slice(b"hbin");
    out.extend_from_slice(&0u32.to_le_bytes());
    out.extend_from_slice(&(bin_size as u32).to_le_bytes());
    out.extend_from_slice(&[0; 20]);
    out.extend_from_slice(&c.0);
    assert_eq!(out.len(), 0x1000 + bin_size);
    out
}

/// A SOFTWARE hive with these publishers: (GUID in braces, name, resource file, message file).
pub fn software(publishers: &[(&str, &str, &str, &str)]) -> Vec<u8> {
    let mut pubs = Key::new("Publishers");
    for (guid, name, res, msg) in publishers {
        let mut k = Key::new(guid).value("", 1, name);
        if !res.is_empty() {
            k = k.value("ResourceFileName", 2, res);
        }
        if !msg.is_empty() {
            k = k.value("MessageFileName", 2, msg);
        }
        pubs = pubs.sub(k);
    }
    hive(&Key::new("ROOT").sub(Key::new("Microsoft").sub(
        Key::new("Windows").sub(Key::new("CurrentVersion").sub(Key::new("WINEVT").sub(pubs).sub(Key::new("Channels")))),
    )))
}
