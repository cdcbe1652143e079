//! Word clusters from pre-trained word vectors: spherical k-means, nested in levels.
//!
//! Word vectors learned on a large unlabeled text (GloVe's, say) place words used alike
//! near each other: "verizon" beside "at&t", "maryland" beside "virginia". The treebanks
//! are too small to learn that; the vectors' clusters carry it to the models as features
//! ([`crate::clusters::Clusters`], the same features the clusters learned from the treebanks feed).
//!
//! The finest level is k-means over the unit-length vectors (cosine similarity), seeded
//! by k-means++ from a fixed seed; each coarser level clusters the finer level's centroids,
//! weighted by their sizes, so the levels nest. The output is a text table, one word per
//! line with its cluster at each level, finest first ([`write_table`], [`crate::clusters::Clusters::parse`]).

use crate::clusters::LEVELS;
use crate::hash::Rng;

/// Word vectors read from the GloVe text format: one word per line, then its components,
/// separated by spaces. Returns the words in file order with their unit-length vectors;
/// `max_words` bounds how many are read. Lines of another width are an error naming the
/// line.
pub fn read_glove(text: &str, max_words: usize) -> Result<(Vec<String>, Vec<f32>, usize), String> {
    let (mut words, mut data, mut dim) = (Vec::new(), Vec::new(), 0usize);
    for (k, line) in text.lines().enumerate() {
        if words.len() >= max_words {
            break;
        }
        let mut parts = line.split(' ');
        let Some(word) = parts.next().filter(|w| !w.is_empty()) else {
            continue;
        };
        let start = data.len();
        for p in parts {
            data.push(
                p.parse::<f32>()
                    .map_err(|_| format!("line {}: {p:?} is not a number", k + 1))?,
            );
        }
        let d = data.len() - start;
        if dim == 0 {
            dim = d;
        }
        if d != dim || d == 0 {
            return Err(format!("line {}: {d} components, expected {dim}", k + 1));
        }
        normalise(&mut data[start..]);
        words.push(word.to_string());
    }
    Ok((words, data, dim))
}

fn normalise(v: &mut [f32]) {
    let n = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    if n > 0.0 {
        v.iter_mut().for_each(|x| *x /= n);
    }
}

#[inline]
fn dot(a: &[f32], b: &[f32]) -> f32 {
    // Eight running sums: the compiler keeps them in one vector register.
    let mut acc = [0f32; 8];
    let (ca, cb) = (a.chunks_exact(8), b.chunks_exact(8));
    let (ra, rb) = (ca.remainder(), cb.remainder());
    for (x, y) in ca.zip(cb) {
        for k in 0..8 {
            acc[k] += x[k] * y[k];
        }
    }
    let tail: f32 = ra.iter().zip(rb).map(|(x, y)| x * y).sum();
    acc.iter().sum::<f32>() + tail
}

/// Weighted spherical k-means of the `n` rows of `data` (`dim` wide, unit length) into
/// `k` clusters: each row's cluster.
pub fn kmeans(
    data: &[f32],
    weights: &[f32],
    dim: usize,
    k: usize,
    iterations: usize,
    seed: u64,
) -> Vec<u32> {
    let n = weights.len();
    assert_eq!(data.len(), n * dim, "rows and weights disagree");
    let k = k.min(n).max(1);
    let row = |i: usize| &data[i * dim..(i + 1) * dim];
    // k-means++ seeding on cosine distance.
    let mut rng = Rng::new(seed);
    let mut centroids: Vec<f32> = Vec::with_capacity(k * dim);
    let first = (rng.next_u64() % n as u64) as usize;
    centroids.extend_from_slice(row(first));
    let mut dist: Vec<f32> = (0..n)
        .map(|i| (1.0 - dot(row(i), row(first))).max(0.0))
        .collect();
    while centroids.len() < k * dim {
        let total: f64 = dist
            .iter()
            .zip(weights)
            .map(|(&d, &w)| (d * w) as f64)
            .sum();
        let mut pick = rng.unit() * total;
        let mut chosen = n - 1;
        for (i, (&d, &w)) in dist.iter().zip(weights).enumerate() {
            pick -= (d * w) as f64;
            if pick <= 0.0 {
                chosen = i;
                break;
            }
        }
        centroids.extend_from_slice(row(chosen));
        let c = &centroids[centroids.len() - dim..];
        for (i, d) in dist.iter_mut().enumerate() {
            *d = d.min((1.0 - dot(row(i), c)).max(0.0));
        }
    }
    let mut assign = vec![u32::MAX; n];
    for _ in 0..iterations {
        let mut changed = 0usize;
        for (i, a) in assign.iter_mut().enumerate() {
            let r = row(i);
            let (mut best, mut best_s) = (0u32, f32::MIN);
            for (c, cv) in centroids.chunks_exact(dim).enumerate() {
                let s = dot(r, cv);
                if s > best_s {
                    best_s = s;
                    best = c as u32;
                }
            }
            if *a != best {
                *a = best;
                changed += 1;
            }
        }
        let mut sums = vec![0f32; k * dim];
        let mut mass = vec![0f32; k];
        for (i, &a) in assign.iter().enumerate() {
            let s = &mut sums[a as usize * dim..(a as usize + 1) * dim];
            for (x, y) in s.iter_mut().zip(row(i)) {
                *x += y * weights[i];
            }
            mass[a as usize] += weights[i];
        }
        for (c, s) in sums.chunks_exact_mut(dim).enumerate() {
            if mass[c] > 0.0 {
                normalise(s);
                centroids[c * dim..(c + 1) * dim].copy_from_slice(s);
            }
        }
        if changed == 0 {
            break;
        }
    }
    assign
}

/// Nested clusters of the words whose vectors are the `dim`-wide rows of `data`, most
/// frequent first: k-means at `sizes[0]` over the vectors, then each coarser level over
/// the finer level's centroids weighted by their sizes. Earlier words weigh more: weight 1 / (1 + rank / 1000)
/// keeps rare words from pulling centroids.
pub fn nested(
    data: &[f32],
    dim: usize,
    sizes: [usize; LEVELS],
    iterations: usize,
    seed: u64,
) -> Vec<[u16; LEVELS]> {
    let n = data.len() / dim.max(1);
    let mut out = vec![[0u16; LEVELS]; n];
    let weights: Vec<f32> = (0..n).map(|r| 1.0 / (1.0 + r as f32 / 1000.0)).collect();
    let mut points = data.to_vec();
    let mut w = weights.clone();
    // Each word's index among the current level's points.
    let mut at: Vec<usize> = (0..n).collect();
    for (level, &size) in sizes.iter().enumerate() {
        assert!(
            size <= u16::MAX as usize + 1,
            "at most 65,536 clusters a level"
        );
        let assign = kmeans(&points, &w, dim, size, iterations, seed + level as u64);
        let k = assign.iter().map(|&a| a as usize + 1).max().unwrap_or(0);
        for (o, a) in out.iter_mut().zip(at.iter_mut()) {
            *a = assign[*a] as usize;
            o[level] = *a as u16;
        }
        // The next level's points: this level's weighted mean directions.
        let mut next = vec![0f32; k * dim];
        let mut nw = vec![0f32; k];
        for (i, &a) in assign.iter().enumerate() {
            for (x, y) in next[a as usize * dim..(a as usize + 1) * dim]
                .iter_mut()
                .zip(&points[i * dim..(i + 1) * dim])
            {
                *x += y * w[i];
            }
            nw[a as usize] += w[i];
        }
        for c in next.chunks_exact_mut(dim) {
            normalise(c);
        }
        points = next;
        w = nw;
    }
    out
}

/// The table [`crate::clusters::Clusters::parse`] reads: a comment header, then `word<TAB>c0<TAB>c1<TAB>c2`.
pub fn write_table(header: &str, words: &[String], clusters: &[[u16; LEVELS]]) -> String {
    let mut s = String::new();
    for line in header.lines() {
        s.push_str("# ");
        s.push_str(line);
        s.push('\n');
    }
    for (w, c) in words.iter().zip(clusters) {
        s.push_str(w);
        for x in c {
            s.push('\t');
            s.push_str(&x.to_string());
        }
        s.push('\n');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clusters::Clusters;

    fn glove() -> String {
        // Two directions, three words near each, and a word between.
        [
            "north 1 0.1 0",
            "south 0.9 0.2 0",
            "east 1 0 0.1",
            "apple 0 1 0.1",
            "pear 0.1 0.9 0",
            "plum 0 1 0",
            "grey 0.5 0.5 0",
        ]
        .join("\n")
    }

    #[test]
    fn reads_glove_text_and_names_bad_lines() {
        let (w, d, dim) = read_glove(&glove(), 100).unwrap();
        assert_eq!((w.len(), dim, d.len()), (7, 3, 21));
        let n: f32 = d[..3].iter().map(|x| x * x).sum();
        assert!((n - 1.0).abs() < 1e-5, "unit length");
        assert_eq!(read_glove(&glove(), 2).unwrap().0.len(), 2);
        assert!(read_glove("a 1 2\nb 1\n", 10)
            .unwrap_err()
            .starts_with("line 2"));
        assert!(read_glove("a 1 x\n", 10).unwrap_err().contains("\"x\""));
    }

    #[test]
    fn kmeans_separates_directions_and_levels_nest() {
        let (w, d, dim) = read_glove(&glove(), 100).unwrap();
        let c = nested(&d[..18], dim, [2, 1, 1], 10, 3);
        assert_eq!(c[0][0], c[1][0]);
        assert_eq!(c[1][0], c[2][0]);
        assert_eq!(c[3][0], c[4][0]);
        assert_eq!(c[4][0], c[5][0]);
        assert_ne!(c[0][0], c[3][0]);
        assert!(c.iter().all(|x| x[1] == 0 && x[2] == 0));
        // Same input, same seed: the same clusters.
        assert_eq!(c, nested(&d[..18], dim, [2, 1, 1], 10, 3));
        // Table round trip: words look up by their normalised form.
        let table = write_table("test", &w[..6], &c);
        let cl = Clusters::parse(&table).unwrap();
        assert_eq!(cl.len(), 6);
        let get = |s: &str| cl.get(crate::hash::str_hash(&crate::lex::norm(s)));
        assert_eq!(get("North"), get("south"));
        assert_ne!(get("north"), get("apple"));
        assert_ne!(get("north"), get("unlisted"));
    }
}
