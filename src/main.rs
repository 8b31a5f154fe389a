#![expect(clippy::print_stderr, reason = "the binary reports errors on stderr")]

use std::process::ExitCode;

fn main() -> ExitCode {
    let args = <talkgraph::cli::Cli as clap::Parser>::parse();
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    match talkgraph::cli::run(args, &mut stdout.lock(), &mut stderr.lock()) {
        Ok(code) => code,
        Err(err) if talkgraph::cli::is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("talkgraph: error: {err:#}");
            ExitCode::from(2)
        }
    }
}
