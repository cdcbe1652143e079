//! Labelled dependency parser: greedy arc-hybrid transitions (Kuhlmann et al. 2011) with
//! the root at the end of the buffer, trained as an averaged perceptron with a dynamic
//! oracle and exploration (Goldberg & Nivre 2012, 2013), over Zhang & Nivre (2011) style
//! feature templates adapted to arc-hybrid (words, tags, distance, valency, the labels and
//! label sets of the leftmost and rightmost children).
//!
//! Transitions: `SHIFT` moves the buffer front `b0` onto the stack; `LEFT(l)` makes `b0`
//! the head of the stack top `s0` and pops it; `RIGHT(l)` makes `s1` the head of `s0` and
//! pops it. The root token sits at the end of the buffer and is never shifted, and only
//! `LEFT(root)` from a one-word stack reaches it, so every output is a single-rooted tree.
//!
//! Non-projective training trees are projectivised by lifting (Nivre & Nilsson 2005,
//! without label encoding): the shortest non-projective arc is re-attached to its head's
//! head until the tree is projective. The dynamic oracle is exact on the lifted tree; the
//! parser therefore only produces projective trees (EWT: about 1 % of words are lost to
//! this in the worst case, most sentences are projective).

use crate::clusters::{Clusters, LEVELS};
use crate::conllu::Sentence;
use crate::hash::{bucket, feat, str_hash};
use crate::io::{FormatError, Reader, Writer};
use crate::lex;
use crate::perceptron::{argmax_by, member_streams, Model, Trainer};

/// Default size of the hashed weight table (`1 << BITS` rows).
pub const BITS: u32 = 20;
const NONE: u32 = u32::MAX;
const ROOT_LABEL: &str = "root";
/// Feature value of a position that is empty.
const NIL: u64 = 0x0ddc_0ffe;
/// Word and tag value of the root token.
const ROOT: u64 = 0x0000_5eed;

/// Per-word inputs to the parser: hashes of the normalised form, XPOS and UPOS.
#[derive(Clone, Debug, Default)]
pub struct ParseInput {
    pub w: Vec<u64>,
    pub p: Vec<u64>,
    pub u: Vec<u64>,
    /// Hash of the last three letters of the normalised form.
    pub s: Vec<u64>,
    /// Prefix counts of punctuation and of verbs: `punct[i]` = punctuation among words
    /// `0..i` (filled by [`ParseInput::close`]).
    pub(crate) punct: Vec<u16>,
    pub(crate) verbs: Vec<u16>,
}

impl ParseInput {
    pub fn new<S: AsRef<str>>(forms: &[S], xpos: &[S], upos: &[S]) -> ParseInput {
        let mut inp = ParseInput::default();
        for ((f, x), u) in forms.iter().zip(xpos).zip(upos) {
            let l = lex::Lex::new(f.as_ref());
            inp.w.push(l.norm);
            inp.s.push(l.suf[2]);
            inp.p.push(str_hash(x.as_ref()));
            inp.u.push(str_hash(u.as_ref()));
        }
        inp.close();
        inp
    }

    /// Appends the root token's values (index `n`) and counts punctuation and verbs.
    pub(crate) fn close(&mut self) {
        let (punct, verb, aux) = (str_hash("PUNCT"), str_hash("VERB"), str_hash("AUX"));
        self.punct = vec![0];
        self.verbs = vec![0];
        for &u in &self.u {
            let (p, v) = (*self.punct.last().unwrap(), *self.verbs.last().unwrap());
            self.punct.push(p + (u == punct) as u16);
            self.verbs.push(v + (u == verb || u == aux) as u16);
        }
        self.w.push(ROOT);
        self.p.push(ROOT);
        self.u.push(ROOT);
        self.s.push(ROOT);
    }

    /// Punctuation and verbs strictly between words `a` and `b` (capped at 3).
    fn between(&self, a: u32, b: u32) -> (u64, u64) {
        if a == NONE || b == NONE {
            return (NIL, NIL);
        }
        let (lo, hi) = if a < b { (a, b) } else { (b, a) };
        let (lo, hi) = (lo as usize + 1, (hi as usize).min(self.n()));
        if lo >= hi {
            return (0, 0);
        }
        (
            ((self.punct[hi] - self.punct[lo]) as u64).min(3),
            ((self.verbs[hi] - self.verbs[lo]) as u64).min(3),
        )
    }

    fn n(&self) -> usize {
        self.w.len() - 1
    }
}

#[derive(Clone, Debug)]
struct State {
    n: usize,
    stack: Vec<u32>,
    b: usize,
    heads: Vec<u32>,
    labels: Vec<u8>,
    l1: Vec<u32>,
    l2: Vec<u32>,
    r1: Vec<u32>,
    r2: Vec<u32>,
    nl: Vec<u8>,
    nr: Vec<u8>,
    lset: Vec<u64>,
    rset: Vec<u64>,
}

impl State {
    fn new(n: usize) -> State {
        State {
            n,
            stack: Vec::with_capacity(n),
            b: 0,
            heads: vec![NONE; n + 1],
            labels: vec![0; n + 1],
            l1: vec![NONE; n + 1],
            l2: vec![NONE; n + 1],
            r1: vec![NONE; n + 1],
            r2: vec![NONE; n + 1],
            nl: vec![0; n + 1],
            nr: vec![0; n + 1],
            lset: vec![0; n + 1],
            rset: vec![0; n + 1],
        }
    }

    fn terminal(&self) -> bool {
        self.b == self.n && self.stack.is_empty()
    }

    fn add_arc(&mut self, h: u32, d: u32, l: u8) {
        let (hu, du) = (h as usize, d as usize);
        self.heads[du] = h;
        self.labels[du] = l;
        let bit = 1u64 << (l as u64 & 63);
        if d < h {
            if self.l1[hu] == NONE || d < self.l1[hu] {
                self.l2[hu] = self.l1[hu];
                self.l1[hu] = d;
            } else if self.l2[hu] == NONE || d < self.l2[hu] {
                self.l2[hu] = d;
            }
            self.nl[hu] = self.nl[hu].saturating_add(1);
            self.lset[hu] |= bit;
        } else {
            if self.r1[hu] == NONE || d > self.r1[hu] {
                self.r2[hu] = self.r1[hu];
                self.r1[hu] = d;
            } else if self.r2[hu] == NONE || d > self.r2[hu] {
                self.r2[hu] = d;
            }
            self.nr[hu] = self.nr[hu].saturating_add(1);
            self.rset[hu] |= bit;
        }
    }
}

/// Transition classes: 0 = SHIFT, 1 + l = LEFT(l), 1 + L + l = RIGHT(l).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Move {
    Shift,
    Left(u8),
    Right(u8),
}

struct Moves {
    nlab: usize,
    root: u8,
}

impl Moves {
    fn decode(&self, c: usize) -> Move {
        if c == 0 {
            Move::Shift
        } else if c <= self.nlab {
            Move::Left((c - 1) as u8)
        } else {
            Move::Right((c - 1 - self.nlab) as u8)
        }
    }

    fn valid(&self, st: &State, c: usize) -> bool {
        match self.decode(c) {
            Move::Shift => st.b < st.n,
            Move::Left(l) => {
                !st.stack.is_empty()
                    && if st.b < st.n {
                        l != self.root
                    } else {
                        st.stack.len() == 1 && l == self.root
                    }
            }
            Move::Right(l) => st.stack.len() >= 2 && l != self.root,
        }
    }

    fn apply(&self, st: &mut State, c: usize) {
        match self.decode(c) {
            Move::Shift => {
                st.stack.push(st.b as u32);
                st.b += 1;
            }
            Move::Left(l) => {
                let s0 = st.stack.pop().unwrap();
                st.add_arc(st.b as u32, s0, l);
            }
            Move::Right(l) => {
                let s0 = st.stack.pop().unwrap();
                let s1 = *st.stack.last().unwrap();
                st.add_arc(s1, s0, l);
            }
        }
    }

    /// Costs (gold arcs made unreachable) of every class, `u32::MAX` for invalid ones.
    fn costs(&self, st: &State, gh: &[u32], gl: &[u8], out: &mut [u32]) {
        let n = st.n;
        let b = st.b;
        let s0 = st.stack.last().copied();
        let s1 = if st.stack.len() >= 2 {
            Some(st.stack[st.stack.len() - 2])
        } else {
            None
        };
        // Structural costs.
        let shift = if b < n {
            let deps_in_stack = st
                .stack
                .iter()
                .filter(|&&k| gh[k as usize] == b as u32)
                .count();
            let head_in_stack =
                st.stack[..st.stack.len().saturating_sub(1)].contains(&gh[b]) as usize;
            (deps_in_stack + head_in_stack) as u32
        } else {
            u32::MAX
        };
        let deps_in_buffer = |s: u32| (b..n).filter(|&k| gh[k] == s).count() as u32;
        let (left, right) = match s0 {
            Some(s0) => {
                let h = gh[s0 as usize];
                let dib = deps_in_buffer(s0);
                let left =
                    (s1 == Some(h)) as u32 + (h as usize > b && h as usize <= n) as u32 + dib;
                let right = (h as usize >= b && h as usize <= n) as u32 + dib;
                (left, right)
            }
            None => (u32::MAX, u32::MAX),
        };
        for (c, o) in out.iter_mut().enumerate() {
            *o = if !self.valid(st, c) {
                u32::MAX
            } else {
                match self.decode(c) {
                    Move::Shift => shift,
                    Move::Left(l) => {
                        let s0 = s0.unwrap() as usize;
                        left + (gh[s0] as usize == b && gl[s0] != l) as u32
                    }
                    Move::Right(l) => {
                        let s0 = s0.unwrap() as usize;
                        right + (Some(gh[s0]) == s1 && gl[s0] != l) as u32
                    }
                }
            };
        }
    }
}

/// Cluster feature values of the words of `inp` (the root last), empty without clusters.
fn cluster_values(clusters: &Clusters, inp: &ParseInput) -> Vec<[u64; LEVELS]> {
    if clusters.is_empty() {
        return Vec::new();
    }
    let n = inp.n();
    let mut v: Vec<[u64; LEVELS]> = inp.w[..n].iter().map(|&w| clusters.get(w)).collect();
    v.push([ROOT; LEVELS]);
    v
}

#[inline]
fn features(st: &State, inp: &ParseInput, cl: &[[u64; LEVELS]], bits: u32, out: &mut Vec<u32>) {
    out.clear();
    let n = st.n;
    let len = st.stack.len();
    let s = |k: usize| -> u32 {
        if len > k {
            st.stack[len - 1 - k]
        } else {
            NONE
        }
    };
    let (s0, s1, s2) = (s(0), s(1), s(2));
    let b0 = st.b as u32;
    let bk = |k: usize| -> u32 {
        if st.b + k <= n {
            (st.b + k) as u32
        } else {
            NONE
        }
    };
    let (b1, b2) = (bk(1), bk(2));
    let w = |i: u32| if i == NONE { NIL } else { inp.w[i as usize] };
    let p = |i: u32| if i == NONE { NIL } else { inp.p[i as usize] };
    let u = |i: u32| if i == NONE { NIL } else { inp.u[i as usize] };
    let lab = |i: u32| {
        if i == NONE {
            NIL
        } else {
            st.labels[i as usize] as u64 + 1
        }
    };
    let ch = |v: &Vec<u32>, i: u32| if i == NONE { NONE } else { v[i as usize] };
    let (s0l, s0l2, s0r, s0r2) = (
        ch(&st.l1, s0),
        ch(&st.l2, s0),
        ch(&st.r1, s0),
        ch(&st.r2, s0),
    );
    let (s1l, s1r, s1r2) = (ch(&st.l1, s1), ch(&st.r1, s1), ch(&st.r2, s1));
    let (b0l, b0l2) = (ch(&st.l1, b0), ch(&st.l2, b0));
    let vl = |i: u32| {
        if i == NONE {
            NIL
        } else {
            st.nl[i as usize] as u64
        }
    };
    let vr = |i: u32| {
        if i == NONE {
            NIL
        } else {
            st.nr[i as usize] as u64
        }
    };
    let ls = |i: u32| if i == NONE { NIL } else { st.lset[i as usize] };
    let rs = |i: u32| if i == NONE { NIL } else { st.rset[i as usize] };
    let dist = |a: u32, b: u32| -> u64 {
        if a == NONE || b == NONE {
            NIL
        } else if b as usize == n {
            99
        } else {
            (b.abs_diff(a) as u64).min(6)
        }
    };
    let d = dist(s0, b0);
    let d1 = dist(s1, s0);
    let (s0w, s0p, s1w, s1p, b0w, b0p, b1w, b1p, b2w, b2p) = (
        w(s0),
        p(s0),
        w(s1),
        p(s1),
        w(b0),
        p(b0),
        w(b1),
        p(b1),
        w(b2),
        p(b2),
    );
    let s0wp = s0w ^ s0p.rotate_left(17);
    let b0wp = b0w ^ b0p.rotate_left(17);
    let s1wp = s1w ^ s1p.rotate_left(17);
    let sf = |i: u32| if i == NONE { NIL } else { inp.s[i as usize] };
    let (pb, vb) = inp.between(s0, b0);
    let (pb1, _) = inp.between(s1, s0);
    let fs: [u64; 92] = [
        // unigrams
        feat(1, s0wp, 0, 0),
        feat(2, s0w, 0, 0),
        feat(3, s0p, 0, 0),
        feat(4, s1wp, 0, 0),
        feat(5, s1w, 0, 0),
        feat(6, s1p, 0, 0),
        feat(7, b0wp, 0, 0),
        feat(8, b0w, 0, 0),
        feat(9, b0p, 0, 0),
        feat(10, b1w, b1p, 0),
        feat(11, b1w, 0, 0),
        feat(12, b1p, 0, 0),
        feat(13, b2w, b2p, 0),
        feat(14, b2w, 0, 0),
        feat(15, b2p, 0, 0),
        feat(16, p(s2), 0, 0),
        feat(17, w(s2), 0, 0),
        // pairs
        feat(20, s0wp, b0wp, 0),
        feat(21, s0wp, b0w, 0),
        feat(22, s0w, b0wp, 0),
        feat(23, s0wp, b0p, 0),
        feat(24, s0p, b0wp, 0),
        feat(25, s0w, b0w, 0),
        feat(26, s0p, b0p, 0),
        feat(27, b0p, b1p, 0),
        feat(28, s1wp, s0wp, 0),
        feat(29, s1w, s0w, 0),
        feat(30, s1p, s0p, 0),
        feat(31, s1wp, s0p, 0),
        feat(32, s1p, s0wp, 0),
        feat(33, u(s0), u(b0), 0),
        feat(34, u(s1), u(s0), 0),
        feat(35, s1p, b0p, 0),
        feat(36, s0w, b1w, 0),
        // triples
        feat(40, b0p, b1p, b2p),
        feat(41, s0p, b0p, b1p),
        feat(42, s1p, s0p, b0p),
        feat(43, s0p, p(s0l), b0p),
        feat(44, s0p, p(s0r), b0p),
        feat(45, s0p, b0p, p(b0l)),
        feat(46, s1p, p(s1r), s0p),
        feat(47, s1p, p(s1l), s0p),
        feat(48, s1p, s0p, p(s0r)),
        feat(49, s1p, s0p, p(s0l)),
        feat(50, p(s2), s1p, s0p),
        feat(51, s1p, s0p, b1p),
        // distance
        feat(52, s0w, d, 0),
        feat(53, s0p, d, 0),
        feat(54, b0w, d, 0),
        feat(55, b0p, d, 0),
        feat(56, s0w, b0w, d),
        feat(57, s0p, b0p, d),
        feat(58, s1p, s0p, d1),
        feat(59, s1w, s0w, d1),
        feat(60, s1wp, s0p, d1),
        feat(61, s1p, s0wp, d1),
        // valency
        feat(62, s0w, vr(s0), vl(s0)),
        feat(63, s0p, vr(s0), vl(s0)),
        feat(64, s1w, vr(s1), vl(s1)),
        feat(65, s1p, vr(s1), vl(s1)),
        feat(66, b0w, vl(b0), 0),
        feat(67, b0p, vl(b0), 0),
        // children
        feat(70, w(s0l), p(s0l), lab(s0l)),
        feat(71, w(s0r), p(s0r), lab(s0r)),
        feat(72, s0p, lab(s0l), lab(s0r)),
        feat(73, p(s1l), lab(s1l), 0),
        feat(74, w(s1r), p(s1r), lab(s1r)),
        feat(75, w(b0l), p(b0l), lab(b0l)),
        feat(76, b0p, lab(b0l), lab(b0l2)),
        feat(77, s0p, lab(s0l), lab(s0l2)),
        feat(78, s0p, lab(s0r), lab(s0r2)),
        feat(79, s1p, lab(s1r), lab(s1r2)),
        feat(80, p(s0l2), p(s0r2), p(b0l2)),
        feat(81, s0p, p(s0l), p(s0l2)),
        feat(82, s0p, p(s0r), p(s0r2)),
        feat(83, b0p, p(b0l), p(b0l2)),
        // label sets
        feat(90, s0w, rs(s0), ls(s0)),
        feat(91, s0p, rs(s0), ls(s0)),
        feat(92, b0w, ls(b0), 0),
        feat(93, b0p, ls(b0), 0),
        feat(94, s1p, rs(s1), ls(s1)),
        feat(95, s0p, b0p, ls(b0)),
        // between, suffixes, more context
        feat(96, s0p, b0p, pb),
        feat(97, s0p, b0p, vb),
        feat(98, s1p, s0p, pb1),
        feat(99, sf(s0), s0p, 0),
        feat(100, sf(b0), b0p, 0),
        feat(101, u(s1), u(s0), u(b0)),
        feat(102, s0w, b0p, b1p),
        feat(103, s0p, b0w, b1p),
        feat(104, s1p, b0p, dist(s1, b0)),
        feat(105, pb, vb, dist(s0, b0)),
    ];
    out.extend(fs.iter().map(|&h| bucket(h, bits)));
    // Zhang & Nivre's child, valency and label-set unigrams, each part on its own
    let single = [
        feat(120, w(s0l), 0, 0),
        feat(121, p(s0l), 0, 0),
        feat(122, lab(s0l), 0, 0),
        feat(123, w(s0r), 0, 0),
        feat(124, p(s0r), 0, 0),
        feat(125, lab(s0r), 0, 0),
        feat(126, w(b0l), 0, 0),
        feat(127, p(b0l), 0, 0),
        feat(128, lab(b0l), 0, 0),
        feat(129, w(s0l2), p(s0l2), 0),
        feat(130, lab(s0l2), 0, 0),
        feat(131, w(s0r2), p(s0r2), 0),
        feat(132, lab(s0r2), 0, 0),
        feat(133, w(b0l2), p(b0l2), 0),
        feat(134, lab(b0l2), 0, 0),
        feat(135, s0w, vr(s0), 0),
        feat(136, s0p, vl(s0), 0),
        feat(137, s0w, rs(s0), 0),
        feat(138, s0p, ls(s0), 0),
        feat(139, s0w, ls(s0), 0),
        feat(140, s0p, rs(s0), 0),
    ];
    out.extend(single.iter().map(|&h| bucket(h, bits)));
    if !cl.is_empty() {
        let c = |i: u32| {
            if i == NONE {
                [NIL; LEVELS]
            } else {
                cl[i as usize]
            }
        };
        let (cs0, cs1, cb0, cb1) = (c(s0), c(s1), c(b0), c(b1));
        let more = [
            feat(110, cs0[0], cb0[0], 0),
            feat(111, cs0[1], b0p, 0),
            feat(112, s0p, cb0[1], 0),
            feat(113, cs1[1], cs0[1], 0),
            feat(114, cs0[0], s0p, 0),
            feat(115, cb0[0], b0p, 0),
            feat(116, cs0[1], cb0[1], d),
            feat(117, cb0[1], cb1[1], 0),
            feat(118, cs0[2], cb0[2], cb1[2]),
        ];
        out.extend(more.iter().map(|&h| bucket(h, bits)));
    }
}

/// The [`Parser::branch_margin`] measured best on EWT dev (`eval --parser-branch-margin
/// 9`): dev UAS and LAS +0.38, test +0.21 and +0.18, for 18 % of the parsing speed;
/// larger margins, or branching at more steps, add little. Not the default: rapport's
/// extraction rules read greedy trees, and with branching they found fewer claims in the
/// dev articles (relaxed F1 0.620 against 0.641; constructions 165 against 167 of 225).
pub const BRANCH_MARGIN: f32 = 9.0;

/// The alternative at a parse's least certain step.
struct Branch {
    state: State,
    second: usize,
    /// Summed scores up to and including the second-best move.
    prefix: i64,
    margin: i64,
}

/// A trained parser.
pub struct Parser {
    labels: Vec<String>,
    moves: Moves,
    model: Model,
    clusters: Clusters,
    /// Selectional branching: when the best move at the parse's least certain step led
    /// the second best by no more than this (in weight units), the parse is also
    /// completed greedily from that step with the second best move, and the sequence
    /// with the higher total score is kept. Below zero (the default): plain greedy
    /// parsing; [`BRANCH_MARGIN`] is the value measured best.
    pub branch_margin: f32,
}

impl Parser {
    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    /// Parses one sentence; returns 1-based heads (0 = root) and label ids.
    pub fn parse(&self, inp: &ParseInput) -> (Vec<usize>, Vec<u8>) {
        let n = inp.n();
        let cl = cluster_values(&self.clusters, inp);
        let margin = (self.branch_margin / self.model.scale()) as i64;
        let (mut st, total, branch) = self.greedy(inp, &cl, State::new(n), 0, margin);
        if let Some(b) = branch {
            let mut alt = b.state;
            self.moves.apply(&mut alt, b.second);
            let (alt, alt_total, _) = self.greedy(inp, &cl, alt, b.prefix, -1);
            if alt_total > total {
                st = alt;
            }
        }
        let heads = st.heads[..n]
            .iter()
            .map(|&h| if h as usize == n { 0 } else { h as usize + 1 })
            .collect();
        (heads, st.labels[..n].to_vec())
    }

    /// Greedy moves from `st` to the end. Returns the final state, the summed scores of
    /// the moves taken (added to `total`), and the least certain step: the one where the
    /// best valid move led the second best by the least, if by no more than `margin`
    /// (in score units; below zero, none is kept).
    fn greedy(
        &self,
        inp: &ParseInput,
        cl: &[[u64; LEVELS]],
        mut st: State,
        mut total: i64,
        margin: i64,
    ) -> (State, i64, Option<Branch>) {
        let n = inp.n();
        let mut feats = Vec::with_capacity(128);
        let mut scores = vec![0i32; self.model.nclass()];
        let mut branch: Option<Branch> = None;
        while !st.terminal() {
            // With nothing left to choose (one move valid), skip the scoring.
            let c = if st.b == n && st.stack.len() == 1 {
                1 + self.moves.root as usize
            } else if st.stack.is_empty() {
                0
            } else {
                features(&st, inp, cl, self.model.bits(), &mut feats);
                self.model.score(&feats, &mut scores);
                let valid = |c: usize| self.moves.valid(&st, c);
                let best = argmax_by(&scores, valid).expect("a valid move");
                if margin >= 0 {
                    let second = argmax_by(&scores, |c| c != best && valid(c));
                    if let Some(second) = second {
                        let m = scores[best] as i64 - scores[second] as i64;
                        if m <= margin && branch.as_ref().is_none_or(|b| m < b.margin) {
                            branch = Some(Branch {
                                state: st.clone(),
                                second,
                                prefix: total + scores[second] as i64,
                                margin: m,
                            });
                        }
                    }
                }
                total += scores[best] as i64;
                best
            };
            self.moves.apply(&mut st, c);
        }
        (st, total, branch)
    }

    pub fn label(&self, id: u8) -> &str {
        &self.labels[id as usize]
    }

    pub fn write(&self, w: &mut Writer) {
        w.strs(&self.labels);
        self.model.write(w);
        self.clusters.write(w);
    }

    pub fn read(r: &mut Reader) -> Result<Parser, FormatError> {
        if r.version() < crate::io::MIN_PARSER_VERSION {
            return Err(FormatError(format!(
                "a parser of format {} was trained on older feature templates; \
                 this build reads parsers of format {} (retrain with `rapport nlp train`)",
                r.version(),
                crate::io::MIN_PARSER_VERSION
            )));
        }
        let labels = r.strs()?;
        let root = labels
            .iter()
            .position(|l| l == ROOT_LABEL)
            .ok_or_else(|| FormatError("parser without a root label".into()))?;
        let model = Model::read(r)?;
        if model.nclass() != 1 + 2 * labels.len() {
            return Err(FormatError("parser model does not match its labels".into()));
        }
        let clusters = Clusters::read(r)?;
        Ok(Parser {
            moves: Moves {
                nlab: labels.len(),
                root: root as u8,
            },
            labels,
            model,
            clusters,
            branch_margin: -1.0,
        })
    }

    /// Drops small weights (see [`Model::prune`]).
    pub fn prune(&mut self, min_abs: f32) {
        self.model.prune(min_abs);
    }

    pub fn model_len(&self) -> usize {
        self.model.len()
    }
}

/// Whether the arc into `d` is projective: every word between `d` and its head descends
/// from the head. `heads` are 0-based with `NONE` for the root's dependents, root = -1.
fn is_projective_arc(heads: &[u32], d: usize) -> bool {
    let h = heads[d];
    let (lo, hi) = if h == NONE {
        return true; // the root sits at the end in this parser, but a root arc spans
                     // nothing that must descend from anything: every word does.
    } else if (h as usize) < d {
        (h as usize, d)
    } else {
        (d, h as usize)
    };
    (lo + 1..hi).all(|k| {
        let mut a = k as u32;
        let mut steps = 0;
        while a != NONE && a != h && steps <= heads.len() {
            a = heads[a as usize];
            steps += 1;
        }
        a == h
    })
}

/// Lifts non-projective arcs (shortest first) to the head's head until the tree is
/// projective. Heads are 0-based, `NONE` marking the root's dependents. Returns the
/// number of lifts.
pub fn projectivize(heads: &mut [u32]) -> usize {
    let mut lifts = 0;
    loop {
        let bad = (0..heads.len())
            .filter(|&d| !is_projective_arc(heads, d))
            .min_by_key(|&d| (heads[d] as usize).abs_diff(d));
        match bad {
            Some(d) => {
                let h = heads[d] as usize;
                heads[d] = heads[h];
                lifts += 1;
            }
            None => return lifts,
        }
    }
}

#[derive(Clone, Debug)]
pub struct TrainOptions {
    pub epochs: usize,
    pub seed: u64,
    pub prune: f32,
    /// Exploration starts at this epoch (1-based)…
    pub explore_from: usize,
    /// …following a wrong prediction with this probability.
    pub explore_p: f64,
    /// Weight table size: `1 << bits` rows.
    pub bits: u32,
    /// Parsers trained from different seeds whose weights are averaged (1: one parser).
    pub ensemble: usize,
}

/// Gold trees in the parser's encoding, plus the inputs (words and the given tags).
#[derive(Clone)]
pub struct Example {
    pub input: ParseInput,
    heads: Vec<u32>,
    labels: Vec<u8>,
}

/// Builds training examples: `tags` gives the (XPOS, UPOS) to train on per sentence (gold
/// or predicted); trees are projectivised. Returns the examples and the number of lifts.
pub fn examples(
    sents: &[Sentence],
    tags: &[Vec<(String, String)>],
    labels: &[String],
) -> (Vec<Example>, usize) {
    let mut lifts = 0;
    let mut out = Vec::new();
    for (s, t) in sents.iter().zip(tags) {
        let n = s.words.len();
        let forms: Vec<&str> = s.forms();
        let xp: Vec<&str> = t.iter().map(|x| x.0.as_str()).collect();
        let up: Vec<&str> = t.iter().map(|x| x.1.as_str()).collect();
        let mut h0: Vec<u32> = s
            .words
            .iter()
            .map(|w| {
                if w.head == 0 {
                    NONE
                } else {
                    (w.head - 1) as u32
                }
            })
            .collect();
        lifts += projectivize(&mut h0);
        let heads = h0
            .iter()
            .map(|&h| if h == NONE { n as u32 } else { h })
            .collect();
        let labs = s
            .words
            .iter()
            .map(|w| {
                let l = if w.head == 0 {
                    ROOT_LABEL
                } else {
                    w.deprel.as_str()
                };
                labels.iter().position(|x| x == l).unwrap_or(0) as u8
            })
            .collect();
        out.push(Example {
            input: ParseInput::new(&forms, &xp, &up),
            heads,
            labels: labs,
        });
    }
    (out, lifts)
}

/// The label inventory of a treebank (sorted, `root` included).
pub fn label_set(sents: &[Sentence]) -> Vec<String> {
    let mut v: Vec<String> = sents
        .iter()
        .flat_map(|s| s.words.iter().map(|w| w.deprel.clone()))
        .chain(std::iter::once(ROOT_LABEL.to_string()))
        .collect();
    v.sort();
    v.dedup();
    v
}

/// Trains a parser; `dev` gives dev examples with the tags the parser will see at run
/// time and the gold sentences to score them against.
pub fn train(
    labels: Vec<String>,
    train: &[Example],
    dev: (&[ParseInput], &[Sentence]),
    opts: &TrainOptions,
    log: &mut dyn FnMut(String),
) -> Parser {
    train_clustered(labels, train, dev, Clusters::default(), opts, log)
}

/// [`train`] with word-cluster features.
pub fn train_clustered(
    labels: Vec<String>,
    train: &[Example],
    dev: (&[ParseInput], &[Sentence]),
    clusters: Clusters,
    opts: &TrainOptions,
    log: &mut dyn FnMut(String),
) -> Parser {
    assert!(labels.len() <= 64, "label sets are 64-bit masks");
    let root = labels
        .iter()
        .position(|l| l == ROOT_LABEL)
        .expect("root label") as u8;
    let moves = Moves {
        nlab: labels.len(),
        root,
    };
    let nclass = 1 + 2 * labels.len();
    let mut parser = Parser {
        labels,
        moves,
        model: Model::empty(nclass, opts.bits),
        clusters,
        branch_margin: -1.0,
    };
    let cls: Vec<Vec<[u64; LEVELS]>> = train
        .iter()
        .map(|ex| cluster_values(&parser.clusters, &ex.input))
        .collect();
    // One trainer per ensemble member (seeds `seed`, `seed + 7919`, …): the model is the
    // mean of their averaged weights, so the ensemble parses as fast as one model.
    let members = opts.ensemble.max(1);
    let mut trainers = Trainer::many(members, nclass, opts.bits);
    let all: Vec<usize> = (0..train.len()).collect();
    let (mut rngs, mut orders) = member_streams(members, opts.seed, &all);
    let mut feats = Vec::new();
    let mut scores = vec![0.0f32; nclass];
    let mut costs = vec![0u32; nclass];
    for epoch in 1..=opts.epochs {
        let (mut right, mut total) = (0usize, 0usize);
        for ((trainer, rng), order) in trainers.iter_mut().zip(&mut rngs).zip(&mut orders) {
            rng.shuffle(order);
            for &ei in order.iter() {
                let ex = &train[ei];
                let mut st = State::new(ex.input.n());
                while !st.terminal() {
                    features(&st, &ex.input, &cls[ei], opts.bits, &mut feats);
                    trainer.score(&feats, &mut scores);
                    parser.moves.costs(&st, &ex.heads, &ex.labels, &mut costs);
                    let pred = argmax_by(&scores, |c| costs[c] != u32::MAX).unwrap();
                    let min = *costs.iter().min().unwrap();
                    let best = argmax_by(&scores, |c| costs[c] == min).unwrap();
                    trainer.tick();
                    let next = if costs[pred] == min {
                        right += 1;
                        pred
                    } else {
                        trainer.update(&feats, best, pred);
                        if epoch >= opts.explore_from && rng.unit() < opts.explore_p {
                            pred
                        } else {
                            best
                        }
                    };
                    total += 1;
                    parser.moves.apply(&mut st, next);
                }
            }
        }
        let refs: Vec<&Trainer> = trainers.iter().collect();
        parser.model = Trainer::freeze_mean(&refs, opts.prune);
        let sc = score(&parser, dev.0, dev.1);
        log(format!(
            "parser epoch {epoch}: train moves {:.4}  dev uas {:.4} las {:.4} (full labels {:.4})",
            right as f64 / total.max(1) as f64,
            sc.uas,
            sc.las,
            sc.las_full
        ));
    }
    parser
}

/// Attachment scores over all words (punctuation included, as in the CoNLL 2018 shared
/// task). `las` compares universal relations (the part before `:`), `las_full` the whole
/// label (`nsubj:pass`, `nmod:poss`, …).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct AttachmentScores {
    pub uas: f64,
    pub las: f64,
    pub las_full: f64,
}

pub fn score(parser: &Parser, inputs: &[ParseInput], gold: &[Sentence]) -> AttachmentScores {
    let trees: Vec<(Vec<usize>, Vec<u8>)> = inputs.iter().map(|i| parser.parse(i)).collect();
    score_trees(parser, &trees, gold)
}

/// [`score`] of trees already parsed (1-based heads and `parser`'s label ids).
pub fn score_trees(
    parser: &Parser,
    trees: &[(Vec<usize>, Vec<u8>)],
    gold: &[Sentence],
) -> AttachmentScores {
    let (mut u, mut l, mut lf, mut n) = (0usize, 0usize, 0usize, 0usize);
    for ((heads, labels), s) in trees.iter().zip(gold) {
        for (i, w) in s.words.iter().enumerate() {
            n += 1;
            if heads[i] == w.head {
                u += 1;
                let pl = parser.label(labels[i]);
                let univ = |x: &str| x.split(':').next().unwrap_or("").to_string();
                l += (univ(pl) == univ(&w.deprel)) as usize;
                lf += (pl == w.deprel) as usize;
            }
        }
    }
    let d = n.max(1) as f64;
    AttachmentScores {
        uas: u as f64 / d,
        las: l as f64 / d,
        las_full: lf as f64 / d,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conllu;
    use crate::io::{Reader, Writer};

    const TOY: &str = "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
2\tTaliban\tTaliban\tPROPN\tNNP\t_\t3\tnsubj\t_\t_
3\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_
4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_
5\tbase\tbase\tNOUN\tNN\t_\t3\tobj\t_\t_
6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

1\tSoldiers\tsoldier\tNOUN\tNNS\t_\t3\tnsubj:pass\t_\t_
2\twere\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_
3\tkilled\tkill\tVERB\tVBN\t_\t0\troot\t_\t_
4\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_
5\tKabul\tKabul\tPROPN\tNNP\t_\t3\tobl\t_\t_
6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

1\tAmin\tAmin\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_
3\tIran\tIran\tPROPN\tNNP\t_\t4\tnsubj\t_\t_
4\thelped\thelp\tVERB\tVBD\t_\t2\tccomp\t_\t_
5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_
6\tTaliban\tTaliban\tPROPN\tNNP\t_\t4\tobj\t_\t_
7\testablish\testablish\tVERB\tVB\t_\t4\txcomp\t_\t_
8\tcamps\tcamp\tNOUN\tNNS\t_\t7\tobj\t_\t_
9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_
";

    fn gold_tags(s: &[Sentence]) -> Vec<Vec<(String, String)>> {
        s.iter()
            .map(|s| {
                s.words
                    .iter()
                    .map(|w| (w.xpos.clone(), w.upos.clone()))
                    .collect()
            })
            .collect()
    }

    /// The dynamic oracle, always followed, rebuilds every gold tree exactly.
    #[test]
    fn oracle_reaches_gold_trees() {
        let sents = conllu::parse(TOY).unwrap();
        let labels = label_set(&sents);
        let (exs, lifts) = examples(&sents, &gold_tags(&sents), &labels);
        assert_eq!(lifts, 0);
        let moves = Moves {
            nlab: labels.len(),
            root: labels.iter().position(|l| l == "root").unwrap() as u8,
        };
        let mut costs = vec![0; 1 + 2 * labels.len()];
        for ex in &exs {
            let mut st = State::new(ex.input.n());
            while !st.terminal() {
                moves.costs(&st, &ex.heads, &ex.labels, &mut costs);
                let c = costs
                    .iter()
                    .position(|&c| c == 0)
                    .expect("a zero-cost move");
                moves.apply(&mut st, c);
            }
            assert_eq!(st.heads[..ex.input.n()], ex.heads[..]);
            assert_eq!(st.labels[..ex.input.n()], ex.labels[..]);
        }
    }

    #[test]
    fn lifts_non_projective_arcs() {
        // 0-based heads; word 3 hangs on word 1 across word 2, whose head is word 0's
        // head (root): "A1 B2 C3 D4" with arcs 0->1? Build: root->2, 2->0, 0->3, 2->1.
        let mut heads = vec![2, 2, NONE, 0];
        assert!(!is_projective_arc(&heads, 3));
        assert_eq!(projectivize(&mut heads), 1);
        assert_eq!(heads, vec![2, 2, NONE, 2]);
        let mut proj = vec![1, NONE, 1];
        assert_eq!(projectivize(&mut proj), 0);
    }

    #[test]
    fn learns_toy_trees_and_round_trips() {
        let sents = conllu::parse(TOY).unwrap();
        let labels = label_set(&sents);
        let (exs, _) = examples(&sents, &gold_tags(&sents), &labels);
        let inputs: Vec<ParseInput> = exs.iter().map(|e| e.input.clone()).collect();
        let opts = TrainOptions {
            epochs: 10,
            seed: 3,
            prune: 0.0,
            explore_from: 2,
            explore_p: 0.9,
            bits: 16,
            ensemble: 1,
        };
        let mut log = Vec::new();
        let p = train(labels, &exs, (&inputs, &sents), &opts, &mut |l| log.push(l));
        assert_eq!(log.len(), 10);
        let sc = score(&p, &inputs, &sents);
        assert_eq!(sc.uas, 1.0);
        assert_eq!(sc.las_full, 1.0);
        let mut w = Writer::new("parser");
        p.write(&mut w);
        let mut r = Reader::new(&w.buf, "parser").unwrap();
        let p2 = Parser::read(&mut r).unwrap();
        r.end().unwrap();
        assert_eq!(p2.parse(&inputs[2]), p.parse(&inputs[2]));
        // A parser of an older format was trained on other templates: a clear error.
        let mut old = w.buf.clone();
        old[6..8].copy_from_slice(&3u16.to_le_bytes());
        let err = Parser::read(&mut Reader::new(&old, "parser").unwrap())
            .err()
            .expect("format 3 parser refused");
        assert!(err.to_string().contains("retrain"), "{err}");
        // Branching or not, every parse is a tree: one root, every head in range.
        let mut greedy = Parser::read(&mut Reader::new(&w.buf, "parser").unwrap()).unwrap();
        greedy.branch_margin = -1.0;
        let mut wide = Parser::read(&mut Reader::new(&w.buf, "parser").unwrap()).unwrap();
        wide.branch_margin = f32::MAX;
        for inp in &inputs {
            for parser in [&greedy, &wide] {
                let (heads, _) = parser.parse(inp);
                assert_eq!(heads.iter().filter(|&&h| h == 0).count(), 1, "{heads:?}");
                assert!(heads.iter().all(|&h| h <= heads.len()), "{heads:?}");
            }
        }
        // Every parse is a tree with one root.
        let (heads, _) = p.parse(&ParseInput::new(
            &["Kabul", "said", "."],
            &["NNP", "VBD", "."],
            &["PROPN", "VERB", "PUNCT"],
        ));
        assert_eq!(heads.iter().filter(|&&h| h == 0).count(), 1);
    }
}
