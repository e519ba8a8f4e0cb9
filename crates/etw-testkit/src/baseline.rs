//! TraceEvent's decoded output (`corpus/baselines/*.baseline.txt`) as data, and our values normalised the way
//! TraceEvent prints them, so tests can compare the two property by property.
//!
//! A baseline line is `EVENT <ms>: <Provider>/<Task>/<Opcode> PID=..; TID=..; PName=..; ProceNum=..; DataLen=..;
//! Name=Value; ...`. TraceEvent's printing rules, which [`normalise`] reproduces:
//! - integers with `,` thousands separators (`dport=60,841`), negative with `-`;
//! - hex values (pointers, `HexInt32`/`HexInt64` out-types) as `0x...` — TraceEvent pads HexInt32 to 8 digits;
//! - booleans `True`/`False`;
//! - times `yy/MM/dd HH:mm:ss.fffffff`;
//! - value maps by name; bitmaps as names joined with `, `;
//! - any text longer than 20 characters cut to 20 and ended with `...`.
//!
//! Fields that TraceEvent computes rather than reads (e.g. `ElapsedTimeMSec` of disk I/O, `PName`) have no
//! counterpart in the payload; tests list them explicitly.

use std::path::Path;

/// One event line of a baseline.
#[derive(Clone, Debug, PartialEq)]
pub struct BaselineEvent {
    /// Milliseconds since the session start, as printed (three decimals), in microseconds.
    pub micros: i64,
    /// `Provider/Task/Opcode` as TraceEvent names the event.
    pub name: String,
    /// Process id (-1 when none).
    pub pid: i64,
    /// Thread id (-1 when none).
    pub tid: i64,
    /// Processor.
    pub processor: u16,
    /// Payload length.
    pub data_len: usize,
    /// The decoded fields after `DataLen`, in order: (name, printed value).
    pub fields: Vec<(String, String)>,
    /// The whole line.
    pub line: String,
}

impl BaselineEvent {
    /// Parses one `EVENT` line.
    pub fn parse(line: &str) -> Option<BaselineEvent> {
        let rest = line.strip_prefix("EVENT ")?;
        let (t, rest) = rest.split_once(": ")?;
        let micros = t.replace([',', '.'], "").parse().ok()?;
        // The name may hold spaces ("Windows Kernel/DiskIO/Read"): it ends where the header fields start.
        let (name, rest) = rest.split_once(" PID=")?;
        let rest = format!("PID={rest}");
        let mut header = std::collections::HashMap::new();
        let mut fields = Vec::new();
        for part in rest.trim_end().trim_end_matches(';').split("; ") {
            let (k, v) = part.split_once('=')?;
            match k {
                "PID" | "TID" | "PName" | "ProceNum" | "DataLen" => {
                    header.insert(k, v);
                }
                _ => fields.push((k.to_owned(), v.to_owned())),
            }
        }
        let num = |k: &str| header.get(k).and_then(|v| v.replace(',', "").parse::<i64>().ok());
        Some(BaselineEvent {
            micros,
            name: name.to_owned(),
            pid: num("PID")?,
            tid: num("TID")?,
            processor: num("ProceNum")? as u16,
            data_len: num("DataLen")? as usize,
            fields,
            line: line.to_owned(),
        })
    }

    /// The value printed for field `name`.
    pub fn field(&self, name: &str) -> Option<&str> {
        self.fields.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// Every event line of a baseline file (the first is the logfile header event).
pub fn read(path: &Path) -> Vec<BaselineEvent> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines().filter(|l| l.starts_with("EVENT ")).filter_map(BaselineEvent::parse).collect()
}

/// The baselines and the corpus files they were made from. `net.4.5.x86` is left out: it was made from a newer
/// copy of that trace than the corpus holds.
pub const PAIRS: [(&str, &str); 5] = [
    ("gcevents", "perfview/gcevents.PerfViewData.etl"),
    ("gcrundownevents", "perfview/gcrundownevents.PerfViewData.clrRundown.etl"),
    ("net.4.5.2.x64", "perfview/net.4.5.2.x64.etl"),
    ("net.4.5.2.x86", "perfview/net.4.5.2.x86.etl"),
    ("primitive-types", "perfview/primitive-types.etl"),
];

/// `1234567` as `1,234,567`.
pub fn grouped(n: i128) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 {
        format!("-{out}")
    } else {
        out
    }
}

/// Text cut to 20 characters plus `...`, as TraceEvent prints long values.
pub fn cut(s: &str) -> String {
    if s.chars().count() > 20 {
        format!("{}...", s.chars().take(20).collect::<String>())
    } else {
        s.to_owned()
    }
}

/// A FILETIME as TraceEvent prints it (`yy/MM/dd HH:mm:ss.fffffff`, then cut).
pub fn time(filetime: i64) -> String {
    let (y, mo, d, h, mi, s, t) = etw_core::FileTime(filetime).to_civil();
    cut(&format!("{:02}/{mo:02}/{d:02} {h:02}:{mi:02}:{s:02}.{t:07}", y.rem_euclid(100)))
}

/// One of our JSON-rendered values (as `etw_schema::write_json` writes it) in TraceEvent's printed form.
/// `hex_width` is the digit count TraceEvent pads hex to (8 for HexInt32 out-types, else 0).
pub fn normalise(json_value: &str, hex_width: usize) -> String {
    let v = json_value.trim();
    if v == "true" {
        return "True".into();
    }
    if v == "false" {
        return "False".into();
    }
    if let Ok(n) = v.parse::<i128>() {
        return grouped(n);
    }
    if let Some(s) = v.strip_prefix('"').and_then(|s| s.strip_suffix('"')) {
        let s = s.replace("\\\\", "\\").replace("\\\"", "\"");
        if let Some(hex) = s.strip_prefix("0x") {
            if hex.chars().all(|c| c.is_ascii_hexdigit()) && !hex.is_empty() {
                let trimmed = hex.trim_start_matches('0');
                let trimmed = if trimmed.is_empty() { "0" } else { trimmed };
                return cut(&format!("0x{trimmed:0>hex_width$}"));
            }
        }
        return cut(&s);
    }
    cut(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_lines_and_normalises() {
        let e = BaselineEvent::parse(
            "EVENT 8,185.741: Microsoft-Windows-DotNETRuntime/GC/CreateSegment PID=179596; TID=168672; \
             PName=Process(179596); ProceNum=4; DataLen=22; Address=0x1b0f1000028; Size=0x01ffffd8; Type=PinnedObjectHeap; ClrInstanceID=8; ",
        )
        .unwrap();
        assert_eq!(e.micros, 8_185_741);
        assert_eq!(e.name, "Microsoft-Windows-DotNETRuntime/GC/CreateSegment");
        assert_eq!((e.pid, e.tid, e.processor, e.data_len), (179_596, 168_672, 4, 22));
        assert_eq!(e.field("size"), Some("0x01ffffd8"));
        assert_eq!(e.fields.len(), 4);
        assert_eq!(normalise("60841", 0), "60,841");
        assert_eq!(normalise("-51", 0), "-51");
        assert_eq!(normalise("\"0x1ffffd8\"", 8), "0x01ffffd8");
        assert_eq!(normalise("\"0x1b0f1000028\"", 0), "0x1b0f1000028");
        assert_eq!(normalise("false", 0), "False");
        assert_eq!(normalise("\"C:\\\\Dev\\\\runtime\\\\artifacts\\\\x\"", 0), "C:\\Dev\\runtime\\artif...");
        assert_eq!(time(132_404_548_306_935_923), "20/07/29 00:07:10.69...");
        let k = BaselineEvent::parse(
            "EVENT 1,249.834: Windows Kernel/DiskIO/Write PID=4; TID=44; PName=System; ProceNum=0; DataLen=52; \
             DiskNumber=0; IrpFlags=Nocache, MountComple...; ",
        )
        .unwrap();
        assert_eq!(k.name, "Windows Kernel/DiskIO/Write");
        assert_eq!((k.pid, k.tid, k.processor, k.data_len), (4, 44, 0, 52));
        assert_eq!(
            k.fields,
            [("DiskNumber".to_owned(), "0".to_owned()), ("IrpFlags".into(), "Nocache, MountComple...".into())]
        );
    }
}
