//! Comparing schemas read from a binary with the schemas of its source manifest.

#![allow(dead_code)]

pub mod encode;
pub mod hive;

use std::collections::BTreeSet;
use std::path::PathBuf;

use etw_schema::{EventSchema, InType, OutType, PropertyType};

/// The out-type the message compiler writes for a `<data>` without `outType`: TDH's default for the in-type.
pub fn default_out(in_type: InType) -> OutType {
    match in_type {
        InType::UNICODE_STRING | InType::ANSI_STRING | InType::SID => OutType::STRING,
        InType::INT8 => OutType::BYTE,
        InType::UINT8 => OutType::UNSIGNED_BYTE,
        InType::INT16 => OutType::SHORT,
        InType::UINT16 => OutType::UNSIGNED_SHORT,
        InType::INT32 => OutType::INT,
        InType::UINT32 => OutType::UNSIGNED_INT,
        InType::INT64 => OutType::LONG,
        InType::UINT64 => OutType::UNSIGNED_LONG,
        InType::FLOAT => OutType::FLOAT,
        InType::DOUBLE => OutType::DOUBLE,
        InType::BOOLEAN => OutType::BOOLEAN,
        InType::BINARY => OutType::HEX_BINARY,
        InType::GUID => OutType::GUID,
        InType::POINTER | InType::HEXINT64 => OutType::HEXINT64,
        InType::HEXINT32 => OutType::HEXINT32,
        InType::FILETIME | InType::SYSTEMTIME => OutType::DATETIME,
        _ => OutType::NULL,
    }
}

/// The differences between a schema from a manifest and one from the binary built from it, as text (empty
/// when they agree). Event names are not compared: binaries do not carry a manifest's `symbol`.
pub fn differences(manifest: &EventSchema, binary: &EventSchema) -> Vec<String> {
    differences_with(manifest, binary, true)
}

/// As [`differences`]; keyword names are compared only when `keywords` is true.
pub fn differences_with(manifest: &EventSchema, binary: &EventSchema, keywords: bool) -> Vec<String> {
    let mut out = Vec::new();
    let key = format!("{} event {} v{}", manifest.provider_id, manifest.descriptor.id, manifest.descriptor.version);
    let mut check = |what: &str, a: String, b: String| {
        if a != b {
            out.push(format!("{key}: {what}: manifest {a} / binary {b}"));
        }
    };
    check("descriptor", format!("{:?}", manifest.descriptor), format!("{:?}", binary.descriptor));
    check("level name", format!("{:?}", manifest.level_name), format!("{:?}", binary.level_name));
    check("task name", format!("{:?}", manifest.task_name), format!("{:?}", binary.task_name));
    check("opcode name", format!("{:?}", manifest.opcode_name), format!("{:?}", binary.opcode_name));
    check("channel name", format!("{:?}", manifest.channel_name), format!("{:?}", binary.channel_name));
    let kw = |s: &EventSchema| s.keyword_names.iter().map(|k| k.to_string()).collect::<BTreeSet<_>>();
    if keywords {
        check("keyword names", format!("{:?}", kw(manifest)), format!("{:?}", kw(binary)));
    }
    check("message", format!("{:?}", manifest.message), format!("{:?}", binary.message));
    check("top-level count", manifest.top_level.to_string(), binary.top_level.to_string());
    check("property count", manifest.properties.len().to_string(), binary.properties.len().to_string());
    for (i, (a, b)) in manifest.properties.iter().zip(&binary.properties).enumerate() {
        let what = format!("property {i} '{}'", a.name);
        check(&format!("{what} name"), a.name.to_string(), b.name.to_string());
        check(&format!("{what} count"), format!("{:?}", a.count), format!("{:?}", b.count));
        check(&format!("{what} length"), format!("{:?}", a.length), format!("{:?}", b.length));
        match (&a.ty, &b.ty) {
            (
                PropertyType::Simple { in_type: ia, out_type: oa, map: ma },
                PropertyType::Simple { in_type: ib, out_type: ob, map: mb },
            ) => {
                check(&format!("{what} in-type"), ia.to_string(), ib.to_string());
                let oa = if *oa == OutType::NULL { default_out(*ia) } else { *oa };
                let ob = if *ob == OutType::NULL { default_out(*ib) } else { *ob };
                check(&format!("{what} out-type"), oa.to_string(), ob.to_string());
                check(&format!("{what} map"), format!("{ma:?}"), format!("{mb:?}"));
            }
            (x, y) => check(&format!("{what} kind"), format!("{x:?}"), format!("{y:?}")),
        }
    }
    out
}

/// The .NET runtime's `clretwrc.dll` (fetched by `scripts/test-binaries.sh`): `$ETWKIT_CLRETWRC`, else
/// `target/test-data/clretwrc.dll`. Missing: a skip, or a failure under CI.
pub fn clretwrc() -> Option<PathBuf> {
    let p = std::env::var_os("ETWKIT_CLRETWRC")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/test-data/clretwrc.dll"));
    if p.is_file() {
        return Some(p);
    }
    if etw_testkit::corpus::in_ci() {
        panic!("{} is missing (CI=true): run scripts/test-binaries.sh", p.display());
    }
    eprintln!("skipping: {} not found (run scripts/test-binaries.sh)", p.display());
    None
}
