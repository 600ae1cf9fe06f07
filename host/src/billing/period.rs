//! Billing periods: calendar months in a tenant's time zone, and the calendar arithmetic around
//! them (where a month starts and ends in UTC, which local day a ledger row settled on, when a
//! renewing budget's current period began).
//!
//! Time zones are a fixed offset (`+02:00`, `-05:30`, `UTC`) or an IANA name (`Europe/Berlin`)
//! from the tz database compiled into the binary, so the same instant falls in the same period on
//! every machine, off-grid included. A day starts at local midnight; where a daylight-saving
//! change skips midnight, it starts at the first local time that exists.

use std::fmt;

use chrono::{
    DateTime, Datelike, Duration, FixedOffset, LocalResult, NaiveDate, NaiveTime, Offset, TimeZone,
    Utc, Weekday,
};
use serde::{Deserialize, Serialize};

/// Why a period, a time zone or a renewal could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PeriodError {
    /// Not `YYYY-MM`.
    #[error("`{0}` is not a billing period: use a calendar month as YYYY-MM, e.g. 2026-11")]
    Format(String),
    /// Neither a fixed offset nor a known IANA name.
    #[error(
        "`{0}` is not a time zone: use an IANA name (e.g. Europe/Berlin, America/New_York), \
         UTC, or a fixed offset such as +02:00"
    )]
    TimeZone(String),
    /// Not `monthly`, `weekly` or `none`.
    #[error("`{0}` is not a budget renewal: use monthly, weekly or none")]
    Renewal(String),
}

/// A tenant's time zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Zone {
    /// A fixed offset from UTC (UTC itself is `+00:00`).
    Fixed(FixedOffset),
    /// A zone of the tz database, with its daylight-saving rules.
    Named(chrono_tz::Tz),
}

impl Default for Zone {
    fn default() -> Self {
        Zone::Fixed(Utc.fix())
    }
}

impl Zone {
    /// Parses `UTC`, `Z`, `±HH:MM` or an IANA name.
    pub fn parse(s: &str) -> Result<Zone, PeriodError> {
        let bad = || PeriodError::TimeZone(s.to_string());
        if s.eq_ignore_ascii_case("utc") || s == "Z" {
            return Ok(Zone::default());
        }
        if let Some(rest) = s.strip_prefix(['+', '-']) {
            let b = rest.as_bytes();
            if b.len() != 5
                || b[2] != b':'
                || !rest
                    .bytes()
                    .filter(|&c| c != b':')
                    .all(|c| c.is_ascii_digit())
            {
                return Err(bad());
            }
            let hours: i32 = rest[..2].parse().map_err(|_| bad())?;
            let minutes: i32 = rest[3..].parse().map_err(|_| bad())?;
            if hours > 14 || minutes > 59 {
                return Err(bad());
            }
            let seconds = (hours * 60 + minutes) * 60 * if s.starts_with('-') { -1 } else { 1 };
            return FixedOffset::east_opt(seconds)
                .map(Zone::Fixed)
                .ok_or_else(bad);
        }
        s.parse::<chrono_tz::Tz>()
            .map(Zone::Named)
            .map_err(|_| bad())
    }

    /// The zone as written back: `UTC`, `+02:00` or the IANA name.
    pub fn name(&self) -> String {
        match self {
            Zone::Fixed(o) if o.local_minus_utc() == 0 => "UTC".to_string(),
            Zone::Fixed(o) => o.to_string(),
            Zone::Named(tz) => tz.name().to_string(),
        }
    }

    /// The local calendar day of an instant (Unix microseconds).
    pub fn date_of(&self, us: i64) -> NaiveDate {
        let utc = DateTime::<Utc>::from_timestamp_micros(us).unwrap_or_default();
        match self {
            Zone::Fixed(o) => utc.with_timezone(o).date_naive(),
            Zone::Named(tz) => utc.with_timezone(tz).date_naive(),
        }
    }

    /// The instant (Unix microseconds) local day `date` starts: its midnight, or the first
    /// local time after it where a daylight-saving change skips midnight.
    pub fn start_of(&self, date: NaiveDate) -> i64 {
        let midnight = date.and_time(NaiveTime::MIN);
        let first = |local: &dyn Fn(chrono::NaiveDateTime) -> Option<i64>| {
            // A gap is at most a few hours; step through it by quarter hours.
            (0..=96)
                .find_map(|q| local(midnight + Duration::minutes(15 * q)))
                .unwrap_or_else(|| midnight.and_utc().timestamp_micros())
        };
        match self {
            Zone::Fixed(o) => first(&|t| earliest(o.from_local_datetime(&t))),
            Zone::Named(tz) => first(&|t| earliest(tz.from_local_datetime(&t))),
        }
    }

    /// An instant as RFC 3339 in this zone (`2026-11-01T00:00:00+01:00`).
    pub fn rfc3339(&self, us: i64) -> String {
        let utc = DateTime::<Utc>::from_timestamp_micros(us).unwrap_or_default();
        let local = match self {
            Zone::Fixed(o) => utc.with_timezone(o).fixed_offset(),
            Zone::Named(tz) => utc.with_timezone(tz).fixed_offset(),
        };
        local.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)
    }
}

fn earliest<T: TimeZone>(r: LocalResult<DateTime<T>>) -> Option<i64> {
    r.earliest().map(|t| t.timestamp_micros())
}

impl fmt::Display for Zone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name())
    }
}

/// A billing period: one calendar month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    year: i32,
    month: u32,
}

impl Month {
    /// Parses `YYYY-MM` (years 0001 to 9998, so the next month always exists).
    pub fn parse(s: &str) -> Result<Month, PeriodError> {
        let bad = || PeriodError::Format(s.to_string());
        let b = s.as_bytes();
        if b.len() != 7
            || b[4] != b'-'
            || !b
                .iter()
                .enumerate()
                .all(|(i, c)| i == 4 || c.is_ascii_digit())
        {
            return Err(bad());
        }
        let year: i32 = s[..4].parse().map_err(|_| bad())?;
        let month: u32 = s[5..].parse().map_err(|_| bad())?;
        if !(1..=9998).contains(&year) || !(1..=12).contains(&month) {
            return Err(bad());
        }
        Ok(Month { year, month })
    }

    /// The month a local day falls in.
    pub fn of(date: NaiveDate) -> Month {
        Month {
            year: date.year(),
            month: date.month(),
        }
    }

    /// The month an instant falls in, in `zone`.
    pub fn containing(us: i64, zone: &Zone) -> Month {
        Month::of(zone.date_of(us))
    }

    /// Its first day.
    pub fn first_day(&self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).unwrap_or_default()
    }

    /// The month after it.
    pub fn next(&self) -> Month {
        if self.month == 12 {
            Month {
                year: self.year + 1,
                month: 1,
            }
        } else {
            Month {
                year: self.year,
                month: self.month + 1,
            }
        }
    }

    /// How many days it has.
    pub fn days(&self) -> u32 {
        (self.next().first_day() - self.first_day()).num_days() as u32
    }

    /// Where it starts and ends (exclusive) in `zone`, as Unix microseconds.
    pub fn bounds(&self, zone: &Zone) -> (i64, i64) {
        (
            zone.start_of(self.first_day()),
            zone.start_of(self.next().first_day()),
        )
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// How often a tenant's gas budget renews: the budget is what it may spend per period.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Renewal {
    /// On the first day of each calendar month, in the tenant's time zone.
    Monthly,
    /// On each Monday, in the tenant's time zone.
    Weekly,
    /// Never: the budget is for all time.
    #[default]
    None,
}

impl Renewal {
    /// Parses `monthly`, `weekly` or `none`.
    pub fn parse(s: &str) -> Result<Renewal, PeriodError> {
        match s {
            "monthly" => Ok(Renewal::Monthly),
            "weekly" => Ok(Renewal::Weekly),
            "none" => Ok(Renewal::None),
            _ => Err(PeriodError::Renewal(s.to_string())),
        }
    }

    /// The name as parsed.
    pub fn name(&self) -> &'static str {
        match self {
            Renewal::Monthly => "monthly",
            Renewal::Weekly => "weekly",
            Renewal::None => "none",
        }
    }

    /// The budget period holding instant `us` in `zone`: its start and end (exclusive) as Unix
    /// microseconds; `None` when the budget never renews.
    pub fn period(&self, us: i64, zone: &Zone) -> Option<(i64, i64)> {
        let day = zone.date_of(us);
        match self {
            Renewal::None => None,
            Renewal::Monthly => Some(Month::of(day).bounds(zone)),
            Renewal::Weekly => {
                let monday = day - Duration::days(i64::from(day.weekday().num_days_from_monday()));
                debug_assert_eq!(monday.weekday(), Weekday::Mon);
                Some((
                    zone.start_of(monday),
                    zone.start_of(monday + Duration::days(7)),
                ))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn us(rfc3339: &str) -> i64 {
        DateTime::parse_from_rfc3339(rfc3339)
            .expect("test instant")
            .timestamp_micros()
    }

    #[test]
    fn zones_parse_as_offsets_or_iana_names() {
        assert_eq!(Zone::parse("UTC").map(|z| z.name()), Ok("UTC".into()));
        assert_eq!(Zone::parse("+02:00").map(|z| z.name()), Ok("+02:00".into()));
        assert_eq!(Zone::parse("-05:30").map(|z| z.name()), Ok("-05:30".into()));
        assert_eq!(
            Zone::parse("Europe/Berlin").map(|z| z.name()),
            Ok("Europe/Berlin".into())
        );
        for bad in [
            "Mars/Olympus",
            "+2",
            "+25:00",
            "+02:60",
            "02:00",
            "",
            "+0a:00",
        ] {
            assert_eq!(
                Zone::parse(bad),
                Err(PeriodError::TimeZone(bad.into())),
                "{bad}"
            );
        }
    }

    #[test]
    fn months_parse_and_know_their_length() {
        let feb = Month::parse("2024-02").expect("valid");
        assert_eq!(feb.days(), 29);
        assert_eq!(Month::parse("2023-02").map(|m| m.days()), Ok(28));
        assert_eq!(
            Month::parse("2026-12").map(|m| m.next().to_string()),
            Ok("2027-01".into())
        );
        for bad in [
            "2026-13",
            "2026-00",
            "2026-1",
            "26-11",
            "2026/11",
            "0000-01",
            "2026-11-01",
        ] {
            assert_eq!(
                Month::parse(bad),
                Err(PeriodError::Format(bad.into())),
                "{bad}"
            );
        }
    }

    #[test]
    fn a_month_runs_from_local_midnight_to_local_midnight() {
        let berlin = Zone::parse("Europe/Berlin").expect("zone");
        // November 2026 in Berlin: CET (+01:00) throughout.
        let (start, end) = Month::parse("2026-11").expect("month").bounds(&berlin);
        assert_eq!(start, us("2026-10-31T23:00:00Z"));
        assert_eq!(end, us("2026-11-30T23:00:00Z"));
        assert_eq!(berlin.rfc3339(start), "2026-11-01T00:00:00+01:00");
        // October 2026 starts in summer time (+02:00) and ends in winter time.
        let (start, end) = Month::parse("2026-10").expect("month").bounds(&berlin);
        assert_eq!(start, us("2026-09-30T22:00:00Z"));
        assert_eq!(end, us("2026-10-31T23:00:00Z"));
        // An instant just before local midnight belongs to the old month, just after to the new.
        assert_eq!(
            Month::containing(us("2026-10-31T22:59:59Z"), &berlin).to_string(),
            "2026-10"
        );
        assert_eq!(
            Month::containing(us("2026-10-31T23:00:00Z"), &berlin).to_string(),
            "2026-11"
        );
        let utc = Zone::default();
        assert_eq!(
            Month::containing(us("2026-10-31T23:00:00Z"), &utc).to_string(),
            "2026-10"
        );
        let east = Zone::parse("+05:30").expect("zone");
        assert_eq!(
            Month::parse("2026-11").expect("month").bounds(&east).0,
            us("2026-10-31T18:30:00Z")
        );
    }

    #[test]
    fn a_day_whose_midnight_does_not_exist_starts_when_the_day_does() {
        // Santiago moves its clocks forward at midnight: 2026-09-06 00:00 does not exist there.
        let santiago = Zone::parse("America/Santiago").expect("zone");
        let day = NaiveDate::from_ymd_opt(2026, 9, 6).expect("date");
        let start = santiago.start_of(day);
        assert_eq!(santiago.date_of(start), day);
        assert_eq!(santiago.date_of(start - 1), day.pred_opt().expect("date"));
    }

    #[test]
    fn budgets_renew_on_the_first_of_the_month_or_on_mondays() {
        let utc = Zone::default();
        let now = us("2026-11-18T10:00:00Z"); // a Wednesday
        assert_eq!(Renewal::None.period(now, &utc), None);
        assert_eq!(
            Renewal::Monthly.period(now, &utc),
            Some((us("2026-11-01T00:00:00Z"), us("2026-12-01T00:00:00Z")))
        );
        assert_eq!(
            Renewal::Weekly.period(now, &utc),
            Some((us("2026-11-16T00:00:00Z"), us("2026-11-23T00:00:00Z")))
        );
        assert_eq!(Renewal::parse("weekly"), Ok(Renewal::Weekly));
        assert!(Renewal::parse("daily").is_err());
    }
}
