//! Regenerates etw-schema's built-in tables (`src/sources/builtin/dotnet.rs` and `windows.rs`) from the
//! manifests in the shared data directory:
//!
//! ```sh
//! cargo run -p etw-schema --example builtin_tables            # reads ../shared
//! cargo run -p etw-schema --example builtin_tables -- DIR     # reads DIR instead
//! ```
//!
//! The test `builtin_tables` checks that the committed files are exactly what this writes.

mod gen;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let crate_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let shared = std::env::args_os().nth(1).map_or_else(|| crate_dir.join("../../../shared"), PathBuf::from);
    for spec in gen::specs() {
        let text = match gen::generate(&spec, &shared) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{}: {e}", spec.file);
                return ExitCode::from(2);
            }
        };
        let path = crate_dir.join(spec.file);
        // Written under a temporary name, then renamed: the file appears only when complete.
        let tmp = path.with_extension("rs.tmp");
        if let Err(e) = std::fs::write(&tmp, &text).and_then(|()| std::fs::rename(&tmp, &path)) {
            eprintln!("{}: {e}", path.display());
            return ExitCode::from(2);
        }
        println!("{}: {} bytes", path.display(), text.len());
    }
    ExitCode::SUCCESS
}
