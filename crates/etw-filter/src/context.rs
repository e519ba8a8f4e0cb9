//! What a predicate or a callback can ask about the event at hand: its header, its schema, its decoded
//! properties. The schema is looked up and the payload decoded at most once per event, and only if asked.

use std::sync::Arc;

use etw_core::EventRef;
use etw_schema::{DecodeError, Decoded, Decoder, EventSchema, NoSchema, Parser, SchemaRegistry, Value};

/// Why an event's properties are not available.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeFailure {
    /// No schema source knows the event.
    NoSchema(NoSchema),
    /// The payload does not fit the schema.
    Decode(DecodeError),
}

impl std::fmt::Display for DecodeFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeFailure::NoSchema(e) => write!(f, "{e}"),
            DecodeFailure::Decode(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for DecodeFailure {}

enum State {
    NotYet,
    Decoded,
    Failed(DecodeFailure),
}

/// The event being filtered or handled, with lazy access to its schema and properties.
pub struct EventContext<'e, 'r> {
    event: &'e EventRef<'e>,
    registry: &'r mut SchemaRegistry,
    decoder: &'r mut Decoder,
    schema: Option<Result<Arc<EventSchema>, NoSchema>>,
    state: State,
}

impl<'e, 'r> EventContext<'e, 'r> {
    /// A context for `event`, looking schemas up in `registry` and decoding with `decoder`'s scratch space.
    pub fn new(event: &'e EventRef<'e>, registry: &'r mut SchemaRegistry, decoder: &'r mut Decoder) -> Self {
        EventContext { event, registry, decoder, schema: None, state: State::NotYet }
    }

    /// The event.
    pub fn event(&self) -> &'e EventRef<'e> {
        self.event
    }

    /// The event's schema (looked up once).
    pub fn schema(&mut self) -> Result<&Arc<EventSchema>, &NoSchema> {
        let event = self.event;
        let registry = &mut *self.registry;
        self.schema.get_or_insert_with(|| registry.lookup(event)).as_ref()
    }

    /// The provider's name, from the schema or from the event itself (TraceLogging provider traits).
    pub fn provider_name(&mut self) -> Option<Arc<str>> {
        if let Ok(s) = self.schema() {
            if let Some(n) = &s.provider_name {
                return Some(n.clone());
            }
        }
        let guid = self.event.provider_id();
        self.registry.provider_name(&guid)
    }

    fn ensure_decoded(&mut self) -> Result<(), DecodeFailure> {
        if let State::NotYet = self.state {
            let schema = match self.schema() {
                Ok(s) => s.clone(),
                Err(e) => {
                    let failure = DecodeFailure::NoSchema(e.clone());
                    self.state = State::Failed(failure.clone());
                    return Err(failure);
                }
            };
            self.state = match self.decoder.decode(&schema, self.event.payload(), self.event.pointer_size()) {
                Ok(_) => State::Decoded,
                Err(e) => State::Failed(DecodeFailure::Decode(e)),
            };
        }
        match &self.state {
            State::Failed(f) => Err(f.clone()),
            _ => Ok(()),
        }
    }

    /// The event's decoded properties (decoded once).
    pub fn decoded(&mut self) -> Result<Decoded<'_>, DecodeFailure> {
        self.ensure_decoded()?;
        let Some(Ok(schema)) = &self.schema else {
            return Err(DecodeFailure::NoSchema(NoSchema::Unknown));
        };
        Ok(self.decoder.last(schema, self.event.payload(), self.event.pointer_size()))
    }

    /// When the payload does not fit the schema ([`DecodeFailure::Decode`]: a template from another build of the
    /// provider that runs past the payload, say), the top-level properties decoded before the one where decoding
    /// stopped (decoding the event first if nothing asked yet); `None` when the event decodes or has no schema.
    /// See [`Decoder::partial`].
    pub fn partial(&mut self) -> Option<Decoded<'_>> {
        if self.ensure_decoded().is_ok() {
            return None;
        }
        let (State::Failed(DecodeFailure::Decode(_)), Some(Ok(schema))) = (&self.state, &self.schema) else {
            return None;
        };
        Some(self.decoder.partial(schema, self.event.payload(), self.event.pointer_size()))
    }

    /// A typed parser over the event's properties (decoded once).
    pub fn parser(&mut self) -> Result<Parser<'_>, DecodeFailure> {
        self.decoded().map(Parser::new)
    }

    /// The value of the top-level property `name`, if the event decodes and has it.
    pub fn value(&mut self, name: &str) -> Option<Value<'_>> {
        self.parser().ok()?.value(name).ok().map(|(_, v)| v)
    }

    /// Why the event's properties were not available, if something asked for them and they were not.
    pub fn failure(&self) -> Option<DecodeFailure> {
        match &self.state {
            State::Failed(f) => Some(f.clone()),
            _ => None,
        }
    }

    /// The schema source's name that decoded the event, once it has been decoded.
    pub fn decoded_by(&self) -> Option<&'static str> {
        match (&self.state, &self.schema) {
            (State::Decoded, Some(Ok(s))) => Some(s.source.as_str()),
            _ => None,
        }
    }
}
