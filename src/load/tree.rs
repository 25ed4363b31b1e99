//! The parsed form of a data file for loading: the `toml` crate's spanned tree, which borrows
//! its strings from the file's text, so a file is parsed once and cheaply. (Editing a file in
//! place is toml_edit's job, in the edit module of the `ask` layer.) This module answers the
//! few questions the loaders ask of a node: where it starts, what kind of value it is, and its
//! number or date.

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
        Value::String(_) => "a string",
        Value::Integer(_) => "an integer",
        Value::Float(_) => "a float",
        Value::Boolean(_) => "a boolean",
        Value::Datetime(_) => "a date-time",
        Value::Array(array)
            if !array.is_empty() && array.iter().all(|v| v.get_ref().is_table()) =>
        {
            "an array of tables"
        }
        Value::Array(_) => "an array",
        Value::Table(_) => "a table",
    }
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
pub fn finite_number(value: &Value) -> Result<f64, String> {
    let number = match value {
        Value::Integer(integer) => i64::from_str_radix(integer.as_str(), integer.radix())
            .map(|i| i as f64)
            .map_err(|_| format!("{integer} is too large; write a number that fits 64 bits"))?,
        Value::Float(float) => float
            .as_str()
            .parse::<f64>()
            .map_err(|_| format!("{} is not a number", float.as_str()))?,
        other => return Err(format!("expected a number, found {}", describe(other))),
    };
    let text = number_text(value);
    if number.is_finite() {
        Ok(number + 0.0)
    } else if text.bytes().any(|b| b.is_ascii_digit()) {
        Err(format!(
            "{text} is too large; write a number a 64-bit float holds"
        ))
    } else {
        Err(format!("{text} is not a number; write a finite value"))
    }
}

/// A TOML date, or a quoted `"YYYY-MM-DD"`.
pub fn date(value: &Value) -> Result<Date, String> {
    match value {
        Value::Datetime(datetime) => match (datetime.date, datetime.time) {
            (Some(d), None) if datetime.offset.is_none() => {
                Date::new(d.year as i16, d.month as i8, d.day as i8)
                    .map_err(|e| format!("{datetime} is not a valid date: {e}"))
            }
            _ => Err(format!("{datetime} is not a plain date; write YYYY-MM-DD")),
        },
        Value::String(text) => parse_date(text),
        other => Err(format!(
            "expected a date (YYYY-MM-DD), found {}",
            describe(other)
        )),
    }
}

/// Parses `YYYY-MM-DD`.
pub fn parse_date(text: &str) -> Result<Date, String> {
    let looks_right = text.len() == 10 && text.as_bytes()[4] == b'-' && text.as_bytes()[7] == b'-';
    let parsed = text.parse::<Date>().ok().filter(|_| looks_right);
    parsed.ok_or_else(|| format!("`{text}` is not a date; write YYYY-MM-DD, e.g. 2026-11-01"))
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
        let huge = finite_number(&value_of("x = 99999999999999999999")).unwrap_err();
        assert!(huge.contains("too large"), "{huge}");
        let overflow = finite_number(&value_of("x = 1e400")).unwrap_err();
        assert!(overflow.contains("1e400 is too large"), "{overflow}");
        let minus_zero = finite_number(&value_of("x = -0.0")).unwrap();
        assert!(minus_zero.is_sign_positive());
        let nan = finite_number(&value_of("x = -nan")).unwrap_err();
        assert!(nan.contains("-nan is not a number"), "{nan}");
        let text = finite_number(&value_of("x = \"3\"")).unwrap_err();
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
        assert_eq!(describe(&value_of("[[x]]\na = 1")), "an array of tables");
        assert_eq!(describe(&value_of("x = []")), "an array");
    }
}
