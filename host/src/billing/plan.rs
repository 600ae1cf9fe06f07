//! Plans: what a tenant pays for gas. Written as TOML by the operator, checked strictly (an
//! unknown class, a negative price or an unknown field is an error naming it), and
//! content-addressed like policies, so an invoice names exactly the plan it was priced under.
//!
//! ```toml
//! name = "team"
//! currency = "EUR"
//! included_gas = 50_000_000_000   # per calendar month, all classes together
//! minimum_charge = 10_000_000     # micro-units: 10.00 EUR
//! cap = 2_000_000_000             # optional: never more than 2,000.00 EUR a month
//!
//! [prices]                        # micro-units per million gas of the class, beyond the included gas
//! instruction = 20
//! host_call = 40
//! row_written = 100
//! ```
//!
//! A class not listed in `[prices]` costs nothing. A plan's amounts are per billing period, a
//! calendar month in the tenant's time zone (see [`super::period`]).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::gas::GasClass;

/// Micro-units in one unit of a currency: amounts are integers of these.
pub const MICROS_PER_UNIT: u64 = 1_000_000;

/// A plan, checked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    /// The plan's name (a tenant is put on a plan by name; each change is a new version).
    pub name: String,
    /// ISO 4217 currency code, e.g. `EUR`.
    pub currency: String,
    /// Gas included per period, all classes together, before any class is charged.
    pub included_gas: u64,
    /// Micro-units per million gas of each class beyond the included gas; every class is
    /// present (0 when the plan does not price it).
    pub prices: BTreeMap<GasClass, u64>,
    /// The least a period costs, in micro-units.
    pub minimum_charge: u64,
    /// The most a period costs, in micro-units, if the plan caps it.
    pub cap: Option<u64>,
}

/// Why a plan was refused.
#[derive(Debug, thiserror::Error)]
pub enum PlanError {
    /// Not TOML, a field of the wrong type, or a field plans do not have.
    #[error("plan is not valid: {0}")]
    Toml(#[from] toml::de::Error),
    /// A price for a class the gas schedule does not have.
    #[error("plan prices unknown gas class `{0}`; the classes are {classes}", classes = class_names())]
    UnknownClass(String),
    /// A money or gas amount below zero.
    #[error(
        "plan field `{0}` is negative; amounts are whole micro-units of the currency, 0 or more"
    )]
    Negative(String),
    /// A currency that is not three capital letters.
    #[error("plan currency `{0}` is not an ISO 4217 code (three capital letters, e.g. EUR)")]
    Currency(String),
    /// A name that cannot be used.
    #[error("plan name `{0}` is not usable: 1-64 letters, digits, `-`, `_` or `.`")]
    Name(String),
    /// A cap below the minimum charge.
    #[error("plan cap {cap} is below its minimum charge {minimum}")]
    CapBelowMinimum {
        /// The cap.
        cap: u64,
        /// The minimum charge.
        minimum: u64,
    },
}

fn class_names() -> String {
    GasClass::ALL.map(GasClass::name).join(", ")
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlan {
    name: String,
    currency: String,
    #[serde(default)]
    included_gas: i64,
    #[serde(default)]
    prices: BTreeMap<String, i64>,
    #[serde(default)]
    minimum_charge: i64,
    cap: Option<i64>,
}

fn amount(field: &str, value: i64) -> Result<u64, PlanError> {
    u64::try_from(value).map_err(|_| PlanError::Negative(field.to_string()))
}

impl Plan {
    /// Parses and checks a plan written as TOML.
    pub fn from_toml(text: &str) -> Result<Plan, PlanError> {
        let raw: RawPlan = toml::from_str(text)?;
        if !crate::state::valid_name(&raw.name) {
            return Err(PlanError::Name(raw.name));
        }
        if raw.currency.len() != 3 || !raw.currency.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(PlanError::Currency(raw.currency));
        }
        let mut prices: BTreeMap<GasClass, u64> = GasClass::ALL.iter().map(|&c| (c, 0)).collect();
        for (name, price) in &raw.prices {
            let class = GasClass::ALL
                .into_iter()
                .find(|c| c.name() == name)
                .ok_or_else(|| PlanError::UnknownClass(name.clone()))?;
            prices.insert(class, amount(&format!("prices.{name}"), *price)?);
        }
        let minimum_charge = amount("minimum_charge", raw.minimum_charge)?;
        let cap = raw.cap.map(|c| amount("cap", c)).transpose()?;
        if let Some(cap) = cap
            && cap < minimum_charge
        {
            return Err(PlanError::CapBelowMinimum {
                cap,
                minimum: minimum_charge,
            });
        }
        Ok(Plan {
            name: raw.name,
            currency: raw.currency,
            included_gas: amount("included_gas", raw.included_gas)?,
            prices,
            minimum_charge,
            cap,
        })
    }

    /// The plan's content address: blake3 of its canonical JSON (sorted keys, every class).
    pub fn id(&self) -> String {
        let canonical = serde_json::to_value(self).unwrap_or_default();
        blake3::hash(canonical.to_string().as_bytes())
            .to_hex()
            .to_string()
    }

    /// Micro-units per million gas of `class` beyond the included gas.
    pub fn price(&self, class: GasClass) -> u64 {
        self.prices.get(&class).copied().unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEAM: &str = r#"
        name = "team"
        currency = "EUR"
        included_gas = 1_000_000
        minimum_charge = 5_000_000
        cap = 900_000_000
        [prices]
        instruction = 20
        host_call = 40
    "#;

    #[test]
    fn a_plan_parses_with_every_class_priced() {
        let plan = Plan::from_toml(TEAM).expect("valid");
        assert_eq!(plan.price(GasClass::Instruction), 20);
        assert_eq!(plan.price(GasClass::HostCall), 40);
        assert_eq!(plan.price(GasClass::RowRead), 0);
        assert_eq!(plan.prices.len(), GasClass::ALL.len());
        assert_eq!(plan.cap, Some(900_000_000));
    }

    #[test]
    fn the_id_is_the_content_whatever_the_spelling() {
        let a = Plan::from_toml(TEAM).expect("valid");
        // The same plan written in another order, with an explicit zero price.
        let b = Plan::from_toml(
            r#"
                cap = 900_000_000
            minimum_charge = 5_000_000
            included_gas = 1_000_000
            currency = "EUR"
            name = "team"
            [prices]
            host_call = 40
            row_read = 0
            instruction = 20
            "#,
        )
        .expect("valid");
        assert_eq!(a.id(), b.id());
        let c =
            Plan::from_toml(&TEAM.replace("instruction = 20", "instruction = 21")).expect("valid");
        assert_ne!(a.id(), c.id());
        assert_eq!(a.id().len(), 64);
    }

    #[test]
    fn bad_plans_are_refused_naming_what_is_wrong() {
        let cases = [
            (
                TEAM.replace("host_call = 40", "gpu = 40"),
                "unknown gas class `gpu`",
            ),
            (
                TEAM.replace("host_call = 40", "host_call = -1"),
                "`prices.host_call` is negative",
            ),
            (
                TEAM.replace("minimum_charge = 5_000_000", "minimum_charge = -5"),
                "`minimum_charge` is negative",
            ),
            (TEAM.replace("\"EUR\"", "\"euro\""), "not an ISO 4217 code"),
            (TEAM.replace("\"team\"", "\"a b\""), "not usable"),
            (
                format!("period = \"weekly\"\n{TEAM}"),
                "unknown field `period`",
            ),
            (
                TEAM.replace("cap = 900_000_000", "cap = 1"),
                "below its minimum charge",
            ),
            (format!("discount = 3\n{TEAM}"), "unknown field `discount`"),
            (
                TEAM.replace("instruction = 20", "instruction = 2.5"),
                "invalid type: floating point",
            ),
        ];
        for (text, expected) in cases {
            let error = Plan::from_toml(&text).expect_err(expected).to_string();
            assert!(error.contains(expected), "{expected:?} not in {error:?}");
        }
    }
}
