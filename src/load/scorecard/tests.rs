//! Tests of the scorecard loader: built-in defaults, overrides, and every class of error
//! with its position and hint.

use super::*;
use std::path::Path;

fn load(text: &str) -> (Option<Scorecard>, Vec<String>) {
    load_with(text, &Audience::default())
}

fn load_with(text: &str, audience: &Audience) -> (Option<Scorecard>, Vec<String>) {
    let source = SourceFile::from_text(Path::new("scorecards/s.toml"), text.to_string());
    let (card, diagnostics) = load_scorecard(&source, audience);
    (card, diagnostics.iter().map(ToString::to_string).collect())
}

fn card(text: &str) -> Scorecard {
    let (card, messages) = load(text);
    assert!(messages.is_empty(), "{messages:?}");
    card.unwrap()
}

fn errors(text: &str) -> String {
    let (card, messages) = load(text);
    assert!(card.is_none(), "expected errors for {text}");
    messages.join("\n")
}

#[test]
fn builtins_take_their_defaults() {
    let c = card("[criteria.response_sla]\nweight = 30\n[criteria.coverage]\nweight = 20\n");
    assert_eq!(c.name, "s");
    assert_eq!(c.unknown, UnknownPolicy::Zero);
    let rsp = &c.criteria[0];
    assert_eq!(rsp.fields(), ["support.first_response.critical"]);
    assert_eq!(rsp.kind(), Kind::Duration);
    assert_eq!(
        rsp.range(),
        Some(NumberRule {
            best: 15.0,
            worst: 1440.0,
            scale: Scale::Log
        })
    );
    assert!(matches!(
        c.criteria[1].rule,
        Rule::Level {
            scale: LevelScale::Coverage,
            require: None,
            ..
        }
    ));
    assert_eq!(c.weights, [30.0, 20.0]);
}

#[test]
fn every_builtin_loads_with_only_a_weight() {
    let mut text = String::from("industry = \"social\"\nregions = [\"europe\"]\n");
    for id in builtin_ids().filter(|id| *id != "expected_cost") {
        text.push_str(&format!("[criteria.{id}]\nweight = 1\n"));
    }
    assert_eq!(
        card(&text).criteria.len(),
        crate::model::builtin::BUILTINS.len() - 1
    );
}

#[test]
fn expected_cost_needs_best_worst_and_a_cost_table() {
    let e = errors("[criteria.expected_cost]\nweight = 1\n");
    assert!(e.contains("needs `best` and `worst`"), "{e}");
    assert!(
        e.contains("no [cost] table") && e.contains("outage_cost_per_hour = 5000"),
        "{e}"
    );
    let c = card("[cost]\noutage_cost_per_hour = 100\n[criteria.expected_cost]\nweight = 1\nbest = 10000\nworst = 200000\nmax = 150000\n");
    let cost = &c.criteria[0];
    assert_eq!(cost.kind(), Kind::Cost);
    assert_eq!(cost.bounds().0.map(|b| b.value), Some(150000.0));
    assert_eq!(cost.range().map(|r| r.scale), Some(Scale::Linear));
}

#[test]
fn trial_criteria_take_their_defaults_and_a_severity() {
    let c = card("[criteria.kept_promises]\nweight = 1\n[criteria.trial_response]\nweight = 1\nseverity = \"high\"\nmax = \"2 hours\"\n");
    assert_eq!(c.criteria[0].kind(), Kind::Promises);
    assert_eq!(c.criteria[0].fields(), ["trial.tickets"]);
    assert!(matches!(
        c.criteria[1].rule,
        Rule::Observed {
            severity: "high",
            ..
        }
    ));
    assert_eq!(c.criteria[1].bounds().0.map(|b| b.value), Some(120.0));
    assert_eq!(
        c.criteria[1].range().map(|r| (r.best, r.worst)),
        Some((15.0, 1440.0))
    );
    let e = errors("[criteria.trial_response]\nweight = 1\nseverity = \"urgent\"\n");
    assert!(e.contains("criteria.trial_response.severity"), "{e}");
}

#[test]
fn overrides_apply_to_builtins() {
    let c = card("[criteria.response_sla]\nweight = 1\nseverity = \"high\"\nbest = \"30 min\"\nworst = \"1 business day\"\nscale = \"linear\"\nmax = \"2 hours\"\n");
    let rsp = &c.criteria[0];
    assert_eq!(rsp.fields(), ["support.first_response.high"]);
    assert_eq!(
        rsp.range(),
        Some(NumberRule {
            best: 30.0,
            worst: 2016.0,
            scale: Scale::Linear
        })
    );
    assert_eq!(
        rsp.bounds().0,
        Some(&Bound {
            value: 120.0,
            text: "2 hours".into()
        })
    );
}

#[test]
fn custom_criteria_over_extra_and_lists() {
    let c = card(
        "[criteria.price]\nfield = \"extra.annual_price_usd\"\nkind = \"number\"\nbest = 10000\nworst = 100000\nweight = 5\n\
         [criteria.langs]\nfield = \"support.languages\"\nkind = \"coverage_of\"\nwant = [\"en\", \"zh\"]\nweight = 1\n\
         [criteria.bits]\nfield = [\"docs.faq\", \"process.training\"]\nkind = \"share\"\nweight = 1\n",
    );
    assert_eq!(
        c.criteria.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(),
        ["price", "langs", "bits"]
    );
    assert_eq!(c.criteria[1].want(), ["en", "zh"]);
    assert_eq!(c.criteria[2].fields().len(), 2);
}

#[test]
fn audience_overrides_industry_and_regions() {
    let audience = Audience {
        industry: Some("gaming".into()),
        regions: vec!["africa".into()],
    };
    let (c, messages) = load_with(
        "[criteria.industry_fit]\nweight = 1\n[criteria.overseas_support]\nweight = 1\n",
        &audience,
    );
    assert!(messages.is_empty(), "{messages:?}");
    let c = c.unwrap();
    assert_eq!(c.industry.as_deref(), Some("gaming"));
    assert_eq!(c.regions, ["africa"]);
}

#[test]
fn no_criteria_is_an_error() {
    assert!(errors("name = \"x\"\n").contains("`criteria`: the scorecard has no criteria"));
    assert!(errors("[criteria]\n").contains("the scorecard has no criteria"));
}

#[test]
fn bad_weights_are_errors() {
    let all = errors("[criteria.coverage]\nweight = -1\n[criteria.escalation]\nweight = nan\n[criteria.status_page]\nweight = inf\n");
    assert!(
        all.contains("scorecards/s.toml:2:10: error: `criteria.coverage.weight`: -1 is negative"),
        "{all}"
    );
    assert!(
        all.contains("`criteria.escalation.weight`: nan is not a number"),
        "{all}"
    );
    assert!(
        all.contains("`criteria.status_page.weight`: inf is not a number"),
        "{all}"
    );
    assert!(errors("[criteria.coverage]\nweight = 0\n").contains("every weight is 0"));
    let huge = errors("[criteria.coverage]\nweight = 1e308\n");
    assert!(
        huge.contains("`criteria.coverage.weight`: 1e308 is too large; weights are relative"),
        "{huge}"
    );
    assert!(errors("[criteria.coverage]\nweight = 1000001\n").contains("too large"));
    assert!(errors("[criteria.coverage]\n").contains("`criteria.coverage.weight`: missing"));
}

#[test]
fn custom_without_field_or_kind_suggests_a_builtin() {
    let all = errors("[criteria.covrage]\nweight = 1\n");
    assert!(all.contains("`criteria.covrage`: `covrage` is not a built-in criterion, so it needs `field` and `kind`; did you mean `coverage`?"), "{all}");
    let all = errors("[criteria.price]\nweight = 1\nfield = \"extra.p\"\n");
    assert!(
        all.contains("needs `kind`; built-in criteria are response_sla"),
        "{all}"
    );
}

#[test]
fn unknown_kind_scale_and_policy_list_the_valid_values() {
    let all = errors(
        "unknown = \"ignore\"\n[criteria.p]\nweight = 1\nfield = \"extra.p\"\nkind = \"nmber\"\n",
    );
    assert!(
        all.contains(
            "`unknown`: `ignore` is not a valid unknown policy; use `zero`, `half` or `skip`"
        ),
        "{all}"
    );
    assert!(
        all.contains("`criteria.p.kind`: `nmber` is not a valid kind; use `number`, `bool`"),
        "{all}"
    );
    assert!(all.contains("did you mean `number`?"), "{all}");
    let all = errors("[criteria.version_support]\nweight = 1\nscale = \"logarithmic\"\n");
    assert!(all.contains("`criteria.version_support.scale`: `logarithmic` is not a valid scale; use `linear` or `log`"), "{all}");
}

#[test]
fn best_equal_to_worst_and_log_below_zero_are_errors() {
    assert!(
        errors("[criteria.version_support]\nweight = 1\nbest = 12\nworst = 12\n")
            .contains("they must differ")
    );
    let all = errors("[criteria.p]\nweight = 1\nfield = \"extra.p\"\nkind = \"number\"\nbest = 0\nworst = 10\nscale = \"log\"\n");
    assert!(
        all.contains("s.toml:5:8: error: `criteria.p.best`: 0 is too small for a log scale: `best` and `worst` are at least 0.000001 (10⁻⁶) there"),
        "{all}"
    );
    assert!(
        errors("[criteria.p]\nweight = 1\nfield = \"extra.p\"\nkind = \"number\"\n")
            .contains("needs `best` and `worst`")
    );
}

#[test]
fn require_must_fit_the_kind() {
    let all = errors("[criteria.coverage]\nweight = 1\nrequire = \"24x6\"\n");
    assert!(all.contains("`criteria.coverage.require`: `24x6` is not a level of support.coverage; use `24x7`, `24x5`, `business-hours` or `none`; did you mean `24x7`?"), "{all}");
    let all = errors("[criteria.version_support]\nweight = 1\nrequire = true\n");
    assert!(all.contains("`require` fits bool and level criteria; for kind `number` use `max`, `min` or `min_score`"), "{all}");
    let all = errors("[criteria.escalation]\nweight = 1\nrequire = \"yes\"\n");
    assert!(
        all.contains("a bool criterion requires true or false, found a string"),
        "{all}"
    );
    let all = errors("[criteria.escalation]\nweight = 1\nmax = 3\n");
    assert!(
        all.contains("`max` fits number, duration, age and availability criteria"),
        "{all}"
    );
}

#[test]
fn industry_fit_and_overseas_need_an_audience() {
    let all =
        errors("[criteria.industry_fit]\nweight = 1\n[criteria.overseas_support]\nweight = 1\n");
    assert!(all.contains("`criteria.industry_fit`: `industry_fit` scores the buyer's industry, and the scorecard has none; add `industry = \"social\"` at the top or pass --industry"), "{all}");
    assert!(
        all.contains("`criteria.overseas_support`: `overseas_support` scores the buyer's regions"),
        "{all}"
    );
}

#[test]
fn misspelled_keys_suggest_the_valid_one() {
    let all = errors("industy = \"social\"\n[criteria.coverage]\nwieght = 1\nweight = 1\n");
    assert!(
        all.contains(
            "scorecards/s.toml:1:1: error: `industy`: unknown key; did you mean `industry`?"
        ),
        "{all}"
    );
    assert!(all.contains("scorecards/s.toml:3:1: error: `criteria.coverage.wieght`: unknown key; did you mean `weight`?"), "{all}");
}

#[test]
fn kind_must_fit_the_field() {
    let all = errors("[criteria.x]\nweight = 1\nfield = \"support.coverage\"\nkind = \"number\"\nbest = 1\nworst = 2\n");
    assert!(
        all.contains(
            "`support.coverage` holds a level, which kind `number` cannot score; use kind `level`"
        ),
        "{all}"
    );
    let all = errors("[criteria.x]\nweight = 1\nfield = \"support.covrage\"\nkind = \"level\"\n");
    assert!(
        all.contains("`support.covrage` is not a profile field; did you mean `support.coverage`?"),
        "{all}"
    );
}

#[test]
fn severity_applies_to_response_criteria_only() {
    assert!(
        errors("[criteria.coverage]\nweight = 1\nseverity = \"high\"\n")
            .contains("applies to response_sla and resolution_sla only")
    );
    assert!(
        errors("[criteria.response_sla]\nweight = 1\nseverity = \"urgent\"\n")
            .contains("use `critical`, `high`, `normal` or `low`")
    );
}

#[test]
fn vocabulary_misses_in_the_audience_are_warnings() {
    let (c, messages) =
        load("industry = \"educaton\"\nregions = [\"erope\"]\n[criteria.coverage]\nweight = 1\n");
    assert!(c.is_some());
    let all = messages.join("\n");
    assert!(
        all.contains(
            "warning: `industry`: `educaton` is not a known value; did you mean `education`?"
        ),
        "{all}"
    );
    assert!(
        all.contains("warning: `regions`: `erope` is not a known value; did you mean `europe`?"),
        "{all}"
    );
}

#[test]
fn numbers_are_at_most_a_trillion_either_side_and_log_bounds_at_least_a_millionth() {
    let custom = |params: &str| {
        format!("[criteria.p]\nweight = 1\nfield = \"extra.p\"\nkind = \"number\"\n{params}\n")
    };
    let all = errors(&custom("best = -1e308\nworst = 1e308"));
    assert!(all.contains("s.toml:5:8: error: `criteria.p.best`: -1e308 is too large; numbers in a scorecard are at most 1000000000000 (10¹²)"), "{all}");
    assert!(
        all.contains("s.toml:6:9: error: `criteria.p.worst`: 1e308 is too large"),
        "{all}"
    );
    for params in [
        "best = 1\nworst = 2\nmax = 1e13",
        "best = 1\nworst = 2\nmin = -1000000000001",
        "best = 1\nworst = 2\nmin_score = 1e300",
    ] {
        assert!(errors(&custom(params)).contains("is too large"), "{params}");
    }
    card(&custom(
        "best = -1e12\nworst = 1e12\nmax = 1e12\nmin = -1e12",
    ));
    let all = errors(&custom("best = 1e-308\nworst = 10\nscale = \"log\""));
    assert!(
        all.contains("s.toml:5:8: error: `criteria.p.best`: 1e-308 is too small for a log scale"),
        "{all}"
    );
    let all = errors("[criteria.response_sla]\nweight = 1\nworst = \"0 min\"\n");
    assert!(
        all.contains(
            "s.toml:3:9: error: `criteria.response_sla.worst`: 0 is too small for a log scale"
        ),
        "{all}"
    );
    card(&custom("best = 1e-6\nworst = 1e12\nscale = \"log\""));
}

#[test]
fn criterion_ids_are_1_to_64_ascii_letters_digits_underscores_and_hyphens() {
    let criterion = |id: &str| {
        format!("[criteria.{id}]\nweight = 1\nfield = \"extra.p\"\nkind = \"number\"\nbest = 1\nworst = 2\n")
    };
    for id in [
        "\"\"",
        "\" \"",
        "\"a b\"",
        "\"café\"",
        "\"a.b\"",
        &"x".repeat(65),
    ] {
        let all = errors(&criterion(id));
        assert!(
            all.contains("s.toml:1:11: error: `criteria."),
            "{id}: {all}"
        );
        assert!(
            all.contains("is not a valid criterion id; an id is 1 to 64 characters"),
            "{id}: {all}"
        );
    }
    for id in ["a", "price_2026-q1", &"x".repeat(64)] {
        card(&criterion(id));
    }
}

#[test]
fn repeated_list_values_count_once_with_a_warning() {
    let (card, messages) = load(
        "regions = [\"europe\", \"africa\", \"europe\"]\n[criteria.channels]\nweight = 1\nwant = [\"phone\", \"chat\", \"phone\"]\n",
    );
    let card = card.unwrap();
    assert_eq!(card.regions, ["europe", "africa"]);
    assert_eq!(card.criteria[0].want(), ["phone", "chat"]);
    assert_eq!(
        messages,
        [
            "scorecards/s.toml:1:32: warning: `regions`: `europe` is listed twice; it counts once",
            "scorecards/s.toml:4:26: warning: `criteria.channels.want`: `phone` is listed twice; it counts once",
        ]
    );
    let audience = Audience {
        regions: vec!["china".into(), "china".into()],
        ..Audience::default()
    };
    let (card, _) = load_with("[criteria.coverage]\nweight = 1\n", &audience);
    assert_eq!(card.unwrap().regions, ["china"]);
}

#[test]
fn a_cost_table_takes_the_defaults_of_spec_10() {
    let c = card("[cost]\noutage_cost_per_hour = 5000\n[criteria.coverage]\nweight = 1\n");
    let cost = c.cost.unwrap();
    assert_eq!(cost.currency, "USD");
    assert_eq!(cost.incidents_per_year, [2.0, 6.0, 0.0, 0.0]);
    assert_eq!(cost.impact, [1.0, 0.25, 0.05, 0.0]);
    assert_eq!(cost.monthly_spend, None);
    let c = card("[cost]\ncurrency = \"CNY\"\nmonthly_spend = 20000\noutage_cost_per_hour = 100\nincidents_per_year = { high = 1 }\nimpact = { low = 0.5 }\nrates = { USD = 7.1 }\n[criteria.coverage]\nweight = 1\n");
    let cost = c.cost.unwrap();
    assert_eq!(cost.incidents_per_year, [2.0, 1.0, 0.0, 0.0]);
    assert_eq!(cost.impact, [1.0, 0.25, 0.05, 0.5]);
    assert_eq!(cost.rate("USD"), Some(7.1));
    assert_eq!(cost.rate("CNY"), Some(1.0));
    assert_eq!(cost.rate("EUR"), None);
}

#[test]
fn cost_problems_are_errors_with_position_and_hint() {
    let text = "[cost]\ncurrency = \"usd\"\nmonthly_spnd = 1\nincidents_per_year = { critcal = 2 }\nimpact = { high = 1.5 }\nrates = { CNY = 0, eur = 1 }\n[criteria.coverage]\nweight = 1\n";
    let e = errors(text);
    assert!(
        e.contains("s.toml:2:") && e.contains("cost.currency") && e.contains("ISO 4217"),
        "{e}"
    );
    assert!(
        e.contains("s.toml:3:") && e.contains("did you mean `monthly_spend`"),
        "{e}"
    );
    assert!(
        e.contains("s.toml:4:")
            && e.contains("cost.incidents_per_year.critcal")
            && e.contains("did you mean `critical`"),
        "{e}"
    );
    assert!(
        e.contains("s.toml:5:") && e.contains("cost.impact.high") && e.contains("from 0 to 1"),
        "{e}"
    );
    assert!(
        e.contains("cost.rates.CNY") && e.contains("more than 0"),
        "{e}"
    );
    assert!(
        e.contains("cost.rates.eur") && e.contains("ISO 4217"),
        "{e}"
    );
    assert!(e.contains("needs `outage_cost_per_hour`"), "{e}");
    let negative = errors("[cost]\noutage_cost_per_hour = -1\n[criteria.coverage]\nweight = 1\n");
    assert!(
        negative.contains("cost.outage_cost_per_hour") && negative.contains("0 or more"),
        "{negative}"
    );
}
