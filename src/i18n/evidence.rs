//! Phrases about evidence (SPEC §3 "Evidence", §6): why a fact is re-confirmed or confirmed
//! in writing, the kinds of source in words, and how `--explain` shows a fact's evidence.

use super::Lang;
use crate::util::escape::escape_control;
use std::fmt::Display;

/// The heading of the checklist's `unconfirmed` group.
pub fn heading_unconfirmed(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Facts to confirm in writing (marketing or third-party sources)",
        Lang::Zh => "需书面确认的信息（来源为宣传材料或第三方）",
    }
}

/// A kind of source in words (`marketing` → "vendor marketing").
pub fn kind_in_words(kind: &str, lang: Lang) -> &'static str {
    match (kind, lang) {
        ("contract", Lang::En) => "contract",
        ("contract", Lang::Zh) => "合同",
        ("documentation", Lang::En) => "documentation",
        ("documentation", Lang::Zh) => "官方文档",
        ("marketing", Lang::En) => "vendor marketing",
        ("marketing", Lang::Zh) => "厂商宣传材料",
        ("third-party", Lang::En) => "a third party",
        ("third-party", Lang::Zh) => "第三方",
        ("vendor-answer", Lang::En) => "the vendor's answer",
        ("vendor-answer", Lang::Zh) => "厂商答复",
        (_, Lang::En) => "a trial",
        (_, Lang::Zh) => "试用实测",
    }
}

/// Why a fact checked on `checked`, `days` ago, is asked again.
pub fn why_stale_fact(lang: Lang, checked: impl Display, days: i64, weight: &str) -> String {
    match lang {
        Lang::En => format!("last checked {checked}, {days} days ago; weight {weight}"),
        Lang::Zh => format!("上次核实于 {checked}，已过 {days} 天；权重 {weight}"),
    }
}

/// Why a fact never checked is asked again.
pub fn why_never_checked(lang: Lang, weight: &str) -> String {
    match lang {
        Lang::En => format!(
            "never checked (no checked date, and the profile has no as_of); weight {weight}"
        ),
        Lang::Zh => format!("从未核实（既无核实日期，资料也未注明 as_of）；权重 {weight}"),
    }
}

/// Why a fact from marketing or a third party is to be confirmed in writing.
pub fn why_unconfirmed(lang: Lang, kind: &str, weight: &str) -> String {
    let kind = kind_in_words(kind, lang);
    match lang {
        Lang::En => format!("unconfirmed: the source is {kind}; weight {weight}"),
        Lang::Zh => format!("未经确认：来源为{kind}；权重 {weight}"),
    }
}

/// The question asking for written confirmation of a fact, its value in words.
pub fn confirm_in_writing(lang: Lang, kind: &str, value: &str, question: &str) -> String {
    let kind = kind_in_words(kind, lang);
    match lang {
        Lang::En => format!(
            "Please confirm in writing: according to {kind}, the answer is “{value}”. {question}"
        ),
        Lang::Zh => format!("请书面确认：据{kind}，答案为“{value}”。{question}"),
    }
}

/// The heading of `--explain`'s evidence lines.
pub fn evidence_heading(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Evidence:",
        Lang::Zh => "依据：",
    }
}

/// The label of the evidence column of `--format markdown --explain`.
pub fn evidence_label(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Evidence",
        Lang::Zh => "依据",
    }
}

/// `--explain`'s evidence line: the source (or that none is cited), its kind when stated, and
/// the checked date (or never). The source is quoted as written: the renderer escapes it.
pub fn evidence_line(
    lang: Lang,
    source: Option<&str>,
    kind: Option<&str>,
    checked: Option<impl Display>,
) -> String {
    let mut parts = Vec::with_capacity(3);
    parts.push(match source {
        Some(source) => source_part(lang, source),
        None => no_source(lang).to_string(),
    });
    parts.extend(kind.map(|kind| kind_part(lang, kind)));
    parts.push(checked_part(lang, checked));
    parts.join(match lang {
        Lang::En => "; ",
        Lang::Zh => "；",
    })
}

/// "source: …", "来源：…".
pub fn source_part(lang: Lang, source: &str) -> String {
    match lang {
        Lang::En => format!("source: {source}"),
        Lang::Zh => format!("来源：{source}"),
    }
}

/// A fact without a `[sources]` entry.
pub fn no_source(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "no source cited",
        Lang::Zh => "未注明来源",
    }
}

/// "kind: vendor marketing", "类型：厂商宣传材料".
pub fn kind_part(lang: Lang, kind: &str) -> String {
    let kind = kind_in_words(kind, lang);
    match lang {
        Lang::En => format!("kind: {kind}"),
        Lang::Zh => format!("类型：{kind}"),
    }
}

/// "checked 2026-01-02", or "never checked".
pub fn checked_part(lang: Lang, checked: Option<impl Display>) -> String {
    match (checked, lang) {
        (Some(day), Lang::En) => format!("checked {day}"),
        (Some(day), Lang::Zh) => format!("核实于 {day}"),
        (None, Lang::En) => "never checked".to_string(),
        (None, Lang::Zh) => "从未核实".to_string(),
    }
}

// ---- the interview

/// The menu for a fact that has a value: keep, confirm, change (in that order).
pub fn keep_confirm_change(lang: Lang, current: &str) -> [String; 3] {
    let current = escape_control(current);
    match lang {
        Lang::En => [
            format!("keep “{current}” (not marked as checked)"),
            format!("confirm “{current}” (checked today)"),
            "change it".to_string(),
        ],
        Lang::Zh => [
            format!("保留“{current}”（不标记为已核实）"),
            format!("确认“{current}”（标记为今天已核实）"),
            "修改".to_string(),
        ],
    }
}

/// The label before the answer a menu reports once chosen.
pub fn answer_label(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Answer",
        Lang::Zh => "回答",
    }
}

/// A date typed at the prompt that is later than today.
pub fn date_after_today(lang: Lang, day: impl Display, today: impl Display) -> String {
    match lang {
        Lang::En => {
            format!("{day} is after today ({today}); a date in the future is not accepted")
        }
        Lang::Zh => format!("{day} 晚于今天（{today}）；不能填写将来的日期"),
    }
}

/// `--field` names no question of the bank.
pub fn unknown_interview_field(lang: Lang, field: &str, closest: Option<&str>) -> String {
    let field = escape_control(field);
    match (lang, closest) {
        (Lang::En, Some(close)) => format!("--field `{field}` is not a profile field the interview asks about; did you mean `{close}`?"),
        (Lang::En, None) => format!("--field `{field}` is not a profile field the interview asks about; run `sdkvet checklist` to see the fields"),
        (Lang::Zh, Some(close)) => format!("--field `{field}` 不是访谈会询问的资料字段；是否应为 `{close}`？"),
        (Lang::Zh, None) => format!("--field `{field}` 不是访谈会询问的资料字段；可运行 `sdkvet checklist` 查看各字段"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_words_in_both_languages() {
        let kinds = [
            "contract",
            "documentation",
            "marketing",
            "third-party",
            "vendor-answer",
        ];
        for kind in kinds {
            for lang in Lang::ALL {
                assert_ne!(
                    kind_in_words(kind, lang),
                    kind_in_words("trial", lang),
                    "{kind}"
                );
            }
        }
        assert_eq!(kind_in_words("trial", Lang::Zh), "试用实测");
    }

    #[test]
    fn the_evidence_line_names_source_kind_and_date() {
        let line = evidence_line(
            Lang::En,
            Some("deck"),
            Some("marketing"),
            Some("2026-01-02"),
        );
        assert_eq!(
            line,
            "source: deck; kind: vendor marketing; checked 2026-01-02"
        );
        let never = evidence_line(Lang::Zh, Some("网页"), None, None::<&str>);
        assert_eq!(never, "来源：网页；从未核实");
        let uncited = evidence_line(Lang::En, None, None, Some("2026-01-02"));
        assert_eq!(uncited, "no source cited; checked 2026-01-02");
    }
}
