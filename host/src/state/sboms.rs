//! Read queries over stored SBOMs: detail, component search, and the data `sbom diff` compares.
//! Every query is filtered by tenant.

use std::collections::{BTreeMap, BTreeSet};

use duckdb::{OptionalExt, params};
use serde::Serialize;
use traceguard_purl::Purl;

use super::{DiagnosticCounts, SEVERITY_COUNTS, State, StateError};

/// One stored SBOM with its document facts and diagnostics.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct SbomDetail {
    /// Content address of the raw document.
    pub id: String,
    /// Format name.
    pub format: String,
    /// Spec version.
    pub spec_version: String,
    /// Document name.
    pub name: Option<String>,
    /// Creation time as written in the document.
    pub created: Option<String>,
    /// Tools named by the document.
    pub tools: Vec<String>,
    /// Supplier named by the document.
    pub supplier: Option<String>,
    /// Components stored.
    pub components: u64,
    /// Dependency edge sets stored.
    pub dependencies: u64,
    /// The invocation that ingested it.
    pub invocation_id: u64,
    /// When it was ingested (UTC).
    pub ingested_at: String,
    /// The validation level it was judged at (`strict`, `standard` or `none`).
    pub validation: String,
    /// Diagnostics stored with it, per severity.
    pub diagnostic_counts: DiagnosticCounts,
    /// The first diagnostics in the order the parser reported them (at most
    /// [`DETAIL_DIAGNOSTICS`]; page through all with [`State::sbom_diagnostics`]).
    pub diagnostics: Vec<StoredDiagnostic>,
}

/// A page of an SBOM's diagnostics, as `traceguard sbom diagnostics` and
/// `GET /v1/sboms/{id}/diagnostics` give it.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct DiagnosticPage {
    /// The SBOM.
    pub sbom_id: String,
    /// The validation level it was judged at.
    pub validation: String,
    /// Diagnostics that match (all pages).
    pub total: u64,
    /// Diagnostics skipped before this page.
    pub offset: u64,
    /// This page, in the order the parser reported them.
    pub diagnostics: Vec<StoredDiagnostic>,
}

/// How many diagnostics an SBOM's detail carries.
pub const DETAIL_DIAGNOSTICS: u64 = 100;

/// Which of an SBOM's diagnostics a page holds: all by default.
#[derive(Clone, Copy, Debug, Default)]
pub struct DiagnosticFilter<'a> {
    /// Only this severity (`info`, `warning` or `error`).
    pub severity: Option<&'a str>,
    /// Only rules matching this pattern: a rule code, where `*` stands for any text
    /// (`spdx/*`, `*/hash-digest`).
    pub rule: Option<&'a str>,
}

impl DiagnosticFilter<'_> {
    /// The rule pattern as a SQL `LIKE` pattern (escape character `\`).
    fn rule_like(&self) -> Option<String> {
        self.rule.map(|pattern| {
            let mut like = String::with_capacity(pattern.len());
            for c in pattern.chars() {
                match c {
                    '*' => like.push('%'),
                    '%' | '_' | '\\' => {
                        like.push('\\');
                        like.push(c);
                    }
                    c => like.push(c),
                }
            }
            like
        })
    }
}

/// A diagnostic kept with an SBOM.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct StoredDiagnostic {
    /// `info`, `warning` or `error`.
    pub severity: String,
    /// The check that found it (`<format>/<rule>`); empty when the parser named none.
    pub rule: String,
    /// Location in the document.
    pub path: String,
    /// What was found.
    pub message: String,
}

/// A component found by `components --purl/--name`, with the SBOM that contains it.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct ComponentHit {
    /// The SBOM containing the component.
    pub sbom_id: String,
    /// That SBOM's document name.
    pub sbom_name: Option<String>,
    /// Document-local reference.
    pub bom_ref: String,
    /// Component name.
    pub name: String,
    /// Component version.
    pub version: Option<String>,
    /// Package URL.
    pub purl: Option<String>,
}

/// One component of an SBOM, as a page of `GET /v1/sboms/{id}/components` lists it.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct ComponentRow {
    /// Document-local reference.
    pub bom_ref: String,
    /// Component name.
    pub name: String,
    /// Component version.
    pub version: Option<String>,
    /// Package URL.
    pub purl: Option<String>,
    /// CPE.
    pub cpe: Option<String>,
    /// SPDX licence expressions.
    pub licenses: Vec<String>,
    /// Supplier.
    pub supplier: Option<String>,
    /// Component kind (`library`, `application`, ...).
    pub kind: String,
}

/// One dependency edge set of an SBOM.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct DependencyRow {
    /// The depending component's bom-ref.
    #[serde(rename = "ref")]
    pub ref_: String,
    /// The bom-refs it depends on.
    pub depends_on: Vec<String>,
}

/// How a component is matched across two SBOMs: its package URL without version, qualifiers
/// and subpath (canonical form) when it has a valid one, otherwise its lower-cased name.
pub fn component_key(name: &str, purl: Option<&str>) -> String {
    match purl.and_then(|p| Purl::parse(p).ok()) {
        Some(p) => Purl {
            version: None,
            qualifiers: BTreeMap::new(),
            subpath: None,
            ..p
        }
        .to_string(),
        None => name.to_lowercase(),
    }
}

/// What changed between two SBOMs, component by component (keys sorted).
#[derive(Clone, Debug, Default, Serialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct SbomDiff {
    /// Components only in the second SBOM, with their versions.
    pub added: Vec<KeyVersions>,
    /// Components only in the first SBOM.
    pub removed: Vec<KeyVersions>,
    /// Components in both whose versions differ.
    pub changed: Vec<Changed>,
}

/// A component key and its versions in one SBOM.
#[derive(Clone, Debug, Serialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct KeyVersions {
    /// See [`component_key`].
    pub component: String,
    /// Its versions (empty string for none).
    pub versions: Vec<String>,
}

/// A component whose versions differ between the two SBOMs.
#[derive(Clone, Debug, Serialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct Changed {
    /// See [`component_key`].
    pub component: String,
    /// Versions in the first SBOM.
    pub from: Vec<String>,
    /// Versions in the second SBOM.
    pub to: Vec<String>,
}

/// Compares two SBOMs' [`State::component_versions`].
pub fn diff(
    a: &BTreeMap<String, BTreeSet<String>>,
    b: &BTreeMap<String, BTreeSet<String>>,
) -> SbomDiff {
    let list = |v: &BTreeSet<String>| v.iter().cloned().collect::<Vec<_>>();
    let mut d = SbomDiff::default();
    for (key, from) in a {
        match b.get(key) {
            None => d.removed.push(KeyVersions {
                component: key.clone(),
                versions: list(from),
            }),
            Some(to) if to != from => d.changed.push(Changed {
                component: key.clone(),
                from: list(from),
                to: list(to),
            }),
            Some(_) => {}
        }
    }
    for (key, to) in b {
        if !a.contains_key(key) {
            d.added.push(KeyVersions {
                component: key.clone(),
                versions: list(to),
            });
        }
    }
    d
}

impl State {
    /// Resolves a full SBOM id, or a unique prefix of one, for `tenant`.
    pub fn resolve_sbom(&self, tenant: &str, id: &str) -> Result<Option<String>, StateError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT id FROM sboms WHERE tenant = ? AND starts_with(id, ?) ORDER BY id LIMIT 2",
        )?;
        let ids: Vec<String> = stmt
            .query_map(params![tenant, id.to_lowercase()], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        Ok(match ids.as_slice() {
            [one] => Some(one.clone()),
            _ => None,
        })
    }

    /// One SBOM of `tenant` with its diagnostics.
    pub fn sbom_detail(&self, tenant: &str, id: &str) -> Result<Option<SbomDetail>, StateError> {
        let conn = self.conn();
        let detail = conn
            .query_row(
                "SELECT id, format, spec_version, name, created, tools, supplier, components,
                        dependencies, invocation_id, strftime(ingested_at, '%Y-%m-%dT%H:%M:%SZ'),
                        coalesce(validation, 'strict')
                 FROM sboms WHERE tenant = ? AND id = ?",
                params![tenant, id],
                |r| {
                    let tools: String = r.get(5)?;
                    Ok(SbomDetail {
                        id: r.get(0)?,
                        format: r.get(1)?,
                        spec_version: r.get(2)?,
                        name: r.get(3)?,
                        created: r.get(4)?,
                        tools: serde_json::from_str(&tools).unwrap_or_default(),
                        supplier: r.get(6)?,
                        components: r.get(7)?,
                        dependencies: r.get(8)?,
                        invocation_id: r.get(9)?,
                        ingested_at: r.get(10)?,
                        validation: r.get(11)?,
                        diagnostic_counts: DiagnosticCounts::default(),
                        diagnostics: Vec::new(),
                    })
                },
            )
            .optional()?;
        let Some(mut detail) = detail else {
            return Ok(None);
        };
        drop(conn);
        detail.diagnostic_counts = self.diagnostic_counts(tenant, id)?;
        detail.diagnostics = self
            .sbom_diagnostics(
                tenant,
                id,
                DiagnosticFilter::default(),
                0,
                DETAIL_DIAGNOSTICS,
            )?
            .1;
        Ok(Some(detail))
    }

    /// One page of an SBOM's diagnostics with its validation level; `None` when `tenant` has
    /// no SBOM `sbom_id`.
    pub fn diagnostic_page(
        &self,
        tenant: &str,
        sbom_id: &str,
        filter: DiagnosticFilter<'_>,
        offset: u64,
        limit: u64,
    ) -> Result<Option<DiagnosticPage>, StateError> {
        let validation: Option<String> = self
            .conn()
            .query_row(
                "SELECT coalesce(validation, 'strict') FROM sboms WHERE tenant = ? AND id = ?",
                params![tenant, sbom_id],
                |r| r.get(0),
            )
            .optional()?;
        let Some(validation) = validation else {
            return Ok(None);
        };
        let (total, diagnostics) = self.sbom_diagnostics(tenant, sbom_id, filter, offset, limit)?;
        Ok(Some(DiagnosticPage {
            sbom_id: sbom_id.to_string(),
            validation,
            total,
            offset,
            diagnostics,
        }))
    }

    /// How many diagnostics of each severity one SBOM of `tenant` has.
    pub fn diagnostic_counts(
        &self,
        tenant: &str,
        sbom_id: &str,
    ) -> Result<DiagnosticCounts, StateError> {
        Ok(self.conn().query_row(
            &format!("SELECT {SEVERITY_COUNTS} FROM diagnostics WHERE tenant = ? AND sbom_id = ?"),
            params![tenant, sbom_id],
            |r| {
                Ok(DiagnosticCounts {
                    error: r.get(0)?,
                    warning: r.get(1)?,
                    info: r.get(2)?,
                })
            },
        )?)
    }

    /// One page of an SBOM's diagnostics in the order the parser reported them, those that
    /// pass `filter`, with the total that matches.
    pub fn sbom_diagnostics(
        &self,
        tenant: &str,
        sbom_id: &str,
        filter: DiagnosticFilter<'_>,
        offset: u64,
        limit: u64,
    ) -> Result<(u64, Vec<StoredDiagnostic>), StateError> {
        let conn = self.conn();
        let severity = filter.severity;
        let rule = filter.rule_like();
        let from = "FROM diagnostics WHERE tenant = ? AND sbom_id = ?
                    AND (?::VARCHAR IS NULL OR severity = ?)
                    AND (?::VARCHAR IS NULL OR coalesce(rule, '') LIKE ? ESCAPE '\\')";
        let total: u64 = conn.query_row(
            &format!("SELECT count(*)::UBIGINT {from}"),
            params![tenant, sbom_id, severity, severity, rule, rule],
            |r| r.get(0),
        )?;
        // Rows stored before diagnostics had a sequence number sort by place instead.
        let mut stmt = conn.prepare(&format!(
            "SELECT severity, coalesce(rule, ''), path, message {from}
             ORDER BY seq NULLS LAST, path, message LIMIT ? OFFSET ?"
        ))?;
        let rows = stmt
            .query_map(
                params![
                    tenant, sbom_id, severity, severity, rule, rule, limit, offset
                ],
                |r| {
                    Ok(StoredDiagnostic {
                        severity: r.get(0)?,
                        rule: r.get(1)?,
                        path: r.get(2)?,
                        message: r.get(3)?,
                    })
                },
            )?
            .collect::<Result<_, _>>()?;
        Ok((total, rows))
    }

    /// One page of an SBOM's components in document order, with the total count.
    pub fn sbom_components(
        &self,
        tenant: &str,
        sbom_id: &str,
        offset: u64,
        limit: u64,
    ) -> Result<(u64, Vec<ComponentRow>), StateError> {
        let conn = self.conn();
        let total: u64 = conn.query_row(
            "SELECT count(*)::UBIGINT FROM components WHERE tenant = ? AND sbom_id = ?",
            params![tenant, sbom_id],
            |r| r.get(0),
        )?;
        let mut stmt = conn.prepare(
            "SELECT bom_ref, name, version, purl, cpe, licenses, supplier, kind FROM components
             WHERE tenant = ? AND sbom_id = ? ORDER BY seq LIMIT ? OFFSET ?",
        )?;
        let rows = stmt
            .query_map(params![tenant, sbom_id, limit, offset], |r| {
                let licenses: String = r.get(5)?;
                Ok(ComponentRow {
                    bom_ref: r.get(0)?,
                    name: r.get(1)?,
                    version: r.get(2)?,
                    purl: r.get(3)?,
                    cpe: r.get(4)?,
                    licenses: serde_json::from_str(&licenses).unwrap_or_default(),
                    supplier: r.get(6)?,
                    kind: r.get(7)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        Ok((total, rows))
    }

    /// One page of an SBOM's dependency edge sets in document order, with the total count.
    pub fn sbom_dependencies(
        &self,
        tenant: &str,
        sbom_id: &str,
        offset: u64,
        limit: u64,
    ) -> Result<(u64, Vec<DependencyRow>), StateError> {
        let conn = self.conn();
        let total: u64 = conn.query_row(
            "SELECT count(*)::UBIGINT FROM dependencies WHERE tenant = ? AND sbom_id = ?",
            params![tenant, sbom_id],
            |r| r.get(0),
        )?;
        let mut stmt = conn.prepare(
            "SELECT ref, depends_on FROM dependencies
             WHERE tenant = ? AND sbom_id = ? ORDER BY seq LIMIT ? OFFSET ?",
        )?;
        let rows = stmt
            .query_map(params![tenant, sbom_id, limit, offset], |r| {
                let to: String = r.get(1)?;
                Ok(DependencyRow {
                    ref_: r.get(0)?,
                    depends_on: serde_json::from_str(&to).unwrap_or_default(),
                })
            })?
            .collect::<Result<_, _>>()?;
        Ok((total, rows))
    }

    /// Components of `tenant`'s SBOMs matching a package URL or a name (case-insensitive).
    /// A purl matches on type, namespace and name, and on version only when it has one, so
    /// `pkg:cargo/serde` finds every serde; qualifiers are ignored.
    pub fn find_components(
        &self,
        tenant: &str,
        purl: Option<&Purl>,
        name: Option<&str>,
    ) -> Result<Vec<ComponentHit>, StateError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT c.sbom_id, s.name, c.bom_ref, c.name, c.version, c.purl
             FROM components c JOIN sboms s ON s.tenant = c.tenant AND s.id = c.sbom_id
             WHERE c.tenant = ?1
               AND (NOT ?2 OR (c.purl_type = ?3 AND c.purl_namespace IS NOT DISTINCT FROM ?4
                               AND c.purl_name = ?5
                               AND (?6 IS NULL OR c.purl_version = ?6)))
               AND (?7 IS NULL OR lower(c.name) = lower(?7))
             ORDER BY c.sbom_id, c.seq
             LIMIT 10000",
        )?;
        let by_purl = purl.is_some();
        let hits = stmt
            .query_map(
                params![
                    tenant,
                    by_purl,
                    purl.map(|p| p.ty.as_str()),
                    purl.and_then(|p| p.namespace.as_deref()),
                    purl.map(|p| p.name.as_str()),
                    purl.and_then(|p| p.version.as_deref()),
                    name
                ],
                |r| {
                    Ok(ComponentHit {
                        sbom_id: r.get(0)?,
                        sbom_name: r.get(1)?,
                        bom_ref: r.get(2)?,
                        name: r.get(3)?,
                        version: r.get(4)?,
                        purl: r.get(5)?,
                    })
                },
            )?
            .collect::<Result<_, _>>()?;
        Ok(hits)
    }

    /// The versions of every component of one SBOM, keyed by [`component_key`].
    pub fn component_versions(
        &self,
        tenant: &str,
        sbom_id: &str,
    ) -> Result<BTreeMap<String, BTreeSet<String>>, StateError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT name, version, purl FROM components WHERE tenant = ? AND sbom_id = ?",
        )?;
        let mut versions: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let rows = stmt.query_map(params![tenant, sbom_id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, Option<String>>(1)?,
                r.get::<_, Option<String>>(2)?,
            ))
        })?;
        for row in rows {
            let (name, version, purl) = row?;
            versions
                .entry(component_key(&name, purl.as_deref()))
                .or_default()
                .insert(version.unwrap_or_default());
        }
        Ok(versions)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use super::{component_key, diff};

    fn sbom(items: &[(&str, &str)]) -> BTreeMap<String, BTreeSet<String>> {
        let mut m: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (k, v) in items {
            m.entry(k.to_string()).or_default().insert(v.to_string());
        }
        m
    }

    #[test]
    fn diff_reports_added_removed_and_changed() {
        let a = sbom(&[("a", "1"), ("b", "1"), ("c", "1")]);
        let b = sbom(&[("b", "1"), ("c", "2"), ("d", "1")]);
        let d = diff(&a, &b);
        assert_eq!(d.removed.len(), 1);
        assert_eq!(d.removed[0].component, "a");
        assert_eq!(d.added[0].component, "d");
        assert_eq!(d.changed.len(), 1);
        assert_eq!(
            (d.changed[0].from.clone(), d.changed[0].to.clone()),
            (vec!["1".to_string()], vec!["2".to_string()])
        );
        assert_eq!(diff(&a, &a), Default::default());
    }

    #[test]
    fn keys_drop_version_qualifiers_and_subpath() {
        assert_eq!(
            component_key("x", Some("pkg:npm/%40angular/core@16.0.0?arch=x#lib")),
            "pkg:npm/%40angular/core"
        );
        assert_eq!(
            component_key("x", Some("pkg:cargo/serde@1.0.0")),
            "pkg:cargo/serde"
        );
        assert_eq!(component_key("Serde", None), "serde");
        assert_eq!(
            component_key("x", Some("pkg:cargo/serde")),
            "pkg:cargo/serde"
        );
    }
}
