//! Event message strings, filled in the way Event Viewer (`FormatMessage`) shows them.

use std::fmt::Write as _;

/// Fills an event's message string: `%1`..`%99` become the inserts (the event's top-level properties as text,
/// `inserts[0]` for `%1`), the way `FormatMessage` and Event Viewer do.
///
/// - `%N!fmt!` is an insert with a printf format: `d`, `i`, `u`, `x`, `X`, `o` and `c` apply to inserts that
///   are integers (decimal text, or hex with `0x`), with flags (`-`, `0`, `+`, `#`, space), a width and a
///   precision; `s`, `S` and the rest insert the text, padded to the width. Size prefixes (`h`, `l`, `ll`,
///   `I64`, `w`, ...) are accepted and ignored.
/// - `%%` is `%`; `%n` a line break; `%t` a tab; `%r` a carriage return; `%0` ends the message; `% `, `%.` and
///   `%!` are a space, a period and an exclamation mark; `%` before any other character drops the `%`.
/// - An insert the event does not have (`%5` with four properties) is left as written.
///
/// ```
/// use etw_schema::render_message;
///
/// let text = render_message("Process %1 (%2!x!) exited with %3.%n100%% done", &["cmd.exe", "4660", "0"]);
/// assert_eq!(text, "Process cmd.exe (1234) exited with 0.\n100% done");
/// ```
pub fn render_message<S: AsRef<str>>(template: &str, inserts: &[S]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(i) = rest.find('%') {
        out.push_str(rest.get(..i).unwrap_or_default());
        let after = rest.get(i + 1..).unwrap_or_default();
        let mut chars = after.chars();
        let Some(c) = chars.next() else {
            // A lone % at the end is kept.
            out.push('%');
            return out;
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
                match inserts.get(n - 1) {
                    Some(value) => {
                        rest = after_spec;
                        match spec {
                            Some(spec) => out.push_str(&apply(spec, value.as_ref())),
                            None => out.push_str(value.as_ref()),
                        }
                    }
                    None => {
                        out.push('%');
                        out.push_str(digits);
                    }
                }
            }
            '0' => return out,
            'n' => out.push('\n'),
            't' => out.push('\t'),
            'r' => out.push('\r'),
            other => out.push(other),
        }
    }
    out.push_str(rest);
    out
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
