//! Prints what the parser says about each file given on the command line (a development aid).
fn main() {
    for path in std::env::args().skip(1) {
        let bytes = std::fs::read(&path).unwrap_or_default();
        match traceguard_sdk::parser::parse_native_at::<cyclonedx::CycloneDx>(
            &bytes,
            traceguard_sdk::parser::Validation::Standard,
        ) {
            Ok(c) => println!(
                "OK   {path}: {} components, {} dependencies, {} diagnostics {:?}",
                c.components.len(),
                c.dependencies.len(),
                c.diagnostics.len(),
                c.diagnostics
                    .iter()
                    .map(|d| format!("{} {}", d.path, d.message))
                    .collect::<Vec<_>>()
            ),
            Err(e) => println!(
                "ERR  {path}: {} | {}",
                e.message,
                e.diagnostics
                    .iter()
                    .map(|d| format!("[{:?}] {} {}", d.severity, d.path, d.message))
                    .collect::<Vec<_>>()
                    .join(" ; ")
            ),
        }
    }
}
