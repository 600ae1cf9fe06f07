//! Invoices and usage reports as HTML pages for finance users. A page is one self-contained
//! document (one `<style>`, charts as inline SVG, no scripts, nothing fetched from anywhere) so
//! it can be mailed, archived and printed on A4 as it is. Rendering is a pure function of its
//! input, like the invoice itself: the same invoice always gives the same bytes.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::invoice::{Invoice, PlanRef, Status};
use super::pricing::Line;
use super::{grams, money, watt_hours};
use crate::gas::GasClass;
use crate::state::{DayUsage, ReportRow};

// Chart geometry in SVG user units; an SVG scales to the page's width.
const WIDTH: f64 = 720.0;
const HEIGHT: f64 = 220.0;
const LEFT: f64 = 44.0;
const RIGHT: f64 = WIDTH - 8.0;
const TOP: f64 = 20.0;
const BASE: f64 = HEIGHT - 30.0;

const STYLE: &str = "
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;color:#1b1b1b;background:#fff;line-height:1.45;max-width:62rem;margin:2rem auto;padding:0 1.25rem}
h1{font-size:1.6rem;margin:0 0 .3rem} h3{font-size:1rem;margin:1.2rem 0 .4rem}
h2{font-size:1.2rem;margin:2rem 0 .6rem;padding-bottom:.2rem;border-bottom:1px solid #bbb}
table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem;font-size:.9rem} table.wide{font-size:.78rem}
th,td{padding:.25rem .5rem;border-bottom:1px solid #e3e3e3;text-align:left;vertical-align:top}
th{font-weight:600;border-bottom:2px solid #999} tfoot td{font-weight:600;border-top:1px solid #999}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap} .scroll{overflow-x:auto}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1.2rem;margin:.5rem 0}
dl.facts dt{color:#555} dl.facts dd{margin:0;font-variant-numeric:tabular-nums}
.total{font-size:2rem;font-weight:700;font-variant-numeric:tabular-nums;margin:.8rem 0}
.total small{display:block;font-size:.9rem;font-weight:400;color:#555}
.status{display:inline-block;padding:.1rem .6rem;border-radius:.3rem;font-weight:700;font-size:.8rem;letter-spacing:.06em;text-transform:uppercase}
.status.sealed{color:#1d5e32;border:1px solid #1d5e32}
.status.provisional{color:#7a4b00;border:2px dashed #7a4b00;background:#fff4d6}
.provisional-note{border-left:4px solid #c58a00;padding:.4rem .8rem;background:#fff9e8}
.note{color:#555;font-size:.9rem}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85em;word-break:break-all}
figure{margin:.6rem 0 1.2rem} figcaption{font-weight:600;font-size:.9rem}
svg.chart{display:block;width:100%;height:auto} svg.chart rect{fill:#3b6ea5}
svg.chart polyline{fill:none;stroke:#3b6ea5;stroke-width:2}
svg.chart .axis{stroke:#444} svg.chart .grid{stroke:#bbb;stroke-dasharray:3 3}
svg.chart text{font-size:11px;fill:#333;font-family:inherit;font-variant-numeric:tabular-nums}
@page{size:A4;margin:15mm}
@media print{
body{max-width:none;margin:0;padding:0;font-size:10pt}
.status.provisional,.provisional-note{background:none} .scroll{overflow:visible}
table,figure,svg.chart,dl.facts,.block{break-inside:avoid;page-break-inside:avoid}
h2,h3,figcaption{break-after:avoid;page-break-after:avoid} thead{display:table-header-group}
svg.chart rect{fill:#555} svg.chart polyline{stroke:#000}
}
";

/// HTML-escapes text from data so no tenant or plugin name can become markup.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Digits in groups of three: gas runs into billions and has to be read at a glance.
fn group(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn gas_text(n: u64) -> String {
    format!("{} gas", group(n))
}

/// Microseconds as seconds, exactly (six places).
fn seconds(us: u64) -> String {
    format!("{}.{:06}", us / 1_000_000, us % 1_000_000)
}

/// Chart labels have a fixed column: long plugin names are cut (the bar's tooltip has all).
fn short(label: &str) -> String {
    if label.chars().count() <= 28 {
        return label.to_string();
    }
    label.chars().take(27).chain(['…']).collect()
}

/// Sections store the day after their last (an exclusive end); people read ranges inclusively.
fn last_day(to: &str) -> String {
    to.parse::<chrono::NaiveDate>()
        .ok()
        .and_then(|d| d.pred_opt())
        .map_or_else(|| to.to_string(), |d| d.to_string())
}

fn plan_name(plan: Option<&PlanRef>) -> String {
    plan.map_or_else(
        || "no plan".to_string(),
        |p| format!("{}@{}", escape(&p.name), p.version),
    )
}

/// Largest first; ties by name, so equal values always come out in the same order.
fn largest_first(bars: &mut [(&str, u64)]) {
    bars.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
}

/// Amounts in an invoice's currency, as escaped text; with no plan there is no currency and
/// amounts are bare.
struct Money<'a>(Option<&'a str>);

impl Money<'_> {
    fn show(&self, micros: u64) -> String {
        match self.0 {
            Some(code) => format!("{} {}", money(micros), escape(code)),
            None => money(micros),
        }
    }
}

fn open_page(out: &mut String, title: &str) {
    let _ = writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>",
        escape(title)
    );
}

/// Terms and values (values already escaped).
fn facts(out: &mut String, pairs: &[(&str, String)]) {
    out.push_str("<dl class=\"facts\">");
    for (term, value) in pairs {
        let _ = write!(out, "<dt>{term}</dt><dd>{value}</dd>");
    }
    out.push_str("</dl>\n");
}

/// One table row of already escaped cells: the first `text` are text, the rest numbers.
fn tr<S: AsRef<str>>(out: &mut String, tag: &str, cells: &[S], text: usize) {
    out.push_str("<tr>");
    for (i, cell) in cells.iter().enumerate() {
        let class = if i < text { "" } else { " class=\"num\"" };
        let _ = write!(out, "<{tag}{class}>{}</{tag}>", cell.as_ref());
    }
    out.push_str("</tr>\n");
}

fn open_table(out: &mut String, class: &str, head: &[&str], text: usize) {
    let _ = writeln!(out, "<table class=\"{class}\">\n<thead>");
    tr(out, "th", head, text);
    out.push_str("</thead>\n<tbody>\n");
}

fn empty_row(out: &mut String, columns: usize, text: &str) {
    let _ = writeln!(
        out,
        "<tr><td colspan=\"{columns}\" class=\"note\">{text}</td></tr>"
    );
}

fn open_chart(out: &mut String, id: &str, title: &str, height: f64) {
    let title = escape(title);
    let _ = writeln!(
        out,
        "<figure class=\"block\">\n<figcaption>{title}</figcaption>\n\
         <svg id=\"{id}\" class=\"chart\" viewBox=\"0 0 {WIDTH:.0} {height:.0}\" role=\"img\" \
         aria-labelledby=\"{id}-title\">\n<title id=\"{id}-title\">{title}</title>"
    );
}

/// The axes of a chart over days, `0` at the origin, `top_label` (the scale's maximum, already
/// escaped) above the plot, and the first and last of `days` under it: a month of dates would
/// not fit.
fn frame(out: &mut String, top_label: &str, days: &[&str]) {
    let (zero_x, zero_y, top_y, day_y) = (LEFT - 4.0, BASE + 4.0, TOP - 6.0, HEIGHT - 10.0);
    let _ = writeln!(
        out,
        "<line class=\"grid\" x1=\"{LEFT:.2}\" y1=\"{TOP:.2}\" x2=\"{RIGHT:.2}\" y2=\"{TOP:.2}\"/>\n\
         <line class=\"axis\" x1=\"{LEFT:.2}\" y1=\"{TOP:.2}\" x2=\"{LEFT:.2}\" y2=\"{BASE:.2}\"/>\n\
         <line class=\"axis\" x1=\"{LEFT:.2}\" y1=\"{BASE:.2}\" x2=\"{RIGHT:.2}\" y2=\"{BASE:.2}\"/>\n\
         <text x=\"{zero_x:.2}\" y=\"{zero_y:.2}\" text-anchor=\"end\">0</text>\n\
         <text x=\"{LEFT:.2}\" y=\"{top_y:.2}\">{top_label}</text>"
    );
    if let Some(first) = days.first() {
        let _ = writeln!(
            out,
            "<text x=\"{LEFT:.2}\" y=\"{day_y:.2}\">{}</text>",
            escape(first)
        );
    }
    if let [_, .., last] = days {
        let _ = writeln!(
            out,
            "<text x=\"{RIGHT:.2}\" y=\"{day_y:.2}\" text-anchor=\"end\">{}</text>",
            escape(last)
        );
    }
}

/// Vertical bars, one `<rect>` per day (zero-high ones too), for every per-day chart; `show`
/// formats a value as escaped text, like every chart's.
fn columns(
    out: &mut String,
    id: &str,
    title: &str,
    bars: &[(&str, u64)],
    show: &dyn Fn(u64) -> String,
) {
    let max = bars.iter().map(|b| b.1).max().unwrap_or(0);
    // All-zero data would divide by zero; against a maximum of 1 every bar is simply flat.
    let scale = (BASE - TOP) / max.max(1) as f64;
    let slot = (RIGHT - LEFT) / bars.len().max(1) as f64;
    let width = slot * 0.8;
    open_chart(out, id, title, HEIGHT);
    let days: Vec<&str> = bars.iter().map(|b| b.0).collect();
    frame(out, &format!("max {}", show(max)), &days);
    for (i, &(day, value)) in bars.iter().enumerate() {
        let (x, h) = (LEFT + (i as f64 + 0.1) * slot, value as f64 * scale);
        let (y, tip) = (BASE - h, format!("{}: {}", escape(day), show(value)));
        let _ = writeln!(
            out,
            "<rect x=\"{x:.2}\" y=\"{y:.2}\" width=\"{width:.2}\" height=\"{h:.2}\"><title>{tip}</title></rect>"
        );
    }
    out.push_str("</svg>\n</figure>\n");
}

/// Horizontal bars, one per plugin in the order given, each with its value after it.
fn bar_rows(
    out: &mut String,
    id: &str,
    title: &str,
    bars: &[(&str, u64)],
    show: &dyn Fn(u64) -> String,
) {
    const ROW: f64 = 22.0;
    const LABELS: f64 = 190.0;
    const END: f64 = WIDTH - 150.0;
    let base = TOP + ROW * bars.len().max(1) as f64;
    let max = bars.iter().map(|b| b.1).max().unwrap_or(0);
    let scale = (END - LABELS) / max.max(1) as f64;
    let (top, under, max_text) = (TOP - 4.0, base + 16.0, show(max));
    open_chart(out, id, title, base + 26.0);
    let _ = writeln!(
        out,
        "<line class=\"axis\" x1=\"{LABELS:.2}\" y1=\"{top:.2}\" x2=\"{LABELS:.2}\" y2=\"{base:.2}\"/>\n\
         <line class=\"axis\" x1=\"{LABELS:.2}\" y1=\"{base:.2}\" x2=\"{END:.2}\" y2=\"{base:.2}\"/>\n\
         <text x=\"{LABELS:.2}\" y=\"{under:.2}\" text-anchor=\"middle\">0</text>\n\
         <text x=\"{END:.2}\" y=\"{under:.2}\" text-anchor=\"middle\">max {max_text}</text>"
    );
    if bars.is_empty() {
        let (x, y) = (LABELS + 8.0, TOP + 15.0);
        let _ = writeln!(out, "<text x=\"{x:.2}\" y=\"{y:.2}\">no data</text>");
    }
    for (i, &(label, value)) in bars.iter().enumerate() {
        let (y, w, shown) = (TOP + i as f64 * ROW, value as f64 * scale, show(value));
        let (bar_y, text_y, name_x, value_x) = (y + 3.0, y + 15.0, LABELS - 6.0, LABELS + w + 4.0);
        let (name, tip) = (escape(&short(label)), escape(label));
        let _ = writeln!(
            out,
            "<rect x=\"{LABELS:.2}\" y=\"{bar_y:.2}\" width=\"{w:.2}\" height=\"16.00\"><title>{tip}: {shown}</title></rect>\n\
             <text x=\"{name_x:.2}\" y=\"{text_y:.2}\" text-anchor=\"end\">{name}</text>\
             <text x=\"{value_x:.2}\" y=\"{text_y:.2}\">{shown}</text>"
        );
    }
    out.push_str("</svg>\n</figure>\n");
}

/// Included gas left over the month: the sections' included gas less what each day used.
fn burn_down(out: &mut String, inv: &Invoice) {
    let start = inv
        .sections
        .iter()
        .fold(0u64, |a, s| a.saturating_add(s.included_gas));
    let scale = (BASE - TOP) / start.max(1) as f64;
    let step = (RIGHT - LEFT) / inv.days.len().max(1) as f64;
    let mut left = start;
    let mut points = format!("{LEFT:.2},{:.2}", BASE - start as f64 * scale);
    for (i, day) in inv.days.iter().enumerate() {
        left = left.saturating_sub(day.included_used);
        let (x, y) = (LEFT + (i + 1) as f64 * step, BASE - left as f64 * scale);
        let _ = write!(points, " {x:.2},{y:.2}");
    }
    open_chart(out, "chart-burn-down", "Included gas remaining", HEIGHT);
    let days: Vec<&str> = inv.days.iter().map(|d| d.date.as_str()).collect();
    frame(out, &format!("start {}", gas_text(start)), &days);
    let (y, end) = (TOP - 6.0, gas_text(left));
    let _ = writeln!(
        out,
        "<polyline points=\"{points}\"/>\n<text x=\"{RIGHT:.2}\" y=\"{y:.2}\" text-anchor=\"end\">end {end}</text>"
    );
    out.push_str("</svg>\n</figure>\n");
}

/// Amount per plugin over the sections and adjustments, largest first.
fn plugin_amounts(inv: &Invoice) -> Vec<(&str, u64)> {
    let mut sums: BTreeMap<&str, u64> = BTreeMap::new();
    let sections = inv.sections.iter().flat_map(|s| &s.priced.lines);
    for l in sections.chain(inv.adjustments.iter().flat_map(|a| &a.lines)) {
        let sum = sums.entry(l.plugin.as_str()).or_default();
        *sum = sum.saturating_add(l.amount);
    }
    let mut amounts: Vec<(&str, u64)> = sums.into_iter().collect();
    largest_first(&mut amounts);
    amounts
}

/// A table of priced lines with `totals` (label, formatted amount) as its footer.
fn lines_table(out: &mut String, lines: &[Line], cur: &Money<'_>, totals: &[(&str, String)]) {
    let head = [
        "Plugin",
        "Class",
        "Gas",
        "Included",
        "Billable",
        "Price per million gas",
        "Amount",
    ];
    open_table(out, "lines", &head, 2);
    if lines.is_empty() {
        empty_row(out, head.len(), "No gas charged.");
    }
    for l in lines {
        let cells = [
            escape(&l.plugin),
            l.class.name().to_string(),
            group(l.gas),
            group(l.included),
            group(l.billable),
            cur.show(l.price),
            cur.show(l.amount),
        ];
        tr(out, "td", &cells, 2);
    }
    out.push_str("</tbody>\n<tfoot>\n");
    for (label, amount) in totals {
        let _ = writeln!(
            out,
            "<tr><td colspan=\"6\">{label}</td><td class=\"num\">{amount}</td></tr>"
        );
    }
    out.push_str("</tfoot>\n</table>\n");
}

/// The invoice as a self-contained HTML page.
pub fn invoice(inv: &Invoice) -> String {
    let cur = Money(inv.currency.as_deref());
    let (tenant, label, p) = (escape(&inv.tenant), escape(&inv.period.label), &inv.period);
    let (kind, class, status, so_far) = match inv.status {
        Status::Open => (
            "Provisional invoice",
            "provisional",
            "Provisional — open",
            " so far",
        ),
        Status::Sealed => ("Invoice", "sealed", "Sealed", ""),
    };
    let mut out = String::with_capacity(64 * 1024);
    open_page(&mut out, &format!("{kind} {} — {}", p.label, inv.tenant));
    let _ = writeln!(
        out,
        "<header>\n<h1>{kind} {label}</h1>\n<p><span class=\"status {class}\">{status}</span></p>"
    );
    if inv.status == Status::Open {
        out.push_str(
            "<p class=\"provisional-note\">This month is not over: rows may still be added, so every \
             amount below can change until the invoice is sealed.</p>\n",
        );
    }
    let header = [
        ("Tenant", tenant.clone()),
        ("Period", format!("{label} ({} days)", p.days)),
        ("Start", escape(&p.start)),
        ("End (exclusive)", escape(&p.end)),
        ("Time zone", escape(&p.time_zone)),
        ("Gas", gas_text(inv.gas)),
    ];
    facts(&mut out, &header);
    let total = cur.show(inv.total);
    let _ = writeln!(
        out,
        "<p class=\"total\"><small>Total{so_far}</small>{total}</p>\n</header>\n<h2>Charges</h2>"
    );

    for (i, s) in inv.sections.iter().enumerate() {
        let (n, from, last, pr) = (i + 1, escape(&s.from), escape(&last_day(&s.to)), &s.priced);
        let _ = writeln!(
            out,
            "<section class=\"block\">\n<h3>Section {n}: {from} – {last} ({} days)</h3>",
            s.days
        );
        let id = s.plan.as_ref().map_or_else(String::new, |p| escape(&p.id));
        let (included, used) = (gas_text(s.included_gas), group(pr.included_used));
        let cap = s.cap.map_or_else(|| "none".to_string(), |c| cur.show(c));
        let terms = [
            ("Plan", plan_name(s.plan.as_ref())),
            ("Plan id", format!("<code>{id}</code>")),
            ("Included gas", format!("{included} ({used} used)")),
            ("Minimum charge", cur.show(s.minimum_charge)),
            ("Cap", cap),
        ];
        facts(&mut out, &terms);
        let (top_up, cut) = (cur.show(pr.minimum_top_up), cur.show(pr.cap_reduction));
        let totals = [
            ("Subtotal", cur.show(pr.subtotal)),
            ("Minimum top-up", format!("+ {top_up}")),
            ("Cap reduction", format!("− {cut}")),
            ("Section total", cur.show(pr.total)),
        ];
        lines_table(&mut out, &pr.lines, &cur, &totals);
        out.push_str("</section>\n");
    }

    if !inv.adjustments.is_empty() {
        out.push_str(
            "<h2>Adjustments</h2>\n<p class=\"note\">Late rows of earlier months whose invoices were \
             already sealed (clock skew, a journal replayed after sealing). They are priced at the \
             prices of the plan in force when they settled, without included gas, minimum or cap.</p>\n",
        );
    }
    for a in &inv.adjustments {
        let plan = plan_name(a.plan.as_ref());
        let _ = writeln!(
            out,
            "<section class=\"block\">\n<h3>{plan} — late rows: {}</h3>",
            a.rows
        );
        let foot = [("Adjustment total", cur.show(a.total))];
        lines_table(&mut out, &a.lines, &cur, &foot);
        out.push_str("</section>\n");
    }

    let amounts = plugin_amounts(inv);
    out.push_str("<h2>Top plugins</h2>\n");
    open_table(&mut out, "block", &["Plugin", "Amount"], 1);
    if amounts.is_empty() {
        empty_row(&mut out, 2, "No plugin ran.");
    }
    for &(plugin, amount) in amounts.iter().take(5) {
        tr(&mut out, "td", &[escape(plugin), cur.show(amount)], 1);
    }
    out.push_str("</tbody>\n</table>\n");
    let show = |v: u64| cur.show(v);
    bar_rows(
        &mut out,
        "chart-plugins",
        "Cost per plugin",
        &amounts,
        &show,
    );

    out.push_str("<h2>Day by day</h2>\n");
    let (gas, cost): (Vec<_>, Vec<_>) = inv
        .days
        .iter()
        .map(|d| ((d.date.as_str(), d.gas), (d.date.as_str(), d.amount)))
        .unzip();
    columns(
        &mut out,
        "chart-gas-per-day",
        "Gas per day",
        &gas,
        &gas_text,
    );
    let title = "Cost per day (billable gas at plan prices, before minimum and cap)";
    columns(&mut out, "chart-cost-per-day", title, &cost, &show);
    burn_down(&mut out, inv);

    let (e, mw) = (&inv.energy, inv.energy.factors.watts_per_core_mw);
    let _ = writeln!(
        out,
        "<h2>Energy and emissions</h2>\n<p class=\"note\">{}</p>",
        escape(&e.method)
    );
    let (watts, grid) = (
        format!("{}.{:03} W", mw / 1000, mw % 1000),
        e.factors.grid_g_per_kwh,
    );
    let factors = [
        ("Power per busy core", watts),
        ("Grid intensity", format!("{grid} g CO₂e/kWh")),
    ];
    facts(&mut out, &factors);
    let head = ["Plugin", "Calls", "CPU time (s)", "Energy (Wh)", "CO₂e (g)"];
    open_table(&mut out, "block", &head, 1);
    for p in &e.plugins {
        let cells = [
            escape(&p.plugin),
            group(p.invocations),
            seconds(p.cpu_us),
            watt_hours(p.energy_nj),
            grams(p.co2e_ug),
        ];
        tr(&mut out, "td", &cells, 1);
    }
    let calls = e
        .plugins
        .iter()
        .fold(0u64, |a, p| a.saturating_add(p.invocations));
    out.push_str("</tbody>\n<tfoot>\n");
    let cells = [
        "Total".to_string(),
        group(calls),
        seconds(e.cpu_us),
        watt_hours(e.energy_nj),
        grams(e.co2e_ug),
    ];
    tr(&mut out, "td", &cells, 1);
    out.push_str("</tfoot>\n</table>\n");

    let l = &inv.ledger;
    let id = |v: Option<u64>| v.map_or_else(|| "none".to_string(), |v| v.to_string());
    out.push_str("<section class=\"block\">\n<h2>Ledger proof</h2>\n");
    let proof = [
        ("Encoding", format!("<code>{}</code>", escape(&l.encoding))),
        ("Rows", group(l.rows)),
        ("First invocation", id(l.first_invocation)),
        ("Last invocation", id(l.last_invocation)),
        ("BLAKE3", format!("<code>{}</code>", escape(&l.blake3))),
    ];
    facts(&mut out, &proof);
    let _ = writeln!(
        out,
        "<p class=\"note\">To re-check this invoice against the ledger, run <code>traceguard gas verify \
         --tenant {tenant} --period {label}</code>: it reads the covered rows again in ledger order \
         and must find the same count, invocation ids and digest.</p>\n</section>\n\
         <footer class=\"note\"><p>{}</p></footer>\n</body>\n</html>",
        escape(&inv.format)
    );
    out
}

/// A gas usage report (per plugin and class, and per day) as a self-contained HTML page.
pub fn usage(
    title_tenant: Option<&str>,
    from: Option<&str>,
    to: Option<&str>,
    rows: &[ReportRow],
    days: &[DayUsage],
) -> String {
    let who = title_tenant.unwrap_or("all tenants");
    // Reports take `from` inclusive and `to` exclusive (`State::gas_report`).
    let range = match (from, to) {
        (None, None) => "all time".to_string(),
        (Some(f), None) => format!("from {f}"),
        (None, Some(t)) => format!("before {t}"),
        (Some(f), Some(t)) => format!("{f} to {t} (exclusive)"),
    };
    let mut classes = [0u64; GasClass::ALL.len()];
    let (mut calls, mut failed, mut total) = (0u64, 0u64, 0u64);
    let mut per_plugin: BTreeMap<&str, u64> = BTreeMap::new();
    for r in rows {
        calls = calls.saturating_add(r.invocations);
        failed = failed.saturating_add(r.failed);
        total = total.saturating_add(r.gas.total());
        for (sum, class) in classes.iter_mut().zip(GasClass::ALL) {
            *sum = sum.saturating_add(r.gas.get(class));
        }
        let sum = per_plugin.entry(r.plugin.as_str()).or_default();
        *sum = sum.saturating_add(r.gas.total());
    }

    let mut out = String::with_capacity(32 * 1024);
    open_page(&mut out, &format!("Gas usage — {who}, {range}"));
    out.push_str("<header>\n<h1>Gas usage</h1>\n");
    let invocations = format!("{} ({} failed)", group(calls), group(failed));
    let header = [
        ("Tenant", escape(who)),
        ("Dates", escape(&range)),
        ("Invocations", invocations),
        ("Gas", gas_text(total)),
    ];
    facts(&mut out, &header);
    out.push_str("</header>\n<h2>Gas per day</h2>\n");
    let bars: Vec<(&str, u64)> = days.iter().map(|d| (d.day.as_str(), d.gas)).collect();
    let title = "Gas per day (UTC, days with invocations)";
    columns(&mut out, "chart-gas-per-day", title, &bars, &gas_text);
    out.push_str("<h2>Gas per plugin</h2>\n");
    let mut plugins: Vec<(&str, u64)> = per_plugin.into_iter().collect();
    largest_first(&mut plugins);
    let title = "Total gas per plugin";
    bar_rows(&mut out, "chart-plugins", title, &plugins, &gas_text);

    let mut head = vec!["Tenant", "Plugin", "Kind", "Invocations", "Failed"];
    head.extend(GasClass::ALL.map(GasClass::name));
    head.push("Total gas");
    out.push_str("<div class=\"scroll\">\n");
    open_table(&mut out, "wide", &head, 3);
    if rows.is_empty() {
        empty_row(&mut out, head.len(), "No invocations in this range.");
    }
    for r in rows {
        let (tenant, plugin, kind) = (escape(&r.tenant), escape(&r.plugin), escape(&r.kind));
        let mut cells = vec![tenant, plugin, kind, group(r.invocations), group(r.failed)];
        cells.extend(GasClass::ALL.map(|c| group(r.gas.get(c))));
        cells.push(group(r.gas.total()));
        tr(&mut out, "td", &cells, 3);
    }
    out.push_str("</tbody>\n<tfoot>\n");
    let mut foot = vec!["Total".to_string(), String::new(), String::new()];
    foot.extend([group(calls), group(failed)]);
    foot.extend(classes.map(group));
    foot.push(group(total));
    tr(&mut out, "td", &foot, 3);
    out.push_str("</tfoot>\n</table>\n</div>\n</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::billing::invoice::{
        Adjustment, Digest, Factors, Inputs, Ledger, PluginEnergy, build,
    };
    use crate::billing::{Month, Zone};
    use crate::gas::GasBreakdown;

    const HOSTILE: &str = "<script>alert(1)</script>";
    const IDS: [&str; 4] = [
        "chart-gas-per-day",
        "chart-cost-per-day",
        "chart-burn-down",
        "chart-plugins",
    ];

    fn line(plugin: &str, class: GasClass, gas: u64, included: u64, price: u64) -> Line {
        let billable = gas - included;
        let amount = billable * price / 1_000_000;
        Line {
            plugin: plugin.to_string(),
            class,
            gas,
            included,
            billable,
            price,
            amount,
        }
    }

    /// November 2026 for `acme` with no plan and no rows, as the builder makes it.
    fn empty() -> Invoice {
        let inputs = Inputs {
            tenant: "acme".into(),
            month: Month::parse("2026-11").expect("month"),
            zone: Zone::parse("Europe/Berlin").expect("zone"),
            plans: Vec::new(),
            factors: Factors::default(),
            status: Status::Open,
        };
        let ledger = Ledger {
            sums: Vec::new(),
            late: Vec::new(),
            days: vec![Digest::empty(); 30],
            late_digest: Digest::empty(),
        };
        build(inputs, ledger).expect("invoice")
    }

    /// `empty()` with its fields filled in: a hostile plugin and cyclonedx under plan team@2,
    /// one late row of spdx, included gas used up over the first ten days.
    fn sample() -> Invoice {
        let mut inv = empty();
        inv.currency = Some("EUR".into());
        let s = &mut inv.sections[0];
        s.plan = Some(PlanRef {
            name: "team".into(),
            version: 2,
            id: "f00d".into(),
        });
        s.included_gas = 1_000_000;
        s.priced.lines = vec![
            line(HOSTILE, GasClass::Base, 2_000_000, 0, 2_500_000),
            line("cyclonedx", GasClass::Instruction, 4_000_000, 1_000_000, 10),
        ];
        (s.priced.subtotal, s.priced.total) = (5_000_030, 5_000_030);
        let late = vec![line("spdx", GasClass::Base, 1_000, 0, 2_500_000)];
        inv.adjustments.push(Adjustment {
            plan: s.plan.clone(),
            rows: 1,
            lines: late,
            total: 2_500,
        });
        inv.total = 5_002_530;
        for (d, day) in (1..).zip(inv.days.iter_mut()) {
            (day.gas, day.amount) = (d * 1_000, d * 10);
            day.included_used = if d <= 10 { 100_000 } else { 0 };
        }
        let energy = PluginEnergy {
            plugin: HOSTILE.into(),
            invocations: 3,
            ..PluginEnergy::default()
        };
        inv.energy.plugins.push(energy);
        inv
    }

    /// The SVG of chart `id`, from its id to its end.
    fn chart<'a>(html: &'a str, id: &str) -> &'a str {
        let start = html
            .find(&format!("id=\"{id}\""))
            .expect("the chart is there");
        let len = html[start..].find("</svg>").expect("the chart is closed");
        &html[start..start + len]
    }

    fn rects(html: &str, id: &str) -> usize {
        chart(html, id).matches("<rect").count()
    }

    fn assert_self_contained(html: &str) {
        for banned in [
            "http", "<script", "<link", "src=", "@import", "url(", "NaN", "inf\"",
        ] {
            assert!(!html.contains(banned), "`{banned}` in the page");
        }
        assert_eq!(html.matches("<style>").count(), 1);
        assert!(html.contains("@media print") && html.contains("<meta charset=\"utf-8\">"));
    }

    #[test]
    fn escape_neutralises_markup() {
        assert_eq!(escape(HOSTILE), "&lt;script&gt;alert(1)&lt;/script&gt;");
        assert_eq!(escape("a & 'b' \"c\""), "a &amp; &#39;b&#39; &quot;c&quot;");
        assert_eq!(escape("plain €"), "plain €");
    }

    #[test]
    fn the_invoice_is_self_contained_and_escapes_plugin_names() {
        let html = invoice(&sample());
        assert_self_contained(&html);
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(
            html.contains("Provisional"),
            "an open invoice says it is provisional"
        );
        assert!(html.contains("team@2") && html.contains("--tenant acme --period 2026-11"));
        // A section's end is exclusive in the data and inclusive on the page.
        assert!(html.contains("2026-11-01 – 2026-11-30 (30 days)"));
        assert!(
            html.contains(&format!("{} EUR</p>", money(5_002_530))),
            "the total, 5.002530 EUR"
        );
        assert!(html.contains("3.500 W"), "watts per core from milliwatts");
    }

    #[test]
    fn every_chart_is_there_with_a_bar_per_day() {
        let html = invoice(&sample());
        for id in IDS {
            let svg = chart(&html, id);
            assert!(
                svg.contains("class=\"chart\"") && svg.contains("<title"),
                "{id}"
            );
        }
        for id in ["chart-gas-per-day", "chart-cost-per-day"] {
            assert_eq!(rects(&html, id), 30, "{id}");
            assert!(
                chart(&html, id).contains(">2026-11-01<")
                    && chart(&html, id).contains(">2026-11-30<")
            );
        }
        let burn = chart(&html, "chart-burn-down");
        assert!(
            burn.contains("<polyline")
                && burn.contains("start 1,000,000 gas")
                && burn.contains("end 0 gas")
        );
        // Three plugins over the section and the adjustment, the hostile one the costliest.
        assert_eq!(rects(&html, "chart-plugins"), 3);
        let plugins = chart(&html, "chart-plugins");
        assert!(
            plugins.find("&lt;script").expect("hostile bar")
                < plugins.find("spdx").expect("spdx bar")
        );
    }

    #[test]
    fn the_same_invoice_gives_the_same_bytes() {
        let inv = sample();
        assert_eq!(invoice(&inv), invoice(&inv));
        let sealed = invoice(&Invoice {
            status: Status::Sealed,
            ..sample()
        });
        assert!(!sealed.contains("Provisional") && sealed.contains("Sealed"));
    }

    #[test]
    fn an_invoice_without_rows_still_has_its_charts() {
        let html = invoice(&empty());
        assert_self_contained(&html);
        for id in IDS {
            assert!(chart(&html, id).contains("<title"), "{id}");
        }
        assert_eq!(rects(&html, "chart-gas-per-day"), 30);
        assert!(html.contains("no plan") && html.contains("no data"));
        let bare = invoice(&Invoice {
            days: Vec::new(),
            sections: Vec::new(),
            ..empty()
        });
        assert_self_contained(&bare);
        assert_eq!(rects(&bare, "chart-cost-per-day"), 0);
    }

    #[test]
    fn the_usage_page_lists_rows_and_days() {
        let row = |plugin: &str, base: u64| ReportRow {
            tenant: "acme".into(),
            plugin: plugin.into(),
            kind: "parser".into(),
            invocations: 2,
            failed: 1,
            gas: GasBreakdown::from_array([base, 5_000, 0, 0, 0, 0, 0, 0]),
            cpu_ms: 1.5,
            energy_nj: 5_250_000,
            co2e_ug: 693,
        };
        let rows = [row(HOSTILE, 1_000), row("cyclonedx", 2_000)];
        let days: Vec<DayUsage> = ["2026-11-01", "2026-11-02", "2026-11-04"]
            .map(|day| DayUsage {
                day: day.into(),
                gas: 4_000,
                invocations: 2,
            })
            .into();
        let html = usage(None, None, None, &rows, &days);
        assert_self_contained(&html);
        assert!(html.contains("all tenants") && html.contains("all time"));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert_eq!(rects(&html, "chart-gas-per-day"), 3);
        assert_eq!(rects(&html, "chart-plugins"), 2);
        assert!(html.contains(">13,000<"), "the total gas of both rows");
        assert_eq!(html, usage(None, None, None, &rows, &days));
        let (from, to) = (Some("2026-11-01"), Some("2026-12-01"));
        let empty = usage(Some("acme"), from, to, &[], &[]);
        assert!(
            empty.contains("2026-11-01 to 2026-12-01")
                && chart(&empty, "chart-plugins").contains("no data")
        );
    }
}
