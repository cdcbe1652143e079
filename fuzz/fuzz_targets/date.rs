//! Dates: any string is parsed or refused, never a panic; a parsed date prints as a
//! string that parses back to it.
#![no_main]
use libfuzzer_sys::fuzz_target;
use rapport_model::PartialDate;

fuzz_target!(|s: &str| {
    if let Ok(d) = PartialDate::parse(s) {
        let back = PartialDate::parse(&d.to_string()).expect("a printed date parses");
        assert_eq!(back, d);
    }
});
