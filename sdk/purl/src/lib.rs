//! `traceguard-purl`: a dependency-free parser for [package URLs] (purls).
//!
//! [`Purl::parse`] follows the "how to parse" algorithm of the package-url specification:
//! scheme `pkg:`, a lowercased type, optional `/`-separated namespace segments, a name, an
//! optional `@version`, optional `?qualifiers` (keys lowercased, kept sorted) and an optional
//! `#subpath`. Every component is percent-decoded. [`Purl`]'s `Display` gives the canonical
//! form, so `Purl::parse(s)?.to_string()` normalises a purl.
//!
//! The rules of the registered types are applied (`src/types.rs`): a namespace required or
//! prohibited, case-insensitive components lowercased, required qualifiers, and the syntax of
//! the few types that have their own (checked against the specification's test suite, 583 of
//! its 586 cases, by a runner that returns with the suite's files to the project's corpora).
//! Keys of qualifiers are lowercased, as the specification's parsing algorithm does, rather
//! than refused.
//!
//! [package URLs]: https://github.com/package-url/purl-spec

#![forbid(unsafe_code)]

mod types;

use std::collections::BTreeMap;
use std::fmt;

/// A parsed package URL.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Purl {
    /// The package type (`npm`, `maven`, `pypi` …), lowercased.
    pub ty: String,
    /// The decoded namespace segments joined with `/` (e.g. `@angular`, `org.apache.commons`), if any.
    pub namespace: Option<String>,
    /// The decoded package name; never empty.
    pub name: String,
    /// The decoded version, if any.
    pub version: Option<String>,
    /// Qualifiers with lowercased keys and decoded, non-empty values, sorted by key.
    pub qualifiers: BTreeMap<String, String>,
    /// The decoded subpath segments joined with `/`, if any.
    pub subpath: Option<String>,
}

/// Why a string is not a valid package URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PurlError {
    /// The string does not start with the `pkg:` scheme.
    MissingScheme,
    /// Nothing between `pkg:` and the first `/`.
    EmptyType,
    /// The type contains characters other than ASCII letters, digits, `.`, `+`, `-`, or starts with a digit.
    InvalidType(String),
    /// The name (the last path segment) is missing or empty.
    MissingName,
    /// A qualifier key is empty, has characters other than ASCII letters, digits, `.`, `-`, `_`, or starts with a digit.
    InvalidQualifierKey(String),
    /// The same qualifier key appears twice.
    DuplicateQualifier(String),
    /// A `%` not followed by two hex digits, or an escape that decodes to invalid UTF-8.
    BadPercentEncoding(String),
    /// The purl breaks a rule of its registered type (e.g. a `swift` purl without a namespace).
    TypeRule {
        /// The type, lowercased.
        ty: String,
        /// The rule broken.
        rule: &'static str,
    },
}

impl fmt::Display for PurlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PurlError::MissingScheme => f.write_str("a package URL must start with \"pkg:\""),
            PurlError::EmptyType => f.write_str("the package type is empty"),
            PurlError::InvalidType(t) => write!(
                f,
                "invalid package type {t:?}: only ASCII letters, digits, '.', '+' and '-' are allowed, not starting with a digit"
            ),
            PurlError::MissingName => f.write_str("the package name is missing"),
            PurlError::InvalidQualifierKey(k) => write!(
                f,
                "invalid qualifier key {k:?}: only ASCII letters, digits, '.', '-' and '_' are allowed, not starting with a digit"
            ),
            PurlError::DuplicateQualifier(k) => write!(f, "qualifier {k:?} appears more than once"),
            PurlError::BadPercentEncoding(s) => write!(f, "bad percent-encoding in {s:?}"),
            PurlError::TypeRule { ty, rule } => write!(f, "invalid {ty} package URL: {rule}"),
        }
    }
}

impl std::error::Error for PurlError {}

impl std::str::FromStr for Purl {
    type Err = PurlError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Purl::parse(s)
    }
}

impl Purl {
    /// Parses a package URL such as `pkg:npm/%40angular/core@1.0.0`.
    pub fn parse(input: &str) -> Result<Purl, PurlError> {
        let input = input.trim();
        // 1. subpath, after the last '#'.
        let (rest, subpath) = match input.rsplit_once('#') {
            Some((rest, sub)) => (rest, segments(sub, true)?),
            None => (input, None),
        };
        // 2. qualifiers, after the last '?'.
        let (rest, qualifiers) = match rest.rsplit_once('?') {
            Some((rest, q)) => (rest, qualifiers(q)?),
            None => (rest, BTreeMap::new()),
        };
        // 3. scheme.
        let (scheme, rest) = rest.split_once(':').ok_or(PurlError::MissingScheme)?;
        if !scheme.eq_ignore_ascii_case("pkg") {
            return Err(PurlError::MissingScheme);
        }
        let rest = rest.trim_start_matches('/');
        // 4. type, up to the first '/'.
        let (ty, rest) = rest.split_once('/').unwrap_or((rest, ""));
        check_type(ty)?;
        let ty = ty.to_ascii_lowercase();
        // 5. version, after the last '@' of the last path segment.
        let rest = rest.trim_end_matches('/');
        let last_slash = rest.rfind('/').map_or(0, |i| i + 1);
        let (rest, version) = match rest[last_slash..].rfind('@') {
            Some(at) => {
                let at = last_slash + at;
                let v = decode(&rest[at + 1..])?;
                (&rest[..at], (!v.is_empty()).then_some(v))
            }
            None => (rest, None),
        };
        // 6. name, the last segment; namespace, everything before it.
        let (namespace, name) = match rest.rsplit_once('/') {
            Some((ns, name)) => (segments(ns, false)?, name),
            None => (None, rest),
        };
        let name = decode(name)?;
        if name.is_empty() {
            return Err(PurlError::MissingName);
        }
        Purl {
            ty,
            namespace,
            name,
            version,
            qualifiers,
            subpath,
        }
        .typed()
    }

    /// Applies the rules of the purl's type (see [`types`]) to decoded components: checks them,
    /// then lowercases the case-insensitive ones and applies the type's other normalisation.
    fn typed(mut self) -> Result<Purl, PurlError> {
        types::check(
            &self.ty,
            self.namespace.is_some(),
            &self.name,
            self.version.as_deref(),
            |key| self.qualifiers.contains_key(key),
        )?;
        let Some(rules) = types::rules(&self.ty) else {
            return Ok(self);
        };
        if rules.lower_namespace() {
            self.namespace = self.namespace.map(|n| n.to_lowercase());
        }
        if rules.lower_name() {
            self.name = self.name.to_lowercase();
        }
        if rules.lower_version() {
            self.version = self.version.map(|v| v.to_lowercase());
        }
        match self.ty.as_str() {
            "pypi" => self.name = self.name.replace('_', "-"),
            "mlflow"
                if self
                    .qualifiers
                    .get("repository_url")
                    .is_some_and(|url| types::databricks(url)) =>
            {
                self.name = self.name.to_lowercase();
            }
            // The namespace is the host; the name is the repository's path on it.
            "git" => {
                if let Some((host, path)) =
                    self.namespace.as_deref().and_then(|n| n.split_once('/'))
                {
                    self.name = format!("{path}/{}", self.name);
                    self.namespace = Some(host.to_string());
                }
            }
            _ => {}
        }
        Ok(self)
    }

    /// Builds a package URL from decoded components, with the checks and normalisation of
    /// [`Purl::parse`]: the type is checked and lowercased, empty namespace and subpath
    /// segments (and `.`/`..` in the subpath) are dropped, qualifier keys are checked and
    /// lowercased, qualifiers with empty values are left out, and the type's rules apply.
    pub fn build(
        ty: &str,
        namespace: Option<&str>,
        name: &str,
        version: Option<&str>,
        qualifiers: &[(&str, &str)],
        subpath: Option<&str>,
    ) -> Result<Purl, PurlError> {
        check_type(ty)?;
        let mut map = BTreeMap::new();
        for (key, value) in qualifiers {
            check_qualifier_key(key)?;
            if value.is_empty() {
                continue;
            }
            if map
                .insert(key.to_ascii_lowercase(), value.to_string())
                .is_some()
            {
                return Err(PurlError::DuplicateQualifier(key.to_ascii_lowercase()));
            }
        }
        let join = |s: Option<&str>, subpath: bool| {
            s.map(|s| {
                s.split('/')
                    .filter(|seg| !seg.is_empty() && !(subpath && (*seg == "." || *seg == "..")))
                    .collect::<Vec<_>>()
                    .join("/")
            })
            .filter(|s| !s.is_empty())
        };
        if name.is_empty() {
            return Err(PurlError::MissingName);
        }
        Purl {
            ty: ty.to_ascii_lowercase(),
            namespace: join(namespace, false),
            name: name.to_string(),
            version: version.filter(|v| !v.is_empty()).map(str::to_string),
            qualifiers: map,
            subpath: join(subpath, true),
        }
        .typed()
    }

    /// Checks that `input` is a valid package URL without building it: the verdict (and error)
    /// of [`Purl::parse`], without its allocations. Parsers check every component's purl, and in
    /// the sandbox each allocation and `rfind` is a call; only purls with percent-escapes,
    /// qualifiers or a subpath take the full parse.
    pub fn check(input: &str) -> Result<(), PurlError> {
        let s = input.trim();
        if has_escape_qualifier_or_subpath(s.as_bytes()) {
            return Purl::parse(input).map(drop);
        }
        // Without those, decoding cannot fail and no qualifier exists: what is left of `parse`
        // is the scheme, the type, a non-empty name and the type's rules. The scheme is everything before the
        // first ':', so it is `pkg` exactly when the string starts with `pkg:`.
        match s.as_bytes() {
            [p, k, g, b':', ..] if [*p, *k, *g].eq_ignore_ascii_case(b"pkg") => {}
            _ => return Err(PurlError::MissingScheme),
        }
        let rest = s[4..].trim_start_matches('/');
        let ty_len = rest.bytes().position(|b| b == b'/').unwrap_or(rest.len());
        let ty = &rest[..ty_len];
        check_type(ty)?;
        // The name is the last segment (trailing '/' dropped) up to its last '@': one scan
        // from the end finds both.
        let path = rest.get(ty_len + 1..).unwrap_or_default();
        let bytes = path.as_bytes();
        let mut end = bytes.len();
        while end > 0 && bytes[end - 1] == b'/' {
            end -= 1;
        }
        let (mut start, mut at) = (end, None);
        while start > 0 && bytes[start - 1] != b'/' {
            start -= 1;
            if bytes[start] == b'@' && at.is_none() {
                at = Some(start);
            }
        }
        if at.unwrap_or(end) == start {
            return Err(PurlError::MissingName);
        }
        // Without escapes the raw parts are the decoded ones, and there is no qualifier. The
        // positions are those of ASCII bytes, so the slices fall on character boundaries.
        types::check(
            ty,
            bytes[..start].iter().any(|&b| b != b'/'),
            &path[start..at.unwrap_or(end)],
            at.map(|at| &path[at + 1..end]).filter(|v| !v.is_empty()),
            |_| false,
        )
    }
}

/// Whether `s` holds a `%`, `?` or `#`, eight bytes a step: parsers check every component's
/// purl, and in the sandbox every loop iteration also pays for fuel and deadline checks.
fn has_escape_qualifier_or_subpath(s: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    // Non-zero exactly when some byte of `w` is zero.
    let zero_byte = |w: u64| w.wrapping_sub(ONES) & !w & (ONES << 7) != 0;
    let (words, rest) = s.as_chunks::<8>();
    words.iter().any(|&word| {
        let w = u64::from_le_bytes(word);
        [b'%', b'?', b'#']
            .iter()
            .any(|&b| zero_byte(w ^ (ONES * u64::from(b))))
    }) || rest.iter().any(|b| matches!(b, b'%' | b'?' | b'#'))
}

/// The package type: ASCII letters, digits, `.`, `+`, `-`, not starting with a digit.
fn check_type(ty: &str) -> Result<(), PurlError> {
    let Some(&first) = ty.as_bytes().first() else {
        return Err(PurlError::EmptyType);
    };
    let valid = !first.is_ascii_digit()
        && ty
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'+' | b'-'));
    if valid {
        Ok(())
    } else {
        Err(PurlError::InvalidType(ty.to_string()))
    }
}

/// Splits `s` on '/', drops empty segments (and `.`/`..` in a subpath), decodes the rest.
fn segments(s: &str, subpath: bool) -> Result<Option<String>, PurlError> {
    let mut out = Vec::new();
    for seg in s.split('/') {
        if seg.is_empty() || (subpath && (seg == "." || seg == "..")) {
            continue;
        }
        out.push(decode(seg)?);
    }
    Ok((!out.is_empty()).then(|| out.join("/")))
}

/// A qualifier key: ASCII letters, digits, `.`, `-`, `_`, not empty, not starting with a digit.
fn check_qualifier_key(key: &str) -> Result<(), PurlError> {
    let valid = !key.is_empty()
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'))
        && !key.as_bytes()[0].is_ascii_digit();
    if valid {
        Ok(())
    } else {
        Err(PurlError::InvalidQualifierKey(key.to_string()))
    }
}

fn qualifiers(s: &str) -> Result<BTreeMap<String, String>, PurlError> {
    let mut map = BTreeMap::new();
    for pair in s.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        check_qualifier_key(key)?;
        let value = decode(value)?;
        if value.is_empty() {
            continue;
        }
        let key = key.to_ascii_lowercase();
        if map.contains_key(&key) {
            return Err(PurlError::DuplicateQualifier(key));
        }
        map.insert(key, value);
    }
    Ok(map)
}

fn decode(s: &str) -> Result<String, PurlError> {
    if !s.contains('%') {
        return Ok(s.to_string());
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hi = bytes.get(i + 1).and_then(|b| (*b as char).to_digit(16));
            let lo = bytes.get(i + 2).and_then(|b| (*b as char).to_digit(16));
            match (hi, lo) {
                // Both digits are < 16, so the byte fits.
                (Some(hi), Some(lo)) => out.push((hi * 16 + lo) as u8),
                _ => return Err(PurlError::BadPercentEncoding(s.to_string())),
            }
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| PurlError::BadPercentEncoding(s.to_string()))
}

/// Percent-encodes everything but ASCII letters, digits, `.-_~`, `:` and the bytes in `keep`.
fn encode(f: &mut fmt::Formatter<'_>, s: &str, keep: &[u8]) -> fmt::Result {
    for &b in s.as_bytes() {
        if b.is_ascii_alphanumeric()
            || matches!(b, b'.' | b'-' | b'_' | b'~' | b':')
            || keep.contains(&b)
        {
            write!(f, "{}", b as char)?;
        } else {
            write!(f, "%{b:02X}")?;
        }
    }
    Ok(())
}

fn encode_segments(f: &mut fmt::Formatter<'_>, s: &str) -> fmt::Result {
    for (i, seg) in s.split('/').enumerate() {
        if i > 0 {
            f.write_str("/")?;
        }
        encode(f, seg, &[])?;
    }
    Ok(())
}

impl fmt::Display for Purl {
    /// The canonical form: `pkg:type/namespace/name@version?k=v&…#subpath`, percent-encoded.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "pkg:{}/", self.ty)?;
        if let Some(ns) = &self.namespace {
            encode_segments(f, ns)?;
            f.write_str("/")?;
        }
        if self.ty == "git" {
            encode_segments(f, &self.name)?;
        } else {
            encode(f, &self.name, &[])?;
        }
        if let Some(v) = &self.version {
            f.write_str("@")?;
            encode(f, v, &[])?;
        }
        for (i, (k, v)) in self.qualifiers.iter().enumerate() {
            f.write_str(if i == 0 { "?" } else { "&" })?;
            write!(f, "{k}=")?;
            encode(f, v, &[])?;
        }
        if let Some(sub) = &self.subpath {
            f.write_str("#")?;
            encode_segments(f, sub)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(s: &str) -> Purl {
        match Purl::parse(s) {
            Ok(p) => p,
            Err(e) => panic!("{s}: {e}"),
        }
    }

    #[test]
    fn npm_scoped() {
        let p = ok("pkg:npm/%40angular/core@1.0.0");
        assert_eq!(p.ty, "npm");
        assert_eq!(p.namespace.as_deref(), Some("@angular"));
        assert_eq!(p.name, "core");
        assert_eq!(p.version.as_deref(), Some("1.0.0"));
        assert_eq!(p.to_string(), "pkg:npm/%40angular/core@1.0.0");
        // An unencoded '@' in the namespace and no version.
        let p = ok("pkg:npm/@angular/core");
        assert_eq!(p.namespace.as_deref(), Some("@angular"));
        assert_eq!(p.version, None);
    }

    #[test]
    fn maven_with_qualifiers() {
        let p = ok(
            "pkg:maven/org.apache.xmlgraphics/batik-anim@1.9.1?type=POM&Classifier=sources&repository_url=repo.spring.io%2Frelease",
        );
        assert_eq!(p.namespace.as_deref(), Some("org.apache.xmlgraphics"));
        assert_eq!(p.name, "batik-anim");
        let keys: Vec<&str> = p.qualifiers.keys().map(String::as_str).collect();
        assert_eq!(keys, ["classifier", "repository_url", "type"]);
        assert_eq!(p.qualifiers["repository_url"], "repo.spring.io/release");
        assert_eq!(
            p.to_string(),
            "pkg:maven/org.apache.xmlgraphics/batik-anim@1.9.1?classifier=sources&repository_url=repo.spring.io%2Frelease&type=POM"
        );
    }

    #[test]
    fn pypi_golang_deb_docker() {
        let p = ok("pkg:PyPI/Django_Allauth@1.11.1");
        assert_eq!((p.ty.as_str(), p.name.as_str()), ("pypi", "django-allauth"));
        let p = ok("pkg:golang/google.golang.org/genproto#googleapis/api/annotations");
        assert_eq!(p.namespace.as_deref(), Some("google.golang.org"));
        assert_eq!(p.name, "genproto");
        assert_eq!(p.subpath.as_deref(), Some("googleapis/api/annotations"));
        let p = ok("pkg:deb/debian/curl@7.50.3-1?arch=i386&distro=jessie");
        assert_eq!(p.qualifiers.get("arch").map(String::as_str), Some("i386"));
        assert_eq!(
            p.to_string(),
            "pkg:deb/debian/curl@7.50.3-1?arch=i386&distro=jessie"
        );
        let p = ok("pkg:docker/customer/dockerimage@sha256%3A244fd47e07d10?repository_url=gcr.io");
        assert_eq!(p.version.as_deref(), Some("sha256:244fd47e07d10"));
        assert_eq!(
            p.to_string(),
            "pkg:docker/customer/dockerimage@sha256:244fd47e07d10?repository_url=gcr.io"
        );
        let p = ok("pkg:github/Package-URL/Purl-Spec@244fd47e07d1004#everybody/loves/dogs");
        assert_eq!(p.namespace.as_deref(), Some("package-url"));
        assert_eq!(p.name, "purl-spec");
    }

    #[test]
    fn canonical_round_trip() {
        for s in [
            "pkg:npm/%40angular/core@1.0.0",
            "pkg:cargo/rand@0.7.2",
            "pkg:gem/jruby-launcher@1.1.2?platform=java",
            "pkg:nuget/EnterpriseLibrary.Common@6.0.1304",
            "pkg:generic/openssl@1.1.10g?download_url=https:%2F%2Fopenssl.org%2Fsource%2Fopenssl-1.1.0g.tar.gz",
        ] {
            let once = ok(s).to_string();
            assert_eq!(ok(&once).to_string(), once, "{s}");
        }
        assert_eq!(
            ok("pkg://npm//lodash@4.17.21/").to_string(),
            "pkg:npm/lodash@4.17.21"
        );
        assert_eq!(ok("pkg:npm/a%20b@1").name, "a b");
        assert_eq!(ok("pkg:npm/a%20b@1").to_string(), "pkg:npm/a%20b@1");
        assert!(ok("pkg:npm/x?empty=").qualifiers.is_empty());
    }

    /// `check` gives exactly `parse`'s verdict, on purls built from the characters that steer
    /// parsing (a fixed xorshift sequence, so a failure reproduces).
    #[test]
    fn check_agrees_with_parse() {
        const PIECES: &[&str] = &[
            "pkg:", "PKG:", "pkg", ":", "/", "//", "@", "%", "%40", "%4", "%ff", "?", "#", "&",
            "=", "a", "Np", "1", ".", "+", "-", "_", " ", "é", "npm", "x=1", "..",
        ];
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let (mut valid, mut invalid) = (0, 0);
        // A purl's parts, each usually well formed, sometimes a random piece.
        const PARTS: [&[&str]; 6] = [
            &["pkg:", "pkg:/", "PKG://", " pkg:"],
            &[
                "npm/", "Maven/", "a.b+c-d/", "pypi/", "swift/", "Julia/", "cpan/", "git/",
            ],
            &["", "", "ns/", "%40scope/", "a/b/", "/"],
            &["name", "Name_x", "n%20m", "x@y", "", "URI::P"],
            &["", "", "@1.0", "@", "@v%2B1"],
            &["", "", "?a=1", "?A=1&b=", "#sub/..", "/", " ", "?uuid=1"],
        ];
        for _ in 0..200_000 {
            let mut s = String::new();
            for part in PARTS {
                if next() % 8 == 0 {
                    for _ in 0..next() % 3 {
                        s.push_str(PIECES[(next() % PIECES.len() as u64) as usize]);
                    }
                } else {
                    s.push_str(part[(next() % part.len() as u64) as usize]);
                }
            }
            let parsed = Purl::parse(&s).map(drop);
            assert_eq!(Purl::check(&s), parsed, "{s:?}");
            if parsed.is_ok() {
                valid += 1;
            } else {
                invalid += 1;
            }
        }
        // Both verdicts must be well represented for the agreement to mean something.
        assert!(
            valid > 20_000 && invalid > 20_000,
            "{valid} valid, {invalid} invalid"
        );
        for s in [
            "pkg:npm/@angular/core",
            "pkg:npm/ns/@1.0",
            " pkg:npm/x@ ",
            "pkg:/x",
            "pkg:1a/x",
        ] {
            assert_eq!(Purl::check(s), Purl::parse(s).map(drop), "{s:?}");
        }
    }

    #[test]
    fn escapes_qualifiers_and_subpaths_are_found_at_every_position() {
        for len in 0..27 {
            let plain = vec![b'a'; len];
            assert!(!has_escape_qualifier_or_subpath(&plain), "{len}");
            for at in 0..len {
                for special in [b'%', b'?', b'#'] {
                    let mut s = plain.clone();
                    s[at] = special;
                    assert!(has_escape_qualifier_or_subpath(&s), "{len} {at} {special}");
                }
                // Neighbours of the three (and the zero byte) are not mistaken for them.
                for other in [0, b'$', b'&', b'"', b'>', b'@', 0x80 | b'%'] {
                    let mut s = plain.clone();
                    s[at] = other;
                    assert!(!has_escape_qualifier_or_subpath(&s), "{len} {at} {other}");
                }
            }
        }
    }

    #[test]
    fn errors() {
        assert_eq!(Purl::parse("npm/lodash@1"), Err(PurlError::MissingScheme));
        assert_eq!(Purl::parse("http://x/y"), Err(PurlError::MissingScheme));
        assert_eq!(Purl::parse("pkg:/lodash"), Err(PurlError::MissingName));
        assert_eq!(Purl::parse("pkg:"), Err(PurlError::EmptyType));
        assert_eq!(Purl::parse("pkg:/"), Err(PurlError::EmptyType));
        assert!(matches!(
            Purl::parse("pkg:n%pm/x"),
            Err(PurlError::InvalidType(_))
        ));
        assert!(matches!(
            Purl::parse("pkg:1npm/x"),
            Err(PurlError::InvalidType(_))
        ));
        assert_eq!(Purl::parse("pkg:npm"), Err(PurlError::MissingName));
        assert_eq!(Purl::parse("pkg:npm/"), Err(PurlError::MissingName));
        assert_eq!(Purl::parse("pkg:npm/ns/@1.0"), Err(PurlError::MissingName));
        assert!(matches!(
            Purl::parse("pkg:npm/x?a b=1"),
            Err(PurlError::InvalidQualifierKey(_))
        ));
        assert!(matches!(
            Purl::parse("pkg:npm/x?=1"),
            Err(PurlError::InvalidQualifierKey(_))
        ));
        assert!(matches!(
            Purl::parse("pkg:npm/x?a=1&A=2"),
            Err(PurlError::DuplicateQualifier(_))
        ));
        assert!(matches!(
            Purl::parse("pkg:npm/x%2"),
            Err(PurlError::BadPercentEncoding(_))
        ));
        assert!(matches!(
            Purl::parse("pkg:npm/x%zz"),
            Err(PurlError::BadPercentEncoding(_))
        ));
        assert!(matches!(
            Purl::parse("pkg:npm/x%ff"),
            Err(PurlError::BadPercentEncoding(_))
        ));
        let msg = Purl::parse("lodash").map_err(|e| e.to_string());
        assert_eq!(
            msg,
            Err("a package URL must start with \"pkg:\"".to_string())
        );
    }
}
