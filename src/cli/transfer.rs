//! `talkgraph import` and `talkgraph push`: RDF in from files, out to another triplestore.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use anyhow::Context;
use oxigraph::io::{JsonLdProfileSet, RdfFormat};
use oxigraph::model::NamedNode;

use super::args::{ImportArgs, PushArgs, PushFormatArg, RdfFormatArg};
use crate::import::{ImportOptions, Input};
use crate::push::{Auth, Check, Progress, PushFormat, PushOptions, RetryPolicy, Target};
use crate::rdf::Base;
use crate::store::GraphStore;

impl From<RdfFormatArg> for RdfFormat {
    fn from(arg: RdfFormatArg) -> Self {
        match arg {
            RdfFormatArg::Turtle => RdfFormat::Turtle,
            RdfFormatArg::Ntriples => RdfFormat::NTriples,
            RdfFormatArg::Nquads => RdfFormat::NQuads,
            RdfFormatArg::Trig => RdfFormat::TriG,
            RdfFormatArg::Rdfxml => RdfFormat::RdfXml,
            RdfFormatArg::Jsonld => RdfFormat::JsonLd {
                profile: JsonLdProfileSet::empty(),
            },
        }
    }
}

/// `1 graph`, `2 graphs`.
fn count(n: impl Into<u64>, noun: &str) -> String {
    let n = n.into();
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

fn graph_iri(iri: &str) -> anyhow::Result<NamedNode> {
    NamedNode::new(iri).with_context(|| format!("--graph {iri:?} is not an absolute IRI"))
}

pub(super) fn import(args: ImportArgs, out: &mut dyn Write) -> anyhow::Result<ExitCode> {
    let options = ImportOptions {
        base: Base::new(&args.base)?,
        graph: args.graph.as_deref().map(graph_iri).transpose()?,
        format: args.format.map(RdfFormat::from),
    };
    let inputs = args
        .files
        .iter()
        .map(|p| Input::from_arg(p))
        .collect::<Result<Vec<_>, _>>()?;
    let store = GraphStore::open(&args.store.store)?;
    let report = crate::import::import(&store, &inputs, &options)?;
    for file in &report.files {
        let others = if file.named_graphs.is_empty() {
            String::new()
        } else {
            format!(
                " (and {})",
                count(file.named_graphs.len() as u64, "named graph")
            )
        };
        writeln!(
            out,
            "{} → <{}>{others}: {} triples",
            file.source, file.graph, file.quads
        )?;
    }
    writeln!(
        out,
        "imported {} into {} ({} replaced){}",
        count(report.quads as u64, "triple"),
        count(report.graphs.len() as u64, "graph"),
        report.replaced.len(),
        if report.bulk {
            " with the bulk loader"
        } else {
            ""
        }
    )?;
    Ok(ExitCode::SUCCESS)
}

/// The value of an environment variable that holds a secret; the message never shows a value.
fn secret(var: &str, flag: &str) -> anyhow::Result<String> {
    match std::env::var(var) {
        Ok(value) if !value.is_empty() => Ok(value),
        _ => anyhow::bail!(
            "environment variable {var} is not set or empty ({flag} names the variable that \
             holds the secret, not the secret itself)"
        ),
    }
}

fn push_options(args: &PushArgs) -> anyhow::Result<PushOptions> {
    let auth = match (&args.user, &args.password_env, &args.token_env) {
        (Some(user), Some(var), _) => Auth::Password {
            user: user.clone(),
            password: secret(var, "--password-env")?,
        },
        (_, _, Some(var)) => Auth::Bearer(secret(var, "--token-env")?),
        _ => Auth::None,
    };
    let graphs = if args.graph.is_empty() {
        None
    } else {
        Some(
            args.graph
                .iter()
                .map(|g| match g.as_str() {
                    "default" => Ok(Target::Default),
                    iri => graph_iri(iri).map(Target::Named),
                })
                .collect::<anyhow::Result<Vec<_>>>()?,
        )
    };
    Ok(PushOptions {
        graphs,
        auth,
        format: match args.format {
            PushFormatArg::Nt => PushFormat::NTriples,
            PushFormatArg::Ttl => PushFormat::Turtle,
        },
        chunk_triples: args.chunk_triples.max(1),
        query_url: args.query_url.clone(),
        update_url: args.update_url.clone(),
        staging: args.staging,
        dry_run: args.dry_run,
        retry: RetryPolicy {
            retries: args.retries,
            ..RetryPolicy::default()
        },
        timeout: std::time::Duration::from_secs(args.timeout.max(1)),
        ..PushOptions::new(args.endpoint.clone())
    })
}

fn size(bytes: u64) -> String {
    if bytes >= 1 << 20 {
        format!("{:.1} MB", bytes as f64 / f64::from(1 << 20))
    } else {
        format!("{:.1} KB", bytes as f64 / 1024.0)
    }
}

pub(super) fn push(
    args: PushArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    let options = push_options(&args)?;
    let store = GraphStore::open_read_only(&args.store.store)?;
    // Only long pushes on a terminal get a bar (indicatif draws nothing elsewhere); counting
    // first gives it a length, at the cost of one more pass over the graphs.
    let on_terminal = std::io::stderr().is_terminal() && !options.dry_run;
    let options = PushOptions {
        count_first: on_terminal,
        ..options
    };
    let bar = indicatif::ProgressBar::hidden();
    let mut progress = |event: Progress<'_>| match event {
        Progress::Started { triples, .. } => {
            if let Some(n) = triples.filter(|&n| on_terminal && n > options.chunk_triples as u64) {
                bar.set_length(n);
                bar.set_style(
                    indicatif::ProgressStyle::with_template(
                        "{bar:40} {human_pos}/{human_len} triples ({percent}%), {elapsed_precise}, eta {eta}",
                    )
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
                );
                bar.set_draw_target(indicatif::ProgressDrawTarget::stderr_with_hz(4));
            }
        }
        Progress::Sent { triples, .. } => bar.inc(triples),
        Progress::Retry(notice) => bar.suspend(|| {
            let _ = writeln!(
                err,
                "talkgraph: warning: {} {}: {}; retry {} in {:.1} s",
                notice.method,
                notice.url,
                notice.reason,
                notice.attempt,
                notice.delay.as_secs_f64()
            );
        }),
    };
    let result = crate::push::push(&store, &options, &mut progress);
    bar.finish_and_clear();
    let report = result?;
    if report.dry_run {
        writeln!(
            out,
            "dry run: would send {}, {} in {}",
            count(report.graphs.len() as u64, "graph"),
            count(report.triples(), "triple"),
            count(report.requests() as u64, "request")
        )?;
        for graph in &report.graphs {
            for r in &graph.requests {
                let what = if r.content_type == "application/sparql-update" {
                    format!(
                        "MOVE <{}> TO {}",
                        graph.staging.as_deref().unwrap_or_default(),
                        graph.graph
                    )
                } else {
                    format!("{} triples, {}", r.triples, size(r.bytes))
                };
                writeln!(out, "{} {} ({}; {what})", r.method, r.url, r.content_type)?;
            }
        }
        return Ok(ExitCode::SUCCESS);
    }
    for graph in &report.graphs {
        let bytes: u64 = graph.requests.iter().map(|r| r.bytes).sum();
        let check = match &graph.check {
            Check::Match { remote } => format!("the server counts {remote}: ok"),
            Check::Mismatch { remote } => format!(
                "MISMATCH: the server counts {remote}, {} were sent",
                graph.triples
            ),
            Check::NotChecked { reason } => format!("not verified ({reason})"),
        };
        let staged = match &graph.staging {
            Some(s) => format!(" through <{s}>"),
            None => String::new(),
        };
        let read = if graph.from_snapshot {
            ", sent from its snapshot"
        } else {
            ""
        };
        writeln!(
            out,
            "{}: {} in {} ({}){read}{staged}; {check}",
            graph.graph,
            count(graph.triples, "triple"),
            count(graph.requests.len() as u64, "request"),
            size(bytes)
        )?;
        if let Some(cap) = &graph.cap {
            writeln!(err, "talkgraph: warning: {}: {cap}", graph.graph)?;
        }
    }
    writeln!(
        out,
        "pushed {}, {} in {}, {:.2} s",
        count(report.graphs.len() as u64, "graph"),
        count(report.triples(), "triple"),
        count(report.requests() as u64, "request"),
        report.seconds
    )?;
    let mismatches = report.mismatches();
    if mismatches > 0 {
        writeln!(
            err,
            "talkgraph: error: {mismatches} of {} do not hold on the server the triples that \
             were sent (see above)",
            count(report.graphs.len() as u64, "graph")
        )?;
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}
