//! The rule codes of this parser's diagnostics (`spdx/<check>`), for SPDX 2.x and 3.0 alike,
//! stored with each diagnostic so a tenant can list, count and gate on them (`sbom-validity`'s
//! `rules`). Codes are stable: a new check gets a new code, an existing code never changes
//! meaning. Checks that CycloneDX also makes share their suffix (`*/required-field`,
//! `*/hash-digest`, …).

/// A field has the wrong type or shape (a string where a list belongs, a tag-value line that
/// is not `Tag: value`, an element that is not an object).
pub const STRUCTURE: &str = "spdx/structure";
/// A field the specification requires is missing (for the declared spdxVersion).
pub const REQUIRED: &str = "spdx/required-field";
/// An spdxVersion this parser does not read, or a field or value the declared version does
/// not define (added in a later one).
pub const SPEC_VERSION: &str = "spdx/spec-version";
/// A field the specification does not define (ignored).
pub const UNKNOWN_MEMBER: &str = "spdx/unknown-member";
/// An SPDX identifier that is malformed, missing, or used twice.
pub const SPDX_ID: &str = "spdx/spdx-id";
/// A checksum of an unknown algorithm, or whose value does not fit its algorithm.
pub const HASH: &str = "spdx/hash-digest";
/// A licence expression or id that is not valid SPDX.
pub const LICENSE: &str = "spdx/license";
/// A `dataLicense` other than CC0-1.0.
pub const DATA_LICENSE: &str = "spdx/data-license";
/// A relationship that is malformed or names an SPDX id the document does not define.
pub const RELATIONSHIP: &str = "spdx/relationship";
/// A value outside its enumeration (e.g. `FilesAnalyzed` that is not true or false).
pub const ENUM: &str = "spdx/enum-value";
/// A package URL that does not follow the purl specification.
pub const PURL: &str = "spdx/purl";
/// A CPE name that is neither CPE 2.2 nor 2.3.
pub const CPE: &str = "spdx/cpe";

/// Every rule code, for documentation and tests.
pub const ALL: &[&str] = &[
    STRUCTURE,
    REQUIRED,
    SPEC_VERSION,
    UNKNOWN_MEMBER,
    SPDX_ID,
    HASH,
    LICENSE,
    DATA_LICENSE,
    RELATIONSHIP,
    ENUM,
    PURL,
    CPE,
];
