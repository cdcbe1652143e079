//! End-to-end extraction throughput (segmentation, tagging, parsing, entities,
//! mentions, claims, time, attribution) on more than 5 MB of news-like text written by the team: the
//! bundled example articles, repeated as separate documents.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rapport_model::{DocMeta, Document, PartialDate};

fn docs() -> Vec<Document> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/articles");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let texts: Vec<String> = files
        .iter()
        .map(|f| std::fs::read_to_string(f).unwrap())
        .collect();
    let mut out = Vec::new();
    let mut bytes = 0;
    let mut k = 0;
    while bytes < 5 * 1024 * 1024 + 1 {
        let t = &texts[k % texts.len()];
        bytes += t.len();
        out.push(Document {
            meta: DocMeta {
                id: format!("d{k}"),
                published: Some(PartialDate::month(2019, 6)),
                ..Default::default()
            },
            text: t.clone(),
        });
        k += 1;
    }
    out
}

fn bench(c: &mut Criterion) {
    let ex = rapport_extract::Extractor::embedded().unwrap();
    let docs = docs();
    let words: usize = docs.iter().map(|d| d.text.split_whitespace().count()).sum();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    eprintln!(
        "corpus: {} documents, {bytes} bytes, {words} words",
        docs.len()
    );
    let mut g = c.benchmark_group("extract");
    g.sample_size(10);
    g.throughput(Throughput::Elements(words as u64));
    g.bench_function("5MB news-like text (elements = words)", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| ex.extract(d).claims.len())
                .sum::<usize>()
        })
    });
    // the same without the tagger, parser and recognizer: what syntax costs
    let plain = rapport_extract::Extractor::without_nlp(rapport_kb::Kb::embedded().unwrap());
    g.bench_function("5MB, token rules only (no NLP)", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| plain.extract(d).claims.len())
                .sum::<usize>()
        })
    });
    // what each stage costs: segmentation and tokens alone, then mentions and actor
    // resolution on top, against the whole pipeline above
    g.bench_function("segment+tokenize only", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| {
                    rapport_text::segment(&d.text)
                        .iter()
                        .map(|s| rapport_text::tokenize(&d.text, s.span).len())
                        .sum::<usize>()
                })
                .sum::<usize>()
        })
    });
    g.bench_function("segment+mentions+resolution (no claims)", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| ex.extract_actors(d).len())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
