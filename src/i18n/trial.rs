//! Trial tickets and the cost of support in words (SPEC §9, §10): verdicts, the ticket lines
//! of `--explain`, the headers and summaries of `sdkvet trial` and `sdkvet cost`, and the
//! notes naming what a cost lacks, in English and Chinese.

use super::diagnostics::{did_you_mean, one_of};
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

// ---- problems with tickets in a profile (SPEC §9); values come escaped by the diagnostic line

/// A key of a `[[trial.tickets]]` entry that is not one of `keys`.
pub fn unknown_ticket_key(lang: Lang, keys: &[&str], closest: Option<&str>) -> String {
    let (all, hint) = (one_of(lang, keys), did_you_mean(lang, closest));
    match lang {
        Lang::En => format!("unknown key in a ticket; valid keys are {all}{hint}"),
        Lang::Zh => format!("工单中有未知的键；可用的键有 {all}{hint}"),
    }
}

/// A ticket without `severity` (one of `severities`) or without `opened`.
pub fn ticket_needs(lang: Lang, key: &str, severities: &[&str]) -> String {
    let all = one_of(lang, severities);
    match (lang, key) {
        (Lang::En, "severity") => format!("a ticket needs `severity`; one of {all}"),
        (Lang::En, _) => {
            format!("a ticket needs `{key}`; write it like {key} = 2026-11-03T10:05:00+08:00")
        }
        (Lang::Zh, "severity") => format!("工单缺少 `severity`；可选 {all}"),
        (Lang::Zh, _) => {
            format!("工单缺少 `{key}`；写法如 {key} = 2026-11-03T10:05:00+08:00")
        }
    }
}

pub fn not_a_severity(
    lang: Lang,
    word: &str,
    severities: &[&str],
    closest: Option<&str>,
) -> String {
    let (all, hint) = (one_of(lang, severities), did_you_mean(lang, closest));
    match lang {
        Lang::En => format!("`{word}` is not a severity; use {all}{hint}"),
        Lang::Zh => format!("`{word}` 不是严重级别；请用 {all}{hint}"),
    }
}

/// A ticket time earlier than its `opened` time.
pub fn before_opened(lang: Lang, time: &str, opened: &str) -> String {
    match lang {
        Lang::En => format!("{time} is before the ticket was opened ({opened})"),
        Lang::Zh => format!("{time} 早于工单的提交时间（{opened}）"),
    }
}

/// A ticket with a time after the evaluation date, left out.
pub fn ticket_after_evaluation(
    lang: Lang,
    number: usize,
    latest: &str,
    evaluation: &str,
) -> String {
    match lang {
        Lang::En => format!("ticket {number} has a time ({latest}) after the evaluation date {evaluation}; the ticket is ignored"),
        Lang::Zh => format!("第 {number} 张工单的时间（{latest}）晚于评估日期 {evaluation}；该工单不计入"),
    }
}

/// A TOML date-time without a UTC offset.
pub fn no_offset(lang: Lang, written: &str) -> String {
    match lang {
        Lang::En => format!("{written} has no UTC offset; write it like 2026-11-03T10:05:00+08:00 or 2026-11-03T02:05:00Z"),
        Lang::Zh => format!("{written} 没有 UTC 时差；请写成 2026-11-03T10:05:00+08:00 或 2026-11-03T02:05:00Z 这样的形式"),
    }
}

/// Text that is not an RFC 3339 date-time with an offset.
pub fn not_an_offset_date_time(lang: Lang, text: &str) -> String {
    let text = escape_control(text);
    match lang {
        Lang::En => format!(
            "`{text}` is not a date-time with an offset; write it like 2026-11-03T10:05:00+08:00"
        ),
        Lang::Zh => {
            format!("`{text}` 不是带时差的日期时间；请写成 2026-11-03T10:05:00+08:00 这样的形式")
        }
    }
}

// ---- `sdkvet trial add` / `trial update`

/// A time argument that is none of the accepted forms.
pub fn not_a_time_argument(lang: Lang, text: &str) -> String {
    let text = escape_control(text);
    match lang {
        Lang::En => format!("`{text}` is not a time; write RFC 3339 (2026-11-03T10:05:00+08:00), YYYY-MM-DD HH:MM (in --tz or the local time zone), or now"),
        Lang::Zh => format!("`{text}` 不是时间；请写 RFC 3339 格式（2026-11-03T10:05:00+08:00）、YYYY-MM-DD HH:MM（按 --tz 或本地时区），或 now"),
    }
}

/// A local time that cannot be placed in the zone (the time library's reason, in English).
pub fn time_outside_zone(lang: Lang, text: &str, reason: &str) -> String {
    let text = escape_control(text);
    match lang {
        Lang::En => format!("`{text}` cannot be placed in the time zone: {reason}"),
        Lang::Zh => format!("`{text}` 无法换算到该时区：{reason}"),
    }
}

/// A problem with the value of a flag: "--opened: …".
pub fn flag_problem(lang: Lang, flag: &str, problem: &str) -> String {
    match lang {
        Lang::En => format!("{flag}: {problem}"),
        Lang::Zh => format!("{flag}：{problem}"),
    }
}

/// `trial update` without a time to set.
pub fn update_needs_a_time(lang: Lang) -> String {
    match lang {
        Lang::En => "give --responded TIME, --resolved TIME or both".into(),
        Lang::Zh => "请给出 --responded TIME 或 --resolved TIME，也可以两者都给".into(),
    }
}

/// `trial update N` for a ticket the profile does not have.
pub fn no_such_ticket(lang: Lang, number: usize, count: usize) -> String {
    match lang {
        Lang::En => format!(
            "there is no ticket {number}; the profile has {}, numbered from 1 in file order",
            super::findings::tickets(count, lang).replace(" trial", "")
        ),
        Lang::Zh => {
            format!("没有第 {number} 张工单；该资料共有 {count} 张工单，按文件中的顺序从 1 编号")
        }
    }
}

pub fn no_tickets(lang: Lang) -> String {
    match lang {
        Lang::En => "the profile has no [[trial.tickets]]; add one with `sdkvet trial add`".into(),
        Lang::Zh => "该资料中没有 [[trial.tickets]]；请先用 `sdkvet trial add` 添加".into(),
    }
}

/// `trial` or `trial.tickets` written in a form the editor cannot extend.
pub fn tickets_written_otherwise(lang: Lang, key: &str) -> String {
    match (lang, key) {
        (Lang::En, "trial") => "`trial` is not a table; fix it by hand first".into(),
        (Lang::En, _) => {
            format!("`{key}` is not written as [[trial.tickets]] tables; fix it by hand first")
        }
        (Lang::Zh, "trial") => "`trial` 不是表；请先手动改正".into(),
        (Lang::Zh, _) => format!("`{key}` 没有写成 [[trial.tickets]] 表数组；请先手动改正"),
    }
}

/// A time the TOML library would not write as a date-time (its reason, in English).
pub fn cannot_write_time(lang: Lang, time: &str, reason: &str) -> String {
    match lang {
        Lang::En => format!("cannot write {time} as a TOML date-time: {reason}"),
        Lang::Zh => format!("无法把 {time} 写成 TOML 日期时间：{reason}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::punctuation::{ascii_punctuation_beside_chinese, is_chinese};
    use crate::model::duration::Duration;
    use crate::model::trial::{Ticket, TicketTime, TrialSummary};

    fn ticket() -> Ticket {
        Ticket {
            number: 1,
            severity: "high".into(),
            opened: TicketTime::parse("2026-11-03T10:05:00+08:00").unwrap(),
            first_response: None,
            resolved: None,
            channel: None,
            summary: None,
        }
    }

    /// Every phrase of this module, filled with sample values, in the language.
    fn every_phrase(lang: Lang) -> Vec<String> {
        let (ticket, promised) = (ticket(), Duration::parse("4 business hours").unwrap());
        let at = jiff::Timestamp::from_second(1_800_000_000).unwrap();
        let results = [
            (Some((&promised, 896.0)), Some(Deadline::At(at)), Some(75.0)),
            (None, None, None),
        ]
        .map(|(promise, deadline, observed)| TicketResult {
            ticket: &ticket,
            promise,
            deadline,
            observed,
            verdict: Verdict::Kept,
        });
        let summary = TrialSummary {
            tickets: 2,
            kept: 1,
            broken: 1,
            open: 0,
            no_promise: 0,
            median: [None, Some(90.0), None, None],
        };
        let severities = ["critical", "high"];
        let missing_parts = [
            Missing::Price,
            Missing::MonthlySpend,
            Missing::Rate("CNY".into()),
            Missing::Promise("high"),
            Missing::Availability,
        ];
        let mut all: Vec<String> = [
            Verdict::Kept,
            Verdict::Broken,
            Verdict::Open,
            Verdict::NoPromise,
        ]
        .iter()
        .map(|v| verdict(*v, lang).to_string())
        .collect();
        all.extend(results.iter().map(|r| ticket_line(r, lang)));
        all.extend(missing_parts.iter().map(|m| missing(m, lang)));
        all.extend([
            tickets_heading(lang).to_string(),
            deadline(Some(Deadline::OutOfReach), lang),
            promise(&results[0], lang),
            missing_note(&missing_parts, lang),
            break_even(BreakEven::Never, lang),
            baseline(lang).to_string(),
            trial_labels(lang).join(" "),
            cost_labels(lang).join(" "),
            trial_summary("alpha", &summary, lang),
            summary_heading(lang).to_string(),
            cost_heading("USD", 5000.0, lang),
            no_cost_table("scorecards/default.toml", lang),
            ticket_recorded(3, "vendors/alpha.toml", lang),
            ticket_updated(3, "vendors/alpha.toml", lang),
            unknown_ticket_key(lang, &["severity", "opened"], Some("severity")),
            ticket_needs(lang, "severity", &severities),
            ticket_needs(lang, "opened", &severities),
            not_a_severity(lang, "hight", &severities, Some("high")),
            before_opened(lang, "2026-11-03T09:00:00Z", "2026-11-03T10:05:00Z"),
            ticket_after_evaluation(lang, 2, "2026-11-22T00:00:00Z", "2026-11-21"),
            no_offset(lang, "2026-11-03T10:05:00"),
            not_an_offset_date_time(lang, "tomorrow"),
            not_a_time_argument(lang, "yesterday"),
            time_outside_zone(lang, "2026-03-29 02:30", "gap"),
            flag_problem(lang, "--opened", &not_a_time_argument(lang, "x")),
            update_needs_a_time(lang),
            no_such_ticket(lang, 4, 2),
            no_such_ticket(lang, 4, 1),
            no_tickets(lang),
            tickets_written_otherwise(lang, "trial"),
            tickets_written_otherwise(lang, "trial.tickets"),
            cannot_write_time(lang, "2026-11-03T10:05:00Z", "bad"),
        ]);
        all
    }

    #[test]
    fn chinese_takes_chinese_punctuation_and_english_has_no_chinese() {
        for phrase in every_phrase(Lang::Zh) {
            assert_eq!(ascii_punctuation_beside_chinese(&phrase), None, "{phrase}");
            assert!(phrase.chars().any(is_chinese), "{phrase}");
        }
        for phrase in every_phrase(Lang::En) {
            assert!(!phrase.chars().any(is_chinese), "{phrase}");
        }
    }

    #[test]
    fn phrases_escape_the_text_they_quote() {
        for lang in Lang::ALL {
            let phrase = not_a_time_argument(lang, "x\u{1b}[2J");
            assert!(!crate::util::escape::needs_escaping(&phrase), "{phrase}");
        }
    }
}
