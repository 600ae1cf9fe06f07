//! CycloneDX schema rules shared by the JSON and XML readers, applied to located values.
//!
//! Each function reports into a [`Report`]; rules that differ between spec versions are
//! reported with the version range they apply to, so a document whose `specVersion` comes after
//! its components is still judged by the right rules.

use traceguard_sdk::{Component, ComponentKind, Hash, check};

use crate::model::{Field, Loc, Report};
use crate::rules;

/// An enumerated value domain of the CycloneDX schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Domain {
    /// `component.type`.
    ComponentType,
    /// `component.scope`.
    Scope,
    /// `hash.alg`.
    HashAlg,
    /// `externalReference.type`.
    ExternalReference,
    /// `patch.type`.
    Patch,
    /// `issue.type`.
    Issue,
    /// data flow direction of a service.
    DataFlow,
    /// `attachment.encoding`.
    Encoding,
    /// licence `acknowledgement` (1.6).
    Acknowledgement,
    /// `metadata.distributionConstraints.tlp` (1.7).
    Tlp,
}

impl Domain {
    /// `(value, first minor version that has it)`.
    fn values(self) -> &'static [(&'static str, u8)] {
        match self {
            Domain::ComponentType => &[
                ("application", 2),
                ("framework", 2),
                ("library", 2),
                ("container", 2),
                ("operating-system", 2),
                ("device", 2),
                ("firmware", 2),
                ("file", 2),
                ("platform", 5),
                ("device-driver", 5),
                ("machine-learning-model", 5),
                ("data", 5),
                ("cryptographic-asset", 6),
            ],
            Domain::Scope => &[("required", 2), ("optional", 2), ("excluded", 2)],
            Domain::HashAlg => &[
                ("MD5", 2),
                ("SHA-1", 2),
                ("SHA-256", 2),
                ("SHA-384", 2),
                ("SHA-512", 2),
                ("SHA3-256", 2),
                ("SHA3-384", 2),
                ("SHA3-512", 2),
                ("BLAKE2b-256", 2),
                ("BLAKE2b-384", 2),
                ("BLAKE2b-512", 2),
                ("BLAKE3", 2),
                ("Streebog-256", 7),
                ("Streebog-512", 7),
            ],
            Domain::ExternalReference => &[
                ("vcs", 2),
                ("issue-tracker", 2),
                ("website", 2),
                ("advisories", 2),
                ("bom", 2),
                ("mailing-list", 2),
                ("social", 2),
                ("chat", 2),
                ("documentation", 2),
                ("support", 2),
                ("distribution", 2),
                ("license", 2),
                ("build-meta", 2),
                ("build-system", 2),
                ("other", 2),
                ("release-notes", 4),
                ("distribution-intake", 5),
                ("security-contact", 5),
                ("model-card", 5),
                ("log", 5),
                ("configuration", 5),
                ("evidence", 5),
                ("formulation", 5),
                ("attestation", 5),
                ("threat-model", 5),
                ("adversary-model", 5),
                ("risk-assessment", 5),
                ("vulnerability-assertion", 5),
                ("exploitability-statement", 5),
                ("pentest-report", 5),
                ("static-analysis-report", 5),
                ("dynamic-analysis-report", 5),
                ("runtime-analysis-report", 5),
                ("component-analysis-report", 5),
                ("maturity-report", 5),
                ("certification-report", 5),
                ("codified-infrastructure", 5),
                ("quality-metrics", 5),
                ("poam", 5),
                ("source-distribution", 6),
                ("electronic-signature", 6),
                ("digital-signature", 6),
                ("rfc-9116", 6),
                ("patent", 7),
                ("patent-family", 7),
                ("patent-assertion", 7),
                ("citation", 7),
            ],
            Domain::Patch => &[
                ("unofficial", 2),
                ("monkey", 2),
                ("backport", 2),
                ("cherry-pick", 2),
            ],
            Domain::Issue => &[("defect", 2), ("enhancement", 2), ("security", 2)],
            Domain::DataFlow => &[
                ("inbound", 2),
                ("outbound", 2),
                ("bi-directional", 2),
                ("unknown", 2),
            ],
            Domain::Encoding => &[("base64", 2)],
            Domain::Acknowledgement => &[("declared", 6), ("concluded", 6)],
            Domain::Tlp => &[
                ("CLEAR", 7),
                ("GREEN", 7),
                ("AMBER", 7),
                ("AMBER_AND_STRICT", 7),
                ("RED", 7),
            ],
        }
    }

    fn what(self) -> &'static str {
        match self {
            Domain::ComponentType => "component type",
            Domain::Scope => "component scope",
            Domain::HashAlg => "hash algorithm",
            Domain::ExternalReference => "external reference type",
            Domain::Patch => "patch type",
            Domain::Issue => "issue type",
            Domain::DataFlow => "data flow",
            Domain::Encoding => "attachment encoding",
            Domain::Acknowledgement => "licence acknowledgement",
            Domain::Tlp => "distribution TLP classification",
        }
    }
}

/// Checks that `field` is one of the values of `domain` in the document's spec version;
/// returns whether it is one of them in any version.
pub fn enumeration(report: &mut Report, domain: Domain, field: &Field) -> bool {
    match domain.values().iter().find(|(v, _)| *v == field.value) {
        Some(&(_, since)) if since > 2 => {
            report.error_below(
                rules::SPEC_VERSION,
                since,
                &field.path,
                format!(
                    "{} {:?} needs CycloneDX 1.{since} or newer",
                    domain.what(),
                    field.value
                ),
            );
            true
        }
        Some(_) => true,
        None => {
            let newest = report.minor().unwrap_or(u8::MAX);
            let allowed: Vec<&str> = domain
                .values()
                .iter()
                .filter(|(_, since)| *since <= newest)
                .map(|(v, _)| *v)
                .collect();
            report.error(
                rules::ENUM,
                &field.path,
                format!(
                    "invalid {} {:?} (allowed: {})",
                    domain.what(),
                    field.value,
                    allowed.join(", ")
                ),
            );
            false
        }
    }
}

/// Reports a missing required value.
pub fn required(report: &mut Report, field: Option<&Field>, path: &str, what: &str) {
    if field.is_none() {
        report.error(rules::REQUIRED, path, format!("{what} is required"));
    }
}

/// Checks a hash and returns it normalised when it is usable.
pub fn hash(
    report: &mut Report,
    path: impl Into<String>,
    alg: Option<Field>,
    content: Option<Field>,
) -> Option<Hash> {
    let (Some(alg), Some(content)) = (alg, content) else {
        report.error(
            rules::HASH,
            path,
            "a hash needs both an algorithm and a content",
        );
        return None;
    };
    if !enumeration(report, Domain::HashAlg, &alg) {
        return None;
    }
    // Schema: 32, 40, 64, 96 or 128 hex digits; the shared check also matches it to the algorithm.
    if let Some(problem) = check::hash(&alg.value, &content.value) {
        report.error(rules::HASH, &content.path, problem);
        return None;
    }
    let mut value = content.value;
    value.make_ascii_lowercase();
    Some(Hash {
        algorithm: alg.value,
        value,
    })
}

/// One entry of a licence choice, as read from either format.
#[derive(Debug)]
pub enum LicenseEntry {
    /// A `license` object/element.
    License {
        /// Where the entry is.
        path: Loc,
        /// Every `id` given (XML may repeat it, which is invalid).
        ids: Vec<Field>,
        /// Every `name` given.
        names: Vec<Field>,
        /// `acknowledgement`, 1.6.
        acknowledgement: Option<Field>,
        /// `text.encoding`.
        encoding: Option<Field>,
    },
    /// An SPDX `expression`.
    Expression {
        /// The expression.
        expression: Field,
        /// `acknowledgement`, 1.6.
        acknowledgement: Option<Field>,
    },
    /// A JSON choice object with both or neither of `license` and `expression`.
    Malformed {
        /// Where the entry is.
        path: Loc,
        /// What is wrong.
        message: String,
    },
}

/// Checks a licence choice and returns the licences as SPDX ids, names or expressions.
///
/// `exclusive_from` is the first minor version in which a choice must be either licences or a
/// single expression (JSON: 1.5; XML: every version, the XSD has always had that choice).
pub fn licenses(
    report: &mut Report,
    path: impl Into<String>,
    entries: Vec<LicenseEntry>,
    exclusive_from: u8,
) -> Vec<String> {
    let mut out = Vec::with_capacity(entries.len());
    let expressions = entries
        .iter()
        .filter(|e| matches!(e, LicenseEntry::Expression { .. }))
        .count();
    if expressions > 0 && entries.len() > 1 {
        // 1.7 allows licences and expressions side by side.
        report.error_between(rules::LICENSE,
            exclusive_from,
            7,
            path,
            "a licence choice is either a list of licences or exactly one SPDX expression, not a mix (before CycloneDX 1.7)",
        );
    }
    for entry in entries {
        match entry {
            LicenseEntry::Malformed { path, message } => {
                report.error(rules::LICENSE, &path, message)
            }
            LicenseEntry::Expression {
                expression,
                acknowledgement,
            } => {
                if let Some(ack) = &acknowledgement {
                    enumeration(report, Domain::Acknowledgement, ack);
                }
                if report.checks() {
                    for problem in check::license_expression(&expression.value) {
                        report.warning(rules::LICENSE, &expression.path, problem);
                    }
                }
                out.push(expression.value);
            }
            LicenseEntry::License {
                path,
                ids,
                names,
                acknowledgement,
                encoding,
            } => {
                if let Some(ack) = &acknowledgement {
                    enumeration(report, Domain::Acknowledgement, ack);
                }
                if let Some(enc) = &encoding {
                    enumeration(report, Domain::Encoding, enc);
                }
                match (ids.len(), names.len()) {
                    (1, 0) | (0, 1) => {}
                    (0, 0) => {
                        report.error(rules::LICENSE, &path, "a licence needs an id or a name")
                    }
                    (i, n) if i > 1 || n > 1 => report.error(
                        rules::LICENSE,
                        &path,
                        "a licence has at most one id and one name",
                    ),
                    _ => report.error(
                        rules::LICENSE,
                        &path,
                        "a licence has either an id or a name, not both",
                    ),
                }
                let checked = if report.checks() { ids.as_slice() } else { &[] };
                for id in checked {
                    // The schema's id is an enumeration of SPDX licence ids.
                    if let Some(problem) = check::license_id(&id.value) {
                        report.error(rules::LICENSE, &id.path, problem);
                    }
                }
                if let Some(first) = ids.into_iter().chain(names).next() {
                    out.push(first.value);
                }
            }
        }
    }
    out
}

/// Checks a date-time (`YYYY-MM-DDThh:mm:ss[.frac][Z|±hh:mm]`); the zone is required in JSON.
pub fn date_time(report: &mut Report, field: &Field, zone_required: bool) {
    if !is_date_time(&field.value, zone_required) {
        report.error(
            rules::DATE_TIME,
            &field.path,
            format!(
                "{:?} is not a date-time (e.g. 2024-01-31T12:00:00Z)",
                field.value
            ),
        );
    }
}

fn is_date_time(s: &str, zone_required: bool) -> bool {
    let b = s.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let num =
        |r: std::ops::Range<usize>| s.get(r).and_then(|d| d.parse::<u32>().ok()).unwrap_or(99);
    let shape = digits(0..4)
        && b.get(4) == Some(&b'-')
        && digits(5..7)
        && b.get(7) == Some(&b'-')
        && digits(8..10)
        && matches!(b.get(10), Some(b'T' | b't'))
        && digits(11..13)
        && b.get(13) == Some(&b':')
        && digits(14..16)
        && b.get(16) == Some(&b':')
        && digits(17..19);
    if !shape || !(1..=12).contains(&num(5..7)) || !(1..=31).contains(&num(8..10)) {
        return false;
    }
    if num(11..13) > 23 || num(14..16) > 59 || num(17..19) > 60 {
        return false;
    }
    let mut rest = &s[19..];
    if let Some(frac) = rest.strip_prefix('.') {
        let n = frac.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 {
            return false;
        }
        rest = &frac[n..];
    }
    match rest.as_bytes() {
        [] => !zone_required,
        [b'Z' | b'z'] => true,
        [b'+' | b'-', h1, h2, b':', m1, m2] => [h1, h2, m1, m2].iter().all(|d| d.is_ascii_digit()),
        _ => false,
    }
}

/// Checks `serialNumber` against `^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`.
pub fn serial_number(report: &mut Report, field: &Field) {
    let ok = field.value.strip_prefix("urn:uuid:").is_some_and(|uuid| {
        let groups: Vec<&str> = uuid.split('-').collect();
        groups.len() == 5
            && groups.iter().zip([8, 4, 4, 4, 12]).all(|(g, n)| {
                g.len() == n
                    && g.bytes()
                        .all(|c| c.is_ascii_digit() || (b'a'..=b'f').contains(&c))
            })
    });
    if !ok {
        report.error(
            rules::SERIAL_NUMBER,
            &field.path,
            format!(
                "serialNumber {:?} must be urn:uuid: followed by a lowercase RFC 4122 UUID",
                field.value
            ),
        );
    }
}

/// Members of `metadata` and the first minor version that has each (the schemas allow no other).
const METADATA_MEMBERS: &[(&str, u8)] = &[
    ("timestamp", 2),
    ("tools", 2),
    ("authors", 2),
    ("component", 2),
    ("manufacture", 2),
    ("supplier", 2),
    ("licenses", 3),
    ("properties", 3),
    ("lifecycles", 5),
    ("manufacturer", 6),
    ("distributionConstraints", 7),
];

/// Checks one member name of `metadata` (`path` is the member's own path).
pub fn metadata_member(report: &mut Report, name: &str, path: &str) {
    match METADATA_MEMBERS.iter().find(|(n, _)| *n == name) {
        Some(&(_, since)) if since > 2 => report.error_below(
            rules::SPEC_VERSION,
            since,
            path,
            format!("metadata {name} needs CycloneDX 1.{since} or newer"),
        ),
        Some(_) => {}
        None => report.error(
            rules::UNKNOWN_MEMBER,
            path,
            format!("metadata has no member {name:?}"),
        ),
    }
}

/// What a reader found in one `citation` (1.7).
#[derive(Debug, Default)]
pub struct CitationFacts {
    /// Where the citation is.
    pub path: String,
    /// Whether it has `pointers`.
    pub pointers: bool,
    /// Whether it has `expressions`.
    pub expressions: bool,
    /// How many `attributedTo` it has (XML may repeat it, which is invalid).
    pub attributed_to: usize,
    /// How many `process` it has.
    pub process: usize,
    /// `timestamp`.
    pub timestamp: Option<Field>,
}

/// Judges a citation: exactly one of pointers and expressions, an `attributedTo` or a
/// `process` (at most one of each), and a timestamp.
pub fn citation(report: &mut Report, c: CitationFacts, zone_required: bool) {
    let path = c.path.as_str();
    match (c.pointers, c.expressions) {
        (true, true) => report.error(
            rules::CITATION,
            path,
            "a citation has either pointers or expressions, not both",
        ),
        (false, false) => report.error(
            rules::CITATION,
            path,
            "a citation needs pointers or expressions",
        ),
        _ => {}
    }
    if c.attributed_to == 0 && c.process == 0 {
        report.error(
            rules::CITATION,
            path,
            "a citation needs attributedTo or process",
        );
    }
    if c.attributed_to > 1 {
        report.error(
            rules::CITATION,
            path,
            "a citation has at most one attributedTo",
        );
    }
    if c.process > 1 {
        report.error(rules::CITATION, path, "a citation has at most one process");
    }
    match &c.timestamp {
        Some(t) => date_time(report, t, zone_required),
        None => report.error(rules::CITATION, path, "citation timestamp is required"),
    }
}

/// What the readers extract from one component (or component-like object) before it is judged.
#[derive(Debug, Default)]
pub struct ComponentFacts {
    /// Where the component is.
    pub path: Loc,
    /// `type`.
    pub kind: Option<Field>,
    /// `bom-ref`.
    pub bom_ref: Option<Field>,
    /// `name`; XML may repeat it (invalid).
    pub names: Vec<Field>,
    /// `version`.
    pub version: Option<Field>,
    /// `purl`.
    pub purl: Option<Field>,
    /// `cpe`.
    pub cpe: Option<Field>,
    /// `scope`.
    pub scope: Option<Field>,
    /// `supplier.name`.
    pub supplier: Option<String>,
    /// `publisher`.
    pub publisher: Option<String>,
    /// Hashes that passed their checks.
    pub hashes: Vec<Hash>,
    /// Licences that were read.
    pub licenses: Vec<String>,
    /// `swid`: (path, tagId, name).
    pub swid: Option<(String, Option<Field>, Option<Field>)>,
    /// `versionRange` (1.7).
    pub version_range: Option<Field>,
    /// `isExternal` (1.7; `false` when absent).
    pub is_external: bool,
}

/// Judges a component's own fields (its hashes and licences were checked when read) and
/// returns the normalised component. `fallback_ref` names components without a `bom-ref`.
pub fn component(report: &mut Report, facts: ComponentFacts, fallback_ref: String) -> Component {
    let path = &facts.path;
    match &facts.kind {
        Some(kind) => {
            enumeration(report, Domain::ComponentType, kind);
        }
        None => report.error(rules::REQUIRED, path, "component type is required"),
    }
    match facts.names.len() {
        0 => report.error(rules::REQUIRED, path, "component name is required"),
        1 => {}
        _ => report.error(
            rules::COMPONENT,
            &facts.names[1].path,
            "a component has only one name",
        ),
    }
    if facts.version.is_none() {
        report.error_below(
            rules::REQUIRED,
            4,
            path,
            "component version is required before CycloneDX 1.4",
        );
    }
    if let Some(bom_ref) = &facts.bom_ref {
        report.bom_ref(bom_ref);
    }
    if let Some(range) = &facts.version_range {
        if facts.version.is_some() {
            report.error_from(
                rules::COMPONENT,
                7,
                &range.path,
                "a component has either a version or a versionRange, not both",
            );
        }
        if !facts.is_external {
            report.error_from(
                rules::COMPONENT,
                7,
                &range.path,
                "versionRange is only for external components (isExternal: true)",
            );
        }
    }
    if let Some(scope) = &facts.scope {
        enumeration(report, Domain::Scope, scope);
    }
    if let Some(purl) = &facts.purl
        && report.checks()
        && let Some(problem) = check::purl(&purl.value)
    {
        report.warning(rules::PURL, &purl.path, problem);
    }
    if let Some(cpe) = &facts.cpe
        && report.checks()
        && let Some(problem) = check::cpe(&cpe.value)
    {
        report.warning(rules::CPE, &cpe.path, problem);
    }
    if let Some((swid_path, tag_id, name)) = &facts.swid {
        required(report, tag_id.as_ref(), swid_path, "swid tagId");
        required(report, name.as_ref(), swid_path, "swid name");
    }
    Component {
        bom_ref: facts.bom_ref.map(|f| f.value).unwrap_or(fallback_ref),
        name: facts
            .names
            .into_iter()
            .next()
            .map(|f| f.value)
            .unwrap_or_default(),
        version: facts.version.map(|f| f.value),
        purl: facts.purl.map(|f| f.value),
        cpe: facts.cpe.map(|f| f.value),
        licenses: facts.licenses,
        hashes: facts.hashes,
        supplier: facts.supplier.or(facts.publisher),
        kind: facts.kind.map_or(ComponentKind::Other, |k| kind(&k.value)),
    }
}

fn kind(t: &str) -> ComponentKind {
    match t {
        "application" => ComponentKind::Application,
        "framework" => ComponentKind::Framework,
        "library" => ComponentKind::Library,
        "container" => ComponentKind::Container,
        "platform" => ComponentKind::Platform,
        "operating-system" => ComponentKind::OperatingSystem,
        "device" => ComponentKind::Device,
        "device-driver" => ComponentKind::DeviceDriver,
        "firmware" => ComponentKind::Firmware,
        "file" => ComponentKind::File,
        "machine-learning-model" => ComponentKind::MachineLearningModel,
        "data" => ComponentKind::Data,
        _ => ComponentKind::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_times() {
        assert!(is_date_time("2020-04-13T20:20:39+00:00", true));
        assert!(is_date_time("2020-04-13T20:20:39.123Z", true));
        assert!(is_date_time("2020-04-13T20:20:39", false));
        assert!(!is_date_time("2020-04-13T20:20:39", true));
        assert!(!is_date_time("2020-04-13", false));
        assert!(!is_date_time("2020-13-13T20:20:39Z", true));
        assert!(!is_date_time("2020-04-13T20:20:39.Z", true));
        assert!(!is_date_time("２020-04-13T20:20:39Z", true));
    }
}
