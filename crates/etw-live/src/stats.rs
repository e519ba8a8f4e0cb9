//! What a session reports about itself (`ControlTrace` query), and how it maps into [`TraceStats`].

use etw_trace::TraceStats;

#[cfg(any(windows, test))]
use crate::layout::PropertiesView;

/// A session's own counters, as `ControlTrace(EVENT_TRACE_CONTROL_QUERY)` (or the final stop) reports them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SessionStats {
    /// Size of each buffer, in KB.
    pub buffer_size_kb: u32,
    /// Buffers allocated now.
    pub buffers: u32,
    /// Buffers free now.
    pub free_buffers: u32,
    /// The minimum and maximum the session was started with.
    pub minimum_buffers: u32,
    /// See `minimum_buffers`.
    pub maximum_buffers: u32,
    /// Events lost because no buffer was free (`EventsLost`).
    pub events_lost: u32,
    /// Buffers written (delivered to consumers or the file).
    pub buffers_written: u32,
    /// Buffers that could not be written to the log file (`LogBuffersLost`).
    pub log_buffers_lost: u32,
    /// Buffers that could not be delivered in real time (`RealTimeBuffersLost`): the consumer fell behind.
    pub real_time_buffers_lost: u32,
    /// `EVENT_TRACE_*` mode bits of the session.
    pub log_file_mode: u32,
    /// Kernel enable flags of the session.
    pub enable_flags: u32,
}

impl SessionStats {
    #[cfg(any(windows, test))]
    pub(crate) fn from_view(v: &PropertiesView) -> SessionStats {
        SessionStats {
            buffer_size_kb: v.buffer_size_kb,
            buffers: v.number_of_buffers,
            free_buffers: v.free_buffers,
            minimum_buffers: v.minimum_buffers,
            maximum_buffers: v.maximum_buffers,
            events_lost: v.events_lost,
            buffers_written: v.buffers_written,
            log_buffers_lost: v.log_buffers_lost,
            real_time_buffers_lost: v.real_time_buffers_lost,
            log_file_mode: v.log_file_mode,
            enable_flags: v.enable_flags,
        }
    }

    /// True if the session lost anything.
    pub fn lost_anything(&self) -> bool {
        self.events_lost > 0 || self.log_buffers_lost > 0 || self.real_time_buffers_lost > 0
    }

    /// `stats` (the consumer's counts) with the session's losses: `events_lost` is the session's `EventsLost`,
    /// `buffers_lost` its `RealTimeBuffersLost` plus `LogBuffersLost`. `buffers_read` stays what the consumer
    /// received (the session's `buffers_written` counts the log file's buffers too).
    pub fn apply(&self, stats: TraceStats) -> TraceStats {
        TraceStats {
            events_lost: u64::from(self.events_lost),
            buffers_lost: u64::from(self.real_time_buffers_lost) + u64::from(self.log_buffers_lost),
            ..stats
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn session_losses_map_into_trace_stats() {
        let v = PropertiesView {
            buffer_size_kb: 256,
            number_of_buffers: 70,
            free_buffers: 60,
            minimum_buffers: 64,
            maximum_buffers: 128,
            events_lost: 12,
            buffers_written: 900,
            log_buffers_lost: 1,
            real_time_buffers_lost: 3,
            ..PropertiesView::default()
        };
        let s = SessionStats::from_view(&v);
        assert_eq!((s.buffers, s.free_buffers, s.buffers_written), (70, 60, 900));
        assert!(s.lost_anything());
        let consumer =
            TraceStats { events_seen: 100, events_handled: 40, buffers_read: 880, errors: 2, ..TraceStats::default() };
        let t = s.apply(consumer);
        assert_eq!(t.events_lost, 12);
        assert_eq!(t.buffers_lost, 4);
        assert_eq!((t.events_seen, t.events_handled, t.buffers_read, t.errors), (100, 40, 880, 2));
        assert!(!SessionStats::default().lost_anything());
    }
}
