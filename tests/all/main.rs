//! Integration and end-to-end tests, gathered in one binary so it links once.

mod cli;
mod common;
mod durability;
mod gas;
mod hostile;
mod http;
mod ingest;
mod layers;
mod parsing;
mod policy;
mod sandbox;
mod sdk;
mod serve;
