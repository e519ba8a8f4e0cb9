//! What a pipeline hands its output to: an [`Encoder`] per worker thread turns events into batches, and the one
//! [`Sink`] receives the batches in the final order on the calling thread.

use std::io;
use std::path::PathBuf;

use etw_core::EventRef;
use etw_etl::{BufferLocation, Damage, LogfileHeader, ReadCounts};
use etw_filter::EventContext;

/// Whether the pipeline should go on after a batch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    /// Go on.
    Continue,
    /// Stop reading: the sink has what it wants (e.g. a `head`-like limit).
    Stop,
}

/// One input file that opened, as the sinks see it. Its position in [`RunInfo::files`] is the file index that
/// events and damage carry (`location().file`, [`Damage::file`]).
#[derive(Clone, Debug)]
pub struct OpenedFile {
    /// The path as given.
    pub path: PathBuf,
    /// Its logfile header.
    pub header: LogfileHeader,
    /// Its size in bytes.
    pub size: u64,
}

/// What a run reads, known before the first event.
#[derive(Clone, Debug, Default)]
pub struct RunInfo {
    /// The files that opened, by file index.
    pub files: Vec<OpenedFile>,
}

/// Counts of a finished run.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Files that could not be opened, or whose logfile header is damaged (reported as [`Problem::Open`]).
    pub files_failed: u64,
    /// Places where damage was skipped inside readable files (reported as [`Problem::Damage`]).
    pub damage: u64,
    /// Records read.
    pub events_read: u64,
    /// Records that passed the selection (all of them without one) and went to the encoders.
    pub events_selected: u64,
    /// The readers' counts, summed over the files.
    pub counts: ReadCounts,
    /// True if the sink stopped the run early.
    pub stopped: bool,
}

/// Turns events into a batch, on a worker thread. A pipeline makes one per worker ([`Sink::encoder`]) and asks
/// it for a batch ([`Encoder::take`]) at the end of each run of events and before each damaged place, so batches
/// and damage reach the sink in read order.
pub trait Encoder: Send {
    /// What a batch holds (bytes of JSON lines, partial counts, rows).
    type Batch: Send;

    /// The walk enters a buffer (file order only).
    fn buffer(&mut self, _location: &BufferLocation) {}

    /// One selected event. `cx` looks its schema up and decodes it, once, if asked (a selection may already have).
    fn event(&mut self, event: &EventRef<'_>, cx: &mut EventContext<'_, '_>);

    /// The batch of what was encoded since the last call (an empty batch if nothing was).
    fn take(&mut self) -> Self::Batch;
}

/// Receives batches in the final order (that of a single-threaded run), on the thread that runs the pipeline.
pub trait Sink {
    /// The encoder this sink's batches come from.
    type Encoder: Encoder;

    /// Called once before any encoder is made, with the files that opened.
    fn start(&mut self, _run: &RunInfo) -> io::Result<()> {
        Ok(())
    }

    /// An encoder for one worker.
    fn encoder(&self) -> Self::Encoder;

    /// Chunks this sink wants in flight at most (read, being encoded, or encoded and waiting to be written),
    /// for sinks whose batches are large; `None` leaves the pipeline's own bound. The pipeline never goes below
    /// one chunk per worker plus one.
    fn max_in_flight(&self) -> Option<usize> {
        None
    }

    /// The next batch, in order. An error stops the run (e.g. a closed pipe) and is returned by it.
    fn write(&mut self, batch: <Self::Encoder as Encoder>::Batch) -> io::Result<Flow>;

    /// Damage at its place in the order (after the batch of the events before it).
    fn damage(&mut self, _damage: &Damage) -> io::Result<()> {
        Ok(())
    }

    /// The run is over.
    fn finish(&mut self, _summary: &Summary) -> io::Result<()> {
        Ok(())
    }
}

/// A problem the pipeline met and went on after.
#[derive(Debug)]
pub enum Problem<'a> {
    /// A file did not open or its logfile header is damaged; it is left out.
    Open(&'a etw_etl::EtlError),
    /// Damage skipped inside a file; `path` is that file's.
    Damage {
        /// The damage.
        damage: &'a Damage,
        /// The file's path.
        path: &'a std::path::Path,
    },
}
