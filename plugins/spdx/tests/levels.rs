//! Validation levels on SPDX: documents as syft and other generators write them (SPDX 2.2
//! without the licence and copyright fields 2.2 requires, files without SHA1) are refused at
//! `strict` and kept, with diagnostics, at `standard`.

use spdx::Spdx;
use traceguard_sdk::Severity;
use traceguard_sdk::parser::{Validation, parse_native_at};

/// The shape syft gives SPDX 2.2 JSON: packages without `licenseDeclared`/`copyrightText`,
/// files with only a SHA256, no `licenseInfoInFiles`.
const SYFT_LIKE: &str =
    include_str!("../../../tests/data/validation/spdx-2.2-generator-shape.json");

#[test]
fn generator_output_is_refused_at_strict_and_kept_with_diagnostics_at_standard() {
    let doc = SYFT_LIKE.as_bytes();
    let Err(e) = parse_native_at::<Spdx>(doc, Validation::Strict) else {
        panic!("strict accepted SPDX 2.2 without copyrightText");
    };
    assert!(
        e.diagnostics
            .iter()
            .any(|d| d.message.contains("copyrightText"))
    );

    let got = parse_native_at::<Spdx>(doc, Validation::Standard).expect("standard accepts");
    assert_eq!(got.components.len(), 3);
    assert_eq!(got.dependencies.len(), 1);
    let errors: Vec<&str> = got
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| d.message.as_str())
        .collect();
    assert!(errors.iter().any(|m| m.contains("SHA1")), "{errors:?}");
    assert!(
        errors.iter().any(|m| m.contains("licenseDeclared")),
        "{errors:?}"
    );
    assert!(
        errors.iter().any(|m| m.contains("licenseInfoInFiles")),
        "{errors:?}"
    );

    let got = parse_native_at::<Spdx>(doc, Validation::None).expect("none accepts");
    assert_eq!(got.components.len(), 3);
    assert_eq!(got.dependencies.len(), 1);
    assert!(got.diagnostics.is_empty(), "{:?}", got.diagnostics);
}

#[test]
fn diagnostics_are_bounded_and_the_rest_counted() {
    // 1,500 files without SHA1: 1,500 errors (and more from 2.2's required fields).
    let files: Vec<String> = (0..1500)
        .map(|i| format!(r#"{{"SPDXID":"SPDXRef-F{i}","fileName":"/f{i}","checksums":[]}}"#))
        .collect();
    let doc = SYFT_LIKE.replace(
        r#""relationships""#,
        &format!(r#""files": [{}], "relationships""#, files.join(",")),
    );
    // The second "files" key replaces the first; serde keeps the last.
    let got = parse_native_at::<Spdx>(doc.as_bytes(), Validation::Standard);
    let got = got.expect("standard accepts");
    assert!(got.diagnostics.len() <= 1001, "{}", got.diagnostics.len());
    let last = got.diagnostics.last().expect("diagnostics");
    assert_eq!(last.severity, Severity::Info);
    assert!(last.message.contains("not kept"), "{}", last.message);
}

#[test]
fn an_unknown_spdx_version_is_refused_at_every_level() {
    let doc = SYFT_LIKE.replace("SPDX-2.2", "SPDX-2.9");
    let missing = SYFT_LIKE.replace(r#""spdxVersion": "SPDX-2.2","#, "");
    for level in Validation::ALL {
        for doc in [&doc, &missing] {
            let Err(e) = parse_native_at::<Spdx>(doc.as_bytes(), level) else {
                panic!("{level:?} accepted an unknown spdxVersion");
            };
            assert!(
                e.message.starts_with("unreadable SPDX document"),
                "{}",
                e.message
            );
            assert!(
                e.diagnostics
                    .iter()
                    .any(|d| d.message.contains("spdxVersion"))
            );
        }
    }
}

#[test]
fn a_byte_order_mark_is_read_past_in_every_syntax() {
    let json = SYFT_LIKE.as_bytes();
    let tag_value = include_bytes!("../../../tests/corpora/spdx/SPDXTagExample-v2.3.spdx");
    for doc in [json, &tag_value[..]] {
        let plain = parse_native_at::<Spdx>(doc, Validation::Standard).expect("accepted");
        let mut marked = b"\xEF\xBB\xBF".to_vec();
        marked.extend_from_slice(doc);
        let got = parse_native_at::<Spdx>(&marked, Validation::Standard)
            .unwrap_or_else(|e| panic!("refused with a byte order mark: {e:?}"));
        assert_eq!(got.components, plain.components);
        assert_eq!(got.dependencies, plain.dependencies);
        assert_eq!(got.diagnostics, plain.diagnostics);
    }
}
