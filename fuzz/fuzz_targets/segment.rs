//! Sentences and tokens: on any text, every sentence and token span lies inside the text
//! on character boundaries, tokens inside their sentence, in order.
#![no_main]
use libfuzzer_sys::fuzz_target;
use rapport_text::{segment, tokenize};

fuzz_target!(|text: &str| {
    let mut last = 0;
    for s in segment(text) {
        let (a, e) = (s.span.start, s.span.end);
        assert!(last <= a && a <= e && e <= text.len());
        assert!(text.is_char_boundary(a) && text.is_char_boundary(e));
        last = e;
        let mut prev = a;
        for t in tokenize(text, s.span) {
            assert!(prev <= t.span.start && t.span.start < t.span.end && t.span.end <= e);
            assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
            prev = t.span.end;
        }
    }
});
