//! Numbers as people read them: no needless `.0`.

/// A number without a needless `.0`, for echoing values back to the user.
pub fn format_number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_numbers_without_needless_decimals() {
        assert_eq!(format_number(2.5), "2.5");
        assert_eq!(format_number(3.0), "3");
    }
}
