//! Throughput of the whole NLP core (tagging + lemmas + parsing + NER) and of each model,
//! on news-like sentences written for this benchmark. Needs the embedded models.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rapport_nlp::parser::ParseInput;
use rapport_nlp::Pipeline;

const TEXT: &str = "\
Iranian officials denied on Tuesday that Tehran had supplied weapons to the Houthi rebels in Yemen .
By the end of the year , Amin says , Tehran helped the Taliban establish two military training camps on its soil .
At least 14 soldiers were killed when militants attacked a checkpoint near the Syrian border , the ministry said in a statement .
The United Nations Security Council met in New York to discuss the ceasefire , which collapsed after three days .
According to a senior Pentagon official who spoke on condition of anonymity , the strikes targeted ammunition depots used by the group .
Russia 's foreign minister , Sergei Lavrov , accused Washington of arming Kurdish fighters and undermining the talks in Geneva .
The European Union announced new sanctions against five companies that it said had helped Pyongyang evade the embargo .
Hezbollah , which is backed by Iran , has sent hundreds of fighters to support Syrian government forces around Aleppo .
A spokesman for the Afghan interior ministry said the attackers were trained in camps across the border in Pakistan .
Turkey and Qatar signed a defence agreement in Doha last month , allowing Turkish troops to be stationed in the emirate .
Protesters gathered outside the embassy on Friday , chanting slogans against the government and demanding the release of detained journalists .
The former commander , who defected in 2015 , told reporters that he had personally received money from intelligence officers .
Officials could not confirm whether the convoy , which was carrying food and medicine , had reached the besieged town .
Saudi Arabia has repeatedly accused Iran of smuggling missiles to its allies , a charge Tehran rejects .
";

fn sentences() -> Vec<Vec<&'static str>> {
    TEXT.lines().map(|l| l.split(' ').collect()).collect()
}

fn bench(c: &mut Criterion) {
    c.bench_function("nlp/load_embedded", |b| {
        b.iter(|| Pipeline::load_embedded().unwrap())
    });
    let p = Pipeline::load_embedded().expect("embedded models");
    let sents = sentences();
    let ntok: usize = sents.iter().map(|s| s.len()).sum();
    let mut g = c.benchmark_group("nlp");
    g.throughput(Throughput::Elements(ntok as u64));
    g.bench_function("annotate (tag+lemma+parse+ner)", |b| {
        b.iter(|| {
            sents
                .iter()
                .map(|s| p.annotate(s).heads.len())
                .sum::<usize>()
        })
    });
    g.bench_function("tag", |b| {
        b.iter(|| sents.iter().map(|s| p.tagger.tag(s).len()).sum::<usize>())
    });
    let inputs: Vec<ParseInput> = sents
        .iter()
        .map(|s| {
            let t = p.tagger.tag(s);
            let x: Vec<&str> = t.iter().map(|t| t.1).collect();
            let u: Vec<&str> = t.iter().map(|t| t.0).collect();
            ParseInput::new(s, &x, &u)
        })
        .collect();
    g.bench_function("parse", |b| {
        b.iter(|| {
            inputs
                .iter()
                .map(|i| p.parser.parse(i).0.len())
                .sum::<usize>()
        })
    });
    let xpos: Vec<Vec<&str>> = sents
        .iter()
        .map(|s| p.tagger.tag(s).into_iter().map(|t| t.1).collect())
        .collect();
    // The recognizer reads the parser's trees, as in `annotate`.
    let trees: Vec<(Vec<usize>, Vec<&str>)> = inputs
        .iter()
        .map(|i| {
            let (h, l) = p.parser.parse(i);
            (h, l.iter().map(|&l| p.parser.label(l)).collect())
        })
        .collect();
    g.bench_function("ner", |b| {
        b.iter(|| {
            sents
                .iter()
                .zip(&xpos)
                .zip(&trees)
                .map(|((s, x), (h, l))| {
                    let tree = rapport_nlp::ner::Tree {
                        heads: h,
                        labels: l,
                    };
                    p.ner.recognize(s, x, Some(tree), None).len()
                })
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
