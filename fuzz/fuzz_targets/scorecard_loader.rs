//! Arbitrary bytes as a scorecard: loading, then scoring the bundled profiles under it.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    sdkvet::dev::harness::scorecard_bytes(data);
});
