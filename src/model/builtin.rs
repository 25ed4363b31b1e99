//! The built-in criteria (SPEC §4 table): ONE row per criterion holding everything sdkvet
//! knows about it — the fields it reads, its kind, its default scoring range and wanted
//! values, its short column header, and the question-bank ids that ask for its fields.

use super::scorecard::{Kind, NumberRule, Scale, COST_FIELDS, REGION_FIELDS};
use super::trial::TICKETS_PATH;

/// One built-in criterion.
#[derive(Debug)]
pub struct Builtin {
    pub id: &'static str,
    /// The profile fields it reads, in the order of the spec's table.
    pub fields: &'static [&'static str],
    pub kind: Kind,
    /// The default `best`, `worst` and `scale` of a numeric kind.
    pub range: Option<NumberRule>,
    /// The default `want` of a `coverage_of` kind.
    pub want: &'static [&'static str],
    /// The three-letter column header of the evaluation table.
    pub abbreviation: &'static str,
    /// The question-bank ids that ask for its fields, in field order.
    pub questions: &'static [&'static str],
}

const fn range(best: f64, worst: f64, scale: Scale) -> Option<NumberRule> {
    Some(NumberRule { best, worst, scale })
}

const DOCS_PARTS: &[&str] = &[
    "docs.quickstart",
    "docs.api_reference",
    "docs.faq",
    "docs.troubleshooting",
    "docs.best_practices",
    "docs.changelog",
];

/// A row whose kind takes no range and no wanted values.
macro_rules! plain {
    ($id:literal, $field:literal, $kind:ident, $abbr:literal, $question:literal) => {
        Builtin {
            id: $id,
            fields: &[$field],
            kind: Kind::$kind,
            range: None,
            want: &[],
            abbreviation: $abbr,
            questions: &[$question],
        }
    };
}

/// Every built-in criterion, in the spec's order.
pub const BUILTINS: &[Builtin] = &[
    Builtin {
        id: "response_sla",
        fields: &["support.first_response.critical"],
        kind: Kind::Duration,
        range: range(15.0, 1440.0, Scale::Log),
        want: &[],
        abbreviation: "Rsp",
        questions: &["first_response_critical"],
    },
    Builtin {
        id: "resolution_sla",
        fields: &["support.resolution.critical"],
        kind: Kind::Duration,
        range: range(60.0, 2880.0, Scale::Log),
        want: &[],
        abbreviation: "Fix",
        questions: &["resolution_critical"],
    },
    plain!("coverage", "support.coverage", Level, "Cov", "coverage"),
    plain!(
        "dedicated_engineer",
        "support.dedicated_engineer",
        Bool,
        "Ded",
        "dedicated_engineer"
    ),
    plain!(
        "customer_success",
        "support.customer_success_manager",
        Bool,
        "CSM",
        "customer_success_manager"
    ),
    plain!(
        "escalation",
        "support.escalation_path",
        Bool,
        "Esc",
        "escalation_path"
    ),
    plain!(
        "in_house_support",
        "support.in_house",
        Bool,
        "InH",
        "in_house"
    ),
    Builtin {
        id: "channels",
        fields: &["support.channels"],
        kind: Kind::CoverageOf,
        range: None,
        want: &["ticket", "phone", "im-group"],
        abbreviation: "Chn",
        questions: &["channels"],
    },
    Builtin {
        id: "docs_freshness",
        fields: &["docs.last_updated"],
        kind: Kind::Age,
        range: range(30.0, 365.0, Scale::Linear),
        want: &[],
        abbreviation: "Doc",
        questions: &["docs_last_updated"],
    },
    Builtin {
        id: "docs_completeness",
        fields: DOCS_PARTS,
        kind: Kind::Share,
        range: None,
        want: &[],
        abbreviation: "DcC",
        questions: &[
            "docs_quickstart",
            "docs_api_reference",
            "docs_faq",
            "docs_troubleshooting",
            "docs_best_practices",
            "docs_changelog",
        ],
    },
    plain!(
        "industry_fit",
        "fit.industries",
        Member,
        "Ind",
        "fit_industries"
    ),
    Builtin {
        id: "overseas_support",
        fields: REGION_FIELDS,
        kind: Kind::Regions,
        range: None,
        want: &[],
        abbreviation: "Ovs",
        questions: &["overseas_regions", "overseas_local_support"],
    },
    Builtin {
        id: "availability",
        fields: &["sla.availability"],
        kind: Kind::Availability,
        range: range(52.56, 5256.0, Scale::Log),
        want: &[],
        abbreviation: "Avl",
        questions: &["sla_availability"],
    },
    plain!("written_sla", "sla.written", Bool, "WSL", "sla_written"),
    plain!(
        "service_credits",
        "sla.service_credits",
        Bool,
        "Crd",
        "sla_service_credits"
    ),
    Builtin {
        id: "certifications",
        fields: &["security.certifications"],
        kind: Kind::CoverageOf,
        range: None,
        want: &["iso27001", "soc2"],
        abbreviation: "Crt",
        questions: &["security_certifications"],
    },
    Builtin {
        id: "version_support",
        fields: &["lifecycle.version_support_months"],
        kind: Kind::Number,
        range: range(24.0, 6.0, Scale::Linear),
        want: &[],
        abbreviation: "Ver",
        questions: &["version_support_months"],
    },
    plain!(
        "service_reports",
        "process.service_reports",
        Level,
        "Rep",
        "service_reports"
    ),
    plain!(
        "status_page",
        "process.status_page",
        Bool,
        "Sta",
        "status_page"
    ),
    plain!(
        "post_incident_reports",
        "process.post_incident_reports",
        Bool,
        "PIR",
        "post_incident_reports"
    ),
    Builtin {
        id: "kept_promises",
        fields: &[TICKETS_PATH],
        kind: Kind::Promises,
        range: None,
        want: &[],
        abbreviation: "Kpt",
        questions: &[TRIAL_QUESTION],
    },
    Builtin {
        id: "trial_response",
        fields: &[TICKETS_PATH],
        kind: Kind::Observed,
        range: range(15.0, 1440.0, Scale::Log),
        want: &[],
        abbreviation: "TrR",
        questions: &[TRIAL_QUESTION],
    },
    Builtin {
        id: "expected_cost",
        fields: COST_FIELDS,
        kind: Kind::Cost,
        range: None,
        want: &[],
        abbreviation: "Cst",
        questions: &[
            "price_annual",
            "price_monthly",
            "price_percent_of_spend",
            "first_response_critical",
            "first_response_high",
            "sla_availability",
        ],
    },
];

/// The question that asks for trial tickets: file one and time the answer (no profile field
/// holds its answer; `sdkvet trial add` records the ticket).
pub const TRIAL_QUESTION: &str = "dd_trial_ticket";

/// The severity a trial-response criterion reads by default.
pub const TRIAL_SEVERITY: &str = "normal";

/// The built-in criterion with this id.
pub fn builtin(id: &str) -> Option<&'static Builtin> {
    BUILTINS.iter().find(|b| b.id == id)
}

/// The ids of the built-in criteria, in the spec's order.
pub fn builtin_ids() -> impl Iterator<Item = &'static str> {
    BUILTINS.iter().map(|b| b.id)
}

/// The default scoring range of a kind when a custom criterion gives none (availability's).
pub fn default_range(kind: Kind) -> Option<NumberRule> {
    BUILTINS
        .iter()
        .find(|b| b.kind == kind && kind == Kind::Availability)
        .and_then(|b| b.range)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::schema;

    #[test]
    fn every_builtin_reads_schema_fields_and_has_one_question_per_field() {
        for b in BUILTINS {
            for field in b.fields {
                assert!(schema::is_fact_path(field), "{}: {field}", b.id);
            }
            assert_eq!(b.fields.len(), b.questions.len(), "{}", b.id);
            assert_eq!(b.abbreviation.len(), 3, "{}", b.id);
        }
    }

    #[test]
    fn abbreviations_are_unique() {
        let mut seen: Vec<&str> = BUILTINS.iter().map(|b| b.abbreviation).collect();
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen.len(), BUILTINS.len());
    }
}
