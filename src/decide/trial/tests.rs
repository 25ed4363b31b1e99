//! Verdicts of trial tickets on the evaluation date, with and without `[support.hours]`.

use super::*;
use crate::load::profile::load_profile_on;
use crate::load::source::SourceFile;
use std::path::Path;

const AS_OF: Date = jiff::civil::date(2026, 11, 21);

fn profile(text: &str) -> Profile {
    let source = SourceFile::from_text(Path::new("vendors/v.toml"), text.to_string());
    let (profile, diagnostics) = load_profile_on(&source, Some(AS_OF));
    let messages: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
    assert!(messages.is_empty(), "{messages:?}");
    profile.unwrap()
}

fn ticket(severity: &str, opened: &str, response: Option<&str>) -> String {
    let response = response.map_or(String::new(), |r| format!("first_response = {r}\n"));
    format!("[[trial.tickets]]\nseverity = \"{severity}\"\nopened = {opened}\n{response}")
}

fn verdicts(text: &str) -> Vec<Verdict> {
    let profile = profile(text);
    assess_tickets(&profile, AS_OF)
        .iter()
        .map(|r| r.verdict)
        .collect()
}

const PROMISES: &str = "name = \"V\"\n[support.first_response]\ncritical = 30\nhigh = \"4 business hours\"\nnormal = \"next business day\"\n";
const HOURS: &str = "[support.hours]\ndays = [\"mon\", \"tue\", \"wed\", \"thu\", \"fri\"]\nstart = \"09:00\"\nend = \"18:00\"\ntime_zone = \"Asia/Shanghai\"\nholidays = [2026-11-16]\n";

#[test]
fn kept_broken_open_and_no_promise() {
    let text = [
        PROMISES.to_string(),
        HOURS.to_string(),
        ticket(
            "critical",
            "2026-11-03T10:00:00+08:00",
            Some("2026-11-03T10:30:00+08:00"),
        ),
        ticket(
            "critical",
            "2026-11-03T10:00:00+08:00",
            Some("2026-11-03T10:31:00+08:00"),
        ),
        ticket("critical", "2026-11-03T10:00:00+08:00", None),
        ticket("critical", "2026-11-20T23:40:00Z", None),
        ticket(
            "low",
            "2026-11-03T10:00:00+08:00",
            Some("2026-11-03T10:30:00+08:00"),
        ),
    ]
    .concat();
    use Verdict::*;
    assert_eq!(verdicts(&text), [Kept, Broken, Broken, Open, NoPromise]);
}

#[test]
fn an_unanswered_ticket_breaks_its_promise_only_once_the_deadline_is_before_the_evaluation_date() {
    // Due 2026-11-21T00:00:00Z exactly: not before 00:00 UTC of the evaluation date, so open.
    let due_at_start = [PROMISES, &ticket("critical", "2026-11-20T23:30:00Z", None)].concat();
    assert_eq!(verdicts(&due_at_start), [Verdict::Open]);
    let due_before = [PROMISES, &ticket("critical", "2026-11-20T23:29:00Z", None)].concat();
    assert_eq!(verdicts(&due_before), [Verdict::Broken]);
}

#[test]
fn business_hours_are_counted_on_the_support_calendar() {
    // Friday 2026-11-13 16:00 Shanghai + 4 business hours: 2 h Friday, Monday 16 Nov is a
    // holiday, so Tuesday 11:00 (03:00 UTC).
    let text = [
        PROMISES,
        HOURS,
        &ticket(
            "high",
            "2026-11-13T16:00:00+08:00",
            Some("2026-11-17T11:00:00+08:00"),
        ),
    ]
    .concat();
    let profile = profile(&text);
    let results = assess_tickets(&profile, AS_OF);
    assert_eq!(
        results[0].deadline,
        Some(Deadline::At("2026-11-17T03:00:00Z".parse().unwrap()))
    );
    assert_eq!(results[0].verdict, Verdict::Kept);
    assert_eq!(results[0].observed, Some(4.0 * 24.0 * 60.0 - 5.0 * 60.0));
    // The promise in minutes follows the 45-hour week: 4 × 60 × 168 / 45.
    assert!((results[0].promise.unwrap().1 - 896.0).abs() < 1e-9);
}

#[test]
fn a_promise_in_business_days_counts_whole_support_days() {
    // Thursday 14:00 + next business day (9 support hours): Friday 14:00.
    let text = [
        PROMISES,
        HOURS,
        &ticket(
            "normal",
            "2026-11-05T14:00:00+08:00",
            Some("2026-11-06T14:00:01+08:00"),
        ),
    ]
    .concat();
    let profile = profile(&text);
    let results = assess_tickets(&profile, AS_OF);
    assert_eq!(
        results[0].deadline,
        Some(Deadline::At("2026-11-06T06:00:00Z".parse().unwrap()))
    );
    assert_eq!(results[0].verdict, Verdict::Broken);
}

#[test]
fn without_support_hours_business_time_is_the_average_conversion() {
    // 4 business hours of a 40-hour week: 1008 wall-clock minutes after opening.
    let text = [
        PROMISES,
        &ticket(
            "high",
            "2026-11-13T16:00:00+08:00",
            Some("2026-11-14T08:48:00+08:00"),
        ),
    ]
    .concat();
    let profile = profile(&text);
    let results = assess_tickets(&profile, AS_OF);
    assert_eq!(
        results[0].deadline,
        Some(Deadline::At("2026-11-14T00:48:00Z".parse().unwrap()))
    );
    assert_eq!(results[0].verdict, Verdict::Kept);
    let later = text.replace("08:48:00+08:00", "08:48:01+08:00");
    assert_eq!(verdicts(&later), [Verdict::Broken]);
}

#[test]
fn a_bound_prefix_does_not_change_the_deadline() {
    let text = "name = \"V\"\n[support.first_response]\ncritical = \"< 1 hour\"\n".to_string()
        + &ticket(
            "critical",
            "2026-11-03T10:00:00Z",
            Some("2026-11-03T11:00:00Z"),
        );
    assert_eq!(verdicts(&text), [Verdict::Kept]);
}

#[test]
fn the_summary_counts_verdicts_and_takes_medians_per_severity() {
    let text = [
        PROMISES.to_string(),
        ticket(
            "critical",
            "2026-11-03T10:00:00Z",
            Some("2026-11-03T10:10:00Z"),
        ),
        ticket(
            "critical",
            "2026-11-03T10:00:00Z",
            Some("2026-11-03T10:50:00Z"),
        ),
        ticket("critical", "2026-11-03T10:00:00Z", None),
        ticket("high", "2026-11-03T10:00:00Z", Some("2026-11-03T11:00:00Z")),
    ]
    .concat();
    let profile = profile(&text);
    let summary = summarise(&assess_tickets(&profile, AS_OF));
    assert_eq!(
        (summary.tickets, summary.kept, summary.broken, summary.open),
        (4, 2, 2, 0)
    );
    assert_eq!(summary.median, [Some(30.0), Some(60.0), None, None]);
}

#[test]
fn medians_of_odd_and_even_counts() {
    assert_eq!(median(&mut []), None);
    assert_eq!(median(&mut [5.0, 1.0, 3.0]), Some(3.0));
    assert_eq!(median(&mut [4.0, 1.0, 3.0, 2.0]), Some(2.5));
}
