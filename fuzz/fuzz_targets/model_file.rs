//! Model files: any bytes are read as a tagger, parser or recognizer file or refused with
//! an error, never a panic. The first byte picks the kind.
#![no_main]
use libfuzzer_sys::fuzz_target;
use rapport_nlp::io::Reader;
use rapport_nlp::{lemma::Lemmatizer, ner::Ner, parser::Parser, tagger::Tagger};

fuzz_target!(|data: &[u8]| {
    let Some((&kind, file)) = data.split_first() else {
        return;
    };
    match kind % 3 {
        0 => {
            if let Ok(mut r) = Reader::new(file, "tagger") {
                if Tagger::read(&mut r).is_ok() {
                    let _ = Lemmatizer::read(&mut r);
                }
            }
        }
        1 => {
            if let Ok(mut r) = Reader::new(file, "parser") {
                let _ = Parser::read(&mut r);
            }
        }
        _ => {
            if let Ok(mut r) = Reader::new(file, "ner") {
                let _ = Ner::read(&mut r);
            }
        }
    }
});
