//! NISTIR 8060 rules of the corpus, primary, patch and supplemental patterns.

use traceguard_sdk::DiagnosticEntry;

use crate::rules::{Authority, TagType, flag, rule};
use crate::xml::{Element, Tag};

/// Rules of the corpus / primary / patch / supplemental patterns.
pub fn type_rules(out: &mut Vec<DiagnosticEntry>, tag: &Tag, authority: Authority, ty: TagType) {
    let root = "/SoftwareIdentity";
    let a = &tag.attrs;
    let set = |name: &str| flag(a, name);
    let has = |kind: &str| tag.containers.iter().any(|c| c.kind == kind);
    let version = a.get("version");
    let scheme = a.get("versionScheme");
    let version_rules = |out: &mut Vec<DiagnosticEntry>, prefix: &str, next: &str, must: bool| {
        if version.is_none() {
            rule(
                out,
                &format!("{prefix}-1"),
                must,
                root,
                "SoftwareIdentity has no version".into(),
            );
        }
        if version == Some("") {
            rule(
                out,
                &format!("{prefix}-2"),
                must,
                root,
                "version is empty".into(),
            );
        }
        if version.is_some() && scheme.is_none() {
            rule(
                out,
                &format!("{next}-1"),
                false,
                root,
                "version has no versionScheme".into(),
            );
        }
        if scheme == Some("") {
            rule(
                out,
                &format!("{next}-2"),
                false,
                root,
                "versionScheme is empty".into(),
            );
        }
    };
    let flags = |out: &mut Vec<DiagnosticEntry>, prefix: &str, want: [bool; 3]| {
        for (i, (name, expected)) in ["corpus", "patch", "supplemental"]
            .iter()
            .zip(want)
            .enumerate()
        {
            if set(name) != expected {
                let msg = format!("a {ty:?} tag must have {name}={expected}").to_lowercase();
                rule(out, &format!("{prefix}-1-{}", i + 1), true, root, msg);
            }
        }
    };
    match ty {
        TagType::Corpus => {
            flags(out, "COR", [true, false, false]);
            version_rules(out, "COR-2", "COR-3", true);
            if !has("Payload") {
                rule(
                    out,
                    "COR-4-1",
                    false,
                    root,
                    "corpus tag has no Payload".into(),
                );
            }
            if has("Evidence") {
                rule(
                    out,
                    "COR-4-2",
                    false,
                    root,
                    "corpus tag has Evidence".into(),
                );
            }
        }
        TagType::Primary => {
            flags(out, "PRI", [false, false, false]);
            if tag.metas.is_empty() {
                rule(
                    out,
                    "PRI-13-1",
                    false,
                    root,
                    "primary tag has no Meta".into(),
                );
            }
            for m in &tag.metas {
                for (i, attr) in ["product", "colloquialVersion", "revision", "edition"]
                    .iter()
                    .enumerate()
                {
                    if m.attrs.get(attr).is_none() {
                        rule(
                            out,
                            &format!("PRI-13-{}", i + 2),
                            false,
                            &m.path,
                            format!("Meta has no {attr}"),
                        );
                    }
                }
            }
            for c in &tag.containers {
                if c.files == 0 {
                    rule(
                        out,
                        "PRI-8-1",
                        false,
                        &c.path,
                        format!("{} lists no File", c.kind),
                    );
                }
            }
            match authority {
                Authority::Authoritative => {
                    version_rules(out, "PRI-2", "PRI-3", true);
                    if !has("Payload") {
                        rule(
                            out,
                            "PRI-6-1",
                            true,
                            root,
                            "authoritative primary tag has no Payload".into(),
                        );
                    }
                    if has("Evidence") {
                        rule(
                            out,
                            "PRI-6-2",
                            true,
                            root,
                            "authoritative primary tag has Evidence".into(),
                        );
                    }
                }
                Authority::NonAuthoritative => {
                    version_rules(out, "PRI-4", "PRI-5", false);
                    if !has("Evidence") {
                        rule(
                            out,
                            "PRI-7-1",
                            false,
                            root,
                            "non-authoritative primary tag has no Evidence".into(),
                        );
                    }
                    if has("Payload") {
                        rule(
                            out,
                            "PRI-7-2",
                            false,
                            root,
                            "non-authoritative primary tag has Payload".into(),
                        );
                    }
                }
            }
        }
        TagType::Patch => {
            flags(out, "PAT", [false, true, false]);
            if authority == Authority::NonAuthoritative {
                for c in tag
                    .containers
                    .iter()
                    .filter(|c| c.kind == "Evidence" && c.direct_files == 0)
                {
                    rule(
                        out,
                        "PAT-4-1",
                        false,
                        &c.path,
                        "patch Evidence has no File child".into(),
                    );
                }
            }
        }
        TagType::Supplemental => {
            flags(out, "SUP", [false, false, true]);
            let links: Vec<&Element> = tag
                .links
                .iter()
                .filter(|l| {
                    l.attrs
                        .get("rel")
                        .is_some_and(|r| r.split_whitespace().any(|t| t == "supplemental"))
                })
                .collect();
            if links.is_empty() {
                rule(
                    out,
                    "SUP-2-1",
                    true,
                    root,
                    "supplemental tag has no Link rel=\"supplemental\"".into(),
                );
            }
            for l in links {
                let href = l.attrs.get("href").unwrap_or("");
                if !(href.starts_with("swid:") || href.starts_with("swidpath:")) {
                    rule(
                        out,
                        "SUP-2-2",
                        true,
                        &l.path,
                        format!("supplemental Link href {href:?} is not swid: or swidpath:"),
                    );
                }
            }
        }
    }
}
