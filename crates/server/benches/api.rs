//! API latency on a synthetic store of 12,000 claims (1,000 documents, 240
//! actors), built through the real `Store::ingest`: the graph (all time, as of a
//! date, a filtered range) and the dyad timeline (the busiest pair and a typical
//! one), each request through the whole router (guard, parameters, the query on
//! the blocking pool, JSON).
//!
//! First a latency pass prints p50 / p95 / p99 / max over 300 requests per
//! endpoint (after 20 warm-up requests), then criterion measures the same
//! requests. `cargo bench -p rapport-server --bench api`.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use axum::Router;
use criterion::Criterion;
use rapport_model::*;
use rapport_server::{app, Auth};
use rapport_store::Store;
use std::path::Path;
use std::time::{Duration, Instant};
use tower::ServiceExt;

const DOCS: usize = 1_000;
const CLAIMS_PER_DOC: usize = 12;
const ACTORS: usize = 240;

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545F4914F6CDD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// Skewed towards 0, so that some actors and pairs are busy.
    fn skewed(&mut self, n: usize) -> usize {
        let u = (self.next() % 1_000_000) as f64 / 1_000_000.0;
        ((u * u * u) * n as f64) as usize
    }
}

fn kind_of(i: usize) -> ActorKind {
    match i % 8 {
        0 | 1 => ActorKind::Country,
        2 | 3 => ActorKind::ArmedGroup,
        4 => ActorKind::StateOrgan,
        5 => ActorKind::Person,
        6 => ActorKind::Igo,
        _ => ActorKind::Organization,
    }
}

fn build(db: &Path) -> usize {
    let mut store = Store::open(db).unwrap();
    let mut rng = Rng(0x9E3779B97F4A7C15);
    let mut total = 0;
    for d in 0..DOCS {
        let mut text = format!("Synthetic report {d}.\n\n");
        let mut actors: Vec<Actor> = Vec::new();
        let mut claims = Vec::new();
        let mut actor_ids = std::collections::HashSet::new();
        let mut add_actor = |actors: &mut Vec<Actor>, i: usize, at: Span| {
            let id = format!("actor-{i}");
            if actor_ids.insert(id.clone()) {
                actors.push(Actor {
                    id: id.clone(),
                    name: format!("Actor {i}"),
                    kind: kind_of(i),
                    aliases: vec![format!("A{i}"), format!("the actor {i}")],
                    country: None,
                    parent: None,
                    anonymous: false,
                    pseudonym: false,
                    description: None,
                    mentions: vec![at],
                });
            }
            id
        };
        let anon = Actor {
            id: "source".into(),
            name: "an official".into(),
            kind: ActorKind::Person,
            aliases: vec![],
            country: None,
            parent: None,
            anonymous: true,
            pseudonym: false,
            description: Some("an official".into()),
            mentions: vec![Span::new(0, 9)],
        };
        actors.push(anon);
        for c in 0..CLAIMS_PER_DOC {
            let s = rng.skewed(ACTORS);
            let mut t = rng.skewed(ACTORS);
            if t == s {
                t = (t + 1) % ACTORS;
            }
            let start = text.len();
            text.push_str(&format!(
                "Actor {s} did something to Actor {t}, a source said, in a sentence long enough to look like news. "
            ));
            let ev = Span::new(start, text.len() - 1);
            let src = add_actor(&mut actors, s, Span::new(start, start + 7));
            let tgt = add_actor(&mut actors, t, Span::new(start + 25, start + 32));
            let year = 1990 + rng.below(33) as i32;
            let time = match rng.below(10) {
                0 | 1 => None,
                2 | 3 => Some(Time::point(PartialDate::year(year), "that year")),
                4..=6 => Some(Time::point(
                    PartialDate::month(year, 1 + rng.below(12) as u8),
                    "that month",
                )),
                7 | 8 => Some(Time::point(
                    PartialDate::day(year, 1 + rng.below(12) as u8, 1 + rng.below(28) as u8),
                    "that day",
                )),
                _ => Some(Time {
                    start: Some(PartialDate::year(year)),
                    end: Some(PartialDate::year(year + 1 + rng.below(5) as i32)),
                    text: Some("for years".into()),
                }),
            };
            let by = match rng.below(4) {
                0 => Source::Actor("source".into()),
                1 => Source::Actor(src.clone()),
                2 => Source::Reports,
                _ => Source::Author,
            };
            claims.push(Claim {
                id: format!("c{c}"),
                kind: ClaimType::ALL[rng.below(ClaimType::ALL.len())],
                mode: vec![],
                role: None,
                source: src,
                target: Some(tgt),
                time,
                location: None,
                status: Status::Actual,
                certainty: [
                    Certainty::Asserted,
                    Certainty::Asserted,
                    Certainty::Probable,
                    Certainty::Possible,
                ][rng.below(4)],
                polarity: if rng.below(10) == 0 {
                    Polarity::Negative
                } else {
                    Polarity::Positive
                },
                attribution: Attribution {
                    by,
                    cue: Some("said".into()),
                },
                evidence: vec![ev],
                confidence: 0.7,
            });
        }
        total += claims.len();
        let rec = Record {
            doc: DocMeta {
                id: format!("doc-{d}"),
                title: Some(format!("Synthetic report {d}")),
                sha256: format!("sha-{d}"),
                published: Some(PartialDate::year(2000 + (d % 23) as i32)),
                ..Default::default()
            },
            actors,
            claims,
            text: None,
        };
        store.ingest(&rec, &text).unwrap();
    }
    total
}

async fn call(app: &Router, uri: &str) -> usize {
    let req = Request::builder()
        .uri(uri)
        .header("host", "127.0.0.1:8080")
        .body(Body::empty())
        .unwrap();
    let res = app.clone().oneshot(req).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK, "{uri}");
    axum::body::to_bytes(res.into_body(), usize::MAX)
        .await
        .unwrap()
        .len()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[i]
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("bench.db");
    let t = Instant::now();
    let claims = build(&db);
    let (pairs, stats) = {
        let s = Store::open(&db).unwrap();
        (s.dyads(200).unwrap(), s.stats().unwrap())
    };
    println!(
        "synthetic store: {} documents, {} actors, {claims} claims, built through Store::ingest in {:.1} s",
        stats.documents,
        stats.actors,
        t.elapsed().as_secs_f64()
    );
    assert!(claims >= 10_000);
    let busiest = &pairs[0];
    let typical = &pairs[pairs.len() / 2];
    let endpoints = [
        ("graph, all time".to_string(), "/api/graph".to_string()),
        (
            "graph, as of 2010-06".into(),
            "/api/graph?at=2010-06".into(),
        ),
        (
            "graph, 2005–2015, AID+ASSAULT, no anonymous".into(),
            "/api/graph?from=2005&to=2015&type=AID,ASSAULT&exclude_anonymous=true".into(),
        ),
        (
            format!("timeline, busiest pair ({} claims)", busiest.claims),
            format!("/api/timeline?a={}&b={}", busiest.a, busiest.b),
        ),
        (
            format!("timeline, typical pair ({} claims)", typical.claims),
            format!("/api/timeline?a={}&b={}", typical.a, typical.b),
        ),
    ];
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let router = app(&db, Auth::open(true)).unwrap();

    println!(
        "\n{:<48} {:>8} {:>9} {:>9} {:>9} {:>9}",
        "endpoint (300 requests)", "bytes", "p50 ms", "p95 ms", "p99 ms", "max ms"
    );
    for (name, uri) in &endpoints {
        let mut times = Vec::with_capacity(300);
        let mut bytes = 0;
        rt.block_on(async {
            for _ in 0..20 {
                call(&router, uri).await;
            }
            for _ in 0..300 {
                let t = Instant::now();
                bytes = call(&router, uri).await;
                times.push(t.elapsed());
            }
        });
        times.sort();
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        println!(
            "{name:<48} {bytes:>8} {:>9.2} {:>9.2} {:>9.2} {:>9.2}",
            ms(percentile(&times, 0.50)),
            ms(percentile(&times, 0.95)),
            ms(percentile(&times, 0.99)),
            ms(*times.last().unwrap())
        );
    }
    println!();

    let mut c = Criterion::default()
        .sample_size(30)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    let mut group = c.benchmark_group("api");
    for (name, uri) in &endpoints {
        group.bench_function(name.as_str(), |b| {
            b.iter(|| rt.block_on(call(&router, uri)))
        });
    }
    group.finish();
    c.final_summary();
}
