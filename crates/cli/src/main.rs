//! The `rapport` binary: thin, delegates to the crates.

mod cmd;

use clap::Parser;

fn main() {
    let cli = cmd::Cli::parse();
    match cmd::run(cli) {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::exit(2);
        }
    }
}
