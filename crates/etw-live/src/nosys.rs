//! Off Windows: every system call is unsupported; the pure parts of the crate work as everywhere.

use etw_schema::SchemaSource;
use etw_trace::{TraceError, TraceStats};

use crate::error::LiveError;
use crate::providers::{ProviderDetails, ProviderInfo};
use crate::stats::SessionStats;
use crate::trace::Core;

pub(crate) fn run(_core: &mut Core) -> Result<TraceStats, TraceError> {
    Err(LiveError::unsupported("start").into())
}

pub(crate) fn control_by_name(_name: &str, stop: bool) -> Result<Option<SessionStats>, LiveError> {
    Err(LiveError::unsupported(if stop { "stop_by_name" } else { "query_session" }))
}

pub(crate) fn session_names() -> Result<Vec<String>, LiveError> {
    Err(LiveError::unsupported("sessions"))
}

pub(crate) fn providers() -> Result<Vec<ProviderInfo>, LiveError> {
    Err(LiveError::unsupported("providers"))
}

pub(crate) fn provider_details(_name_or_guid: &str) -> Result<ProviderDetails, LiveError> {
    Err(LiveError::unsupported("provider_details"))
}

pub(crate) fn tdh_schema_source() -> Option<Box<dyn SchemaSource>> {
    None
}

pub(crate) fn on_ctrl_c(_f: Box<dyn Fn() + Send + Sync>) -> Result<(), LiveError> {
    Err(LiveError::unsupported("on_ctrl_c"))
}

pub(crate) fn is_wine() -> bool {
    false
}
