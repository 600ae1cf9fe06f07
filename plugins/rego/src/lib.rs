//! Rego policy plugin: evaluates a tenant's Rego policy with [regorus] over the normalised SBOM.
//!
//! Configuration:
//! - `policy` (required): the Rego source of the policy (Rego v1 syntax: `contains`, `if`).
//! - `query` (optional, default `data.traceguard.deny`): the query whose value lists the findings.
//! - `mode` (optional): `check` only validates the policy, as `traceguard policy add` does: it
//!   compiles it, evaluates the query over the SBOM given (the host passes an empty one) and
//!   fails when the query is undefined, e.g. because the package name does not match it. No
//!   findings are returned in this mode.
//!
//! The policy's `input` is the SBOM as JSON:
//! `{"document": {format, spec_version, name, created, tools, supplier},
//!   "components": [{bom_ref, name, version, purl, cpe, licenses, hashes: [{algorithm, value}],
//!   supplier, kind}], "dependencies": [{ref, depends_on}]}`. Absent optional values
//! (`name`, `created`, `supplier`, `version`, `purl`, `cpe`) are left out rather than `null`, so
//! `not c.purl` holds for a component without one, as Rego authors expect; `kind` is the WIT
//! name, e.g. `library`, `operating-system`.
//!
//! The query's value is a set (or array) of deny entries. An entry is either a string, the
//! message of an error finding with rule id `rego`, or an object
//! `{rule_id?, severity? ("info" | "warning" | "error", default "error"), component_ref?,
//! message, remediation?}`. The evaluation passes when no finding has error severity; findings
//! are sorted by rule id, component reference and message, so results are deterministic.

use regorus::Engine;
use serde_json::{Value as Json, json};
use traceguard_sdk::policy::{Evaluation, Policy, Sbom};
use traceguard_sdk::{
    Component, Diagnostic, Finding, PluginError, Severity, config, export_policy,
};

/// The query evaluated when the `query` configuration is not set.
pub const DEFAULT_QUERY: &str = "data.traceguard.deny";
/// Rule id of findings whose deny entry is a plain string or names no `rule_id`.
pub const DEFAULT_RULE_ID: &str = "rego";
/// The file name regorus reports locations against.
const POLICY_FILE: &str = "policy.rego";

/// The Rego policy plugin.
pub struct RegoPolicy;

impl Policy for RegoPolicy {
    fn evaluate(sbom: &Sbom<'_>) -> Result<Evaluation, PluginError> {
        let policy = config("policy").ok_or_else(|| {
            PluginError::new(
                "no Rego policy configured: set the `policy` configuration to the policy source",
            )
        })?;
        let query = config("query")
            .map(|q| q.trim().to_string())
            .filter(|q| !q.is_empty())
            .unwrap_or_else(|| DEFAULT_QUERY.to_string());
        if config("mode").as_deref() == Some("check") {
            check(&policy, &query, &input_document(sbom))?;
            return Ok(Evaluation::from_findings(Vec::new()));
        }
        let mut findings = evaluate(&policy, &query, &input_document(sbom))?;
        traceguard_sdk::policy::sort_findings(&mut findings);
        Ok(Evaluation::from_findings(findings))
    }
}

/// Validates `policy` for installation: it compiles, `query` evaluates over `input` without an
/// error, and the query is defined (a policy whose package does not match the query would
/// otherwise pass every SBOM silently).
pub fn check(policy: &str, query: &str, input: &Json) -> Result<(), PluginError> {
    let results = run_query(policy, query, input)?;
    if results.result.is_empty() {
        return Err(PluginError::with_diagnostics(
            format!(
                "the policy does not define `{query}`: declare the matching package and rule \
                 (e.g. `package traceguard` with `deny contains ... if ...`) or set the query"
            ),
            vec![Diagnostic::error(query, "undefined query")],
        ));
    }
    Ok(())
}

/// Compiles `policy` and evaluates `query` over `input`.
fn run_query(
    policy: &str,
    query: &str,
    input: &Json,
) -> Result<regorus::QueryResults, PluginError> {
    let mut engine = Engine::new();
    engine
        .add_policy(POLICY_FILE.to_string(), policy.to_string())
        .map_err(|e| compile_error("Rego policy does not compile", &e))?;
    let input = regorus::Value::from_json_str(&input.to_string())
        .map_err(|e| PluginError::new(format!("cannot convert the SBOM to Rego input: {e:#}")))?;
    engine.set_input(input);
    engine
        .eval_query(query.to_string(), false)
        .map_err(|e| compile_error(&format!("Rego query `{query}` failed"), &e))
}

/// Compiles `policy`, evaluates `query` over `input` and turns the deny entries into findings.
pub fn evaluate(policy: &str, query: &str, input: &Json) -> Result<Vec<Finding>, PluginError> {
    let results = run_query(policy, query, input)?;
    let mut findings = Vec::new();
    for result in results.result {
        for expression in result.expressions {
            let value = expression.value.to_json_str().map_err(|e| {
                PluginError::new(format!("cannot read the value of `{query}`: {e:#}"))
            })?;
            let value: Json = serde_json::from_str(&value).map_err(|e| {
                PluginError::new(format!("cannot read the value of `{query}`: {e}"))
            })?;
            collect_entries(query, value, &mut findings)?;
        }
    }
    Ok(findings)
}

/// Adds the findings of one query value: a set or array of entries, or a single entry.
fn collect_entries(query: &str, value: Json, out: &mut Vec<Finding>) -> Result<(), PluginError> {
    match value {
        Json::Array(entries) => {
            for entry in entries {
                out.push(finding(query, entry)?);
            }
            Ok(())
        }
        entry @ (Json::String(_) | Json::Object(_)) => {
            out.push(finding(query, entry)?);
            Ok(())
        }
        other => Err(PluginError::new(format!(
            "`{query}` must be a set of deny entries, got {other}"
        ))),
    }
}

/// One deny entry as a finding.
fn finding(query: &str, entry: Json) -> Result<Finding, PluginError> {
    let invalid = |why: &str| {
        PluginError::with_diagnostics(
            format!("invalid deny entry in `{query}`: {why}"),
            vec![Diagnostic::error(query, format!("{why}: {entry}"))],
        )
    };
    let object = match &entry {
        Json::String(message) => {
            return Ok(Finding::new(
                DEFAULT_RULE_ID,
                Severity::Error,
                None,
                message.clone(),
            ));
        }
        Json::Object(object) => object,
        _ => return Err(invalid("an entry must be a string or an object")),
    };
    let text = |key: &str| -> Result<Option<String>, PluginError> {
        match object.get(key) {
            None | Some(Json::Null) => Ok(None),
            Some(Json::String(s)) => Ok(Some(s.clone())),
            Some(_) => Err(invalid(&format!("`{key}` must be a string"))),
        }
    };
    let message = text("message")?.ok_or_else(|| invalid("`message` is required"))?;
    let severity = match text("severity")?.as_deref() {
        None | Some("error") => Severity::Error,
        Some("warning") => Severity::Warning,
        Some("info") => Severity::Info,
        Some(other) => {
            return Err(invalid(&format!(
                "`severity` must be \"info\", \"warning\" or \"error\", not {other:?}"
            )));
        }
    };
    let rule_id = text("rule_id")?.unwrap_or_else(|| DEFAULT_RULE_ID.to_string());
    let mut finding = Finding::new(rule_id, severity, text("component_ref")?, message);
    if let Some(remediation) = text("remediation")? {
        finding = finding.with_remediation(remediation);
    }
    Ok(finding)
}

/// A compile or evaluation error of regorus as a [`PluginError`]; when regorus located the
/// problem (`--> file:line:col` … `error: what`), the diagnostic path is `line L column C`.
fn compile_error(context: &str, error: &impl std::fmt::Display) -> PluginError {
    let text = format!("{error:#}");
    let problem = text
        .lines()
        .rev()
        .find_map(|l| l.trim().strip_prefix("error:"))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .unwrap_or_else(|| text.trim())
        .to_string();
    match location(&text) {
        Some((line, column)) => PluginError::with_diagnostics(
            format!("{context}: line {line} column {column}: {problem}"),
            vec![Diagnostic::error(
                format!("line {line} column {column}"),
                problem,
            )],
        ),
        None => PluginError::with_diagnostics(
            format!("{context}: {problem}"),
            vec![Diagnostic::error("", problem)],
        ),
    }
}

/// The `line:col` of regorus's `--> file:line:col` location line.
fn location(text: &str) -> Option<(u32, u32)> {
    let at = text.lines().find_map(|l| l.trim().strip_prefix("--> "))?;
    let mut parts = at.rsplitn(3, ':');
    let column = parts.next()?.trim().parse().ok()?;
    let line = parts.next()?.trim().parse().ok()?;
    Some((line, column))
}

/// The policy's `input`: the whole SBOM, read page by page from the host.
pub fn input_document(sbom: &Sbom<'_>) -> Json {
    let info = sbom.info();
    let components: Vec<Json> = sbom.components().map(|c| component_json(&c)).collect();
    let dependencies: Vec<Json> = sbom
        .dependencies()
        .map(|d| json!({"ref": d.ref_, "depends_on": d.depends_on}))
        .collect();
    let mut document = json!({
        "format": info.format,
        "spec_version": info.spec_version,
        "tools": info.tools,
    });
    put(&mut document, "name", info.name);
    put(&mut document, "created", info.created);
    put(&mut document, "supplier", info.supplier);
    json!({
        "document": document,
        "components": components,
        "dependencies": dependencies,
    })
}

/// Sets `key` on the JSON object `object` when `value` is present.
fn put(object: &mut Json, key: &str, value: Option<String>) {
    if let (Some(value), Json::Object(map)) = (value, object) {
        map.insert(key.to_string(), Json::String(value));
    }
}

fn component_json(c: &Component) -> Json {
    let hashes: Vec<Json> = c
        .hashes
        .iter()
        .map(|h| json!({"algorithm": h.algorithm, "value": h.value}))
        .collect();
    let mut component = json!({
        "bom_ref": c.bom_ref,
        "name": c.name,
        "licenses": c.licenses,
        "hashes": hashes,
        "kind": c.kind.name(),
    });
    put(&mut component, "version", c.version.clone());
    put(&mut component, "purl", c.purl.clone());
    put(&mut component, "cpe", c.cpe.clone());
    put(&mut component, "supplier", c.supplier.clone());
    component
}

export_policy!(RegoPolicy);
