//! Comparing our decoded events with TraceEvent's baselines, field by field.
//!
//! Each baseline event is matched to one of ours by relative time (±1 µs, as `etw-etl`'s baseline test), process,
//! thread, processor and payload length; when several match, the one whose fields agree best is taken. Its
//! schema decodes the payload and every field TraceEvent printed is compared with our property of the same name,
//! rendered by `write_json` and put through `etw_testkit::baseline::normalise` (hex padded to 8 digits, as
//! TraceEvent prints its `Address` values and `HexInt32`s).
//!
//! More normalisations: numbers compare by value when the two sides print them in different bases; and a value
//! named through a value map compares equal to TraceEvent's rendering of it: bitmap names joined by ", " (we
//! write "|"), `None` for a flags value of 0, or the plain number (TraceEvent's own enums lack some names).
//! Arrays of structs are also listed as `Member_i` properties, as TraceEvent prints them.
//!
//! The first normalisation in detail: numbers compare by value when the two sides print them in different bases. TraceEvent's
//! parsers type some fields differently from the manifest (an `Address` where the manifest says `UInt64`, a
//! `long` where it says `Pointer`, an enum's number where it says `HexInt32`), so the same number shows once as
//! `0x01ffffd8` and once as `33,554,392`.
//!
//! Everything else that differs must be listed in the [`Rules`] of the test, each entry with its reason, and every
//! entry must be needed by some event (so the lists cannot go stale).

#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;
use std::sync::Arc;

use etw_core::EventRef;
use etw_etl::EtlReader;
use etw_schema::{write_json, Decoder, EventSchema, Property, PropertyType, SchemaError, Value};
use etw_testkit::baseline::{self, BaselineEvent};

/// One event of ours, copied out of the trace with the schema a lookup gave it.
pub struct Ours {
    pub micros: i64,
    pub key: (i64, i64, u16, usize),
    pub id: u16,
    pub version: u8,
    pub ptr: u8,
    pub payload: Vec<u8>,
    pub schema: Option<Result<Arc<EventSchema>, SchemaError>>,
}

/// Every event of `path`, with `lookup`'s answer for it.
pub fn read_ours(
    path: &Path,
    mut lookup: impl FnMut(&EventRef<'_>) -> Option<Result<Arc<EventSchema>, SchemaError>>,
) -> Vec<Ours> {
    let mut reader = EtlReader::open(path).unwrap();
    let clock = *reader.clock();
    let mut out = Vec::new();
    reader.for_each(
        |ev| {
            let delta = (ev.timestamp_raw() - clock.reference_raw()) as f64;
            let micros = (delta * 1_000_000.0 / clock.ticks_per_second() as f64).round() as i64;
            let id = |v: u32| if v == u32::MAX { -1 } else { i64::from(v) };
            out.push(Ours {
                micros,
                key: (id(ev.process_id()), id(ev.thread_id()), ev.processor(), ev.payload().len()),
                id: ev.id(),
                version: ev.version(),
                ptr: ev.pointer_size(),
                payload: ev.payload().to_vec(),
                schema: lookup(ev),
            });
        },
        |d| panic!("{d}"),
    );
    out
}

/// What the tests know about the differences between a baseline and our decoding, each with its reason in the
/// test's comments. Events are named as TraceEvent names them, without the provider (`GC/Start`).
#[derive(Default)]
pub struct Rules {
    /// Events no manifest describes.
    pub no_schema: &'static [&'static str],
    /// Events decoded by an older version's template: (event, version written, version used).
    pub older_version: &'static [(&'static str, u8, u8)],
    /// Events whose template leaves bytes undecoded: (event, bytes).
    pub trailing: &'static [(&'static str, usize)],
    /// Fields TraceEvent computes rather than reads from the payload: (event, field).
    pub derived: &'static [(&'static str, &'static str)],
    /// Fields of a newer version than the template used: (event, field).
    pub newer: &'static [(&'static str, &'static str)],
    /// Fields named differently: (event, TraceEvent's name, ours).
    pub renamed: &'static [(&'static str, &'static str, &'static str)],
    /// Values TraceEvent names by an enum the template has no map for: (event, field, TraceEvent's text, our
    /// number).
    pub enums: &'static [(&'static str, &'static str, &'static str, u64)],
    /// Event names that differ: (TraceEvent's, ours as `task/opcode`).
    pub names: &'static [(&'static str, &'static str)],
    /// Events whose template declares no fields although the provider writes a payload, which TraceEvent reads
    /// with a parser of its own: the test checks that our schema has no properties and compares no field.
    pub empty_template: &'static [&'static str],
}

/// What TraceEvent prints for a field its parser has but the event's version does not.
const DEFAULTS: &[&str] = &["", "0", "0x00000000", "0.000", "Unknown"];

/// What a comparison found.
#[derive(Default, Debug)]
pub struct Outcome {
    pub events: usize,
    pub exact: usize,
    pub by_value: usize,
    pub derived: usize,
    pub newer: usize,
    pub renamed: usize,
    pub enums: usize,
    pub undescribed: usize,
    pub per_event: BTreeMap<String, usize>,
    pub errors: Vec<String>,
    used: BTreeSet<String>,
}

fn num(s: &str) -> Option<i128> {
    let s = s.trim();
    match s.strip_prefix("0x") {
        Some(h) => i128::from_str_radix(h, 16).ok(),
        None => s.replace(',', "").parse().ok(),
    }
}

/// One property of ours: name, JSON, value as an unsigned number where it is one, and whether a value map
/// names it.
type Shown = (String, String, Option<u64>, bool);

fn shown(name: String, v: &Value<'_>, p: &Property) -> Shown {
    let mut json = Vec::new();
    write_json(&mut json, v, Some(p));
    let mapped = matches!(p.ty, PropertyType::Simple { map: Some(_), .. });
    (name, String::from_utf8(json).unwrap(), v.as_u64(), mapped)
}

/// Our properties of one event, and the bytes left undecoded. An array of structs is also listed as
/// `Member_i` per element and member, as TraceEvent prints it.
fn decoded(schema: &EventSchema, o: &Ours) -> Result<(Vec<Shown>, usize), String> {
    let mut dec = Decoder::new();
    let d = dec.decode(schema, &o.payload, o.ptr).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    for (p, v) in d.properties() {
        out.push(shown(p.name.to_string(), &v, p));
        if let Value::Array(a) = &v {
            for (i, element) in a.iter().enumerate() {
                if let Value::Struct(st) = element {
                    for (m, mv) in st.members() {
                        out.push(shown(format!("{}_{i}", m.name), &mv, m));
                    }
                }
            }
        }
    }
    Ok((out, d.trailing_bytes()))
}

/// Our event name as TraceEvent forms it: `task/opcode`, or `task` for opcode 0, else the event name.
fn our_name(s: &EventSchema) -> String {
    match (&s.task_name, &s.opcode_name) {
        (Some(t), Some(o)) if s.descriptor.opcode.0 != 0 => format!("{t}/{o}"),
        (Some(t), _) => t.to_string(),
        _ => s.display_name(),
    }
}

impl Outcome {
    fn use_rule(&mut self, rule: String) {
        self.used.insert(rule);
    }

    /// Compares the baseline `events` accepted by `select` with `ours`. `fallback` looks an event up again
    /// when `ours` has no schema for it (an older version's template).
    pub fn compare(
        &mut self,
        events: &[BaselineEvent],
        ours: &[Ours],
        select: impl Fn(&BaselineEvent) -> bool,
        fallback: impl Fn(&Ours) -> Option<Arc<EventSchema>>,
        rules: &Rules,
    ) {
        let mut by_key: HashMap<(i64, i64, u16, usize), Vec<&Ours>> = HashMap::new();
        for o in ours {
            by_key.entry(o.key).or_default().push(o);
        }
        for b in events.iter().filter(|b| select(b)) {
            let short = b.name.split_once('/').map_or(b.name.as_str(), |(_, rest)| rest).to_owned();
            let cands: Vec<&Ours> = by_key
                .get(&(b.pid, b.tid, b.processor, b.data_len))
                .map(|v| v.iter().copied().filter(|o| (o.micros - b.micros).abs() <= 1).collect())
                .unwrap_or_default();
            if cands.is_empty() {
                self.errors.push(format!("no event of ours for {}", b.line));
                continue;
            }
            self.events += 1;
            *self.per_event.entry(b.name.clone()).or_default() += 1;
            if rules.no_schema.contains(&short.as_str()) {
                self.use_rule(format!("no_schema {short}"));
                if cands.iter().any(|o| matches!(o.schema, Some(Ok(_)))) {
                    self.errors.push(format!("{short}: listed as having no schema, but has one"));
                }
                continue;
            }
            // The candidate whose fields agree best (then the nearest in time).
            let mut best: Option<(usize, i64, Vec<String>, Outcome)> = None;
            for o in &cands {
                let mut trial = Outcome::default();
                trial.event(b, &short, o, &fallback, rules);
                let score = trial.errors.len();
                let dt = (o.micros - b.micros).abs();
                if best.as_ref().is_none_or(|(s, t, _, _)| (score, dt) < (*s, *t)) {
                    best = Some((score, dt, trial.errors.clone(), trial));
                }
            }
            if let Some((_, _, errors, trial)) = best {
                self.exact += trial.exact;
                self.by_value += trial.by_value;
                self.derived += trial.derived;
                self.newer += trial.newer;
                self.renamed += trial.renamed;
                self.enums += trial.enums;
                self.undescribed += trial.undescribed;
                self.errors.extend(errors);
                self.used.extend(trial.used);
            }
        }
    }

    fn event(
        &mut self,
        b: &BaselineEvent,
        short: &str,
        o: &Ours,
        fallback: &impl Fn(&Ours) -> Option<Arc<EventSchema>>,
        rules: &Rules,
    ) {
        let at = format!("{} at {} ms", b.name, b.micros as f64 / 1000.0);
        let older = rules.older_version.iter().find(|(e, from, _)| *e == short && *from == o.version);
        let schema = match (&o.schema, older) {
            (Some(Ok(s)), None) => s.clone(),
            (Some(Ok(_)), Some(_)) => {
                return self
                    .errors
                    .push(format!("{at}: listed as decoded by an older version, but v{} is known", o.version))
            }
            (None, Some((_, _, to))) => match fallback(o) {
                Some(s) if s.descriptor.version == *to => {
                    self.use_rule(format!("older_version {short} {}", o.version));
                    s
                }
                other => {
                    return self.errors.push(format!(
                        "{at}: v{} should decode as v{to}, got {:?}",
                        o.version,
                        other.map(|s| s.descriptor.version)
                    ))
                }
            },
            (other, _) => return self.errors.push(format!("{at}: id {} v{}: no schema ({other:?})", o.id, o.version)),
        };
        if rules.empty_template.contains(&short) {
            self.use_rule(format!("empty_template {short}"));
            if schema.top_level != 0 {
                self.errors.push(format!("{at}: listed as having an empty template, but has properties"));
            }
            self.undescribed += b.fields.len();
            return;
        }
        let name = our_name(&schema);
        if name != short {
            match rules.names.iter().find(|(theirs, _)| *theirs == short) {
                Some((_, ours)) if *ours == name => self.use_rule(format!("names {short}")),
                _ => self.errors.push(format!("{at}: we name it {name:?}")),
            }
        }
        let (props, trailing) = match decoded(&schema, o) {
            Ok(d) => d,
            Err(e) => return self.errors.push(format!("{at}: {e}")),
        };
        let expected = rules.trailing.iter().find(|(e, _)| *e == short).map(|(_, n)| *n);
        match expected {
            Some(n) if n == trailing => self.use_rule(format!("trailing {short}")),
            None if trailing == 0 || older.is_some() => {}
            _ => self.errors.push(format!("{at}: {trailing} bytes left undecoded")),
        }
        for (field, theirs) in &b.fields {
            if rules.derived.contains(&(short, field.as_str())) {
                self.use_rule(format!("derived {short} {field}"));
                self.derived += 1;
                continue;
            }
            let our_field = match rules.renamed.iter().find(|(e, t, _)| *e == short && t == field) {
                Some((_, _, ours)) => {
                    self.use_rule(format!("renamed {short} {field}"));
                    self.renamed += 1;
                    *ours
                }
                None => field.as_str(),
            };
            let Some((_, json, number, mapped)) = props.iter().find(|(n, ..)| n.eq_ignore_ascii_case(our_field)) else {
                // A field of a later version: with an older version's template, or printed as TraceEvent's default.
                let default = DEFAULTS.contains(&theirs.as_str());
                if (older.is_some() || default) && rules.newer.contains(&(short, field.as_str())) {
                    self.use_rule(format!("newer {short} {field}"));
                    self.newer += 1;
                } else {
                    self.errors.push(format!("{at}: no property {field} (TraceEvent shows {theirs})"));
                }
                continue;
            };
            let ours = baseline::normalise(json, 8);
            if &ours == theirs {
                self.exact += 1;
            } else if num(&ours).is_some() && num(&ours) == num(theirs) {
                self.by_value += 1;
            } else if *mapped
                && (baseline::normalise(&json.replace('|', ", "), 8) == *theirs
                    || (theirs == "None" && *number == Some(0))
                    || (number.is_some() && num(theirs) == number.map(i128::from)))
            {
                // A mapped value as TraceEvent prints it: bitmap names joined by ", ", a flags value of 0 as
                // `None`, or the number where its own enum has no name for it.
                self.by_value += 1;
            } else if let Some((_, _, _, v)) =
                rules.enums.iter().find(|(e, f, t, _)| *e == short && f == field && t == theirs)
            {
                if *number == Some(*v) {
                    self.use_rule(format!("enum {short} {field} {theirs}"));
                    self.enums += 1;
                } else {
                    self.errors.push(format!("{at}: {field}: ours {json}, TraceEvent {theirs} (= {v})"));
                }
            } else {
                self.errors.push(format!("{at}: {field}: ours {ours} ({json}), TraceEvent {theirs}"));
            }
        }
    }

    /// One line of counts.
    pub fn summary(&self) -> String {
        format!(
            "{} events ({} types); fields: {} equal, {} equal by value, {} enum names, {} renamed, {} derived by \
             TraceEvent, {} newer than the manifest, {} of events the manifest leaves undescribed; {} differences",
            self.events,
            self.per_event.len(),
            self.exact,
            self.by_value,
            self.enums,
            self.renamed,
            self.derived,
            self.newer,
            self.undescribed,
            self.errors.len()
        )
    }

    /// Rules no event needed.
    pub fn unused(&self, rules: &Rules) -> Vec<String> {
        let mut all = Vec::new();
        all.extend(rules.no_schema.iter().map(|e| format!("no_schema {e}")));
        all.extend(rules.older_version.iter().map(|(e, v, _)| format!("older_version {e} {v}")));
        all.extend(rules.trailing.iter().map(|(e, _)| format!("trailing {e}")));
        all.extend(rules.derived.iter().map(|(e, f)| format!("derived {e} {f}")));
        all.extend(rules.newer.iter().map(|(e, f)| format!("newer {e} {f}")));
        all.extend(rules.renamed.iter().map(|(e, f, _)| format!("renamed {e} {f}")));
        all.extend(rules.enums.iter().map(|(e, f, t, _)| format!("enum {e} {f} {t}")));
        all.extend(rules.names.iter().map(|(e, _)| format!("names {e}")));
        all.extend(rules.empty_template.iter().map(|e| format!("empty_template {e}")));
        all.into_iter().filter(|r| !self.used.contains(r)).collect()
    }
}
