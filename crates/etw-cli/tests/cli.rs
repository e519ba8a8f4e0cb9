//! The `etw` binary end to end: output parsed back, exit codes, broken pipes.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, missing_docs)]

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use etw_testkit::corpus;
use serde_json::Value;

fn etw() -> Command {
    Command::new(env!("CARGO_BIN_EXE_etw"))
}

fn facts(dir: &Path, rel: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(corpus::facts_path(dir, Path::new(rel))).unwrap()).unwrap()
}

fn etl(dir: &Path, rel: &str) -> PathBuf {
    dir.join("etl").join(rel)
}

#[test]
fn stats_json_agrees_with_the_facts() {
    let Some(dir) = corpus::require() else { return };
    for rel in ["tx/KernelNetwork.etl", "perfview/net.4.5.2.x64.etl", "pyetwkit/sample.etl"] {
        let out = etw().args(["stats", "--json"]).arg(etl(&dir, rel)).output().unwrap();
        assert!(out.status.success(), "{rel}: {}", String::from_utf8_lossy(&out.stderr));
        let stats: Value = serde_json::from_slice(&out.stdout).unwrap();
        let f = facts(&dir, rel);
        assert_eq!(stats["records"]["total"], f["n_events"], "{rel}");
        assert_eq!(stats["buffers"]["total"], f["n_buffers"], "{rel}");
        assert_eq!(stats["buffers"]["compressed"], f["compressed_buffers"], "{rel}");
        assert_eq!(stats["records"]["by_header_kind"], f["header_types"], "{rel}");
        assert_eq!(stats["logfile"]["logger_name"], f["logfile"]["LoggerName"], "{rel}");
        for p in stats["providers"].as_array().unwrap() {
            assert_eq!(p["events"], f["provider_guids"][p["guid"].as_str().unwrap()], "{rel} {}", p["guid"]);
        }
        let kernel: u64 =
            stats["kernel_groups"].as_array().unwrap().iter().map(|g| g["events"].as_u64().unwrap()).sum();
        let expected: u64 = f["kernel_groups"].as_object().unwrap().values().map(|v| v.as_u64().unwrap()).sum();
        assert_eq!(kernel, expected, "{rel}");
    }
}

#[test]
fn stats_names_tracelogging_providers_from_their_traits() {
    let Some(dir) = corpus::require() else { return };
    let rel = "ebpf-for-windows/ebpforwindows.etl";
    let out = etw().args(["stats", "--json"]).arg(etl(&dir, rel)).output().unwrap();
    let stats: Value = serde_json::from_slice(&out.stdout).unwrap();
    let f = facts(&dir, rel);
    let named: Vec<_> = stats["providers"].as_array().unwrap().iter().filter(|p| !p["name"].is_null()).collect();
    assert!(!named.is_empty());
    for p in named {
        let expected = &f["tl_provider_names"][p["guid"].as_str().unwrap()];
        if !expected.is_null() {
            assert_eq!(&p["name"], expected);
        }
    }
}

#[test]
fn dump_raw_prints_every_record_in_time_order() {
    let Some(dir) = corpus::require() else { return };
    let rel = "perfview/net.4.5.2.x86.etl";
    let out = etw().args(["dump", "--raw"]).arg(etl(&dir, rel)).output().unwrap();
    assert!(out.status.success());
    let f = facts(&dir, rel);
    let mut n = 0u64;
    let mut last = String::new();
    let mut kinds = std::collections::BTreeMap::<String, u64>::new();
    for line in out.stdout.split(|b| *b == b'\n').filter(|l| !l.is_empty()) {
        let v: Value = serde_json::from_slice(line).unwrap();
        let t = v["timestamp"].as_str().unwrap().to_owned();
        assert!(t >= last, "{t} after {last}");
        last = t;
        *kinds.entry(v["header_kind"].as_str().unwrap().to_owned()).or_default() += 1;
        if v["hook"].is_object() {
            assert!(v["provider"].is_null());
        }
        hex_len(&v["payload"]);
        n += 1;
    }
    assert_eq!(n, f["n_events"].as_u64().unwrap());
    assert_eq!(serde_json::to_value(&kinds).unwrap(), f["header_types"]);
}

fn hex_len(v: &Value) -> usize {
    let s = v.as_str().unwrap();
    assert!(s.len() % 2 == 0 && s.bytes().all(|b| b.is_ascii_hexdigit()));
    s.len() / 2
}

#[test]
fn dump_keys_come_in_a_stable_order() {
    let Some(dir) = corpus::require() else { return };
    let out = etw()
        .args(["dump", "--raw", "--order", "file"])
        .arg(etl(&dir, "airbus-etl-parser/AMSITrace.etl"))
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let last = text.lines().last().unwrap();
    let keys: Vec<&str> = [
        "timestamp",
        "provider",
        "id",
        "version",
        "channel",
        "opcode",
        "task",
        "level",
        "keywords",
        "pid",
        "tid",
        "cpu",
        "activity_id",
        "related_activity_id",
        "header_kind",
        "flags",
        "event_property",
        "cpu_time",
        "extended",
        "payload",
        "timestamp_raw",
        "location",
    ]
    .to_vec();
    let mut at = 0;
    for k in keys {
        let pos =
            last[at..].find(&format!("\"{k}\":")).unwrap_or_else(|| panic!("{k} missing or out of order in {last}"));
        at += pos;
    }
    let v: Value = serde_json::from_str(last).unwrap();
    // A TraceLogging event names its provider through the provider traits extended item.
    assert!(v["provider"]["name"].is_string(), "{last}");
    let types: Vec<&str> = v["extended"].as_array().unwrap().iter().map(|i| i["type"].as_str().unwrap()).collect();
    assert_eq!(types, ["PROV_TRAITS", "EVENT_SCHEMA_TL"]);
}

#[test]
fn bad_input_exits_2_with_a_clear_message() {
    let Some(dir) = corpus::require() else { return };
    let out = etw().args(["stats"]).arg(etl(&dir, corpus::CORRUPT_SAMPLE)).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("logfile header damaged at offset 0x0") && err.contains("BufferSize 538976288"), "{err}");

    let out = etw().args(["dump", "--raw", "/nonexistent/x.etl"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().contains("/nonexistent/x.etl"));

    let out = etw().args(["dump", "--order", "sideways", "x.etl"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));

    // A good file next to a bad one is still read; the exit status reports the bad one.
    let out =
        etw().args(["stats", "--json"]).arg(etl(&dir, "tx/WsRm01.etl")).arg("/nonexistent/y.etl").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["records"]["total"], 71);
}

#[test]
fn damage_is_reported_after_everything_readable_is_printed() {
    let Some(dir) = corpus::require() else { return };
    let full = std::fs::read(etl(&dir, "tx/KernelNetwork.etl")).unwrap();
    let tmp = std::env::temp_dir().join(format!("etw-cli-truncated-{}.etl", std::process::id()));
    // Cut the file in the middle of buffer 10 (buffers are 8 KiB).
    std::fs::write(&tmp, &full[..10 * 8192 + 3000]).unwrap();
    let out = etw().args(["dump", "--raw", "--order", "file"]).arg(&tmp).output().unwrap();
    std::fs::remove_file(&tmp).unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("buffer 10 at file offset 0x14000"), "{err}");
    let lines = out.stdout.split(|b| *b == b'\n').filter(|l| !l.is_empty()).count();
    assert!(lines > 600, "{lines} events before the cut");
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let Some(dir) = corpus::require() else { return };
    let mut child = etw()
        .args(["dump", "--raw"])
        .arg(etl(&dir, "etwanalyzer/TraceLoggingTester.etl"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
    // The reader is dropped here, closing the pipe while etw is still writing.
    let status = child.wait().unwrap();
    let mut err = String::new();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    assert!(status.success(), "{status:?} {err}");
    assert!(err.is_empty(), "{err}");
    assert!(first.starts_with("{\"timestamp\":"));
}

#[test]
fn help_teaches_with_examples() {
    let out = etw().arg("--help").output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    for needle in ["etw stats trace.etl", "etw dump --raw", "Exit status", "jq"] {
        assert!(text.contains(needle), "--help lacks {needle:?}");
    }
    let out = etw().args(["dump", "--help"]).output().unwrap();
    assert!(String::from_utf8(out.stdout).unwrap().contains("header_kind"));
}

/// Kernel-Network events decode with no manifest (built-in schemas), and the bytes sent and received per
/// process from the decoded output equal a second computation straight from the raw payload bytes (PID is
/// the u32 at offset 0 and size the u32 at offset 4 of every TCP/UDP data event).
#[test]
fn kernel_network_decodes_fully_and_per_pid_totals_agree() {
    use std::collections::BTreeMap;
    let Some(dir) = corpus::require() else { return };
    let path = etl(&dir, "tx/KernelNetwork.etl");
    let decoded = etw().args(["dump", "--order", "file"]).arg(&path).output().unwrap();
    assert!(decoded.status.success());
    let raw = etw().args(["dump", "--raw", "--order", "file"]).arg(&path).output().unwrap();
    let data_ids = [10u64, 11, 26, 27, 42, 43, 58, 59];
    let mut from_properties: BTreeMap<(u64, u64), u64> = BTreeMap::new();
    let mut n_kernel_network = 0;
    for line in String::from_utf8(decoded.stdout).unwrap().lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        if v["provider"]["name"] != "Microsoft-Windows-Kernel-Network" {
            continue;
        }
        n_kernel_network += 1;
        assert_eq!(v["decoded_by"], "builtin", "{line}");
        assert!(v.get("unparsed_bytes").is_none() && v.get("error").is_none(), "{line}");
        let id = v["id"].as_u64().unwrap();
        if data_ids.contains(&id) {
            let p = &v["properties"];
            *from_properties.entry((id, p["PID"].as_u64().unwrap())).or_default() += p["size"].as_u64().unwrap();
        }
    }
    assert_eq!(n_kernel_network, 8923);
    let mut from_bytes: BTreeMap<(u64, u64), u64> = BTreeMap::new();
    for line in String::from_utf8(raw.stdout).unwrap().lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        if v["provider"]["guid"] != "7dd42a49-5329-4832-8dfd-43d979153a88"
            || !data_ids.contains(&v["id"].as_u64().unwrap())
        {
            continue;
        }
        let hex = v["payload"].as_str().unwrap();
        let u32_at = |off: usize| u32::from_str_radix(&hex[off * 2..off * 2 + 8], 16).unwrap().swap_bytes() as u64;
        *from_bytes.entry((v["id"].as_u64().unwrap(), u32_at(0))).or_default() += u32_at(4);
    }
    assert_eq!(from_properties, from_bytes);
    assert!(from_bytes.len() > 10, "{from_bytes:?}");
}

/// `etw netmon` on Kernel-Network events: per-process bytes sent and received equal sums taken straight from the
/// raw payloads (PID at offset 0, size at offset 4; ids 10/26 TCP send, 11/27 TCP receive, 42/58 UDP send,
/// 43/59 UDP receive).
#[test]
fn netmon_per_pid_totals_match_the_raw_payloads() {
    use std::collections::BTreeMap;
    let Some(dir) = corpus::require() else { return };
    let path = etl(&dir, "tx/KernelNetwork.etl");
    let out = etw().args(["netmon", "--json"]).arg(&path).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["network_events"], 8923);
    let raw = etw().args(["dump", "--raw", "--order", "file"]).arg(&path).output().unwrap();
    // (pid) -> [tcp sent, tcp received, udp sent, udp received]
    let mut expected: BTreeMap<u64, [u64; 4]> = BTreeMap::new();
    for line in String::from_utf8(raw.stdout).unwrap().lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        if v["provider"]["guid"] != "7dd42a49-5329-4832-8dfd-43d979153a88" {
            continue;
        }
        let slot = match v["id"].as_u64().unwrap() {
            10 | 26 => 0,
            11 | 27 => 1,
            42 | 58 => 2,
            43 | 59 => 3,
            _ => continue,
        };
        let hex = v["payload"].as_str().unwrap();
        let u32_at = |off: usize| u32::from_str_radix(&hex[off * 2..off * 2 + 8], 16).unwrap().swap_bytes() as u64;
        expected.entry(u32_at(0)).or_default()[slot] += u32_at(4);
    }
    let mut got: BTreeMap<u64, [u64; 4]> = BTreeMap::new();
    for p in report["processes"].as_array().unwrap() {
        let n = |k: &str, f: &str| p[k][f].as_u64().unwrap();
        got.insert(
            p["pid"].as_u64().unwrap(),
            [n("tcp", "sent_bytes"), n("tcp", "received_bytes"), n("udp", "sent_bytes"), n("udp", "received_bytes")],
        );
    }
    assert_eq!(got, expected);
    // The busiest process talks to 157.56.244.38:443.
    assert_eq!(report["processes"][0]["top_remote"][0]["endpoint"], "157.56.244.38:443");
}

#[test]
fn where_filters_dump_stats_and_netmon_and_reports_bad_expressions() {
    let Some(dir) = corpus::require() else { return };
    let path = etl(&dir, "tx/KernelNetwork.etl");
    let out = etw().args(["dump", "--where", "id == 26 || id == 29"]).arg(&path).output().unwrap();
    assert!(out.status.success());
    let lines: Vec<Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 28);
    assert!(lines.iter().all(|v| v["id"] == 26 || v["id"] == 29));

    let out = etw().args(["stats", "--json", "--where", "sport == 3389"]).arg(&path).output().unwrap();
    let stats: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(stats["records"]["total"], 156);

    let out = etw().args(["netmon", "--json", "--where", "PID == 1008"]).arg(&path).output().unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["processes"].as_array().unwrap().len(), 1);
    assert_eq!(report["processes"][0]["pid"], 1008);

    // Nothing matches: exit 1. A bad expression: exit 2, the column, and what was expected.
    let out = etw().args(["dump", "--where", "id == 12345"]).arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let out = etw().args(["dump", "--where", "size >> 3"]).arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("column 7") && err.contains("expected a value"), "{err}");
}

#[test]
fn config_file_selects_providers_keywords_and_filters() {
    let Some(dir) = corpus::require() else { return };
    let path = etl(&dir, "tx/KernelNetwork.etl");
    let tmp = std::env::temp_dir().join(format!("etw-cli-config-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    let cfg = tmp.join("cfg.json");
    std::fs::write(
        &cfg,
        r#"{
  "order": "file",
  "output": "out.jsonl",
  "providers": [
    { "name": "Microsoft-Windows-Kernel-Network", "any": "0x20",
      "filters": [ { "where": "id == 27" }, { "where": "id == 29" } ] }
  ]
}"#,
    )
    .unwrap();
    let out = etw().args(["dump", "--config"]).arg(&cfg).arg(&path).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // The output goes to the file the config names, relative to the config.
    let text = std::fs::read_to_string(tmp.join("out.jsonl")).unwrap();
    let ids: Vec<u64> =
        text.lines().map(|l| serde_json::from_str::<Value>(l).unwrap()["id"].as_u64().unwrap()).collect();
    assert_eq!(ids.len(), 134 + 2);
    assert!(ids.iter().all(|i| *i == 27 || *i == 29));

    // Keywords select as ETW would: the IPv4 keyword excludes these IPv6 events.
    std::fs::write(&cfg, r#"{"providers": [{"guid": "7dd42a49-5329-4832-8dfd-43d979153a88", "any": 16, "filters": [{"where": "id == 27"}]}]}"#)
        .unwrap();
    let out = etw().args(["dump", "--config"]).arg(&cfg).arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "nothing selected");

    // Errors name the line and column.
    std::fs::write(&cfg, "{\n  \"providers\": [\n    { \"name\": \"X\", \"anyy\": 1 }\n  ]\n}\n").unwrap();
    let out = etw().args(["dump", "--config"]).arg(&cfg).arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("unknown field `anyy`") && err.contains("line 3 column"), "{err}");
    std::fs::write(&cfg, "{\"providers\": [\n {\"kernel\": \"process\", \"filters\": [{\"where\": \"opcode ==\"}]}]}")
        .unwrap();
    let out = etw().args(["dump", "--config"]).arg(&cfg).arg(&path).output().unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("providers[0].filters[0].where (line 2 column"), "{err}");
    std::fs::remove_dir_all(&tmp).unwrap();
}

/// On the PerfView traces (NT Kernel Logger plus CLR), `etw netmon` reports the kernel TcpIp/UdpIp activity:
/// every such record is counted, and per-process bytes equal sums taken from the raw payloads (PID at offset 0,
/// size at offset 4 of send and receive events; hook types 10/11, 26/27 for IPv6).
#[test]
fn netmon_reports_kernel_tcpip_and_udpip_activity() {
    use std::collections::BTreeMap;
    let Some(dir) = corpus::require() else { return };
    for rel in ["perfview/net.4.5.2.x64.etl", "perfview/net.4.5.2.x86.etl"] {
        let path = etl(&dir, rel);
        let f = facts(&dir, rel);
        let out = etw().args(["netmon", "--json"]).arg(&path).output().unwrap();
        assert!(out.status.success(), "{rel}: {}", String::from_utf8_lossy(&out.stderr));
        let report: Value = serde_json::from_slice(&out.stdout).unwrap();
        let expected_events = f["tcpip_hook_events"].as_u64().unwrap() + f["udpip_hook_events"].as_u64().unwrap();
        assert_eq!(report["network_events"], expected_events, "{rel}");
        assert_eq!(report["sources"]["kernel TcpIp/UdpIp"], expected_events, "{rel}");

        let raw = etw().args(["dump", "--raw", "--order", "file"]).arg(&path).output().unwrap();
        let mut expected: BTreeMap<u64, [u64; 4]> = BTreeMap::new();
        for line in String::from_utf8(raw.stdout).unwrap().lines() {
            let v: Value = serde_json::from_str(line).unwrap();
            let (group, kind) = match (&v["hook"]["group"], &v["hook"]["type"]) {
                (Value::Number(g), Value::Number(t)) => (g.as_u64().unwrap(), t.as_u64().unwrap()),
                _ => continue,
            };
            let slot = match (group, kind) {
                (6, 10 | 26) => 0,
                (6, 11 | 27) => 1,
                (8, 10 | 26) => 2,
                (8, 11 | 27) => 3,
                _ => continue,
            };
            let hex = v["payload"].as_str().unwrap();
            let u32_at = |off: usize| u32::from_str_radix(&hex[off * 2..off * 2 + 8], 16).unwrap().swap_bytes() as u64;
            expected.entry(u32_at(0)).or_default()[slot] += u32_at(4);
        }
        let mut got: BTreeMap<u64, [u64; 4]> = BTreeMap::new();
        for p in report["processes"].as_array().unwrap() {
            let n = |k: &str, f: &str| p[k][f].as_u64().unwrap();
            let v = [
                n("tcp", "sent_bytes"),
                n("tcp", "received_bytes"),
                n("udp", "sent_bytes"),
                n("udp", "received_bytes"),
            ];
            if v != [0; 4] {
                got.insert(p["pid"].as_u64().unwrap(), v);
            }
        }
        expected.retain(|_, v| *v != [0; 4]);
        assert_eq!(got, expected, "{rel}");
        // Process names come from the kernel's process rundown.
        assert!(report["processes"].as_array().unwrap().iter().any(|p| p["name"] == "System"), "{rel}");
    }
}

#[test]
fn dotnet_events_decode_with_no_manifests_through_the_builtin_schemas() {
    let Some(dir) = corpus::require() else { return };
    // The CLR trace of the corpus: every event decodes with no --manifests, the CLR's by the built-in tables.
    let rel = "perfview/net.4.5.x86.PerfViewData.etl";
    let out = etw().args(["stats", "--json"]).arg(etl(&dir, rel)).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stats: Value = serde_json::from_slice(&out.stdout).unwrap();
    let coverage = &stats["coverage"];
    assert_eq!(coverage["decoded"], coverage["events"], "{coverage}");
    assert!(coverage["decoded_by"]["builtin"].as_u64().unwrap() > 100_000, "{coverage}");
    let by_name: Vec<&str> = stats["providers"].as_array().unwrap().iter().filter_map(|p| p["name"].as_str()).collect();
    for name in ["Microsoft-Windows-DotNETRuntime", "Microsoft-Windows-DotNETRuntimePrivate"] {
        assert!(by_name.contains(&name), "{by_name:?}");
    }

    // A GC start of the .NET 8 trace, with its properties and names.
    let rel = "perfview/gcevents.PerfViewData.etl";
    let out = etw()
        .args(["dump", "--where", "provider == \"Microsoft-Windows-DotNETRuntime\" && id == 1"])
        .arg(etl(&dir, rel))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let first: Value = serde_json::from_slice(out.stdout.split(|b| *b == b'\n').next().unwrap()).unwrap();
    assert_eq!(first["decoded_by"], "builtin");
    assert_eq!(first["event_name"], "GCStart_V2");
    assert_eq!(first["properties"]["Reason"], "Induced", "{first}");
    assert!(first["properties"]["Count"].as_u64().is_some(), "{first}");
}
