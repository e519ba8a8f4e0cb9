//! Two sinks fed by one run: each worker encodes every event with both encoders, and both sinks receive their
//! batches, damage and the end of the run in order (`etw netmon` counts per-process activity and packet
//! traffic in one read of the files).

use std::io;

use etw_core::EventRef;
use etw_etl::{BufferLocation, Damage};
use etw_filter::EventContext;

use crate::sink::{Encoder, Flow, RunInfo, Sink, Summary};

/// Both sinks; the run stops when either asks to.
pub struct Pair<A, B>(pub A, pub B);

/// Both encoders.
pub struct PairEncoder<A, B>(A, B);

impl<A: Encoder, B: Encoder> Encoder for PairEncoder<A, B> {
    type Batch = (A::Batch, B::Batch);

    fn buffer(&mut self, location: &BufferLocation) {
        self.0.buffer(location);
        self.1.buffer(location);
    }

    fn event(&mut self, event: &EventRef<'_>, cx: &mut EventContext<'_, '_>) {
        self.0.event(event, cx);
        self.1.event(event, cx);
    }

    fn take(&mut self) -> Self::Batch {
        (self.0.take(), self.1.take())
    }
}

impl<A: Sink, B: Sink> Sink for Pair<A, B> {
    type Encoder = PairEncoder<A::Encoder, B::Encoder>;

    fn start(&mut self, run: &RunInfo) -> io::Result<()> {
        self.0.start(run)?;
        self.1.start(run)
    }

    fn encoder(&self) -> Self::Encoder {
        PairEncoder(self.0.encoder(), self.1.encoder())
    }

    fn max_in_flight(&self) -> Option<usize> {
        match (self.0.max_in_flight(), self.1.max_in_flight()) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    fn write(&mut self, batch: <Self::Encoder as Encoder>::Batch) -> io::Result<Flow> {
        let a = self.0.write(batch.0)?;
        let b = self.1.write(batch.1)?;
        Ok(if a == Flow::Stop || b == Flow::Stop { Flow::Stop } else { Flow::Continue })
    }

    fn damage(&mut self, damage: &Damage) -> io::Result<()> {
        self.0.damage(damage)?;
        self.1.damage(damage)
    }

    fn finish(&mut self, summary: &Summary) -> io::Result<()> {
        self.0.finish(summary)?;
        self.1.finish(summary)
    }
}
