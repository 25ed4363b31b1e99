//! Durations as vendors publish them: `30`, `"1 hour"`, `"< 4 business hours"`, `"next business day"`.
//!
//! Business time becomes expected wall-clock minutes, because a ticket can arrive at any hour:
//! one business hour is `60 × 168 / business_hours_per_week` minutes, one business day is
//! `business_hours_per_week / 5` business hours: exactly 2016 minutes whatever the week, so it
//! is computed as 2016, not through the week. An amount is 0 or more and at most
//! [`MAX_AMOUNT`] of its unit, as written.

use crate::i18n::{diagnostics as words, Text};
use crate::util::number::format_number;
use std::fmt;

/// The support week assumed when a profile does not say, and always in scorecards.
pub const DEFAULT_BUSINESS_HOURS_PER_WEEK: f64 = 40.0;

/// The shortest and longest support week, in hours (SPEC §3).
pub const WEEK_HOURS: std::ops::RangeInclusive<f64> = 1.0..=168.0;

/// The largest amount a duration may have, in its unit as written (SPEC §3: times, days and
/// months are at most 10⁹).
pub const MAX_AMOUNT: f64 = 1e9;

const MINUTES_PER_WEEK: f64 = 60.0 * 168.0;

/// One business day, a fifth of the support week in wall-clock minutes: `168 × 60 / 5`.
const MINUTES_PER_BUSINESS_DAY: f64 = 2016.0;

/// The unit a duration was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Minutes,
    Hours,
    Days,
    BusinessHours,
    BusinessDays,
}

impl Unit {
    fn from_word(word: &str) -> Option<Unit> {
        Some(match word {
            "m" | "min" | "mins" | "minute" | "minutes" => Unit::Minutes,
            "h" | "hr" | "hrs" | "hour" | "hours" => Unit::Hours,
            "d" | "day" | "days" => Unit::Days,
            "bh" | "business hour" | "business hours" => Unit::BusinessHours,
            "bd" | "business day" | "business days" => Unit::BusinessDays,
            _ => return None,
        })
    }

    fn is_business_time(self) -> bool {
        matches!(self, Unit::BusinessHours | Unit::BusinessDays)
    }
}

/// A duration as written, with the amount and unit it was parsed into.
#[derive(Debug, Clone, PartialEq)]
pub struct Duration {
    /// The text as written in the file (`"3 business hours"`, or `"30"` for a bare number).
    pub text: String,
    pub amount: f64,
    pub unit: Unit,
}

impl Duration {
    /// A bare number of wall-clock minutes.
    pub fn from_minutes(minutes: f64) -> Duration {
        Duration {
            text: format_number(minutes),
            amount: minutes,
            unit: Unit::Minutes,
        }
    }

    /// A bare number of wall-clock minutes, 0 or more and at most [`MAX_AMOUNT`].
    pub fn from_number(minutes: f64) -> Result<Duration, Text> {
        check_amount(minutes)
            .map_err(|problem| amount_problem(&format_number(minutes), problem))?;
        Ok(Duration::from_minutes(minutes + 0.0))
    }

    /// A duration as a person types it (the interview, a questionnaire cell): a bare number
    /// is wall-clock minutes, anything else is vendor wording. The text is kept as typed.
    pub fn parse_typed(input: &str) -> Result<Duration, Text> {
        match input.trim().parse::<f64>() {
            Ok(minutes) if minutes.is_finite() => {
                Duration::from_number(minutes).map(|d| Duration {
                    text: input.trim().to_string(),
                    ..d
                })
            }
            _ => Duration::parse(input),
        }
    }

    /// Whether it was written as a bare number of minutes (`30`), not as wording.
    pub fn is_bare_minutes(&self) -> bool {
        self.unit == Unit::Minutes && self.text.trim().parse::<f64>().is_ok()
    }

    /// Parses vendor wording; the error says what is accepted.
    pub fn parse(text: &str) -> Result<Duration, Text> {
        let (amount, unit) = parse_amount_and_unit(text)?;
        Ok(Duration {
            text: text.to_string(),
            amount,
            unit,
        })
    }

    /// Expected wall-clock minutes, given the length of the support week (in
    /// [`WEEK_HOURS`]; the loader sees to that).
    pub fn minutes(&self, business_hours_per_week: f64) -> f64 {
        match self.unit {
            Unit::Minutes => self.amount,
            Unit::Hours => self.amount * 60.0,
            Unit::Days => self.amount * 1440.0,
            Unit::BusinessHours => self.amount * MINUTES_PER_WEEK / business_hours_per_week,
            Unit::BusinessDays => self.amount * MINUTES_PER_BUSINESS_DAY,
        }
    }

    /// Whether the minutes depend on the support week.
    pub fn is_business_time(&self) -> bool {
        self.unit.is_business_time()
    }
}

impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// What is wrong with an amount of a duration (a catalogue tag for [`words::bad_amount`]), or
/// nothing: it is 0 or more and at most [`MAX_AMOUNT`]. A number too large for a float is
/// "too large", never "negative".
pub fn check_amount(amount: f64) -> Result<(), &'static str> {
    if amount.is_nan() {
        Err("nan")
    } else if amount < 0.0 {
        Err("negative")
    } else if amount > MAX_AMOUNT {
        Err("too-large")
    } else {
        Ok(())
    }
}

/// The problem `check_amount` found with the amount written `written`.
pub fn amount_problem(written: &str, problem: &str) -> Text {
    Text::new(|lang| words::bad_amount(lang, written, problem))
}

/// A duration text that cannot be read, and why (see [`words::bad_duration`]).
fn bad_duration(text: &str, problem: &str, part: &str, closest: Option<&str>) -> Text {
    Text::new(|lang| words::bad_duration(lang, text, problem, part, closest))
}

fn parse_amount_and_unit(text: &str) -> Result<(f64, Unit), Text> {
    let trimmed = text.trim();
    let normalized: std::borrow::Cow<str> = if trimmed.chars().any(char::is_uppercase) {
        trimmed.to_lowercase().into()
    } else {
        trimmed.into()
    };
    if normalized == "next business day" {
        return Ok((1.0, Unit::BusinessDays));
    }
    let rest = strip_bound(&normalized);
    let split = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-' || c == '+'))
        .unwrap_or(rest.len());
    let (number, unit_text) = rest.split_at(split);
    let unit_words = unit_text.split_whitespace().collect::<Vec<_>>().join(" ");
    if number.is_empty() {
        return Err(bad_duration(text, "no-number", "", None));
    }
    let amount: f64 = number
        .parse()
        .map_err(|_| bad_duration(text, "not-a-number", number, None))?;
    check_amount(amount).map_err(|problem| amount_problem(&format!("`{text}`"), problem))?;
    let unit = Unit::from_word(&unit_words).ok_or_else(|| unknown_unit(text, &unit_words))?;
    Ok((amount + 0.0, unit))
}

fn strip_bound(text: &str) -> &str {
    let text = text.trim_start();
    let text = text
        .strip_prefix("<=")
        .or_else(|| text.strip_prefix('<'))
        .or_else(|| text.strip_prefix('≤'))
        .unwrap_or(text);
    text.trim_start()
}

fn unknown_unit(text: &str, unit: &str) -> Text {
    if unit.is_empty() {
        return bad_duration(text, "no-unit", "", None);
    }
    const UNITS: [&str; 15] = [
        "min",
        "mins",
        "minutes",
        "hr",
        "hrs",
        "hour",
        "hours",
        "day",
        "days",
        "business hour",
        "business hours",
        "business day",
        "business days",
        "bh",
        "bd",
    ];
    let closest = crate::util::suggest::closest(unit, UNITS);
    bad_duration(text, "unknown-unit", unit, closest)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn minutes(text: &str, week: f64) -> f64 {
        Duration::parse(text).unwrap().minutes(week)
    }

    #[test]
    fn wall_clock_units() {
        assert_eq!(minutes("30 min", 40.0), 30.0);
        assert_eq!(minutes("1 hour", 40.0), 60.0);
        assert_eq!(minutes("1.5 h", 40.0), 90.0);
        assert_eq!(minutes("2 days", 40.0), 2880.0);
        assert_eq!(minutes("15mins", 40.0), 15.0);
        assert_eq!(minutes("  < 1 HOUR ", 40.0), 60.0);
        assert_eq!(minutes("≤ 4 hrs", 40.0), 240.0);
        assert_eq!(minutes("<= 20 minute", 40.0), 20.0);
    }

    #[test]
    fn business_hours_follow_the_support_week() {
        assert_eq!(minutes("1 business hour", 40.0), 252.0);
        assert!((minutes("1 bh", 45.0) - 224.0).abs() < 1e-9);
        assert_eq!(minutes("3 business hours", 60.0), 504.0);
        assert!((minutes("2 business hours", 50.0) - 403.2).abs() < 1e-9);
    }

    #[test]
    fn business_day_is_2016_minutes_whatever_the_week() {
        for week in [40.0, 45.0, 60.0] {
            assert!((minutes("next business day", week) - 2016.0).abs() < 1e-9);
            assert!((minutes("1 bd", week) - 2016.0).abs() < 1e-9);
        }
        assert!((minutes("2 Business Days", 45.0) - 4032.0).abs() < 1e-9);
    }

    #[test]
    fn rejects_bad_text_with_help() {
        for bad in ["", "soon", "1 fortnight", "-1 hour", "1..2 h", "5"] {
            let err = Duration::parse(bad).unwrap_err();
            assert!(!err.is_empty(), "{bad}");
        }
        assert!(Duration::parse("3 hrz")
            .unwrap_err()
            .to_string()
            .contains("did you mean `hr"));
        let negative = Duration::parse("-1 hour").unwrap_err().to_string();
        assert!(negative.contains("negative"));
    }

    #[test]
    fn a_business_day_is_2016_minutes_even_for_the_shortest_and_longest_week() {
        for week in [1.0, 168.0] {
            assert_eq!(minutes("next business day", week), 2016.0);
            assert_eq!(minutes("3 bd", week), 3.0 * 2016.0);
        }
        assert_eq!(minutes("1 business hour", 1.0), 10080.0);
        assert_eq!(minutes("1 business hour", 168.0), 60.0);
    }

    #[test]
    fn amounts_past_a_billion_are_too_large_never_negative() {
        let digits = "1".repeat(400);
        for text in [
            format!("{digits} days"),
            format!("1{} days", "0".repeat(306)),
            "1000000001 min".to_string(),
        ] {
            let err = Duration::parse(&text).unwrap_err().to_string();
            assert!(err.contains("too large"), "{err}");
            assert!(!err.contains("negative"), "{err}");
        }
        assert_eq!(minutes("1000000000 days", 40.0), 1.44e12);
        assert!(Duration::from_number(1e9).is_ok());
        let err = Duration::from_number(1e306).unwrap_err().to_string();
        assert!(err.contains("too large"), "{err}");
        assert!(Duration::from_number(-1.0)
            .unwrap_err()
            .to_string()
            .contains("negative"));
        assert!(Duration::from_number(f64::NAN).is_err());
    }

    #[test]
    fn minus_zero_is_zero() {
        let parsed = Duration::parse("-0 hours").unwrap();
        assert!(parsed.amount.is_sign_positive());
        assert!(Duration::from_number(-0.0)
            .unwrap()
            .amount
            .is_sign_positive());
    }
}
