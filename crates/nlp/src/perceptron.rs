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

/// A frozen, averaged perceptron: a slot per bucket, which holds a row of one weight
/// itself and points to longer rows: runs of packed entries (weight in the high half,
/// class in the low byte), summed by scattering them into the scores, or, for a row with
/// weights for at least [`dense_min`] classes, a full row of `stride` weights, summed with
/// vector adds. Most rows thus cost one or two memory accesses. The file holds the plain
/// sparse rows; the slots are built at load, so the layout is free to change and the
/// scores are the same integers either way.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    nclass: usize,
    bits: u32,
    scale: f32,
    /// One slot per bucket, so that most rows cost one memory access: 0 for an empty row;
    /// a single weight inline ([`SLOT_ONE`]: class in bits 2..10, weight in the high
    /// half); a run of `entries` ([`SLOT_RUN`]: start in bits 7.., length in bits 2..7);
    /// or a dense row ([`SLOT_DENSE`]: its index in bits 2..).
    slots: Vec<u32>,
    /// Packed entries of the runs: weight (i16) in the high half, class in the low byte.
    entries: Vec<u32>,
    /// Dense rows, `stride` weights each (zeros past `nclass`).
    dense: Vec<i16>,
    stride: usize,
    /// Number of stored (non-zero) weights.
    weights: usize,
}

/// [`Model::slots`] kinds, in a slot's two low bits.
const SLOT_ONE: u32 = 1;
const SLOT_RUN: u32 = 2;
const SLOT_DENSE: u32 = 3;
/// The longest run a slot holds; longer rows are stored dense.
const RUN_MAX: usize = 31;
/// Runs start below this entry (a slot keeps 25 bits for the start).
const RUN_START_LIMIT: usize = 1 << 25;

/// The fewest weights a row holds to be stored dense: a quarter of the classes (measured
/// best for the whole pipeline against a half, an eighth and none: `BENCHMARKS.md`), and
/// any row longer than a slot's run.
fn dense_min(nclass: usize) -> usize {
    (nclass / 4).clamp(8, RUN_MAX + 1)
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
    /// dense, rows with one weight inline.
    ///
    /// Panics if the runs hold more than 2^25 entries (a model of over 100 MB).
    fn build(nclass: usize, bits: u32, scale: f32, offsets: &[u32], entries: &[u32]) -> Model {
        let stride = nclass.div_ceil(8).max(1) * 8;
        let min = dense_min(nclass);
        let mut runs = Vec::with_capacity(entries.len());
        let mut slots = Vec::with_capacity(offsets.len().saturating_sub(1));
        let mut dense: Vec<i16> = Vec::new();
        for w in offsets.windows(2) {
            let row = &entries[w[0] as usize..w[1] as usize];
            let slot = match row.len() {
                0 => 0,
                1 => (row[0] & 0xffff_0000) | ((row[0] & 0xff) << 2) | SLOT_ONE,
                n if n >= min => {
                    let index = dense.len() / stride;
                    dense.resize(dense.len() + stride, 0);
                    for &e in row {
                        let (c, w) = unpack(e);
                        dense[index * stride + c] = w as i16;
                    }
                    ((index as u32) << 2) | SLOT_DENSE
                }
                n => {
                    let start = runs.len();
                    assert!(
                        start + n <= RUN_START_LIMIT,
                        "model too large for its slots"
                    );
                    runs.extend_from_slice(row);
                    ((start as u32) << 7) | ((n as u32) << 2) | SLOT_RUN
                }
            };
            slots.push(slot);
        }
        Model {
            nclass,
            bits,
            scale,
            slots,
            entries: runs,
            dense,
            stride,
            weights: entries.len(),
        }
    }

    /// Appends the packed entries of bucket `b`'s row, in class order, to `out`.
    fn push_row(&self, b: usize, out: &mut Vec<u32>) {
        let s = self.slots[b];
        match s & 3 {
            SLOT_ONE => out.push((s & 0xffff_0000) | ((s >> 2) & 0xff)),
            SLOT_RUN => {
                let start = (s >> 7) as usize;
                out.extend_from_slice(&self.entries[start..start + ((s >> 2) & 31) as usize]);
            }
            SLOT_DENSE => {
                let start = (s >> 2) as usize * self.stride;
                out.extend(
                    self.dense[start..start + self.nclass]
                        .iter()
                        .enumerate()
                        .filter(|(_, &w)| w != 0)
                        .map(|(c, &w)| pack(c as u8, w)),
                );
            }
            _ => {}
        }
    }

    /// The plain sparse rows (as [`Model::build`] takes them).
    fn sparse(&self) -> (Vec<u32>, Vec<u32>) {
        let mut offsets = Vec::with_capacity(self.slots.len() + 1);
        let mut entries = Vec::with_capacity(self.weights);
        offsets.push(0u32);
        for b in 0..self.slots.len() {
            self.push_row(b, &mut entries);
            offsets.push(entries.len() as u32);
        }
        (offsets, entries)
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
    /// the slots of a block of features are prefetched, then read (an inline weight is
    /// added at once), then the runs and dense rows they point to are prefetched before
    /// they are summed, letting the cache misses overlap.
    #[inline]
    pub fn score(&self, feats: &[u32], scores: &mut [i32]) {
        scores.iter_mut().for_each(|s| *s = 0);
        // i16 weights per cache line
        const LINE: usize = 32;
        for block in feats.chunks(64) {
            for &f in block {
                prefetch(self.slots.as_ptr().wrapping_add(f as usize));
            }
            let mut later = [0u32; 64];
            let mut n = 0;
            for &f in block {
                let s = self.slots[f as usize];
                match s & 3 {
                    SLOT_ONE => scores[((s >> 2) & 0xff) as usize] += (s as i32) >> 16,
                    SLOT_RUN => {
                        prefetch(self.entries.as_ptr().wrapping_add((s >> 7) as usize));
                        later[n] = s;
                        n += 1;
                    }
                    SLOT_DENSE => {
                        let start = (s >> 2) as usize * self.stride;
                        for k in (0..self.nclass).step_by(LINE) {
                            prefetch(self.dense.as_ptr().wrapping_add(start + k));
                        }
                        later[n] = s;
                        n += 1;
                    }
                    _ => {}
                }
            }
            for &s in &later[..n] {
                if s & 3 == SLOT_RUN {
                    let start = (s >> 7) as usize;
                    for &e in &self.entries[start..start + ((s >> 2) & 31) as usize] {
                        let (c, w) = unpack(e);
                        scores[c] += w;
                    }
                } else {
                    let start = (s >> 2) as usize * self.stride;
                    let row = &self.dense[start..start + self.nclass];
                    for (sc, &w) in scores.iter_mut().zip(row) {
                        *sc += w as i32;
                    }
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
        if acc as usize > RUN_START_LIMIT {
            return Err(FormatError(format!(
                "{acc} weights, more than a model holds"
            )));
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
            let mut got = vec![0i32; n];
            m.score(&feats, &mut got);
            assert_eq!(got, plain_scores(&offsets, &entries, &feats, n), "x={x}");
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

    /// Every kind of slot — empty, one inline weight (negative too), a run, a dense row
    /// and a row too long for a run — scores as its plain sparse row and gives it back.
    #[test]
    fn every_slot_kind_scores_its_row() {
        for nclass in [40usize, 200] {
            let rows: Vec<Vec<(u8, i16)>> = vec![
                vec![],
                vec![(3, -7)],
                vec![(0, 5), (9, -2)],
                (0..12).map(|c| (c as u8 * 3, c as i16 - 20)).collect(),
                (0..36).map(|c| (c as u8, 100 - c as i16)).collect(),
                vec![(nclass as u8 - 1, i16::MAX), (1, i16::MIN)],
            ];
            let mut offsets = vec![0u32];
            let mut entries = Vec::new();
            for r in &rows {
                entries.extend(r.iter().map(|&(c, w)| pack(c, w)));
                offsets.push(entries.len() as u32);
            }
            let m = Model::build(nclass, 8, 1.0, &pad(&offsets, 1 << 8), &entries);
            let kinds: Vec<u32> = (0..rows.len()).map(|b| m.slots[b] & 3).collect();
            assert_eq!(kinds[..3], [0, SLOT_ONE, SLOT_RUN]);
            assert_eq!(kinds[4], SLOT_DENSE, "36 weights are more than a run holds");
            for (b, r) in rows.iter().enumerate() {
                let mut want = vec![0i32; nclass];
                for &(c, w) in r {
                    want[c as usize] += w as i32;
                }
                let mut got = vec![0i32; nclass];
                m.score(&[b as u32], &mut got);
                assert_eq!(got, want, "row {b} of {nclass} classes");
            }
            let feats: Vec<u32> = (0..rows.len() as u32).chain([1, 4]).collect();
            let mut all = vec![0i32; nclass];
            m.score(&feats, &mut all);
            let mut one = vec![0i32; nclass];
            let mut sum = vec![0i32; nclass];
            for &f in &feats {
                m.score(&[f], &mut one);
                sum.iter_mut().zip(&one).for_each(|(s, o)| *s += o);
            }
            assert_eq!(all, sum);
            let (o2, e2) = m.sparse();
            assert_eq!((o2, e2), (pad(&offsets, 1 << 8), entries));
        }
    }

    proptest::proptest! {
        /// Any sparse rows (up to 60 classes of 1..=255, any non-zero weights) score as
        /// their plain sum, whatever slot each row takes, and come back unchanged from
        /// the slots and from the file.
        #[test]
        fn slots_score_any_rows(
            nclass in 1usize..=255,
            rows in proptest::collection::vec(
                proptest::collection::btree_map(0u8..=254, -3000i16..=3000, 0..60),
                1..40,
            ),
            feats in proptest::collection::vec(0u32..48, 0..150),
        ) {
            let mut offsets = vec![0u32];
            let mut entries = Vec::new();
            for r in &rows {
                for (&c, &w) in r {
                    if (c as usize) < nclass && w != 0 {
                        entries.push(pack(c, w));
                    }
                }
                offsets.push(entries.len() as u32);
            }
            let offsets = pad(&offsets, 1 << 8);
            let m = Model::build(nclass, 8, 0.5, &offsets, &entries);
            let mut got = vec![0i32; nclass];
            m.score(&feats, &mut got);
            proptest::prop_assert_eq!(got, plain_scores(&offsets, &entries, &feats, nclass));
            proptest::prop_assert_eq!(m.sparse(), (offsets, entries));
            let mut w = Writer::new("test");
            m.write(&mut w);
            let back = Model::read(&mut Reader::new(&w.buf, "test").unwrap()).unwrap();
            proptest::prop_assert_eq!(back, m);
        }
    }

    /// The scores of `feats` summed straight from plain sparse rows.
    fn plain_scores(offsets: &[u32], entries: &[u32], feats: &[u32], nclass: usize) -> Vec<i32> {
        let mut want = vec![0i32; nclass];
        for &f in feats {
            let f = f as usize;
            for &e in &entries[offsets[f] as usize..offsets[f + 1] as usize] {
                let (c, w) = unpack(e);
                want[c] += w;
            }
        }
        want
    }

    /// Cumulative offsets extended with empty rows to `n` buckets.
    fn pad(offsets: &[u32], n: usize) -> Vec<u32> {
        let mut o = offsets.to_vec();
        o.resize(n + 1, *offsets.last().unwrap());
        o
    }

    #[test]
    fn argmax_respects_allowed() {
        assert_eq!(argmax_by(&[3, 9, 5], |i| i != 1), Some(2));
        assert_eq!(argmax_by(&[3, 9, 5], |_| false), None);
        assert_eq!(argmax_by(&[1.0, 1.0], |_| true), Some(0));
    }
}
