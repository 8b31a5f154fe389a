//! `GET /`: a query page. A form posts (GET) the query back to the page, which runs it and
//! shows the results as a table; the named queries are links that fill the form. No script, no
//! fetch: the page works in any browser and under a strict content security policy.

use std::fmt::Write as _;

use super::http::{Request, Response};
use super::Shared;
use crate::query::{self, QueryOptions, QueryOutcome, ResultFormat, NAMED};
use crate::report::escape;

/// Most rows the page shows.
const PAGE_ROWS: usize = 1000;

/// The query the page opens with.
const FIRST: &str = "summary";

pub fn page(shared: &Shared, request: &Request) -> Response {
    let params = request.params();
    let get = |name: &str| {
        params
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    };
    let named = get("name").and_then(|n| query::named(n).map(|text| (n, text)));
    let (text, run) = match (get("query"), named) {
        (Some(q), _) => (q.to_owned(), true),
        (None, Some((_, text))) => (text.to_owned(), true),
        (None, None) => (query::named(FIRST).unwrap_or("").to_owned(), false),
    };
    let mut html = String::with_capacity(16 * 1024);
    let _ = write!(
        html,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>talkgraph SPARQL endpoint</title>\n<style>{STYLE}</style>\n</head>\n<body>\n\
         <header><h1>talkgraph SPARQL endpoint</h1>\n<p>{} statements in {} graphs. \
         Query at <code>/sparql</code> (SPARQL 1.1 Protocol), read graphs at \
         <code>/store?graph=IRI</code> (<a href=\"/graphs\">list of graphs</a>), or see \
         <a href=\"/report\">the report</a>.</p></header>\n<main>\n",
        shared.store.len().unwrap_or(0),
        shared.store.graphs().map_or(0, |g| g.len()),
    );
    html.push_str(
        "<form method=\"get\" action=\"/\">\n<label for=\"query\">SPARQL query \
         (the default graph is the union of all graphs)</label>\n",
    );
    let _ = write!(
        html,
        "<textarea id=\"query\" name=\"query\" rows=\"14\" spellcheck=\"false\">{}</textarea>\n\
         <button type=\"submit\">Run</button>\n</form>\n",
        escape(&text)
    );
    if run {
        html.push_str("<section aria-labelledby=\"results\">\n<h2 id=\"results\">Results</h2>\n");
        results(shared, &text, &mut html);
        html.push_str("</section>\n");
    }
    html.push_str(
        "<section aria-labelledby=\"examples\">\n<h2 id=\"examples\">Named queries</h2>\n<dl>\n",
    );
    for (name, text) in NAMED {
        let _ = writeln!(
            html,
            "<dt><a href=\"/?name={name}\">{name}</a></dt><dd>{}</dd>",
            escape(&query::description(text))
        );
    }
    html.push_str("</dl>\n</section>\n");
    let _ = write!(
        html,
        "<section aria-labelledby=\"clients\">\n<h2 id=\"clients\">From a program</h2>\n\
         <pre>curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * {{ ?s ?p ?o }} LIMIT 5' \
         http://{}/sparql</pre>\n</section>\n</main>\n</body>\n</html>\n",
        escape(
            &request
                .header("host")
                .map_or_else(|| shared.address.to_string(), str::to_owned)
        )
    );
    Response::new(200, "text/html; charset=utf-8", html)
}

/// Runs `text` and writes its results (or its error) as HTML.
fn results(shared: &Shared, text: &str, html: &mut String) {
    let options = QueryOptions {
        format: ResultFormat::Json,
        timeout: shared.options.timeout,
        max_rows: Some(shared.options.max_rows.unwrap_or(PAGE_ROWS).min(PAGE_ROWS)),
        acceptable: vec![ResultFormat::Json, ResultFormat::Turtle],
        ..QueryOptions::default()
    };
    let mut body = Vec::new();
    let outcome = match query::run(&shared.store, text, &options, &mut body) {
        Ok(outcome) => outcome,
        Err(e) => {
            let _ = writeln!(
                html,
                "<p class=\"error\" role=\"alert\">The query failed.</p><pre>{}</pre>",
                escape(&e.to_string())
            );
            return;
        }
    };
    let body = String::from_utf8_lossy(&body);
    match outcome {
        QueryOutcome::Triples { triples, shown } => {
            let _ = writeln!(
                html,
                "<p>{triples} triples{}.</p><pre>{}</pre>",
                cut(triples, shown),
                escape(&body)
            );
        }
        QueryOutcome::Boolean(value) => {
            let _ = writeln!(html, "<p class=\"boolean\">{value}</p>");
        }
        QueryOutcome::Updated => {}
        QueryOutcome::Rows { rows, shown } => {
            let _ = writeln!(html, "<p>{rows} rows{}.</p>", cut(rows, shown));
            table(&body, html);
        }
    }
}

fn cut(all: usize, shown: usize) -> String {
    if shown < all {
        format!(", the first {shown} shown")
    } else {
        String::new()
    }
}

/// SPARQL JSON results as an HTML table.
fn table(json: &str, html: &mut String) {
    let Ok(value) = serde_json::from_str::<serde_json::Value>(json) else {
        let _ = writeln!(html, "<pre>{}</pre>", escape(json));
        return;
    };
    let empty = Vec::new();
    let vars = value["head"]["vars"].as_array().unwrap_or(&empty);
    let rows = value["results"]["bindings"].as_array().unwrap_or(&empty);
    html.push_str("<div class=\"scroll\"><table>\n<thead><tr>");
    for var in vars {
        let _ = write!(
            html,
            "<th scope=\"col\">{}</th>",
            escape(var.as_str().unwrap_or(""))
        );
    }
    html.push_str("</tr></thead>\n<tbody>\n");
    for row in rows {
        html.push_str("<tr>");
        for var in vars {
            let cell = &row[var.as_str().unwrap_or("")];
            let value = cell["value"].as_str().unwrap_or("");
            match cell["type"].as_str() {
                Some("uri") => {
                    let _ = write!(
                        html,
                        "<td><span class=\"iri\" title=\"{}\">{}</span></td>",
                        escape(value),
                        escape(&query::abbreviate(value))
                    );
                }
                Some("bnode") => {
                    let _ = write!(html, "<td>_:{}</td>", escape(value));
                }
                _ => {
                    let _ = write!(html, "<td>{}</td>", escape(value));
                }
            }
        }
        html.push_str("</tr>\n");
    }
    html.push_str("</tbody>\n</table></div>\n");
}

const STYLE: &str = "\
body{font:16px/1.45 system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:1rem;color:#1a1a1a}\
h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.2rem;margin-top:1.5rem}\
label{display:block;font-weight:600;margin:.5rem 0}\
textarea{box-sizing:border-box;width:100%;font:14px/1.4 ui-monospace,monospace;padding:.5rem}\
button{margin-top:.5rem;font-size:1rem;padding:.4rem 1.2rem}\
.scroll{overflow-x:auto}table{border-collapse:collapse;font-size:.9rem}\
th,td{border:1px solid #bbb;padding:.25rem .5rem;text-align:left;vertical-align:top}\
th{background:#eef}pre{overflow-x:auto;background:#f6f6f6;padding:.5rem}\
.error{color:#a00;font-weight:600}dt{font-weight:600;margin-top:.4rem}dd{margin-left:1rem}\
a{color:#0645ad}code{background:#f2f2f2;padding:0 .2rem}";
