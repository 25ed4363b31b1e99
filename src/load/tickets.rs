//! The loader of `[[trial.tickets]]` (SPEC §9): every key and value of every ticket checked,
//! each problem with its position; a ticket with a time after the end of the evaluation date
//! is left out with a warning (SPEC §3).

use crate::load::profile::warn_outside_vocabulary;
use crate::load::source::Reporter;
use crate::load::tree::{describe, Node, Table, Value};
use crate::model::schema::{CHANNELS, SEVERITIES};
use crate::model::trial::{Ticket, TicketTime, TICKETS_PATH, TICKET_KEYS};
use crate::util::suggest::{did_you_mean, one_of};
use jiff::civil::Date;
use jiff::Timestamp;

/// Reads the value of `[trial] tickets`: an array of tables, numbered from 1.
pub fn read_tickets(reporter: &mut Reporter, node: &Node, evaluation: Option<Date>) -> Vec<Ticket> {
    let Some(array) = node.get_ref().as_array() else {
        let message = format!(
            "expected tickets as [[trial.tickets]] tables, found {}",
            describe(node.get_ref())
        );
        reporter.error(node, TICKETS_PATH, message);
        return Vec::new();
    };
    let end = evaluation.and_then(end_of_day);
    let mut tickets = Vec::new();
    for (index, element) in array.iter().enumerate() {
        let number = index + 1;
        let Some(ticket) = read_ticket(reporter, element, number) else {
            continue;
        };
        match end.filter(|end| ticket.latest().at >= *end) {
            Some(_) => warn_future(reporter, element, &ticket, evaluation),
            None => tickets.push(ticket),
        }
    }
    tickets
}

/// The end of the evaluation date: the next day's 00:00 UTC.
fn end_of_day(evaluation: Date) -> Option<Timestamp> {
    let next = evaluation.tomorrow().ok()?;
    next.to_zoned(jiff::tz::TimeZone::UTC)
        .ok()
        .map(|z| z.timestamp())
}

fn warn_future(reporter: &mut Reporter, node: &Node, ticket: &Ticket, evaluation: Option<Date>) {
    let evaluation = evaluation.map(|d| d.to_string()).unwrap_or_default();
    let message = format!(
        "ticket {} has a time ({}) after the evaluation date {evaluation}; the ticket is ignored",
        ticket.number,
        ticket.latest()
    );
    reporter.warning(node, &ticket_key(ticket.number, None), message);
}

/// `trial.tickets[2].opened`: the key a message about a ticket names.
fn ticket_key(number: usize, key: Option<&str>) -> String {
    match key {
        Some(key) => format!("{TICKETS_PATH}[{number}].{key}"),
        None => format!("{TICKETS_PATH}[{number}]"),
    }
}

/// The parts of one ticket read so far.
#[derive(Default)]
struct Parts {
    severity: Option<String>,
    opened: Option<TicketTime>,
    first_response: Option<(TicketTime, usize)>,
    resolved: Option<(TicketTime, usize)>,
    channel: Option<String>,
    summary: Option<String>,
    failed: bool,
}

fn read_ticket(reporter: &mut Reporter, node: &Node, number: usize) -> Option<Ticket> {
    let Some(table) = node.get_ref().as_table() else {
        let message = format!(
            "expected a ticket table, found {}",
            describe(node.get_ref())
        );
        reporter.error(node, &ticket_key(number, None), message);
        return None;
    };
    let mut parts = Parts::default();
    for (key, value) in table.iter() {
        let name: &str = key.get_ref();
        let path = ticket_key(number, Some(name));
        if !TICKET_KEYS.contains(&name) {
            parts.failed = true;
            let message = format!(
                "unknown key in a ticket; valid keys are {}{}",
                one_of(TICKET_KEYS),
                did_you_mean(name, TICKET_KEYS.iter().copied())
            );
            reporter.error_at(key.span().start, &path, message);
        } else if let Err(message) = parts.read(reporter, name, value, &path) {
            parts.failed = true;
            reporter.error(value, &path, message);
        }
    }
    parts.check(reporter, node, table, number)
}

impl Parts {
    fn read(
        &mut self,
        reporter: &mut Reporter,
        key: &str,
        node: &Node,
        path: &str,
    ) -> Result<(), String> {
        let value = node.get_ref();
        let at = node.span().start;
        match key {
            "severity" => self.severity = Some(severity(value)?),
            "opened" => self.opened = Some(ticket_time(value)?),
            "first_response" => self.first_response = Some((ticket_time(value)?, at)),
            "resolved" => self.resolved = Some((ticket_time(value)?, at)),
            "channel" => {
                let channel = text(value)?;
                warn_outside_vocabulary(reporter, node, path, channel, CHANNELS);
                self.channel = Some(channel.to_string());
            }
            _ => self.summary = Some(text(value)?.to_string()),
        }
        Ok(())
    }

    /// The ticket, when its required keys are there and no time is before `opened`.
    fn check(
        self,
        reporter: &mut Reporter,
        node: &Node,
        table: &Table,
        number: usize,
    ) -> Option<Ticket> {
        let start = crate::load::tree::first_key_start(table).max(node.span().start);
        for (key, present) in [
            ("severity", self.severity.is_some()),
            ("opened", self.opened.is_some()),
        ] {
            if !present && !table.contains_key(key) {
                let message = format!("a ticket needs `{key}`; {}", example(key));
                reporter.error_at(start, &ticket_key(number, Some(key)), message);
            }
        }
        let opened = self.opened?;
        let mut early = false;
        for (key, time) in [
            ("first_response", self.first_response),
            ("resolved", self.resolved),
        ] {
            if let Some((time, at)) = time.filter(|(time, _)| time.at < opened.at) {
                early = true;
                let message = format!("{time} is before the ticket was opened ({opened})");
                reporter.error_at(at, &ticket_key(number, Some(key)), message);
            }
        }
        if self.failed || early {
            return None;
        }
        Some(Ticket {
            number,
            severity: self.severity?,
            opened,
            first_response: self.first_response.map(|(time, _)| time),
            resolved: self.resolved.map(|(time, _)| time),
            channel: self.channel,
            summary: self.summary,
        })
    }
}

/// How a required key of a ticket is written.
fn example(key: &str) -> String {
    match key {
        "severity" => format!("one of {}", one_of(SEVERITIES)),
        _ => "write it like opened = 2026-11-03T10:05:00+08:00".to_string(),
    }
}

fn text<'v>(value: &'v Value) -> Result<&'v str, String> {
    value
        .as_str()
        .ok_or_else(|| format!("expected a string, found {}", describe(value)))
}

fn severity(value: &Value) -> Result<String, String> {
    let word = text(value)?;
    if SEVERITIES.contains(&word) {
        return Ok(word.to_string());
    }
    Err(format!(
        "`{word}` is not a severity; use {}{}",
        one_of(SEVERITIES),
        did_you_mean(word, SEVERITIES.iter().copied())
    ))
}

/// A TOML offset date-time, or the same as a quoted string.
fn ticket_time(value: &Value) -> Result<TicketTime, String> {
    match value {
        Value::Datetime(datetime) if datetime.offset.is_some() && datetime.time.is_some() => {
            TicketTime::parse(&datetime.to_string())
        }
        Value::Datetime(datetime) => Err(format!(
            "{datetime} has no UTC offset; write it like 2026-11-03T10:05:00+08:00 or 2026-11-03T02:05:00Z"
        )),
        Value::String(text) => TicketTime::parse(text),
        other => Err(format!(
            "expected a date-time with an offset (2026-11-03T10:05:00+08:00), found {}",
            describe(other)
        )),
    }
}
