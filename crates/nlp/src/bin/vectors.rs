//! Learns nested word clusters from pre-trained word vectors (GloVe text format) and
//! writes the table the models' training reads (`train --cluster-table FILE`); with
//! `--signs FILE`, also the vectors' binarised form (`rapport_nlp::signs`), which the
//! recognizer's training reads (`train --ner-signs FILE`), for the `--signs-words` most
//! frequent of the words read (50,000 by default; at most `--words`).
//!
//! usage: vectors --glove FILE --out FILE [--words N] [--sizes A,B,C] [--iterations N]
//!        [--seed N] [--source TEXT] [--signs FILE] [--signs-words N]

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use rapport_nlp::vectors;

fn main() -> ExitCode {
    let usage = "usage: vectors --glove FILE --out FILE [--words N] [--sizes A,B,C] [--iterations N] [--seed N] [--source TEXT] [--signs FILE] [--signs-words N]";
    let mut args = std::env::args().skip(1);
    let (mut glove, mut out): (Option<PathBuf>, Option<PathBuf>) = (None, None);
    let (mut words, mut sizes, mut iterations, mut seed) =
        (100_000usize, [1024, 256, 32], 15usize, 1u64);
    let mut source = String::from("pre-trained word vectors");
    let (mut signs_out, mut signs_words): (Option<PathBuf>, usize) = (None, 50_000);
    while let Some(a) = args.next() {
        let mut val = || args.next();
        let ok = match a.as_str() {
            "--glove" => val().map(|v| glove = Some(v.into())).is_some(),
            "--out" => val().map(|v| out = Some(v.into())).is_some(),
            "--words" => val()
                .and_then(|v| v.parse().ok())
                .map(|v| words = v)
                .is_some(),
            "--iterations" => val()
                .and_then(|v| v.parse().ok())
                .map(|v| iterations = v)
                .is_some(),
            "--seed" => val()
                .and_then(|v| v.parse().ok())
                .map(|v| seed = v)
                .is_some(),
            "--source" => val().map(|v| source = v).is_some(),
            "--signs" => val().map(|v| signs_out = Some(v.into())).is_some(),
            "--signs-words" => val()
                .and_then(|v| v.parse().ok())
                .map(|v| signs_words = v)
                .is_some(),
            "--sizes" => val()
                .and_then(|v| {
                    let s: Vec<usize> = v.split(',').filter_map(|x| x.parse().ok()).collect();
                    <[usize; 3]>::try_from(s).ok()
                })
                .map(|v| sizes = v)
                .is_some(),
            _ => false,
        };
        if !ok {
            eprintln!("bad or incomplete argument {a:?}\n{usage}");
            return ExitCode::FAILURE;
        }
    }
    let (Some(glove), Some(out)) = (glove, out) else {
        eprintln!("{usage}");
        return ExitCode::FAILURE;
    };
    let t0 = Instant::now();
    let text = match std::fs::read_to_string(&glove) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: {}: {e}", glove.display());
            return ExitCode::FAILURE;
        }
    };
    let (w, data, dim) = match vectors::read_glove(&text, words) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("error: {}: {e}", glove.display());
            return ExitCode::FAILURE;
        }
    };
    drop(text);
    if let Some(f) = &signs_out {
        let shown = &w[..signs_words.min(w.len())];
        let rows = &data[..shown.len() * dim];
        let signs = match rapport_nlp::signs::Signs::from_vectors(shown, rows, dim) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("error: {}: {e}", glove.display());
                return ExitCode::FAILURE;
            }
        };
        let header = format!(
            "Binarised word vectors (rapport_nlp::signs) of {source},\n{} most frequent words: per word, the components above the mean of their positive values (code 2k)\nor below the mean of their negative values (code 2k+1), two hex digits each.\nword\tcodes",
            signs.len()
        );
        if let Err(e) = std::fs::write(f, signs.to_text(&header, shown)) {
            eprintln!("error: {}: {e}", f.display());
            return ExitCode::FAILURE;
        }
        println!("wrote {} ({} words)", f.display(), signs.len());
    }
    println!(
        "{} words of {dim} dimensions read in {:.1?}",
        w.len(),
        t0.elapsed()
    );
    let c = vectors::nested(&data, dim, sizes, iterations, seed);
    println!("clustered at {sizes:?} in {:.1?}", t0.elapsed());
    let header = format!(
        "Word clusters: spherical k-means (rapport_nlp::vectors) of {source},\n{} most frequent words, {dim} dimensions; levels {sizes:?}, {iterations} iterations, seed {seed}.\nword\tfinest\tmiddle\tcoarsest",
        w.len()
    );
    if let Err(e) = std::fs::write(&out, vectors::write_table(&header, &w, &c)) {
        eprintln!("error: {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    println!("wrote {}", out.display());
    ExitCode::SUCCESS
}
