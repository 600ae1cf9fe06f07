//! Billing: turning metered gas into money. A [`plan::Plan`] prices each gas class in integer
//! micro-units of a currency (no floats anywhere in money); [`pricing::price`] applies a plan to
//! the ledger rows of one tenant and period, deterministically, so an invoice can always be
//! derived again from the ledger and give the same result.

pub mod plan;
pub mod pricing;

pub use plan::{MICROS_PER_UNIT, Period, Plan, PlanError};
pub use pricing::{Line, Priced, Usage, price};
