//! What the graphs' JSON says about dynamic targets: every `CALL var` / `XCTL` / `LINK
//! PROGRAM(var)` of the call graph's view (CICS file and queue commands for the resource
//! graph) with the literals that reach `var` (value, origin and the literal's own
//! `file:line`) and, for an open target, why it is open. In the call graph the open node
//! `(VAR)` carries the same records, so a reader of the node sees the literals seen and the
//! reason.

use serde_json::{Value, json};

use super::calls::call_node_name;
use crate::model::{DynamicTarget, Model, Span};

/// `path:line` of a span.
fn site(model: &Model, span: Option<Span>) -> Value {
    match span {
        Some(s) => json!(format!("{}:{}", model.file(s.file).path, s.line)),
        None => Value::Null,
    }
}

/// One dynamic target as JSON.
pub fn target_json(model: &Model, t: &DynamicTarget) -> Value {
    json!({
        "from": call_node_name(model, t.owner),
        "verb": t.verb,
        "variable": t.variable,
        "site": site(model, Some(t.span)),
        "literals": t.literals.iter().map(|l| json!({
            "value": l.value,
            "origin": l.origin,
            "site": site(model, l.span),
        })).collect::<Vec<_>>(),
        "open": t.open,
    })
}

/// Adds `dynamic_targets` (the program transfers of the view's callers) to a call graph's
/// JSON, and to each open `(VAR)` node the records that make it.
/// `whole`: the view is the whole graph (every target is listed, also those of programs with
/// no edge in it).
pub fn annotate_calls_json(model: &Model, json: &mut Value, whole: bool) {
    annotate(model, json, true, whole);
}

/// Adds `dynamic_targets` (the CICS file and queue commands of the view's programs, open ones
/// included) to a resource graph's JSON.
pub fn annotate_resources_json(model: &Model, json: &mut Value, whole: bool) {
    annotate(model, json, false, whole);
}

fn annotate(model: &Model, json: &mut Value, calls: bool, whole: bool) {
    let in_view: std::collections::HashSet<String> = json["nodes"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|n| n["id"].as_str().map(str::to_string))
        .collect();
    let targets: Vec<&DynamicTarget> = model
        .dynamic_targets
        .iter()
        .filter(|t| {
            t.is_call() == calls && (whole || in_view.contains(call_node_name(model, t.owner)))
        })
        .collect();
    if let Some(nodes) = json["nodes"].as_array_mut() {
        for node in nodes {
            let Some(id) = node["id"].as_str().map(str::to_string) else {
                continue;
            };
            let open: Vec<Value> = targets
                .iter()
                .filter(|t| t.open.is_some() && t.open_name() == id)
                .map(|t| target_json(model, t))
                .collect();
            if !open.is_empty() {
                node["dynamic"] = Value::Array(open);
            }
        }
    }
    json["dynamic_targets"] = targets.iter().map(|t| target_json(model, t)).collect();
}
