//! The averaged perceptron: a trainer over a hashed table of sparse class rows, and the
//! compact frozen model it produces (pruned, 16-bit quantised weights, CSR layout).
//!
//! Features are hashed into `1 << bits` buckets (see [`crate::hash::bucket`]); the trainer
//! and the model use the same buckets, so collisions seen in training are the ones met at
//! inference. Each bucket holds only the classes whose weight was ever updated.

use crate::hash::Rng;
use crate::io::{FormatError, Reader, Writer};

#[derive(Clone, Copy, Debug)]
struct Entry {
    class: u16,
    w: f32,
    total: f64,
    stamp: u32,
}

/// A perceptron being trained, with lazy averaging.
pub struct Trainer {
    nclass: usize,
    bits: u32,
    rows: Vec<Vec<Entry>>,
    now: u32,
}

/// The random streams and example orders of a seed ensemble's members, whose averaged
/// weights are then averaged into one model ([`Trainer::freeze_mean`], which scores as
/// fast as a single model): member `m` draws from seed `seed + 7919 m` and starts from
/// `order`.
pub fn member_streams(members: usize, seed: u64, order: &[usize]) -> (Vec<Rng>, Vec<Vec<usize>>) {
    let rngs = (0..members)
        .map(|m| Rng::new(seed + m as u64 * 7919))
        .collect();
    (rngs, vec![order.to_vec(); members])
}

impl Trainer {
    /// `members` empty trainers (one per ensemble member).
    pub fn many(members: usize, nclass: usize, bits: u32) -> Vec<Trainer> {
        (0..members).map(|_| Trainer::new(nclass, bits)).collect()
    }

    pub fn new(nclass: usize, bits: u32) -> Trainer {
        assert!(nclass <= 255, "at most 255 classes");
        Trainer {
            nclass,
            bits,
            rows: vec![Vec::new(); 1 << bits],
            now: 0,
        }
    }

    pub fn bits(&self) -> u32 {
        self.bits
    }

    pub fn nclass(&self) -> usize {
        self.nclass
    }

    /// Adds the current weights of the features' buckets to `scores` (len `nclass`).
    pub fn score(&self, feats: &[u32], scores: &mut [f32]) {
        scores.iter_mut().for_each(|s| *s = 0.0);
        for &f in feats {
            for e in &self.rows[f as usize] {
                scores[e.class as usize] += e.w;
            }
        }
    }

    /// Counts one training instance (the clock of the averaging).
    pub fn tick(&mut self) {
        self.now += 1;
    }

    /// Moves weight from `guess` to `truth` for every feature.
    pub fn update(&mut self, feats: &[u32], truth: usize, guess: usize) {
        if truth == guess {
            return;
        }
        for &f in feats {
            self.add(f, truth, 1.0);
            self.add(f, guess, -1.0);
        }
    }

    /// Adds `delta` to the weight of `class` for every feature.
    pub fn adjust(&mut self, feats: &[u32], class: usize, delta: f32) {
        for &f in feats {
            self.add(f, class, delta);
        }
    }

    fn add(&mut self, f: u32, class: usize, delta: f32) {
        let now = self.now;
        let row = &mut self.rows[f as usize];
        let e = match row.iter_mut().position(|e| e.class as usize == class) {
            Some(i) => &mut row[i],
            None => {
                row.push(Entry {
                    class: class as u16,
                    w: 0.0,
                    total: 0.0,
                    stamp: now,
                });
                row.last_mut().unwrap()
            }
        };
        e.total += (now - e.stamp) as f64 * e.w as f64;
        e.stamp = now;
        e.w += delta;
    }

    /// The averaged weights, pruned (entries with |w| < `prune` dropped) and quantised.
    pub fn freeze(&self, prune: f32) -> Model {
        Trainer::freeze_mean(&[self], prune)
    }

    /// The averaged weight of an entry.
    fn avg(&self, e: &Entry) -> f32 {
        let now = self.now.max(1) as f64;
        ((e.total + (self.now - e.stamp) as f64 * e.w as f64) / now) as f32
    }

    /// The mean of several trainers' averaged weights (trainers of one problem, trained
    /// from different seeds: an ensemble that costs no more than one model to run),
    /// pruned and quantised like [`Trainer::freeze`].
    pub fn freeze_mean(trainers: &[&Trainer], prune: f32) -> Model {
        let first = trainers[0];
        assert!(trainers
            .iter()
            .all(|t| t.nclass == first.nclass && t.bits == first.bits));
        let k = trainers.len() as f32;
        let mut sums = vec![0f32; first.nclass];
        let mut seen = vec![false; first.nclass];
        let mut touched: Vec<usize> = Vec::new();
        let mut rows: Vec<Vec<(u8, f32)>> = Vec::with_capacity(first.rows.len());
        let mut max = 1e-6f32;
        for r in 0..first.rows.len() {
            touched.clear();
            for t in trainers {
                for e in &t.rows[r] {
                    let c = e.class as usize;
                    if !seen[c] {
                        seen[c] = true;
                        touched.push(c);
                    }
                    sums[c] += t.avg(e);
                }
            }
            touched.sort_unstable();
            let mut row = Vec::with_capacity(touched.len());
            for &c in &touched {
                let w = sums[c] / k;
                max = max.max(w.abs());
                row.push((c as u8, w));
                sums[c] = 0.0;
                seen[c] = false;
            }
            rows.push(row);
        }
        let scale = max / 32767.0;
        let mut offsets = Vec::with_capacity(rows.len() + 1);
        let mut entries = Vec::new();
        offsets.push(0u32);
        for row in &rows {
            for &(c, w) in row {
                let q = (w / scale).round();
                if w.abs() >= prune && q != 0.0 {
                    entries.push(pack(c, q as i16));
                }
            }
            offsets.push(entries.len() as u32);
        }
        Model::build(first.nclass, first.bits, scale, &offsets, &entries)
    }
}

/// A frozen, averaged perceptron: bucket rows in compressed sparse row form, the rows
/// that hold weights for many classes kept dense.
///
/// A sparse row is a run of packed entries (weight in the high half, class in the low
/// byte), summed by scattering them into the scores. A row with weights for at least
/// [`dense_min`] classes is instead a single marker entry (class byte [`DENSE`], the high
/// half the row's index in `dense`) and a full row of `stride` weights, summed with
/// vector adds. The file holds the plain sparse rows; the dense ones are built at load,
/// so the layout is free to change and the scores are the same integers either way.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    nclass: usize,
    bits: u32,
    scale: f32,
    /// Row bounds, two-level to halve their cache footprint: row `b` starts at
    /// `base[b >> 4] + rel[b]` (see [`Offsets`]).
    offsets: Offsets,
    /// Packed entries: weight (i16) in the high half, class in the low byte; or a dense
    /// row's marker.
    entries: Vec<u32>,
    /// Dense rows, `stride` weights each (zeros past `nclass`).
    dense: Vec<i16>,
    stride: usize,
    /// Number of stored (non-zero) weights.
    weights: usize,
}

/// The class byte of a dense row's marker entry.
const DENSE: u32 = 0xff;

/// The fewest weights a row holds to be stored dense: a quarter of the classes (measured
/// best for the whole pipeline against a half, an eighth and none: `BENCHMARKS.md`).
fn dense_min(nclass: usize) -> usize {
    (nclass / 4).max(8)
}

/// Compressed row offsets: a `u32` base per block of 16 rows and a `u16` offset of each
/// row from its block's base (a block holds at most 16 × 255 entries).
#[derive(Clone, Debug, PartialEq)]
struct Offsets {
    base: Vec<u32>,
    rel: Vec<u16>,
}

impl Offsets {
    /// From plain cumulative offsets (`len` rows + 1).
    fn new(plain: &[u32]) -> Offsets {
        let base: Vec<u32> = plain.iter().step_by(16).copied().collect();
        let rel = plain
            .iter()
            .enumerate()
            .map(|(i, &o)| (o - base[i >> 4]) as u16)
            .collect();
        Offsets { base, rel }
    }

    #[inline(always)]
    fn at(&self, i: usize) -> usize {
        self.base[i >> 4] as usize + self.rel[i] as usize
    }

    fn plain(&self) -> Vec<u32> {
        (0..self.rel.len()).map(|i| self.at(i) as u32).collect()
    }
}

#[inline(always)]
fn pack(class: u8, w: i16) -> u32 {
    ((w as u16 as u32) << 16) | class as u32
}

#[inline(always)]
fn unpack(e: u32) -> (usize, i32) {
    ((e & 0xff) as usize, (e as i32) >> 16)
}

impl Model {
    /// A model with no weights (every score 0).
    pub fn empty(nclass: usize, bits: u32) -> Model {
        Model::build(nclass, bits, 1.0, &vec![0; (1 << bits) + 1], &[])
    }

    /// A model from plain sparse rows: cumulative `offsets` (one per bucket, plus one) into
    /// packed `entries` sorted by class within each row. Rows with many weights become
    /// dense (while there are fewer than 65,536 of them and the classes leave the marker
    /// byte free).
    fn build(nclass: usize, bits: u32, scale: f32, offsets: &[u32], entries: &[u32]) -> Model {
        let stride = nclass.div_ceil(8).max(1) * 8;
        let min = if nclass < DENSE as usize {
            dense_min(nclass)
        } else {
            usize::MAX
        };
        let mut packed = Vec::with_capacity(entries.len());
        let mut plain = Vec::with_capacity(offsets.len());
        let mut dense: Vec<i16> = Vec::new();
        plain.push(0u32);
        for w in offsets.windows(2) {
            let row = &entries[w[0] as usize..w[1] as usize];
            let index = dense.len() / stride;
            if row.len() >= min && index <= u16::MAX as usize {
                let start = dense.len();
                dense.resize(start + stride, 0);
                for &e in row {
                    let (c, w) = unpack(e);
                    dense[start + c] = w as i16;
                }
                packed.push(((index as u32) << 16) | DENSE);
            } else {
                packed.extend_from_slice(row);
            }
            plain.push(packed.len() as u32);
        }
        Model {
            nclass,
            bits,
            scale,
            offsets: Offsets::new(&plain),
            entries: packed,
            dense,
            stride,
            weights: entries.len(),
        }
    }

    /// The plain sparse rows (as [`Model::build`] takes them).
    fn sparse(&self) -> (Vec<u32>, Vec<u32>) {
        let plain = self.offsets.plain();
        let mut offsets = Vec::with_capacity(plain.len());
        let mut entries = Vec::with_capacity(self.weights);
        offsets.push(0u32);
        for w in plain.windows(2) {
            for &e in &self.entries[w[0] as usize..w[1] as usize] {
                match self.dense_row(e) {
                    Some(row) => entries.extend(
                        row.iter()
                            .enumerate()
                            .filter(|(_, &w)| w != 0)
                            .map(|(c, &w)| pack(c as u8, w)),
                    ),
                    None => entries.push(e),
                }
            }
            offsets.push(entries.len() as u32);
        }
        (offsets, entries)
    }

    /// The weights of the dense row an entry marks, if it is a marker.
    #[inline(always)]
    fn dense_row(&self, e: u32) -> Option<&[i16]> {
        (e & 0xff == DENSE && self.nclass < DENSE as usize).then(|| {
            let start = (e >> 16) as usize * self.stride;
            &self.dense[start..start + self.nclass]
        })
    }

    pub fn nclass(&self) -> usize {
        self.nclass
    }

    pub fn bits(&self) -> u32 {
        self.bits
    }

    /// The weight of one unit of the integer scores.
    pub fn scale(&self) -> f32 {
        self.scale
    }

    /// Drops the weights whose magnitude is below `min_abs` (in the averaged weights'
    /// units); a smaller table is faster to score, being more of it in the cache.
    pub fn prune(&mut self, min_abs: f32) {
        let q = (min_abs / self.scale).round() as i32;
        let (plain, all) = self.sparse();
        let mut offsets = Vec::with_capacity(plain.len());
        let mut entries = Vec::with_capacity(all.len());
        offsets.push(0);
        for w in plain.windows(2) {
            for &e in &all[w[0] as usize..w[1] as usize] {
                if unpack(e).1.abs() >= q {
                    entries.push(e);
                }
            }
            offsets.push(entries.len() as u32);
        }
        *self = Model::build(self.nclass, self.bits, self.scale, &offsets, &entries);
    }

    /// Number of stored weights.
    pub fn len(&self) -> usize {
        self.weights
    }

    pub fn is_empty(&self) -> bool {
        self.weights == 0
    }

    /// Integer class scores (in units of `scale`) for the given feature buckets.
    ///
    /// Rows are scattered over a table of several megabytes, so the work is memory-bound:
    /// the row bounds and then the rows of a block of features are prefetched before they
    /// are summed, letting the cache misses overlap.
    #[inline]
    pub fn score(&self, feats: &[u32], scores: &mut [i32]) {
        scores.iter_mut().for_each(|s| *s = 0);
        for block in feats.chunks(64) {
            for &f in block {
                prefetch(self.offsets.rel.as_ptr().wrapping_add(f as usize));
            }
            let mut ranges = [(0u32, 0u32); 64];
            for (r, &f) in ranges.iter_mut().zip(block) {
                let f = f as usize;
                *r = (self.offsets.at(f) as u32, self.offsets.at(f + 1) as u32);
                prefetch(self.entries.as_ptr().wrapping_add(r.0 as usize));
            }
            for &(a, b) in &ranges[..block.len()] {
                let (a, b) = (a as usize, b as usize);
                if b == a + 1 {
                    if let Some(row) = self.dense_row(self.entries[a]) {
                        for (s, &w) in scores.iter_mut().zip(row) {
                            *s += w as i32;
                        }
                        continue;
                    }
                }
                for &e in &self.entries[a..b] {
                    let (c, w) = unpack(e);
                    scores[c] += w;
                }
            }
        }
    }

    pub fn write(&self, w: &mut Writer) {
        w.u32(self.nclass as u32);
        w.u32(self.bits);
        w.f32(self.scale);
        // Offsets as per-bucket row lengths (u8 each, rows are short) to keep files small.
        let (offsets, entries) = self.sparse();
        let lens: Vec<u8> = offsets
            .windows(2)
            .map(|p| u8::try_from(p[1] - p[0]).expect("row longer than 255"))
            .collect();
        w.bytes(&lens);
        let classes: Vec<u8> = entries.iter().map(|&e| unpack(e).0 as u8).collect();
        let weights: Vec<i16> = entries.iter().map(|&e| unpack(e).1 as i16).collect();
        w.bytes(&classes);
        w.i16s(&weights);
    }

    pub fn read(r: &mut Reader) -> Result<Model, FormatError> {
        let nclass = r.u32()? as usize;
        let bits = r.u32()?;
        let scale = r.f32()?;
        if !(1..=256).contains(&nclass) || !(8..=26).contains(&bits) {
            return Err(FormatError("bad perceptron header".into()));
        }
        let lens = r.bytes()?;
        if lens.len() != 1 << bits {
            return Err(FormatError("bad row table".into()));
        }
        let mut offsets = Vec::with_capacity(lens.len() + 1);
        let mut acc = 0u32;
        offsets.push(0);
        for l in lens {
            acc += l as u32;
            offsets.push(acc);
        }
        let classes = r.bytes()?;
        let weights = r.i16s()?;
        if classes.len() != acc as usize
            || weights.len() != acc as usize
            || classes.iter().any(|&c| c as usize >= nclass)
        {
            return Err(FormatError("bad perceptron rows".into()));
        }
        let entries: Vec<u32> = classes
            .iter()
            .zip(&weights)
            .map(|(&c, &w)| pack(c, w))
            .collect();
        Ok(Model::build(nclass, bits, scale, &offsets, &entries))
    }
}

#[inline(always)]
fn prefetch<T>(p: *const T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: prefetching is a hint and never faults, even on an invalid address.
    unsafe {
        std::arch::x86_64::_mm_prefetch(p as *const i8, std::arch::x86_64::_MM_HINT_T0);
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

/// Index of the best score among the classes `allowed` accepts (first wins on ties).
#[inline]
pub fn argmax_by<T: PartialOrd + Copy>(
    scores: &[T],
    mut allowed: impl FnMut(usize) -> bool,
) -> Option<usize> {
    let mut best: Option<(usize, T)> = None;
    for (i, &s) in scores.iter().enumerate() {
        let better = match best {
            None => true,
            Some((_, b)) => s > b,
        };
        if allowed(i) && better {
            best = Some((i, s));
        }
    }
    best.map(|b| b.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::{Reader, Writer};

    /// Learns a toy problem (the class is the feature's parity) and checks that the frozen
    /// model agrees with the trainer and survives a round trip through the file format.
    #[test]
    fn learns_and_freezes() {
        let mut t = Trainer::new(2, 8);
        for _ in 0..5 {
            for x in 0..20u32 {
                let feats = [x, 200];
                let mut s = [0.0; 2];
                t.score(&feats, &mut s);
                let guess = argmax_by(&s, |_| true).unwrap();
                t.tick();
                t.update(&feats, (x % 2) as usize, guess);
            }
        }
        let m = t.freeze(0.0);
        for x in 0..20u32 {
            let mut s = [0i32; 2];
            m.score(&[x, 200], &mut s);
            assert_eq!(argmax_by(&s, |_| true).unwrap(), (x % 2) as usize, "x={x}");
        }
        let mut w = Writer::new("test");
        m.write(&mut w);
        let mut r = Reader::new(&w.buf, "test").unwrap();
        let m2 = Model::read(&mut r).unwrap();
        r.end().unwrap();
        assert_eq!(m, m2);
        // Pruning everything leaves an empty model.
        assert!(t.freeze(1e9).is_empty());
    }

    /// The mean of one trainer is its own frozen model; the mean of two trainers of the
    /// same problem from different orders still solves it.
    #[test]
    fn mean_of_trainers() {
        let train = |rev: bool| {
            let mut t = Trainer::new(3, 8);
            for _ in 0..5 {
                let xs: Vec<u32> = if rev {
                    (0..30).rev().collect()
                } else {
                    (0..30).collect()
                };
                for x in xs {
                    let feats = [x, 250];
                    let mut s = [0.0; 3];
                    t.score(&feats, &mut s);
                    let guess = argmax_by(&s, |_| true).unwrap();
                    t.tick();
                    t.update(&feats, (x % 3) as usize, guess);
                }
            }
            t
        };
        let (a, b) = (train(false), train(true));
        assert_eq!(Trainer::freeze_mean(&[&a], 0.0), a.freeze(0.0));
        let m = Trainer::freeze_mean(&[&a, &b], 0.0);
        assert!(m.len() >= a.freeze(0.0).len().max(b.freeze(0.0).len()));
        for x in 0..30u32 {
            let mut s = [0i32; 3];
            m.score(&[x, 250], &mut s);
            assert_eq!(argmax_by(&s, |_| true).unwrap(), (x % 3) as usize, "x={x}");
        }
    }

    /// Rows with weights for many classes are stored dense; scores, the file and pruning
    /// are the same as with the plain sparse rows.
    #[test]
    fn dense_rows_score_like_sparse_ones() {
        let n = 32;
        let mut t = Trainer::new(n, 10);
        for _ in 0..4 {
            for x in 0..200u32 {
                // feature 1000 is in every example: its row gets a weight for every class
                let feats = [x, 1000, 500 + x % 7];
                let mut s = vec![0.0; n];
                t.score(&feats, &mut s);
                let guess = argmax_by(&s, |_| true).unwrap();
                t.tick();
                t.update(&feats, (x as usize * 7) % n, guess);
            }
        }
        let m = t.freeze(0.0);
        assert!(!m.dense.is_empty(), "a dense row");
        let (offsets, entries) = m.sparse();
        assert_eq!(entries.len(), m.len());
        for x in 0..200u32 {
            let feats = [x, 1000, 500 + x % 7];
            let mut want = vec![0i32; n];
            for &f in &feats {
                let f = f as usize;
                for &e in &entries[offsets[f] as usize..offsets[f + 1] as usize] {
                    let (c, w) = unpack(e);
                    want[c] += w;
                }
            }
            let mut got = vec![0i32; n];
            m.score(&feats, &mut got);
            assert_eq!(got, want, "x={x}");
        }
        let mut w = Writer::new("test");
        m.write(&mut w);
        let m2 = Model::read(&mut Reader::new(&w.buf, "test").unwrap()).unwrap();
        assert_eq!(m, m2);
        let mut w2 = Writer::new("test");
        m2.write(&mut w2);
        assert_eq!(w.buf, w2.buf);
        // pruning sees the dense rows' weights too
        let mut p = m.clone();
        p.prune(0.5);
        assert!(p.len() < m.len());
        assert_eq!(p.len(), p.sparse().1.len());
    }

    #[test]
    fn argmax_respects_allowed() {
        assert_eq!(argmax_by(&[3, 9, 5], |i| i != 1), Some(2));
        assert_eq!(argmax_by(&[3, 9, 5], |_| false), None);
        assert_eq!(argmax_by(&[1.0, 1.0], |_| true), Some(0));
    }
}
