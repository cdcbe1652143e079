//! IOB2 reading: any text is read or refused, never a panic; every span read lies inside
//! its sentence, non-empty, with a known label.
#![no_main]
use libfuzzer_sys::fuzz_target;
use rapport_nlp::iob;

fuzz_target!(|text: &str| {
    if let Ok(sents) = iob::parse(text) {
        for s in sents {
            for (a, e, l) in &s.spans {
                assert!(a < e && *e <= s.tokens.len());
                assert!(iob::LABELS.contains(&l.as_str()));
            }
        }
    }
});
