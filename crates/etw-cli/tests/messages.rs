//! `etw dump`'s `message`: the event's message string with its inserts filled in, checked against what the test
//! works out itself from the manifest's text (read with a plain XML parser) and the event's printed properties.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use etw_testkit::build::{BufferBuilder, EtlBuilder, EventRecord};
use etw_testkit::corpus;
use etwkit::{Guid, HeaderKind};
use serde_json::Value;

mod common;
use common::{etw, lines, ok};

fn scratch(name: &str) -> PathBuf {
    common::scratch("messages", name)
}

/// What a manifest says about one provider's events, read with roxmltree: (id, version) -> (message, the names
/// of the template's top-level items in order).
struct ManifestFacts {
    events: HashMap<(u64, u64), (Option<String>, Vec<String>)>,
    /// Names of the template items that have a value map.
    mapped: Vec<String>,
}

fn manifest_facts(path: &Path) -> ManifestFacts {
    let text = std::fs::read_to_string(path).unwrap();
    let doc = roxmltree::Document::parse(&text).unwrap();
    let strings: HashMap<&str, &str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("string"))
        .map(|n| (n.attribute("id").unwrap(), n.attribute("value").unwrap()))
        .collect();
    let mut templates: HashMap<&str, Vec<String>> = HashMap::new();
    let mut mapped = Vec::new();
    for t in doc.descendants().filter(|n| n.has_tag_name("template")) {
        let names = t
            .children()
            .filter(|c| c.has_tag_name("data") || c.has_tag_name("struct"))
            .map(|c| {
                if c.attribute("map").is_some() {
                    mapped.push(c.attribute("name").unwrap().to_owned());
                }
                c.attribute("name").unwrap().to_owned()
            })
            .collect();
        templates.insert(t.attribute("tid").unwrap(), names);
    }
    let mut events = HashMap::new();
    for e in doc.descendants().filter(|n| n.has_tag_name("event") && n.attribute("value").is_some()) {
        let key =
            (e.attribute("value").unwrap().parse().unwrap(), e.attribute("version").unwrap_or("0").parse().unwrap());
        let message = e.attribute("message").map(|m| {
            let id = m.strip_prefix("$(string.").and_then(|m| m.strip_suffix(')')).unwrap();
            strings[id].to_owned()
        });
        let names = e.attribute("template").map(|t| templates[t].clone()).unwrap_or_default();
        events.insert(key, (message, names));
    }
    ManifestFacts { events, mapped }
}

/// The text Event Viewer shows for a printed property: a string as it is, a number or boolean as written.
fn text_of(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// Fills `%1`..`%99` with the properties named by the template, `%%` with `%`: all these manifests use.
fn fill(message: &str, names: &[String], properties: &Value) -> String {
    let mut out = String::new();
    let mut chars = message.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut digits = String::new();
        while digits.len() < 2 && chars.peek().is_some_and(char::is_ascii_digit) {
            digits.push(chars.next().unwrap());
        }
        if digits.is_empty() {
            let next = chars.next().unwrap();
            assert_eq!(next, '%', "an escape this test does not know in {message:?}");
            out.push('%');
            continue;
        }
        let n: usize = digits.parse().unwrap();
        out.push_str(&text_of(&properties[names[n - 1].as_str()]));
    }
    out
}

#[test]
fn dump_fills_manifest_messages_with_the_event_properties() {
    let Some(dir) = corpus::require() else { return };
    let man = dir.join("manifests/tx/HTTP_Server.man");
    let facts = manifest_facts(&man);
    let out = ok(etw()
        .args(["dump", "-q", "--manifests"])
        .arg(&man)
        .arg(dir.join("etl/tx/HTTP_Server.etl"))
        .output()
        .unwrap());
    let (mut checked, mut with_maps) = (0, 0);
    for (line, v) in lines(&out) {
        if v["provider"]["guid"] != "dd5ef90a-6398-47a4-ad34-4dcecdef795f" {
            assert!(v.get("message").is_none(), "{line}");
            continue;
        }
        assert_eq!(v["decoded_by"], "manifest", "{line}");
        let (message, names) = &facts.events[&(v["id"].as_u64().unwrap(), v["version"].as_u64().unwrap())];
        let Some(message) = message else {
            assert!(v.get("message").is_none(), "{line}");
            continue;
        };
        assert_eq!(v["message"], fill(message, names, &v["properties"]), "{line}");
        // Right after the properties.
        assert!(line.contains("},\"message\":"), "{line}");
        checked += 1;
        if names.iter().any(|n| facts.mapped.contains(n)) && message.contains('%') {
            with_maps += 1;
        }
    }
    // The trace's 2041 HttpService events all have messages.
    assert_eq!(checked, 2041);
    assert!(with_maps > 0, "no message with a value-map insert was checked");
}

#[test]
fn dump_shows_the_message_a_binary_carries_in_its_message_table() {
    let Some(dir) = corpus::require() else { return };
    let tmp = scratch("pe");
    let store = tmp.join("s.etwstore");
    ok(etw()
        .args(["schemas", "import", "--store"])
        .arg(&store)
        .arg(dir.join("pe/rusttrace/libtrace.dll"))
        .output()
        .unwrap());
    let facts = manifest_facts(&dir.join("pe/rusttrace/rtrace.man"));
    let provider: Guid = "0330d9d7-32e3-4988-aaff-de3fe47ddfd2".parse().unwrap();
    let texts = ["starting up", "100% ready: {\"a\"}", "bye\tnow"];
    let mut buffer = BufferBuilder::new();
    for (i, t) in texts.iter().enumerate() {
        let mut payload = t.as_bytes().to_vec();
        payload.push(0);
        buffer = buffer.record(
            EventRecord::new(HeaderKind::EVENT_HEADER64, provider)
                .id(i as u16)
                .timestamp(5_000_000 + i as i64)
                .payload(payload),
        );
    }
    let etl = tmp.join("rusttrace.etl");
    std::fs::write(&etl, EtlBuilder::new().buffer(buffer).build()).unwrap();
    let out = ok(etw().args(["dump", "-q", "--store"]).arg(&store).arg(&etl).output().unwrap());
    let events: Vec<Value> =
        lines(&out).into_iter().map(|(_, v)| v).filter(|v| v["provider"]["guid"] == provider.to_string()).collect();
    assert_eq!(events.len(), texts.len());
    for (v, t) in events.iter().zip(texts) {
        assert_eq!(v["decoded_by"], "store", "{v}");
        assert_eq!(v["properties"]["value"], t);
        let (message, names) = &facts.events[&(v["id"].as_u64().unwrap(), 0)];
        assert_eq!(v["message"], fill(message.as_deref().unwrap(), names, &v["properties"]), "{v}");
        assert_eq!(v["message"], t, "the manifest's message is \"%1\"");
    }
    let _ = std::fs::remove_dir_all(&tmp);
}
