//! A vendor plan's profile (SPEC §3) as data: its id, its known facts by dotted path, and
//! the evidence cited for them. Absent means unknown, never "no".

use super::duration::{DEFAULT_BUSINESS_HOURS_PER_WEEK, WEEK_HOURS};
use super::fact::Fact;
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
    /// Evidence: fact path → where it was seen.
    pub sources: BTreeMap<String, String>,
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
        }
    }

    pub fn fact(&self, path: &str) -> Option<&Fact> {
        self.facts.get(path)
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

    /// Length of the support week behind "business hours" (default 40). The loader refuses
    /// a week outside 1–168 hours; a profile built in code with one gets the default too.
    pub fn business_hours_per_week(&self) -> f64 {
        match self.fact("support.business_hours_per_week") {
            Some(Fact::Number(hours)) if WEEK_HOURS.contains(hours) => *hours,
            _ => DEFAULT_BUSINESS_HOURS_PER_WEEK,
        }
    }
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
}
