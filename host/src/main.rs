//! The `traceguard` binary: a thin wrapper around [`traceguard::cli`].

fn main() -> std::process::ExitCode {
    traceguard::cli::main()
}
