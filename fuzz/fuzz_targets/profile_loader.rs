//! Arbitrary bytes as a vendor profile: loading, then scoring, rendering and the checklist.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    sdkvet::dev::harness::profile_bytes(data);
});
