//! Feature hashing: a small, fixed, platform-independent hash (FxHash-style mixing with a
//! final avalanche), so that features are combined from integers without allocating.

const K: u64 = 0x517c_c1b7_2722_0a95;

/// Mixes one more 64-bit value into a running hash.
#[inline(always)]
pub fn mix(h: u64, v: u64) -> u64 {
    (h.rotate_left(5) ^ v).wrapping_mul(K)
}

/// Final avalanche (from MurmurHash3's fmix64) so that low bits depend on all inputs.
#[inline(always)]
pub fn finish(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    h
}

/// Hash of a string's bytes.
#[inline]
pub fn str_hash(s: &str) -> u64 {
    bytes_hash(s.as_bytes())
}

/// Hash of a byte string (length-prefixed, so "" and absent differ from each other).
#[inline]
pub fn bytes_hash(b: &[u8]) -> u64 {
    let mut h = mix(0x9e37_79b9_7f4a_7c15, b.len() as u64);
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        h = mix(h, u64::from_le_bytes(c.try_into().unwrap()));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut buf = [0u8; 8];
        buf[..rest.len()].copy_from_slice(rest);
        h = mix(h, u64::from_le_bytes(buf));
    }
    finish(h)
}

/// Hash of a feature template id and up to three values.
#[inline(always)]
pub fn feat(t: u64, a: u64, b: u64, c: u64) -> u64 {
    finish(mix(mix(mix(mix(0, t), a), b), c))
}

/// Bucket index of a feature hash in a table of `1 << bits` rows.
#[inline(always)]
pub fn bucket(h: u64, bits: u32) -> u32 {
    (h >> (64 - bits)) as u32
}

/// A small seeded pseudo-random generator (xorshift64*), for reproducible shuffling and
/// exploration during training.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(finish(seed ^ 0x2545_f491_4f6c_dd1d) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A uniform float in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Fisher–Yates shuffle.
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_stable_and_distinct() {
        assert_eq!(str_hash("Kabul"), str_hash("Kabul"));
        assert_ne!(str_hash("Kabul"), str_hash("kabul"));
        assert_ne!(str_hash(""), str_hash("\0"));
        assert_ne!(feat(1, 2, 3, 4), feat(1, 2, 4, 3));
        // Fixed values: the models on disk depend on them never changing.
        assert_eq!(mix(0, 1), K);
        assert!(bucket(u64::MAX, 20) == (1 << 20) - 1);
    }

    #[test]
    fn rng_is_seeded() {
        let mut a = Rng::new(7);
        let mut b = Rng::new(7);
        let mut c = Rng::new(8);
        let xs: Vec<u64> = (0..5).map(|_| a.next_u64()).collect();
        let ys: Vec<u64> = (0..5).map(|_| b.next_u64()).collect();
        let zs: Vec<u64> = (0..5).map(|_| c.next_u64()).collect();
        assert_eq!(xs, ys);
        assert_ne!(xs, zs);
        let mut v: Vec<u32> = (0..100).collect();
        a.shuffle(&mut v);
        let mut sorted = v.clone();
        sorted.sort();
        assert_eq!(sorted, (0..100).collect::<Vec<_>>());
        assert_ne!(v, sorted);
        let u = a.unit();
        assert!((0.0..1.0).contains(&u));
    }
}
