//! The `talkgraph` command: argument parsing in [`args`], one function per subcommand here.
//!
//! Everything a subcommand does is a library call; this layer only turns arguments into
//! options, picks the output, and reports.

mod args;
mod outline;

use std::fs::File;
use std::io::{BufWriter, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;

pub use args::{Cli, Command, ExtractArgs, ExtractFormat};

use crate::extract::Extractor;
use crate::read::Source;
use crate::resolve::Gazetteer;

/// Runs a parsed command line, writing results to `out` and diagnostics to `err`.
pub fn run(cli: Cli, out: &mut dyn Write, err: &mut dyn Write) -> anyhow::Result<ExitCode> {
    let gazetteer = load_gazetteer(&cli.gazetteer)?;
    match cli.command {
        Command::Extract(args) => extract(args, gazetteer, out, err),
    }
}

/// Whether an error is a closed pipe on output (`talkgraph … | head`), which is not a failure.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn load_gazetteer(extra: &[std::path::PathBuf]) -> anyhow::Result<Gazetteer> {
    let mut gazetteer = Gazetteer::builtin()?;
    for path in extra {
        gazetteer.extend(Gazetteer::from_file(path)?);
    }
    Ok(gazetteer)
}

fn extract(
    args: ExtractArgs,
    gazetteer: Gazetteer,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    let mut sources = Vec::with_capacity(args.files.len());
    for path in &args.files {
        match Source::from_path(path) {
            Ok(source) => sources.push(source),
            Err(e) => writeln!(err, "talkgraph: {e}")?,
        }
    }
    if sources.is_empty() {
        writeln!(err, "talkgraph: no listing could be read")?;
        return Ok(ExitCode::from(1));
    }
    let extraction = Extractor::with_gazetteer(gazetteer).extract_all(&sources);
    drop(sources);
    for doc in &extraction.documents {
        for w in &doc.warnings {
            if w.line == 0 {
                writeln!(err, "talkgraph: warning: {}: {}", doc.source, w.message)?;
            } else {
                writeln!(
                    err,
                    "talkgraph: warning: {}:{}: {}",
                    doc.source, w.line, w.message
                )?;
            }
        }
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
            serde_json::to_writer_pretty(&mut sink, &extraction)?;
            writeln!(sink)?;
        }
        ExtractFormat::Text => outline::write(&mut sink, &extraction)?,
    }
    sink.flush()?;
    Ok(ExitCode::SUCCESS)
}
