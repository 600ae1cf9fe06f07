//! The rules of the registered package types, from the package-url specification's type
//! definitions (`types/*-definition.json` of package-url/purl-spec): whether a type requires or
//! prohibits a namespace, which of its components are case-insensitive (and so lowercased),
//! which qualifier it requires, and the few types with a syntax of their own.
//!
//! Unregistered types have no rules. Normalisation rules beyond lowercasing are applied for
//! `pypi` (`_` → `-` in the name), `mlflow` (the name is lowercased for Databricks servers) and
//! `git` (the name is the repository path after the host); the others (`alpm` version
//! comparison, `hackage` kebab-case, `pub` underscores) describe how producers spell a name and
//! are not applied.

use crate::PurlError;

/// Whether a type's purls have a namespace.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Namespace {
    Required,
    Prohibited,
    Optional,
}

/// Components of a type that are case-insensitive: lowercased when parsed or built.
const NS: u8 = 1;
const NAME: u8 = 2;
const VERSION: u8 = 4;

/// A type with a name or version syntax of its own.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Syntax {
    Any,
    /// `chrome-extension`: the name is 32 letters a-p, the version 1-4 numbers.
    ChromeExtension,
    /// `cpan`: the name is a distribution name, without `::`.
    Cpan,
}

/// One registered type's rules.
pub(crate) struct TypeRules {
    namespace: Namespace,
    lower: u8,
    required_qualifier: Option<&'static str>,
    syntax: Syntax,
}

impl TypeRules {
    /// Whether the namespace is lowercased.
    pub(crate) fn lower_namespace(&self) -> bool {
        self.lower & NS != 0
    }

    /// Whether the name is lowercased.
    pub(crate) fn lower_name(&self) -> bool {
        self.lower & NAME != 0
    }

    /// Whether the version is lowercased.
    pub(crate) fn lower_version(&self) -> bool {
        self.lower & VERSION != 0
    }
}

const fn rule(namespace: Namespace, lower: u8) -> TypeRules {
    TypeRules {
        namespace,
        lower,
        required_qualifier: None,
        syntax: Syntax::Any,
    }
}

/// A type name (at most 16 bytes) packed into an integer, first byte most significant, so that
/// integer order is the names' alphabetical order.
const fn key(name: &[u8]) -> u128 {
    let mut k = 0u128;
    let mut i = 0;
    while i < 16 {
        k <<= 8;
        if i < name.len() {
            k |= name[i].to_ascii_lowercase() as u128;
        }
        i += 1;
    }
    k
}

const fn with(rules: TypeRules, required_qualifier: &'static str, syntax: Syntax) -> TypeRules {
    TypeRules {
        required_qualifier: if required_qualifier.is_empty() {
            None
        } else {
            Some(required_qualifier)
        },
        syntax,
        ..rules
    }
}

/// Every registered type with its rules, in alphabetical order (a test checks it).
static TYPES: [(u128, TypeRules); 42] = {
    use Namespace::{Optional as Opt, Prohibited as No, Required as Req};
    [
        (key(b"alpm"), rule(Req, NS | NAME)),
        (key(b"apk"), rule(Req, NS | NAME)),
        (key(b"bazel"), rule(No, 0)),
        (key(b"bitbucket"), rule(Req, NS | NAME)),
        (key(b"bitnami"), rule(No, NAME)),
        (key(b"brew"), rule(Opt, NS | NAME)),
        (key(b"cargo"), rule(No, 0)),
        (
            key(b"chrome-extension"),
            with(rule(No, NAME), "", Syntax::ChromeExtension),
        ),
        (key(b"cocoapods"), rule(No, 0)),
        (key(b"composer"), rule(Req, NS | NAME)),
        (key(b"conan"), rule(Opt, 0)),
        (key(b"conda"), rule(No, 0)),
        (key(b"cpan"), with(rule(Opt, 0), "", Syntax::Cpan)),
        (key(b"cran"), rule(No, 0)),
        (key(b"deb"), rule(Req, NS | NAME)),
        (key(b"docker"), rule(Opt, 0)),
        (key(b"gem"), rule(No, 0)),
        (key(b"generic"), rule(Opt, 0)),
        (key(b"git"), rule(Req, 0)),
        (key(b"github"), rule(Req, NS | NAME)),
        (key(b"golang"), rule(Req, 0)),
        (key(b"hackage"), rule(No, 0)),
        (key(b"hex"), rule(Opt, NS | NAME)),
        (key(b"huggingface"), rule(Req, VERSION)),
        (key(b"julia"), with(rule(No, 0), "uuid", Syntax::Any)),
        (key(b"luarocks"), rule(Opt, NS | NAME)),
        (key(b"maven"), rule(Req, 0)),
        (key(b"mlflow"), rule(No, 0)),
        (key(b"npm"), rule(Opt, 0)),
        (key(b"nuget"), rule(No, 0)),
        (key(b"oci"), rule(No, NAME | VERSION)),
        (key(b"opam"), rule(No, 0)),
        (key(b"otp"), rule(No, NAME)),
        (key(b"pub"), rule(No, NAME)),
        (key(b"pypi"), rule(No, NAME | VERSION)),
        (key(b"qpkg"), rule(Req, NS)),
        (key(b"rpm"), rule(Req, NS)),
        (key(b"swid"), with(rule(Opt, 0), "tag_id", Syntax::Any)),
        (key(b"swift"), rule(Req, 0)),
        (key(b"vcpkg"), rule(No, 0)),
        (key(b"vscode-extension"), rule(Req, NS | NAME | VERSION)),
        (key(b"yocto"), rule(Opt, NS)),
    ]
};

/// The rules of type `ty` (in any case), or `None` for an unregistered type. Looks the type up
/// without allocating, by binary search on its packed name: `Purl::check` calls this for every
/// purl it checks.
pub(crate) fn rules(ty: &str) -> Option<&'static TypeRules> {
    if ty.len() > 16 {
        return None;
    }
    // Packed byte by byte: a copy into a buffer would be a `memcpy` call in the sandbox.
    let mut k = 0u128;
    for (i, b) in ty.bytes().enumerate() {
        k |= u128::from(b.to_ascii_lowercase()) << (8 * (15 - i));
    }
    TYPES
        .binary_search_by_key(&k, |(k, _)| *k)
        .ok()
        .map(|i| &TYPES[i].1)
}

/// Checks a purl's parts against the rules of its type: `ty` in any case, `name` and `version`
/// decoded (or raw, when the purl has no percent-escapes), `has_qualifier` answering for a
/// lowercased key. Allocates only for an error.
pub(crate) fn check(
    ty: &str,
    has_namespace: bool,
    name: &str,
    version: Option<&str>,
    has_qualifier: impl Fn(&str) -> bool,
) -> Result<(), PurlError> {
    let Some(rules) = rules(ty) else {
        return Ok(());
    };
    let broken = |rule: &'static str| {
        Err(PurlError::TypeRule {
            ty: ty.to_ascii_lowercase(),
            rule,
        })
    };
    match (rules.namespace, has_namespace) {
        (Namespace::Required, false) => return broken("a namespace is required"),
        (Namespace::Prohibited, true) => return broken("a namespace is not allowed"),
        _ => {}
    }
    if let Some(key) = rules.required_qualifier
        && !has_qualifier(key)
    {
        return broken(match key {
            "uuid" => "the `uuid` qualifier is required",
            _ => "the `tag_id` qualifier is required",
        });
    }
    if rules.syntax == Syntax::ChromeExtension {
        // The extension id: 32 letters a-p (case-insensitive); the version: 1-4 numbers.
        let id = name.len() == 32 && name.bytes().all(|b| matches!(b | 0x20, b'a'..=b'p'));
        if !id {
            return broken("the name must be 32 letters from a to p");
        }
        if let Some(v) = version {
            let numbers = v.split('.').count() <= 4
                && v.split('.')
                    .all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
            if !numbers {
                return broken("the version must be 1 to 4 numbers separated by '.'");
            }
        }
    }
    if rules.syntax == Syntax::Cpan && name.contains("::") {
        return broken("the name is a distribution name, which has no `::` (a module name does)");
    }
    Ok(())
}

/// Whether an `mlflow` model's repository is a Databricks server, whose model names are
/// case-insensitive (lowercased), unlike Azure ML's.
pub(crate) fn databricks(repository_url: &str) -> bool {
    let host = repository_url
        .split_once("://")
        .map_or(repository_url, |(_, rest)| rest);
    let host = host.split('/').next().unwrap_or_default();
    host.to_ascii_lowercase().contains("databricks")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_for_binary_search() {
        assert!(TYPES.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn types_are_found_in_any_case_and_unknown_ones_have_no_rules() {
        assert!(rules("npm").is_some());
        assert!(rules("NPM").is_some());
        assert!(rules("vscode-extension").is_some());
        assert!(rules("vscode-extensions").is_none());
        assert!(rules("npmx").is_none());
        assert!(rules("").is_none());
        assert!(rules("a-type-name-longer-than-any").is_none());
    }

    #[test]
    fn rules_are_enforced() {
        let none = |_: &str| false;
        assert!(check("swift", false, "Alamofire", None, none).is_err());
        assert!(check("swift", true, "Alamofire", None, none).is_ok());
        assert!(check("cargo", true, "rand", None, none).is_err());
        assert!(check("julia", false, "Dates", None, none).is_err());
        assert!(check("julia", false, "Dates", None, |k| k == "uuid").is_ok());
        assert!(check("cpan", false, "URI::PackageURL", None, none).is_err());
        let id = "dlpngalgnefjeiefhmpklpfiohadpglk";
        assert!(check("chrome-extension", false, id, Some("1.2.3.4"), none).is_ok());
        assert!(check("chrome-extension", false, &id.to_uppercase(), None, none).is_ok());
        assert!(check("chrome-extension", false, id, Some("1.2.3.4.5"), none).is_err());
        assert!(check("chrome-extension", false, id, Some("1..2"), none).is_err());
        assert!(check("chrome-extension", false, &id[1..], None, none).is_err());
        assert!(check("unregistered", true, "x", None, none).is_ok());
        assert_eq!(
            check("Otp", true, "hex", None, none).map_err(|e| e.to_string()),
            Err("invalid otp package URL: a namespace is not allowed".to_string())
        );
    }

    #[test]
    fn databricks_servers_are_recognised() {
        assert!(databricks(
            "https://adb-5245952564735461.0.azuredatabricks.net/api/2.0/mlflow"
        ));
        assert!(!databricks(
            "https://westus2.api.azureml.ms/mlflow/v1.0/databricks"
        ));
    }
}
