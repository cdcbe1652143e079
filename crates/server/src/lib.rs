//! `rapport serve`: the JSON API over a store and the web explorer (network,
//! dyad timeline, actor profile, document view, ingest), as one axum service.
//!
//! The explorer is static HTML, CSS and ES modules embedded in the binary
//! (`assets/`); the API is documented in `assets/openapi.json`, served at
//! `/api/openapi.json`. Article text only ever reaches the page as JSON and is
//! inserted as text, never as markup; a strict Content-Security-Policy backs that up.
//!
//! Binds loopback by default. On any other address a token is required
//! (`auth.rs`). Request bodies are capped (64 KiB; 20 MiB for uploads). Ctrl-C
//! (or SIGTERM) stops accepting connections and lets running requests finish.

mod api;
mod assets;
mod auth;
mod error;
mod params;
mod pool;

pub use api::{AppState, IngestResult, MAX_BODY, MAX_UPLOAD};
pub use auth::{loopback_host, Auth, MIN_TOKEN};
pub use error::ApiError;
pub use pool::Pool;

use axum::extract::DefaultBodyLimit;
use axum::routing::get;
use axum::Router;
use rapport_extract::Extractor;
use std::future::Future;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

/// The API's routes, as documented in `openapi.json`: (method, path).
pub const API_ROUTES: &[(&str, &str)] = &[
    ("get", "/api/openapi.json"),
    ("get", "/api/stats"),
    ("get", "/api/documents"),
    ("post", "/api/documents"),
    ("get", "/api/documents/{id}"),
    ("get", "/api/actors"),
    ("get", "/api/actors/{id}"),
    ("get", "/api/claims"),
    ("get", "/api/timeline"),
    ("get", "/api/graph"),
    ("get", "/api/dyads"),
];

/// The OpenAPI description of the API.
pub const OPENAPI: &str = api::OPENAPI;

/// How long running requests may take to finish after Ctrl-C.
const GRACE: Duration = Duration::from_secs(5);

/// The default address: loopback only.
pub const DEFAULT_ADDR: SocketAddr = SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), 8080);

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("{0} is not a loopback address, so the server needs a token: pass --token or set RAPPORT_TOKEN (at least {MIN_TOKEN} characters), or serve on 127.0.0.1")]
    NeedsToken(SocketAddr),
    #[error("the token is too short: use at least {MIN_TOKEN} characters")]
    WeakToken,
    #[error("the token may not contain spaces or control characters")]
    BadToken,
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("cannot open the store at {path}: {message}")]
    Store { path: PathBuf, message: String },
    #[error("cannot load the knowledge base: {0}")]
    Kb(String),
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// What to serve, and where.
#[derive(Debug, Clone)]
pub struct Config {
    pub db: PathBuf,
    pub addr: SocketAddr,
    pub token: Option<String>,
    /// When the port is taken, take any free port on the same address.
    pub any_port_if_busy: bool,
}

/// Where the server listens.
#[derive(Debug, Clone)]
pub struct Bound {
    pub addr: SocketAddr,
    /// The address to open in a browser (with `?token=…` when there is one).
    pub url: String,
}

/// Checks the address and token, and returns the access rules.
pub fn access(addr: SocketAddr, token: Option<&str>) -> Result<Auth, ServeError> {
    let token = token.filter(|t| !t.is_empty());
    if let Some(t) = token {
        if t.chars().count() < MIN_TOKEN {
            return Err(ServeError::WeakToken);
        }
        if t.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(ServeError::BadToken);
        }
    }
    let loopback = addr.ip().is_loopback();
    if !loopback && token.is_none() {
        return Err(ServeError::NeedsToken(addr));
    }
    Ok(Auth::new(token, loopback))
}

/// The explorer and the API over the store at `db`.
pub fn app(db: &std::path::Path, auth: Auth) -> Result<Router, ServeError> {
    let pool = Pool::open(db).map_err(|e| ServeError::Store {
        path: db.to_path_buf(),
        message: e.to_string(),
    })?;
    let extractor = Extractor::embedded().map_err(|e| ServeError::Kb(e.to_string()))?;
    Ok(router(Arc::new(AppState { pool, extractor }), auth))
}

/// The routes, the limits and the guard.
pub fn router(state: Arc<AppState>, auth: Auth) -> Router {
    let api = Router::new()
        .route("/api/openapi.json", get(api::openapi))
        .route("/api/stats", get(api::stats))
        .route(
            "/api/documents",
            get(api::documents)
                .post(api::ingest)
                .layer(DefaultBodyLimit::max(MAX_UPLOAD)),
        )
        .route("/api/documents/{id}", get(api::document))
        .route("/api/actors", get(api::actors))
        .route("/api/actors/{id}", get(api::actor))
        .route("/api/claims", get(api::claims))
        .route("/api/timeline", get(api::timeline))
        .route("/api/graph", get(api::graph))
        .route("/api/dyads", get(api::dyads))
        .with_state(state);
    Router::new()
        .merge(api)
        .route("/", get(assets::index))
        .route("/favicon.svg", get(assets::favicon))
        .route("/assets/{*path}", get(assets::file))
        .fallback(api::not_found)
        .method_not_allowed_fallback(api::method_not_allowed)
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .layer(axum::middleware::from_fn_with_state(
            Arc::new(auth),
            auth::guard,
        ))
}

/// The address to open in a browser.
pub fn url(addr: SocketAddr, token: Option<&str>) -> String {
    let host = match addr.ip() {
        ip if ip.is_unspecified() && ip.is_ipv4() => "127.0.0.1".to_string(),
        ip if ip.is_unspecified() => "[::1]".to_string(),
        IpAddr::V6(ip) => format!("[{ip}]"),
        IpAddr::V4(ip) => ip.to_string(),
    };
    let mut u = format!("http://{host}:{}/", addr.port());
    if let Some(t) = token.filter(|t| !t.is_empty()) {
        u.push_str("?token=");
        for b in t.bytes() {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                u.push(b as char);
            } else {
                u.push_str(&format!("%{b:02X}"));
            }
        }
    }
    u
}

/// Binds `addr`, or any free port on its address when it is taken and
/// `any_port_if_busy` is set.
pub async fn bind(
    addr: SocketAddr,
    any_port_if_busy: bool,
) -> Result<tokio::net::TcpListener, ServeError> {
    match tokio::net::TcpListener::bind(addr).await {
        Ok(l) => Ok(l),
        Err(e) if any_port_if_busy && e.kind() == std::io::ErrorKind::AddrInUse => {
            let any = SocketAddr::new(addr.ip(), 0);
            tokio::net::TcpListener::bind(any)
                .await
                .map_err(|source| ServeError::Bind { addr: any, source })
        }
        Err(source) => Err(ServeError::Bind { addr, source }),
    }
}

/// Serves until `stop` resolves; then lets running requests finish for a few
/// seconds at most.
pub async fn serve(
    listener: tokio::net::TcpListener,
    app: Router,
    stop: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let (tx, mut rx) = tokio::sync::watch::channel(false);
    let server = axum::serve(listener, app).with_graceful_shutdown(async move {
        stop.await;
        let _ = tx.send(true);
    });
    tokio::select! {
        r = server => r,
        _ = async {
            let _ = rx.wait_for(|stopped| *stopped).await;
            tokio::time::sleep(GRACE).await;
        } => Ok(()),
    }
}

/// Resolves on Ctrl-C, or SIGTERM on Unix.
pub async fn stop_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}

/// Serves the explorer until Ctrl-C: checks access, opens the store, binds,
/// calls `ready` with the address, and blocks.
pub fn run(config: Config, ready: impl FnOnce(&Bound)) -> Result<(), ServeError> {
    let auth = access(config.addr, config.token.as_deref())?;
    let app = app(&config.db, auth)?;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    rt.block_on(async {
        let listener = bind(config.addr, config.any_port_if_busy).await?;
        let addr = listener.local_addr()?;
        ready(&Bound {
            addr,
            url: url(addr, config.token.as_deref()),
        });
        serve(listener, app, stop_signal()).await?;
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn access_rules() {
        let lo: SocketAddr = "127.0.0.1:8080".parse().unwrap();
        let all: SocketAddr = "0.0.0.0:8080".parse().unwrap();
        assert!(access(lo, None).is_ok());
        assert!(matches!(access(all, None), Err(ServeError::NeedsToken(_))));
        assert!(matches!(
            access(all, Some("")),
            Err(ServeError::NeedsToken(_))
        ));
        assert!(matches!(
            access(all, Some("short")),
            Err(ServeError::WeakToken)
        ));
        assert!(matches!(
            access(all, Some("sixteen chars or more")),
            Err(ServeError::BadToken)
        ));
        let a = access(all, Some("sixteen-chars-or-more")).unwrap();
        assert!(a.has_token() && !a.loopback);
        let msg = ServeError::NeedsToken(all).to_string();
        assert!(
            msg.contains("--token") && msg.contains("RAPPORT_TOKEN"),
            "{msg}"
        );
    }

    #[test]
    fn urls() {
        assert_eq!(
            url("127.0.0.1:8080".parse().unwrap(), None),
            "http://127.0.0.1:8080/"
        );
        assert_eq!(url("[::1]:80".parse().unwrap(), None), "http://[::1]:80/");
        assert_eq!(
            url("0.0.0.0:9000".parse().unwrap(), Some("a+b/c")),
            "http://127.0.0.1:9000/?token=a%2Bb%2Fc"
        );
    }
}
