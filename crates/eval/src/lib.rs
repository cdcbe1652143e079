//! Scoring extraction records against gold files (spec/GOLD.md), the same
//! metrics as the reference scorer `eval/score.py`: actor alignment, relaxed and
//! strict claim matching, attribute accuracies.

use rapport_model::{DocMeta, Document, PartialDate, Record};
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::Path;
use unicode_normalization::UnicodeNormalization;

const SYMMETRIC: &[&str] = &["ALLIED_WITH", "HOSTILE_TO", "COOPERATE", "CONSULT", "AGREE"];
const FIXED_ATTR: &[&str] = &["author", "reports", "document"];
const MODED: &[&str] = &["AID", "ASSAULT"];
const ATTR_ORDER: &[&str] = &[
    "time_year",
    "time_exact",
    "time_past",
    "attribution",
    "certainty",
    "status",
    "polarity",
    "evidence",
];

#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("{0}: {1}")]
    Io(String, std::io::Error),
    #[error("{0}: not valid gold JSON: {1}")]
    Json(String, serde_json::Error),
    #[error("no *.gold.json in {0}")]
    Empty(String),
}

/// Name normalisation of the reference scorer.
pub fn norm(s: &str) -> String {
    let s: String = s
        .nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect();
    let s = s
        .replace(['\u{2019}', '\u{2018}'], "'")
        .replace(['\u{201c}', '\u{201d}'], "\"")
        .to_lowercase();
    // drop 's at a word end
    let mut t = String::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '\''
            && chars.get(i + 1) == Some(&'s')
            && !chars
                .get(i + 2)
                .is_some_and(|c| c.is_alphanumeric() || *c == '_')
        {
            i += 2;
            continue;
        }
        let c = chars[i];
        t.push(if c.is_alphanumeric() || c == '_' || c.is_whitespace() {
            c
        } else {
            ' '
        });
        i += 1;
    }
    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
    match t.strip_prefix("the ") {
        Some(r) => r.to_string(),
        None => t,
    }
}

fn as_list(v: &Value) -> Vec<Value> {
    match v {
        Value::Array(a) => a.clone(),
        other => vec![other.clone()],
    }
}

fn year_of(v: &Value) -> Option<i32> {
    let s = match v {
        Value::String(s) if !s.is_empty() => s.clone(),
        Value::Number(n) => n.to_string(),
        _ => return None,
    };
    s.get(..4)?.parse().ok()
}

type Bounds = (Option<i32>, Option<i32>);

fn year_bounds(t: &Value) -> Option<Bounds> {
    let o = t.as_object()?;
    let s = o.get("start").unwrap_or(&Value::Null);
    let e = o.get("end").unwrap_or(&Value::Null);
    if s.is_null() && e.is_null() {
        return None;
    }
    let lo = year_of(s);
    let hi = if !e.is_null() {
        year_of(e)
    } else if o.contains_key("end") {
        None
    } else {
        lo
    };
    Some((lo, hi))
}

fn time_agrees(g: &Value, s: &Value) -> bool {
    let Some((glo, ghi)) = year_bounds(g) else {
        return true;
    };
    let Some((slo, mut shi)) = year_bounds(s) else {
        return false;
    };
    if slo.is_none() && shi.is_none() {
        return false;
    }
    if shi.is_none() {
        shi = slo;
    }
    let lo = [glo, slo].into_iter().flatten().fold(i32::MIN, i32::max);
    let hi = [ghi, shi].into_iter().flatten().fold(i32::MAX, i32::min);
    lo <= hi
}

fn pystr(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => "None".into(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

fn time_exact(g: &Value, s: &Value) -> bool {
    if s.is_null() || s.as_object().is_some_and(|o| o.is_empty()) {
        return false;
    }
    let (gs, ge) = (pystr(g.get("start")), pystr(g.get("end")));
    let (ss, mut se) = (pystr(s.get("start")), pystr(s.get("end")));
    if se == "None" && ge == gs {
        se = ss.clone();
    }
    gs == ss && ge == se
}

fn unscored(g: &Value, key: &str) -> bool {
    g.get(key).is_some_and(Value::is_null)
}

struct Doc<'a> {
    gold: &'a Value,
    text: &'a str,
    sys: &'a Value,
    align: HashMap<String, Option<String>>,
    order: Vec<String>,
}

impl<'a> Doc<'a> {
    fn new(gold: &'a Value, text: &'a str, sys: &'a Value) -> Self {
        let mut name_to_gold: HashMap<String, String> = HashMap::new();
        for a in gold["actors"].as_array().into_iter().flatten() {
            let id = a["id"].as_str().unwrap_or_default().to_string();
            for n in a["names"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .chain(std::iter::once(id.as_str()))
            {
                name_to_gold.entry(norm(n)).or_insert_with(|| id.clone());
            }
        }
        let mut align = HashMap::new();
        let mut order = Vec::new();
        for a in sys["actors"].as_array().into_iter().flatten() {
            if matches!(a["kind"].as_str(), Some("place") | Some("location")) {
                continue;
            }
            let mut gid = name_to_gold
                .get(&norm(a["name"].as_str().unwrap_or_default()))
                .cloned();
            if gid.is_none() {
                for al in a["aliases"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                {
                    if let Some(g) = name_to_gold.get(&norm(al)) {
                        gid = Some(g.clone());
                        break;
                    }
                }
            }
            let id = a["id"].as_str().unwrap_or_default().to_string();
            if align.insert(id.clone(), gid).is_none() {
                order.push(id);
            }
        }
        Doc {
            gold,
            text,
            sys,
            align,
            order,
        }
    }

    fn gid(&self, v: &Value) -> Option<String> {
        v.as_str()
            .and_then(|id| self.align.get(id).cloned().flatten())
    }

    fn quote_spans(&self, quotes: &Value) -> Vec<(usize, usize)> {
        let raw = self.text.as_bytes();
        let mut out = Vec::new();
        for q in quotes
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            let qb = q.as_bytes();
            if qb.is_empty() {
                continue;
            }
            let mut from = 0;
            while let Some(i) = find(&raw[from..], qb) {
                out.push((from + i, from + i + qb.len()));
                from += i + 1;
            }
        }
        out
    }
}

fn find(h: &[u8], n: &[u8]) -> Option<usize> {
    h.windows(n.len()).position(|w| w == n)
}

fn in_list(list: &[Value], v: &Option<String>) -> bool {
    list.iter().any(|x| match (x, v) {
        (Value::Null, None) => true,
        (Value::String(s), Some(v)) => s == v,
        _ => false,
    })
}

fn match_level(doc: &Doc, g: &Value, s: &Value) -> u8 {
    let ty = s["type"].as_str().unwrap_or_default();
    if !as_list(&g["type"]).iter().any(|t| t.as_str() == Some(ty)) {
        return 0;
    }
    let (sl, tl) = (
        as_list(&g["source"]),
        as_list(g.get("target").unwrap_or(&Value::Null)),
    );
    let (ss, st) = (
        doc.gid(&s["source"]),
        doc.gid(s.get("target").unwrap_or(&Value::Null)),
    );
    let (fwd, rev) = if tl.len() == 1 && tl[0].is_null() {
        (in_list(&sl, &ss), false)
    } else {
        (
            in_list(&sl, &ss) && in_list(&tl, &st),
            in_list(&sl, &st) && in_list(&tl, &ss),
        )
    };
    if !(fwd || rev) {
        return 0;
    }
    let mut strict = fwd || (rev && SYMMETRIC.contains(&ty));
    let gm: Vec<&str> = g["mode"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .filter(|m| *m != "unspecified")
        .collect();
    let sm: HashSet<&str> = s["mode"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    if !gm.is_empty() && MODED.contains(&ty) && !gm.iter().any(|m| sm.contains(m)) {
        strict = false;
    }
    if !time_agrees(
        g.get("time").unwrap_or(&Value::Null),
        s.get("time").unwrap_or(&Value::Null),
    ) {
        strict = false;
    }
    if !unscored(g, "polarity")
        && s.get("polarity")
            .and_then(Value::as_str)
            .unwrap_or("positive")
            != g.get("polarity")
                .and_then(Value::as_str)
                .unwrap_or("positive")
    {
        strict = false;
    }
    if strict {
        2
    } else {
        1
    }
}

fn attribution_ok(doc: &Doc, g: &Value, s: &Value) -> bool {
    let by = s
        .get("attribution")
        .and_then(|a| a.get("by"))
        .and_then(Value::as_str)
        .unwrap_or("author");
    let got = if FIXED_ATTR.contains(&by) {
        Some(by.to_string())
    } else {
        doc.gid(&Value::String(by.into()))
    };
    let gold = g
        .get("attribution")
        .cloned()
        .unwrap_or(Value::String("author".into()));
    in_list(&as_list(&gold), &got)
}

fn evidence_overlaps(spans: &[(usize, usize)], s: &Value) -> bool {
    spans.iter().any(|&(a, b)| {
        s["evidence"].as_array().into_iter().flatten().any(|e| {
            let (es, ee) = (
                e["start"].as_i64().unwrap_or(-1),
                e["end"].as_i64().unwrap_or(-1),
            );
            (a as i64) < ee && es < b as i64
        })
    })
}

#[derive(Debug, Default, Clone)]
pub struct DocScore {
    pub gold: usize,
    pub sys: usize,
    pub relaxed: usize,
    pub strict: usize,
    pub attr: BTreeMap<String, (usize, usize)>,
    pub by_type: BTreeMap<String, (usize, usize)>,
    pub misses: Vec<String>,
    pub false_pos: Vec<String>,
    pub actors: [usize; 6], // gold, found, sys, sys_aligned, frag_num, frag_den
}

fn short(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => "None".into(),
        other => other.to_string(),
    }
}

fn score_doc(doc: &Doc) -> DocScore {
    let gc: Vec<&Value> = doc.gold["claims"]
        .as_array()
        .into_iter()
        .flatten()
        .collect();
    let sc: Vec<&Value> = doc.sys["claims"].as_array().into_iter().flatten().collect();
    let opt = |g: &Value| g.get("optional").and_then(Value::as_bool).unwrap_or(false);
    let gspans: Vec<Vec<(usize, usize)>> =
        gc.iter().map(|g| doc.quote_spans(&g["evidence"])).collect();
    let mut pairs: Vec<([i64; 7], usize, usize)> = Vec::new();
    for (i, g) in gc.iter().enumerate() {
        for (j, s) in sc.iter().enumerate() {
            let lv = match_level(doc, g, s);
            if lv > 0 {
                let ev = evidence_overlaps(&gspans[i], s);
                let gt = g.get("time").unwrap_or(&Value::Null);
                let te = !gt.is_null()
                    && gt.as_object().is_some_and(|o| !o.is_empty())
                    && time_exact(gt, s.get("time").unwrap_or(&Value::Null));
                let at = attribution_ok(doc, g, s);
                let gm: HashSet<&str> = g["mode"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .collect();
                let md = s["mode"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .filter(|m| gm.contains(m))
                    .collect::<HashSet<_>>()
                    .len();
                pairs.push((
                    [
                        lv as i64,
                        ev as i64,
                        te as i64,
                        at as i64,
                        md as i64,
                        !opt(g) as i64,
                        -(j as i64),
                    ],
                    i,
                    j,
                ));
            }
        }
    }
    pairs.sort_by_key(|p| std::cmp::Reverse((p.0, p.1, p.2)));
    let (mut gi_used, mut sj_used) = (HashSet::new(), HashSet::new());
    let mut matches = Vec::new();
    for (key, i, j) in pairs {
        if gi_used.contains(&i) || sj_used.contains(&j) {
            continue;
        }
        gi_used.insert(i);
        sj_used.insert(j);
        matches.push((i, j, key[0] as u8));
    }
    let mut r = DocScore::default();
    let optional_sys: HashSet<usize> = matches
        .iter()
        .filter(|(i, _, _)| opt(gc[*i]))
        .map(|m| m.1)
        .collect();
    r.gold = gc.iter().filter(|g| !opt(g)).count();
    r.sys = sc.len() - optional_sys.len();
    for &(i, j, lv) in &matches {
        let (g, s) = (gc[i], sc[j]);
        if opt(g) {
            continue;
        }
        r.relaxed += 1;
        r.strict += usize::from(lv == 2);
        let mut tick = |name: &str, ok: bool| {
            let a = r.attr.entry(name.to_string()).or_default();
            a.0 += usize::from(ok);
            a.1 += 1;
        };
        let gt = g.get("time").unwrap_or(&Value::Null);
        let st = s.get("time").unwrap_or(&Value::Null);
        if year_bounds(gt).is_some() {
            tick("time_year", time_agrees(gt, st));
            tick("time_exact", time_exact(gt, st));
            if let Some(p) = doc
                .gold
                .get("published")
                .and_then(Value::as_str)
                .filter(|p| !p.is_empty())
            {
                let py = json!({"start": &p[..4.min(p.len())], "end": &p[..4.min(p.len())]});
                if !time_agrees(gt, &py) {
                    tick("time_past", time_agrees(gt, st));
                }
            }
        }
        if !unscored(g, "attribution") {
            tick("attribution", attribution_ok(doc, g, s));
        }
        for (k, d) in [
            ("certainty", "asserted"),
            ("status", "actual"),
            ("polarity", "positive"),
        ] {
            if !unscored(g, k) {
                let sv = s.get(k).and_then(Value::as_str).unwrap_or(d);
                let gv = g.get(k).and_then(Value::as_str).unwrap_or(d);
                tick(k, sv == gv);
            }
        }
        tick("evidence", evidence_overlaps(&gspans[i], s));
    }
    let matched_g: HashSet<usize> = matches.iter().map(|m| m.0).collect();
    for (i, g) in gc.iter().enumerate() {
        let t = as_list(&g["type"]).first().map(short).unwrap_or_default();
        let bt = r.by_type.entry(t.clone()).or_default();
        if !opt(g) {
            bt.1 += 1;
            if matched_g.contains(&i) {
                bt.0 += 1;
            } else {
                let ev = g["evidence"]
                    .as_array()
                    .and_then(|a| a.first())
                    .and_then(Value::as_str)
                    .unwrap_or("");
                r.misses.push(format!(
                    "{t} {} -> {}: {}",
                    short(&g["source"]),
                    short(g.get("target").unwrap_or(&Value::Null)),
                    ev.chars().take(70).collect::<String>()
                ));
            }
        }
    }
    let matched_s: HashSet<usize> = matches.iter().map(|m| m.1).collect();
    for (j, s) in sc.iter().enumerate() {
        if !matched_s.contains(&j) {
            r.false_pos.push(format!(
                "{} {} -> {}",
                short(&s["type"]),
                short(&s["source"]),
                short(s.get("target").unwrap_or(&Value::Null))
            ));
        }
    }
    let gold_ids: HashSet<String> = doc.gold["actors"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|a| !opt(a))
        .filter_map(|a| a["id"].as_str().map(str::to_string))
        .collect();
    let opt_ids: HashSet<String> = doc.gold["actors"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|a| opt(a))
        .filter_map(|a| a["id"].as_str().map(str::to_string))
        .collect();
    let aligned: Vec<Option<String>> = doc.order.iter().map(|id| doc.align[id].clone()).collect();
    let found: HashSet<&String> = aligned
        .iter()
        .flatten()
        .filter(|g| gold_ids.contains(*g))
        .collect();
    let counted: Vec<&Option<String>> = aligned
        .iter()
        .filter(|g| !g.as_ref().is_some_and(|g| opt_ids.contains(g)))
        .collect();
    let frag_den: HashSet<&String> = aligned.iter().flatten().collect();
    r.actors = [
        gold_ids.len(),
        found.len(),
        counted.len(),
        counted
            .iter()
            .filter(|g| g.as_ref().is_some_and(|g| gold_ids.contains(g)))
            .count(),
        aligned.iter().flatten().count(),
        frag_den.len(),
    ];
    r
}

fn prf(tp: usize, nsys: usize, ngold: usize) -> (f64, f64, f64) {
    let p = if nsys > 0 {
        tp as f64 / nsys as f64
    } else {
        0.0
    };
    let r = if ngold > 0 {
        tp as f64 / ngold as f64
    } else {
        0.0
    };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

/// Scores over a gold folder.
#[derive(Debug, Default)]
pub struct Report {
    pub per_doc: Vec<(String, DocScore)>,
}

impl Report {
    fn totals(&self) -> (DocScore, [usize; 6]) {
        let mut t = DocScore::default();
        let mut act = [0usize; 6];
        for (_, r) in &self.per_doc {
            t.gold += r.gold;
            t.sys += r.sys;
            t.relaxed += r.relaxed;
            t.strict += r.strict;
            for (k, (x, n)) in &r.attr {
                let v = t.attr.entry(k.clone()).or_default();
                v.0 += x;
                v.1 += n;
            }
            for (k, (x, n)) in &r.by_type {
                let v = t.by_type.entry(k.clone()).or_default();
                v.0 += x;
                v.1 += n;
            }
            for (a, b) in act.iter_mut().zip(r.actors) {
                *a += b;
            }
        }
        (t, act)
    }

    /// The same shape as `score.py --json`.
    pub fn summary_json(&self) -> Value {
        let (t, act) = self.totals();
        let f = |(p, r, f): (f64, f64, f64)| json!({"p": p, "r": r, "f": f});
        let ap = if act[2] > 0 {
            act[3] as f64 / act[2] as f64
        } else {
            0.0
        };
        let ar = if act[0] > 0 {
            act[1] as f64 / act[0] as f64
        } else {
            0.0
        };
        let af = if ap + ar > 0.0 {
            2.0 * ap * ar / (ap + ar)
        } else {
            0.0
        };
        let mut attrs = serde_json::Map::new();
        for k in ATTR_ORDER {
            if let Some((x, n)) = t.attr.get(*k) {
                attrs.insert(
                    k.to_string(),
                    if *n > 0 {
                        json!(*x as f64 / *n as f64)
                    } else {
                        Value::Null
                    },
                );
            }
        }
        json!({
            "documents": self.per_doc.len(),
            "claims_gold": t.gold,
            "claims_system": t.sys,
            "relaxed": f(prf(t.relaxed, t.sys, t.gold)),
            "strict": f(prf(t.strict, t.sys, t.gold)),
            "attributes": attrs,
            "actors": {"p": ap, "r": ar, "f": af, "fragmentation": if act[5] > 0 { json!(act[4] as f64 / act[5] as f64) } else { Value::Null }},
            "recall_by_type": t.by_type.iter().map(|(k, (x, n))| (k.clone(), json!(format!("{x}/{n}")))).collect::<serde_json::Map<_, _>>(),
        })
    }

    /// The reference scorer's text report.
    pub fn render(&self, verbose: bool) -> String {
        let v = self.summary_json();
        let (t, _) = self.totals();
        let f3 = |d: &Value| {
            format!(
                "P {:.3}  R {:.3}  F1 {:.3}",
                d["p"].as_f64().unwrap_or(0.0),
                d["r"].as_f64().unwrap_or(0.0),
                d["f"].as_f64().unwrap_or(0.0)
            )
        };
        let mut s = String::new();
        let _ = writeln!(
            s,
            "documents {}   gold claims {}   system claims {}",
            self.per_doc.len(),
            t.gold,
            t.sys
        );
        let _ = writeln!(s, "claims relaxed  {}", f3(&v["relaxed"]));
        let _ = writeln!(s, "claims strict   {}", f3(&v["strict"]));
        let frag = v["actors"]["fragmentation"]
            .as_f64()
            .map(|x| format!("{x:.3}"))
            .unwrap_or_else(|| "-".into());
        let _ = writeln!(
            s,
            "actors          {}   fragmentation {frag}",
            f3(&v["actors"])
        );
        for (k, x) in v["attributes"].as_object().into_iter().flatten() {
            match x.as_f64() {
                Some(x) => writeln!(s, "  {k:<12} {x:.3}"),
                None => writeln!(s, "  {k:<12} -"),
            }
            .ok();
        }
        let bt: Vec<String> = t
            .by_type
            .iter()
            .map(|(k, (x, n))| format!("{k} {x}/{n}"))
            .collect();
        let _ = writeln!(s, "recall by type: {}", bt.join(", "));
        if verbose {
            for (name, r) in &self.per_doc {
                let _ = writeln!(s, "\n== {name}: missed");
                for m in &r.misses {
                    let _ = writeln!(s, "  - {m}");
                }
                let _ = writeln!(s, "== {name}: unmatched system claims");
                for m in &r.false_pos {
                    let _ = writeln!(s, "  + {m}");
                }
            }
        }
        s
    }
}

/// Scores one record against one gold file's JSON and its text.
pub fn score_record(gold: &Value, text: &str, rec: &Record) -> DocScore {
    let sys = serde_json::to_value(rec).unwrap_or(Value::Null);
    score_doc(&Doc::new(gold, text, &sys))
}

/// Runs `extract` on every `NAME.txt` with a `NAME.gold.json` in `dir` and scores it.
pub fn evaluate_dir(
    dir: &Path,
    extract: impl Fn(&Document) -> Record,
) -> Result<Report, EvalError> {
    let rd = std::fs::read_dir(dir).map_err(|e| EvalError::Io(dir.display().to_string(), e))?;
    let mut golds: Vec<_> = rd
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    golds.sort();
    if golds.is_empty() {
        return Err(EvalError::Empty(dir.display().to_string()));
    }
    let mut report = Report::default();
    for gp in golds {
        let gname = gp.file_name().unwrap().to_string_lossy().to_string();
        let name = gname.trim_end_matches(".gold.json").to_string();
        let gtext =
            std::fs::read_to_string(&gp).map_err(|e| EvalError::Io(gp.display().to_string(), e))?;
        let gold: Value = serde_json::from_str(&gtext)
            .map_err(|e| EvalError::Json(gp.display().to_string(), e))?;
        let tp = gp.with_file_name(format!("{name}.txt"));
        let text =
            std::fs::read_to_string(&tp).map_err(|e| EvalError::Io(tp.display().to_string(), e))?;
        let published = gold
            .get("published")
            .and_then(Value::as_str)
            .and_then(|p| PartialDate::parse(p).ok());
        let doc = Document {
            meta: DocMeta {
                id: name.clone(),
                published,
                sha256: rapport_text::sha256_hex(text.as_bytes()),
                ..Default::default()
            },
            text,
        };
        let rec = extract(&doc);
        report
            .per_doc
            .push((name, score_record(&gold, &doc.text, &rec)));
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norm_matches_the_reference() {
        assert_eq!(norm("The Taliban’s"), "taliban");
        assert_eq!(
            norm("Iran’s Shi’te clerical regime"),
            "iran shi te clerical regime"
        );
        assert_eq!(norm("Côte d'Ivoire"), "cote d ivoire");
        assert_eq!(norm("U.S."), "u s");
    }

    #[test]
    fn time_rules() {
        let g = json!({"start": "2015", "end": "2015-12"});
        assert!(time_agrees(
            &g,
            &json!({"start": "2015-07", "end": "2015-07"})
        ));
        assert!(!time_agrees(&g, &json!(null)));
        assert!(time_agrees(&json!(null), &json!(null)));
        // a system's open end counts as a point
        assert!(!time_agrees(
            &json!({"start": "2017", "end": "2017"}),
            &json!({"start": "2015", "end": null})
        ));
        assert!(time_exact(
            &json!({"start": "1998", "end": "1998"}),
            &json!({"start": "1998", "end": null})
        ));
    }

    #[test]
    fn matching_and_attributes() {
        let gold = json!({"published": "2017-01", "actors": [
            {"id": "iran", "kind": "country", "names": ["Iran", "Tehran"]},
            {"id": "taliban", "kind": "armed_group", "names": ["Taliban"]}],
            "claims": [{"type": "AID", "mode": ["weapons"], "source": "iran", "target": "taliban",
                        "time": {"start": "2015", "end": "2015"}, "attribution": "author",
                        "evidence": ["Tehran armed the Taliban in 2015"]}]});
        let text = "Tehran armed the Taliban in 2015.";
        let sys = json!({"doc": {"id": "x"}, "actors": [
            {"id": "a1", "name": "Tehran", "kind": "country", "aliases": []},
            {"id": "a2", "name": "Taliban", "kind": "armed_group", "aliases": []}],
            "claims": [{"type": "AID", "mode": ["weapons"], "source": "a1", "target": "a2",
                        "time": {"start": "2015", "end": "2015"}, "attribution": {"by": "author"},
                        "evidence": [{"start": 0, "end": 10}]}]});
        let r = score_doc(&Doc::new(&gold, text, &sys));
        assert_eq!((r.gold, r.sys, r.relaxed, r.strict), (1, 1, 1, 1));
        assert_eq!(r.attr["time_past"], (1, 1));
        assert_eq!(r.attr["evidence"], (1, 1));
        assert_eq!(r.actors, [2, 2, 2, 2, 2, 2]);
    }
}
