//! Shared value checks, delegated to `traceguard_sdk::check` so every parser judges hashes,
//! purls, CPEs and licence expressions the same way.

use traceguard_sdk::check;

/// A problem with a checksum value for `algorithm` (wrong length, not hex), if any.
pub fn hash(algorithm: &str, value: &str) -> Option<String> {
    check::hash(algorithm, value)
}

/// A problem with a package URL, if any.
pub fn purl(purl: &str) -> Option<String> {
    check::purl(purl)
}

/// A problem with a CPE 2.2/2.3 name, if any.
pub fn cpe(cpe: &str) -> Option<String> {
    check::cpe(cpe)
}

/// Problems with an SPDX licence expression (unknown or deprecated identifiers, syntax).
pub fn license_expression(expression: &str) -> Vec<String> {
    check::license_expression(expression)
}
