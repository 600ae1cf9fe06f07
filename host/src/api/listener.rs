//! The accept loop of `traceguard serve`: at most so many connections in all and per client
//! address (one over the cap is closed at once), a deadline for each request's headers (which
//! also ends a kept-alive connection that sends nothing), the client's address handed to the
//! handlers ([`ConnectInfo`]), and a graceful shutdown: stop accepting, let each connection
//! finish the request it is serving, then close it (or abort them all, if the caller stops
//! waiting).

use std::collections::HashMap;
use std::future::Future;
use std::net::{IpAddr, SocketAddr};
use std::pin::pin;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use axum::http::Request;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore, watch};
use tower::ServiceExt;

/// How the listener protects the server.
#[derive(Clone, Copy, Debug)]
pub struct ListenLimits {
    /// Connections open at once, in all.
    pub connections: usize,
    /// Connections open at once from one client address.
    pub per_client: usize,
    /// Time a client has to send a request's headers, from the connection's start or the end
    /// of its previous response.
    pub header_timeout: Duration,
}

/// Open connections per client address.
#[derive(Default)]
struct PerClient(Mutex<HashMap<IpAddr, usize>>);

/// One connection's place in [`PerClient`], given back on drop.
struct ClientSlot {
    table: Arc<PerClient>,
    ip: IpAddr,
}

impl PerClient {
    fn enter(table: &Arc<PerClient>, ip: IpAddr, cap: usize) -> Option<ClientSlot> {
        let mut open = table.0.lock().unwrap_or_else(|e| e.into_inner());
        let n = open.entry(ip).or_default();
        if *n >= cap {
            return None;
        }
        *n += 1;
        Some(ClientSlot {
            table: table.clone(),
            ip,
        })
    }
}

impl Drop for ClientSlot {
    fn drop(&mut self) {
        let mut open = self.table.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(n) = open.get_mut(&self.ip) {
            *n -= 1;
            if *n == 0 {
                open.remove(&self.ip);
            }
        }
    }
}

/// Serves `router` on `listener` until `shutdown` resolves, then waits for the connections to
/// finish their requests.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    limits: ListenLimits,
    shutdown: impl Future<Output = ()>,
) {
    let open = Arc::new(Semaphore::new(limits.connections.max(1)));
    let clients = Arc::new(PerClient::default());
    // Dropping `closing` asks every connection to finish; `done` closes once all have.
    let (closing, closed) = watch::channel(());
    let (done, _) = watch::channel(());
    let mut shutdown = pin!(shutdown);
    // Owned here: if this future is dropped (a shutdown past its grace), every connection
    // still open is aborted with it.
    let mut connections = tokio::task::JoinSet::new();
    loop {
        while connections.try_join_next().is_some() {}
        let (stream, client) = tokio::select! {
            () = &mut shutdown => break,
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of file descriptors and the like: wait instead of spinning.
                    super::log_event("accept_error", &format!("cannot accept a connection: {e}"));
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
        };
        let Ok(permit) = open.clone().try_acquire_owned() else {
            continue; // over the cap: the stream is dropped, the connection closed
        };
        let Some(slot) = PerClient::enter(&clients, client.ip(), limits.per_client) else {
            continue;
        };
        let conn = Connection {
            _permit: permit,
            _slot: slot,
            closed: closed.clone(),
            _done: done.subscribe(),
        };
        connections.spawn(conn.serve(stream, client, router.clone(), limits.header_timeout));
    }
    drop(closing);
    drop(closed);
    done.closed().await;
}

/// What one connection holds until it ends.
struct Connection {
    _permit: OwnedSemaphorePermit,
    _slot: ClientSlot,
    closed: watch::Receiver<()>,
    _done: watch::Receiver<()>,
}

impl Connection {
    async fn serve(
        mut self,
        stream: TcpStream,
        client: SocketAddr,
        router: Router,
        header_timeout: Duration,
    ) {
        let _ = stream.set_nodelay(true);
        let service = router.map_request(move |mut request: Request<Incoming>| {
            request.extensions_mut().insert(ConnectInfo(client));
            request
        });
        let mut http = hyper::server::conn::http1::Builder::new();
        http.timer(TokioTimer::new())
            .header_read_timeout(header_timeout);
        let conn = http.serve_connection(TokioIo::new(stream), TowerToHyperService::new(service));
        let mut conn = pin!(conn);
        let mut finishing = false;
        loop {
            tokio::select! {
                _ = conn.as_mut() => break,
                // The sender is dropped at shutdown: finish the request in progress, then close.
                _ = self.closed.changed(), if !finishing => {
                    finishing = true;
                    conn.as_mut().graceful_shutdown();
                }
            }
        }
    }
}
