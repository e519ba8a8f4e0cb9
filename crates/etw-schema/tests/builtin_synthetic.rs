//! The built-in source without the corpus: its tables are well formed, versions are matched as documented, and
//! in a registry a manifest the user gives wins over a built-in schema.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use etw_core::{Clock, EventDescriptor, EventHeader, EventRef, ExtendedItems, Guid, HeaderKind};
use etw_schema::sources::builtin::BuiltinSource;
use etw_schema::sources::manifest::ManifestSource;
use etw_schema::{Decoder, DecodingSource, SchemaRegistry, SchemaSource};

fn guid(name: &str) -> Guid {
    BuiltinSource::providers().find(|p| p.name == name).unwrap().guid
}

fn event<'a>(
    provider: Guid,
    id: u16,
    version: u8,
    kind: HeaderKind,
    payload: &'a [u8],
    clock: &'a Clock,
) -> EventRef<'a> {
    let header = EventHeader {
        kind,
        provider_id: provider,
        descriptor: EventDescriptor { id, version, ..EventDescriptor::default() },
        pointer_size: 8,
        ..EventHeader::default()
    };
    EventRef::new(header, ExtendedItems::NONE, payload, clock)
}

#[test]
fn every_table_is_sorted_and_every_schema_valid() {
    let mut source = BuiltinSource::new();
    let providers: Vec<_> = BuiltinSource::providers().collect();
    let names: Vec<&str> = providers.iter().map(|p| p.name).collect();
    for want in [
        "Microsoft-Windows-DotNETRuntime",
        "Microsoft-Windows-DotNETRuntimeRundown",
        "Microsoft-Windows-DotNETRuntimeStress",
        "Microsoft-Windows-DotNETRuntimePrivate",
        "Microsoft-Windows-Kernel-Process",
        "Microsoft-Windows-Kernel-File",
        "Microsoft-Windows-Kernel-Registry",
        "Microsoft-Windows-Kernel-Memory",
        "Microsoft-Windows-DNS-Client",
        "Microsoft-Windows-PowerShell",
        "Microsoft-Windows-WMI-Activity",
        "Microsoft-Windows-TCPIP",
        "Microsoft-Windows-Security-Auditing",
        "Microsoft-Windows-Threat-Intelligence",
    ] {
        assert!(names.contains(&want), "{want} in {names:?}");
    }
    for p in &providers {
        let events = BuiltinSource::events(&p.guid);
        assert_eq!(events.len(), p.events);
        assert!(events.windows(2).all(|w| w[0] < w[1]), "{}: sorted, no duplicates", p.name);
        for (id, version) in events {
            let s = source.schema(&p.guid, id, version).unwrap();
            s.validate().unwrap_or_else(|e| panic!("{} {id} v{version}: {e}", p.name));
            assert_eq!((s.descriptor.id, s.descriptor.version, s.source), (id, version, DecodingSource::BuiltIn));
            assert_eq!(s.provider_name.as_deref(), Some(p.name));
        }
    }
}

#[test]
fn threat_intelligence_events_are_sized_as_their_fields_say() {
    let ti = guid("Microsoft-Windows-Threat-Intelligence");
    assert_eq!(ti, Guid::parse_const("f4e1897c-bb5d-5668-f1d8-040f4d8dd344"));
    let mut source = BuiltinSource::new();
    // ALLOCVM (remote): caller 8 fields (4+8+8+1+1+1+4+8 = 35 bytes), target and original 6 each (4+8+8+1+1+1 =
    // 23 bytes), then two pointers and two u32s.
    let s = source.schema(&ti, 1, 0).unwrap();
    assert_eq!(s.top_level, 24);
    assert_eq!(&*s.properties[23].name, "ProtectionMask");
    let mut dec = Decoder::new();
    for (ptr, size) in [(8u8, 35 + 23 + 23 + 16 + 8), (4, 35 + 23 + 23 + 8 + 8)] {
        let payload = vec![0u8; size];
        let d = dec.decode(&s, &payload, ptr).unwrap();
        assert_eq!(d.trailing_bytes(), 0, "pointer size {ptr}");
    }
    // READVM: OperationStatus first.
    let s = source.schema(&ti, 11, 0).unwrap();
    assert_eq!((&*s.properties[0].name, &*s.properties[16].name), ("OperationStatus", "BytesCopied"));
    assert_eq!(BuiltinSource::events(&ti).len(), 26);
}

#[test]
fn dotnet_reads_newer_versions_with_the_highest_older_one_and_windows_providers_match_exactly() {
    let runtime = guid("Microsoft-Windows-DotNETRuntime");
    let mut source = BuiltinSource::new();
    // GCStart: versions 0 to 2 in the manifest.
    let v2 = source.schema(&runtime, 1, 2).unwrap();
    assert_eq!((v2.event_name.as_deref(), v2.descriptor.version), (Some("GCStart_V2"), 2));
    let v9 = source.schema(&runtime, 1, 9).unwrap();
    assert_eq!(v9.descriptor.version, 2);
    // The leading fields decode; what a newer version appended is left over.
    let payload = [0u8; 4 * 4 + 2 + 8 + 5];
    let mut dec = Decoder::new();
    assert_eq!(dec.decode(&v9, &payload, 8).unwrap().trailing_bytes(), 5);
    // An id the table lacks is not guessed from its neighbour.
    assert!(source.schema(&runtime, 2000, 0).is_none());

    let process = guid("Microsoft-Windows-Kernel-Process");
    let (id, newest) = *BuiltinSource::events(&process).iter().max_by_key(|(_, v)| *v).unwrap();
    assert!(source.schema(&process, id, newest).is_some());
    assert!(source.schema(&process, id, newest + 1).is_none(), "exact versions for Windows providers");
    assert!(source.schema(&Guid::parse_const("11111111-2222-3333-4444-555555555555"), 1, 0).is_none());
}

#[test]
fn lookups_take_event_header_records_only_and_a_users_manifest_wins() {
    let runtime = guid("Microsoft-Windows-DotNETRuntime");
    let clock = Clock::SYSTEM_TIME;
    let payload = [0u8; 8];
    let mut source = BuiltinSource::new();
    let ev = |kind| event(runtime, 1, 0, kind, &payload, &clock);
    assert_eq!(source.lookup(&ev(HeaderKind::EVENT_HEADER64)).unwrap().unwrap().event_name.as_deref(), Some("GCStart"));
    assert!(source.lookup(&ev(HeaderKind::FULL_HEADER64)).is_none());
    assert!(source.lookup(&ev(HeaderKind::SYSTEM64)).is_none());
    assert_eq!(source.provider_name(&runtime).as_deref(), Some("Microsoft-Windows-DotNETRuntime"));

    // A manifest of the user's for the same provider comes first in the registry, so its schema is used.
    let xml = format!(
        r#"<instrumentationManifest><instrumentation><events>
        <provider name="Users-Runtime" guid="{{{runtime}}}">
          <events><event value="1" version="0" symbol="Mine" template="T"/></events>
          <templates><template tid="T"><data name="X" inType="win:UInt64"/></template></templates>
        </provider></events></instrumentation></instrumentationManifest>"#
    );
    let mut mine = ManifestSource::new();
    mine.load_str(&xml, "mine.man").unwrap();
    let mut registry = SchemaRegistry::new();
    registry.add(Box::new(mine));
    registry.add(Box::new(BuiltinSource::new()));
    let s = registry.lookup(&ev(HeaderKind::EVENT_HEADER64)).unwrap();
    assert_eq!((s.event_name.as_deref(), s.source), (Some("Mine"), DecodingSource::Manifest));
    // Events the manifest lacks still come from the built-in table.
    let other = event(runtime, 2, 0, HeaderKind::EVENT_HEADER64, &payload, &clock);
    assert_eq!(registry.lookup(&other).unwrap().source, DecodingSource::BuiltIn);
}
