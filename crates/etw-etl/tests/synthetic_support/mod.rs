//! Shared helpers of the synthetic tests: read a file into owned events and damage, in file or timestamp order.

#![allow(dead_code)]

use std::io::Cursor;

use etw_core::{EventHeader, EventRef, ExtType, FileTime, Guid};
use etw_etl::{Damage, EtlReader, ReadCounts, TimeOrderReader};

/// An event copied out of its buffer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ev {
    pub header: EventHeader,
    pub utc: FileTime,
    pub related: Option<Guid>,
    pub ext: Vec<(ExtType, Vec<u8>)>,
    pub payload: Vec<u8>,
}

impl Ev {
    pub fn of(e: &EventRef<'_>) -> Ev {
        Ev {
            header: *e.header(),
            utc: e.timestamp(),
            related: e.related_activity_id(),
            ext: e.extended().iter().map(|i| (i.kind(), i.data().to_vec())).collect(),
            payload: e.payload().to_vec(),
        }
    }

    /// (file, buffer, record offset): where the record is.
    pub fn place(&self) -> (u32, u64, u32) {
        let l = self.header.location;
        (l.file, l.buffer, l.record_offset)
    }
}

/// What a reader handed out, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Item {
    Ev(Ev),
    Damage(Damage),
}

impl Item {
    pub fn ev(&self) -> Option<&Ev> {
        match self {
            Item::Ev(e) => Some(e),
            Item::Damage(_) => None,
        }
    }

    pub fn damage(&self) -> Option<&Damage> {
        match self {
            Item::Damage(d) => Some(d),
            Item::Ev(_) => None,
        }
    }
}

pub fn reader(bytes: &[u8]) -> EtlReader<Cursor<Vec<u8>>> {
    EtlReader::new(Cursor::new(bytes.to_vec())).unwrap_or_else(|e| panic!("logfile header rejected: {e}"))
}

/// Everything a file-order walk hands out, and the counts at the end.
pub fn file_order(bytes: &[u8]) -> (Vec<Item>, ReadCounts) {
    let mut r = reader(bytes);
    let mut out = Vec::new();
    while let Some(item) = r.next_event() {
        out.push(match item {
            Ok(e) => Item::Ev(Ev::of(&e)),
            Err(d) => Item::Damage(d),
        });
    }
    (out, r.counts())
}

/// Everything a timestamp-order merge of `files` hands out.
pub fn time_order(files: &[Vec<u8>]) -> (Vec<Item>, ReadCounts) {
    let readers = files.iter().map(|b| reader(b)).collect();
    let mut m = TimeOrderReader::new(readers);
    let mut out = Vec::new();
    while let Some(item) = m.next_event() {
        out.push(match item {
            Ok(e) => Item::Ev(Ev::of(&e)),
            Err(d) => Item::Damage(d),
        });
    }
    (out, m.counts())
}

pub fn events(items: &[Item]) -> Vec<Ev> {
    items.iter().filter_map(Item::ev).cloned().collect()
}

pub fn damages(items: &[Item]) -> Vec<Damage> {
    items.iter().filter_map(Item::damage).cloned().collect()
}
