//! Word clusters learned from the training texts, as features for every model.
//!
//! The clustering is the exchange algorithm (Kneser & Ney 1993; Martin, Liermann & Ney
//! 1998) for a two-sided class bigram model: each word, in frequency order, moves to the
//! cluster that most raises the likelihood `Σ N(c,d) log N(c,d) − Σ N(c) log N(c) − Σ
//! N(d) log N(d)` of the text's class bigrams, until an iteration budget is spent. Words
//! are normalised forms ([`crate::lex::norm`]); sentence boundaries are a fixed extra class.
//!
//! Coarser levels are learned the same way over the finer level's classes (the text
//! rewritten as cluster ids), so the levels nest like the prefixes of Brown clusters.
//! Everything is deterministic: word ids follow frequency (ties by hash), the initial
//! assignment is round robin and ties keep the current cluster.

use std::collections::HashMap;

use crate::io::{FormatError, Reader, Writer};
use crate::IdMap;

/// Number of nested levels a word's cluster is given at.
pub const LEVELS: usize = 3;
/// Feature value of a word without a cluster.
const UNKNOWN: u64 = 0xc1c1_0000;

/// Cluster ids of words at [`LEVELS`] granularities (finest first), by normalised form hash.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Clusters {
    map: IdMap<[u16; LEVELS]>,
}

/// Settings of [`Clusters::learn`].
#[derive(Clone, Debug)]
pub struct LearnOptions {
    /// Clusters per level, finest first.
    pub sizes: [usize; LEVELS],
    /// Words seen fewer times share one "rare word" id while clustering and get no cluster.
    pub min_count: u32,
    pub iterations: usize,
}

impl Default for LearnOptions {
    fn default() -> Self {
        LearnOptions {
            sizes: [256, 64, 16],
            min_count: 2,
            iterations: 12,
        }
    }
}

impl Clusters {
    /// Learns clusters from sentences of normalised-form hashes.
    pub fn learn(sents: &[Vec<u64>], opts: &LearnOptions) -> Clusters {
        let mut freq: IdMap<u32> = IdMap::default();
        for s in sents {
            for &w in s {
                *freq.entry(w).or_insert(0) += 1;
            }
        }
        let mut vocab: Vec<(u64, u32)> = freq
            .into_iter()
            .filter(|&(_, c)| c >= opts.min_count)
            .collect();
        vocab.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let ids: IdMap<u32> = vocab
            .iter()
            .enumerate()
            .map(|(i, &(h, _))| (h, i as u32))
            .collect();
        let rare = vocab.len() as u32;
        let mut text: Vec<Vec<u32>> = sents
            .iter()
            .map(|s| {
                s.iter()
                    .map(|w| ids.get(w).copied().unwrap_or(rare))
                    .collect()
            })
            .collect();
        let mut nwords = vocab.len() + 1;
        let mut levels: Vec<Vec<u32>> = Vec::new();
        for &size in &opts.sizes {
            let cl = exchange(&text, nwords, size, opts.iterations);
            for s in &mut text {
                for w in s.iter_mut() {
                    *w = cl[*w as usize];
                }
            }
            nwords = size;
            levels.push(cl);
        }
        let mut map = IdMap::default();
        for (i, &(h, _)) in vocab.iter().enumerate() {
            let mut c = [0u16; LEVELS];
            let mut id = i as u32;
            for (k, cl) in levels.iter().enumerate() {
                id = cl[id as usize];
                c[k] = id as u16;
            }
            map.insert(h, c);
        }
        Clusters { map }
    }

    /// Clusters from a table: `#` comments, then one word per line with its cluster id at
    /// each level, finest first, tab-separated ([`crate::vectors::write_table`]). Words
    /// are looked up by their normalised form; where two share one, the first listed wins.
    pub fn parse(text: &str) -> Result<Clusters, String> {
        let mut map = IdMap::default();
        for (k, line) in text.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() != LEVELS + 1 {
                return Err(format!(
                    "line {}: {} fields, expected {}",
                    k + 1,
                    f.len(),
                    LEVELS + 1
                ));
            }
            let mut c = [0u16; LEVELS];
            for (x, v) in c.iter_mut().zip(&f[1..]) {
                *x = v
                    .parse()
                    .map_err(|_| format!("line {}: {v:?} is not a cluster id", k + 1))?;
            }
            map.entry(crate::hash::str_hash(&crate::lex::norm(f[0])))
                .or_insert(c);
        }
        Ok(Clusters { map })
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Feature values of a word's clusters at each level (finest first); words without a
    /// cluster get one shared value per level.
    #[inline]
    pub fn get(&self, norm: u64) -> [u64; LEVELS] {
        match self.map.get(&norm) {
            Some(c) => {
                let mut out = [0u64; LEVELS];
                for (k, o) in out.iter_mut().enumerate() {
                    *o = ((k as u64 + 1) << 20) | c[k] as u64;
                }
                out
            }
            None => [UNKNOWN, UNKNOWN + 1, UNKNOWN + 2],
        }
    }

    pub fn write(&self, w: &mut Writer) {
        let mut v: Vec<(&u64, &[u16; LEVELS])> = self.map.iter().collect();
        v.sort_unstable_by_key(|e| *e.0);
        w.u32(v.len() as u32);
        for (h, c) in v {
            w.u64(*h);
            for x in c {
                w.u16(*x);
            }
        }
    }

    pub fn read(r: &mut Reader) -> Result<Clusters, FormatError> {
        // (a hash and the clusters' levels per entry)
        let n = r.count(8 + 2 * LEVELS)?;
        let mut map = IdMap::default();
        map.reserve(n);
        for _ in 0..n {
            let h = r.u64()?;
            let mut c = [0u16; LEVELS];
            for x in &mut c {
                *x = r.u16()?;
            }
            map.insert(h, c);
        }
        Ok(Clusters { map })
    }
}

#[inline]
fn xlogx(x: f64) -> f64 {
    if x > 0.0 {
        x * x.ln()
    } else {
        0.0
    }
}

/// Gain of adding `d` to a count `x`.
#[inline]
fn gain(x: f64, d: f64) -> f64 {
    xlogx(x + d) - xlogx(x)
}

/// Exchange clustering of word ids `0..nwords` into `nclust` classes; returns each word's
/// class. Sentence boundaries are the fixed class `nclust`.
pub fn exchange(text: &[Vec<u32>], nwords: usize, nclust: usize, iterations: usize) -> Vec<u32> {
    let bound = nwords as u32;
    let nc = nclust + 1;
    // Bigram counts as adjacency lists: right and left neighbours with counts.
    let mut bigrams: HashMap<(u32, u32), u32> = HashMap::new();
    for s in text {
        let mut prev = bound;
        for &w in s.iter().chain(std::iter::once(&bound)) {
            *bigrams.entry((prev, w)).or_insert(0) += 1;
            prev = w;
        }
    }
    let mut pairs: Vec<((u32, u32), u32)> = bigrams.into_iter().collect();
    pairs.sort_unstable();
    let mut right: Vec<Vec<(u32, f64)>> = vec![Vec::new(); nwords + 1];
    let mut left: Vec<Vec<(u32, f64)>> = vec![Vec::new(); nwords + 1];
    for &((a, b), c) in &pairs {
        right[a as usize].push((b, c as f64));
        left[b as usize].push((a, c as f64));
    }
    let mut cl: Vec<u32> = (0..nwords as u32).map(|w| w % nclust as u32).collect();
    cl.push(nclust as u32);
    let mut n = vec![0f64; nc * nc];
    let mut nl = vec![0f64; nc];
    let mut nr = vec![0f64; nc];
    for &((a, b), c) in &pairs {
        let (ca, cb) = (cl[a as usize] as usize, cl[b as usize] as usize);
        n[ca * nc + cb] += c as f64;
        nl[ca] += c as f64;
        nr[cb] += c as f64;
    }
    let mut rw = vec![0f64; nc];
    let mut lw = vec![0f64; nc];
    let (mut rt, mut lt): (Vec<usize>, Vec<usize>) = (Vec::new(), Vec::new());
    for _ in 0..iterations {
        let mut moved = 0;
        for w in 0..nwords {
            let a = cl[w] as usize;
            // Neighbour class counts, the word's own bigrams apart.
            let mut selfc = 0.0;
            rt.clear();
            lt.clear();
            for &(x, c) in &right[w] {
                if x as usize == w {
                    selfc += c;
                    continue;
                }
                let d = cl[x as usize] as usize;
                if rw[d] == 0.0 {
                    rt.push(d);
                }
                rw[d] += c;
            }
            for &(x, c) in &left[w] {
                if x as usize == w {
                    continue;
                }
                let d = cl[x as usize] as usize;
                if lw[d] == 0.0 {
                    lt.push(d);
                }
                lw[d] += c;
            }
            let nlw: f64 = rt.iter().map(|&d| rw[d]).sum::<f64>() + selfc;
            let nrw: f64 = lt.iter().map(|&d| lw[d]).sum::<f64>() + selfc;
            // Take the word out of its class.
            let apply = |n: &mut [f64], nl: &mut [f64], nr: &mut [f64], k: usize, sign: f64| {
                for &d in &rt {
                    n[k * nc + d] += sign * rw[d];
                }
                for &d in &lt {
                    n[d * nc + k] += sign * lw[d];
                }
                n[k * nc + k] += sign * selfc;
                nl[k] += sign * nlw;
                nr[k] += sign * nrw;
            };
            apply(&mut n, &mut nl, &mut nr, a, -1.0);
            let delta = |k: usize| -> f64 {
                let mut g = 0.0;
                for &d in &rt {
                    if d != k {
                        g += gain(n[k * nc + d], rw[d]);
                    }
                }
                for &d in &lt {
                    if d != k {
                        g += gain(n[d * nc + k], lw[d]);
                    }
                }
                g += gain(n[k * nc + k], rw[k] + lw[k] + selfc);
                g - gain(nl[k], nlw) - gain(nr[k], nrw)
            };
            let mut best = a;
            let mut best_g = delta(a);
            for k in 0..nclust {
                if k == a {
                    continue;
                }
                let g = delta(k);
                if g > best_g + 1e-9 {
                    best = k;
                    best_g = g;
                }
            }
            apply(&mut n, &mut nl, &mut nr, best, 1.0);
            if best != a {
                cl[w] = best as u32;
                moved += 1;
            }
            for &d in &rt {
                rw[d] = 0.0;
            }
            for &d in &lt {
                lw[d] = 0.0;
            }
        }
        if moved == 0 {
            break;
        }
    }
    cl.truncate(nwords);
    cl
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::str_hash;
    use crate::io::{Reader, Writer};

    /// A table's words look up by their normalised form (the first of two forms that
    /// normalise alike wins); bad lines are refused with their number.
    #[test]
    fn parses_tables_and_names_bad_lines() {
        let c = Clusters::parse("# a comment\nKabul\t3\t1\t0\nkabul\t9\t9\t9\n1999\t5\t2\t1\n")
            .unwrap();
        assert_eq!(c.len(), 2);
        let get = |w: &str| c.get(str_hash(&crate::lex::norm(w)));
        assert_eq!(get("KABUL"), [(1 << 20) | 3, (2 << 20) | 1, 3 << 20]);
        assert_eq!(get("2024"), get("1999"), "digits normalise alike");
        assert_eq!(get("herat"), [UNKNOWN, UNKNOWN + 1, UNKNOWN + 2]);
        let e = Clusters::parse("a\t1\t2\t3\nb\t1\t2\n").unwrap_err();
        assert!(e.starts_with("line 2: 3 fields"), "{e}");
        let e = Clusters::parse("a\t1\t2\tx\n").unwrap_err();
        assert!(e.contains("\"x\" is not a cluster id"), "{e}");
    }

    fn corpus() -> Vec<Vec<u64>> {
        let mut v = Vec::new();
        for (i, det) in ["the", "a", "this", "that"].iter().enumerate() {
            for (j, noun) in ["cat", "dog", "man", "car", "house"].iter().enumerate() {
                let verb = ["runs", "sleeps", "eats"][(i + j) % 3];
                v.push(
                    [*det, noun, verb, "."]
                        .iter()
                        .map(|w| str_hash(w))
                        .collect(),
                );
            }
        }
        v
    }

    #[test]
    fn groups_words_by_context_and_is_deterministic() {
        let opts = LearnOptions {
            sizes: [4, 2, 1],
            min_count: 1,
            iterations: 20,
        };
        let c = Clusters::learn(&corpus(), &opts);
        let c2 = Clusters::learn(&corpus(), &opts);
        assert_eq!(c, c2);
        let fine = |w: &str| c.get(str_hash(w))[0];
        // Determiners share a class, and so do nouns; the two differ.
        assert_eq!(fine("the"), fine("a"));
        assert_eq!(fine("the"), fine("that"));
        assert_eq!(fine("cat"), fine("house"));
        assert_ne!(fine("the"), fine("cat"));
        assert_ne!(fine("cat"), fine("runs"));
        // Unknown words get the shared value; levels nest (one class at the top).
        assert_eq!(
            c.get(str_hash("zebra")),
            [UNKNOWN, UNKNOWN + 1, UNKNOWN + 2]
        );
        assert_eq!(c.get(str_hash("cat"))[2], c.get(str_hash("runs"))[2]);
        let mut w = Writer::new("clusters");
        c.write(&mut w);
        let mut r = Reader::new(&w.buf, "clusters").unwrap();
        assert_eq!(Clusters::read(&mut r).unwrap(), c);
        r.end().unwrap();
        // a damaged count is an error, not an allocation the size of the count
        let mut w = Writer::new("clusters");
        w.u32(u32::MAX);
        w.u64(1);
        let mut r = Reader::new(&w.buf, "clusters").unwrap();
        assert!(Clusters::read(&mut r).is_err());
    }

    #[test]
    fn exchange_improves_on_round_robin() {
        // Two word groups that never mix: 0,1 precede 2,3.
        let text: Vec<Vec<u32>> = (0..40).map(|i| vec![i % 2, 2 + (i / 2) % 2]).collect();
        let cl = exchange(&text, 4, 2, 10);
        assert_eq!(cl[0], cl[1]);
        assert_eq!(cl[2], cl[3]);
        assert_ne!(cl[0], cl[2]);
    }
}
