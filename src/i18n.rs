//! Every English and Chinese phrase sdkvet shows people, outside the question bank: one
//! catalogue, each phrase's two languages side by side. Imports nothing above `model`.

pub mod findings;

/// The language of everything shown to people (SPEC §14).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Zh,
}

impl Lang {
    /// `zh` when `LC_ALL` (or else `LANG`) starts with `zh`, otherwise `en`.
    pub fn from_locale(lc_all: Option<&str>, lang: Option<&str>) -> Lang {
        let locale = lc_all.filter(|v| !v.is_empty()).or(lang).unwrap_or("");
        if locale.to_lowercase().starts_with("zh") {
            Lang::Zh
        } else {
            Lang::En
        }
    }
}
