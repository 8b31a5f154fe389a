//! The `talkgraph` command: argument parsing in `args.rs`, one function per subcommand here.
//!
//! Everything a subcommand does is a library call; this layer only turns arguments into
//! options, picks the output, and reports.

mod args;
mod outline;
mod transfer;

use std::fs::File;
use std::io::{BufWriter, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;

pub use args::{
    BuildArgs, Cli, Command, ExportArgs, ExtractArgs, ExtractFormat, GenerateArgs, ImportArgs,
    NetworkArgs, NetworkCommand, NetworkExportArgs, NetworkFormatArg, ProjectionArg, PushArgs,
    PushFormatArg, QueryArgs, QueryFormat, RdfFormatArg, RemoveArgs, ReportArgs, ScopeArgs,
    ServeArgs, StatsArgs, StatsFormat, StoreArgs, SummaryFormat, ValidateArgs,
};

use crate::build::{BuildOptions, DocumentStatus};
use crate::export::ExportFormat;
use crate::extract::Extractor;
use crate::query::{QueryOptions, ResultFormat};
use crate::rdf::{Base, Mapper};
use crate::read::Source;
use crate::resolve::{Gazetteer, TopicScheme};
use crate::store::GraphStore;

/// Runs a parsed command line, writing results to `out` and diagnostics to `err`.
pub fn run(cli: Cli, out: &mut dyn Write, err: &mut dyn Write) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Extract(args) => {
            let extractor = extractor(&cli.gazetteer, cli.topics.as_deref())?;
            extract(args, extractor, out, err)
        }
        Command::Build(args) => {
            let extractor = extractor(&cli.gazetteer, cli.topics.as_deref())?;
            build(args, extractor, out, err)
        }
        Command::Query(args) => query(args, out),
        Command::Export(args) => export(args, out),
        Command::Remove(args) => remove(args, out),
        Command::Validate(args) => validate(args, out),
        Command::Stats(args) => stats(args, out),
        Command::Network(NetworkArgs {
            command: NetworkCommand::Export(args),
        }) => network_export(args, out),
        Command::Report(args) => report(args, out, err),
        Command::Serve(args) => serve(args, err),
        Command::Generate(args) => generate(args, out),
        Command::Import(args) => transfer::import(args, out),
        Command::Push(args) => transfer::push(args, out, err),
    }
}

fn extractor(gazetteer: &[std::path::PathBuf], topics: Option<&Path>) -> anyhow::Result<Extractor> {
    let topics = match topics {
        Some(path) => TopicScheme::from_file(path)?,
        None => TopicScheme::builtin()?,
    };
    Ok(Extractor::with_gazetteer(load_gazetteer(gazetteer)?).with_topics(topics))
}

/// Whether an error is a closed pipe on output (`talkgraph … | head`), which is not a failure.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || e.downcast_ref::<serde_json::Error>()
                .is_some_and(|j| j.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe))
    })
}

fn load_gazetteer(extra: &[std::path::PathBuf]) -> anyhow::Result<Gazetteer> {
    let mut gazetteer = Gazetteer::builtin()?;
    for path in extra {
        gazetteer.extend(Gazetteer::from_file(path)?);
    }
    Ok(gazetteer)
}

/// Reads every file; unreadable ones are reported on `err` and skipped.
fn read_sources(
    files: &[std::path::PathBuf],
    err: &mut dyn Write,
) -> anyhow::Result<(Vec<Source>, bool)> {
    let mut sources = Vec::with_capacity(files.len());
    let mut failed = false;
    for path in files {
        match Source::from_path(path) {
            Ok(source) => sources.push(source),
            Err(e) => {
                failed = true;
                writeln!(err, "talkgraph: error: {e}")?;
            }
        }
    }
    Ok((sources, failed))
}

fn write_warnings(
    err: &mut dyn Write,
    source: &str,
    warnings: &[crate::model::Warning],
) -> std::io::Result<()> {
    for w in warnings {
        if w.line == 0 {
            writeln!(err, "talkgraph: warning: {source}: {}", w.message)?;
        } else {
            writeln!(
                err,
                "talkgraph: warning: {source}:{}: {}",
                w.line, w.message
            )?;
        }
    }
    Ok(())
}

fn extract(
    args: ExtractArgs,
    extractor: Extractor,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    let (sources, _) = read_sources(&args.files, err)?;
    if sources.is_empty() {
        writeln!(err, "talkgraph: no listing could be read")?;
        return Ok(ExitCode::from(1));
    }
    let extraction = extractor.extract_all(&sources);
    drop(sources);
    for doc in &extraction.documents {
        write_warnings(err, &doc.source, &doc.warnings)?;
    }
    let to_file = args.output.as_deref().filter(|p| *p != Path::new("-"));
    let format = args
        .format
        .unwrap_or(if to_file.is_none() && std::io::stdout().is_terminal() {
            ExtractFormat::Text
        } else {
            ExtractFormat::Json
        });
    let mut file;
    let sink: &mut dyn Write = match to_file {
        Some(path) => {
            file = BufWriter::new(
                File::create(path)
                    .with_context(|| format!("failed to create {}", path.display()))?,
            );
            &mut file
        }
        None => out,
    };
    let mut sink = BufWriter::with_capacity(1 << 16, sink);
    match format {
        ExtractFormat::Json => {
            extraction.write_json(&mut sink)?;
            writeln!(sink)?;
        }
        ExtractFormat::Text => outline::write(&mut sink, &extraction)?,
    }
    sink.flush()?;
    // Freeing the strings of 100,000 talks takes 0.05 s that nobody waits for: the
    // binary exits right after this, so the records are freed on a thread of their own.
    std::thread::spawn(move || drop(extraction));
    Ok(ExitCode::SUCCESS)
}

fn open_store(args: &StoreArgs) -> anyhow::Result<GraphStore> {
    Ok(GraphStore::open(&args.store)?)
}

fn build(
    args: BuildArgs,
    extractor: Extractor,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    let base = Base::new(&args.base)?;
    let graph = match &args.graph {
        Some(iri) => Some(
            oxigraph::model::NamedNode::new(iri.clone())
                .with_context(|| format!("--graph {iri:?} is not an absolute IRI"))?,
        ),
        None => None,
    };
    let (sources, failed) = read_sources(&args.files, err)?;
    if sources.is_empty() {
        writeln!(
            err,
            "talkgraph: no listing could be read; the store is unchanged"
        )?;
        return Ok(ExitCode::from(1));
    }
    let store = if args.memory {
        GraphStore::memory()?
    } else {
        open_store(&args.store)?
    };
    let ror = match &args.ror {
        Some(path) => Some(std::sync::Arc::new(
            crate::resolve::ror::RorRegistry::from_path(path)?,
        )),
        None => None,
    };
    let options = BuildOptions {
        base,
        graph,
        force: args.force,
        built_at: None,
        ror,
        bulk_threshold: args.bulk_threshold,
        snapshots: !args.no_snapshots,
    };
    let mut progress = |doc: &crate::build::DocumentReport| {
        let _ = write_warnings(err, &doc.source, &doc.warnings);
        let what = match doc.status {
            DocumentStatus::Added => "added",
            DocumentStatus::Replaced => "replaced",
            DocumentStatus::Unchanged => "unchanged",
        };
        let _ = writeln!(
            err,
            "talkgraph: {} → <{}>: {what}, {} talks, {} triples",
            doc.source, doc.graph, doc.talks, doc.triples
        );
    };
    let report = crate::build::build(&store, &extractor, &sources, &options, &mut progress)?;
    drop(sources);
    for graph in &report.interrupted {
        writeln!(
            err,
            "talkgraph: warning: graph <{graph}> is absent: a build was killed while replacing \
             it; build its source again"
        )?;
    }
    let summary = crate::summary::Summary::of_store(&store)?;
    let store_quads = store.len()?;
    let network = crate::network::Network::from_store_without_speaker_projection(
        &store,
        &crate::network::Scope::default(),
    )?;
    let network_report = crate::network::report::NetworkSummary::new(&network, 3);
    let warnings: usize = report.documents.iter().map(|d| d.warnings.len()).sum();
    match args.format {
        SummaryFormat::Json => {
            let value = serde_json::json!({
                "store": match store.location() {
                    crate::store::Location::Memory => None,
                    crate::store::Location::Disk(p) => Some(p.display().to_string()),
                },
                "documents": report.documents,
                "triples_written": report.triples_written,
                "interrupted": report.interrupted,
                "store_quads": store_quads,
                "warnings": warnings,
                "seconds": report.elapsed.as_secs_f64(),
                "summary": summary,
                "network": network_report,
            });
            serde_json::to_writer_pretty(&mut *out, &value)?;
            writeln!(out)?;
        }
        SummaryFormat::Text => {
            let place = match store.location() {
                crate::store::Location::Memory => "in memory".to_owned(),
                crate::store::Location::Disk(p) => format!("in {}", p.display()),
            };
            writeln!(out, "Knowledge graph {place}")?;
            summary.write_text(out)?;
            writeln!(
                out,
                "  triples      {} written, {} in the store",
                report.triples_written, store_quads
            )?;
            writeln!(out, "  warnings     {warnings}")?;
            writeln!(out, "  time         {:.2} s", report.elapsed.as_secs_f64())?;
            network_report.write(out)?;
        }
    }
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn query(args: QueryArgs, out: &mut dyn Write) -> anyhow::Result<ExitCode> {
    if args.list {
        for (name, text) in crate::query::NAMED {
            writeln!(out, "{name}\n    {}", crate::query::description(text))?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let text = match (&args.file, args.query.as_deref()) {
        (Some(path), _) if path == Path::new("-") => read_stdin()?,
        (Some(path), _) => std::fs::read_to_string(path)
            .with_context(|| format!("failed to read query file {}", path.display()))?,
        (None, Some("-")) => read_stdin()?,
        (None, Some(q)) => crate::query::query_text(q)?.into_owned(),
        (None, None) => anyhow::bail!("give a QUERY, -f FILE or --list"),
    };
    let store = if args.update {
        GraphStore::open(&args.store.store)?
    } else {
        GraphStore::open_read_only(&args.store.store)?
    };
    let options = QueryOptions {
        format: match args.format {
            QueryFormat::Table => ResultFormat::Table,
            QueryFormat::Json => ResultFormat::Json,
            QueryFormat::Xml => ResultFormat::Xml,
            QueryFormat::Csv => ResultFormat::Csv,
            QueryFormat::Tsv => ResultFormat::Tsv,
            QueryFormat::Turtle => ResultFormat::Turtle,
            QueryFormat::Ntriples => ResultFormat::NTriples,
            QueryFormat::Rdfxml => ResultFormat::RdfXml,
            QueryFormat::Jsonld => ResultFormat::JsonLd,
        },
        timeout: (args.timeout > 0).then(|| std::time::Duration::from_secs(args.timeout)),
        table_limit: args.limit,
        allow_update: args.update,
        ..QueryOptions::default()
    };
    let mut sink = BufWriter::new(out);
    crate::query::run(&store, &text, &options, &mut sink)?;
    sink.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn read_stdin() -> anyhow::Result<String> {
    let mut text = String::new();
    std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)
        .context("failed to read the query from standard input")?;
    Ok(text)
}

fn export(args: ExportArgs, out: &mut dyn Write) -> anyhow::Result<ExitCode> {
    let base = Base::new(&args.base)?;
    let store = GraphStore::open_read_only(&args.store.store)?;
    let format = match args.format {
        RdfFormatArg::Turtle => ExportFormat::Turtle,
        RdfFormatArg::Ntriples => ExportFormat::NTriples,
        RdfFormatArg::Nquads => ExportFormat::NQuads,
        RdfFormatArg::Trig => ExportFormat::TriG,
        RdfFormatArg::Rdfxml => ExportFormat::RdfXml,
        RdfFormatArg::Jsonld => ExportFormat::JsonLd,
    };
    let graph = match &args.graph {
        Some(iri) => Some(
            oxigraph::model::NamedNode::new(iri.clone())
                .with_context(|| format!("--graph {iri:?} is not an absolute IRI"))?,
        ),
        None => None,
    };
    let to_file = args.output.as_deref().filter(|p| *p != Path::new("-"));
    match to_file {
        Some(path) => {
            // Write beside the target, then rename: a failed export leaves no half file.
            let tmp = path.with_extension("partial");
            let mut file = BufWriter::new(
                File::create(&tmp)
                    .with_context(|| format!("failed to create {}", tmp.display()))?,
            );
            crate::export::export(&store, format, graph.as_ref(), &base, &mut file)?;
            file.flush()?;
            drop(file);
            std::fs::rename(&tmp, path)
                .with_context(|| format!("failed to write {}", path.display()))?;
        }
        None => {
            let mut sink = BufWriter::new(out);
            crate::export::export(&store, format, graph.as_ref(), &base, &mut sink)?;
            sink.flush()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn remove(args: RemoveArgs, out: &mut dyn Write) -> anyhow::Result<ExitCode> {
    let base = Base::new(&args.base)?;
    let store = GraphStore::open(&args.store.store)?;
    let gazetteer = Gazetteer::default();
    let topics = TopicScheme::empty();
    let mapper = Mapper::new(&base, &gazetteer, &topics);
    let mut missing = false;
    for source in &args.sources {
        let graph = match oxigraph::model::NamedNode::new(source.clone()) {
            Ok(iri) if source.contains(':') => iri,
            _ => mapper.graph_for(source),
        };
        if store.remove_graph(&graph)? {
            writeln!(out, "removed <{}> ({source})", graph.as_str())?;
        } else {
            missing = true;
            writeln!(
                out,
                "no graph <{}> for {source}; nothing removed",
                graph.as_str()
            )?;
        }
    }
    store.flush()?;
    Ok(if missing {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn validate(args: ValidateArgs, out: &mut dyn Write) -> anyhow::Result<ExitCode> {
    let shapes = match &args.shapes {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("failed to read shapes {}", path.display()))?;
            crate::validate::Shapes::from_turtle(&path.display().to_string(), &text)?
        }
        None => crate::validate::Shapes::builtin()?,
    };
    let store = GraphStore::open_read_only(&args.store.store)?;
    let violations = shapes.validate(&store).map_err(anyhow::Error::msg)?;
    match args.format {
        SummaryFormat::Json => {
            let value = serde_json::json!({
                "conforms": violations.is_empty(),
                "checks": shapes.len(),
                "violations": violations,
            });
            serde_json::to_writer_pretty(&mut *out, &value)?;
            writeln!(out)?;
        }
        SummaryFormat::Text => {
            for v in &violations {
                let path = v
                    .path
                    .as_deref()
                    .map(crate::query::abbreviate)
                    .unwrap_or_default();
                let value = v
                    .value
                    .as_deref()
                    .map(|x| format!(" = {x:?}"))
                    .unwrap_or_default();
                writeln!(
                    out,
                    "{} {path} [{}]{value}: {}",
                    crate::query::abbreviate(&v.focus),
                    v.constraint,
                    v.message
                )?;
            }
            writeln!(
                out,
                "{} constraint checks, {} violations: {}",
                shapes.len(),
                violations.len(),
                if violations.is_empty() {
                    "the store conforms"
                } else {
                    "the store does not conform"
                }
            )?;
        }
    }
    Ok(if violations.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn scope(args: &ScopeArgs) -> crate::network::Scope {
    crate::network::Scope {
        graph: args.graph.clone(),
        series: args.series.clone(),
    }
}

fn stats(args: StatsArgs, out: &mut dyn Write) -> anyhow::Result<ExitCode> {
    let store = GraphStore::open_read_only(&args.store.store)?;
    let network = crate::network::Network::from_store(&store, &scope(&args.scope))?;
    let options = crate::network::stats::StatsOptions {
        top: args.top,
        exact_limit: args.exact_limit,
        samples: args.samples.max(1),
        max_pairs: (args.max_pairs > 0).then_some(args.max_pairs),
    };
    let report = crate::network::report::Report::new(&network, &options);
    let sections = if args.projection.is_empty() {
        crate::network::report::Sections::all()
    } else {
        let mut sections = crate::network::report::Sections::none();
        for p in &args.projection {
            match p {
                ProjectionArg::Bipartite => sections.bipartite = true,
                ProjectionArg::Institutions => sections.institutions = true,
                ProjectionArg::Speakers => sections.speakers = true,
                ProjectionArg::Copresenters => sections.copresenters = true,
                ProjectionArg::CopresenterInstitutions => sections.copresenter_institutions = true,
            }
        }
        sections
    };
    let mut sink = BufWriter::new(out);
    match args.format {
        StatsFormat::Json => {
            serde_json::to_writer_pretty(&mut sink, &report.to_json(&sections))?;
            writeln!(sink)?;
        }
        StatsFormat::Table => report.write_tables(&mut sink, &sections)?,
    }
    sink.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn network_export(args: NetworkExportArgs, out: &mut dyn Write) -> anyhow::Result<ExitCode> {
    use crate::network::export::NetworkFormat;
    let store = GraphStore::open_read_only(&args.store.store)?;
    let network = crate::network::Network::from_store(&store, &scope(&args.scope))?;
    let graph = match args.projection {
        ProjectionArg::Bipartite => &network.bipartite,
        ProjectionArg::Institutions => &network.institution_projection,
        ProjectionArg::Speakers => &network.speaker_projection,
        ProjectionArg::Copresenters => &network.copresenter,
        ProjectionArg::CopresenterInstitutions => &network.copresenter_institutions,
    };
    let format = match args.format {
        NetworkFormatArg::Graphml => NetworkFormat::GraphMl,
        NetworkFormatArg::Gexf => NetworkFormat::Gexf,
        NetworkFormatArg::Dot => NetworkFormat::Dot,
        NetworkFormatArg::Json => NetworkFormat::Json,
    };
    match args.output.as_deref().filter(|p| *p != Path::new("-")) {
        Some(path) => {
            let mut file = BufWriter::new(
                File::create(path)
                    .with_context(|| format!("failed to create {}", path.display()))?,
            );
            crate::network::export::write(graph, format, &mut file)?;
            file.flush()?;
        }
        None => {
            let mut sink = BufWriter::new(out);
            crate::network::export::write(graph, format, &mut sink)?;
            sink.flush()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn report(args: ReportArgs, out: &mut dyn Write, err: &mut dyn Write) -> anyhow::Result<ExitCode> {
    let started = std::time::Instant::now();
    let store = GraphStore::open_read_only(&args.store.store)?;
    let options = crate::report::ReportOptions {
        title: args.title,
        max_nodes: args.max_nodes,
        labels: args.labels,
        bars: args.bars,
        max_rows: args.max_rows,
        seed: args.seed,
        ..crate::report::ReportOptions::default()
    };
    let html = crate::report::render(&store, &options)?;
    match args.output.as_deref().filter(|p| *p != Path::new("-")) {
        Some(path) => {
            // Write beside the target, then rename: a failed report leaves no half file.
            let tmp = path.with_extension("partial");
            std::fs::write(&tmp, &html)
                .with_context(|| format!("failed to write {}", tmp.display()))?;
            std::fs::rename(&tmp, path)
                .with_context(|| format!("failed to write {}", path.display()))?;
            writeln!(
                err,
                "talkgraph: wrote {} ({} KB) in {:.2} s",
                path.display(),
                html.len().div_ceil(1024),
                started.elapsed().as_secs_f64()
            )?;
        }
        None => out.write_all(html.as_bytes())?,
    }
    Ok(ExitCode::SUCCESS)
}

fn serve(args: ServeArgs, err: &mut dyn Write) -> anyhow::Result<ExitCode> {
    if args.warm.is_some() && args.cache_mb == 0 {
        anyhow::bail!("--warm keeps the answers of the cache: it needs --cache-mb above 0");
    }
    let token = match &args.token_env {
        Some(var) => Some(std::env::var(var).with_context(|| {
            format!("--token-env {var}: the environment variable {var} is not set (or not UTF-8)")
        })?),
        None => None,
    };
    let store = if args.allow_update {
        GraphStore::open(&args.store.store)?
    } else {
        GraphStore::open_read_only(&args.store.store)?
    };
    let store = if args.in_memory {
        writeln!(
            err,
            "talkgraph: copying {} into memory…",
            args.store.store.display()
        )?;
        err.flush()?;
        let started = std::time::Instant::now();
        let mut copied = 0;
        let memory = store.copy_to_memory(&mut |n| copied = n)?;
        writeln!(
            err,
            "talkgraph: copied {copied} quads into memory in {:.1} s",
            started.elapsed().as_secs_f64()
        )?;
        memory
    } else {
        store
    };
    let options = crate::serve::ServeOptions {
        threads: args.threads,
        queue: args.queue,
        timeout: (args.timeout > 0).then(|| std::time::Duration::from_secs(args.timeout)),
        max_body: args.max_body,
        max_rows: (args.max_rows > 0).then_some(args.max_rows),
        allow_update: args.allow_update,
        token,
        base: Base::new(&args.base)?,
        cache_bytes: args.cache_mb.saturating_mul(1 << 20),
        ..crate::serve::ServeOptions::default()
    };
    let server = crate::serve::Server::bind(store, &args.bind, options)?;
    let shutdown = server.shutdown_handle();
    let mut signals = signal_hook::iterator::Signals::new([
        signal_hook::consts::SIGINT,
        signal_hook::consts::SIGTERM,
    ])
    .context("failed to install the SIGINT/SIGTERM handler")?;
    let signal_handle = signals.handle();
    let waiter = std::thread::spawn(move || {
        if signals.forever().next().is_some() {
            shutdown.shutdown();
        }
    });
    writeln!(
        err,
        "talkgraph: serving {} at http://{}/ ({}); Ctrl-C stops",
        args.store.store.display(),
        server.local_addr(),
        if args.allow_update {
            "updates allowed with the bearer token"
        } else if args.in_memory {
            "read-only, from memory"
        } else {
            "read-only"
        }
    )?;
    err.flush()?;
    // Workers hand their log lines to this thread, which owns `err` (the caller may hold the
    // lock of standard error for the whole run).
    let (records_tx, lines) = std::sync::mpsc::channel::<String>();
    let records = std::sync::Mutex::new(records_tx.clone());
    let log: crate::serve::Log = std::sync::Arc::new(move |record: &crate::serve::LogRecord| {
        if let Ok(records) = records.lock() {
            let _ = records.send(record.to_string());
        }
    });
    let warmer = server.warmer();
    let warming = match &args.warm {
        Some(path) => {
            let (warmer, path, notes) = (warmer.clone(), path.clone(), records_tx.clone());
            let threads = std::thread::available_parallelism().map_or(1, usize::from);
            Some(
                std::thread::Builder::new()
                    .name("talkgraph-warm".into())
                    .spawn(move || {
                        let _ = notes.send(warm_summary(&warmer.warm(&path, threads), &path));
                    })?,
            )
        }
        None => None,
    };
    drop(records_tx);
    let running = std::thread::Builder::new()
        .name("talkgraph-serve".into())
        .spawn(move || server.run(log))?;
    for line in lines {
        // a closed standard error must not stop the server
        let _ = writeln!(err, "{line}").and_then(|()| err.flush());
    }
    let requests = match running.join() {
        Ok(result) => result?,
        Err(_) => anyhow::bail!("the server stopped on an internal error"),
    };
    signal_handle.close();
    let _ = waiter.join();
    if let Some(warming) = warming {
        let _ = warming.join();
    }
    writeln!(err, "talkgraph: stopped after {requests} requests")?;
    if let Some(path) = &args.warm {
        let kept = warmer
            .save(path)
            .with_context(|| format!("failed to write {}", path.display()))?;
        writeln!(
            err,
            "talkgraph: kept {kept} queries in {} to ask again at the next start (--warm)",
            path.display()
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The lines `serve --warm` prints once it has asked the kept queries again.
fn warm_summary(report: &std::io::Result<crate::serve::WarmReport>, path: &Path) -> String {
    match report {
        Err(e) => format!(
            "talkgraph: warning: cannot read {} ({e}); starting with an empty cache",
            path.display()
        ),
        Ok(report) => {
            let mut text = format!(
                "talkgraph: asked {} kept queries again from {} in {:.1} s (--warm)",
                report.answered,
                path.display(),
                report.elapsed.as_secs_f64()
            );
            for (line, why) in &report.skipped {
                text.push_str(&format!(
                    "\ntalkgraph: warning: {}:{line}: not asked again: {why}",
                    path.display()
                ));
            }
            text
        }
    }
}

fn generate(args: GenerateArgs, out: &mut dyn Write) -> anyhow::Result<ExitCode> {
    let listing = crate::generate::generate(args.talks, args.seed);
    match args.output.as_deref().filter(|p| *p != Path::new("-")) {
        Some(path) => std::fs::write(path, listing)
            .with_context(|| format!("failed to write {}", path.display()))?,
        None => out.write_all(listing.as_bytes())?,
    }
    Ok(ExitCode::SUCCESS)
}
