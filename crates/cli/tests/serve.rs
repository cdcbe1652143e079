//! `rapport serve` and the end of `rapport demo`: the real binary, a real
//! socket on loopback, and a clean stop on Ctrl-C (SIGINT) or SIGTERM.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_rapport"));
    c.env_remove("RAPPORT_TOKEN").env_remove("RAPPORT_DB");
    c
}

/// Starts the binary and waits for the line with the explorer's address.
fn start(args: &[&str], db: &Path) -> (Child, String, mpsc::Receiver<String>) {
    let mut child = bin()
        .arg("--db")
        .arg(db)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    let out = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(out).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok(line) => {
                if let Some(rest) = line.split("The explorer: ").nth(1) {
                    let url = rest.split_whitespace().next().unwrap().to_string();
                    return (child, url, rx);
                }
            }
            Err(_) => {
                let _ = child.kill();
                let _ = child.wait();
                let mut err = String::new();
                child.stderr.take().unwrap().read_to_string(&mut err).ok();
                panic!("no address printed; stderr: {err}");
            }
        }
    }
}

fn addr_of(url: &str) -> SocketAddr {
    let host = url.trim_start_matches("http://").split('/').next().unwrap();
    host.parse().unwrap()
}

fn http(addr: SocketAddr, path: &str, headers: &str) -> String {
    let mut conn = TcpStream::connect(addr).unwrap();
    conn.set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    write!(
        conn,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\n{headers}Connection: close\r\n\r\n"
    )
    .unwrap();
    let mut reply = String::new();
    conn.read_to_string(&mut reply).unwrap();
    reply
}

fn signal(child: &Child, sig: &str) {
    let ok = Command::new("kill")
        .arg(format!("-{sig}"))
        .arg(child.id().to_string())
        .status()
        .unwrap()
        .success();
    assert!(ok, "kill -{sig}");
}

/// Waits for the process to end, at most `secs` seconds.
fn wait(child: &mut Child, secs: u64) -> std::process::ExitStatus {
    let deadline = Instant::now() + Duration::from_secs(secs);
    loop {
        if let Some(st) = child.try_wait().unwrap() {
            return st;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("did not stop within {secs} s");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn rest(rx: &mpsc::Receiver<String>) -> String {
    let mut s = String::new();
    while let Ok(line) = rx.recv_timeout(Duration::from_secs(5)) {
        s.push_str(&line);
        s.push('\n');
    }
    s
}

#[test]
fn a_public_address_needs_a_long_enough_token() {
    let d = tempfile::tempdir().unwrap();
    let db = d.path().join("r.db");
    let o = bin()
        .arg("--db")
        .arg(&db)
        .args(["serve", "--addr", "0.0.0.0:0"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(
        err.contains("0.0.0.0:0") && err.contains("--token") && err.contains("RAPPORT_TOKEN"),
        "{err}"
    );
    let o = bin()
        .arg("--db")
        .arg(&db)
        .args(["serve", "--addr", "0.0.0.0:0"])
        .env("RAPPORT_TOKEN", "short")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("too short"), "{err}");
}

#[cfg(unix)]
#[test]
fn demo_ends_by_serving_the_explorer_and_stops_on_ctrl_c() {
    let d = tempfile::tempdir().unwrap();
    let db = d.path().join("demo.db");
    let (mut child, url, rx) = start(&["demo", "--addr", "127.0.0.1:0"], &db);
    assert!(
        url.starts_with("http://127.0.0.1:") && url.ends_with('/'),
        "{url}"
    );
    let addr = addr_of(&url);
    let stats = http(addr, "/api/stats", "");
    assert!(stats.starts_with("HTTP/1.1 200"), "{stats}");
    assert!(stats.contains("\"documents\":10"), "{stats}");
    let page = http(addr, "/", "");
    assert!(page.contains("<title>rapport explorer</title>"), "{page}");
    let graph = http(addr, "/api/graph", "");
    assert!(graph.contains("\"name\":\"Taliban\""), "{graph}");
    signal(&child, "INT");
    let st = wait(&mut child, 15);
    assert!(st.success(), "{st:?}");
    assert!(rest(&rx).contains("stopped"));
    assert!(TcpStream::connect(addr).is_err(), "the port is closed");
}

#[cfg(unix)]
#[test]
fn serve_with_a_token_on_every_interface() {
    let d = tempfile::tempdir().unwrap();
    let db = d.path().join("r.db");
    let token = "correct-horse-battery-staple";
    let (mut child, url, _rx) = start(&["serve", "--addr", "0.0.0.0:0", "--token", token], &db);
    assert!(url.ends_with(&format!("/?token={token}")), "{url}");
    let port = addr_of(&url).port();
    let addr: SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
    let denied = http(addr, "/api/stats", "");
    assert!(denied.starts_with("HTTP/1.1 401"), "{denied}");
    assert!(denied.contains("\"status\":401"), "{denied}");
    let allowed = http(
        addr,
        "/api/stats",
        &format!("Authorization: Bearer {token}\r\n"),
    );
    assert!(allowed.starts_with("HTTP/1.1 200"), "{allowed}");
    signal(&child, "TERM");
    assert!(wait(&mut child, 15).success());
}
