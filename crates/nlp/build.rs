//! Embeds the trained models from the workspace's `models/` folder when they are there.
//!
//! The crate also holds the `train` binary that makes those models, so it has to build
//! without them: when a model file is missing, `cfg(rapport_nlp_models)` is not set and
//! `Pipeline::load_embedded` reports that no models were embedded.

use std::path::PathBuf;

const FILES: [&str; 3] = ["tagger.bin", "parser.bin", "ner.bin"];

fn main() {
    println!("cargo::rustc-check-cfg=cfg(rapport_nlp_models)");
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let dir = manifest.join("../../models");
    println!("cargo:rerun-if-changed={}", dir.display());
    for f in FILES {
        println!("cargo:rerun-if-changed={}", dir.join(f).display());
    }
    if FILES.iter().all(|f| dir.join(f).is_file()) {
        let dir = dir.canonicalize().unwrap();
        println!("cargo:rustc-cfg=rapport_nlp_models");
        println!("cargo:rustc-env=RAPPORT_NLP_MODELS={}", dir.display());
    }
}
