//! Database schema, applied as numbered migrations inside one transaction each.
//!
//! Every table that holds tenant data carries a `tenant` column, and every query the host runs
//! for a plugin filters on it.

/// Migrations in order; the index + 1 is the schema version.
pub(crate) const MIGRATIONS: &[&str] = &[
    // 1: tenants, plugins, the gas ledger, SBOM state and policy results.
    "
    CREATE TABLE tenants (
        name        VARCHAR PRIMARY KEY,
        budget      UBIGINT NOT NULL,
        created_at  TIMESTAMP NOT NULL
    );
    CREATE TABLE plugins (
        id           VARCHAR PRIMARY KEY,   -- blake3 hex of the component
        name         VARCHAR NOT NULL,
        kind         VARCHAR NOT NULL,      -- world: sbom-parser | policy
        size         UBIGINT NOT NULL,
        builtin      BOOLEAN NOT NULL,
        installed_at TIMESTAMP NOT NULL,
        wasm         BLOB                   -- NULL for built-ins, which live in the binary
    );
    -- The gas ledger: one row per invocation, gas per class, never updated.
    CREATE TABLE invocations (
        id               UBIGINT NOT NULL,
        tenant           VARCHAR NOT NULL,
        plugin_id        VARCHAR NOT NULL,
        plugin_name      VARCHAR NOT NULL,
        kind             VARCHAR NOT NULL,
        gas_limit        UBIGINT NOT NULL,
        gas_used         UBIGINT NOT NULL,
        gas_base         UBIGINT NOT NULL,
        gas_instruction  UBIGINT NOT NULL,
        gas_host_call    UBIGINT NOT NULL,
        gas_byte_in      UBIGINT NOT NULL,
        gas_byte_out     UBIGINT NOT NULL,
        gas_row_written  UBIGINT NOT NULL,
        gas_row_read     UBIGINT NOT NULL,
        gas_memory_page  UBIGINT NOT NULL,
        outcome          VARCHAR NOT NULL,
        error            VARCHAR,
        schedule_version VARCHAR NOT NULL,
        started_at       TIMESTAMP NOT NULL,
        finished_at      TIMESTAMP NOT NULL,
        cpu_us           UBIGINT NOT NULL,
        subject          VARCHAR              -- SBOM id parsed or evaluated, if any
    );
    CREATE TABLE sboms (
        tenant        VARCHAR NOT NULL,
        id            VARCHAR NOT NULL,       -- blake3 hex of the raw document
        format        VARCHAR NOT NULL,
        spec_version  VARCHAR NOT NULL,
        name          VARCHAR,
        created       VARCHAR,
        tools         VARCHAR NOT NULL,       -- JSON array
        supplier      VARCHAR,
        components    UBIGINT NOT NULL,
        dependencies  UBIGINT NOT NULL,
        invocation_id UBIGINT NOT NULL,
        ingested_at   TIMESTAMP NOT NULL,
        PRIMARY KEY (tenant, id)
    );
    CREATE TABLE components (
        tenant    VARCHAR NOT NULL,
        sbom_id   VARCHAR NOT NULL,
        seq       UBIGINT NOT NULL,
        bom_ref   VARCHAR NOT NULL,
        name      VARCHAR NOT NULL,
        version   VARCHAR,
        purl      VARCHAR,
        cpe       VARCHAR,
        licenses  VARCHAR NOT NULL,           -- JSON array of SPDX expressions
        hashes    VARCHAR NOT NULL,           -- JSON array of {algorithm, value}
        supplier  VARCHAR,
        kind      VARCHAR NOT NULL
    );
    CREATE TABLE dependencies (
        tenant     VARCHAR NOT NULL,
        sbom_id    VARCHAR NOT NULL,
        seq        UBIGINT NOT NULL,
        ref        VARCHAR NOT NULL,
        depends_on VARCHAR NOT NULL           -- JSON array of bom-refs
    );
    CREATE TABLE diagnostics (
        tenant   VARCHAR NOT NULL,
        sbom_id  VARCHAR NOT NULL,
        severity VARCHAR NOT NULL,
        path     VARCHAR NOT NULL,
        message  VARCHAR NOT NULL
    );
    CREATE TABLE policy_results (
        tenant        VARCHAR NOT NULL,
        invocation_id UBIGINT NOT NULL,
        plugin_id     VARCHAR NOT NULL,
        plugin_name   VARCHAR NOT NULL,
        sbom_id       VARCHAR NOT NULL,
        passed        BOOLEAN NOT NULL,
        findings      UBIGINT NOT NULL,
        evaluated_at  TIMESTAMP NOT NULL
    );
    CREATE TABLE findings (
        tenant        VARCHAR NOT NULL,
        invocation_id UBIGINT NOT NULL,
        sbom_id       VARCHAR NOT NULL,
        rule_id       VARCHAR NOT NULL,
        severity      VARCHAR NOT NULL,
        component_ref VARCHAR,
        message       VARCHAR NOT NULL,
        remediation   VARCHAR
    );
    ",
    // 2: package URLs parsed by the host (the trusted normaliser) for search and diff.
    "
    ALTER TABLE components ADD COLUMN purl_type VARCHAR;
    ALTER TABLE components ADD COLUMN purl_namespace VARCHAR;
    ALTER TABLE components ADD COLUMN purl_name VARCHAR;
    ALTER TABLE components ADD COLUMN purl_version VARCHAR;
    ALTER TABLE components ADD COLUMN purl_qualifiers VARCHAR;  -- JSON object, keys sorted
    ",
    // 3: tenant policies (versioned, content-addressed) and which policy each result is for.
    "
    CREATE TABLE policies (
        tenant      VARCHAR NOT NULL,
        name        VARCHAR NOT NULL,
        version     UBIGINT NOT NULL,       -- 1, 2, ... per (tenant, name)
        id          VARCHAR NOT NULL,       -- blake3 hex of the definition (plugin, config, enforce)
        plugin_id   VARCHAR NOT NULL,
        plugin_name VARCHAR NOT NULL,
        config      VARCHAR NOT NULL,       -- JSON object, keys sorted (a Rego policy's source is `policy`)
        enforce     BOOLEAN NOT NULL,
        added_at    TIMESTAMP NOT NULL,
        PRIMARY KEY (tenant, name, version)
    );
    ALTER TABLE policy_results ADD COLUMN policy_name VARCHAR;     -- NULL for a plain `invoke`
    ALTER TABLE policy_results ADD COLUMN policy_version UBIGINT;
    ALTER TABLE policy_results ADD COLUMN policy_id VARCHAR;
    ALTER TABLE policy_results ADD COLUMN status VARCHAR;          -- pass | fail | error
    ALTER TABLE policy_results ADD COLUMN error VARCHAR;
    ",
    // 4: API keys for `traceguard serve`. Only the blake3 hash of a key is stored; the key
    // itself is shown once, when it is created.
    "
    CREATE TABLE api_keys (
        id         VARCHAR PRIMARY KEY,     -- first 16 hex digits of the hash: shown in lists and logs
        tenant     VARCHAR,                 -- NULL for an admin key
        hash       VARCHAR NOT NULL UNIQUE, -- blake3 hex of the whole key
        scopes     VARCHAR NOT NULL,        -- JSON array of scope names
        created_at TIMESTAMP NOT NULL,
        revoked    BOOLEAN NOT NULL
    );
    ",
    // 5: plugins a tenant installed for itself (keys with `plugin:install`). Only that tenant
    // sees or runs them; the same bytes may be installed by several tenants, each its own row.
    "
    CREATE TABLE tenant_plugins (
        tenant       VARCHAR NOT NULL,
        id           VARCHAR NOT NULL,      -- blake3 hex of the component
        name         VARCHAR NOT NULL,
        kind         VARCHAR NOT NULL,
        size         UBIGINT NOT NULL,
        installed_at TIMESTAMP NOT NULL,
        wasm         BLOB NOT NULL,
        PRIMARY KEY (tenant, id)
    );
    ",
    // 6: secrets of this database, made at first use: the key that authenticates compiled
    // plugins in the on-disk cache (only holders of the database can put code there).
    "
    CREATE TABLE secrets (
        name  VARCHAR PRIMARY KEY,
        value BLOB NOT NULL
    );
    ",
    // 7: validation levels. A tenant's default level (NULL: standard), the level each SBOM
    // was judged at (every SBOM stored before levels existed was judged strictly), and the
    // order a parser reported each diagnostic in.
    "
    ALTER TABLE tenants ADD COLUMN validation VARCHAR;
    ALTER TABLE sboms ADD COLUMN validation VARCHAR;
    UPDATE sboms SET validation = 'strict';
    ALTER TABLE diagnostics ADD COLUMN seq UBIGINT;
    ",
    // 8: the rule (check) that found each diagnostic (contract 0.1.1); NULL for diagnostics
    // stored before, or reported by a parser that names none.
    "
    ALTER TABLE diagnostics ADD COLUMN rule VARCHAR;
    ",
    // 9: billing plans, versioned and content-addressed like policies, and each tenant's plan
    // changes with the day they take effect (kept, never overwritten).
    "
    CREATE TABLE plans (
        name       VARCHAR NOT NULL,
        version    UBIGINT NOT NULL,
        id         VARCHAR NOT NULL,      -- blake3 of the canonical JSON definition
        definition VARCHAR NOT NULL,      -- canonical JSON
        added_at   TIMESTAMP NOT NULL,
        PRIMARY KEY (name, version)
    );
    CREATE TABLE tenant_plans (
        tenant         VARCHAR NOT NULL,
        plan           VARCHAR NOT NULL,
        version        UBIGINT NOT NULL,
        plan_id        VARCHAR NOT NULL,
        effective_from DATE NOT NULL,
        recorded_at    TIMESTAMP NOT NULL
    );
    ",
    // 10: invoices. Each tenant's time zone (NULL: UTC), grid intensity (NULL: the
    // deployment's) and budget renewal (NULL: none); deployment settings (energy factors);
    // sealed invoices, stored as their canonical JSON with the inputs they were derived from,
    // and the ledger rows each one covers (so a late row is billed once, in a later invoice).
    "
    ALTER TABLE tenants ADD COLUMN time_zone VARCHAR;
    ALTER TABLE tenants ADD COLUMN grid_intensity UBIGINT;
    ALTER TABLE tenants ADD COLUMN budget_renewal VARCHAR;
    CREATE TABLE settings (
        name  VARCHAR PRIMARY KEY,
        value VARCHAR NOT NULL
    );
    CREATE TABLE invoices (
        tenant     VARCHAR NOT NULL,
        period     VARCHAR NOT NULL,       -- YYYY-MM
        end_us     BIGINT NOT NULL,        -- the month's end in the tenant's zone at sealing
        time_zone  VARCHAR NOT NULL,
        watts_mw   UBIGINT NOT NULL,
        grid       UBIGINT NOT NULL,
        rows       UBIGINT NOT NULL,
        blake3     VARCHAR NOT NULL,       -- of the document's bytes
        document   VARCHAR NOT NULL,       -- canonical JSON
        sealed_at  TIMESTAMP NOT NULL,
        PRIMARY KEY (tenant, period)
    );
    CREATE TABLE invoice_rows (
        tenant        VARCHAR NOT NULL,
        period        VARCHAR NOT NULL,
        invocation_id UBIGINT NOT NULL
    );
    -- Digests of ended days' ledger rows, reused while a day's count, ids and sums match
    -- (derived data: `gas verify` never reads it).
    CREATE TABLE ledger_digests (
        tenant   VARCHAR NOT NULL,
        start_us BIGINT NOT NULL,
        end_us   BIGINT NOT NULL,
        rows     UBIGINT NOT NULL,
        first_id UBIGINT NOT NULL,
        last_id  UBIGINT NOT NULL,
        gas      UBIGINT NOT NULL,
        cpu      UBIGINT NOT NULL,
        digest   VARCHAR NOT NULL
    );
    ",
];
