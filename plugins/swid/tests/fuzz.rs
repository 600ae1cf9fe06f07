//! Property tests: arbitrary bytes and mutated or truncated SWID tags never make the parser
//! panic — `parse_native` returns `Ok` or `Err` under every assessment.
//!
//! The case count is proptest's default (256); a long run:
//! `PROPTEST_CASES=20000 cargo test -p swid --release --test fuzz`.

mod decima;

use proptest::prelude::*;
use proptest::sample::Index;
use swid::{Swid, SwidAuthoritative, SwidNonAuthoritative};
use traceguard_sdk::parser::{SbomParser, parse_native_every_level};

/// Fragments that steer mutations into XML and SWID syntax.
const TOKENS: &[&str] = &[
    "<",
    ">",
    "/>",
    "</",
    "\"",
    "'",
    "=",
    "&amp;",
    "&#0;",
    "&unknown;",
    "<![CDATA[x]]>",
    "<!--",
    "-->",
    "<!DOCTYPE x [<!ENTITY a \"b\">]>",
    "<Entity name=\"e\" role=\"tagCreator\"/>",
    "<File name=\"f\" xmlns:h=\"http://www.w3.org/2001/04/xmlenc#sha256\" h:hash=\"00\"/>",
    "<Directory>",
    "</Directory>",
    "<Link href=\"swid:%zz\" rel=\"requires\"/>",
    "xmlns=\"urn:x\"",
    "xml:lang=\"\"",
    "regid=\"http://invalid.unavailable\"",
    "patch=\"true\"",
    "supplemental=\"1\"",
    "corpus=\"maybe\"",
    "n8060:mutable=\"true\"",
    "\u{feff}",
    "\u{0}",
];

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

/// Every tag of the corpus: the two complete tags, the templates and every unit test's tag.
fn seeds() -> &'static [Vec<u8>] {
    static SEED_BYTES: std::sync::OnceLock<Vec<Vec<u8>>> = std::sync::OnceLock::new();
    SEED_BYTES.get_or_init(|| {
        let dir = decima::corpus();
        let mut out = Vec::new();
        for t in ["authoritative.swidtag", "non-authoritative.swidtag"] {
            out.push(std::fs::read(dir.join("other").join(t)).expect("tag"));
        }
        for t in [
            "minimal-swid.xml",
            "primary-auth-swid.xml",
            "primary-non-auth-swid.xml",
        ] {
            out.push(decima::serialize(&decima::materialize(&format!(
                "templates/{t}"
            ))));
        }
        let mut tests: Vec<_> = std::fs::read_dir(dir.join("unit-tests"))
            .expect("unit tests")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        tests.sort();
        out.extend(tests.iter().map(|p| decima::unit_test(p).tag));
        out
    })
}

fn parse_all(doc: &[u8]) {
    let _ = Swid::detect(&doc[..doc.len().min(4096)]);
    let _ = parse_native_every_level::<Swid>(doc);
    let _ = parse_native_every_level::<SwidAuthoritative>(doc);
    let _ = parse_native_every_level::<SwidNonAuthoritative>(doc);
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        parse_all(&bytes);
    }

    #[test]
    fn mutated_tags_never_panic(seed in any::<Index>(), mutations in proptest::collection::vec(mutation(), 1..8)) {
        let seeds = seeds();
        let doc = apply(seeds[seed.index(seeds.len())].clone(), &mutations);
        parse_all(&doc);
    }
}

/// Hostile shapes random mutation rarely reaches: deep nesting, many attributes, many Entities
/// (pairwise rules), many identically named files (bom-ref de-duplication). Each once took
/// super-linear time or could have; they must finish quickly and not panic.
#[test]
fn hostile_tags_finish() {
    let ns = "http://standards.iso.org/iso/19770/-2/2015/schema.xsd";
    let root = format!("<SoftwareIdentity xmlns=\"{ns}\" name=\"x\" tagId=\"t\"");
    let deep = format!("{root}>{}", "<a>".repeat(100_000));
    let attrs: String = (0..20_000).map(|i| format!(" a{i}=\"v\"")).collect();
    let entities: String = (0..20_000)
        .map(|i| {
            format!(
                "<Entity name=\"e\" regid=\"r{}\" role=\"tagCreator x{i}\"/>",
                i % 2
            )
        })
        .collect();
    let files = "<File name=\"f\" size=\"1\"/>".repeat(20_000);
    let docs = [
        deep,
        format!("{root}{attrs}/>"),
        format!("{root}>{entities}</SoftwareIdentity>"),
        format!(
            "{root}><Entity name=\"e\" regid=\"r\" role=\"tagCreator\"/><Payload>{files}</Payload></SoftwareIdentity>"
        ),
    ];
    let started = std::time::Instant::now();
    for doc in &docs {
        parse_all(doc.as_bytes());
    }
    assert!(started.elapsed() < std::time::Duration::from_secs(60));
}
