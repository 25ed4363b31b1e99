//! A vendor plan's profile (SPEC §3) as data: its id, its known facts by dotted path, and
//! the evidence cited for them. Absent means unknown, never "no".

use super::calendar::{self, SupportHours};
use super::cost::{Price, PricePlan, DEFAULT_CURRENCY};
use super::duration::{DEFAULT_BUSINESS_HOURS_PER_WEEK, WEEK_HOURS};
use super::fact::Fact;
use super::trial::{Ticket, TICKETS_PATH};
use jiff::civil::Date;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A vendor plan's profile: its id (file stem), facts by dotted path, and their sources.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    /// The file name without `.toml`.
    pub id: String,
    /// The file it was read from.
    pub path: PathBuf,
    /// Known facts by dotted path (`support.coverage`, `extra.annual_price_usd`); schema
    /// paths are borrowed from [`schema::FIELDS`], so only `[extra]` keys are allocated.
    pub facts: BTreeMap<Cow<'static, str>, Fact>,
    /// Evidence: fact path → where it was seen, of what kind, and when it was checked.
    pub sources: BTreeMap<String, Evidence>,
    /// Tickets filed during a trial (`[[trial.tickets]]`), in file order.
    pub tickets: Vec<Ticket>,
}

/// Facts whose checked date is more than this many days before the evaluation date are stale.
pub const STALE_AFTER_DAYS: i64 = 180;

/// What kind of source a fact comes from (SPEC §3 "Evidence").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum EvidenceKind {
    Contract,
    Documentation,
    Marketing,
    ThirdParty,
    VendorAnswer,
    Trial,
}

impl EvidenceKind {
    /// Every kind, in the order the spec lists them.
    pub const ALL: [EvidenceKind; 6] = [
        EvidenceKind::Contract,
        EvidenceKind::Documentation,
        EvidenceKind::Marketing,
        EvidenceKind::ThirdParty,
        EvidenceKind::VendorAnswer,
        EvidenceKind::Trial,
    ];

    /// The kind as written in a profile.
    pub fn as_str(self) -> &'static str {
        match self {
            EvidenceKind::Contract => "contract",
            EvidenceKind::Documentation => "documentation",
            EvidenceKind::Marketing => "marketing",
            EvidenceKind::ThirdParty => "third-party",
            EvidenceKind::VendorAnswer => "vendor-answer",
            EvidenceKind::Trial => "trial",
        }
    }

    /// The kind a profile's word names, if any.
    pub fn parse(word: &str) -> Option<EvidenceKind> {
        Self::ALL.into_iter().find(|kind| kind.as_str() == word)
    }

    /// The names of every kind, for messages.
    pub fn names() -> Vec<&'static str> {
        Self::ALL.iter().map(|kind| kind.as_str()).collect()
    }

    /// Marketing and third-party claims need confirming in writing.
    pub fn is_unconfirmed(self) -> bool {
        matches!(self, EvidenceKind::Marketing | EvidenceKind::ThirdParty)
    }
}

/// The evidence cited for one fact: `"source"` or `{ source, kind, checked }`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    pub source: String,
    pub kind: Option<EvidenceKind>,
    /// When this fact itself was last checked; the profile's `as_of` stands in when absent.
    pub checked: Option<Date>,
}

/// The evidence an output shows for a criterion's fact (SPEC §5): each part `None` when absent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FactEvidence<'p> {
    pub source: Option<&'p str>,
    pub kind: Option<EvidenceKind>,
    /// The fact's checked date (its own, else `as_of`), at most the evaluation date.
    pub checked: Option<Date>,
}

impl FactEvidence<'_> {
    /// Stale on `evaluation`: no checked date, or one more than [`STALE_AFTER_DAYS`] before.
    pub fn is_stale(&self, evaluation: Date) -> bool {
        is_stale_on(self.checked, evaluation)
    }

    /// Unconfirmed: the source is marketing or a third party.
    pub fn is_unconfirmed(&self) -> bool {
        self.kind.is_some_and(EvidenceKind::is_unconfirmed)
    }
}

/// The one staleness rule (SPEC §3): no checked date, or one more than
/// [`STALE_AFTER_DAYS`] before the evaluation date.
fn is_stale_on(checked: Option<Date>, evaluation: Date) -> bool {
    checked.is_none_or(|checked| days_from(checked, evaluation) > STALE_AFTER_DAYS)
}

impl Evidence {
    /// Evidence given as a bare source text.
    pub fn source(text: &str) -> Evidence {
        Evidence {
            source: text.to_string(),
            kind: None,
            checked: None,
        }
    }
}

impl Profile {
    /// An empty profile with only a name, for building profiles in code.
    pub fn new(id: &str, name: &str) -> Profile {
        let mut facts = BTreeMap::new();
        facts.insert("name".into(), Fact::Text(name.to_string()));
        Profile {
            id: id.to_string(),
            path: PathBuf::from(format!("{id}.toml")),
            facts,
            sources: BTreeMap::new(),
            tickets: Vec::new(),
        }
    }

    pub fn fact(&self, path: &str) -> Option<&Fact> {
        self.facts.get(path)
    }

    /// The fact at `path` as known on `evaluation`: a date after it counts as unknown, for it
    /// cannot have been true then (SPEC §3).
    /// `as_of` is evidence, not a fact: a later one stands for the evaluation date instead.
    pub fn fact_on(&self, path: &str, evaluation: Date) -> Option<&Fact> {
        self.fact(path)
            .filter(|fact| !is_future_fact(path, fact, evaluation))
    }

    /// The profile as known on `evaluation`: without the date facts after it (see
    /// [`Profile::fact_on`]).
    pub fn known_on(&self, evaluation: Date) -> Cow<'_, Profile> {
        let future = |(path, fact): (&Cow<str>, &Fact)| is_future_fact(path, fact, evaluation);
        if !self.facts.iter().any(future) {
            return Cow::Borrowed(self);
        }
        let mut known = self.clone();
        known.facts.retain(|path, fact| !future((path, fact)));
        Cow::Owned(known)
    }

    /// The fact at `path` with the path as the profile stores it.
    pub fn fact_entry(&self, path: &str) -> Option<(&str, &Fact)> {
        self.facts
            .get_key_value(path)
            .map(|(key, fact)| (key.as_ref(), fact))
    }

    fn text(&self, path: &str) -> Option<&str> {
        match self.fact(path) {
            Some(Fact::Text(text)) => Some(text),
            _ => None,
        }
    }

    pub fn name(&self) -> &str {
        self.text("name").unwrap_or(&self.id)
    }

    pub fn plan(&self) -> &str {
        self.text("plan").unwrap_or("")
    }

    pub fn as_of(&self) -> Option<Date> {
        match self.fact("as_of") {
            Some(Fact::Date(date)) => Some(*date),
            _ => None,
        }
    }

    /// The evidence cited for the fact at `path`, if any.
    pub fn evidence(&self, path: &str) -> Option<&Evidence> {
        self.sources.get(path)
    }

    /// The fact's checked date (SPEC §3): its own `checked`, else the profile's `as_of`. A date
    /// after the evaluation date counts as the evaluation date.
    pub fn checked(&self, path: &str, evaluation: Date) -> Option<Date> {
        let own = self.evidence(path).and_then(|e| e.checked);
        own.or_else(|| self.as_of())
            .map(|date| date.min(evaluation))
    }

    /// The evidence behind the facts at `fields` on `evaluation`: that of the first known one
    /// with a `[sources]` entry, else the first known one's checked date alone; all `None`
    /// when none is known.
    pub fn evidence_of(&self, fields: &[&str], evaluation: Date) -> FactEvidence<'_> {
        let tickets = !self.tickets.is_empty();
        let known = || {
            fields.iter().filter(move |f| {
                self.fact_on(f, evaluation).is_some() || (tickets && **f == TICKETS_PATH)
            })
        };
        let cited = known().find_map(|f| self.evidence(f).map(|e| (*f, Some(e))));
        let Some((field, evidence)) = cited.or_else(|| known().next().map(|f| (*f, None))) else {
            return FactEvidence::default();
        };
        FactEvidence {
            source: evidence.map(|e| e.source.as_str()),
            kind: evidence.and_then(|e| e.kind),
            checked: self.checked(field, evaluation),
        }
    }

    /// Stale: no checked date, or one more than [`STALE_AFTER_DAYS`] before `evaluation`.
    pub fn is_stale(&self, path: &str, evaluation: Date) -> bool {
        is_stale_on(self.checked(path, evaluation), evaluation)
    }

    /// Unconfirmed: the fact's evidence is marketing or third-party.
    pub fn is_unconfirmed(&self, path: &str) -> bool {
        self.evidence(path)
            .and_then(|e| e.kind)
            .is_some_and(EvidenceKind::is_unconfirmed)
    }

    /// Length of the support week behind "business hours": the week `[support.hours]`
    /// describes, else `business_hours_per_week`, else 40. The loader refuses a week outside
    /// 1–168 hours; a profile built in code with one gets the default too.
    pub fn business_hours_per_week(&self) -> f64 {
        let hours = self.support_hours().map(|hours| hours.week_hours());
        match (hours, self.fact("support.business_hours_per_week")) {
            (Some(week), _) if WEEK_HOURS.contains(&week) => week,
            (_, Some(Fact::Number(hours))) if WEEK_HOURS.contains(hours) => *hours,
            _ => DEFAULT_BUSINESS_HOURS_PER_WEEK,
        }
    }

    /// The support week of `[support.hours]`, when it is complete and valid.
    pub fn support_hours(&self) -> Option<SupportHours> {
        let (days, holidays) = (
            self.list("support.hours.days")?,
            self.list("support.hours.holidays"),
        );
        let clock = |path| {
            self.text(path)
                .and_then(|t| calendar::clock_minutes(t).ok())
        };
        let hours = SupportHours {
            days: calendar::day_set(days)?,
            open: clock("support.hours.start")?,
            close: clock("support.hours.end")?,
            zone: calendar::time_zone(self.text("support.hours.time_zone")?).ok()?,
            holidays: holidays
                .unwrap_or_default()
                .iter()
                .map(|d| d.parse().ok())
                .collect::<Option<_>>()?,
        };
        (hours.open < hours.close && hours.days.contains(&true)).then_some(hours)
    }

    /// The plan's `[price]`, when it names exactly one way of billing.
    pub fn price(&self) -> Option<Price> {
        let number = |path| match self.fact(path) {
            Some(Fact::Number(n)) => Some(*n),
            _ => None,
        };
        let plans = [
            number("price.annual").map(PricePlan::Annual),
            number("price.monthly").map(PricePlan::Monthly),
            number("price.percent_of_spend").map(|percent| PricePlan::PercentOfSpend {
                percent,
                minimum_monthly: number("price.minimum_monthly"),
            }),
        ];
        let mut given = plans.into_iter().flatten();
        let plan = given.next().filter(|_| given.next().is_none())?;
        let currency = self.text("price.currency").unwrap_or(DEFAULT_CURRENCY);
        Some(Price {
            currency: currency.to_string(),
            plan,
        })
    }

    fn list(&self, path: &str) -> Option<&[String]> {
        match self.fact(path) {
            Some(Fact::List(items)) => Some(items),
            _ => None,
        }
    }
}

/// A date fact later than `evaluation`, other than the profile's `as_of` (evidence).
fn is_future_fact(path: &str, fact: &Fact, evaluation: Date) -> bool {
    path != "as_of" && matches!(fact, Fact::Date(day) if *day > evaluation)
}

/// Whole days from `from` to `to` (negative when `from` is later).
pub fn days_from(from: Date, to: Date) -> i64 {
    from.until(to).map_or(0, |span| i64::from(span.get_days()))
}

/// What two vendor ids are compared by: their Unicode NFC form, so that `café` written with
/// one code point for `é` and `café` written with two are one id (SPEC §1).
pub fn id_key(id: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    id.nfc().collect()
}

/// The vendor id a file stands for: its name without `.toml`.
pub fn vendor_id(path: &Path) -> String {
    path.file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_equal_after_nfc_have_one_key() {
        let (composed, decomposed) = ("caf\u{e9}", "cafe\u{301}");
        assert_ne!(composed, decomposed);
        assert_eq!(id_key(composed), id_key(decomposed));
        assert_ne!(id_key("cafe"), id_key(composed));
    }

    fn with_evidence(as_of: Option<Date>, evidence: Option<Evidence>) -> Profile {
        let mut profile = Profile::new("a", "A");
        if let Some(date) = as_of {
            profile.facts.insert("as_of".into(), Fact::Date(date));
        }
        if let Some(evidence) = evidence {
            profile.sources.insert("sla.written".into(), evidence);
        }
        profile
    }

    #[test]
    fn a_facts_own_checked_date_wins_over_as_of() {
        let day = jiff::civil::date;
        let evidence = Evidence {
            checked: Some(day(2026, 6, 1)),
            ..Evidence::source("x")
        };
        let profile = with_evidence(Some(day(2025, 1, 1)), Some(evidence));
        let today = day(2026, 7, 1);
        assert_eq!(profile.checked("sla.written", today), Some(day(2026, 6, 1)));
        assert!(!profile.is_stale("sla.written", today));
        assert!(profile.is_stale("sla.availability", today), "as_of is old");
        assert!(with_evidence(None, None).is_stale("sla.written", today));
    }

    #[test]
    fn stale_after_180_days_and_future_dates_count_as_the_evaluation_date() {
        let day = jiff::civil::date;
        let profile = with_evidence(Some(day(2026, 1, 1)), None);
        assert!(!profile.is_stale("x", day(2026, 6, 30)), "180 days");
        assert!(profile.is_stale("x", day(2026, 7, 1)), "181 days");
        let future = with_evidence(Some(day(2030, 1, 1)), None);
        assert_eq!(future.checked("x", day(2026, 1, 1)), Some(day(2026, 1, 1)));
        assert!(!future.is_stale("x", day(2026, 1, 1)));
    }

    #[test]
    fn a_date_after_the_evaluation_date_is_unknown_then() {
        let day = jiff::civil::date;
        let mut profile = Profile::new("a", "A");
        profile
            .facts
            .insert("docs.last_updated".into(), Fact::Date(day(2030, 5, 5)));
        assert_eq!(
            profile.fact_on("docs.last_updated", day(2026, 11, 21)),
            None
        );
        assert!(profile
            .fact_on("docs.last_updated", day(2030, 5, 5))
            .is_some());
        assert!(profile.fact_on("name", day(2026, 11, 21)).is_some());
        let known = profile.known_on(day(2026, 11, 21));
        assert!(known.fact("docs.last_updated").is_none() && known.fact("name").is_some());
        assert!(matches!(
            profile.known_on(day(2031, 1, 1)),
            Cow::Borrowed(_)
        ));
        profile
            .facts
            .insert("as_of".into(), Fact::Date(day(2030, 1, 1)));
        let known = profile.known_on(day(2026, 11, 21));
        assert!(known.as_of().is_some(), "as_of is evidence, kept");
        assert!(profile.fact_on("as_of", day(2026, 11, 21)).is_some());
    }

    #[test]
    fn the_evidence_of_several_fields_is_the_first_cited_known_one() {
        let day = jiff::civil::date;
        let mut profile = with_evidence(Some(day(2026, 1, 1)), None);
        profile.facts.insert("sla.written".into(), Fact::Bool(true));
        profile
            .facts
            .insert("sla.service_credits".into(), Fact::Bool(true));
        let today = day(2026, 11, 21);
        let fields = ["sla.availability", "sla.service_credits", "sla.written"];
        let uncited = profile.evidence_of(&fields, today);
        assert_eq!(
            uncited,
            FactEvidence {
                checked: Some(day(2026, 1, 1)),
                ..FactEvidence::default()
            }
        );
        profile.sources.insert(
            "sla.written".into(),
            Evidence {
                kind: Some(EvidenceKind::Contract),
                checked: Some(day(2026, 2, 2)),
                ..Evidence::source("§4")
            },
        );
        let cited = profile.evidence_of(&fields, today);
        assert_eq!(cited.source, Some("§4"));
        assert_eq!(cited.kind, Some(EvidenceKind::Contract));
        assert_eq!(cited.checked, Some(day(2026, 2, 2)));
        assert_eq!(
            profile.evidence_of(&["sla.availability"], today),
            FactEvidence::default()
        );
    }

    #[test]
    fn marketing_and_third_party_are_unconfirmed() {
        for kind in EvidenceKind::ALL {
            let evidence = Evidence {
                kind: Some(kind),
                ..Evidence::source("x")
            };
            let profile = with_evidence(None, Some(evidence));
            let expected = matches!(kind, EvidenceKind::Marketing | EvidenceKind::ThirdParty);
            assert_eq!(profile.is_unconfirmed("sla.written"), expected, "{kind:?}");
            assert_eq!(EvidenceKind::parse(kind.as_str()), Some(kind));
        }
        assert!(!with_evidence(None, Some(Evidence::source("x"))).is_unconfirmed("sla.written"));
    }
}
