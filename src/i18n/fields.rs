//! Profile fields and their values in words (SPEC §6, §14): one label per schema field in
//! English and Chinese, and the wording of a fact's value with its unit — yes/no, levels in
//! words, lists joined as each language joins them, durations as written plus minutes,
//! numbers with the field's unit. Questions quote values this way, never as file keys or TOML.

use super::{bracketed, Lang};
use crate::model::fact::{Fact, Level, LevelScale};
use crate::model::schema::{self, FieldType, Range};
use crate::util::escape::escape_control;
use crate::util::number::format_number;

/// Every schema field's label: path, English, Chinese.
const LABELS: &[(&str, &str, &str)] = &[
    ("name", "vendor name", "厂商名称"),
    ("plan", "plan", "服务套餐"),
    ("website", "website", "官网"),
    ("products", "products", "产品"),
    ("as_of", "date the facts were checked", "资料核实日期"),
    ("support.coverage", "support coverage", "技术支持时段"),
    ("support.channels", "support channels", "支持渠道"),
    (
        "support.dedicated_engineer",
        "dedicated support engineer",
        "专属技术支持工程师",
    ),
    (
        "support.customer_success_manager",
        "customer success manager",
        "客户成功经理",
    ),
    (
        "support.in_house",
        "support staffed in-house",
        "自有支持团队（非外包）",
    ),
    (
        "support.escalation_path",
        "documented escalation path",
        "成文的升级通道",
    ),
    ("support.languages", "support languages", "支持语言"),
    (
        "support.business_hours_per_week",
        "support hours per week",
        "每周支持时长",
    ),
    ("support.hours.days", "support days", "支持日"),
    ("support.hours.start", "support opens at", "支持开始时间"),
    ("support.hours.end", "support closes at", "支持结束时间"),
    (
        "support.hours.time_zone",
        "time zone of support hours",
        "支持时段所用时区",
    ),
    (
        "support.hours.holidays",
        "days without support",
        "不提供支持的日期",
    ),
    (
        "support.first_response.critical",
        "first response for critical issues",
        "紧急故障首次响应时间",
    ),
    (
        "support.first_response.high",
        "first response for high-severity issues",
        "高优先级问题首次响应时间",
    ),
    (
        "support.first_response.normal",
        "first response for normal issues",
        "一般技术问题首次响应时间",
    ),
    (
        "support.first_response.low",
        "first response for low-severity issues",
        "咨询类问题首次响应时间",
    ),
    (
        "support.resolution.critical",
        "resolution time for critical issues",
        "紧急故障解决时间",
    ),
    (
        "support.resolution.high",
        "resolution time for high-severity issues",
        "高优先级问题解决时间",
    ),
    (
        "support.resolution.normal",
        "resolution time for normal issues",
        "一般技术问题解决时间",
    ),
    (
        "support.resolution.low",
        "resolution time for low-severity issues",
        "咨询类问题解决时间",
    ),
    (
        "sla.availability",
        "guaranteed availability",
        "承诺的服务可用性",
    ),
    ("sla.written", "written SLA", "书面 SLA"),
    (
        "sla.service_credits",
        "service credits when the SLA is missed",
        "未达 SLA 时的服务补偿",
    ),
    (
        "docs.last_updated",
        "documentation last updated",
        "文档最近更新日期",
    ),
    ("docs.quickstart", "quick-start guide", "快速入门指南"),
    ("docs.api_reference", "API reference", "API 参考文档"),
    ("docs.faq", "FAQ", "常见问题解答"),
    (
        "docs.troubleshooting",
        "troubleshooting guide",
        "故障排查指南",
    ),
    (
        "docs.best_practices",
        "best-practice guides",
        "最佳实践指南",
    ),
    ("docs.changelog", "public changelog", "公开的更新日志"),
    ("fit.industries", "industries served", "服务的行业"),
    ("fit.reference_customers", "reference customers", "参考客户"),
    ("overseas.regions", "regions served", "服务地区"),
    (
        "overseas.local_support",
        "regions with local support",
        "提供本地支持的地区",
    ),
    (
        "overseas.data_residency",
        "data residency regions",
        "可选的数据存储地区",
    ),
    (
        "security.certifications",
        "security certifications",
        "安全认证",
    ),
    (
        "security.encryption_in_transit",
        "encryption in transit",
        "传输加密",
    ),
    (
        "lifecycle.version_support_months",
        "support period of a version",
        "单个版本的支持期",
    ),
    (
        "lifecycle.upgrade_notice_days",
        "notice before breaking upgrades",
        "不兼容升级的提前通知期",
    ),
    ("process.ticket_tracking", "ticket tracking", "工单跟踪"),
    (
        "process.post_incident_reports",
        "post-incident reports",
        "故障复盘报告",
    ),
    ("process.service_reports", "service reports", "服务报告"),
    (
        "process.status_page",
        "public status page",
        "公开的服务状态页",
    ),
    ("process.training", "training", "培训"),
    ("price.currency", "currency of the price", "计价货币"),
    ("price.annual", "yearly price", "年费"),
    ("price.monthly", "monthly price", "月费"),
    (
        "price.percent_of_spend",
        "price as a percent of the platform bill",
        "按平台账单比例收费",
    ),
    (
        "price.minimum_monthly",
        "minimum monthly charge",
        "每月最低收费",
    ),
];

/// Levels in words: scale, level name, English, Chinese.
const LEVELS: &[(LevelScale, &str, &str, &str)] = &[
    (
        LevelScale::Coverage,
        "24x7",
        "24 hours, 7 days a week",
        "7×24 小时",
    ),
    (
        LevelScale::Coverage,
        "24x5",
        "24 hours, 5 days a week",
        "5×24 小时（工作日全天）",
    ),
    (
        LevelScale::Coverage,
        "business-hours",
        "business hours only",
        "仅工作时间",
    ),
    (LevelScale::Coverage, "none", "none", "无"),
    (LevelScale::ServiceReports, "monthly", "monthly", "每月"),
    (
        LevelScale::ServiceReports,
        "quarterly",
        "quarterly",
        "每季度",
    ),
    (LevelScale::ServiceReports, "none", "none", "无"),
];

/// A field's label in the language; a field of `[extra]` (or any other) is named by its key.
pub fn label(path: &str, lang: Lang) -> String {
    match LABELS.iter().find(|(p, _, _)| *p == path) {
        Some((_, en, zh)) => pick(lang, en, zh).to_string(),
        None => escape_control(schema::leaf(path)),
    }
}

fn pick<'a>(lang: Lang, en: &'a str, zh: &'a str) -> &'a str {
    match lang {
        Lang::En => en,
        Lang::Zh => zh,
    }
}

/// A level in words: "24 hours, 7 days a week", "7×24 小时".
pub fn level(level: Level, lang: Lang) -> &'static str {
    LEVELS
        .iter()
        .find(|(scale, name, _, _)| *scale == level.scale && *name == level.name())
        .map_or(level.name(), |(_, _, en, zh)| pick(lang, en, zh))
}

/// "yes", "否".
pub fn yes_no(value: bool, lang: Lang) -> &'static str {
    match (value, lang) {
        (true, Lang::En) => "yes",
        (false, Lang::En) => "no",
        (true, Lang::Zh) => "是",
        (false, Lang::Zh) => "否",
    }
}

/// Minutes, rounded to a tenth: "720 min", "720 分钟".
fn minutes(minutes: f64, lang: Lang) -> String {
    let rounded = format_number((minutes * 10.0).round() / 10.0);
    match lang {
        Lang::En => format!("{rounded} min"),
        Lang::Zh => format!("{rounded} 分钟"),
    }
}

/// A fact's value in words with its unit. `week` is the vendor's support week in hours,
/// which business-time durations need to give minutes.
pub fn value(path: &str, fact: &Fact, week: f64, lang: Lang) -> String {
    match fact {
        Fact::Bool(b) => yes_no(*b, lang).to_string(),
        Fact::Level(l) => level(*l, lang).to_string(),
        Fact::List(items) => list(items, lang),
        Fact::Number(n) => number(path, *n, lang),
        Fact::Duration(d) if d.is_bare_minutes() => minutes(d.minutes(week), lang),
        Fact::Duration(d) => {
            let text = escape_control(&d.text);
            bracketed(lang, &text, &minutes(d.minutes(week), lang))
        }
        Fact::Date(date) => date.to_string(),
        Fact::Text(text) => escape_control(text),
    }
}

fn list(items: &[String], lang: Lang) -> String {
    let items: Vec<String> = items.iter().map(|i| escape_control(i)).collect();
    match (items.is_empty(), lang) {
        (true, Lang::En) => "none".to_string(),
        (true, Lang::Zh) => "无".to_string(),
        (false, Lang::En) => items.join(", "),
        (false, Lang::Zh) => items.join("、"),
    }
}

/// A number with the unit its field counts in.
fn number(path: &str, value: f64, lang: Lang) -> String {
    let n = format_number(value);
    let range = schema::field(path).and_then(|spec| match spec.ty {
        FieldType::Number(range) => Some(range),
        _ => None,
    });
    match (range, schema::leaf(path), lang) {
        (Some(Range::Percent), _, _) => format!("{n}%"),
        (Some(Range::WeekHours), _, Lang::En) => format!("{n} hours"),
        (Some(Range::WeekHours), _, Lang::Zh) => format!("{n} 小时"),
        (_, leaf, Lang::En) if leaf.ends_with("_months") => format!("{n} months"),
        (_, leaf, Lang::Zh) if leaf.ends_with("_months") => format!("{n} 个月"),
        (_, leaf, Lang::En) if leaf.ends_with("_days") => format!("{n} days"),
        (_, leaf, Lang::Zh) if leaf.ends_with("_days") => format!("{n} 天"),
        _ => n,
    }
}

/// A field and its value in words: "first response for critical issues: 1 hour (60 min)",
/// "专属技术支持工程师：是".
pub fn stated(path: &str, fact: &Fact, week: f64, lang: Lang) -> String {
    let value = value(path, fact, week, lang);
    match lang {
        Lang::En => format!("{}: {value}", label(path, lang)),
        Lang::Zh => format!("{}：{value}", label(path, lang)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::punctuation::{ascii_punctuation_beside_chinese, is_chinese};
    use crate::model::duration::Duration;

    #[test]
    fn every_schema_field_has_a_label_in_both_languages() {
        for field in schema::FIELDS {
            let row = LABELS.iter().find(|(p, _, _)| *p == field.path);
            let (_, en, zh) = row.unwrap_or_else(|| panic!("no label for {}", field.path));
            assert!(!en.chars().any(is_chinese), "{en}");
            assert!(zh.chars().any(is_chinese), "{zh}");
            assert_eq!(ascii_punctuation_beside_chinese(zh), None, "{zh}");
        }
        assert_eq!(LABELS.len(), schema::FIELDS.len());
    }

    #[test]
    fn every_level_has_words() {
        for scale in [LevelScale::Coverage, LevelScale::ServiceReports] {
            for l in scale.levels() {
                assert!(level(l, Lang::Zh).chars().any(is_chinese), "{l}");
            }
        }
    }

    #[test]
    fn values_in_words_with_their_unit() {
        let hour = Fact::Duration(Duration::parse("1 hour").unwrap());
        let path = "support.first_response.critical";
        assert_eq!(
            stated(path, &hour, 40.0, Lang::En),
            "first response for critical issues: 1 hour (60 min)"
        );
        assert_eq!(
            stated(path, &hour, 40.0, Lang::Zh),
            "紧急故障首次响应时间：1 hour（60 分钟）"
        );
        let yes = Fact::Bool(true);
        let engineer = "support.dedicated_engineer";
        assert_eq!(
            stated(engineer, &yes, 40.0, Lang::Zh),
            "专属技术支持工程师：是"
        );
        assert_eq!(
            stated(engineer, &yes, 40.0, Lang::En),
            "dedicated support engineer: yes"
        );
        let list = Fact::List(vec!["en".into(), "zh".into()]);
        assert_eq!(value("support.languages", &list, 40.0, Lang::Zh), "en、zh");
        let percent = Fact::Number(99.9);
        assert_eq!(value("sla.availability", &percent, 40.0, Lang::En), "99.9%");
        let days = Fact::Number(30.0);
        assert_eq!(
            value("lifecycle.upgrade_notice_days", &days, 40.0, Lang::Zh),
            "30 天"
        );
        let coverage = Fact::Level(LevelScale::Coverage.level("24x7").unwrap());
        assert_eq!(
            value("support.coverage", &coverage, 40.0, Lang::Zh),
            "7×24 小时"
        );
    }

    #[test]
    fn extra_fields_are_named_by_their_key() {
        assert_eq!(label("extra.price", Lang::Zh), "price");
    }
}
