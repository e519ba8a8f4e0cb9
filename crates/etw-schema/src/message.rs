//! Event message strings, filled in the way Event Viewer (`FormatMessage`) shows them.

use std::fmt::Write as _;

use etw_core::json;

use crate::decode::Decoded;
use crate::model::Property;
use crate::value::{write_json, Value};

/// Fills an event's message string: `%1`..`%99` become the inserts (the event's top-level properties as text,
/// `inserts[0]` for `%1`), the way `FormatMessage` and Event Viewer do.
///
/// - `%N!fmt!` is an insert with a printf format: `d`, `i`, `u`, `x`, `X`, `o` and `c` apply to inserts that
///   are integers (decimal text, or hex with `0x`), with flags (`-`, `0`, `+`, `#`, space), a width and a
///   precision; `s`, `S` and the rest insert the text, padded to the width. Size prefixes (`h`, `l`, `ll`,
///   `I64`, `w`, ...) are accepted and ignored.
/// - `%%` is `%`; `%n` a line break; `%t` a tab; `%r` a carriage return; `%0` ends the message; `% `, `%.` and
///   `%!` are a space, a period and an exclamation mark; `%` before any other character drops the `%`.
/// - An insert the event does not have (`%5` with four properties) is left as written, format included.
///
/// To fill a message from a decoded event, parse it once with [`MessageTemplate::new`] and use
/// [`MessageTemplate::render_decoded`] or [`MessageTemplate::write_json`]: they take the inserts' text from the
/// properties ([`insert_text`]).
///
/// ```
/// use etw_schema::render_message;
///
/// let text = render_message("Process %1 (%2!x!) exited with %3.%n100%% done", &["cmd.exe", "4660", "0"]);
/// assert_eq!(text, "Process cmd.exe (1234) exited with 0.\n100% done");
/// ```
pub fn render_message<S: AsRef<str>>(template: &str, inserts: &[S]) -> String {
    MessageTemplate::new(template).render(inserts)
}

/// A message string parsed once (text, inserts and their formats), to fill for many events.
///
/// ```
/// use etw_schema::MessageTemplate;
///
/// let m = MessageTemplate::new("Pool %1: %2 of %3 threads busy (%4 unknown)");
/// assert_eq!(m.render(&["Request", "2", "8"]), "Pool Request: 2 of 8 threads busy (%4 unknown)");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MessageTemplate {
    parts: Vec<Part>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Part {
    /// Text shown as it is (escapes such as `%n` already applied), and the same as the body of a JSON string.
    Text { text: Box<str>, json: Box<[u8]> },
    /// Insert `index` (0 for `%1`) with its printf format, and how it was written (shown when the event has no
    /// such insert), also as the body of a JSON string.
    Insert { index: usize, spec: Option<Box<str>>, written: Box<str>, written_json: Box<[u8]> },
}

fn json_body(s: &str) -> Box<[u8]> {
    let mut out = Vec::with_capacity(s.len());
    json::string_body(&mut out, s);
    out.into_boxed_slice()
}

impl MessageTemplate {
    /// Parses a message string (see [`render_message`] for what it may hold).
    pub fn new(template: &str) -> MessageTemplate {
        let mut parts = Vec::new();
        let mut text = String::new();
        let flush = |text: &mut String, parts: &mut Vec<Part>| {
            if !text.is_empty() {
                let json = json_body(text);
                parts.push(Part::Text { text: std::mem::take(text).into_boxed_str(), json });
            }
        };
        let mut rest = template;
        while let Some(i) = rest.find('%') {
            text.push_str(rest.get(..i).unwrap_or_default());
            let after = rest.get(i + 1..).unwrap_or_default();
            let mut chars = after.chars();
            let Some(c) = chars.next() else {
                // A lone % at the end is kept.
                text.push('%');
                rest = "";
                break;
            };
            rest = chars.as_str();
            match c {
                '1'..='9' => {
                    // One or two digits.
                    let (n, used) = match rest.chars().next() {
                        Some(d @ '0'..='9') => (digit(c) * 10 + digit(d), 1),
                        _ => (digit(c), 0),
                    };
                    let digits = after.get(..1 + used).unwrap_or_default();
                    rest = rest.get(used..).unwrap_or_default();
                    let (spec, after_spec) = format_spec(rest);
                    let written = match spec {
                        Some(spec) => format!("%{digits}!{spec}!"),
                        None => format!("%{digits}"),
                    };
                    rest = after_spec;
                    flush(&mut text, &mut parts);
                    parts.push(Part::Insert {
                        index: n.saturating_sub(1),
                        spec: spec.map(Box::from),
                        written_json: json_body(&written),
                        written: written.into_boxed_str(),
                    });
                }
                '0' => {
                    rest = "";
                    break;
                }
                'n' => text.push('\n'),
                't' => text.push('\t'),
                'r' => text.push('\r'),
                other => text.push(other),
            }
        }
        text.push_str(rest);
        flush(&mut text, &mut parts);
        MessageTemplate { parts }
    }

    /// The message with `inserts` filled in (`inserts[0]` for `%1`).
    pub fn render<S: AsRef<str>>(&self, inserts: &[S]) -> String {
        let mut out = String::new();
        for part in &self.parts {
            match part {
                Part::Text { text, .. } => out.push_str(text),
                Part::Insert { index, spec, written, .. } => match inserts.get(*index) {
                    Some(value) => match spec {
                        Some(spec) => out.push_str(&apply(spec, value.as_ref())),
                        None => out.push_str(value.as_ref()),
                    },
                    None => out.push_str(written),
                },
            }
        }
        out
    }

    /// The message of a decoded event: its top-level properties, as [`insert_text`] shows them, are the
    /// inserts.
    pub fn render_decoded(&self, decoded: &Decoded<'_>) -> String {
        let inserts: Vec<String> = (0..decoded.slots().len())
            .map(|i| match decoded.value(i) {
                Some(v) => insert_text(&v, decoded.schema().properties.get(i)),
                None => String::new(),
            })
            .collect();
        self.render(&inserts)
    }

    /// Appends the message of a decoded event as a JSON string (quoted and escaped): the same text as
    /// [`render_decoded`](Self::render_decoded), written straight into `out`. `scratch` is working space, reused
    /// so that filling a message in allocates nothing unless an insert has a printf format or is an array.
    pub fn write_json(&self, out: &mut Vec<u8>, decoded: &Decoded<'_>, scratch: &mut Vec<u8>) {
        out.push(b'"');
        for part in &self.parts {
            match part {
                Part::Text { json, .. } => out.extend_from_slice(json),
                Part::Insert { index, spec, written_json, .. } => match decoded.value(*index) {
                    Some(v) => {
                        let prop = decoded.schema().properties.get(*index);
                        match spec {
                            Some(spec) => json::string_body(out, &apply(spec, &insert_text(&v, prop))),
                            None => insert_json_body(out, &v, prop, scratch),
                        }
                    }
                    None => out.extend_from_slice(written_json),
                },
            }
        }
        out.push(b'"');
    }
}

/// The text of a value as a message insert, the way Event Viewer shows it: what `etw dump` shows for the
/// property ([`write_json`]) without JSON's quotes and escapes: strings as they are, value-map and bitmap names,
/// numbers in decimal, hex values as `0x...`, addresses, times in RFC 3339; GUIDs in braces and upper case
/// (`{0330D9D7-32E3-4988-AAFF-DE3FE47DDFD2}`, as Windows writes them); an empty value (`win:Null`) as nothing;
/// an array as its elements' texts separated by `, `; a struct as its JSON object.
pub fn insert_text(value: &Value<'_>, prop: Option<&Property>) -> String {
    let mut body = Vec::new();
    insert_json_body(&mut body, value, prop, &mut Vec::new());
    unescape_json_body(&body)
}

/// Appends the text of an insert ([`insert_text`]) escaped as the body of a JSON string.
fn insert_json_body(out: &mut Vec<u8>, value: &Value<'_>, prop: Option<&Property>, scratch: &mut Vec<u8>) {
    match value {
        Value::Null => {}
        Value::Guid(g) => {
            let mut buf = [0u8; 36];
            out.push(b'{');
            out.extend(g.encode_lower(&mut buf).bytes().map(|b| b.to_ascii_uppercase()));
            out.push(b'}');
        }
        Value::Array(a) => {
            let element = a.property();
            let mut inner = Vec::new();
            for (i, v) in a.iter().enumerate() {
                if i > 0 {
                    out.extend_from_slice(b", ");
                }
                insert_json_body(out, &v, element, &mut inner);
            }
        }
        _ => {
            scratch.clear();
            write_json(scratch, value, prop);
            match scratch.as_slice() {
                // A JSON string: its body is already escaped.
                [b'"', body @ .., b'"'] => out.extend_from_slice(body),
                // A number, a boolean, or a struct's object: its text, escaped.
                text => json::string_body(out, &String::from_utf8_lossy(text)),
            }
        }
    }
}

/// The text of a JSON string's body as [`json::string_body`] escapes it.
fn unescape_json_body(body: &[u8]) -> String {
    let mut out = Vec::with_capacity(body.len());
    let mut bytes = body.iter().copied();
    while let Some(b) = bytes.next() {
        if b != b'\\' {
            out.push(b);
            continue;
        }
        match bytes.next() {
            Some(b'n') => out.push(b'\n'),
            Some(b'r') => out.push(b'\r'),
            Some(b't') => out.push(b'\t'),
            Some(b'b') => out.push(8),
            Some(b'f') => out.push(12),
            Some(b'u') => {
                let hex: Vec<u8> = bytes.by_ref().take(4).collect();
                let unit = std::str::from_utf8(&hex).ok().and_then(|h| u32::from_str_radix(h, 16).ok());
                let c = unit.and_then(char::from_u32).unwrap_or(char::REPLACEMENT_CHARACTER);
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

fn digit(c: char) -> usize {
    c.to_digit(10).map_or(0, |d| d as usize)
}

/// `!fmt!` right after an insert number: the format and the text after it.
fn format_spec(s: &str) -> (Option<&str>, &str) {
    let Some(body) = s.strip_prefix('!') else { return (None, s) };
    match body.find('!') {
        Some(end) => (body.get(..end), body.get(end + 1..).unwrap_or_default()),
        None => (None, s),
    }
}

/// Applies a printf format (`08x`, `-10s`, `I64u`, ...) to an insert.
fn apply(spec: &str, value: &str) -> String {
    let mut flags = String::new();
    let mut chars = spec.chars().peekable();
    while let Some(&c) = chars.peek() {
        if matches!(c, '-' | '+' | '0' | ' ' | '#') {
            flags.push(c);
            chars.next();
        } else {
            break;
        }
    }
    let mut width = 0usize;
    let mut precision: Option<usize> = None;
    while let Some(d) = chars.peek().and_then(|c| c.to_digit(10)) {
        width = width.saturating_mul(10).saturating_add(d as usize).min(4096);
        chars.next();
    }
    if chars.peek() == Some(&'.') {
        chars.next();
        let mut p = 0usize;
        while let Some(d) = chars.peek().and_then(|c| c.to_digit(10)) {
            p = p.saturating_mul(10).saturating_add(d as usize).min(4096);
            chars.next();
        }
        precision = Some(p);
    }
    // The conversion is the last character; size prefixes before it are ignored.
    let conv = spec.chars().last().unwrap_or('s');
    let left = flags.contains('-');
    let zero = flags.contains('0') && !left;
    let number = integer(value);
    let body = match (conv, number) {
        ('d' | 'i', Some(n)) => signed(n, &flags),
        ('u', Some(n)) => (n as u64).to_string(),
        ('x', Some(n)) => hex(n, precision, false, flags.contains('#')),
        ('X', Some(n)) => hex(n, precision, true, flags.contains('#')),
        ('o', Some(n)) => format!("{:o}", n as u64),
        ('c' | 'C', Some(n)) => char::from_u32(n as u32).map(String::from).unwrap_or_default(),
        ('s' | 'S', _) => match precision {
            Some(p) => value.chars().take(p).collect(),
            None => value.to_owned(),
        },
        _ => value.to_owned(),
    };
    pad(body, width, left, zero && number.is_some() && !matches!(conv, 's' | 'S' | 'c' | 'C'))
}

fn signed(n: i128, flags: &str) -> String {
    let mut s = String::new();
    if n >= 0 && flags.contains('+') {
        s.push('+');
    } else if n >= 0 && flags.contains(' ') {
        s.push(' ');
    }
    let _ = write!(s, "{}", n as i64);
    s
}

fn hex(n: i128, precision: Option<usize>, upper: bool, alt: bool) -> String {
    let v = n as u64;
    let digits = if upper { format!("{v:X}") } else { format!("{v:x}") };
    let digits = match precision {
        Some(p) if p > digits.len() => format!("{}{digits}", "0".repeat(p - digits.len())),
        _ => digits,
    };
    if alt && v != 0 {
        format!("{}{digits}", if upper { "0X" } else { "0x" })
    } else {
        digits
    }
}

fn pad(body: String, width: usize, left: bool, zero: bool) -> String {
    let len = body.chars().count();
    if len >= width {
        return body;
    }
    let fill = width - len;
    if left {
        format!("{body}{}", " ".repeat(fill))
    } else if zero {
        // Zeros go after a sign or 0x prefix.
        let split = body.find(|c: char| c.is_ascii_hexdigit() && c != '0').unwrap_or(body.len());
        let (sign, digits) = if body.starts_with(['+', '-', ' ']) {
            body.split_at(1)
        } else if body.starts_with("0x") || body.starts_with("0X") {
            body.split_at(2.min(split))
        } else {
            ("", body.as_str())
        };
        format!("{sign}{}{digits}", "0".repeat(fill))
    } else {
        format!("{}{body}", " ".repeat(fill))
    }
}

/// An insert as an integer: decimal (signed or not) or `0x` hex text.
fn integer(value: &str) -> Option<i128> {
    let v = value.trim();
    if let Some(h) = v.strip_prefix("0x").or_else(|| v.strip_prefix("0X")) {
        return u64::from_str_radix(h, 16).ok().map(i128::from);
    }
    v.parse::<i128>().ok().filter(|n| *n >= i128::from(i64::MIN) && *n <= i128::from(u64::MAX))
}

#[cfg(test)]
mod tests {
    use super::render_message;

    fn r(t: &str, v: &[&str]) -> String {
        render_message(t, v)
    }

    #[test]
    fn inserts_in_any_order_and_repeated() {
        assert_eq!(r("%2 then %1 and %2 again", &["a", "b"]), "b then a and b again");
        assert_eq!(r("%1", &["value"]), "value");
        assert_eq!(r("", &["x"]), "");
        assert_eq!(r("no inserts", &[]), "no inserts");
    }

    #[test]
    fn two_digit_inserts() {
        let v: Vec<String> = (1..=12).map(|i| format!("v{i}")).collect();
        assert_eq!(render_message("%10 %11 %12 %1", &v), "v10 v11 v12 v1");
        // Three digits: the third is text.
        assert_eq!(render_message("%123", &v), "v123");
    }

    #[test]
    fn missing_inserts_stay_as_written() {
        assert_eq!(r("%1 %2 %3!d!", &["a"]), "a %2 %3!d!");
        assert_eq!(r("%12", &["a"]), "%12");
    }

    #[test]
    fn escapes() {
        assert_eq!(r("100%% sure%n%tx%r", &[]), "100% sure\n\tx\r");
        assert_eq!(r("a% b%.c%!d", &[]), "a b.c!d");
        assert_eq!(r("shown%0hidden %1", &["x"]), "shown");
        assert_eq!(r("end %", &[]), "end %");
        assert_eq!(r("%q", &[]), "q");
        assert_eq!(r("é%1ü", &["ß"]), "éßü");
    }

    #[test]
    fn printf_formats() {
        assert_eq!(r("%1!x!", &["255"]), "ff");
        assert_eq!(r("%1!X!", &["255"]), "FF");
        assert_eq!(r("%1!08x!", &["255"]), "000000ff");
        assert_eq!(r("%1!#x!", &["255"]), "0xff");
        assert_eq!(r("%1!d!", &["0x10"]), "16");
        assert_eq!(r("%1!5d!|", &["-42"]), "  -42|");
        assert_eq!(r("%1!-5d!|", &["42"]), "42   |");
        assert_eq!(r("%1!05d!", &["-42"]), "-0042");
        assert_eq!(r("%1!+d!", &["42"]), "+42");
        assert_eq!(r("%1!u!", &["-1"]), "18446744073709551615");
        assert_eq!(r("%1!I64u!", &["12345678901"]), "12345678901");
        assert_eq!(r("%1!lu!", &["7"]), "7");
        assert_eq!(r("%1!s!", &["text"]), "text");
        assert_eq!(r("%1!ws!", &["text"]), "text");
        assert_eq!(r("%1!.2s!", &["text"]), "te");
        assert_eq!(r("[%1!6s!]", &["ab"]), "[    ab]");
        assert_eq!(r("%1!c!", &["65"]), "A");
        assert_eq!(r("%1!o!", &["8"]), "10");
        // A numeric format on text inserts the text.
        assert_eq!(r("%1!x!", &["not a number"]), "not a number");
        // An unterminated format is text.
        assert_eq!(r("%1!x", &["5"]), "5!x");
    }
}
