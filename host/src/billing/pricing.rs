//! Pricing one tenant's usage of one period under a plan.
//!
//! The rules, chosen so that anyone can recompute an invoice from the ledger by hand:
//! - included gas is used up in the order usage is fed to the [`Pricer`] (an invoice feeds each
//!   day's sums per plugin, day by day; [`price`] feeds rows in ledger order), and within one
//!   entry in the gas schedule's class order (`base`, `instruction`, `host_call`, …);
//! - gas beyond it is billable; a line is one plugin and one class, its amount is its billable
//!   gas × the class price (micro-units per million gas) / 1,000,000, rounded half up, once
//!   per line (not per row, so splitting a period's calls differently cannot change the sum);
//! - the subtotal is the sum of the lines; below the plan's minimum charge a top-up brings it
//!   to the minimum; above its cap a reduction brings it down to the cap.
//!
//! All arithmetic is in integers (`u128` where products could overflow `u64`).

use serde::{Deserialize, Serialize};

use super::plan::Plan;
use crate::gas::GasClass;

/// One ledger row, as pricing needs it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Usage {
    /// The invocation's ledger id: the order included gas is used up in.
    pub invocation_id: u64,
    /// The plugin the invocation ran.
    pub plugin: String,
    /// Gas charged per class, in [`GasClass::ALL`] order.
    pub gas: [u64; GasClass::ALL.len()],
}

/// One invoice line: one plugin's gas of one class over the period.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Line {
    /// The plugin.
    pub plugin: String,
    /// The gas class.
    pub class: GasClass,
    /// Gas of this class the plugin's calls were charged.
    pub gas: u64,
    /// Of it, gas the plan's included gas covered.
    pub included: u64,
    /// Of it, gas billed at the class price (`gas - included`).
    pub billable: u64,
    /// Micro-units per million gas.
    pub price: u64,
    /// Micro-units billed for the line.
    pub amount: u64,
}

/// A period priced under a plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Priced {
    /// Lines sorted by plugin, then class in schedule order; lines with no gas are left out.
    pub lines: Vec<Line>,
    /// Gas of every row together.
    pub gas: u64,
    /// Included gas used.
    pub included_used: u64,
    /// Sum of the line amounts, micro-units.
    pub subtotal: u64,
    /// Added to reach the plan's minimum charge.
    pub minimum_top_up: u64,
    /// Taken off to stay within the plan's cap.
    pub cap_reduction: u64,
    /// What the period costs: subtotal + top-up - reduction, micro-units.
    pub total: u64,
}

/// `value × price / 1,000,000`, rounded half up.
pub(crate) fn amount(billable: u64, price: u64) -> u64 {
    round_millionths(u128::from(billable) * u128::from(price))
}

/// Millionths of a micro-unit, rounded half up to micro-units.
pub(crate) fn round_millionths(millionths: u128) -> u64 {
    u64::try_from((millionths + 500_000) / 1_000_000).unwrap_or(u64::MAX)
}

/// What a stretch of a period is billed under: the plan's prices with its included gas,
/// minimum charge and cap for that stretch (whole-month amounts, or prorated by days).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Terms {
    /// Micro-units per million gas of each class.
    pub prices: [u64; GasClass::ALL.len()],
    /// Gas covered before any class is billed.
    pub included_gas: u64,
    /// The least the stretch costs.
    pub minimum_charge: u64,
    /// The most it costs, if capped.
    pub cap: Option<u64>,
}

impl Terms {
    /// A whole period of `plan`.
    pub fn of(plan: &Plan) -> Terms {
        Terms {
            prices: GasClass::ALL.map(|c| plan.price(c)),
            included_gas: plan.included_gas,
            minimum_charge: plan.minimum_charge,
            cap: plan.cap,
        }
    }

    /// `plan` for `days` of a period of `period_days`: included gas prorated rounding down,
    /// the minimum charge and the cap rounding half up.
    pub fn prorated(plan: &Plan, days: u32, period_days: u32) -> Terms {
        let share = |v: u64, round_up_half: bool| {
            let num = u128::from(v) * u128::from(days);
            let den = u128::from(period_days.max(1));
            let q = if round_up_half {
                (2 * num + den) / (2 * den)
            } else {
                num / den
            };
            u64::try_from(q).unwrap_or(u64::MAX)
        };
        Terms {
            prices: GasClass::ALL.map(|c| plan.price(c)),
            included_gas: share(plan.included_gas, false),
            minimum_charge: share(plan.minimum_charge, true),
            cap: plan.cap.map(|c| share(c, true)),
        }
    }

    /// The plan's prices alone: no included gas, no minimum, no cap (late rows of a sealed
    /// period, billed as adjustments).
    pub fn prices_only(plan: &Plan) -> Terms {
        Terms {
            prices: GasClass::ALL.map(|c| plan.price(c)),
            included_gas: 0,
            minimum_charge: 0,
            cap: None,
        }
    }

    /// Nothing priced (a stretch with no plan in force).
    pub fn free() -> Terms {
        Terms {
            prices: [0; GasClass::ALL.len()],
            included_gas: 0,
            minimum_charge: 0,
            cap: None,
        }
    }
}

/// Prices ledger rows fed one at a time in ledger order: included gas is used up as rows
/// arrive, and per plugin and class the gas and the part included are summed.
#[derive(Clone, Debug)]
pub struct Pricer {
    terms: Terms,
    allowance: u64,
    // plugin -> per class (gas, included)
    sums: std::collections::HashMap<String, [(u64, u64); GasClass::ALL.len()]>,
}

impl Pricer {
    /// Starts a stretch under `terms`.
    pub fn new(terms: Terms) -> Pricer {
        Pricer {
            allowance: terms.included_gas,
            terms,
            sums: Default::default(),
        }
    }

    /// The terms this stretch is priced under.
    pub fn terms(&self) -> &Terms {
        &self.terms
    }

    /// Adds the next row (in ledger order): `plugin`'s gas per class. Returns the row's price
    /// before rounding, in millionths of a micro-unit (its billable gas × the class prices), and
    /// the included gas it used.
    pub fn add(&mut self, plugin: &str, gas: &[u64; GasClass::ALL.len()]) -> (u128, u64) {
        // Look up before inserting: a row's plugin is almost always known already, and this
        // spares an allocation per row.
        if !self.sums.contains_key(plugin) {
            self.sums.insert(plugin.to_string(), Default::default());
        }
        let Some(sums) = self.sums.get_mut(plugin) else {
            return (0, 0);
        };
        let mut millionths = 0u128;
        let mut included = 0u64;
        for (i, &g) in gas.iter().enumerate() {
            if g == 0 {
                continue;
            }
            let covered = g.min(self.allowance);
            self.allowance -= covered;
            included += covered;
            sums[i].0 = sums[i].0.saturating_add(g);
            sums[i].1 += covered;
            millionths += u128::from(g - covered) * u128::from(self.terms.prices[i]);
        }
        (millionths, included)
    }

    /// The priced stretch: lines, then subtotal, minimum top-up, cap reduction and total.
    pub fn finish(self) -> Priced {
        let mut lines: Vec<Line> = Vec::new();
        let mut gas_total: u64 = 0;
        for (plugin, sums) in &self.sums {
            for (i, &(gas, included)) in sums.iter().enumerate() {
                if gas == 0 {
                    continue;
                }
                let billable = gas - included;
                let price = self.terms.prices[i];
                gas_total = gas_total.saturating_add(gas);
                lines.push(Line {
                    plugin: plugin.clone(),
                    class: GasClass::ALL[i],
                    gas,
                    included,
                    billable,
                    price,
                    amount: amount(billable, price),
                });
            }
        }
        lines.sort_by(|a, b| (&a.plugin, a.class).cmp(&(&b.plugin, b.class)));
        let subtotal = lines
            .iter()
            .fold(0u64, |sum, l| sum.saturating_add(l.amount));
        let minimum_top_up = self.terms.minimum_charge.saturating_sub(subtotal);
        let before_cap = subtotal.saturating_add(minimum_top_up);
        let cap_reduction = self
            .terms
            .cap
            .map_or(0, |cap| before_cap.saturating_sub(cap));
        Priced {
            included_used: self.terms.included_gas - self.allowance,
            gas: gas_total,
            lines,
            subtotal,
            minimum_top_up,
            cap_reduction,
            total: before_cap - cap_reduction,
        }
    }
}

/// Prices `rows` (one tenant, one period) under `plan`. The rows may come in any order: they
/// are used in invocation id order.
pub fn price(plan: &Plan, rows: &[Usage]) -> Priced {
    let mut order: Vec<&Usage> = rows.iter().collect();
    order.sort_by_key(|r| r.invocation_id);
    let mut pricer = Pricer::new(Terms::of(plan));
    for row in order {
        pricer.add(&row.plugin, &row.gas);
    }
    pricer.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(included: u64, minimum: u64, cap: Option<u64>) -> Plan {
        let cap = cap.map_or(String::new(), |c| format!("cap = {c}\n"));
        Plan::from_toml(&format!(
            "name = \"p\"\ncurrency = \"EUR\"\nincluded_gas = {included}\n\
             minimum_charge = {minimum}\n{cap}[prices]\nbase = 1000\ninstruction = 20\nhost_call = 333\n"
        ))
        .expect("valid plan")
    }

    /// A row with `base`, `instruction` and `host_call` gas.
    fn row(id: u64, plugin: &str, base: u64, instruction: u64, host_call: u64) -> Usage {
        let mut gas = [0; GasClass::ALL.len()];
        gas[0] = base;
        gas[1] = instruction;
        gas[2] = host_call;
        Usage {
            invocation_id: id,
            plugin: plugin.into(),
            gas,
        }
    }

    #[test]
    fn included_gas_is_used_in_ledger_order_then_classes_are_billed() {
        // 10,000 gas included, used in ledger order: row 1 (though it comes second) takes 5,000
        // for base, 4,000 for instruction and the last 1,000 for host_call; row 2 pays for all.
        let rows = [
            row(2, "spdx", 5_000, 2_000_000, 0),
            row(1, "cyclonedx", 5_000, 4_000, 3_000_000),
        ];
        let priced = price(&plan(10_000, 0, None), &rows);
        let got: Vec<(&str, GasClass, u64, u64, u64)> = priced
            .lines
            .iter()
            .map(|l| (l.plugin.as_str(), l.class, l.gas, l.included, l.amount))
            .collect();
        assert_eq!(
            got,
            [
                ("cyclonedx", GasClass::Base, 5_000, 5_000, 0),
                ("cyclonedx", GasClass::Instruction, 4_000, 4_000, 0),
                // 2,999,000 × 333 / 1,000,000 = 998.667 -> 999
                ("cyclonedx", GasClass::HostCall, 3_000_000, 1_000, 999),
                // 5,000 × 1,000 / 1,000,000 = 5
                ("spdx", GasClass::Base, 5_000, 0, 5),
                // 2,000,000 × 20 / 1,000,000 = 40
                ("spdx", GasClass::Instruction, 2_000_000, 0, 40),
            ]
        );
        assert_eq!(priced.included_used, 10_000);
        assert_eq!(priced.gas, 5_000 + 4_000 + 3_000_000 + 5_000 + 2_000_000);
        assert_eq!(priced.subtotal, 999 + 5 + 40);
        assert_eq!(priced.total, priced.subtotal);
    }

    #[test]
    fn amounts_round_half_up_once_per_line() {
        // 1,500 host-call gas at 333 per million = 0.4995 -> 0; twice on one line = 0.999 -> 1.
        let one = price(&plan(0, 0, None), &[row(1, "p", 0, 0, 1_500)]);
        assert_eq!(one.total, 0);
        let two = price(
            &plan(0, 0, None),
            &[row(1, "p", 0, 0, 1_500), row(2, "p", 0, 0, 1_500)],
        );
        assert_eq!(two.lines.len(), 1);
        assert_eq!(two.total, 1);
        // 4,509 × 333 = 1,501,497 millionths: 1.501 -> 2; exactly half rounds up.
        assert_eq!(amount(1_500_000, 1), 2);
        assert_eq!(amount(4_509, 333), 2);
        assert_eq!(amount(1_501_501, 1), 2);
        assert_eq!(amount(1_499_999, 1), 1);
        assert_eq!(amount(u64::MAX, u64::MAX), u64::MAX);
    }

    #[test]
    fn the_minimum_charge_and_the_cap_bound_the_total() {
        let rows = [row(1, "p", 0, 100_000_000, 0)]; // 2,000 micro-units
        let low = price(&plan(0, 5_000, None), &rows);
        assert_eq!(
            (low.subtotal, low.minimum_top_up, low.total),
            (2_000, 3_000, 5_000)
        );
        let high = price(&plan(0, 0, Some(1_500)), &rows);
        assert_eq!(
            (high.subtotal, high.cap_reduction, high.total),
            (2_000, 500, 1_500)
        );
        let idle = price(&plan(0, 5_000, Some(9_000)), &[]);
        assert!(idle.lines.is_empty());
        assert_eq!(idle.total, 5_000);
    }

    #[test]
    fn the_order_rows_arrive_in_does_not_change_the_price() {
        let rows: Vec<Usage> = (1..=50)
            .map(|i| row(i, ["a", "b", "c"][i as usize % 3], 5_000, i * 10_000, i * 7))
            .collect();
        let mut shuffled = rows.clone();
        shuffled.reverse();
        shuffled.swap(3, 40);
        let p = plan(300_000, 0, None);
        assert_eq!(price(&p, &rows), price(&p, &shuffled));
    }
}
