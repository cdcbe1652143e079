//! rapport's trained NLP core, in pure Rust and offline: a part-of-speech tagger (UPOS and
//! XPOS), a lemmatizer, a labelled dependency parser and a named-entity recognizer
//! (PER, ORG, LOC), with models trained on Universal Dependencies English EWT, Universal
//! NER and GUM and embedded in the binary.
//!
//! ```no_run
//! let nlp = rapport_nlp::Pipeline::load_embedded().unwrap();
//! let a = nlp.annotate(&["Iran", "helped", "the", "Taliban", "establish", "camps", "."]);
//! assert_eq!(a.heads.len(), 7);
//! print!("{}", a.to_conllu());
//! ```
//!
//! Modules: [`conllu`] and [`iob`] read the training formats; [`tagger`], [`lemma`],
//! [`parser`] and [`ner`] are the models; [`train`] holds the reproducible training and
//! evaluation used by the `train` and `eval` binaries.

pub mod clusters;
pub mod conllu;
pub mod hash;
pub mod io;
pub mod iob;
pub mod lemma;
pub mod lex;
pub mod ner;
pub mod parser;
pub mod perceptron;
pub mod retag;
pub mod signs;
pub mod tagger;
pub mod train;
pub mod vectors;

use std::collections::HashMap;
use std::fmt;
use std::hash::{BuildHasherDefault, Hasher};
use std::path::Path;

pub use iob::Span;
pub use ner::{GazLabel, Gazetteer, NameList};

use io::{FormatError, Reader, Writer};
use lemma::Lemmatizer;
use lex::Lex;
use ner::Ner;
use parser::{ParseInput, Parser};
use tagger::Tagger;

/// Hasher for keys that are already hashes (feature and word hashes).
#[derive(Default, Clone, Copy)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = hash::mix(self.0, *b as u64);
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v;
    }
}

pub type IdMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

/// The model files, under `models/` in the repository.
pub const MODEL_FILES: [&str; 3] = ["tagger.bin", "parser.bin", "ner.bin"];

/// Why models could not be loaded.
#[derive(Debug)]
pub enum LoadError {
    /// This build was made without the model files (e.g. before the first training).
    NotEmbedded,
    Io(String),
    Format(FormatError),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::NotEmbedded => write!(
                f,
                "this build has no embedded NLP models (models/*.bin were missing at build time)"
            ),
            LoadError::Io(e) => write!(f, "{e}"),
            LoadError::Format(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for LoadError {}

impl From<FormatError> for LoadError {
    fn from(e: FormatError) -> Self {
        LoadError::Format(e)
    }
}

/// A sentence's annotation, one entry per token.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Annotated {
    pub tokens: Vec<String>,
    pub upos: Vec<String>,
    pub xpos: Vec<String>,
    pub lemmas: Vec<String>,
    /// 1-based head index per token, 0 for the root (CoNLL-U convention).
    pub heads: Vec<usize>,
    pub deprels: Vec<String>,
    /// Entities as `(start_tok, end_tok, label)`: tokens `start_tok..end_tok` (end
    /// exclusive, 0-based) with label `PER`, `ORG` or `LOC`.
    pub entities: Vec<Span>,
}

impl Annotated {
    /// The annotation as a CoNLL-U sentence; entities go to MISC as IOB2 `NE=B-PER`.
    pub fn to_sentence(&self) -> conllu::Sentence {
        let mut ne = vec![String::new(); self.tokens.len()];
        for (s, e, l) in &self.entities {
            for (k, x) in ne[*s..*e].iter_mut().enumerate() {
                *x = format!("NE={}-{l}", if k == 0 { 'B' } else { 'I' });
            }
        }
        conllu::Sentence {
            id: None,
            text: Some(self.tokens.join(" ")),
            words: (0..self.tokens.len())
                .map(|i| conllu::Word {
                    form: self.tokens[i].clone(),
                    lemma: self.lemmas[i].clone(),
                    upos: self.upos[i].clone(),
                    xpos: self.xpos[i].clone(),
                    feats: String::new(),
                    head: self.heads[i],
                    deprel: self.deprels[i].clone(),
                    misc: std::mem::take(&mut ne[i]),
                })
                .collect(),
        }
    }

    /// The annotation in CoNLL-U (with a `# text` line of the space-joined tokens).
    pub fn to_conllu(&self) -> String {
        conllu::write(&self.to_sentence())
    }
}

/// The whole pipeline: tagger, lemmatizer, parser and recognizer.
pub struct Pipeline {
    pub tagger: Tagger,
    pub lemmatizer: Lemmatizer,
    pub parser: Parser,
    pub ner: Ner,
    gazetteer: Option<Box<dyn Gazetteer + Send + Sync>>,
    /// Per tagger class: the hashes the parser reads (XPOS, UPOS).
    class_hashes: Vec<(u64, u64)>,
    /// What [`Pipeline::mark_repair`] needs: the classes it may change, the class it
    /// gives, and the parser's `mark` and `fixed` labels.
    mark_repair: Option<MarkRepair>,
    /// The tagger's post-parse pass, stored in the parser's file (format 5).
    pub retagger: Option<retag::Retagger>,
}

/// A word the parser attaches as `mark`, the subordinator of a clause ("of leaving", "for
/// being", "that it was"), is a subordinating conjunction in UD; the tagger reads many of
/// them as prepositions or pronouns.
#[derive(Clone, Debug)]
struct MarkRepair {
    /// Per tagger class: is it UPOS ADP or PRON?
    from: Vec<bool>,
    /// The class `(SCONJ, IN)`.
    to: u8,
    mark: u8,
    fixed: Option<u8>,
}

#[cfg(rapport_nlp_models)]
mod embedded {
    pub const TAGGER: &[u8] = include_bytes!(concat!(env!("RAPPORT_NLP_MODELS"), "/tagger.bin"));
    pub const PARSER: &[u8] = include_bytes!(concat!(env!("RAPPORT_NLP_MODELS"), "/parser.bin"));
    pub const NER: &[u8] = include_bytes!(concat!(env!("RAPPORT_NLP_MODELS"), "/ner.bin"));
}

impl Pipeline {
    /// The models embedded at build time from the repository's `models/`.
    pub fn load_embedded() -> Result<Pipeline, LoadError> {
        #[cfg(rapport_nlp_models)]
        {
            Pipeline::from_bytes(embedded::TAGGER, embedded::PARSER, embedded::NER)
        }
        #[cfg(not(rapport_nlp_models))]
        {
            Err(LoadError::NotEmbedded)
        }
    }

    /// Models from a folder holding [`MODEL_FILES`].
    pub fn load_dir(dir: &Path) -> Result<Pipeline, LoadError> {
        let read = |f: &str| {
            let p = dir.join(f);
            std::fs::read(&p).map_err(|e| LoadError::Io(format!("{}: {e}", p.display())))
        };
        Pipeline::from_bytes(
            &read(MODEL_FILES[0])?,
            &read(MODEL_FILES[1])?,
            &read(MODEL_FILES[2])?,
        )
    }

    /// Models from the bytes of the three files.
    pub fn from_bytes(tagger: &[u8], parser: &[u8], ner: &[u8]) -> Result<Pipeline, LoadError> {
        let mut r = Reader::new(tagger, "tagger")?;
        let t = Tagger::read(&mut r)?;
        let lem = Lemmatizer::read(&mut r)?;
        r.end()?;
        let mut r = Reader::new(parser, "parser")?;
        let p = Parser::read(&mut r)?;
        let retagger = if r.version() >= 5 && r.u8()? == 1 {
            Some(retag::Retagger::read(&mut r)?)
        } else {
            None
        };
        r.end()?;
        let mut r = Reader::new(ner, "ner")?;
        let n = Ner::read(&mut r)?;
        r.end()?;
        Ok(Pipeline::new(t, lem, p, n).with_retagger(retagger))
    }

    pub fn new(tagger: Tagger, lemmatizer: Lemmatizer, parser: Parser, ner: Ner) -> Pipeline {
        let class_hashes = (0..tagger.nclass() as u8)
            .map(|c| {
                (
                    hash::str_hash(tagger.xpos(c)),
                    hash::str_hash(tagger.upos(c)),
                )
            })
            .collect();
        let label = |l: &str| parser.labels().iter().position(|x| x == l).map(|i| i as u8);
        let mark_repair = match (tagger.class_of("SCONJ", "IN"), label("mark")) {
            (Some(to), Some(mark)) => Some(MarkRepair {
                from: (0..tagger.nclass() as u8)
                    .map(|c| matches!(tagger.upos(c), "ADP" | "PRON"))
                    .collect(),
                to,
                mark,
                fixed: label("fixed"),
            }),
            _ => None,
        };
        Pipeline {
            tagger,
            lemmatizer,
            parser,
            ner,
            gazetteer: None,
            class_hashes,
            mark_repair,
            retagger: None,
        }
    }

    /// Adds (or removes) the post-parse tagging pass.
    pub fn with_retagger(mut self, r: Option<retag::Retagger>) -> Pipeline {
        self.retagger = r;
        self
    }

    /// After parsing: a word tagged ADP or PRON that the parser attaches as `mark` becomes
    /// SCONJ (XPOS IN), unless it begins a fixed expression ("in order to", whose "in"
    /// the treebanks keep as ADP). On EWT, 95 % of `mark` words that are not the
    /// infinitive's "to" are SCONJ.
    fn mark_repair(&self, tags: &mut [u8], heads: &[usize], labels: &[u8]) {
        let Some(r) = &self.mark_repair else {
            return;
        };
        for i in 0..tags.len() {
            if labels[i] != r.mark || !r.from[tags[i] as usize] {
                continue;
            }
            let heads_fixed = r
                .fixed
                .is_some_and(|f| (0..tags.len()).any(|k| heads[k] == i + 1 && labels[k] == f));
            if !heads_fixed {
                tags[i] = r.to;
            }
        }
    }

    /// Tags and parses one sentence: the tagger's classes — after parsing, decided again
    /// by the post-parse pass ([`retag`]) and repaired as the tagger repairs them and as
    /// the tree allows ([`Pipeline::mark_repair`]) —, 1-based heads and label ids.
    pub(crate) fn tag_parse(&self, lex: &[Lex]) -> (Vec<u8>, Vec<usize>, Vec<u8>) {
        let (mut tags, lead) = self.tagger.tag_lex_margins(lex);
        let mut inp = ParseInput {
            w: lex.iter().map(|l| l.norm).collect(),
            s: lex.iter().map(|l| l.suf[2]).collect(),
            p: tags
                .iter()
                .map(|&t| self.class_hashes[t as usize].0)
                .collect(),
            u: tags
                .iter()
                .map(|&t| self.class_hashes[t as usize].1)
                .collect(),
            ..Default::default()
        };
        inp.close();
        let (heads, labels) = self.parser.parse(&inp);
        if let Some(r) = &self.retagger {
            tags = r.retag(
                &retag::Input {
                    lex,
                    tags: &tags,
                    heads: &heads,
                    labels: &labels,
                },
                |i| lead[i] >= r.reach,
            );
            self.tagger.repair(lex, &mut tags);
        }
        self.mark_repair(&mut tags, &heads, &labels);
        (tags, heads, labels)
    }

    /// Serialises the models as the three files' bytes (tagger+lemmatizer, parser, NER).
    pub fn to_bytes(&self) -> [Vec<u8>; 3] {
        let mut t = Writer::new("tagger");
        self.tagger.write(&mut t);
        self.lemmatizer.write(&mut t);
        let mut p = Writer::new("parser");
        self.parser.write(&mut p);
        p.u8(self.retagger.is_some() as u8);
        if let Some(r) = &self.retagger {
            r.write(&mut p);
        }
        let mut n = Writer::new("ner");
        self.ner.write(&mut n);
        [t.buf, p.buf, n.buf]
    }

    /// Prunes the weights below the given magnitudes from the tagger, parser and NER
    /// models (see [`perceptron::Model::prune`]).
    pub fn prune(&mut self, tagger: f32, parser: f32, ner: f32) {
        self.tagger.prune(tagger);
        self.parser.prune(parser);
        self.ner.prune(ner);
    }

    /// The caller's gazetteer the recognizer consults, if one was added.
    pub fn gazetteer(&self) -> Option<&dyn Gazetteer> {
        self.gazetteer.as_deref().map(|g| g as &dyn Gazetteer)
    }

    /// Adds a gazetteer (e.g. the actor knowledge base's names) for the recognizer.
    pub fn with_gazetteer(mut self, g: impl Gazetteer + Send + Sync + 'static) -> Pipeline {
        self.gazetteer = Some(Box::new(g));
        self
    }

    /// Tags, lemmatizes, parses and finds the entities of one tokenised sentence.
    pub fn annotate(&self, tokens: &[&str]) -> Annotated {
        if tokens.is_empty() {
            return Annotated::default();
        }
        let lex: Vec<Lex> = tokens.iter().map(|t| Lex::new(t)).collect();
        let (tags, heads, labels) = self.tag_parse(&lex);
        let xpos: Vec<&str> = tags.iter().map(|&t| self.tagger.xpos(t)).collect();
        let label_names: Vec<&str> = labels.iter().map(|&l| self.parser.label(l)).collect();
        let entities = self.ner.recognize_lex(
            tokens,
            &lex,
            &xpos,
            Some(ner::Tree {
                heads: &heads,
                labels: &label_names,
            }),
            self.gazetteer.as_deref().map(|g| g as &dyn Gazetteer),
        );
        Annotated {
            tokens: tokens.iter().map(|t| t.to_string()).collect(),
            upos: tags
                .iter()
                .map(|&t| self.tagger.upos(t).to_string())
                .collect(),
            lemmas: tokens
                .iter()
                .zip(&xpos)
                .map(|(t, x)| self.lemmatizer.lemma(t, x))
                .collect(),
            xpos: xpos.iter().map(|x| x.to_string()).collect(),
            heads,
            deprels: label_names.iter().map(|l| l.to_string()).collect(),
            entities,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOY: &str = "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
2\tTaliban\tTaliban\tPROPN\tNNP\t_\t3\tnsubj\t_\t_
3\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_
4\tKabul\tKabul\tPROPN\tNNP\t_\t3\tobj\t_\t_
5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

1\tIran\tIran\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
2\tarmed\tarm\tVERB\tVBD\t_\t0\troot\t_\t_
3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_
4\tmilitants\tmilitant\tNOUN\tNNS\t_\t2\tobj\t_\t_
5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_
";

    /// A whole pipeline trained on a toy corpus: annotation, CoNLL-U output, the model
    /// files' round trip and the gazetteer hook.
    fn toy_pipeline() -> Pipeline {
        let sents = conllu::parse(TOY).unwrap();
        let topts = tagger::TrainOptions {
            epochs: 6,
            seed: 1,
            prune: 0.0,
            bits: 16,
            ensemble: 1,
        };
        let t = tagger::train(&sents, &sents, &topts, &mut |_| {});
        let lem = Lemmatizer::train(&sents);
        let labels = parser::label_set(&sents);
        let tags: Vec<Vec<(String, String)>> = sents
            .iter()
            .map(|s| {
                s.words
                    .iter()
                    .map(|w| (w.xpos.clone(), w.upos.clone()))
                    .collect()
            })
            .collect();
        let (exs, _) = parser::examples(&sents, &tags, &labels);
        let inputs: Vec<ParseInput> = exs.iter().map(|e| e.input.clone()).collect();
        let popts = parser::TrainOptions {
            epochs: 8,
            seed: 1,
            prune: 0.0,
            explore_from: 2,
            explore_p: 0.9,
            bits: 16,
            ensemble: 1,
        };
        let p = parser::train(labels, &exs, (&inputs, &sents), &popts, &mut |_| {});
        let ner_exs: Vec<ner::NerExample> = sents
            .iter()
            .map(|s| ner::NerExample {
                tokens: s.words.iter().map(|w| w.form.clone()).collect(),
                xpos: s.words.iter().map(|w| w.xpos.clone()).collect(),
                spans: s
                    .words
                    .iter()
                    .enumerate()
                    .filter(|(_, w)| w.upos == "PROPN")
                    .map(|(i, w)| {
                        (
                            i,
                            i + 1,
                            if w.form == "Taliban" { "ORG" } else { "LOC" }.to_string(),
                        )
                    })
                    .collect(),
                heads: Vec::new(),
                labels: Vec::new(),
            })
            .collect();
        let case = lex::case_profiles(sents.iter().map(|s| s.forms()));
        let nopts = ner::TrainOptions {
            epochs: 8,
            seed: 1,
            prune: 0.0,
            features: ner::DEFAULT_FEATURES,
            ensemble: 1,
            o_penalty: 0.0,
            signs: Default::default(),
            lexicon: ner::Lexicon::default(),
            bits: ner::BITS,
        };
        let n = ner::train(&ner_exs, &ner_exs, case, &nopts, &mut |_| {});
        Pipeline::new(t, lem, p, n)
    }

    #[test]
    fn annotates_and_writes_conllu() {
        let p = toy_pipeline();
        let a = p.annotate(&["Iran", "armed", "the", "militants", "."]);
        assert_eq!(a.upos, ["PROPN", "VERB", "DET", "NOUN", "PUNCT"]);
        assert_eq!(a.lemmas[1], "arm");
        assert_eq!(a.heads.iter().filter(|&&h| h == 0).count(), 1);
        assert_eq!(a.heads[1], 0);
        assert_eq!(a.deprels[1], "root");
        assert_eq!(a.entities, vec![(0, 1, "LOC".to_string())]);
        let b = p.annotate(&["The", "Taliban", "attacked", "Kabul", "."]);
        assert_eq!(
            b.entities,
            vec![(1, 2, "ORG".to_string()), (3, 4, "LOC".to_string())]
        );
        let text = a.to_conllu();
        assert!(text.starts_with("# text = Iran armed the militants .\n1\tIran\tIran\tPROPN\tNNP\t_\t2\tnsubj\t_\tNE=B-LOC\n"), "{text}");
        let back = conllu::parse(&text).unwrap();
        assert_eq!(back[0].words.len(), 5);
        assert_eq!(
            Pipeline::new(p.tagger, p.lemmatizer, p.parser, p.ner).annotate(&[]),
            Annotated::default()
        );
    }

    #[test]
    fn model_files_round_trip() {
        let p = toy_pipeline();
        let [t, pa, n] = p.to_bytes();
        let q = Pipeline::from_bytes(&t, &pa, &n).unwrap();
        let s = ["The", "Taliban", "armed", "militants", "."];
        assert_eq!(p.annotate(&s), q.annotate(&s));
        assert!(matches!(
            Pipeline::from_bytes(&pa, &t, &n),
            Err(LoadError::Format(_))
        ));
        let mut cut = t.clone();
        cut.pop();
        assert!(Pipeline::from_bytes(&cut, &pa, &n).is_err());
        let dir = std::env::temp_dir().join(format!("rapport-nlp-test-{}", std::process::id()));
        train::save(&p, &dir).unwrap();
        let r = Pipeline::load_dir(&dir).unwrap();
        assert_eq!(r.annotate(&s), p.annotate(&s));
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(matches!(Pipeline::load_dir(&dir), Err(LoadError::Io(_))));
    }

    /// The toy pipeline's three model files, trained once for the property tests.
    fn toy_files() -> &'static [Vec<u8>; 3] {
        static FILES: std::sync::OnceLock<[Vec<u8>; 3]> = std::sync::OnceLock::new();
        FILES.get_or_init(|| toy_pipeline().to_bytes())
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(400))]

        /// A damaged model file (bytes changed, or cut short) is an error, never a panic,
        /// and a file that still loads annotates without panicking.
        #[test]
        fn damaged_model_files_are_errors(
            which in 0usize..3,
            edits in proptest::collection::vec((proptest::prelude::any::<u32>(), 1u8..=255), 1..4),
            tail in proptest::prelude::any::<bool>(),
            cut in proptest::option::of(proptest::prelude::any::<u32>()),
        ) {
            let mut files = toy_files().clone();
            let f = &mut files[which];
            for (pos, x) in edits {
                // Half the edits land in the last eighth, past the large row tables,
                // where the class lists, labels and name lists are.
                let len = f.len();
                let i = if tail { len - 1 - pos as usize % (len / 8) } else { pos as usize % len };
                f[i] ^= x;
            }
            if let Some(c) = cut {
                let len = f.len();
                f.truncate(c as usize % len);
            }
            if let Ok(p) = Pipeline::from_bytes(&files[0], &files[1], &files[2]) {
                let a = p.annotate(&["The", "Taliban", "armed", "militants", "in", "Kabul", "."]);
                proptest::prop_assert_eq!(a.heads.len(), 7);
            }
        }
    }

    #[test]
    fn gazetteer_hook_adds_evidence() {
        let p = toy_pipeline();
        let mut g = std::collections::HashMap::new();
        g.insert("hezbollah".to_string(), GazLabel::Org);
        let p = p.with_gazetteer(g);
        // The hook is consulted (the toy model has little to say about unseen names, so
        // only check that annotation runs and spans stay well formed).
        let a = p.annotate(&["Hezbollah", "attacked", "Kabul", "."]);
        for (s, e, l) in &a.entities {
            assert!(s < e && *e <= 4 && ["PER", "ORG", "LOC"].contains(&l.as_str()));
        }
    }
}
