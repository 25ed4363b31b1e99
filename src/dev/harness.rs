//! Entry points for the fuzzers (`fuzz/`) and the robustness property tests: feed arbitrary
//! bytes to a loader and, when they load, drive everything downstream of it (scoring, every
//! renderer, the checklist), checking the invariants users rely on, and that the profile
//! loader's fast path for clean files agrees with its full loader. A broken invariant panics,
//! which is what a fuzzer looks for; nothing here is used by the commands.

use crate::ask::checklist;
use crate::decide::Evaluation;
use crate::i18n::Lang;
use crate::load::diag::Diagnostics;
use crate::load::profile::{load_profile, load_profile_fully};
use crate::load::scorecard::load_scorecard;
use crate::load::source::SourceFile;
use crate::model::duration::{Duration, DEFAULT_BUSINESS_HOURS_PER_WEEK, MAX_AMOUNT};
use crate::model::profile::Profile;
use crate::model::scorecard::Audience;
use crate::model::scorecard::Scorecard;
use crate::render::{self, table::TableOptions};
use jiff::civil::{date, Date};
use std::path::Path;
use std::sync::LazyLock;

/// The evaluation date of every harness run, so that runs are reproducible.
pub const AS_OF: Date = date(2026, 11, 21);

static DEFAULT_CARD: LazyLock<Scorecard> = LazyLock::new(|| {
    let text = bundled_text("scorecards", "scorecards/default.toml");
    let source = SourceFile::from_text(Path::new("scorecards/default.toml"), text.into());
    load_scorecard(&source, &Audience::default())
        .0
        .expect("the bundled default scorecard loads")
});

static BUNDLED_PROFILES: LazyLock<Vec<Profile>> = LazyLock::new(|| {
    crate::load::bundled::files_in("vendors")
        .map(|(path, text)| {
            let source = SourceFile::from_text(Path::new(path), text.into());
            load_profile(&source).0.expect("bundled profiles load")
        })
        .collect()
});

fn bundled_text(folder: &str, wanted: &str) -> &'static str {
    crate::load::bundled::files_in(folder)
        .find(|(path, _)| *path == wanted)
        .map(|(_, text)| text)
        .expect("a bundled file")
}

/// Loads `bytes` as a profile; when it loads, scores and renders it under the default scorecard.
pub fn profile_bytes(bytes: &[u8]) -> Option<Profile> {
    let source = SourceFile::from_bytes(Path::new("vendors/fuzzed.toml"), bytes.to_vec()).ok()?;
    check_fast_path(&source);
    let (profile, diagnostics) = load_profile(&source);
    check_diagnostics(&diagnostics, profile.is_some());
    let profile = profile?;
    let evaluation = crate::decide::evaluate(std::slice::from_ref(&profile), &DEFAULT_CARD, AS_OF);
    check_evaluation(&evaluation);
    render_everything(&evaluation);
    checklist_everything(std::slice::from_ref(&profile), &DEFAULT_CARD);
    Some(profile)
}

/// Loads `bytes` as a scorecard; when it loads, scores and renders the bundled profiles under it.
pub fn scorecard_bytes(bytes: &[u8]) -> Option<Scorecard> {
    let source =
        SourceFile::from_bytes(Path::new("scorecards/fuzzed.toml"), bytes.to_vec()).ok()?;
    let (card, diagnostics) = load_scorecard(&source, &Audience::default());
    check_diagnostics(&diagnostics, card.is_some());
    let card = card?;
    let evaluation = crate::decide::evaluate(&BUNDLED_PROFILES, &card, AS_OF);
    check_evaluation(&evaluation);
    render_everything(&evaluation);
    checklist_everything(&BUNDLED_PROFILES, &card);
    Some(card)
}

/// Parses `text` as a duration; a parsed amount is from 0 to [`MAX_AMOUNT`] (never `-0`), and
/// is a finite number of minutes, 0 or more, whatever the length of the support week.
pub fn duration_text(text: &str) -> Option<Duration> {
    let duration = Duration::parse(text).ok()?;
    for week in [1.0, DEFAULT_BUSINESS_HOURS_PER_WEEK, 168.0] {
        let minutes = duration.minutes(week);
        assert!(
            minutes.is_finite() && minutes >= 0.0 && minutes.is_sign_positive(),
            "{text:?} gave {minutes} minutes"
        );
        let _ = crate::i18n::findings::minutes(minutes, Lang::Zh);
    }
    let amount = duration.amount;
    assert!(
        (0.0..=MAX_AMOUNT).contains(&amount) && amount.is_sign_positive(),
        "{text:?} parsed to {amount}"
    );
    Some(duration)
}

/// A file the fast path accepts loads the same, without a word, through the full loader.
fn check_fast_path(source: &SourceFile) {
    let Some(fast) = crate::load::clean::load_clean(source) else {
        return;
    };
    let (full, diagnostics) = load_profile_fully(source);
    assert!(diagnostics.is_empty(), "{diagnostics:?}\n{}", source.text);
    assert_eq!(full.as_ref(), Some(&fast), "{}", source.text);
}

/// Every diagnostic is positioned inside its file; a loaded file has no errors.
fn check_diagnostics(diagnostics: &Diagnostics, loaded: bool) {
    assert_eq!(loaded, !diagnostics.has_errors(), "{diagnostics:?}");
    for d in diagnostics.iter() {
        assert!(d.line >= 1 && d.column >= 1, "unpositioned: {d}");
        assert!(!d.message.is_empty());
    }
}

/// Scores are in 0..=100 and never `-0` (nor NaN), and so are contributions.
fn check_evaluation(evaluation: &Evaluation) {
    let shown = |number: f64| (0.0..=100.0).contains(&number) && number.is_sign_positive();
    for vendor in &evaluation.vendors {
        assert!(shown(vendor.score), "{}", vendor.score);
        assert!(shown(vendor.confidence), "{}", vendor.confidence);
        for criterion in &vendor.criteria {
            assert!(shown(criterion.contribution), "{}", criterion.contribution);
            if let Some(score) = criterion.score {
                assert!(shown(score), "{}: {score}", criterion.id);
            }
        }
    }
}

fn render_everything(evaluation: &Evaluation) {
    for lang in Lang::ALL {
        render::csv::render(evaluation, true, lang).expect("CSV renders");
        render::json::render(evaluation, lang).expect("JSON renders");
        render::markdown::render(evaluation, true, lang);
    }
    for width in [None, Some(40)] {
        let options = TableOptions {
            width,
            colour: true,
            explain: true,
            ..TableOptions::default()
        };
        let bytes = render::table::render(evaluation, &options);
        check_width(&bytes, width.map(usize::from));
    }
}

fn checklist_everything(profiles: &[Profile], card: &Scorecard) {
    for lang in [Lang::En, Lang::Zh] {
        let lists = checklist::build(profiles, card, AS_OF, lang);
        render::checklist::text(&lists, lang, None);
        check_width(&render::checklist::text(&lists, lang, Some(40)), Some(40));
        render::checklist::markdown(&lists, lang);
        render::checklist::csv(&lists, lang, true).expect("checklist CSV renders");
        render::checklist::json(&lists, lang).expect("checklist JSON renders");
    }
}

/// No line of terminal text is wider than `width`, unless it holds one word wider than it.
fn check_width(bytes: &[u8], width: Option<usize>) {
    let Some(width) = width else { return };
    let text = String::from_utf8(bytes.to_vec()).expect("terminal text is UTF-8");
    for line in text.lines() {
        let shown = render::text::display_width(line);
        let one_word = render::text::is_unbreakable(line.trim());
        assert!(shown <= width || one_word, "{shown} columns: {line:?}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_data_passes_through_every_entry_point() {
        for (_, text) in crate::load::bundled::files_in("vendors") {
            assert!(profile_bytes(text.as_bytes()).is_some());
        }
        for (_, text) in crate::load::bundled::files_in("scorecards") {
            assert!(scorecard_bytes(text.as_bytes()).is_some());
        }
        assert!(duration_text("< 4 business hours").is_some());
        assert!(duration_text("-0 bd").is_some());
        assert!(duration_text(&format!("{} days", "9".repeat(400))).is_none());
        assert!(
            profile_bytes(b"name = \"A\"\nsupport.business_hours_per_week = 5e-324\n").is_none()
        );
        let at_worst =
            b"name = \"A\"\n[criteria.version_support]\nweight = 1\nbest = 24\nworst = 0\n";
        assert!(scorecard_bytes(at_worst).is_some());
        assert!(profile_bytes(b"\xff").is_none());
        assert!(duration_text("soon").is_none());
    }
}
