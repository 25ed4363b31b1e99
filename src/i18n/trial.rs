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
