//! Decoded JSON lines for live sessions (files go through the
//! pipeline's JSON sink).

use std::io::{self, Write};

use etwkit::filter::EventContext;
use etwkit::pipeline::sinks::json::{decoded_line_with, KeyCache};
use etwkit::schema::{Decoder, SchemaRegistry};
use etwkit::EventRef;

/// Writes decoded events as JSON Lines.
pub struct DecodedDumper<W: Write> {
    w: W,
    line: Vec<u8>,
    registry: SchemaRegistry,
    decoder: Decoder,
    /// Keys, names and messages prepared once per schema, as the file pipeline's encoders keep them.
    keys: KeyCache,
}

impl<W: Write> DecodedDumper<W> {
    pub fn new(w: W, registry: SchemaRegistry) -> Self {
        DecodedDumper {
            w,
            line: Vec::with_capacity(4096),
            registry,
            decoder: Decoder::new(),
            keys: KeyCache::default(),
        }
    }

    /// Whether `ev` passes `--where` and the configuration's selection (decoding it if they need properties).
    pub fn selects(
        &mut self,
        ev: &EventRef<'_>,
        filter: Option<&etwkit::filter::Predicate>,
        config: Option<&mut crate::config::Config>,
    ) -> bool {
        let mut ctx = EventContext::new(ev, &mut self.registry, &mut self.decoder);
        filter.is_none_or(|p| p.matches(&mut ctx)) && config.is_none_or(|c| c.selects(&mut ctx))
    }

    /// The schema `ev` decodes with, if there is one.
    pub fn schema(&mut self, ev: &EventRef<'_>) -> Option<std::sync::Arc<etwkit::schema::EventSchema>> {
        self.registry.lookup(ev).ok()
    }

    pub fn event(&mut self, ev: &EventRef<'_>) -> io::Result<()> {
        self.line.clear();
        let mut cx = EventContext::new(ev, &mut self.registry, &mut self.decoder);
        decoded_line_with(&mut self.line, ev, &mut cx, Some(&mut self.keys));
        self.w.write_all(&self.line)
    }
}
