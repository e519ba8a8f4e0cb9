//! Walks ETL files in file order (or `--time` order) and reports throughput: the raw reader's speed, without
//! any decoding or output. `cargo run --release -p etw-etl --example walk -- [--time] [--repeat N] FILE...`

use std::time::Instant;

fn main() {
    let mut time_order = false;
    let mut repeat = 5usize;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--time" => time_order = true,
            "--repeat" => repeat = args.next().and_then(|n| n.parse().ok()).unwrap_or(5),
            _ => files.push(a),
        }
    }
    let bytes: u64 = files.iter().filter_map(|f| std::fs::metadata(f).ok()).map(|m| m.len()).sum();
    let mut best = f64::MAX;
    let mut records = 0u64;
    for _ in 0..repeat {
        let start = Instant::now();
        records = 0;
        let mut payload = 0u64;
        if time_order {
            let readers = files.iter().filter_map(|f| etw_etl::EtlReader::open(f).ok()).collect();
            let mut m = etw_etl::TimeOrderReader::new(readers);
            m.for_each(|ev| payload += ev.payload().len() as u64 + ev.timestamp_raw() as u64, |_| {});
            records += m.counts().records;
        } else {
            for f in &files {
                if let Ok(mut r) = etw_etl::EtlReader::open(f) {
                    records += r
                        .for_each(|ev| payload += ev.payload().len() as u64 + ev.timestamp_raw() as u64, |_| {})
                        .records;
                }
            }
        }
        std::hint::black_box(payload);
        best = best.min(start.elapsed().as_secs_f64());
    }
    println!(
        "{} files, {:.1} MB, {} records: best of {repeat} {:.3} s = {:.0} MB/s, {:.1} M records/s ({} order)",
        files.len(),
        bytes as f64 / 1e6,
        records,
        best,
        bytes as f64 / 1e6 / best,
        records as f64 / 1e6 / best,
        if time_order { "time" } else { "file" }
    );
}
