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

use crate::model::{Count, Length};
use etw_core::Guid;

use super::table::{e, p, MapRow, ProviderTable, Template, EMPTY};

/// The providers of this table.
pub(super) static PROVIDERS: &[ProviderTable] = &[
    ProviderTable {
        guid: Guid::parse_const("22fb2cd6-0e7b-422b-a0c7-2fad1fd0e716"),
        name: "Microsoft-Windows-Kernel-Process",
        origin: "manifest {22fb2cd6-0e7b-422b-a0c7-2fad1fd0e716}.xml of dissect.etl 3.14",
        appends_only: false,
        events: &[
            e(1, 0, [0, 4, 1], 1, 0x10, ["ProcessStart", "ProcessStart", "Start", "Information", ""], &["WINEVENT_KEYWORD_PROCESS"], &T0),
            e(1, 1, [0, 4, 1], 1, 0x10, ["ProcessStart_V1", "ProcessStart", "Start", "Information", ""], &["WINEVENT_KEYWORD_PROCESS"], &T1),
            e(1, 2, [0, 4, 1], 1, 0x10, ["ProcessStart_V2", "ProcessStart", "Start", "Information", ""], &["WINEVENT_KEYWORD_PROCESS"], &T2),
            e(2, 0, [0, 4, 2], 2, 0x10, ["ProcessStop", "ProcessStop", "Stop", "Information", ""], &["WINEVENT_KEYWORD_PROCESS"], &T3),
            e(2, 1, [0, 4, 2], 2, 0x10, ["ProcessStop_V1", "ProcessStop", "Stop", "Information", ""], &["WINEVENT_KEYWORD_PROCESS"], &T4),
            e(3, 0, [0, 4, 1], 3, 0x20, ["ThreadStart", "ThreadStart", "Start", "Information", ""], &["WINEVENT_KEYWORD_THREAD"], &T5),
            e(3, 1, [0, 4, 1], 3, 0x20, ["ThreadStart_V1", "ThreadStart", "Start", "Information", ""], &["WINEVENT_KEYWORD_THREAD"], &T6),
            e(4, 0, [0, 4, 2], 4, 0x20, ["ThreadStop", "ThreadStop", "Stop", "Information", ""], &["WINEVENT_KEYWORD_THREAD"], &T5),
            e(4, 1, [0, 4, 2], 4, 0x20, ["ThreadStop_V1", "ThreadStop", "Stop", "Information", ""], &["WINEVENT_KEYWORD_THREAD"], &T7),
            e(5, 0, [0, 4, 0], 5, 0x40, ["ImageLoad", "ImageLoad", "", "Information", ""], &["WINEVENT_KEYWORD_IMAGE"], &T8),
            e(6, 0, [0, 4, 0], 6, 0x40, ["ImageUnload", "ImageUnload", "", "Information", ""], &["WINEVENT_KEYWORD_IMAGE"], &T8),
            e(7, 0, [0, 4, 0], 7, 0x80, ["CpuBasePriorityChange", "CpuBasePriorityChange", "", "Information", ""], &["WINEVENT_KEYWORD_CPU_PRIORITY"], &T9),
            e(8, 0, [0, 4, 0], 8, 0x80, ["CpuPriorityChange", "CpuPriorityChange", "", "Information", ""], &["WINEVENT_KEYWORD_CPU_PRIORITY"], &T9),
            e(9, 0, [0, 4, 0], 9, 0x100, ["PagePriorityChange", "PagePriorityChange", "", "Information", ""], &["WINEVENT_KEYWORD_OTHER_PRIORITY"], &T9),
            e(10, 0, [0, 4, 0], 10, 0x100, ["IoPriorityChange", "IoPriorityChange", "", "Information", ""], &["WINEVENT_KEYWORD_OTHER_PRIORITY"], &T9),
            e(11, 0, [0, 4, 1], 11, 0x200, ["ProcessFreezeStart", "ProcessFreeze", "Start", "Information", ""], &["WINEVENT_KEYWORD_PROCESS_FREEZE"], &T10),
            e(11, 1, [0, 4, 1], 11, 0x200, ["ProcessFreezeStart_V1", "ProcessFreeze", "Start", "Information", ""], &["WINEVENT_KEYWORD_PROCESS_FREEZE"], &T11),
            e(12, 0, [0, 4, 2], 11, 0x200, ["ProcessFreezeStop", "ProcessFreeze", "Stop", "Information", ""], &["WINEVENT_KEYWORD_PROCESS_FREEZE"], &T10),
            e(12, 1, [0, 4, 2], 11, 0x200, ["ProcessFreezeStop_V1", "ProcessFreeze", "Stop", "Information", ""], &["WINEVENT_KEYWORD_PROCESS_FREEZE"], &T11),
            e(13, 0, [0, 4, 1], 13, 0x400, ["JobStart", "JobStart", "Start", "Information", ""], &["WINEVENT_KEYWORD_JOB"], &T12),
            e(14, 0, [0, 4, 2], 14, 0x400, ["JobTerminateStop", "JobTerminate", "Stop", "Information", ""], &["WINEVENT_KEYWORD_JOB"], &T12),
            e(15, 0, [0, 4, 0], 15, 0x10, ["ProcessRundown", "ProcessRundown", "", "Information", ""], &["WINEVENT_KEYWORD_PROCESS"], &T13),
            e(16, 0, [0, 4, 0], 0, 0x800, ["task_0", "task_0", "", "Information", ""], &["WINEVENT_KEYWORD_ENABLE_PROCESS_TRACING_CALLBACKS"], &EMPTY),
            e(17, 0, [0, 4, 1], 16, 0x1000, ["PsDiskIoAttributionStart", "PsDiskIoAttribution", "Start", "Information", ""], &["WINEVENT_KEYWORD_JOB_IO"], &T14),
            e(18, 0, [0, 4, 2], 16, 0x1000, ["PsDiskIoAttributionStop", "PsDiskIoAttribution", "Stop", "Information", ""], &["WINEVENT_KEYWORD_JOB_IO"], &T14),
            e(19, 0, [0, 4, 1], 17, 0x1000, ["PsIoRateControlStart", "PsIoRateControl", "Start", "Information", ""], &["WINEVENT_KEYWORD_JOB_IO"], &T15),
            e(19, 1, [0, 4, 1], 17, 0x1000, ["PsIoRateControlStart_V1", "PsIoRateControl", "Start", "Information", ""], &["WINEVENT_KEYWORD_JOB_IO"], &T16),
            e(19, 2, [0, 4, 1], 17, 0x1000, ["PsIoRateControlStart_V2", "PsIoRateControl", "Start", "Information", ""], &["WINEVENT_KEYWORD_JOB_IO"], &T17),
            e(20, 0, [0, 4, 2], 17, 0x1000, ["PsIoRateControlStop", "PsIoRateControl", "Stop", "Information", ""], &["WINEVENT_KEYWORD_JOB_IO"], &T15),
            e(20, 1, [0, 4, 2], 17, 0x1000, ["PsIoRateControlStop_V1", "PsIoRateControl", "Stop", "Information", ""], &["WINEVENT_KEYWORD_JOB_IO"], &T16),
            e(20, 2, [0, 4, 2], 17, 0x1000, ["PsIoRateControlStop_V2", "PsIoRateControl", "Stop", "Information", ""], &["WINEVENT_KEYWORD_JOB_IO"], &T17),
            e(21, 0, [0, 4, 0], 18, 0x2000, ["ThreadWorkOnBehalfUpdate", "ThreadWorkOnBehalfUpdate", "", "Information", ""], &["WINEVENT_KEYWORD_WORK_ON_BEHALF"], &T18),
        ],
    },
    ProviderTable {
        guid: Guid::parse_const("edd08927-9cc4-4e65-b970-c2560fb5c289"),
        name: "Microsoft-Windows-Kernel-File",
        origin: "manifest {edd08927-9cc4-4e65-b970-c2560fb5c289}.xml of dissect.etl 3.14",
        appends_only: false,
        events: &[
            e(10, 0, [0, 4, 0], 10, 0x10, ["NameCreate", "NameCreate", "", "Information", ""], &["KERNEL_FILE_KEYWORD_FILENAME"], &T19),
            e(11, 0, [0, 4, 0], 11, 0x10, ["NameDelete", "NameDelete", "", "Information", ""], &["KERNEL_FILE_KEYWORD_FILENAME"], &T19),
            e(12, 0, [0, 4, 0], 12, 0xa0, ["Create", "Create", "", "Information", ""], &["KERNEL_FILE_KEYWORD_FILEIO", "KERNEL_FILE_KEYWORD_CREATE"], &T20),
            e(12, 1, [0, 4, 0], 12, 0xa0, ["Create_V1", "Create", "", "Information", ""], &["KERNEL_FILE_KEYWORD_FILEIO", "KERNEL_FILE_KEYWORD_CREATE"], &T21),
            e(13, 0, [0, 4, 0], 13, 0x20, ["Cleanup", "Cleanup", "", "Information", ""], &["KERNEL_FILE_KEYWORD_FILEIO"], &T22),
            e(13, 1, [0, 4, 0], 13, 0x20, ["Cleanup_V1", "Cleanup", "", "Information", ""], &["KERNEL_FILE_KEYWORD_FILEIO"], &T23),
            e(14, 0, [0, 4, 0], 14, 0x20, ["Close", "Close", "", "Information", ""], &["KERNEL_FILE_KEYWORD_FILEIO"], &T22),
            e(14, 1, [0, 4, 0], 14, 0x20, ["Close_V1", "Close", "", "Information", ""], &["KERNEL_FILE_KEYWORD_FILEIO"], &T23),
            e(15, 0, [0, 4, 0], 15, 0x120, ["Read", "Read", "", "Information", ""], &["KERNEL_FILE_KEYWORD_FILEIO", "KERNEL_FILE_KEYWORD_READ"], &T24),
            e(15, 1, [0, 4, 0], 15, 0x120, ["Read_V1", "Read", "", "Information", ""], &["KERNEL_FILE_KEYWORD_FILEIO", "KERNEL_FILE_KEYWORD_READ"], &T25),
            e(16, 0, [0, 4, 0], 16, 0x220, ["Write", "Write", "", "Information", ""], &["KERNEL_FILE_KEYWORD_FILEIO", "KERNEL_FILE_KEYWORD_WRITE"], &T24),
            e(16, 1, [0, 4, 0], 16, 0x220, ["Write_V1", "Write", "", "Information", ""], &["KERNEL_FILE_KEYWORD_FILEIO", "KERNEL_FILE_KEYWORD_WRITE"], &T25),
            e(17, 0, [0, 4, 0], 17, 0x20, ["SetInformation", "SetInformation", "", "Information", ""], &["KERNEL_FILE_KEYWORD_FILEIO"], &T26),
            e(17, 1, [0, 4, 0], 17, 0x20, ["SetInformation_V1", "SetInformation", "", "Information", ""], &["KERNEL_FILE_KEYWORD_FILEIO"], &T27),
            e(18, 0, [0, 4, 0], 18, 0x20, ["SetDelete", "SetDelete", "", "Information", ""], &["KERNEL_FILE_KEYWORD_FILEIO"], &T26),
            e(18, 1, [0, 4, 0], 18, 0x20, ["SetDelete_V1", "SetDelete", "", "Information", ""], &["KERNEL_FILE_KEYWORD_FILEIO"], &T27),
            e(19, 0, [0, 4, 0], 19, 0x20, ["Rename", "Rename", "", "Information", ""], &["KERNEL_FILE_KEYWORD_FILEIO"], &T26),
            e(19, 1, [0, 4, 0], 19, 0x20, ["Rename_V1", "Rename", "", "Information", ""], &["KERNEL_FILE_KEYWORD_FILEIO"], &T27),
            e(20, 0, [0, 4, 0], 20, 0x20, ["DirEnum", "DirEnum", "", "Information", ""], &["KERNEL_FILE_KEYWORD_FILEIO"], &T28),
            e(20, 1, [0, 4, 0], 20, 0x20, ["DirEnum_V1", "DirEnum", "", "Information", ""], &["KERNEL_FILE_KEYWORD_FILEIO"], &T29),
            e(21, 0, [0, 4, 0], 21, 0x20, ["Flush", "Flush", "", "Information", ""], &["KERNEL_FILE_KEYWORD_FILEIO"], &T22),
            e(21, 1, [0, 4, 0], 21, 0x20, ["Flush_V1", "Flush", "", "Information", ""], &["KERNEL_FILE_KEYWORD_FILEIO"], &T23),
            e(22, 0, [0, 4, 0], 22, 0x20, ["QueryInformation", "QueryInformation", "", "Information", ""], &["KERNEL_FILE_KEYWORD_FILEIO"], &T26),
            e(22, 1, [0, 4, 0], 22, 0x20, ["QueryInformation_V1", "QueryInformation", "", "Information", ""], &["KERNEL_FILE_KEYWORD_FILEIO"], &T27),
            e(23, 0, [0, 4, 0], 23, 0x20, ["FSCTL", "FSCTL", "", "Information", ""], &["KERNEL_FILE_KEYWORD_FILEIO"], &T26),
            e(23, 1, [0, 4, 0], 23, 0x20, ["FSCTL_V1", "FSCTL", "", "Information", ""], &["KERNEL_FILE_KEYWORD_FILEIO"], &T27),
            e(24, 0, [0, 4, 0], 24, 0x60, ["OperationEnd", "OperationEnd", "", "Information", ""], &["KERNEL_FILE_KEYWORD_FILEIO", "KERNEL_FILE_KEYWORD_OP_END"], &T30),
            e(25, 0, [0, 4, 0], 25, 0x20, ["DirNotify", "DirNotify", "", "Information", ""], &["KERNEL_FILE_KEYWORD_FILEIO"], &T28),
            e(25, 1, [0, 4, 0], 25, 0x20, ["DirNotify_V1", "DirNotify", "", "Information", ""], &["KERNEL_FILE_KEYWORD_FILEIO"], &T29),
            e(26, 0, [0, 4, 0], 26, 0x400, ["DeletePath", "DeletePath", "", "Information", ""], &["KERNEL_FILE_KEYWORD_DELETE_PATH"], &T31),
            e(26, 1, [0, 4, 0], 26, 0x400, ["DeletePath_V1", "DeletePath", "", "Information", ""], &["KERNEL_FILE_KEYWORD_DELETE_PATH"], &T32),
            e(27, 0, [0, 4, 0], 27, 0x800, ["RenamePath", "RenamePath", "", "Information", ""], &["KERNEL_FILE_KEYWORD_RENAME_SETLINK_PATH"], &T31),
            e(27, 1, [0, 4, 0], 27, 0x800, ["RenamePath_V1", "RenamePath", "", "Information", ""], &["KERNEL_FILE_KEYWORD_RENAME_SETLINK_PATH"], &T32),
            e(28, 0, [0, 4, 0], 28, 0x800, ["SetLinkPath", "SetLinkPath", "", "Information", ""], &["KERNEL_FILE_KEYWORD_RENAME_SETLINK_PATH"], &T31),
            e(28, 1, [0, 4, 0], 28, 0x800, ["SetLinkPath_V1", "SetLinkPath", "", "Information", ""], &["KERNEL_FILE_KEYWORD_RENAME_SETLINK_PATH"], &T32),
            e(29, 0, [0, 4, 0], 19, 0x20, ["Rename29", "Rename", "", "Information", ""], &["KERNEL_FILE_KEYWORD_FILEIO"], &T26),
            e(29, 1, [0, 4, 0], 19, 0x20, ["Rename29_V1", "Rename", "", "Information", ""], &["KERNEL_FILE_KEYWORD_FILEIO"], &T27),
            e(30, 0, [0, 4, 0], 30, 0x1000, ["CreateNewFile", "CreateNewFile", "", "Information", ""], &["KERNEL_FILE_KEYWORD_CREATE_NEW_FILE"], &T20),
            e(30, 1, [0, 4, 0], 30, 0x1000, ["CreateNewFile_V1", "CreateNewFile", "", "Information", ""], &["KERNEL_FILE_KEYWORD_CREATE_NEW_FILE"], &T21),
        ],
    },
    ProviderTable {
        guid: Guid::parse_const("70eb4f03-c1de-4f73-a051-33d13d5413bd"),
        name: "Microsoft-Windows-Kernel-Registry",
        origin: "manifest {70eb4f03-c1de-4f73-a051-33d13d5413bd}.xml of dissect.etl 3.14",
        appends_only: false,
        events: &[
            e(1, 0, [0, 4, 32], 0, 0x1000, ["task_0CreateKey", "task_0", "CreateKey", "Information", ""], &["CreateKey"], &T33),
            e(2, 0, [0, 4, 33], 0, 0x2000, ["task_0OpenKey", "task_0", "OpenKey", "Information", ""], &["OpenKey"], &T33),
            e(3, 0, [0, 4, 34], 0, 0x4000, ["task_0DeleteKey", "task_0", "DeleteKey", "Information", ""], &["DeleteKey"], &T34),
            e(4, 0, [0, 4, 35], 0, 0x8000, ["task_0QueryKey", "task_0", "QueryKey", "Information", ""], &["QueryKey"], &T35),
            e(5, 0, [0, 4, 36], 0, 0x100, ["task_0SetValueKey", "task_0", "SetValueKey", "Information", ""], &["SetValueKey"], &T36),
            e(6, 0, [0, 4, 37], 0, 0x200, ["task_0DeleteValueKey", "task_0", "DeleteValueKey", "Information", ""], &["DeleteValueKey"], &T37),
            e(7, 0, [0, 4, 38], 0, 0x400, ["task_0QueryValueKey", "task_0", "QueryValueKey", "Information", ""], &["QueryValueKey"], &T38),
            e(8, 0, [0, 4, 39], 0, 0x800, ["task_0EnumerateKey", "task_0", "EnumerateKey", "Information", ""], &["EnumerateKey"], &T39),
            e(9, 0, [0, 4, 40], 0, 0x10, ["task_0EnumerateValueKey", "task_0", "EnumerateValueKey", "Information", ""], &["EnumerateValueKey"], &T39),
            e(10, 0, [0, 4, 41], 0, 0x20, ["task_0QueryMultipleValueKey", "task_0", "QueryMultipleValueKey", "Information", ""], &["QueryMultipleValueKey"], &T40),
            e(11, 0, [0, 4, 42], 0, 0x40, ["task_0SetInformationKey", "task_0", "SetInformationKey", "Information", ""], &["SetInformationKey"], &T35),
            e(12, 0, [0, 4, 43], 0, 0x80, ["task_0FlushKey", "task_0", "FlushKey", "Information", ""], &["FlushKey"], &T34),
            e(13, 0, [0, 4, 44], 0, 0x1, ["task_0CloseKey", "task_0", "CloseKey", "Information", ""], &["CloseKey"], &T34),
            e(14, 0, [0, 4, 45], 0, 0x2, ["task_0QuerySecurityKey", "task_0", "QuerySecurityKey", "Information", ""], &["QuerySecurityKey"], &T34),
            e(15, 0, [0, 4, 46], 0, 0x4, ["task_0SetSecurityKey", "task_0", "SetSecurityKey", "Information", ""], &["SetSecurityKey"], &T34),
            e(16, 0, [0, 4, 1], 1, 0x0, ["Thisgroupofeventstrackstheperformanceofmountinghivesfromexistingfiles.Start", "Thisgroupofeventstrackstheperformanceofmountinghivesfromexistingfiles.", "Start", "Information", ""], &[], &EMPTY),
            e(17, 0, [0, 4, 10], 1, 0x0, ["Thisgroupofeventstrackstheperformanceofmountinghivesfromexistingfiles.RegPerfOpHiveMountBaseFileMounted", "Thisgroupofeventstrackstheperformanceofmountinghivesfromexistingfiles.", "RegPerfOpHiveMountBaseFileMounted", "Information", ""], &[], &T41),
            e(18, 0, [0, 4, 11], 1, 0x0, ["Thisgroupofeventstrackstheperformanceofmountinghivesfromexistingfiles.RegPerfOpHiveMountLogEntryApplied", "Thisgroupofeventstrackstheperformanceofmountinghivesfromexistingfiles.", "RegPerfOpHiveMountLogEntryApplied", "Information", ""], &[], &T42),
            e(19, 0, [0, 4, 2], 1, 0x0, ["Thisgroupofeventstrackstheperformanceofmountinghivesfromexistingfiles.Stop", "Thisgroupofeventstrackstheperformanceofmountinghivesfromexistingfiles.", "Stop", "Information", ""], &[], &T43),
            e(20, 0, [0, 4, 1], 2, 0x0, ["Thisgroupofeventstrackstheperformanceofunloadinghives.Start", "Thisgroupofeventstrackstheperformanceofunloadinghives.", "Start", "Information", ""], &[], &T44),
            e(21, 0, [0, 4, 2], 2, 0x0, ["Thisgroupofeventstrackstheperformanceofunloadinghives.Stop", "Thisgroupofeventstrackstheperformanceofunloadinghives.", "Stop", "Information", ""], &[], &T43),
            e(22, 0, [0, 4, 1], 3, 0x0, ["Thisgroupofeventstrackstheperformanceofflushinghives.Start", "Thisgroupofeventstrackstheperformanceofflushinghives.", "Start", "Information", ""], &[], &T45),
            e(23, 0, [0, 4, 10], 3, 0x0, ["Thisgroupofeventstrackstheperformanceofflushinghives.RegPerfOpHiveFlushBecameActiveFlusher", "Thisgroupofeventstrackstheperformanceofflushinghives.", "RegPerfOpHiveFlushBecameActiveFlusher", "Information", ""], &[], &EMPTY),
            e(24, 0, [0, 4, 11], 3, 0x0, ["Thisgroupofeventstrackstheperformanceofflushinghives.RegPerfOpHiveFlushGatheredLogData", "Thisgroupofeventstrackstheperformanceofflushinghives.", "RegPerfOpHiveFlushGatheredLogData", "Information", ""], &[], &T46),
            e(25, 0, [0, 4, 12], 3, 0x0, ["Thisgroupofeventstrackstheperformanceofflushinghives.RegPerfOpHiveFlushGatheredPrimaryData", "Thisgroupofeventstrackstheperformanceofflushinghives.", "RegPerfOpHiveFlushGatheredPrimaryData", "Information", ""], &[], &T46),
            e(26, 0, [0, 4, 13], 3, 0x0, ["Thisgroupofeventstrackstheperformanceofflushinghives.RegPerfOpHiveFlushWroteLogFile", "Thisgroupofeventstrackstheperformanceofflushinghives.", "RegPerfOpHiveFlushWroteLogFile", "Information", ""], &[], &T47),
            e(27, 0, [0, 4, 14], 3, 0x0, ["Thisgroupofeventstrackstheperformanceofflushinghives.RegPerfOpHiveFlushWrotePrimaryFile", "Thisgroupofeventstrackstheperformanceofflushinghives.", "RegPerfOpHiveFlushWrotePrimaryFile", "Information", ""], &[], &T47),
            e(28, 0, [0, 4, 15], 3, 0x0, ["Thisgroupofeventstrackstheperformanceofflushinghives.RegPerfOpHiveFlushBoostedActiveFlusher", "Thisgroupofeventstrackstheperformanceofflushinghives.", "RegPerfOpHiveFlushBoostedActiveFlusher", "Information", ""], &[], &EMPTY),
            e(29, 0, [0, 4, 16], 3, 0x0, ["Thisgroupofeventstrackstheperformanceofflushinghives.RegPerfOpHiveFlushStartWaitForActive", "Thisgroupofeventstrackstheperformanceofflushinghives.", "RegPerfOpHiveFlushStartWaitForActive", "Information", ""], &[], &EMPTY),
            e(30, 0, [0, 4, 17], 3, 0x0, ["Thisgroupofeventstrackstheperformanceofflushinghives.RegPerfOpHiveFlushFinishWaitForActive", "Thisgroupofeventstrackstheperformanceofflushinghives.", "RegPerfOpHiveFlushFinishWaitForActive", "Information", ""], &[], &EMPTY),
            e(31, 0, [0, 4, 2], 3, 0x0, ["Thisgroupofeventstrackstheperformanceofflushinghives.Stop", "Thisgroupofeventstrackstheperformanceofflushinghives.", "Stop", "Information", ""], &[], &T43),
            e(32, 0, [0, 4, 1], 4, 0x0, ["Thisgroupofeventstrackstheperformanceofregistryshutdown.Start", "Thisgroupofeventstrackstheperformanceofregistryshutdown.", "Start", "Information", ""], &[], &EMPTY),
            e(33, 0, [0, 4, 1], 4, 0x0, ["Thisgroupofeventstrackstheperformanceofregistryshutdown.Start33", "Thisgroupofeventstrackstheperformanceofregistryshutdown.", "Start", "Information", ""], &[], &EMPTY),
            e(34, 0, [0, 4, 11], 4, 0x0, ["Thisgroupofeventstrackstheperformanceofregistryshutdown.RegPerfOpShutdownFlushStart", "Thisgroupofeventstrackstheperformanceofregistryshutdown.", "RegPerfOpShutdownFlushStart", "Information", ""], &[], &EMPTY),
            e(35, 0, [0, 4, 12], 4, 0x0, ["Thisgroupofeventstrackstheperformanceofregistryshutdown.RegPerfOpShutdownFlushStop", "Thisgroupofeventstrackstheperformanceofregistryshutdown.", "RegPerfOpShutdownFlushStop", "Information", ""], &[], &EMPTY),
            e(36, 0, [0, 4, 2], 4, 0x0, ["Thisgroupofeventstrackstheperformanceofregistryshutdown.Stop", "Thisgroupofeventstrackstheperformanceofregistryshutdown.", "Stop", "Information", ""], &[], &EMPTY),
            e(37, 0, [0, 4, 1], 5, 0x0, ["Thisgroupofeventstrackstheperformanceofloadinghives.Start", "Thisgroupofeventstrackstheperformanceofloadinghives.", "Start", "Information", ""], &[], &T48),
            e(38, 0, [0, 4, 2], 5, 0x0, ["Thisgroupofeventstrackstheperformanceofloadinghives.Stop", "Thisgroupofeventstrackstheperformanceofloadinghives.", "Stop", "Information", ""], &[], &T43),
            e(39, 0, [0, 4, 1], 6, 0x0, ["Thisgroupofeventstrackstheperformanceofrestoringhives.Start", "Thisgroupofeventstrackstheperformanceofrestoringhives.", "Start", "Information", ""], &[], &T48),
            e(40, 0, [0, 4, 2], 6, 0x0, ["Thisgroupofeventstrackstheperformanceofrestoringhives.Stop", "Thisgroupofeventstrackstheperformanceofrestoringhives.", "Stop", "Information", ""], &[], &T43),
            e(41, 0, [0, 4, 1], 7, 0x0, ["Thisgroupofeventstrackstheperformanceofexportinghives.Start", "Thisgroupofeventstrackstheperformanceofexportinghives.", "Start", "Information", ""], &[], &T49),
            e(42, 0, [0, 4, 10], 7, 0x0, ["Thisgroupofeventstrackstheperformanceofexportinghives.RegPerfOpSaveFileCopied", "Thisgroupofeventstrackstheperformanceofexportinghives.", "RegPerfOpSaveFileCopied", "Information", ""], &[], &EMPTY),
            e(43, 0, [0, 4, 11], 7, 0x0, ["Thisgroupofeventstrackstheperformanceofexportinghives.RegPerfOpSaveTreeCopied", "Thisgroupofeventstrackstheperformanceofexportinghives.", "RegPerfOpSaveTreeCopied", "Information", ""], &[], &EMPTY),
            e(44, 0, [0, 4, 12], 7, 0x0, ["Thisgroupofeventstrackstheperformanceofexportinghives.RegPerfOpSaveFileWritten", "Thisgroupofeventstrackstheperformanceofexportinghives.", "RegPerfOpSaveFileWritten", "Information", ""], &[], &EMPTY),
            e(45, 0, [0, 4, 2], 7, 0x0, ["Thisgroupofeventstrackstheperformanceofexportinghives.Stop", "Thisgroupofeventstrackstheperformanceofexportinghives.", "Stop", "Information", ""], &[], &T43),
        ],
    },
    ProviderTable {
        guid: Guid::parse_const("d1d93ef7-e1f2-4f45-9943-03d245fe6c00"),
        name: "Microsoft-Windows-Kernel-Memory",
        origin: "manifest {d1d93ef7-e1f2-4f45-9943-03d245fe6c00}.xml of dissect.etl 3.14",
        appends_only: false,
        events: &[
            e(1, 1, [0, 4, 0], 1, 0x20, ["MemInfo_V1", "MemInfo", "", "Information", ""], &["KERNEL_MEM_KEYWORD_MEMINFO"], &T50),
            e(2, 0, [0, 4, 0], 2, 0x40, ["MemInfoWS", "MemInfoWS", "", "Information", ""], &["KERNEL_MEM_KEYWORD_MEMINFO_EX"], &T51),
            e(2, 1, [0, 4, 0], 2, 0x40, ["MemInfoWS_V1", "MemInfoWS", "", "Information", ""], &["KERNEL_MEM_KEYWORD_MEMINFO_EX"], &T51),
            e(2, 2, [0, 4, 0], 2, 0x40, ["MemInfoWS_V2", "MemInfoWS", "", "Information", ""], &["KERNEL_MEM_KEYWORD_MEMINFO_EX"], &T51),
            e(3, 0, [0, 4, 0], 3, 0x40, ["MemInfoSessionWS", "MemInfoSessionWS", "", "Information", ""], &["KERNEL_MEM_KEYWORD_MEMINFO_EX"], &T52),
            e(3, 1, [0, 4, 0], 3, 0x40, ["MemInfoSessionWS_V1", "MemInfoSessionWS", "", "Information", ""], &["KERNEL_MEM_KEYWORD_MEMINFO_EX"], &T52),
            e(3, 2, [0, 4, 0], 3, 0x40, ["MemInfoSessionWS_V2", "MemInfoSessionWS", "", "Information", ""], &["KERNEL_MEM_KEYWORD_MEMINFO_EX"], &T52),
            e(4, 0, [0, 4, 1], 4, 0x80, ["WorkingSetOutSwapStart", "WorkingSetOutSwap", "Start", "Information", ""], &["KERNEL_MEM_KEYWORD_WS_SWAP"], &T53),
            e(4, 1, [0, 4, 1], 4, 0x80, ["WorkingSetOutSwapStart_V1", "WorkingSetOutSwap", "Start", "Information", ""], &["KERNEL_MEM_KEYWORD_WS_SWAP"], &T54),
            e(5, 0, [0, 4, 2], 4, 0x80, ["WorkingSetOutSwapStop", "WorkingSetOutSwap", "Stop", "Information", ""], &["KERNEL_MEM_KEYWORD_WS_SWAP"], &T55),
            e(5, 1, [0, 4, 2], 4, 0x80, ["WorkingSetOutSwapStop_V1", "WorkingSetOutSwap", "Stop", "Information", ""], &["KERNEL_MEM_KEYWORD_WS_SWAP"], &T56),
            e(6, 0, [0, 4, 1], 5, 0x80, ["WorkingSetInSwapStart", "WorkingSetInSwap", "Start", "Information", ""], &["KERNEL_MEM_KEYWORD_WS_SWAP"], &T53),
            e(6, 1, [0, 4, 1], 5, 0x80, ["WorkingSetInSwapStart_V1", "WorkingSetInSwap", "Start", "Information", ""], &["KERNEL_MEM_KEYWORD_WS_SWAP"], &T54),
            e(7, 0, [0, 4, 2], 5, 0x80, ["WorkingSetInSwapStop", "WorkingSetInSwap", "Stop", "Information", ""], &["KERNEL_MEM_KEYWORD_WS_SWAP"], &T57),
            e(8, 0, [0, 4, 0], 6, 0x100, ["Acg", "Acg", "", "Information", ""], &["KERNEL_MEM_KEYWORD_ACG"], &T58),
            e(9, 0, [0, 4, 0], 5, 0x80, ["WorkingSetInSwap", "WorkingSetInSwap", "", "Information", ""], &["KERNEL_MEM_KEYWORD_WS_SWAP"], &T57),
        ],
    },
    ProviderTable {
        guid: Guid::parse_const("1c95126e-7eea-49a9-a3fe-a378b03ddb4d"),
        name: "Microsoft-Windows-DNS-Client",
        origin: "manifest {1c95126e-7eea-49a9-a3fe-a378b03ddb4d}.xml of dissect.etl 3.14",
        appends_only: false,
        events: &[
            e(1000, 0, [0, 4, 0], 1000, 0x0, ["DnsNoServerConfigV4", "DnsNoServerConfigV4", "", "Information", ""], &[], &T59),
            e(1001, 0, [0, 4, 0], 1001, 0x0, ["DnsServerForInterface", "DnsServerForInterface", "", "Information", ""], &[], &T60),
            e(1002, 0, [0, 4, 0], 1002, 0x0, ["DnsServerQueryChange", "DnsServerQueryChange", "", "Information", ""], &[], &T61),
            e(1003, 0, [0, 4, 0], 1003, 0x0, ["DnsServerValidationSuccess", "DnsServerValidationSuccess", "", "Information", ""], &[], &T62),
            e(1005, 0, [0, 2, 0], 1005, 0x0, ["DnsServerValidationFailure", "DnsServerValidationFailure", "", "Error", ""], &[], &T62),
            e(1007, 0, [0, 2, 0], 1007, 0x0, ["DnsMissingPrimarySuffix", "DnsMissingPrimarySuffix", "", "Error", ""], &[], &T63),
            e(1008, 0, [0, 3, 0], 1008, 0x10000000, ["DnsMissingPrimarySuffixSystem", "DnsMissingPrimarySuffixSystem", "", "Warning", ""], &["ut:DnsAutoLogKeyword"], &T63),
            e(1009, 0, [0, 2, 0], 1009, 0x0, ["DnsNonMatchingSuffix", "DnsNonMatchingSuffix", "", "Error", ""], &[], &T64),
            e(1010, 0, [0, 3, 0], 1010, 0x10000000, ["DnsNonMatchingSuffixSystem", "DnsNonMatchingSuffixSystem", "", "Warning", ""], &["ut:DnsAutoLogKeyword"], &T64),
            e(1011, 0, [0, 2, 0], 1011, 0x0, ["DnsHostFileError", "DnsHostFileError", "", "Error", ""], &[], &T63),
            e(1012, 0, [0, 2, 0], 1012, 0x10000000, ["DnsHostFileErrorSystem", "DnsHostFileErrorSystem", "", "Error", ""], &["ut:DnsAutoLogKeyword"], &T63),
            e(1013, 0, [0, 2, 0], 1013, 0x0, ["DnsAllServersTimeout", "DnsAllServersTimeout", "", "Error", ""], &[], &T65),
            e(1014, 0, [0, 3, 0], 1014, 0x10000000, ["DnsAllServersTimeoutSystem", "DnsAllServersTimeoutSystem", "", "Warning", ""], &["ut:DnsAutoLogKeyword"], &T65),
            e(1015, 0, [0, 4, 0], 1015, 0x0, ["DnsServerTimeout", "DnsServerTimeout", "", "Information", ""], &[], &T65),
            e(1016, 0, [0, 4, 0], 1016, 0x0, ["DnsNameError", "DnsNameError", "", "Information", ""], &[], &T65),
            e(1017, 0, [0, 4, 0], 1017, 0x0, ["DnsAuthoritativeResponse", "DnsAuthoritativeResponse", "", "Information", ""], &[], &T65),
            e(1018, 0, [0, 4, 0], 1018, 0x0, ["DnsLinkLocal", "DnsLinkLocal", "", "Information", ""], &[], &T66),
            e(1019, 0, [0, 4, 0], 1019, 0x0, ["DnsNoServerConfigV6", "DnsNoServerConfigV6", "", "Information", ""], &[], &T59),
            e(1020, 0, [0, 4, 0], 1020, 0x200000000000, ["DnsReadPolicyTable", "DnsReadPolicyTable", "", "Information", ""], &["keyword_200000000000"], &T67),
            e(1021, 0, [0, 4, 0], 1021, 0x200000000000, ["DnsMatchPolicyInfo", "DnsMatchPolicyInfo", "", "Information", ""], &["keyword_200000000000"], &T68),
            e(1022, 0, [0, 4, 0], 1022, 0x200000000000, ["DnsSecureNoFallback", "DnsSecureNoFallback", "", "Information", ""], &["keyword_200000000000"], &T69),
            e(1023, 0, [0, 2, 0], 1023, 0x10000000, ["DnsPolicySystemReadError", "DnsPolicySystemReadError", "", "Error", ""], &["ut:DnsAutoLogKeyword"], &T70),
            e(1024, 0, [0, 4, 0], 1024, 0x0, ["DnsQueryBadXid", "DnsQueryBadXid", "", "Information", ""], &[], &T65),
            e(1025, 0, [0, 4, 0], 1025, 0x0, ["DnsQueryInvalidServerIp", "DnsQueryInvalidServerIp", "", "Information", ""], &[], &T65),
            e(1026, 0, [0, 4, 0], 1026, 0x0, ["DnsQueryInvalidQuestion", "DnsQueryInvalidQuestion", "", "Information", ""], &[], &T71),
            e(1027, 0, [0, 4, 0], 0, 0x200000000000, ["task_0", "task_0", "", "Information", ""], &["keyword_200000000000"], &T69),
            e(1028, 0, [0, 4, 0], 1021, 0x200000000000, ["DnsMatchPolicyInfo1028", "DnsMatchPolicyInfo", "", "Information", ""], &["keyword_200000000000"], &T72),
            e(3000, 0, [0, 4, 0], 0, 0x400000000000, ["task_03000", "task_0", "", "Information", ""], &["keyword_400000000000"], &T73),
            e(3001, 0, [0, 4, 0], 0, 0x400000000000, ["task_03001", "task_0", "", "Information", ""], &["keyword_400000000000"], &T74),
            e(3002, 0, [0, 4, 0], 0, 0x400000000000, ["task_03002", "task_0", "", "Information", ""], &["keyword_400000000000"], &T73),
            e(3003, 0, [0, 4, 0], 0, 0x400000000000, ["task_03003", "task_0", "", "Information", ""], &["keyword_400000000000"], &T75),
            e(3004, 0, [0, 4, 0], 0, 0x400000000000, ["task_03004", "task_0", "", "Information", ""], &["keyword_400000000000"], &T73),
            e(3005, 0, [0, 4, 0], 0, 0x400000000000, ["task_03005", "task_0", "", "Information", ""], &["keyword_400000000000"], &T75),
            e(3006, 0, [0, 4, 0], 0, 0x0, ["task_03006", "task_0", "", "Information", ""], &[], &T76),
            e(3007, 0, [0, 4, 0], 0, 0x0, ["task_03007", "task_0", "", "Information", ""], &[], &T69),
            e(3008, 0, [0, 4, 0], 0, 0x0, ["task_03008", "task_0", "", "Information", ""], &[], &T77),
            e(3009, 0, [0, 4, 0], 0, 0x0, ["task_03009", "task_0", "", "Information", ""], &[], &T78),
            e(3010, 0, [0, 4, 0], 0, 0x0, ["task_03010", "task_0", "", "Information", ""], &[], &T79),
            e(3011, 0, [0, 4, 0], 0, 0x0, ["task_03011", "task_0", "", "Information", ""], &[], &T80),
            e(3012, 0, [0, 4, 0], 0, 0x0, ["task_03012", "task_0", "", "Information", ""], &[], &T81),
            e(3013, 0, [0, 4, 0], 0, 0x0, ["task_03013", "task_0", "", "Information", ""], &[], &T82),
            e(3014, 0, [0, 4, 0], 0, 0x0, ["task_03014", "task_0", "", "Information", ""], &[], &T69),
            e(3015, 0, [0, 4, 0], 0, 0x0, ["task_03015", "task_0", "", "Information", ""], &[], &T69),
            e(3016, 0, [0, 4, 0], 0, 0x0, ["task_03016", "task_0", "", "Information", ""], &[], &T83),
            e(3018, 0, [0, 4, 0], 0, 0x0, ["task_03018", "task_0", "", "Information", ""], &[], &T84),
            e(3019, 0, [0, 4, 0], 0, 0x0, ["task_03019", "task_0", "", "Information", ""], &[], &T85),
            e(3020, 0, [0, 4, 0], 0, 0x0, ["task_03020", "task_0", "", "Information", ""], &[], &T86),
            e(8001, 0, [0, 2, 0], 1029, 0x10000000, ["DnsGenericError", "DnsGenericError", "", "Error", ""], &["ut:DnsAutoLogKeyword"], &T87),
            e(8002, 0, [0, 2, 0], 1029, 0x10000000, ["DnsGenericError8002", "DnsGenericError", "", "Error", ""], &["ut:DnsAutoLogKeyword"], &T87),
            e(8003, 0, [0, 3, 0], 1028, 0x0, ["DnsRegistration", "DnsRegistration", "", "Warning", ""], &[], &T88),
            e(8004, 0, [0, 3, 0], 1028, 0x0, ["DnsRegistration8004", "DnsRegistration", "", "Warning", ""], &[], &T88),
            e(8005, 0, [0, 3, 0], 1028, 0x0, ["DnsRegistration8005", "DnsRegistration", "", "Warning", ""], &[], &T88),
            e(8006, 0, [0, 3, 0], 1028, 0x0, ["DnsRegistration8006", "DnsRegistration", "", "Warning", ""], &[], &T88),
            e(8007, 0, [0, 3, 0], 1028, 0x0, ["DnsRegistration8007", "DnsRegistration", "", "Warning", ""], &[], &T88),
            e(8008, 0, [0, 3, 0], 1028, 0x0, ["DnsRegistration8008", "DnsRegistration", "", "Warning", ""], &[], &T88),
            e(8009, 0, [0, 4, 0], 1028, 0x0, ["DnsRegistration8009", "DnsRegistration", "", "Information", ""], &[], &T88),
            e(8010, 0, [0, 4, 0], 1028, 0x0, ["DnsRegistration8010", "DnsRegistration", "", "Information", ""], &[], &T88),
            e(8011, 0, [0, 4, 0], 1028, 0x0, ["DnsRegistration8011", "DnsRegistration", "", "Information", ""], &[], &T88),
            e(8012, 0, [0, 4, 0], 1028, 0x0, ["DnsRegistration8012", "DnsRegistration", "", "Information", ""], &[], &T88),
            e(8013, 0, [0, 4, 0], 1028, 0x0, ["DnsRegistration8013", "DnsRegistration", "", "Information", ""], &[], &T88),
            e(8014, 0, [0, 4, 0], 1028, 0x0, ["DnsRegistration8014", "DnsRegistration", "", "Information", ""], &[], &T88),
            e(8015, 0, [0, 3, 0], 1028, 0x0, ["DnsRegistration8015", "DnsRegistration", "", "Warning", ""], &[], &T88),
            e(8016, 0, [0, 3, 0], 1028, 0x0, ["DnsRegistration8016", "DnsRegistration", "", "Warning", ""], &[], &T88),
            e(8017, 0, [0, 3, 0], 1028, 0x0, ["DnsRegistration8017", "DnsRegistration", "", "Warning", ""], &[], &T88),
            e(8018, 0, [0, 3, 0], 1028, 0x0, ["DnsRegistration8018", "DnsRegistration", "", "Warning", ""], &[], &T88),
            e(8019, 0, [0, 3, 0], 1028, 0x0, ["DnsRegistration8019", "DnsRegistration", "", "Warning", ""], &[], &T88),
            e(8020, 0, [0, 3, 0], 1028, 0x0, ["DnsRegistration8020", "DnsRegistration", "", "Warning", ""], &[], &T88),
            e(8021, 0, [0, 3, 0], 1028, 0x0, ["DnsRegistration8021", "DnsRegistration", "", "Warning", ""], &[], &T88),
            e(8022, 0, [0, 3, 0], 1028, 0x0, ["DnsRegistration8022", "DnsRegistration", "", "Warning", ""], &[], &T88),
            e(8023, 0, [0, 3, 0], 1028, 0x0, ["DnsRegistration8023", "DnsRegistration", "", "Warning", ""], &[], &T88),
            e(8024, 0, [0, 3, 0], 1028, 0x0, ["DnsRegistration8024", "DnsRegistration", "", "Warning", ""], &[], &T88),
            e(8025, 0, [0, 3, 0], 1028, 0x0, ["DnsRegistration8025", "DnsRegistration", "", "Warning", ""], &[], &T88),
            e(8026, 0, [0, 3, 0], 1028, 0x0, ["DnsRegistration8026", "DnsRegistration", "", "Warning", ""], &[], &T88),
            e(8027, 0, [0, 4, 0], 1028, 0x0, ["DnsRegistration8027", "DnsRegistration", "", "Information", ""], &[], &T88),
            e(8028, 0, [0, 4, 0], 1028, 0x0, ["DnsRegistration8028", "DnsRegistration", "", "Information", ""], &[], &T88),
            e(8029, 0, [0, 4, 0], 1028, 0x0, ["DnsRegistration8029", "DnsRegistration", "", "Information", ""], &[], &T88),
            e(8030, 0, [0, 4, 0], 1028, 0x0, ["DnsRegistration8030", "DnsRegistration", "", "Information", ""], &[], &T88),
            e(8031, 0, [0, 4, 0], 1028, 0x0, ["DnsRegistration8031", "DnsRegistration", "", "Information", ""], &[], &T88),
            e(8032, 0, [0, 4, 0], 1028, 0x0, ["DnsRegistration8032", "DnsRegistration", "", "Information", ""], &[], &T88),
            e(8033, 0, [0, 3, 0], 1028, 0x0, ["DnsRegistration8033", "DnsRegistration", "", "Warning", ""], &[], &T88),
            e(8034, 0, [0, 3, 0], 1028, 0x0, ["DnsRegistration8034", "DnsRegistration", "", "Warning", ""], &[], &T88),
            e(8035, 0, [0, 3, 0], 1028, 0x0, ["DnsRegistration8035", "DnsRegistration", "", "Warning", ""], &[], &T88),
            e(8036, 0, [0, 3, 0], 1028, 0x0, ["DnsRegistration8036", "DnsRegistration", "", "Warning", ""], &[], &T88),
            e(8037, 0, [0, 3, 0], 1028, 0x0, ["DnsRegistration8037", "DnsRegistration", "", "Warning", ""], &[], &T88),
            e(8038, 0, [0, 3, 0], 1028, 0x0, ["DnsRegistration8038", "DnsRegistration", "", "Warning", ""], &[], &T88),
            e(60004, 0, [0, 2, 0], 60004, 0x0, ["DnsNetError", "DnsNetError", "", "Error", ""], &[], &T63),
            e(60005, 0, [0, 3, 0], 60005, 0x0, ["DnsNetWarning", "DnsNetWarning", "", "Warning", ""], &[], &T89),
            e(60006, 0, [0, 4, 0], 60006, 0x0, ["DnsStateTransition", "DnsStateTransition", "", "Information", ""], &[], &T90),
            e(60007, 0, [0, 4, 0], 60007, 0x0, ["DnsContextUpdate", "DnsContextUpdate", "", "Information", ""], &[], &T91),
            e(60008, 0, [0, 2, 0], 60008, 0x0, ["DnsPolicyReadError", "DnsPolicyReadError", "", "Error", ""], &[], &T70),
            e(60101, 0, [0, 4, 0], 60101, 0x0, ["DnsV4Tuple", "DnsV4Tuple", "", "Information", ""], &[], &T92),
            e(60102, 0, [0, 4, 0], 60102, 0x0, ["DnsV6Tuple", "DnsV6Tuple", "", "Information", ""], &[], &T93),
            e(60103, 0, [0, 4, 0], 60103, 0x0, ["DnsInterfaceInfo", "DnsInterfaceInfo", "", "Information", ""], &[], &T94),
        ],
    },
    ProviderTable {
        guid: Guid::parse_const("a0c1853b-5c40-4b15-8766-3cf1c58f985a"),
        name: "Microsoft-Windows-PowerShell",
        origin: "manifest {a0c1853b-5c40-4b15-8766-3cf1c58f985a}.xml of dissect.etl 3.14",
        appends_only: false,
        events: &[
            e(4097, 1, [0, 5, 20], 1, 0x20, ["ConnectTobeusedwhenoperationisjustexecutingamethod_V1", "Connect", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["Cmdlets"], &EMPTY),
            e(4098, 1, [0, 5, 20], 1, 0x20, ["ConnectTobeusedwhenoperationisjustexecutingamethod4098_V1", "Connect", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["Cmdlets"], &EMPTY),
            e(4099, 1, [0, 5, 20], 1, 0x20, ["ConnectTobeusedwhenoperationisjustexecutingamethod4099_V1", "Connect", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["Cmdlets"], &EMPTY),
            e(4100, 1, [0, 4, 19], 0, 0x20, ["NoneTobeusedwhenanexceptionisraised_V1", "None", "Tobeusedwhenanexceptionisraised", "Information", ""], &["Cmdlets"], &T95),
            e(4101, 1, [0, 4, 19], 0, 0x20, ["NoneTobeusedwhenanexceptionisraised4101_V1", "None", "Tobeusedwhenanexceptionisraised", "Information", ""], &["Cmdlets"], &T95),
            e(4102, 1, [0, 4, 19], 0, 0x20, ["NoneTobeusedwhenanexceptionisraised4102_V1", "None", "Tobeusedwhenanexceptionisraised", "Information", ""], &["Cmdlets"], &T95),
            e(4103, 1, [0, 4, 19], 0, 0x20, ["NoneTobeusedwhenanexceptionisraised4103_V1", "None", "Tobeusedwhenanexceptionisraised", "Information", ""], &["Cmdlets"], &T95),
            e(4104, 1, [0, 5, 15], 102, 0x1, ["StartingCommandOncreatecalls_V1", "StartingCommand", "Oncreatecalls", "Verbose", ""], &["Runspace"], &T96),
            e(4105, 1, [0, 5, 10], 102, 0x1, ["StartingCommandOpen(async)_V1", "StartingCommand", "Open(async)", "Verbose", ""], &["Runspace"], &T97),
            e(4106, 1, [0, 5, 11], 103, 0x1, ["StoppingCommandClose(Async)_V1", "StoppingCommand", "Close(Async)", "Verbose", ""], &["Runspace"], &T97),
            e(7937, 1, [0, 4, 20], 0, 0x20, ["NoneTobeusedwhenoperationisjustexecutingamethod_V1", "None", "Tobeusedwhenoperationisjustexecutingamethod", "Information", ""], &["Cmdlets"], &T95),
            e(7938, 1, [0, 4, 20], 0, 0x20, ["NoneTobeusedwhenoperationisjustexecutingamethod7938_V1", "None", "Tobeusedwhenoperationisjustexecutingamethod", "Information", ""], &["Cmdlets"], &T95),
            e(7939, 1, [0, 4, 20], 0, 0x20, ["NoneTobeusedwhenoperationisjustexecutingamethod7939_V1", "None", "Tobeusedwhenoperationisjustexecutingamethod", "Information", ""], &["Cmdlets"], &T95),
            e(7940, 1, [0, 4, 20], 0, 0x20, ["NoneTobeusedwhenoperationisjustexecutingamethod7940_V1", "None", "Tobeusedwhenoperationisjustexecutingamethod", "Information", ""], &["Cmdlets"], &T95),
            e(7941, 1, [0, 5, 0], 0, 0x0, ["task_0Tobeusedwhenoperationisjustexecutingamethod_V1", "", "", "Verbose", ""], &[], &T98),
            e(7942, 1, [0, 4, 20], 0, 0x20, ["NoneTobeusedwhenoperationisjustexecutingamethod7942_V1", "None", "Tobeusedwhenoperationisjustexecutingamethod", "Information", ""], &["Cmdlets"], &T99),
            e(8193, 1, [0, 5, 16], 1, 0x1, ["ConnectOBEUSEDWHENANOBJECTISCONSTRUCTEDobeusedwhenanobjectisconstructed_V1", "Connect", "tobeusedwhenanobjectisconstructed", "Verbose", ""], &["Runspace"], &T100),
            e(8194, 1, [0, 5, 16], 1, 0x1, ["ConnectOBEUSEDWHENANOBJECTISCONSTRUCTEDobeusedwhenanobjectisconstructed8194_V1", "Connect", "tobeusedwhenanobjectisconstructed", "Verbose", ""], &["Runspace"], &T101),
            e(8195, 1, [0, 5, 10], 1, 0x1, ["ConnectOpen(async)_V1", "Connect", "Open(async)", "Verbose", ""], &["Runspace"], &EMPTY),
            e(8196, 1, [0, 5, 10], 1, 0x1, ["ConnectOpen(async)8196_V1", "Connect", "Open(async)", "Verbose", ""], &["Runspace"], &EMPTY),
            e(8197, 1, [0, 5, 10], 1, 0x1, ["ConnectOpen(async)8197_V1", "Connect", "Open(async)", "Verbose", ""], &["Runspace"], &T100),
            e(8198, 1, [0, 5, 10], 1, 0x1, ["ConnectOpen(async)8198_V1", "Connect", "Open(async)", "Verbose", ""], &["Runspace"], &T102),
            e(12033, 1, [0, 5, 20], 1, 0x1, ["ConnectTobeusedwhenoperationisjustexecutingamethod12033_V1", "Connect", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["Runspace"], &T100),
            e(12034, 1, [0, 5, 20], 1, 0x1, ["ConnectTobeusedwhenoperationisjustexecutingamethod12034_V1", "Connect", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["Runspace"], &T100),
            e(12035, 1, [0, 5, 20], 1, 0x1, ["ConnectTobeusedwhenoperationisjustexecutingamethod12035_V1", "Connect", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["Runspace"], &T100),
            e(12036, 1, [0, 5, 20], 1, 0x1, ["ConnectTobeusedwhenoperationisjustexecutingamethod12036_V1", "Connect", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["Runspace"], &T100),
            e(12037, 1, [0, 4, 20], 1, 0x1, ["ConnectTobeusedwhenoperationisjustexecutingamethod12037_V1", "Connect", "Tobeusedwhenoperationisjustexecutingamethod", "Information", ""], &["Runspace"], &EMPTY),
            e(12038, 1, [0, 4, 20], 1, 0x1, ["ConnectTobeusedwhenoperationisjustexecutingamethod12038_V1", "Connect", "Tobeusedwhenoperationisjustexecutingamethod", "Information", ""], &["Runspace"], &T103),
            e(12039, 1, [0, 5, 10], 1, 0x1, ["ConnectOpen(async)12039_V1", "Connect", "Open(async)", "Verbose", ""], &["Runspace"], &EMPTY),
            e(24577, 1, [0, 4, 0], 120, 0x0, ["PowerShellISEOperation_V1", "PowerShellISEOperation", "", "Information", ""], &[], &T104),
            e(24578, 1, [0, 4, 0], 120, 0x0, ["PowerShellISEOperation24578_V1", "PowerShellISEOperation", "", "Information", ""], &[], &T104),
            e(24579, 1, [0, 4, 0], 120, 0x0, ["PowerShellISEOperation24579_V1", "PowerShellISEOperation", "", "Information", ""], &[], &EMPTY),
            e(24580, 1, [0, 4, 0], 120, 0x0, ["PowerShellISEOperation24580_V1", "PowerShellISEOperation", "", "Information", ""], &[], &EMPTY),
            e(24581, 1, [0, 4, 0], 120, 0x0, ["PowerShellISEOperation24581_V1", "PowerShellISEOperation", "", "Information", ""], &[], &EMPTY),
            e(24582, 1, [0, 4, 0], 120, 0x0, ["PowerShellISEOperation24582_V1", "PowerShellISEOperation", "", "Information", ""], &[], &EMPTY),
            e(24583, 1, [0, 4, 0], 120, 0x0, ["PowerShellISEOperation24583_V1", "PowerShellISEOperation", "", "Information", ""], &[], &EMPTY),
            e(24584, 1, [0, 4, 0], 120, 0x0, ["PowerShellISEOperation24584_V1", "PowerShellISEOperation", "", "Information", ""], &[], &EMPTY),
            e(24592, 1, [0, 4, 0], 120, 0x0, ["PowerShellISEOperation24592_V1", "PowerShellISEOperation", "", "Information", ""], &[], &EMPTY),
            e(24593, 1, [0, 4, 0], 0, 0x0, ["None_V1", "None", "", "Information", ""], &[], &EMPTY),
            e(24594, 1, [0, 4, 0], 120, 0x0, ["PowerShellISEOperation24594_V1", "PowerShellISEOperation", "", "Information", ""], &[], &EMPTY),
            e(24595, 1, [0, 4, 0], 120, 0x0, ["PowerShellISEOperation24595_V1", "PowerShellISEOperation", "", "Information", ""], &[], &T105),
            e(24596, 1, [0, 4, 0], 120, 0x0, ["PowerShellISEOperation24596_V1", "PowerShellISEOperation", "", "Information", ""], &[], &T105),
            e(24597, 1, [0, 4, 0], 120, 0x0, ["PowerShellISEOperation24597_V1", "PowerShellISEOperation", "", "Information", ""], &[], &T105),
            e(24598, 1, [0, 4, 0], 120, 0x0, ["PowerShellISEOperation24598_V1", "PowerShellISEOperation", "", "Information", ""], &[], &T105),
            e(24599, 1, [0, 4, 0], 120, 0x0, ["PowerShellISEOperation24599_V1", "PowerShellISEOperation", "", "Information", ""], &[], &T105),
            e(28673, 1, [0, 5, 23], 3, 0x40, ["SerializeordeserializeremotingpayloadRehydration_V1", "Serializeordeserializeremotingpayload", "Rehydration", "Verbose", ""], &["Serializer"], &T106),
            e(28674, 1, [0, 2, 23], 3, 0x40, ["SerializeordeserializeremotingpayloadRehydration28674_V1", "Serializeordeserializeremotingpayload", "Rehydration", "Error", ""], &["Serializer"], &T107),
            e(28675, 1, [0, 5, 24], 3, 0x40, ["SerializeordeserializeremotingpayloadSerializationsettings_V1", "Serializeordeserializeremotingpayload", "Serializationsettings", "Verbose", ""], &["Serializer"], &T108),
            e(28676, 1, [0, 5, 24], 3, 0x40, ["SerializeordeserializeremotingpayloadSerializationsettings28676_V1", "Serializeordeserializeremotingpayload", "Serializationsettings", "Verbose", ""], &["Serializer"], &T109),
            e(28677, 1, [0, 3, 19], 3, 0x40, ["SerializeordeserializeremotingpayloadTobeusedwhenanexceptionisraised_V1", "Serializeordeserializeremotingpayload", "Tobeusedwhenanexceptionisraised", "Warning", ""], &["Serializer"], &T110),
            e(28678, 1, [0, 3, 19], 3, 0x40, ["SerializeordeserializeremotingpayloadTobeusedwhenanexceptionisraised28678_V1", "Serializeordeserializeremotingpayload", "Tobeusedwhenanexceptionisraised", "Warning", ""], &["Serializer"], &T111),
            e(28679, 1, [0, 3, 19], 3, 0x40, ["SerializeordeserializeremotingpayloadTobeusedwhenanexceptionisraised28679_V1", "Serializeordeserializeremotingpayload", "Tobeusedwhenanexceptionisraised", "Warning", ""], &["Serializer"], &T112),
            e(28680, 1, [0, 3, 19], 3, 0x40, ["SerializeordeserializeremotingpayloadTobeusedwhenanexceptionisraised28680_V1", "Serializeordeserializeremotingpayload", "Tobeusedwhenanexceptionisraised", "Warning", ""], &["Serializer"], &T113),
            e(28682, 1, [0, 2, 19], 3, 0x40, ["SerializeordeserializeremotingpayloadTobeusedwhenanexceptionisraised28682_V1", "Serializeordeserializeremotingpayload", "Tobeusedwhenanexceptionisraised", "Error", ""], &["Serializer"], &T114),
            e(28683, 1, [0, 2, 19], 3, 0x40, ["SerializeordeserializeremotingpayloadTobeusedwhenanexceptionisraised28683_V1", "Serializeordeserializeremotingpayload", "Tobeusedwhenanexceptionisraised", "Error", ""], &["Serializer"], &T115),
            e(28684, 1, [0, 3, 19], 3, 0x40, ["SerializeordeserializeremotingpayloadTobeusedwhenanexceptionisraised28684_V1", "Serializeordeserializeremotingpayload", "Tobeusedwhenanexceptionisraised", "Warning", ""], &["Serializer"], &T116),
            e(32769, 1, [0, 4, 0], 0, 0x8, ["task_0Receive(Async)_V1", "", "", "Information", ""], &["Transport"], &T117),
            e(32775, 1, [0, 2, 0], 0, 0x8, ["task_0Open(async)_V1", "", "", "Error", ""], &["Transport"], &T102),
            e(32776, 1, [0, 2, 0], 0, 0x8, ["task_0Open(async)32776_V1", "", "", "Error", ""], &["Transport"], &T118),
            e(32777, 1, [0, 2, 0], 0, 0x8, ["task_0Open(async)32777_V1", "", "", "Error", ""], &["Transport"], &T102),
            e(32784, 1, [0, 2, 0], 0, 0x8, ["task_0Open(async)32784_V1", "", "", "Error", ""], &["Transport"], &T118),
            e(32785, 1, [0, 4, 0], 0, 0x8, ["task_0ONNECTonnect_V1", "", "", "Information", ""], &["Transport"], &T100),
            e(32786, 1, [0, 4, 0], 0, 0x8, ["task_0ONNECTonnect32786_V1", "", "", "Information", ""], &["Transport"], &T100),
            e(32787, 1, [0, 4, 0], 0, 0x8, ["task_0Disconnect_V1", "", "", "Information", ""], &["Transport"], &T100),
            e(32788, 1, [0, 4, 0], 0, 0x8, ["task_0Disconnect32788_V1", "", "", "Information", ""], &["Transport"], &T100),
            e(32789, 1, [0, 4, 0], 0, 0x8, ["task_0Send(Async)_V1", "", "", "Information", ""], &["Transport"], &T119),
            e(32790, 1, [0, 4, 0], 0, 0x8, ["task_0Send(Async)32790_V1", "", "", "Information", ""], &["Transport"], &T120),
            e(32791, 1, [0, 4, 0], 0, 0x8, ["task_0Receive(Async)32791_V1", "", "", "Information", ""], &["Transport"], &T120),
            e(32792, 1, [0, 4, 0], 0, 0x8, ["task_0Receive(Async)32792_V1", "", "", "Information", ""], &["Transport"], &T119),
            e(32793, 1, [0, 4, 0], 0, 0x8, ["task_0ONNECTonnect32793_V1", "", "", "Information", ""], &["Transport"], &T120),
            e(32800, 1, [0, 4, 0], 0, 0x8, ["task_0ONNECTonnect32800_V1", "", "", "Information", ""], &["Transport"], &T120),
            e(32801, 1, [0, 4, 0], 0, 0x8, ["task_0Disconnect32801_V1", "", "", "Information", ""], &["Transport"], &T120),
            e(32802, 1, [0, 4, 0], 0, 0x8, ["task_0Disconnect32802_V1", "", "", "Information", ""], &["Transport"], &T120),
            e(32803, 1, [0, 4, 0], 0, 0x8, ["task_0Disconnect32803_V1", "", "", "Information", ""], &["Transport"], &T121),
            e(32804, 1, [0, 4, 0], 0, 0x8, ["task_0Disconnect32804_V1", "", "", "Information", ""], &["Transport"], &T120),
            e(32805, 1, [0, 4, 0], 0, 0x8, ["task_0ONNECTonnect32805_V1", "", "", "Information", ""], &["Transport"], &T122),
            e(32849, 1, [0, 4, 0], 0, 0x8, ["task_0Send(Async)32849_V1", "", "", "Information", ""], &["Transport"], &T123),
            e(32850, 1, [0, 4, 0], 0, 0x8, ["task_0ONNECTonnect32850_V1", "", "", "Information", ""], &["Transport"], &T102),
            e(32851, 1, [0, 4, 0], 0, 0x8, ["task_0ONNECTonnect32851_V1", "", "", "Information", ""], &["Transport"], &T124),
            e(32852, 1, [0, 4, 0], 0, 0x8, ["task_0ONNECTonnect32852_V1", "", "", "Information", ""], &["Transport"], &T125),
            e(32853, 1, [0, 4, 0], 0, 0x8, ["task_0ONNECTonnect32853_V1", "", "", "Information", ""], &["Transport"], &T124),
            e(32854, 1, [0, 4, 0], 0, 0x8, ["task_0Disconnect32854_V1", "", "", "Information", ""], &["Transport"], &T102),
            e(32855, 1, [0, 4, 0], 0, 0x8, ["task_0Open(async)32855_V1", "", "", "Information", ""], &["Transport"], &T102),
            e(32856, 1, [0, 4, 0], 0, 0x8, ["task_0Open(async)32856_V1", "", "", "Information", ""], &["Transport"], &T102),
            e(32857, 1, [0, 4, 0], 0, 0x8, ["task_0Disconnect32857_V1", "", "", "Information", ""], &["Transport"], &T102),
            e(32865, 1, [0, 4, 0], 0, 0x8, ["task_0ONNECTonnect32865_V1", "", "", "Information", ""], &["Transport"], &T124),
            e(32866, 1, [0, 4, 0], 0, 0x8, ["task_0ONNECTonnect32866_V1", "", "", "Information", ""], &["Transport"], &T124),
            e(32867, 1, [0, 5, 0], 0, 0x8, ["task_0Receive(Async)32867_V1", "", "", "Verbose", ""], &["Transport"], &T126),
            e(32868, 1, [0, 5, 0], 0, 0x8, ["task_0Send(Async)32868_V1", "", "", "Verbose", ""], &["Transport"], &T126),
            e(32869, 1, [0, 5, 0], 0, 0x8, ["task_0Shuttingdown_V1", "", "", "Verbose", ""], &["Transport"], &EMPTY),
            e(40961, 1, [0, 4, 1], 4, 0x0, ["PowerShellConsoleStartupStart_V1", "PowerShellConsoleStartup", "Start", "Information", ""], &[], &EMPTY),
            e(40962, 1, [0, 4, 2], 4, 0x0, ["PowerShellConsoleStartupStop_V1", "PowerShellConsoleStartup", "Stop", "Information", ""], &[], &EMPTY),
            e(45057, 1, [0, 2, 19], 0, 0x0, ["NoneTobeusedwhenanexceptionisraised45057_V1", "None", "Tobeusedwhenanexceptionisraised", "Error", ""], &[], &T127),
            e(45058, 1, [0, 2, 19], 0, 0x0, ["NoneTobeusedwhenanexceptionisraised45058_V1", "None", "Tobeusedwhenanexceptionisraised", "Error", ""], &[], &T102),
            e(45059, 1, [0, 4, 20], 0, 0x0, ["NoneTobeusedwhenoperationisjustexecutingamethod45059_V1", "None", "Tobeusedwhenoperationisjustexecutingamethod", "Information", ""], &[], &EMPTY),
            e(45060, 1, [0, 4, 20], 0, 0x0, ["NoneTobeusedwhenoperationisjustexecutingamethod45060_V1", "None", "Tobeusedwhenoperationisjustexecutingamethod", "Information", ""], &[], &T128),
            e(45061, 1, [0, 4, 0], 0, 0x0, ["None45061_V1", "None", "", "Information", ""], &[], &T100),
            e(45062, 1, [0, 4, 20], 0, 0x0, ["NoneTobeusedwhenoperationisjustexecutingamethod45062_V1", "None", "Tobeusedwhenoperationisjustexecutingamethod", "Information", ""], &[], &T129),
            e(45063, 1, [0, 5, 20], 5, 0x200, ["WorkflowHostingTobeusedwhenoperationisjustexecutingamethod_V1", "WorkflowHosting", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T130),
            e(45064, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T131),
            e(45065, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45065_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T132),
            e(45072, 1, [0, 5, 20], 5, 0x200, ["WorkflowHostingTobeusedwhenoperationisjustexecutingamethod45072_V1", "WorkflowHosting", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T133),
            e(45073, 1, [0, 5, 20], 5, 0x200, ["WorkflowHostingTobeusedwhenoperationisjustexecutingamethod45073_V1", "WorkflowHosting", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T133),
            e(45074, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45074_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T134),
            e(45075, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45075_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T135),
            e(45076, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45076_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T134),
            e(45078, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45078_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T136),
            e(45079, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45079_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T137),
            e(45080, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45080_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T138),
            e(45081, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45081_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T139),
            e(45082, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45082_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T139),
            e(45083, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45083_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T140),
            e(45084, 1, [0, 5, 20], 8, 0x200, ["WorkflowValidationTobeusedwhenoperationisjustexecutingamethod_V1", "WorkflowValidation", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T134),
            e(45085, 1, [0, 5, 20], 8, 0x200, ["WorkflowValidationTobeusedwhenoperationisjustexecutingamethod45085_V1", "WorkflowValidation", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T134),
            e(45086, 1, [0, 5, 20], 8, 0x200, ["WorkflowValidationTobeusedwhenoperationisjustexecutingamethod45086_V1", "WorkflowValidation", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T134),
            e(45087, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45087_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T141),
            e(45088, 1, [0, 5, 20], 8, 0x200, ["WorkflowValidationTobeusedwhenoperationisjustexecutingamethod45088_V1", "WorkflowValidation", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T141),
            e(45089, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45089_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T142),
            e(45090, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45090_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T143),
            e(45091, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45091_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T144),
            e(45092, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45092_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T134),
            e(45093, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45093_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T134),
            e(45094, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45094_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T134),
            e(45095, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45095_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T134),
            e(45096, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45096_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T134),
            e(45097, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45097_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T145),
            e(45098, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45098_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T145),
            e(45100, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45100_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T146),
            e(45101, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45101_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T147),
            e(45102, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45102_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T148),
            e(45104, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45104_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T149),
            e(45105, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45105_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T146),
            e(45106, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45106_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T150),
            e(45107, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45107_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T151),
            e(45108, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45108_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T152),
            e(45109, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45109_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T134),
            e(45110, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45110_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T134),
            e(45111, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45111_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T134),
            e(45112, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45112_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T153),
            e(45113, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45113_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T134),
            e(45114, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45114_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T134),
            e(45115, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45115_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T134),
            e(45116, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45116_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T140),
            e(45117, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45117_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T154),
            e(45118, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45118_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T134),
            e(45119, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45119_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T155),
            e(45120, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45120_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T140),
            e(45121, 1, [0, 5, 20], 9, 0x200, ["ConfigurationTobeusedwhenoperationisjustexecutingamethod_V1", "Configuration", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T156),
            e(45122, 1, [0, 5, 20], 9, 0x200, ["ConfigurationTobeusedwhenoperationisjustexecutingamethod45122_V1", "Configuration", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T157),
            e(45123, 1, [0, 5, 20], 9, 0x200, ["ConfigurationTobeusedwhenoperationisjustexecutingamethod45123_V1", "Configuration", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T158),
            e(45124, 1, [0, 5, 20], 9, 0x200, ["ConfigurationTobeusedwhenoperationisjustexecutingamethod45124_V1", "Configuration", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T159),
            e(45125, 1, [0, 5, 20], 9, 0x200, ["ConfigurationTobeusedwhenoperationisjustexecutingamethod45125_V1", "Configuration", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T160),
            e(45126, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45126_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T161),
            e(45127, 1, [0, 5, 20], 6, 0x200, ["WorkflowExecutionTobeusedwhenoperationisjustexecutingamethod45127_V1", "WorkflowExecution", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T162),
            e(45128, 1, [0, 5, 20], 5, 0x200, ["WorkflowHostingTobeusedwhenoperationisjustexecutingamethod45128_V1", "WorkflowHosting", "Tobeusedwhenoperationisjustexecutingamethod", "Verbose", ""], &["PSWorkflow"], &T133),
            e(45129, 1, [0, 4, 0], 0, 0x200, ["None45129_V1", "None", "", "Information", ""], &["PSWorkflow"], &T163),
            e(46337, 1, [0, 4, 0], 0, 0x0, ["None46337_V1", "None", "", "Information", ""], &[], &T164),
            e(46338, 1, [0, 4, 0], 0, 0x0, ["None46338_V1", "None", "", "Information", ""], &[], &T164),
            e(46339, 1, [0, 4, 0], 0, 0x0, ["None46339_V1", "None", "", "Information", ""], &[], &T164),
            e(46340, 1, [0, 4, 0], 0, 0x0, ["None46340_V1", "None", "", "Information", ""], &[], &T164),
            e(46341, 1, [0, 4, 0], 0, 0x0, ["None46341_V1", "None", "", "Information", ""], &[], &T165),
            e(46342, 1, [0, 4, 0], 0, 0x0, ["None46342_V1", "None", "", "Information", ""], &[], &T166),
            e(46343, 1, [0, 4, 0], 0, 0x0, ["None46343_V1", "None", "", "Information", ""], &[], &T166),
            e(46344, 1, [0, 4, 0], 0, 0x0, ["None46344_V1", "None", "", "Information", ""], &[], &T166),
            e(46345, 1, [0, 4, 0], 0, 0x0, ["None46345_V1", "None", "", "Information", ""], &[], &T166),
            e(46346, 1, [0, 4, 0], 0, 0x0, ["None46346_V1", "None", "", "Information", ""], &[], &T167),
            e(46347, 1, [0, 4, 0], 0, 0x0, ["None46347_V1", "None", "", "Information", ""], &[], &T168),
            e(46348, 1, [0, 4, 0], 0, 0x0, ["None46348_V1", "None", "", "Information", ""], &[], &T169),
            e(46349, 1, [0, 4, 0], 0, 0x0, ["None46349_V1", "None", "", "Information", ""], &[], &T169),
            e(46350, 1, [0, 4, 0], 0, 0x0, ["None46350_V1", "None", "", "Information", ""], &[], &T170),
            e(46351, 1, [0, 4, 0], 0, 0x0, ["None46351_V1", "None", "", "Information", ""], &[], &T170),
            e(46352, 1, [0, 4, 0], 0, 0x0, ["None46352_V1", "None", "", "Information", ""], &[], &T170),
            e(46353, 1, [0, 4, 0], 0, 0x0, ["None46353_V1", "None", "", "Information", ""], &[], &T170),
            e(46354, 1, [0, 4, 0], 0, 0x0, ["None46354_V1", "None", "", "Information", ""], &[], &T171),
            e(46355, 1, [0, 4, 0], 0, 0x0, ["None46355_V1", "None", "", "Information", ""], &[], &T171),
            e(46356, 1, [0, 4, 0], 0, 0x0, ["None46356_V1", "None", "", "Information", ""], &[], &EMPTY),
            e(46357, 1, [0, 4, 0], 0, 0x0, ["None46357_V1", "None", "", "Information", ""], &[], &EMPTY),
            e(46358, 1, [0, 3, 0], 0, 0x0, ["None46358_V1", "None", "", "Warning", ""], &[], &EMPTY),
            e(49152, 1, [0, 4, 0], 0, 0x0, ["None49152_V1", "None", "", "Information", ""], &[], &T172),
            e(49153, 1, [0, 4, 0], 0, 0x0, ["None49153_V1", "None", "", "Information", ""], &[], &T124),
            e(53249, 1, [0, 4, 20], 110, 0x0, ["PowerShellScheduledJobsTobeusedwhenoperationisjustexecutingamethod_V1", "PowerShellScheduledJobs", "Tobeusedwhenoperationisjustexecutingamethod", "Information", ""], &[], &T173),
            e(53250, 1, [0, 4, 20], 110, 0x0, ["PowerShellScheduledJobsTobeusedwhenoperationisjustexecutingamethod53250_V1", "PowerShellScheduledJobs", "Tobeusedwhenoperationisjustexecutingamethod", "Information", ""], &[], &T174),
            e(53251, 1, [0, 2, 19], 110, 0x0, ["PowerShellScheduledJobsTobeusedwhenanexceptionisraised_V1", "PowerShellScheduledJobs", "Tobeusedwhenanexceptionisraised", "Error", ""], &[], &T175),
            e(53504, 1, [0, 5, 10], 111, 0x8, ["PowerShellNamedPipeIPCOpen(async)_V1", "PowerShellNamedPipeIPC", "Open(async)", "Verbose", ""], &["Transport"], &T124),
            e(53505, 1, [0, 5, 11], 111, 0x8, ["PowerShellNamedPipeIPCClose(Async)_V1", "PowerShellNamedPipeIPC", "Close(Async)", "Verbose", ""], &["Transport"], &T124),
            e(53506, 1, [0, 5, 19], 111, 0x8, ["PowerShellNamedPipeIPCTobeusedwhenanexceptionisraised_V1", "PowerShellNamedPipeIPC", "Tobeusedwhenanexceptionisraised", "Verbose", ""], &["Transport"], &T102),
            e(53507, 1, [0, 5, 12], 111, 0x8, ["PowerShellNamedPipeIPCONNECTonnect_V1", "PowerShellNamedPipeIPC", "connect", "Verbose", ""], &["Transport"], &T102),
            e(53508, 1, [0, 5, 11], 111, 0x8, ["PowerShellNamedPipeIPCClose(Async)53508_V1", "PowerShellNamedPipeIPC", "Close(Async)", "Verbose", ""], &["Transport"], &T102),
        ],
    },
    ProviderTable {
        guid: Guid::parse_const("1418ef04-b0b4-4623-bf7e-d74ab47bbdaa"),
        name: "Microsoft-Windows-WMI-Activity",
        origin: "manifest {1418ef04-b0b4-4623-bf7e-d74ab47bbdaa}.xml of dissect.etl 3.14",
        appends_only: false,
        events: &[
            e(1, 0, [0, 4, 0], 0, 0x0, ["task_0", "task_0", "", "Information", ""], &[], &T176),
            e(2, 0, [0, 4, 0], 0, 0x0, ["task_02", "task_0", "", "Information", ""], &[], &T177),
            e(3, 0, [0, 4, 0], 0, 0x0, ["task_03", "task_0", "", "Information", ""], &[], &T178),
            e(11, 0, [0, 4, 0], 0, 0x0, ["task_011", "task_0", "", "Information", ""], &[], &T179),
            e(12, 0, [0, 4, 0], 0, 0x0, ["task_012", "task_0", "", "Information", ""], &[], &T180),
            e(13, 0, [0, 4, 0], 0, 0x0, ["task_013", "task_0", "", "Information", ""], &[], &T181),
            e(14, 0, [0, 4, 0], 0, 0x0, ["task_014", "task_0", "", "Information", ""], &[], &T182),
            e(15, 0, [0, 4, 0], 0, 0x0, ["task_015", "task_0", "", "Information", ""], &[], &T183),
            e(16, 0, [0, 4, 0], 0, 0x0, ["task_016", "task_0", "", "Information", ""], &[], &T184),
            e(17, 0, [0, 4, 0], 0, 0x0, ["task_017", "task_0", "", "Information", ""], &[], &T185),
            e(18, 0, [0, 4, 0], 0, 0x0, ["task_018", "task_0", "", "Information", ""], &[], &T186),
            e(19, 0, [0, 4, 0], 0, 0x0, ["task_019", "task_0", "", "Information", ""], &[], &T187),
            e(20, 0, [0, 4, 0], 0, 0x0, ["task_020", "task_0", "", "Information", ""], &[], &T188),
            e(21, 0, [0, 4, 0], 0, 0x0, ["task_021", "task_0", "", "Information", ""], &[], &T186),
            e(50, 0, [0, 4, 0], 0, 0x0, ["task_050", "task_0", "", "Information", ""], &[], &EMPTY),
            e(100, 0, [0, 0, 0], 0, 0x0, ["task_0100", "task_0", "", "", ""], &[], &T189),
            e(101, 0, [0, 2, 0], 0, 0x0, ["task_0101", "task_0", "", "Error", ""], &[], &T190),
            e(5857, 0, [0, 0, 0], 0, 0x0, ["task_05857", "task_0", "", "", ""], &[], &T191),
            e(5858, 0, [0, 2, 0], 0, 0x0, ["task_05858", "task_0", "", "Error", ""], &[], &T192),
            e(5859, 0, [0, 0, 0], 0, 0x0, ["task_05859", "task_0", "", "", ""], &[], &T193),
            e(5860, 0, [0, 0, 0], 0, 0x0, ["task_05860", "task_0", "", "", ""], &[], &T194),
            e(5861, 0, [0, 0, 0], 0, 0x0, ["task_05861", "task_0", "", "", ""], &[], &T195),
        ],
    },
    ProviderTable {
        guid: Guid::parse_const("2f07e2ee-15db-40f1-90ef-9d7ba282188a"),
        name: "Microsoft-Windows-TCPIP",
        origin: "manifest {2f07e2ee-15db-40f1-90ef-9d7ba282188a}.xml of dissect.etl 3.14",
        appends_only: false,
        events: &[
            e(1001, 0, [0, 4, 0], 1001, 0x400, ["TcpEndpointCreation", "TcpEndpointCreation", "", "Information", ""], &["ut:Endpoint"], &T196),
            e(1002, 0, [0, 4, 0], 1002, 0x400000480, ["TcpRequestConnect", "TcpRequestConnect", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:Endpoint", "ut:ConnectPath"], &T197),
            e(1003, 0, [0, 4, 0], 1003, 0x400000480, ["TcpInspectConnectComplete", "TcpInspectConnectComplete", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:Endpoint", "ut:ConnectPath"], &T198),
            e(1004, 0, [0, 4, 0], 1004, 0x500000080, ["TcpTcbSynSend", "TcpTcbSynSend", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:SendPath", "ut:ConnectPath"], &T199),
            e(1005, 0, [0, 4, 0], 1005, 0x409, ["TcpBindEndpointResolutionFailure", "TcpBindEndpointResolutionFailure", "", "Information", ""], &["ut:TcpipEndpoint", "ut:TcpipBind", "ut:Endpoint"], &T200),
            e(1006, 0, [0, 4, 0], 1006, 0x409, ["TcpBindEndpointPortFailure", "TcpBindEndpointPortFailure", "", "Information", ""], &["ut:TcpipEndpoint", "ut:TcpipBind", "ut:Endpoint"], &T200),
            e(1007, 0, [0, 4, 0], 1007, 0x409, ["TcpBindEndpointInspectionFailure", "TcpBindEndpointInspectionFailure", "", "Information", ""], &["ut:TcpipEndpoint", "ut:TcpipBind", "ut:Endpoint"], &T200),
            e(1008, 0, [0, 4, 0], 1008, 0x409, ["TcpBindEndpointComplete", "TcpBindEndpointComplete", "", "Information", ""], &["ut:TcpipEndpoint", "ut:TcpipBind", "ut:Endpoint"], &T200),
            e(1009, 0, [0, 4, 0], 1009, 0x1000000401, ["TcpCloseEndpoint", "TcpCloseEndpoint", "", "Information", ""], &["ut:TcpipEndpoint", "ut:Endpoint", "ut:ClosePath"], &T200),
            e(1010, 0, [0, 4, 0], 1010, 0x401, ["TcpCreateEndpointAfFailure", "TcpCreateEndpointAfFailure", "", "Information", ""], &["ut:TcpipEndpoint", "ut:Endpoint"], &T201),
            e(1011, 0, [0, 4, 0], 1011, 0x401, ["TcpCreateEndpointCompartmentFailure", "TcpCreateEndpointCompartmentFailure", "", "Information", ""], &["ut:TcpipEndpoint", "ut:Endpoint"], &T201),
            e(1012, 0, [0, 4, 0], 1012, 0x401, ["TcpCreateEndpointInspectionFailure", "TcpCreateEndpointInspectionFailure", "", "Information", ""], &["ut:TcpipEndpoint", "ut:Endpoint"], &T201),
            e(1013, 0, [0, 4, 0], 1013, 0x401, ["TcpCreateEndpointComplete", "TcpCreateEndpointComplete", "", "Information", ""], &["ut:TcpipEndpoint", "ut:Endpoint"], &T201),
            e(1014, 0, [0, 4, 0], 1014, 0x400000486, ["TcpAccpetListenerRouteLookupFailure", "TcpAccpetListenerRouteLookupFailure", "", "Information", ""], &["ut:TcpipListener", "ut:TcpipTcb", "ut:TcpipDiagnosis", "ut:Endpoint", "ut:ConnectPath"], &T202),
            e(1015, 0, [0, 4, 0], 1015, 0x400000486, ["TcpAcceptListenerInsertionFailure", "TcpAcceptListenerInsertionFailure", "", "Information", ""], &["ut:TcpipListener", "ut:TcpipTcb", "ut:TcpipDiagnosis", "ut:Endpoint", "ut:ConnectPath"], &T203),
            e(1016, 0, [0, 4, 0], 1016, 0x400000486, ["TcpAcceptListenerRejected", "TcpAcceptListenerRejected", "", "Information", ""], &["ut:TcpipListener", "ut:TcpipTcb", "ut:TcpipDiagnosis", "ut:Endpoint", "ut:ConnectPath"], &T202),
            e(1017, 0, [0, 4, 0], 1017, 0x400000486, ["TcpAcceptListenerComplete", "TcpAcceptListenerComplete", "", "Information", ""], &["ut:TcpipListener", "ut:TcpipTcb", "ut:TcpipDiagnosis", "ut:Endpoint", "ut:ConnectPath"], &T202),
            e(1018, 0, [0, 4, 0], 1018, 0x400000484, ["TcpConnectTcbFailedAf", "TcpConnectTcbFailedAf", "", "Information", ""], &["ut:TcpipTcb", "ut:TcpipDiagnosis", "ut:Endpoint", "ut:ConnectPath"], &T202),
            e(1019, 0, [0, 4, 0], 1019, 0x400000484, ["TcpConnectTcbFailedCompartment", "TcpConnectTcbFailedCompartment", "", "Information", ""], &["ut:TcpipTcb", "ut:TcpipDiagnosis", "ut:Endpoint", "ut:ConnectPath"], &T202),
            e(1020, 0, [0, 4, 0], 1020, 0x400000484, ["TcpConnectTcbFailedInspect", "TcpConnectTcbFailedInspect", "", "Information", ""], &["ut:TcpipTcb", "ut:TcpipDiagnosis", "ut:Endpoint", "ut:ConnectPath"], &T202),
            e(1021, 0, [0, 4, 0], 1021, 0x400000484, ["TcpConnectTcbFailedRoute", "TcpConnectTcbFailedRoute", "", "Information", ""], &["ut:TcpipTcb", "ut:TcpipDiagnosis", "ut:Endpoint", "ut:ConnectPath"], &T202),
            e(1022, 0, [0, 4, 0], 1022, 0x400000484, ["TcpConnectTcbSkipRateLimit", "TcpConnectTcbSkipRateLimit", "", "Information", ""], &["ut:TcpipTcb", "ut:TcpipDiagnosis", "ut:Endpoint", "ut:ConnectPath"], &T204),
            e(1023, 0, [0, 4, 0], 1023, 0x400000484, ["TcpConnectTcbPassRateLimit", "TcpConnectTcbPassRateLimit", "", "Information", ""], &["ut:TcpipTcb", "ut:TcpipDiagnosis", "ut:Endpoint", "ut:ConnectPath"], &T204),
            e(1024, 0, [0, 4, 0], 1024, 0x400000484, ["TcpConnectTcbCheckRateLimit", "TcpConnectTcbCheckRateLimit", "", "Information", ""], &["ut:TcpipTcb", "ut:TcpipDiagnosis", "ut:Endpoint", "ut:ConnectPath"], &T202),
            e(1025, 0, [0, 4, 0], 1025, 0x400000484, ["TcpSecurityRateLimit", "TcpSecurityRateLimit", "", "Information", ""], &["ut:TcpipTcb", "ut:TcpipDiagnosis", "ut:Endpoint", "ut:ConnectPath"], &T205),
            e(1026, 0, [0, 4, 0], 1026, 0x400000484, ["TcpRateLimitPathRelease", "TcpRateLimitPathRelease", "", "Information", ""], &["ut:TcpipTcb", "ut:TcpipDiagnosis", "ut:Endpoint", "ut:ConnectPath"], &T204),
            e(1027, 0, [0, 4, 0], 1027, 0x400000484, ["TcpConnectTcbRateLimitRelease", "TcpConnectTcbRateLimitRelease", "", "Information", ""], &["ut:TcpipTcb", "ut:TcpipDiagnosis", "ut:Endpoint", "ut:ConnectPath"], &T202),
            e(1028, 0, [0, 4, 0], 1028, 0x400000484, ["TcpRateLimitPathCancel", "TcpRateLimitPathCancel", "", "Information", ""], &["ut:TcpipTcb", "ut:TcpipDiagnosis", "ut:Endpoint", "ut:ConnectPath"], &T204),
            e(1029, 0, [0, 4, 0], 1029, 0x400000484, ["TcpConnectTcbCancel", "TcpConnectTcbCancel", "", "Information", ""], &["ut:TcpipTcb", "ut:TcpipDiagnosis", "ut:Endpoint", "ut:ConnectPath"], &T202),
            e(1030, 0, [0, 4, 0], 1030, 0x400000484, ["TcpConnectTcbFailInsertion", "TcpConnectTcbFailInsertion", "", "Information", ""], &["ut:TcpipTcb", "ut:TcpipDiagnosis", "ut:Endpoint", "ut:ConnectPath"], &T197),
            e(1031, 0, [0, 4, 0], 1031, 0x400000484, ["TcpConnectTcbProceeding", "TcpConnectTcbProceeding", "", "Information", ""], &["ut:TcpipTcb", "ut:TcpipDiagnosis", "ut:Endpoint", "ut:ConnectPath"], &T202),
            e(1032, 0, [0, 4, 0], 1032, 0x400000484, ["TcpConnectTcbRateLimitCancel", "TcpConnectTcbRateLimitCancel", "", "Information", ""], &["ut:TcpipTcb", "ut:TcpipDiagnosis", "ut:Endpoint", "ut:ConnectPath"], &T202),
            e(1033, 0, [0, 4, 0], 1033, 0x400000484, ["TcpConnectTcbComplete", "TcpConnectTcbComplete", "", "Information", ""], &["ut:TcpipTcb", "ut:TcpipDiagnosis", "ut:Endpoint", "ut:ConnectPath"], &T202),
            e(1034, 0, [0, 4, 0], 1034, 0x400000484, ["TcpConnectTcbFailure", "TcpConnectTcbFailure", "", "Information", ""], &["ut:TcpipTcb", "ut:TcpipDiagnosis", "ut:Endpoint", "ut:ConnectPath"], &T202),
            e(1035, 0, [0, 4, 0], 1035, 0x400000484, ["TcpConnectTcbFailInspectConnectComplete", "TcpConnectTcbFailInspectConnectComplete", "", "Information", ""], &["ut:TcpipTcb", "ut:TcpipDiagnosis", "ut:Endpoint", "ut:ConnectPath"], &T202),
            e(1036, 0, [0, 4, 0], 1036, 0x400000484, ["TcpConnectTcbFailSessionState", "TcpConnectTcbFailSessionState", "", "Information", ""], &["ut:TcpipTcb", "ut:TcpipDiagnosis", "ut:Endpoint", "ut:ConnectPath"], &T202),
            e(1037, 0, [0, 4, 0], 1037, 0x400000484, ["TcpConnectTcbFailDontFragment", "TcpConnectTcbFailDontFragment", "", "Information", ""], &["ut:TcpipTcb", "ut:TcpipDiagnosis", "ut:Endpoint", "ut:ConnectPath"], &T202),
            e(1038, 0, [0, 4, 0], 1038, 0x1000000404, ["TcpCloseTcbRequest", "TcpCloseTcbRequest", "", "Information", ""], &["ut:TcpipTcb", "ut:Endpoint", "ut:ClosePath"], &T202),
            e(1039, 0, [0, 4, 0], 1039, 0x1000000484, ["TcpAbortTcbRequest", "TcpAbortTcbRequest", "", "Information", ""], &["ut:TcpipTcb", "ut:TcpipDiagnosis", "ut:Endpoint", "ut:ClosePath"], &T202),
            e(1040, 0, [0, 4, 0], 1040, 0x1000000484, ["TcpAbortTcbComplete", "TcpAbortTcbComplete", "", "Information", ""], &["ut:TcpipTcb", "ut:TcpipDiagnosis", "ut:Endpoint", "ut:ClosePath"], &T202),
            e(1041, 0, [0, 4, 0], 1041, 0x1000000484, ["TcpDisconnectTcbInjectFailed", "TcpDisconnectTcbInjectFailed", "", "Information", ""], &["ut:TcpipTcb", "ut:TcpipDiagnosis", "ut:Endpoint", "ut:ClosePath"], &T206),
            e(1042, 0, [0, 4, 0], 1042, 0x1000000484, ["TcpDisconnectTcbRequest", "TcpDisconnectTcbRequest", "", "Information", ""], &["ut:TcpipTcb", "ut:TcpipDiagnosis", "ut:Endpoint", "ut:ClosePath"], &T207),
            e(1043, 0, [0, 4, 0], 1043, 0x1000000484, ["TcpDisconnectTcbComplete", "TcpDisconnectTcbComplete", "", "Information", ""], &["ut:TcpipTcb", "ut:TcpipDiagnosis", "ut:Endpoint", "ut:ClosePath"], &T202),
            e(1044, 0, [0, 4, 0], 1044, 0x1000000484, ["TcpShutdownTcb", "TcpShutdownTcb", "", "Information", ""], &["ut:TcpipTcb", "ut:TcpipDiagnosis", "ut:Endpoint", "ut:ClosePath"], &T202),
            e(1045, 0, [0, 4, 0], 1045, 0x1000000484, ["TcpConnectTcbTimeout", "TcpConnectTcbTimeout", "", "Information", ""], &["ut:TcpipTcb", "ut:TcpipDiagnosis", "ut:Endpoint", "ut:ClosePath"], &T202),
            e(1046, 0, [0, 4, 0], 1046, 0x1000000484, ["TcpDisconnectTcbRtoTimeout", "TcpDisconnectTcbRtoTimeout", "", "Information", ""], &["ut:TcpipTcb", "ut:TcpipDiagnosis", "ut:Endpoint", "ut:ClosePath"], &T202),
            e(1047, 0, [0, 4, 0], 1047, 0x1000000484, ["TcpDisconnectTcbKeepaliveTimeout", "TcpDisconnectTcbKeepaliveTimeout", "", "Information", ""], &["ut:TcpipTcb", "ut:TcpipDiagnosis", "ut:Endpoint", "ut:ClosePath"], &T202),
            e(1048, 0, [0, 4, 0], 1048, 0x1000000484, ["TcpDisconnectTcbTimeout", "TcpDisconnectTcbTimeout", "", "Information", ""], &["ut:TcpipTcb", "ut:TcpipDiagnosis", "ut:Endpoint", "ut:ClosePath"], &T202),
            e(1049, 0, [0, 4, 0], 1049, 0x400000484, ["TcpConnectTcbEstatsFailed", "TcpConnectTcbEstatsFailed", "", "Information", ""], &["ut:TcpipTcb", "ut:TcpipDiagnosis", "ut:Endpoint", "ut:ConnectPath"], &T202),
            e(1050, 0, [0, 4, 0], 1050, 0x400000484, ["TcpConnectFailedPortAcquire", "TcpConnectFailedPortAcquire", "", "Information", ""], &["ut:TcpipTcb", "ut:TcpipDiagnosis", "ut:Endpoint", "ut:ConnectPath"], &T202),
            e(1051, 0, [0, 4, 0], 1051, 0x404, ["TcpTcbStateChange", "TcpTcbStateChange", "", "Information", ""], &["ut:TcpipTcb", "ut:Endpoint"], &T208),
            e(1052, 0, [0, 4, 0], 1052, 0x409, ["TcpEndpointAcquirePortReservation", "TcpEndpointAcquirePortReservation", "", "Information", ""], &["ut:TcpipEndpoint", "ut:TcpipBind", "ut:Endpoint"], &T209),
            e(1053, 0, [0, 4, 0], 1053, 0x409, ["TcpEndpointFailedPortReservation", "TcpEndpointFailedPortReservation", "", "Information", ""], &["ut:TcpipEndpoint", "ut:TcpipBind", "ut:Endpoint"], &T209),
            e(1054, 0, [0, 4, 0], 1054, 0x8000000080, ["TcpGlobalPortReservation", "TcpGlobalPortReservation", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:Global"], &T209),
            e(1055, 0, [0, 3, 0], 1055, 0x8000000080, ["TcpGlobalSynAttackEntry", "TcpGlobalSynAttackEntry", "", "Warning", ""], &["ut:TcpipDiagnosis", "ut:Global"], &T205),
            e(1056, 0, [0, 3, 0], 1056, 0x8000000080, ["TcpGlobalReassemblyLimitViolation", "TcpGlobalReassemblyLimitViolation", "", "Warning", ""], &["ut:TcpipDiagnosis", "ut:Global"], &T205),
            e(1057, 0, [0, 3, 0], 1057, 0x8000000080, ["TcpGlobalConnectionRateLimitViolation", "TcpGlobalConnectionRateLimitViolation", "", "Warning", ""], &["ut:TcpipDiagnosis", "ut:Global"], &T205),
            e(1058, 0, [0, 3, 0], 1058, 0x18000000080, ["TcpGlobalLandAttackSegmentDrop", "TcpGlobalLandAttackSegmentDrop", "", "Warning", ""], &["ut:TcpipDiagnosis", "ut:Global", "keyword_10000000000"], &T205),
            e(1059, 0, [0, 3, 0], 1059, 0x8000000080, ["TcpGlobalIsbBeginThrottle", "TcpGlobalIsbBeginThrottle", "", "Warning", ""], &["ut:TcpipDiagnosis", "ut:Global"], &T210),
            e(1060, 0, [0, 4, 0], 1060, 0x8000000080, ["TcpGlobalIsbEndThrottle", "TcpGlobalIsbEndThrottle", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:Global"], &T210),
            e(1061, 0, [0, 4, 0], 1061, 0x8000000010, ["TcpGlobalAddInterface", "TcpGlobalAddInterface", "", "Information", ""], &["ut:TcpipInterface", "ut:Global"], &T211),
            e(1062, 0, [0, 4, 0], 1062, 0x8000000010, ["TcpGlobalDeleteInterface", "TcpGlobalDeleteInterface", "", "Information", ""], &["ut:TcpipInterface", "ut:Global"], &T211),
            e(1063, 0, [0, 4, 0], 1063, 0x8000000080, ["TcpGlobalSynAttackExit", "TcpGlobalSynAttackExit", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:Global"], &T205),
            e(1064, 0, [0, 5, 0], 1064, 0x404, ["TcpTcbStartTimer", "TcpTcbStartTimer", "", "Verbose", ""], &["ut:TcpipTcb", "ut:Endpoint"], &T212),
            e(1064, 1, [0, 5, 0], 1064, 0x404, ["TcpTcbStartTimer_V1", "TcpTcbStartTimer", "", "Verbose", ""], &["ut:TcpipTcb", "ut:Endpoint"], &T213),
            e(1065, 0, [0, 5, 0], 1065, 0x404, ["TcpTcbStopTimer", "TcpTcbStopTimer", "", "Verbose", ""], &["ut:TcpipTcb", "ut:Endpoint"], &T214),
            e(1066, 0, [0, 5, 0], 1066, 0x404, ["TcpTcbExpireTimer", "TcpTcbExpireTimer", "", "Verbose", ""], &["ut:TcpipTcb", "ut:Endpoint"], &T214),
            e(1067, 0, [0, 4, 0], 1067, 0x484, ["TcpTcbChangeIsb", "TcpTcbChangeIsb", "", "Information", ""], &["ut:TcpipTcb", "ut:TcpipDiagnosis", "ut:Endpoint"], &T215),
            e(1068, 0, [0, 4, 0], 1068, 0x8000000080, ["TcpRssTableChange", "TcpRssTableChange", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:Global"], &T216),
            e(1069, 0, [0, 5, 0], 1069, 0x100000080, ["TcpDataTransferTimeout", "TcpDataTransferTimeout", "", "Verbose", ""], &["ut:TcpipDiagnosis", "ut:SendPath"], &T217),
            e(1070, 0, [0, 5, 0], 1070, 0x100000000, ["TcpDataTransferRttSample", "TcpDataTransferRttSample", "", "Verbose", ""], &["ut:SendPath"], &T217),
            e(1071, 0, [0, 4, 0], 1071, 0x100000000, ["TcpDataTransferCumAck", "TcpDataTransferCumAck", "", "Information", ""], &["ut:SendPath"], &T217),
            e(1072, 0, [0, 4, 0], 1072, 0x200000000, ["TcpDataTransferDupAck", "TcpDataTransferDupAck", "", "Information", ""], &["ut:ReceivePath"], &T217),
            e(1073, 0, [0, 4, 0], 1073, 0x100000000, ["TcpDataTransferSend", "TcpDataTransferSend", "", "Information", ""], &["ut:SendPath"], &T217),
            e(1074, 0, [0, 4, 0], 1074, 0x200000000, ["TcpDataTransferReceive", "TcpDataTransferReceive", "", "Information", ""], &["ut:ReceivePath"], &T218),
            e(1075, 0, [0, 4, 0], 1075, 0x200000000, ["TcpDataTransferEcn", "TcpDataTransferEcn", "", "Information", ""], &["ut:ReceivePath"], &T219),
            e(1076, 0, [0, 4, 0], 1076, 0x100000080, ["TcpDataTransferSpuriousTimeout", "TcpDataTransferSpuriousTimeout", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:SendPath"], &T217),
            e(1077, 0, [0, 4, 0], 1077, 0x100000080, ["TcpDataTransferRetransmitRound", "TcpDataTransferRetransmitRound", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:SendPath"], &T217),
            e(1078, 0, [0, 4, 0], 1078, 0x200000080, ["TcpLossRecoveryEntry", "TcpLossRecoveryEntry", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:ReceivePath"], &T220),
            e(1079, 0, [0, 4, 0], 1079, 0x200000080, ["TcpLossRecoveryExit", "TcpLossRecoveryExit", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:ReceivePath"], &T220),
            e(1080, 0, [0, 4, 0], 1080, 0x200000080, ["TcpLossRecoverySackEntry", "TcpLossRecoverySackEntry", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:ReceivePath"], &T221),
            e(1081, 0, [0, 4, 0], 1081, 0x200000080, ["TcpLossRecoverySackExit", "TcpLossRecoverySackExit", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:ReceivePath"], &T222),
            e(1082, 0, [0, 4, 0], 1082, 0x200000080, ["TcpSlowStartToCongestionAvoidance", "TcpSlowStartToCongestionAvoidance", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:ReceivePath"], &T217),
            e(1084, 0, [0, 4, 0], 1084, 0x8000000080, ["TcpBlackHoleDetectionEntry", "TcpBlackHoleDetectionEntry", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:Global"], &T223),
            e(1085, 0, [0, 4, 0], 1085, 0x8000000080, ["TcpBlackHoleDetectionExit", "TcpBlackHoleDetectionExit", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:Global"], &T223),
            e(1086, 0, [0, 4, 0], 1086, 0x8000000080, ["TcpBlackHoleDetectionFailed", "TcpBlackHoleDetectionFailed", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:Global"], &T223),
            e(1087, 0, [0, 4, 0], 1087, 0x100000080, ["TcpSpuriousRtoDetectionBegin", "TcpSpuriousRtoDetectionBegin", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:SendPath"], &T217),
            e(1088, 0, [0, 4, 0], 1088, 0x100000080, ["TcpSpuriousRtoDetectionEnd", "TcpSpuriousRtoDetectionEnd", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:SendPath"], &T217),
            e(1089, 0, [0, 4, 0], 1089, 0x400000484, ["TcpConnectTcbFailedActiveConnect", "TcpConnectTcbFailedActiveConnect", "", "Information", ""], &["ut:TcpipTcb", "ut:TcpipDiagnosis", "ut:Endpoint", "ut:ConnectPath"], &T198),
            e(1090, 0, [0, 5, 0], 1090, 0x200000000, ["TcpReleaseIndication", "TcpReleaseIndication", "", "Verbose", ""], &["ut:ReceivePath"], &T224),
            e(1091, 0, [0, 4, 0], 1091, 0x100000000, ["TcpAppSendBufferSize", "TcpAppSendBufferSize", "", "Information", ""], &["ut:SendPath"], &T217),
            e(1092, 0, [0, 5, 0], 1092, 0x200000000, ["TcpAutoTuningBegin", "TcpAutoTuningBegin", "", "Verbose", ""], &["ut:ReceivePath"], &T225),
            e(1093, 0, [0, 5, 0], 1093, 0x200000000, ["TcpAutoTuningEnd", "TcpAutoTuningEnd", "", "Verbose", ""], &["ut:ReceivePath"], &T225),
            e(1094, 0, [0, 4, 0], 1094, 0x200000080, ["TcpAutoTuningFailedRttEstimation", "TcpAutoTuningFailedRttEstimation", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:ReceivePath"], &T225),
            e(1095, 0, [0, 4, 0], 1095, 0x200000080, ["TcpAutoTuningFailedBandwidthEstimation", "TcpAutoTuningFailedBandwidthEstimation", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:ReceivePath"], &T225),
            e(1096, 0, [0, 4, 0], 1096, 0x200000080, ["TcpAutoTuningFailedAllocationFailure", "TcpAutoTuningFailedAllocationFailure", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:ReceivePath"], &T225),
            e(1097, 0, [0, 4, 0], 1097, 0x200000000, ["TcpAutoTuningChangeRcvBufferSize", "TcpAutoTuningChangeRcvBufferSize", "", "Information", ""], &["ut:ReceivePath"], &T225),
            e(1098, 0, [0, 4, 0], 1098, 0x8000000000, ["TcpRttResiliencyDetection", "TcpRttResiliencyDetection", "", "Information", ""], &["ut:Global"], &T217),
            e(1099, 0, [0, 4, 0], 1099, 0x484, ["TcpConnectionOffloadStateChange", "TcpConnectionOffloadStateChange", "", "Information", ""], &["ut:TcpipTcb", "ut:TcpipDiagnosis", "ut:Endpoint"], &T226),
            e(1100, 0, [0, 4, 0], 1100, 0x100000080, ["TcpSwsAvoidanceBegin", "TcpSwsAvoidanceBegin", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:SendPath"], &T227),
            e(1101, 0, [0, 5, 0], 1101, 0x100000080, ["TcpSwsAvoidanceEnd", "TcpSwsAvoidanceEnd", "", "Verbose", ""], &["ut:TcpipDiagnosis", "ut:SendPath"], &T227),
            e(1102, 0, [0, 4, 0], 1102, 0x100000080, ["TcpZeroWindowProbingBegin", "TcpZeroWindowProbingBegin", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:SendPath"], &T220),
            e(1103, 0, [0, 4, 0], 1103, 0x100000080, ["TcpZeroWindowProbingEnd", "TcpZeroWindowProbingEnd", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:SendPath"], &T220),
            e(1104, 0, [0, 4, 0], 1104, 0x4000000404, ["TcpSetTcpOption", "TcpSetTcpOption", "", "Information", ""], &["ut:TcpipTcb", "ut:Endpoint", "ut:Configuration"], &T228),
            e(1105, 0, [0, 4, 0], 1105, 0x4000000404, ["TcpSetTcpSoOption", "TcpSetTcpSoOption", "", "Information", ""], &["ut:TcpipTcb", "ut:Endpoint", "ut:Configuration"], &T229),
            e(1106, 0, [0, 4, 0], 1106, 0x8000002090, ["TcpMediaDisconnect", "TcpMediaDisconnect", "", "Information", ""], &["ut:TcpipInterface", "ut:TcpipDiagnosis", "ut:TcpipCsDiag", "ut:Global"], &T230),
            e(1107, 0, [0, 4, 0], 1107, 0x8000000000, ["TcpModuleStarted", "TcpModuleStarted", "", "Information", ""], &["ut:Global"], &T231),
            e(1108, 0, [0, 4, 0], 1108, 0x8000000000, ["TcpModuleStopped", "TcpModuleStopped", "", "Information", ""], &["ut:Global"], &T231),
            e(1109, 0, [0, 2, 0], 1109, 0x8000000080, ["TcpMemoryFailures", "TcpMemoryFailures", "", "Error", ""], &["ut:TcpipDiagnosis", "ut:Global"], &T232),
            e(1110, 0, [0, 4, 0], 1110, 0xc000000080, ["TcpGlobalParameters", "TcpGlobalParameters", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:Configuration", "ut:Global"], &T233),
            e(1111, 0, [0, 5, 0], 1111, 0x100000000, ["TcpLso", "TcpLso", "", "Verbose", ""], &["ut:SendPath"], &T234),
            e(1112, 0, [0, 4, 0], 1112, 0x4000000004, ["TcpConnectionOffloadStatus", "TcpConnectionOffloadStatus", "", "Information", ""], &["ut:TcpipTcb", "ut:Configuration"], &T235),
            e(1113, 0, [0, 5, 0], 1113, 0xc000000004, ["TcpConnectionOffloadPmax", "TcpConnectionOffloadPmax", "", "Verbose", ""], &["ut:TcpipTcb", "ut:Configuration", "ut:Global"], &T235),
            e(1117, 0, [0, 4, 0], 1117, 0x400000002, ["TcpListenerActivationFailedAf", "TcpListenerActivationFailedAf", "", "Information", ""], &["ut:TcpipListener", "ut:ConnectPath"], &T236),
            e(1118, 0, [0, 4, 0], 1118, 0x400000002, ["TcpListenerActivationFailedCompartment", "TcpListenerActivationFailedCompartment", "", "Information", ""], &["ut:TcpipListener", "ut:ConnectPath"], &T236),
            e(1119, 0, [0, 4, 0], 1119, 0x400000002, ["TcpListenerActivationFailedInspection1", "TcpListenerActivationFailedInspection1", "", "Information", ""], &["ut:TcpipListener", "ut:ConnectPath"], &T236),
            e(1120, 0, [0, 4, 0], 1120, 0x400000002, ["TcpListenerActivationFailedInspection2", "TcpListenerActivationFailedInspection2", "", "Information", ""], &["ut:TcpipListener", "ut:ConnectPath"], &T236),
            e(1121, 0, [0, 4, 0], 1121, 0x400000002, ["TcpListenerBindFailedResolution", "TcpListenerBindFailedResolution", "", "Information", ""], &["ut:TcpipListener", "ut:ConnectPath"], &T236),
            e(1122, 0, [0, 4, 0], 1122, 0x400000002, ["TcpListenerBindFailedPort", "TcpListenerBindFailedPort", "", "Information", ""], &["ut:TcpipListener", "ut:ConnectPath"], &T236),
            e(1123, 0, [0, 4, 0], 1123, 0x400000002, ["TcpListenerActivated", "TcpListenerActivated", "", "Information", ""], &["ut:TcpipListener", "ut:ConnectPath"], &T236),
            e(1124, 0, [0, 4, 0], 1124, 0x400000002, ["TcpListenerUnbound", "TcpListenerUnbound", "", "Information", ""], &["ut:TcpipListener", "ut:ConnectPath"], &T236),
            e(1130, 0, [0, 4, 0], 1130, 0x8000000010, ["FramingIfOperStatus", "FramingIfOperStatus", "", "Information", ""], &["ut:TcpipInterface", "ut:Global"], &T237),
            e(1136, 0, [0, 4, 0], 1136, 0x8000000010, ["FramingNdisPause", "FramingNdisPause", "", "Information", ""], &["ut:TcpipInterface", "ut:Global"], &T230),
            e(1137, 0, [0, 4, 0], 1137, 0x8000000010, ["FramingNdisRestart", "FramingNdisRestart", "", "Information", ""], &["ut:TcpipInterface", "ut:Global"], &T230),
            e(1144, 0, [0, 4, 0], 1144, 0x4000000010, ["IpInterfacePropertyChange", "IpInterfacePropertyChange", "", "Information", ""], &["ut:TcpipInterface", "ut:Configuration"], &T238),
            e(1150, 0, [0, 4, 0], 1150, 0x100000080, ["TcpCtcpDataTransferTimeout", "TcpCtcpDataTransferTimeout", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:SendPath"], &T217),
            e(1151, 0, [0, 4, 0], 1151, 0x100000000, ["TcpCtcpDataTransferCumAck", "TcpCtcpDataTransferCumAck", "", "Information", ""], &["ut:SendPath"], &T217),
            e(1152, 0, [0, 4, 0], 1152, 0x200000000, ["TcpCtcpDataTransferDupAck", "TcpCtcpDataTransferDupAck", "", "Information", ""], &["ut:ReceivePath"], &T217),
            e(1153, 0, [0, 5, 0], 1153, 0x100000000, ["TcpCtcpDataTransferSend", "TcpCtcpDataTransferSend", "", "Verbose", ""], &["ut:SendPath"], &T217),
            e(1154, 0, [0, 4, 0], 1154, 0x200000000, ["TcpCtcpDataTransferEcn", "TcpCtcpDataTransferEcn", "", "Information", ""], &["ut:ReceivePath"], &T219),
            e(1155, 0, [0, 5, 0], 1155, 0x100000080, ["TcpCtcpDataTransferSpuriousTimeout", "TcpCtcpDataTransferSpuriousTimeout", "", "Verbose", ""], &["ut:TcpipDiagnosis", "ut:SendPath"], &T217),
            e(1156, 0, [0, 4, 0], 1156, 0x200000000, ["TcpReceiveRequest", "TcpReceiveRequest", "", "Information", ""], &["ut:ReceivePath"], &T206),
            e(1157, 0, [0, 4, 0], 1157, 0x200000000, ["TcpDeliveryIndicated", "TcpDeliveryIndicated", "", "Information", ""], &["ut:ReceivePath"], &T206),
            e(1158, 0, [0, 4, 0], 1158, 0x200000000, ["TcpDeliverySatisfied", "TcpDeliverySatisfied", "", "Information", ""], &["ut:ReceivePath"], &T206),
            e(1159, 0, [0, 4, 0], 1159, 0x100000000, ["TcpSendPosted", "TcpSendPosted", "", "Information", ""], &["ut:SendPath"], &T239),
            e(1160, 0, [0, 5, 0], 1160, 0x100000000, ["TcpSendTransmitted", "TcpSendTransmitted", "", "Verbose", ""], &["ut:SendPath"], &T239),
            e(1161, 0, [0, 5, 0], 1161, 0x100000000, ["TcpSendAdvance", "TcpSendAdvance", "", "Verbose", ""], &["ut:SendPath"], &T239),
            e(1162, 0, [0, 5, 0], 1162, 0x100000040, ["TcpCTcpDelayWndwInactive", "TcpCTcpDelayWndwInactive", "", "Verbose", ""], &["ut:TcpipCtcp", "ut:SendPath"], &T198),
            e(1163, 0, [0, 5, 0], 1163, 0x100000040, ["TcpCTcpAssignedBlocks", "TcpCTcpAssignedBlocks", "", "Verbose", ""], &["ut:TcpipCtcp", "ut:SendPath"], &T240),
            e(1164, 0, [0, 5, 0], 1164, 0x100000040, ["TcpCTcpCongestionWndw", "TcpCTcpCongestionWndw", "", "Verbose", ""], &["ut:TcpipCtcp", "ut:SendPath"], &T241),
            e(1165, 0, [0, 5, 0], 1165, 0x100000040, ["TcpCTcpGamma", "TcpCTcpGamma", "", "Verbose", ""], &["ut:TcpipCtcp", "ut:SendPath"], &T242),
            e(1166, 0, [0, 5, 0], 1166, 0x100000000, ["TcpSrttMeasurementStarted", "TcpSrttMeasurementStarted", "", "Verbose", ""], &["ut:SendPath"], &T243),
            e(1167, 0, [0, 4, 0], 1167, 0x100000000, ["TcpSrttMeasurementComplete", "TcpSrttMeasurementComplete", "", "Information", ""], &["ut:SendPath"], &T243),
            e(1168, 0, [0, 5, 0], 1168, 0x100000000, ["TcpSrttMeasurementCancelled", "TcpSrttMeasurementCancelled", "", "Verbose", ""], &["ut:SendPath"], &T243),
            e(1169, 0, [0, 4, 0], 1169, 0x100000000, ["UdpEndpointSendMessages", "UdpEndpointSendMessages", "", "Information", ""], &["ut:SendPath"], &T244),
            e(1170, 0, [0, 4, 0], 1170, 0x200000000, ["UdpEndpointReceiveMessages", "UdpEndpointReceiveMessages", "", "Information", ""], &["ut:ReceivePath"], &T244),
            e(1171, 0, [0, 5, 0], 1171, 0x200000000, ["TcpDeliveryFlush", "TcpDeliveryFlush", "", "Verbose", ""], &["ut:ReceivePath"], &T206),
            e(1172, 0, [0, 3, 0], 1172, 0x200000000, ["TcpTcbInjectRcvFailure", "TcpTcbInjectRcvFailure", "", "Warning", ""], &["ut:ReceivePath"], &T206),
            e(1173, 0, [0, 5, 0], 1173, 0x200000000, ["TcpDeliveryInjectingData", "TcpDeliveryInjectingData", "", "Verbose", ""], &["ut:ReceivePath"], &T206),
            e(1174, 0, [0, 3, 0], 1174, 0x200000000, ["TcpTcbInjectFinFailure", "TcpTcbInjectFinFailure", "", "Warning", ""], &["ut:ReceivePath"], &T206),
            e(1175, 0, [0, 5, 0], 1175, 0x200000000, ["TcpDeliveryAccept", "TcpDeliveryAccept", "", "Verbose", ""], &["ut:ReceivePath"], &T206),
            e(1176, 0, [0, 4, 0], 1176, 0x200000000, ["TcpDeliveryFin", "TcpDeliveryFin", "", "Information", ""], &["ut:ReceivePath"], &T206),
            e(1178, 0, [0, 5, 0], 1178, 0x200000000, ["TcpDeliveryPush", "TcpDeliveryPush", "", "Verbose", ""], &["ut:ReceivePath"], &T206),
            e(1180, 0, [0, 5, 0], 1180, 0x200000000, ["TcpTcbInjectFinComplete", "TcpTcbInjectFinComplete", "", "Verbose", ""], &["ut:ReceivePath"], &T206),
            e(1181, 0, [0, 5, 0], 1181, 0x200000000, ["TcpDeliveryCompleting", "TcpDeliveryCompleting", "", "Verbose", ""], &["ut:ReceivePath"], &T206),
            e(1182, 0, [0, 4, 0], 1182, 0x400000080, ["TcpInitiateSynRstValidation", "TcpInitiateSynRstValidation", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:ConnectPath"], &T197),
            e(1183, 0, [0, 4, 0], 1183, 0x600000080, ["TcpConnectTcbFailedRcvdRst", "TcpConnectTcbFailedRcvdRst", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:ReceivePath", "ut:ConnectPath"], &T197),
            e(1184, 0, [0, 4, 0], 1184, 0x600000080, ["TcpConnectionTerminatedRcvdRst", "TcpConnectionTerminatedRcvdRst", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:ReceivePath", "ut:ConnectPath"], &T197),
            e(1185, 0, [0, 4, 0], 1185, 0x600000080, ["TcpConnectionTerminatedRcvdSyn", "TcpConnectionTerminatedRcvdSyn", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:ReceivePath", "ut:ConnectPath"], &T197),
            e(1186, 0, [0, 4, 0], 1186, 0x500000080, ["TcpConnectRestransmit", "TcpConnectRestransmit", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:SendPath", "ut:ConnectPath"], &T197),
            e(1187, 0, [0, 4, 0], 1187, 0x500000080, ["TcpDataTransferRestransmit", "TcpDataTransferRestransmit", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:SendPath", "ut:ConnectPath"], &T197),
            e(1188, 0, [0, 4, 0], 1188, 0x500000080, ["TcpConnectionKeepAlive", "TcpConnectionKeepAlive", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:SendPath", "ut:ConnectPath"], &T220),
            e(1189, 0, [0, 5, 0], 1189, 0x200000000, ["TcpDeliveryStateChange", "TcpDeliveryStateChange", "", "Verbose", ""], &["ut:ReceivePath"], &T245),
            e(1190, 0, [0, 4, 0], 1190, 0x10200000080, ["TcpDeliveryDataDropped", "TcpDeliveryDataDropped", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:ReceivePath", "keyword_10000000000"], &T206),
            e(1191, 0, [0, 4, 0], 1191, 0x400000000, ["TcpAcquirePort", "TcpAcquirePort", "", "Information", ""], &["ut:ConnectPath"], &T246),
            e(1192, 0, [0, 4, 0], 1192, 0x400000000, ["TcpAcquireWeakRefPort", "TcpAcquireWeakRefPort", "", "Information", ""], &["ut:ConnectPath"], &T246),
            e(1193, 0, [0, 4, 0], 1193, 0x400000000, ["TcpReleasePort", "TcpReleasePort", "", "Information", ""], &["ut:ConnectPath"], &T246),
            e(1194, 0, [0, 4, 0], 1194, 0x400000000, ["TcpReplacePort", "TcpReplacePort", "", "Information", ""], &["ut:ConnectPath"], &T246),
            e(1195, 0, [0, 4, 0], 1195, 0x400000080, ["TcpAssignedWeakReferencePort", "TcpAssignedWeakReferencePort", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:ConnectPath"], &T246),
            e(1196, 0, [0, 4, 0], 1196, 0x100000000, ["TcpBhDetectFullSizeAck", "TcpBhDetectFullSizeAck", "", "Information", ""], &["ut:SendPath"], &T222),
            e(1197, 0, [0, 4, 0], 1197, 0x100000000, ["TcpFlushSack", "TcpFlushSack", "", "Information", ""], &["ut:SendPath"], &T222),
            e(1198, 0, [0, 5, 0], 1198, 0x200000000, ["TcpReassemblyEntry", "TcpReassemblyEntry", "", "Verbose", ""], &["ut:ReceivePath"], &T220),
            e(1199, 0, [0, 5, 0], 1199, 0x200000000, ["TcpReassemblyExit", "TcpReassemblyExit", "", "Verbose", ""], &["ut:ReceivePath"], &T220),
            e(1200, 0, [0, 4, 0], 1200, 0x1000000484, ["TcpDisconnectTcbZeroWindowTimeout", "TcpDisconnectTcbZeroWindowTimeout", "", "Information", ""], &["ut:TcpipTcb", "ut:TcpipDiagnosis", "ut:Endpoint", "ut:ClosePath"], &T202),
            e(1201, 0, [0, 4, 0], 1201, 0x1000000484, ["TcpDisconnectTcbFinWait2Timeout", "TcpDisconnectTcbFinWait2Timeout", "", "Information", ""], &["ut:TcpipTcb", "ut:TcpipDiagnosis", "ut:Endpoint", "ut:ClosePath"], &T202),
            e(1204, 0, [0, 4, 0], 1204, 0x200000080, ["TcpReassemblyFlush", "TcpReassemblyFlush", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:ReceivePath"], &T222),
            e(1207, 0, [0, 2, 0], 1207, 0x8000000080, ["TcpWsdInitializationErrors", "TcpWsdInitializationErrors", "", "Error", ""], &["ut:TcpipDiagnosis", "ut:Global"], &T247),
            e(1208, 0, [0, 4, 0], 1208, 0x8000000080, ["TcpWsdInitializationInformation", "TcpWsdInitializationInformation", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:Global"], &T248),
            e(1209, 0, [0, 4, 0], 1209, 0x8000000080, ["TcpWsdWsRestrictedProfile", "TcpWsdWsRestrictedProfile", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:Global"], &T249),
            e(1210, 0, [0, 4, 0], 1210, 0x8000000080, ["TcpWsdWsRestrictedDestination", "TcpWsdWsRestrictedDestination", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:Global"], &T249),
            e(1211, 0, [0, 4, 0], 1211, 0x8000000080, ["TcpWsdCacheEntryStateChange", "TcpWsdCacheEntryStateChange", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:Global"], &T250),
            e(1212, 0, [0, 4, 0], 1212, 0x8000000080, ["TcpWsdProfileStateChange", "TcpWsdProfileStateChange", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:Global"], &T251),
            e(1213, 0, [0, 4, 0], 1213, 0x8000000080, ["TcpWsdStateChange", "TcpWsdStateChange", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:Global"], &T252),
            e(1214, 0, [0, 5, 0], 1214, 0x18200000080, ["TcpipTransportPacketDrops", "TcpipTransportPacketDrops", "", "Verbose", ""], &["ut:TcpipDiagnosis", "ut:ReceivePath", "ut:Global", "keyword_10000000000"], &T253),
            e(1216, 0, [0, 5, 0], 1216, 0x8000000000, ["TcpMppNppEvaluation", "TcpMppNppEvaluation", "", "Verbose", ""], &["ut:Global"], &T254),
            e(1217, 0, [0, 4, 0], 1217, 0x8000000000, ["TcpMppStartEpisode", "TcpMppStartEpisode", "", "Information", ""], &["ut:Global"], &T255),
            e(1218, 0, [0, 4, 0], 1218, 0x8000000000, ["TcpMppStopEpisode", "TcpMppStopEpisode", "", "Information", ""], &["ut:Global"], &T256),
            e(1219, 0, [0, 4, 0], 1219, 0x8000000000, ["TcpMppStartEpoch", "TcpMppStartEpoch", "", "Information", ""], &["ut:Global"], &T257),
            e(1220, 0, [0, 4, 0], 1220, 0x8000000000, ["TcpMppStopEpoch", "TcpMppStopEpoch", "", "Information", ""], &["ut:Global"], &T258),
            e(1221, 0, [0, 4, 0], 1221, 0x100000000, ["TcpCwndRestart", "TcpCwndRestart", "", "Information", ""], &["ut:SendPath"], &T259),
            e(1222, 0, [0, 4, 0], 1222, 0x100000000, ["TcpInitialCwndAdjusted", "TcpInitialCwndAdjusted", "", "Information", ""], &["ut:SendPath"], &T259),
            e(1223, 0, [0, 4, 0], 1223, 0x8000000000, ["TcpTemplateParameters", "TcpTemplateParameters", "", "Information", ""], &["ut:Global"], &T260),
            e(1224, 0, [0, 5, 0], 1224, 0x8000000000, ["TcpTemplateChanged", "TcpTemplateChanged", "", "Verbose", ""], &["ut:Global"], &T261),
            e(1225, 0, [0, 4, 0], 1225, 0x200000000, ["TcpDataTransferEcnAlpha", "TcpDataTransferEcnAlpha", "", "Information", ""], &["ut:ReceivePath"], &T262),
            e(1226, 0, [0, 4, 0], 1226, 0x8000000010, ["TcpInterfaceRscStateChange", "TcpInterfaceRscStateChange", "", "Information", ""], &["ut:TcpipInterface", "ut:Global"], &T263),
            e(1227, 0, [0, 5, 0], 1227, 0x200000000, ["TcpRscNblOobInfo", "TcpRscNblOobInfo", "", "Verbose", ""], &["ut:ReceivePath"], &T264),
            e(1228, 0, [0, 4, 0], 1228, 0x400000080, ["TcpLoopbackFastPathFailReason", "TcpLoopbackFastPathFailReason", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:ConnectPath"], &T265),
            e(1229, 0, [0, 4, 0], 1221, 0x100000000, ["TcpCwndRestart1229", "TcpCwndRestart", "", "Information", ""], &["ut:SendPath"], &T259),
            e(1230, 0, [0, 4, 0], 1230, 0x8000000890, ["RssBindingChange", "RssBindingChange", "", "Information", ""], &["ut:TcpipInterface", "ut:TcpipDiagnosis", "ut:Rss", "ut:Global"], &T266),
            e(1231, 0, [0, 4, 0], 1231, 0x8000000890, ["RssPortChange", "RssPortChange", "", "Information", ""], &["ut:TcpipInterface", "ut:TcpipDiagnosis", "ut:Rss", "ut:Global"], &T267),
            e(1232, 0, [0, 5, 0], 1232, 0x8000000890, ["RssPortReference", "RssPortReference", "", "Verbose", ""], &["ut:TcpipInterface", "ut:TcpipDiagnosis", "ut:Rss", "ut:Global"], &T268),
            e(1233, 0, [0, 4, 0], 1233, 0x8000000880, ["RssPortCapabilities", "RssPortCapabilities", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:Rss", "ut:Global"], &T269),
            e(1234, 0, [0, 4, 0], 1234, 0x8000000880, ["RssPortProcessors", "RssPortProcessors", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:Rss", "ut:Global"], &T270),
            e(1235, 0, [0, 4, 0], 1235, 0x8000000880, ["RssProcessorAssignment", "RssProcessorAssignment", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:Rss", "ut:Global"], &T271),
            e(1236, 0, [0, 4, 0], 1236, 0x8000000880, ["RssProcessorUnassignment", "RssProcessorUnassignment", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:Rss", "ut:Global"], &T272),
            e(1237, 0, [0, 4, 0], 1237, 0x8000000880, ["RssIndirectionChange", "RssIndirectionChange", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:Rss", "ut:Global"], &T273),
            e(1238, 0, [0, 4, 0], 1238, 0x8000000880, ["RssProcessorConsolidation", "RssProcessorConsolidation", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:Rss", "ut:Global"], &T274),
            e(1239, 0, [0, 4, 0], 1239, 0x8000000880, ["RssConfigurationChange", "RssConfigurationChange", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:Rss", "ut:Global"], &T275),
            e(1240, 0, [0, 5, 0], 1240, 0x8000000890, ["RssFailure", "RssFailure", "", "Verbose", ""], &["ut:TcpipInterface", "ut:TcpipDiagnosis", "ut:Rss", "ut:Global"], &T276),
            e(1241, 0, [0, 5, 0], 1241, 0x8000000890, ["RssBindingBindComplete", "RssBindingBindComplete", "", "Verbose", ""], &["ut:TcpipInterface", "ut:TcpipDiagnosis", "ut:Rss", "ut:Global"], &T277),
            e(1242, 0, [0, 4, 0], 1242, 0x8000000890, ["RssPortBindComplete", "RssPortBindComplete", "", "Information", ""], &["ut:TcpipInterface", "ut:TcpipDiagnosis", "ut:Rss", "ut:Global"], &T278),
            e(1243, 0, [0, 4, 0], 1243, 0x8000000890, ["RssPortNotSupported", "RssPortNotSupported", "", "Information", ""], &["ut:TcpipInterface", "ut:TcpipDiagnosis", "ut:Rss", "ut:Global"], &T278),
            e(1244, 0, [0, 4, 0], 1244, 0x8000000880, ["RssInitializeIndirectionTable", "RssInitializeIndirectionTable", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:Rss", "ut:Global"], &T279),
            e(1245, 0, [0, 4, 0], 1245, 0x8000000890, ["RssBindingRundown", "RssBindingRundown", "", "Information", ""], &["ut:TcpipInterface", "ut:TcpipDiagnosis", "ut:Rss", "ut:Global"], &T280),
            e(1246, 0, [0, 4, 0], 1246, 0x8000000890, ["RssPortRundown", "RssPortRundown", "", "Information", ""], &["ut:TcpipInterface", "ut:TcpipDiagnosis", "ut:Rss", "ut:Global"], &T281),
            e(1247, 0, [0, 4, 0], 1247, 0x8000000890, ["RssBindingCapability", "RssBindingCapability", "", "Information", ""], &["ut:TcpipInterface", "ut:TcpipDiagnosis", "ut:Rss", "ut:Global"], &T282),
            e(1248, 0, [0, 4, 0], 1248, 0x1000, ["Ndkpi_Create_Cq", "Ndkpi_Create_Cq", "", "Information", ""], &["ut:TcpipNdkpi"], &T283),
            e(1249, 0, [0, 4, 0], 1249, 0x1000, ["Ndkpi_Create_Completion", "Ndkpi_Create_Completion", "", "Information", ""], &["ut:TcpipNdkpi"], &T284),
            e(1250, 0, [0, 4, 0], 1250, 0x1000, ["Ndkpi_Close_Obj", "Ndkpi_Close_Obj", "", "Information", ""], &["ut:TcpipNdkpi"], &T285),
            e(1251, 0, [0, 4, 0], 1251, 0x1000, ["Ndkpi_Close_Completion", "Ndkpi_Close_Completion", "", "Information", ""], &["ut:TcpipNdkpi"], &T286),
            e(1252, 0, [0, 4, 0], 1252, 0x1000, ["Ndkpi_Resize_Cq", "Ndkpi_Resize_Cq", "", "Information", ""], &["ut:TcpipNdkpi"], &T287),
            e(1253, 0, [0, 4, 0], 1253, 0x1000, ["Ndkpi_Request_Completion", "Ndkpi_Request_Completion", "", "Information", ""], &["ut:TcpipNdkpi"], &T288),
            e(1254, 0, [0, 4, 0], 1254, 0x1000, ["Ndkpi_Arm_Cq", "Ndkpi_Arm_Cq", "", "Information", ""], &["ut:TcpipNdkpi"], &T289),
            e(1255, 0, [0, 4, 0], 1255, 0x1000, ["Ndkpi_Cq_Result", "Ndkpi_Cq_Result", "", "Information", ""], &["ut:TcpipNdkpi"], &T290),
            e(1256, 0, [0, 4, 0], 1256, 0x1000, ["Ndkpi_Create_Mr", "Ndkpi_Create_Mr", "", "Information", ""], &["ut:TcpipNdkpi"], &T291),
            e(1257, 0, [0, 4, 0], 1257, 0x1000, ["Ndkpi_Flush", "Ndkpi_Flush", "", "Information", ""], &["ut:TcpipNdkpi"], &T292),
            e(1258, 0, [0, 4, 0], 1258, 0x1000, ["Ndkpi_Send", "Ndkpi_Send", "", "Information", ""], &["ut:TcpipNdkpi"], &T293),
            e(1259, 0, [0, 4, 0], 1259, 0x1000, ["Ndkpi_Receive", "Ndkpi_Receive", "", "Information", ""], &["ut:TcpipNdkpi"], &T293),
            e(1260, 0, [0, 4, 0], 1260, 0x1000, ["Ndkpi_Register_Mr", "Ndkpi_Register_Mr", "", "Information", ""], &["ut:TcpipNdkpi"], &T294),
            e(1261, 0, [0, 4, 0], 1261, 0x1000, ["Ndkpi_Deregister_Mr", "Ndkpi_Deregister_Mr", "", "Information", ""], &["ut:TcpipNdkpi"], &T295),
            e(1262, 0, [0, 4, 0], 1262, 0x1000, ["Ndkpi_Initialize_Fast_Register_Mr", "Ndkpi_Initialize_Fast_Register_Mr", "", "Information", ""], &["ut:TcpipNdkpi"], &T296),
            e(1263, 0, [0, 4, 0], 1263, 0x1000, ["Ndkpi_Modify_Srq", "Ndkpi_Modify_Srq", "", "Information", ""], &["ut:TcpipNdkpi"], &T297),
            e(1264, 0, [0, 4, 0], 1264, 0x1000, ["Ndkpi_Connect", "Ndkpi_Connect", "", "Information", ""], &["ut:TcpipNdkpi"], &T298),
            e(1265, 0, [0, 4, 0], 1265, 0x1000, ["Ndkpi_Connect_Shared_Endpoint", "Ndkpi_Connect_Shared_Endpoint", "", "Information", ""], &["ut:TcpipNdkpi"], &T298),
            e(1266, 0, [0, 4, 0], 1266, 0x1000, ["Ndkpi_Complete_Connect", "Ndkpi_Complete_Connect", "", "Information", ""], &["ut:TcpipNdkpi"], &T299),
            e(1267, 0, [0, 4, 0], 1267, 0x1000, ["Ndkpi_Accept", "Ndkpi_Accept", "", "Information", ""], &["ut:TcpipNdkpi"], &T300),
            e(1268, 0, [0, 4, 0], 1268, 0x1000, ["Ndkpi_Disconnect", "Ndkpi_Disconnect", "", "Information", ""], &["ut:TcpipNdkpi"], &T295),
            e(1269, 0, [0, 4, 0], 1269, 0x1000, ["Ndkpi_Listen", "Ndkpi_Listen", "", "Information", ""], &["ut:TcpipNdkpi"], &T301),
            e(1270, 0, [0, 4, 0], 1270, 0x1000, ["Ndkpi_Create_Mw", "Ndkpi_Create_Mw", "", "Information", ""], &["ut:TcpipNdkpi"], &T295),
            e(1271, 0, [0, 4, 0], 1271, 0x1000, ["Ndkpi_Create_Srq", "Ndkpi_Create_Srq", "", "Information", ""], &["ut:TcpipNdkpi"], &T302),
            e(1272, 0, [0, 4, 0], 1272, 0x1000, ["Ndkpi_Create_Qp", "Ndkpi_Create_Qp", "", "Information", ""], &["ut:TcpipNdkpi"], &T303),
            e(1273, 0, [0, 4, 0], 1273, 0x1000, ["Ndkpi_Create_Qp_Srq", "Ndkpi_Create_Qp_Srq", "", "Information", ""], &["ut:TcpipNdkpi"], &T303),
            e(1274, 0, [0, 4, 0], 1274, 0x1000, ["Ndkpi_Create_Pd", "Ndkpi_Create_Pd", "", "Information", ""], &["ut:TcpipNdkpi"], &T295),
            e(1275, 0, [0, 4, 0], 1275, 0x1000, ["Ndkpi_Create_Shared_Endpoint", "Ndkpi_Create_Shared_Endpoint", "", "Information", ""], &["ut:TcpipNdkpi"], &T301),
            e(1276, 0, [0, 4, 0], 1276, 0x1000, ["Ndkpi_Create_Connector", "Ndkpi_Create_Connector", "", "Information", ""], &["ut:TcpipNdkpi"], &T295),
            e(1277, 0, [0, 4, 0], 1277, 0x1000, ["Ndkpi_Create_Listener", "Ndkpi_Create_Listener", "", "Information", ""], &["ut:TcpipNdkpi"], &T304),
            e(1278, 0, [0, 4, 0], 1278, 0x1000, ["Ndkpi_Build_Lam", "Ndkpi_Build_Lam", "", "Information", ""], &["ut:TcpipNdkpi"], &T305),
            e(1279, 0, [0, 4, 0], 1279, 0x1000, ["Ndkpi_Release_Lam", "Ndkpi_Release_Lam", "", "Information", ""], &["ut:TcpipNdkpi"], &T306),
            e(1280, 0, [0, 4, 0], 1280, 0x1000, ["Ndkpi_Cq_Notification_Callback", "Ndkpi_Cq_Notification_Callback", "", "Information", ""], &["ut:TcpipNdkpi"], &T307),
            e(1281, 0, [0, 4, 0], 1281, 0x1000, ["Ndkpi_Srq_Notification_Callback", "Ndkpi_Srq_Notification_Callback", "", "Information", ""], &["ut:TcpipNdkpi"], &T308),
            e(1282, 0, [0, 4, 0], 1282, 0x1000, ["Ndkpi_Disconnect_Event_Callback", "Ndkpi_Disconnect_Event_Callback", "", "Information", ""], &["ut:TcpipNdkpi"], &T309),
            e(1283, 0, [0, 4, 0], 1283, 0x1000, ["Ndkpi_Connect_Event_Callback", "Ndkpi_Connect_Event_Callback", "", "Information", ""], &["ut:TcpipNdkpi"], &T310),
            e(1284, 0, [0, 4, 0], 1284, 0x1000, ["Ndkpi_Get_Token", "Ndkpi_Get_Token", "", "Information", ""], &["ut:TcpipNdkpi"], &T311),
            e(1285, 0, [0, 4, 0], 1285, 0x1000, ["Ndkpi_Get_Sockaddr", "Ndkpi_Get_Sockaddr", "", "Information", ""], &["ut:TcpipNdkpi"], &T312),
            e(1286, 0, [0, 2, 0], 1286, 0x1000, ["Ndkpi_Get_Sockaddr_Failure", "Ndkpi_Get_Sockaddr_Failure", "", "Error", ""], &["ut:TcpipNdkpi"], &T313),
            e(1287, 0, [0, 4, 0], 1287, 0x1000, ["Ndkpi_Reject", "Ndkpi_Reject", "", "Information", ""], &["ut:TcpipNdkpi"], &T314),
            e(1288, 0, [0, 4, 0], 1288, 0x1000, ["Ndkpi_Get_Connect_Data", "Ndkpi_Get_Connect_Data", "", "Information", ""], &["ut:TcpipNdkpi"], &T315),
            e(1289, 0, [0, 2, 0], 1289, 0x1000, ["Ndkpi_Work_Request_Inline_Failure", "Ndkpi_Work_Request_Inline_Failure", "", "Error", ""], &["ut:TcpipNdkpi"], &T316),
            e(1290, 0, [0, 4, 0], 1290, 0x1000, ["Ndkpi_Bind", "Ndkpi_Bind", "", "Information", ""], &["ut:TcpipNdkpi"], &T317),
            e(1291, 0, [0, 4, 0], 1291, 0x1000, ["Ndkpi_Fast_Register", "Ndkpi_Fast_Register", "", "Information", ""], &["ut:TcpipNdkpi"], &T318),
            e(1292, 0, [0, 4, 0], 1292, 0x1000, ["Ndkpi_Invalidate", "Ndkpi_Invalidate", "", "Information", ""], &["ut:TcpipNdkpi"], &T319),
            e(1293, 0, [0, 4, 0], 1293, 0x1000, ["Ndkpi_Read", "Ndkpi_Read", "", "Information", ""], &["ut:TcpipNdkpi"], &T320),
            e(1294, 0, [0, 4, 0], 1294, 0x1000, ["Ndkpi_Write", "Ndkpi_Write", "", "Information", ""], &["ut:TcpipNdkpi"], &T320),
            e(1295, 0, [0, 4, 0], 1295, 0x1000, ["Ndkpi_SrqReceive", "Ndkpi_SrqReceive", "", "Information", ""], &["ut:TcpipNdkpi"], &T321),
            e(1296, 0, [0, 2, 0], 1296, 0x1000, ["Ndkpi_Srq_Work_Request_Inline_Failure", "Ndkpi_Srq_Work_Request_Inline_Failure", "", "Error", ""], &["ut:TcpipNdkpi"], &T322),
            e(1297, 0, [0, 4, 0], 1297, 0x1000, ["Ndkpi_Open_Adapter", "Ndkpi_Open_Adapter", "", "Information", ""], &["ut:TcpipNdkpi"], &T323),
            e(1298, 0, [0, 4, 0], 1298, 0x1000, ["Ndkpi_Close_Adapter_Enter", "Ndkpi_Close_Adapter_Enter", "", "Information", ""], &["ut:TcpipNdkpi"], &T324),
            e(1299, 0, [0, 4, 0], 1299, 0x1000, ["Ndkpi_Close_Adapter_Exit", "Ndkpi_Close_Adapter_Exit", "", "Information", ""], &["ut:TcpipNdkpi"], &T324),
            e(1300, 0, [0, 4, 0], 1300, 0x400000484, ["TcpConnectionRundown", "TcpConnectionRundown", "", "Information", ""], &["ut:TcpipTcb", "ut:TcpipDiagnosis", "ut:Endpoint", "ut:ConnectPath"], &T325),
            e(1301, 0, [0, 4, 0], 1301, 0x1000, ["Ndkpi_Interface_Event", "Ndkpi_Interface_Event", "", "Information", ""], &["ut:TcpipNdkpi"], &T326),
            e(1302, 0, [0, 4, 0], 1302, 0x8000002000, ["TcpipWakePacketIndicated", "TcpipWakePacketIndicated", "", "Information", ""], &["ut:TcpipCsDiag", "ut:Global"], &T327),
            e(1303, 0, [0, 4, 0], 1302, 0x8000002000, ["TcpipWakePacketIndicated1303", "TcpipWakePacketIndicated", "", "Information", ""], &["ut:TcpipCsDiag", "ut:Global"], &T328),
            e(1304, 0, [0, 4, 0], 1304, 0x8000000000, ["TcpipSilentMode", "TcpipSilentMode", "", "Information", ""], &["ut:Global"], &T329),
            e(1305, 0, [0, 4, 0], 1305, 0x8400002000, ["TcpCreateNotificationChannelRequest", "TcpCreateNotificationChannelRequest", "", "Information", ""], &["ut:TcpipCsDiag", "ut:ConnectPath", "ut:Global"], &T330),
            e(1306, 0, [0, 4, 0], 1306, 0x8400002000, ["TcpQueryNotificationChannelStatusRequest", "TcpQueryNotificationChannelStatusRequest", "", "Information", ""], &["ut:TcpipCsDiag", "ut:ConnectPath", "ut:Global"], &T331),
            e(1307, 0, [0, 4, 0], 1307, 0x8400002000, ["TcpCreateNotificationChannelRequestProcessed", "TcpCreateNotificationChannelRequestProcessed", "", "Information", ""], &["ut:TcpipCsDiag", "ut:ConnectPath", "ut:Global"], &T332),
            e(1308, 0, [0, 5, 0], 1308, 0x8400000000, ["TcpSignalNotificationChannelEvent", "TcpSignalNotificationChannelEvent", "", "Verbose", ""], &["ut:ConnectPath", "ut:Global"], &T333),
            e(1309, 0, [0, 4, 0], 1309, 0x8400002000, ["TcpDetachNotificationChannel", "TcpDetachNotificationChannel", "", "Information", ""], &["ut:TcpipCsDiag", "ut:ConnectPath", "ut:Global"], &T330),
            e(1310, 0, [0, 4, 0], 1310, 0x8400000000, ["TcpUnlinkNotificationChannel", "TcpUnlinkNotificationChannel", "", "Information", ""], &["ut:ConnectPath", "ut:Global"], &T330),
            e(1311, 0, [0, 4, 0], 1311, 0x8000000010, ["TcpPlumbWakePattern", "TcpPlumbWakePattern", "", "Information", ""], &["ut:TcpipInterface", "ut:Global"], &T334),
            e(1312, 0, [0, 4, 0], 1312, 0x8000000010, ["TcpDeplumbWakePattern", "TcpDeplumbWakePattern", "", "Information", ""], &["ut:TcpipInterface", "ut:Global"], &T334),
            e(1314, 0, [0, 4, 0], 1314, 0x1000, ["Ndkpi_Control_Cq_Im", "Ndkpi_Control_Cq_Im", "", "Information", ""], &["ut:TcpipNdkpi"], &T335),
            e(1317, 0, [0, 4, 0], 0, 0x8000000000, ["task_01317", "task_0", "", "Information", ""], &["ut:Global"], &T336),
            e(1318, 0, [0, 4, 0], 0, 0x8000000000, ["task_01318", "task_0", "", "Information", ""], &["ut:Global"], &T337),
            e(1319, 0, [0, 5, 0], 0, 0x8000000000, ["task_01319", "task_0", "", "Verbose", ""], &["ut:Global"], &T338),
            e(1320, 0, [0, 5, 0], 0, 0x8000000000, ["task_01320", "task_0", "", "Verbose", ""], &["ut:Global"], &T339),
            e(1321, 0, [0, 4, 0], 1321, 0x8000002090, ["TcpipMediaConnect", "TcpipMediaConnect", "", "Information", ""], &["ut:TcpipInterface", "ut:TcpipDiagnosis", "ut:TcpipCsDiag", "ut:Global"], &T230),
            e(1322, 0, [0, 4, 0], 1323, 0x8000002090, ["TcpipLimitedLinkConnectivity", "TcpipLimitedLinkConnectivity", "", "Information", ""], &["ut:TcpipInterface", "ut:TcpipDiagnosis", "ut:TcpipCsDiag", "ut:Global"], &T230),
            e(1323, 0, [0, 4, 0], 1323, 0x8000002090, ["TcpipLimitedLinkConnectivity1323", "TcpipLimitedLinkConnectivity", "", "Information", ""], &["ut:TcpipInterface", "ut:TcpipDiagnosis", "ut:TcpipCsDiag", "ut:Global"], &T230),
            e(1324, 0, [0, 4, 0], 1324, 0x30, ["IpNeighborState", "IpNeighborState", "", "Information", ""], &["ut:TcpipInterface", "ut:TcpipRoute"], &T340),
            e(1325, 0, [0, 5, 0], 1325, 0x30, ["IpNeighborDiscovery", "IpNeighborDiscovery", "", "Verbose", ""], &["ut:TcpipInterface", "ut:TcpipRoute"], &T341),
            e(1326, 0, [0, 5, 0], 1326, 0x20, ["IpSourceAddressSelection", "IpSourceAddressSelection", "", "Verbose", ""], &["ut:TcpipRoute"], &T342),
            e(1327, 0, [0, 5, 0], 1327, 0x20, ["IpSortedAddressPairs", "IpSortedAddressPairs", "", "Verbose", ""], &["ut:TcpipRoute"], &T343),
            e(1328, 0, [0, 4, 0], 1328, 0x1000, ["Ndkpi_Cq_Result_Ex", "Ndkpi_Cq_Result_Ex", "", "Information", ""], &["ut:TcpipNdkpi"], &T344),
            e(1329, 0, [0, 4, 0], 1329, 0x1000, ["Ndkpi_Send_Invalidate", "Ndkpi_Send_Invalidate", "", "Information", ""], &["ut:TcpipNdkpi"], &T345),
            e(1330, 0, [0, 4, 0], 1071, 0x100000000, ["TcpDataTransferCumAck1330", "TcpDataTransferCumAck", "", "Information", ""], &["ut:SendPath"], &T346),
            e(1331, 0, [0, 4, 0], 1151, 0x100000000, ["TcpCtcpDataTransferCumAck1331", "TcpCtcpDataTransferCumAck", "", "Information", ""], &["ut:SendPath"], &T346),
            e(1332, 0, [0, 4, 0], 1073, 0x100000000, ["TcpDataTransferSend1332", "TcpDataTransferSend", "", "Information", ""], &["ut:SendPath"], &T347),
            e(1332, 1, [0, 4, 0], 1073, 0x100000000, ["TcpDataTransferSend1332_V1", "TcpDataTransferSend", "", "Information", ""], &["ut:SendPath"], &T348),
            e(1333, 0, [0, 5, 0], 1153, 0x100000000, ["TcpCtcpDataTransferSend1333", "TcpCtcpDataTransferSend", "", "Verbose", ""], &["ut:SendPath"], &T347),
            e(1333, 1, [0, 5, 0], 1153, 0x100000000, ["TcpCtcpDataTransferSend1333_V1", "TcpCtcpDataTransferSend", "", "Verbose", ""], &["ut:SendPath"], &T348),
            e(1334, 0, [0, 4, 0], 1334, 0x8000000000, ["UdpCreateNotificationChannelRequest", "UdpCreateNotificationChannelRequest", "", "Information", ""], &["ut:Global"], &T349),
            e(1335, 0, [0, 4, 0], 1335, 0x8000000000, ["UdpQueryNotificationChannelStatusRequest", "UdpQueryNotificationChannelStatusRequest", "", "Information", ""], &["ut:Global"], &T350),
            e(1336, 0, [0, 4, 0], 1336, 0x8000000000, ["UdpCreateNotificationChannelRequestProcessed", "UdpCreateNotificationChannelRequestProcessed", "", "Information", ""], &["ut:Global"], &T351),
            e(1337, 0, [0, 5, 0], 1337, 0x8000000000, ["UdpSignalNotificationChannelEvent", "UdpSignalNotificationChannelEvent", "", "Verbose", ""], &["ut:Global"], &T352),
            e(1338, 0, [0, 4, 0], 1338, 0x8000000000, ["UdpDetachNotificationChannel", "UdpDetachNotificationChannel", "", "Information", ""], &["ut:Global"], &T350),
            e(1339, 0, [0, 4, 0], 1339, 0x8000000000, ["UdpUnlinkNotificationChannel", "UdpUnlinkNotificationChannel", "", "Information", ""], &["ut:Global"], &T350),
            e(1341, 0, [0, 5, 0], 1070, 0x100000000, ["TcpDataTransferRttSample1341", "TcpDataTransferRttSample", "", "Verbose", ""], &["ut:SendPath"], &T353),
            e(1342, 0, [0, 4, 0], 1098, 0x8000000000, ["TcpRttResiliencyDetection1342", "TcpRttResiliencyDetection", "", "Information", ""], &["ut:Global"], &T353),
            e(1343, 0, [0, 4, 0], 1072, 0x200000000, ["TcpDataTransferDupAck1343", "TcpDataTransferDupAck", "", "Information", ""], &["ut:ReceivePath"], &T354),
            e(1344, 0, [0, 4, 0], 1152, 0x200000000, ["TcpCtcpDataTransferDupAck1344", "TcpCtcpDataTransferDupAck", "", "Information", ""], &["ut:ReceivePath"], &T354),
            e(1345, 0, [0, 4, 0], 1076, 0x100000080, ["TcpDataTransferSpuriousTimeout1345", "TcpDataTransferSpuriousTimeout", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:SendPath"], &T355),
            e(1346, 0, [0, 4, 0], 1087, 0x100000080, ["TcpSpuriousRtoDetectionBegin1346", "TcpSpuriousRtoDetectionBegin", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:SendPath"], &T355),
            e(1347, 0, [0, 4, 0], 1088, 0x100000080, ["TcpSpuriousRtoDetectionEnd1347", "TcpSpuriousRtoDetectionEnd", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:SendPath"], &T355),
            e(1348, 0, [0, 4, 0], 1150, 0x100000080, ["TcpCtcpDataTransferTimeout1348", "TcpCtcpDataTransferTimeout", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:SendPath"], &T356),
            e(1349, 0, [0, 5, 0], 1155, 0x100000080, ["TcpCtcpDataTransferSpuriousTimeout1349", "TcpCtcpDataTransferSpuriousTimeout", "", "Verbose", ""], &["ut:TcpipDiagnosis", "ut:SendPath"], &T356),
            e(1350, 0, [0, 4, 0], 1082, 0x200000080, ["TcpSlowStartToCongestionAvoidance1350", "TcpSlowStartToCongestionAvoidance", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:ReceivePath"], &T356),
            e(1351, 0, [0, 4, 0], 1077, 0x100000080, ["TcpDataTransferRetransmitRound1351", "TcpDataTransferRetransmitRound", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:SendPath"], &T357),
            e(1352, 0, [0, 0, 0], 1341, 0x200000000000, ["TcpConnectionSummary", "TcpConnectionSummary", "", "", ""], &["keyword_200000000000"], &T358),
            e(1353, 0, [0, 5, 0], 1342, 0x80, ["TcpipGeneric", "TcpipGeneric", "", "Verbose", ""], &["ut:TcpipDiagnosis"], &T359),
            e(1354, 0, [0, 5, 0], 1343, 0x80, ["TcpSackUpdate", "TcpSackUpdate", "", "Verbose", ""], &["ut:TcpipDiagnosis"], &T360),
            e(1355, 0, [0, 4, 0], 1344, 0x8000000000, ["TcpIsPatternCoalescingRequired", "TcpIsPatternCoalescingRequired", "", "Information", ""], &["ut:Global"], &T361),
            e(1356, 0, [0, 4, 0], 1345, 0x8000000000, ["TcpRtcPortRangeAssignment", "TcpRtcPortRangeAssignment", "", "Information", ""], &["ut:Global"], &T362),
            e(1357, 0, [0, 3, 0], 1357, 0x8000002090, ["TcpipAoacFailFast", "TcpipAoacFailFast", "", "Warning", ""], &["ut:TcpipInterface", "ut:TcpipDiagnosis", "ut:TcpipCsDiag", "ut:Global"], &T363),
            e(1358, 0, [0, 4, 0], 1346, 0x10, ["TcpipUpdateInterfaceConfigFlags", "TcpipUpdateInterfaceConfigFlags", "", "Information", ""], &["ut:TcpipInterface"], &T364),
            e(1359, 0, [0, 4, 0], 1358, 0x8400002000, ["TcpCreateNotificationChannelUnmarkRequest", "TcpCreateNotificationChannelUnmarkRequest", "", "Information", ""], &["ut:TcpipCsDiag", "ut:ConnectPath", "ut:Global"], &T365),
            e(1360, 0, [0, 5, 0], 1360, 0x200000000, ["TcpipNblClonedForRaw", "TcpipNblClonedForRaw", "", "Verbose", ""], &["ut:ReceivePath"], &T366),
            e(1361, 0, [0, 5, 0], 1361, 0x200000000, ["TcpipCloneDropped", "TcpipCloneDropped", "", "Verbose", ""], &["ut:ReceivePath"], &T367),
            e(1362, 0, [0, 5, 0], 1362, 0x2010, ["IpAddressWolStateChange", "IpAddressWolStateChange", "", "Verbose", ""], &["ut:TcpipInterface", "ut:TcpipCsDiag"], &T368),
            e(1363, 0, [0, 5, 0], 1363, 0x2010, ["IpWolContextChange", "IpWolContextChange", "", "Verbose", ""], &["ut:TcpipInterface", "ut:TcpipCsDiag"], &T369),
            e(1364, 0, [0, 5, 0], 1364, 0x400000000, ["TcpInsertConnectionTuple", "TcpInsertConnectionTuple", "", "Verbose", ""], &["ut:ConnectPath"], &T197),
            e(1365, 0, [0, 5, 0], 1365, 0x1000000000, ["TcpRemoveConnectionTuple", "TcpRemoveConnectionTuple", "", "Verbose", ""], &["ut:ClosePath"], &T197),
            e(1366, 0, [0, 5, 0], 1366, 0x8, ["TcpDeferPortSelection", "TcpDeferPortSelection", "", "Verbose", ""], &["ut:TcpipBind"], &T200),
            e(1367, 0, [0, 0, 0], 1367, 0x300000000, ["TcpipNblOob", "TcpipNblOob", "", "", ""], &["ut:SendPath", "ut:ReceivePath"], &T370),
            e(1368, 0, [0, 5, 0], 1368, 0x4000, ["TcpipTeredoOpen", "TcpipTeredoOpen", "", "Verbose", ""], &["ut:Teredo"], &T371),
            e(1369, 0, [0, 5, 0], 1369, 0x4000, ["TcpipTeredoClose", "TcpipTeredoClose", "", "Verbose", ""], &["ut:Teredo"], &T371),
            e(1370, 0, [0, 5, 0], 1370, 0x20, ["TcpipRouteLookup", "TcpipRouteLookup", "", "Verbose", ""], &["ut:TcpipRoute"], &T372),
            e(1371, 0, [0, 5, 0], 1371, 0x20, ["TcpipSrcAddrLookup", "TcpipSrcAddrLookup", "", "Verbose", ""], &["ut:TcpipRoute"], &T373),
            e(1372, 0, [0, 4, 0], 1374, 0x20000, ["Partition", "Partition", "", "Information", ""], &["ut:AlePartition"], &T374),
            e(1373, 0, [0, 4, 0], 1374, 0x20000, ["Partition1373", "Partition", "", "Information", ""], &["ut:AlePartition"], &T375),
            e(1374, 0, [0, 4, 0], 1372, 0x8000, ["RemoteEndpoint", "RemoteEndpoint", "", "Information", ""], &["ut:AleRemoteEndpoint"], &T376),
            e(1375, 0, [0, 4, 0], 1372, 0x8000, ["RemoteEndpoint1375", "RemoteEndpoint", "", "Information", ""], &["ut:AleRemoteEndpoint"], &T376),
            e(1376, 0, [0, 3, 0], 1373, 0x10000, ["Memory", "Memory", "", "Warning", ""], &["ut:AleMemory"], &T377),
            e(1377, 0, [0, 4, 0], 1373, 0x10000, ["Memory1377", "Memory", "", "Information", ""], &["ut:AleMemory"], &T377),
            e(1378, 0, [0, 4, 0], 1373, 0x10000, ["Memory1378", "Memory", "", "Information", ""], &["ut:AleMemory"], &T377),
            e(1379, 0, [0, 5, 0], 1373, 0x10000, ["Memory1379", "Memory", "", "Verbose", ""], &["ut:AleMemory"], &T377),
            e(1380, 0, [0, 4, 0], 1375, 0x100040080, ["TcpLedbatState", "TcpLedbatState", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:Ledbat", "ut:SendPath"], &T378),
            e(1381, 0, [0, 4, 0], 1376, 0x80080, ["TcpAssociateNameResContext", "TcpAssociateNameResContext", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:Nrt"], &T379),
            e(1382, 0, [0, 4, 0], 1377, 0x400080080, ["TcpInspectConnectWithNameResContext", "TcpInspectConnectWithNameResContext", "", "Information", ""], &["ut:TcpipDiagnosis", "ut:Nrt", "ut:ConnectPath"], &T380),
            e(1383, 0, [0, 5, 0], 1378, 0x20, ["IpRouteSelection", "IpRouteSelection", "", "Verbose", ""], &["ut:TcpipRoute"], &T381),
            e(1384, 0, [0, 5, 0], 1379, 0x20, ["IpRouteBlocked", "IpRouteBlocked", "", "Verbose", ""], &["ut:TcpipRoute"], &T382),
            e(1385, 0, [0, 4, 0], 1380, 0x100000000, ["TcpTailLossProbe", "TcpTailLossProbe", "", "Information", ""], &["ut:SendPath"], &T383),
            e(1386, 0, [0, 5, 0], 1380, 0x100000000, ["TcpTailLossProbe1386", "TcpTailLossProbe", "", "Verbose", ""], &["ut:SendPath"], &T384),
            e(1387, 0, [0, 5, 0], 1381, 0x100000000, ["TcpRack", "TcpRack", "", "Verbose", ""], &["ut:SendPath"], &T385),
            e(1388, 0, [0, 4, 0], 1382, 0x100000000, ["TcpFastopenStateChange", "TcpFastopenStateChange", "", "Information", ""], &["ut:SendPath"], &T386),
            e(1389, 0, [0, 4, 0], 1383, 0x401, ["UdpCreateEndpointAfFailure", "UdpCreateEndpointAfFailure", "", "Information", ""], &["ut:TcpipEndpoint", "ut:Endpoint"], &T387),
            e(1390, 0, [0, 4, 0], 1384, 0x401, ["UdpCreateEndpointCompartmentFailure", "UdpCreateEndpointCompartmentFailure", "", "Information", ""], &["ut:TcpipEndpoint", "ut:Endpoint"], &T387),
            e(1391, 0, [0, 4, 0], 1385, 0x401, ["UdpCreateEndpointComplete", "UdpCreateEndpointComplete", "", "Information", ""], &["ut:TcpipEndpoint", "ut:Endpoint"], &T387),
            e(1392, 0, [0, 4, 0], 1386, 0x401, ["UdpCreateEndpointInspectionFailure", "UdpCreateEndpointInspectionFailure", "", "Information", ""], &["ut:TcpipEndpoint", "ut:Endpoint"], &T387),
            e(1393, 0, [0, 4, 0], 1387, 0x409, ["UdpBindEndpointResolutionFailure", "UdpBindEndpointResolutionFailure", "", "Information", ""], &["ut:TcpipEndpoint", "ut:TcpipBind", "ut:Endpoint"], &T388),
            e(1394, 0, [0, 4, 0], 1388, 0x409, ["UdpBindEndpointPortFailure", "UdpBindEndpointPortFailure", "", "Information", ""], &["ut:TcpipEndpoint", "ut:TcpipBind", "ut:Endpoint"], &T388),
            e(1395, 0, [0, 4, 0], 1389, 0x409, ["UdpBindEndpointInspectionFailure", "UdpBindEndpointInspectionFailure", "", "Information", ""], &["ut:TcpipEndpoint", "ut:TcpipBind", "ut:Endpoint"], &T388),
            e(1396, 0, [0, 4, 0], 1390, 0x409, ["UdpBindEndpointComplete", "UdpBindEndpointComplete", "", "Information", ""], &["ut:TcpipEndpoint", "ut:TcpipBind", "ut:Endpoint"], &T388),
            e(1397, 0, [0, 4, 0], 1391, 0x1000000401, ["UdpCloseEndpointBound", "UdpCloseEndpointBound", "", "Information", ""], &["ut:TcpipEndpoint", "ut:Endpoint", "ut:ClosePath"], &T388),
            e(1398, 0, [0, 4, 0], 1392, 0x1000000401, ["UdpCloseEndpointUnBound", "UdpCloseEndpointUnBound", "", "Information", ""], &["ut:TcpipEndpoint", "ut:Endpoint", "ut:ClosePath"], &T388),
            e(1399, 0, [0, 5, 0], 1393, 0x100000000, ["UdpSendMessagesResolutionFailure", "UdpSendMessagesResolutionFailure", "", "Verbose", ""], &["ut:SendPath"], &T389),
            e(1400, 0, [0, 5, 0], 1394, 0x100000000, ["UdpSendMessagesValidationFailure", "UdpSendMessagesValidationFailure", "", "Verbose", ""], &["ut:SendPath"], &T389),
            e(1401, 0, [0, 5, 0], 1395, 0x100000000, ["UdpSendMessagesSrcAddrSelectionFailure", "UdpSendMessagesSrcAddrSelectionFailure", "", "Verbose", ""], &["ut:SendPath"], &T389),
            e(1402, 0, [0, 5, 0], 1396, 0x100000000, ["UdpSendMessagesFullPendingJoinPathQueue", "UdpSendMessagesFullPendingJoinPathQueue", "", "Verbose", ""], &["ut:SendPath"], &T389),
            e(1403, 0, [0, 4, 0], 1397, 0x8000000010, ["UdpGlobalAddInterface", "UdpGlobalAddInterface", "", "Information", ""], &["ut:TcpipInterface", "ut:Global"], &T211),
            e(1404, 0, [0, 4, 0], 1398, 0x8000000010, ["UdpGlobalDeleteInterface", "UdpGlobalDeleteInterface", "", "Information", ""], &["ut:TcpipInterface", "ut:Global"], &T211),
            e(1405, 0, [0, 2, 0], 1399, 0x8000000000, ["UdpStartInetModuleFailure", "UdpStartInetModuleFailure", "", "Error", ""], &["ut:Global"], &T74),
            e(1406, 0, [0, 2, 0], 1400, 0x8000000000, ["UdpStartNlnpiClientFailure", "UdpStartNlnpiClientFailure", "", "Error", ""], &["ut:Global"], &T74),
            e(1407, 0, [0, 2, 0], 1401, 0x8000000000, ["UdpStartNsiProviderFailure", "UdpStartNsiProviderFailure", "", "Error", ""], &["ut:Global"], &T74),
            e(1408, 0, [0, 2, 0], 1402, 0x8000000000, ["UdpStartTlnpiProviderFailure", "UdpStartTlnpiProviderFailure", "", "Error", ""], &["ut:Global"], &T74),
            e(1409, 0, [0, 2, 0], 1403, 0x8000000000, ["UdpStartQosClientFailure", "UdpStartQosClientFailure", "", "Error", ""], &["ut:Global"], &T74),
            e(1410, 0, [0, 2, 0], 1404, 0x8000000000, ["UdpStartEndpointModuleFailure", "UdpStartEndpointModuleFailure", "", "Error", ""], &["ut:Global"], &T390),
            e(1411, 0, [0, 5, 0], 1405, 0x100000000, ["UdpSendMessagesSendContextResourceFailure", "UdpSendMessagesSendContextResourceFailure", "", "Verbose", ""], &["ut:SendPath"], &T389),
            e(1412, 0, [0, 5, 0], 1406, 0x100000000, ["UdpSendMessagesPathAfFailure", "UdpSendMessagesPathAfFailure", "", "Verbose", ""], &["ut:SendPath"], &T389),
            e(1413, 0, [0, 5, 0], 1407, 0x100000000, ["UdpSendMessagesPathNextHopMissingFailure", "UdpSendMessagesPathNextHopMissingFailure", "", "Verbose", ""], &["ut:SendPath"], &T389),
            e(1414, 0, [0, 5, 0], 1408, 0x100000000, ["UdpSendMessagesPathNextHopAddrFailure", "UdpSendMessagesPathNextHopAddrFailure", "", "Verbose", ""], &["ut:SendPath"], &T389),
            e(1415, 0, [0, 5, 0], 1409, 0x100000000, ["TcpEarlyRetransmit", "TcpEarlyRetransmit", "", "Verbose", ""], &["ut:SendPath"], &T391),
            e(1416, 0, [0, 5, 0], 1410, 0x8000000080, ["TcpFastopenSynRcvdLimit", "TcpFastopenSynRcvdLimit", "", "Verbose", ""], &["ut:TcpipDiagnosis", "ut:Global"], &T392),
            e(1417, 0, [0, 3, 0], 1411, 0x8000000080, ["TcpFastopenKeyUpdateFailure", "TcpFastopenKeyUpdateFailure", "", "Warning", ""], &["ut:TcpipDiagnosis", "ut:Global"], &T393),
            e(1418, 0, [0, 5, 0], 1412, 0x100000000, ["TcpLossRecoverySend", "TcpLossRecoverySend", "", "Verbose", ""], &["ut:SendPath"], &T394),
            e(1419, 0, [0, 5, 0], 1412, 0x100000000, ["TcpLossRecoverySend1419", "TcpLossRecoverySend", "", "Verbose", ""], &["ut:SendPath"], &T394),
            e(1420, 0, [0, 5, 0], 1412, 0x100000000, ["TcpLossRecoverySend1420", "TcpLossRecoverySend", "", "Verbose", ""], &["ut:SendPath"], &T394),
            e(1421, 0, [0, 5, 0], 1412, 0x100000000, ["TcpLossRecoverySend1421", "TcpLossRecoverySend", "", "Verbose", ""], &["ut:SendPath"], &T394),
            e(1422, 0, [0, 5, 0], 1413, 0x8000000000, ["IcmpSendRecv", "IcmpSendRecv", "", "Verbose", ""], &["ut:Global"], &T395),
            e(1423, 0, [0, 5, 0], 1414, 0x10000000080, ["IcmpPacketDrops", "IcmpPacketDrops", "", "Verbose", ""], &["ut:TcpipDiagnosis", "keyword_10000000000"], &T396),
            e(1424, 0, [0, 5, 0], 1415, 0x8000000000, ["IcmpEchoTimeout", "IcmpEchoTimeout", "", "Verbose", ""], &["ut:Global"], &T397),
            e(1425, 0, [0, 5, 0], 1416, 0x8000000000, ["TcpipTimerStateChange", "TcpipTimerStateChange", "", "Verbose", ""], &["ut:Global"], &T398),
        ],
    },
    ProviderTable {
        guid: Guid::parse_const("54849625-5478-4994-a5ba-3e3b0328c30d"),
        name: "Microsoft-Windows-Security-Auditing",
        origin: "manifest {54849625-5478-4994-a5ba-3e3b0328c30d}.xml of dissect.etl 3.14",
        appends_only: false,
        events: &[
            e(4608, 0, [0, 4, 0], 0, 0x0, ["task_0", "task_0", "", "Information", ""], &[], &EMPTY),
            e(4609, 0, [0, 4, 0], 0, 0x0, ["task_04609", "task_0", "", "Information", ""], &[], &EMPTY),
            e(4610, 0, [0, 4, 0], 0, 0x0, ["task_04610", "task_0", "", "Information", ""], &[], &T399),
            e(4611, 0, [0, 4, 0], 0, 0x0, ["task_04611", "task_0", "", "Information", ""], &[], &T400),
            e(4612, 0, [0, 4, 0], 0, 0x0, ["task_04612", "task_0", "", "Information", ""], &[], &T401),
            e(4614, 0, [0, 4, 0], 0, 0x0, ["task_04614", "task_0", "", "Information", ""], &[], &T402),
            e(4615, 0, [0, 4, 0], 0, 0x0, ["task_04615", "task_0", "", "Information", ""], &[], &T403),
            e(4616, 0, [0, 4, 0], 0, 0x0, ["task_04616", "task_0", "", "Information", ""], &[], &T404),
            e(4616, 1, [0, 4, 0], 0, 0x0, ["task_04616_V1", "task_0", "", "Information", ""], &[], &T405),
            e(4618, 0, [0, 4, 0], 0, 0x0, ["task_04618", "task_0", "", "Information", ""], &[], &T406),
            e(4621, 0, [0, 4, 0], 0, 0x0, ["task_04621", "task_0", "", "Information", ""], &[], &T407),
            e(4622, 0, [0, 4, 0], 0, 0x0, ["task_04622", "task_0", "", "Information", ""], &[], &T408),
            e(4624, 0, [0, 4, 0], 0, 0x0, ["task_04624", "task_0", "", "Information", ""], &[], &T409),
            e(4624, 1, [0, 4, 0], 0, 0x0, ["task_04624_V1", "task_0", "", "Information", ""], &[], &T410),
            e(4624, 2, [0, 4, 0], 0, 0x0, ["task_04624_V2", "task_0", "", "Information", ""], &[], &T411),
            e(4625, 0, [0, 4, 0], 0, 0x0, ["task_04625", "task_0", "", "Information", ""], &[], &T412),
            e(4626, 0, [0, 4, 0], 0, 0x0, ["task_04626", "task_0", "", "Information", ""], &[], &T413),
            e(4627, 0, [0, 4, 0], 0, 0x0, ["task_04627", "task_0", "", "Information", ""], &[], &T414),
            e(4634, 0, [0, 4, 0], 0, 0x0, ["task_04634", "task_0", "", "Information", ""], &[], &T415),
            e(4646, 0, [0, 4, 0], 0, 0x0, ["task_04646", "task_0", "", "Information", ""], &[], &T416),
            e(4647, 0, [0, 4, 0], 0, 0x0, ["task_04647", "task_0", "", "Information", ""], &[], &T417),
            e(4648, 0, [0, 4, 0], 0, 0x0, ["task_04648", "task_0", "", "Information", ""], &[], &T418),
            e(4649, 0, [0, 4, 0], 0, 0x0, ["task_04649", "task_0", "", "Information", ""], &[], &T419),
            e(4650, 0, [0, 4, 0], 0, 0x0, ["task_04650", "task_0", "", "Information", ""], &[], &T420),
            e(4651, 0, [0, 4, 0], 0, 0x0, ["task_04651", "task_0", "", "Information", ""], &[], &T421),
            e(4652, 0, [0, 4, 0], 0, 0x0, ["task_04652", "task_0", "", "Information", ""], &[], &T422),
            e(4653, 0, [0, 4, 0], 0, 0x0, ["task_04653", "task_0", "", "Information", ""], &[], &T423),
            e(4654, 0, [0, 4, 0], 0, 0x0, ["task_04654", "task_0", "", "Information", ""], &[], &T424),
            e(4654, 1, [0, 4, 0], 0, 0x0, ["task_04654_V1", "task_0", "", "Information", ""], &[], &T425),
            e(4655, 0, [0, 4, 0], 0, 0x0, ["task_04655", "task_0", "", "Information", ""], &[], &T426),
            e(4656, 0, [0, 4, 0], 0, 0x0, ["task_04656", "task_0", "", "Information", ""], &[], &T427),
            e(4656, 1, [0, 4, 0], 0, 0x0, ["task_04656_V1", "task_0", "", "Information", ""], &[], &T428),
            e(4657, 0, [0, 4, 0], 0, 0x0, ["task_04657", "task_0", "", "Information", ""], &[], &T429),
            e(4658, 0, [0, 4, 0], 0, 0x0, ["task_04658", "task_0", "", "Information", ""], &[], &T430),
            e(4659, 0, [0, 4, 0], 0, 0x0, ["task_04659", "task_0", "", "Information", ""], &[], &T431),
            e(4660, 0, [0, 4, 0], 0, 0x0, ["task_04660", "task_0", "", "Information", ""], &[], &T432),
            e(4661, 0, [0, 4, 0], 0, 0x0, ["task_04661", "task_0", "", "Information", ""], &[], &T433),
            e(4661, 1, [0, 4, 0], 0, 0x0, ["task_04661_V1", "task_0", "", "Information", ""], &[], &T434),
            e(4662, 0, [0, 4, 0], 0, 0x0, ["task_04662", "task_0", "", "Information", ""], &[], &T435),
            e(4663, 0, [0, 4, 0], 0, 0x0, ["task_04663", "task_0", "", "Information", ""], &[], &T436),
            e(4663, 1, [0, 4, 0], 0, 0x0, ["task_04663_V1", "task_0", "", "Information", ""], &[], &T437),
            e(4664, 0, [0, 4, 0], 0, 0x0, ["task_04664", "task_0", "", "Information", ""], &[], &T438),
            e(4665, 0, [0, 4, 0], 0, 0x0, ["task_04665", "task_0", "", "Information", ""], &[], &T439),
            e(4666, 0, [0, 4, 0], 0, 0x0, ["task_04666", "task_0", "", "Information", ""], &[], &T440),
            e(4667, 0, [0, 4, 0], 0, 0x0, ["task_04667", "task_0", "", "Information", ""], &[], &T441),
            e(4668, 0, [0, 4, 0], 0, 0x0, ["task_04668", "task_0", "", "Information", ""], &[], &T442),
            e(4670, 0, [0, 4, 0], 0, 0x0, ["task_04670", "task_0", "", "Information", ""], &[], &T443),
            e(4671, 0, [0, 4, 0], 0, 0x0, ["task_04671", "task_0", "", "Information", ""], &[], &T444),
            e(4672, 0, [0, 4, 0], 0, 0x0, ["task_04672", "task_0", "", "Information", ""], &[], &T445),
            e(4673, 0, [0, 4, 0], 0, 0x0, ["task_04673", "task_0", "", "Information", ""], &[], &T446),
            e(4674, 0, [0, 4, 0], 0, 0x0, ["task_04674", "task_0", "", "Information", ""], &[], &T447),
            e(4675, 0, [0, 4, 0], 0, 0x0, ["task_04675", "task_0", "", "Information", ""], &[], &T448),
            e(4688, 0, [0, 4, 0], 0, 0x0, ["task_04688", "task_0", "", "Information", ""], &[], &T449),
            e(4688, 1, [0, 4, 0], 0, 0x0, ["task_04688_V1", "task_0", "", "Information", ""], &[], &T450),
            e(4688, 2, [0, 4, 0], 0, 0x0, ["task_04688_V2", "task_0", "", "Information", ""], &[], &T451),
            e(4689, 0, [0, 4, 0], 0, 0x0, ["task_04689", "task_0", "", "Information", ""], &[], &T452),
            e(4690, 0, [0, 4, 0], 0, 0x0, ["task_04690", "task_0", "", "Information", ""], &[], &T453),
            e(4691, 0, [0, 4, 0], 0, 0x0, ["task_04691", "task_0", "", "Information", ""], &[], &T454),
            e(4692, 0, [0, 4, 0], 0, 0x0, ["task_04692", "task_0", "", "Information", ""], &[], &T455),
            e(4693, 0, [0, 4, 0], 0, 0x0, ["task_04693", "task_0", "", "Information", ""], &[], &T456),
            e(4694, 0, [0, 4, 0], 0, 0x0, ["task_04694", "task_0", "", "Information", ""], &[], &T457),
            e(4695, 0, [0, 4, 0], 0, 0x0, ["task_04695", "task_0", "", "Information", ""], &[], &T457),
            e(4696, 0, [0, 4, 0], 0, 0x0, ["task_04696", "task_0", "", "Information", ""], &[], &T458),
            e(4697, 0, [0, 4, 0], 0, 0x0, ["task_04697", "task_0", "", "Information", ""], &[], &T459),
            e(4698, 0, [0, 4, 0], 0, 0x0, ["task_04698", "task_0", "", "Information", ""], &[], &T460),
            e(4699, 0, [0, 4, 0], 0, 0x0, ["task_04699", "task_0", "", "Information", ""], &[], &T460),
            e(4700, 0, [0, 4, 0], 0, 0x0, ["task_04700", "task_0", "", "Information", ""], &[], &T460),
            e(4701, 0, [0, 4, 0], 0, 0x0, ["task_04701", "task_0", "", "Information", ""], &[], &T460),
            e(4702, 0, [0, 4, 0], 0, 0x0, ["task_04702", "task_0", "", "Information", ""], &[], &T461),
            e(4703, 0, [0, 4, 0], 0, 0x0, ["task_04703", "task_0", "", "Information", ""], &[], &T462),
            e(4704, 0, [0, 4, 0], 0, 0x0, ["task_04704", "task_0", "", "Information", ""], &[], &T463),
            e(4705, 0, [0, 4, 0], 0, 0x0, ["task_04705", "task_0", "", "Information", ""], &[], &T463),
            e(4706, 0, [0, 4, 0], 0, 0x0, ["task_04706", "task_0", "", "Information", ""], &[], &T464),
            e(4707, 0, [0, 4, 0], 0, 0x0, ["task_04707", "task_0", "", "Information", ""], &[], &T465),
            e(4709, 0, [0, 4, 0], 0, 0x0, ["task_04709", "task_0", "", "Information", ""], &[], &T102),
            e(4710, 0, [0, 4, 0], 0, 0x0, ["task_04710", "task_0", "", "Information", ""], &[], &T124),
            e(4711, 0, [0, 4, 0], 0, 0x0, ["task_04711", "task_0", "", "Information", ""], &[], &T100),
            e(4712, 0, [0, 4, 0], 0, 0x0, ["task_04712", "task_0", "", "Information", ""], &[], &T100),
            e(4713, 0, [0, 4, 0], 0, 0x0, ["task_04713", "task_0", "", "Information", ""], &[], &T466),
            e(4714, 0, [0, 4, 0], 0, 0x0, ["task_04714", "task_0", "", "Information", ""], &[], &T467),
            e(4715, 0, [0, 4, 0], 0, 0x0, ["task_04715", "task_0", "", "Information", ""], &[], &T468),
            e(4716, 0, [0, 4, 0], 0, 0x0, ["task_04716", "task_0", "", "Information", ""], &[], &T469),
            e(4717, 0, [0, 4, 0], 0, 0x0, ["task_04717", "task_0", "", "Information", ""], &[], &T470),
            e(4718, 0, [0, 4, 0], 0, 0x0, ["task_04718", "task_0", "", "Information", ""], &[], &T471),
            e(4719, 0, [0, 4, 0], 0, 0x0, ["task_04719", "task_0", "", "Information", ""], &[], &T472),
            e(4720, 0, [0, 4, 0], 0, 0x0, ["task_04720", "task_0", "", "Information", ""], &[], &T473),
            e(4722, 0, [0, 4, 0], 0, 0x0, ["task_04722", "task_0", "", "Information", ""], &[], &T474),
            e(4723, 0, [0, 4, 0], 0, 0x0, ["task_04723", "task_0", "", "Information", ""], &[], &T475),
            e(4724, 0, [0, 4, 0], 0, 0x0, ["task_04724", "task_0", "", "Information", ""], &[], &T474),
            e(4725, 0, [0, 4, 0], 0, 0x0, ["task_04725", "task_0", "", "Information", ""], &[], &T474),
            e(4726, 0, [0, 4, 0], 0, 0x0, ["task_04726", "task_0", "", "Information", ""], &[], &T475),
            e(4727, 0, [0, 4, 0], 0, 0x0, ["task_04727", "task_0", "", "Information", ""], &[], &T476),
            e(4728, 0, [0, 4, 0], 0, 0x0, ["task_04728", "task_0", "", "Information", ""], &[], &T477),
            e(4728, 1, [0, 4, 0], 0, 0x0, ["task_04728_V1", "task_0", "", "Information", ""], &[], &T478),
            e(4729, 0, [0, 4, 0], 0, 0x0, ["task_04729", "task_0", "", "Information", ""], &[], &T477),
            e(4730, 0, [0, 4, 0], 0, 0x0, ["task_04730", "task_0", "", "Information", ""], &[], &T475),
            e(4731, 0, [0, 4, 0], 0, 0x0, ["task_04731", "task_0", "", "Information", ""], &[], &T476),
            e(4732, 0, [0, 4, 0], 0, 0x0, ["task_04732", "task_0", "", "Information", ""], &[], &T477),
            e(4732, 1, [0, 4, 0], 0, 0x0, ["task_04732_V1", "task_0", "", "Information", ""], &[], &T478),
            e(4733, 0, [0, 4, 0], 0, 0x0, ["task_04733", "task_0", "", "Information", ""], &[], &T477),
            e(4734, 0, [0, 4, 0], 0, 0x0, ["task_04734", "task_0", "", "Information", ""], &[], &T475),
            e(4735, 0, [0, 4, 0], 0, 0x0, ["task_04735", "task_0", "", "Information", ""], &[], &T476),
            e(4737, 0, [0, 4, 0], 0, 0x0, ["task_04737", "task_0", "", "Information", ""], &[], &T476),
            e(4738, 0, [0, 4, 0], 0, 0x0, ["task_04738", "task_0", "", "Information", ""], &[], &T479),
            e(4739, 0, [0, 4, 0], 0, 0x0, ["task_04739", "task_0", "", "Information", ""], &[], &T480),
            e(4740, 0, [0, 4, 0], 0, 0x0, ["task_04740", "task_0", "", "Information", ""], &[], &T474),
            e(4741, 0, [0, 4, 0], 0, 0x0, ["task_04741", "task_0", "", "Information", ""], &[], &T481),
            e(4742, 0, [0, 4, 0], 0, 0x0, ["task_04742", "task_0", "", "Information", ""], &[], &T482),
            e(4743, 0, [0, 4, 0], 0, 0x0, ["task_04743", "task_0", "", "Information", ""], &[], &T475),
            e(4744, 0, [0, 4, 0], 0, 0x0, ["task_04744", "task_0", "", "Information", ""], &[], &T476),
            e(4745, 0, [0, 4, 0], 0, 0x0, ["task_04745", "task_0", "", "Information", ""], &[], &T476),
            e(4746, 0, [0, 4, 0], 0, 0x0, ["task_04746", "task_0", "", "Information", ""], &[], &T477),
            e(4746, 1, [0, 4, 0], 0, 0x0, ["task_04746_V1", "task_0", "", "Information", ""], &[], &T478),
            e(4747, 0, [0, 4, 0], 0, 0x0, ["task_04747", "task_0", "", "Information", ""], &[], &T477),
            e(4748, 0, [0, 4, 0], 0, 0x0, ["task_04748", "task_0", "", "Information", ""], &[], &T475),
            e(4749, 0, [0, 4, 0], 0, 0x0, ["task_04749", "task_0", "", "Information", ""], &[], &T476),
            e(4750, 0, [0, 4, 0], 0, 0x0, ["task_04750", "task_0", "", "Information", ""], &[], &T476),
            e(4751, 0, [0, 4, 0], 0, 0x0, ["task_04751", "task_0", "", "Information", ""], &[], &T477),
            e(4751, 1, [0, 4, 0], 0, 0x0, ["task_04751_V1", "task_0", "", "Information", ""], &[], &T478),
            e(4752, 0, [0, 4, 0], 0, 0x0, ["task_04752", "task_0", "", "Information", ""], &[], &T477),
            e(4753, 0, [0, 4, 0], 0, 0x0, ["task_04753", "task_0", "", "Information", ""], &[], &T475),
            e(4754, 0, [0, 4, 0], 0, 0x0, ["task_04754", "task_0", "", "Information", ""], &[], &T476),
            e(4755, 0, [0, 4, 0], 0, 0x0, ["task_04755", "task_0", "", "Information", ""], &[], &T476),
            e(4756, 0, [0, 4, 0], 0, 0x0, ["task_04756", "task_0", "", "Information", ""], &[], &T477),
            e(4756, 1, [0, 4, 0], 0, 0x0, ["task_04756_V1", "task_0", "", "Information", ""], &[], &T478),
            e(4757, 0, [0, 4, 0], 0, 0x0, ["task_04757", "task_0", "", "Information", ""], &[], &T477),
            e(4758, 0, [0, 4, 0], 0, 0x0, ["task_04758", "task_0", "", "Information", ""], &[], &T475),
            e(4759, 0, [0, 4, 0], 0, 0x0, ["task_04759", "task_0", "", "Information", ""], &[], &T476),
            e(4760, 0, [0, 4, 0], 0, 0x0, ["task_04760", "task_0", "", "Information", ""], &[], &T476),
            e(4761, 0, [0, 4, 0], 0, 0x0, ["task_04761", "task_0", "", "Information", ""], &[], &T477),
            e(4761, 1, [0, 4, 0], 0, 0x0, ["task_04761_V1", "task_0", "", "Information", ""], &[], &T478),
            e(4762, 0, [0, 4, 0], 0, 0x0, ["task_04762", "task_0", "", "Information", ""], &[], &T477),
            e(4763, 0, [0, 4, 0], 0, 0x0, ["task_04763", "task_0", "", "Information", ""], &[], &T475),
            e(4764, 0, [0, 4, 0], 0, 0x0, ["task_04764", "task_0", "", "Information", ""], &[], &T483),
            e(4765, 0, [0, 4, 0], 0, 0x0, ["task_04765", "task_0", "", "Information", ""], &[], &T484),
            e(4766, 0, [0, 4, 0], 0, 0x0, ["task_04766", "task_0", "", "Information", ""], &[], &T485),
            e(4767, 0, [0, 4, 0], 0, 0x0, ["task_04767", "task_0", "", "Information", ""], &[], &T474),
            e(4768, 0, [0, 4, 0], 0, 0x0, ["task_04768", "task_0", "", "Information", ""], &[], &T486),
            e(4769, 0, [0, 4, 0], 0, 0x0, ["task_04769", "task_0", "", "Information", ""], &[], &T487),
            e(4770, 0, [0, 4, 0], 0, 0x0, ["task_04770", "task_0", "", "Information", ""], &[], &T488),
            e(4771, 0, [0, 4, 0], 0, 0x0, ["task_04771", "task_0", "", "Information", ""], &[], &T489),
            e(4772, 0, [0, 4, 0], 0, 0x0, ["task_04772", "task_0", "", "Information", ""], &[], &T490),
            e(4773, 0, [0, 4, 0], 0, 0x0, ["task_04773", "task_0", "", "Information", ""], &[], &T490),
            e(4774, 0, [0, 4, 0], 0, 0x0, ["task_04774", "task_0", "", "Information", ""], &[], &T491),
            e(4775, 0, [0, 4, 0], 0, 0x0, ["task_04775", "task_0", "", "Information", ""], &[], &T492),
            e(4776, 0, [0, 4, 0], 0, 0x0, ["task_04776", "task_0", "", "Information", ""], &[], &T493),
            e(4777, 0, [0, 4, 0], 0, 0x0, ["task_04777", "task_0", "", "Information", ""], &[], &T494),
            e(4778, 0, [0, 4, 0], 0, 0x0, ["task_04778", "task_0", "", "Information", ""], &[], &T495),
            e(4779, 0, [0, 4, 0], 0, 0x0, ["task_04779", "task_0", "", "Information", ""], &[], &T495),
            e(4780, 0, [0, 4, 0], 0, 0x0, ["task_04780", "task_0", "", "Information", ""], &[], &T475),
            e(4781, 0, [0, 4, 0], 0, 0x0, ["task_04781", "task_0", "", "Information", ""], &[], &T496),
            e(4782, 0, [0, 4, 0], 0, 0x0, ["task_04782", "task_0", "", "Information", ""], &[], &T497),
            e(4783, 0, [0, 4, 0], 0, 0x0, ["task_04783", "task_0", "", "Information", ""], &[], &T476),
            e(4784, 0, [0, 4, 0], 0, 0x0, ["task_04784", "task_0", "", "Information", ""], &[], &T476),
            e(4785, 0, [0, 4, 0], 0, 0x0, ["task_04785", "task_0", "", "Information", ""], &[], &T477),
            e(4785, 1, [0, 4, 0], 0, 0x0, ["task_04785_V1", "task_0", "", "Information", ""], &[], &T478),
            e(4786, 0, [0, 4, 0], 0, 0x0, ["task_04786", "task_0", "", "Information", ""], &[], &T477),
            e(4787, 0, [0, 4, 0], 0, 0x0, ["task_04787", "task_0", "", "Information", ""], &[], &T477),
            e(4788, 0, [0, 4, 0], 0, 0x0, ["task_04788", "task_0", "", "Information", ""], &[], &T477),
            e(4789, 0, [0, 4, 0], 0, 0x0, ["task_04789", "task_0", "", "Information", ""], &[], &T475),
            e(4790, 0, [0, 4, 0], 0, 0x0, ["task_04790", "task_0", "", "Information", ""], &[], &T476),
            e(4791, 0, [0, 4, 0], 0, 0x0, ["task_04791", "task_0", "", "Information", ""], &[], &T476),
            e(4792, 0, [0, 4, 0], 0, 0x0, ["task_04792", "task_0", "", "Information", ""], &[], &T475),
            e(4793, 0, [0, 4, 0], 0, 0x0, ["task_04793", "task_0", "", "Information", ""], &[], &T498),
            e(4794, 0, [0, 4, 0], 0, 0x0, ["task_04794", "task_0", "", "Information", ""], &[], &T499),
            e(4797, 0, [0, 4, 0], 0, 0x0, ["task_04797", "task_0", "", "Information", ""], &[], &T500),
            e(4798, 0, [0, 4, 0], 0, 0x0, ["task_04798", "task_0", "", "Information", ""], &[], &T501),
            e(4799, 0, [0, 4, 0], 0, 0x0, ["task_04799", "task_0", "", "Information", ""], &[], &T501),
            e(4800, 0, [0, 4, 0], 0, 0x0, ["task_04800", "task_0", "", "Information", ""], &[], &T502),
            e(4801, 0, [0, 4, 0], 0, 0x0, ["task_04801", "task_0", "", "Information", ""], &[], &T502),
            e(4802, 0, [0, 4, 0], 0, 0x0, ["task_04802", "task_0", "", "Information", ""], &[], &T502),
            e(4803, 0, [0, 4, 0], 0, 0x0, ["task_04803", "task_0", "", "Information", ""], &[], &T502),
            e(4816, 0, [0, 4, 0], 0, 0x0, ["task_04816", "task_0", "", "Information", ""], &[], &T102),
            e(4816, 1, [0, 4, 0], 0, 0x0, ["task_04816_V1", "task_0", "", "Information", ""], &[], &T503),
            e(4817, 0, [0, 4, 0], 0, 0x0, ["task_04817", "task_0", "", "Information", ""], &[], &T504),
            e(4818, 0, [0, 4, 0], 0, 0x0, ["task_04818", "task_0", "", "Information", ""], &[], &T505),
            e(4819, 0, [0, 4, 0], 0, 0x0, ["task_04819", "task_0", "", "Information", ""], &[], &T506),
            e(4820, 0, [0, 4, 0], 0, 0x0, ["task_04820", "task_0", "", "Information", ""], &[], &T507),
            e(4821, 0, [0, 4, 0], 0, 0x0, ["task_04821", "task_0", "", "Information", ""], &[], &T508),
            e(4822, 0, [0, 4, 0], 0, 0x0, ["task_04822", "task_0", "", "Information", ""], &[], &T509),
            e(4823, 0, [0, 4, 0], 0, 0x0, ["task_04823", "task_0", "", "Information", ""], &[], &T510),
            e(4824, 0, [0, 4, 0], 0, 0x0, ["task_04824", "task_0", "", "Information", ""], &[], &T489),
            e(4825, 0, [0, 4, 0], 0, 0x0, ["task_04825", "task_0", "", "Information", ""], &[], &T511),
            e(4826, 0, [0, 4, 0], 0, 0x0, ["task_04826", "task_0", "", "Information", ""], &[], &T512),
            e(4830, 0, [0, 4, 0], 0, 0x0, ["task_04830", "task_0", "", "Information", ""], &[], &T484),
            e(4864, 0, [0, 4, 0], 0, 0x0, ["task_04864", "task_0", "", "Information", ""], &[], &T513),
            e(4865, 0, [0, 4, 0], 0, 0x0, ["task_04865", "task_0", "", "Information", ""], &[], &T514),
            e(4866, 0, [0, 4, 0], 0, 0x0, ["task_04866", "task_0", "", "Information", ""], &[], &T514),
            e(4867, 0, [0, 4, 0], 0, 0x0, ["task_04867", "task_0", "", "Information", ""], &[], &T515),
            e(4868, 0, [0, 4, 0], 0, 0x0, ["task_04868", "task_0", "", "Information", ""], &[], &T516),
            e(4869, 0, [0, 4, 0], 0, 0x0, ["task_04869", "task_0", "", "Information", ""], &[], &T516),
            e(4870, 0, [0, 4, 0], 0, 0x0, ["task_04870", "task_0", "", "Information", ""], &[], &T517),
            e(4871, 0, [0, 4, 0], 0, 0x0, ["task_04871", "task_0", "", "Information", ""], &[], &T518),
            e(4872, 0, [0, 4, 0], 0, 0x0, ["task_04872", "task_0", "", "Information", ""], &[], &T519),
            e(4873, 0, [0, 4, 0], 0, 0x0, ["task_04873", "task_0", "", "Information", ""], &[], &T520),
            e(4874, 0, [0, 4, 0], 0, 0x0, ["task_04874", "task_0", "", "Information", ""], &[], &T521),
            e(4875, 0, [0, 4, 0], 0, 0x0, ["task_04875", "task_0", "", "Information", ""], &[], &T522),
            e(4876, 0, [0, 4, 0], 0, 0x0, ["task_04876", "task_0", "", "Information", ""], &[], &T523),
            e(4877, 0, [0, 4, 0], 0, 0x0, ["task_04877", "task_0", "", "Information", ""], &[], &T522),
            e(4878, 0, [0, 4, 0], 0, 0x0, ["task_04878", "task_0", "", "Information", ""], &[], &EMPTY),
            e(4879, 0, [0, 4, 0], 0, 0x0, ["task_04879", "task_0", "", "Information", ""], &[], &EMPTY),
            e(4880, 0, [0, 4, 0], 0, 0x0, ["task_04880", "task_0", "", "Information", ""], &[], &T524),
            e(4881, 0, [0, 4, 0], 0, 0x0, ["task_04881", "task_0", "", "Information", ""], &[], &T524),
            e(4882, 0, [0, 4, 0], 0, 0x0, ["task_04882", "task_0", "", "Information", ""], &[], &T525),
            e(4883, 0, [0, 4, 0], 0, 0x0, ["task_04883", "task_0", "", "Information", ""], &[], &T516),
            e(4884, 0, [0, 4, 0], 0, 0x0, ["task_04884", "task_0", "", "Information", ""], &[], &T526),
            e(4885, 0, [0, 4, 0], 0, 0x0, ["task_04885", "task_0", "", "Information", ""], &[], &T527),
            e(4886, 0, [0, 4, 0], 0, 0x0, ["task_04886", "task_0", "", "Information", ""], &[], &T528),
            e(4887, 0, [0, 4, 0], 0, 0x0, ["task_04887", "task_0", "", "Information", ""], &[], &T529),
            e(4888, 0, [0, 4, 0], 0, 0x0, ["task_04888", "task_0", "", "Information", ""], &[], &T529),
            e(4889, 0, [0, 4, 0], 0, 0x0, ["task_04889", "task_0", "", "Information", ""], &[], &T529),
            e(4890, 0, [0, 4, 0], 0, 0x0, ["task_04890", "task_0", "", "Information", ""], &[], &T530),
            e(4891, 0, [0, 4, 0], 0, 0x0, ["task_04891", "task_0", "", "Information", ""], &[], &T531),
            e(4892, 0, [0, 4, 0], 0, 0x0, ["task_04892", "task_0", "", "Information", ""], &[], &T532),
            e(4893, 0, [0, 4, 0], 0, 0x0, ["task_04893", "task_0", "", "Information", ""], &[], &T533),
            e(4894, 0, [0, 4, 0], 0, 0x0, ["task_04894", "task_0", "", "Information", ""], &[], &T516),
            e(4895, 0, [0, 4, 0], 0, 0x0, ["task_04895", "task_0", "", "Information", ""], &[], &T534),
            e(4896, 0, [0, 4, 0], 0, 0x0, ["task_04896", "task_0", "", "Information", ""], &[], &T535),
            e(4897, 0, [0, 4, 0], 0, 0x0, ["task_04897", "task_0", "", "Information", ""], &[], &T536),
            e(4898, 0, [0, 4, 0], 0, 0x0, ["task_04898", "task_0", "", "Information", ""], &[], &T537),
            e(4899, 0, [0, 4, 0], 0, 0x0, ["task_04899", "task_0", "", "Information", ""], &[], &T538),
            e(4900, 0, [0, 4, 0], 0, 0x0, ["task_04900", "task_0", "", "Information", ""], &[], &T539),
            e(4902, 0, [0, 4, 0], 0, 0x0, ["task_04902", "task_0", "", "Information", ""], &[], &T540),
            e(4904, 0, [0, 4, 0], 0, 0x0, ["task_04904", "task_0", "", "Information", ""], &[], &T541),
            e(4905, 0, [0, 4, 0], 0, 0x0, ["task_04905", "task_0", "", "Information", ""], &[], &T541),
            e(4906, 0, [0, 4, 0], 0, 0x0, ["task_04906", "task_0", "", "Information", ""], &[], &T542),
            e(4907, 0, [0, 4, 0], 0, 0x0, ["task_04907", "task_0", "", "Information", ""], &[], &T443),
            e(4908, 0, [0, 4, 0], 0, 0x0, ["task_04908", "task_0", "", "Information", ""], &[], &T543),
            e(4909, 0, [0, 4, 0], 0, 0x0, ["task_04909", "task_0", "", "Information", ""], &[], &T544),
            e(4910, 0, [0, 4, 0], 0, 0x0, ["task_04910", "task_0", "", "Information", ""], &[], &T545),
            e(4911, 0, [0, 4, 0], 0, 0x0, ["task_04911", "task_0", "", "Information", ""], &[], &T443),
            e(4912, 0, [0, 4, 0], 0, 0x0, ["task_04912", "task_0", "", "Information", ""], &[], &T546),
            e(4913, 0, [0, 4, 0], 0, 0x0, ["task_04913", "task_0", "", "Information", ""], &[], &T443),
            e(4928, 0, [0, 4, 0], 0, 0x0, ["task_04928", "task_0", "", "Information", ""], &[], &T547),
            e(4929, 0, [0, 4, 0], 0, 0x0, ["task_04929", "task_0", "", "Information", ""], &[], &T547),
            e(4930, 0, [0, 4, 0], 0, 0x0, ["task_04930", "task_0", "", "Information", ""], &[], &T547),
            e(4931, 0, [0, 4, 0], 0, 0x0, ["task_04931", "task_0", "", "Information", ""], &[], &T547),
            e(4932, 0, [0, 4, 0], 0, 0x0, ["task_04932", "task_0", "", "Information", ""], &[], &T548),
            e(4933, 0, [0, 4, 0], 0, 0x0, ["task_04933", "task_0", "", "Information", ""], &[], &T549),
            e(4934, 0, [0, 4, 0], 0, 0x0, ["task_04934", "task_0", "", "Information", ""], &[], &T550),
            e(4935, 0, [0, 4, 0], 0, 0x0, ["task_04935", "task_0", "", "Information", ""], &[], &T551),
            e(4936, 0, [0, 4, 0], 0, 0x0, ["task_04936", "task_0", "", "Information", ""], &[], &T552),
            e(4937, 0, [0, 4, 0], 0, 0x0, ["task_04937", "task_0", "", "Information", ""], &[], &T553),
            e(4944, 0, [0, 4, 0], 0, 0x0, ["task_04944", "task_0", "", "Information", ""], &[], &T554),
            e(4945, 0, [0, 4, 0], 0, 0x0, ["task_04945", "task_0", "", "Information", ""], &[], &T555),
            e(4946, 0, [0, 4, 0], 0, 0x0, ["task_04946", "task_0", "", "Information", ""], &[], &T556),
            e(4947, 0, [0, 4, 0], 0, 0x0, ["task_04947", "task_0", "", "Information", ""], &[], &T556),
            e(4948, 0, [0, 4, 0], 0, 0x0, ["task_04948", "task_0", "", "Information", ""], &[], &T556),
            e(4949, 0, [0, 4, 0], 0, 0x0, ["task_04949", "task_0", "", "Information", ""], &[], &EMPTY),
            e(4950, 0, [0, 4, 0], 0, 0x0, ["task_04950", "task_0", "", "Information", ""], &[], &T557),
            e(4951, 0, [0, 4, 0], 0, 0x0, ["task_04951", "task_0", "", "Information", ""], &[], &T558),
            e(4952, 0, [0, 4, 0], 0, 0x0, ["task_04952", "task_0", "", "Information", ""], &[], &T558),
            e(4953, 0, [0, 4, 0], 0, 0x0, ["task_04953", "task_0", "", "Information", ""], &[], &T559),
            e(4954, 0, [0, 4, 0], 0, 0x0, ["task_04954", "task_0", "", "Information", ""], &[], &EMPTY),
            e(4956, 0, [0, 4, 0], 0, 0x0, ["task_04956", "task_0", "", "Information", ""], &[], &T560),
            e(4957, 0, [0, 4, 0], 0, 0x0, ["task_04957", "task_0", "", "Information", ""], &[], &T561),
            e(4958, 0, [0, 4, 0], 0, 0x0, ["task_04958", "task_0", "", "Information", ""], &[], &T562),
            e(4960, 0, [0, 4, 0], 0, 0x0, ["task_04960", "task_0", "", "Information", ""], &[], &T563),
            e(4961, 0, [0, 4, 0], 0, 0x0, ["task_04961", "task_0", "", "Information", ""], &[], &T563),
            e(4962, 0, [0, 4, 0], 0, 0x0, ["task_04962", "task_0", "", "Information", ""], &[], &T563),
            e(4963, 0, [0, 4, 0], 0, 0x0, ["task_04963", "task_0", "", "Information", ""], &[], &T563),
            e(4964, 0, [0, 4, 0], 0, 0x0, ["task_04964", "task_0", "", "Information", ""], &[], &T564),
            e(4965, 0, [0, 4, 0], 0, 0x0, ["task_04965", "task_0", "", "Information", ""], &[], &T563),
            e(4976, 0, [0, 4, 0], 0, 0x0, ["task_04976", "task_0", "", "Information", ""], &[], &T565),
            e(4977, 0, [0, 4, 0], 0, 0x0, ["task_04977", "task_0", "", "Information", ""], &[], &T565),
            e(4978, 0, [0, 4, 0], 0, 0x0, ["task_04978", "task_0", "", "Information", ""], &[], &T565),
            e(4979, 0, [0, 4, 0], 0, 0x0, ["task_04979", "task_0", "", "Information", ""], &[], &T566),
            e(4980, 0, [0, 4, 0], 0, 0x0, ["task_04980", "task_0", "", "Information", ""], &[], &T567),
            e(4981, 0, [0, 4, 0], 0, 0x0, ["task_04981", "task_0", "", "Information", ""], &[], &T568),
            e(4982, 0, [0, 4, 0], 0, 0x0, ["task_04982", "task_0", "", "Information", ""], &[], &T569),
            e(4983, 0, [0, 4, 0], 0, 0x0, ["task_04983", "task_0", "", "Information", ""], &[], &T570),
            e(4984, 0, [0, 4, 0], 0, 0x0, ["task_04984", "task_0", "", "Information", ""], &[], &T571),
            e(4985, 0, [0, 4, 0], 0, 0x0, ["task_04985", "task_0", "", "Information", ""], &[], &T572),
            e(5024, 0, [0, 4, 0], 0, 0x0, ["task_05024", "task_0", "", "Information", ""], &[], &EMPTY),
            e(5025, 0, [0, 4, 0], 0, 0x0, ["task_05025", "task_0", "", "Information", ""], &[], &EMPTY),
            e(5027, 0, [0, 4, 0], 0, 0x0, ["task_05027", "task_0", "", "Information", ""], &[], &T87),
            e(5028, 0, [0, 4, 0], 0, 0x0, ["task_05028", "task_0", "", "Information", ""], &[], &T87),
            e(5029, 0, [0, 4, 0], 0, 0x0, ["task_05029", "task_0", "", "Information", ""], &[], &T87),
            e(5030, 0, [0, 4, 0], 0, 0x0, ["task_05030", "task_0", "", "Information", ""], &[], &T87),
            e(5031, 0, [0, 4, 0], 0, 0x0, ["task_05031", "task_0", "", "Information", ""], &[], &T573),
            e(5032, 0, [0, 4, 0], 0, 0x0, ["task_05032", "task_0", "", "Information", ""], &[], &T87),
            e(5033, 0, [0, 4, 0], 0, 0x0, ["task_05033", "task_0", "", "Information", ""], &[], &EMPTY),
            e(5034, 0, [0, 4, 0], 0, 0x0, ["task_05034", "task_0", "", "Information", ""], &[], &EMPTY),
            e(5035, 0, [0, 4, 0], 0, 0x0, ["task_05035", "task_0", "", "Information", ""], &[], &T87),
            e(5037, 0, [0, 4, 0], 0, 0x0, ["task_05037", "task_0", "", "Information", ""], &[], &T87),
            e(5038, 0, [0, 4, 0], 0, 0x0, ["task_05038", "task_0", "", "Information", ""], &[], &T100),
            e(5039, 0, [0, 4, 0], 0, 0x0, ["task_05039", "task_0", "", "Information", ""], &[], &T574),
            e(5040, 0, [0, 4, 0], 0, 0x0, ["task_05040", "task_0", "", "Information", ""], &[], &T575),
            e(5041, 0, [0, 4, 0], 0, 0x0, ["task_05041", "task_0", "", "Information", ""], &[], &T575),
            e(5042, 0, [0, 4, 0], 0, 0x0, ["task_05042", "task_0", "", "Information", ""], &[], &T575),
            e(5043, 0, [0, 4, 0], 0, 0x0, ["task_05043", "task_0", "", "Information", ""], &[], &T576),
            e(5044, 0, [0, 4, 0], 0, 0x0, ["task_05044", "task_0", "", "Information", ""], &[], &T576),
            e(5045, 0, [0, 4, 0], 0, 0x0, ["task_05045", "task_0", "", "Information", ""], &[], &T576),
            e(5046, 0, [0, 4, 0], 0, 0x0, ["task_05046", "task_0", "", "Information", ""], &[], &T577),
            e(5047, 0, [0, 4, 0], 0, 0x0, ["task_05047", "task_0", "", "Information", ""], &[], &T577),
            e(5048, 0, [0, 4, 0], 0, 0x0, ["task_05048", "task_0", "", "Information", ""], &[], &T577),
            e(5049, 0, [0, 4, 0], 0, 0x0, ["task_05049", "task_0", "", "Information", ""], &[], &T578),
            e(5050, 0, [0, 4, 0], 0, 0x0, ["task_05050", "task_0", "", "Information", ""], &[], &T579),
            e(5051, 0, [0, 4, 0], 0, 0x0, ["task_05051", "task_0", "", "Information", ""], &[], &T580),
            e(5056, 0, [0, 4, 0], 0, 0x0, ["task_05056", "task_0", "", "Information", ""], &[], &T581),
            e(5057, 0, [0, 4, 0], 0, 0x0, ["task_05057", "task_0", "", "Information", ""], &[], &T582),
            e(5058, 0, [0, 4, 0], 0, 0x0, ["task_05058", "task_0", "", "Information", ""], &[], &T583),
            e(5059, 0, [0, 4, 0], 0, 0x0, ["task_05059", "task_0", "", "Information", ""], &[], &T584),
            e(5060, 0, [0, 4, 0], 0, 0x0, ["task_05060", "task_0", "", "Information", ""], &[], &T585),
            e(5061, 0, [0, 4, 0], 0, 0x0, ["task_05061", "task_0", "", "Information", ""], &[], &T584),
            e(5062, 0, [0, 4, 0], 0, 0x0, ["task_05062", "task_0", "", "Information", ""], &[], &T586),
            e(5063, 0, [0, 4, 0], 0, 0x0, ["task_05063", "task_0", "", "Information", ""], &[], &T587),
            e(5064, 0, [0, 4, 0], 0, 0x0, ["task_05064", "task_0", "", "Information", ""], &[], &T588),
            e(5065, 0, [0, 4, 0], 0, 0x0, ["task_05065", "task_0", "", "Information", ""], &[], &T589),
            e(5066, 0, [0, 4, 0], 0, 0x0, ["task_05066", "task_0", "", "Information", ""], &[], &T590),
            e(5067, 0, [0, 4, 0], 0, 0x0, ["task_05067", "task_0", "", "Information", ""], &[], &T591),
            e(5068, 0, [0, 4, 0], 0, 0x0, ["task_05068", "task_0", "", "Information", ""], &[], &T592),
            e(5069, 0, [0, 4, 0], 0, 0x0, ["task_05069", "task_0", "", "Information", ""], &[], &T593),
            e(5070, 0, [0, 4, 0], 0, 0x0, ["task_05070", "task_0", "", "Information", ""], &[], &T594),
            e(5071, 0, [0, 4, 0], 0, 0x0, ["task_05071", "task_0", "", "Information", ""], &[], &T595),
            e(5120, 0, [0, 4, 0], 0, 0x0, ["task_05120", "task_0", "", "Information", ""], &[], &EMPTY),
            e(5121, 0, [0, 4, 0], 0, 0x0, ["task_05121", "task_0", "", "Information", ""], &[], &EMPTY),
            e(5122, 0, [0, 4, 0], 0, 0x0, ["task_05122", "task_0", "", "Information", ""], &[], &T596),
            e(5123, 0, [0, 4, 0], 0, 0x0, ["task_05123", "task_0", "", "Information", ""], &[], &T597),
            e(5124, 0, [0, 4, 0], 0, 0x0, ["task_05124", "task_0", "", "Information", ""], &[], &T598),
            e(5125, 0, [0, 4, 0], 0, 0x0, ["task_05125", "task_0", "", "Information", ""], &[], &T522),
            e(5125, 1, [0, 4, 0], 0, 0x0, ["task_05125_V1", "task_0", "", "Information", ""], &[], &T599),
            e(5126, 0, [0, 4, 0], 0, 0x0, ["task_05126", "task_0", "", "Information", ""], &[], &T600),
            e(5127, 0, [0, 4, 0], 0, 0x0, ["task_05127", "task_0", "", "Information", ""], &[], &T601),
            e(5136, 0, [0, 4, 0], 0, 0x0, ["task_05136", "task_0", "", "Information", ""], &[], &T602),
            e(5137, 0, [0, 4, 0], 0, 0x0, ["task_05137", "task_0", "", "Information", ""], &[], &T603),
            e(5138, 0, [0, 4, 0], 0, 0x0, ["task_05138", "task_0", "", "Information", ""], &[], &T604),
            e(5139, 0, [0, 4, 0], 0, 0x0, ["task_05139", "task_0", "", "Information", ""], &[], &T604),
            e(5140, 0, [0, 4, 0], 0, 0x0, ["task_05140", "task_0", "", "Information", ""], &[], &T605),
            e(5140, 1, [0, 4, 0], 0, 0x0, ["task_05140_V1", "task_0", "", "Information", ""], &[], &T606),
            e(5141, 0, [0, 4, 0], 0, 0x0, ["task_05141", "task_0", "", "Information", ""], &[], &T607),
            e(5142, 0, [0, 4, 0], 0, 0x0, ["task_05142", "task_0", "", "Information", ""], &[], &T608),
            e(5143, 0, [0, 4, 0], 0, 0x0, ["task_05143", "task_0", "", "Information", ""], &[], &T609),
            e(5144, 0, [0, 4, 0], 0, 0x0, ["task_05144", "task_0", "", "Information", ""], &[], &T608),
            e(5145, 0, [0, 4, 0], 0, 0x0, ["task_05145", "task_0", "", "Information", ""], &[], &T610),
            e(5146, 0, [0, 4, 0], 0, 0x0, ["task_05146", "task_0", "", "Information", ""], &[], &T611),
            e(5147, 0, [0, 4, 0], 0, 0x0, ["task_05147", "task_0", "", "Information", ""], &[], &T611),
            e(5148, 0, [0, 4, 0], 0, 0x0, ["task_05148", "task_0", "", "Information", ""], &[], &T612),
            e(5149, 0, [0, 4, 0], 0, 0x0, ["task_05149", "task_0", "", "Information", ""], &[], &T613),
            e(5150, 0, [0, 4, 0], 0, 0x0, ["task_05150", "task_0", "", "Information", ""], &[], &T614),
            e(5151, 0, [0, 4, 0], 0, 0x0, ["task_05151", "task_0", "", "Information", ""], &[], &T614),
            e(5152, 0, [0, 4, 0], 0, 0x0, ["task_05152", "task_0", "", "Information", ""], &[], &T615),
            e(5153, 0, [0, 4, 0], 0, 0x0, ["task_05153", "task_0", "", "Information", ""], &[], &T615),
            e(5154, 0, [0, 4, 0], 0, 0x0, ["task_05154", "task_0", "", "Information", ""], &[], &T616),
            e(5155, 0, [0, 4, 0], 0, 0x0, ["task_05155", "task_0", "", "Information", ""], &[], &T616),
            e(5156, 0, [0, 4, 0], 0, 0x0, ["task_05156", "task_0", "", "Information", ""], &[], &T617),
            e(5156, 1, [0, 4, 0], 0, 0x0, ["task_05156_V1", "task_0", "", "Information", ""], &[], &T618),
            e(5157, 0, [0, 4, 0], 0, 0x0, ["task_05157", "task_0", "", "Information", ""], &[], &T617),
            e(5157, 1, [0, 4, 0], 0, 0x0, ["task_05157_V1", "task_0", "", "Information", ""], &[], &T618),
            e(5158, 0, [0, 4, 0], 0, 0x0, ["task_05158", "task_0", "", "Information", ""], &[], &T616),
            e(5159, 0, [0, 4, 0], 0, 0x0, ["task_05159", "task_0", "", "Information", ""], &[], &T616),
            e(5168, 0, [0, 4, 0], 0, 0x0, ["task_05168", "task_0", "", "Information", ""], &[], &T619),
            e(5169, 0, [0, 4, 0], 0, 0x0, ["task_05169", "task_0", "", "Information", ""], &[], &T620),
            e(5170, 0, [0, 4, 0], 0, 0x0, ["task_05170", "task_0", "", "Information", ""], &[], &T620),
            e(5376, 0, [0, 4, 0], 0, 0x0, ["task_05376", "task_0", "", "Information", ""], &[], &T522),
            e(5377, 0, [0, 4, 0], 0, 0x0, ["task_05377", "task_0", "", "Information", ""], &[], &T522),
            e(5378, 0, [0, 4, 0], 0, 0x0, ["task_05378", "task_0", "", "Information", ""], &[], &T621),
            e(5440, 0, [0, 4, 0], 0, 0x0, ["task_05440", "task_0", "", "Information", ""], &[], &T622),
            e(5441, 0, [0, 4, 0], 0, 0x0, ["task_05441", "task_0", "", "Information", ""], &[], &T623),
            e(5442, 0, [0, 4, 0], 0, 0x0, ["task_05442", "task_0", "", "Information", ""], &[], &T624),
            e(5443, 0, [0, 4, 0], 0, 0x0, ["task_05443", "task_0", "", "Information", ""], &[], &T625),
            e(5444, 0, [0, 4, 0], 0, 0x0, ["task_05444", "task_0", "", "Information", ""], &[], &T626),
            e(5446, 0, [0, 4, 0], 0, 0x0, ["task_05446", "task_0", "", "Information", ""], &[], &T627),
            e(5447, 0, [0, 4, 0], 0, 0x0, ["task_05447", "task_0", "", "Information", ""], &[], &T628),
            e(5448, 0, [0, 4, 0], 0, 0x0, ["task_05448", "task_0", "", "Information", ""], &[], &T629),
            e(5449, 0, [0, 4, 0], 0, 0x0, ["task_05449", "task_0", "", "Information", ""], &[], &T630),
            e(5450, 0, [0, 4, 0], 0, 0x0, ["task_05450", "task_0", "", "Information", ""], &[], &T631),
            e(5451, 0, [0, 4, 0], 0, 0x0, ["task_05451", "task_0", "", "Information", ""], &[], &T632),
            e(5451, 1, [0, 4, 0], 0, 0x0, ["task_05451_V1", "task_0", "", "Information", ""], &[], &T633),
            e(5452, 0, [0, 4, 0], 0, 0x0, ["task_05452", "task_0", "", "Information", ""], &[], &T634),
            e(5452, 1, [0, 4, 0], 0, 0x0, ["task_05452_V1", "task_0", "", "Information", ""], &[], &T635),
            e(5453, 0, [0, 4, 0], 0, 0x0, ["task_05453", "task_0", "", "Information", ""], &[], &EMPTY),
            e(5456, 0, [0, 4, 0], 0, 0x0, ["task_05456", "task_0", "", "Information", ""], &[], &T636),
            e(5457, 0, [0, 4, 0], 0, 0x0, ["task_05457", "task_0", "", "Information", ""], &[], &T637),
            e(5458, 0, [0, 4, 0], 0, 0x0, ["task_05458", "task_0", "", "Information", ""], &[], &T636),
            e(5459, 0, [0, 4, 0], 0, 0x0, ["task_05459", "task_0", "", "Information", ""], &[], &T637),
            e(5460, 0, [0, 4, 0], 0, 0x0, ["task_05460", "task_0", "", "Information", ""], &[], &T636),
            e(5461, 0, [0, 4, 0], 0, 0x0, ["task_05461", "task_0", "", "Information", ""], &[], &T637),
            e(5462, 0, [0, 4, 0], 0, 0x0, ["task_05462", "task_0", "", "Information", ""], &[], &T637),
            e(5463, 0, [0, 4, 0], 0, 0x0, ["task_05463", "task_0", "", "Information", ""], &[], &EMPTY),
            e(5464, 0, [0, 4, 0], 0, 0x0, ["task_05464", "task_0", "", "Information", ""], &[], &EMPTY),
            e(5465, 0, [0, 4, 0], 0, 0x0, ["task_05465", "task_0", "", "Information", ""], &[], &EMPTY),
            e(5466, 0, [0, 4, 0], 0, 0x0, ["task_05466", "task_0", "", "Information", ""], &[], &EMPTY),
            e(5467, 0, [0, 4, 0], 0, 0x0, ["task_05467", "task_0", "", "Information", ""], &[], &EMPTY),
            e(5468, 0, [0, 4, 0], 0, 0x0, ["task_05468", "task_0", "", "Information", ""], &[], &EMPTY),
            e(5471, 0, [0, 4, 0], 0, 0x0, ["task_05471", "task_0", "", "Information", ""], &[], &T636),
            e(5472, 0, [0, 4, 0], 0, 0x0, ["task_05472", "task_0", "", "Information", ""], &[], &T637),
            e(5473, 0, [0, 4, 0], 0, 0x0, ["task_05473", "task_0", "", "Information", ""], &[], &T636),
            e(5474, 0, [0, 4, 0], 0, 0x0, ["task_05474", "task_0", "", "Information", ""], &[], &T637),
            e(5477, 0, [0, 4, 0], 0, 0x0, ["task_05477", "task_0", "", "Information", ""], &[], &T638),
            e(5478, 0, [0, 4, 0], 0, 0x0, ["task_05478", "task_0", "", "Information", ""], &[], &EMPTY),
            e(5479, 0, [0, 4, 0], 0, 0x0, ["task_05479", "task_0", "", "Information", ""], &[], &EMPTY),
            e(5480, 0, [0, 4, 0], 0, 0x0, ["task_05480", "task_0", "", "Information", ""], &[], &EMPTY),
            e(5483, 0, [0, 4, 0], 0, 0x0, ["task_05483", "task_0", "", "Information", ""], &[], &T639),
            e(5484, 0, [0, 4, 0], 0, 0x0, ["task_05484", "task_0", "", "Information", ""], &[], &T639),
            e(5485, 0, [0, 4, 0], 0, 0x0, ["task_05485", "task_0", "", "Information", ""], &[], &EMPTY),
            e(5632, 0, [0, 4, 0], 0, 0x0, ["task_05632", "task_0", "", "Information", ""], &[], &T640),
            e(5632, 1, [0, 4, 0], 0, 0x0, ["task_05632_V1", "task_0", "", "Information", ""], &[], &T641),
            e(5633, 0, [0, 4, 0], 0, 0x0, ["task_05633", "task_0", "", "Information", ""], &[], &T642),
            e(5712, 0, [0, 4, 0], 0, 0x0, ["task_05712", "task_0", "", "Information", ""], &[], &T643),
            e(5888, 0, [0, 4, 0], 0, 0x0, ["task_05888", "task_0", "", "Information", ""], &[], &T644),
            e(5889, 0, [0, 4, 0], 0, 0x0, ["task_05889", "task_0", "", "Information", ""], &[], &T645),
            e(5890, 0, [0, 4, 0], 0, 0x0, ["task_05890", "task_0", "", "Information", ""], &[], &T645),
            e(6144, 0, [0, 4, 0], 0, 0x0, ["task_06144", "task_0", "", "Information", ""], &[], &T646),
            e(6145, 0, [0, 4, 0], 0, 0x0, ["task_06145", "task_0", "", "Information", ""], &[], &T646),
            e(6272, 0, [0, 4, 0], 0, 0x0, ["task_06272", "task_0", "", "Information", ""], &[], &T647),
            e(6272, 1, [0, 4, 0], 0, 0x0, ["task_06272_V1", "task_0", "", "Information", ""], &[], &T648),
            e(6272, 2, [0, 4, 0], 0, 0x0, ["task_06272_V2", "task_0", "", "Information", ""], &[], &T649),
            e(6273, 0, [0, 4, 0], 0, 0x0, ["task_06273", "task_0", "", "Information", ""], &[], &T650),
            e(6273, 1, [0, 4, 0], 0, 0x0, ["task_06273_V1", "task_0", "", "Information", ""], &[], &T651),
            e(6273, 2, [0, 4, 0], 0, 0x0, ["task_06273_V2", "task_0", "", "Information", ""], &[], &T652),
            e(6274, 0, [0, 4, 0], 0, 0x0, ["task_06274", "task_0", "", "Information", ""], &[], &T650),
            e(6274, 1, [0, 4, 0], 0, 0x0, ["task_06274_V1", "task_0", "", "Information", ""], &[], &T653),
            e(6275, 0, [0, 4, 0], 0, 0x0, ["task_06275", "task_0", "", "Information", ""], &[], &T650),
            e(6275, 1, [0, 4, 0], 0, 0x0, ["task_06275_V1", "task_0", "", "Information", ""], &[], &T653),
            e(6276, 0, [0, 4, 0], 0, 0x0, ["task_06276", "task_0", "", "Information", ""], &[], &T654),
            e(6277, 0, [0, 4, 0], 0, 0x0, ["task_06277", "task_0", "", "Information", ""], &[], &T655),
            e(6278, 0, [0, 4, 0], 0, 0x0, ["task_06278", "task_0", "", "Information", ""], &[], &T654),
            e(6279, 0, [0, 4, 0], 0, 0x0, ["task_06279", "task_0", "", "Information", ""], &[], &T656),
            e(6280, 0, [0, 4, 0], 0, 0x0, ["task_06280", "task_0", "", "Information", ""], &[], &T656),
            e(6281, 0, [0, 4, 0], 0, 0x0, ["task_06281", "task_0", "", "Information", ""], &[], &T100),
            e(6400, 0, [0, 4, 0], 0, 0x0, ["task_06400", "task_0", "", "Information", ""], &[], &T657),
            e(6401, 0, [0, 4, 0], 0, 0x0, ["task_06401", "task_0", "", "Information", ""], &[], &T657),
            e(6402, 0, [0, 4, 0], 0, 0x0, ["task_06402", "task_0", "", "Information", ""], &[], &T657),
            e(6403, 0, [0, 4, 0], 0, 0x0, ["task_06403", "task_0", "", "Information", ""], &[], &T658),
            e(6404, 0, [0, 4, 0], 0, 0x0, ["task_06404", "task_0", "", "Information", ""], &[], &T659),
            e(6405, 0, [0, 4, 0], 0, 0x0, ["task_06405", "task_0", "", "Information", ""], &[], &T660),
            e(6406, 0, [0, 4, 0], 0, 0x0, ["task_06406", "task_0", "", "Information", ""], &[], &T661),
            e(6407, 0, [0, 4, 0], 0, 0x0, ["task_06407", "task_0", "", "Information", ""], &[], &T662),
            e(6408, 0, [0, 4, 0], 0, 0x0, ["task_06408", "task_0", "", "Information", ""], &[], &T661),
            e(6409, 0, [0, 4, 0], 0, 0x0, ["task_06409", "task_0", "", "Information", ""], &[], &T663),
            e(6410, 0, [0, 4, 0], 0, 0x0, ["task_06410", "task_0", "", "Information", ""], &[], &T100),
            e(6416, 0, [0, 4, 0], 0, 0x0, ["task_06416", "task_0", "", "Information", ""], &[], &T664),
            e(6416, 1, [0, 4, 0], 0, 0x0, ["task_06416_V1", "task_0", "", "Information", ""], &[], &T665),
            e(6417, 0, [0, 4, 0], 0, 0x0, ["task_06417", "task_0", "", "Information", ""], &[], &T666),
            e(6418, 0, [0, 4, 0], 0, 0x0, ["task_06418", "task_0", "", "Information", ""], &[], &T667),
            e(6419, 0, [0, 4, 0], 0, 0x0, ["task_06419", "task_0", "", "Information", ""], &[], &T668),
            e(6420, 0, [0, 4, 0], 0, 0x0, ["task_06420", "task_0", "", "Information", ""], &[], &T668),
            e(6421, 0, [0, 4, 0], 0, 0x0, ["task_06421", "task_0", "", "Information", ""], &[], &T668),
            e(6422, 0, [0, 4, 0], 0, 0x0, ["task_06422", "task_0", "", "Information", ""], &[], &T668),
            e(6423, 0, [0, 4, 0], 0, 0x0, ["task_06423", "task_0", "", "Information", ""], &[], &T668),
            e(6424, 0, [0, 4, 0], 0, 0x0, ["task_06424", "task_0", "", "Information", ""], &[], &T668),
            e(8191, 0, [0, 4, 0], 0, 0x0, ["task_08191", "task_0", "", "Information", ""], &[], &EMPTY),
        ],
    },
];

static T0: Template = Template { top_level: 5, properties: &[
    p("ProcessID", 8, 0),
    p("CreateTime", 17, 0),
    p("ParentProcessID", 8, 0),
    p("SessionID", 8, 0),
    p("ImageName", 1, 0),
] };

static T1: Template = Template { top_level: 6, properties: &[
    p("ProcessID", 8, 0),
    p("CreateTime", 17, 0),
    p("ParentProcessID", 8, 0),
    p("SessionID", 8, 0),
    p("Flags", 8, 0),
    p("ImageName", 1, 0),
] };

static T2: Template = Template { top_level: 10, properties: &[
    p("ProcessID", 8, 0),
    p("CreateTime", 17, 0),
    p("ParentProcessID", 8, 0),
    p("SessionID", 8, 0),
    p("Flags", 8, 0),
    p("ImageName", 1, 0),
    p("ImageChecksum", 8, 0),
    p("TimeDateStamp", 8, 0),
    p("PackageFullName", 1, 0),
    p("PackageRelativeAppId", 1, 0),
] };

static T3: Template = Template { top_level: 9, properties: &[
    p("ProcessID", 8, 0),
    p("CreateTime", 17, 0),
    p("ExitTime", 17, 0),
    p("ExitCode", 8, 0),
    p("TokenElevationType", 8, 0),
    p("HandleCount", 8, 0),
    p("CommitCharge", 10, 0),
    p("CommitPeak", 10, 0),
    p("ImageName", 2, 0),
] };

static T4: Template = Template { top_level: 15, properties: &[
    p("ProcessID", 8, 0),
    p("CreateTime", 17, 0),
    p("ExitTime", 17, 0),
    p("ExitCode", 8, 0),
    p("TokenElevationType", 8, 0),
    p("HandleCount", 8, 0),
    p("CommitCharge", 10, 0),
    p("CommitPeak", 10, 0),
    p("CPUCycleCount", 10, 0),
    p("ReadOperationCount", 8, 0),
    p("WriteOperationCount", 8, 0),
    p("ReadTransferKiloBytes", 8, 0),
    p("WriteTransferKiloBytes", 8, 0),
    p("HardFaultCount", 8, 0),
    p("ImageName", 2, 0),
] };

static T5: Template = Template { top_level: 9, properties: &[
    p("ProcessID", 8, 0),
    p("ThreadID", 8, 0),
    p("StackBase", 16, 0),
    p("StackLimit", 16, 0),
    p("UserStackBase", 16, 0),
    p("UserStackLimit", 16, 0),
    p("StartAddr", 16, 0),
    p("Win32StartAddr", 16, 0),
    p("TebBase", 16, 0),
] };

static T6: Template = Template { top_level: 10, properties: &[
    p("ProcessID", 8, 0),
    p("ThreadID", 8, 0),
    p("StackBase", 16, 0),
    p("StackLimit", 16, 0),
    p("UserStackBase", 16, 0),
    p("UserStackLimit", 16, 0),
    p("StartAddr", 16, 0),
    p("Win32StartAddr", 16, 0),
    p("TebBase", 16, 0),
    p("SubProcessTag", 8, 0),
] };

static T7: Template = Template { top_level: 11, properties: &[
    p("ProcessID", 8, 0),
    p("ThreadID", 8, 0),
    p("StackBase", 16, 0),
    p("StackLimit", 16, 0),
    p("UserStackBase", 16, 0),
    p("UserStackLimit", 16, 0),
    p("StartAddr", 16, 0),
    p("Win32StartAddr", 16, 0),
    p("TebBase", 16, 0),
    p("SubProcessTag", 8, 0),
    p("CycleTime", 10, 0),
] };

static T8: Template = Template { top_level: 7, properties: &[
    p("ImageBase", 16, 0),
    p("ImageSize", 16, 0),
    p("ProcessID", 8, 0),
    p("ImageCheckSum", 8, 0),
    p("TimeDateStamp", 8, 0),
    p("DefaultBase", 16, 0),
    p("ImageName", 1, 0),
] };

static T9: Template = Template { top_level: 4, properties: &[
    p("ProcessID", 8, 0),
    p("ThreadID", 8, 0),
    p("OldPriority", 4, 0),
    p("NewPriority", 4, 0),
] };

static T10: Template = Template { top_level: 1, properties: &[
    p("FrozenProcessID", 8, 0),
] };

static T11: Template = Template { top_level: 2, properties: &[
    p("FrozenProcessID", 8, 0),
    p("CreateTime", 17, 0),
] };

static T12: Template = Template { top_level: 3, properties: &[
    p("ContainerID", 15, 0),
    p("JobID", 8, 0),
    p("StatusCode", 8, 0),
] };

static T13: Template = Template { top_level: 10, properties: &[
    p("ProcessID", 8, 0),
    p("CreateTime", 17, 0),
    p("ParentProcessID", 8, 0),
    p("SessionID", 8, 0),
    p("Flags", 8, 0).map(&M0),
    p("ImageName", 1, 0),
    p("ImageChecksum", 8, 0),
    p("TimeDateStamp", 8, 0),
    p("PackageFullName", 1, 0),
    p("PackageRelativeAppId", 1, 0),
] };

static T14: Template = Template { top_level: 3, properties: &[
    p("JobID", 8, 0),
    p("DiskIoAttribution", 16, 0),
    p("StatusCode", 8, 0),
] };

static T15: Template = Template { top_level: 6, properties: &[
    p("JobID", 8, 0),
    p("IoRateControl", 16, 0),
    p("ControlType", 8, 0),
    p("RateType", 8, 0),
    p("RateAmount", 8, 0),
    p("StatusCode", 8, 0),
] };

static T16: Template = Template { top_level: 14, properties: &[
    p("JobID", 8, 0),
    p("IoRateControl", 16, 0),
    p("MaxIops", 10, 0),
    p("MaxBandwidth", 10, 0),
    p("MaxTimePercent", 10, 0),
    p("ReservationIops", 10, 0),
    p("ReservationBandwidth", 10, 0),
    p("ReservationTimePercent", 10, 0),
    p("CriticalReservationIops", 10, 0),
    p("CriticalReservationBandwidth", 10, 0),
    p("CriticalReservationTimePercent", 10, 0),
    p("ControlFlags", 8, 0),
    p("VolumeName", 1, 0),
    p("StatusCode", 8, 0),
] };

static T17: Template = Template { top_level: 17, properties: &[
    p("JobID", 8, 0),
    p("IoRateControl", 16, 0),
    p("MaxIops", 10, 0),
    p("MaxBandwidth", 10, 0),
    p("MaxTimePercent", 10, 0),
    p("ReservationIops", 10, 0),
    p("ReservationBandwidth", 10, 0),
    p("ReservationTimePercent", 10, 0),
    p("CriticalReservationIops", 10, 0),
    p("CriticalReservationBandwidth", 10, 0),
    p("CriticalReservationTimePercent", 10, 0),
    p("SoftMaxIops", 10, 0),
    p("SoftMaxBandwidth", 10, 0),
    p("SoftMaxTimePercent", 10, 0),
    p("ControlFlags", 8, 0),
    p("VolumeName", 1, 0),
    p("StatusCode", 8, 0),
] };

static T18: Template = Template { top_level: 2, properties: &[
    p("OldWorkOnBehalfThreadID", 8, 0),
    p("NewWorkOnBehalfThreadID", 8, 0),
] };

static T19: Template = Template { top_level: 2, properties: &[
    p("FileKey", 16, 0),
    p("FileName", 1, 0),
] };

static T20: Template = Template { top_level: 7, properties: &[
    p("Irp", 16, 0),
    p("ThreadId", 16, 0),
    p("FileObject", 16, 0),
    p("CreateOptions", 8, 0),
    p("CreateAttributes", 8, 0),
    p("ShareAccess", 8, 0),
    p("FileName", 1, 0),
] };

static T21: Template = Template { top_level: 7, properties: &[
    p("Irp", 16, 0),
    p("FileObject", 16, 0),
    p("IssuingThreadId", 8, 0),
    p("CreateOptions", 8, 0),
    p("CreateAttributes", 8, 0),
    p("ShareAccess", 8, 0),
    p("FileName", 1, 0),
] };

static T22: Template = Template { top_level: 4, properties: &[
    p("Irp", 16, 0),
    p("ThreadId", 16, 0),
    p("FileObject", 16, 0),
    p("FileKey", 16, 0),
] };

static T23: Template = Template { top_level: 4, properties: &[
    p("Irp", 16, 0),
    p("FileObject", 16, 0),
    p("FileKey", 16, 0),
    p("IssuingThreadId", 8, 0),
] };

static T24: Template = Template { top_level: 7, properties: &[
    p("ByteOffset", 10, 0),
    p("Irp", 16, 0),
    p("ThreadId", 16, 0),
    p("FileObject", 16, 0),
    p("FileKey", 16, 0),
    p("IOSize", 8, 0),
    p("IOFlags", 8, 0),
] };

static T25: Template = Template { top_level: 8, properties: &[
    p("ByteOffset", 10, 0),
    p("Irp", 16, 0),
    p("FileObject", 16, 0),
    p("FileKey", 16, 0),
    p("IssuingThreadId", 8, 0),
    p("IOSize", 8, 0),
    p("IOFlags", 8, 0),
    p("ExtraFlags", 8, 0),
] };

static T26: Template = Template { top_level: 6, properties: &[
    p("Irp", 16, 0),
    p("ThreadId", 16, 0),
    p("FileObject", 16, 0),
    p("FileKey", 16, 0),
    p("ExtraInformation", 16, 0),
    p("InfoClass", 8, 0),
] };

static T27: Template = Template { top_level: 6, properties: &[
    p("Irp", 16, 0),
    p("FileObject", 16, 0),
    p("FileKey", 16, 0),
    p("ExtraInformation", 16, 0),
    p("IssuingThreadId", 8, 0),
    p("InfoClass", 8, 0),
] };

static T28: Template = Template { top_level: 8, properties: &[
    p("Irp", 16, 0),
    p("ThreadId", 16, 0),
    p("FileObject", 16, 0),
    p("FileKey", 16, 0),
    p("Length", 8, 0),
    p("InfoClass", 8, 0),
    p("FileIndex", 8, 0),
    p("FileName", 1, 0),
] };

static T29: Template = Template { top_level: 8, properties: &[
    p("Irp", 16, 0),
    p("FileObject", 16, 0),
    p("FileKey", 16, 0),
    p("IssuingThreadId", 8, 0),
    p("Length", 8, 0),
    p("InfoClass", 8, 0),
    p("FileIndex", 8, 0),
    p("FileName", 1, 0),
] };

static T30: Template = Template { top_level: 3, properties: &[
    p("Irp", 16, 0),
    p("ExtraInformation", 16, 0),
    p("Status", 8, 0),
] };

static T31: Template = Template { top_level: 7, properties: &[
    p("Irp", 16, 0),
    p("ThreadId", 16, 0),
    p("FileObject", 16, 0),
    p("FileKey", 16, 0),
    p("ExtraInformation", 16, 0),
    p("InfoClass", 8, 0),
    p("FilePath", 1, 0),
] };

static T32: Template = Template { top_level: 7, properties: &[
    p("Irp", 16, 0),
    p("FileObject", 16, 0),
    p("FileKey", 16, 0),
    p("ExtraInformation", 16, 0),
    p("IssuingThreadId", 8, 0),
    p("InfoClass", 8, 0),
    p("FilePath", 1, 0),
] };

static T33: Template = Template { top_level: 6, properties: &[
    p("BaseObject", 16, 0),
    p("KeyObject", 16, 0),
    p("Status", 8, 0),
    p("Disposition", 8, 0),
    p("BaseName", 1, 0),
    p("RelativeName", 1, 0),
] };

static T34: Template = Template { top_level: 3, properties: &[
    p("KeyObject", 16, 0),
    p("Status", 8, 0),
    p("KeyName", 1, 0),
] };

static T35: Template = Template { top_level: 7, properties: &[
    p("KeyObject", 16, 0),
    p("Status", 8, 0),
    p("InfoClass", 8, 0),
    p("DataSize", 8, 0),
    p("KeyName", 1, 0),
    p("CapturedDataSize", 6, 0),
    p("CapturedData", 14, 0).length(Length::Property(5)),
] };

static T36: Template = Template { top_level: 12, properties: &[
    p("KeyObject", 16, 0),
    p("Status", 8, 0),
    p("Type", 8, 0),
    p("DataSize", 8, 0),
    p("KeyName", 1, 0),
    p("ValueName", 1, 0),
    p("CapturedDataSize", 6, 0),
    p("CapturedData", 14, 0).length(Length::Property(6)),
    p("PreviousDataType", 8, 0),
    p("PreviousDataSize", 8, 0),
    p("PreviousDataCapturedSize", 6, 0),
    p("PreviousData", 14, 0).length(Length::Property(10)),
] };

static T37: Template = Template { top_level: 4, properties: &[
    p("KeyObject", 16, 0),
    p("Status", 8, 0),
    p("KeyName", 1, 0),
    p("ValueName", 1, 0),
] };

static T38: Template = Template { top_level: 8, properties: &[
    p("KeyObject", 16, 0),
    p("Status", 8, 0),
    p("InfoClass", 8, 0),
    p("DataSize", 8, 0),
    p("KeyName", 1, 0),
    p("ValueName", 1, 0),
    p("CapturedDataSize", 6, 0),
    p("CapturedData", 14, 0).length(Length::Property(6)),
] };

static T39: Template = Template { top_level: 8, properties: &[
    p("KeyObject", 16, 0),
    p("Status", 8, 0),
    p("Index", 8, 0),
    p("InfoClass", 8, 0),
    p("DataSize", 8, 0),
    p("KeyName", 1, 0),
    p("CapturedDataSize", 6, 0),
    p("CapturedData", 14, 0).length(Length::Property(6)),
] };

static T40: Template = Template { top_level: 5, properties: &[
    p("KeyObject", 16, 0),
    p("Status", 8, 0),
    p("EntryCount", 8, 0),
    p("DataSize", 8, 0),
    p("KeyName", 1, 0),
] };

static T41: Template = Template { top_level: 2, properties: &[
    p("HiveFilePath", 1, 0),
    p("FileSize", 8, 0),
] };

static T42: Template = Template { top_level: 2, properties: &[
    p("TotalEntrySize", 8, 0),
    p("BytesRecovered", 8, 0),
] };

static T43: Template = Template { top_level: 1, properties: &[
    p("StatusCode", 20, 0),
] };

static T44: Template = Template { top_level: 2, properties: &[
    p("HiveFilePath", 1, 0),
    p("HiveMountPoint", 1, 0),
] };

static T45: Template = Template { top_level: 3, properties: &[
    p("HiveFilePath", 1, 0),
    p("HiveMountPoint", 1, 0),
    p("FlushFlags", 20, 0),
] };

static T46: Template = Template { top_level: 1, properties: &[
    p("BytesGathered", 8, 0),
] };

static T47: Template = Template { top_level: 2, properties: &[
    p("WritesIssued", 8, 0),
    p("BytesWritten", 8, 0),
] };

static T48: Template = Template { top_level: 2, properties: &[
    p("SourceFile", 1, 0),
    p("Flags", 20, 0),
] };

static T49: Template = Template { top_level: 1, properties: &[
    p("SourceKeyPath", 1, 0),
] };

static T50: Template = Template { top_level: 13, properties: &[
    p("PriorityLevels", 4, 0),
    p("ZeroPageCount", 16, 0),
    p("FreePageCount", 16, 0),
    p("ModifiedPageCount", 16, 0),
    p("ModifiedNoWritePageCount", 16, 0),
    p("BadPageCount", 16, 0),
    p("StandbyPageCounts", 16, 0).count(Count::Property(0)),
    p("RepurposedPageCounts", 16, 0).count(Count::Property(0)),
    p("ModifiedPageCountPageFile", 16, 0),
    p("PagedPoolPageCount", 16, 0),
    p("NonPagedPoolPageCount", 16, 0),
    p("MdlPageCount", 16, 0),
    p("CommitPageCount", 16, 0),
] };

static T51: Template = Template { top_level: 2, properties: &[
    p("Count", 8, 0),
    p("WSCommitInfo", 2, 0).count(Count::Property(0)),
] };

static T52: Template = Template { top_level: 2, properties: &[
    p("Count", 8, 0),
    p("SessionWSCommitInfo", 2, 0).count(Count::Property(0)),
] };

static T53: Template = Template { top_level: 1, properties: &[
    p("ProcessId", 8, 0),
] };

static T54: Template = Template { top_level: 2, properties: &[
    p("ProcessId", 8, 0),
    p("Flags", 20, 0),
] };

static T55: Template = Template { top_level: 3, properties: &[
    p("ProcessId", 8, 0),
    p("Status", 20, 0),
    p("PagesProcessed", 8, 0),
] };

static T56: Template = Template { top_level: 6, properties: &[
    p("ProcessId", 8, 0),
    p("Status", 20, 0),
    p("PagesProcessed", 16, 0),
    p("WriteCombinePagesProcessed", 16, 0),
    p("UncachedPagesProcessed", 16, 0),
    p("CleanPagesProcessed", 16, 0),
] };

static T57: Template = Template { top_level: 2, properties: &[
    p("ProcessId", 8, 0),
    p("Status", 20, 0),
] };

static T58: Template = Template { top_level: 1, properties: &[
    p("AcgFlag", 8, 0),
] };

static T59: Template = Template { top_level: 2, properties: &[
    p("Location", 8, 0),
    p("Context", 8, 0),
] };

static T60: Template = Template { top_level: 6, properties: &[
    p("Interface", 1, 0),
    p("TotalServerCount", 8, 0),
    p("Index", 8, 0),
    p("DynamicAddress", 4, 0).map(&M1),
    p("AddressLength", 8, 0),
    p("Address", 14, 0).length(Length::Property(4)),
] };

static T61: Template = Template { top_level: 3, properties: &[
    p("Interface", 1, 0),
    p("AddressLength", 8, 0),
    p("Address", 14, 0).length(Length::Property(1)),
] };

static T62: Template = Template { top_level: 2, properties: &[
    p("AddressLength", 8, 0),
    p("Address", 14, 0).length(Length::Property(0)),
] };

static T63: Template = Template { top_level: 3, properties: &[
    p("ErrorCode", 8, 0),
    p("Location", 8, 0),
    p("Context", 8, 0),
] };

static T64: Template = Template { top_level: 2, properties: &[
    p("DnsSuffix", 1, 0),
    p("AdSuffix", 1, 0),
] };

static T65: Template = Template { top_level: 3, properties: &[
    p("QueryName", 1, 0),
    p("AddressLength", 8, 0),
    p("Address", 14, 0).length(Length::Property(1)),
] };

static T66: Template = Template { top_level: 5, properties: &[
    p("QueryName", 1, 0),
    p("AddressLength", 8, 0),
    p("Address", 14, 0).length(Length::Property(1)),
    p("DnsAddressLength", 8, 0),
    p("DnsAddress", 14, 0).length(Length::Property(3)),
] };

static T67: Template = Template { top_level: 9, properties: &[
    p("KeyName", 1, 0),
    p("DnsSecValidationRequired", 8, 0),
    p("DnsQueryOverIPSec", 8, 0),
    p("DnsEncryption", 8, 0),
    p("DirectAccessServerList", 1, 0),
    p("RemoteIPSEC", 8, 0),
    p("RemoteEncryption", 8, 0),
    p("ProxyType", 8, 0),
    p("ProxyName", 1, 0),
] };

static T68: Template = Template { top_level: 8, properties: &[
    p("QueryName", 1, 0),
    p("KeyName", 1, 0),
    p("DnsSecValidationRequired", 8, 0),
    p("DnsQueryOverIPSec", 8, 0),
    p("DnsEncryption", 8, 0),
    p("DirectAccessServerList", 1, 0),
    p("ProxyType", 8, 0),
    p("ProxyName", 1, 0),
] };

static T69: Template = Template { top_level: 1, properties: &[
    p("QueryName", 1, 0),
] };

static T70: Template = Template { top_level: 2, properties: &[
    p("RuleName", 1, 0),
    p("ErrorCode", 8, 0),
] };

static T71: Template = Template { top_level: 4, properties: &[
    p("QueryName", 1, 0),
    p("ResponseQuestion", 1, 0),
    p("AddressLength", 8, 0),
    p("Address", 14, 0).length(Length::Property(2)),
] };

static T72: Template = Template { top_level: 10, properties: &[
    p("QueryName", 1, 0),
    p("KeyName", 1, 0),
    p("DnsSecValidationRequired", 8, 0),
    p("DnsQueryOverIPSec", 8, 0),
    p("DnsEncryption", 8, 0),
    p("DirectAccessServerList", 1, 0),
    p("ProxyType", 8, 0),
    p("ProxyName", 1, 0),
    p("GenericServerList", 1, 0),
    p("IdnConfig", 8, 0),
] };

static T73: Template = Template { top_level: 3, properties: &[
    p("QueryName", 1, 0),
    p("QueryType", 8, 0),
    p("QueryOptions", 10, 0),
] };

static T74: Template = Template { top_level: 1, properties: &[
    p("Status", 8, 0),
] };

static T75: Template = Template { top_level: 3, properties: &[
    p("QueryName", 1, 0),
    p("QueryType", 8, 0),
    p("Status", 8, 0),
] };

static T76: Template = Template { top_level: 8, properties: &[
    p("QueryName", 1, 0),
    p("QueryType", 8, 0),
    p("QueryOptions", 10, 0),
    p("ServerList", 1, 0),
    p("IsNetworkQuery", 8, 0),
    p("NetworkQueryIndex", 8, 0),
    p("InterfaceIndex", 8, 0),
    p("IsAsyncQuery", 8, 0),
] };

static T77: Template = Template { top_level: 5, properties: &[
    p("QueryName", 1, 0),
    p("QueryType", 8, 0),
    p("QueryOptions", 10, 0),
    p("QueryStatus", 8, 0),
    p("QueryResults", 1, 0),
] };

static T78: Template = Template { top_level: 7, properties: &[
    p("QueryName", 1, 0),
    p("IsParallelNetworkQuery", 8, 0),
    p("NetworkIndex", 8, 0),
    p("InterfaceCount", 8, 0),
    p("AdapterName", 1, 0),
    p("LocalAddress", 1, 0),
    p("DNSServerAddress", 1, 0),
] };

static T79: Template = Template { top_level: 3, properties: &[
    p("QueryName", 1, 0),
    p("QueryType", 8, 0),
    p("DnsServerIpAddress", 1, 0),
] };

static T80: Template = Template { top_level: 4, properties: &[
    p("QueryName", 1, 0),
    p("QueryType", 8, 0),
    p("DnsServerIpAddress", 1, 0),
    p("ResponseStatus", 8, 0),
] };

static T81: Template = Template { top_level: 5, properties: &[
    p("QueryName", 1, 0),
    p("NetworkIndex", 8, 0),
    p("InterfaceCount", 8, 0),
    p("AdapterName", 1, 0),
    p("LocalAddress", 1, 0),
] };

static T82: Template = Template { top_level: 3, properties: &[
    p("QueryName", 1, 0),
    p("Status", 8, 0),
    p("QueryResults", 1, 0),
] };

static T83: Template = Template { top_level: 4, properties: &[
    p("QueryName", 1, 0),
    p("QueryType", 8, 0),
    p("QueryOptions", 10, 0),
    p("InterfaceIndex", 8, 0),
] };

static T84: Template = Template { top_level: 5, properties: &[
    p("QueryName", 1, 0),
    p("QueryType", 8, 0),
    p("QueryOptions", 10, 0),
    p("Status", 8, 0),
    p("QueryResults", 1, 0),
] };

static T85: Template = Template { top_level: 4, properties: &[
    p("QueryName", 1, 0),
    p("QueryType", 8, 0),
    p("InterfaceIndex", 8, 0),
    p("NetworkIndex", 8, 0),
] };

static T86: Template = Template { top_level: 6, properties: &[
    p("QueryName", 1, 0),
    p("QueryType", 8, 0),
    p("NetworkIndex", 8, 0),
    p("InterfaceIndex", 8, 0),
    p("Status", 8, 0),
    p("QueryResults", 1, 0),
] };

static T87: Template = Template { top_level: 1, properties: &[
    p("ErrorCode", 8, 0),
] };

static T88: Template = Template { top_level: 7, properties: &[
    p("AdapterName", 1, 0),
    p("HostName", 1, 0),
    p("AdapterSuffixName", 1, 0),
    p("DnsServerList", 1, 0),
    p("SentUpdateServer", 1, 0),
    p("Ipaddress", 1, 0),
    p("ErrorCode", 8, 0),
] };

static T89: Template = Template { top_level: 3, properties: &[
    p("WarningCode", 8, 0),
    p("Location", 8, 0),
    p("Context", 8, 0),
] };

static T90: Template = Template { top_level: 2, properties: &[
    p("NextState", 4, 0),
    p("Context", 8, 0),
] };

static T91: Template = Template { top_level: 2, properties: &[
    p("Context", 8, 0),
    p("UpdateReasonCode", 8, 0),
] };

static T92: Template = Template { top_level: 6, properties: &[
    p("SourceAddress", 8, 0),
    p("SourcePort", 8, 0),
    p("DestinationAddress", 8, 0),
    p("DestinationPort", 8, 0),
    p("Protocol", 8, 0),
    p("ReferenceContext", 8, 0),
] };

static T93: Template = Template { top_level: 6, properties: &[
    p("SourceAddress", 14, 0),
    p("SourcePort", 8, 0),
    p("DestinationAddress", 14, 0),
    p("DestinationPort", 8, 0),
    p("Protocol", 8, 0),
    p("ReferenceContext", 8, 0),
] };

static T94: Template = Template { top_level: 4, properties: &[
    p("IfGuid", 15, 0),
    p("IfIndex", 8, 0),
    p("IfLuid", 10, 0),
    p("ReferenceContext", 8, 0),
] };

static T95: Template = Template { top_level: 3, properties: &[
    p("ContextInfo", 1, 0),
    p("UserData", 1, 0),
    p("Payload", 1, 0),
] };

static T96: Template = Template { top_level: 5, properties: &[
    p("MessageNumber", 7, 0),
    p("MessageTotal", 7, 0),
    p("ScriptBlockText", 1, 0),
    p("ScriptBlockId", 1, 0),
    p("Path", 1, 0),
] };

static T97: Template = Template { top_level: 2, properties: &[
    p("ScriptBlockId", 1, 0),
    p("RunspaceId", 1, 0),
] };

static T98: Template = Template { top_level: 2, properties: &[
    p("currentActivityId", 15, 0),
    p("parentActivityId", 15, 0),
] };

static T99: Template = Template { top_level: 8, properties: &[
    p("ClassName", 1, 0),
    p("MethodName", 1, 0),
    p("WorkflowGuid", 1, 0),
    p("Message", 1, 0),
    p("JobData", 1, 0),
    p("ActivityName", 1, 0),
    p("ActivityGuid", 1, 0),
    p("Parameters", 1, 0),
] };

static T100: Template = Template { top_level: 1, properties: &[
    p("param1", 1, 0),
] };

static T101: Template = Template { top_level: 3, properties: &[
    p("InstanceId", 1, 0),
    p("MaxRunspaces", 1, 0),
    p("MinRunspaces", 1, 0),
] };

static T102: Template = Template { top_level: 3, properties: &[
    p("param1", 1, 0),
    p("param2", 1, 0),
    p("param3", 1, 0),
] };

static T103: Template = Template { top_level: 11, properties: &[
    p("uri", 1, 0),
    p("shell", 1, 0),
    p("userName", 1, 0),
    p("opentimeout", 1, 0),
    p("idletimeout", 1, 0),
    p("canceltimeout", 1, 0),
    p("auth", 8, 0).map(&M2),
    p("thumbPrint", 1, 0),
    p("redircount", 1, 0),
    p("recvdDataSize", 1, 0),
    p("recvdObjSize", 1, 0),
] };

static T104: Template = Template { top_level: 1, properties: &[
    p("FileName", 1, 0),
] };

static T105: Template = Template { top_level: 2, properties: &[
    p("CurrentLine", 7, 0),
    p("FileName", 1, 0),
] };

static T106: Template = Template { top_level: 3, properties: &[
    p("DeserializedType", 1, 0),
    p("CastedToType", 1, 0),
    p("RehydratedType", 1, 0),
] };

static T107: Template = Template { top_level: 4, properties: &[
    p("DeserializedType", 1, 0),
    p("CastedToType", 1, 0),
    p("TypeCastException", 1, 0),
    p("TypeCastInnerException", 1, 0),
] };

static T108: Template = Template { top_level: 4, properties: &[
    p("SerializedType", 1, 0),
    p("OriginalDepth", 7, 0),
    p("OverridenDepth", 7, 0),
    p("CurrentDepthBelowTopLevel", 7, 0),
] };

static T109: Template = Template { top_level: 2, properties: &[
    p("SerializedType", 1, 0),
    p("OverridenMode", 8, 0).map(&M3),
] };

static T110: Template = Template { top_level: 3, properties: &[
    p("PropertyName", 1, 0),
    p("PropertyOwnerType", 1, 0),
    p("GetterScript", 1, 0),
] };

static T111: Template = Template { top_level: 4, properties: &[
    p("PropertyName", 1, 0),
    p("PropertyOwnerType", 1, 0),
    p("Exception", 1, 0),
    p("InnerException", 1, 0),
] };

static T112: Template = Template { top_level: 2, properties: &[
    p("TypeBeingEnumerated", 1, 0),
    p("Exception", 1, 0),
] };

static T113: Template = Template { top_level: 2, properties: &[
    p("Type", 1, 0),
    p("Exception", 1, 0),
] };

static T114: Template = Template { top_level: 3, properties: &[
    p("TypeOfObjectAtMaxDepth", 1, 0),
    p("PropertyNameAtMaxDepth", 1, 0),
    p("Depth", 7, 0),
] };

static T115: Template = Template { top_level: 3, properties: &[
    p("LineNumber", 7, 0),
    p("LinePosition", 7, 0),
    p("Exception", 1, 0),
] };

static T116: Template = Template { top_level: 2, properties: &[
    p("TypeOfObjectWithMissingProperty", 1, 0),
    p("PropertyName", 1, 0),
] };

static T117: Template = Template { top_level: 5, properties: &[
    p("Runspace_InstanceId", 1, 0),
    p("PowerShell_InstanceId", 1, 0),
    p("Destination", 8, 0).map(&M4),
    p("DataType", 8, 0),
    p("TargetInterface", 8, 0).map(&M5),
] };

static T118: Template = Template { top_level: 5, properties: &[
    p("SessionId", 1, 0),
    p("PipelineId", 1, 0),
    p("ErrorCode", 1, 0),
    p("ErrorMessage", 1, 0),
    p("StackTrace", 1, 0),
] };

static T119: Template = Template { top_level: 3, properties: &[
    p("SessionId", 1, 0),
    p("PipelineId", 1, 0),
    p("DataSize", 1, 0),
] };

static T120: Template = Template { top_level: 2, properties: &[
    p("SessionId", 1, 0),
    p("PipelineId", 1, 0),
] };

static T121: Template = Template { top_level: 3, properties: &[
    p("SessionId", 1, 0),
    p("PipelineId", 1, 0),
    p("SignalCode", 1, 0),
] };

static T122: Template = Template { top_level: 2, properties: &[
    p("SessionId", 1, 0),
    p("Uri", 1, 0),
] };

static T123: Template = Template { top_level: 5, properties: &[
    p("Runspace_InstanceId", 1, 0),
    p("PowerShell_InstanceId", 1, 0),
    p("DataSize", 1, 0),
    p("DataType", 8, 0),
    p("TargetInterface", 8, 0),
] };

static T124: Template = Template { top_level: 2, properties: &[
    p("param1", 1, 0),
    p("param2", 1, 0),
] };

static T125: Template = Template { top_level: 4, properties: &[
    p("param1", 1, 0),
    p("param2", 1, 0),
    p("param3", 1, 0),
    p("param4", 1, 0),
] };

static T126: Template = Template { top_level: 6, properties: &[
    p("ObjectId", 9, 0),
    p("FragmentId", 9, 0),
    p("sFlag", 7, 0),
    p("eFlag", 7, 0),
    p("FragmentLength", 8, 0),
    p("FragmentPayload", 1, 0),
] };

static T127: Template = Template { top_level: 8, properties: &[
    p("Message", 1, 0),
    p("Category", 1, 0),
    p("Reason", 1, 0),
    p("TargetName", 1, 0),
    p("FullyQualifiedErrorId", 1, 0),
    p("ExceptionMessage", 1, 0),
    p("ExceptionStackTrace", 1, 0),
    p("ExceptionInnerException", 1, 0),
] };

static T128: Template = Template { top_level: 6, properties: &[
    p("Id", 1, 0),
    p("InstanceId", 1, 0),
    p("Name", 1, 0),
    p("Location", 1, 0),
    p("State", 1, 0),
    p("Command", 1, 0),
] };

static T129: Template = Template { top_level: 11, properties: &[
    p("uri", 1, 0),
    p("shell", 1, 0),
    p("userName", 1, 0),
    p("opentimeout", 1, 0),
    p("idletimeout", 1, 0),
    p("canceltimeout", 1, 0),
    p("auth", 8, 0),
    p("thumbPrint", 1, 0),
    p("redircount", 1, 0),
    p("recvdDataSize", 1, 0),
    p("recvdObjSize", 1, 0),
] };

static T130: Template = Template { top_level: 5, properties: &[
    p("endpointName", 1, 0),
    p("user", 1, 0),
    p("hostingMode", 1, 0),
    p("protocol", 1, 0),
    p("configuration", 1, 0),
] };

static T131: Template = Template { top_level: 2, properties: &[
    p("workflowId", 15, 0),
    p("managedNodes", 1, 0),
] };

static T132: Template = Template { top_level: 3, properties: &[
    p("workflowId", 15, 0),
    p("newState", 1, 0),
    p("oldState", 1, 0),
] };

static T133: Template = Template { top_level: 1, properties: &[
    p("endpointName", 1, 0),
] };

static T134: Template = Template { top_level: 1, properties: &[
    p("workflowId", 15, 0),
] };

static T135: Template = Template { top_level: 4, properties: &[
    p("endpointName", 1, 0),
    p("configName", 1, 0),
    p("allowedValue", 1, 0),
    p("valueInQuestion", 1, 0),
] };

static T136: Template = Template { top_level: 2, properties: &[
    p("workflowId", 15, 0),
    p("managedNode", 1, 0),
] };

static T137: Template = Template { top_level: 2, properties: &[
    p("workflowId", 15, 0),
    p("activityName", 1, 0),
] };

static T138: Template = Template { top_level: 2, properties: &[
    p("activityName", 1, 0),
    p("activityTypeName", 1, 0),
] };

static T139: Template = Template { top_level: 2, properties: &[
    p("workflowId", 15, 0),
    p("xamlFile", 1, 0),
] };

static T140: Template = Template { top_level: 2, properties: &[
    p("workflowId", 15, 0),
    p("errorDescription", 1, 0),
] };

static T141: Template = Template { top_level: 3, properties: &[
    p("workflowId", 15, 0),
    p("activityDisplayName", 1, 0),
    p("activityType", 1, 0),
] };

static T142: Template = Template { top_level: 3, properties: &[
    p("workflowId", 15, 0),
    p("activityName", 1, 0),
    p("failureDescription", 1, 0),
] };

static T143: Template = Template { top_level: 2, properties: &[
    p("runspaceId", 1, 0),
    p("availability", 1, 0),
] };

static T144: Template = Template { top_level: 3, properties: &[
    p("runspaceId", 1, 0),
    p("newState", 1, 0),
    p("oldState", 1, 0),
] };

static T145: Template = Template { top_level: 2, properties: &[
    p("workflowId", 15, 0),
    p("path", 1, 0),
] };

static T146: Template = Template { top_level: 1, properties: &[
    p("jobId", 15, 0),
] };

static T147: Template = Template { top_level: 4, properties: &[
    p("jobId", 7, 0),
    p("workflowId", 15, 0),
    p("newState", 1, 0),
    p("oldState", 1, 0),
] };

static T148: Template = Template { top_level: 3, properties: &[
    p("jobId", 7, 0),
    p("workflowId", 15, 0),
    p("errorDescription", 1, 0),
] };

static T149: Template = Template { top_level: 3, properties: &[
    p("parentJobId", 15, 0),
    p("childJobId", 15, 0),
    p("childWorkflowId", 15, 0),
] };

static T150: Template = Template { top_level: 2, properties: &[
    p("jobId", 15, 0),
    p("workflowId", 15, 0),
] };

static T151: Template = Template { top_level: 3, properties: &[
    p("parentJobId", 15, 0),
    p("childJobId", 15, 0),
    p("workflowId", 15, 0),
] };

static T152: Template = Template { top_level: 4, properties: &[
    p("parentJobId", 15, 0),
    p("childJobId", 15, 0),
    p("workflowId", 15, 0),
    p("error", 1, 0),
] };

static T153: Template = Template { top_level: 2, properties: &[
    p("workflowId", 15, 0),
    p("reason", 1, 0),
] };

static T154: Template = Template { top_level: 2, properties: &[
    p("workflowId", 15, 0),
    p("persistPath", 1, 0),
] };

static T155: Template = Template { top_level: 1, properties: &[
    p("activityName", 1, 0),
] };

static T156: Template = Template { top_level: 3, properties: &[
    p("endpointName", 1, 0),
    p("endpointType", 1, 0),
    p("registeredBy", 1, 0),
] };

static T157: Template = Template { top_level: 2, properties: &[
    p("endpointName", 1, 0),
    p("modifiedBy", 1, 0),
] };

static T158: Template = Template { top_level: 2, properties: &[
    p("endpointName", 1, 0),
    p("unregisteredBy", 1, 0),
] };

static T159: Template = Template { top_level: 2, properties: &[
    p("endpointName", 1, 0),
    p("disabledBy", 1, 0),
] };

static T160: Template = Template { top_level: 2, properties: &[
    p("endpointName", 1, 0),
    p("enabledBy", 1, 0),
] };

static T161: Template = Template { top_level: 1, properties: &[
    p("command", 1, 0),
] };

static T162: Template = Template { top_level: 2, properties: &[
    p("parameters", 1, 0),
    p("computers", 1, 0),
] };

static T163: Template = Template { top_level: 4, properties: &[
    p("checkpointPath", 1, 0),
    p("configProviderId", 1, 0),
    p("userName", 1, 0),
    p("path", 1, 0),
] };

static T164: Template = Template { top_level: 1, properties: &[
    p("TrackingId", 15, 0),
] };

static T165: Template = Template { top_level: 2, properties: &[
    p("TrackingId", 15, 0),
    p("ContainerParentJobInstanceId", 15, 0),
] };

static T166: Template = Template { top_level: 1, properties: &[
    p("WorkflowJobJobInstanceId", 15, 0),
] };

static T167: Template = Template { top_level: 2, properties: &[
    p("WorkflowJobInstanceId", 15, 0),
    p("ContainerParentJobInstanceId", 15, 0),
] };

static T168: Template = Template { top_level: 2, properties: &[
    p("ProxyJobInstanceId", 15, 0),
    p("ContainerParentJobInstanceId", 15, 0),
] };

static T169: Template = Template { top_level: 1, properties: &[
    p("ContainerParentJobInstanceId", 15, 0),
] };

static T170: Template = Template { top_level: 1, properties: &[
    p("ProxyJobInstanceId", 15, 0),
] };

static T171: Template = Template { top_level: 1, properties: &[
    p("ProxyChildJobInstanceId", 15, 0),
] };

static T172: Template = Template { top_level: 1, properties: &[
    p("message", 1, 0),
] };

static T173: Template = Template { top_level: 2, properties: &[
    p("ScheduledJobDefName", 1, 0),
    p("StartTime", 1, 0),
] };

static T174: Template = Template { top_level: 3, properties: &[
    p("ScheduledJobDefName", 1, 0),
    p("StopTime", 1, 0),
    p("State", 1, 0),
] };

static T175: Template = Template { top_level: 4, properties: &[
    p("Name", 1, 0),
    p("Message", 1, 0),
    p("StackTrace", 1, 0),
    p("InnerException", 1, 0),
] };

static T176: Template = Template { top_level: 7, properties: &[
    p("GroupOperationId", 8, 0),
    p("OperationId", 8, 0),
    p("Operation", 1, 0),
    p("ClientMachine", 1, 0),
    p("User", 1, 0),
    p("ClientProcessId", 8, 0),
    p("NamespaceName", 1, 0),
] };

static T177: Template = Template { top_level: 5, properties: &[
    p("GroupOperationId", 8, 0),
    p("Operation", 1, 0),
    p("ProviderName", 1, 0),
    p("ProviderGuid", 1, 0),
    p("Path", 1, 0),
] };

static T178: Template = Template { top_level: 1, properties: &[
    p("OperationId", 8, 0),
] };

static T179: Template = Template { top_level: 8, properties: &[
    p("CorrelationId", 1, 0),
    p("GroupOperationId", 8, 0),
    p("OperationId", 8, 0),
    p("Operation", 1, 0),
    p("ClientMachine", 1, 0),
    p("User", 1, 0),
    p("ClientProcessId", 8, 0),
    p("NamespaceName", 1, 0),
] };

static T180: Template = Template { top_level: 6, properties: &[
    p("GroupOperationId", 8, 0),
    p("Operation", 1, 0),
    p("HostId", 8, 0),
    p("ProviderName", 1, 0),
    p("ProviderGuid", 1, 0),
    p("Path", 1, 0),
] };

static T181: Template = Template { top_level: 2, properties: &[
    p("OperationId", 8, 0),
    p("ResultCode", 20, 0),
] };

static T182: Template = Template { top_level: 4, properties: &[
    p("OperationId", 8, 0),
    p("Operation", 1, 0),
    p("Channel", 8, 0),
    p("Message", 1, 0),
] };

static T183: Template = Template { top_level: 6, properties: &[
    p("OperationId", 8, 0),
    p("Operation", 1, 0),
    p("ErrorId", 1, 0),
    p("ErrorCategory", 8, 0),
    p("Message", 1, 0),
    p("TargetName", 1, 0),
] };

static T184: Template = Template { top_level: 4, properties: &[
    p("OperationId", 8, 0),
    p("Operation", 1, 0),
    p("ErrorId", 20, 0),
    p("Message", 1, 0),
] };

static T185: Template = Template { top_level: 6, properties: &[
    p("CorrelationId", 1, 0),
    p("ProcessId", 8, 0),
    p("Protocol", 1, 0),
    p("Operation", 1, 0),
    p("User", 1, 0),
    p("Namespace", 1, 0),
] };

static T186: Template = Template { top_level: 2, properties: &[
    p("ConsumerType", 1, 0),
    p("PossibleCause", 1, 0),
] };

static T187: Template = Template { top_level: 2, properties: &[
    p("OperationID", 8, 0),
    p("Operation", 1, 0),
] };

static T188: Template = Template { top_level: 3, properties: &[
    p("OperationID", 8, 0),
    p("Operation", 1, 0),
    p("Flags", 8, 0),
] };

static T189: Template = Template { top_level: 3, properties: &[
    p("ComponentName", 1, 0),
    p("MessageDetail", 1, 0),
    p("FileName", 1, 0),
] };

static T190: Template = Template { top_level: 4, properties: &[
    p("ComponentName", 1, 0),
    p("ErrorId", 20, 0),
    p("ErrorDetail", 1, 0),
    p("FileName", 1, 0),
] };

static T191: Template = Template { top_level: 5, properties: &[
    p("ProviderName", 1, 0),
    p("Code", 20, 0),
    p("HostProcess", 1, 0),
    p("ProcessID", 8, 0),
    p("ProviderPath", 1, 0),
] };

static T192: Template = Template { top_level: 8, properties: &[
    p("Id", 1, 0),
    p("ClientMachine", 1, 0),
    p("User", 1, 0),
    p("ClientProcessId", 8, 0),
    p("Component", 1, 0),
    p("Operation", 1, 0),
    p("ResultCode", 20, 0),
    p("PossibleCause", 1, 0),
] };

static T193: Template = Template { top_level: 7, properties: &[
    p("NamespaceName", 1, 0),
    p("Query", 1, 0),
    p("User", 1, 0),
    p("processid", 8, 0),
    p("providerName", 1, 0),
    p("queryid", 8, 0),
    p("PossibleCause", 1, 0),
] };

static T194: Template = Template { top_level: 6, properties: &[
    p("NamespaceName", 1, 0),
    p("Query", 1, 0),
    p("User", 1, 0),
    p("processid", 8, 0),
    p("MachineName", 1, 0),
    p("PossibleCause", 1, 0),
] };

static T195: Template = Template { top_level: 4, properties: &[
    p("Namespace", 1, 0),
    p("ESS", 1, 0),
    p("CONSUMER", 1, 0),
    p("PossibleCause", 1, 0),
] };

static T196: Template = Template { top_level: 4, properties: &[
    p("Status", 8, 0),
    p("Endpoint", 16, 0),
    p("AddressFamily", 8, 0).map(&M6),
    p("Pid", 8, 0),
] };

static T197: Template = Template { top_level: 7, properties: &[
    p("Tcb", 16, 0),
    p("LocalAddressLength", 8, 0),
    p("LocalAddress", 14, 0).length(Length::Property(1)),
    p("RemoteAddressLength", 8, 0),
    p("RemoteAddress", 14, 0).length(Length::Property(3)),
    p("NewState", 8, 0),
    p("RexmitCount", 8, 0),
] };

static T198: Template = Template { top_level: 3, properties: &[
    p("Tcb", 16, 0),
    p("Status", 8, 0),
    p("AddressFamily", 8, 0),
] };

static T199: Template = Template { top_level: 4, properties: &[
    p("Tcb", 16, 0),
    p("ISN", 8, 0),
    p("RcvWnd", 8, 0),
    p("RcvWndScale", 4, 0),
] };

static T200: Template = Template { top_level: 3, properties: &[
    p("LocalAddressLength", 8, 0),
    p("LocalAddress", 14, 0).length(Length::Property(0)),
    p("Status", 8, 0),
] };

static T201: Template = Template { top_level: 6, properties: &[
    p("LocalAddressLength", 8, 0),
    p("LocalAddress", 14, 0).length(Length::Property(0)),
    p("Status", 8, 0),
    p("ProcessId", 8, 0),
    p("CompartmentId", 8, 0),
    p("AddressFamily", 8, 0),
] };

static T202: Template = Template { top_level: 8, properties: &[
    p("LocalAddressLength", 8, 0),
    p("LocalAddress", 14, 0).length(Length::Property(0)),
    p("RemoteAddressLength", 8, 0),
    p("RemoteAddress", 14, 0).length(Length::Property(2)),
    p("Status", 8, 0),
    p("ProcessId", 8, 0),
    p("Compartment", 8, 0),
    p("Tcb", 16, 0),
] };

static T203: Template = Template { top_level: 7, properties: &[
    p("Tcb", 16, 0),
    p("LocalAddressLength", 8, 0),
    p("LocalAddress", 14, 0).length(Length::Property(1)),
    p("RemoteAddressLength", 8, 0),
    p("RemoteAddress", 14, 0).length(Length::Property(3)),
    p("NewState", 8, 0).map(&M7),
    p("RexmitCount", 8, 0),
] };

static T204: Template = Template { top_level: 5, properties: &[
    p("LocalAddressLength", 8, 0),
    p("LocalAddress", 14, 0).length(Length::Property(0)),
    p("RemoteAddressLength", 8, 0),
    p("RemoteAddress", 14, 0).length(Length::Property(2)),
    p("Path", 16, 0),
] };

static T205: Template = Template { top_level: 6, properties: &[
    p("SynAttacksDetected", 8, 0),
    p("ReassemblyLimitViolations", 8, 0),
    p("ConnectionRateLimitBacklog", 8, 0),
    p("ConnectionRateLimitViolations", 8, 0),
    p("LandAttackSegmentsDropped", 8, 0),
    p("ConnectionRateLimitDepth", 8, 0),
] };

static T206: Template = Template { top_level: 10, properties: &[
    p("Tcb", 16, 0),
    p("Delivery", 16, 0),
    p("Request", 16, 0),
    p("NumBytes", 16, 0),
    p("RequestFlags", 8, 0),
    p("Length", 16, 0),
    p("RequestStatus", 8, 0),
    p("IsUrgentDelivery", 8, 0),
    p("FullySatisfiedORDelayedPush", 8, 0),
    p("RcvNxt", 8, 0),
] };

static T207: Template = Template { top_level: 3, properties: &[
    p("Length", 16, 0),
    p("Timeout", 10, 0),
    p("Injected", 1, 0),
] };

static T208: Template = Template { top_level: 4, properties: &[
    p("OldState", 8, 0),
    p("NewState", 8, 0),
    p("SndNxt", 8, 0),
    p("Tcb", 16, 0),
] };

static T209: Template = Template { top_level: 4, properties: &[
    p("ProcessId", 8, 0),
    p("Status", 8, 0),
    p("StartPort", 6, 0),
    p("NumberOfPorts", 6, 0),
] };

static T210: Template = Template { top_level: 4, properties: &[
    p("HighMemoryEvent", 8, 0),
    p("HighPagedPoolEvent", 8, 0),
    p("LowMemoryEvent", 8, 0),
    p("LowPagedPoolEvent", 8, 0),
] };

static T211: Template = Template { top_level: 2, properties: &[
    p("InterfaceIndex", 8, 0),
    p("AddressFamily", 8, 0),
] };

static T212: Template = Template { top_level: 3, properties: &[
    p("Tcb", 16, 0),
    p("TimerType", 8, 0).map(&M8),
    p("WaitTimeMilliseconds", 8, 0),
] };

static T213: Template = Template { top_level: 8, properties: &[
    p("Tcb", 16, 0),
    p("TimerType", 8, 0),
    p("WaitTimeMilliseconds", 8, 0),
    p("Processor", 8, 0),
    p("LastInterruptTime", 10, 0),
    p("LastMicroseconds", 10, 0),
    p("CachedKQPCValues", 9, 0),
    p("CachedFrequencyValues", 9, 0),
] };

static T214: Template = Template { top_level: 3, properties: &[
    p("Tcb", 16, 0),
    p("TimerType", 8, 0),
    p("WaitTimeMilliseconds", 8, 0),
] };

static T215: Template = Template { top_level: 5, properties: &[
    p("IsbSize", 8, 0),
    p("Cwnd", 8, 0),
    p("SndWnd", 8, 0),
    p("SendAvailable", 8, 0),
    p("SSThresh", 8, 0),
] };

static T216: Template = Template { top_level: 6, properties: &[
    p("SourceProcessor", 8, 0),
    p("SourceActivity", 8, 0),
    p("DestinationProcessor", 8, 0),
    p("DestinationActivity", 8, 0),
    p("PartitionMovesRemaining", 8, 0),
    p("TableEntry", 4, 0),
] };

static T217: Template = Template { top_level: 13, properties: &[
    p("Tcb", 16, 0),
    p("Cwnd", 8, 0),
    p("SSThresh", 8, 0),
    p("RttSample", 8, 0),
    p("NumBytes", 8, 0),
    p("SeqNo", 8, 0),
    p("SndUna", 8, 0),
    p("Round", 8, 0),
    p("SRTT", 8, 0),
    p("RTO", 8, 0),
    p("DWnd", 8, 0),
    p("BaseRtt", 8, 0),
    p("DupAckCount", 8, 0),
] };

static T218: Template = Template { top_level: 3, properties: &[
    p("Tcb", 16, 0),
    p("NumBytes", 8, 0),
    p("SeqNo", 8, 0),
] };

static T219: Template = Template { top_level: 8, properties: &[
    p("Tcb", 16, 0),
    p("Cwnd", 8, 0),
    p("SSThresh", 8, 0),
    p("SndUna", 8, 0),
    p("Mss", 8, 0),
    p("ThAck", 8, 0),
    p("DWnd", 8, 0),
    p("BaseRtt", 8, 0),
] };

static T220: Template = Template { top_level: 3, properties: &[
    p("Tcb", 16, 0),
    p("SndUna", 8, 0),
    p("SndMax", 8, 0),
] };

static T221: Template = Template { top_level: 5, properties: &[
    p("Tcb", 16, 0),
    p("SndUna", 8, 0),
    p("SndMax", 8, 0),
    p("Reason", 1, 0),
    p("IsSack", 8, 0).map(&M9),
] };

static T222: Template = Template { top_level: 5, properties: &[
    p("Tcb", 16, 0),
    p("SndUna", 8, 0),
    p("SndMax", 8, 0),
    p("Reason", 1, 0),
    p("IsSack", 8, 0),
] };

static T223: Template = Template { top_level: 4, properties: &[
    p("Tcb", 16, 0),
    p("BHMSS", 8, 0),
    p("OriginalMSS", 8, 0),
    p("TraceString", 1, 0),
] };

static T224: Template = Template { top_level: 1, properties: &[
    p("NBL", 16, 0),
] };

static T225: Template = Template { top_level: 5, properties: &[
    p("LocalAddressLength", 8, 0),
    p("LocalAddress", 14, 0).length(Length::Property(0)),
    p("RemoteAddressLength", 8, 0),
    p("RemoteAddress", 14, 0).length(Length::Property(2)),
    p("BufferSize", 8, 0),
] };

static T226: Template = Template { top_level: 6, properties: &[
    p("TcbState", 8, 0),
    p("OcbState", 8, 0),
    p("SndNxt", 8, 0),
    p("RcvNxt", 8, 0),
    p("Tcb", 16, 0),
    p("Status", 8, 0),
] };

static T227: Template = Template { top_level: 6, properties: &[
    p("Tcb", 16, 0),
    p("TimerValue", 8, 0),
    p("BytesToSend", 16, 0),
    p("SendAvailable", 8, 0),
    p("Cwnd", 8, 0),
    p("MaxSndWnd", 16, 0),
] };

static T228: Template = Template { top_level: 3, properties: &[
    p("Tcb", 16, 0),
    p("OptionType", 8, 0),
    p("SoOptionType", 8, 0),
] };

static T229: Template = Template { top_level: 3, properties: &[
    p("Tcb", 16, 0),
    p("OptionType", 8, 0).map(&M10),
    p("SoOptionType", 8, 0),
] };

static T230: Template = Template { top_level: 2, properties: &[
    p("InterfaceIndex", 8, 0),
    p("TraceString", 2, 0),
] };

static T231: Template = Template { top_level: 1, properties: &[
    p("ModuleNameString", 1, 0),
] };

static T232: Template = Template { top_level: 1, properties: &[
    p("AllocationObjectString", 1, 0),
] };

static T233: Template = Template { top_level: 18, properties: &[
    p("AddressFamily", 8, 0),
    p("EnablePMTUDiscovery", 4, 0),
    p("TcpUseRFC1122UrgentPointer", 4, 0),
    p("DisableTaskOffload", 4, 0),
    p("EnablePMTUBHDetect", 4, 0),
    p("DisableTcpChimneyOffload", 4, 0),
    p("DisableRss", 4, 0),
    p("EcnCapability", 4, 0),
    p("TcpMaxDataRetransmissions", 4, 0),
    p("KeepAliveTime", 8, 0),
    p("KeepAliveInterval", 8, 0),
    p("TcpTimedWaitDelay", 8, 0),
    p("SillyWindowTimeout", 8, 0),
    p("TcpFinWait2Delay", 8, 0),
    p("CongestionAlgorithm", 4, 0),
    p("Tcp1323Opts", 4, 0),
    p("AutoTuningLevelLocal", 8, 0),
    p("AutoTuningLevelGroupPolicy", 8, 0),
] };

static T234: Template = Template { top_level: 3, properties: &[
    p("Tcb", 16, 0),
    p("BytesInSegment", 8, 0),
    p("BytesRemaining", 8, 0),
] };

static T235: Template = Template { top_level: 4, properties: &[
    p("Tcb", 16, 0),
    p("Status", 8, 0),
    p("Interface", 8, 0),
    p("PMax", 8, 0),
] };

static T236: Template = Template { top_level: 7, properties: &[
    p("Listener", 16, 0),
    p("AddressLength", 8, 0),
    p("SocketAddress", 14, 0).length(Length::Property(1)),
    p("Status", 8, 0),
    p("ProcessId", 8, 0),
    p("CompartmentId", 8, 0),
    p("AddressFamily", 8, 0),
] };

static T237: Template = Template { top_level: 3, properties: &[
    p("Interface", 8, 0),
    p("OperationalStatus", 8, 0),
    p("Status", 10, 0),
] };

static T238: Template = Template { top_level: 7, properties: &[
    p("Interface", 8, 0),
    p("Advertise", 8, 0),
    p("AdvertiseDefaultRoute", 8, 0),
    p("Forward", 8, 0),
    p("ForwardMulticast", 8, 0),
    p("UseNud", 8, 0),
    p("AdvertisingEnabled", 8, 0),
] };

static T239: Template = Template { top_level: 4, properties: &[
    p("Tcb", 16, 0),
    p("Injected", 1, 0),
    p("NumBytes", 8, 0),
    p("SndNxt", 8, 0),
] };

static T240: Template = Template { top_level: 2, properties: &[
    p("AssignedBlocks", 8, 0),
    p("AllocatedBlocks", 8, 0),
] };

static T241: Template = Template { top_level: 8, properties: &[
    p("Tcb", 16, 0),
    p("DWnd", 8, 0),
    p("PrevDWnd", 8, 0),
    p("BaseRtt", 8, 0),
    p("AvgRtt", 8, 0),
    p("Cwnd", 8, 0),
    p("DiffWnd", 8, 0),
    p("DwndIncrement", 8, 0),
] };

static T242: Template = Template { top_level: 4, properties: &[
    p("Tcb", 16, 0),
    p("Gamma", 8, 0),
    p("AverageBacklog", 8, 0),
    p("AverageBacklogAcrossLFP", 8, 0),
] };

static T243: Template = Template { top_level: 5, properties: &[
    p("Tcb", 16, 0),
    p("SeqNum", 8, 0),
    p("Tick", 8, 0),
    p("RttSample", 8, 0),
    p("NewSrtt", 8, 0),
] };

static T244: Template = Template { top_level: 8, properties: &[
    p("Endpoint", 16, 0),
    p("NumMessages", 8, 0),
    p("NumBytes", 8, 0),
    p("LocalSockAddrLength", 8, 0),
    p("LocalSockAddr", 14, 0).length(Length::Property(3)),
    p("RemoteSockAddrLength", 8, 0),
    p("RemoteSockAddr", 14, 0).length(Length::Property(5)),
    p("Pid", 8, 0),
] };

static T245: Template = Template { top_level: 4, properties: &[
    p("Tcb", 16, 0),
    p("Delivery", 16, 0),
    p("OldDeliveryState", 8, 0).map(&M11),
    p("NewDeliveryState", 8, 0),
] };

static T246: Template = Template { top_level: 4, properties: &[
    p("PortAcquirer", 16, 0),
    p("PortNumber", 6, 0),
    p("WeakReference", 8, 0),
    p("OriginalAcquirer", 16, 0),
] };

static T247: Template = Template { top_level: 2, properties: &[
    p("TcpWsdEtwPoint", 8, 0).map(&M12),
    p("Status", 8, 0),
] };

static T248: Template = Template { top_level: 2, properties: &[
    p("TcpWsdEtwPoint", 8, 0),
    p("Status", 8, 0),
] };

static T249: Template = Template { top_level: 2, properties: &[
    p("TcpWsdEtwPoint", 8, 0),
    p("Tcb", 16, 0),
] };

static T250: Template = Template { top_level: 7, properties: &[
    p("TcpWsdEtwPoint", 8, 0),
    p("Processor", 8, 0),
    p("Entry", 8, 0),
    p("OldState", 8, 0).map(&M13),
    p("NewState", 8, 0),
    p("ProbeCount", 8, 0),
    p("ProbeCountWs", 8, 0),
] };

static T251: Template = Template { top_level: 4, properties: &[
    p("Profile", 8, 0),
    p("State", 8, 0),
    p("Qualified", 8, 0),
    p("EreQualified", 8, 0),
] };

static T252: Template = Template { top_level: 4, properties: &[
    p("OldEnabledState", 8, 0),
    p("NewEnabledState", 8, 0),
    p("OldThreshold", 8, 0),
    p("NewThreshold", 8, 0),
] };

static T253: Template = Template { top_level: 8, properties: &[
    p("IPTransportProtocol", 8, 0),
    p("AddressFamily", 8, 0),
    p("LocalSockAddrLength", 8, 0),
    p("LocalSockAddr", 14, 0).length(Length::Property(2)),
    p("RemoteSockAddrLength", 8, 0),
    p("RemoteSockAddr", 14, 0).length(Length::Property(4)),
    p("Reason", 8, 0),
    p("PacketCount", 8, 0),
] };

static T254: Template = Template { top_level: 6, properties: &[
    p("PhysicalPages", 8, 0),
    p("NonPagedPoolPages", 8, 0),
    p("CurrentWatermark", 8, 0),
    p("PeakWatermark", 8, 0),
    p("HighWatermark", 8, 0),
    p("LowWatermark", 8, 0),
] };

static T255: Template = Template { top_level: 7, properties: &[
    p("LowNppEventState", 8, 0),
    p("HighNppEventState", 8, 0),
    p("EpisodeStartTick", 10, 0),
    p("EpisodeStopTick", 10, 0),
    p("CurrentWatermark", 8, 0),
    p("LowWatermark", 8, 0),
    p("ReentryWatermark", 8, 0),
] };

static T256: Template = Template { top_level: 5, properties: &[
    p("LowNppEventState", 8, 0),
    p("HighNppEventState", 8, 0),
    p("EpisodeStartTick", 10, 0),
    p("EpisodeStopTick", 10, 0),
    p("ReentryWatermark", 8, 0),
] };

static T257: Template = Template { top_level: 10, properties: &[
    p("Epoch", 8, 0),
    p("LowNppEventState", 8, 0),
    p("HighNppEventState", 8, 0),
    p("EpochStartTick", 10, 0),
    p("EpochStopTick", 10, 0),
    p("OldSynDropRate", 8, 0),
    p("NewSynDropRate", 8, 0),
    p("OldTcbAbortionRate", 8, 0),
    p("NewTcbAbortionRate", 8, 0),
    p("CurrentWatermark", 8, 0),
] };

static T258: Template = Template { top_level: 8, properties: &[
    p("Epoch", 8, 0),
    p("LowNppEventState", 8, 0),
    p("HighNppEventState", 8, 0),
    p("EpochStartTick", 10, 0),
    p("EpochStopTick", 10, 0),
    p("SynDropRate", 8, 0),
    p("TcbAbortionRate", 8, 0),
    p("CurrentWatermark", 8, 0),
] };

static T259: Template = Template { top_level: 7, properties: &[
    p("Tcb", 16, 0),
    p("OldCwnd", 8, 0),
    p("NewCwnd", 8, 0),
    p("Processor", 8, 0),
    p("CurrentTick", 8, 0),
    p("IdleTick", 8, 0),
    p("Rto", 8, 0),
] };

static T260: Template = Template { top_level: 11, properties: &[
    p("Tcb", 16, 0),
    p("TemplateType", 8, 0).map(&M14),
    p("MinRto", 8, 0),
    p("EnableCwndRestart", 8, 0),
    p("InitialCwnd", 8, 0),
    p("CongestionAlgorithm", 8, 0).map(&M15),
    p("MaxDataRetransmissions", 8, 0),
    p("DelayedAckTicks", 8, 0),
    p("DelayedAckFrequency", 8, 0),
    p("Rack", 8, 0),
    p("TailLossProbe", 8, 0),
] };

static T261: Template = Template { top_level: 3, properties: &[
    p("Tcb", 16, 0),
    p("TemplateType", 8, 0),
    p("Context", 1, 0),
] };

static T262: Template = Template { top_level: 6, properties: &[
    p("Tcb", 16, 0),
    p("SndRound", 8, 0),
    p("EcnTotalByteCount", 8, 0),
    p("EcnTotalMarkedCount", 8, 0),
    p("ThAck", 8, 0),
    p("EcnAlpha", 8, 0),
] };

static T263: Template = Template { top_level: 5, properties: &[
    p("IfIndex", 8, 0),
    p("StateV4", 8, 0).map(&M16),
    p("FailureReasonV4", 8, 0),
    p("StateV6", 8, 0),
    p("FailureReasonV6", 8, 0).map(&M17),
] };

static T264: Template = Template { top_level: 6, properties: &[
    p("Tcb", 16, 0),
    p("CoalescedSegCount", 6, 0),
    p("DupAckCount", 6, 0),
    p("RscTcpTimestampDelta", 8, 0),
    p("HeaderFlags", 6, 0),
    p("EcnCePresent", 8, 0),
] };

static T265: Template = Template { top_level: 2, properties: &[
    p("Tcb", 16, 0),
    p("Cause", 8, 0).map(&M18),
] };

static T266: Template = Template { top_level: 3, properties: &[
    p("InterfaceIndex", 8, 0),
    p("AddressFamily", 6, 0).map(&M19),
    p("Bind", 8, 0),
] };

static T267: Template = Template { top_level: 4, properties: &[
    p("AdapterIndex", 8, 0),
    p("InterfaceIndex", 8, 0),
    p("PortNumber", 8, 0),
    p("Bind", 8, 0).map(&M20),
] };

static T268: Template = Template { top_level: 4, properties: &[
    p("AdapterIndex", 8, 0),
    p("ExistingInterfaceIndex", 8, 0),
    p("ExistingPortNumber", 8, 0),
    p("ReferenceAdded", 4, 0).map(&M21),
] };

static T269: Template = Template { top_level: 4, properties: &[
    p("AdapterIndex", 8, 0),
    p("CapabilitiesFlags", 8, 0),
    p("NumberOfInterruptMessages", 8, 0),
    p("NumberOfReceiveQueues", 8, 0),
] };

static T270: Template = Template { top_level: 4, properties: &[
    p("AdapterIndex", 8, 0),
    p("GroupNumber", 6, 0),
    p("MaximumProcessors", 8, 0),
    p("GroupAffinity", 10, 0),
] };

static T271: Template = Template { top_level: 4, properties: &[
    p("NewAdapterIndex", 8, 0),
    p("ProcessorIndex", 8, 0),
    p("PreviousAdapterIndex", 8, 0),
    p("TriggeringProcessorIndex", 8, 0),
] };

static T272: Template = Template { top_level: 2, properties: &[
    p("PreviousAdapterIndex", 8, 0),
    p("ProcessorIndex", 8, 0),
] };

static T273: Template = Template { top_level: 4, properties: &[
    p("AdapterIndex", 8, 0),
    p("IndirectionIndex", 6, 0),
    p("OldProcessorIndex", 8, 0),
    p("NewProcessorIndex", 8, 0),
] };

static T274: Template = Template { top_level: 2, properties: &[
    p("AdapterIndex", 8, 0),
    p("ProcessorIndex", 4, 0),
] };

static T275: Template = Template { top_level: 3, properties: &[
    p("AdapterIndex", 8, 0),
    p("Setting", 8, 0),
    p("Value", 8, 0),
] };

static T276: Template = Template { top_level: 3, properties: &[
    p("InterfaceIndex", 8, 0),
    p("FailureDescription", 8, 0),
    p("Status", 8, 0),
] };

static T277: Template = Template { top_level: 2, properties: &[
    p("InterfaceIndex", 8, 0),
    p("AddressFamily", 6, 0),
] };

static T278: Template = Template { top_level: 1, properties: &[
    p("AdapterIndex", 8, 0),
] };

static T279: Template = Template { top_level: 5, properties: &[
    p("AdapterIndex", 8, 0),
    p("IndirectionTableSize", 8, 0),
    p("IndirectionTable", 14, 0).length(Length::Property(1)),
    p("GroupNumber", 6, 0),
    p("ActiveAffinity", 10, 0),
] };

static T280: Template = Template { top_level: 3, properties: &[
    p("InterfaceIndex", 8, 0),
    p("AdapterIndex", 8, 0),
    p("PortNumber", 8, 0),
] };

static T281: Template = Template { top_level: 9, properties: &[
    p("AdapterIndex", 8, 0),
    p("HashInfo", 8, 0),
    p("MaximumProcessors", 8, 0),
    p("GroupNumber", 6, 0),
    p("GroupAffinity", 10, 0),
    p("ActiveAffinity", 10, 0),
    p("ActiveMode", 8, 0).map(&M22),
    p("IndirectionTableSize", 8, 0),
    p("IndirectionTable", 14, 0).length(Length::Property(7)),
] };

static T282: Template = Template { top_level: 2, properties: &[
    p("InterfaceIndex", 8, 0),
    p("Capability", 8, 0).map(&M23),
] };

static T283: Template = Template { top_level: 6, properties: &[
    p("NdkAdapter", 16, 0),
    p("CqDepth", 8, 0),
    p("CqNotificationContext", 16, 0),
    p("AffinityMask", 10, 0),
    p("AffinityGroup", 6, 0),
    p("RequestContext", 16, 0),
] };

static T284: Template = Template { top_level: 5, properties: &[
    p("RequestContext", 16, 0),
    p("Status", 8, 0),
    p("NdkObject", 16, 0),
    p("CompletionType", 8, 0).map(&M24),
    p("NdkObjectType", 8, 0),
] };

static T285: Template = Template { top_level: 3, properties: &[
    p("NdkObject", 16, 0),
    p("NdkObjectType", 8, 0).map(&M25),
    p("RequestContext", 16, 0),
] };

static T286: Template = Template { top_level: 2, properties: &[
    p("RequestContext", 16, 0),
    p("CompletionType", 8, 0),
] };

static T287: Template = Template { top_level: 3, properties: &[
    p("NdkCq", 16, 0),
    p("CqDepth", 8, 0),
    p("RequestContext", 16, 0),
] };

static T288: Template = Template { top_level: 3, properties: &[
    p("RequestContext", 16, 0),
    p("Status", 8, 0),
    p("CompletionType", 8, 0),
] };

static T289: Template = Template { top_level: 2, properties: &[
    p("NdkCq", 16, 0),
    p("ArmType", 8, 0).map(&M26),
] };

static T290: Template = Template { top_level: 7, properties: &[
    p("NdkCq", 16, 0),
    p("Status", 8, 0),
    p("BytesTransferred", 8, 0),
    p("QpContext", 16, 0),
    p("RequestContext", 16, 0),
    p("ResultIndex", 7, 0),
    p("ResultCount", 7, 0),
] };

static T291: Template = Template { top_level: 3, properties: &[
    p("NdkPd", 16, 0),
    p("FastRegister", 8, 0),
    p("RequestContext", 16, 0),
] };

static T292: Template = Template { top_level: 1, properties: &[
    p("NdkQp", 16, 0),
] };

static T293: Template = Template { top_level: 8, properties: &[
    p("NdkQp", 16, 0),
    p("RequestContext", 16, 0),
    p("SgeAddress", 16, 0),
    p("SgeLength", 8, 0),
    p("SgeMemoryRegionToken", 8, 0),
    p("NumSge", 7, 0),
    p("Flags", 8, 0),
    p("SgeIndex", 7, 0),
] };

static T294: Template = Template { top_level: 5, properties: &[
    p("NdkMr", 16, 0),
    p("Mdl", 16, 0),
    p("Length", 10, 0),
    p("Flags", 8, 0),
    p("RequestContext", 16, 0),
] };

static T295: Template = Template { top_level: 2, properties: &[
    p("NdkObject", 16, 0),
    p("RequestContext", 16, 0),
] };

static T296: Template = Template { top_level: 4, properties: &[
    p("NdkMr", 16, 0),
    p("AdapterPageCount", 8, 0),
    p("RemoteAccess", 8, 0),
    p("RequestContext", 16, 0),
] };

static T297: Template = Template { top_level: 4, properties: &[
    p("NdkSrq", 16, 0),
    p("SrqDepth", 8, 0),
    p("NotifyThreshold", 8, 0),
    p("RequestContext", 16, 0),
] };

static T298: Template = Template { top_level: 11, properties: &[
    p("NdkConnector", 16, 0),
    p("NdkQp", 16, 0),
    p("SrcSockAddrLength", 8, 0),
    p("SrcSockAddr", 14, 0).length(Length::Property(2)),
    p("DestSockAddrLength", 8, 0),
    p("DestSockAddr", 14, 0).length(Length::Property(4)),
    p("IRD", 8, 0),
    p("ORD", 8, 0),
    p("RequestContext", 16, 0),
    p("NdkSharedEndpoint", 16, 0),
    p("PrivateDataLength", 8, 0),
] };

static T299: Template = Template { top_level: 3, properties: &[
    p("NdkConnector", 16, 0),
    p("DisconnectEventContext", 16, 0),
    p("RequestContext", 16, 0),
] };

static T300: Template = Template { top_level: 7, properties: &[
    p("NdkConnector", 16, 0),
    p("NdkQp", 16, 0),
    p("IRD", 8, 0),
    p("ORD", 8, 0),
    p("DisconnectEventContext", 16, 0),
    p("RequestContext", 16, 0),
    p("PrivateDataLength", 8, 0),
] };

static T301: Template = Template { top_level: 4, properties: &[
    p("NdkListener", 16, 0),
    p("SockAddrLength", 8, 0),
    p("SockAddr", 14, 0).length(Length::Property(1)),
    p("RequestContext", 16, 0),
] };

static T302: Template = Template { top_level: 8, properties: &[
    p("NdkPd", 16, 0),
    p("SrqDepth", 8, 0),
    p("MaxReceiveRequestSge", 8, 0),
    p("NotifyThreshold", 8, 0),
    p("SrqNotificationContext", 16, 0),
    p("AffinityMask", 10, 0),
    p("AffinityGroup", 6, 0),
    p("RequestContext", 16, 0),
] };

static T303: Template = Template { top_level: 10, properties: &[
    p("NdkPd", 16, 0),
    p("ReceiveCq", 16, 0),
    p("InitiatorCq", 16, 0),
    p("QPContext", 16, 0),
    p("ReceiveQueueDepth", 8, 0),
    p("InitiatorQueueDepth", 8, 0),
    p("MaxReceiveRequestSge", 8, 0),
    p("MaxInitiatorRequestSge", 8, 0),
    p("RequestContext", 16, 0),
    p("NdkSrq", 16, 0),
] };

static T304: Template = Template { top_level: 3, properties: &[
    p("NdkAdapter", 16, 0),
    p("ConnectEventContext", 16, 0),
    p("RequestContext", 16, 0),
] };

static T305: Template = Template { top_level: 6, properties: &[
    p("NdkAdapter", 16, 0),
    p("Mdl", 16, 0),
    p("Length", 10, 0),
    p("RequestContext", 16, 0),
    p("LAMBuffer", 16, 0),
    p("LAMBufferSize", 8, 0),
] };

static T306: Template = Template { top_level: 2, properties: &[
    p("NdkAdapter", 16, 0),
    p("LAMBuffer", 16, 0),
] };

static T307: Template = Template { top_level: 2, properties: &[
    p("CqNotificationContext", 16, 0),
    p("CqStatus", 8, 0),
] };

static T308: Template = Template { top_level: 2, properties: &[
    p("SrqNotificationContext", 16, 0),
    p("SrqStatus", 8, 0),
] };

static T309: Template = Template { top_level: 1, properties: &[
    p("DisconnectEventContext", 16, 0),
] };

static T310: Template = Template { top_level: 2, properties: &[
    p("ConnectEventContext", 16, 0),
    p("NdkConnector", 16, 0),
] };

static T311: Template = Template { top_level: 4, properties: &[
    p("NdkObject", 16, 0),
    p("NdkObjectType", 8, 0),
    p("TokenType", 8, 0).map(&M27),
    p("Token", 8, 0),
] };

static T312: Template = Template { top_level: 5, properties: &[
    p("NdkObject", 16, 0),
    p("NdkObjectType", 8, 0),
    p("SockAddrType", 8, 0).map(&M28),
    p("SockAddrLength", 8, 0),
    p("SockAddr", 14, 0).length(Length::Property(3)),
] };

static T313: Template = Template { top_level: 4, properties: &[
    p("NdkObject", 16, 0),
    p("NdkObjectType", 8, 0),
    p("SockAddrType", 8, 0),
    p("Status", 8, 0),
] };

static T314: Template = Template { top_level: 3, properties: &[
    p("NdkConnector", 16, 0),
    p("PrivateDataLength", 8, 0),
    p("Status", 8, 0),
] };

static T315: Template = Template { top_level: 5, properties: &[
    p("NdkConnector", 16, 0),
    p("IRD", 8, 0),
    p("ORD", 8, 0),
    p("PrivateDataLength", 8, 0),
    p("Status", 8, 0),
] };

static T316: Template = Template { top_level: 3, properties: &[
    p("NdkQp", 16, 0),
    p("RequestContext", 16, 0),
    p("Status", 8, 0),
] };

static T317: Template = Template { top_level: 7, properties: &[
    p("NdkQp", 16, 0),
    p("RequestContext", 16, 0),
    p("NdkMr", 16, 0),
    p("NdkMw", 16, 0),
    p("VirtualAddress", 16, 0),
    p("Length", 10, 0),
    p("Flags", 8, 0),
] };

static T318: Template = Template { top_level: 9, properties: &[
    p("NdkQp", 16, 0),
    p("RequestContext", 16, 0),
    p("NdkMr", 16, 0),
    p("AdapterPageCount", 8, 0),
    p("AdapterPageArray", 16, 0),
    p("FBO", 8, 0),
    p("Length", 10, 0),
    p("BaseVirtualAddress", 16, 0),
    p("Flags", 8, 0),
] };

static T319: Template = Template { top_level: 5, properties: &[
    p("NdkQp", 16, 0),
    p("RequestContext", 16, 0),
    p("NdkObject", 16, 0),
    p("NdkObjectType", 8, 0),
    p("Flags", 8, 0),
] };

static T320: Template = Template { top_level: 10, properties: &[
    p("NdkQp", 16, 0),
    p("RequestContext", 16, 0),
    p("SgeAddress", 16, 0),
    p("SgeLength", 8, 0),
    p("SgeMemoryRegionToken", 8, 0),
    p("NumSge", 7, 0),
    p("Flags", 8, 0),
    p("SgeIndex", 7, 0),
    p("RemoteAddress", 10, 0),
    p("RemoteToken", 8, 0),
] };

static T321: Template = Template { top_level: 8, properties: &[
    p("NdkSrq", 16, 0),
    p("RequestContext", 16, 0),
    p("SgeAddress", 16, 0),
    p("SgeLength", 8, 0),
    p("SgeMemoryRegionToken", 8, 0),
    p("NumSge", 7, 0),
    p("Flags", 8, 0),
    p("SgeIndex", 7, 0),
] };

static T322: Template = Template { top_level: 3, properties: &[
    p("NdkSrq", 16, 0),
    p("RequestContext", 16, 0),
    p("Status", 8, 0),
] };

static T323: Template = Template { top_level: 3, properties: &[
    p("InterfaceIndex", 8, 0),
    p("NdkAdapter", 16, 0),
    p("Status", 8, 0),
] };

static T324: Template = Template { top_level: 1, properties: &[
    p("NdkAdapter", 16, 0),
] };

static T325: Template = Template { top_level: 7, properties: &[
    p("Tcb", 16, 0),
    p("LocalAddressLength", 8, 0),
    p("LocalAddress", 14, 0).length(Length::Property(1)),
    p("RemoteAddressLength", 8, 0),
    p("RemoteAddress", 14, 0).length(Length::Property(3)),
    p("State", 8, 0),
    p("Pid", 8, 0),
] };

static T326: Template = Template { top_level: 4, properties: &[
    p("InterfaceIndex", 8, 0),
    p("EventDescription", 8, 0),
    p("NDKOperational", 8, 0),
    p("StatusCode", 8, 0),
] };

static T327: Template = Template { top_level: 10, properties: &[
    p("AdapterLuid", 10, 0),
    p("PatternFriendlyName", 1, 0),
    p("DlAddrLength", 8, 0),
    p("SrcDLAddress", 14, 0).length(Length::Property(2)),
    p("DestDLAddress", 14, 0).length(Length::Property(2)),
    p("SrcAddress", 8, 0),
    p("DestAddress", 8, 0),
    p("Protocol", 8, 0),
    p("SrcPort", 6, 0),
    p("DestPort", 6, 0),
] };

static T328: Template = Template { top_level: 11, properties: &[
    p("AdapterLuid", 10, 0),
    p("PatternFriendlyName", 1, 0),
    p("DlAddrLength", 8, 0),
    p("SrcDLAddress", 14, 0).length(Length::Property(2)),
    p("DestDLAddress", 14, 0).length(Length::Property(2)),
    p("IpAddrLength", 8, 0),
    p("SrcAddress", 14, 0).length(Length::Property(5)),
    p("DestAddress", 14, 0).length(Length::Property(5)),
    p("Protocol", 8, 0),
    p("SrcPort", 6, 0),
    p("DestPort", 6, 0),
] };

static T329: Template = Template { top_level: 3, properties: &[
    p("Tcb", 16, 0),
    p("SilentModeEvent", 8, 0).map(&M29),
    p("Context", 16, 0),
] };

static T330: Template = Template { top_level: 7, properties: &[
    p("Tcb", 16, 0),
    p("NcmContext", 16, 0),
    p("State", 8, 0),
    p("Pid", 8, 0),
    p("IsLoopback", 8, 0),
    p("ChannelStatus", 8, 0),
    p("Status", 8, 0),
] };

static T331: Template = Template { top_level: 7, properties: &[
    p("Tcb", 16, 0),
    p("NcmContext", 16, 0),
    p("State", 8, 0),
    p("Pid", 8, 0),
    p("IsLoopback", 8, 0),
    p("ChannelStatus", 8, 0).map(&M30),
    p("Status", 8, 0),
] };

static T332: Template = Template { top_level: 5, properties: &[
    p("Tcb", 16, 0),
    p("NcmContext", 16, 0),
    p("Pid", 8, 0),
    p("Status", 8, 0),
    p("PushNotificationGuid", 15, 0),
] };

static T333: Template = Template { top_level: 7, properties: &[
    p("Tcb", 16, 0),
    p("NcmContext", 16, 0),
    p("Pid", 8, 0),
    p("RcvNxt", 8, 0),
    p("Delivered", 8, 0),
    p("Indicated", 8, 0),
    p("FinalEvent", 8, 0),
] };

static T334: Template = Template { top_level: 4, properties: &[
    p("Tcb", 16, 0),
    p("SystemReserved", 8, 0),
    p("WolHandle", 8, 0),
    p("Status", 8, 0),
] };

static T335: Template = Template { top_level: 4, properties: &[
    p("NdkCq", 16, 0),
    p("ModerationInterval", 8, 0),
    p("ModerationCount", 8, 0),
    p("Status", 8, 0),
] };

static T336: Template = Template { top_level: 7, properties: &[
    p("Event", 16, 0),
    p("Type", 8, 0).map(&M31),
    p("Processor", 8, 0),
    p("PowerSource", 8, 0),
    p("OldPartitionCount", 8, 0),
    p("NewPartitionCount", 8, 0),
    p("Progress", 8, 0),
] };

static T337: Template = Template { top_level: 5, properties: &[
    p("Component", 8, 0).map(&M32),
    p("PowerStateTransition", 8, 0),
    p("IndicatingProcessor", 8, 0),
    p("CurrentTick", 8, 0),
    p("CurrentTime", 10, 0),
] };

static T338: Template = Template { top_level: 9, properties: &[
    p("Component", 8, 0),
    p("IndicatingProcessor", 8, 0),
    p("TargetProcessor", 8, 0),
    p("CurrentTick", 8, 0),
    p("NextExpirationTick", 8, 0),
    p("OldScheduledExpiration", 10, 0),
    p("NewScheduledExpiration", 10, 0),
    p("DueTime", 9, 0),
    p("Aperiodic", 8, 0),
] };

static T339: Template = Template { top_level: 7, properties: &[
    p("Component", 8, 0),
    p("TargetProcessor", 8, 0),
    p("CurrentTick", 8, 0),
    p("NextExpiration", 8, 0),
    p("CurrentInterruptTime", 10, 0),
    p("ScheduledExpirationTime", 10, 0),
    p("ExternalTrigger", 8, 0),
] };

static T340: Template = Template { top_level: 8, properties: &[
    p("Interface", 8, 0),
    p("IpAddrLength", 8, 0),
    p("IPAddress", 14, 0).length(Length::Property(1)),
    p("DlAddrLength", 8, 0),
    p("DLAddress", 14, 0).length(Length::Property(3)),
    p("OldNeighborState", 8, 0),
    p("NewNeighborState", 8, 0).map(&M33),
    p("NeighborEvent", 8, 0),
] };

static T341: Template = Template { top_level: 5, properties: &[
    p("Interface", 8, 0),
    p("IpAddrLength", 8, 0),
    p("SourceIPAddress", 14, 0).length(Length::Property(1)),
    p("TargetIPAddress", 14, 0).length(Length::Property(1)),
    p("NeighborEvent", 8, 0).map(&M34),
] };

static T342: Template = Template { top_level: 8, properties: &[
    p("IpAddrLength", 8, 0),
    p("PreferredSourceIPAddress", 14, 0).length(Length::Property(0)),
    p("NonPreferredSourceIPAddress", 14, 0).length(Length::Property(0)),
    p("DestinationIPAddress", 14, 0).length(Length::Property(0)),
    p("CompartmentId", 8, 0),
    p("Rule", 8, 0),
    p("RuleExtension", 8, 0),
    p("RuleName", 8, 0).map(&M35),
] };

static T343: Template = Template { top_level: 9, properties: &[
    p("IpAddrLength", 8, 0),
    p("PreferredSourceIPAddress", 14, 0).length(Length::Property(0)),
    p("PreferredDestinationIPAddress", 14, 0).length(Length::Property(0)),
    p("NonPreferredSourceIPAddress", 14, 0).length(Length::Property(0)),
    p("NonPreferredDestinationIPAddress", 14, 0).length(Length::Property(0)),
    p("SortOption", 8, 0),
    p("RuleType", 2, 0),
    p("RuleMajor", 8, 0),
    p("RuleMinor", 8, 0),
] };

static T344: Template = Template { top_level: 9, properties: &[
    p("NdkCq", 16, 0),
    p("Status", 8, 0),
    p("BytesTransferred", 8, 0),
    p("QpContext", 16, 0),
    p("RequestContext", 16, 0),
    p("ResultIndex", 7, 0),
    p("ResultCount", 7, 0),
    p("Type", 8, 0).map(&M36),
    p("TypeSpecificCompletionOutput", 10, 0),
] };

static T345: Template = Template { top_level: 9, properties: &[
    p("NdkQp", 16, 0),
    p("RequestContext", 16, 0),
    p("SgeAddress", 16, 0),
    p("SgeLength", 8, 0),
    p("SgeMemoryRegionToken", 8, 0),
    p("NumSge", 7, 0),
    p("Flags", 8, 0),
    p("SgeIndex", 7, 0),
    p("RemoteToken", 8, 0),
] };

static T346: Template = Template { top_level: 5, properties: &[
    p("Tcb", 16, 0),
    p("Cwnd", 8, 0),
    p("SndWnd", 8, 0),
    p("BytesAcked", 8, 0),
    p("SeqNo", 8, 0),
] };

static T347: Template = Template { top_level: 8, properties: &[
    p("Tcb", 16, 0),
    p("Cwnd", 8, 0),
    p("SndWnd", 8, 0),
    p("BytesSent", 8, 0),
    p("SeqNo", 8, 0),
    p("SRtt", 8, 0),
    p("RttVar", 8, 0),
    p("RTO", 8, 0),
] };

static T348: Template = Template { top_level: 9, properties: &[
    p("Tcb", 16, 0),
    p("Cwnd", 8, 0),
    p("SndWnd", 8, 0),
    p("BytesSent", 8, 0),
    p("SeqNo", 8, 0),
    p("SRtt", 8, 0),
    p("RttVar", 8, 0),
    p("RTO", 8, 0),
    p("RcvWnd", 8, 0),
] };

static T349: Template = Template { top_level: 7, properties: &[
    p("UdpEndpoint", 16, 0),
    p("NcmContext", 16, 0),
    p("Activated", 8, 0).map(&M37),
    p("Pid", 8, 0),
    p("IsLoopback", 8, 0),
    p("ChannelStatus", 8, 0),
    p("Status", 8, 0),
] };

static T350: Template = Template { top_level: 7, properties: &[
    p("UdpEndpoint", 16, 0),
    p("NcmContext", 16, 0),
    p("Activated", 8, 0),
    p("Pid", 8, 0),
    p("IsLoopback", 8, 0),
    p("ChannelStatus", 8, 0),
    p("Status", 8, 0),
] };

static T351: Template = Template { top_level: 5, properties: &[
    p("UdpEndpoint", 16, 0),
    p("NcmContext", 16, 0),
    p("Pid", 8, 0),
    p("Status", 8, 0),
    p("PushNotificationGuid", 15, 0),
] };

static T352: Template = Template { top_level: 5, properties: &[
    p("UdpEndpoint", 16, 0),
    p("NcmContext", 16, 0),
    p("Pid", 8, 0),
    p("Delivered", 8, 0),
    p("FinalEvent", 8, 0),
] };

static T353: Template = Template { top_level: 4, properties: &[
    p("Tcb", 16, 0),
    p("RttSample", 8, 0),
    p("RttVar", 8, 0),
    p("SRTT", 8, 0),
] };

static T354: Template = Template { top_level: 5, properties: &[
    p("Tcb", 16, 0),
    p("Cwnd", 8, 0),
    p("SSThresh", 8, 0),
    p("DupAckCount", 8, 0),
    p("SeqNo", 8, 0),
] };

static T355: Template = Template { top_level: 2, properties: &[
    p("Tcb", 16, 0),
    p("SeqNo", 8, 0),
] };

static T356: Template = Template { top_level: 3, properties: &[
    p("Tcb", 16, 0),
    p("Cwnd", 8, 0),
    p("SSThresh", 8, 0),
] };

static T357: Template = Template { top_level: 5, properties: &[
    p("Tcb", 16, 0),
    p("SndUna", 8, 0),
    p("RexmitCount", 8, 0),
    p("SRTT", 8, 0),
    p("RTO", 8, 0),
] };

static T358: Template = Template { top_level: 26, properties: &[
    p("Tcb", 16, 0),
    p("DataBytesOut", 10, 0),
    p("DataBytesIn", 10, 0),
    p("DataSegmentsOut", 10, 0),
    p("DataSegmentsIn", 10, 0),
    p("SegmentsOut", 10, 0),
    p("SegmentsIn", 10, 0),
    p("NonRecovDa", 8, 0),
    p("NonRecovDaEpisodes", 8, 0),
    p("DupAcksIn", 8, 0),
    p("BytesRetrans", 8, 0),
    p("Timeouts", 8, 0),
    p("SpuriousRtoDetections", 8, 0),
    p("FastRetran", 8, 0),
    p("MaxSsthresh", 8, 0),
    p("MaxSsCwnd", 8, 0),
    p("MaxCaCwnd", 8, 0),
    p("SndLimTransRwin", 8, 0),
    p("SndLimTimeRwin", 8, 0),
    p("SndLimBytesRwin", 10, 0),
    p("SndLimTransCwnd", 8, 0),
    p("SndLimTimeCwnd", 8, 0),
    p("SndLimBytesCwnd", 10, 0),
    p("SndLimTransSnd", 8, 0),
    p("SndLimTimeRSnd", 8, 0),
    p("SndLimBytesRSnd", 10, 0),
] };

static T359: Template = Template { top_level: 5, properties: &[
    p("AllocationObjectString", 1, 0),
    p("Param1", 16, 0),
    p("Param2", 16, 0),
    p("Param3", 8, 0),
    p("Param4", 8, 0),
] };

static T360: Template = Template { top_level: 7, properties: &[
    p("Tcb", 16, 0),
    p("SndUna", 8, 0),
    p("SndMax", 8, 0),
    p("SackCount", 8, 0),
    p("SackBytes", 8, 0),
    p("SackInFlight", 8, 0),
    p("SackIsLost", 8, 0),
] };

static T361: Template = Template { top_level: 6, properties: &[
    p("Tcb", 16, 0),
    p("RequireAddressCoalescing", 8, 0),
    p("LocalPort", 6, 0),
    p("RtcStartPort", 6, 0),
    p("RtcEndPort", 6, 0),
    p("Status", 8, 0),
] };

static T362: Template = Template { top_level: 2, properties: &[
    p("AssignedFromRtcRange", 8, 0),
    p("Port", 6, 0),
] };

static T363: Template = Template { top_level: 9, properties: &[
    p("RequestType", 8, 0),
    p("TcbOrEndpoint", 16, 0),
    p("LocalAddressLength", 8, 0),
    p("LocalAddress", 14, 0).length(Length::Property(2)),
    p("RemoteAddressLength", 8, 0),
    p("RemoteAddress", 14, 0).length(Length::Property(4)),
    p("Status", 8, 0),
    p("ProcessId", 8, 0),
    p("InterfaceIndex", 8, 0),
] };

static T364: Template = Template { top_level: 4, properties: &[
    p("InterfaceIndex", 8, 0),
    p("Property", 2, 0),
    p("Value", 8, 0),
    p("InterfaceUpdateEvent", 8, 0),
] };

static T365: Template = Template { top_level: 7, properties: &[
    p("Tcb", 16, 0),
    p("NcmContext", 16, 0),
    p("State", 8, 0),
    p("Pid", 8, 0),
    p("IsLoopback", 8, 0),
    p("IsShutdown", 8, 0),
    p("Status", 8, 0),
] };

static T366: Template = Template { top_level: 4, properties: &[
    p("Nbl", 16, 0),
    p("ClonedNbl", 16, 0),
    p("IPTransportProtocol", 8, 0),
    p("AddressFamily", 8, 0),
] };

static T367: Template = Template { top_level: 3, properties: &[
    p("Nbl", 16, 0),
    p("ClonedNbl", 16, 0),
    p("AddressFamily", 8, 0),
] };

static T368: Template = Template { top_level: 5, properties: &[
    p("Interface", 8, 0),
    p("IpAddrLength", 8, 0),
    p("IPAddress", 14, 0).length(Length::Property(1)),
    p("WoLEvent", 8, 0),
    p("Status", 8, 0),
] };

static T369: Template = Template { top_level: 9, properties: &[
    p("Interface", 8, 0),
    p("IpAddrLength", 8, 0),
    p("WolHandle", 8, 0),
    p("DestinationIPAddress", 14, 0).length(Length::Property(1)),
    p("TargetIPAddress1", 14, 0).length(Length::Property(1)),
    p("TargetIPAddress2", 14, 0).length(Length::Property(1)),
    p("Flags", 8, 0),
    p("WoLEvent", 8, 0).map(&M38),
    p("Status", 8, 0),
] };

static T370: Template = Template { top_level: 9, properties: &[
    p("Nbl", 16, 0),
    p("PathDirection", 8, 0).map(&M39),
    p("TcpIpChecksumNetBufferListInfo", 16, 0),
    p("TcpLargeSendNetBufferListInfo", 16, 0),
    p("Ieee8021QNetBufferListInfo", 16, 0),
    p("NetBufferListHashValue", 16, 0),
    p("NetBufferListHashInfo", 16, 0),
    p("VirtualSubnetInfo", 16, 0),
    p("TcpRecvSegCoalesceInfo", 16, 0),
] };

static T371: Template = Template { top_level: 7, properties: &[
    p("PID", 10, 0),
    p("LocalAddressLength", 8, 0),
    p("LocalAddress", 14, 0).length(Length::Property(1)),
    p("AddressType", 8, 0),
    p("ScopeLevel", 8, 0),
    p("Port", 8, 0),
    p("EndpointRecord", 16, 0),
] };

static T372: Template = Template { top_level: 10, properties: &[
    p("API", 2, 0),
    p("IpAddrLength", 8, 0),
    p("DestinationAddress", 14, 0).length(Length::Property(1)),
    p("ConstrainSourceAddress", 14, 0).length(Length::Property(1)),
    p("ConstrainInterfaceIndex", 8, 0),
    p("ConstraintOverridden", 8, 0),
    p("ReturnConstrained", 8, 0),
    p("OutgoingInterfaceIndex", 8, 0),
    p("NextHopAddress", 14, 0).length(Length::Property(1)),
    p("Status", 8, 0),
] };

static T373: Template = Template { top_level: 7, properties: &[
    p("IpAddrLength", 8, 0),
    p("DestinationAddress", 14, 0).length(Length::Property(0)),
    p("ConstrainSourceAddress", 14, 0).length(Length::Property(0)),
    p("ConstrainInterfaceIndex", 8, 0),
    p("OutgoingInterfaceIndex", 8, 0),
    p("ReturnConstrained", 8, 0),
    p("SelectedSourceAddress", 14, 0).length(Length::Property(0)),
] };

static T374: Template = Template { top_level: 4, properties: &[
    p("PartitionCount", 10, 0),
    p("PartitionMask", 10, 0),
    p("PartitionId", 10, 0),
    p("NumEntries", 10, 0),
] };

static T375: Template = Template { top_level: 4, properties: &[
    p("OldPartitionCount", 10, 0),
    p("OldPartitionMask", 10, 0),
    p("NewPartitionCount", 10, 0),
    p("NewPartitionMask", 10, 0),
] };

static T376: Template = Template { top_level: 7, properties: &[
    p("AddressLength", 8, 0),
    p("RemoteAddress", 14, 0).length(Length::Property(0)),
    p("RemotePort", 10, 0),
    p("LocalAddress", 14, 0).length(Length::Property(0)),
    p("LocalPort", 6, 0),
    p("PartitionId", 10, 0),
    p("NumEntries", 10, 0),
] };

static T377: Template = Template { top_level: 4, properties: &[
    p("HighMemoryEvent", 8, 0),
    p("HighNonPagedPoolEvent", 8, 0),
    p("LowMemoryEvent", 8, 0),
    p("LowNonPagedPoolEvent", 8, 0),
] };

static T378: Template = Template { top_level: 9, properties: &[
    p("Tcb", 16, 0),
    p("LedbatEvent", 8, 0),
    p("Cwnd", 8, 0),
    p("SsThresh", 8, 0),
    p("SndWnd", 8, 0),
    p("BaseDelayMs", 6, 0),
    p("CurrentDelayMs", 6, 0),
    p("RemainingTimeMs", 8, 0),
    p("DelayBasedCwndFactorPercent", 7, 0),
] };

static T379: Template = Template { top_level: 16, properties: &[
    p("Endpoint", 16, 0),
    p("NameResContext", 16, 0),
    p("DnsName", 1, 0),
    p("InterfaceIndex", 8, 0),
    p("IpCount", 8, 0),
    p("IpAddr1Length", 8, 0),
    p("IpAddr1", 14, 0).length(Length::Property(5)),
    p("IpAddr2Length", 8, 0),
    p("IpAddr2", 14, 0).length(Length::Property(7)),
    p("IpAddr3Length", 8, 0),
    p("IpAddr3", 14, 0).length(Length::Property(9)),
    p("IpAddr4Length", 8, 0),
    p("IpAddr4", 14, 0).length(Length::Property(11)),
    p("IpAddr5Length", 8, 0),
    p("IpAddr5", 14, 0).length(Length::Property(13)),
    p("Status", 8, 0),
] };

static T380: Template = Template { top_level: 8, properties: &[
    p("LocalAddressLength", 8, 0),
    p("LocalAddress", 14, 0).length(Length::Property(0)),
    p("RemoteAddressLength", 8, 0),
    p("RemoteAddress", 14, 0).length(Length::Property(2)),
    p("Tcb", 16, 0),
    p("NameResContext", 16, 0),
    p("DnsName", 1, 0),
    p("Status", 8, 0),
] };

static T381: Template = Template { top_level: 20, properties: &[
    p("CompartmentId", 8, 0),
    p("DestinationAddressLength", 8, 0),
    p("DestinationAddress", 14, 0).length(Length::Property(1)),
    p("PrDestinationPrefixLength", 8, 0),
    p("PrDestinationPrefixAddressLength", 8, 0),
    p("PrDestinationPrefix", 14, 0).length(Length::Property(4)),
    p("PrNextHopAddressLength", 8, 0),
    p("PrNextHopAddress", 14, 0).length(Length::Property(6)),
    p("PrInterfaceIndex", 8, 0),
    p("PrInterfaceMetric", 8, 0),
    p("PrRouteMetric", 8, 0),
    p("NonPrDestinationPrefixLength", 8, 0),
    p("NonPrDestinationPrefixAddressLength", 8, 0),
    p("NonPrDestinationPrefix", 14, 0).length(Length::Property(12)),
    p("NonPrNextHopAddressLength", 8, 0),
    p("NonPrNextHopAddress", 14, 0).length(Length::Property(14)),
    p("NonPrInterfaceIndex", 8, 0),
    p("NonPrInterfaceMetric", 8, 0),
    p("NonPrRouteMetric", 8, 0),
    p("PreferenceReason", 8, 0),
] };

static T382: Template = Template { top_level: 13, properties: &[
    p("CompartmentId", 8, 0),
    p("DestinationAddressLength", 8, 0),
    p("DestinationAddress", 14, 0).length(Length::Property(1)),
    p("DestinationPrefixLength", 8, 0),
    p("DestinationPrefixAddressLength", 8, 0),
    p("DestinationPrefix", 14, 0).length(Length::Property(4)),
    p("NextHopAddressLength", 8, 0),
    p("NextHopAddress", 14, 0).length(Length::Property(6)),
    p("InterfaceIndex", 8, 0),
    p("RouteMetric", 8, 0),
    p("ConstrainInterfaceIndex", 8, 0),
    p("ConstrainScope", 8, 0),
    p("BlockReason", 8, 0),
] };

static T383: Template = Template { top_level: 8, properties: &[
    p("Tcb", 16, 0),
    p("SndUna", 8, 0),
    p("SndMax", 8, 0),
    p("SendAvailable", 8, 0),
    p("TailProbeSeq", 8, 0),
    p("TailProbeLast", 8, 0),
    p("ControlsToSend", 8, 0),
    p("ThFlags", 4, 0),
] };

static T384: Template = Template { top_level: 2, properties: &[
    p("Tcb", 16, 0),
    p("TlpEvent", 8, 0).map(&M40),
] };

static T385: Template = Template { top_level: 8, properties: &[
    p("Tcb", 16, 0),
    p("RackEvent", 8, 0),
    p("RackMinRtt", 8, 0),
    p("RackReoWind", 8, 0),
    p("RackTimeSlotDeltaMin", 8, 0),
    p("SequenceNumber", 8, 0),
    p("Timestamp", 8, 0),
    p("RttSample", 8, 0),
] };

static T386: Template = Template { top_level: 3, properties: &[
    p("Tcb", 16, 0),
    p("OldState", 8, 0),
    p("NewState", 8, 0).map(&M41),
] };

static T387: Template = Template { top_level: 5, properties: &[
    p("Endpoint", 16, 0),
    p("Status", 8, 0),
    p("ProcessId", 8, 0),
    p("CompartmentId", 8, 0),
    p("AddressFamily", 8, 0),
] };

static T388: Template = Template { top_level: 4, properties: &[
    p("LocalAddressLength", 8, 0),
    p("LocalAddress", 14, 0).length(Length::Property(0)),
    p("Status", 8, 0),
    p("Endpoint", 16, 0),
] };

static T389: Template = Template { top_level: 6, properties: &[
    p("Endpoint", 16, 0),
    p("EndpointAddressLength", 8, 0),
    p("EndpointAddress", 14, 0).length(Length::Property(1)),
    p("SendAddressLength", 8, 0),
    p("SendAddress", 14, 0).length(Length::Property(3)),
    p("Status", 8, 0),
] };

static T390: Template = Template { top_level: 2, properties: &[
    p("FailedQueueString", 1, 0),
    p("Status", 8, 0),
] };

static T391: Template = Template { top_level: 4, properties: &[
    p("Tcb", 16, 0),
    p("SndUna", 8, 0),
    p("SackIsLostSeq", 8, 0),
    p("DupAckCount", 8, 0),
] };

static T392: Template = Template { top_level: 2, properties: &[
    p("Tcb", 16, 0),
    p("SynRcvdLimit", 8, 0),
] };

static T393: Template = Template { top_level: 2, properties: &[
    p("Location", 8, 0),
    p("Status", 8, 0),
] };

static T394: Template = Template { top_level: 3, properties: &[
    p("Tcb", 16, 0),
    p("BytesToSend", 8, 0),
    p("SndNxt", 8, 0),
] };

static T395: Template = Template { top_level: 9, properties: &[
    p("IPTransportProtocol", 8, 0),
    p("PathDirection", 8, 0),
    p("IcmpType", 8, 0),
    p("IcmpCode", 8, 0),
    p("CompartmentId", 8, 0),
    p("SourceAddressLength", 8, 0),
    p("SourceAddress", 14, 0).length(Length::Property(5)),
    p("DestAddressLength", 8, 0),
    p("DestAddress", 14, 0).length(Length::Property(7)),
] };

static T396: Template = Template { top_level: 11, properties: &[
    p("IPTransportProtocol", 8, 0),
    p("PathDirection", 8, 0),
    p("IcmpType", 8, 0).map(&M42),
    p("IcmpCode", 8, 0),
    p("DropReason", 8, 0).map(&M43),
    p("Status", 8, 0),
    p("CompartmentId", 8, 0),
    p("SourceAddressLength", 8, 0),
    p("SourceAddress", 14, 0).length(Length::Property(7)),
    p("DestAddressLength", 8, 0),
    p("DestAddress", 14, 0).length(Length::Property(9)),
] };

static T397: Template = Template { top_level: 11, properties: &[
    p("IPTransportProtocol", 8, 0),
    p("PathDirection", 8, 0),
    p("IcmpType", 8, 0),
    p("IcmpCode", 8, 0),
    p("DropReason", 8, 0),
    p("Status", 8, 0),
    p("CompartmentId", 8, 0),
    p("SourceAddressLength", 8, 0),
    p("SourceAddress", 14, 0).length(Length::Property(7)),
    p("DestAddressLength", 8, 0),
    p("DestAddress", 14, 0).length(Length::Property(9)),
] };

static T398: Template = Template { top_level: 5, properties: &[
    p("Component", 8, 0),
    p("Processor", 8, 0),
    p("CurrentState", 8, 0).map(&M44),
    p("ProcessorUsage", 8, 0),
    p("CurrentTick", 8, 0),
] };

static T399: Template = Template { top_level: 1, properties: &[
    p("AuthenticationPackageName", 1, 0),
] };

static T400: Template = Template { top_level: 5, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("LogonProcessName", 1, 0),
] };

static T401: Template = Template { top_level: 1, properties: &[
    p("AuditsDiscarded", 8, 0),
] };

static T402: Template = Template { top_level: 1, properties: &[
    p("NotificationPackageName", 1, 0),
] };

static T403: Template = Template { top_level: 8, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("InvalidCallName", 1, 0),
    p("ServerPortName", 1, 0),
    p("ProcessId", 16, 0),
    p("ProcessName", 1, 0),
] };

static T404: Template = Template { top_level: 10, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("PreviousDate", 1, 0),
    p("PreviousTime", 1, 0),
    p("NewDate", 1, 0),
    p("NewTime", 1, 0),
    p("ProcessId", 16, 0),
    p("ProcessName", 1, 0),
] };

static T405: Template = Template { top_level: 8, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("PreviousTime", 17, 0),
    p("NewTime", 17, 0),
    p("ProcessId", 16, 0),
    p("ProcessName", 1, 0),
] };

static T406: Template = Template { top_level: 8, properties: &[
    p("EventId", 8, 0),
    p("ComputerName", 1, 0),
    p("TargetUserSid", 19, 0),
    p("TargetUserName", 1, 0),
    p("TargetUserDomain", 1, 0),
    p("TargetLogonId", 21, 0),
    p("EventCount", 8, 0),
    p("Duration", 1, 0),
] };

static T407: Template = Template { top_level: 1, properties: &[
    p("CrashOnAuditFailValue", 1, 0),
] };

static T408: Template = Template { top_level: 1, properties: &[
    p("SecurityPackageName", 1, 0),
] };

static T409: Template = Template { top_level: 20, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("TargetUserSid", 19, 0),
    p("TargetUserName", 1, 0),
    p("TargetDomainName", 1, 0),
    p("TargetLogonId", 21, 0),
    p("LogonType", 8, 0),
    p("LogonProcessName", 1, 0),
    p("AuthenticationPackageName", 1, 0),
    p("WorkstationName", 1, 0),
    p("LogonGuid", 15, 0),
    p("TransmittedServices", 1, 0),
    p("LmPackageName", 1, 0),
    p("KeyLength", 8, 0),
    p("ProcessId", 16, 0),
    p("ProcessName", 1, 0),
    p("IpAddress", 1, 0),
    p("IpPort", 1, 0),
] };

static T410: Template = Template { top_level: 21, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("TargetUserSid", 19, 0),
    p("TargetUserName", 1, 0),
    p("TargetDomainName", 1, 0),
    p("TargetLogonId", 21, 0),
    p("LogonType", 8, 0),
    p("LogonProcessName", 1, 0),
    p("AuthenticationPackageName", 1, 0),
    p("WorkstationName", 1, 0),
    p("LogonGuid", 15, 0),
    p("TransmittedServices", 1, 0),
    p("LmPackageName", 1, 0),
    p("KeyLength", 8, 0),
    p("ProcessId", 16, 0),
    p("ProcessName", 1, 0),
    p("IpAddress", 1, 0),
    p("IpPort", 1, 0),
    p("ImpersonationLevel", 1, 0),
] };

static T411: Template = Template { top_level: 27, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("TargetUserSid", 19, 0),
    p("TargetUserName", 1, 0),
    p("TargetDomainName", 1, 0),
    p("TargetLogonId", 21, 0),
    p("LogonType", 8, 0),
    p("LogonProcessName", 1, 0),
    p("AuthenticationPackageName", 1, 0),
    p("WorkstationName", 1, 0),
    p("LogonGuid", 15, 0),
    p("TransmittedServices", 1, 0),
    p("LmPackageName", 1, 0),
    p("KeyLength", 8, 0),
    p("ProcessId", 16, 0),
    p("ProcessName", 1, 0),
    p("IpAddress", 1, 0),
    p("IpPort", 1, 0),
    p("ImpersonationLevel", 1, 0),
    p("RestrictedAdminMode", 1, 0),
    p("TargetOutboundUserName", 1, 0),
    p("TargetOutboundDomainName", 1, 0),
    p("VirtualAccount", 1, 0),
    p("TargetLinkedLogonId", 21, 0),
    p("ElevatedToken", 1, 0),
] };

static T412: Template = Template { top_level: 21, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("TargetUserSid", 19, 0),
    p("TargetUserName", 1, 0),
    p("TargetDomainName", 1, 0),
    p("Status", 20, 0),
    p("FailureReason", 1, 0),
    p("SubStatus", 20, 0),
    p("LogonType", 8, 0),
    p("LogonProcessName", 1, 0),
    p("AuthenticationPackageName", 1, 0),
    p("WorkstationName", 1, 0),
    p("TransmittedServices", 1, 0),
    p("LmPackageName", 1, 0),
    p("KeyLength", 8, 0),
    p("ProcessId", 16, 0),
    p("ProcessName", 1, 0),
    p("IpAddress", 1, 0),
    p("IpPort", 1, 0),
] };

static T413: Template = Template { top_level: 13, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("TargetUserSid", 19, 0),
    p("TargetUserName", 1, 0),
    p("TargetDomainName", 1, 0),
    p("TargetLogonId", 21, 0),
    p("LogonType", 8, 0),
    p("EventIdx", 8, 0),
    p("EventCountTotal", 8, 0),
    p("UserClaims", 1, 0),
    p("DeviceClaims", 1, 0),
] };

static T414: Template = Template { top_level: 12, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("TargetUserSid", 19, 0),
    p("TargetUserName", 1, 0),
    p("TargetDomainName", 1, 0),
    p("TargetLogonId", 21, 0),
    p("LogonType", 8, 0),
    p("EventIdx", 8, 0),
    p("EventCountTotal", 8, 0),
    p("GroupMembership", 1, 0),
] };

static T415: Template = Template { top_level: 5, properties: &[
    p("TargetUserSid", 19, 0),
    p("TargetUserName", 1, 0),
    p("TargetDomainName", 1, 0),
    p("TargetLogonId", 21, 0),
    p("LogonType", 8, 0),
] };

static T416: Template = Template { top_level: 1, properties: &[
    p("notification", 1, 0),
] };

static T417: Template = Template { top_level: 4, properties: &[
    p("TargetUserSid", 19, 0),
    p("TargetUserName", 1, 0),
    p("TargetDomainName", 1, 0),
    p("TargetLogonId", 21, 0),
] };

static T418: Template = Template { top_level: 14, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("LogonGuid", 15, 0),
    p("TargetUserName", 1, 0),
    p("TargetDomainName", 1, 0),
    p("TargetLogonGuid", 15, 0),
    p("TargetServerName", 1, 0),
    p("TargetInfo", 1, 0),
    p("ProcessId", 16, 0),
    p("ProcessName", 1, 0),
    p("IpAddress", 1, 0),
    p("IpPort", 1, 0),
] };

static T419: Template = Template { top_level: 13, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("TargetUserName", 1, 0),
    p("TargetDomainName", 1, 0),
    p("RequestType", 1, 0),
    p("LogonProcessName", 1, 0),
    p("AuthenticationPackage", 1, 0),
    p("WorkstationName", 1, 0),
    p("TransmittedServices", 1, 0),
    p("ProcessId", 16, 0),
    p("ProcessName", 1, 0),
] };

static T420: Template = Template { top_level: 17, properties: &[
    p("LocalMMPrincipalName", 1, 0),
    p("RemoteMMPrincipalName", 1, 0),
    p("LocalAddress", 1, 0),
    p("LocalKeyModPort", 8, 0),
    p("RemoteAddress", 1, 0),
    p("RemoteKeyModPort", 8, 0),
    p("KeyModName", 1, 0),
    p("MMAuthMethod", 1, 0),
    p("MMCipherAlg", 1, 0),
    p("MMIntegrityAlg", 1, 0),
    p("DHGroup", 1, 0),
    p("MMLifetime", 8, 0),
    p("QMLimit", 8, 0),
    p("Role", 1, 0),
    p("MMImpersonationState", 1, 0),
    p("MMFilterID", 10, 0),
    p("MMSAID", 10, 0),
] };

static T421: Template = Template { top_level: 23, properties: &[
    p("LocalMMPrincipalName", 1, 0),
    p("LocalMMCertHash", 1, 0),
    p("LocalMMIssuingCA", 1, 0),
    p("LocalMMRootCA", 1, 0),
    p("RemoteMMPrincipalName", 1, 0),
    p("RemoteMMCertHash", 1, 0),
    p("RemoteMMIssuingCA", 1, 0),
    p("RemoteMMRootCA", 1, 0),
    p("LocalAddress", 1, 0),
    p("LocalKeyModPort", 8, 0),
    p("RemoteAddress", 1, 0),
    p("RemoteKeyModPort", 8, 0),
    p("KeyModName", 1, 0),
    p("MMAuthMethod", 1, 0),
    p("MMCipherAlg", 1, 0),
    p("MMIntegrityAlg", 1, 0),
    p("DHGroup", 1, 0),
    p("MMLifetime", 8, 0),
    p("QMLimit", 8, 0),
    p("Role", 1, 0),
    p("MMImpersonationState", 1, 0),
    p("MMFilterID", 10, 0),
    p("MMSAID", 10, 0),
] };

static T422: Template = Template { top_level: 22, properties: &[
    p("LocalMMPrincipalName", 1, 0),
    p("LocalMMCertHash", 1, 0),
    p("LocalMMIssuingCA", 1, 0),
    p("LocalMMRootCA", 1, 0),
    p("RemoteMMPrincipalName", 1, 0),
    p("RemoteMMCertHash", 1, 0),
    p("RemoteMMIssuingCA", 1, 0),
    p("RemoteMMRootCA", 1, 0),
    p("LocalAddress", 1, 0),
    p("LocalKeyModPort", 8, 0),
    p("RemoteAddress", 1, 0),
    p("RemoteKeyModPort", 8, 0),
    p("KeyModName", 1, 0),
    p("FailurePoint", 1, 0),
    p("FailureReason", 1, 0),
    p("MMAuthMethod", 1, 0),
    p("State", 1, 0),
    p("Role", 1, 0),
    p("MMImpersonationState", 1, 0),
    p("MMFilterID", 10, 0),
    p("InitiatorCookie", 1, 0),
    p("ResponderCookie", 1, 0),
] };

static T423: Template = Template { top_level: 16, properties: &[
    p("LocalMMPrincipalName", 1, 0),
    p("RemoteMMPrincipalName", 1, 0),
    p("LocalAddress", 1, 0),
    p("LocalKeyModPort", 8, 0),
    p("RemoteAddress", 1, 0),
    p("RemoteKeyModPort", 8, 0),
    p("KeyModName", 1, 0),
    p("FailurePoint", 1, 0),
    p("FailureReason", 1, 0),
    p("MMAuthMethod", 1, 0),
    p("State", 1, 0),
    p("Role", 1, 0),
    p("MMImpersonationState", 1, 0),
    p("MMFilterID", 10, 0),
    p("InitiatorCookie", 1, 0),
    p("ResponderCookie", 1, 0),
] };

static T424: Template = Template { top_level: 19, properties: &[
    p("LocalAddress", 1, 0),
    p("LocalAddressMask", 1, 0),
    p("LocalPort", 8, 0),
    p("LocalTunnelEndpoint", 1, 0),
    p("RemoteAddress", 1, 0),
    p("RemoteAddressMask", 1, 0),
    p("RemotePort", 8, 0),
    p("RemoteTunnelEndpoint", 1, 0),
    p("Protocol", 8, 0),
    p("RemotePrivateAddress", 1, 0),
    p("KeyModName", 1, 0),
    p("FailurePoint", 1, 0),
    p("FailureReason", 1, 0),
    p("Mode", 1, 0),
    p("State", 1, 0),
    p("Role", 1, 0),
    p("MessageID", 8, 0),
    p("QMFilterID", 10, 0),
    p("MMSAID", 10, 0),
] };

static T425: Template = Template { top_level: 21, properties: &[
    p("LocalAddress", 1, 0),
    p("LocalAddressMask", 1, 0),
    p("LocalPort", 8, 0),
    p("LocalTunnelEndpoint", 1, 0),
    p("RemoteAddress", 1, 0),
    p("RemoteAddressMask", 1, 0),
    p("RemotePort", 8, 0),
    p("RemoteTunnelEndpoint", 1, 0),
    p("Protocol", 8, 0),
    p("RemotePrivateAddress", 1, 0),
    p("KeyModName", 1, 0),
    p("FailurePoint", 1, 0),
    p("FailureReason", 1, 0),
    p("Mode", 1, 0),
    p("State", 1, 0),
    p("Role", 1, 0),
    p("MessageID", 8, 0),
    p("QMFilterID", 10, 0),
    p("MMSAID", 10, 0),
    p("TunnelId", 10, 0),
    p("TrafficSelectorId", 10, 0),
] };

static T426: Template = Template { top_level: 4, properties: &[
    p("LocalAddress", 1, 0),
    p("RemoteAddress", 1, 0),
    p("KeyModName", 1, 0),
    p("MMSAID", 10, 0),
] };

static T427: Template = Template { top_level: 15, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("ObjectServer", 1, 0),
    p("ObjectType", 1, 0),
    p("ObjectName", 1, 0),
    p("HandleId", 16, 0),
    p("TransactionId", 15, 0),
    p("AccessList", 1, 0),
    p("AccessMask", 20, 0),
    p("PrivilegeList", 1, 0),
    p("RestrictedSidCount", 8, 0),
    p("ProcessId", 16, 0),
    p("ProcessName", 1, 0),
] };

static T428: Template = Template { top_level: 17, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("ObjectServer", 1, 0),
    p("ObjectType", 1, 0),
    p("ObjectName", 1, 0),
    p("HandleId", 16, 0),
    p("TransactionId", 15, 0),
    p("AccessList", 1, 0),
    p("AccessReason", 1, 0),
    p("AccessMask", 20, 0),
    p("PrivilegeList", 1, 0),
    p("RestrictedSidCount", 8, 0),
    p("ProcessId", 16, 0),
    p("ProcessName", 1, 0),
    p("ResourceAttributes", 1, 0),
] };

static T429: Template = Template { top_level: 14, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("ObjectName", 1, 0),
    p("ObjectValueName", 1, 0),
    p("HandleId", 16, 0),
    p("OperationType", 1, 0),
    p("OldValueType", 1, 0),
    p("OldValue", 1, 0),
    p("NewValueType", 1, 0),
    p("NewValue", 1, 0),
    p("ProcessId", 16, 0),
    p("ProcessName", 1, 0),
] };

static T430: Template = Template { top_level: 8, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("ObjectServer", 1, 0),
    p("HandleId", 16, 0),
    p("ProcessId", 16, 0),
    p("ProcessName", 1, 0),
] };

static T431: Template = Template { top_level: 13, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("ObjectServer", 1, 0),
    p("ObjectType", 1, 0),
    p("ObjectName", 1, 0),
    p("HandleId", 16, 0),
    p("TransactionId", 15, 0),
    p("AccessList", 1, 0),
    p("AccessMask", 20, 0),
    p("PrivilegeList", 1, 0),
    p("ProcessId", 16, 0),
] };

static T432: Template = Template { top_level: 9, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("ObjectServer", 1, 0),
    p("HandleId", 16, 0),
    p("ProcessId", 16, 0),
    p("ProcessName", 1, 0),
    p("TransactionId", 15, 0),
] };

static T433: Template = Template { top_level: 16, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("ObjectServer", 1, 0),
    p("ObjectType", 1, 0),
    p("ObjectName", 1, 0),
    p("HandleId", 16, 0),
    p("TransactionId", 15, 0),
    p("AccessList", 1, 0),
    p("AccessMask", 20, 0),
    p("PrivilegeList", 1, 0),
    p("Properties", 1, 0),
    p("RestrictedSidCount", 8, 0),
    p("ProcessId", 16, 0),
    p("ProcessName", 1, 0),
] };

static T434: Template = Template { top_level: 17, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("ObjectServer", 1, 0),
    p("ObjectType", 1, 0),
    p("ObjectName", 1, 0),
    p("HandleId", 16, 0),
    p("TransactionId", 15, 0),
    p("AccessList", 1, 0),
    p("AccessReason", 1, 0),
    p("AccessMask", 20, 0),
    p("PrivilegeList", 1, 0),
    p("Properties", 1, 0),
    p("RestrictedSidCount", 8, 0),
    p("ProcessId", 16, 0),
    p("ProcessName", 1, 0),
] };

static T435: Template = Template { top_level: 14, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("ObjectServer", 1, 0),
    p("ObjectType", 1, 0),
    p("ObjectName", 1, 0),
    p("OperationType", 1, 0),
    p("HandleId", 16, 0),
    p("AccessList", 1, 0),
    p("AccessMask", 20, 0),
    p("Properties", 1, 0),
    p("AdditionalInfo", 1, 0),
    p("AdditionalInfo2", 1, 0),
] };

static T436: Template = Template { top_level: 12, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("ObjectServer", 1, 0),
    p("ObjectType", 1, 0),
    p("ObjectName", 1, 0),
    p("HandleId", 16, 0),
    p("AccessList", 1, 0),
    p("AccessMask", 20, 0),
    p("ProcessId", 16, 0),
    p("ProcessName", 1, 0),
] };

static T437: Template = Template { top_level: 13, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("ObjectServer", 1, 0),
    p("ObjectType", 1, 0),
    p("ObjectName", 1, 0),
    p("HandleId", 16, 0),
    p("AccessList", 1, 0),
    p("AccessMask", 20, 0),
    p("ProcessId", 16, 0),
    p("ProcessName", 1, 0),
    p("ResourceAttributes", 1, 0),
] };

static T438: Template = Template { top_level: 7, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("FileName", 1, 0),
    p("LinkName", 1, 0),
    p("TransactionId", 15, 0),
] };

static T439: Template = Template { top_level: 6, properties: &[
    p("AppName", 1, 0),
    p("AppInstance", 10, 0),
    p("ClientName", 1, 0),
    p("ClientDomain", 1, 0),
    p("ClientLogonId", 10, 0),
    p("Status", 8, 0),
] };

static T440: Template = Template { top_level: 11, properties: &[
    p("AppName", 1, 0),
    p("AppInstance", 10, 0),
    p("ObjectName", 1, 0),
    p("ScopeName", 1, 0),
    p("ClientName", 1, 0),
    p("ClientDomain", 1, 0),
    p("ClientLogonId", 10, 0),
    p("Role", 1, 0),
    p("Group", 1, 0),
    p("OperationName", 1, 0),
    p("OperationId", 8, 0),
] };

static T441: Template = Template { top_level: 5, properties: &[
    p("AppName", 1, 0),
    p("AppInstance", 10, 0),
    p("ClientName", 1, 0),
    p("ClientDomain", 1, 0),
    p("ClientLogonId", 10, 0),
] };

static T442: Template = Template { top_level: 6, properties: &[
    p("AppName", 1, 0),
    p("AppInstance", 10, 0),
    p("ClientName", 1, 0),
    p("ClientDomain", 1, 0),
    p("ClientLogonId", 10, 0),
    p("StoreUrl", 1, 0),
] };

static T443: Template = Template { top_level: 12, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("ObjectServer", 1, 0),
    p("ObjectType", 1, 0),
    p("ObjectName", 1, 0),
    p("HandleId", 16, 0),
    p("OldSd", 1, 0),
    p("NewSd", 1, 0),
    p("ProcessId", 16, 0),
    p("ProcessName", 1, 0),
] };

static T444: Template = Template { top_level: 5, properties: &[
    p("CallerUserSid", 19, 0),
    p("CallerUserName", 1, 0),
    p("CallerDomainName", 1, 0),
    p("CallerLogonId", 21, 0),
    p("Ordinal", 8, 0),
] };

static T445: Template = Template { top_level: 5, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("PrivilegeList", 1, 0),
] };

static T446: Template = Template { top_level: 9, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("ObjectServer", 1, 0),
    p("Service", 1, 0),
    p("PrivilegeList", 1, 0),
    p("ProcessId", 16, 0),
    p("ProcessName", 1, 0),
] };

static T447: Template = Template { top_level: 12, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("ObjectServer", 1, 0),
    p("ObjectType", 1, 0),
    p("ObjectName", 1, 0),
    p("HandleId", 16, 0),
    p("AccessMask", 1, 0),
    p("PrivilegeList", 1, 0),
    p("ProcessId", 16, 0),
    p("ProcessName", 1, 0),
] };

static T448: Template = Template { top_level: 8, properties: &[
    p("TargetUserSid", 19, 0),
    p("TargetUserName", 1, 0),
    p("TargetDomainName", 1, 0),
    p("TdoDirection", 8, 0),
    p("TdoAttributes", 8, 0),
    p("TdoType", 8, 0),
    p("TdoSid", 19, 0),
    p("SidList", 1, 0),
] };

static T449: Template = Template { top_level: 8, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("NewProcessId", 16, 0),
    p("NewProcessName", 1, 0),
    p("TokenElevationType", 1, 0),
    p("ProcessId", 16, 0),
] };

static T450: Template = Template { top_level: 9, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("NewProcessId", 16, 0),
    p("NewProcessName", 1, 0),
    p("TokenElevationType", 1, 0),
    p("ProcessId", 16, 0),
    p("CommandLine", 1, 0),
] };

static T451: Template = Template { top_level: 15, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("NewProcessId", 16, 0),
    p("NewProcessName", 1, 0),
    p("TokenElevationType", 1, 0),
    p("ProcessId", 16, 0),
    p("CommandLine", 1, 0),
    p("TargetUserSid", 19, 0),
    p("TargetUserName", 1, 0),
    p("TargetDomainName", 1, 0),
    p("TargetLogonId", 21, 0),
    p("ParentProcessName", 1, 0),
    p("MandatoryLabel", 19, 0),
] };

static T452: Template = Template { top_level: 7, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("Status", 20, 0),
    p("ProcessId", 16, 0),
    p("ProcessName", 1, 0),
] };

static T453: Template = Template { top_level: 8, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("SourceHandleId", 16, 0),
    p("SourceProcessId", 16, 0),
    p("TargetHandleId", 16, 0),
    p("TargetProcessId", 16, 0),
] };

static T454: Template = Template { top_level: 9, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("ObjectType", 1, 0),
    p("ObjectName", 1, 0),
    p("AccessList", 1, 0),
    p("AccessMask", 20, 0),
    p("ProcessId", 16, 0),
] };

static T455: Template = Template { top_level: 8, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("MasterKeyId", 1, 0),
    p("RecoveryServer", 1, 0),
    p("RecoveryKeyId", 1, 0),
    p("FailureReason", 20, 0),
] };

static T456: Template = Template { top_level: 9, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("MasterKeyId", 1, 0),
    p("RecoveryReason", 20, 0),
    p("RecoveryServer", 1, 0),
    p("RecoveryKeyId", 1, 0),
    p("FailureId", 20, 0),
] };

static T457: Template = Template { top_level: 9, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("DataDescription", 1, 0),
    p("MasterKeyId", 1, 0),
    p("ProtectedDataFlags", 20, 0),
    p("CryptoAlgorithms", 1, 0),
    p("FailureReason", 20, 0),
] };

static T458: Template = Template { top_level: 12, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("TargetUserSid", 19, 0),
    p("TargetUserName", 1, 0),
    p("TargetDomainName", 1, 0),
    p("TargetLogonId", 21, 0),
    p("TargetProcessId", 16, 0),
    p("TargetProcessName", 1, 0),
    p("ProcessId", 16, 0),
    p("ProcessName", 1, 0),
] };

static T459: Template = Template { top_level: 9, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("ServiceName", 1, 0),
    p("ServiceFileName", 1, 0),
    p("ServiceType", 20, 0),
    p("ServiceStartType", 8, 0),
    p("ServiceAccount", 1, 0),
] };

static T460: Template = Template { top_level: 6, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("TaskName", 1, 0),
    p("TaskContent", 1, 0),
] };

static T461: Template = Template { top_level: 6, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("TaskName", 1, 0),
    p("TaskContentNew", 1, 0),
] };

static T462: Template = Template { top_level: 12, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("TargetUserSid", 19, 0),
    p("TargetUserName", 1, 0),
    p("TargetDomainName", 1, 0),
    p("TargetLogonId", 21, 0),
    p("ProcessName", 1, 0),
    p("ProcessId", 16, 0),
    p("EnabledPrivilegeList", 1, 0),
    p("DisabledPrivilegeList", 1, 0),
] };

static T463: Template = Template { top_level: 6, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("TargetSid", 19, 0),
    p("PrivilegeList", 1, 0),
] };

static T464: Template = Template { top_level: 10, properties: &[
    p("DomainName", 1, 0),
    p("DomainSid", 19, 0),
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("TdoType", 8, 0),
    p("TdoDirection", 8, 0),
    p("TdoAttributes", 8, 0),
    p("SidFilteringEnabled", 1, 0),
] };

static T465: Template = Template { top_level: 6, properties: &[
    p("DomainName", 1, 0),
    p("DomainSid", 19, 0),
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
] };

static T466: Template = Template { top_level: 5, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("KerberosPolicyChange", 1, 0),
] };

static T467: Template = Template { top_level: 5, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("EfsPolicyChange", 1, 0),
] };

static T468: Template = Template { top_level: 6, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("OldSd", 1, 0),
    p("NewSd", 1, 0),
] };

static T469: Template = Template { top_level: 10, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("DomainName", 1, 0),
    p("DomainSid", 19, 0),
    p("TdoType", 8, 0),
    p("TdoDirection", 8, 0),
    p("TdoAttributes", 8, 0),
    p("SidFilteringEnabled", 1, 0),
] };

static T470: Template = Template { top_level: 6, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("TargetSid", 19, 0),
    p("AccessGranted", 1, 0),
] };

static T471: Template = Template { top_level: 6, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("TargetSid", 19, 0),
    p("AccessRemoved", 1, 0),
] };

static T472: Template = Template { top_level: 8, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("CategoryId", 1, 0),
    p("SubcategoryId", 1, 0),
    p("SubcategoryGuid", 15, 0),
    p("AuditPolicyChanges", 1, 0),
] };

static T473: Template = Template { top_level: 26, properties: &[
    p("TargetUserName", 1, 0),
    p("TargetDomainName", 1, 0),
    p("TargetSid", 19, 0),
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("PrivilegeList", 1, 0),
    p("SamAccountName", 1, 0),
    p("DisplayName", 1, 0),
    p("UserPrincipalName", 1, 0),
    p("HomeDirectory", 1, 0),
    p("HomePath", 1, 0),
    p("ScriptPath", 1, 0),
    p("ProfilePath", 1, 0),
    p("UserWorkstations", 1, 0),
    p("PasswordLastSet", 1, 0),
    p("AccountExpires", 1, 0),
    p("PrimaryGroupId", 1, 0),
    p("AllowedToDelegateTo", 1, 0),
    p("OldUacValue", 1, 0),
    p("NewUacValue", 1, 0),
    p("UserAccountControl", 1, 0),
    p("UserParameters", 1, 0),
    p("SidHistory", 1, 0),
    p("LogonHours", 1, 0),
] };

static T474: Template = Template { top_level: 7, properties: &[
    p("TargetUserName", 1, 0),
    p("TargetDomainName", 1, 0),
    p("TargetSid", 19, 0),
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
] };

static T475: Template = Template { top_level: 8, properties: &[
    p("TargetUserName", 1, 0),
    p("TargetDomainName", 1, 0),
    p("TargetSid", 19, 0),
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("PrivilegeList", 1, 0),
] };

static T476: Template = Template { top_level: 10, properties: &[
    p("TargetUserName", 1, 0),
    p("TargetDomainName", 1, 0),
    p("TargetSid", 19, 0),
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("PrivilegeList", 1, 0),
    p("SamAccountName", 1, 0),
    p("SidHistory", 1, 0),
] };

static T477: Template = Template { top_level: 10, properties: &[
    p("MemberName", 1, 0),
    p("MemberSid", 19, 0),
    p("TargetUserName", 1, 0),
    p("TargetDomainName", 1, 0),
    p("TargetSid", 19, 0),
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("PrivilegeList", 1, 0),
] };

static T478: Template = Template { top_level: 11, properties: &[
    p("MemberName", 1, 0),
    p("MemberSid", 19, 0),
    p("TargetUserName", 1, 0),
    p("TargetDomainName", 1, 0),
    p("TargetSid", 19, 0),
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("PrivilegeList", 1, 0),
    p("MembershipExpirationTime", 17, 0),
] };

static T479: Template = Template { top_level: 27, properties: &[
    p("Dummy", 1, 0),
    p("TargetUserName", 1, 0),
    p("TargetDomainName", 1, 0),
    p("TargetSid", 19, 0),
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("PrivilegeList", 1, 0),
    p("SamAccountName", 1, 0),
    p("DisplayName", 1, 0),
    p("UserPrincipalName", 1, 0),
    p("HomeDirectory", 1, 0),
    p("HomePath", 1, 0),
    p("ScriptPath", 1, 0),
    p("ProfilePath", 1, 0),
    p("UserWorkstations", 1, 0),
    p("PasswordLastSet", 1, 0),
    p("AccountExpires", 1, 0),
    p("PrimaryGroupId", 1, 0),
    p("AllowedToDelegateTo", 1, 0),
    p("OldUacValue", 1, 0),
    p("NewUacValue", 1, 0),
    p("UserAccountControl", 1, 0),
    p("UserParameters", 1, 0),
    p("SidHistory", 1, 0),
    p("LogonHours", 1, 0),
] };

static T480: Template = Template { top_level: 21, properties: &[
    p("DomainPolicyChanged", 1, 0),
    p("DomainName", 1, 0),
    p("DomainSid", 19, 0),
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("PrivilegeList", 1, 0),
    p("MinPasswordAge", 1, 0),
    p("MaxPasswordAge", 1, 0),
    p("ForceLogoff", 1, 0),
    p("LockoutThreshold", 1, 0),
    p("LockoutObservationWindow", 1, 0),
    p("LockoutDuration", 1, 0),
    p("PasswordProperties", 1, 0),
    p("MinPasswordLength", 1, 0),
    p("PasswordHistoryLength", 1, 0),
    p("MachineAccountQuota", 1, 0),
    p("MixedDomainMode", 1, 0),
    p("DomainBehaviorVersion", 1, 0),
    p("OemInformation", 1, 0),
] };

static T481: Template = Template { top_level: 28, properties: &[
    p("TargetUserName", 1, 0),
    p("TargetDomainName", 1, 0),
    p("TargetSid", 19, 0),
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("PrivilegeList", 1, 0),
    p("SamAccountName", 1, 0),
    p("DisplayName", 1, 0),
    p("UserPrincipalName", 1, 0),
    p("HomeDirectory", 1, 0),
    p("HomePath", 1, 0),
    p("ScriptPath", 1, 0),
    p("ProfilePath", 1, 0),
    p("UserWorkstations", 1, 0),
    p("PasswordLastSet", 1, 0),
    p("AccountExpires", 1, 0),
    p("PrimaryGroupId", 1, 0),
    p("AllowedToDelegateTo", 1, 0),
    p("OldUacValue", 1, 0),
    p("NewUacValue", 1, 0),
    p("UserAccountControl", 1, 0),
    p("UserParameters", 1, 0),
    p("SidHistory", 1, 0),
    p("LogonHours", 1, 0),
    p("DnsHostName", 1, 0),
    p("ServicePrincipalNames", 1, 0),
] };

static T482: Template = Template { top_level: 29, properties: &[
    p("ComputerAccountChange", 1, 0),
    p("TargetUserName", 1, 0),
    p("TargetDomainName", 1, 0),
    p("TargetSid", 19, 0),
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("PrivilegeList", 1, 0),
    p("SamAccountName", 1, 0),
    p("DisplayName", 1, 0),
    p("UserPrincipalName", 1, 0),
    p("HomeDirectory", 1, 0),
    p("HomePath", 1, 0),
    p("ScriptPath", 1, 0),
    p("ProfilePath", 1, 0),
    p("UserWorkstations", 1, 0),
    p("PasswordLastSet", 1, 0),
    p("AccountExpires", 1, 0),
    p("PrimaryGroupId", 1, 0),
    p("AllowedToDelegateTo", 1, 0),
    p("OldUacValue", 1, 0),
    p("NewUacValue", 1, 0),
    p("UserAccountControl", 1, 0),
    p("UserParameters", 1, 0),
    p("SidHistory", 1, 0),
    p("LogonHours", 1, 0),
    p("DnsHostName", 1, 0),
    p("ServicePrincipalNames", 1, 0),
] };

static T483: Template = Template { top_level: 9, properties: &[
    p("GroupTypeChange", 1, 0),
    p("TargetUserName", 1, 0),
    p("TargetDomainName", 1, 0),
    p("TargetSid", 19, 0),
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("PrivilegeList", 1, 0),
] };

static T484: Template = Template { top_level: 11, properties: &[
    p("SourceUserName", 1, 0),
    p("SourceSid", 19, 0),
    p("TargetUserName", 1, 0),
    p("TargetDomainName", 1, 0),
    p("TargetSid", 19, 0),
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("PrivilegeList", 1, 0),
    p("SidList", 1, 0),
] };

static T485: Template = Template { top_level: 8, properties: &[
    p("SourceUserName", 1, 0),
    p("TargetUserName", 1, 0),
    p("TargetDomainName", 1, 0),
    p("TargetSid", 1, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 1, 0),
    p("PrivilegeList", 1, 0),
] };

static T486: Template = Template { top_level: 14, properties: &[
    p("TargetUserName", 1, 0),
    p("TargetDomainName", 1, 0),
    p("TargetSid", 19, 0),
    p("ServiceName", 1, 0),
    p("ServiceSid", 19, 0),
    p("TicketOptions", 20, 0),
    p("Status", 20, 0),
    p("TicketEncryptionType", 20, 0),
    p("PreAuthType", 1, 0),
    p("IpAddress", 1, 0),
    p("IpPort", 1, 0),
    p("CertIssuerName", 1, 0),
    p("CertSerialNumber", 1, 0),
    p("CertThumbprint", 1, 0),
] };

static T487: Template = Template { top_level: 11, properties: &[
    p("TargetUserName", 1, 0),
    p("TargetDomainName", 1, 0),
    p("ServiceName", 1, 0),
    p("ServiceSid", 19, 0),
    p("TicketOptions", 20, 0),
    p("TicketEncryptionType", 20, 0),
    p("IpAddress", 1, 0),
    p("IpPort", 1, 0),
    p("Status", 20, 0),
    p("LogonGuid", 15, 0),
    p("TransmittedServices", 1, 0),
] };

static T488: Template = Template { top_level: 8, properties: &[
    p("TargetUserName", 1, 0),
    p("TargetDomainName", 1, 0),
    p("ServiceName", 1, 0),
    p("ServiceSid", 19, 0),
    p("TicketOptions", 20, 0),
    p("TicketEncryptionType", 20, 0),
    p("IpAddress", 1, 0),
    p("IpPort", 1, 0),
] };

static T489: Template = Template { top_level: 11, properties: &[
    p("TargetUserName", 1, 0),
    p("TargetSid", 19, 0),
    p("ServiceName", 1, 0),
    p("TicketOptions", 20, 0),
    p("Status", 20, 0),
    p("PreAuthType", 1, 0),
    p("IpAddress", 1, 0),
    p("IpPort", 1, 0),
    p("CertIssuerName", 1, 0),
    p("CertSerialNumber", 1, 0),
    p("CertThumbprint", 1, 0),
] };

static T490: Template = Template { top_level: 7, properties: &[
    p("TargetUserName", 1, 0),
    p("TargetDomainName", 1, 0),
    p("ServiceName", 1, 0),
    p("TicketOptions", 1, 0),
    p("FailureCode", 1, 0),
    p("IpAddress", 1, 0),
    p("IpPort", 1, 0),
] };

static T491: Template = Template { top_level: 3, properties: &[
    p("MappingBy", 1, 0),
    p("ClientUserName", 1, 0),
    p("MappedName", 1, 0),
] };

static T492: Template = Template { top_level: 2, properties: &[
    p("ClientUserName", 1, 0),
    p("MappingBy", 1, 0),
] };

static T493: Template = Template { top_level: 4, properties: &[
    p("PackageName", 1, 0),
    p("TargetUserName", 1, 0),
    p("Workstation", 1, 0),
    p("Status", 20, 0),
] };

static T494: Template = Template { top_level: 4, properties: &[
    p("ClientUserName", 1, 0),
    p("TargetUserName", 1, 0),
    p("Workstation", 1, 0),
    p("Status", 1, 0),
] };

static T495: Template = Template { top_level: 6, properties: &[
    p("AccountName", 1, 0),
    p("AccountDomain", 1, 0),
    p("LogonID", 21, 0),
    p("SessionName", 1, 0),
    p("ClientName", 1, 0),
    p("ClientAddress", 1, 0),
] };

static T496: Template = Template { top_level: 9, properties: &[
    p("OldTargetUserName", 1, 0),
    p("NewTargetUserName", 1, 0),
    p("TargetDomainName", 1, 0),
    p("TargetSid", 19, 0),
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("PrivilegeList", 1, 0),
] };

static T497: Template = Template { top_level: 6, properties: &[
    p("TargetUserName", 1, 0),
    p("TargetDomainName", 1, 0),
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
] };

static T498: Template = Template { top_level: 7, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("Workstation", 1, 0),
    p("TargetUserName", 1, 0),
    p("Status", 20, 0),
] };

static T499: Template = Template { top_level: 6, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("Workstation", 1, 0),
    p("Status", 20, 0),
] };

static T500: Template = Template { top_level: 7, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("Workstation", 1, 0),
    p("TargetUserName", 1, 0),
    p("TargetDomainName", 1, 0),
] };

static T501: Template = Template { top_level: 9, properties: &[
    p("TargetUserName", 1, 0),
    p("TargetDomainName", 1, 0),
    p("TargetSid", 19, 0),
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("CallerProcessId", 16, 0),
    p("CallerProcessName", 1, 0),
] };

static T502: Template = Template { top_level: 5, properties: &[
    p("TargetUserSid", 19, 0),
    p("TargetUserName", 1, 0),
    p("TargetDomainName", 1, 0),
    p("TargetLogonId", 21, 0),
    p("SessionId", 8, 0),
] };

static T503: Template = Template { top_level: 3, properties: &[
    p("PeerName", 1, 0),
    p("ProtocolSequence", 1, 0),
    p("SecurityError", 8, 0),
] };

static T504: Template = Template { top_level: 9, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("ObjectServer", 1, 0),
    p("ObjectType", 1, 0),
    p("ObjectName", 1, 0),
    p("OldSd", 1, 0),
    p("NewSd", 1, 0),
] };

static T505: Template = Template { top_level: 12, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("ObjectServer", 1, 0),
    p("ObjectType", 1, 0),
    p("ObjectName", 1, 0),
    p("HandleId", 16, 0),
    p("ProcessId", 16, 0),
    p("ProcessName", 1, 0),
    p("AccessReason", 1, 0),
    p("StagingReason", 1, 0),
] };

static T506: Template = Template { top_level: 10, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("ObjectServer", 1, 0),
    p("ObjectType", 1, 0),
    p("AddedCAPs", 1, 0),
    p("DeletedCAPs", 1, 0),
    p("ModifiedCAPs", 1, 0),
    p("AsIsCAPs", 1, 0),
] };

static T507: Template = Template { top_level: 18, properties: &[
    p("TargetUserName", 1, 0),
    p("TargetDomainName", 1, 0),
    p("TargetSid", 19, 0),
    p("DeviceName", 1, 0),
    p("ServiceName", 1, 0),
    p("ServiceSid", 19, 0),
    p("TicketOptions", 20, 0),
    p("Status", 20, 0),
    p("TicketEncryptionType", 20, 0),
    p("PreAuthType", 1, 0),
    p("IpAddress", 1, 0),
    p("IpPort", 1, 0),
    p("CertIssuerName", 1, 0),
    p("CertSerialNumber", 1, 0),
    p("CertThumbprint", 1, 0),
    p("SiloName", 1, 0),
    p("PolicyName", 1, 0),
    p("TGTLifetime", 8, 0),
] };

static T508: Template = Template { top_level: 14, properties: &[
    p("TargetUserName", 1, 0),
    p("TargetDomainName", 1, 0),
    p("DeviceName", 1, 0),
    p("ServiceName", 1, 0),
    p("ServiceSid", 19, 0),
    p("TicketOptions", 20, 0),
    p("TicketEncryptionType", 20, 0),
    p("IpAddress", 1, 0),
    p("IpPort", 1, 0),
    p("Status", 20, 0),
    p("LogonGuid", 15, 0),
    p("TransitedServices", 1, 0),
    p("SiloName", 1, 0),
    p("PolicyName", 1, 0),
] };

static T509: Template = Template { top_level: 3, properties: &[
    p("AccountName", 1, 0),
    p("DeviceName", 1, 0),
    p("Status", 20, 0),
] };

static T510: Template = Template { top_level: 5, properties: &[
    p("AccountName", 1, 0),
    p("DeviceName", 1, 0),
    p("Status", 20, 0),
    p("SiloName", 1, 0),
    p("PolicyName", 1, 0),
] };

static T511: Template = Template { top_level: 4, properties: &[
    p("AccountName", 1, 0),
    p("AccountDomain", 1, 0),
    p("LogonID", 21, 0),
    p("ClientAddress", 1, 0),
] };

static T512: Template = Template { top_level: 16, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("LoadOptions", 1, 0),
    p("AdvancedOptions", 1, 0),
    p("ConfigAccessPolicy", 1, 0),
    p("RemoteEventLogging", 1, 0),
    p("KernelDebug", 1, 0),
    p("VsmLaunchType", 1, 0),
    p("TestSigning", 1, 0),
    p("FlightSigning", 1, 0),
    p("DisableIntegrityChecks", 1, 0),
    p("HypervisorLoadOptions", 1, 0),
    p("HypervisorLaunchType", 1, 0),
    p("HypervisorDebug", 1, 0),
] };

static T513: Template = Template { top_level: 8, properties: &[
    p("CollisionTargetType", 8, 0),
    p("CollisionTargetName", 1, 0),
    p("ForestRoot", 1, 0),
    p("TopLevelName", 1, 0),
    p("DnsName", 1, 0),
    p("NetbiosName", 1, 0),
    p("DomainSid", 19, 0),
    p("Flags", 8, 0),
] };

static T514: Template = Template { top_level: 13, properties: &[
    p("ForestRoot", 1, 0),
    p("ForestRootSid", 19, 0),
    p("OperationId", 21, 0),
    p("EntryType", 8, 0),
    p("Flags", 8, 0),
    p("TopLevelName", 1, 0),
    p("DnsName", 1, 0),
    p("NetbiosName", 1, 0),
    p("DomainSid", 19, 0),
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
] };

static T515: Template = Template { top_level: 13, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("ForestRoot", 1, 0),
    p("ForestRootSid", 19, 0),
    p("OperationId", 21, 0),
    p("EntryType", 8, 0),
    p("Flags", 8, 0),
    p("TopLevelName", 1, 0),
    p("DnsName", 1, 0),
    p("NetbiosName", 1, 0),
    p("DomainSid", 19, 0),
] };

static T516: Template = Template { top_level: 5, properties: &[
    p("RequestId", 1, 0),
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
] };

static T517: Template = Template { top_level: 6, properties: &[
    p("CertificateSerialNumber", 1, 0),
    p("RevocationReason", 1, 0),
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
] };

static T518: Template = Template { top_level: 7, properties: &[
    p("NextUpdate", 1, 0),
    p("NextPublishForBaseCRL", 1, 0),
    p("NextPublishForDeltaCRL", 1, 0),
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
] };

static T519: Template = Template { top_level: 5, properties: &[
    p("IsBaseCRL", 1, 0),
    p("CRLNumber", 1, 0),
    p("KeyContainer", 1, 0),
    p("NextPublish", 1, 0),
    p("PublishURLs", 1, 0),
] };

static T520: Template = Template { top_level: 9, properties: &[
    p("RequestId", 1, 0),
    p("ExtensionName", 1, 0),
    p("ExtensionDataType", 1, 0),
    p("ExtensionPolicyFlags", 1, 0),
    p("ExtensionData", 1, 0),
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
] };

static T521: Template = Template { top_level: 6, properties: &[
    p("RequestId", 1, 0),
    p("Attributes", 1, 0),
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
] };

static T522: Template = Template { top_level: 4, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
] };

static T523: Template = Template { top_level: 5, properties: &[
    p("BackupType", 1, 0),
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
] };

static T524: Template = Template { top_level: 4, properties: &[
    p("CertificateDatabaseHash", 1, 0),
    p("PrivateKeyUsageCount", 1, 0),
    p("CACertificateHash", 1, 0),
    p("CAPublicKeyHash", 1, 0),
] };

static T525: Template = Template { top_level: 5, properties: &[
    p("SecuritySettings", 1, 0),
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
] };

static T526: Template = Template { top_level: 6, properties: &[
    p("Certificate", 1, 0),
    p("RequestId", 1, 0),
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
] };

static T527: Template = Template { top_level: 5, properties: &[
    p("AuditFilter", 1, 0),
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
] };

static T528: Template = Template { top_level: 3, properties: &[
    p("RequestId", 1, 0),
    p("Requester", 1, 0),
    p("Attributes", 1, 0),
] };

static T529: Template = Template { top_level: 6, properties: &[
    p("RequestId", 1, 0),
    p("Requester", 1, 0),
    p("Attributes", 1, 0),
    p("Disposition", 1, 0),
    p("SubjectKeyIdentifier", 1, 0),
    p("Subject", 1, 0),
] };

static T530: Template = Template { top_level: 6, properties: &[
    p("EnableRestrictedPermissions", 1, 0),
    p("RestrictedPermissions", 1, 0),
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
] };

static T531: Template = Template { top_level: 7, properties: &[
    p("Node", 1, 0),
    p("Entry", 1, 0),
    p("Value", 1, 0),
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
] };

static T532: Template = Template { top_level: 8, properties: &[
    p("PropertyName", 1, 0),
    p("PropertyIndex", 1, 0),
    p("PropertyType", 1, 0),
    p("PropertyValue", 1, 0),
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
] };

static T533: Template = Template { top_level: 3, properties: &[
    p("RequestId", 1, 0),
    p("Requester", 1, 0),
    p("KRAHashes", 1, 0),
] };

static T534: Template = Template { top_level: 3, properties: &[
    p("CertificateHash", 1, 0),
    p("ValidFrom", 1, 0),
    p("ValidTo", 1, 0),
] };

static T535: Template = Template { top_level: 7, properties: &[
    p("TableId", 1, 0),
    p("Filter", 1, 0),
    p("RowsDeleted", 1, 0),
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
] };

static T536: Template = Template { top_level: 1, properties: &[
    p("RoleSeparationEnabled", 1, 0),
] };

static T537: Template = Template { top_level: 8, properties: &[
    p("TemplateInternalName", 1, 0),
    p("TemplateVersion", 1, 0),
    p("TemplateSchemaVersion", 1, 0),
    p("TemplateOID", 1, 0),
    p("TemplateDSObjectFQDN", 1, 0),
    p("DCDNSName", 1, 0),
    p("TemplateContent", 1, 0),
    p("SecurityDescriptor", 1, 0),
] };

static T538: Template = Template { top_level: 8, properties: &[
    p("TemplateInternalName", 1, 0),
    p("TemplateVersion", 1, 0),
    p("TemplateSchemaVersion", 1, 0),
    p("TemplateOID", 1, 0),
    p("TemplateDSObjectFQDN", 1, 0),
    p("DCDNSName", 1, 0),
    p("NewTemplateContent", 1, 0),
    p("OldTemplateContent", 1, 0),
] };

static T539: Template = Template { top_level: 10, properties: &[
    p("TemplateInternalName", 1, 0),
    p("TemplateVersion", 1, 0),
    p("TemplateSchemaVersion", 1, 0),
    p("TemplateOID", 1, 0),
    p("TemplateDSObjectFQDN", 1, 0),
    p("DCDNSName", 1, 0),
    p("NewTemplateContent", 1, 0),
    p("NewSecurityDescriptor", 1, 0),
    p("OldTemplateContent", 1, 0),
    p("OldSecurityDescriptor", 1, 0),
] };

static T540: Template = Template { top_level: 2, properties: &[
    p("PuaCount", 8, 0),
    p("PuaPolicyId", 21, 0),
] };

static T541: Template = Template { top_level: 8, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("AuditSourceName", 1, 0),
    p("EventSourceId", 21, 0),
    p("ProcessId", 16, 0),
    p("ProcessName", 1, 0),
] };

static T542: Template = Template { top_level: 1, properties: &[
    p("CrashOnAuditFailValue", 8, 0),
] };

static T543: Template = Template { top_level: 1, properties: &[
    p("SidList", 1, 0),
] };

static T544: Template = Template { top_level: 2, properties: &[
    p("OldBlockedOrdinals", 1, 0),
    p("NewBlockedOrdinals", 1, 0),
] };

static T545: Template = Template { top_level: 6, properties: &[
    p("OldIgnoreDefaultSettings", 8, 0),
    p("NewIgnoreDefaultSettings", 8, 0),
    p("OldIgnoreLocalSettings", 8, 0),
    p("NewIgnoreLocalSettings", 8, 0),
    p("OldBlockedOrdinals", 1, 0),
    p("NewBlockedOrdinals", 1, 0),
] };

static T546: Template = Template { top_level: 9, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("TargetUserSid", 19, 0),
    p("CategoryId", 1, 0),
    p("SubcategoryId", 1, 0),
    p("SubcategoryGuid", 15, 0),
    p("AuditPolicyChanges", 1, 0),
] };

static T547: Template = Template { top_level: 6, properties: &[
    p("DestinationDRA", 1, 0),
    p("SourceDRA", 1, 0),
    p("SourceAddr", 1, 0),
    p("NamingContext", 1, 0),
    p("Options", 8, 0),
    p("StatusCode", 8, 0),
] };

static T548: Template = Template { top_level: 6, properties: &[
    p("DestinationDRA", 1, 0),
    p("SourceDRA", 1, 0),
    p("NamingContext", 1, 0),
    p("Options", 8, 0),
    p("SessionID", 8, 0),
    p("StartUSN", 1, 0),
] };

static T549: Template = Template { top_level: 7, properties: &[
    p("DestinationDRA", 1, 0),
    p("SourceDRA", 1, 0),
    p("NamingContext", 1, 0),
    p("Options", 8, 0),
    p("SessionID", 8, 0),
    p("EndUSN", 1, 0),
    p("StatusCode", 8, 0),
] };

static T550: Template = Template { top_level: 7, properties: &[
    p("SessionID", 8, 0),
    p("Object", 1, 0),
    p("Attribute", 1, 0),
    p("TypeOfChange", 8, 0),
    p("NewValue", 1, 0),
    p("USN", 1, 0),
    p("StatusCode", 8, 0),
] };

static T551: Template = Template { top_level: 2, properties: &[
    p("ReplicationEvent", 8, 0),
    p("AuditStatusCode", 8, 0),
] };

static T552: Template = Template { top_level: 3, properties: &[
    p("ReplicationEvent", 8, 0),
    p("AuditStatusCode", 8, 0),
    p("ReplicationStatusCode", 8, 0),
] };

static T553: Template = Template { top_level: 5, properties: &[
    p("DestinationDRA", 1, 0),
    p("SourceDRA", 1, 0),
    p("Object", 1, 0),
    p("Options", 8, 0),
    p("StatusCode", 8, 0),
] };

static T554: Template = Template { top_level: 7, properties: &[
    p("GroupPolicyApplied", 1, 0),
    p("Profile", 1, 0),
    p("OperationMode", 1, 0),
    p("RemoteAdminEnabled", 1, 0),
    p("MulticastFlowsEnabled", 1, 0),
    p("LogDroppedPacketsEnabled", 1, 0),
    p("LogSuccessfulConnectionsEnabled", 1, 0),
] };

static T555: Template = Template { top_level: 3, properties: &[
    p("ProfileUsed", 1, 0),
    p("RuleId", 1, 0),
    p("RuleName", 1, 0),
] };

static T556: Template = Template { top_level: 3, properties: &[
    p("ProfileChanged", 1, 0),
    p("RuleId", 1, 0),
    p("RuleName", 1, 0),
] };

static T557: Template = Template { top_level: 3, properties: &[
    p("ProfileChanged", 1, 0),
    p("SettingType", 1, 0),
    p("SettingValue", 1, 0),
] };

static T558: Template = Template { top_level: 3, properties: &[
    p("Profile", 1, 0),
    p("RuleId", 1, 0),
    p("RuleName", 1, 0),
] };

static T559: Template = Template { top_level: 4, properties: &[
    p("Profile", 1, 0),
    p("ReasonForRejection", 1, 0),
    p("RuleId", 1, 0),
    p("RuleName", 1, 0),
] };

static T560: Template = Template { top_level: 1, properties: &[
    p("ActiveProfile", 1, 0),
] };

static T561: Template = Template { top_level: 3, properties: &[
    p("RuleId", 1, 0),
    p("RuleName", 1, 0),
    p("RuleAttr", 1, 0),
] };

static T562: Template = Template { top_level: 4, properties: &[
    p("RuleId", 1, 0),
    p("RuleName", 1, 0),
    p("Error", 1, 0),
    p("Reason", 1, 0),
] };

static T563: Template = Template { top_level: 2, properties: &[
    p("RemoteAddress", 1, 0),
    p("SPI", 8, 0),
] };

static T564: Template = Template { top_level: 11, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("LogonGuid", 15, 0),
    p("TargetUserSid", 19, 0),
    p("TargetUserName", 1, 0),
    p("TargetDomainName", 1, 0),
    p("TargetLogonId", 21, 0),
    p("TargetLogonGuid", 15, 0),
    p("SidList", 1, 0),
] };

static T565: Template = Template { top_level: 3, properties: &[
    p("LocalAddress", 1, 0),
    p("RemoteAddress", 1, 0),
    p("KeyModName", 1, 0),
] };

static T566: Template = Template { top_level: 21, properties: &[
    p("LocalMMPrincipalName", 1, 0),
    p("RemoteMMPrincipalName", 1, 0),
    p("LocalAddress", 1, 0),
    p("LocalKeyModPort", 8, 0),
    p("RemoteAddress", 1, 0),
    p("RemoteKeyModPort", 8, 0),
    p("MMAuthMethod", 1, 0),
    p("MMCipherAlg", 1, 0),
    p("MMIntegrityAlg", 1, 0),
    p("DHGroup", 1, 0),
    p("MMLifetime", 8, 0),
    p("QMLimit", 8, 0),
    p("Role", 1, 0),
    p("MMImpersonationState", 1, 0),
    p("MMFilterID", 10, 0),
    p("MMSAID", 10, 0),
    p("LocalEMPrincipalName", 1, 0),
    p("RemoteEMPrincipalName", 1, 0),
    p("EMAuthMethod", 1, 0),
    p("EMImpersonationState", 1, 0),
    p("QMFilterID", 10, 0),
] };

static T567: Template = Template { top_level: 26, properties: &[
    p("LocalMMPrincipalName", 1, 0),
    p("RemoteMMPrincipalName", 1, 0),
    p("LocalAddress", 1, 0),
    p("LocalKeyModPort", 8, 0),
    p("RemoteAddress", 1, 0),
    p("RemoteKeyModPort", 8, 0),
    p("MMAuthMethod", 1, 0),
    p("MMCipherAlg", 1, 0),
    p("MMIntegrityAlg", 1, 0),
    p("DHGroup", 1, 0),
    p("MMLifetime", 8, 0),
    p("QMLimit", 8, 0),
    p("Role", 1, 0),
    p("MMImpersonationState", 1, 0),
    p("MMFilterID", 10, 0),
    p("MMSAID", 10, 0),
    p("LocalEMPrincipalName", 1, 0),
    p("LocalEMCertHash", 1, 0),
    p("LocalEMIssuingCA", 1, 0),
    p("LocalEMRootCA", 1, 0),
    p("RemoteEMPrincipalName", 1, 0),
    p("RemoteEMCertHash", 1, 0),
    p("RemoteEMIssuingCA", 1, 0),
    p("RemoteEMRootCA", 1, 0),
    p("EMImpersonationState", 1, 0),
    p("QMFilterID", 10, 0),
] };

static T568: Template = Template { top_level: 26, properties: &[
    p("LocalMMPrincipalName", 1, 0),
    p("LocalMMCertHash", 1, 0),
    p("LocalMMIssuingCA", 1, 0),
    p("LocalMMRootCA", 1, 0),
    p("RemoteMMPrincipalName", 1, 0),
    p("RemoteMMCertHash", 1, 0),
    p("RemoteMMIssuingCA", 1, 0),
    p("RemoteMMRootCA", 1, 0),
    p("LocalAddress", 1, 0),
    p("LocalKeyModPort", 8, 0),
    p("RemoteAddress", 1, 0),
    p("RemoteKeyModPort", 8, 0),
    p("MMCipherAlg", 1, 0),
    p("MMIntegrityAlg", 1, 0),
    p("DHGroup", 1, 0),
    p("MMLifetime", 8, 0),
    p("QMLimit", 8, 0),
    p("Role", 1, 0),
    p("MMImpersonationState", 1, 0),
    p("MMFilterID", 10, 0),
    p("MMSAID", 10, 0),
    p("LocalEMPrincipalName", 1, 0),
    p("RemoteEMPrincipalName", 1, 0),
    p("EMAuthMethod", 1, 0),
    p("EMImpersonationState", 1, 0),
    p("QMFilterID", 10, 0),
] };

static T569: Template = Template { top_level: 30, properties: &[
    p("LocalMMPrincipalName", 1, 0),
    p("LocalMMCertHash", 1, 0),
    p("LocalMMIssuingCA", 1, 0),
    p("LocalMMRootCA", 1, 0),
    p("RemoteMMPrincipalName", 1, 0),
    p("RemoteMMCertHash", 1, 0),
    p("RemoteMMIssuingCA", 1, 0),
    p("RemoteMMRootCA", 1, 0),
    p("LocalKeyModPort", 8, 0),
    p("RemoteAddress", 1, 0),
    p("RemoteKeyModPort", 8, 0),
    p("MMCipherAlg", 1, 0),
    p("MMIntegrityAlg", 1, 0),
    p("DHGroup", 1, 0),
    p("MMLifetime", 8, 0),
    p("QMLimit", 8, 0),
    p("Role", 1, 0),
    p("MMImpersonationState", 1, 0),
    p("MMFilterID", 10, 0),
    p("MMSAID", 10, 0),
    p("LocalEMPrincipalName", 1, 0),
    p("LocalEMCertHash", 1, 0),
    p("LocalEMIssuingCA", 1, 0),
    p("LocalEMRootCA", 1, 0),
    p("RemoteEMPrincipalName", 1, 0),
    p("RemoteEMCertHash", 1, 0),
    p("RemoteEMIssuingCA", 1, 0),
    p("RemoteEMRootCA", 1, 0),
    p("EMImpersonationState", 1, 0),
    p("QMFilterID", 10, 0),
] };

static T570: Template = Template { top_level: 18, properties: &[
    p("LocalEMPrincipalName", 1, 0),
    p("LocalEMCertHash", 1, 0),
    p("LocalEMIssuingCA", 1, 0),
    p("LocalEMRootCA", 1, 0),
    p("RemoteEMPrincipalName", 1, 0),
    p("RemoteEMCertHash", 1, 0),
    p("RemoteEMIssuingCA", 1, 0),
    p("RemoteEMRootCA", 1, 0),
    p("LocalAddress", 1, 0),
    p("LocalKeyModPort", 8, 0),
    p("RemoteAddress", 1, 0),
    p("RemoteKeyModPort", 8, 0),
    p("FailurePoint", 1, 0),
    p("FailureReason", 1, 0),
    p("State", 1, 0),
    p("Role", 1, 0),
    p("EMImpersonationState", 1, 0),
    p("QMFilterID", 10, 0),
] };

static T571: Template = Template { top_level: 13, properties: &[
    p("LocalEMPrincipalName", 1, 0),
    p("RemoteEMPrincipalName", 1, 0),
    p("LocalAddress", 1, 0),
    p("LocalKeyModPort", 8, 0),
    p("RemoteAddress", 1, 0),
    p("RemoteKeyModPort", 8, 0),
    p("FailurePoint", 1, 0),
    p("FailureReason", 1, 0),
    p("EMAuthMethod", 1, 0),
    p("State", 1, 0),
    p("Role", 1, 0),
    p("EMImpersonationState", 1, 0),
    p("QMFilterID", 10, 0),
] };

static T572: Template = Template { top_level: 9, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("TransactionId", 15, 0),
    p("NewState", 8, 0),
    p("ResourceManager", 15, 0),
    p("ProcessId", 16, 0),
    p("ProcessName", 1, 0),
] };

static T573: Template = Template { top_level: 2, properties: &[
    p("Profiles", 1, 0),
    p("Application", 1, 0),
] };

static T574: Template = Template { top_level: 8, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("ObjectPath", 1, 0),
    p("ObjectVirtualPath", 1, 0),
    p("ProcessId", 16, 0),
    p("ProcessName", 1, 0),
] };

static T575: Template = Template { top_level: 3, properties: &[
    p("ProfileChanged", 1, 0),
    p("AuthenticationSetId", 1, 0),
    p("AuthenticationSetName", 1, 0),
] };

static T576: Template = Template { top_level: 3, properties: &[
    p("ProfileChanged", 1, 0),
    p("ConnectionSecurityRuleId", 1, 0),
    p("ConnectionSecurityRuleName", 1, 0),
] };

static T577: Template = Template { top_level: 3, properties: &[
    p("ProfileChanged", 1, 0),
    p("CryptographicSetId", 1, 0),
    p("CryptographicSetName", 1, 0),
] };

static T578: Template = Template { top_level: 3, properties: &[
    p("ProfileChanged", 1, 0),
    p("IpSecSecurityAssociationId", 1, 0),
    p("IpSecSecurityAssociationName", 1, 0),
] };

static T579: Template = Template { top_level: 3, properties: &[
    p("CallerProcessName", 1, 0),
    p("ProcessId", 8, 0),
    p("Publisher", 1, 0),
] };

static T580: Template = Template { top_level: 8, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("FileName", 1, 0),
    p("VirtualFileName", 1, 0),
    p("ProcessId", 16, 0),
    p("ProcessName", 1, 0),
] };

static T581: Template = Template { top_level: 6, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("Module", 1, 0),
    p("ReturnCode", 20, 0),
] };

static T582: Template = Template { top_level: 8, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("ProviderName", 1, 0),
    p("AlgorithmName", 1, 0),
    p("Reason", 1, 0),
    p("ReturnCode", 20, 0),
] };

static T583: Template = Template { top_level: 11, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("ProviderName", 1, 0),
    p("AlgorithmName", 1, 0),
    p("KeyName", 1, 0),
    p("KeyType", 1, 0),
    p("KeyFilePath", 1, 0),
    p("Operation", 1, 0),
    p("ReturnCode", 20, 0),
] };

static T584: Template = Template { top_level: 10, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("ProviderName", 1, 0),
    p("AlgorithmName", 1, 0),
    p("KeyName", 1, 0),
    p("KeyType", 1, 0),
    p("Operation", 1, 0),
    p("ReturnCode", 20, 0),
] };

static T585: Template = Template { top_level: 10, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("ProviderName", 1, 0),
    p("AlgorithmName", 1, 0),
    p("KeyName", 1, 0),
    p("KeyType", 1, 0),
    p("Reason", 1, 0),
    p("ReturnCode", 20, 0),
] };

static T586: Template = Template { top_level: 2, properties: &[
    p("Module", 1, 0),
    p("ReturnCode", 8, 0),
] };

static T587: Template = Template { top_level: 8, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 10, 0),
    p("ProviderName", 1, 0),
    p("ModuleName", 1, 0),
    p("Operation", 1, 0),
    p("ReturnCode", 8, 0),
] };

static T588: Template = Template { top_level: 8, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 10, 0),
    p("Scope", 1, 0),
    p("ContextName", 1, 0),
    p("Operation", 1, 0),
    p("ReturnCode", 8, 0),
] };

static T589: Template = Template { top_level: 9, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 10, 0),
    p("Scope", 1, 0),
    p("ContextName", 1, 0),
    p("OldValue", 8, 0),
    p("NewValue", 8, 0),
    p("ReturnCode", 8, 0),
] };

static T590: Template = Template { top_level: 11, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 10, 0),
    p("Scope", 1, 0),
    p("ContextName", 1, 0),
    p("InterfaceId", 1, 0),
    p("FunctionName", 1, 0),
    p("Position", 8, 0),
    p("Operation", 1, 0),
    p("ReturnCode", 8, 0),
] };

static T591: Template = Template { top_level: 11, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 10, 0),
    p("Scope", 1, 0),
    p("ContextName", 1, 0),
    p("InterfaceId", 1, 0),
    p("FunctionName", 1, 0),
    p("OldValue", 8, 0),
    p("NewValue", 8, 0),
    p("ReturnCode", 8, 0),
] };

static T592: Template = Template { top_level: 12, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 10, 0),
    p("Scope", 1, 0),
    p("ContextName", 1, 0),
    p("InterfaceId", 1, 0),
    p("FunctionName", 1, 0),
    p("ProviderName", 1, 0),
    p("Position", 8, 0),
    p("Operation", 1, 0),
    p("ReturnCode", 8, 0),
] };

static T593: Template = Template { top_level: 12, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 10, 0),
    p("Scope", 1, 0),
    p("ContextName", 1, 0),
    p("InterfaceId", 1, 0),
    p("FunctionName", 1, 0),
    p("PropertyName", 1, 0),
    p("Operation", 1, 0),
    p("Value", 1, 0),
    p("ReturnCode", 8, 0),
] };

static T594: Template = Template { top_level: 12, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 10, 0),
    p("Scope", 1, 0),
    p("ContextName", 1, 0),
    p("InterfaceId", 1, 0),
    p("FunctionName", 1, 0),
    p("PropertyName", 1, 0),
    p("OldValue", 1, 0),
    p("NewValue", 1, 0),
    p("ReturnCode", 8, 0),
] };

static T595: Template = Template { top_level: 5, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("SecurityDescriptor", 1, 0),
] };

static T596: Template = Template { top_level: 6, properties: &[
    p("CAConfigurationId", 1, 0),
    p("NewValue", 1, 0),
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
] };

static T597: Template = Template { top_level: 6, properties: &[
    p("PropertyName", 1, 0),
    p("NewValue", 1, 0),
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
] };

static T598: Template = Template { top_level: 5, properties: &[
    p("NewSecuritySettings", 1, 0),
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
] };

static T599: Template = Template { top_level: 7, properties: &[
    p("SerialNumber", 1, 0),
    p("CAName", 1, 0),
    p("Status", 1, 0),
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
] };

static T600: Template = Template { top_level: 2, properties: &[
    p("CAConfigurationId", 1, 0),
    p("NewSigningCertificateHash", 1, 0),
] };

static T601: Template = Template { top_level: 8, properties: &[
    p("CAConfigurationId", 1, 0),
    p("BaseCRLNumber", 1, 0),
    p("BaseCRLThisUpdate", 1, 0),
    p("BaseCRLHash", 1, 0),
    p("DeltaCRLNumber", 1, 0),
    p("DeltaCRLIndicator", 1, 0),
    p("DeltaCRLThisUpdate", 1, 0),
    p("DeltaCRLHash", 1, 0),
] };

static T602: Template = Template { top_level: 15, properties: &[
    p("OpCorrelationID", 15, 0),
    p("AppCorrelationID", 1, 0),
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("DSName", 1, 0),
    p("DSType", 1, 0),
    p("ObjectDN", 1, 0),
    p("ObjectGUID", 15, 0),
    p("ObjectClass", 1, 0),
    p("AttributeLDAPDisplayName", 1, 0),
    p("AttributeSyntaxOID", 1, 0),
    p("AttributeValue", 1, 0),
    p("OperationType", 1, 0),
] };

static T603: Template = Template { top_level: 11, properties: &[
    p("OpCorrelationID", 15, 0),
    p("AppCorrelationID", 1, 0),
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("DSName", 1, 0),
    p("DSType", 1, 0),
    p("ObjectDN", 1, 0),
    p("ObjectGUID", 15, 0),
    p("ObjectClass", 1, 0),
] };

static T604: Template = Template { top_level: 12, properties: &[
    p("OpCorrelationID", 15, 0),
    p("AppCorrelationID", 1, 0),
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("DSName", 1, 0),
    p("DSType", 1, 0),
    p("OldObjectDN", 1, 0),
    p("NewObjectDN", 1, 0),
    p("ObjectGUID", 15, 0),
    p("ObjectClass", 1, 0),
] };

static T605: Template = Template { top_level: 7, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("IpAddress", 1, 0),
    p("IpPort", 1, 0),
    p("ShareName", 1, 0),
] };

static T606: Template = Template { top_level: 11, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("ObjectType", 1, 0),
    p("IpAddress", 1, 0),
    p("IpPort", 1, 0),
    p("ShareName", 1, 0),
    p("ShareLocalPath", 1, 0),
    p("AccessMask", 20, 0),
    p("AccessList", 1, 0),
] };

static T607: Template = Template { top_level: 12, properties: &[
    p("OpCorrelationID", 15, 0),
    p("AppCorrelationID", 1, 0),
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("DSName", 1, 0),
    p("DSType", 1, 0),
    p("ObjectDN", 1, 0),
    p("ObjectGUID", 15, 0),
    p("ObjectClass", 1, 0),
    p("TreeDelete", 1, 0),
] };

static T608: Template = Template { top_level: 6, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("ShareName", 1, 0),
    p("ShareLocalPath", 1, 0),
] };

static T609: Template = Template { top_level: 15, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("ObjectType", 1, 0),
    p("ShareName", 1, 0),
    p("ShareLocalPath", 1, 0),
    p("OldRemark", 1, 0),
    p("NewRemark", 1, 0),
    p("OldMaxUsers", 20, 0),
    p("NewMaxUsers", 20, 0),
    p("OldShareFlags", 20, 0),
    p("NewShareFlags", 20, 0),
    p("OldSD", 1, 0),
    p("NewSD", 1, 0),
] };

static T610: Template = Template { top_level: 13, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("ObjectType", 1, 0),
    p("IpAddress", 1, 0),
    p("IpPort", 1, 0),
    p("ShareName", 1, 0),
    p("ShareLocalPath", 1, 0),
    p("RelativeTargetName", 1, 0),
    p("AccessMask", 20, 0),
    p("AccessList", 1, 0),
    p("AccessReason", 1, 0),
] };

static T611: Template = Template { top_level: 11, properties: &[
    p("Direction", 1, 0),
    p("SourceAddress", 1, 0),
    p("DestAddress", 1, 0),
    p("EtherType", 20, 0),
    p("VlanTag", 20, 0),
    p("vSwitchID", 1, 0),
    p("SourcevSwitchPort", 8, 0),
    p("DestinationvSwitchPort", 8, 0),
    p("FilterRTID", 10, 0),
    p("LayerName", 1, 0),
    p("LayerRTID", 10, 0),
] };

static T612: Template = Template { top_level: 1, properties: &[
    p("Type", 1, 0),
] };

static T613: Template = Template { top_level: 2, properties: &[
    p("Type", 1, 0),
    p("PacketsDiscarded", 10, 0),
] };

static T614: Template = Template { top_level: 10, properties: &[
    p("Direction", 1, 0),
    p("SourceAddress", 1, 0),
    p("DestAddress", 1, 0),
    p("EtherType", 20, 0),
    p("MediaType", 8, 0),
    p("InterfaceType", 8, 0),
    p("VlanTag", 20, 0),
    p("FilterRTID", 10, 0),
    p("LayerName", 1, 0),
    p("LayerRTID", 10, 0),
] };

static T615: Template = Template { top_level: 11, properties: &[
    p("ProcessId", 10, 0),
    p("Application", 1, 0),
    p("Direction", 1, 0),
    p("SourceAddress", 1, 0),
    p("SourcePort", 1, 0),
    p("DestAddress", 1, 0),
    p("DestPort", 1, 0),
    p("Protocol", 8, 0),
    p("FilterRTID", 10, 0),
    p("LayerName", 1, 0),
    p("LayerRTID", 10, 0),
] };

static T616: Template = Template { top_level: 8, properties: &[
    p("ProcessId", 10, 0),
    p("Application", 1, 0),
    p("SourceAddress", 1, 0),
    p("SourcePort", 1, 0),
    p("Protocol", 8, 0),
    p("FilterRTID", 10, 0),
    p("LayerName", 1, 0),
    p("LayerRTID", 10, 0),
] };

static T617: Template = Template { top_level: 11, properties: &[
    p("ProcessID", 10, 0),
    p("Application", 1, 0),
    p("Direction", 1, 0),
    p("SourceAddress", 1, 0),
    p("SourcePort", 1, 0),
    p("DestAddress", 1, 0),
    p("DestPort", 1, 0),
    p("Protocol", 8, 0),
    p("FilterRTID", 10, 0),
    p("LayerName", 1, 0),
    p("LayerRTID", 10, 0),
] };

static T618: Template = Template { top_level: 13, properties: &[
    p("ProcessID", 10, 0),
    p("Application", 1, 0),
    p("Direction", 1, 0),
    p("SourceAddress", 1, 0),
    p("SourcePort", 1, 0),
    p("DestAddress", 1, 0),
    p("DestPort", 1, 0),
    p("Protocol", 8, 0),
    p("FilterRTID", 10, 0),
    p("LayerName", 1, 0),
    p("LayerRTID", 10, 0),
    p("RemoteUserID", 19, 0),
    p("RemoteMachineID", 19, 0),
] };

static T619: Template = Template { top_level: 9, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("SpnName", 1, 0),
    p("ErrorCode", 20, 0),
    p("ServerNames", 1, 0),
    p("ConfiguredNames", 1, 0),
    p("IpAddresses", 1, 0),
] };

static T620: Template = Template { top_level: 16, properties: &[
    p("OpCorrelationID", 15, 0),
    p("AppCorrelationID", 1, 0),
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("DSName", 1, 0),
    p("DSType", 1, 0),
    p("ObjectDN", 1, 0),
    p("ObjectGUID", 15, 0),
    p("ObjectClass", 1, 0),
    p("AttributeLDAPDisplayName", 1, 0),
    p("AttributeSyntaxOID", 1, 0),
    p("AttributeValue", 1, 0),
    p("ExpirationTime", 17, 0),
    p("OperationType", 1, 0),
] };

static T621: Template = Template { top_level: 8, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("Package", 1, 0),
    p("UserUPN", 1, 0),
    p("TargetServer", 1, 0),
    p("CredType", 1, 0),
] };

static T622: Template = Template { top_level: 9, properties: &[
    p("ProviderKey", 15, 0),
    p("ProviderName", 1, 0),
    p("CalloutKey", 15, 0),
    p("CalloutName", 1, 0),
    p("CalloutType", 1, 0),
    p("CalloutId", 8, 0),
    p("LayerKey", 15, 0),
    p("LayerName", 1, 0),
    p("LayerId", 8, 0),
] };

static T623: Template = Template { top_level: 14, properties: &[
    p("ProviderKey", 15, 0),
    p("ProviderName", 1, 0),
    p("FilterKey", 15, 0),
    p("FilterName", 1, 0),
    p("FilterType", 1, 0),
    p("FilterId", 10, 0),
    p("LayerKey", 15, 0),
    p("LayerName", 1, 0),
    p("LayerId", 8, 0),
    p("Weight", 10, 0),
    p("Conditions", 1, 0),
    p("Action", 1, 0),
    p("CalloutKey", 15, 0),
    p("CalloutName", 1, 0),
] };

static T624: Template = Template { top_level: 3, properties: &[
    p("ProviderKey", 15, 0),
    p("ProviderName", 1, 0),
    p("ProviderType", 1, 0),
] };

static T625: Template = Template { top_level: 5, properties: &[
    p("ProviderKey", 15, 0),
    p("ProviderName", 1, 0),
    p("ProviderContextKey", 15, 0),
    p("ProviderContextName", 1, 0),
    p("ProviderContextType", 1, 0),
] };

static T626: Template = Template { top_level: 6, properties: &[
    p("ProviderKey", 15, 0),
    p("ProviderName", 1, 0),
    p("SubLayerKey", 15, 0),
    p("SubLayerName", 1, 0),
    p("SubLayerType", 1, 0),
    p("Weight", 8, 0),
] };

static T627: Template = Template { top_level: 13, properties: &[
    p("ProcessId", 8, 0),
    p("UserSid", 19, 0),
    p("UserName", 1, 0),
    p("ProviderKey", 15, 0),
    p("ProviderName", 1, 0),
    p("ChangeType", 1, 0),
    p("CalloutKey", 15, 0),
    p("CalloutName", 1, 0),
    p("CalloutType", 1, 0),
    p("CalloutId", 8, 0),
    p("LayerKey", 15, 0),
    p("LayerName", 1, 0),
    p("LayerId", 8, 0),
] };

static T628: Template = Template { top_level: 18, properties: &[
    p("ProcessId", 8, 0),
    p("UserSid", 19, 0),
    p("UserName", 1, 0),
    p("ProviderKey", 15, 0),
    p("ProviderName", 1, 0),
    p("ChangeType", 1, 0),
    p("FilterKey", 15, 0),
    p("FilterName", 1, 0),
    p("FilterType", 1, 0),
    p("FilterId", 10, 0),
    p("LayerKey", 15, 0),
    p("LayerName", 1, 0),
    p("LayerId", 8, 0),
    p("Weight", 10, 0),
    p("Conditions", 1, 0),
    p("Action", 1, 0),
    p("CalloutKey", 15, 0),
    p("CalloutName", 1, 0),
] };

static T629: Template = Template { top_level: 7, properties: &[
    p("ProcessId", 8, 0),
    p("UserSid", 19, 0),
    p("UserName", 1, 0),
    p("ChangeType", 1, 0),
    p("ProviderKey", 15, 0),
    p("ProviderName", 1, 0),
    p("ProviderType", 1, 0),
] };

static T630: Template = Template { top_level: 9, properties: &[
    p("ProcessId", 8, 0),
    p("UserSid", 19, 0),
    p("UserName", 1, 0),
    p("ProviderKey", 15, 0),
    p("ProviderName", 1, 0),
    p("ChangeType", 1, 0),
    p("ProviderContextKey", 15, 0),
    p("ProviderContextName", 1, 0),
    p("ProviderContextType", 1, 0),
] };

static T631: Template = Template { top_level: 10, properties: &[
    p("ProcessId", 8, 0),
    p("UserSid", 19, 0),
    p("UserName", 1, 0),
    p("ProviderKey", 15, 0),
    p("ProviderName", 1, 0),
    p("ChangeType", 1, 0),
    p("SubLayerKey", 15, 0),
    p("SubLayerName", 1, 0),
    p("SubLayerType", 1, 0),
    p("Weight", 8, 0),
] };

static T632: Template = Template { top_level: 24, properties: &[
    p("LocalAddress", 1, 0),
    p("LocalAddressMask", 1, 0),
    p("LocalPort", 8, 0),
    p("LocalTunnelEndpoint", 1, 0),
    p("RemoteAddress", 1, 0),
    p("RemoteAddressMask", 1, 0),
    p("RemotePort", 8, 0),
    p("PeerPrivateAddress", 1, 0),
    p("RemoteTunnelEndpoint", 1, 0),
    p("IpProtocol", 8, 0),
    p("KeyingModuleName", 1, 0),
    p("AhAuthType", 1, 0),
    p("EspAuthType", 1, 0),
    p("CipherType", 1, 0),
    p("LifetimeSeconds", 8, 0),
    p("LifetimeKilobytes", 8, 0),
    p("LifetimePackets", 8, 0),
    p("Mode", 1, 0),
    p("Role", 1, 0),
    p("TransportFilterId", 10, 0),
    p("MainModeSaId", 10, 0),
    p("QuickModeSaId", 10, 0),
    p("InboundSpi", 10, 0),
    p("OutboundSpi", 10, 0),
] };

static T633: Template = Template { top_level: 26, properties: &[
    p("LocalAddress", 1, 0),
    p("LocalAddressMask", 1, 0),
    p("LocalPort", 8, 0),
    p("LocalTunnelEndpoint", 1, 0),
    p("RemoteAddress", 1, 0),
    p("RemoteAddressMask", 1, 0),
    p("RemotePort", 8, 0),
    p("PeerPrivateAddress", 1, 0),
    p("RemoteTunnelEndpoint", 1, 0),
    p("IpProtocol", 8, 0),
    p("KeyingModuleName", 1, 0),
    p("AhAuthType", 1, 0),
    p("EspAuthType", 1, 0),
    p("CipherType", 1, 0),
    p("LifetimeSeconds", 8, 0),
    p("LifetimeKilobytes", 8, 0),
    p("LifetimePackets", 8, 0),
    p("Mode", 1, 0),
    p("Role", 1, 0),
    p("TransportFilterId", 10, 0),
    p("MainModeSaId", 10, 0),
    p("QuickModeSaId", 10, 0),
    p("InboundSpi", 10, 0),
    p("OutboundSpi", 10, 0),
    p("TunnelId", 10, 0),
    p("TrafficSelectorId", 10, 0),
] };

static T634: Template = Template { top_level: 8, properties: &[
    p("LocalAddress", 1, 0),
    p("LocalPort", 8, 0),
    p("LocalTunnelEndpoint", 1, 0),
    p("RemoteAddress", 1, 0),
    p("RemotePort", 8, 0),
    p("RemoteTunnelEndpoint", 1, 0),
    p("IpProtocol", 8, 0),
    p("QuickModeSaId", 10, 0),
] };

static T635: Template = Template { top_level: 12, properties: &[
    p("LocalAddress", 1, 0),
    p("LocalAddressMask", 1, 0),
    p("LocalPort", 8, 0),
    p("LocalTunnelEndpoint", 1, 0),
    p("RemoteAddress", 1, 0),
    p("RemoteAddressMask", 1, 0),
    p("RemotePort", 8, 0),
    p("RemoteTunnelEndpoint", 1, 0),
    p("IpProtocol", 8, 0),
    p("QuickModeSaId", 10, 0),
    p("TunnelId", 10, 0),
    p("TrafficSelectorId", 10, 0),
] };

static T636: Template = Template { top_level: 1, properties: &[
    p("Policy", 1, 0),
] };

static T637: Template = Template { top_level: 2, properties: &[
    p("Policy", 1, 0),
    p("Error", 1, 0),
] };

static T638: Template = Template { top_level: 2, properties: &[
    p("QuickModeFilter", 1, 0),
    p("Error", 1, 0),
] };

static T639: Template = Template { top_level: 1, properties: &[
    p("Error", 1, 0),
] };

static T640: Template = Template { top_level: 11, properties: &[
    p("SSID", 1, 0),
    p("Identity", 1, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("PeerMac", 1, 0),
    p("LocalMac", 1, 0),
    p("IntfGuid", 15, 0),
    p("ReasonCode", 20, 0),
    p("ReasonText", 1, 0),
    p("ErrorCode", 20, 0),
] };

static T641: Template = Template { top_level: 14, properties: &[
    p("SSID", 1, 0),
    p("Identity", 1, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("PeerMac", 1, 0),
    p("LocalMac", 1, 0),
    p("IntfGuid", 15, 0),
    p("ReasonCode", 20, 0),
    p("ReasonText", 1, 0),
    p("ErrorCode", 20, 0),
    p("EAPReasonCode", 20, 0),
    p("EapRootCauseString", 1, 0),
    p("EAPErrorCode", 20, 0),
] };

static T642: Template = Template { top_level: 8, properties: &[
    p("InterfaceName", 1, 0),
    p("Identity", 1, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("ReasonCode", 20, 0),
    p("ReasonText", 1, 0),
    p("ErrorCode", 20, 0),
] };

static T643: Template = Template { top_level: 12, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 10, 0),
    p("ProcessId", 8, 0),
    p("ProcessName", 1, 0),
    p("RemoteIpAddress", 1, 0),
    p("RemotePort", 1, 0),
    p("InterfaceUuid", 15, 0),
    p("ProtocolSequence", 1, 0),
    p("AuthenticationService", 8, 0),
    p("AuthenticationLevel", 8, 0),
] };

static T644: Template = Template { top_level: 7, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectUserDomainName", 1, 0),
    p("SubjectLogonId", 10, 0),
    p("ObjectCollectionName", 1, 0),
    p("ObjectIdentifyingProperties", 1, 0),
    p("ModifiedObjectProperties", 1, 0),
] };

static T645: Template = Template { top_level: 7, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectUserDomainName", 1, 0),
    p("SubjectLogonId", 10, 0),
    p("ObjectCollectionName", 1, 0),
    p("ObjectIdentifyingProperties", 1, 0),
    p("ObjectProperties", 1, 0),
] };

static T646: Template = Template { top_level: 2, properties: &[
    p("ErrorCode", 8, 0),
    p("GPOList", 1, 0),
] };

static T647: Template = Template { top_level: 26, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("FullyQualifiedSubjectUserName", 1, 0),
    p("SubjectMachineSID", 19, 0),
    p("SubjectMachineName", 1, 0),
    p("FullyQualifiedSubjectMachineName", 1, 0),
    p("MachineInventory", 1, 0),
    p("CalledStationID", 1, 0),
    p("CallingStationID", 1, 0),
    p("NASIPv4Address", 1, 0),
    p("NASIPv6Address", 1, 0),
    p("NASIdentifier", 1, 0),
    p("NASPortType", 1, 0),
    p("NASPort", 1, 0),
    p("ClientName", 1, 0),
    p("ClientIPAddress", 1, 0),
    p("ProxyPolicyName", 1, 0),
    p("NetworkPolicyName", 1, 0),
    p("AuthenticationProvider", 1, 0),
    p("AuthenticationServer", 1, 0),
    p("AuthenticationType", 1, 0),
    p("EAPType", 1, 0),
    p("AccountSessionIdentifier", 1, 0),
    p("QuarantineState", 1, 0),
    p("QuarantineSessionIdentifier", 1, 0),
] };

static T648: Template = Template { top_level: 27, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("FullyQualifiedSubjectUserName", 1, 0),
    p("SubjectMachineSID", 19, 0),
    p("SubjectMachineName", 1, 0),
    p("FullyQualifiedSubjectMachineName", 1, 0),
    p("MachineInventory", 1, 0),
    p("CalledStationID", 1, 0),
    p("CallingStationID", 1, 0),
    p("NASIPv4Address", 1, 0),
    p("NASIPv6Address", 1, 0),
    p("NASIdentifier", 1, 0),
    p("NASPortType", 1, 0),
    p("NASPort", 1, 0),
    p("ClientName", 1, 0),
    p("ClientIPAddress", 1, 0),
    p("ProxyPolicyName", 1, 0),
    p("NetworkPolicyName", 1, 0),
    p("AuthenticationProvider", 1, 0),
    p("AuthenticationServer", 1, 0),
    p("AuthenticationType", 1, 0),
    p("EAPType", 1, 0),
    p("AccountSessionIdentifier", 1, 0),
    p("QuarantineState", 1, 0),
    p("QuarantineSessionIdentifier", 1, 0),
    p("LoggingResult", 1, 0),
] };

static T649: Template = Template { top_level: 24, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("FullyQualifiedSubjectUserName", 1, 0),
    p("SubjectMachineSID", 19, 0),
    p("SubjectMachineName", 1, 0),
    p("FullyQualifiedSubjectMachineName", 1, 0),
    p("CalledStationID", 1, 0),
    p("CallingStationID", 1, 0),
    p("NASIPv4Address", 1, 0),
    p("NASIPv6Address", 1, 0),
    p("NASIdentifier", 1, 0),
    p("NASPortType", 1, 0),
    p("NASPort", 1, 0),
    p("ClientName", 1, 0),
    p("ClientIPAddress", 1, 0),
    p("ProxyPolicyName", 1, 0),
    p("NetworkPolicyName", 1, 0),
    p("AuthenticationProvider", 1, 0),
    p("AuthenticationServer", 1, 0),
    p("AuthenticationType", 1, 0),
    p("EAPType", 1, 0),
    p("AccountSessionIdentifier", 1, 0),
    p("LoggingResult", 1, 0),
] };

static T650: Template = Template { top_level: 26, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("FullyQualifiedSubjectUserName", 1, 0),
    p("SubjectMachineSID", 19, 0),
    p("SubjectMachineName", 1, 0),
    p("FullyQualifiedSubjectMachineName", 1, 0),
    p("MachineInventory", 1, 0),
    p("CalledStationID", 1, 0),
    p("CallingStationID", 1, 0),
    p("NASIPv4Address", 1, 0),
    p("NASIPv6Address", 1, 0),
    p("NASIdentifier", 1, 0),
    p("NASPortType", 1, 0),
    p("NASPort", 1, 0),
    p("ClientName", 1, 0),
    p("ClientIPAddress", 1, 0),
    p("ProxyPolicyName", 1, 0),
    p("NetworkPolicyName", 1, 0),
    p("AuthenticationProvider", 1, 0),
    p("AuthenticationServer", 1, 0),
    p("AuthenticationType", 1, 0),
    p("EAPType", 1, 0),
    p("AccountSessionIdentifier", 1, 0),
    p("ReasonCode", 1, 0),
    p("Reason", 1, 0),
] };

static T651: Template = Template { top_level: 27, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("FullyQualifiedSubjectUserName", 1, 0),
    p("SubjectMachineSID", 19, 0),
    p("SubjectMachineName", 1, 0),
    p("FullyQualifiedSubjectMachineName", 1, 0),
    p("MachineInventory", 1, 0),
    p("CalledStationID", 1, 0),
    p("CallingStationID", 1, 0),
    p("NASIPv4Address", 1, 0),
    p("NASIPv6Address", 1, 0),
    p("NASIdentifier", 1, 0),
    p("NASPortType", 1, 0),
    p("NASPort", 1, 0),
    p("ClientName", 1, 0),
    p("ClientIPAddress", 1, 0),
    p("ProxyPolicyName", 1, 0),
    p("NetworkPolicyName", 1, 0),
    p("AuthenticationProvider", 1, 0),
    p("AuthenticationServer", 1, 0),
    p("AuthenticationType", 1, 0),
    p("EAPType", 1, 0),
    p("AccountSessionIdentifier", 1, 0),
    p("ReasonCode", 1, 0),
    p("Reason", 1, 0),
    p("LoggingResult", 1, 0),
] };

static T652: Template = Template { top_level: 26, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("FullyQualifiedSubjectUserName", 1, 0),
    p("SubjectMachineSID", 19, 0),
    p("SubjectMachineName", 1, 0),
    p("FullyQualifiedSubjectMachineName", 1, 0),
    p("CalledStationID", 1, 0),
    p("CallingStationID", 1, 0),
    p("NASIPv4Address", 1, 0),
    p("NASIPv6Address", 1, 0),
    p("NASIdentifier", 1, 0),
    p("NASPortType", 1, 0),
    p("NASPort", 1, 0),
    p("ClientName", 1, 0),
    p("ClientIPAddress", 1, 0),
    p("ProxyPolicyName", 1, 0),
    p("NetworkPolicyName", 1, 0),
    p("AuthenticationProvider", 1, 0),
    p("AuthenticationServer", 1, 0),
    p("AuthenticationType", 1, 0),
    p("EAPType", 1, 0),
    p("AccountSessionIdentifier", 1, 0),
    p("ReasonCode", 1, 0),
    p("Reason", 1, 0),
    p("LoggingResult", 1, 0),
] };

static T653: Template = Template { top_level: 25, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("FullyQualifiedSubjectUserName", 1, 0),
    p("SubjectMachineSID", 19, 0),
    p("SubjectMachineName", 1, 0),
    p("FullyQualifiedSubjectMachineName", 1, 0),
    p("CalledStationID", 1, 0),
    p("CallingStationID", 1, 0),
    p("NASIPv4Address", 1, 0),
    p("NASIPv6Address", 1, 0),
    p("NASIdentifier", 1, 0),
    p("NASPortType", 1, 0),
    p("NASPort", 1, 0),
    p("ClientName", 1, 0),
    p("ClientIPAddress", 1, 0),
    p("ProxyPolicyName", 1, 0),
    p("NetworkPolicyName", 1, 0),
    p("AuthenticationProvider", 1, 0),
    p("AuthenticationServer", 1, 0),
    p("AuthenticationType", 1, 0),
    p("EAPType", 1, 0),
    p("AccountSessionIdentifier", 1, 0),
    p("ReasonCode", 1, 0),
    p("Reason", 1, 0),
] };

static T654: Template = Template { top_level: 29, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("FullyQualifiedSubjectUserName", 1, 0),
    p("SubjectMachineSID", 19, 0),
    p("SubjectMachineName", 1, 0),
    p("FullyQualifiedSubjectMachineName", 1, 0),
    p("MachineInventory", 1, 0),
    p("CalledStationID", 1, 0),
    p("CallingStationID", 1, 0),
    p("NASIPv4Address", 1, 0),
    p("NASIPv6Address", 1, 0),
    p("NASIdentifier", 1, 0),
    p("NASPortType", 1, 0),
    p("NASPort", 1, 0),
    p("ClientName", 1, 0),
    p("ClientIPAddress", 1, 0),
    p("ProxyPolicyName", 1, 0),
    p("NetworkPolicyName", 1, 0),
    p("AuthenticationProvider", 1, 0),
    p("AuthenticationServer", 1, 0),
    p("AuthenticationType", 1, 0),
    p("EAPType", 1, 0),
    p("AccountSessionIdentifier", 1, 0),
    p("QuarantineState", 1, 0),
    p("ExtendedQuarantineState", 1, 0),
    p("QuarantineSessionID", 1, 0),
    p("QuarantineHelpURL", 1, 0),
    p("QuarantineSystemHealthResult", 1, 0),
] };

static T655: Template = Template { top_level: 30, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("FullyQualifiedSubjectUserName", 1, 0),
    p("SubjectMachineSID", 19, 0),
    p("SubjectMachineName", 1, 0),
    p("FullyQualifiedSubjectMachineName", 1, 0),
    p("MachineInventory", 1, 0),
    p("CalledStationID", 1, 0),
    p("CallingStationID", 1, 0),
    p("NASIPv4Address", 1, 0),
    p("NASIPv6Address", 1, 0),
    p("NASIdentifier", 1, 0),
    p("NASPortType", 1, 0),
    p("NASPort", 1, 0),
    p("ClientName", 1, 0),
    p("ClientIPAddress", 1, 0),
    p("ProxyPolicyName", 1, 0),
    p("NetworkPolicyName", 1, 0),
    p("AuthenticationProvider", 1, 0),
    p("AuthenticationServer", 1, 0),
    p("AuthenticationType", 1, 0),
    p("EAPType", 1, 0),
    p("AccountSessionIdentifier", 1, 0),
    p("QuarantineState", 1, 0),
    p("ExtendedQuarantineState", 1, 0),
    p("QuarantineSessionID", 1, 0),
    p("QuarantineHelpURL", 1, 0),
    p("QuarantineSystemHealthResult", 1, 0),
    p("QuarantineGraceTime", 1, 0),
] };

static T656: Template = Template { top_level: 4, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("FullyQualifiedSubjectUserName", 1, 0),
] };

static T657: Template = Template { top_level: 1, properties: &[
    p("ClientIPAddress", 1, 0),
] };

static T658: Template = Template { top_level: 1, properties: &[
    p("HostedCacheName", 1, 0),
] };

static T659: Template = Template { top_level: 2, properties: &[
    p("HostedCacheName", 1, 0),
    p("ErrorCode", 8, 0),
] };

static T660: Template = Template { top_level: 2, properties: &[
    p("EventId", 8, 0),
    p("Count", 8, 0),
] };

static T661: Template = Template { top_level: 2, properties: &[
    p("ProductName", 1, 0),
    p("Categories", 1, 0),
] };

static T662: Template = Template { top_level: 1, properties: &[
    p("Message", 1, 0),
] };

static T663: Template = Template { top_level: 1, properties: &[
    p("GUID", 1, 0),
] };

static T664: Template = Template { top_level: 8, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("ClassId", 15, 0),
    p("VendorIds", 1, 0),
    p("CompatibleIds", 1, 0),
    p("LocationInformation", 1, 0),
] };

static T665: Template = Template { top_level: 11, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("DeviceId", 1, 0),
    p("DeviceDescription", 1, 0),
    p("ClassId", 15, 0),
    p("ClassName", 1, 0),
    p("VendorIds", 1, 0),
    p("CompatibleIds", 1, 0),
    p("LocationInformation", 1, 0),
] };

static T666: Template = Template { top_level: 2, properties: &[
    p("ProcessId", 16, 0),
    p("ProcessName", 1, 0),
] };

static T667: Template = Template { top_level: 3, properties: &[
    p("ProcessId", 16, 0),
    p("ProcessName", 1, 0),
    p("FatalCode", 8, 0),
] };

static T668: Template = Template { top_level: 11, properties: &[
    p("SubjectUserSid", 19, 0),
    p("SubjectUserName", 1, 0),
    p("SubjectDomainName", 1, 0),
    p("SubjectLogonId", 21, 0),
    p("DeviceId", 1, 0),
    p("DeviceDescription", 1, 0),
    p("ClassId", 15, 0),
    p("ClassName", 1, 0),
    p("HardwareIds", 1, 0),
    p("CompatibleIds", 1, 0),
    p("LocationInformation", 1, 0),
] };

static M0: MapRow = MapRow { name: "ProcessFlags", bitmap: true, entries: &[
    (0x1, "PackageId"),
] };

static M1: MapRow = MapRow { name: "DnsIpTypeMap", bitmap: false, entries: &[
    (0x0, "static"), (0x1, "dynamic"),
] };

static M2: MapRow = MapRow { name: "WSManAuthenticationMechanism", bitmap: true, entries: &[
    (0x1, "WSMAN_FLAG_NO_AUTHENTICATION"), (0x2, "WSMAN_FLAG_AUTH_DIGEST"), (0x4, "WSMAN_FLAG_AUTH_NEGOTIATE"), (0x8, "WSMAN_FLAG_AUTH_BASIC"),
    (0x10, "WSMAN_FLAG_AUTH_KERBEROS"), (0x20, "WSMAN_FLAG_AUTH_CLIENT_CERTIFICATE"), (0x80, "WSMAN_FLAG_AUTH_CREDSSP"),
] };

static M3: MapRow = MapRow { name: "SerializationMethod", bitmap: false, entries: &[
    (0x0, "AllPublicProperties"), (0x1, "String"), (0x2, "SpecificProperties"),
] };

static M4: MapRow = MapRow { name: "RemotingDestination", bitmap: true, entries: &[
    (0x1, "Client"), (0x2, "Server"), (0x4, "Listener"),
] };

static M5: MapRow = MapRow { name: "RemotingTargetInterface", bitmap: false, entries: &[
    (0x0, "InvalidTargetInterface"), (0x1, "Session"), (0x2, "RunspacePool"), (0x3, "PowerShell"),
] };

static M6: MapRow = MapRow { name: "TCPIP_ADDRESS_FAMILY_TYPE_ValueMap", bitmap: false, entries: &[
    (0x2, "IPV4"), (0x17, "IPV6"),
] };

static M7: MapRow = MapRow { name: "TCP_CONNECTION_STATE_ValueMap", bitmap: false, entries: &[
    (0x0, "ClosedState"), (0x1, "ListenState"), (0x2, "SynSentState"), (0x3, "SynRcvdState"),
    (0x4, "EstablishedState"), (0x5, "FinWait1State"), (0x6, "FinWait2State"), (0x7, "CloseWaitState"),
    (0x8, "ClosingState"), (0x9, "LastAckState"), (0xa, "TimeWaitState"),
] };

static M8: MapRow = MapRow { name: "TCP_TIMER_TYPE_ValueMap", bitmap: false, entries: &[
    (0x0, "RetransmitTimer"), (0x1, "ConnectTimer"), (0x2, "DelAckTimer"), (0x3, "PushTimer"),
    (0x4, "KeepAliveTimer"), (0x5, "DisconnectTimer"), (0x6, "SwsTimer"), (0x7, "ReassemblyRateTimer"),
    (0x8, "SynOrRstValidationTimer"),
] };

static M9: MapRow = MapRow { name: "TCPIP_BOOLEAN_ValueMap", bitmap: false, entries: &[
    (0x0, "FALSE"), (0x1, "TRUE"),
] };

static M10: MapRow = MapRow { name: "TCP_OPTION_TYPE_ValueMap", bitmap: false, entries: &[
    (0x0, "TCP_OFFLOAD_NO_PREFERENCE"), (0x1, "TCP_OFFLOAD_NOT_PREFERRED"), (0x2, "TCP_OFFLOAD_PREFERRED"), (0x3, "TCP_KEEPALIVE"),
    (0x4, "TCP_MAXSEG"), (0x5, "TCP_MAXRT"), (0x6, "TCP_STDURG"), (0x7, "TCP_NOURG"),
    (0x8, "TCP_ATMARK"), (0x9, "TCP_NOSYNRETRIES"), (0xa, "TCP_TIMESTAMPS"), (0xb, "TCP_OFFLOAD_PREFERENCE"),
    (0xc, "TCP_CONGESTION_ALGORITHM"), (0xd, "TCP_DELAY_FIN_ACK"),
] };

static M11: MapRow = MapRow { name: "TCPIP_TCP_DELIVERY_STATE_ValueMap", bitmap: false, entries: &[
    (0x0, "Indicate"), (0x1, "Pend"), (0x2, "Satisfy"),
] };

static M12: MapRow = MapRow { name: "TCP_WSD_ValueMap", bitmap: false, entries: &[
    (0x0, "Failed to allocate the WSD cache"), (0x1, "Failure initializing PnP work queue"), (0x2, "Failed to get persistent parameters"), (0x3, "Rejected persistent parameters"),
    (0x4, "qualified profile"), (0x5, "qualified destination"), (0x6, "sample collection completion"), (0x7, "idle time expiration"),
    (0x8, "allocation"), (0x9, "new sample request"), (0xa, "configuration change"),
] };

static M13: MapRow = MapRow { name: "TCP_WSD_CACHE_ENTRY_STATE_ValueMap", bitmap: false, entries: &[
    (0x0, "Idle"), (0x1, "ProbingWs"), (0x2, "ProbeWait"), (0x3, "ProbingWithoutWs"),
    (0x4, "RecordWait"), (0x5, "EreQualified"), (0x6, "Qualified"),
] };

static M14: MapRow = MapRow { name: "TCPIP_TEMPLATE_TYPE_ValueMap", bitmap: false, entries: &[
    (0x0, "TcpTemplateTypeInternet"), (0x1, "TcpTemplateTypeDatacenter"), (0x2, "TcpTemplateTypeCompat"), (0x3, "TcpTemplateTypeDatacenterCustom"),
    (0x4, "TcpTemplateTypeInternetCustom"), (0x6, "TcpTemplateTypeDefault"), (0x7, "TcpTemplateTypeAutomatic"),
] };

static M15: MapRow = MapRow { name: "TCP_CONGESTION_ALGORITHM_ValueMap", bitmap: false, entries: &[
    (0x0, "Default"), (0x1, "NewReno"), (0x2, "CTCP"), (0x3, "DCTCP"),
    (0x4, "LEDBAT"),
] };

static M16: MapRow = MapRow { name: "TCPIP_PROPERTY_ValueMap", bitmap: false, entries: &[
    (0x0, "Disabled"), (0x1, "Enabled"),
] };

static M17: MapRow = MapRow { name: "TCPIP_OFFLOAD_FAILURE_REASON_ValueMap", bitmap: false, entries: &[
    (0x0, "No Failure"), (0x1, "Unknown"), (0x2, "System Policy"), (0x3, "NIC Capacity Reached"),
    (0x4, "System Low On Memory"), (0x5, "WFP driver / Stream inspection"), (0x6, "Weak Host Model Enabled"), (0x7, "Forwarding Enabled"),
    (0x8, "Hardware capability"), (0x9, "NDIS filter/NIC property"),
] };

static M18: MapRow = MapRow { name: "TCPIP_LOOPBACK_FASTPATH_FAIL_REASON_ValueMap", bitmap: false, entries: &[
    (0x0, "Loopback fast path socket option not set on both ends"), (0x1, "Filter policy existed for the loopback connection"),
] };

static M19: MapRow = MapRow { name: "TCPIP_AF_ValueMap", bitmap: false, entries: &[
    (0x2, "IPv4"), (0x17, "IPv6"),
] };

static M20: MapRow = MapRow { name: "TCPIP_RSS_BINDING_NOTIFICATION_ValueMap", bitmap: false, entries: &[
    (0x0, "unbind"), (0x1, "bind"), (0x2, "port change"),
] };

static M21: MapRow = MapRow { name: "TCPIP_RSS_ADDING_ValueMap", bitmap: false, entries: &[
    (0x0, "removing"), (0x1, "adding"),
] };

static M22: MapRow = MapRow { name: "TCPIP_RSS_SETTING_VALUE_ValueMap", bitmap: false, entries: &[
    (0x3e8, "none"), (0x3e9, "receive hash"), (0x3ea, "receive scale"), (0x3eb, "enabled"),
    (0x3ec, "disabled"),
] };

static M23: MapRow = MapRow { name: "TCPIP_RSS_BINDING_CAPABILITY_ValueMap", bitmap: false, entries: &[
    (0x0, "not available"), (0x1, "available"), (0x2, "available on ports"),
] };

static M24: MapRow = MapRow { name: "TCPIP_NDKPI_COMPLETION_TYPE_ValueMap", bitmap: false, entries: &[
    (0x0, "Async"), (0x1, "Inline"),
] };

static M25: MapRow = MapRow { name: "TCPIP_NDKPI_OBJECT_TYPE_ValueMap", bitmap: false, entries: &[
    (0x0, "Undefined"), (0x1, "Adapter"), (0x2, "QP"), (0x3, "CQ"),
    (0x4, "MR"), (0x5, "MW"), (0x6, "PD"), (0x7, "SharedEndpoint"),
    (0x8, "Connector"), (0x9, "Listener"), (0xa, "SRQ"), (0xb, "Max"),
] };

static M26: MapRow = MapRow { name: "TCPIP_NDKPI_CQ_ARM_TYPE_ValueMap", bitmap: false, entries: &[
    (0x0, "NotifyErrors"), (0x1, "NotifyAny"), (0x2, "NotifySolicited"),
] };

static M27: MapRow = MapRow { name: "TCPIP_NDKPI_TOKEN_TYPE_ValueMap", bitmap: false, entries: &[
    (0x0, "Local"), (0x1, "Remote"), (0x2, "Privileged"),
] };

static M28: MapRow = MapRow { name: "TCPIP_NDKPI_SOCKADDR_TYPE_ValueMap", bitmap: false, entries: &[
    (0x0, "Local"), (0x1, "Remote"),
] };

static M29: MapRow = MapRow { name: "TCPIP_SILENT_MODE_EVENT_ValueMap", bitmap: false, entries: &[
    (0x0, "Enabled"), (0x1, "Send request dropped"), (0x2, "Receive dropped"), (0x3, "Disconnect request dropped"),
    (0x4, "Reset dropped"),
] };

static M30: MapRow = MapRow { name: "TCP_NOTIFICATION_CHANNEL_STATUS_ValueMap", bitmap: false, entries: &[
    (0x0, "Invalid"), (0x1, "Software Slot allocated"), (0x2, "Hardware Slot allocated"), (0x3, "Policy error"),
    (0x4, "system error"),
] };

static M31: MapRow = MapRow { name: "TCP_REPARTITION_EVENT_TYPE_ValueMap", bitmap: false, entries: &[
    (0x0, "Processor Add"), (0x1, "Power Source Change"),
] };

static M32: MapRow = MapRow { name: "TCPIP_COMPONENT_ValueMap", bitmap: false, entries: &[
    (0x0, "IP"), (0x1, "TCP"),
] };

static M33: MapRow = MapRow { name: "TCPIP_NEIGHBOR_STATE_ValueMap", bitmap: false, entries: &[
    (0x0, "Unreachable"), (0x1, "Incomplete"), (0x2, "Probe"), (0x3, "Delay"),
    (0x4, "Stale"), (0x5, "Reachable"), (0x6, "Permanent"), (0x7, "Maximum"),
] };

static M34: MapRow = MapRow { name: "TCPIP_NEIGHBOR_EVENT_ValueMap", bitmap: false, entries: &[
    (0x0, "Map"), (0x1, "Configure"), (0x2, "TlSuspectsReachability"), (0x3, "TlConfirmsReachability"),
    (0x4, "NaConfirmsReachability"), (0x5, "ProbeReachability"), (0x6, "DadSolicitation"), (0x7, "NewDlAddress"),
    (0x8, "TriggerNud"), (0x9, "Resolve"), (0xa, "Timeout"), (0xb, "Sending neighbor solicitation"),
    (0xc, "Received neighbor solicitation"), (0xd, "Sending neighbor advertisement"), (0xe, "Received neighbor advertisement"), (0xf, "Sending router solicitation"),
    (0x10, "Received router solicitation"), (0x11, "Sending router advertisement"), (0x12, "Received router advertisement"),
] };

static M35: MapRow = MapRow { name: "IP_SOURCE_ADDRESS_PREFERENCE_RULE_ValueMap", bitmap: false, entries: &[
    (0x10, "Prefer Same Address"), (0x20, "Prefer Appropriate Scope"), (0x30, "Avoid Deprecated Addresses"), (0x40, "Prefer Home Addresses"),
    (0x50, "Prefer Outgoing Interface"), (0x51, "Prefer Addresses Associated With NextHop"), (0x60, "Prefer Matching Label"), (0x70, "Prefer Temporary Addresses"),
    (0x71, "System Defined Preference (Windows Specific)"), (0x72, "Prefer Longest Matching Prefix With NextHop (Windows Specific)"), (0x80, "Prefer Longest Matching Prefix"),
] };

static M36: MapRow = MapRow { name: "TCPIP_NDKPI_OPERATION_TYPE_ValueMap", bitmap: false, entries: &[
    (0x1, "Receive"), (0x2, "Send"), (0x4, "FastRegister"), (0x8, "Bind"),
    (0x10, "Invalidate"), (0x20, "Read"), (0x40, "Write"), (0x8001, "ReceiveAndInvalidate"),
] };

static M37: MapRow = MapRow { name: "UDP_ENDPOINT_STATE_ValueMap", bitmap: false, entries: &[
    (0x0, "Not Activated"), (0x1, "Activated"),
] };

static M38: MapRow = MapRow { name: "TCPIP_IP_WOL_EVENT_ValueMap", bitmap: false, entries: &[
    (0x0, "CreateWolContext"), (0x1, "DeleteWolContext"), (0x2, "SetWolContext"), (0x3, "ClearWolContext"),
    (0x4, "WolContextEvicted"), (0x5, "AddWolAddress"), (0x6, "RemoveWolAddress"),
] };

static M39: MapRow = MapRow { name: "TCPIP_Path_Direction_ValueMap", bitmap: false, entries: &[
    (0x0, "Send"), (0x1, "Receive"),
] };

static M40: MapRow = MapRow { name: "TCP_TAIL_LOSS_PROBE_EVENT_ValueMap", bitmap: false, entries: &[
    (0x1, "TimerArmed"), (0x2, "TimerFired"), (0x3, "Failed"),
] };

static M41: MapRow = MapRow { name: "TCP_FASTOPEN_STATE_ValueMap", bitmap: false, entries: &[
    (0x0, "TcpFastopenOff"), (0x1, "TcpFastopenAccepting"), (0x2, "TcpFastopenServerSendingCookie"), (0x3, "TcpFastopenServerSentCookie"),
    (0x4, "TcpFastopenNegotiate"), (0x5, "TcpFastopenAttempt"), (0x6, "TcpFastopenNegotiateSuccess"), (0x7, "TcpFastopenAttemptSuccess"),
    (0x8, "TcpFastopenCookieRollover"), (0x9, "TcpFastopenFailed"), (0xa, "TcpFastopenFailedBlocklist"),
] };

static M42: MapRow = MapRow { name: "ICMPV4V6_TYPE_ValueMap", bitmap: false, entries: &[
    (0x0, "Echo Reply"), (0x1, "Destination Unreachable"), (0x2, "Packet Too Big"), (0x3, "Destination Unreachable(v4)/Time Exceeded(v6)"),
    (0x4, "Source Quench(v4)/Parameter Problem(v6)"), (0x5, "Redirect"), (0x8, "Echo Request"), (0x9, "Router Advertisement"),
    (0xa, "Router Solicitation"), (0xb, "Time Exceeded"), (0xc, "Parameter Problem"), (0xd, "Timestamp Request"),
    (0xe, "Timestamp Reply"), (0x11, "Address Mask Request"), (0x12, "Address Mask Reply"), (0x80, "Echo Request"),
    (0x81, "Echo Reply"), (0x82, "Multicast Listener Query"), (0x83, "Multicast Listener Report"), (0x84, "Multicast Listener Done"),
    (0x85, "Router Solicitation"), (0x86, "Router Advertisement"), (0x87, "Neighbor Solicitation"), (0x88, "Neighbor Advertisement"),
    (0x89, "Redirect Message"), (0x8f, "Multicast Listener Discovery"), (0x100, "Not Parsed"),
] };

static M43: MapRow = MapRow { name: "ICMP_PACKET_DROP_REASON_ValueMap", bitmap: false, entries: &[
    (0x0, "General failure"), (0x1, "Truncated header"), (0x2, "Invalid checksum"), (0x3, "Inspection drop"),
    (0x4, "Rejecting loopback neighbor discovery"), (0x5, "Unknown type/code"), (0x6, "Truncated IP header"), (0x7, "Oversized IP header"),
    (0x8, "No handler"), (0x9, "Not responding with error for error"), (0xa, "Invalid source"), (0xb, "Interface rate limit"),
    (0xc, "Path rate limit"), (0xd, "No route"), (0xe, "No matching request"), (0xf, "Buffer too small"),
    (0x10, "Failed to obtain ancillary data"),
] };

static M44: MapRow = MapRow { name: "TCPIP_TIMER_STATE_ValueMap", bitmap: false, entries: &[
    (0x0, "Periodic"), (0x1, "Aperiodic"),
] };
