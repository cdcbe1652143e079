//! Loading and validating the shipped knowledge base and building its matcher.

use criterion::{criterion_group, criterion_main, Criterion};

fn bench(c: &mut Criterion) {
    c.bench_function("kb/load+validate+matcher", |b| {
        b.iter(|| rapport_kb::Kb::embedded().unwrap().len())
    });
    let kb = rapport_kb::Kb::embedded().unwrap();
    let text = "Tehran and the IRGC met Taliban envoys in Doha; the Pentagon, NATO and Hezbollah said Russia's GRU had armed the Houthis. ".repeat(200);
    let mut g = c.benchmark_group("kb");
    g.throughput(criterion::Throughput::Bytes(text.len() as u64));
    g.bench_function("find", |b| b.iter(|| kb.find(&text, 0, text.len()).len()));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
