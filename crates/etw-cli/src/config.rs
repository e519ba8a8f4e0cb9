//! `--config FILE`: providers, keyword masks, filters and output declared in a JSON file, in the spirit of
//! Sealighter. The same file will drive live sessions.
//!
//! ```json
//! {
//!   "manifests": ["manifests/"],
//!   "order": "time",
//!   "output": "events.jsonl",
//!   "providers": [
//!     { "name": "Microsoft-Windows-Kernel-Network", "any": "0x10", "level": 5,
//!       "filters": [ { "where": "id == 10 && size > 1000" } ] },
//!     { "kernel": "process" },
//!     { "guid": "22fb2cd6-0e7b-422b-a0c7-2fad1fd0e716" }
//!   ]
//! }
//! ```
//!
//! An event is selected when one provider owns it, it passes that provider's keywords (`any`, `all`) and level,
//! and it matches one of the provider's filters (or the provider has none). Errors name the line and column.

use std::path::{Path, PathBuf};

use etwkit::filter::{parse_where, EventContext};
use etwkit::trace::{kernel, EventFilter, Provider};
use serde::Deserialize;

/// A number written as a JSON number or as a string (`"0x10"`).
#[derive(Deserialize, Clone, Debug)]
#[serde(untagged)]
enum Mask {
    Num(u64),
    Text(String),
}

impl Mask {
    fn value(&self) -> Result<u64, String> {
        match self {
            Mask::Num(n) => Ok(*n),
            Mask::Text(t) => {
                let t = t.trim();
                match t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
                    Some(hex) => u64::from_str_radix(hex, 16),
                    None => t.parse(),
                }
                .map_err(|_| format!("'{t}' is not a number (write 16 or \"0x10\")"))
            }
        }
    }
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct FilterSpec {
    /// A --where expression.
    #[serde(rename = "where")]
    where_: String,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct ProviderSpec {
    name: Option<String>,
    guid: Option<String>,
    /// One of krabsetw's kernel providers: process, thread, image_load, disk_io, file_io, network_tcpip,
    /// network_udpip, registry, page_fault, perf_info, stack_walk, alpc, system_config.
    kernel: Option<String>,
    any: Option<Mask>,
    all: Option<Mask>,
    level: Option<u8>,
    #[serde(default)]
    filters: Vec<FilterSpec>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    #[serde(default)]
    manifests: Vec<PathBuf>,
    order: Option<crate::input::Order>,
    output: Option<PathBuf>,
    #[serde(default)]
    providers: Vec<ProviderSpec>,
}

/// A loaded configuration.
pub struct Config {
    pub manifests: Vec<PathBuf>,
    pub order: Option<crate::input::Order>,
    pub output: Option<PathBuf>,
    pub providers: Vec<Provider>,
}

impl Config {
    /// A copy of the selection (providers without callbacks) for another thread.
    pub fn selection_copy(&self) -> Config {
        Config {
            manifests: self.manifests.clone(),
            order: self.order,
            output: self.output.clone(),
            providers: self.providers.iter().map(|p| p.selection_copy()).collect(),
        }
    }

    /// Whether any provider selects the event.
    pub fn selects(&mut self, ctx: &mut EventContext<'_, '_>) -> bool {
        self.providers.iter_mut().any(|p| p.selects(ctx))
    }
}

/// Line and column (1-based) of byte offset `at` in `text`.
fn line_col(text: &str, at: usize) -> (usize, usize) {
    let before = text.get(..at).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// Loads and checks a configuration; errors say where (file, line, column) and what was wrong.
pub fn load(path: &Path) -> Result<Config, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let spec: ConfigFile = serde_json::from_str(&text).map_err(|e| {
        // serde_json's messages end with "at line L column C".
        format!("{}: {e}", path.display())
    })?;
    let base = path.parent().unwrap_or(Path::new("."));
    let mut providers = Vec::new();
    for (i, p) in spec.providers.into_iter().enumerate() {
        let at = |what: &str| format!("{}: providers[{i}]: {what}", path.display());
        let mut provider = match (&p.name, &p.guid, &p.kernel) {
            (Some(n), None, None) => Provider::by_name(n),
            (None, Some(g), None) => Provider::new(
                g.parse()
                    .map_err(|_| at(&format!("guid '{g}' is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)")))?,
            ),
            (None, None, Some(k)) => kernel_provider(k).ok_or_else(|| {
                at(&format!(
                    "unknown kernel provider '{k}' (process, thread, image_load, disk_io, file_io, network_tcpip, \
                     network_udpip, registry, page_fault, perf_info, stack_walk, alpc, system_config)"
                ))
            })?,
            _ => return Err(at("give exactly one of \"name\", \"guid\" or \"kernel\"")),
        };
        if let Some(m) = &p.any {
            provider = provider.any(m.value().map_err(|e| at(&format!("any: {e}")))?);
        }
        if let Some(m) = &p.all {
            provider = provider.all(m.value().map_err(|e| at(&format!("all: {e}")))?);
        }
        if let Some(l) = p.level {
            provider = provider.level(l);
        }
        for (j, f) in p.filters.iter().enumerate() {
            let pred = parse_where(&f.where_).map_err(|e| {
                // Point into the file: find the expression's text and add the column inside it.
                let located = text.find(&f.where_).map(|off| {
                    let (line, col) = line_col(&text, off);
                    format!(" (line {line} column {})", col + e.column - 1)
                });
                format!(
                    "{}: providers[{i}].filters[{j}].where{}: {}",
                    path.display(),
                    located.unwrap_or_default(),
                    e.render(&f.where_)
                )
            })?;
            provider.add_filter(EventFilter::new(pred));
        }
        providers.push(provider);
    }
    if providers.is_empty() {
        return Err(format!("{}: no providers: add at least one to \"providers\"", path.display()));
    }
    Ok(Config {
        manifests: spec.manifests.into_iter().map(|m| if m.is_relative() { base.join(m) } else { m }).collect(),
        order: spec.order,
        output: spec.output.map(|o| if o.is_relative() && o != Path::new("-") { base.join(o) } else { o }),
        providers,
    })
}

fn kernel_provider(name: &str) -> Option<Provider> {
    Some(match name {
        "process" => kernel::process(),
        "thread" => kernel::thread(),
        "image_load" | "image" => kernel::image_load(),
        "disk_io" => kernel::disk_io(),
        "file_io" => kernel::file_io(),
        "network_tcpip" | "tcpip" => kernel::network_tcpip(),
        "network_udpip" | "udpip" => kernel::network_udpip(),
        "registry" => kernel::registry(),
        "page_fault" => kernel::page_fault(),
        "perf_info" => kernel::perf_info(),
        "stack_walk" => kernel::stack_walk(),
        "alpc" => kernel::alpc(),
        "system_config" => kernel::system_config(),
        _ => return None,
    })
}
