//! Dates of report ranges (`--from`/`--to` and the API's `from`/`to`): `YYYY-MM-DD`.

/// Checks a `YYYY-MM-DD` date (for `--from`/`--to` and the API's `from`/`to`).
pub fn parse_date(s: &str) -> Result<String, String> {
    let parts: Vec<&str> = s.split('-').collect();
    let ok = parts.len() == 3
        && parts[0].len() == 4
        && parts[1].len() == 2
        && parts[2].len() == 2
        && parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit()))
        && (1..=12).contains(&parts[1].parse::<u32>().unwrap_or(0))
        && (1..=31).contains(&parts[2].parse::<u32>().unwrap_or(0));
    if ok {
        Ok(s.to_string())
    } else {
        Err(format!("`{s}` is not a date; use YYYY-MM-DD"))
    }
}
