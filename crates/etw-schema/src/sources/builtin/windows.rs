//! Built-in schemas of Windows providers that security and performance work enables most (the ones SilkETW and
//! Sealighter configurations name): Microsoft-Windows-Kernel-Process, -Kernel-File, -Kernel-Registry,
//! -Kernel-Memory, -DNS-Client, -PowerShell, -WMI-Activity, -TCPIP and -Security-Auditing.
//!
//! GENERATED FILE: do not edit. Made by `cargo run -p etw-schema --example builtin_tables` from the public
//! instrumentation manifests of these providers (as Windows registers them; the copies read are the ones
//! dissect.etl 3.14 ships, kept outside this repository in the test corpus, `corpus/manifests/dissect-etl-3.14`).
//! Only facts are taken: ids, versions, levels, tasks, opcodes, keywords and their names, field names, types,
//! lengths, counts and value maps; no message text. Each provider's `origin` names the manifest it came from.
//!
//! | provider | events (id and version) |
//! |---|---:|
//! | Microsoft-Windows-DNS-Client | 93 |
//! | Microsoft-Windows-Kernel-File | 39 |
//! | Microsoft-Windows-Kernel-Memory | 16 |
//! | Microsoft-Windows-Kernel-Process | 32 |
//! | Microsoft-Windows-Kernel-Registry | 45 |
//! | Microsoft-Windows-PowerShell | 188 |
//! | Microsoft-Windows-Security-Auditing | 443 |
//! | Microsoft-Windows-TCPIP | 392 |
//! | Microsoft-Windows-WMI-Activity | 22 |
//!
//! Left out, because the manifest's template cannot be used (so these stay undecoded, as they do with
//! `--manifests`):
//! - Microsoft-Windows-TCPIP: event 1114 version 0: template 'IpDadSuccessfulArgs': data 'IPv4Address': unknown inType 'win:IPAddrV4'
//! - Microsoft-Windows-TCPIP: event 1115 version 0: template 'IpDadFailedArgs': data 'IPv4Address': unknown inType 'win:IPAddrV4'
//! - Microsoft-Windows-TCPIP: event 1116 version 0: template 'IpDadFailedArgs': data 'IPv4Address': unknown inType 'win:IPAddrV4'
//! - Microsoft-Windows-TCPIP: event 1127 version 0: template 'IpDadFailedArgs': data 'IPv4Address': unknown inType 'win:IPAddrV4'
//! - Microsoft-Windows-TCPIP: event 1128 version 0: template 'IpDadFailedArgs': data 'IPv4Address': unknown inType 'win:IPAddrV4'
//! - Microsoft-Windows-TCPIP: event 1138 version 0: template 'IpDadFailedArgs': data 'IPv4Address': unknown inType 'win:IPAddrV4'
//! - Microsoft-Windows-TCPIP: event 1139 version 0: template 'IpDadFailedArgs': data 'IPv4Address': unknown inType 'win:IPAddrV4'
//! - Microsoft-Windows-TCPIP: event 1145 version 0: template 'IpRouteCreatedArgs': data 'IPv4NextHopAddress': unknown inType 'win:IPAddrV4'
//! - Microsoft-Windows-TCPIP: event 1146 version 0: template 'IpRouteCreatedArgs': data 'IPv4NextHopAddress': unknown inType 'win:IPAddrV4'
//! - Microsoft-Windows-TCPIP: event 1147 version 0: template 'IpRouteCreatedArgs': data 'IPv4NextHopAddress': unknown inType 'win:IPAddrV4'
//! - Microsoft-Windows-TCPIP: event 1148 version 0: template 'IpNeighborUnreachableArgs': data 'IPv4Address': unknown inType 'win:IPAddrV4'
//! - Microsoft-Windows-TCPIP: event 1149 version 0: template 'IpNeighborUnreachableArgs': data 'IPv4Address': unknown inType 'win:IPAddrV4'
//! - Microsoft-Windows-TCPIP: event 1202 version 0: template 'IpInterfaceRundownArgs': data 'IPv4Address': unknown inType 'win:IPAddrV4'
//! - Microsoft-Windows-TCPIP: event 1203 version 0: template 'IpInterfaceSpeedChangeArgs': data 'IPv4Address': unknown inType 'win:IPAddrV4'
//! - Microsoft-Windows-TCPIP: event 1205 version 0: template 'TcpipReceiveSlowPathArgs': data 'SourceIPv4Address': unknown inType 'win:IPAddrV4'
//! - Microsoft-Windows-TCPIP: event 1206 version 0: template 'TcpipSendSlowPathArgs': data 'SourceIPv4Address': unknown inType 'win:IPAddrV4'
//! - Microsoft-Windows-TCPIP: event 1215 version 0: template 'TcpipNetworkPacketDropsArgs': data 'SourceIPv4Address': unknown inType 'win:IPAddrV4'
//! - Microsoft-Windows-TCPIP: event 1313 version 0: template 'TcpipPlumbWakePatternOnInterfaceArgs': data 'IPv4Address': unknown inType 'win:IPAddrV4'
//! - Microsoft-Windows-TCPIP: event 1315 version 0: template 'TcpCreateNotificationChannelRequestProcessingArgs': data 'LocalIPv4Address': unknown inType 'win:IPAddrV4'
//! - Microsoft-Windows-TCPIP: event 1316 version 0: template 'task_0Args': data 'IPv4Address': unknown inType 'win:IPAddrV4'
//! - Microsoft-Windows-TCPIP: event 1340 version 0: template 'UdpCreateNotificationChannelRequestProcessingArgs': data 'LocalIPv4Address': unknown inType 'win:IPAddrV4'
//!
//! In-types used (TDH's numbers): 1 win:UnicodeString, 2 win:AnsiString, 4 win:UInt8, 6 win:UInt16, 7 win:Int32, 8 win:UInt32, 9 win:Int64, 10 win:UInt64, 14 win:Binary, 15 win:GUID, 16 win:Pointer, 17 win:FILETIME, 19 win:SID, 20 win:HexInt32, 21 win:HexInt64.
//! Out-types used: 0 xs:null.
//!
//! Rows refer to each other by index and to strings by `S(byte offset, length)` in `STRINGS` (see
//! `table.rs`); each row's comment names what it holds.

use crate::model::{Count, Length};
use etw_core::Guid;

use super::table::{e, p, EventRow, MapRow, PropertyRow, ProviderRow, Tables, TemplateRow, NONE, S};

/// The tables of this module.
pub(super) const TABLES: Tables = Tables {
    strings: STRINGS,
    providers: PROVIDERS,
    events: EVENTS,
    templates: TEMPLATES,
    properties: PROPERTIES,
    maps: MAPS,
    map_entries: MAP_ENTRIES,
    keywords: KEYWORDS,
};

const PROVIDERS: &[ProviderRow] = &[
    ProviderRow {
        guid: Guid::parse_const("22fb2cd6-0e7b-422b-a0c7-2fad1fd0e716"),
        name: S(1756, 32), // Microsoft-Windows-Kernel-Process
        origin: S(1788, 71), // manifest {22fb2cd6-0e7b-422b-a0c7-2fad1fd0e716}.xml of disse...
        appends_only: false,
        first: 0,
        count: 32,
    },
    ProviderRow {
        guid: Guid::parse_const("edd08927-9cc4-4e65-b970-c2560fb5c289"),
        name: S(2683, 29), // Microsoft-Windows-Kernel-File
        origin: S(2712, 71), // manifest {edd08927-9cc4-4e65-b970-c2560fb5c289}.xml of disse...
        appends_only: false,
        first: 32,
        count: 39,
    },
    ProviderRow {
        guid: Guid::parse_const("70eb4f03-c1de-4f73-a051-33d13d5413bd"),
        name: S(6647, 33), // Microsoft-Windows-Kernel-Registry
        origin: S(6680, 71), // manifest {70eb4f03-c1de-4f73-a051-33d13d5413bd}.xml of disse...
        appends_only: false,
        first: 71,
        count: 45,
    },
    ProviderRow {
        guid: Guid::parse_const("d1d93ef7-e1f2-4f45-9943-03d245fe6c00"),
        name: S(7505, 31), // Microsoft-Windows-Kernel-Memory
        origin: S(7536, 71), // manifest {d1d93ef7-e1f2-4f45-9943-03d245fe6c00}.xml of disse...
        appends_only: false,
        first: 116,
        count: 16,
    },
    ProviderRow {
        guid: Guid::parse_const("1c95126e-7eea-49a9-a3fe-a378b03ddb4d"),
        name: S(10002, 28), // Microsoft-Windows-DNS-Client
        origin: S(10030, 71), // manifest {1c95126e-7eea-49a9-a3fe-a378b03ddb4d}.xml of disse...
        appends_only: false,
        first: 132,
        count: 93,
    },
    ProviderRow {
        guid: Guid::parse_const("a0c1853b-5c40-4b15-8766-3cf1c58f985a"),
        name: S(20861, 28), // Microsoft-Windows-PowerShell
        origin: S(20889, 71), // manifest {a0c1853b-5c40-4b15-8766-3cf1c58f985a}.xml of disse...
        appends_only: false,
        first: 225,
        count: 188,
    },
    ProviderRow {
        guid: Guid::parse_const("1418ef04-b0b4-4623-bf7e-d74ab47bbdaa"),
        name: S(21472, 30), // Microsoft-Windows-WMI-Activity
        origin: S(21502, 71), // manifest {1418ef04-b0b4-4623-bf7e-d74ab47bbdaa}.xml of disse...
        appends_only: false,
        first: 413,
        count: 22,
    },
    ProviderRow {
        guid: Guid::parse_const("2f07e2ee-15db-40f1-90ef-9d7ba282188a"),
        name: S(42433, 23), // Microsoft-Windows-TCPIP
        origin: S(42456, 71), // manifest {2f07e2ee-15db-40f1-90ef-9d7ba282188a}.xml of disse...
        appends_only: false,
        first: 435,
        count: 392,
    },
    ProviderRow {
        guid: Guid::parse_const("54849625-5478-4994-a5ba-3e3b0328c30d"),
        name: S(54532, 35), // Microsoft-Windows-Security-Auditing
        origin: S(54567, 71), // manifest {54849625-5478-4994-a5ba-3e3b0328c30d}.xml of disse...
        appends_only: false,
        first: 827,
        count: 443,
    },
];

const EVENTS: &[EventRow] = &[
    // Microsoft-Windows-Kernel-Process
    e(1, 0, [0, 4, 1], 1, 0x10, [S(0, 12), S(0, 12), S(12, 5), S(17, 11), S(0, 0)], (0, 1), 0), // ProcessStart
    e(1, 1, [0, 4, 1], 1, 0x10, [S(104, 15), S(0, 12), S(12, 5), S(17, 11), S(0, 0)], (0, 1), 1), // ProcessStart_V1
    e(1, 2, [0, 4, 1], 1, 0x10, [S(124, 15), S(0, 12), S(12, 5), S(17, 11), S(0, 0)], (0, 1), 2), // ProcessStart_V2
    e(2, 0, [0, 4, 2], 2, 0x10, [S(200, 11), S(200, 11), S(211, 4), S(17, 11), S(0, 0)], (0, 1), 3), // ProcessStop
    e(2, 1, [0, 4, 2], 2, 0x10, [S(282, 14), S(200, 11), S(211, 4), S(17, 11), S(0, 0)], (0, 1), 4), // ProcessStop_V1
    e(3, 0, [0, 4, 1], 3, 0x20, [S(403, 11), S(403, 11), S(12, 5), S(17, 11), S(0, 0)], (1, 1), 5), // ThreadStart
    e(3, 1, [0, 4, 1], 3, 0x20, [S(521, 14), S(403, 11), S(12, 5), S(17, 11), S(0, 0)], (1, 1), 6), // ThreadStart_V1
    e(4, 0, [0, 4, 2], 4, 0x20, [S(548, 10), S(548, 10), S(211, 4), S(17, 11), S(0, 0)], (1, 1), 5), // ThreadStop
    e(4, 1, [0, 4, 2], 4, 0x20, [S(558, 13), S(548, 10), S(211, 4), S(17, 11), S(0, 0)], (1, 1), 7), // ThreadStop_V1
    e(5, 0, [0, 4, 0], 5, 0x40, [S(580, 9), S(580, 9), S(0, 0), S(17, 11), S(0, 0)], (2, 1), 8), // ImageLoad
    e(6, 0, [0, 4, 0], 6, 0x40, [S(653, 11), S(653, 11), S(0, 0), S(17, 11), S(0, 0)], (2, 1), 8), // ImageUnload
    e(7, 0, [0, 4, 0], 7, 0x80, [S(664, 21), S(664, 21), S(0, 0), S(17, 11), S(0, 0)], (3, 1), 9), // CpuBasePriorityChange
    e(8, 0, [0, 4, 0], 8, 0x80, [S(736, 17), S(736, 17), S(0, 0), S(17, 11), S(0, 0)], (3, 1), 9), // CpuPriorityChange
    e(9, 0, [0, 4, 0], 9, 0x100, [S(753, 18), S(753, 18), S(0, 0), S(17, 11), S(0, 0)], (4, 1), 9), // PagePriorityChange
    e(10, 0, [0, 4, 0], 10, 0x100, [S(802, 16), S(802, 16), S(0, 0), S(17, 11), S(0, 0)], (4, 1), 9), // IoPriorityChange
    e(11, 0, [0, 4, 1], 11, 0x200, [S(818, 18), S(836, 13), S(12, 5), S(17, 11), S(0, 0)], (5, 1), 10), // ProcessFreezeStart
    e(11, 1, [0, 4, 1], 11, 0x200, [S(895, 21), S(836, 13), S(12, 5), S(17, 11), S(0, 0)], (5, 1), 11), // ProcessFreezeStart_V1
    e(12, 0, [0, 4, 2], 11, 0x200, [S(916, 17), S(836, 13), S(211, 4), S(17, 11), S(0, 0)], (5, 1), 10), // ProcessFreezeStop
    e(12, 1, [0, 4, 2], 11, 0x200, [S(933, 20), S(836, 13), S(211, 4), S(17, 11), S(0, 0)], (5, 1), 11), // ProcessFreezeStop_V1
    e(13, 0, [0, 4, 1], 13, 0x400, [S(953, 8), S(953, 8), S(12, 5), S(17, 11), S(0, 0)], (6, 1), 12), // JobStart
    e(14, 0, [0, 4, 2], 14, 0x400, [S(1007, 16), S(1023, 12), S(211, 4), S(17, 11), S(0, 0)], (6, 1), 12), // JobTerminateStop
    e(15, 0, [0, 4, 0], 15, 0x10, [S(1035, 14), S(1035, 14), S(0, 0), S(17, 11), S(0, 0)], (0, 1), 13), // ProcessRundown
    e(16, 0, [0, 4, 0], 0, 0x800, [S(1070, 6), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (7, 1), NONE), // task_0
    e(17, 0, [0, 4, 1], 16, 0x1000, [S(1125, 24), S(1149, 19), S(12, 5), S(17, 11), S(0, 0)], (8, 1), 14), // PsDiskIoAttributionStart
    e(18, 0, [0, 4, 2], 16, 0x1000, [S(1208, 23), S(1149, 19), S(211, 4), S(17, 11), S(0, 0)], (8, 1), 14), // PsDiskIoAttributionStop
    e(19, 0, [0, 4, 1], 17, 0x1000, [S(1231, 20), S(1251, 15), S(12, 5), S(17, 11), S(0, 0)], (8, 1), 15), // PsIoRateControlStart
    e(19, 1, [0, 4, 1], 17, 0x1000, [S(1308, 23), S(1251, 15), S(12, 5), S(17, 11), S(0, 0)], (8, 1), 16), // PsIoRateControlStart_V1
    e(19, 2, [0, 4, 1], 17, 0x1000, [S(1524, 23), S(1251, 15), S(12, 5), S(17, 11), S(0, 0)], (8, 1), 17), // PsIoRateControlStart_V2
    e(20, 0, [0, 4, 2], 17, 0x1000, [S(1592, 19), S(1251, 15), S(211, 4), S(17, 11), S(0, 0)], (8, 1), 15), // PsIoRateControlStop
    e(20, 1, [0, 4, 2], 17, 0x1000, [S(1611, 22), S(1251, 15), S(211, 4), S(17, 11), S(0, 0)], (8, 1), 16), // PsIoRateControlStop_V1
    e(20, 2, [0, 4, 2], 17, 0x1000, [S(1633, 22), S(1251, 15), S(211, 4), S(17, 11), S(0, 0)], (8, 1), 17), // PsIoRateControlStop_V2
    e(21, 0, [0, 4, 0], 18, 0x2000, [S(1655, 24), S(1655, 24), S(0, 0), S(17, 11), S(0, 0)], (9, 1), 18), // ThreadWorkOnBehalfUpdate
    // Microsoft-Windows-Kernel-File
    e(10, 0, [0, 4, 0], 10, 0x10, [S(1859, 10), S(1859, 10), S(0, 0), S(17, 11), S(0, 0)], (10, 1), 19), // NameCreate
    e(11, 0, [0, 4, 0], 11, 0x10, [S(1912, 10), S(1912, 10), S(0, 0), S(17, 11), S(0, 0)], (10, 1), 19), // NameDelete
    e(12, 0, [0, 4, 0], 12, 0xa0, [S(1922, 6), S(1922, 6), S(0, 0), S(17, 11), S(0, 0)], (11, 2), 20), // Create
    e(12, 1, [0, 4, 0], 12, 0xa0, [S(2041, 9), S(1922, 6), S(0, 0), S(17, 11), S(0, 0)], (11, 2), 21), // Create_V1
    e(13, 0, [0, 4, 0], 13, 0x20, [S(2065, 7), S(2065, 7), S(0, 0), S(17, 11), S(0, 0)], (13, 1), 22), // Cleanup
    e(13, 1, [0, 4, 0], 13, 0x20, [S(2072, 10), S(2065, 7), S(0, 0), S(17, 11), S(0, 0)], (13, 1), 23), // Cleanup_V1
    e(14, 0, [0, 4, 0], 14, 0x20, [S(2082, 5), S(2082, 5), S(0, 0), S(17, 11), S(0, 0)], (13, 1), 22), // Close
    e(14, 1, [0, 4, 0], 14, 0x20, [S(2087, 8), S(2082, 5), S(0, 0), S(17, 11), S(0, 0)], (13, 1), 23), // Close_V1
    e(15, 0, [0, 4, 0], 15, 0x120, [S(2095, 4), S(2095, 4), S(0, 0), S(17, 11), S(0, 0)], (14, 2), 24), // Read
    e(15, 1, [0, 4, 0], 15, 0x120, [S(2146, 7), S(2095, 4), S(0, 0), S(17, 11), S(0, 0)], (14, 2), 25), // Read_V1
    e(16, 0, [0, 4, 0], 16, 0x220, [S(2163, 5), S(2163, 5), S(0, 0), S(17, 11), S(0, 0)], (16, 2), 24), // Write
    e(16, 1, [0, 4, 0], 16, 0x220, [S(2193, 8), S(2163, 5), S(0, 0), S(17, 11), S(0, 0)], (16, 2), 25), // Write_V1
    e(17, 0, [0, 4, 0], 17, 0x20, [S(2201, 14), S(2201, 14), S(0, 0), S(17, 11), S(0, 0)], (13, 1), 26), // SetInformation
    e(17, 1, [0, 4, 0], 17, 0x20, [S(2240, 17), S(2201, 14), S(0, 0), S(17, 11), S(0, 0)], (13, 1), 27), // SetInformation_V1
    e(18, 0, [0, 4, 0], 18, 0x20, [S(2257, 9), S(2257, 9), S(0, 0), S(17, 11), S(0, 0)], (13, 1), 26), // SetDelete
    e(18, 1, [0, 4, 0], 18, 0x20, [S(2266, 12), S(2257, 9), S(0, 0), S(17, 11), S(0, 0)], (13, 1), 27), // SetDelete_V1
    e(19, 0, [0, 4, 0], 19, 0x20, [S(2278, 6), S(2278, 6), S(0, 0), S(17, 11), S(0, 0)], (13, 1), 26), // Rename
    e(19, 1, [0, 4, 0], 19, 0x20, [S(2284, 9), S(2278, 6), S(0, 0), S(17, 11), S(0, 0)], (13, 1), 27), // Rename_V1
    e(20, 0, [0, 4, 0], 20, 0x20, [S(2293, 7), S(2293, 7), S(0, 0), S(17, 11), S(0, 0)], (13, 1), 28), // DirEnum
    e(20, 1, [0, 4, 0], 20, 0x20, [S(2315, 10), S(2293, 7), S(0, 0), S(17, 11), S(0, 0)], (13, 1), 29), // DirEnum_V1
    e(21, 0, [0, 4, 0], 21, 0x20, [S(2325, 5), S(2325, 5), S(0, 0), S(17, 11), S(0, 0)], (13, 1), 22), // Flush
    e(21, 1, [0, 4, 0], 21, 0x20, [S(2330, 8), S(2325, 5), S(0, 0), S(17, 11), S(0, 0)], (13, 1), 23), // Flush_V1
    e(22, 0, [0, 4, 0], 22, 0x20, [S(2338, 16), S(2338, 16), S(0, 0), S(17, 11), S(0, 0)], (13, 1), 26), // QueryInformation
    e(22, 1, [0, 4, 0], 22, 0x20, [S(2354, 19), S(2338, 16), S(0, 0), S(17, 11), S(0, 0)], (13, 1), 27), // QueryInformation_V1
    e(23, 0, [0, 4, 0], 23, 0x20, [S(2373, 5), S(2373, 5), S(0, 0), S(17, 11), S(0, 0)], (13, 1), 26), // FSCTL
    e(23, 1, [0, 4, 0], 23, 0x20, [S(2378, 8), S(2373, 5), S(0, 0), S(17, 11), S(0, 0)], (13, 1), 27), // FSCTL_V1
    e(24, 0, [0, 4, 0], 24, 0x60, [S(2386, 12), S(2386, 12), S(0, 0), S(17, 11), S(0, 0)], (18, 2), 30), // OperationEnd
    e(25, 0, [0, 4, 0], 25, 0x20, [S(2430, 9), S(2430, 9), S(0, 0), S(17, 11), S(0, 0)], (13, 1), 28), // DirNotify
    e(25, 1, [0, 4, 0], 25, 0x20, [S(2439, 12), S(2430, 9), S(0, 0), S(17, 11), S(0, 0)], (13, 1), 29), // DirNotify_V1
    e(26, 0, [0, 4, 0], 26, 0x400, [S(2451, 10), S(2451, 10), S(0, 0), S(17, 11), S(0, 0)], (20, 1), 31), // DeletePath
    e(26, 1, [0, 4, 0], 26, 0x400, [S(2500, 13), S(2451, 10), S(0, 0), S(17, 11), S(0, 0)], (20, 1), 32), // DeletePath_V1
    e(27, 0, [0, 4, 0], 27, 0x800, [S(2513, 10), S(2513, 10), S(0, 0), S(17, 11), S(0, 0)], (21, 1), 31), // RenamePath
    e(27, 1, [0, 4, 0], 27, 0x800, [S(2562, 13), S(2513, 10), S(0, 0), S(17, 11), S(0, 0)], (21, 1), 32), // RenamePath_V1
    e(28, 0, [0, 4, 0], 28, 0x800, [S(2575, 11), S(2575, 11), S(0, 0), S(17, 11), S(0, 0)], (21, 1), 31), // SetLinkPath
    e(28, 1, [0, 4, 0], 28, 0x800, [S(2586, 14), S(2575, 11), S(0, 0), S(17, 11), S(0, 0)], (21, 1), 32), // SetLinkPath_V1
    e(29, 0, [0, 4, 0], 19, 0x20, [S(2600, 8), S(2278, 6), S(0, 0), S(17, 11), S(0, 0)], (13, 1), 26), // Rename29
    e(29, 1, [0, 4, 0], 19, 0x20, [S(2608, 11), S(2278, 6), S(0, 0), S(17, 11), S(0, 0)], (13, 1), 27), // Rename29_V1
    e(30, 0, [0, 4, 0], 30, 0x1000, [S(2619, 13), S(2619, 13), S(0, 0), S(17, 11), S(0, 0)], (22, 1), 20), // CreateNewFile
    e(30, 1, [0, 4, 0], 30, 0x1000, [S(2667, 16), S(2619, 13), S(0, 0), S(17, 11), S(0, 0)], (22, 1), 21), // CreateNewFile_V1
    // Microsoft-Windows-Kernel-Registry
    e(1, 0, [0, 4, 32], 0, 0x1000, [S(2783, 15), S(1070, 6), S(2798, 9), S(17, 11), S(0, 0)], (23, 1), 33), // task_0CreateKey
    e(2, 0, [0, 4, 33], 0, 0x2000, [S(2857, 13), S(1070, 6), S(2870, 7), S(17, 11), S(0, 0)], (24, 1), 33), // task_0OpenKey
    e(3, 0, [0, 4, 34], 0, 0x4000, [S(2877, 15), S(1070, 6), S(2892, 9), S(17, 11), S(0, 0)], (25, 1), 34), // task_0DeleteKey
    e(4, 0, [0, 4, 35], 0, 0x8000, [S(2908, 14), S(1070, 6), S(2922, 8), S(17, 11), S(0, 0)], (26, 1), 35), // task_0QueryKey
    e(5, 0, [0, 4, 36], 0, 0x100, [S(2966, 17), S(1070, 6), S(2983, 11), S(17, 11), S(0, 0)], (27, 1), 36), // task_0SetValueKey
    e(6, 0, [0, 4, 37], 0, 0x200, [S(3075, 20), S(1070, 6), S(3095, 14), S(17, 11), S(0, 0)], (28, 1), 37), // task_0DeleteValueKey
    e(7, 0, [0, 4, 38], 0, 0x400, [S(3109, 19), S(1070, 6), S(3128, 13), S(17, 11), S(0, 0)], (29, 1), 38), // task_0QueryValueKey
    e(8, 0, [0, 4, 39], 0, 0x800, [S(3141, 18), S(1070, 6), S(3159, 12), S(17, 11), S(0, 0)], (30, 1), 39), // task_0EnumerateKey
    e(9, 0, [0, 4, 40], 0, 0x10, [S(3176, 23), S(1070, 6), S(3199, 17), S(17, 11), S(0, 0)], (31, 1), 39), // task_0EnumerateValueKey
    e(10, 0, [0, 4, 41], 0, 0x20, [S(3216, 27), S(1070, 6), S(3243, 21), S(17, 11), S(0, 0)], (32, 1), 40), // task_0QueryMultipleValueKey
    e(11, 0, [0, 4, 42], 0, 0x40, [S(3274, 23), S(1070, 6), S(3297, 17), S(17, 11), S(0, 0)], (33, 1), 35), // task_0SetInformationKey
    e(12, 0, [0, 4, 43], 0, 0x80, [S(3314, 14), S(1070, 6), S(3328, 8), S(17, 11), S(0, 0)], (34, 1), 34), // task_0FlushKey
    e(13, 0, [0, 4, 44], 0, 0x1, [S(3336, 14), S(1070, 6), S(3350, 8), S(17, 11), S(0, 0)], (35, 1), 34), // task_0CloseKey
    e(14, 0, [0, 4, 45], 0, 0x2, [S(3358, 22), S(1070, 6), S(3380, 16), S(17, 11), S(0, 0)], (36, 1), 34), // task_0QuerySecurityKey
    e(15, 0, [0, 4, 46], 0, 0x4, [S(3396, 20), S(1070, 6), S(3416, 14), S(17, 11), S(0, 0)], (37, 1), 34), // task_0SetSecurityKey
    e(16, 0, [0, 4, 1], 1, 0x0, [S(3430, 75), S(3505, 70), S(12, 5), S(17, 11), S(0, 0)], (38, 0), NONE), // Thisgroupofeventstrackstheperformanceofmountinghivesfromexis...
    e(17, 0, [0, 4, 10], 1, 0x0, [S(3575, 103), S(3505, 70), S(3678, 33), S(17, 11), S(0, 0)], (38, 0), 41), // Thisgroupofeventstrackstheperformanceofmountinghivesfromexis...
    e(18, 0, [0, 4, 11], 1, 0x0, [S(3731, 103), S(3505, 70), S(3834, 33), S(17, 11), S(0, 0)], (38, 0), 42), // Thisgroupofeventstrackstheperformanceofmountinghivesfromexis...
    e(19, 0, [0, 4, 2], 1, 0x0, [S(3895, 74), S(3505, 70), S(211, 4), S(17, 11), S(0, 0)], (38, 0), 43), // Thisgroupofeventstrackstheperformanceofmountinghivesfromexis...
    e(20, 0, [0, 4, 1], 2, 0x0, [S(3969, 59), S(4028, 54), S(12, 5), S(17, 11), S(0, 0)], (38, 0), 44), // Thisgroupofeventstrackstheperformanceofunloadinghives.Start
    e(21, 0, [0, 4, 2], 2, 0x0, [S(4096, 58), S(4028, 54), S(211, 4), S(17, 11), S(0, 0)], (38, 0), 43), // Thisgroupofeventstrackstheperformanceofunloadinghives.Stop
    e(22, 0, [0, 4, 1], 3, 0x0, [S(4154, 58), S(4212, 53), S(12, 5), S(17, 11), S(0, 0)], (38, 0), 45), // Thisgroupofeventstrackstheperformanceofflushinghives.Start
    e(23, 0, [0, 4, 10], 3, 0x0, [S(4275, 90), S(4212, 53), S(4365, 37), S(17, 11), S(0, 0)], (38, 0), NONE), // Thisgroupofeventstrackstheperformanceofflushinghives.RegPerf...
    e(24, 0, [0, 4, 11], 3, 0x0, [S(4402, 86), S(4212, 53), S(4488, 33), S(17, 11), S(0, 0)], (38, 0), 46), // Thisgroupofeventstrackstheperformanceofflushinghives.RegPerf...
    e(25, 0, [0, 4, 12], 3, 0x0, [S(4534, 90), S(4212, 53), S(4624, 37), S(17, 11), S(0, 0)], (38, 0), 46), // Thisgroupofeventstrackstheperformanceofflushinghives.RegPerf...
    e(26, 0, [0, 4, 13], 3, 0x0, [S(4661, 83), S(4212, 53), S(4744, 30), S(17, 11), S(0, 0)], (38, 0), 47), // Thisgroupofeventstrackstheperformanceofflushinghives.RegPerf...
    e(27, 0, [0, 4, 14], 3, 0x0, [S(4798, 87), S(4212, 53), S(4885, 34), S(17, 11), S(0, 0)], (38, 0), 47), // Thisgroupofeventstrackstheperformanceofflushinghives.RegPerf...
    e(28, 0, [0, 4, 15], 3, 0x0, [S(4919, 91), S(4212, 53), S(5010, 38), S(17, 11), S(0, 0)], (38, 0), NONE), // Thisgroupofeventstrackstheperformanceofflushinghives.RegPerf...
    e(29, 0, [0, 4, 16], 3, 0x0, [S(5048, 89), S(4212, 53), S(5137, 36), S(17, 11), S(0, 0)], (38, 0), NONE), // Thisgroupofeventstrackstheperformanceofflushinghives.RegPerf...
    e(30, 0, [0, 4, 17], 3, 0x0, [S(5173, 90), S(4212, 53), S(5263, 37), S(17, 11), S(0, 0)], (38, 0), NONE), // Thisgroupofeventstrackstheperformanceofflushinghives.RegPerf...
    e(31, 0, [0, 4, 2], 3, 0x0, [S(5300, 57), S(4212, 53), S(211, 4), S(17, 11), S(0, 0)], (38, 0), 43), // Thisgroupofeventstrackstheperformanceofflushinghives.Stop
    e(32, 0, [0, 4, 1], 4, 0x0, [S(5357, 61), S(5418, 56), S(12, 5), S(17, 11), S(0, 0)], (38, 0), NONE), // Thisgroupofeventstrackstheperformanceofregistryshutdown.Star...
    e(33, 0, [0, 4, 1], 4, 0x0, [S(5474, 63), S(5418, 56), S(12, 5), S(17, 11), S(0, 0)], (38, 0), NONE), // Thisgroupofeventstrackstheperformanceofregistryshutdown.Star...
    e(34, 0, [0, 4, 11], 4, 0x0, [S(5537, 83), S(5418, 56), S(5620, 27), S(17, 11), S(0, 0)], (38, 0), NONE), // Thisgroupofeventstrackstheperformanceofregistryshutdown.RegP...
    e(35, 0, [0, 4, 12], 4, 0x0, [S(5647, 82), S(5418, 56), S(5729, 26), S(17, 11), S(0, 0)], (38, 0), NONE), // Thisgroupofeventstrackstheperformanceofregistryshutdown.RegP...
    e(36, 0, [0, 4, 2], 4, 0x0, [S(5755, 60), S(5418, 56), S(211, 4), S(17, 11), S(0, 0)], (38, 0), NONE), // Thisgroupofeventstrackstheperformanceofregistryshutdown.Stop
    e(37, 0, [0, 4, 1], 5, 0x0, [S(5815, 57), S(5872, 52), S(12, 5), S(17, 11), S(0, 0)], (38, 0), 48), // Thisgroupofeventstrackstheperformanceofloadinghives.Start
    e(38, 0, [0, 4, 2], 5, 0x0, [S(5934, 56), S(5872, 52), S(211, 4), S(17, 11), S(0, 0)], (38, 0), 43), // Thisgroupofeventstrackstheperformanceofloadinghives.Stop
    e(39, 0, [0, 4, 1], 6, 0x0, [S(5990, 59), S(6049, 54), S(12, 5), S(17, 11), S(0, 0)], (38, 0), 48), // Thisgroupofeventstrackstheperformanceofrestoringhives.Start
    e(40, 0, [0, 4, 2], 6, 0x0, [S(6103, 58), S(6049, 54), S(211, 4), S(17, 11), S(0, 0)], (38, 0), 43), // Thisgroupofeventstrackstheperformanceofrestoringhives.Stop
    e(41, 0, [0, 4, 1], 7, 0x0, [S(6161, 59), S(6220, 54), S(12, 5), S(17, 11), S(0, 0)], (38, 0), 49), // Thisgroupofeventstrackstheperformanceofexportinghives.Start
    e(42, 0, [0, 4, 10], 7, 0x0, [S(6287, 77), S(6220, 54), S(6364, 23), S(17, 11), S(0, 0)], (38, 0), NONE), // Thisgroupofeventstrackstheperformanceofexportinghives.RegPer...
    e(43, 0, [0, 4, 11], 7, 0x0, [S(6387, 77), S(6220, 54), S(6464, 23), S(17, 11), S(0, 0)], (38, 0), NONE), // Thisgroupofeventstrackstheperformanceofexportinghives.RegPer...
    e(44, 0, [0, 4, 12], 7, 0x0, [S(6487, 78), S(6220, 54), S(6565, 24), S(17, 11), S(0, 0)], (38, 0), NONE), // Thisgroupofeventstrackstheperformanceofexportinghives.RegPer...
    e(45, 0, [0, 4, 2], 7, 0x0, [S(6589, 58), S(6220, 54), S(211, 4), S(17, 11), S(0, 0)], (38, 0), 43), // Thisgroupofeventstrackstheperformanceofexportinghives.Stop
    // Microsoft-Windows-Kernel-Memory
    e(1, 1, [0, 4, 0], 1, 0x20, [S(6751, 10), S(6761, 7), S(0, 0), S(17, 11), S(0, 0)], (38, 1), 50), // MemInfo_V1
    e(2, 0, [0, 4, 0], 2, 0x40, [S(7015, 9), S(7015, 9), S(0, 0), S(17, 11), S(0, 0)], (39, 1), 51), // MemInfoWS
    e(2, 1, [0, 4, 0], 2, 0x40, [S(7070, 12), S(7015, 9), S(0, 0), S(17, 11), S(0, 0)], (39, 1), 51), // MemInfoWS_V1
    e(2, 2, [0, 4, 0], 2, 0x40, [S(7082, 12), S(7015, 9), S(0, 0), S(17, 11), S(0, 0)], (39, 1), 51), // MemInfoWS_V2
    e(3, 0, [0, 4, 0], 3, 0x40, [S(7094, 16), S(7094, 16), S(0, 0), S(17, 11), S(0, 0)], (39, 1), 52), // MemInfoSessionWS
    e(3, 1, [0, 4, 0], 3, 0x40, [S(7129, 19), S(7094, 16), S(0, 0), S(17, 11), S(0, 0)], (39, 1), 52), // MemInfoSessionWS_V1
    e(3, 2, [0, 4, 0], 3, 0x40, [S(7148, 19), S(7094, 16), S(0, 0), S(17, 11), S(0, 0)], (39, 1), 52), // MemInfoSessionWS_V2
    e(4, 0, [0, 4, 1], 4, 0x80, [S(7167, 22), S(7189, 17), S(12, 5), S(17, 11), S(0, 0)], (40, 1), 53), // WorkingSetOutSwapStart
    e(4, 1, [0, 4, 1], 4, 0x80, [S(7241, 25), S(7189, 17), S(12, 5), S(17, 11), S(0, 0)], (40, 1), 54), // WorkingSetOutSwapStart_V1
    e(5, 0, [0, 4, 2], 4, 0x80, [S(7266, 21), S(7189, 17), S(211, 4), S(17, 11), S(0, 0)], (40, 1), 55), // WorkingSetOutSwapStop
    e(5, 1, [0, 4, 2], 4, 0x80, [S(7301, 24), S(7189, 17), S(211, 4), S(17, 11), S(0, 0)], (40, 1), 56), // WorkingSetOutSwapStop_V1
    e(6, 0, [0, 4, 1], 5, 0x80, [S(7392, 21), S(7413, 16), S(12, 5), S(17, 11), S(0, 0)], (40, 1), 53), // WorkingSetInSwapStart
    e(6, 1, [0, 4, 1], 5, 0x80, [S(7429, 24), S(7413, 16), S(12, 5), S(17, 11), S(0, 0)], (40, 1), 54), // WorkingSetInSwapStart_V1
    e(7, 0, [0, 4, 2], 5, 0x80, [S(7453, 20), S(7413, 16), S(211, 4), S(17, 11), S(0, 0)], (40, 1), 57), // WorkingSetInSwapStop
    e(8, 0, [0, 4, 0], 6, 0x100, [S(7473, 3), S(7473, 3), S(0, 0), S(17, 11), S(0, 0)], (41, 1), 58), // Acg
    e(9, 0, [0, 4, 0], 5, 0x80, [S(7413, 16), S(7413, 16), S(0, 0), S(17, 11), S(0, 0)], (40, 1), 57), // WorkingSetInSwap
    // Microsoft-Windows-DNS-Client
    e(1000, 0, [0, 4, 0], 1000, 0x0, [S(7607, 19), S(7607, 19), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 59), // DnsNoServerConfigV4
    e(1001, 0, [0, 4, 0], 1001, 0x0, [S(7641, 21), S(7641, 21), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 60), // DnsServerForInterface
    e(1002, 0, [0, 4, 0], 1002, 0x0, [S(7746, 20), S(7746, 20), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 61), // DnsServerQueryChange
    e(1003, 0, [0, 4, 0], 1003, 0x0, [S(7766, 26), S(7766, 26), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 62), // DnsServerValidationSuccess
    e(1005, 0, [0, 2, 0], 1005, 0x0, [S(7792, 26), S(7792, 26), S(0, 0), S(7818, 5), S(0, 0)], (38, 0), 62), // DnsServerValidationFailure
    e(1007, 0, [0, 2, 0], 1007, 0x0, [S(7823, 23), S(7823, 23), S(0, 0), S(7818, 5), S(0, 0)], (38, 0), 63), // DnsMissingPrimarySuffix
    e(1008, 0, [0, 3, 0], 1008, 0x10000000, [S(7855, 29), S(7855, 29), S(0, 0), S(7884, 7), S(0, 0)], (42, 1), 63), // DnsMissingPrimarySuffixSystem
    e(1009, 0, [0, 2, 0], 1009, 0x0, [S(7911, 20), S(7911, 20), S(0, 0), S(7818, 5), S(0, 0)], (38, 0), 64), // DnsNonMatchingSuffix
    e(1010, 0, [0, 3, 0], 1010, 0x10000000, [S(7948, 26), S(7948, 26), S(0, 0), S(7884, 7), S(0, 0)], (42, 1), 64), // DnsNonMatchingSuffixSystem
    e(1011, 0, [0, 2, 0], 1011, 0x0, [S(7974, 16), S(7974, 16), S(0, 0), S(7818, 5), S(0, 0)], (38, 0), 63), // DnsHostFileError
    e(1012, 0, [0, 2, 0], 1012, 0x10000000, [S(7990, 22), S(7990, 22), S(0, 0), S(7818, 5), S(0, 0)], (42, 1), 63), // DnsHostFileErrorSystem
    e(1013, 0, [0, 2, 0], 1013, 0x0, [S(8012, 20), S(8012, 20), S(0, 0), S(7818, 5), S(0, 0)], (38, 0), 65), // DnsAllServersTimeout
    e(1014, 0, [0, 3, 0], 1014, 0x10000000, [S(8041, 26), S(8041, 26), S(0, 0), S(7884, 7), S(0, 0)], (42, 1), 65), // DnsAllServersTimeoutSystem
    e(1015, 0, [0, 4, 0], 1015, 0x0, [S(8067, 16), S(8067, 16), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 65), // DnsServerTimeout
    e(1016, 0, [0, 4, 0], 1016, 0x0, [S(8083, 12), S(8083, 12), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 65), // DnsNameError
    e(1017, 0, [0, 4, 0], 1017, 0x0, [S(8095, 24), S(8095, 24), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 65), // DnsAuthoritativeResponse
    e(1018, 0, [0, 4, 0], 1018, 0x0, [S(8119, 12), S(8119, 12), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 66), // DnsLinkLocal
    e(1019, 0, [0, 4, 0], 1019, 0x0, [S(8157, 19), S(8157, 19), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 59), // DnsNoServerConfigV6
    e(1020, 0, [0, 4, 0], 1020, 0x200000000000, [S(8176, 18), S(8176, 18), S(0, 0), S(17, 11), S(0, 0)], (43, 1), 67), // DnsReadPolicyTable
    e(1021, 0, [0, 4, 0], 1021, 0x200000000000, [S(8335, 18), S(8335, 18), S(0, 0), S(17, 11), S(0, 0)], (43, 1), 68), // DnsMatchPolicyInfo
    e(1022, 0, [0, 4, 0], 1022, 0x200000000000, [S(8353, 19), S(8353, 19), S(0, 0), S(17, 11), S(0, 0)], (43, 1), 69), // DnsSecureNoFallback
    e(1023, 0, [0, 2, 0], 1023, 0x10000000, [S(8372, 24), S(8372, 24), S(0, 0), S(7818, 5), S(0, 0)], (42, 1), 70), // DnsPolicySystemReadError
    e(1024, 0, [0, 4, 0], 1024, 0x0, [S(8404, 14), S(8404, 14), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 65), // DnsQueryBadXid
    e(1025, 0, [0, 4, 0], 1025, 0x0, [S(8418, 23), S(8418, 23), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 65), // DnsQueryInvalidServerIp
    e(1026, 0, [0, 4, 0], 1026, 0x0, [S(8441, 23), S(8441, 23), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 71), // DnsQueryInvalidQuestion
    e(1027, 0, [0, 4, 0], 0, 0x200000000000, [S(1070, 6), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (43, 1), 69), // task_0
    e(1028, 0, [0, 4, 0], 1021, 0x200000000000, [S(8480, 22), S(8335, 18), S(0, 0), S(17, 11), S(0, 0)], (43, 1), 72), // DnsMatchPolicyInfo1028
    e(3000, 0, [0, 4, 0], 0, 0x400000000000, [S(8528, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (44, 1), 73), // task_03000
    e(3001, 0, [0, 4, 0], 0, 0x400000000000, [S(8579, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (44, 1), 74), // task_03001
    e(3002, 0, [0, 4, 0], 0, 0x400000000000, [S(8589, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (44, 1), 73), // task_03002
    e(3003, 0, [0, 4, 0], 0, 0x400000000000, [S(8599, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (44, 1), 75), // task_03003
    e(3004, 0, [0, 4, 0], 0, 0x400000000000, [S(8609, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (44, 1), 73), // task_03004
    e(3005, 0, [0, 4, 0], 0, 0x400000000000, [S(8619, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (44, 1), 75), // task_03005
    e(3006, 0, [0, 4, 0], 0, 0x0, [S(8629, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 76), // task_03006
    e(3007, 0, [0, 4, 0], 0, 0x0, [S(8706, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 69), // task_03007
    e(3008, 0, [0, 4, 0], 0, 0x0, [S(8716, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 77), // task_03008
    e(3009, 0, [0, 4, 0], 0, 0x0, [S(8749, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 78), // task_03009
    e(3010, 0, [0, 4, 0], 0, 0x0, [S(8846, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 79), // task_03010
    e(3011, 0, [0, 4, 0], 0, 0x0, [S(8874, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 80), // task_03011
    e(3012, 0, [0, 4, 0], 0, 0x0, [S(8898, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 81), // task_03012
    e(3013, 0, [0, 4, 0], 0, 0x0, [S(8908, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 82), // task_03013
    e(3014, 0, [0, 4, 0], 0, 0x0, [S(8918, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 69), // task_03014
    e(3015, 0, [0, 4, 0], 0, 0x0, [S(8928, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 69), // task_03015
    e(3016, 0, [0, 4, 0], 0, 0x0, [S(8938, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 83), // task_03016
    e(3018, 0, [0, 4, 0], 0, 0x0, [S(8948, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 84), // task_03018
    e(3019, 0, [0, 4, 0], 0, 0x0, [S(8958, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 85), // task_03019
    e(3020, 0, [0, 4, 0], 0, 0x0, [S(8968, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 86), // task_03020
    e(8001, 0, [0, 2, 0], 1029, 0x10000000, [S(8978, 15), S(8978, 15), S(0, 0), S(7818, 5), S(0, 0)], (42, 1), 87), // DnsGenericError
    e(8002, 0, [0, 2, 0], 1029, 0x10000000, [S(8993, 19), S(8978, 15), S(0, 0), S(7818, 5), S(0, 0)], (42, 1), 87), // DnsGenericError8002
    e(8003, 0, [0, 3, 0], 1028, 0x0, [S(9012, 15), S(9012, 15), S(0, 0), S(7884, 7), S(0, 0)], (38, 0), 88), // DnsRegistration
    e(8004, 0, [0, 3, 0], 1028, 0x0, [S(9090, 19), S(9012, 15), S(0, 0), S(7884, 7), S(0, 0)], (38, 0), 88), // DnsRegistration8004
    e(8005, 0, [0, 3, 0], 1028, 0x0, [S(9109, 19), S(9012, 15), S(0, 0), S(7884, 7), S(0, 0)], (38, 0), 88), // DnsRegistration8005
    e(8006, 0, [0, 3, 0], 1028, 0x0, [S(9128, 19), S(9012, 15), S(0, 0), S(7884, 7), S(0, 0)], (38, 0), 88), // DnsRegistration8006
    e(8007, 0, [0, 3, 0], 1028, 0x0, [S(9147, 19), S(9012, 15), S(0, 0), S(7884, 7), S(0, 0)], (38, 0), 88), // DnsRegistration8007
    e(8008, 0, [0, 3, 0], 1028, 0x0, [S(9166, 19), S(9012, 15), S(0, 0), S(7884, 7), S(0, 0)], (38, 0), 88), // DnsRegistration8008
    e(8009, 0, [0, 4, 0], 1028, 0x0, [S(9185, 19), S(9012, 15), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 88), // DnsRegistration8009
    e(8010, 0, [0, 4, 0], 1028, 0x0, [S(9204, 19), S(9012, 15), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 88), // DnsRegistration8010
    e(8011, 0, [0, 4, 0], 1028, 0x0, [S(9223, 19), S(9012, 15), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 88), // DnsRegistration8011
    e(8012, 0, [0, 4, 0], 1028, 0x0, [S(9242, 19), S(9012, 15), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 88), // DnsRegistration8012
    e(8013, 0, [0, 4, 0], 1028, 0x0, [S(9261, 19), S(9012, 15), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 88), // DnsRegistration8013
    e(8014, 0, [0, 4, 0], 1028, 0x0, [S(9280, 19), S(9012, 15), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 88), // DnsRegistration8014
    e(8015, 0, [0, 3, 0], 1028, 0x0, [S(9299, 19), S(9012, 15), S(0, 0), S(7884, 7), S(0, 0)], (38, 0), 88), // DnsRegistration8015
    e(8016, 0, [0, 3, 0], 1028, 0x0, [S(9318, 19), S(9012, 15), S(0, 0), S(7884, 7), S(0, 0)], (38, 0), 88), // DnsRegistration8016
    e(8017, 0, [0, 3, 0], 1028, 0x0, [S(9337, 19), S(9012, 15), S(0, 0), S(7884, 7), S(0, 0)], (38, 0), 88), // DnsRegistration8017
    e(8018, 0, [0, 3, 0], 1028, 0x0, [S(9356, 19), S(9012, 15), S(0, 0), S(7884, 7), S(0, 0)], (38, 0), 88), // DnsRegistration8018
    e(8019, 0, [0, 3, 0], 1028, 0x0, [S(9375, 19), S(9012, 15), S(0, 0), S(7884, 7), S(0, 0)], (38, 0), 88), // DnsRegistration8019
    e(8020, 0, [0, 3, 0], 1028, 0x0, [S(9394, 19), S(9012, 15), S(0, 0), S(7884, 7), S(0, 0)], (38, 0), 88), // DnsRegistration8020
    e(8021, 0, [0, 3, 0], 1028, 0x0, [S(9413, 19), S(9012, 15), S(0, 0), S(7884, 7), S(0, 0)], (38, 0), 88), // DnsRegistration8021
    e(8022, 0, [0, 3, 0], 1028, 0x0, [S(9432, 19), S(9012, 15), S(0, 0), S(7884, 7), S(0, 0)], (38, 0), 88), // DnsRegistration8022
    e(8023, 0, [0, 3, 0], 1028, 0x0, [S(9451, 19), S(9012, 15), S(0, 0), S(7884, 7), S(0, 0)], (38, 0), 88), // DnsRegistration8023
    e(8024, 0, [0, 3, 0], 1028, 0x0, [S(9470, 19), S(9012, 15), S(0, 0), S(7884, 7), S(0, 0)], (38, 0), 88), // DnsRegistration8024
    e(8025, 0, [0, 3, 0], 1028, 0x0, [S(9489, 19), S(9012, 15), S(0, 0), S(7884, 7), S(0, 0)], (38, 0), 88), // DnsRegistration8025
    e(8026, 0, [0, 3, 0], 1028, 0x0, [S(9508, 19), S(9012, 15), S(0, 0), S(7884, 7), S(0, 0)], (38, 0), 88), // DnsRegistration8026
    e(8027, 0, [0, 4, 0], 1028, 0x0, [S(9527, 19), S(9012, 15), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 88), // DnsRegistration8027
    e(8028, 0, [0, 4, 0], 1028, 0x0, [S(9546, 19), S(9012, 15), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 88), // DnsRegistration8028
    e(8029, 0, [0, 4, 0], 1028, 0x0, [S(9565, 19), S(9012, 15), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 88), // DnsRegistration8029
    e(8030, 0, [0, 4, 0], 1028, 0x0, [S(9584, 19), S(9012, 15), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 88), // DnsRegistration8030
    e(8031, 0, [0, 4, 0], 1028, 0x0, [S(9603, 19), S(9012, 15), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 88), // DnsRegistration8031
    e(8032, 0, [0, 4, 0], 1028, 0x0, [S(9622, 19), S(9012, 15), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 88), // DnsRegistration8032
    e(8033, 0, [0, 3, 0], 1028, 0x0, [S(9641, 19), S(9012, 15), S(0, 0), S(7884, 7), S(0, 0)], (38, 0), 88), // DnsRegistration8033
    e(8034, 0, [0, 3, 0], 1028, 0x0, [S(9660, 19), S(9012, 15), S(0, 0), S(7884, 7), S(0, 0)], (38, 0), 88), // DnsRegistration8034
    e(8035, 0, [0, 3, 0], 1028, 0x0, [S(9679, 19), S(9012, 15), S(0, 0), S(7884, 7), S(0, 0)], (38, 0), 88), // DnsRegistration8035
    e(8036, 0, [0, 3, 0], 1028, 0x0, [S(9698, 19), S(9012, 15), S(0, 0), S(7884, 7), S(0, 0)], (38, 0), 88), // DnsRegistration8036
    e(8037, 0, [0, 3, 0], 1028, 0x0, [S(9717, 19), S(9012, 15), S(0, 0), S(7884, 7), S(0, 0)], (38, 0), 88), // DnsRegistration8037
    e(8038, 0, [0, 3, 0], 1028, 0x0, [S(9736, 19), S(9012, 15), S(0, 0), S(7884, 7), S(0, 0)], (38, 0), 88), // DnsRegistration8038
    e(60004, 0, [0, 2, 0], 60004, 0x0, [S(9755, 11), S(9755, 11), S(0, 0), S(7818, 5), S(0, 0)], (38, 0), 63), // DnsNetError
    e(60005, 0, [0, 3, 0], 60005, 0x0, [S(9766, 13), S(9766, 13), S(0, 0), S(7884, 7), S(0, 0)], (38, 0), 89), // DnsNetWarning
    e(60006, 0, [0, 4, 0], 60006, 0x0, [S(9790, 18), S(9790, 18), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 90), // DnsStateTransition
    e(60007, 0, [0, 4, 0], 60007, 0x0, [S(9817, 16), S(9817, 16), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 91), // DnsContextUpdate
    e(60008, 0, [0, 2, 0], 60008, 0x0, [S(9849, 18), S(9849, 18), S(0, 0), S(7818, 5), S(0, 0)], (38, 0), 70), // DnsPolicyReadError
    e(60101, 0, [0, 4, 0], 60101, 0x0, [S(9867, 10), S(9867, 10), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 92), // DnsV4Tuple
    e(60102, 0, [0, 4, 0], 60102, 0x0, [S(9957, 10), S(9957, 10), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 93), // DnsV6Tuple
    e(60103, 0, [0, 4, 0], 60103, 0x0, [S(9967, 16), S(9967, 16), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 94), // DnsInterfaceInfo
    // Microsoft-Windows-PowerShell
    e(4097, 1, [0, 5, 20], 1, 0x20, [S(10101, 53), S(10154, 7), S(10161, 43), S(10204, 7), S(0, 0)], (45, 1), NONE), // ConnectTobeusedwhenoperationisjustexecutingamethod_V1
    e(4098, 1, [0, 5, 20], 1, 0x20, [S(10218, 57), S(10154, 7), S(10161, 43), S(10204, 7), S(0, 0)], (45, 1), NONE), // ConnectTobeusedwhenoperationisjustexecutingamethod4098_V1
    e(4099, 1, [0, 5, 20], 1, 0x20, [S(10275, 57), S(10154, 7), S(10161, 43), S(10204, 7), S(0, 0)], (45, 1), NONE), // ConnectTobeusedwhenoperationisjustexecutingamethod4099_V1
    e(4100, 1, [0, 4, 19], 0, 0x20, [S(10332, 38), S(10370, 4), S(10374, 31), S(17, 11), S(0, 0)], (45, 1), 95), // NoneTobeusedwhenanexceptionisraised_V1
    e(4101, 1, [0, 4, 19], 0, 0x20, [S(10431, 42), S(10370, 4), S(10374, 31), S(17, 11), S(0, 0)], (45, 1), 95), // NoneTobeusedwhenanexceptionisraised4101_V1
    e(4102, 1, [0, 4, 19], 0, 0x20, [S(10473, 42), S(10370, 4), S(10374, 31), S(17, 11), S(0, 0)], (45, 1), 95), // NoneTobeusedwhenanexceptionisraised4102_V1
    e(4103, 1, [0, 4, 19], 0, 0x20, [S(10515, 42), S(10370, 4), S(10374, 31), S(17, 11), S(0, 0)], (45, 1), 95), // NoneTobeusedwhenanexceptionisraised4103_V1
    e(4104, 1, [0, 5, 15], 102, 0x1, [S(10557, 31), S(10588, 15), S(10603, 13), S(10204, 7), S(0, 0)], (46, 1), 96), // StartingCommandOncreatecalls_V1
    e(4105, 1, [0, 5, 10], 102, 0x1, [S(10681, 29), S(10588, 15), S(10710, 11), S(10204, 7), S(0, 0)], (46, 1), 97), // StartingCommandOpen(async)_V1
    e(4106, 1, [0, 5, 11], 103, 0x1, [S(10731, 30), S(10761, 15), S(10776, 12), S(10204, 7), S(0, 0)], (46, 1), 97), // StoppingCommandClose(Async)_V1
    e(7937, 1, [0, 4, 20], 0, 0x20, [S(10788, 50), S(10370, 4), S(10161, 43), S(17, 11), S(0, 0)], (45, 1), 95), // NoneTobeusedwhenoperationisjustexecutingamethod_V1
    e(7938, 1, [0, 4, 20], 0, 0x20, [S(10838, 54), S(10370, 4), S(10161, 43), S(17, 11), S(0, 0)], (45, 1), 95), // NoneTobeusedwhenoperationisjustexecutingamethod7938_V1
    e(7939, 1, [0, 4, 20], 0, 0x20, [S(10892, 54), S(10370, 4), S(10161, 43), S(17, 11), S(0, 0)], (45, 1), 95), // NoneTobeusedwhenoperationisjustexecutingamethod7939_V1
    e(7940, 1, [0, 4, 20], 0, 0x20, [S(10946, 54), S(10370, 4), S(10161, 43), S(17, 11), S(0, 0)], (45, 1), 95), // NoneTobeusedwhenoperationisjustexecutingamethod7940_V1
    e(7941, 1, [0, 5, 0], 0, 0x0, [S(11000, 52), S(0, 0), S(0, 0), S(10204, 7), S(0, 0)], (38, 0), 98), // task_0Tobeusedwhenoperationisjustexecutingamethod_V1
    e(7942, 1, [0, 4, 20], 0, 0x20, [S(11085, 54), S(10370, 4), S(10161, 43), S(17, 11), S(0, 0)], (45, 1), 99), // NoneTobeusedwhenoperationisjustexecutingamethod7942_V1
    e(8193, 1, [0, 5, 16], 1, 0x1, [S(11218, 74), S(10154, 7), S(11292, 33), S(10204, 7), S(0, 0)], (46, 1), 100), // ConnectOBEUSEDWHENANOBJECTISCONSTRUCTEDobeusedwhenanobjectis...
    e(8194, 1, [0, 5, 16], 1, 0x1, [S(11331, 78), S(10154, 7), S(11292, 33), S(10204, 7), S(0, 0)], (46, 1), 101), // ConnectOBEUSEDWHENANOBJECTISCONSTRUCTEDobeusedwhenanobjectis...
    e(8195, 1, [0, 5, 10], 1, 0x1, [S(11443, 21), S(10154, 7), S(10710, 11), S(10204, 7), S(0, 0)], (46, 1), NONE), // ConnectOpen(async)_V1
    e(8196, 1, [0, 5, 10], 1, 0x1, [S(11464, 25), S(10154, 7), S(10710, 11), S(10204, 7), S(0, 0)], (46, 1), NONE), // ConnectOpen(async)8196_V1
    e(8197, 1, [0, 5, 10], 1, 0x1, [S(11489, 25), S(10154, 7), S(10710, 11), S(10204, 7), S(0, 0)], (46, 1), 100), // ConnectOpen(async)8197_V1
    e(8198, 1, [0, 5, 10], 1, 0x1, [S(11514, 25), S(10154, 7), S(10710, 11), S(10204, 7), S(0, 0)], (46, 1), 102), // ConnectOpen(async)8198_V1
    e(12033, 1, [0, 5, 20], 1, 0x1, [S(11551, 58), S(10154, 7), S(10161, 43), S(10204, 7), S(0, 0)], (46, 1), 100), // ConnectTobeusedwhenoperationisjustexecutingamethod12033_V1
    e(12034, 1, [0, 5, 20], 1, 0x1, [S(11609, 58), S(10154, 7), S(10161, 43), S(10204, 7), S(0, 0)], (46, 1), 100), // ConnectTobeusedwhenoperationisjustexecutingamethod12034_V1
    e(12035, 1, [0, 5, 20], 1, 0x1, [S(11667, 58), S(10154, 7), S(10161, 43), S(10204, 7), S(0, 0)], (46, 1), 100), // ConnectTobeusedwhenoperationisjustexecutingamethod12035_V1
    e(12036, 1, [0, 5, 20], 1, 0x1, [S(11725, 58), S(10154, 7), S(10161, 43), S(10204, 7), S(0, 0)], (46, 1), 100), // ConnectTobeusedwhenoperationisjustexecutingamethod12036_V1
    e(12037, 1, [0, 4, 20], 1, 0x1, [S(11783, 58), S(10154, 7), S(10161, 43), S(17, 11), S(0, 0)], (46, 1), NONE), // ConnectTobeusedwhenoperationisjustexecutingamethod12037_V1
    e(12038, 1, [0, 4, 20], 1, 0x1, [S(11841, 58), S(10154, 7), S(10161, 43), S(17, 11), S(0, 0)], (46, 1), 103), // ConnectTobeusedwhenoperationisjustexecutingamethod12038_V1
    e(12039, 1, [0, 5, 10], 1, 0x1, [S(12204, 26), S(10154, 7), S(10710, 11), S(10204, 7), S(0, 0)], (46, 1), NONE), // ConnectOpen(async)12039_V1
    e(24577, 1, [0, 4, 0], 120, 0x0, [S(12230, 25), S(12255, 22), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 104), // PowerShellISEOperation_V1
    e(24578, 1, [0, 4, 0], 120, 0x0, [S(12277, 30), S(12255, 22), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 104), // PowerShellISEOperation24578_V1
    e(24579, 1, [0, 4, 0], 120, 0x0, [S(12307, 30), S(12255, 22), S(0, 0), S(17, 11), S(0, 0)], (38, 0), NONE), // PowerShellISEOperation24579_V1
    e(24580, 1, [0, 4, 0], 120, 0x0, [S(12337, 30), S(12255, 22), S(0, 0), S(17, 11), S(0, 0)], (38, 0), NONE), // PowerShellISEOperation24580_V1
    e(24581, 1, [0, 4, 0], 120, 0x0, [S(12367, 30), S(12255, 22), S(0, 0), S(17, 11), S(0, 0)], (38, 0), NONE), // PowerShellISEOperation24581_V1
    e(24582, 1, [0, 4, 0], 120, 0x0, [S(12397, 30), S(12255, 22), S(0, 0), S(17, 11), S(0, 0)], (38, 0), NONE), // PowerShellISEOperation24582_V1
    e(24583, 1, [0, 4, 0], 120, 0x0, [S(12427, 30), S(12255, 22), S(0, 0), S(17, 11), S(0, 0)], (38, 0), NONE), // PowerShellISEOperation24583_V1
    e(24584, 1, [0, 4, 0], 120, 0x0, [S(12457, 30), S(12255, 22), S(0, 0), S(17, 11), S(0, 0)], (38, 0), NONE), // PowerShellISEOperation24584_V1
    e(24592, 1, [0, 4, 0], 120, 0x0, [S(12487, 30), S(12255, 22), S(0, 0), S(17, 11), S(0, 0)], (38, 0), NONE), // PowerShellISEOperation24592_V1
    e(24593, 1, [0, 4, 0], 0, 0x0, [S(12517, 7), S(10370, 4), S(0, 0), S(17, 11), S(0, 0)], (38, 0), NONE), // None_V1
    e(24594, 1, [0, 4, 0], 120, 0x0, [S(12524, 30), S(12255, 22), S(0, 0), S(17, 11), S(0, 0)], (38, 0), NONE), // PowerShellISEOperation24594_V1
    e(24595, 1, [0, 4, 0], 120, 0x0, [S(12554, 30), S(12255, 22), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 105), // PowerShellISEOperation24595_V1
    e(24596, 1, [0, 4, 0], 120, 0x0, [S(12595, 30), S(12255, 22), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 105), // PowerShellISEOperation24596_V1
    e(24597, 1, [0, 4, 0], 120, 0x0, [S(12625, 30), S(12255, 22), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 105), // PowerShellISEOperation24597_V1
    e(24598, 1, [0, 4, 0], 120, 0x0, [S(12655, 30), S(12255, 22), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 105), // PowerShellISEOperation24598_V1
    e(24599, 1, [0, 4, 0], 120, 0x0, [S(12685, 30), S(12255, 22), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 105), // PowerShellISEOperation24599_V1
    e(28673, 1, [0, 5, 23], 3, 0x40, [S(12715, 51), S(12766, 37), S(12803, 11), S(10204, 7), S(0, 0)], (47, 1), 106), // SerializeordeserializeremotingpayloadRehydration_V1
    e(28674, 1, [0, 2, 23], 3, 0x40, [S(12866, 56), S(12766, 37), S(12803, 11), S(7818, 5), S(0, 0)], (47, 1), 107), // SerializeordeserializeremotingpayloadRehydration28674_V1
    e(28675, 1, [0, 5, 24], 3, 0x40, [S(12961, 61), S(12766, 37), S(13022, 21), S(10204, 7), S(0, 0)], (47, 1), 108), // SerializeordeserializeremotingpayloadSerializationsettings_V...
    e(28676, 1, [0, 5, 24], 3, 0x40, [S(13109, 66), S(12766, 37), S(13022, 21), S(10204, 7), S(0, 0)], (47, 1), 109), // SerializeordeserializeremotingpayloadSerializationsettings28...
    e(28677, 1, [0, 3, 19], 3, 0x40, [S(13250, 71), S(12766, 37), S(10374, 31), S(7884, 7), S(0, 0)], (47, 1), 110), // SerializeordeserializeremotingpayloadTobeusedwhenanexception...
    e(28678, 1, [0, 3, 19], 3, 0x40, [S(13362, 76), S(12766, 37), S(10374, 31), S(7884, 7), S(0, 0)], (47, 1), 111), // SerializeordeserializeremotingpayloadTobeusedwhenanexception...
    e(28679, 1, [0, 3, 19], 3, 0x40, [S(13461, 76), S(12766, 37), S(10374, 31), S(7884, 7), S(0, 0)], (47, 1), 112), // SerializeordeserializeremotingpayloadTobeusedwhenanexception...
    e(28680, 1, [0, 3, 19], 3, 0x40, [S(13556, 76), S(12766, 37), S(10374, 31), S(7884, 7), S(0, 0)], (47, 1), 113), // SerializeordeserializeremotingpayloadTobeusedwhenanexception...
    e(28682, 1, [0, 2, 19], 3, 0x40, [S(13632, 76), S(12766, 37), S(10374, 31), S(7818, 5), S(0, 0)], (47, 1), 114), // SerializeordeserializeremotingpayloadTobeusedwhenanexception...
    e(28683, 1, [0, 2, 19], 3, 0x40, [S(13757, 76), S(12766, 37), S(10374, 31), S(7818, 5), S(0, 0)], (47, 1), 115), // SerializeordeserializeremotingpayloadTobeusedwhenanexception...
    e(28684, 1, [0, 3, 19], 3, 0x40, [S(13855, 76), S(12766, 37), S(10374, 31), S(7884, 7), S(0, 0)], (47, 1), 116), // SerializeordeserializeremotingpayloadTobeusedwhenanexception...
    e(32769, 1, [0, 4, 0], 0, 0x8, [S(13962, 23), S(0, 0), S(0, 0), S(17, 11), S(0, 0)], (48, 1), 117), // task_0Receive(Async)_V1
    e(32775, 1, [0, 2, 0], 0, 0x8, [S(14181, 20), S(0, 0), S(0, 0), S(7818, 5), S(0, 0)], (48, 1), 102), // task_0Open(async)_V1
    e(32776, 1, [0, 2, 0], 0, 0x8, [S(14201, 25), S(0, 0), S(0, 0), S(7818, 5), S(0, 0)], (48, 1), 118), // task_0Open(async)32776_V1
    e(32777, 1, [0, 2, 0], 0, 0x8, [S(14267, 25), S(0, 0), S(0, 0), S(7818, 5), S(0, 0)], (48, 1), 102), // task_0Open(async)32777_V1
    e(32784, 1, [0, 2, 0], 0, 0x8, [S(14292, 25), S(0, 0), S(0, 0), S(7818, 5), S(0, 0)], (48, 1), 118), // task_0Open(async)32784_V1
    e(32785, 1, [0, 4, 0], 0, 0x8, [S(14317, 21), S(0, 0), S(0, 0), S(17, 11), S(0, 0)], (48, 1), 100), // task_0ONNECTonnect_V1
    e(32786, 1, [0, 4, 0], 0, 0x8, [S(14338, 26), S(0, 0), S(0, 0), S(17, 11), S(0, 0)], (48, 1), 100), // task_0ONNECTonnect32786_V1
    e(32787, 1, [0, 4, 0], 0, 0x8, [S(14364, 19), S(0, 0), S(0, 0), S(17, 11), S(0, 0)], (48, 1), 100), // task_0Disconnect_V1
    e(32788, 1, [0, 4, 0], 0, 0x8, [S(14383, 24), S(0, 0), S(0, 0), S(17, 11), S(0, 0)], (48, 1), 100), // task_0Disconnect32788_V1
    e(32789, 1, [0, 4, 0], 0, 0x8, [S(14407, 20), S(0, 0), S(0, 0), S(17, 11), S(0, 0)], (48, 1), 119), // task_0Send(Async)_V1
    e(32790, 1, [0, 4, 0], 0, 0x8, [S(14427, 25), S(0, 0), S(0, 0), S(17, 11), S(0, 0)], (48, 1), 120), // task_0Send(Async)32790_V1
    e(32791, 1, [0, 4, 0], 0, 0x8, [S(14452, 28), S(0, 0), S(0, 0), S(17, 11), S(0, 0)], (48, 1), 120), // task_0Receive(Async)32791_V1
    e(32792, 1, [0, 4, 0], 0, 0x8, [S(14480, 28), S(0, 0), S(0, 0), S(17, 11), S(0, 0)], (48, 1), 119), // task_0Receive(Async)32792_V1
    e(32793, 1, [0, 4, 0], 0, 0x8, [S(14508, 26), S(0, 0), S(0, 0), S(17, 11), S(0, 0)], (48, 1), 120), // task_0ONNECTonnect32793_V1
    e(32800, 1, [0, 4, 0], 0, 0x8, [S(14534, 26), S(0, 0), S(0, 0), S(17, 11), S(0, 0)], (48, 1), 120), // task_0ONNECTonnect32800_V1
    e(32801, 1, [0, 4, 0], 0, 0x8, [S(14560, 24), S(0, 0), S(0, 0), S(17, 11), S(0, 0)], (48, 1), 120), // task_0Disconnect32801_V1
    e(32802, 1, [0, 4, 0], 0, 0x8, [S(14584, 24), S(0, 0), S(0, 0), S(17, 11), S(0, 0)], (48, 1), 120), // task_0Disconnect32802_V1
    e(32803, 1, [0, 4, 0], 0, 0x8, [S(14608, 24), S(0, 0), S(0, 0), S(17, 11), S(0, 0)], (48, 1), 121), // task_0Disconnect32803_V1
    e(32804, 1, [0, 4, 0], 0, 0x8, [S(14642, 24), S(0, 0), S(0, 0), S(17, 11), S(0, 0)], (48, 1), 120), // task_0Disconnect32804_V1
    e(32805, 1, [0, 4, 0], 0, 0x8, [S(14666, 26), S(0, 0), S(0, 0), S(17, 11), S(0, 0)], (48, 1), 122), // task_0ONNECTonnect32805_V1
    e(32849, 1, [0, 4, 0], 0, 0x8, [S(14695, 25), S(0, 0), S(0, 0), S(17, 11), S(0, 0)], (48, 1), 123), // task_0Send(Async)32849_V1
    e(32850, 1, [0, 4, 0], 0, 0x8, [S(14720, 26), S(0, 0), S(0, 0), S(17, 11), S(0, 0)], (48, 1), 102), // task_0ONNECTonnect32850_V1
    e(32851, 1, [0, 4, 0], 0, 0x8, [S(14746, 26), S(0, 0), S(0, 0), S(17, 11), S(0, 0)], (48, 1), 124), // task_0ONNECTonnect32851_V1
    e(32852, 1, [0, 4, 0], 0, 0x8, [S(14772, 26), S(0, 0), S(0, 0), S(17, 11), S(0, 0)], (48, 1), 125), // task_0ONNECTonnect32852_V1
    e(32853, 1, [0, 4, 0], 0, 0x8, [S(14804, 26), S(0, 0), S(0, 0), S(17, 11), S(0, 0)], (48, 1), 124), // task_0ONNECTonnect32853_V1
    e(32854, 1, [0, 4, 0], 0, 0x8, [S(14830, 24), S(0, 0), S(0, 0), S(17, 11), S(0, 0)], (48, 1), 102), // task_0Disconnect32854_V1
    e(32855, 1, [0, 4, 0], 0, 0x8, [S(14854, 25), S(0, 0), S(0, 0), S(17, 11), S(0, 0)], (48, 1), 102), // task_0Open(async)32855_V1
    e(32856, 1, [0, 4, 0], 0, 0x8, [S(14879, 25), S(0, 0), S(0, 0), S(17, 11), S(0, 0)], (48, 1), 102), // task_0Open(async)32856_V1
    e(32857, 1, [0, 4, 0], 0, 0x8, [S(14904, 24), S(0, 0), S(0, 0), S(17, 11), S(0, 0)], (48, 1), 102), // task_0Disconnect32857_V1
    e(32865, 1, [0, 4, 0], 0, 0x8, [S(14928, 26), S(0, 0), S(0, 0), S(17, 11), S(0, 0)], (48, 1), 124), // task_0ONNECTonnect32865_V1
    e(32866, 1, [0, 4, 0], 0, 0x8, [S(14954, 26), S(0, 0), S(0, 0), S(17, 11), S(0, 0)], (48, 1), 124), // task_0ONNECTonnect32866_V1
    e(32867, 1, [0, 5, 0], 0, 0x8, [S(14980, 28), S(0, 0), S(0, 0), S(10204, 7), S(0, 0)], (48, 1), 126), // task_0Receive(Async)32867_V1
    e(32868, 1, [0, 5, 0], 0, 0x8, [S(15065, 25), S(0, 0), S(0, 0), S(10204, 7), S(0, 0)], (48, 1), 126), // task_0Send(Async)32868_V1
    e(32869, 1, [0, 5, 0], 0, 0x8, [S(15090, 21), S(0, 0), S(0, 0), S(10204, 7), S(0, 0)], (48, 1), NONE), // task_0Shuttingdown_V1
    e(40961, 1, [0, 4, 1], 4, 0x0, [S(15111, 32), S(15143, 24), S(12, 5), S(17, 11), S(0, 0)], (38, 0), NONE), // PowerShellConsoleStartupStart_V1
    e(40962, 1, [0, 4, 2], 4, 0x0, [S(15167, 31), S(15143, 24), S(211, 4), S(17, 11), S(0, 0)], (38, 0), NONE), // PowerShellConsoleStartupStop_V1
    e(45057, 1, [0, 2, 19], 0, 0x0, [S(15198, 43), S(10370, 4), S(10374, 31), S(7818, 5), S(0, 0)], (38, 0), 127), // NoneTobeusedwhenanexceptionisraised45057_V1
    e(45058, 1, [0, 2, 19], 0, 0x0, [S(15344, 43), S(10370, 4), S(10374, 31), S(7818, 5), S(0, 0)], (38, 0), 102), // NoneTobeusedwhenanexceptionisraised45058_V1
    e(45059, 1, [0, 4, 20], 0, 0x0, [S(15387, 55), S(10370, 4), S(10161, 43), S(17, 11), S(0, 0)], (38, 0), NONE), // NoneTobeusedwhenoperationisjustexecutingamethod45059_V1
    e(45060, 1, [0, 4, 20], 0, 0x0, [S(15442, 55), S(10370, 4), S(10161, 43), S(17, 11), S(0, 0)], (38, 0), 128), // NoneTobeusedwhenoperationisjustexecutingamethod45060_V1
    e(45061, 1, [0, 4, 0], 0, 0x0, [S(15515, 12), S(10370, 4), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 100), // None45061_V1
    e(45062, 1, [0, 4, 20], 0, 0x0, [S(15527, 55), S(10370, 4), S(10161, 43), S(17, 11), S(0, 0)], (38, 0), 129), // NoneTobeusedwhenoperationisjustexecutingamethod45062_V1
    e(45063, 1, [0, 5, 20], 5, 0x200, [S(15582, 61), S(15643, 15), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 130), // WorkflowHostingTobeusedwhenoperationisjustexecutingamethod_V...
    e(45064, 1, [0, 5, 20], 6, 0x200, [S(15716, 63), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 131), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45065, 1, [0, 5, 20], 6, 0x200, [S(15818, 68), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 132), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45072, 1, [0, 5, 20], 5, 0x200, [S(15902, 66), S(15643, 15), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 133), // WorkflowHostingTobeusedwhenoperationisjustexecutingamethod45...
    e(45073, 1, [0, 5, 20], 5, 0x200, [S(15968, 66), S(15643, 15), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 133), // WorkflowHostingTobeusedwhenoperationisjustexecutingamethod45...
    e(45074, 1, [0, 5, 20], 6, 0x200, [S(16034, 68), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 134), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45075, 1, [0, 5, 20], 6, 0x200, [S(16102, 68), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 135), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45076, 1, [0, 5, 20], 6, 0x200, [S(16207, 68), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 134), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45078, 1, [0, 5, 20], 6, 0x200, [S(16275, 68), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 136), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45079, 1, [0, 5, 20], 6, 0x200, [S(16354, 68), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 137), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45080, 1, [0, 5, 20], 6, 0x200, [S(16434, 68), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 138), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45081, 1, [0, 5, 20], 6, 0x200, [S(16518, 68), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 139), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45082, 1, [0, 5, 20], 6, 0x200, [S(16594, 68), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 139), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45083, 1, [0, 5, 20], 6, 0x200, [S(16662, 68), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 140), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45084, 1, [0, 5, 20], 8, 0x200, [S(16746, 64), S(16810, 18), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 134), // WorkflowValidationTobeusedwhenoperationisjustexecutingametho...
    e(45085, 1, [0, 5, 20], 8, 0x200, [S(16828, 69), S(16810, 18), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 134), // WorkflowValidationTobeusedwhenoperationisjustexecutingametho...
    e(45086, 1, [0, 5, 20], 8, 0x200, [S(16897, 69), S(16810, 18), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 134), // WorkflowValidationTobeusedwhenoperationisjustexecutingametho...
    e(45087, 1, [0, 5, 20], 6, 0x200, [S(16966, 68), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 141), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45088, 1, [0, 5, 20], 8, 0x200, [S(17065, 69), S(16810, 18), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 141), // WorkflowValidationTobeusedwhenoperationisjustexecutingametho...
    e(45089, 1, [0, 5, 20], 6, 0x200, [S(17134, 68), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 142), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45090, 1, [0, 5, 20], 6, 0x200, [S(17220, 68), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 143), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45091, 1, [0, 5, 20], 6, 0x200, [S(17310, 68), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 144), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45092, 1, [0, 5, 20], 6, 0x200, [S(17378, 68), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 134), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45093, 1, [0, 5, 20], 6, 0x200, [S(17446, 68), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 134), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45094, 1, [0, 5, 20], 6, 0x200, [S(17514, 68), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 134), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45095, 1, [0, 5, 20], 6, 0x200, [S(17582, 68), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 134), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45096, 1, [0, 5, 20], 6, 0x200, [S(17650, 68), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 134), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45097, 1, [0, 5, 20], 6, 0x200, [S(17718, 68), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 145), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45098, 1, [0, 5, 20], 6, 0x200, [S(17790, 68), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 145), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45100, 1, [0, 5, 20], 6, 0x200, [S(17858, 68), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 146), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45101, 1, [0, 5, 20], 6, 0x200, [S(17931, 68), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 147), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45102, 1, [0, 5, 20], 6, 0x200, [S(17999, 68), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 148), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45104, 1, [0, 5, 20], 6, 0x200, [S(18067, 68), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 149), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45105, 1, [0, 5, 20], 6, 0x200, [S(18171, 68), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 146), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45106, 1, [0, 5, 20], 6, 0x200, [S(18239, 68), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 150), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45107, 1, [0, 5, 20], 6, 0x200, [S(18307, 68), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 151), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45108, 1, [0, 5, 20], 6, 0x200, [S(18375, 68), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 152), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45109, 1, [0, 5, 20], 6, 0x200, [S(18448, 68), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 134), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45110, 1, [0, 5, 20], 6, 0x200, [S(18516, 68), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 134), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45111, 1, [0, 5, 20], 6, 0x200, [S(18584, 68), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 134), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45112, 1, [0, 5, 20], 6, 0x200, [S(18652, 68), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 153), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45113, 1, [0, 5, 20], 6, 0x200, [S(18726, 68), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 134), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45114, 1, [0, 5, 20], 6, 0x200, [S(18794, 68), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 134), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45115, 1, [0, 5, 20], 6, 0x200, [S(18862, 68), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 134), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45116, 1, [0, 5, 20], 6, 0x200, [S(18930, 68), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 140), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45117, 1, [0, 5, 20], 6, 0x200, [S(18998, 68), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 154), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45118, 1, [0, 5, 20], 6, 0x200, [S(19077, 68), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 134), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45119, 1, [0, 5, 20], 6, 0x200, [S(19145, 68), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 155), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45120, 1, [0, 5, 20], 6, 0x200, [S(19213, 68), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 140), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45121, 1, [0, 5, 20], 9, 0x200, [S(19281, 59), S(19340, 13), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 156), // ConfigurationTobeusedwhenoperationisjustexecutingamethod_V1
    e(45122, 1, [0, 5, 20], 9, 0x200, [S(19377, 64), S(19340, 13), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 157), // ConfigurationTobeusedwhenoperationisjustexecutingamethod4512...
    e(45123, 1, [0, 5, 20], 9, 0x200, [S(19451, 64), S(19340, 13), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 158), // ConfigurationTobeusedwhenoperationisjustexecutingamethod4512...
    e(45124, 1, [0, 5, 20], 9, 0x200, [S(19529, 64), S(19340, 13), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 159), // ConfigurationTobeusedwhenoperationisjustexecutingamethod4512...
    e(45125, 1, [0, 5, 20], 9, 0x200, [S(19603, 64), S(19340, 13), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 160), // ConfigurationTobeusedwhenoperationisjustexecutingamethod4512...
    e(45126, 1, [0, 5, 20], 6, 0x200, [S(19676, 68), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 161), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45127, 1, [0, 5, 20], 6, 0x200, [S(19751, 68), S(15779, 17), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 162), // WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod...
    e(45128, 1, [0, 5, 20], 5, 0x200, [S(19838, 66), S(15643, 15), S(10161, 43), S(10204, 7), S(0, 0)], (49, 1), 133), // WorkflowHostingTobeusedwhenoperationisjustexecutingamethod45...
    e(45129, 1, [0, 4, 0], 0, 0x200, [S(19904, 12), S(10370, 4), S(0, 0), S(17, 11), S(0, 0)], (49, 1), 163), // None45129_V1
    e(46337, 1, [0, 4, 0], 0, 0x0, [S(19946, 12), S(10370, 4), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 164), // None46337_V1
    e(46338, 1, [0, 4, 0], 0, 0x0, [S(19968, 12), S(10370, 4), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 164), // None46338_V1
    e(46339, 1, [0, 4, 0], 0, 0x0, [S(19980, 12), S(10370, 4), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 164), // None46339_V1
    e(46340, 1, [0, 4, 0], 0, 0x0, [S(19992, 12), S(10370, 4), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 164), // None46340_V1
    e(46341, 1, [0, 4, 0], 0, 0x0, [S(20004, 12), S(10370, 4), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 165), // None46341_V1
    e(46342, 1, [0, 4, 0], 0, 0x0, [S(20044, 12), S(10370, 4), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 166), // None46342_V1
    e(46343, 1, [0, 4, 0], 0, 0x0, [S(20080, 12), S(10370, 4), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 166), // None46343_V1
    e(46344, 1, [0, 4, 0], 0, 0x0, [S(20092, 12), S(10370, 4), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 166), // None46344_V1
    e(46345, 1, [0, 4, 0], 0, 0x0, [S(20104, 12), S(10370, 4), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 166), // None46345_V1
    e(46346, 1, [0, 4, 0], 0, 0x0, [S(20116, 12), S(10370, 4), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 167), // None46346_V1
    e(46347, 1, [0, 4, 0], 0, 0x0, [S(20149, 12), S(10370, 4), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 168), // None46347_V1
    e(46348, 1, [0, 4, 0], 0, 0x0, [S(20179, 12), S(10370, 4), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 169), // None46348_V1
    e(46349, 1, [0, 4, 0], 0, 0x0, [S(20191, 12), S(10370, 4), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 169), // None46349_V1
    e(46350, 1, [0, 4, 0], 0, 0x0, [S(20203, 12), S(10370, 4), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 170), // None46350_V1
    e(46351, 1, [0, 4, 0], 0, 0x0, [S(20215, 12), S(10370, 4), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 170), // None46351_V1
    e(46352, 1, [0, 4, 0], 0, 0x0, [S(20227, 12), S(10370, 4), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 170), // None46352_V1
    e(46353, 1, [0, 4, 0], 0, 0x0, [S(20239, 12), S(10370, 4), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 170), // None46353_V1
    e(46354, 1, [0, 4, 0], 0, 0x0, [S(20251, 12), S(10370, 4), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 171), // None46354_V1
    e(46355, 1, [0, 4, 0], 0, 0x0, [S(20286, 12), S(10370, 4), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 171), // None46355_V1
    e(46356, 1, [0, 4, 0], 0, 0x0, [S(20298, 12), S(10370, 4), S(0, 0), S(17, 11), S(0, 0)], (38, 0), NONE), // None46356_V1
    e(46357, 1, [0, 4, 0], 0, 0x0, [S(20310, 12), S(10370, 4), S(0, 0), S(17, 11), S(0, 0)], (38, 0), NONE), // None46357_V1
    e(46358, 1, [0, 3, 0], 0, 0x0, [S(20322, 12), S(10370, 4), S(0, 0), S(7884, 7), S(0, 0)], (38, 0), NONE), // None46358_V1
    e(49152, 1, [0, 4, 0], 0, 0x0, [S(20334, 12), S(10370, 4), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 172), // None49152_V1
    e(49153, 1, [0, 4, 0], 0, 0x0, [S(20353, 12), S(10370, 4), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 124), // None49153_V1
    e(53249, 1, [0, 4, 20], 110, 0x0, [S(20365, 69), S(20434, 23), S(10161, 43), S(17, 11), S(0, 0)], (38, 0), 173), // PowerShellScheduledJobsTobeusedwhenoperationisjustexecutinga...
    e(53250, 1, [0, 4, 20], 110, 0x0, [S(20485, 74), S(20434, 23), S(10161, 43), S(17, 11), S(0, 0)], (38, 0), 174), // PowerShellScheduledJobsTobeusedwhenoperationisjustexecutinga...
    e(53251, 1, [0, 2, 19], 110, 0x0, [S(20567, 57), S(20434, 23), S(10374, 31), S(7818, 5), S(0, 0)], (38, 0), 175), // PowerShellScheduledJobsTobeusedwhenanexceptionisraised_V1
    e(53504, 1, [0, 5, 10], 111, 0x8, [S(20624, 36), S(20660, 22), S(10710, 11), S(10204, 7), S(0, 0)], (48, 1), 124), // PowerShellNamedPipeIPCOpen(async)_V1
    e(53505, 1, [0, 5, 11], 111, 0x8, [S(20682, 37), S(20660, 22), S(10776, 12), S(10204, 7), S(0, 0)], (48, 1), 124), // PowerShellNamedPipeIPCClose(Async)_V1
    e(53506, 1, [0, 5, 19], 111, 0x8, [S(20719, 56), S(20660, 22), S(10374, 31), S(10204, 7), S(0, 0)], (48, 1), 102), // PowerShellNamedPipeIPCTobeusedwhenanexceptionisraised_V1
    e(53507, 1, [0, 5, 12], 111, 0x8, [S(20775, 37), S(20660, 22), S(20812, 7), S(10204, 7), S(0, 0)], (48, 1), 102), // PowerShellNamedPipeIPCONNECTonnect_V1
    e(53508, 1, [0, 5, 11], 111, 0x8, [S(20819, 42), S(20660, 22), S(10776, 12), S(10204, 7), S(0, 0)], (48, 1), 102), // PowerShellNamedPipeIPCClose(Async)53508_V1
    // Microsoft-Windows-WMI-Activity
    e(1, 0, [0, 4, 0], 0, 0x0, [S(1070, 6), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 176), // task_0
    e(2, 0, [0, 4, 0], 0, 0x0, [S(21041, 7), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 177), // task_02
    e(3, 0, [0, 4, 0], 0, 0x0, [S(21072, 7), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 178), // task_03
    e(11, 0, [0, 4, 0], 0, 0x0, [S(21079, 8), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 179), // task_011
    e(12, 0, [0, 4, 0], 0, 0x0, [S(21100, 8), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 180), // task_012
    e(13, 0, [0, 4, 0], 0, 0x0, [S(21114, 8), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 181), // task_013
    e(14, 0, [0, 4, 0], 0, 0x0, [S(21132, 8), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 182), // task_014
    e(15, 0, [0, 4, 0], 0, 0x0, [S(21147, 8), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 183), // task_015
    e(16, 0, [0, 4, 0], 0, 0x0, [S(21175, 8), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 184), // task_016
    e(17, 0, [0, 4, 0], 0, 0x0, [S(21183, 8), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 185), // task_017
    e(18, 0, [0, 4, 0], 0, 0x0, [S(21200, 8), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 186), // task_018
    e(19, 0, [0, 4, 0], 0, 0x0, [S(21233, 8), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 187), // task_019
    e(20, 0, [0, 4, 0], 0, 0x0, [S(21252, 8), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 188), // task_020
    e(21, 0, [0, 4, 0], 0, 0x0, [S(21260, 8), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 186), // task_021
    e(50, 0, [0, 4, 0], 0, 0x0, [S(21268, 8), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), NONE), // task_050
    e(100, 0, [0, 0, 0], 0, 0x0, [S(21276, 9), S(1070, 6), S(0, 0), S(0, 0), S(0, 0)], (38, 0), 189), // task_0100
    e(101, 0, [0, 2, 0], 0, 0x0, [S(21311, 9), S(1070, 6), S(0, 0), S(7818, 5), S(0, 0)], (38, 0), 190), // task_0101
    e(5857, 0, [0, 0, 0], 0, 0x0, [S(21331, 10), S(1070, 6), S(0, 0), S(0, 0), S(0, 0)], (38, 0), 191), // task_05857
    e(5858, 0, [0, 2, 0], 0, 0x0, [S(21368, 10), S(1070, 6), S(0, 0), S(7818, 5), S(0, 0)], (38, 0), 192), // task_05858
    e(5859, 0, [0, 0, 0], 0, 0x0, [S(21387, 10), S(1070, 6), S(0, 0), S(0, 0), S(0, 0)], (38, 0), 193), // task_05859
    e(5860, 0, [0, 0, 0], 0, 0x0, [S(21430, 10), S(1070, 6), S(0, 0), S(0, 0), S(0, 0)], (38, 0), 194), // task_05860
    e(5861, 0, [0, 0, 0], 0, 0x0, [S(21451, 10), S(1070, 6), S(0, 0), S(0, 0), S(0, 0)], (38, 0), 195), // task_05861
    // Microsoft-Windows-TCPIP
    e(1001, 0, [0, 4, 0], 1001, 0x400, [S(21573, 19), S(21573, 19), S(0, 0), S(17, 11), S(0, 0)], (50, 1), 196), // TcpEndpointCreation
    e(1002, 0, [0, 4, 0], 1002, 0x400000480, [S(21669, 17), S(21669, 17), S(0, 0), S(17, 11), S(0, 0)], (51, 3), 197), // TcpRequestConnect
    e(1003, 0, [0, 4, 0], 1003, 0x400000480, [S(21789, 25), S(21789, 25), S(0, 0), S(17, 11), S(0, 0)], (51, 3), 198), // TcpInspectConnectComplete
    e(1004, 0, [0, 4, 0], 1004, 0x500000080, [S(21814, 13), S(21814, 13), S(0, 0), S(17, 11), S(0, 0)], (54, 3), 199), // TcpTcbSynSend
    e(1005, 0, [0, 4, 0], 1005, 0x409, [S(21858, 32), S(21858, 32), S(0, 0), S(17, 11), S(0, 0)], (57, 3), 200), // TcpBindEndpointResolutionFailure
    e(1006, 0, [0, 4, 0], 1006, 0x409, [S(21918, 26), S(21918, 26), S(0, 0), S(17, 11), S(0, 0)], (57, 3), 200), // TcpBindEndpointPortFailure
    e(1007, 0, [0, 4, 0], 1007, 0x409, [S(21944, 32), S(21944, 32), S(0, 0), S(17, 11), S(0, 0)], (57, 3), 200), // TcpBindEndpointInspectionFailure
    e(1008, 0, [0, 4, 0], 1008, 0x409, [S(21976, 23), S(21976, 23), S(0, 0), S(17, 11), S(0, 0)], (57, 3), 200), // TcpBindEndpointComplete
    e(1009, 0, [0, 4, 0], 1009, 0x1000000401, [S(21999, 16), S(21999, 16), S(0, 0), S(17, 11), S(0, 0)], (60, 3), 200), // TcpCloseEndpoint
    e(1010, 0, [0, 4, 0], 1010, 0x401, [S(22027, 26), S(22027, 26), S(0, 0), S(17, 11), S(0, 0)], (63, 2), 201), // TcpCreateEndpointAfFailure
    e(1011, 0, [0, 4, 0], 1011, 0x401, [S(22066, 35), S(22066, 35), S(0, 0), S(17, 11), S(0, 0)], (63, 2), 201), // TcpCreateEndpointCompartmentFailure
    e(1012, 0, [0, 4, 0], 1012, 0x401, [S(22101, 34), S(22101, 34), S(0, 0), S(17, 11), S(0, 0)], (63, 2), 201), // TcpCreateEndpointInspectionFailure
    e(1013, 0, [0, 4, 0], 1013, 0x401, [S(22135, 25), S(22135, 25), S(0, 0), S(17, 11), S(0, 0)], (63, 2), 201), // TcpCreateEndpointComplete
    e(1014, 0, [0, 4, 0], 1014, 0x400000486, [S(22160, 35), S(22160, 35), S(0, 0), S(17, 11), S(0, 0)], (65, 5), 202), // TcpAccpetListenerRouteLookupFailure
    e(1015, 0, [0, 4, 0], 1015, 0x400000486, [S(22233, 33), S(22233, 33), S(0, 0), S(17, 11), S(0, 0)], (65, 5), 203), // TcpAcceptListenerInsertionFailure
    e(1016, 0, [0, 4, 0], 1016, 0x400000486, [S(22434, 25), S(22434, 25), S(0, 0), S(17, 11), S(0, 0)], (65, 5), 202), // TcpAcceptListenerRejected
    e(1017, 0, [0, 4, 0], 1017, 0x400000486, [S(22459, 25), S(22459, 25), S(0, 0), S(17, 11), S(0, 0)], (65, 5), 202), // TcpAcceptListenerComplete
    e(1018, 0, [0, 4, 0], 1018, 0x400000484, [S(22484, 21), S(22484, 21), S(0, 0), S(17, 11), S(0, 0)], (70, 4), 202), // TcpConnectTcbFailedAf
    e(1019, 0, [0, 4, 0], 1019, 0x400000484, [S(22505, 30), S(22505, 30), S(0, 0), S(17, 11), S(0, 0)], (70, 4), 202), // TcpConnectTcbFailedCompartment
    e(1020, 0, [0, 4, 0], 1020, 0x400000484, [S(22535, 26), S(22535, 26), S(0, 0), S(17, 11), S(0, 0)], (70, 4), 202), // TcpConnectTcbFailedInspect
    e(1021, 0, [0, 4, 0], 1021, 0x400000484, [S(22561, 24), S(22561, 24), S(0, 0), S(17, 11), S(0, 0)], (70, 4), 202), // TcpConnectTcbFailedRoute
    e(1022, 0, [0, 4, 0], 1022, 0x400000484, [S(22585, 26), S(22585, 26), S(0, 0), S(17, 11), S(0, 0)], (70, 4), 204), // TcpConnectTcbSkipRateLimit
    e(1023, 0, [0, 4, 0], 1023, 0x400000484, [S(22611, 26), S(22611, 26), S(0, 0), S(17, 11), S(0, 0)], (70, 4), 204), // TcpConnectTcbPassRateLimit
    e(1024, 0, [0, 4, 0], 1024, 0x400000484, [S(22637, 27), S(22637, 27), S(0, 0), S(17, 11), S(0, 0)], (70, 4), 202), // TcpConnectTcbCheckRateLimit
    e(1025, 0, [0, 4, 0], 1025, 0x400000484, [S(22664, 20), S(22664, 20), S(0, 0), S(17, 11), S(0, 0)], (70, 4), 205), // TcpSecurityRateLimit
    e(1026, 0, [0, 4, 0], 1026, 0x400000484, [S(22831, 23), S(22831, 23), S(0, 0), S(17, 11), S(0, 0)], (70, 4), 204), // TcpRateLimitPathRelease
    e(1027, 0, [0, 4, 0], 1027, 0x400000484, [S(22854, 29), S(22854, 29), S(0, 0), S(17, 11), S(0, 0)], (70, 4), 202), // TcpConnectTcbRateLimitRelease
    e(1028, 0, [0, 4, 0], 1028, 0x400000484, [S(22883, 22), S(22883, 22), S(0, 0), S(17, 11), S(0, 0)], (70, 4), 204), // TcpRateLimitPathCancel
    e(1029, 0, [0, 4, 0], 1029, 0x400000484, [S(22905, 19), S(22905, 19), S(0, 0), S(17, 11), S(0, 0)], (70, 4), 202), // TcpConnectTcbCancel
    e(1030, 0, [0, 4, 0], 1030, 0x400000484, [S(22924, 26), S(22924, 26), S(0, 0), S(17, 11), S(0, 0)], (70, 4), 197), // TcpConnectTcbFailInsertion
    e(1031, 0, [0, 4, 0], 1031, 0x400000484, [S(22950, 23), S(22950, 23), S(0, 0), S(17, 11), S(0, 0)], (70, 4), 202), // TcpConnectTcbProceeding
    e(1032, 0, [0, 4, 0], 1032, 0x400000484, [S(22973, 28), S(22973, 28), S(0, 0), S(17, 11), S(0, 0)], (70, 4), 202), // TcpConnectTcbRateLimitCancel
    e(1033, 0, [0, 4, 0], 1033, 0x400000484, [S(23001, 21), S(23001, 21), S(0, 0), S(17, 11), S(0, 0)], (70, 4), 202), // TcpConnectTcbComplete
    e(1034, 0, [0, 4, 0], 1034, 0x400000484, [S(23022, 20), S(23022, 20), S(0, 0), S(17, 11), S(0, 0)], (70, 4), 202), // TcpConnectTcbFailure
    e(1035, 0, [0, 4, 0], 1035, 0x400000484, [S(23042, 39), S(23042, 39), S(0, 0), S(17, 11), S(0, 0)], (70, 4), 202), // TcpConnectTcbFailInspectConnectComplete
    e(1036, 0, [0, 4, 0], 1036, 0x400000484, [S(23081, 29), S(23081, 29), S(0, 0), S(17, 11), S(0, 0)], (70, 4), 202), // TcpConnectTcbFailSessionState
    e(1037, 0, [0, 4, 0], 1037, 0x400000484, [S(23110, 29), S(23110, 29), S(0, 0), S(17, 11), S(0, 0)], (70, 4), 202), // TcpConnectTcbFailDontFragment
    e(1038, 0, [0, 4, 0], 1038, 0x1000000404, [S(23139, 18), S(23139, 18), S(0, 0), S(17, 11), S(0, 0)], (74, 3), 202), // TcpCloseTcbRequest
    e(1039, 0, [0, 4, 0], 1039, 0x1000000484, [S(23157, 18), S(23157, 18), S(0, 0), S(17, 11), S(0, 0)], (77, 4), 202), // TcpAbortTcbRequest
    e(1040, 0, [0, 4, 0], 1040, 0x1000000484, [S(23175, 19), S(23175, 19), S(0, 0), S(17, 11), S(0, 0)], (77, 4), 202), // TcpAbortTcbComplete
    e(1041, 0, [0, 4, 0], 1041, 0x1000000484, [S(23194, 28), S(23194, 28), S(0, 0), S(17, 11), S(0, 0)], (77, 4), 206), // TcpDisconnectTcbInjectFailed
    e(1042, 0, [0, 4, 0], 1042, 0x1000000484, [S(23319, 23), S(23319, 23), S(0, 0), S(17, 11), S(0, 0)], (77, 4), 207), // TcpDisconnectTcbRequest
    e(1043, 0, [0, 4, 0], 1043, 0x1000000484, [S(23357, 24), S(23357, 24), S(0, 0), S(17, 11), S(0, 0)], (77, 4), 202), // TcpDisconnectTcbComplete
    e(1044, 0, [0, 4, 0], 1044, 0x1000000484, [S(23381, 14), S(23381, 14), S(0, 0), S(17, 11), S(0, 0)], (77, 4), 202), // TcpShutdownTcb
    e(1045, 0, [0, 4, 0], 1045, 0x1000000484, [S(23395, 20), S(23395, 20), S(0, 0), S(17, 11), S(0, 0)], (77, 4), 202), // TcpConnectTcbTimeout
    e(1046, 0, [0, 4, 0], 1046, 0x1000000484, [S(23415, 26), S(23415, 26), S(0, 0), S(17, 11), S(0, 0)], (77, 4), 202), // TcpDisconnectTcbRtoTimeout
    e(1047, 0, [0, 4, 0], 1047, 0x1000000484, [S(23441, 32), S(23441, 32), S(0, 0), S(17, 11), S(0, 0)], (77, 4), 202), // TcpDisconnectTcbKeepaliveTimeout
    e(1048, 0, [0, 4, 0], 1048, 0x1000000484, [S(23473, 23), S(23473, 23), S(0, 0), S(17, 11), S(0, 0)], (77, 4), 202), // TcpDisconnectTcbTimeout
    e(1049, 0, [0, 4, 0], 1049, 0x400000484, [S(23496, 25), S(23496, 25), S(0, 0), S(17, 11), S(0, 0)], (70, 4), 202), // TcpConnectTcbEstatsFailed
    e(1050, 0, [0, 4, 0], 1050, 0x400000484, [S(23521, 27), S(23521, 27), S(0, 0), S(17, 11), S(0, 0)], (70, 4), 202), // TcpConnectFailedPortAcquire
    e(1051, 0, [0, 4, 0], 1051, 0x404, [S(23548, 17), S(23548, 17), S(0, 0), S(17, 11), S(0, 0)], (81, 2), 208), // TcpTcbStateChange
    e(1052, 0, [0, 4, 0], 1052, 0x409, [S(23579, 33), S(23579, 33), S(0, 0), S(17, 11), S(0, 0)], (57, 3), 209), // TcpEndpointAcquirePortReservation
    e(1053, 0, [0, 4, 0], 1053, 0x409, [S(23634, 32), S(23634, 32), S(0, 0), S(17, 11), S(0, 0)], (57, 3), 209), // TcpEndpointFailedPortReservation
    e(1054, 0, [0, 4, 0], 1054, 0x8000000080, [S(23666, 24), S(23666, 24), S(0, 0), S(17, 11), S(0, 0)], (83, 2), 209), // TcpGlobalPortReservation
    e(1055, 0, [0, 3, 0], 1055, 0x8000000080, [S(23699, 23), S(23699, 23), S(0, 0), S(7884, 7), S(0, 0)], (83, 2), 205), // TcpGlobalSynAttackEntry
    e(1056, 0, [0, 3, 0], 1056, 0x8000000080, [S(23722, 33), S(23722, 33), S(0, 0), S(7884, 7), S(0, 0)], (83, 2), 205), // TcpGlobalReassemblyLimitViolation
    e(1057, 0, [0, 3, 0], 1057, 0x8000000080, [S(23755, 37), S(23755, 37), S(0, 0), S(7884, 7), S(0, 0)], (83, 2), 205), // TcpGlobalConnectionRateLimitViolation
    e(1058, 0, [0, 3, 0], 1058, 0x18000000080, [S(23792, 30), S(23792, 30), S(0, 0), S(7884, 7), S(0, 0)], (85, 3), 205), // TcpGlobalLandAttackSegmentDrop
    e(1059, 0, [0, 3, 0], 1059, 0x8000000080, [S(23841, 25), S(23841, 25), S(0, 0), S(7884, 7), S(0, 0)], (83, 2), 210), // TcpGlobalIsbBeginThrottle
    e(1060, 0, [0, 4, 0], 1060, 0x8000000080, [S(23930, 23), S(23930, 23), S(0, 0), S(17, 11), S(0, 0)], (83, 2), 210), // TcpGlobalIsbEndThrottle
    e(1061, 0, [0, 4, 0], 1061, 0x8000000010, [S(23953, 21), S(23953, 21), S(0, 0), S(17, 11), S(0, 0)], (88, 2), 211), // TcpGlobalAddInterface
    e(1062, 0, [0, 4, 0], 1062, 0x8000000010, [S(23991, 24), S(23991, 24), S(0, 0), S(17, 11), S(0, 0)], (88, 2), 211), // TcpGlobalDeleteInterface
    e(1063, 0, [0, 4, 0], 1063, 0x8000000080, [S(24015, 22), S(24015, 22), S(0, 0), S(17, 11), S(0, 0)], (83, 2), 205), // TcpGlobalSynAttackExit
    e(1064, 0, [0, 5, 0], 1064, 0x404, [S(24037, 16), S(24037, 16), S(0, 0), S(10204, 7), S(0, 0)], (81, 2), 212), // TcpTcbStartTimer
    e(1064, 1, [0, 5, 0], 1064, 0x404, [S(24231, 19), S(24037, 16), S(0, 0), S(10204, 7), S(0, 0)], (81, 2), 213), // TcpTcbStartTimer_V1
    e(1065, 0, [0, 5, 0], 1065, 0x404, [S(24329, 15), S(24329, 15), S(0, 0), S(10204, 7), S(0, 0)], (81, 2), 214), // TcpTcbStopTimer
    e(1066, 0, [0, 5, 0], 1066, 0x404, [S(24344, 17), S(24344, 17), S(0, 0), S(10204, 7), S(0, 0)], (81, 2), 214), // TcpTcbExpireTimer
    e(1067, 0, [0, 4, 0], 1067, 0x484, [S(24361, 15), S(24361, 15), S(0, 0), S(17, 11), S(0, 0)], (90, 3), 215), // TcpTcbChangeIsb
    e(1068, 0, [0, 4, 0], 1068, 0x8000000080, [S(24414, 17), S(24414, 17), S(0, 0), S(17, 11), S(0, 0)], (83, 2), 216), // TcpRssTableChange
    e(1069, 0, [0, 5, 0], 1069, 0x100000080, [S(24532, 22), S(24532, 22), S(0, 0), S(10204, 7), S(0, 0)], (93, 2), 217), // TcpDataTransferTimeout
    e(1070, 0, [0, 5, 0], 1070, 0x100000000, [S(24608, 24), S(24608, 24), S(0, 0), S(10204, 7), S(0, 0)], (95, 1), 217), // TcpDataTransferRttSample
    e(1071, 0, [0, 4, 0], 1071, 0x100000000, [S(24632, 21), S(24632, 21), S(0, 0), S(17, 11), S(0, 0)], (95, 1), 217), // TcpDataTransferCumAck
    e(1072, 0, [0, 4, 0], 1072, 0x200000000, [S(24653, 21), S(24653, 21), S(0, 0), S(17, 11), S(0, 0)], (96, 1), 217), // TcpDataTransferDupAck
    e(1073, 0, [0, 4, 0], 1073, 0x100000000, [S(24688, 19), S(24688, 19), S(0, 0), S(17, 11), S(0, 0)], (95, 1), 217), // TcpDataTransferSend
    e(1074, 0, [0, 4, 0], 1074, 0x200000000, [S(24707, 22), S(24707, 22), S(0, 0), S(17, 11), S(0, 0)], (96, 1), 218), // TcpDataTransferReceive
    e(1075, 0, [0, 4, 0], 1075, 0x200000000, [S(24729, 18), S(24729, 18), S(0, 0), S(17, 11), S(0, 0)], (96, 1), 219), // TcpDataTransferEcn
    e(1076, 0, [0, 4, 0], 1076, 0x100000080, [S(24755, 30), S(24755, 30), S(0, 0), S(17, 11), S(0, 0)], (93, 2), 217), // TcpDataTransferSpuriousTimeout
    e(1077, 0, [0, 4, 0], 1077, 0x100000080, [S(24785, 30), S(24785, 30), S(0, 0), S(17, 11), S(0, 0)], (93, 2), 217), // TcpDataTransferRetransmitRound
    e(1078, 0, [0, 4, 0], 1078, 0x200000080, [S(24815, 20), S(24815, 20), S(0, 0), S(17, 11), S(0, 0)], (97, 2), 220), // TcpLossRecoveryEntry
    e(1079, 0, [0, 4, 0], 1079, 0x200000080, [S(24841, 19), S(24841, 19), S(0, 0), S(17, 11), S(0, 0)], (97, 2), 220), // TcpLossRecoveryExit
    e(1080, 0, [0, 4, 0], 1080, 0x200000080, [S(24860, 24), S(24860, 24), S(0, 0), S(17, 11), S(0, 0)], (97, 2), 221), // TcpLossRecoverySackEntry
    e(1081, 0, [0, 4, 0], 1081, 0x200000080, [S(24921, 23), S(24921, 23), S(0, 0), S(17, 11), S(0, 0)], (97, 2), 222), // TcpLossRecoverySackExit
    e(1082, 0, [0, 4, 0], 1082, 0x200000080, [S(24944, 33), S(24944, 33), S(0, 0), S(17, 11), S(0, 0)], (97, 2), 217), // TcpSlowStartToCongestionAvoidance
    e(1084, 0, [0, 4, 0], 1084, 0x8000000080, [S(24977, 26), S(24977, 26), S(0, 0), S(17, 11), S(0, 0)], (83, 2), 223), // TcpBlackHoleDetectionEntry
    e(1085, 0, [0, 4, 0], 1085, 0x8000000080, [S(25030, 25), S(25030, 25), S(0, 0), S(17, 11), S(0, 0)], (83, 2), 223), // TcpBlackHoleDetectionExit
    e(1086, 0, [0, 4, 0], 1086, 0x8000000080, [S(25055, 27), S(25055, 27), S(0, 0), S(17, 11), S(0, 0)], (83, 2), 223), // TcpBlackHoleDetectionFailed
    e(1087, 0, [0, 4, 0], 1087, 0x100000080, [S(25082, 28), S(25082, 28), S(0, 0), S(17, 11), S(0, 0)], (93, 2), 217), // TcpSpuriousRtoDetectionBegin
    e(1088, 0, [0, 4, 0], 1088, 0x100000080, [S(25110, 26), S(25110, 26), S(0, 0), S(17, 11), S(0, 0)], (93, 2), 217), // TcpSpuriousRtoDetectionEnd
    e(1089, 0, [0, 4, 0], 1089, 0x400000484, [S(25136, 32), S(25136, 32), S(0, 0), S(17, 11), S(0, 0)], (70, 4), 198), // TcpConnectTcbFailedActiveConnect
    e(1090, 0, [0, 5, 0], 1090, 0x200000000, [S(25168, 20), S(25168, 20), S(0, 0), S(10204, 7), S(0, 0)], (96, 1), 224), // TcpReleaseIndication
    e(1091, 0, [0, 4, 0], 1091, 0x100000000, [S(25191, 20), S(25191, 20), S(0, 0), S(17, 11), S(0, 0)], (95, 1), 217), // TcpAppSendBufferSize
    e(1092, 0, [0, 5, 0], 1092, 0x200000000, [S(25211, 18), S(25211, 18), S(0, 0), S(10204, 7), S(0, 0)], (96, 1), 225), // TcpAutoTuningBegin
    e(1093, 0, [0, 5, 0], 1093, 0x200000000, [S(25239, 16), S(25239, 16), S(0, 0), S(10204, 7), S(0, 0)], (96, 1), 225), // TcpAutoTuningEnd
    e(1094, 0, [0, 4, 0], 1094, 0x200000080, [S(25255, 32), S(25255, 32), S(0, 0), S(17, 11), S(0, 0)], (97, 2), 225), // TcpAutoTuningFailedRttEstimation
    e(1095, 0, [0, 4, 0], 1095, 0x200000080, [S(25287, 38), S(25287, 38), S(0, 0), S(17, 11), S(0, 0)], (97, 2), 225), // TcpAutoTuningFailedBandwidthEstimation
    e(1096, 0, [0, 4, 0], 1096, 0x200000080, [S(25325, 36), S(25325, 36), S(0, 0), S(17, 11), S(0, 0)], (97, 2), 225), // TcpAutoTuningFailedAllocationFailure
    e(1097, 0, [0, 4, 0], 1097, 0x200000000, [S(25361, 32), S(25361, 32), S(0, 0), S(17, 11), S(0, 0)], (96, 1), 225), // TcpAutoTuningChangeRcvBufferSize
    e(1098, 0, [0, 4, 0], 1098, 0x8000000000, [S(25393, 25), S(25393, 25), S(0, 0), S(17, 11), S(0, 0)], (99, 1), 217), // TcpRttResiliencyDetection
    e(1099, 0, [0, 4, 0], 1099, 0x484, [S(25418, 31), S(25418, 31), S(0, 0), S(17, 11), S(0, 0)], (90, 3), 226), // TcpConnectionOffloadStateChange
    e(1100, 0, [0, 4, 0], 1100, 0x100000080, [S(25465, 20), S(25465, 20), S(0, 0), S(17, 11), S(0, 0)], (93, 2), 227), // TcpSwsAvoidanceBegin
    e(1101, 0, [0, 5, 0], 1101, 0x100000080, [S(25515, 18), S(25515, 18), S(0, 0), S(10204, 7), S(0, 0)], (93, 2), 227), // TcpSwsAvoidanceEnd
    e(1102, 0, [0, 4, 0], 1102, 0x100000080, [S(25533, 25), S(25533, 25), S(0, 0), S(17, 11), S(0, 0)], (93, 2), 220), // TcpZeroWindowProbingBegin
    e(1103, 0, [0, 4, 0], 1103, 0x100000080, [S(25558, 23), S(25558, 23), S(0, 0), S(17, 11), S(0, 0)], (93, 2), 220), // TcpZeroWindowProbingEnd
    e(1104, 0, [0, 4, 0], 1104, 0x4000000404, [S(25581, 15), S(25581, 15), S(0, 0), S(17, 11), S(0, 0)], (100, 3), 228), // TcpSetTcpOption
    e(1105, 0, [0, 4, 0], 1105, 0x4000000404, [S(25634, 17), S(25634, 17), S(0, 0), S(17, 11), S(0, 0)], (100, 3), 229), // TcpSetTcpSoOption
    e(1106, 0, [0, 4, 0], 1106, 0x8000002090, [S(25900, 18), S(25900, 18), S(0, 0), S(17, 11), S(0, 0)], (103, 4), 230), // TcpMediaDisconnect
    e(1107, 0, [0, 4, 0], 1107, 0x8000000000, [S(25932, 16), S(25932, 16), S(0, 0), S(17, 11), S(0, 0)], (99, 1), 231), // TcpModuleStarted
    e(1108, 0, [0, 4, 0], 1108, 0x8000000000, [S(25964, 16), S(25964, 16), S(0, 0), S(17, 11), S(0, 0)], (99, 1), 231), // TcpModuleStopped
    e(1109, 0, [0, 2, 0], 1109, 0x8000000080, [S(25980, 17), S(25980, 17), S(0, 0), S(7818, 5), S(0, 0)], (83, 2), 232), // TcpMemoryFailures
    e(1110, 0, [0, 4, 0], 1110, 0xc000000080, [S(26019, 19), S(26019, 19), S(0, 0), S(17, 11), S(0, 0)], (107, 3), 233), // TcpGlobalParameters
    e(1111, 0, [0, 5, 0], 1111, 0x100000000, [S(26348, 6), S(26348, 6), S(0, 0), S(10204, 7), S(0, 0)], (95, 1), 234), // TcpLso
    e(1112, 0, [0, 4, 0], 1112, 0x4000000004, [S(26382, 26), S(26382, 26), S(0, 0), S(17, 11), S(0, 0)], (110, 2), 235), // TcpConnectionOffloadStatus
    e(1113, 0, [0, 5, 0], 1113, 0xc000000004, [S(26412, 24), S(26412, 24), S(0, 0), S(10204, 7), S(0, 0)], (112, 3), 235), // TcpConnectionOffloadPmax
    e(1117, 0, [0, 4, 0], 1117, 0x400000002, [S(26436, 29), S(26436, 29), S(0, 0), S(17, 11), S(0, 0)], (115, 2), 236), // TcpListenerActivationFailedAf
    e(1118, 0, [0, 4, 0], 1118, 0x400000002, [S(26478, 38), S(26478, 38), S(0, 0), S(17, 11), S(0, 0)], (115, 2), 236), // TcpListenerActivationFailedCompartment
    e(1119, 0, [0, 4, 0], 1119, 0x400000002, [S(26516, 38), S(26516, 38), S(0, 0), S(17, 11), S(0, 0)], (115, 2), 236), // TcpListenerActivationFailedInspection1
    e(1120, 0, [0, 4, 0], 1120, 0x400000002, [S(26554, 38), S(26554, 38), S(0, 0), S(17, 11), S(0, 0)], (115, 2), 236), // TcpListenerActivationFailedInspection2
    e(1121, 0, [0, 4, 0], 1121, 0x400000002, [S(26592, 31), S(26592, 31), S(0, 0), S(17, 11), S(0, 0)], (115, 2), 236), // TcpListenerBindFailedResolution
    e(1122, 0, [0, 4, 0], 1122, 0x400000002, [S(26623, 25), S(26623, 25), S(0, 0), S(17, 11), S(0, 0)], (115, 2), 236), // TcpListenerBindFailedPort
    e(1123, 0, [0, 4, 0], 1123, 0x400000002, [S(26648, 20), S(26648, 20), S(0, 0), S(17, 11), S(0, 0)], (115, 2), 236), // TcpListenerActivated
    e(1124, 0, [0, 4, 0], 1124, 0x400000002, [S(26668, 18), S(26668, 18), S(0, 0), S(17, 11), S(0, 0)], (115, 2), 236), // TcpListenerUnbound
    e(1130, 0, [0, 4, 0], 1130, 0x8000000010, [S(26686, 19), S(26686, 19), S(0, 0), S(17, 11), S(0, 0)], (88, 2), 237), // FramingIfOperStatus
    e(1136, 0, [0, 4, 0], 1136, 0x8000000010, [S(26722, 16), S(26722, 16), S(0, 0), S(17, 11), S(0, 0)], (88, 2), 230), // FramingNdisPause
    e(1137, 0, [0, 4, 0], 1137, 0x8000000010, [S(26738, 18), S(26738, 18), S(0, 0), S(17, 11), S(0, 0)], (88, 2), 230), // FramingNdisRestart
    e(1144, 0, [0, 4, 0], 1144, 0x4000000010, [S(26756, 25), S(26756, 25), S(0, 0), S(17, 11), S(0, 0)], (117, 2), 238), // IpInterfacePropertyChange
    e(1150, 0, [0, 4, 0], 1150, 0x100000080, [S(26858, 26), S(26858, 26), S(0, 0), S(17, 11), S(0, 0)], (93, 2), 217), // TcpCtcpDataTransferTimeout
    e(1151, 0, [0, 4, 0], 1151, 0x100000000, [S(26884, 25), S(26884, 25), S(0, 0), S(17, 11), S(0, 0)], (95, 1), 217), // TcpCtcpDataTransferCumAck
    e(1152, 0, [0, 4, 0], 1152, 0x200000000, [S(26909, 25), S(26909, 25), S(0, 0), S(17, 11), S(0, 0)], (96, 1), 217), // TcpCtcpDataTransferDupAck
    e(1153, 0, [0, 5, 0], 1153, 0x100000000, [S(26934, 23), S(26934, 23), S(0, 0), S(10204, 7), S(0, 0)], (95, 1), 217), // TcpCtcpDataTransferSend
    e(1154, 0, [0, 4, 0], 1154, 0x200000000, [S(26957, 22), S(26957, 22), S(0, 0), S(17, 11), S(0, 0)], (96, 1), 219), // TcpCtcpDataTransferEcn
    e(1155, 0, [0, 5, 0], 1155, 0x100000080, [S(26979, 34), S(26979, 34), S(0, 0), S(10204, 7), S(0, 0)], (93, 2), 217), // TcpCtcpDataTransferSpuriousTimeout
    e(1156, 0, [0, 4, 0], 1156, 0x200000000, [S(27013, 17), S(27013, 17), S(0, 0), S(17, 11), S(0, 0)], (96, 1), 206), // TcpReceiveRequest
    e(1157, 0, [0, 4, 0], 1157, 0x200000000, [S(27030, 20), S(27030, 20), S(0, 0), S(17, 11), S(0, 0)], (96, 1), 206), // TcpDeliveryIndicated
    e(1158, 0, [0, 4, 0], 1158, 0x200000000, [S(27050, 20), S(27050, 20), S(0, 0), S(17, 11), S(0, 0)], (96, 1), 206), // TcpDeliverySatisfied
    e(1159, 0, [0, 4, 0], 1159, 0x100000000, [S(27070, 13), S(27070, 13), S(0, 0), S(17, 11), S(0, 0)], (95, 1), 239), // TcpSendPosted
    e(1160, 0, [0, 5, 0], 1160, 0x100000000, [S(27083, 18), S(27083, 18), S(0, 0), S(10204, 7), S(0, 0)], (95, 1), 239), // TcpSendTransmitted
    e(1161, 0, [0, 5, 0], 1161, 0x100000000, [S(27101, 14), S(27101, 14), S(0, 0), S(10204, 7), S(0, 0)], (95, 1), 239), // TcpSendAdvance
    e(1162, 0, [0, 5, 0], 1162, 0x100000040, [S(27115, 24), S(27115, 24), S(0, 0), S(10204, 7), S(0, 0)], (119, 2), 198), // TcpCTcpDelayWndwInactive
    e(1163, 0, [0, 5, 0], 1163, 0x100000040, [S(27151, 21), S(27151, 21), S(0, 0), S(10204, 7), S(0, 0)], (119, 2), 240), // TcpCTcpAssignedBlocks
    e(1164, 0, [0, 5, 0], 1164, 0x100000040, [S(27201, 21), S(27201, 21), S(0, 0), S(10204, 7), S(0, 0)], (119, 2), 241), // TcpCTcpCongestionWndw
    e(1165, 0, [0, 5, 0], 1165, 0x100000040, [S(27256, 12), S(27256, 12), S(0, 0), S(10204, 7), S(0, 0)], (119, 2), 242), // TcpCTcpGamma
    e(1166, 0, [0, 5, 0], 1166, 0x100000000, [S(27310, 25), S(27310, 25), S(0, 0), S(10204, 7), S(0, 0)], (95, 1), 243), // TcpSrttMeasurementStarted
    e(1167, 0, [0, 4, 0], 1167, 0x100000000, [S(27352, 26), S(27352, 26), S(0, 0), S(17, 11), S(0, 0)], (95, 1), 243), // TcpSrttMeasurementComplete
    e(1168, 0, [0, 5, 0], 1168, 0x100000000, [S(27378, 27), S(27378, 27), S(0, 0), S(10204, 7), S(0, 0)], (95, 1), 243), // TcpSrttMeasurementCancelled
    e(1169, 0, [0, 4, 0], 1169, 0x100000000, [S(27405, 23), S(27405, 23), S(0, 0), S(17, 11), S(0, 0)], (95, 1), 244), // UdpEndpointSendMessages
    e(1170, 0, [0, 4, 0], 1170, 0x200000000, [S(27505, 26), S(27505, 26), S(0, 0), S(17, 11), S(0, 0)], (96, 1), 244), // UdpEndpointReceiveMessages
    e(1171, 0, [0, 5, 0], 1171, 0x200000000, [S(27531, 16), S(27531, 16), S(0, 0), S(10204, 7), S(0, 0)], (96, 1), 206), // TcpDeliveryFlush
    e(1172, 0, [0, 3, 0], 1172, 0x200000000, [S(27547, 22), S(27547, 22), S(0, 0), S(7884, 7), S(0, 0)], (96, 1), 206), // TcpTcbInjectRcvFailure
    e(1173, 0, [0, 5, 0], 1173, 0x200000000, [S(27569, 24), S(27569, 24), S(0, 0), S(10204, 7), S(0, 0)], (96, 1), 206), // TcpDeliveryInjectingData
    e(1174, 0, [0, 3, 0], 1174, 0x200000000, [S(27593, 22), S(27593, 22), S(0, 0), S(7884, 7), S(0, 0)], (96, 1), 206), // TcpTcbInjectFinFailure
    e(1175, 0, [0, 5, 0], 1175, 0x200000000, [S(27615, 17), S(27615, 17), S(0, 0), S(10204, 7), S(0, 0)], (96, 1), 206), // TcpDeliveryAccept
    e(1176, 0, [0, 4, 0], 1176, 0x200000000, [S(27632, 14), S(27632, 14), S(0, 0), S(17, 11), S(0, 0)], (96, 1), 206), // TcpDeliveryFin
    e(1178, 0, [0, 5, 0], 1178, 0x200000000, [S(27646, 15), S(27646, 15), S(0, 0), S(10204, 7), S(0, 0)], (96, 1), 206), // TcpDeliveryPush
    e(1180, 0, [0, 5, 0], 1180, 0x200000000, [S(27661, 23), S(27661, 23), S(0, 0), S(10204, 7), S(0, 0)], (96, 1), 206), // TcpTcbInjectFinComplete
    e(1181, 0, [0, 5, 0], 1181, 0x200000000, [S(27684, 21), S(27684, 21), S(0, 0), S(10204, 7), S(0, 0)], (96, 1), 206), // TcpDeliveryCompleting
    e(1182, 0, [0, 4, 0], 1182, 0x400000080, [S(27705, 27), S(27705, 27), S(0, 0), S(17, 11), S(0, 0)], (121, 2), 197), // TcpInitiateSynRstValidation
    e(1183, 0, [0, 4, 0], 1183, 0x600000080, [S(27732, 26), S(27732, 26), S(0, 0), S(17, 11), S(0, 0)], (123, 3), 197), // TcpConnectTcbFailedRcvdRst
    e(1184, 0, [0, 4, 0], 1184, 0x600000080, [S(27758, 30), S(27758, 30), S(0, 0), S(17, 11), S(0, 0)], (123, 3), 197), // TcpConnectionTerminatedRcvdRst
    e(1185, 0, [0, 4, 0], 1185, 0x600000080, [S(27788, 30), S(27788, 30), S(0, 0), S(17, 11), S(0, 0)], (123, 3), 197), // TcpConnectionTerminatedRcvdSyn
    e(1186, 0, [0, 4, 0], 1186, 0x500000080, [S(27818, 21), S(27818, 21), S(0, 0), S(17, 11), S(0, 0)], (54, 3), 197), // TcpConnectRestransmit
    e(1187, 0, [0, 4, 0], 1187, 0x500000080, [S(27839, 26), S(27839, 26), S(0, 0), S(17, 11), S(0, 0)], (54, 3), 197), // TcpDataTransferRestransmit
    e(1188, 0, [0, 4, 0], 1188, 0x500000080, [S(27865, 22), S(27865, 22), S(0, 0), S(17, 11), S(0, 0)], (54, 3), 220), // TcpConnectionKeepAlive
    e(1189, 0, [0, 5, 0], 1189, 0x200000000, [S(27887, 22), S(27887, 22), S(0, 0), S(10204, 7), S(0, 0)], (96, 1), 245), // TcpDeliveryStateChange
    e(1190, 0, [0, 4, 0], 1190, 0x10200000080, [S(27993, 22), S(27993, 22), S(0, 0), S(17, 11), S(0, 0)], (126, 3), 206), // TcpDeliveryDataDropped
    e(1191, 0, [0, 4, 0], 1191, 0x400000000, [S(28015, 14), S(28015, 14), S(0, 0), S(17, 11), S(0, 0)], (129, 1), 246), // TcpAcquirePort
    e(1192, 0, [0, 4, 0], 1192, 0x400000000, [S(28080, 21), S(28080, 21), S(0, 0), S(17, 11), S(0, 0)], (129, 1), 246), // TcpAcquireWeakRefPort
    e(1193, 0, [0, 4, 0], 1193, 0x400000000, [S(28101, 14), S(28101, 14), S(0, 0), S(17, 11), S(0, 0)], (129, 1), 246), // TcpReleasePort
    e(1194, 0, [0, 4, 0], 1194, 0x400000000, [S(28115, 14), S(28115, 14), S(0, 0), S(17, 11), S(0, 0)], (129, 1), 246), // TcpReplacePort
    e(1195, 0, [0, 4, 0], 1195, 0x400000080, [S(28129, 28), S(28129, 28), S(0, 0), S(17, 11), S(0, 0)], (121, 2), 246), // TcpAssignedWeakReferencePort
    e(1196, 0, [0, 4, 0], 1196, 0x100000000, [S(28157, 22), S(28157, 22), S(0, 0), S(17, 11), S(0, 0)], (95, 1), 222), // TcpBhDetectFullSizeAck
    e(1197, 0, [0, 4, 0], 1197, 0x100000000, [S(28179, 12), S(28179, 12), S(0, 0), S(17, 11), S(0, 0)], (95, 1), 222), // TcpFlushSack
    e(1198, 0, [0, 5, 0], 1198, 0x200000000, [S(28191, 18), S(28191, 18), S(0, 0), S(10204, 7), S(0, 0)], (96, 1), 220), // TcpReassemblyEntry
    e(1199, 0, [0, 5, 0], 1199, 0x200000000, [S(28209, 17), S(28209, 17), S(0, 0), S(10204, 7), S(0, 0)], (96, 1), 220), // TcpReassemblyExit
    e(1200, 0, [0, 4, 0], 1200, 0x1000000484, [S(28226, 33), S(28226, 33), S(0, 0), S(17, 11), S(0, 0)], (77, 4), 202), // TcpDisconnectTcbZeroWindowTimeout
    e(1201, 0, [0, 4, 0], 1201, 0x1000000484, [S(28259, 31), S(28259, 31), S(0, 0), S(17, 11), S(0, 0)], (77, 4), 202), // TcpDisconnectTcbFinWait2Timeout
    e(1204, 0, [0, 4, 0], 1204, 0x200000080, [S(28290, 18), S(28290, 18), S(0, 0), S(17, 11), S(0, 0)], (97, 2), 222), // TcpReassemblyFlush
    e(1207, 0, [0, 2, 0], 1207, 0x8000000080, [S(28308, 26), S(28308, 26), S(0, 0), S(7818, 5), S(0, 0)], (83, 2), 247), // TcpWsdInitializationErrors
    e(1208, 0, [0, 4, 0], 1208, 0x8000000080, [S(28630, 31), S(28630, 31), S(0, 0), S(17, 11), S(0, 0)], (83, 2), 248), // TcpWsdInitializationInformation
    e(1209, 0, [0, 4, 0], 1209, 0x8000000080, [S(28661, 25), S(28661, 25), S(0, 0), S(17, 11), S(0, 0)], (83, 2), 249), // TcpWsdWsRestrictedProfile
    e(1210, 0, [0, 4, 0], 1210, 0x8000000080, [S(28686, 29), S(28686, 29), S(0, 0), S(17, 11), S(0, 0)], (83, 2), 249), // TcpWsdWsRestrictedDestination
    e(1211, 0, [0, 4, 0], 1211, 0x8000000080, [S(28715, 27), S(28715, 27), S(0, 0), S(17, 11), S(0, 0)], (83, 2), 250), // TcpWsdCacheEntryStateChange
    e(1212, 0, [0, 4, 0], 1212, 0x8000000080, [S(28872, 24), S(28872, 24), S(0, 0), S(17, 11), S(0, 0)], (83, 2), 251), // TcpWsdProfileStateChange
    e(1213, 0, [0, 4, 0], 1213, 0x8000000080, [S(28903, 17), S(28903, 17), S(0, 0), S(17, 11), S(0, 0)], (83, 2), 252), // TcpWsdStateChange
    e(1214, 0, [0, 5, 0], 1214, 0x18200000080, [S(28974, 25), S(28974, 25), S(0, 0), S(10204, 7), S(0, 0)], (130, 4), 253), // TcpipTransportPacketDrops
    e(1216, 0, [0, 5, 0], 1216, 0x8000000000, [S(29029, 19), S(29029, 19), S(0, 0), S(10204, 7), S(0, 0)], (99, 1), 254), // TcpMppNppEvaluation
    e(1217, 0, [0, 4, 0], 1217, 0x8000000000, [S(29132, 18), S(29132, 18), S(0, 0), S(17, 11), S(0, 0)], (99, 1), 255), // TcpMppStartEpisode
    e(1218, 0, [0, 4, 0], 1218, 0x8000000000, [S(29230, 17), S(29230, 17), S(0, 0), S(17, 11), S(0, 0)], (99, 1), 256), // TcpMppStopEpisode
    e(1219, 0, [0, 4, 0], 1219, 0x8000000000, [S(29247, 16), S(29247, 16), S(0, 0), S(17, 11), S(0, 0)], (99, 1), 257), // TcpMppStartEpoch
    e(1220, 0, [0, 4, 0], 1220, 0x8000000000, [S(29359, 15), S(29359, 15), S(0, 0), S(17, 11), S(0, 0)], (99, 1), 258), // TcpMppStopEpoch
    e(1221, 0, [0, 4, 0], 1221, 0x100000000, [S(29400, 14), S(29400, 14), S(0, 0), S(17, 11), S(0, 0)], (95, 1), 259), // TcpCwndRestart
    e(1222, 0, [0, 4, 0], 1222, 0x100000000, [S(29450, 22), S(29450, 22), S(0, 0), S(17, 11), S(0, 0)], (95, 1), 259), // TcpInitialCwndAdjusted
    e(1223, 0, [0, 4, 0], 1223, 0x8000000000, [S(29472, 21), S(29472, 21), S(0, 0), S(17, 11), S(0, 0)], (99, 1), 260), // TcpTemplateParameters
    e(1224, 0, [0, 5, 0], 1224, 0x8000000000, [S(29877, 18), S(29877, 18), S(0, 0), S(10204, 7), S(0, 0)], (99, 1), 261), // TcpTemplateChanged
    e(1225, 0, [0, 4, 0], 1225, 0x200000000, [S(29895, 23), S(29895, 23), S(0, 0), S(17, 11), S(0, 0)], (96, 1), 262), // TcpDataTransferEcnAlpha
    e(1226, 0, [0, 4, 0], 1226, 0x8000000010, [S(29970, 26), S(29970, 26), S(0, 0), S(17, 11), S(0, 0)], (88, 2), 263), // TcpInterfaceRscStateChange
    e(1227, 0, [0, 5, 0], 1227, 0x200000000, [S(30299, 16), S(30299, 16), S(0, 0), S(10204, 7), S(0, 0)], (96, 1), 264), // TcpRscNblOobInfo
    e(1228, 0, [0, 4, 0], 1228, 0x400000080, [S(30375, 29), S(30375, 29), S(0, 0), S(17, 11), S(0, 0)], (121, 2), 265), // TcpLoopbackFastPathFailReason
    e(1229, 0, [0, 4, 0], 1221, 0x100000000, [S(30555, 18), S(29400, 14), S(0, 0), S(17, 11), S(0, 0)], (95, 1), 259), // TcpCwndRestart1229
    e(1230, 0, [0, 4, 0], 1230, 0x8000000890, [S(30573, 16), S(30573, 16), S(0, 0), S(17, 11), S(0, 0)], (134, 4), 266), // RssBindingChange
    e(1231, 0, [0, 4, 0], 1231, 0x8000000890, [S(30624, 13), S(30624, 13), S(0, 0), S(17, 11), S(0, 0)], (134, 4), 267), // RssPortChange
    e(1232, 0, [0, 5, 0], 1232, 0x8000000890, [S(30709, 16), S(30709, 16), S(0, 0), S(10204, 7), S(0, 0)], (134, 4), 268), // RssPortReference
    e(1233, 0, [0, 4, 0], 1233, 0x8000000880, [S(30818, 19), S(30818, 19), S(0, 0), S(17, 11), S(0, 0)], (138, 3), 269), // RssPortCapabilities
    e(1234, 0, [0, 4, 0], 1234, 0x8000000880, [S(30900, 17), S(30900, 17), S(0, 0), S(17, 11), S(0, 0)], (138, 3), 270), // RssPortProcessors
    e(1235, 0, [0, 4, 0], 1235, 0x8000000880, [S(30958, 22), S(30958, 22), S(0, 0), S(17, 11), S(0, 0)], (138, 3), 271), // RssProcessorAssignment
    e(1236, 0, [0, 4, 0], 1236, 0x8000000880, [S(31053, 24), S(31053, 24), S(0, 0), S(17, 11), S(0, 0)], (138, 3), 272), // RssProcessorUnassignment
    e(1237, 0, [0, 4, 0], 1237, 0x8000000880, [S(31077, 20), S(31077, 20), S(0, 0), S(17, 11), S(0, 0)], (138, 3), 273), // RssIndirectionChange
    e(1238, 0, [0, 4, 0], 1238, 0x8000000880, [S(31147, 25), S(31147, 25), S(0, 0), S(17, 11), S(0, 0)], (138, 3), 274), // RssProcessorConsolidation
    e(1239, 0, [0, 4, 0], 1239, 0x8000000880, [S(31172, 22), S(31172, 22), S(0, 0), S(17, 11), S(0, 0)], (138, 3), 275), // RssConfigurationChange
    e(1240, 0, [0, 5, 0], 1240, 0x8000000890, [S(31206, 10), S(31206, 10), S(0, 0), S(10204, 7), S(0, 0)], (134, 4), 276), // RssFailure
    e(1241, 0, [0, 5, 0], 1241, 0x8000000890, [S(31234, 22), S(31234, 22), S(0, 0), S(10204, 7), S(0, 0)], (134, 4), 277), // RssBindingBindComplete
    e(1242, 0, [0, 4, 0], 1242, 0x8000000890, [S(31256, 19), S(31256, 19), S(0, 0), S(17, 11), S(0, 0)], (134, 4), 278), // RssPortBindComplete
    e(1243, 0, [0, 4, 0], 1243, 0x8000000890, [S(31275, 19), S(31275, 19), S(0, 0), S(17, 11), S(0, 0)], (134, 4), 278), // RssPortNotSupported
    e(1244, 0, [0, 4, 0], 1244, 0x8000000880, [S(31294, 29), S(31294, 29), S(0, 0), S(17, 11), S(0, 0)], (138, 3), 279), // RssInitializeIndirectionTable
    e(1245, 0, [0, 4, 0], 1245, 0x8000000890, [S(31373, 17), S(31373, 17), S(0, 0), S(17, 11), S(0, 0)], (134, 4), 280), // RssBindingRundown
    e(1246, 0, [0, 4, 0], 1246, 0x8000000890, [S(31390, 14), S(31390, 14), S(0, 0), S(17, 11), S(0, 0)], (134, 4), 281), // RssPortRundown
    e(1247, 0, [0, 4, 0], 1247, 0x8000000890, [S(31498, 20), S(31498, 20), S(0, 0), S(17, 11), S(0, 0)], (134, 4), 282), // RssBindingCapability
    e(1248, 0, [0, 4, 0], 1248, 0x1000, [S(31605, 15), S(31605, 15), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 283), // Ndkpi_Create_Cq
    e(1249, 0, [0, 4, 0], 1249, 0x1000, [S(31710, 23), S(31710, 23), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 284), // Ndkpi_Create_Completion
    e(1250, 0, [0, 4, 0], 1250, 0x1000, [S(31816, 15), S(31816, 15), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 285), // Ndkpi_Close_Obj
    e(1251, 0, [0, 4, 0], 1251, 0x1000, [S(31918, 22), S(31918, 22), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 286), // Ndkpi_Close_Completion
    e(1252, 0, [0, 4, 0], 1252, 0x1000, [S(31940, 15), S(31940, 15), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 287), // Ndkpi_Resize_Cq
    e(1253, 0, [0, 4, 0], 1253, 0x1000, [S(31960, 24), S(31960, 24), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 288), // Ndkpi_Request_Completion
    e(1254, 0, [0, 4, 0], 1254, 0x1000, [S(31984, 12), S(31984, 12), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 289), // Ndkpi_Arm_Cq
    e(1255, 0, [0, 4, 0], 1255, 0x1000, [S(32071, 15), S(32071, 15), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 290), // Ndkpi_Cq_Result
    e(1256, 0, [0, 4, 0], 1256, 0x1000, [S(32133, 15), S(32133, 15), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 291), // Ndkpi_Create_Mr
    e(1257, 0, [0, 4, 0], 1257, 0x1000, [S(32165, 11), S(32165, 11), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 292), // Ndkpi_Flush
    e(1258, 0, [0, 4, 0], 1258, 0x1000, [S(32181, 10), S(32181, 10), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 293), // Ndkpi_Send
    e(1259, 0, [0, 4, 0], 1259, 0x1000, [S(32244, 13), S(32244, 13), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 293), // Ndkpi_Receive
    e(1260, 0, [0, 4, 0], 1260, 0x1000, [S(32257, 17), S(32257, 17), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 294), // Ndkpi_Register_Mr
    e(1261, 0, [0, 4, 0], 1261, 0x1000, [S(32282, 19), S(32282, 19), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 295), // Ndkpi_Deregister_Mr
    e(1262, 0, [0, 4, 0], 1262, 0x1000, [S(32301, 33), S(32301, 33), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 296), // Ndkpi_Initialize_Fast_Register_Mr
    e(1263, 0, [0, 4, 0], 1263, 0x1000, [S(32362, 16), S(32362, 16), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 297), // Ndkpi_Modify_Srq
    e(1264, 0, [0, 4, 0], 1264, 0x1000, [S(32407, 13), S(32407, 13), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 298), // Ndkpi_Connect
    e(1265, 0, [0, 4, 0], 1265, 0x1000, [S(32530, 29), S(32530, 29), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 298), // Ndkpi_Connect_Shared_Endpoint
    e(1266, 0, [0, 4, 0], 1266, 0x1000, [S(32559, 22), S(32559, 22), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 299), // Ndkpi_Complete_Connect
    e(1267, 0, [0, 4, 0], 1267, 0x1000, [S(32603, 12), S(32603, 12), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 300), // Ndkpi_Accept
    e(1268, 0, [0, 4, 0], 1268, 0x1000, [S(32615, 16), S(32615, 16), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 295), // Ndkpi_Disconnect
    e(1269, 0, [0, 4, 0], 1269, 0x1000, [S(32631, 12), S(32631, 12), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 301), // Ndkpi_Listen
    e(1270, 0, [0, 4, 0], 1270, 0x1000, [S(32676, 15), S(32676, 15), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 295), // Ndkpi_Create_Mw
    e(1271, 0, [0, 4, 0], 1271, 0x1000, [S(32691, 16), S(32691, 16), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 302), // Ndkpi_Create_Srq
    e(1272, 0, [0, 4, 0], 1272, 0x1000, [S(32749, 15), S(32749, 15), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 303), // Ndkpi_Create_Qp
    e(1273, 0, [0, 4, 0], 1273, 0x1000, [S(32851, 19), S(32851, 19), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 303), // Ndkpi_Create_Qp_Srq
    e(1274, 0, [0, 4, 0], 1274, 0x1000, [S(32870, 15), S(32870, 15), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 295), // Ndkpi_Create_Pd
    e(1275, 0, [0, 4, 0], 1275, 0x1000, [S(32885, 28), S(32885, 28), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 301), // Ndkpi_Create_Shared_Endpoint
    e(1276, 0, [0, 4, 0], 1276, 0x1000, [S(32913, 22), S(32913, 22), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 295), // Ndkpi_Create_Connector
    e(1277, 0, [0, 4, 0], 1277, 0x1000, [S(32935, 21), S(32935, 21), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 304), // Ndkpi_Create_Listener
    e(1278, 0, [0, 4, 0], 1278, 0x1000, [S(32975, 15), S(32975, 15), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 305), // Ndkpi_Build_Lam
    e(1279, 0, [0, 4, 0], 1279, 0x1000, [S(33012, 17), S(33012, 17), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 306), // Ndkpi_Release_Lam
    e(1280, 0, [0, 4, 0], 1280, 0x1000, [S(33029, 30), S(33029, 30), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 307), // Ndkpi_Cq_Notification_Callback
    e(1281, 0, [0, 4, 0], 1281, 0x1000, [S(33067, 31), S(33067, 31), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 308), // Ndkpi_Srq_Notification_Callback
    e(1282, 0, [0, 4, 0], 1282, 0x1000, [S(33107, 31), S(33107, 31), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 309), // Ndkpi_Disconnect_Event_Callback
    e(1283, 0, [0, 4, 0], 1283, 0x1000, [S(33138, 28), S(33138, 28), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 310), // Ndkpi_Connect_Event_Callback
    e(1284, 0, [0, 4, 0], 1284, 0x1000, [S(33166, 15), S(33166, 15), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 311), // Ndkpi_Get_Token
    e(1285, 0, [0, 4, 0], 1285, 0x1000, [S(33247, 18), S(33247, 18), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 312), // Ndkpi_Get_Sockaddr
    e(1286, 0, [0, 2, 0], 1286, 0x1000, [S(33311, 26), S(33311, 26), S(0, 0), S(7818, 5), S(0, 0)], (141, 1), 313), // Ndkpi_Get_Sockaddr_Failure
    e(1287, 0, [0, 4, 0], 1287, 0x1000, [S(33337, 12), S(33337, 12), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 314), // Ndkpi_Reject
    e(1288, 0, [0, 4, 0], 1288, 0x1000, [S(33349, 22), S(33349, 22), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 315), // Ndkpi_Get_Connect_Data
    e(1289, 0, [0, 2, 0], 1289, 0x1000, [S(33371, 33), S(33371, 33), S(0, 0), S(7818, 5), S(0, 0)], (141, 1), 316), // Ndkpi_Work_Request_Inline_Failure
    e(1290, 0, [0, 4, 0], 1290, 0x1000, [S(33404, 10), S(33404, 10), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 317), // Ndkpi_Bind
    e(1291, 0, [0, 4, 0], 1291, 0x1000, [S(33433, 19), S(33433, 19), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 318), // Ndkpi_Fast_Register
    e(1292, 0, [0, 4, 0], 1292, 0x1000, [S(33489, 16), S(33489, 16), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 319), // Ndkpi_Invalidate
    e(1293, 0, [0, 4, 0], 1293, 0x1000, [S(33505, 10), S(33505, 10), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 320), // Ndkpi_Read
    e(1294, 0, [0, 4, 0], 1294, 0x1000, [S(33526, 11), S(33526, 11), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 320), // Ndkpi_Write
    e(1295, 0, [0, 4, 0], 1295, 0x1000, [S(33537, 16), S(33537, 16), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 321), // Ndkpi_SrqReceive
    e(1296, 0, [0, 2, 0], 1296, 0x1000, [S(33553, 37), S(33553, 37), S(0, 0), S(7818, 5), S(0, 0)], (141, 1), 322), // Ndkpi_Srq_Work_Request_Inline_Failure
    e(1297, 0, [0, 4, 0], 1297, 0x1000, [S(33590, 18), S(33590, 18), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 323), // Ndkpi_Open_Adapter
    e(1298, 0, [0, 4, 0], 1298, 0x1000, [S(33608, 25), S(33608, 25), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 324), // Ndkpi_Close_Adapter_Enter
    e(1299, 0, [0, 4, 0], 1299, 0x1000, [S(33633, 24), S(33633, 24), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 324), // Ndkpi_Close_Adapter_Exit
    e(1300, 0, [0, 4, 0], 1300, 0x400000484, [S(33657, 20), S(33657, 20), S(0, 0), S(17, 11), S(0, 0)], (70, 4), 325), // TcpConnectionRundown
    e(1301, 0, [0, 4, 0], 1301, 0x1000, [S(33677, 21), S(33677, 21), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 326), // Ndkpi_Interface_Event
    e(1302, 0, [0, 4, 0], 1302, 0x8000002000, [S(33728, 24), S(33728, 24), S(0, 0), S(17, 11), S(0, 0)], (142, 2), 327), // TcpipWakePacketIndicated
    e(1303, 0, [0, 4, 0], 1302, 0x8000002000, [S(33855, 28), S(33728, 24), S(0, 0), S(17, 11), S(0, 0)], (142, 2), 328), // TcpipWakePacketIndicated1303
    e(1304, 0, [0, 4, 0], 1304, 0x8000000000, [S(33895, 15), S(33895, 15), S(0, 0), S(17, 11), S(0, 0)], (99, 1), 329), // TcpipSilentMode
    e(1305, 0, [0, 4, 0], 1305, 0x8400002000, [S(34031, 35), S(34031, 35), S(0, 0), S(17, 11), S(0, 0)], (144, 3), 330), // TcpCreateNotificationChannelRequest
    e(1306, 0, [0, 4, 0], 1306, 0x8400002000, [S(34099, 40), S(34099, 40), S(0, 0), S(17, 11), S(0, 0)], (144, 3), 331), // TcpQueryNotificationChannelStatusRequest
    e(1307, 0, [0, 4, 0], 1307, 0x8400002000, [S(34256, 44), S(34256, 44), S(0, 0), S(17, 11), S(0, 0)], (144, 3), 332), // TcpCreateNotificationChannelRequestProcessed
    e(1308, 0, [0, 5, 0], 1308, 0x8400000000, [S(34320, 33), S(34320, 33), S(0, 0), S(10204, 7), S(0, 0)], (147, 2), 333), // TcpSignalNotificationChannelEvent
    e(1309, 0, [0, 4, 0], 1309, 0x8400002000, [S(34381, 28), S(34381, 28), S(0, 0), S(17, 11), S(0, 0)], (144, 3), 330), // TcpDetachNotificationChannel
    e(1310, 0, [0, 4, 0], 1310, 0x8400000000, [S(34409, 28), S(34409, 28), S(0, 0), S(17, 11), S(0, 0)], (147, 2), 330), // TcpUnlinkNotificationChannel
    e(1311, 0, [0, 4, 0], 1311, 0x8000000010, [S(34437, 19), S(34437, 19), S(0, 0), S(17, 11), S(0, 0)], (88, 2), 334), // TcpPlumbWakePattern
    e(1312, 0, [0, 4, 0], 1312, 0x8000000010, [S(34479, 21), S(34479, 21), S(0, 0), S(17, 11), S(0, 0)], (88, 2), 334), // TcpDeplumbWakePattern
    e(1314, 0, [0, 4, 0], 1314, 0x1000, [S(34500, 19), S(34500, 19), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 335), // Ndkpi_Control_Cq_Im
    e(1317, 0, [0, 4, 0], 0, 0x8000000000, [S(34552, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (99, 1), 336), // task_01317
    e(1318, 0, [0, 4, 0], 0, 0x8000000000, [S(34687, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (99, 1), 337), // task_01318
    e(1319, 0, [0, 5, 0], 0, 0x8000000000, [S(34776, 10), S(1070, 6), S(0, 0), S(10204, 7), S(0, 0)], (99, 1), 338), // task_01319
    e(1320, 0, [0, 5, 0], 0, 0x8000000000, [S(34879, 10), S(1070, 6), S(0, 0), S(10204, 7), S(0, 0)], (99, 1), 339), // task_01320
    e(1321, 0, [0, 4, 0], 1321, 0x8000002090, [S(34961, 17), S(34961, 17), S(0, 0), S(17, 11), S(0, 0)], (103, 4), 230), // TcpipMediaConnect
    e(1322, 0, [0, 4, 0], 1323, 0x8000002090, [S(34978, 28), S(34978, 28), S(0, 0), S(17, 11), S(0, 0)], (103, 4), 230), // TcpipLimitedLinkConnectivity
    e(1323, 0, [0, 4, 0], 1323, 0x8000002090, [S(35006, 32), S(34978, 28), S(0, 0), S(17, 11), S(0, 0)], (103, 4), 230), // TcpipLimitedLinkConnectivity1323
    e(1324, 0, [0, 4, 0], 1324, 0x30, [S(35038, 15), S(35038, 15), S(0, 0), S(17, 11), S(0, 0)], (149, 2), 340), // IpNeighborState
    e(1325, 0, [0, 5, 0], 1325, 0x30, [S(35219, 19), S(35219, 19), S(0, 0), S(10204, 7), S(0, 0)], (149, 2), 341), // IpNeighborDiscovery
    e(1326, 0, [0, 5, 0], 1326, 0x20, [S(35668, 24), S(35668, 24), S(0, 0), S(10204, 7), S(0, 0)], (151, 1), 342), // IpSourceAddressSelection
    e(1327, 0, [0, 5, 0], 1327, 0x20, [S(36160, 20), S(36160, 20), S(0, 0), S(10204, 7), S(0, 0)], (151, 1), 343), // IpSortedAddressPairs
    e(1328, 0, [0, 4, 0], 1328, 0x1000, [S(36277, 18), S(36277, 18), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 344), // Ndkpi_Cq_Result_Ex
    e(1329, 0, [0, 4, 0], 1329, 0x1000, [S(36399, 21), S(36399, 21), S(0, 0), S(17, 11), S(0, 0)], (141, 1), 345), // Ndkpi_Send_Invalidate
    e(1330, 0, [0, 4, 0], 1071, 0x100000000, [S(36420, 25), S(24632, 21), S(0, 0), S(17, 11), S(0, 0)], (95, 1), 346), // TcpDataTransferCumAck1330
    e(1331, 0, [0, 4, 0], 1151, 0x100000000, [S(36455, 29), S(26884, 25), S(0, 0), S(17, 11), S(0, 0)], (95, 1), 346), // TcpCtcpDataTransferCumAck1331
    e(1332, 0, [0, 4, 0], 1073, 0x100000000, [S(36484, 23), S(24688, 19), S(0, 0), S(17, 11), S(0, 0)], (95, 1), 347), // TcpDataTransferSend1332
    e(1332, 1, [0, 4, 0], 1073, 0x100000000, [S(36526, 26), S(24688, 19), S(0, 0), S(17, 11), S(0, 0)], (95, 1), 348), // TcpDataTransferSend1332_V1
    e(1333, 0, [0, 5, 0], 1153, 0x100000000, [S(36552, 27), S(26934, 23), S(0, 0), S(10204, 7), S(0, 0)], (95, 1), 347), // TcpCtcpDataTransferSend1333
    e(1333, 1, [0, 5, 0], 1153, 0x100000000, [S(36579, 30), S(26934, 23), S(0, 0), S(10204, 7), S(0, 0)], (95, 1), 348), // TcpCtcpDataTransferSend1333_V1
    e(1334, 0, [0, 4, 0], 1334, 0x8000000000, [S(36609, 35), S(36609, 35), S(0, 0), S(17, 11), S(0, 0)], (99, 1), 349), // UdpCreateNotificationChannelRequest
    e(1335, 0, [0, 4, 0], 1335, 0x8000000000, [S(36704, 40), S(36704, 40), S(0, 0), S(17, 11), S(0, 0)], (99, 1), 350), // UdpQueryNotificationChannelStatusRequest
    e(1336, 0, [0, 4, 0], 1336, 0x8000000000, [S(36744, 44), S(36744, 44), S(0, 0), S(17, 11), S(0, 0)], (99, 1), 351), // UdpCreateNotificationChannelRequestProcessed
    e(1337, 0, [0, 5, 0], 1337, 0x8000000000, [S(36788, 33), S(36788, 33), S(0, 0), S(10204, 7), S(0, 0)], (99, 1), 352), // UdpSignalNotificationChannelEvent
    e(1338, 0, [0, 4, 0], 1338, 0x8000000000, [S(36821, 28), S(36821, 28), S(0, 0), S(17, 11), S(0, 0)], (99, 1), 350), // UdpDetachNotificationChannel
    e(1339, 0, [0, 4, 0], 1339, 0x8000000000, [S(36849, 28), S(36849, 28), S(0, 0), S(17, 11), S(0, 0)], (99, 1), 350), // UdpUnlinkNotificationChannel
    e(1341, 0, [0, 5, 0], 1070, 0x100000000, [S(36877, 28), S(24608, 24), S(0, 0), S(10204, 7), S(0, 0)], (95, 1), 353), // TcpDataTransferRttSample1341
    e(1342, 0, [0, 4, 0], 1098, 0x8000000000, [S(36905, 29), S(25393, 25), S(0, 0), S(17, 11), S(0, 0)], (99, 1), 353), // TcpRttResiliencyDetection1342
    e(1343, 0, [0, 4, 0], 1072, 0x200000000, [S(36934, 25), S(24653, 21), S(0, 0), S(17, 11), S(0, 0)], (96, 1), 354), // TcpDataTransferDupAck1343
    e(1344, 0, [0, 4, 0], 1152, 0x200000000, [S(36959, 29), S(26909, 25), S(0, 0), S(17, 11), S(0, 0)], (96, 1), 354), // TcpCtcpDataTransferDupAck1344
    e(1345, 0, [0, 4, 0], 1076, 0x100000080, [S(36988, 34), S(24755, 30), S(0, 0), S(17, 11), S(0, 0)], (93, 2), 355), // TcpDataTransferSpuriousTimeout1345
    e(1346, 0, [0, 4, 0], 1087, 0x100000080, [S(37022, 32), S(25082, 28), S(0, 0), S(17, 11), S(0, 0)], (93, 2), 355), // TcpSpuriousRtoDetectionBegin1346
    e(1347, 0, [0, 4, 0], 1088, 0x100000080, [S(37054, 30), S(25110, 26), S(0, 0), S(17, 11), S(0, 0)], (93, 2), 355), // TcpSpuriousRtoDetectionEnd1347
    e(1348, 0, [0, 4, 0], 1150, 0x100000080, [S(37084, 30), S(26858, 26), S(0, 0), S(17, 11), S(0, 0)], (93, 2), 356), // TcpCtcpDataTransferTimeout1348
    e(1349, 0, [0, 5, 0], 1155, 0x100000080, [S(37114, 38), S(26979, 34), S(0, 0), S(10204, 7), S(0, 0)], (93, 2), 356), // TcpCtcpDataTransferSpuriousTimeout1349
    e(1350, 0, [0, 4, 0], 1082, 0x200000080, [S(37152, 37), S(24944, 33), S(0, 0), S(17, 11), S(0, 0)], (97, 2), 356), // TcpSlowStartToCongestionAvoidance1350
    e(1351, 0, [0, 4, 0], 1077, 0x100000080, [S(37189, 34), S(24785, 30), S(0, 0), S(17, 11), S(0, 0)], (93, 2), 357), // TcpDataTransferRetransmitRound1351
    e(1352, 0, [0, 0, 0], 1341, 0x200000000000, [S(37223, 20), S(37223, 20), S(0, 0), S(0, 0), S(0, 0)], (43, 1), 358), // TcpConnectionSummary
    e(1353, 0, [0, 5, 0], 1342, 0x80, [S(37564, 12), S(37564, 12), S(0, 0), S(10204, 7), S(0, 0)], (152, 1), 359), // TcpipGeneric
    e(1354, 0, [0, 5, 0], 1343, 0x80, [S(37600, 13), S(37600, 13), S(0, 0), S(10204, 7), S(0, 0)], (152, 1), 360), // TcpSackUpdate
    e(1355, 0, [0, 4, 0], 1344, 0x8000000000, [S(37653, 30), S(37653, 30), S(0, 0), S(17, 11), S(0, 0)], (99, 1), 361), // TcpIsPatternCoalescingRequired
    e(1356, 0, [0, 4, 0], 1345, 0x8000000000, [S(37738, 25), S(37738, 25), S(0, 0), S(17, 11), S(0, 0)], (99, 1), 362), // TcpRtcPortRangeAssignment
    e(1357, 0, [0, 3, 0], 1357, 0x8000002090, [S(37787, 17), S(37787, 17), S(0, 0), S(7884, 7), S(0, 0)], (103, 4), 363), // TcpipAoacFailFast
    e(1358, 0, [0, 4, 0], 1346, 0x10, [S(37828, 31), S(37828, 31), S(0, 0), S(17, 11), S(0, 0)], (153, 1), 364), // TcpipUpdateInterfaceConfigFlags
    e(1359, 0, [0, 4, 0], 1358, 0x8400002000, [S(37887, 41), S(37887, 41), S(0, 0), S(17, 11), S(0, 0)], (144, 3), 365), // TcpCreateNotificationChannelUnmarkRequest
    e(1360, 0, [0, 5, 0], 1360, 0x200000000, [S(37938, 20), S(37938, 20), S(0, 0), S(10204, 7), S(0, 0)], (96, 1), 366), // TcpipNblClonedForRaw
    e(1361, 0, [0, 5, 0], 1361, 0x200000000, [S(37970, 17), S(37970, 17), S(0, 0), S(10204, 7), S(0, 0)], (96, 1), 367), // TcpipCloneDropped
    e(1362, 0, [0, 5, 0], 1362, 0x2010, [S(37987, 23), S(37987, 23), S(0, 0), S(10204, 7), S(0, 0)], (154, 2), 368), // IpAddressWolStateChange
    e(1363, 0, [0, 5, 0], 1363, 0x2010, [S(38018, 18), S(38018, 18), S(0, 0), S(10204, 7), S(0, 0)], (154, 2), 369), // IpWolContextChange
    e(1364, 0, [0, 5, 0], 1364, 0x400000000, [S(38201, 24), S(38201, 24), S(0, 0), S(10204, 7), S(0, 0)], (129, 1), 197), // TcpInsertConnectionTuple
    e(1365, 0, [0, 5, 0], 1365, 0x1000000000, [S(38225, 24), S(38225, 24), S(0, 0), S(10204, 7), S(0, 0)], (156, 1), 197), // TcpRemoveConnectionTuple
    e(1366, 0, [0, 5, 0], 1366, 0x8, [S(38249, 21), S(38249, 21), S(0, 0), S(10204, 7), S(0, 0)], (157, 1), 200), // TcpDeferPortSelection
    e(1367, 0, [0, 0, 0], 1367, 0x300000000, [S(38270, 11), S(38270, 11), S(0, 0), S(0, 0), S(0, 0)], (158, 2), 370), // TcpipNblOob
    e(1368, 0, [0, 5, 0], 1368, 0x4000, [S(38490, 15), S(38490, 15), S(0, 0), S(10204, 7), S(0, 0)], (160, 1), 371), // TcpipTeredoOpen
    e(1369, 0, [0, 5, 0], 1369, 0x4000, [S(38552, 16), S(38552, 16), S(0, 0), S(10204, 7), S(0, 0)], (160, 1), 371), // TcpipTeredoClose
    e(1370, 0, [0, 5, 0], 1370, 0x20, [S(38568, 16), S(38568, 16), S(0, 0), S(10204, 7), S(0, 0)], (151, 1), 372), // TcpipRouteLookup
    e(1371, 0, [0, 5, 0], 1371, 0x20, [S(38705, 18), S(38705, 18), S(0, 0), S(10204, 7), S(0, 0)], (151, 1), 373), // TcpipSrcAddrLookup
    e(1372, 0, [0, 4, 0], 1374, 0x20000, [S(38744, 9), S(38744, 9), S(0, 0), S(17, 11), S(0, 0)], (161, 1), 374), // Partition
    e(1373, 0, [0, 4, 0], 1374, 0x20000, [S(38816, 13), S(38744, 9), S(0, 0), S(17, 11), S(0, 0)], (161, 1), 375), // Partition1373
    e(1374, 0, [0, 4, 0], 1372, 0x8000, [S(38861, 14), S(38861, 14), S(0, 0), S(17, 11), S(0, 0)], (162, 1), 376), // RemoteEndpoint
    e(1375, 0, [0, 4, 0], 1372, 0x8000, [S(38905, 18), S(38861, 14), S(0, 0), S(17, 11), S(0, 0)], (162, 1), 376), // RemoteEndpoint1375
    e(1376, 0, [0, 3, 0], 1373, 0x10000, [S(38923, 6), S(38923, 6), S(0, 0), S(7884, 7), S(0, 0)], (163, 1), 377), // Memory
    e(1377, 0, [0, 4, 0], 1373, 0x10000, [S(38982, 10), S(38923, 6), S(0, 0), S(17, 11), S(0, 0)], (163, 1), 377), // Memory1377
    e(1378, 0, [0, 4, 0], 1373, 0x10000, [S(38992, 10), S(38923, 6), S(0, 0), S(17, 11), S(0, 0)], (163, 1), 377), // Memory1378
    e(1379, 0, [0, 5, 0], 1373, 0x10000, [S(39002, 10), S(38923, 6), S(0, 0), S(10204, 7), S(0, 0)], (163, 1), 377), // Memory1379
    e(1380, 0, [0, 4, 0], 1375, 0x100040080, [S(39012, 14), S(39012, 14), S(0, 0), S(17, 11), S(0, 0)], (164, 3), 378), // TcpLedbatState
    e(1381, 0, [0, 4, 0], 1376, 0x80080, [S(39121, 26), S(39121, 26), S(0, 0), S(17, 11), S(0, 0)], (167, 2), 379), // TcpAssociateNameResContext
    e(1382, 0, [0, 4, 0], 1377, 0x400080080, [S(39281, 35), S(39281, 35), S(0, 0), S(17, 11), S(0, 0)], (169, 3), 380), // TcpInspectConnectWithNameResContext
    e(1383, 0, [0, 5, 0], 1378, 0x20, [S(39316, 16), S(39316, 16), S(0, 0), S(10204, 7), S(0, 0)], (151, 1), 381), // IpRouteSelection
    e(1384, 0, [0, 5, 0], 1379, 0x20, [S(39716, 14), S(39716, 14), S(0, 0), S(10204, 7), S(0, 0)], (151, 1), 382), // IpRouteBlocked
    e(1385, 0, [0, 4, 0], 1380, 0x100000000, [S(39856, 16), S(39856, 16), S(0, 0), S(17, 11), S(0, 0)], (95, 1), 383), // TcpTailLossProbe
    e(1386, 0, [0, 5, 0], 1380, 0x100000000, [S(39918, 20), S(39856, 16), S(0, 0), S(10204, 7), S(0, 0)], (95, 1), 384), // TcpTailLossProbe1386
    e(1387, 0, [0, 5, 0], 1381, 0x100000000, [S(40006, 7), S(40006, 7), S(0, 0), S(10204, 7), S(0, 0)], (95, 1), 385), // TcpRack
    e(1388, 0, [0, 4, 0], 1382, 0x100000000, [S(40086, 22), S(40086, 22), S(0, 0), S(17, 11), S(0, 0)], (95, 1), 386), // TcpFastopenStateChange
    e(1389, 0, [0, 4, 0], 1383, 0x401, [S(40384, 26), S(40384, 26), S(0, 0), S(17, 11), S(0, 0)], (63, 2), 387), // UdpCreateEndpointAfFailure
    e(1390, 0, [0, 4, 0], 1384, 0x401, [S(40410, 35), S(40410, 35), S(0, 0), S(17, 11), S(0, 0)], (63, 2), 387), // UdpCreateEndpointCompartmentFailure
    e(1391, 0, [0, 4, 0], 1385, 0x401, [S(40445, 25), S(40445, 25), S(0, 0), S(17, 11), S(0, 0)], (63, 2), 387), // UdpCreateEndpointComplete
    e(1392, 0, [0, 4, 0], 1386, 0x401, [S(40470, 34), S(40470, 34), S(0, 0), S(17, 11), S(0, 0)], (63, 2), 387), // UdpCreateEndpointInspectionFailure
    e(1393, 0, [0, 4, 0], 1387, 0x409, [S(40504, 32), S(40504, 32), S(0, 0), S(17, 11), S(0, 0)], (57, 3), 388), // UdpBindEndpointResolutionFailure
    e(1394, 0, [0, 4, 0], 1388, 0x409, [S(40536, 26), S(40536, 26), S(0, 0), S(17, 11), S(0, 0)], (57, 3), 388), // UdpBindEndpointPortFailure
    e(1395, 0, [0, 4, 0], 1389, 0x409, [S(40562, 32), S(40562, 32), S(0, 0), S(17, 11), S(0, 0)], (57, 3), 388), // UdpBindEndpointInspectionFailure
    e(1396, 0, [0, 4, 0], 1390, 0x409, [S(40594, 23), S(40594, 23), S(0, 0), S(17, 11), S(0, 0)], (57, 3), 388), // UdpBindEndpointComplete
    e(1397, 0, [0, 4, 0], 1391, 0x1000000401, [S(40617, 21), S(40617, 21), S(0, 0), S(17, 11), S(0, 0)], (60, 3), 388), // UdpCloseEndpointBound
    e(1398, 0, [0, 4, 0], 1392, 0x1000000401, [S(40638, 23), S(40638, 23), S(0, 0), S(17, 11), S(0, 0)], (60, 3), 388), // UdpCloseEndpointUnBound
    e(1399, 0, [0, 5, 0], 1393, 0x100000000, [S(40661, 32), S(40661, 32), S(0, 0), S(10204, 7), S(0, 0)], (95, 1), 389), // UdpSendMessagesResolutionFailure
    e(1400, 0, [0, 5, 0], 1394, 0x100000000, [S(40757, 32), S(40757, 32), S(0, 0), S(10204, 7), S(0, 0)], (95, 1), 389), // UdpSendMessagesValidationFailure
    e(1401, 0, [0, 5, 0], 1395, 0x100000000, [S(40789, 38), S(40789, 38), S(0, 0), S(10204, 7), S(0, 0)], (95, 1), 389), // UdpSendMessagesSrcAddrSelectionFailure
    e(1402, 0, [0, 5, 0], 1396, 0x100000000, [S(40827, 39), S(40827, 39), S(0, 0), S(10204, 7), S(0, 0)], (95, 1), 389), // UdpSendMessagesFullPendingJoinPathQueue
    e(1403, 0, [0, 4, 0], 1397, 0x8000000010, [S(40866, 21), S(40866, 21), S(0, 0), S(17, 11), S(0, 0)], (88, 2), 211), // UdpGlobalAddInterface
    e(1404, 0, [0, 4, 0], 1398, 0x8000000010, [S(40887, 24), S(40887, 24), S(0, 0), S(17, 11), S(0, 0)], (88, 2), 211), // UdpGlobalDeleteInterface
    e(1405, 0, [0, 2, 0], 1399, 0x8000000000, [S(40911, 25), S(40911, 25), S(0, 0), S(7818, 5), S(0, 0)], (99, 1), 74), // UdpStartInetModuleFailure
    e(1406, 0, [0, 2, 0], 1400, 0x8000000000, [S(40936, 26), S(40936, 26), S(0, 0), S(7818, 5), S(0, 0)], (99, 1), 74), // UdpStartNlnpiClientFailure
    e(1407, 0, [0, 2, 0], 1401, 0x8000000000, [S(40962, 26), S(40962, 26), S(0, 0), S(7818, 5), S(0, 0)], (99, 1), 74), // UdpStartNsiProviderFailure
    e(1408, 0, [0, 2, 0], 1402, 0x8000000000, [S(40988, 28), S(40988, 28), S(0, 0), S(7818, 5), S(0, 0)], (99, 1), 74), // UdpStartTlnpiProviderFailure
    e(1409, 0, [0, 2, 0], 1403, 0x8000000000, [S(41016, 24), S(41016, 24), S(0, 0), S(7818, 5), S(0, 0)], (99, 1), 74), // UdpStartQosClientFailure
    e(1410, 0, [0, 2, 0], 1404, 0x8000000000, [S(41040, 29), S(41040, 29), S(0, 0), S(7818, 5), S(0, 0)], (99, 1), 390), // UdpStartEndpointModuleFailure
    e(1411, 0, [0, 5, 0], 1405, 0x100000000, [S(41086, 41), S(41086, 41), S(0, 0), S(10204, 7), S(0, 0)], (95, 1), 389), // UdpSendMessagesSendContextResourceFailure
    e(1412, 0, [0, 5, 0], 1406, 0x100000000, [S(41127, 28), S(41127, 28), S(0, 0), S(10204, 7), S(0, 0)], (95, 1), 389), // UdpSendMessagesPathAfFailure
    e(1413, 0, [0, 5, 0], 1407, 0x100000000, [S(41155, 40), S(41155, 40), S(0, 0), S(10204, 7), S(0, 0)], (95, 1), 389), // UdpSendMessagesPathNextHopMissingFailure
    e(1414, 0, [0, 5, 0], 1408, 0x100000000, [S(41195, 37), S(41195, 37), S(0, 0), S(10204, 7), S(0, 0)], (95, 1), 389), // UdpSendMessagesPathNextHopAddrFailure
    e(1415, 0, [0, 5, 0], 1409, 0x100000000, [S(41232, 18), S(41232, 18), S(0, 0), S(10204, 7), S(0, 0)], (95, 1), 391), // TcpEarlyRetransmit
    e(1416, 0, [0, 5, 0], 1410, 0x8000000080, [S(41263, 23), S(41263, 23), S(0, 0), S(10204, 7), S(0, 0)], (83, 2), 392), // TcpFastopenSynRcvdLimit
    e(1417, 0, [0, 3, 0], 1411, 0x8000000080, [S(41298, 27), S(41298, 27), S(0, 0), S(7884, 7), S(0, 0)], (83, 2), 393), // TcpFastopenKeyUpdateFailure
    e(1418, 0, [0, 5, 0], 1412, 0x100000000, [S(41325, 19), S(41325, 19), S(0, 0), S(10204, 7), S(0, 0)], (95, 1), 394), // TcpLossRecoverySend
    e(1419, 0, [0, 5, 0], 1412, 0x100000000, [S(41344, 23), S(41325, 19), S(0, 0), S(10204, 7), S(0, 0)], (95, 1), 394), // TcpLossRecoverySend1419
    e(1420, 0, [0, 5, 0], 1412, 0x100000000, [S(41367, 23), S(41325, 19), S(0, 0), S(10204, 7), S(0, 0)], (95, 1), 394), // TcpLossRecoverySend1420
    e(1421, 0, [0, 5, 0], 1412, 0x100000000, [S(41390, 23), S(41325, 19), S(0, 0), S(10204, 7), S(0, 0)], (95, 1), 394), // TcpLossRecoverySend1421
    e(1422, 0, [0, 5, 0], 1413, 0x8000000000, [S(41413, 12), S(41413, 12), S(0, 0), S(10204, 7), S(0, 0)], (99, 1), 395), // IcmpSendRecv
    e(1423, 0, [0, 5, 0], 1414, 0x10000000080, [S(41477, 15), S(41477, 15), S(0, 0), S(10204, 7), S(0, 0)], (172, 2), 396), // IcmpPacketDrops
    e(1424, 0, [0, 5, 0], 1415, 0x8000000000, [S(42337, 15), S(42337, 15), S(0, 0), S(10204, 7), S(0, 0)], (99, 1), 397), // IcmpEchoTimeout
    e(1425, 0, [0, 5, 0], 1416, 0x8000000000, [S(42352, 21), S(42352, 21), S(0, 0), S(10204, 7), S(0, 0)], (99, 1), 398), // TcpipTimerStateChange
    // Microsoft-Windows-Security-Auditing
    e(4608, 0, [0, 4, 0], 0, 0x0, [S(1070, 6), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), NONE), // task_0
    e(4609, 0, [0, 4, 0], 0, 0x0, [S(42527, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), NONE), // task_04609
    e(4610, 0, [0, 4, 0], 0, 0x0, [S(42537, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 399), // task_04610
    e(4611, 0, [0, 4, 0], 0, 0x0, [S(42572, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 400), // task_04611
    e(4612, 0, [0, 4, 0], 0, 0x0, [S(42658, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 401), // task_04612
    e(4614, 0, [0, 4, 0], 0, 0x0, [S(42683, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 402), // task_04614
    e(4615, 0, [0, 4, 0], 0, 0x0, [S(42716, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 403), // task_04615
    e(4616, 0, [0, 4, 0], 0, 0x0, [S(42766, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 404), // task_04616
    e(4616, 1, [0, 4, 0], 0, 0x0, [S(42814, 13), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 405), // task_04616_V1
    e(4618, 0, [0, 4, 0], 0, 0x0, [S(42827, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 406), // task_04618
    e(4621, 0, [0, 4, 0], 0, 0x0, [S(42930, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 407), // task_04621
    e(4622, 0, [0, 4, 0], 0, 0x0, [S(42961, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 408), // task_04622
    e(4624, 0, [0, 4, 0], 0, 0x0, [S(42990, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 409), // task_04624
    e(4624, 1, [0, 4, 0], 0, 0x0, [S(43105, 13), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 410), // task_04624_V1
    e(4624, 2, [0, 4, 0], 0, 0x0, [S(43136, 13), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 411), // task_04624_V2
    e(4625, 0, [0, 4, 0], 0, 0x0, [S(43260, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 412), // task_04625
    e(4626, 0, [0, 4, 0], 0, 0x0, [S(43292, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 413), // task_04626
    e(4627, 0, [0, 4, 0], 0, 0x0, [S(43347, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 414), // task_04627
    e(4634, 0, [0, 4, 0], 0, 0x0, [S(43372, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 415), // task_04634
    e(4646, 0, [0, 4, 0], 0, 0x0, [S(43382, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 416), // task_04646
    e(4647, 0, [0, 4, 0], 0, 0x0, [S(43404, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 417), // task_04647
    e(4648, 0, [0, 4, 0], 0, 0x0, [S(43414, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 418), // task_04648
    e(4649, 0, [0, 4, 0], 0, 0x0, [S(43465, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 419), // task_04649
    e(4650, 0, [0, 4, 0], 0, 0x0, [S(43496, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 420), // task_04650
    e(4651, 0, [0, 4, 0], 0, 0x0, [S(43689, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 421), // task_04651
    e(4652, 0, [0, 4, 0], 0, 0x0, [S(43790, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 422), // task_04652
    e(4653, 0, [0, 4, 0], 0, 0x0, [S(43842, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 423), // task_04653
    e(4654, 0, [0, 4, 0], 0, 0x0, [S(43852, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 424), // task_04654
    e(4654, 1, [0, 4, 0], 0, 0x0, [S(43977, 13), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 425), // task_04654_V1
    e(4655, 0, [0, 4, 0], 0, 0x0, [S(44015, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 426), // task_04655
    e(4656, 0, [0, 4, 0], 0, 0x0, [S(44025, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 427), // task_04656
    e(4656, 1, [0, 4, 0], 0, 0x0, [S(44139, 13), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 428), // task_04656_V1
    e(4657, 0, [0, 4, 0], 0, 0x0, [S(44182, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 429), // task_04657
    e(4658, 0, [0, 4, 0], 0, 0x0, [S(44260, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 430), // task_04658
    e(4659, 0, [0, 4, 0], 0, 0x0, [S(44270, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 431), // task_04659
    e(4660, 0, [0, 4, 0], 0, 0x0, [S(44280, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 432), // task_04660
    e(4661, 0, [0, 4, 0], 0, 0x0, [S(44290, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 433), // task_04661
    e(4661, 1, [0, 4, 0], 0, 0x0, [S(44310, 13), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 434), // task_04661_V1
    e(4662, 0, [0, 4, 0], 0, 0x0, [S(44323, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 435), // task_04662
    e(4663, 0, [0, 4, 0], 0, 0x0, [S(44362, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 436), // task_04663
    e(4663, 1, [0, 4, 0], 0, 0x0, [S(44372, 13), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 437), // task_04663_V1
    e(4664, 0, [0, 4, 0], 0, 0x0, [S(44385, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 438), // task_04664
    e(4665, 0, [0, 4, 0], 0, 0x0, [S(44403, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 439), // task_04665
    e(4666, 0, [0, 4, 0], 0, 0x0, [S(44466, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 440), // task_04666
    e(4667, 0, [0, 4, 0], 0, 0x0, [S(44503, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 441), // task_04667
    e(4668, 0, [0, 4, 0], 0, 0x0, [S(44513, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 442), // task_04668
    e(4670, 0, [0, 4, 0], 0, 0x0, [S(44531, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 443), // task_04670
    e(4671, 0, [0, 4, 0], 0, 0x0, [S(44551, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 444), // task_04671
    e(4672, 0, [0, 4, 0], 0, 0x0, [S(44624, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 445), // task_04672
    e(4673, 0, [0, 4, 0], 0, 0x0, [S(44634, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 446), // task_04673
    e(4674, 0, [0, 4, 0], 0, 0x0, [S(44651, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 447), // task_04674
    e(4675, 0, [0, 4, 0], 0, 0x0, [S(44661, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 448), // task_04675
    e(4688, 0, [0, 4, 0], 0, 0x0, [S(44716, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 449), // task_04688
    e(4688, 1, [0, 4, 0], 0, 0x0, [S(44752, 13), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 450), // task_04688_V1
    e(4688, 2, [0, 4, 0], 0, 0x0, [S(44776, 13), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 451), // task_04688_V2
    e(4689, 0, [0, 4, 0], 0, 0x0, [S(44820, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 452), // task_04689
    e(4690, 0, [0, 4, 0], 0, 0x0, [S(44830, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 453), // task_04690
    e(4691, 0, [0, 4, 0], 0, 0x0, [S(44898, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 454), // task_04691
    e(4692, 0, [0, 4, 0], 0, 0x0, [S(44908, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 455), // task_04692
    e(4693, 0, [0, 4, 0], 0, 0x0, [S(44956, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 456), // task_04693
    e(4694, 0, [0, 4, 0], 0, 0x0, [S(44989, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 457), // task_04694
    e(4695, 0, [0, 4, 0], 0, 0x0, [S(45048, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 457), // task_04695
    e(4696, 0, [0, 4, 0], 0, 0x0, [S(45058, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 458), // task_04696
    e(4697, 0, [0, 4, 0], 0, 0x0, [S(45085, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 459), // task_04697
    e(4698, 0, [0, 4, 0], 0, 0x0, [S(45162, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 460), // task_04698
    e(4699, 0, [0, 4, 0], 0, 0x0, [S(45191, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 460), // task_04699
    e(4700, 0, [0, 4, 0], 0, 0x0, [S(45201, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 460), // task_04700
    e(4701, 0, [0, 4, 0], 0, 0x0, [S(45211, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 460), // task_04701
    e(4702, 0, [0, 4, 0], 0, 0x0, [S(45221, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 461), // task_04702
    e(4703, 0, [0, 4, 0], 0, 0x0, [S(45245, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 462), // task_04703
    e(4704, 0, [0, 4, 0], 0, 0x0, [S(45296, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 463), // task_04704
    e(4705, 0, [0, 4, 0], 0, 0x0, [S(45315, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 463), // task_04705
    e(4706, 0, [0, 4, 0], 0, 0x0, [S(45325, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 464), // task_04706
    e(4707, 0, [0, 4, 0], 0, 0x0, [S(45373, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 465), // task_04707
    e(4709, 0, [0, 4, 0], 0, 0x0, [S(45383, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 102), // task_04709
    e(4710, 0, [0, 4, 0], 0, 0x0, [S(45393, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 124), // task_04710
    e(4711, 0, [0, 4, 0], 0, 0x0, [S(45403, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 100), // task_04711
    e(4712, 0, [0, 4, 0], 0, 0x0, [S(45413, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 100), // task_04712
    e(4713, 0, [0, 4, 0], 0, 0x0, [S(45423, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 466), // task_04713
    e(4714, 0, [0, 4, 0], 0, 0x0, [S(45453, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 467), // task_04714
    e(4715, 0, [0, 4, 0], 0, 0x0, [S(45478, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 468), // task_04715
    e(4716, 0, [0, 4, 0], 0, 0x0, [S(45488, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 469), // task_04716
    e(4717, 0, [0, 4, 0], 0, 0x0, [S(45498, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 470), // task_04717
    e(4718, 0, [0, 4, 0], 0, 0x0, [S(45521, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 471), // task_04718
    e(4719, 0, [0, 4, 0], 0, 0x0, [S(45544, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 472), // task_04719
    e(4720, 0, [0, 4, 0], 0, 0x0, [S(45610, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 473), // task_04720
    e(4722, 0, [0, 4, 0], 0, 0x0, [S(45856, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 474), // task_04722
    e(4723, 0, [0, 4, 0], 0, 0x0, [S(45866, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 475), // task_04723
    e(4724, 0, [0, 4, 0], 0, 0x0, [S(45876, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 474), // task_04724
    e(4725, 0, [0, 4, 0], 0, 0x0, [S(45886, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 474), // task_04725
    e(4726, 0, [0, 4, 0], 0, 0x0, [S(45896, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 475), // task_04726
    e(4727, 0, [0, 4, 0], 0, 0x0, [S(45906, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 476), // task_04727
    e(4728, 0, [0, 4, 0], 0, 0x0, [S(45916, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 477), // task_04728
    e(4728, 1, [0, 4, 0], 0, 0x0, [S(45945, 13), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 478), // task_04728_V1
    e(4729, 0, [0, 4, 0], 0, 0x0, [S(45982, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 477), // task_04729
    e(4730, 0, [0, 4, 0], 0, 0x0, [S(45992, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 475), // task_04730
    e(4731, 0, [0, 4, 0], 0, 0x0, [S(46002, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 476), // task_04731
    e(4732, 0, [0, 4, 0], 0, 0x0, [S(46012, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 477), // task_04732
    e(4732, 1, [0, 4, 0], 0, 0x0, [S(46022, 13), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 478), // task_04732_V1
    e(4733, 0, [0, 4, 0], 0, 0x0, [S(46035, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 477), // task_04733
    e(4734, 0, [0, 4, 0], 0, 0x0, [S(46045, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 475), // task_04734
    e(4735, 0, [0, 4, 0], 0, 0x0, [S(46055, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 476), // task_04735
    e(4737, 0, [0, 4, 0], 0, 0x0, [S(46065, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 476), // task_04737
    e(4738, 0, [0, 4, 0], 0, 0x0, [S(46075, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 479), // task_04738
    e(4739, 0, [0, 4, 0], 0, 0x0, [S(46090, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 480), // task_04739
    e(4740, 0, [0, 4, 0], 0, 0x0, [S(46338, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 474), // task_04740
    e(4741, 0, [0, 4, 0], 0, 0x0, [S(46348, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 481), // task_04741
    e(4742, 0, [0, 4, 0], 0, 0x0, [S(46390, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 482), // task_04742
    e(4743, 0, [0, 4, 0], 0, 0x0, [S(46421, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 475), // task_04743
    e(4744, 0, [0, 4, 0], 0, 0x0, [S(46431, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 476), // task_04744
    e(4745, 0, [0, 4, 0], 0, 0x0, [S(46441, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 476), // task_04745
    e(4746, 0, [0, 4, 0], 0, 0x0, [S(46451, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 477), // task_04746
    e(4746, 1, [0, 4, 0], 0, 0x0, [S(46461, 13), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 478), // task_04746_V1
    e(4747, 0, [0, 4, 0], 0, 0x0, [S(46474, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 477), // task_04747
    e(4748, 0, [0, 4, 0], 0, 0x0, [S(46484, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 475), // task_04748
    e(4749, 0, [0, 4, 0], 0, 0x0, [S(46494, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 476), // task_04749
    e(4750, 0, [0, 4, 0], 0, 0x0, [S(46504, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 476), // task_04750
    e(4751, 0, [0, 4, 0], 0, 0x0, [S(46514, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 477), // task_04751
    e(4751, 1, [0, 4, 0], 0, 0x0, [S(46524, 13), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 478), // task_04751_V1
    e(4752, 0, [0, 4, 0], 0, 0x0, [S(46537, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 477), // task_04752
    e(4753, 0, [0, 4, 0], 0, 0x0, [S(46547, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 475), // task_04753
    e(4754, 0, [0, 4, 0], 0, 0x0, [S(46557, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 476), // task_04754
    e(4755, 0, [0, 4, 0], 0, 0x0, [S(46567, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 476), // task_04755
    e(4756, 0, [0, 4, 0], 0, 0x0, [S(46577, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 477), // task_04756
    e(4756, 1, [0, 4, 0], 0, 0x0, [S(46587, 13), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 478), // task_04756_V1
    e(4757, 0, [0, 4, 0], 0, 0x0, [S(46600, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 477), // task_04757
    e(4758, 0, [0, 4, 0], 0, 0x0, [S(46610, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 475), // task_04758
    e(4759, 0, [0, 4, 0], 0, 0x0, [S(46620, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 476), // task_04759
    e(4760, 0, [0, 4, 0], 0, 0x0, [S(46630, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 476), // task_04760
    e(4761, 0, [0, 4, 0], 0, 0x0, [S(46640, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 477), // task_04761
    e(4761, 1, [0, 4, 0], 0, 0x0, [S(46650, 13), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 478), // task_04761_V1
    e(4762, 0, [0, 4, 0], 0, 0x0, [S(46663, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 477), // task_04762
    e(4763, 0, [0, 4, 0], 0, 0x0, [S(46673, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 475), // task_04763
    e(4764, 0, [0, 4, 0], 0, 0x0, [S(46683, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 483), // task_04764
    e(4765, 0, [0, 4, 0], 0, 0x0, [S(46708, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 484), // task_04765
    e(4766, 0, [0, 4, 0], 0, 0x0, [S(46741, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 485), // task_04766
    e(4767, 0, [0, 4, 0], 0, 0x0, [S(46751, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 474), // task_04767
    e(4768, 0, [0, 4, 0], 0, 0x0, [S(46761, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 486), // task_04768
    e(4769, 0, [0, 4, 0], 0, 0x0, [S(46869, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 487), // task_04769
    e(4770, 0, [0, 4, 0], 0, 0x0, [S(46879, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 488), // task_04770
    e(4771, 0, [0, 4, 0], 0, 0x0, [S(46889, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 489), // task_04771
    e(4772, 0, [0, 4, 0], 0, 0x0, [S(46899, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 490), // task_04772
    e(4773, 0, [0, 4, 0], 0, 0x0, [S(46920, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 490), // task_04773
    e(4774, 0, [0, 4, 0], 0, 0x0, [S(46930, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 491), // task_04774
    e(4775, 0, [0, 4, 0], 0, 0x0, [S(46973, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 492), // task_04775
    e(4776, 0, [0, 4, 0], 0, 0x0, [S(46983, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 493), // task_04776
    e(4777, 0, [0, 4, 0], 0, 0x0, [S(47015, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 494), // task_04777
    e(4778, 0, [0, 4, 0], 0, 0x0, [S(47025, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 495), // task_04778
    e(4779, 0, [0, 4, 0], 0, 0x0, [S(47090, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 495), // task_04779
    e(4780, 0, [0, 4, 0], 0, 0x0, [S(47100, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 475), // task_04780
    e(4781, 0, [0, 4, 0], 0, 0x0, [S(47110, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 496), // task_04781
    e(4782, 0, [0, 4, 0], 0, 0x0, [S(47154, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 497), // task_04782
    e(4783, 0, [0, 4, 0], 0, 0x0, [S(47164, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 476), // task_04783
    e(4784, 0, [0, 4, 0], 0, 0x0, [S(47174, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 476), // task_04784
    e(4785, 0, [0, 4, 0], 0, 0x0, [S(47184, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 477), // task_04785
    e(4785, 1, [0, 4, 0], 0, 0x0, [S(47194, 13), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 478), // task_04785_V1
    e(4786, 0, [0, 4, 0], 0, 0x0, [S(47207, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 477), // task_04786
    e(4787, 0, [0, 4, 0], 0, 0x0, [S(47217, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 477), // task_04787
    e(4788, 0, [0, 4, 0], 0, 0x0, [S(47227, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 477), // task_04788
    e(4789, 0, [0, 4, 0], 0, 0x0, [S(47237, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 475), // task_04789
    e(4790, 0, [0, 4, 0], 0, 0x0, [S(47247, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 476), // task_04790
    e(4791, 0, [0, 4, 0], 0, 0x0, [S(47257, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 476), // task_04791
    e(4792, 0, [0, 4, 0], 0, 0x0, [S(47267, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 475), // task_04792
    e(4793, 0, [0, 4, 0], 0, 0x0, [S(47277, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 498), // task_04793
    e(4794, 0, [0, 4, 0], 0, 0x0, [S(47287, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 499), // task_04794
    e(4797, 0, [0, 4, 0], 0, 0x0, [S(47297, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 500), // task_04797
    e(4798, 0, [0, 4, 0], 0, 0x0, [S(47307, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 501), // task_04798
    e(4799, 0, [0, 4, 0], 0, 0x0, [S(47349, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 501), // task_04799
    e(4800, 0, [0, 4, 0], 0, 0x0, [S(47359, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 502), // task_04800
    e(4801, 0, [0, 4, 0], 0, 0x0, [S(47369, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 502), // task_04801
    e(4802, 0, [0, 4, 0], 0, 0x0, [S(47379, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 502), // task_04802
    e(4803, 0, [0, 4, 0], 0, 0x0, [S(47389, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 502), // task_04803
    e(4816, 0, [0, 4, 0], 0, 0x0, [S(47399, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 102), // task_04816
    e(4816, 1, [0, 4, 0], 0, 0x0, [S(47409, 13), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 503), // task_04816_V1
    e(4817, 0, [0, 4, 0], 0, 0x0, [S(47459, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 504), // task_04817
    e(4818, 0, [0, 4, 0], 0, 0x0, [S(47469, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 505), // task_04818
    e(4819, 0, [0, 4, 0], 0, 0x0, [S(47492, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 506), // task_04819
    e(4820, 0, [0, 4, 0], 0, 0x0, [S(47542, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 507), // task_04820
    e(4821, 0, [0, 4, 0], 0, 0x0, [S(47591, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 508), // task_04821
    e(4822, 0, [0, 4, 0], 0, 0x0, [S(47618, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 509), // task_04822
    e(4823, 0, [0, 4, 0], 0, 0x0, [S(47628, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 510), // task_04823
    e(4824, 0, [0, 4, 0], 0, 0x0, [S(47638, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 489), // task_04824
    e(4825, 0, [0, 4, 0], 0, 0x0, [S(47648, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 511), // task_04825
    e(4826, 0, [0, 4, 0], 0, 0x0, [S(47658, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 512), // task_04826
    e(4830, 0, [0, 4, 0], 0, 0x0, [S(47856, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 484), // task_04830
    e(4864, 0, [0, 4, 0], 0, 0x0, [S(47866, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 513), // task_04864
    e(4865, 0, [0, 4, 0], 0, 0x0, [S(47947, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 514), // task_04865
    e(4866, 0, [0, 4, 0], 0, 0x0, [S(47979, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 514), // task_04866
    e(4867, 0, [0, 4, 0], 0, 0x0, [S(47989, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 515), // task_04867
    e(4868, 0, [0, 4, 0], 0, 0x0, [S(47999, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 516), // task_04868
    e(4869, 0, [0, 4, 0], 0, 0x0, [S(48018, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 516), // task_04869
    e(4870, 0, [0, 4, 0], 0, 0x0, [S(48028, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 517), // task_04870
    e(4871, 0, [0, 4, 0], 0, 0x0, [S(48077, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 518), // task_04871
    e(4872, 0, [0, 4, 0], 0, 0x0, [S(48140, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 519), // task_04872
    e(4873, 0, [0, 4, 0], 0, 0x0, [S(48202, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 520), // task_04873
    e(4874, 0, [0, 4, 0], 0, 0x0, [S(48275, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 521), // task_04874
    e(4875, 0, [0, 4, 0], 0, 0x0, [S(48295, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 522), // task_04875
    e(4876, 0, [0, 4, 0], 0, 0x0, [S(48305, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 523), // task_04876
    e(4877, 0, [0, 4, 0], 0, 0x0, [S(48325, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 522), // task_04877
    e(4878, 0, [0, 4, 0], 0, 0x0, [S(48335, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), NONE), // task_04878
    e(4879, 0, [0, 4, 0], 0, 0x0, [S(48345, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), NONE), // task_04879
    e(4880, 0, [0, 4, 0], 0, 0x0, [S(48355, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 524), // task_04880
    e(4881, 0, [0, 4, 0], 0, 0x0, [S(48440, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 524), // task_04881
    e(4882, 0, [0, 4, 0], 0, 0x0, [S(48450, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 525), // task_04882
    e(4883, 0, [0, 4, 0], 0, 0x0, [S(48476, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 516), // task_04883
    e(4884, 0, [0, 4, 0], 0, 0x0, [S(48486, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 526), // task_04884
    e(4885, 0, [0, 4, 0], 0, 0x0, [S(48507, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 527), // task_04885
    e(4886, 0, [0, 4, 0], 0, 0x0, [S(48528, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 528), // task_04886
    e(4887, 0, [0, 4, 0], 0, 0x0, [S(48547, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 529), // task_04887
    e(4888, 0, [0, 4, 0], 0, 0x0, [S(48584, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 529), // task_04888
    e(4889, 0, [0, 4, 0], 0, 0x0, [S(48594, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 529), // task_04889
    e(4890, 0, [0, 4, 0], 0, 0x0, [S(48604, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 530), // task_04890
    e(4891, 0, [0, 4, 0], 0, 0x0, [S(48662, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 531), // task_04891
    e(4892, 0, [0, 4, 0], 0, 0x0, [S(48676, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 532), // task_04892
    e(4893, 0, [0, 4, 0], 0, 0x0, [S(48724, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 533), // task_04893
    e(4894, 0, [0, 4, 0], 0, 0x0, [S(48743, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 516), // task_04894
    e(4895, 0, [0, 4, 0], 0, 0x0, [S(48753, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 534), // task_04895
    e(4896, 0, [0, 4, 0], 0, 0x0, [S(48794, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 535), // task_04896
    e(4897, 0, [0, 4, 0], 0, 0x0, [S(48828, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 536), // task_04897
    e(4898, 0, [0, 4, 0], 0, 0x0, [S(48859, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 537), // task_04898
    e(4899, 0, [0, 4, 0], 0, 0x0, [S(48998, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 538), // task_04899
    e(4900, 0, [0, 4, 0], 0, 0x0, [S(49044, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 539), // task_04900
    e(4902, 0, [0, 4, 0], 0, 0x0, [S(49096, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 540), // task_04902
    e(4904, 0, [0, 4, 0], 0, 0x0, [S(49125, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 541), // task_04904
    e(4905, 0, [0, 4, 0], 0, 0x0, [S(49163, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 541), // task_04905
    e(4906, 0, [0, 4, 0], 0, 0x0, [S(49173, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 542), // task_04906
    e(4907, 0, [0, 4, 0], 0, 0x0, [S(49183, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 443), // task_04907
    e(4908, 0, [0, 4, 0], 0, 0x0, [S(49193, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 543), // task_04908
    e(4909, 0, [0, 4, 0], 0, 0x0, [S(49203, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 544), // task_04909
    e(4910, 0, [0, 4, 0], 0, 0x0, [S(49249, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 545), // task_04910
    e(4911, 0, [0, 4, 0], 0, 0x0, [S(49351, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 443), // task_04911
    e(4912, 0, [0, 4, 0], 0, 0x0, [S(49361, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 546), // task_04912
    e(4913, 0, [0, 4, 0], 0, 0x0, [S(49371, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 443), // task_04913
    e(4928, 0, [0, 4, 0], 0, 0x0, [S(49381, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 547), // task_04928
    e(4929, 0, [0, 4, 0], 0, 0x0, [S(49444, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 547), // task_04929
    e(4930, 0, [0, 4, 0], 0, 0x0, [S(49454, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 547), // task_04930
    e(4931, 0, [0, 4, 0], 0, 0x0, [S(49464, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 547), // task_04931
    e(4932, 0, [0, 4, 0], 0, 0x0, [S(49474, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 548), // task_04932
    e(4933, 0, [0, 4, 0], 0, 0x0, [S(49492, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 549), // task_04933
    e(4934, 0, [0, 4, 0], 0, 0x0, [S(49508, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 550), // task_04934
    e(4935, 0, [0, 4, 0], 0, 0x0, [S(49548, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 551), // task_04935
    e(4936, 0, [0, 4, 0], 0, 0x0, [S(49589, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 552), // task_04936
    e(4937, 0, [0, 4, 0], 0, 0x0, [S(49620, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 553), // task_04937
    e(4944, 0, [0, 4, 0], 0, 0x0, [S(49630, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 554), // task_04944
    e(4945, 0, [0, 4, 0], 0, 0x0, [S(49765, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 555), // task_04945
    e(4946, 0, [0, 4, 0], 0, 0x0, [S(49792, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 556), // task_04946
    e(4947, 0, [0, 4, 0], 0, 0x0, [S(49816, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 556), // task_04947
    e(4948, 0, [0, 4, 0], 0, 0x0, [S(49826, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 556), // task_04948
    e(4949, 0, [0, 4, 0], 0, 0x0, [S(49836, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), NONE), // task_04949
    e(4950, 0, [0, 4, 0], 0, 0x0, [S(49846, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 557), // task_04950
    e(4951, 0, [0, 4, 0], 0, 0x0, [S(49879, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 558), // task_04951
    e(4952, 0, [0, 4, 0], 0, 0x0, [S(49889, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 558), // task_04952
    e(4953, 0, [0, 4, 0], 0, 0x0, [S(49899, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 559), // task_04953
    e(4954, 0, [0, 4, 0], 0, 0x0, [S(49927, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), NONE), // task_04954
    e(4956, 0, [0, 4, 0], 0, 0x0, [S(49937, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 560), // task_04956
    e(4957, 0, [0, 4, 0], 0, 0x0, [S(49960, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 561), // task_04957
    e(4958, 0, [0, 4, 0], 0, 0x0, [S(49978, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 562), // task_04958
    e(4960, 0, [0, 4, 0], 0, 0x0, [S(49988, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 563), // task_04960
    e(4961, 0, [0, 4, 0], 0, 0x0, [S(50001, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 563), // task_04961
    e(4962, 0, [0, 4, 0], 0, 0x0, [S(50011, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 563), // task_04962
    e(4963, 0, [0, 4, 0], 0, 0x0, [S(50021, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 563), // task_04963
    e(4964, 0, [0, 4, 0], 0, 0x0, [S(50031, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 564), // task_04964
    e(4965, 0, [0, 4, 0], 0, 0x0, [S(50041, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 563), // task_04965
    e(4976, 0, [0, 4, 0], 0, 0x0, [S(50051, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 565), // task_04976
    e(4977, 0, [0, 4, 0], 0, 0x0, [S(50061, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 565), // task_04977
    e(4978, 0, [0, 4, 0], 0, 0x0, [S(50071, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 565), // task_04978
    e(4979, 0, [0, 4, 0], 0, 0x0, [S(50081, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 566), // task_04979
    e(4980, 0, [0, 4, 0], 0, 0x0, [S(50164, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 567), // task_04980
    e(4981, 0, [0, 4, 0], 0, 0x0, [S(50265, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 568), // task_04981
    e(4982, 0, [0, 4, 0], 0, 0x0, [S(50275, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 569), // task_04982
    e(4983, 0, [0, 4, 0], 0, 0x0, [S(50285, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 570), // task_04983
    e(4984, 0, [0, 4, 0], 0, 0x0, [S(50295, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 571), // task_04984
    e(4985, 0, [0, 4, 0], 0, 0x0, [S(50305, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 572), // task_04985
    e(5024, 0, [0, 4, 0], 0, 0x0, [S(50330, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), NONE), // task_05024
    e(5025, 0, [0, 4, 0], 0, 0x0, [S(50340, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), NONE), // task_05025
    e(5027, 0, [0, 4, 0], 0, 0x0, [S(50350, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 87), // task_05027
    e(5028, 0, [0, 4, 0], 0, 0x0, [S(50360, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 87), // task_05028
    e(5029, 0, [0, 4, 0], 0, 0x0, [S(50370, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 87), // task_05029
    e(5030, 0, [0, 4, 0], 0, 0x0, [S(50380, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 87), // task_05030
    e(5031, 0, [0, 4, 0], 0, 0x0, [S(50390, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 573), // task_05031
    e(5032, 0, [0, 4, 0], 0, 0x0, [S(50419, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 87), // task_05032
    e(5033, 0, [0, 4, 0], 0, 0x0, [S(50429, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), NONE), // task_05033
    e(5034, 0, [0, 4, 0], 0, 0x0, [S(50439, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), NONE), // task_05034
    e(5035, 0, [0, 4, 0], 0, 0x0, [S(50449, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 87), // task_05035
    e(5037, 0, [0, 4, 0], 0, 0x0, [S(50459, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 87), // task_05037
    e(5038, 0, [0, 4, 0], 0, 0x0, [S(50469, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 100), // task_05038
    e(5039, 0, [0, 4, 0], 0, 0x0, [S(50479, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 574), // task_05039
    e(5040, 0, [0, 4, 0], 0, 0x0, [S(50516, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 575), // task_05040
    e(5041, 0, [0, 4, 0], 0, 0x0, [S(50566, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 575), // task_05041
    e(5042, 0, [0, 4, 0], 0, 0x0, [S(50576, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 575), // task_05042
    e(5043, 0, [0, 4, 0], 0, 0x0, [S(50586, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 576), // task_05043
    e(5044, 0, [0, 4, 0], 0, 0x0, [S(50646, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 576), // task_05044
    e(5045, 0, [0, 4, 0], 0, 0x0, [S(50656, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 576), // task_05045
    e(5046, 0, [0, 4, 0], 0, 0x0, [S(50666, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 577), // task_05046
    e(5047, 0, [0, 4, 0], 0, 0x0, [S(50714, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 577), // task_05047
    e(5048, 0, [0, 4, 0], 0, 0x0, [S(50724, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 577), // task_05048
    e(5049, 0, [0, 4, 0], 0, 0x0, [S(50734, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 578), // task_05049
    e(5050, 0, [0, 4, 0], 0, 0x0, [S(50798, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 579), // task_05050
    e(5051, 0, [0, 4, 0], 0, 0x0, [S(50817, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 580), // task_05051
    e(5056, 0, [0, 4, 0], 0, 0x0, [S(50842, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 581), // task_05056
    e(5057, 0, [0, 4, 0], 0, 0x0, [S(50868, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 582), // task_05057
    e(5058, 0, [0, 4, 0], 0, 0x0, [S(50891, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 583), // task_05058
    e(5059, 0, [0, 4, 0], 0, 0x0, [S(50919, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 584), // task_05059
    e(5060, 0, [0, 4, 0], 0, 0x0, [S(50929, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 585), // task_05060
    e(5061, 0, [0, 4, 0], 0, 0x0, [S(50939, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 584), // task_05061
    e(5062, 0, [0, 4, 0], 0, 0x0, [S(50949, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 586), // task_05062
    e(5063, 0, [0, 4, 0], 0, 0x0, [S(50959, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 587), // task_05063
    e(5064, 0, [0, 4, 0], 0, 0x0, [S(50979, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 588), // task_05064
    e(5065, 0, [0, 4, 0], 0, 0x0, [S(51005, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 589), // task_05065
    e(5066, 0, [0, 4, 0], 0, 0x0, [S(51015, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 590), // task_05066
    e(5067, 0, [0, 4, 0], 0, 0x0, [S(51056, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 591), // task_05067
    e(5068, 0, [0, 4, 0], 0, 0x0, [S(51066, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 592), // task_05068
    e(5069, 0, [0, 4, 0], 0, 0x0, [S(51076, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 593), // task_05069
    e(5070, 0, [0, 4, 0], 0, 0x0, [S(51086, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 594), // task_05070
    e(5071, 0, [0, 4, 0], 0, 0x0, [S(51096, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 595), // task_05071
    e(5120, 0, [0, 4, 0], 0, 0x0, [S(51106, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), NONE), // task_05120
    e(5121, 0, [0, 4, 0], 0, 0x0, [S(51116, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), NONE), // task_05121
    e(5122, 0, [0, 4, 0], 0, 0x0, [S(51126, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 596), // task_05122
    e(5123, 0, [0, 4, 0], 0, 0x0, [S(51153, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 597), // task_05123
    e(5124, 0, [0, 4, 0], 0, 0x0, [S(51163, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 598), // task_05124
    e(5125, 0, [0, 4, 0], 0, 0x0, [S(51192, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 522), // task_05125
    e(5125, 1, [0, 4, 0], 0, 0x0, [S(51202, 13), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 599), // task_05125_V1
    e(5126, 0, [0, 4, 0], 0, 0x0, [S(51233, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 600), // task_05126
    e(5127, 0, [0, 4, 0], 0, 0x0, [S(51268, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 601), // task_05127
    e(5136, 0, [0, 4, 0], 0, 0x0, [S(51380, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 602), // task_05136
    e(5137, 0, [0, 4, 0], 0, 0x0, [S(51518, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 603), // task_05137
    e(5138, 0, [0, 4, 0], 0, 0x0, [S(51528, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 604), // task_05138
    e(5139, 0, [0, 4, 0], 0, 0x0, [S(51560, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 604), // task_05139
    e(5140, 0, [0, 4, 0], 0, 0x0, [S(51570, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 605), // task_05140
    e(5140, 1, [0, 4, 0], 0, 0x0, [S(51589, 13), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 606), // task_05140_V1
    e(5141, 0, [0, 4, 0], 0, 0x0, [S(51616, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 607), // task_05141
    e(5142, 0, [0, 4, 0], 0, 0x0, [S(51636, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 608), // task_05142
    e(5143, 0, [0, 4, 0], 0, 0x0, [S(51646, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 609), // task_05143
    e(5144, 0, [0, 4, 0], 0, 0x0, [S(51732, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 608), // task_05144
    e(5145, 0, [0, 4, 0], 0, 0x0, [S(51742, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 610), // task_05145
    e(5146, 0, [0, 4, 0], 0, 0x0, [S(51770, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 611), // task_05146
    e(5147, 0, [0, 4, 0], 0, 0x0, [S(51881, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 611), // task_05147
    e(5148, 0, [0, 4, 0], 0, 0x0, [S(51891, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 612), // task_05148
    e(5149, 0, [0, 4, 0], 0, 0x0, [S(51901, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 613), // task_05149
    e(5150, 0, [0, 4, 0], 0, 0x0, [S(51927, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 614), // task_05150
    e(5151, 0, [0, 4, 0], 0, 0x0, [S(51959, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 614), // task_05151
    e(5152, 0, [0, 4, 0], 0, 0x0, [S(51969, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 615), // task_05152
    e(5153, 0, [0, 4, 0], 0, 0x0, [S(51979, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 615), // task_05153
    e(5154, 0, [0, 4, 0], 0, 0x0, [S(51989, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 616), // task_05154
    e(5155, 0, [0, 4, 0], 0, 0x0, [S(51999, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 616), // task_05155
    e(5156, 0, [0, 4, 0], 0, 0x0, [S(52009, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 617), // task_05156
    e(5156, 1, [0, 4, 0], 0, 0x0, [S(52019, 13), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 618), // task_05156_V1
    e(5157, 0, [0, 4, 0], 0, 0x0, [S(52059, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 617), // task_05157
    e(5157, 1, [0, 4, 0], 0, 0x0, [S(52069, 13), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 618), // task_05157_V1
    e(5158, 0, [0, 4, 0], 0, 0x0, [S(52082, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 616), // task_05158
    e(5159, 0, [0, 4, 0], 0, 0x0, [S(52092, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 616), // task_05159
    e(5168, 0, [0, 4, 0], 0, 0x0, [S(52102, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 619), // task_05168
    e(5169, 0, [0, 4, 0], 0, 0x0, [S(52156, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 620), // task_05169
    e(5170, 0, [0, 4, 0], 0, 0x0, [S(52180, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 620), // task_05170
    e(5376, 0, [0, 4, 0], 0, 0x0, [S(52190, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 522), // task_05376
    e(5377, 0, [0, 4, 0], 0, 0x0, [S(52200, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 522), // task_05377
    e(5378, 0, [0, 4, 0], 0, 0x0, [S(52210, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 621), // task_05378
    e(5440, 0, [0, 4, 0], 0, 0x0, [S(52254, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 622), // task_05440
    e(5441, 0, [0, 4, 0], 0, 0x0, [S(52331, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 623), // task_05441
    e(5442, 0, [0, 4, 0], 0, 0x0, [S(52400, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 624), // task_05442
    e(5443, 0, [0, 4, 0], 0, 0x0, [S(52422, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 625), // task_05443
    e(5444, 0, [0, 4, 0], 0, 0x0, [S(52488, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 626), // task_05444
    e(5446, 0, [0, 4, 0], 0, 0x0, [S(52533, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 627), // task_05446
    e(5447, 0, [0, 4, 0], 0, 0x0, [S(52568, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 628), // task_05447
    e(5448, 0, [0, 4, 0], 0, 0x0, [S(52578, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 629), // task_05448
    e(5449, 0, [0, 4, 0], 0, 0x0, [S(52588, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 630), // task_05449
    e(5450, 0, [0, 4, 0], 0, 0x0, [S(52598, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 631), // task_05450
    e(5451, 0, [0, 4, 0], 0, 0x0, [S(52608, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 632), // task_05451
    e(5451, 1, [0, 4, 0], 0, 0x0, [S(52803, 13), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 633), // task_05451_V1
    e(5452, 0, [0, 4, 0], 0, 0x0, [S(52816, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 634), // task_05452
    e(5452, 1, [0, 4, 0], 0, 0x0, [S(52826, 13), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 635), // task_05452_V1
    e(5453, 0, [0, 4, 0], 0, 0x0, [S(52839, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), NONE), // task_05453
    e(5456, 0, [0, 4, 0], 0, 0x0, [S(52849, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 636), // task_05456
    e(5457, 0, [0, 4, 0], 0, 0x0, [S(52865, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 637), // task_05457
    e(5458, 0, [0, 4, 0], 0, 0x0, [S(52875, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 636), // task_05458
    e(5459, 0, [0, 4, 0], 0, 0x0, [S(52885, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 637), // task_05459
    e(5460, 0, [0, 4, 0], 0, 0x0, [S(52895, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 636), // task_05460
    e(5461, 0, [0, 4, 0], 0, 0x0, [S(52905, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 637), // task_05461
    e(5462, 0, [0, 4, 0], 0, 0x0, [S(52915, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 637), // task_05462
    e(5463, 0, [0, 4, 0], 0, 0x0, [S(52925, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), NONE), // task_05463
    e(5464, 0, [0, 4, 0], 0, 0x0, [S(52935, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), NONE), // task_05464
    e(5465, 0, [0, 4, 0], 0, 0x0, [S(52945, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), NONE), // task_05465
    e(5466, 0, [0, 4, 0], 0, 0x0, [S(52955, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), NONE), // task_05466
    e(5467, 0, [0, 4, 0], 0, 0x0, [S(52965, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), NONE), // task_05467
    e(5468, 0, [0, 4, 0], 0, 0x0, [S(52975, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), NONE), // task_05468
    e(5471, 0, [0, 4, 0], 0, 0x0, [S(52985, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 636), // task_05471
    e(5472, 0, [0, 4, 0], 0, 0x0, [S(52995, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 637), // task_05472
    e(5473, 0, [0, 4, 0], 0, 0x0, [S(53005, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 636), // task_05473
    e(5474, 0, [0, 4, 0], 0, 0x0, [S(53015, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 637), // task_05474
    e(5477, 0, [0, 4, 0], 0, 0x0, [S(53025, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 638), // task_05477
    e(5478, 0, [0, 4, 0], 0, 0x0, [S(53050, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), NONE), // task_05478
    e(5479, 0, [0, 4, 0], 0, 0x0, [S(53060, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), NONE), // task_05479
    e(5480, 0, [0, 4, 0], 0, 0x0, [S(53070, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), NONE), // task_05480
    e(5483, 0, [0, 4, 0], 0, 0x0, [S(53080, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 639), // task_05483
    e(5484, 0, [0, 4, 0], 0, 0x0, [S(53090, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 639), // task_05484
    e(5485, 0, [0, 4, 0], 0, 0x0, [S(53100, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), NONE), // task_05485
    e(5632, 0, [0, 4, 0], 0, 0x0, [S(53110, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 640), // task_05632
    e(5632, 1, [0, 4, 0], 0, 0x0, [S(53175, 13), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 641), // task_05632_V1
    e(5633, 0, [0, 4, 0], 0, 0x0, [S(53231, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 642), // task_05633
    e(5712, 0, [0, 4, 0], 0, 0x0, [S(53254, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 643), // task_05712
    e(5888, 0, [0, 4, 0], 0, 0x0, [S(53332, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 644), // task_05888
    e(5889, 0, [0, 4, 0], 0, 0x0, [S(53434, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 645), // task_05889
    e(5890, 0, [0, 4, 0], 0, 0x0, [S(53460, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 645), // task_05890
    e(6144, 0, [0, 4, 0], 0, 0x0, [S(53470, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 646), // task_06144
    e(6145, 0, [0, 4, 0], 0, 0x0, [S(53487, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 646), // task_06145
    e(6272, 0, [0, 4, 0], 0, 0x0, [S(53497, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 647), // task_06272
    e(6272, 1, [0, 4, 0], 0, 0x0, [S(53889, 13), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 648), // task_06272_V1
    e(6272, 2, [0, 4, 0], 0, 0x0, [S(53915, 13), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 649), // task_06272_V2
    e(6273, 0, [0, 4, 0], 0, 0x0, [S(53928, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 650), // task_06273
    e(6273, 1, [0, 4, 0], 0, 0x0, [S(53938, 13), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 651), // task_06273_V1
    e(6273, 2, [0, 4, 0], 0, 0x0, [S(53951, 13), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 652), // task_06273_V2
    e(6274, 0, [0, 4, 0], 0, 0x0, [S(53964, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 650), // task_06274
    e(6274, 1, [0, 4, 0], 0, 0x0, [S(53974, 13), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 653), // task_06274_V1
    e(6275, 0, [0, 4, 0], 0, 0x0, [S(53987, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 650), // task_06275
    e(6275, 1, [0, 4, 0], 0, 0x0, [S(53997, 13), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 653), // task_06275_V1
    e(6276, 0, [0, 4, 0], 0, 0x0, [S(54010, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 654), // task_06276
    e(6277, 0, [0, 4, 0], 0, 0x0, [S(54107, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 655), // task_06277
    e(6278, 0, [0, 4, 0], 0, 0x0, [S(54136, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 654), // task_06278
    e(6279, 0, [0, 4, 0], 0, 0x0, [S(54146, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 656), // task_06279
    e(6280, 0, [0, 4, 0], 0, 0x0, [S(54156, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 656), // task_06280
    e(6281, 0, [0, 4, 0], 0, 0x0, [S(54166, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 100), // task_06281
    e(6400, 0, [0, 4, 0], 0, 0x0, [S(54176, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 657), // task_06400
    e(6401, 0, [0, 4, 0], 0, 0x0, [S(54186, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 657), // task_06401
    e(6402, 0, [0, 4, 0], 0, 0x0, [S(54196, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 657), // task_06402
    e(6403, 0, [0, 4, 0], 0, 0x0, [S(54206, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 658), // task_06403
    e(6404, 0, [0, 4, 0], 0, 0x0, [S(54231, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 659), // task_06404
    e(6405, 0, [0, 4, 0], 0, 0x0, [S(54241, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 660), // task_06405
    e(6406, 0, [0, 4, 0], 0, 0x0, [S(54251, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 661), // task_06406
    e(6407, 0, [0, 4, 0], 0, 0x0, [S(54282, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 662), // task_06407
    e(6408, 0, [0, 4, 0], 0, 0x0, [S(54292, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 661), // task_06408
    e(6409, 0, [0, 4, 0], 0, 0x0, [S(54302, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 663), // task_06409
    e(6410, 0, [0, 4, 0], 0, 0x0, [S(54316, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 100), // task_06410
    e(6416, 0, [0, 4, 0], 0, 0x0, [S(54326, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 664), // task_06416
    e(6416, 1, [0, 4, 0], 0, 0x0, [S(54384, 13), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 665), // task_06416_V1
    e(6417, 0, [0, 4, 0], 0, 0x0, [S(54422, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 666), // task_06417
    e(6418, 0, [0, 4, 0], 0, 0x0, [S(54432, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 667), // task_06418
    e(6419, 0, [0, 4, 0], 0, 0x0, [S(54451, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 668), // task_06419
    e(6420, 0, [0, 4, 0], 0, 0x0, [S(54472, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 668), // task_06420
    e(6421, 0, [0, 4, 0], 0, 0x0, [S(54482, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 668), // task_06421
    e(6422, 0, [0, 4, 0], 0, 0x0, [S(54492, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 668), // task_06422
    e(6423, 0, [0, 4, 0], 0, 0x0, [S(54502, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 668), // task_06423
    e(6424, 0, [0, 4, 0], 0, 0x0, [S(54512, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), 668), // task_06424
    e(8191, 0, [0, 4, 0], 0, 0x0, [S(54522, 10), S(1070, 6), S(0, 0), S(17, 11), S(0, 0)], (38, 0), NONE), // task_08191
];

const TEMPLATES: &[TemplateRow] = &[
    TemplateRow { first: 0, count: 5, top_level: 5 }, // 0
    TemplateRow { first: 5, count: 6, top_level: 6 }, // 1
    TemplateRow { first: 11, count: 10, top_level: 10 }, // 2
    TemplateRow { first: 21, count: 9, top_level: 9 }, // 3
    TemplateRow { first: 30, count: 15, top_level: 15 }, // 4
    TemplateRow { first: 45, count: 9, top_level: 9 }, // 5
    TemplateRow { first: 54, count: 10, top_level: 10 }, // 6
    TemplateRow { first: 64, count: 11, top_level: 11 }, // 7
    TemplateRow { first: 75, count: 7, top_level: 7 }, // 8
    TemplateRow { first: 82, count: 4, top_level: 4 }, // 9
    TemplateRow { first: 86, count: 1, top_level: 1 }, // 10
    TemplateRow { first: 87, count: 2, top_level: 2 }, // 11
    TemplateRow { first: 89, count: 3, top_level: 3 }, // 12
    TemplateRow { first: 92, count: 10, top_level: 10 }, // 13
    TemplateRow { first: 102, count: 3, top_level: 3 }, // 14
    TemplateRow { first: 105, count: 6, top_level: 6 }, // 15
    TemplateRow { first: 111, count: 14, top_level: 14 }, // 16
    TemplateRow { first: 125, count: 17, top_level: 17 }, // 17
    TemplateRow { first: 142, count: 2, top_level: 2 }, // 18
    TemplateRow { first: 144, count: 2, top_level: 2 }, // 19
    TemplateRow { first: 146, count: 7, top_level: 7 }, // 20
    TemplateRow { first: 153, count: 7, top_level: 7 }, // 21
    TemplateRow { first: 160, count: 4, top_level: 4 }, // 22
    TemplateRow { first: 164, count: 4, top_level: 4 }, // 23
    TemplateRow { first: 168, count: 7, top_level: 7 }, // 24
    TemplateRow { first: 175, count: 8, top_level: 8 }, // 25
    TemplateRow { first: 183, count: 6, top_level: 6 }, // 26
    TemplateRow { first: 189, count: 6, top_level: 6 }, // 27
    TemplateRow { first: 195, count: 8, top_level: 8 }, // 28
    TemplateRow { first: 203, count: 8, top_level: 8 }, // 29
    TemplateRow { first: 211, count: 3, top_level: 3 }, // 30
    TemplateRow { first: 214, count: 7, top_level: 7 }, // 31
    TemplateRow { first: 221, count: 7, top_level: 7 }, // 32
    TemplateRow { first: 228, count: 6, top_level: 6 }, // 33
    TemplateRow { first: 234, count: 3, top_level: 3 }, // 34
    TemplateRow { first: 237, count: 7, top_level: 7 }, // 35
    TemplateRow { first: 244, count: 12, top_level: 12 }, // 36
    TemplateRow { first: 256, count: 4, top_level: 4 }, // 37
    TemplateRow { first: 260, count: 8, top_level: 8 }, // 38
    TemplateRow { first: 268, count: 8, top_level: 8 }, // 39
    TemplateRow { first: 276, count: 5, top_level: 5 }, // 40
    TemplateRow { first: 281, count: 2, top_level: 2 }, // 41
    TemplateRow { first: 283, count: 2, top_level: 2 }, // 42
    TemplateRow { first: 285, count: 1, top_level: 1 }, // 43
    TemplateRow { first: 286, count: 2, top_level: 2 }, // 44
    TemplateRow { first: 288, count: 3, top_level: 3 }, // 45
    TemplateRow { first: 291, count: 1, top_level: 1 }, // 46
    TemplateRow { first: 292, count: 2, top_level: 2 }, // 47
    TemplateRow { first: 294, count: 2, top_level: 2 }, // 48
    TemplateRow { first: 296, count: 1, top_level: 1 }, // 49
    TemplateRow { first: 297, count: 13, top_level: 13 }, // 50
    TemplateRow { first: 310, count: 2, top_level: 2 }, // 51
    TemplateRow { first: 312, count: 2, top_level: 2 }, // 52
    TemplateRow { first: 314, count: 1, top_level: 1 }, // 53
    TemplateRow { first: 315, count: 2, top_level: 2 }, // 54
    TemplateRow { first: 317, count: 3, top_level: 3 }, // 55
    TemplateRow { first: 320, count: 6, top_level: 6 }, // 56
    TemplateRow { first: 326, count: 2, top_level: 2 }, // 57
    TemplateRow { first: 328, count: 1, top_level: 1 }, // 58
    TemplateRow { first: 329, count: 2, top_level: 2 }, // 59
    TemplateRow { first: 331, count: 6, top_level: 6 }, // 60
    TemplateRow { first: 337, count: 3, top_level: 3 }, // 61
    TemplateRow { first: 340, count: 2, top_level: 2 }, // 62
    TemplateRow { first: 342, count: 3, top_level: 3 }, // 63
    TemplateRow { first: 345, count: 2, top_level: 2 }, // 64
    TemplateRow { first: 347, count: 3, top_level: 3 }, // 65
    TemplateRow { first: 350, count: 5, top_level: 5 }, // 66
    TemplateRow { first: 355, count: 9, top_level: 9 }, // 67
    TemplateRow { first: 364, count: 8, top_level: 8 }, // 68
    TemplateRow { first: 372, count: 1, top_level: 1 }, // 69
    TemplateRow { first: 373, count: 2, top_level: 2 }, // 70
    TemplateRow { first: 375, count: 4, top_level: 4 }, // 71
    TemplateRow { first: 379, count: 10, top_level: 10 }, // 72
    TemplateRow { first: 389, count: 3, top_level: 3 }, // 73
    TemplateRow { first: 392, count: 1, top_level: 1 }, // 74
    TemplateRow { first: 393, count: 3, top_level: 3 }, // 75
    TemplateRow { first: 396, count: 8, top_level: 8 }, // 76
    TemplateRow { first: 404, count: 5, top_level: 5 }, // 77
    TemplateRow { first: 409, count: 7, top_level: 7 }, // 78
    TemplateRow { first: 416, count: 3, top_level: 3 }, // 79
    TemplateRow { first: 419, count: 4, top_level: 4 }, // 80
    TemplateRow { first: 423, count: 5, top_level: 5 }, // 81
    TemplateRow { first: 428, count: 3, top_level: 3 }, // 82
    TemplateRow { first: 431, count: 4, top_level: 4 }, // 83
    TemplateRow { first: 435, count: 5, top_level: 5 }, // 84
    TemplateRow { first: 440, count: 4, top_level: 4 }, // 85
    TemplateRow { first: 444, count: 6, top_level: 6 }, // 86
    TemplateRow { first: 450, count: 1, top_level: 1 }, // 87
    TemplateRow { first: 451, count: 7, top_level: 7 }, // 88
    TemplateRow { first: 458, count: 3, top_level: 3 }, // 89
    TemplateRow { first: 461, count: 2, top_level: 2 }, // 90
    TemplateRow { first: 463, count: 2, top_level: 2 }, // 91
    TemplateRow { first: 465, count: 6, top_level: 6 }, // 92
    TemplateRow { first: 471, count: 6, top_level: 6 }, // 93
    TemplateRow { first: 477, count: 4, top_level: 4 }, // 94
    TemplateRow { first: 481, count: 3, top_level: 3 }, // 95
    TemplateRow { first: 484, count: 5, top_level: 5 }, // 96
    TemplateRow { first: 489, count: 2, top_level: 2 }, // 97
    TemplateRow { first: 491, count: 2, top_level: 2 }, // 98
    TemplateRow { first: 493, count: 8, top_level: 8 }, // 99
    TemplateRow { first: 501, count: 1, top_level: 1 }, // 100
    TemplateRow { first: 502, count: 3, top_level: 3 }, // 101
    TemplateRow { first: 505, count: 3, top_level: 3 }, // 102
    TemplateRow { first: 508, count: 11, top_level: 11 }, // 103
    TemplateRow { first: 519, count: 1, top_level: 1 }, // 104
    TemplateRow { first: 520, count: 2, top_level: 2 }, // 105
    TemplateRow { first: 522, count: 3, top_level: 3 }, // 106
    TemplateRow { first: 525, count: 4, top_level: 4 }, // 107
    TemplateRow { first: 529, count: 4, top_level: 4 }, // 108
    TemplateRow { first: 533, count: 2, top_level: 2 }, // 109
    TemplateRow { first: 535, count: 3, top_level: 3 }, // 110
    TemplateRow { first: 538, count: 4, top_level: 4 }, // 111
    TemplateRow { first: 542, count: 2, top_level: 2 }, // 112
    TemplateRow { first: 544, count: 2, top_level: 2 }, // 113
    TemplateRow { first: 546, count: 3, top_level: 3 }, // 114
    TemplateRow { first: 549, count: 3, top_level: 3 }, // 115
    TemplateRow { first: 552, count: 2, top_level: 2 }, // 116
    TemplateRow { first: 554, count: 5, top_level: 5 }, // 117
    TemplateRow { first: 559, count: 5, top_level: 5 }, // 118
    TemplateRow { first: 564, count: 3, top_level: 3 }, // 119
    TemplateRow { first: 567, count: 2, top_level: 2 }, // 120
    TemplateRow { first: 569, count: 3, top_level: 3 }, // 121
    TemplateRow { first: 572, count: 2, top_level: 2 }, // 122
    TemplateRow { first: 574, count: 5, top_level: 5 }, // 123
    TemplateRow { first: 579, count: 2, top_level: 2 }, // 124
    TemplateRow { first: 581, count: 4, top_level: 4 }, // 125
    TemplateRow { first: 585, count: 6, top_level: 6 }, // 126
    TemplateRow { first: 591, count: 8, top_level: 8 }, // 127
    TemplateRow { first: 599, count: 6, top_level: 6 }, // 128
    TemplateRow { first: 605, count: 11, top_level: 11 }, // 129
    TemplateRow { first: 616, count: 5, top_level: 5 }, // 130
    TemplateRow { first: 621, count: 2, top_level: 2 }, // 131
    TemplateRow { first: 623, count: 3, top_level: 3 }, // 132
    TemplateRow { first: 626, count: 1, top_level: 1 }, // 133
    TemplateRow { first: 627, count: 1, top_level: 1 }, // 134
    TemplateRow { first: 628, count: 4, top_level: 4 }, // 135
    TemplateRow { first: 632, count: 2, top_level: 2 }, // 136
    TemplateRow { first: 634, count: 2, top_level: 2 }, // 137
    TemplateRow { first: 636, count: 2, top_level: 2 }, // 138
    TemplateRow { first: 638, count: 2, top_level: 2 }, // 139
    TemplateRow { first: 640, count: 2, top_level: 2 }, // 140
    TemplateRow { first: 642, count: 3, top_level: 3 }, // 141
    TemplateRow { first: 645, count: 3, top_level: 3 }, // 142
    TemplateRow { first: 648, count: 2, top_level: 2 }, // 143
    TemplateRow { first: 650, count: 3, top_level: 3 }, // 144
    TemplateRow { first: 653, count: 2, top_level: 2 }, // 145
    TemplateRow { first: 655, count: 1, top_level: 1 }, // 146
    TemplateRow { first: 656, count: 4, top_level: 4 }, // 147
    TemplateRow { first: 660, count: 3, top_level: 3 }, // 148
    TemplateRow { first: 663, count: 3, top_level: 3 }, // 149
    TemplateRow { first: 666, count: 2, top_level: 2 }, // 150
    TemplateRow { first: 668, count: 3, top_level: 3 }, // 151
    TemplateRow { first: 671, count: 4, top_level: 4 }, // 152
    TemplateRow { first: 675, count: 2, top_level: 2 }, // 153
    TemplateRow { first: 677, count: 2, top_level: 2 }, // 154
    TemplateRow { first: 679, count: 1, top_level: 1 }, // 155
    TemplateRow { first: 680, count: 3, top_level: 3 }, // 156
    TemplateRow { first: 683, count: 2, top_level: 2 }, // 157
    TemplateRow { first: 685, count: 2, top_level: 2 }, // 158
    TemplateRow { first: 687, count: 2, top_level: 2 }, // 159
    TemplateRow { first: 689, count: 2, top_level: 2 }, // 160
    TemplateRow { first: 691, count: 1, top_level: 1 }, // 161
    TemplateRow { first: 692, count: 2, top_level: 2 }, // 162
    TemplateRow { first: 694, count: 4, top_level: 4 }, // 163
    TemplateRow { first: 698, count: 1, top_level: 1 }, // 164
    TemplateRow { first: 699, count: 2, top_level: 2 }, // 165
    TemplateRow { first: 701, count: 1, top_level: 1 }, // 166
    TemplateRow { first: 702, count: 2, top_level: 2 }, // 167
    TemplateRow { first: 704, count: 2, top_level: 2 }, // 168
    TemplateRow { first: 706, count: 1, top_level: 1 }, // 169
    TemplateRow { first: 707, count: 1, top_level: 1 }, // 170
    TemplateRow { first: 708, count: 1, top_level: 1 }, // 171
    TemplateRow { first: 709, count: 1, top_level: 1 }, // 172
    TemplateRow { first: 710, count: 2, top_level: 2 }, // 173
    TemplateRow { first: 712, count: 3, top_level: 3 }, // 174
    TemplateRow { first: 715, count: 4, top_level: 4 }, // 175
    TemplateRow { first: 719, count: 7, top_level: 7 }, // 176
    TemplateRow { first: 726, count: 5, top_level: 5 }, // 177
    TemplateRow { first: 731, count: 1, top_level: 1 }, // 178
    TemplateRow { first: 732, count: 8, top_level: 8 }, // 179
    TemplateRow { first: 740, count: 6, top_level: 6 }, // 180
    TemplateRow { first: 746, count: 2, top_level: 2 }, // 181
    TemplateRow { first: 748, count: 4, top_level: 4 }, // 182
    TemplateRow { first: 752, count: 6, top_level: 6 }, // 183
    TemplateRow { first: 758, count: 4, top_level: 4 }, // 184
    TemplateRow { first: 762, count: 6, top_level: 6 }, // 185
    TemplateRow { first: 768, count: 2, top_level: 2 }, // 186
    TemplateRow { first: 770, count: 2, top_level: 2 }, // 187
    TemplateRow { first: 772, count: 3, top_level: 3 }, // 188
    TemplateRow { first: 775, count: 3, top_level: 3 }, // 189
    TemplateRow { first: 778, count: 4, top_level: 4 }, // 190
    TemplateRow { first: 782, count: 5, top_level: 5 }, // 191
    TemplateRow { first: 787, count: 8, top_level: 8 }, // 192
    TemplateRow { first: 795, count: 7, top_level: 7 }, // 193
    TemplateRow { first: 802, count: 6, top_level: 6 }, // 194
    TemplateRow { first: 808, count: 4, top_level: 4 }, // 195
    TemplateRow { first: 812, count: 4, top_level: 4 }, // 196
    TemplateRow { first: 816, count: 7, top_level: 7 }, // 197
    TemplateRow { first: 823, count: 3, top_level: 3 }, // 198
    TemplateRow { first: 826, count: 4, top_level: 4 }, // 199
    TemplateRow { first: 830, count: 3, top_level: 3 }, // 200
    TemplateRow { first: 833, count: 6, top_level: 6 }, // 201
    TemplateRow { first: 839, count: 8, top_level: 8 }, // 202
    TemplateRow { first: 847, count: 7, top_level: 7 }, // 203
    TemplateRow { first: 854, count: 5, top_level: 5 }, // 204
    TemplateRow { first: 859, count: 6, top_level: 6 }, // 205
    TemplateRow { first: 865, count: 10, top_level: 10 }, // 206
    TemplateRow { first: 875, count: 3, top_level: 3 }, // 207
    TemplateRow { first: 878, count: 4, top_level: 4 }, // 208
    TemplateRow { first: 882, count: 4, top_level: 4 }, // 209
    TemplateRow { first: 886, count: 4, top_level: 4 }, // 210
    TemplateRow { first: 890, count: 2, top_level: 2 }, // 211
    TemplateRow { first: 892, count: 3, top_level: 3 }, // 212
    TemplateRow { first: 895, count: 8, top_level: 8 }, // 213
    TemplateRow { first: 903, count: 3, top_level: 3 }, // 214
    TemplateRow { first: 906, count: 5, top_level: 5 }, // 215
    TemplateRow { first: 911, count: 6, top_level: 6 }, // 216
    TemplateRow { first: 917, count: 13, top_level: 13 }, // 217
    TemplateRow { first: 930, count: 3, top_level: 3 }, // 218
    TemplateRow { first: 933, count: 8, top_level: 8 }, // 219
    TemplateRow { first: 941, count: 3, top_level: 3 }, // 220
    TemplateRow { first: 944, count: 5, top_level: 5 }, // 221
    TemplateRow { first: 949, count: 5, top_level: 5 }, // 222
    TemplateRow { first: 954, count: 4, top_level: 4 }, // 223
    TemplateRow { first: 958, count: 1, top_level: 1 }, // 224
    TemplateRow { first: 959, count: 5, top_level: 5 }, // 225
    TemplateRow { first: 964, count: 6, top_level: 6 }, // 226
    TemplateRow { first: 970, count: 6, top_level: 6 }, // 227
    TemplateRow { first: 976, count: 3, top_level: 3 }, // 228
    TemplateRow { first: 979, count: 3, top_level: 3 }, // 229
    TemplateRow { first: 982, count: 2, top_level: 2 }, // 230
    TemplateRow { first: 984, count: 1, top_level: 1 }, // 231
    TemplateRow { first: 985, count: 1, top_level: 1 }, // 232
    TemplateRow { first: 986, count: 18, top_level: 18 }, // 233
    TemplateRow { first: 1004, count: 3, top_level: 3 }, // 234
    TemplateRow { first: 1007, count: 4, top_level: 4 }, // 235
    TemplateRow { first: 1011, count: 7, top_level: 7 }, // 236
    TemplateRow { first: 1018, count: 3, top_level: 3 }, // 237
    TemplateRow { first: 1021, count: 7, top_level: 7 }, // 238
    TemplateRow { first: 1028, count: 4, top_level: 4 }, // 239
    TemplateRow { first: 1032, count: 2, top_level: 2 }, // 240
    TemplateRow { first: 1034, count: 8, top_level: 8 }, // 241
    TemplateRow { first: 1042, count: 4, top_level: 4 }, // 242
    TemplateRow { first: 1046, count: 5, top_level: 5 }, // 243
    TemplateRow { first: 1051, count: 8, top_level: 8 }, // 244
    TemplateRow { first: 1059, count: 4, top_level: 4 }, // 245
    TemplateRow { first: 1063, count: 4, top_level: 4 }, // 246
    TemplateRow { first: 1067, count: 2, top_level: 2 }, // 247
    TemplateRow { first: 1069, count: 2, top_level: 2 }, // 248
    TemplateRow { first: 1071, count: 2, top_level: 2 }, // 249
    TemplateRow { first: 1073, count: 7, top_level: 7 }, // 250
    TemplateRow { first: 1080, count: 4, top_level: 4 }, // 251
    TemplateRow { first: 1084, count: 4, top_level: 4 }, // 252
    TemplateRow { first: 1088, count: 8, top_level: 8 }, // 253
    TemplateRow { first: 1096, count: 6, top_level: 6 }, // 254
    TemplateRow { first: 1102, count: 7, top_level: 7 }, // 255
    TemplateRow { first: 1109, count: 5, top_level: 5 }, // 256
    TemplateRow { first: 1114, count: 10, top_level: 10 }, // 257
    TemplateRow { first: 1124, count: 8, top_level: 8 }, // 258
    TemplateRow { first: 1132, count: 7, top_level: 7 }, // 259
    TemplateRow { first: 1139, count: 11, top_level: 11 }, // 260
    TemplateRow { first: 1150, count: 3, top_level: 3 }, // 261
    TemplateRow { first: 1153, count: 6, top_level: 6 }, // 262
    TemplateRow { first: 1159, count: 5, top_level: 5 }, // 263
    TemplateRow { first: 1164, count: 6, top_level: 6 }, // 264
    TemplateRow { first: 1170, count: 2, top_level: 2 }, // 265
    TemplateRow { first: 1172, count: 3, top_level: 3 }, // 266
    TemplateRow { first: 1175, count: 4, top_level: 4 }, // 267
    TemplateRow { first: 1179, count: 4, top_level: 4 }, // 268
    TemplateRow { first: 1183, count: 4, top_level: 4 }, // 269
    TemplateRow { first: 1187, count: 4, top_level: 4 }, // 270
    TemplateRow { first: 1191, count: 4, top_level: 4 }, // 271
    TemplateRow { first: 1195, count: 2, top_level: 2 }, // 272
    TemplateRow { first: 1197, count: 4, top_level: 4 }, // 273
    TemplateRow { first: 1201, count: 2, top_level: 2 }, // 274
    TemplateRow { first: 1203, count: 3, top_level: 3 }, // 275
    TemplateRow { first: 1206, count: 3, top_level: 3 }, // 276
    TemplateRow { first: 1209, count: 2, top_level: 2 }, // 277
    TemplateRow { first: 1211, count: 1, top_level: 1 }, // 278
    TemplateRow { first: 1212, count: 5, top_level: 5 }, // 279
    TemplateRow { first: 1217, count: 3, top_level: 3 }, // 280
    TemplateRow { first: 1220, count: 9, top_level: 9 }, // 281
    TemplateRow { first: 1229, count: 2, top_level: 2 }, // 282
    TemplateRow { first: 1231, count: 6, top_level: 6 }, // 283
    TemplateRow { first: 1237, count: 5, top_level: 5 }, // 284
    TemplateRow { first: 1242, count: 3, top_level: 3 }, // 285
    TemplateRow { first: 1245, count: 2, top_level: 2 }, // 286
    TemplateRow { first: 1247, count: 3, top_level: 3 }, // 287
    TemplateRow { first: 1250, count: 3, top_level: 3 }, // 288
    TemplateRow { first: 1253, count: 2, top_level: 2 }, // 289
    TemplateRow { first: 1255, count: 7, top_level: 7 }, // 290
    TemplateRow { first: 1262, count: 3, top_level: 3 }, // 291
    TemplateRow { first: 1265, count: 1, top_level: 1 }, // 292
    TemplateRow { first: 1266, count: 8, top_level: 8 }, // 293
    TemplateRow { first: 1274, count: 5, top_level: 5 }, // 294
    TemplateRow { first: 1279, count: 2, top_level: 2 }, // 295
    TemplateRow { first: 1281, count: 4, top_level: 4 }, // 296
    TemplateRow { first: 1285, count: 4, top_level: 4 }, // 297
    TemplateRow { first: 1289, count: 11, top_level: 11 }, // 298
    TemplateRow { first: 1300, count: 3, top_level: 3 }, // 299
    TemplateRow { first: 1303, count: 7, top_level: 7 }, // 300
    TemplateRow { first: 1310, count: 4, top_level: 4 }, // 301
    TemplateRow { first: 1314, count: 8, top_level: 8 }, // 302
    TemplateRow { first: 1322, count: 10, top_level: 10 }, // 303
    TemplateRow { first: 1332, count: 3, top_level: 3 }, // 304
    TemplateRow { first: 1335, count: 6, top_level: 6 }, // 305
    TemplateRow { first: 1341, count: 2, top_level: 2 }, // 306
    TemplateRow { first: 1343, count: 2, top_level: 2 }, // 307
    TemplateRow { first: 1345, count: 2, top_level: 2 }, // 308
    TemplateRow { first: 1347, count: 1, top_level: 1 }, // 309
    TemplateRow { first: 1348, count: 2, top_level: 2 }, // 310
    TemplateRow { first: 1350, count: 4, top_level: 4 }, // 311
    TemplateRow { first: 1354, count: 5, top_level: 5 }, // 312
    TemplateRow { first: 1359, count: 4, top_level: 4 }, // 313
    TemplateRow { first: 1363, count: 3, top_level: 3 }, // 314
    TemplateRow { first: 1366, count: 5, top_level: 5 }, // 315
    TemplateRow { first: 1371, count: 3, top_level: 3 }, // 316
    TemplateRow { first: 1374, count: 7, top_level: 7 }, // 317
    TemplateRow { first: 1381, count: 9, top_level: 9 }, // 318
    TemplateRow { first: 1390, count: 5, top_level: 5 }, // 319
    TemplateRow { first: 1395, count: 10, top_level: 10 }, // 320
    TemplateRow { first: 1405, count: 8, top_level: 8 }, // 321
    TemplateRow { first: 1413, count: 3, top_level: 3 }, // 322
    TemplateRow { first: 1416, count: 3, top_level: 3 }, // 323
    TemplateRow { first: 1419, count: 1, top_level: 1 }, // 324
    TemplateRow { first: 1420, count: 7, top_level: 7 }, // 325
    TemplateRow { first: 1427, count: 4, top_level: 4 }, // 326
    TemplateRow { first: 1431, count: 10, top_level: 10 }, // 327
    TemplateRow { first: 1441, count: 11, top_level: 11 }, // 328
    TemplateRow { first: 1452, count: 3, top_level: 3 }, // 329
    TemplateRow { first: 1455, count: 7, top_level: 7 }, // 330
    TemplateRow { first: 1462, count: 7, top_level: 7 }, // 331
    TemplateRow { first: 1469, count: 5, top_level: 5 }, // 332
    TemplateRow { first: 1474, count: 7, top_level: 7 }, // 333
    TemplateRow { first: 1481, count: 4, top_level: 4 }, // 334
    TemplateRow { first: 1485, count: 4, top_level: 4 }, // 335
    TemplateRow { first: 1489, count: 7, top_level: 7 }, // 336
    TemplateRow { first: 1496, count: 5, top_level: 5 }, // 337
    TemplateRow { first: 1501, count: 9, top_level: 9 }, // 338
    TemplateRow { first: 1510, count: 7, top_level: 7 }, // 339
    TemplateRow { first: 1517, count: 8, top_level: 8 }, // 340
    TemplateRow { first: 1525, count: 5, top_level: 5 }, // 341
    TemplateRow { first: 1530, count: 8, top_level: 8 }, // 342
    TemplateRow { first: 1538, count: 9, top_level: 9 }, // 343
    TemplateRow { first: 1547, count: 9, top_level: 9 }, // 344
    TemplateRow { first: 1556, count: 9, top_level: 9 }, // 345
    TemplateRow { first: 1565, count: 5, top_level: 5 }, // 346
    TemplateRow { first: 1570, count: 8, top_level: 8 }, // 347
    TemplateRow { first: 1578, count: 9, top_level: 9 }, // 348
    TemplateRow { first: 1587, count: 7, top_level: 7 }, // 349
    TemplateRow { first: 1594, count: 7, top_level: 7 }, // 350
    TemplateRow { first: 1601, count: 5, top_level: 5 }, // 351
    TemplateRow { first: 1606, count: 5, top_level: 5 }, // 352
    TemplateRow { first: 1611, count: 4, top_level: 4 }, // 353
    TemplateRow { first: 1615, count: 5, top_level: 5 }, // 354
    TemplateRow { first: 1620, count: 2, top_level: 2 }, // 355
    TemplateRow { first: 1622, count: 3, top_level: 3 }, // 356
    TemplateRow { first: 1625, count: 5, top_level: 5 }, // 357
    TemplateRow { first: 1630, count: 26, top_level: 26 }, // 358
    TemplateRow { first: 1656, count: 5, top_level: 5 }, // 359
    TemplateRow { first: 1661, count: 7, top_level: 7 }, // 360
    TemplateRow { first: 1668, count: 6, top_level: 6 }, // 361
    TemplateRow { first: 1674, count: 2, top_level: 2 }, // 362
    TemplateRow { first: 1676, count: 9, top_level: 9 }, // 363
    TemplateRow { first: 1685, count: 4, top_level: 4 }, // 364
    TemplateRow { first: 1689, count: 7, top_level: 7 }, // 365
    TemplateRow { first: 1696, count: 4, top_level: 4 }, // 366
    TemplateRow { first: 1700, count: 3, top_level: 3 }, // 367
    TemplateRow { first: 1703, count: 5, top_level: 5 }, // 368
    TemplateRow { first: 1708, count: 9, top_level: 9 }, // 369
    TemplateRow { first: 1717, count: 9, top_level: 9 }, // 370
    TemplateRow { first: 1726, count: 7, top_level: 7 }, // 371
    TemplateRow { first: 1733, count: 10, top_level: 10 }, // 372
    TemplateRow { first: 1743, count: 7, top_level: 7 }, // 373
    TemplateRow { first: 1750, count: 4, top_level: 4 }, // 374
    TemplateRow { first: 1754, count: 4, top_level: 4 }, // 375
    TemplateRow { first: 1758, count: 7, top_level: 7 }, // 376
    TemplateRow { first: 1765, count: 4, top_level: 4 }, // 377
    TemplateRow { first: 1769, count: 9, top_level: 9 }, // 378
    TemplateRow { first: 1778, count: 16, top_level: 16 }, // 379
    TemplateRow { first: 1794, count: 8, top_level: 8 }, // 380
    TemplateRow { first: 1802, count: 20, top_level: 20 }, // 381
    TemplateRow { first: 1822, count: 13, top_level: 13 }, // 382
    TemplateRow { first: 1835, count: 8, top_level: 8 }, // 383
    TemplateRow { first: 1843, count: 2, top_level: 2 }, // 384
    TemplateRow { first: 1845, count: 8, top_level: 8 }, // 385
    TemplateRow { first: 1853, count: 3, top_level: 3 }, // 386
    TemplateRow { first: 1856, count: 5, top_level: 5 }, // 387
    TemplateRow { first: 1861, count: 4, top_level: 4 }, // 388
    TemplateRow { first: 1865, count: 6, top_level: 6 }, // 389
    TemplateRow { first: 1871, count: 2, top_level: 2 }, // 390
    TemplateRow { first: 1873, count: 4, top_level: 4 }, // 391
    TemplateRow { first: 1877, count: 2, top_level: 2 }, // 392
    TemplateRow { first: 1879, count: 2, top_level: 2 }, // 393
    TemplateRow { first: 1881, count: 3, top_level: 3 }, // 394
    TemplateRow { first: 1884, count: 9, top_level: 9 }, // 395
    TemplateRow { first: 1893, count: 11, top_level: 11 }, // 396
    TemplateRow { first: 1904, count: 11, top_level: 11 }, // 397
    TemplateRow { first: 1915, count: 5, top_level: 5 }, // 398
    TemplateRow { first: 1920, count: 1, top_level: 1 }, // 399
    TemplateRow { first: 1921, count: 5, top_level: 5 }, // 400
    TemplateRow { first: 1926, count: 1, top_level: 1 }, // 401
    TemplateRow { first: 1927, count: 1, top_level: 1 }, // 402
    TemplateRow { first: 1928, count: 8, top_level: 8 }, // 403
    TemplateRow { first: 1936, count: 10, top_level: 10 }, // 404
    TemplateRow { first: 1946, count: 8, top_level: 8 }, // 405
    TemplateRow { first: 1954, count: 8, top_level: 8 }, // 406
    TemplateRow { first: 1962, count: 1, top_level: 1 }, // 407
    TemplateRow { first: 1963, count: 1, top_level: 1 }, // 408
    TemplateRow { first: 1964, count: 20, top_level: 20 }, // 409
    TemplateRow { first: 1984, count: 21, top_level: 21 }, // 410
    TemplateRow { first: 2005, count: 27, top_level: 27 }, // 411
    TemplateRow { first: 2032, count: 21, top_level: 21 }, // 412
    TemplateRow { first: 2053, count: 13, top_level: 13 }, // 413
    TemplateRow { first: 2066, count: 12, top_level: 12 }, // 414
    TemplateRow { first: 2078, count: 5, top_level: 5 }, // 415
    TemplateRow { first: 2083, count: 1, top_level: 1 }, // 416
    TemplateRow { first: 2084, count: 4, top_level: 4 }, // 417
    TemplateRow { first: 2088, count: 14, top_level: 14 }, // 418
    TemplateRow { first: 2102, count: 13, top_level: 13 }, // 419
    TemplateRow { first: 2115, count: 17, top_level: 17 }, // 420
    TemplateRow { first: 2132, count: 23, top_level: 23 }, // 421
    TemplateRow { first: 2155, count: 22, top_level: 22 }, // 422
    TemplateRow { first: 2177, count: 16, top_level: 16 }, // 423
    TemplateRow { first: 2193, count: 19, top_level: 19 }, // 424
    TemplateRow { first: 2212, count: 21, top_level: 21 }, // 425
    TemplateRow { first: 2233, count: 4, top_level: 4 }, // 426
    TemplateRow { first: 2237, count: 15, top_level: 15 }, // 427
    TemplateRow { first: 2252, count: 17, top_level: 17 }, // 428
    TemplateRow { first: 2269, count: 14, top_level: 14 }, // 429
    TemplateRow { first: 2283, count: 8, top_level: 8 }, // 430
    TemplateRow { first: 2291, count: 13, top_level: 13 }, // 431
    TemplateRow { first: 2304, count: 9, top_level: 9 }, // 432
    TemplateRow { first: 2313, count: 16, top_level: 16 }, // 433
    TemplateRow { first: 2329, count: 17, top_level: 17 }, // 434
    TemplateRow { first: 2346, count: 14, top_level: 14 }, // 435
    TemplateRow { first: 2360, count: 12, top_level: 12 }, // 436
    TemplateRow { first: 2372, count: 13, top_level: 13 }, // 437
    TemplateRow { first: 2385, count: 7, top_level: 7 }, // 438
    TemplateRow { first: 2392, count: 6, top_level: 6 }, // 439
    TemplateRow { first: 2398, count: 11, top_level: 11 }, // 440
    TemplateRow { first: 2409, count: 5, top_level: 5 }, // 441
    TemplateRow { first: 2414, count: 6, top_level: 6 }, // 442
    TemplateRow { first: 2420, count: 12, top_level: 12 }, // 443
    TemplateRow { first: 2432, count: 5, top_level: 5 }, // 444
    TemplateRow { first: 2437, count: 5, top_level: 5 }, // 445
    TemplateRow { first: 2442, count: 9, top_level: 9 }, // 446
    TemplateRow { first: 2451, count: 12, top_level: 12 }, // 447
    TemplateRow { first: 2463, count: 8, top_level: 8 }, // 448
    TemplateRow { first: 2471, count: 8, top_level: 8 }, // 449
    TemplateRow { first: 2479, count: 9, top_level: 9 }, // 450
    TemplateRow { first: 2488, count: 15, top_level: 15 }, // 451
    TemplateRow { first: 2503, count: 7, top_level: 7 }, // 452
    TemplateRow { first: 2510, count: 8, top_level: 8 }, // 453
    TemplateRow { first: 2518, count: 9, top_level: 9 }, // 454
    TemplateRow { first: 2527, count: 8, top_level: 8 }, // 455
    TemplateRow { first: 2535, count: 9, top_level: 9 }, // 456
    TemplateRow { first: 2544, count: 9, top_level: 9 }, // 457
    TemplateRow { first: 2553, count: 12, top_level: 12 }, // 458
    TemplateRow { first: 2565, count: 9, top_level: 9 }, // 459
    TemplateRow { first: 2574, count: 6, top_level: 6 }, // 460
    TemplateRow { first: 2580, count: 6, top_level: 6 }, // 461
    TemplateRow { first: 2586, count: 12, top_level: 12 }, // 462
    TemplateRow { first: 2598, count: 6, top_level: 6 }, // 463
    TemplateRow { first: 2604, count: 10, top_level: 10 }, // 464
    TemplateRow { first: 2614, count: 6, top_level: 6 }, // 465
    TemplateRow { first: 2620, count: 5, top_level: 5 }, // 466
    TemplateRow { first: 2625, count: 5, top_level: 5 }, // 467
    TemplateRow { first: 2630, count: 6, top_level: 6 }, // 468
    TemplateRow { first: 2636, count: 10, top_level: 10 }, // 469
    TemplateRow { first: 2646, count: 6, top_level: 6 }, // 470
    TemplateRow { first: 2652, count: 6, top_level: 6 }, // 471
    TemplateRow { first: 2658, count: 8, top_level: 8 }, // 472
    TemplateRow { first: 2666, count: 26, top_level: 26 }, // 473
    TemplateRow { first: 2692, count: 7, top_level: 7 }, // 474
    TemplateRow { first: 2699, count: 8, top_level: 8 }, // 475
    TemplateRow { first: 2707, count: 10, top_level: 10 }, // 476
    TemplateRow { first: 2717, count: 10, top_level: 10 }, // 477
    TemplateRow { first: 2727, count: 11, top_level: 11 }, // 478
    TemplateRow { first: 2738, count: 27, top_level: 27 }, // 479
    TemplateRow { first: 2765, count: 21, top_level: 21 }, // 480
    TemplateRow { first: 2786, count: 28, top_level: 28 }, // 481
    TemplateRow { first: 2814, count: 29, top_level: 29 }, // 482
    TemplateRow { first: 2843, count: 9, top_level: 9 }, // 483
    TemplateRow { first: 2852, count: 11, top_level: 11 }, // 484
    TemplateRow { first: 2863, count: 8, top_level: 8 }, // 485
    TemplateRow { first: 2871, count: 14, top_level: 14 }, // 486
    TemplateRow { first: 2885, count: 11, top_level: 11 }, // 487
    TemplateRow { first: 2896, count: 8, top_level: 8 }, // 488
    TemplateRow { first: 2904, count: 11, top_level: 11 }, // 489
    TemplateRow { first: 2915, count: 7, top_level: 7 }, // 490
    TemplateRow { first: 2922, count: 3, top_level: 3 }, // 491
    TemplateRow { first: 2925, count: 2, top_level: 2 }, // 492
    TemplateRow { first: 2927, count: 4, top_level: 4 }, // 493
    TemplateRow { first: 2931, count: 4, top_level: 4 }, // 494
    TemplateRow { first: 2935, count: 6, top_level: 6 }, // 495
    TemplateRow { first: 2941, count: 9, top_level: 9 }, // 496
    TemplateRow { first: 2950, count: 6, top_level: 6 }, // 497
    TemplateRow { first: 2956, count: 7, top_level: 7 }, // 498
    TemplateRow { first: 2963, count: 6, top_level: 6 }, // 499
    TemplateRow { first: 2969, count: 7, top_level: 7 }, // 500
    TemplateRow { first: 2976, count: 9, top_level: 9 }, // 501
    TemplateRow { first: 2985, count: 5, top_level: 5 }, // 502
    TemplateRow { first: 2990, count: 3, top_level: 3 }, // 503
    TemplateRow { first: 2993, count: 9, top_level: 9 }, // 504
    TemplateRow { first: 3002, count: 12, top_level: 12 }, // 505
    TemplateRow { first: 3014, count: 10, top_level: 10 }, // 506
    TemplateRow { first: 3024, count: 18, top_level: 18 }, // 507
    TemplateRow { first: 3042, count: 14, top_level: 14 }, // 508
    TemplateRow { first: 3056, count: 3, top_level: 3 }, // 509
    TemplateRow { first: 3059, count: 5, top_level: 5 }, // 510
    TemplateRow { first: 3064, count: 4, top_level: 4 }, // 511
    TemplateRow { first: 3068, count: 16, top_level: 16 }, // 512
    TemplateRow { first: 3084, count: 8, top_level: 8 }, // 513
    TemplateRow { first: 3092, count: 13, top_level: 13 }, // 514
    TemplateRow { first: 3105, count: 13, top_level: 13 }, // 515
    TemplateRow { first: 3118, count: 5, top_level: 5 }, // 516
    TemplateRow { first: 3123, count: 6, top_level: 6 }, // 517
    TemplateRow { first: 3129, count: 7, top_level: 7 }, // 518
    TemplateRow { first: 3136, count: 5, top_level: 5 }, // 519
    TemplateRow { first: 3141, count: 9, top_level: 9 }, // 520
    TemplateRow { first: 3150, count: 6, top_level: 6 }, // 521
    TemplateRow { first: 3156, count: 4, top_level: 4 }, // 522
    TemplateRow { first: 3160, count: 5, top_level: 5 }, // 523
    TemplateRow { first: 3165, count: 4, top_level: 4 }, // 524
    TemplateRow { first: 3169, count: 5, top_level: 5 }, // 525
    TemplateRow { first: 3174, count: 6, top_level: 6 }, // 526
    TemplateRow { first: 3180, count: 5, top_level: 5 }, // 527
    TemplateRow { first: 3185, count: 3, top_level: 3 }, // 528
    TemplateRow { first: 3188, count: 6, top_level: 6 }, // 529
    TemplateRow { first: 3194, count: 6, top_level: 6 }, // 530
    TemplateRow { first: 3200, count: 7, top_level: 7 }, // 531
    TemplateRow { first: 3207, count: 8, top_level: 8 }, // 532
    TemplateRow { first: 3215, count: 3, top_level: 3 }, // 533
    TemplateRow { first: 3218, count: 3, top_level: 3 }, // 534
    TemplateRow { first: 3221, count: 7, top_level: 7 }, // 535
    TemplateRow { first: 3228, count: 1, top_level: 1 }, // 536
    TemplateRow { first: 3229, count: 8, top_level: 8 }, // 537
    TemplateRow { first: 3237, count: 8, top_level: 8 }, // 538
    TemplateRow { first: 3245, count: 10, top_level: 10 }, // 539
    TemplateRow { first: 3255, count: 2, top_level: 2 }, // 540
    TemplateRow { first: 3257, count: 8, top_level: 8 }, // 541
    TemplateRow { first: 3265, count: 1, top_level: 1 }, // 542
    TemplateRow { first: 3266, count: 1, top_level: 1 }, // 543
    TemplateRow { first: 3267, count: 2, top_level: 2 }, // 544
    TemplateRow { first: 3269, count: 6, top_level: 6 }, // 545
    TemplateRow { first: 3275, count: 9, top_level: 9 }, // 546
    TemplateRow { first: 3284, count: 6, top_level: 6 }, // 547
    TemplateRow { first: 3290, count: 6, top_level: 6 }, // 548
    TemplateRow { first: 3296, count: 7, top_level: 7 }, // 549
    TemplateRow { first: 3303, count: 7, top_level: 7 }, // 550
    TemplateRow { first: 3310, count: 2, top_level: 2 }, // 551
    TemplateRow { first: 3312, count: 3, top_level: 3 }, // 552
    TemplateRow { first: 3315, count: 5, top_level: 5 }, // 553
    TemplateRow { first: 3320, count: 7, top_level: 7 }, // 554
    TemplateRow { first: 3327, count: 3, top_level: 3 }, // 555
    TemplateRow { first: 3330, count: 3, top_level: 3 }, // 556
    TemplateRow { first: 3333, count: 3, top_level: 3 }, // 557
    TemplateRow { first: 3336, count: 3, top_level: 3 }, // 558
    TemplateRow { first: 3339, count: 4, top_level: 4 }, // 559
    TemplateRow { first: 3343, count: 1, top_level: 1 }, // 560
    TemplateRow { first: 3344, count: 3, top_level: 3 }, // 561
    TemplateRow { first: 3347, count: 4, top_level: 4 }, // 562
    TemplateRow { first: 3351, count: 2, top_level: 2 }, // 563
    TemplateRow { first: 3353, count: 11, top_level: 11 }, // 564
    TemplateRow { first: 3364, count: 3, top_level: 3 }, // 565
    TemplateRow { first: 3367, count: 21, top_level: 21 }, // 566
    TemplateRow { first: 3388, count: 26, top_level: 26 }, // 567
    TemplateRow { first: 3414, count: 26, top_level: 26 }, // 568
    TemplateRow { first: 3440, count: 30, top_level: 30 }, // 569
    TemplateRow { first: 3470, count: 18, top_level: 18 }, // 570
    TemplateRow { first: 3488, count: 13, top_level: 13 }, // 571
    TemplateRow { first: 3501, count: 9, top_level: 9 }, // 572
    TemplateRow { first: 3510, count: 2, top_level: 2 }, // 573
    TemplateRow { first: 3512, count: 8, top_level: 8 }, // 574
    TemplateRow { first: 3520, count: 3, top_level: 3 }, // 575
    TemplateRow { first: 3523, count: 3, top_level: 3 }, // 576
    TemplateRow { first: 3526, count: 3, top_level: 3 }, // 577
    TemplateRow { first: 3529, count: 3, top_level: 3 }, // 578
    TemplateRow { first: 3532, count: 3, top_level: 3 }, // 579
    TemplateRow { first: 3535, count: 8, top_level: 8 }, // 580
    TemplateRow { first: 3543, count: 6, top_level: 6 }, // 581
    TemplateRow { first: 3549, count: 8, top_level: 8 }, // 582
    TemplateRow { first: 3557, count: 11, top_level: 11 }, // 583
    TemplateRow { first: 3568, count: 10, top_level: 10 }, // 584
    TemplateRow { first: 3578, count: 10, top_level: 10 }, // 585
    TemplateRow { first: 3588, count: 2, top_level: 2 }, // 586
    TemplateRow { first: 3590, count: 8, top_level: 8 }, // 587
    TemplateRow { first: 3598, count: 8, top_level: 8 }, // 588
    TemplateRow { first: 3606, count: 9, top_level: 9 }, // 589
    TemplateRow { first: 3615, count: 11, top_level: 11 }, // 590
    TemplateRow { first: 3626, count: 11, top_level: 11 }, // 591
    TemplateRow { first: 3637, count: 12, top_level: 12 }, // 592
    TemplateRow { first: 3649, count: 12, top_level: 12 }, // 593
    TemplateRow { first: 3661, count: 12, top_level: 12 }, // 594
    TemplateRow { first: 3673, count: 5, top_level: 5 }, // 595
    TemplateRow { first: 3678, count: 6, top_level: 6 }, // 596
    TemplateRow { first: 3684, count: 6, top_level: 6 }, // 597
    TemplateRow { first: 3690, count: 5, top_level: 5 }, // 598
    TemplateRow { first: 3695, count: 7, top_level: 7 }, // 599
    TemplateRow { first: 3702, count: 2, top_level: 2 }, // 600
    TemplateRow { first: 3704, count: 8, top_level: 8 }, // 601
    TemplateRow { first: 3712, count: 15, top_level: 15 }, // 602
    TemplateRow { first: 3727, count: 11, top_level: 11 }, // 603
    TemplateRow { first: 3738, count: 12, top_level: 12 }, // 604
    TemplateRow { first: 3750, count: 7, top_level: 7 }, // 605
    TemplateRow { first: 3757, count: 11, top_level: 11 }, // 606
    TemplateRow { first: 3768, count: 12, top_level: 12 }, // 607
    TemplateRow { first: 3780, count: 6, top_level: 6 }, // 608
    TemplateRow { first: 3786, count: 15, top_level: 15 }, // 609
    TemplateRow { first: 3801, count: 13, top_level: 13 }, // 610
    TemplateRow { first: 3814, count: 11, top_level: 11 }, // 611
    TemplateRow { first: 3825, count: 1, top_level: 1 }, // 612
    TemplateRow { first: 3826, count: 2, top_level: 2 }, // 613
    TemplateRow { first: 3828, count: 10, top_level: 10 }, // 614
    TemplateRow { first: 3838, count: 11, top_level: 11 }, // 615
    TemplateRow { first: 3849, count: 8, top_level: 8 }, // 616
    TemplateRow { first: 3857, count: 11, top_level: 11 }, // 617
    TemplateRow { first: 3868, count: 13, top_level: 13 }, // 618
    TemplateRow { first: 3881, count: 9, top_level: 9 }, // 619
    TemplateRow { first: 3890, count: 16, top_level: 16 }, // 620
    TemplateRow { first: 3906, count: 8, top_level: 8 }, // 621
    TemplateRow { first: 3914, count: 9, top_level: 9 }, // 622
    TemplateRow { first: 3923, count: 14, top_level: 14 }, // 623
    TemplateRow { first: 3937, count: 3, top_level: 3 }, // 624
    TemplateRow { first: 3940, count: 5, top_level: 5 }, // 625
    TemplateRow { first: 3945, count: 6, top_level: 6 }, // 626
    TemplateRow { first: 3951, count: 13, top_level: 13 }, // 627
    TemplateRow { first: 3964, count: 18, top_level: 18 }, // 628
    TemplateRow { first: 3982, count: 7, top_level: 7 }, // 629
    TemplateRow { first: 3989, count: 9, top_level: 9 }, // 630
    TemplateRow { first: 3998, count: 10, top_level: 10 }, // 631
    TemplateRow { first: 4008, count: 24, top_level: 24 }, // 632
    TemplateRow { first: 4032, count: 26, top_level: 26 }, // 633
    TemplateRow { first: 4058, count: 8, top_level: 8 }, // 634
    TemplateRow { first: 4066, count: 12, top_level: 12 }, // 635
    TemplateRow { first: 4078, count: 1, top_level: 1 }, // 636
    TemplateRow { first: 4079, count: 2, top_level: 2 }, // 637
    TemplateRow { first: 4081, count: 2, top_level: 2 }, // 638
    TemplateRow { first: 4083, count: 1, top_level: 1 }, // 639
    TemplateRow { first: 4084, count: 11, top_level: 11 }, // 640
    TemplateRow { first: 4095, count: 14, top_level: 14 }, // 641
    TemplateRow { first: 4109, count: 8, top_level: 8 }, // 642
    TemplateRow { first: 4117, count: 12, top_level: 12 }, // 643
    TemplateRow { first: 4129, count: 7, top_level: 7 }, // 644
    TemplateRow { first: 4136, count: 7, top_level: 7 }, // 645
    TemplateRow { first: 4143, count: 2, top_level: 2 }, // 646
    TemplateRow { first: 4145, count: 26, top_level: 26 }, // 647
    TemplateRow { first: 4171, count: 27, top_level: 27 }, // 648
    TemplateRow { first: 4198, count: 24, top_level: 24 }, // 649
    TemplateRow { first: 4222, count: 26, top_level: 26 }, // 650
    TemplateRow { first: 4248, count: 27, top_level: 27 }, // 651
    TemplateRow { first: 4275, count: 26, top_level: 26 }, // 652
    TemplateRow { first: 4301, count: 25, top_level: 25 }, // 653
    TemplateRow { first: 4326, count: 29, top_level: 29 }, // 654
    TemplateRow { first: 4355, count: 30, top_level: 30 }, // 655
    TemplateRow { first: 4385, count: 4, top_level: 4 }, // 656
    TemplateRow { first: 4389, count: 1, top_level: 1 }, // 657
    TemplateRow { first: 4390, count: 1, top_level: 1 }, // 658
    TemplateRow { first: 4391, count: 2, top_level: 2 }, // 659
    TemplateRow { first: 4393, count: 2, top_level: 2 }, // 660
    TemplateRow { first: 4395, count: 2, top_level: 2 }, // 661
    TemplateRow { first: 4397, count: 1, top_level: 1 }, // 662
    TemplateRow { first: 4398, count: 1, top_level: 1 }, // 663
    TemplateRow { first: 4399, count: 8, top_level: 8 }, // 664
    TemplateRow { first: 4407, count: 11, top_level: 11 }, // 665
    TemplateRow { first: 4418, count: 2, top_level: 2 }, // 666
    TemplateRow { first: 4420, count: 3, top_level: 3 }, // 667
    TemplateRow { first: 4423, count: 11, top_level: 11 }, // 668
];

const PROPERTIES: &[PropertyRow] = &[
    // template 0
    p(S(52, 9), 8, 0), // ProcessID
    p(S(61, 10), 17, 0), // CreateTime
    p(S(71, 15), 8, 0), // ParentProcessID
    p(S(86, 9), 8, 0), // SessionID
    p(S(95, 9), 1, 0), // ImageName
    // template 1
    p(S(52, 9), 8, 0), // ProcessID
    p(S(61, 10), 17, 0), // CreateTime
    p(S(71, 15), 8, 0), // ParentProcessID
    p(S(86, 9), 8, 0), // SessionID
    p(S(119, 5), 8, 0), // Flags
    p(S(95, 9), 1, 0), // ImageName
    // template 2
    p(S(52, 9), 8, 0), // ProcessID
    p(S(61, 10), 17, 0), // CreateTime
    p(S(71, 15), 8, 0), // ParentProcessID
    p(S(86, 9), 8, 0), // SessionID
    p(S(119, 5), 8, 0), // Flags
    p(S(95, 9), 1, 0), // ImageName
    p(S(139, 13), 8, 0), // ImageChecksum
    p(S(152, 13), 8, 0), // TimeDateStamp
    p(S(165, 15), 1, 0), // PackageFullName
    p(S(180, 20), 1, 0), // PackageRelativeAppId
    // template 3
    p(S(52, 9), 8, 0), // ProcessID
    p(S(61, 10), 17, 0), // CreateTime
    p(S(215, 8), 17, 0), // ExitTime
    p(S(223, 8), 8, 0), // ExitCode
    p(S(231, 18), 8, 0), // TokenElevationType
    p(S(249, 11), 8, 0), // HandleCount
    p(S(260, 12), 10, 0), // CommitCharge
    p(S(272, 10), 10, 0), // CommitPeak
    p(S(95, 9), 2, 0), // ImageName
    // template 4
    p(S(52, 9), 8, 0), // ProcessID
    p(S(61, 10), 17, 0), // CreateTime
    p(S(215, 8), 17, 0), // ExitTime
    p(S(223, 8), 8, 0), // ExitCode
    p(S(231, 18), 8, 0), // TokenElevationType
    p(S(249, 11), 8, 0), // HandleCount
    p(S(260, 12), 10, 0), // CommitCharge
    p(S(272, 10), 10, 0), // CommitPeak
    p(S(296, 13), 10, 0), // CPUCycleCount
    p(S(309, 18), 8, 0), // ReadOperationCount
    p(S(327, 19), 8, 0), // WriteOperationCount
    p(S(346, 21), 8, 0), // ReadTransferKiloBytes
    p(S(367, 22), 8, 0), // WriteTransferKiloBytes
    p(S(389, 14), 8, 0), // HardFaultCount
    p(S(95, 9), 2, 0), // ImageName
    // template 5
    p(S(52, 9), 8, 0), // ProcessID
    p(S(437, 8), 8, 0), // ThreadID
    p(S(445, 9), 16, 0), // StackBase
    p(S(454, 10), 16, 0), // StackLimit
    p(S(464, 13), 16, 0), // UserStackBase
    p(S(477, 14), 16, 0), // UserStackLimit
    p(S(491, 9), 16, 0), // StartAddr
    p(S(500, 14), 16, 0), // Win32StartAddr
    p(S(514, 7), 16, 0), // TebBase
    // template 6
    p(S(52, 9), 8, 0), // ProcessID
    p(S(437, 8), 8, 0), // ThreadID
    p(S(445, 9), 16, 0), // StackBase
    p(S(454, 10), 16, 0), // StackLimit
    p(S(464, 13), 16, 0), // UserStackBase
    p(S(477, 14), 16, 0), // UserStackLimit
    p(S(491, 9), 16, 0), // StartAddr
    p(S(500, 14), 16, 0), // Win32StartAddr
    p(S(514, 7), 16, 0), // TebBase
    p(S(535, 13), 8, 0), // SubProcessTag
    // template 7
    p(S(52, 9), 8, 0), // ProcessID
    p(S(437, 8), 8, 0), // ThreadID
    p(S(445, 9), 16, 0), // StackBase
    p(S(454, 10), 16, 0), // StackLimit
    p(S(464, 13), 16, 0), // UserStackBase
    p(S(477, 14), 16, 0), // UserStackLimit
    p(S(491, 9), 16, 0), // StartAddr
    p(S(500, 14), 16, 0), // Win32StartAddr
    p(S(514, 7), 16, 0), // TebBase
    p(S(535, 13), 8, 0), // SubProcessTag
    p(S(571, 9), 10, 0), // CycleTime
    // template 8
    p(S(611, 9), 16, 0), // ImageBase
    p(S(620, 9), 16, 0), // ImageSize
    p(S(52, 9), 8, 0), // ProcessID
    p(S(629, 13), 8, 0), // ImageCheckSum
    p(S(152, 13), 8, 0), // TimeDateStamp
    p(S(642, 11), 16, 0), // DefaultBase
    p(S(95, 9), 1, 0), // ImageName
    // template 9
    p(S(52, 9), 8, 0), // ProcessID
    p(S(437, 8), 8, 0), // ThreadID
    p(S(714, 11), 4, 0), // OldPriority
    p(S(725, 11), 4, 0), // NewPriority
    // template 10
    p(S(880, 15), 8, 0), // FrozenProcessID
    // template 11
    p(S(880, 15), 8, 0), // FrozenProcessID
    p(S(61, 10), 17, 0), // CreateTime
    // template 12
    p(S(981, 11), 15, 0), // ContainerID
    p(S(992, 5), 8, 0), // JobID
    p(S(997, 10), 8, 0), // StatusCode
    // template 13
    p(S(52, 9), 8, 0), // ProcessID
    p(S(61, 10), 17, 0), // CreateTime
    p(S(71, 15), 8, 0), // ParentProcessID
    p(S(86, 9), 8, 0), // SessionID
    p(S(119, 5), 8, 0).map(0), // Flags
    p(S(95, 9), 1, 0), // ImageName
    p(S(139, 13), 8, 0), // ImageChecksum
    p(S(152, 13), 8, 0), // TimeDateStamp
    p(S(165, 15), 1, 0), // PackageFullName
    p(S(180, 20), 1, 0), // PackageRelativeAppId
    // template 14
    p(S(992, 5), 8, 0), // JobID
    p(S(1191, 17), 16, 0), // DiskIoAttribution
    p(S(997, 10), 8, 0), // StatusCode
    // template 15
    p(S(992, 5), 8, 0), // JobID
    p(S(1266, 13), 16, 0), // IoRateControl
    p(S(1279, 11), 8, 0), // ControlType
    p(S(1290, 8), 8, 0), // RateType
    p(S(1298, 10), 8, 0), // RateAmount
    p(S(997, 10), 8, 0), // StatusCode
    // template 16
    p(S(992, 5), 8, 0), // JobID
    p(S(1266, 13), 16, 0), // IoRateControl
    p(S(1331, 7), 10, 0), // MaxIops
    p(S(1338, 12), 10, 0), // MaxBandwidth
    p(S(1350, 14), 10, 0), // MaxTimePercent
    p(S(1364, 15), 10, 0), // ReservationIops
    p(S(1379, 20), 10, 0), // ReservationBandwidth
    p(S(1399, 22), 10, 0), // ReservationTimePercent
    p(S(1421, 23), 10, 0), // CriticalReservationIops
    p(S(1444, 28), 10, 0), // CriticalReservationBandwidth
    p(S(1472, 30), 10, 0), // CriticalReservationTimePercent
    p(S(1502, 12), 8, 0), // ControlFlags
    p(S(1514, 10), 1, 0), // VolumeName
    p(S(997, 10), 8, 0), // StatusCode
    // template 17
    p(S(992, 5), 8, 0), // JobID
    p(S(1266, 13), 16, 0), // IoRateControl
    p(S(1331, 7), 10, 0), // MaxIops
    p(S(1338, 12), 10, 0), // MaxBandwidth
    p(S(1350, 14), 10, 0), // MaxTimePercent
    p(S(1364, 15), 10, 0), // ReservationIops
    p(S(1379, 20), 10, 0), // ReservationBandwidth
    p(S(1399, 22), 10, 0), // ReservationTimePercent
    p(S(1421, 23), 10, 0), // CriticalReservationIops
    p(S(1444, 28), 10, 0), // CriticalReservationBandwidth
    p(S(1472, 30), 10, 0), // CriticalReservationTimePercent
    p(S(1547, 11), 10, 0), // SoftMaxIops
    p(S(1558, 16), 10, 0), // SoftMaxBandwidth
    p(S(1574, 18), 10, 0), // SoftMaxTimePercent
    p(S(1502, 12), 8, 0), // ControlFlags
    p(S(1514, 10), 1, 0), // VolumeName
    p(S(997, 10), 8, 0), // StatusCode
    // template 18
    p(S(1710, 23), 8, 0), // OldWorkOnBehalfThreadID
    p(S(1733, 23), 8, 0), // NewWorkOnBehalfThreadID
    // template 19
    p(S(1897, 7), 16, 0), // FileKey
    p(S(1904, 8), 1, 0), // FileName
    // template 20
    p(S(1980, 3), 16, 0), // Irp
    p(S(1983, 8), 16, 0), // ThreadId
    p(S(1991, 10), 16, 0), // FileObject
    p(S(2001, 13), 8, 0), // CreateOptions
    p(S(2014, 16), 8, 0), // CreateAttributes
    p(S(2030, 11), 8, 0), // ShareAccess
    p(S(1904, 8), 1, 0), // FileName
    // template 21
    p(S(1980, 3), 16, 0), // Irp
    p(S(1991, 10), 16, 0), // FileObject
    p(S(2050, 15), 8, 0), // IssuingThreadId
    p(S(2001, 13), 8, 0), // CreateOptions
    p(S(2014, 16), 8, 0), // CreateAttributes
    p(S(2030, 11), 8, 0), // ShareAccess
    p(S(1904, 8), 1, 0), // FileName
    // template 22
    p(S(1980, 3), 16, 0), // Irp
    p(S(1983, 8), 16, 0), // ThreadId
    p(S(1991, 10), 16, 0), // FileObject
    p(S(1897, 7), 16, 0), // FileKey
    // template 23
    p(S(1980, 3), 16, 0), // Irp
    p(S(1991, 10), 16, 0), // FileObject
    p(S(1897, 7), 16, 0), // FileKey
    p(S(2050, 15), 8, 0), // IssuingThreadId
    // template 24
    p(S(2123, 10), 10, 0), // ByteOffset
    p(S(1980, 3), 16, 0), // Irp
    p(S(1983, 8), 16, 0), // ThreadId
    p(S(1991, 10), 16, 0), // FileObject
    p(S(1897, 7), 16, 0), // FileKey
    p(S(2133, 6), 8, 0), // IOSize
    p(S(2139, 7), 8, 0), // IOFlags
    // template 25
    p(S(2123, 10), 10, 0), // ByteOffset
    p(S(1980, 3), 16, 0), // Irp
    p(S(1991, 10), 16, 0), // FileObject
    p(S(1897, 7), 16, 0), // FileKey
    p(S(2050, 15), 8, 0), // IssuingThreadId
    p(S(2133, 6), 8, 0), // IOSize
    p(S(2139, 7), 8, 0), // IOFlags
    p(S(2153, 10), 8, 0), // ExtraFlags
    // template 26
    p(S(1980, 3), 16, 0), // Irp
    p(S(1983, 8), 16, 0), // ThreadId
    p(S(1991, 10), 16, 0), // FileObject
    p(S(1897, 7), 16, 0), // FileKey
    p(S(2215, 16), 16, 0), // ExtraInformation
    p(S(2231, 9), 8, 0), // InfoClass
    // template 27
    p(S(1980, 3), 16, 0), // Irp
    p(S(1991, 10), 16, 0), // FileObject
    p(S(1897, 7), 16, 0), // FileKey
    p(S(2215, 16), 16, 0), // ExtraInformation
    p(S(2050, 15), 8, 0), // IssuingThreadId
    p(S(2231, 9), 8, 0), // InfoClass
    // template 28
    p(S(1980, 3), 16, 0), // Irp
    p(S(1983, 8), 16, 0), // ThreadId
    p(S(1991, 10), 16, 0), // FileObject
    p(S(1897, 7), 16, 0), // FileKey
    p(S(2300, 6), 8, 0), // Length
    p(S(2231, 9), 8, 0), // InfoClass
    p(S(2306, 9), 8, 0), // FileIndex
    p(S(1904, 8), 1, 0), // FileName
    // template 29
    p(S(1980, 3), 16, 0), // Irp
    p(S(1991, 10), 16, 0), // FileObject
    p(S(1897, 7), 16, 0), // FileKey
    p(S(2050, 15), 8, 0), // IssuingThreadId
    p(S(2300, 6), 8, 0), // Length
    p(S(2231, 9), 8, 0), // InfoClass
    p(S(2306, 9), 8, 0), // FileIndex
    p(S(1904, 8), 1, 0), // FileName
    // template 30
    p(S(1980, 3), 16, 0), // Irp
    p(S(2215, 16), 16, 0), // ExtraInformation
    p(S(2424, 6), 8, 0), // Status
    // template 31
    p(S(1980, 3), 16, 0), // Irp
    p(S(1983, 8), 16, 0), // ThreadId
    p(S(1991, 10), 16, 0), // FileObject
    p(S(1897, 7), 16, 0), // FileKey
    p(S(2215, 16), 16, 0), // ExtraInformation
    p(S(2231, 9), 8, 0), // InfoClass
    p(S(2492, 8), 1, 0), // FilePath
    // template 32
    p(S(1980, 3), 16, 0), // Irp
    p(S(1991, 10), 16, 0), // FileObject
    p(S(1897, 7), 16, 0), // FileKey
    p(S(2215, 16), 16, 0), // ExtraInformation
    p(S(2050, 15), 8, 0), // IssuingThreadId
    p(S(2231, 9), 8, 0), // InfoClass
    p(S(2492, 8), 1, 0), // FilePath
    // template 33
    p(S(2807, 10), 16, 0), // BaseObject
    p(S(2817, 9), 16, 0), // KeyObject
    p(S(2424, 6), 8, 0), // Status
    p(S(2826, 11), 8, 0), // Disposition
    p(S(2837, 8), 1, 0), // BaseName
    p(S(2845, 12), 1, 0), // RelativeName
    // template 34
    p(S(2817, 9), 16, 0), // KeyObject
    p(S(2424, 6), 8, 0), // Status
    p(S(2901, 7), 1, 0), // KeyName
    // template 35
    p(S(2817, 9), 16, 0), // KeyObject
    p(S(2424, 6), 8, 0), // Status
    p(S(2231, 9), 8, 0), // InfoClass
    p(S(2930, 8), 8, 0), // DataSize
    p(S(2901, 7), 1, 0), // KeyName
    p(S(2938, 16), 6, 0), // CapturedDataSize
    p(S(2954, 12), 14, 0).length(Length::Property(5)), // CapturedData
    // template 36
    p(S(2817, 9), 16, 0), // KeyObject
    p(S(2424, 6), 8, 0), // Status
    p(S(2994, 4), 8, 0), // Type
    p(S(2930, 8), 8, 0), // DataSize
    p(S(2901, 7), 1, 0), // KeyName
    p(S(2998, 9), 1, 0), // ValueName
    p(S(2938, 16), 6, 0), // CapturedDataSize
    p(S(2954, 12), 14, 0).length(Length::Property(6)), // CapturedData
    p(S(3007, 16), 8, 0), // PreviousDataType
    p(S(3023, 16), 8, 0), // PreviousDataSize
    p(S(3039, 24), 6, 0), // PreviousDataCapturedSize
    p(S(3063, 12), 14, 0).length(Length::Property(10)), // PreviousData
    // template 37
    p(S(2817, 9), 16, 0), // KeyObject
    p(S(2424, 6), 8, 0), // Status
    p(S(2901, 7), 1, 0), // KeyName
    p(S(2998, 9), 1, 0), // ValueName
    // template 38
    p(S(2817, 9), 16, 0), // KeyObject
    p(S(2424, 6), 8, 0), // Status
    p(S(2231, 9), 8, 0), // InfoClass
    p(S(2930, 8), 8, 0), // DataSize
    p(S(2901, 7), 1, 0), // KeyName
    p(S(2998, 9), 1, 0), // ValueName
    p(S(2938, 16), 6, 0), // CapturedDataSize
    p(S(2954, 12), 14, 0).length(Length::Property(6)), // CapturedData
    // template 39
    p(S(2817, 9), 16, 0), // KeyObject
    p(S(2424, 6), 8, 0), // Status
    p(S(3171, 5), 8, 0), // Index
    p(S(2231, 9), 8, 0), // InfoClass
    p(S(2930, 8), 8, 0), // DataSize
    p(S(2901, 7), 1, 0), // KeyName
    p(S(2938, 16), 6, 0), // CapturedDataSize
    p(S(2954, 12), 14, 0).length(Length::Property(6)), // CapturedData
    // template 40
    p(S(2817, 9), 16, 0), // KeyObject
    p(S(2424, 6), 8, 0), // Status
    p(S(3264, 10), 8, 0), // EntryCount
    p(S(2930, 8), 8, 0), // DataSize
    p(S(2901, 7), 1, 0), // KeyName
    // template 41
    p(S(3711, 12), 1, 0), // HiveFilePath
    p(S(3723, 8), 8, 0), // FileSize
    // template 42
    p(S(3867, 14), 8, 0), // TotalEntrySize
    p(S(3881, 14), 8, 0), // BytesRecovered
    // template 43
    p(S(997, 10), 20, 0), // StatusCode
    // template 44
    p(S(3711, 12), 1, 0), // HiveFilePath
    p(S(4082, 14), 1, 0), // HiveMountPoint
    // template 45
    p(S(3711, 12), 1, 0), // HiveFilePath
    p(S(4082, 14), 1, 0), // HiveMountPoint
    p(S(4265, 10), 20, 0), // FlushFlags
    // template 46
    p(S(4521, 13), 8, 0), // BytesGathered
    // template 47
    p(S(4774, 12), 8, 0), // WritesIssued
    p(S(4786, 12), 8, 0), // BytesWritten
    // template 48
    p(S(5924, 10), 1, 0), // SourceFile
    p(S(119, 5), 20, 0), // Flags
    // template 49
    p(S(6274, 13), 1, 0), // SourceKeyPath
    // template 50
    p(S(6794, 14), 4, 0), // PriorityLevels
    p(S(6808, 13), 16, 0), // ZeroPageCount
    p(S(6821, 13), 16, 0), // FreePageCount
    p(S(6834, 17), 16, 0), // ModifiedPageCount
    p(S(6851, 24), 16, 0), // ModifiedNoWritePageCount
    p(S(6875, 12), 16, 0), // BadPageCount
    p(S(6887, 17), 16, 0).count(Count::Property(0)), // StandbyPageCounts
    p(S(6904, 20), 16, 0).count(Count::Property(0)), // RepurposedPageCounts
    p(S(6924, 25), 16, 0), // ModifiedPageCountPageFile
    p(S(6949, 18), 16, 0), // PagedPoolPageCount
    p(S(6967, 21), 16, 0), // NonPagedPoolPageCount
    p(S(6988, 12), 16, 0), // MdlPageCount
    p(S(7000, 15), 16, 0), // CommitPageCount
    // template 51
    p(S(7053, 5), 8, 0), // Count
    p(S(7058, 12), 2, 0).count(Count::Property(0)), // WSCommitInfo
    // template 52
    p(S(7053, 5), 8, 0), // Count
    p(S(7110, 19), 2, 0).count(Count::Property(0)), // SessionWSCommitInfo
    // template 53
    p(S(7232, 9), 8, 0), // ProcessId
    // template 54
    p(S(7232, 9), 8, 0), // ProcessId
    p(S(119, 5), 20, 0), // Flags
    // template 55
    p(S(7232, 9), 8, 0), // ProcessId
    p(S(2424, 6), 20, 0), // Status
    p(S(7287, 14), 8, 0), // PagesProcessed
    // template 56
    p(S(7232, 9), 8, 0), // ProcessId
    p(S(2424, 6), 20, 0), // Status
    p(S(7287, 14), 16, 0), // PagesProcessed
    p(S(7325, 26), 16, 0), // WriteCombinePagesProcessed
    p(S(7351, 22), 16, 0), // UncachedPagesProcessed
    p(S(7373, 19), 16, 0), // CleanPagesProcessed
    // template 57
    p(S(7232, 9), 8, 0), // ProcessId
    p(S(2424, 6), 20, 0), // Status
    // template 58
    p(S(7498, 7), 8, 0), // AcgFlag
    // template 59
    p(S(7626, 8), 8, 0), // Location
    p(S(7634, 7), 8, 0), // Context
    // template 60
    p(S(7662, 9), 1, 0), // Interface
    p(S(7671, 16), 8, 0), // TotalServerCount
    p(S(3171, 5), 8, 0), // Index
    p(S(7687, 14), 4, 0).map(1), // DynamicAddress
    p(S(7726, 13), 8, 0), // AddressLength
    p(S(7739, 7), 14, 0).length(Length::Property(4)), // Address
    // template 61
    p(S(7662, 9), 1, 0), // Interface
    p(S(7726, 13), 8, 0), // AddressLength
    p(S(7739, 7), 14, 0).length(Length::Property(1)), // Address
    // template 62
    p(S(7726, 13), 8, 0), // AddressLength
    p(S(7739, 7), 14, 0).length(Length::Property(0)), // Address
    // template 63
    p(S(7846, 9), 8, 0), // ErrorCode
    p(S(7626, 8), 8, 0), // Location
    p(S(7634, 7), 8, 0), // Context
    // template 64
    p(S(7931, 9), 1, 0), // DnsSuffix
    p(S(7940, 8), 1, 0), // AdSuffix
    // template 65
    p(S(8032, 9), 1, 0), // QueryName
    p(S(7726, 13), 8, 0), // AddressLength
    p(S(7739, 7), 14, 0).length(Length::Property(1)), // Address
    // template 66
    p(S(8032, 9), 1, 0), // QueryName
    p(S(7726, 13), 8, 0), // AddressLength
    p(S(7739, 7), 14, 0).length(Length::Property(1)), // Address
    p(S(8131, 16), 8, 0), // DnsAddressLength
    p(S(8147, 10), 14, 0).length(Length::Property(3)), // DnsAddress
    // template 67
    p(S(2901, 7), 1, 0), // KeyName
    p(S(8214, 24), 8, 0), // DnsSecValidationRequired
    p(S(8238, 17), 8, 0), // DnsQueryOverIPSec
    p(S(8255, 13), 8, 0), // DnsEncryption
    p(S(8268, 22), 1, 0), // DirectAccessServerList
    p(S(8290, 11), 8, 0), // RemoteIPSEC
    p(S(8301, 16), 8, 0), // RemoteEncryption
    p(S(8317, 9), 8, 0), // ProxyType
    p(S(8326, 9), 1, 0), // ProxyName
    // template 68
    p(S(8032, 9), 1, 0), // QueryName
    p(S(2901, 7), 1, 0), // KeyName
    p(S(8214, 24), 8, 0), // DnsSecValidationRequired
    p(S(8238, 17), 8, 0), // DnsQueryOverIPSec
    p(S(8255, 13), 8, 0), // DnsEncryption
    p(S(8268, 22), 1, 0), // DirectAccessServerList
    p(S(8317, 9), 8, 0), // ProxyType
    p(S(8326, 9), 1, 0), // ProxyName
    // template 69
    p(S(8032, 9), 1, 0), // QueryName
    // template 70
    p(S(8396, 8), 1, 0), // RuleName
    p(S(7846, 9), 8, 0), // ErrorCode
    // template 71
    p(S(8032, 9), 1, 0), // QueryName
    p(S(8464, 16), 1, 0), // ResponseQuestion
    p(S(7726, 13), 8, 0), // AddressLength
    p(S(7739, 7), 14, 0).length(Length::Property(2)), // Address
    // template 72
    p(S(8032, 9), 1, 0), // QueryName
    p(S(2901, 7), 1, 0), // KeyName
    p(S(8214, 24), 8, 0), // DnsSecValidationRequired
    p(S(8238, 17), 8, 0), // DnsQueryOverIPSec
    p(S(8255, 13), 8, 0), // DnsEncryption
    p(S(8268, 22), 1, 0), // DirectAccessServerList
    p(S(8317, 9), 8, 0), // ProxyType
    p(S(8326, 9), 1, 0), // ProxyName
    p(S(8502, 17), 1, 0), // GenericServerList
    p(S(8519, 9), 8, 0), // IdnConfig
    // template 73
    p(S(8032, 9), 1, 0), // QueryName
    p(S(8558, 9), 8, 0), // QueryType
    p(S(8567, 12), 10, 0), // QueryOptions
    // template 74
    p(S(2424, 6), 8, 0), // Status
    // template 75
    p(S(8032, 9), 1, 0), // QueryName
    p(S(8558, 9), 8, 0), // QueryType
    p(S(2424, 6), 8, 0), // Status
    // template 76
    p(S(8032, 9), 1, 0), // QueryName
    p(S(8558, 9), 8, 0), // QueryType
    p(S(8567, 12), 10, 0), // QueryOptions
    p(S(8639, 10), 1, 0), // ServerList
    p(S(8649, 14), 8, 0), // IsNetworkQuery
    p(S(8663, 17), 8, 0), // NetworkQueryIndex
    p(S(8680, 14), 8, 0), // InterfaceIndex
    p(S(8694, 12), 8, 0), // IsAsyncQuery
    // template 77
    p(S(8032, 9), 1, 0), // QueryName
    p(S(8558, 9), 8, 0), // QueryType
    p(S(8567, 12), 10, 0), // QueryOptions
    p(S(8726, 11), 8, 0), // QueryStatus
    p(S(8737, 12), 1, 0), // QueryResults
    // template 78
    p(S(8032, 9), 1, 0), // QueryName
    p(S(8759, 22), 8, 0), // IsParallelNetworkQuery
    p(S(8781, 12), 8, 0), // NetworkIndex
    p(S(8793, 14), 8, 0), // InterfaceCount
    p(S(8807, 11), 1, 0), // AdapterName
    p(S(8818, 12), 1, 0), // LocalAddress
    p(S(8830, 16), 1, 0), // DNSServerAddress
    // template 79
    p(S(8032, 9), 1, 0), // QueryName
    p(S(8558, 9), 8, 0), // QueryType
    p(S(8856, 18), 1, 0), // DnsServerIpAddress
    // template 80
    p(S(8032, 9), 1, 0), // QueryName
    p(S(8558, 9), 8, 0), // QueryType
    p(S(8856, 18), 1, 0), // DnsServerIpAddress
    p(S(8884, 14), 8, 0), // ResponseStatus
    // template 81
    p(S(8032, 9), 1, 0), // QueryName
    p(S(8781, 12), 8, 0), // NetworkIndex
    p(S(8793, 14), 8, 0), // InterfaceCount
    p(S(8807, 11), 1, 0), // AdapterName
    p(S(8818, 12), 1, 0), // LocalAddress
    // template 82
    p(S(8032, 9), 1, 0), // QueryName
    p(S(2424, 6), 8, 0), // Status
    p(S(8737, 12), 1, 0), // QueryResults
    // template 83
    p(S(8032, 9), 1, 0), // QueryName
    p(S(8558, 9), 8, 0), // QueryType
    p(S(8567, 12), 10, 0), // QueryOptions
    p(S(8680, 14), 8, 0), // InterfaceIndex
    // template 84
    p(S(8032, 9), 1, 0), // QueryName
    p(S(8558, 9), 8, 0), // QueryType
    p(S(8567, 12), 10, 0), // QueryOptions
    p(S(2424, 6), 8, 0), // Status
    p(S(8737, 12), 1, 0), // QueryResults
    // template 85
    p(S(8032, 9), 1, 0), // QueryName
    p(S(8558, 9), 8, 0), // QueryType
    p(S(8680, 14), 8, 0), // InterfaceIndex
    p(S(8781, 12), 8, 0), // NetworkIndex
    // template 86
    p(S(8032, 9), 1, 0), // QueryName
    p(S(8558, 9), 8, 0), // QueryType
    p(S(8781, 12), 8, 0), // NetworkIndex
    p(S(8680, 14), 8, 0), // InterfaceIndex
    p(S(2424, 6), 8, 0), // Status
    p(S(8737, 12), 1, 0), // QueryResults
    // template 87
    p(S(7846, 9), 8, 0), // ErrorCode
    // template 88
    p(S(8807, 11), 1, 0), // AdapterName
    p(S(9027, 8), 1, 0), // HostName
    p(S(9035, 17), 1, 0), // AdapterSuffixName
    p(S(9052, 13), 1, 0), // DnsServerList
    p(S(9065, 16), 1, 0), // SentUpdateServer
    p(S(9081, 9), 1, 0), // Ipaddress
    p(S(7846, 9), 8, 0), // ErrorCode
    // template 89
    p(S(9779, 11), 8, 0), // WarningCode
    p(S(7626, 8), 8, 0), // Location
    p(S(7634, 7), 8, 0), // Context
    // template 90
    p(S(9808, 9), 4, 0), // NextState
    p(S(7634, 7), 8, 0), // Context
    // template 91
    p(S(7634, 7), 8, 0), // Context
    p(S(9833, 16), 8, 0), // UpdateReasonCode
    // template 92
    p(S(9877, 13), 8, 0), // SourceAddress
    p(S(9890, 10), 8, 0), // SourcePort
    p(S(9900, 18), 8, 0), // DestinationAddress
    p(S(9918, 15), 8, 0), // DestinationPort
    p(S(9933, 8), 8, 0), // Protocol
    p(S(9941, 16), 8, 0), // ReferenceContext
    // template 93
    p(S(9877, 13), 14, 0), // SourceAddress
    p(S(9890, 10), 8, 0), // SourcePort
    p(S(9900, 18), 14, 0), // DestinationAddress
    p(S(9918, 15), 8, 0), // DestinationPort
    p(S(9933, 8), 8, 0), // Protocol
    p(S(9941, 16), 8, 0), // ReferenceContext
    // template 94
    p(S(9983, 6), 15, 0), // IfGuid
    p(S(9989, 7), 8, 0), // IfIndex
    p(S(9996, 6), 10, 0), // IfLuid
    p(S(9941, 16), 8, 0), // ReferenceContext
    // template 95
    p(S(10405, 11), 1, 0), // ContextInfo
    p(S(10416, 8), 1, 0), // UserData
    p(S(10424, 7), 1, 0), // Payload
    // template 96
    p(S(10624, 13), 7, 0), // MessageNumber
    p(S(10637, 12), 7, 0), // MessageTotal
    p(S(10649, 15), 1, 0), // ScriptBlockText
    p(S(10664, 13), 1, 0), // ScriptBlockId
    p(S(10677, 4), 1, 0), // Path
    // template 97
    p(S(10664, 13), 1, 0), // ScriptBlockId
    p(S(10721, 10), 1, 0), // RunspaceId
    // template 98
    p(S(11052, 17), 15, 0), // currentActivityId
    p(S(11069, 16), 15, 0), // parentActivityId
    // template 99
    p(S(11139, 9), 1, 0), // ClassName
    p(S(11148, 10), 1, 0), // MethodName
    p(S(11158, 12), 1, 0), // WorkflowGuid
    p(S(11170, 7), 1, 0), // Message
    p(S(11177, 7), 1, 0), // JobData
    p(S(11184, 12), 1, 0), // ActivityName
    p(S(11196, 12), 1, 0), // ActivityGuid
    p(S(11208, 10), 1, 0), // Parameters
    // template 100
    p(S(11325, 6), 1, 0), // param1
    // template 101
    p(S(11409, 10), 1, 0), // InstanceId
    p(S(11419, 12), 1, 0), // MaxRunspaces
    p(S(11431, 12), 1, 0), // MinRunspaces
    // template 102
    p(S(11325, 6), 1, 0), // param1
    p(S(11539, 6), 1, 0), // param2
    p(S(11545, 6), 1, 0), // param3
    // template 103
    p(S(11899, 3), 1, 0), // uri
    p(S(11902, 5), 1, 0), // shell
    p(S(11907, 8), 1, 0), // userName
    p(S(11915, 11), 1, 0), // opentimeout
    p(S(11926, 11), 1, 0), // idletimeout
    p(S(11937, 13), 1, 0), // canceltimeout
    p(S(11950, 4), 8, 0).map(2), // auth
    p(S(12159, 10), 1, 0), // thumbPrint
    p(S(12169, 10), 1, 0), // redircount
    p(S(12179, 13), 1, 0), // recvdDataSize
    p(S(12192, 12), 1, 0), // recvdObjSize
    // template 104
    p(S(1904, 8), 1, 0), // FileName
    // template 105
    p(S(12584, 11), 7, 0), // CurrentLine
    p(S(1904, 8), 1, 0), // FileName
    // template 106
    p(S(12824, 16), 1, 0), // DeserializedType
    p(S(12840, 12), 1, 0), // CastedToType
    p(S(12852, 14), 1, 0), // RehydratedType
    // template 107
    p(S(12824, 16), 1, 0), // DeserializedType
    p(S(12840, 12), 1, 0), // CastedToType
    p(S(12922, 17), 1, 0), // TypeCastException
    p(S(12939, 22), 1, 0), // TypeCastInnerException
    // template 108
    p(S(13043, 14), 1, 0), // SerializedType
    p(S(13057, 13), 7, 0), // OriginalDepth
    p(S(13070, 14), 7, 0), // OverridenDepth
    p(S(13084, 25), 7, 0), // CurrentDepthBelowTopLevel
    // template 109
    p(S(13043, 14), 1, 0), // SerializedType
    p(S(13175, 13), 8, 0).map(3), // OverridenMode
    // template 110
    p(S(13321, 12), 1, 0), // PropertyName
    p(S(13333, 17), 1, 0), // PropertyOwnerType
    p(S(13350, 12), 1, 0), // GetterScript
    // template 111
    p(S(13321, 12), 1, 0), // PropertyName
    p(S(13333, 17), 1, 0), // PropertyOwnerType
    p(S(13438, 9), 1, 0), // Exception
    p(S(13447, 14), 1, 0), // InnerException
    // template 112
    p(S(13537, 19), 1, 0), // TypeBeingEnumerated
    p(S(13438, 9), 1, 0), // Exception
    // template 113
    p(S(2994, 4), 1, 0), // Type
    p(S(13438, 9), 1, 0), // Exception
    // template 114
    p(S(13708, 22), 1, 0), // TypeOfObjectAtMaxDepth
    p(S(13730, 22), 1, 0), // PropertyNameAtMaxDepth
    p(S(13752, 5), 7, 0), // Depth
    // template 115
    p(S(13833, 10), 7, 0), // LineNumber
    p(S(13843, 12), 7, 0), // LinePosition
    p(S(13438, 9), 1, 0), // Exception
    // template 116
    p(S(13931, 31), 1, 0), // TypeOfObjectWithMissingProperty
    p(S(13321, 12), 1, 0), // PropertyName
    // template 117
    p(S(13994, 19), 1, 0), // Runspace_InstanceId
    p(S(14013, 21), 1, 0), // PowerShell_InstanceId
    p(S(14034, 11), 8, 0).map(4), // Destination
    p(S(14084, 8), 8, 0), // DataType
    p(S(14092, 15), 8, 0).map(5), // TargetInterface
    // template 118
    p(S(14226, 9), 1, 0), // SessionId
    p(S(14235, 10), 1, 0), // PipelineId
    p(S(7846, 9), 1, 0), // ErrorCode
    p(S(14245, 12), 1, 0), // ErrorMessage
    p(S(14257, 10), 1, 0), // StackTrace
    // template 119
    p(S(14226, 9), 1, 0), // SessionId
    p(S(14235, 10), 1, 0), // PipelineId
    p(S(2930, 8), 1, 0), // DataSize
    // template 120
    p(S(14226, 9), 1, 0), // SessionId
    p(S(14235, 10), 1, 0), // PipelineId
    // template 121
    p(S(14226, 9), 1, 0), // SessionId
    p(S(14235, 10), 1, 0), // PipelineId
    p(S(14632, 10), 1, 0), // SignalCode
    // template 122
    p(S(14226, 9), 1, 0), // SessionId
    p(S(14692, 3), 1, 0), // Uri
    // template 123
    p(S(13994, 19), 1, 0), // Runspace_InstanceId
    p(S(14013, 21), 1, 0), // PowerShell_InstanceId
    p(S(2930, 8), 1, 0), // DataSize
    p(S(14084, 8), 8, 0), // DataType
    p(S(14092, 15), 8, 0), // TargetInterface
    // template 124
    p(S(11325, 6), 1, 0), // param1
    p(S(11539, 6), 1, 0), // param2
    // template 125
    p(S(11325, 6), 1, 0), // param1
    p(S(11539, 6), 1, 0), // param2
    p(S(11545, 6), 1, 0), // param3
    p(S(14798, 6), 1, 0), // param4
    // template 126
    p(S(15008, 8), 9, 0), // ObjectId
    p(S(15016, 10), 9, 0), // FragmentId
    p(S(15026, 5), 7, 0), // sFlag
    p(S(15031, 5), 7, 0), // eFlag
    p(S(15036, 14), 8, 0), // FragmentLength
    p(S(15050, 15), 1, 0), // FragmentPayload
    // template 127
    p(S(11170, 7), 1, 0), // Message
    p(S(15241, 8), 1, 0), // Category
    p(S(15249, 6), 1, 0), // Reason
    p(S(15255, 10), 1, 0), // TargetName
    p(S(15265, 21), 1, 0), // FullyQualifiedErrorId
    p(S(15286, 16), 1, 0), // ExceptionMessage
    p(S(15302, 19), 1, 0), // ExceptionStackTrace
    p(S(15321, 23), 1, 0), // ExceptionInnerException
    // template 128
    p(S(15497, 2), 1, 0), // Id
    p(S(11409, 10), 1, 0), // InstanceId
    p(S(15499, 4), 1, 0), // Name
    p(S(7626, 8), 1, 0), // Location
    p(S(15503, 5), 1, 0), // State
    p(S(15508, 7), 1, 0), // Command
    // template 129
    p(S(11899, 3), 1, 0), // uri
    p(S(11902, 5), 1, 0), // shell
    p(S(11907, 8), 1, 0), // userName
    p(S(11915, 11), 1, 0), // opentimeout
    p(S(11926, 11), 1, 0), // idletimeout
    p(S(11937, 13), 1, 0), // canceltimeout
    p(S(11950, 4), 8, 0), // auth
    p(S(12159, 10), 1, 0), // thumbPrint
    p(S(12169, 10), 1, 0), // redircount
    p(S(12179, 13), 1, 0), // recvdDataSize
    p(S(12192, 12), 1, 0), // recvdObjSize
    // template 130
    p(S(15668, 12), 1, 0), // endpointName
    p(S(15680, 4), 1, 0), // user
    p(S(15684, 11), 1, 0), // hostingMode
    p(S(15695, 8), 1, 0), // protocol
    p(S(15703, 13), 1, 0), // configuration
    // template 131
    p(S(15796, 10), 15, 0), // workflowId
    p(S(15806, 12), 1, 0), // managedNodes
    // template 132
    p(S(15796, 10), 15, 0), // workflowId
    p(S(15886, 8), 1, 0), // newState
    p(S(15894, 8), 1, 0), // oldState
    // template 133
    p(S(15668, 12), 1, 0), // endpointName
    // template 134
    p(S(15796, 10), 15, 0), // workflowId
    // template 135
    p(S(15668, 12), 1, 0), // endpointName
    p(S(16170, 10), 1, 0), // configName
    p(S(16180, 12), 1, 0), // allowedValue
    p(S(16192, 15), 1, 0), // valueInQuestion
    // template 136
    p(S(15796, 10), 15, 0), // workflowId
    p(S(16343, 11), 1, 0), // managedNode
    // template 137
    p(S(15796, 10), 15, 0), // workflowId
    p(S(16422, 12), 1, 0), // activityName
    // template 138
    p(S(16422, 12), 1, 0), // activityName
    p(S(16502, 16), 1, 0), // activityTypeName
    // template 139
    p(S(15796, 10), 15, 0), // workflowId
    p(S(16586, 8), 1, 0), // xamlFile
    // template 140
    p(S(15796, 10), 15, 0), // workflowId
    p(S(16730, 16), 1, 0), // errorDescription
    // template 141
    p(S(15796, 10), 15, 0), // workflowId
    p(S(17034, 19), 1, 0), // activityDisplayName
    p(S(17053, 12), 1, 0), // activityType
    // template 142
    p(S(15796, 10), 15, 0), // workflowId
    p(S(16422, 12), 1, 0), // activityName
    p(S(17202, 18), 1, 0), // failureDescription
    // template 143
    p(S(17288, 10), 1, 0), // runspaceId
    p(S(17298, 12), 1, 0), // availability
    // template 144
    p(S(17288, 10), 1, 0), // runspaceId
    p(S(15886, 8), 1, 0), // newState
    p(S(15894, 8), 1, 0), // oldState
    // template 145
    p(S(15796, 10), 15, 0), // workflowId
    p(S(17786, 4), 1, 0), // path
    // template 146
    p(S(17926, 5), 15, 0), // jobId
    // template 147
    p(S(17926, 5), 7, 0), // jobId
    p(S(15796, 10), 15, 0), // workflowId
    p(S(15886, 8), 1, 0), // newState
    p(S(15894, 8), 1, 0), // oldState
    // template 148
    p(S(17926, 5), 7, 0), // jobId
    p(S(15796, 10), 15, 0), // workflowId
    p(S(16730, 16), 1, 0), // errorDescription
    // template 149
    p(S(18135, 11), 15, 0), // parentJobId
    p(S(18146, 10), 15, 0), // childJobId
    p(S(18156, 15), 15, 0), // childWorkflowId
    // template 150
    p(S(17926, 5), 15, 0), // jobId
    p(S(15796, 10), 15, 0), // workflowId
    // template 151
    p(S(18135, 11), 15, 0), // parentJobId
    p(S(18146, 10), 15, 0), // childJobId
    p(S(15796, 10), 15, 0), // workflowId
    // template 152
    p(S(18135, 11), 15, 0), // parentJobId
    p(S(18146, 10), 15, 0), // childJobId
    p(S(15796, 10), 15, 0), // workflowId
    p(S(18443, 5), 1, 0), // error
    // template 153
    p(S(15796, 10), 15, 0), // workflowId
    p(S(18720, 6), 1, 0), // reason
    // template 154
    p(S(15796, 10), 15, 0), // workflowId
    p(S(19066, 11), 1, 0), // persistPath
    // template 155
    p(S(16422, 12), 1, 0), // activityName
    // template 156
    p(S(15668, 12), 1, 0), // endpointName
    p(S(19353, 12), 1, 0), // endpointType
    p(S(19365, 12), 1, 0), // registeredBy
    // template 157
    p(S(15668, 12), 1, 0), // endpointName
    p(S(19441, 10), 1, 0), // modifiedBy
    // template 158
    p(S(15668, 12), 1, 0), // endpointName
    p(S(19515, 14), 1, 0), // unregisteredBy
    // template 159
    p(S(15668, 12), 1, 0), // endpointName
    p(S(19593, 10), 1, 0), // disabledBy
    // template 160
    p(S(15668, 12), 1, 0), // endpointName
    p(S(19667, 9), 1, 0), // enabledBy
    // template 161
    p(S(19744, 7), 1, 0), // command
    // template 162
    p(S(19819, 10), 1, 0), // parameters
    p(S(19829, 9), 1, 0), // computers
    // template 163
    p(S(19916, 14), 1, 0), // checkpointPath
    p(S(19930, 16), 1, 0), // configProviderId
    p(S(11907, 8), 1, 0), // userName
    p(S(17786, 4), 1, 0), // path
    // template 164
    p(S(19958, 10), 15, 0), // TrackingId
    // template 165
    p(S(19958, 10), 15, 0), // TrackingId
    p(S(20016, 28), 15, 0), // ContainerParentJobInstanceId
    // template 166
    p(S(20056, 24), 15, 0), // WorkflowJobJobInstanceId
    // template 167
    p(S(20128, 21), 15, 0), // WorkflowJobInstanceId
    p(S(20016, 28), 15, 0), // ContainerParentJobInstanceId
    // template 168
    p(S(20161, 18), 15, 0), // ProxyJobInstanceId
    p(S(20016, 28), 15, 0), // ContainerParentJobInstanceId
    // template 169
    p(S(20016, 28), 15, 0), // ContainerParentJobInstanceId
    // template 170
    p(S(20161, 18), 15, 0), // ProxyJobInstanceId
    // template 171
    p(S(20263, 23), 15, 0), // ProxyChildJobInstanceId
    // template 172
    p(S(20346, 7), 1, 0), // message
    // template 173
    p(S(20457, 19), 1, 0), // ScheduledJobDefName
    p(S(20476, 9), 1, 0), // StartTime
    // template 174
    p(S(20457, 19), 1, 0), // ScheduledJobDefName
    p(S(20559, 8), 1, 0), // StopTime
    p(S(15503, 5), 1, 0), // State
    // template 175
    p(S(15499, 4), 1, 0), // Name
    p(S(11170, 7), 1, 0), // Message
    p(S(14257, 10), 1, 0), // StackTrace
    p(S(13447, 14), 1, 0), // InnerException
    // template 176
    p(S(20960, 16), 8, 0), // GroupOperationId
    p(S(20976, 11), 8, 0), // OperationId
    p(S(20987, 9), 1, 0), // Operation
    p(S(20996, 13), 1, 0), // ClientMachine
    p(S(21009, 4), 1, 0), // User
    p(S(21013, 15), 8, 0), // ClientProcessId
    p(S(21028, 13), 1, 0), // NamespaceName
    // template 177
    p(S(20960, 16), 8, 0), // GroupOperationId
    p(S(20987, 9), 1, 0), // Operation
    p(S(21048, 12), 1, 0), // ProviderName
    p(S(21060, 12), 1, 0), // ProviderGuid
    p(S(10677, 4), 1, 0), // Path
    // template 178
    p(S(20976, 11), 8, 0), // OperationId
    // template 179
    p(S(21087, 13), 1, 0), // CorrelationId
    p(S(20960, 16), 8, 0), // GroupOperationId
    p(S(20976, 11), 8, 0), // OperationId
    p(S(20987, 9), 1, 0), // Operation
    p(S(20996, 13), 1, 0), // ClientMachine
    p(S(21009, 4), 1, 0), // User
    p(S(21013, 15), 8, 0), // ClientProcessId
    p(S(21028, 13), 1, 0), // NamespaceName
    // template 180
    p(S(20960, 16), 8, 0), // GroupOperationId
    p(S(20987, 9), 1, 0), // Operation
    p(S(21108, 6), 8, 0), // HostId
    p(S(21048, 12), 1, 0), // ProviderName
    p(S(21060, 12), 1, 0), // ProviderGuid
    p(S(10677, 4), 1, 0), // Path
    // template 181
    p(S(20976, 11), 8, 0), // OperationId
    p(S(21122, 10), 20, 0), // ResultCode
    // template 182
    p(S(20976, 11), 8, 0), // OperationId
    p(S(20987, 9), 1, 0), // Operation
    p(S(21140, 7), 8, 0), // Channel
    p(S(11170, 7), 1, 0), // Message
    // template 183
    p(S(20976, 11), 8, 0), // OperationId
    p(S(20987, 9), 1, 0), // Operation
    p(S(21155, 7), 1, 0), // ErrorId
    p(S(21162, 13), 8, 0), // ErrorCategory
    p(S(11170, 7), 1, 0), // Message
    p(S(15255, 10), 1, 0), // TargetName
    // template 184
    p(S(20976, 11), 8, 0), // OperationId
    p(S(20987, 9), 1, 0), // Operation
    p(S(21155, 7), 20, 0), // ErrorId
    p(S(11170, 7), 1, 0), // Message
    // template 185
    p(S(21087, 13), 1, 0), // CorrelationId
    p(S(7232, 9), 8, 0), // ProcessId
    p(S(9933, 8), 1, 0), // Protocol
    p(S(20987, 9), 1, 0), // Operation
    p(S(21009, 4), 1, 0), // User
    p(S(21191, 9), 1, 0), // Namespace
    // template 186
    p(S(21208, 12), 1, 0), // ConsumerType
    p(S(21220, 13), 1, 0), // PossibleCause
    // template 187
    p(S(21241, 11), 8, 0), // OperationID
    p(S(20987, 9), 1, 0), // Operation
    // template 188
    p(S(21241, 11), 8, 0), // OperationID
    p(S(20987, 9), 1, 0), // Operation
    p(S(119, 5), 8, 0), // Flags
    // template 189
    p(S(21285, 13), 1, 0), // ComponentName
    p(S(21298, 13), 1, 0), // MessageDetail
    p(S(1904, 8), 1, 0), // FileName
    // template 190
    p(S(21285, 13), 1, 0), // ComponentName
    p(S(21155, 7), 20, 0), // ErrorId
    p(S(21320, 11), 1, 0), // ErrorDetail
    p(S(1904, 8), 1, 0), // FileName
    // template 191
    p(S(21048, 12), 1, 0), // ProviderName
    p(S(21341, 4), 20, 0), // Code
    p(S(21345, 11), 1, 0), // HostProcess
    p(S(52, 9), 8, 0), // ProcessID
    p(S(21356, 12), 1, 0), // ProviderPath
    // template 192
    p(S(15497, 2), 1, 0), // Id
    p(S(20996, 13), 1, 0), // ClientMachine
    p(S(21009, 4), 1, 0), // User
    p(S(21013, 15), 8, 0), // ClientProcessId
    p(S(21378, 9), 1, 0), // Component
    p(S(20987, 9), 1, 0), // Operation
    p(S(21122, 10), 20, 0), // ResultCode
    p(S(21220, 13), 1, 0), // PossibleCause
    // template 193
    p(S(21028, 13), 1, 0), // NamespaceName
    p(S(21397, 5), 1, 0), // Query
    p(S(21009, 4), 1, 0), // User
    p(S(21402, 9), 8, 0), // processid
    p(S(21411, 12), 1, 0), // providerName
    p(S(21423, 7), 8, 0), // queryid
    p(S(21220, 13), 1, 0), // PossibleCause
    // template 194
    p(S(21028, 13), 1, 0), // NamespaceName
    p(S(21397, 5), 1, 0), // Query
    p(S(21009, 4), 1, 0), // User
    p(S(21402, 9), 8, 0), // processid
    p(S(21440, 11), 1, 0), // MachineName
    p(S(21220, 13), 1, 0), // PossibleCause
    // template 195
    p(S(21191, 9), 1, 0), // Namespace
    p(S(21461, 3), 1, 0), // ESS
    p(S(21464, 8), 1, 0), // CONSUMER
    p(S(21220, 13), 1, 0), // PossibleCause
    // template 196
    p(S(2424, 6), 8, 0), // Status
    p(S(21603, 8), 16, 0), // Endpoint
    p(S(21611, 13), 8, 0).map(6), // AddressFamily
    p(S(21666, 3), 8, 0), // Pid
    // template 197
    p(S(21717, 3), 16, 0), // Tcb
    p(S(21720, 18), 8, 0), // LocalAddressLength
    p(S(8818, 12), 14, 0).length(Length::Property(1)), // LocalAddress
    p(S(21738, 19), 8, 0), // RemoteAddressLength
    p(S(21757, 13), 14, 0).length(Length::Property(3)), // RemoteAddress
    p(S(21770, 8), 8, 0), // NewState
    p(S(21778, 11), 8, 0), // RexmitCount
    // template 198
    p(S(21717, 3), 16, 0), // Tcb
    p(S(2424, 6), 8, 0), // Status
    p(S(21611, 13), 8, 0), // AddressFamily
    // template 199
    p(S(21717, 3), 16, 0), // Tcb
    p(S(21838, 3), 8, 0), // ISN
    p(S(21841, 6), 8, 0), // RcvWnd
    p(S(21847, 11), 4, 0), // RcvWndScale
    // template 200
    p(S(21720, 18), 8, 0), // LocalAddressLength
    p(S(8818, 12), 14, 0).length(Length::Property(0)), // LocalAddress
    p(S(2424, 6), 8, 0), // Status
    // template 201
    p(S(21720, 18), 8, 0), // LocalAddressLength
    p(S(8818, 12), 14, 0).length(Length::Property(0)), // LocalAddress
    p(S(2424, 6), 8, 0), // Status
    p(S(7232, 9), 8, 0), // ProcessId
    p(S(22053, 13), 8, 0), // CompartmentId
    p(S(21611, 13), 8, 0), // AddressFamily
    // template 202
    p(S(21720, 18), 8, 0), // LocalAddressLength
    p(S(8818, 12), 14, 0).length(Length::Property(0)), // LocalAddress
    p(S(21738, 19), 8, 0), // RemoteAddressLength
    p(S(21757, 13), 14, 0).length(Length::Property(2)), // RemoteAddress
    p(S(2424, 6), 8, 0), // Status
    p(S(7232, 9), 8, 0), // ProcessId
    p(S(22222, 11), 8, 0), // Compartment
    p(S(21717, 3), 16, 0), // Tcb
    // template 203
    p(S(21717, 3), 16, 0), // Tcb
    p(S(21720, 18), 8, 0), // LocalAddressLength
    p(S(8818, 12), 14, 0).length(Length::Property(1)), // LocalAddress
    p(S(21738, 19), 8, 0), // RemoteAddressLength
    p(S(21757, 13), 14, 0).length(Length::Property(3)), // RemoteAddress
    p(S(21770, 8), 8, 0).map(7), // NewState
    p(S(21778, 11), 8, 0), // RexmitCount
    // template 204
    p(S(21720, 18), 8, 0), // LocalAddressLength
    p(S(8818, 12), 14, 0).length(Length::Property(0)), // LocalAddress
    p(S(21738, 19), 8, 0), // RemoteAddressLength
    p(S(21757, 13), 14, 0).length(Length::Property(2)), // RemoteAddress
    p(S(10677, 4), 16, 0), // Path
    // template 205
    p(S(22684, 18), 8, 0), // SynAttacksDetected
    p(S(22702, 25), 8, 0), // ReassemblyLimitViolations
    p(S(22727, 26), 8, 0), // ConnectionRateLimitBacklog
    p(S(22753, 29), 8, 0), // ConnectionRateLimitViolations
    p(S(22782, 25), 8, 0), // LandAttackSegmentsDropped
    p(S(22807, 24), 8, 0), // ConnectionRateLimitDepth
    // template 206
    p(S(21717, 3), 16, 0), // Tcb
    p(S(23222, 8), 16, 0), // Delivery
    p(S(23230, 7), 16, 0), // Request
    p(S(23237, 8), 16, 0), // NumBytes
    p(S(23245, 12), 8, 0), // RequestFlags
    p(S(2300, 6), 16, 0), // Length
    p(S(23257, 13), 8, 0), // RequestStatus
    p(S(23270, 16), 8, 0), // IsUrgentDelivery
    p(S(23286, 27), 8, 0), // FullySatisfiedORDelayedPush
    p(S(23313, 6), 8, 0), // RcvNxt
    // template 207
    p(S(2300, 6), 16, 0), // Length
    p(S(23342, 7), 10, 0), // Timeout
    p(S(23349, 8), 1, 0), // Injected
    // template 208
    p(S(23565, 8), 8, 0), // OldState
    p(S(21770, 8), 8, 0), // NewState
    p(S(23573, 6), 8, 0), // SndNxt
    p(S(21717, 3), 16, 0), // Tcb
    // template 209
    p(S(7232, 9), 8, 0), // ProcessId
    p(S(2424, 6), 8, 0), // Status
    p(S(23612, 9), 6, 0), // StartPort
    p(S(23621, 13), 6, 0), // NumberOfPorts
    // template 210
    p(S(23866, 15), 8, 0), // HighMemoryEvent
    p(S(23881, 18), 8, 0), // HighPagedPoolEvent
    p(S(23899, 14), 8, 0), // LowMemoryEvent
    p(S(23913, 17), 8, 0), // LowPagedPoolEvent
    // template 211
    p(S(8680, 14), 8, 0), // InterfaceIndex
    p(S(21611, 13), 8, 0), // AddressFamily
    // template 212
    p(S(21717, 3), 16, 0), // Tcb
    p(S(24053, 9), 8, 0).map(8), // TimerType
    p(S(24211, 20), 8, 0), // WaitTimeMilliseconds
    // template 213
    p(S(21717, 3), 16, 0), // Tcb
    p(S(24053, 9), 8, 0), // TimerType
    p(S(24211, 20), 8, 0), // WaitTimeMilliseconds
    p(S(24250, 9), 8, 0), // Processor
    p(S(24259, 17), 10, 0), // LastInterruptTime
    p(S(24276, 16), 10, 0), // LastMicroseconds
    p(S(24292, 16), 9, 0), // CachedKQPCValues
    p(S(24308, 21), 9, 0), // CachedFrequencyValues
    // template 214
    p(S(21717, 3), 16, 0), // Tcb
    p(S(24053, 9), 8, 0), // TimerType
    p(S(24211, 20), 8, 0), // WaitTimeMilliseconds
    // template 215
    p(S(24376, 7), 8, 0), // IsbSize
    p(S(24383, 4), 8, 0), // Cwnd
    p(S(24387, 6), 8, 0), // SndWnd
    p(S(24393, 13), 8, 0), // SendAvailable
    p(S(24406, 8), 8, 0), // SSThresh
    // template 216
    p(S(24431, 15), 8, 0), // SourceProcessor
    p(S(24446, 14), 8, 0), // SourceActivity
    p(S(24460, 20), 8, 0), // DestinationProcessor
    p(S(24480, 19), 8, 0), // DestinationActivity
    p(S(24499, 23), 8, 0), // PartitionMovesRemaining
    p(S(24522, 10), 4, 0), // TableEntry
    // template 217
    p(S(21717, 3), 16, 0), // Tcb
    p(S(24383, 4), 8, 0), // Cwnd
    p(S(24406, 8), 8, 0), // SSThresh
    p(S(24554, 9), 8, 0), // RttSample
    p(S(23237, 8), 8, 0), // NumBytes
    p(S(24563, 5), 8, 0), // SeqNo
    p(S(24568, 6), 8, 0), // SndUna
    p(S(24574, 5), 8, 0), // Round
    p(S(24579, 4), 8, 0), // SRTT
    p(S(24583, 3), 8, 0), // RTO
    p(S(24586, 4), 8, 0), // DWnd
    p(S(24590, 7), 8, 0), // BaseRtt
    p(S(24597, 11), 8, 0), // DupAckCount
    // template 218
    p(S(21717, 3), 16, 0), // Tcb
    p(S(23237, 8), 8, 0), // NumBytes
    p(S(24563, 5), 8, 0), // SeqNo
    // template 219
    p(S(21717, 3), 16, 0), // Tcb
    p(S(24383, 4), 8, 0), // Cwnd
    p(S(24406, 8), 8, 0), // SSThresh
    p(S(24568, 6), 8, 0), // SndUna
    p(S(24747, 3), 8, 0), // Mss
    p(S(24750, 5), 8, 0), // ThAck
    p(S(24586, 4), 8, 0), // DWnd
    p(S(24590, 7), 8, 0), // BaseRtt
    // template 220
    p(S(21717, 3), 16, 0), // Tcb
    p(S(24568, 6), 8, 0), // SndUna
    p(S(24835, 6), 8, 0), // SndMax
    // template 221
    p(S(21717, 3), 16, 0), // Tcb
    p(S(24568, 6), 8, 0), // SndUna
    p(S(24835, 6), 8, 0), // SndMax
    p(S(15249, 6), 1, 0), // Reason
    p(S(24884, 6), 8, 0).map(9), // IsSack
    // template 222
    p(S(21717, 3), 16, 0), // Tcb
    p(S(24568, 6), 8, 0), // SndUna
    p(S(24835, 6), 8, 0), // SndMax
    p(S(15249, 6), 1, 0), // Reason
    p(S(24884, 6), 8, 0), // IsSack
    // template 223
    p(S(21717, 3), 16, 0), // Tcb
    p(S(25003, 5), 8, 0), // BHMSS
    p(S(25008, 11), 8, 0), // OriginalMSS
    p(S(25019, 11), 1, 0), // TraceString
    // template 224
    p(S(25188, 3), 16, 0), // NBL
    // template 225
    p(S(21720, 18), 8, 0), // LocalAddressLength
    p(S(8818, 12), 14, 0).length(Length::Property(0)), // LocalAddress
    p(S(21738, 19), 8, 0), // RemoteAddressLength
    p(S(21757, 13), 14, 0).length(Length::Property(2)), // RemoteAddress
    p(S(25229, 10), 8, 0), // BufferSize
    // template 226
    p(S(25449, 8), 8, 0), // TcbState
    p(S(25457, 8), 8, 0), // OcbState
    p(S(23573, 6), 8, 0), // SndNxt
    p(S(23313, 6), 8, 0), // RcvNxt
    p(S(21717, 3), 16, 0), // Tcb
    p(S(2424, 6), 8, 0), // Status
    // template 227
    p(S(21717, 3), 16, 0), // Tcb
    p(S(25485, 10), 8, 0), // TimerValue
    p(S(25495, 11), 16, 0), // BytesToSend
    p(S(24393, 13), 8, 0), // SendAvailable
    p(S(24383, 4), 8, 0), // Cwnd
    p(S(25506, 9), 16, 0), // MaxSndWnd
    // template 228
    p(S(21717, 3), 16, 0), // Tcb
    p(S(25612, 10), 8, 0), // OptionType
    p(S(25622, 12), 8, 0), // SoOptionType
    // template 229
    p(S(21717, 3), 16, 0), // Tcb
    p(S(25612, 10), 8, 0).map(10), // OptionType
    p(S(25622, 12), 8, 0), // SoOptionType
    // template 230
    p(S(8680, 14), 8, 0), // InterfaceIndex
    p(S(25019, 11), 2, 0), // TraceString
    // template 231
    p(S(25948, 16), 1, 0), // ModuleNameString
    // template 232
    p(S(25997, 22), 1, 0), // AllocationObjectString
    // template 233
    p(S(21611, 13), 8, 0), // AddressFamily
    p(S(26038, 19), 4, 0), // EnablePMTUDiscovery
    p(S(26057, 26), 4, 0), // TcpUseRFC1122UrgentPointer
    p(S(26083, 18), 4, 0), // DisableTaskOffload
    p(S(26101, 18), 4, 0), // EnablePMTUBHDetect
    p(S(26119, 24), 4, 0), // DisableTcpChimneyOffload
    p(S(26143, 10), 4, 0), // DisableRss
    p(S(26153, 13), 4, 0), // EcnCapability
    p(S(26166, 25), 4, 0), // TcpMaxDataRetransmissions
    p(S(26191, 13), 8, 0), // KeepAliveTime
    p(S(26204, 17), 8, 0), // KeepAliveInterval
    p(S(26221, 17), 8, 0), // TcpTimedWaitDelay
    p(S(26238, 18), 8, 0), // SillyWindowTimeout
    p(S(26256, 16), 8, 0), // TcpFinWait2Delay
    p(S(26272, 19), 4, 0), // CongestionAlgorithm
    p(S(26291, 11), 4, 0), // Tcp1323Opts
    p(S(26302, 20), 8, 0), // AutoTuningLevelLocal
    p(S(26322, 26), 8, 0), // AutoTuningLevelGroupPolicy
    // template 234
    p(S(21717, 3), 16, 0), // Tcb
    p(S(26354, 14), 8, 0), // BytesInSegment
    p(S(26368, 14), 8, 0), // BytesRemaining
    // template 235
    p(S(21717, 3), 16, 0), // Tcb
    p(S(2424, 6), 8, 0), // Status
    p(S(7662, 9), 8, 0), // Interface
    p(S(26408, 4), 8, 0), // PMax
    // template 236
    p(S(14057, 8), 16, 0), // Listener
    p(S(7726, 13), 8, 0), // AddressLength
    p(S(26465, 13), 14, 0).length(Length::Property(1)), // SocketAddress
    p(S(2424, 6), 8, 0), // Status
    p(S(7232, 9), 8, 0), // ProcessId
    p(S(22053, 13), 8, 0), // CompartmentId
    p(S(21611, 13), 8, 0), // AddressFamily
    // template 237
    p(S(7662, 9), 8, 0), // Interface
    p(S(26705, 17), 8, 0), // OperationalStatus
    p(S(2424, 6), 10, 0), // Status
    // template 238
    p(S(7662, 9), 8, 0), // Interface
    p(S(26781, 9), 8, 0), // Advertise
    p(S(26790, 21), 8, 0), // AdvertiseDefaultRoute
    p(S(26811, 7), 8, 0), // Forward
    p(S(26818, 16), 8, 0), // ForwardMulticast
    p(S(26834, 6), 8, 0), // UseNud
    p(S(26840, 18), 8, 0), // AdvertisingEnabled
    // template 239
    p(S(21717, 3), 16, 0), // Tcb
    p(S(23349, 8), 1, 0), // Injected
    p(S(23237, 8), 8, 0), // NumBytes
    p(S(23573, 6), 8, 0), // SndNxt
    // template 240
    p(S(27172, 14), 8, 0), // AssignedBlocks
    p(S(27186, 15), 8, 0), // AllocatedBlocks
    // template 241
    p(S(21717, 3), 16, 0), // Tcb
    p(S(24586, 4), 8, 0), // DWnd
    p(S(27222, 8), 8, 0), // PrevDWnd
    p(S(24590, 7), 8, 0), // BaseRtt
    p(S(27230, 6), 8, 0), // AvgRtt
    p(S(24383, 4), 8, 0), // Cwnd
    p(S(27236, 7), 8, 0), // DiffWnd
    p(S(27243, 13), 8, 0), // DwndIncrement
    // template 242
    p(S(21717, 3), 16, 0), // Tcb
    p(S(27268, 5), 8, 0), // Gamma
    p(S(27273, 14), 8, 0), // AverageBacklog
    p(S(27287, 23), 8, 0), // AverageBacklogAcrossLFP
    // template 243
    p(S(21717, 3), 16, 0), // Tcb
    p(S(27335, 6), 8, 0), // SeqNum
    p(S(27341, 4), 8, 0), // Tick
    p(S(24554, 9), 8, 0), // RttSample
    p(S(27345, 7), 8, 0), // NewSrtt
    // template 244
    p(S(21603, 8), 16, 0), // Endpoint
    p(S(27428, 11), 8, 0), // NumMessages
    p(S(23237, 8), 8, 0), // NumBytes
    p(S(27439, 19), 8, 0), // LocalSockAddrLength
    p(S(27458, 13), 14, 0).length(Length::Property(3)), // LocalSockAddr
    p(S(27471, 20), 8, 0), // RemoteSockAddrLength
    p(S(27491, 14), 14, 0).length(Length::Property(5)), // RemoteSockAddr
    p(S(21666, 3), 8, 0), // Pid
    // template 245
    p(S(21717, 3), 16, 0), // Tcb
    p(S(23222, 8), 16, 0), // Delivery
    p(S(27909, 16), 8, 0).map(11), // OldDeliveryState
    p(S(27977, 16), 8, 0), // NewDeliveryState
    // template 246
    p(S(28029, 12), 16, 0), // PortAcquirer
    p(S(28041, 10), 6, 0), // PortNumber
    p(S(28051, 13), 8, 0), // WeakReference
    p(S(28064, 16), 16, 0), // OriginalAcquirer
    // template 247
    p(S(28334, 14), 8, 0).map(12), // TcpWsdEtwPoint
    p(S(2424, 6), 8, 0), // Status
    // template 248
    p(S(28334, 14), 8, 0), // TcpWsdEtwPoint
    p(S(2424, 6), 8, 0), // Status
    // template 249
    p(S(28334, 14), 8, 0), // TcpWsdEtwPoint
    p(S(21717, 3), 16, 0), // Tcb
    // template 250
    p(S(28334, 14), 8, 0), // TcpWsdEtwPoint
    p(S(24250, 9), 8, 0), // Processor
    p(S(28742, 5), 8, 0), // Entry
    p(S(23565, 8), 8, 0).map(13), // OldState
    p(S(21770, 8), 8, 0), // NewState
    p(S(28850, 10), 8, 0), // ProbeCount
    p(S(28860, 12), 8, 0), // ProbeCountWs
    // template 251
    p(S(28896, 7), 8, 0), // Profile
    p(S(15503, 5), 8, 0), // State
    p(S(28807, 9), 8, 0), // Qualified
    p(S(28795, 12), 8, 0), // EreQualified
    // template 252
    p(S(28920, 15), 8, 0), // OldEnabledState
    p(S(28935, 15), 8, 0), // NewEnabledState
    p(S(28950, 12), 8, 0), // OldThreshold
    p(S(28962, 12), 8, 0), // NewThreshold
    // template 253
    p(S(28999, 19), 8, 0), // IPTransportProtocol
    p(S(21611, 13), 8, 0), // AddressFamily
    p(S(27439, 19), 8, 0), // LocalSockAddrLength
    p(S(27458, 13), 14, 0).length(Length::Property(2)), // LocalSockAddr
    p(S(27471, 20), 8, 0), // RemoteSockAddrLength
    p(S(27491, 14), 14, 0).length(Length::Property(4)), // RemoteSockAddr
    p(S(15249, 6), 8, 0), // Reason
    p(S(29018, 11), 8, 0), // PacketCount
    // template 254
    p(S(29048, 13), 8, 0), // PhysicalPages
    p(S(29061, 17), 8, 0), // NonPagedPoolPages
    p(S(29078, 16), 8, 0), // CurrentWatermark
    p(S(29094, 13), 8, 0), // PeakWatermark
    p(S(29107, 13), 8, 0), // HighWatermark
    p(S(29120, 12), 8, 0), // LowWatermark
    // template 255
    p(S(29150, 16), 8, 0), // LowNppEventState
    p(S(29166, 17), 8, 0), // HighNppEventState
    p(S(29183, 16), 10, 0), // EpisodeStartTick
    p(S(29199, 15), 10, 0), // EpisodeStopTick
    p(S(29078, 16), 8, 0), // CurrentWatermark
    p(S(29120, 12), 8, 0), // LowWatermark
    p(S(29214, 16), 8, 0), // ReentryWatermark
    // template 256
    p(S(29150, 16), 8, 0), // LowNppEventState
    p(S(29166, 17), 8, 0), // HighNppEventState
    p(S(29183, 16), 10, 0), // EpisodeStartTick
    p(S(29199, 15), 10, 0), // EpisodeStopTick
    p(S(29214, 16), 8, 0), // ReentryWatermark
    // template 257
    p(S(29263, 5), 8, 0), // Epoch
    p(S(29150, 16), 8, 0), // LowNppEventState
    p(S(29166, 17), 8, 0), // HighNppEventState
    p(S(29268, 14), 10, 0), // EpochStartTick
    p(S(29282, 13), 10, 0), // EpochStopTick
    p(S(29295, 14), 8, 0), // OldSynDropRate
    p(S(29309, 14), 8, 0), // NewSynDropRate
    p(S(29323, 18), 8, 0), // OldTcbAbortionRate
    p(S(29341, 18), 8, 0), // NewTcbAbortionRate
    p(S(29078, 16), 8, 0), // CurrentWatermark
    // template 258
    p(S(29263, 5), 8, 0), // Epoch
    p(S(29150, 16), 8, 0), // LowNppEventState
    p(S(29166, 17), 8, 0), // HighNppEventState
    p(S(29268, 14), 10, 0), // EpochStartTick
    p(S(29282, 13), 10, 0), // EpochStopTick
    p(S(29374, 11), 8, 0), // SynDropRate
    p(S(29385, 15), 8, 0), // TcbAbortionRate
    p(S(29078, 16), 8, 0), // CurrentWatermark
    // template 259
    p(S(21717, 3), 16, 0), // Tcb
    p(S(29414, 7), 8, 0), // OldCwnd
    p(S(29421, 7), 8, 0), // NewCwnd
    p(S(24250, 9), 8, 0), // Processor
    p(S(29428, 11), 8, 0), // CurrentTick
    p(S(29439, 8), 8, 0), // IdleTick
    p(S(29447, 3), 8, 0), // Rto
    // template 260
    p(S(21717, 3), 16, 0), // Tcb
    p(S(29493, 12), 8, 0).map(14), // TemplateType
    p(S(29708, 6), 8, 0), // MinRto
    p(S(29714, 17), 8, 0), // EnableCwndRestart
    p(S(29731, 11), 8, 0), // InitialCwnd
    p(S(26272, 19), 8, 0).map(15), // CongestionAlgorithm
    p(S(29804, 22), 8, 0), // MaxDataRetransmissions
    p(S(29826, 15), 8, 0), // DelayedAckTicks
    p(S(29841, 19), 8, 0), // DelayedAckFrequency
    p(S(29860, 4), 8, 0), // Rack
    p(S(29864, 13), 8, 0), // TailLossProbe
    // template 261
    p(S(21717, 3), 16, 0), // Tcb
    p(S(29493, 12), 8, 0), // TemplateType
    p(S(7634, 7), 1, 0), // Context
    // template 262
    p(S(21717, 3), 16, 0), // Tcb
    p(S(29918, 8), 8, 0), // SndRound
    p(S(29926, 17), 8, 0), // EcnTotalByteCount
    p(S(29943, 19), 8, 0), // EcnTotalMarkedCount
    p(S(24750, 5), 8, 0), // ThAck
    p(S(29962, 8), 8, 0), // EcnAlpha
    // template 263
    p(S(9989, 7), 8, 0), // IfIndex
    p(S(29996, 7), 8, 0).map(16), // StateV4
    p(S(30041, 15), 8, 0), // FailureReasonV4
    p(S(30056, 7), 8, 0), // StateV6
    p(S(30063, 15), 8, 0).map(17), // FailureReasonV6
    // template 264
    p(S(21717, 3), 16, 0), // Tcb
    p(S(30315, 17), 6, 0), // CoalescedSegCount
    p(S(24597, 11), 6, 0), // DupAckCount
    p(S(30332, 20), 8, 0), // RscTcpTimestampDelta
    p(S(30352, 11), 6, 0), // HeaderFlags
    p(S(30363, 12), 8, 0), // EcnCePresent
    // template 265
    p(S(21717, 3), 16, 0), // Tcb
    p(S(30404, 5), 8, 0).map(18), // Cause
    // template 266
    p(S(8680, 14), 8, 0), // InterfaceIndex
    p(S(21611, 13), 6, 0).map(19), // AddressFamily
    p(S(30620, 4), 8, 0), // Bind
    // template 267
    p(S(30637, 12), 8, 0), // AdapterIndex
    p(S(8680, 14), 8, 0), // InterfaceIndex
    p(S(28041, 10), 8, 0), // PortNumber
    p(S(30620, 4), 8, 0).map(20), // Bind
    // template 268
    p(S(30637, 12), 8, 0), // AdapterIndex
    p(S(30725, 22), 8, 0), // ExistingInterfaceIndex
    p(S(30747, 18), 8, 0), // ExistingPortNumber
    p(S(30765, 14), 4, 0).map(21), // ReferenceAdded
    // template 269
    p(S(30637, 12), 8, 0), // AdapterIndex
    p(S(30837, 17), 8, 0), // CapabilitiesFlags
    p(S(30854, 25), 8, 0), // NumberOfInterruptMessages
    p(S(30879, 21), 8, 0), // NumberOfReceiveQueues
    // template 270
    p(S(30637, 12), 8, 0), // AdapterIndex
    p(S(30917, 11), 6, 0), // GroupNumber
    p(S(30928, 17), 8, 0), // MaximumProcessors
    p(S(30945, 13), 10, 0), // GroupAffinity
    // template 271
    p(S(30980, 15), 8, 0), // NewAdapterIndex
    p(S(30995, 14), 8, 0), // ProcessorIndex
    p(S(31009, 20), 8, 0), // PreviousAdapterIndex
    p(S(31029, 24), 8, 0), // TriggeringProcessorIndex
    // template 272
    p(S(31009, 20), 8, 0), // PreviousAdapterIndex
    p(S(30995, 14), 8, 0), // ProcessorIndex
    // template 273
    p(S(30637, 12), 8, 0), // AdapterIndex
    p(S(31097, 16), 6, 0), // IndirectionIndex
    p(S(31113, 17), 8, 0), // OldProcessorIndex
    p(S(31130, 17), 8, 0), // NewProcessorIndex
    // template 274
    p(S(30637, 12), 8, 0), // AdapterIndex
    p(S(30995, 14), 4, 0), // ProcessorIndex
    // template 275
    p(S(30637, 12), 8, 0), // AdapterIndex
    p(S(31194, 7), 8, 0), // Setting
    p(S(31201, 5), 8, 0), // Value
    // template 276
    p(S(8680, 14), 8, 0), // InterfaceIndex
    p(S(31216, 18), 8, 0), // FailureDescription
    p(S(2424, 6), 8, 0), // Status
    // template 277
    p(S(8680, 14), 8, 0), // InterfaceIndex
    p(S(21611, 13), 6, 0), // AddressFamily
    // template 278
    p(S(30637, 12), 8, 0), // AdapterIndex
    // template 279
    p(S(30637, 12), 8, 0), // AdapterIndex
    p(S(31323, 20), 8, 0), // IndirectionTableSize
    p(S(31343, 16), 14, 0).length(Length::Property(1)), // IndirectionTable
    p(S(30917, 11), 6, 0), // GroupNumber
    p(S(31359, 14), 10, 0), // ActiveAffinity
    // template 280
    p(S(8680, 14), 8, 0), // InterfaceIndex
    p(S(30637, 12), 8, 0), // AdapterIndex
    p(S(28041, 10), 8, 0), // PortNumber
    // template 281
    p(S(30637, 12), 8, 0), // AdapterIndex
    p(S(31404, 8), 8, 0), // HashInfo
    p(S(30928, 17), 8, 0), // MaximumProcessors
    p(S(30917, 11), 6, 0), // GroupNumber
    p(S(30945, 13), 10, 0), // GroupAffinity
    p(S(31359, 14), 10, 0), // ActiveAffinity
    p(S(31412, 10), 8, 0).map(22), // ActiveMode
    p(S(31323, 20), 8, 0), // IndirectionTableSize
    p(S(31343, 16), 14, 0).length(Length::Property(7)), // IndirectionTable
    // template 282
    p(S(8680, 14), 8, 0), // InterfaceIndex
    p(S(31518, 10), 8, 0).map(23), // Capability
    // template 283
    p(S(31633, 10), 16, 0), // NdkAdapter
    p(S(31643, 7), 8, 0), // CqDepth
    p(S(31650, 21), 16, 0), // CqNotificationContext
    p(S(31671, 12), 10, 0), // AffinityMask
    p(S(31683, 13), 6, 0), // AffinityGroup
    p(S(31696, 14), 16, 0), // RequestContext
    // template 284
    p(S(31696, 14), 16, 0), // RequestContext
    p(S(2424, 6), 8, 0), // Status
    p(S(31733, 9), 16, 0), // NdkObject
    p(S(31742, 14), 8, 0).map(24), // CompletionType
    p(S(31803, 13), 8, 0), // NdkObjectType
    // template 285
    p(S(31733, 9), 16, 0), // NdkObject
    p(S(31803, 13), 8, 0).map(25), // NdkObjectType
    p(S(31696, 14), 16, 0), // RequestContext
    // template 286
    p(S(31696, 14), 16, 0), // RequestContext
    p(S(31742, 14), 8, 0), // CompletionType
    // template 287
    p(S(31955, 5), 16, 0), // NdkCq
    p(S(31643, 7), 8, 0), // CqDepth
    p(S(31696, 14), 16, 0), // RequestContext
    // template 288
    p(S(31696, 14), 16, 0), // RequestContext
    p(S(2424, 6), 8, 0), // Status
    p(S(31742, 14), 8, 0), // CompletionType
    // template 289
    p(S(31955, 5), 16, 0), // NdkCq
    p(S(31996, 7), 8, 0).map(26), // ArmType
    // template 290
    p(S(31955, 5), 16, 0), // NdkCq
    p(S(2424, 6), 8, 0), // Status
    p(S(32086, 16), 8, 0), // BytesTransferred
    p(S(32102, 9), 16, 0), // QpContext
    p(S(31696, 14), 16, 0), // RequestContext
    p(S(32111, 11), 7, 0), // ResultIndex
    p(S(32122, 11), 7, 0), // ResultCount
    // template 291
    p(S(32148, 5), 16, 0), // NdkPd
    p(S(32153, 12), 8, 0), // FastRegister
    p(S(31696, 14), 16, 0), // RequestContext
    // template 292
    p(S(32176, 5), 16, 0), // NdkQp
    // template 293
    p(S(32176, 5), 16, 0), // NdkQp
    p(S(31696, 14), 16, 0), // RequestContext
    p(S(32191, 10), 16, 0), // SgeAddress
    p(S(32201, 9), 8, 0), // SgeLength
    p(S(32210, 20), 8, 0), // SgeMemoryRegionToken
    p(S(32230, 6), 7, 0), // NumSge
    p(S(119, 5), 8, 0), // Flags
    p(S(32236, 8), 7, 0), // SgeIndex
    // template 294
    p(S(32274, 5), 16, 0), // NdkMr
    p(S(32279, 3), 16, 0), // Mdl
    p(S(2300, 6), 10, 0), // Length
    p(S(119, 5), 8, 0), // Flags
    p(S(31696, 14), 16, 0), // RequestContext
    // template 295
    p(S(31733, 9), 16, 0), // NdkObject
    p(S(31696, 14), 16, 0), // RequestContext
    // template 296
    p(S(32274, 5), 16, 0), // NdkMr
    p(S(32334, 16), 8, 0), // AdapterPageCount
    p(S(32350, 12), 8, 0), // RemoteAccess
    p(S(31696, 14), 16, 0), // RequestContext
    // template 297
    p(S(32378, 6), 16, 0), // NdkSrq
    p(S(32384, 8), 8, 0), // SrqDepth
    p(S(32392, 15), 8, 0), // NotifyThreshold
    p(S(31696, 14), 16, 0), // RequestContext
    // template 298
    p(S(32420, 12), 16, 0), // NdkConnector
    p(S(32176, 5), 16, 0), // NdkQp
    p(S(32432, 17), 8, 0), // SrcSockAddrLength
    p(S(32449, 11), 14, 0).length(Length::Property(2)), // SrcSockAddr
    p(S(32460, 18), 8, 0), // DestSockAddrLength
    p(S(32478, 12), 14, 0).length(Length::Property(4)), // DestSockAddr
    p(S(32490, 3), 8, 0), // IRD
    p(S(32493, 3), 8, 0), // ORD
    p(S(31696, 14), 16, 0), // RequestContext
    p(S(32496, 17), 16, 0), // NdkSharedEndpoint
    p(S(32513, 17), 8, 0), // PrivateDataLength
    // template 299
    p(S(32420, 12), 16, 0), // NdkConnector
    p(S(32581, 22), 16, 0), // DisconnectEventContext
    p(S(31696, 14), 16, 0), // RequestContext
    // template 300
    p(S(32420, 12), 16, 0), // NdkConnector
    p(S(32176, 5), 16, 0), // NdkQp
    p(S(32490, 3), 8, 0), // IRD
    p(S(32493, 3), 8, 0), // ORD
    p(S(32581, 22), 16, 0), // DisconnectEventContext
    p(S(31696, 14), 16, 0), // RequestContext
    p(S(32513, 17), 8, 0), // PrivateDataLength
    // template 301
    p(S(32643, 11), 16, 0), // NdkListener
    p(S(32654, 14), 8, 0), // SockAddrLength
    p(S(32668, 8), 14, 0).length(Length::Property(1)), // SockAddr
    p(S(31696, 14), 16, 0), // RequestContext
    // template 302
    p(S(32148, 5), 16, 0), // NdkPd
    p(S(32384, 8), 8, 0), // SrqDepth
    p(S(32707, 20), 8, 0), // MaxReceiveRequestSge
    p(S(32392, 15), 8, 0), // NotifyThreshold
    p(S(32727, 22), 16, 0), // SrqNotificationContext
    p(S(31671, 12), 10, 0), // AffinityMask
    p(S(31683, 13), 6, 0), // AffinityGroup
    p(S(31696, 14), 16, 0), // RequestContext
    // template 303
    p(S(32148, 5), 16, 0), // NdkPd
    p(S(32764, 9), 16, 0), // ReceiveCq
    p(S(32773, 11), 16, 0), // InitiatorCq
    p(S(32784, 9), 16, 0), // QPContext
    p(S(32793, 17), 8, 0), // ReceiveQueueDepth
    p(S(32810, 19), 8, 0), // InitiatorQueueDepth
    p(S(32707, 20), 8, 0), // MaxReceiveRequestSge
    p(S(32829, 22), 8, 0), // MaxInitiatorRequestSge
    p(S(31696, 14), 16, 0), // RequestContext
    p(S(32378, 6), 16, 0), // NdkSrq
    // template 304
    p(S(31633, 10), 16, 0), // NdkAdapter
    p(S(32956, 19), 16, 0), // ConnectEventContext
    p(S(31696, 14), 16, 0), // RequestContext
    // template 305
    p(S(31633, 10), 16, 0), // NdkAdapter
    p(S(32279, 3), 16, 0), // Mdl
    p(S(2300, 6), 10, 0), // Length
    p(S(31696, 14), 16, 0), // RequestContext
    p(S(32990, 9), 16, 0), // LAMBuffer
    p(S(32999, 13), 8, 0), // LAMBufferSize
    // template 306
    p(S(31633, 10), 16, 0), // NdkAdapter
    p(S(32990, 9), 16, 0), // LAMBuffer
    // template 307
    p(S(31650, 21), 16, 0), // CqNotificationContext
    p(S(33059, 8), 8, 0), // CqStatus
    // template 308
    p(S(32727, 22), 16, 0), // SrqNotificationContext
    p(S(33098, 9), 8, 0), // SrqStatus
    // template 309
    p(S(32581, 22), 16, 0), // DisconnectEventContext
    // template 310
    p(S(32956, 19), 16, 0), // ConnectEventContext
    p(S(32420, 12), 16, 0), // NdkConnector
    // template 311
    p(S(31733, 9), 16, 0), // NdkObject
    p(S(31803, 13), 8, 0), // NdkObjectType
    p(S(33181, 9), 8, 0).map(27), // TokenType
    p(S(33242, 5), 8, 0), // Token
    // template 312
    p(S(31733, 9), 16, 0), // NdkObject
    p(S(31803, 13), 8, 0), // NdkObjectType
    p(S(33265, 12), 8, 0).map(28), // SockAddrType
    p(S(32654, 14), 8, 0), // SockAddrLength
    p(S(32668, 8), 14, 0).length(Length::Property(3)), // SockAddr
    // template 313
    p(S(31733, 9), 16, 0), // NdkObject
    p(S(31803, 13), 8, 0), // NdkObjectType
    p(S(33265, 12), 8, 0), // SockAddrType
    p(S(2424, 6), 8, 0), // Status
    // template 314
    p(S(32420, 12), 16, 0), // NdkConnector
    p(S(32513, 17), 8, 0), // PrivateDataLength
    p(S(2424, 6), 8, 0), // Status
    // template 315
    p(S(32420, 12), 16, 0), // NdkConnector
    p(S(32490, 3), 8, 0), // IRD
    p(S(32493, 3), 8, 0), // ORD
    p(S(32513, 17), 8, 0), // PrivateDataLength
    p(S(2424, 6), 8, 0), // Status
    // template 316
    p(S(32176, 5), 16, 0), // NdkQp
    p(S(31696, 14), 16, 0), // RequestContext
    p(S(2424, 6), 8, 0), // Status
    // template 317
    p(S(32176, 5), 16, 0), // NdkQp
    p(S(31696, 14), 16, 0), // RequestContext
    p(S(32274, 5), 16, 0), // NdkMr
    p(S(33414, 5), 16, 0), // NdkMw
    p(S(33419, 14), 16, 0), // VirtualAddress
    p(S(2300, 6), 10, 0), // Length
    p(S(119, 5), 8, 0), // Flags
    // template 318
    p(S(32176, 5), 16, 0), // NdkQp
    p(S(31696, 14), 16, 0), // RequestContext
    p(S(32274, 5), 16, 0), // NdkMr
    p(S(32334, 16), 8, 0), // AdapterPageCount
    p(S(33452, 16), 16, 0), // AdapterPageArray
    p(S(33468, 3), 8, 0), // FBO
    p(S(2300, 6), 10, 0), // Length
    p(S(33471, 18), 16, 0), // BaseVirtualAddress
    p(S(119, 5), 8, 0), // Flags
    // template 319
    p(S(32176, 5), 16, 0), // NdkQp
    p(S(31696, 14), 16, 0), // RequestContext
    p(S(31733, 9), 16, 0), // NdkObject
    p(S(31803, 13), 8, 0), // NdkObjectType
    p(S(119, 5), 8, 0), // Flags
    // template 320
    p(S(32176, 5), 16, 0), // NdkQp
    p(S(31696, 14), 16, 0), // RequestContext
    p(S(32191, 10), 16, 0), // SgeAddress
    p(S(32201, 9), 8, 0), // SgeLength
    p(S(32210, 20), 8, 0), // SgeMemoryRegionToken
    p(S(32230, 6), 7, 0), // NumSge
    p(S(119, 5), 8, 0), // Flags
    p(S(32236, 8), 7, 0), // SgeIndex
    p(S(21757, 13), 10, 0), // RemoteAddress
    p(S(33515, 11), 8, 0), // RemoteToken
    // template 321
    p(S(32378, 6), 16, 0), // NdkSrq
    p(S(31696, 14), 16, 0), // RequestContext
    p(S(32191, 10), 16, 0), // SgeAddress
    p(S(32201, 9), 8, 0), // SgeLength
    p(S(32210, 20), 8, 0), // SgeMemoryRegionToken
    p(S(32230, 6), 7, 0), // NumSge
    p(S(119, 5), 8, 0), // Flags
    p(S(32236, 8), 7, 0), // SgeIndex
    // template 322
    p(S(32378, 6), 16, 0), // NdkSrq
    p(S(31696, 14), 16, 0), // RequestContext
    p(S(2424, 6), 8, 0), // Status
    // template 323
    p(S(8680, 14), 8, 0), // InterfaceIndex
    p(S(31633, 10), 16, 0), // NdkAdapter
    p(S(2424, 6), 8, 0), // Status
    // template 324
    p(S(31633, 10), 16, 0), // NdkAdapter
    // template 325
    p(S(21717, 3), 16, 0), // Tcb
    p(S(21720, 18), 8, 0), // LocalAddressLength
    p(S(8818, 12), 14, 0).length(Length::Property(1)), // LocalAddress
    p(S(21738, 19), 8, 0), // RemoteAddressLength
    p(S(21757, 13), 14, 0).length(Length::Property(3)), // RemoteAddress
    p(S(15503, 5), 8, 0), // State
    p(S(21666, 3), 8, 0), // Pid
    // template 326
    p(S(8680, 14), 8, 0), // InterfaceIndex
    p(S(33698, 16), 8, 0), // EventDescription
    p(S(33714, 14), 8, 0), // NDKOperational
    p(S(997, 10), 8, 0), // StatusCode
    // template 327
    p(S(33752, 11), 10, 0), // AdapterLuid
    p(S(33763, 19), 1, 0), // PatternFriendlyName
    p(S(33782, 12), 8, 0), // DlAddrLength
    p(S(33794, 12), 14, 0).length(Length::Property(2)), // SrcDLAddress
    p(S(33806, 13), 14, 0).length(Length::Property(2)), // DestDLAddress
    p(S(33819, 10), 8, 0), // SrcAddress
    p(S(33829, 11), 8, 0), // DestAddress
    p(S(9933, 8), 8, 0), // Protocol
    p(S(33840, 7), 6, 0), // SrcPort
    p(S(33847, 8), 6, 0), // DestPort
    // template 328
    p(S(33752, 11), 10, 0), // AdapterLuid
    p(S(33763, 19), 1, 0), // PatternFriendlyName
    p(S(33782, 12), 8, 0), // DlAddrLength
    p(S(33794, 12), 14, 0).length(Length::Property(2)), // SrcDLAddress
    p(S(33806, 13), 14, 0).length(Length::Property(2)), // DestDLAddress
    p(S(33883, 12), 8, 0), // IpAddrLength
    p(S(33819, 10), 14, 0).length(Length::Property(5)), // SrcAddress
    p(S(33829, 11), 14, 0).length(Length::Property(5)), // DestAddress
    p(S(9933, 8), 8, 0), // Protocol
    p(S(33840, 7), 6, 0), // SrcPort
    p(S(33847, 8), 6, 0), // DestPort
    // template 329
    p(S(21717, 3), 16, 0), // Tcb
    p(S(33910, 15), 8, 0).map(29), // SilentModeEvent
    p(S(7634, 7), 16, 0), // Context
    // template 330
    p(S(21717, 3), 16, 0), // Tcb
    p(S(34066, 10), 16, 0), // NcmContext
    p(S(15503, 5), 8, 0), // State
    p(S(21666, 3), 8, 0), // Pid
    p(S(34076, 10), 8, 0), // IsLoopback
    p(S(34086, 13), 8, 0), // ChannelStatus
    p(S(2424, 6), 8, 0), // Status
    // template 331
    p(S(21717, 3), 16, 0), // Tcb
    p(S(34066, 10), 16, 0), // NcmContext
    p(S(15503, 5), 8, 0), // State
    p(S(21666, 3), 8, 0), // Pid
    p(S(34076, 10), 8, 0), // IsLoopback
    p(S(34086, 13), 8, 0).map(30), // ChannelStatus
    p(S(2424, 6), 8, 0), // Status
    // template 332
    p(S(21717, 3), 16, 0), // Tcb
    p(S(34066, 10), 16, 0), // NcmContext
    p(S(21666, 3), 8, 0), // Pid
    p(S(2424, 6), 8, 0), // Status
    p(S(34300, 20), 15, 0), // PushNotificationGuid
    // template 333
    p(S(21717, 3), 16, 0), // Tcb
    p(S(34066, 10), 16, 0), // NcmContext
    p(S(21666, 3), 8, 0), // Pid
    p(S(23313, 6), 8, 0), // RcvNxt
    p(S(34353, 9), 8, 0), // Delivered
    p(S(34362, 9), 8, 0), // Indicated
    p(S(34371, 10), 8, 0), // FinalEvent
    // template 334
    p(S(21717, 3), 16, 0), // Tcb
    p(S(34456, 14), 8, 0), // SystemReserved
    p(S(34470, 9), 8, 0), // WolHandle
    p(S(2424, 6), 8, 0), // Status
    // template 335
    p(S(31955, 5), 16, 0), // NdkCq
    p(S(34519, 18), 8, 0), // ModerationInterval
    p(S(34537, 15), 8, 0), // ModerationCount
    p(S(2424, 6), 8, 0), // Status
    // template 336
    p(S(34562, 5), 16, 0), // Event
    p(S(2994, 4), 8, 0).map(31), // Type
    p(S(24250, 9), 8, 0), // Processor
    p(S(34634, 11), 8, 0), // PowerSource
    p(S(34645, 17), 8, 0), // OldPartitionCount
    p(S(34662, 17), 8, 0), // NewPartitionCount
    p(S(34679, 8), 8, 0), // Progress
    // template 337
    p(S(21378, 9), 8, 0).map(32), // Component
    p(S(34726, 20), 8, 0), // PowerStateTransition
    p(S(34746, 19), 8, 0), // IndicatingProcessor
    p(S(29428, 11), 8, 0), // CurrentTick
    p(S(34765, 11), 10, 0), // CurrentTime
    // template 338
    p(S(21378, 9), 8, 0), // Component
    p(S(34746, 19), 8, 0), // IndicatingProcessor
    p(S(34786, 15), 8, 0), // TargetProcessor
    p(S(29428, 11), 8, 0), // CurrentTick
    p(S(34801, 18), 8, 0), // NextExpirationTick
    p(S(34819, 22), 10, 0), // OldScheduledExpiration
    p(S(34841, 22), 10, 0), // NewScheduledExpiration
    p(S(34863, 7), 9, 0), // DueTime
    p(S(34870, 9), 8, 0), // Aperiodic
    // template 339
    p(S(21378, 9), 8, 0), // Component
    p(S(34786, 15), 8, 0), // TargetProcessor
    p(S(29428, 11), 8, 0), // CurrentTick
    p(S(34889, 14), 8, 0), // NextExpiration
    p(S(34903, 20), 10, 0), // CurrentInterruptTime
    p(S(34923, 23), 10, 0), // ScheduledExpirationTime
    p(S(34946, 15), 8, 0), // ExternalTrigger
    // template 340
    p(S(7662, 9), 8, 0), // Interface
    p(S(33883, 12), 8, 0), // IpAddrLength
    p(S(35066, 9), 14, 0).length(Length::Property(1)), // IPAddress
    p(S(33782, 12), 8, 0), // DlAddrLength
    p(S(35075, 9), 14, 0).length(Length::Property(3)), // DLAddress
    p(S(35084, 16), 8, 0), // OldNeighborState
    p(S(35100, 16), 8, 0).map(33), // NewNeighborState
    p(S(35206, 13), 8, 0), // NeighborEvent
    // template 341
    p(S(7662, 9), 8, 0), // Interface
    p(S(33883, 12), 8, 0), // IpAddrLength
    p(S(35238, 15), 14, 0).length(Length::Property(1)), // SourceIPAddress
    p(S(35253, 15), 14, 0).length(Length::Property(1)), // TargetIPAddress
    p(S(35206, 13), 8, 0).map(34), // NeighborEvent
    // template 342
    p(S(33883, 12), 8, 0), // IpAddrLength
    p(S(35692, 24), 14, 0).length(Length::Property(0)), // PreferredSourceIPAddress
    p(S(35716, 27), 14, 0).length(Length::Property(0)), // NonPreferredSourceIPAddress
    p(S(35743, 20), 14, 0).length(Length::Property(0)), // DestinationIPAddress
    p(S(22053, 13), 8, 0), // CompartmentId
    p(S(35763, 4), 8, 0), // Rule
    p(S(35767, 13), 8, 0), // RuleExtension
    p(S(8396, 8), 8, 0).map(35), // RuleName
    // template 343
    p(S(33883, 12), 8, 0), // IpAddrLength
    p(S(35692, 24), 14, 0).length(Length::Property(0)), // PreferredSourceIPAddress
    p(S(36180, 29), 14, 0).length(Length::Property(0)), // PreferredDestinationIPAddress
    p(S(35716, 27), 14, 0).length(Length::Property(0)), // NonPreferredSourceIPAddress
    p(S(36209, 32), 14, 0).length(Length::Property(0)), // NonPreferredDestinationIPAddress
    p(S(36241, 10), 8, 0), // SortOption
    p(S(36251, 8), 2, 0), // RuleType
    p(S(36259, 9), 8, 0), // RuleMajor
    p(S(36268, 9), 8, 0), // RuleMinor
    // template 344
    p(S(31955, 5), 16, 0), // NdkCq
    p(S(2424, 6), 8, 0), // Status
    p(S(32086, 16), 8, 0), // BytesTransferred
    p(S(32102, 9), 16, 0), // QpContext
    p(S(31696, 14), 16, 0), // RequestContext
    p(S(32111, 11), 7, 0), // ResultIndex
    p(S(32122, 11), 7, 0), // ResultCount
    p(S(2994, 4), 8, 0).map(36), // Type
    p(S(36371, 28), 10, 0), // TypeSpecificCompletionOutput
    // template 345
    p(S(32176, 5), 16, 0), // NdkQp
    p(S(31696, 14), 16, 0), // RequestContext
    p(S(32191, 10), 16, 0), // SgeAddress
    p(S(32201, 9), 8, 0), // SgeLength
    p(S(32210, 20), 8, 0), // SgeMemoryRegionToken
    p(S(32230, 6), 7, 0), // NumSge
    p(S(119, 5), 8, 0), // Flags
    p(S(32236, 8), 7, 0), // SgeIndex
    p(S(33515, 11), 8, 0), // RemoteToken
    // template 346
    p(S(21717, 3), 16, 0), // Tcb
    p(S(24383, 4), 8, 0), // Cwnd
    p(S(24387, 6), 8, 0), // SndWnd
    p(S(36445, 10), 8, 0), // BytesAcked
    p(S(24563, 5), 8, 0), // SeqNo
    // template 347
    p(S(21717, 3), 16, 0), // Tcb
    p(S(24383, 4), 8, 0), // Cwnd
    p(S(24387, 6), 8, 0), // SndWnd
    p(S(36507, 9), 8, 0), // BytesSent
    p(S(24563, 5), 8, 0), // SeqNo
    p(S(36516, 4), 8, 0), // SRtt
    p(S(36520, 6), 8, 0), // RttVar
    p(S(24583, 3), 8, 0), // RTO
    // template 348
    p(S(21717, 3), 16, 0), // Tcb
    p(S(24383, 4), 8, 0), // Cwnd
    p(S(24387, 6), 8, 0), // SndWnd
    p(S(36507, 9), 8, 0), // BytesSent
    p(S(24563, 5), 8, 0), // SeqNo
    p(S(36516, 4), 8, 0), // SRtt
    p(S(36520, 6), 8, 0), // RttVar
    p(S(24583, 3), 8, 0), // RTO
    p(S(21841, 6), 8, 0), // RcvWnd
    // template 349
    p(S(36644, 11), 16, 0), // UdpEndpoint
    p(S(34066, 10), 16, 0), // NcmContext
    p(S(36655, 9), 8, 0).map(37), // Activated
    p(S(21666, 3), 8, 0), // Pid
    p(S(34076, 10), 8, 0), // IsLoopback
    p(S(34086, 13), 8, 0), // ChannelStatus
    p(S(2424, 6), 8, 0), // Status
    // template 350
    p(S(36644, 11), 16, 0), // UdpEndpoint
    p(S(34066, 10), 16, 0), // NcmContext
    p(S(36655, 9), 8, 0), // Activated
    p(S(21666, 3), 8, 0), // Pid
    p(S(34076, 10), 8, 0), // IsLoopback
    p(S(34086, 13), 8, 0), // ChannelStatus
    p(S(2424, 6), 8, 0), // Status
    // template 351
    p(S(36644, 11), 16, 0), // UdpEndpoint
    p(S(34066, 10), 16, 0), // NcmContext
    p(S(21666, 3), 8, 0), // Pid
    p(S(2424, 6), 8, 0), // Status
    p(S(34300, 20), 15, 0), // PushNotificationGuid
    // template 352
    p(S(36644, 11), 16, 0), // UdpEndpoint
    p(S(34066, 10), 16, 0), // NcmContext
    p(S(21666, 3), 8, 0), // Pid
    p(S(34353, 9), 8, 0), // Delivered
    p(S(34371, 10), 8, 0), // FinalEvent
    // template 353
    p(S(21717, 3), 16, 0), // Tcb
    p(S(24554, 9), 8, 0), // RttSample
    p(S(36520, 6), 8, 0), // RttVar
    p(S(24579, 4), 8, 0), // SRTT
    // template 354
    p(S(21717, 3), 16, 0), // Tcb
    p(S(24383, 4), 8, 0), // Cwnd
    p(S(24406, 8), 8, 0), // SSThresh
    p(S(24597, 11), 8, 0), // DupAckCount
    p(S(24563, 5), 8, 0), // SeqNo
    // template 355
    p(S(21717, 3), 16, 0), // Tcb
    p(S(24563, 5), 8, 0), // SeqNo
    // template 356
    p(S(21717, 3), 16, 0), // Tcb
    p(S(24383, 4), 8, 0), // Cwnd
    p(S(24406, 8), 8, 0), // SSThresh
    // template 357
    p(S(21717, 3), 16, 0), // Tcb
    p(S(24568, 6), 8, 0), // SndUna
    p(S(21778, 11), 8, 0), // RexmitCount
    p(S(24579, 4), 8, 0), // SRTT
    p(S(24583, 3), 8, 0), // RTO
    // template 358
    p(S(21717, 3), 16, 0), // Tcb
    p(S(37243, 12), 10, 0), // DataBytesOut
    p(S(37255, 11), 10, 0), // DataBytesIn
    p(S(37266, 15), 10, 0), // DataSegmentsOut
    p(S(37281, 14), 10, 0), // DataSegmentsIn
    p(S(37295, 11), 10, 0), // SegmentsOut
    p(S(37306, 10), 10, 0), // SegmentsIn
    p(S(37316, 10), 8, 0), // NonRecovDa
    p(S(37326, 18), 8, 0), // NonRecovDaEpisodes
    p(S(37344, 9), 8, 0), // DupAcksIn
    p(S(37353, 12), 8, 0), // BytesRetrans
    p(S(37365, 8), 8, 0), // Timeouts
    p(S(37373, 21), 8, 0), // SpuriousRtoDetections
    p(S(37394, 10), 8, 0), // FastRetran
    p(S(37404, 11), 8, 0), // MaxSsthresh
    p(S(37415, 9), 8, 0), // MaxSsCwnd
    p(S(37424, 9), 8, 0), // MaxCaCwnd
    p(S(37433, 15), 8, 0), // SndLimTransRwin
    p(S(37448, 14), 8, 0), // SndLimTimeRwin
    p(S(37462, 15), 10, 0), // SndLimBytesRwin
    p(S(37477, 15), 8, 0), // SndLimTransCwnd
    p(S(37492, 14), 8, 0), // SndLimTimeCwnd
    p(S(37506, 15), 10, 0), // SndLimBytesCwnd
    p(S(37521, 14), 8, 0), // SndLimTransSnd
    p(S(37535, 14), 8, 0), // SndLimTimeRSnd
    p(S(37549, 15), 10, 0), // SndLimBytesRSnd
    // template 359
    p(S(25997, 22), 1, 0), // AllocationObjectString
    p(S(37576, 6), 16, 0), // Param1
    p(S(37582, 6), 16, 0), // Param2
    p(S(37588, 6), 8, 0), // Param3
    p(S(37594, 6), 8, 0), // Param4
    // template 360
    p(S(21717, 3), 16, 0), // Tcb
    p(S(24568, 6), 8, 0), // SndUna
    p(S(24835, 6), 8, 0), // SndMax
    p(S(37613, 9), 8, 0), // SackCount
    p(S(37622, 9), 8, 0), // SackBytes
    p(S(37631, 12), 8, 0), // SackInFlight
    p(S(37643, 10), 8, 0), // SackIsLost
    // template 361
    p(S(21717, 3), 16, 0), // Tcb
    p(S(37683, 24), 8, 0), // RequireAddressCoalescing
    p(S(37707, 9), 6, 0), // LocalPort
    p(S(37716, 12), 6, 0), // RtcStartPort
    p(S(37728, 10), 6, 0), // RtcEndPort
    p(S(2424, 6), 8, 0), // Status
    // template 362
    p(S(37763, 20), 8, 0), // AssignedFromRtcRange
    p(S(37783, 4), 6, 0), // Port
    // template 363
    p(S(37804, 11), 8, 0), // RequestType
    p(S(37815, 13), 16, 0), // TcbOrEndpoint
    p(S(21720, 18), 8, 0), // LocalAddressLength
    p(S(8818, 12), 14, 0).length(Length::Property(2)), // LocalAddress
    p(S(21738, 19), 8, 0), // RemoteAddressLength
    p(S(21757, 13), 14, 0).length(Length::Property(4)), // RemoteAddress
    p(S(2424, 6), 8, 0), // Status
    p(S(7232, 9), 8, 0), // ProcessId
    p(S(8680, 14), 8, 0), // InterfaceIndex
    // template 364
    p(S(8680, 14), 8, 0), // InterfaceIndex
    p(S(37859, 8), 2, 0), // Property
    p(S(31201, 5), 8, 0), // Value
    p(S(37867, 20), 8, 0), // InterfaceUpdateEvent
    // template 365
    p(S(21717, 3), 16, 0), // Tcb
    p(S(34066, 10), 16, 0), // NcmContext
    p(S(15503, 5), 8, 0), // State
    p(S(21666, 3), 8, 0), // Pid
    p(S(34076, 10), 8, 0), // IsLoopback
    p(S(37928, 10), 8, 0), // IsShutdown
    p(S(2424, 6), 8, 0), // Status
    // template 366
    p(S(37958, 3), 16, 0), // Nbl
    p(S(37961, 9), 16, 0), // ClonedNbl
    p(S(28999, 19), 8, 0), // IPTransportProtocol
    p(S(21611, 13), 8, 0), // AddressFamily
    // template 367
    p(S(37958, 3), 16, 0), // Nbl
    p(S(37961, 9), 16, 0), // ClonedNbl
    p(S(21611, 13), 8, 0), // AddressFamily
    // template 368
    p(S(7662, 9), 8, 0), // Interface
    p(S(33883, 12), 8, 0), // IpAddrLength
    p(S(35066, 9), 14, 0).length(Length::Property(1)), // IPAddress
    p(S(38010, 8), 8, 0), // WoLEvent
    p(S(2424, 6), 8, 0), // Status
    // template 369
    p(S(7662, 9), 8, 0), // Interface
    p(S(33883, 12), 8, 0), // IpAddrLength
    p(S(34470, 9), 8, 0), // WolHandle
    p(S(35743, 20), 14, 0).length(Length::Property(1)), // DestinationIPAddress
    p(S(38036, 16), 14, 0).length(Length::Property(1)), // TargetIPAddress1
    p(S(38052, 16), 14, 0).length(Length::Property(1)), // TargetIPAddress2
    p(S(119, 5), 8, 0), // Flags
    p(S(38010, 8), 8, 0).map(38), // WoLEvent
    p(S(2424, 6), 8, 0), // Status
    // template 370
    p(S(37958, 3), 16, 0), // Nbl
    p(S(38281, 13), 8, 0).map(39), // PathDirection
    p(S(38323, 30), 16, 0), // TcpIpChecksumNetBufferListInfo
    p(S(38353, 29), 16, 0), // TcpLargeSendNetBufferListInfo
    p(S(38382, 26), 16, 0), // Ieee8021QNetBufferListInfo
    p(S(38408, 22), 16, 0), // NetBufferListHashValue
    p(S(38430, 21), 16, 0), // NetBufferListHashInfo
    p(S(38451, 17), 16, 0), // VirtualSubnetInfo
    p(S(38468, 22), 16, 0), // TcpRecvSegCoalesceInfo
    // template 371
    p(S(38514, 3), 10, 0), // PID
    p(S(21720, 18), 8, 0), // LocalAddressLength
    p(S(8818, 12), 14, 0).length(Length::Property(1)), // LocalAddress
    p(S(38517, 11), 8, 0), // AddressType
    p(S(38528, 10), 8, 0), // ScopeLevel
    p(S(37783, 4), 8, 0), // Port
    p(S(38538, 14), 16, 0), // EndpointRecord
    // template 372
    p(S(38584, 3), 2, 0), // API
    p(S(33883, 12), 8, 0), // IpAddrLength
    p(S(9900, 18), 14, 0).length(Length::Property(1)), // DestinationAddress
    p(S(38587, 22), 14, 0).length(Length::Property(1)), // ConstrainSourceAddress
    p(S(38609, 23), 8, 0), // ConstrainInterfaceIndex
    p(S(38632, 20), 8, 0), // ConstraintOverridden
    p(S(38652, 17), 8, 0), // ReturnConstrained
    p(S(38669, 22), 8, 0), // OutgoingInterfaceIndex
    p(S(38691, 14), 14, 0).length(Length::Property(1)), // NextHopAddress
    p(S(2424, 6), 8, 0), // Status
    // template 373
    p(S(33883, 12), 8, 0), // IpAddrLength
    p(S(9900, 18), 14, 0).length(Length::Property(0)), // DestinationAddress
    p(S(38587, 22), 14, 0).length(Length::Property(0)), // ConstrainSourceAddress
    p(S(38609, 23), 8, 0), // ConstrainInterfaceIndex
    p(S(38669, 22), 8, 0), // OutgoingInterfaceIndex
    p(S(38652, 17), 8, 0), // ReturnConstrained
    p(S(38723, 21), 14, 0).length(Length::Property(0)), // SelectedSourceAddress
    // template 374
    p(S(38768, 14), 10, 0), // PartitionCount
    p(S(38782, 13), 10, 0), // PartitionMask
    p(S(38795, 11), 10, 0), // PartitionId
    p(S(38806, 10), 10, 0), // NumEntries
    // template 375
    p(S(34645, 17), 10, 0), // OldPartitionCount
    p(S(38829, 16), 10, 0), // OldPartitionMask
    p(S(34662, 17), 10, 0), // NewPartitionCount
    p(S(38845, 16), 10, 0), // NewPartitionMask
    // template 376
    p(S(7726, 13), 8, 0), // AddressLength
    p(S(21757, 13), 14, 0).length(Length::Property(0)), // RemoteAddress
    p(S(38895, 10), 10, 0), // RemotePort
    p(S(8818, 12), 14, 0).length(Length::Property(0)), // LocalAddress
    p(S(37707, 9), 6, 0), // LocalPort
    p(S(38795, 11), 10, 0), // PartitionId
    p(S(38806, 10), 10, 0), // NumEntries
    // template 377
    p(S(23866, 15), 8, 0), // HighMemoryEvent
    p(S(38941, 21), 8, 0), // HighNonPagedPoolEvent
    p(S(23899, 14), 8, 0), // LowMemoryEvent
    p(S(38962, 20), 8, 0), // LowNonPagedPoolEvent
    // template 378
    p(S(21717, 3), 16, 0), // Tcb
    p(S(39035, 11), 8, 0), // LedbatEvent
    p(S(24383, 4), 8, 0), // Cwnd
    p(S(39046, 8), 8, 0), // SsThresh
    p(S(24387, 6), 8, 0), // SndWnd
    p(S(39054, 11), 6, 0), // BaseDelayMs
    p(S(39065, 14), 6, 0), // CurrentDelayMs
    p(S(39079, 15), 8, 0), // RemainingTimeMs
    p(S(39094, 27), 7, 0), // DelayBasedCwndFactorPercent
    // template 379
    p(S(21603, 8), 16, 0), // Endpoint
    p(S(39153, 14), 16, 0), // NameResContext
    p(S(39167, 7), 1, 0), // DnsName
    p(S(8680, 14), 8, 0), // InterfaceIndex
    p(S(39174, 7), 8, 0), // IpCount
    p(S(39181, 13), 8, 0), // IpAddr1Length
    p(S(39194, 7), 14, 0).length(Length::Property(5)), // IpAddr1
    p(S(39201, 13), 8, 0), // IpAddr2Length
    p(S(39214, 7), 14, 0).length(Length::Property(7)), // IpAddr2
    p(S(39221, 13), 8, 0), // IpAddr3Length
    p(S(39234, 7), 14, 0).length(Length::Property(9)), // IpAddr3
    p(S(39241, 13), 8, 0), // IpAddr4Length
    p(S(39254, 7), 14, 0).length(Length::Property(11)), // IpAddr4
    p(S(39261, 13), 8, 0), // IpAddr5Length
    p(S(39274, 7), 14, 0).length(Length::Property(13)), // IpAddr5
    p(S(2424, 6), 8, 0), // Status
    // template 380
    p(S(21720, 18), 8, 0), // LocalAddressLength
    p(S(8818, 12), 14, 0).length(Length::Property(0)), // LocalAddress
    p(S(21738, 19), 8, 0), // RemoteAddressLength
    p(S(21757, 13), 14, 0).length(Length::Property(2)), // RemoteAddress
    p(S(21717, 3), 16, 0), // Tcb
    p(S(39153, 14), 16, 0), // NameResContext
    p(S(39167, 7), 1, 0), // DnsName
    p(S(2424, 6), 8, 0), // Status
    // template 381
    p(S(22053, 13), 8, 0), // CompartmentId
    p(S(39332, 24), 8, 0), // DestinationAddressLength
    p(S(9900, 18), 14, 0).length(Length::Property(1)), // DestinationAddress
    p(S(39356, 25), 8, 0), // PrDestinationPrefixLength
    p(S(39381, 32), 8, 0), // PrDestinationPrefixAddressLength
    p(S(39413, 19), 14, 0).length(Length::Property(4)), // PrDestinationPrefix
    p(S(39432, 22), 8, 0), // PrNextHopAddressLength
    p(S(39454, 16), 14, 0).length(Length::Property(6)), // PrNextHopAddress
    p(S(39470, 16), 8, 0), // PrInterfaceIndex
    p(S(39486, 17), 8, 0), // PrInterfaceMetric
    p(S(39503, 13), 8, 0), // PrRouteMetric
    p(S(39516, 28), 8, 0), // NonPrDestinationPrefixLength
    p(S(39544, 35), 8, 0), // NonPrDestinationPrefixAddressLength
    p(S(39579, 22), 14, 0).length(Length::Property(12)), // NonPrDestinationPrefix
    p(S(39601, 25), 8, 0), // NonPrNextHopAddressLength
    p(S(39626, 19), 14, 0).length(Length::Property(14)), // NonPrNextHopAddress
    p(S(39645, 19), 8, 0), // NonPrInterfaceIndex
    p(S(39664, 20), 8, 0), // NonPrInterfaceMetric
    p(S(39684, 16), 8, 0), // NonPrRouteMetric
    p(S(39700, 16), 8, 0), // PreferenceReason
    // template 382
    p(S(22053, 13), 8, 0), // CompartmentId
    p(S(39332, 24), 8, 0), // DestinationAddressLength
    p(S(9900, 18), 14, 0).length(Length::Property(1)), // DestinationAddress
    p(S(39730, 23), 8, 0), // DestinationPrefixLength
    p(S(39753, 30), 8, 0), // DestinationPrefixAddressLength
    p(S(39783, 17), 14, 0).length(Length::Property(4)), // DestinationPrefix
    p(S(39800, 20), 8, 0), // NextHopAddressLength
    p(S(38691, 14), 14, 0).length(Length::Property(6)), // NextHopAddress
    p(S(8680, 14), 8, 0), // InterfaceIndex
    p(S(39820, 11), 8, 0), // RouteMetric
    p(S(38609, 23), 8, 0), // ConstrainInterfaceIndex
    p(S(39831, 14), 8, 0), // ConstrainScope
    p(S(39845, 11), 8, 0), // BlockReason
    // template 383
    p(S(21717, 3), 16, 0), // Tcb
    p(S(24568, 6), 8, 0), // SndUna
    p(S(24835, 6), 8, 0), // SndMax
    p(S(24393, 13), 8, 0), // SendAvailable
    p(S(39872, 12), 8, 0), // TailProbeSeq
    p(S(39884, 13), 8, 0), // TailProbeLast
    p(S(39897, 14), 8, 0), // ControlsToSend
    p(S(39911, 7), 4, 0), // ThFlags
    // template 384
    p(S(21717, 3), 16, 0), // Tcb
    p(S(39938, 8), 8, 0).map(40), // TlpEvent
    // template 385
    p(S(21717, 3), 16, 0), // Tcb
    p(S(40013, 9), 8, 0), // RackEvent
    p(S(40022, 10), 8, 0), // RackMinRtt
    p(S(40032, 11), 8, 0), // RackReoWind
    p(S(40043, 20), 8, 0), // RackTimeSlotDeltaMin
    p(S(40063, 14), 8, 0), // SequenceNumber
    p(S(40077, 9), 8, 0), // Timestamp
    p(S(24554, 9), 8, 0), // RttSample
    // template 386
    p(S(21717, 3), 16, 0), // Tcb
    p(S(23565, 8), 8, 0), // OldState
    p(S(21770, 8), 8, 0).map(41), // NewState
    // template 387
    p(S(21603, 8), 16, 0), // Endpoint
    p(S(2424, 6), 8, 0), // Status
    p(S(7232, 9), 8, 0), // ProcessId
    p(S(22053, 13), 8, 0), // CompartmentId
    p(S(21611, 13), 8, 0), // AddressFamily
    // template 388
    p(S(21720, 18), 8, 0), // LocalAddressLength
    p(S(8818, 12), 14, 0).length(Length::Property(0)), // LocalAddress
    p(S(2424, 6), 8, 0), // Status
    p(S(21603, 8), 16, 0), // Endpoint
    // template 389
    p(S(21603, 8), 16, 0), // Endpoint
    p(S(40693, 21), 8, 0), // EndpointAddressLength
    p(S(40714, 15), 14, 0).length(Length::Property(1)), // EndpointAddress
    p(S(40729, 17), 8, 0), // SendAddressLength
    p(S(40746, 11), 14, 0).length(Length::Property(3)), // SendAddress
    p(S(2424, 6), 8, 0), // Status
    // template 390
    p(S(41069, 17), 1, 0), // FailedQueueString
    p(S(2424, 6), 8, 0), // Status
    // template 391
    p(S(21717, 3), 16, 0), // Tcb
    p(S(24568, 6), 8, 0), // SndUna
    p(S(41250, 13), 8, 0), // SackIsLostSeq
    p(S(24597, 11), 8, 0), // DupAckCount
    // template 392
    p(S(21717, 3), 16, 0), // Tcb
    p(S(41286, 12), 8, 0), // SynRcvdLimit
    // template 393
    p(S(7626, 8), 8, 0), // Location
    p(S(2424, 6), 8, 0), // Status
    // template 394
    p(S(21717, 3), 16, 0), // Tcb
    p(S(25495, 11), 8, 0), // BytesToSend
    p(S(23573, 6), 8, 0), // SndNxt
    // template 395
    p(S(28999, 19), 8, 0), // IPTransportProtocol
    p(S(38281, 13), 8, 0), // PathDirection
    p(S(41425, 8), 8, 0), // IcmpType
    p(S(41433, 8), 8, 0), // IcmpCode
    p(S(22053, 13), 8, 0), // CompartmentId
    p(S(41441, 19), 8, 0), // SourceAddressLength
    p(S(9877, 13), 14, 0).length(Length::Property(5)), // SourceAddress
    p(S(41460, 17), 8, 0), // DestAddressLength
    p(S(33829, 11), 14, 0).length(Length::Property(7)), // DestAddress
    // template 396
    p(S(28999, 19), 8, 0), // IPTransportProtocol
    p(S(38281, 13), 8, 0), // PathDirection
    p(S(41425, 8), 8, 0).map(42), // IcmpType
    p(S(41433, 8), 8, 0), // IcmpCode
    p(S(41973, 10), 8, 0).map(43), // DropReason
    p(S(2424, 6), 8, 0), // Status
    p(S(22053, 13), 8, 0), // CompartmentId
    p(S(41441, 19), 8, 0), // SourceAddressLength
    p(S(9877, 13), 14, 0).length(Length::Property(7)), // SourceAddress
    p(S(41460, 17), 8, 0), // DestAddressLength
    p(S(33829, 11), 14, 0).length(Length::Property(9)), // DestAddress
    // template 397
    p(S(28999, 19), 8, 0), // IPTransportProtocol
    p(S(38281, 13), 8, 0), // PathDirection
    p(S(41425, 8), 8, 0), // IcmpType
    p(S(41433, 8), 8, 0), // IcmpCode
    p(S(41973, 10), 8, 0), // DropReason
    p(S(2424, 6), 8, 0), // Status
    p(S(22053, 13), 8, 0), // CompartmentId
    p(S(41441, 19), 8, 0), // SourceAddressLength
    p(S(9877, 13), 14, 0).length(Length::Property(7)), // SourceAddress
    p(S(41460, 17), 8, 0), // DestAddressLength
    p(S(33829, 11), 14, 0).length(Length::Property(9)), // DestAddress
    // template 398
    p(S(21378, 9), 8, 0), // Component
    p(S(24250, 9), 8, 0), // Processor
    p(S(42373, 12), 8, 0).map(44), // CurrentState
    p(S(42419, 14), 8, 0), // ProcessorUsage
    p(S(29428, 11), 8, 0), // CurrentTick
    // template 399
    p(S(42547, 25), 1, 0), // AuthenticationPackageName
    // template 400
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(42642, 16), 1, 0), // LogonProcessName
    // template 401
    p(S(42668, 15), 8, 0), // AuditsDiscarded
    // template 402
    p(S(42693, 23), 1, 0), // NotificationPackageName
    // template 403
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(42726, 15), 1, 0), // InvalidCallName
    p(S(42741, 14), 1, 0), // ServerPortName
    p(S(7232, 9), 16, 0), // ProcessId
    p(S(42755, 11), 1, 0), // ProcessName
    // template 404
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(42776, 12), 1, 0), // PreviousDate
    p(S(42788, 12), 1, 0), // PreviousTime
    p(S(42800, 7), 1, 0), // NewDate
    p(S(42807, 7), 1, 0), // NewTime
    p(S(7232, 9), 16, 0), // ProcessId
    p(S(42755, 11), 1, 0), // ProcessName
    // template 405
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(42788, 12), 17, 0), // PreviousTime
    p(S(42807, 7), 17, 0), // NewTime
    p(S(7232, 9), 16, 0), // ProcessId
    p(S(42755, 11), 1, 0), // ProcessName
    // template 406
    p(S(42837, 7), 8, 0), // EventId
    p(S(42844, 12), 1, 0), // ComputerName
    p(S(42856, 13), 19, 0), // TargetUserSid
    p(S(42869, 14), 1, 0), // TargetUserName
    p(S(42883, 16), 1, 0), // TargetUserDomain
    p(S(42899, 13), 21, 0), // TargetLogonId
    p(S(42912, 10), 8, 0), // EventCount
    p(S(42922, 8), 1, 0), // Duration
    // template 407
    p(S(42940, 21), 1, 0), // CrashOnAuditFailValue
    // template 408
    p(S(42971, 19), 1, 0), // SecurityPackageName
    // template 409
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(42856, 13), 19, 0), // TargetUserSid
    p(S(42869, 14), 1, 0), // TargetUserName
    p(S(43000, 16), 1, 0), // TargetDomainName
    p(S(42899, 13), 21, 0), // TargetLogonId
    p(S(43016, 9), 8, 0), // LogonType
    p(S(42642, 16), 1, 0), // LogonProcessName
    p(S(42547, 25), 1, 0), // AuthenticationPackageName
    p(S(43025, 15), 1, 0), // WorkstationName
    p(S(43040, 9), 15, 0), // LogonGuid
    p(S(43049, 19), 1, 0), // TransmittedServices
    p(S(43068, 13), 1, 0), // LmPackageName
    p(S(43081, 9), 8, 0), // KeyLength
    p(S(7232, 9), 16, 0), // ProcessId
    p(S(42755, 11), 1, 0), // ProcessName
    p(S(43090, 9), 1, 0), // IpAddress
    p(S(43099, 6), 1, 0), // IpPort
    // template 410
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(42856, 13), 19, 0), // TargetUserSid
    p(S(42869, 14), 1, 0), // TargetUserName
    p(S(43000, 16), 1, 0), // TargetDomainName
    p(S(42899, 13), 21, 0), // TargetLogonId
    p(S(43016, 9), 8, 0), // LogonType
    p(S(42642, 16), 1, 0), // LogonProcessName
    p(S(42547, 25), 1, 0), // AuthenticationPackageName
    p(S(43025, 15), 1, 0), // WorkstationName
    p(S(43040, 9), 15, 0), // LogonGuid
    p(S(43049, 19), 1, 0), // TransmittedServices
    p(S(43068, 13), 1, 0), // LmPackageName
    p(S(43081, 9), 8, 0), // KeyLength
    p(S(7232, 9), 16, 0), // ProcessId
    p(S(42755, 11), 1, 0), // ProcessName
    p(S(43090, 9), 1, 0), // IpAddress
    p(S(43099, 6), 1, 0), // IpPort
    p(S(43118, 18), 1, 0), // ImpersonationLevel
    // template 411
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(42856, 13), 19, 0), // TargetUserSid
    p(S(42869, 14), 1, 0), // TargetUserName
    p(S(43000, 16), 1, 0), // TargetDomainName
    p(S(42899, 13), 21, 0), // TargetLogonId
    p(S(43016, 9), 8, 0), // LogonType
    p(S(42642, 16), 1, 0), // LogonProcessName
    p(S(42547, 25), 1, 0), // AuthenticationPackageName
    p(S(43025, 15), 1, 0), // WorkstationName
    p(S(43040, 9), 15, 0), // LogonGuid
    p(S(43049, 19), 1, 0), // TransmittedServices
    p(S(43068, 13), 1, 0), // LmPackageName
    p(S(43081, 9), 8, 0), // KeyLength
    p(S(7232, 9), 16, 0), // ProcessId
    p(S(42755, 11), 1, 0), // ProcessName
    p(S(43090, 9), 1, 0), // IpAddress
    p(S(43099, 6), 1, 0), // IpPort
    p(S(43118, 18), 1, 0), // ImpersonationLevel
    p(S(43149, 19), 1, 0), // RestrictedAdminMode
    p(S(43168, 22), 1, 0), // TargetOutboundUserName
    p(S(43190, 24), 1, 0), // TargetOutboundDomainName
    p(S(43214, 14), 1, 0), // VirtualAccount
    p(S(43228, 19), 21, 0), // TargetLinkedLogonId
    p(S(43247, 13), 1, 0), // ElevatedToken
    // template 412
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(42856, 13), 19, 0), // TargetUserSid
    p(S(42869, 14), 1, 0), // TargetUserName
    p(S(43000, 16), 1, 0), // TargetDomainName
    p(S(2424, 6), 20, 0), // Status
    p(S(43270, 13), 1, 0), // FailureReason
    p(S(43283, 9), 20, 0), // SubStatus
    p(S(43016, 9), 8, 0), // LogonType
    p(S(42642, 16), 1, 0), // LogonProcessName
    p(S(42547, 25), 1, 0), // AuthenticationPackageName
    p(S(43025, 15), 1, 0), // WorkstationName
    p(S(43049, 19), 1, 0), // TransmittedServices
    p(S(43068, 13), 1, 0), // LmPackageName
    p(S(43081, 9), 8, 0), // KeyLength
    p(S(7232, 9), 16, 0), // ProcessId
    p(S(42755, 11), 1, 0), // ProcessName
    p(S(43090, 9), 1, 0), // IpAddress
    p(S(43099, 6), 1, 0), // IpPort
    // template 413
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(42856, 13), 19, 0), // TargetUserSid
    p(S(42869, 14), 1, 0), // TargetUserName
    p(S(43000, 16), 1, 0), // TargetDomainName
    p(S(42899, 13), 21, 0), // TargetLogonId
    p(S(43016, 9), 8, 0), // LogonType
    p(S(43302, 8), 8, 0), // EventIdx
    p(S(43310, 15), 8, 0), // EventCountTotal
    p(S(43325, 10), 1, 0), // UserClaims
    p(S(43335, 12), 1, 0), // DeviceClaims
    // template 414
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(42856, 13), 19, 0), // TargetUserSid
    p(S(42869, 14), 1, 0), // TargetUserName
    p(S(43000, 16), 1, 0), // TargetDomainName
    p(S(42899, 13), 21, 0), // TargetLogonId
    p(S(43016, 9), 8, 0), // LogonType
    p(S(43302, 8), 8, 0), // EventIdx
    p(S(43310, 15), 8, 0), // EventCountTotal
    p(S(43357, 15), 1, 0), // GroupMembership
    // template 415
    p(S(42856, 13), 19, 0), // TargetUserSid
    p(S(42869, 14), 1, 0), // TargetUserName
    p(S(43000, 16), 1, 0), // TargetDomainName
    p(S(42899, 13), 21, 0), // TargetLogonId
    p(S(43016, 9), 8, 0), // LogonType
    // template 416
    p(S(43392, 12), 1, 0), // notification
    // template 417
    p(S(42856, 13), 19, 0), // TargetUserSid
    p(S(42869, 14), 1, 0), // TargetUserName
    p(S(43000, 16), 1, 0), // TargetDomainName
    p(S(42899, 13), 21, 0), // TargetLogonId
    // template 418
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(43040, 9), 15, 0), // LogonGuid
    p(S(42869, 14), 1, 0), // TargetUserName
    p(S(43000, 16), 1, 0), // TargetDomainName
    p(S(43424, 15), 15, 0), // TargetLogonGuid
    p(S(43439, 16), 1, 0), // TargetServerName
    p(S(43455, 10), 1, 0), // TargetInfo
    p(S(7232, 9), 16, 0), // ProcessId
    p(S(42755, 11), 1, 0), // ProcessName
    p(S(43090, 9), 1, 0), // IpAddress
    p(S(43099, 6), 1, 0), // IpPort
    // template 419
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(42869, 14), 1, 0), // TargetUserName
    p(S(43000, 16), 1, 0), // TargetDomainName
    p(S(37804, 11), 1, 0), // RequestType
    p(S(42642, 16), 1, 0), // LogonProcessName
    p(S(43475, 21), 1, 0), // AuthenticationPackage
    p(S(43025, 15), 1, 0), // WorkstationName
    p(S(43049, 19), 1, 0), // TransmittedServices
    p(S(7232, 9), 16, 0), // ProcessId
    p(S(42755, 11), 1, 0), // ProcessName
    // template 420
    p(S(43506, 20), 1, 0), // LocalMMPrincipalName
    p(S(43526, 21), 1, 0), // RemoteMMPrincipalName
    p(S(8818, 12), 1, 0), // LocalAddress
    p(S(43547, 15), 8, 0), // LocalKeyModPort
    p(S(21757, 13), 1, 0), // RemoteAddress
    p(S(43562, 16), 8, 0), // RemoteKeyModPort
    p(S(43578, 10), 1, 0), // KeyModName
    p(S(43588, 12), 1, 0), // MMAuthMethod
    p(S(43600, 11), 1, 0), // MMCipherAlg
    p(S(43611, 14), 1, 0), // MMIntegrityAlg
    p(S(43625, 7), 1, 0), // DHGroup
    p(S(43632, 10), 8, 0), // MMLifetime
    p(S(43642, 7), 8, 0), // QMLimit
    p(S(43649, 4), 1, 0), // Role
    p(S(43653, 20), 1, 0), // MMImpersonationState
    p(S(43673, 10), 10, 0), // MMFilterID
    p(S(43683, 6), 10, 0), // MMSAID
    // template 421
    p(S(43506, 20), 1, 0), // LocalMMPrincipalName
    p(S(43699, 15), 1, 0), // LocalMMCertHash
    p(S(43714, 16), 1, 0), // LocalMMIssuingCA
    p(S(43730, 13), 1, 0), // LocalMMRootCA
    p(S(43526, 21), 1, 0), // RemoteMMPrincipalName
    p(S(43743, 16), 1, 0), // RemoteMMCertHash
    p(S(43759, 17), 1, 0), // RemoteMMIssuingCA
    p(S(43776, 14), 1, 0), // RemoteMMRootCA
    p(S(8818, 12), 1, 0), // LocalAddress
    p(S(43547, 15), 8, 0), // LocalKeyModPort
    p(S(21757, 13), 1, 0), // RemoteAddress
    p(S(43562, 16), 8, 0), // RemoteKeyModPort
    p(S(43578, 10), 1, 0), // KeyModName
    p(S(43588, 12), 1, 0), // MMAuthMethod
    p(S(43600, 11), 1, 0), // MMCipherAlg
    p(S(43611, 14), 1, 0), // MMIntegrityAlg
    p(S(43625, 7), 1, 0), // DHGroup
    p(S(43632, 10), 8, 0), // MMLifetime
    p(S(43642, 7), 8, 0), // QMLimit
    p(S(43649, 4), 1, 0), // Role
    p(S(43653, 20), 1, 0), // MMImpersonationState
    p(S(43673, 10), 10, 0), // MMFilterID
    p(S(43683, 6), 10, 0), // MMSAID
    // template 422
    p(S(43506, 20), 1, 0), // LocalMMPrincipalName
    p(S(43699, 15), 1, 0), // LocalMMCertHash
    p(S(43714, 16), 1, 0), // LocalMMIssuingCA
    p(S(43730, 13), 1, 0), // LocalMMRootCA
    p(S(43526, 21), 1, 0), // RemoteMMPrincipalName
    p(S(43743, 16), 1, 0), // RemoteMMCertHash
    p(S(43759, 17), 1, 0), // RemoteMMIssuingCA
    p(S(43776, 14), 1, 0), // RemoteMMRootCA
    p(S(8818, 12), 1, 0), // LocalAddress
    p(S(43547, 15), 8, 0), // LocalKeyModPort
    p(S(21757, 13), 1, 0), // RemoteAddress
    p(S(43562, 16), 8, 0), // RemoteKeyModPort
    p(S(43578, 10), 1, 0), // KeyModName
    p(S(43800, 12), 1, 0), // FailurePoint
    p(S(43270, 13), 1, 0), // FailureReason
    p(S(43588, 12), 1, 0), // MMAuthMethod
    p(S(15503, 5), 1, 0), // State
    p(S(43649, 4), 1, 0), // Role
    p(S(43653, 20), 1, 0), // MMImpersonationState
    p(S(43673, 10), 10, 0), // MMFilterID
    p(S(43812, 15), 1, 0), // InitiatorCookie
    p(S(43827, 15), 1, 0), // ResponderCookie
    // template 423
    p(S(43506, 20), 1, 0), // LocalMMPrincipalName
    p(S(43526, 21), 1, 0), // RemoteMMPrincipalName
    p(S(8818, 12), 1, 0), // LocalAddress
    p(S(43547, 15), 8, 0), // LocalKeyModPort
    p(S(21757, 13), 1, 0), // RemoteAddress
    p(S(43562, 16), 8, 0), // RemoteKeyModPort
    p(S(43578, 10), 1, 0), // KeyModName
    p(S(43800, 12), 1, 0), // FailurePoint
    p(S(43270, 13), 1, 0), // FailureReason
    p(S(43588, 12), 1, 0), // MMAuthMethod
    p(S(15503, 5), 1, 0), // State
    p(S(43649, 4), 1, 0), // Role
    p(S(43653, 20), 1, 0), // MMImpersonationState
    p(S(43673, 10), 10, 0), // MMFilterID
    p(S(43812, 15), 1, 0), // InitiatorCookie
    p(S(43827, 15), 1, 0), // ResponderCookie
    // template 424
    p(S(8818, 12), 1, 0), // LocalAddress
    p(S(43862, 16), 1, 0), // LocalAddressMask
    p(S(37707, 9), 8, 0), // LocalPort
    p(S(43878, 19), 1, 0), // LocalTunnelEndpoint
    p(S(21757, 13), 1, 0), // RemoteAddress
    p(S(43897, 17), 1, 0), // RemoteAddressMask
    p(S(38895, 10), 8, 0), // RemotePort
    p(S(43914, 20), 1, 0), // RemoteTunnelEndpoint
    p(S(9933, 8), 8, 0), // Protocol
    p(S(43934, 20), 1, 0), // RemotePrivateAddress
    p(S(43578, 10), 1, 0), // KeyModName
    p(S(43800, 12), 1, 0), // FailurePoint
    p(S(43270, 13), 1, 0), // FailureReason
    p(S(43954, 4), 1, 0), // Mode
    p(S(15503, 5), 1, 0), // State
    p(S(43649, 4), 1, 0), // Role
    p(S(43958, 9), 8, 0), // MessageID
    p(S(43967, 10), 10, 0), // QMFilterID
    p(S(43683, 6), 10, 0), // MMSAID
    // template 425
    p(S(8818, 12), 1, 0), // LocalAddress
    p(S(43862, 16), 1, 0), // LocalAddressMask
    p(S(37707, 9), 8, 0), // LocalPort
    p(S(43878, 19), 1, 0), // LocalTunnelEndpoint
    p(S(21757, 13), 1, 0), // RemoteAddress
    p(S(43897, 17), 1, 0), // RemoteAddressMask
    p(S(38895, 10), 8, 0), // RemotePort
    p(S(43914, 20), 1, 0), // RemoteTunnelEndpoint
    p(S(9933, 8), 8, 0), // Protocol
    p(S(43934, 20), 1, 0), // RemotePrivateAddress
    p(S(43578, 10), 1, 0), // KeyModName
    p(S(43800, 12), 1, 0), // FailurePoint
    p(S(43270, 13), 1, 0), // FailureReason
    p(S(43954, 4), 1, 0), // Mode
    p(S(15503, 5), 1, 0), // State
    p(S(43649, 4), 1, 0), // Role
    p(S(43958, 9), 8, 0), // MessageID
    p(S(43967, 10), 10, 0), // QMFilterID
    p(S(43683, 6), 10, 0), // MMSAID
    p(S(43990, 8), 10, 0), // TunnelId
    p(S(43998, 17), 10, 0), // TrafficSelectorId
    // template 426
    p(S(8818, 12), 1, 0), // LocalAddress
    p(S(21757, 13), 1, 0), // RemoteAddress
    p(S(43578, 10), 1, 0), // KeyModName
    p(S(43683, 6), 10, 0), // MMSAID
    // template 427
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44035, 12), 1, 0), // ObjectServer
    p(S(44047, 10), 1, 0), // ObjectType
    p(S(44057, 10), 1, 0), // ObjectName
    p(S(44067, 8), 16, 0), // HandleId
    p(S(44075, 13), 15, 0), // TransactionId
    p(S(44088, 10), 1, 0), // AccessList
    p(S(44098, 10), 20, 0), // AccessMask
    p(S(44108, 13), 1, 0), // PrivilegeList
    p(S(44121, 18), 8, 0), // RestrictedSidCount
    p(S(7232, 9), 16, 0), // ProcessId
    p(S(42755, 11), 1, 0), // ProcessName
    // template 428
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44035, 12), 1, 0), // ObjectServer
    p(S(44047, 10), 1, 0), // ObjectType
    p(S(44057, 10), 1, 0), // ObjectName
    p(S(44067, 8), 16, 0), // HandleId
    p(S(44075, 13), 15, 0), // TransactionId
    p(S(44088, 10), 1, 0), // AccessList
    p(S(44152, 12), 1, 0), // AccessReason
    p(S(44098, 10), 20, 0), // AccessMask
    p(S(44108, 13), 1, 0), // PrivilegeList
    p(S(44121, 18), 8, 0), // RestrictedSidCount
    p(S(7232, 9), 16, 0), // ProcessId
    p(S(42755, 11), 1, 0), // ProcessName
    p(S(44164, 18), 1, 0), // ResourceAttributes
    // template 429
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44057, 10), 1, 0), // ObjectName
    p(S(44192, 15), 1, 0), // ObjectValueName
    p(S(44067, 8), 16, 0), // HandleId
    p(S(44207, 13), 1, 0), // OperationType
    p(S(44220, 12), 1, 0), // OldValueType
    p(S(44232, 8), 1, 0), // OldValue
    p(S(44240, 12), 1, 0), // NewValueType
    p(S(44252, 8), 1, 0), // NewValue
    p(S(7232, 9), 16, 0), // ProcessId
    p(S(42755, 11), 1, 0), // ProcessName
    // template 430
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44035, 12), 1, 0), // ObjectServer
    p(S(44067, 8), 16, 0), // HandleId
    p(S(7232, 9), 16, 0), // ProcessId
    p(S(42755, 11), 1, 0), // ProcessName
    // template 431
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44035, 12), 1, 0), // ObjectServer
    p(S(44047, 10), 1, 0), // ObjectType
    p(S(44057, 10), 1, 0), // ObjectName
    p(S(44067, 8), 16, 0), // HandleId
    p(S(44075, 13), 15, 0), // TransactionId
    p(S(44088, 10), 1, 0), // AccessList
    p(S(44098, 10), 20, 0), // AccessMask
    p(S(44108, 13), 1, 0), // PrivilegeList
    p(S(7232, 9), 16, 0), // ProcessId
    // template 432
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44035, 12), 1, 0), // ObjectServer
    p(S(44067, 8), 16, 0), // HandleId
    p(S(7232, 9), 16, 0), // ProcessId
    p(S(42755, 11), 1, 0), // ProcessName
    p(S(44075, 13), 15, 0), // TransactionId
    // template 433
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44035, 12), 1, 0), // ObjectServer
    p(S(44047, 10), 1, 0), // ObjectType
    p(S(44057, 10), 1, 0), // ObjectName
    p(S(44067, 8), 16, 0), // HandleId
    p(S(44075, 13), 15, 0), // TransactionId
    p(S(44088, 10), 1, 0), // AccessList
    p(S(44098, 10), 20, 0), // AccessMask
    p(S(44108, 13), 1, 0), // PrivilegeList
    p(S(44300, 10), 1, 0), // Properties
    p(S(44121, 18), 8, 0), // RestrictedSidCount
    p(S(7232, 9), 16, 0), // ProcessId
    p(S(42755, 11), 1, 0), // ProcessName
    // template 434
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44035, 12), 1, 0), // ObjectServer
    p(S(44047, 10), 1, 0), // ObjectType
    p(S(44057, 10), 1, 0), // ObjectName
    p(S(44067, 8), 16, 0), // HandleId
    p(S(44075, 13), 15, 0), // TransactionId
    p(S(44088, 10), 1, 0), // AccessList
    p(S(44152, 12), 1, 0), // AccessReason
    p(S(44098, 10), 20, 0), // AccessMask
    p(S(44108, 13), 1, 0), // PrivilegeList
    p(S(44300, 10), 1, 0), // Properties
    p(S(44121, 18), 8, 0), // RestrictedSidCount
    p(S(7232, 9), 16, 0), // ProcessId
    p(S(42755, 11), 1, 0), // ProcessName
    // template 435
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44035, 12), 1, 0), // ObjectServer
    p(S(44047, 10), 1, 0), // ObjectType
    p(S(44057, 10), 1, 0), // ObjectName
    p(S(44207, 13), 1, 0), // OperationType
    p(S(44067, 8), 16, 0), // HandleId
    p(S(44088, 10), 1, 0), // AccessList
    p(S(44098, 10), 20, 0), // AccessMask
    p(S(44300, 10), 1, 0), // Properties
    p(S(44333, 14), 1, 0), // AdditionalInfo
    p(S(44347, 15), 1, 0), // AdditionalInfo2
    // template 436
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44035, 12), 1, 0), // ObjectServer
    p(S(44047, 10), 1, 0), // ObjectType
    p(S(44057, 10), 1, 0), // ObjectName
    p(S(44067, 8), 16, 0), // HandleId
    p(S(44088, 10), 1, 0), // AccessList
    p(S(44098, 10), 20, 0), // AccessMask
    p(S(7232, 9), 16, 0), // ProcessId
    p(S(42755, 11), 1, 0), // ProcessName
    // template 437
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44035, 12), 1, 0), // ObjectServer
    p(S(44047, 10), 1, 0), // ObjectType
    p(S(44057, 10), 1, 0), // ObjectName
    p(S(44067, 8), 16, 0), // HandleId
    p(S(44088, 10), 1, 0), // AccessList
    p(S(44098, 10), 20, 0), // AccessMask
    p(S(7232, 9), 16, 0), // ProcessId
    p(S(42755, 11), 1, 0), // ProcessName
    p(S(44164, 18), 1, 0), // ResourceAttributes
    // template 438
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(1904, 8), 1, 0), // FileName
    p(S(44395, 8), 1, 0), // LinkName
    p(S(44075, 13), 15, 0), // TransactionId
    // template 439
    p(S(44413, 7), 1, 0), // AppName
    p(S(44420, 11), 10, 0), // AppInstance
    p(S(44431, 10), 1, 0), // ClientName
    p(S(44441, 12), 1, 0), // ClientDomain
    p(S(44453, 13), 10, 0), // ClientLogonId
    p(S(2424, 6), 8, 0), // Status
    // template 440
    p(S(44413, 7), 1, 0), // AppName
    p(S(44420, 11), 10, 0), // AppInstance
    p(S(44057, 10), 1, 0), // ObjectName
    p(S(44476, 9), 1, 0), // ScopeName
    p(S(44431, 10), 1, 0), // ClientName
    p(S(44441, 12), 1, 0), // ClientDomain
    p(S(44453, 13), 10, 0), // ClientLogonId
    p(S(43649, 4), 1, 0), // Role
    p(S(44485, 5), 1, 0), // Group
    p(S(44490, 13), 1, 0), // OperationName
    p(S(20976, 11), 8, 0), // OperationId
    // template 441
    p(S(44413, 7), 1, 0), // AppName
    p(S(44420, 11), 10, 0), // AppInstance
    p(S(44431, 10), 1, 0), // ClientName
    p(S(44441, 12), 1, 0), // ClientDomain
    p(S(44453, 13), 10, 0), // ClientLogonId
    // template 442
    p(S(44413, 7), 1, 0), // AppName
    p(S(44420, 11), 10, 0), // AppInstance
    p(S(44431, 10), 1, 0), // ClientName
    p(S(44441, 12), 1, 0), // ClientDomain
    p(S(44453, 13), 10, 0), // ClientLogonId
    p(S(44523, 8), 1, 0), // StoreUrl
    // template 443
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44035, 12), 1, 0), // ObjectServer
    p(S(44047, 10), 1, 0), // ObjectType
    p(S(44057, 10), 1, 0), // ObjectName
    p(S(44067, 8), 16, 0), // HandleId
    p(S(44541, 5), 1, 0), // OldSd
    p(S(44546, 5), 1, 0), // NewSd
    p(S(7232, 9), 16, 0), // ProcessId
    p(S(42755, 11), 1, 0), // ProcessName
    // template 444
    p(S(44561, 13), 19, 0), // CallerUserSid
    p(S(44574, 14), 1, 0), // CallerUserName
    p(S(44588, 16), 1, 0), // CallerDomainName
    p(S(44604, 13), 21, 0), // CallerLogonId
    p(S(44617, 7), 8, 0), // Ordinal
    // template 445
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44108, 13), 1, 0), // PrivilegeList
    // template 446
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44035, 12), 1, 0), // ObjectServer
    p(S(44644, 7), 1, 0), // Service
    p(S(44108, 13), 1, 0), // PrivilegeList
    p(S(7232, 9), 16, 0), // ProcessId
    p(S(42755, 11), 1, 0), // ProcessName
    // template 447
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44035, 12), 1, 0), // ObjectServer
    p(S(44047, 10), 1, 0), // ObjectType
    p(S(44057, 10), 1, 0), // ObjectName
    p(S(44067, 8), 16, 0), // HandleId
    p(S(44098, 10), 1, 0), // AccessMask
    p(S(44108, 13), 1, 0), // PrivilegeList
    p(S(7232, 9), 16, 0), // ProcessId
    p(S(42755, 11), 1, 0), // ProcessName
    // template 448
    p(S(42856, 13), 19, 0), // TargetUserSid
    p(S(42869, 14), 1, 0), // TargetUserName
    p(S(43000, 16), 1, 0), // TargetDomainName
    p(S(44671, 12), 8, 0), // TdoDirection
    p(S(44683, 13), 8, 0), // TdoAttributes
    p(S(44696, 7), 8, 0), // TdoType
    p(S(44703, 6), 19, 0), // TdoSid
    p(S(44709, 7), 1, 0), // SidList
    // template 449
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44726, 12), 16, 0), // NewProcessId
    p(S(44738, 14), 1, 0), // NewProcessName
    p(S(231, 18), 1, 0), // TokenElevationType
    p(S(7232, 9), 16, 0), // ProcessId
    // template 450
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44726, 12), 16, 0), // NewProcessId
    p(S(44738, 14), 1, 0), // NewProcessName
    p(S(231, 18), 1, 0), // TokenElevationType
    p(S(7232, 9), 16, 0), // ProcessId
    p(S(44765, 11), 1, 0), // CommandLine
    // template 451
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44726, 12), 16, 0), // NewProcessId
    p(S(44738, 14), 1, 0), // NewProcessName
    p(S(231, 18), 1, 0), // TokenElevationType
    p(S(7232, 9), 16, 0), // ProcessId
    p(S(44765, 11), 1, 0), // CommandLine
    p(S(42856, 13), 19, 0), // TargetUserSid
    p(S(42869, 14), 1, 0), // TargetUserName
    p(S(43000, 16), 1, 0), // TargetDomainName
    p(S(42899, 13), 21, 0), // TargetLogonId
    p(S(44789, 17), 1, 0), // ParentProcessName
    p(S(44806, 14), 19, 0), // MandatoryLabel
    // template 452
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(2424, 6), 20, 0), // Status
    p(S(7232, 9), 16, 0), // ProcessId
    p(S(42755, 11), 1, 0), // ProcessName
    // template 453
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44840, 14), 16, 0), // SourceHandleId
    p(S(44854, 15), 16, 0), // SourceProcessId
    p(S(44869, 14), 16, 0), // TargetHandleId
    p(S(44883, 15), 16, 0), // TargetProcessId
    // template 454
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44047, 10), 1, 0), // ObjectType
    p(S(44057, 10), 1, 0), // ObjectName
    p(S(44088, 10), 1, 0), // AccessList
    p(S(44098, 10), 20, 0), // AccessMask
    p(S(7232, 9), 16, 0), // ProcessId
    // template 455
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44918, 11), 1, 0), // MasterKeyId
    p(S(44929, 14), 1, 0), // RecoveryServer
    p(S(44943, 13), 1, 0), // RecoveryKeyId
    p(S(43270, 13), 20, 0), // FailureReason
    // template 456
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44918, 11), 1, 0), // MasterKeyId
    p(S(44966, 14), 20, 0), // RecoveryReason
    p(S(44929, 14), 1, 0), // RecoveryServer
    p(S(44943, 13), 1, 0), // RecoveryKeyId
    p(S(44980, 9), 20, 0), // FailureId
    // template 457
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44999, 15), 1, 0), // DataDescription
    p(S(44918, 11), 1, 0), // MasterKeyId
    p(S(45014, 18), 20, 0), // ProtectedDataFlags
    p(S(45032, 16), 1, 0), // CryptoAlgorithms
    p(S(43270, 13), 20, 0), // FailureReason
    // template 458
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(42856, 13), 19, 0), // TargetUserSid
    p(S(42869, 14), 1, 0), // TargetUserName
    p(S(43000, 16), 1, 0), // TargetDomainName
    p(S(42899, 13), 21, 0), // TargetLogonId
    p(S(44883, 15), 16, 0), // TargetProcessId
    p(S(45068, 17), 1, 0), // TargetProcessName
    p(S(7232, 9), 16, 0), // ProcessId
    p(S(42755, 11), 1, 0), // ProcessName
    // template 459
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(45095, 11), 1, 0), // ServiceName
    p(S(45106, 15), 1, 0), // ServiceFileName
    p(S(45121, 11), 20, 0), // ServiceType
    p(S(45132, 16), 8, 0), // ServiceStartType
    p(S(45148, 14), 1, 0), // ServiceAccount
    // template 460
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(45172, 8), 1, 0), // TaskName
    p(S(45180, 11), 1, 0), // TaskContent
    // template 461
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(45172, 8), 1, 0), // TaskName
    p(S(45231, 14), 1, 0), // TaskContentNew
    // template 462
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(42856, 13), 19, 0), // TargetUserSid
    p(S(42869, 14), 1, 0), // TargetUserName
    p(S(43000, 16), 1, 0), // TargetDomainName
    p(S(42899, 13), 21, 0), // TargetLogonId
    p(S(42755, 11), 1, 0), // ProcessName
    p(S(7232, 9), 16, 0), // ProcessId
    p(S(45255, 20), 1, 0), // EnabledPrivilegeList
    p(S(45275, 21), 1, 0), // DisabledPrivilegeList
    // template 463
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(45306, 9), 19, 0), // TargetSid
    p(S(44108, 13), 1, 0), // PrivilegeList
    // template 464
    p(S(45335, 10), 1, 0), // DomainName
    p(S(45345, 9), 19, 0), // DomainSid
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44696, 7), 8, 0), // TdoType
    p(S(44671, 12), 8, 0), // TdoDirection
    p(S(44683, 13), 8, 0), // TdoAttributes
    p(S(45354, 19), 1, 0), // SidFilteringEnabled
    // template 465
    p(S(45335, 10), 1, 0), // DomainName
    p(S(45345, 9), 19, 0), // DomainSid
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    // template 466
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(45433, 20), 1, 0), // KerberosPolicyChange
    // template 467
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(45463, 15), 1, 0), // EfsPolicyChange
    // template 468
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44541, 5), 1, 0), // OldSd
    p(S(44546, 5), 1, 0), // NewSd
    // template 469
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(45335, 10), 1, 0), // DomainName
    p(S(45345, 9), 19, 0), // DomainSid
    p(S(44696, 7), 8, 0), // TdoType
    p(S(44671, 12), 8, 0), // TdoDirection
    p(S(44683, 13), 8, 0), // TdoAttributes
    p(S(45354, 19), 1, 0), // SidFilteringEnabled
    // template 470
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(45306, 9), 19, 0), // TargetSid
    p(S(45508, 13), 1, 0), // AccessGranted
    // template 471
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(45306, 9), 19, 0), // TargetSid
    p(S(45531, 13), 1, 0), // AccessRemoved
    // template 472
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(45554, 10), 1, 0), // CategoryId
    p(S(45564, 13), 1, 0), // SubcategoryId
    p(S(45577, 15), 15, 0), // SubcategoryGuid
    p(S(45592, 18), 1, 0), // AuditPolicyChanges
    // template 473
    p(S(42869, 14), 1, 0), // TargetUserName
    p(S(43000, 16), 1, 0), // TargetDomainName
    p(S(45306, 9), 19, 0), // TargetSid
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44108, 13), 1, 0), // PrivilegeList
    p(S(45620, 14), 1, 0), // SamAccountName
    p(S(45634, 11), 1, 0), // DisplayName
    p(S(45645, 17), 1, 0), // UserPrincipalName
    p(S(45662, 13), 1, 0), // HomeDirectory
    p(S(45675, 8), 1, 0), // HomePath
    p(S(45683, 10), 1, 0), // ScriptPath
    p(S(45693, 11), 1, 0), // ProfilePath
    p(S(45704, 16), 1, 0), // UserWorkstations
    p(S(45720, 15), 1, 0), // PasswordLastSet
    p(S(45735, 14), 1, 0), // AccountExpires
    p(S(45749, 14), 1, 0), // PrimaryGroupId
    p(S(45763, 19), 1, 0), // AllowedToDelegateTo
    p(S(45782, 11), 1, 0), // OldUacValue
    p(S(45793, 11), 1, 0), // NewUacValue
    p(S(45804, 18), 1, 0), // UserAccountControl
    p(S(45822, 14), 1, 0), // UserParameters
    p(S(45836, 10), 1, 0), // SidHistory
    p(S(45846, 10), 1, 0), // LogonHours
    // template 474
    p(S(42869, 14), 1, 0), // TargetUserName
    p(S(43000, 16), 1, 0), // TargetDomainName
    p(S(45306, 9), 19, 0), // TargetSid
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    // template 475
    p(S(42869, 14), 1, 0), // TargetUserName
    p(S(43000, 16), 1, 0), // TargetDomainName
    p(S(45306, 9), 19, 0), // TargetSid
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44108, 13), 1, 0), // PrivilegeList
    // template 476
    p(S(42869, 14), 1, 0), // TargetUserName
    p(S(43000, 16), 1, 0), // TargetDomainName
    p(S(45306, 9), 19, 0), // TargetSid
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44108, 13), 1, 0), // PrivilegeList
    p(S(45620, 14), 1, 0), // SamAccountName
    p(S(45836, 10), 1, 0), // SidHistory
    // template 477
    p(S(45926, 10), 1, 0), // MemberName
    p(S(45936, 9), 19, 0), // MemberSid
    p(S(42869, 14), 1, 0), // TargetUserName
    p(S(43000, 16), 1, 0), // TargetDomainName
    p(S(45306, 9), 19, 0), // TargetSid
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44108, 13), 1, 0), // PrivilegeList
    // template 478
    p(S(45926, 10), 1, 0), // MemberName
    p(S(45936, 9), 19, 0), // MemberSid
    p(S(42869, 14), 1, 0), // TargetUserName
    p(S(43000, 16), 1, 0), // TargetDomainName
    p(S(45306, 9), 19, 0), // TargetSid
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44108, 13), 1, 0), // PrivilegeList
    p(S(45958, 24), 17, 0), // MembershipExpirationTime
    // template 479
    p(S(46085, 5), 1, 0), // Dummy
    p(S(42869, 14), 1, 0), // TargetUserName
    p(S(43000, 16), 1, 0), // TargetDomainName
    p(S(45306, 9), 19, 0), // TargetSid
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44108, 13), 1, 0), // PrivilegeList
    p(S(45620, 14), 1, 0), // SamAccountName
    p(S(45634, 11), 1, 0), // DisplayName
    p(S(45645, 17), 1, 0), // UserPrincipalName
    p(S(45662, 13), 1, 0), // HomeDirectory
    p(S(45675, 8), 1, 0), // HomePath
    p(S(45683, 10), 1, 0), // ScriptPath
    p(S(45693, 11), 1, 0), // ProfilePath
    p(S(45704, 16), 1, 0), // UserWorkstations
    p(S(45720, 15), 1, 0), // PasswordLastSet
    p(S(45735, 14), 1, 0), // AccountExpires
    p(S(45749, 14), 1, 0), // PrimaryGroupId
    p(S(45763, 19), 1, 0), // AllowedToDelegateTo
    p(S(45782, 11), 1, 0), // OldUacValue
    p(S(45793, 11), 1, 0), // NewUacValue
    p(S(45804, 18), 1, 0), // UserAccountControl
    p(S(45822, 14), 1, 0), // UserParameters
    p(S(45836, 10), 1, 0), // SidHistory
    p(S(45846, 10), 1, 0), // LogonHours
    // template 480
    p(S(46100, 19), 1, 0), // DomainPolicyChanged
    p(S(45335, 10), 1, 0), // DomainName
    p(S(45345, 9), 19, 0), // DomainSid
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44108, 13), 1, 0), // PrivilegeList
    p(S(46119, 14), 1, 0), // MinPasswordAge
    p(S(46133, 14), 1, 0), // MaxPasswordAge
    p(S(46147, 11), 1, 0), // ForceLogoff
    p(S(46158, 16), 1, 0), // LockoutThreshold
    p(S(46174, 24), 1, 0), // LockoutObservationWindow
    p(S(46198, 15), 1, 0), // LockoutDuration
    p(S(46213, 18), 1, 0), // PasswordProperties
    p(S(46231, 17), 1, 0), // MinPasswordLength
    p(S(46248, 21), 1, 0), // PasswordHistoryLength
    p(S(46269, 19), 1, 0), // MachineAccountQuota
    p(S(46288, 15), 1, 0), // MixedDomainMode
    p(S(46303, 21), 1, 0), // DomainBehaviorVersion
    p(S(46324, 14), 1, 0), // OemInformation
    // template 481
    p(S(42869, 14), 1, 0), // TargetUserName
    p(S(43000, 16), 1, 0), // TargetDomainName
    p(S(45306, 9), 19, 0), // TargetSid
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44108, 13), 1, 0), // PrivilegeList
    p(S(45620, 14), 1, 0), // SamAccountName
    p(S(45634, 11), 1, 0), // DisplayName
    p(S(45645, 17), 1, 0), // UserPrincipalName
    p(S(45662, 13), 1, 0), // HomeDirectory
    p(S(45675, 8), 1, 0), // HomePath
    p(S(45683, 10), 1, 0), // ScriptPath
    p(S(45693, 11), 1, 0), // ProfilePath
    p(S(45704, 16), 1, 0), // UserWorkstations
    p(S(45720, 15), 1, 0), // PasswordLastSet
    p(S(45735, 14), 1, 0), // AccountExpires
    p(S(45749, 14), 1, 0), // PrimaryGroupId
    p(S(45763, 19), 1, 0), // AllowedToDelegateTo
    p(S(45782, 11), 1, 0), // OldUacValue
    p(S(45793, 11), 1, 0), // NewUacValue
    p(S(45804, 18), 1, 0), // UserAccountControl
    p(S(45822, 14), 1, 0), // UserParameters
    p(S(45836, 10), 1, 0), // SidHistory
    p(S(45846, 10), 1, 0), // LogonHours
    p(S(46358, 11), 1, 0), // DnsHostName
    p(S(46369, 21), 1, 0), // ServicePrincipalNames
    // template 482
    p(S(46400, 21), 1, 0), // ComputerAccountChange
    p(S(42869, 14), 1, 0), // TargetUserName
    p(S(43000, 16), 1, 0), // TargetDomainName
    p(S(45306, 9), 19, 0), // TargetSid
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44108, 13), 1, 0), // PrivilegeList
    p(S(45620, 14), 1, 0), // SamAccountName
    p(S(45634, 11), 1, 0), // DisplayName
    p(S(45645, 17), 1, 0), // UserPrincipalName
    p(S(45662, 13), 1, 0), // HomeDirectory
    p(S(45675, 8), 1, 0), // HomePath
    p(S(45683, 10), 1, 0), // ScriptPath
    p(S(45693, 11), 1, 0), // ProfilePath
    p(S(45704, 16), 1, 0), // UserWorkstations
    p(S(45720, 15), 1, 0), // PasswordLastSet
    p(S(45735, 14), 1, 0), // AccountExpires
    p(S(45749, 14), 1, 0), // PrimaryGroupId
    p(S(45763, 19), 1, 0), // AllowedToDelegateTo
    p(S(45782, 11), 1, 0), // OldUacValue
    p(S(45793, 11), 1, 0), // NewUacValue
    p(S(45804, 18), 1, 0), // UserAccountControl
    p(S(45822, 14), 1, 0), // UserParameters
    p(S(45836, 10), 1, 0), // SidHistory
    p(S(45846, 10), 1, 0), // LogonHours
    p(S(46358, 11), 1, 0), // DnsHostName
    p(S(46369, 21), 1, 0), // ServicePrincipalNames
    // template 483
    p(S(46693, 15), 1, 0), // GroupTypeChange
    p(S(42869, 14), 1, 0), // TargetUserName
    p(S(43000, 16), 1, 0), // TargetDomainName
    p(S(45306, 9), 19, 0), // TargetSid
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44108, 13), 1, 0), // PrivilegeList
    // template 484
    p(S(46718, 14), 1, 0), // SourceUserName
    p(S(46732, 9), 19, 0), // SourceSid
    p(S(42869, 14), 1, 0), // TargetUserName
    p(S(43000, 16), 1, 0), // TargetDomainName
    p(S(45306, 9), 19, 0), // TargetSid
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44108, 13), 1, 0), // PrivilegeList
    p(S(44709, 7), 1, 0), // SidList
    // template 485
    p(S(46718, 14), 1, 0), // SourceUserName
    p(S(42869, 14), 1, 0), // TargetUserName
    p(S(43000, 16), 1, 0), // TargetDomainName
    p(S(45306, 9), 1, 0), // TargetSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 1, 0), // SubjectLogonId
    p(S(44108, 13), 1, 0), // PrivilegeList
    // template 486
    p(S(42869, 14), 1, 0), // TargetUserName
    p(S(43000, 16), 1, 0), // TargetDomainName
    p(S(45306, 9), 19, 0), // TargetSid
    p(S(45095, 11), 1, 0), // ServiceName
    p(S(46771, 10), 19, 0), // ServiceSid
    p(S(46781, 13), 20, 0), // TicketOptions
    p(S(2424, 6), 20, 0), // Status
    p(S(46794, 20), 20, 0), // TicketEncryptionType
    p(S(46814, 11), 1, 0), // PreAuthType
    p(S(43090, 9), 1, 0), // IpAddress
    p(S(43099, 6), 1, 0), // IpPort
    p(S(46825, 14), 1, 0), // CertIssuerName
    p(S(46839, 16), 1, 0), // CertSerialNumber
    p(S(46855, 14), 1, 0), // CertThumbprint
    // template 487
    p(S(42869, 14), 1, 0), // TargetUserName
    p(S(43000, 16), 1, 0), // TargetDomainName
    p(S(45095, 11), 1, 0), // ServiceName
    p(S(46771, 10), 19, 0), // ServiceSid
    p(S(46781, 13), 20, 0), // TicketOptions
    p(S(46794, 20), 20, 0), // TicketEncryptionType
    p(S(43090, 9), 1, 0), // IpAddress
    p(S(43099, 6), 1, 0), // IpPort
    p(S(2424, 6), 20, 0), // Status
    p(S(43040, 9), 15, 0), // LogonGuid
    p(S(43049, 19), 1, 0), // TransmittedServices
    // template 488
    p(S(42869, 14), 1, 0), // TargetUserName
    p(S(43000, 16), 1, 0), // TargetDomainName
    p(S(45095, 11), 1, 0), // ServiceName
    p(S(46771, 10), 19, 0), // ServiceSid
    p(S(46781, 13), 20, 0), // TicketOptions
    p(S(46794, 20), 20, 0), // TicketEncryptionType
    p(S(43090, 9), 1, 0), // IpAddress
    p(S(43099, 6), 1, 0), // IpPort
    // template 489
    p(S(42869, 14), 1, 0), // TargetUserName
    p(S(45306, 9), 19, 0), // TargetSid
    p(S(45095, 11), 1, 0), // ServiceName
    p(S(46781, 13), 20, 0), // TicketOptions
    p(S(2424, 6), 20, 0), // Status
    p(S(46814, 11), 1, 0), // PreAuthType
    p(S(43090, 9), 1, 0), // IpAddress
    p(S(43099, 6), 1, 0), // IpPort
    p(S(46825, 14), 1, 0), // CertIssuerName
    p(S(46839, 16), 1, 0), // CertSerialNumber
    p(S(46855, 14), 1, 0), // CertThumbprint
    // template 490
    p(S(42869, 14), 1, 0), // TargetUserName
    p(S(43000, 16), 1, 0), // TargetDomainName
    p(S(45095, 11), 1, 0), // ServiceName
    p(S(46781, 13), 1, 0), // TicketOptions
    p(S(46909, 11), 1, 0), // FailureCode
    p(S(43090, 9), 1, 0), // IpAddress
    p(S(43099, 6), 1, 0), // IpPort
    // template 491
    p(S(46940, 9), 1, 0), // MappingBy
    p(S(46949, 14), 1, 0), // ClientUserName
    p(S(46963, 10), 1, 0), // MappedName
    // template 492
    p(S(46949, 14), 1, 0), // ClientUserName
    p(S(46940, 9), 1, 0), // MappingBy
    // template 493
    p(S(46993, 11), 1, 0), // PackageName
    p(S(42869, 14), 1, 0), // TargetUserName
    p(S(47004, 11), 1, 0), // Workstation
    p(S(2424, 6), 20, 0), // Status
    // template 494
    p(S(46949, 14), 1, 0), // ClientUserName
    p(S(42869, 14), 1, 0), // TargetUserName
    p(S(47004, 11), 1, 0), // Workstation
    p(S(2424, 6), 1, 0), // Status
    // template 495
    p(S(47035, 11), 1, 0), // AccountName
    p(S(47046, 13), 1, 0), // AccountDomain
    p(S(47059, 7), 21, 0), // LogonID
    p(S(47066, 11), 1, 0), // SessionName
    p(S(44431, 10), 1, 0), // ClientName
    p(S(47077, 13), 1, 0), // ClientAddress
    // template 496
    p(S(47120, 17), 1, 0), // OldTargetUserName
    p(S(47137, 17), 1, 0), // NewTargetUserName
    p(S(43000, 16), 1, 0), // TargetDomainName
    p(S(45306, 9), 19, 0), // TargetSid
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44108, 13), 1, 0), // PrivilegeList
    // template 497
    p(S(42869, 14), 1, 0), // TargetUserName
    p(S(43000, 16), 1, 0), // TargetDomainName
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    // template 498
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(47004, 11), 1, 0), // Workstation
    p(S(42869, 14), 1, 0), // TargetUserName
    p(S(2424, 6), 20, 0), // Status
    // template 499
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(47004, 11), 1, 0), // Workstation
    p(S(2424, 6), 20, 0), // Status
    // template 500
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(47004, 11), 1, 0), // Workstation
    p(S(42869, 14), 1, 0), // TargetUserName
    p(S(43000, 16), 1, 0), // TargetDomainName
    // template 501
    p(S(42869, 14), 1, 0), // TargetUserName
    p(S(43000, 16), 1, 0), // TargetDomainName
    p(S(45306, 9), 19, 0), // TargetSid
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(47317, 15), 16, 0), // CallerProcessId
    p(S(47332, 17), 1, 0), // CallerProcessName
    // template 502
    p(S(42856, 13), 19, 0), // TargetUserSid
    p(S(42869, 14), 1, 0), // TargetUserName
    p(S(43000, 16), 1, 0), // TargetDomainName
    p(S(42899, 13), 21, 0), // TargetLogonId
    p(S(14226, 9), 8, 0), // SessionId
    // template 503
    p(S(47422, 8), 1, 0), // PeerName
    p(S(47430, 16), 1, 0), // ProtocolSequence
    p(S(47446, 13), 8, 0), // SecurityError
    // template 504
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44035, 12), 1, 0), // ObjectServer
    p(S(44047, 10), 1, 0), // ObjectType
    p(S(44057, 10), 1, 0), // ObjectName
    p(S(44541, 5), 1, 0), // OldSd
    p(S(44546, 5), 1, 0), // NewSd
    // template 505
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44035, 12), 1, 0), // ObjectServer
    p(S(44047, 10), 1, 0), // ObjectType
    p(S(44057, 10), 1, 0), // ObjectName
    p(S(44067, 8), 16, 0), // HandleId
    p(S(7232, 9), 16, 0), // ProcessId
    p(S(42755, 11), 1, 0), // ProcessName
    p(S(44152, 12), 1, 0), // AccessReason
    p(S(47479, 13), 1, 0), // StagingReason
    // template 506
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44035, 12), 1, 0), // ObjectServer
    p(S(44047, 10), 1, 0), // ObjectType
    p(S(47502, 9), 1, 0), // AddedCAPs
    p(S(47511, 11), 1, 0), // DeletedCAPs
    p(S(47522, 12), 1, 0), // ModifiedCAPs
    p(S(47534, 8), 1, 0), // AsIsCAPs
    // template 507
    p(S(42869, 14), 1, 0), // TargetUserName
    p(S(43000, 16), 1, 0), // TargetDomainName
    p(S(45306, 9), 19, 0), // TargetSid
    p(S(47552, 10), 1, 0), // DeviceName
    p(S(45095, 11), 1, 0), // ServiceName
    p(S(46771, 10), 19, 0), // ServiceSid
    p(S(46781, 13), 20, 0), // TicketOptions
    p(S(2424, 6), 20, 0), // Status
    p(S(46794, 20), 20, 0), // TicketEncryptionType
    p(S(46814, 11), 1, 0), // PreAuthType
    p(S(43090, 9), 1, 0), // IpAddress
    p(S(43099, 6), 1, 0), // IpPort
    p(S(46825, 14), 1, 0), // CertIssuerName
    p(S(46839, 16), 1, 0), // CertSerialNumber
    p(S(46855, 14), 1, 0), // CertThumbprint
    p(S(47562, 8), 1, 0), // SiloName
    p(S(47570, 10), 1, 0), // PolicyName
    p(S(47580, 11), 8, 0), // TGTLifetime
    // template 508
    p(S(42869, 14), 1, 0), // TargetUserName
    p(S(43000, 16), 1, 0), // TargetDomainName
    p(S(47552, 10), 1, 0), // DeviceName
    p(S(45095, 11), 1, 0), // ServiceName
    p(S(46771, 10), 19, 0), // ServiceSid
    p(S(46781, 13), 20, 0), // TicketOptions
    p(S(46794, 20), 20, 0), // TicketEncryptionType
    p(S(43090, 9), 1, 0), // IpAddress
    p(S(43099, 6), 1, 0), // IpPort
    p(S(2424, 6), 20, 0), // Status
    p(S(43040, 9), 15, 0), // LogonGuid
    p(S(47601, 17), 1, 0), // TransitedServices
    p(S(47562, 8), 1, 0), // SiloName
    p(S(47570, 10), 1, 0), // PolicyName
    // template 509
    p(S(47035, 11), 1, 0), // AccountName
    p(S(47552, 10), 1, 0), // DeviceName
    p(S(2424, 6), 20, 0), // Status
    // template 510
    p(S(47035, 11), 1, 0), // AccountName
    p(S(47552, 10), 1, 0), // DeviceName
    p(S(2424, 6), 20, 0), // Status
    p(S(47562, 8), 1, 0), // SiloName
    p(S(47570, 10), 1, 0), // PolicyName
    // template 511
    p(S(47035, 11), 1, 0), // AccountName
    p(S(47046, 13), 1, 0), // AccountDomain
    p(S(47059, 7), 21, 0), // LogonID
    p(S(47077, 13), 1, 0), // ClientAddress
    // template 512
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(47668, 11), 1, 0), // LoadOptions
    p(S(47679, 15), 1, 0), // AdvancedOptions
    p(S(47694, 18), 1, 0), // ConfigAccessPolicy
    p(S(47712, 18), 1, 0), // RemoteEventLogging
    p(S(47730, 11), 1, 0), // KernelDebug
    p(S(47741, 13), 1, 0), // VsmLaunchType
    p(S(47754, 11), 1, 0), // TestSigning
    p(S(47765, 13), 1, 0), // FlightSigning
    p(S(47778, 22), 1, 0), // DisableIntegrityChecks
    p(S(47800, 21), 1, 0), // HypervisorLoadOptions
    p(S(47821, 20), 1, 0), // HypervisorLaunchType
    p(S(47841, 15), 1, 0), // HypervisorDebug
    // template 513
    p(S(47876, 19), 8, 0), // CollisionTargetType
    p(S(47895, 19), 1, 0), // CollisionTargetName
    p(S(47914, 10), 1, 0), // ForestRoot
    p(S(47924, 12), 1, 0), // TopLevelName
    p(S(39167, 7), 1, 0), // DnsName
    p(S(47936, 11), 1, 0), // NetbiosName
    p(S(45345, 9), 19, 0), // DomainSid
    p(S(119, 5), 8, 0), // Flags
    // template 514
    p(S(47914, 10), 1, 0), // ForestRoot
    p(S(47957, 13), 19, 0), // ForestRootSid
    p(S(20976, 11), 21, 0), // OperationId
    p(S(47970, 9), 8, 0), // EntryType
    p(S(119, 5), 8, 0), // Flags
    p(S(47924, 12), 1, 0), // TopLevelName
    p(S(39167, 7), 1, 0), // DnsName
    p(S(47936, 11), 1, 0), // NetbiosName
    p(S(45345, 9), 19, 0), // DomainSid
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    // template 515
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(47914, 10), 1, 0), // ForestRoot
    p(S(47957, 13), 19, 0), // ForestRootSid
    p(S(20976, 11), 21, 0), // OperationId
    p(S(47970, 9), 8, 0), // EntryType
    p(S(119, 5), 8, 0), // Flags
    p(S(47924, 12), 1, 0), // TopLevelName
    p(S(39167, 7), 1, 0), // DnsName
    p(S(47936, 11), 1, 0), // NetbiosName
    p(S(45345, 9), 19, 0), // DomainSid
    // template 516
    p(S(48009, 9), 1, 0), // RequestId
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    // template 517
    p(S(48038, 23), 1, 0), // CertificateSerialNumber
    p(S(48061, 16), 1, 0), // RevocationReason
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    // template 518
    p(S(48087, 10), 1, 0), // NextUpdate
    p(S(48097, 21), 1, 0), // NextPublishForBaseCRL
    p(S(48118, 22), 1, 0), // NextPublishForDeltaCRL
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    // template 519
    p(S(48150, 9), 1, 0), // IsBaseCRL
    p(S(48159, 9), 1, 0), // CRLNumber
    p(S(48168, 12), 1, 0), // KeyContainer
    p(S(48180, 11), 1, 0), // NextPublish
    p(S(48191, 11), 1, 0), // PublishURLs
    // template 520
    p(S(48009, 9), 1, 0), // RequestId
    p(S(48212, 13), 1, 0), // ExtensionName
    p(S(48225, 17), 1, 0), // ExtensionDataType
    p(S(48242, 20), 1, 0), // ExtensionPolicyFlags
    p(S(48262, 13), 1, 0), // ExtensionData
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    // template 521
    p(S(48009, 9), 1, 0), // RequestId
    p(S(48285, 10), 1, 0), // Attributes
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    // template 522
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    // template 523
    p(S(48315, 10), 1, 0), // BackupType
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    // template 524
    p(S(48365, 23), 1, 0), // CertificateDatabaseHash
    p(S(48388, 20), 1, 0), // PrivateKeyUsageCount
    p(S(48408, 17), 1, 0), // CACertificateHash
    p(S(48425, 15), 1, 0), // CAPublicKeyHash
    // template 525
    p(S(48460, 16), 1, 0), // SecuritySettings
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    // template 526
    p(S(48496, 11), 1, 0), // Certificate
    p(S(48009, 9), 1, 0), // RequestId
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    // template 527
    p(S(48517, 11), 1, 0), // AuditFilter
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    // template 528
    p(S(48009, 9), 1, 0), // RequestId
    p(S(48538, 9), 1, 0), // Requester
    p(S(48285, 10), 1, 0), // Attributes
    // template 529
    p(S(48009, 9), 1, 0), // RequestId
    p(S(48538, 9), 1, 0), // Requester
    p(S(48285, 10), 1, 0), // Attributes
    p(S(2826, 11), 1, 0), // Disposition
    p(S(48557, 20), 1, 0), // SubjectKeyIdentifier
    p(S(48577, 7), 1, 0), // Subject
    // template 530
    p(S(48614, 27), 1, 0), // EnableRestrictedPermissions
    p(S(48641, 21), 1, 0), // RestrictedPermissions
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    // template 531
    p(S(48672, 4), 1, 0), // Node
    p(S(28742, 5), 1, 0), // Entry
    p(S(31201, 5), 1, 0), // Value
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    // template 532
    p(S(13321, 12), 1, 0), // PropertyName
    p(S(48686, 13), 1, 0), // PropertyIndex
    p(S(48699, 12), 1, 0), // PropertyType
    p(S(48711, 13), 1, 0), // PropertyValue
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    // template 533
    p(S(48009, 9), 1, 0), // RequestId
    p(S(48538, 9), 1, 0), // Requester
    p(S(48734, 9), 1, 0), // KRAHashes
    // template 534
    p(S(48763, 15), 1, 0), // CertificateHash
    p(S(48778, 9), 1, 0), // ValidFrom
    p(S(48787, 7), 1, 0), // ValidTo
    // template 535
    p(S(48804, 7), 1, 0), // TableId
    p(S(48811, 6), 1, 0), // Filter
    p(S(48817, 11), 1, 0), // RowsDeleted
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    // template 536
    p(S(48838, 21), 1, 0), // RoleSeparationEnabled
    // template 537
    p(S(48869, 20), 1, 0), // TemplateInternalName
    p(S(48889, 15), 1, 0), // TemplateVersion
    p(S(48904, 21), 1, 0), // TemplateSchemaVersion
    p(S(48925, 11), 1, 0), // TemplateOID
    p(S(48936, 20), 1, 0), // TemplateDSObjectFQDN
    p(S(48956, 9), 1, 0), // DCDNSName
    p(S(48965, 15), 1, 0), // TemplateContent
    p(S(48980, 18), 1, 0), // SecurityDescriptor
    // template 538
    p(S(48869, 20), 1, 0), // TemplateInternalName
    p(S(48889, 15), 1, 0), // TemplateVersion
    p(S(48904, 21), 1, 0), // TemplateSchemaVersion
    p(S(48925, 11), 1, 0), // TemplateOID
    p(S(48936, 20), 1, 0), // TemplateDSObjectFQDN
    p(S(48956, 9), 1, 0), // DCDNSName
    p(S(49008, 18), 1, 0), // NewTemplateContent
    p(S(49026, 18), 1, 0), // OldTemplateContent
    // template 539
    p(S(48869, 20), 1, 0), // TemplateInternalName
    p(S(48889, 15), 1, 0), // TemplateVersion
    p(S(48904, 21), 1, 0), // TemplateSchemaVersion
    p(S(48925, 11), 1, 0), // TemplateOID
    p(S(48936, 20), 1, 0), // TemplateDSObjectFQDN
    p(S(48956, 9), 1, 0), // DCDNSName
    p(S(49008, 18), 1, 0), // NewTemplateContent
    p(S(49054, 21), 1, 0), // NewSecurityDescriptor
    p(S(49026, 18), 1, 0), // OldTemplateContent
    p(S(49075, 21), 1, 0), // OldSecurityDescriptor
    // template 540
    p(S(49106, 8), 8, 0), // PuaCount
    p(S(49114, 11), 21, 0), // PuaPolicyId
    // template 541
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(49135, 15), 1, 0), // AuditSourceName
    p(S(49150, 13), 21, 0), // EventSourceId
    p(S(7232, 9), 16, 0), // ProcessId
    p(S(42755, 11), 1, 0), // ProcessName
    // template 542
    p(S(42940, 21), 8, 0), // CrashOnAuditFailValue
    // template 543
    p(S(44709, 7), 1, 0), // SidList
    // template 544
    p(S(49213, 18), 1, 0), // OldBlockedOrdinals
    p(S(49231, 18), 1, 0), // NewBlockedOrdinals
    // template 545
    p(S(49259, 24), 8, 0), // OldIgnoreDefaultSettings
    p(S(49283, 24), 8, 0), // NewIgnoreDefaultSettings
    p(S(49307, 22), 8, 0), // OldIgnoreLocalSettings
    p(S(49329, 22), 8, 0), // NewIgnoreLocalSettings
    p(S(49213, 18), 1, 0), // OldBlockedOrdinals
    p(S(49231, 18), 1, 0), // NewBlockedOrdinals
    // template 546
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(42856, 13), 19, 0), // TargetUserSid
    p(S(45554, 10), 1, 0), // CategoryId
    p(S(45564, 13), 1, 0), // SubcategoryId
    p(S(45577, 15), 15, 0), // SubcategoryGuid
    p(S(45592, 18), 1, 0), // AuditPolicyChanges
    // template 547
    p(S(49391, 14), 1, 0), // DestinationDRA
    p(S(49405, 9), 1, 0), // SourceDRA
    p(S(49414, 10), 1, 0), // SourceAddr
    p(S(49424, 13), 1, 0), // NamingContext
    p(S(49437, 7), 8, 0), // Options
    p(S(997, 10), 8, 0), // StatusCode
    // template 548
    p(S(49391, 14), 1, 0), // DestinationDRA
    p(S(49405, 9), 1, 0), // SourceDRA
    p(S(49424, 13), 1, 0), // NamingContext
    p(S(49437, 7), 8, 0), // Options
    p(S(86, 9), 8, 0), // SessionID
    p(S(49484, 8), 1, 0), // StartUSN
    // template 549
    p(S(49391, 14), 1, 0), // DestinationDRA
    p(S(49405, 9), 1, 0), // SourceDRA
    p(S(49424, 13), 1, 0), // NamingContext
    p(S(49437, 7), 8, 0), // Options
    p(S(86, 9), 8, 0), // SessionID
    p(S(49502, 6), 1, 0), // EndUSN
    p(S(997, 10), 8, 0), // StatusCode
    // template 550
    p(S(86, 9), 8, 0), // SessionID
    p(S(49518, 6), 1, 0), // Object
    p(S(49524, 9), 1, 0), // Attribute
    p(S(49533, 12), 8, 0), // TypeOfChange
    p(S(44252, 8), 1, 0), // NewValue
    p(S(49545, 3), 1, 0), // USN
    p(S(997, 10), 8, 0), // StatusCode
    // template 551
    p(S(49558, 16), 8, 0), // ReplicationEvent
    p(S(49574, 15), 8, 0), // AuditStatusCode
    // template 552
    p(S(49558, 16), 8, 0), // ReplicationEvent
    p(S(49574, 15), 8, 0), // AuditStatusCode
    p(S(49599, 21), 8, 0), // ReplicationStatusCode
    // template 553
    p(S(49391, 14), 1, 0), // DestinationDRA
    p(S(49405, 9), 1, 0), // SourceDRA
    p(S(49518, 6), 1, 0), // Object
    p(S(49437, 7), 8, 0), // Options
    p(S(997, 10), 8, 0), // StatusCode
    // template 554
    p(S(49640, 18), 1, 0), // GroupPolicyApplied
    p(S(28896, 7), 1, 0), // Profile
    p(S(49658, 13), 1, 0), // OperationMode
    p(S(49671, 18), 1, 0), // RemoteAdminEnabled
    p(S(49689, 21), 1, 0), // MulticastFlowsEnabled
    p(S(49710, 24), 1, 0), // LogDroppedPacketsEnabled
    p(S(49734, 31), 1, 0), // LogSuccessfulConnectionsEnabled
    // template 555
    p(S(49775, 11), 1, 0), // ProfileUsed
    p(S(49786, 6), 1, 0), // RuleId
    p(S(8396, 8), 1, 0), // RuleName
    // template 556
    p(S(49802, 14), 1, 0), // ProfileChanged
    p(S(49786, 6), 1, 0), // RuleId
    p(S(8396, 8), 1, 0), // RuleName
    // template 557
    p(S(49802, 14), 1, 0), // ProfileChanged
    p(S(49856, 11), 1, 0), // SettingType
    p(S(49867, 12), 1, 0), // SettingValue
    // template 558
    p(S(28896, 7), 1, 0), // Profile
    p(S(49786, 6), 1, 0), // RuleId
    p(S(8396, 8), 1, 0), // RuleName
    // template 559
    p(S(28896, 7), 1, 0), // Profile
    p(S(49909, 18), 1, 0), // ReasonForRejection
    p(S(49786, 6), 1, 0), // RuleId
    p(S(8396, 8), 1, 0), // RuleName
    // template 560
    p(S(49947, 13), 1, 0), // ActiveProfile
    // template 561
    p(S(49786, 6), 1, 0), // RuleId
    p(S(8396, 8), 1, 0), // RuleName
    p(S(49970, 8), 1, 0), // RuleAttr
    // template 562
    p(S(49786, 6), 1, 0), // RuleId
    p(S(8396, 8), 1, 0), // RuleName
    p(S(7818, 5), 1, 0), // Error
    p(S(15249, 6), 1, 0), // Reason
    // template 563
    p(S(21757, 13), 1, 0), // RemoteAddress
    p(S(49998, 3), 8, 0), // SPI
    // template 564
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(43040, 9), 15, 0), // LogonGuid
    p(S(42856, 13), 19, 0), // TargetUserSid
    p(S(42869, 14), 1, 0), // TargetUserName
    p(S(43000, 16), 1, 0), // TargetDomainName
    p(S(42899, 13), 21, 0), // TargetLogonId
    p(S(43424, 15), 15, 0), // TargetLogonGuid
    p(S(44709, 7), 1, 0), // SidList
    // template 565
    p(S(8818, 12), 1, 0), // LocalAddress
    p(S(21757, 13), 1, 0), // RemoteAddress
    p(S(43578, 10), 1, 0), // KeyModName
    // template 566
    p(S(43506, 20), 1, 0), // LocalMMPrincipalName
    p(S(43526, 21), 1, 0), // RemoteMMPrincipalName
    p(S(8818, 12), 1, 0), // LocalAddress
    p(S(43547, 15), 8, 0), // LocalKeyModPort
    p(S(21757, 13), 1, 0), // RemoteAddress
    p(S(43562, 16), 8, 0), // RemoteKeyModPort
    p(S(43588, 12), 1, 0), // MMAuthMethod
    p(S(43600, 11), 1, 0), // MMCipherAlg
    p(S(43611, 14), 1, 0), // MMIntegrityAlg
    p(S(43625, 7), 1, 0), // DHGroup
    p(S(43632, 10), 8, 0), // MMLifetime
    p(S(43642, 7), 8, 0), // QMLimit
    p(S(43649, 4), 1, 0), // Role
    p(S(43653, 20), 1, 0), // MMImpersonationState
    p(S(43673, 10), 10, 0), // MMFilterID
    p(S(43683, 6), 10, 0), // MMSAID
    p(S(50091, 20), 1, 0), // LocalEMPrincipalName
    p(S(50111, 21), 1, 0), // RemoteEMPrincipalName
    p(S(50132, 12), 1, 0), // EMAuthMethod
    p(S(50144, 20), 1, 0), // EMImpersonationState
    p(S(43967, 10), 10, 0), // QMFilterID
    // template 567
    p(S(43506, 20), 1, 0), // LocalMMPrincipalName
    p(S(43526, 21), 1, 0), // RemoteMMPrincipalName
    p(S(8818, 12), 1, 0), // LocalAddress
    p(S(43547, 15), 8, 0), // LocalKeyModPort
    p(S(21757, 13), 1, 0), // RemoteAddress
    p(S(43562, 16), 8, 0), // RemoteKeyModPort
    p(S(43588, 12), 1, 0), // MMAuthMethod
    p(S(43600, 11), 1, 0), // MMCipherAlg
    p(S(43611, 14), 1, 0), // MMIntegrityAlg
    p(S(43625, 7), 1, 0), // DHGroup
    p(S(43632, 10), 8, 0), // MMLifetime
    p(S(43642, 7), 8, 0), // QMLimit
    p(S(43649, 4), 1, 0), // Role
    p(S(43653, 20), 1, 0), // MMImpersonationState
    p(S(43673, 10), 10, 0), // MMFilterID
    p(S(43683, 6), 10, 0), // MMSAID
    p(S(50091, 20), 1, 0), // LocalEMPrincipalName
    p(S(50174, 15), 1, 0), // LocalEMCertHash
    p(S(50189, 16), 1, 0), // LocalEMIssuingCA
    p(S(50205, 13), 1, 0), // LocalEMRootCA
    p(S(50111, 21), 1, 0), // RemoteEMPrincipalName
    p(S(50218, 16), 1, 0), // RemoteEMCertHash
    p(S(50234, 17), 1, 0), // RemoteEMIssuingCA
    p(S(50251, 14), 1, 0), // RemoteEMRootCA
    p(S(50144, 20), 1, 0), // EMImpersonationState
    p(S(43967, 10), 10, 0), // QMFilterID
    // template 568
    p(S(43506, 20), 1, 0), // LocalMMPrincipalName
    p(S(43699, 15), 1, 0), // LocalMMCertHash
    p(S(43714, 16), 1, 0), // LocalMMIssuingCA
    p(S(43730, 13), 1, 0), // LocalMMRootCA
    p(S(43526, 21), 1, 0), // RemoteMMPrincipalName
    p(S(43743, 16), 1, 0), // RemoteMMCertHash
    p(S(43759, 17), 1, 0), // RemoteMMIssuingCA
    p(S(43776, 14), 1, 0), // RemoteMMRootCA
    p(S(8818, 12), 1, 0), // LocalAddress
    p(S(43547, 15), 8, 0), // LocalKeyModPort
    p(S(21757, 13), 1, 0), // RemoteAddress
    p(S(43562, 16), 8, 0), // RemoteKeyModPort
    p(S(43600, 11), 1, 0), // MMCipherAlg
    p(S(43611, 14), 1, 0), // MMIntegrityAlg
    p(S(43625, 7), 1, 0), // DHGroup
    p(S(43632, 10), 8, 0), // MMLifetime
    p(S(43642, 7), 8, 0), // QMLimit
    p(S(43649, 4), 1, 0), // Role
    p(S(43653, 20), 1, 0), // MMImpersonationState
    p(S(43673, 10), 10, 0), // MMFilterID
    p(S(43683, 6), 10, 0), // MMSAID
    p(S(50091, 20), 1, 0), // LocalEMPrincipalName
    p(S(50111, 21), 1, 0), // RemoteEMPrincipalName
    p(S(50132, 12), 1, 0), // EMAuthMethod
    p(S(50144, 20), 1, 0), // EMImpersonationState
    p(S(43967, 10), 10, 0), // QMFilterID
    // template 569
    p(S(43506, 20), 1, 0), // LocalMMPrincipalName
    p(S(43699, 15), 1, 0), // LocalMMCertHash
    p(S(43714, 16), 1, 0), // LocalMMIssuingCA
    p(S(43730, 13), 1, 0), // LocalMMRootCA
    p(S(43526, 21), 1, 0), // RemoteMMPrincipalName
    p(S(43743, 16), 1, 0), // RemoteMMCertHash
    p(S(43759, 17), 1, 0), // RemoteMMIssuingCA
    p(S(43776, 14), 1, 0), // RemoteMMRootCA
    p(S(43547, 15), 8, 0), // LocalKeyModPort
    p(S(21757, 13), 1, 0), // RemoteAddress
    p(S(43562, 16), 8, 0), // RemoteKeyModPort
    p(S(43600, 11), 1, 0), // MMCipherAlg
    p(S(43611, 14), 1, 0), // MMIntegrityAlg
    p(S(43625, 7), 1, 0), // DHGroup
    p(S(43632, 10), 8, 0), // MMLifetime
    p(S(43642, 7), 8, 0), // QMLimit
    p(S(43649, 4), 1, 0), // Role
    p(S(43653, 20), 1, 0), // MMImpersonationState
    p(S(43673, 10), 10, 0), // MMFilterID
    p(S(43683, 6), 10, 0), // MMSAID
    p(S(50091, 20), 1, 0), // LocalEMPrincipalName
    p(S(50174, 15), 1, 0), // LocalEMCertHash
    p(S(50189, 16), 1, 0), // LocalEMIssuingCA
    p(S(50205, 13), 1, 0), // LocalEMRootCA
    p(S(50111, 21), 1, 0), // RemoteEMPrincipalName
    p(S(50218, 16), 1, 0), // RemoteEMCertHash
    p(S(50234, 17), 1, 0), // RemoteEMIssuingCA
    p(S(50251, 14), 1, 0), // RemoteEMRootCA
    p(S(50144, 20), 1, 0), // EMImpersonationState
    p(S(43967, 10), 10, 0), // QMFilterID
    // template 570
    p(S(50091, 20), 1, 0), // LocalEMPrincipalName
    p(S(50174, 15), 1, 0), // LocalEMCertHash
    p(S(50189, 16), 1, 0), // LocalEMIssuingCA
    p(S(50205, 13), 1, 0), // LocalEMRootCA
    p(S(50111, 21), 1, 0), // RemoteEMPrincipalName
    p(S(50218, 16), 1, 0), // RemoteEMCertHash
    p(S(50234, 17), 1, 0), // RemoteEMIssuingCA
    p(S(50251, 14), 1, 0), // RemoteEMRootCA
    p(S(8818, 12), 1, 0), // LocalAddress
    p(S(43547, 15), 8, 0), // LocalKeyModPort
    p(S(21757, 13), 1, 0), // RemoteAddress
    p(S(43562, 16), 8, 0), // RemoteKeyModPort
    p(S(43800, 12), 1, 0), // FailurePoint
    p(S(43270, 13), 1, 0), // FailureReason
    p(S(15503, 5), 1, 0), // State
    p(S(43649, 4), 1, 0), // Role
    p(S(50144, 20), 1, 0), // EMImpersonationState
    p(S(43967, 10), 10, 0), // QMFilterID
    // template 571
    p(S(50091, 20), 1, 0), // LocalEMPrincipalName
    p(S(50111, 21), 1, 0), // RemoteEMPrincipalName
    p(S(8818, 12), 1, 0), // LocalAddress
    p(S(43547, 15), 8, 0), // LocalKeyModPort
    p(S(21757, 13), 1, 0), // RemoteAddress
    p(S(43562, 16), 8, 0), // RemoteKeyModPort
    p(S(43800, 12), 1, 0), // FailurePoint
    p(S(43270, 13), 1, 0), // FailureReason
    p(S(50132, 12), 1, 0), // EMAuthMethod
    p(S(15503, 5), 1, 0), // State
    p(S(43649, 4), 1, 0), // Role
    p(S(50144, 20), 1, 0), // EMImpersonationState
    p(S(43967, 10), 10, 0), // QMFilterID
    // template 572
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44075, 13), 15, 0), // TransactionId
    p(S(21770, 8), 8, 0), // NewState
    p(S(50315, 15), 15, 0), // ResourceManager
    p(S(7232, 9), 16, 0), // ProcessId
    p(S(42755, 11), 1, 0), // ProcessName
    // template 573
    p(S(50400, 8), 1, 0), // Profiles
    p(S(50408, 11), 1, 0), // Application
    // template 574
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(50489, 10), 1, 0), // ObjectPath
    p(S(50499, 17), 1, 0), // ObjectVirtualPath
    p(S(7232, 9), 16, 0), // ProcessId
    p(S(42755, 11), 1, 0), // ProcessName
    // template 575
    p(S(49802, 14), 1, 0), // ProfileChanged
    p(S(50526, 19), 1, 0), // AuthenticationSetId
    p(S(50545, 21), 1, 0), // AuthenticationSetName
    // template 576
    p(S(49802, 14), 1, 0), // ProfileChanged
    p(S(50596, 24), 1, 0), // ConnectionSecurityRuleId
    p(S(50620, 26), 1, 0), // ConnectionSecurityRuleName
    // template 577
    p(S(49802, 14), 1, 0), // ProfileChanged
    p(S(50676, 18), 1, 0), // CryptographicSetId
    p(S(50694, 20), 1, 0), // CryptographicSetName
    // template 578
    p(S(49802, 14), 1, 0), // ProfileChanged
    p(S(50744, 26), 1, 0), // IpSecSecurityAssociationId
    p(S(50770, 28), 1, 0), // IpSecSecurityAssociationName
    // template 579
    p(S(47332, 17), 1, 0), // CallerProcessName
    p(S(7232, 9), 8, 0), // ProcessId
    p(S(50808, 9), 1, 0), // Publisher
    // template 580
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(1904, 8), 1, 0), // FileName
    p(S(50827, 15), 1, 0), // VirtualFileName
    p(S(7232, 9), 16, 0), // ProcessId
    p(S(42755, 11), 1, 0), // ProcessName
    // template 581
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(50852, 6), 1, 0), // Module
    p(S(50858, 10), 20, 0), // ReturnCode
    // template 582
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(21048, 12), 1, 0), // ProviderName
    p(S(50878, 13), 1, 0), // AlgorithmName
    p(S(15249, 6), 1, 0), // Reason
    p(S(50858, 10), 20, 0), // ReturnCode
    // template 583
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(21048, 12), 1, 0), // ProviderName
    p(S(50878, 13), 1, 0), // AlgorithmName
    p(S(2901, 7), 1, 0), // KeyName
    p(S(50901, 7), 1, 0), // KeyType
    p(S(50908, 11), 1, 0), // KeyFilePath
    p(S(20987, 9), 1, 0), // Operation
    p(S(50858, 10), 20, 0), // ReturnCode
    // template 584
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(21048, 12), 1, 0), // ProviderName
    p(S(50878, 13), 1, 0), // AlgorithmName
    p(S(2901, 7), 1, 0), // KeyName
    p(S(50901, 7), 1, 0), // KeyType
    p(S(20987, 9), 1, 0), // Operation
    p(S(50858, 10), 20, 0), // ReturnCode
    // template 585
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(21048, 12), 1, 0), // ProviderName
    p(S(50878, 13), 1, 0), // AlgorithmName
    p(S(2901, 7), 1, 0), // KeyName
    p(S(50901, 7), 1, 0), // KeyType
    p(S(15249, 6), 1, 0), // Reason
    p(S(50858, 10), 20, 0), // ReturnCode
    // template 586
    p(S(50852, 6), 1, 0), // Module
    p(S(50858, 10), 8, 0), // ReturnCode
    // template 587
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 10, 0), // SubjectLogonId
    p(S(21048, 12), 1, 0), // ProviderName
    p(S(50969, 10), 1, 0), // ModuleName
    p(S(20987, 9), 1, 0), // Operation
    p(S(50858, 10), 8, 0), // ReturnCode
    // template 588
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 10, 0), // SubjectLogonId
    p(S(50989, 5), 1, 0), // Scope
    p(S(50994, 11), 1, 0), // ContextName
    p(S(20987, 9), 1, 0), // Operation
    p(S(50858, 10), 8, 0), // ReturnCode
    // template 589
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 10, 0), // SubjectLogonId
    p(S(50989, 5), 1, 0), // Scope
    p(S(50994, 11), 1, 0), // ContextName
    p(S(44232, 8), 8, 0), // OldValue
    p(S(44252, 8), 8, 0), // NewValue
    p(S(50858, 10), 8, 0), // ReturnCode
    // template 590
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 10, 0), // SubjectLogonId
    p(S(50989, 5), 1, 0), // Scope
    p(S(50994, 11), 1, 0), // ContextName
    p(S(51025, 11), 1, 0), // InterfaceId
    p(S(51036, 12), 1, 0), // FunctionName
    p(S(51048, 8), 8, 0), // Position
    p(S(20987, 9), 1, 0), // Operation
    p(S(50858, 10), 8, 0), // ReturnCode
    // template 591
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 10, 0), // SubjectLogonId
    p(S(50989, 5), 1, 0), // Scope
    p(S(50994, 11), 1, 0), // ContextName
    p(S(51025, 11), 1, 0), // InterfaceId
    p(S(51036, 12), 1, 0), // FunctionName
    p(S(44232, 8), 8, 0), // OldValue
    p(S(44252, 8), 8, 0), // NewValue
    p(S(50858, 10), 8, 0), // ReturnCode
    // template 592
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 10, 0), // SubjectLogonId
    p(S(50989, 5), 1, 0), // Scope
    p(S(50994, 11), 1, 0), // ContextName
    p(S(51025, 11), 1, 0), // InterfaceId
    p(S(51036, 12), 1, 0), // FunctionName
    p(S(21048, 12), 1, 0), // ProviderName
    p(S(51048, 8), 8, 0), // Position
    p(S(20987, 9), 1, 0), // Operation
    p(S(50858, 10), 8, 0), // ReturnCode
    // template 593
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 10, 0), // SubjectLogonId
    p(S(50989, 5), 1, 0), // Scope
    p(S(50994, 11), 1, 0), // ContextName
    p(S(51025, 11), 1, 0), // InterfaceId
    p(S(51036, 12), 1, 0), // FunctionName
    p(S(13321, 12), 1, 0), // PropertyName
    p(S(20987, 9), 1, 0), // Operation
    p(S(31201, 5), 1, 0), // Value
    p(S(50858, 10), 8, 0), // ReturnCode
    // template 594
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 10, 0), // SubjectLogonId
    p(S(50989, 5), 1, 0), // Scope
    p(S(50994, 11), 1, 0), // ContextName
    p(S(51025, 11), 1, 0), // InterfaceId
    p(S(51036, 12), 1, 0), // FunctionName
    p(S(13321, 12), 1, 0), // PropertyName
    p(S(44232, 8), 1, 0), // OldValue
    p(S(44252, 8), 1, 0), // NewValue
    p(S(50858, 10), 8, 0), // ReturnCode
    // template 595
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(48980, 18), 1, 0), // SecurityDescriptor
    // template 596
    p(S(51136, 17), 1, 0), // CAConfigurationId
    p(S(44252, 8), 1, 0), // NewValue
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    // template 597
    p(S(13321, 12), 1, 0), // PropertyName
    p(S(44252, 8), 1, 0), // NewValue
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    // template 598
    p(S(51173, 19), 1, 0), // NewSecuritySettings
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    // template 599
    p(S(51215, 12), 1, 0), // SerialNumber
    p(S(51227, 6), 1, 0), // CAName
    p(S(2424, 6), 1, 0), // Status
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    // template 600
    p(S(51136, 17), 1, 0), // CAConfigurationId
    p(S(51243, 25), 1, 0), // NewSigningCertificateHash
    // template 601
    p(S(51136, 17), 1, 0), // CAConfigurationId
    p(S(51278, 13), 1, 0), // BaseCRLNumber
    p(S(51291, 17), 1, 0), // BaseCRLThisUpdate
    p(S(51308, 11), 1, 0), // BaseCRLHash
    p(S(51319, 14), 1, 0), // DeltaCRLNumber
    p(S(51333, 17), 1, 0), // DeltaCRLIndicator
    p(S(51350, 18), 1, 0), // DeltaCRLThisUpdate
    p(S(51368, 12), 1, 0), // DeltaCRLHash
    // template 602
    p(S(51390, 15), 15, 0), // OpCorrelationID
    p(S(51405, 16), 1, 0), // AppCorrelationID
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(51421, 6), 1, 0), // DSName
    p(S(51427, 6), 1, 0), // DSType
    p(S(51433, 8), 1, 0), // ObjectDN
    p(S(51441, 10), 15, 0), // ObjectGUID
    p(S(51451, 11), 1, 0), // ObjectClass
    p(S(51462, 24), 1, 0), // AttributeLDAPDisplayName
    p(S(51486, 18), 1, 0), // AttributeSyntaxOID
    p(S(51504, 14), 1, 0), // AttributeValue
    p(S(44207, 13), 1, 0), // OperationType
    // template 603
    p(S(51390, 15), 15, 0), // OpCorrelationID
    p(S(51405, 16), 1, 0), // AppCorrelationID
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(51421, 6), 1, 0), // DSName
    p(S(51427, 6), 1, 0), // DSType
    p(S(51433, 8), 1, 0), // ObjectDN
    p(S(51441, 10), 15, 0), // ObjectGUID
    p(S(51451, 11), 1, 0), // ObjectClass
    // template 604
    p(S(51390, 15), 15, 0), // OpCorrelationID
    p(S(51405, 16), 1, 0), // AppCorrelationID
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(51421, 6), 1, 0), // DSName
    p(S(51427, 6), 1, 0), // DSType
    p(S(51538, 11), 1, 0), // OldObjectDN
    p(S(51549, 11), 1, 0), // NewObjectDN
    p(S(51441, 10), 15, 0), // ObjectGUID
    p(S(51451, 11), 1, 0), // ObjectClass
    // template 605
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(43090, 9), 1, 0), // IpAddress
    p(S(43099, 6), 1, 0), // IpPort
    p(S(51580, 9), 1, 0), // ShareName
    // template 606
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44047, 10), 1, 0), // ObjectType
    p(S(43090, 9), 1, 0), // IpAddress
    p(S(43099, 6), 1, 0), // IpPort
    p(S(51580, 9), 1, 0), // ShareName
    p(S(51602, 14), 1, 0), // ShareLocalPath
    p(S(44098, 10), 20, 0), // AccessMask
    p(S(44088, 10), 1, 0), // AccessList
    // template 607
    p(S(51390, 15), 15, 0), // OpCorrelationID
    p(S(51405, 16), 1, 0), // AppCorrelationID
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(51421, 6), 1, 0), // DSName
    p(S(51427, 6), 1, 0), // DSType
    p(S(51433, 8), 1, 0), // ObjectDN
    p(S(51441, 10), 15, 0), // ObjectGUID
    p(S(51451, 11), 1, 0), // ObjectClass
    p(S(51626, 10), 1, 0), // TreeDelete
    // template 608
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(51580, 9), 1, 0), // ShareName
    p(S(51602, 14), 1, 0), // ShareLocalPath
    // template 609
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44047, 10), 1, 0), // ObjectType
    p(S(51580, 9), 1, 0), // ShareName
    p(S(51602, 14), 1, 0), // ShareLocalPath
    p(S(51656, 9), 1, 0), // OldRemark
    p(S(51665, 9), 1, 0), // NewRemark
    p(S(51674, 11), 20, 0), // OldMaxUsers
    p(S(51685, 11), 20, 0), // NewMaxUsers
    p(S(51696, 13), 20, 0), // OldShareFlags
    p(S(51709, 13), 20, 0), // NewShareFlags
    p(S(51722, 5), 1, 0), // OldSD
    p(S(51727, 5), 1, 0), // NewSD
    // template 610
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(44047, 10), 1, 0), // ObjectType
    p(S(43090, 9), 1, 0), // IpAddress
    p(S(43099, 6), 1, 0), // IpPort
    p(S(51580, 9), 1, 0), // ShareName
    p(S(51602, 14), 1, 0), // ShareLocalPath
    p(S(51752, 18), 1, 0), // RelativeTargetName
    p(S(44098, 10), 20, 0), // AccessMask
    p(S(44088, 10), 1, 0), // AccessList
    p(S(44152, 12), 1, 0), // AccessReason
    // template 611
    p(S(51780, 9), 1, 0), // Direction
    p(S(9877, 13), 1, 0), // SourceAddress
    p(S(33829, 11), 1, 0), // DestAddress
    p(S(51789, 9), 20, 0), // EtherType
    p(S(51798, 7), 20, 0), // VlanTag
    p(S(51805, 9), 1, 0), // vSwitchID
    p(S(51814, 17), 8, 0), // SourcevSwitchPort
    p(S(51831, 22), 8, 0), // DestinationvSwitchPort
    p(S(51853, 10), 10, 0), // FilterRTID
    p(S(51863, 9), 1, 0), // LayerName
    p(S(51872, 9), 10, 0), // LayerRTID
    // template 612
    p(S(2994, 4), 1, 0), // Type
    // template 613
    p(S(2994, 4), 1, 0), // Type
    p(S(51911, 16), 10, 0), // PacketsDiscarded
    // template 614
    p(S(51780, 9), 1, 0), // Direction
    p(S(9877, 13), 1, 0), // SourceAddress
    p(S(33829, 11), 1, 0), // DestAddress
    p(S(51789, 9), 20, 0), // EtherType
    p(S(51937, 9), 8, 0), // MediaType
    p(S(51946, 13), 8, 0), // InterfaceType
    p(S(51798, 7), 20, 0), // VlanTag
    p(S(51853, 10), 10, 0), // FilterRTID
    p(S(51863, 9), 1, 0), // LayerName
    p(S(51872, 9), 10, 0), // LayerRTID
    // template 615
    p(S(7232, 9), 10, 0), // ProcessId
    p(S(50408, 11), 1, 0), // Application
    p(S(51780, 9), 1, 0), // Direction
    p(S(9877, 13), 1, 0), // SourceAddress
    p(S(9890, 10), 1, 0), // SourcePort
    p(S(33829, 11), 1, 0), // DestAddress
    p(S(33847, 8), 1, 0), // DestPort
    p(S(9933, 8), 8, 0), // Protocol
    p(S(51853, 10), 10, 0), // FilterRTID
    p(S(51863, 9), 1, 0), // LayerName
    p(S(51872, 9), 10, 0), // LayerRTID
    // template 616
    p(S(7232, 9), 10, 0), // ProcessId
    p(S(50408, 11), 1, 0), // Application
    p(S(9877, 13), 1, 0), // SourceAddress
    p(S(9890, 10), 1, 0), // SourcePort
    p(S(9933, 8), 8, 0), // Protocol
    p(S(51853, 10), 10, 0), // FilterRTID
    p(S(51863, 9), 1, 0), // LayerName
    p(S(51872, 9), 10, 0), // LayerRTID
    // template 617
    p(S(52, 9), 10, 0), // ProcessID
    p(S(50408, 11), 1, 0), // Application
    p(S(51780, 9), 1, 0), // Direction
    p(S(9877, 13), 1, 0), // SourceAddress
    p(S(9890, 10), 1, 0), // SourcePort
    p(S(33829, 11), 1, 0), // DestAddress
    p(S(33847, 8), 1, 0), // DestPort
    p(S(9933, 8), 8, 0), // Protocol
    p(S(51853, 10), 10, 0), // FilterRTID
    p(S(51863, 9), 1, 0), // LayerName
    p(S(51872, 9), 10, 0), // LayerRTID
    // template 618
    p(S(52, 9), 10, 0), // ProcessID
    p(S(50408, 11), 1, 0), // Application
    p(S(51780, 9), 1, 0), // Direction
    p(S(9877, 13), 1, 0), // SourceAddress
    p(S(9890, 10), 1, 0), // SourcePort
    p(S(33829, 11), 1, 0), // DestAddress
    p(S(33847, 8), 1, 0), // DestPort
    p(S(9933, 8), 8, 0), // Protocol
    p(S(51853, 10), 10, 0), // FilterRTID
    p(S(51863, 9), 1, 0), // LayerName
    p(S(51872, 9), 10, 0), // LayerRTID
    p(S(52032, 12), 19, 0), // RemoteUserID
    p(S(52044, 15), 19, 0), // RemoteMachineID
    // template 619
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(52112, 7), 1, 0), // SpnName
    p(S(7846, 9), 20, 0), // ErrorCode
    p(S(52119, 11), 1, 0), // ServerNames
    p(S(52130, 15), 1, 0), // ConfiguredNames
    p(S(52145, 11), 1, 0), // IpAddresses
    // template 620
    p(S(51390, 15), 15, 0), // OpCorrelationID
    p(S(51405, 16), 1, 0), // AppCorrelationID
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(51421, 6), 1, 0), // DSName
    p(S(51427, 6), 1, 0), // DSType
    p(S(51433, 8), 1, 0), // ObjectDN
    p(S(51441, 10), 15, 0), // ObjectGUID
    p(S(51451, 11), 1, 0), // ObjectClass
    p(S(51462, 24), 1, 0), // AttributeLDAPDisplayName
    p(S(51486, 18), 1, 0), // AttributeSyntaxOID
    p(S(51504, 14), 1, 0), // AttributeValue
    p(S(52166, 14), 17, 0), // ExpirationTime
    p(S(44207, 13), 1, 0), // OperationType
    // template 621
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(52220, 7), 1, 0), // Package
    p(S(52227, 7), 1, 0), // UserUPN
    p(S(52234, 12), 1, 0), // TargetServer
    p(S(52246, 8), 1, 0), // CredType
    // template 622
    p(S(52264, 11), 15, 0), // ProviderKey
    p(S(21048, 12), 1, 0), // ProviderName
    p(S(52275, 10), 15, 0), // CalloutKey
    p(S(52285, 11), 1, 0), // CalloutName
    p(S(52296, 11), 1, 0), // CalloutType
    p(S(52307, 9), 8, 0), // CalloutId
    p(S(52316, 8), 15, 0), // LayerKey
    p(S(51863, 9), 1, 0), // LayerName
    p(S(52324, 7), 8, 0), // LayerId
    // template 623
    p(S(52264, 11), 15, 0), // ProviderKey
    p(S(21048, 12), 1, 0), // ProviderName
    p(S(52341, 9), 15, 0), // FilterKey
    p(S(52350, 10), 1, 0), // FilterName
    p(S(52360, 10), 1, 0), // FilterType
    p(S(52370, 8), 10, 0), // FilterId
    p(S(52316, 8), 15, 0), // LayerKey
    p(S(51863, 9), 1, 0), // LayerName
    p(S(52324, 7), 8, 0), // LayerId
    p(S(52378, 6), 10, 0), // Weight
    p(S(52384, 10), 1, 0), // Conditions
    p(S(52394, 6), 1, 0), // Action
    p(S(52275, 10), 15, 0), // CalloutKey
    p(S(52285, 11), 1, 0), // CalloutName
    // template 624
    p(S(52264, 11), 15, 0), // ProviderKey
    p(S(21048, 12), 1, 0), // ProviderName
    p(S(52410, 12), 1, 0), // ProviderType
    // template 625
    p(S(52264, 11), 15, 0), // ProviderKey
    p(S(21048, 12), 1, 0), // ProviderName
    p(S(52432, 18), 15, 0), // ProviderContextKey
    p(S(52450, 19), 1, 0), // ProviderContextName
    p(S(52469, 19), 1, 0), // ProviderContextType
    // template 626
    p(S(52264, 11), 15, 0), // ProviderKey
    p(S(21048, 12), 1, 0), // ProviderName
    p(S(52498, 11), 15, 0), // SubLayerKey
    p(S(52509, 12), 1, 0), // SubLayerName
    p(S(52521, 12), 1, 0), // SubLayerType
    p(S(52378, 6), 8, 0), // Weight
    // template 627
    p(S(7232, 9), 8, 0), // ProcessId
    p(S(52543, 7), 19, 0), // UserSid
    p(S(52550, 8), 1, 0), // UserName
    p(S(52264, 11), 15, 0), // ProviderKey
    p(S(21048, 12), 1, 0), // ProviderName
    p(S(52558, 10), 1, 0), // ChangeType
    p(S(52275, 10), 15, 0), // CalloutKey
    p(S(52285, 11), 1, 0), // CalloutName
    p(S(52296, 11), 1, 0), // CalloutType
    p(S(52307, 9), 8, 0), // CalloutId
    p(S(52316, 8), 15, 0), // LayerKey
    p(S(51863, 9), 1, 0), // LayerName
    p(S(52324, 7), 8, 0), // LayerId
    // template 628
    p(S(7232, 9), 8, 0), // ProcessId
    p(S(52543, 7), 19, 0), // UserSid
    p(S(52550, 8), 1, 0), // UserName
    p(S(52264, 11), 15, 0), // ProviderKey
    p(S(21048, 12), 1, 0), // ProviderName
    p(S(52558, 10), 1, 0), // ChangeType
    p(S(52341, 9), 15, 0), // FilterKey
    p(S(52350, 10), 1, 0), // FilterName
    p(S(52360, 10), 1, 0), // FilterType
    p(S(52370, 8), 10, 0), // FilterId
    p(S(52316, 8), 15, 0), // LayerKey
    p(S(51863, 9), 1, 0), // LayerName
    p(S(52324, 7), 8, 0), // LayerId
    p(S(52378, 6), 10, 0), // Weight
    p(S(52384, 10), 1, 0), // Conditions
    p(S(52394, 6), 1, 0), // Action
    p(S(52275, 10), 15, 0), // CalloutKey
    p(S(52285, 11), 1, 0), // CalloutName
    // template 629
    p(S(7232, 9), 8, 0), // ProcessId
    p(S(52543, 7), 19, 0), // UserSid
    p(S(52550, 8), 1, 0), // UserName
    p(S(52558, 10), 1, 0), // ChangeType
    p(S(52264, 11), 15, 0), // ProviderKey
    p(S(21048, 12), 1, 0), // ProviderName
    p(S(52410, 12), 1, 0), // ProviderType
    // template 630
    p(S(7232, 9), 8, 0), // ProcessId
    p(S(52543, 7), 19, 0), // UserSid
    p(S(52550, 8), 1, 0), // UserName
    p(S(52264, 11), 15, 0), // ProviderKey
    p(S(21048, 12), 1, 0), // ProviderName
    p(S(52558, 10), 1, 0), // ChangeType
    p(S(52432, 18), 15, 0), // ProviderContextKey
    p(S(52450, 19), 1, 0), // ProviderContextName
    p(S(52469, 19), 1, 0), // ProviderContextType
    // template 631
    p(S(7232, 9), 8, 0), // ProcessId
    p(S(52543, 7), 19, 0), // UserSid
    p(S(52550, 8), 1, 0), // UserName
    p(S(52264, 11), 15, 0), // ProviderKey
    p(S(21048, 12), 1, 0), // ProviderName
    p(S(52558, 10), 1, 0), // ChangeType
    p(S(52498, 11), 15, 0), // SubLayerKey
    p(S(52509, 12), 1, 0), // SubLayerName
    p(S(52521, 12), 1, 0), // SubLayerType
    p(S(52378, 6), 8, 0), // Weight
    // template 632
    p(S(8818, 12), 1, 0), // LocalAddress
    p(S(43862, 16), 1, 0), // LocalAddressMask
    p(S(37707, 9), 8, 0), // LocalPort
    p(S(43878, 19), 1, 0), // LocalTunnelEndpoint
    p(S(21757, 13), 1, 0), // RemoteAddress
    p(S(43897, 17), 1, 0), // RemoteAddressMask
    p(S(38895, 10), 8, 0), // RemotePort
    p(S(52618, 18), 1, 0), // PeerPrivateAddress
    p(S(43914, 20), 1, 0), // RemoteTunnelEndpoint
    p(S(52636, 10), 8, 0), // IpProtocol
    p(S(52646, 16), 1, 0), // KeyingModuleName
    p(S(52662, 10), 1, 0), // AhAuthType
    p(S(52672, 11), 1, 0), // EspAuthType
    p(S(52683, 10), 1, 0), // CipherType
    p(S(52693, 15), 8, 0), // LifetimeSeconds
    p(S(52708, 17), 8, 0), // LifetimeKilobytes
    p(S(52725, 15), 8, 0), // LifetimePackets
    p(S(43954, 4), 1, 0), // Mode
    p(S(43649, 4), 1, 0), // Role
    p(S(52740, 17), 10, 0), // TransportFilterId
    p(S(52757, 12), 10, 0), // MainModeSaId
    p(S(52769, 13), 10, 0), // QuickModeSaId
    p(S(52782, 10), 10, 0), // InboundSpi
    p(S(52792, 11), 10, 0), // OutboundSpi
    // template 633
    p(S(8818, 12), 1, 0), // LocalAddress
    p(S(43862, 16), 1, 0), // LocalAddressMask
    p(S(37707, 9), 8, 0), // LocalPort
    p(S(43878, 19), 1, 0), // LocalTunnelEndpoint
    p(S(21757, 13), 1, 0), // RemoteAddress
    p(S(43897, 17), 1, 0), // RemoteAddressMask
    p(S(38895, 10), 8, 0), // RemotePort
    p(S(52618, 18), 1, 0), // PeerPrivateAddress
    p(S(43914, 20), 1, 0), // RemoteTunnelEndpoint
    p(S(52636, 10), 8, 0), // IpProtocol
    p(S(52646, 16), 1, 0), // KeyingModuleName
    p(S(52662, 10), 1, 0), // AhAuthType
    p(S(52672, 11), 1, 0), // EspAuthType
    p(S(52683, 10), 1, 0), // CipherType
    p(S(52693, 15), 8, 0), // LifetimeSeconds
    p(S(52708, 17), 8, 0), // LifetimeKilobytes
    p(S(52725, 15), 8, 0), // LifetimePackets
    p(S(43954, 4), 1, 0), // Mode
    p(S(43649, 4), 1, 0), // Role
    p(S(52740, 17), 10, 0), // TransportFilterId
    p(S(52757, 12), 10, 0), // MainModeSaId
    p(S(52769, 13), 10, 0), // QuickModeSaId
    p(S(52782, 10), 10, 0), // InboundSpi
    p(S(52792, 11), 10, 0), // OutboundSpi
    p(S(43990, 8), 10, 0), // TunnelId
    p(S(43998, 17), 10, 0), // TrafficSelectorId
    // template 634
    p(S(8818, 12), 1, 0), // LocalAddress
    p(S(37707, 9), 8, 0), // LocalPort
    p(S(43878, 19), 1, 0), // LocalTunnelEndpoint
    p(S(21757, 13), 1, 0), // RemoteAddress
    p(S(38895, 10), 8, 0), // RemotePort
    p(S(43914, 20), 1, 0), // RemoteTunnelEndpoint
    p(S(52636, 10), 8, 0), // IpProtocol
    p(S(52769, 13), 10, 0), // QuickModeSaId
    // template 635
    p(S(8818, 12), 1, 0), // LocalAddress
    p(S(43862, 16), 1, 0), // LocalAddressMask
    p(S(37707, 9), 8, 0), // LocalPort
    p(S(43878, 19), 1, 0), // LocalTunnelEndpoint
    p(S(21757, 13), 1, 0), // RemoteAddress
    p(S(43897, 17), 1, 0), // RemoteAddressMask
    p(S(38895, 10), 8, 0), // RemotePort
    p(S(43914, 20), 1, 0), // RemoteTunnelEndpoint
    p(S(52636, 10), 8, 0), // IpProtocol
    p(S(52769, 13), 10, 0), // QuickModeSaId
    p(S(43990, 8), 10, 0), // TunnelId
    p(S(43998, 17), 10, 0), // TrafficSelectorId
    // template 636
    p(S(52859, 6), 1, 0), // Policy
    // template 637
    p(S(52859, 6), 1, 0), // Policy
    p(S(7818, 5), 1, 0), // Error
    // template 638
    p(S(53035, 15), 1, 0), // QuickModeFilter
    p(S(7818, 5), 1, 0), // Error
    // template 639
    p(S(7818, 5), 1, 0), // Error
    // template 640
    p(S(53120, 4), 1, 0), // SSID
    p(S(53124, 8), 1, 0), // Identity
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(53132, 7), 1, 0), // PeerMac
    p(S(53139, 8), 1, 0), // LocalMac
    p(S(53147, 8), 15, 0), // IntfGuid
    p(S(53155, 10), 20, 0), // ReasonCode
    p(S(53165, 10), 1, 0), // ReasonText
    p(S(7846, 9), 20, 0), // ErrorCode
    // template 641
    p(S(53120, 4), 1, 0), // SSID
    p(S(53124, 8), 1, 0), // Identity
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(53132, 7), 1, 0), // PeerMac
    p(S(53139, 8), 1, 0), // LocalMac
    p(S(53147, 8), 15, 0), // IntfGuid
    p(S(53155, 10), 20, 0), // ReasonCode
    p(S(53165, 10), 1, 0), // ReasonText
    p(S(7846, 9), 20, 0), // ErrorCode
    p(S(53188, 13), 20, 0), // EAPReasonCode
    p(S(53201, 18), 1, 0), // EapRootCauseString
    p(S(53219, 12), 20, 0), // EAPErrorCode
    // template 642
    p(S(53241, 13), 1, 0), // InterfaceName
    p(S(53124, 8), 1, 0), // Identity
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(53155, 10), 20, 0), // ReasonCode
    p(S(53165, 10), 1, 0), // ReasonText
    p(S(7846, 9), 20, 0), // ErrorCode
    // template 643
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 10, 0), // SubjectLogonId
    p(S(7232, 9), 8, 0), // ProcessId
    p(S(42755, 11), 1, 0), // ProcessName
    p(S(53264, 15), 1, 0), // RemoteIpAddress
    p(S(38895, 10), 1, 0), // RemotePort
    p(S(53279, 13), 15, 0), // InterfaceUuid
    p(S(47430, 16), 1, 0), // ProtocolSequence
    p(S(53292, 21), 8, 0), // AuthenticationService
    p(S(53313, 19), 8, 0), // AuthenticationLevel
    // template 644
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(53342, 21), 1, 0), // SubjectUserDomainName
    p(S(42628, 14), 10, 0), // SubjectLogonId
    p(S(53363, 20), 1, 0), // ObjectCollectionName
    p(S(53383, 27), 1, 0), // ObjectIdentifyingProperties
    p(S(53410, 24), 1, 0), // ModifiedObjectProperties
    // template 645
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(53342, 21), 1, 0), // SubjectUserDomainName
    p(S(42628, 14), 10, 0), // SubjectLogonId
    p(S(53363, 20), 1, 0), // ObjectCollectionName
    p(S(53383, 27), 1, 0), // ObjectIdentifyingProperties
    p(S(53444, 16), 1, 0), // ObjectProperties
    // template 646
    p(S(7846, 9), 8, 0), // ErrorCode
    p(S(53480, 7), 1, 0), // GPOList
    // template 647
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(53507, 29), 1, 0), // FullyQualifiedSubjectUserName
    p(S(53536, 17), 19, 0), // SubjectMachineSID
    p(S(53553, 18), 1, 0), // SubjectMachineName
    p(S(53571, 32), 1, 0), // FullyQualifiedSubjectMachineName
    p(S(53603, 16), 1, 0), // MachineInventory
    p(S(53619, 15), 1, 0), // CalledStationID
    p(S(53634, 16), 1, 0), // CallingStationID
    p(S(53650, 14), 1, 0), // NASIPv4Address
    p(S(53664, 14), 1, 0), // NASIPv6Address
    p(S(53678, 13), 1, 0), // NASIdentifier
    p(S(53691, 11), 1, 0), // NASPortType
    p(S(53702, 7), 1, 0), // NASPort
    p(S(44431, 10), 1, 0), // ClientName
    p(S(53709, 15), 1, 0), // ClientIPAddress
    p(S(53724, 15), 1, 0), // ProxyPolicyName
    p(S(53739, 17), 1, 0), // NetworkPolicyName
    p(S(53756, 22), 1, 0), // AuthenticationProvider
    p(S(53778, 20), 1, 0), // AuthenticationServer
    p(S(53798, 18), 1, 0), // AuthenticationType
    p(S(53816, 7), 1, 0), // EAPType
    p(S(53823, 24), 1, 0), // AccountSessionIdentifier
    p(S(53847, 15), 1, 0), // QuarantineState
    p(S(53862, 27), 1, 0), // QuarantineSessionIdentifier
    // template 648
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(53507, 29), 1, 0), // FullyQualifiedSubjectUserName
    p(S(53536, 17), 19, 0), // SubjectMachineSID
    p(S(53553, 18), 1, 0), // SubjectMachineName
    p(S(53571, 32), 1, 0), // FullyQualifiedSubjectMachineName
    p(S(53603, 16), 1, 0), // MachineInventory
    p(S(53619, 15), 1, 0), // CalledStationID
    p(S(53634, 16), 1, 0), // CallingStationID
    p(S(53650, 14), 1, 0), // NASIPv4Address
    p(S(53664, 14), 1, 0), // NASIPv6Address
    p(S(53678, 13), 1, 0), // NASIdentifier
    p(S(53691, 11), 1, 0), // NASPortType
    p(S(53702, 7), 1, 0), // NASPort
    p(S(44431, 10), 1, 0), // ClientName
    p(S(53709, 15), 1, 0), // ClientIPAddress
    p(S(53724, 15), 1, 0), // ProxyPolicyName
    p(S(53739, 17), 1, 0), // NetworkPolicyName
    p(S(53756, 22), 1, 0), // AuthenticationProvider
    p(S(53778, 20), 1, 0), // AuthenticationServer
    p(S(53798, 18), 1, 0), // AuthenticationType
    p(S(53816, 7), 1, 0), // EAPType
    p(S(53823, 24), 1, 0), // AccountSessionIdentifier
    p(S(53847, 15), 1, 0), // QuarantineState
    p(S(53862, 27), 1, 0), // QuarantineSessionIdentifier
    p(S(53902, 13), 1, 0), // LoggingResult
    // template 649
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(53507, 29), 1, 0), // FullyQualifiedSubjectUserName
    p(S(53536, 17), 19, 0), // SubjectMachineSID
    p(S(53553, 18), 1, 0), // SubjectMachineName
    p(S(53571, 32), 1, 0), // FullyQualifiedSubjectMachineName
    p(S(53619, 15), 1, 0), // CalledStationID
    p(S(53634, 16), 1, 0), // CallingStationID
    p(S(53650, 14), 1, 0), // NASIPv4Address
    p(S(53664, 14), 1, 0), // NASIPv6Address
    p(S(53678, 13), 1, 0), // NASIdentifier
    p(S(53691, 11), 1, 0), // NASPortType
    p(S(53702, 7), 1, 0), // NASPort
    p(S(44431, 10), 1, 0), // ClientName
    p(S(53709, 15), 1, 0), // ClientIPAddress
    p(S(53724, 15), 1, 0), // ProxyPolicyName
    p(S(53739, 17), 1, 0), // NetworkPolicyName
    p(S(53756, 22), 1, 0), // AuthenticationProvider
    p(S(53778, 20), 1, 0), // AuthenticationServer
    p(S(53798, 18), 1, 0), // AuthenticationType
    p(S(53816, 7), 1, 0), // EAPType
    p(S(53823, 24), 1, 0), // AccountSessionIdentifier
    p(S(53902, 13), 1, 0), // LoggingResult
    // template 650
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(53507, 29), 1, 0), // FullyQualifiedSubjectUserName
    p(S(53536, 17), 19, 0), // SubjectMachineSID
    p(S(53553, 18), 1, 0), // SubjectMachineName
    p(S(53571, 32), 1, 0), // FullyQualifiedSubjectMachineName
    p(S(53603, 16), 1, 0), // MachineInventory
    p(S(53619, 15), 1, 0), // CalledStationID
    p(S(53634, 16), 1, 0), // CallingStationID
    p(S(53650, 14), 1, 0), // NASIPv4Address
    p(S(53664, 14), 1, 0), // NASIPv6Address
    p(S(53678, 13), 1, 0), // NASIdentifier
    p(S(53691, 11), 1, 0), // NASPortType
    p(S(53702, 7), 1, 0), // NASPort
    p(S(44431, 10), 1, 0), // ClientName
    p(S(53709, 15), 1, 0), // ClientIPAddress
    p(S(53724, 15), 1, 0), // ProxyPolicyName
    p(S(53739, 17), 1, 0), // NetworkPolicyName
    p(S(53756, 22), 1, 0), // AuthenticationProvider
    p(S(53778, 20), 1, 0), // AuthenticationServer
    p(S(53798, 18), 1, 0), // AuthenticationType
    p(S(53816, 7), 1, 0), // EAPType
    p(S(53823, 24), 1, 0), // AccountSessionIdentifier
    p(S(53155, 10), 1, 0), // ReasonCode
    p(S(15249, 6), 1, 0), // Reason
    // template 651
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(53507, 29), 1, 0), // FullyQualifiedSubjectUserName
    p(S(53536, 17), 19, 0), // SubjectMachineSID
    p(S(53553, 18), 1, 0), // SubjectMachineName
    p(S(53571, 32), 1, 0), // FullyQualifiedSubjectMachineName
    p(S(53603, 16), 1, 0), // MachineInventory
    p(S(53619, 15), 1, 0), // CalledStationID
    p(S(53634, 16), 1, 0), // CallingStationID
    p(S(53650, 14), 1, 0), // NASIPv4Address
    p(S(53664, 14), 1, 0), // NASIPv6Address
    p(S(53678, 13), 1, 0), // NASIdentifier
    p(S(53691, 11), 1, 0), // NASPortType
    p(S(53702, 7), 1, 0), // NASPort
    p(S(44431, 10), 1, 0), // ClientName
    p(S(53709, 15), 1, 0), // ClientIPAddress
    p(S(53724, 15), 1, 0), // ProxyPolicyName
    p(S(53739, 17), 1, 0), // NetworkPolicyName
    p(S(53756, 22), 1, 0), // AuthenticationProvider
    p(S(53778, 20), 1, 0), // AuthenticationServer
    p(S(53798, 18), 1, 0), // AuthenticationType
    p(S(53816, 7), 1, 0), // EAPType
    p(S(53823, 24), 1, 0), // AccountSessionIdentifier
    p(S(53155, 10), 1, 0), // ReasonCode
    p(S(15249, 6), 1, 0), // Reason
    p(S(53902, 13), 1, 0), // LoggingResult
    // template 652
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(53507, 29), 1, 0), // FullyQualifiedSubjectUserName
    p(S(53536, 17), 19, 0), // SubjectMachineSID
    p(S(53553, 18), 1, 0), // SubjectMachineName
    p(S(53571, 32), 1, 0), // FullyQualifiedSubjectMachineName
    p(S(53619, 15), 1, 0), // CalledStationID
    p(S(53634, 16), 1, 0), // CallingStationID
    p(S(53650, 14), 1, 0), // NASIPv4Address
    p(S(53664, 14), 1, 0), // NASIPv6Address
    p(S(53678, 13), 1, 0), // NASIdentifier
    p(S(53691, 11), 1, 0), // NASPortType
    p(S(53702, 7), 1, 0), // NASPort
    p(S(44431, 10), 1, 0), // ClientName
    p(S(53709, 15), 1, 0), // ClientIPAddress
    p(S(53724, 15), 1, 0), // ProxyPolicyName
    p(S(53739, 17), 1, 0), // NetworkPolicyName
    p(S(53756, 22), 1, 0), // AuthenticationProvider
    p(S(53778, 20), 1, 0), // AuthenticationServer
    p(S(53798, 18), 1, 0), // AuthenticationType
    p(S(53816, 7), 1, 0), // EAPType
    p(S(53823, 24), 1, 0), // AccountSessionIdentifier
    p(S(53155, 10), 1, 0), // ReasonCode
    p(S(15249, 6), 1, 0), // Reason
    p(S(53902, 13), 1, 0), // LoggingResult
    // template 653
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(53507, 29), 1, 0), // FullyQualifiedSubjectUserName
    p(S(53536, 17), 19, 0), // SubjectMachineSID
    p(S(53553, 18), 1, 0), // SubjectMachineName
    p(S(53571, 32), 1, 0), // FullyQualifiedSubjectMachineName
    p(S(53619, 15), 1, 0), // CalledStationID
    p(S(53634, 16), 1, 0), // CallingStationID
    p(S(53650, 14), 1, 0), // NASIPv4Address
    p(S(53664, 14), 1, 0), // NASIPv6Address
    p(S(53678, 13), 1, 0), // NASIdentifier
    p(S(53691, 11), 1, 0), // NASPortType
    p(S(53702, 7), 1, 0), // NASPort
    p(S(44431, 10), 1, 0), // ClientName
    p(S(53709, 15), 1, 0), // ClientIPAddress
    p(S(53724, 15), 1, 0), // ProxyPolicyName
    p(S(53739, 17), 1, 0), // NetworkPolicyName
    p(S(53756, 22), 1, 0), // AuthenticationProvider
    p(S(53778, 20), 1, 0), // AuthenticationServer
    p(S(53798, 18), 1, 0), // AuthenticationType
    p(S(53816, 7), 1, 0), // EAPType
    p(S(53823, 24), 1, 0), // AccountSessionIdentifier
    p(S(53155, 10), 1, 0), // ReasonCode
    p(S(15249, 6), 1, 0), // Reason
    // template 654
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(53507, 29), 1, 0), // FullyQualifiedSubjectUserName
    p(S(53536, 17), 19, 0), // SubjectMachineSID
    p(S(53553, 18), 1, 0), // SubjectMachineName
    p(S(53571, 32), 1, 0), // FullyQualifiedSubjectMachineName
    p(S(53603, 16), 1, 0), // MachineInventory
    p(S(53619, 15), 1, 0), // CalledStationID
    p(S(53634, 16), 1, 0), // CallingStationID
    p(S(53650, 14), 1, 0), // NASIPv4Address
    p(S(53664, 14), 1, 0), // NASIPv6Address
    p(S(53678, 13), 1, 0), // NASIdentifier
    p(S(53691, 11), 1, 0), // NASPortType
    p(S(53702, 7), 1, 0), // NASPort
    p(S(44431, 10), 1, 0), // ClientName
    p(S(53709, 15), 1, 0), // ClientIPAddress
    p(S(53724, 15), 1, 0), // ProxyPolicyName
    p(S(53739, 17), 1, 0), // NetworkPolicyName
    p(S(53756, 22), 1, 0), // AuthenticationProvider
    p(S(53778, 20), 1, 0), // AuthenticationServer
    p(S(53798, 18), 1, 0), // AuthenticationType
    p(S(53816, 7), 1, 0), // EAPType
    p(S(53823, 24), 1, 0), // AccountSessionIdentifier
    p(S(53847, 15), 1, 0), // QuarantineState
    p(S(54020, 23), 1, 0), // ExtendedQuarantineState
    p(S(54043, 19), 1, 0), // QuarantineSessionID
    p(S(54062, 17), 1, 0), // QuarantineHelpURL
    p(S(54079, 28), 1, 0), // QuarantineSystemHealthResult
    // template 655
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(53507, 29), 1, 0), // FullyQualifiedSubjectUserName
    p(S(53536, 17), 19, 0), // SubjectMachineSID
    p(S(53553, 18), 1, 0), // SubjectMachineName
    p(S(53571, 32), 1, 0), // FullyQualifiedSubjectMachineName
    p(S(53603, 16), 1, 0), // MachineInventory
    p(S(53619, 15), 1, 0), // CalledStationID
    p(S(53634, 16), 1, 0), // CallingStationID
    p(S(53650, 14), 1, 0), // NASIPv4Address
    p(S(53664, 14), 1, 0), // NASIPv6Address
    p(S(53678, 13), 1, 0), // NASIdentifier
    p(S(53691, 11), 1, 0), // NASPortType
    p(S(53702, 7), 1, 0), // NASPort
    p(S(44431, 10), 1, 0), // ClientName
    p(S(53709, 15), 1, 0), // ClientIPAddress
    p(S(53724, 15), 1, 0), // ProxyPolicyName
    p(S(53739, 17), 1, 0), // NetworkPolicyName
    p(S(53756, 22), 1, 0), // AuthenticationProvider
    p(S(53778, 20), 1, 0), // AuthenticationServer
    p(S(53798, 18), 1, 0), // AuthenticationType
    p(S(53816, 7), 1, 0), // EAPType
    p(S(53823, 24), 1, 0), // AccountSessionIdentifier
    p(S(53847, 15), 1, 0), // QuarantineState
    p(S(54020, 23), 1, 0), // ExtendedQuarantineState
    p(S(54043, 19), 1, 0), // QuarantineSessionID
    p(S(54062, 17), 1, 0), // QuarantineHelpURL
    p(S(54079, 28), 1, 0), // QuarantineSystemHealthResult
    p(S(54117, 19), 1, 0), // QuarantineGraceTime
    // template 656
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(53507, 29), 1, 0), // FullyQualifiedSubjectUserName
    // template 657
    p(S(53709, 15), 1, 0), // ClientIPAddress
    // template 658
    p(S(54216, 15), 1, 0), // HostedCacheName
    // template 659
    p(S(54216, 15), 1, 0), // HostedCacheName
    p(S(7846, 9), 8, 0), // ErrorCode
    // template 660
    p(S(42837, 7), 8, 0), // EventId
    p(S(7053, 5), 8, 0), // Count
    // template 661
    p(S(54261, 11), 1, 0), // ProductName
    p(S(54272, 10), 1, 0), // Categories
    // template 662
    p(S(11170, 7), 1, 0), // Message
    // template 663
    p(S(54312, 4), 1, 0), // GUID
    // template 664
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(54336, 7), 15, 0), // ClassId
    p(S(54343, 9), 1, 0), // VendorIds
    p(S(54352, 13), 1, 0), // CompatibleIds
    p(S(54365, 19), 1, 0), // LocationInformation
    // template 665
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(54397, 8), 1, 0), // DeviceId
    p(S(54405, 17), 1, 0), // DeviceDescription
    p(S(54336, 7), 15, 0), // ClassId
    p(S(11139, 9), 1, 0), // ClassName
    p(S(54343, 9), 1, 0), // VendorIds
    p(S(54352, 13), 1, 0), // CompatibleIds
    p(S(54365, 19), 1, 0), // LocationInformation
    // template 666
    p(S(7232, 9), 16, 0), // ProcessId
    p(S(42755, 11), 1, 0), // ProcessName
    // template 667
    p(S(7232, 9), 16, 0), // ProcessId
    p(S(42755, 11), 1, 0), // ProcessName
    p(S(54442, 9), 8, 0), // FatalCode
    // template 668
    p(S(42582, 14), 19, 0), // SubjectUserSid
    p(S(42596, 15), 1, 0), // SubjectUserName
    p(S(42611, 17), 1, 0), // SubjectDomainName
    p(S(42628, 14), 21, 0), // SubjectLogonId
    p(S(54397, 8), 1, 0), // DeviceId
    p(S(54405, 17), 1, 0), // DeviceDescription
    p(S(54336, 7), 15, 0), // ClassId
    p(S(11139, 9), 1, 0), // ClassName
    p(S(54461, 11), 1, 0), // HardwareIds
    p(S(54352, 13), 1, 0), // CompatibleIds
    p(S(54365, 19), 1, 0), // LocationInformation
];

const MAPS: &[MapRow] = &[
    MapRow { name: S(1058, 12), bitmap: true, first: 0, count: 1 }, // 0 ProcessFlags
    MapRow { name: S(7714, 12), bitmap: false, first: 1, count: 2 }, // 1 DnsIpTypeMap
    MapRow { name: S(12131, 28), bitmap: true, first: 3, count: 7 }, // 2 WSManAuthenticationMechanism
    MapRow { name: S(13231, 19), bitmap: false, first: 10, count: 3 }, // 3 SerializationMethod
    MapRow { name: S(14065, 19), bitmap: true, first: 13, count: 3 }, // 4 RemotingDestination
    MapRow { name: S(14158, 23), bitmap: false, first: 16, count: 4 }, // 5 RemotingTargetInterface
    MapRow { name: S(21632, 34), bitmap: false, first: 20, count: 2 }, // 6 TCPIP_ADDRESS_FAMILY_TYPE_ValueMap
    MapRow { name: S(22405, 29), bitmap: false, first: 22, count: 11 }, // 7 TCP_CONNECTION_STATE_ValueMap
    MapRow { name: S(24188, 23), bitmap: false, first: 33, count: 9 }, // 8 TCP_TIMER_TYPE_ValueMap
    MapRow { name: S(24899, 22), bitmap: false, first: 42, count: 2 }, // 9 TCPIP_BOOLEAN_ValueMap
    MapRow { name: S(25876, 24), bitmap: false, first: 44, count: 14 }, // 10 TCP_OPTION_TYPE_ValueMap
    MapRow { name: S(27944, 33), bitmap: false, first: 58, count: 3 }, // 11 TCPIP_TCP_DELIVERY_STATE_ValueMap
    MapRow { name: S(28614, 16), bitmap: false, first: 61, count: 11 }, // 12 TCP_WSD_ValueMap
    MapRow { name: S(28816, 34), bitmap: false, first: 72, count: 7 }, // 13 TCP_WSD_CACHE_ENTRY_STATE_ValueMap
    MapRow { name: S(29680, 28), bitmap: false, first: 79, count: 7 }, // 14 TCPIP_TEMPLATE_TYPE_ValueMap
    MapRow { name: S(29771, 33), bitmap: false, first: 86, count: 5 }, // 15 TCP_CONGESTION_ALGORITHM_ValueMap
    MapRow { name: S(30018, 23), bitmap: false, first: 91, count: 2 }, // 16 TCPIP_PROPERTY_ValueMap
    MapRow { name: S(30262, 37), bitmap: false, first: 93, count: 10 }, // 17 TCPIP_OFFLOAD_FAILURE_REASON_ValueMap
    MapRow { name: S(30511, 44), bitmap: false, first: 103, count: 2 }, // 18 TCPIP_LOOPBACK_FASTPATH_FAIL_REASON_ValueMap
    MapRow { name: S(30603, 17), bitmap: false, first: 105, count: 2 }, // 19 TCPIP_AF_ValueMap
    MapRow { name: S(30670, 39), bitmap: false, first: 107, count: 3 }, // 20 TCPIP_RSS_BINDING_NOTIFICATION_ValueMap
    MapRow { name: S(30793, 25), bitmap: false, first: 110, count: 2 }, // 21 TCPIP_RSS_ADDING_ValueMap
    MapRow { name: S(31466, 32), bitmap: false, first: 112, count: 5 }, // 22 TCPIP_RSS_SETTING_VALUE_ValueMap
    MapRow { name: S(31568, 37), bitmap: false, first: 117, count: 3 }, // 23 TCPIP_RSS_BINDING_CAPABILITY_ValueMap
    MapRow { name: S(31767, 36), bitmap: false, first: 120, count: 2 }, // 24 TCPIP_NDKPI_COMPLETION_TYPE_ValueMap
    MapRow { name: S(31886, 32), bitmap: false, first: 122, count: 12 }, // 25 TCPIP_NDKPI_OBJECT_TYPE_ValueMap
    MapRow { name: S(32039, 32), bitmap: false, first: 134, count: 3 }, // 26 TCPIP_NDKPI_CQ_ARM_TYPE_ValueMap
    MapRow { name: S(33211, 31), bitmap: false, first: 137, count: 3 }, // 27 TCPIP_NDKPI_TOKEN_TYPE_ValueMap
    MapRow { name: S(33277, 34), bitmap: false, first: 140, count: 2 }, // 28 TCPIP_NDKPI_SOCKADDR_TYPE_ValueMap
    MapRow { name: S(33999, 32), bitmap: false, first: 142, count: 5 }, // 29 TCPIP_SILENT_MODE_EVENT_ValueMap
    MapRow { name: S(34216, 40), bitmap: false, first: 147, count: 5 }, // 30 TCP_NOTIFICATION_CHANNEL_STATUS_ValueMap
    MapRow { name: S(34599, 35), bitmap: false, first: 152, count: 2 }, // 31 TCP_REPARTITION_EVENT_TYPE_ValueMap
    MapRow { name: S(34702, 24), bitmap: false, first: 154, count: 2 }, // 32 TCPIP_COMPONENT_ValueMap
    MapRow { name: S(35177, 29), bitmap: false, first: 156, count: 8 }, // 33 TCPIP_NEIGHBOR_STATE_ValueMap
    MapRow { name: S(35639, 29), bitmap: false, first: 164, count: 19 }, // 34 TCPIP_NEIGHBOR_EVENT_ValueMap
    MapRow { name: S(36118, 42), bitmap: false, first: 183, count: 11 }, // 35 IP_SOURCE_ADDRESS_PREFERENCE_RULE_ValueMap
    MapRow { name: S(36336, 35), bitmap: false, first: 194, count: 8 }, // 36 TCPIP_NDKPI_OPERATION_TYPE_ValueMap
    MapRow { name: S(36677, 27), bitmap: false, first: 202, count: 2 }, // 37 UDP_ENDPOINT_STATE_ValueMap
    MapRow { name: S(38174, 27), bitmap: false, first: 204, count: 7 }, // 38 TCPIP_IP_WOL_EVENT_ValueMap
    MapRow { name: S(38294, 29), bitmap: false, first: 211, count: 2 }, // 39 TCPIP_Path_Direction_ValueMap
    MapRow { name: S(39972, 34), bitmap: false, first: 213, count: 3 }, // 40 TCP_TAIL_LOSS_PROBE_EVENT_ValueMap
    MapRow { name: S(40357, 27), bitmap: false, first: 216, count: 11 }, // 41 TCP_FASTOPEN_STATE_ValueMap
    MapRow { name: S(41951, 22), bitmap: false, first: 227, count: 27 }, // 42 ICMPV4V6_TYPE_ValueMap
    MapRow { name: S(42305, 32), bitmap: false, first: 254, count: 17 }, // 43 ICMP_PACKET_DROP_REASON_ValueMap
    MapRow { name: S(42393, 26), bitmap: false, first: 271, count: 2 }, // 44 TCPIP_TIMER_STATE_ValueMap
];

const MAP_ENTRIES: &[(u64, S)] = &[
    (0x1, S(1049, 9)), // PackageId
    (0x0, S(7701, 6)), // static
    (0x1, S(7707, 7)), // dynamic
    (0x1, S(11954, 28)), // WSMAN_FLAG_NO_AUTHENTICATION
    (0x2, S(11982, 22)), // WSMAN_FLAG_AUTH_DIGEST
    (0x4, S(12004, 25)), // WSMAN_FLAG_AUTH_NEGOTIATE
    (0x8, S(12029, 21)), // WSMAN_FLAG_AUTH_BASIC
    (0x10, S(12050, 24)), // WSMAN_FLAG_AUTH_KERBEROS
    (0x20, S(12074, 34)), // WSMAN_FLAG_AUTH_CLIENT_CERTIFICATE
    (0x80, S(12108, 23)), // WSMAN_FLAG_AUTH_CREDSSP
    (0x0, S(13188, 19)), // AllPublicProperties
    (0x1, S(13207, 6)), // String
    (0x2, S(13213, 18)), // SpecificProperties
    (0x1, S(14045, 6)), // Client
    (0x2, S(14051, 6)), // Server
    (0x4, S(14057, 8)), // Listener
    (0x0, S(14107, 22)), // InvalidTargetInterface
    (0x1, S(14129, 7)), // Session
    (0x2, S(14136, 12)), // RunspacePool
    (0x3, S(14148, 10)), // PowerShell
    (0x2, S(21624, 4)), // IPV4
    (0x17, S(21628, 4)), // IPV6
    (0x0, S(22266, 11)), // ClosedState
    (0x1, S(22277, 11)), // ListenState
    (0x2, S(22288, 12)), // SynSentState
    (0x3, S(22300, 12)), // SynRcvdState
    (0x4, S(22312, 16)), // EstablishedState
    (0x5, S(22328, 13)), // FinWait1State
    (0x6, S(22341, 13)), // FinWait2State
    (0x7, S(22354, 14)), // CloseWaitState
    (0x8, S(22368, 12)), // ClosingState
    (0x9, S(22380, 12)), // LastAckState
    (0xa, S(22392, 13)), // TimeWaitState
    (0x0, S(24062, 15)), // RetransmitTimer
    (0x1, S(24077, 12)), // ConnectTimer
    (0x2, S(24089, 11)), // DelAckTimer
    (0x3, S(24100, 9)), // PushTimer
    (0x4, S(24109, 14)), // KeepAliveTimer
    (0x5, S(24123, 15)), // DisconnectTimer
    (0x6, S(24138, 8)), // SwsTimer
    (0x7, S(24146, 19)), // ReassemblyRateTimer
    (0x8, S(24165, 23)), // SynOrRstValidationTimer
    (0x0, S(24890, 5)), // FALSE
    (0x1, S(24895, 4)), // TRUE
    (0x0, S(25651, 25)), // TCP_OFFLOAD_NO_PREFERENCE
    (0x1, S(25676, 25)), // TCP_OFFLOAD_NOT_PREFERRED
    (0x2, S(25701, 21)), // TCP_OFFLOAD_PREFERRED
    (0x3, S(25722, 13)), // TCP_KEEPALIVE
    (0x4, S(25735, 10)), // TCP_MAXSEG
    (0x5, S(25745, 9)), // TCP_MAXRT
    (0x6, S(25754, 10)), // TCP_STDURG
    (0x7, S(25764, 9)), // TCP_NOURG
    (0x8, S(25773, 10)), // TCP_ATMARK
    (0x9, S(25783, 16)), // TCP_NOSYNRETRIES
    (0xa, S(25799, 14)), // TCP_TIMESTAMPS
    (0xb, S(25813, 22)), // TCP_OFFLOAD_PREFERENCE
    (0xc, S(25835, 24)), // TCP_CONGESTION_ALGORITHM
    (0xd, S(25859, 17)), // TCP_DELAY_FIN_ACK
    (0x0, S(27925, 8)), // Indicate
    (0x1, S(27933, 4)), // Pend
    (0x2, S(27937, 7)), // Satisfy
    (0x0, S(28348, 32)), // Failed to allocate the WSD cache
    (0x1, S(28380, 35)), // Failure initializing PnP work queue
    (0x2, S(28415, 35)), // Failed to get persistent parameters
    (0x3, S(28450, 30)), // Rejected persistent parameters
    (0x4, S(28480, 17)), // qualified profile
    (0x5, S(28497, 21)), // qualified destination
    (0x6, S(28518, 28)), // sample collection completion
    (0x7, S(28546, 20)), // idle time expiration
    (0x8, S(28566, 10)), // allocation
    (0x9, S(28576, 18)), // new sample request
    (0xa, S(28594, 20)), // configuration change
    (0x0, S(28747, 4)), // Idle
    (0x1, S(28751, 9)), // ProbingWs
    (0x2, S(28760, 9)), // ProbeWait
    (0x3, S(28769, 16)), // ProbingWithoutWs
    (0x4, S(28785, 10)), // RecordWait
    (0x5, S(28795, 12)), // EreQualified
    (0x6, S(28807, 9)), // Qualified
    (0x0, S(29505, 23)), // TcpTemplateTypeInternet
    (0x1, S(29528, 25)), // TcpTemplateTypeDatacenter
    (0x2, S(29553, 21)), // TcpTemplateTypeCompat
    (0x3, S(29574, 31)), // TcpTemplateTypeDatacenterCustom
    (0x4, S(29605, 29)), // TcpTemplateTypeInternetCustom
    (0x6, S(29634, 22)), // TcpTemplateTypeDefault
    (0x7, S(29656, 24)), // TcpTemplateTypeAutomatic
    (0x0, S(29742, 7)), // Default
    (0x1, S(29749, 7)), // NewReno
    (0x2, S(29756, 4)), // CTCP
    (0x3, S(29760, 5)), // DCTCP
    (0x4, S(29765, 6)), // LEDBAT
    (0x0, S(30003, 8)), // Disabled
    (0x1, S(30011, 7)), // Enabled
    (0x0, S(30078, 10)), // No Failure
    (0x1, S(30088, 7)), // Unknown
    (0x2, S(30095, 13)), // System Policy
    (0x3, S(30108, 20)), // NIC Capacity Reached
    (0x4, S(30128, 20)), // System Low On Memory
    (0x5, S(30148, 30)), // WFP driver / Stream inspection
    (0x6, S(30178, 23)), // Weak Host Model Enabled
    (0x7, S(30201, 18)), // Forwarding Enabled
    (0x8, S(30219, 19)), // Hardware capability
    (0x9, S(30238, 24)), // NDIS filter/NIC property
    (0x0, S(30409, 53)), // Loopback fast path socket option not set on both ends
    (0x1, S(30462, 49)), // Filter policy existed for the loopback connection
    (0x2, S(30595, 4)), // IPv4
    (0x17, S(30599, 4)), // IPv6
    (0x0, S(30649, 6)), // unbind
    (0x1, S(30655, 4)), // bind
    (0x2, S(30659, 11)), // port change
    (0x0, S(30779, 8)), // removing
    (0x1, S(30787, 6)), // adding
    (0x3e8, S(31422, 4)), // none
    (0x3e9, S(31426, 12)), // receive hash
    (0x3ea, S(31438, 13)), // receive scale
    (0x3eb, S(31451, 7)), // enabled
    (0x3ec, S(31458, 8)), // disabled
    (0x0, S(31528, 13)), // not available
    (0x1, S(31541, 9)), // available
    (0x2, S(31550, 18)), // available on ports
    (0x0, S(31756, 5)), // Async
    (0x1, S(31761, 6)), // Inline
    (0x0, S(31831, 9)), // Undefined
    (0x1, S(31840, 7)), // Adapter
    (0x2, S(31847, 2)), // QP
    (0x3, S(31849, 2)), // CQ
    (0x4, S(31851, 2)), // MR
    (0x5, S(31853, 2)), // MW
    (0x6, S(31855, 2)), // PD
    (0x7, S(31857, 14)), // SharedEndpoint
    (0x8, S(31871, 9)), // Connector
    (0x9, S(14057, 8)), // Listener
    (0xa, S(31880, 3)), // SRQ
    (0xb, S(31883, 3)), // Max
    (0x0, S(32003, 12)), // NotifyErrors
    (0x1, S(32015, 9)), // NotifyAny
    (0x2, S(32024, 15)), // NotifySolicited
    (0x0, S(33190, 5)), // Local
    (0x1, S(33195, 6)), // Remote
    (0x2, S(33201, 10)), // Privileged
    (0x0, S(33190, 5)), // Local
    (0x1, S(33195, 6)), // Remote
    (0x0, S(30011, 7)), // Enabled
    (0x1, S(33925, 20)), // Send request dropped
    (0x2, S(33945, 15)), // Receive dropped
    (0x3, S(33960, 26)), // Disconnect request dropped
    (0x4, S(33986, 13)), // Reset dropped
    (0x0, S(34139, 7)), // Invalid
    (0x1, S(34146, 23)), // Software Slot allocated
    (0x2, S(34169, 23)), // Hardware Slot allocated
    (0x3, S(34192, 12)), // Policy error
    (0x4, S(34204, 12)), // system error
    (0x0, S(34567, 13)), // Processor Add
    (0x1, S(34580, 19)), // Power Source Change
    (0x0, S(34697, 2)), // IP
    (0x1, S(34699, 3)), // TCP
    (0x0, S(35116, 11)), // Unreachable
    (0x1, S(35127, 10)), // Incomplete
    (0x2, S(35137, 5)), // Probe
    (0x3, S(35142, 5)), // Delay
    (0x4, S(35147, 5)), // Stale
    (0x5, S(35152, 9)), // Reachable
    (0x6, S(35161, 9)), // Permanent
    (0x7, S(35170, 7)), // Maximum
    (0x0, S(35268, 3)), // Map
    (0x1, S(35271, 9)), // Configure
    (0x2, S(35280, 22)), // TlSuspectsReachability
    (0x3, S(35302, 22)), // TlConfirmsReachability
    (0x4, S(35324, 22)), // NaConfirmsReachability
    (0x5, S(35346, 17)), // ProbeReachability
    (0x6, S(35363, 15)), // DadSolicitation
    (0x7, S(35378, 12)), // NewDlAddress
    (0x8, S(35390, 10)), // TriggerNud
    (0x9, S(35400, 7)), // Resolve
    (0xa, S(23342, 7)), // Timeout
    (0xb, S(35407, 29)), // Sending neighbor solicitation
    (0xc, S(35436, 30)), // Received neighbor solicitation
    (0xd, S(35466, 30)), // Sending neighbor advertisement
    (0xe, S(35496, 31)), // Received neighbor advertisement
    (0xf, S(35527, 27)), // Sending router solicitation
    (0x10, S(35554, 28)), // Received router solicitation
    (0x11, S(35582, 28)), // Sending router advertisement
    (0x12, S(35610, 29)), // Received router advertisement
    (0x10, S(35780, 19)), // Prefer Same Address
    (0x20, S(35799, 24)), // Prefer Appropriate Scope
    (0x30, S(35823, 26)), // Avoid Deprecated Addresses
    (0x40, S(35849, 21)), // Prefer Home Addresses
    (0x50, S(35870, 25)), // Prefer Outgoing Interface
    (0x51, S(35895, 40)), // Prefer Addresses Associated With NextHop
    (0x60, S(35935, 21)), // Prefer Matching Label
    (0x70, S(35956, 26)), // Prefer Temporary Addresses
    (0x71, S(35982, 44)), // System Defined Preference (Windows Specific)
    (0x72, S(36026, 62)), // Prefer Longest Matching Prefix With NextHop (Windows Specifi...
    (0x80, S(36088, 30)), // Prefer Longest Matching Prefix
    (0x1, S(36295, 7)), // Receive
    (0x2, S(36302, 4)), // Send
    (0x4, S(32153, 12)), // FastRegister
    (0x8, S(30620, 4)), // Bind
    (0x10, S(36306, 10)), // Invalidate
    (0x20, S(2095, 4)), // Read
    (0x40, S(2163, 5)), // Write
    (0x8001, S(36316, 20)), // ReceiveAndInvalidate
    (0x0, S(36664, 13)), // Not Activated
    (0x1, S(36655, 9)), // Activated
    (0x0, S(38068, 16)), // CreateWolContext
    (0x1, S(38084, 16)), // DeleteWolContext
    (0x2, S(38100, 13)), // SetWolContext
    (0x3, S(38113, 15)), // ClearWolContext
    (0x4, S(38128, 17)), // WolContextEvicted
    (0x5, S(38145, 13)), // AddWolAddress
    (0x6, S(38158, 16)), // RemoveWolAddress
    (0x0, S(36302, 4)), // Send
    (0x1, S(36295, 7)), // Receive
    (0x1, S(39946, 10)), // TimerArmed
    (0x2, S(39956, 10)), // TimerFired
    (0x3, S(39966, 6)), // Failed
    (0x0, S(40108, 14)), // TcpFastopenOff
    (0x1, S(40122, 20)), // TcpFastopenAccepting
    (0x2, S(40142, 30)), // TcpFastopenServerSendingCookie
    (0x3, S(40172, 27)), // TcpFastopenServerSentCookie
    (0x4, S(40199, 20)), // TcpFastopenNegotiate
    (0x5, S(40219, 18)), // TcpFastopenAttempt
    (0x6, S(40237, 27)), // TcpFastopenNegotiateSuccess
    (0x7, S(40264, 25)), // TcpFastopenAttemptSuccess
    (0x8, S(40289, 25)), // TcpFastopenCookieRollover
    (0x9, S(40314, 17)), // TcpFastopenFailed
    (0xa, S(40331, 26)), // TcpFastopenFailedBlocklist
    (0x0, S(41492, 10)), // Echo Reply
    (0x1, S(41502, 23)), // Destination Unreachable
    (0x2, S(41525, 14)), // Packet Too Big
    (0x3, S(41539, 45)), // Destination Unreachable(v4)/Time Exceeded(v6)
    (0x4, S(41584, 39)), // Source Quench(v4)/Parameter Problem(v6)
    (0x5, S(41623, 8)), // Redirect
    (0x8, S(41631, 12)), // Echo Request
    (0x9, S(41643, 20)), // Router Advertisement
    (0xa, S(41663, 19)), // Router Solicitation
    (0xb, S(41682, 13)), // Time Exceeded
    (0xc, S(41695, 17)), // Parameter Problem
    (0xd, S(41712, 17)), // Timestamp Request
    (0xe, S(41729, 15)), // Timestamp Reply
    (0x11, S(41744, 20)), // Address Mask Request
    (0x12, S(41764, 18)), // Address Mask Reply
    (0x80, S(41631, 12)), // Echo Request
    (0x81, S(41492, 10)), // Echo Reply
    (0x82, S(41782, 24)), // Multicast Listener Query
    (0x83, S(41806, 25)), // Multicast Listener Report
    (0x84, S(41831, 23)), // Multicast Listener Done
    (0x85, S(41663, 19)), // Router Solicitation
    (0x86, S(41643, 20)), // Router Advertisement
    (0x87, S(41854, 21)), // Neighbor Solicitation
    (0x88, S(41875, 22)), // Neighbor Advertisement
    (0x89, S(41897, 16)), // Redirect Message
    (0x8f, S(41913, 28)), // Multicast Listener Discovery
    (0x100, S(41941, 10)), // Not Parsed
    (0x0, S(41983, 15)), // General failure
    (0x1, S(41998, 16)), // Truncated header
    (0x2, S(42014, 16)), // Invalid checksum
    (0x3, S(42030, 15)), // Inspection drop
    (0x4, S(42045, 37)), // Rejecting loopback neighbor discovery
    (0x5, S(42082, 17)), // Unknown type/code
    (0x6, S(42099, 19)), // Truncated IP header
    (0x7, S(42118, 19)), // Oversized IP header
    (0x8, S(42137, 10)), // No handler
    (0x9, S(42147, 35)), // Not responding with error for error
    (0xa, S(42182, 14)), // Invalid source
    (0xb, S(42196, 20)), // Interface rate limit
    (0xc, S(42216, 15)), // Path rate limit
    (0xd, S(42231, 8)), // No route
    (0xe, S(42239, 19)), // No matching request
    (0xf, S(42258, 16)), // Buffer too small
    (0x10, S(42274, 31)), // Failed to obtain ancillary data
    (0x0, S(42385, 8)), // Periodic
    (0x1, S(34870, 9)), // Aperiodic
];

const KEYWORDS: &[S] = &[
    S(28, 24), // WINEVENT_KEYWORD_PROCESS
    S(414, 23), // WINEVENT_KEYWORD_THREAD
    S(589, 22), // WINEVENT_KEYWORD_IMAGE
    S(685, 29), // WINEVENT_KEYWORD_CPU_PRIORITY
    S(771, 31), // WINEVENT_KEYWORD_OTHER_PRIORITY
    S(849, 31), // WINEVENT_KEYWORD_PROCESS_FREEZE
    S(961, 20), // WINEVENT_KEYWORD_JOB
    S(1076, 49), // WINEVENT_KEYWORD_ENABLE_PROCESS_TRACING_CALLBACKS
    S(1168, 23), // WINEVENT_KEYWORD_JOB_IO
    S(1679, 31), // WINEVENT_KEYWORD_WORK_ON_BEHALF
    S(1869, 28), // KERNEL_FILE_KEYWORD_FILENAME
    S(1928, 26), // KERNEL_FILE_KEYWORD_FILEIO
    S(1954, 26), // KERNEL_FILE_KEYWORD_CREATE
    S(1928, 26), // KERNEL_FILE_KEYWORD_FILEIO
    S(1928, 26), // KERNEL_FILE_KEYWORD_FILEIO
    S(2099, 24), // KERNEL_FILE_KEYWORD_READ
    S(1928, 26), // KERNEL_FILE_KEYWORD_FILEIO
    S(2168, 25), // KERNEL_FILE_KEYWORD_WRITE
    S(1928, 26), // KERNEL_FILE_KEYWORD_FILEIO
    S(2398, 26), // KERNEL_FILE_KEYWORD_OP_END
    S(2461, 31), // KERNEL_FILE_KEYWORD_DELETE_PATH
    S(2523, 39), // KERNEL_FILE_KEYWORD_RENAME_SETLINK_PATH
    S(2632, 35), // KERNEL_FILE_KEYWORD_CREATE_NEW_FILE
    S(2798, 9), // CreateKey
    S(2870, 7), // OpenKey
    S(2892, 9), // DeleteKey
    S(2922, 8), // QueryKey
    S(2983, 11), // SetValueKey
    S(3095, 14), // DeleteValueKey
    S(3128, 13), // QueryValueKey
    S(3159, 12), // EnumerateKey
    S(3199, 17), // EnumerateValueKey
    S(3243, 21), // QueryMultipleValueKey
    S(3297, 17), // SetInformationKey
    S(3328, 8), // FlushKey
    S(3350, 8), // CloseKey
    S(3380, 16), // QuerySecurityKey
    S(3416, 14), // SetSecurityKey
    S(6768, 26), // KERNEL_MEM_KEYWORD_MEMINFO
    S(7024, 29), // KERNEL_MEM_KEYWORD_MEMINFO_EX
    S(7206, 26), // KERNEL_MEM_KEYWORD_WS_SWAP
    S(7476, 22), // KERNEL_MEM_KEYWORD_ACG
    S(7891, 20), // ut:DnsAutoLogKeyword
    S(8194, 20), // keyword_200000000000
    S(8538, 20), // keyword_400000000000
    S(10211, 7), // Cmdlets
    S(10616, 8), // Runspace
    S(12814, 10), // Serializer
    S(13985, 9), // Transport
    S(15658, 10), // PSWorkflow
    S(21592, 11), // ut:Endpoint
    S(21686, 17), // ut:TcpipDiagnosis
    S(21592, 11), // ut:Endpoint
    S(21703, 14), // ut:ConnectPath
    S(21686, 17), // ut:TcpipDiagnosis
    S(21827, 11), // ut:SendPath
    S(21703, 14), // ut:ConnectPath
    S(21890, 16), // ut:TcpipEndpoint
    S(21906, 12), // ut:TcpipBind
    S(21592, 11), // ut:Endpoint
    S(21890, 16), // ut:TcpipEndpoint
    S(21592, 11), // ut:Endpoint
    S(22015, 12), // ut:ClosePath
    S(21890, 16), // ut:TcpipEndpoint
    S(21592, 11), // ut:Endpoint
    S(22195, 16), // ut:TcpipListener
    S(22211, 11), // ut:TcpipTcb
    S(21686, 17), // ut:TcpipDiagnosis
    S(21592, 11), // ut:Endpoint
    S(21703, 14), // ut:ConnectPath
    S(22211, 11), // ut:TcpipTcb
    S(21686, 17), // ut:TcpipDiagnosis
    S(21592, 11), // ut:Endpoint
    S(21703, 14), // ut:ConnectPath
    S(22211, 11), // ut:TcpipTcb
    S(21592, 11), // ut:Endpoint
    S(22015, 12), // ut:ClosePath
    S(22211, 11), // ut:TcpipTcb
    S(21686, 17), // ut:TcpipDiagnosis
    S(21592, 11), // ut:Endpoint
    S(22015, 12), // ut:ClosePath
    S(22211, 11), // ut:TcpipTcb
    S(21592, 11), // ut:Endpoint
    S(21686, 17), // ut:TcpipDiagnosis
    S(23690, 9), // ut:Global
    S(21686, 17), // ut:TcpipDiagnosis
    S(23690, 9), // ut:Global
    S(23822, 19), // keyword_10000000000
    S(23974, 17), // ut:TcpipInterface
    S(23690, 9), // ut:Global
    S(22211, 11), // ut:TcpipTcb
    S(21686, 17), // ut:TcpipDiagnosis
    S(21592, 11), // ut:Endpoint
    S(21686, 17), // ut:TcpipDiagnosis
    S(21827, 11), // ut:SendPath
    S(21827, 11), // ut:SendPath
    S(24674, 14), // ut:ReceivePath
    S(21686, 17), // ut:TcpipDiagnosis
    S(24674, 14), // ut:ReceivePath
    S(23690, 9), // ut:Global
    S(22211, 11), // ut:TcpipTcb
    S(21592, 11), // ut:Endpoint
    S(25596, 16), // ut:Configuration
    S(23974, 17), // ut:TcpipInterface
    S(21686, 17), // ut:TcpipDiagnosis
    S(25918, 14), // ut:TcpipCsDiag
    S(23690, 9), // ut:Global
    S(21686, 17), // ut:TcpipDiagnosis
    S(25596, 16), // ut:Configuration
    S(23690, 9), // ut:Global
    S(22211, 11), // ut:TcpipTcb
    S(25596, 16), // ut:Configuration
    S(22211, 11), // ut:TcpipTcb
    S(25596, 16), // ut:Configuration
    S(23690, 9), // ut:Global
    S(22195, 16), // ut:TcpipListener
    S(21703, 14), // ut:ConnectPath
    S(23974, 17), // ut:TcpipInterface
    S(25596, 16), // ut:Configuration
    S(27139, 12), // ut:TcpipCtcp
    S(21827, 11), // ut:SendPath
    S(21686, 17), // ut:TcpipDiagnosis
    S(21703, 14), // ut:ConnectPath
    S(21686, 17), // ut:TcpipDiagnosis
    S(24674, 14), // ut:ReceivePath
    S(21703, 14), // ut:ConnectPath
    S(21686, 17), // ut:TcpipDiagnosis
    S(24674, 14), // ut:ReceivePath
    S(23822, 19), // keyword_10000000000
    S(21703, 14), // ut:ConnectPath
    S(21686, 17), // ut:TcpipDiagnosis
    S(24674, 14), // ut:ReceivePath
    S(23690, 9), // ut:Global
    S(23822, 19), // keyword_10000000000
    S(23974, 17), // ut:TcpipInterface
    S(21686, 17), // ut:TcpipDiagnosis
    S(30589, 6), // ut:Rss
    S(23690, 9), // ut:Global
    S(21686, 17), // ut:TcpipDiagnosis
    S(30589, 6), // ut:Rss
    S(23690, 9), // ut:Global
    S(31620, 13), // ut:TcpipNdkpi
    S(25918, 14), // ut:TcpipCsDiag
    S(23690, 9), // ut:Global
    S(25918, 14), // ut:TcpipCsDiag
    S(21703, 14), // ut:ConnectPath
    S(23690, 9), // ut:Global
    S(21703, 14), // ut:ConnectPath
    S(23690, 9), // ut:Global
    S(23974, 17), // ut:TcpipInterface
    S(35053, 13), // ut:TcpipRoute
    S(35053, 13), // ut:TcpipRoute
    S(21686, 17), // ut:TcpipDiagnosis
    S(23974, 17), // ut:TcpipInterface
    S(23974, 17), // ut:TcpipInterface
    S(25918, 14), // ut:TcpipCsDiag
    S(22015, 12), // ut:ClosePath
    S(21906, 12), // ut:TcpipBind
    S(21827, 11), // ut:SendPath
    S(24674, 14), // ut:ReceivePath
    S(38505, 9), // ut:Teredo
    S(38753, 15), // ut:AlePartition
    S(38875, 20), // ut:AleRemoteEndpoint
    S(38929, 12), // ut:AleMemory
    S(21686, 17), // ut:TcpipDiagnosis
    S(39026, 9), // ut:Ledbat
    S(21827, 11), // ut:SendPath
    S(21686, 17), // ut:TcpipDiagnosis
    S(39147, 6), // ut:Nrt
    S(21686, 17), // ut:TcpipDiagnosis
    S(39147, 6), // ut:Nrt
    S(21703, 14), // ut:ConnectPath
    S(21686, 17), // ut:TcpipDiagnosis
    S(23822, 19), // keyword_10000000000
];

/// Every string of the rows, one after the other (each line's comment is its offset).
const STRINGS: &str = concat!(
    "ProcessStart", // 0
    "Start", // 12
    "Information", // 17
    "WINEVENT_KEYWORD_PROCESS", // 28
    "ProcessID", // 52
    "CreateTime", // 61
    "ParentProcessID", // 71
    "SessionID", // 86
    "ImageName", // 95
    "ProcessStart_V1", // 104
    "Flags", // 119
    "ProcessStart_V2", // 124
    "ImageChecksum", // 139
    "TimeDateStamp", // 152
    "PackageFullName", // 165
    "PackageRelativeAppId", // 180
    "ProcessStop", // 200
    "Stop", // 211
    "ExitTime", // 215
    "ExitCode", // 223
    "TokenElevationType", // 231
    "HandleCount", // 249
    "CommitCharge", // 260
    "CommitPeak", // 272
    "ProcessStop_V1", // 282
    "CPUCycleCount", // 296
    "ReadOperationCount", // 309
    "WriteOperationCount", // 327
    "ReadTransferKiloBytes", // 346
    "WriteTransferKiloBytes", // 367
    "HardFaultCount", // 389
    "ThreadStart", // 403
    "WINEVENT_KEYWORD_THREAD", // 414
    "ThreadID", // 437
    "StackBase", // 445
    "StackLimit", // 454
    "UserStackBase", // 464
    "UserStackLimit", // 477
    "StartAddr", // 491
    "Win32StartAddr", // 500
    "TebBase", // 514
    "ThreadStart_V1", // 521
    "SubProcessTag", // 535
    "ThreadStop", // 548
    "ThreadStop_V1", // 558
    "CycleTime", // 571
    "ImageLoad", // 580
    "WINEVENT_KEYWORD_IMAGE", // 589
    "ImageBase", // 611
    "ImageSize", // 620
    "ImageCheckSum", // 629
    "DefaultBase", // 642
    "ImageUnload", // 653
    "CpuBasePriorityChange", // 664
    "WINEVENT_KEYWORD_CPU_PRIORITY", // 685
    "OldPriority", // 714
    "NewPriority", // 725
    "CpuPriorityChange", // 736
    "PagePriorityChange", // 753
    "WINEVENT_KEYWORD_OTHER_PRIORITY", // 771
    "IoPriorityChange", // 802
    "ProcessFreezeStart", // 818
    "ProcessFreeze", // 836
    "WINEVENT_KEYWORD_PROCESS_FREEZE", // 849
    "FrozenProcessID", // 880
    "ProcessFreezeStart_V1", // 895
    "ProcessFreezeStop", // 916
    "ProcessFreezeStop_V1", // 933
    "JobStart", // 953
    "WINEVENT_KEYWORD_JOB", // 961
    "ContainerID", // 981
    "JobID", // 992
    "StatusCode", // 997
    "JobTerminateStop", // 1007
    "JobTerminate", // 1023
    "ProcessRundown", // 1035
    "PackageId", // 1049
    "ProcessFlags", // 1058
    "task_0", // 1070
    "WINEVENT_KEYWORD_ENABLE_PROCESS_TRACING_CALLBACKS", // 1076
    "PsDiskIoAttributionStart", // 1125
    "PsDiskIoAttribution", // 1149
    "WINEVENT_KEYWORD_JOB_IO", // 1168
    "DiskIoAttribution", // 1191
    "PsDiskIoAttributionStop", // 1208
    "PsIoRateControlStart", // 1231
    "PsIoRateControl", // 1251
    "IoRateControl", // 1266
    "ControlType", // 1279
    "RateType", // 1290
    "RateAmount", // 1298
    "PsIoRateControlStart_V1", // 1308
    "MaxIops", // 1331
    "MaxBandwidth", // 1338
    "MaxTimePercent", // 1350
    "ReservationIops", // 1364
    "ReservationBandwidth", // 1379
    "ReservationTimePercent", // 1399
    "CriticalReservationIops", // 1421
    "CriticalReservationBandwidth", // 1444
    "CriticalReservationTimePercent", // 1472
    "ControlFlags", // 1502
    "VolumeName", // 1514
    "PsIoRateControlStart_V2", // 1524
    "SoftMaxIops", // 1547
    "SoftMaxBandwidth", // 1558
    "SoftMaxTimePercent", // 1574
    "PsIoRateControlStop", // 1592
    "PsIoRateControlStop_V1", // 1611
    "PsIoRateControlStop_V2", // 1633
    "ThreadWorkOnBehalfUpdate", // 1655
    "WINEVENT_KEYWORD_WORK_ON_BEHALF", // 1679
    "OldWorkOnBehalfThreadID", // 1710
    "NewWorkOnBehalfThreadID", // 1733
    "Microsoft-Windows-Kernel-Process", // 1756
    "manifest {22fb2cd6-0e7b-422b-a0c7-2fad1fd0e716}.xml of dissect.etl 3.14", // 1788
    "NameCreate", // 1859
    "KERNEL_FILE_KEYWORD_FILENAME", // 1869
    "FileKey", // 1897
    "FileName", // 1904
    "NameDelete", // 1912
    "Create", // 1922
    "KERNEL_FILE_KEYWORD_FILEIO", // 1928
    "KERNEL_FILE_KEYWORD_CREATE", // 1954
    "Irp", // 1980
    "ThreadId", // 1983
    "FileObject", // 1991
    "CreateOptions", // 2001
    "CreateAttributes", // 2014
    "ShareAccess", // 2030
    "Create_V1", // 2041
    "IssuingThreadId", // 2050
    "Cleanup", // 2065
    "Cleanup_V1", // 2072
    "Close", // 2082
    "Close_V1", // 2087
    "Read", // 2095
    "KERNEL_FILE_KEYWORD_READ", // 2099
    "ByteOffset", // 2123
    "IOSize", // 2133
    "IOFlags", // 2139
    "Read_V1", // 2146
    "ExtraFlags", // 2153
    "Write", // 2163
    "KERNEL_FILE_KEYWORD_WRITE", // 2168
    "Write_V1", // 2193
    "SetInformation", // 2201
    "ExtraInformation", // 2215
    "InfoClass", // 2231
    "SetInformation_V1", // 2240
    "SetDelete", // 2257
    "SetDelete_V1", // 2266
    "Rename", // 2278
    "Rename_V1", // 2284
    "DirEnum", // 2293
    "Length", // 2300
    "FileIndex", // 2306
    "DirEnum_V1", // 2315
    "Flush", // 2325
    "Flush_V1", // 2330
    "QueryInformation", // 2338
    "QueryInformation_V1", // 2354
    "FSCTL", // 2373
    "FSCTL_V1", // 2378
    "OperationEnd", // 2386
    "KERNEL_FILE_KEYWORD_OP_END", // 2398
    "Status", // 2424
    "DirNotify", // 2430
    "DirNotify_V1", // 2439
    "DeletePath", // 2451
    "KERNEL_FILE_KEYWORD_DELETE_PATH", // 2461
    "FilePath", // 2492
    "DeletePath_V1", // 2500
    "RenamePath", // 2513
    "KERNEL_FILE_KEYWORD_RENAME_SETLINK_PATH", // 2523
    "RenamePath_V1", // 2562
    "SetLinkPath", // 2575
    "SetLinkPath_V1", // 2586
    "Rename29", // 2600
    "Rename29_V1", // 2608
    "CreateNewFile", // 2619
    "KERNEL_FILE_KEYWORD_CREATE_NEW_FILE", // 2632
    "CreateNewFile_V1", // 2667
    "Microsoft-Windows-Kernel-File", // 2683
    "manifest {edd08927-9cc4-4e65-b970-c2560fb5c289}.xml of dissect.etl 3.14", // 2712
    "task_0CreateKey", // 2783
    "CreateKey", // 2798
    "BaseObject", // 2807
    "KeyObject", // 2817
    "Disposition", // 2826
    "BaseName", // 2837
    "RelativeName", // 2845
    "task_0OpenKey", // 2857
    "OpenKey", // 2870
    "task_0DeleteKey", // 2877
    "DeleteKey", // 2892
    "KeyName", // 2901
    "task_0QueryKey", // 2908
    "QueryKey", // 2922
    "DataSize", // 2930
    "CapturedDataSize", // 2938
    "CapturedData", // 2954
    "task_0SetValueKey", // 2966
    "SetValueKey", // 2983
    "Type", // 2994
    "ValueName", // 2998
    "PreviousDataType", // 3007
    "PreviousDataSize", // 3023
    "PreviousDataCapturedSize", // 3039
    "PreviousData", // 3063
    "task_0DeleteValueKey", // 3075
    "DeleteValueKey", // 3095
    "task_0QueryValueKey", // 3109
    "QueryValueKey", // 3128
    "task_0EnumerateKey", // 3141
    "EnumerateKey", // 3159
    "Index", // 3171
    "task_0EnumerateValueKey", // 3176
    "EnumerateValueKey", // 3199
    "task_0QueryMultipleValueKey", // 3216
    "QueryMultipleValueKey", // 3243
    "EntryCount", // 3264
    "task_0SetInformationKey", // 3274
    "SetInformationKey", // 3297
    "task_0FlushKey", // 3314
    "FlushKey", // 3328
    "task_0CloseKey", // 3336
    "CloseKey", // 3350
    "task_0QuerySecurityKey", // 3358
    "QuerySecurityKey", // 3380
    "task_0SetSecurityKey", // 3396
    "SetSecurityKey", // 3416
    "Thisgroupofeventstrackstheperformanceofmountinghivesfromexistingfiles.Start", // 3430
    "Thisgroupofeventstrackstheperformanceofmountinghivesfromexistingfiles.", // 3505
    "Thisgroupofeventstrackstheperformanceofmountinghivesfromexistingfiles.RegPerfOpHiveMountBaseFileMounted", // 3575
    "RegPerfOpHiveMountBaseFileMounted", // 3678
    "HiveFilePath", // 3711
    "FileSize", // 3723
    "Thisgroupofeventstrackstheperformanceofmountinghivesfromexistingfiles.RegPerfOpHiveMountLogEntryApplied", // 3731
    "RegPerfOpHiveMountLogEntryApplied", // 3834
    "TotalEntrySize", // 3867
    "BytesRecovered", // 3881
    "Thisgroupofeventstrackstheperformanceofmountinghivesfromexistingfiles.Stop", // 3895
    "Thisgroupofeventstrackstheperformanceofunloadinghives.Start", // 3969
    "Thisgroupofeventstrackstheperformanceofunloadinghives.", // 4028
    "HiveMountPoint", // 4082
    "Thisgroupofeventstrackstheperformanceofunloadinghives.Stop", // 4096
    "Thisgroupofeventstrackstheperformanceofflushinghives.Start", // 4154
    "Thisgroupofeventstrackstheperformanceofflushinghives.", // 4212
    "FlushFlags", // 4265
    "Thisgroupofeventstrackstheperformanceofflushinghives.RegPerfOpHiveFlushBecameActiveFlusher", // 4275
    "RegPerfOpHiveFlushBecameActiveFlusher", // 4365
    "Thisgroupofeventstrackstheperformanceofflushinghives.RegPerfOpHiveFlushGatheredLogData", // 4402
    "RegPerfOpHiveFlushGatheredLogData", // 4488
    "BytesGathered", // 4521
    "Thisgroupofeventstrackstheperformanceofflushinghives.RegPerfOpHiveFlushGatheredPrimaryData", // 4534
    "RegPerfOpHiveFlushGatheredPrimaryData", // 4624
    "Thisgroupofeventstrackstheperformanceofflushinghives.RegPerfOpHiveFlushWroteLogFile", // 4661
    "RegPerfOpHiveFlushWroteLogFile", // 4744
    "WritesIssued", // 4774
    "BytesWritten", // 4786
    "Thisgroupofeventstrackstheperformanceofflushinghives.RegPerfOpHiveFlushWrotePrimaryFile", // 4798
    "RegPerfOpHiveFlushWrotePrimaryFile", // 4885
    "Thisgroupofeventstrackstheperformanceofflushinghives.RegPerfOpHiveFlushBoostedActiveFlusher", // 4919
    "RegPerfOpHiveFlushBoostedActiveFlusher", // 5010
    "Thisgroupofeventstrackstheperformanceofflushinghives.RegPerfOpHiveFlushStartWaitForActive", // 5048
    "RegPerfOpHiveFlushStartWaitForActive", // 5137
    "Thisgroupofeventstrackstheperformanceofflushinghives.RegPerfOpHiveFlushFinishWaitForActive", // 5173
    "RegPerfOpHiveFlushFinishWaitForActive", // 5263
    "Thisgroupofeventstrackstheperformanceofflushinghives.Stop", // 5300
    "Thisgroupofeventstrackstheperformanceofregistryshutdown.Start", // 5357
    "Thisgroupofeventstrackstheperformanceofregistryshutdown.", // 5418
    "Thisgroupofeventstrackstheperformanceofregistryshutdown.Start33", // 5474
    "Thisgroupofeventstrackstheperformanceofregistryshutdown.RegPerfOpShutdownFlushStart", // 5537
    "RegPerfOpShutdownFlushStart", // 5620
    "Thisgroupofeventstrackstheperformanceofregistryshutdown.RegPerfOpShutdownFlushStop", // 5647
    "RegPerfOpShutdownFlushStop", // 5729
    "Thisgroupofeventstrackstheperformanceofregistryshutdown.Stop", // 5755
    "Thisgroupofeventstrackstheperformanceofloadinghives.Start", // 5815
    "Thisgroupofeventstrackstheperformanceofloadinghives.", // 5872
    "SourceFile", // 5924
    "Thisgroupofeventstrackstheperformanceofloadinghives.Stop", // 5934
    "Thisgroupofeventstrackstheperformanceofrestoringhives.Start", // 5990
    "Thisgroupofeventstrackstheperformanceofrestoringhives.", // 6049
    "Thisgroupofeventstrackstheperformanceofrestoringhives.Stop", // 6103
    "Thisgroupofeventstrackstheperformanceofexportinghives.Start", // 6161
    "Thisgroupofeventstrackstheperformanceofexportinghives.", // 6220
    "SourceKeyPath", // 6274
    "Thisgroupofeventstrackstheperformanceofexportinghives.RegPerfOpSaveFileCopied", // 6287
    "RegPerfOpSaveFileCopied", // 6364
    "Thisgroupofeventstrackstheperformanceofexportinghives.RegPerfOpSaveTreeCopied", // 6387
    "RegPerfOpSaveTreeCopied", // 6464
    "Thisgroupofeventstrackstheperformanceofexportinghives.RegPerfOpSaveFileWritten", // 6487
    "RegPerfOpSaveFileWritten", // 6565
    "Thisgroupofeventstrackstheperformanceofexportinghives.Stop", // 6589
    "Microsoft-Windows-Kernel-Registry", // 6647
    "manifest {70eb4f03-c1de-4f73-a051-33d13d5413bd}.xml of dissect.etl 3.14", // 6680
    "MemInfo_V1", // 6751
    "MemInfo", // 6761
    "KERNEL_MEM_KEYWORD_MEMINFO", // 6768
    "PriorityLevels", // 6794
    "ZeroPageCount", // 6808
    "FreePageCount", // 6821
    "ModifiedPageCount", // 6834
    "ModifiedNoWritePageCount", // 6851
    "BadPageCount", // 6875
    "StandbyPageCounts", // 6887
    "RepurposedPageCounts", // 6904
    "ModifiedPageCountPageFile", // 6924
    "PagedPoolPageCount", // 6949
    "NonPagedPoolPageCount", // 6967
    "MdlPageCount", // 6988
    "CommitPageCount", // 7000
    "MemInfoWS", // 7015
    "KERNEL_MEM_KEYWORD_MEMINFO_EX", // 7024
    "Count", // 7053
    "WSCommitInfo", // 7058
    "MemInfoWS_V1", // 7070
    "MemInfoWS_V2", // 7082
    "MemInfoSessionWS", // 7094
    "SessionWSCommitInfo", // 7110
    "MemInfoSessionWS_V1", // 7129
    "MemInfoSessionWS_V2", // 7148
    "WorkingSetOutSwapStart", // 7167
    "WorkingSetOutSwap", // 7189
    "KERNEL_MEM_KEYWORD_WS_SWAP", // 7206
    "ProcessId", // 7232
    "WorkingSetOutSwapStart_V1", // 7241
    "WorkingSetOutSwapStop", // 7266
    "PagesProcessed", // 7287
    "WorkingSetOutSwapStop_V1", // 7301
    "WriteCombinePagesProcessed", // 7325
    "UncachedPagesProcessed", // 7351
    "CleanPagesProcessed", // 7373
    "WorkingSetInSwapStart", // 7392
    "WorkingSetInSwap", // 7413
    "WorkingSetInSwapStart_V1", // 7429
    "WorkingSetInSwapStop", // 7453
    "Acg", // 7473
    "KERNEL_MEM_KEYWORD_ACG", // 7476
    "AcgFlag", // 7498
    "Microsoft-Windows-Kernel-Memory", // 7505
    "manifest {d1d93ef7-e1f2-4f45-9943-03d245fe6c00}.xml of dissect.etl 3.14", // 7536
    "DnsNoServerConfigV4", // 7607
    "Location", // 7626
    "Context", // 7634
    "DnsServerForInterface", // 7641
    "Interface", // 7662
    "TotalServerCount", // 7671
    "DynamicAddress", // 7687
    "static", // 7701
    "dynamic", // 7707
    "DnsIpTypeMap", // 7714
    "AddressLength", // 7726
    "Address", // 7739
    "DnsServerQueryChange", // 7746
    "DnsServerValidationSuccess", // 7766
    "DnsServerValidationFailure", // 7792
    "Error", // 7818
    "DnsMissingPrimarySuffix", // 7823
    "ErrorCode", // 7846
    "DnsMissingPrimarySuffixSystem", // 7855
    "Warning", // 7884
    "ut:DnsAutoLogKeyword", // 7891
    "DnsNonMatchingSuffix", // 7911
    "DnsSuffix", // 7931
    "AdSuffix", // 7940
    "DnsNonMatchingSuffixSystem", // 7948
    "DnsHostFileError", // 7974
    "DnsHostFileErrorSystem", // 7990
    "DnsAllServersTimeout", // 8012
    "QueryName", // 8032
    "DnsAllServersTimeoutSystem", // 8041
    "DnsServerTimeout", // 8067
    "DnsNameError", // 8083
    "DnsAuthoritativeResponse", // 8095
    "DnsLinkLocal", // 8119
    "DnsAddressLength", // 8131
    "DnsAddress", // 8147
    "DnsNoServerConfigV6", // 8157
    "DnsReadPolicyTable", // 8176
    "keyword_200000000000", // 8194
    "DnsSecValidationRequired", // 8214
    "DnsQueryOverIPSec", // 8238
    "DnsEncryption", // 8255
    "DirectAccessServerList", // 8268
    "RemoteIPSEC", // 8290
    "RemoteEncryption", // 8301
    "ProxyType", // 8317
    "ProxyName", // 8326
    "DnsMatchPolicyInfo", // 8335
    "DnsSecureNoFallback", // 8353
    "DnsPolicySystemReadError", // 8372
    "RuleName", // 8396
    "DnsQueryBadXid", // 8404
    "DnsQueryInvalidServerIp", // 8418
    "DnsQueryInvalidQuestion", // 8441
    "ResponseQuestion", // 8464
    "DnsMatchPolicyInfo1028", // 8480
    "GenericServerList", // 8502
    "IdnConfig", // 8519
    "task_03000", // 8528
    "keyword_400000000000", // 8538
    "QueryType", // 8558
    "QueryOptions", // 8567
    "task_03001", // 8579
    "task_03002", // 8589
    "task_03003", // 8599
    "task_03004", // 8609
    "task_03005", // 8619
    "task_03006", // 8629
    "ServerList", // 8639
    "IsNetworkQuery", // 8649
    "NetworkQueryIndex", // 8663
    "InterfaceIndex", // 8680
    "IsAsyncQuery", // 8694
    "task_03007", // 8706
    "task_03008", // 8716
    "QueryStatus", // 8726
    "QueryResults", // 8737
    "task_03009", // 8749
    "IsParallelNetworkQuery", // 8759
    "NetworkIndex", // 8781
    "InterfaceCount", // 8793
    "AdapterName", // 8807
    "LocalAddress", // 8818
    "DNSServerAddress", // 8830
    "task_03010", // 8846
    "DnsServerIpAddress", // 8856
    "task_03011", // 8874
    "ResponseStatus", // 8884
    "task_03012", // 8898
    "task_03013", // 8908
    "task_03014", // 8918
    "task_03015", // 8928
    "task_03016", // 8938
    "task_03018", // 8948
    "task_03019", // 8958
    "task_03020", // 8968
    "DnsGenericError", // 8978
    "DnsGenericError8002", // 8993
    "DnsRegistration", // 9012
    "HostName", // 9027
    "AdapterSuffixName", // 9035
    "DnsServerList", // 9052
    "SentUpdateServer", // 9065
    "Ipaddress", // 9081
    "DnsRegistration8004", // 9090
    "DnsRegistration8005", // 9109
    "DnsRegistration8006", // 9128
    "DnsRegistration8007", // 9147
    "DnsRegistration8008", // 9166
    "DnsRegistration8009", // 9185
    "DnsRegistration8010", // 9204
    "DnsRegistration8011", // 9223
    "DnsRegistration8012", // 9242
    "DnsRegistration8013", // 9261
    "DnsRegistration8014", // 9280
    "DnsRegistration8015", // 9299
    "DnsRegistration8016", // 9318
    "DnsRegistration8017", // 9337
    "DnsRegistration8018", // 9356
    "DnsRegistration8019", // 9375
    "DnsRegistration8020", // 9394
    "DnsRegistration8021", // 9413
    "DnsRegistration8022", // 9432
    "DnsRegistration8023", // 9451
    "DnsRegistration8024", // 9470
    "DnsRegistration8025", // 9489
    "DnsRegistration8026", // 9508
    "DnsRegistration8027", // 9527
    "DnsRegistration8028", // 9546
    "DnsRegistration8029", // 9565
    "DnsRegistration8030", // 9584
    "DnsRegistration8031", // 9603
    "DnsRegistration8032", // 9622
    "DnsRegistration8033", // 9641
    "DnsRegistration8034", // 9660
    "DnsRegistration8035", // 9679
    "DnsRegistration8036", // 9698
    "DnsRegistration8037", // 9717
    "DnsRegistration8038", // 9736
    "DnsNetError", // 9755
    "DnsNetWarning", // 9766
    "WarningCode", // 9779
    "DnsStateTransition", // 9790
    "NextState", // 9808
    "DnsContextUpdate", // 9817
    "UpdateReasonCode", // 9833
    "DnsPolicyReadError", // 9849
    "DnsV4Tuple", // 9867
    "SourceAddress", // 9877
    "SourcePort", // 9890
    "DestinationAddress", // 9900
    "DestinationPort", // 9918
    "Protocol", // 9933
    "ReferenceContext", // 9941
    "DnsV6Tuple", // 9957
    "DnsInterfaceInfo", // 9967
    "IfGuid", // 9983
    "IfIndex", // 9989
    "IfLuid", // 9996
    "Microsoft-Windows-DNS-Client", // 10002
    "manifest {1c95126e-7eea-49a9-a3fe-a378b03ddb4d}.xml of dissect.etl 3.14", // 10030
    "ConnectTobeusedwhenoperationisjustexecutingamethod_V1", // 10101
    "Connect", // 10154
    "Tobeusedwhenoperationisjustexecutingamethod", // 10161
    "Verbose", // 10204
    "Cmdlets", // 10211
    "ConnectTobeusedwhenoperationisjustexecutingamethod4098_V1", // 10218
    "ConnectTobeusedwhenoperationisjustexecutingamethod4099_V1", // 10275
    "NoneTobeusedwhenanexceptionisraised_V1", // 10332
    "None", // 10370
    "Tobeusedwhenanexceptionisraised", // 10374
    "ContextInfo", // 10405
    "UserData", // 10416
    "Payload", // 10424
    "NoneTobeusedwhenanexceptionisraised4101_V1", // 10431
    "NoneTobeusedwhenanexceptionisraised4102_V1", // 10473
    "NoneTobeusedwhenanexceptionisraised4103_V1", // 10515
    "StartingCommandOncreatecalls_V1", // 10557
    "StartingCommand", // 10588
    "Oncreatecalls", // 10603
    "Runspace", // 10616
    "MessageNumber", // 10624
    "MessageTotal", // 10637
    "ScriptBlockText", // 10649
    "ScriptBlockId", // 10664
    "Path", // 10677
    "StartingCommandOpen(async)_V1", // 10681
    "Open(async)", // 10710
    "RunspaceId", // 10721
    "StoppingCommandClose(Async)_V1", // 10731
    "StoppingCommand", // 10761
    "Close(Async)", // 10776
    "NoneTobeusedwhenoperationisjustexecutingamethod_V1", // 10788
    "NoneTobeusedwhenoperationisjustexecutingamethod7938_V1", // 10838
    "NoneTobeusedwhenoperationisjustexecutingamethod7939_V1", // 10892
    "NoneTobeusedwhenoperationisjustexecutingamethod7940_V1", // 10946
    "task_0Tobeusedwhenoperationisjustexecutingamethod_V1", // 11000
    "currentActivityId", // 11052
    "parentActivityId", // 11069
    "NoneTobeusedwhenoperationisjustexecutingamethod7942_V1", // 11085
    "ClassName", // 11139
    "MethodName", // 11148
    "WorkflowGuid", // 11158
    "Message", // 11170
    "JobData", // 11177
    "ActivityName", // 11184
    "ActivityGuid", // 11196
    "Parameters", // 11208
    "ConnectOBEUSEDWHENANOBJECTISCONSTRUCTEDobeusedwhenanobjectisconstructed_V1", // 11218
    "tobeusedwhenanobjectisconstructed", // 11292
    "param1", // 11325
    "ConnectOBEUSEDWHENANOBJECTISCONSTRUCTEDobeusedwhenanobjectisconstructed8194_V1", // 11331
    "InstanceId", // 11409
    "MaxRunspaces", // 11419
    "MinRunspaces", // 11431
    "ConnectOpen(async)_V1", // 11443
    "ConnectOpen(async)8196_V1", // 11464
    "ConnectOpen(async)8197_V1", // 11489
    "ConnectOpen(async)8198_V1", // 11514
    "param2", // 11539
    "param3", // 11545
    "ConnectTobeusedwhenoperationisjustexecutingamethod12033_V1", // 11551
    "ConnectTobeusedwhenoperationisjustexecutingamethod12034_V1", // 11609
    "ConnectTobeusedwhenoperationisjustexecutingamethod12035_V1", // 11667
    "ConnectTobeusedwhenoperationisjustexecutingamethod12036_V1", // 11725
    "ConnectTobeusedwhenoperationisjustexecutingamethod12037_V1", // 11783
    "ConnectTobeusedwhenoperationisjustexecutingamethod12038_V1", // 11841
    "uri", // 11899
    "shell", // 11902
    "userName", // 11907
    "opentimeout", // 11915
    "idletimeout", // 11926
    "canceltimeout", // 11937
    "auth", // 11950
    "WSMAN_FLAG_NO_AUTHENTICATION", // 11954
    "WSMAN_FLAG_AUTH_DIGEST", // 11982
    "WSMAN_FLAG_AUTH_NEGOTIATE", // 12004
    "WSMAN_FLAG_AUTH_BASIC", // 12029
    "WSMAN_FLAG_AUTH_KERBEROS", // 12050
    "WSMAN_FLAG_AUTH_CLIENT_CERTIFICATE", // 12074
    "WSMAN_FLAG_AUTH_CREDSSP", // 12108
    "WSManAuthenticationMechanism", // 12131
    "thumbPrint", // 12159
    "redircount", // 12169
    "recvdDataSize", // 12179
    "recvdObjSize", // 12192
    "ConnectOpen(async)12039_V1", // 12204
    "PowerShellISEOperation_V1", // 12230
    "PowerShellISEOperation", // 12255
    "PowerShellISEOperation24578_V1", // 12277
    "PowerShellISEOperation24579_V1", // 12307
    "PowerShellISEOperation24580_V1", // 12337
    "PowerShellISEOperation24581_V1", // 12367
    "PowerShellISEOperation24582_V1", // 12397
    "PowerShellISEOperation24583_V1", // 12427
    "PowerShellISEOperation24584_V1", // 12457
    "PowerShellISEOperation24592_V1", // 12487
    "None_V1", // 12517
    "PowerShellISEOperation24594_V1", // 12524
    "PowerShellISEOperation24595_V1", // 12554
    "CurrentLine", // 12584
    "PowerShellISEOperation24596_V1", // 12595
    "PowerShellISEOperation24597_V1", // 12625
    "PowerShellISEOperation24598_V1", // 12655
    "PowerShellISEOperation24599_V1", // 12685
    "SerializeordeserializeremotingpayloadRehydration_V1", // 12715
    "Serializeordeserializeremotingpayload", // 12766
    "Rehydration", // 12803
    "Serializer", // 12814
    "DeserializedType", // 12824
    "CastedToType", // 12840
    "RehydratedType", // 12852
    "SerializeordeserializeremotingpayloadRehydration28674_V1", // 12866
    "TypeCastException", // 12922
    "TypeCastInnerException", // 12939
    "SerializeordeserializeremotingpayloadSerializationsettings_V1", // 12961
    "Serializationsettings", // 13022
    "SerializedType", // 13043
    "OriginalDepth", // 13057
    "OverridenDepth", // 13070
    "CurrentDepthBelowTopLevel", // 13084
    "SerializeordeserializeremotingpayloadSerializationsettings28676_V1", // 13109
    "OverridenMode", // 13175
    "AllPublicProperties", // 13188
    "String", // 13207
    "SpecificProperties", // 13213
    "SerializationMethod", // 13231
    "SerializeordeserializeremotingpayloadTobeusedwhenanexceptionisraised_V1", // 13250
    "PropertyName", // 13321
    "PropertyOwnerType", // 13333
    "GetterScript", // 13350
    "SerializeordeserializeremotingpayloadTobeusedwhenanexceptionisraised28678_V1", // 13362
    "Exception", // 13438
    "InnerException", // 13447
    "SerializeordeserializeremotingpayloadTobeusedwhenanexceptionisraised28679_V1", // 13461
    "TypeBeingEnumerated", // 13537
    "SerializeordeserializeremotingpayloadTobeusedwhenanexceptionisraised28680_V1", // 13556
    "SerializeordeserializeremotingpayloadTobeusedwhenanexceptionisraised28682_V1", // 13632
    "TypeOfObjectAtMaxDepth", // 13708
    "PropertyNameAtMaxDepth", // 13730
    "Depth", // 13752
    "SerializeordeserializeremotingpayloadTobeusedwhenanexceptionisraised28683_V1", // 13757
    "LineNumber", // 13833
    "LinePosition", // 13843
    "SerializeordeserializeremotingpayloadTobeusedwhenanexceptionisraised28684_V1", // 13855
    "TypeOfObjectWithMissingProperty", // 13931
    "task_0Receive(Async)_V1", // 13962
    "Transport", // 13985
    "Runspace_InstanceId", // 13994
    "PowerShell_InstanceId", // 14013
    "Destination", // 14034
    "Client", // 14045
    "Server", // 14051
    "Listener", // 14057
    "RemotingDestination", // 14065
    "DataType", // 14084
    "TargetInterface", // 14092
    "InvalidTargetInterface", // 14107
    "Session", // 14129
    "RunspacePool", // 14136
    "PowerShell", // 14148
    "RemotingTargetInterface", // 14158
    "task_0Open(async)_V1", // 14181
    "task_0Open(async)32776_V1", // 14201
    "SessionId", // 14226
    "PipelineId", // 14235
    "ErrorMessage", // 14245
    "StackTrace", // 14257
    "task_0Open(async)32777_V1", // 14267
    "task_0Open(async)32784_V1", // 14292
    "task_0ONNECTonnect_V1", // 14317
    "task_0ONNECTonnect32786_V1", // 14338
    "task_0Disconnect_V1", // 14364
    "task_0Disconnect32788_V1", // 14383
    "task_0Send(Async)_V1", // 14407
    "task_0Send(Async)32790_V1", // 14427
    "task_0Receive(Async)32791_V1", // 14452
    "task_0Receive(Async)32792_V1", // 14480
    "task_0ONNECTonnect32793_V1", // 14508
    "task_0ONNECTonnect32800_V1", // 14534
    "task_0Disconnect32801_V1", // 14560
    "task_0Disconnect32802_V1", // 14584
    "task_0Disconnect32803_V1", // 14608
    "SignalCode", // 14632
    "task_0Disconnect32804_V1", // 14642
    "task_0ONNECTonnect32805_V1", // 14666
    "Uri", // 14692
    "task_0Send(Async)32849_V1", // 14695
    "task_0ONNECTonnect32850_V1", // 14720
    "task_0ONNECTonnect32851_V1", // 14746
    "task_0ONNECTonnect32852_V1", // 14772
    "param4", // 14798
    "task_0ONNECTonnect32853_V1", // 14804
    "task_0Disconnect32854_V1", // 14830
    "task_0Open(async)32855_V1", // 14854
    "task_0Open(async)32856_V1", // 14879
    "task_0Disconnect32857_V1", // 14904
    "task_0ONNECTonnect32865_V1", // 14928
    "task_0ONNECTonnect32866_V1", // 14954
    "task_0Receive(Async)32867_V1", // 14980
    "ObjectId", // 15008
    "FragmentId", // 15016
    "sFlag", // 15026
    "eFlag", // 15031
    "FragmentLength", // 15036
    "FragmentPayload", // 15050
    "task_0Send(Async)32868_V1", // 15065
    "task_0Shuttingdown_V1", // 15090
    "PowerShellConsoleStartupStart_V1", // 15111
    "PowerShellConsoleStartup", // 15143
    "PowerShellConsoleStartupStop_V1", // 15167
    "NoneTobeusedwhenanexceptionisraised45057_V1", // 15198
    "Category", // 15241
    "Reason", // 15249
    "TargetName", // 15255
    "FullyQualifiedErrorId", // 15265
    "ExceptionMessage", // 15286
    "ExceptionStackTrace", // 15302
    "ExceptionInnerException", // 15321
    "NoneTobeusedwhenanexceptionisraised45058_V1", // 15344
    "NoneTobeusedwhenoperationisjustexecutingamethod45059_V1", // 15387
    "NoneTobeusedwhenoperationisjustexecutingamethod45060_V1", // 15442
    "Id", // 15497
    "Name", // 15499
    "State", // 15503
    "Command", // 15508
    "None45061_V1", // 15515
    "NoneTobeusedwhenoperationisjustexecutingamethod45062_V1", // 15527
    "WorkflowHostingTobeusedwhenoperationisjustexecutingamethod_V1", // 15582
    "WorkflowHosting", // 15643
    "PSWorkflow", // 15658
    "endpointName", // 15668
    "user", // 15680
    "hostingMode", // 15684
    "protocol", // 15695
    "configuration", // 15703
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod_V1", // 15716
    "WorkflowExecution", // 15779
    "workflowId", // 15796
    "managedNodes", // 15806
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45065_V1", // 15818
    "newState", // 15886
    "oldState", // 15894
    "WorkflowHostingTobeusedwhenoperationisjustexecutingamethod45072_V1", // 15902
    "WorkflowHostingTobeusedwhenoperationisjustexecutingamethod45073_V1", // 15968
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45074_V1", // 16034
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45075_V1", // 16102
    "configName", // 16170
    "allowedValue", // 16180
    "valueInQuestion", // 16192
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45076_V1", // 16207
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45078_V1", // 16275
    "managedNode", // 16343
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45079_V1", // 16354
    "activityName", // 16422
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45080_V1", // 16434
    "activityTypeName", // 16502
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45081_V1", // 16518
    "xamlFile", // 16586
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45082_V1", // 16594
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45083_V1", // 16662
    "errorDescription", // 16730
    "WorkflowValidationTobeusedwhenoperationisjustexecutingamethod_V1", // 16746
    "WorkflowValidation", // 16810
    "WorkflowValidationTobeusedwhenoperationisjustexecutingamethod45085_V1", // 16828
    "WorkflowValidationTobeusedwhenoperationisjustexecutingamethod45086_V1", // 16897
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45087_V1", // 16966
    "activityDisplayName", // 17034
    "activityType", // 17053
    "WorkflowValidationTobeusedwhenoperationisjustexecutingamethod45088_V1", // 17065
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45089_V1", // 17134
    "failureDescription", // 17202
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45090_V1", // 17220
    "runspaceId", // 17288
    "availability", // 17298
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45091_V1", // 17310
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45092_V1", // 17378
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45093_V1", // 17446
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45094_V1", // 17514
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45095_V1", // 17582
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45096_V1", // 17650
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45097_V1", // 17718
    "path", // 17786
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45098_V1", // 17790
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45100_V1", // 17858
    "jobId", // 17926
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45101_V1", // 17931
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45102_V1", // 17999
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45104_V1", // 18067
    "parentJobId", // 18135
    "childJobId", // 18146
    "childWorkflowId", // 18156
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45105_V1", // 18171
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45106_V1", // 18239
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45107_V1", // 18307
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45108_V1", // 18375
    "error", // 18443
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45109_V1", // 18448
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45110_V1", // 18516
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45111_V1", // 18584
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45112_V1", // 18652
    "reason", // 18720
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45113_V1", // 18726
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45114_V1", // 18794
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45115_V1", // 18862
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45116_V1", // 18930
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45117_V1", // 18998
    "persistPath", // 19066
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45118_V1", // 19077
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45119_V1", // 19145
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45120_V1", // 19213
    "ConfigurationTobeusedwhenoperationisjustexecutingamethod_V1", // 19281
    "Configuration", // 19340
    "endpointType", // 19353
    "registeredBy", // 19365
    "ConfigurationTobeusedwhenoperationisjustexecutingamethod45122_V1", // 19377
    "modifiedBy", // 19441
    "ConfigurationTobeusedwhenoperationisjustexecutingamethod45123_V1", // 19451
    "unregisteredBy", // 19515
    "ConfigurationTobeusedwhenoperationisjustexecutingamethod45124_V1", // 19529
    "disabledBy", // 19593
    "ConfigurationTobeusedwhenoperationisjustexecutingamethod45125_V1", // 19603
    "enabledBy", // 19667
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45126_V1", // 19676
    "command", // 19744
    "WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45127_V1", // 19751
    "parameters", // 19819
    "computers", // 19829
    "WorkflowHostingTobeusedwhenoperationisjustexecutingamethod45128_V1", // 19838
    "None45129_V1", // 19904
    "checkpointPath", // 19916
    "configProviderId", // 19930
    "None46337_V1", // 19946
    "TrackingId", // 19958
    "None46338_V1", // 19968
    "None46339_V1", // 19980
    "None46340_V1", // 19992
    "None46341_V1", // 20004
    "ContainerParentJobInstanceId", // 20016
    "None46342_V1", // 20044
    "WorkflowJobJobInstanceId", // 20056
    "None46343_V1", // 20080
    "None46344_V1", // 20092
    "None46345_V1", // 20104
    "None46346_V1", // 20116
    "WorkflowJobInstanceId", // 20128
    "None46347_V1", // 20149
    "ProxyJobInstanceId", // 20161
    "None46348_V1", // 20179
    "None46349_V1", // 20191
    "None46350_V1", // 20203
    "None46351_V1", // 20215
    "None46352_V1", // 20227
    "None46353_V1", // 20239
    "None46354_V1", // 20251
    "ProxyChildJobInstanceId", // 20263
    "None46355_V1", // 20286
    "None46356_V1", // 20298
    "None46357_V1", // 20310
    "None46358_V1", // 20322
    "None49152_V1", // 20334
    "message", // 20346
    "None49153_V1", // 20353
    "PowerShellScheduledJobsTobeusedwhenoperationisjustexecutingamethod_V1", // 20365
    "PowerShellScheduledJobs", // 20434
    "ScheduledJobDefName", // 20457
    "StartTime", // 20476
    "PowerShellScheduledJobsTobeusedwhenoperationisjustexecutingamethod53250_V1", // 20485
    "StopTime", // 20559
    "PowerShellScheduledJobsTobeusedwhenanexceptionisraised_V1", // 20567
    "PowerShellNamedPipeIPCOpen(async)_V1", // 20624
    "PowerShellNamedPipeIPC", // 20660
    "PowerShellNamedPipeIPCClose(Async)_V1", // 20682
    "PowerShellNamedPipeIPCTobeusedwhenanexceptionisraised_V1", // 20719
    "PowerShellNamedPipeIPCONNECTonnect_V1", // 20775
    "connect", // 20812
    "PowerShellNamedPipeIPCClose(Async)53508_V1", // 20819
    "Microsoft-Windows-PowerShell", // 20861
    "manifest {a0c1853b-5c40-4b15-8766-3cf1c58f985a}.xml of dissect.etl 3.14", // 20889
    "GroupOperationId", // 20960
    "OperationId", // 20976
    "Operation", // 20987
    "ClientMachine", // 20996
    "User", // 21009
    "ClientProcessId", // 21013
    "NamespaceName", // 21028
    "task_02", // 21041
    "ProviderName", // 21048
    "ProviderGuid", // 21060
    "task_03", // 21072
    "task_011", // 21079
    "CorrelationId", // 21087
    "task_012", // 21100
    "HostId", // 21108
    "task_013", // 21114
    "ResultCode", // 21122
    "task_014", // 21132
    "Channel", // 21140
    "task_015", // 21147
    "ErrorId", // 21155
    "ErrorCategory", // 21162
    "task_016", // 21175
    "task_017", // 21183
    "Namespace", // 21191
    "task_018", // 21200
    "ConsumerType", // 21208
    "PossibleCause", // 21220
    "task_019", // 21233
    "OperationID", // 21241
    "task_020", // 21252
    "task_021", // 21260
    "task_050", // 21268
    "task_0100", // 21276
    "ComponentName", // 21285
    "MessageDetail", // 21298
    "task_0101", // 21311
    "ErrorDetail", // 21320
    "task_05857", // 21331
    "Code", // 21341
    "HostProcess", // 21345
    "ProviderPath", // 21356
    "task_05858", // 21368
    "Component", // 21378
    "task_05859", // 21387
    "Query", // 21397
    "processid", // 21402
    "providerName", // 21411
    "queryid", // 21423
    "task_05860", // 21430
    "MachineName", // 21440
    "task_05861", // 21451
    "ESS", // 21461
    "CONSUMER", // 21464
    "Microsoft-Windows-WMI-Activity", // 21472
    "manifest {1418ef04-b0b4-4623-bf7e-d74ab47bbdaa}.xml of dissect.etl 3.14", // 21502
    "TcpEndpointCreation", // 21573
    "ut:Endpoint", // 21592
    "Endpoint", // 21603
    "AddressFamily", // 21611
    "IPV4", // 21624
    "IPV6", // 21628
    "TCPIP_ADDRESS_FAMILY_TYPE_ValueMap", // 21632
    "Pid", // 21666
    "TcpRequestConnect", // 21669
    "ut:TcpipDiagnosis", // 21686
    "ut:ConnectPath", // 21703
    "Tcb", // 21717
    "LocalAddressLength", // 21720
    "RemoteAddressLength", // 21738
    "RemoteAddress", // 21757
    "NewState", // 21770
    "RexmitCount", // 21778
    "TcpInspectConnectComplete", // 21789
    "TcpTcbSynSend", // 21814
    "ut:SendPath", // 21827
    "ISN", // 21838
    "RcvWnd", // 21841
    "RcvWndScale", // 21847
    "TcpBindEndpointResolutionFailure", // 21858
    "ut:TcpipEndpoint", // 21890
    "ut:TcpipBind", // 21906
    "TcpBindEndpointPortFailure", // 21918
    "TcpBindEndpointInspectionFailure", // 21944
    "TcpBindEndpointComplete", // 21976
    "TcpCloseEndpoint", // 21999
    "ut:ClosePath", // 22015
    "TcpCreateEndpointAfFailure", // 22027
    "CompartmentId", // 22053
    "TcpCreateEndpointCompartmentFailure", // 22066
    "TcpCreateEndpointInspectionFailure", // 22101
    "TcpCreateEndpointComplete", // 22135
    "TcpAccpetListenerRouteLookupFailure", // 22160
    "ut:TcpipListener", // 22195
    "ut:TcpipTcb", // 22211
    "Compartment", // 22222
    "TcpAcceptListenerInsertionFailure", // 22233
    "ClosedState", // 22266
    "ListenState", // 22277
    "SynSentState", // 22288
    "SynRcvdState", // 22300
    "EstablishedState", // 22312
    "FinWait1State", // 22328
    "FinWait2State", // 22341
    "CloseWaitState", // 22354
    "ClosingState", // 22368
    "LastAckState", // 22380
    "TimeWaitState", // 22392
    "TCP_CONNECTION_STATE_ValueMap", // 22405
    "TcpAcceptListenerRejected", // 22434
    "TcpAcceptListenerComplete", // 22459
    "TcpConnectTcbFailedAf", // 22484
    "TcpConnectTcbFailedCompartment", // 22505
    "TcpConnectTcbFailedInspect", // 22535
    "TcpConnectTcbFailedRoute", // 22561
    "TcpConnectTcbSkipRateLimit", // 22585
    "TcpConnectTcbPassRateLimit", // 22611
    "TcpConnectTcbCheckRateLimit", // 22637
    "TcpSecurityRateLimit", // 22664
    "SynAttacksDetected", // 22684
    "ReassemblyLimitViolations", // 22702
    "ConnectionRateLimitBacklog", // 22727
    "ConnectionRateLimitViolations", // 22753
    "LandAttackSegmentsDropped", // 22782
    "ConnectionRateLimitDepth", // 22807
    "TcpRateLimitPathRelease", // 22831
    "TcpConnectTcbRateLimitRelease", // 22854
    "TcpRateLimitPathCancel", // 22883
    "TcpConnectTcbCancel", // 22905
    "TcpConnectTcbFailInsertion", // 22924
    "TcpConnectTcbProceeding", // 22950
    "TcpConnectTcbRateLimitCancel", // 22973
    "TcpConnectTcbComplete", // 23001
    "TcpConnectTcbFailure", // 23022
    "TcpConnectTcbFailInspectConnectComplete", // 23042
    "TcpConnectTcbFailSessionState", // 23081
    "TcpConnectTcbFailDontFragment", // 23110
    "TcpCloseTcbRequest", // 23139
    "TcpAbortTcbRequest", // 23157
    "TcpAbortTcbComplete", // 23175
    "TcpDisconnectTcbInjectFailed", // 23194
    "Delivery", // 23222
    "Request", // 23230
    "NumBytes", // 23237
    "RequestFlags", // 23245
    "RequestStatus", // 23257
    "IsUrgentDelivery", // 23270
    "FullySatisfiedORDelayedPush", // 23286
    "RcvNxt", // 23313
    "TcpDisconnectTcbRequest", // 23319
    "Timeout", // 23342
    "Injected", // 23349
    "TcpDisconnectTcbComplete", // 23357
    "TcpShutdownTcb", // 23381
    "TcpConnectTcbTimeout", // 23395
    "TcpDisconnectTcbRtoTimeout", // 23415
    "TcpDisconnectTcbKeepaliveTimeout", // 23441
    "TcpDisconnectTcbTimeout", // 23473
    "TcpConnectTcbEstatsFailed", // 23496
    "TcpConnectFailedPortAcquire", // 23521
    "TcpTcbStateChange", // 23548
    "OldState", // 23565
    "SndNxt", // 23573
    "TcpEndpointAcquirePortReservation", // 23579
    "StartPort", // 23612
    "NumberOfPorts", // 23621
    "TcpEndpointFailedPortReservation", // 23634
    "TcpGlobalPortReservation", // 23666
    "ut:Global", // 23690
    "TcpGlobalSynAttackEntry", // 23699
    "TcpGlobalReassemblyLimitViolation", // 23722
    "TcpGlobalConnectionRateLimitViolation", // 23755
    "TcpGlobalLandAttackSegmentDrop", // 23792
    "keyword_10000000000", // 23822
    "TcpGlobalIsbBeginThrottle", // 23841
    "HighMemoryEvent", // 23866
    "HighPagedPoolEvent", // 23881
    "LowMemoryEvent", // 23899
    "LowPagedPoolEvent", // 23913
    "TcpGlobalIsbEndThrottle", // 23930
    "TcpGlobalAddInterface", // 23953
    "ut:TcpipInterface", // 23974
    "TcpGlobalDeleteInterface", // 23991
    "TcpGlobalSynAttackExit", // 24015
    "TcpTcbStartTimer", // 24037
    "TimerType", // 24053
    "RetransmitTimer", // 24062
    "ConnectTimer", // 24077
    "DelAckTimer", // 24089
    "PushTimer", // 24100
    "KeepAliveTimer", // 24109
    "DisconnectTimer", // 24123
    "SwsTimer", // 24138
    "ReassemblyRateTimer", // 24146
    "SynOrRstValidationTimer", // 24165
    "TCP_TIMER_TYPE_ValueMap", // 24188
    "WaitTimeMilliseconds", // 24211
    "TcpTcbStartTimer_V1", // 24231
    "Processor", // 24250
    "LastInterruptTime", // 24259
    "LastMicroseconds", // 24276
    "CachedKQPCValues", // 24292
    "CachedFrequencyValues", // 24308
    "TcpTcbStopTimer", // 24329
    "TcpTcbExpireTimer", // 24344
    "TcpTcbChangeIsb", // 24361
    "IsbSize", // 24376
    "Cwnd", // 24383
    "SndWnd", // 24387
    "SendAvailable", // 24393
    "SSThresh", // 24406
    "TcpRssTableChange", // 24414
    "SourceProcessor", // 24431
    "SourceActivity", // 24446
    "DestinationProcessor", // 24460
    "DestinationActivity", // 24480
    "PartitionMovesRemaining", // 24499
    "TableEntry", // 24522
    "TcpDataTransferTimeout", // 24532
    "RttSample", // 24554
    "SeqNo", // 24563
    "SndUna", // 24568
    "Round", // 24574
    "SRTT", // 24579
    "RTO", // 24583
    "DWnd", // 24586
    "BaseRtt", // 24590
    "DupAckCount", // 24597
    "TcpDataTransferRttSample", // 24608
    "TcpDataTransferCumAck", // 24632
    "TcpDataTransferDupAck", // 24653
    "ut:ReceivePath", // 24674
    "TcpDataTransferSend", // 24688
    "TcpDataTransferReceive", // 24707
    "TcpDataTransferEcn", // 24729
    "Mss", // 24747
    "ThAck", // 24750
    "TcpDataTransferSpuriousTimeout", // 24755
    "TcpDataTransferRetransmitRound", // 24785
    "TcpLossRecoveryEntry", // 24815
    "SndMax", // 24835
    "TcpLossRecoveryExit", // 24841
    "TcpLossRecoverySackEntry", // 24860
    "IsSack", // 24884
    "FALSE", // 24890
    "TRUE", // 24895
    "TCPIP_BOOLEAN_ValueMap", // 24899
    "TcpLossRecoverySackExit", // 24921
    "TcpSlowStartToCongestionAvoidance", // 24944
    "TcpBlackHoleDetectionEntry", // 24977
    "BHMSS", // 25003
    "OriginalMSS", // 25008
    "TraceString", // 25019
    "TcpBlackHoleDetectionExit", // 25030
    "TcpBlackHoleDetectionFailed", // 25055
    "TcpSpuriousRtoDetectionBegin", // 25082
    "TcpSpuriousRtoDetectionEnd", // 25110
    "TcpConnectTcbFailedActiveConnect", // 25136
    "TcpReleaseIndication", // 25168
    "NBL", // 25188
    "TcpAppSendBufferSize", // 25191
    "TcpAutoTuningBegin", // 25211
    "BufferSize", // 25229
    "TcpAutoTuningEnd", // 25239
    "TcpAutoTuningFailedRttEstimation", // 25255
    "TcpAutoTuningFailedBandwidthEstimation", // 25287
    "TcpAutoTuningFailedAllocationFailure", // 25325
    "TcpAutoTuningChangeRcvBufferSize", // 25361
    "TcpRttResiliencyDetection", // 25393
    "TcpConnectionOffloadStateChange", // 25418
    "TcbState", // 25449
    "OcbState", // 25457
    "TcpSwsAvoidanceBegin", // 25465
    "TimerValue", // 25485
    "BytesToSend", // 25495
    "MaxSndWnd", // 25506
    "TcpSwsAvoidanceEnd", // 25515
    "TcpZeroWindowProbingBegin", // 25533
    "TcpZeroWindowProbingEnd", // 25558
    "TcpSetTcpOption", // 25581
    "ut:Configuration", // 25596
    "OptionType", // 25612
    "SoOptionType", // 25622
    "TcpSetTcpSoOption", // 25634
    "TCP_OFFLOAD_NO_PREFERENCE", // 25651
    "TCP_OFFLOAD_NOT_PREFERRED", // 25676
    "TCP_OFFLOAD_PREFERRED", // 25701
    "TCP_KEEPALIVE", // 25722
    "TCP_MAXSEG", // 25735
    "TCP_MAXRT", // 25745
    "TCP_STDURG", // 25754
    "TCP_NOURG", // 25764
    "TCP_ATMARK", // 25773
    "TCP_NOSYNRETRIES", // 25783
    "TCP_TIMESTAMPS", // 25799
    "TCP_OFFLOAD_PREFERENCE", // 25813
    "TCP_CONGESTION_ALGORITHM", // 25835
    "TCP_DELAY_FIN_ACK", // 25859
    "TCP_OPTION_TYPE_ValueMap", // 25876
    "TcpMediaDisconnect", // 25900
    "ut:TcpipCsDiag", // 25918
    "TcpModuleStarted", // 25932
    "ModuleNameString", // 25948
    "TcpModuleStopped", // 25964
    "TcpMemoryFailures", // 25980
    "AllocationObjectString", // 25997
    "TcpGlobalParameters", // 26019
    "EnablePMTUDiscovery", // 26038
    "TcpUseRFC1122UrgentPointer", // 26057
    "DisableTaskOffload", // 26083
    "EnablePMTUBHDetect", // 26101
    "DisableTcpChimneyOffload", // 26119
    "DisableRss", // 26143
    "EcnCapability", // 26153
    "TcpMaxDataRetransmissions", // 26166
    "KeepAliveTime", // 26191
    "KeepAliveInterval", // 26204
    "TcpTimedWaitDelay", // 26221
    "SillyWindowTimeout", // 26238
    "TcpFinWait2Delay", // 26256
    "CongestionAlgorithm", // 26272
    "Tcp1323Opts", // 26291
    "AutoTuningLevelLocal", // 26302
    "AutoTuningLevelGroupPolicy", // 26322
    "TcpLso", // 26348
    "BytesInSegment", // 26354
    "BytesRemaining", // 26368
    "TcpConnectionOffloadStatus", // 26382
    "PMax", // 26408
    "TcpConnectionOffloadPmax", // 26412
    "TcpListenerActivationFailedAf", // 26436
    "SocketAddress", // 26465
    "TcpListenerActivationFailedCompartment", // 26478
    "TcpListenerActivationFailedInspection1", // 26516
    "TcpListenerActivationFailedInspection2", // 26554
    "TcpListenerBindFailedResolution", // 26592
    "TcpListenerBindFailedPort", // 26623
    "TcpListenerActivated", // 26648
    "TcpListenerUnbound", // 26668
    "FramingIfOperStatus", // 26686
    "OperationalStatus", // 26705
    "FramingNdisPause", // 26722
    "FramingNdisRestart", // 26738
    "IpInterfacePropertyChange", // 26756
    "Advertise", // 26781
    "AdvertiseDefaultRoute", // 26790
    "Forward", // 26811
    "ForwardMulticast", // 26818
    "UseNud", // 26834
    "AdvertisingEnabled", // 26840
    "TcpCtcpDataTransferTimeout", // 26858
    "TcpCtcpDataTransferCumAck", // 26884
    "TcpCtcpDataTransferDupAck", // 26909
    "TcpCtcpDataTransferSend", // 26934
    "TcpCtcpDataTransferEcn", // 26957
    "TcpCtcpDataTransferSpuriousTimeout", // 26979
    "TcpReceiveRequest", // 27013
    "TcpDeliveryIndicated", // 27030
    "TcpDeliverySatisfied", // 27050
    "TcpSendPosted", // 27070
    "TcpSendTransmitted", // 27083
    "TcpSendAdvance", // 27101
    "TcpCTcpDelayWndwInactive", // 27115
    "ut:TcpipCtcp", // 27139
    "TcpCTcpAssignedBlocks", // 27151
    "AssignedBlocks", // 27172
    "AllocatedBlocks", // 27186
    "TcpCTcpCongestionWndw", // 27201
    "PrevDWnd", // 27222
    "AvgRtt", // 27230
    "DiffWnd", // 27236
    "DwndIncrement", // 27243
    "TcpCTcpGamma", // 27256
    "Gamma", // 27268
    "AverageBacklog", // 27273
    "AverageBacklogAcrossLFP", // 27287
    "TcpSrttMeasurementStarted", // 27310
    "SeqNum", // 27335
    "Tick", // 27341
    "NewSrtt", // 27345
    "TcpSrttMeasurementComplete", // 27352
    "TcpSrttMeasurementCancelled", // 27378
    "UdpEndpointSendMessages", // 27405
    "NumMessages", // 27428
    "LocalSockAddrLength", // 27439
    "LocalSockAddr", // 27458
    "RemoteSockAddrLength", // 27471
    "RemoteSockAddr", // 27491
    "UdpEndpointReceiveMessages", // 27505
    "TcpDeliveryFlush", // 27531
    "TcpTcbInjectRcvFailure", // 27547
    "TcpDeliveryInjectingData", // 27569
    "TcpTcbInjectFinFailure", // 27593
    "TcpDeliveryAccept", // 27615
    "TcpDeliveryFin", // 27632
    "TcpDeliveryPush", // 27646
    "TcpTcbInjectFinComplete", // 27661
    "TcpDeliveryCompleting", // 27684
    "TcpInitiateSynRstValidation", // 27705
    "TcpConnectTcbFailedRcvdRst", // 27732
    "TcpConnectionTerminatedRcvdRst", // 27758
    "TcpConnectionTerminatedRcvdSyn", // 27788
    "TcpConnectRestransmit", // 27818
    "TcpDataTransferRestransmit", // 27839
    "TcpConnectionKeepAlive", // 27865
    "TcpDeliveryStateChange", // 27887
    "OldDeliveryState", // 27909
    "Indicate", // 27925
    "Pend", // 27933
    "Satisfy", // 27937
    "TCPIP_TCP_DELIVERY_STATE_ValueMap", // 27944
    "NewDeliveryState", // 27977
    "TcpDeliveryDataDropped", // 27993
    "TcpAcquirePort", // 28015
    "PortAcquirer", // 28029
    "PortNumber", // 28041
    "WeakReference", // 28051
    "OriginalAcquirer", // 28064
    "TcpAcquireWeakRefPort", // 28080
    "TcpReleasePort", // 28101
    "TcpReplacePort", // 28115
    "TcpAssignedWeakReferencePort", // 28129
    "TcpBhDetectFullSizeAck", // 28157
    "TcpFlushSack", // 28179
    "TcpReassemblyEntry", // 28191
    "TcpReassemblyExit", // 28209
    "TcpDisconnectTcbZeroWindowTimeout", // 28226
    "TcpDisconnectTcbFinWait2Timeout", // 28259
    "TcpReassemblyFlush", // 28290
    "TcpWsdInitializationErrors", // 28308
    "TcpWsdEtwPoint", // 28334
    "Failed to allocate the WSD cache", // 28348
    "Failure initializing PnP work queue", // 28380
    "Failed to get persistent parameters", // 28415
    "Rejected persistent parameters", // 28450
    "qualified profile", // 28480
    "qualified destination", // 28497
    "sample collection completion", // 28518
    "idle time expiration", // 28546
    "allocation", // 28566
    "new sample request", // 28576
    "configuration change", // 28594
    "TCP_WSD_ValueMap", // 28614
    "TcpWsdInitializationInformation", // 28630
    "TcpWsdWsRestrictedProfile", // 28661
    "TcpWsdWsRestrictedDestination", // 28686
    "TcpWsdCacheEntryStateChange", // 28715
    "Entry", // 28742
    "Idle", // 28747
    "ProbingWs", // 28751
    "ProbeWait", // 28760
    "ProbingWithoutWs", // 28769
    "RecordWait", // 28785
    "EreQualified", // 28795
    "Qualified", // 28807
    "TCP_WSD_CACHE_ENTRY_STATE_ValueMap", // 28816
    "ProbeCount", // 28850
    "ProbeCountWs", // 28860
    "TcpWsdProfileStateChange", // 28872
    "Profile", // 28896
    "TcpWsdStateChange", // 28903
    "OldEnabledState", // 28920
    "NewEnabledState", // 28935
    "OldThreshold", // 28950
    "NewThreshold", // 28962
    "TcpipTransportPacketDrops", // 28974
    "IPTransportProtocol", // 28999
    "PacketCount", // 29018
    "TcpMppNppEvaluation", // 29029
    "PhysicalPages", // 29048
    "NonPagedPoolPages", // 29061
    "CurrentWatermark", // 29078
    "PeakWatermark", // 29094
    "HighWatermark", // 29107
    "LowWatermark", // 29120
    "TcpMppStartEpisode", // 29132
    "LowNppEventState", // 29150
    "HighNppEventState", // 29166
    "EpisodeStartTick", // 29183
    "EpisodeStopTick", // 29199
    "ReentryWatermark", // 29214
    "TcpMppStopEpisode", // 29230
    "TcpMppStartEpoch", // 29247
    "Epoch", // 29263
    "EpochStartTick", // 29268
    "EpochStopTick", // 29282
    "OldSynDropRate", // 29295
    "NewSynDropRate", // 29309
    "OldTcbAbortionRate", // 29323
    "NewTcbAbortionRate", // 29341
    "TcpMppStopEpoch", // 29359
    "SynDropRate", // 29374
    "TcbAbortionRate", // 29385
    "TcpCwndRestart", // 29400
    "OldCwnd", // 29414
    "NewCwnd", // 29421
    "CurrentTick", // 29428
    "IdleTick", // 29439
    "Rto", // 29447
    "TcpInitialCwndAdjusted", // 29450
    "TcpTemplateParameters", // 29472
    "TemplateType", // 29493
    "TcpTemplateTypeInternet", // 29505
    "TcpTemplateTypeDatacenter", // 29528
    "TcpTemplateTypeCompat", // 29553
    "TcpTemplateTypeDatacenterCustom", // 29574
    "TcpTemplateTypeInternetCustom", // 29605
    "TcpTemplateTypeDefault", // 29634
    "TcpTemplateTypeAutomatic", // 29656
    "TCPIP_TEMPLATE_TYPE_ValueMap", // 29680
    "MinRto", // 29708
    "EnableCwndRestart", // 29714
    "InitialCwnd", // 29731
    "Default", // 29742
    "NewReno", // 29749
    "CTCP", // 29756
    "DCTCP", // 29760
    "LEDBAT", // 29765
    "TCP_CONGESTION_ALGORITHM_ValueMap", // 29771
    "MaxDataRetransmissions", // 29804
    "DelayedAckTicks", // 29826
    "DelayedAckFrequency", // 29841
    "Rack", // 29860
    "TailLossProbe", // 29864
    "TcpTemplateChanged", // 29877
    "TcpDataTransferEcnAlpha", // 29895
    "SndRound", // 29918
    "EcnTotalByteCount", // 29926
    "EcnTotalMarkedCount", // 29943
    "EcnAlpha", // 29962
    "TcpInterfaceRscStateChange", // 29970
    "StateV4", // 29996
    "Disabled", // 30003
    "Enabled", // 30011
    "TCPIP_PROPERTY_ValueMap", // 30018
    "FailureReasonV4", // 30041
    "StateV6", // 30056
    "FailureReasonV6", // 30063
    "No Failure", // 30078
    "Unknown", // 30088
    "System Policy", // 30095
    "NIC Capacity Reached", // 30108
    "System Low On Memory", // 30128
    "WFP driver / Stream inspection", // 30148
    "Weak Host Model Enabled", // 30178
    "Forwarding Enabled", // 30201
    "Hardware capability", // 30219
    "NDIS filter/NIC property", // 30238
    "TCPIP_OFFLOAD_FAILURE_REASON_ValueMap", // 30262
    "TcpRscNblOobInfo", // 30299
    "CoalescedSegCount", // 30315
    "RscTcpTimestampDelta", // 30332
    "HeaderFlags", // 30352
    "EcnCePresent", // 30363
    "TcpLoopbackFastPathFailReason", // 30375
    "Cause", // 30404
    "Loopback fast path socket option not set on both ends", // 30409
    "Filter policy existed for the loopback connection", // 30462
    "TCPIP_LOOPBACK_FASTPATH_FAIL_REASON_ValueMap", // 30511
    "TcpCwndRestart1229", // 30555
    "RssBindingChange", // 30573
    "ut:Rss", // 30589
    "IPv4", // 30595
    "IPv6", // 30599
    "TCPIP_AF_ValueMap", // 30603
    "Bind", // 30620
    "RssPortChange", // 30624
    "AdapterIndex", // 30637
    "unbind", // 30649
    "bind", // 30655
    "port change", // 30659
    "TCPIP_RSS_BINDING_NOTIFICATION_ValueMap", // 30670
    "RssPortReference", // 30709
    "ExistingInterfaceIndex", // 30725
    "ExistingPortNumber", // 30747
    "ReferenceAdded", // 30765
    "removing", // 30779
    "adding", // 30787
    "TCPIP_RSS_ADDING_ValueMap", // 30793
    "RssPortCapabilities", // 30818
    "CapabilitiesFlags", // 30837
    "NumberOfInterruptMessages", // 30854
    "NumberOfReceiveQueues", // 30879
    "RssPortProcessors", // 30900
    "GroupNumber", // 30917
    "MaximumProcessors", // 30928
    "GroupAffinity", // 30945
    "RssProcessorAssignment", // 30958
    "NewAdapterIndex", // 30980
    "ProcessorIndex", // 30995
    "PreviousAdapterIndex", // 31009
    "TriggeringProcessorIndex", // 31029
    "RssProcessorUnassignment", // 31053
    "RssIndirectionChange", // 31077
    "IndirectionIndex", // 31097
    "OldProcessorIndex", // 31113
    "NewProcessorIndex", // 31130
    "RssProcessorConsolidation", // 31147
    "RssConfigurationChange", // 31172
    "Setting", // 31194
    "Value", // 31201
    "RssFailure", // 31206
    "FailureDescription", // 31216
    "RssBindingBindComplete", // 31234
    "RssPortBindComplete", // 31256
    "RssPortNotSupported", // 31275
    "RssInitializeIndirectionTable", // 31294
    "IndirectionTableSize", // 31323
    "IndirectionTable", // 31343
    "ActiveAffinity", // 31359
    "RssBindingRundown", // 31373
    "RssPortRundown", // 31390
    "HashInfo", // 31404
    "ActiveMode", // 31412
    "none", // 31422
    "receive hash", // 31426
    "receive scale", // 31438
    "enabled", // 31451
    "disabled", // 31458
    "TCPIP_RSS_SETTING_VALUE_ValueMap", // 31466
    "RssBindingCapability", // 31498
    "Capability", // 31518
    "not available", // 31528
    "available", // 31541
    "available on ports", // 31550
    "TCPIP_RSS_BINDING_CAPABILITY_ValueMap", // 31568
    "Ndkpi_Create_Cq", // 31605
    "ut:TcpipNdkpi", // 31620
    "NdkAdapter", // 31633
    "CqDepth", // 31643
    "CqNotificationContext", // 31650
    "AffinityMask", // 31671
    "AffinityGroup", // 31683
    "RequestContext", // 31696
    "Ndkpi_Create_Completion", // 31710
    "NdkObject", // 31733
    "CompletionType", // 31742
    "Async", // 31756
    "Inline", // 31761
    "TCPIP_NDKPI_COMPLETION_TYPE_ValueMap", // 31767
    "NdkObjectType", // 31803
    "Ndkpi_Close_Obj", // 31816
    "Undefined", // 31831
    "Adapter", // 31840
    "QP", // 31847
    "CQ", // 31849
    "MR", // 31851
    "MW", // 31853
    "PD", // 31855
    "SharedEndpoint", // 31857
    "Connector", // 31871
    "SRQ", // 31880
    "Max", // 31883
    "TCPIP_NDKPI_OBJECT_TYPE_ValueMap", // 31886
    "Ndkpi_Close_Completion", // 31918
    "Ndkpi_Resize_Cq", // 31940
    "NdkCq", // 31955
    "Ndkpi_Request_Completion", // 31960
    "Ndkpi_Arm_Cq", // 31984
    "ArmType", // 31996
    "NotifyErrors", // 32003
    "NotifyAny", // 32015
    "NotifySolicited", // 32024
    "TCPIP_NDKPI_CQ_ARM_TYPE_ValueMap", // 32039
    "Ndkpi_Cq_Result", // 32071
    "BytesTransferred", // 32086
    "QpContext", // 32102
    "ResultIndex", // 32111
    "ResultCount", // 32122
    "Ndkpi_Create_Mr", // 32133
    "NdkPd", // 32148
    "FastRegister", // 32153
    "Ndkpi_Flush", // 32165
    "NdkQp", // 32176
    "Ndkpi_Send", // 32181
    "SgeAddress", // 32191
    "SgeLength", // 32201
    "SgeMemoryRegionToken", // 32210
    "NumSge", // 32230
    "SgeIndex", // 32236
    "Ndkpi_Receive", // 32244
    "Ndkpi_Register_Mr", // 32257
    "NdkMr", // 32274
    "Mdl", // 32279
    "Ndkpi_Deregister_Mr", // 32282
    "Ndkpi_Initialize_Fast_Register_Mr", // 32301
    "AdapterPageCount", // 32334
    "RemoteAccess", // 32350
    "Ndkpi_Modify_Srq", // 32362
    "NdkSrq", // 32378
    "SrqDepth", // 32384
    "NotifyThreshold", // 32392
    "Ndkpi_Connect", // 32407
    "NdkConnector", // 32420
    "SrcSockAddrLength", // 32432
    "SrcSockAddr", // 32449
    "DestSockAddrLength", // 32460
    "DestSockAddr", // 32478
    "IRD", // 32490
    "ORD", // 32493
    "NdkSharedEndpoint", // 32496
    "PrivateDataLength", // 32513
    "Ndkpi_Connect_Shared_Endpoint", // 32530
    "Ndkpi_Complete_Connect", // 32559
    "DisconnectEventContext", // 32581
    "Ndkpi_Accept", // 32603
    "Ndkpi_Disconnect", // 32615
    "Ndkpi_Listen", // 32631
    "NdkListener", // 32643
    "SockAddrLength", // 32654
    "SockAddr", // 32668
    "Ndkpi_Create_Mw", // 32676
    "Ndkpi_Create_Srq", // 32691
    "MaxReceiveRequestSge", // 32707
    "SrqNotificationContext", // 32727
    "Ndkpi_Create_Qp", // 32749
    "ReceiveCq", // 32764
    "InitiatorCq", // 32773
    "QPContext", // 32784
    "ReceiveQueueDepth", // 32793
    "InitiatorQueueDepth", // 32810
    "MaxInitiatorRequestSge", // 32829
    "Ndkpi_Create_Qp_Srq", // 32851
    "Ndkpi_Create_Pd", // 32870
    "Ndkpi_Create_Shared_Endpoint", // 32885
    "Ndkpi_Create_Connector", // 32913
    "Ndkpi_Create_Listener", // 32935
    "ConnectEventContext", // 32956
    "Ndkpi_Build_Lam", // 32975
    "LAMBuffer", // 32990
    "LAMBufferSize", // 32999
    "Ndkpi_Release_Lam", // 33012
    "Ndkpi_Cq_Notification_Callback", // 33029
    "CqStatus", // 33059
    "Ndkpi_Srq_Notification_Callback", // 33067
    "SrqStatus", // 33098
    "Ndkpi_Disconnect_Event_Callback", // 33107
    "Ndkpi_Connect_Event_Callback", // 33138
    "Ndkpi_Get_Token", // 33166
    "TokenType", // 33181
    "Local", // 33190
    "Remote", // 33195
    "Privileged", // 33201
    "TCPIP_NDKPI_TOKEN_TYPE_ValueMap", // 33211
    "Token", // 33242
    "Ndkpi_Get_Sockaddr", // 33247
    "SockAddrType", // 33265
    "TCPIP_NDKPI_SOCKADDR_TYPE_ValueMap", // 33277
    "Ndkpi_Get_Sockaddr_Failure", // 33311
    "Ndkpi_Reject", // 33337
    "Ndkpi_Get_Connect_Data", // 33349
    "Ndkpi_Work_Request_Inline_Failure", // 33371
    "Ndkpi_Bind", // 33404
    "NdkMw", // 33414
    "VirtualAddress", // 33419
    "Ndkpi_Fast_Register", // 33433
    "AdapterPageArray", // 33452
    "FBO", // 33468
    "BaseVirtualAddress", // 33471
    "Ndkpi_Invalidate", // 33489
    "Ndkpi_Read", // 33505
    "RemoteToken", // 33515
    "Ndkpi_Write", // 33526
    "Ndkpi_SrqReceive", // 33537
    "Ndkpi_Srq_Work_Request_Inline_Failure", // 33553
    "Ndkpi_Open_Adapter", // 33590
    "Ndkpi_Close_Adapter_Enter", // 33608
    "Ndkpi_Close_Adapter_Exit", // 33633
    "TcpConnectionRundown", // 33657
    "Ndkpi_Interface_Event", // 33677
    "EventDescription", // 33698
    "NDKOperational", // 33714
    "TcpipWakePacketIndicated", // 33728
    "AdapterLuid", // 33752
    "PatternFriendlyName", // 33763
    "DlAddrLength", // 33782
    "SrcDLAddress", // 33794
    "DestDLAddress", // 33806
    "SrcAddress", // 33819
    "DestAddress", // 33829
    "SrcPort", // 33840
    "DestPort", // 33847
    "TcpipWakePacketIndicated1303", // 33855
    "IpAddrLength", // 33883
    "TcpipSilentMode", // 33895
    "SilentModeEvent", // 33910
    "Send request dropped", // 33925
    "Receive dropped", // 33945
    "Disconnect request dropped", // 33960
    "Reset dropped", // 33986
    "TCPIP_SILENT_MODE_EVENT_ValueMap", // 33999
    "TcpCreateNotificationChannelRequest", // 34031
    "NcmContext", // 34066
    "IsLoopback", // 34076
    "ChannelStatus", // 34086
    "TcpQueryNotificationChannelStatusRequest", // 34099
    "Invalid", // 34139
    "Software Slot allocated", // 34146
    "Hardware Slot allocated", // 34169
    "Policy error", // 34192
    "system error", // 34204
    "TCP_NOTIFICATION_CHANNEL_STATUS_ValueMap", // 34216
    "TcpCreateNotificationChannelRequestProcessed", // 34256
    "PushNotificationGuid", // 34300
    "TcpSignalNotificationChannelEvent", // 34320
    "Delivered", // 34353
    "Indicated", // 34362
    "FinalEvent", // 34371
    "TcpDetachNotificationChannel", // 34381
    "TcpUnlinkNotificationChannel", // 34409
    "TcpPlumbWakePattern", // 34437
    "SystemReserved", // 34456
    "WolHandle", // 34470
    "TcpDeplumbWakePattern", // 34479
    "Ndkpi_Control_Cq_Im", // 34500
    "ModerationInterval", // 34519
    "ModerationCount", // 34537
    "task_01317", // 34552
    "Event", // 34562
    "Processor Add", // 34567
    "Power Source Change", // 34580
    "TCP_REPARTITION_EVENT_TYPE_ValueMap", // 34599
    "PowerSource", // 34634
    "OldPartitionCount", // 34645
    "NewPartitionCount", // 34662
    "Progress", // 34679
    "task_01318", // 34687
    "IP", // 34697
    "TCP", // 34699
    "TCPIP_COMPONENT_ValueMap", // 34702
    "PowerStateTransition", // 34726
    "IndicatingProcessor", // 34746
    "CurrentTime", // 34765
    "task_01319", // 34776
    "TargetProcessor", // 34786
    "NextExpirationTick", // 34801
    "OldScheduledExpiration", // 34819
    "NewScheduledExpiration", // 34841
    "DueTime", // 34863
    "Aperiodic", // 34870
    "task_01320", // 34879
    "NextExpiration", // 34889
    "CurrentInterruptTime", // 34903
    "ScheduledExpirationTime", // 34923
    "ExternalTrigger", // 34946
    "TcpipMediaConnect", // 34961
    "TcpipLimitedLinkConnectivity", // 34978
    "TcpipLimitedLinkConnectivity1323", // 35006
    "IpNeighborState", // 35038
    "ut:TcpipRoute", // 35053
    "IPAddress", // 35066
    "DLAddress", // 35075
    "OldNeighborState", // 35084
    "NewNeighborState", // 35100
    "Unreachable", // 35116
    "Incomplete", // 35127
    "Probe", // 35137
    "Delay", // 35142
    "Stale", // 35147
    "Reachable", // 35152
    "Permanent", // 35161
    "Maximum", // 35170
    "TCPIP_NEIGHBOR_STATE_ValueMap", // 35177
    "NeighborEvent", // 35206
    "IpNeighborDiscovery", // 35219
    "SourceIPAddress", // 35238
    "TargetIPAddress", // 35253
    "Map", // 35268
    "Configure", // 35271
    "TlSuspectsReachability", // 35280
    "TlConfirmsReachability", // 35302
    "NaConfirmsReachability", // 35324
    "ProbeReachability", // 35346
    "DadSolicitation", // 35363
    "NewDlAddress", // 35378
    "TriggerNud", // 35390
    "Resolve", // 35400
    "Sending neighbor solicitation", // 35407
    "Received neighbor solicitation", // 35436
    "Sending neighbor advertisement", // 35466
    "Received neighbor advertisement", // 35496
    "Sending router solicitation", // 35527
    "Received router solicitation", // 35554
    "Sending router advertisement", // 35582
    "Received router advertisement", // 35610
    "TCPIP_NEIGHBOR_EVENT_ValueMap", // 35639
    "IpSourceAddressSelection", // 35668
    "PreferredSourceIPAddress", // 35692
    "NonPreferredSourceIPAddress", // 35716
    "DestinationIPAddress", // 35743
    "Rule", // 35763
    "RuleExtension", // 35767
    "Prefer Same Address", // 35780
    "Prefer Appropriate Scope", // 35799
    "Avoid Deprecated Addresses", // 35823
    "Prefer Home Addresses", // 35849
    "Prefer Outgoing Interface", // 35870
    "Prefer Addresses Associated With NextHop", // 35895
    "Prefer Matching Label", // 35935
    "Prefer Temporary Addresses", // 35956
    "System Defined Preference (Windows Specific)", // 35982
    "Prefer Longest Matching Prefix With NextHop (Windows Specific)", // 36026
    "Prefer Longest Matching Prefix", // 36088
    "IP_SOURCE_ADDRESS_PREFERENCE_RULE_ValueMap", // 36118
    "IpSortedAddressPairs", // 36160
    "PreferredDestinationIPAddress", // 36180
    "NonPreferredDestinationIPAddress", // 36209
    "SortOption", // 36241
    "RuleType", // 36251
    "RuleMajor", // 36259
    "RuleMinor", // 36268
    "Ndkpi_Cq_Result_Ex", // 36277
    "Receive", // 36295
    "Send", // 36302
    "Invalidate", // 36306
    "ReceiveAndInvalidate", // 36316
    "TCPIP_NDKPI_OPERATION_TYPE_ValueMap", // 36336
    "TypeSpecificCompletionOutput", // 36371
    "Ndkpi_Send_Invalidate", // 36399
    "TcpDataTransferCumAck1330", // 36420
    "BytesAcked", // 36445
    "TcpCtcpDataTransferCumAck1331", // 36455
    "TcpDataTransferSend1332", // 36484
    "BytesSent", // 36507
    "SRtt", // 36516
    "RttVar", // 36520
    "TcpDataTransferSend1332_V1", // 36526
    "TcpCtcpDataTransferSend1333", // 36552
    "TcpCtcpDataTransferSend1333_V1", // 36579
    "UdpCreateNotificationChannelRequest", // 36609
    "UdpEndpoint", // 36644
    "Activated", // 36655
    "Not Activated", // 36664
    "UDP_ENDPOINT_STATE_ValueMap", // 36677
    "UdpQueryNotificationChannelStatusRequest", // 36704
    "UdpCreateNotificationChannelRequestProcessed", // 36744
    "UdpSignalNotificationChannelEvent", // 36788
    "UdpDetachNotificationChannel", // 36821
    "UdpUnlinkNotificationChannel", // 36849
    "TcpDataTransferRttSample1341", // 36877
    "TcpRttResiliencyDetection1342", // 36905
    "TcpDataTransferDupAck1343", // 36934
    "TcpCtcpDataTransferDupAck1344", // 36959
    "TcpDataTransferSpuriousTimeout1345", // 36988
    "TcpSpuriousRtoDetectionBegin1346", // 37022
    "TcpSpuriousRtoDetectionEnd1347", // 37054
    "TcpCtcpDataTransferTimeout1348", // 37084
    "TcpCtcpDataTransferSpuriousTimeout1349", // 37114
    "TcpSlowStartToCongestionAvoidance1350", // 37152
    "TcpDataTransferRetransmitRound1351", // 37189
    "TcpConnectionSummary", // 37223
    "DataBytesOut", // 37243
    "DataBytesIn", // 37255
    "DataSegmentsOut", // 37266
    "DataSegmentsIn", // 37281
    "SegmentsOut", // 37295
    "SegmentsIn", // 37306
    "NonRecovDa", // 37316
    "NonRecovDaEpisodes", // 37326
    "DupAcksIn", // 37344
    "BytesRetrans", // 37353
    "Timeouts", // 37365
    "SpuriousRtoDetections", // 37373
    "FastRetran", // 37394
    "MaxSsthresh", // 37404
    "MaxSsCwnd", // 37415
    "MaxCaCwnd", // 37424
    "SndLimTransRwin", // 37433
    "SndLimTimeRwin", // 37448
    "SndLimBytesRwin", // 37462
    "SndLimTransCwnd", // 37477
    "SndLimTimeCwnd", // 37492
    "SndLimBytesCwnd", // 37506
    "SndLimTransSnd", // 37521
    "SndLimTimeRSnd", // 37535
    "SndLimBytesRSnd", // 37549
    "TcpipGeneric", // 37564
    "Param1", // 37576
    "Param2", // 37582
    "Param3", // 37588
    "Param4", // 37594
    "TcpSackUpdate", // 37600
    "SackCount", // 37613
    "SackBytes", // 37622
    "SackInFlight", // 37631
    "SackIsLost", // 37643
    "TcpIsPatternCoalescingRequired", // 37653
    "RequireAddressCoalescing", // 37683
    "LocalPort", // 37707
    "RtcStartPort", // 37716
    "RtcEndPort", // 37728
    "TcpRtcPortRangeAssignment", // 37738
    "AssignedFromRtcRange", // 37763
    "Port", // 37783
    "TcpipAoacFailFast", // 37787
    "RequestType", // 37804
    "TcbOrEndpoint", // 37815
    "TcpipUpdateInterfaceConfigFlags", // 37828
    "Property", // 37859
    "InterfaceUpdateEvent", // 37867
    "TcpCreateNotificationChannelUnmarkRequest", // 37887
    "IsShutdown", // 37928
    "TcpipNblClonedForRaw", // 37938
    "Nbl", // 37958
    "ClonedNbl", // 37961
    "TcpipCloneDropped", // 37970
    "IpAddressWolStateChange", // 37987
    "WoLEvent", // 38010
    "IpWolContextChange", // 38018
    "TargetIPAddress1", // 38036
    "TargetIPAddress2", // 38052
    "CreateWolContext", // 38068
    "DeleteWolContext", // 38084
    "SetWolContext", // 38100
    "ClearWolContext", // 38113
    "WolContextEvicted", // 38128
    "AddWolAddress", // 38145
    "RemoveWolAddress", // 38158
    "TCPIP_IP_WOL_EVENT_ValueMap", // 38174
    "TcpInsertConnectionTuple", // 38201
    "TcpRemoveConnectionTuple", // 38225
    "TcpDeferPortSelection", // 38249
    "TcpipNblOob", // 38270
    "PathDirection", // 38281
    "TCPIP_Path_Direction_ValueMap", // 38294
    "TcpIpChecksumNetBufferListInfo", // 38323
    "TcpLargeSendNetBufferListInfo", // 38353
    "Ieee8021QNetBufferListInfo", // 38382
    "NetBufferListHashValue", // 38408
    "NetBufferListHashInfo", // 38430
    "VirtualSubnetInfo", // 38451
    "TcpRecvSegCoalesceInfo", // 38468
    "TcpipTeredoOpen", // 38490
    "ut:Teredo", // 38505
    "PID", // 38514
    "AddressType", // 38517
    "ScopeLevel", // 38528
    "EndpointRecord", // 38538
    "TcpipTeredoClose", // 38552
    "TcpipRouteLookup", // 38568
    "API", // 38584
    "ConstrainSourceAddress", // 38587
    "ConstrainInterfaceIndex", // 38609
    "ConstraintOverridden", // 38632
    "ReturnConstrained", // 38652
    "OutgoingInterfaceIndex", // 38669
    "NextHopAddress", // 38691
    "TcpipSrcAddrLookup", // 38705
    "SelectedSourceAddress", // 38723
    "Partition", // 38744
    "ut:AlePartition", // 38753
    "PartitionCount", // 38768
    "PartitionMask", // 38782
    "PartitionId", // 38795
    "NumEntries", // 38806
    "Partition1373", // 38816
    "OldPartitionMask", // 38829
    "NewPartitionMask", // 38845
    "RemoteEndpoint", // 38861
    "ut:AleRemoteEndpoint", // 38875
    "RemotePort", // 38895
    "RemoteEndpoint1375", // 38905
    "Memory", // 38923
    "ut:AleMemory", // 38929
    "HighNonPagedPoolEvent", // 38941
    "LowNonPagedPoolEvent", // 38962
    "Memory1377", // 38982
    "Memory1378", // 38992
    "Memory1379", // 39002
    "TcpLedbatState", // 39012
    "ut:Ledbat", // 39026
    "LedbatEvent", // 39035
    "SsThresh", // 39046
    "BaseDelayMs", // 39054
    "CurrentDelayMs", // 39065
    "RemainingTimeMs", // 39079
    "DelayBasedCwndFactorPercent", // 39094
    "TcpAssociateNameResContext", // 39121
    "ut:Nrt", // 39147
    "NameResContext", // 39153
    "DnsName", // 39167
    "IpCount", // 39174
    "IpAddr1Length", // 39181
    "IpAddr1", // 39194
    "IpAddr2Length", // 39201
    "IpAddr2", // 39214
    "IpAddr3Length", // 39221
    "IpAddr3", // 39234
    "IpAddr4Length", // 39241
    "IpAddr4", // 39254
    "IpAddr5Length", // 39261
    "IpAddr5", // 39274
    "TcpInspectConnectWithNameResContext", // 39281
    "IpRouteSelection", // 39316
    "DestinationAddressLength", // 39332
    "PrDestinationPrefixLength", // 39356
    "PrDestinationPrefixAddressLength", // 39381
    "PrDestinationPrefix", // 39413
    "PrNextHopAddressLength", // 39432
    "PrNextHopAddress", // 39454
    "PrInterfaceIndex", // 39470
    "PrInterfaceMetric", // 39486
    "PrRouteMetric", // 39503
    "NonPrDestinationPrefixLength", // 39516
    "NonPrDestinationPrefixAddressLength", // 39544
    "NonPrDestinationPrefix", // 39579
    "NonPrNextHopAddressLength", // 39601
    "NonPrNextHopAddress", // 39626
    "NonPrInterfaceIndex", // 39645
    "NonPrInterfaceMetric", // 39664
    "NonPrRouteMetric", // 39684
    "PreferenceReason", // 39700
    "IpRouteBlocked", // 39716
    "DestinationPrefixLength", // 39730
    "DestinationPrefixAddressLength", // 39753
    "DestinationPrefix", // 39783
    "NextHopAddressLength", // 39800
    "RouteMetric", // 39820
    "ConstrainScope", // 39831
    "BlockReason", // 39845
    "TcpTailLossProbe", // 39856
    "TailProbeSeq", // 39872
    "TailProbeLast", // 39884
    "ControlsToSend", // 39897
    "ThFlags", // 39911
    "TcpTailLossProbe1386", // 39918
    "TlpEvent", // 39938
    "TimerArmed", // 39946
    "TimerFired", // 39956
    "Failed", // 39966
    "TCP_TAIL_LOSS_PROBE_EVENT_ValueMap", // 39972
    "TcpRack", // 40006
    "RackEvent", // 40013
    "RackMinRtt", // 40022
    "RackReoWind", // 40032
    "RackTimeSlotDeltaMin", // 40043
    "SequenceNumber", // 40063
    "Timestamp", // 40077
    "TcpFastopenStateChange", // 40086
    "TcpFastopenOff", // 40108
    "TcpFastopenAccepting", // 40122
    "TcpFastopenServerSendingCookie", // 40142
    "TcpFastopenServerSentCookie", // 40172
    "TcpFastopenNegotiate", // 40199
    "TcpFastopenAttempt", // 40219
    "TcpFastopenNegotiateSuccess", // 40237
    "TcpFastopenAttemptSuccess", // 40264
    "TcpFastopenCookieRollover", // 40289
    "TcpFastopenFailed", // 40314
    "TcpFastopenFailedBlocklist", // 40331
    "TCP_FASTOPEN_STATE_ValueMap", // 40357
    "UdpCreateEndpointAfFailure", // 40384
    "UdpCreateEndpointCompartmentFailure", // 40410
    "UdpCreateEndpointComplete", // 40445
    "UdpCreateEndpointInspectionFailure", // 40470
    "UdpBindEndpointResolutionFailure", // 40504
    "UdpBindEndpointPortFailure", // 40536
    "UdpBindEndpointInspectionFailure", // 40562
    "UdpBindEndpointComplete", // 40594
    "UdpCloseEndpointBound", // 40617
    "UdpCloseEndpointUnBound", // 40638
    "UdpSendMessagesResolutionFailure", // 40661
    "EndpointAddressLength", // 40693
    "EndpointAddress", // 40714
    "SendAddressLength", // 40729
    "SendAddress", // 40746
    "UdpSendMessagesValidationFailure", // 40757
    "UdpSendMessagesSrcAddrSelectionFailure", // 40789
    "UdpSendMessagesFullPendingJoinPathQueue", // 40827
    "UdpGlobalAddInterface", // 40866
    "UdpGlobalDeleteInterface", // 40887
    "UdpStartInetModuleFailure", // 40911
    "UdpStartNlnpiClientFailure", // 40936
    "UdpStartNsiProviderFailure", // 40962
    "UdpStartTlnpiProviderFailure", // 40988
    "UdpStartQosClientFailure", // 41016
    "UdpStartEndpointModuleFailure", // 41040
    "FailedQueueString", // 41069
    "UdpSendMessagesSendContextResourceFailure", // 41086
    "UdpSendMessagesPathAfFailure", // 41127
    "UdpSendMessagesPathNextHopMissingFailure", // 41155
    "UdpSendMessagesPathNextHopAddrFailure", // 41195
    "TcpEarlyRetransmit", // 41232
    "SackIsLostSeq", // 41250
    "TcpFastopenSynRcvdLimit", // 41263
    "SynRcvdLimit", // 41286
    "TcpFastopenKeyUpdateFailure", // 41298
    "TcpLossRecoverySend", // 41325
    "TcpLossRecoverySend1419", // 41344
    "TcpLossRecoverySend1420", // 41367
    "TcpLossRecoverySend1421", // 41390
    "IcmpSendRecv", // 41413
    "IcmpType", // 41425
    "IcmpCode", // 41433
    "SourceAddressLength", // 41441
    "DestAddressLength", // 41460
    "IcmpPacketDrops", // 41477
    "Echo Reply", // 41492
    "Destination Unreachable", // 41502
    "Packet Too Big", // 41525
    "Destination Unreachable(v4)/Time Exceeded(v6)", // 41539
    "Source Quench(v4)/Parameter Problem(v6)", // 41584
    "Redirect", // 41623
    "Echo Request", // 41631
    "Router Advertisement", // 41643
    "Router Solicitation", // 41663
    "Time Exceeded", // 41682
    "Parameter Problem", // 41695
    "Timestamp Request", // 41712
    "Timestamp Reply", // 41729
    "Address Mask Request", // 41744
    "Address Mask Reply", // 41764
    "Multicast Listener Query", // 41782
    "Multicast Listener Report", // 41806
    "Multicast Listener Done", // 41831
    "Neighbor Solicitation", // 41854
    "Neighbor Advertisement", // 41875
    "Redirect Message", // 41897
    "Multicast Listener Discovery", // 41913
    "Not Parsed", // 41941
    "ICMPV4V6_TYPE_ValueMap", // 41951
    "DropReason", // 41973
    "General failure", // 41983
    "Truncated header", // 41998
    "Invalid checksum", // 42014
    "Inspection drop", // 42030
    "Rejecting loopback neighbor discovery", // 42045
    "Unknown type/code", // 42082
    "Truncated IP header", // 42099
    "Oversized IP header", // 42118
    "No handler", // 42137
    "Not responding with error for error", // 42147
    "Invalid source", // 42182
    "Interface rate limit", // 42196
    "Path rate limit", // 42216
    "No route", // 42231
    "No matching request", // 42239
    "Buffer too small", // 42258
    "Failed to obtain ancillary data", // 42274
    "ICMP_PACKET_DROP_REASON_ValueMap", // 42305
    "IcmpEchoTimeout", // 42337
    "TcpipTimerStateChange", // 42352
    "CurrentState", // 42373
    "Periodic", // 42385
    "TCPIP_TIMER_STATE_ValueMap", // 42393
    "ProcessorUsage", // 42419
    "Microsoft-Windows-TCPIP", // 42433
    "manifest {2f07e2ee-15db-40f1-90ef-9d7ba282188a}.xml of dissect.etl 3.14", // 42456
    "task_04609", // 42527
    "task_04610", // 42537
    "AuthenticationPackageName", // 42547
    "task_04611", // 42572
    "SubjectUserSid", // 42582
    "SubjectUserName", // 42596
    "SubjectDomainName", // 42611
    "SubjectLogonId", // 42628
    "LogonProcessName", // 42642
    "task_04612", // 42658
    "AuditsDiscarded", // 42668
    "task_04614", // 42683
    "NotificationPackageName", // 42693
    "task_04615", // 42716
    "InvalidCallName", // 42726
    "ServerPortName", // 42741
    "ProcessName", // 42755
    "task_04616", // 42766
    "PreviousDate", // 42776
    "PreviousTime", // 42788
    "NewDate", // 42800
    "NewTime", // 42807
    "task_04616_V1", // 42814
    "task_04618", // 42827
    "EventId", // 42837
    "ComputerName", // 42844
    "TargetUserSid", // 42856
    "TargetUserName", // 42869
    "TargetUserDomain", // 42883
    "TargetLogonId", // 42899
    "EventCount", // 42912
    "Duration", // 42922
    "task_04621", // 42930
    "CrashOnAuditFailValue", // 42940
    "task_04622", // 42961
    "SecurityPackageName", // 42971
    "task_04624", // 42990
    "TargetDomainName", // 43000
    "LogonType", // 43016
    "WorkstationName", // 43025
    "LogonGuid", // 43040
    "TransmittedServices", // 43049
    "LmPackageName", // 43068
    "KeyLength", // 43081
    "IpAddress", // 43090
    "IpPort", // 43099
    "task_04624_V1", // 43105
    "ImpersonationLevel", // 43118
    "task_04624_V2", // 43136
    "RestrictedAdminMode", // 43149
    "TargetOutboundUserName", // 43168
    "TargetOutboundDomainName", // 43190
    "VirtualAccount", // 43214
    "TargetLinkedLogonId", // 43228
    "ElevatedToken", // 43247
    "task_04625", // 43260
    "FailureReason", // 43270
    "SubStatus", // 43283
    "task_04626", // 43292
    "EventIdx", // 43302
    "EventCountTotal", // 43310
    "UserClaims", // 43325
    "DeviceClaims", // 43335
    "task_04627", // 43347
    "GroupMembership", // 43357
    "task_04634", // 43372
    "task_04646", // 43382
    "notification", // 43392
    "task_04647", // 43404
    "task_04648", // 43414
    "TargetLogonGuid", // 43424
    "TargetServerName", // 43439
    "TargetInfo", // 43455
    "task_04649", // 43465
    "AuthenticationPackage", // 43475
    "task_04650", // 43496
    "LocalMMPrincipalName", // 43506
    "RemoteMMPrincipalName", // 43526
    "LocalKeyModPort", // 43547
    "RemoteKeyModPort", // 43562
    "KeyModName", // 43578
    "MMAuthMethod", // 43588
    "MMCipherAlg", // 43600
    "MMIntegrityAlg", // 43611
    "DHGroup", // 43625
    "MMLifetime", // 43632
    "QMLimit", // 43642
    "Role", // 43649
    "MMImpersonationState", // 43653
    "MMFilterID", // 43673
    "MMSAID", // 43683
    "task_04651", // 43689
    "LocalMMCertHash", // 43699
    "LocalMMIssuingCA", // 43714
    "LocalMMRootCA", // 43730
    "RemoteMMCertHash", // 43743
    "RemoteMMIssuingCA", // 43759
    "RemoteMMRootCA", // 43776
    "task_04652", // 43790
    "FailurePoint", // 43800
    "InitiatorCookie", // 43812
    "ResponderCookie", // 43827
    "task_04653", // 43842
    "task_04654", // 43852
    "LocalAddressMask", // 43862
    "LocalTunnelEndpoint", // 43878
    "RemoteAddressMask", // 43897
    "RemoteTunnelEndpoint", // 43914
    "RemotePrivateAddress", // 43934
    "Mode", // 43954
    "MessageID", // 43958
    "QMFilterID", // 43967
    "task_04654_V1", // 43977
    "TunnelId", // 43990
    "TrafficSelectorId", // 43998
    "task_04655", // 44015
    "task_04656", // 44025
    "ObjectServer", // 44035
    "ObjectType", // 44047
    "ObjectName", // 44057
    "HandleId", // 44067
    "TransactionId", // 44075
    "AccessList", // 44088
    "AccessMask", // 44098
    "PrivilegeList", // 44108
    "RestrictedSidCount", // 44121
    "task_04656_V1", // 44139
    "AccessReason", // 44152
    "ResourceAttributes", // 44164
    "task_04657", // 44182
    "ObjectValueName", // 44192
    "OperationType", // 44207
    "OldValueType", // 44220
    "OldValue", // 44232
    "NewValueType", // 44240
    "NewValue", // 44252
    "task_04658", // 44260
    "task_04659", // 44270
    "task_04660", // 44280
    "task_04661", // 44290
    "Properties", // 44300
    "task_04661_V1", // 44310
    "task_04662", // 44323
    "AdditionalInfo", // 44333
    "AdditionalInfo2", // 44347
    "task_04663", // 44362
    "task_04663_V1", // 44372
    "task_04664", // 44385
    "LinkName", // 44395
    "task_04665", // 44403
    "AppName", // 44413
    "AppInstance", // 44420
    "ClientName", // 44431
    "ClientDomain", // 44441
    "ClientLogonId", // 44453
    "task_04666", // 44466
    "ScopeName", // 44476
    "Group", // 44485
    "OperationName", // 44490
    "task_04667", // 44503
    "task_04668", // 44513
    "StoreUrl", // 44523
    "task_04670", // 44531
    "OldSd", // 44541
    "NewSd", // 44546
    "task_04671", // 44551
    "CallerUserSid", // 44561
    "CallerUserName", // 44574
    "CallerDomainName", // 44588
    "CallerLogonId", // 44604
    "Ordinal", // 44617
    "task_04672", // 44624
    "task_04673", // 44634
    "Service", // 44644
    "task_04674", // 44651
    "task_04675", // 44661
    "TdoDirection", // 44671
    "TdoAttributes", // 44683
    "TdoType", // 44696
    "TdoSid", // 44703
    "SidList", // 44709
    "task_04688", // 44716
    "NewProcessId", // 44726
    "NewProcessName", // 44738
    "task_04688_V1", // 44752
    "CommandLine", // 44765
    "task_04688_V2", // 44776
    "ParentProcessName", // 44789
    "MandatoryLabel", // 44806
    "task_04689", // 44820
    "task_04690", // 44830
    "SourceHandleId", // 44840
    "SourceProcessId", // 44854
    "TargetHandleId", // 44869
    "TargetProcessId", // 44883
    "task_04691", // 44898
    "task_04692", // 44908
    "MasterKeyId", // 44918
    "RecoveryServer", // 44929
    "RecoveryKeyId", // 44943
    "task_04693", // 44956
    "RecoveryReason", // 44966
    "FailureId", // 44980
    "task_04694", // 44989
    "DataDescription", // 44999
    "ProtectedDataFlags", // 45014
    "CryptoAlgorithms", // 45032
    "task_04695", // 45048
    "task_04696", // 45058
    "TargetProcessName", // 45068
    "task_04697", // 45085
    "ServiceName", // 45095
    "ServiceFileName", // 45106
    "ServiceType", // 45121
    "ServiceStartType", // 45132
    "ServiceAccount", // 45148
    "task_04698", // 45162
    "TaskName", // 45172
    "TaskContent", // 45180
    "task_04699", // 45191
    "task_04700", // 45201
    "task_04701", // 45211
    "task_04702", // 45221
    "TaskContentNew", // 45231
    "task_04703", // 45245
    "EnabledPrivilegeList", // 45255
    "DisabledPrivilegeList", // 45275
    "task_04704", // 45296
    "TargetSid", // 45306
    "task_04705", // 45315
    "task_04706", // 45325
    "DomainName", // 45335
    "DomainSid", // 45345
    "SidFilteringEnabled", // 45354
    "task_04707", // 45373
    "task_04709", // 45383
    "task_04710", // 45393
    "task_04711", // 45403
    "task_04712", // 45413
    "task_04713", // 45423
    "KerberosPolicyChange", // 45433
    "task_04714", // 45453
    "EfsPolicyChange", // 45463
    "task_04715", // 45478
    "task_04716", // 45488
    "task_04717", // 45498
    "AccessGranted", // 45508
    "task_04718", // 45521
    "AccessRemoved", // 45531
    "task_04719", // 45544
    "CategoryId", // 45554
    "SubcategoryId", // 45564
    "SubcategoryGuid", // 45577
    "AuditPolicyChanges", // 45592
    "task_04720", // 45610
    "SamAccountName", // 45620
    "DisplayName", // 45634
    "UserPrincipalName", // 45645
    "HomeDirectory", // 45662
    "HomePath", // 45675
    "ScriptPath", // 45683
    "ProfilePath", // 45693
    "UserWorkstations", // 45704
    "PasswordLastSet", // 45720
    "AccountExpires", // 45735
    "PrimaryGroupId", // 45749
    "AllowedToDelegateTo", // 45763
    "OldUacValue", // 45782
    "NewUacValue", // 45793
    "UserAccountControl", // 45804
    "UserParameters", // 45822
    "SidHistory", // 45836
    "LogonHours", // 45846
    "task_04722", // 45856
    "task_04723", // 45866
    "task_04724", // 45876
    "task_04725", // 45886
    "task_04726", // 45896
    "task_04727", // 45906
    "task_04728", // 45916
    "MemberName", // 45926
    "MemberSid", // 45936
    "task_04728_V1", // 45945
    "MembershipExpirationTime", // 45958
    "task_04729", // 45982
    "task_04730", // 45992
    "task_04731", // 46002
    "task_04732", // 46012
    "task_04732_V1", // 46022
    "task_04733", // 46035
    "task_04734", // 46045
    "task_04735", // 46055
    "task_04737", // 46065
    "task_04738", // 46075
    "Dummy", // 46085
    "task_04739", // 46090
    "DomainPolicyChanged", // 46100
    "MinPasswordAge", // 46119
    "MaxPasswordAge", // 46133
    "ForceLogoff", // 46147
    "LockoutThreshold", // 46158
    "LockoutObservationWindow", // 46174
    "LockoutDuration", // 46198
    "PasswordProperties", // 46213
    "MinPasswordLength", // 46231
    "PasswordHistoryLength", // 46248
    "MachineAccountQuota", // 46269
    "MixedDomainMode", // 46288
    "DomainBehaviorVersion", // 46303
    "OemInformation", // 46324
    "task_04740", // 46338
    "task_04741", // 46348
    "DnsHostName", // 46358
    "ServicePrincipalNames", // 46369
    "task_04742", // 46390
    "ComputerAccountChange", // 46400
    "task_04743", // 46421
    "task_04744", // 46431
    "task_04745", // 46441
    "task_04746", // 46451
    "task_04746_V1", // 46461
    "task_04747", // 46474
    "task_04748", // 46484
    "task_04749", // 46494
    "task_04750", // 46504
    "task_04751", // 46514
    "task_04751_V1", // 46524
    "task_04752", // 46537
    "task_04753", // 46547
    "task_04754", // 46557
    "task_04755", // 46567
    "task_04756", // 46577
    "task_04756_V1", // 46587
    "task_04757", // 46600
    "task_04758", // 46610
    "task_04759", // 46620
    "task_04760", // 46630
    "task_04761", // 46640
    "task_04761_V1", // 46650
    "task_04762", // 46663
    "task_04763", // 46673
    "task_04764", // 46683
    "GroupTypeChange", // 46693
    "task_04765", // 46708
    "SourceUserName", // 46718
    "SourceSid", // 46732
    "task_04766", // 46741
    "task_04767", // 46751
    "task_04768", // 46761
    "ServiceSid", // 46771
    "TicketOptions", // 46781
    "TicketEncryptionType", // 46794
    "PreAuthType", // 46814
    "CertIssuerName", // 46825
    "CertSerialNumber", // 46839
    "CertThumbprint", // 46855
    "task_04769", // 46869
    "task_04770", // 46879
    "task_04771", // 46889
    "task_04772", // 46899
    "FailureCode", // 46909
    "task_04773", // 46920
    "task_04774", // 46930
    "MappingBy", // 46940
    "ClientUserName", // 46949
    "MappedName", // 46963
    "task_04775", // 46973
    "task_04776", // 46983
    "PackageName", // 46993
    "Workstation", // 47004
    "task_04777", // 47015
    "task_04778", // 47025
    "AccountName", // 47035
    "AccountDomain", // 47046
    "LogonID", // 47059
    "SessionName", // 47066
    "ClientAddress", // 47077
    "task_04779", // 47090
    "task_04780", // 47100
    "task_04781", // 47110
    "OldTargetUserName", // 47120
    "NewTargetUserName", // 47137
    "task_04782", // 47154
    "task_04783", // 47164
    "task_04784", // 47174
    "task_04785", // 47184
    "task_04785_V1", // 47194
    "task_04786", // 47207
    "task_04787", // 47217
    "task_04788", // 47227
    "task_04789", // 47237
    "task_04790", // 47247
    "task_04791", // 47257
    "task_04792", // 47267
    "task_04793", // 47277
    "task_04794", // 47287
    "task_04797", // 47297
    "task_04798", // 47307
    "CallerProcessId", // 47317
    "CallerProcessName", // 47332
    "task_04799", // 47349
    "task_04800", // 47359
    "task_04801", // 47369
    "task_04802", // 47379
    "task_04803", // 47389
    "task_04816", // 47399
    "task_04816_V1", // 47409
    "PeerName", // 47422
    "ProtocolSequence", // 47430
    "SecurityError", // 47446
    "task_04817", // 47459
    "task_04818", // 47469
    "StagingReason", // 47479
    "task_04819", // 47492
    "AddedCAPs", // 47502
    "DeletedCAPs", // 47511
    "ModifiedCAPs", // 47522
    "AsIsCAPs", // 47534
    "task_04820", // 47542
    "DeviceName", // 47552
    "SiloName", // 47562
    "PolicyName", // 47570
    "TGTLifetime", // 47580
    "task_04821", // 47591
    "TransitedServices", // 47601
    "task_04822", // 47618
    "task_04823", // 47628
    "task_04824", // 47638
    "task_04825", // 47648
    "task_04826", // 47658
    "LoadOptions", // 47668
    "AdvancedOptions", // 47679
    "ConfigAccessPolicy", // 47694
    "RemoteEventLogging", // 47712
    "KernelDebug", // 47730
    "VsmLaunchType", // 47741
    "TestSigning", // 47754
    "FlightSigning", // 47765
    "DisableIntegrityChecks", // 47778
    "HypervisorLoadOptions", // 47800
    "HypervisorLaunchType", // 47821
    "HypervisorDebug", // 47841
    "task_04830", // 47856
    "task_04864", // 47866
    "CollisionTargetType", // 47876
    "CollisionTargetName", // 47895
    "ForestRoot", // 47914
    "TopLevelName", // 47924
    "NetbiosName", // 47936
    "task_04865", // 47947
    "ForestRootSid", // 47957
    "EntryType", // 47970
    "task_04866", // 47979
    "task_04867", // 47989
    "task_04868", // 47999
    "RequestId", // 48009
    "task_04869", // 48018
    "task_04870", // 48028
    "CertificateSerialNumber", // 48038
    "RevocationReason", // 48061
    "task_04871", // 48077
    "NextUpdate", // 48087
    "NextPublishForBaseCRL", // 48097
    "NextPublishForDeltaCRL", // 48118
    "task_04872", // 48140
    "IsBaseCRL", // 48150
    "CRLNumber", // 48159
    "KeyContainer", // 48168
    "NextPublish", // 48180
    "PublishURLs", // 48191
    "task_04873", // 48202
    "ExtensionName", // 48212
    "ExtensionDataType", // 48225
    "ExtensionPolicyFlags", // 48242
    "ExtensionData", // 48262
    "task_04874", // 48275
    "Attributes", // 48285
    "task_04875", // 48295
    "task_04876", // 48305
    "BackupType", // 48315
    "task_04877", // 48325
    "task_04878", // 48335
    "task_04879", // 48345
    "task_04880", // 48355
    "CertificateDatabaseHash", // 48365
    "PrivateKeyUsageCount", // 48388
    "CACertificateHash", // 48408
    "CAPublicKeyHash", // 48425
    "task_04881", // 48440
    "task_04882", // 48450
    "SecuritySettings", // 48460
    "task_04883", // 48476
    "task_04884", // 48486
    "Certificate", // 48496
    "task_04885", // 48507
    "AuditFilter", // 48517
    "task_04886", // 48528
    "Requester", // 48538
    "task_04887", // 48547
    "SubjectKeyIdentifier", // 48557
    "Subject", // 48577
    "task_04888", // 48584
    "task_04889", // 48594
    "task_04890", // 48604
    "EnableRestrictedPermissions", // 48614
    "RestrictedPermissions", // 48641
    "task_04891", // 48662
    "Node", // 48672
    "task_04892", // 48676
    "PropertyIndex", // 48686
    "PropertyType", // 48699
    "PropertyValue", // 48711
    "task_04893", // 48724
    "KRAHashes", // 48734
    "task_04894", // 48743
    "task_04895", // 48753
    "CertificateHash", // 48763
    "ValidFrom", // 48778
    "ValidTo", // 48787
    "task_04896", // 48794
    "TableId", // 48804
    "Filter", // 48811
    "RowsDeleted", // 48817
    "task_04897", // 48828
    "RoleSeparationEnabled", // 48838
    "task_04898", // 48859
    "TemplateInternalName", // 48869
    "TemplateVersion", // 48889
    "TemplateSchemaVersion", // 48904
    "TemplateOID", // 48925
    "TemplateDSObjectFQDN", // 48936
    "DCDNSName", // 48956
    "TemplateContent", // 48965
    "SecurityDescriptor", // 48980
    "task_04899", // 48998
    "NewTemplateContent", // 49008
    "OldTemplateContent", // 49026
    "task_04900", // 49044
    "NewSecurityDescriptor", // 49054
    "OldSecurityDescriptor", // 49075
    "task_04902", // 49096
    "PuaCount", // 49106
    "PuaPolicyId", // 49114
    "task_04904", // 49125
    "AuditSourceName", // 49135
    "EventSourceId", // 49150
    "task_04905", // 49163
    "task_04906", // 49173
    "task_04907", // 49183
    "task_04908", // 49193
    "task_04909", // 49203
    "OldBlockedOrdinals", // 49213
    "NewBlockedOrdinals", // 49231
    "task_04910", // 49249
    "OldIgnoreDefaultSettings", // 49259
    "NewIgnoreDefaultSettings", // 49283
    "OldIgnoreLocalSettings", // 49307
    "NewIgnoreLocalSettings", // 49329
    "task_04911", // 49351
    "task_04912", // 49361
    "task_04913", // 49371
    "task_04928", // 49381
    "DestinationDRA", // 49391
    "SourceDRA", // 49405
    "SourceAddr", // 49414
    "NamingContext", // 49424
    "Options", // 49437
    "task_04929", // 49444
    "task_04930", // 49454
    "task_04931", // 49464
    "task_04932", // 49474
    "StartUSN", // 49484
    "task_04933", // 49492
    "EndUSN", // 49502
    "task_04934", // 49508
    "Object", // 49518
    "Attribute", // 49524
    "TypeOfChange", // 49533
    "USN", // 49545
    "task_04935", // 49548
    "ReplicationEvent", // 49558
    "AuditStatusCode", // 49574
    "task_04936", // 49589
    "ReplicationStatusCode", // 49599
    "task_04937", // 49620
    "task_04944", // 49630
    "GroupPolicyApplied", // 49640
    "OperationMode", // 49658
    "RemoteAdminEnabled", // 49671
    "MulticastFlowsEnabled", // 49689
    "LogDroppedPacketsEnabled", // 49710
    "LogSuccessfulConnectionsEnabled", // 49734
    "task_04945", // 49765
    "ProfileUsed", // 49775
    "RuleId", // 49786
    "task_04946", // 49792
    "ProfileChanged", // 49802
    "task_04947", // 49816
    "task_04948", // 49826
    "task_04949", // 49836
    "task_04950", // 49846
    "SettingType", // 49856
    "SettingValue", // 49867
    "task_04951", // 49879
    "task_04952", // 49889
    "task_04953", // 49899
    "ReasonForRejection", // 49909
    "task_04954", // 49927
    "task_04956", // 49937
    "ActiveProfile", // 49947
    "task_04957", // 49960
    "RuleAttr", // 49970
    "task_04958", // 49978
    "task_04960", // 49988
    "SPI", // 49998
    "task_04961", // 50001
    "task_04962", // 50011
    "task_04963", // 50021
    "task_04964", // 50031
    "task_04965", // 50041
    "task_04976", // 50051
    "task_04977", // 50061
    "task_04978", // 50071
    "task_04979", // 50081
    "LocalEMPrincipalName", // 50091
    "RemoteEMPrincipalName", // 50111
    "EMAuthMethod", // 50132
    "EMImpersonationState", // 50144
    "task_04980", // 50164
    "LocalEMCertHash", // 50174
    "LocalEMIssuingCA", // 50189
    "LocalEMRootCA", // 50205
    "RemoteEMCertHash", // 50218
    "RemoteEMIssuingCA", // 50234
    "RemoteEMRootCA", // 50251
    "task_04981", // 50265
    "task_04982", // 50275
    "task_04983", // 50285
    "task_04984", // 50295
    "task_04985", // 50305
    "ResourceManager", // 50315
    "task_05024", // 50330
    "task_05025", // 50340
    "task_05027", // 50350
    "task_05028", // 50360
    "task_05029", // 50370
    "task_05030", // 50380
    "task_05031", // 50390
    "Profiles", // 50400
    "Application", // 50408
    "task_05032", // 50419
    "task_05033", // 50429
    "task_05034", // 50439
    "task_05035", // 50449
    "task_05037", // 50459
    "task_05038", // 50469
    "task_05039", // 50479
    "ObjectPath", // 50489
    "ObjectVirtualPath", // 50499
    "task_05040", // 50516
    "AuthenticationSetId", // 50526
    "AuthenticationSetName", // 50545
    "task_05041", // 50566
    "task_05042", // 50576
    "task_05043", // 50586
    "ConnectionSecurityRuleId", // 50596
    "ConnectionSecurityRuleName", // 50620
    "task_05044", // 50646
    "task_05045", // 50656
    "task_05046", // 50666
    "CryptographicSetId", // 50676
    "CryptographicSetName", // 50694
    "task_05047", // 50714
    "task_05048", // 50724
    "task_05049", // 50734
    "IpSecSecurityAssociationId", // 50744
    "IpSecSecurityAssociationName", // 50770
    "task_05050", // 50798
    "Publisher", // 50808
    "task_05051", // 50817
    "VirtualFileName", // 50827
    "task_05056", // 50842
    "Module", // 50852
    "ReturnCode", // 50858
    "task_05057", // 50868
    "AlgorithmName", // 50878
    "task_05058", // 50891
    "KeyType", // 50901
    "KeyFilePath", // 50908
    "task_05059", // 50919
    "task_05060", // 50929
    "task_05061", // 50939
    "task_05062", // 50949
    "task_05063", // 50959
    "ModuleName", // 50969
    "task_05064", // 50979
    "Scope", // 50989
    "ContextName", // 50994
    "task_05065", // 51005
    "task_05066", // 51015
    "InterfaceId", // 51025
    "FunctionName", // 51036
    "Position", // 51048
    "task_05067", // 51056
    "task_05068", // 51066
    "task_05069", // 51076
    "task_05070", // 51086
    "task_05071", // 51096
    "task_05120", // 51106
    "task_05121", // 51116
    "task_05122", // 51126
    "CAConfigurationId", // 51136
    "task_05123", // 51153
    "task_05124", // 51163
    "NewSecuritySettings", // 51173
    "task_05125", // 51192
    "task_05125_V1", // 51202
    "SerialNumber", // 51215
    "CAName", // 51227
    "task_05126", // 51233
    "NewSigningCertificateHash", // 51243
    "task_05127", // 51268
    "BaseCRLNumber", // 51278
    "BaseCRLThisUpdate", // 51291
    "BaseCRLHash", // 51308
    "DeltaCRLNumber", // 51319
    "DeltaCRLIndicator", // 51333
    "DeltaCRLThisUpdate", // 51350
    "DeltaCRLHash", // 51368
    "task_05136", // 51380
    "OpCorrelationID", // 51390
    "AppCorrelationID", // 51405
    "DSName", // 51421
    "DSType", // 51427
    "ObjectDN", // 51433
    "ObjectGUID", // 51441
    "ObjectClass", // 51451
    "AttributeLDAPDisplayName", // 51462
    "AttributeSyntaxOID", // 51486
    "AttributeValue", // 51504
    "task_05137", // 51518
    "task_05138", // 51528
    "OldObjectDN", // 51538
    "NewObjectDN", // 51549
    "task_05139", // 51560
    "task_05140", // 51570
    "ShareName", // 51580
    "task_05140_V1", // 51589
    "ShareLocalPath", // 51602
    "task_05141", // 51616
    "TreeDelete", // 51626
    "task_05142", // 51636
    "task_05143", // 51646
    "OldRemark", // 51656
    "NewRemark", // 51665
    "OldMaxUsers", // 51674
    "NewMaxUsers", // 51685
    "OldShareFlags", // 51696
    "NewShareFlags", // 51709
    "OldSD", // 51722
    "NewSD", // 51727
    "task_05144", // 51732
    "task_05145", // 51742
    "RelativeTargetName", // 51752
    "task_05146", // 51770
    "Direction", // 51780
    "EtherType", // 51789
    "VlanTag", // 51798
    "vSwitchID", // 51805
    "SourcevSwitchPort", // 51814
    "DestinationvSwitchPort", // 51831
    "FilterRTID", // 51853
    "LayerName", // 51863
    "LayerRTID", // 51872
    "task_05147", // 51881
    "task_05148", // 51891
    "task_05149", // 51901
    "PacketsDiscarded", // 51911
    "task_05150", // 51927
    "MediaType", // 51937
    "InterfaceType", // 51946
    "task_05151", // 51959
    "task_05152", // 51969
    "task_05153", // 51979
    "task_05154", // 51989
    "task_05155", // 51999
    "task_05156", // 52009
    "task_05156_V1", // 52019
    "RemoteUserID", // 52032
    "RemoteMachineID", // 52044
    "task_05157", // 52059
    "task_05157_V1", // 52069
    "task_05158", // 52082
    "task_05159", // 52092
    "task_05168", // 52102
    "SpnName", // 52112
    "ServerNames", // 52119
    "ConfiguredNames", // 52130
    "IpAddresses", // 52145
    "task_05169", // 52156
    "ExpirationTime", // 52166
    "task_05170", // 52180
    "task_05376", // 52190
    "task_05377", // 52200
    "task_05378", // 52210
    "Package", // 52220
    "UserUPN", // 52227
    "TargetServer", // 52234
    "CredType", // 52246
    "task_05440", // 52254
    "ProviderKey", // 52264
    "CalloutKey", // 52275
    "CalloutName", // 52285
    "CalloutType", // 52296
    "CalloutId", // 52307
    "LayerKey", // 52316
    "LayerId", // 52324
    "task_05441", // 52331
    "FilterKey", // 52341
    "FilterName", // 52350
    "FilterType", // 52360
    "FilterId", // 52370
    "Weight", // 52378
    "Conditions", // 52384
    "Action", // 52394
    "task_05442", // 52400
    "ProviderType", // 52410
    "task_05443", // 52422
    "ProviderContextKey", // 52432
    "ProviderContextName", // 52450
    "ProviderContextType", // 52469
    "task_05444", // 52488
    "SubLayerKey", // 52498
    "SubLayerName", // 52509
    "SubLayerType", // 52521
    "task_05446", // 52533
    "UserSid", // 52543
    "UserName", // 52550
    "ChangeType", // 52558
    "task_05447", // 52568
    "task_05448", // 52578
    "task_05449", // 52588
    "task_05450", // 52598
    "task_05451", // 52608
    "PeerPrivateAddress", // 52618
    "IpProtocol", // 52636
    "KeyingModuleName", // 52646
    "AhAuthType", // 52662
    "EspAuthType", // 52672
    "CipherType", // 52683
    "LifetimeSeconds", // 52693
    "LifetimeKilobytes", // 52708
    "LifetimePackets", // 52725
    "TransportFilterId", // 52740
    "MainModeSaId", // 52757
    "QuickModeSaId", // 52769
    "InboundSpi", // 52782
    "OutboundSpi", // 52792
    "task_05451_V1", // 52803
    "task_05452", // 52816
    "task_05452_V1", // 52826
    "task_05453", // 52839
    "task_05456", // 52849
    "Policy", // 52859
    "task_05457", // 52865
    "task_05458", // 52875
    "task_05459", // 52885
    "task_05460", // 52895
    "task_05461", // 52905
    "task_05462", // 52915
    "task_05463", // 52925
    "task_05464", // 52935
    "task_05465", // 52945
    "task_05466", // 52955
    "task_05467", // 52965
    "task_05468", // 52975
    "task_05471", // 52985
    "task_05472", // 52995
    "task_05473", // 53005
    "task_05474", // 53015
    "task_05477", // 53025
    "QuickModeFilter", // 53035
    "task_05478", // 53050
    "task_05479", // 53060
    "task_05480", // 53070
    "task_05483", // 53080
    "task_05484", // 53090
    "task_05485", // 53100
    "task_05632", // 53110
    "SSID", // 53120
    "Identity", // 53124
    "PeerMac", // 53132
    "LocalMac", // 53139
    "IntfGuid", // 53147
    "ReasonCode", // 53155
    "ReasonText", // 53165
    "task_05632_V1", // 53175
    "EAPReasonCode", // 53188
    "EapRootCauseString", // 53201
    "EAPErrorCode", // 53219
    "task_05633", // 53231
    "InterfaceName", // 53241
    "task_05712", // 53254
    "RemoteIpAddress", // 53264
    "InterfaceUuid", // 53279
    "AuthenticationService", // 53292
    "AuthenticationLevel", // 53313
    "task_05888", // 53332
    "SubjectUserDomainName", // 53342
    "ObjectCollectionName", // 53363
    "ObjectIdentifyingProperties", // 53383
    "ModifiedObjectProperties", // 53410
    "task_05889", // 53434
    "ObjectProperties", // 53444
    "task_05890", // 53460
    "task_06144", // 53470
    "GPOList", // 53480
    "task_06145", // 53487
    "task_06272", // 53497
    "FullyQualifiedSubjectUserName", // 53507
    "SubjectMachineSID", // 53536
    "SubjectMachineName", // 53553
    "FullyQualifiedSubjectMachineName", // 53571
    "MachineInventory", // 53603
    "CalledStationID", // 53619
    "CallingStationID", // 53634
    "NASIPv4Address", // 53650
    "NASIPv6Address", // 53664
    "NASIdentifier", // 53678
    "NASPortType", // 53691
    "NASPort", // 53702
    "ClientIPAddress", // 53709
    "ProxyPolicyName", // 53724
    "NetworkPolicyName", // 53739
    "AuthenticationProvider", // 53756
    "AuthenticationServer", // 53778
    "AuthenticationType", // 53798
    "EAPType", // 53816
    "AccountSessionIdentifier", // 53823
    "QuarantineState", // 53847
    "QuarantineSessionIdentifier", // 53862
    "task_06272_V1", // 53889
    "LoggingResult", // 53902
    "task_06272_V2", // 53915
    "task_06273", // 53928
    "task_06273_V1", // 53938
    "task_06273_V2", // 53951
    "task_06274", // 53964
    "task_06274_V1", // 53974
    "task_06275", // 53987
    "task_06275_V1", // 53997
    "task_06276", // 54010
    "ExtendedQuarantineState", // 54020
    "QuarantineSessionID", // 54043
    "QuarantineHelpURL", // 54062
    "QuarantineSystemHealthResult", // 54079
    "task_06277", // 54107
    "QuarantineGraceTime", // 54117
    "task_06278", // 54136
    "task_06279", // 54146
    "task_06280", // 54156
    "task_06281", // 54166
    "task_06400", // 54176
    "task_06401", // 54186
    "task_06402", // 54196
    "task_06403", // 54206
    "HostedCacheName", // 54216
    "task_06404", // 54231
    "task_06405", // 54241
    "task_06406", // 54251
    "ProductName", // 54261
    "Categories", // 54272
    "task_06407", // 54282
    "task_06408", // 54292
    "task_06409", // 54302
    "GUID", // 54312
    "task_06410", // 54316
    "task_06416", // 54326
    "ClassId", // 54336
    "VendorIds", // 54343
    "CompatibleIds", // 54352
    "LocationInformation", // 54365
    "task_06416_V1", // 54384
    "DeviceId", // 54397
    "DeviceDescription", // 54405
    "task_06417", // 54422
    "task_06418", // 54432
    "FatalCode", // 54442
    "task_06419", // 54451
    "HardwareIds", // 54461
    "task_06420", // 54472
    "task_06421", // 54482
    "task_06422", // 54492
    "task_06423", // 54502
    "task_06424", // 54512
    "task_08191", // 54522
    "Microsoft-Windows-Security-Auditing", // 54532
    "manifest {54849625-5478-4994-a5ba-3e3b0328c30d}.xml of dissect.etl 3.14", // 54567
);
