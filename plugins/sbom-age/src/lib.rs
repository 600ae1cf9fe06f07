//! SBOM-age policy: the SBOM must have been created within the last `max-days` days, so
//! decisions are not taken on a stale inventory.
//!
//! # Configuration
//!
//! | key        | value                                                    | default |
//! |------------|----------------------------------------------------------|---------|
//! | `max-days` | the largest allowed age, a positive whole number of days | `90`    |
//!
//! A value that is not a positive whole number (`0`, `-1`, `3.5`, `ninety`) is a configuration
//! error.
//!
//! # Creation time
//!
//! The creation time is the document's `created` field (CycloneDX `metadata.timestamp`, SPDX
//! `creationInfo.created`), read as RFC 3339: `2024-05-01T12:00:00Z`, with an offset
//! (`2024-05-01T14:00:00+02:00`), fractional seconds (`2024-05-01T12:00:00.123Z`), a lowercase
//! `t`/`z` or a space instead of `T`. A bare date (`2024-05-01`) means midnight UTC. A time
//! without `Z` or an offset is ambiguous and therefore invalid. It is compared with the
//! invocation's clock ([`traceguard_sdk::now`]).
//!
//! The age is counted in whole days, rounded down: an SBOM is too old when it is more than
//! `max-days` whole days old (with `max-days` 90, 90 days and 23 hours is still fine).
//!
//! # Findings
//!
//! All findings are about the document (no component reference):
//!
//! | rule id              | severity | when                                                      |
//! |----------------------|----------|-----------------------------------------------------------|
//! | `age/too-old`        | error    | the SBOM is more than `max-days` whole days old           |
//! | `age/unknown`        | error    | the SBOM has no (or a blank) creation time                |
//! | `age/invalid-created`| error    | the creation time is not RFC 3339 or a bare date          |
//! | `age/in-future`      | warning  | the creation time is more than one day after the clock    |
//!
//! The policy passes unless there is an error finding: a creation time up to one day ahead of
//! the clock is tolerated as clock skew, and `age/in-future` alone only warns.

use traceguard_sdk::policy::{Evaluation, Policy, Sbom};
use traceguard_sdk::{Finding, PluginError, Severity, config, export_policy, now};

/// The largest allowed age in days when `max-days` is not configured.
pub const DEFAULT_MAX_DAYS: u32 = 90;

/// Seconds in a day.
const DAY: i64 = 86_400;

/// Parses the `max-days` configuration value: a positive whole number of days.
pub fn parse_max_days(value: &str) -> Result<u32, PluginError> {
    match value.trim().parse::<u32>() {
        Ok(days) if days > 0 => Ok(days),
        _ => Err(PluginError::new(format!(
            "config `max-days`: {value:?} is not allowed; give a positive whole number of days between 1 and {}, e.g. max-days=90",
            u32::MAX
        ))),
    }
}

/// The SBOM-age policy.
pub struct SbomAge;

impl Policy for SbomAge {
    fn evaluate(sbom: &Sbom<'_>) -> Result<Evaluation, PluginError> {
        let max_days = match config("max-days") {
            Some(value) => parse_max_days(&value)?,
            None => DEFAULT_MAX_DAYS,
        };
        let now = i64::try_from(now()).unwrap_or(i64::MAX);
        let created = sbom.info().created.filter(|c| !c.trim().is_empty());
        let finding = match created {
            None => Some(
                Finding::new(
                    "age/unknown",
                    Severity::Error,
                    None,
                    "the SBOM does not say when it was created, so its age is unknown",
                )
                .with_remediation(
                    "record the creation time in the SBOM (CycloneDX metadata.timestamp, SPDX creationInfo.created)",
                ),
            ),
            Some(created) => match parse_timestamp(&created) {
                None => Some(
                    Finding::new(
                        "age/invalid-created",
                        Severity::Error,
                        None,
                        format!(
                            "the SBOM's creation time {created:?} is not an RFC 3339 timestamp or a YYYY-MM-DD date"
                        ),
                    )
                    .with_remediation(
                        "write the creation time as RFC 3339 with a time zone, e.g. 2024-05-01T12:00:00Z",
                    ),
                ),
                Some(at) => age_finding(&created, at, now, max_days),
            },
        };
        Ok(Evaluation::from_findings(finding.into_iter().collect()))
    }
}

/// The finding for an SBOM created at `at` (Unix seconds), if any.
fn age_finding(created: &str, at: i64, now: i64, max_days: u32) -> Option<Finding> {
    let age = now.saturating_sub(at);
    if age < -DAY {
        let ahead = (-age) / DAY;
        return Some(
            Finding::new(
                "age/in-future",
                Severity::Warning,
                None,
                format!(
                    "SBOM created {created} is {ahead} {} in the future",
                    plural(ahead, "day", "days")
                ),
            )
            .with_remediation(
                "check the clock of the machine that generated the SBOM, and regenerate it",
            ),
        );
    }
    let days = age.div_euclid(DAY);
    if days > i64::from(max_days) {
        return Some(
            Finding::new(
                "age/too-old",
                Severity::Error,
                None,
                format!(
                    "SBOM created {created} is {days} days old; the limit is {max_days} {}",
                    plural(i64::from(max_days), "day", "days")
                ),
            )
            .with_remediation(
                "regenerate the SBOM from the current build and ingest it again (or raise `max-days`)",
            ),
        );
    }
    None
}

fn plural(n: i64, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 { one } else { many }
}

/// Parses an RFC 3339 timestamp (`2024-05-01T12:00:00Z`, `2024-05-01T12:00:00.5+02:00`) or a
/// bare date (`2024-05-01`, midnight UTC) into Unix seconds; `None` when it is neither.
/// Fractional seconds are dropped; a leap second (`:60`) counts as the next minute's first.
pub fn parse_timestamp(s: &str) -> Option<i64> {
    let s = s.trim();
    let b = s.as_bytes();
    // The date: YYYY-MM-DD.
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let year = digits(&b[0..4])?;
    let month = digits(&b[5..7])?;
    let day = digits(&b[8..10])?;
    if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
        return None;
    }
    let date = days_from_civil(year, month, day) * DAY;
    if b.len() == 10 {
        return Some(date);
    }
    // The time: THH:MM:SS, then optional .fraction.
    if !matches!(b[10], b'T' | b't' | b' ') || b.len() < 19 || b[13] != b':' || b[16] != b':' {
        return None;
    }
    let hour = digits(&b[11..13])?;
    let minute = digits(&b[14..16])?;
    let second = digits(&b[17..19])?;
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let mut rest = &b[19..];
    if let Some(fraction) = rest.strip_prefix(b".") {
        let n = fraction.iter().take_while(|c| c.is_ascii_digit()).count();
        if n == 0 {
            return None;
        }
        rest = &fraction[n..];
    }
    // The offset: Z or ±HH:MM.
    let offset = match rest {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let hours = digits(&[*h1, *h2])?;
            let minutes = digits(&[*m1, *m2])?;
            if hours > 23 || minutes > 59 {
                return None;
            }
            let offset = (hours * 60 + minutes) * 60;
            if *sign == b'-' { -offset } else { offset }
        }
        _ => return None,
    };
    // Local time minus its offset from UTC is UTC.
    Some(date + (hour * 60 + minute) * 60 + second - offset)
}

/// The value of a run of ASCII digits; `None` if any byte is not a digit.
fn digits(b: &[u8]) -> Option<i64> {
    b.iter().try_fold(0i64, |n, &c| {
        c.is_ascii_digit().then(|| n * 10 + i64::from(c - b'0'))
    })
}

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    // Count years from March, so the leap day is the last day of the (shifted) year.
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400; // [0, 399]
    let month_from_march = (month + 9) % 12; // March = 0 … February = 11
    let day_of_year = (153 * month_from_march + 2) / 5 + day - 1; // [0, 365]
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

export_policy!(SbomAge);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_days() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(1969, 12, 31), -1);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(days_from_civil(2024, 2, 29), 19_782);
        assert_eq!(days_from_civil(2024, 3, 1), 19_783);
        assert_eq!(
            days_from_civil(2023, 3, 1) - days_from_civil(2023, 2, 28),
            1
        );
        assert_eq!(
            days_from_civil(1900, 3, 1) - days_from_civil(1900, 2, 28),
            1
        );
        assert_eq!(
            days_from_civil(2000, 3, 1) - days_from_civil(2000, 2, 28),
            2
        );
        // Whole years: 366 days across a leap year, 365 otherwise.
        assert_eq!(
            days_from_civil(2025, 1, 1) - days_from_civil(2024, 1, 1),
            366
        );
        assert_eq!(
            days_from_civil(2101, 1, 1) - days_from_civil(2100, 1, 1),
            365
        );
        assert_eq!(
            days_from_civil(2001, 1, 1) - days_from_civil(2000, 1, 1),
            366
        );
        // Every day from 1600 to 2400 is the day after the one before.
        let mut expected = days_from_civil(1600, 1, 1);
        for year in 1600..2400 {
            for month in 1..=12 {
                for day in 1..=days_in_month(year, month) {
                    assert_eq!(
                        days_from_civil(year, month, day),
                        expected,
                        "{year}-{month}-{day}"
                    );
                    expected += 1;
                }
            }
        }
    }

    #[test]
    fn timestamps() {
        assert_eq!(parse_timestamp("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(parse_timestamp("2024-05-01T12:00:00Z"), Some(1_714_564_800));
        assert_eq!(parse_timestamp("2024-05-01"), Some(1_714_521_600));
        assert_eq!(parse_timestamp(" 2024-05-01 "), Some(1_714_521_600));
        assert_eq!(parse_timestamp("2024-02-29T23:59:59Z"), Some(1_709_251_199));
        assert_eq!(parse_timestamp("2000-02-29"), Some(951_782_400));
        assert_eq!(parse_timestamp("1969-12-31T23:59:59Z"), Some(-1));
        // Offsets: local time minus the offset.
        assert_eq!(
            parse_timestamp("2024-05-01T14:00:00+02:00"),
            Some(1_714_564_800)
        );
        assert_eq!(
            parse_timestamp("2024-05-01T06:30:00-05:30"),
            Some(1_714_564_800)
        );
        assert_eq!(
            parse_timestamp("2024-05-01T12:00:00-00:00"),
            Some(1_714_564_800)
        );
        // Across a day and a year boundary.
        assert_eq!(
            parse_timestamp("2024-05-02T01:00:00+13:00"),
            Some(1_714_564_800)
        );
        assert_eq!(
            parse_timestamp("2025-01-01T00:30:00+01:00"),
            parse_timestamp("2024-12-31T23:30:00Z")
        );
        // Fractional seconds, lowercase and space separators, leap second.
        assert_eq!(
            parse_timestamp("2024-05-01T12:00:00.999999Z"),
            Some(1_714_564_800)
        );
        assert_eq!(
            parse_timestamp("2024-05-01T12:00:00.5+00:00"),
            Some(1_714_564_800)
        );
        assert_eq!(parse_timestamp("2024-05-01t12:00:00z"), Some(1_714_564_800));
        assert_eq!(parse_timestamp("2024-05-01 12:00:00Z"), Some(1_714_564_800));
        assert_eq!(parse_timestamp("2016-12-31T23:59:60Z"), Some(1_483_228_800));

        for bad in [
            "",
            "yesterday",
            "2024-5-1",
            "2024/05/01",
            "20240501",
            "2023-02-29",
            "1900-02-29",
            "2024-04-31",
            "2024-13-01",
            "2024-00-10",
            "2024-01-00",
            "2024-05-01T",
            "2024-05-01T12:00Z",
            "2024-05-01T12:00:00",
            "2024-05-01T24:00:00Z",
            "2024-05-01T12:60:00Z",
            "2024-05-01T12:00:61Z",
            "2024-05-01T12:00:00.Z",
            "2024-05-01T12:00:00+2:00",
            "2024-05-01T12:00:00+0200",
            "2024-05-01T12:00:00+24:00",
            "2024-05-01T12:00:00+02:60",
            "2024-05-01T12:00:00ZZ",
            "2024-05-01X12:00:00Z",
            "2024-05-01Tab:00:00Z",
            "+024-05-01",
            "2024-05-01é",
        ] {
            assert_eq!(parse_timestamp(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn max_days() {
        assert_eq!(parse_max_days("90").ok(), Some(90));
        assert_eq!(parse_max_days(" 1 ").ok(), Some(1));
        for bad in ["0", "-1", "3.5", "ninety", "", "99999999999"] {
            let e = parse_max_days(bad).expect_err(bad);
            assert!(e.message.contains("`max-days`"), "{}", e.message);
            assert!(e.message.contains(&format!("{bad:?}")), "{}", e.message);
        }
    }
}
