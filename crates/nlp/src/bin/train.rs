//! Trains rapport's NLP models from scratch:
//!
//! ```sh
//! cargo run --release -p rapport-nlp --bin train -- --data ../shared/nlp-data --out models/
//! ```
//!
//! Single-threaded and seeded: the same data and seed give the same models. Prints dev
//! scores per epoch, then dev and test scores of the saved models.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use rapport_nlp::train::{evaluate, save, train_all, Config, Data};

fn usage() -> ExitCode {
    eprintln!(
        "usage: train --data DIR --out DIR [--seed N] [--tagger-epochs N] [--parser-epochs N] \
         [--ner-epochs N] [--jackknife K] [--no-gum] [--no-gum-ner] [--one-pass] [--prune T,P,N] [--tagger-bits N] [--parser-bits N] [--ner-bits N] [--explore-p X] [--clusters] [--no-clusters] [--ner-features BITS] [--ner-ensemble K] [--parser-ensemble K] [--no-ner-jackknife] [--tagger-ensemble K] [--ner-o-penalty X] [--ner-lowercase K] [--no-ner-lower-model] [--parser-ewt-repeat K] [--reuse DIR (retrain NER only)] [--jackknife-cache FILE (with --reuse)] [--ner-signs FILE] [--cluster-table FILE] [--no-cluster-table] [--cluster-models tagger,parser,ner] [--cluster-sizes A,B,C] [--gazetteer DIR] [--no-gazetteer] [--no-retag] [--retag-epochs N] [--tagger-only [--probe SENTENCE]...]"
    );
    ExitCode::from(2)
}

/// Parses a flag's value into `to`; false if it is missing or unreadable.
fn set<T: std::str::FromStr>(v: Option<String>, to: &mut T) -> bool {
    v.and_then(|v| v.parse().ok()).map(|v| *to = v).is_some()
}

fn main() -> ExitCode {
    let mut data = None;
    let mut out = None;
    let mut cfg = Config::default();
    let mut reuse: Option<PathBuf> = None;
    let mut tagger_only = false;
    let mut probes: Vec<String> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || args.next();
        let ok = match a.as_str() {
            "--data" => val().map(|v| data = Some(PathBuf::from(v))).is_some(),
            "--out" => val().map(|v| out = Some(PathBuf::from(v))).is_some(),
            "--seed" => set(val(), &mut cfg.seed),
            "--tagger-epochs" => set(val(), &mut cfg.tagger_epochs),
            "--parser-epochs" => set(val(), &mut cfg.parser_epochs),
            "--ner-epochs" => set(val(), &mut cfg.ner_epochs),
            "--jackknife" => set(val(), &mut cfg.jackknife),
            "--parser-bits" => set(val(), &mut cfg.parser_bits),
            "--explore-p" => set(val(), &mut cfg.explore_p),
            "--prune" => val()
                .map(|v| {
                    v.split(',')
                        .filter_map(|x| x.parse().ok())
                        .collect::<Vec<f32>>()
                })
                .filter(|v| v.len() == 3)
                .map(|v| (cfg.prune_tagger, cfg.prune_parser, cfg.prune_ner) = (v[0], v[1], v[2]))
                .is_some(),
            "--tagger-bits" => set(val(), &mut cfg.tagger_bits),
            "--no-gum" => {
                cfg.gum = false;
                true
            }
            "--one-pass" => {
                cfg.two_pass = false;
                true
            }
            "--ner-features" => set(val(), &mut cfg.ner_features),
            "--ner-ensemble" => set(val(), &mut cfg.ner_ensemble),
            "--parser-ensemble" => set(val(), &mut cfg.parser_ensemble),
            "--no-ner-jackknife" => {
                cfg.ner_jackknife = false;
                true
            }
            "--tagger-ensemble" => set(val(), &mut cfg.tagger_ensemble),
            "--ner-o-penalty" => set(val(), &mut cfg.ner_o_penalty),
            "--ner-lowercase" => set(val(), &mut cfg.ner_lowercase),
            "--no-ner-lower-model" => {
                cfg.ner_lower_model = false;
                true
            }
            "--gazetteer" => val()
                .map(|v| cfg.gazetteer = Some(PathBuf::from(v)))
                .is_some(),
            "--probe" => val().map(|v| probes.push(v)).is_some(),
            "--tagger-only" => {
                tagger_only = true;
                true
            }
            "--no-gazetteer" => {
                cfg.gazetteer = None;
                true
            }
            "--ner-bits" => set(val(), &mut cfg.ner_bits),
            "--no-cluster-table" => {
                cfg.cluster_table = None;
                true
            }
            "--cluster-table" => val()
                .map(|v| cfg.cluster_table = Some(PathBuf::from(v)))
                .is_some(),
            "--cluster-models" => val()
                .and_then(|v| {
                    v.split(',').try_fold(0u32, |acc, m| match m {
                        "tagger" => Some(acc | rapport_nlp::train::CLUSTERS_TAGGER),
                        "parser" => Some(acc | rapport_nlp::train::CLUSTERS_PARSER),
                        "ner" => Some(acc | rapport_nlp::train::CLUSTERS_NER),
                        _ => None,
                    })
                })
                .map(|v| cfg.cluster_models = v)
                .is_some(),
            "--ner-signs" => val()
                .map(|v| cfg.ner_signs = Some(PathBuf::from(v)))
                .is_some(),
            "--jackknife-cache" => val()
                .map(|v| cfg.jackknife_cache = Some(PathBuf::from(v)))
                .is_some(),
            "--no-retag" => {
                cfg.retag = false;
                true
            }
            "--retag-epochs" => set(val(), &mut cfg.retag_epochs),
            "--parser-ewt-repeat" => set(val(), &mut cfg.parser_ewt_repeat),
            "--tagger-ewt-repeat" => set(val(), &mut cfg.tagger_ewt_repeat),
            "--clusters" => {
                cfg.clusters = Some(Default::default());
                true
            }
            "--reuse" => val().map(|v| reuse = Some(PathBuf::from(v))).is_some(),
            "--no-clusters" => {
                cfg.clusters = None;
                true
            }
            "--cluster-sizes" => val()
                .map(|v| {
                    v.split(',')
                        .filter_map(|x| x.parse().ok())
                        .collect::<Vec<usize>>()
                })
                .filter(|v| v.len() == 3)
                .map(|v| {
                    cfg.clusters.get_or_insert_with(Default::default).sizes = [v[0], v[1], v[2]]
                })
                .is_some(),
            "--no-gum-ner" => {
                cfg.gum_ner = false;
                true
            }
            _ => false,
        };
        if !ok {
            return usage();
        }
    }
    let (Some(data), Some(out)) = (data, out) else {
        return usage();
    };
    let t0 = Instant::now();
    let d = match Data::load(&data) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    println!("config: {cfg:?}");
    if tagger_only {
        // Trains and scores the tagger alone (for experiments on the tagger).
        let mut log = |l: String| println!("{l}");
        let table = match rapport_nlp::train::load_cluster_table(&cfg, &mut log) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::FAILURE;
            }
        };
        let st = rapport_nlp::train::train_tagger(&d, &cfg, table, &mut log);
        for probe in &probes {
            let toks: Vec<&str> = probe.split(' ').collect();
            let tags = st.tagger.tag(&toks);
            let shown: Vec<String> = toks
                .iter()
                .zip(&tags)
                .map(|(t, (_, x))| format!("{t}/{x}"))
                .collect();
            println!("probe: {}", shown.join(" "));
        }
        for (name, split) in [("dev", &d.ewt_dev), ("test", &d.ewt_test)] {
            let (u, x) = rapport_nlp::tagger::accuracy(&st.tagger, split);
            println!("== {name}\nupos {u:.4}\nxpos {x:.4}");
        }
        println!("after {:.0?}", t0.elapsed());
        return ExitCode::SUCCESS;
    }
    let p = match reuse {
        // Keeps the tagger and parser of DIR and retrains only the recognizer.
        Some(dir) => match rapport_nlp::Pipeline::load_dir(&dir) {
            Ok(p) => rapport_nlp::train::retrain_ner(p, &d, &cfg, &mut |l| println!("{l}")),
            Err(e) => Err(e.to_string().into()),
        },
        None => train_all(&d, &cfg, &mut |l| println!("{l}")),
    };
    let p = match p {
        Ok(p) => p,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let sizes = match save(&p, &out) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    println!(
        "saved {} (tagger {} B, parser {} B, ner {} B; total {:.1} MB) after {:.0?}",
        out.display(),
        sizes[0],
        sizes[1],
        sizes[2],
        sizes.iter().sum::<usize>() as f64 / 1e6,
        t0.elapsed()
    );
    println!("== dev");
    print!("{}", evaluate(&p, &d.ewt_dev, &d.uner_dev).lines());
    println!("== test");
    print!("{}", evaluate(&p, &d.ewt_test, &d.uner_test).lines());
    ExitCode::SUCCESS
}
