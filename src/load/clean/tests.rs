//! The fast path against the full loader: whenever the fast path accepts a file, the full
//! loader loads the same profile from it without a single diagnostic.

use super::load_clean;
use crate::dev::synthetic::{shaped_profile_text, Rng, Shape};
use crate::load::profile::load_profile_fully;
use crate::load::source::SourceFile;
use std::path::Path;

/// Checks that the fast path agrees with the full loader on `text`; true when it accepted it.
fn agrees(text: &str) -> bool {
    let source = SourceFile::from_text(Path::new("vendors/acme.toml"), text.to_string());
    let Some(fast) = load_clean(&source) else {
        return false;
    };
    let (full, diagnostics) = load_profile_fully(&source);
    let problems: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "accepted, but:\n{text}\n{problems:?}");
    assert_eq!(
        full.as_ref(),
        Some(&fast),
        "different profiles from:\n{text}"
    );
    true
}

fn accepted(text: &str) {
    assert!(agrees(text), "the fast path gave up on:\n{text}");
}

fn refused(text: &str) {
    assert!(!agrees(text), "the fast path accepted:\n{text}");
}

#[test]
fn every_synthetic_profile_takes_the_fast_path() {
    for shape in Shape::ALL {
        for index in 0..300 {
            accepted(&shaped_profile_text(42, index, shape));
        }
    }
}

#[test]
fn clean_fixtures_take_the_fast_path_and_agree() {
    // The fast path reads the common subset; bundled plans with `[price]` or `[support.hours]`
    // are read by the full loader, which must find nothing wrong with them.
    for (path, text) in crate::load::bundled::files_in("vendors") {
        if !agrees(text) {
            let source = SourceFile::from_text(Path::new(path), text.to_string());
            let (profile, diagnostics) = load_profile_fully(&source);
            assert!(profile.is_some() && diagnostics.is_empty(), "{path}");
        }
    }
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for folder in ["conformance/vendors", "hostile/vendors", "bad/vendors"] {
        for entry in std::fs::read_dir(fixtures.join(folder)).unwrap() {
            if let Ok(text) = std::fs::read_to_string(entry.unwrap().path()) {
                agrees(&text);
            }
        }
    }
}

#[test]
fn the_subset_it_reads() {
    accepted("name = \"A\"\r\nplan = 'P'\r\n");
    accepted("name = \"A\" # c\n\n  # c\n[ support . first_response ]\ncritical = 5\n");
    accepted("\"name\" = \"A\"\nsupport.\"coverage\" = \"24x7\"\nsla = { written = true, availability = 99.5 }\n");
    accepted("name = \"A\"\n[support]\nfirst_response = { critical = \"2 hours\", high = 0 }\nresolution.low = 1e3\n");
    accepted(
        "name = \"\\u0041\"\n[fit]\n"
            .replace("\\u0041", "名\t")
            .as_str(),
    );
    accepted("name = \"A\"\nproducts = [\n  \"im\", # c\n  'rtc',\n]\n[docs]\nlast_updated = 2024-02-29\n");
    accepted("name = \"A\"\nas_of = \"2026-01-02\"\n[extra]\nx = -0\ny = 2026-01-01\nz = \"\"\n[sources]\n\"extra.x\" = \"s\"\nname = 's'\n");
    accepted("name = \"A\"\n[support.resolution]\nlow = 5\n[docs]\nfaq = false\n[extra]\nn = 1\n");
}

#[test]
fn table_rules_and_everything_else_go_to_the_full_loader() {
    for text in [
        "name = \"A\"\nname = \"B\"\n",
        "name = \"A\"\n[sla]\n[sla]\n",
        "name = \"A\"\n[support.first_response]\n[support]\n",
        "name = \"A\"\nsupport.coverage = \"24x7\"\n[support]\n",
        "name = \"A\"\nsupport.coverage = \"24x7\"\n[support.first_response]\n",
        "name = \"A\"\nsla = { written = true }\n[sla]\n",
        "name = \"A\"\nsla = { written = true }\nsla.service_credits = true\n",
        "name = \"A\"\n[support]\nfirst_response.high = 5\nfirst_response = { low = 5 }\n",
        "name = \"A\"\n[support]\nfirst_response = { low = 5 }\nfirst_response.high = 5\n",
        "name = \"A\"\n[extra]\nx = 1\n\"x\" = 2\n",
        "name = \"A\"\n[sources]\nname = \"a\"\n'name' = \"b\"\n",
        "name = \"A\"\n[[extra]]\n",
        "name = \"A\"\n[extra.x]\n",
        "name = \"A\"\n[support.coverage]\n",
        "name = \"A\"\nsupport = 1\n",
        "name = \"A\\n\"\n",
        "name = \"\"\"A\"\"\"\n",
        "name = \"A\"\r",
        "name = \"A\" x = 1\n",
        "name = \"A\"\n[sla]\navailability = 1_0\n",
        "name = \"A\"\n[sla]\navailability = +10\n",
        "name = \"A\"\n[sla]\navailability = 010\n",
        "name = \"A\"\n[sla]\navailability = 1.\n",
        "name = \"A\"\n[sla]\navailability = nan\n",
        "name = \"A\"\n[sla]\navailability = 0\n",
        "name = \"A\"\nas_of = 2024-02-30\n",
        "name = \"A\"\nas_of = 2024-01-01T10:00:00\n",
        "name = \"A\"\nas_of = 2024-01-01 10:00:00\n",
        "name = \"A\"\n[fit]\nindustries = [\"educaton\"]\n",
        "name = \"A\"\n[fit]\nindustries = [\"social\", 1]\n",
        "name = \"A\"\nsla = { written = true, }\n",
        "name = \"A\"\nsla = {\nwritten = true }\n",
        "name = \"A\"\n[sources]\n\"sla.availabilty\" = \"x\"\n",
        "name = \"A\"\n# \u{7f}\n",
        "name = \"A\"\nsupport.first_response.critical.x.y = 1\n",
        "plan = \"P\"\n",
        "",
    ] {
        refused(text);
    }
}

#[test]
fn values_the_full_loader_refuses_are_refused() {
    for value in ["5e-324", "0.5", "0", "168.5"] {
        refused(&format!(
            "name = \"A\"\n[support]\nbusiness_hours_per_week = {value}\n"
        ));
    }
    for value in ["1000000001", "1e306", "-1"] {
        refused(&format!(
            "name = \"A\"\n[lifecycle]\nupgrade_notice_days = {value}\n"
        ));
        refused(&format!(
            "name = \"A\"\n[support.first_response]\ncritical = {value}\n"
        ));
    }
    refused("name = \"A\"\n[support.resolution]\nlow = \"1000000001 days\"\n");
    for value in ["1", "168", "37.5"] {
        accepted(&format!(
            "name = \"A\"\n[support]\nbusiness_hours_per_week = {value}\n"
        ));
    }
    accepted("name = \"A\"\n[lifecycle]\nupgrade_notice_days = 1000000000\n");
}

#[test]
fn many_extra_keys_and_sources_and_a_late_duplicate() {
    let mut text = String::from("name = \"A\"\n[extra]\n");
    for k in 0..50_000 {
        text.push_str(&format!("k{k} = {k}\n"));
    }
    text.push_str("[sources]\n");
    for k in 0..50_000 {
        text.push_str(&format!("\"extra.k{k}\" = \"s\"\n"));
    }
    accepted(&text);
    refused(&format!("{text}\"extra.k0\" = \"again\"\n"));
    let at = text.find("[sources]").unwrap();
    refused(&format!("{}\"k49999\" = 1\n{}", &text[..at], &text[at..]));
}

/// A line or a piece of one that, moved around, breaks a rule or changes a meaning.
const PIECES: &[&str] = &[
    "[support]",
    "[support.first_response]",
    "[sla]",
    "[extra]",
    "[sources]",
    "[[docs]]",
    "support.coverage = \"24x7\"",
    "first_response = { high = 5 }",
    "sla = { written = true }",
    "extra.a = 1",
    "name.x = 1",
    "\"name\" = \"Z\"",
    "a.b = 1",
    "critical = 1",
    "x = {}",
    "\"",
    "'",
    "\\",
    "#",
    "\r",
    "\t",
    ".",
    "=",
    "[",
    "]",
    "{",
    "}",
    ",",
    "0",
    "_",
    "-",
    "e",
    " ",
    "\n",
    "T",
    ":",
    "x",
    "\u{7f}",
    "\u{0}",
    "1979-05-27",
    "true",
    "inf",
    "\"\"\"",
];

/// One random edit: a byte dropped, a line doubled or moved, or a piece inserted.
fn mutate(rng: &mut Rng, text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let line = rng.below(lines.len());
    match rng.below(4) {
        0 => {
            let mut cut = rng.below(text.len());
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            let next = text[cut..].chars().next().map_or(0, char::len_utf8);
            format!("{}{}", &text[..cut], &text[cut + next..])
        }
        1 => {
            let mut out = lines.clone();
            out.insert(rng.below(lines.len() + 1), lines[line]);
            out.join("\n")
        }
        2 => {
            let mut out = lines.clone();
            let moved = out.remove(line);
            out.insert(rng.below(out.len() + 1), moved);
            out.join("\n")
        }
        _ => {
            let mut at = rng.below(text.len() + 1);
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            format!("{}{}{}", &text[..at], rng.pick(PIECES), &text[at..])
        }
    }
}

#[test]
fn damaged_profiles_never_fool_the_fast_path() {
    let mut rng = Rng::new(7);
    let mut fast = 0;
    for round in 0..4000 {
        let shape = Shape::ALL[round % 2];
        let mut text = shaped_profile_text(3, round % 97, shape);
        for _ in 0..1 + rng.below(3) {
            text = mutate(&mut rng, &text);
        }
        fast += usize::from(agrees(&text));
    }
    // A damaged word in a list with a vocabulary (channels since they have one) draws a
    // warning, so a little under a tenth of the damaged profiles stay clean.
    assert!(fast > 350, "only {fast} damaged profiles were still clean");
}

#[test]
fn levels_are_read_in_any_case_on_the_fast_path_too() {
    accepted(
        "name = \"A\"\n[support]\ncoverage = \"24X7\"\n[process]\nservice_reports = \"Monthly\"\n",
    );
}

#[test]
fn the_table_form_of_a_source_is_read_exactly_or_left_to_the_full_loader() {
    let source = "name = \"A\"\n[sources]\n\"sla.written\" = ";
    accepted(&format!(
        "{source}{{ source = \"x\", kind = \"contract\", checked = 2026-01-02 }}\n"
    ));
    accepted(&format!(
        "{source}{{ checked = \"2026-01-02\", source = 'x' }}\n"
    ));
    accepted("name = \"A\"\nsources.\"sla.written\" = { source = \"x\", kind = \"trial\" }\n");
    for bad in [
        "{}",
        "{ kind = \"contract\" }",
        "{ source = \"x\", kind = \"ad\" }",
        "{ source = \"x\", source = \"y\" }",
        "{ source = \"x\", note = \"y\" }",
        "{ source = \"x\", checked = 2026-02-30 }",
        "{ source = \"x\", checked = \"soon\" }",
        "{ source = \"x\", }",
        "{ source = 1 }",
    ] {
        refused(&format!("{source}{bad}\n"));
    }
    refused("name = \"A\"\n[sources.\"sla.written\"]\nsource = \"x\"\n");
    refused("name = \"A\"\n[sources]\n\"sla.writen\" = \"x\"\n");
    accepted("name = \"A\"\n[sources]\n\"sla.written\" = \"x\"\n");
}
