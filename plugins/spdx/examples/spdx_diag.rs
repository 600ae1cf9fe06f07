//! Prints everything the parser produces for each file given on the command line (a development
//! aid: compare two builds' readings of the same files, or profile one). `--summary` prints
//! only counts.
fn main() {
    let mut summary = false;
    for arg in std::env::args().skip(1) {
        if arg == "--summary" {
            summary = true;
            continue;
        }
        let bytes = std::fs::read(&arg).unwrap_or_default();
        let result = traceguard_sdk::parser::parse_native_at::<spdx::Spdx>(
            &bytes,
            traceguard_sdk::parser::Validation::Standard,
        );
        match result {
            Ok(c) if summary => println!(
                "OK   {arg}: {} components, {} dependencies, {} diagnostics",
                c.components.len(),
                c.dependencies.len(),
                c.diagnostics.len()
            ),
            Ok(c) => println!("OK   {arg}: {c:#?}"),
            Err(e) => println!("ERR  {arg}: {e:#?}"),
        }
    }
}
