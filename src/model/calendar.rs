//! The vendor's support week (SPEC §3 `[support.hours]`) and the business calendar of SPEC §9:
//! when a promise made in business time falls due, counted only inside the support hours of
//! the listed days in the vendor's time zone, holidays skipped. Time zones come from the IANA
//! database bundled into the binary, so the result is the same on a machine without
//! `/usr/share/zoneinfo`. Pure: no clock.

use crate::i18n::{diagnostics as words, Text};
use jiff::civil::{Date, Weekday};
use jiff::tz::{TimeZone, TimeZoneDatabase};
use jiff::{SignedDuration, Timestamp};
use std::collections::BTreeSet;
use std::sync::LazyLock;

/// Day names of `support.hours.days`, Monday first.
pub const WEEKDAYS: &[&str] = &["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// How far a business-time deadline is looked for: a promise that needs more than this many
/// calendar days of support hours has no deadline within reach (it is never missed).
const SEARCH_DAYS: usize = 366 * 200;

/// The IANA time-zone database inside the binary (jiff's `tzdb-bundle-always`).
fn database() -> &'static TimeZoneDatabase {
    static DATABASE: LazyLock<TimeZoneDatabase> = LazyLock::new(TimeZoneDatabase::bundled);
    &DATABASE
}

/// The weekday a `days` entry names (`mon` … `sun`, any case).
pub fn weekday(name: &str) -> Option<Weekday> {
    const ORDER: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];
    let place = WEEKDAYS
        .iter()
        .position(|day| day.eq_ignore_ascii_case(name))?;
    Some(ORDER[place])
}

/// The days of a week that `names` (`mon` … `sun`) list, Monday first; `None` when one is
/// not a day name.
pub fn day_set<S: AsRef<str>>(names: &[S]) -> Option<[bool; 7]> {
    let mut days = [false; 7];
    for name in names {
        let day = weekday(name.as_ref())?;
        days[usize::try_from(day.to_monday_zero_offset()).ok()?] = true;
    }
    Some(days)
}

/// A clock time `HH:MM` (24-hour, `24:00` allowed as the end of a day) as minutes after
/// midnight.
pub fn clock_minutes(text: &str) -> Result<u16, Text> {
    let bad = || Text::new(|lang| words::not_a_clock_time(lang, text));
    let (hours, minutes) = text.split_once(':').ok_or_else(bad)?;
    let two_digits = |part: &str| part.len() == 2 && part.bytes().all(|b| b.is_ascii_digit());
    if !two_digits(hours) || !two_digits(minutes) {
        return Err(bad());
    }
    let (hours, minutes): (u16, u16) = (
        hours.parse().map_err(|_| bad())?,
        minutes.parse().map_err(|_| bad())?,
    );
    let total = hours * 60 + minutes;
    (minutes < 60 && total <= 24 * 60)
        .then_some(total)
        .ok_or_else(bad)
}

/// The time zone an IANA name (`Asia/Shanghai`, any case) names, from the bundled database;
/// the error suggests the closest name.
pub fn time_zone(name: &str) -> Result<TimeZone, Text> {
    database().get(name).map_err(|_| {
        let names: Vec<String> = database()
            .available()
            .map(|n| n.as_str().to_string())
            .collect();
        let close = crate::util::suggest::closest(name, names.iter().map(String::as_str));
        Text::new(|lang| words::not_a_time_zone(lang, name, close))
    })
}

/// Whether `code` looks like an ISO 4217 currency code: three capital letters (`USD`, `CNY`).
pub fn check_currency(code: &str) -> Result<(), Text> {
    let ok = code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase());
    ok.then_some(())
        .ok_or_else(|| Text::new(|lang| words::not_a_currency(lang, code)))
}

/// The support week: the listed days, one opening time and one closing time in the vendor's
/// zone, and the holidays without support.
#[derive(Debug, Clone, PartialEq)]
pub struct SupportHours {
    /// Whether each weekday, Monday first, has support hours.
    pub days: [bool; 7],
    /// Minutes after midnight, local time.
    pub open: u16,
    /// Minutes after midnight, after `open`; 1440 is midnight at the end of the day.
    pub close: u16,
    pub zone: TimeZone,
    pub holidays: BTreeSet<Date>,
}

impl SupportHours {
    /// Hours of support in one week (holidays aside): SPEC §3's week `H`.
    pub fn week_hours(&self) -> f64 {
        self.days.iter().filter(|open| **open).count() as f64 * self.day_minutes() / 60.0
    }

    /// Minutes of support in one business day: `end − start`.
    pub fn day_minutes(&self) -> f64 {
        f64::from(self.close.saturating_sub(self.open))
    }

    /// The instant at which `business_minutes` of support time have elapsed since `opened`;
    /// `None` when it lies beyond reach (see [`SEARCH_DAYS`]). A promise used up exactly at a
    /// closing time falls due at that closing instant.
    pub fn deadline(&self, opened: Timestamp, business_minutes: f64) -> Option<Timestamp> {
        let mut remaining = SignedDuration::try_from_secs_f64(business_minutes * 60.0).ok()?;
        let mut day = opened.to_zoned(self.zone.clone()).date();
        for _ in 0..SEARCH_DAYS {
            if let Some((open, close)) = self.window(day) {
                let start = open.max(opened);
                if start < close {
                    let available = start.duration_until(close);
                    if remaining <= available {
                        return start.checked_add(remaining).ok();
                    }
                    remaining -= available;
                }
            }
            day = day.tomorrow().ok()?;
        }
        None
    }

    /// The opening and closing instants of `day`, when it has support hours.
    fn window(&self, day: Date) -> Option<(Timestamp, Timestamp)> {
        let weekday = usize::try_from(day.weekday().to_monday_zero_offset()).ok()?;
        if !self.days[weekday] || self.holidays.contains(&day) {
            return None;
        }
        Some((
            self.instant(day, self.open)?,
            self.instant(day, self.close)?,
        ))
    }

    /// Local `minutes` after midnight of `day` in the vendor's zone; a time skipped by a
    /// daylight-saving change counts as the instant after the gap.
    fn instant(&self, day: Date, minutes: u16) -> Option<Timestamp> {
        let (day, minutes) = if minutes >= 24 * 60 {
            (day.tomorrow().ok()?, minutes - 24 * 60)
        } else {
            (day, minutes)
        };
        let time = jiff::civil::Time::new((minutes / 60) as i8, (minutes % 60) as i8, 0, 0).ok()?;
        let zoned = self.zone.to_ambiguous_zoned(day.to_datetime(time));
        zoned.compatible().ok().map(|z| z.timestamp())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hours(
        days: &[&str],
        open: &str,
        close: &str,
        zone: &str,
        holidays: &[Date],
    ) -> SupportHours {
        SupportHours {
            days: day_set(days).unwrap(),
            open: clock_minutes(open).unwrap(),
            close: clock_minutes(close).unwrap(),
            zone: time_zone(zone).unwrap(),
            holidays: holidays.iter().copied().collect(),
        }
    }

    fn at(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    const WEEK: [&str; 5] = ["mon", "tue", "wed", "thu", "fri"];

    #[test]
    fn clock_times_and_zones_are_checked() {
        assert_eq!(clock_minutes("09:30"), Ok(570));
        assert_eq!(clock_minutes("24:00"), Ok(1440));
        for bad in ["9:00", "24:01", "12:60", "noon", "12:00:00", ""] {
            assert!(clock_minutes(bad).is_err(), "{bad}");
        }
        assert!(time_zone("asia/shanghai").is_ok());
        let err = time_zone("Europe/Berlinn").unwrap_err();
        assert!(
            err.to_string().contains("did you mean `Europe/Berlin`"),
            "{err}"
        );
        let zh = err.get(crate::i18n::Lang::Zh);
        assert!(zh.contains("是否应为 `Europe/Berlin`"), "{zh}");
        assert!(check_currency("CNY").is_ok() && check_currency("usd").is_err());
        assert_eq!(weekday("Sat"), Some(Weekday::Saturday));
    }

    #[test]
    fn the_week_in_hours() {
        let h = hours(&WEEK, "09:00", "18:00", "Asia/Shanghai", &[]);
        assert_eq!(h.week_hours(), 45.0);
        assert_eq!(
            hours(WEEKDAYS, "00:00", "24:00", "UTC", &[]).week_hours(),
            168.0
        );
    }

    #[test]
    fn counted_inside_support_hours_only() {
        let h = hours(&WEEK, "09:00", "18:00", "Asia/Shanghai", &[]);
        // Tuesday 17:00 + 4 business hours: 1 h on Tuesday, 3 h on Wednesday from 09:00.
        let due = h.deadline(at("2026-11-03T09:00:00Z"), 240.0);
        assert_eq!(due, Some(at("2026-11-04T04:00:00Z")));
        // Opened before opening time: counting starts at 09:00.
        let due = h.deadline(at("2026-11-03T00:30:00Z"), 60.0);
        assert_eq!(due, Some(at("2026-11-03T02:00:00Z")));
    }

    #[test]
    fn used_up_at_closing_time_falls_due_at_closing_not_next_opening() {
        let h = hours(&WEEK, "09:00", "18:00", "Asia/Shanghai", &[]);
        // Friday 17:00 local + 1 business hour = Friday 18:00, not Monday 09:00.
        let due = h.deadline(at("2026-11-06T09:00:00Z"), 60.0);
        assert_eq!(due, Some(at("2026-11-06T10:00:00Z")));
        // A full business day from opening time ends at that day's closing time.
        let due = h.deadline(at("2026-11-06T01:00:00Z"), h.day_minutes());
        assert_eq!(due, Some(at("2026-11-06T10:00:00Z")));
    }

    #[test]
    fn friday_evening_before_a_holiday_monday() {
        let monday = jiff::civil::date(2026, 5, 25);
        let h = hours(&WEEK, "09:00", "17:00", "America/New_York", &[monday]);
        // Friday 2026-05-22 19:00 EDT, 2 business hours: Tuesday 11:00 EDT.
        let due = h.deadline(at("2026-05-22T23:00:00Z"), 120.0);
        assert_eq!(due, Some(at("2026-05-26T15:00:00Z")));
    }

    #[test]
    fn business_days_count_whole_support_days() {
        let h = hours(&WEEK, "09:00", "18:00", "Asia/Shanghai", &[]);
        // Thursday 14:00 local + 2 business days (18 h): Thursday 4 h, Friday 9 h, Monday 5 h.
        let due = h.deadline(at("2026-11-05T06:00:00Z"), 2.0 * h.day_minutes());
        assert_eq!(due, Some(at("2026-11-09T06:00:00Z")));
    }

    #[test]
    fn daylight_saving_in_los_angeles_in_march() {
        // Clocks go 02:00 → 03:00 on Sunday 2026-03-08; PST is UTC−8, PDT UTC−7.
        let h = hours(&WEEK, "09:00", "17:00", "America/Los_Angeles", &[]);
        // Friday 16:00 PST + 2 business hours: 1 h Friday, 1 h Monday from 09:00 PDT.
        let due = h.deadline(at("2026-03-07T00:00:00Z"), 120.0);
        assert_eq!(due, Some(at("2026-03-09T17:00:00Z")));
        // Support hours across the change itself: 00:00–06:00 on Sunday holds 5 real hours.
        let night = hours(&["sun"], "00:00", "06:00", "America/Los_Angeles", &[]);
        let due = night.deadline(at("2026-03-08T08:00:00Z"), 5.0 * 60.0);
        assert_eq!(due, Some(at("2026-03-08T13:00:00Z")), "06:00 PDT");
    }

    #[test]
    fn daylight_saving_in_berlin_in_october() {
        // Clocks go 03:00 → 02:00 on Sunday 2026-10-25; CEST is UTC+2, CET UTC+1.
        let h = hours(&WEEK, "09:00", "18:00", "Europe/Berlin", &[]);
        // Friday 17:30 CEST + 1 business hour: 30 min Friday, Monday 09:30 CET.
        let due = h.deadline(at("2026-10-23T15:30:00Z"), 60.0);
        assert_eq!(due, Some(at("2026-10-26T08:30:00Z")));
        // 00:00–06:00 on the Sunday of the change holds 7 real hours.
        let night = hours(&["sun"], "00:00", "06:00", "Europe/Berlin", &[]);
        let due = night.deadline(at("2026-10-24T22:00:00Z"), 7.0 * 60.0);
        assert_eq!(due, Some(at("2026-10-25T05:00:00Z")), "06:00 CET");
    }

    #[test]
    fn a_promise_out_of_reach_has_no_deadline() {
        let h = hours(&["mon"], "09:00", "09:01", "UTC", &[]);
        assert_eq!(h.deadline(at("2026-01-01T00:00:00Z"), 1e9), None);
    }
}
