//! The JSON API against a temporary store: every route, its filters, its
//! errors, the access rules and limits, and the real server's shutdown.

use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use axum::Router;
use rapport_model::*;
use rapport_server::{app, Auth, API_ROUTES, OPENAPI};
use rapport_store::Store;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use tower::ServiceExt;

const ALPHA: &str = "Café talk. Tehran sent rockets to the Houthis in March 2015. An official said Iran may train them. Iran did not fund Hamas.";
const BETA: &str =
    "Amin says Tehran armed the Houthis in 2015 — again. Khamenei has led Iran since 1989.";

fn span(text: &str, needle: &str) -> Span {
    let s = text.find(needle).expect(needle);
    Span::new(s, s + needle.len())
}

fn actor(id: &str, name: &str, kind: ActorKind, aliases: &[&str]) -> Actor {
    Actor {
        id: id.into(),
        name: name.into(),
        kind,
        aliases: aliases.iter().map(|s| s.to_string()).collect(),
        country: None,
        parent: None,
        anonymous: false,
        pseudonym: false,
        description: None,
        mentions: vec![Span::new(0, 1)],
    }
}

#[allow(clippy::too_many_arguments)]
fn claim(
    id: &str,
    kind: ClaimType,
    s: &str,
    t: Option<&str>,
    time: Option<(Option<&str>, Option<&str>)>,
    by: Source,
    ev: Span,
) -> Claim {
    Claim {
        id: id.into(),
        kind,
        mode: vec![],
        role: None,
        source: s.into(),
        target: t.map(Into::into),
        time: time.map(|(a, b)| Time {
            start: a.map(|x| PartialDate::parse(x).unwrap()),
            end: b.map(|x| PartialDate::parse(x).unwrap()),
            text: Some("in March 2015".into()),
        }),
        location: None,
        status: Status::Actual,
        certainty: Certainty::Asserted,
        polarity: Polarity::Positive,
        attribution: Attribution { by, cue: None },
        evidence: vec![ev],
        confidence: 0.8,
    }
}

/// Two hand-made documents with known claims.
fn fixture(dir: &Path) -> PathBuf {
    let db = dir.join("api.db");
    let mut store = Store::open(&db).unwrap();
    let mut official = actor("official", "An official", ActorKind::Person, &[]);
    official.anonymous = true;
    official.description = Some("an official".into());
    let mut c1 = claim(
        "c1",
        ClaimType::Aid,
        "iran",
        Some("houthis"),
        Some((Some("2015-03"), Some("2015-03"))),
        Source::Author,
        span(ALPHA, "Tehran sent rockets to the Houthis in March 2015."),
    );
    c1.mode = vec![Mode::Weapons];
    let mut c2 = claim(
        "c2",
        ClaimType::Aid,
        "iran",
        Some("houthis"),
        None,
        Source::Actor("official".into()),
        span(ALPHA, "An official said Iran may train them."),
    );
    c2.certainty = Certainty::Possible;
    c2.mode = vec![Mode::Training];
    c2.attribution.cue = Some("said".into());
    let mut c3 = claim(
        "c3",
        ClaimType::Aid,
        "iran",
        Some("hamas"),
        Some((Some("2014"), Some("2016"))),
        Source::Document,
        span(ALPHA, "Iran did not fund Hamas."),
    );
    c3.polarity = Polarity::Negative;
    let alpha = Record {
        doc: DocMeta {
            id: "alpha".into(),
            title: Some("Alpha <b>story</b>".into()),
            sha256: "sha-alpha".into(),
            published: Some(PartialDate::month(2017, 1)),
            ..Default::default()
        },
        actors: vec![
            actor(
                "iran",
                "Iran",
                ActorKind::Country,
                &["Tehran", "Iranian officials"],
            ),
            actor(
                "houthis",
                "Houthis",
                ActorKind::ArmedGroup,
                &["Ansar Allah"],
            ),
            actor("hamas", "Hamas", ActorKind::ArmedGroup, &[]),
            official,
        ],
        claims: vec![c1, c2, c3],
        text: None,
    };
    store.ingest(&alpha, ALPHA).unwrap();
    let mut amin = actor("amin", "Mawlawi Amin", ActorKind::Person, &["Amin"]);
    amin.pseudonym = true;
    let mut lead = claim(
        "c2",
        ClaimType::Leads,
        "khamenei",
        Some("iran"),
        Some((Some("1989"), None)),
        Source::Author,
        span(BETA, "Khamenei has led Iran since 1989."),
    );
    lead.role = Some("supreme leader".into());
    let beta = Record {
        doc: DocMeta {
            id: "beta".into(),
            title: Some("Beta".into()),
            sha256: "sha-beta".into(),
            published: Some(PartialDate::year(2018)),
            ..Default::default()
        },
        actors: vec![
            actor("iran", "Iran", ActorKind::Country, &["Tehran"]),
            actor("houthis", "Houthis", ActorKind::ArmedGroup, &[]),
            actor("khamenei", "Ali Khamenei", ActorKind::Person, &["Khamenei"]),
            amin,
        ],
        claims: vec![
            claim(
                "c1",
                ClaimType::Aid,
                "iran",
                Some("houthis"),
                Some((Some("2015"), Some("2015"))),
                Source::Actor("amin".into()),
                span(BETA, "Amin says Tehran armed the Houthis in 2015 — again."),
            ),
            lead,
        ],
        text: None,
    };
    store.ingest(&beta, BETA).unwrap();
    db
}

struct Api {
    app: Router,
    _dir: tempfile::TempDir,
}

fn api() -> Api {
    let dir = tempfile::tempdir().unwrap();
    let db = fixture(dir.path());
    Api {
        app: app(&db, Auth::open(true)).unwrap(),
        _dir: dir,
    }
}

struct Reply {
    status: StatusCode,
    headers: HeaderMap,
    body: Vec<u8>,
}

impl Reply {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }
    fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }
}

async fn send(
    app: &Router,
    method: &str,
    uri: &str,
    headers: &[(&str, &str)],
    body: Vec<u8>,
) -> Reply {
    let mut req = Request::builder().method(method).uri(uri);
    if !headers.iter().any(|(k, _)| k.eq_ignore_ascii_case("host")) {
        req = req.header("host", "127.0.0.1:8080");
    }
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let res = app
        .clone()
        .oneshot(req.body(Body::from(body)).unwrap())
        .await
        .unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let body = axum::body::to_bytes(res.into_body(), usize::MAX)
        .await
        .unwrap()
        .to_vec();
    Reply {
        status,
        headers,
        body,
    }
}

async fn get(app: &Router, uri: &str) -> Reply {
    send(app, "GET", uri, &[], Vec::new()).await
}

async fn ok(app: &Router, uri: &str) -> Value {
    let r = get(app, uri).await;
    assert_eq!(
        r.status,
        StatusCode::OK,
        "{uri}: {}",
        String::from_utf8_lossy(&r.body)
    );
    assert!(
        r.header("content-type").starts_with("application/json"),
        "{uri}"
    );
    r.json()
}

/// An error answer: the status, and a JSON body with the same status and a message.
async fn fails(app: &Router, method: &str, uri: &str, status: u16, body: Vec<u8>) -> String {
    let r = send(app, method, uri, &[], body).await;
    assert_eq!(
        r.status.as_u16(),
        status,
        "{uri}: {}",
        String::from_utf8_lossy(&r.body)
    );
    let j = r.json();
    assert_eq!(j["status"], status, "{j}");
    j["message"].as_str().expect("a message").to_string()
}

fn ids(v: &Value, key: &str) -> Vec<String> {
    v["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            c[key]
                .as_str()
                .map(String::from)
                .unwrap_or_else(|| c[key].to_string())
        })
        .collect()
}

#[tokio::test]
async fn openapi_documents_every_route_and_every_route_answers() {
    let a = api();
    let doc: Value = serde_json::from_str(OPENAPI).unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    let mut documented = BTreeSet::new();
    for (path, ops) in doc["paths"].as_object().unwrap() {
        for method in ops.as_object().unwrap().keys() {
            documented.insert((method.clone(), path.clone()));
        }
    }
    let mounted: BTreeSet<_> = API_ROUTES
        .iter()
        .map(|(m, p)| (m.to_string(), p.to_string()))
        .collect();
    assert_eq!(documented, mounted);
    // every $ref resolves
    let text = OPENAPI;
    for part in text.split("\"$ref\": \"#/components/schemas/").skip(1) {
        let name = part.split('"').next().unwrap();
        assert!(
            doc["components"]["schemas"][name].is_object(),
            "missing schema {name}"
        );
    }
    assert_eq!(ok(&a.app, "/api/openapi.json").await, doc);
    for (m, p) in API_ROUTES {
        if *m != "get" {
            continue;
        }
        let uri = p
            .replace("/api/documents/{id}", "/api/documents/alpha")
            .replace("{id}", "iran")
            + if *p == "/api/timeline" {
                "?a=iran&b=houthis"
            } else {
                ""
            };
        ok(&a.app, &uri).await;
    }
}

#[tokio::test]
async fn claims_carry_spans_time_attribution_certainty_status_polarity() {
    let a = api();
    let v = ok(&a.app, "/api/claims?actor=Tehran&limit=100").await;
    assert_eq!(v["total"], 5);
    let items = v["items"].as_array().unwrap();
    // event-time order, undated last: 1989.., 2014..2016, 2015, 2015-03, undated
    let times: Vec<Value> = items.iter().map(|c| c["time"]["start"].clone()).collect();
    assert_eq!(
        times,
        vec![
            "1989".into(),
            "2014".into(),
            "2015".into(),
            "2015-03".into(),
            Value::Null
        ]
    );
    assert_eq!(items[0]["time"]["precision"], "interval");
    assert_eq!(items[0]["role"], "supreme leader");
    let c1 = items
        .iter()
        .find(|c| c["time"]["start"] == "2015-03")
        .unwrap();
    let ev = span(ALPHA, "Tehran sent rockets to the Houthis in March 2015.");
    assert_eq!(
        c1["evidence"],
        serde_json::json!([{"start": ev.start, "end": ev.end}])
    );
    assert_eq!(
        ev.start,
        "Café talk. ".len(),
        "a byte offset, after a two-byte é"
    );
    assert_eq!(
        c1["excerpt"],
        "Tehran sent rockets to the Houthis in March 2015."
    );
    assert_eq!(c1["time"]["end"], "2015-03");
    assert_eq!(c1["time"]["precision"], "month");
    assert_eq!(c1["time"]["text"], "in March 2015");
    assert_eq!(c1["type"], "AID");
    assert_eq!(c1["mode"], serde_json::json!(["weapons"]));
    assert_eq!(c1["source"]["name"], "Iran");
    assert_eq!(c1["target"]["id"], "houthis");
    assert_eq!(c1["attribution"]["by"], "author");
    assert_eq!(c1["attribution"]["kind"], "author");
    assert_eq!(
        (
            c1["status"].as_str(),
            c1["certainty"].as_str(),
            c1["polarity"].as_str()
        ),
        (Some("actual"), Some("asserted"), Some("positive"))
    );
    assert_eq!(c1["document"]["id"], "alpha");
    assert_eq!(c1["tone"], 1.0);

    let anon = &items[4];
    assert_eq!(anon["time"], Value::Null);
    assert_eq!(anon["certainty"], "possible");
    assert_eq!(anon["attribution"]["kind"], "anonymous");
    assert_eq!(anon["attribution"]["by"], "alpha/official");
    assert_eq!(anon["attribution"]["cue"], "said");
    assert_eq!(anon["attribution"]["actor"]["anonymous"], true);
    assert_eq!(anon["attribution"]["actor"]["description"], "an official");

    let pseudo = &items[2];
    assert_eq!(pseudo["time"]["precision"], "year");
    assert_eq!(pseudo["attribution"]["kind"], "pseudonymous");
    assert_eq!(pseudo["attribution"]["actor"]["pseudonym"], true);
    assert_eq!(
        pseudo["excerpt"],
        "Amin says Tehran armed the Houthis in 2015 — again."
    );

    let neg = &items[1];
    assert_eq!(neg["polarity"], "negative");
    assert_eq!(neg["time"]["precision"], "interval");
    assert_eq!(neg["attribution"]["kind"], "document");
    assert_eq!(neg["target"]["name"], "Hamas");
}

#[tokio::test]
async fn claim_filters_and_pages() {
    let a = api();
    let n = |v: Value| v["total"].as_i64().unwrap();
    let app = &a.app;
    assert_eq!(n(ok(app, "/api/claims").await), 5);
    assert_eq!(
        n(ok(app, "/api/claims?actor=iran&other=Ansar%20Allah").await),
        3,
        "a pair, by alias"
    );
    assert_eq!(n(ok(app, "/api/claims?type=leads").await), 1);
    assert_eq!(n(ok(app, "/api/claims?type=AID&type=LEADS").await), 5);
    assert_eq!(n(ok(app, "/api/claims?type=AID,LEADS").await), 5);
    // time: the year 2015 overlaps 2015-03, 2015, 2014..2016, and the open 1989.. interval
    assert_eq!(n(ok(app, "/api/claims?from=2015-06&to=2015-12").await), 3);
    assert_eq!(
        n(ok(app, "/api/claims?from=2015-03-10&to=2015-03-10").await),
        4
    );
    assert_eq!(n(ok(app, "/api/claims?to=2000").await), 1);
    assert_eq!(n(ok(app, "/api/claims?at=2000").await), 1);
    assert_eq!(n(ok(app, "/api/claims?to=2000&undated=include").await), 2);
    assert_eq!(n(ok(app, "/api/claims?undated=only").await), 1);
    assert_eq!(n(ok(app, "/api/claims?undated=exclude").await), 4);
    assert_eq!(
        n(ok(app, "/api/claims?certainty=possible,probable").await),
        1
    );
    assert_eq!(n(ok(app, "/api/claims?status=actual").await), 5);
    assert_eq!(n(ok(app, "/api/claims?polarity=negative").await), 1);
    assert_eq!(
        n(ok(app, "/api/claims?attribution=anonymous,pseudonymous").await),
        2
    );
    assert_eq!(n(ok(app, "/api/claims?attribution=author").await), 2);
    assert_eq!(n(ok(app, "/api/claims?exclude_anonymous=true").await), 4);
    assert_eq!(n(ok(app, "/api/claims?document=beta").await), 2);
    // pages
    let p1 = ok(app, "/api/claims?limit=2").await;
    assert_eq!(
        (
            p1["items"].as_array().unwrap().len(),
            p1["next_offset"].as_i64()
        ),
        (2, Some(2))
    );
    let p3 = ok(app, "/api/claims?limit=2&offset=4").await;
    assert_eq!(
        (
            p3["items"].as_array().unwrap().len(),
            p3["next_offset"].clone()
        ),
        (1, Value::Null)
    );
    let all: Vec<String> = ids(&ok(app, "/api/claims").await, "id");
    let mut pages = Vec::new();
    for o in [0, 2, 4] {
        pages.extend(ids(
            &ok(app, &format!("/api/claims?limit=2&offset={o}")).await,
            "id",
        ));
    }
    assert_eq!(pages, all, "pages join up to the whole list");
}

#[tokio::test]
async fn errors_are_json_and_name_the_bad_item() {
    let a = api();
    let app = &a.app;
    let m = fails(app, "GET", "/api/claims?type=AIDS", 400, vec![]).await;
    assert!(
        m.starts_with("type: unknown value \"AIDS\"") && m.contains("ASSAULT"),
        "{m}"
    );
    let m = fails(app, "GET", "/api/claims?colour=red", 400, vec![]).await;
    assert!(m.contains("\"colour\"") && m.contains("actor"), "{m}");
    let m = fails(app, "GET", "/api/claims?actor=Narnia", 404, vec![]).await;
    assert!(m.starts_with("actor: no actor called \"Narnia\""), "{m}");
    let m = fails(app, "GET", "/api/claims?from=2015-13", 400, vec![]).await;
    assert!(m.starts_with("from: not an ISO date"), "{m}");
    let m = fails(app, "GET", "/api/claims?from=2017&to=2016", 400, vec![]).await;
    assert!(m.contains("after"), "{m}");
    let m = fails(app, "GET", "/api/claims?limit=0", 400, vec![]).await;
    assert!(m.starts_with("limit:"), "{m}");
    let m = fails(app, "GET", "/api/claims?limit=x", 400, vec![]).await;
    assert!(m.starts_with("limit: not a whole number"), "{m}");
    let m = fails(app, "GET", "/api/claims?offset=-1", 400, vec![]).await;
    assert!(m.starts_with("offset:"), "{m}");
    let m = fails(app, "GET", "/api/claims?other=iran", 400, vec![]).await;
    assert!(m.starts_with("other: needs actor"), "{m}");
    let m = fails(
        app,
        "GET",
        "/api/claims?exclude_anonymous=perhaps",
        400,
        vec![],
    )
    .await;
    assert!(m.starts_with("exclude_anonymous:"), "{m}");
    let m = fails(app, "GET", "/api/claims?undated=sometimes", 400, vec![]).await;
    assert!(m.starts_with("undated:"), "{m}");
    let m = fails(app, "GET", "/api/graph?at=2015&from=2014", 400, vec![]).await;
    assert!(m.starts_with("at:"), "{m}");
    let m = fails(app, "GET", "/api/graph?max_nodes=5000", 400, vec![]).await;
    assert!(m.starts_with("max_nodes:"), "{m}");
    let m = fails(app, "GET", "/api/timeline?a=iran", 400, vec![]).await;
    assert!(m.starts_with("b: missing"), "{m}");
    let m = fails(app, "GET", "/api/timeline?a=iran&b=Atlantis", 404, vec![]).await;
    assert!(m.starts_with("b: no actor called \"Atlantis\""), "{m}");
    let m = fails(app, "GET", "/api/actors?kind=planet", 400, vec![]).await;
    assert!(m.starts_with("kind: unknown"), "{m}");
    let m = fails(app, "GET", "/api/actors/nobody-at-all", 404, vec![]).await;
    assert!(m.contains("nobody-at-all"), "{m}");
    let m = fails(app, "GET", "/api/documents/999", 404, vec![]).await;
    assert!(m.contains("\"999\""), "{m}");
    let m = fails(app, "GET", "/api/claims?document=nope", 404, vec![]).await;
    assert!(m.starts_with("document:"), "{m}");
    let m = fails(app, "GET", "/api/nothing-here", 404, vec![]).await;
    assert!(m.contains("/api/nothing-here"), "{m}");
    let m = fails(app, "DELETE", "/api/claims", 405, vec![]).await;
    assert!(m.contains("DELETE"), "{m}");
    let m = fails(app, "GET", "/assets/js/missing.js", 404, vec![]).await;
    assert!(m.contains("missing.js"), "{m}");
}

#[tokio::test]
async fn dyad_timeline_orders_claims_with_undated_last() {
    let a = api();
    let v = ok(&a.app, "/api/timeline?a=Ansar%20Allah&b=Tehran").await;
    assert_eq!(v["a"]["id"], "houthis");
    assert_eq!(v["b"]["name"], "Iran");
    assert_eq!(
        (
            v["dated"].as_i64(),
            v["undated"].as_i64(),
            v["total"].as_i64()
        ),
        (Some(2), Some(1), Some(3))
    );
    let prec: Vec<Value> = v["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["time"]["precision"].clone())
        .collect();
    assert_eq!(prec, vec![Value::from("year"), "month".into(), Value::Null]);
    let v = ok(
        &a.app,
        "/api/timeline?a=iran&b=houthis&exclude_anonymous=true",
    )
    .await;
    assert_eq!(
        (v["dated"].as_i64(), v["undated"].as_i64()),
        (Some(2), Some(0))
    );
    let v = ok(&a.app, "/api/timeline?a=iran&b=houthis&limit=1&offset=1").await;
    assert_eq!(v["items"].as_array().unwrap().len(), 1);
    assert_eq!(v["next_offset"], 2);
}

#[tokio::test]
async fn graph_at_a_date_and_over_a_range() {
    let a = api();
    let g = ok(&a.app, "/api/graph").await;
    let node_ids: BTreeSet<&str> = g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        node_ids,
        ["hamas", "houthis", "iran", "khamenei"]
            .into_iter()
            .collect()
    );
    let e = g["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == "houthis|iran")
        .unwrap();
    assert_eq!(e["claims"], 3);
    assert_eq!(e["documents"], 2);
    assert_eq!(e["sources"], 3, "author@alpha, the official@alpha, Amin");
    assert_eq!(
        (e["a_to_b"].as_i64(), e["b_to_a"].as_i64()),
        (Some(0), Some(3))
    );
    assert_eq!(e["hedged"], 1);
    assert_eq!(e["types"]["AID"], 3);
    assert_eq!(e["tone"], 1.0);
    let neg = g["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == "hamas|iran")
        .unwrap();
    assert_eq!(
        (neg["negative"].as_i64(), neg["tone"].as_f64()),
        (Some(1), Some(0.0))
    );
    assert_eq!(g["range"]["min"], "1989");
    // as of 2000 only the leadership had begun
    let g2000 = ok(&a.app, "/api/graph?at=2000").await;
    assert_eq!(g2000["edges"].as_array().unwrap().len(), 1);
    assert_eq!(g2000["edges"][0]["id"], "iran|khamenei");
    // a range, with types and certainty
    let r = ok(
        &a.app,
        "/api/graph?from=2015-01&to=2015-12&type=AID&certainty=asserted",
    )
    .await;
    let ids: Vec<&str> = r["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, vec!["hamas|iran", "houthis|iran"]);
    let no_anon = ok(&a.app, "/api/graph?exclude_anonymous=true").await;
    let e = no_anon["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == "houthis|iran")
        .unwrap();
    assert_eq!(
        (e["claims"].as_i64(), e["sources"].as_i64()),
        (Some(2), Some(2))
    );
    let small = ok(&a.app, "/api/graph?max_nodes=2").await;
    assert_eq!(small["nodes"].as_array().unwrap().len(), 2);
    assert_eq!(small["hidden_nodes"], 2);
}

#[tokio::test]
async fn documents_actors_and_profiles() {
    let a = api();
    let app = &a.app;
    let docs = ok(app, "/api/documents").await;
    assert_eq!(docs["total"], 2);
    assert_eq!(ids(&docs, "id"), vec!["beta", "alpha"], "newest first");
    assert_eq!(ok(app, "/api/documents?q=alp").await["total"], 1);
    let d = ok(app, "/api/documents/alpha").await;
    assert_eq!(d["text"], ALPHA);
    assert_eq!(d["title"], "Alpha <b>story</b>", "served as data, as given");
    assert_eq!(d["bytes"], ALPHA.len());
    assert_eq!(d["claims"].as_array().unwrap().len(), 3);
    for c in d["claims"].as_array().unwrap() {
        for e in c["evidence"].as_array().unwrap() {
            let (s, t) = (
                e["start"].as_u64().unwrap() as usize,
                e["end"].as_u64().unwrap() as usize,
            );
            assert!(ALPHA.get(s..t).is_some(), "span on char boundaries");
        }
        let e = &c["evidence"][0];
        assert_eq!(
            c["excerpt"],
            ALPHA[e["start"].as_u64().unwrap() as usize..e["end"].as_u64().unwrap() as usize]
        );
    }
    assert_eq!(d["mentions"].as_array().unwrap().len(), 4);
    let by_key = ok(app, &format!("/api/documents/{}", d["key"])).await;
    assert_eq!(by_key["id"], "alpha");

    // search by any alias
    let found = ok(app, "/api/actors?q=iranian%20OFFICIALS").await;
    assert_eq!(ids(&found, "id")[0], "iran");
    assert_eq!(
        ok(app, "/api/actors?q=ansar").await["items"][0]["id"],
        "houthis"
    );
    assert_eq!(ok(app, "/api/actors?kind=armed_group").await["total"], 2);
    let p = ok(app, "/api/actors/Tehran").await;
    assert_eq!(p["actor"]["id"], "iran");
    assert!(p["actor"]["aliases"]
        .as_array()
        .unwrap()
        .contains(&"Tehran".into()));
    let role = &p["roles"][0];
    assert_eq!(
        (
            role["type"].as_str(),
            role["direction"].as_str(),
            role["other"]["id"].as_str()
        ),
        (Some("LEADS"), Some("in"), Some("khamenei"))
    );
    assert_eq!(role["time"]["start"], "1989");
    assert_eq!(role["time"]["end"], Value::Null);
    let k = ok(app, "/api/actors/Khamenei").await;
    assert_eq!(k["roles"][0]["role"], "supreme leader");
    assert_eq!(k["roles"][0]["direction"], "out");
    let cp = p["counterparts"].as_array().unwrap();
    let houthis = cp.iter().find(|c| c["actor"]["id"] == "houthis").unwrap();
    assert_eq!(
        (
            houthis["type"].as_str(),
            houthis["outgoing"].as_i64(),
            houthis["documents"].as_i64()
        ),
        (Some("AID"), Some(3), Some(2))
    );
    assert_eq!(p["documents"].as_array().unwrap().len(), 2);
    let stats = ok(app, "/api/stats").await;
    assert_eq!(
        (
            stats["documents"].as_i64(),
            stats["claims"].as_i64(),
            stats["dated_claims"].as_i64()
        ),
        (Some(2), Some(5), Some(4))
    );
    let dyads = ok(app, "/api/dyads?limit=5").await;
    assert_eq!(dyads[0]["a"], "houthis");
}

#[tokio::test]
async fn ingest_stores_reports_duplicates_and_per_item_errors() {
    let a = api();
    let app = &a.app;
    let text = "---\ntitle: Upload test\n---\n\nIn March 2015, Iran sent weapons to the Houthis, officials said.\n";
    let r = send(
        app,
        "POST",
        "/api/documents?name=upload.txt&published=2019-03",
        &[],
        text.into(),
    )
    .await;
    assert_eq!(
        r.status,
        StatusCode::OK,
        "{}",
        String::from_utf8_lossy(&r.body)
    );
    let v = r.json();
    assert_eq!(v["item"], "upload.txt");
    let d = &v["documents"][0];
    assert_eq!(
        (d["status"].as_str(), d["id"].as_str(), d["title"].as_str()),
        (Some("stored"), Some("upload"), Some("Upload test"))
    );
    assert!(d["claims"].as_i64().unwrap() >= 1, "{v}");
    let stored = ok(app, &format!("/api/documents/{}", d["key"])).await;
    assert_eq!(stored["text"], text);
    assert_eq!(stored["published"], "2019-03");
    // the same bytes again
    let again = send(
        app,
        "POST",
        "/api/documents?name=other-name.txt",
        &[],
        text.into(),
    )
    .await
    .json();
    assert_eq!(again["documents"][0]["status"], "duplicate");
    assert_eq!(again["documents"][0]["key"], d["key"]);
    // another text under a name already taken gets its own id
    let other = send(
        app,
        "POST",
        "/api/documents?name=upload.txt",
        &[],
        b"Russia sent troops to Syria in 2015.".to_vec(),
    )
    .await
    .json();
    let id = other["documents"][0]["id"].as_str().unwrap();
    assert!(
        id.starts_with("upload-") && id.len() == "upload-".len() + 8,
        "{id}"
    );
    // JSON Lines: the good lines stored, the bad one named
    let jsonl = "{\"id\": \"j1\", \"text\": \"Iran armed the Houthis in 2016.\"}\nnot json\n";
    let r = send(
        app,
        "POST",
        "/api/documents?name=batch.jsonl",
        &[],
        jsonl.into(),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    let v = r.json();
    assert_eq!(v["documents"].as_array().unwrap().len(), 1);
    assert!(
        v["errors"][0]["item"]
            .as_str()
            .unwrap()
            .contains("batch.jsonl:2"),
        "{v}"
    );
    // nothing storable: 422 with the item's error
    let m = fails(
        app,
        "POST",
        "/api/documents?name=photo.jpg",
        422,
        vec![0xff, 0xd8, 0xff, 0, 1, 2, 3],
    )
    .await;
    assert!(m.starts_with("photo.jpg") && m.contains("binary"), "{m}");
    let m = fails(app, "POST", "/api/documents?name=empty.txt", 400, vec![]).await;
    assert!(m.starts_with("empty.txt: empty"), "{m}");
    let m = fails(
        app,
        "POST",
        "/api/documents?name=x.txt&published=soon",
        400,
        b"x".to_vec(),
    )
    .await;
    assert!(m.starts_with("published:"), "{m}");
    let m = fails(app, "POST", "/api/documents?name=..", 400, b"x".to_vec()).await;
    assert!(m.starts_with("name:"), "{m}");
    // request size limits
    let big = vec![b'a'; rapport_server::MAX_UPLOAD + 1];
    let m = fails(app, "POST", "/api/documents?name=big.txt", 413, big).await;
    assert!(m.starts_with("body: over the limit"), "{m}");
    let r = send(
        app,
        "GET",
        "/api/stats",
        &[],
        vec![b'x'; rapport_server::MAX_BODY + 1],
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "GET routes ignore bodies");
    // a cross-site write is refused
    let r = send(
        app,
        "POST",
        "/api/documents?name=a.txt",
        &[("origin", "http://evil.example")],
        b"Iran armed Hamas.".to_vec(),
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = send(
        app,
        "POST",
        "/api/documents?name=a.txt",
        &[("sec-fetch-site", "cross-site")],
        b"Iran armed Hamas.".to_vec(),
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = send(
        app,
        "POST",
        "/api/documents?name=a.txt",
        &[("origin", "http://127.0.0.1:8080")],
        b"Iran armed Hamas.".to_vec(),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(ok(app, "/api/stats").await["documents"], 6);
}

#[tokio::test]
async fn access_rules_token_host_and_headers() {
    let dir = tempfile::tempdir().unwrap();
    let db = fixture(dir.path());
    let token = "a-long-enough-secret-token";
    let app = app(&db, Auth::new(Some(token), false)).unwrap();
    let r = get(&app, "/api/stats").await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert!(r.json()["message"].as_str().unwrap().contains("token"));
    let r = send(
        &app,
        "GET",
        "/api/stats",
        &[("authorization", "Bearer a-long-enough-secret-tokeN")],
        vec![],
    )
    .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    let r = send(
        &app,
        "GET",
        "/api/stats",
        &[("authorization", &format!("Bearer {token}"))],
        vec![],
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    // the page is closed too, with a plain message
    let r = get(&app, "/").await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    // ?token= sets the session cookie and drops the token from the address
    let r = get(&app, &format!("/?token={token}")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.header("location"), "/");
    let cookie = r.header("set-cookie").to_string();
    assert!(
        cookie.contains("HttpOnly")
            && cookie.contains("SameSite=Strict")
            && !cookie.contains(token),
        "{cookie}"
    );
    let session = cookie.split(';').next().unwrap().to_string();
    let r = send(&app, "GET", "/api/stats", &[("cookie", &session)], vec![]).await;
    assert_eq!(r.status, StatusCode::OK);
    let r = get(&app, "/api/graph?token=wrong-token-wrong-token").await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    let r = get(&app, &format!("/api/graph?at=2015&token={token}")).await;
    assert_eq!(r.header("location"), "/api/graph?at=2015");

    // on loopback, a foreign Host is refused (DNS rebinding)
    let open = rapport_server::app(&db, Auth::open(true)).unwrap();
    let r = send(
        &open,
        "GET",
        "/api/stats",
        &[("host", "rebind.example:8080")],
        vec![],
    )
    .await;
    assert_eq!(r.status, StatusCode::MISDIRECTED_REQUEST);
    let r = send(
        &open,
        "GET",
        "/api/stats",
        &[("host", "localhost:8080")],
        vec![],
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    // security headers everywhere
    for uri in ["/", "/assets/js/app.js", "/api/stats", "/api/nothing"] {
        let r = get(&open, uri).await;
        let csp = r.header("content-security-policy");
        assert!(
            csp.contains("default-src 'none'")
                && csp.contains("script-src 'self'")
                && !csp.contains("unsafe"),
            "{uri}: {csp}"
        );
        assert_eq!(r.header("x-content-type-options"), "nosniff", "{uri}");
    }
    let page = get(&open, "/").await;
    assert!(page.header("content-type").starts_with("text/html"));
    assert!(String::from_utf8_lossy(&page.body).contains("/assets/js/app.js"));
    let js = get(&open, "/assets/js/document.js").await;
    assert!(js.header("content-type").starts_with("text/javascript"));
    let tag = js.header("etag").to_string();
    let again = send(
        &open,
        "GET",
        "/assets/js/document.js",
        &[("if-none-match", &tag)],
        vec![],
    )
    .await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
}

#[test]
fn the_explorer_never_parses_article_text_as_markup() {
    // every script inserts strings through textContent / createTextNode (dom.js)
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/js");
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let src = std::fs::read_to_string(&path).unwrap();
        for banned in [
            "innerHTML",
            "outerHTML",
            "insertAdjacentHTML",
            "document.write",
            "eval(",
            "new Function",
            "createContextualFragment",
        ] {
            assert!(!src.contains(banned), "{} uses {banned}", path.display());
        }
    }
}

#[test]
fn the_demo_articles_serve_as_a_graph() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    let mut store = Store::open(&db).unwrap();
    let ex = rapport_extract::Extractor::embedded().unwrap();
    let articles = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/articles");
    let outcome = rapport_text::read_inputs(&[articles], &rapport_text::ReadOptions::default());
    assert!(outcome.docs.len() >= 10, "{:?}", outcome.errors);
    for doc in &outcome.docs {
        store.ingest(&ex.extract(doc), &doc.text).unwrap();
    }
    drop(store);
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let app = app(&db, Auth::open(true)).unwrap();
        let g = ok(&app, "/api/graph").await;
        let names: BTreeSet<&str> = g["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["name"].as_str().unwrap())
            .collect();
        for want in ["Iran", "Taliban", "United States", "Russia"] {
            assert!(names.contains(want), "{want} in {names:?}");
        }
        let t = ok(&app, "/api/timeline?a=Tehran&b=Taliban").await;
        assert!(t["total"].as_i64().unwrap() >= 2, "{t}");
        // every evidence span of every document lies on the text's char boundaries
        let docs = ok(&app, "/api/documents?limit=100").await;
        for d in docs["items"].as_array().unwrap() {
            let full = ok(&app, &format!("/api/documents/{}", d["key"])).await;
            let text = full["text"].as_str().unwrap();
            for c in full["claims"].as_array().unwrap() {
                for e in c["evidence"].as_array().unwrap() {
                    let (s, t) = (
                        e["start"].as_u64().unwrap() as usize,
                        e["end"].as_u64().unwrap() as usize,
                    );
                    assert!(s < t && text.get(s..t).is_some(), "{}: {s}..{t}", d["id"]);
                }
            }
        }
    });
}

#[tokio::test]
async fn the_real_server_answers_and_stops_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let db = fixture(dir.path());
    let app = app(&db, Auth::open(true)).unwrap();
    let listener = rapport_server::bind("127.0.0.1:0".parse().unwrap(), false)
        .await
        .unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(rapport_server::serve(listener, app, async {
        let _ = stop_rx.await;
    }));
    let reply = tokio::task::spawn_blocking(move || {
        use std::io::{Read, Write};
        let mut conn = std::net::TcpStream::connect(addr).unwrap();
        conn.write_all(
            format!("GET /api/stats HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n")
                .as_bytes(),
        )
        .unwrap();
        let mut reply = String::new();
        conn.read_to_string(&mut reply).unwrap();
        reply
    })
    .await
    .unwrap();
    assert!(reply.starts_with("HTTP/1.1 200"), "{reply}");
    assert!(reply.contains("\"documents\":2"), "{reply}");
    // a second port on the same address is refused unless any port will do
    let busy = rapport_server::bind(addr, false).await;
    assert!(busy.is_err());
    let other = rapport_server::bind(addr, true).await.unwrap();
    assert_ne!(other.local_addr().unwrap(), addr);
    // an idle keep-alive connection does not hold up the shutdown
    let _idle = tokio::net::TcpStream::connect(addr).await.unwrap();
    let started = std::time::Instant::now();
    stop_tx.send(()).unwrap();
    server.await.unwrap().unwrap();
    assert!(started.elapsed() < std::time::Duration::from_secs(8));
    assert!(
        tokio::net::TcpStream::connect(addr).await.is_err(),
        "no longer listening"
    );
}
