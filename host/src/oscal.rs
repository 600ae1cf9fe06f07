//! OSCAL assessment results (NIST OSCAL 1.1.2 `assessment-results`, JSON) from the stored
//! results of a tenant's policies on one SBOM: one observation per finding, one OSCAL finding
//! per policy rule (satisfied unless the rule raised an error-severity finding), and each
//! policy version as a back-matter resource.
//!
//! The document is a pure function of the stored results: UUIDs are name-based (RFC 9562
//! version 5, SHA-1) in the [`UUID_NAMESPACE`] over the content they name, and timestamps are
//! the evaluations' own, so the same results always give the same bytes.

use std::collections::BTreeMap;

use serde_json::{Value, json};
use uuid::Uuid;

use crate::state::PolicyResultRow;
use crate::state::sboms::SbomDetail;

/// The OSCAL version the document declares; the tests validate every report against NIST's
/// schema of exactly this version (`tests/corpora/oscal/`).
pub const OSCAL_VERSION: &str = "1.1.2";

/// Namespace of TraceGuard's OSCAL properties.
pub const NS: &str = "https://traceguard.dev/ns/oscal";

/// The namespace of TraceGuard's name-based (version 5) UUIDs, `ce9c8b3c-cf3f-4c59-b09c-cfe8afd028ba`:
/// generated once at random (version 4) for this purpose and fixed, since changing it changes
/// every UUID of every report.
pub const UUID_NAMESPACE: Uuid = Uuid::from_u128(0xce9c8b3c_cf3f_4c59_b09c_cfe8afd028ba);

/// Builds the assessment-results document for `results` (the latest evaluation of each
/// policy) of `tenant` on `sbom`.
pub fn assessment_results(tenant: &str, sbom: &SbomDetail, results: &[PolicyResultRow]) -> Value {
    let evaluations: Vec<String> = results
        .iter()
        .map(|r| r.invocation_id.to_string())
        .collect();
    let root = uuid(&[
        "assessment-results",
        tenant,
        &sbom.id,
        &evaluations.join(","),
    ]);
    let start = results
        .iter()
        .map(|r| r.started_at.as_str())
        .min()
        .unwrap_or("1970-01-01T00:00:00Z");
    let end = results
        .iter()
        .map(|r| r.finished_at.as_str())
        .max()
        .unwrap_or(start);
    let sbom_name = sbom
        .name
        .clone()
        .unwrap_or_else(|| sbom.id[..12].to_string());
    let plan = uuid(&["policy-set", tenant, &sbom.id, &evaluations.join(",")]);

    let mut observations = Vec::new();
    let mut findings = Vec::new();
    for result in results {
        let (mut obs, mut fnd) = policy_entries(&sbom.id, result);
        observations.append(&mut obs);
        findings.append(&mut fnd);
    }
    let passed = results.iter().filter(|r| r.status == "pass").count();

    let mut resources = vec![json!({
        "uuid": plan,
        "title": format!("TraceGuard policies of tenant {tenant}"),
        "description": format!(
            "The assessment plan: the {} tenant policies evaluated, listed as resources below.",
            results.len()
        ),
    })];
    resources.extend(results.iter().map(|r| {
        json!({
            "uuid": policy_resource(r),
            "title": format!("Policy {} version {}", r.policy, r.version),
            "props": [
                prop("policy-id", &r.policy_id),
                prop("plugin", &r.plugin),
                prop("enforce", if r.enforce { "true" } else { "false" }),
            ],
        })
    }));

    let mut result = json!({
        "uuid": uuid(&["result", tenant, &sbom.id, &evaluations.join(",")]),
        "title": format!("Policy evaluation of SBOM {sbom_name}"),
        "description": format!(
            "The latest evaluation of each of {} policies over SBOM {} ({} {}, {} components): {} passed, {} did not.",
            results.len(),
            sbom.id,
            sbom.format,
            sbom.spec_version,
            sbom.components,
            passed,
            results.len() - passed
        ),
        "start": start,
        "end": end,
        "props": [prop("sbom-id", &sbom.id), prop("tenant", tenant)],
        "reviewed-controls": {"control-selections": [{"include-all": {}}]},
    });
    if !observations.is_empty() {
        result["observations"] = Value::Array(observations);
    }
    if !findings.is_empty() {
        result["findings"] = Value::Array(findings);
    }

    json!({
        "assessment-results": {
            "uuid": root,
            "metadata": {
                "title": format!("TraceGuard policy assessment of SBOM {sbom_name}"),
                "last-modified": end,
                "version": format!("{}-{}", &sbom.id[..12], evaluations.join(".")),
                "oscal-version": OSCAL_VERSION,
                "props": [prop("sbom-id", &sbom.id), prop("tenant", tenant)],
            },
            "import-ap": {"href": format!("#{plan}")},
            "results": [result],
            "back-matter": {"resources": resources},
        }
    })
}

/// The observations and findings of one policy's evaluation.
fn policy_entries(sbom_id: &str, r: &PolicyResultRow) -> (Vec<Value>, Vec<Value>) {
    let invocation = r.invocation_id.to_string();
    let mut observations = Vec::new();
    let mut findings = Vec::new();
    let policy_props = |status: &str| {
        vec![
            prop("policy", &r.policy),
            prop("policy-version", &r.version.to_string()),
            prop("status", status),
        ]
    };

    if r.status == "error" || r.findings.is_empty() {
        // One observation of the whole evaluation: it erred, or it found nothing.
        let observation = uuid(&["observation", &r.policy_id, &invocation]);
        let (description, state) = match &r.error {
            Some(error) => (
                format!("The evaluation did not finish: {error}"),
                "not-satisfied",
            ),
            None => (
                "The policy found nothing to report.".to_string(),
                "satisfied",
            ),
        };
        observations.push(json!({
            "uuid": observation,
            "title": format!("Policy {} version {}", r.policy, r.version),
            "description": description,
            "props": policy_props(&r.status),
            "methods": ["TEST"],
            "types": ["control-objective"],
            "collected": r.finished_at,
        }));
        let mut target = json!({
            "type": "objective-id",
            "target-id": token(&r.policy),
            "status": {"state": state},
        });
        if let Some(error) = &r.error {
            target["status"]["reason"] = json!("other");
            target["status"]["remarks"] = json!(format!("The evaluation did not finish: {error}"));
        }
        findings.push(json!({
            "uuid": uuid(&["finding", &r.policy_id, &invocation]),
            "title": format!("Policy {} version {}", r.policy, r.version),
            "description": description,
            "props": policy_props(&r.status),
            "target": target,
            "related-observations": [{"observation-uuid": observation}],
        }));
        return (observations, findings);
    }

    let mut rules: BTreeMap<&str, Vec<(usize, &crate::state::StoredFinding)>> = BTreeMap::new();
    for (i, f) in r.findings.iter().enumerate() {
        rules.entry(&f.rule_id).or_default().push((i, f));
    }
    for (rule, entries) in rules {
        let mut related = Vec::new();
        let mut by_severity: BTreeMap<&str, usize> = BTreeMap::new();
        for (i, f) in &entries {
            let observation = uuid(&["observation", &r.policy_id, &invocation, &i.to_string()]);
            *by_severity.entry(&f.severity).or_default() += 1;
            let mut props = vec![
                prop("policy", &r.policy),
                prop("rule-id", &f.rule_id),
                prop("severity", &f.severity),
            ];
            let mut value = json!({
                "uuid": observation,
                "title": format!(
                    "{}: {}",
                    f.rule_id,
                    f.component_ref.as_deref().unwrap_or("the SBOM")
                ),
                "description": f.message,
                "methods": ["TEST"],
                "types": ["finding"],
                "collected": r.finished_at,
            });
            if let Some(component) = &f.component_ref {
                props.push(prop("component-ref", component));
                value["subjects"] = json!([{
                    "subject-uuid": uuid(&["component", sbom_id, component]),
                    "type": "component",
                    "title": component,
                }]);
            }
            value["props"] = Value::Array(props);
            if let Some(remediation) = &f.remediation {
                value["remarks"] = json!(format!("Remediation: {remediation}"));
            }
            observations.push(value);
            related.push(json!({"observation-uuid": observation}));
        }
        let violated = by_severity.contains_key("error");
        let counts: Vec<String> = by_severity
            .iter()
            .map(|(severity, n)| format!("{n} {severity}"))
            .collect();
        findings.push(json!({
            "uuid": uuid(&["finding", &r.policy_id, &invocation, rule]),
            "title": format!("Policy {} version {}: rule {rule}", r.policy, r.version),
            "description": format!(
                "Rule {rule} of policy {} reported {} ({}).",
                r.policy,
                plural(entries.len(), "finding"),
                counts.join(", ")
            ),
            "props": policy_props(&r.status),
            "target": {
                "type": "objective-id",
                "target-id": token(&format!("{}.{rule}", r.policy)),
                "status": {"state": if violated { "not-satisfied" } else { "satisfied" }},
            },
            "related-observations": related,
        }));
    }
    (observations, findings)
}

fn policy_resource(r: &PolicyResultRow) -> String {
    uuid(&["policy", &r.policy_id])
}

fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// A TraceGuard property (OSCAL values may not be empty or have outer whitespace).
fn prop(name: &str, value: &str) -> Value {
    let value = value.trim();
    json!({"name": name, "ns": NS, "value": if value.is_empty() { "-" } else { value }})
}

/// The version-5 UUID naming `parts` in [`UUID_NAMESPACE`]: the name is the parts, each
/// followed by a zero byte (so `["ab", "c"]` and `["a", "bc"]` differ).
pub fn uuid(parts: &[&str]) -> String {
    let mut name = Vec::with_capacity(parts.iter().map(|p| p.len() + 1).sum());
    for part in parts {
        name.extend_from_slice(part.as_bytes());
        name.push(0);
    }
    Uuid::new_v5(&UUID_NAMESPACE, &name)
        .hyphenated()
        .to_string()
}

/// `text` as an OSCAL token: letters, digits, `.`, `-`, `_`, not starting with a digit or
/// punctuation.
fn token(text: &str) -> String {
    let mut out: String = text
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    if !out.starts_with(|c: char| c.is_alphabetic() || c == '_') {
        out.insert(0, '_');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 9562 version 5 computed here from its definition: SHA-1 over the namespace's bytes
    /// and the name, the first 16 bytes, version 5 and the RFC variant.
    fn rfc_v5(namespace: Uuid, name: &[u8]) -> String {
        let mut sha = sha1_smol::Sha1::new();
        sha.update(namespace.as_bytes());
        sha.update(name);
        let mut b = [0u8; 16];
        b.copy_from_slice(&sha.digest().bytes()[..16]);
        b[6] = (b[6] & 0x0f) | 0x50;
        b[8] = (b[8] & 0x3f) | 0x80;
        let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
        format!(
            "{}-{}-{}-{}-{}",
            &hex[..8],
            &hex[8..12],
            &hex[12..16],
            &hex[16..20],
            &hex[20..]
        )
    }

    #[test]
    fn uuids_are_rfc_version_5_in_the_traceguard_namespace() {
        // The construction above matches the RFC's own example (RFC 9562, appendix A.4).
        assert_eq!(
            rfc_v5(Uuid::NAMESPACE_DNS, b"www.example.com"),
            "2ed6657d-e927-568b-95e1-2665a8aea6a2"
        );
        let a = uuid(&["x", "y"]);
        assert_eq!(a, rfc_v5(UUID_NAMESPACE, b"x\0y\0"));
        // The same by Python's `uuid.uuid5(UUID('ce9c8b3c-…'), 'x\0y\0')`.
        assert_eq!(a, "464f3e58-89fe-52f9-992a-e9de52b1094f");
        let parsed = Uuid::parse_str(&a).expect("a UUID");
        assert_eq!(parsed.get_version_num(), 5);
        assert_eq!(parsed.get_variant(), uuid::Variant::RFC4122);
        assert_eq!(a, uuid(&["x", "y"]), "deterministic");
        assert_ne!(a, uuid(&["xy"]));
        assert_ne!(uuid(&["ab", "c"]), uuid(&["a", "bc"]));
        assert_eq!(UUID_NAMESPACE.get_version_num(), 4);
    }

    #[test]
    fn tokens_follow_the_oscal_pattern() {
        assert_eq!(
            token("licences.license/not-allowed"),
            "licences.license_not-allowed"
        );
        assert_eq!(token("1st rule"), "_1st_rule");
        assert_eq!(token("-x"), "_-x");
    }
}
