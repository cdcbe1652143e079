//! `rapport nlp …`: train the tagger, parser and recognizer from the treebanks, and
//! score them. The work is done by `rapport_nlp::train`; this is argument handling.

use anyhow::{anyhow, bail, Result};
use clap::Subcommand;
use rapport_nlp::train::{evaluate, save, train_all, Config, Data, TestData};
use rapport_nlp::Pipeline;
use std::path::PathBuf;
use std::time::Instant;

#[derive(Subcommand)]
pub enum NlpCmd {
    /// Score the models on gold tokens, one figure per line (upos, xpos, lemma, uas, las, ner_f1, …).
    Eval {
        /// The folder with ud_english_ewt/ and uner_english_ewt/ (shared/nlp-data).
        #[arg(long, default_value = "../shared/nlp-data")]
        data: PathBuf,
        /// Which split to score.
        #[arg(long, default_value = "test", value_parser = ["test", "dev"])]
        split: String,
        /// Model files to score instead of the ones built into this binary.
        #[arg(long)]
        models: Option<PathBuf>,
        /// Also give the recognizer the actor knowledge base's names, as extraction does.
        #[arg(long)]
        kb: bool,
    },
    /// Train all models from scratch (seeded, single-threaded) and write them to a folder.
    Train {
        #[arg(long, default_value = "../shared/nlp-data")]
        data: PathBuf,
        /// Where to write tagger.bin, parser.bin and ner.bin.
        #[arg(long)]
        out: PathBuf,
        #[arg(long, default_value_t = Config::default().seed)]
        seed: u64,
        /// The public name lists the recognizer stores and weighs (places, given names,
        /// surnames).
        #[arg(long, default_value = "data/gazetteer")]
        gazetteer: PathBuf,
        /// The word clusters (learned from GloVe's word vectors) the models read as
        /// features.
        #[arg(long, default_value = "data/clusters/glove-100k.tsv")]
        cluster_table: PathBuf,
    },
}

pub fn run(cmd: NlpCmd) -> Result<i32> {
    match cmd {
        NlpCmd::Eval {
            data,
            split,
            models,
            kb,
        } => {
            let t0 = Instant::now();
            let mut p = match &models {
                Some(dir) => Pipeline::load_dir(dir),
                None => Pipeline::load_embedded(),
            }
            .map_err(|e| anyhow!("{e}"))?;
            if kb {
                let kb = rapport_kb::Kb::embedded().map_err(|e| anyhow!("{e}"))?;
                p = p.with_gazetteer(rapport_extract::syntax::KbGazetteer::new(&kb));
            }
            eprintln!("models loaded in {:.1?}", t0.elapsed());
            let d = TestData::load(&data, &split).map_err(|e| anyhow!("{e}"))?;
            print!("{}", evaluate(&p, &d.ud, &d.uner).lines());
            Ok(0)
        }
        NlpCmd::Train {
            data,
            out,
            seed,
            gazetteer,
            cluster_table,
        } => {
            if out.is_file() {
                bail!("{}: is a file; --out takes a folder", out.display());
            }
            let t0 = Instant::now();
            // The name lists and the clusters first: a wrong path fails at once, not
            // after loading the treebanks.
            rapport_nlp::ner::Lexicon::load(&gazetteer)
                .map_err(|e| anyhow!("the recognizer's name lists: {e}"))?;
            let cfg = Config {
                seed,
                gazetteer: Some(gazetteer),
                cluster_table: Some(cluster_table),
                ..Config::default()
            };
            rapport_nlp::train::load_cluster_table(&cfg, &mut |_| {})
                .map_err(|e| anyhow!("the word clusters: {e}"))?;
            let d = Data::load(&data).map_err(|e| anyhow!("{e}"))?;
            println!("config: {cfg:?}");
            let p = train_all(&d, &cfg, &mut |l| println!("{l}")).map_err(|e| anyhow!("{e}"))?;
            let sizes = save(&p, &out).map_err(|e| anyhow!("{e}"))?;
            println!(
                "saved {} ({:.1} MB) after {:.0?}",
                out.display(),
                sizes.iter().sum::<usize>() as f64 / 1e6,
                t0.elapsed()
            );
            println!("== dev");
            print!("{}", evaluate(&p, &d.ewt_dev, &d.uner_dev).lines());
            println!("== test");
            print!("{}", evaluate(&p, &d.ewt_test, &d.uner_test).lines());
            Ok(0)
        }
    }
}
