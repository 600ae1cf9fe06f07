//! NISTIR 8060 rules on single `File` elements, evaluated once the assessment is known.

use traceguard_sdk::DiagnosticEntry;

use crate::rules::{Authority, TagType, rule, schema};
use crate::xml::FileItem;
/// Problems of one `File` (schema: name; guidelines: size, version, hashes), kept until the
/// assessment (authoritative or not) is known.
#[derive(Debug, Clone)]
pub struct FileFacts {
    container: String,
    path: String,
    name: String,
    mutable: bool,
    size: Option<String>,
    version: Option<String>,
    hashes: Vec<String>,
    sha256: Option<String>,
    patch_event: Option<String>,
}

impl FileFacts {
    /// The facts of `file` the rules look at.
    pub fn of(file: &FileItem) -> Self {
        let sha256 = file
            .attrs
            .hashes
            .iter()
            .find(|(ns, _)| ns == "http://www.w3.org/2001/04/xmlenc#sha256")
            .map(|(_, v)| v.clone());
        FileFacts {
            container: file.container.clone(),
            path: file.path.clone(),
            name: file.attrs.get("name").unwrap_or("").to_string(),
            mutable: file
                .attrs
                .n8060
                .get("mutable")
                .is_some_and(|m| m == "true" || m == "1"),
            size: file.attrs.get("size").map(str::to_string),
            version: file.attrs.get("version").map(str::to_string),
            hashes: file.attrs.hashes.iter().map(|(ns, _)| ns.clone()).collect(),
            sha256,
            patch_event: file.attrs.n8060.get("patchEvent").cloned(),
        }
    }

    /// False when no file rule can fire under either assessment (a complete file: size,
    /// version, a well-formed SHA-256, no weak hash, and in a patch tag a patch event), so its
    /// facts need not be kept until the end of the tag.
    pub fn may_fire(&self, patch_tag: bool) -> bool {
        let complete = self.size.as_deref().is_some_and(|s| !s.is_empty())
            && self.version.as_deref().is_some_and(|v| !v.is_empty())
            && self
                .sha256
                .as_deref()
                .is_some_and(|h| h.len() == 64 && h.bytes().all(|b| b.is_ascii_hexdigit()))
            && self.hashes.iter().all(|h| {
                h.ends_with("#sha256") || h.ends_with("#sha384") || h.ends_with("#sha512")
            })
            && (!patch_tag
                || matches!(
                    self.patch_event.as_deref(),
                    Some("add" | "modify" | "remove")
                ));
        !complete
    }

    /// Schema errors of the file (a missing `name`).
    pub fn schema(&self) -> Vec<DiagnosticEntry> {
        let mut out = Vec::new();
        if self.name.is_empty() {
            schema(&mut out, "GEN-1", &self.path, "File has no name".into());
        }
        out
    }

    /// NISTIR 8060 file rules under `authority` and `ty`.
    pub fn guidelines(&self, authority: Authority, ty: TagType, out: &mut Vec<DiagnosticEntry>) {
        let (p, n) = (self.path.as_str(), &self.name);
        if !self.mutable && self.size.is_none() {
            rule(out, "GEN-14-1", false, p, format!("File {n:?} has no size"));
        }
        if !self.mutable && self.size.as_deref().is_none_or(str::is_empty) {
            rule(
                out,
                "GEN-14-2",
                false,
                p,
                format!("File {n:?} has no non-empty size"),
            );
        }
        if !self.mutable && self.version.is_none() {
            rule(
                out,
                "GEN-15-1",
                false,
                p,
                format!("File {n:?} has no version"),
            );
        }
        if self.version.as_deref() == Some("") {
            rule(
                out,
                "GEN-15-2",
                false,
                p,
                format!("File {n:?} has an empty version"),
            );
        }
        for (id, ns) in [
            ("GEN-18-1", "http://www.w3.org/2001/04/xmldsig-more#md5"),
            ("GEN-18-2", "http://www.w3.org/2000/09/xmldsig#sha1"),
            ("GEN-18-3", "http://www.w3.org/2001/04/xmldsig-more#sha224"),
            ("GEN-18-4", "http://www.w3.org/2001/04/xmlenc#ripemd160"),
        ] {
            if self.hashes.iter().any(|h| h == ns) {
                rule(
                    out,
                    id,
                    false,
                    p,
                    format!("File {n:?} uses a weak hash ({ns})"),
                );
            }
        }
        match (authority, self.container.as_str()) {
            (Authority::Authoritative, "Payload") if !self.mutable => {
                if self.hashes.is_empty() {
                    rule(
                        out,
                        "GEN-16-1",
                        true,
                        p,
                        format!("Payload File {n:?} has no hash"),
                    );
                }
                if self.sha256.is_none() {
                    rule(
                        out,
                        "GEN-19-1",
                        true,
                        p,
                        format!("Payload File {n:?} has no SHA-256 hash"),
                    );
                }
                let ok = self
                    .sha256
                    .as_deref()
                    .is_some_and(|h| h.len() == 64 && h.bytes().all(|b| b.is_ascii_hexdigit()));
                if !ok {
                    rule(
                        out,
                        "GEN-19-2",
                        true,
                        p,
                        format!("Payload File {n:?} has no 64-hex-digit SHA-256 hash"),
                    );
                }
            }
            (Authority::NonAuthoritative, "Evidence") => {
                if self.hashes.is_empty() {
                    rule(
                        out,
                        "GEN-17-1",
                        false,
                        p,
                        format!("Evidence File {n:?} has no hash"),
                    );
                }
                if self.sha256.is_none() {
                    rule(
                        out,
                        "GEN-20-1",
                        false,
                        p,
                        format!("Evidence File {n:?} has no SHA-256 hash"),
                    );
                }
            }
            _ => {}
        }
        if ty == TagType::Patch
            && authority == Authority::Authoritative
            && self.container == "Payload"
        {
            let ok = matches!(
                self.patch_event.as_deref(),
                Some("add" | "modify" | "remove")
            );
            if !ok {
                rule(
                    out,
                    "PAT-3-1",
                    true,
                    p,
                    format!(
                        "patch Payload File {n:?} needs n8060:patchEvent add, modify or remove"
                    ),
                );
            }
        }
    }
}
