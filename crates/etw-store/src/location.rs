//! Where the store lives by default, and opening the store a command reads traces with.

use std::path::{Path, PathBuf};

use crate::store::{Store, StoreError, StoreReader};

/// The environment variable that names the store file, overriding the default location. Set but empty, no
/// store is used by default.
pub const STORE_ENV: &str = "ETWKIT_STORE";

/// The store file's name inside the data directory.
pub const STORE_FILE_NAME: &str = "schemas.etwstore";

/// The default store file: `$ETWKIT_STORE` if set (no default store if it is set but empty), else
/// `etwkit/schemas.etwstore` in the user's data directory:
///
/// - Linux and other Unix: `$XDG_DATA_HOME` (when absolute), else `$HOME/.local/share`;
/// - macOS: `$HOME/Library/Application Support`;
/// - Windows: `%LOCALAPPDATA%`.
///
/// `None` when no such directory can be named (no home directory).
pub fn default_store_path() -> Option<PathBuf> {
    if let Some(v) = std::env::var_os(STORE_ENV) {
        return (!v.is_empty()).then(|| PathBuf::from(v));
    }
    data_dir().map(|d| d.join("etwkit").join(STORE_FILE_NAME))
}

fn data_dir() -> Option<PathBuf> {
    let env_dir = |name: &str| std::env::var_os(name).map(PathBuf::from).filter(|p| p.is_absolute());
    if cfg!(windows) {
        env_dir("LOCALAPPDATA")
    } else if cfg!(target_os = "macos") {
        env_dir("HOME").map(|h| h.join("Library").join("Application Support"))
    } else {
        env_dir("XDG_DATA_HOME").or_else(|| env_dir("HOME").map(|h| h.join(".local").join("share")))
    }
}

/// Which store a reading command uses.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum StoreChoice {
    /// The default store ([`default_store_path`]) if it exists; none otherwise.
    #[default]
    Default,
    /// This file, which must exist.
    File(PathBuf),
    /// No store.
    None,
}

impl StoreChoice {
    /// `File(path)` when a path is given, else `Default`.
    pub fn from_option(path: Option<&Path>) -> StoreChoice {
        path.map_or(StoreChoice::Default, |p| StoreChoice::File(p.to_owned()))
    }

    /// Opens the chosen store. A missing default store is `Ok(None)`; a missing file named with
    /// [`StoreChoice::File`], or any store that cannot be read, is an error.
    pub fn open(&self) -> Result<Option<Store>, StoreError> {
        match self {
            StoreChoice::None => Ok(None),
            StoreChoice::File(p) => Store::open(p).map(Some),
            StoreChoice::Default => match default_store_path() {
                None => Ok(None),
                Some(p) => match Store::open(&p) {
                    Ok(s) => Ok(Some(s)),
                    Err(e) if e.is_not_found() => Ok(None),
                    Err(e) => Err(e),
                },
            },
        }
    }

    /// Opens the chosen store for lookups ([`StoreReader`]); missing and damaged as for [`open`](Self::open).
    pub fn open_reader(&self) -> Result<Option<StoreReader>, StoreError> {
        match self {
            StoreChoice::None => Ok(None),
            StoreChoice::File(p) => StoreReader::open(p).map(Some),
            StoreChoice::Default => match default_store_path() {
                None => Ok(None),
                Some(p) => match StoreReader::open(&p) {
                    Ok(s) => Ok(Some(s)),
                    Err(e) if e.is_not_found() => Ok(None),
                    Err(e) => Err(e),
                },
            },
        }
    }

    /// The file an import writes to: the named file, or the default store.
    pub fn path_for_writing(&self) -> Option<PathBuf> {
        match self {
            StoreChoice::File(p) => Some(p.clone()),
            StoreChoice::Default => default_store_path(),
            StoreChoice::None => None,
        }
    }
}
