//! What each `EnableTraceEx2` call asks for: providers resolved to GUIDs, merged by GUID, with their kernel-side
//! filters.

use etw_core::Guid;
use etw_trace::{Provider, ProviderId};

use crate::layout::{
    event_id_filter, executable_filter, pid_filter, FilterPayload, FILTER_EVENT_ID, FILTER_STACKWALK,
    MAX_FILTER_EVENT_IDS,
};
use crate::options::{enable_property, EnableOptions};

/// One provider as it is enabled on the session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct EnableRequest {
    pub guid: Guid,
    /// The provider as the user named it (for messages).
    pub label: String,
    pub level: u8,
    pub any: u64,
    pub all: u64,
    pub enable_property: u32,
    /// Kernel-side event-id filter; `None`: every id.
    pub event_ids: Option<Vec<u16>>,
    /// Kernel-side process filter; empty: every process.
    pub process_ids: Vec<u32>,
    /// Kernel-side executable filter; empty: every executable.
    pub executables: Vec<String>,
    /// Event ids whose stacks are captured; empty: as `enable_property` says.
    pub stack_event_ids: Vec<u16>,
    pub rundown: bool,
}

/// How a provider given by name found its GUID.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Resolution {
    /// Given as a GUID.
    Given,
    /// Found among the providers registered on the system (TdhEnumerateProviders).
    Registered,
    /// Not registered: the GUID EventSource and TraceLogging derive from the name.
    NameHash,
}

/// Resolves a provider's GUID: its own GUID, else the registered provider of that name (`lookup`, compared
/// case-insensitively by the caller), else the name's EventSource/TraceLogging GUID.
pub(crate) fn resolve(id: &ProviderId, lookup: impl FnOnce(&str) -> Option<Guid>) -> (Guid, Resolution) {
    match id {
        ProviderId::Guid(g) => (*g, Resolution::Given),
        ProviderId::Name(n) => match lookup(n) {
            Some(g) => (g, Resolution::Registered),
            None => (Guid::from_provider_name(n), Resolution::NameHash),
        },
    }
}

impl EnableRequest {
    /// The request for `provider` (already resolved to `guid`) with live `options`.
    pub fn new(provider: &Provider, guid: Guid, options: &EnableOptions) -> EnableRequest {
        let label = match provider.id() {
            ProviderId::Guid(g) => g.to_string(),
            ProviderId::Name(n) => format!("{n} ({guid})"),
        };
        let mut enable_property = provider.enable_flags();
        if !options.stack_event_ids.is_empty() {
            enable_property |= enable_property::STACK_TRACE;
        }
        EnableRequest {
            guid,
            label,
            level: provider.enable_level(),
            any: provider.any_mask(),
            all: provider.all_mask(),
            enable_property,
            event_ids: options.event_ids.clone().or_else(|| provider.event_ids()),
            process_ids: options.process_ids.clone(),
            executables: options.executables.clone(),
            stack_event_ids: options.stack_event_ids.clone(),
            rundown: options.rundown,
        }
    }

    /// Folds another request for the same GUID into this one so that the session delivers what either asks
    /// for (each provider's own keyword, level and filter checks still run on what arrives): the highest level,
    /// `any` ORed, `all` ANDed, properties ORed, id/process/executable filters unioned unless either has none
    /// (then none), rundown if either asks.
    pub fn merge(&mut self, other: &EnableRequest) {
        self.level = self.level.max(other.level);
        self.any |= other.any;
        self.all &= other.all;
        self.enable_property |= other.enable_property;
        self.event_ids = match (self.event_ids.take(), &other.event_ids) {
            (Some(mut a), Some(b)) => {
                a.extend_from_slice(b);
                a.sort_unstable();
                a.dedup();
                Some(a)
            }
            _ => None,
        };
        union_or_none(&mut self.process_ids, &other.process_ids);
        union_or_none(&mut self.executables, &other.executables);
        if self.stack_event_ids.is_empty() || other.stack_event_ids.is_empty() {
            // One of them wants stacks on every event it enabled (or none): keep the property, drop the filter.
            self.stack_event_ids.clear();
        } else {
            self.stack_event_ids.extend_from_slice(&other.stack_event_ids);
        }
        self.rundown |= other.rundown;
        if !self.label.contains(&other.label) {
            self.label = format!("{}, {}", self.label, other.label);
        }
    }

    /// The filter descriptors' payloads, and what had to be left out (too many ids or processes: the events are
    /// then filtered in the consumer only).
    pub fn filters(&self) -> (Vec<FilterPayload>, Vec<String>) {
        let mut out = Vec::new();
        let mut skipped = Vec::new();
        if let Some(ids) = &self.event_ids {
            if ids.len() > MAX_FILTER_EVENT_IDS {
                skipped.push(format!(
                    "{}: {} event ids are more than a kernel-side filter takes ({MAX_FILTER_EVENT_IDS}); every id is \
                     enabled and filtered here",
                    self.label,
                    ids.len()
                ));
            } else if !ids.is_empty() {
                out.extend(event_id_filter(FILTER_EVENT_ID, ids, true).map_err(|e| skipped.push(e)).ok());
            }
        }
        if !self.process_ids.is_empty() {
            match pid_filter(&self.process_ids) {
                Ok(f) => out.push(f),
                Err(e) => skipped.push(format!("{}: {e}; every process is enabled", self.label)),
            }
        }
        if !self.executables.is_empty() {
            match executable_filter(&self.executables) {
                Ok(f) => out.push(f),
                Err(e) => skipped.push(format!("{}: {e}; every executable is enabled", self.label)),
            }
        }
        if !self.stack_event_ids.is_empty() {
            match event_id_filter(FILTER_STACKWALK, &self.stack_event_ids, true) {
                Ok(f) => out.push(f),
                Err(e) => skipped.push(format!("{}: stacks: {e}; stacks are captured for every event", self.label)),
            }
        }
        (out, skipped)
    }
}

fn union_or_none<T: Ord + Clone>(a: &mut Vec<T>, b: &[T]) {
    if a.is_empty() || b.is_empty() {
        a.clear();
    } else {
        a.extend_from_slice(b);
        a.sort();
        a.dedup();
    }
}

/// Requests merged by GUID, in the order each GUID was first enabled.
pub(crate) fn merge_all(requests: Vec<EnableRequest>) -> Vec<EnableRequest> {
    let mut out: Vec<EnableRequest> = Vec::new();
    for r in requests {
        match out.iter_mut().find(|o| o.guid == r.guid) {
            Some(o) => o.merge(&r),
            None => out.push(r),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use etw_filter::predicates::{id_is, opcode_is};
    use etw_trace::EventFilter;

    const G: Guid = Guid::parse_const("7dd42a49-5329-4832-8dfd-43d979153a88");

    #[test]
    fn resolution_order() {
        assert_eq!(resolve(&ProviderId::Guid(G), |_| None), (G, Resolution::Given));
        let name = ProviderId::Name("Microsoft-Windows-Kernel-Network".into());
        assert_eq!(resolve(&name, |_| Some(G)), (G, Resolution::Registered));
        let ts = ProviderId::Name("MyCompany-MyEventSource".into());
        assert_eq!(resolve(&ts, |_| None), (Guid::from_provider_name("MyCompany-MyEventSource"), Resolution::NameHash));
    }

    #[test]
    fn request_from_provider() {
        let p = Provider::new(G).any(0x10).all(0x8).level(4).trace_flags(enable_property::SID);
        let r = EnableRequest::new(&p, G, &EnableOptions::new());
        assert_eq!((r.level, r.any, r.all, r.enable_property), (4, 0x10, 0x8, 1));
        assert_eq!(r.event_ids, None);
        assert!(!r.rundown);
        // Keywords never set: every keyword (as krabsetw users expect).
        let r = EnableRequest::new(&Provider::new(G), G, &EnableOptions::new());
        assert_eq!((r.any, r.all, r.level), (u64::MAX, 0, 5));
    }

    #[test]
    fn event_ids_come_from_filters_or_options() {
        let p = Provider::new(G).filter(EventFilter::ids([10, 11])).filter(EventFilter::new(id_is(42)));
        let r = EnableRequest::new(&p, G, &EnableOptions::new());
        assert_eq!(r.event_ids, Some(vec![10, 11, 42]));
        let (f, skipped) = r.filters();
        assert!(skipped.is_empty());
        assert_eq!(f, vec![event_id_filter(FILTER_EVENT_ID, &[10, 11, 42], true).unwrap()]);
        // A filter on something else than ids: every id.
        let p = Provider::new(G).filter(EventFilter::ids([10])).filter(EventFilter::new(opcode_is(1)));
        assert_eq!(EnableRequest::new(&p, G, &EnableOptions::new()).event_ids, None);
        // Options win.
        let r = EnableRequest::new(&p, G, &EnableOptions::new().event_ids([7]));
        assert_eq!(r.event_ids, Some(vec![7]));
    }

    #[test]
    fn stack_ids_turn_on_stacks() {
        let r = EnableRequest::new(&Provider::new(G), G, &EnableOptions::new().stack_event_ids([1, 2]));
        assert_eq!(r.enable_property & enable_property::STACK_TRACE, enable_property::STACK_TRACE);
        let (f, _) = r.filters();
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].kind, FILTER_STACKWALK);
    }

    #[test]
    fn all_filters_and_their_limits() {
        let o = EnableOptions::new().event_ids(0..70).process_ids(1..=9).executables(["a.exe", "b.exe"]);
        let r = EnableRequest::new(&Provider::new(G), G, &o);
        let (f, skipped) = r.filters();
        assert_eq!(f.iter().map(|f| f.kind).collect::<Vec<_>>(), vec![crate::layout::FILTER_EXECUTABLE_NAME]);
        assert_eq!(skipped.len(), 2, "{skipped:?}");
        assert!(skipped[0].contains("70 event ids"));
        assert!(skipped[1].contains("9 process ids"));
    }

    #[test]
    fn merging_by_guid() {
        let other = Guid::from_provider_name("other");
        let a = EnableRequest::new(
            &Provider::new(G).any(0x10).all(0x3).level(3),
            G,
            &EnableOptions::new().event_ids([10]).process_ids([4]),
        );
        let b = EnableRequest::new(
            &Provider::new(G).any(0x20).all(0x1).level(5).trace_flags(2),
            G,
            &EnableOptions::new().event_ids([11, 10]).process_ids([8]).rundown(true),
        );
        let c = EnableRequest::new(&Provider::new(other), other, &EnableOptions::new());
        let merged = merge_all(vec![a, c, b]);
        assert_eq!(merged.len(), 2);
        let m = &merged[0];
        assert_eq!((m.any, m.all, m.level, m.enable_property), (0x30, 0x1, 5, 2));
        assert_eq!(m.event_ids, Some(vec![10, 11]));
        assert_eq!(m.process_ids, vec![4, 8]);
        assert!(m.rundown);
        assert_eq!(merged[1].guid, other);
        // One side without an id or process filter: the merged request has none.
        let mut x = EnableRequest::new(&Provider::new(G), G, &EnableOptions::new().event_ids([1]).process_ids([4]));
        x.merge(&EnableRequest::new(&Provider::new(G), G, &EnableOptions::new()));
        assert_eq!((x.event_ids, x.process_ids.len()), (None, 0));
    }
}
