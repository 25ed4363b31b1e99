//! Arbitrary text as a duration ("< 4 business hours", "30", …).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        sdkvet::dev::harness::duration_text(text);
    }
});
