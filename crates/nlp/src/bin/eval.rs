//! Scores the models on gold tokens, one figure per line (`upos 0.9xx`, `uas …`, `las …`,
//! `ner_f1 …`, plus `xpos`, `lemma`, `las_full` with subtyped labels, `ner_p`, `ner_r`):
//!
//! ```sh
//! cargo run --release -p rapport-nlp --bin eval -- --data ../shared/nlp-data [--split dev] [--models models/]
//! ```
//!
//! Without `--models`, the models embedded in the binary are scored.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use rapport_nlp::train::{evaluate, TestData};
use rapport_nlp::Pipeline;

fn main() -> ExitCode {
    let mut data = PathBuf::from("../shared/nlp-data");
    let mut models: Option<PathBuf> = None;
    let mut split = "test".to_string();
    let mut conllu_out: Option<PathBuf> = None;
    let mut prune: Option<[f32; 3]> = None;
    let mut save: Option<PathBuf> = None;
    let mut margin: Option<f32> = None;
    let mut branch: Option<f32> = None;
    let mut reach: Option<f32> = None;
    let mut ner_out: Option<PathBuf> = None;
    let mut o_penalty: Option<f32> = None;
    let mut ner_lower: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match (a.as_str(), args.next()) {
            ("--data", Some(v)) => data = PathBuf::from(v),
            ("--models", Some(v)) => models = Some(PathBuf::from(v)),
            ("--split", Some(v)) if v == "dev" || v == "test" => split = v,
            ("--conllu", Some(v)) => conllu_out = Some(PathBuf::from(v)),
            ("--ner-errors", Some(v)) => ner_out = Some(PathBuf::from(v)),
            ("--ner-lower", Some(v)) => ner_lower = Some(PathBuf::from(v)),
            ("--ner-o-penalty", Some(v)) => match v.parse() {
                Ok(x) => o_penalty = Some(x),
                Err(_) => return ExitCode::from(2),
            },
            ("--save", Some(v)) => save = Some(PathBuf::from(v)),
            ("--tagger-margin", Some(v)) => match v.parse() {
                Ok(m) => margin = Some(m),
                Err(_) => return ExitCode::from(2),
            },
            ("--retag-reach", Some(v)) => match v.parse() {
                Ok(m) => reach = Some(m),
                Err(_) => return ExitCode::from(2),
            },
            ("--parser-branch-margin", Some(v)) => match v.parse() {
                Ok(m) => branch = Some(m),
                Err(_) => return ExitCode::from(2),
            },
            ("--prune", Some(v)) => {
                let xs: Vec<f32> = v.split(',').filter_map(|x| x.parse().ok()).collect();
                if xs.len() != 3 {
                    eprintln!("--prune takes TAGGER,PARSER,NER thresholds");
                    return ExitCode::from(2);
                }
                prune = Some([xs[0], xs[1], xs[2]]);
            }
            _ => {
                eprintln!(
                    "usage: eval [--data DIR] [--split dev|test] [--models DIR] [--conllu OUT] [--ner-errors OUT] [--ner-lower NER_FILE] [--ner-o-penalty X] [--tagger-margin X] [--parser-branch-margin X] [--retag-reach X] [--prune T,P,N] [--save DIR]"
                );
                return ExitCode::from(2);
            }
        }
    }
    let t0 = Instant::now();
    let p = match &models {
        Some(dir) => Pipeline::load_dir(dir),
        None => Pipeline::load_embedded(),
    };
    let mut p = match p {
        Ok(p) => p,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    eprintln!("models loaded in {:.1?}", t0.elapsed());
    if let Some(m) = branch {
        p.parser.branch_margin = m;
    }
    if let Some(m) = margin {
        p.tagger.second_pass_margin = m;
    }
    if let Some(x) = o_penalty {
        p.ner.o_penalty = x;
    }
    if let Some(f) = ner_lower {
        let read = std::fs::read(&f)
            .map_err(|e| format!("{}: {e}", f.display()))
            .and_then(|b| {
                let mut r = rapport_nlp::io::Reader::new(&b, "ner").map_err(|e| e.to_string())?;
                rapport_nlp::ner::Ner::read(&mut r).map_err(|e| e.to_string())
            })
            .and_then(|n| p.ner.set_lowercase_model(n).map_err(|e| e.to_string()));
        if let Err(e) = read {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    }
    if let (Some(x), Some(r)) = (reach, p.retagger.as_mut()) {
        r.reach = x;
    }
    if let Some([t, pa, n]) = prune {
        // For measuring what pruning costs; `train --prune` is what makes pruned models.
        p.prune(t, pa, n);
        let b = p.to_bytes();
        eprintln!(
            "pruned: tagger {} B, parser {} B, ner {} B",
            b[0].len(),
            b[1].len(),
            b[2].len()
        );
    }
    if let Some(dir) = save {
        if let Err(e) = rapport_nlp::train::save(&p, &dir) {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    }
    let d = match TestData::load(&data, &split) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    print!("{}", evaluate(&p, &d.ud, &d.uner).lines());
    if let Some(out) = ner_out {
        // Sentences whose predicted entities differ from the gold ones, for error analysis.
        let mut text = String::new();
        for s in &d.uner {
            let toks: Vec<&str> = s.tokens.iter().map(|t| t.as_str()).collect();
            let a = p.annotate(&toks);
            if a.entities != s.spans {
                let show = |v: &[rapport_nlp::Span]| {
                    v.iter()
                        .map(|(a, b, l)| format!("[{} {l}]", toks[*a..*b].join(" ")))
                        .collect::<Vec<_>>()
                        .join(" ")
                };
                text.push_str(&format!(
                    "{}\n  gold: {}\n  pred: {}\n",
                    toks.join(" "),
                    show(&s.spans),
                    show(&a.entities)
                ));
            }
        }
        if let Err(e) = std::fs::write(&out, text) {
            eprintln!("error: {}: {e}", out.display());
            return ExitCode::FAILURE;
        }
    }
    if let Some(out) = conllu_out {
        // The predicted trees of the UD split, for error analysis.
        let text: String =
            d.ud.iter()
                .map(|s| {
                    let mut a = p.annotate(&s.forms()).to_sentence();
                    a.id = s.id.clone();
                    rapport_nlp::conllu::write(&a)
                })
                .collect();
        if let Err(e) = std::fs::write(&out, text) {
            eprintln!("error: {}: {e}", out.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
