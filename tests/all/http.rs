//! A `traceguard serve` process started by a test, and a minimal HTTP/1.1 client for it.
//!
//! The client is std-only (one connection per request, `Connection: close`), so the tests add
//! no HTTP dependency to the build: the server under test is the only HTTP code involved.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::process::{Child, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::common::{bin, cache_dir};

/// One HTTP response.
#[derive(Debug)]
pub struct Response {
    /// Status code.
    pub status: u16,
    /// Headers, names lower-cased, in the order received.
    pub headers: Vec<(String, String)>,
    /// The body, de-chunked.
    pub body: Vec<u8>,
}

impl Response {
    /// A header's value.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// A numeric header's value; panics when it is missing.
    pub fn header_u64(&self, name: &str) -> u64 {
        self.header(name)
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("no numeric {name} header in {self:?}"))
    }

    /// The body as JSON; panics (with the body) when it is not.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "status {} body is not JSON ({e}): {}",
                self.status,
                String::from_utf8_lossy(&self.body)
            )
        })
    }

    /// The body as text.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// Asserts the status, showing the body when it differs; returns the JSON body (or `null`).
    #[track_caller]
    pub fn expect(&self, status: u16) -> serde_json::Value {
        assert_eq!(
            self.status,
            status,
            "unexpected status; body: {}",
            self.text()
        );
        if self.body.is_empty() {
            serde_json::Value::Null
        } else {
            self.json()
        }
    }
}

/// A request to send.
pub struct Request<'a> {
    /// `GET`, `POST`, …
    pub method: &'a str,
    /// Path and query.
    pub path: &'a str,
    /// Bearer key.
    pub key: Option<&'a str>,
    /// Body bytes (sent with `Content-Length` when the method has a body).
    pub body: &'a [u8],
    /// `Content-Type`, if any.
    pub content_type: Option<&'a str>,
}

/// Sends one request on a fresh connection and reads the whole response.
pub fn send(addr: SocketAddr, r: &Request<'_>) -> std::io::Result<Response> {
    let mut stream = TcpStream::connect_timeout(&addr, Duration::from_secs(10))?;
    stream.set_read_timeout(Some(Duration::from_secs(120)))?;
    let mut head = format!(
        "{} {} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nAccept: application/json\r\n",
        r.method, r.path
    );
    if let Some(key) = r.key {
        head.push_str(&format!("Authorization: Bearer {key}\r\n"));
    }
    if let Some(ct) = r.content_type {
        head.push_str(&format!("Content-Type: {ct}\r\n"));
    }
    if !r.body.is_empty() || matches!(r.method, "POST" | "PUT") {
        head.push_str(&format!("Content-Length: {}\r\n", r.body.len()));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    // The server may answer (413, 401) before reading a large body and close: that is fine.
    let _ = stream.write_all(r.body);
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw)?;
    parse(&raw)
}

fn parse(raw: &[u8]) -> std::io::Result<Response> {
    let bad = |what: &str| std::io::Error::new(std::io::ErrorKind::InvalidData, what.to_string());
    let end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or_else(|| bad("no end of headers"))?;
    let head = std::str::from_utf8(&raw[..end]).map_err(|_| bad("headers are not UTF-8"))?;
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| bad("no status line"))?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let mut body = raw[end + 4..].to_vec();
    let chunked = headers
        .iter()
        .any(|(n, v)| n == "transfer-encoding" && v.eq_ignore_ascii_case("chunked"));
    if chunked {
        body = dechunk(&body).ok_or_else(|| bad("bad chunked body"))?;
    }
    Ok(Response {
        status,
        headers,
        body,
    })
}

fn dechunk(mut data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let line_end = data.windows(2).position(|w| w == b"\r\n")?;
        let size_text = std::str::from_utf8(&data[..line_end]).ok()?;
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        data = &data[line_end + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(data.get(..size)?);
        data = data.get(size + 2..)?;
    }
}

/// A running `traceguard serve` on a loopback port the OS chose.
pub struct Server {
    /// The process.
    pub child: Child,
    /// Where it listens.
    pub addr: SocketAddr,
    /// Every line it wrote to stderr so far (JSON request log and events).
    pub log: Arc<Mutex<Vec<String>>>,
}

impl Server {
    /// Starts `traceguard --db DB serve --addr 127.0.0.1:0 EXTRA…` and waits until it is ready.
    pub fn start(db: &Path, extra: &[&str]) -> Server {
        let mut child = bin()
            .arg("--db")
            .arg(db)
            .args(["serve", "--addr", "127.0.0.1:0"])
            .args(extra)
            .env("TRACEGUARD_CACHE_DIR", cache_dir())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn traceguard serve");
        let stderr = child.stderr.take().expect("stderr");
        let log = Arc::new(Mutex::new(Vec::new()));
        let (tx, rx) = std::sync::mpsc::channel();
        let lines = log.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if line.contains(r#""event":"listening""#) {
                    let _ = tx.send(line.clone());
                }
                lines.lock().unwrap_or_else(|e| e.into_inner()).push(line);
            }
        });
        let line = rx
            .recv_timeout(Duration::from_secs(120))
            .unwrap_or_else(|_| {
                let _ = child.kill();
                panic!(
                    "the server did not report its address; its log:\n{}",
                    log.lock().unwrap_or_else(|e| e.into_inner()).join("\n")
                )
            });
        let event: serde_json::Value = serde_json::from_str(&line).expect("listening line is JSON");
        let url = event["message"].as_str().expect("message");
        let addr = url
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .parse()
            .expect("socket address");
        let server = Server { child, addr, log };
        server.wait_ready();
        server
    }

    /// Waits for `/health/ready` to answer 200 (plugins compiled).
    pub fn wait_ready(&self) {
        let deadline = Instant::now() + Duration::from_secs(300);
        loop {
            if let Ok(r) = self.get("/health/ready", None)
                && r.status == 200
            {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "the server never became ready; log:\n{}",
                self.log_text()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The server's stderr so far.
    pub fn log_text(&self) -> String {
        self.log
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .join("\n")
    }

    /// Sends a request.
    pub fn send(&self, r: &Request<'_>) -> std::io::Result<Response> {
        send(self.addr, r)
    }

    /// `GET path` with an optional key.
    pub fn get(&self, path: &str, key: Option<&str>) -> std::io::Result<Response> {
        self.send(&Request {
            method: "GET",
            path,
            key,
            body: &[],
            content_type: None,
        })
    }

    /// `GET path` with `key`; panics on a connection error.
    pub fn get_ok(&self, path: &str, key: &str) -> Response {
        self.get(path, Some(key))
            .unwrap_or_else(|e| panic!("GET {path}: {e}"))
    }

    /// `method path` with `key` and a body; panics on a connection error.
    pub fn call(&self, method: &str, path: &str, key: &str, body: &[u8]) -> Response {
        self.send(&Request {
            method,
            path,
            key: Some(key),
            body,
            content_type: None,
        })
        .unwrap_or_else(|e| panic!("{method} {path}: {e}"))
    }

    /// Sends SIGTERM and waits for a clean exit; returns the exit status.
    pub fn terminate(mut self) -> std::process::ExitStatus {
        let pid = self.child.id().to_string();
        let sent = std::process::Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .expect("run kill");
        assert!(sent.success(), "kill -TERM {pid} failed");
        let status = self.child.wait().expect("wait for the server");
        // The stderr reader ends at EOF; give it a moment to store the last lines.
        std::thread::sleep(Duration::from_millis(100));
        status
    }

    /// SIGKILL: no shutdown, no flush.
    pub fn kill9(mut self) {
        self.child.kill().expect("SIGKILL the server");
        let _ = self.child.wait();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
