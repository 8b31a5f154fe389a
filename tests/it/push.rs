//! `talkgraph push` through the binary: against a real Virtuoso on loopback (round trip,
//! replacement, staging, a 500,000-triple graph in chunks, a refused password), and against a
//! tiny scripted HTTP server (retries, row caps, Basic auth, dry run).
//!
//! The Virtuoso tests skip when `virtuoso-t` is not installed, unless
//! `TALKGRAPH_REQUIRE_VIRTUOSO` is set (CI sets it).

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::Path;
use std::sync::{Arc, Mutex};

use assert_cmd::cargo::cargo_bin_cmd;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphNameRef, NamedNodeRef, Term};
use talkgraph::push::chunk::{skolemise, DEFAULT_SKOLEM_BASE};
use talkgraph::store::GraphStore;

use crate::hay::{sample_path, TestResult};
use crate::virtuoso::{Virtuoso, PASSWORD};

type Res<T> = Result<T, Box<dyn std::error::Error>>;

const SAMPLE_GRAPH: &str = "https://w3id.org/talkgraph/graph/recorded-talks";
const XSD_DURATION: &str = "http://www.w3.org/2001/XMLSchema#duration";

fn talkgraph(store: &Path) -> assert_cmd::Command {
    let mut cmd = cargo_bin_cmd!("talkgraph");
    cmd.env("TALKGRAPH_STORE", store)
        .env("SOURCE_DATE_EPOCH", "1795824000")
        .env("TG_PW", PASSWORD)
        .timeout(std::time::Duration::from_secs(600));
    cmd
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A store holding the sample, in `dir`.
fn sample_store(dir: &Path) -> Res<std::path::PathBuf> {
    let store = dir.join("store");
    talkgraph(&store)
        .arg("build")
        .arg(sample_path())
        .assert()
        .success();
    Ok(store)
}

/// One triple as canonical N-Triples. Virtuoso 7.2 rewrites `xsd:duration` values
/// (`"PT1M51S"` comes back as `"111.51"`), so for that datatype only the datatype is kept:
/// every other term must come back exactly.
fn canonical(t: &oxigraph::model::Triple) -> String {
    match &t.object {
        Term::Literal(l) if l.datatype().as_str() == XSD_DURATION => {
            format!("{} {} \"…\"^^<{XSD_DURATION}> .", t.subject, t.predicate)
        }
        _ => format!("{t} ."),
    }
}

/// The triples of `graph` in the store, skolemised as push sends them, canonical and sorted.
/// No blank node is left on either side, so two graphs are isomorphic exactly when these
/// sets are equal.
fn local_triples(store: &Path, graph: &str) -> Res<BTreeSet<String>> {
    let store = GraphStore::open_read_only(store)?;
    let g = NamedNodeRef::new(graph)?;
    let mut out = BTreeSet::new();
    for quad in store
        .inner()
        .quads_for_pattern(None, None, None, Some(GraphNameRef::NamedNode(g)))
    {
        out.insert(canonical(&skolemise(quad?, DEFAULT_SKOLEM_BASE)));
    }
    Ok(out)
}

/// The triples of `graph` on the server (a CONSTRUCT, parsed), canonical and sorted.
fn remote_triples(server: &Virtuoso, graph: &str) -> Res<BTreeSet<String>> {
    let nt = server.construct(graph)?;
    let mut out = BTreeSet::new();
    for quad in RdfParser::from_format(RdfFormat::NTriples).for_slice(nt.as_bytes()) {
        let quad = quad?;
        assert!(
            !matches!(
                quad.subject,
                oxigraph::model::NamedOrBlankNode::BlankNode(_)
            ),
            "a blank node came back: {quad}"
        );
        out.insert(canonical(&quad.into()));
    }
    Ok(out)
}

fn push_args(server: &Virtuoso) -> Vec<String> {
    push_args_to(server, &server.gsp_url())
}

/// `push` to Virtuoso's query and update URLs, with the Graph Store endpoint `endpoint`.
fn push_args_to(server: &Virtuoso, endpoint: &str) -> Vec<String> {
    vec![
        "push".into(),
        "--endpoint".into(),
        endpoint.into(),
        "--user".into(),
        "dba".into(),
        "--password-env".into(),
        "TG_PW".into(),
        "--query-url".into(),
        server.query_url(),
        "--update-url".into(),
        server.update_url(),
    ]
}

#[test]
fn push_virtuoso_round_trip_replacement_staging_and_refused_password() -> TestResult {
    let Some(server) = Virtuoso::start()? else {
        return Ok(());
    };
    let dir = tempfile::tempdir()?;
    let store = sample_store(dir.path())?;

    // 1. every graph, verified by count
    let out = talkgraph(&store)
        .args(push_args(&server))
        .assert()
        .success();
    let stdout = text(&out.get_output().stdout);
    assert!(
        stdout.contains(&format!("<{SAMPLE_GRAPH}>: 633 triples in 1 request")),
        "{stdout}"
    );
    assert_eq!(stdout.matches(": ok").count(), 3, "{stdout}");

    // read back: the same graph (canonical triples, see `canonical`)
    let local = local_triples(&store, SAMPLE_GRAPH)?;
    let remote = remote_triples(&server, SAMPLE_GRAPH)?;
    assert_eq!(local.len(), 633);
    assert_eq!(
        local.symmetric_difference(&remote).collect::<Vec<_>>(),
        Vec::<&String>::new()
    );

    // 2. change the graph (one statement in, all descriptions out) and push it again,
    // in chunks: the remote graph is replaced, not added to
    talkgraph(&store)
        .args(["query", "--update"])
        .arg(format!(
            "DELETE WHERE {{ GRAPH <{SAMPLE_GRAPH}> {{ ?s schema:description ?d }} }} ; \
             INSERT DATA {{ GRAPH <{SAMPLE_GRAPH}> {{ <https://e.org/new> schema:name \"new\" }} }}"
        ))
        .assert()
        .success();
    let changed = local_triples(&store, SAMPLE_GRAPH)?;
    assert!(changed.len() < local.len());
    talkgraph(&store)
        .args(push_args(&server))
        .args(["--graph", SAMPLE_GRAPH, "--chunk-triples", "100"])
        .assert()
        .success();
    let remote = remote_triples(&server, SAMPLE_GRAPH)?;
    assert_eq!(remote, changed);

    // 3. --staging, as Turtle: through a temporary graph, then MOVE; nothing of it is left
    let out = talkgraph(&store)
        .args(push_args(&server))
        .args([
            "--graph",
            SAMPLE_GRAPH,
            "--staging",
            "--chunk-triples",
            "200",
        ])
        .assert()
        .success();
    let stdout = text(&out.get_output().stdout);
    assert!(
        stdout.contains("through <urn:talkgraph:staging:"),
        "{stdout}"
    );
    assert_eq!(remote_triples(&server, SAMPLE_GRAPH)?, changed);
    let staging_left = server.select_one(
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"urn:talkgraph:staging:\")) }",
    )?;
    assert_eq!(staging_left, "0");

    // 4. a refused password: a clear error, a failure, and the password nowhere in the output
    let out = talkgraph(&store)
        .args(push_args(&server))
        .env("TG_PW", "not-the-password-7f3a")
        .assert()
        .failure();
    let stderr = text(&out.get_output().stderr);
    assert!(
        stderr.contains("HTTP 401") && stderr.contains("password was refused"),
        "{stderr}"
    );
    assert!(stderr.contains(&server.gsp_url()), "{stderr}");
    let all = format!("{stderr}{}", text(&out.get_output().stdout));
    assert!(!all.contains("not-the-password-7f3a") && !all.contains(PASSWORD));
    // a missing variable is named, and is not mistaken for the password
    let out = talkgraph(&store)
        .args(push_args(&server))
        .env_remove("TG_PW")
        .assert()
        .failure();
    assert!(text(&out.get_output().stderr).contains("environment variable TG_PW is not set"));
    Ok(())
}

/// Virtuoso's own behaviour that `--staging` exists for: a PUT whose body fails half-way
/// leaves the graph half-replaced (the old triples gone, part of the new ones there). Then a
/// push in chunks that fails at its second chunk (a loopback proxy refuses it): without
/// `--staging` the remote graph is left with the first chunk only; with it, as it was.
#[test]
fn push_virtuoso_failed_put_leaves_half_a_graph_and_staging_does_not() -> TestResult {
    let Some(server) = Virtuoso::start()? else {
        return Ok(());
    };
    let dir = tempfile::tempdir()?;
    let store = dir.path().join("store");
    let graph = "https://e.org/graph/half";
    let lines = |n: u32, tag: &str| -> String {
        (0..n)
            .map(|i| format!("<https://e.org/s{i}> <https://e.org/p> \"{tag} {i}\" .\n"))
            .collect()
    };
    let good = lines(20_000, "old");
    let file = dir.path().join("good.nt");
    std::fs::write(&file, &good)?;
    talkgraph(&store)
        .arg("import")
        .arg(&file)
        .args(["--graph", graph])
        .assert()
        .success();
    talkgraph(&store)
        .args(push_args(&server))
        .args(["--graph", graph])
        .assert()
        .success();
    assert_eq!(server.count(graph)?, 20_000);

    // a body Virtuoso's parser gives up on after 10,000 lines, sent by hand
    let broken = format!(
        "{}<https://e.org/x> <https://e.org/p> <<<< .\n{}",
        &good[..good
            .match_indices('\n')
            .nth(9_999)
            .map_or(0, |(i, _)| i + 1)],
        "<https://e.org/y> <https://e.org/p> \"after\" .\n"
    );
    let status = put_digest(&server, graph, broken.as_bytes())?;
    assert!(status >= 400, "Virtuoso accepted a broken body ({status})");
    let left = server.count(graph)?;
    assert!(
        left < 20_000,
        "expected a half-replaced graph after a failed PUT, found {left} triples"
    );

    // back to the old version
    talkgraph(&store)
        .args(push_args(&server))
        .args(["--graph", graph])
        .assert()
        .success();
    assert_eq!(server.count(graph)?, 20_000);
    // a new local version, pushed in chunks of 10,000 through a proxy that refuses the
    // second chunk
    std::fs::write(&file, lines(30_000, "new"))?;
    talkgraph(&store)
        .arg("import")
        .arg(&file)
        .args(["--graph", graph])
        .assert()
        .success();
    let through_proxy = |staging: bool| {
        let gsp_port = failing_proxy(server.http_port, 2)?;
        let mut cmd = talkgraph(&store);
        let endpoint = format!("http://127.0.0.1:{gsp_port}/sparql-graph-crud-auth");
        cmd.args(push_args_to(&server, &endpoint)).args([
            "--graph",
            graph,
            "--chunk-triples",
            "10000",
        ]);
        if staging {
            cmd.arg("--staging");
        }
        Ok::<_, Box<dyn std::error::Error>>(cmd.assert().code(2))
    };
    // with --staging the target keeps its old version, and the staging graph is gone
    let out = through_proxy(true)?;
    assert!(
        text(&out.get_output().stderr).contains("HTTP 400"),
        "{}",
        text(&out.get_output().stderr)
    );
    assert_eq!(server.count(graph)?, 20_000);
    let old = server.select_one(&format!(
        "SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o FILTER(STRSTARTS(?o, \"old\")) }} }}"
    ))?;
    assert_eq!(old, "20000");
    let staging_left = server.select_one(
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"urn:talkgraph:staging:\")) }",
    )?;
    assert_eq!(staging_left, "0");
    // without it, the first chunk replaced the graph and the rest never came
    through_proxy(false)?;
    assert_eq!(server.count(graph)?, 10_000);
    Ok(())
}

/// A loopback proxy to Virtuoso's HTTP port that answers `400` to the `fail_at`-th request
/// with a body to the Graph Store endpoint (counting from 1) and forwards everything else,
/// one request per connection. Stops after 200 requests.
fn failing_proxy(upstream: u16, fail_at: usize) -> Res<u16> {
    let listener = TcpListener::bind("127.0.0.1:0")?;
    let port = listener.local_addr()?.port();
    std::thread::spawn(move || {
        let mut bodies = 0;
        for stream in listener.incoming().take(200) {
            let Ok(mut stream) = stream else { continue };
            let _ = stream.set_read_timeout(Some(std::time::Duration::from_secs(30)));
            let Ok(request) = read_request(&mut stream) else {
                continue;
            };
            if request.target.starts_with("/sparql-graph-crud") && !request.body.is_empty() {
                bodies += 1;
                if bodies == fail_at {
                    let _ = stream.write_all(
                        answer("400 Bad Request", &[], "refused by the test proxy").as_bytes(),
                    );
                    continue;
                }
            }
            if let Ok(reply) = forward(upstream, &request) {
                let _ = stream.write_all(&reply);
            }
        }
    });
    Ok(port)
}

/// Sends `request` to 127.0.0.1:`upstream` with `Connection: close`; the whole answer.
fn forward(upstream: u16, request: &Received) -> Res<Vec<u8>> {
    let mut up = std::net::TcpStream::connect(("127.0.0.1", upstream))?;
    let mut head = format!("{} {} HTTP/1.1\r\n", request.method, request.target);
    for (k, v) in &request.headers {
        if k != "connection" {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
    }
    head.push_str("connection: close\r\n\r\n");
    up.write_all(head.as_bytes())?;
    up.write_all(&request.body)?;
    let mut reply = Vec::new();
    up.read_to_end(&mut reply)?;
    Ok(reply)
}

/// A PUT with Digest, by hand (what a failing push chunk would do).
fn put_digest(server: &Virtuoso, graph: &str, body: &[u8]) -> Res<u16> {
    let url = format!("{}?graph={graph}", server.gsp_url());
    let first = ureq::head(&url)
        .config()
        .http_status_as_error(false)
        .build()
        .call()?;
    let challenge = first
        .headers()
        .get("www-authenticate")
        .and_then(|v| v.to_str().ok())
        .ok_or("no challenge")?
        .to_owned();
    let mut client = http_auth::PasswordClient::try_from(challenge.as_str())?;
    let authorization = client.respond(&http_auth::PasswordParams {
        username: "dba",
        password: PASSWORD,
        uri: &url[url.find("/sparql").ok_or("no path")?..],
        method: "PUT",
        body: Some(body),
    })?;
    let response = ureq::put(&url)
        .config()
        .http_status_as_error(false)
        .build()
        .header("Authorization", &authorization)
        .header("Content-Type", "application/n-triples")
        .send(body)?;
    Ok(response.status().as_u16())
}

/// 500,000 triples in chunks of 100,000. A thousand blank nodes are each used in every chunk:
/// skolemised, they stay a thousand nodes on the server (split, they would be five thousand).
#[test]
fn push_virtuoso_500k_triples_in_chunks() -> TestResult {
    let Some(server) = Virtuoso::start()? else {
        return Ok(());
    };
    let dir = tempfile::tempdir()?;
    let store = dir.path().join("store");
    let graph = "https://e.org/graph/big";
    let file = dir.path().join("big.nt");
    let mut out = std::io::BufWriter::new(std::fs::File::create(&file)?);
    for i in 0..450_000u32 {
        writeln!(
            out,
            "<https://e.org/talk/{i}> <https://schema.org/name> \"Talk number {i}\"@en ."
        )?;
    }
    for i in 0..50_000u32 {
        writeln!(
            out,
            "<https://e.org/talk/{i}> <https://e.org/by> _:b{} .",
            i % 1000
        )?;
    }
    out.flush()?;
    drop(out);
    let started = std::time::Instant::now();
    talkgraph(&store)
        .arg("import")
        .arg(&file)
        .args(["--graph", graph])
        .assert()
        .success();
    let imported = started.elapsed();
    let started = std::time::Instant::now();
    let out = talkgraph(&store)
        .args(push_args(&server))
        .args(["--graph", graph, "--chunk-triples", "100000"])
        .assert()
        .success();
    let stdout = text(&out.get_output().stdout);
    eprintln!(
        "500k triples: import {:.1} s, push {:.1} s",
        imported.as_secs_f64(),
        started.elapsed().as_secs_f64()
    );
    assert!(
        stdout.contains("500000 triples in 5 requests")
            && stdout.contains("the server counts 500000: ok"),
        "{stdout}"
    );
    let nodes = server.select_one(&format!(
        "SELECT (COUNT(DISTINCT ?b) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?t <https://e.org/by> ?b }} }}"
    ))?;
    assert_eq!(nodes, "1000");
    let skolem = server.select_one(&format!(
        "SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?t <https://e.org/by> ?b FILTER(STRSTARTS(STR(?b), \"{DEFAULT_SKOLEM_BASE}\")) }} }}"
    ))?;
    assert_eq!(skolem, "50000");
    Ok(())
}

// ---- a scripted HTTP server on loopback ----

/// What the scripted server received.
#[derive(Debug, Clone)]
struct Received {
    method: String,
    target: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

/// Serves `script` in order, one answer per connection (`Connection: close`); the last answer
/// repeats. Handles at most 50 requests, then stops.
fn scripted_server(script: Vec<String>) -> Res<(String, Arc<Mutex<Vec<Received>>>)> {
    let listener = TcpListener::bind("127.0.0.1:0")?;
    let url = format!("http://127.0.0.1:{}", listener.local_addr()?.port());
    let log = Arc::new(Mutex::new(Vec::new()));
    let seen = Arc::clone(&log);
    std::thread::spawn(move || {
        for (i, stream) in listener.incoming().take(50).enumerate() {
            let Ok(mut stream) = stream else { continue };
            let _ = stream.set_read_timeout(Some(std::time::Duration::from_secs(10)));
            let Ok(received) = read_request(&mut stream) else {
                continue;
            };
            if let Ok(mut log) = seen.lock() {
                log.push(received);
            }
            let answer = &script[i.min(script.len() - 1)];
            let _ = stream.write_all(answer.as_bytes());
        }
    });
    Ok((url, log))
}

fn read_request(stream: &mut std::net::TcpStream) -> Res<Received> {
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or_default().to_owned();
    let target = parts.next().unwrap_or_default().to_owned();
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        reader.read_line(&mut h)?;
        let h = h.trim_end();
        if h.is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            headers.push((k.trim().to_ascii_lowercase(), v.trim().to_owned()));
        }
    }
    let length = headers
        .iter()
        .find(|(k, _)| k == "content-length")
        .and_then(|(_, v)| v.parse::<usize>().ok())
        .unwrap_or(0);
    let mut body = vec![0; length];
    reader.read_exact(&mut body)?;
    Ok(Received {
        method,
        target,
        headers,
        body,
    })
}

fn answer(status: &str, headers: &[&str], body: &str) -> String {
    let mut text = format!(
        "HTTP/1.1 {status}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for h in headers {
        text.push_str(h);
        text.push_str("\r\n");
    }
    text.push_str("\r\n");
    text.push_str(body);
    text
}

fn count_json(n: u64) -> String {
    format!(
        r#"{{"head":{{"vars":["n"]}},"results":{{"bindings":[{{"n":{{"type":"literal","value":"{n}"}}}}]}}}}"#
    )
}

/// The triples of the N-Triples bodies a server received, canonical and sorted.
fn received_triples(log: &[Received]) -> Res<BTreeSet<String>> {
    let mut out = BTreeSet::new();
    for request in log {
        for quad in RdfParser::from_format(RdfFormat::NTriples).for_slice(&request.body) {
            out.insert(canonical(&quad?.into()));
        }
    }
    Ok(out)
}

/// A document written by the bulk loader leaves a snapshot of its graph beside the store;
/// `push` sends that file, cut into the same chunks, instead of reading the store, and the
/// server gets exactly the store's triples. A SPARQL Update may change any graph: after one,
/// the snapshot is gone and `push` reads the graph, update included, from the store.
#[test]
fn cli_push_sends_a_bulk_loaded_graph_from_its_snapshot_until_an_update() -> TestResult {
    let dir = tempfile::tempdir()?;
    let store = dir.path().join("store");
    talkgraph(&store)
        .args(["build", "--bulk-threshold", "10"])
        .arg(sample_path())
        .assert()
        .success();
    let snapshots =
        || -> Res<usize> { Ok(std::fs::read_dir(store.join("talkgraph-snapshots"))?.count()) };
    assert_eq!(snapshots()?, 1);
    let push_once = |from_snapshot: bool| -> Res<BTreeSet<String>> {
        let (url, log) = scripted_server(vec![answer("201 Created", &[], "")])?;
        let out = talkgraph(&store)
            .args(["push", "--endpoint", &format!("{url}/gsp")])
            .args(["--graph", SAMPLE_GRAPH, "--chunk-triples", "200"])
            .assert()
            .success();
        let stdout = text(&out.get_output().stdout);
        assert_eq!(
            stdout.contains("sent from its snapshot"),
            from_snapshot,
            "{stdout}"
        );
        let log = log.lock().map_err(|_| "poisoned")?.clone();
        assert!(log.len() >= 3, "{} requests", log.len());
        assert_eq!(log[0].method, "PUT");
        assert!(log[1..].iter().all(|r| r.method == "POST"));
        assert!(log.iter().all(|r| text(&r.body).lines().count() <= 200));
        let lines: usize = log.iter().map(|r| text(&r.body).lines().count()).sum();
        let triples = received_triples(&log)?;
        assert_eq!(lines, triples.len(), "a triple was sent twice");
        Ok(triples)
    };
    let local = local_triples(&store, SAMPLE_GRAPH)?;
    assert_eq!(push_once(true)?, local);
    talkgraph(&store)
        .args(["query", "--update"])
        .arg(format!(
            "INSERT DATA {{ GRAPH <{SAMPLE_GRAPH}> {{ <https://e.org/x> <https://e.org/p> \"added\" }} }}"
        ))
        .assert()
        .success();
    assert_eq!(snapshots()?, 0, "the update left the snapshot");
    let after = local_triples(&store, SAMPLE_GRAPH)?;
    assert_eq!(after.len(), local.len() + 1);
    assert_eq!(push_once(false)?, after);
    Ok(())
}

#[test]
fn cli_push_retries_a_503_then_succeeds() -> TestResult {
    let dir = tempfile::tempdir()?;
    let store = sample_store(dir.path())?;
    let (url, log) = scripted_server(vec![
        answer("503 Service Unavailable", &[], "busy"),
        answer("201 Created", &[], ""),
        answer(
            "200 OK",
            &["Content-Type: application/sparql-results+json"],
            &count_json(633),
        ),
    ])?;
    let out = talkgraph(&store)
        .args([
            "push",
            "--endpoint",
            &format!("{url}/gsp"),
            "--graph",
            SAMPLE_GRAPH,
        ])
        .args(["--query-url", &format!("{url}/sparql")])
        .assert()
        .success();
    let stderr = text(&out.get_output().stderr);
    assert!(
        stderr.contains("HTTP 503: busy; retry 1 in 0.5 s"),
        "{stderr}"
    );
    let stdout = text(&out.get_output().stdout);
    assert!(stdout.contains("the server counts 633: ok"), "{stdout}");
    let log = log.lock().map_err(|_| "poisoned")?.clone();
    assert_eq!(log.len(), 3);
    assert_eq!(
        (log[0].method.as_str(), log[1].method.as_str()),
        ("PUT", "PUT")
    );
    assert_eq!(log[0].body, log[1].body, "the retry sent another body");
    assert_eq!(
        log[0].target,
        "/gsp?graph=https%3A%2F%2Fw3id.org%2Ftalkgraph%2Fgraph%2Frecorded-talks"
    );
    assert!(log[0]
        .headers
        .contains(&("content-type".into(), "application/n-triples".into())));
    assert_eq!(text(&log[0].body).lines().count(), 633);
    assert!(log[2].target.starts_with("/sparql?query=SELECT"));
    Ok(())
}

#[test]
fn cli_push_gives_up_after_its_retries() -> TestResult {
    let dir = tempfile::tempdir()?;
    let store = sample_store(dir.path())?;
    let (url, log) = scripted_server(vec![answer("500 Internal Server Error", &[], "boom")])?;
    let out = talkgraph(&store)
        .args([
            "push",
            "--endpoint",
            &format!("{url}/gsp"),
            "--graph",
            SAMPLE_GRAPH,
        ])
        .args(["--retries", "2"])
        .assert()
        .code(2);
    let stderr = text(&out.get_output().stderr);
    assert!(stderr.contains("retry 2 in 1.0 s"), "{stderr}");
    assert!(stderr.contains("HTTP 500: boom"), "{stderr}");
    assert_eq!(log.lock().map_err(|_| "poisoned")?.len(), 3);
    Ok(())
}

#[test]
fn cli_push_a_short_count_under_a_row_cap_is_a_loud_mismatch() -> TestResult {
    let dir = tempfile::tempdir()?;
    let store = sample_store(dir.path())?;
    let (url, _) = scripted_server(vec![
        answer("204 No Content", &[], ""),
        answer(
            "200 OK",
            &[
                "Content-Type: application/sparql-results+json",
                "X-SPARQL-MaxRows: 600",
            ],
            &count_json(600),
        ),
    ])?;
    let out = talkgraph(&store)
        .args([
            "push",
            "--endpoint",
            &format!("{url}/gsp"),
            "--graph",
            SAMPLE_GRAPH,
        ])
        .args(["--query-url", &format!("{url}/sparql")])
        .assert()
        .code(1);
    let stdout = text(&out.get_output().stdout);
    let stderr = text(&out.get_output().stderr);
    assert!(
        stdout.contains("MISMATCH: the server counts 600, 633 were sent"),
        "{stdout}"
    );
    assert!(
        stderr.contains("caps results at 600 rows (X-SPARQL-MaxRows"),
        "{stderr}"
    );
    Ok(())
}

#[test]
fn cli_push_answers_basic_auth_and_reports_a_refusal_without_the_password() -> TestResult {
    let dir = tempfile::tempdir()?;
    let store = sample_store(dir.path())?;
    let challenge = answer(
        "401 Unauthorized",
        &["WWW-Authenticate: Basic realm=\"gsp\""],
        "",
    );
    let (url, log) = scripted_server(vec![challenge.clone(), challenge])?;
    let out = talkgraph(&store)
        .args([
            "push",
            "--endpoint",
            &format!("{url}/gsp"),
            "--graph",
            SAMPLE_GRAPH,
        ])
        .args(["--user", "alice", "--password-env", "TG_SECRET"])
        .env("TG_SECRET", "s3cr3t-basic")
        .assert()
        .code(2);
    let stderr = text(&out.get_output().stderr);
    assert!(
        stderr.contains("HTTP 401 — the user name or the password was refused"),
        "{stderr}"
    );
    assert!(!stderr.contains("s3cr3t-basic"));
    let log = log.lock().map_err(|_| "poisoned")?.clone();
    // HEAD for the challenge, then the PUT with Basic credentials
    assert_eq!(log[0].method, "HEAD");
    let authorization = log[1]
        .headers
        .iter()
        .find(|(k, _)| k == "authorization")
        .map(|(_, v)| v.clone());
    assert_eq!(
        authorization.as_deref(),
        Some("Basic YWxpY2U6czNjcjN0LWJhc2lj")
    );
    Ok(())
}

#[test]
fn cli_push_bearer_token_from_the_environment() -> TestResult {
    let dir = tempfile::tempdir()?;
    let store = sample_store(dir.path())?;
    let (url, log) = scripted_server(vec![answer("201 Created", &[], "")])?;
    talkgraph(&store)
        .args([
            "push",
            "--endpoint",
            &format!("{url}/gsp"),
            "--graph",
            SAMPLE_GRAPH,
        ])
        .args(["--token-env", "TG_TOKEN"])
        .env("TG_TOKEN", "tok-123")
        .assert()
        .success();
    let log = log.lock().map_err(|_| "poisoned")?.clone();
    assert!(log[0]
        .headers
        .contains(&("authorization".into(), "Bearer tok-123".into())));
    Ok(())
}

#[test]
fn cli_push_dry_run_prints_the_requests_and_sends_nothing() -> TestResult {
    let dir = tempfile::tempdir()?;
    let store = sample_store(dir.path())?;
    // nobody listens there: a dry run must not try
    let port = crate::virtuoso::free_port()?;
    let out = talkgraph(&store)
        .args(["push", "--dry-run", "--staging", "--chunk-triples", "300"])
        .args(["--endpoint", &format!("http://127.0.0.1:{port}/gsp")])
        .args(["--query-url", &format!("http://127.0.0.1:{port}/sparql")])
        .assert()
        .success();
    let stdout = text(&out.get_output().stdout);
    assert!(
        stdout.starts_with("dry run: would send 3 graphs, 3491 triples in 16 requests"),
        "{stdout}"
    );
    assert_eq!(stdout.matches("\nPUT ").count(), 3, "{stdout}");
    assert!(
        stdout.contains("graph=urn%3Atalkgraph%3Astaging%3A"),
        "{stdout}"
    );
    assert!(stdout.contains("MOVE <urn:talkgraph:staging:"), "{stdout}");
    assert!(stdout.contains(&format!("TO <{SAMPLE_GRAPH}>")), "{stdout}");
    assert!(stdout.contains("300 triples, "), "{stdout}");
    Ok(())
}

/// `push` into talkgraph's own `serve --allow-update`: chunks (PUT, then POST), bearer token,
/// verification by COUNT on the server's /sparql, `--staging` (MOVE by SPARQL Update), and the
/// pushed graph equal to the local one, skolemised.
#[test]
fn push_into_talkgraphs_own_serve() -> TestResult {
    use talkgraph::serve::{ServeOptions, Server};
    let dir = tempfile::tempdir()?;
    let store = sample_store(dir.path())?;
    let target = GraphStore::memory()?;
    let server = Server::bind(
        target.clone(),
        "127.0.0.1:0",
        ServeOptions {
            allow_update: true,
            token: Some("tok-own".into()),
            ..ServeOptions::default()
        },
    )?;
    let addr = server.local_addr();
    let shutdown = server.shutdown_handle();
    let running = std::thread::spawn(move || server.run(Arc::new(|_| {})));
    let push = |extra: &[&str]| {
        let mut cmd = talkgraph(&store);
        cmd.args([
            "push",
            "--endpoint",
            &format!("http://{addr}/store"),
            "--graph",
            SAMPLE_GRAPH,
            "--token-env",
            "TG_TOKEN",
            "--query-url",
            &format!("http://{addr}/sparql"),
            "--chunk-triples",
            "100",
        ])
        .args(extra)
        .env("TG_TOKEN", "tok-own");
        cmd
    };
    let pushed = push(&[]).assert().success();
    let stdout = text(&pushed.get_output().stdout);
    let stderr = text(&pushed.get_output().stderr);
    assert!(!stdout.contains("tok-own") && !stderr.contains("tok-own"));
    let expected = local_triples(&store, SAMPLE_GRAPH)?;
    let got = |target: &GraphStore| -> Res<BTreeSet<String>> {
        let g = NamedNodeRef::new(SAMPLE_GRAPH)?;
        let mut out = BTreeSet::new();
        for quad in
            target
                .inner()
                .quads_for_pattern(None, None, None, Some(GraphNameRef::NamedNode(g)))
        {
            out.insert(canonical(&quad?.into()));
        }
        Ok(out)
    };
    assert!(expected.len() > 600);
    assert_eq!(got(&target)?, expected);
    // again, through a staging graph and MOVE: the same graph, and no staging graph left
    push(&["--staging"]).assert().success();
    assert_eq!(got(&target)?, expected);
    let graphs = target.graphs()?;
    assert!(
        graphs
            .iter()
            .all(|g| g.graph == SAMPLE_GRAPH || g.graph.contains("talkgraph/graph/store")),
        "{:?}",
        graphs.iter().map(|g| &g.graph).collect::<Vec<_>>()
    );
    // a wrong token is refused, loudly, and the token does not show
    let refused = push(&[]).env("TG_TOKEN", "wrong-token").assert().failure();
    let stderr = text(&refused.get_output().stderr);
    assert!(
        stderr.contains("403") && !stderr.contains("wrong-token"),
        "{stderr}"
    );
    shutdown.shutdown();
    let _ = running.join();
    Ok(())
}
