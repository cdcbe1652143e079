//! `rapport serve` (and the end of `rapport demo`): the explorer and the JSON API.

use anyhow::Result;
use rapport_server::{Bound, Config};
use std::io::IsTerminal;
use std::net::SocketAddr;
use std::path::Path;

/// Serves until Ctrl-C. `demo`: take any free port when `addr` is busy, and open
/// the browser when run from a terminal.
pub fn run(db: &Path, addr: SocketAddr, token: Option<String>, demo: bool) -> Result<()> {
    let config = Config {
        db: db.to_path_buf(),
        addr,
        token,
        any_port_if_busy: demo,
    };
    rapport_server::run(config, |bound: &Bound| {
        if bound.addr != addr && addr.port() != 0 {
            println!(
                "(port {} is taken; using {})",
                addr.port(),
                bound.addr.port()
            );
        }
        println!(
            "\nThe explorer: {}  (store {}; API at {}api/openapi.json; Ctrl-C to stop)",
            bound.url,
            db.display(),
            bound.url.split('?').next().unwrap_or(&bound.url)
        );
        if demo
            && std::io::stdout().is_terminal()
            && std::env::var_os("RAPPORT_NO_BROWSER").is_none()
        {
            open_browser(&bound.url);
        }
    })?;
    println!("stopped");
    Ok(())
}

/// Best effort: the platform's opener, quietly.
fn open_browser(url: &str) {
    use std::process::{Command, Stdio};
    let mut cmd = if cfg!(target_os = "macos") {
        Command::new("open")
    } else if cfg!(windows) {
        let mut c = Command::new("cmd");
        c.args(["/C", "start", ""]);
        c
    } else {
        Command::new("xdg-open")
    };
    let _ = cmd
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
}
