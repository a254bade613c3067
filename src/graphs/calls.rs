//! How callables are named in the call graph (`graphs::build::calls`): Java methods as
//! `binary.class.Name.method` with overloads collapsed (`com.acme.Claim.<init>`), COBOL
//! paragraphs on behalf of their program, programs by PROGRAM-ID, JCL steps as `JOB.STEP`.

use crate::model::{Model, SymbolId, SymbolKind};

/// The symbol that stands for `symbol` in the call graph: COBOL paragraphs and sections call
/// on behalf of their program (the graph is program to program); everything else is itself.
pub fn call_node_symbol(model: &Model, symbol: SymbolId) -> SymbolId {
    match model.symbol(symbol).kind {
        SymbolKind::Paragraph | SymbolKind::Section => model
            .ancestors(symbol)
            .find(|s| s.kind == SymbolKind::Program)
            .map_or(symbol, |s| s.id),
        _ => symbol,
    }
}

/// The name of a callable in the call graph: the qualified name without the parameter list
/// (Java overloads collapse), COBOL programs by PROGRAM-ID, JCL steps as `JOB.STEP`.
pub fn call_node_name(model: &Model, symbol: SymbolId) -> &str {
    let q = &model.symbol(call_node_symbol(model, symbol)).qualified_name;
    q.split_once('(').map_or(q.as_str(), |(name, _)| name)
}
