//! CoNLL-U reading: any text is read or refused, never a panic; what is read writes out
//! as CoNLL-U that reads back to as many sentences with the same words.
#![no_main]
use libfuzzer_sys::fuzz_target;
use rapport_nlp::conllu;

fuzz_target!(|text: &str| {
    if let Ok(sents) = conllu::parse(text) {
        let out: String = sents.iter().map(conllu::write).collect();
        let back = conllu::parse(&out).expect("written CoNLL-U reads back");
        assert_eq!(back.len(), sents.len());
        for (a, b) in back.iter().zip(&sents) {
            assert_eq!(a.words.len(), b.words.len());
            for (x, y) in a.words.iter().zip(&b.words) {
                assert_eq!(x.head, y.head);
            }
        }
    }
});
