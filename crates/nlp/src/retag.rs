//! The tagger's last pass, after parsing: each word's tag decided again from the tag it
//! has, its neighbours' tags and its place in the parser's tree — its relation, its
//! head's word and tag, the relations of its own dependents ("a word with a determiner
//! is a noun", "a word the parser makes a clause's subordinator is SCONJ").
//!
//! An averaged perceptron over the tagger's joint (UPOS, XPOS) classes, one decision per
//! word (no history). It is trained on jackknifed tags and trees of the training
//! sentences — both from models that did not see the sentence — so it learns how far to
//! trust each as they are at run time.

use crate::hash::{bucket, feat};
use crate::io::{FormatError, Reader, Writer};
use crate::lex::Lex;
use crate::perceptron::{argmax_by, member_streams, Model, Trainer};

/// Default [`Retagger::reach`]. Chosen on EWT dev for accuracy and speed: every word but
/// the dictionary's gives UPOS 0.9536 with the pipeline at ≈ 100,000 tokens/s; below 30
/// or 15, 0.9534 at ≈ 107,000 (the pipeline without the pass: ≈ 111,000); below 8, 0.9530.
pub const REACH: f32 = 15.0;
/// Weight-table size of new models (`1 << BITS` rows).
pub const BITS: u32 = 18;
const NIL: u64 = 0xdead_0001;

/// A sentence as the pass reads it.
pub struct Input<'a> {
    pub lex: &'a [Lex],
    /// The tagger's classes.
    pub tags: &'a [u8],
    /// 1-based heads, 0 for the root.
    pub heads: &'a [usize],
    /// The parser's label ids.
    pub labels: &'a [u8],
}

/// A trained post-parse pass.
pub struct Retagger {
    model: Model,
    /// A word's tag changes only where the pass prefers another class by more than this
    /// many weight units (its first-pass tag is kept where the pass is unsure).
    pub margin: f32,
    /// Only words whose first-pass tagging margin (in weight units) is below this are
    /// read again: a run-time setting, not stored ([`REACH`]).
    pub reach: f32,
}

/// Per word: the set of its dependents' labels, as a bit mask of label ids.
fn child_sets(inp: &Input) -> Vec<u64> {
    let mut sets = vec![0u64; inp.tags.len()];
    for (k, &h) in inp.heads.iter().enumerate() {
        if h >= 1 && h <= sets.len() {
            sets[h - 1] |= 1u64 << (inp.labels[k] & 63);
        }
    }
    sets
}

fn features(inp: &Input, kids: &[u64], i: usize, out: &mut Vec<u32>, bits: u32) {
    out.clear();
    let n = inp.tags.len();
    let t = |j: isize| -> u64 {
        if j < 0 || j as usize >= n {
            NIL
        } else {
            inp.tags[j as usize] as u64
        }
    };
    let w = |j: isize| -> u64 {
        if j < 0 || j as usize >= n {
            NIL + 2
        } else {
            inp.lex[j as usize].norm
        }
    };
    let l = &inp.lex[i];
    let ii = i as isize;
    let h = inp.heads[i];
    let (ht, hw, hl) = if h >= 1 && h <= n {
        (
            inp.tags[h - 1] as u64,
            inp.lex[h - 1].norm,
            inp.labels[h - 1] as u64,
        )
    } else {
        (NIL + 1, NIL + 1, NIL + 1)
    };
    let lab = inp.labels[i] as u64;
    let dir = (h > i + 1) as u64 + 2 * (h == 0) as u64;
    let t0 = t(ii);
    let fs = [
        feat(0, 0, 0, 0),
        feat(1, l.norm, 0, 0),
        feat(2, t0, 0, 0),
        feat(3, t0, l.norm, 0),
        feat(4, t0, l.suf[2], 0),
        feat(5, lab, 0, 0),
        feat(6, lab, t0, 0),
        feat(7, lab, l.norm, 0),
        feat(8, lab, ht, 0),
        feat(9, lab, hw, 0),
        feat(10, ht, t0, 0),
        feat(11, kids[i], 0, 0),
        feat(12, kids[i], t0, 0),
        feat(13, t(ii - 1), t0, t(ii + 1)),
        feat(14, dir, lab, t0),
        feat(15, lab, hl, t0),
        feat(16, lab, l.suf[2], 0),
        feat(17, kids[i], l.norm, 0),
        feat(18, w(ii - 1), t0, 0),
        feat(19, w(ii + 1), t0, 0),
        feat(20, lab, t(ii + 1), 0),
        feat(21, kids[i], ht, 0),
    ];
    out.extend(fs.iter().map(|&x| bucket(x, bits)));
}

impl Retagger {
    /// Retags the words of `inp`: returns the new classes. Words for which `keep` holds
    /// keep their tags unread (punctuation: each word read costs a score over every
    /// class).
    pub fn retag(&self, inp: &Input, keep: impl Fn(usize) -> bool) -> Vec<u8> {
        let kids = child_sets(inp);
        let mut feats = Vec::with_capacity(24);
        let mut scores = vec![0i32; self.model.nclass()];
        (0..inp.tags.len())
            .map(|i| {
                if keep(i) {
                    return inp.tags[i];
                }
                features(inp, &kids, i, &mut feats, self.model.bits());
                self.model.score(&feats, &mut scores);
                let best = argmax_by(&scores, |_| true).unwrap_or(inp.tags[i] as usize);
                let cur = inp.tags[i] as usize;
                if (scores[best] - scores[cur]) as f32 * self.model.scale() > self.margin {
                    best as u8
                } else {
                    cur as u8
                }
            })
            .collect()
    }

    pub fn write(&self, w: &mut Writer) {
        self.model.write(w);
        w.f32(self.margin);
    }

    pub fn read(r: &mut Reader) -> Result<Retagger, FormatError> {
        Ok(Retagger {
            model: Model::read(r)?,
            margin: r.f32()?,
            reach: REACH,
        })
    }

    pub fn model_len(&self) -> usize {
        self.model.len()
    }

    /// Drops small weights (see [`Model::prune`]).
    pub fn prune(&mut self, min_abs: f32) {
        self.model.prune(min_abs);
    }
}

/// A training sentence: its lexical values, the (jackknifed) tags and tree it comes with
/// at run time, and its gold classes (`None` where the tagger has no class for the pair).
pub struct Example {
    pub lex: Vec<Lex>,
    pub tags: Vec<u8>,
    pub heads: Vec<usize>,
    pub labels: Vec<u8>,
    pub gold: Vec<Option<u8>>,
}

#[derive(Clone, Debug)]
pub struct TrainOptions {
    pub epochs: usize,
    pub seed: u64,
    pub bits: u32,
    /// Passes trained from different seeds whose weights are averaged.
    pub ensemble: usize,
    /// [`Retagger::margin`].
    pub margin: f32,
}

/// Trains the pass over `nclass` tagger classes; `epoch_done` sees each epoch's model.
pub fn train(
    nclass: usize,
    exs: &[Example],
    opts: &TrainOptions,
    mut epoch_done: impl FnMut(usize, &Retagger),
) -> Retagger {
    let members = opts.ensemble.max(1);
    let mut trainers = Trainer::many(members, nclass, opts.bits);
    let all: Vec<usize> = (0..exs.len()).collect();
    let (mut rngs, mut orders) = member_streams(members, opts.seed, &all);
    let mut feats = Vec::new();
    let mut scores = vec![0f32; nclass];
    let mut r = Retagger {
        model: Model::empty(nclass, opts.bits),
        margin: opts.margin,
        reach: REACH,
    };
    for epoch in 1..=opts.epochs {
        for ((trainer, rng), order) in trainers.iter_mut().zip(&mut rngs).zip(&mut orders) {
            rng.shuffle(order);
            for &k in order.iter() {
                let ex = &exs[k];
                let inp = Input {
                    lex: &ex.lex,
                    tags: &ex.tags,
                    heads: &ex.heads,
                    labels: &ex.labels,
                };
                let kids = child_sets(&inp);
                for (i, g) in ex.gold.iter().enumerate() {
                    let Some(g) = *g else { continue };
                    features(&inp, &kids, i, &mut feats, opts.bits);
                    trainer.score(&feats, &mut scores);
                    let guess = argmax_by(&scores, |_| true).unwrap();
                    trainer.tick();
                    trainer.update(&feats, g as usize, guess);
                }
            }
        }
        let refs: Vec<&Trainer> = trainers.iter().collect();
        r.model = Trainer::freeze_mean(&refs, 0.0);
        epoch_done(epoch, &r);
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tags 0 (noun) and 1 (verb); label 0 `det`, 1 `nsubj`, 2 `root`. The pass learns
    /// that a word with a determiner among its dependents is a noun whatever its tag.
    #[test]
    fn learns_a_tag_from_the_tree() {
        let words = ["the", "run", "ended"];
        let lex: Vec<Lex> = words.iter().map(|w| Lex::new(w)).collect();
        let mut exs = Vec::new();
        for wrong in [0u8, 1] {
            exs.push(Example {
                lex: lex.clone(),
                tags: vec![0, wrong, 1],
                heads: vec![2, 3, 0],
                labels: vec![0, 1, 2],
                gold: vec![Some(0), Some(0), Some(1)],
            });
        }
        // the same word heading nothing, as a verb
        let lex2: Vec<Lex> = ["they", "run"].iter().map(|w| Lex::new(w)).collect();
        for _ in 0..2 {
            exs.push(Example {
                lex: lex2.clone(),
                tags: vec![0, 1],
                heads: vec![2, 0],
                labels: vec![1, 2],
                gold: vec![Some(0), Some(1)],
            });
        }
        let opts = TrainOptions {
            epochs: 8,
            seed: 1,
            bits: 12,
            ensemble: 1,
            margin: 0.0,
        };
        let r = train(2, &exs, &opts, |_, _| {});
        let inp = Input {
            lex: &lex,
            tags: &[0, 1, 1],
            heads: &[2, 3, 0],
            labels: &[0, 1, 2],
        };
        assert_eq!(r.retag(&inp, |_| false), vec![0, 0, 1]);
        let inp2 = Input {
            lex: &lex2,
            tags: &[0, 1],
            heads: &[2, 0],
            labels: &[1, 2],
        };
        assert_eq!(r.retag(&inp2, |_| false), vec![0, 1]);
        let mut w = Writer::new("parser");
        r.write(&mut w);
        let mut rd = Reader::new(&w.buf, "parser").unwrap();
        let back = Retagger::read(&mut rd).unwrap();
        rd.end().unwrap();
        assert_eq!(back.retag(&inp, |_| false), vec![0, 0, 1]);
    }
}
