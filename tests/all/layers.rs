//! The host's module floors, read from its source: the front ends do not borrow from each other,
//! and the modules of `state` do not import each other in a cycle.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::common::root;

/// Every `.rs` file under `dir`, sorted.
fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(dir) = todo.pop() {
        let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        for entry in entries {
            let path = entry.expect("directory entry").path();
            if path.is_dir() {
                todo.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn api_and_bench_use_nothing_of_the_cli() {
    let host = root().join("host/src");
    let mut offenders = Vec::new();
    for dir in ["api", "bench"] {
        for path in sources(&host.join(dir)) {
            for (n, line) in read(&path).lines().enumerate() {
                if line.contains("crate::cli") || line.contains("super::cli") {
                    offenders.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "shared code belongs below both front ends:\n{}",
        offenders.join("\n")
    );
}

#[test]
fn state_modules_import_each_other_in_no_cycle() {
    let dir = root().join("host/src/state");
    let modules: BTreeSet<String> = sources(&dir)
        .iter()
        .filter_map(|p| p.file_stem()?.to_str().map(str::to_string))
        .filter(|m| m != "mod")
        .collect();
    assert!(modules.contains("writer") && modules.contains("journal"));
    // `super::x`, `super::{x, y::z}` and `crate::state::x` name sibling `x`.
    let reference =
        regex::Regex::new(r"(?:super|crate::state)::(?:\{([^}]*)\}|(\w+))").expect("regex");
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for module in &modules {
        let text = read(&dir.join(format!("{module}.rs")));
        // Unit tests may reach anywhere, and comments name modules freely: only the module's
        // own code counts.
        let code: String = text
            .split("#[cfg(test)]")
            .next()
            .unwrap_or_default()
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        for cap in reference.captures_iter(&code) {
            let names: Vec<&str> = match (cap.get(1), cap.get(2)) {
                (Some(group), _) => group
                    .as_str()
                    .split(',')
                    .filter_map(|item| item.trim().split("::").next())
                    .collect(),
                (None, Some(name)) => vec![name.as_str()],
                _ => Vec::new(),
            };
            for name in names {
                if name != module && modules.contains(name) {
                    edges
                        .entry(module.clone())
                        .or_default()
                        .insert(name.to_string());
                }
            }
        }
    }
    assert!(
        edges.get("writer").is_some_and(|e| e.contains("journal")),
        "the scan must see the writer using the journal: {edges:?}"
    );
    // Depth-first search for a path back to the start.
    fn reaches(
        edges: &BTreeMap<String, BTreeSet<String>>,
        from: &str,
        to: &str,
        seen: &mut BTreeSet<String>,
    ) -> bool {
        edges.get(from).is_some_and(|next| {
            next.iter()
                .any(|n| n == to || (seen.insert(n.clone()) && reaches(edges, n, to, seen)))
        })
    }
    let cycles: Vec<&String> = modules
        .iter()
        .filter(|m| reaches(&edges, m, m, &mut BTreeSet::new()))
        .collect();
    assert!(
        cycles.is_empty(),
        "state modules in an import cycle: {cycles:?}; edges: {edges:?}"
    );
}
