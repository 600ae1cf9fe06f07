//! Builds the first-party plugins in `../plugins` for wasm32-wasip2 and generates the table of
//! built-in plugins embedded in the binary, so a copied `traceguard` works off-grid.
//!
//! The nested cargo gets its own target and build dir under OUT_DIR (sharing the outer one
//! deadlocks on cargo's lock), runs `--offline` (the outer build may hold the package-cache
//! lock; `.ci/run` fetches first), and reports the guests' dep-info as rerun-if-changed.

use std::env;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

const TARGET: &str = "wasm32-wasip2";

/// Code generation flags of the plugins' wasm build. With LLVM's default inline threshold many
/// small functions stay calls, and in the sandbox every call also stores and reloads the fuel
/// counter (Cranelift does not inline them back). A higher threshold made the CycloneDX parse
/// ~20 % faster and its fuel overhead 1.27x -> 1.20x (BENCHMARKS.md, History).
const GUEST_RUSTFLAGS: &str = "-C llvm-args=-inline-threshold=1000";

fn main() {
    let manifest_dir =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let root = manifest_dir
        .parent()
        .expect("host/ sits in the workspace root")
        .to_path_buf();
    let plugins = root.join("plugins");
    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let guest_target = out_dir.join("guest-target");

    for watched in ["plugins/Cargo.toml", "plugins/Cargo.lock", "sdk", "wit"] {
        println!("cargo:rerun-if-changed={}", root.join(watched).display());
    }

    check_target_installed();
    let cargo = env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(&cargo)
        .args([
            "build",
            "--release",
            "--offline",
            "--workspace",
            "--target",
            TARGET,
            "--manifest-path",
        ])
        .arg(plugins.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", &guest_target)
        .env("CARGO_BUILD_BUILD_DIR", &guest_target)
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env("RUSTFLAGS", GUEST_RUSTFLAGS)
        .status()
        .expect("failed to run cargo for the guest plugins");
    if !status.success() {
        panic!(
            "building the plugins in {} for {TARGET} failed (see above).\n\
             If dependencies are missing, fetch them first: cargo fetch --manifest-path plugins/Cargo.toml",
            plugins.display()
        );
    }

    let release = guest_target.join(TARGET).join("release");
    let mut table = String::from("&[\n");
    for name in workspace_members(&plugins) {
        let artifact = release.join(format!("{}.wasm", name.replace('-', "_")));
        assert!(
            artifact.exists(),
            "expected guest artifact {} after the build",
            artifact.display()
        );
        emit_dep_info(&release.join(format!("{}.d", name.replace('-', "_"))));
        writeln!(
            table,
            "    Builtin {{ name: {name:?}, bytes: include_bytes!({:?}) }},",
            artifact.display().to_string()
        )
        .expect("writing to a String cannot fail");
    }
    table.push_str("]\n");
    std::fs::write(out_dir.join("builtins.rs"), table)
        .expect("cannot write builtins.rs into OUT_DIR");
    embed_sdk(&root.join("sdk"), &out_dir);
}

/// Generates the table of the SDK's source files (with its WIT), which `plugin new` writes
/// into a new plugin so that an author with only the binary has everything the plugin needs
/// from TraceGuard.
fn embed_sdk(sdk: &Path, out_dir: &Path) {
    let mut files = Vec::new();
    collect_sdk_files(sdk, sdk, &mut files);
    files.sort();
    let mut table = String::from("&[\n");
    for (relative, path) in files {
        writeln!(table, "    ({relative:?}, include_bytes!({path:?})),")
            .expect("writing to a String cannot fail");
    }
    table.push_str("]\n");
    std::fs::write(out_dir.join("sdk_files.rs"), table)
        .expect("cannot write sdk_files.rs into OUT_DIR");
}

/// The files of the SDK crate (and the crates inside it) that a build of a plugin needs:
/// manifests, the lock file, build scripts, sources and WIT; no tests, targets or hidden files.
fn collect_sdk_files(base: &Path, dir: &Path, files: &mut Vec<(String, String)>) {
    let entries = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read the SDK in {}: {e}", dir.display()));
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().to_string();
        if name.starts_with('.') || ["target", "tests", "benches"].contains(&name.as_str()) {
            continue;
        }
        if path.is_dir() {
            collect_sdk_files(base, &path, files);
            continue;
        }
        let wanted = name == "Cargo.toml"
            || name == "Cargo.lock"
            || name.ends_with(".rs")
            || name.ends_with(".wit");
        if wanted && let Ok(relative) = path.strip_prefix(base) {
            files.push((
                relative.to_string_lossy().replace('\\', "/"),
                path.display().to_string(),
            ));
        }
    }
}

fn check_target_installed() {
    let rustc = env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let libdir = Command::new(rustc)
        .args(["--print", "target-libdir", "--target", TARGET])
        .output();
    let installed = matches!(libdir, Ok(ref o) if o.status.success() && Path::new(String::from_utf8_lossy(&o.stdout).trim()).exists());
    if !installed {
        panic!("the {TARGET} target is not installed; run: rustup target add {TARGET}");
    }
}

/// Members listed in plugins/Cargo.toml (`members = [...]`), in order.
fn workspace_members(plugins: &Path) -> Vec<String> {
    let manifest = std::fs::read_to_string(plugins.join("Cargo.toml"))
        .expect("cannot read plugins/Cargo.toml");
    let start = manifest
        .find("members")
        .and_then(|i| manifest[i..].find('[').map(|j| i + j + 1));
    let Some(start) = start else {
        panic!("plugins/Cargo.toml has no members list")
    };
    let end = start
        + manifest[start..]
            .find(']')
            .expect("unterminated members list");
    manifest[start..end]
        .split(',')
        .map(|m| m.trim().trim_matches('"').to_string())
        .filter(|m| !m.is_empty())
        // Only component crates are plugins; library members (shared parser code) are not.
        .filter(|m| {
            std::fs::read_to_string(plugins.join(m).join("Cargo.toml"))
                .is_ok_and(|toml| toml.contains("cdylib"))
        })
        .map(|m| m.rsplit('/').next().unwrap_or(&m).to_string())
        .collect()
}

fn emit_dep_info(path: &Path) {
    let Ok(text) = std::fs::read_to_string(path) else {
        return;
    };
    for line in text.lines() {
        let Some((_, deps)) = line.split_once(": ") else {
            continue;
        };
        for dep in deps.replace("\\ ", "\u{0}").split_whitespace() {
            println!("cargo:rerun-if-changed={}", dep.replace('\u{0}', " "));
        }
    }
}
