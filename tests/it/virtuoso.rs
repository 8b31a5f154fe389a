//! A throw-away Virtuoso (Debian's `virtuoso-opensource-7-bin`) on loopback, for the push tests
//! and the push benchmark (which includes this file with `#[path]`).
//!
//! [`Virtuoso::start`] writes a minimal `virtuoso.ini` into a temporary folder (database,
//! logs and temp files all there; SQL and HTTP on free 127.0.0.1 ports; no Unix socket;
//! `ResultSetMaxRows` 1,000,000), sets the dba password with `+pwdold dba +pwddba PW +pwddav PW`,
//! starts `virtuoso-t +foreground`, and polls `/sparql?query=ASK{}` until it answers. Dropping
//! the value kills the server by its PID and removes the folder.
//!
//! Without `virtuoso-t` on the PATH the caller is told to skip, unless
//! `TALKGRAPH_REQUIRE_VIRTUOSO` is set: then it is an error.
#![allow(
    dead_code,
    reason = "the bench uses part of it, the tests another part"
)]

use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

type Res<T> = Result<T, Box<dyn std::error::Error>>;

/// The dba password of every test server (a throw-away one on loopback).
pub const PASSWORD: &str = "tg-test-pw-5d1e";

/// A running Virtuoso.
pub struct Virtuoso {
    child: Child,
    dir: tempfile::TempDir,
    pub http_port: u16,
}

/// A port nobody listens on right now.
pub fn free_port() -> Res<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// Whether `virtuoso-t` can run here; an error when it cannot but must
/// (`TALKGRAPH_REQUIRE_VIRTUOSO`).
pub fn available() -> Res<bool> {
    let found = Command::new("virtuoso-t")
        .arg("-?")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok();
    if !found && std::env::var_os("TALKGRAPH_REQUIRE_VIRTUOSO").is_some() {
        return Err(
            "virtuoso-t is required (TALKGRAPH_REQUIRE_VIRTUOSO) but not installed \
                    (Debian: apt-get install virtuoso-opensource-7-bin)"
                .into(),
        );
    }
    if !found {
        eprintln!("virtuoso-t not installed: Virtuoso push test skipped");
    }
    Ok(found)
}

impl Virtuoso {
    /// Starts a fresh server, or `None` when Virtuoso is not installed (and not required).
    pub fn start() -> Res<Option<Self>> {
        if !available()? {
            return Ok(None);
        }
        let dir = tempfile::tempdir()?;
        let http_port = free_port()?;
        let sql_port = free_port()?;
        let ini = dir.path().join("virtuoso.ini");
        std::fs::write(&ini, ini_text(dir.path(), sql_port, http_port))?;
        std::fs::create_dir_all(dir.path().join("www"))?;
        let log = std::fs::File::create(dir.path().join("console.log"))?;
        // Creates the database and sets the password, then exits.
        let status = Command::new("virtuoso-t")
            .args(["+foreground", "+configfile"])
            .arg(&ini)
            .args(["+pwdold", "dba", "+pwddba", PASSWORD, "+pwddav", PASSWORD])
            .current_dir(dir.path())
            .stdout(log.try_clone()?)
            .stderr(log.try_clone()?)
            .status()?;
        if !status.success() {
            return Err(format!(
                "virtuoso-t could not set the password: {}",
                tail(dir.path())
            )
            .into());
        }
        let child = Command::new("virtuoso-t")
            .args(["+foreground", "+configfile"])
            .arg(&ini)
            .current_dir(dir.path())
            .stdout(log.try_clone()?)
            .stderr(log)
            .spawn()?;
        let mut server = Self {
            child,
            dir,
            http_port,
        };
        server.wait_ready()?;
        Ok(Some(server))
    }

    fn wait_ready(&mut self) -> Res<()> {
        let started = Instant::now();
        let url = format!("{}?query=ASK%7B%7D", self.query_url());
        while started.elapsed() < Duration::from_secs(60) {
            if let Some(status) = self.child.try_wait()? {
                return Err(
                    format!("virtuoso-t exited ({status}): {}", tail(self.dir.path())).into(),
                );
            }
            if let Ok(response) = ureq::get(&url).call() {
                if response.status().is_success() {
                    return Ok(());
                }
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        Err(format!(
            "virtuoso-t did not answer within 60 s: {}",
            tail(self.dir.path())
        )
        .into())
    }

    /// The Graph Store Protocol endpoint (HTTP Digest, user dba).
    pub fn gsp_url(&self) -> String {
        format!("http://127.0.0.1:{}/sparql-graph-crud-auth", self.http_port)
    }

    /// The anonymous query endpoint.
    pub fn query_url(&self) -> String {
        format!("http://127.0.0.1:{}/sparql", self.http_port)
    }

    /// The endpoint that takes SPARQL Update (HTTP Digest).
    pub fn update_url(&self) -> String {
        format!("http://127.0.0.1:{}/sparql-auth", self.http_port)
    }

    /// The triples of `graph` as N-Triples, by an anonymous CONSTRUCT.
    pub fn construct(&self, graph: &str) -> Res<String> {
        let query = format!("CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}");
        let mut response = ureq::get(&self.query_url())
            .query("query", &query)
            .header("Accept", "application/n-triples")
            .call()?;
        Ok(response
            .body_mut()
            .with_config()
            .limit(1 << 30)
            .read_to_string()?)
    }

    /// The single value a SELECT answers (a count).
    pub fn select_one(&self, query: &str) -> Res<String> {
        let mut response = ureq::get(&self.query_url())
            .query("query", query)
            .header("Accept", "text/csv")
            .call()?;
        let text = response.body_mut().read_to_string()?;
        let value = text.lines().nth(1).unwrap_or_default().trim_matches('"');
        Ok(value.to_owned())
    }

    pub fn count(&self, graph: &str) -> Res<u64> {
        let n = self.select_one(&format!(
            "SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
        ))?;
        Ok(n.parse()?)
    }
}

impl Drop for Virtuoso {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn ini_text(dir: &Path, sql_port: u16, http_port: u16) -> String {
    let d = dir.display();
    format!(
        "[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
ServerThreads = 10
CheckpointInterval = 60
NumberOfBuffers = 50000
MaxDirtyBuffers = 35000
DirsAllowed = {d}
VADInstallDir = {d}/vad

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {d}/www
ServerThreads = 10
MaxClientConnections = 10
KeepAliveTimeout = 10
MaxKeepAlives = 10
EnabledDavVSP = 0
HTTPProxyEnabled = 0

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
"
    )
}

/// The end of the server's log, for error messages.
fn tail(dir: &Path) -> String {
    let log = std::fs::read_to_string(dir.join("virtuoso.log"))
        .or_else(|_| std::fs::read_to_string(dir.join("console.log")))
        .unwrap_or_default();
    let lines: Vec<&str> = log.lines().collect();
    lines[lines.len().saturating_sub(10)..].join("\n")
}
