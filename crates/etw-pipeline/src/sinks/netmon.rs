//! Network activity (`etw netmon`): per-process network activity from Microsoft-Windows-Kernel-Network events and from the NT Kernel
//! Logger's TcpIp/UdpIp events.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};

use etw_core::{Guid, KernelGroup};
use etw_filter::{EventContext, Predicate};
use serde::Serialize;

const KERNEL_NETWORK: Guid = Guid::parse_const("7dd42a49-5329-4832-8dfd-43d979153a88");

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Send,
    Recv,
    Connect,
    Accept,
    Disconnect,
    Retransmit,
    Reconnect,
    Fail,
    Copy,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Proto {
    Tcp,
    Udp,
}

/// What a network event is: Kernel-Network by event id, kernel TcpIp/UdpIp by hook type (IPv6 types are the
/// IPv4 ones plus 16).
fn classify(ev: &etw_core::EventRef<'_>) -> Option<(Proto, Kind, bool)> {
    let tcp = |t: u16| -> Option<Kind> {
        Some(match t {
            10 => Kind::Send,
            11 => Kind::Recv,
            12 => Kind::Connect,
            13 => Kind::Disconnect,
            14 => Kind::Retransmit,
            15 => Kind::Accept,
            16 => Kind::Reconnect,
            17 => Kind::Fail,
            18 => Kind::Copy,
            _ => return None,
        })
    };
    if let Some(hook) = ev.hook() {
        let t = u16::from(hook.kind());
        let (base, v6) = if (26..=34).contains(&t) { (t - 16, true) } else { (t, false) };
        return match hook.group() {
            KernelGroup::TCPIP => Some((Proto::Tcp, tcp(base)?, v6)),
            KernelGroup::UDPIP => match base {
                10 => Some((Proto::Udp, Kind::Send, v6)),
                11 => Some((Proto::Udp, Kind::Recv, v6)),
                17 => Some((Proto::Udp, Kind::Fail, v6)),
                _ => None,
            },
            _ => None,
        };
    }
    if ev.provider_id() != KERNEL_NETWORK || !ev.header_kind().is_event_header() {
        return None;
    }
    let id = ev.id();
    match id {
        10..=18 => Some((Proto::Tcp, tcp(id)?, false)),
        26..=34 => Some((Proto::Tcp, tcp(id - 16)?, true)),
        42 => Some((Proto::Udp, Kind::Send, false)),
        43 => Some((Proto::Udp, Kind::Recv, false)),
        49 => Some((Proto::Udp, Kind::Fail, false)),
        58 => Some((Proto::Udp, Kind::Send, true)),
        59 => Some((Proto::Udp, Kind::Recv, true)),
        _ => None,
    }
}

/// One network event as [`Netmon::event`] counted it: the process and the bytes it moved (both 0 for connects,
/// disconnects and the like).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Transfer {
    /// Process id.
    pub pid: u32,
    /// Bytes sent.
    pub sent_bytes: u64,
    /// Bytes received.
    pub received_bytes: u64,
}

/// Bytes and packets one way and the other.
#[derive(Default, Serialize, Clone, Copy)]
pub struct Traffic {
    /// Bytes sent.
    pub sent_bytes: u64,
    /// Send events.
    pub sent_packets: u64,
    /// Bytes received.
    pub received_bytes: u64,
    /// Receive events.
    pub received_packets: u64,
}

/// A remote endpoint of a process.
#[derive(Default, Serialize, Clone)]
pub struct Endpoint {
    /// Remote address and port.
    pub endpoint: String,
    /// Bytes sent to it.
    pub sent_bytes: u64,
    /// Bytes received from it.
    pub received_bytes: u64,
    /// Send and receive events.
    pub packets: u64,
}

#[derive(Default)]
struct Proc {
    tcp: Traffic,
    udp: Traffic,
    ipv4_bytes: u64,
    ipv6_bytes: u64,
    connects: u64,
    accepts: u64,
    disconnects: u64,
    retransmits: u64,
    reconnects: u64,
    failures: u64,
    remotes: HashMap<SocketAddr, (u64, u64, u64)>,
}

/// The aggregation, fed event by event.
#[derive(Default)]
pub struct Netmon {
    procs: HashMap<u32, Proc>,
    names: HashMap<u32, String>,
    /// Network events counted.
    pub network_events: u64,
    /// Network events that could not be decoded.
    pub undecoded: u64,
    /// Network events by source (Kernel-Network, kernel TcpIp/UdpIp).
    pub sources: std::collections::BTreeMap<&'static str, u64>,
}

fn int(ctx: &mut EventContext<'_, '_>, names: &[&str]) -> Option<u64> {
    let parser = ctx.parser().ok()?;
    names.iter().find_map(|n| parser.parse::<u64>(n).ok())
}

impl Netmon {
    /// Counts one event if it is network activity (or names a process). Returns what it counted as traffic of
    /// a process, for aggregations that place it in time (the report's bytes over time).
    pub fn event(&mut self, ctx: &mut EventContext<'_, '_>, filter: Option<&Predicate>) -> Option<Transfer> {
        let ev = ctx.event();
        self.learn_process_name(ctx);
        let (proto, kind, v6) = classify(ev)?;
        if filter.is_some_and(|p| !p.matches(ctx)) {
            return None;
        }
        let parser = match ctx.parser() {
            Ok(p) => p,
            Err(_) => {
                self.undecoded += 1;
                return None;
            }
        };
        let Ok(pid) = parser.parse::<u32>("PID") else {
            // Failure events carry no process, only a protocol and a code.
            if kind == Kind::Fail {
                self.network_events += 1;
            } else {
                self.undecoded += 1;
            }
            return None;
        };
        let size = parser.parse::<u64>("size").unwrap_or(0);
        let remote = match (parser.parse::<IpAddr>("daddr"), parser.parse::<u64>("dport")) {
            (Ok(ip), Ok(port)) => {
                // Ports are stored in network byte order.
                let port = u16::try_from(port).unwrap_or(0).swap_bytes();
                Some(SocketAddr::new(ip, port))
            }
            _ => None,
        };
        let source = if ev.hook().is_some() { "kernel TcpIp/UdpIp" } else { "Microsoft-Windows-Kernel-Network" };
        *self.sources.entry(source).or_default() += 1;
        self.network_events += 1;
        let p = self.procs.entry(pid).or_default();
        let traffic = match proto {
            Proto::Tcp => &mut p.tcp,
            Proto::Udp => &mut p.udp,
        };
        let (sent, received) = match kind {
            Kind::Send => {
                traffic.sent_bytes = traffic.sent_bytes.saturating_add(size);
                traffic.sent_packets += 1;
                (size, 0)
            }
            Kind::Recv | Kind::Copy => {
                traffic.received_bytes = traffic.received_bytes.saturating_add(size);
                traffic.received_packets += 1;
                (0, size)
            }
            Kind::Connect => {
                p.connects += 1;
                (0, 0)
            }
            Kind::Accept => {
                p.accepts += 1;
                (0, 0)
            }
            Kind::Disconnect => {
                p.disconnects += 1;
                (0, 0)
            }
            Kind::Retransmit => {
                p.retransmits += 1;
                (0, 0)
            }
            Kind::Reconnect => {
                p.reconnects += 1;
                (0, 0)
            }
            Kind::Fail => {
                p.failures += 1;
                (0, 0)
            }
        };
        if sent > 0 || received > 0 {
            if v6 {
                p.ipv6_bytes = p.ipv6_bytes.saturating_add(sent.saturating_add(received));
            } else {
                p.ipv4_bytes = p.ipv4_bytes.saturating_add(sent.saturating_add(received));
            }
        }
        if let Some(r) = remote {
            let e = p.remotes.entry(r).or_default();
            e.0 = e.0.saturating_add(sent);
            e.1 = e.1.saturating_add(received);
            e.2 += u64::from(matches!(kind, Kind::Send | Kind::Recv | Kind::Copy));
        }
        Some(Transfer { pid, sent_bytes: sent, received_bytes: received })
    }

    /// Process names from process start and rundown events (kernel Process class, Microsoft-Windows-Kernel-Process).
    fn learn_process_name(&mut self, ctx: &mut EventContext<'_, '_>) {
        let ev = ctx.event();
        let is_process = match ev.hook() {
            Some(h) => h.group() == KernelGroup::PROCESS && matches!(h.kind(), 1 | 3 | 4 | 39),
            None => {
                ev.provider_id() == Guid::parse_const("22fb2cd6-0e7b-422b-a0c7-2fad1fd0e716")
                    && matches!(ev.id(), 1 | 15)
            }
        };
        if !is_process {
            return;
        }
        let Some(pid) = int(ctx, &["ProcessId", "ProcessID"]) else { return };
        let Ok(parser) = ctx.parser() else { return };
        let name = parser.parse::<String>("ImageFileName").or_else(|_| parser.parse::<String>("ImageName"));
        if let (Ok(name), Ok(pid)) = (name, u32::try_from(pid)) {
            let short = name.rsplit(['\\', '/']).next().unwrap_or(&name).to_owned();
            if !short.is_empty() {
                self.names.insert(pid, short);
            }
        }
    }

    /// The report: processes busiest first, each with its `top` busiest remote endpoints.
    pub fn report(&self, top: usize) -> Report {
        let mut processes: Vec<ProcessReport> = self
            .procs
            .iter()
            .map(|(pid, p)| {
                let mut remotes: Vec<Endpoint> = p
                    .remotes
                    .iter()
                    .map(|(a, (s, r, n))| Endpoint {
                        endpoint: a.to_string(),
                        sent_bytes: *s,
                        received_bytes: *r,
                        packets: *n,
                    })
                    .collect();
                remotes.sort_by(|a, b| {
                    (b.sent_bytes.saturating_add(b.received_bytes), b.packets)
                        .cmp(&(a.sent_bytes.saturating_add(a.received_bytes), a.packets))
                        .then_with(|| a.endpoint.cmp(&b.endpoint))
                });
                remotes.truncate(top);
                ProcessReport {
                    pid: *pid,
                    name: self.names.get(pid).cloned(),
                    tcp: p.tcp,
                    udp: p.udp,
                    ipv4_bytes: p.ipv4_bytes,
                    ipv6_bytes: p.ipv6_bytes,
                    connects: p.connects,
                    accepts: p.accepts,
                    disconnects: p.disconnects,
                    retransmits: p.retransmits,
                    reconnects: p.reconnects,
                    failures: p.failures,
                    top_remote: remotes,
                }
            })
            .collect();
        processes.sort_by(|a, b| b.total_bytes().cmp(&a.total_bytes()).then(a.pid.cmp(&b.pid)));
        let mut totals = Traffic::default();
        for p in &processes {
            for t in [&p.tcp, &p.udp] {
                totals.sent_bytes = totals.sent_bytes.saturating_add(t.sent_bytes);
                totals.sent_packets = totals.sent_packets.saturating_add(t.sent_packets);
                totals.received_bytes = totals.received_bytes.saturating_add(t.received_bytes);
                totals.received_packets = totals.received_packets.saturating_add(t.received_packets);
            }
        }
        Report {
            network_events: self.network_events,
            undecoded_events: self.undecoded,
            sources: self.sources.iter().map(|(k, v)| ((*k).to_owned(), *v)).collect(),
            totals,
            processes,
        }
    }
}

/// One process's network activity.
#[derive(Serialize)]
pub struct ProcessReport {
    /// Process id.
    pub pid: u32,
    /// Image name, from process events where the trace has them.
    pub name: Option<String>,
    /// TCP traffic.
    pub tcp: Traffic,
    /// UDP traffic.
    pub udp: Traffic,
    /// Bytes over IPv4.
    pub ipv4_bytes: u64,
    /// Bytes over IPv6.
    pub ipv6_bytes: u64,
    /// TCP connects.
    pub connects: u64,
    /// TCP accepts.
    pub accepts: u64,
    /// TCP disconnects.
    pub disconnects: u64,
    /// TCP retransmits.
    pub retransmits: u64,
    /// TCP reconnects.
    pub reconnects: u64,
    /// Failures.
    pub failures: u64,
    /// The busiest remote endpoints.
    pub top_remote: Vec<Endpoint>,
}

impl ProcessReport {
    fn total_bytes(&self) -> u64 {
        self.tcp
            .sent_bytes
            .saturating_add(self.tcp.received_bytes)
            .saturating_add(self.udp.sent_bytes)
            .saturating_add(self.udp.received_bytes)
    }
}

/// The network report (`etw netmon --json`).
#[derive(Serialize)]
pub struct Report {
    /// Network events counted.
    pub network_events: u64,
    /// Network events that could not be decoded.
    pub undecoded_events: u64,
    /// Network events by source.
    pub sources: std::collections::BTreeMap<String, u64>,
    /// Traffic of all processes.
    pub totals: Traffic,
    /// Processes, busiest first.
    pub processes: Vec<ProcessReport>,
}

impl Traffic {
    fn merge(&mut self, o: &Traffic) {
        self.sent_bytes = self.sent_bytes.saturating_add(o.sent_bytes);
        self.sent_packets = self.sent_packets.saturating_add(o.sent_packets);
        self.received_bytes = self.received_bytes.saturating_add(o.received_bytes);
        self.received_packets = self.received_packets.saturating_add(o.received_packets);
    }
}

impl Netmon {
    /// Adds `later`, the activity of the events that came after this one's, as if one aggregation had seen them
    /// all in order (a process name seen later replaces an earlier one, as it would have).
    pub fn merge(&mut self, later: Netmon) {
        for (pid, p) in later.procs {
            let mine = self.procs.entry(pid).or_default();
            mine.tcp.merge(&p.tcp);
            mine.udp.merge(&p.udp);
            for (a, b) in [
                (&mut mine.ipv4_bytes, p.ipv4_bytes),
                (&mut mine.ipv6_bytes, p.ipv6_bytes),
                (&mut mine.connects, p.connects),
                (&mut mine.accepts, p.accepts),
                (&mut mine.disconnects, p.disconnects),
                (&mut mine.retransmits, p.retransmits),
                (&mut mine.reconnects, p.reconnects),
                (&mut mine.failures, p.failures),
            ] {
                *a = a.saturating_add(b);
            }
            for (addr, (s, r, n)) in p.remotes {
                let e = mine.remotes.entry(addr).or_default();
                e.0 = e.0.saturating_add(s);
                e.1 = e.1.saturating_add(r);
                e.2 = e.2.saturating_add(n);
            }
        }
        self.names.extend(later.names);
        self.network_events = self.network_events.saturating_add(later.network_events);
        self.undecoded = self.undecoded.saturating_add(later.undecoded);
        for (k, v) in later.sources {
            let e = self.sources.entry(k).or_default();
            *e = e.saturating_add(v);
        }
    }
}

/// Aggregates network activity over a pipeline's events; `--where` applies to network events only (process
/// names are learned from every event).
#[derive(Default)]
pub struct NetmonSink {
    filter: Option<Predicate>,
    total: Netmon,
}

impl NetmonSink {
    /// A sink counting the network events `filter` matches (all without one).
    pub fn new(filter: Option<Predicate>) -> NetmonSink {
        NetmonSink { filter, total: Netmon::default() }
    }

    /// The aggregation.
    pub fn into_netmon(self) -> Netmon {
        self.total
    }
}

/// Aggregates a chunk of events into a partial [`Netmon`].
pub struct NetmonEncoder {
    filter: Option<Predicate>,
    part: Netmon,
}

impl crate::sink::Encoder for NetmonEncoder {
    type Batch = Netmon;

    fn event(&mut self, _event: &etw_core::EventRef<'_>, cx: &mut EventContext<'_, '_>) {
        self.part.event(cx, self.filter.as_ref());
    }

    fn take(&mut self) -> Netmon {
        std::mem::take(&mut self.part)
    }
}

impl crate::sink::Sink for NetmonSink {
    type Encoder = NetmonEncoder;

    fn encoder(&self) -> NetmonEncoder {
        NetmonEncoder { filter: self.filter.clone(), part: Netmon::default() }
    }

    fn write(&mut self, batch: Netmon) -> std::io::Result<crate::sink::Flow> {
        self.total.merge(batch);
        Ok(crate::sink::Flow::Continue)
    }
}
