//! Property tests over generated inputs: loading never panics on anything (arbitrary bytes,
//! arbitrary text, damaged generated profiles); evaluation is deterministic whatever the order
//! of the profiles; CSV and JSON parsed back agree on the ranking. The same entry points as
//! the fuzzers (`sdkvet::dev::harness`), so they also run where cargo-fuzz cannot.

use proptest::prelude::*;
use proptest::test_runner::RngSeed;
use sdkvet::decide as score;
use sdkvet::decide::Evaluation;
use sdkvet::dev::harness;
use sdkvet::dev::synthetic::{profile_id, profile_text, scorecard_text};
use sdkvet::i18n::Lang;
use sdkvet::load::profile::load_profile;
use sdkvet::load::scorecard::load_scorecard;
use sdkvet::load::source::SourceFile;
use sdkvet::model::profile::Profile;
use sdkvet::model::scorecard::Scorecard;
use sdkvet::render;
use std::path::Path;

/// One edit to a file's bytes: replace, insert or delete at a position (taken modulo length).
#[derive(Debug, Clone)]
enum Edit {
    Replace(usize, u8),
    Insert(usize, Vec<u8>),
    Delete(usize, usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    let tokens: Vec<&'static [u8]> = vec![
        b"[",
        b"]",
        b"{",
        b"}",
        b"=",
        b"\"",
        b"\n",
        b".",
        b",",
        b"[[",
        b"#",
        b"'",
        b"\\u",
        b"x = 1\n",
        b"[support]\n",
        b"coverage",
        b"nan",
        b"-1",
        b"99999999999999999999",
    ];
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| Edit::Replace(at, byte)),
        (any::<usize>(), proptest::sample::select(tokens))
            .prop_map(|(at, token)| Edit::Insert(at, token.to_vec())),
        (any::<usize>(), 1usize..40).prop_map(|(at, len)| Edit::Delete(at, len)),
    ]
}

fn apply(mut bytes: Vec<u8>, edits: &[Edit]) -> Vec<u8> {
    for edit in edits {
        let len = bytes.len().max(1);
        match edit {
            Edit::Replace(at, byte) if !bytes.is_empty() => bytes[at % len] = *byte,
            Edit::Insert(at, token) => {
                let at = at % (bytes.len() + 1);
                bytes.splice(at..at, token.iter().copied());
            }
            Edit::Delete(at, count) if !bytes.is_empty() => {
                let at = at % len;
                let end = (at + count).min(bytes.len());
                bytes.drain(at..end);
            }
            _ => {}
        }
    }
    bytes
}

fn profiles(seed: u64, count: usize) -> Vec<Profile> {
    (0..count)
        .map(|index| {
            let path = format!("vendors/{}.toml", profile_id(index));
            let source = SourceFile::from_text(Path::new(&path), profile_text(seed, index));
            load_profile(&source).0.expect("generated profiles load")
        })
        .collect()
}

fn scorecard(seed: u64) -> Scorecard {
    let source = SourceFile::from_text(Path::new("scorecards/s.toml"), scorecard_text(seed));
    load_scorecard(&source, &Default::default())
        .0
        .expect("generated scorecards load")
}

/// Every format's bytes for one evaluation.
fn all_formats(evaluation: &Evaluation) -> Vec<Vec<u8>> {
    let options = render::table::TableOptions {
        width: Some(100),
        colour: false,
        explain: true,
        ..Default::default()
    };
    vec![
        render::csv::render(evaluation, false, Lang::En).unwrap(),
        render::json::render(evaluation, Lang::En).unwrap(),
        render::markdown::render(evaluation, true, Lang::En),
        render::table::render(evaluation, &options),
    ]
}

/// (vendor id, rank, status, score to one decimal) in output order, from the CSV.
fn ranking_from_csv(bytes: &[u8]) -> Vec<(String, String, String, String)> {
    let mut reader = csv::Reader::from_reader(bytes);
    reader
        .records()
        .map(|record| {
            let record = record.unwrap();
            (
                record[1].to_string(),
                record[0].to_string(),
                record[5].to_string(),
                record[4].to_string(),
            )
        })
        .collect()
}

/// The same, from the JSON.
fn ranking_from_json(bytes: &[u8]) -> Vec<(String, String, String, String)> {
    let json: serde_json::Value = serde_json::from_slice(bytes).unwrap();
    json["vendors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| {
            let rank = v["rank"]
                .as_u64()
                .map(|r| r.to_string())
                .unwrap_or_default();
            (
                v["id"].as_str().unwrap().to_string(),
                rank,
                v["status"].as_str().unwrap().to_string(),
                format!("{:.1}", v["score"].as_f64().unwrap()),
            )
        })
        .collect()
}

proptest! {
    // A fixed seed: the same cases on every run and machine (tests are deterministic).
    #![proptest_config(ProptestConfig {
        cases: 64,
        rng_seed: RngSeed::Fixed(0x5d_4e7),
        ..ProptestConfig::default()
    })]

    #[test]
    fn arbitrary_bytes_never_panic_any_loader(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        harness::profile_bytes(&bytes);
        harness::scorecard_bytes(&bytes);
    }

    #[test]
    fn arbitrary_text_never_panics_the_duration_parser(text in "\\PC{0,40}") {
        harness::duration_text(&text);
    }

    #[test]
    fn damaged_profiles_and_scorecards_never_panic(
        seed in any::<u64>(),
        edits in proptest::collection::vec(edit(), 1..6),
    ) {
        harness::profile_bytes(&apply(profile_text(seed, 0).into_bytes(), &edits));
        harness::scorecard_bytes(&apply(scorecard_text(seed).into_bytes(), &edits));
    }

    #[test]
    fn evaluation_does_not_depend_on_the_order_of_the_profiles(
        seed in any::<u64>(),
        card in any::<u64>(),
        count in 1usize..40,
        rotate in any::<usize>(),
    ) {
        let card = scorecard(card);
        let forward = profiles(seed, count);
        let mut shuffled = forward.clone();
        shuffled.reverse();
        shuffled.rotate_left(rotate % count);
        let as_of = harness::AS_OF;
        let a = all_formats(&score::evaluate(&forward, &card, as_of));
        let b = all_formats(&score::evaluate(&shuffled, &card, as_of));
        prop_assert_eq!(a, b);
    }

    #[test]
    fn the_rank_range_holds_the_rank(seed in any::<u64>(), card in any::<u64>(), count in 1usize..60) {
        let (profiles, card) = (profiles(seed, count), scorecard(card));
        let evaluation = score::evaluate(&profiles, &card, harness::AS_OF);
        for vendor in &evaluation.vendors {
            match (vendor.rank, vendor.rank_range) {
                (Some(rank), Some(range)) => {
                    prop_assert!(range.best <= rank && rank <= range.worst, "{}: {rank} {range:?}", vendor.id);
                    prop_assert!(range.worst <= evaluation.vendors.len());
                    if vendor.unknowns == 0 && evaluation.vendors.iter().all(|v| v.unknowns == 0) {
                        prop_assert_eq!((range.best, range.worst), (rank, rank));
                    }
                }
                (None, None) => {}
                other => prop_assert!(false, "{}: rank and range disagree: {other:?}", vendor.id),
            }
        }
    }

    #[test]
    fn csv_and_json_agree_on_the_ranking(seed in any::<u64>(), card in any::<u64>(), count in 1usize..40) {
        let (profiles, card) = (profiles(seed, count), scorecard(card));
        let evaluation = score::evaluate(&profiles, &card, harness::AS_OF);
        let from_csv = ranking_from_csv(&render::csv::render(&evaluation, false, Lang::En).unwrap());
        let from_json = ranking_from_json(&render::json::render(&evaluation, Lang::En).unwrap());
        prop_assert_eq!(from_csv.len(), count);
        prop_assert_eq!(&from_csv, &from_json);
        let ids: Vec<&str> = evaluation.vendors.iter().map(|v| v.id).collect();
        let csv_ids: Vec<&str> = from_csv.iter().map(|row| row.0.as_str()).collect();
        prop_assert_eq!(ids, csv_ids);
    }
}

/// Inputs that once broke, or that sit on an edge (huge numbers, deep nesting, control
/// characters, dates at the ends of the calendar): replayed through the fuzzers' entry points.
#[test]
fn fuzz_regressions_replay_without_a_panic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz-regressions");
    let mut replayed = 0;
    for (folder, entry) in [
        (
            "profiles",
            harness::profile_bytes as fn(&[u8]) -> Option<Profile>,
        ),
        ("profiles", |b: &[u8]| {
            harness::scorecard_bytes(b).map(|_| Profile::new("x", "x"))
        }),
        ("scorecards", |b: &[u8]| {
            harness::scorecard_bytes(b).map(|_| Profile::new("x", "x"))
        }),
        ("scorecards", harness::profile_bytes),
    ] {
        for file in std::fs::read_dir(root.join(folder)).unwrap() {
            entry(&std::fs::read(file.unwrap().path()).unwrap());
            replayed += 1;
        }
    }
    let durations = std::fs::read_to_string(root.join("durations.txt")).unwrap();
    for line in durations.lines() {
        harness::duration_text(line);
        replayed += 1;
    }
    assert!(replayed >= 30, "only {replayed} inputs");
}
