//! Segmentation throughput on the bundled example articles, repeated.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn corpus() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/articles");
    let mut all = String::new();
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    for f in files {
        all.push_str(&std::fs::read_to_string(f).unwrap());
        all.push_str("\n\n");
    }
    all.repeat(40)
}

fn bench(c: &mut Criterion) {
    let text = corpus();
    let mut g = c.benchmark_group("text");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("segment", |b| b.iter(|| rapport_text::segment(&text).len()));
    g.bench_function("segment+tokenize", |b| {
        b.iter(|| {
            rapport_text::segment(&text)
                .iter()
                .map(|s| rapport_text::tokenize(&text, s.span).len())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
