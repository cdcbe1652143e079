//! Compares the annotation speed of model folders in turns, in one process, so that the
//! machine's drift hits them alike: `cargo run --release -p rapport-nlp --example speed_ab
//! -- SENTENCES.txt DIR_A DIR_B [ROUNDS]`, one tokenized sentence per line (tokens split
//! by spaces). Prints each folder's median tokens/s over the rounds.

use std::time::Instant;

use rapport_nlp::Pipeline;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 3 {
        eprintln!("usage: speed_ab SENTENCES.txt DIR_A DIR_B [ROUNDS]");
        std::process::exit(2);
    }
    let text = std::fs::read_to_string(&args[0]).expect("sentences file");
    let sents: Vec<Vec<&str>> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split(' ').collect())
        .collect();
    let ntok: usize = sents.iter().map(|s| s.len()).sum();
    let dirs = &args[1..3];
    let rounds: usize = args.get(3).and_then(|r| r.parse().ok()).unwrap_or(15);
    let pipes: Vec<Pipeline> = dirs
        .iter()
        .map(|d| Pipeline::load_dir(std::path::Path::new(d)).expect("models"))
        .collect();
    let mut rates: Vec<Vec<f64>> = vec![Vec::new(); pipes.len()];
    // At least ~0.3 s per timing.
    let reps = (100_000 / ntok.max(1)).max(1);
    for _ in 0..rounds {
        for (p, r) in pipes.iter().zip(&mut rates) {
            let t0 = Instant::now();
            let mut n = 0;
            for _ in 0..reps {
                for s in &sents {
                    n += p.annotate(s).heads.len();
                }
            }
            r.push(n as f64 / t0.elapsed().as_secs_f64());
        }
    }
    for (d, r) in dirs.iter().zip(&mut rates) {
        r.sort_by(|a, b| a.partial_cmp(b).unwrap());
        println!(
            "{d}: median {:.0} tokens/s (min {:.0}, max {:.0})",
            r[r.len() / 2],
            r[0],
            r[r.len() - 1]
        );
    }
}
