//! The page: one HTML file with its styles, its script and its data inline, so that it opens offline, from a
//! mail attachment or a CI artifact, with nothing fetched.
//!
//! The data ([`ReportData`]) goes in a `<script type="application/json" id="etw-data">` element, which the browser
//! never runs; the script (`report.js`, a few hundred lines, no library) reads it and draws each chart as SVG. Every
//! string from the trace (provider names, command lines) reaches the page only as JSON and is put in the
//! document with `textContent`, never parsed as HTML, so a hostile trace cannot inject markup or script.

use std::io;

use crate::data::ReportData;

const TEMPLATE: &str = include_str!("report.html");
const STYLE: &str = include_str!("report.css");
const SCRIPT: &str = include_str!("report.js");

/// The JSON of `data`, safe inside a `<script>` element: `<`, `>` and `&` (which JSON only has inside strings)
/// become `\u003c`, `\u003e` and `\u0026`, so no `</script>` or `<!--` can end or change the element.
pub fn data_json(data: &ReportData) -> io::Result<String> {
    let json = serde_json::to_string(data).map_err(io::Error::other)?;
    let mut out = String::with_capacity(json.len() + 64);
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            c => out.push(c),
        }
    }
    Ok(out)
}

/// The report page for `data`.
pub fn render(data: &ReportData) -> io::Result<String> {
    let title = match data.files.as_slice() {
        [one] => one.path.rsplit(['/', '\\']).next().unwrap_or(&one.path).to_owned(),
        files => format!("{} traces", files.len()),
    };
    let data = data_json(data)?;
    let title = escape_html(&title);
    // One pass over the template, so that nothing inserted (a file name, the data) is searched for markers.
    let mut page = String::with_capacity(TEMPLATE.len() + STYLE.len() + SCRIPT.len() + data.len());
    let mut rest = TEMPLATE;
    while let Some(at) = rest.find("{{") {
        let (before, marker) = rest.split_at(at);
        page.push_str(before);
        let (value, len): (&str, usize) = if marker.starts_with("{{TITLE}}") {
            (&title, 9)
        } else if marker.starts_with("{{STYLE}}") {
            (STYLE, 9)
        } else if marker.starts_with("{{SCRIPT}}") {
            (SCRIPT, 10)
        } else if marker.starts_with("{{DATA}}") {
            (&data, 8)
        } else {
            ("{{", 2)
        };
        page.push_str(value);
        rest = marker.get(len..).unwrap_or_default();
    }
    page.push_str(rest);
    Ok(page)
}

/// Text as HTML text content.
fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aggregate::ReportSink;
    use crate::data::DamagePlace;

    /// Strings from a hostile trace cannot end the data element or start markup: the page holds the template's
    /// own `<script>` elements only, and the data reads back unchanged.
    #[test]
    fn hostile_strings_stay_data() {
        let mut data = ReportSink::new().into_report();
        let evil = "</script><script>alert(1)</script><!-- {{DATA}} & \u{2028}";
        data.damage.places.push(DamagePlace { file: evil.into(), what: evil.into() });
        let page = render(&data).unwrap();
        let template_scripts = TEMPLATE.matches("</script>").count() + SCRIPT.matches("</script>").count();
        assert_eq!(page.matches("</script>").count(), template_scripts);
        assert!(!page.contains("<!-- {{DATA}}"));
        let start = page.find("id=\"etw-data\">").unwrap() + "id=\"etw-data\">".len();
        let end = start + page[start..].find("</script>").unwrap();
        let back: serde_json::Value = serde_json::from_str(&page[start..end]).unwrap();
        assert_eq!(back["damage"]["places"][0]["what"], evil);
    }
}
