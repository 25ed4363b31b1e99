//! One known fact of a profile, typed: text, yes/no, number, date, duration, a level of an
//! ordered scale, or a list. Levels compare by their place on the scale, never as text.

use super::duration::Duration;
use crate::util::number::format_number;
use jiff::civil::Date;
use std::fmt;

/// An ordered scale of levels, best first, each with the score it earns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LevelScale {
    /// `support.coverage`: 24x7, 24x5, business-hours, none.
    Coverage,
    /// `process.service_reports`: monthly, quarterly, none.
    ServiceReports,
}

const COVERAGE: &[(&str, f64)] = &[
    ("24x7", 100.0),
    ("24x5", 70.0),
    ("business-hours", 30.0),
    ("none", 0.0),
];
const SERVICE_REPORTS: &[(&str, f64)] = &[("monthly", 100.0), ("quarterly", 60.0), ("none", 0.0)];

impl LevelScale {
    fn table(self) -> &'static [(&'static str, f64)] {
        match self {
            LevelScale::Coverage => COVERAGE,
            LevelScale::ServiceReports => SERVICE_REPORTS,
        }
    }

    /// The level names, best first.
    pub fn names(self) -> Vec<&'static str> {
        self.table().iter().map(|(name, _)| *name).collect()
    }

    /// Every level of the scale, best first.
    pub fn levels(self) -> impl Iterator<Item = Level> {
        (0..self.table().len()).map(move |place| Level { scale: self, place })
    }

    /// The level with this name, in any case (`24X7` is `24x7`; SPEC §3).
    pub fn level(self, name: &str) -> Option<Level> {
        self.levels()
            .find(|level| level.name().eq_ignore_ascii_case(name))
    }
}

/// One level of a scale; a lower `place` is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Level {
    pub scale: LevelScale,
    place: usize,
}

impl Level {
    pub fn name(self) -> &'static str {
        self.scale.table()[self.place].0
    }

    /// The score this level earns (SPEC §4).
    pub fn score(self) -> f64 {
        self.scale.table()[self.place].1
    }

    /// Whether this level is `wanted` or better (same scale).
    pub fn at_least(self, wanted: Level) -> bool {
        self.scale == wanted.scale && self.place <= wanted.place
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One known fact of a profile.
#[derive(Debug, Clone, PartialEq)]
pub enum Fact {
    Text(String),
    Bool(bool),
    Number(f64),
    Date(Date),
    Duration(Duration),
    Level(Level),
    List(Vec<String>),
}

impl Fact {
    /// The fact as a duration: a duration, a bare number of minutes, or vendor wording
    /// (facts of `[extra]` scored as durations are stored as written).
    pub fn duration(&self) -> Option<std::borrow::Cow<'_, Duration>> {
        use std::borrow::Cow;
        match self {
            Fact::Duration(d) => Some(Cow::Borrowed(d)),
            Fact::Number(minutes) => Duration::from_number(*minutes).ok().map(Cow::Owned),
            Fact::Text(text) => Duration::parse(text).ok().map(Cow::Owned),
            _ => None,
        }
    }
}

impl fmt::Display for Fact {
    /// The fact as written in the file.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Fact::Text(text) => f.write_str(text),
            Fact::Bool(value) => write!(f, "{value}"),
            Fact::Number(value) => f.write_str(&format_number(*value)),
            Fact::Date(date) => write!(f, "{date}"),
            Fact::Duration(duration) => f.write_str(&duration.text),
            Fact::Level(level) => f.write_str(level.name()),
            Fact::List(items) => write!(f, "[{}]", items.join(", ")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_compare_by_place_not_text() {
        let scale = LevelScale::Coverage;
        let (full, weekdays) = (scale.level("24x7").unwrap(), scale.level("24x5").unwrap());
        assert!(full.at_least(weekdays));
        assert!(!weekdays.at_least(full));
        assert_eq!(weekdays.score(), 70.0);
        assert_eq!(scale.names(), ["24x7", "24x5", "business-hours", "none"]);
        let monthly = LevelScale::ServiceReports.level("monthly").unwrap();
        assert!(
            !monthly.at_least(weekdays),
            "levels of other scales never compare"
        );
    }

    #[test]
    fn facts_read_as_durations() {
        assert_eq!(Fact::Number(30.0).duration().unwrap().minutes(40.0), 30.0);
        let text = Fact::Text("1 business hour".into());
        assert_eq!(text.duration().unwrap().minutes(40.0), 252.0);
        assert!(Fact::Number(-1.0).duration().is_none());
        assert!(Fact::Bool(true).duration().is_none());
    }
}
