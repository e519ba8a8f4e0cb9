//! Routing MOF and WPP events to the provider that was enabled.
//!
//! A classic (MOF) event carries the GUID of its event *class*, and a WPP event the GUID of its *message*
//! (trace format) in the header's provider field; neither is the GUID the session enabled. krabsetw asks TDH
//! which provider the class belongs to; so does this crate (once per class GUID): an event whose class belongs
//! to an enabled provider is handed to the providers, filters and callbacks as that provider's event
//! (`provider_id()` is the enabled GUID). Where the record carries a control GUID extended item, that answers
//! without TDH. Kernel classes are never routed: a kernel session enables them by class GUID.

use std::collections::HashMap;

use etw_core::{EventHeaderFlags, Guid};

use crate::kernel::is_kernel_class;

/// Remembers which provider each class or message GUID belongs to.
#[derive(Debug, Default)]
pub(crate) struct Router {
    enabled: Vec<Guid>,
    owners: HashMap<Guid, Option<Guid>>,
}

/// Owners remembered at most (a trace with endless distinct classes starts over).
const MAX_OWNERS: usize = 4096;

impl Router {
    /// A router for a session that enabled these GUIDs.
    pub fn new(enabled: Vec<Guid>) -> Router {
        Router { enabled, owners: HashMap::new() }
    }

    /// True if a record with these flags and provider GUID may need routing.
    pub fn needs(&self, provider: &Guid, flags: EventHeaderFlags) -> bool {
        (flags.contains(EventHeaderFlags::CLASSIC_HEADER) || flags.contains(EventHeaderFlags::TRACE_MESSAGE))
            && !self.enabled.contains(provider)
            && !is_kernel_class(provider)
    }

    /// The enabled provider a record belongs to when that is not the GUID in its header: from its control GUID
    /// item, else from `lookup` (TDH, asked once per class or message GUID).
    pub fn owner(
        &mut self,
        provider: Guid,
        flags: EventHeaderFlags,
        control_guid: Option<Guid>,
        lookup: impl FnOnce(&Guid) -> Option<Guid>,
    ) -> Option<Guid> {
        if !self.needs(&provider, flags) {
            return None;
        }
        if let Some(c) = control_guid.filter(|c| self.enabled.contains(c)) {
            return Some(c);
        }
        if let Some(known) = self.owners.get(&provider) {
            return *known;
        }
        let found = lookup(&provider).filter(|o| *o != provider && self.enabled.contains(o));
        if self.owners.len() >= MAX_OWNERS {
            self.owners.clear();
        }
        self.owners.insert(provider, found);
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use etw_core::KernelGroup;

    const PROVIDER: Guid = Guid::parse_const("11111111-1111-1111-1111-111111111111");
    const CLASS: Guid = Guid::parse_const("22222222-2222-2222-2222-222222222222");
    const CLASSIC: EventHeaderFlags = EventHeaderFlags(0x0100);
    const WPP: EventHeaderFlags = EventHeaderFlags(0x0008);

    #[test]
    fn classic_events_of_an_enabled_provider_are_routed_once() {
        let mut r = Router::new(vec![PROVIDER]);
        let mut asked = 0;
        for _ in 0..3 {
            let owner = r.owner(CLASS, CLASSIC, None, |c| {
                asked += 1;
                assert_eq!(*c, CLASS);
                Some(PROVIDER)
            });
            assert_eq!(owner, Some(PROVIDER));
        }
        assert_eq!(asked, 1, "the owner is looked up once per class");
        assert_eq!(r.owner(CLASS, WPP, None, |_| None), Some(PROVIDER), "cached for messages too");
    }

    #[test]
    fn what_is_not_routed() {
        let mut r = Router::new(vec![PROVIDER]);
        // Manifest events, and classic events under an enabled GUID, are their provider's already.
        assert_eq!(r.owner(CLASS, EventHeaderFlags(0x40), None, |_| panic!("not asked")), None);
        assert_eq!(r.owner(PROVIDER, CLASSIC, None, |_| panic!("not asked")), None);
        // Kernel classes belong to kernel sessions.
        let process = KernelGroup::PROCESS.class_guid().unwrap();
        assert_eq!(r.owner(process, CLASSIC, None, |_| panic!("not asked")), None);
        // Owners that were not enabled, or unknown, leave the event as it is (it reaches the default callback).
        let other = Guid::from_provider_name("other");
        assert_eq!(r.owner(other, CLASSIC, None, |_| Some(Guid::from_provider_name("x"))), None);
        assert_eq!(r.owner(Guid::from_provider_name("y"), WPP, None, |_| None), None);
    }

    #[test]
    fn a_control_guid_item_answers_first() {
        let mut r = Router::new(vec![PROVIDER]);
        assert_eq!(r.owner(CLASS, WPP, Some(PROVIDER), |_| panic!("not asked")), Some(PROVIDER));
        // A control GUID of a provider not enabled falls back to the lookup.
        assert_eq!(r.owner(CLASS, WPP, Some(CLASS), |_| Some(PROVIDER)), Some(PROVIDER));
    }

    #[test]
    fn the_cache_is_bounded() {
        let mut r = Router::new(vec![PROVIDER]);
        for i in 0..(MAX_OWNERS as u32 + 10) {
            let g = Guid::from_fields(i, 0, 0, [0; 8]);
            r.owner(g, CLASSIC, None, |_| None);
        }
        assert!(r.owners.len() <= MAX_OWNERS);
    }
}
