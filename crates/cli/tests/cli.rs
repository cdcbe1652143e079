//! End-to-end tests of the `rapport` binary: error paths, ingest, queries, eval.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_rapport"))
}

fn run(args: &[&str], db: &Path) -> Output {
    bin()
        .arg("--db")
        .arg(db)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("runs")
}

fn text(o: &Output) -> (String, String) {
    (
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

const STORY: &str = "---\ntitle: Test story\npublished: 2019-03-02\n---\n\nIn March 2011, Tehran threatened to attack Saudi Arabia. A former Iranian diplomat said Iran had sent rockets to the Houthis.\n";

#[test]
fn missing_file_is_an_error_naming_it() {
    let d = tempfile::tempdir().unwrap();
    let o = run(&["extract", "/no/such/file.txt"], &d.path().join("r.db"));
    let (_, err) = text(&o);
    assert!(!o.status.success());
    assert!(
        err.contains("/no/such/file.txt") && err.contains("no such file"),
        "{err}"
    );
}

#[test]
fn folder_with_binary_and_good_file_stores_the_good_one() {
    let d = tempfile::tempdir().unwrap();
    let inbox = d.path().join("inbox");
    std::fs::create_dir(&inbox).unwrap();
    std::fs::write(inbox.join("good.txt"), STORY).unwrap();
    std::fs::write(
        inbox.join("photo.jpg"),
        [0xff, 0xd8, 0xff, 0xe0, 0, 0x10, b'J', b'F', b'I', b'F', 0],
    )
    .unwrap();
    let db = d.path().join("r.db");
    let o = run(&["ingest", inbox.to_str().unwrap()], &db);
    let (_, err) = text(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("photo.jpg") && err.contains("binary"), "{err}");
    assert!(err.contains("1 document(s) stored"), "{err}");
    let o = run(&["actors", "--format", "json"], &db);
    let (out, _) = text(&o);
    assert!(out.contains("\"id\":\"iran\""), "{out}");
}

#[test]
fn malformed_jsonl_line_is_reported_and_the_rest_extracted() {
    let d = tempfile::tempdir().unwrap();
    let f = d.path().join("batch.jsonl");
    std::fs::write(&f, "{\"id\": \"a\", \"published\": \"2019-03\", \"text\": \"Moscow armed the Taliban in 2017.\"}\n{\"id\": \"b\", \"text\": \n{\"id\": \"c\", \"text\": \"Riyadh sanctioned Doha.\"}\n").unwrap();
    let o = run(
        &["extract", "--format", "json", f.to_str().unwrap()],
        &d.path().join("r.db"),
    );
    let (out, err) = text(&o);
    assert_eq!(o.status.code(), Some(1));
    assert!(err.contains("batch.jsonl:2"), "{err}");
    let ids: Vec<String> = out
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["doc"]["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(ids, ["a", "c"]);
    let a: serde_json::Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    let aid = a["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["type"] == "AID")
        .expect("AID claim");
    assert_eq!(aid["source"], "russia");
    assert_eq!(aid["time"]["start"], "2017");
}

#[test]
fn invalid_utf8_is_read_with_a_warning() {
    let d = tempfile::tempdir().unwrap();
    let f = d.path().join("latin1.txt");
    std::fs::write(
        &f,
        b"Ankara accused Damascus of shelling Idlib \xe9 in 2019.",
    )
    .unwrap();
    let o = run(
        &["extract", "--format", "json", f.to_str().unwrap()],
        &d.path().join("r.db"),
    );
    let (out, err) = text(&o);
    assert!(o.status.success(), "{err}");
    assert!(err.contains("invalid UTF-8"), "{err}");
    assert!(out.contains("\"ACCUSE\""), "{out}");
}

#[test]
fn reingesting_is_idempotent_and_queries_take_any_alias() {
    let d = tempfile::tempdir().unwrap();
    let f = d.path().join("story.txt");
    std::fs::write(&f, STORY).unwrap();
    let db = d.path().join("r.db");
    let o = run(&["ingest", f.to_str().unwrap()], &db);
    assert!(o.status.success());
    let o = run(&["ingest", f.to_str().unwrap()], &db);
    let (_, err) = text(&o);
    assert!(
        err.contains("0 document(s) stored, 1 already stored"),
        "{err}"
    );
    // the --db option also works after the subcommand
    let o = bin()
        .args(["timeline", "Tehran", "Riyadh", "--format", "json", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    let (out, err) = text(&o);
    assert!(o.status.success(), "{err}");
    let rows: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 1, "{out}");
    assert_eq!(rows[0]["type"], "THREATEN");
    assert_eq!(rows[0]["time_start"], "2011-03");
    let o = run(
        &[
            "claims", "--actor", "Iranian", "--type", "AID", "--format", "json",
        ],
        &db,
    );
    let (out, _) = text(&o);
    let aid: serde_json::Value =
        serde_json::from_str(out.lines().next().expect("an AID claim")).unwrap();
    assert_eq!(aid["attribution_kind"], "anonymous");
    let o = run(&["timeline", "Atlantis", "Iran"], &db);
    assert!(!o.status.success());
    assert!(text(&o).1.contains("no actor called \"Atlantis\""));
}

#[test]
fn demo_runs_and_is_idempotent() {
    let d = tempfile::tempdir().unwrap();
    let db = d.path().join("demo.db");
    let o = run(&["demo", "--no-serve"], &db);
    let (out, err) = text(&o);
    assert!(o.status.success(), "{err}");
    assert!(
        out.contains("Strongest relationships") && out.contains("Taliban"),
        "{out}"
    );
    let o = run(&["demo", "--no-serve"], &db);
    let (out, _) = text(&o);
    assert!(out.contains("0 new, 10 already stored"), "{out}");
}

fn shared() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval");
    p.join("dev").is_dir().then_some(p)
}

#[test]
fn eval_agrees_with_the_reference_scorer() {
    let Some(eval) = shared() else {
        eprintln!("shared/eval not present: skipped");
        return;
    };
    if Command::new("python3").arg("--version").output().is_err() {
        eprintln!("python3 not present: skipped");
        return;
    }
    let d = tempfile::tempdir().unwrap();
    let ours = run(
        &[
            "eval",
            eval.join("dev").to_str().unwrap(),
            "--format",
            "json",
        ],
        &d.path().join("r.db"),
    );
    assert!(ours.status.success(), "{}", text(&ours).1);
    let ours: serde_json::Value = serde_json::from_slice(&ours.stdout).unwrap();
    let cmd = format!("{} extract --format json", env!("CARGO_BIN_EXE_rapport"));
    let theirs = Command::new("python3")
        .arg(eval.join("score.py"))
        .arg(eval.join("dev"))
        .args(["--run", &cmd, "--json"])
        .output()
        .unwrap();
    assert!(
        theirs.status.success(),
        "{}",
        String::from_utf8_lossy(&theirs.stderr)
    );
    let theirs: serde_json::Value = serde_json::from_slice(&theirs.stdout).unwrap();
    for key in ["claims_gold", "claims_system", "documents"] {
        assert_eq!(ours[key], theirs[key], "{key}");
    }
    let close = |a: &serde_json::Value, b: &serde_json::Value| {
        (a.as_f64().unwrap_or(-1.0) - b.as_f64().unwrap_or(-2.0)).abs() < 1e-9
    };
    for part in ["relaxed", "strict", "actors"] {
        for k in ["p", "r", "f"] {
            assert!(
                close(&ours[part][k], &theirs[part][k]),
                "{part}.{k}: {} vs {}",
                ours[part][k],
                theirs[part][k]
            );
        }
    }
    for (k, v) in theirs["attributes"].as_object().unwrap() {
        assert!(
            close(&ours["attributes"][k], v),
            "{k}: {} vs {v}",
            ours["attributes"][k]
        );
    }
    assert_eq!(ours["recall_by_type"], theirs["recall_by_type"]);
}

#[test]
fn kb_curation_search_roles_merge() {
    let d = tempfile::tempdir().unwrap();
    let db = d.path().join("r.db");
    let o = run(&["kb", "search", "Taleban", "--format", "json"], &db);
    let (out, err) = text(&o);
    assert!(o.status.success(), "{err}");
    assert!(out.contains("\"id\":\"taliban\""), "{out}");
    // a curated organisation is found by later extraction with this store
    let o = run(
        &[
            "kb",
            "add",
            "--id",
            "kandahar-council",
            "--name",
            "Kandahar Elders Council",
            "--kind",
            "body",
            "--alias",
            "the Loya Council of Kandahar",
        ],
        &db,
    );
    assert!(o.status.success(), "{}", text(&o).1);
    let o = run(
        &[
            "kb", "add", "--id", "bad", "--name", "Tehran", "--kind", "person",
        ],
        &db,
    );
    assert!(!o.status.success());
    assert!(
        text(&o).1.contains("already a name of \"iran\""),
        "{}",
        text(&o).1
    );
    let f = d.path().join("s.txt");
    std::fs::write(
        &f,
        "The Loya Council of Kandahar accused Pakistan of sheltering fighters in 2019.",
    )
    .unwrap();
    let o = run(&["extract", "--format", "json", f.to_str().unwrap()], &db);
    let (out, _) = text(&o);
    assert!(out.contains("\"id\":\"kandahar-council\""), "{out}");
    // export and import round-trip
    let exported = d.path().join("curated.toml");
    assert!(
        run(&["kb", "export", "--out", exported.to_str().unwrap()], &db)
            .status
            .success()
    );
    let db2 = d.path().join("r2.db");
    let o = run(&["kb", "import", exported.to_str().unwrap()], &db2);
    assert!(o.status.success(), "{}", text(&o).1);
    assert!(text(&run(&["kb", "show", "kandahar-council"], &db2))
        .0
        .contains("Kandahar Elders Council"));
    // roles over time and who led when
    let o = run(&["kb", "who-led", "Taliban", "--at", "2016-01"], &db);
    let (out, _) = text(&o);
    assert!(out.contains("Mansur"), "{out}");
    let o = run(&["kb", "roles", "Mullah Omar", "--format", "json"], &db);
    assert!(text(&o).0.contains("\"org\":\"taliban\""), "{}", text(&o).0);
    // merges are recorded and reversible
    let a = d.path().join("a.txt");
    std::fs::write(&a, "Commander Zarif Gulbuddin attacked Kabul in 2019.").unwrap();
    let b = d.path().join("b.txt");
    std::fs::write(&b, "Commander Zareef Gulbudin attacked Kabul in 2020.").unwrap();
    assert!(
        run(&["ingest", a.to_str().unwrap(), b.to_str().unwrap()], &db)
            .status
            .success()
    );
    let o = run(&["kb", "merge", "zareef-gulbudin", "zarif-gulbuddin"], &db);
    assert!(o.status.success(), "{}", text(&o).1);
    let o = run(
        &["claims", "--actor", "Zarif Gulbuddin", "--format", "json"],
        &db,
    );
    assert_eq!(text(&o).0.lines().count(), 2, "{}", text(&o).0);
    let o = run(&["kb", "unmerge", "zareef-gulbudin"], &db);
    assert!(o.status.success(), "{}", text(&o).1);
    let o = run(
        &["claims", "--actor", "Zarif Gulbuddin", "--format", "json"],
        &db,
    );
    assert_eq!(text(&o).0.lines().count(), 1);
}

#[test]
fn extract_conllu_shows_tags_trees_entities_and_spans() {
    let d = tempfile::tempdir().unwrap();
    let f = d.path().join("s.txt");
    let s = "The Taliban attacked a police post in Kandahar. Officials said two guards died.";
    std::fs::write(&f, s).unwrap();
    let o = run(
        &["extract", "--format", "conllu", f.to_str().unwrap()],
        &d.path().join("r.db"),
    );
    let (out, err) = text(&o);
    assert!(o.status.success(), "{err}");
    assert!(out.starts_with("# newdoc id = s\n# sent_id = s-1\n# text = The Taliban"));
    let sents: Vec<&str> = out.split("\n\n").filter(|b| b.contains('\t')).collect();
    assert_eq!(sents.len(), 2, "{out}");
    for block in sents {
        let rows: Vec<Vec<&str>> = block
            .lines()
            .filter(|l| !l.starts_with('#'))
            .map(|l| l.split('\t').collect())
            .collect();
        assert_eq!(rows.iter().filter(|r| r[6] == "0").count(), 1, "{block}");
        for r in &rows {
            assert_eq!(r.len(), 10);
            // every head points into the sentence; the span slices the token out of the text
            assert!(r[6].parse::<usize>().unwrap() <= rows.len());
            let span = r[9].rsplit("Span=").next().unwrap();
            let (a, b) = span.split_once('-').unwrap();
            assert_eq!(
                &s[a.parse::<usize>().unwrap()..b.parse::<usize>().unwrap()],
                r[1]
            );
        }
    }
    let attacked = out.lines().find(|l| l.contains("\tattacked\t")).unwrap();
    assert!(attacked.contains("\tattack\tVERB\tVBD\t"), "{attacked}");
    assert!(
        out.contains("\tKandahar\t") && out.contains("NE=B-LOC|Span="),
        "{out}"
    );
}

#[test]
fn nlp_eval_names_a_missing_data_folder() {
    let d = tempfile::tempdir().unwrap();
    let o = run(
        &["nlp", "eval", "--data", "/no/such/nlp-data"],
        &d.path().join("r.db"),
    );
    let (_, err) = text(&o);
    assert!(!o.status.success());
    assert!(err.contains("/no/such/nlp-data"), "{err}");
}

#[test]
fn nlp_train_names_missing_name_lists() {
    let d = tempfile::tempdir().unwrap();
    let o = run(
        &[
            "nlp",
            "train",
            "--data",
            "/no/such/nlp-data",
            "--gazetteer",
            "/no/such/gazetteer",
            "--out",
            d.path().join("models").to_str().unwrap(),
        ],
        &d.path().join("r.db"),
    );
    let (_, err) = text(&o);
    assert_eq!(o.status.code(), Some(2));
    assert!(err.contains("/no/such/gazetteer/places.tsv"), "{err}");
    assert!(!d.path().join("models").exists());
}

#[test]
fn nlp_eval_prints_one_figure_per_line_when_the_data_is_there() {
    let Some(shared) = shared() else { return };
    let d = tempfile::tempdir().unwrap();
    let data = shared.join("../nlp-data");
    let o = run(
        &[
            "nlp",
            "eval",
            "--split",
            "dev",
            "--data",
            data.to_str().unwrap(),
        ],
        &d.path().join("r.db"),
    );
    let (out, err) = text(&o);
    assert!(o.status.success(), "{err}");
    for key in ["upos", "uas", "las", "ner_f1"] {
        let line = out
            .lines()
            .find(|l| l.split(' ').next() == Some(key))
            .unwrap_or_else(|| panic!("{key} missing: {out}"));
        let v: f64 = line.split(' ').nth(1).unwrap().parse().unwrap();
        assert!(v > 0.6 && v <= 1.0, "{line}");
    }
}

#[test]
fn explain_shows_rule_trigger_and_tree_path() {
    let d = tempfile::tempdir().unwrap();
    let f = d.path().join("e.txt");
    std::fs::write(
        &f,
        "Hundreds of Houthi fighters were trained by instructors of the Quds Force in 2016.",
    )
    .unwrap();
    let o = run(
        &["explain", "--published", "2020-01-01", f.to_str().unwrap()],
        &d.path().join("r.db"),
    );
    let (out, err) = text(&o);
    assert!(o.status.success(), "{err}");
    assert!(
        out.contains("AID") && out.contains("quds-force -> houthis"),
        "{out}"
    );
    assert!(out.contains("trigger: \"trained\""), "{out}");
    let tree = out
        .lines()
        .find(|l| l.trim_start().starts_with("tree:"))
        .unwrap();
    assert!(
        tree.contains("obl:agent↑ trained") && tree.contains("nsubj:pass"),
        "{tree}"
    );
}
