//! Property tests: arbitrary bytes and mutated or truncated corpus documents never make the
//! SPDX parser panic — `parse_native` returns `Ok` or `Err`.
//!
//! The case count is proptest's default (256); a long run:
//! `PROPTEST_CASES=20000 cargo test -p spdx@0.1.0 --release --test fuzz`.

use proptest::prelude::*;
use proptest::sample::Index;
use spdx::Spdx;
use traceguard_sdk::parser::{SbomParser, parse_native_every_level};

const SEEDS: &[&str] = &[
    "SPDXJSONExample-v2.2.spdx.json",
    "SPDXJSONExample-v2.3.spdx.json",
    "SPDXJSONExample-v2.3-with-exception.spdx.json",
    "SPDXJSONExample-wrongversion.spdx.json",
    "SPDXWrongVersion.spdx.json",
    "BadJSON.spdx.json",
    "SPDXTagExample-v2.2.spdx",
    "SPDXTagExample-v2.2-warning.spdx",
    "SPDXTagExample-v2.3.spdx",
    "SPDXYAMLExample-2.3.spdx.yaml",
    "SPDXJsonLDExample-v3.0.1.json",
];

/// Fragments that steer mutations into the syntax the readers care about.
const TOKENS: &[&str] = &[
    "\"",
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "null",
    "true",
    "1e999",
    "\n",
    "<text>",
    "</text>",
    "SPDXRef-",
    "NOASSERTION",
    "DocumentRef-x:",
    "Relationship: A DEPENDS_ON B\n",
    "PackageName: p\n",
    "FileName: f\n",
    "- ",
    "&a",
    "*a",
    "@graph",
    "spdxId",
    "\u{feff}",
    "\u{0}",
    "\\u0000",
    "SPDX-2.2",
];

fn seeds() -> &'static [Vec<u8>] {
    static SEED_BYTES: std::sync::OnceLock<Vec<Vec<u8>>> = std::sync::OnceLock::new();
    SEED_BYTES.get_or_init(|| {
        let dir =
            std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpora/spdx");
        SEEDS
            .iter()
            .map(|n| std::fs::read(dir.join(n)).expect("corpus file"))
            .collect()
    })
}

#[derive(Debug, Clone)]
enum Mutation {
    Set(Index, u8),
    Insert(Index, u8),
    Delete(Index, u8),
    Token(Index, usize),
    Truncate(Index),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<Index>(), any::<u8>()).prop_map(|(i, b)| Mutation::Set(i, b)),
        (any::<Index>(), any::<u8>()).prop_map(|(i, b)| Mutation::Insert(i, b)),
        (any::<Index>(), any::<u8>()).prop_map(|(i, n)| Mutation::Delete(i, n)),
        (any::<Index>(), 0..TOKENS.len()).prop_map(|(i, t)| Mutation::Token(i, t)),
        any::<Index>().prop_map(Mutation::Truncate),
    ]
}

fn apply(mut bytes: Vec<u8>, mutations: &[Mutation]) -> Vec<u8> {
    for m in mutations {
        let len = bytes.len().max(1);
        match m {
            Mutation::Set(i, b) if !bytes.is_empty() => {
                let at = i.index(bytes.len());
                bytes[at] = *b;
            }
            Mutation::Set(..) => {}
            Mutation::Insert(i, b) => bytes.insert(i.index(len).min(bytes.len()), *b),
            Mutation::Delete(i, n) => {
                let at = i.index(len).min(bytes.len());
                let end = (at + *n as usize).min(bytes.len());
                bytes.drain(at..end);
            }
            Mutation::Token(i, t) => {
                let at = i.index(len).min(bytes.len());
                bytes.splice(at..at, TOKENS[*t].bytes());
            }
            Mutation::Truncate(i) => bytes.truncate(i.index(len)),
        }
    }
    bytes
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = Spdx::detect(&bytes);
        let _ = parse_native_every_level::<Spdx>(&bytes);
    }

    #[test]
    fn prefixed_garbage_never_panics(prefix in 0usize..4, bytes in proptest::collection::vec(any::<u8>(), 0..1024)) {
        let heads: [&[u8]; 4] = [b"{\"spdxVersion\":", b"SPDXVersion: SPDX-2.3\n", b"spdxVersion: SPDX-2.3\n", b"{\"@context\":\"https://spdx.org/rdf/3.0.1/spdx-context.jsonld\",\"@graph\":"];
        let mut doc = heads[prefix].to_vec();
        doc.extend(bytes);
        let _ = parse_native_every_level::<Spdx>(&doc);
    }

    #[test]
    fn mutated_corpus_never_panics(seed in 0..SEEDS.len(), mutations in proptest::collection::vec(mutation(), 1..8)) {
        let doc = apply(seeds()[seed].clone(), &mutations);
        let _ = Spdx::detect(&doc[..doc.len().min(4096)]);
        let _ = parse_native_every_level::<Spdx>(&doc);
    }
}

/// Hostile shapes that random mutation rarely reaches: deep nesting, YAML alias bombs, an
/// unclosed `<text>` (once quadratic).
#[test]
fn hostile_documents_are_rejected_not_crashed() {
    let deep_json = format!(
        "{{\"spdxVersion\":\"SPDX-2.3\",\"packages\":[{}{}]}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let deep_yaml = format!(
        "spdxVersion: SPDX-2.3\npackages: {}{}\n",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let mut bomb = String::from("spdxVersion: SPDX-2.3\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..12 {
        let prev = i - 1;
        bomb.push_str(&format!("a{i}: &a{i} [*a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}]\n"));
    }
    let deep_ld = format!(
        "{{\"@context\":\"https://spdx.org/rdf/3.0.1/spdx-context.jsonld\",\"@graph\":{}{}}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let long_text = format!(
        "SPDXVersion: SPDX-2.3\nDocumentComment: <text>{}",
        "x\n".repeat(100_000)
    );
    let started = std::time::Instant::now();
    for doc in [deep_json, deep_yaml, bomb, deep_ld, long_text] {
        assert!(parse_native_every_level::<Spdx>(doc.as_bytes()).is_err());
    }
    // Deep YAML flow nesting took over a minute before the depth pre-check.
    assert!(started.elapsed() < std::time::Duration::from_secs(60));
}
