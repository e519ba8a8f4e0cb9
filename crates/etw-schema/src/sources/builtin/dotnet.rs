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

use crate::model::{Count, Length};
use etw_core::Guid;

use super::table::{e, p, st, MapRow, ProviderTable, Template, EMPTY};

/// The providers of this table.
pub(super) static PROVIDERS: &[ProviderTable] = &[
    ProviderTable {
        guid: Guid::parse_const("e13c0d23-ccbc-4e12-931b-d9cc2eee27e4"),
        name: "Microsoft-Windows-DotNETRuntime",
        origin: "ClrEtwAll.man of dotnet/runtime at 6ded57b (MIT)",
        appends_only: true,
        events: &[
            e(1, 0, [0, 4, 1], 1, 0x1, ["GCStart", "GC", "Start", "Information", ""], &["GC"], &T0),
            e(1, 1, [0, 4, 1], 1, 0x1, ["GCStart_V1", "GC", "Start", "Information", ""], &["GC"], &T1),
            e(1, 2, [0, 4, 1], 1, 0x1, ["GCStart_V2", "GC", "Start", "Information", ""], &["GC"], &T2),
            e(2, 0, [0, 4, 2], 1, 0x1, ["GCEnd", "GC", "Stop", "Information", ""], &["GC"], &T3),
            e(2, 1, [0, 4, 2], 1, 0x1, ["GCEnd_V1", "GC", "Stop", "Information", ""], &["GC"], &T4),
            e(3, 0, [0, 4, 132], 1, 0x1, ["GCRestartEEEnd", "GC", "RestartEEStop", "Information", ""], &["GC"], &EMPTY),
            e(3, 1, [0, 4, 132], 1, 0x1, ["GCRestartEEEnd_V1", "GC", "RestartEEStop", "Information", ""], &["GC"], &T5),
            e(4, 0, [0, 4, 133], 1, 0x1, ["GCHeapStats", "GC", "HeapStats", "Information", ""], &["GC"], &T6),
            e(4, 1, [0, 4, 133], 1, 0x1, ["GCHeapStats_V1", "GC", "HeapStats", "Information", ""], &["GC"], &T7),
            e(4, 2, [0, 4, 133], 1, 0x1, ["GCHeapStats_V2", "GC", "HeapStats", "Information", ""], &["GC"], &T8),
            e(5, 0, [0, 4, 134], 1, 0x1, ["GCCreateSegment", "GC", "CreateSegment", "Information", ""], &["GC"], &T9),
            e(5, 1, [0, 4, 134], 1, 0x1, ["GCCreateSegment_V1", "GC", "CreateSegment", "Information", ""], &["GC"], &T10),
            e(6, 0, [0, 4, 135], 1, 0x1, ["GCFreeSegment", "GC", "FreeSegment", "Information", ""], &["GC"], &T11),
            e(6, 1, [0, 4, 135], 1, 0x1, ["GCFreeSegment_V1", "GC", "FreeSegment", "Information", ""], &["GC"], &T12),
            e(7, 0, [0, 4, 136], 1, 0x1, ["GCRestartEEBegin", "GC", "RestartEEStart", "Information", ""], &["GC"], &EMPTY),
            e(7, 1, [0, 4, 136], 1, 0x1, ["GCRestartEEBegin_V1", "GC", "RestartEEStart", "Information", ""], &["GC"], &T5),
            e(8, 0, [0, 4, 137], 1, 0x1, ["GCSuspendEEEnd", "GC", "SuspendEEStop", "Information", ""], &["GC"], &EMPTY),
            e(8, 1, [0, 4, 137], 1, 0x1, ["GCSuspendEEEnd_V1", "GC", "SuspendEEStop", "Information", ""], &["GC"], &T5),
            e(9, 0, [0, 4, 10], 1, 0x1, ["GCSuspendEEBegin", "GC", "SuspendEEStart", "Information", ""], &["GC"], &T13),
            e(9, 1, [0, 4, 10], 1, 0x1, ["GCSuspendEEBegin_V1", "GC", "SuspendEEStart", "Information", ""], &["GC"], &T14),
            e(10, 0, [0, 5, 11], 1, 0x1, ["GCAllocationTick", "GC", "AllocationTick", "Verbose", ""], &["GC"], &T15),
            e(10, 1, [0, 5, 11], 1, 0x1, ["GCAllocationTick_V1", "GC", "AllocationTick", "Verbose", ""], &["GC"], &T16),
            e(10, 2, [0, 5, 11], 1, 0x1, ["GCAllocationTick_V2", "GC", "AllocationTick", "Verbose", ""], &["GC"], &T17),
            e(10, 3, [0, 5, 11], 1, 0x1, ["GCAllocationTick_V3", "GC", "AllocationTick", "Verbose", ""], &["GC"], &T18),
            e(11, 0, [0, 4, 12], 1, 0x1, ["GCCreateConcurrentThread", "GC", "CreateConcurrentThread", "Information", ""], &["GC"], &EMPTY),
            e(11, 1, [0, 4, 12], 1, 0x10001, ["GCCreateConcurrentThread_V1", "GC", "CreateConcurrentThread", "Information", ""], &["GC", "Threading"], &T5),
            e(12, 0, [0, 4, 13], 1, 0x1, ["GCTerminateConcurrentThread", "GC", "TerminateConcurrentThread", "Information", ""], &["GC"], &EMPTY),
            e(12, 1, [0, 4, 13], 1, 0x10001, ["GCTerminateConcurrentThread_V1", "GC", "TerminateConcurrentThread", "Information", ""], &["GC", "Threading"], &T5),
            e(13, 0, [0, 4, 15], 1, 0x1, ["GCFinalizersEnd", "GC", "FinalizersStop", "Information", ""], &["GC"], &T19),
            e(13, 1, [0, 4, 15], 1, 0x1, ["GCFinalizersEnd_V1", "GC", "FinalizersStop", "Information", ""], &["GC"], &T20),
            e(14, 0, [0, 4, 19], 1, 0x1, ["GCFinalizersBegin", "GC", "FinalizersStart", "Information", ""], &["GC"], &EMPTY),
            e(14, 1, [0, 4, 19], 1, 0x1, ["GCFinalizersBegin_V1", "GC", "FinalizersStart", "Information", ""], &["GC"], &T5),
            e(15, 0, [0, 4, 10], 21, 0x80000, ["BulkType", "Type", "BulkType", "Information", ""], &["Type"], &T21),
            e(16, 0, [0, 4, 20], 1, 0x100000, ["GCBulkRootEdge", "GC", "GCBulkRootEdge", "Information", ""], &["GCHeapDump"], &T22),
            e(17, 0, [0, 4, 21], 1, 0x100000, ["GCBulkRootConditionalWeakTableElementEdge", "GC", "GCBulkRootConditionalWeakTableElementEdge", "Information", ""], &["GCHeapDump"], &T23),
            e(18, 0, [0, 4, 22], 1, 0x100000, ["GCBulkNode", "GC", "GCBulkNode", "Information", ""], &["GCHeapDump"], &T24),
            e(19, 0, [0, 4, 23], 1, 0x100000, ["GCBulkEdge", "GC", "GCBulkEdge", "Information", ""], &["GCHeapDump"], &T25),
            e(20, 0, [0, 4, 24], 1, 0x200000, ["GCSampledObjectAllocationHigh", "GC", "GCSampledObjectAllocation", "Information", ""], &["GCSampledObjectAllocationHigh"], &T26),
            e(21, 0, [0, 4, 25], 1, 0x400000, ["GCBulkSurvivingObjectRanges", "GC", "GCBulkSurvivingObjectRanges", "Information", ""], &["GCHeapSurvivalAndMovement"], &T27),
            e(22, 0, [0, 4, 26], 1, 0x400000, ["GCBulkMovedObjectRanges", "GC", "GCBulkMovedObjectRanges", "Information", ""], &["GCHeapSurvivalAndMovement"], &T28),
            e(23, 0, [0, 4, 27], 1, 0x400000, ["GCGenerationRange", "GC", "GCGenerationRange", "Information", ""], &["GCHeapSurvivalAndMovement"], &T29),
            e(25, 0, [0, 4, 28], 1, 0x1, ["GCMarkStackRoots", "GC", "MarkStackRoots", "Information", ""], &["GC"], &T30),
            e(26, 0, [0, 4, 29], 1, 0x1, ["GCMarkFinalizeQueueRoots", "GC", "MarkFinalizeQueueRoots", "Information", ""], &["GC"], &T30),
            e(27, 0, [0, 4, 30], 1, 0x1, ["GCMarkHandles", "GC", "MarkHandles", "Information", ""], &["GC"], &T30),
            e(28, 0, [0, 4, 31], 1, 0x1, ["GCMarkOlderGenerationRoots", "GC", "MarkCards", "Information", ""], &["GC"], &T30),
            e(29, 0, [0, 5, 32], 1, 0x1, ["FinalizeObject", "GC", "FinalizeObject", "Verbose", ""], &["GC"], &T31),
            e(30, 0, [0, 4, 33], 1, 0x2, ["SetGCHandle", "GC", "SetGCHandle", "Information", ""], &["GCHandle"], &T32),
            e(31, 0, [0, 4, 34], 1, 0x2, ["DestroyGCHandle", "GC", "DestoryGCHandle", "Information", ""], &["GCHandle"], &T33),
            e(32, 0, [0, 4, 24], 1, 0x2000000, ["GCSampledObjectAllocationLow", "GC", "GCSampledObjectAllocation", "Information", ""], &["GCSampledObjectAllocationLow"], &T26),
            e(33, 0, [0, 5, 36], 1, 0x1, ["PinObjectAtGCTime", "GC", "PinObjectAtGCTime", "Verbose", ""], &["GC"], &T34),
            e(35, 0, [0, 4, 35], 1, 0x1, ["GCTriggered", "GC", "Triggered", "Information", ""], &["GC"], &T35),
            e(36, 0, [0, 4, 38], 1, 0x100000, ["GCBulkRootCCW", "GC", "GCBulkRootCCW", "Information", ""], &["GCHeapDump"], &T36),
            e(37, 0, [0, 4, 39], 1, 0x100000, ["GCBulkRCW", "GC", "GCBulkRCW", "Information", ""], &["GCHeapDump"], &T37),
            e(38, 0, [0, 4, 40], 1, 0x100000, ["GCBulkRootStaticVar", "GC", "GCBulkRootStaticVar", "Information", ""], &["GCHeapDump"], &T38),
            e(39, 0, [0, 0, 41], 1, 0x3f00003, ["GCDynamicEvent", "GC", "GCDynamicEvent", "Log Always", ""], &["GC", "GCHandle", "GCHeapDump", "GCSampledObjectAllocationHigh", "GCHeapSurvivalAndMovement", "GCHeapCollect", "GCHeapAndTypeNames", "GCSampledObjectAllocationLow"], &T39),
            e(40, 0, [0, 4, 1], 2, 0x10000, ["WorkerThreadCreate", "WorkerThreadCreationV2", "Start", "Information", ""], &["Threading"], &T40),
            e(41, 0, [0, 4, 2], 2, 0x10000, ["WorkerThreadTerminate", "WorkerThreadCreationV2", "Stop", "Information", ""], &["Threading"], &T40),
            e(42, 0, [0, 4, 1], 4, 0x10000, ["WorkerThreadRetire", "WorkerThreadRetirementV2", "Start", "Information", ""], &["Threading"], &T40),
            e(43, 0, [0, 4, 2], 4, 0x10000, ["WorkerThreadUnretire", "WorkerThreadRetirementV2", "Stop", "Information", ""], &["Threading"], &T40),
            e(44, 0, [0, 4, 1], 3, 0x10000, ["IOThreadCreate", "IOThreadCreation", "Start", "Information", ""], &["Threading"], &T41),
            e(44, 1, [0, 4, 1], 3, 0x10000, ["IOThreadCreate_V1", "IOThreadCreation", "Start", "Information", ""], &["Threading"], &T42),
            e(45, 0, [0, 4, 2], 3, 0x10000, ["IOThreadTerminate", "IOThreadCreation", "Stop", "Information", ""], &["Threading"], &T41),
            e(45, 1, [0, 4, 2], 3, 0x10000, ["IOThreadTerminate_V1", "IOThreadCreation", "Stop", "Information", ""], &["Threading"], &T42),
            e(46, 0, [0, 4, 1], 5, 0x10000, ["IOThreadRetire", "IOThreadRetirement", "Start", "Information", ""], &["Threading"], &T41),
            e(46, 1, [0, 4, 1], 5, 0x10000, ["IOThreadRetire_V1", "IOThreadRetirement", "Start", "Information", ""], &["Threading"], &T42),
            e(47, 0, [0, 4, 2], 5, 0x10000, ["IOThreadUnretire", "IOThreadRetirement", "Stop", "Information", ""], &["Threading"], &T41),
            e(47, 1, [0, 4, 2], 5, 0x10000, ["IOThreadUnretire_V1", "IOThreadRetirement", "Stop", "Information", ""], &["Threading"], &T42),
            e(48, 0, [0, 4, 1], 6, 0x10000, ["ThreadpoolSuspensionSuspendThread", "ThreadpoolSuspensionV2", "Start", "Information", ""], &["Threading"], &T43),
            e(49, 0, [0, 4, 2], 6, 0x10000, ["ThreadpoolSuspensionResumeThread", "ThreadpoolSuspensionV2", "Stop", "Information", ""], &["Threading"], &T43),
            e(50, 0, [0, 4, 1], 16, 0x10000, ["ThreadPoolWorkerThreadStart", "ThreadPoolWorkerThread", "Start", "Information", ""], &["Threading"], &T44),
            e(51, 0, [0, 4, 2], 16, 0x10000, ["ThreadPoolWorkerThreadStop", "ThreadPoolWorkerThread", "Stop", "Information", ""], &["Threading"], &T44),
            e(52, 0, [0, 4, 1], 17, 0x10000, ["ThreadPoolWorkerThreadRetirementStart", "ThreadPoolWorkerThreadRetirement", "Start", "Information", ""], &["Threading"], &T44),
            e(53, 0, [0, 4, 2], 17, 0x10000, ["ThreadPoolWorkerThreadRetirementStop", "ThreadPoolWorkerThreadRetirement", "Stop", "Information", ""], &["Threading"], &T44),
            e(54, 0, [0, 4, 100], 18, 0x10000, ["ThreadPoolWorkerThreadAdjustmentSample", "ThreadPoolWorkerThreadAdjustment", "Sample", "Information", ""], &["Threading"], &T45),
            e(55, 0, [0, 4, 101], 18, 0x10000, ["ThreadPoolWorkerThreadAdjustmentAdjustment", "ThreadPoolWorkerThreadAdjustment", "Adjustment", "Information", ""], &["Threading"], &T46),
            e(56, 0, [0, 5, 102], 18, 0x10000, ["ThreadPoolWorkerThreadAdjustmentStats", "ThreadPoolWorkerThreadAdjustment", "Stats", "Verbose", ""], &["Threading"], &T47),
            e(57, 0, [0, 4, 90], 16, 0x10000, ["ThreadPoolWorkerThreadWait", "ThreadPoolWorkerThread", "Wait", "Information", ""], &["Threading"], &T44),
            e(60, 0, [0, 5, 1], 22, 0x10000, ["ThreadPoolWorkingThreadCount", "ThreadPoolWorkingThreadCount", "Start", "Verbose", ""], &["Threading"], &T20),
            e(61, 0, [0, 5, 11], 23, 0x80010000, ["ThreadPoolEnqueue", "ThreadPool", "Enqueue", "Verbose", ""], &["Threading", "ThreadTransfer"], &T48),
            e(62, 0, [0, 5, 12], 23, 0x80010000, ["ThreadPoolDequeue", "ThreadPool", "Dequeue", "Verbose", ""], &["Threading", "ThreadTransfer"], &T48),
            e(63, 0, [0, 5, 13], 23, 0x80010000, ["ThreadPoolIOEnqueue", "ThreadPool", "IOEnqueue", "Verbose", ""], &["Threading", "ThreadTransfer"], &T49),
            e(64, 0, [0, 5, 14], 23, 0x80010000, ["ThreadPoolIODequeue", "ThreadPool", "IODequeue", "Verbose", ""], &["Threading", "ThreadTransfer"], &T50),
            e(65, 0, [0, 5, 15], 23, 0x10000, ["ThreadPoolIOPack", "ThreadPool", "IOPack", "Verbose", ""], &["Threading"], &T50),
            e(70, 0, [0, 4, 11], 24, 0x80010000, ["ThreadCreating", "Thread", "Creating", "Information", ""], &["Threading", "ThreadTransfer"], &T51),
            e(71, 0, [0, 4, 12], 24, 0x80010000, ["ThreadRunning", "Thread", "Running", "Information", ""], &["Threading", "ThreadTransfer"], &T51),
            e(72, 0, [0, 4, 43], 9, 0x4000000000, ["MethodDetails", "Method", "MethodDetails", "Information", ""], &["MethodDiagnostic"], &T52),
            e(73, 0, [0, 4, 1], 33, 0x8000000000, ["TypeLoadStart", "TypeLoad", "Start", "Information", ""], &["TypeDiagnostic"], &T53),
            e(74, 0, [0, 4, 2], 33, 0x8000000000, ["TypeLoadStop", "TypeLoad", "Stop", "Information", ""], &["TypeDiagnostic"], &T54),
            e(80, 0, [0, 4, 1], 7, 0x0, ["ExceptionThrown", "Exception", "Start", "Information", ""], &[], &EMPTY),
            e(80, 1, [0, 2, 1], 7, 0x200008000, ["ExceptionThrown_V1", "Exception", "Start", "Error", ""], &["Exception", "Monitoring"], &T55),
            e(81, 0, [0, 4, 1], 8, 0x0, ["Contention", "Contention", "Start", "Information", ""], &[], &EMPTY),
            e(81, 1, [0, 4, 1], 8, 0x4000, ["ContentionStart_V1", "Contention", "Start", "Information", ""], &["Contention"], &T56),
            e(82, 0, [0, 0, 82], 11, 0x40000000, ["CLRStackWalk", "ClrStack", "Walk", "Log Always", ""], &["Stack"], &T57),
            e(83, 0, [0, 4, 48], 14, 0x800, ["AppDomainMemAllocated", "AppDomainResourceManagement", "MemAllocated", "Information", ""], &["AppDomainResourceManagement"], &T58),
            e(84, 0, [0, 4, 49], 14, 0x800, ["AppDomainMemSurvived", "AppDomainResourceManagement", "MemSurvived", "Information", ""], &["AppDomainResourceManagement"], &T59),
            e(85, 0, [0, 4, 50], 14, 0x10800, ["ThreadCreated", "AppDomainResourceManagement", "ThreadCreated", "Information", ""], &["AppDomainResourceManagement", "Threading"], &T60),
            e(86, 0, [0, 4, 51], 14, 0x10800, ["ThreadTerminated", "AppDomainResourceManagement", "ThreadTerminated", "Information", ""], &["AppDomainResourceManagement", "Threading"], &T61),
            e(87, 0, [0, 4, 52], 14, 0x10800, ["ThreadDomainEnter", "AppDomainResourceManagement", "DomainEnter", "Information", ""], &["AppDomainResourceManagement", "Threading"], &T61),
            e(88, 0, [0, 4, 88], 15, 0x2000, ["ILStubGenerated", "ILStub", "StubGenerated", "Information", ""], &["Interop"], &T62),
            e(89, 0, [0, 4, 89], 15, 0x2000, ["ILStubCacheHit", "ILStub", "StubCacheHit", "Information", ""], &["Interop"], &T63),
            e(91, 0, [0, 4, 2], 8, 0x4000, ["ContentionStop", "Contention", "Stop", "Information", ""], &["Contention"], &T56),
            e(91, 1, [0, 4, 2], 8, 0x4000, ["ContentionStop_V1", "Contention", "Stop", "Information", ""], &["Contention"], &T64),
            e(135, 0, [0, 4, 14], 9, 0x30, ["DCStartCompleteV2", "Method", "DCStartCompleteV2", "Information", ""], &["Jit", "NGen"], &EMPTY),
            e(136, 0, [0, 4, 15], 9, 0x30, ["DCEndCompleteV2", "Method", "DCEndCompleteV2", "Information", ""], &["Jit", "NGen"], &EMPTY),
            e(137, 0, [0, 4, 35], 9, 0x30, ["MethodDCStartV2", "Method", "DCStartV2", "Information", ""], &["Jit", "NGen"], &T65),
            e(138, 0, [0, 4, 36], 9, 0x30, ["MethodDCEndV2", "Method", "DCStopV2", "Information", ""], &["Jit", "NGen"], &T65),
            e(139, 0, [0, 4, 39], 9, 0x30, ["MethodDCStartVerboseV2", "Method", "DCStartVerboseV2", "Information", ""], &["Jit", "NGen"], &T66),
            e(140, 0, [0, 4, 40], 9, 0x30, ["MethodDCEndVerboseV2", "Method", "DCStopVerboseV2", "Information", ""], &["Jit", "NGen"], &T66),
            e(141, 0, [0, 4, 33], 9, 0x30, ["MethodLoad", "Method", "Load", "Information", ""], &["Jit", "NGen"], &T65),
            e(141, 1, [0, 4, 33], 9, 0x30, ["MethodLoad_V1", "Method", "Load", "Information", ""], &["Jit", "NGen"], &T67),
            e(141, 2, [0, 4, 33], 9, 0x30, ["MethodLoad_V2", "Method", "Load", "Information", ""], &["Jit", "NGen"], &T68),
            e(142, 0, [0, 4, 34], 9, 0x30, ["MethodUnload", "Method", "Unload", "Information", ""], &["Jit", "NGen"], &T65),
            e(142, 1, [0, 4, 34], 9, 0x30, ["MethodUnload_V1", "Method", "Unload", "Information", ""], &["Jit", "NGen"], &T67),
            e(142, 2, [0, 4, 34], 9, 0x30, ["MethodUnload_V2", "Method", "Unload", "Information", ""], &["Jit", "NGen"], &T68),
            e(143, 0, [0, 4, 37], 9, 0x30, ["MethodLoadVerbose", "Method", "LoadVerbose", "Information", ""], &["Jit", "NGen"], &T66),
            e(143, 1, [0, 4, 37], 9, 0x30, ["MethodLoadVerbose_V1", "Method", "LoadVerbose", "Information", ""], &["Jit", "NGen"], &T69),
            e(143, 2, [0, 4, 37], 9, 0x30, ["MethodLoadVerbose_V2", "Method", "LoadVerbose", "Information", ""], &["Jit", "NGen"], &T70),
            e(144, 0, [0, 4, 38], 9, 0x30, ["MethodUnloadVerbose", "Method", "UnloadVerbose", "Information", ""], &["Jit", "NGen"], &T66),
            e(144, 1, [0, 4, 38], 9, 0x30, ["MethodUnloadVerbose_V1", "Method", "UnloadVerbose", "Information", ""], &["Jit", "NGen"], &T69),
            e(144, 2, [0, 4, 38], 9, 0x30, ["MethodUnloadVerbose_V2", "Method", "UnloadVerbose", "Information", ""], &["Jit", "NGen"], &T70),
            e(145, 0, [0, 5, 42], 9, 0x10, ["MethodJittingStarted", "Method", "JittingStarted", "Verbose", ""], &["Jit"], &T71),
            e(145, 1, [0, 5, 42], 9, 0x10, ["MethodJittingStarted_V1", "Method", "JittingStarted", "Verbose", ""], &["Jit"], &T72),
            e(146, 0, [0, 5, 103], 9, 0x10, ["MethodJitMemoryAllocatedForCode", "Method", "MemoryAllocatedForJitCode", "Verbose", ""], &["Jit"], &T73),
            e(149, 0, [0, 4, 35], 10, 0x8, ["ModuleDCStartV2", "Loader", "ModuleDCStartV2", "Information", ""], &["Loader"], &T74),
            e(150, 0, [0, 4, 36], 10, 0x8, ["ModuleDCEndV2", "Loader", "ModuleDCStopV2", "Information", ""], &["Loader"], &T74),
            e(151, 0, [0, 4, 45], 10, 0x8, ["DomainModuleLoad", "Loader", "DomainModuleLoad", "Information", ""], &["Loader"], &T75),
            e(151, 1, [0, 4, 45], 10, 0x8, ["DomainModuleLoad_V1", "Loader", "DomainModuleLoad", "Information", ""], &["Loader"], &T76),
            e(152, 0, [0, 4, 33], 10, 0x8, ["ModuleLoad", "Loader", "ModuleLoad", "Information", ""], &["Loader"], &T74),
            e(152, 1, [0, 4, 33], 10, 0x20000008, ["ModuleLoad_V1", "Loader", "ModuleLoad", "Information", ""], &["Loader", "PerfTrack"], &T77),
            e(152, 2, [0, 4, 33], 10, 0x20000008, ["ModuleLoad_V2", "Loader", "ModuleLoad", "Information", ""], &["Loader", "PerfTrack"], &T78),
            e(153, 0, [0, 4, 34], 10, 0x8, ["ModuleUnload", "Loader", "ModuleUnload", "Information", ""], &["Loader"], &T74),
            e(153, 1, [0, 4, 34], 10, 0x20000008, ["ModuleUnload_V1", "Loader", "ModuleUnload", "Information", ""], &["Loader", "PerfTrack"], &T77),
            e(153, 2, [0, 4, 34], 10, 0x20000008, ["ModuleUnload_V2", "Loader", "ModuleUnload", "Information", ""], &["Loader", "PerfTrack"], &T78),
            e(154, 0, [0, 4, 37], 10, 0x8, ["AssemblyLoad", "Loader", "AssemblyLoad", "Information", ""], &["Loader"], &T79),
            e(154, 1, [0, 4, 37], 10, 0x8, ["AssemblyLoad_V1", "Loader", "AssemblyLoad", "Information", ""], &["Loader"], &T80),
            e(155, 0, [0, 4, 38], 10, 0x8, ["AssemblyUnload", "Loader", "AssemblyUnload", "Information", ""], &["Loader"], &T79),
            e(155, 1, [0, 4, 38], 10, 0x8, ["AssemblyUnload_V1", "Loader", "AssemblyUnload", "Information", ""], &["Loader"], &T80),
            e(156, 0, [0, 4, 41], 10, 0x8, ["AppDomainLoad", "Loader", "AppDomainLoad", "Information", ""], &["Loader"], &T81),
            e(156, 1, [0, 4, 41], 10, 0x8, ["AppDomainLoad_V1", "Loader", "AppDomainLoad", "Information", ""], &["Loader"], &T82),
            e(157, 0, [0, 4, 42], 10, 0x8, ["AppDomainUnload", "Loader", "AppDomainUnload", "Information", ""], &["Loader"], &T81),
            e(157, 1, [0, 4, 42], 10, 0x8, ["AppDomainUnload_V1", "Loader", "AppDomainUnload", "Information", ""], &["Loader"], &T82),
            e(158, 0, [0, 4, 10], 20, 0x20000000, ["ModuleRangeLoad", "ClrPerfTrack", "ModuleRangeLoad", "Information", ""], &["PerfTrack"], &T83),
            e(159, 0, [0, 4, 33], 9, 0x2000000000, ["R2RGetEntryPoint", "Method", "Load", "Information", ""], &["CompilationDiagnostic"], &T84),
            e(160, 0, [0, 4, 33], 9, 0x2000000000, ["R2RGetEntryPointStart", "Method", "Load", "Information", ""], &["CompilationDiagnostic"], &T85),
            e(181, 0, [0, 5, 1], 12, 0x400, ["StrongNameVerificationStart", "StrongNameVerification", "Start", "Verbose", ""], &["Security"], &T86),
            e(181, 1, [0, 5, 1], 12, 0x400, ["StrongNameVerificationStart_V1", "StrongNameVerification", "Start", "Verbose", ""], &["Security"], &T87),
            e(182, 0, [0, 4, 2], 12, 0x400, ["StrongNameVerificationStop", "StrongNameVerification", "Stop", "Information", ""], &["Security"], &T86),
            e(182, 1, [0, 4, 2], 12, 0x400, ["StrongNameVerificationStop_V1", "StrongNameVerification", "Stop", "Information", ""], &["Security"], &T87),
            e(183, 0, [0, 5, 1], 13, 0x400, ["AuthenticodeVerificationStart", "AuthenticodeVerification", "Start", "Verbose", ""], &["Security"], &T88),
            e(183, 1, [0, 5, 1], 13, 0x400, ["AuthenticodeVerificationStart_V1", "AuthenticodeVerification", "Start", "Verbose", ""], &["Security"], &T89),
            e(184, 0, [0, 4, 2], 13, 0x400, ["AuthenticodeVerificationStop", "AuthenticodeVerification", "Stop", "Information", ""], &["Security"], &T88),
            e(184, 1, [0, 4, 2], 13, 0x400, ["AuthenticodeVerificationStop_V1", "AuthenticodeVerification", "Stop", "Information", ""], &["Security"], &T89),
            e(185, 0, [0, 5, 83], 9, 0x1000, ["MethodJitInliningSucceeded", "Method", "InliningSucceeded", "Verbose", ""], &["JitTracing"], &T90),
            e(186, 0, [0, 5, 84], 9, 0x1000, ["MethodJitInliningFailedAnsi", "Method", "InliningFailed", "Verbose", ""], &["JitTracing"], &T91),
            e(187, 0, [0, 4, 1], 19, 0x0, ["RuntimeInformationStart", "Runtime", "Start", "Information", ""], &[], &T92),
            e(188, 0, [0, 5, 85], 9, 0x1000, ["MethodJitTailCallSucceeded", "Method", "TailCallSucceeded", "Verbose", ""], &["JitTracing"], &T93),
            e(189, 0, [0, 5, 86], 9, 0x1000, ["MethodJitTailCallFailedAnsi", "Method", "TailCallFailed", "Verbose", ""], &["JitTracing"], &T94),
            e(190, 0, [0, 5, 87], 9, 0x20000, ["MethodILToNativeMap", "Method", "MethodILToNativeMap", "Verbose", ""], &["JittedMethodILToNativeMap"], &T95),
            e(191, 0, [0, 5, 86], 9, 0x1000, ["MethodJitTailCallFailed", "Method", "TailCallFailed", "Verbose", ""], &["JitTracing"], &T96),
            e(192, 0, [0, 5, 84], 9, 0x1000, ["MethodJitInliningFailed", "Method", "InliningFailed", "Verbose", ""], &["JitTracing"], &T97),
            e(200, 0, [0, 5, 200], 1, 0x1, ["IncreaseMemoryPressure", "GC", "IncreaseMemoryPressure", "Verbose", ""], &["GC"], &T98),
            e(201, 0, [0, 5, 201], 1, 0x1, ["DecreaseMemoryPressure", "GC", "DecreaseMemoryPressure", "Verbose", ""], &["GC"], &T99),
            e(202, 0, [0, 4, 202], 1, 0x1, ["GCMarkWithType", "GC", "Mark", "Information", ""], &["GC"], &T100),
            e(203, 2, [0, 5, 203], 1, 0x1, ["GCJoin_V2", "GC", "GCJoin", "Verbose", ""], &["GC"], &T101),
            e(204, 3, [0, 4, 204], 1, 0x1, ["GCPerHeapHistory_V3", "GC", "PerHeapHistory", "Information", ""], &["GC"], &T102),
            e(205, 2, [0, 4, 205], 1, 0x1, ["GCGlobalHeapHistory_V2", "GC", "GlobalHeapHistory", "Information", ""], &["GC"], &T103),
            e(205, 3, [0, 4, 205], 1, 0x1, ["GCGlobalHeapHistory_V3", "GC", "GlobalHeapHistory", "Information", ""], &["GC"], &T104),
            e(206, 0, [0, 4, 206], 1, 0x100000, ["GenAwareBegin", "GC", "GenAwareBegin", "Information", ""], &["GCHeapDump"], &T20),
            e(207, 0, [0, 4, 207], 1, 0x100000, ["GenAwareEnd", "GC", "GenAwareEnd", "Information", ""], &["GCHeapDump"], &T20),
            e(240, 0, [0, 4, 1], 25, 0x100000000, ["DebugIPCEventStart", "DebugIPCEvent", "Start", "Information", ""], &["Debugger"], &EMPTY),
            e(241, 0, [0, 4, 2], 25, 0x100000000, ["DebugIPCEventEnd", "DebugIPCEvent", "Stop", "Information", ""], &["Debugger"], &EMPTY),
            e(242, 0, [0, 4, 1], 26, 0x100000000, ["DebugExceptionProcessingStart", "DebugExceptionProcessing", "Start", "Information", ""], &["Debugger"], &EMPTY),
            e(243, 0, [0, 4, 2], 26, 0x100000000, ["DebugExceptionProcessingEnd", "DebugExceptionProcessing", "Stop", "Information", ""], &["Debugger"], &EMPTY),
            e(250, 0, [0, 4, 1], 27, 0x8000, ["ExceptionCatchStart", "ExceptionCatch", "Start", "Information", ""], &["Exception"], &T105),
            e(251, 0, [0, 4, 2], 27, 0x8000, ["ExceptionCatchStop", "ExceptionCatch", "Stop", "Information", ""], &["Exception"], &EMPTY),
            e(252, 0, [0, 4, 1], 28, 0x8000, ["ExceptionFinallyStart", "ExceptionFinally", "Start", "Information", ""], &["Exception"], &T105),
            e(253, 0, [0, 4, 2], 28, 0x8000, ["ExceptionFinallyStop", "ExceptionFinally", "Stop", "Information", ""], &["Exception"], &EMPTY),
            e(254, 0, [0, 4, 1], 29, 0x8000, ["ExceptionFilterStart", "ExceptionFilter", "Start", "Information", ""], &["Exception"], &T105),
            e(255, 0, [0, 4, 2], 29, 0x8000, ["ExceptionFilterStop", "ExceptionFilter", "Stop", "Information", ""], &["Exception"], &EMPTY),
            e(256, 0, [0, 4, 2], 7, 0x8000, ["ExceptionThrownStop", "Exception", "Stop", "Information", ""], &["Exception"], &EMPTY),
            e(260, 0, [0, 5, 1], 30, 0x400000000, ["CodeSymbols", "CodeSymbols", "Start", "Verbose", ""], &["CodeSymbols"], &T106),
            e(270, 0, [0, 4, 0], 0, 0x800000000, ["EventSource", "", "", "Information", ""], &["EventSource"], &T107),
            e(280, 0, [0, 4, 11], 31, 0x1000000000, ["TieredCompilationSettings", "TieredCompilation", "Settings", "Information", ""], &["Compilation"], &T108),
            e(281, 0, [0, 4, 12], 31, 0x1000000000, ["TieredCompilationPause", "TieredCompilation", "Pause", "Information", ""], &["Compilation"], &T5),
            e(282, 0, [0, 4, 13], 31, 0x1000000000, ["TieredCompilationResume", "TieredCompilation", "Resume", "Information", ""], &["Compilation"], &T109),
            e(283, 0, [0, 4, 1], 31, 0x1000000000, ["TieredCompilationBackgroundJitStart", "TieredCompilation", "Start", "Information", ""], &["Compilation"], &T110),
            e(284, 0, [0, 4, 2], 31, 0x1000000000, ["TieredCompilationBackgroundJitStop", "TieredCompilation", "Stop", "Information", ""], &["Compilation"], &T111),
            e(290, 0, [0, 4, 1], 32, 0x4, ["AssemblyLoadStart", "AssemblyLoader", "Start", "Information", ""], &["AssemblyLoader"], &T112),
            e(291, 0, [0, 4, 2], 32, 0x4, ["AssemblyLoadStop", "AssemblyLoader", "Stop", "Information", ""], &["AssemblyLoader"], &T113),
            e(292, 0, [0, 4, 11], 32, 0x4, ["ResolutionAttempted", "AssemblyLoader", "ResolutionAttempted", "Information", ""], &["AssemblyLoader"], &T114),
            e(293, 0, [0, 4, 12], 32, 0x4, ["AssemblyLoadContextResolvingHandlerInvoked", "AssemblyLoader", "AssemblyLoadContextResolvingHandlerInvoked", "Information", ""], &["AssemblyLoader"], &T115),
            e(294, 0, [0, 4, 13], 32, 0x4, ["AppDomainAssemblyResolveHandlerInvoked", "AssemblyLoader", "AppDomainAssemblyResolveHandlerInvoked", "Information", ""], &["AssemblyLoader"], &T116),
            e(295, 0, [0, 4, 14], 32, 0x4, ["AssemblyLoadFromResolveHandlerInvoked", "AssemblyLoader", "AssemblyLoadFromResolveHandlerInvoked", "Information", ""], &["AssemblyLoader"], &T117),
            e(296, 0, [0, 4, 15], 32, 0x4, ["KnownPathProbed", "AssemblyLoader", "KnownPathProbed", "Information", ""], &["AssemblyLoader"], &T118),
            e(297, 0, [0, 4, 11], 34, 0x10000000000, ["JitInstrumentationData", "JitInstrumentationData", "InstrumentationData", "Information", ""], &["JitInstrumentationData"], &T119),
            e(298, 0, [0, 4, 12], 34, 0x10000000000, ["JitInstrumentationDataVerbose", "JitInstrumentationData", "InstrumentationData", "Information", ""], &["JitInstrumentationData"], &T120),
        ],
    },
    ProviderTable {
        guid: Guid::parse_const("a669021c-c450-4609-a035-5af59af4df18"),
        name: "Microsoft-Windows-DotNETRuntimeRundown",
        origin: "ClrEtwAll.man of dotnet/runtime at 6ded57b (MIT)",
        appends_only: true,
        events: &[
            e(0, 0, [0, 0, 82], 11, 0x40000000, ["CLRStackWalkDCStart", "ClrStack", "Walk", "Log Always", ""], &["Stack"], &T57),
            e(141, 0, [0, 4, 35], 1, 0x30, ["MethodDCStart", "Method", "DCStart", "Information", ""], &["Jit", "NGen"], &T121),
            e(141, 1, [0, 4, 35], 1, 0x30, ["MethodDCStart_V1", "Method", "DCStart", "Information", ""], &["Jit", "NGen"], &T67),
            e(141, 2, [0, 4, 35], 1, 0x30, ["MethodDCStart_V2", "Method", "DCStart", "Information", ""], &["Jit", "NGen"], &T68),
            e(142, 0, [0, 4, 36], 1, 0x30, ["MethodDCEnd", "Method", "DCStop", "Information", ""], &["Jit", "NGen"], &T121),
            e(142, 1, [0, 4, 36], 1, 0x30, ["MethodDCEnd_V1", "Method", "DCStop", "Information", ""], &["Jit", "NGen"], &T67),
            e(142, 2, [0, 4, 36], 1, 0x30, ["MethodDCEnd_V2", "Method", "DCStop", "Information", ""], &["Jit", "NGen"], &T68),
            e(143, 0, [0, 4, 39], 1, 0x30, ["MethodDCStartVerbose", "Method", "DCStartVerbose", "Information", ""], &["Jit", "NGen"], &T66),
            e(143, 1, [0, 4, 39], 1, 0x30, ["MethodDCStartVerbose_V1", "Method", "DCStartVerbose", "Information", ""], &["Jit", "NGen"], &T69),
            e(143, 2, [0, 4, 39], 1, 0x30, ["MethodDCStartVerbose_V2", "Method", "DCStartVerbose", "Information", ""], &["Jit", "NGen"], &T70),
            e(144, 0, [0, 4, 40], 1, 0x30, ["MethodDCEndVerbose", "Method", "DCStopVerbose", "Information", ""], &["Jit", "NGen"], &T66),
            e(144, 1, [0, 4, 40], 1, 0x30, ["MethodDCEndVerbose_V1", "Method", "DCStopVerbose", "Information", ""], &["Jit", "NGen"], &T69),
            e(144, 2, [0, 4, 40], 1, 0x30, ["MethodDCEndVerbose_V2", "Method", "DCStopVerbose", "Information", ""], &["Jit", "NGen"], &T70),
            e(145, 0, [0, 4, 14], 1, 0x20038, ["DCStartComplete", "Method", "DCStartComplete", "Information", ""], &["Jit", "JittedMethodILToNativeMapRundown", "NGen", "Loader"], &EMPTY),
            e(145, 1, [0, 4, 14], 1, 0x20038, ["DCStartComplete_V1", "Method", "DCStartComplete", "Information", ""], &["Jit", "JittedMethodILToNativeMapRundown", "NGen", "Loader"], &T5),
            e(146, 0, [0, 4, 15], 1, 0x20038, ["DCEndComplete", "Method", "DCStopComplete", "Information", ""], &["Jit", "JittedMethodILToNativeMapRundown", "NGen", "Loader"], &EMPTY),
            e(146, 1, [0, 4, 15], 1, 0x20038, ["DCEndComplete_V1", "Method", "DCStopComplete", "Information", ""], &["Jit", "JittedMethodILToNativeMapRundown", "NGen", "Loader"], &T5),
            e(147, 0, [0, 4, 16], 1, 0x20038, ["DCStartInit", "Method", "DCStartInit", "Information", ""], &["Jit", "JittedMethodILToNativeMapRundown", "NGen", "Loader"], &EMPTY),
            e(147, 1, [0, 4, 16], 1, 0x20038, ["DCStartInit_V1", "Method", "DCStartInit", "Information", ""], &["Jit", "JittedMethodILToNativeMapRundown", "NGen", "Loader"], &T5),
            e(148, 0, [0, 4, 17], 1, 0x20038, ["DCEndInit", "Method", "DCStopInit", "Information", ""], &["Jit", "JittedMethodILToNativeMapRundown", "NGen", "Loader"], &EMPTY),
            e(148, 1, [0, 4, 17], 1, 0x20038, ["DCEndInit_V1", "Method", "DCStopInit", "Information", ""], &["Jit", "JittedMethodILToNativeMapRundown", "NGen", "Loader"], &T5),
            e(149, 0, [0, 5, 41], 1, 0x20000, ["MethodDCStartILToNativeMap", "Method", "MethodDCStartILToNativeMap", "Verbose", ""], &["JittedMethodILToNativeMapRundown"], &T95),
            e(150, 0, [0, 5, 42], 1, 0x20000, ["MethodDCEndILToNativeMap", "Method", "MethodDCEndILToNativeMap", "Verbose", ""], &["JittedMethodILToNativeMapRundown"], &T95),
            e(151, 0, [0, 4, 46], 2, 0x8, ["DomainModuleDCStart", "Loader", "DomainModuleDCStart", "Information", ""], &["Loader"], &T75),
            e(151, 1, [0, 4, 46], 2, 0x8, ["DomainModuleDCStart_V1", "Loader", "DomainModuleDCStart", "Information", ""], &["Loader"], &T76),
            e(152, 0, [0, 4, 47], 2, 0x8, ["DomainModuleDCEnd", "Loader", "DomainModuleDCStop", "Information", ""], &["Loader"], &T75),
            e(152, 1, [0, 4, 47], 2, 0x8, ["DomainModuleDCEnd_V1", "Loader", "DomainModuleDCStop", "Information", ""], &["Loader"], &T76),
            e(153, 0, [0, 4, 35], 2, 0x8, ["ModuleDCStart", "Loader", "ModuleDCStart", "Information", ""], &["Loader"], &T74),
            e(153, 1, [0, 4, 35], 2, 0x20000008, ["ModuleDCStart_V1", "Loader", "ModuleDCStart", "Information", ""], &["Loader", "PerfTrack"], &T77),
            e(153, 2, [0, 4, 35], 2, 0x20000008, ["ModuleDCStart_V2", "Loader", "ModuleDCStart", "Information", ""], &["Loader", "PerfTrack"], &T78),
            e(154, 0, [0, 4, 36], 2, 0x8, ["ModuleDCEnd", "Loader", "ModuleDCStop", "Information", ""], &["Loader"], &T74),
            e(154, 1, [0, 4, 36], 2, 0x20000008, ["ModuleDCEnd_V1", "Loader", "ModuleDCStop", "Information", ""], &["Loader", "PerfTrack"], &T77),
            e(154, 2, [0, 4, 36], 2, 0x20000008, ["ModuleDCEnd_V2", "Loader", "ModuleDCStop", "Information", ""], &["Loader", "PerfTrack"], &T78),
            e(155, 0, [0, 4, 39], 2, 0x8, ["AssemblyDCStart", "Loader", "AssemblyDCStart", "Information", ""], &["Loader"], &T79),
            e(155, 1, [0, 4, 39], 2, 0x8, ["AssemblyDCStart_V1", "Loader", "AssemblyDCStart", "Information", ""], &["Loader"], &T80),
            e(156, 0, [0, 4, 40], 2, 0x8, ["AssemblyDCEnd", "Loader", "AssemblyDCStop", "Information", ""], &["Loader"], &T79),
            e(156, 1, [0, 4, 40], 2, 0x8, ["AssemblyDCEnd_V1", "Loader", "AssemblyDCStop", "Information", ""], &["Loader"], &T80),
            e(157, 0, [0, 4, 43], 2, 0x8, ["AppDomainDCStart", "Loader", "AppDomainDCStart", "Information", ""], &["Loader"], &T81),
            e(157, 1, [0, 4, 43], 2, 0x8, ["AppDomainDCStart_V1", "Loader", "AppDomainDCStart", "Information", ""], &["Loader"], &T82),
            e(158, 0, [0, 4, 44], 2, 0x8, ["AppDomainDCEnd", "Loader", "AppDomainDCStop", "Information", ""], &["Loader"], &T81),
            e(158, 1, [0, 4, 44], 2, 0x8, ["AppDomainDCEnd_V1", "Loader", "AppDomainDCStop", "Information", ""], &["Loader"], &T82),
            e(159, 0, [0, 4, 48], 2, 0x10800, ["ThreadDC", "Loader", "ThreadDCStop", "Information", ""], &["AppDomainResourceManagement", "Threading"], &T60),
            e(160, 0, [0, 4, 10], 20, 0x20000000, ["ModuleRangeDCStart", "ClrPerfTrack", "ModuleRangeDCStart", "Information", ""], &["PerfTrack"], &T122),
            e(161, 0, [0, 4, 11], 20, 0x20000000, ["ModuleRangeDCEnd", "ClrPerfTrack", "ModuleRangeDCEnd", "Information", ""], &["PerfTrack"], &T122),
            e(187, 0, [0, 4, 1], 19, 0x0, ["RuntimeInformationDCStart", "Runtime", "Start", "Information", ""], &[], &T92),
            e(280, 0, [0, 4, 11], 31, 0x1000000000, ["TieredCompilationSettingsDCStart", "TieredCompilation", "SettingsDCStart", "Information", ""], &["Compilation"], &T108),
        ],
    },
    ProviderTable {
        guid: Guid::parse_const("cc2bcbba-16b6-4cf3-8990-d74c2e8af500"),
        name: "Microsoft-Windows-DotNETRuntimeStress",
        origin: "ClrEtwAll.man of dotnet/runtime at 6ded57b (MIT)",
        appends_only: true,
        events: &[
            e(0, 0, [0, 4, 1], 1, 0x0, ["StressLogEvent", "StressLog", "Start", "Information", ""], &[], &T123),
            e(0, 1, [0, 4, 1], 1, 0x0, ["StressLogEvent_V1", "StressLog", "Start", "Information", ""], &[], &T124),
            e(1, 0, [0, 0, 82], 11, 0x40000000, ["CLRStackWalkStress", "ClrStack", "Walk", "Log Always", ""], &["Stack"], &T57),
        ],
    },
    ProviderTable {
        guid: Guid::parse_const("763fd754-7086-4dfe-95eb-c01a46faf4ca"),
        name: "Microsoft-Windows-DotNETRuntimePrivate",
        origin: "ClrEtwAll.man of dotnet/runtime at 6ded57b (MIT)",
        appends_only: true,
        events: &[
            e(1, 0, [0, 4, 132], 1, 0x1, ["GCDecision", "GC", "Decision", "Information", ""], &["GC"], &T125),
            e(1, 1, [0, 4, 132], 1, 0x1, ["GCDecision_V1", "GC", "Decision", "Information", ""], &["GC"], &T126),
            e(2, 0, [0, 4, 14], 1, 0x1, ["GCSettings", "GC", "Settings", "Information", ""], &["GC"], &T127),
            e(2, 1, [0, 4, 14], 1, 0x1, ["GCSettings_V1", "GC", "Settings", "Information", ""], &["GC"], &T128),
            e(3, 0, [0, 5, 16], 1, 0x1, ["GCOptimized", "GC", "Optimized", "Verbose", ""], &["GC"], &T129),
            e(3, 1, [0, 5, 16], 1, 0x1, ["GCOptimized_V1", "GC", "Optimized", "Verbose", ""], &["GC"], &T130),
            e(4, 1, [0, 4, 17], 1, 0x1, ["GCPerHeapHistory_V1", "GC", "PerHeapHistory", "Information", ""], &["GC"], &T5),
            e(4, 2, [0, 4, 17], 1, 0x1, ["GCPerHeapHistory", "GC", "PerHeapHistory", "Information", ""], &["GC"], &EMPTY),
            e(5, 0, [0, 4, 18], 1, 0x1, ["GCGlobalHeapHistory", "GC", "GlobalHeapHistory", "Information", ""], &["GC"], &T131),
            e(5, 1, [0, 4, 18], 1, 0x1, ["GCGlobalHeapHistory_V1", "GC", "GlobalHeapHistory", "Information", ""], &["GC"], &T132),
            e(6, 0, [0, 5, 20], 1, 0x1, ["GCJoin", "GC", "Join", "Verbose", ""], &["GC"], &T133),
            e(6, 1, [0, 5, 20], 1, 0x1, ["GCJoin_V1", "GC", "Join", "Verbose", ""], &["GC"], &T134),
            e(7, 0, [0, 4, 21], 1, 0x1, ["PrvGCMarkStackRoots", "GC", "MarkStackRoots", "Information", ""], &["GC"], &T135),
            e(7, 1, [0, 4, 21], 1, 0x1, ["PrvGCMarkStackRoots_V1", "GC", "MarkStackRoots", "Information", ""], &["GC"], &T30),
            e(8, 0, [0, 4, 22], 1, 0x1, ["PrvGCMarkFinalizeQueueRoots", "GC", "MarkFinalizeQueueRoots", "Information", ""], &["GC"], &T135),
            e(8, 1, [0, 4, 22], 1, 0x1, ["PrvGCMarkFinalizeQueueRoots_V1", "GC", "MarkFinalizeQueueRoots", "Information", ""], &["GC"], &T30),
            e(9, 0, [0, 4, 23], 1, 0x1, ["PrvGCMarkHandles", "GC", "MarkHandles", "Information", ""], &["GC"], &T135),
            e(9, 1, [0, 4, 23], 1, 0x1, ["PrvGCMarkHandles_V1", "GC", "MarkHandles", "Information", ""], &["GC"], &T30),
            e(10, 0, [0, 4, 24], 1, 0x1, ["PrvGCMarkCards", "GC", "MarkCards", "Information", ""], &["GC"], &T135),
            e(10, 1, [0, 4, 24], 1, 0x1, ["PrvGCMarkCards_V1", "GC", "MarkCards", "Information", ""], &["GC"], &T30),
            e(11, 0, [0, 4, 25], 1, 0x1, ["BGCBegin", "GC", "BGCStart", "Information", ""], &["GC"], &T5),
            e(12, 0, [0, 4, 26], 1, 0x1, ["BGC1stNonConEnd", "GC", "BGC1stNonCondStop", "Information", ""], &["GC"], &T5),
            e(13, 0, [0, 4, 27], 1, 0x1, ["BGC1stConEnd", "GC", "BGC1stConStop", "Information", ""], &["GC"], &T5),
            e(14, 0, [0, 4, 28], 1, 0x1, ["BGC2ndNonConBegin", "GC", "BGC2ndNonConStart", "Information", ""], &["GC"], &T5),
            e(15, 0, [0, 4, 29], 1, 0x1, ["BGC2ndNonConEnd", "GC", "BGC2ndNonConStop", "Information", ""], &["GC"], &T5),
            e(16, 0, [0, 4, 30], 1, 0x1, ["BGC2ndConBegin", "GC", "BGC2ndConStart", "Information", ""], &["GC"], &T5),
            e(17, 0, [0, 4, 31], 1, 0x1, ["BGC2ndConEnd", "GC", "BGC2ndConStop", "Information", ""], &["GC"], &T5),
            e(18, 0, [0, 4, 32], 1, 0x1, ["BGCPlanEnd", "GC", "BGCPlanStop", "Information", ""], &["GC"], &T5),
            e(19, 0, [0, 4, 33], 1, 0x1, ["BGCSweepEnd", "GC", "BGCSweepStop", "Information", ""], &["GC"], &T5),
            e(20, 0, [0, 4, 34], 1, 0x1, ["BGCDrainMark", "GC", "BGCDrainMark", "Information", ""], &["GC"], &T136),
            e(21, 0, [0, 4, 35], 1, 0x1, ["BGCRevisit", "GC", "BGCRevisit", "Information", ""], &["GC"], &T137),
            e(22, 0, [0, 4, 36], 1, 0x1, ["BGCOverflow", "GC", "BGCOverflow", "Information", ""], &["GC"], &T138),
            e(22, 1, [0, 4, 36], 1, 0x1, ["BGCOverflow_V1", "GC", "BGCOverflow", "Information", ""], &["GC"], &T139),
            e(23, 0, [0, 4, 37], 1, 0x1, ["BGCAllocWaitBegin", "GC", "BGCAllocWaitStart", "Information", ""], &["GC"], &T140),
            e(24, 0, [0, 4, 38], 1, 0x1, ["BGCAllocWaitEnd", "GC", "BGCAllocWaitStop", "Information", ""], &["GC"], &T140),
            e(25, 0, [0, 4, 19], 1, 0x1, ["GCFullNotify", "GC", "FullNotify", "Information", ""], &["GC"], &T141),
            e(25, 1, [0, 4, 19], 1, 0x1, ["GCFullNotify_V1", "GC", "FullNotify", "Information", ""], &["GC"], &T142),
            e(26, 0, [0, 4, 45], 1, 0x1, ["BGC1stSweepEnd", "GC", "BGC1stSweepEnd", "Information", ""], &["GC"], &T143),
            e(80, 0, [0, 4, 128], 9, 0x80000000, ["EEStartupStart", "Startup", "EEStartupStart", "Information", ""], &["Startup"], &EMPTY),
            e(80, 1, [0, 4, 128], 9, 0x80000000, ["EEStartupStart_V1", "Startup", "EEStartupStart", "Information", ""], &["Startup"], &T5),
            e(81, 0, [0, 4, 129], 9, 0x80000000, ["EEStartupEnd", "Startup", "EEStartupStop", "Information", ""], &["Startup"], &EMPTY),
            e(81, 1, [0, 4, 129], 9, 0x80000000, ["EEStartupEnd_V1", "Startup", "EEStartupStop", "Information", ""], &["Startup"], &T5),
            e(82, 0, [0, 4, 130], 9, 0x80000000, ["EEConfigSetup", "Startup", "EEConfigSetupStart", "Information", ""], &["Startup"], &EMPTY),
            e(82, 1, [0, 4, 130], 9, 0x80000000, ["EEConfigSetup_V1", "Startup", "EEConfigSetupStart", "Information", ""], &["Startup"], &T5),
            e(83, 0, [0, 4, 131], 9, 0x80000000, ["EEConfigSetupEnd", "Startup", "EEConfigSetupStop", "Information", ""], &["Startup"], &EMPTY),
            e(83, 1, [0, 4, 131], 9, 0x80000000, ["EEConfigSetupEnd_V1", "Startup", "EEConfigSetupStop", "Information", ""], &["Startup"], &T5),
            e(84, 0, [0, 4, 132], 9, 0x80000000, ["LdSysBases", "Startup", "LoadSystemBasesStart", "Information", ""], &["Startup"], &EMPTY),
            e(84, 1, [0, 4, 132], 9, 0x80000000, ["LdSysBases_V1", "Startup", "LoadSystemBasesStart", "Information", ""], &["Startup"], &T5),
            e(85, 0, [0, 4, 133], 9, 0x80000000, ["LdSysBasesEnd", "Startup", "LoadSystemBasesStop", "Information", ""], &["Startup"], &EMPTY),
            e(85, 1, [0, 4, 133], 9, 0x80000000, ["LdSysBasesEnd_V1", "Startup", "LoadSystemBasesStop", "Information", ""], &["Startup"], &T5),
            e(86, 0, [0, 4, 134], 9, 0x80000000, ["ExecExe", "Startup", "ExecExeStart", "Information", ""], &["Startup"], &EMPTY),
            e(86, 1, [0, 4, 134], 9, 0x80000000, ["ExecExe_V1", "Startup", "ExecExeStart", "Information", ""], &["Startup"], &T5),
            e(87, 0, [0, 4, 135], 9, 0x80000000, ["ExecExeEnd", "Startup", "ExecExeStop", "Information", ""], &["Startup"], &EMPTY),
            e(87, 1, [0, 4, 135], 9, 0x80000000, ["ExecExeEnd_V1", "Startup", "ExecExeStop", "Information", ""], &["Startup"], &T5),
            e(88, 0, [0, 4, 136], 9, 0x80000000, ["Main", "Startup", "MainStart", "Information", ""], &["Startup"], &EMPTY),
            e(88, 1, [0, 4, 136], 9, 0x80000000, ["Main_V1", "Startup", "MainStart", "Information", ""], &["Startup"], &T5),
            e(89, 0, [0, 4, 137], 9, 0x80000000, ["MainEnd", "Startup", "MainStop", "Information", ""], &["Startup"], &EMPTY),
            e(89, 1, [0, 4, 137], 9, 0x80000000, ["MainEnd_V1", "Startup", "MainStop", "Information", ""], &["Startup"], &T5),
            e(90, 0, [0, 4, 10], 9, 0x80000000, ["ApplyPolicyStart", "Startup", "ApplyPolicyStart", "Information", ""], &["Startup"], &EMPTY),
            e(90, 1, [0, 4, 10], 9, 0x80000000, ["ApplyPolicyStart_V1", "Startup", "ApplyPolicyStart", "Information", ""], &["Startup"], &T5),
            e(91, 0, [0, 4, 11], 9, 0x80000000, ["ApplyPolicyEnd", "Startup", "ApplyPolicyStop", "Information", ""], &["Startup"], &EMPTY),
            e(91, 1, [0, 4, 11], 9, 0x80000000, ["ApplyPolicyEnd_V1", "Startup", "ApplyPolicyStop", "Information", ""], &["Startup"], &T5),
            e(92, 0, [0, 4, 12], 9, 0x80000000, ["LdLibShFolder", "Startup", "LdLibShFolderStart", "Information", ""], &["Startup"], &EMPTY),
            e(92, 1, [0, 4, 12], 9, 0x80000000, ["LdLibShFolder_V1", "Startup", "LdLibShFolderStart", "Information", ""], &["Startup"], &T5),
            e(93, 0, [0, 4, 13], 9, 0x80000000, ["LdLibShFolderEnd", "Startup", "LdLibShFolderStop", "Information", ""], &["Startup"], &EMPTY),
            e(93, 1, [0, 4, 13], 9, 0x80000000, ["LdLibShFolderEnd_V1", "Startup", "LdLibShFolderStop", "Information", ""], &["Startup"], &T5),
            e(94, 0, [0, 4, 14], 9, 0x80000000, ["PrestubWorker", "Startup", "PrestubWorkerStart", "Information", ""], &["Startup"], &EMPTY),
            e(94, 1, [0, 4, 14], 9, 0x80000000, ["PrestubWorker_V1", "Startup", "PrestubWorkerStart", "Information", ""], &["Startup"], &T5),
            e(95, 0, [0, 4, 15], 9, 0x80000000, ["PrestubWorkerEnd", "Startup", "PrestubWorkerStop", "Information", ""], &["Startup"], &EMPTY),
            e(95, 1, [0, 4, 15], 9, 0x80000000, ["PrestubWorkerEnd_V1", "Startup", "PrestubWorkerStop", "Information", ""], &["Startup"], &T5),
            e(96, 0, [0, 4, 16], 9, 0x80000000, ["GetInstallationStart", "Startup", "GetInstallationStart", "Information", ""], &["Startup"], &EMPTY),
            e(96, 1, [0, 4, 16], 9, 0x80000000, ["GetInstallationStart_V1", "Startup", "GetInstallationStart", "Information", ""], &["Startup"], &T5),
            e(97, 0, [0, 4, 17], 9, 0x80000000, ["GetInstallationEnd", "Startup", "GetInstallationStop", "Information", ""], &["Startup"], &EMPTY),
            e(97, 1, [0, 4, 17], 9, 0x80000000, ["GetInstallationEnd_V1", "Startup", "GetInstallationStop", "Information", ""], &["Startup"], &T5),
            e(98, 0, [0, 4, 18], 9, 0x80000000, ["OpenHModule", "Startup", "OpenHModuleStart", "Information", ""], &["Startup"], &EMPTY),
            e(98, 1, [0, 4, 18], 9, 0x80000000, ["OpenHModule_V1", "Startup", "OpenHModuleStart", "Information", ""], &["Startup"], &T5),
            e(99, 0, [0, 4, 19], 9, 0x80000000, ["OpenHModuleEnd", "Startup", "OpenHModuleStop", "Information", ""], &["Startup"], &EMPTY),
            e(99, 1, [0, 4, 19], 9, 0x80000000, ["OpenHModuleEnd_V1", "Startup", "OpenHModuleStop", "Information", ""], &["Startup"], &T5),
            e(100, 0, [0, 4, 20], 9, 0x80000000, ["ExplicitBindStart", "Startup", "ExplicitBindStart", "Information", ""], &["Startup"], &EMPTY),
            e(100, 1, [0, 4, 20], 9, 0x80000000, ["ExplicitBindStart_V1", "Startup", "ExplicitBindStart", "Information", ""], &["Startup"], &T5),
            e(101, 0, [0, 4, 21], 9, 0x80000000, ["ExplicitBindEnd", "Startup", "ExplicitBindStop", "Information", ""], &["Startup"], &EMPTY),
            e(101, 1, [0, 4, 21], 9, 0x80000000, ["ExplicitBindEnd_V1", "Startup", "ExplicitBindStop", "Information", ""], &["Startup"], &T5),
            e(102, 0, [0, 4, 22], 9, 0x80000000, ["ParseXml", "Startup", "ParseXmlStart", "Information", ""], &["Startup"], &EMPTY),
            e(102, 1, [0, 4, 22], 9, 0x80000000, ["ParseXml_V1", "Startup", "ParseXmlStart", "Information", ""], &["Startup"], &T5),
            e(103, 0, [0, 4, 23], 9, 0x80000000, ["ParseXmlEnd", "Startup", "ParseXmlStop", "Information", ""], &["Startup"], &EMPTY),
            e(103, 1, [0, 4, 23], 9, 0x80000000, ["ParseXmlEnd_V1", "Startup", "ParseXmlStop", "Information", ""], &["Startup"], &T5),
            e(104, 0, [0, 4, 24], 9, 0x80000000, ["InitDefaultDomain", "Startup", "InitDefaultDomainStart", "Information", ""], &["Startup"], &EMPTY),
            e(104, 1, [0, 4, 24], 9, 0x80000000, ["InitDefaultDomain_V1", "Startup", "InitDefaultDomainStart", "Information", ""], &["Startup"], &T5),
            e(105, 0, [0, 4, 25], 9, 0x80000000, ["InitDefaultDomainEnd", "Startup", "InitDefaultDomainStop", "Information", ""], &["Startup"], &EMPTY),
            e(105, 1, [0, 4, 25], 9, 0x80000000, ["InitDefaultDomainEnd_V1", "Startup", "InitDefaultDomainStop", "Information", ""], &["Startup"], &T5),
            e(106, 0, [0, 4, 26], 9, 0x80000000, ["InitSecurity", "Startup", "InitSecurityStart", "Information", ""], &["Startup"], &EMPTY),
            e(106, 1, [0, 4, 26], 9, 0x80000000, ["InitSecurity_V1", "Startup", "InitSecurityStart", "Information", ""], &["Startup"], &T5),
            e(107, 0, [0, 4, 27], 9, 0x80000000, ["InitSecurityEnd", "Startup", "InitSecurityStop", "Information", ""], &["Startup"], &EMPTY),
            e(107, 1, [0, 4, 27], 9, 0x80000000, ["InitSecurityEnd_V1", "Startup", "InitSecurityStop", "Information", ""], &["Startup"], &T5),
            e(108, 0, [0, 4, 28], 9, 0x80000000, ["AllowBindingRedirs", "Startup", "AllowBindingRedirsStart", "Information", ""], &["Startup"], &EMPTY),
            e(108, 1, [0, 4, 28], 9, 0x80000000, ["AllowBindingRedirs_V1", "Startup", "AllowBindingRedirsStart", "Information", ""], &["Startup"], &T5),
            e(109, 0, [0, 4, 29], 9, 0x80000000, ["AllowBindingRedirsEnd", "Startup", "AllowBindingRedirsStop", "Information", ""], &["Startup"], &EMPTY),
            e(109, 1, [0, 4, 29], 9, 0x80000000, ["AllowBindingRedirsEnd_V1", "Startup", "AllowBindingRedirsStop", "Information", ""], &["Startup"], &T5),
            e(110, 0, [0, 4, 30], 9, 0x80000000, ["EEConfigSync", "Startup", "EEConfigSyncStart", "Information", ""], &["Startup"], &EMPTY),
            e(110, 1, [0, 4, 30], 9, 0x80000000, ["EEConfigSync_V1", "Startup", "EEConfigSyncStart", "Information", ""], &["Startup"], &T5),
            e(111, 0, [0, 4, 31], 9, 0x80000000, ["EEConfigSyncEnd", "Startup", "EEConfigSyncStop", "Information", ""], &["Startup"], &EMPTY),
            e(111, 1, [0, 4, 31], 9, 0x80000000, ["EEConfigSyncEnd_V1", "Startup", "EEConfigSyncStop", "Information", ""], &["Startup"], &T5),
            e(112, 0, [0, 4, 32], 9, 0x80000000, ["FusionBinding", "Startup", "BindingStart", "Information", ""], &["Startup"], &EMPTY),
            e(112, 1, [0, 4, 32], 9, 0x80000000, ["FusionBinding_V1", "Startup", "BindingStart", "Information", ""], &["Startup"], &T5),
            e(113, 0, [0, 4, 33], 9, 0x80000000, ["FusionBindingEnd", "Startup", "BindingStop", "Information", ""], &["Startup"], &EMPTY),
            e(113, 1, [0, 4, 33], 9, 0x80000000, ["FusionBindingEnd_V1", "Startup", "BindingStop", "Information", ""], &["Startup"], &T5),
            e(114, 0, [0, 4, 34], 9, 0x80000000, ["LoaderCatchCall", "Startup", "LoaderCatchCallStart", "Information", ""], &["Startup"], &EMPTY),
            e(114, 1, [0, 4, 34], 9, 0x80000000, ["LoaderCatchCall_V1", "Startup", "LoaderCatchCallStart", "Information", ""], &["Startup"], &T5),
            e(115, 0, [0, 4, 35], 9, 0x80000000, ["LoaderCatchCallEnd", "Startup", "LoaderCatchCallStop", "Information", ""], &["Startup"], &EMPTY),
            e(115, 1, [0, 4, 35], 9, 0x80000000, ["LoaderCatchCallEnd_V1", "Startup", "LoaderCatchCallStop", "Information", ""], &["Startup"], &T5),
            e(116, 0, [0, 4, 36], 9, 0x80000000, ["FusionInit", "Startup", "FusionInitStart", "Information", ""], &["Startup"], &EMPTY),
            e(116, 1, [0, 4, 36], 9, 0x80000000, ["FusionInit_V1", "Startup", "FusionInitStart", "Information", ""], &["Startup"], &T5),
            e(117, 0, [0, 4, 37], 9, 0x80000000, ["FusionInitEnd", "Startup", "FusionInitStop", "Information", ""], &["Startup"], &EMPTY),
            e(117, 1, [0, 4, 37], 9, 0x80000000, ["FusionInitEnd_V1", "Startup", "FusionInitStop", "Information", ""], &["Startup"], &T5),
            e(118, 0, [0, 4, 38], 9, 0x80000000, ["FusionAppCtx", "Startup", "FusionAppCtxStart", "Information", ""], &["Startup"], &EMPTY),
            e(118, 1, [0, 4, 38], 9, 0x80000000, ["FusionAppCtx_V1", "Startup", "FusionAppCtxStart", "Information", ""], &["Startup"], &T5),
            e(119, 0, [0, 4, 39], 9, 0x80000000, ["FusionAppCtxEnd", "Startup", "FusionAppCtxStop", "Information", ""], &["Startup"], &EMPTY),
            e(119, 1, [0, 4, 39], 9, 0x80000000, ["FusionAppCtxEnd_V1", "Startup", "FusionAppCtxStop", "Information", ""], &["Startup"], &T5),
            e(120, 0, [0, 4, 40], 9, 0x80000000, ["Fusion2EE", "Startup", "Fusion2EEStart", "Information", ""], &["Startup"], &EMPTY),
            e(120, 1, [0, 4, 40], 9, 0x80000000, ["Fusion2EE_V1", "Startup", "Fusion2EEStart", "Information", ""], &["Startup"], &T5),
            e(121, 0, [0, 4, 41], 9, 0x80000000, ["Fusion2EEEnd", "Startup", "Fusion2EEStop", "Information", ""], &["Startup"], &EMPTY),
            e(121, 1, [0, 4, 41], 9, 0x80000000, ["Fusion2EEEnd_V1", "Startup", "Fusion2EEStop", "Information", ""], &["Startup"], &T5),
            e(122, 0, [0, 4, 42], 9, 0x80000000, ["SecurityCatchCall", "Startup", "SecurityCatchCallStart", "Information", ""], &["Startup"], &EMPTY),
            e(122, 1, [0, 4, 42], 9, 0x80000000, ["SecurityCatchCall_V1", "Startup", "SecurityCatchCallStart", "Information", ""], &["Startup"], &T5),
            e(123, 0, [0, 4, 43], 9, 0x80000000, ["SecurityCatchCallEnd", "Startup", "SecurityCatchCallStop", "Information", ""], &["Startup"], &EMPTY),
            e(123, 1, [0, 4, 43], 9, 0x80000000, ["SecurityCatchCallEnd_V1", "Startup", "SecurityCatchCallStop", "Information", ""], &["Startup"], &T5),
            e(151, 0, [0, 0, 82], 11, 0x40000000, ["CLRStackWalkPrivate", "ClrStack", "Walk", "Log Always", ""], &["Stack"], &T57),
            e(158, 0, [0, 4, 10], 20, 0x20000000, ["ModuleRangeLoadPrivate", "ClrPerfTrack", "ModuleRangeLoad", "Information", ""], &["PerfTrack"], &T144),
            e(159, 0, [0, 4, 51], 10, 0x2, ["BindingPolicyPhaseStart", "Binding", "PolicyPhaseStart", "Information", ""], &["Binding"], &T145),
            e(160, 0, [0, 4, 52], 10, 0x2, ["BindingPolicyPhaseEnd", "Binding", "PolicyPhaseStop", "Information", ""], &["Binding"], &T145),
            e(161, 0, [0, 4, 53], 10, 0x2, ["BindingNgenPhaseStart", "Binding", "NgenPhaseStart", "Information", ""], &["Binding"], &T145),
            e(162, 0, [0, 4, 54], 10, 0x2, ["BindingNgenPhaseEnd", "Binding", "NgenPhaseStop", "Information", ""], &["Binding"], &T145),
            e(163, 0, [0, 4, 55], 10, 0x2, ["BindingLookupAndProbingPhaseStart", "Binding", "LoopupAndProbingPhaseStart", "Information", ""], &["Binding"], &T145),
            e(164, 0, [0, 4, 56], 10, 0x2, ["BindingLookupAndProbingPhaseEnd", "Binding", "LookupAndProbingPhaseStop", "Information", ""], &["Binding"], &T145),
            e(165, 0, [0, 4, 57], 10, 0x2, ["LoaderPhaseStart", "Binding", "LoaderPhaseStart", "Information", ""], &["Binding"], &T145),
            e(166, 0, [0, 4, 58], 10, 0x2, ["LoaderPhaseEnd", "Binding", "LoaderPhaseStop", "Information", ""], &["Binding"], &T145),
            e(167, 0, [0, 4, 59], 10, 0x2, ["BindingPhaseStart", "Binding", "PhaseStart", "Information", ""], &["Binding"], &T145),
            e(168, 0, [0, 4, 60], 10, 0x2, ["BindingPhaseEnd", "Binding", "PhaseStop", "Information", ""], &["Binding"], &T145),
            e(169, 0, [0, 4, 61], 10, 0x2, ["BindingDownloadPhaseStart", "Binding", "DownloadPhaseStart", "Information", ""], &["Binding"], &T145),
            e(170, 0, [0, 4, 62], 10, 0x2, ["BindingDownloadPhaseEnd", "Binding", "DownloadPhaseStop", "Information", ""], &["Binding"], &T145),
            e(171, 0, [0, 4, 63], 10, 0x2, ["LoaderAssemblyInitPhaseStart", "Binding", "LoaderAssemblyInitPhaseStart", "Information", ""], &["Binding"], &T145),
            e(172, 0, [0, 4, 64], 10, 0x2, ["LoaderAssemblyInitPhaseEnd", "Binding", "LoaderAssemblyInitPhaseStop", "Information", ""], &["Binding"], &T145),
            e(173, 0, [0, 4, 65], 10, 0x2, ["LoaderMappingPhaseStart", "Binding", "LoaderMappingPhaseStart", "Information", ""], &["Binding"], &T145),
            e(174, 0, [0, 4, 66], 10, 0x2, ["LoaderMappingPhaseEnd", "Binding", "LoaderMappingPhaseStop", "Information", ""], &["Binding"], &T145),
            e(175, 0, [0, 4, 67], 10, 0x2, ["LoaderDeliverEventsPhaseStart", "Binding", "LoaderDeliverEventPhaseStart", "Information", ""], &["Binding"], &T145),
            e(176, 0, [0, 4, 68], 10, 0x2, ["LoaderDeliverEventsPhaseEnd", "Binding", "LoaderDeliverEventsPhaseStop", "Information", ""], &["Binding"], &T145),
            e(177, 0, [0, 4, 10], 12, 0x400, ["EvidenceGenerated", "EvidenceGeneration", "EvidenceGenerated", "Information", ""], &["Security"], &T146),
            e(178, 0, [0, 4, 83], 14, 0x400, ["ModuleTransparencyComputationStart", "Transparency", "ModuleTransparencyComputationStart", "Information", ""], &["Security"], &T147),
            e(179, 0, [0, 4, 84], 14, 0x400, ["ModuleTransparencyComputationEnd", "Transparency", "ModuleTransparencyComputationStop", "Information", ""], &["Security"], &T148),
            e(180, 0, [0, 4, 85], 14, 0x400, ["TypeTransparencyComputationStart", "Transparency", "TypeTransparencyComputationStart", "Information", ""], &["Security"], &T149),
            e(181, 0, [0, 4, 86], 14, 0x400, ["TypeTransparencyComputationEnd", "Transparency", "TypeTransparencyComputationStop", "Information", ""], &["Security"], &T150),
            e(182, 0, [0, 4, 87], 14, 0x400, ["MethodTransparencyComputationStart", "Transparency", "MethodTransparencyComputationStart", "Information", ""], &["Security"], &T151),
            e(183, 0, [0, 4, 88], 14, 0x400, ["MethodTransparencyComputationEnd", "Transparency", "MethodTransparencyComputationStop", "Information", ""], &["Security"], &T152),
            e(184, 0, [0, 4, 89], 14, 0x400, ["FieldTransparencyComputationStart", "Transparency", "FieldTransparencyComputationStart", "Information", ""], &["Security"], &T153),
            e(185, 0, [0, 4, 90], 14, 0x400, ["FieldTransparencyComputationEnd", "Transparency", "FieldTransparencyComputationStop", "Information", ""], &["Security"], &T154),
            e(186, 0, [0, 4, 91], 14, 0x400, ["TokenTransparencyComputationStart", "Transparency", "TokenTransparencyComputationStart", "Information", ""], &["Security"], &T155),
            e(187, 0, [0, 4, 92], 14, 0x400, ["TokenTransparencyComputationEnd", "Transparency", "TokenTransparencyComputationStop", "Information", ""], &["Security"], &T156),
            e(188, 0, [0, 4, 69], 13, 0x8, ["NgenBindEvent", "NgenBinder", "NgenBind", "Information", ""], &["Fusion"], &T157),
            e(191, 0, [0, 1, 52], 2, 0x0, ["FailFast", "FailFast", "FailFast", "Critical", ""], &[], &T158),
            e(192, 0, [0, 5, 39], 1, 0x1, ["PrvFinalizeObject", "GC", "FinalizeObject", "Verbose", ""], &["GC"], &T159),
            e(193, 0, [0, 5, 40], 1, 0x2000, ["CCWRefCountChangeAnsi", "GC", "CCWRefCountChange", "Verbose", ""], &["Interop"], &T160),
            e(194, 0, [0, 5, 42], 1, 0x4000, ["PrvSetGCHandle", "GC", "SetGCHandle", "Verbose", ""], &["GCHandle"], &T32),
            e(195, 0, [0, 5, 43], 1, 0x4000, ["PrvDestroyGCHandle", "GC", "DestoryGCHandle", "Verbose", ""], &["GCHandle"], &T33),
            e(196, 0, [0, 4, 70], 10, 0x2, ["FusionMessageEvent", "Binding", "FusionMessage", "Information", ""], &["Binding"], &T161),
            e(197, 0, [0, 4, 71], 10, 0x2, ["FusionErrorCodeEvent", "Binding", "FusionErrorCode", "Information", ""], &["Binding"], &T162),
            e(199, 0, [0, 5, 44], 1, 0x1, ["PinPlugAtGCTime", "GC", "PinPlugAtGCTime", "Verbose", ""], &["GC"], &T163),
            e(200, 0, [0, 5, 40], 1, 0x2000, ["CCWRefCountChange", "GC", "CCWRefCountChange", "Verbose", ""], &["Interop"], &T164),
            e(201, 0, [0, 4, 10], 17, 0x20000, ["MulticoreJit", "ClrMulticoreJit", "Common", "Information", ""], &["MulticoreJit"], &T165),
            e(202, 0, [0, 4, 11], 17, 0x20000, ["MulticoreJitMethodCodeReturned", "ClrMulticoreJit", "MethodCodeReturned", "Information", ""], &["MulticoreJit"], &T166),
            e(310, 0, [0, 5, 97], 16, 0x10, ["AllocRequest", "LoaderHeap", "LoaderHeapAllocRequest", "Verbose", ""], &["LoaderHeap"], &T167),
            e(400, 0, [0, 4, 11], 22, 0x20, ["IInspectableRuntimeClassName", "ClrDynamicTypeUsage", "IInspectableRuntimeClassName", "Information", ""], &["DynamicTypeUsage"], &T168),
            e(401, 0, [0, 4, 12], 22, 0x20, ["WinRTUnbox", "ClrDynamicTypeUsage", "WinRTUnbox", "Information", ""], &["DynamicTypeUsage"], &T169),
            e(402, 0, [0, 4, 13], 22, 0x20, ["CreateRCW", "ClrDynamicTypeUsage", "CreateRCW", "Information", ""], &["DynamicTypeUsage"], &T168),
            e(403, 0, [0, 4, 14], 22, 0x20, ["RCWVariance", "ClrDynamicTypeUsage", "RCWVariance", "Information", ""], &["DynamicTypeUsage"], &T170),
            e(404, 0, [0, 4, 15], 22, 0x20, ["RCWIEnumerableCasting", "ClrDynamicTypeUsage", "RCWIEnumerableCasting", "Information", ""], &["DynamicTypeUsage"], &T169),
            e(405, 0, [0, 4, 16], 22, 0x20, ["CreateCCW", "ClrDynamicTypeUsage", "CreateCCW", "Information", ""], &["DynamicTypeUsage"], &T168),
            e(406, 0, [0, 4, 17], 22, 0x20, ["CCWVariance", "ClrDynamicTypeUsage", "CCWVariance", "Information", ""], &["DynamicTypeUsage"], &T170),
            e(407, 0, [0, 4, 18], 22, 0x20, ["ObjectVariantMarshallingToNative", "ClrDynamicTypeUsage", "ObjectVariantMarshallingToNative", "Information", ""], &["DynamicTypeUsage"], &T171),
            e(408, 0, [0, 4, 19], 22, 0x20, ["GetTypeFromGUID", "ClrDynamicTypeUsage", "GetTypeFromGUID", "Information", ""], &["DynamicTypeUsage"], &T169),
            e(409, 0, [0, 4, 20], 22, 0x20, ["GetTypeFromProgID", "ClrDynamicTypeUsage", "GetTypeFromProgID", "Information", ""], &["DynamicTypeUsage"], &T169),
            e(410, 0, [0, 4, 21], 22, 0x20, ["ConvertToCallbackEtw", "ClrDynamicTypeUsage", "ConvertToCallbackEtw", "Information", ""], &["DynamicTypeUsage"], &T169),
            e(411, 0, [0, 4, 22], 22, 0x20, ["BeginCreateManagedReference", "ClrDynamicTypeUsage", "BeginCreateManagedReference", "Information", ""], &["DynamicTypeUsage"], &T5),
            e(412, 0, [0, 4, 23], 22, 0x20, ["EndCreateManagedReference", "ClrDynamicTypeUsage", "EndCreateManagedReference", "Information", ""], &["DynamicTypeUsage"], &T5),
            e(413, 0, [0, 4, 24], 22, 0x20, ["ObjectVariantMarshallingToManaged", "ClrDynamicTypeUsage", "ObjectVariantMarshallingToManaged", "Information", ""], &["DynamicTypeUsage"], &T171),
        ],
    },
];

static T0: Template = Template { top_level: 2, properties: &[
    p("Count", 8, 8),
    p("Reason", 8, 0).map(&M0),
] };

static T1: Template = Template { top_level: 5, properties: &[
    p("Count", 8, 8),
    p("Depth", 8, 8),
    p("Reason", 8, 0).map(&M0),
    p("Type", 8, 0).map(&M1),
    p("ClrInstanceID", 6, 0),
] };

static T2: Template = Template { top_level: 6, properties: &[
    p("Count", 8, 8),
    p("Depth", 8, 8),
    p("Reason", 8, 0).map(&M0),
    p("Type", 8, 0).map(&M1),
    p("ClrInstanceID", 6, 0),
    p("ClientSequenceNumber", 10, 0),
] };

static T3: Template = Template { top_level: 2, properties: &[
    p("Count", 8, 0),
    p("Depth", 6, 0),
] };

static T4: Template = Template { top_level: 3, properties: &[
    p("Count", 8, 0),
    p("Depth", 8, 0),
    p("ClrInstanceID", 6, 0),
] };

static T5: Template = Template { top_level: 1, properties: &[
    p("ClrInstanceID", 6, 0),
] };

static T6: Template = Template { top_level: 13, properties: &[
    p("GenerationSize0", 10, 19),
    p("TotalPromotedSize0", 10, 19),
    p("GenerationSize1", 10, 19),
    p("TotalPromotedSize1", 10, 19),
    p("GenerationSize2", 10, 19),
    p("TotalPromotedSize2", 10, 19),
    p("GenerationSize3", 10, 19),
    p("TotalPromotedSize3", 10, 19),
    p("FinalizationPromotedSize", 10, 19),
    p("FinalizationPromotedCount", 10, 0),
    p("PinnedObjectCount", 8, 0),
    p("SinkBlockCount", 8, 0),
    p("GCHandleCount", 8, 0),
] };

static T7: Template = Template { top_level: 14, properties: &[
    p("GenerationSize0", 10, 19),
    p("TotalPromotedSize0", 10, 19),
    p("GenerationSize1", 10, 19),
    p("TotalPromotedSize1", 10, 19),
    p("GenerationSize2", 10, 19),
    p("TotalPromotedSize2", 10, 19),
    p("GenerationSize3", 10, 19),
    p("TotalPromotedSize3", 10, 19),
    p("FinalizationPromotedSize", 10, 19),
    p("FinalizationPromotedCount", 10, 0),
    p("PinnedObjectCount", 8, 0),
    p("SinkBlockCount", 8, 0),
    p("GCHandleCount", 8, 0),
    p("ClrInstanceID", 6, 0),
] };

static T8: Template = Template { top_level: 16, properties: &[
    p("GenerationSize0", 10, 19),
    p("TotalPromotedSize0", 10, 19),
    p("GenerationSize1", 10, 19),
    p("TotalPromotedSize1", 10, 19),
    p("GenerationSize2", 10, 19),
    p("TotalPromotedSize2", 10, 19),
    p("GenerationSize3", 10, 19),
    p("TotalPromotedSize3", 10, 19),
    p("FinalizationPromotedSize", 10, 19),
    p("FinalizationPromotedCount", 10, 0),
    p("PinnedObjectCount", 8, 0),
    p("SinkBlockCount", 8, 0),
    p("GCHandleCount", 8, 0),
    p("ClrInstanceID", 6, 0),
    p("GenerationSize4", 10, 19),
    p("TotalPromotedSize4", 10, 19),
] };

static T9: Template = Template { top_level: 3, properties: &[
    p("Address", 10, 19),
    p("Size", 10, 19),
    p("Type", 8, 0).map(&M2),
] };

static T10: Template = Template { top_level: 4, properties: &[
    p("Address", 10, 19),
    p("Size", 10, 19),
    p("Type", 8, 0).map(&M2),
    p("ClrInstanceID", 6, 0),
] };

static T11: Template = Template { top_level: 1, properties: &[
    p("Address", 10, 19),
] };

static T12: Template = Template { top_level: 2, properties: &[
    p("Address", 10, 19),
    p("ClrInstanceID", 6, 0),
] };

static T13: Template = Template { top_level: 1, properties: &[
    p("Reason", 6, 0).map(&M3),
] };

static T14: Template = Template { top_level: 3, properties: &[
    p("Reason", 8, 0).map(&M3),
    p("Count", 8, 0),
    p("ClrInstanceID", 6, 0),
] };

static T15: Template = Template { top_level: 2, properties: &[
    p("AllocationAmount", 8, 18),
    p("AllocationKind", 8, 0).map(&M4),
] };

static T16: Template = Template { top_level: 3, properties: &[
    p("AllocationAmount", 8, 18),
    p("AllocationKind", 8, 0).map(&M4),
    p("ClrInstanceID", 6, 0),
] };

static T17: Template = Template { top_level: 7, properties: &[
    p("AllocationAmount", 8, 18),
    p("AllocationKind", 8, 0).map(&M4),
    p("ClrInstanceID", 6, 0),
    p("AllocationAmount64", 10, 19),
    p("TypeID", 16, 0),
    p("TypeName", 1, 0),
    p("HeapIndex", 8, 0),
] };

static T18: Template = Template { top_level: 8, properties: &[
    p("AllocationAmount", 8, 18),
    p("AllocationKind", 8, 0).map(&M4),
    p("ClrInstanceID", 6, 0),
    p("AllocationAmount64", 10, 19),
    p("TypeID", 16, 0),
    p("TypeName", 1, 0),
    p("HeapIndex", 8, 0),
    p("Address", 16, 0),
] };

static T19: Template = Template { top_level: 1, properties: &[
    p("Count", 8, 0),
] };

static T20: Template = Template { top_level: 2, properties: &[
    p("Count", 8, 0),
    p("ClrInstanceID", 6, 0),
] };

static T21: Template = Template { top_level: 3, properties: &[
    p("Count", 8, 0),
    p("ClrInstanceID", 6, 0),
    st("Values", 3, 8).count(Count::Property(0)),
    p("TypeID", 10, 19),
    p("ModuleID", 10, 19),
    p("TypeNameID", 8, 0),
    p("Flags", 8, 0).map(&M5),
    p("CorElementType", 4, 0),
    p("Name", 1, 0),
    p("TypeParameterCount", 8, 0),
    p("TypeParameters", 10, 19).count(Count::Property(9)),
] };

static T22: Template = Template { top_level: 4, properties: &[
    p("Index", 8, 0),
    p("Count", 8, 0),
    p("ClrInstanceID", 6, 0),
    st("Values", 4, 4).count(Count::Property(1)),
    p("RootedNodeAddress", 16, 0),
    p("GCRootKind", 4, 0).map(&M6),
    p("GCRootFlag", 8, 0).map(&M7),
    p("GCRootID", 16, 0),
] };

static T23: Template = Template { top_level: 4, properties: &[
    p("Index", 8, 0),
    p("Count", 8, 0),
    p("ClrInstanceID", 6, 0),
    st("Values", 4, 3).count(Count::Property(1)),
    p("GCKeyNodeID", 16, 0),
    p("GCValueNodeID", 16, 0),
    p("GCRootID", 16, 0),
] };

static T24: Template = Template { top_level: 4, properties: &[
    p("Index", 8, 0),
    p("Count", 8, 0),
    p("ClrInstanceID", 6, 0),
    st("Values", 4, 4).count(Count::Property(1)),
    p("Address", 16, 0),
    p("Size", 10, 0),
    p("TypeID", 10, 0),
    p("EdgeCount", 10, 0),
] };

static T25: Template = Template { top_level: 4, properties: &[
    p("Index", 8, 0),
    p("Count", 8, 0),
    p("ClrInstanceID", 6, 0),
    st("Values", 4, 2).count(Count::Property(1)),
    p("Value", 16, 19),
    p("ReferencingFieldID", 8, 0),
] };

static T26: Template = Template { top_level: 5, properties: &[
    p("Address", 16, 0),
    p("TypeID", 16, 0),
    p("ObjectCountForTypeSample", 8, 0),
    p("TotalSizeForTypeSample", 10, 0),
    p("ClrInstanceID", 6, 0),
] };

static T27: Template = Template { top_level: 4, properties: &[
    p("Index", 8, 0),
    p("Count", 8, 0),
    p("ClrInstanceID", 6, 0),
    st("Values", 4, 2).count(Count::Property(1)),
    p("RangeBase", 16, 19),
    p("RangeLength", 10, 0),
] };

static T28: Template = Template { top_level: 4, properties: &[
    p("Index", 8, 0),
    p("Count", 8, 0),
    p("ClrInstanceID", 6, 0),
    st("Values", 4, 3).count(Count::Property(1)),
    p("OldRangeBase", 16, 19),
    p("NewRangeBase", 16, 19),
    p("RangeLength", 10, 0),
] };

static T29: Template = Template { top_level: 5, properties: &[
    p("Generation", 4, 0),
    p("RangeStart", 16, 19),
    p("RangeUsedLength", 10, 0),
    p("RangeReservedLength", 10, 0),
    p("ClrInstanceID", 6, 0),
] };

static T30: Template = Template { top_level: 2, properties: &[
    p("HeapNum", 8, 0),
    p("ClrInstanceID", 6, 0),
] };

static T31: Template = Template { top_level: 3, properties: &[
    p("TypeID", 16, 0),
    p("ObjectID", 16, 0),
    p("ClrInstanceID", 6, 0),
] };

static T32: Template = Template { top_level: 6, properties: &[
    p("HandleID", 16, 0),
    p("ObjectID", 16, 0),
    p("Kind", 8, 0).map(&M8),
    p("Generation", 8, 0),
    p("AppDomainID", 10, 19),
    p("ClrInstanceID", 6, 0),
] };

static T33: Template = Template { top_level: 2, properties: &[
    p("HandleID", 16, 0),
    p("ClrInstanceID", 6, 0),
] };

static T34: Template = Template { top_level: 5, properties: &[
    p("HandleID", 16, 0),
    p("ObjectID", 16, 0),
    p("ObjectSize", 10, 0),
    p("TypeName", 1, 0),
    p("ClrInstanceID", 6, 0),
] };

static T35: Template = Template { top_level: 2, properties: &[
    p("Reason", 8, 0).map(&M0),
    p("ClrInstanceID", 6, 0),
] };

static T36: Template = Template { top_level: 3, properties: &[
    p("Count", 8, 0),
    p("ClrInstanceID", 6, 0),
    st("Values", 3, 7).count(Count::Property(0)),
    p("GCRootID", 10, 19),
    p("ObjectID", 10, 19),
    p("TypeID", 10, 19),
    p("IUnknown", 10, 19),
    p("RefCount", 8, 0),
    p("PeggedRefCount", 8, 0),
    p("Flags", 8, 0).map(&M9),
] };

static T37: Template = Template { top_level: 3, properties: &[
    p("Count", 8, 0),
    p("ClrInstanceID", 6, 0),
    st("Values", 3, 6).count(Count::Property(0)),
    p("ObjectID", 10, 19),
    p("TypeID", 10, 19),
    p("IUnknown", 10, 19),
    p("VTable", 10, 19),
    p("RefCount", 8, 0),
    p("Flags", 8, 0),
] };

static T38: Template = Template { top_level: 4, properties: &[
    p("Count", 8, 0),
    p("AppDomainID", 10, 19),
    p("ClrInstanceID", 6, 0),
    st("Values", 4, 5).count(Count::Property(0)),
    p("GCRootID", 10, 19),
    p("ObjectID", 10, 19),
    p("TypeID", 10, 19),
    p("Flags", 8, 0).map(&M10),
    p("FieldName", 1, 0),
] };

static T39: Template = Template { top_level: 4, properties: &[
    p("Name", 1, 0),
    p("DataSize", 8, 0),
    p("Data", 14, 0).length(Length::Property(1)),
    p("ClrInstanceID", 6, 0),
] };

static T40: Template = Template { top_level: 2, properties: &[
    p("WorkerThreadCount", 8, 0),
    p("RetiredWorkerThreads", 8, 0),
] };

static T41: Template = Template { top_level: 2, properties: &[
    p("IOThreadCount", 8, 0),
    p("RetiredIOThreads", 8, 0),
] };

static T42: Template = Template { top_level: 3, properties: &[
    p("IOThreadCount", 8, 0),
    p("RetiredIOThreads", 8, 0),
    p("ClrInstanceID", 6, 0),
] };

static T43: Template = Template { top_level: 2, properties: &[
    p("ClrThreadID", 8, 0),
    p("CpuUtilization", 8, 0),
] };

static T44: Template = Template { top_level: 3, properties: &[
    p("ActiveWorkerThreadCount", 8, 0),
    p("RetiredWorkerThreadCount", 8, 0),
    p("ClrInstanceID", 6, 0),
] };

static T45: Template = Template { top_level: 2, properties: &[
    p("Throughput", 12, 0),
    p("ClrInstanceID", 6, 0),
] };

static T46: Template = Template { top_level: 4, properties: &[
    p("AverageThroughput", 12, 0),
    p("NewWorkerThreadCount", 8, 0),
    p("Reason", 8, 0).map(&M11),
    p("ClrInstanceID", 6, 0),
] };

static T47: Template = Template { top_level: 11, properties: &[
    p("Duration", 12, 0),
    p("Throughput", 12, 0),
    p("ThreadWave", 12, 0),
    p("ThroughputWave", 12, 0),
    p("ThroughputErrorEstimate", 12, 0),
    p("AverageThroughputErrorEstimate", 12, 0),
    p("ThroughputRatio", 12, 0),
    p("Confidence", 12, 0),
    p("NewControlSetting", 12, 0),
    p("NewThreadWaveMagnitude", 6, 0),
    p("ClrInstanceID", 6, 0),
] };

static T48: Template = Template { top_level: 2, properties: &[
    p("WorkID", 16, 0),
    p("ClrInstanceID", 6, 0),
] };

static T49: Template = Template { top_level: 4, properties: &[
    p("NativeOverlapped", 16, 0),
    p("Overlapped", 16, 0),
    p("MultiDequeues", 13, 0),
    p("ClrInstanceID", 6, 0),
] };

static T50: Template = Template { top_level: 3, properties: &[
    p("NativeOverlapped", 16, 0),
    p("Overlapped", 16, 0),
    p("ClrInstanceID", 6, 0),
] };

static T51: Template = Template { top_level: 2, properties: &[
    p("ID", 16, 0),
    p("ClrInstanceID", 6, 0),
] };

static T52: Template = Template { top_level: 6, properties: &[
    p("MethodID", 10, 19),
    p("TypeID", 10, 19),
    p("MethodToken", 8, 18),
    p("TypeParameterCount", 8, 0),
    p("LoaderModuleID", 10, 19),
    p("TypeParameters", 10, 19).count(Count::Property(3)),
] };

static T53: Template = Template { top_level: 2, properties: &[
    p("TypeLoadStartID", 8, 0),
    p("ClrInstanceID", 6, 0),
] };

static T54: Template = Template { top_level: 5, properties: &[
    p("TypeLoadStartID", 8, 0),
    p("ClrInstanceID", 6, 0),
    p("LoadLevel", 6, 0),
    p("TypeID", 10, 19),
    p("TypeName", 1, 0),
] };

static T55: Template = Template { top_level: 6, properties: &[
    p("ExceptionType", 1, 0),
    p("ExceptionMessage", 1, 0),
    p("ExceptionEIP", 16, 0),
    p("ExceptionHRESULT", 8, 18),
    p("ExceptionFlags", 6, 0).map(&M12),
    p("ClrInstanceID", 6, 0),
] };

static T56: Template = Template { top_level: 2, properties: &[
    p("ContentionFlags", 4, 0).map(&M13),
    p("ClrInstanceID", 6, 0),
] };

static T57: Template = Template { top_level: 5, properties: &[
    p("ClrInstanceID", 6, 0),
    p("Reserved1", 4, 0),
    p("Reserved2", 4, 0),
    p("FrameCount", 8, 0),
    p("Stack", 16, 0).count(Count::Property(3)),
] };

static T58: Template = Template { top_level: 3, properties: &[
    p("AppDomainID", 10, 19),
    p("Allocated", 10, 19),
    p("ClrInstanceID", 6, 0),
] };

static T59: Template = Template { top_level: 4, properties: &[
    p("AppDomainID", 10, 19),
    p("Survived", 10, 19),
    p("ProcessSurvived", 10, 19),
    p("ClrInstanceID", 6, 0),
] };

static T60: Template = Template { top_level: 6, properties: &[
    p("ManagedThreadID", 10, 19),
    p("AppDomainID", 10, 19),
    p("Flags", 8, 0).map(&M14),
    p("ManagedThreadIndex", 8, 0),
    p("OSThreadID", 8, 0),
    p("ClrInstanceID", 6, 0),
] };

static T61: Template = Template { top_level: 3, properties: &[
    p("ManagedThreadID", 10, 19),
    p("AppDomainID", 10, 19),
    p("ClrInstanceID", 6, 0),
] };

static T62: Template = Template { top_level: 11, properties: &[
    p("ClrInstanceID", 6, 0),
    p("ModuleID", 10, 19),
    p("StubMethodID", 10, 19),
    p("StubFlags", 8, 0).map(&M15),
    p("ManagedInteropMethodToken", 8, 18),
    p("ManagedInteropMethodNamespace", 1, 0),
    p("ManagedInteropMethodName", 1, 0),
    p("ManagedInteropMethodSignature", 1, 0),
    p("NativeMethodSignature", 1, 0),
    p("StubMethodSignature", 1, 0),
    p("StubMethodILCode", 1, 0),
] };

static T63: Template = Template { top_level: 7, properties: &[
    p("ClrInstanceID", 6, 0),
    p("ModuleID", 10, 19),
    p("StubMethodID", 10, 19),
    p("ManagedInteropMethodToken", 8, 18),
    p("ManagedInteropMethodNamespace", 1, 0),
    p("ManagedInteropMethodName", 1, 0),
    p("ManagedInteropMethodSignature", 1, 0),
] };

static T64: Template = Template { top_level: 3, properties: &[
    p("ContentionFlags", 4, 0).map(&M13),
    p("ClrInstanceID", 6, 0),
    p("DurationNs", 12, 0),
] };

static T65: Template = Template { top_level: 6, properties: &[
    p("MethodID", 10, 19),
    p("ModuleID", 10, 19),
    p("MethodStartAddress", 10, 19),
    p("MethodSize", 8, 18),
    p("MethodToken", 8, 18),
    p("MethodFlags", 8, 0).map(&M16),
] };

static T66: Template = Template { top_level: 9, properties: &[
    p("MethodID", 10, 19),
    p("ModuleID", 10, 19),
    p("MethodStartAddress", 10, 19),
    p("MethodSize", 8, 18),
    p("MethodToken", 8, 18),
    p("MethodFlags", 8, 0).map(&M16),
    p("MethodNamespace", 1, 0),
    p("MethodName", 1, 0),
    p("MethodSignature", 1, 0),
] };

static T67: Template = Template { top_level: 7, properties: &[
    p("MethodID", 10, 19),
    p("ModuleID", 10, 19),
    p("MethodStartAddress", 10, 19),
    p("MethodSize", 8, 18),
    p("MethodToken", 8, 18),
    p("MethodFlags", 8, 0).map(&M16),
    p("ClrInstanceID", 6, 0),
] };

static T68: Template = Template { top_level: 8, properties: &[
    p("MethodID", 10, 19),
    p("ModuleID", 10, 19),
    p("MethodStartAddress", 10, 19),
    p("MethodSize", 8, 18),
    p("MethodToken", 8, 18),
    p("MethodFlags", 8, 0).map(&M16),
    p("ClrInstanceID", 6, 0),
    p("ReJITID", 10, 19),
] };

static T69: Template = Template { top_level: 10, properties: &[
    p("MethodID", 10, 19),
    p("ModuleID", 10, 19),
    p("MethodStartAddress", 10, 19),
    p("MethodSize", 8, 18),
    p("MethodToken", 8, 18),
    p("MethodFlags", 8, 0).map(&M16),
    p("MethodNamespace", 1, 0),
    p("MethodName", 1, 0),
    p("MethodSignature", 1, 0),
    p("ClrInstanceID", 6, 0),
] };

static T70: Template = Template { top_level: 11, properties: &[
    p("MethodID", 10, 19),
    p("ModuleID", 10, 19),
    p("MethodStartAddress", 10, 19),
    p("MethodSize", 8, 18),
    p("MethodToken", 8, 18),
    p("MethodFlags", 8, 0).map(&M16),
    p("MethodNamespace", 1, 0),
    p("MethodName", 1, 0),
    p("MethodSignature", 1, 0),
    p("ClrInstanceID", 6, 0),
    p("ReJITID", 10, 19),
] };

static T71: Template = Template { top_level: 7, properties: &[
    p("MethodID", 10, 19),
    p("ModuleID", 10, 19),
    p("MethodToken", 8, 18),
    p("MethodILSize", 8, 18),
    p("MethodNamespace", 1, 0),
    p("MethodName", 1, 0),
    p("MethodSignature", 1, 0),
] };

static T72: Template = Template { top_level: 8, properties: &[
    p("MethodID", 10, 19),
    p("ModuleID", 10, 19),
    p("MethodToken", 8, 18),
    p("MethodILSize", 8, 18),
    p("MethodNamespace", 1, 0),
    p("MethodName", 1, 0),
    p("MethodSignature", 1, 0),
    p("ClrInstanceID", 6, 0),
] };

static T73: Template = Template { top_level: 7, properties: &[
    p("MethodID", 10, 19),
    p("ModuleID", 10, 19),
    p("JitHotCodeRequestSize", 10, 0),
    p("JitRODataRequestSize", 10, 0),
    p("AllocatedSizeForJitCode", 10, 0),
    p("JitAllocFlag", 8, 0),
    p("ClrInstanceID", 6, 0),
] };

static T74: Template = Template { top_level: 6, properties: &[
    p("ModuleID", 10, 19),
    p("AssemblyID", 10, 19),
    p("ModuleFlags", 8, 0).map(&M17),
    p("Reserved1", 8, 0),
    p("ModuleILPath", 1, 0),
    p("ModuleNativePath", 1, 0),
] };

static T75: Template = Template { top_level: 7, properties: &[
    p("ModuleID", 10, 19),
    p("AssemblyID", 10, 19),
    p("AppDomainID", 10, 19),
    p("ModuleFlags", 8, 0).map(&M17),
    p("Reserved1", 8, 0),
    p("ModuleILPath", 1, 0),
    p("ModuleNativePath", 1, 0),
] };

static T76: Template = Template { top_level: 8, properties: &[
    p("ModuleID", 10, 19),
    p("AssemblyID", 10, 19),
    p("AppDomainID", 10, 19),
    p("ModuleFlags", 8, 0).map(&M17),
    p("Reserved1", 8, 0),
    p("ModuleILPath", 1, 0),
    p("ModuleNativePath", 1, 0),
    p("ClrInstanceID", 6, 0),
] };

static T77: Template = Template { top_level: 7, properties: &[
    p("ModuleID", 10, 19),
    p("AssemblyID", 10, 19),
    p("ModuleFlags", 8, 0).map(&M17),
    p("Reserved1", 8, 0),
    p("ModuleILPath", 1, 0),
    p("ModuleNativePath", 1, 0),
    p("ClrInstanceID", 6, 0),
] };

static T78: Template = Template { top_level: 13, properties: &[
    p("ModuleID", 10, 19),
    p("AssemblyID", 10, 19),
    p("ModuleFlags", 8, 0).map(&M17),
    p("Reserved1", 8, 0),
    p("ModuleILPath", 1, 0),
    p("ModuleNativePath", 1, 0),
    p("ClrInstanceID", 6, 0),
    p("ManagedPdbSignature", 15, 0),
    p("ManagedPdbAge", 8, 0),
    p("ManagedPdbBuildPath", 1, 0),
    p("NativePdbSignature", 15, 0),
    p("NativePdbAge", 8, 0),
    p("NativePdbBuildPath", 1, 0),
] };

static T79: Template = Template { top_level: 4, properties: &[
    p("AssemblyID", 10, 19),
    p("AppDomainID", 10, 19),
    p("AssemblyFlags", 8, 0).map(&M18),
    p("FullyQualifiedAssemblyName", 1, 0),
] };

static T80: Template = Template { top_level: 6, properties: &[
    p("AssemblyID", 10, 19),
    p("AppDomainID", 10, 19),
    p("BindingID", 10, 19),
    p("AssemblyFlags", 8, 0).map(&M18),
    p("FullyQualifiedAssemblyName", 1, 0),
    p("ClrInstanceID", 6, 0),
] };

static T81: Template = Template { top_level: 3, properties: &[
    p("AppDomainID", 10, 19),
    p("AppDomainFlags", 8, 0).map(&M19),
    p("AppDomainName", 1, 0),
] };

static T82: Template = Template { top_level: 5, properties: &[
    p("AppDomainID", 10, 19),
    p("AppDomainFlags", 8, 0).map(&M19),
    p("AppDomainName", 1, 0),
    p("AppDomainIndex", 8, 0),
    p("ClrInstanceID", 6, 0),
] };

static T83: Template = Template { top_level: 5, properties: &[
    p("ClrInstanceID", 6, 0),
    p("ModuleID", 10, 19),
    p("RangeBegin", 8, 18),
    p("RangeSize", 8, 18),
    p("RangeType", 4, 0).map(&M20),
] };

static T84: Template = Template { top_level: 6, properties: &[
    p("MethodID", 10, 19),
    p("MethodNamespace", 1, 0),
    p("MethodName", 1, 0),
    p("MethodSignature", 1, 0),
    p("EntryPoint", 10, 19),
    p("ClrInstanceID", 6, 0),
] };

static T85: Template = Template { top_level: 2, properties: &[
    p("MethodID", 10, 19),
    p("ClrInstanceID", 6, 0),
] };

static T86: Template = Template { top_level: 3, properties: &[
    p("VerificationFlags", 8, 18),
    p("ErrorCode", 8, 18),
    p("FullyQualifiedAssemblyName", 1, 0),
] };

static T87: Template = Template { top_level: 4, properties: &[
    p("VerificationFlags", 8, 18),
    p("ErrorCode", 8, 18),
    p("FullyQualifiedAssemblyName", 1, 0),
    p("ClrInstanceID", 6, 0),
] };

static T88: Template = Template { top_level: 3, properties: &[
    p("VerificationFlags", 8, 18),
    p("ErrorCode", 8, 18),
    p("ModulePath", 1, 0),
] };

static T89: Template = Template { top_level: 4, properties: &[
    p("VerificationFlags", 8, 18),
    p("ErrorCode", 8, 18),
    p("ModulePath", 1, 0),
    p("ClrInstanceID", 6, 0),
] };

static T90: Template = Template { top_level: 10, properties: &[
    p("MethodBeingCompiledNamespace", 1, 0),
    p("MethodBeingCompiledName", 1, 0),
    p("MethodBeingCompiledNameSignature", 1, 0),
    p("InlinerNamespace", 1, 0),
    p("InlinerName", 1, 0),
    p("InlinerNameSignature", 1, 0),
    p("InlineeNamespace", 1, 0),
    p("InlineeName", 1, 0),
    p("InlineeNameSignature", 1, 0),
    p("ClrInstanceID", 6, 0),
] };

static T91: Template = Template { top_level: 12, properties: &[
    p("MethodBeingCompiledNamespace", 1, 0),
    p("MethodBeingCompiledName", 1, 0),
    p("MethodBeingCompiledNameSignature", 1, 0),
    p("InlinerNamespace", 1, 0),
    p("InlinerName", 1, 0),
    p("InlinerNameSignature", 1, 0),
    p("InlineeNamespace", 1, 0),
    p("InlineeName", 1, 0),
    p("InlineeNameSignature", 1, 0),
    p("FailAlways", 13, 0),
    p("FailReason", 2, 0),
    p("ClrInstanceID", 6, 0),
] };

static T92: Template = Template { top_level: 15, properties: &[
    p("ClrInstanceID", 6, 0),
    p("Sku", 6, 0).map(&M21),
    p("BclMajorVersion", 6, 0),
    p("BclMinorVersion", 6, 0),
    p("BclBuildNumber", 6, 0),
    p("BclQfeNumber", 6, 0),
    p("VMMajorVersion", 6, 0),
    p("VMMinorVersion", 6, 0),
    p("VMBuildNumber", 6, 0),
    p("VMQfeNumber", 6, 0),
    p("StartupFlags", 8, 0).map(&M22),
    p("StartupMode", 4, 0).map(&M23),
    p("CommandLine", 1, 0),
    p("ComObjectGuid", 15, 0),
    p("RuntimeDllPath", 1, 0),
] };

static T93: Template = Template { top_level: 12, properties: &[
    p("MethodBeingCompiledNamespace", 1, 0),
    p("MethodBeingCompiledName", 1, 0),
    p("MethodBeingCompiledNameSignature", 1, 0),
    p("CallerNamespace", 1, 0),
    p("CallerName", 1, 0),
    p("CallerNameSignature", 1, 0),
    p("CalleeNamespace", 1, 0),
    p("CalleeName", 1, 0),
    p("CalleeNameSignature", 1, 0),
    p("TailPrefix", 13, 0),
    p("TailCallType", 8, 0).map(&M24),
    p("ClrInstanceID", 6, 0),
] };

static T94: Template = Template { top_level: 12, properties: &[
    p("MethodBeingCompiledNamespace", 1, 0),
    p("MethodBeingCompiledName", 1, 0),
    p("MethodBeingCompiledNameSignature", 1, 0),
    p("CallerNamespace", 1, 0),
    p("CallerName", 1, 0),
    p("CallerNameSignature", 1, 0),
    p("CalleeNamespace", 1, 0),
    p("CalleeName", 1, 0),
    p("CalleeNameSignature", 1, 0),
    p("TailPrefix", 13, 0),
    p("FailReason", 2, 0),
    p("ClrInstanceID", 6, 0),
] };

static T95: Template = Template { top_level: 7, properties: &[
    p("MethodID", 10, 19),
    p("ReJITID", 10, 19),
    p("MethodExtent", 4, 0),
    p("CountOfMapEntries", 6, 0),
    p("ILOffsets", 8, 0).count(Count::Property(3)),
    p("NativeOffsets", 8, 0).count(Count::Property(3)),
    p("ClrInstanceID", 6, 0),
] };

static T96: Template = Template { top_level: 12, properties: &[
    p("MethodBeingCompiledNamespace", 1, 0),
    p("MethodBeingCompiledName", 1, 0),
    p("MethodBeingCompiledNameSignature", 1, 0),
    p("CallerNamespace", 1, 0),
    p("CallerName", 1, 0),
    p("CallerNameSignature", 1, 0),
    p("CalleeNamespace", 1, 0),
    p("CalleeName", 1, 0),
    p("CalleeNameSignature", 1, 0),
    p("TailPrefix", 13, 0),
    p("FailReason", 1, 0),
    p("ClrInstanceID", 6, 0),
] };

static T97: Template = Template { top_level: 12, properties: &[
    p("MethodBeingCompiledNamespace", 1, 0),
    p("MethodBeingCompiledName", 1, 0),
    p("MethodBeingCompiledNameSignature", 1, 0),
    p("InlinerNamespace", 1, 0),
    p("InlinerName", 1, 0),
    p("InlinerNameSignature", 1, 0),
    p("InlineeNamespace", 1, 0),
    p("InlineeName", 1, 0),
    p("InlineeNameSignature", 1, 0),
    p("FailAlways", 13, 0),
    p("FailReason", 1, 0),
    p("ClrInstanceID", 6, 0),
] };

static T98: Template = Template { top_level: 2, properties: &[
    p("BytesAllocated", 10, 0),
    p("ClrInstanceID", 6, 0),
] };

static T99: Template = Template { top_level: 2, properties: &[
    p("BytesFreed", 10, 0),
    p("ClrInstanceID", 6, 0),
] };

static T100: Template = Template { top_level: 4, properties: &[
    p("HeapNum", 8, 0),
    p("ClrInstanceID", 6, 0),
    p("Type", 8, 0).map(&M6),
    p("Bytes", 10, 0),
] };

static T101: Template = Template { top_level: 5, properties: &[
    p("Heap", 8, 0),
    p("JoinTime", 8, 0),
    p("JoinType", 8, 0),
    p("ClrInstanceID", 6, 0),
    p("JoinID", 8, 0),
] };

static T102: Template = Template { top_level: 16, properties: &[
    p("ClrInstanceID", 6, 0),
    p("FreeListAllocated", 16, 19),
    p("FreeListRejected", 16, 19),
    p("EndOfSegAllocated", 16, 19),
    p("CondemnedAllocated", 16, 19),
    p("PinnedAllocated", 16, 19),
    p("PinnedAllocatedAdvance", 16, 19),
    p("RunningFreeListEfficiency", 8, 0),
    p("CondemnReasons0", 8, 0),
    p("CondemnReasons1", 8, 0),
    p("CompactMechanisms", 8, 0),
    p("ExpandMechanisms", 8, 0),
    p("HeapIndex", 8, 0),
    p("ExtraGen0Commit", 16, 19),
    p("Count", 8, 0),
    st("Values", 16, 10).count(Count::Property(14)),
    p("SizeBefore", 16, 19),
    p("FreeListBefore", 16, 19),
    p("FreeObjBefore", 16, 19),
    p("SizeAfter", 16, 19),
    p("FreeListAfter", 16, 19),
    p("FreeObjAfter", 16, 19),
    p("In", 16, 19),
    p("PinnedSurv", 16, 19),
    p("NonePinnedSurv", 16, 19),
    p("NewAllocation", 16, 19),
] };

static T103: Template = Template { top_level: 9, properties: &[
    p("FinalYoungestDesired", 10, 19),
    p("NumHeaps", 7, 0),
    p("CondemnedGeneration", 8, 0),
    p("Gen0ReductionCount", 8, 0),
    p("Reason", 8, 0),
    p("GlobalMechanisms", 8, 0),
    p("ClrInstanceID", 6, 0),
    p("PauseMode", 8, 0),
    p("MemoryPressure", 8, 0),
] };

static T104: Template = Template { top_level: 11, properties: &[
    p("FinalYoungestDesired", 10, 19),
    p("NumHeaps", 7, 0),
    p("CondemnedGeneration", 8, 0),
    p("Gen0ReductionCount", 8, 0),
    p("Reason", 8, 0),
    p("GlobalMechanisms", 8, 0),
    p("ClrInstanceID", 6, 0),
    p("PauseMode", 8, 0),
    p("MemoryPressure", 8, 0),
    p("CondemnReasons0", 8, 0),
    p("CondemnReasons1", 8, 0),
] };

static T105: Template = Template { top_level: 4, properties: &[
    p("EntryEIP", 10, 19),
    p("MethodID", 10, 19),
    p("MethodName", 1, 0),
    p("ClrInstanceID", 6, 0),
] };

static T106: Template = Template { top_level: 6, properties: &[
    p("ModuleId", 10, 0),
    p("TotalChunks", 6, 0),
    p("ChunkNumber", 6, 0),
    p("ChunkLength", 8, 0),
    p("Chunk", 14, 0).length(Length::Property(3)),
    p("ClrInstanceID", 6, 0),
] };

static T107: Template = Template { top_level: 4, properties: &[
    p("EventID", 7, 0),
    p("EventName", 1, 0),
    p("EventSourceName", 1, 0),
    p("Payload", 1, 0),
] };

static T108: Template = Template { top_level: 2, properties: &[
    p("ClrInstanceID", 6, 0),
    p("Flags", 8, 18).map(&M25),
] };

static T109: Template = Template { top_level: 2, properties: &[
    p("ClrInstanceID", 6, 0),
    p("NewMethodCount", 8, 0),
] };

static T110: Template = Template { top_level: 2, properties: &[
    p("ClrInstanceID", 6, 0),
    p("PendingMethodCount", 8, 0),
] };

static T111: Template = Template { top_level: 3, properties: &[
    p("ClrInstanceID", 6, 0),
    p("PendingMethodCount", 8, 0),
    p("JittedMethodCount", 8, 0),
] };

static T112: Template = Template { top_level: 6, properties: &[
    p("ClrInstanceID", 6, 0),
    p("AssemblyName", 1, 0),
    p("AssemblyPath", 1, 0),
    p("RequestingAssembly", 1, 0),
    p("AssemblyLoadContext", 1, 0),
    p("RequestingAssemblyLoadContext", 1, 0),
] };

static T113: Template = Template { top_level: 10, properties: &[
    p("ClrInstanceID", 6, 0),
    p("AssemblyName", 1, 0),
    p("AssemblyPath", 1, 0),
    p("RequestingAssembly", 1, 0),
    p("AssemblyLoadContext", 1, 0),
    p("RequestingAssemblyLoadContext", 1, 0),
    p("Success", 13, 0),
    p("ResultAssemblyName", 1, 0),
    p("ResultAssemblyPath", 1, 0),
    p("Cached", 13, 0),
] };

static T114: Template = Template { top_level: 8, properties: &[
    p("ClrInstanceID", 6, 0),
    p("AssemblyName", 1, 0),
    p("Stage", 6, 0).map(&M26),
    p("AssemblyLoadContext", 1, 0),
    p("Result", 6, 0).map(&M27),
    p("ResultAssemblyName", 1, 0),
    p("ResultAssemblyPath", 1, 0),
    p("ErrorMessage", 1, 0),
] };

static T115: Template = Template { top_level: 6, properties: &[
    p("ClrInstanceID", 6, 0),
    p("AssemblyName", 1, 0),
    p("HandlerName", 1, 0),
    p("AssemblyLoadContext", 1, 0),
    p("ResultAssemblyName", 1, 0),
    p("ResultAssemblyPath", 1, 0),
] };

static T116: Template = Template { top_level: 5, properties: &[
    p("ClrInstanceID", 6, 0),
    p("AssemblyName", 1, 0),
    p("HandlerName", 1, 0),
    p("ResultAssemblyName", 1, 0),
    p("ResultAssemblyPath", 1, 0),
] };

static T117: Template = Template { top_level: 5, properties: &[
    p("ClrInstanceID", 6, 0),
    p("AssemblyName", 1, 0),
    p("IsTrackedLoad", 13, 0),
    p("RequestingAssemblyPath", 1, 0),
    p("ComputedRequestedAssemblyPath", 1, 0),
] };

static T118: Template = Template { top_level: 4, properties: &[
    p("ClrInstanceID", 6, 0),
    p("FilePath", 1, 0),
    p("Source", 6, 0).map(&M28),
    p("Result", 7, 0),
] };

static T119: Template = Template { top_level: 5, properties: &[
    p("ClrInstanceID", 6, 0),
    p("MethodFlags", 8, 0),
    p("DataSize", 8, 0),
    p("MethodID", 10, 19),
    p("Data", 14, 0).length(Length::Property(2)),
] };

static T120: Template = Template { top_level: 10, properties: &[
    p("ClrInstanceID", 6, 0),
    p("MethodFlags", 8, 0),
    p("DataSize", 8, 0),
    p("MethodID", 10, 19),
    p("ModuleID", 10, 19),
    p("MethodToken", 8, 18),
    p("MethodNamespace", 1, 0),
    p("MethodName", 1, 0),
    p("MethodSignature", 1, 0),
    p("Data", 14, 0).length(Length::Property(2)),
] };

static T121: Template = Template { top_level: 6, properties: &[
    p("MethodID", 10, 19),
    p("ModuleID", 10, 19),
    p("MethodStartAddress", 10, 19),
    p("MethodSize", 8, 0),
    p("MethodToken", 8, 0),
    p("MethodFlags", 8, 0).map(&M16),
] };

static T122: Template = Template { top_level: 5, properties: &[
    p("ClrInstanceID", 6, 0),
    p("ModuleID", 10, 19),
    p("RangeBegin", 8, 18).count(Count::Fixed(1)),
    p("RangeSize", 8, 18).count(Count::Fixed(1)),
    p("RangeType", 4, 0).map(&M20),
] };

static T123: Template = Template { top_level: 3, properties: &[
    p("Facility", 8, 18),
    p("LogLevel", 4, 0),
    p("Message", 2, 0),
] };

static T124: Template = Template { top_level: 4, properties: &[
    p("Facility", 8, 18),
    p("LogLevel", 4, 0),
    p("Message", 2, 0),
    p("ClrInstanceID", 6, 0),
] };

static T125: Template = Template { top_level: 1, properties: &[
    p("DoCompact", 13, 0),
] };

static T126: Template = Template { top_level: 2, properties: &[
    p("DoCompact", 13, 0),
    p("ClrInstanceID", 6, 0),
] };

static T127: Template = Template { top_level: 3, properties: &[
    p("SegmentSize", 10, 0),
    p("LargeObjectSegmentSize", 10, 0),
    p("ServerGC", 13, 0),
] };

static T128: Template = Template { top_level: 4, properties: &[
    p("SegmentSize", 10, 0),
    p("LargeObjectSegmentSize", 10, 0),
    p("ServerGC", 13, 0),
    p("ClrInstanceID", 6, 0),
] };

static T129: Template = Template { top_level: 3, properties: &[
    p("DesiredAllocation", 10, 19),
    p("NewAllocation", 10, 19),
    p("GenerationNumber", 8, 0),
] };

static T130: Template = Template { top_level: 4, properties: &[
    p("DesiredAllocation", 10, 19),
    p("NewAllocation", 10, 19),
    p("GenerationNumber", 8, 0),
    p("ClrInstanceID", 6, 0),
] };

static T131: Template = Template { top_level: 6, properties: &[
    p("FinalYoungestDesired", 10, 19),
    p("NumHeaps", 7, 0),
    p("CondemnedGeneration", 8, 0),
    p("Gen0ReductionCount", 8, 0),
    p("Reason", 8, 0),
    p("GlobalMechanisms", 8, 0),
] };

static T132: Template = Template { top_level: 7, properties: &[
    p("FinalYoungestDesired", 10, 19),
    p("NumHeaps", 7, 0),
    p("CondemnedGeneration", 8, 0),
    p("Gen0ReductionCount", 8, 0),
    p("Reason", 8, 0),
    p("GlobalMechanisms", 8, 0),
    p("ClrInstanceID", 6, 0),
] };

static T133: Template = Template { top_level: 3, properties: &[
    p("Heap", 8, 0),
    p("JoinTime", 8, 0),
    p("JoinType", 8, 0),
] };

static T134: Template = Template { top_level: 4, properties: &[
    p("Heap", 8, 0),
    p("JoinTime", 8, 0),
    p("JoinType", 8, 0),
    p("ClrInstanceID", 6, 0),
] };

static T135: Template = Template { top_level: 1, properties: &[
    p("HeapNum", 8, 0),
] };

static T136: Template = Template { top_level: 2, properties: &[
    p("Objects", 10, 0),
    p("ClrInstanceID", 6, 0),
] };

static T137: Template = Template { top_level: 4, properties: &[
    p("Pages", 10, 0),
    p("Objects", 10, 0),
    p("IsLarge", 8, 0),
    p("ClrInstanceID", 6, 0),
] };

static T138: Template = Template { top_level: 5, properties: &[
    p("Min", 10, 0),
    p("Max", 10, 0),
    p("Objects", 10, 0),
    p("IsLarge", 8, 0),
    p("ClrInstanceID", 6, 0),
] };

static T139: Template = Template { top_level: 6, properties: &[
    p("Min", 10, 0),
    p("Max", 10, 0),
    p("Objects", 10, 0),
    p("IsLarge", 8, 0),
    p("ClrInstanceID", 6, 0),
    p("GenNumber", 8, 0),
] };

static T140: Template = Template { top_level: 2, properties: &[
    p("Reason", 8, 0),
    p("ClrInstanceID", 6, 0),
] };

static T141: Template = Template { top_level: 2, properties: &[
    p("GenNumber", 8, 0),
    p("IsAlloc", 8, 0),
] };

static T142: Template = Template { top_level: 3, properties: &[
    p("GenNumber", 8, 0),
    p("IsAlloc", 8, 0),
    p("ClrInstanceID", 6, 0),
] };

static T143: Template = Template { top_level: 2, properties: &[
    p("GenNumber", 8, 0),
    p("ClrInstanceID", 6, 0),
] };

static T144: Template = Template { top_level: 7, properties: &[
    p("ClrInstanceID", 6, 0),
    p("ModuleID", 10, 19),
    p("RangeBegin", 8, 18).count(Count::Fixed(1)),
    p("RangeSize", 8, 18).count(Count::Fixed(1)),
    p("RangeType", 4, 0).map(&M29),
    p("IBCType", 4, 0).map(&M30),
    p("SectionType", 6, 0).map(&M31),
] };

static T145: Template = Template { top_level: 7, properties: &[
    p("AppDomainID", 8, 0),
    p("LoadContextID", 8, 0),
    p("FromLoaderCache", 8, 0),
    p("DynamicLoad", 8, 0),
    p("AssemblyCodebase", 1, 0),
    p("AssemblyName", 1, 0),
    p("ClrInstanceID", 6, 0),
] };

static T146: Template = Template { top_level: 4, properties: &[
    p("Type", 8, 8),
    p("AppDomain", 8, 8),
    p("ILImage", 1, 0),
    p("ClrInstanceID", 6, 0),
] };

static T147: Template = Template { top_level: 3, properties: &[
    p("Module", 1, 0),
    p("AppDomainID", 8, 0),
    p("ClrInstanceID", 6, 0),
] };

static T148: Template = Template { top_level: 8, properties: &[
    p("Module", 1, 0),
    p("AppDomainID", 8, 0),
    p("IsAllCritical", 13, 0),
    p("IsAllTransparent", 13, 0),
    p("IsTreatAsSafe", 13, 0),
    p("IsOpportunisticallyCritical", 13, 0),
    p("SecurityRuleSet", 8, 0),
    p("ClrInstanceID", 6, 0),
] };

static T149: Template = Template { top_level: 4, properties: &[
    p("Type", 1, 0),
    p("Module", 1, 0),
    p("AppDomainID", 8, 0),
    p("ClrInstanceID", 6, 0),
] };

static T150: Template = Template { top_level: 8, properties: &[
    p("Type", 1, 0),
    p("Module", 1, 0),
    p("AppDomainID", 8, 0),
    p("IsAllCritical", 13, 0),
    p("IsAllTransparent", 13, 0),
    p("IsCritical", 13, 0),
    p("IsTreatAsSafe", 13, 0),
    p("ClrInstanceID", 6, 0),
] };

static T151: Template = Template { top_level: 4, properties: &[
    p("Method", 1, 0),
    p("Module", 1, 0),
    p("AppDomainID", 8, 0),
    p("ClrInstanceID", 6, 0),
] };

static T152: Template = Template { top_level: 6, properties: &[
    p("Method", 1, 0),
    p("Module", 1, 0),
    p("AppDomainID", 8, 0),
    p("IsCritical", 13, 0),
    p("IsTreatAsSafe", 13, 0),
    p("ClrInstanceID", 6, 0),
] };

static T153: Template = Template { top_level: 4, properties: &[
    p("Field", 1, 0),
    p("Module", 1, 0),
    p("AppDomainID", 8, 0),
    p("ClrInstanceID", 6, 0),
] };

static T154: Template = Template { top_level: 6, properties: &[
    p("Field", 1, 0),
    p("Module", 1, 0),
    p("AppDomainID", 8, 0),
    p("IsCritical", 13, 0),
    p("IsTreatAsSafe", 13, 0),
    p("ClrInstanceID", 6, 0),
] };

static T155: Template = Template { top_level: 4, properties: &[
    p("Token", 8, 0),
    p("Module", 1, 0),
    p("AppDomainID", 8, 0),
    p("ClrInstanceID", 6, 0),
] };

static T156: Template = Template { top_level: 6, properties: &[
    p("Token", 8, 0),
    p("Module", 1, 0),
    p("AppDomainID", 8, 0),
    p("IsCritical", 13, 0),
    p("IsTreatAsSafe", 13, 0),
    p("ClrInstanceID", 6, 0),
] };

static T157: Template = Template { top_level: 4, properties: &[
    p("ClrInstanceID", 6, 0),
    p("BindingID", 10, 0),
    p("ReasonCode", 8, 0),
    p("AssemblyName", 1, 0),
] };

static T158: Template = Template { top_level: 5, properties: &[
    p("FailFastUserMessage", 1, 0),
    p("FailedEIP", 16, 0),
    p("OSExitCode", 8, 0),
    p("ClrExitCode", 8, 0),
    p("ClrInstanceID", 6, 0),
] };

static T159: Template = Template { top_level: 4, properties: &[
    p("TypeID", 16, 0),
    p("ObjectID", 16, 0),
    p("ClrInstanceID", 6, 0),
    p("TypeName", 1, 0),
] };

static T160: Template = Template { top_level: 9, properties: &[
    p("HandleID", 16, 0),
    p("ObjectID", 16, 0),
    p("COMInterfacePointer", 16, 0),
    p("NewRefCount", 8, 0),
    p("AppDomainID", 10, 19),
    p("ClassName", 2, 0),
    p("NameSpace", 2, 0),
    p("Operation", 1, 0),
    p("ClrInstanceID", 6, 0),
] };

static T161: Template = Template { top_level: 3, properties: &[
    p("ClrInstanceID", 6, 0),
    p("Prepend", 13, 0),
    p("Message", 1, 0),
] };

static T162: Template = Template { top_level: 3, properties: &[
    p("ClrInstanceID", 6, 0),
    p("Category", 8, 0),
    p("ErrorCode", 8, 0),
] };

static T163: Template = Template { top_level: 4, properties: &[
    p("PlugStart", 16, 0),
    p("PlugEnd", 16, 0),
    p("GapBeforeSize", 16, 0),
    p("ClrInstanceID", 6, 0),
] };

static T164: Template = Template { top_level: 9, properties: &[
    p("HandleID", 16, 0),
    p("ObjectID", 16, 0),
    p("COMInterfacePointer", 16, 0),
    p("NewRefCount", 8, 0),
    p("AppDomainID", 10, 19),
    p("ClassName", 1, 0),
    p("NameSpace", 1, 0),
    p("Operation", 1, 0),
    p("ClrInstanceID", 6, 0),
] };

static T165: Template = Template { top_level: 6, properties: &[
    p("ClrInstanceID", 6, 0),
    p("String1", 1, 0),
    p("String2", 1, 0),
    p("Int1", 7, 0),
    p("Int2", 7, 0),
    p("Int3", 7, 0),
] };

static T166: Template = Template { top_level: 3, properties: &[
    p("ClrInstanceID", 6, 0),
    p("ModuleID", 10, 0),
    p("MethodID", 10, 0),
] };

static T167: Template = Template { top_level: 6, properties: &[
    p("LoaderHeapPtr", 16, 0),
    p("MemoryAddress", 16, 0),
    p("RequestSize", 8, 0),
    p("Unused1", 8, 0),
    p("Unused2", 10, 19),
    p("ClrInstanceID", 6, 0),
] };

static T168: Template = Template { top_level: 2, properties: &[
    p("TypeName", 1, 0),
    p("ClrInstanceID", 6, 0),
] };

static T169: Template = Template { top_level: 3, properties: &[
    p("TypeName", 1, 0),
    p("SecondTypeName", 1, 0),
    p("ClrInstanceID", 6, 0),
] };

static T170: Template = Template { top_level: 4, properties: &[
    p("TypeName", 1, 0),
    p("InterfaceTypeName", 1, 0),
    p("VariantInterfaceTypeName", 1, 0),
    p("ClrInstanceID", 6, 0),
] };

static T171: Template = Template { top_level: 3, properties: &[
    p("TypeName", 1, 0),
    p("Int1", 7, 0),
    p("ClrInstanceID", 6, 0),
] };

static M0: MapRow = MapRow { name: "GCReasonMap", bitmap: false, entries: &[
    (0x0, "AllocSmall"), (0x1, "Induced"), (0x2, "LowMemory"), (0x3, "Empty"),
    (0x4, "AllocLarge"), (0x5, "OutOfSpaceSmallObjectHeap"), (0x6, "OutOfSpaceLargeObjectHeap"), (0x7, "InducedNoForce"),
    (0x8, "Stress"), (0x9, "InducedLowMemory"),
] };

static M1: MapRow = MapRow { name: "GCTypeMap", bitmap: false, entries: &[
    (0x0, "NonConcurrentGC"), (0x1, "BackgroundGC"), (0x2, "ForegroundGC"),
] };

static M2: MapRow = MapRow { name: "GCSegmentTypeMap", bitmap: false, entries: &[
    (0x0, "SmallObjectHeap"), (0x1, "LargeObjectHeap"), (0x2, "ReadOnlyHeap"),
] };

static M3: MapRow = MapRow { name: "GCSuspendEEReasonMap", bitmap: false, entries: &[
    (0x0, "SuspendOther"), (0x1, "SuspendForGC"), (0x2, "SuspendForAppDomainShutdown"), (0x3, "SuspendForCodePitching"),
    (0x4, "SuspendForShutdown"), (0x5, "SuspendForDebugger"), (0x6, "SuspendForGCPrep"), (0x7, "SuspendForDebuggerSweep"),
] };

static M4: MapRow = MapRow { name: "GCAllocationKindMap", bitmap: false, entries: &[
    (0x0, "Small"), (0x1, "Large"),
] };

static M5: MapRow = MapRow { name: "TypeFlagsMap", bitmap: true, entries: &[
    (0x1, "Delegate"), (0x2, "Finalizable"), (0x4, "ExternallyImplementedCOMObject"), (0x8, "Array"),
    (0x100, "ArrayRankBit0"), (0x200, "ArrayRankBit1"), (0x400, "ArrayRankBit2"), (0x800, "ArrayRankBit3"),
    (0x1000, "ArrayRankBit4"), (0x2000, "ArrayRankBit5"),
] };

static M6: MapRow = MapRow { name: "GCRootKindMap", bitmap: false, entries: &[
    (0x0, "Stack"), (0x1, "Finalizer"), (0x2, "Handle"), (0x3, "Older"),
    (0x4, "SizedRef"), (0x5, "Overflow"),
] };

static M7: MapRow = MapRow { name: "GCRootFlagsMap", bitmap: true, entries: &[
    (0x1, "Pinning"), (0x2, "WeakRef"), (0x4, "Interior"), (0x8, "RefCounted"),
] };

static M8: MapRow = MapRow { name: "GCHandleKindMap", bitmap: false, entries: &[
    (0x0, "WeakShort"), (0x1, "WeakLong"), (0x2, "Strong"), (0x3, "Pinned"),
    (0x4, "Variable"), (0x5, "RefCounted"), (0x6, "Dependent"), (0x7, "AsyncPinned"),
    (0x8, "SizedRef"),
] };

static M9: MapRow = MapRow { name: "GCRootCCWFlagsMap", bitmap: true, entries: &[
    (0x1, "Strong"), (0x2, "Pegged"),
] };

static M10: MapRow = MapRow { name: "GCRootStaticVarFlagsMap", bitmap: true, entries: &[
    (0x1, "ThreadLocal"),
] };

static M11: MapRow = MapRow { name: "ThreadAdjustmentReasonMap", bitmap: false, entries: &[
    (0x0, "Warmup"), (0x1, "Initializing"), (0x2, "RandomMove"), (0x3, "ClimbingMove"),
    (0x4, "ChangePoint"), (0x5, "Stabilizing"), (0x6, "Starvation"), (0x7, "ThreadTimedOut"),
] };

static M12: MapRow = MapRow { name: "ExceptionThrownFlagsMap", bitmap: true, entries: &[
    (0x1, "HasInnerException"), (0x2, "Nested"), (0x4, "ReThrown"), (0x8, "CorruptedState"),
    (0x10, "CLSCompliant"),
] };

static M13: MapRow = MapRow { name: "ContentionFlagsMap", bitmap: false, entries: &[
    (0x0, "Managed"), (0x1, "Native"),
] };

static M14: MapRow = MapRow { name: "ThreadFlagsMap", bitmap: true, entries: &[
    (0x1, "GCSpecial"), (0x2, "Finalizer"), (0x4, "ThreadPoolWorker"),
] };

static M15: MapRow = MapRow { name: "ILStubGeneratedFlagsMap", bitmap: true, entries: &[
    (0x1, "ReverseInterop"), (0x2, "ComInterop"), (0x4, "NGenedStub"), (0x8, "Delegate"),
    (0x10, "VarArg"), (0x20, "UnmanagedCallee"), (0x40, "StructMarshal"),
] };

static M16: MapRow = MapRow { name: "MethodFlagsMap", bitmap: true, entries: &[
    (0x1, "Dynamic"), (0x2, "Generic"), (0x4, "HasSharedGenericCode"), (0x8, "Jitted"),
    (0x10, "JitHelper"), (0x20, "ProfilerRejectedPrecompiledCode"), (0x40, "ReadyToRunRejectedPrecompiledCode"),
] };

static M17: MapRow = MapRow { name: "ModuleFlagsMap", bitmap: true, entries: &[
    (0x1, "DomainNeutral"), (0x2, "Native"), (0x4, "Dynamic"), (0x8, "Manifest"),
    (0x10, "IbcOptimized"), (0x20, "ReadyToRunModule"), (0x40, "PartialReadyToRunModule"),
] };

static M18: MapRow = MapRow { name: "AssemblyFlagsMap", bitmap: true, entries: &[
    (0x1, "DomainNeutral"), (0x2, "Dynamic"), (0x4, "Native"), (0x8, "Collectible"),
] };

static M19: MapRow = MapRow { name: "AppDomainFlagsMap", bitmap: true, entries: &[
    (0x1, "Default"), (0x2, "Executable"), (0x4, "Shared"),
] };

static M20: MapRow = MapRow { name: "ModuleRangeTypeMap", bitmap: true, entries: &[
    (0x4, "ColdRange"),
] };

static M21: MapRow = MapRow { name: "RuntimeSkuMap", bitmap: true, entries: &[
    (0x1, "DesktopClr"), (0x2, "CoreClr"),
] };

static M22: MapRow = MapRow { name: "StartupFlagsMap", bitmap: true, entries: &[
    (0x1, "CONCURRENT_GC"), (0x2, "LOADER_OPTIMIZATION_SINGLE_DOMAIN"), (0x4, "LOADER_OPTIMIZATION_MULTI_DOMAIN"), (0x10, "LOADER_SAFEMODE"),
    (0x100, "LOADER_SETPREFERENCE"), (0x1000, "SERVER_GC"), (0x2000, "HOARD_GC_VM"), (0x4000, "SINGLE_VERSION_HOSTING_INTERFACE"),
    (0x10000, "LEGACY_IMPERSONATION"), (0x20000, "DISABLE_COMMITTHREADSTACK"), (0x40000, "ALWAYSFLOW_IMPERSONATION"), (0x80000, "TRIM_GC_COMMIT"),
    (0x100000, "ETW"), (0x200000, "SERVER_BUILD"), (0x400000, "ARM"),
] };

static M23: MapRow = MapRow { name: "StartupModeMap", bitmap: true, entries: &[
    (0x1, "ManagedExe"), (0x2, "HostedClr"), (0x4, "IjwDll"), (0x8, "ComActivated"),
    (0x10, "Other"),
] };

static M24: MapRow = MapRow { name: "TailCallTypeMap", bitmap: false, entries: &[
    (0x0, "OptimizedTailCall"), (0x1, "RecursiveLoop"), (0x2, "HelperAssistedTailCall"),
] };

static M25: MapRow = MapRow { name: "TieredCompilationSettingsFlagsMap", bitmap: true, entries: &[
    (0x0, "None"), (0x1, "QuickJit"), (0x2, "QuickJitForLoops"),
] };

static M26: MapRow = MapRow { name: "ResolutionAttemptedStageMap", bitmap: false, entries: &[
    (0x0, "FindInLoadContext"), (0x1, "AssemblyLoadContextLoad"), (0x2, "ApplicationAssemblies"), (0x3, "DefaultAssemblyLoadContextFallback"),
    (0x4, "ResolveSatelliteAssembly"), (0x5, "AssemblyLoadContextResolvingEvent"), (0x6, "AppDomainAssemblyResolveEvent"),
] };

static M27: MapRow = MapRow { name: "ResolutionAttemptedResultMap", bitmap: false, entries: &[
    (0x0, "Success"), (0x1, "AssemblyNotFound"), (0x2, "MismatchedAssemblyName"), (0x3, "IncompatibleVersion"),
    (0x4, "Failure"), (0x5, "Exception"),
] };

static M28: MapRow = MapRow { name: "KnownPathSourceMap", bitmap: false, entries: &[
    (0x0, "ApplicationAssemblies"), (0x1, "AppNativeImagePaths"), (0x2, "AppPaths"), (0x3, "PlatformResourceRoots"),
    (0x4, "SatelliteSubdirectory"),
] };

static M29: MapRow = MapRow { name: "ModuleRangeTypeMap", bitmap: true, entries: &[
    (0x1, "HotRange"), (0x2, "WarmRange"), (0x4, "ColdRange"), (0x8, "HotColdSortedRange"),
] };

static M30: MapRow = MapRow { name: "ModuleRangeIBCTypeMap", bitmap: true, entries: &[
    (0x1, "IBCUnprofiledSection"), (0x2, "IBCProfiledSection"),
] };

static M31: MapRow = MapRow { name: "ModuleRangeSectionTypeMap", bitmap: false, entries: &[
    (0x1, "ModuleSection"), (0x2, "EETableSection"), (0x3, "WriteDataSection"), (0x4, "WriteableDataSection"),
    (0x5, "DataSection"), (0x6, "RVAStaticsSection"), (0x7, "EEDataSection"), (0x8, "DelayLoadInfoTableEagerSection"),
    (0x9, "DelayLoadInfoTableSection"), (0xa, "EEReadonlyData"), (0xb, "ReadonlyData"), (0xc, "ClassSection"),
    (0xd, "CrossDomainInfoSection"), (0xe, "MethodDescSection"), (0xf, "MethodDescWriteableSection"), (0x10, "ExceptionSection"),
    (0x11, "InstrumentSection"), (0x12, "VirtualImportThunkSection"), (0x13, "ExternalMethodThunkSection"), (0x14, "HelperTableSection"),
    (0x15, "MethodPrecodeWriteableSection"), (0x16, "MethodPrecodeWriteSection"), (0x17, "MethodPrecodeSection"), (0x18, "Win32ResourcesSection"),
    (0x19, "HeaderSection"), (0x1a, "MetadataSection"), (0x1b, "DelayLoadInfoSection"), (0x1c, "ImportTableSection"),
    (0x1d, "CodeSection"), (0x1e, "CodeHeaderSection"), (0x1f, "CodeManagerSection"), (0x20, "UnwindDataSection"),
    (0x21, "RuntimeFunctionSection"), (0x22, "StubsSection"), (0x23, "StubDispatchDataSection"), (0x24, "ExternalMethodDataSection"),
    (0x25, "DelayLoadInfoDelayListSection"), (0x26, "ReadonlySharedSection"), (0x27, "ReadonlySection"), (0x28, "ILSection"),
    (0x29, "GCInfoSection"), (0x2a, "ILMetadataSection"), (0x2b, "ResourcesSection"), (0x2c, "CompressedMapsSection"),
    (0x2d, "DebugSection"), (0x2e, "BaseRelocsSection"),
] };
