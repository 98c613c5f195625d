//! Billing: invoices, payments and transactions, seeded with two years of a small reseller's
//! history, filtered by creation date, type, status and subject, and sorted as asked.

use jiff::ToSpan;
use jiff::civil::DateTime;
use serde_json::{Value, json};

use crate::reply::{Answer, Handled, page};
use crate::request::{RecordedRequest, glob, param, sort_by_order, window};
use crate::time::{format, now};

// reference §11.4: 100 by default, 500 at most.
const DEFAULT_LIMIT: usize = 100;
const MAX_LIMIT: usize = 500;

pub struct Billing {
    invoices: Vec<Value>,
    payments: Vec<Value>,
    transactions: Vec<Value>,
}

fn money(price: f64) -> Value {
    json!({
        "product": {"price": price, "currency": "EUR"},
        "reseller": {"price": price, "currency": "EUR"},
    })
}

impl Billing {
    pub fn new() -> Self {
        let start = now().saturating_sub(24.months());
        let mut invoices = Vec::new();
        let mut payments = Vec::new();
        let mut transactions = Vec::new();
        // Actions NEW and RENEW, type `transaction`, object type `""`: Swagger's
        // transactionListTransactionsResponseDataResults example, nickurt's FinancialsTest.
        // VAT 21%: S10's cassette test_reseller_retrieve. Prices: the stand-in's own.
        let subjects = [
            ("example.com", "NEW", 8.5),
            ("example.nl", "RENEW", 4.5),
            ("shop.example.com", "NEW", 7.95),
            ("example.org", "RENEW", 10.0),
            ("PLSK.04867003", "NEW", 12.0),
        ];
        for month in 0..24i64 {
            let at: DateTime = start.saturating_add(month.months());
            let mut total = 0.0;
            for (n, (subject, action, price)) in subjects.iter().enumerate() {
                if (month + n as i64) % 3 != 0 {
                    continue;
                }
                total += price;
                transactions.push(json!({
                    "creation_date": format(at.saturating_add((n as i64).days())),
                    "subject": subject,
                    "object_type": "",
                    "action": action,
                    "type": "transaction",
                    "quantity": 1,
                    "reference_id": 5_000_000 + month * 10 + n as i64,
                    "price": money(*price),
                    "setup": money(0.0),
                    "discount": 0.0,
                    "vat": 21,
                    "exchange_rate": 1.0,
                    "total": money((price * 1.21 * 100.0_f64).round() / 100.0),
                }));
            }
            let total = (total * 1.21 * 100.0_f64).round() / 100.0;
            // nickurt's FinancialsTest: `OP123482`.
            let number = format!("OP{}", 123_400 + month);
            invoices.push(json!({
                "id": 400_000 + month,
                "invoice_number": number,
                "creation_date": format(at.saturating_add(27.days())),
                "amount": money(total),
                "invoice_url": format!("https://invoices.example.invalid/{number}.pdf"),
                "attachment_url": format!("https://invoices.example.invalid/{number}.csv"),
            }));
            let paid = at.saturating_add(28.days());
            payments.push(json!({
                "id": 700_000 + month,
                "creation_date": format(paid),
                "payment_date": format(paid),
                "confirmation_date": format(paid.saturating_add(1.day())),
                "amount": money(total + 50.0),
                // Methods of nickurt's ResellersTest; type and status of its FinancialsTest.
                "method": if month % 2 == 0 { "bank" } else { "credit_card" },
                "type": "online",
                "status": "processed",
                "is_processed": true,
            }));
        }
        Billing {
            invoices,
            payments,
            transactions,
        }
    }
}

/// Keeps the items created within `start_creation_date` and `end_creation_date`
/// (`YYYY-MM-DD`, both days included) and the other filters that match a field exactly.
fn filtered(
    items: &[Value],
    request: &RecordedRequest,
    exact: &[&str],
) -> Result<(Vec<Value>, usize, usize), Answer> {
    let params = request.query_pairs();
    let (limit, offset) = window(&params, DEFAULT_LIMIT, MAX_LIMIT)?;
    let start = param(&params, "start_creation_date");
    let end = param(&params, "end_creation_date");
    let subject = param(&params, "filter_for_subject");
    let mut out: Vec<Value> = items
        .iter()
        .filter(|item| {
            let day = item["creation_date"]
                .as_str()
                .unwrap_or("")
                .get(..10)
                .unwrap_or("");
            start.is_none_or(|s| day >= s) && end.is_none_or(|e| day <= e)
        })
        .filter(|item| {
            exact.iter().all(|key| {
                param(&params, key).is_none_or(|want| {
                    item[*key]
                        .as_str()
                        .is_some_and(|v| v.eq_ignore_ascii_case(want))
                })
            })
        })
        .filter(|item| {
            subject.is_none_or(|p| {
                let p = if p.contains('*') {
                    p.to_owned()
                } else {
                    format!("*{p}*")
                };
                glob(&p, item["subject"].as_str().unwrap_or(""))
            })
        })
        .cloned()
        .collect();
    sort_by_order(&mut out, &params);
    Ok((out, limit, offset))
}

pub fn invoices(state: &Billing, request: &RecordedRequest) -> Handled {
    let (all, limit, offset) = filtered(&state.invoices, request, &[])?;
    Ok(page(all, limit, offset))
}

pub fn payments(state: &Billing, request: &RecordedRequest) -> Handled {
    let (all, limit, offset) = filtered(&state.payments, request, &["type", "status"])?;
    Ok(page(all, limit, offset))
}

pub fn transactions(state: &Billing, request: &RecordedRequest) -> Handled {
    let (all, limit, offset) = filtered(&state.transactions, request, &[])?;
    Ok(page(all, limit, offset))
}
