//! Matching TraceEvent's baseline events with ours and comparing their fields, for the kernel and EventMetadata
//! baseline tests.
//!
//! A baseline event is matched to ours by relative time (±1 µs: TraceEvent rounds a double), processor and
//! payload length, and by its task (checked by the caller); TraceEvent replaces the process and thread ids of
//! kernel events with ones from the payload, so those are not matched. When several of ours fit, the one whose
//! fields agree best is taken.
//!
//! Values are compared after `etw_testkit::baseline::normalise` (hex padded to 8 digits, as TraceEvent prints
//! its addresses and `HexInt32`s; numbers grouped with `,`; text cut to 20 characters) and two more rules:
//! - an integer may print in either base and either signedness: TraceEvent's parsers read many `uint32` fields
//!   into a C# `int` (`SessionID=-1`, `TimeDateStamp=-1,726,546,814`) and print some hex MOF fields in decimal
//!   (`ReadOffset=283,648`), so the integer is accepted in decimal (unsigned, or signed at its own width) or in hex;
//! - a FILETIME prints as TraceEvent does (`yy/MM/dd HH:mm:ss.fffffff`, cut);
//! - an array of structs is also listed as TraceEvent flattens it: member `M` of element `i` as `M_i`.

#![allow(dead_code)]

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use etw_core::EventRef;
use etw_etl::EtlReader;
use etw_schema::{write_json, Decoder, EventSchema, Value};
use etw_testkit::baseline::{self, BaselineEvent};

/// One property of ours, rendered.
#[derive(Clone, Debug)]
pub struct Prop {
    pub name: String,
    pub json: String,
    /// The value as an integer: (bits, width in bits).
    pub int: Option<(u64, u32)>,
    pub filetime: Option<i64>,
    /// True if the property has a value map.
    pub mapped: bool,
}

/// One event of ours that may be a baseline event.
#[derive(Clone, Debug)]
pub struct Candidate {
    pub provider: String,
    /// Process and thread ids from the header (-1 when none).
    pub pid: i64,
    pub tid: i64,
    pub task: String,
    pub event_name: String,
    pub props: Vec<Prop>,
}

fn render(v: &Value<'_>, p: &etw_schema::Property) -> Prop {
    let mut out = Vec::new();
    write_json(&mut out, v, Some(p));
    let int = match *v {
        Value::U8(x) => Some((u64::from(x), 8)),
        Value::I8(x) => Some((x as u8 as u64, 8)),
        Value::U16(x) => Some((u64::from(x), 16)),
        Value::I16(x) => Some((x as u16 as u64, 16)),
        Value::U32(x) => Some((u64::from(x), 32)),
        Value::I32(x) => Some((x as u32 as u64, 32)),
        Value::U64(x) | Value::Pointer(x) => Some((x, 64)),
        Value::I64(x) => Some((x as u64, 64)),
        _ => None,
    };
    let filetime = match *v {
        Value::FileTime(t) => Some(t.0),
        _ => None,
    };
    let mapped = matches!(p.ty, etw_schema::PropertyType::Simple { map: Some(_), .. });
    Prop { name: p.name.to_string(), json: String::from_utf8(out).unwrap(), int, filetime, mapped }
}

/// Our properties as TraceEvent lists them: an array of structs also as `Member_i` per element and member.
fn flatten(name: &str, v: &Value<'_>, p: &etw_schema::Property, out: &mut Vec<Prop>) {
    out.push(render(v, p));
    if let Value::Array(a) = v {
        for (i, element) in a.iter().enumerate() {
            if let Value::Struct(st) = element {
                for (m, mv) in st.members() {
                    out.push(Prop { name: format!("{}_{i}", m.name), ..render(&mv, m) });
                }
            }
        }
    }
    let _ = name;
}

/// Our events that could be `wanted[i]`, for every i: same processor and payload length, time within 1 µs.
/// `lookup` gives the schema of an event (or none).
pub fn candidates(
    path: &Path,
    wanted: &[BaselineEvent],
    mut lookup: impl FnMut(&EventRef<'_>) -> Option<Arc<EventSchema>>,
) -> Vec<Vec<Candidate>> {
    let mut index: HashMap<(u16, usize), Vec<(i64, usize)>> = HashMap::new();
    for (i, b) in wanted.iter().enumerate() {
        index.entry((b.processor, b.data_len)).or_default().push((b.micros, i));
    }
    let mut out = vec![Vec::new(); wanted.len()];
    let mut reader = EtlReader::open(path).unwrap();
    let clock = *reader.clock();
    let mut decoder = Decoder::new();
    reader.for_each(
        |ev| {
            let Some(slots) = index.get(&(ev.processor(), ev.payload().len())) else { return };
            let delta = (ev.timestamp_raw() - clock.reference_raw()) as f64;
            let micros = (delta * 1_000_000.0 / clock.ticks_per_second() as f64).round() as i64;
            let hits: Vec<usize> = slots.iter().filter(|(t, _)| (t - micros).abs() <= 1).map(|(_, i)| *i).collect();
            if hits.is_empty() {
                return;
            }
            let Some(schema) = lookup(ev) else { return };
            let Ok(decoded) = decoder.decode(&schema, ev.payload(), ev.pointer_size()) else { return };
            let mut props = Vec::new();
            for (p, v) in decoded.properties() {
                flatten(&p.name, &v, p, &mut props);
            }
            let id = |v: u32| if v == u32::MAX { -1 } else { i64::from(v) };
            let c = Candidate {
                provider: schema.provider_name.as_deref().unwrap_or("").to_owned(),
                pid: id(ev.process_id()),
                tid: id(ev.thread_id()),
                task: schema.task_name.as_deref().unwrap_or("").to_owned(),
                event_name: schema.display_name(),
                props,
            };
            for i in hits {
                out[i].push(c.clone());
            }
        },
        |d| panic!("{d}"),
    );
    out
}

/// True if TraceEvent's printed `expected` is our `p`, by the rules in the module docs.
pub fn same_value(expected: &str, p: &Prop) -> bool {
    if baseline::normalise(&p.json, 8) == expected {
        return true;
    }
    if let Some(t) = p.filetime {
        if baseline::time(t) == expected {
            return true;
        }
    }
    if let Some((bits, width)) = p.int {
        let signed = match width {
            8 => i128::from(bits as u8 as i8),
            16 => i128::from(bits as u16 as i16),
            32 => i128::from(bits as u32 as i32),
            _ => i128::from(bits as i64),
        };
        let forms = [
            baseline::cut(&baseline::grouped(i128::from(bits))),
            // A C# enum value with no name prints as a plain number.
            bits.to_string(),
            baseline::cut(&baseline::grouped(signed)),
            baseline::normalise(&format!("\"0x{bits:x}\""), 8),
        ];
        if forms.iter().any(|f| f == expected) {
            return true;
        }
    }
    false
}

/// NT path prefixes and their DOS forms, as TraceEvent learns them from a trace: its `SysConfigEx/VolumeMapping`
/// events (`\Device\HarddiskVolume1\` → `C:\`) and `SysConfigEx/SystemPaths` (`\Windows\` → the Windows
/// directory). Longest prefix first.
pub fn volume_mappings(path: &Path) -> Vec<(String, String)> {
    use etw_schema::sources::kernel::KernelMofSource;
    use etw_schema::SchemaSource;

    let mut source = KernelMofSource::new();
    let mut decoder = Decoder::new();
    let mut out = Vec::new();
    let mut reader = EtlReader::open(path).unwrap();
    reader.for_each(
        |ev| {
            let Some(Ok(schema)) = source.lookup(ev) else { return };
            let name = schema.event_name.as_deref().unwrap_or("");
            if name != "SysConfigEx/VolumeMapping" && name != "SysConfigEx/SystemPaths" {
                return;
            }
            let decoded = decoder.decode(&schema, ev.payload(), ev.pointer_size()).unwrap();
            let text = |i: usize| match decoded.value(i) {
                Some(Value::Utf16(s)) => s.to_string(),
                other => panic!("{other:?}"),
            };
            if name == "SysConfigEx/SystemPaths" {
                out.push(("\\Windows\\".to_owned(), text(1)));
            } else {
                out.push((text(0), text(1)));
            }
        },
        |d| panic!("{d}"),
    );
    out.sort_by_key(|(nt, _)| std::cmp::Reverse(nt.len()));
    out
}

/// `nt` with its longest mapped prefix replaced by the DOS form.
pub fn dos_path(nt: &str, mappings: &[(String, String)]) -> String {
    for (prefix, dos) in mappings {
        if nt.len() >= prefix.len()
            && nt.is_char_boundary(prefix.len())
            && nt[..prefix.len()].eq_ignore_ascii_case(prefix)
        {
            return format!("{dos}{}", &nt[prefix.len()..]);
        }
    }
    nt.to_owned()
}

/// A JSON string literal's text (our strings escape only `\` and `"` in the fields compared).
pub fn unquote(json: &str) -> String {
    json.trim_matches('"').replace("\\\\", "\\").replace("\\\"", "\"")
}
