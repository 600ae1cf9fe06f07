//! Reports as both front ends and `bench` write them: the output formats, the gas report's
//! rows, CSV and pretty JSON.

use serde::Serialize;

use crate::gas::GasClass;
use crate::state::ReportRow;

/// How a command prints its data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned columns for a terminal.
    Table,
    /// JSON (one document).
    Json,
    /// Comma-separated values with a header row (reports only).
    Csv,
    /// OSCAL 1.1 assessment results, JSON (`policy report` only).
    Oscal,
}

/// Why a report could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// Serialising the report as JSON failed.
    #[error("writing the report as JSON failed: {0}")]
    Json(#[from] serde_json::Error),
}

/// The header and rows of a gas report table (or CSV): one row per tenant and plugin, a column
/// per gas class and the total.
pub fn gas_report_rows(report: &[ReportRow]) -> (Vec<&'static str>, Vec<Vec<String>>) {
    let mut header = vec!["TENANT", "PLUGIN", "KIND", "INVOCATIONS", "FAILED"];
    header.extend(GasClass::ALL.iter().map(|c| c.name()));
    header.push("TOTAL");
    let rows = report
        .iter()
        .map(|r| {
            let mut row = vec![
                r.tenant.clone(),
                r.plugin.clone(),
                r.kind.clone(),
                r.invocations.to_string(),
                r.failed.to_string(),
            ];
            row.extend(GasClass::ALL.iter().map(|c| r.gas.get(*c).to_string()));
            row.push(r.gas.total().to_string());
            row
        })
        .collect();
    (header, rows)
}

/// Rows as CSV text with a header line, each line ending in `\n`.
pub fn csv_text(header: &[&str], rows: &[Vec<String>]) -> String {
    let quote = |s: &str| {
        if s.contains([',', '"', '\n']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s.to_string()
        }
    };
    let mut text = header
        .iter()
        .map(|h| quote(h))
        .collect::<Vec<_>>()
        .join(",");
    text.push('\n');
    for row in rows {
        text.push_str(&row.iter().map(|c| quote(c)).collect::<Vec<_>>().join(","));
        text.push('\n');
    }
    text
}

/// A value as pretty JSON text.
pub fn json_text<T: Serialize + ?Sized>(value: &T) -> Result<String, ReportError> {
    Ok(serde_json::to_string_pretty(value)?)
}

/// Prints a value as pretty JSON on standard output.
pub fn print_json<T: Serialize + ?Sized>(value: &T) -> Result<(), ReportError> {
    println!("{}", json_text(value)?);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gas_report_rows_have_a_column_per_gas_class_and_a_total() {
        let (header, rows) = gas_report_rows(&[]);
        assert_eq!(header.len(), 5 + GasClass::ALL.len() + 1);
        assert_eq!(header.last(), Some(&"TOTAL"));
        assert!(rows.is_empty());
    }
}
