//! The vendor-profile schema (SPEC §3): every field, its type and range, the ordered levels
//! and the known vocabularies. Loading, scoring and the question bank all read this table.

use super::duration::{MAX_AMOUNT, WEEK_HOURS};
use super::fact::LevelScale;
use crate::i18n::{diagnostics as words, Text};
use std::sync::LazyLock;

/// What a profile field holds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FieldType {
    Text,
    Bool,
    Number(Range),
    Date,
    Duration,
    /// One of an ordered scale of levels.
    Level(LevelScale),
    /// A list of strings, with the known vocabulary (values outside it draw a warning).
    List(Option<&'static [&'static str]>),
}

/// The allowed values of a number field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Range {
    /// Times, days, months: 0 or more, at most [`MAX_AMOUNT`] (10⁹).
    NonNegative,
    /// A percent in (0, 100].
    Percent,
    /// Hours in a week: [`WEEK_HOURS`], [1, 168].
    WeekHours,
}

impl Range {
    /// `None` when the value is allowed, else what is wrong, as a catalogue tag
    /// ([`words::out_of_range`]). NaN is never allowed.
    pub fn check(self, value: f64) -> Option<&'static str> {
        let (ok, problem) = match self {
            Range::NonNegative if value > MAX_AMOUNT => (false, "amount-too-large"),
            Range::NonNegative => (value >= 0.0, "non-negative"),
            Range::Percent => (value > 0.0 && value <= 100.0, "percent"),
            Range::WeekHours => (WEEK_HOURS.contains(&value), "week-hours"),
        };
        (!ok).then_some(problem)
    }

    /// What is wrong with `number` (as written) in this range, or `None`.
    pub fn problem(self, value: f64, written: &str) -> Option<Text> {
        let tag = self.check(value)?;
        Some(Text::new(|lang| words::out_of_range(lang, written, tag)))
    }
}

/// One field of a vendor profile.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FieldSpec {
    /// Dotted path (`support.first_response.critical`).
    pub path: &'static str,
    pub ty: FieldType,
}

pub const INDUSTRIES: &[&str] = &[
    "social",
    "live-streaming",
    "education",
    "gaming",
    "enterprise",
    "conversational-ai",
    "telehealth",
    "finance",
    "ecommerce",
    "iot",
];

pub const REGIONS: &[&str] = &[
    "china",
    "east-asia",
    "southeast-asia",
    "south-asia",
    "middle-east",
    "europe",
    "north-america",
    "latin-america",
    "africa",
    "oceania",
];

/// Support channels (SPEC §3), those of Chinese vendors (WeChat, WeCom, DingTalk, Feishu)
/// included.
pub const CHANNELS: &[&str] = &[
    "ticket",
    "email",
    "chat",
    "phone",
    "im-group",
    "slack",
    "teams",
    "discord",
    "wechat",
    "wecom",
    "dingtalk",
    "feishu",
    "forum",
    "video-call",
    "onsite",
];

pub const SEVERITIES: &[&str] = &["critical", "high", "normal", "low"];

/// Tables that hold fields; `extra` and `sources` hold the user's own keys.
pub const TABLES: &[&str] = &[
    "support",
    "support.first_response",
    "support.resolution",
    "sla",
    "docs",
    "fit",
    "overseas",
    "security",
    "lifecycle",
    "process",
    "extra",
    "sources",
];

/// Tables whose keys are severities.
pub const SEVERITY_TABLES: &[&str] = &["support.first_response", "support.resolution"];

macro_rules! fields {
    ($($path:literal => $ty:expr),* $(,)?) => {
        &[$(FieldSpec { path: $path, ty: $ty }),*]
    };
}

use FieldType::*;

/// Every field of SPEC §3, in the spec's order.
pub const FIELDS: &[FieldSpec] = fields![
    "name" => Text,
    "plan" => Text,
    "website" => Text,
    "products" => List(None),
    "as_of" => Date,
    "support.coverage" => Level(LevelScale::Coverage),
    "support.channels" => List(Some(CHANNELS)),
    "support.dedicated_engineer" => Bool,
    "support.customer_success_manager" => Bool,
    "support.in_house" => Bool,
    "support.escalation_path" => Bool,
    "support.languages" => List(None),
    "support.business_hours_per_week" => Number(Range::WeekHours),
    "support.first_response.critical" => Duration,
    "support.first_response.high" => Duration,
    "support.first_response.normal" => Duration,
    "support.first_response.low" => Duration,
    "support.resolution.critical" => Duration,
    "support.resolution.high" => Duration,
    "support.resolution.normal" => Duration,
    "support.resolution.low" => Duration,
    "sla.availability" => Number(Range::Percent),
    "sla.written" => Bool,
    "sla.service_credits" => Bool,
    "docs.last_updated" => Date,
    "docs.quickstart" => Bool,
    "docs.api_reference" => Bool,
    "docs.faq" => Bool,
    "docs.troubleshooting" => Bool,
    "docs.best_practices" => Bool,
    "docs.changelog" => Bool,
    "fit.industries" => List(Some(INDUSTRIES)),
    "fit.reference_customers" => List(None),
    "overseas.regions" => List(Some(REGIONS)),
    "overseas.local_support" => List(Some(REGIONS)),
    "overseas.data_residency" => List(Some(REGIONS)),
    "security.certifications" => List(None),
    "security.encryption_in_transit" => Bool,
    "lifecycle.version_support_months" => Number(Range::NonNegative),
    "lifecycle.upgrade_notice_days" => Number(Range::NonNegative),
    "process.ticket_tracking" => Bool,
    "process.post_incident_reports" => Bool,
    "process.service_reports" => Level(LevelScale::ServiceReports),
    "process.status_page" => Bool,
    "process.training" => Bool,
];

/// The spec of a field, by dotted path.
pub fn field(path: &str) -> Option<&'static FieldSpec> {
    FIELDS.iter().find(|f| f.path == path)
}

/// What a key names inside a table of the schema.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Child {
    /// A table, by its dotted path.
    Table(&'static str),
    Field(&'static FieldSpec),
}

/// A table's keys, each with what it names.
type Keys = Vec<(&'static str, Child)>;

/// The keys a table of the schema holds (`""` for the top level), with what each names.
pub fn children(table: &str) -> &'static [(&'static str, Child)] {
    static CHILDREN: LazyLock<Vec<(&str, Keys)>> = LazyLock::new(|| {
        let fields = FIELDS.iter().map(|f| (f.path, Child::Field(f)));
        let tables = TABLES.iter().map(|path| (*path, Child::Table(path)));
        let mut by_table: Vec<(&str, Keys)> = Vec::new();
        for (path, child) in fields.chain(tables) {
            let (table, key) = (parent(path), leaf(path));
            match by_table.iter_mut().find(|(t, _)| *t == table) {
                Some((_, keys)) => keys.push((key, child)),
                None => by_table.push((table, vec![(key, child)])),
            }
        }
        by_table
    });
    CHILDREN
        .iter()
        .find(|(t, _)| *t == table)
        .map_or(&[], |(_, keys)| keys.as_slice())
}

/// Looks `key` up among a table's [`children`]; a loader looks the table up once.
pub fn find_child(children: &[(&str, Child)], key: &str) -> Option<Child> {
    children
        .iter()
        .find(|(name, _)| *name == key)
        .map(|(_, child)| *child)
}

/// The table part of a dotted path (`support.first_response.critical` → `support.first_response`).
pub fn parent(path: &str) -> &str {
    path.rsplit_once('.').map_or("", |(parent, _)| parent)
}

/// The last part of a dotted path.
pub fn leaf(path: &str) -> &str {
    path.rsplit_once('.').map_or(path, |(_, leaf)| leaf)
}

/// The keys valid directly inside a table (`""` for the top level): fields, then tables.
pub fn keys_in(table: &str) -> Vec<&'static str> {
    children(table).iter().map(|(key, _)| *key).collect()
}

/// The names of an ordered level list, best first.
pub fn is_fact_path(path: &str) -> bool {
    field(path).is_some() || (parent(path) == "extra" && !leaf(path).is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_lives_in_a_known_table() {
        for f in FIELDS {
            let table = parent(f.path);
            assert!(table.is_empty() || TABLES.contains(&table), "{}", f.path);
        }
    }

    #[test]
    fn keys_of_a_table() {
        let support = keys_in("support");
        assert!(support.contains(&"coverage") && support.contains(&"first_response"));
        assert_eq!(keys_in("support.first_response"), SEVERITIES);
        assert!(keys_in("").contains(&"sla"));
    }

    fn child(table: &str, key: &str) -> Option<Child> {
        find_child(children(table), key)
    }

    #[test]
    fn children_of_tables() {
        assert_eq!(child("", "support"), Some(Child::Table("support")));
        assert_eq!(
            child("support", "first_response"),
            Some(Child::Table("support.first_response"))
        );
        assert_eq!(
            child("support.first_response", "high"),
            Some(Child::Field(field("support.first_response.high").unwrap()))
        );
        assert_eq!(child("", "coverage"), None);
        assert_eq!(child("support", "support.coverage"), None);
        assert_eq!(
            child("sla", "availability").map(|c| matches!(c, Child::Field(_))),
            Some(true)
        );
    }

    #[test]
    fn the_channels_of_chinese_vendors_are_known() {
        let Some(FieldSpec {
            ty: List(Some(known)),
            ..
        }) = field("support.channels")
        else {
            panic!("support.channels has a vocabulary");
        };
        for channel in ["wechat", "wecom", "dingtalk", "feishu", "teams", "onsite"] {
            assert!(known.contains(&channel), "{channel}");
        }
    }

    #[test]
    fn ranges() {
        assert!(Range::Percent.check(100.0).is_none());
        assert!(Range::Percent.check(0.0).is_some());
        assert!(Range::NonNegative.check(-0.5).is_some());
        assert!(Range::WeekHours.check(169.0).is_some());
        assert!(Range::NonNegative.check(1e9).is_none());
        assert!(Range::NonNegative.check(f64::NAN).is_some());
    }

    #[test]
    fn a_week_has_1_to_168_hours() {
        for hours in [1.0, 40.0, 168.0] {
            assert!(Range::WeekHours.check(hours).is_none(), "{hours}");
        }
        for hours in [5e-324, 0.5, 0.0, -1.0, 168.5, f64::NAN] {
            assert!(Range::WeekHours.check(hours).is_some(), "{hours}");
        }
    }

    #[test]
    fn times_days_and_months_past_a_billion_are_too_large_not_negative() {
        for value in [1e9 + 1.0, 1e306, f64::INFINITY] {
            let problem = Range::NonNegative.problem(value, "x").unwrap();
            assert!(
                problem.to_string().contains("too large"),
                "{value}: {problem}"
            );
        }
        let negative = Range::NonNegative.problem(-1.0, "-1").unwrap();
        assert_eq!(negative.to_string(), "-1 must be 0 or more");
    }
}
