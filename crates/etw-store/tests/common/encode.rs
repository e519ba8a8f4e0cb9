//! Our own encoder of the message compiler's resources, for tests: event schemas (from a manifest) to a
//! `WEVT_TEMPLATE` blob and a `MESSAGETABLE`, and both into a minimal PE file. Built from the format as
//! `etw_store::wevt` documents it, and checked against an independent parser (libfwevt) in `libfwevt.rs`.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::sync::Arc;

use etw_core::Guid;
use etw_schema::{Count, EventSchema, Length, PropertyType, ValueMap};

struct Blob(Vec<u8>);

impl Blob {
    fn pos(&self) -> u32 {
        self.0.len() as u32
    }
    fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    fn u16(&mut self, v: u16) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn bytes(&mut self, b: &[u8]) {
        self.0.extend_from_slice(b);
    }
    fn patch(&mut self, at: u32, v: u32) {
        self.0[at as usize..at as usize + 4].copy_from_slice(&v.to_le_bytes());
    }
    /// A size-prefixed UTF-16 string (8-aligned), returning its offset.
    fn string(&mut self, s: &str) -> u32 {
        let at = self.pos();
        let mut units: Vec<u8> = s.encode_utf16().flat_map(u16::to_le_bytes).collect();
        units.extend_from_slice(&[0, 0]);
        let mut size = 4 + units.len();
        while size % 8 != 0 {
            units.push(0);
            size += 1;
        }
        self.u32(size as u32);
        self.bytes(&units);
        at
    }
    fn align4(&mut self) {
        while self.0.len() % 4 != 0 {
            self.0.push(0);
        }
    }
}

/// Message strings and their ids.
#[derive(Default)]
pub struct Messages {
    by_text: BTreeMap<(u32, String), u32>,
    next: BTreeMap<u32, u32>,
}

impl Messages {
    fn id(&mut self, base: u32, text: &str) -> u32 {
        if let Some(id) = self.by_text.get(&(base, text.to_owned())) {
            return *id;
        }
        let n = self.next.entry(base).or_insert(0);
        let id = base + *n;
        *n += 1;
        self.by_text.insert((base, text.to_owned()), id);
        id
    }

    /// The MESSAGETABLE resource: one block per run of consecutive ids, UTF-16 entries ending in CR LF.
    pub fn table(&self) -> Vec<u8> {
        let mut by_id: BTreeMap<u32, &str> = BTreeMap::new();
        for ((_, text), id) in &self.by_text {
            by_id.insert(*id, text);
        }
        let mut blocks: Vec<(u32, u32)> = Vec::new();
        for id in by_id.keys() {
            match blocks.last_mut() {
                Some((_, hi)) if *hi + 1 == *id => *hi = *id,
                _ => blocks.push((*id, *id)),
            }
        }
        let mut out = Blob(Vec::new());
        out.u32(blocks.len() as u32);
        let header_end = 4 + 12 * blocks.len();
        let mut entries = Blob(Vec::new());
        let mut offsets = Vec::new();
        for (lo, hi) in &blocks {
            offsets.push(header_end + entries.0.len());
            for id in *lo..=*hi {
                let mut units: Vec<u8> =
                    format!("{}\r\n", by_id[&id]).encode_utf16().flat_map(u16::to_le_bytes).collect();
                units.extend_from_slice(&[0, 0]);
                while (units.len() + 4) % 4 != 0 {
                    units.push(0);
                }
                entries.u16((units.len() + 4) as u16);
                entries.u16(1);
                entries.bytes(&units);
            }
        }
        for ((lo, hi), off) in blocks.iter().zip(offsets) {
            out.u32(*lo);
            out.u32(*hi);
            out.u32(off as u32);
        }
        out.bytes(&entries.0);
        out.0
    }
}

/// One provider's schemas as a `WEVT_TEMPLATE` blob, with the messages it refers to (event messages and map
/// entry names) added to `messages`. `name` goes into a `PRVA` element when given. Keyword names are given
/// bits as far as the schemas tell them apart (an event with one custom keyword names its bit).
pub fn wevt(guid: Guid, name: Option<&str>, events: &[Arc<EventSchema>], messages: &mut Messages) -> Vec<u8> {
    let mut b = Blob(Vec::new());
    b.bytes(b"CRIM");
    let crim_size = b.pos();
    b.u32(0);
    b.u16(3);
    b.u16(1);
    b.u32(1);
    b.bytes(&guid.to_le_bytes());
    let prov_off = b.pos();
    b.u32(0);
    let wevt_at = b.pos();
    b.patch(prov_off, wevt_at);
    let kinds: [&[u8; 4]; 9] = [b"CHAN", b"LEVL", b"OPCO", b"TASK", b"KEYW", b"MAPS", b"TTBL", b"EVNT", b"PRVA"];
    let n_elements = if name.is_some() { 9 } else { 8 };
    b.bytes(b"WEVT");
    let wevt_size = b.pos();
    b.u32(0);
    b.u32(0xFFFF_FFFF);
    b.u32(n_elements);
    b.u32(0);
    let desc = b.pos();
    for _ in 0..n_elements {
        b.u32(0);
        b.u32(0);
    }
    let element = |b: &mut Blob, i: usize| {
        let at = b.pos();
        b.patch(desc + 8 * i as u32, at);
        b.bytes(kinds[i]);
        let size = b.pos();
        b.u32(0);
        (at, size)
    };
    // An empty element has size 0, as the message compiler writes it (libfwevt insists).
    let end = |b: &mut Blob, (at, size): (u32, u32)| {
        b.align4();
        let n = b.pos() - at;
        let empty = u32::from_le_bytes(b.0[size as usize + 4..size as usize + 8].try_into().unwrap()) == 0;
        b.patch(size, if empty { 0 } else { n });
    };

    // Channels.
    let channels: BTreeMap<u8, Arc<str>> =
        events.iter().filter_map(|e| Some((e.descriptor.channel.0, e.channel_name.clone()?))).collect();
    let el = element(&mut b, 0);
    b.u32(channels.len() as u32);
    let defs = b.pos();
    for id in channels.keys() {
        b.u32(u32::from(*id));
        b.u32(0);
        b.u32(0);
        b.u32(0xFFFF_FFFF);
    }
    for (i, (_, n)) in channels.iter().enumerate() {
        let s = b.string(n);
        b.patch(defs + 16 * i as u32 + 4, s);
    }
    end(&mut b, el);

    // Levels, opcodes, tasks: (value, name) -> definition offset.
    let mut level_at = BTreeMap::new();
    let levels: BTreeMap<u8, Arc<str>> =
        events.iter().filter_map(|e| Some((e.descriptor.level.0, e.level_name.clone()?))).collect();
    let el = element(&mut b, 1);
    b.u32(levels.len() as u32);
    let defs = b.pos();
    for (i, (v, _)) in levels.iter().enumerate() {
        level_at.insert(*v, defs + 12 * i as u32);
        b.u32(u32::from(*v));
        b.u32(0xFFFF_FFFF);
        b.u32(0);
    }
    for (i, (_, n)) in levels.iter().enumerate() {
        let s = b.string(n);
        b.patch(defs + 12 * i as u32 + 8, s);
    }
    end(&mut b, el);

    let mut opcode_at = BTreeMap::new();
    let opcodes: BTreeMap<(u16, u8), Arc<str>> = events
        .iter()
        .filter_map(|e| Some(((e.descriptor.task, e.descriptor.opcode.0), e.opcode_name.clone()?)))
        .collect();
    let el = element(&mut b, 2);
    b.u32(opcodes.len() as u32);
    let defs = b.pos();
    for (i, ((task, op), _)) in opcodes.iter().enumerate() {
        opcode_at.insert((*task, *op), defs + 12 * i as u32);
        b.u32((u32::from(*op) << 16) | u32::from(*task));
        b.u32(0xFFFF_FFFF);
        b.u32(0);
    }
    for (i, (_, n)) in opcodes.iter().enumerate() {
        let s = b.string(n);
        b.patch(defs + 12 * i as u32 + 8, s);
    }
    end(&mut b, el);

    let mut task_at = BTreeMap::new();
    let tasks: BTreeMap<u16, Arc<str>> =
        events.iter().filter_map(|e| Some((e.descriptor.task, e.task_name.clone()?))).collect();
    let el = element(&mut b, 3);
    b.u32(tasks.len() as u32);
    let defs = b.pos();
    for (i, (v, _)) in tasks.iter().enumerate() {
        task_at.insert(*v, defs + 28 * i as u32);
        b.u32(u32::from(*v));
        b.u32(0xFFFF_FFFF);
        b.bytes(&[0; 16]);
        b.u32(0);
    }
    for (i, (_, n)) in tasks.iter().enumerate() {
        let s = b.string(n);
        b.patch(defs + 28 * i as u32 + 24, s);
    }
    end(&mut b, el);

    // Keywords whose bit an event with a single custom keyword tells.
    let standard = 0xFFFF_0000_0000_0000u64;
    let mut keywords: BTreeMap<u64, Arc<str>> = BTreeMap::new();
    for e in events {
        let custom = e.descriptor.keywords & !standard;
        let names: Vec<_> = e
            .keyword_names
            .iter()
            .filter(|n| {
                !matches!(
                    &***n,
                    "ResponseTime"
                        | "WDIContext"
                        | "WDIDiag"
                        | "SQM"
                        | "AuditFailure"
                        | "AuditSuccess"
                        | "CorrelationHint"
                        | "EventlogClassic"
                )
            })
            .collect();
        if custom.count_ones() == 1 && names.len() == 1 {
            keywords.insert(custom, names[0].clone());
        }
    }
    let el = element(&mut b, 4);
    b.u32(keywords.len() as u32);
    let defs = b.pos();
    for mask in keywords.keys() {
        b.u64(*mask);
        b.u32(0xFFFF_FFFF);
        b.u32(0);
    }
    for (i, (_, n)) in keywords.iter().enumerate() {
        let s = b.string(n);
        b.patch(defs + 16 * i as u32 + 12, s);
    }
    end(&mut b, el);

    // Maps, by name.
    let mut maps: BTreeMap<Arc<str>, Arc<ValueMap>> = BTreeMap::new();
    for e in events {
        for p in &e.properties {
            if let PropertyType::Simple { map: Some(m), .. } = &p.ty {
                maps.entry(m.name.clone()).or_insert_with(|| m.clone());
            }
        }
    }
    let mut map_at: BTreeMap<Arc<str>, u32> = BTreeMap::new();
    let el = element(&mut b, 5);
    b.u32(maps.len() as u32);
    let list = b.pos();
    for _ in &maps {
        b.u32(0);
    }
    for (i, (name, m)) in maps.iter().enumerate() {
        let at = b.pos();
        b.patch(list + 4 * i as u32, at);
        map_at.insert(name.clone(), at);
        b.bytes(if m.bitmap { b"BMAP" } else { b"VMAP" });
        let size = b.pos();
        b.u32(0);
        let name_off = b.pos();
        b.u32(0);
        b.u32(u32::from(m.bitmap));
        let entries: Vec<_> = m.entries.iter().filter(|(v, _)| *v <= u64::from(u32::MAX)).collect();
        b.u32(entries.len() as u32);
        for (v, text) in entries {
            b.u32(*v as u32);
            let id = messages.id(0xD000_0000, text);
            b.u32(id);
        }
        let n = b.pos() - at;
        b.patch(size, n);
        let s = b.string(name);
        b.patch(name_off, s);
    }
    end(&mut b, el);

    // Templates, one per event with properties.
    let mut template_at = Vec::new();
    let el = element(&mut b, 6);
    b.u32(events.iter().filter(|e| !e.properties.is_empty()).count() as u32);
    for e in events {
        if e.properties.is_empty() {
            template_at.push(0);
            continue;
        }
        let at = b.pos();
        template_at.push(at);
        b.bytes(b"TEMP");
        let size = b.pos();
        b.u32(0);
        b.u32(u32::from(e.top_level));
        b.u32(e.properties.len() as u32);
        let items_off = b.pos();
        b.u32(0);
        b.u32(1);
        b.bytes(&[0x5a; 16]);
        // The smallest BinXML fragment: a fragment header and the end of the stream.
        b.bytes(&[0x0F, 0x01, 0x01, 0x00, 0x00]);
        b.align4();
        let items = b.pos();
        b.patch(items_off, items);
        for p in &e.properties {
            let (mut flags, count) = match p.count {
                Count::One => (0u32, 0u16),
                Count::Fixed(n) => (0x08, n),
                Count::Property(j) => (0x10, j),
                other => panic!("count {other:?} has no manifest form"),
            };
            let length = match p.length {
                Length::Natural => 0,
                Length::Fixed(n) => {
                    flags |= 0x02;
                    n
                }
                Length::Property(j) => {
                    flags |= 0x04;
                    j
                }
            };
            let mut map = 0;
            let (a, c) = match &p.ty {
                PropertyType::Simple { in_type, out_type, map: m } => {
                    map = m.as_ref().map_or(0, |m| map_at[&m.name]);
                    ((in_type.0 as u8, out_type.0 as u8), 0u16)
                }
                PropertyType::Struct { first, members } => {
                    flags |= 0x01;
                    (((*first & 0xFF) as u8, (*first >> 8) as u8), *members)
                }
            };
            b.u32(flags);
            b.u8(a.0);
            b.u8(a.1);
            b.u16(c);
            b.u32(map);
            b.u16(count);
            b.u16(length);
            b.u32(0);
        }
        for (i, p) in e.properties.iter().enumerate() {
            let s = b.string(&p.name);
            b.patch(items + 20 * i as u32 + 16, s);
        }
        let n = b.pos() - at;
        b.patch(size, n);
    }
    end(&mut b, el);

    // Events.
    let el = element(&mut b, 7);
    b.u32(events.len() as u32);
    b.u32(0);
    for (e, t) in events.iter().zip(&template_at) {
        let d = &e.descriptor;
        b.u16(d.id);
        b.u8(d.version);
        b.u8(d.channel.0);
        b.u8(d.level.0);
        b.u8(d.opcode.0);
        b.u16(d.task);
        b.u64(d.keywords);
        b.u32(e.message.as_deref().map_or(0xFFFF_FFFF, |m| messages.id(0xB000_0000, m)));
        b.u32(*t);
        b.u32(e.opcode_name.as_ref().map_or(0, |_| opcode_at[&(d.task, d.opcode.0)]));
        b.u32(e.level_name.as_ref().map_or(0, |_| level_at[&d.level.0]));
        b.u32(e.task_name.as_ref().map_or(0, |_| task_at[&d.task]));
        b.u32(0);
        b.u32(0);
        b.u32(0);
    }
    end(&mut b, el);

    if let Some(name) = name {
        let el = element(&mut b, 8);
        b.u32(1);
        b.u32(0x1000_0001);
        let off = b.pos() + 4;
        b.u32(off);
        let mut units: Vec<u8> = name.encode_utf16().flat_map(u16::to_le_bytes).collect();
        units.extend_from_slice(&[0, 0]);
        b.bytes(&units);
        end(&mut b, el);
    }
    let n = b.pos() - wevt_at;
    b.patch(wevt_size, n);
    let n = b.pos();
    b.patch(crim_size, n);
    b.0
}

/// A minimal PE32+ file whose only section holds a resource tree with a `WEVT_TEMPLATE` (type by name, name
/// 1, US English) and a `MESSAGETABLE` (type 11, name 1, US English) when given.
pub fn pe(wevt: Option<&[u8]>, messages: Option<&[u8]>) -> Vec<u8> {
    const RVA: u32 = 0x1000;
    const RAW: u32 = 0x200;
    // The resource section.
    let mut r = Blob(Vec::new());
    let types: Vec<(Option<&str>, u32, &[u8])> =
        [wevt.map(|w| (Some("WEVT_TEMPLATE"), 0u32, w)), messages.map(|m| (None, 11u32, m))]
            .into_iter()
            .flatten()
            .collect();
    let named = types.iter().filter(|t| t.0.is_some()).count() as u16;
    // Root directory.
    r.bytes(&[0; 12]);
    r.u16(named);
    r.u16(types.len() as u16 - named);
    let root_entries = r.pos();
    for _ in &types {
        r.u32(0);
        r.u32(0);
    }
    let mut fixups = Vec::new();
    for (i, (name, id, data)) in types.iter().enumerate() {
        // Name directory with one id entry (1) -> language directory with one entry (0x409) -> data entry.
        let name_dir = r.pos();
        r.bytes(&[0; 12]);
        r.u16(0);
        r.u16(1);
        r.u32(1);
        let name_target = r.pos();
        r.u32(0);
        let lang_dir = r.pos();
        r.patch(name_target, 0x8000_0000 | lang_dir);
        r.bytes(&[0; 12]);
        r.u16(0);
        r.u16(1);
        r.u32(0x409);
        let lang_target = r.pos();
        r.u32(0);
        let data_entry = r.pos();
        r.patch(lang_target, data_entry);
        r.u32(0);
        r.u32(data.len() as u32);
        r.u32(0);
        r.u32(0);
        fixups.push((data_entry, *data));
        let key = match name {
            Some(n) => {
                let at = r.pos();
                r.u16(n.encode_utf16().count() as u16);
                for u in n.encode_utf16() {
                    r.u16(u);
                }
                r.align4();
                0x8000_0000 | at
            }
            None => *id,
        };
        r.patch(root_entries + 8 * i as u32, key);
        r.patch(root_entries + 8 * i as u32 + 4, 0x8000_0000 | name_dir);
    }
    for (entry, data) in fixups {
        r.align4();
        let at = r.pos();
        r.patch(entry, RVA + at);
        r.bytes(data);
    }
    let rsrc_len = r.0.len() as u32;
    let raw_len = rsrc_len.div_ceil(0x200) * 0x200;

    let mut f = Blob(Vec::new());
    f.bytes(b"MZ");
    f.bytes(&[0; 0x3A]);
    f.u32(0x40);
    f.bytes(b"PE\0\0");
    f.u16(0x8664);
    f.u16(1);
    f.bytes(&[0; 12]);
    f.u16(240);
    f.u16(0x2022);
    let opt = f.pos();
    f.u16(0x20B);
    f.bytes(&[0; 106]);
    f.u32(16);
    for i in 0..16 {
        if i == 2 {
            f.u32(RVA);
            f.u32(rsrc_len);
        } else {
            f.u32(0);
            f.u32(0);
        }
    }
    assert_eq!(f.pos() - opt, 240);
    f.bytes(b".rsrc\0\0\0");
    f.u32(rsrc_len);
    f.u32(RVA);
    f.u32(raw_len);
    f.u32(RAW);
    f.bytes(&[0; 16]);
    while f.pos() < RAW {
        f.u8(0);
    }
    f.bytes(&r.0);
    while f.pos() < RAW + raw_len {
        f.u8(0);
    }
    f.0
}

/// Every provider of a manifest as a PE file (one per provider), with its schemas.
pub fn pe_of_manifest(path: &std::path::Path) -> Vec<(Guid, Vec<Arc<EventSchema>>, Vec<u8>)> {
    let mut m = etw_schema::sources::manifest::ManifestSource::new();
    m.load_path(path).unwrap();
    let mut out = Vec::new();
    let mut providers: Vec<(Guid, String)> = m.providers().map(|(g, n)| (g, n.to_owned())).collect();
    providers.sort();
    for (guid, name) in providers {
        // In-types past 255 (win:SizeT is 308 in TDH's numbering) do not fit the binary's byte: left out.
        let fits = |s: &EventSchema| s.properties.iter().all(|p| p.in_type().is_none_or(|t| t.0 <= 255));
        let mut events: Vec<Arc<EventSchema>> =
            m.schemas().filter(|s| s.provider_id == guid && fits(s)).cloned().collect();
        if events.is_empty() {
            continue;
        }
        events.sort_by_key(|e| (e.descriptor.id, e.descriptor.version));
        let mut messages = Messages::default();
        let blob = wevt(guid, Some(&name), &events, &mut messages);
        let table = messages.table();
        out.push((guid, events, pe(Some(&blob), Some(&table))));
    }
    out
}
