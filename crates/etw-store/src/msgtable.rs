//! `MESSAGETABLE` resources: message strings by id.
//!
//! Layout (`MESSAGE_RESOURCE_DATA` in winnt.h): a u32 block count, blocks of (low id, high id, offset of the
//! first entry), and per id an entry of (u16 length including these four bytes, u16 flags: 1 UTF-16LE, 2 UTF-8,
//! 0 an 8-bit code page, read here as Windows-1252's ASCII part and Latin-1 otherwise) and the text.

use std::collections::HashMap;

use etw_core::cursor::{u16_at, u32_at};

/// Message strings by id.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MessageTable {
    messages: HashMap<u32, String>,
}

impl MessageTable {
    /// Reads a `MESSAGETABLE` resource. Damage ends the block it is in; what was read before is kept, and the
    /// problems are returned with their offsets in the resource.
    pub fn parse(bytes: &[u8]) -> (MessageTable, Vec<String>) {
        let mut table = MessageTable::default();
        let mut problems = Vec::new();
        let Some(blocks) = u32_at(bytes, 0) else {
            problems.push("message table shorter than its block count".to_owned());
            return (table, problems);
        };
        if (blocks as usize).saturating_mul(12) > bytes.len().saturating_sub(4) {
            problems.push(format!("message table: {blocks} blocks do not fit in {} bytes", bytes.len()));
            return (table, problems);
        }
        for b in 0..blocks as usize {
            let at = 4 + 12 * b;
            let (Some(low), Some(high), Some(mut off)) =
                (u32_at(bytes, at), u32_at(bytes, at + 4), u32_at(bytes, at + 8).map(|o| o as usize))
            else {
                break;
            };
            if high < low {
                problems.push(format!("message table block at offset {at:#x}: ids {low:#x}..{high:#x} reversed"));
                continue;
            }
            let mut id = low;
            loop {
                let (Some(len), Some(flags)) = (u16_at(bytes, off), u16_at(bytes, off + 2)) else {
                    problems.push(format!("message {id:#x} at offset {off:#x}: entry past the end"));
                    break;
                };
                let len = usize::from(len);
                let Some(text) = (len >= 4).then(|| bytes.get(off + 4..off + len)).flatten() else {
                    problems.push(format!("message {id:#x} at offset {off:#x}: length {len} out of range"));
                    break;
                };
                table.messages.insert(id, decode_text(text, flags));
                off += len;
                if id == high {
                    break;
                }
                id += 1;
            }
        }
        (table, problems)
    }

    /// The message `id` as stored (with its trailing line break).
    pub fn raw(&self, id: u32) -> Option<&str> {
        self.messages.get(&id).map(String::as_str)
    }

    /// The message `id` as an event or name shows it: without the trailing NULs and the one line break the
    /// message compiler ends every message with.
    pub fn get(&self, id: u32) -> Option<&str> {
        let m = self.raw(id)?.trim_end_matches('\0');
        Some(m.strip_suffix("\r\n").unwrap_or(m))
    }

    /// Number of messages.
    pub fn len(&self) -> usize {
        self.messages.len()
    }

    /// True if there are none.
    pub fn is_empty(&self) -> bool {
        self.messages.is_empty()
    }

    /// Adds the messages of `other` that this table lacks.
    pub fn fill_from(&mut self, other: MessageTable) {
        for (k, v) in other.messages {
            self.messages.entry(k).or_insert(v);
        }
    }
}

fn decode_text(text: &[u8], flags: u16) -> String {
    match flags {
        1 => {
            let units: Vec<u16> = text
                .chunks_exact(2)
                .map(|c| u16::from_le_bytes([c.first().copied().unwrap_or(0), c.get(1).copied().unwrap_or(0)]))
                .collect();
            String::from_utf16_lossy(&units)
        }
        2 => String::from_utf8_lossy(text).into_owned(),
        _ => text.iter().map(|b| char::from(*b)).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_blocks_and_entries() {
        // The rusttrace message table: 2 blocks.
        let mut b = Vec::new();
        b.extend_from_slice(&2u32.to_le_bytes());
        b.extend_from_slice(&[0x05, 0, 0, 0x50, 0x05, 0, 0, 0x50, 0x1c, 0, 0, 0]);
        b.extend_from_slice(&[0, 0, 0, 0xb0, 2, 0, 0, 0xb0, 0x34, 0, 0, 0]);
        let unicode = |s: &str| {
            let mut e = Vec::new();
            let units: Vec<u8> = s.encode_utf16().flat_map(u16::to_le_bytes).collect();
            let len = 4 + units.len();
            let pad = (4 - len % 4) % 4;
            e.extend_from_slice(&((len + pad) as u16).to_le_bytes());
            e.extend_from_slice(&1u16.to_le_bytes());
            e.extend_from_slice(&units);
            e.extend(std::iter::repeat_n(0, pad));
            e
        };
        b.extend(unicode("Verbose\r\n\0"));
        assert_eq!(b.len(), 0x34);
        for _ in 0..3 {
            b.extend(unicode("%1\r\n\0"));
        }
        let (t, problems) = MessageTable::parse(&b);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(t.len(), 4);
        assert_eq!(t.get(0x5000_0005), Some("Verbose"));
        assert_eq!(t.raw(0xb000_0001), Some("%1\r\n\0\0"));
        assert_eq!(t.get(0xb000_0002), Some("%1"));
        // Every truncation keeps what came before and never panics.
        for cut in 0..b.len() {
            let (t, _) = MessageTable::parse(&b[..cut]);
            assert!(t.len() <= 4);
        }
        // A huge block count is refused before anything is read.
        let (_, p) = MessageTable::parse(&[0xff, 0xff, 0xff, 0xff]);
        assert!(p[0].contains("do not fit"));
        // Ids up to u32::MAX end.
        let mut m = Vec::new();
        m.extend_from_slice(&1u32.to_le_bytes());
        m.extend_from_slice(&u32::MAX.to_le_bytes());
        m.extend_from_slice(&u32::MAX.to_le_bytes());
        m.extend_from_slice(&16u32.to_le_bytes());
        m.extend_from_slice(&[6, 0, 2, 0, b'h', b'i']);
        let (t, p) = MessageTable::parse(&m);
        assert_eq!(t.get(u32::MAX), Some("hi"), "{p:?}");
    }
}
