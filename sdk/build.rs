//! Reads the contract's name and version from its WIT package line, so that nothing else
//! spells them: the SDK and the host (which uses these constants) follow the WIT.

use std::path::Path;

/// The contract the SDK speaks: a folder per minor version, the newest in use.
const CONTRACT_DIR: &str = "wit/0.1";

fn main() {
    println!("cargo:rerun-if-changed=wit");
    let dir = Path::new(CONTRACT_DIR);
    let mut packages = Vec::new();
    let entries = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read the contract's WIT in {}: {e}", dir.display()));
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "wit") {
            continue;
        }
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        for line in text.lines() {
            if let Some(package) = line.trim().strip_prefix("package ") {
                packages.push(package.trim_end_matches(';').trim().to_string());
            }
        }
    }
    packages.sort();
    packages.dedup();
    let [package] = packages.as_slice() else {
        panic!("{CONTRACT_DIR} must declare exactly one WIT package, found {packages:?}");
    };
    let Some((_, version)) = package.split_once('@') else {
        panic!("the contract package `{package}` has no version; write `package name@x.y.z;`");
    };
    println!("cargo:rustc-env=TRACEGUARD_CONTRACT={package}");
    println!("cargo:rustc-env=TRACEGUARD_CONTRACT_VERSION={version}");
    println!("cargo:rustc-env=TRACEGUARD_CONTRACT_DIR={CONTRACT_DIR}");
}
