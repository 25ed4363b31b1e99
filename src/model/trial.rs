//! Trial tickets (SPEC §9): support tickets filed with a vendor during a trial, with their
//! times as offset date-times, numbered 1, 2, … in file order.

use crate::i18n::{trial as words, Text};
use jiff::tz::{Offset, TimeZone};
use jiff::Timestamp;
use std::fmt;

/// The profile path of the tickets (`[[trial.tickets]]`), also a `[sources]` key.
pub const TICKETS_PATH: &str = "trial.tickets";

/// The keys of one ticket, in the order the spec lists them.
pub const TICKET_KEYS: &[&str] = &[
    "severity",
    "opened",
    "first_response",
    "resolved",
    "channel",
    "summary",
];

/// An instant with the UTC offset it was written with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct TicketTime {
    pub at: Timestamp,
    pub offset: Offset,
}

impl TicketTime {
    /// Parses RFC 3339 with an offset (`2026-11-03T10:05:00+08:00`, `…Z`), keeping the offset.
    pub fn parse(text: &str) -> Result<TicketTime, Text> {
        let bad = || Text::new(|lang| words::not_an_offset_date_time(lang, text));
        let pieces = jiff::fmt::temporal::Pieces::parse(text).map_err(|_| bad())?;
        let offset = pieces.to_numeric_offset().ok_or_else(bad)?;
        let time = pieces.time().ok_or_else(bad)?;
        let at = offset
            .to_timestamp(pieces.date().to_datetime(time))
            .map_err(|_| bad())?;
        Ok(TicketTime { at, offset })
    }

    /// The instant at an offset.
    pub fn new(at: Timestamp, offset: Offset) -> TicketTime {
        TicketTime { at, offset }
    }
}

/// A time given on the command line (SPEC §9): RFC 3339 with an offset, `YYYY-MM-DD HH:MM`
/// in `zone`, or `now` (the instant `now`, at `zone`'s offset). Seconds are whole.
pub fn parse_time_arg(text: &str, zone: &TimeZone, now: Timestamp) -> Result<TicketTime, Text> {
    let text = text.trim();
    let outside_zone =
        |e: jiff::Error| Text::new(|lang| words::time_outside_zone(lang, text, &e.to_string()));
    if text.eq_ignore_ascii_case("now") {
        let at = Timestamp::from_second(now.as_second()).map_err(outside_zone)?;
        return Ok(TicketTime::new(at, zone.to_offset(at)));
    }
    if let Ok(time) = TicketTime::parse(text) {
        return Ok(time);
    }
    let civil = jiff::civil::DateTime::strptime("%Y-%m-%d %H:%M", text)
        .map_err(|_| Text::new(|lang| words::not_a_time_argument(lang, text)))?;
    let zoned = zone
        .to_ambiguous_zoned(civil)
        .compatible()
        .map_err(outside_zone)?;
    Ok(TicketTime::new(zoned.timestamp(), zoned.offset()))
}

impl fmt::Display for TicketTime {
    /// RFC 3339 at its own offset, seconds always shown: `2026-11-03T10:05:00+08:00`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let zoned = self.at.to_zoned(TimeZone::fixed(self.offset));
        let text = zoned.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string();
        f.write_str(&text.replace("+00:00", "Z"))
    }
}

/// One ticket filed during a trial.
#[derive(Debug, Clone, PartialEq)]
pub struct Ticket {
    /// 1-based place in the file (`sdkvet trial update FILE N`).
    pub number: usize,
    /// One of the severities of [`crate::model::schema::SEVERITIES`].
    pub severity: String,
    pub opened: TicketTime,
    /// The first reply by a person.
    pub first_response: Option<TicketTime>,
    pub resolved: Option<TicketTime>,
    pub channel: Option<String>,
    pub summary: Option<String>,
}

impl Ticket {
    /// The observed first response: `first_response − opened` in wall-clock minutes.
    pub fn observed_minutes(&self) -> Option<f64> {
        let response = self.first_response?;
        let seconds = self.opened.at.duration_until(response.at).as_secs_f64();
        Some(seconds / 60.0 + 0.0)
    }

    /// Its latest time.
    pub fn latest(&self) -> TicketTime {
        [self.first_response, self.resolved]
            .into_iter()
            .flatten()
            .fold(self.opened, |latest, time| latest.max(time))
    }
}

/// A ticket's verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Kept,
    Broken,
    Open,
    NoPromise,
}

impl Verdict {
    /// The verdict as machine-readable outputs write it.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Kept => "kept",
            Verdict::Broken => "broken",
            Verdict::Open => "open",
            Verdict::NoPromise => "no-promise",
        }
    }
}

/// When a promise falls due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deadline {
    At(Timestamp),
    /// Too far ahead to count (a promise of more support time than two centuries hold).
    OutOfReach,
}

/// One ticket with its promise, deadline, observed first response and verdict.
#[derive(Debug, Clone, PartialEq)]
pub struct TicketResult<'p> {
    pub ticket: &'p Ticket,
    /// The promise as written, with its expected wall-clock minutes (SPEC §3).
    pub promise: Option<(&'p crate::model::duration::Duration, f64)>,
    pub deadline: Option<Deadline>,
    /// `first_response − opened` in minutes.
    pub observed: Option<f64>,
    pub verdict: Verdict,
}

/// A vendor's tickets in numbers: counts by verdict and the median observed first response
/// per severity.
#[derive(Debug, Clone, PartialEq)]
pub struct TrialSummary {
    pub tickets: usize,
    pub kept: usize,
    pub broken: usize,
    pub open: usize,
    pub no_promise: usize,
    /// Per severity of [`crate::model::schema::SEVERITIES`], the median observed minutes, when any ticket has one.
    pub median: [Option<f64>; 4],
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_keep_their_offset() {
        let time = TicketTime::parse("2026-11-03T10:05:00+08:00").unwrap();
        assert_eq!(time.to_string(), "2026-11-03T10:05:00+08:00");
        assert_eq!(time.at, "2026-11-03T02:05:00Z".parse().unwrap());
        let utc = TicketTime::parse("2026-11-03T02:05:00Z").unwrap();
        assert_eq!(utc.to_string(), "2026-11-03T02:05:00Z");
        for bad in ["2026-11-03T10:05:00", "2026-11-03", "soon"] {
            assert!(TicketTime::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn command_line_times_in_every_form() {
        let berlin = crate::model::calendar::time_zone("Europe/Berlin").unwrap();
        let now: Timestamp = "2026-11-21T08:30:15.5Z".parse().unwrap();
        let local = parse_time_arg("2026-11-03 10:05", &berlin, now).unwrap();
        assert_eq!(local.to_string(), "2026-11-03T10:05:00+01:00");
        let summer = parse_time_arg("2026-07-03 10:05", &berlin, now).unwrap();
        assert_eq!(summer.to_string(), "2026-07-03T10:05:00+02:00");
        let rfc = parse_time_arg("2026-11-03T10:05:00+08:00", &berlin, now).unwrap();
        assert_eq!(rfc.to_string(), "2026-11-03T10:05:00+08:00");
        let now = parse_time_arg("now", &berlin, now).unwrap();
        assert_eq!(now.to_string(), "2026-11-21T09:30:15+01:00");
        let err = parse_time_arg("yesterday", &berlin, now.at).unwrap_err();
        assert!(err.to_string().contains("RFC 3339"), "{err}");
        assert!(
            err.get(crate::i18n::Lang::Zh).contains("不是时间"),
            "{err:?}"
        );
    }

    #[test]
    fn observed_minutes_are_wall_clock() {
        let ticket = Ticket {
            number: 1,
            severity: "high".into(),
            opened: TicketTime::parse("2026-11-03T10:05:00+08:00").unwrap(),
            first_response: Some(TicketTime::parse("2026-11-03T03:20:00Z").unwrap()),
            resolved: None,
            channel: None,
            summary: None,
        };
        assert_eq!(ticket.observed_minutes(), Some(75.0));
        assert_eq!(ticket.latest().to_string(), "2026-11-03T03:20:00Z");
    }
}
