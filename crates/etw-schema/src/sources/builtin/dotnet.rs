//! Built-in schemas of the .NET runtime's providers: every event and version of Microsoft-Windows-DotNETRuntime,
//! -DotNETRuntimeRundown, -DotNETRuntimeStress and -DotNETRuntimePrivate.
//!
//! GENERATED FILE: do not edit. Made by `cargo run -p etw-schema --example builtin_tables` from `ClrEtwAll.man`, the
//! runtime's instrumentation manifest (github.com/dotnet/runtime, `src/coreclr/vm/ClrEtwAll.man` at commit
//! 6ded57b3d2c66c73a0a2674ec820c7a8137d7590, 2021-01-13), which is kept outside this repository. Only facts are
//! taken: ids, versions, levels, tasks, opcodes, keywords and their names, field names, types, lengths, counts and
//! value maps; no message text. One correction: the `Stack` field of the stack-walk events (CLRStackWalk and its
//! Rundown, Stress and Private twins) is declared `count=2` in the manifest, a placeholder; the runtime writes
//! `FrameCount` frames, and the table counts `Stack` by `FrameCount`.
//!
//! The manifest is distributed under the MIT licence, whose notice follows:
//!
//! > The MIT License (MIT)
//! >
//! > Copyright (c) .NET Foundation and Contributors
//! >
//! > All rights reserved.
//! >
//! > Permission is hereby granted, free of charge, to any person obtaining a copy
//! > of this software and associated documentation files (the "Software"), to deal
//! > in the Software without restriction, including without limitation the rights
//! > to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
//! > copies of the Software, and to permit persons to whom the Software is
//! > furnished to do so, subject to the following conditions:
//! >
//! > The above copyright notice and this permission notice shall be included in all
//! > copies or substantial portions of the Software.
//! >
//! > THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
//! > IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
//! > FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
//! > AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
//! > LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
//! > OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
//! > SOFTWARE.
//!
//! | provider | events (id and version) |
//! |---|---:|
//! | Microsoft-Windows-DotNETRuntime | 196 |
//! | Microsoft-Windows-DotNETRuntimePrivate | 184 |
//! | Microsoft-Windows-DotNETRuntimeRundown | 46 |
//! | Microsoft-Windows-DotNETRuntimeStress | 3 |
//!
//! In-types used (TDH's numbers): 1 win:UnicodeString, 2 win:AnsiString, 4 win:UInt8, 6 win:UInt16, 7 win:Int32, 8 win:UInt32, 10 win:UInt64, 12 win:Double, 13 win:Boolean, 14 win:Binary, 15 win:GUID, 16 win:Pointer.
//! Out-types used: 0 xs:null, 8 xs:unsignedInt, 18 win:HexInt32, 19 win:HexInt64.
//!
//! Rows refer to each other by index and to strings by `S(byte offset, length)` in `STRINGS` (see
//! `table.rs`); each row's comment names what it holds.

use crate::model::{Count, Length};
use etw_core::Guid;

use super::table::{e, p, st, EventRow, MapRow, PropertyRow, ProviderRow, Tables, TemplateRow, NONE, S};

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
        guid: Guid::parse_const("e13c0d23-ccbc-4e12-931b-d9cc2eee27e4"),
        name: S(11093, 31), // Microsoft-Windows-DotNETRuntime
        origin: S(11124, 48), // ClrEtwAll.man of dotnet/runtime at 6ded57b (MIT)
        appends_only: true,
        first: 0,
        count: 196,
    },
    ProviderRow {
        guid: Guid::parse_const("a669021c-c450-4609-a035-5af59af4df18"),
        name: S(12130, 38), // Microsoft-Windows-DotNETRuntimeRundown
        origin: S(11124, 48), // ClrEtwAll.man of dotnet/runtime at 6ded57b (MIT)
        appends_only: true,
        first: 196,
        count: 46,
    },
    ProviderRow {
        guid: Guid::parse_const("cc2bcbba-16b6-4cf3-8990-d74c2e8af500"),
        name: S(12249, 37), // Microsoft-Windows-DotNETRuntimeStress
        origin: S(11124, 48), // ClrEtwAll.man of dotnet/runtime at 6ded57b (MIT)
        appends_only: true,
        first: 242,
        count: 3,
    },
    ProviderRow {
        guid: Guid::parse_const("763fd754-7086-4dfe-95eb-c01a46faf4ca"),
        name: S(18527, 38), // Microsoft-Windows-DotNETRuntimePrivate
        origin: S(11124, 48), // ClrEtwAll.man of dotnet/runtime at 6ded57b (MIT)
        appends_only: true,
        first: 245,
        count: 184,
    },
];

const EVENTS: &[EventRow] = &[
    // Microsoft-Windows-DotNETRuntime
    e(1, 0, [0, 4, 1], 1, 0x1, [S(0, 7), S(7, 2), S(9, 5), S(14, 11), S(0, 0)], (0, 1), 0), // GCStart
    e(1, 1, [0, 4, 1], 1, 0x1, [S(174, 10), S(7, 2), S(9, 5), S(14, 11), S(0, 0)], (0, 1), 1), // GCStart_V1
    e(1, 2, [0, 4, 1], 1, 0x1, [S(254, 10), S(7, 2), S(9, 5), S(14, 11), S(0, 0)], (0, 1), 2), // GCStart_V2
    e(2, 0, [0, 4, 2], 1, 0x1, [S(284, 5), S(7, 2), S(289, 4), S(14, 11), S(0, 0)], (0, 1), 3), // GCEnd
    e(2, 1, [0, 4, 2], 1, 0x1, [S(293, 8), S(7, 2), S(289, 4), S(14, 11), S(0, 0)], (0, 1), 4), // GCEnd_V1
    e(3, 0, [0, 4, 132], 1, 0x1, [S(301, 14), S(7, 2), S(315, 13), S(14, 11), S(0, 0)], (0, 1), NONE), // GCRestartEEEnd
    e(3, 1, [0, 4, 132], 1, 0x1, [S(328, 17), S(7, 2), S(315, 13), S(14, 11), S(0, 0)], (0, 1), 5), // GCRestartEEEnd_V1
    e(4, 0, [0, 4, 133], 1, 0x1, [S(345, 11), S(7, 2), S(356, 9), S(14, 11), S(0, 0)], (0, 1), 6), // GCHeapStats
    e(4, 1, [0, 4, 133], 1, 0x1, [S(590, 14), S(7, 2), S(356, 9), S(14, 11), S(0, 0)], (0, 1), 7), // GCHeapStats_V1
    e(4, 2, [0, 4, 133], 1, 0x1, [S(604, 14), S(7, 2), S(356, 9), S(14, 11), S(0, 0)], (0, 1), 8), // GCHeapStats_V2
    e(5, 0, [0, 4, 134], 1, 0x1, [S(651, 15), S(7, 2), S(666, 13), S(14, 11), S(0, 0)], (0, 1), 9), // GCCreateSegment
    e(5, 1, [0, 4, 134], 1, 0x1, [S(748, 18), S(7, 2), S(666, 13), S(14, 11), S(0, 0)], (0, 1), 10), // GCCreateSegment_V1
    e(6, 0, [0, 4, 135], 1, 0x1, [S(766, 13), S(7, 2), S(779, 11), S(14, 11), S(0, 0)], (0, 1), 11), // GCFreeSegment
    e(6, 1, [0, 4, 135], 1, 0x1, [S(790, 16), S(7, 2), S(779, 11), S(14, 11), S(0, 0)], (0, 1), 12), // GCFreeSegment_V1
    e(7, 0, [0, 4, 136], 1, 0x1, [S(806, 16), S(7, 2), S(822, 14), S(14, 11), S(0, 0)], (0, 1), NONE), // GCRestartEEBegin
    e(7, 1, [0, 4, 136], 1, 0x1, [S(836, 19), S(7, 2), S(822, 14), S(14, 11), S(0, 0)], (0, 1), 5), // GCRestartEEBegin_V1
    e(8, 0, [0, 4, 137], 1, 0x1, [S(855, 14), S(7, 2), S(869, 13), S(14, 11), S(0, 0)], (0, 1), NONE), // GCSuspendEEEnd
    e(8, 1, [0, 4, 137], 1, 0x1, [S(882, 17), S(7, 2), S(869, 13), S(14, 11), S(0, 0)], (0, 1), 5), // GCSuspendEEEnd_V1
    e(9, 0, [0, 4, 10], 1, 0x1, [S(899, 16), S(7, 2), S(915, 14), S(14, 11), S(0, 0)], (0, 1), 13), // GCSuspendEEBegin
    e(9, 1, [0, 4, 10], 1, 0x1, [S(1097, 19), S(7, 2), S(915, 14), S(14, 11), S(0, 0)], (0, 1), 14), // GCSuspendEEBegin_V1
    e(10, 0, [0, 5, 11], 1, 0x1, [S(1116, 16), S(7, 2), S(1132, 14), S(1146, 7), S(0, 0)], (0, 1), 15), // GCAllocationTick
    e(10, 1, [0, 5, 11], 1, 0x1, [S(1212, 19), S(7, 2), S(1132, 14), S(1146, 7), S(0, 0)], (0, 1), 16), // GCAllocationTick_V1
    e(10, 2, [0, 5, 11], 1, 0x1, [S(1231, 19), S(7, 2), S(1132, 14), S(1146, 7), S(0, 0)], (0, 1), 17), // GCAllocationTick_V2
    e(10, 3, [0, 5, 11], 1, 0x1, [S(1291, 19), S(7, 2), S(1132, 14), S(1146, 7), S(0, 0)], (0, 1), 18), // GCAllocationTick_V3
    e(11, 0, [0, 4, 12], 1, 0x1, [S(1310, 24), S(7, 2), S(1334, 22), S(14, 11), S(0, 0)], (0, 1), NONE), // GCCreateConcurrentThread
    e(11, 1, [0, 4, 12], 1, 0x10001, [S(1356, 27), S(7, 2), S(1334, 22), S(14, 11), S(0, 0)], (1, 2), 5), // GCCreateConcurrentThread_V1
    e(12, 0, [0, 4, 13], 1, 0x1, [S(1392, 27), S(7, 2), S(1419, 25), S(14, 11), S(0, 0)], (0, 1), NONE), // GCTerminateConcurrentThread
    e(12, 1, [0, 4, 13], 1, 0x10001, [S(1444, 30), S(7, 2), S(1419, 25), S(14, 11), S(0, 0)], (1, 2), 5), // GCTerminateConcurrentThread_V1
    e(13, 0, [0, 4, 15], 1, 0x1, [S(1474, 15), S(7, 2), S(1489, 14), S(14, 11), S(0, 0)], (0, 1), 19), // GCFinalizersEnd
    e(13, 1, [0, 4, 15], 1, 0x1, [S(1503, 18), S(7, 2), S(1489, 14), S(14, 11), S(0, 0)], (0, 1), 20), // GCFinalizersEnd_V1
    e(14, 0, [0, 4, 19], 1, 0x1, [S(1521, 17), S(7, 2), S(1538, 15), S(14, 11), S(0, 0)], (0, 1), NONE), // GCFinalizersBegin
    e(14, 1, [0, 4, 19], 1, 0x1, [S(1553, 20), S(7, 2), S(1538, 15), S(14, 11), S(0, 0)], (0, 1), 5), // GCFinalizersBegin_V1
    e(15, 0, [0, 4, 10], 21, 0x80000, [S(1573, 8), S(189, 4), S(1573, 8), S(14, 11), S(0, 0)], (3, 1), 21), // BulkType
    e(16, 0, [0, 4, 20], 1, 0x100000, [S(1804, 14), S(7, 2), S(1804, 14), S(14, 11), S(0, 0)], (4, 1), 22), // GCBulkRootEdge
    e(17, 0, [0, 4, 21], 1, 0x100000, [S(1978, 41), S(7, 2), S(1978, 41), S(14, 11), S(0, 0)], (4, 1), 23), // GCBulkRootConditionalWeakTableElementEdge
    e(18, 0, [0, 4, 22], 1, 0x100000, [S(2043, 10), S(7, 2), S(2043, 10), S(14, 11), S(0, 0)], (4, 1), 24), // GCBulkNode
    e(19, 0, [0, 4, 23], 1, 0x100000, [S(2062, 10), S(7, 2), S(2062, 10), S(14, 11), S(0, 0)], (4, 1), 25), // GCBulkEdge
    e(20, 0, [0, 4, 24], 1, 0x200000, [S(2095, 29), S(7, 2), S(2124, 25), S(14, 11), S(0, 0)], (5, 1), 26), // GCSampledObjectAllocationHigh
    e(21, 0, [0, 4, 25], 1, 0x400000, [S(2195, 27), S(7, 2), S(2195, 27), S(14, 11), S(0, 0)], (6, 1), 27), // GCBulkSurvivingObjectRanges
    e(22, 0, [0, 4, 26], 1, 0x400000, [S(2267, 23), S(7, 2), S(2267, 23), S(14, 11), S(0, 0)], (6, 1), 28), // GCBulkMovedObjectRanges
    e(23, 0, [0, 4, 27], 1, 0x400000, [S(2314, 17), S(7, 2), S(2314, 17), S(14, 11), S(0, 0)], (6, 1), 29), // GCGenerationRange
    e(25, 0, [0, 4, 28], 1, 0x1, [S(2385, 16), S(7, 2), S(2401, 14), S(14, 11), S(0, 0)], (0, 1), 30), // GCMarkStackRoots
    e(26, 0, [0, 4, 29], 1, 0x1, [S(2422, 24), S(7, 2), S(2446, 22), S(14, 11), S(0, 0)], (0, 1), 30), // GCMarkFinalizeQueueRoots
    e(27, 0, [0, 4, 30], 1, 0x1, [S(2468, 13), S(7, 2), S(2481, 11), S(14, 11), S(0, 0)], (0, 1), 30), // GCMarkHandles
    e(28, 0, [0, 4, 31], 1, 0x1, [S(2492, 26), S(7, 2), S(2518, 9), S(14, 11), S(0, 0)], (0, 1), 30), // GCMarkOlderGenerationRoots
    e(29, 0, [0, 5, 32], 1, 0x1, [S(2527, 14), S(7, 2), S(2527, 14), S(1146, 7), S(0, 0)], (0, 1), 31), // FinalizeObject
    e(30, 0, [0, 4, 33], 1, 0x2, [S(2549, 11), S(7, 2), S(2549, 11), S(14, 11), S(0, 0)], (7, 1), 32), // SetGCHandle
    e(31, 0, [0, 4, 34], 1, 0x2, [S(2663, 15), S(7, 2), S(2678, 15), S(14, 11), S(0, 0)], (7, 1), 33), // DestroyGCHandle
    e(32, 0, [0, 4, 24], 1, 0x2000000, [S(2693, 28), S(7, 2), S(2124, 25), S(14, 11), S(0, 0)], (8, 1), 26), // GCSampledObjectAllocationLow
    e(33, 0, [0, 5, 36], 1, 0x1, [S(2721, 17), S(7, 2), S(2721, 17), S(1146, 7), S(0, 0)], (0, 1), 34), // PinObjectAtGCTime
    e(35, 0, [0, 4, 35], 1, 0x1, [S(2748, 11), S(7, 2), S(2759, 9), S(14, 11), S(0, 0)], (0, 1), 35), // GCTriggered
    e(36, 0, [0, 4, 38], 1, 0x100000, [S(2768, 13), S(7, 2), S(2768, 13), S(14, 11), S(0, 0)], (4, 1), 36), // GCBulkRootCCW
    e(37, 0, [0, 4, 39], 1, 0x100000, [S(2834, 9), S(7, 2), S(2834, 9), S(14, 11), S(0, 0)], (4, 1), 37), // GCBulkRCW
    e(38, 0, [0, 4, 40], 1, 0x100000, [S(2849, 19), S(7, 2), S(2849, 19), S(14, 11), S(0, 0)], (4, 1), 38), // GCBulkRootStaticVar
    e(39, 0, [0, 0, 41], 1, 0x3f00003, [S(2911, 14), S(7, 2), S(2911, 14), S(2925, 10), S(0, 0)], (9, 8), 39), // GCDynamicEvent
    e(40, 0, [0, 4, 1], 2, 0x10000, [S(2978, 18), S(2996, 22), S(9, 5), S(14, 11), S(0, 0)], (17, 1), 40), // WorkerThreadCreate
    e(41, 0, [0, 4, 2], 2, 0x10000, [S(3055, 21), S(2996, 22), S(289, 4), S(14, 11), S(0, 0)], (17, 1), 40), // WorkerThreadTerminate
    e(42, 0, [0, 4, 1], 4, 0x10000, [S(3076, 18), S(3094, 24), S(9, 5), S(14, 11), S(0, 0)], (17, 1), 40), // WorkerThreadRetire
    e(43, 0, [0, 4, 2], 4, 0x10000, [S(3118, 20), S(3094, 24), S(289, 4), S(14, 11), S(0, 0)], (17, 1), 40), // WorkerThreadUnretire
    e(44, 0, [0, 4, 1], 3, 0x10000, [S(3138, 14), S(3152, 16), S(9, 5), S(14, 11), S(0, 0)], (17, 1), 41), // IOThreadCreate
    e(44, 1, [0, 4, 1], 3, 0x10000, [S(3197, 17), S(3152, 16), S(9, 5), S(14, 11), S(0, 0)], (17, 1), 42), // IOThreadCreate_V1
    e(45, 0, [0, 4, 2], 3, 0x10000, [S(3214, 17), S(3152, 16), S(289, 4), S(14, 11), S(0, 0)], (17, 1), 41), // IOThreadTerminate
    e(45, 1, [0, 4, 2], 3, 0x10000, [S(3231, 20), S(3152, 16), S(289, 4), S(14, 11), S(0, 0)], (17, 1), 42), // IOThreadTerminate_V1
    e(46, 0, [0, 4, 1], 5, 0x10000, [S(3251, 14), S(3265, 18), S(9, 5), S(14, 11), S(0, 0)], (17, 1), 41), // IOThreadRetire
    e(46, 1, [0, 4, 1], 5, 0x10000, [S(3283, 17), S(3265, 18), S(9, 5), S(14, 11), S(0, 0)], (17, 1), 42), // IOThreadRetire_V1
    e(47, 0, [0, 4, 2], 5, 0x10000, [S(3300, 16), S(3265, 18), S(289, 4), S(14, 11), S(0, 0)], (17, 1), 41), // IOThreadUnretire
    e(47, 1, [0, 4, 2], 5, 0x10000, [S(3316, 19), S(3265, 18), S(289, 4), S(14, 11), S(0, 0)], (17, 1), 42), // IOThreadUnretire_V1
    e(48, 0, [0, 4, 1], 6, 0x10000, [S(3335, 33), S(3368, 22), S(9, 5), S(14, 11), S(0, 0)], (17, 1), 43), // ThreadpoolSuspensionSuspendThread
    e(49, 0, [0, 4, 2], 6, 0x10000, [S(3415, 32), S(3368, 22), S(289, 4), S(14, 11), S(0, 0)], (17, 1), 43), // ThreadpoolSuspensionResumeThread
    e(50, 0, [0, 4, 1], 16, 0x10000, [S(3447, 27), S(3474, 22), S(9, 5), S(14, 11), S(0, 0)], (17, 1), 44), // ThreadPoolWorkerThreadStart
    e(51, 0, [0, 4, 2], 16, 0x10000, [S(3543, 26), S(3474, 22), S(289, 4), S(14, 11), S(0, 0)], (17, 1), 44), // ThreadPoolWorkerThreadStop
    e(52, 0, [0, 4, 1], 17, 0x10000, [S(3569, 37), S(3606, 32), S(9, 5), S(14, 11), S(0, 0)], (17, 1), 44), // ThreadPoolWorkerThreadRetirementStart
    e(53, 0, [0, 4, 2], 17, 0x10000, [S(3638, 36), S(3606, 32), S(289, 4), S(14, 11), S(0, 0)], (17, 1), 44), // ThreadPoolWorkerThreadRetirementStop
    e(54, 0, [0, 4, 100], 18, 0x10000, [S(3674, 38), S(3712, 32), S(3744, 6), S(14, 11), S(0, 0)], (17, 1), 45), // ThreadPoolWorkerThreadAdjustmentSample
    e(55, 0, [0, 4, 101], 18, 0x10000, [S(3760, 42), S(3712, 32), S(3802, 10), S(14, 11), S(0, 0)], (17, 1), 46), // ThreadPoolWorkerThreadAdjustmentAdjustment
    e(56, 0, [0, 5, 102], 18, 0x10000, [S(3960, 37), S(3712, 32), S(3997, 5), S(1146, 7), S(0, 0)], (17, 1), 47), // ThreadPoolWorkerThreadAdjustmentStats
    e(57, 0, [0, 4, 90], 16, 0x10000, [S(4151, 26), S(3474, 22), S(4177, 4), S(14, 11), S(0, 0)], (17, 1), 44), // ThreadPoolWorkerThreadWait
    e(60, 0, [0, 5, 1], 22, 0x10000, [S(4181, 28), S(4181, 28), S(9, 5), S(1146, 7), S(0, 0)], (17, 1), 20), // ThreadPoolWorkingThreadCount
    e(61, 0, [0, 5, 11], 23, 0x80010000, [S(4209, 17), S(4226, 10), S(4236, 7), S(1146, 7), S(0, 0)], (18, 2), 48), // ThreadPoolEnqueue
    e(62, 0, [0, 5, 12], 23, 0x80010000, [S(4263, 17), S(4226, 10), S(4280, 7), S(1146, 7), S(0, 0)], (18, 2), 48), // ThreadPoolDequeue
    e(63, 0, [0, 5, 13], 23, 0x80010000, [S(4287, 19), S(4226, 10), S(4306, 9), S(1146, 7), S(0, 0)], (18, 2), 49), // ThreadPoolIOEnqueue
    e(64, 0, [0, 5, 14], 23, 0x80010000, [S(4354, 19), S(4226, 10), S(4373, 9), S(1146, 7), S(0, 0)], (18, 2), 50), // ThreadPoolIODequeue
    e(65, 0, [0, 5, 15], 23, 0x10000, [S(4382, 16), S(4226, 10), S(4398, 6), S(1146, 7), S(0, 0)], (17, 1), 50), // ThreadPoolIOPack
    e(70, 0, [0, 4, 11], 24, 0x80010000, [S(4404, 14), S(4418, 6), S(4424, 8), S(14, 11), S(0, 0)], (18, 2), 51), // ThreadCreating
    e(71, 0, [0, 4, 12], 24, 0x80010000, [S(4434, 13), S(4418, 6), S(4447, 7), S(14, 11), S(0, 0)], (18, 2), 51), // ThreadRunning
    e(72, 0, [0, 4, 43], 9, 0x4000000000, [S(4454, 13), S(4467, 6), S(4454, 13), S(14, 11), S(0, 0)], (20, 1), 52), // MethodDetails
    e(73, 0, [0, 4, 1], 33, 0x8000000000, [S(4522, 13), S(4535, 8), S(9, 5), S(14, 11), S(0, 0)], (21, 1), 53), // TypeLoadStart
    e(74, 0, [0, 4, 2], 33, 0x8000000000, [S(4572, 12), S(4535, 8), S(289, 4), S(14, 11), S(0, 0)], (21, 1), 54), // TypeLoadStop
    e(80, 0, [0, 4, 1], 7, 0x0, [S(4593, 15), S(4608, 9), S(9, 5), S(14, 11), S(0, 0)], (22, 0), NONE), // ExceptionThrown
    e(80, 1, [0, 2, 1], 7, 0x200008000, [S(4617, 18), S(4608, 9), S(9, 5), S(4635, 5), S(0, 0)], (22, 2), 55), // ExceptionThrown_V1
    e(81, 0, [0, 4, 1], 8, 0x0, [S(4801, 10), S(4801, 10), S(9, 5), S(14, 11), S(0, 0)], (22, 0), NONE), // Contention
    e(81, 1, [0, 4, 1], 8, 0x4000, [S(4811, 18), S(4801, 10), S(9, 5), S(14, 11), S(0, 0)], (24, 1), 56), // ContentionStart_V1
    e(82, 0, [0, 0, 82], 11, 0x40000000, [S(4875, 12), S(4887, 8), S(4895, 4), S(2925, 10), S(0, 0)], (25, 1), 57), // CLRStackWalk
    e(83, 0, [0, 4, 48], 14, 0x800, [S(4927, 21), S(4948, 27), S(4975, 12), S(14, 11), S(0, 0)], (26, 1), 58), // AppDomainMemAllocated
    e(84, 0, [0, 4, 49], 14, 0x800, [S(4996, 20), S(4948, 27), S(5016, 11), S(14, 11), S(0, 0)], (26, 1), 59), // AppDomainMemSurvived
    e(85, 0, [0, 4, 50], 14, 0x10800, [S(5050, 13), S(4948, 27), S(5050, 13), S(14, 11), S(0, 0)], (27, 2), 60), // ThreadCreated
    e(86, 0, [0, 4, 51], 14, 0x10800, [S(5145, 16), S(4948, 27), S(5145, 16), S(14, 11), S(0, 0)], (27, 2), 61), // ThreadTerminated
    e(87, 0, [0, 4, 52], 14, 0x10800, [S(5161, 17), S(4948, 27), S(5178, 11), S(14, 11), S(0, 0)], (27, 2), 61), // ThreadDomainEnter
    e(88, 0, [0, 4, 88], 15, 0x2000, [S(5189, 15), S(5204, 6), S(5210, 13), S(14, 11), S(0, 0)], (29, 1), 62), // ILStubGenerated
    e(89, 0, [0, 4, 89], 15, 0x2000, [S(5505, 14), S(5204, 6), S(5519, 12), S(14, 11), S(0, 0)], (29, 1), 63), // ILStubCacheHit
    e(91, 0, [0, 4, 2], 8, 0x4000, [S(5531, 14), S(4801, 10), S(289, 4), S(14, 11), S(0, 0)], (24, 1), 56), // ContentionStop
    e(91, 1, [0, 4, 2], 8, 0x4000, [S(5545, 17), S(4801, 10), S(289, 4), S(14, 11), S(0, 0)], (24, 1), 64), // ContentionStop_V1
    e(135, 0, [0, 4, 14], 9, 0x30, [S(5572, 17), S(4467, 6), S(5572, 17), S(14, 11), S(0, 0)], (30, 2), NONE), // DCStartCompleteV2
    e(136, 0, [0, 4, 15], 9, 0x30, [S(5596, 15), S(4467, 6), S(5596, 15), S(14, 11), S(0, 0)], (30, 2), NONE), // DCEndCompleteV2
    e(137, 0, [0, 4, 35], 9, 0x30, [S(5611, 15), S(4467, 6), S(5626, 9), S(14, 11), S(0, 0)], (30, 2), 65), // MethodDCStartV2
    e(138, 0, [0, 4, 36], 9, 0x30, [S(5801, 13), S(4467, 6), S(5814, 8), S(14, 11), S(0, 0)], (30, 2), 65), // MethodDCEndV2
    e(139, 0, [0, 4, 39], 9, 0x30, [S(5822, 22), S(4467, 6), S(5844, 16), S(14, 11), S(0, 0)], (30, 2), 66), // MethodDCStartVerboseV2
    e(140, 0, [0, 4, 40], 9, 0x30, [S(5900, 20), S(4467, 6), S(5920, 15), S(14, 11), S(0, 0)], (30, 2), 66), // MethodDCEndVerboseV2
    e(141, 0, [0, 4, 33], 9, 0x30, [S(5935, 10), S(4467, 6), S(5945, 4), S(14, 11), S(0, 0)], (30, 2), 65), // MethodLoad
    e(141, 1, [0, 4, 33], 9, 0x30, [S(5949, 13), S(4467, 6), S(5945, 4), S(14, 11), S(0, 0)], (30, 2), 67), // MethodLoad_V1
    e(141, 2, [0, 4, 33], 9, 0x30, [S(5962, 13), S(4467, 6), S(5945, 4), S(14, 11), S(0, 0)], (30, 2), 68), // MethodLoad_V2
    e(142, 0, [0, 4, 34], 9, 0x30, [S(5982, 12), S(4467, 6), S(5994, 6), S(14, 11), S(0, 0)], (30, 2), 65), // MethodUnload
    e(142, 1, [0, 4, 34], 9, 0x30, [S(6000, 15), S(4467, 6), S(5994, 6), S(14, 11), S(0, 0)], (30, 2), 67), // MethodUnload_V1
    e(142, 2, [0, 4, 34], 9, 0x30, [S(6015, 15), S(4467, 6), S(5994, 6), S(14, 11), S(0, 0)], (30, 2), 68), // MethodUnload_V2
    e(143, 0, [0, 4, 37], 9, 0x30, [S(6030, 17), S(4467, 6), S(6047, 11), S(14, 11), S(0, 0)], (30, 2), 66), // MethodLoadVerbose
    e(143, 1, [0, 4, 37], 9, 0x30, [S(6058, 20), S(4467, 6), S(6047, 11), S(14, 11), S(0, 0)], (30, 2), 69), // MethodLoadVerbose_V1
    e(143, 2, [0, 4, 37], 9, 0x30, [S(6078, 20), S(4467, 6), S(6047, 11), S(14, 11), S(0, 0)], (30, 2), 70), // MethodLoadVerbose_V2
    e(144, 0, [0, 4, 38], 9, 0x30, [S(6098, 19), S(4467, 6), S(6117, 13), S(14, 11), S(0, 0)], (30, 2), 66), // MethodUnloadVerbose
    e(144, 1, [0, 4, 38], 9, 0x30, [S(6130, 22), S(4467, 6), S(6117, 13), S(14, 11), S(0, 0)], (30, 2), 69), // MethodUnloadVerbose_V1
    e(144, 2, [0, 4, 38], 9, 0x30, [S(6152, 22), S(4467, 6), S(6117, 13), S(14, 11), S(0, 0)], (30, 2), 70), // MethodUnloadVerbose_V2
    e(145, 0, [0, 5, 42], 9, 0x10, [S(6174, 20), S(4467, 6), S(6194, 14), S(1146, 7), S(0, 0)], (32, 1), 71), // MethodJittingStarted
    e(145, 1, [0, 5, 42], 9, 0x10, [S(6220, 23), S(4467, 6), S(6194, 14), S(1146, 7), S(0, 0)], (32, 1), 72), // MethodJittingStarted_V1
    e(146, 0, [0, 5, 103], 9, 0x10, [S(6243, 31), S(4467, 6), S(6274, 25), S(1146, 7), S(0, 0)], (32, 1), 73), // MethodJitMemoryAllocatedForCode
    e(149, 0, [0, 4, 35], 10, 0x8, [S(6375, 15), S(6390, 6), S(6375, 15), S(14, 11), S(0, 0)], (33, 1), 74), // ModuleDCStartV2
    e(150, 0, [0, 4, 36], 10, 0x8, [S(6531, 13), S(6390, 6), S(6544, 14), S(14, 11), S(0, 0)], (33, 1), 74), // ModuleDCEndV2
    e(151, 0, [0, 4, 45], 10, 0x8, [S(6558, 16), S(6390, 6), S(6558, 16), S(14, 11), S(0, 0)], (33, 1), 75), // DomainModuleLoad
    e(151, 1, [0, 4, 45], 10, 0x8, [S(6574, 19), S(6390, 6), S(6558, 16), S(14, 11), S(0, 0)], (33, 1), 76), // DomainModuleLoad_V1
    e(152, 0, [0, 4, 33], 10, 0x8, [S(6593, 10), S(6390, 6), S(6593, 10), S(14, 11), S(0, 0)], (33, 1), 74), // ModuleLoad
    e(152, 1, [0, 4, 33], 10, 0x20000008, [S(6603, 13), S(6390, 6), S(6593, 10), S(14, 11), S(0, 0)], (34, 2), 77), // ModuleLoad_V1
    e(152, 2, [0, 4, 33], 10, 0x20000008, [S(6625, 13), S(6390, 6), S(6593, 10), S(14, 11), S(0, 0)], (34, 2), 78), // ModuleLoad_V2
    e(153, 0, [0, 4, 34], 10, 0x8, [S(6737, 12), S(6390, 6), S(6737, 12), S(14, 11), S(0, 0)], (33, 1), 74), // ModuleUnload
    e(153, 1, [0, 4, 34], 10, 0x20000008, [S(6749, 15), S(6390, 6), S(6737, 12), S(14, 11), S(0, 0)], (34, 2), 77), // ModuleUnload_V1
    e(153, 2, [0, 4, 34], 10, 0x20000008, [S(6764, 15), S(6390, 6), S(6737, 12), S(14, 11), S(0, 0)], (34, 2), 78), // ModuleUnload_V2
    e(154, 0, [0, 4, 37], 10, 0x8, [S(6779, 12), S(6390, 6), S(6779, 12), S(14, 11), S(0, 0)], (33, 1), 79), // AssemblyLoad
    e(154, 1, [0, 4, 37], 10, 0x8, [S(6857, 15), S(6390, 6), S(6779, 12), S(14, 11), S(0, 0)], (33, 1), 80), // AssemblyLoad_V1
    e(155, 0, [0, 4, 38], 10, 0x8, [S(6881, 14), S(6390, 6), S(6881, 14), S(14, 11), S(0, 0)], (33, 1), 79), // AssemblyUnload
    e(155, 1, [0, 4, 38], 10, 0x8, [S(6895, 17), S(6390, 6), S(6881, 14), S(14, 11), S(0, 0)], (33, 1), 80), // AssemblyUnload_V1
    e(156, 0, [0, 4, 41], 10, 0x8, [S(6912, 13), S(6390, 6), S(6912, 13), S(14, 11), S(0, 0)], (33, 1), 81), // AppDomainLoad
    e(156, 1, [0, 4, 41], 10, 0x8, [S(6992, 16), S(6390, 6), S(6912, 13), S(14, 11), S(0, 0)], (33, 1), 82), // AppDomainLoad_V1
    e(157, 0, [0, 4, 42], 10, 0x8, [S(7022, 15), S(6390, 6), S(7022, 15), S(14, 11), S(0, 0)], (33, 1), 81), // AppDomainUnload
    e(157, 1, [0, 4, 42], 10, 0x8, [S(7037, 18), S(6390, 6), S(7022, 15), S(14, 11), S(0, 0)], (33, 1), 82), // AppDomainUnload_V1
    e(158, 0, [0, 4, 10], 20, 0x20000000, [S(7055, 15), S(7070, 12), S(7055, 15), S(14, 11), S(0, 0)], (36, 1), 83), // ModuleRangeLoad
    e(159, 0, [0, 4, 33], 9, 0x2000000000, [S(7137, 16), S(4467, 6), S(5945, 4), S(14, 11), S(0, 0)], (37, 1), 84), // R2RGetEntryPoint
    e(160, 0, [0, 4, 33], 9, 0x2000000000, [S(7184, 21), S(4467, 6), S(5945, 4), S(14, 11), S(0, 0)], (37, 1), 85), // R2RGetEntryPointStart
    e(181, 0, [0, 5, 1], 12, 0x400, [S(7205, 27), S(7232, 22), S(9, 5), S(1146, 7), S(0, 0)], (38, 1), 86), // StrongNameVerificationStart
    e(181, 1, [0, 5, 1], 12, 0x400, [S(7288, 30), S(7232, 22), S(9, 5), S(1146, 7), S(0, 0)], (38, 1), 87), // StrongNameVerificationStart_V1
    e(182, 0, [0, 4, 2], 12, 0x400, [S(7318, 26), S(7232, 22), S(289, 4), S(14, 11), S(0, 0)], (38, 1), 86), // StrongNameVerificationStop
    e(182, 1, [0, 4, 2], 12, 0x400, [S(7344, 29), S(7232, 22), S(289, 4), S(14, 11), S(0, 0)], (38, 1), 87), // StrongNameVerificationStop_V1
    e(183, 0, [0, 5, 1], 13, 0x400, [S(7373, 29), S(7402, 24), S(9, 5), S(1146, 7), S(0, 0)], (38, 1), 88), // AuthenticodeVerificationStart
    e(183, 1, [0, 5, 1], 13, 0x400, [S(7436, 32), S(7402, 24), S(9, 5), S(1146, 7), S(0, 0)], (38, 1), 89), // AuthenticodeVerificationStart_V1
    e(184, 0, [0, 4, 2], 13, 0x400, [S(7468, 28), S(7402, 24), S(289, 4), S(14, 11), S(0, 0)], (38, 1), 88), // AuthenticodeVerificationStop
    e(184, 1, [0, 4, 2], 13, 0x400, [S(7496, 31), S(7402, 24), S(289, 4), S(14, 11), S(0, 0)], (38, 1), 89), // AuthenticodeVerificationStop_V1
    e(185, 0, [0, 5, 83], 9, 0x1000, [S(7527, 26), S(4467, 6), S(7553, 17), S(1146, 7), S(0, 0)], (39, 1), 90), // MethodJitInliningSucceeded
    e(186, 0, [0, 5, 84], 9, 0x1000, [S(7757, 27), S(4467, 6), S(7784, 14), S(1146, 7), S(0, 0)], (39, 1), 91), // MethodJitInliningFailedAnsi
    e(187, 0, [0, 4, 1], 19, 0x0, [S(7818, 23), S(7841, 7), S(9, 5), S(14, 11), S(0, 0)], (22, 0), 92), // RuntimeInformationStart
    e(188, 0, [0, 5, 85], 9, 0x1000, [S(8387, 26), S(4467, 6), S(8413, 17), S(1146, 7), S(0, 0)], (39, 1), 93), // MethodJitTailCallSucceeded
    e(189, 0, [0, 5, 86], 9, 0x1000, [S(8607, 27), S(4467, 6), S(8634, 14), S(1146, 7), S(0, 0)], (39, 1), 94), // MethodJitTailCallFailedAnsi
    e(190, 0, [0, 5, 87], 9, 0x20000, [S(8648, 19), S(4467, 6), S(8648, 19), S(1146, 7), S(0, 0)], (40, 1), 95), // MethodILToNativeMap
    e(191, 0, [0, 5, 86], 9, 0x1000, [S(8743, 23), S(4467, 6), S(8634, 14), S(1146, 7), S(0, 0)], (39, 1), 96), // MethodJitTailCallFailed
    e(192, 0, [0, 5, 84], 9, 0x1000, [S(8766, 23), S(4467, 6), S(7784, 14), S(1146, 7), S(0, 0)], (39, 1), 97), // MethodJitInliningFailed
    e(200, 0, [0, 5, 200], 1, 0x1, [S(8789, 22), S(7, 2), S(8789, 22), S(1146, 7), S(0, 0)], (0, 1), 98), // IncreaseMemoryPressure
    e(201, 0, [0, 5, 201], 1, 0x1, [S(8825, 22), S(7, 2), S(8825, 22), S(1146, 7), S(0, 0)], (0, 1), 99), // DecreaseMemoryPressure
    e(202, 0, [0, 4, 202], 1, 0x1, [S(8857, 14), S(7, 2), S(8871, 4), S(14, 11), S(0, 0)], (0, 1), 100), // GCMarkWithType
    e(203, 2, [0, 5, 203], 1, 0x1, [S(8880, 9), S(7, 2), S(8889, 6), S(1146, 7), S(0, 0)], (0, 1), 101), // GCJoin_V2
    e(204, 3, [0, 4, 204], 1, 0x1, [S(8921, 19), S(7, 2), S(8940, 14), S(14, 11), S(0, 0)], (0, 1), 102), // GCPerHeapHistory_V3
    e(205, 2, [0, 4, 205], 1, 0x1, [S(9272, 22), S(7, 2), S(9294, 17), S(14, 11), S(0, 0)], (0, 1), 103), // GCGlobalHeapHistory_V2
    e(205, 3, [0, 4, 205], 1, 0x1, [S(9415, 22), S(7, 2), S(9294, 17), S(14, 11), S(0, 0)], (0, 1), 104), // GCGlobalHeapHistory_V3
    e(206, 0, [0, 4, 206], 1, 0x100000, [S(9437, 13), S(7, 2), S(9437, 13), S(14, 11), S(0, 0)], (4, 1), 20), // GenAwareBegin
    e(207, 0, [0, 4, 207], 1, 0x100000, [S(9450, 11), S(7, 2), S(9450, 11), S(14, 11), S(0, 0)], (4, 1), 20), // GenAwareEnd
    e(240, 0, [0, 4, 1], 25, 0x100000000, [S(9461, 18), S(9479, 13), S(9, 5), S(14, 11), S(0, 0)], (41, 1), NONE), // DebugIPCEventStart
    e(241, 0, [0, 4, 2], 25, 0x100000000, [S(9500, 16), S(9479, 13), S(289, 4), S(14, 11), S(0, 0)], (41, 1), NONE), // DebugIPCEventEnd
    e(242, 0, [0, 4, 1], 26, 0x100000000, [S(9516, 29), S(9545, 24), S(9, 5), S(14, 11), S(0, 0)], (41, 1), NONE), // DebugExceptionProcessingStart
    e(243, 0, [0, 4, 2], 26, 0x100000000, [S(9569, 27), S(9545, 24), S(289, 4), S(14, 11), S(0, 0)], (41, 1), NONE), // DebugExceptionProcessingEnd
    e(250, 0, [0, 4, 1], 27, 0x8000, [S(9596, 19), S(9615, 14), S(9, 5), S(14, 11), S(0, 0)], (42, 1), 105), // ExceptionCatchStart
    e(251, 0, [0, 4, 2], 27, 0x8000, [S(9637, 18), S(9615, 14), S(289, 4), S(14, 11), S(0, 0)], (42, 1), NONE), // ExceptionCatchStop
    e(252, 0, [0, 4, 1], 28, 0x8000, [S(9655, 21), S(9676, 16), S(9, 5), S(14, 11), S(0, 0)], (42, 1), 105), // ExceptionFinallyStart
    e(253, 0, [0, 4, 2], 28, 0x8000, [S(9692, 20), S(9676, 16), S(289, 4), S(14, 11), S(0, 0)], (42, 1), NONE), // ExceptionFinallyStop
    e(254, 0, [0, 4, 1], 29, 0x8000, [S(9712, 20), S(9732, 15), S(9, 5), S(14, 11), S(0, 0)], (42, 1), 105), // ExceptionFilterStart
    e(255, 0, [0, 4, 2], 29, 0x8000, [S(9747, 19), S(9732, 15), S(289, 4), S(14, 11), S(0, 0)], (42, 1), NONE), // ExceptionFilterStop
    e(256, 0, [0, 4, 2], 7, 0x8000, [S(9766, 19), S(4608, 9), S(289, 4), S(14, 11), S(0, 0)], (42, 1), NONE), // ExceptionThrownStop
    e(260, 0, [0, 5, 1], 30, 0x400000000, [S(9785, 11), S(9785, 11), S(9, 5), S(1146, 7), S(0, 0)], (43, 1), 106), // CodeSymbols
    e(270, 0, [0, 4, 0], 0, 0x800000000, [S(9842, 11), S(0, 0), S(0, 0), S(14, 11), S(0, 0)], (44, 1), 107), // EventSource
    e(280, 0, [0, 4, 11], 31, 0x1000000000, [S(9891, 25), S(9916, 17), S(9933, 8), S(14, 11), S(0, 0)], (45, 1), 108), // TieredCompilationSettings
    e(281, 0, [0, 4, 12], 31, 0x1000000000, [S(10013, 22), S(9916, 17), S(10035, 5), S(14, 11), S(0, 0)], (45, 1), 5), // TieredCompilationPause
    e(282, 0, [0, 4, 13], 31, 0x1000000000, [S(10040, 23), S(9916, 17), S(10063, 6), S(14, 11), S(0, 0)], (45, 1), 109), // TieredCompilationResume
    e(283, 0, [0, 4, 1], 31, 0x1000000000, [S(10083, 35), S(9916, 17), S(9, 5), S(14, 11), S(0, 0)], (45, 1), 110), // TieredCompilationBackgroundJitStart
    e(284, 0, [0, 4, 2], 31, 0x1000000000, [S(10136, 34), S(9916, 17), S(289, 4), S(14, 11), S(0, 0)], (45, 1), 111), // TieredCompilationBackgroundJitStop
    e(290, 0, [0, 4, 1], 32, 0x4, [S(10187, 17), S(10204, 14), S(9, 5), S(14, 11), S(0, 0)], (46, 1), 112), // AssemblyLoadStart
    e(291, 0, [0, 4, 2], 32, 0x4, [S(10308, 16), S(10204, 14), S(289, 4), S(14, 11), S(0, 0)], (46, 1), 113), // AssemblyLoadStop
    e(292, 0, [0, 4, 11], 32, 0x4, [S(10373, 19), S(10204, 14), S(10373, 19), S(14, 11), S(0, 0)], (46, 1), 114), // ResolutionAttempted
    e(293, 0, [0, 4, 12], 32, 0x4, [S(10715, 42), S(10204, 14), S(10715, 42), S(14, 11), S(0, 0)], (46, 1), 115), // AssemblyLoadContextResolvingHandlerInvoked
    e(294, 0, [0, 4, 13], 32, 0x4, [S(10768, 38), S(10204, 14), S(10768, 38), S(14, 11), S(0, 0)], (46, 1), 116), // AppDomainAssemblyResolveHandlerInvoked
    e(295, 0, [0, 4, 14], 32, 0x4, [S(10806, 37), S(10204, 14), S(10806, 37), S(14, 11), S(0, 0)], (46, 1), 117), // AssemblyLoadFromResolveHandlerInvoked
    e(296, 0, [0, 4, 15], 32, 0x4, [S(10907, 15), S(10204, 14), S(10907, 15), S(14, 11), S(0, 0)], (46, 1), 118), // KnownPathProbed
    e(297, 0, [0, 4, 11], 34, 0x10000000000, [S(11023, 22), S(11023, 22), S(11045, 19), S(14, 11), S(0, 0)], (47, 1), 119), // JitInstrumentationData
    e(298, 0, [0, 4, 12], 34, 0x10000000000, [S(11064, 29), S(11023, 22), S(11045, 19), S(14, 11), S(0, 0)], (47, 1), 120), // JitInstrumentationDataVerbose
    // Microsoft-Windows-DotNETRuntimeRundown
    e(0, 0, [0, 0, 82], 11, 0x40000000, [S(11172, 19), S(4887, 8), S(4895, 4), S(2925, 10), S(0, 0)], (25, 1), 57), // CLRStackWalkDCStart
    e(141, 0, [0, 4, 35], 1, 0x30, [S(11191, 13), S(4467, 6), S(11204, 7), S(14, 11), S(0, 0)], (30, 2), 121), // MethodDCStart
    e(141, 1, [0, 4, 35], 1, 0x30, [S(11211, 16), S(4467, 6), S(11204, 7), S(14, 11), S(0, 0)], (30, 2), 67), // MethodDCStart_V1
    e(141, 2, [0, 4, 35], 1, 0x30, [S(11227, 16), S(4467, 6), S(11204, 7), S(14, 11), S(0, 0)], (30, 2), 68), // MethodDCStart_V2
    e(142, 0, [0, 4, 36], 1, 0x30, [S(11243, 11), S(4467, 6), S(11254, 6), S(14, 11), S(0, 0)], (30, 2), 121), // MethodDCEnd
    e(142, 1, [0, 4, 36], 1, 0x30, [S(11260, 14), S(4467, 6), S(11254, 6), S(14, 11), S(0, 0)], (30, 2), 67), // MethodDCEnd_V1
    e(142, 2, [0, 4, 36], 1, 0x30, [S(11274, 14), S(4467, 6), S(11254, 6), S(14, 11), S(0, 0)], (30, 2), 68), // MethodDCEnd_V2
    e(143, 0, [0, 4, 39], 1, 0x30, [S(11288, 20), S(4467, 6), S(11308, 14), S(14, 11), S(0, 0)], (30, 2), 66), // MethodDCStartVerbose
    e(143, 1, [0, 4, 39], 1, 0x30, [S(11322, 23), S(4467, 6), S(11308, 14), S(14, 11), S(0, 0)], (30, 2), 69), // MethodDCStartVerbose_V1
    e(143, 2, [0, 4, 39], 1, 0x30, [S(11345, 23), S(4467, 6), S(11308, 14), S(14, 11), S(0, 0)], (30, 2), 70), // MethodDCStartVerbose_V2
    e(144, 0, [0, 4, 40], 1, 0x30, [S(11368, 18), S(4467, 6), S(11386, 13), S(14, 11), S(0, 0)], (30, 2), 66), // MethodDCEndVerbose
    e(144, 1, [0, 4, 40], 1, 0x30, [S(11399, 21), S(4467, 6), S(11386, 13), S(14, 11), S(0, 0)], (30, 2), 69), // MethodDCEndVerbose_V1
    e(144, 2, [0, 4, 40], 1, 0x30, [S(11420, 21), S(4467, 6), S(11386, 13), S(14, 11), S(0, 0)], (30, 2), 70), // MethodDCEndVerbose_V2
    e(145, 0, [0, 4, 14], 1, 0x20038, [S(11441, 15), S(4467, 6), S(11441, 15), S(14, 11), S(0, 0)], (48, 4), NONE), // DCStartComplete
    e(145, 1, [0, 4, 14], 1, 0x20038, [S(11488, 18), S(4467, 6), S(11441, 15), S(14, 11), S(0, 0)], (48, 4), 5), // DCStartComplete_V1
    e(146, 0, [0, 4, 15], 1, 0x20038, [S(11506, 13), S(4467, 6), S(11519, 14), S(14, 11), S(0, 0)], (48, 4), NONE), // DCEndComplete
    e(146, 1, [0, 4, 15], 1, 0x20038, [S(11533, 16), S(4467, 6), S(11519, 14), S(14, 11), S(0, 0)], (48, 4), 5), // DCEndComplete_V1
    e(147, 0, [0, 4, 16], 1, 0x20038, [S(11549, 11), S(4467, 6), S(11549, 11), S(14, 11), S(0, 0)], (48, 4), NONE), // DCStartInit
    e(147, 1, [0, 4, 16], 1, 0x20038, [S(11560, 14), S(4467, 6), S(11549, 11), S(14, 11), S(0, 0)], (48, 4), 5), // DCStartInit_V1
    e(148, 0, [0, 4, 17], 1, 0x20038, [S(11574, 9), S(4467, 6), S(11583, 10), S(14, 11), S(0, 0)], (48, 4), NONE), // DCEndInit
    e(148, 1, [0, 4, 17], 1, 0x20038, [S(11593, 12), S(4467, 6), S(11583, 10), S(14, 11), S(0, 0)], (48, 4), 5), // DCEndInit_V1
    e(149, 0, [0, 5, 41], 1, 0x20000, [S(11605, 26), S(4467, 6), S(11605, 26), S(1146, 7), S(0, 0)], (52, 1), 95), // MethodDCStartILToNativeMap
    e(150, 0, [0, 5, 42], 1, 0x20000, [S(11631, 24), S(4467, 6), S(11631, 24), S(1146, 7), S(0, 0)], (52, 1), 95), // MethodDCEndILToNativeMap
    e(151, 0, [0, 4, 46], 2, 0x8, [S(11655, 19), S(6390, 6), S(11655, 19), S(14, 11), S(0, 0)], (33, 1), 75), // DomainModuleDCStart
    e(151, 1, [0, 4, 46], 2, 0x8, [S(11674, 22), S(6390, 6), S(11655, 19), S(14, 11), S(0, 0)], (33, 1), 76), // DomainModuleDCStart_V1
    e(152, 0, [0, 4, 47], 2, 0x8, [S(11696, 17), S(6390, 6), S(11713, 18), S(14, 11), S(0, 0)], (33, 1), 75), // DomainModuleDCEnd
    e(152, 1, [0, 4, 47], 2, 0x8, [S(11731, 20), S(6390, 6), S(11713, 18), S(14, 11), S(0, 0)], (33, 1), 76), // DomainModuleDCEnd_V1
    e(153, 0, [0, 4, 35], 2, 0x8, [S(11751, 13), S(6390, 6), S(11751, 13), S(14, 11), S(0, 0)], (33, 1), 74), // ModuleDCStart
    e(153, 1, [0, 4, 35], 2, 0x20000008, [S(11764, 16), S(6390, 6), S(11751, 13), S(14, 11), S(0, 0)], (34, 2), 77), // ModuleDCStart_V1
    e(153, 2, [0, 4, 35], 2, 0x20000008, [S(11780, 16), S(6390, 6), S(11751, 13), S(14, 11), S(0, 0)], (34, 2), 78), // ModuleDCStart_V2
    e(154, 0, [0, 4, 36], 2, 0x8, [S(11796, 11), S(6390, 6), S(11807, 12), S(14, 11), S(0, 0)], (33, 1), 74), // ModuleDCEnd
    e(154, 1, [0, 4, 36], 2, 0x20000008, [S(11819, 14), S(6390, 6), S(11807, 12), S(14, 11), S(0, 0)], (34, 2), 77), // ModuleDCEnd_V1
    e(154, 2, [0, 4, 36], 2, 0x20000008, [S(11833, 14), S(6390, 6), S(11807, 12), S(14, 11), S(0, 0)], (34, 2), 78), // ModuleDCEnd_V2
    e(155, 0, [0, 4, 39], 2, 0x8, [S(11847, 15), S(6390, 6), S(11847, 15), S(14, 11), S(0, 0)], (33, 1), 79), // AssemblyDCStart
    e(155, 1, [0, 4, 39], 2, 0x8, [S(11862, 18), S(6390, 6), S(11847, 15), S(14, 11), S(0, 0)], (33, 1), 80), // AssemblyDCStart_V1
    e(156, 0, [0, 4, 40], 2, 0x8, [S(11880, 13), S(6390, 6), S(11893, 14), S(14, 11), S(0, 0)], (33, 1), 79), // AssemblyDCEnd
    e(156, 1, [0, 4, 40], 2, 0x8, [S(11907, 16), S(6390, 6), S(11893, 14), S(14, 11), S(0, 0)], (33, 1), 80), // AssemblyDCEnd_V1
    e(157, 0, [0, 4, 43], 2, 0x8, [S(11923, 16), S(6390, 6), S(11923, 16), S(14, 11), S(0, 0)], (33, 1), 81), // AppDomainDCStart
    e(157, 1, [0, 4, 43], 2, 0x8, [S(11939, 19), S(6390, 6), S(11923, 16), S(14, 11), S(0, 0)], (33, 1), 82), // AppDomainDCStart_V1
    e(158, 0, [0, 4, 44], 2, 0x8, [S(11958, 14), S(6390, 6), S(11972, 15), S(14, 11), S(0, 0)], (33, 1), 81), // AppDomainDCEnd
    e(158, 1, [0, 4, 44], 2, 0x8, [S(11987, 17), S(6390, 6), S(11972, 15), S(14, 11), S(0, 0)], (33, 1), 82), // AppDomainDCEnd_V1
    e(159, 0, [0, 4, 48], 2, 0x10800, [S(12004, 8), S(6390, 6), S(12012, 12), S(14, 11), S(0, 0)], (27, 2), 60), // ThreadDC
    e(160, 0, [0, 4, 10], 20, 0x20000000, [S(12024, 18), S(7070, 12), S(12024, 18), S(14, 11), S(0, 0)], (36, 1), 122), // ModuleRangeDCStart
    e(161, 0, [0, 4, 11], 20, 0x20000000, [S(12042, 16), S(7070, 12), S(12042, 16), S(14, 11), S(0, 0)], (36, 1), 122), // ModuleRangeDCEnd
    e(187, 0, [0, 4, 1], 19, 0x0, [S(12058, 25), S(7841, 7), S(9, 5), S(14, 11), S(0, 0)], (22, 0), 92), // RuntimeInformationDCStart
    e(280, 0, [0, 4, 11], 31, 0x1000000000, [S(12083, 32), S(9916, 17), S(12115, 15), S(14, 11), S(0, 0)], (45, 1), 108), // TieredCompilationSettingsDCStart
    // Microsoft-Windows-DotNETRuntimeStress
    e(0, 0, [0, 4, 1], 1, 0x0, [S(12168, 14), S(12182, 9), S(9, 5), S(14, 11), S(0, 0)], (22, 0), 123), // StressLogEvent
    e(0, 1, [0, 4, 1], 1, 0x0, [S(12214, 17), S(12182, 9), S(9, 5), S(14, 11), S(0, 0)], (22, 0), 124), // StressLogEvent_V1
    e(1, 0, [0, 0, 82], 11, 0x40000000, [S(12231, 18), S(4887, 8), S(4895, 4), S(2925, 10), S(0, 0)], (25, 1), 57), // CLRStackWalkStress
    // Microsoft-Windows-DotNETRuntimePrivate
    e(1, 0, [0, 4, 132], 1, 0x1, [S(12286, 10), S(7, 2), S(12296, 8), S(14, 11), S(0, 0)], (0, 1), 125), // GCDecision
    e(1, 1, [0, 4, 132], 1, 0x1, [S(12313, 13), S(7, 2), S(12296, 8), S(14, 11), S(0, 0)], (0, 1), 126), // GCDecision_V1
    e(2, 0, [0, 4, 14], 1, 0x1, [S(12326, 10), S(7, 2), S(9933, 8), S(14, 11), S(0, 0)], (0, 1), 127), // GCSettings
    e(2, 1, [0, 4, 14], 1, 0x1, [S(12377, 13), S(7, 2), S(9933, 8), S(14, 11), S(0, 0)], (0, 1), 128), // GCSettings_V1
    e(3, 0, [0, 5, 16], 1, 0x1, [S(12390, 11), S(7, 2), S(12401, 9), S(1146, 7), S(0, 0)], (0, 1), 129), // GCOptimized
    e(3, 1, [0, 5, 16], 1, 0x1, [S(12443, 14), S(7, 2), S(12401, 9), S(1146, 7), S(0, 0)], (0, 1), 130), // GCOptimized_V1
    e(4, 1, [0, 4, 17], 1, 0x1, [S(12457, 19), S(7, 2), S(8940, 14), S(14, 11), S(0, 0)], (0, 1), 5), // GCPerHeapHistory_V1
    e(4, 2, [0, 4, 17], 1, 0x1, [S(12476, 16), S(7, 2), S(8940, 14), S(14, 11), S(0, 0)], (0, 1), NONE), // GCPerHeapHistory
    e(5, 0, [0, 4, 18], 1, 0x1, [S(12492, 19), S(7, 2), S(9294, 17), S(14, 11), S(0, 0)], (0, 1), 131), // GCGlobalHeapHistory
    e(5, 1, [0, 4, 18], 1, 0x1, [S(12511, 22), S(7, 2), S(9294, 17), S(14, 11), S(0, 0)], (0, 1), 132), // GCGlobalHeapHistory_V1
    e(6, 0, [0, 5, 20], 1, 0x1, [S(8889, 6), S(7, 2), S(12533, 4), S(1146, 7), S(0, 0)], (0, 1), 133), // GCJoin
    e(6, 1, [0, 5, 20], 1, 0x1, [S(12537, 9), S(7, 2), S(12533, 4), S(1146, 7), S(0, 0)], (0, 1), 134), // GCJoin_V1
    e(7, 0, [0, 4, 21], 1, 0x1, [S(12546, 19), S(7, 2), S(2401, 14), S(14, 11), S(0, 0)], (0, 1), 135), // PrvGCMarkStackRoots
    e(7, 1, [0, 4, 21], 1, 0x1, [S(12565, 22), S(7, 2), S(2401, 14), S(14, 11), S(0, 0)], (0, 1), 30), // PrvGCMarkStackRoots_V1
    e(8, 0, [0, 4, 22], 1, 0x1, [S(12587, 27), S(7, 2), S(2446, 22), S(14, 11), S(0, 0)], (0, 1), 135), // PrvGCMarkFinalizeQueueRoots
    e(8, 1, [0, 4, 22], 1, 0x1, [S(12614, 30), S(7, 2), S(2446, 22), S(14, 11), S(0, 0)], (0, 1), 30), // PrvGCMarkFinalizeQueueRoots_V1
    e(9, 0, [0, 4, 23], 1, 0x1, [S(12644, 16), S(7, 2), S(2481, 11), S(14, 11), S(0, 0)], (0, 1), 135), // PrvGCMarkHandles
    e(9, 1, [0, 4, 23], 1, 0x1, [S(12660, 19), S(7, 2), S(2481, 11), S(14, 11), S(0, 0)], (0, 1), 30), // PrvGCMarkHandles_V1
    e(10, 0, [0, 4, 24], 1, 0x1, [S(12679, 14), S(7, 2), S(2518, 9), S(14, 11), S(0, 0)], (0, 1), 135), // PrvGCMarkCards
    e(10, 1, [0, 4, 24], 1, 0x1, [S(12693, 17), S(7, 2), S(2518, 9), S(14, 11), S(0, 0)], (0, 1), 30), // PrvGCMarkCards_V1
    e(11, 0, [0, 4, 25], 1, 0x1, [S(12710, 8), S(7, 2), S(12718, 8), S(14, 11), S(0, 0)], (0, 1), 5), // BGCBegin
    e(12, 0, [0, 4, 26], 1, 0x1, [S(12726, 15), S(7, 2), S(12741, 17), S(14, 11), S(0, 0)], (0, 1), 5), // BGC1stNonConEnd
    e(13, 0, [0, 4, 27], 1, 0x1, [S(12758, 12), S(7, 2), S(12770, 13), S(14, 11), S(0, 0)], (0, 1), 5), // BGC1stConEnd
    e(14, 0, [0, 4, 28], 1, 0x1, [S(12783, 17), S(7, 2), S(12800, 17), S(14, 11), S(0, 0)], (0, 1), 5), // BGC2ndNonConBegin
    e(15, 0, [0, 4, 29], 1, 0x1, [S(12817, 15), S(7, 2), S(12832, 16), S(14, 11), S(0, 0)], (0, 1), 5), // BGC2ndNonConEnd
    e(16, 0, [0, 4, 30], 1, 0x1, [S(12848, 14), S(7, 2), S(12862, 14), S(14, 11), S(0, 0)], (0, 1), 5), // BGC2ndConBegin
    e(17, 0, [0, 4, 31], 1, 0x1, [S(12876, 12), S(7, 2), S(12888, 13), S(14, 11), S(0, 0)], (0, 1), 5), // BGC2ndConEnd
    e(18, 0, [0, 4, 32], 1, 0x1, [S(12901, 10), S(7, 2), S(12911, 11), S(14, 11), S(0, 0)], (0, 1), 5), // BGCPlanEnd
    e(19, 0, [0, 4, 33], 1, 0x1, [S(12922, 11), S(7, 2), S(12933, 12), S(14, 11), S(0, 0)], (0, 1), 5), // BGCSweepEnd
    e(20, 0, [0, 4, 34], 1, 0x1, [S(12945, 12), S(7, 2), S(12945, 12), S(14, 11), S(0, 0)], (0, 1), 136), // BGCDrainMark
    e(21, 0, [0, 4, 35], 1, 0x1, [S(12964, 10), S(7, 2), S(12964, 10), S(14, 11), S(0, 0)], (0, 1), 137), // BGCRevisit
    e(22, 0, [0, 4, 36], 1, 0x1, [S(12986, 11), S(7, 2), S(12986, 11), S(14, 11), S(0, 0)], (0, 1), 138), // BGCOverflow
    e(22, 1, [0, 4, 36], 1, 0x1, [S(13003, 14), S(7, 2), S(12986, 11), S(14, 11), S(0, 0)], (0, 1), 139), // BGCOverflow_V1
    e(23, 0, [0, 4, 37], 1, 0x1, [S(13026, 17), S(7, 2), S(13043, 17), S(14, 11), S(0, 0)], (0, 1), 140), // BGCAllocWaitBegin
    e(24, 0, [0, 4, 38], 1, 0x1, [S(13060, 15), S(7, 2), S(13075, 16), S(14, 11), S(0, 0)], (0, 1), 140), // BGCAllocWaitEnd
    e(25, 0, [0, 4, 19], 1, 0x1, [S(13091, 12), S(7, 2), S(13103, 10), S(14, 11), S(0, 0)], (0, 1), 141), // GCFullNotify
    e(25, 1, [0, 4, 19], 1, 0x1, [S(13120, 15), S(7, 2), S(13103, 10), S(14, 11), S(0, 0)], (0, 1), 142), // GCFullNotify_V1
    e(26, 0, [0, 4, 45], 1, 0x1, [S(13135, 14), S(7, 2), S(13135, 14), S(14, 11), S(0, 0)], (0, 1), 143), // BGC1stSweepEnd
    e(80, 0, [0, 4, 128], 9, 0x80000000, [S(13149, 14), S(13163, 7), S(13149, 14), S(14, 11), S(0, 0)], (53, 1), NONE), // EEStartupStart
    e(80, 1, [0, 4, 128], 9, 0x80000000, [S(13170, 17), S(13163, 7), S(13149, 14), S(14, 11), S(0, 0)], (53, 1), 5), // EEStartupStart_V1
    e(81, 0, [0, 4, 129], 9, 0x80000000, [S(13187, 12), S(13163, 7), S(13199, 13), S(14, 11), S(0, 0)], (53, 1), NONE), // EEStartupEnd
    e(81, 1, [0, 4, 129], 9, 0x80000000, [S(13212, 15), S(13163, 7), S(13199, 13), S(14, 11), S(0, 0)], (53, 1), 5), // EEStartupEnd_V1
    e(82, 0, [0, 4, 130], 9, 0x80000000, [S(13227, 13), S(13163, 7), S(13240, 18), S(14, 11), S(0, 0)], (53, 1), NONE), // EEConfigSetup
    e(82, 1, [0, 4, 130], 9, 0x80000000, [S(13258, 16), S(13163, 7), S(13240, 18), S(14, 11), S(0, 0)], (53, 1), 5), // EEConfigSetup_V1
    e(83, 0, [0, 4, 131], 9, 0x80000000, [S(13274, 16), S(13163, 7), S(13290, 17), S(14, 11), S(0, 0)], (53, 1), NONE), // EEConfigSetupEnd
    e(83, 1, [0, 4, 131], 9, 0x80000000, [S(13307, 19), S(13163, 7), S(13290, 17), S(14, 11), S(0, 0)], (53, 1), 5), // EEConfigSetupEnd_V1
    e(84, 0, [0, 4, 132], 9, 0x80000000, [S(13326, 10), S(13163, 7), S(13336, 20), S(14, 11), S(0, 0)], (53, 1), NONE), // LdSysBases
    e(84, 1, [0, 4, 132], 9, 0x80000000, [S(13356, 13), S(13163, 7), S(13336, 20), S(14, 11), S(0, 0)], (53, 1), 5), // LdSysBases_V1
    e(85, 0, [0, 4, 133], 9, 0x80000000, [S(13369, 13), S(13163, 7), S(13382, 19), S(14, 11), S(0, 0)], (53, 1), NONE), // LdSysBasesEnd
    e(85, 1, [0, 4, 133], 9, 0x80000000, [S(13401, 16), S(13163, 7), S(13382, 19), S(14, 11), S(0, 0)], (53, 1), 5), // LdSysBasesEnd_V1
    e(86, 0, [0, 4, 134], 9, 0x80000000, [S(13417, 7), S(13163, 7), S(13424, 12), S(14, 11), S(0, 0)], (53, 1), NONE), // ExecExe
    e(86, 1, [0, 4, 134], 9, 0x80000000, [S(13436, 10), S(13163, 7), S(13424, 12), S(14, 11), S(0, 0)], (53, 1), 5), // ExecExe_V1
    e(87, 0, [0, 4, 135], 9, 0x80000000, [S(13446, 10), S(13163, 7), S(13456, 11), S(14, 11), S(0, 0)], (53, 1), NONE), // ExecExeEnd
    e(87, 1, [0, 4, 135], 9, 0x80000000, [S(13467, 13), S(13163, 7), S(13456, 11), S(14, 11), S(0, 0)], (53, 1), 5), // ExecExeEnd_V1
    e(88, 0, [0, 4, 136], 9, 0x80000000, [S(13480, 4), S(13163, 7), S(13484, 9), S(14, 11), S(0, 0)], (53, 1), NONE), // Main
    e(88, 1, [0, 4, 136], 9, 0x80000000, [S(13493, 7), S(13163, 7), S(13484, 9), S(14, 11), S(0, 0)], (53, 1), 5), // Main_V1
    e(89, 0, [0, 4, 137], 9, 0x80000000, [S(13500, 7), S(13163, 7), S(13507, 8), S(14, 11), S(0, 0)], (53, 1), NONE), // MainEnd
    e(89, 1, [0, 4, 137], 9, 0x80000000, [S(13515, 10), S(13163, 7), S(13507, 8), S(14, 11), S(0, 0)], (53, 1), 5), // MainEnd_V1
    e(90, 0, [0, 4, 10], 9, 0x80000000, [S(13525, 16), S(13163, 7), S(13525, 16), S(14, 11), S(0, 0)], (53, 1), NONE), // ApplyPolicyStart
    e(90, 1, [0, 4, 10], 9, 0x80000000, [S(13541, 19), S(13163, 7), S(13525, 16), S(14, 11), S(0, 0)], (53, 1), 5), // ApplyPolicyStart_V1
    e(91, 0, [0, 4, 11], 9, 0x80000000, [S(13560, 14), S(13163, 7), S(13574, 15), S(14, 11), S(0, 0)], (53, 1), NONE), // ApplyPolicyEnd
    e(91, 1, [0, 4, 11], 9, 0x80000000, [S(13589, 17), S(13163, 7), S(13574, 15), S(14, 11), S(0, 0)], (53, 1), 5), // ApplyPolicyEnd_V1
    e(92, 0, [0, 4, 12], 9, 0x80000000, [S(13606, 13), S(13163, 7), S(13619, 18), S(14, 11), S(0, 0)], (53, 1), NONE), // LdLibShFolder
    e(92, 1, [0, 4, 12], 9, 0x80000000, [S(13637, 16), S(13163, 7), S(13619, 18), S(14, 11), S(0, 0)], (53, 1), 5), // LdLibShFolder_V1
    e(93, 0, [0, 4, 13], 9, 0x80000000, [S(13653, 16), S(13163, 7), S(13669, 17), S(14, 11), S(0, 0)], (53, 1), NONE), // LdLibShFolderEnd
    e(93, 1, [0, 4, 13], 9, 0x80000000, [S(13686, 19), S(13163, 7), S(13669, 17), S(14, 11), S(0, 0)], (53, 1), 5), // LdLibShFolderEnd_V1
    e(94, 0, [0, 4, 14], 9, 0x80000000, [S(13705, 13), S(13163, 7), S(13718, 18), S(14, 11), S(0, 0)], (53, 1), NONE), // PrestubWorker
    e(94, 1, [0, 4, 14], 9, 0x80000000, [S(13736, 16), S(13163, 7), S(13718, 18), S(14, 11), S(0, 0)], (53, 1), 5), // PrestubWorker_V1
    e(95, 0, [0, 4, 15], 9, 0x80000000, [S(13752, 16), S(13163, 7), S(13768, 17), S(14, 11), S(0, 0)], (53, 1), NONE), // PrestubWorkerEnd
    e(95, 1, [0, 4, 15], 9, 0x80000000, [S(13785, 19), S(13163, 7), S(13768, 17), S(14, 11), S(0, 0)], (53, 1), 5), // PrestubWorkerEnd_V1
    e(96, 0, [0, 4, 16], 9, 0x80000000, [S(13804, 20), S(13163, 7), S(13804, 20), S(14, 11), S(0, 0)], (53, 1), NONE), // GetInstallationStart
    e(96, 1, [0, 4, 16], 9, 0x80000000, [S(13824, 23), S(13163, 7), S(13804, 20), S(14, 11), S(0, 0)], (53, 1), 5), // GetInstallationStart_V1
    e(97, 0, [0, 4, 17], 9, 0x80000000, [S(13847, 18), S(13163, 7), S(13865, 19), S(14, 11), S(0, 0)], (53, 1), NONE), // GetInstallationEnd
    e(97, 1, [0, 4, 17], 9, 0x80000000, [S(13884, 21), S(13163, 7), S(13865, 19), S(14, 11), S(0, 0)], (53, 1), 5), // GetInstallationEnd_V1
    e(98, 0, [0, 4, 18], 9, 0x80000000, [S(13905, 11), S(13163, 7), S(13916, 16), S(14, 11), S(0, 0)], (53, 1), NONE), // OpenHModule
    e(98, 1, [0, 4, 18], 9, 0x80000000, [S(13932, 14), S(13163, 7), S(13916, 16), S(14, 11), S(0, 0)], (53, 1), 5), // OpenHModule_V1
    e(99, 0, [0, 4, 19], 9, 0x80000000, [S(13946, 14), S(13163, 7), S(13960, 15), S(14, 11), S(0, 0)], (53, 1), NONE), // OpenHModuleEnd
    e(99, 1, [0, 4, 19], 9, 0x80000000, [S(13975, 17), S(13163, 7), S(13960, 15), S(14, 11), S(0, 0)], (53, 1), 5), // OpenHModuleEnd_V1
    e(100, 0, [0, 4, 20], 9, 0x80000000, [S(13992, 17), S(13163, 7), S(13992, 17), S(14, 11), S(0, 0)], (53, 1), NONE), // ExplicitBindStart
    e(100, 1, [0, 4, 20], 9, 0x80000000, [S(14009, 20), S(13163, 7), S(13992, 17), S(14, 11), S(0, 0)], (53, 1), 5), // ExplicitBindStart_V1
    e(101, 0, [0, 4, 21], 9, 0x80000000, [S(14029, 15), S(13163, 7), S(14044, 16), S(14, 11), S(0, 0)], (53, 1), NONE), // ExplicitBindEnd
    e(101, 1, [0, 4, 21], 9, 0x80000000, [S(14060, 18), S(13163, 7), S(14044, 16), S(14, 11), S(0, 0)], (53, 1), 5), // ExplicitBindEnd_V1
    e(102, 0, [0, 4, 22], 9, 0x80000000, [S(14078, 8), S(13163, 7), S(14086, 13), S(14, 11), S(0, 0)], (53, 1), NONE), // ParseXml
    e(102, 1, [0, 4, 22], 9, 0x80000000, [S(14099, 11), S(13163, 7), S(14086, 13), S(14, 11), S(0, 0)], (53, 1), 5), // ParseXml_V1
    e(103, 0, [0, 4, 23], 9, 0x80000000, [S(14110, 11), S(13163, 7), S(14121, 12), S(14, 11), S(0, 0)], (53, 1), NONE), // ParseXmlEnd
    e(103, 1, [0, 4, 23], 9, 0x80000000, [S(14133, 14), S(13163, 7), S(14121, 12), S(14, 11), S(0, 0)], (53, 1), 5), // ParseXmlEnd_V1
    e(104, 0, [0, 4, 24], 9, 0x80000000, [S(14147, 17), S(13163, 7), S(14164, 22), S(14, 11), S(0, 0)], (53, 1), NONE), // InitDefaultDomain
    e(104, 1, [0, 4, 24], 9, 0x80000000, [S(14186, 20), S(13163, 7), S(14164, 22), S(14, 11), S(0, 0)], (53, 1), 5), // InitDefaultDomain_V1
    e(105, 0, [0, 4, 25], 9, 0x80000000, [S(14206, 20), S(13163, 7), S(14226, 21), S(14, 11), S(0, 0)], (53, 1), NONE), // InitDefaultDomainEnd
    e(105, 1, [0, 4, 25], 9, 0x80000000, [S(14247, 23), S(13163, 7), S(14226, 21), S(14, 11), S(0, 0)], (53, 1), 5), // InitDefaultDomainEnd_V1
    e(106, 0, [0, 4, 26], 9, 0x80000000, [S(14270, 12), S(13163, 7), S(14282, 17), S(14, 11), S(0, 0)], (53, 1), NONE), // InitSecurity
    e(106, 1, [0, 4, 26], 9, 0x80000000, [S(14299, 15), S(13163, 7), S(14282, 17), S(14, 11), S(0, 0)], (53, 1), 5), // InitSecurity_V1
    e(107, 0, [0, 4, 27], 9, 0x80000000, [S(14314, 15), S(13163, 7), S(14329, 16), S(14, 11), S(0, 0)], (53, 1), NONE), // InitSecurityEnd
    e(107, 1, [0, 4, 27], 9, 0x80000000, [S(14345, 18), S(13163, 7), S(14329, 16), S(14, 11), S(0, 0)], (53, 1), 5), // InitSecurityEnd_V1
    e(108, 0, [0, 4, 28], 9, 0x80000000, [S(14363, 18), S(13163, 7), S(14381, 23), S(14, 11), S(0, 0)], (53, 1), NONE), // AllowBindingRedirs
    e(108, 1, [0, 4, 28], 9, 0x80000000, [S(14404, 21), S(13163, 7), S(14381, 23), S(14, 11), S(0, 0)], (53, 1), 5), // AllowBindingRedirs_V1
    e(109, 0, [0, 4, 29], 9, 0x80000000, [S(14425, 21), S(13163, 7), S(14446, 22), S(14, 11), S(0, 0)], (53, 1), NONE), // AllowBindingRedirsEnd
    e(109, 1, [0, 4, 29], 9, 0x80000000, [S(14468, 24), S(13163, 7), S(14446, 22), S(14, 11), S(0, 0)], (53, 1), 5), // AllowBindingRedirsEnd_V1
    e(110, 0, [0, 4, 30], 9, 0x80000000, [S(14492, 12), S(13163, 7), S(14504, 17), S(14, 11), S(0, 0)], (53, 1), NONE), // EEConfigSync
    e(110, 1, [0, 4, 30], 9, 0x80000000, [S(14521, 15), S(13163, 7), S(14504, 17), S(14, 11), S(0, 0)], (53, 1), 5), // EEConfigSync_V1
    e(111, 0, [0, 4, 31], 9, 0x80000000, [S(14536, 15), S(13163, 7), S(14551, 16), S(14, 11), S(0, 0)], (53, 1), NONE), // EEConfigSyncEnd
    e(111, 1, [0, 4, 31], 9, 0x80000000, [S(14567, 18), S(13163, 7), S(14551, 16), S(14, 11), S(0, 0)], (53, 1), 5), // EEConfigSyncEnd_V1
    e(112, 0, [0, 4, 32], 9, 0x80000000, [S(14585, 13), S(13163, 7), S(14598, 12), S(14, 11), S(0, 0)], (53, 1), NONE), // FusionBinding
    e(112, 1, [0, 4, 32], 9, 0x80000000, [S(14610, 16), S(13163, 7), S(14598, 12), S(14, 11), S(0, 0)], (53, 1), 5), // FusionBinding_V1
    e(113, 0, [0, 4, 33], 9, 0x80000000, [S(14626, 16), S(13163, 7), S(14642, 11), S(14, 11), S(0, 0)], (53, 1), NONE), // FusionBindingEnd
    e(113, 1, [0, 4, 33], 9, 0x80000000, [S(14653, 19), S(13163, 7), S(14642, 11), S(14, 11), S(0, 0)], (53, 1), 5), // FusionBindingEnd_V1
    e(114, 0, [0, 4, 34], 9, 0x80000000, [S(14672, 15), S(13163, 7), S(14687, 20), S(14, 11), S(0, 0)], (53, 1), NONE), // LoaderCatchCall
    e(114, 1, [0, 4, 34], 9, 0x80000000, [S(14707, 18), S(13163, 7), S(14687, 20), S(14, 11), S(0, 0)], (53, 1), 5), // LoaderCatchCall_V1
    e(115, 0, [0, 4, 35], 9, 0x80000000, [S(14725, 18), S(13163, 7), S(14743, 19), S(14, 11), S(0, 0)], (53, 1), NONE), // LoaderCatchCallEnd
    e(115, 1, [0, 4, 35], 9, 0x80000000, [S(14762, 21), S(13163, 7), S(14743, 19), S(14, 11), S(0, 0)], (53, 1), 5), // LoaderCatchCallEnd_V1
    e(116, 0, [0, 4, 36], 9, 0x80000000, [S(14783, 10), S(13163, 7), S(14793, 15), S(14, 11), S(0, 0)], (53, 1), NONE), // FusionInit
    e(116, 1, [0, 4, 36], 9, 0x80000000, [S(14808, 13), S(13163, 7), S(14793, 15), S(14, 11), S(0, 0)], (53, 1), 5), // FusionInit_V1
    e(117, 0, [0, 4, 37], 9, 0x80000000, [S(14821, 13), S(13163, 7), S(14834, 14), S(14, 11), S(0, 0)], (53, 1), NONE), // FusionInitEnd
    e(117, 1, [0, 4, 37], 9, 0x80000000, [S(14848, 16), S(13163, 7), S(14834, 14), S(14, 11), S(0, 0)], (53, 1), 5), // FusionInitEnd_V1
    e(118, 0, [0, 4, 38], 9, 0x80000000, [S(14864, 12), S(13163, 7), S(14876, 17), S(14, 11), S(0, 0)], (53, 1), NONE), // FusionAppCtx
    e(118, 1, [0, 4, 38], 9, 0x80000000, [S(14893, 15), S(13163, 7), S(14876, 17), S(14, 11), S(0, 0)], (53, 1), 5), // FusionAppCtx_V1
    e(119, 0, [0, 4, 39], 9, 0x80000000, [S(14908, 15), S(13163, 7), S(14923, 16), S(14, 11), S(0, 0)], (53, 1), NONE), // FusionAppCtxEnd
    e(119, 1, [0, 4, 39], 9, 0x80000000, [S(14939, 18), S(13163, 7), S(14923, 16), S(14, 11), S(0, 0)], (53, 1), 5), // FusionAppCtxEnd_V1
    e(120, 0, [0, 4, 40], 9, 0x80000000, [S(14957, 9), S(13163, 7), S(14966, 14), S(14, 11), S(0, 0)], (53, 1), NONE), // Fusion2EE
    e(120, 1, [0, 4, 40], 9, 0x80000000, [S(14980, 12), S(13163, 7), S(14966, 14), S(14, 11), S(0, 0)], (53, 1), 5), // Fusion2EE_V1
    e(121, 0, [0, 4, 41], 9, 0x80000000, [S(14992, 12), S(13163, 7), S(15004, 13), S(14, 11), S(0, 0)], (53, 1), NONE), // Fusion2EEEnd
    e(121, 1, [0, 4, 41], 9, 0x80000000, [S(15017, 15), S(13163, 7), S(15004, 13), S(14, 11), S(0, 0)], (53, 1), 5), // Fusion2EEEnd_V1
    e(122, 0, [0, 4, 42], 9, 0x80000000, [S(15032, 17), S(13163, 7), S(15049, 22), S(14, 11), S(0, 0)], (53, 1), NONE), // SecurityCatchCall
    e(122, 1, [0, 4, 42], 9, 0x80000000, [S(15071, 20), S(13163, 7), S(15049, 22), S(14, 11), S(0, 0)], (53, 1), 5), // SecurityCatchCall_V1
    e(123, 0, [0, 4, 43], 9, 0x80000000, [S(15091, 20), S(13163, 7), S(15111, 21), S(14, 11), S(0, 0)], (53, 1), NONE), // SecurityCatchCallEnd
    e(123, 1, [0, 4, 43], 9, 0x80000000, [S(15132, 23), S(13163, 7), S(15111, 21), S(14, 11), S(0, 0)], (53, 1), 5), // SecurityCatchCallEnd_V1
    e(151, 0, [0, 0, 82], 11, 0x40000000, [S(15155, 19), S(4887, 8), S(4895, 4), S(2925, 10), S(0, 0)], (25, 1), 57), // CLRStackWalkPrivate
    e(158, 0, [0, 4, 10], 20, 0x20000000, [S(15174, 22), S(7070, 12), S(7055, 15), S(14, 11), S(0, 0)], (36, 1), 144), // ModuleRangeLoadPrivate
    e(159, 0, [0, 4, 51], 10, 0x2, [S(16173, 23), S(16196, 7), S(16203, 16), S(14, 11), S(0, 0)], (54, 1), 145), // BindingPolicyPhaseStart
    e(160, 0, [0, 4, 52], 10, 0x2, [S(16274, 21), S(16196, 7), S(16295, 15), S(14, 11), S(0, 0)], (54, 1), 145), // BindingPolicyPhaseEnd
    e(161, 0, [0, 4, 53], 10, 0x2, [S(16310, 21), S(16196, 7), S(16331, 14), S(14, 11), S(0, 0)], (54, 1), 145), // BindingNgenPhaseStart
    e(162, 0, [0, 4, 54], 10, 0x2, [S(16345, 19), S(16196, 7), S(16364, 13), S(14, 11), S(0, 0)], (54, 1), 145), // BindingNgenPhaseEnd
    e(163, 0, [0, 4, 55], 10, 0x2, [S(16377, 33), S(16196, 7), S(16410, 26), S(14, 11), S(0, 0)], (54, 1), 145), // BindingLookupAndProbingPhaseStart
    e(164, 0, [0, 4, 56], 10, 0x2, [S(16436, 31), S(16196, 7), S(16467, 25), S(14, 11), S(0, 0)], (54, 1), 145), // BindingLookupAndProbingPhaseEnd
    e(165, 0, [0, 4, 57], 10, 0x2, [S(16492, 16), S(16196, 7), S(16492, 16), S(14, 11), S(0, 0)], (54, 1), 145), // LoaderPhaseStart
    e(166, 0, [0, 4, 58], 10, 0x2, [S(16508, 14), S(16196, 7), S(16522, 15), S(14, 11), S(0, 0)], (54, 1), 145), // LoaderPhaseEnd
    e(167, 0, [0, 4, 59], 10, 0x2, [S(16537, 17), S(16196, 7), S(16554, 10), S(14, 11), S(0, 0)], (54, 1), 145), // BindingPhaseStart
    e(168, 0, [0, 4, 60], 10, 0x2, [S(16564, 15), S(16196, 7), S(16579, 9), S(14, 11), S(0, 0)], (54, 1), 145), // BindingPhaseEnd
    e(169, 0, [0, 4, 61], 10, 0x2, [S(16588, 25), S(16196, 7), S(16613, 18), S(14, 11), S(0, 0)], (54, 1), 145), // BindingDownloadPhaseStart
    e(170, 0, [0, 4, 62], 10, 0x2, [S(16631, 23), S(16196, 7), S(16654, 17), S(14, 11), S(0, 0)], (54, 1), 145), // BindingDownloadPhaseEnd
    e(171, 0, [0, 4, 63], 10, 0x2, [S(16671, 28), S(16196, 7), S(16671, 28), S(14, 11), S(0, 0)], (54, 1), 145), // LoaderAssemblyInitPhaseStart
    e(172, 0, [0, 4, 64], 10, 0x2, [S(16699, 26), S(16196, 7), S(16725, 27), S(14, 11), S(0, 0)], (54, 1), 145), // LoaderAssemblyInitPhaseEnd
    e(173, 0, [0, 4, 65], 10, 0x2, [S(16752, 23), S(16196, 7), S(16752, 23), S(14, 11), S(0, 0)], (54, 1), 145), // LoaderMappingPhaseStart
    e(174, 0, [0, 4, 66], 10, 0x2, [S(16775, 21), S(16196, 7), S(16796, 22), S(14, 11), S(0, 0)], (54, 1), 145), // LoaderMappingPhaseEnd
    e(175, 0, [0, 4, 67], 10, 0x2, [S(16818, 29), S(16196, 7), S(16847, 28), S(14, 11), S(0, 0)], (54, 1), 145), // LoaderDeliverEventsPhaseStart
    e(176, 0, [0, 4, 68], 10, 0x2, [S(16875, 27), S(16196, 7), S(16902, 28), S(14, 11), S(0, 0)], (54, 1), 145), // LoaderDeliverEventsPhaseEnd
    e(177, 0, [0, 4, 10], 12, 0x400, [S(16930, 17), S(16947, 18), S(16930, 17), S(14, 11), S(0, 0)], (38, 1), 146), // EvidenceGenerated
    e(178, 0, [0, 4, 83], 14, 0x400, [S(16981, 34), S(17015, 12), S(16981, 34), S(14, 11), S(0, 0)], (38, 1), 147), // ModuleTransparencyComputationStart
    e(179, 0, [0, 4, 84], 14, 0x400, [S(17033, 32), S(17015, 12), S(17065, 33), S(14, 11), S(0, 0)], (38, 1), 148), // ModuleTransparencyComputationEnd
    e(180, 0, [0, 4, 85], 14, 0x400, [S(17182, 32), S(17015, 12), S(17182, 32), S(14, 11), S(0, 0)], (38, 1), 149), // TypeTransparencyComputationStart
    e(181, 0, [0, 4, 86], 14, 0x400, [S(17214, 30), S(17015, 12), S(17244, 31), S(14, 11), S(0, 0)], (38, 1), 150), // TypeTransparencyComputationEnd
    e(182, 0, [0, 4, 87], 14, 0x400, [S(17285, 34), S(17015, 12), S(17285, 34), S(14, 11), S(0, 0)], (38, 1), 151), // MethodTransparencyComputationStart
    e(183, 0, [0, 4, 88], 14, 0x400, [S(17319, 32), S(17015, 12), S(17351, 33), S(14, 11), S(0, 0)], (38, 1), 152), // MethodTransparencyComputationEnd
    e(184, 0, [0, 4, 89], 14, 0x400, [S(17384, 33), S(17015, 12), S(17384, 33), S(14, 11), S(0, 0)], (38, 1), 153), // FieldTransparencyComputationStart
    e(185, 0, [0, 4, 90], 14, 0x400, [S(17422, 31), S(17015, 12), S(17453, 32), S(14, 11), S(0, 0)], (38, 1), 154), // FieldTransparencyComputationEnd
    e(186, 0, [0, 4, 91], 14, 0x400, [S(17485, 33), S(17015, 12), S(17485, 33), S(14, 11), S(0, 0)], (38, 1), 155), // TokenTransparencyComputationStart
    e(187, 0, [0, 4, 92], 14, 0x400, [S(17523, 31), S(17015, 12), S(17554, 32), S(14, 11), S(0, 0)], (38, 1), 156), // TokenTransparencyComputationEnd
    e(188, 0, [0, 4, 69], 13, 0x8, [S(17586, 13), S(17599, 10), S(17609, 8), S(14, 11), S(0, 0)], (55, 1), 157), // NgenBindEvent
    e(191, 0, [0, 1, 52], 2, 0x0, [S(17633, 8), S(17633, 8), S(17633, 8), S(17641, 8), S(0, 0)], (22, 0), 158), // FailFast
    e(192, 0, [0, 5, 39], 1, 0x1, [S(17698, 17), S(7, 2), S(2527, 14), S(1146, 7), S(0, 0)], (0, 1), 159), // PrvFinalizeObject
    e(193, 0, [0, 5, 40], 1, 0x2000, [S(17715, 21), S(7, 2), S(17736, 17), S(1146, 7), S(0, 0)], (29, 1), 160), // CCWRefCountChangeAnsi
    e(194, 0, [0, 5, 42], 1, 0x4000, [S(17810, 14), S(7, 2), S(2549, 11), S(1146, 7), S(0, 0)], (7, 1), 32), // PrvSetGCHandle
    e(195, 0, [0, 5, 43], 1, 0x4000, [S(17824, 18), S(7, 2), S(2678, 15), S(1146, 7), S(0, 0)], (7, 1), 33), // PrvDestroyGCHandle
    e(196, 0, [0, 4, 70], 10, 0x2, [S(17842, 18), S(16196, 7), S(17860, 13), S(14, 11), S(0, 0)], (54, 1), 161), // FusionMessageEvent
    e(197, 0, [0, 4, 71], 10, 0x2, [S(17880, 20), S(16196, 7), S(17900, 15), S(14, 11), S(0, 0)], (54, 1), 162), // FusionErrorCodeEvent
    e(199, 0, [0, 5, 44], 1, 0x1, [S(17923, 15), S(7, 2), S(17923, 15), S(1146, 7), S(0, 0)], (0, 1), 163), // PinPlugAtGCTime
    e(200, 0, [0, 5, 40], 1, 0x2000, [S(17736, 17), S(7, 2), S(17736, 17), S(1146, 7), S(0, 0)], (29, 1), 164), // CCWRefCountChange
    e(201, 0, [0, 4, 10], 17, 0x20000, [S(17967, 12), S(17979, 15), S(17994, 6), S(14, 11), S(0, 0)], (56, 1), 165), // MulticoreJit
    e(202, 0, [0, 4, 11], 17, 0x20000, [S(18026, 30), S(17979, 15), S(18056, 18), S(14, 11), S(0, 0)], (56, 1), 166), // MulticoreJitMethodCodeReturned
    e(310, 0, [0, 5, 97], 16, 0x10, [S(18074, 12), S(18086, 10), S(18096, 22), S(1146, 7), S(0, 0)], (57, 1), 167), // AllocRequest
    e(400, 0, [0, 4, 11], 22, 0x20, [S(18169, 28), S(18197, 19), S(18169, 28), S(14, 11), S(0, 0)], (58, 1), 168), // IInspectableRuntimeClassName
    e(401, 0, [0, 4, 12], 22, 0x20, [S(18232, 10), S(18197, 19), S(18232, 10), S(14, 11), S(0, 0)], (58, 1), 169), // WinRTUnbox
    e(402, 0, [0, 4, 13], 22, 0x20, [S(18256, 9), S(18197, 19), S(18256, 9), S(14, 11), S(0, 0)], (58, 1), 168), // CreateRCW
    e(403, 0, [0, 4, 14], 22, 0x20, [S(18265, 11), S(18197, 19), S(18265, 11), S(14, 11), S(0, 0)], (58, 1), 170), // RCWVariance
    e(404, 0, [0, 4, 15], 22, 0x20, [S(18317, 21), S(18197, 19), S(18317, 21), S(14, 11), S(0, 0)], (58, 1), 169), // RCWIEnumerableCasting
    e(405, 0, [0, 4, 16], 22, 0x20, [S(18338, 9), S(18197, 19), S(18338, 9), S(14, 11), S(0, 0)], (58, 1), 168), // CreateCCW
    e(406, 0, [0, 4, 17], 22, 0x20, [S(18347, 11), S(18197, 19), S(18347, 11), S(14, 11), S(0, 0)], (58, 1), 170), // CCWVariance
    e(407, 0, [0, 4, 18], 22, 0x20, [S(18358, 32), S(18197, 19), S(18358, 32), S(14, 11), S(0, 0)], (58, 1), 171), // ObjectVariantMarshallingToNative
    e(408, 0, [0, 4, 19], 22, 0x20, [S(18390, 15), S(18197, 19), S(18390, 15), S(14, 11), S(0, 0)], (58, 1), 169), // GetTypeFromGUID
    e(409, 0, [0, 4, 20], 22, 0x20, [S(18405, 17), S(18197, 19), S(18405, 17), S(14, 11), S(0, 0)], (58, 1), 169), // GetTypeFromProgID
    e(410, 0, [0, 4, 21], 22, 0x20, [S(18422, 20), S(18197, 19), S(18422, 20), S(14, 11), S(0, 0)], (58, 1), 169), // ConvertToCallbackEtw
    e(411, 0, [0, 4, 22], 22, 0x20, [S(18442, 27), S(18197, 19), S(18442, 27), S(14, 11), S(0, 0)], (58, 1), 5), // BeginCreateManagedReference
    e(412, 0, [0, 4, 23], 22, 0x20, [S(18469, 25), S(18197, 19), S(18469, 25), S(14, 11), S(0, 0)], (58, 1), 5), // EndCreateManagedReference
    e(413, 0, [0, 4, 24], 22, 0x20, [S(18494, 33), S(18197, 19), S(18494, 33), S(14, 11), S(0, 0)], (58, 1), 171), // ObjectVariantMarshallingToManaged
];

const TEMPLATES: &[TemplateRow] = &[
    TemplateRow { first: 0, count: 2, top_level: 2 }, // 0
    TemplateRow { first: 2, count: 5, top_level: 5 }, // 1
    TemplateRow { first: 7, count: 6, top_level: 6 }, // 2
    TemplateRow { first: 13, count: 2, top_level: 2 }, // 3
    TemplateRow { first: 15, count: 3, top_level: 3 }, // 4
    TemplateRow { first: 18, count: 1, top_level: 1 }, // 5
    TemplateRow { first: 19, count: 13, top_level: 13 }, // 6
    TemplateRow { first: 32, count: 14, top_level: 14 }, // 7
    TemplateRow { first: 46, count: 16, top_level: 16 }, // 8
    TemplateRow { first: 62, count: 3, top_level: 3 }, // 9
    TemplateRow { first: 65, count: 4, top_level: 4 }, // 10
    TemplateRow { first: 69, count: 1, top_level: 1 }, // 11
    TemplateRow { first: 70, count: 2, top_level: 2 }, // 12
    TemplateRow { first: 72, count: 1, top_level: 1 }, // 13
    TemplateRow { first: 73, count: 3, top_level: 3 }, // 14
    TemplateRow { first: 76, count: 2, top_level: 2 }, // 15
    TemplateRow { first: 78, count: 3, top_level: 3 }, // 16
    TemplateRow { first: 81, count: 7, top_level: 7 }, // 17
    TemplateRow { first: 88, count: 8, top_level: 8 }, // 18
    TemplateRow { first: 96, count: 1, top_level: 1 }, // 19
    TemplateRow { first: 97, count: 2, top_level: 2 }, // 20
    TemplateRow { first: 99, count: 11, top_level: 3 }, // 21
    TemplateRow { first: 110, count: 8, top_level: 4 }, // 22
    TemplateRow { first: 118, count: 7, top_level: 4 }, // 23
    TemplateRow { first: 125, count: 8, top_level: 4 }, // 24
    TemplateRow { first: 133, count: 6, top_level: 4 }, // 25
    TemplateRow { first: 139, count: 5, top_level: 5 }, // 26
    TemplateRow { first: 144, count: 6, top_level: 4 }, // 27
    TemplateRow { first: 150, count: 7, top_level: 4 }, // 28
    TemplateRow { first: 157, count: 5, top_level: 5 }, // 29
    TemplateRow { first: 162, count: 2, top_level: 2 }, // 30
    TemplateRow { first: 164, count: 3, top_level: 3 }, // 31
    TemplateRow { first: 167, count: 6, top_level: 6 }, // 32
    TemplateRow { first: 173, count: 2, top_level: 2 }, // 33
    TemplateRow { first: 175, count: 5, top_level: 5 }, // 34
    TemplateRow { first: 180, count: 2, top_level: 2 }, // 35
    TemplateRow { first: 182, count: 10, top_level: 3 }, // 36
    TemplateRow { first: 192, count: 9, top_level: 3 }, // 37
    TemplateRow { first: 201, count: 9, top_level: 4 }, // 38
    TemplateRow { first: 210, count: 4, top_level: 4 }, // 39
    TemplateRow { first: 214, count: 2, top_level: 2 }, // 40
    TemplateRow { first: 216, count: 2, top_level: 2 }, // 41
    TemplateRow { first: 218, count: 3, top_level: 3 }, // 42
    TemplateRow { first: 221, count: 2, top_level: 2 }, // 43
    TemplateRow { first: 223, count: 3, top_level: 3 }, // 44
    TemplateRow { first: 226, count: 2, top_level: 2 }, // 45
    TemplateRow { first: 228, count: 4, top_level: 4 }, // 46
    TemplateRow { first: 232, count: 11, top_level: 11 }, // 47
    TemplateRow { first: 243, count: 2, top_level: 2 }, // 48
    TemplateRow { first: 245, count: 4, top_level: 4 }, // 49
    TemplateRow { first: 249, count: 3, top_level: 3 }, // 50
    TemplateRow { first: 252, count: 2, top_level: 2 }, // 51
    TemplateRow { first: 254, count: 6, top_level: 6 }, // 52
    TemplateRow { first: 260, count: 2, top_level: 2 }, // 53
    TemplateRow { first: 262, count: 5, top_level: 5 }, // 54
    TemplateRow { first: 267, count: 6, top_level: 6 }, // 55
    TemplateRow { first: 273, count: 2, top_level: 2 }, // 56
    TemplateRow { first: 275, count: 5, top_level: 5 }, // 57
    TemplateRow { first: 280, count: 3, top_level: 3 }, // 58
    TemplateRow { first: 283, count: 4, top_level: 4 }, // 59
    TemplateRow { first: 287, count: 6, top_level: 6 }, // 60
    TemplateRow { first: 293, count: 3, top_level: 3 }, // 61
    TemplateRow { first: 296, count: 11, top_level: 11 }, // 62
    TemplateRow { first: 307, count: 7, top_level: 7 }, // 63
    TemplateRow { first: 314, count: 3, top_level: 3 }, // 64
    TemplateRow { first: 317, count: 6, top_level: 6 }, // 65
    TemplateRow { first: 323, count: 9, top_level: 9 }, // 66
    TemplateRow { first: 332, count: 7, top_level: 7 }, // 67
    TemplateRow { first: 339, count: 8, top_level: 8 }, // 68
    TemplateRow { first: 347, count: 10, top_level: 10 }, // 69
    TemplateRow { first: 357, count: 11, top_level: 11 }, // 70
    TemplateRow { first: 368, count: 7, top_level: 7 }, // 71
    TemplateRow { first: 375, count: 8, top_level: 8 }, // 72
    TemplateRow { first: 383, count: 7, top_level: 7 }, // 73
    TemplateRow { first: 390, count: 6, top_level: 6 }, // 74
    TemplateRow { first: 396, count: 7, top_level: 7 }, // 75
    TemplateRow { first: 403, count: 8, top_level: 8 }, // 76
    TemplateRow { first: 411, count: 7, top_level: 7 }, // 77
    TemplateRow { first: 418, count: 13, top_level: 13 }, // 78
    TemplateRow { first: 431, count: 4, top_level: 4 }, // 79
    TemplateRow { first: 435, count: 6, top_level: 6 }, // 80
    TemplateRow { first: 441, count: 3, top_level: 3 }, // 81
    TemplateRow { first: 444, count: 5, top_level: 5 }, // 82
    TemplateRow { first: 449, count: 5, top_level: 5 }, // 83
    TemplateRow { first: 454, count: 6, top_level: 6 }, // 84
    TemplateRow { first: 460, count: 2, top_level: 2 }, // 85
    TemplateRow { first: 462, count: 3, top_level: 3 }, // 86
    TemplateRow { first: 465, count: 4, top_level: 4 }, // 87
    TemplateRow { first: 469, count: 3, top_level: 3 }, // 88
    TemplateRow { first: 472, count: 4, top_level: 4 }, // 89
    TemplateRow { first: 476, count: 10, top_level: 10 }, // 90
    TemplateRow { first: 486, count: 12, top_level: 12 }, // 91
    TemplateRow { first: 498, count: 15, top_level: 15 }, // 92
    TemplateRow { first: 513, count: 12, top_level: 12 }, // 93
    TemplateRow { first: 525, count: 12, top_level: 12 }, // 94
    TemplateRow { first: 537, count: 7, top_level: 7 }, // 95
    TemplateRow { first: 544, count: 12, top_level: 12 }, // 96
    TemplateRow { first: 556, count: 12, top_level: 12 }, // 97
    TemplateRow { first: 568, count: 2, top_level: 2 }, // 98
    TemplateRow { first: 570, count: 2, top_level: 2 }, // 99
    TemplateRow { first: 572, count: 4, top_level: 4 }, // 100
    TemplateRow { first: 576, count: 5, top_level: 5 }, // 101
    TemplateRow { first: 581, count: 26, top_level: 16 }, // 102
    TemplateRow { first: 607, count: 9, top_level: 9 }, // 103
    TemplateRow { first: 616, count: 11, top_level: 11 }, // 104
    TemplateRow { first: 627, count: 4, top_level: 4 }, // 105
    TemplateRow { first: 631, count: 6, top_level: 6 }, // 106
    TemplateRow { first: 637, count: 4, top_level: 4 }, // 107
    TemplateRow { first: 641, count: 2, top_level: 2 }, // 108
    TemplateRow { first: 643, count: 2, top_level: 2 }, // 109
    TemplateRow { first: 645, count: 2, top_level: 2 }, // 110
    TemplateRow { first: 647, count: 3, top_level: 3 }, // 111
    TemplateRow { first: 650, count: 6, top_level: 6 }, // 112
    TemplateRow { first: 656, count: 10, top_level: 10 }, // 113
    TemplateRow { first: 666, count: 8, top_level: 8 }, // 114
    TemplateRow { first: 674, count: 6, top_level: 6 }, // 115
    TemplateRow { first: 680, count: 5, top_level: 5 }, // 116
    TemplateRow { first: 685, count: 5, top_level: 5 }, // 117
    TemplateRow { first: 690, count: 4, top_level: 4 }, // 118
    TemplateRow { first: 694, count: 5, top_level: 5 }, // 119
    TemplateRow { first: 699, count: 10, top_level: 10 }, // 120
    TemplateRow { first: 709, count: 6, top_level: 6 }, // 121
    TemplateRow { first: 715, count: 5, top_level: 5 }, // 122
    TemplateRow { first: 720, count: 3, top_level: 3 }, // 123
    TemplateRow { first: 723, count: 4, top_level: 4 }, // 124
    TemplateRow { first: 727, count: 1, top_level: 1 }, // 125
    TemplateRow { first: 728, count: 2, top_level: 2 }, // 126
    TemplateRow { first: 730, count: 3, top_level: 3 }, // 127
    TemplateRow { first: 733, count: 4, top_level: 4 }, // 128
    TemplateRow { first: 737, count: 3, top_level: 3 }, // 129
    TemplateRow { first: 740, count: 4, top_level: 4 }, // 130
    TemplateRow { first: 744, count: 6, top_level: 6 }, // 131
    TemplateRow { first: 750, count: 7, top_level: 7 }, // 132
    TemplateRow { first: 757, count: 3, top_level: 3 }, // 133
    TemplateRow { first: 760, count: 4, top_level: 4 }, // 134
    TemplateRow { first: 764, count: 1, top_level: 1 }, // 135
    TemplateRow { first: 765, count: 2, top_level: 2 }, // 136
    TemplateRow { first: 767, count: 4, top_level: 4 }, // 137
    TemplateRow { first: 771, count: 5, top_level: 5 }, // 138
    TemplateRow { first: 776, count: 6, top_level: 6 }, // 139
    TemplateRow { first: 782, count: 2, top_level: 2 }, // 140
    TemplateRow { first: 784, count: 2, top_level: 2 }, // 141
    TemplateRow { first: 786, count: 3, top_level: 3 }, // 142
    TemplateRow { first: 789, count: 2, top_level: 2 }, // 143
    TemplateRow { first: 791, count: 7, top_level: 7 }, // 144
    TemplateRow { first: 798, count: 7, top_level: 7 }, // 145
    TemplateRow { first: 805, count: 4, top_level: 4 }, // 146
    TemplateRow { first: 809, count: 3, top_level: 3 }, // 147
    TemplateRow { first: 812, count: 8, top_level: 8 }, // 148
    TemplateRow { first: 820, count: 4, top_level: 4 }, // 149
    TemplateRow { first: 824, count: 8, top_level: 8 }, // 150
    TemplateRow { first: 832, count: 4, top_level: 4 }, // 151
    TemplateRow { first: 836, count: 6, top_level: 6 }, // 152
    TemplateRow { first: 842, count: 4, top_level: 4 }, // 153
    TemplateRow { first: 846, count: 6, top_level: 6 }, // 154
    TemplateRow { first: 852, count: 4, top_level: 4 }, // 155
    TemplateRow { first: 856, count: 6, top_level: 6 }, // 156
    TemplateRow { first: 862, count: 4, top_level: 4 }, // 157
    TemplateRow { first: 866, count: 5, top_level: 5 }, // 158
    TemplateRow { first: 871, count: 4, top_level: 4 }, // 159
    TemplateRow { first: 875, count: 9, top_level: 9 }, // 160
    TemplateRow { first: 884, count: 3, top_level: 3 }, // 161
    TemplateRow { first: 887, count: 3, top_level: 3 }, // 162
    TemplateRow { first: 890, count: 4, top_level: 4 }, // 163
    TemplateRow { first: 894, count: 9, top_level: 9 }, // 164
    TemplateRow { first: 903, count: 6, top_level: 6 }, // 165
    TemplateRow { first: 909, count: 3, top_level: 3 }, // 166
    TemplateRow { first: 912, count: 6, top_level: 6 }, // 167
    TemplateRow { first: 918, count: 2, top_level: 2 }, // 168
    TemplateRow { first: 920, count: 3, top_level: 3 }, // 169
    TemplateRow { first: 923, count: 4, top_level: 4 }, // 170
    TemplateRow { first: 927, count: 3, top_level: 3 }, // 171
];

const PROPERTIES: &[PropertyRow] = &[
    // template 0
    p(S(25, 5), 8, 8), // Count
    p(S(30, 6), 8, 0).map(0), // Reason
    // template 1
    p(S(25, 5), 8, 8), // Count
    p(S(184, 5), 8, 8), // Depth
    p(S(30, 6), 8, 0).map(0), // Reason
    p(S(189, 4), 8, 0).map(1), // Type
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 2
    p(S(25, 5), 8, 8), // Count
    p(S(184, 5), 8, 8), // Depth
    p(S(30, 6), 8, 0).map(0), // Reason
    p(S(189, 4), 8, 0).map(1), // Type
    p(S(241, 13), 6, 0), // ClrInstanceID
    p(S(264, 20), 10, 0), // ClientSequenceNumber
    // template 3
    p(S(25, 5), 8, 0), // Count
    p(S(184, 5), 6, 0), // Depth
    // template 4
    p(S(25, 5), 8, 0), // Count
    p(S(184, 5), 8, 0), // Depth
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 5
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 6
    p(S(365, 15), 10, 19), // GenerationSize0
    p(S(380, 18), 10, 19), // TotalPromotedSize0
    p(S(398, 15), 10, 19), // GenerationSize1
    p(S(413, 18), 10, 19), // TotalPromotedSize1
    p(S(431, 15), 10, 19), // GenerationSize2
    p(S(446, 18), 10, 19), // TotalPromotedSize2
    p(S(464, 15), 10, 19), // GenerationSize3
    p(S(479, 18), 10, 19), // TotalPromotedSize3
    p(S(497, 24), 10, 19), // FinalizationPromotedSize
    p(S(521, 25), 10, 0), // FinalizationPromotedCount
    p(S(546, 17), 8, 0), // PinnedObjectCount
    p(S(563, 14), 8, 0), // SinkBlockCount
    p(S(577, 13), 8, 0), // GCHandleCount
    // template 7
    p(S(365, 15), 10, 19), // GenerationSize0
    p(S(380, 18), 10, 19), // TotalPromotedSize0
    p(S(398, 15), 10, 19), // GenerationSize1
    p(S(413, 18), 10, 19), // TotalPromotedSize1
    p(S(431, 15), 10, 19), // GenerationSize2
    p(S(446, 18), 10, 19), // TotalPromotedSize2
    p(S(464, 15), 10, 19), // GenerationSize3
    p(S(479, 18), 10, 19), // TotalPromotedSize3
    p(S(497, 24), 10, 19), // FinalizationPromotedSize
    p(S(521, 25), 10, 0), // FinalizationPromotedCount
    p(S(546, 17), 8, 0), // PinnedObjectCount
    p(S(563, 14), 8, 0), // SinkBlockCount
    p(S(577, 13), 8, 0), // GCHandleCount
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 8
    p(S(365, 15), 10, 19), // GenerationSize0
    p(S(380, 18), 10, 19), // TotalPromotedSize0
    p(S(398, 15), 10, 19), // GenerationSize1
    p(S(413, 18), 10, 19), // TotalPromotedSize1
    p(S(431, 15), 10, 19), // GenerationSize2
    p(S(446, 18), 10, 19), // TotalPromotedSize2
    p(S(464, 15), 10, 19), // GenerationSize3
    p(S(479, 18), 10, 19), // TotalPromotedSize3
    p(S(497, 24), 10, 19), // FinalizationPromotedSize
    p(S(521, 25), 10, 0), // FinalizationPromotedCount
    p(S(546, 17), 8, 0), // PinnedObjectCount
    p(S(563, 14), 8, 0), // SinkBlockCount
    p(S(577, 13), 8, 0), // GCHandleCount
    p(S(241, 13), 6, 0), // ClrInstanceID
    p(S(618, 15), 10, 19), // GenerationSize4
    p(S(633, 18), 10, 19), // TotalPromotedSize4
    // template 9
    p(S(679, 7), 10, 19), // Address
    p(S(686, 4), 10, 19), // Size
    p(S(189, 4), 8, 0).map(2), // Type
    // template 10
    p(S(679, 7), 10, 19), // Address
    p(S(686, 4), 10, 19), // Size
    p(S(189, 4), 8, 0).map(2), // Type
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 11
    p(S(679, 7), 10, 19), // Address
    // template 12
    p(S(679, 7), 10, 19), // Address
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 13
    p(S(30, 6), 6, 0).map(3), // Reason
    // template 14
    p(S(30, 6), 8, 0).map(3), // Reason
    p(S(25, 5), 8, 0), // Count
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 15
    p(S(1153, 16), 8, 18), // AllocationAmount
    p(S(1169, 14), 8, 0).map(4), // AllocationKind
    // template 16
    p(S(1153, 16), 8, 18), // AllocationAmount
    p(S(1169, 14), 8, 0).map(4), // AllocationKind
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 17
    p(S(1153, 16), 8, 18), // AllocationAmount
    p(S(1169, 14), 8, 0).map(4), // AllocationKind
    p(S(241, 13), 6, 0), // ClrInstanceID
    p(S(1250, 18), 10, 19), // AllocationAmount64
    p(S(1268, 6), 16, 0), // TypeID
    p(S(1274, 8), 1, 0), // TypeName
    p(S(1282, 9), 8, 0), // HeapIndex
    // template 18
    p(S(1153, 16), 8, 18), // AllocationAmount
    p(S(1169, 14), 8, 0).map(4), // AllocationKind
    p(S(241, 13), 6, 0), // ClrInstanceID
    p(S(1250, 18), 10, 19), // AllocationAmount64
    p(S(1268, 6), 16, 0), // TypeID
    p(S(1274, 8), 1, 0), // TypeName
    p(S(1282, 9), 8, 0), // HeapIndex
    p(S(679, 7), 16, 0), // Address
    // template 19
    p(S(25, 5), 8, 0), // Count
    // template 20
    p(S(25, 5), 8, 0), // Count
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 21
    p(S(25, 5), 8, 0), // Count
    p(S(241, 13), 6, 0), // ClrInstanceID
    st(S(1581, 6), 3, 8).count(Count::Property(0)), // Values
    p(S(1268, 6), 10, 19), // TypeID
    p(S(1587, 8), 10, 19), // ModuleID
    p(S(1595, 10), 8, 0), // TypeNameID
    p(S(1605, 5), 8, 0).map(5), // Flags
    p(S(1754, 14), 4, 0), // CorElementType
    p(S(1768, 4), 1, 0), // Name
    p(S(1772, 18), 8, 0), // TypeParameterCount
    p(S(1790, 14), 10, 19).count(Count::Property(9)), // TypeParameters
    // template 22
    p(S(1828, 5), 8, 0), // Index
    p(S(25, 5), 8, 0), // Count
    p(S(241, 13), 6, 0), // ClrInstanceID
    st(S(1581, 6), 4, 4).count(Count::Property(1)), // Values
    p(S(1833, 17), 16, 0), // RootedNodeAddress
    p(S(1850, 10), 4, 0).map(6), // GCRootKind
    p(S(1914, 10), 8, 0).map(7), // GCRootFlag
    p(S(1970, 8), 16, 0), // GCRootID
    // template 23
    p(S(1828, 5), 8, 0), // Index
    p(S(25, 5), 8, 0), // Count
    p(S(241, 13), 6, 0), // ClrInstanceID
    st(S(1581, 6), 4, 3).count(Count::Property(1)), // Values
    p(S(2019, 11), 16, 0), // GCKeyNodeID
    p(S(2030, 13), 16, 0), // GCValueNodeID
    p(S(1970, 8), 16, 0), // GCRootID
    // template 24
    p(S(1828, 5), 8, 0), // Index
    p(S(25, 5), 8, 0), // Count
    p(S(241, 13), 6, 0), // ClrInstanceID
    st(S(1581, 6), 4, 4).count(Count::Property(1)), // Values
    p(S(679, 7), 16, 0), // Address
    p(S(686, 4), 10, 0), // Size
    p(S(1268, 6), 10, 0), // TypeID
    p(S(2053, 9), 10, 0), // EdgeCount
    // template 25
    p(S(1828, 5), 8, 0), // Index
    p(S(25, 5), 8, 0), // Count
    p(S(241, 13), 6, 0), // ClrInstanceID
    st(S(1581, 6), 4, 2).count(Count::Property(1)), // Values
    p(S(2072, 5), 16, 19), // Value
    p(S(2077, 18), 8, 0), // ReferencingFieldID
    // template 26
    p(S(679, 7), 16, 0), // Address
    p(S(1268, 6), 16, 0), // TypeID
    p(S(2149, 24), 8, 0), // ObjectCountForTypeSample
    p(S(2173, 22), 10, 0), // TotalSizeForTypeSample
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 27
    p(S(1828, 5), 8, 0), // Index
    p(S(25, 5), 8, 0), // Count
    p(S(241, 13), 6, 0), // ClrInstanceID
    st(S(1581, 6), 4, 2).count(Count::Property(1)), // Values
    p(S(2247, 9), 16, 19), // RangeBase
    p(S(2256, 11), 10, 0), // RangeLength
    // template 28
    p(S(1828, 5), 8, 0), // Index
    p(S(25, 5), 8, 0), // Count
    p(S(241, 13), 6, 0), // ClrInstanceID
    st(S(1581, 6), 4, 3).count(Count::Property(1)), // Values
    p(S(2290, 12), 16, 19), // OldRangeBase
    p(S(2302, 12), 16, 19), // NewRangeBase
    p(S(2256, 11), 10, 0), // RangeLength
    // template 29
    p(S(2331, 10), 4, 0), // Generation
    p(S(2341, 10), 16, 19), // RangeStart
    p(S(2351, 15), 10, 0), // RangeUsedLength
    p(S(2366, 19), 10, 0), // RangeReservedLength
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 30
    p(S(2415, 7), 8, 0), // HeapNum
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 31
    p(S(1268, 6), 16, 0), // TypeID
    p(S(2541, 8), 16, 0), // ObjectID
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 32
    p(S(2568, 8), 16, 0), // HandleID
    p(S(2541, 8), 16, 0), // ObjectID
    p(S(2576, 4), 8, 0).map(8), // Kind
    p(S(2331, 10), 8, 0), // Generation
    p(S(2652, 11), 10, 19), // AppDomainID
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 33
    p(S(2568, 8), 16, 0), // HandleID
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 34
    p(S(2568, 8), 16, 0), // HandleID
    p(S(2541, 8), 16, 0), // ObjectID
    p(S(2738, 10), 10, 0), // ObjectSize
    p(S(1274, 8), 1, 0), // TypeName
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 35
    p(S(30, 6), 8, 0).map(0), // Reason
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 36
    p(S(25, 5), 8, 0), // Count
    p(S(241, 13), 6, 0), // ClrInstanceID
    st(S(1581, 6), 3, 7).count(Count::Property(0)), // Values
    p(S(1970, 8), 10, 19), // GCRootID
    p(S(2541, 8), 10, 19), // ObjectID
    p(S(1268, 6), 10, 19), // TypeID
    p(S(2781, 8), 10, 19), // IUnknown
    p(S(2789, 8), 8, 0), // RefCount
    p(S(2797, 14), 8, 0), // PeggedRefCount
    p(S(1605, 5), 8, 0).map(9), // Flags
    // template 37
    p(S(25, 5), 8, 0), // Count
    p(S(241, 13), 6, 0), // ClrInstanceID
    st(S(1581, 6), 3, 6).count(Count::Property(0)), // Values
    p(S(2541, 8), 10, 19), // ObjectID
    p(S(1268, 6), 10, 19), // TypeID
    p(S(2781, 8), 10, 19), // IUnknown
    p(S(2843, 6), 10, 19), // VTable
    p(S(2789, 8), 8, 0), // RefCount
    p(S(1605, 5), 8, 0), // Flags
    // template 38
    p(S(25, 5), 8, 0), // Count
    p(S(2652, 11), 10, 19), // AppDomainID
    p(S(241, 13), 6, 0), // ClrInstanceID
    st(S(1581, 6), 4, 5).count(Count::Property(0)), // Values
    p(S(1970, 8), 10, 19), // GCRootID
    p(S(2541, 8), 10, 19), // ObjectID
    p(S(1268, 6), 10, 19), // TypeID
    p(S(1605, 5), 8, 0).map(10), // Flags
    p(S(2902, 9), 1, 0), // FieldName
    // template 39
    p(S(1768, 4), 1, 0), // Name
    p(S(2966, 8), 8, 0), // DataSize
    p(S(2974, 4), 14, 0).length(Length::Property(1)), // Data
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 40
    p(S(3018, 17), 8, 0), // WorkerThreadCount
    p(S(3035, 20), 8, 0), // RetiredWorkerThreads
    // template 41
    p(S(3168, 13), 8, 0), // IOThreadCount
    p(S(3181, 16), 8, 0), // RetiredIOThreads
    // template 42
    p(S(3168, 13), 8, 0), // IOThreadCount
    p(S(3181, 16), 8, 0), // RetiredIOThreads
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 43
    p(S(3390, 11), 8, 0), // ClrThreadID
    p(S(3401, 14), 8, 0), // CpuUtilization
    // template 44
    p(S(3496, 23), 8, 0), // ActiveWorkerThreadCount
    p(S(3519, 24), 8, 0), // RetiredWorkerThreadCount
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 45
    p(S(3750, 10), 12, 0), // Throughput
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 46
    p(S(3812, 17), 12, 0), // AverageThroughput
    p(S(3829, 20), 8, 0), // NewWorkerThreadCount
    p(S(30, 6), 8, 0).map(11), // Reason
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 47
    p(S(4002, 8), 12, 0), // Duration
    p(S(3750, 10), 12, 0), // Throughput
    p(S(4010, 10), 12, 0), // ThreadWave
    p(S(4020, 14), 12, 0), // ThroughputWave
    p(S(4034, 23), 12, 0), // ThroughputErrorEstimate
    p(S(4057, 30), 12, 0), // AverageThroughputErrorEstimate
    p(S(4087, 15), 12, 0), // ThroughputRatio
    p(S(4102, 10), 12, 0), // Confidence
    p(S(4112, 17), 12, 0), // NewControlSetting
    p(S(4129, 22), 6, 0), // NewThreadWaveMagnitude
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 48
    p(S(4257, 6), 16, 0), // WorkID
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 49
    p(S(4315, 16), 16, 0), // NativeOverlapped
    p(S(4331, 10), 16, 0), // Overlapped
    p(S(4341, 13), 13, 0), // MultiDequeues
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 50
    p(S(4315, 16), 16, 0), // NativeOverlapped
    p(S(4331, 10), 16, 0), // Overlapped
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 51
    p(S(4432, 2), 16, 0), // ID
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 52
    p(S(4489, 8), 10, 19), // MethodID
    p(S(1268, 6), 10, 19), // TypeID
    p(S(4497, 11), 8, 18), // MethodToken
    p(S(1772, 18), 8, 0), // TypeParameterCount
    p(S(4508, 14), 10, 19), // LoaderModuleID
    p(S(1790, 14), 10, 19).count(Count::Property(3)), // TypeParameters
    // template 53
    p(S(4557, 15), 8, 0), // TypeLoadStartID
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 54
    p(S(4557, 15), 8, 0), // TypeLoadStartID
    p(S(241, 13), 6, 0), // ClrInstanceID
    p(S(4584, 9), 6, 0), // LoadLevel
    p(S(1268, 6), 10, 19), // TypeID
    p(S(1274, 8), 1, 0), // TypeName
    // template 55
    p(S(4650, 13), 1, 0), // ExceptionType
    p(S(4663, 16), 1, 0), // ExceptionMessage
    p(S(4679, 12), 16, 0), // ExceptionEIP
    p(S(4691, 16), 8, 18), // ExceptionHRESULT
    p(S(4707, 14), 6, 0).map(12), // ExceptionFlags
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 56
    p(S(4829, 15), 4, 0).map(13), // ContentionFlags
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 57
    p(S(241, 13), 6, 0), // ClrInstanceID
    p(S(4899, 9), 4, 0), // Reserved1
    p(S(4908, 9), 4, 0), // Reserved2
    p(S(4917, 10), 8, 0), // FrameCount
    p(S(1860, 5), 16, 0).count(Count::Property(3)), // Stack
    // template 58
    p(S(2652, 11), 10, 19), // AppDomainID
    p(S(4987, 9), 10, 19), // Allocated
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 59
    p(S(2652, 11), 10, 19), // AppDomainID
    p(S(5027, 8), 10, 19), // Survived
    p(S(5035, 15), 10, 19), // ProcessSurvived
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 60
    p(S(5063, 15), 10, 19), // ManagedThreadID
    p(S(2652, 11), 10, 19), // AppDomainID
    p(S(1605, 5), 8, 0).map(14), // Flags
    p(S(5117, 18), 8, 0), // ManagedThreadIndex
    p(S(5135, 10), 8, 0), // OSThreadID
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 61
    p(S(5063, 15), 10, 19), // ManagedThreadID
    p(S(2652, 11), 10, 19), // AppDomainID
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 62
    p(S(241, 13), 6, 0), // ClrInstanceID
    p(S(1587, 8), 10, 19), // ModuleID
    p(S(5230, 12), 10, 19), // StubMethodID
    p(S(5242, 9), 8, 0).map(15), // StubFlags
    p(S(5342, 25), 8, 18), // ManagedInteropMethodToken
    p(S(5367, 29), 1, 0), // ManagedInteropMethodNamespace
    p(S(5396, 24), 1, 0), // ManagedInteropMethodName
    p(S(5420, 29), 1, 0), // ManagedInteropMethodSignature
    p(S(5449, 21), 1, 0), // NativeMethodSignature
    p(S(5470, 19), 1, 0), // StubMethodSignature
    p(S(5489, 16), 1, 0), // StubMethodILCode
    // template 63
    p(S(241, 13), 6, 0), // ClrInstanceID
    p(S(1587, 8), 10, 19), // ModuleID
    p(S(5230, 12), 10, 19), // StubMethodID
    p(S(5342, 25), 8, 18), // ManagedInteropMethodToken
    p(S(5367, 29), 1, 0), // ManagedInteropMethodNamespace
    p(S(5396, 24), 1, 0), // ManagedInteropMethodName
    p(S(5420, 29), 1, 0), // ManagedInteropMethodSignature
    // template 64
    p(S(4829, 15), 4, 0).map(13), // ContentionFlags
    p(S(241, 13), 6, 0), // ClrInstanceID
    p(S(5562, 10), 12, 0), // DurationNs
    // template 65
    p(S(4489, 8), 10, 19), // MethodID
    p(S(1587, 8), 10, 19), // ModuleID
    p(S(5635, 18), 10, 19), // MethodStartAddress
    p(S(5653, 10), 8, 18), // MethodSize
    p(S(4497, 11), 8, 18), // MethodToken
    p(S(5663, 11), 8, 0).map(16), // MethodFlags
    // template 66
    p(S(4489, 8), 10, 19), // MethodID
    p(S(1587, 8), 10, 19), // ModuleID
    p(S(5635, 18), 10, 19), // MethodStartAddress
    p(S(5653, 10), 8, 18), // MethodSize
    p(S(4497, 11), 8, 18), // MethodToken
    p(S(5663, 11), 8, 0).map(16), // MethodFlags
    p(S(5860, 15), 1, 0), // MethodNamespace
    p(S(5875, 10), 1, 0), // MethodName
    p(S(5885, 15), 1, 0), // MethodSignature
    // template 67
    p(S(4489, 8), 10, 19), // MethodID
    p(S(1587, 8), 10, 19), // ModuleID
    p(S(5635, 18), 10, 19), // MethodStartAddress
    p(S(5653, 10), 8, 18), // MethodSize
    p(S(4497, 11), 8, 18), // MethodToken
    p(S(5663, 11), 8, 0).map(16), // MethodFlags
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 68
    p(S(4489, 8), 10, 19), // MethodID
    p(S(1587, 8), 10, 19), // ModuleID
    p(S(5635, 18), 10, 19), // MethodStartAddress
    p(S(5653, 10), 8, 18), // MethodSize
    p(S(4497, 11), 8, 18), // MethodToken
    p(S(5663, 11), 8, 0).map(16), // MethodFlags
    p(S(241, 13), 6, 0), // ClrInstanceID
    p(S(5975, 7), 10, 19), // ReJITID
    // template 69
    p(S(4489, 8), 10, 19), // MethodID
    p(S(1587, 8), 10, 19), // ModuleID
    p(S(5635, 18), 10, 19), // MethodStartAddress
    p(S(5653, 10), 8, 18), // MethodSize
    p(S(4497, 11), 8, 18), // MethodToken
    p(S(5663, 11), 8, 0).map(16), // MethodFlags
    p(S(5860, 15), 1, 0), // MethodNamespace
    p(S(5875, 10), 1, 0), // MethodName
    p(S(5885, 15), 1, 0), // MethodSignature
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 70
    p(S(4489, 8), 10, 19), // MethodID
    p(S(1587, 8), 10, 19), // ModuleID
    p(S(5635, 18), 10, 19), // MethodStartAddress
    p(S(5653, 10), 8, 18), // MethodSize
    p(S(4497, 11), 8, 18), // MethodToken
    p(S(5663, 11), 8, 0).map(16), // MethodFlags
    p(S(5860, 15), 1, 0), // MethodNamespace
    p(S(5875, 10), 1, 0), // MethodName
    p(S(5885, 15), 1, 0), // MethodSignature
    p(S(241, 13), 6, 0), // ClrInstanceID
    p(S(5975, 7), 10, 19), // ReJITID
    // template 71
    p(S(4489, 8), 10, 19), // MethodID
    p(S(1587, 8), 10, 19), // ModuleID
    p(S(4497, 11), 8, 18), // MethodToken
    p(S(6208, 12), 8, 18), // MethodILSize
    p(S(5860, 15), 1, 0), // MethodNamespace
    p(S(5875, 10), 1, 0), // MethodName
    p(S(5885, 15), 1, 0), // MethodSignature
    // template 72
    p(S(4489, 8), 10, 19), // MethodID
    p(S(1587, 8), 10, 19), // ModuleID
    p(S(4497, 11), 8, 18), // MethodToken
    p(S(6208, 12), 8, 18), // MethodILSize
    p(S(5860, 15), 1, 0), // MethodNamespace
    p(S(5875, 10), 1, 0), // MethodName
    p(S(5885, 15), 1, 0), // MethodSignature
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 73
    p(S(4489, 8), 10, 19), // MethodID
    p(S(1587, 8), 10, 19), // ModuleID
    p(S(6299, 21), 10, 0), // JitHotCodeRequestSize
    p(S(6320, 20), 10, 0), // JitRODataRequestSize
    p(S(6340, 23), 10, 0), // AllocatedSizeForJitCode
    p(S(6363, 12), 8, 0), // JitAllocFlag
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 74
    p(S(1587, 8), 10, 19), // ModuleID
    p(S(6396, 10), 10, 19), // AssemblyID
    p(S(6406, 11), 8, 0).map(17), // ModuleFlags
    p(S(4899, 9), 8, 0), // Reserved1
    p(S(6503, 12), 1, 0), // ModuleILPath
    p(S(6515, 16), 1, 0), // ModuleNativePath
    // template 75
    p(S(1587, 8), 10, 19), // ModuleID
    p(S(6396, 10), 10, 19), // AssemblyID
    p(S(2652, 11), 10, 19), // AppDomainID
    p(S(6406, 11), 8, 0).map(17), // ModuleFlags
    p(S(4899, 9), 8, 0), // Reserved1
    p(S(6503, 12), 1, 0), // ModuleILPath
    p(S(6515, 16), 1, 0), // ModuleNativePath
    // template 76
    p(S(1587, 8), 10, 19), // ModuleID
    p(S(6396, 10), 10, 19), // AssemblyID
    p(S(2652, 11), 10, 19), // AppDomainID
    p(S(6406, 11), 8, 0).map(17), // ModuleFlags
    p(S(4899, 9), 8, 0), // Reserved1
    p(S(6503, 12), 1, 0), // ModuleILPath
    p(S(6515, 16), 1, 0), // ModuleNativePath
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 77
    p(S(1587, 8), 10, 19), // ModuleID
    p(S(6396, 10), 10, 19), // AssemblyID
    p(S(6406, 11), 8, 0).map(17), // ModuleFlags
    p(S(4899, 9), 8, 0), // Reserved1
    p(S(6503, 12), 1, 0), // ModuleILPath
    p(S(6515, 16), 1, 0), // ModuleNativePath
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 78
    p(S(1587, 8), 10, 19), // ModuleID
    p(S(6396, 10), 10, 19), // AssemblyID
    p(S(6406, 11), 8, 0).map(17), // ModuleFlags
    p(S(4899, 9), 8, 0), // Reserved1
    p(S(6503, 12), 1, 0), // ModuleILPath
    p(S(6515, 16), 1, 0), // ModuleNativePath
    p(S(241, 13), 6, 0), // ClrInstanceID
    p(S(6638, 19), 15, 0), // ManagedPdbSignature
    p(S(6657, 13), 8, 0), // ManagedPdbAge
    p(S(6670, 19), 1, 0), // ManagedPdbBuildPath
    p(S(6689, 18), 15, 0), // NativePdbSignature
    p(S(6707, 12), 8, 0), // NativePdbAge
    p(S(6719, 18), 1, 0), // NativePdbBuildPath
    // template 79
    p(S(6396, 10), 10, 19), // AssemblyID
    p(S(2652, 11), 10, 19), // AppDomainID
    p(S(6791, 13), 8, 0).map(18), // AssemblyFlags
    p(S(6831, 26), 1, 0), // FullyQualifiedAssemblyName
    // template 80
    p(S(6396, 10), 10, 19), // AssemblyID
    p(S(2652, 11), 10, 19), // AppDomainID
    p(S(6872, 9), 10, 19), // BindingID
    p(S(6791, 13), 8, 0).map(18), // AssemblyFlags
    p(S(6831, 26), 1, 0), // FullyQualifiedAssemblyName
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 81
    p(S(2652, 11), 10, 19), // AppDomainID
    p(S(6925, 14), 8, 0).map(19), // AppDomainFlags
    p(S(6979, 13), 1, 0), // AppDomainName
    // template 82
    p(S(2652, 11), 10, 19), // AppDomainID
    p(S(6925, 14), 8, 0).map(19), // AppDomainFlags
    p(S(6979, 13), 1, 0), // AppDomainName
    p(S(7008, 14), 8, 0), // AppDomainIndex
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 83
    p(S(241, 13), 6, 0), // ClrInstanceID
    p(S(1587, 8), 10, 19), // ModuleID
    p(S(7082, 10), 8, 18), // RangeBegin
    p(S(7092, 9), 8, 18), // RangeSize
    p(S(7101, 9), 4, 0).map(20), // RangeType
    // template 84
    p(S(4489, 8), 10, 19), // MethodID
    p(S(5860, 15), 1, 0), // MethodNamespace
    p(S(5875, 10), 1, 0), // MethodName
    p(S(5885, 15), 1, 0), // MethodSignature
    p(S(7174, 10), 10, 19), // EntryPoint
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 85
    p(S(4489, 8), 10, 19), // MethodID
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 86
    p(S(7262, 17), 8, 18), // VerificationFlags
    p(S(7279, 9), 8, 18), // ErrorCode
    p(S(6831, 26), 1, 0), // FullyQualifiedAssemblyName
    // template 87
    p(S(7262, 17), 8, 18), // VerificationFlags
    p(S(7279, 9), 8, 18), // ErrorCode
    p(S(6831, 26), 1, 0), // FullyQualifiedAssemblyName
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 88
    p(S(7262, 17), 8, 18), // VerificationFlags
    p(S(7279, 9), 8, 18), // ErrorCode
    p(S(7426, 10), 1, 0), // ModulePath
    // template 89
    p(S(7262, 17), 8, 18), // VerificationFlags
    p(S(7279, 9), 8, 18), // ErrorCode
    p(S(7426, 10), 1, 0), // ModulePath
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 90
    p(S(7580, 28), 1, 0), // MethodBeingCompiledNamespace
    p(S(7608, 23), 1, 0), // MethodBeingCompiledName
    p(S(7631, 32), 1, 0), // MethodBeingCompiledNameSignature
    p(S(7663, 16), 1, 0), // InlinerNamespace
    p(S(7679, 11), 1, 0), // InlinerName
    p(S(7690, 20), 1, 0), // InlinerNameSignature
    p(S(7710, 16), 1, 0), // InlineeNamespace
    p(S(7726, 11), 1, 0), // InlineeName
    p(S(7737, 20), 1, 0), // InlineeNameSignature
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 91
    p(S(7580, 28), 1, 0), // MethodBeingCompiledNamespace
    p(S(7608, 23), 1, 0), // MethodBeingCompiledName
    p(S(7631, 32), 1, 0), // MethodBeingCompiledNameSignature
    p(S(7663, 16), 1, 0), // InlinerNamespace
    p(S(7679, 11), 1, 0), // InlinerName
    p(S(7690, 20), 1, 0), // InlinerNameSignature
    p(S(7710, 16), 1, 0), // InlineeNamespace
    p(S(7726, 11), 1, 0), // InlineeName
    p(S(7737, 20), 1, 0), // InlineeNameSignature
    p(S(7798, 10), 13, 0), // FailAlways
    p(S(7808, 10), 2, 0), // FailReason
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 92
    p(S(241, 13), 6, 0), // ClrInstanceID
    p(S(7848, 3), 6, 0).map(21), // Sku
    p(S(7881, 15), 6, 0), // BclMajorVersion
    p(S(7896, 15), 6, 0), // BclMinorVersion
    p(S(7911, 14), 6, 0), // BclBuildNumber
    p(S(7925, 12), 6, 0), // BclQfeNumber
    p(S(7937, 14), 6, 0), // VMMajorVersion
    p(S(7951, 14), 6, 0), // VMMinorVersion
    p(S(7965, 13), 6, 0), // VMBuildNumber
    p(S(7978, 11), 6, 0), // VMQfeNumber
    p(S(7989, 12), 8, 0).map(22), // StartupFlags
    p(S(8282, 11), 4, 0).map(23), // StartupMode
    p(S(8349, 11), 1, 0), // CommandLine
    p(S(8360, 13), 15, 0), // ComObjectGuid
    p(S(8373, 14), 1, 0), // RuntimeDllPath
    // template 93
    p(S(7580, 28), 1, 0), // MethodBeingCompiledNamespace
    p(S(7608, 23), 1, 0), // MethodBeingCompiledName
    p(S(7631, 32), 1, 0), // MethodBeingCompiledNameSignature
    p(S(8430, 15), 1, 0), // CallerNamespace
    p(S(8445, 10), 1, 0), // CallerName
    p(S(8455, 19), 1, 0), // CallerNameSignature
    p(S(8474, 15), 1, 0), // CalleeNamespace
    p(S(8489, 10), 1, 0), // CalleeName
    p(S(8499, 19), 1, 0), // CalleeNameSignature
    p(S(8518, 10), 13, 0), // TailPrefix
    p(S(8528, 12), 8, 0).map(24), // TailCallType
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 94
    p(S(7580, 28), 1, 0), // MethodBeingCompiledNamespace
    p(S(7608, 23), 1, 0), // MethodBeingCompiledName
    p(S(7631, 32), 1, 0), // MethodBeingCompiledNameSignature
    p(S(8430, 15), 1, 0), // CallerNamespace
    p(S(8445, 10), 1, 0), // CallerName
    p(S(8455, 19), 1, 0), // CallerNameSignature
    p(S(8474, 15), 1, 0), // CalleeNamespace
    p(S(8489, 10), 1, 0), // CalleeName
    p(S(8499, 19), 1, 0), // CalleeNameSignature
    p(S(8518, 10), 13, 0), // TailPrefix
    p(S(7808, 10), 2, 0), // FailReason
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 95
    p(S(4489, 8), 10, 19), // MethodID
    p(S(5975, 7), 10, 19), // ReJITID
    p(S(8692, 12), 4, 0), // MethodExtent
    p(S(8704, 17), 6, 0), // CountOfMapEntries
    p(S(8721, 9), 8, 0).count(Count::Property(3)), // ILOffsets
    p(S(8730, 13), 8, 0).count(Count::Property(3)), // NativeOffsets
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 96
    p(S(7580, 28), 1, 0), // MethodBeingCompiledNamespace
    p(S(7608, 23), 1, 0), // MethodBeingCompiledName
    p(S(7631, 32), 1, 0), // MethodBeingCompiledNameSignature
    p(S(8430, 15), 1, 0), // CallerNamespace
    p(S(8445, 10), 1, 0), // CallerName
    p(S(8455, 19), 1, 0), // CallerNameSignature
    p(S(8474, 15), 1, 0), // CalleeNamespace
    p(S(8489, 10), 1, 0), // CalleeName
    p(S(8499, 19), 1, 0), // CalleeNameSignature
    p(S(8518, 10), 13, 0), // TailPrefix
    p(S(7808, 10), 1, 0), // FailReason
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 97
    p(S(7580, 28), 1, 0), // MethodBeingCompiledNamespace
    p(S(7608, 23), 1, 0), // MethodBeingCompiledName
    p(S(7631, 32), 1, 0), // MethodBeingCompiledNameSignature
    p(S(7663, 16), 1, 0), // InlinerNamespace
    p(S(7679, 11), 1, 0), // InlinerName
    p(S(7690, 20), 1, 0), // InlinerNameSignature
    p(S(7710, 16), 1, 0), // InlineeNamespace
    p(S(7726, 11), 1, 0), // InlineeName
    p(S(7737, 20), 1, 0), // InlineeNameSignature
    p(S(7798, 10), 13, 0), // FailAlways
    p(S(7808, 10), 1, 0), // FailReason
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 98
    p(S(8811, 14), 10, 0), // BytesAllocated
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 99
    p(S(8847, 10), 10, 0), // BytesFreed
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 100
    p(S(2415, 7), 8, 0), // HeapNum
    p(S(241, 13), 6, 0), // ClrInstanceID
    p(S(189, 4), 8, 0).map(6), // Type
    p(S(8875, 5), 10, 0), // Bytes
    // template 101
    p(S(8895, 4), 8, 0), // Heap
    p(S(8899, 8), 8, 0), // JoinTime
    p(S(8907, 8), 8, 0), // JoinType
    p(S(241, 13), 6, 0), // ClrInstanceID
    p(S(8915, 6), 8, 0), // JoinID
    // template 102
    p(S(241, 13), 6, 0), // ClrInstanceID
    p(S(8954, 17), 16, 19), // FreeListAllocated
    p(S(8971, 16), 16, 19), // FreeListRejected
    p(S(8987, 17), 16, 19), // EndOfSegAllocated
    p(S(9004, 18), 16, 19), // CondemnedAllocated
    p(S(9022, 15), 16, 19), // PinnedAllocated
    p(S(9037, 22), 16, 19), // PinnedAllocatedAdvance
    p(S(9059, 25), 8, 0), // RunningFreeListEfficiency
    p(S(9084, 15), 8, 0), // CondemnReasons0
    p(S(9099, 15), 8, 0), // CondemnReasons1
    p(S(9114, 17), 8, 0), // CompactMechanisms
    p(S(9131, 16), 8, 0), // ExpandMechanisms
    p(S(1282, 9), 8, 0), // HeapIndex
    p(S(9147, 15), 16, 19), // ExtraGen0Commit
    p(S(25, 5), 8, 0), // Count
    st(S(1581, 6), 16, 10).count(Count::Property(14)), // Values
    p(S(9162, 10), 16, 19), // SizeBefore
    p(S(9172, 14), 16, 19), // FreeListBefore
    p(S(9186, 13), 16, 19), // FreeObjBefore
    p(S(9199, 9), 16, 19), // SizeAfter
    p(S(9208, 13), 16, 19), // FreeListAfter
    p(S(9221, 12), 16, 19), // FreeObjAfter
    p(S(9233, 2), 16, 19), // In
    p(S(9235, 10), 16, 19), // PinnedSurv
    p(S(9245, 14), 16, 19), // NonePinnedSurv
    p(S(9259, 13), 16, 19), // NewAllocation
    // template 103
    p(S(9311, 20), 10, 19), // FinalYoungestDesired
    p(S(9331, 8), 7, 0), // NumHeaps
    p(S(9339, 19), 8, 0), // CondemnedGeneration
    p(S(9358, 18), 8, 0), // Gen0ReductionCount
    p(S(30, 6), 8, 0), // Reason
    p(S(9376, 16), 8, 0), // GlobalMechanisms
    p(S(241, 13), 6, 0), // ClrInstanceID
    p(S(9392, 9), 8, 0), // PauseMode
    p(S(9401, 14), 8, 0), // MemoryPressure
    // template 104
    p(S(9311, 20), 10, 19), // FinalYoungestDesired
    p(S(9331, 8), 7, 0), // NumHeaps
    p(S(9339, 19), 8, 0), // CondemnedGeneration
    p(S(9358, 18), 8, 0), // Gen0ReductionCount
    p(S(30, 6), 8, 0), // Reason
    p(S(9376, 16), 8, 0), // GlobalMechanisms
    p(S(241, 13), 6, 0), // ClrInstanceID
    p(S(9392, 9), 8, 0), // PauseMode
    p(S(9401, 14), 8, 0), // MemoryPressure
    p(S(9084, 15), 8, 0), // CondemnReasons0
    p(S(9099, 15), 8, 0), // CondemnReasons1
    // template 105
    p(S(9629, 8), 10, 19), // EntryEIP
    p(S(4489, 8), 10, 19), // MethodID
    p(S(5875, 10), 1, 0), // MethodName
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 106
    p(S(9796, 8), 10, 0), // ModuleId
    p(S(9804, 11), 6, 0), // TotalChunks
    p(S(9815, 11), 6, 0), // ChunkNumber
    p(S(9826, 11), 8, 0), // ChunkLength
    p(S(9837, 5), 14, 0).length(Length::Property(3)), // Chunk
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 107
    p(S(9853, 7), 7, 0), // EventID
    p(S(9860, 9), 1, 0), // EventName
    p(S(9869, 15), 1, 0), // EventSourceName
    p(S(9884, 7), 1, 0), // Payload
    // template 108
    p(S(241, 13), 6, 0), // ClrInstanceID
    p(S(1605, 5), 8, 18).map(25), // Flags
    // template 109
    p(S(241, 13), 6, 0), // ClrInstanceID
    p(S(10069, 14), 8, 0), // NewMethodCount
    // template 110
    p(S(241, 13), 6, 0), // ClrInstanceID
    p(S(10118, 18), 8, 0), // PendingMethodCount
    // template 111
    p(S(241, 13), 6, 0), // ClrInstanceID
    p(S(10118, 18), 8, 0), // PendingMethodCount
    p(S(10170, 17), 8, 0), // JittedMethodCount
    // template 112
    p(S(241, 13), 6, 0), // ClrInstanceID
    p(S(10218, 12), 1, 0), // AssemblyName
    p(S(10230, 12), 1, 0), // AssemblyPath
    p(S(10242, 18), 1, 0), // RequestingAssembly
    p(S(10260, 19), 1, 0), // AssemblyLoadContext
    p(S(10279, 29), 1, 0), // RequestingAssemblyLoadContext
    // template 113
    p(S(241, 13), 6, 0), // ClrInstanceID
    p(S(10218, 12), 1, 0), // AssemblyName
    p(S(10230, 12), 1, 0), // AssemblyPath
    p(S(10242, 18), 1, 0), // RequestingAssembly
    p(S(10260, 19), 1, 0), // AssemblyLoadContext
    p(S(10279, 29), 1, 0), // RequestingAssemblyLoadContext
    p(S(10324, 7), 13, 0), // Success
    p(S(10331, 18), 1, 0), // ResultAssemblyName
    p(S(10349, 18), 1, 0), // ResultAssemblyPath
    p(S(10367, 6), 13, 0), // Cached
    // template 114
    p(S(241, 13), 6, 0), // ClrInstanceID
    p(S(10218, 12), 1, 0), // AssemblyName
    p(S(10392, 5), 6, 0).map(26), // Stage
    p(S(10260, 19), 1, 0), // AssemblyLoadContext
    p(S(10605, 6), 6, 0).map(27), // Result
    p(S(10331, 18), 1, 0), // ResultAssemblyName
    p(S(10349, 18), 1, 0), // ResultAssemblyPath
    p(S(10703, 12), 1, 0), // ErrorMessage
    // template 115
    p(S(241, 13), 6, 0), // ClrInstanceID
    p(S(10218, 12), 1, 0), // AssemblyName
    p(S(10757, 11), 1, 0), // HandlerName
    p(S(10260, 19), 1, 0), // AssemblyLoadContext
    p(S(10331, 18), 1, 0), // ResultAssemblyName
    p(S(10349, 18), 1, 0), // ResultAssemblyPath
    // template 116
    p(S(241, 13), 6, 0), // ClrInstanceID
    p(S(10218, 12), 1, 0), // AssemblyName
    p(S(10757, 11), 1, 0), // HandlerName
    p(S(10331, 18), 1, 0), // ResultAssemblyName
    p(S(10349, 18), 1, 0), // ResultAssemblyPath
    // template 117
    p(S(241, 13), 6, 0), // ClrInstanceID
    p(S(10218, 12), 1, 0), // AssemblyName
    p(S(10843, 13), 13, 0), // IsTrackedLoad
    p(S(10856, 22), 1, 0), // RequestingAssemblyPath
    p(S(10878, 29), 1, 0), // ComputedRequestedAssemblyPath
    // template 118
    p(S(241, 13), 6, 0), // ClrInstanceID
    p(S(10922, 8), 1, 0), // FilePath
    p(S(10930, 6), 6, 0).map(28), // Source
    p(S(10605, 6), 7, 0), // Result
    // template 119
    p(S(241, 13), 6, 0), // ClrInstanceID
    p(S(5663, 11), 8, 0), // MethodFlags
    p(S(2966, 8), 8, 0), // DataSize
    p(S(4489, 8), 10, 19), // MethodID
    p(S(2974, 4), 14, 0).length(Length::Property(2)), // Data
    // template 120
    p(S(241, 13), 6, 0), // ClrInstanceID
    p(S(5663, 11), 8, 0), // MethodFlags
    p(S(2966, 8), 8, 0), // DataSize
    p(S(4489, 8), 10, 19), // MethodID
    p(S(1587, 8), 10, 19), // ModuleID
    p(S(4497, 11), 8, 18), // MethodToken
    p(S(5860, 15), 1, 0), // MethodNamespace
    p(S(5875, 10), 1, 0), // MethodName
    p(S(5885, 15), 1, 0), // MethodSignature
    p(S(2974, 4), 14, 0).length(Length::Property(2)), // Data
    // template 121
    p(S(4489, 8), 10, 19), // MethodID
    p(S(1587, 8), 10, 19), // ModuleID
    p(S(5635, 18), 10, 19), // MethodStartAddress
    p(S(5653, 10), 8, 0), // MethodSize
    p(S(4497, 11), 8, 0), // MethodToken
    p(S(5663, 11), 8, 0).map(16), // MethodFlags
    // template 122
    p(S(241, 13), 6, 0), // ClrInstanceID
    p(S(1587, 8), 10, 19), // ModuleID
    p(S(7082, 10), 8, 18).count(Count::Fixed(1)), // RangeBegin
    p(S(7092, 9), 8, 18).count(Count::Fixed(1)), // RangeSize
    p(S(7101, 9), 4, 0).map(20), // RangeType
    // template 123
    p(S(12191, 8), 8, 18), // Facility
    p(S(12199, 8), 4, 0), // LogLevel
    p(S(12207, 7), 2, 0), // Message
    // template 124
    p(S(12191, 8), 8, 18), // Facility
    p(S(12199, 8), 4, 0), // LogLevel
    p(S(12207, 7), 2, 0), // Message
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 125
    p(S(12304, 9), 13, 0), // DoCompact
    // template 126
    p(S(12304, 9), 13, 0), // DoCompact
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 127
    p(S(12336, 11), 10, 0), // SegmentSize
    p(S(12347, 22), 10, 0), // LargeObjectSegmentSize
    p(S(12369, 8), 13, 0), // ServerGC
    // template 128
    p(S(12336, 11), 10, 0), // SegmentSize
    p(S(12347, 22), 10, 0), // LargeObjectSegmentSize
    p(S(12369, 8), 13, 0), // ServerGC
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 129
    p(S(12410, 17), 10, 19), // DesiredAllocation
    p(S(9259, 13), 10, 19), // NewAllocation
    p(S(12427, 16), 8, 0), // GenerationNumber
    // template 130
    p(S(12410, 17), 10, 19), // DesiredAllocation
    p(S(9259, 13), 10, 19), // NewAllocation
    p(S(12427, 16), 8, 0), // GenerationNumber
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 131
    p(S(9311, 20), 10, 19), // FinalYoungestDesired
    p(S(9331, 8), 7, 0), // NumHeaps
    p(S(9339, 19), 8, 0), // CondemnedGeneration
    p(S(9358, 18), 8, 0), // Gen0ReductionCount
    p(S(30, 6), 8, 0), // Reason
    p(S(9376, 16), 8, 0), // GlobalMechanisms
    // template 132
    p(S(9311, 20), 10, 19), // FinalYoungestDesired
    p(S(9331, 8), 7, 0), // NumHeaps
    p(S(9339, 19), 8, 0), // CondemnedGeneration
    p(S(9358, 18), 8, 0), // Gen0ReductionCount
    p(S(30, 6), 8, 0), // Reason
    p(S(9376, 16), 8, 0), // GlobalMechanisms
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 133
    p(S(8895, 4), 8, 0), // Heap
    p(S(8899, 8), 8, 0), // JoinTime
    p(S(8907, 8), 8, 0), // JoinType
    // template 134
    p(S(8895, 4), 8, 0), // Heap
    p(S(8899, 8), 8, 0), // JoinTime
    p(S(8907, 8), 8, 0), // JoinType
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 135
    p(S(2415, 7), 8, 0), // HeapNum
    // template 136
    p(S(12957, 7), 10, 0), // Objects
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 137
    p(S(12974, 5), 10, 0), // Pages
    p(S(12957, 7), 10, 0), // Objects
    p(S(12979, 7), 8, 0), // IsLarge
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 138
    p(S(12997, 3), 10, 0), // Min
    p(S(13000, 3), 10, 0), // Max
    p(S(12957, 7), 10, 0), // Objects
    p(S(12979, 7), 8, 0), // IsLarge
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 139
    p(S(12997, 3), 10, 0), // Min
    p(S(13000, 3), 10, 0), // Max
    p(S(12957, 7), 10, 0), // Objects
    p(S(12979, 7), 8, 0), // IsLarge
    p(S(241, 13), 6, 0), // ClrInstanceID
    p(S(13017, 9), 8, 0), // GenNumber
    // template 140
    p(S(30, 6), 8, 0), // Reason
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 141
    p(S(13017, 9), 8, 0), // GenNumber
    p(S(13113, 7), 8, 0), // IsAlloc
    // template 142
    p(S(13017, 9), 8, 0), // GenNumber
    p(S(13113, 7), 8, 0), // IsAlloc
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 143
    p(S(13017, 9), 8, 0), // GenNumber
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 144
    p(S(241, 13), 6, 0), // ClrInstanceID
    p(S(1587, 8), 10, 19), // ModuleID
    p(S(7082, 10), 8, 18).count(Count::Fixed(1)), // RangeBegin
    p(S(7092, 9), 8, 18).count(Count::Fixed(1)), // RangeSize
    p(S(7101, 9), 4, 0).map(29), // RangeType
    p(S(15231, 7), 4, 0).map(30), // IBCType
    p(S(15297, 11), 6, 0).map(31), // SectionType
    // template 145
    p(S(2652, 11), 8, 0), // AppDomainID
    p(S(16219, 13), 8, 0), // LoadContextID
    p(S(16232, 15), 8, 0), // FromLoaderCache
    p(S(16247, 11), 8, 0), // DynamicLoad
    p(S(16258, 16), 1, 0), // AssemblyCodebase
    p(S(10218, 12), 1, 0), // AssemblyName
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 146
    p(S(189, 4), 8, 8), // Type
    p(S(16965, 9), 8, 8), // AppDomain
    p(S(16974, 7), 1, 0), // ILImage
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 147
    p(S(17027, 6), 1, 0), // Module
    p(S(2652, 11), 8, 0), // AppDomainID
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 148
    p(S(17027, 6), 1, 0), // Module
    p(S(2652, 11), 8, 0), // AppDomainID
    p(S(17098, 13), 13, 0), // IsAllCritical
    p(S(17111, 16), 13, 0), // IsAllTransparent
    p(S(17127, 13), 13, 0), // IsTreatAsSafe
    p(S(17140, 27), 13, 0), // IsOpportunisticallyCritical
    p(S(17167, 15), 8, 0), // SecurityRuleSet
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 149
    p(S(189, 4), 1, 0), // Type
    p(S(17027, 6), 1, 0), // Module
    p(S(2652, 11), 8, 0), // AppDomainID
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 150
    p(S(189, 4), 1, 0), // Type
    p(S(17027, 6), 1, 0), // Module
    p(S(2652, 11), 8, 0), // AppDomainID
    p(S(17098, 13), 13, 0), // IsAllCritical
    p(S(17111, 16), 13, 0), // IsAllTransparent
    p(S(17275, 10), 13, 0), // IsCritical
    p(S(17127, 13), 13, 0), // IsTreatAsSafe
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 151
    p(S(4467, 6), 1, 0), // Method
    p(S(17027, 6), 1, 0), // Module
    p(S(2652, 11), 8, 0), // AppDomainID
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 152
    p(S(4467, 6), 1, 0), // Method
    p(S(17027, 6), 1, 0), // Module
    p(S(2652, 11), 8, 0), // AppDomainID
    p(S(17275, 10), 13, 0), // IsCritical
    p(S(17127, 13), 13, 0), // IsTreatAsSafe
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 153
    p(S(17417, 5), 1, 0), // Field
    p(S(17027, 6), 1, 0), // Module
    p(S(2652, 11), 8, 0), // AppDomainID
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 154
    p(S(17417, 5), 1, 0), // Field
    p(S(17027, 6), 1, 0), // Module
    p(S(2652, 11), 8, 0), // AppDomainID
    p(S(17275, 10), 13, 0), // IsCritical
    p(S(17127, 13), 13, 0), // IsTreatAsSafe
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 155
    p(S(17518, 5), 8, 0), // Token
    p(S(17027, 6), 1, 0), // Module
    p(S(2652, 11), 8, 0), // AppDomainID
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 156
    p(S(17518, 5), 8, 0), // Token
    p(S(17027, 6), 1, 0), // Module
    p(S(2652, 11), 8, 0), // AppDomainID
    p(S(17275, 10), 13, 0), // IsCritical
    p(S(17127, 13), 13, 0), // IsTreatAsSafe
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 157
    p(S(241, 13), 6, 0), // ClrInstanceID
    p(S(6872, 9), 10, 0), // BindingID
    p(S(17623, 10), 8, 0), // ReasonCode
    p(S(10218, 12), 1, 0), // AssemblyName
    // template 158
    p(S(17649, 19), 1, 0), // FailFastUserMessage
    p(S(17668, 9), 16, 0), // FailedEIP
    p(S(17677, 10), 8, 0), // OSExitCode
    p(S(17687, 11), 8, 0), // ClrExitCode
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 159
    p(S(1268, 6), 16, 0), // TypeID
    p(S(2541, 8), 16, 0), // ObjectID
    p(S(241, 13), 6, 0), // ClrInstanceID
    p(S(1274, 8), 1, 0), // TypeName
    // template 160
    p(S(2568, 8), 16, 0), // HandleID
    p(S(2541, 8), 16, 0), // ObjectID
    p(S(17753, 19), 16, 0), // COMInterfacePointer
    p(S(17772, 11), 8, 0), // NewRefCount
    p(S(2652, 11), 10, 19), // AppDomainID
    p(S(17783, 9), 2, 0), // ClassName
    p(S(17792, 9), 2, 0), // NameSpace
    p(S(17801, 9), 1, 0), // Operation
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 161
    p(S(241, 13), 6, 0), // ClrInstanceID
    p(S(17873, 7), 13, 0), // Prepend
    p(S(12207, 7), 1, 0), // Message
    // template 162
    p(S(241, 13), 6, 0), // ClrInstanceID
    p(S(17915, 8), 8, 0), // Category
    p(S(7279, 9), 8, 0), // ErrorCode
    // template 163
    p(S(17938, 9), 16, 0), // PlugStart
    p(S(17947, 7), 16, 0), // PlugEnd
    p(S(17954, 13), 16, 0), // GapBeforeSize
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 164
    p(S(2568, 8), 16, 0), // HandleID
    p(S(2541, 8), 16, 0), // ObjectID
    p(S(17753, 19), 16, 0), // COMInterfacePointer
    p(S(17772, 11), 8, 0), // NewRefCount
    p(S(2652, 11), 10, 19), // AppDomainID
    p(S(17783, 9), 1, 0), // ClassName
    p(S(17792, 9), 1, 0), // NameSpace
    p(S(17801, 9), 1, 0), // Operation
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 165
    p(S(241, 13), 6, 0), // ClrInstanceID
    p(S(18000, 7), 1, 0), // String1
    p(S(18007, 7), 1, 0), // String2
    p(S(18014, 4), 7, 0), // Int1
    p(S(18018, 4), 7, 0), // Int2
    p(S(18022, 4), 7, 0), // Int3
    // template 166
    p(S(241, 13), 6, 0), // ClrInstanceID
    p(S(1587, 8), 10, 0), // ModuleID
    p(S(4489, 8), 10, 0), // MethodID
    // template 167
    p(S(18118, 13), 16, 0), // LoaderHeapPtr
    p(S(18131, 13), 16, 0), // MemoryAddress
    p(S(18144, 11), 8, 0), // RequestSize
    p(S(18155, 7), 8, 0), // Unused1
    p(S(18162, 7), 10, 19), // Unused2
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 168
    p(S(1274, 8), 1, 0), // TypeName
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 169
    p(S(1274, 8), 1, 0), // TypeName
    p(S(18242, 14), 1, 0), // SecondTypeName
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 170
    p(S(1274, 8), 1, 0), // TypeName
    p(S(18276, 17), 1, 0), // InterfaceTypeName
    p(S(18293, 24), 1, 0), // VariantInterfaceTypeName
    p(S(241, 13), 6, 0), // ClrInstanceID
    // template 171
    p(S(1274, 8), 1, 0), // TypeName
    p(S(18014, 4), 7, 0), // Int1
    p(S(241, 13), 6, 0), // ClrInstanceID
];

const MAPS: &[MapRow] = &[
    MapRow { name: S(163, 11), bitmap: false, first: 0, count: 10 }, // 0 GCReasonMap
    MapRow { name: S(232, 9), bitmap: false, first: 10, count: 3 }, // 1 GCTypeMap
    MapRow { name: S(732, 16), bitmap: false, first: 13, count: 3 }, // 2 GCSegmentTypeMap
    MapRow { name: S(1077, 20), bitmap: false, first: 16, count: 8 }, // 3 GCSuspendEEReasonMap
    MapRow { name: S(1193, 19), bitmap: false, first: 24, count: 2 }, // 4 GCAllocationKindMap
    MapRow { name: S(1742, 12), bitmap: true, first: 26, count: 10 }, // 5 TypeFlagsMap
    MapRow { name: S(1901, 13), bitmap: false, first: 36, count: 6 }, // 6 GCRootKindMap
    MapRow { name: S(1956, 14), bitmap: true, first: 42, count: 4 }, // 7 GCRootFlagsMap
    MapRow { name: S(2637, 15), bitmap: false, first: 46, count: 9 }, // 8 GCHandleKindMap
    MapRow { name: S(2817, 17), bitmap: true, first: 55, count: 2 }, // 9 GCRootCCWFlagsMap
    MapRow { name: S(2879, 23), bitmap: true, first: 57, count: 1 }, // 10 GCRootStaticVarFlagsMap
    MapRow { name: S(3935, 25), bitmap: false, first: 58, count: 8 }, // 11 ThreadAdjustmentReasonMap
    MapRow { name: S(4778, 23), bitmap: true, first: 66, count: 5 }, // 12 ExceptionThrownFlagsMap
    MapRow { name: S(4857, 18), bitmap: false, first: 71, count: 2 }, // 13 ContentionFlagsMap
    MapRow { name: S(5103, 14), bitmap: true, first: 73, count: 3 }, // 14 ThreadFlagsMap
    MapRow { name: S(5319, 23), bitmap: true, first: 76, count: 7 }, // 15 ILStubGeneratedFlagsMap
    MapRow { name: S(5787, 14), bitmap: true, first: 83, count: 7 }, // 16 MethodFlagsMap
    MapRow { name: S(6489, 14), bitmap: true, first: 90, count: 7 }, // 17 ModuleFlagsMap
    MapRow { name: S(6815, 16), bitmap: true, first: 97, count: 4 }, // 18 AssemblyFlagsMap
    MapRow { name: S(6962, 17), bitmap: true, first: 101, count: 3 }, // 19 AppDomainFlagsMap
    MapRow { name: S(7119, 18), bitmap: true, first: 104, count: 1 }, // 20 ModuleRangeTypeMap
    MapRow { name: S(7868, 13), bitmap: true, first: 105, count: 2 }, // 21 RuntimeSkuMap
    MapRow { name: S(8267, 15), bitmap: true, first: 107, count: 15 }, // 22 StartupFlagsMap
    MapRow { name: S(8335, 14), bitmap: true, first: 122, count: 5 }, // 23 StartupModeMap
    MapRow { name: S(8592, 15), bitmap: false, first: 127, count: 3 }, // 24 TailCallTypeMap
    MapRow { name: S(9980, 33), bitmap: true, first: 130, count: 3 }, // 25 TieredCompilationSettingsFlagsMap
    MapRow { name: S(10578, 27), bitmap: false, first: 133, count: 7 }, // 26 ResolutionAttemptedStageMap
    MapRow { name: S(10675, 28), bitmap: false, first: 140, count: 6 }, // 27 ResolutionAttemptedResultMap
    MapRow { name: S(11005, 18), bitmap: false, first: 146, count: 5 }, // 28 KnownPathSourceMap
    MapRow { name: S(7119, 18), bitmap: true, first: 151, count: 4 }, // 29 ModuleRangeTypeMap
    MapRow { name: S(15276, 21), bitmap: true, first: 155, count: 2 }, // 30 ModuleRangeIBCTypeMap
    MapRow { name: S(16148, 25), bitmap: false, first: 157, count: 46 }, // 31 ModuleRangeSectionTypeMap
];

const MAP_ENTRIES: &[(u64, S)] = &[
    (0x0, S(36, 10)), // AllocSmall
    (0x1, S(46, 7)), // Induced
    (0x2, S(53, 9)), // LowMemory
    (0x3, S(62, 5)), // Empty
    (0x4, S(67, 10)), // AllocLarge
    (0x5, S(77, 25)), // OutOfSpaceSmallObjectHeap
    (0x6, S(102, 25)), // OutOfSpaceLargeObjectHeap
    (0x7, S(127, 14)), // InducedNoForce
    (0x8, S(141, 6)), // Stress
    (0x9, S(147, 16)), // InducedLowMemory
    (0x0, S(193, 15)), // NonConcurrentGC
    (0x1, S(208, 12)), // BackgroundGC
    (0x2, S(220, 12)), // ForegroundGC
    (0x0, S(690, 15)), // SmallObjectHeap
    (0x1, S(705, 15)), // LargeObjectHeap
    (0x2, S(720, 12)), // ReadOnlyHeap
    (0x0, S(929, 12)), // SuspendOther
    (0x1, S(941, 12)), // SuspendForGC
    (0x2, S(953, 27)), // SuspendForAppDomainShutdown
    (0x3, S(980, 22)), // SuspendForCodePitching
    (0x4, S(1002, 18)), // SuspendForShutdown
    (0x5, S(1020, 18)), // SuspendForDebugger
    (0x6, S(1038, 16)), // SuspendForGCPrep
    (0x7, S(1054, 23)), // SuspendForDebuggerSweep
    (0x0, S(1183, 5)), // Small
    (0x1, S(1188, 5)), // Large
    (0x1, S(1610, 8)), // Delegate
    (0x2, S(1618, 11)), // Finalizable
    (0x4, S(1629, 30)), // ExternallyImplementedCOMObject
    (0x8, S(1659, 5)), // Array
    (0x100, S(1664, 13)), // ArrayRankBit0
    (0x200, S(1677, 13)), // ArrayRankBit1
    (0x400, S(1690, 13)), // ArrayRankBit2
    (0x800, S(1703, 13)), // ArrayRankBit3
    (0x1000, S(1716, 13)), // ArrayRankBit4
    (0x2000, S(1729, 13)), // ArrayRankBit5
    (0x0, S(1860, 5)), // Stack
    (0x1, S(1865, 9)), // Finalizer
    (0x2, S(1874, 6)), // Handle
    (0x3, S(1880, 5)), // Older
    (0x4, S(1885, 8)), // SizedRef
    (0x5, S(1893, 8)), // Overflow
    (0x1, S(1924, 7)), // Pinning
    (0x2, S(1931, 7)), // WeakRef
    (0x4, S(1938, 8)), // Interior
    (0x8, S(1946, 10)), // RefCounted
    (0x0, S(2580, 9)), // WeakShort
    (0x1, S(2589, 8)), // WeakLong
    (0x2, S(2597, 6)), // Strong
    (0x3, S(2603, 6)), // Pinned
    (0x4, S(2609, 8)), // Variable
    (0x5, S(1946, 10)), // RefCounted
    (0x6, S(2617, 9)), // Dependent
    (0x7, S(2626, 11)), // AsyncPinned
    (0x8, S(1885, 8)), // SizedRef
    (0x1, S(2597, 6)), // Strong
    (0x2, S(2811, 6)), // Pegged
    (0x1, S(2868, 11)), // ThreadLocal
    (0x0, S(3849, 6)), // Warmup
    (0x1, S(3855, 12)), // Initializing
    (0x2, S(3867, 10)), // RandomMove
    (0x3, S(3877, 12)), // ClimbingMove
    (0x4, S(3889, 11)), // ChangePoint
    (0x5, S(3900, 11)), // Stabilizing
    (0x6, S(3911, 10)), // Starvation
    (0x7, S(3921, 14)), // ThreadTimedOut
    (0x1, S(4721, 17)), // HasInnerException
    (0x2, S(4738, 6)), // Nested
    (0x4, S(4744, 8)), // ReThrown
    (0x8, S(4752, 14)), // CorruptedState
    (0x10, S(4766, 12)), // CLSCompliant
    (0x0, S(4844, 7)), // Managed
    (0x1, S(4851, 6)), // Native
    (0x1, S(5078, 9)), // GCSpecial
    (0x2, S(1865, 9)), // Finalizer
    (0x4, S(5087, 16)), // ThreadPoolWorker
    (0x1, S(5251, 14)), // ReverseInterop
    (0x2, S(5265, 10)), // ComInterop
    (0x4, S(5275, 10)), // NGenedStub
    (0x8, S(1610, 8)), // Delegate
    (0x10, S(5285, 6)), // VarArg
    (0x20, S(5291, 15)), // UnmanagedCallee
    (0x40, S(5306, 13)), // StructMarshal
    (0x1, S(5674, 7)), // Dynamic
    (0x2, S(5681, 7)), // Generic
    (0x4, S(5688, 20)), // HasSharedGenericCode
    (0x8, S(5708, 6)), // Jitted
    (0x10, S(5714, 9)), // JitHelper
    (0x20, S(5723, 31)), // ProfilerRejectedPrecompiledCode
    (0x40, S(5754, 33)), // ReadyToRunRejectedPrecompiledCode
    (0x1, S(6417, 13)), // DomainNeutral
    (0x2, S(4851, 6)), // Native
    (0x4, S(5674, 7)), // Dynamic
    (0x8, S(6430, 8)), // Manifest
    (0x10, S(6438, 12)), // IbcOptimized
    (0x20, S(6450, 16)), // ReadyToRunModule
    (0x40, S(6466, 23)), // PartialReadyToRunModule
    (0x1, S(6417, 13)), // DomainNeutral
    (0x2, S(5674, 7)), // Dynamic
    (0x4, S(4851, 6)), // Native
    (0x8, S(6804, 11)), // Collectible
    (0x1, S(6939, 7)), // Default
    (0x2, S(6946, 10)), // Executable
    (0x4, S(6956, 6)), // Shared
    (0x4, S(7110, 9)), // ColdRange
    (0x1, S(7851, 10)), // DesktopClr
    (0x2, S(7861, 7)), // CoreClr
    (0x1, S(8001, 13)), // CONCURRENT_GC
    (0x2, S(8014, 33)), // LOADER_OPTIMIZATION_SINGLE_DOMAIN
    (0x4, S(8047, 32)), // LOADER_OPTIMIZATION_MULTI_DOMAIN
    (0x10, S(8079, 15)), // LOADER_SAFEMODE
    (0x100, S(8094, 20)), // LOADER_SETPREFERENCE
    (0x1000, S(8114, 9)), // SERVER_GC
    (0x2000, S(8123, 11)), // HOARD_GC_VM
    (0x4000, S(8134, 32)), // SINGLE_VERSION_HOSTING_INTERFACE
    (0x10000, S(8166, 20)), // LEGACY_IMPERSONATION
    (0x20000, S(8186, 25)), // DISABLE_COMMITTHREADSTACK
    (0x40000, S(8211, 24)), // ALWAYSFLOW_IMPERSONATION
    (0x80000, S(8235, 14)), // TRIM_GC_COMMIT
    (0x100000, S(8249, 3)), // ETW
    (0x200000, S(8252, 12)), // SERVER_BUILD
    (0x400000, S(8264, 3)), // ARM
    (0x1, S(8293, 10)), // ManagedExe
    (0x2, S(8303, 9)), // HostedClr
    (0x4, S(8312, 6)), // IjwDll
    (0x8, S(8318, 12)), // ComActivated
    (0x10, S(8330, 5)), // Other
    (0x0, S(8540, 17)), // OptimizedTailCall
    (0x1, S(8557, 13)), // RecursiveLoop
    (0x2, S(8570, 22)), // HelperAssistedTailCall
    (0x0, S(9952, 4)), // None
    (0x1, S(9956, 8)), // QuickJit
    (0x2, S(9964, 16)), // QuickJitForLoops
    (0x0, S(10397, 17)), // FindInLoadContext
    (0x1, S(10414, 23)), // AssemblyLoadContextLoad
    (0x2, S(10437, 21)), // ApplicationAssemblies
    (0x3, S(10458, 34)), // DefaultAssemblyLoadContextFallback
    (0x4, S(10492, 24)), // ResolveSatelliteAssembly
    (0x5, S(10516, 33)), // AssemblyLoadContextResolvingEvent
    (0x6, S(10549, 29)), // AppDomainAssemblyResolveEvent
    (0x0, S(10324, 7)), // Success
    (0x1, S(10611, 16)), // AssemblyNotFound
    (0x2, S(10627, 22)), // MismatchedAssemblyName
    (0x3, S(10649, 19)), // IncompatibleVersion
    (0x4, S(10668, 7)), // Failure
    (0x5, S(4608, 9)), // Exception
    (0x0, S(10437, 21)), // ApplicationAssemblies
    (0x1, S(10936, 19)), // AppNativeImagePaths
    (0x2, S(10955, 8)), // AppPaths
    (0x3, S(10963, 21)), // PlatformResourceRoots
    (0x4, S(10984, 21)), // SatelliteSubdirectory
    (0x1, S(15196, 8)), // HotRange
    (0x2, S(15204, 9)), // WarmRange
    (0x4, S(7110, 9)), // ColdRange
    (0x8, S(15213, 18)), // HotColdSortedRange
    (0x1, S(15238, 20)), // IBCUnprofiledSection
    (0x2, S(15258, 18)), // IBCProfiledSection
    (0x1, S(15308, 13)), // ModuleSection
    (0x2, S(15321, 14)), // EETableSection
    (0x3, S(15335, 16)), // WriteDataSection
    (0x4, S(15351, 20)), // WriteableDataSection
    (0x5, S(15371, 11)), // DataSection
    (0x6, S(15382, 17)), // RVAStaticsSection
    (0x7, S(15399, 13)), // EEDataSection
    (0x8, S(15412, 30)), // DelayLoadInfoTableEagerSection
    (0x9, S(15442, 25)), // DelayLoadInfoTableSection
    (0xa, S(15467, 14)), // EEReadonlyData
    (0xb, S(15481, 12)), // ReadonlyData
    (0xc, S(15493, 12)), // ClassSection
    (0xd, S(15505, 22)), // CrossDomainInfoSection
    (0xe, S(15527, 17)), // MethodDescSection
    (0xf, S(15544, 26)), // MethodDescWriteableSection
    (0x10, S(15570, 16)), // ExceptionSection
    (0x11, S(15586, 17)), // InstrumentSection
    (0x12, S(15603, 25)), // VirtualImportThunkSection
    (0x13, S(15628, 26)), // ExternalMethodThunkSection
    (0x14, S(15654, 18)), // HelperTableSection
    (0x15, S(15672, 29)), // MethodPrecodeWriteableSection
    (0x16, S(15701, 25)), // MethodPrecodeWriteSection
    (0x17, S(15726, 20)), // MethodPrecodeSection
    (0x18, S(15746, 21)), // Win32ResourcesSection
    (0x19, S(15767, 13)), // HeaderSection
    (0x1a, S(15780, 15)), // MetadataSection
    (0x1b, S(15795, 20)), // DelayLoadInfoSection
    (0x1c, S(15815, 18)), // ImportTableSection
    (0x1d, S(15833, 11)), // CodeSection
    (0x1e, S(15844, 17)), // CodeHeaderSection
    (0x1f, S(15861, 18)), // CodeManagerSection
    (0x20, S(15879, 17)), // UnwindDataSection
    (0x21, S(15896, 22)), // RuntimeFunctionSection
    (0x22, S(15918, 12)), // StubsSection
    (0x23, S(15930, 23)), // StubDispatchDataSection
    (0x24, S(15953, 25)), // ExternalMethodDataSection
    (0x25, S(15978, 29)), // DelayLoadInfoDelayListSection
    (0x26, S(16007, 21)), // ReadonlySharedSection
    (0x27, S(16028, 15)), // ReadonlySection
    (0x28, S(16043, 9)), // ILSection
    (0x29, S(16052, 13)), // GCInfoSection
    (0x2a, S(16065, 17)), // ILMetadataSection
    (0x2b, S(16082, 16)), // ResourcesSection
    (0x2c, S(16098, 21)), // CompressedMapsSection
    (0x2d, S(16119, 12)), // DebugSection
    (0x2e, S(16131, 17)), // BaseRelocsSection
];

const KEYWORDS: &[S] = &[
    S(7, 2), // GC
    S(7, 2), // GC
    S(1383, 9), // Threading
    S(189, 4), // Type
    S(1818, 10), // GCHeapDump
    S(2095, 29), // GCSampledObjectAllocationHigh
    S(2222, 25), // GCHeapSurvivalAndMovement
    S(2560, 8), // GCHandle
    S(2693, 28), // GCSampledObjectAllocationLow
    S(7, 2), // GC
    S(2560, 8), // GCHandle
    S(1818, 10), // GCHeapDump
    S(2095, 29), // GCSampledObjectAllocationHigh
    S(2222, 25), // GCHeapSurvivalAndMovement
    S(2935, 13), // GCHeapCollect
    S(2948, 18), // GCHeapAndTypeNames
    S(2693, 28), // GCSampledObjectAllocationLow
    S(1383, 9), // Threading
    S(1383, 9), // Threading
    S(4243, 14), // ThreadTransfer
    S(4473, 16), // MethodDiagnostic
    S(4543, 14), // TypeDiagnostic
    S(4608, 9), // Exception
    S(4640, 10), // Monitoring
    S(4801, 10), // Contention
    S(1860, 5), // Stack
    S(4948, 27), // AppDomainResourceManagement
    S(4948, 27), // AppDomainResourceManagement
    S(1383, 9), // Threading
    S(5223, 7), // Interop
    S(5589, 3), // Jit
    S(5592, 4), // NGen
    S(5589, 3), // Jit
    S(6390, 6), // Loader
    S(6390, 6), // Loader
    S(6616, 9), // PerfTrack
    S(6616, 9), // PerfTrack
    S(7153, 21), // CompilationDiagnostic
    S(7254, 8), // Security
    S(7570, 10), // JitTracing
    S(8667, 25), // JittedMethodILToNativeMap
    S(9492, 8), // Debugger
    S(4608, 9), // Exception
    S(9785, 11), // CodeSymbols
    S(9842, 11), // EventSource
    S(9941, 11), // Compilation
    S(10204, 14), // AssemblyLoader
    S(11023, 22), // JitInstrumentationData
    S(5589, 3), // Jit
    S(11456, 32), // JittedMethodILToNativeMapRundown
    S(5592, 4), // NGen
    S(6390, 6), // Loader
    S(11456, 32), // JittedMethodILToNativeMapRundown
    S(13163, 7), // Startup
    S(16196, 7), // Binding
    S(17617, 6), // Fusion
    S(17967, 12), // MulticoreJit
    S(18086, 10), // LoaderHeap
    S(18216, 16), // DynamicTypeUsage
];

/// Every string of the rows, one after the other (each line's comment is its offset).
const STRINGS: &str = concat!(
    "GCStart", // 0
    "GC", // 7
    "Start", // 9
    "Information", // 14
    "Count", // 25
    "Reason", // 30
    "AllocSmall", // 36
    "Induced", // 46
    "LowMemory", // 53
    "Empty", // 62
    "AllocLarge", // 67
    "OutOfSpaceSmallObjectHeap", // 77
    "OutOfSpaceLargeObjectHeap", // 102
    "InducedNoForce", // 127
    "Stress", // 141
    "InducedLowMemory", // 147
    "GCReasonMap", // 163
    "GCStart_V1", // 174
    "Depth", // 184
    "Type", // 189
    "NonConcurrentGC", // 193
    "BackgroundGC", // 208
    "ForegroundGC", // 220
    "GCTypeMap", // 232
    "ClrInstanceID", // 241
    "GCStart_V2", // 254
    "ClientSequenceNumber", // 264
    "GCEnd", // 284
    "Stop", // 289
    "GCEnd_V1", // 293
    "GCRestartEEEnd", // 301
    "RestartEEStop", // 315
    "GCRestartEEEnd_V1", // 328
    "GCHeapStats", // 345
    "HeapStats", // 356
    "GenerationSize0", // 365
    "TotalPromotedSize0", // 380
    "GenerationSize1", // 398
    "TotalPromotedSize1", // 413
    "GenerationSize2", // 431
    "TotalPromotedSize2", // 446
    "GenerationSize3", // 464
    "TotalPromotedSize3", // 479
    "FinalizationPromotedSize", // 497
    "FinalizationPromotedCount", // 521
    "PinnedObjectCount", // 546
    "SinkBlockCount", // 563
    "GCHandleCount", // 577
    "GCHeapStats_V1", // 590
    "GCHeapStats_V2", // 604
    "GenerationSize4", // 618
    "TotalPromotedSize4", // 633
    "GCCreateSegment", // 651
    "CreateSegment", // 666
    "Address", // 679
    "Size", // 686
    "SmallObjectHeap", // 690
    "LargeObjectHeap", // 705
    "ReadOnlyHeap", // 720
    "GCSegmentTypeMap", // 732
    "GCCreateSegment_V1", // 748
    "GCFreeSegment", // 766
    "FreeSegment", // 779
    "GCFreeSegment_V1", // 790
    "GCRestartEEBegin", // 806
    "RestartEEStart", // 822
    "GCRestartEEBegin_V1", // 836
    "GCSuspendEEEnd", // 855
    "SuspendEEStop", // 869
    "GCSuspendEEEnd_V1", // 882
    "GCSuspendEEBegin", // 899
    "SuspendEEStart", // 915
    "SuspendOther", // 929
    "SuspendForGC", // 941
    "SuspendForAppDomainShutdown", // 953
    "SuspendForCodePitching", // 980
    "SuspendForShutdown", // 1002
    "SuspendForDebugger", // 1020
    "SuspendForGCPrep", // 1038
    "SuspendForDebuggerSweep", // 1054
    "GCSuspendEEReasonMap", // 1077
    "GCSuspendEEBegin_V1", // 1097
    "GCAllocationTick", // 1116
    "AllocationTick", // 1132
    "Verbose", // 1146
    "AllocationAmount", // 1153
    "AllocationKind", // 1169
    "Small", // 1183
    "Large", // 1188
    "GCAllocationKindMap", // 1193
    "GCAllocationTick_V1", // 1212
    "GCAllocationTick_V2", // 1231
    "AllocationAmount64", // 1250
    "TypeID", // 1268
    "TypeName", // 1274
    "HeapIndex", // 1282
    "GCAllocationTick_V3", // 1291
    "GCCreateConcurrentThread", // 1310
    "CreateConcurrentThread", // 1334
    "GCCreateConcurrentThread_V1", // 1356
    "Threading", // 1383
    "GCTerminateConcurrentThread", // 1392
    "TerminateConcurrentThread", // 1419
    "GCTerminateConcurrentThread_V1", // 1444
    "GCFinalizersEnd", // 1474
    "FinalizersStop", // 1489
    "GCFinalizersEnd_V1", // 1503
    "GCFinalizersBegin", // 1521
    "FinalizersStart", // 1538
    "GCFinalizersBegin_V1", // 1553
    "BulkType", // 1573
    "Values", // 1581
    "ModuleID", // 1587
    "TypeNameID", // 1595
    "Flags", // 1605
    "Delegate", // 1610
    "Finalizable", // 1618
    "ExternallyImplementedCOMObject", // 1629
    "Array", // 1659
    "ArrayRankBit0", // 1664
    "ArrayRankBit1", // 1677
    "ArrayRankBit2", // 1690
    "ArrayRankBit3", // 1703
    "ArrayRankBit4", // 1716
    "ArrayRankBit5", // 1729
    "TypeFlagsMap", // 1742
    "CorElementType", // 1754
    "Name", // 1768
    "TypeParameterCount", // 1772
    "TypeParameters", // 1790
    "GCBulkRootEdge", // 1804
    "GCHeapDump", // 1818
    "Index", // 1828
    "RootedNodeAddress", // 1833
    "GCRootKind", // 1850
    "Stack", // 1860
    "Finalizer", // 1865
    "Handle", // 1874
    "Older", // 1880
    "SizedRef", // 1885
    "Overflow", // 1893
    "GCRootKindMap", // 1901
    "GCRootFlag", // 1914
    "Pinning", // 1924
    "WeakRef", // 1931
    "Interior", // 1938
    "RefCounted", // 1946
    "GCRootFlagsMap", // 1956
    "GCRootID", // 1970
    "GCBulkRootConditionalWeakTableElementEdge", // 1978
    "GCKeyNodeID", // 2019
    "GCValueNodeID", // 2030
    "GCBulkNode", // 2043
    "EdgeCount", // 2053
    "GCBulkEdge", // 2062
    "Value", // 2072
    "ReferencingFieldID", // 2077
    "GCSampledObjectAllocationHigh", // 2095
    "GCSampledObjectAllocation", // 2124
    "ObjectCountForTypeSample", // 2149
    "TotalSizeForTypeSample", // 2173
    "GCBulkSurvivingObjectRanges", // 2195
    "GCHeapSurvivalAndMovement", // 2222
    "RangeBase", // 2247
    "RangeLength", // 2256
    "GCBulkMovedObjectRanges", // 2267
    "OldRangeBase", // 2290
    "NewRangeBase", // 2302
    "GCGenerationRange", // 2314
    "Generation", // 2331
    "RangeStart", // 2341
    "RangeUsedLength", // 2351
    "RangeReservedLength", // 2366
    "GCMarkStackRoots", // 2385
    "MarkStackRoots", // 2401
    "HeapNum", // 2415
    "GCMarkFinalizeQueueRoots", // 2422
    "MarkFinalizeQueueRoots", // 2446
    "GCMarkHandles", // 2468
    "MarkHandles", // 2481
    "GCMarkOlderGenerationRoots", // 2492
    "MarkCards", // 2518
    "FinalizeObject", // 2527
    "ObjectID", // 2541
    "SetGCHandle", // 2549
    "GCHandle", // 2560
    "HandleID", // 2568
    "Kind", // 2576
    "WeakShort", // 2580
    "WeakLong", // 2589
    "Strong", // 2597
    "Pinned", // 2603
    "Variable", // 2609
    "Dependent", // 2617
    "AsyncPinned", // 2626
    "GCHandleKindMap", // 2637
    "AppDomainID", // 2652
    "DestroyGCHandle", // 2663
    "DestoryGCHandle", // 2678
    "GCSampledObjectAllocationLow", // 2693
    "PinObjectAtGCTime", // 2721
    "ObjectSize", // 2738
    "GCTriggered", // 2748
    "Triggered", // 2759
    "GCBulkRootCCW", // 2768
    "IUnknown", // 2781
    "RefCount", // 2789
    "PeggedRefCount", // 2797
    "Pegged", // 2811
    "GCRootCCWFlagsMap", // 2817
    "GCBulkRCW", // 2834
    "VTable", // 2843
    "GCBulkRootStaticVar", // 2849
    "ThreadLocal", // 2868
    "GCRootStaticVarFlagsMap", // 2879
    "FieldName", // 2902
    "GCDynamicEvent", // 2911
    "Log Always", // 2925
    "GCHeapCollect", // 2935
    "GCHeapAndTypeNames", // 2948
    "DataSize", // 2966
    "Data", // 2974
    "WorkerThreadCreate", // 2978
    "WorkerThreadCreationV2", // 2996
    "WorkerThreadCount", // 3018
    "RetiredWorkerThreads", // 3035
    "WorkerThreadTerminate", // 3055
    "WorkerThreadRetire", // 3076
    "WorkerThreadRetirementV2", // 3094
    "WorkerThreadUnretire", // 3118
    "IOThreadCreate", // 3138
    "IOThreadCreation", // 3152
    "IOThreadCount", // 3168
    "RetiredIOThreads", // 3181
    "IOThreadCreate_V1", // 3197
    "IOThreadTerminate", // 3214
    "IOThreadTerminate_V1", // 3231
    "IOThreadRetire", // 3251
    "IOThreadRetirement", // 3265
    "IOThreadRetire_V1", // 3283
    "IOThreadUnretire", // 3300
    "IOThreadUnretire_V1", // 3316
    "ThreadpoolSuspensionSuspendThread", // 3335
    "ThreadpoolSuspensionV2", // 3368
    "ClrThreadID", // 3390
    "CpuUtilization", // 3401
    "ThreadpoolSuspensionResumeThread", // 3415
    "ThreadPoolWorkerThreadStart", // 3447
    "ThreadPoolWorkerThread", // 3474
    "ActiveWorkerThreadCount", // 3496
    "RetiredWorkerThreadCount", // 3519
    "ThreadPoolWorkerThreadStop", // 3543
    "ThreadPoolWorkerThreadRetirementStart", // 3569
    "ThreadPoolWorkerThreadRetirement", // 3606
    "ThreadPoolWorkerThreadRetirementStop", // 3638
    "ThreadPoolWorkerThreadAdjustmentSample", // 3674
    "ThreadPoolWorkerThreadAdjustment", // 3712
    "Sample", // 3744
    "Throughput", // 3750
    "ThreadPoolWorkerThreadAdjustmentAdjustment", // 3760
    "Adjustment", // 3802
    "AverageThroughput", // 3812
    "NewWorkerThreadCount", // 3829
    "Warmup", // 3849
    "Initializing", // 3855
    "RandomMove", // 3867
    "ClimbingMove", // 3877
    "ChangePoint", // 3889
    "Stabilizing", // 3900
    "Starvation", // 3911
    "ThreadTimedOut", // 3921
    "ThreadAdjustmentReasonMap", // 3935
    "ThreadPoolWorkerThreadAdjustmentStats", // 3960
    "Stats", // 3997
    "Duration", // 4002
    "ThreadWave", // 4010
    "ThroughputWave", // 4020
    "ThroughputErrorEstimate", // 4034
    "AverageThroughputErrorEstimate", // 4057
    "ThroughputRatio", // 4087
    "Confidence", // 4102
    "NewControlSetting", // 4112
    "NewThreadWaveMagnitude", // 4129
    "ThreadPoolWorkerThreadWait", // 4151
    "Wait", // 4177
    "ThreadPoolWorkingThreadCount", // 4181
    "ThreadPoolEnqueue", // 4209
    "ThreadPool", // 4226
    "Enqueue", // 4236
    "ThreadTransfer", // 4243
    "WorkID", // 4257
    "ThreadPoolDequeue", // 4263
    "Dequeue", // 4280
    "ThreadPoolIOEnqueue", // 4287
    "IOEnqueue", // 4306
    "NativeOverlapped", // 4315
    "Overlapped", // 4331
    "MultiDequeues", // 4341
    "ThreadPoolIODequeue", // 4354
    "IODequeue", // 4373
    "ThreadPoolIOPack", // 4382
    "IOPack", // 4398
    "ThreadCreating", // 4404
    "Thread", // 4418
    "Creating", // 4424
    "ID", // 4432
    "ThreadRunning", // 4434
    "Running", // 4447
    "MethodDetails", // 4454
    "Method", // 4467
    "MethodDiagnostic", // 4473
    "MethodID", // 4489
    "MethodToken", // 4497
    "LoaderModuleID", // 4508
    "TypeLoadStart", // 4522
    "TypeLoad", // 4535
    "TypeDiagnostic", // 4543
    "TypeLoadStartID", // 4557
    "TypeLoadStop", // 4572
    "LoadLevel", // 4584
    "ExceptionThrown", // 4593
    "Exception", // 4608
    "ExceptionThrown_V1", // 4617
    "Error", // 4635
    "Monitoring", // 4640
    "ExceptionType", // 4650
    "ExceptionMessage", // 4663
    "ExceptionEIP", // 4679
    "ExceptionHRESULT", // 4691
    "ExceptionFlags", // 4707
    "HasInnerException", // 4721
    "Nested", // 4738
    "ReThrown", // 4744
    "CorruptedState", // 4752
    "CLSCompliant", // 4766
    "ExceptionThrownFlagsMap", // 4778
    "Contention", // 4801
    "ContentionStart_V1", // 4811
    "ContentionFlags", // 4829
    "Managed", // 4844
    "Native", // 4851
    "ContentionFlagsMap", // 4857
    "CLRStackWalk", // 4875
    "ClrStack", // 4887
    "Walk", // 4895
    "Reserved1", // 4899
    "Reserved2", // 4908
    "FrameCount", // 4917
    "AppDomainMemAllocated", // 4927
    "AppDomainResourceManagement", // 4948
    "MemAllocated", // 4975
    "Allocated", // 4987
    "AppDomainMemSurvived", // 4996
    "MemSurvived", // 5016
    "Survived", // 5027
    "ProcessSurvived", // 5035
    "ThreadCreated", // 5050
    "ManagedThreadID", // 5063
    "GCSpecial", // 5078
    "ThreadPoolWorker", // 5087
    "ThreadFlagsMap", // 5103
    "ManagedThreadIndex", // 5117
    "OSThreadID", // 5135
    "ThreadTerminated", // 5145
    "ThreadDomainEnter", // 5161
    "DomainEnter", // 5178
    "ILStubGenerated", // 5189
    "ILStub", // 5204
    "StubGenerated", // 5210
    "Interop", // 5223
    "StubMethodID", // 5230
    "StubFlags", // 5242
    "ReverseInterop", // 5251
    "ComInterop", // 5265
    "NGenedStub", // 5275
    "VarArg", // 5285
    "UnmanagedCallee", // 5291
    "StructMarshal", // 5306
    "ILStubGeneratedFlagsMap", // 5319
    "ManagedInteropMethodToken", // 5342
    "ManagedInteropMethodNamespace", // 5367
    "ManagedInteropMethodName", // 5396
    "ManagedInteropMethodSignature", // 5420
    "NativeMethodSignature", // 5449
    "StubMethodSignature", // 5470
    "StubMethodILCode", // 5489
    "ILStubCacheHit", // 5505
    "StubCacheHit", // 5519
    "ContentionStop", // 5531
    "ContentionStop_V1", // 5545
    "DurationNs", // 5562
    "DCStartCompleteV2", // 5572
    "Jit", // 5589
    "NGen", // 5592
    "DCEndCompleteV2", // 5596
    "MethodDCStartV2", // 5611
    "DCStartV2", // 5626
    "MethodStartAddress", // 5635
    "MethodSize", // 5653
    "MethodFlags", // 5663
    "Dynamic", // 5674
    "Generic", // 5681
    "HasSharedGenericCode", // 5688
    "Jitted", // 5708
    "JitHelper", // 5714
    "ProfilerRejectedPrecompiledCode", // 5723
    "ReadyToRunRejectedPrecompiledCode", // 5754
    "MethodFlagsMap", // 5787
    "MethodDCEndV2", // 5801
    "DCStopV2", // 5814
    "MethodDCStartVerboseV2", // 5822
    "DCStartVerboseV2", // 5844
    "MethodNamespace", // 5860
    "MethodName", // 5875
    "MethodSignature", // 5885
    "MethodDCEndVerboseV2", // 5900
    "DCStopVerboseV2", // 5920
    "MethodLoad", // 5935
    "Load", // 5945
    "MethodLoad_V1", // 5949
    "MethodLoad_V2", // 5962
    "ReJITID", // 5975
    "MethodUnload", // 5982
    "Unload", // 5994
    "MethodUnload_V1", // 6000
    "MethodUnload_V2", // 6015
    "MethodLoadVerbose", // 6030
    "LoadVerbose", // 6047
    "MethodLoadVerbose_V1", // 6058
    "MethodLoadVerbose_V2", // 6078
    "MethodUnloadVerbose", // 6098
    "UnloadVerbose", // 6117
    "MethodUnloadVerbose_V1", // 6130
    "MethodUnloadVerbose_V2", // 6152
    "MethodJittingStarted", // 6174
    "JittingStarted", // 6194
    "MethodILSize", // 6208
    "MethodJittingStarted_V1", // 6220
    "MethodJitMemoryAllocatedForCode", // 6243
    "MemoryAllocatedForJitCode", // 6274
    "JitHotCodeRequestSize", // 6299
    "JitRODataRequestSize", // 6320
    "AllocatedSizeForJitCode", // 6340
    "JitAllocFlag", // 6363
    "ModuleDCStartV2", // 6375
    "Loader", // 6390
    "AssemblyID", // 6396
    "ModuleFlags", // 6406
    "DomainNeutral", // 6417
    "Manifest", // 6430
    "IbcOptimized", // 6438
    "ReadyToRunModule", // 6450
    "PartialReadyToRunModule", // 6466
    "ModuleFlagsMap", // 6489
    "ModuleILPath", // 6503
    "ModuleNativePath", // 6515
    "ModuleDCEndV2", // 6531
    "ModuleDCStopV2", // 6544
    "DomainModuleLoad", // 6558
    "DomainModuleLoad_V1", // 6574
    "ModuleLoad", // 6593
    "ModuleLoad_V1", // 6603
    "PerfTrack", // 6616
    "ModuleLoad_V2", // 6625
    "ManagedPdbSignature", // 6638
    "ManagedPdbAge", // 6657
    "ManagedPdbBuildPath", // 6670
    "NativePdbSignature", // 6689
    "NativePdbAge", // 6707
    "NativePdbBuildPath", // 6719
    "ModuleUnload", // 6737
    "ModuleUnload_V1", // 6749
    "ModuleUnload_V2", // 6764
    "AssemblyLoad", // 6779
    "AssemblyFlags", // 6791
    "Collectible", // 6804
    "AssemblyFlagsMap", // 6815
    "FullyQualifiedAssemblyName", // 6831
    "AssemblyLoad_V1", // 6857
    "BindingID", // 6872
    "AssemblyUnload", // 6881
    "AssemblyUnload_V1", // 6895
    "AppDomainLoad", // 6912
    "AppDomainFlags", // 6925
    "Default", // 6939
    "Executable", // 6946
    "Shared", // 6956
    "AppDomainFlagsMap", // 6962
    "AppDomainName", // 6979
    "AppDomainLoad_V1", // 6992
    "AppDomainIndex", // 7008
    "AppDomainUnload", // 7022
    "AppDomainUnload_V1", // 7037
    "ModuleRangeLoad", // 7055
    "ClrPerfTrack", // 7070
    "RangeBegin", // 7082
    "RangeSize", // 7092
    "RangeType", // 7101
    "ColdRange", // 7110
    "ModuleRangeTypeMap", // 7119
    "R2RGetEntryPoint", // 7137
    "CompilationDiagnostic", // 7153
    "EntryPoint", // 7174
    "R2RGetEntryPointStart", // 7184
    "StrongNameVerificationStart", // 7205
    "StrongNameVerification", // 7232
    "Security", // 7254
    "VerificationFlags", // 7262
    "ErrorCode", // 7279
    "StrongNameVerificationStart_V1", // 7288
    "StrongNameVerificationStop", // 7318
    "StrongNameVerificationStop_V1", // 7344
    "AuthenticodeVerificationStart", // 7373
    "AuthenticodeVerification", // 7402
    "ModulePath", // 7426
    "AuthenticodeVerificationStart_V1", // 7436
    "AuthenticodeVerificationStop", // 7468
    "AuthenticodeVerificationStop_V1", // 7496
    "MethodJitInliningSucceeded", // 7527
    "InliningSucceeded", // 7553
    "JitTracing", // 7570
    "MethodBeingCompiledNamespace", // 7580
    "MethodBeingCompiledName", // 7608
    "MethodBeingCompiledNameSignature", // 7631
    "InlinerNamespace", // 7663
    "InlinerName", // 7679
    "InlinerNameSignature", // 7690
    "InlineeNamespace", // 7710
    "InlineeName", // 7726
    "InlineeNameSignature", // 7737
    "MethodJitInliningFailedAnsi", // 7757
    "InliningFailed", // 7784
    "FailAlways", // 7798
    "FailReason", // 7808
    "RuntimeInformationStart", // 7818
    "Runtime", // 7841
    "Sku", // 7848
    "DesktopClr", // 7851
    "CoreClr", // 7861
    "RuntimeSkuMap", // 7868
    "BclMajorVersion", // 7881
    "BclMinorVersion", // 7896
    "BclBuildNumber", // 7911
    "BclQfeNumber", // 7925
    "VMMajorVersion", // 7937
    "VMMinorVersion", // 7951
    "VMBuildNumber", // 7965
    "VMQfeNumber", // 7978
    "StartupFlags", // 7989
    "CONCURRENT_GC", // 8001
    "LOADER_OPTIMIZATION_SINGLE_DOMAIN", // 8014
    "LOADER_OPTIMIZATION_MULTI_DOMAIN", // 8047
    "LOADER_SAFEMODE", // 8079
    "LOADER_SETPREFERENCE", // 8094
    "SERVER_GC", // 8114
    "HOARD_GC_VM", // 8123
    "SINGLE_VERSION_HOSTING_INTERFACE", // 8134
    "LEGACY_IMPERSONATION", // 8166
    "DISABLE_COMMITTHREADSTACK", // 8186
    "ALWAYSFLOW_IMPERSONATION", // 8211
    "TRIM_GC_COMMIT", // 8235
    "ETW", // 8249
    "SERVER_BUILD", // 8252
    "ARM", // 8264
    "StartupFlagsMap", // 8267
    "StartupMode", // 8282
    "ManagedExe", // 8293
    "HostedClr", // 8303
    "IjwDll", // 8312
    "ComActivated", // 8318
    "Other", // 8330
    "StartupModeMap", // 8335
    "CommandLine", // 8349
    "ComObjectGuid", // 8360
    "RuntimeDllPath", // 8373
    "MethodJitTailCallSucceeded", // 8387
    "TailCallSucceeded", // 8413
    "CallerNamespace", // 8430
    "CallerName", // 8445
    "CallerNameSignature", // 8455
    "CalleeNamespace", // 8474
    "CalleeName", // 8489
    "CalleeNameSignature", // 8499
    "TailPrefix", // 8518
    "TailCallType", // 8528
    "OptimizedTailCall", // 8540
    "RecursiveLoop", // 8557
    "HelperAssistedTailCall", // 8570
    "TailCallTypeMap", // 8592
    "MethodJitTailCallFailedAnsi", // 8607
    "TailCallFailed", // 8634
    "MethodILToNativeMap", // 8648
    "JittedMethodILToNativeMap", // 8667
    "MethodExtent", // 8692
    "CountOfMapEntries", // 8704
    "ILOffsets", // 8721
    "NativeOffsets", // 8730
    "MethodJitTailCallFailed", // 8743
    "MethodJitInliningFailed", // 8766
    "IncreaseMemoryPressure", // 8789
    "BytesAllocated", // 8811
    "DecreaseMemoryPressure", // 8825
    "BytesFreed", // 8847
    "GCMarkWithType", // 8857
    "Mark", // 8871
    "Bytes", // 8875
    "GCJoin_V2", // 8880
    "GCJoin", // 8889
    "Heap", // 8895
    "JoinTime", // 8899
    "JoinType", // 8907
    "JoinID", // 8915
    "GCPerHeapHistory_V3", // 8921
    "PerHeapHistory", // 8940
    "FreeListAllocated", // 8954
    "FreeListRejected", // 8971
    "EndOfSegAllocated", // 8987
    "CondemnedAllocated", // 9004
    "PinnedAllocated", // 9022
    "PinnedAllocatedAdvance", // 9037
    "RunningFreeListEfficiency", // 9059
    "CondemnReasons0", // 9084
    "CondemnReasons1", // 9099
    "CompactMechanisms", // 9114
    "ExpandMechanisms", // 9131
    "ExtraGen0Commit", // 9147
    "SizeBefore", // 9162
    "FreeListBefore", // 9172
    "FreeObjBefore", // 9186
    "SizeAfter", // 9199
    "FreeListAfter", // 9208
    "FreeObjAfter", // 9221
    "In", // 9233
    "PinnedSurv", // 9235
    "NonePinnedSurv", // 9245
    "NewAllocation", // 9259
    "GCGlobalHeapHistory_V2", // 9272
    "GlobalHeapHistory", // 9294
    "FinalYoungestDesired", // 9311
    "NumHeaps", // 9331
    "CondemnedGeneration", // 9339
    "Gen0ReductionCount", // 9358
    "GlobalMechanisms", // 9376
    "PauseMode", // 9392
    "MemoryPressure", // 9401
    "GCGlobalHeapHistory_V3", // 9415
    "GenAwareBegin", // 9437
    "GenAwareEnd", // 9450
    "DebugIPCEventStart", // 9461
    "DebugIPCEvent", // 9479
    "Debugger", // 9492
    "DebugIPCEventEnd", // 9500
    "DebugExceptionProcessingStart", // 9516
    "DebugExceptionProcessing", // 9545
    "DebugExceptionProcessingEnd", // 9569
    "ExceptionCatchStart", // 9596
    "ExceptionCatch", // 9615
    "EntryEIP", // 9629
    "ExceptionCatchStop", // 9637
    "ExceptionFinallyStart", // 9655
    "ExceptionFinally", // 9676
    "ExceptionFinallyStop", // 9692
    "ExceptionFilterStart", // 9712
    "ExceptionFilter", // 9732
    "ExceptionFilterStop", // 9747
    "ExceptionThrownStop", // 9766
    "CodeSymbols", // 9785
    "ModuleId", // 9796
    "TotalChunks", // 9804
    "ChunkNumber", // 9815
    "ChunkLength", // 9826
    "Chunk", // 9837
    "EventSource", // 9842
    "EventID", // 9853
    "EventName", // 9860
    "EventSourceName", // 9869
    "Payload", // 9884
    "TieredCompilationSettings", // 9891
    "TieredCompilation", // 9916
    "Settings", // 9933
    "Compilation", // 9941
    "None", // 9952
    "QuickJit", // 9956
    "QuickJitForLoops", // 9964
    "TieredCompilationSettingsFlagsMap", // 9980
    "TieredCompilationPause", // 10013
    "Pause", // 10035
    "TieredCompilationResume", // 10040
    "Resume", // 10063
    "NewMethodCount", // 10069
    "TieredCompilationBackgroundJitStart", // 10083
    "PendingMethodCount", // 10118
    "TieredCompilationBackgroundJitStop", // 10136
    "JittedMethodCount", // 10170
    "AssemblyLoadStart", // 10187
    "AssemblyLoader", // 10204
    "AssemblyName", // 10218
    "AssemblyPath", // 10230
    "RequestingAssembly", // 10242
    "AssemblyLoadContext", // 10260
    "RequestingAssemblyLoadContext", // 10279
    "AssemblyLoadStop", // 10308
    "Success", // 10324
    "ResultAssemblyName", // 10331
    "ResultAssemblyPath", // 10349
    "Cached", // 10367
    "ResolutionAttempted", // 10373
    "Stage", // 10392
    "FindInLoadContext", // 10397
    "AssemblyLoadContextLoad", // 10414
    "ApplicationAssemblies", // 10437
    "DefaultAssemblyLoadContextFallback", // 10458
    "ResolveSatelliteAssembly", // 10492
    "AssemblyLoadContextResolvingEvent", // 10516
    "AppDomainAssemblyResolveEvent", // 10549
    "ResolutionAttemptedStageMap", // 10578
    "Result", // 10605
    "AssemblyNotFound", // 10611
    "MismatchedAssemblyName", // 10627
    "IncompatibleVersion", // 10649
    "Failure", // 10668
    "ResolutionAttemptedResultMap", // 10675
    "ErrorMessage", // 10703
    "AssemblyLoadContextResolvingHandlerInvoked", // 10715
    "HandlerName", // 10757
    "AppDomainAssemblyResolveHandlerInvoked", // 10768
    "AssemblyLoadFromResolveHandlerInvoked", // 10806
    "IsTrackedLoad", // 10843
    "RequestingAssemblyPath", // 10856
    "ComputedRequestedAssemblyPath", // 10878
    "KnownPathProbed", // 10907
    "FilePath", // 10922
    "Source", // 10930
    "AppNativeImagePaths", // 10936
    "AppPaths", // 10955
    "PlatformResourceRoots", // 10963
    "SatelliteSubdirectory", // 10984
    "KnownPathSourceMap", // 11005
    "JitInstrumentationData", // 11023
    "InstrumentationData", // 11045
    "JitInstrumentationDataVerbose", // 11064
    "Microsoft-Windows-DotNETRuntime", // 11093
    "ClrEtwAll.man of dotnet/runtime at 6ded57b (MIT)", // 11124
    "CLRStackWalkDCStart", // 11172
    "MethodDCStart", // 11191
    "DCStart", // 11204
    "MethodDCStart_V1", // 11211
    "MethodDCStart_V2", // 11227
    "MethodDCEnd", // 11243
    "DCStop", // 11254
    "MethodDCEnd_V1", // 11260
    "MethodDCEnd_V2", // 11274
    "MethodDCStartVerbose", // 11288
    "DCStartVerbose", // 11308
    "MethodDCStartVerbose_V1", // 11322
    "MethodDCStartVerbose_V2", // 11345
    "MethodDCEndVerbose", // 11368
    "DCStopVerbose", // 11386
    "MethodDCEndVerbose_V1", // 11399
    "MethodDCEndVerbose_V2", // 11420
    "DCStartComplete", // 11441
    "JittedMethodILToNativeMapRundown", // 11456
    "DCStartComplete_V1", // 11488
    "DCEndComplete", // 11506
    "DCStopComplete", // 11519
    "DCEndComplete_V1", // 11533
    "DCStartInit", // 11549
    "DCStartInit_V1", // 11560
    "DCEndInit", // 11574
    "DCStopInit", // 11583
    "DCEndInit_V1", // 11593
    "MethodDCStartILToNativeMap", // 11605
    "MethodDCEndILToNativeMap", // 11631
    "DomainModuleDCStart", // 11655
    "DomainModuleDCStart_V1", // 11674
    "DomainModuleDCEnd", // 11696
    "DomainModuleDCStop", // 11713
    "DomainModuleDCEnd_V1", // 11731
    "ModuleDCStart", // 11751
    "ModuleDCStart_V1", // 11764
    "ModuleDCStart_V2", // 11780
    "ModuleDCEnd", // 11796
    "ModuleDCStop", // 11807
    "ModuleDCEnd_V1", // 11819
    "ModuleDCEnd_V2", // 11833
    "AssemblyDCStart", // 11847
    "AssemblyDCStart_V1", // 11862
    "AssemblyDCEnd", // 11880
    "AssemblyDCStop", // 11893
    "AssemblyDCEnd_V1", // 11907
    "AppDomainDCStart", // 11923
    "AppDomainDCStart_V1", // 11939
    "AppDomainDCEnd", // 11958
    "AppDomainDCStop", // 11972
    "AppDomainDCEnd_V1", // 11987
    "ThreadDC", // 12004
    "ThreadDCStop", // 12012
    "ModuleRangeDCStart", // 12024
    "ModuleRangeDCEnd", // 12042
    "RuntimeInformationDCStart", // 12058
    "TieredCompilationSettingsDCStart", // 12083
    "SettingsDCStart", // 12115
    "Microsoft-Windows-DotNETRuntimeRundown", // 12130
    "StressLogEvent", // 12168
    "StressLog", // 12182
    "Facility", // 12191
    "LogLevel", // 12199
    "Message", // 12207
    "StressLogEvent_V1", // 12214
    "CLRStackWalkStress", // 12231
    "Microsoft-Windows-DotNETRuntimeStress", // 12249
    "GCDecision", // 12286
    "Decision", // 12296
    "DoCompact", // 12304
    "GCDecision_V1", // 12313
    "GCSettings", // 12326
    "SegmentSize", // 12336
    "LargeObjectSegmentSize", // 12347
    "ServerGC", // 12369
    "GCSettings_V1", // 12377
    "GCOptimized", // 12390
    "Optimized", // 12401
    "DesiredAllocation", // 12410
    "GenerationNumber", // 12427
    "GCOptimized_V1", // 12443
    "GCPerHeapHistory_V1", // 12457
    "GCPerHeapHistory", // 12476
    "GCGlobalHeapHistory", // 12492
    "GCGlobalHeapHistory_V1", // 12511
    "Join", // 12533
    "GCJoin_V1", // 12537
    "PrvGCMarkStackRoots", // 12546
    "PrvGCMarkStackRoots_V1", // 12565
    "PrvGCMarkFinalizeQueueRoots", // 12587
    "PrvGCMarkFinalizeQueueRoots_V1", // 12614
    "PrvGCMarkHandles", // 12644
    "PrvGCMarkHandles_V1", // 12660
    "PrvGCMarkCards", // 12679
    "PrvGCMarkCards_V1", // 12693
    "BGCBegin", // 12710
    "BGCStart", // 12718
    "BGC1stNonConEnd", // 12726
    "BGC1stNonCondStop", // 12741
    "BGC1stConEnd", // 12758
    "BGC1stConStop", // 12770
    "BGC2ndNonConBegin", // 12783
    "BGC2ndNonConStart", // 12800
    "BGC2ndNonConEnd", // 12817
    "BGC2ndNonConStop", // 12832
    "BGC2ndConBegin", // 12848
    "BGC2ndConStart", // 12862
    "BGC2ndConEnd", // 12876
    "BGC2ndConStop", // 12888
    "BGCPlanEnd", // 12901
    "BGCPlanStop", // 12911
    "BGCSweepEnd", // 12922
    "BGCSweepStop", // 12933
    "BGCDrainMark", // 12945
    "Objects", // 12957
    "BGCRevisit", // 12964
    "Pages", // 12974
    "IsLarge", // 12979
    "BGCOverflow", // 12986
    "Min", // 12997
    "Max", // 13000
    "BGCOverflow_V1", // 13003
    "GenNumber", // 13017
    "BGCAllocWaitBegin", // 13026
    "BGCAllocWaitStart", // 13043
    "BGCAllocWaitEnd", // 13060
    "BGCAllocWaitStop", // 13075
    "GCFullNotify", // 13091
    "FullNotify", // 13103
    "IsAlloc", // 13113
    "GCFullNotify_V1", // 13120
    "BGC1stSweepEnd", // 13135
    "EEStartupStart", // 13149
    "Startup", // 13163
    "EEStartupStart_V1", // 13170
    "EEStartupEnd", // 13187
    "EEStartupStop", // 13199
    "EEStartupEnd_V1", // 13212
    "EEConfigSetup", // 13227
    "EEConfigSetupStart", // 13240
    "EEConfigSetup_V1", // 13258
    "EEConfigSetupEnd", // 13274
    "EEConfigSetupStop", // 13290
    "EEConfigSetupEnd_V1", // 13307
    "LdSysBases", // 13326
    "LoadSystemBasesStart", // 13336
    "LdSysBases_V1", // 13356
    "LdSysBasesEnd", // 13369
    "LoadSystemBasesStop", // 13382
    "LdSysBasesEnd_V1", // 13401
    "ExecExe", // 13417
    "ExecExeStart", // 13424
    "ExecExe_V1", // 13436
    "ExecExeEnd", // 13446
    "ExecExeStop", // 13456
    "ExecExeEnd_V1", // 13467
    "Main", // 13480
    "MainStart", // 13484
    "Main_V1", // 13493
    "MainEnd", // 13500
    "MainStop", // 13507
    "MainEnd_V1", // 13515
    "ApplyPolicyStart", // 13525
    "ApplyPolicyStart_V1", // 13541
    "ApplyPolicyEnd", // 13560
    "ApplyPolicyStop", // 13574
    "ApplyPolicyEnd_V1", // 13589
    "LdLibShFolder", // 13606
    "LdLibShFolderStart", // 13619
    "LdLibShFolder_V1", // 13637
    "LdLibShFolderEnd", // 13653
    "LdLibShFolderStop", // 13669
    "LdLibShFolderEnd_V1", // 13686
    "PrestubWorker", // 13705
    "PrestubWorkerStart", // 13718
    "PrestubWorker_V1", // 13736
    "PrestubWorkerEnd", // 13752
    "PrestubWorkerStop", // 13768
    "PrestubWorkerEnd_V1", // 13785
    "GetInstallationStart", // 13804
    "GetInstallationStart_V1", // 13824
    "GetInstallationEnd", // 13847
    "GetInstallationStop", // 13865
    "GetInstallationEnd_V1", // 13884
    "OpenHModule", // 13905
    "OpenHModuleStart", // 13916
    "OpenHModule_V1", // 13932
    "OpenHModuleEnd", // 13946
    "OpenHModuleStop", // 13960
    "OpenHModuleEnd_V1", // 13975
    "ExplicitBindStart", // 13992
    "ExplicitBindStart_V1", // 14009
    "ExplicitBindEnd", // 14029
    "ExplicitBindStop", // 14044
    "ExplicitBindEnd_V1", // 14060
    "ParseXml", // 14078
    "ParseXmlStart", // 14086
    "ParseXml_V1", // 14099
    "ParseXmlEnd", // 14110
    "ParseXmlStop", // 14121
    "ParseXmlEnd_V1", // 14133
    "InitDefaultDomain", // 14147
    "InitDefaultDomainStart", // 14164
    "InitDefaultDomain_V1", // 14186
    "InitDefaultDomainEnd", // 14206
    "InitDefaultDomainStop", // 14226
    "InitDefaultDomainEnd_V1", // 14247
    "InitSecurity", // 14270
    "InitSecurityStart", // 14282
    "InitSecurity_V1", // 14299
    "InitSecurityEnd", // 14314
    "InitSecurityStop", // 14329
    "InitSecurityEnd_V1", // 14345
    "AllowBindingRedirs", // 14363
    "AllowBindingRedirsStart", // 14381
    "AllowBindingRedirs_V1", // 14404
    "AllowBindingRedirsEnd", // 14425
    "AllowBindingRedirsStop", // 14446
    "AllowBindingRedirsEnd_V1", // 14468
    "EEConfigSync", // 14492
    "EEConfigSyncStart", // 14504
    "EEConfigSync_V1", // 14521
    "EEConfigSyncEnd", // 14536
    "EEConfigSyncStop", // 14551
    "EEConfigSyncEnd_V1", // 14567
    "FusionBinding", // 14585
    "BindingStart", // 14598
    "FusionBinding_V1", // 14610
    "FusionBindingEnd", // 14626
    "BindingStop", // 14642
    "FusionBindingEnd_V1", // 14653
    "LoaderCatchCall", // 14672
    "LoaderCatchCallStart", // 14687
    "LoaderCatchCall_V1", // 14707
    "LoaderCatchCallEnd", // 14725
    "LoaderCatchCallStop", // 14743
    "LoaderCatchCallEnd_V1", // 14762
    "FusionInit", // 14783
    "FusionInitStart", // 14793
    "FusionInit_V1", // 14808
    "FusionInitEnd", // 14821
    "FusionInitStop", // 14834
    "FusionInitEnd_V1", // 14848
    "FusionAppCtx", // 14864
    "FusionAppCtxStart", // 14876
    "FusionAppCtx_V1", // 14893
    "FusionAppCtxEnd", // 14908
    "FusionAppCtxStop", // 14923
    "FusionAppCtxEnd_V1", // 14939
    "Fusion2EE", // 14957
    "Fusion2EEStart", // 14966
    "Fusion2EE_V1", // 14980
    "Fusion2EEEnd", // 14992
    "Fusion2EEStop", // 15004
    "Fusion2EEEnd_V1", // 15017
    "SecurityCatchCall", // 15032
    "SecurityCatchCallStart", // 15049
    "SecurityCatchCall_V1", // 15071
    "SecurityCatchCallEnd", // 15091
    "SecurityCatchCallStop", // 15111
    "SecurityCatchCallEnd_V1", // 15132
    "CLRStackWalkPrivate", // 15155
    "ModuleRangeLoadPrivate", // 15174
    "HotRange", // 15196
    "WarmRange", // 15204
    "HotColdSortedRange", // 15213
    "IBCType", // 15231
    "IBCUnprofiledSection", // 15238
    "IBCProfiledSection", // 15258
    "ModuleRangeIBCTypeMap", // 15276
    "SectionType", // 15297
    "ModuleSection", // 15308
    "EETableSection", // 15321
    "WriteDataSection", // 15335
    "WriteableDataSection", // 15351
    "DataSection", // 15371
    "RVAStaticsSection", // 15382
    "EEDataSection", // 15399
    "DelayLoadInfoTableEagerSection", // 15412
    "DelayLoadInfoTableSection", // 15442
    "EEReadonlyData", // 15467
    "ReadonlyData", // 15481
    "ClassSection", // 15493
    "CrossDomainInfoSection", // 15505
    "MethodDescSection", // 15527
    "MethodDescWriteableSection", // 15544
    "ExceptionSection", // 15570
    "InstrumentSection", // 15586
    "VirtualImportThunkSection", // 15603
    "ExternalMethodThunkSection", // 15628
    "HelperTableSection", // 15654
    "MethodPrecodeWriteableSection", // 15672
    "MethodPrecodeWriteSection", // 15701
    "MethodPrecodeSection", // 15726
    "Win32ResourcesSection", // 15746
    "HeaderSection", // 15767
    "MetadataSection", // 15780
    "DelayLoadInfoSection", // 15795
    "ImportTableSection", // 15815
    "CodeSection", // 15833
    "CodeHeaderSection", // 15844
    "CodeManagerSection", // 15861
    "UnwindDataSection", // 15879
    "RuntimeFunctionSection", // 15896
    "StubsSection", // 15918
    "StubDispatchDataSection", // 15930
    "ExternalMethodDataSection", // 15953
    "DelayLoadInfoDelayListSection", // 15978
    "ReadonlySharedSection", // 16007
    "ReadonlySection", // 16028
    "ILSection", // 16043
    "GCInfoSection", // 16052
    "ILMetadataSection", // 16065
    "ResourcesSection", // 16082
    "CompressedMapsSection", // 16098
    "DebugSection", // 16119
    "BaseRelocsSection", // 16131
    "ModuleRangeSectionTypeMap", // 16148
    "BindingPolicyPhaseStart", // 16173
    "Binding", // 16196
    "PolicyPhaseStart", // 16203
    "LoadContextID", // 16219
    "FromLoaderCache", // 16232
    "DynamicLoad", // 16247
    "AssemblyCodebase", // 16258
    "BindingPolicyPhaseEnd", // 16274
    "PolicyPhaseStop", // 16295
    "BindingNgenPhaseStart", // 16310
    "NgenPhaseStart", // 16331
    "BindingNgenPhaseEnd", // 16345
    "NgenPhaseStop", // 16364
    "BindingLookupAndProbingPhaseStart", // 16377
    "LoopupAndProbingPhaseStart", // 16410
    "BindingLookupAndProbingPhaseEnd", // 16436
    "LookupAndProbingPhaseStop", // 16467
    "LoaderPhaseStart", // 16492
    "LoaderPhaseEnd", // 16508
    "LoaderPhaseStop", // 16522
    "BindingPhaseStart", // 16537
    "PhaseStart", // 16554
    "BindingPhaseEnd", // 16564
    "PhaseStop", // 16579
    "BindingDownloadPhaseStart", // 16588
    "DownloadPhaseStart", // 16613
    "BindingDownloadPhaseEnd", // 16631
    "DownloadPhaseStop", // 16654
    "LoaderAssemblyInitPhaseStart", // 16671
    "LoaderAssemblyInitPhaseEnd", // 16699
    "LoaderAssemblyInitPhaseStop", // 16725
    "LoaderMappingPhaseStart", // 16752
    "LoaderMappingPhaseEnd", // 16775
    "LoaderMappingPhaseStop", // 16796
    "LoaderDeliverEventsPhaseStart", // 16818
    "LoaderDeliverEventPhaseStart", // 16847
    "LoaderDeliverEventsPhaseEnd", // 16875
    "LoaderDeliverEventsPhaseStop", // 16902
    "EvidenceGenerated", // 16930
    "EvidenceGeneration", // 16947
    "AppDomain", // 16965
    "ILImage", // 16974
    "ModuleTransparencyComputationStart", // 16981
    "Transparency", // 17015
    "Module", // 17027
    "ModuleTransparencyComputationEnd", // 17033
    "ModuleTransparencyComputationStop", // 17065
    "IsAllCritical", // 17098
    "IsAllTransparent", // 17111
    "IsTreatAsSafe", // 17127
    "IsOpportunisticallyCritical", // 17140
    "SecurityRuleSet", // 17167
    "TypeTransparencyComputationStart", // 17182
    "TypeTransparencyComputationEnd", // 17214
    "TypeTransparencyComputationStop", // 17244
    "IsCritical", // 17275
    "MethodTransparencyComputationStart", // 17285
    "MethodTransparencyComputationEnd", // 17319
    "MethodTransparencyComputationStop", // 17351
    "FieldTransparencyComputationStart", // 17384
    "Field", // 17417
    "FieldTransparencyComputationEnd", // 17422
    "FieldTransparencyComputationStop", // 17453
    "TokenTransparencyComputationStart", // 17485
    "Token", // 17518
    "TokenTransparencyComputationEnd", // 17523
    "TokenTransparencyComputationStop", // 17554
    "NgenBindEvent", // 17586
    "NgenBinder", // 17599
    "NgenBind", // 17609
    "Fusion", // 17617
    "ReasonCode", // 17623
    "FailFast", // 17633
    "Critical", // 17641
    "FailFastUserMessage", // 17649
    "FailedEIP", // 17668
    "OSExitCode", // 17677
    "ClrExitCode", // 17687
    "PrvFinalizeObject", // 17698
    "CCWRefCountChangeAnsi", // 17715
    "CCWRefCountChange", // 17736
    "COMInterfacePointer", // 17753
    "NewRefCount", // 17772
    "ClassName", // 17783
    "NameSpace", // 17792
    "Operation", // 17801
    "PrvSetGCHandle", // 17810
    "PrvDestroyGCHandle", // 17824
    "FusionMessageEvent", // 17842
    "FusionMessage", // 17860
    "Prepend", // 17873
    "FusionErrorCodeEvent", // 17880
    "FusionErrorCode", // 17900
    "Category", // 17915
    "PinPlugAtGCTime", // 17923
    "PlugStart", // 17938
    "PlugEnd", // 17947
    "GapBeforeSize", // 17954
    "MulticoreJit", // 17967
    "ClrMulticoreJit", // 17979
    "Common", // 17994
    "String1", // 18000
    "String2", // 18007
    "Int1", // 18014
    "Int2", // 18018
    "Int3", // 18022
    "MulticoreJitMethodCodeReturned", // 18026
    "MethodCodeReturned", // 18056
    "AllocRequest", // 18074
    "LoaderHeap", // 18086
    "LoaderHeapAllocRequest", // 18096
    "LoaderHeapPtr", // 18118
    "MemoryAddress", // 18131
    "RequestSize", // 18144
    "Unused1", // 18155
    "Unused2", // 18162
    "IInspectableRuntimeClassName", // 18169
    "ClrDynamicTypeUsage", // 18197
    "DynamicTypeUsage", // 18216
    "WinRTUnbox", // 18232
    "SecondTypeName", // 18242
    "CreateRCW", // 18256
    "RCWVariance", // 18265
    "InterfaceTypeName", // 18276
    "VariantInterfaceTypeName", // 18293
    "RCWIEnumerableCasting", // 18317
    "CreateCCW", // 18338
    "CCWVariance", // 18347
    "ObjectVariantMarshallingToNative", // 18358
    "GetTypeFromGUID", // 18390
    "GetTypeFromProgID", // 18405
    "ConvertToCallbackEtw", // 18422
    "BeginCreateManagedReference", // 18442
    "EndCreateManagedReference", // 18469
    "ObjectVariantMarshallingToManaged", // 18494
    "Microsoft-Windows-DotNETRuntimePrivate", // 18527
);
