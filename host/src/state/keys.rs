//! API keys for `traceguard serve`: random, shown once, stored as their blake3 hash.
//!
//! A key is `tg_` followed by 64 hex digits (32 random bytes). Its id, safe to show and log,
//! is the first 16 hex digits of the hash. A tenant key names its tenant and never carries the
//! `admin` scope; an admin key has no tenant and always carries it.

use duckdb::{OptionalExt, params};
use serde::Serialize;

use super::writer::ts;
use super::{State, StateError, now_us};

/// Prefix of every API key.
pub const KEY_PREFIX: &str = "tg_";

/// What a key may do. Every route checks one scope; the tenant always comes from the key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, utoipa::ToSchema)]
pub enum Scope {
    /// Upload SBOMs (each upload is a billed parse).
    #[serde(rename = "sbom:write")]
    SbomWrite,
    /// Read SBOMs, components, findings, diffs, reports and policies.
    #[serde(rename = "sbom:read")]
    SbomRead,
    /// Invoke plugins and evaluate policies (billed).
    #[serde(rename = "plugin:invoke")]
    PluginInvoke,
    /// Add policies.
    #[serde(rename = "policy:write")]
    PolicyWrite,
    /// Install plugins for the key's tenant alone (the operator grants it to tenants it lets
    /// run their own code).
    #[serde(rename = "plugin:install")]
    PluginInstall,
    /// Read gas usage, reports and the budget.
    #[serde(rename = "gas:read")]
    GasRead,
    /// Operator: tenants, keys, global plugins. Only on keys without a tenant.
    #[serde(rename = "admin")]
    Admin,
}

impl Scope {
    /// Every scope, in the order lists show them.
    pub const ALL: [Scope; 7] = [
        Scope::SbomWrite,
        Scope::SbomRead,
        Scope::PluginInvoke,
        Scope::PluginInstall,
        Scope::PolicyWrite,
        Scope::GasRead,
        Scope::Admin,
    ];

    /// The name used on the command line, in the API and in the database.
    pub fn name(self) -> &'static str {
        match self {
            Scope::SbomWrite => "sbom:write",
            Scope::SbomRead => "sbom:read",
            Scope::PluginInvoke => "plugin:invoke",
            Scope::PluginInstall => "plugin:install",
            Scope::PolicyWrite => "policy:write",
            Scope::GasRead => "gas:read",
            Scope::Admin => "admin",
        }
    }

    /// Parses a scope name.
    pub fn parse(name: &str) -> Option<Scope> {
        Scope::ALL.into_iter().find(|s| s.name() == name.trim())
    }

    /// Parses names, refusing unknown ones with the list of known ones.
    pub fn parse_all<S: AsRef<str>>(names: &[S]) -> Result<Vec<Scope>, StateError> {
        let mut scopes = Vec::new();
        for name in names {
            let name = name.as_ref();
            let scope = Scope::parse(name).ok_or_else(|| {
                let known: Vec<&str> = Scope::ALL.iter().map(|s| s.name()).collect();
                StateError::InvalidKey(format!(
                    "unknown scope `{name}`; use some of {}",
                    known.join(", ")
                ))
            })?;
            if !scopes.contains(&scope) {
                scopes.push(scope);
            }
        }
        Ok(scopes)
    }
}

/// An API key as listed (never the key itself).
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct ApiKeyRow {
    /// Public id: the first 16 hex digits of the key's hash.
    pub id: String,
    /// The tenant it acts for; `None` for an admin key.
    pub tenant: Option<String>,
    /// What it may do.
    pub scopes: Vec<Scope>,
    /// When it was created (UTC).
    pub created_at: String,
    /// Revoked keys are refused.
    pub revoked: bool,
}

/// A key just created: the only time the key itself is available.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct NewKey {
    /// The key, `tg_` + 64 hex digits. Shown once; only its hash is stored.
    pub key: String,
    /// Its stored row.
    #[serde(flatten)]
    pub row: ApiKeyRow,
}

/// The blake3 hex of a key, as stored.
pub fn key_hash(key: &str) -> String {
    blake3::hash(key.as_bytes()).to_hex().to_string()
}

/// Whether `key` has the shape of a TraceGuard key (checked before any database look-up).
pub fn well_formed(key: &str) -> bool {
    key.strip_prefix(KEY_PREFIX)
        .is_some_and(|hex| hex.len() == 64 && hex.bytes().all(|b| b.is_ascii_hexdigit()))
}

fn key_row(r: &duckdb::Row<'_>) -> duckdb::Result<ApiKeyRow> {
    let scopes: String = r.get(2)?;
    let names: Vec<String> = serde_json::from_str(&scopes).unwrap_or_default();
    Ok(ApiKeyRow {
        id: r.get(0)?,
        tenant: r.get(1)?,
        // A name this binary does not know grants nothing.
        scopes: names.iter().filter_map(|n| Scope::parse(n)).collect(),
        created_at: r.get(3)?,
        revoked: r.get(4)?,
    })
}

const KEY_COLUMNS: &str = "id, tenant, scopes, strftime(created_at, '%Y-%m-%dT%H:%M:%SZ'), revoked";

impl State {
    /// Creates a key for `tenant` (an admin key when `None`) with `scopes`, and returns it
    /// once. An admin key always has the `admin` scope; a tenant key may not have it.
    pub fn create_key(&self, tenant: Option<&str>, scopes: &[Scope]) -> Result<NewKey, StateError> {
        let mut scopes = scopes.to_vec();
        match tenant {
            None if !scopes.contains(&Scope::Admin) => scopes.insert(0, Scope::Admin),
            Some(_) if scopes.contains(&Scope::Admin) => {
                return Err(StateError::InvalidKey(
                    "the admin scope is only for admin keys, which have no tenant".into(),
                ));
            }
            Some(_) if scopes.is_empty() => {
                return Err(StateError::InvalidKey(
                    "give the key at least one scope, e.g. --scopes sbom:read,sbom:write".into(),
                ));
            }
            _ => {}
        }
        let conn = self.conn();
        if let Some(t) = tenant {
            let known: i64 =
                conn.query_row("SELECT count(*) FROM tenants WHERE name = ?", [t], |r| {
                    r.get(0)
                })?;
            if known == 0 {
                return Err(StateError::UnknownTenant(t.to_string()));
            }
        }
        let mut secret = [0u8; 32];
        getrandom::fill(&mut secret)
            .map_err(|e| StateError::InvalidKey(format!("no randomness for a new key: {e}")))?;
        let key = format!("{KEY_PREFIX}{}", hex(&secret));
        let hash = key_hash(&key);
        let id = hash[..16].to_string();
        let names: Vec<&str> = scopes.iter().map(|s| s.name()).collect();
        let names = serde_json::Value::from(names).to_string();
        conn.execute(
            "INSERT INTO api_keys VALUES (?, ?, ?, ?, ?, false)",
            params![id, tenant, hash, names, ts(now_us())],
        )?;
        let row = conn.query_row(
            &format!("SELECT {KEY_COLUMNS} FROM api_keys WHERE id = ?"),
            [id.as_str()],
            key_row,
        )?;
        Ok(NewKey { key, row })
    }

    /// The unrevoked key whose hash is `hash`.
    pub fn key_by_hash(&self, hash: &str) -> Result<Option<ApiKeyRow>, StateError> {
        Ok(self
            .conn()
            .query_row(
                &format!("SELECT {KEY_COLUMNS} FROM api_keys WHERE hash = ? AND NOT revoked"),
                [hash],
                key_row,
            )
            .optional()?)
    }

    /// Every key (of one tenant when `tenant` is given), oldest first.
    pub fn keys(&self, tenant: Option<&str>) -> Result<Vec<ApiKeyRow>, StateError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(&format!(
            "SELECT {KEY_COLUMNS} FROM api_keys WHERE (?::VARCHAR IS NULL OR tenant = ?)
             ORDER BY created_at, id"
        ))?;
        let rows = stmt.query_map(params![tenant, tenant], key_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Revokes a key by id; a revoked key stays listed.
    pub fn revoke_key(&self, id: &str) -> Result<(), StateError> {
        let n = self
            .conn()
            .execute("UPDATE api_keys SET revoked = true WHERE id = ?", [id])?;
        if n == 0 {
            return Err(StateError::UnknownKey(id.to_string()));
        }
        Ok(())
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::{Scope, well_formed};

    #[test]
    fn scopes_round_trip_and_unknown_ones_are_refused() {
        for s in Scope::ALL {
            assert_eq!(Scope::parse(s.name()), Some(s));
        }
        assert!(Scope::parse_all(&["sbom:read", "gas:read"]).is_ok());
        assert!(Scope::parse_all(&["sbom:delete"]).is_err());
    }

    #[test]
    fn key_shape() {
        assert!(well_formed(&format!("tg_{}", "ab".repeat(32))));
        assert!(!well_formed("tg_short"));
        assert!(!well_formed(&format!("xx_{}", "ab".repeat(32))));
    }
}
