//! Numbers as people read them: no needless `.0`, never `-0` or `-0.0`, and never `NaN` or
//! `inf` (no computation should give them; should one, it shows as `?`, the unknown mark).

/// What a number that is not one (NaN, an infinity) shows as.
pub const NOT_A_NUMBER: &str = "?";

/// A number without a needless `.0`, for echoing values back to the user; very large and very
/// small magnitudes in exponent form (`1e300`, `5e-324`), not as hundreds of digits.
pub fn format_number(value: f64) -> String {
    if !value.is_finite() {
        NOT_A_NUMBER.to_string()
    } else if value == 0.0 {
        "0".to_string()
    } else if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else if value.abs() >= 1e15 || value.abs() < 1e-6 {
        format!("{value:e}")
    } else {
        format!("{value}")
    }
}

/// `value` with `decimals` decimals (`{value:.1}`), but never `-0.0`: a value that rounds to
/// zero shows without a sign.
pub fn fixed(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return NOT_A_NUMBER.to_string();
    }
    let mut text = format!("{value:.decimals$}");
    drop_negative_zero(&mut text);
    text
}

/// Removes the `-` of a formatted zero (`-0`, `-0.0`, `-0.00`), in place.
pub fn drop_negative_zero(text: &mut String) {
    let zero = text
        .strip_prefix('-')
        .is_some_and(|digits| digits.bytes().all(|b| b == b'0' || b == b'.'));
    if zero {
        text.remove(0);
    }
}

/// `value` with the sign of a zero dropped, for outputs that write numbers themselves (JSON).
pub fn unsigned_zero(value: f64) -> f64 {
    value + 0.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_numbers_without_needless_decimals() {
        assert_eq!(format_number(2.5), "2.5");
        assert_eq!(format_number(3.0), "3");
        assert_eq!(format_number(-0.0), "0");
        assert_eq!(format_number(-12.0), "-12");
    }

    #[test]
    fn extremes_are_short_and_never_nan_or_inf() {
        assert_eq!(format_number(1e308), "1e308");
        assert_eq!(format_number(-1e300), "-1e300");
        assert_eq!(format_number(5e-324), "5e-324");
        assert_eq!(format_number(0.25), "0.25");
        for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            assert_eq!(format_number(bad), "?");
            assert_eq!(fixed(bad, 1), "?");
        }
    }

    #[test]
    fn fixed_never_shows_minus_zero() {
        assert_eq!(fixed(-0.0, 1), "0.0");
        assert_eq!(fixed(-0.0, 0), "0");
        assert_eq!(fixed(-0.04, 1), "0.0");
        assert_eq!(fixed(-0.4, 0), "0");
        assert_eq!(fixed(-0.06, 1), "-0.1");
        assert_eq!(fixed(12.345, 1), "12.3");
        assert!(unsigned_zero(-0.0).is_sign_positive());
        assert_eq!(unsigned_zero(-2.0), -2.0);
    }
}
