//! The checks of a profile that span several keys (SPEC §3): `[support.hours]` must describe a
//! week of 1–168 hours with `start` before `end`, agreeing with `business_hours_per_week`
//! when both are given; `[price]` names exactly one of `annual`, `monthly` and
//! `percent_of_spend`, and `minimum_monthly` only with `percent_of_spend`.

use crate::i18n::{diagnostics as words, Text};
use crate::load::source::Reporter;
use crate::load::tree::{first_key_start, Node, Table};
use crate::model::calendar;
use crate::model::duration::WEEK_HOURS;
use crate::model::fact::Fact;
use crate::model::profile::Profile;
use crate::util::number::format_number;

/// The node at a dotted path of the document.
fn node_at<'a, 'i>(document: &'a Table<'i>, path: &str) -> Option<&'a Node<'i>> {
    let (first, rest) = path
        .split_once('.')
        .map_or((path, None), |(f, r)| (f, Some(r)));
    let node = document.get(first)?;
    match rest {
        None => Some(node),
        Some(rest) => node_at(node.get_ref().as_table()?, rest),
    }
}

/// Where a table's problems are reported: its first key, else where it starts.
fn table_start(node: &Node) -> usize {
    node.get_ref()
        .as_table()
        .map_or(0, first_key_start)
        .max(node.span().start)
}

/// Checks `[support.hours]` as a whole.
pub fn check_hours(reporter: &mut Reporter, document: &Table, profile: &Profile) {
    let Some(table) = node_at(document, "support.hours") else {
        return;
    };
    let Some(keys) = table.get_ref().as_table() else {
        return;
    };
    for key in ["days", "start", "end", "time_zone"] {
        if !keys.contains_key(key) {
            let message = Text::new(|lang| words::hours_need(lang, key));
            reporter.error_at(table_start(table), &format!("support.hours.{key}"), message);
        }
    }
    let minutes = |key: &str| match profile.fact(&format!("support.hours.{key}")) {
        Some(Fact::Text(text)) => calendar::clock_minutes(text).ok(),
        _ => None,
    };
    let days = match profile.fact("support.hours.days") {
        Some(Fact::List(days)) => Some(days.len()),
        _ => None,
    };
    let (Some(open), Some(close), Some(days)) = (minutes("start"), minutes("end"), days) else {
        return;
    };
    let end = node_at(document, "support.hours.end").unwrap_or(table);
    if open >= close {
        let message = Text::new(words::end_not_after_start);
        reporter.error(end, "support.hours.end", message);
        return;
    }
    let week = days as f64 * f64::from(close - open) / 60.0;
    if !WEEK_HOURS.contains(&week) {
        let hours = format_number(week);
        let message = Text::new(|lang| words::week_out_of_range(lang, &hours));
        reporter.error_at(table_start(table), "support.hours", message);
    }
    check_agreement(reporter, document, profile, week);
}

/// `business_hours_per_week` beside `[support.hours]` must give the same week.
fn check_agreement(reporter: &mut Reporter, document: &Table, profile: &Profile, week: f64) {
    let path = "support.business_hours_per_week";
    let (Some(Fact::Number(given)), Some(node)) = (profile.fact(path), node_at(document, path))
    else {
        return;
    };
    if (given - week).abs() > 1e-9 {
        let (given, week) = (format_number(*given), format_number(week));
        let message = Text::new(|lang| words::week_disagrees(lang, &given, &week));
        reporter.error(node, path, message);
    }
}

const PLANS: [&str; 3] = ["annual", "monthly", "percent_of_spend"];

/// Checks `[price]` as a whole.
pub fn check_price(reporter: &mut Reporter, document: &Table) {
    let Some(table) = node_at(document, "price") else {
        return;
    };
    let Some(keys) = table.get_ref().as_table() else {
        return;
    };
    let given: Vec<&str> = PLANS
        .into_iter()
        .filter(|k| keys.contains_key(*k))
        .collect();
    if given.is_empty() {
        let message = Text::new(|lang| words::price_needs_plan(lang, &PLANS));
        reporter.error_at(table_start(table), "price", message);
    }
    for extra in given.iter().skip(1) {
        let node = &keys[*extra];
        let first = given[0];
        let message = Text::new(|lang| words::price_has_plan(lang, first, &PLANS));
        reporter.error(node, &format!("price.{extra}"), message);
    }
    if let (Some(node), false) = (
        keys.get("minimum_monthly"),
        given.contains(&"percent_of_spend"),
    ) {
        let message = Text::new(words::minimum_without_percent);
        reporter.error(node, "price.minimum_monthly", message);
    }
}

#[cfg(test)]
mod tests {
    use crate::load::profile::load_profile_on;
    use crate::load::source::SourceFile;
    use crate::model::profile::Profile;
    use std::path::Path;

    fn load(text: &str) -> (Option<Profile>, Vec<String>) {
        let source = SourceFile::from_text(Path::new("vendors/acme.toml"), text.to_string());
        let (profile, diagnostics) =
            load_profile_on(&source, Some(jiff::civil::date(2026, 11, 21)));
        (
            profile,
            diagnostics.iter().map(ToString::to_string).collect(),
        )
    }

    fn has(messages: &[String], parts: &[&str]) {
        assert!(
            messages.iter().any(|m| parts.iter().all(|p| m.contains(p))),
            "no message with {parts:?} in {messages:#?}"
        );
    }

    const HOURS: &str = "name = \"A\"\n[support.hours]\ndays = [\"mon\", \"tue\", \"wed\", \"thu\", \"fri\"]\nstart = \"09:00\"\nend = \"18:00\"\ntime_zone = \"Asia/Shanghai\"\nholidays = [2026-10-01, \"2026-10-02\"]\n";

    #[test]
    fn support_hours_give_the_week_and_the_calendar() {
        let (profile, messages) = load(HOURS);
        assert!(messages.is_empty(), "{messages:?}");
        let profile = profile.unwrap();
        assert_eq!(profile.business_hours_per_week(), 45.0);
        let hours = profile.support_hours().unwrap();
        assert_eq!(hours.holidays.len(), 2);
        assert_eq!((hours.open, hours.close), (540, 1080));
    }

    #[test]
    fn support_hours_problems_name_line_column_and_key() {
        let text = "name = \"A\"\n[support]\nbusiness_hours_per_week = 40\n[support.hours]\ndays = [\"mon\", \"tues\"]\nstart = \"18:00\"\nend = \"9:00\"\ntime_zone = \"Europe/Berlinn\"\nholiday = []\n";
        let (profile, messages) = load(text);
        assert!(profile.is_none());
        has(
            &messages,
            &[
                "acme.toml:5:",
                "support.hours.days",
                "`tues` is not a day",
                "did you mean `tue`",
            ],
        );
        has(&messages, &["acme.toml:7:", "support.hours.end", "HH:MM"]);
        has(
            &messages,
            &[
                "acme.toml:8:",
                "support.hours.time_zone",
                "did you mean `Europe/Berlin`",
            ],
        );
        has(
            &messages,
            &[
                "acme.toml:9:",
                "support.hours.holiday",
                "did you mean `holidays`",
            ],
        );
        let reversed = "name = \"A\"\n[support.hours]\ndays = [\"mon\"]\nstart = \"18:00\"\nend = \"09:00\"\ntime_zone = \"UTC\"\n";
        has(
            &load(reversed).1,
            &["acme.toml:5:", "support.hours.end", "after `start`"],
        );
        let missing = "name = \"A\"\n[support.hours]\ndays = [\"mon\"]\n";
        has(
            &load(missing).1,
            &["support.hours.time_zone", "needs `time_zone`"],
        );
        has(&load(missing).1, &["support.hours.start", "needs `start`"]);
    }

    #[test]
    fn support_hours_and_business_hours_per_week_must_agree() {
        let agreeing = HOURS.replace(
            "[support.hours]",
            "[support]\nbusiness_hours_per_week = 45\n[support.hours]",
        );
        assert!(load(&agreeing).1.is_empty());
        let disagreeing = agreeing.replace("= 45", "= 40");
        let (profile, messages) = load(&disagreeing);
        assert!(profile.is_none());
        has(
            &messages,
            &[
                "acme.toml:3:",
                "support.business_hours_per_week",
                "week of 45 hours",
            ],
        );
    }

    #[test]
    fn a_week_of_more_than_168_hours_is_refused() {
        let text = "name = \"A\"\n[support.hours]\ndays = [\"mon\"]\nstart = \"09:00\"\nend = \"09:30\"\ntime_zone = \"UTC\"\n";
        has(&load(text).1, &["support.hours", "week of 0.5 hours"]);
    }

    #[test]
    fn price_needs_exactly_one_plan_and_a_minimum_only_with_a_percent() {
        let (profile, messages) = load("name = \"A\"\n[price]\ncurrency = \"CNY\"\npercent_of_spend = 6\nminimum_monthly = 1500\n");
        assert!(messages.is_empty(), "{messages:?}");
        let price = profile.unwrap().price().unwrap();
        assert_eq!(price.currency, "CNY");
        let (_, messages) = load("name = \"A\"\n[price]\nannual = 1\nmonthly = 2\nminimum_monthly = 3\ncurrency = \"usd\"\n");
        has(
            &messages,
            &["acme.toml:4:", "price.monthly", "already has `annual`"],
        );
        has(
            &messages,
            &["acme.toml:5:", "price.minimum_monthly", "percent_of_spend"],
        );
        has(&messages, &["acme.toml:6:", "price.currency", "ISO 4217"]);
        has(
            &load("name = \"A\"\n[price]\ncurrency = \"USD\"\n").1,
            &["price", "exactly one of"],
        );
        has(
            &load("name = \"A\"\n[price]\nanual = 5\n").1,
            &["price.anual", "did you mean `annual`"],
        );
        let default = load("name = \"A\"\n[price]\nmonthly = 100\n").0.unwrap();
        assert_eq!(default.price().unwrap().currency, "USD");
    }

    const TICKET: &str = "name = \"A\"\n[[trial.tickets]]\nseverity = \"high\"\nopened = 2026-11-03T10:05:00+08:00\nfirst_response = 2026-11-03T11:20:00+08:00\nresolved = \"2026-11-04T09:00:00+08:00\"\nchannel = \"ticket\"\nsummary = \"echo\"\n";

    #[test]
    fn tickets_load_in_file_order() {
        let text = format!("{TICKET}[[trial.tickets]]\nseverity = \"low\"\nopened = 2026-11-05T01:00:00Z\n[sources]\n\"trial.tickets\" = {{ source = \"our trial\", kind = \"trial\" }}\n");
        let (profile, messages) = load(&text);
        assert!(messages.is_empty(), "{messages:?}");
        let profile = profile.unwrap();
        assert_eq!(profile.tickets.len(), 2);
        assert_eq!(profile.tickets[0].observed_minutes(), Some(75.0));
        assert_eq!(profile.tickets[1].number, 2);
        assert_eq!(
            profile.tickets[0].opened.to_string(),
            "2026-11-03T10:05:00+08:00"
        );
    }

    #[test]
    fn ticket_problems_name_line_column_and_key() {
        let text = "name = \"A\"\n[[trial.tickets]]\nseverity = \"hight\"\nopened = 2026-11-03T10:05:00\nsumary = \"x\"\n[[trial.tickets]]\nopened = 2026-11-03T10:05:00Z\nfirst_response = 2026-11-03T09:00:00Z\nchannel = \"pager\"\n[trial]\n";
        let (profile, messages) = load(text);
        assert!(profile.is_none());
        has(
            &messages,
            &[
                "acme.toml:3:",
                "trial.tickets[1].severity",
                "did you mean `high`",
            ],
        );
        has(
            &messages,
            &["acme.toml:4:", "trial.tickets[1].opened", "no UTC offset"],
        );
        has(
            &messages,
            &[
                "acme.toml:5:",
                "trial.tickets[1].sumary",
                "did you mean `summary`",
            ],
        );
        has(
            &messages,
            &["trial.tickets[2].severity", "needs `severity`"],
        );
        has(
            &messages,
            &[
                "acme.toml:8:",
                "trial.tickets[2].first_response",
                "before the ticket was opened",
            ],
        );
        has(
            &messages,
            &["acme.toml:9:", "warning", "`pager` is not a known value"],
        );
        let typo = load("name = \"A\"\n[trial]\ntickts = []\n").1;
        has(&typo, &["trial.tickts", "did you mean `tickets`"]);
    }

    #[test]
    fn a_ticket_after_the_evaluation_date_is_ignored_with_a_warning() {
        let late = TICKET.replace(
            "resolved = \"2026-11-04T09:00:00+08:00\"",
            "resolved = 2026-11-22T00:00:00Z",
        );
        let (profile, messages) = load(&late);
        assert!(profile.unwrap().tickets.is_empty());
        has(
            &messages,
            &[
                "warning",
                "trial.tickets[1]",
                "after the evaluation date 2026-11-21",
                "ignored",
            ],
        );
        let same_day = TICKET.replace(
            "resolved = \"2026-11-04T09:00:00+08:00\"",
            "resolved = 2026-11-21T23:59:00Z",
        );
        let (profile, messages) = load(&same_day);
        assert!(messages.is_empty() && profile.unwrap().tickets.len() == 1);
    }
}
