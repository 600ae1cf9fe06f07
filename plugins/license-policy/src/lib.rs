//! Licence allow-list policy: every component must declare a licence, and every SPDX licence id
//! in its expressions must be on the allow-list.
//!
//! Configuration: `allow` = comma-separated SPDX ids (default: common permissive licences).

use traceguard_sdk::policy::{Evaluation, Policy, Sbom};
use traceguard_sdk::{Finding, PluginError, Severity, config, export_policy};

const DEFAULT_ALLOW: &str = "Apache-2.0,MIT,BSD-2-Clause,BSD-3-Clause,ISC,0BSD,Zlib,Unlicense,CC0-1.0,BSL-1.0,Unicode-3.0,Unicode-DFS-2016,MPL-2.0";

/// The licence allow-list policy.
pub struct LicenseAllowList;

impl Policy for LicenseAllowList {
    fn evaluate(sbom: &Sbom<'_>) -> Result<Evaluation, PluginError> {
        let allow_config = config("allow").unwrap_or_else(|| DEFAULT_ALLOW.to_string());
        let allowed: Vec<&str> = allow_config
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        let mut findings = Vec::new();
        for component in sbom.components() {
            let who = component.label();
            if component.licenses.is_empty() {
                findings.push(
                    Finding::new(
                        "license/missing",
                        Severity::Warning,
                        Some(component.bom_ref.clone()),
                        format!("{who} declares no licence"),
                    )
                    .with_remediation(
                        "add the component's licence to the SBOM (SPDX id or expression)",
                    ),
                );
                continue;
            }
            let unsatisfied: Vec<&String> = component
                .licenses
                .iter()
                .filter(|expr| !satisfied(expr, &allowed))
                .collect();
            if !unsatisfied.is_empty() {
                let list: Vec<&str> = unsatisfied.iter().map(|s| s.as_str()).collect();
                findings.push(
                    Finding::new(
                        "license/not-allowed",
                        Severity::Error,
                        Some(component.bom_ref.clone()),
                        format!(
                            "{who} is licensed under {}, which the allow-list does not satisfy",
                            list.join("; ")
                        ),
                    )
                    .with_remediation(
                        "replace the component, obtain an exception, or extend the `allow` list",
                    ),
                );
            }
        }
        Ok(Evaluation::from_findings(findings))
    }
}

/// Whether an SPDX expression is satisfied by the allow-list: `OR` needs one side, `AND`
/// both, `WITH exception` follows its licence, `+` is ignored. Malformed means not satisfied.
fn satisfied(expression: &str, allowed: &[&str]) -> bool {
    let spaced = expression.replace('(', " ( ").replace(')', " ) ");
    let tokens: Vec<&str> = spaced.split_whitespace().collect();
    let mut parser = Expr {
        tokens: &tokens,
        pos: 0,
        allowed,
    };
    matches!(parser.or(), Some(ok) if parser.pos == tokens.len() && ok)
}

struct Expr<'a> {
    tokens: &'a [&'a str],
    pos: usize,
    allowed: &'a [&'a str],
}

impl Expr<'_> {
    fn peek_is(&self, word: &str) -> bool {
        self.tokens
            .get(self.pos)
            .is_some_and(|t| t.eq_ignore_ascii_case(word))
    }

    fn or(&mut self) -> Option<bool> {
        let mut ok = self.and()?;
        while self.peek_is("OR") {
            self.pos += 1;
            ok |= self.and()?;
        }
        Some(ok)
    }

    fn and(&mut self) -> Option<bool> {
        let mut ok = self.atom()?;
        while self.peek_is("AND") {
            self.pos += 1;
            ok &= self.atom()?;
        }
        Some(ok)
    }

    fn atom(&mut self) -> Option<bool> {
        let token = *self.tokens.get(self.pos)?;
        self.pos += 1;
        if token == "(" {
            let ok = self.or()?;
            if self.tokens.get(self.pos) != Some(&")") {
                return None;
            }
            self.pos += 1;
            return Some(ok);
        }
        if token == ")" || token.eq_ignore_ascii_case("AND") || token.eq_ignore_ascii_case("OR") {
            return None;
        }
        if self.peek_is("WITH") {
            self.pos += 2;
        }
        let id = token.trim_end_matches('+');
        Some(self.allowed.iter().any(|a| a.eq_ignore_ascii_case(id)))
    }
}

export_policy!(LicenseAllowList);
