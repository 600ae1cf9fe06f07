//! Authentication, scopes and per-tenant limits.
//!
//! Every `/v1` route but the OpenAPI document runs [`middleware`]: it reads
//! `Authorization: Bearer <key>`, looks the key up by its blake3 hash (401 when missing, unknown
//! or revoked), takes a token from the tenant's rate bucket and a slot of its concurrency cap
//! (429 with `Retry-After` when either is exhausted), and hands the handler a [`Caller`]. The
//! handler asks the caller for its tenant *with* the scope it needs ([`Caller::tenant`]); the
//! tenant never comes from the path or body.
//!
//! Before a key is looked at, the client's address must have failed authentication less than
//! its allowance ([`FailedAuth`]), so nobody can guess keys at line rate.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderMap, header};
use axum::middleware::Next;
use axum::response::Response;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use super::{ApiError, App};
use crate::state::keys::{self, ApiKeyRow, Scope};

/// Who is calling: the key's id, its tenant (none for an admin key) and scopes.
#[derive(Clone, Debug)]
pub struct Caller {
    /// Public key id.
    pub key_id: String,
    /// The tenant the key acts for.
    pub tenant: Option<String>,
    /// What it may do.
    pub scopes: Vec<Scope>,
}

impl Caller {
    /// Fails with 403 unless the key has `scope`.
    pub fn require(&self, scope: Scope) -> Result<(), ApiError> {
        if self.scopes.contains(&scope) {
            Ok(())
        } else {
            Err(ApiError::forbidden(format!(
                "this API key (id {}) lacks the `{}` scope",
                self.key_id,
                scope.name()
            )))
        }
    }

    /// Fails with 403 unless the key has one of `scopes`.
    pub fn require_any(&self, scopes: &[Scope]) -> Result<(), ApiError> {
        if scopes.iter().any(|s| self.scopes.contains(s)) {
            return Ok(());
        }
        let names: Vec<&str> = scopes.iter().map(|s| s.name()).collect();
        Err(ApiError::forbidden(format!(
            "this API key (id {}) needs one of the scopes {}",
            self.key_id,
            names.join(", ")
        )))
    }

    /// The key's tenant, if the key has `scope`; 403 for an admin key, which has no tenant.
    pub fn tenant(&self, scope: Scope) -> Result<String, ApiError> {
        self.require(scope)?;
        self.tenant.clone().ok_or_else(|| {
            ApiError::forbidden("an admin key has no tenant; use a key created for the tenant")
        })
    }

    /// What the rate limit and concurrency cap are counted against.
    fn limit_key(&self) -> String {
        match &self.tenant {
            Some(t) => format!("tenant:{t}"),
            None => format!("admin:{}", self.key_id),
        }
    }
}

impl From<ApiKeyRow> for Caller {
    fn from(row: ApiKeyRow) -> Self {
        Caller {
            key_id: row.id,
            tenant: row.tenant,
            scopes: row.scopes,
        }
    }
}

/// Keys already looked up, by hash, so a request costs no database read: the caller of a
/// valid key, or `None` for a key that is not valid (so a flood of made-up keys costs no
/// database read either). Cleared whenever a key is created or revoked through the API (while
/// the server runs, no other process can change them). The generation counts clears, so a
/// look-up that started before one cannot put a stale answer back.
#[derive(Default)]
pub struct KeyCache(Mutex<(u64, HashMap<String, Option<Caller>>)>);

/// Most answers the key cache holds; past it the cache starts afresh (a flood of made-up keys
/// cannot grow it without bound).
const KEY_CACHE_ENTRIES: usize = 100_000;

type CacheState = (u64, HashMap<String, Option<Caller>>);

impl KeyCache {
    fn lock(&self) -> std::sync::MutexGuard<'_, CacheState> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The cached answer, or the generation to pass to [`KeyCache::put`] after a look-up.
    fn get(&self, hash: &str) -> Result<Option<Caller>, u64> {
        let cache = self.lock();
        cache.1.get(hash).cloned().ok_or(cache.0)
    }

    fn put(&self, generation: u64, hash: String, caller: Option<Caller>) {
        let mut cache = self.lock();
        if cache.0 == generation {
            if cache.1.len() >= KEY_CACHE_ENTRIES {
                cache.1.clear();
            }
            cache.1.insert(hash, caller);
        }
    }

    /// Forgets every cached answer (after a key is created or revoked).
    pub fn clear(&self) {
        let mut cache = self.lock();
        cache.0 += 1;
        cache.1.clear();
    }
}

/// The key in `Authorization: Bearer <key>`.
fn bearer(headers: &HeaderMap) -> Result<&str, ApiError> {
    let value = headers
        .get(header::AUTHORIZATION)
        .ok_or_else(|| ApiError::unauthorized("send an API key: `Authorization: Bearer tg_...`"))?;
    value
        .to_str()
        .ok()
        .and_then(|v| {
            v.strip_prefix("Bearer ")
                .or_else(|| v.strip_prefix("bearer "))
        })
        .map(str::trim)
        .ok_or_else(|| ApiError::unauthorized("the Authorization header must be `Bearer <key>`"))
}

/// Resolves the request's key to a [`Caller`], unless its client has failed too often lately;
/// a failure counts against the client's address.
pub(super) async fn authenticate(
    app: &Arc<App>,
    headers: &HeaderMap,
    client: Option<IpAddr>,
) -> Result<Caller, ApiError> {
    // A key already known to be valid is never held up by its address's failures (behind a
    // proxy, every client shares one address).
    if let Ok(key) = bearer(headers)
        && keys::well_formed(key)
        && let Ok(Some(caller)) = app.keys.get(&keys::key_hash(key))
    {
        return Ok(caller);
    }
    if let Some(ip) = client {
        app.failed_auth.check(ip)?;
    }
    let resolved = resolve(app, headers).await;
    if let (Err(e), Some(ip)) = (&resolved, client)
        && e.status == axum::http::StatusCode::UNAUTHORIZED
    {
        app.failed_auth.failed(ip);
    }
    resolved
}

/// The address of the client that sent `request` (set by [`super::listener`]).
pub(super) fn client(request: &Request) -> Option<IpAddr> {
    request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip())
}

/// Looks the key in `Authorization` up: in the cache, else in the database.
async fn resolve(app: &Arc<App>, headers: &HeaderMap) -> Result<Caller, ApiError> {
    let key = bearer(headers)?;
    let unknown = || ApiError::unauthorized("that API key is not valid (unknown or revoked)");
    if !keys::well_formed(key) {
        return Err(unknown());
    }
    let hash = keys::key_hash(key);
    let generation = match app.keys.get(&hash) {
        Ok(answer) => return answer.ok_or_else(unknown),
        Err(generation) => generation,
    };
    let lookup = hash.clone();
    let caller = app
        .blocking(move |service| Ok(service.state().key_by_hash(&lookup)?))
        .await?
        .map(Caller::from);
    app.keys.put(generation, hash, caller.clone());
    caller.ok_or_else(unknown)
}

/// Authenticates, applies the tenant's limits, and runs the handler with the [`Caller`] in the
/// request's extensions (and in the response's, for the request log).
pub async fn middleware(
    State(app): State<Arc<App>>,
    mut request: Request,
    next: Next,
) -> Result<Response, ApiError> {
    let client = client(&request);
    let caller = authenticate(&app, request.headers(), client).await?;
    let limit_key = caller.limit_key();
    app.limits.take_token(&limit_key)?;
    let held = Arc::new(Held {
        _slot: app.limits.enter(&limit_key)?,
        _running: app.metrics.in_flight(),
    });
    request.extensions_mut().insert(caller.clone());
    let mut response = HELD.scope(held, next.run(request)).await;
    response.extensions_mut().insert(caller);
    Ok(response)
}

/// What a request holds while it runs: its tenant's concurrency slot and its place in the
/// in-flight gauge. Shared with the blocking work it starts ([`held`]), so a client that hangs
/// up does not free the slot while its invocation still runs.
pub struct Held {
    _slot: OwnedSemaphorePermit,
    _running: super::ops::InFlight,
}

tokio::task_local! {
    static HELD: Arc<Held>;
}

/// The current request's [`Held`], if called inside one.
pub fn held() -> Option<Arc<Held>> {
    HELD.try_with(Arc::clone).ok()
}

/// A token bucket: `rate` tokens a second, at most `burst` saved up.
struct Bucket {
    tokens: f64,
    last: Instant,
}

impl Bucket {
    fn full(burst: f64, now: Instant) -> Self {
        Bucket {
            tokens: burst,
            last: now,
        }
    }

    /// Adds the tokens earned since the last refill.
    fn refill(&mut self, now: Instant, rate: f64, burst: f64) {
        let earned = now.duration_since(self.last).as_secs_f64() * rate;
        self.tokens = (self.tokens + earned).min(burst);
        self.last = now;
    }
}

/// Failed authentications per client address (an IPv6 /64 counts as one): `rate` a second,
/// bursts of `burst`. An address with none left is refused (429) before its key is looked up;
/// successful requests cost nothing, and a key the server already knows to be valid skips the
/// check, so clients sharing an address with a key guesser (behind a proxy) keep working.
pub struct FailedAuth {
    rate: f64,
    burst: f64,
    buckets: Mutex<HashMap<IpAddr, Bucket>>,
}

/// Most client addresses tracked; past it the ones whose allowance has refilled are forgotten.
const FAILED_AUTH_CLIENTS: usize = 100_000;

/// What an allowance is kept for: an IPv4 address, or an IPv6 /64 (one host can use a whole
/// /64, so counting single IPv6 addresses would be no limit at all).
fn client_block(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => {
            let prefix = u128::from(v6) & !((1u128 << 64) - 1);
            IpAddr::V6(std::net::Ipv6Addr::from(prefix))
        }
    }
}

impl FailedAuth {
    /// An allowance of `rate` failures a second per address, `burst` at once.
    pub fn new(rate: f64, burst: f64) -> Self {
        FailedAuth {
            rate: rate.max(0.001),
            burst: burst.max(1.0),
            buckets: Mutex::default(),
        }
    }

    /// 429 if `ip` has used up its failures.
    pub fn check(&self, ip: IpAddr) -> Result<(), ApiError> {
        let ip = client_block(ip);
        let now = Instant::now();
        let mut buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        let Some(bucket) = buckets.get_mut(&ip) else {
            return Ok(());
        };
        bucket.refill(now, self.rate, self.burst);
        if bucket.tokens >= 1.0 {
            return Ok(());
        }
        let wait = ((1.0 - bucket.tokens) / self.rate).ceil() as u64;
        Err(ApiError::too_many(
            format!("too many failed authentications from {ip}; retry in {wait} s"),
            wait,
        ))
    }

    /// Counts one failed authentication of `ip`.
    pub fn failed(&self, ip: IpAddr) {
        let ip = client_block(ip);
        let now = Instant::now();
        let mut buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        if buckets.len() >= FAILED_AUTH_CLIENTS && !buckets.contains_key(&ip) {
            // Forget the addresses whose allowance has refilled; only if none has, all.
            let (rate, burst) = (self.rate, self.burst);
            buckets.retain(|_, b| {
                b.refill(now, rate, burst);
                b.tokens < burst
            });
            if buckets.len() >= FAILED_AUTH_CLIENTS {
                buckets.clear();
            }
        }
        let bucket = buckets
            .entry(ip)
            .or_insert_with(|| Bucket::full(self.burst, now));
        bucket.refill(now, self.rate, self.burst);
        bucket.tokens = (bucket.tokens - 1.0).max(0.0);
    }
}

/// Per-tenant rate limit and concurrency cap, both in memory.
pub struct Limits {
    rate: f64,
    burst: f64,
    concurrency: usize,
    buckets: Mutex<HashMap<String, Bucket>>,
    slots: Mutex<HashMap<String, Arc<Semaphore>>>,
}

impl Limits {
    /// `rate` requests a second (bursts up to `burst`), `concurrency` requests at once.
    pub fn new(rate: f64, burst: f64, concurrency: usize) -> Self {
        Limits {
            rate: rate.max(0.001),
            burst: burst.max(1.0),
            concurrency: concurrency.max(1),
            buckets: Mutex::default(),
            slots: Mutex::default(),
        }
    }

    /// Takes one token from `key`'s bucket, or fails with 429 and the seconds until one is due.
    pub fn take_token(&self, key: &str) -> Result<(), ApiError> {
        let now = Instant::now();
        let mut buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        let bucket = buckets
            .entry(key.to_string())
            .or_insert_with(|| Bucket::full(self.burst, now));
        bucket.refill(now, self.rate, self.burst);
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            return Ok(());
        }
        let wait = ((1.0 - bucket.tokens) / self.rate).ceil() as u64;
        Err(ApiError::too_many(
            format!(
                "rate limit: at most {} requests a second per tenant; retry in {wait} s",
                self.rate
            ),
            wait,
        ))
    }

    /// Takes one of `key`'s concurrency slots until the returned permit is dropped, or fails
    /// with 429 when all are in use.
    pub fn enter(&self, key: &str) -> Result<OwnedSemaphorePermit, ApiError> {
        let semaphore = self
            .slots
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .entry(key.to_string())
            .or_insert_with(|| Arc::new(Semaphore::new(self.concurrency)))
            .clone();
        semaphore.try_acquire_owned().map_err(|_| {
            ApiError::too_many(
                format!(
                    "this tenant already has {} requests in flight; retry when one finishes",
                    self.concurrency
                ),
                1,
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::Limits;

    #[test]
    fn bucket_allows_a_burst_then_refuses_with_retry_after() {
        let limits = Limits::new(1.0, 2.0, 1);
        assert!(limits.take_token("t").is_ok());
        assert!(limits.take_token("t").is_ok());
        let refused = limits
            .take_token("t")
            .expect_err("third request in the same instant");
        assert_eq!(refused.retry_after, Some(1));
        assert!(
            limits.take_token("other").is_ok(),
            "tenants have their own buckets"
        );
    }

    #[test]
    fn failed_authentications_are_limited_per_address() {
        let limits = super::FailedAuth::new(0.001, 3.0);
        let (ip, other) = (
            "10.0.0.1".parse().expect("ip"),
            "10.0.0.2".parse().expect("ip"),
        );
        for _ in 0..3 {
            assert!(limits.check(ip).is_ok());
            limits.failed(ip);
        }
        let refused = limits.check(ip).expect_err("the allowance is used up");
        assert_eq!(refused.status, axum::http::StatusCode::TOO_MANY_REQUESTS);
        assert!(
            limits.check(other).is_ok(),
            "addresses have their own allowance"
        );
        // One IPv6 /64 is one client.
        let v6: std::net::IpAddr = "2001:db8::1".parse().expect("ip");
        let same_block: std::net::IpAddr = "2001:db8::ffff".parse().expect("ip");
        for _ in 0..3 {
            limits.failed(v6);
        }
        assert!(
            limits.check(same_block).is_err(),
            "the /64 shares its allowance"
        );
    }

    #[test]
    fn concurrency_cap_frees_a_slot_on_drop() {
        let limits = Limits::new(100.0, 100.0, 1);
        let first = limits.enter("t").expect("a free slot");
        assert!(limits.enter("t").is_err());
        drop(first);
        assert!(limits.enter("t").is_ok());
    }
}
