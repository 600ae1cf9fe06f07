//! Integration and end-to-end tests, gathered in one binary so it links once.

mod billing;
mod cli;
mod common;
mod contract;
mod durability;
mod exits;
mod gas;
mod gas_vectors;
mod holes;
mod hostile;
mod http;
mod ingest;
mod invoices;
mod layers;
mod parsing;
mod policy;
mod sandbox;
mod sdk;
mod serve;
mod siege;
mod validation;
