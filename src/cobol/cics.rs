//! A small reader for `EXEC CICS … END-EXEC` bodies: the command and its options.
//!
//! CICS commands are a verb (sometimes two words: `SEND MAP`, `RETURN`), then options written
//! `NAME` or `NAME(argument)`. Arguments are literals (`'PAYVAL'`) or data names (`WS-PGM`).

/// An option's argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CicsArg {
    Literal(String),
    DataName(String),
    Other(String),
}

impl CicsArg {
    pub fn literal(&self) -> Option<&str> {
        match self {
            CicsArg::Literal(s) => Some(s),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CicsCommand {
    /// Upper-cased command words before the first option with an argument: `LINK`,
    /// `SEND MAP`, `HANDLE CONDITION`.
    pub verb: String,
    /// Options in order, upper-cased names.
    pub options: Vec<(String, Option<CicsArg>)>,
}

impl CicsCommand {
    pub fn option(&self, name: &str) -> Option<&CicsArg> {
        self.options
            .iter()
            .find(|(n, _)| n == name)
            .and_then(|(_, a)| a.as_ref())
    }
}

/// Parses the body of an `EXEC CICS` block (the text between `CICS` and `END-EXEC`).
pub fn parse_command(body: &str) -> CicsCommand {
    let mut words: Vec<(String, Option<String>)> = Vec::new();
    let chars: Vec<char> = body.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() || c == ',' {
            i += 1;
            continue;
        }
        if c.is_alphanumeric() || c == '-' || c == '_' {
            let start = i;
            while i < chars.len()
                && (chars[i].is_alphanumeric() || chars[i] == '-' || chars[i] == '_')
            {
                i += 1;
            }
            let word: String = chars[start..i]
                .iter()
                .collect::<String>()
                .to_ascii_uppercase();
            let mut j = i;
            while j < chars.len() && chars[j].is_whitespace() {
                j += 1;
            }
            let mut arg = None;
            if j < chars.len() && chars[j] == '(' {
                let mut depth = 0;
                let mut k = j;
                let mut quote: Option<char> = None;
                while k < chars.len() {
                    let ch = chars[k];
                    match quote {
                        Some(q) if ch == q => quote = None,
                        Some(_) => {}
                        None if ch == '\'' || ch == '"' => quote = Some(ch),
                        None if ch == '(' => depth += 1,
                        None if ch == ')' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        None => {}
                    }
                    k += 1;
                }
                let inner: String = chars[j + 1..k.min(chars.len())].iter().collect();
                arg = Some(inner.trim().to_string());
                i = (k + 1).min(chars.len());
            }
            words.push((word, arg));
            continue;
        }
        i += 1;
    }
    if words.is_empty() {
        return CicsCommand {
            verb: String::new(),
            options: Vec::new(),
        };
    }
    let two_words = words.len() >= 2
        && words[0].1.is_none()
        && matches!(
            (words[0].0.as_str(), words[1].0.as_str()),
            ("SEND", "MAP" | "TEXT" | "CONTROL" | "PAGE")
                | ("RECEIVE", "MAP")
                | ("HANDLE", "CONDITION" | "AID" | "ABEND")
                | ("IGNORE", "CONDITION")
                | ("WRITEQ" | "READQ" | "DELETEQ", "TS" | "TD")
        );
    let verb_len = if two_words { 2 } else { 1 };
    let verb = words[..verb_len]
        .iter()
        .map(|(w, _)| w.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    // `SEND MAP('M')`: the second verb word carries an argument, keep it as an option too.
    let options_from = if two_words && words[1].1.is_some() {
        1
    } else {
        verb_len
    };
    let options = words[options_from..]
        .iter()
        .map(|(name, arg)| (name.clone(), arg.as_deref().map(classify_arg)))
        .collect();
    CicsCommand { verb, options }
}

fn classify_arg(arg: &str) -> CicsArg {
    let t = arg.trim();
    if (t.starts_with('\'') && t.ends_with('\'') || t.starts_with('"') && t.ends_with('"'))
        && t.len() >= 2
    {
        return CicsArg::Literal(t[1..t.len() - 1].trim().to_string());
    }
    if !t.is_empty()
        && t.chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
    {
        return CicsArg::DataName(t.to_ascii_uppercase());
    }
    CicsArg::Other(t.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_with_literal_program() {
        let c = parse_command(" LINK PROGRAM('PAYVAL') COMMAREA(WS-COMM) LENGTH(100) ");
        assert_eq!(c.verb, "LINK");
        assert_eq!(
            c.option("PROGRAM"),
            Some(&CicsArg::Literal("PAYVAL".into()))
        );
        assert_eq!(
            c.option("COMMAREA"),
            Some(&CicsArg::DataName("WS-COMM".into()))
        );
    }

    #[test]
    fn two_word_verbs_and_data_names() {
        let c = parse_command("SEND MAP('PAYM01') MAPSET('PAYS01') FROM(PAYM01O) ERASE");
        assert_eq!(c.verb, "SEND MAP");
        assert_eq!(
            c.option("MAPSET").and_then(CicsArg::literal),
            Some("PAYS01")
        );
        assert_eq!(c.option("MAP").and_then(CicsArg::literal), Some("PAYM01"));
        let c = parse_command("XCTL PROGRAM(WS-NEXT-PGM)");
        assert_eq!(
            c.option("PROGRAM"),
            Some(&CicsArg::DataName("WS-NEXT-PGM".into()))
        );
        let c = parse_command("RETURN TRANSID('PAY1') COMMAREA(WS-COMM)");
        assert_eq!(c.verb, "RETURN");
        assert_eq!(c.option("TRANSID").and_then(CicsArg::literal), Some("PAY1"));
        let c = parse_command("RETURN");
        assert_eq!(c.verb, "RETURN");
        let c = parse_command("HANDLE CONDITION NOTFND(9000-NOTFOUND) ERROR(9999-ABEND)");
        assert_eq!(c.verb, "HANDLE CONDITION");
        assert_eq!(c.options.len(), 2);
    }
}
