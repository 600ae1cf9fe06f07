//! The rule codes of this parser's diagnostics (`cyclonedx/<check>`), stored with each
//! diagnostic so a tenant can list, count and gate on them (`sbom-validity`'s `rules`). Codes
//! are stable: a new check gets a new code, an existing code never changes meaning. Checks that
//! SPDX also makes share their suffix (`*/required-field`, `*/hash-digest`, …).

/// A member has the wrong JSON type or XML shape (an object where a string belongs, a
/// component that is not an object), or the document is another format's.
pub const STRUCTURE: &str = "cyclonedx/structure";
/// A field the schema requires is missing.
pub const REQUIRED: &str = "cyclonedx/required-field";
/// A value is not one of its enumeration's (component type, hash algorithm, …).
pub const ENUM: &str = "cyclonedx/enum-value";
/// A field or value the document's spec version does not have (it needs a newer one), or a
/// spec version newer than this parser knows.
pub const SPEC_VERSION: &str = "cyclonedx/spec-version";
/// A member the schema does not define where no others are allowed.
pub const UNKNOWN_MEMBER: &str = "cyclonedx/unknown-member";
/// A hash without an algorithm or content, or a digest of the wrong length or not hex.
pub const HASH: &str = "cyclonedx/hash-digest";
/// A licence choice, id or expression the specification does not allow.
pub const LICENSE: &str = "cyclonedx/license";
/// A timestamp that is not an RFC 3339 date-time.
pub const DATE_TIME: &str = "cyclonedx/date-time";
/// A serial number that is not `urn:uuid:` and a UUID.
pub const SERIAL_NUMBER: &str = "cyclonedx/serial-number";
/// A bom-ref that is empty or used twice.
pub const BOM_REF: &str = "cyclonedx/bom-ref";
/// A dependency whose reference is empty or names no bom-ref in the document.
pub const DEPENDENCY: &str = "cyclonedx/dependency";
/// A component's own constraints (one name; a version or a version range, not both; ranges
/// only on external components).
pub const COMPONENT: &str = "cyclonedx/component";
/// A citation (1.7) without what it cites, or with more than one attribution.
pub const CITATION: &str = "cyclonedx/citation";
/// A package URL that does not follow the purl specification.
pub const PURL: &str = "cyclonedx/purl";
/// A CPE name that is neither CPE 2.2 nor 2.3.
pub const CPE: &str = "cyclonedx/cpe";

/// Every rule code, for documentation and tests.
pub const ALL: &[&str] = &[
    STRUCTURE,
    REQUIRED,
    ENUM,
    SPEC_VERSION,
    UNKNOWN_MEMBER,
    HASH,
    LICENSE,
    DATE_TIME,
    SERIAL_NUMBER,
    BOM_REF,
    DEPENDENCY,
    COMPONENT,
    CITATION,
    PURL,
    CPE,
];
