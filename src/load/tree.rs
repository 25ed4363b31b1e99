//! The parsed form of a data file for loading: the `toml` crate's spanned tree, which borrows
//! its strings from the file's text, so a file is parsed once and cheaply. (Editing a file in
//! place is toml_edit's job, in the edit module of the `ask` layer.) This module answers the
//! few questions the loaders ask of a node: where it starts, what kind of value it is, and its
//! number or date.

use crate::i18n::{diagnostics as words, Text};
use jiff::civil::Date;

pub use toml::de::{DeArray as Array, DeTable as Table, DeValue as Value};

/// A value with the byte range it was read from.
pub type Node<'i> = toml::Spanned<Value<'i>>;

/// Where a node starts in its file.
pub fn start(node: &Node) -> usize {
    node.span().start
}

/// Where the first key of a table starts (0 for an empty table).
pub fn first_key_start(table: &Table) -> usize {
    table.keys().next().map_or(0, |key| key.span().start)
}

/// The kind of TOML value a node holds, for "expected X, found Y" messages.
pub fn describe(value: &Value) -> &'static str {
    match value {
        Value::String(_) => "string",
        Value::Integer(_) => "integer",
        Value::Float(_) => "float",
        Value::Boolean(_) => "boolean",
        Value::Datetime(_) => "date-time",
        Value::Array(array)
            if !array.is_empty() && array.iter().all(|v| v.get_ref().is_table()) =>
        {
            "array-of-tables"
        }
        Value::Array(_) => "array",
        Value::Table(_) => "table",
    }
}

/// "expected `what`, found …" for a value (see [`words::expected`]).
pub fn expected(what: &str, value: &Value) -> Text {
    let found = describe(value);
    Text::new(|lang| words::expected(lang, what, found))
}

/// The value as the user wrote it, for echoing numbers back (`-1`, `nan`, `0x10`).
pub fn number_text(value: &Value) -> String {
    match value {
        Value::Integer(integer) => integer.to_string(),
        Value::Float(float) => float.as_str().to_string(),
        other => describe(other).to_string(),
    }
}

/// An integer or a float that is neither NaN nor infinite; `-0` is read as 0. A number
/// written with digits that no float holds (`1e400`) is "too large".
pub fn finite_number(value: &Value) -> Result<f64, Text> {
    let text = number_text(value);
    let bad = |problem: &str| Text::new(|lang| words::bad_number(lang, &text, problem));
    let number = match value {
        Value::Integer(integer) => i64::from_str_radix(integer.as_str(), integer.radix())
            .map(|i| i as f64)
            .map_err(|_| bad("integer-too-large"))?,
        Value::Float(float) => float
            .as_str()
            .parse::<f64>()
            .map_err(|_| bad("not-a-number"))?,
        other => return Err(expected("number", other)),
    };
    if number.is_finite() {
        Ok(number + 0.0)
    } else if text.bytes().any(|b| b.is_ascii_digit()) {
        Err(bad("float-too-large"))
    } else {
        Err(bad("not-finite"))
    }
}

/// A TOML date, or a quoted `"YYYY-MM-DD"`.
pub fn date(value: &Value) -> Result<Date, Text> {
    match value {
        Value::Datetime(datetime) => {
            let written = datetime.to_string();
            let bad = |why: &str| Text::new(|lang| words::bad_date(lang, &written, why));
            match (datetime.date, datetime.time) {
                (Some(d), None) if datetime.offset.is_none() => {
                    Date::new(d.year as i16, d.month as i8, d.day as i8)
                        .map_err(|e| bad(&e.to_string()))
                }
                _ => Err(bad("time")),
            }
        }
        Value::String(text) => parse_date(text),
        other => Err(expected("date", other)),
    }
}

/// Parses `YYYY-MM-DD`.
pub fn parse_date(text: &str) -> Result<Date, Text> {
    let looks_right = text.len() == 10 && text.as_bytes()[4] == b'-' && text.as_bytes()[7] == b'-';
    let parsed = text.parse::<Date>().ok().filter(|_| looks_right);
    parsed.ok_or_else(|| Text::new(|lang| words::bad_date(lang, text, "text")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value_of(text: &str) -> Value<'_> {
        let table = Table::parse(text).unwrap().into_inner();
        table.into_iter().next().unwrap().1.into_inner()
    }

    #[test]
    fn numbers_in_every_radix_and_their_limits() {
        assert_eq!(finite_number(&value_of("x = 0x10")), Ok(16.0));
        assert_eq!(finite_number(&value_of("x = 1_000")), Ok(1000.0));
        assert_eq!(finite_number(&value_of("x = -2.5e1")), Ok(-25.0));
        let huge = finite_number(&value_of("x = 99999999999999999999"))
            .unwrap_err()
            .to_string();
        assert!(huge.contains("too large"), "{huge}");
        let overflow = finite_number(&value_of("x = 1e400"))
            .unwrap_err()
            .to_string();
        assert!(overflow.contains("1e400 is too large"), "{overflow}");
        let minus_zero = finite_number(&value_of("x = -0.0")).unwrap();
        assert!(minus_zero.is_sign_positive());
        let nan = finite_number(&value_of("x = -nan"))
            .unwrap_err()
            .to_string();
        assert!(nan.contains("-nan is not a number"), "{nan}");
        let text = finite_number(&value_of("x = \"3\""))
            .unwrap_err()
            .to_string();
        assert_eq!(text, "expected a number, found a string");
    }

    #[test]
    fn dates_plain_or_quoted_but_not_times() {
        assert_eq!(
            date(&value_of("x = 2026-02-03")),
            Ok(jiff::civil::date(2026, 2, 3))
        );
        assert_eq!(
            date(&value_of("x = \"2026-02-03\"")),
            Ok(jiff::civil::date(2026, 2, 3))
        );
        assert!(date(&value_of("x = 2026-02-03T10:00:00Z")).is_err());
        assert!(date(&value_of("x = \"2026-2-3\"")).is_err());
    }

    #[test]
    fn describes_arrays_of_tables() {
        assert_eq!(describe(&value_of("[[x]]\na = 1")), "array-of-tables");
        assert_eq!(describe(&value_of("x = []")), "array");
        let found = expected("number", &value_of("[[x]]\na = 1"));
        assert_eq!(
            found.to_string(),
            "expected a number, found an array of tables"
        );
        assert_eq!(found.get(crate::i18n::Lang::Zh), "应为数字，实际是表数组");
    }
}
