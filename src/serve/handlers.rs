//! Routing and the protocol operations: SPARQL query and update, Graph Store read and write, the
//! graph list, the report.

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphName, Literal, NamedNode, Triple};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use super::http::{Request, Response};
use super::negotiate::{self, media_type};
use super::{page, Shared};
use crate::export::{ExportError, ExportFormat};
use crate::query::{self, Dataset, QueryError, QueryOptions, ResultFormat, ResultKind};

/// Adds the CORS headers every answer carries: any origin may read results (the endpoint holds
/// nothing secret; writes need a bearer token, which browsers never send on their own).
pub fn cors(response: Response) -> Response {
    response.with("Access-Control-Allow-Origin", "*").with(
        "Access-Control-Expose-Headers",
        "X-SPARQL-MaxRows, Content-Type, Content-Length",
    )
}

/// Answers one request.
pub fn handle(shared: &Shared, request: &Request) -> Response {
    cors(route(shared, request))
}

fn route(shared: &Shared, request: &Request) -> Response {
    let method = request.method.as_str();
    if method == "OPTIONS" {
        return preflight();
    }
    let allowed: &[&str] = match request.path.as_str() {
        "/sparql" => &["GET", "HEAD", "POST"],
        "/store" => &["GET", "HEAD", "PUT", "POST", "DELETE"],
        "/" | "/graphs" | "/report" => &["GET", "HEAD"],
        _ => {
            return Response::text(
                404,
                &format!(
                    "no such page: {}\nthe endpoint is /sparql, graphs are at /store?graph=IRI \
                     (listed at /graphs), the query page is /",
                    request.path
                ),
            )
        }
    };
    if !allowed.contains(&method) {
        return Response::text(405, &format!("{method} is not allowed on {}", request.path))
            .with("Allow", allowed.join(", "));
    }
    match request.path.as_str() {
        "/sparql" => sparql(shared, request),
        "/store" => graph_store(shared, request),
        "/graphs" => graphs(shared, request),
        "/report" => report(shared),
        _ => page::page(shared, request),
    }
}

/// The answer to a CORS preflight.
fn preflight() -> Response {
    let mut response = Response::new(204, "text/plain", Vec::new());
    response.headers.clear();
    response
        .with(
            "Access-Control-Allow-Methods",
            "GET, HEAD, POST, PUT, DELETE, OPTIONS",
        )
        .with(
            "Access-Control-Allow-Headers",
            "Accept, Authorization, Content-Type",
        )
        .with("Access-Control-Max-Age", "86400")
}

/// What a protocol request asks for.
enum Operation {
    Query(String),
    Update(String),
    /// Neither: the service description (or the page, for a browser).
    Describe,
}

fn sparql(shared: &Shared, request: &Request) -> Response {
    let mut params = request.params();
    let operation = if request.method == "POST" {
        match request.content_type().as_deref() {
            Some("application/x-www-form-urlencoded") => {
                params.extend(form_urlencoded::parse(&request.body).into_owned());
                match operation(&params) {
                    Ok(Operation::Describe) => {
                        return Response::text(400, "the form has neither a query nor an update")
                    }
                    Ok(op) => op,
                    Err(response) => return response,
                }
            }
            Some(kind @ ("application/sparql-query" | "application/sparql-update")) => {
                let Ok(text) = String::from_utf8(request.body.clone()) else {
                    return Response::text(400, "the request body is not UTF-8");
                };
                if params.iter().any(|(n, _)| n == "query" || n == "update") {
                    return Response::text(
                        400,
                        "the query is in the body: the URL may not carry query= or update= too",
                    );
                }
                if kind == "application/sparql-query" {
                    Operation::Query(text)
                } else {
                    Operation::Update(text)
                }
            }
            other => {
                return Response::text(
                    415,
                    &format!(
                        "POST a query as application/x-www-form-urlencoded, \
                         application/sparql-query or application/sparql-update, not {}",
                        other.unwrap_or("a body without Content-Type")
                    ),
                )
            }
        }
    } else {
        match operation(&params) {
            Ok(Operation::Update(_)) => {
                return Response::text(400, "an update must be sent with POST")
            }
            Ok(op) => op,
            Err(response) => return response,
        }
    };
    match operation {
        Operation::Query(text) => {
            let dataset = match dataset(&params, "default-graph-uri", "named-graph-uri") {
                Ok(d) => d,
                Err(response) => return response,
            };
            run_query(shared, request, &text, dataset)
        }
        Operation::Update(text) => {
            if params
                .iter()
                .any(|(n, _)| n == "using-graph-uri" || n == "using-named-graph-uri")
            {
                return Response::text(
                    400,
                    "using-graph-uri and using-named-graph-uri are not supported: \
                     put USING or WITH in the update",
                );
            }
            update(shared, request, &text)
        }
        Operation::Describe => {
            if negotiate::wants_html(request.header("accept")) {
                return Response::text(303, "the query page is at /").with("Location", "/");
            }
            service_description(shared, request)
        }
    }
}

/// The operation named by the parameters: one `query` or one `update`, not both.
fn operation(params: &[(String, String)]) -> Result<Operation, Response> {
    let values = |name: &str| {
        params
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
            .collect::<Vec<_>>()
    };
    let mut queries = values("query");
    let mut updates = values("update");
    match (queries.len(), updates.len()) {
        (0, 0) => Ok(Operation::Describe),
        (1, 0) => Ok(Operation::Query(queries.remove(0))),
        (0, 1) => Ok(Operation::Update(updates.remove(0))),
        (1, 1) => Err(Response::text(
            400,
            "a request carries a query or an update, not both",
        )),
        _ => Err(Response::text(
            400,
            "give one query (or one update) per request",
        )),
    }
}

/// The dataset given beside a query (`default-graph-uri`, `named-graph-uri`), if any.
fn dataset(
    params: &[(String, String)],
    default_name: &str,
    named_name: &str,
) -> Result<Option<Dataset>, Response> {
    let mut dataset = Dataset::default();
    for (name, value) in params {
        let list = if name == default_name {
            &mut dataset.default_graphs
        } else if name == named_name {
            &mut dataset.named_graphs
        } else {
            continue;
        };
        let iri = NamedNode::new(value.as_str())
            .map_err(|e| Response::text(400, &format!("{name} {value:?} is not an IRI: {e}")))?;
        list.push(iri);
    }
    Ok((dataset != Dataset::default()).then_some(dataset))
}

/// Runs a query and answers with its results in the negotiated format.
fn run_query(shared: &Shared, request: &Request, text: &str, dataset: Option<Dataset>) -> Response {
    let acceptable = negotiate::acceptable(request.header("accept"));
    if acceptable.is_empty() {
        return not_acceptable(request);
    }
    if let Some(busy) = too_many_queries(shared) {
        return busy;
    }
    let options = QueryOptions {
        format: ResultFormat::Json,
        timeout: shared.options.timeout,
        allow_update: false,
        dataset,
        max_rows: shared.options.max_rows,
        acceptable,
        ..QueryOptions::default()
    };
    // the same query, dataset and Accept header get the same answer from the same store; the
    // key is the request itself, so that `serve --warm` can ask it again after a restart
    let key = Asked::new(request.header("accept"), options.dataset.as_ref(), text).key();
    let kept = || {
        shared.cache.get(&key).map(|kept| {
            let body = std::sync::Arc::clone(&kept.body);
            answer(shared, kept.content_type, body, kept.truncated).with("X-Cache", "hit")
        })
    };
    if let Some(hit) = kept() {
        return hit;
    }
    // the same answer being computed for another request: wait for it rather than compute
    // it twice
    let gate = shared.cache.enabled().then(|| shared.cache.gate(&key));
    let _turn = gate.as_ref().map(|g| g.wait());
    if let Some(hit) = gate.is_some().then(kept).flatten() {
        return hit;
    }
    let generation = shared.cache.generation();
    let mut body = Vec::new();
    match query::run(&shared.store, text, &options, &mut body) {
        Ok(outcome) => {
            let format = query::format_for(&options, outcome.kind()).unwrap_or(options.format);
            let content_type = media_type(format);
            let truncated = outcome.truncated();
            let body = std::sync::Arc::new(body);
            shared.cache.put(
                key,
                super::cache::Entry {
                    content_type,
                    body: std::sync::Arc::clone(&body),
                    truncated,
                },
                generation,
            );
            answer(shared, content_type, body, truncated).with("X-Cache", "miss")
        }
        Err(e) => query_error(e),
    }
}

/// What makes a query's answer: the query, its dataset and the `Accept` header. Its JSON
/// text is the answer's key in the cache, and a line of the file `serve --warm` keeps.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub(super) struct Asked {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    accept: String,
    #[serde(
        rename = "default-graph-uri",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    default_graphs: Vec<String>,
    #[serde(
        rename = "named-graph-uri",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    named_graphs: Vec<String>,
    query: String,
}

impl Asked {
    fn new(accept: Option<&str>, dataset: Option<&Dataset>, query: &str) -> Self {
        let iris = |graphs: &[NamedNode]| graphs.iter().map(|g| g.as_str().to_owned()).collect();
        Self {
            accept: accept.unwrap_or_default().to_owned(),
            default_graphs: dataset.map_or_else(Vec::new, |d| iris(&d.default_graphs)),
            named_graphs: dataset.map_or_else(Vec::new, |d| iris(&d.named_graphs)),
            query: query.to_owned(),
        }
    }

    fn key(&self) -> String {
        // a struct of strings always serialises
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// Asks again a query kept by `serve --warm` (a line of its file, see [`Asked`]), so that its
/// answer is in the cache before a client asks; the error says why it was not answered.
pub(super) fn ask_again(shared: &Shared, line: &str) -> Result<(), String> {
    let asked: Asked = serde_json::from_str(line).map_err(|e| format!("not a kept query ({e})"))?;
    let graphs = |iris: &[String]| {
        iris.iter()
            .map(|iri| NamedNode::new(iri.as_str()).map_err(|e| format!("{iri:?}: {e}")))
            .collect::<Result<Vec<_>, _>>()
    };
    let dataset = Dataset {
        default_graphs: graphs(&asked.default_graphs)?,
        named_graphs: graphs(&asked.named_graphs)?,
    };
    let request = Request {
        method: "GET".into(),
        path: "/sparql".into(),
        query: String::new(),
        minor: 1,
        headers: if asked.accept.is_empty() {
            Vec::new()
        } else {
            vec![("accept".into(), asked.accept.clone())]
        },
        body: Vec::new(),
    };
    let dataset = (dataset != Dataset::default()).then_some(dataset);
    let response = run_query(shared, &request, &asked.query, dataset);
    if response.status == 200 {
        Ok(())
    } else {
        let message = String::from_utf8_lossy(response.body.as_slice());
        let first = message.lines().next().unwrap_or_default();
        Err(format!("answered {}: {first}", response.status))
    }
}

/// A query's answer, marked when it was cut at the row limit.
fn answer(
    shared: &Shared,
    content_type: &str,
    body: std::sync::Arc<Vec<u8>>,
    truncated: bool,
) -> Response {
    let response = Response::shared(200, content_type, body);
    match shared.options.max_rows {
        Some(max) if truncated => response.with("X-SPARQL-MaxRows", max.to_string()),
        _ => response,
    }
    .with("Vary", "Accept")
}

/// `503` when timed-out queries still occupy too many threads.
fn too_many_queries(shared: &Shared) -> Option<Response> {
    let bound = shared.options.threads.saturating_mul(2).max(4);
    (query::query_threads() >= bound).then(|| {
        Response::text(
            503,
            "too many queries are still running (some timed out and have not stopped yet): \
             try again shortly",
        )
        .with("Retry-After", "1")
    })
}

fn not_acceptable(request: &Request) -> Response {
    Response::text(
        406,
        &format!(
            "cannot answer in any of {:?}: SELECT and ASK results come as \
             application/sparql-results+json, application/sparql-results+xml, text/csv or \
             text/tab-separated-values; graphs as text/turtle, application/n-triples, \
             application/ld+json or application/rdf+xml",
            request.header("accept").unwrap_or("")
        ),
    )
}

/// The status and message of a failed query.
fn query_error(error: QueryError) -> Response {
    let status = match &error {
        QueryError::Syntax { .. }
        | QueryError::UnknownName { .. }
        | QueryError::Service
        | QueryError::UpdateRefused => 400,
        QueryError::NotAcceptable(_) | QueryError::Format { .. } => 406,
        QueryError::Timeout(_) => 503,
        _ => 500,
    };
    let message = match error {
        QueryError::UpdateRefused => {
            "this is an update, not a query: POST it as update= (a form) or as \
             application/sparql-update"
                .to_owned()
        }
        QueryError::Timeout(limit) => format!(
            "the query ran longer than {} s and was cancelled (the server's --timeout)",
            limit.as_secs_f64()
        ),
        other => other.to_string(),
    };
    Response::text(status, &message)
}

/// Checks the bearer token of a write: `None` when it may go ahead.
fn refuse_write(shared: &Shared, request: &Request) -> Option<Response> {
    if !shared.options.allow_update {
        return Some(Response::text(
            403,
            "this endpoint is read-only (start `talkgraph serve` with --allow-update to accept writes)",
        ));
    }
    let Some(expected) = &shared.token else {
        return Some(Response::text(403, "writes are not configured"));
    };
    let presented = request.header("authorization").and_then(|value| {
        let (scheme, token) = value.split_once(' ')?;
        scheme
            .eq_ignore_ascii_case("bearer")
            .then(|| token.trim().to_owned())
    });
    let Some(token) = presented else {
        return Some(
            Response::text(401, "writes need an Authorization: Bearer <token> header")
                .with("WWW-Authenticate", "Bearer realm=\"talkgraph\""),
        );
    };
    let digest: [u8; 32] = Sha256::digest(token.as_bytes()).into();
    if bool::from(digest.ct_eq(expected)) {
        None
    } else {
        Some(
            Response::text(403, "the bearer token is not the one this server was given").with(
                "WWW-Authenticate",
                "Bearer realm=\"talkgraph\", error=\"invalid_token\"",
            ),
        )
    }
}

fn update(shared: &Shared, request: &Request, text: &str) -> Response {
    if let Some(refused) = refuse_write(shared, request) {
        return refused;
    }
    let result = query::run_update(&shared.store, text);
    shared.cache.clear();
    match result {
        Ok(()) => Response::new(204, "text/plain", Vec::new()),
        Err(e) => query_error(e),
    }
}

/// The target of a Graph Store request: a named graph, or the default graph.
enum Target {
    Named(NamedNode),
    Default,
}

fn graph_store(shared: &Shared, request: &Request) -> Response {
    let params = request.params();
    let graphs: Vec<&str> = params
        .iter()
        .filter(|(n, _)| n == "graph")
        .map(|(_, v)| v.as_str())
        .collect();
    let default = params.iter().any(|(n, _)| n == "default");
    let target = match (graphs.as_slice(), default) {
        ([iri], false) => match NamedNode::new(*iri) {
            Ok(node) => Target::Named(node),
            Err(e) => return Response::text(400, &format!("graph {iri:?} is not an IRI: {e}")),
        },
        ([], true) => Target::Default,
        _ => return Response::text(
            400,
            "name one graph: /store?graph=IRI or /store?default (the graphs are listed at /graphs)",
        ),
    };
    match request.method.as_str() {
        "GET" | "HEAD" => read_graph(shared, request, &target),
        method => {
            if let Some(refused) = refuse_write(shared, request) {
                return refused;
            }
            let Target::Named(graph) = target else {
                return Response::text(
                    400,
                    "the default graph is the union of the named graphs and is not written \
                     directly: write a named graph (?graph=IRI)",
                );
            };
            write_graph(shared, request, method, &graph)
        }
    }
}

/// GSP GET: the graph (or the union of all graphs) in the negotiated RDF format.
fn read_graph(shared: &Shared, request: &Request, target: &Target) -> Response {
    let acceptable = negotiate::acceptable(request.header("accept"));
    let Some(format) = acceptable.into_iter().find(|f| f.suits(ResultKind::Graph)) else {
        return not_acceptable(request);
    };
    let export_format = match format {
        ResultFormat::NTriples => ExportFormat::NTriples,
        ResultFormat::RdfXml => ExportFormat::RdfXml,
        ResultFormat::JsonLd => ExportFormat::JsonLd,
        _ => ExportFormat::Turtle,
    };
    let graph = match target {
        Target::Named(g) => Some(g),
        Target::Default => None,
    };
    let mut body = Vec::new();
    match crate::export::export(
        &shared.store,
        export_format,
        graph,
        &shared.options.base,
        &mut body,
    ) {
        Ok(_) => Response::new(200, media_type(format), body).with("Vary", "Accept"),
        Err(ExportError::NoGraph(iri)) => Response::text(
            404,
            &format!("the store has no graph <{iri}> (see /graphs)"),
        ),
        Err(e) => Response::text(500, &e.to_string()),
    }
}

/// GSP PUT (replace), POST (add) and DELETE.
fn write_graph(shared: &Shared, request: &Request, method: &str, graph: &NamedNode) -> Response {
    let response = change_graph(shared, request, method, graph);
    shared.cache.clear();
    response
}

fn change_graph(shared: &Shared, request: &Request, method: &str, graph: &NamedNode) -> Response {
    if method == "DELETE" {
        return match shared.store.remove_graph(graph) {
            Ok(true) => Response::new(204, "text/plain", Vec::new()),
            Ok(false) => Response::text(404, &format!("the store has no graph <{graph}>")),
            Err(e) => Response::text(500, &e.to_string()),
        };
    }
    let format = match request.content_type().as_deref() {
        Some("text/turtle" | "application/x-turtle") => RdfFormat::Turtle,
        Some("application/n-triples") => RdfFormat::NTriples,
        Some("application/rdf+xml") => RdfFormat::RdfXml,
        Some("application/ld+json") => RdfFormat::JsonLd {
            profile: oxigraph::io::JsonLdProfileSet::empty(),
        },
        other => {
            return Response::text(
                415,
                &format!(
                    "send the graph as text/turtle, application/n-triples, application/rdf+xml \
                     or application/ld+json, not {}",
                    other.unwrap_or("a body without Content-Type")
                ),
            )
        }
    };
    let mut quads = Vec::new();
    for quad in RdfParser::from_format(format)
        .without_named_graphs()
        .with_default_graph(GraphName::NamedNode(graph.clone()))
        .for_slice(&request.body)
    {
        match quad {
            Ok(quad) => quads.push(quad),
            Err(e) => return Response::text(400, &format!("the request body: {e}")),
        }
    }
    let created = if method == "PUT" {
        shared
            .store
            .contains_graph(graph)
            .map(|existed| !existed)
            .and_then(|created| shared.store.replace_graph(graph, quads).map(|_| created))
    } else {
        shared.store.extend_graph(graph, &quads)
    };
    match created {
        Ok(true) => Response::text(201, &format!("created <{graph}>")),
        Ok(false) => Response::new(204, "text/plain", Vec::new()),
        Err(e) => Response::text(500, &e.to_string()),
    }
}

/// The named graphs, with their sources and sizes: the `graphs` named query.
fn graphs(shared: &Shared, request: &Request) -> Response {
    match query::named("graphs") {
        Some(text) => run_query(shared, request, text, None),
        None => Response::text(500, "the graphs query is missing from this build"),
    }
}

fn report(shared: &Shared) -> Response {
    let html = if shared.options.allow_update {
        crate::report::render(&shared.store, &shared.options.report)
    } else {
        match shared.report.get() {
            Some(html) => Ok(html.clone()),
            None => crate::report::render(&shared.store, &shared.options.report).inspect(|html| {
                let _ = shared.report.set(html.clone());
            }),
        }
    };
    match html {
        Ok(html) => Response::new(200, "text/html; charset=utf-8", html),
        Err(e) => Response::text(500, &format!("the report could not be drawn: {e}")),
    }
}

/// A SPARQL 1.1 Service Description of the endpoint, in the negotiated RDF format.
fn service_description(shared: &Shared, request: &Request) -> Response {
    const SD: &str = "http://www.w3.org/ns/sparql-service-description#";
    const FORMATS: &str = "http://www.w3.org/ns/formats/";
    let acceptable = negotiate::acceptable(request.header("accept"));
    let Some(format) = acceptable.into_iter().find(|f| f.suits(ResultKind::Graph)) else {
        return not_acceptable(request);
    };
    let host = request
        .header("host")
        .map_or_else(|| shared.address.to_string(), str::to_owned);
    let Ok(endpoint) = NamedNode::new(format!("http://{host}/sparql")) else {
        return Response::text(400, &format!("bad Host header {host:?}"));
    };
    let iri = |local: &str, ns: &str| NamedNode::new_unchecked(format!("{ns}{local}"));
    let mut triples = vec![
        Triple::new(
            endpoint.clone(),
            oxigraph::model::vocab::rdf::TYPE,
            iri("Service", SD),
        ),
        Triple::new(endpoint.clone(), iri("endpoint", SD), endpoint.clone()),
        Triple::new(
            endpoint.clone(),
            iri("supportedLanguage", SD),
            iri("SPARQL11Query", SD),
        ),
        Triple::new(
            endpoint.clone(),
            iri("feature", SD),
            iri("UnionDefaultGraph", SD),
        ),
        Triple::new(
            endpoint.clone(),
            oxigraph::model::NamedNode::new_unchecked(
                "http://www.w3.org/2000/01/rdf-schema#comment",
            ),
            Literal::new_simple_literal(
                "talkgraph: recorded talks as a knowledge graph; the default graph is the union \
                 of all named graphs",
            ),
        ),
    ];
    if shared.options.allow_update {
        triples.push(Triple::new(
            endpoint.clone(),
            iri("supportedLanguage", SD),
            iri("SPARQL11Update", SD),
        ));
    }
    for name in [
        "SPARQL_Results_JSON",
        "SPARQL_Results_XML",
        "SPARQL_Results_CSV",
        "SPARQL_Results_TSV",
        "Turtle",
        "N-Triples",
        "RDF_XML",
        "JSON-LD",
    ] {
        triples.push(Triple::new(
            endpoint.clone(),
            iri("resultFormat", SD),
            iri(name, FORMATS),
        ));
    }
    let rdf_format = match format {
        ResultFormat::NTriples => RdfFormat::NTriples,
        ResultFormat::RdfXml => RdfFormat::RdfXml,
        ResultFormat::JsonLd => RdfFormat::JsonLd {
            profile: oxigraph::io::JsonLdProfileSet::empty(),
        },
        _ => RdfFormat::Turtle,
    };
    let mut body = Vec::new();
    match crate::export::write_triples(&mut body, rdf_format, triples) {
        Ok(_) => Response::new(200, media_type(format), body).with("Vary", "Accept"),
        Err(e) => Response::text(500, &e.to_string()),
    }
}
