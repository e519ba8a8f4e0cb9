//! What starting a session takes, worked out before any call to Windows: the session's properties, the enable
//! calls (names resolved, requests merged by GUID), kernel flags, group masks and stack walks, and the problems
//! that do not stop the trace. A plain function over the trace's settings, so it is tested on every platform.

use std::path::Path;

use etw_core::Guid;
use etw_trace::ProviderId;

use crate::error::LiveError;
use crate::kernel::{flags_for_class, GroupMask, KERNEL_LOGGER_NAME, SYSTEM_TRACE_CONTROL_GUID};
use crate::layout::{PropertiesSpec, NO_PER_PROCESSOR_BUFFERING, REAL_TIME_MODE, SYSTEM_LOGGER_MODE};
use crate::request::{merge_all, resolve, EnableRequest};
use crate::trace::{Core, Mode};

/// What starting the session takes, worked out before any call to Windows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Plan {
    pub spec: PropertiesSpec,
    pub requests: Vec<EnableRequest>,
    /// The extended group masks to set after start (kernel sessions), when any is beyond mask 0.
    pub group_mask: Option<GroupMask>,
    /// Kernel events whose stacks to capture.
    pub stacks: Vec<(Guid, u8)>,
    /// Providers given by name, with the GUID they resolved to (to name their events).
    pub names: Vec<(Guid, String)>,
    /// Problems that do not stop the trace.
    pub notes: Vec<String>,
}

/// Works out the session and the enable calls: names resolved (registered providers through `lookup`, else the
/// name's EventSource GUID), requests merged by GUID, kernel providers turned into flags.
pub(crate) fn plan(
    core: &Core,
    mut lookup: impl FnMut(&str) -> Option<Guid>,
    session_guid: Guid,
) -> Result<Plan, LiveError> {
    let log_file = match &core.etl {
        Some(p) => Some(absolute(p)?),
        None => None,
    };
    let mut notes = Vec::new();
    let mut names = Vec::new();
    let mut mode = REAL_TIME_MODE | NO_PER_PROCESSOR_BUFFERING;
    let mut enable_flags = 0;
    let mut guid = session_guid;
    let mut requests = Vec::new();
    let mut group_mask = None;
    let mut stacks = Vec::new();
    match &core.mode {
        Mode::User => {
            for (p, o) in &core.providers {
                let (g, _) = resolve(p.id(), &mut lookup);
                if let ProviderId::Name(n) = p.id() {
                    names.push((g, n.clone()));
                }
                requests.push(EnableRequest::new(p, g, o));
            }
            requests = merge_all(requests);
        }
        Mode::Kernel { classic, flags, group_mask: masks, stacks: wanted } => {
            let mut all = *flags;
            for (p, _) in &core.providers {
                match p.id() {
                    ProviderId::Guid(g) => match flags_for_class(g) {
                        Some(f) => all |= f,
                        None => notes.push(format!("{g} is not a kernel provider; enable it on a UserTrace")),
                    },
                    ProviderId::Name(n) => {
                        notes.push(format!("'{n}' is not a kernel provider; enable it on a UserTrace"));
                    }
                }
            }
            let mut m = *masks;
            m.0[0] |= all.0;
            if all.is_empty() && !m.has_extended() {
                return Err(LiveError::settings(
                    "a kernel trace needs kernel flags: enable etw_trace::kernel providers or set KernelTrace::flags",
                ));
            }
            if m.has_extended() {
                group_mask = Some(m);
            }
            enable_flags = all.0;
            if *classic {
                guid = SYSTEM_TRACE_CONTROL_GUID;
            } else {
                mode |= SYSTEM_LOGGER_MODE;
            }
            stacks = wanted.iter().map(|s| (s.class, s.opcode)).collect();
        }
    }
    for r in &requests {
        notes.extend(r.filters().1);
    }
    // The classic kernel session exists under one name only.
    let logger_name = match core.mode {
        Mode::Kernel { classic: true, .. } => KERNEL_LOGGER_NAME.to_owned(),
        _ => core.name.clone(),
    };
    Ok(Plan {
        spec: PropertiesSpec {
            logger_name,
            log_file,
            buffers: core.buffers,
            log_file_mode: mode,
            enable_flags,
            session_guid: guid,
        },
        requests,
        group_mask,
        stacks,
        names,
        notes,
    })
}

fn absolute(p: &Path) -> Result<String, LiveError> {
    let abs = std::path::absolute(p).map_err(|e| LiveError::settings(format!("{}: {e}", p.display())))?;
    abs.to_str()
        .map(str::to_owned)
        .ok_or_else(|| LiveError::settings(format!("{}: the ETL path is not valid Unicode", p.display())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kernel::KernelFlags;
    use crate::layout::FILE_MODE_SEQUENTIAL;
    use crate::{KernelTrace, UserTrace};
    use etw_trace::{kernel, Provider};

    const NET: Guid = Guid::parse_const("7dd42a49-5329-4832-8dfd-43d979153a88");
    const SESSION: Guid = Guid::parse_const("00000000-0000-0000-0000-000000000001");

    #[test]
    fn user_plan_resolves_and_merges() {
        let mut t = UserTrace::new().named("test");
        t.enable(Provider::by_name("Microsoft-Windows-Kernel-Network").any(0x10));
        t.enable(Provider::new(NET).any(0x20));
        t.enable(Provider::by_name("My-EventSource"));
        let p = plan(&t.core, |n| (n == "Microsoft-Windows-Kernel-Network").then_some(NET), SESSION).unwrap();
        assert_eq!(p.spec.logger_name, "test");
        assert_eq!(p.spec.log_file_mode, REAL_TIME_MODE | NO_PER_PROCESSOR_BUFFERING);
        assert_eq!(p.spec.enable_flags, 0);
        assert_eq!(p.spec.session_guid, SESSION);
        assert_eq!(p.requests.len(), 2);
        assert_eq!((p.requests[0].guid, p.requests[0].any), (NET, 0x30));
        assert_eq!(p.requests[1].guid, Guid::from_provider_name("My-EventSource"));
        assert_eq!(p.names.len(), 2);
        assert!(p.notes.is_empty());
        assert_eq!(p.group_mask, None);
    }

    #[test]
    fn kernel_plans() {
        let mut t =
            KernelTrace::new().flags(KernelFlags::REGISTRY).stack_walk(crate::kernel::StackEvent::PROCESS_START);
        t.enable(kernel::process());
        t.enable(kernel::image_load());
        t.enable(Provider::by_name("Microsoft-Windows-Kernel-Network"));
        let p = plan(&t.core, |_| None, SESSION).unwrap();
        assert_eq!(
            KernelFlags(p.spec.enable_flags),
            KernelFlags::PROCESS | KernelFlags::IMAGE_LOAD | KernelFlags::REGISTRY
        );
        assert_eq!(p.spec.log_file_mode & SYSTEM_LOGGER_MODE, SYSTEM_LOGGER_MODE);
        assert!(p.spec.logger_name.starts_with("etwkit-"));
        assert!(p.requests.is_empty());
        assert_eq!(p.notes.len(), 1, "{:?}", p.notes);
        assert_eq!(p.stacks, vec![(crate::kernel::StackEvent::PROCESS_START.class, 1)]);
        assert_eq!(p.group_mask, None);

        let mut c = KernelTrace::new().classic().group_mask(crate::kernel::PERF_OB_HANDLE);
        c.enable(kernel::process());
        assert_eq!(c.name(), "NT Kernel Logger");
        let p = plan(&c.core, |_| None, SESSION).unwrap();
        assert_eq!(p.spec.logger_name, "NT Kernel Logger");
        let renamed = KernelTrace::new().classic().named("other").flags(KernelFlags::PROCESS);
        assert_eq!(plan(&renamed.core, |_| None, SESSION).unwrap().spec.logger_name, "NT Kernel Logger");
        assert_eq!(p.spec.session_guid, SYSTEM_TRACE_CONTROL_GUID);
        assert_eq!(p.spec.log_file_mode & SYSTEM_LOGGER_MODE, 0);
        assert_eq!(p.group_mask.map(|m| m.0), Some([1, 0, 0, 0, 0x40, 0, 0, 0]));

        let empty = KernelTrace::new();
        let e = plan(&empty.core, |_| None, SESSION).unwrap_err();
        assert_eq!(e.kind, crate::LiveErrorKind::BadSettings);
    }

    #[test]
    fn etl_files_are_absolute() {
        let t = UserTrace::new().etl_file("out.etl");
        let p = plan(&t.core, |_| None, SESSION).unwrap();
        let path = p.spec.log_file.clone().unwrap();
        assert!(Path::new(&path).is_absolute(), "{path}");
        assert!(path.ends_with("out.etl"));
        // Sequential mode is added when the properties are built.
        let b = crate::layout::start_properties(&p.spec, crate::layout::PropertiesLayout::NATIVE).unwrap();
        let v = crate::layout::read_properties(&b, crate::layout::PropertiesLayout::NATIVE).unwrap();
        assert_eq!(v.log_file_mode & FILE_MODE_SEQUENTIAL, FILE_MODE_SEQUENTIAL);
    }
}
