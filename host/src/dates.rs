//! Calendar dates of report ranges (`--from`/`--to` and the API's `from`/`to`): `YYYY-MM-DD`,
//! checked against the calendar with chrono.

use chrono::{Datelike, NaiveDate};

/// A date that is not a `YYYY-MM-DD` calendar date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// Not of the form `YYYY-MM-DD` (four-digit year, two-digit month and day).
    #[error("`{0}` is not a date: use YYYY-MM-DD, e.g. 2024-02-29")]
    Format(String),
    /// Of the right form, but no such day exists (e.g. `2024-02-31`, `2023-02-29`).
    #[error("`{date}` is not a calendar date: {why}")]
    NoSuchDay {
        /// The date as given.
        date: String,
        /// What is wrong with it (e.g. "February 2024 has 29 days").
        why: String,
    },
}

/// Checks a `YYYY-MM-DD` date (year 0001 to 9999) and returns it as given.
pub fn parse_date(s: &str) -> Result<String, DateError> {
    let b = s.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape {
        return Err(DateError::Format(s.to_string()));
    }
    if NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok_and(|d| d.year() >= 1) {
        return Ok(s.to_string());
    }
    // The shape check leaves only digits in these places.
    let number = |range: std::ops::Range<usize>| s[range].parse::<u32>().unwrap_or_default();
    let (year, month, day) = (number(0..4), number(5..7), number(8..10));
    let why = if year == 0 {
        "there is no year 0000".to_string()
    } else if !(1..=12).contains(&month) {
        format!("there is no month {month:02}")
    } else if day == 0 {
        "there is no day 00".to_string()
    } else {
        // The number of days of the month: from its first day to the next month's.
        let first = NaiveDate::from_ymd_opt(year as i32, month, 1);
        let next = NaiveDate::from_ymd_opt(year as i32 + month as i32 / 12, month % 12 + 1, 1);
        match (first, next) {
            (Some(first), Some(next)) => format!(
                "{} {year} has {} days, not {day}",
                first.format("%B"),
                (next - first).num_days()
            ),
            _ => format!("there is no day {day:02} in that month"),
        }
    };
    Err(DateError::NoSuchDay {
        date: s.to_string(),
        why,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_dates_pass_and_impossible_days_do_not() {
        for ok in [
            "2024-02-29",
            "2023-12-31",
            "0001-01-01",
            "9999-12-31",
            "2000-02-29",
        ] {
            assert_eq!(parse_date(ok).as_deref(), Ok(ok));
        }
        for bad in [
            "2024-02-31",
            "2023-02-29",
            "1900-02-29",
            "2024-04-31",
            "2024-13-01",
            "2024-00-10",
            "2024-01-00",
            "0000-01-01",
        ] {
            assert!(
                matches!(parse_date(bad), Err(DateError::NoSuchDay { ref date, .. }) if date == bad),
                "{bad}"
            );
        }
        for bad in [
            "",
            "2024-2-3",
            "24-02-03",
            "2024/02/03",
            "2024-02-03T00:00",
            "+2024-02-0",
            "２０２４-02-03",
        ] {
            assert_eq!(
                parse_date(bad),
                Err(DateError::Format(bad.to_string())),
                "{bad}"
            );
        }
        let message = |d: &str| parse_date(d).map_err(|e| e.to_string());
        assert_eq!(
            message("2024-02-31"),
            Err("`2024-02-31` is not a calendar date: February 2024 has 29 days, not 31".into())
        );
        assert_eq!(
            message("2023-02-29"),
            Err("`2023-02-29` is not a calendar date: February 2023 has 28 days, not 29".into())
        );
        assert_eq!(
            message("2024-12-32"),
            Err("`2024-12-32` is not a calendar date: December 2024 has 31 days, not 32".into())
        );
        assert_eq!(
            message("2024-13-01"),
            Err("`2024-13-01` is not a calendar date: there is no month 13".into())
        );
    }
}
