//! The one catalogue of people-facing words outside the question bank: the [`Lang`] enum, every
//! fixed phrase as a [`Msg`] with its English and Chinese side by side, and one function per
//! phrase that carries values. Chinese is written as a native speaker would, with Chinese
//! punctuation. Imports only `util`, so every layer may use it. A phrase that quotes a file
//! name, an argument or a value read from a file for the terminal escapes it (SPEC §2).

pub mod command;
pub mod diagnostics;
pub mod editing;
pub mod evidence;
pub mod fields;
pub mod findings;
pub mod questionnaire;
pub mod report;
pub mod robustness;
pub mod scorecard;
pub mod trial;

use crate::util::escape::escape_control;
use std::fmt::{self, Display};

/// The language of everything printed for people (SPEC §14).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Zh,
}

impl Lang {
    /// Both languages, for tests and for filling both texts of a question.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Zh];

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

/// A message worded in both languages where it arises, shown in the language chosen when it is
/// printed: loaders and parsers do not know `--lang`, the command layer does. `Display` gives the
/// English, for logs and tests.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Text {
    en: String,
    zh: String,
}

impl Text {
    /// Words the message once per language with a catalogue function.
    pub fn new(words: impl Fn(Lang) -> String) -> Text {
        Text {
            en: words(Lang::En),
            zh: words(Lang::Zh),
        }
    }

    /// A fixed phrase of the catalogue.
    pub fn of(msg: Msg) -> Text {
        Text::new(|lang| msg.text(lang).to_string())
    }

    /// The message in the language.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Zh => &self.zh,
        }
    }

    /// This message worded into a longer one, per language (`words(lang, this)`).
    pub fn within(&self, words: impl Fn(Lang, &str) -> String) -> Text {
        Text::new(|lang| words(lang, self.get(lang)))
    }

    pub fn is_empty(&self) -> bool {
        self.en.is_empty()
    }
}

impl Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.en)
    }
}

/// An error whose message is a [`Text`]: the command layer shows it in the `--lang` language
/// (`Display` gives the English).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextError(pub Text);

impl TextError {
    /// The error worded by a catalogue function.
    pub fn new(words: impl Fn(Lang) -> String) -> TextError {
        TextError(Text::new(words))
    }
}

impl Display for TextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for TextError {}

/// Declares [`Msg`] with one `Id => "English", "中文";` line per phrase, and its lookups.
macro_rules! catalogue {
    ($($(#[$doc:meta])* $id:ident => $en:literal, $zh:literal;)*) => {
        /// A fixed phrase; [`Msg::text`] gives it in a language.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Msg {
            $($(#[$doc])* $id,)*
        }

        impl Msg {
            /// Every phrase, in catalogue order.
            pub const ALL: &'static [Msg] = &[$(Msg::$id,)*];

            /// The phrase in the language.
            pub fn text(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $((Msg::$id, Lang::En) => $en, (Msg::$id, Lang::Zh) => $zh,)*
                }
            }
        }
    };
}

catalogue! {
    // Checklist headings, one per reason a question is asked.
    HeadingKnockoutUnknown => "Could disqualify: unknown knock-out facts", "可能被一票否决：一票否决项的信息未知";
    HeadingKnockoutFailed => "Disqualified by: ask whether they can commit to our requirement", "已被一票否决：询问对方能否承诺达到我们的要求";
    HeadingUnknown => "Unknown facts, heaviest weight first", "未知信息（按权重从高到低）";
    HeadingWeak => "Weak scores to probe", "得分偏低，需追问";
    HeadingStale => "Facts to re-confirm", "需重新确认的信息";
    HeadingDiligence => "Due diligence", "尽职调查";

    // Why a checklist question is asked, when no value goes into the words.
    WhyDiligence => "due diligence: no profile field holds this", "尽职调查：资料中没有对应字段";

    // What a line prompt of the interview accepts.
    HintDuration => "e.g. 30 min, 1 hour, 4 business hours, next business day",
        "如 30 min、1 hour、4 business hours、next business day";
    HintDate => "YYYY-MM-DD", "YYYY-MM-DD";
    HintNumber => "a number", "数字";
    HintEnterKeeps => "Enter keeps the current value, - skips", "回车保留当前值，- 跳过";
    HintEnterSkips => "Enter or - to skip", "回车或 - 跳过";

    // What a questionnaire answer may be (the checklist's `allowed` column).
    AllowedYesNo => "yes or no", "是或否";
    AllowedText => "free text", "自由填写";

    // Menu options and prompts of the terminal interview.
    Yes => "yes", "是";
    No => "no", "否";
    SkipLeaveUnknown => "skip (leave unknown)", "跳过（保持未知）";
    TickOptions => "space to tick, Enter to confirm (none ticked and nothing added skips)",
        "空格勾选，回车确认（不选也不补充则跳过）";
    ValuesCommaSeparated => "values, comma-separated (Enter to skip)", "取值，用逗号分隔（回车跳过）";
    OtherValuesCommaSeparated => "other values, comma-separated (Enter for none)",
        "其他取值，用逗号分隔（回车表示无）";
    SourcePrompt => "source of this answer (URL, contract clause, \"call with X on DATE\"; Enter to skip)",
        "答案来源（网址、合同条款、“某日与某人通话”；回车跳过）";
    NotATerminal => "`sdkvet interview` needs a terminal to ask its questions, and standard input or error is not one; run it in an interactive shell, or use `sdkvet checklist` to list the open questions",
        "`sdkvet interview` 需要在终端中提问，但标准输入或标准错误不是终端；请在交互式 shell 中运行，或用 `sdkvet checklist` 列出待问的问题";
    NewNotATerminal => "`sdkvet new` needs a terminal to ask for the vendor's name and then its open questions, and standard input or error is not one; run it in an interactive shell",
        "`sdkvet new` 需要在终端中询问厂商名称和待问的问题，但标准输入或标准错误不是终端；请在交互式 shell 中运行";
    TerminalPromptFailed => "the terminal prompt failed", "终端交互出错";

    // `sdkvet new`: the vendor's name and plan, asked before the interview.
    NameQuestion => "Vendor name?", "厂商名称？";
    PlanQuestion => "Plan?", "服务套餐？";
    HintName => "name", "名称";
    HintPlan => "plan (Enter to skip)", "套餐（回车跳过）";
    NameRequired => "a name is required", "名称不能为空";

    // Column headers of the evaluate table, and the labels of its stacked form (`--width`).
    LabelRank => "Rank", "排名";
    LabelVendorPlan => "Vendor · plan", "厂商 · 套餐";
    LabelTotal => "Total", "总分";
    LabelUnknownsShort => "Unk", "未知";
    LabelUnknowns => "Unknown facts", "未知项数";
    LabelConfidenceShort => "Conf", "置信度";
    LabelConfidence => "Confidence", "置信度";
    LabelStatus => "Status", "状态";
    LabelCriterion => "Criterion", "评分项";
    LabelFact => "Fact as written", "资料原文";
    LabelMeans => "Means", "含义";
    LabelScore => "Score", "得分";
    LabelWeight => "Weight", "权重";
    LabelAdds => "Adds", "贡献";
    LabelRangeShort => "Range", "排名区间";
    LabelRange => "Rank once unknowns are known", "未知项确认后的排名";
}

// The HTML report's phrases, declared with the same macro: a module using a `macro_rules!`
// macro must come after it.
pub mod html;

// ---- checklist: why a question is asked

/// "unknown; weight 30".
pub fn why_unknown(lang: Lang, weight: &str) -> String {
    match lang {
        Lang::En => format!("unknown; weight {weight}"),
        Lang::Zh => format!("未知；权重 {weight}"),
    }
}

/// "unknown; weight 20; could disqualify (we require at least 24x7)"; `required` in words.
pub fn why_unknown_knockout(lang: Lang, weight: &str, required: &str) -> String {
    match lang {
        Lang::En => format!("unknown; weight {weight}; could disqualify (we require {required})"),
        Lang::Zh => format!("未知；权重 {weight}；可能被一票否决（我们要求{required}）"),
    }
}

/// "disqualifies: offers 60 min, requires at most 30 min; weight 25".
pub fn why_knockout_failed(lang: Lang, offered: &str, required: &str, weight: &str) -> String {
    match lang {
        Lang::En => {
            format!("disqualifies: offers {offered}, we require {required}; weight {weight}")
        }
        Lang::Zh => format!("一票否决：对方为 {offered}，我们要求{required}；权重 {weight}"),
    }
}

/// The question about a failed knock-out: both values, and whether the vendor can commit.
pub fn commit_to_knockout(lang: Lang, question: &str, offered: &str, required: &str) -> String {
    match lang {
        Lang::En => format!("{question} You state {offered}; we require {required}. Can you commit to that in the contract, and on which plan?"),
        Lang::Zh => format!("{question}贵司目前为 {offered}，我们要求{required}。能否在合同中承诺做到？需要哪个套餐？"),
    }
}

/// A weak score: the score, the threshold, the field and its value in words
/// ([`fields::stated`]), the criterion's weight.
pub fn why_weak(lang: Lang, score: f64, below: f64, stated: &str, weight: &str) -> String {
    match lang {
        Lang::En => format!("scored {score:.1} (below {below}) with {stated}; weight {weight}"),
        Lang::Zh => format!("得分 {score:.1}（低于 {below}），{stated}；权重 {weight}"),
    }
}

/// The question asked again about a known fact, quoting its value in words
/// ([`fields::stated`]).
pub fn reconfirm(lang: Lang, stated: &str, question: &str) -> String {
    match lang {
        Lang::En => format!("Please re-confirm: our profile says \"{stated}\". {question}"),
        Lang::Zh => format!("请再次确认：我们的记录是“{stated}”。{question}"),
    }
}

// ---- checklist: questions about a custom criterion's field, which the bank does not hold

/// The question for a field only a custom criterion reads.
pub fn custom_question(lang: Lang, field: &str, criterion: &str) -> String {
    match lang {
        Lang::En => {
            format!("What is `{field}` for this plan? (scored by the criterion `{criterion}`)")
        }
        Lang::Zh => format!("该套餐的 `{field}` 是多少？（用于评分项 `{criterion}` 计分）"),
    }
}

/// The follow-up for such a field when it scores weakly.
pub fn custom_probe(lang: Lang, field: &str, criterion: &str) -> String {
    match lang {
        Lang::En => {
            format!(
                "`{field}` scores weakly for `{criterion}`: can it be improved in the contract?"
            )
        }
        Lang::Zh => format!("`{field}` 在评分项 `{criterion}` 上得分偏低：能否在合同中改善？"),
    }
}

// ---- checklist: per-vendor lines of the rendered list

/// "Acme · Gold (acme): 20 questions, 8 about its facts"; `plan` is empty or " · Gold".
pub fn checklist_title(
    lang: Lang,
    name: &str,
    plan: &str,
    id: &str,
    count: usize,
    open: usize,
) -> String {
    match lang {
        Lang::En => format!("{name}{plan} ({id}): {count} questions, {open} about its facts"),
        Lang::Zh => {
            format!("{name}{plan}（{id}）：共 {count} 个问题，其中 {open} 个针对资料中的信息")
        }
    }
}

/// A vendor that failed a knock-out, with the knock-out notes.
pub fn disqualified_under_scorecard(lang: Lang, notes: &str) -> String {
    match lang {
        Lang::En => format!("Disqualified under this scorecard: {notes}"),
        Lang::Zh => format!("在该评分卡下已被一票否决：{notes}"),
    }
}

/// A vendor whose knock-out facts are unknown, with the knock-out notes.
pub fn unverified_under_scorecard(lang: Lang, notes: &str) -> String {
    match lang {
        Lang::En => format!("Unverified under this scorecard: {notes}"),
        Lang::Zh => format!("在该评分卡下一票否决项尚未核实：{notes}"),
    }
}

// ---- terminal tables

/// The start of a `label: value` line of a stacked table, value not included.
pub fn labelled(lang: Lang, label: &str) -> String {
    match lang {
        Lang::En => format!("{label}: "),
        Lang::Zh => format!("{label}："),
    }
}

// ---- interview

/// A line prompt's hint: what it accepts (maybe empty), then how to skip — "a number
/// (percent, 0–100); Enter or - to skip".
pub fn line_hint(lang: Lang, accepts: &str, skip: &str) -> String {
    let separator = match (accepts.is_empty(), lang) {
        (true, _) => "",
        (false, Lang::En) => "; ",
        (false, Lang::Zh) => "；",
    };
    format!("{accepts}{separator}{skip}")
}

/// A question's unit in words; the bank writes its units in English.
pub fn unit(unit: &str, lang: Lang) -> &str {
    match (lang, unit) {
        (Lang::Zh, "days") => "天",
        (Lang::Zh, "months") => "个月",
        (Lang::Zh, "percent") => "%",
        (Lang::Zh, "hours per week") => "小时/周",
        _ => unit,
    }
}

/// An interview question about a known fact, with its current value in words
/// ([`fields::value`]): "… (now: 99.9%)", "…（当前：99.9%）".
pub fn with_current_value(lang: Lang, question: &str, value: &str) -> String {
    match lang {
        Lang::En => format!("{question} (now: {value})"),
        Lang::Zh => format!("{question}（当前：{value}）"),
    }
}

/// What a number answer takes: "a number (months, ≥ 0)", "数字（个月，≥ 0）".
pub fn number_accepts(
    lang: Lang,
    unit: Option<&str>,
    min: Option<f64>,
    max: Option<f64>,
) -> String {
    let number = crate::util::number::format_number;
    let range = match (min, max) {
        (Some(min), Some(max)) => Some(match lang {
            Lang::En => format!("{}–{}", number(min), number(max)),
            Lang::Zh => format!("{}～{}", number(min), number(max)),
        }),
        (Some(min), None) => Some(format!("≥ {}", number(min))),
        (None, Some(max)) => Some(format!("≤ {}", number(max))),
        (None, None) => None,
    };
    let unit = unit.map(|u| self::unit(u, lang).to_string());
    let parts: Vec<String> = unit.into_iter().chain(range).collect();
    match (lang, parts.is_empty()) {
        (_, true) => Msg::HintNumber.text(lang).to_string(),
        (Lang::En, false) => format!("a number ({})", parts.join(", ")),
        (Lang::Zh, false) => format!("数字（{}）", parts.join("，")),
    }
}

/// What a list answer takes: items separated by commas, with the known values.
pub fn list_accepts(lang: Lang, known: &[String]) -> String {
    match (lang, known.is_empty()) {
        (Lang::En, true) => "a list, items separated by commas".to_string(),
        (Lang::Zh, true) => "列表，各项用逗号或顿号分隔".to_string(),
        (Lang::En, false) => format!(
            "a list, items separated by commas, from: {}",
            known.join(", ")
        ),
        (Lang::Zh, false) => format!("列表，各项用逗号或顿号分隔，可选：{}", known.join("、")),
    }
}

/// A text with a remark in brackets: "12 hours (720 min)", "12 hours（720 分钟）".
pub fn bracketed(lang: Lang, text: &str, inner: &str) -> String {
    match lang {
        Lang::En => format!("{text} ({inner})"),
        Lang::Zh => format!("{text}（{inner}）"),
    }
}

// ---- interview: outcome and errors

/// A file name or other text from outside, escaped for a phrase to quote it.
fn shown(text: impl Display) -> String {
    escape_control(&text.to_string())
}

/// "1 answer", "3 answers".
pub fn answers(lang: Lang, count: usize) -> String {
    match (lang, count) {
        (Lang::En, 1) => "1 answer".to_string(),
        (Lang::En, _) => format!("{count} answers"),
        (Lang::Zh, _) => format!("{count} 条回答"),
    }
}

/// The interview has nothing to ask about the profile at `path`.
pub fn nothing_to_ask(lang: Lang, path: impl Display) -> String {
    let path = shown(path);
    match lang {
        Lang::En => {
            format!("Nothing to ask: every fact of {path} is known. Use --all to review them.")
        }
        Lang::Zh => format!("无需提问：{path} 的所有信息都已知。如需逐项复核，请加 --all。"),
    }
}

/// Ctrl-C ended the interview after `count` answers were saved in `path`.
pub fn interrupted(lang: Lang, count: usize, path: impl Display) -> String {
    let path = shown(path);
    match lang {
        Lang::En => format!("Interrupted: {} saved in {path}.", answers(lang, count)),
        Lang::Zh => format!("已中断：{}已保存到 {path}。", answers(lang, count)),
    }
}

/// The interview ended with `count` answers saved in `path`.
pub fn saved(lang: Lang, count: usize, path: impl Display) -> String {
    let path = shown(path);
    match lang {
        Lang::En => format!("{} saved in {path}.", answers(lang, count)),
        Lang::Zh => format!("{}已保存到 {path}。", answers(lang, count)),
    }
}

/// The vendor's score and confidence before → after the interview, under the scorecard.
pub fn score_change(
    lang: Lang,
    vendor: &str,
    card: &str,
    score: (f64, f64),
    status: &str,
    confidence: (f64, f64),
) -> String {
    let ((old, new), (was, is)) = (score, confidence);
    let (vendor, card) = (escape_control(vendor), escape_control(card));
    match lang {
        Lang::En => format!(
            "{vendor} under \"{card}\": {old:.1} → {new:.1} ({status}), confidence {was:.0}% → {is:.0}%"
        ),
        Lang::Zh => format!(
            "{vendor} 在评分卡“{card}”下：{old:.1} → {new:.1}（{status}），置信度 {was:.0}% → {is:.0}%"
        ),
    }
}

/// Installing the Ctrl-C handler failed.
pub fn cannot_handle_ctrl_c(lang: Lang, error: impl Display) -> String {
    match lang {
        Lang::En => format!("cannot handle Ctrl-C: {error}"),
        Lang::Zh => format!("无法处理 Ctrl-C：{error}"),
    }
}

// ---- errors of `sdkvet new` and `sdkvet checklist`

/// `new` would overwrite an existing profile.
pub fn profile_exists(lang: Lang, path: impl Display) -> String {
    let path = shown(path);
    match lang {
        Lang::En => format!(
            "{path} already exists; interview it with `sdkvet interview {path}`, or pick another id"
        ),
        Lang::Zh => format!("{path} 已存在；请用 `sdkvet interview {path}` 补充它，或换一个 id"),
    }
}

/// A vendor id given with its `.toml` suffix; `stem` is the id without it.
pub fn id_with_toml_suffix(lang: Lang, id: &str, stem: &str) -> String {
    let (id, stem) = (escape_control(id), escape_control(stem));
    match lang {
        Lang::En => format!("`{id}`: give the id without .toml (e.g. `sdkvet new {stem}`)"),
        Lang::Zh => format!("`{id}`：id 不要带 .toml（例如 `sdkvet new {stem}`）"),
    }
}

/// A vendor id that would not make a safe file name.
pub fn unsafe_vendor_id(lang: Lang, id: &str) -> String {
    let id = escape_control(id);
    match lang {
        Lang::En => format!("`{id}` is not a safe vendor id: use letters, digits, '-', '_' and '.', starting with a letter or digit (e.g. acme-enterprise)"),
        Lang::Zh => format!("`{id}` 不是安全的厂商 id：只能用字母、数字、“-”“_”和“.”，并以字母或数字开头（例如 acme-enterprise）"),
    }
}

/// `--vendor ID` names no loaded profile; `closest` is a likely typo's fix, `known` the ids.
pub fn no_such_vendor(lang: Lang, id: &str, closest: Option<&str>, known: &str) -> String {
    let (id, known) = (escape_control(id), escape_control(known));
    let closest = closest.map(escape_control);
    match (lang, closest.as_deref()) {
        (Lang::En, Some(c)) => format!("--vendor {id}: no such vendor. Did you mean `{c}`? Vendor ids are file names without .toml: {known}"),
        (Lang::En, None) => format!("--vendor {id}: no such vendor; vendor ids are file names without .toml: {known}"),
        (Lang::Zh, Some(c)) => format!("--vendor {id}：没有这个厂商；是否应为 `{c}`？厂商 id 就是去掉 .toml 的文件名：{known}"),
        (Lang::Zh, None) => format!("--vendor {id}：没有这个厂商；厂商 id 就是去掉 .toml 的文件名：{known}"),
    }
}

/// What is wrong with a number typed at a prompt or in a questionnaire cell.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum TypedNumber {
    NotANumber,
    NotFinite,
    BelowMinimum(f64),
    AboveMaximum(f64),
}

pub fn typed_number(lang: Lang, input: &str, problem: TypedNumber) -> String {
    use crate::util::number::format_number as num;
    match (lang, problem) {
        (Lang::En, TypedNumber::NotANumber) => format!("`{input}` is not a number"),
        (Lang::En, TypedNumber::NotFinite) => format!("`{input}` is not a finite number"),
        (Lang::En, TypedNumber::BelowMinimum(min)) => {
            format!("{input} is below the minimum {}", num(min))
        }
        (Lang::En, TypedNumber::AboveMaximum(max)) => {
            format!("{input} is above the maximum {}", num(max))
        }
        (Lang::Zh, TypedNumber::NotANumber) => format!("`{input}` 不是数字"),
        (Lang::Zh, TypedNumber::NotFinite) => format!("`{input}` 不是有限数值"),
        (Lang::Zh, TypedNumber::BelowMinimum(min)) => {
            format!("{input} 小于下限 {}", num(min))
        }
        (Lang::Zh, TypedNumber::AboveMaximum(max)) => {
            format!("{input} 大于上限 {}", num(max))
        }
    }
}

/// A check for the tests of every catalogue: Chinese text takes Chinese punctuation.
#[cfg(test)]
pub(crate) mod punctuation {
    pub(crate) fn is_chinese(c: char) -> bool {
        ('\u{4e00}'..='\u{9fff}').contains(&c)
            || ('\u{3000}'..='\u{303f}').contains(&c)
            || ('\u{ff00}'..='\u{ffef}').contains(&c)
    }

    /// ASCII punctuation whose nearest non-space neighbour is Chinese, e.g. `是,否` or `确认: `.
    pub(crate) fn ascii_punctuation_beside_chinese(text: &str) -> Option<String> {
        let chars: Vec<char> = text.chars().collect();
        let neighbour =
            |range: &mut dyn Iterator<Item = usize>| range.map(|i| chars[i]).find(|c| *c != ' ');
        chars.iter().enumerate().find_map(|(i, &c)| {
            if !matches!(c, ',' | ':' | ';' | '?' | '!' | '(' | ')') {
                return None;
            }
            let before = neighbour(&mut (0..i).rev());
            let after = neighbour(&mut (i + 1..chars.len()));
            [before, after]
                .into_iter()
                .flatten()
                .any(is_chinese)
                .then(|| format!("`{c}` at {i} in {text:?}"))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::punctuation::{ascii_punctuation_beside_chinese, is_chinese};
    use super::*;

    #[test]
    fn phrases_escape_the_file_names_and_file_text_they_quote() {
        let path = "v/a\u{1b}]0;t\u{7}\n.toml";
        let shown = "v/a\\u{1b}]0;t\\u{7}\\n.toml";
        for lang in Lang::ALL {
            for phrase in [
                nothing_to_ask(lang, path),
                interrupted(lang, 2, path),
                saved(lang, 2, path),
                profile_exists(lang, path),
            ] {
                assert!(phrase.contains(shown), "{phrase}");
            }
            let change = score_change(
                lang,
                "V\u{9b}",
                "Card\u{202e}",
                (1.0, 2.0),
                "qualified",
                (3.0, 4.0),
            );
            assert!(
                change.contains("V\\u{9b}") && change.contains("Card\\u{202e}"),
                "{change}"
            );
            let missing = no_such_vendor(lang, "x\u{1b}", Some("y\u{2028}"), "y\u{2028}, z");
            assert!(!crate::util::escape::needs_escaping(&missing), "{missing}");
        }
    }

    /// A sample field stated in words.
    fn stated(path: &str, lang: Lang) -> String {
        let fact = crate::model::fact::Fact::List(vec!["en".into(), "99.9".into()]);
        fields::stated(path, &fact, 40.0, lang)
    }

    /// Every phrase with values, filled with sample values, in the language.
    fn every_phrase_with_values(lang: Lang) -> Vec<String> {
        vec![
            why_unknown(lang, "30"),
            typed_number(lang, "x", TypedNumber::NotANumber),
            typed_number(lang, "1e999", TypedNumber::NotFinite),
            typed_number(lang, "-1", TypedNumber::BelowMinimum(0.0)),
            typed_number(lang, "101", TypedNumber::AboveMaximum(100.0)),
            why_unknown_knockout(lang, "20", "24x7"),
            why_weak(lang, 12.5, 50.0, &stated("support.languages", lang), "10"),
            reconfirm(lang, &stated("sla.availability", lang), "Q?"),
            custom_question(lang, "extra.price", "price"),
            custom_probe(lang, "extra.price", "price"),
            checklist_title(lang, "Acme", " · Gold", "acme", 20, 8),
            disqualified_under_scorecard(lang, "coverage: 8x5"),
            unverified_under_scorecard(lang, "coverage unknown"),
            labelled(lang, Msg::LabelTotal.text(lang)),
            line_hint(
                lang,
                &number_accepts(lang, Some("months"), Some(0.0), None),
                Msg::HintEnterSkips.text(lang),
            ),
            list_accepts(lang, &["a".to_string(), "b".to_string()]),
            with_current_value(lang, Msg::PlanQuestion.text(lang), "99.9%"),
            answers(lang, 1),
            nothing_to_ask(lang, "acme.toml"),
            interrupted(lang, 3, "acme.toml"),
            saved(lang, 0, "acme.toml"),
            score_change(
                lang,
                "Acme · Gold",
                "balanced",
                (40.0, 62.5),
                "qualified",
                (50.0, 80.0),
            ),
            cannot_handle_ctrl_c(lang, "busy"),
            profile_exists(lang, "vendors/acme.toml"),
            id_with_toml_suffix(lang, "acme.toml", "acme"),
            unsafe_vendor_id(lang, "../x"),
            no_such_vendor(lang, "nova", Some("nova-starter"), "acme, nova-starter"),
            no_such_vendor(lang, "x", None, "acme"),
        ]
        .into_iter()
        .chain(editing::samples(lang))
        .chain(report::samples(lang))
        .chain(robustness::samples(lang))
        .chain(html::samples(lang))
        .collect()
    }

    #[test]
    fn every_message_has_text_in_both_languages() {
        for msg in Msg::ALL {
            for lang in Lang::ALL {
                assert!(!msg.text(lang).trim().is_empty(), "{msg:?} in {lang:?}");
            }
        }
        for lang in Lang::ALL {
            assert!(every_phrase_with_values(lang)
                .iter()
                .all(|t| !t.trim().is_empty()));
        }
    }

    #[test]
    fn chinese_phrases_use_chinese_punctuation() {
        let fixed = Msg::ALL.iter().map(|m| m.text(Lang::Zh).to_string());
        let fixed = fixed.chain(html::Msg::ALL.iter().map(|m| m.text(Lang::Zh).to_string()));
        for text in fixed.chain(every_phrase_with_values(Lang::Zh)) {
            assert_eq!(ascii_punctuation_beside_chinese(&text), None);
        }
    }

    #[test]
    fn chinese_phrases_are_chinese_and_english_ones_are_not() {
        let language_neutral = [Msg::HintDate];
        for msg in Msg::ALL.iter().filter(|m| !language_neutral.contains(m)) {
            assert!(msg.text(Lang::Zh).chars().any(is_chinese), "{msg:?}");
            assert!(!msg.text(Lang::En).chars().any(is_chinese), "{msg:?}");
        }
        for (en, zh) in every_phrase_with_values(Lang::En)
            .iter()
            .zip(every_phrase_with_values(Lang::Zh))
        {
            assert!(zh.chars().any(is_chinese), "{zh}");
            assert!(!en.chars().any(is_chinese), "{en}");
        }
    }

    #[test]
    fn the_punctuation_check_catches_ascii_between_chinese() {
        assert!(ascii_punctuation_beside_chinese("是,否").is_some());
        assert!(ascii_punctuation_beside_chinese("请确认: 值").is_some());
        assert!(ascii_punctuation_beside_chinese("数字（months, ≥ 0）").is_none());
    }

    #[test]
    fn locale_picks_the_language() {
        assert_eq!(Lang::from_locale(None, Some("zh_CN.UTF-8")), Lang::Zh);
        assert_eq!(
            Lang::from_locale(Some("en_US.UTF-8"), Some("zh_CN.UTF-8")),
            Lang::En
        );
        assert_eq!(Lang::from_locale(Some(""), Some("zh_TW")), Lang::Zh);
        assert_eq!(Lang::from_locale(None, None), Lang::En);
    }
}
