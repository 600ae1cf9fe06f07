//! On-disk cache of compiled plugins, keyed by blake3(component) and the engine's
//! compatibility hash, so a restart or a second process does not recompile.

use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

use wasmtime::Engine;
use wasmtime::component::Component;

/// Feeds `Hash` impls into blake3, which is stable across Rust releases (`DefaultHasher` is not).
struct Blake3Hasher(blake3::Hasher);

impl Hasher for Blake3Hasher {
    fn write(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }
    fn finish(&self) -> u64 {
        let digest = self.0.finalize();
        let mut first = [0u8; 8];
        first.copy_from_slice(&digest.as_bytes()[..8]);
        u64::from_le_bytes(first)
    }
}

/// Most bytes of compiled code kept in the cache directory; past it the least recently used
/// files are removed.
pub const CACHE_BYTES: u64 = 1 << 30;

/// Length of the MAC in front of each cached file.
const MAC_BYTES: usize = 32;

/// Where compiled code for one engine configuration lives, and the key that proves a file
/// there was written by a holder of the database (so a file planted by someone who can only
/// write the directory is never deserialised: loading compiled code runs it).
pub(crate) struct CompiledCache {
    dir: Option<PathBuf>,
    engine_key: String,
    mac_key: [u8; 32],
    /// Names the MAC key in file names, so databases sharing a directory do not overwrite
    /// each other's files.
    key_id: String,
}

impl CompiledCache {
    /// A cache in `dir` whose files are authenticated with `mac_key`. A directory that others
    /// can write, or that belongs to another user, is not used (plugins compile in memory).
    pub fn new(engine: &Engine, dir: Option<PathBuf>, mac_key: [u8; 32]) -> Self {
        let mut hasher = Blake3Hasher(blake3::Hasher::new());
        engine.precompile_compatibility_hash().hash(&mut hasher);
        let engine_key = hasher.0.finalize().to_hex()[..16].to_string();
        let key_id = blake3::hash(&mac_key).to_hex()[..8].to_string();
        let dir = dir.and_then(|dir| match private_dir(&dir) {
            Ok(()) => Some(dir),
            Err(why) => {
                eprintln!(
                    "warning: not caching compiled plugins in {}: {why}; plugins are compiled \
                     at every start (fix the directory's owner and mode, or set TRACEGUARD_CACHE_DIR)",
                    dir.display()
                );
                None
            }
        });
        CompiledCache {
            dir,
            engine_key,
            mac_key,
            key_id,
        }
    }

    fn path_for(&self, dir: &Path, plugin_id: &str) -> PathBuf {
        dir.join(format!("wasmtime-{}", crate::gas::WASMTIME_VERSION))
            .join(format!(
                "{plugin_id}-{}-{}.cwasm",
                self.engine_key, self.key_id
            ))
    }

    /// Loads the compiled form of `bytes` from the cache, or compiles and stores it.
    /// A cache that cannot be read or written only costs a recompile, never an error.
    pub fn load(
        &self,
        engine: &Engine,
        plugin_id: &str,
        bytes: &[u8],
    ) -> wasmtime::Result<Component> {
        let Some(dir) = &self.dir else {
            return Component::new(engine, bytes);
        };
        let path = self.path_for(dir, plugin_id);
        if let Some(compiled) = self.read(plugin_id, &path) {
            // SAFETY: the file's MAC, keyed with the database's secret, proves it was written
            // by `store` below from `Engine::precompile_component` of an engine with the same
            // compatibility hash (part of the file name). wasmtime rejects artifacts of other
            // versions or configurations with an error, which we treat as a miss.
            #[allow(unsafe_code)]
            let loaded = unsafe { Component::deserialize(engine, &compiled) };
            if let Ok(component) = loaded {
                return Ok(component);
            }
        }
        let compiled = engine.precompile_component(bytes)?;
        self.store(dir, plugin_id, &path, &compiled);
        // SAFETY: `compiled` was produced just now by this very engine.
        #[allow(unsafe_code)]
        let component = unsafe { Component::deserialize(engine, &compiled) }?;
        Ok(component)
    }

    /// The MAC of `compiled` as the code of `plugin_id` for this engine: a valid file of one
    /// plugin cannot stand in for another's.
    fn mac(&self, plugin_id: &str, compiled: &[u8]) -> blake3::Hash {
        let mut hasher = blake3::Hasher::new_keyed(&self.mac_key);
        hasher.update(plugin_id.as_bytes());
        hasher.update(&[0]);
        hasher.update(self.engine_key.as_bytes());
        hasher.update(&[0]);
        hasher.update(compiled);
        hasher.finalize()
    }

    /// The compiled code of `plugin_id` in `path` if its MAC is right (and marks the file
    /// recently used).
    fn read(&self, plugin_id: &str, path: &Path) -> Option<Vec<u8>> {
        let mut file = std::fs::read(path).ok()?;
        if file.len() < MAC_BYTES {
            return None;
        }
        let compiled = file.split_off(MAC_BYTES);
        let mac = blake3::Hash::from_bytes(file.try_into().ok()?);
        // `Hash` compares in constant time.
        if mac != self.mac(plugin_id, &compiled) {
            return None;
        }
        let _ = std::fs::File::options()
            .append(true)
            .open(path)
            .and_then(|f| f.set_modified(std::time::SystemTime::now()));
        Some(compiled)
    }

    fn store(&self, dir: &Path, plugin_id: &str, path: &Path, compiled: &[u8]) {
        let Some(parent) = path.parent() else { return };
        if create_private(parent).is_err() {
            return;
        }
        let mac = self.mac(plugin_id, compiled);
        let mut file = Vec::with_capacity(MAC_BYTES + compiled.len());
        file.extend_from_slice(mac.as_bytes());
        file.extend_from_slice(compiled);
        let tmp = path.with_extension(format!("tmp{}", std::process::id()));
        if write_new(&tmp, &file).is_ok() && std::fs::rename(&tmp, path).is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        evict(dir, CACHE_BYTES);
    }
}

/// Creates `dir` and its missing parents, readable and writable by this user only.
fn create_private(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Writes `bytes` to a file that must not exist yet (never through a planted symlink), mode
/// 0600.
fn write_new(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let _ = std::fs::remove_file(path);
    let mut options = std::fs::File::options();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)?.write_all(bytes)
}

/// Removes the least recently used compiled files under `dir` until at most `budget` bytes
/// remain.
pub(crate) fn evict(dir: &Path, budget: u64) {
    let mut files = Vec::new();
    let Ok(versions) = std::fs::read_dir(dir) else {
        return;
    };
    for version in versions.flatten() {
        let Ok(entries) = std::fs::read_dir(version.path()) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_none_or(|e| e != "cwasm") {
                continue;
            }
            if let Ok(meta) = entry.metadata() {
                let used = meta.modified().unwrap_or(std::time::UNIX_EPOCH);
                files.push((used, meta.len(), path));
            }
        }
    }
    let mut total: u64 = files.iter().map(|(_, len, _)| len).sum();
    files.sort();
    for (_, len, path) in files {
        if total <= budget {
            break;
        }
        if std::fs::remove_file(&path).is_ok() {
            total -= len;
        }
    }
}

/// Creates `dir` (mode 0700) if needed, and refuses one that another user owns or that group
/// or others may write: they could replace compiled code between our check and our read.
fn private_dir(dir: &Path) -> Result<(), String> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if !dir.exists() {
            create_private(dir).map_err(|e| format!("cannot create it: {e}"))?;
        }
        let meta = std::fs::metadata(dir).map_err(|e| format!("cannot read it: {e}"))?;
        // `/proc/self` belongs to the process's effective user; nothing is written to find out
        // (a probe file in a directory not yet checked could be a planted symlink).
        let me = std::fs::metadata("/proc/self")
            .map(|m| m.uid())
            .map_err(|e| format!("cannot tell which user this process runs as: {e}"))?;
        if meta.uid() != me {
            return Err(format!(
                "it belongs to user {}, not to this user ({me})",
                meta.uid()
            ));
        }
        if meta.mode() & 0o022 != 0 {
            return Err(format!(
                "group or others may write it (mode {:o})",
                meta.mode() & 0o777
            ));
        }
    }
    #[cfg(not(unix))]
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create it: {e}"))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, SystemTime};

    use super::evict;

    #[test]
    fn eviction_removes_the_least_recently_used_files_first() {
        let dir = std::env::temp_dir().join(format!("tg-evict-{}", std::process::id()));
        let version = dir.join("wasmtime-x");
        std::fs::create_dir_all(&version).expect("mkdir");
        let base = SystemTime::now() - Duration::from_secs(1000);
        for (i, name) in ["old", "middle", "new"].iter().enumerate() {
            let path = version.join(format!("{name}.cwasm"));
            std::fs::write(&path, [0u8; 100]).expect("write");
            let file = std::fs::File::options()
                .append(true)
                .open(&path)
                .expect("open");
            file.set_modified(base + Duration::from_secs(100 * i as u64))
                .expect("set mtime");
        }
        std::fs::write(version.join("notes.txt"), [0u8; 500]).expect("write");
        evict(&dir, 200);
        let left: Vec<bool> = ["old", "middle", "new"]
            .iter()
            .map(|n| version.join(format!("{n}.cwasm")).exists())
            .collect();
        assert_eq!(left, [false, true, true]);
        assert!(
            version.join("notes.txt").exists(),
            "only compiled files are evicted"
        );
        std::fs::remove_dir_all(&dir).expect("clean up");
    }
}
