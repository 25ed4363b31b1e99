//! Trial tickets and the cost of support in words (SPEC §9, §10): verdicts, the ticket lines
//! of `--explain`, the headers and summaries of `sdkvet trial` and `sdkvet cost`, and the
//! notes naming what a cost lacks, in English and Chinese.

use super::findings::minutes;
use super::Lang;
use crate::model::cost::{BreakEven, Missing};
use crate::model::trial::{Deadline, TicketResult, Verdict};
use crate::util::escape::escape_control;
use crate::util::number::format_number;

/// A verdict in words.
pub fn verdict(verdict: Verdict, lang: Lang) -> &'static str {
    match (verdict, lang) {
        (Verdict::Kept, Lang::En) => "kept",
        (Verdict::Broken, Lang::En) => "broken",
        (Verdict::Open, Lang::En) => "open",
        (Verdict::NoPromise, Lang::En) => "no promise",
        (Verdict::Kept, Lang::Zh) => "已兑现",
        (Verdict::Broken, Lang::Zh) => "未兑现",
        (Verdict::Open, Lang::Zh) => "待定",
        (Verdict::NoPromise, Lang::Zh) => "无承诺",
    }
}

/// The heading of the ticket lines under a vendor's `--explain`.
pub fn tickets_heading(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Trial tickets:",
        Lang::Zh => "试用工单：",
    }
}

/// A deadline in words: the instant in UTC, or "out of reach".
pub fn deadline(deadline: Option<Deadline>, lang: Lang) -> String {
    match (deadline, lang) {
        (Some(Deadline::At(at)), _) => at.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
        (Some(Deadline::OutOfReach), Lang::En) => "out of reach".to_string(),
        (Some(Deadline::OutOfReach), Lang::Zh) => "遥不可及".to_string(),
        (None, _) => String::new(),
    }
}

/// The promise as written with its minutes: "4 business hours (896 min)".
pub fn promise(result: &TicketResult, lang: Lang) -> String {
    match result.promise {
        Some((duration, m)) if duration.is_bare_minutes() => minutes(m, lang),
        Some((duration, m)) => {
            super::bracketed(lang, &escape_control(&duration.text), &minutes(m, lang))
        }
        None => String::new(),
    }
}

/// One ticket under `--explain`: "#1 high, opened …: promised …, due …; first response
/// after 75 min: kept".
pub fn ticket_line(result: &TicketResult, lang: Lang) -> String {
    let t = result.ticket;
    let due = deadline(result.deadline, lang);
    let observed = result.observed.map(|m| minutes(m, lang));
    let verdict = verdict(result.verdict, lang);
    let (severity, opened) = (escape_control(&t.severity), t.opened.to_string());
    match lang {
        Lang::En => {
            let promised = match result.promise {
                Some(_) => format!("promised {}, due {due}", promise(result, lang)),
                None => "no promise for this severity".to_string(),
            };
            let answer = observed.map_or("no first response yet".to_string(), |m| {
                format!("first response after {m}")
            });
            format!(
                "#{} {severity}, opened {opened}: {promised}; {answer}: {verdict}",
                t.number
            )
        }
        Lang::Zh => {
            let promised = match result.promise {
                Some(_) => format!("承诺 {}，截止 {due}", promise(result, lang)),
                None => "该级别没有承诺".to_string(),
            };
            let answer = observed.map_or("尚未首次响应".to_string(), |m| {
                format!("首次响应用时 {m}")
            });
            format!(
                "#{} {severity}，提交于 {opened}：{promised}；{answer}：{verdict}",
                t.number
            )
        }
    }
}

/// What a cost lacks, in words.
pub fn missing(missing: &Missing, lang: Lang) -> String {
    match (missing, lang) {
        (Missing::Price, Lang::En) => "no [price] in the profile".to_string(),
        (Missing::Price, Lang::Zh) => "资料中没有 [price]".to_string(),
        (Missing::MonthlySpend, Lang::En) => {
            "a percent-of-spend plan, and [cost] has no monthly_spend".to_string()
        }
        (Missing::MonthlySpend, Lang::Zh) => {
            "按账单比例收费，但 [cost] 中没有 monthly_spend".to_string()
        }
        (Missing::Rate(code), Lang::En) => {
            format!("no rate for {} in [cost] rates", escape_control(code))
        }
        (Missing::Rate(code), Lang::Zh) => {
            format!("[cost] 的 rates 中没有 {} 的汇率", escape_control(code))
        }
        (Missing::Promise(severity), Lang::En) => {
            format!("no first-response promise for {severity}")
        }
        (Missing::Promise(severity), Lang::Zh) => format!("没有 {severity} 级别的首次响应承诺"),
        (Missing::Availability, Lang::En) => "no sla.availability".to_string(),
        (Missing::Availability, Lang::Zh) => "没有 sla.availability".to_string(),
    }
}

/// The notes of a cost: what is missing, joined.
pub fn missing_note(missing_parts: &[Missing], lang: Lang) -> String {
    let parts: Vec<String> = missing_parts.iter().map(|m| missing(m, lang)).collect();
    if parts.is_empty() {
        return String::new();
    }
    match lang {
        Lang::En => format!("unknown: {}", parts.join("; ")),
        Lang::Zh => format!("未知：{}", parts.join("；")),
    }
}

/// A break-even outage cost in words (empty for the cheapest).
pub fn break_even(even: BreakEven, lang: Lang) -> String {
    match (even, lang) {
        (BreakEven::Cheapest, _) | (BreakEven::Unknown, _) => String::new(),
        (BreakEven::PerHour(per_hour), _) => format_number(per_hour.round()),
        (BreakEven::Never, Lang::En) => "never".to_string(),
        (BreakEven::Never, Lang::Zh) => "从不".to_string(),
    }
}

/// The cheapest vendor's break-even cell: it is the baseline.
pub fn baseline(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "baseline",
        Lang::Zh => "基准",
    }
}

/// The headers of `sdkvet trial`, in the order of its CSV columns.
pub fn trial_labels(lang: Lang) -> Vec<String> {
    let labels: [&str; 11] = match lang {
        Lang::En => [
            "Vendor id",
            "Vendor",
            "Plan",
            "#",
            "Severity",
            "Opened",
            "Promised",
            "Deadline (UTC)",
            "First response",
            "Observed",
            "Verdict",
        ],
        Lang::Zh => [
            "厂商编号",
            "厂商",
            "套餐",
            "#",
            "级别",
            "提交时间",
            "承诺",
            "截止时间（UTC）",
            "首次响应",
            "实际用时",
            "结论",
        ],
    };
    labels.iter().map(|l| l.to_string()).collect()
}

/// The headers of `sdkvet cost`, in the order of its CSV columns.
pub fn cost_labels(lang: Lang) -> Vec<String> {
    let labels: [&str; 10] = match lang {
        Lang::En => [
            "Vendor id",
            "Vendor",
            "Plan",
            "Currency",
            "Support",
            "Waiting",
            "Downtime",
            "Total",
            "Break-even per outage hour",
            "Notes",
        ],
        Lang::Zh => [
            "厂商编号",
            "厂商",
            "套餐",
            "币种",
            "服务费",
            "等待损失",
            "停机损失",
            "合计",
            "盈亏平衡（每小时故障损失）",
            "备注",
        ],
    };
    labels.iter().map(|l| l.to_string()).collect()
}

/// A vendor's ticket summary: "alpha: 2 tickets, 1 kept, 1 broken, 0 open; median first
/// response: high 90.5 h".
pub fn trial_summary(
    vendor: &str,
    summary: &crate::model::trial::TrialSummary,
    lang: Lang,
) -> String {
    let medians: Vec<String> = crate::model::schema::SEVERITIES
        .iter()
        .zip(summary.median)
        .filter_map(|(severity, median)| median.map(|m| format!("{severity} {}", minutes(m, lang))))
        .collect();
    let s = summary;
    match lang {
        Lang::En => {
            let medians = if medians.is_empty() {
                "none".to_string()
            } else {
                medians.join(", ")
            };
            let tickets = super::findings::tickets(s.tickets, lang).replace(" trial", "");
            format!("{vendor}: {tickets}, {} kept, {} broken, {} open, {} without a promise; median first response: {medians}", s.kept, s.broken, s.open, s.no_promise)
        }
        Lang::Zh => {
            let medians = if medians.is_empty() {
                "无".to_string()
            } else {
                medians.join("，")
            };
            format!("{vendor}：共 {} 张工单，已兑现 {}，未兑现 {}，待定 {}，无承诺 {}；首次响应中位数：{medians}", s.tickets, s.kept, s.broken, s.open, s.no_promise)
        }
    }
}

/// The heading of the per-vendor summary of `sdkvet trial`.
pub fn summary_heading(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Per vendor:",
        Lang::Zh => "各厂商汇总：",
    }
}

/// The line above `sdkvet cost`'s table: currency, outage cost and what break-even means.
pub fn cost_heading(currency: &str, per_hour: f64, lang: Lang) -> String {
    let (currency, per_hour) = (escape_control(currency), format_number(per_hour));
    match lang {
        Lang::En => format!("Yearly cost of support in {currency}, an outage hour costing {per_hour}. Break-even: the outage cost per hour above which a dearer plan costs less in total than the cheapest."),
        Lang::Zh => format!("每年的技术支持成本（{currency}），按每小时故障损失 {per_hour} 计算。盈亏平衡：每小时故障损失高于该值时，较贵的套餐总成本反而低于最便宜的套餐。"),
    }
}

/// Why `sdkvet cost` cannot run: the scorecard has no `[cost]`; with an example.
pub fn no_cost_table(scorecard: &str, lang: Lang) -> String {
    let (scorecard, example) = (escape_control(scorecard), crate::model::cost::COST_EXAMPLE);
    match lang {
        Lang::En => format!("the scorecard {scorecard} has no [cost] table, which `sdkvet cost` needs; add one, for example:\n{example}"),
        Lang::Zh => format!("评分卡 {scorecard} 中没有 [cost] 表，而 `sdkvet cost` 需要它。请添加，例如：\n{example}"),
    }
}

/// After `trial add`: "Recorded ticket 3 in vendors/alpha.toml."
pub fn ticket_recorded(number: usize, file: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Recorded ticket {number} in {file}."),
        Lang::Zh => format!("已在 {file} 中记录第 {number} 张工单。"),
    }
}

/// After `trial update`.
pub fn ticket_updated(number: usize, file: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Updated ticket {number} in {file}."),
        Lang::Zh => format!("已更新 {file} 中的第 {number} 张工单。"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::punctuation::ascii_punctuation_beside_chinese;

    #[test]
    fn chinese_phrases_take_chinese_punctuation() {
        let texts = [
            tickets_heading(Lang::Zh).to_string(),
            missing_note(&[Missing::Price, Missing::Promise("high")], Lang::Zh),
            missing(&Missing::MonthlySpend, Lang::Zh),
            verdict(Verdict::NoPromise, Lang::Zh).to_string(),
        ];
        for text in texts {
            assert_eq!(ascii_punctuation_beside_chinese(&text), None, "{text}");
        }
    }
}
