//! Billing: turning metered gas into money. A [`plan::Plan`] prices each gas class in integer
//! micro-units of a currency (no floats anywhere in money); [`pricing`] applies a plan to
//! ledger rows in ledger order; [`period`] says which calendar month (in the tenant's time zone)
//! a row belongs to; [`invoice`] builds a tenant's invoice for a month from its ledger rows,
//! deterministically, so an invoice can always be derived again and give the same bytes.

pub mod html;
pub mod invoice;
pub mod period;
pub mod plan;
pub mod pricing;

pub use period::{Month, PeriodError, Renewal, Zone};
pub use plan::{MICROS_PER_UNIT, Plan, PlanError};
pub use pricing::{Line, Priced, Pricer, Terms, Usage, price};

/// Micro-units as a decimal amount with six places (`12.500000`).
pub fn money(micros: u64) -> String {
    format!(
        "{}.{:06}",
        micros / MICROS_PER_UNIT,
        micros % MICROS_PER_UNIT
    )
}

/// Energy in nanojoules as watt-hours with six places (`0.001250`; 1 Wh = 3.6e12 nJ, rounded
/// half up).
pub fn watt_hours(nj: u64) -> String {
    let micro_wh = (u128::from(nj) + 1_800_000) / 3_600_000;
    format!("{}.{:06}", micro_wh / 1_000_000, micro_wh % 1_000_000)
}

/// A mass in micrograms as grams with six places.
pub fn grams(ug: u64) -> String {
    format!("{}.{:06}", ug / 1_000_000, ug % 1_000_000)
}

/// The formats an invoice is given in (besides the CLI's table).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InvoiceFormat {
    /// Canonical JSON: the bytes a sealed invoice is stored as.
    Json,
    /// The lines as CSV with a header row.
    Csv,
    /// The lines as Apache Parquet (the CSV's columns, typed).
    Parquet,
    /// A self-contained HTML page with inline SVG charts.
    Html,
}

impl InvoiceFormat {
    /// Parses `json`, `csv`, `parquet` or `html`.
    pub fn parse(s: &str) -> Option<InvoiceFormat> {
        match s {
            "json" => Some(InvoiceFormat::Json),
            "csv" => Some(InvoiceFormat::Csv),
            "parquet" => Some(InvoiceFormat::Parquet),
            "html" => Some(InvoiceFormat::Html),
            _ => None,
        }
    }

    /// The HTTP content type.
    pub fn content_type(self) -> &'static str {
        match self {
            InvoiceFormat::Json => "application/json",
            InvoiceFormat::Csv => "text/csv; charset=utf-8",
            InvoiceFormat::Parquet => "application/vnd.apache.parquet",
            InvoiceFormat::Html => "text/html; charset=utf-8",
        }
    }

    /// The file name extension.
    pub fn extension(self) -> &'static str {
        match self {
            InvoiceFormat::Json => "json",
            InvoiceFormat::Csv => "csv",
            InvoiceFormat::Parquet => "parquet",
            InvoiceFormat::Html => "html",
        }
    }
}

/// The SQL type of each invoice table column in Parquet (docs/billing.md has the schema).
fn invoice_column_type(name: &str) -> &'static str {
    match name {
        "from" | "to" => "DATE",
        "plan_version" | "gas" | "included" | "billable" | "price" => "UBIGINT",
        "amount" => "BIGINT",
        _ => "VARCHAR",
    }
}

/// An invoice in `format`; `json` is its canonical JSON (for a sealed invoice, the stored
/// bytes), given as is.
pub fn render_invoice(
    invoice: &invoice::Invoice,
    json: &str,
    format: InvoiceFormat,
) -> Result<Vec<u8>, crate::report::ReportError> {
    Ok(match format {
        InvoiceFormat::Json => json.as_bytes().to_vec(),
        InvoiceFormat::Csv => {
            let (header, rows) = invoice.table();
            crate::report::csv_text(&header, &rows)?.into_bytes()
        }
        InvoiceFormat::Parquet => {
            let (header, rows) = invoice.table();
            let columns: Vec<(&str, &str)> = header
                .iter()
                .map(|&name| (name, invoice_column_type(name)))
                .collect();
            crate::report::parquet_bytes(&columns, &rows)?
        }
        InvoiceFormat::Html => html::invoice(invoice).into_bytes(),
    })
}
