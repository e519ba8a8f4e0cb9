//! `etw trace` and `etw providers`: live sessions and the system's providers, on Windows. Elsewhere both exit 2
//! saying they need Windows (after checking their arguments, so a command line can be tried anywhere).
//!
//! `etw trace` prints exactly what `etw dump` prints for a file: the same decoded JSON Lines, the same `--where`
//! and `--config` selection; schemas come from etwkit's sources first, then TDH.

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use clap::Args;
use etwkit::filter::Predicate;
use etwkit::live::metadata::is_metadata_event;
use etwkit::live::{
    BufferSettings, EnableOptions, ExistingSession, KernelFlags, LiveHandle, ProviderDetails, ProviderInfo,
    SchemaRecorder,
};
use etwkit::schema::SchemaRegistry;
use etwkit::trace::{ErrorEvent, KernelTrace, Provider, ProviderId, TraceError, TraceHandle, TraceStats, UserTrace};

use crate::config::Config;
use crate::decode::DecodedDumper;
use crate::input::Problems;

pub const TRACE_ABOUT: &str = "\
Record a live ETW session (Windows, elevated prompt) and print its events as `etw dump` prints them: one JSON \
object per line, decoded, with the same keys.

Providers come from --provider (by name or GUID, with keywords and level), --kernel (kernel event groups), or a \
--config file (the same file `etw dump --config` reads: providers, keyword masks, levels, --where filters, \
manifests, output file). User providers share one real-time session, kernel groups get a private kernel session; \
both are stopped at the end. Event ids named by a provider's filters are also filtered in the kernel.

Schemas: TraceLogging metadata, EventSource manifests in the stream, --manifests, the built-in kernel layouts, \
then TDH (what the system has registered). The session's buffers are 256 KB x 64-128 by default; events the session \
lost are counted on stderr at the end.

With --etl FILE the session also writes its events to FILE, together with the schema of each type of event it \
delivered, as EventMetadata events (as traces merged by xperf, WPR or PerfView carry them), so that the file \
decodes with `etw dump` on machines without these providers.

It runs until Ctrl+C, or for --duration seconds. Exit status: 0; 1 when a --where or --config filter matched \
nothing; 2 on bad arguments, or when the session could not be started (e.g. not elevated, or not Windows).";

pub const TRACE_EXAMPLES: &str = "\
Examples:
  etw trace --provider Microsoft-Windows-Kernel-Network:0x10 --where 'id == 10'     TCP sends (IPv4)
  etw trace --kernel process,image                                                  process starts and image loads
  etw trace --provider Microsoft-Windows-DNS-Client --duration 30 --etl dns.etl      also keep an ETL file, with schemas
  etw trace --config live.json                                                       providers and filters from a file
  etw providers | findstr /i kernel                                                  what the system has
  etw providers Microsoft-Windows-Kernel-Process                                     its keywords, events and fields";

pub const PROVIDERS_EXAMPLES: &str = "\
Examples:
  etw providers                                     every registered provider: GUID, schema kind, name
  etw providers --json | jq -r .name
  etw providers Microsoft-Windows-Kernel-Network    keywords, levels, events and their fields
  etw providers 7dd42a49-5329-4832-8dfd-43d979153a88 --json";

const PROVIDER_HELP: &str = "A provider to enable: NAME_OR_GUID[:KEYWORDS[:LEVEL]], e.g. \
Microsoft-Windows-Kernel-Network:0x10:4. KEYWORDS is MatchAnyKeyword (hex or decimal; empty or absent: all); LEVEL \
is 1-5 or critical, error, warning, info, verbose (default verbose). Repeatable.";

#[derive(Args)]
pub struct TraceArgs {
    #[arg(long = "provider", value_name = "SPEC", help = PROVIDER_HELP)]
    providers: Vec<String>,
    /// Kernel event groups, comma-separated: process, thread, image, network, registry, disk_io, file_io,
    /// cswitch, profile, page_faults, syscall, alpc, ... (see `etw_live::kernel::FLAG_NAMES`), or a hex mask.
    #[arg(long, value_name = "LIST")]
    kernel: Option<String>,
    /// Use the classic "NT Kernel Logger" session for --kernel (stops another tool's use of it).
    #[arg(long, requires = "kernel")]
    kernel_classic: bool,
    #[arg(long = "where", value_name = "EXPR", help = crate::WHERE_HELP)]
    where_: Option<String>,
    /// A JSON file declaring providers (by name, GUID or kernel provider), keyword masks, level, filters
    /// (--where expressions), manifests and an output file, as for `etw dump --config`. Not with --provider or
    /// --kernel.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["providers", "kernel"])]
    config: Option<PathBuf>,
    /// Also write the session's events to this ETL file, with the schemas of the events it saw (EventMetadata
    /// events, as merged traces carry them) so that it decodes on machines without these providers.
    #[arg(long, value_name = "FILE")]
    etl: Option<PathBuf>,
    /// Instrumentation manifests (.man/.xml files, or directories) to decode with before TDH. Repeatable.
    #[arg(long = "manifests", value_name = "PATH")]
    manifests: Vec<PathBuf>,
    /// List each problem met loading the manifests on its own line (default: one line sums them up).
    #[arg(long, short)]
    verbose: bool,
    #[arg(
        long,
        value_name = "NAME",
        help = "Session name (default: etwkit-<pid>-<random>). A running session of \
        that name is replaced."
    )]
    name: Option<String>,
    /// Consume the running session called --name as it is (e.g. EventLog-Security) instead of replacing it.
    #[arg(long, requires = "name")]
    attach: bool,
    /// Stop after this many seconds (default: at Ctrl+C).
    #[arg(long, value_name = "SECONDS")]
    duration: Option<u64>,
    /// Ask the providers for their current state at the start (rundown: running processes, loaded modules, ...).
    #[arg(long)]
    rundown: bool,
    /// Size of each session buffer, in KB.
    #[arg(long, default_value_t = 256, value_name = "KB")]
    buffer_kb: u32,
    /// Buffers allocated at the start.
    #[arg(long, default_value_t = 64, value_name = "N")]
    min_buffers: u32,
    /// The most buffers the session may use.
    #[arg(long, default_value_t = 128, value_name = "N")]
    max_buffers: u32,
    /// No counts on stderr at the end.
    #[arg(long, short)]
    quiet: bool,
}

#[derive(Args)]
pub struct ProvidersArgs {
    /// A provider (name or GUID) to show in detail: keywords, levels, events and their fields.
    #[arg(value_name = "NAME_OR_GUID")]
    provider: Option<String>,
    /// JSON instead of text (one object per provider per line for the list).
    #[arg(long)]
    json: bool,
}

fn needs_windows(what: &str) -> io::Error {
    io::Error::new(
        io::ErrorKind::Unsupported,
        format!(
            "`etw {what}` works with live ETW on Windows and cannot run on this system; read .etl files with \
             `etw dump`, `etw stats` or `etw netmon`"
        ),
    )
}

fn bad_args(message: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidInput, message)
}

/// A number written in hex (`0x10`) or decimal.
fn parse_number(text: &str) -> Result<u64, String> {
    let t = text.trim();
    match t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        Some(hex) => u64::from_str_radix(hex, 16),
        None => t.parse(),
    }
    .map_err(|_| format!("'{t}' is not a number (write 16 or 0x10)"))
}

/// A level: 0-255, or critical, error, warning, info(rmational), verbose.
fn parse_level(text: &str) -> Result<u8, String> {
    let t = text.trim().to_ascii_lowercase();
    Ok(match t.as_str() {
        "critical" => 1,
        "error" => 2,
        "warning" => 3,
        "info" | "information" | "informational" => 4,
        "verbose" => 5,
        _ => {
            t.parse().map_err(|_| format!("'{text}' is not a level (1-5, critical, error, warning, info, verbose)"))?
        }
    })
}

/// `NAME_OR_GUID[:KEYWORDS[:LEVEL]]`.
pub fn parse_provider_spec(spec: &str) -> Result<Provider, String> {
    let mut parts = spec.splitn(3, ':');
    let id = parts.next().unwrap_or_default().trim();
    if id.is_empty() {
        return Err(format!("--provider '{spec}': no provider name or GUID"));
    }
    let mut p = Provider::parse(id);
    if let Some(k) = parts.next().map(str::trim).filter(|k| !k.is_empty()) {
        p = p.any(parse_number(k).map_err(|e| format!("--provider '{spec}': keywords: {e}"))?);
    }
    if let Some(l) = parts.next().map(str::trim).filter(|l| !l.is_empty()) {
        p = p.level(parse_level(l).map_err(|e| format!("--provider '{spec}': level: {e}"))?);
    }
    Ok(p)
}

/// What to enable: user providers (with their kernel-side options) and kernel flags.
#[derive(Debug)]
pub struct Selection {
    pub user: Vec<(Provider, EnableOptions)>,
    pub kernel: KernelFlags,
}

/// The provider as the session enables it: the same id, keywords and level as `p`, without its filters and
/// callbacks (selection happens when printing), and its filters' event ids as a kernel-side filter.
fn enabled_form(p: &Provider) -> (Provider, EnableOptions) {
    let bare = match p.id() {
        ProviderId::Guid(g) => Provider::new(*g),
        ProviderId::Name(n) => Provider::by_name(n),
    };
    let bare = bare.any(p.any_mask()).all(p.all_mask()).level(p.enable_level()).trace_flags(p.enable_flags());
    let mut options = EnableOptions::new();
    if let Some(ids) = p.event_ids() {
        options = options.event_ids(ids);
    }
    (bare, options)
}

/// The kernel flags a provider stands for, if it is one of the kernel providers.
fn kernel_flags_of(p: &Provider) -> Option<KernelFlags> {
    match p.id() {
        ProviderId::Guid(g) => etwkit::live::kernel::flags_for_class(g),
        ProviderId::Name(_) => None,
    }
}

/// Works out the selection from the command line or the configuration.
pub fn selection(a: &TraceArgs, config: Option<&Config>) -> Result<Selection, String> {
    let mut user = Vec::new();
    let mut kernel = KernelFlags::NONE;
    for spec in &a.providers {
        let p = parse_provider_spec(spec)?;
        user.push(enabled_form(&p));
    }
    if let Some(list) = &a.kernel {
        kernel |= etwkit::live::kernel::parse_flags(list).map_err(|e| format!("--kernel: {e}"))?;
    }
    if let Some(c) = config {
        for p in &c.providers {
            match kernel_flags_of(p) {
                Some(f) => kernel |= f,
                None => user.push(enabled_form(p)),
            }
        }
    }
    if a.rundown {
        for (_, o) in &mut user {
            *o = std::mem::take(o).rundown(true);
        }
    }
    if user.is_empty() && kernel.is_empty() {
        return Err("nothing to trace: give --provider, --kernel or --config (see `etw trace --help`)".to_owned());
    }
    Ok(Selection { user, kernel })
}

/// The output, shared by the traces' callbacks and flushed regularly so live events show promptly.
#[derive(Clone)]
struct SharedOut(Arc<Mutex<Box<dyn Write + Send>>>);

impl Write for SharedOut {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut w = self.0.lock().map_err(|_| io::Error::other("output lock poisoned"))?;
        w.write_all(buf)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.lock().map_err(|_| io::Error::other("output lock poisoned"))?.flush()
    }
}

/// What the callbacks of all traces share.
#[derive(Clone)]
struct Shared {
    out: SharedOut,
    filter: Option<Predicate>,
    config: Option<Arc<Mutex<Config>>>,
    manifests: Vec<PathBuf>,
    verbose: bool,
    printed: Arc<AtomicU64>,
    failure: Arc<Mutex<Option<io::Error>>>,
    handles: Arc<Mutex<Vec<TraceHandle>>>,
    /// With --etl: the schemas the user session's file gets, and that session.
    schemas_to_file: Option<(Arc<Mutex<SchemaRecorder>>, LiveHandle)>,
}

impl Shared {
    fn stop_all(&self) {
        if let Ok(h) = self.handles.lock() {
            for h in h.iter() {
                h.stop();
            }
        }
    }

    /// The registry the printer decodes with: etwkit's sources, then TDH.
    fn registry(&self) -> io::Result<SchemaRegistry> {
        let mut r = crate::schemas::registry(&self.manifests, None, self.verbose)?;
        if let Some(tdh) = etwkit::live::tdh_schema_source() {
            r.add(tdh);
        }
        Ok(r)
    }

    /// The default callback: select as `etw dump` does, then print. With `to_file` (the user session's printer,
    /// with --etl), the schema of each new type of event is also queued for the session's file, and the
    /// EventMetadata events this writes, read back in real time, are not printed.
    fn printer(
        &self,
        to_file: bool,
    ) -> io::Result<impl FnMut(&etwkit::EventRef<'_>, &mut etwkit::filter::EventContext<'_, '_>) + Send + 'static> {
        let mut dumper = DecodedDumper::new(self.out.clone(), self.registry()?);
        let me = self.clone();
        let to_file = if to_file { self.schemas_to_file.clone() } else { None };
        Ok(move |ev: &etwkit::EventRef<'_>, _: &mut etwkit::filter::EventContext<'_, '_>| {
            if let Some((recorder, session)) = &to_file {
                if is_metadata_event(ev) {
                    return;
                }
                if let Ok(mut r) = recorder.lock() {
                    if r.is_new(ev) {
                        if let Some(schema) = dumper.schema(ev) {
                            r.record(ev, &schema);
                            session.write_metadata(r.take());
                        }
                    }
                }
            }
            let selected = match &me.config {
                Some(c) => match c.lock() {
                    Ok(mut c) => dumper.selects(ev, me.filter.as_ref(), Some(&mut c)),
                    Err(_) => false,
                },
                None => dumper.selects(ev, me.filter.as_ref(), None),
            };
            if !selected {
                return;
            }
            match dumper.event(ev) {
                Ok(()) => {
                    me.printed.fetch_add(1, Ordering::Relaxed);
                }
                Err(e) => {
                    if let Ok(mut f) = me.failure.lock() {
                        f.get_or_insert(e);
                    }
                    me.stop_all();
                }
            }
        })
    }
}

fn on_error(e: &ErrorEvent<'_>) {
    match e {
        ErrorEvent::Damage(d) => eprintln!("etw: warning: {}", d.reason),
        ErrorEvent::Session { message } => eprintln!("etw: warning: live session: {message}"),
        ErrorEvent::CallbackPanic { message } => eprintln!("etw: error: {message}"),
        // Undecodable events are printed with their error and payload.
        _ => {}
    }
}

pub fn run_trace(a: TraceArgs, problems: &mut Problems) -> io::Result<()> {
    let setup = TraceSetup::from_args(&a)?;
    if !cfg!(windows) {
        return Err(needs_windows("trace"));
    }
    let selecting = setup.filter.is_some() || setup.config.is_some();
    let mut shared = Shared {
        out: SharedOut(Arc::new(Mutex::new(open_output(setup.config.as_ref())?))),
        filter: setup.filter,
        manifests: setup.manifests,
        verbose: a.verbose,
        config: setup.config.map(|c| Arc::new(Mutex::new(c))),
        printed: Arc::default(),
        failure: Arc::default(),
        handles: Arc::default(),
        schemas_to_file: None,
    };
    let mut sessions = sessions(&a, setup.selection, setup.buffers);
    if let Ok(mut h) = shared.handles.lock() {
        *h = sessions.iter().map(Session::handle).collect();
    }
    let live: Vec<LiveHandle> = sessions.iter().map(Session::live_handle).collect();
    // The user session's ETL file gets the schemas (not an attached session's, which writes no file of ours;
    // the kernel session's events decode with the layouts built into every reader).
    if a.etl.is_some() && !a.attach {
        shared.schemas_to_file = sessions.iter().find_map(|s| match s {
            Session::User(t) => Some((Arc::default(), t.live_handle())),
            Session::Kernel(_) => None,
        });
    }
    for s in &mut sessions {
        let to_file = matches!(s, Session::User(_));
        s.print_with(shared.printer(to_file)?);
    }

    let results = run_until_done(sessions, &shared, a.duration.map(Duration::from_secs))?;
    shared.out.clone().flush()?;
    if let Some(e) = shared.failure.lock().ok().and_then(|mut f| f.take()) {
        return Err(e);
    }
    let total = total_stats(results)?;
    let printed = shared.printed.load(Ordering::Relaxed);
    if !a.quiet {
        print_summary(&total, printed, &live);
        if let (Some((recorder, _)), Some(path)) = (&shared.schemas_to_file, &a.etl) {
            if let Ok(r) = recorder.lock() {
                eprintln!("{}", schemas_summary(&r, path, a.verbose));
            }
        }
    }
    problems.nothing_matched = selecting && printed == 0;
    Ok(())
}

/// What `etw trace` works out from its arguments (and its --config file) before anything starts.
struct TraceSetup {
    filter: Option<Predicate>,
    config: Option<Config>,
    selection: Selection,
    buffers: BufferSettings,
    /// --manifests, then the configuration's.
    manifests: Vec<PathBuf>,
}

impl TraceSetup {
    /// Checks every argument, so a bad command line is refused on any system.
    fn from_args(a: &TraceArgs) -> io::Result<TraceSetup> {
        let filter = crate::parse_where(a.where_.as_deref());
        let config = match &a.config {
            Some(path) => Some(crate::config::load(path).map_err(bad_args)?),
            None => None,
        };
        let selection = selection(a, config.as_ref()).map_err(bad_args)?;
        let buffers = BufferSettings {
            buffer_size_kb: a.buffer_kb,
            minimum_buffers: a.min_buffers,
            maximum_buffers: a.max_buffers,
            ..BufferSettings::default()
        };
        buffers.check().map_err(|e| bad_args(e.to_string()))?;
        if let Some(n) = &a.name {
            etwkit::live::check_session_name(n).map_err(|e| bad_args(format!("--name: {e}")))?;
        }
        let mut manifests = a.manifests.clone();
        manifests.extend(config.as_ref().map(|c| c.manifests.clone()).unwrap_or_default());
        Ok(TraceSetup { filter, config, selection, buffers, manifests })
    }
}

/// Where the events go: the configuration's output file, else stdout.
fn open_output(config: Option<&Config>) -> io::Result<Box<dyn Write + Send>> {
    Ok(match config.and_then(|c| c.output.clone()) {
        Some(p) if p != std::path::Path::new("-") => Box::new(BufWriter::with_capacity(
            256 << 10,
            std::fs::File::create(&p).map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", p.display())))?,
        )),
        _ => Box::new(BufWriter::with_capacity(256 << 10, io::stdout())),
    })
}

/// One live session `etw trace` runs.
enum Session {
    User(UserTrace),
    Kernel(KernelTrace),
}

impl Session {
    fn handle(&self) -> TraceHandle {
        match self {
            Session::User(t) => t.handle(),
            Session::Kernel(t) => t.handle(),
        }
    }

    fn live_handle(&self) -> LiveHandle {
        match self {
            Session::User(t) => t.live_handle(),
            Session::Kernel(t) => t.live_handle(),
        }
    }

    /// Prints every event with `printer`; problems go to stderr.
    fn print_with(
        &mut self,
        printer: impl FnMut(&etwkit::EventRef<'_>, &mut etwkit::filter::EventContext<'_, '_>) + Send + 'static,
    ) {
        match self {
            Session::User(t) => {
                t.on_default_event(printer).on_error(on_error);
            }
            Session::Kernel(t) => {
                t.on_default_event(printer).on_error(on_error);
            }
        }
    }

    /// Runs the session until it is stopped (blocks).
    fn start(&mut self) -> Result<TraceStats, TraceError> {
        match self {
            Session::User(t) => t.start(),
            Session::Kernel(t) => t.start(),
        }
    }
}

/// The sessions the selection needs: user providers share one, kernel groups get a kernel session.
fn sessions(a: &TraceArgs, sel: Selection, buffers: BufferSettings) -> Vec<Session> {
    let has_user = !sel.user.is_empty();
    let mut sessions = Vec::new();
    if has_user {
        let mut t = UserTrace::new().buffers(buffers);
        if let Some(n) = &a.name {
            t = t.named(n);
        }
        if a.attach {
            t = t.existing(ExistingSession::Attach);
        }
        if let Some(p) = &a.etl {
            t = t.etl_file(p);
        }
        for (p, o) in sel.user {
            t.enable_with(p, o);
        }
        sessions.push(Session::User(t));
    }
    if !sel.kernel.is_empty() {
        let mut t = KernelTrace::new().buffers(buffers).flags(sel.kernel);
        if a.kernel_classic {
            t = t.classic();
        }
        // One ETL file per session: with both, the kernel's gets a suffix.
        if let Some(p) = &a.etl {
            t = t.etl_file(if has_user { with_suffix(p, "kernel") } else { p.clone() });
        }
        sessions.push(Session::Kernel(t));
    }
    sessions
}

/// What the sessions' threads and the Ctrl+C handler tell the thread that waits for them.
enum Signal {
    /// Ctrl+C, Ctrl+Break or the console closing.
    Interrupted,
    /// Session `index` returned (`Err`: its thread panicked).
    Finished(usize, std::thread::Result<Result<TraceStats, TraceError>>),
}

/// How often the output is flushed while events arrive, so they show promptly.
const FLUSH_EVERY: Duration = Duration::from_millis(250);

/// Runs every session on a thread of its own and waits for all of them, stopping them all at Ctrl+C, when
/// `duration` has passed, or when one fails. The results are in the order of `sessions`.
fn run_until_done(
    sessions: Vec<Session>,
    shared: &Shared,
    duration: Option<Duration>,
) -> io::Result<Vec<Result<TraceStats, TraceError>>> {
    let (tx, rx) = mpsc::channel();
    let interrupt = tx.clone();
    if let Err(e) = etwkit::live::on_ctrl_c(move || {
        let _ = interrupt.send(Signal::Interrupted);
    }) {
        eprintln!("etw: warning: Ctrl+C will not stop the session cleanly: {e}");
    }
    let mut results: Vec<Option<Result<TraceStats, TraceError>>> = sessions.iter().map(|_| None).collect();
    for (index, mut session) in sessions.into_iter().enumerate() {
        let tx = tx.clone();
        std::thread::spawn(move || {
            let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| session.start()));
            let _ = tx.send(Signal::Finished(index, r));
        });
    }
    drop(tx);

    let mut deadline = duration.map(|d| Instant::now() + d);
    let mut next_flush = Instant::now() + FLUSH_EVERY;
    let mut running = results.len();
    while running > 0 {
        let wake = deadline.map_or(next_flush, |d| d.min(next_flush));
        match rx.recv_timeout(wake.saturating_duration_since(Instant::now())) {
            Ok(Signal::Interrupted) => shared.stop_all(),
            Ok(Signal::Finished(index, r)) => {
                let Ok(r) = r else {
                    shared.stop_all();
                    return Err(io::Error::other("a trace thread panicked"));
                };
                if r.is_err() {
                    // One session failed: end the others too.
                    shared.stop_all();
                }
                if let Some(slot) = results.get_mut(index) {
                    *slot = Some(r);
                }
                running -= 1;
            }
            Err(RecvTimeoutError::Timeout) => {
                let now = Instant::now();
                if deadline.is_some_and(|d| now >= d) {
                    deadline = None;
                    shared.stop_all();
                }
                if now >= next_flush {
                    let _ = shared.out.clone().flush();
                    next_flush = now + FLUSH_EVERY;
                }
            }
            // Every session thread is gone (each sends before it ends).
            Err(RecvTimeoutError::Disconnected) => break,
        }
    }
    Ok(results.into_iter().flatten().collect())
}

/// The sessions' counts added up; the first session that failed gives the error.
fn total_stats(results: Vec<Result<TraceStats, TraceError>>) -> io::Result<TraceStats> {
    let mut total = TraceStats::default();
    for r in results {
        let s = r.map_err(|e| io::Error::other(e.to_string()))?;
        total.events_seen += s.events_seen;
        total.events_lost += s.events_lost;
        total.buffers_lost += s.buffers_lost;
    }
    Ok(total)
}

/// The counts on stderr at the end, with a hint when events were lost and the sessions' notes.
fn print_summary(total: &TraceStats, printed: u64, live: &[LiveHandle]) {
    eprintln!(
        "etw: {} events, {printed} printed; the session lost {} events and {} buffers",
        total.events_seen, total.events_lost, total.buffers_lost
    );
    if total.events_lost + total.buffers_lost > 0 {
        eprintln!("etw: warning: events were lost: try larger buffers (--buffer-kb, --max-buffers) or fewer providers");
    }
    for h in live {
        for p in h.problems() {
            eprintln!("etw: note: {p}");
        }
    }
}

/// What `etw trace --etl` says about the schemas it put into the file.
fn schemas_summary(r: &SchemaRecorder, path: &std::path::Path, verbose: bool) -> String {
    let mut s = format!("etw: {} event schemas written into {} as EventMetadata events", r.schemas(), path.display());
    if !r.problems().is_empty() {
        s.push_str(&format!("; {} could not be", r.problems().len()));
        if verbose {
            for p in r.problems() {
                s.push_str(&format!("\netw: warning: {p}"));
            }
        } else {
            s.push_str(" (--verbose lists them)");
        }
    }
    s
}

fn with_suffix(p: &std::path::Path, suffix: &str) -> PathBuf {
    let stem = p.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let ext = p.extension().map(|e| format!(".{}", e.to_string_lossy())).unwrap_or_default();
    p.with_file_name(format!("{stem}.{suffix}{ext}"))
}

fn provider_json(p: &ProviderInfo) -> serde_json::Value {
    serde_json::json!({ "guid": p.guid.to_string(), "name": p.name, "schema": p.schema.as_str() })
}

fn type_name(p: &etwkit::schema::Property) -> String {
    match (p.in_type(), p.out_type()) {
        (Some(i), Some(o)) => {
            let i = i.name().map_or_else(|| i.to_string(), str::to_owned);
            let o = o.name().map_or_else(|| o.to_string(), str::to_owned);
            format!("{i} ({o})")
        }
        _ => "struct".to_owned(),
    }
}

fn details_json(d: &ProviderDetails) -> serde_json::Value {
    let fields = |f: &[etwkit::live::ProviderField]| -> Vec<serde_json::Value> {
        f.iter()
            .map(|f| serde_json::json!({ "name": f.name, "value": format!("{:#x}", f.value), "description": f.description }))
            .collect()
    };
    let events: Vec<serde_json::Value> = d
        .events
        .iter()
        .map(|e| {
            serde_json::json!({
                "id": e.descriptor.id,
                "version": e.descriptor.version,
                "level": e.descriptor.level.0,
                "opcode": e.descriptor.opcode.0,
                "task": e.descriptor.task,
                "keywords": format!("{:#x}", e.descriptor.keywords),
                "name": e.display_name(),
                "fields": e.top_level_properties().iter().map(|p| serde_json::json!({
                    "name": p.name.as_ref(),
                    "type": type_name(p),
                    "array": p.is_array(),
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let mut v = provider_json(&d.info);
    if let Some(o) = v.as_object_mut() {
        o.insert("keywords".into(), fields(&d.keywords).into());
        o.insert("levels".into(), fields(&d.levels).into());
        o.insert("events".into(), events.into());
        o.insert("problems".into(), d.problems.clone().into());
    }
    v
}

/// The text `etw providers NAME` prints.
pub fn details_text(d: &ProviderDetails) -> String {
    use std::fmt::Write as _;
    let mut s = String::new();
    let _ = writeln!(s, "{} {{{}}} ({})", d.info.name, d.info.guid, d.info.schema.as_str());
    for (title, list) in [("Keywords", &d.keywords), ("Levels", &d.levels)] {
        if list.is_empty() {
            continue;
        }
        let _ = writeln!(s, "{title}:");
        for f in list.iter() {
            let _ = write!(s, "  {:#018x}  {}", f.value, f.name);
            if let Some(desc) = &f.description {
                let _ = write!(s, "  {desc}");
            }
            s.push('\n');
        }
    }
    if !d.events.is_empty() {
        let _ = writeln!(s, "Events:");
        for e in &d.events {
            let _ = writeln!(
                s,
                "  {} v{}  {}  (level {}, keywords {:#x})",
                e.descriptor.id,
                e.descriptor.version,
                e.display_name(),
                e.descriptor.level.0,
                e.descriptor.keywords
            );
            for p in e.top_level_properties() {
                let array = if p.is_array() { "[]" } else { "" };
                let _ = writeln!(s, "      {}{array}: {}", p.name, type_name(p));
            }
        }
    }
    for p in &d.problems {
        let _ = writeln!(s, "problem: {p}");
    }
    s
}

pub fn run_providers(a: ProvidersArgs, _problems: &mut Problems) -> io::Result<()> {
    if !cfg!(windows) {
        return Err(needs_windows("providers"));
    }
    let mut out = BufWriter::new(io::stdout().lock());
    match &a.provider {
        None => {
            let list = etwkit::live::providers().map_err(|e| io::Error::other(e.to_string()))?;
            for p in &list {
                if a.json {
                    writeln!(out, "{}", provider_json(p))?;
                } else {
                    writeln!(out, "{}  {:<12}  {}", p.guid, p.schema.as_str(), p.name)?;
                }
            }
        }
        Some(name) => {
            let d = etwkit::live::provider_details(name).map_err(|e| io::Error::other(e.to_string()))?;
            if a.json {
                writeln!(out, "{}", details_json(&d))?;
            } else {
                write!(out, "{}", details_text(&d))?;
            }
        }
    }
    out.flush()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;
    use clap::Parser;
    use etwkit::Guid;

    #[derive(Parser)]
    struct Cli {
        #[command(flatten)]
        trace: TraceArgs,
    }

    fn args(list: &[&str]) -> TraceArgs {
        Cli::try_parse_from(std::iter::once("trace").chain(list.iter().copied())).unwrap().trace
    }

    #[test]
    fn provider_specs() {
        let p = parse_provider_spec("Microsoft-Windows-Kernel-Network:0x10").unwrap();
        assert_eq!(p.id(), &ProviderId::Name("Microsoft-Windows-Kernel-Network".into()));
        assert_eq!((p.any_mask(), p.enable_level()), (0x10, 5));
        let p = parse_provider_spec("{7dd42a49-5329-4832-8dfd-43d979153a88}::warning").unwrap();
        assert_eq!(p.id(), &ProviderId::Guid("7dd42a49-5329-4832-8dfd-43d979153a88".parse().unwrap()));
        assert_eq!((p.any_mask(), p.enable_level()), (u64::MAX, 3));
        let p = parse_provider_spec("X:16:4").unwrap();
        assert_eq!((p.any_mask(), p.enable_level()), (16, 4));
        assert!(parse_provider_spec("").is_err());
        assert!(parse_provider_spec(":0x10").is_err());
        assert!(parse_provider_spec("X:zz").unwrap_err().contains("keywords"));
        assert!(parse_provider_spec("X:1:loud").unwrap_err().contains("level"));
        assert_eq!(parse_level("Info"), Ok(4));
        assert_eq!(parse_level("2"), Ok(2));
    }

    #[test]
    fn selection_from_flags() {
        let a =
            args(&["--provider", "Microsoft-Windows-Kernel-Network:0x10", "--kernel", "process,image", "--rundown"]);
        let s = selection(&a, None).unwrap();
        assert_eq!(s.user.len(), 1);
        assert_eq!(s.user[0].0.any_mask(), 0x10);
        assert_eq!(s.user[0].1, EnableOptions::new().rundown(true));
        assert_eq!(s.kernel, KernelFlags::PROCESS | KernelFlags::IMAGE_LOAD);
        assert!(selection(&args(&[]), None).unwrap_err().contains("nothing to trace"));
        assert!(selection(&args(&["--kernel", "bogus"]), None).unwrap_err().contains("--kernel"));
    }

    #[test]
    fn selection_from_a_config() {
        let dir = std::env::temp_dir().join(format!("etw-live-cli-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("live.json");
        std::fs::write(
            &path,
            r#"{ "providers": [
                { "name": "Microsoft-Windows-Kernel-Network", "any": "0x10", "level": 4,
                  "filters": [ { "where": "id == 10" }, { "where": "id == 11 && size > 100" } ] },
                { "kernel": "process" },
                { "kernel": "image_load" }
            ] }"#,
        )
        .unwrap();
        let config = crate::config::load(&path).unwrap();
        let a = args(&["--config", path.to_str().unwrap()]);
        let s = selection(&a, Some(&config)).unwrap();
        assert_eq!(s.kernel, KernelFlags::PROCESS | KernelFlags::IMAGE_LOAD);
        assert_eq!(s.user.len(), 1);
        let (p, o) = &s.user[0];
        assert_eq!((p.any_mask(), p.enable_level()), (0x10, 4));
        // The filters' ids become one kernel-side filter; the filters themselves select when printing.
        assert_eq!(o, &EnableOptions::new().event_ids([10, 11]));
        let _ = std::fs::remove_dir_all(&dir);
        // --config excludes --provider and --kernel.
        assert!(Cli::try_parse_from(["trace", "--config", "x.json", "--kernel", "process"]).is_err());
        assert!(Cli::try_parse_from(["trace", "--attach"]).is_err(), "--attach needs --name");
    }

    #[test]
    fn the_schemas_written_into_the_etl_file_are_summed_up() {
        let mut r = SchemaRecorder::new();
        let path = std::path::Path::new("t.etl");
        assert_eq!(schemas_summary(&r, path, false), "etw: 0 event schemas written into t.etl as EventMetadata events");
        let header = etwkit::EventHeader {
            kind: etwkit::HeaderKind::EVENT_HEADER64,
            provider_id: Guid::from_provider_name("x"),
            pointer_size: 8,
            ..Default::default()
        };
        let ev = etwkit::EventRef::new(header, etwkit::ExtendedItems::NONE, &[], &etwkit::Clock::SYSTEM_TIME);
        let mut good = etwkit::schema::EventSchema::new(
            header.provider_id,
            etwkit::EventDescriptor::default(),
            etwkit::schema::DecodingSource::Tdh,
        );
        good.push(etwkit::schema::Property::simple("A", etwkit::schema::InType::UINT8, etwkit::schema::OutType::NULL));
        let mut bad = good.clone();
        bad.top_level = 7;
        assert!(r.is_new(&ev));
        r.record(&ev, &good);
        r.record(&ev, &bad);
        let short = schemas_summary(&r, path, false);
        assert!(short.starts_with("etw: 1 event schemas written into t.etl"), "{short}");
        assert!(short.ends_with("; 1 could not be (--verbose lists them)"), "{short}");
        let long = schemas_summary(&r, path, true);
        assert!(long.contains("\netw: warning: ") && long.contains("inconsistent schema"), "{long}");
    }

    #[test]
    fn etl_names_and_texts() {
        assert_eq!(with_suffix(std::path::Path::new("out/t.etl"), "kernel"), PathBuf::from("out/t.kernel.etl"));
        assert_eq!(with_suffix(std::path::Path::new("t"), "kernel"), PathBuf::from("t.kernel"));
        let mut schema = etwkit::schema::EventSchema::new(
            Guid::from_provider_name("x"),
            etwkit::EventDescriptor { id: 10, level: etwkit::Level(4), keywords: 0x10, ..Default::default() },
            etwkit::schema::DecodingSource::Tdh,
        );
        schema.event_name = Some("TcpSend".into());
        schema.push(etwkit::schema::Property::simple(
            "PID",
            etwkit::schema::InType::UINT32,
            etwkit::schema::OutType::NULL,
        ));
        let d = ProviderDetails {
            info: ProviderInfo {
                guid: Guid::from_provider_name("x"),
                name: "X-Provider".into(),
                schema: etwkit::live::SchemaKind::Manifest,
            },
            keywords: vec![etwkit::live::ProviderField {
                name: "IPV4".into(),
                description: Some("v4".into()),
                value: 0x10,
            }],
            levels: Vec::new(),
            events: vec![Arc::new(schema)],
            problems: vec!["event 12 v0: bad".into()],
        };
        let text = details_text(&d);
        assert!(text.starts_with("X-Provider {"), "{text}");
        assert!(text.contains("  0x0000000000000010  IPV4  v4\n"), "{text}");
        assert!(text.contains("  10 v0  TcpSend  (level 4, keywords 0x10)\n"), "{text}");
        assert!(text.contains("      PID: win:UInt32 (xs:null)\n"), "{text}");
        assert!(text.contains("problem: event 12 v0: bad"), "{text}");
        let j = details_json(&d);
        assert_eq!(j["name"], "X-Provider");
        assert_eq!(j["events"][0]["fields"][0]["name"], "PID");
        assert_eq!(j["keywords"][0]["value"], "0x10");
    }
}
