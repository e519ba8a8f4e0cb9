//! Decoding a payload by a schema.
//!
//! One pass measures every top-level property ([`crate::measure`]: where its bytes are, how many values it
//! holds) without allocating; values are read from those byte ranges only when asked for ([`crate::value`]).

use crate::measure::{err, measure, read_uint, DecodeError, Ints};
use crate::model::{Count, EventSchema, Length, Property, PropertyType};
use crate::value::{property_value, Value};

/// Where one top-level property's values are in the payload.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Slot {
    /// Offset of the first value.
    pub start: u32,
    /// Offset just past the last value.
    pub end: u32,
    /// Number of values (1 for a non-array).
    pub count: u32,
}

impl Slot {
    /// A slot from offsets and a count that [`Decoder::decode`] checked to fit (saturates otherwise).
    fn new(start: usize, end: usize, count: usize) -> Slot {
        let narrow = |v: usize| u32::try_from(v).unwrap_or(u32::MAX);
        Slot { start: narrow(start), end: narrow(end), count: narrow(count) }
    }
}

/// Reusable scratch space for decoding, so decoding many events allocates nothing after the first.
#[derive(Default, Debug)]
pub struct Decoder {
    slots: Vec<Slot>,
    ints: Ints,
}

impl Decoder {
    /// A decoder with empty scratch space.
    pub fn new() -> Decoder {
        Decoder::default()
    }

    /// Measures `payload` against `schema`. On success the returned [`Decoded`] gives every top-level value.
    pub fn decode<'a>(
        &'a mut self,
        schema: &'a EventSchema,
        payload: &'a [u8],
        pointer_size: u8,
    ) -> Result<Decoded<'a>, DecodeError> {
        self.slots.clear();
        self.ints.reset(schema.properties.len());
        // Slots hold 32-bit offsets and counts; every offset and count is at most the payload's length (counts of
        // empty elements at most MAX_EMPTY_ELEMENTS), so this check makes them all fit.
        if u32::try_from(payload.len()).is_err() {
            return Err(err(
                schema,
                0,
                0,
                format!("a payload of {} bytes is over the 4 GiB a slot can hold", payload.len()),
            ));
        }
        let mut pos = 0usize;
        for i in 0..usize::from(schema.top_level).min(schema.properties.len()) {
            // Fast path: one fixed-size value (most properties of most events).
            if let Some(Property {
                ty: PropertyType::Simple { in_type, .. },
                count: Count::One,
                length: Length::Natural,
                ..
            }) = schema.properties.get(i)
            {
                if let Some(size) = in_type.fixed_size(pointer_size) {
                    if let Some(bytes) = payload.get(pos..pos + size) {
                        if let Some(slot) = self.ints.get_mut(i) {
                            *slot = read_uint(*in_type, bytes);
                        }
                        self.slots.push(Slot::new(pos, pos + size, 1));
                        pos += size;
                        continue;
                    }
                }
            }
            let (start, end, count) = measure(schema, i, payload, pos, pointer_size, &mut self.ints)?;
            self.slots.push(Slot::new(start, end, count));
            pos = end;
        }
        Ok(Decoded { schema, payload, pointer_size, slots: &self.slots, trailing: payload.len().saturating_sub(pos) })
    }
}

impl Decoder {
    /// The result of the last successful [`decode`](Decoder::decode) again, without measuring anew. Pass the
    /// same schema, payload and pointer size: the slots describe those (values are still read bounds-checked).
    pub fn last<'a>(&'a self, schema: &'a EventSchema, payload: &'a [u8], pointer_size: u8) -> Decoded<'a> {
        let end = self.slots.last().map_or(0, |s| s.end as usize);
        Decoded { schema, payload, pointer_size, slots: &self.slots, trailing: payload.len().saturating_sub(end) }
    }

    /// After a [`decode`](Decoder::decode) that failed, the top-level properties measured before the one where
    /// it stopped (none if it stopped at the first), as TDH formats the properties of a payload cut short up to
    /// the one that does not fit. Pass the same schema, payload and pointer size. The property where decoding
    /// stopped is `schema.properties[decoded.slots().len()]`; [`Decoded::trailing_bytes`] counts the bytes from
    /// there on.
    pub fn partial<'a>(&'a self, schema: &'a EventSchema, payload: &'a [u8], pointer_size: u8) -> Decoded<'a> {
        self.last(schema, payload, pointer_size)
    }
}

/// A payload measured against its schema.
#[derive(Clone, Copy, Debug)]
pub struct Decoded<'a> {
    schema: &'a EventSchema,
    payload: &'a [u8],
    pointer_size: u8,
    slots: &'a [Slot],
    trailing: usize,
}

impl<'a> Decoded<'a> {
    /// The schema.
    pub fn schema(&self) -> &'a EventSchema {
        self.schema
    }

    /// The payload.
    pub fn payload(&self) -> &'a [u8] {
        self.payload
    }

    /// Where each top-level property is.
    pub fn slots(&self) -> &'a [Slot] {
        self.slots
    }

    /// Bytes after the last property that the schema does not describe.
    pub fn trailing_bytes(&self) -> usize {
        self.trailing
    }

    /// The value of top-level property `index`.
    #[inline]
    pub fn value(&self, index: usize) -> Option<Value<'a>> {
        let slot = self.slots.get(index)?;
        let bytes = self.payload.get(slot.start as usize..slot.end as usize)?;
        Some(property_value(self.schema, index, bytes, slot.count as usize, self.pointer_size))
    }

    /// Appends the value of top-level property `index` as JSON ([`crate::value::write_json`], shown as `prop`
    /// says); false if the property has no value. The same as writing [`Decoded::value`], without handing the
    /// value from one function to another: it is made and written here, where it can stay in registers (a
    /// `Value` returned through memory and copied on cost a store-forwarding stall per property).
    #[inline]
    pub fn write_value_json(&self, out: &mut Vec<u8>, index: usize, prop: Option<&Property>) -> bool {
        let Some(slot) = self.slots.get(index) else { return false };
        let Some(bytes) = self.payload.get(slot.start as usize..slot.end as usize) else { return false };
        let v = property_value(self.schema, index, bytes, slot.count as usize, self.pointer_size);
        crate::value::write_json(out, &v, prop);
        true
    }

    /// Every top-level property with its value.
    pub fn properties(&self) -> impl Iterator<Item = (&'a Property, Value<'a>)> + '_ {
        let this = *self;
        (0..self.slots.len()).filter_map(move |i| Some((this.schema.properties.get(i)?, this.value(i)?)))
    }
}
