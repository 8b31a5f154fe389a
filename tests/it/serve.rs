//! `talkgraph serve` over real HTTP on an ephemeral loopback port: the SPARQL 1.1 Protocol
//! (every operation and result format, compared with `talkgraph query`), the Graph Store
//! Protocol, limits, authorisation, CORS, the query page, and a clean stop.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use oxigraph::io::{RdfFormat, RdfParser};
use talkgraph::query::{QueryOptions, ResultFormat};
use talkgraph::serve::{LogRecord, ServeOptions, Server, Shutdown, Warmer};
use talkgraph::store::GraphStore;

use crate::graph::sample_store;
use crate::hay::TestResult;

const RECORDED: &str = "https://w3id.org/talkgraph/graph/recorded-talks";
const TOPICS: &str = "https://w3id.org/talkgraph/graph/topics";
const TOKEN: &str = "s3cret-token";

/// A server on a free port, stopped when dropped.
struct TestServer {
    addr: SocketAddr,
    shutdown: Shutdown,
    thread: Option<std::thread::JoinHandle<Result<u64, talkgraph::serve::ServeError>>>,
    log: Arc<Mutex<Vec<String>>>,
    store: GraphStore,
    warmer: Warmer,
}

impl TestServer {
    fn start(store: GraphStore, options: ServeOptions) -> Result<Self, Box<dyn std::error::Error>> {
        let server = Server::bind(store.clone(), "127.0.0.1:0", options)?;
        let addr = server.local_addr();
        let shutdown = server.shutdown_handle();
        let warmer = server.warmer();
        let log = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&log);
        let thread = std::thread::spawn(move || {
            server.run(Arc::new(move |r: &LogRecord| {
                if let Ok(mut lines) = sink.lock() {
                    lines.push(r.to_string());
                }
            }))
        });
        Ok(Self {
            addr,
            shutdown,
            thread: Some(thread),
            log,
            store,
            warmer,
        })
    }

    fn sample() -> Result<Self, Box<dyn std::error::Error>> {
        Self::with(ServeOptions::default())
    }

    /// The sample's store, served with `options`.
    fn with(options: ServeOptions) -> Result<Self, Box<dyn std::error::Error>> {
        Self::start(sample_store()?, options)
    }

    fn writable() -> Result<Self, Box<dyn std::error::Error>> {
        Self::start(
            sample_store()?,
            ServeOptions {
                allow_update: true,
                token: Some(TOKEN.into()),
                ..ServeOptions::default()
            },
        )
    }

    /// Stops the server and returns how many requests it answered.
    fn stop(mut self) -> Result<u64, Box<dyn std::error::Error>> {
        self.shutdown.shutdown();
        let thread = self.thread.take().ok_or("stopped twice")?;
        let requests = thread.join().map_err(|_| "the server thread panicked")??;
        Ok(requests)
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        if let Some(thread) = self.thread.take() {
            self.shutdown.shutdown();
            let _ = thread.join();
        }
    }
}

/// One parsed HTTP answer.
#[derive(Debug)]
struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// Reads one answer from `stream` (its length from `Content-Length`).
fn read_reply(stream: &mut TcpStream) -> Result<Reply, Box<dyn std::error::Error>> {
    let mut buffer = Vec::new();
    let mut byte = [0u8; 1];
    while !buffer.ends_with(b"\r\n\r\n") {
        if stream.read(&mut byte)? == 0 {
            return Err(format!(
                "connection closed in the head: {:?}",
                String::from_utf8_lossy(&buffer)
            )
            .into());
        }
        buffer.push(byte[0]);
    }
    let head = String::from_utf8(buffer)?;
    let mut lines = head.split("\r\n");
    let status_line = lines.next().ok_or("no status line")?;
    let status: u16 = status_line.split(' ').nth(1).ok_or("no status")?.parse()?;
    let headers: Vec<(String, String)> = lines
        .filter(|l| !l.is_empty())
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_owned(), v.trim().to_owned()))
        .collect();
    let length: usize = headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case("content-length"))
        .map_or(Ok(0), |(_, v)| v.parse())?;
    let mut body = vec![0u8; length];
    stream.read_exact(&mut body)?;
    Ok(Reply {
        status,
        headers,
        body,
    })
}

/// Sends raw request bytes on a new connection and reads the answer.
fn send(addr: SocketAddr, raw: &[u8]) -> Result<Reply, Box<dyn std::error::Error>> {
    let mut stream = TcpStream::connect(addr)?;
    stream.set_read_timeout(Some(Duration::from_secs(60)))?;
    stream.write_all(raw)?;
    read_reply(&mut stream)
}

fn request(
    addr: SocketAddr,
    method: &str,
    target: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Result<Reply, Box<dyn std::error::Error>> {
    let mut raw = format!("{method} {target} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    for (name, value) in headers {
        raw.push_str(&format!("{name}: {value}\r\n"));
    }
    if !body.is_empty() || method == "POST" || method == "PUT" {
        raw.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    raw.push_str("\r\n");
    let mut bytes = raw.into_bytes();
    bytes.extend_from_slice(body);
    send(addr, &bytes)
}

fn encode(text: &str) -> String {
    form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

fn get_query(
    addr: SocketAddr,
    query: &str,
    accept: &str,
) -> Result<Reply, Box<dyn std::error::Error>> {
    request(
        addr,
        "GET",
        &format!("/sparql?query={}", encode(query)),
        &[("Accept", accept)],
        b"",
    )
}

/// What `talkgraph query --format FORMAT` writes for `query` on `store`.
fn local(
    store: &GraphStore,
    query: &str,
    format: ResultFormat,
) -> Result<Vec<u8>, Box<dyn std::error::Error>> {
    let mut out = Vec::new();
    let options = QueryOptions {
        format,
        max_rows: ServeOptions::default().max_rows,
        ..QueryOptions::default()
    };
    talkgraph::query::run(store, query, &options, &mut out)?;
    Ok(out)
}

/// The graph media types and the format each names.
fn graph_formats() -> [(&'static str, RdfFormat); 4] {
    [
        ("text/turtle", RdfFormat::Turtle),
        ("application/n-triples", RdfFormat::NTriples),
        ("application/rdf+xml", RdfFormat::RdfXml),
        (
            "application/ld+json",
            RdfFormat::JsonLd {
                profile: oxigraph::io::JsonLdProfileSet::empty(),
            },
        ),
    ]
}

const SELECT: &str = "PREFIX schema: <https://schema.org/>
SELECT ?name (COUNT(DISTINCT ?talk) AS ?talks) WHERE {
  ?talk schema:performer ?p . ?p schema:name ?name
} GROUP BY ?name ORDER BY DESC(?talks) ?name";
const ASK: &str = "PREFIX schema: <https://schema.org/> ASK { ?p a schema:Person }";
const CONSTRUCT: &str = "PREFIX schema: <https://schema.org/>
CONSTRUCT { ?p schema:affiliation ?o } WHERE { ?p schema:affiliation ?o }";
const DESCRIBE: &str = "PREFIX schema: <https://schema.org/>
DESCRIBE ?p WHERE { ?p schema:name \"Sicun Gao\" }";

#[test]
fn every_result_format_matches_the_cli() -> TestResult {
    let server = TestServer::sample()?;
    let cases: &[(&str, &str, ResultFormat, &str)] = &[
        (
            SELECT,
            "application/sparql-results+json",
            ResultFormat::Json,
            "application/sparql-results+json",
        ),
        (
            SELECT,
            "application/sparql-results+xml",
            ResultFormat::Xml,
            "application/sparql-results+xml",
        ),
        (
            SELECT,
            "text/csv",
            ResultFormat::Csv,
            "text/csv; charset=utf-8",
        ),
        (
            SELECT,
            "text/tab-separated-values",
            ResultFormat::Tsv,
            "text/tab-separated-values; charset=utf-8",
        ),
        (
            ASK,
            "application/sparql-results+json",
            ResultFormat::Json,
            "application/sparql-results+json",
        ),
        (
            ASK,
            "application/sparql-results+xml",
            ResultFormat::Xml,
            "application/sparql-results+xml",
        ),
        (
            ASK,
            "text/csv",
            ResultFormat::Csv,
            "text/csv; charset=utf-8",
        ),
        (
            ASK,
            "text/tab-separated-values",
            ResultFormat::Tsv,
            "text/tab-separated-values; charset=utf-8",
        ),
        (
            CONSTRUCT,
            "text/turtle",
            ResultFormat::Turtle,
            "text/turtle",
        ),
        (
            CONSTRUCT,
            "application/n-triples",
            ResultFormat::NTriples,
            "application/n-triples",
        ),
        (
            CONSTRUCT,
            "application/ld+json",
            ResultFormat::JsonLd,
            "application/ld+json",
        ),
        (
            CONSTRUCT,
            "application/rdf+xml",
            ResultFormat::RdfXml,
            "application/rdf+xml",
        ),
        (DESCRIBE, "text/turtle", ResultFormat::Turtle, "text/turtle"),
        (
            DESCRIBE,
            "application/n-triples",
            ResultFormat::NTriples,
            "application/n-triples",
        ),
        (
            DESCRIBE,
            "application/ld+json",
            ResultFormat::JsonLd,
            "application/ld+json",
        ),
        (
            DESCRIBE,
            "application/rdf+xml",
            ResultFormat::RdfXml,
            "application/rdf+xml",
        ),
    ];
    for (query, accept, format, content_type) in cases {
        let reply = get_query(server.addr, query, accept)?;
        assert_eq!(reply.status, 200, "{accept}: {}", reply.text());
        assert_eq!(
            reply.header("content-type"),
            Some(*content_type),
            "{accept}"
        );
        let expected = local(&server.store, query, *format)?;
        assert!(!expected.is_empty());
        assert_eq!(
            reply.text(),
            String::from_utf8(expected)?,
            "{accept} for {query}"
        );
    }
    // the graph formats parse as what they claim to be
    for (accept, format) in graph_formats() {
        let reply = get_query(server.addr, CONSTRUCT, accept)?;
        let triples = RdfParser::from_format(format)
            .for_slice(&reply.body)
            .collect::<Result<Vec<_>, _>>()?;
        assert!(triples.len() > 20, "{accept}: {} triples", triples.len());
    }
    let json: serde_json::Value = serde_json::from_slice(
        &get_query(server.addr, SELECT, "application/sparql-results+json")?.body,
    )?;
    assert!(json["results"]["bindings"]
        .as_array()
        .is_some_and(|b| b.len() > 20));
    roxmltree::Document::parse(
        &get_query(server.addr, SELECT, "application/sparql-results+xml")?.text(),
    )?;
    Ok(())
}

#[test]
fn get_and_both_posts_give_the_same_answer() -> TestResult {
    let server = TestServer::sample()?;
    let accept = [("Accept", "text/csv")];
    let by_get = get_query(server.addr, SELECT, "text/csv")?;
    let form = format!("query={}", encode(SELECT));
    let by_form = request(
        server.addr,
        "POST",
        "/sparql",
        &[
            ("Accept", "text/csv"),
            ("Content-Type", "application/x-www-form-urlencoded"),
        ],
        form.as_bytes(),
    )?;
    let direct = request(
        server.addr,
        "POST",
        "/sparql",
        &[
            accept[0],
            ("Content-Type", "application/sparql-query; charset=utf-8"),
        ],
        SELECT.as_bytes(),
    )?;
    assert_eq!(by_get.status, 200);
    assert_eq!(by_get.text(), by_form.text());
    assert_eq!(by_get.text(), direct.text());
    assert!(
        by_get.text().starts_with("name,talks\r\n"),
        "{}",
        by_get.text()
    );
    Ok(())
}

#[test]
fn dataset_parameters_choose_the_graphs() -> TestResult {
    let server = TestServer::sample()?;
    let count = |extra: &str| -> Result<u64, Box<dyn std::error::Error>> {
        let reply = request(
            server.addr,
            "GET",
            &format!(
                "/sparql?query={}{extra}",
                encode("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")
            ),
            &[("Accept", "text/csv")],
            b"",
        )?;
        assert_eq!(reply.status, 200, "{}", reply.text());
        Ok(reply
            .text()
            .lines()
            .nth(1)
            .ok_or("no row")?
            .trim()
            .parse()?)
    };
    let all = count("")?;
    let recorded = count(&format!("&default-graph-uri={}", encode(RECORDED)))?;
    let topics = count(&format!("&default-graph-uri={}", encode(TOPICS)))?;
    let both = count(&format!(
        "&default-graph-uri={}&default-graph-uri={}",
        encode(RECORDED),
        encode(TOPICS)
    ))?;
    assert!(recorded > 0 && topics > 0 && recorded != topics);
    assert_eq!(both, recorded + topics);
    assert!(all > both);
    // only named graphs given: the default graph is empty, GRAPH ?g sees just those
    assert_eq!(count(&format!("&named-graph-uri={}", encode(RECORDED)))?, 0);
    let reply = request(
        server.addr,
        "GET",
        &format!(
            "/sparql?query={}&named-graph-uri={}",
            encode("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }"),
            encode(RECORDED)
        ),
        &[("Accept", "text/csv")],
        b"",
    )?;
    assert_eq!(reply.text(), format!("g\r\n{RECORDED}\r\n"));
    // the protocol's dataset overrides FROM in the query
    let from = format!("SELECT (COUNT(*) AS ?n) FROM <{TOPICS}> {{ ?s ?p ?o }}");
    let reply = request(
        server.addr,
        "GET",
        &format!(
            "/sparql?query={}&default-graph-uri={}",
            encode(&from),
            encode(RECORDED)
        ),
        &[("Accept", "text/csv")],
        b"",
    )?;
    assert_eq!(reply.text(), format!("n\r\n{recorded}\r\n"));
    Ok(())
}

#[test]
fn bad_requests_get_the_right_status_and_a_message() -> TestResult {
    let server = TestServer::with(ServeOptions {
        max_body: 1000,
        ..ServeOptions::default()
    })?;
    let addr = server.addr;
    // a syntax error: 400 with the parser's position
    let reply = get_query(
        addr,
        "SELECT ?x WHERE { ?x ?y }",
        "application/sparql-results+json",
    )?;
    assert_eq!(reply.status, 400);
    assert!(reply.text().contains("line 1, column"), "{}", reply.text());
    // nothing acceptable: 406
    let reply = get_query(addr, SELECT, "image/png")?;
    assert_eq!(reply.status, 406, "{}", reply.text());
    // a graph format for a SELECT: 406
    let reply = get_query(addr, SELECT, "text/turtle")?;
    assert_eq!(reply.status, 406, "{}", reply.text());
    // a results format for a CONSTRUCT: 406
    let reply = get_query(addr, CONSTRUCT, "text/csv")?;
    assert_eq!(reply.status, 406);
    // an update sent as a query
    let reply = get_query(addr, "INSERT DATA { <a:b> <a:c> <a:d> }", "*/*")?;
    assert_eq!(reply.status, 400);
    assert!(reply.text().contains("update"), "{}", reply.text());
    // query and update together
    let form = format!("query={}&update={}", encode(ASK), encode("CLEAR ALL"));
    let reply = request(
        addr,
        "POST",
        "/sparql",
        &[("Content-Type", "application/x-www-form-urlencoded")],
        form.as_bytes(),
    )?;
    assert_eq!(reply.status, 400);
    // two queries
    let reply = request(
        addr,
        "GET",
        &format!("/sparql?query={}&query={}", encode(ASK), encode(ASK)),
        &[],
        b"",
    )?;
    assert_eq!(reply.status, 400);
    // an unknown body type
    let reply = request(
        addr,
        "POST",
        "/sparql",
        &[("Content-Type", "text/plain")],
        ASK.as_bytes(),
    )?;
    assert_eq!(reply.status, 415);
    // a body over --max-body: refused before it is read
    let big = format!("query={}", "x".repeat(2000));
    let reply = request(
        addr,
        "POST",
        "/sparql",
        &[("Content-Type", "application/x-www-form-urlencoded")],
        big.as_bytes(),
    )?;
    assert_eq!(reply.status, 413);
    assert!(reply.text().contains("--max-body"), "{}", reply.text());
    // a wrong method, an unknown page, a bad graph IRI
    let reply = request(addr, "DELETE", "/sparql", &[], b"")?;
    assert_eq!(reply.status, 405);
    assert_eq!(reply.header("allow"), Some("GET, HEAD, POST"));
    assert_eq!(request(addr, "GET", "/nowhere", &[], b"")?.status, 404);
    let reply = request(
        addr,
        "GET",
        &format!(
            "/sparql?query={}&default-graph-uri=not%20an%20iri",
            encode(ASK)
        ),
        &[],
        b"",
    )?;
    assert_eq!(reply.status, 400);
    // garbage instead of HTTP
    let reply = send(addr, b"HELLO\r\n\r\n")?;
    assert_eq!(reply.status, 400);
    // SERVICE stays off
    let reply = get_query(
        addr,
        "SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
        "*/*",
    )?;
    assert_eq!(reply.status, 400, "{}", reply.text());
    Ok(())
}

#[test]
fn oversized_chunked_and_slow_requests_are_refused() -> TestResult {
    let server = TestServer::with(ServeOptions {
        request_time: Duration::from_millis(500),
        ..ServeOptions::default()
    })?;
    // over 64 KB of headers
    let big = format!(
        "GET /sparql HTTP/1.1\r\nHost: x\r\nX-Filler: {}\r\n\r\n",
        "y".repeat(70 * 1024)
    );
    assert_eq!(send(server.addr, big.as_bytes())?.status, 431);
    // a chunked body
    let chunked = "POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nASK\r\n0\r\n\r\n";
    assert_eq!(send(server.addr, chunked.as_bytes())?.status, 411);
    // a request whose head never ends: 408 when its time is up
    let started = std::time::Instant::now();
    let reply = send(server.addr, b"GET /sparql HTTP/1.1\r\nHost: x\r\n")?;
    assert_eq!(reply.status, 408);
    assert!(started.elapsed() < Duration::from_secs(10));
    // a body shorter than its Content-Length: 408 too, and the server still answers others
    let short = "POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nContent-Length: 100\r\n\r\nASK {}";
    assert_eq!(send(server.addr, short.as_bytes())?.status, 408);
    assert_eq!(get_query(server.addr, ASK, "text/csv")?.status, 200);
    Ok(())
}

#[test]
fn updates_need_the_flag_and_the_token() -> TestResult {
    let insert = "INSERT DATA { GRAPH <urn:test:g> { <urn:test:s> <urn:test:p> \"o\" } }";
    let form = format!("update={}", encode(insert));
    let post = |addr, auth: Option<&str>| {
        let mut headers = vec![("Content-Type", "application/x-www-form-urlencoded")];
        if let Some(auth) = auth {
            headers.push(("Authorization", auth));
        }
        request(addr, "POST", "/sparql", &headers, form.as_bytes())
    };
    // read-only: refused whatever the token
    let server = TestServer::sample()?;
    let bearer = format!("Bearer {TOKEN}");
    assert_eq!(post(server.addr, Some(&bearer))?.status, 403);
    drop(server);

    let server = TestServer::writable()?;
    let reply = post(server.addr, None)?;
    assert_eq!(reply.status, 401);
    assert!(reply
        .header("www-authenticate")
        .is_some_and(|v| v.starts_with("Bearer")));
    assert_eq!(post(server.addr, Some("Bearer wrong"))?.status, 403);
    assert_eq!(post(server.addr, Some("Basic dXNlcjpwYXNz"))?.status, 401);
    let ask = "ASK { GRAPH <urn:test:g> { <urn:test:s> <urn:test:p> \"o\" } }";
    assert!(get_query(server.addr, ask, "text/csv")?
        .text()
        .contains("false"));
    let reply = post(server.addr, Some(&bearer))?;
    assert_eq!(reply.status, 204, "{}", reply.text());
    assert!(get_query(server.addr, ask, "text/csv")?
        .text()
        .contains("true"));
    // application/sparql-update works the same; an update by GET does not
    let reply = request(
        server.addr,
        "POST",
        "/sparql",
        &[
            ("Content-Type", "application/sparql-update"),
            ("Authorization", &bearer),
        ],
        b"DROP GRAPH <urn:test:g>",
    )?;
    assert_eq!(reply.status, 204, "{}", reply.text());
    assert!(get_query(server.addr, ask, "text/csv")?
        .text()
        .contains("false"));
    let reply = request(
        server.addr,
        "GET",
        &format!("/sparql?update={}", encode(insert)),
        &[],
        b"",
    )?;
    assert_eq!(reply.status, 400);
    // a broken update: 400 with the position
    let reply = request(
        server.addr,
        "POST",
        "/sparql",
        &[
            ("Content-Type", "application/sparql-update"),
            ("Authorization", &bearer),
        ],
        b"INSERT DATA { <a:b> }",
    )?;
    assert_eq!(reply.status, 400);
    assert!(reply.text().contains("line 1"), "{}", reply.text());
    // a server that allows updates must be given a token
    let refused = Server::bind(
        GraphStore::memory()?,
        "127.0.0.1:0",
        ServeOptions {
            allow_update: true,
            ..ServeOptions::default()
        },
    );
    assert!(refused.is_err());
    Ok(())
}

#[test]
fn graph_store_protocol_reads_and_writes_graphs() -> TestResult {
    let server = TestServer::writable()?;
    let addr = server.addr;
    let target = format!("/store?graph={}", encode(RECORDED));
    // read in every graph format; each parses, and N-Triples equals `export --graph`
    let mut counts = Vec::new();
    for (accept, format) in graph_formats() {
        let reply = request(addr, "GET", &target, &[("Accept", accept)], b"")?;
        assert_eq!(reply.status, 200, "{accept}");
        counts.push(
            RdfParser::from_format(format)
                .for_slice(&reply.body)
                .count(),
        );
    }
    assert!(
        counts.iter().all(|c| *c == counts[0] && *c > 500),
        "{counts:?}"
    );
    let mut exported = Vec::new();
    talkgraph::export::export(
        &server.store,
        talkgraph::export::ExportFormat::NTriples,
        Some(&oxigraph::model::NamedNode::new(RECORDED)?),
        &talkgraph::rdf::Base::default(),
        &mut exported,
    )?;
    let reply = request(
        addr,
        "GET",
        &target,
        &[("Accept", "application/n-triples")],
        b"",
    )?;
    assert_eq!(reply.body, exported);
    // HEAD: the same head, no body
    let mut stream = TcpStream::connect(addr)?;
    stream.write_all(format!("HEAD {target} HTTP/1.1\r\nHost: x\r\nAccept: application/n-triples\r\nConnection: close\r\n\r\n").as_bytes())?;
    let mut head = String::new();
    stream.read_to_string(&mut head)?;
    assert!(
        head.contains(&format!("Content-Length: {}", exported.len())),
        "{head}"
    );
    assert!(head.ends_with("\r\n\r\n"), "{head}");
    // the default graph is the union of all graphs
    let union = request(
        addr,
        "GET",
        "/store?default",
        &[("Accept", "application/n-triples")],
        b"",
    )?;
    assert!(
        RdfParser::from_format(RdfFormat::NTriples)
            .for_slice(&union.body)
            .count()
            > counts[0]
    );
    // a missing graph, no graph named
    assert_eq!(
        request(addr, "GET", "/store?graph=urn:none", &[], b"")?.status,
        404
    );
    assert_eq!(request(addr, "GET", "/store", &[], b"")?.status, 400);

    // writes: PUT creates, PUT replaces, POST adds, DELETE removes
    let bearer = format!("Bearer {TOKEN}");
    let new = "/store?graph=urn%3Atest%3Anew";
    let turtle = |body: &str, method: &str, auth: &str| {
        request(
            addr,
            method,
            new,
            &[("Content-Type", "text/turtle"), ("Authorization", auth)],
            body.as_bytes(),
        )
    };
    assert_eq!(
        turtle("<urn:a> <urn:b> 1 .", "PUT", "Bearer nope")?.status,
        403
    );
    assert_eq!(turtle("<urn:a> <urn:b> 1 .", "PUT", &bearer)?.status, 201);
    assert_eq!(
        turtle("<urn:a> <urn:b> 2 , 3 .", "PUT", &bearer)?.status,
        204
    );
    assert_eq!(turtle("<urn:a> <urn:b> 4 .", "POST", &bearer)?.status, 204);
    let read = request(
        addr,
        "GET",
        new,
        &[("Accept", "application/n-triples")],
        b"",
    )?;
    let mut lines: Vec<String> = read.text().lines().map(str::to_owned).collect();
    lines.sort();
    assert_eq!(
        lines,
        [
            "<urn:a> <urn:b> \"2\"^^<http://www.w3.org/2001/XMLSchema#integer> .",
            "<urn:a> <urn:b> \"3\"^^<http://www.w3.org/2001/XMLSchema#integer> .",
            "<urn:a> <urn:b> \"4\"^^<http://www.w3.org/2001/XMLSchema#integer> ."
        ]
    );
    // a broken body changes nothing
    let reply = turtle("<urn:a> <urn:b> .", "PUT", &bearer)?;
    assert_eq!(reply.status, 400);
    assert!(reply.text().contains("line"), "{}", reply.text());
    assert_eq!(
        request(
            addr,
            "GET",
            new,
            &[("Accept", "application/n-triples")],
            b""
        )?
        .text(),
        read.text()
    );
    let reply = request(
        addr,
        "PUT",
        new,
        &[("Content-Type", "image/png"), ("Authorization", &bearer)],
        b"x",
    )?;
    assert_eq!(reply.status, 415);
    assert_eq!(
        request(addr, "DELETE", new, &[("Authorization", &bearer)], b"")?.status,
        204
    );
    assert_eq!(request(addr, "GET", new, &[], b"")?.status, 404);
    assert_eq!(
        request(addr, "DELETE", new, &[("Authorization", &bearer)], b"")?.status,
        404
    );
    Ok(())
}

#[test]
fn limits_cut_rows_and_stop_slow_queries() -> TestResult {
    let server = TestServer::with(ServeOptions {
        max_rows: Some(5),
        timeout: Some(Duration::from_millis(300)),
        ..ServeOptions::default()
    })?;
    let reply = get_query(server.addr, "SELECT ?s { ?s ?p ?o }", "text/csv")?;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.header("x-sparql-maxrows"), Some("5"));
    assert_eq!(reply.text().lines().count(), 6, "{}", reply.text());
    let reply = get_query(
        server.addr,
        "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
        "application/n-triples",
    )?;
    assert_eq!(reply.header("x-sparql-maxrows"), Some("5"));
    assert_eq!(reply.text().lines().count(), 5);
    // a small answer is not marked
    assert_eq!(
        get_query(server.addr, ASK, "text/csv")?.header("x-sparql-maxrows"),
        None
    );
    // a query that would run for minutes: cancelled, 503 with a message
    let slow = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    let started = std::time::Instant::now();
    let reply = get_query(server.addr, slow, "text/csv")?;
    assert_eq!(reply.status, 503, "{}", reply.text());
    assert!(reply.text().contains("cancelled"), "{}", reply.text());
    assert!(started.elapsed() < Duration::from_secs(20));
    Ok(())
}

#[test]
fn a_full_queue_gets_503_and_the_pool_stays_fixed() -> TestResult {
    let server = TestServer::with(ServeOptions {
        threads: 1,
        queue: 1,
        idle: Duration::from_secs(3),
        ..ServeOptions::default()
    })?;
    // idle connections hold the one worker and the one queue place; later ones are refused
    let mut idle = Vec::new();
    let mut refused = 0;
    for _ in 0..4 {
        let stream = TcpStream::connect(server.addr)?;
        std::thread::sleep(Duration::from_millis(100));
        idle.push(stream);
    }
    for stream in &mut idle[2..] {
        stream.set_read_timeout(Some(Duration::from_secs(2)))?;
        if let Ok(reply) = read_reply(stream) {
            assert_eq!(reply.status, 503);
            assert_eq!(reply.header("retry-after"), Some("1"));
            refused += 1;
        }
    }
    assert_eq!(refused, 2);
    // the held connections are still served, in turn
    for stream in &mut idle[..2] {
        stream.write_all(
            format!(
                "GET /sparql?query={} HTTP/1.1\r\nHost: x\r\nAccept: text/csv\r\n\r\n",
                encode(ASK)
            )
            .as_bytes(),
        )?;
        stream.set_read_timeout(Some(Duration::from_secs(10)))?;
        let reply = read_reply(stream)?;
        assert_eq!(reply.status, 200);
        // another connection waited, so the first is closed after its answer
    }
    Ok(())
}

#[test]
fn keep_alive_and_pipelining_answer_in_order() -> TestResult {
    let server = TestServer::sample()?;
    let mut stream = TcpStream::connect(server.addr)?;
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let one = format!(
        "GET /sparql?query={} HTTP/1.1\r\nHost: x\r\nAccept: text/csv\r\n\r\n",
        encode(ASK)
    );
    let two = format!("GET /sparql?query={} HTTP/1.1\r\nHost: x\r\nAccept: application/sparql-results+json\r\n\r\n", encode(ASK));
    // two requests in one write
    stream.write_all(format!("{one}{two}").as_bytes())?;
    let first = read_reply(&mut stream)?;
    let second = read_reply(&mut stream)?;
    assert_eq!(first.text(), "true");
    assert_eq!(first.header("connection"), Some("keep-alive"));
    assert_eq!(
        second.header("content-type"),
        Some("application/sparql-results+json")
    );
    // and a third later on the same connection
    stream.write_all(one.as_bytes())?;
    assert_eq!(read_reply(&mut stream)?.status, 200);
    // Expect: 100-continue gets its interim answer before the body is sent
    let mut stream = TcpStream::connect(server.addr)?;
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    stream.write_all(format!("POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nContent-Length: {}\r\nExpect: 100-continue\r\nAccept: text/csv\r\n\r\n", ASK.len()).as_bytes())?;
    let interim = read_reply(&mut stream)?;
    assert_eq!(interim.status, 100);
    stream.write_all(ASK.as_bytes())?;
    assert_eq!(read_reply(&mut stream)?.text(), "true");
    Ok(())
}

#[test]
fn repeated_queries_are_answered_from_the_cache_until_a_write() -> TestResult {
    let server = TestServer::writable()?;
    let count = "SELECT (COUNT(*) AS ?n) { GRAPH <urn:test:c> { ?s ?p ?o } }";
    let first = get_query(server.addr, count, "text/csv")?;
    let second = get_query(server.addr, count, "text/csv")?;
    assert_eq!(first.header("x-cache"), Some("miss"));
    assert_eq!(second.header("x-cache"), Some("hit"));
    assert_eq!(first.body, second.body);
    assert_eq!(second.text(), "n\r\n0\r\n");
    // another Accept header is another answer
    let json = get_query(server.addr, count, "application/sparql-results+json")?;
    assert_eq!(json.header("x-cache"), Some("miss"));
    // a write empties the cache
    let reply = request(
        server.addr,
        "PUT",
        "/store?graph=urn%3Atest%3Ac",
        &[
            ("Content-Type", "application/n-triples"),
            ("Authorization", &format!("Bearer {TOKEN}")),
        ],
        b"<urn:a> <urn:b> <urn:c> .\n",
    )?;
    assert_eq!(reply.status, 201);
    let after = get_query(server.addr, count, "text/csv")?;
    assert_eq!(after.header("x-cache"), Some("miss"));
    assert_eq!(after.text(), "n\r\n1\r\n");
    // no cache at all when its budget is 0
    let uncached = TestServer::with(ServeOptions {
        cache_bytes: 0,
        ..ServeOptions::default()
    })?;
    get_query(uncached.addr, ASK, "text/csv")?;
    assert_eq!(
        get_query(uncached.addr, ASK, "text/csv")?.header("x-cache"),
        Some("miss")
    );
    Ok(())
}

/// `serve --warm`: the queries whose answers a server kept are written down, most recently used
/// first, and a new server asks them again before its clients do.
#[test]
fn a_restarted_server_asks_again_what_it_was_asked() -> TestResult {
    let dir = tempfile::tempdir()?;
    let kept = dir.path().join("warm.jsonl");
    let titles = "SELECT ?title { ?talk <https://schema.org/name> ?title } ORDER BY ?title";
    let count = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";
    let first = TestServer::sample()?;
    let csv = get_query(first.addr, titles, "text/csv")?;
    let in_graph = request(
        first.addr,
        "GET",
        &format!(
            "/sparql?query={}&default-graph-uri={}",
            encode(count),
            encode(TOPICS)
        ),
        &[],
        b"",
    )?;
    assert_eq!((csv.status, in_graph.status), (200, 200));
    // a bad query is not kept
    assert_eq!(get_query(first.addr, "SELECT", "text/csv")?.status, 400);
    assert_eq!(first.warmer.save(&kept)?, 2);
    let text = std::fs::read_to_string(&kept)?;
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(serde_json::from_str)
        .collect::<Result<_, _>>()?;
    assert_eq!(lines.len(), 2, "{text}");
    assert_eq!(lines[0]["query"], count, "the last asked comes first");
    assert_eq!(lines[0]["default-graph-uri"][0], TOPICS);
    assert_eq!(lines[1]["accept"], "text/csv");
    assert_eq!(lines[1]["query"], titles);
    first.stop()?;

    // a line that is not a kept query, and one whose graph is not an IRI, are skipped
    std::fs::write(
        &kept,
        format!(
            "{text}\nnot json\n{{\"query\": \"ASK {{}}\", \"named-graph-uri\": [\"no iri\"]}}\n"
        ),
    )?;
    let second = TestServer::sample()?;
    let report = second.warmer.warm(&kept, 2)?;
    assert_eq!(report.answered, 2, "{report:?}");
    let skipped: Vec<usize> = report.skipped.iter().map(|(line, _)| *line).collect();
    assert_eq!(skipped, [4, 5], "{report:?}");
    assert!(
        report.skipped[0].1.contains("not a kept query"),
        "{report:?}"
    );
    let again = get_query(second.addr, titles, "text/csv")?;
    assert_eq!(again.header("x-cache"), Some("hit"));
    assert_eq!(again.body, csv.body);
    // another Accept header was not asked before
    let json = get_query(second.addr, titles, "application/sparql-results+json")?;
    assert_eq!(json.header("x-cache"), Some("miss"));
    // a missing file asks nothing
    let report = second.warmer.warm(&dir.path().join("none.jsonl"), 2)?;
    assert_eq!((report.answered, report.skipped.len()), (0, 0));
    Ok(())
}

#[test]
fn cors_lets_browser_tools_query() -> TestResult {
    let server = TestServer::sample()?;
    let reply = request(
        server.addr,
        "OPTIONS",
        "/sparql",
        &[
            ("Origin", "https://yasgui.example"),
            ("Access-Control-Request-Method", "POST"),
            ("Access-Control-Request-Headers", "content-type"),
        ],
        b"",
    )?;
    assert_eq!(reply.status, 204);
    assert_eq!(reply.header("access-control-allow-origin"), Some("*"));
    assert!(reply
        .header("access-control-allow-methods")
        .is_some_and(|m| m.contains("POST")));
    assert!(reply
        .header("access-control-allow-headers")
        .is_some_and(|h| h.to_ascii_lowercase().contains("content-type")));
    let reply = get_query(server.addr, ASK, "application/sparql-results+json")?;
    assert_eq!(reply.header("access-control-allow-origin"), Some("*"));
    assert!(reply
        .header("access-control-expose-headers")
        .is_some_and(|h| h.contains("X-SPARQL-MaxRows")));
    Ok(())
}

#[test]
fn the_page_the_graph_list_the_report_and_the_description() -> TestResult {
    let server = TestServer::sample()?;
    let addr = server.addr;
    let page = request(addr, "GET", "/", &[], b"")?;
    assert_eq!(page.status, 200);
    assert_eq!(
        page.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    let html = page.text();
    for (name, _) in talkgraph::query::NAMED {
        assert!(html.contains(&format!("href=\"/?name={name}\"")), "{name}");
    }
    assert!(html.contains("href=\"/report\"") && !html.contains("<script"));
    // a named query runs and shows a table; a typed one too; an error is shown, escaped
    let named = request(addr, "GET", "/?name=speakers-by-institution", &[], b"")?.text();
    assert!(
        named.contains("<th scope=\"col\">") && named.contains("Sicun Gao"),
        "{named}"
    );
    let typed = request(
        addr,
        "GET",
        &format!("/?query={}", encode(SELECT)),
        &[],
        b"",
    )?
    .text();
    assert!(
        typed.contains("<td>Sicun Gao</td>") || typed.contains("Sicun Gao"),
        "{typed}"
    );
    let broken = request(
        addr,
        "GET",
        &format!("/?query={}", encode("SELECT <x")),
        &[],
        b"",
    )?
    .text();
    assert!(
        broken.contains("role=\"alert\"") && broken.contains("SELECT &lt;x"),
        "{broken}"
    );
    // the graph list
    let graphs = request(addr, "GET", "/graphs", &[("Accept", "text/csv")], b"")?;
    assert!(graphs.text().contains(RECORDED), "{}", graphs.text());
    // the report
    let report = request(addr, "GET", "/report", &[], b"")?;
    assert_eq!(report.status, 200);
    assert!(report.text().starts_with("<!DOCTYPE html>"));
    // the service description (a browser is sent to the page instead)
    let description = request(addr, "GET", "/sparql", &[("Accept", "text/turtle")], b"")?;
    assert_eq!(description.status, 200);
    let triples = RdfParser::from_format(RdfFormat::Turtle)
        .for_slice(&description.body)
        .collect::<Result<Vec<_>, _>>()?;
    assert!(triples
        .iter()
        .any(|q| q.object.to_string().contains("SPARQL11Query")));
    let browser = request(
        addr,
        "GET",
        "/sparql",
        &[("Accept", "text/html,*/*;q=0.8")],
        b"",
    )?;
    assert_eq!(
        (browser.status, browser.header("location")),
        (303, Some("/"))
    );
    Ok(())
}

#[test]
fn every_request_is_logged_and_shutdown_is_clean() -> TestResult {
    let server = TestServer::sample()?;
    get_query(server.addr, ASK, "text/csv")?;
    request(server.addr, "GET", "/nowhere", &[], b"")?;
    // a connection left open does not hold the stop up
    let _idle = TcpStream::connect(server.addr)?;
    let log = Arc::clone(&server.log);
    let started = std::time::Instant::now();
    let answered = server.stop()?;
    // idle connections check for the stop every 200 ms; 10 s leaves room for a loaded machine
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(answered, 2);
    // each worker logs after it has answered, so two answers may be logged in either order
    let mut lines = log.lock().map_err(|_| "poisoned")?.clone();
    lines.sort_by_key(|l| l.contains("/nowhere"));
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(
        lines[0].starts_with("127.0.0.1 GET /sparql 200 ") && lines[0].contains(" ms "),
        "{lines:?}"
    );
    assert!(
        lines[1].starts_with("127.0.0.1 GET /nowhere 404 "),
        "{lines:?}"
    );
    Ok(())
}

/// `talkgraph serve ARGS --bind 127.0.0.1:0 --store STORE` as a child process, killed when
/// dropped (a failed assertion must not leave it running).
#[cfg(unix)]
struct ServeProcess {
    child: std::process::Child,
    stderr: std::io::BufReader<std::process::ChildStderr>,
    /// What it wrote before it listened, up to the line with its address.
    head: String,
    addr: SocketAddr,
}

#[cfg(unix)]
impl ServeProcess {
    fn start(args: &[&str], store: &std::path::Path) -> Result<Self, Box<dyn std::error::Error>> {
        use std::io::BufRead;
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin!("talkgraph"))
            .arg("serve")
            .args(args)
            .args(["--bind", "127.0.0.1:0", "--store"])
            .arg(store)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()?;
        let stderr = child.stderr.take();
        let mut this = Self {
            child,
            stderr: std::io::BufReader::new(stderr.ok_or("no stderr")?),
            head: String::new(),
            addr: SocketAddr::from(([127, 0, 0, 1], 0)),
        };
        while !this.head.contains("http://") {
            if this.stderr.read_line(&mut this.head)? == 0 {
                return Err(format!("the server stopped: {}", this.head).into());
            }
        }
        this.addr = this
            .head
            .split("http://")
            .nth(1)
            .and_then(|rest| rest.split('/').next())
            .ok_or_else(|| format!("no address in {:?}", this.head))?
            .parse()?;
        Ok(this)
    }

    /// Reads what it writes until a line contains `needle`; returns that line.
    fn wait_for(&mut self, needle: &str) -> Result<String, Box<dyn std::error::Error>> {
        use std::io::BufRead;
        loop {
            let mut line = String::new();
            if self.stderr.read_line(&mut line)? == 0 {
                return Err(format!("the server stopped before writing {needle:?}").into());
            }
            if line.contains(needle) {
                return Ok(line);
            }
        }
    }

    /// Sends SIGTERM; the exit status and what it wrote after its address line.
    fn stop(mut self) -> Result<(std::process::ExitStatus, String), Box<dyn std::error::Error>> {
        let killed = std::process::Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()?;
        assert!(killed.success());
        let status = self.child.wait()?;
        let mut rest = String::new();
        self.stderr.read_to_string(&mut rest)?;
        Ok((status, rest))
    }
}

#[cfg(unix)]
impl Drop for ServeProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The sample built into a store on disk under `dir` by the command, as a user would.
#[cfg(unix)]
fn built_sample(dir: &std::path::Path) -> std::path::PathBuf {
    let store = dir.join("store");
    assert_cmd::cargo::cargo_bin_cmd!("talkgraph")
        .args(["build", "--store"])
        .arg(&store)
        .arg(crate::hay::sample_path())
        .assert()
        .success();
    store
}

/// The command: prints where it listens, logs each request, stops on SIGTERM with exit 0.
#[cfg(unix)]
#[test]
fn the_command_serves_until_sigterm() -> TestResult {
    let dir = tempfile::tempdir()?;
    let store = built_sample(dir.path());
    let server = ServeProcess::start(&[], &store)?;
    assert!(server.head.contains("read-only"), "{}", server.head);
    let reply = get_query(server.addr, ASK, "text/csv")?;
    assert_eq!(reply.text(), "true");
    let (status, rest) = server.stop()?;
    assert!(status.success(), "{status:?}\n{rest}");
    assert!(rest.contains("GET /sparql 200"), "{rest}");
    assert!(rest.contains("stopped after 1 requests"), "{rest}");

    // --allow-update needs --token-env, and the variable must be set
    assert_cmd::cargo::cargo_bin_cmd!("talkgraph")
        .args(["serve", "--allow-update", "--store"])
        .arg(&store)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--token-env"));
    assert_cmd::cargo::cargo_bin_cmd!("talkgraph")
        .args([
            "serve",
            "--allow-update",
            "--token-env",
            "TALKGRAPH_TEST_UNSET_TOKEN",
            "--store",
        ])
        .arg(&store)
        .env_remove("TALKGRAPH_TEST_UNSET_TOKEN")
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "TALKGRAPH_TEST_UNSET_TOKEN is not set",
        ));
    // a port already taken: a clear error
    let taken = std::net::TcpListener::bind("127.0.0.1:0")?;
    assert_cmd::cargo::cargo_bin_cmd!("talkgraph")
        .args([
            "serve",
            "--bind",
            &taken.local_addr()?.to_string(),
            "--store",
        ])
        .arg(&store)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("cannot listen on"));
    Ok(())
}

/// `serve --warm FILE`: the stopped server keeps its queries in FILE, the next one asks them
/// again at start, and their first request is a cache hit.
#[cfg(unix)]
#[test]
fn the_command_keeps_its_queries_across_a_restart() -> TestResult {
    let dir = tempfile::tempdir()?;
    let store = built_sample(dir.path());
    let kept = dir.path().join("warm.jsonl");
    let warm = kept.to_str().ok_or("path")?;
    let mut server = ServeProcess::start(&["--warm", warm], &store)?;
    let line = server.wait_for("kept queries again")?;
    assert!(line.contains("asked 0 kept queries"), "{line}");
    let first = get_query(server.addr, SELECT, "text/csv")?;
    assert_eq!(first.header("x-cache"), Some("miss"));
    let (status, rest) = server.stop()?;
    assert!(status.success(), "{status:?}\n{rest}");
    assert!(rest.contains("kept 1 queries in"), "{rest}");

    let mut server = ServeProcess::start(&["--warm", warm], &store)?;
    let line = server.wait_for("kept queries again")?;
    assert!(line.contains("asked 1 kept queries again"), "{line}");
    let again = get_query(server.addr, SELECT, "text/csv")?;
    assert_eq!(again.header("x-cache"), Some("hit"));
    assert_eq!(again.body, first.body);
    let (status, _) = server.stop()?;
    assert!(status.success());

    // without a cache there is nothing to keep
    assert_cmd::cargo::cargo_bin_cmd!("talkgraph")
        .args(["serve", "--cache-mb", "0", "--warm", warm, "--store"])
        .arg(&store)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--warm keeps the answers"));
    Ok(())
}

/// `serve --in-memory` copies the store (its snapshot included) into memory and answers as the
/// store does; it is read-only, so it refuses `--allow-update`.
#[cfg(unix)]
#[test]
fn the_command_serves_a_copy_in_memory() -> TestResult {
    let dir = tempfile::tempdir()?;
    let store = dir.path().join("store");
    // the bulk loader writes the sample's graph, with its snapshot
    assert_cmd::cargo::cargo_bin_cmd!("talkgraph")
        .args(["build", "--bulk-threshold", "10", "--store"])
        .arg(&store)
        .arg(crate::hay::sample_path())
        .assert()
        .success();
    assert!(store
        .join("talkgraph-snapshots")
        .read_dir()?
        .next()
        .is_some());
    let server = ServeProcess::start(&["--in-memory"], &store)?;
    let head = &server.head;
    assert!(head.contains("copying"), "{head}");
    let on_disk = GraphStore::open_read_only(&store)?;
    let quads = on_disk.len()?;
    assert!(
        head.contains(&format!("copied {quads} quads into memory")),
        "{head}"
    );
    assert!(head.contains("read-only, from memory"), "{head}");
    let addr = server.addr;
    let query = "SELECT ?talk ?title ?line WHERE { ?talk a <https://schema.org/Event> ; \
                 <https://schema.org/name> ?title . OPTIONAL { ?talk \
                 <https://w3id.org/talkgraph/ontology#line> ?line } } ORDER BY ?line ?title";
    let reply = get_query(addr, query, "text/csv")?;
    assert_eq!(reply.status, 200, "{}", reply.text());
    let expected = local(&on_disk, query, ResultFormat::Csv)?;
    assert!(
        expected.len() > 1000,
        "{}",
        String::from_utf8_lossy(&expected)
    );
    assert_eq!(reply.text(), String::from_utf8_lossy(&expected));
    drop(on_disk);
    let (status, rest) = server.stop()?;
    assert!(status.success(), "{status:?}\n{rest}");

    let refused = assert_cmd::cargo::cargo_bin_cmd!("talkgraph")
        .args([
            "serve",
            "--in-memory",
            "--allow-update",
            "--token-env",
            "HOME",
            "--store",
        ])
        .arg(&store)
        .output()?;
    let message = String::from_utf8_lossy(&refused.stderr);
    assert_eq!(refused.status.code(), Some(2), "{message}");
    assert!(
        message.contains("--in-memory") && message.contains("cannot be used with"),
        "{message}"
    );
    Ok(())
}
