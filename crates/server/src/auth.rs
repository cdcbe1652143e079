//! Who may talk to the server.
//!
//! - On a loopback address, requests must name a loopback host (`Host:
//!   localhost:8080`, `127.0.0.1`, `[::1]`), which defeats DNS rebinding.
//! - With a token, every request carries it: `Authorization: Bearer TOKEN`, or the
//!   session cookie set when the browser first opens `/?token=TOKEN`. Tokens are
//!   compared in constant time (SHA-256 of both sides, then `subtle`).
//! - Writes (`POST`) must come from the explorer itself: a cross-site `Origin` or
//!   `Sec-Fetch-Site: cross-site` is refused.
//! - Every response carries a strict Content-Security-Policy and friends.

use crate::error::ApiError;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};
use std::sync::Arc;
use subtle::ConstantTimeEq;

/// The shortest token accepted.
pub const MIN_TOKEN: usize = 16;

const COOKIE: &str = "rapport_session";

pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

#[derive(Clone)]
pub struct Auth {
    /// SHA-256 of the token.
    token: Option<[u8; 32]>,
    /// The session cookie's value: SHA-256 of a label and the token, in hex.
    session: Option<String>,
    /// Bound to a loopback address: check the Host header.
    pub loopback: bool,
}

fn sha(data: &[u8]) -> [u8; 32] {
    Sha256::digest(data).into()
}

impl Auth {
    pub fn new(token: Option<&str>, loopback: bool) -> Auth {
        Auth {
            token: token.map(|t| sha(t.as_bytes())),
            session: token.map(|t| {
                sha(format!("rapport-session\0{t}").as_bytes())
                    .iter()
                    .map(|b| format!("{b:02x}"))
                    .collect()
            }),
            loopback,
        }
    }

    /// No token: anyone who can reach the address may use it.
    pub fn open(loopback: bool) -> Auth {
        Auth::new(None, loopback)
    }

    pub fn has_token(&self) -> bool {
        self.token.is_some()
    }

    fn token_ok(&self, given: &str) -> bool {
        match &self.token {
            Some(want) => bool::from(sha(given.as_bytes()).ct_eq(want)),
            None => true,
        }
    }

    fn session_ok(&self, given: &str) -> bool {
        match &self.session {
            Some(want) => bool::from(given.as_bytes().ct_eq(want.as_bytes())),
            None => true,
        }
    }

    fn authorised(&self, headers: &HeaderMap) -> bool {
        if self.token.is_none() {
            return true;
        }
        let bearer = headers
            .get_all(header::AUTHORIZATION)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .filter_map(|v| v.strip_prefix("Bearer "))
            .any(|t| self.token_ok(t.trim()));
        bearer
            || cookies(headers)
                .filter(|(k, _)| *k == COOKIE)
                .any(|(_, v)| self.session_ok(v))
    }
}

fn cookies(headers: &HeaderMap) -> impl Iterator<Item = (&str, &str)> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
}

/// Whether a Host header names this machine's loopback interface.
pub fn loopback_host(host: &str) -> bool {
    let name = if let Some(rest) = host.strip_prefix('[') {
        rest.split(']').next().unwrap_or("")
    } else {
        host.rsplit_once(':').map_or(host, |(h, _)| h)
    };
    name.eq_ignore_ascii_case("localhost")
        || name
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

fn api_or_text(path: &str, status: StatusCode, message: &str) -> Response {
    if path.starts_with("/api") {
        ApiError::new(status, message).into_response()
    } else {
        let mut r = (status, message.to_string()).into_response();
        r.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/plain; charset=utf-8"),
        );
        r
    }
}

/// The token from `?token=…`, and the rest of the query string.
fn split_token(query: &str) -> (Option<String>, String) {
    let mut token = None;
    let mut rest = Vec::new();
    for part in query.split('&').filter(|p| !p.is_empty()) {
        match part.strip_prefix("token=") {
            Some(t) => token = Some(percent_decode(t)),
            None => rest.push(part),
        }
    }
    (token, rest.join("&"))
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let hex = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' if i + 2 < b.len() => match (hex(b[i + 1]), hex(b[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The guard in front of every route.
pub async fn guard(State(auth): State<Arc<Auth>>, req: Request, next: Next) -> Response {
    let path = req.uri().path().to_string();
    let headers = req.headers();
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("")
        .to_string();
    if auth.loopback && !loopback_host(&host) {
        return secure(api_or_text(
            &path,
            StatusCode::MISDIRECTED_REQUEST,
            &format!("host {host:?} is not this machine's loopback address; open the explorer at the address `rapport serve` printed"),
        ));
    }
    if auth.has_token() {
        // a first visit with ?token=… sets the session cookie and drops the token from the address
        if let Some(query) = req.uri().query() {
            let (given, rest) = split_token(query);
            if let Some(given) = given {
                if !auth.token_ok(&given) {
                    return secure(api_or_text(
                        &path,
                        StatusCode::UNAUTHORIZED,
                        "the token is wrong",
                    ));
                }
                let to = if rest.is_empty() {
                    path.clone()
                } else {
                    format!("{path}?{rest}")
                };
                let mut r = StatusCode::SEE_OTHER.into_response();
                if let Ok(v) = HeaderValue::from_str(&to) {
                    r.headers_mut().insert(header::LOCATION, v);
                }
                let cookie = format!(
                    "{COOKIE}={}; Path=/; HttpOnly; SameSite=Strict",
                    auth.session.as_deref().unwrap_or("")
                );
                if let Ok(v) = HeaderValue::from_str(&cookie) {
                    r.headers_mut().insert(header::SET_COOKIE, v);
                }
                return secure(r);
            }
        }
        if !auth.authorised(headers) {
            return secure(api_or_text(
                &path,
                StatusCode::UNAUTHORIZED,
                "this server needs a token: send `Authorization: Bearer TOKEN`, or open the address `rapport serve` printed (it ends in ?token=…)",
            ));
        }
    }
    if req.method() != Method::GET && req.method() != Method::HEAD {
        let cross_site = headers
            .get("sec-fetch-site")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v == "cross-site");
        let origin_ok = match headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
            None => true,
            Some(o) => {
                o.strip_prefix("http://")
                    .or_else(|| o.strip_prefix("https://"))
                    == Some(host.as_str())
            }
        };
        if cross_site || !origin_ok {
            return secure(api_or_text(
                &path,
                StatusCode::FORBIDDEN,
                "cross-site requests may not change the store",
            ));
        }
    }
    secure(next.run(req).await)
}

/// Adds the security headers.
pub fn secure(mut r: Response) -> Response {
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("no-store"));
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_hosts() {
        for h in [
            "localhost",
            "localhost:8080",
            "127.0.0.1:80",
            "127.1.2.3",
            "[::1]:8080",
            "LOCALHOST",
        ] {
            assert!(loopback_host(h), "{h}");
        }
        for h in [
            "",
            "evil.example:8080",
            "10.0.0.1",
            "[fe80::1]:80",
            "localhost.evil.example",
        ] {
            assert!(!loopback_host(h), "{h}");
        }
    }

    #[test]
    fn tokens_and_sessions() {
        let a = Auth::new(Some("correct horse battery"), false);
        assert!(a.token_ok("correct horse battery"));
        assert!(!a.token_ok("correct horse batterx"));
        assert!(!a.token_ok(""));
        let mut h = HeaderMap::new();
        assert!(!a.authorised(&h));
        h.insert(
            header::AUTHORIZATION,
            HeaderValue::from_static("Bearer correct horse battery"),
        );
        assert!(a.authorised(&h));
        let mut h = HeaderMap::new();
        let cookie = format!("x=1; {COOKIE}={}", a.session.clone().unwrap());
        h.insert(header::COOKIE, HeaderValue::from_str(&cookie).unwrap());
        assert!(a.authorised(&h));
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("rapport_session=00"),
        );
        assert!(!a.authorised(&h));
        assert!(Auth::open(true).authorised(&HeaderMap::new()));
    }

    #[test]
    fn token_in_the_query() {
        assert_eq!(
            split_token("a=1&token=ab%2Bc&b=2"),
            (Some("ab+c".into()), "a=1&b=2".into())
        );
        assert_eq!(split_token("a=1"), (None, "a=1".into()));
        assert_eq!(percent_decode("x%2"), "x%2");
        assert_eq!(percent_decode("%41+%zz"), "A %zz");
    }
}
