//! `minewatch-synth`: a synthetic snapshot of any size, made from a real one for the benchmark.
//!
//! ```text
//! minewatch-synth --from SNAPSHOT --events N --out FILE [--seed S]
//! ```
//!
//! Each real event is copied in batches: a batch moves its events by whole years, puts a one-region
//! event in another region that existed then, scales every figure, cites copies of the sources
//! (a source is shared by four batches, as one article reports several raids) and swaps about a
//! third of the words of its titles and summaries for other words of the real text, so that the
//! text does not compress better than real text. Events a batch names as overlapping keep pointing at each other. Every batch is checked
//! with the app's rules, and a batch that breaks one is made again without moving its dates.

mod copy;

use minewatch_core::model::parse::parse_versioned;
use minewatch_core::model::snapshot::{Snapshot, SNAPSHOT_SCHEMA};
use minewatch_core::model::validate;
use std::process::ExitCode;

const USAGE: &str = "usage: minewatch-synth --from SNAPSHOT --events N --out FILE [--seed S]";

fn option<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .map(String::as_str)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(from), Some(events), Some(out)) = (
        option(&args, "--from"),
        option(&args, "--events").and_then(|n| n.parse::<usize>().ok()),
        option(&args, "--out"),
    ) else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let seed = option(&args, "--seed")
        .and_then(|s| s.parse::<u64>().ok())
        .unwrap_or(2026);
    let real: Snapshot = match std::fs::read_to_string(from)
        .map_err(|e| e.to_string())
        .and_then(|t| parse_versioned(&t, SNAPSHOT_SCHEMA).map_err(|e| e.to_string()))
    {
        Ok(s) => s,
        Err(why) => {
            eprintln!("{from}: {why}");
            return ExitCode::from(2);
        }
    };
    if real.events.is_empty() {
        eprintln!("{from}: has no events to copy");
        return ExitCode::from(2);
    }
    let synthetic = copy::synthesise(&real, events, seed);
    let problems = match validate::check(synthetic.clone()) {
        Ok(checked) => checked.problems,
        Err(fatal) => fatal,
    };
    if let Some(first) = problems.first() {
        eprintln!(
            "the synthetic snapshot breaks {} rule(s), the first: {first}",
            problems.len()
        );
        return ExitCode::from(1);
    }
    let text = match serde_json::to_string_pretty(&synthetic) {
        Ok(t) => t + "\n",
        Err(e) => {
            eprintln!("cannot write the snapshot: {e}");
            return ExitCode::from(1);
        }
    };
    if let Err(e) = std::fs::write(out, &text) {
        eprintln!("{out}: {e}");
        return ExitCode::from(2);
    }
    println!(
        "{out}: {} events, {} sources, {} bytes",
        synthetic.events.len(),
        synthetic.sources.len(),
        text.len()
    );
    ExitCode::SUCCESS
}
