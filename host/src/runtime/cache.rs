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

/// Where compiled code for one engine configuration lives.
pub(crate) struct CompiledCache {
    dir: Option<PathBuf>,
    engine_key: String,
}

impl CompiledCache {
    pub fn new(engine: &Engine, dir: Option<PathBuf>) -> Self {
        let mut hasher = Blake3Hasher(blake3::Hasher::new());
        engine.precompile_compatibility_hash().hash(&mut hasher);
        let engine_key = hasher.0.finalize().to_hex()[..16].to_string();
        CompiledCache { dir, engine_key }
    }

    fn path_for(&self, dir: &Path, plugin_id: &str) -> PathBuf {
        dir.join(format!("wasmtime-{}", crate::gas::WASMTIME_VERSION))
            .join(format!("{plugin_id}-{}.cwasm", self.engine_key))
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
        if path.exists() {
            // SAFETY: files under this directory are written only by `store` below, from
            // `Engine::precompile_component` of an engine with the same compatibility hash (it
            // is part of the file name); they are written to a temporary name and renamed into
            // place, so a mapped file is never modified. wasmtime rejects artifacts of other
            // versions or configurations with an error, which we treat as a miss.
            #[allow(unsafe_code)]
            let loaded = unsafe { Component::deserialize_file(engine, &path) };
            if let Ok(component) = loaded {
                return Ok(component);
            }
        }
        let compiled = engine.precompile_component(bytes)?;
        self.store(&path, &compiled);
        // SAFETY: `compiled` was produced just now by this very engine.
        #[allow(unsafe_code)]
        let component = unsafe { Component::deserialize(engine, &compiled) }?;
        Ok(component)
    }

    fn store(&self, path: &Path, compiled: &[u8]) {
        let Some(parent) = path.parent() else { return };
        if std::fs::create_dir_all(parent).is_err() {
            return;
        }
        let tmp = path.with_extension(format!("tmp{}", std::process::id()));
        if std::fs::write(&tmp, compiled).is_ok() && std::fs::rename(&tmp, path).is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
    }
}
