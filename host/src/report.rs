//! Reports as both front ends and `bench` write them: the output formats, the gas report's
//! rows, CSV (through the `csv` crate) and pretty JSON.

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
    /// Apache Parquet, written by DuckDB (`invoice` only; binary: use `--output`).
    Parquet,
    /// A self-contained HTML page with inline charts (`invoice` only).
    Html,
}

/// Why a report could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// The CSV writer failed.
    #[error("writing the report as CSV failed: {0}")]
    Csv(#[from] csv::Error),
    /// The CSV writer's buffer could not be taken back.
    #[error("writing the report as CSV failed: {0}")]
    CsvBuffer(String),
    /// Serialising the report as JSON failed.
    #[error("writing the report as JSON failed: {0}")]
    Json(#[from] serde_json::Error),
    /// DuckDB could not write the Parquet file.
    #[error("writing the report as Parquet failed: {0}")]
    Parquet(String),
}

/// The header and rows of a gas report table (or CSV): one row per tenant and plugin, a column
/// per gas class and the total.
pub fn gas_report_rows(report: &[ReportRow]) -> (Vec<&'static str>, Vec<Vec<String>>) {
    let mut header = vec!["TENANT", "PLUGIN", "KIND", "INVOCATIONS", "FAILED"];
    header.extend(GasClass::ALL.iter().map(|c| c.name()));
    header.extend(["TOTAL", "ENERGY_WH", "CO2E_G"]);
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
            row.push(crate::billing::watt_hours(r.energy_nj));
            row.push(crate::billing::grams(r.co2e_ug));
            row
        })
        .collect();
    (header, rows)
}

/// Rows as CSV text (RFC 4180 quoting) with a header record, each record ending in `\n`.
pub fn csv_text(header: &[&str], rows: &[Vec<String>]) -> Result<String, ReportError> {
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(header)?;
    for row in rows {
        out.write_record(row)?;
    }
    let bytes = out
        .into_inner()
        .map_err(|e| ReportError::CsvBuffer(e.error().to_string()))?;
    // Every field was a `&str`, so the bytes are UTF-8.
    String::from_utf8(bytes).map_err(|e| ReportError::CsvBuffer(e.to_string()))
}

/// Rows as an Apache Parquet file, through DuckDB's `COPY … (FORMAT parquet)`: `columns` are
/// (name, SQL type) pairs, the cells text (an empty cell is NULL). One thread, so the same rows
/// always give the same bytes.
pub fn parquet_bytes(
    columns: &[(&str, &str)],
    rows: &[Vec<String>],
) -> Result<Vec<u8>, ReportError> {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let fail = |e: &dyn std::fmt::Display| ReportError::Parquet(e.to_string());
    let conn = duckdb::Connection::open_in_memory().map_err(|e| fail(&e))?;
    let text_columns: Vec<String> = columns
        .iter()
        .map(|(n, _)| format!("\"{n}\" VARCHAR"))
        .collect();
    conn.execute_batch(&format!(
        "SET threads = 1; CREATE TABLE cells ({})",
        text_columns.join(", ")
    ))
    .map_err(|e| fail(&e))?;
    {
        let mut appender = conn.appender("cells").map_err(|e| fail(&e))?;
        for row in rows {
            appender
                .append_row(duckdb::appender_params_from_iter(row.iter()))
                .map_err(|e| fail(&e))?;
        }
        appender.flush().map_err(|e| fail(&e))?;
    }
    let typed: Vec<String> = columns
        .iter()
        .map(|(n, t)| format!("CAST(NULLIF(\"{n}\", '') AS {t}) AS \"{n}\""))
        .collect();
    let path = std::env::temp_dir().join(format!(
        "traceguard-{}-{}.parquet",
        std::process::id(),
        NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    ));
    let quoted = path.to_string_lossy().replace('\'', "''");
    let copied = conn.execute_batch(&format!(
        "COPY (SELECT {} FROM cells ORDER BY rowid) TO '{quoted}' (FORMAT parquet)",
        typed.join(", ")
    ));
    let bytes = copied
        .map_err(|e| fail(&e))
        .and_then(|_| std::fs::read(&path).map_err(|e| fail(&e)));
    let _ = std::fs::remove_file(&path);
    bytes
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

    /// Reads CSV text back into records.
    fn records(text: &str) -> Vec<Vec<String>> {
        csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.as_bytes())
            .records()
            .map(|r| {
                r.expect("a CSV record")
                    .iter()
                    .map(str::to_string)
                    .collect()
            })
            .collect()
    }

    #[test]
    fn csv_fields_with_commas_quotes_and_line_breaks_survive_a_round_trip() {
        let rows = vec![
            vec![
                "a, b".to_string(),
                "say \"hi\"".to_string(),
                "two\nlines".to_string(),
            ],
            vec![
                "all, \"three\"\nat once".to_string(),
                "carriage\rreturn".to_string(),
                "crlf\r\nend".to_string(),
            ],
            vec![String::new(), " padded ".to_string(), "plain".to_string()],
        ];
        let text = csv_text(&["ONE", "TWO", "THREE"], &rows).expect("csv");
        let mut expected = vec![vec!["ONE".to_string(), "TWO".into(), "THREE".into()]];
        expected.extend(rows);
        assert_eq!(records(&text), expected, "{text:?}");
        assert!(text.starts_with("ONE,TWO,THREE\n"), "{text:?}");
        assert!(
            text.contains("\"all, \"\"three\"\"\nat once\""),
            "quotes are doubled inside a quoted field: {text:?}"
        );
        assert!(text.ends_with('\n'));
    }

    #[test]
    fn gas_report_rows_have_a_column_per_gas_class_and_a_total() {
        let (header, rows) = gas_report_rows(&[]);
        assert_eq!(header.len(), 5 + GasClass::ALL.len() + 3);
        assert_eq!(header[header.len() - 3], "TOTAL");
        assert!(rows.is_empty());
    }
}
