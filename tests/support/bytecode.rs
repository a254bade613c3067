//! The bytecode call graph of a compiled Java project: the oracle the source-level call graph is
//! measured against.
//!
//! Reads `javap -c -p -s` output: every `invoke*` instruction whose target is a method declared
//! in the project. The owner javac writes is the receiver's static type; like the JVM's method
//! resolution, the oracle walks from it up the superclass chain, then the interfaces, to the class
//! that declares the method. Compiler-generated code is left out: synthetic switch-map classes
//! (`$SwitchMap$`), bridge methods, `$values`, `access$`; lambda bodies (`lambda$m$0`) count as their enclosing
//! method `m` (`new` → `<init>`, `static` → `<clinit>`).

use std::collections::{BTreeSet, HashMap, HashSet, VecDeque};
use std::path::Path;
use std::process::Command;

#[derive(Debug, Default)]
struct ClassInfo {
    superclass: Option<String>,
    interfaces: Vec<String>,
    /// (name, descriptor) of declared methods.
    methods: HashSet<(String, String)>,
    synthetic_switch_map: bool,
}

#[derive(Debug)]
struct Invoke {
    caller_class: String,
    caller: String,
    owner: String,
    name: String,
    descriptor: String,
}

/// Compiles every `.java` under `src_dir` into `out_dir` with javac.
pub fn compile(src_dir: &Path, out_dir: &Path) -> Result<(), String> {
    let mut sources = Vec::new();
    for entry in walkdir::WalkDir::new(src_dir) {
        let entry = entry.map_err(|e| e.to_string())?;
        if entry.path().extension().is_some_and(|e| e == "java") {
            sources.push(entry.path().to_path_buf());
        }
    }
    let list = out_dir.join("sources.txt");
    std::fs::create_dir_all(out_dir).map_err(|e| e.to_string())?;
    let joined: Vec<String> = sources
        .iter()
        .map(|p| format!("\"{}\"", p.display()))
        .collect();
    std::fs::write(&list, joined.join("\n")).map_err(|e| e.to_string())?;
    let out = Command::new("javac")
        .args(["-nowarn", "-proc:none", "-encoding", "UTF-8", "-d"])
        .arg(out_dir)
        .arg(format!("@{}", list.display()))
        .output()
        .map_err(|e| {
            format!("cannot run javac ({e}); install a JDK (Debian: default-jdk-headless)")
        })?;
    if !out.status.success() {
        return Err(format!(
            "javac failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(())
}

/// The bytecode call graph among project-declared methods, as `pkg.Class.method` pairs.
pub fn call_graph(classes_dir: &Path) -> Result<BTreeSet<(String, String)>, String> {
    let mut class_names = Vec::new();
    for entry in walkdir::WalkDir::new(classes_dir) {
        let entry = entry.map_err(|e| e.to_string())?;
        if entry.path().extension().is_some_and(|e| e == "class") {
            let rel = entry.path().strip_prefix(classes_dir).unwrap();
            let name = rel
                .to_string_lossy()
                .trim_end_matches(".class")
                .replace('/', ".");
            class_names.push(name);
        }
    }
    class_names.sort();
    let out = Command::new("javap")
        .args(["-v", "-p", "-cp"])
        .arg(classes_dir)
        .args(&class_names)
        .output()
        .map_err(|e| format!("cannot run javap ({e})"))?;
    if !out.status.success() {
        return Err(format!(
            "javap failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let (classes, invokes) = parse_javap(&text);
    let mut edges = BTreeSet::new();
    for inv in invokes {
        if classes
            .get(&inv.caller_class)
            .is_some_and(|c| c.synthetic_switch_map)
        {
            continue;
        }
        if inv.name.starts_with('$')
            || inv.name.starts_with("access$")
            || inv.name.starts_with("lambda$")
        {
            continue;
        }
        let Some(declaring) = resolve(&classes, &inv.owner, &inv.name, &inv.descriptor) else {
            continue;
        };
        let caller = caller_name(&inv.caller);
        if caller.starts_with('$') || caller.starts_with("access$") {
            continue;
        }
        edges.insert((
            format!("{}.{}", inv.caller_class, caller),
            format!("{declaring}.{}", inv.name),
        ));
    }
    Ok(edges)
}

/// `lambda$assess$0` → `assess`; `lambda$new$1` → `<init>`; `lambda$static$0` → `<clinit>`.
fn caller_name(name: &str) -> String {
    let Some(rest) = name.strip_prefix("lambda$") else {
        return name.to_string();
    };
    let base = rest.rsplit_once('$').map_or(rest, |(b, _)| b);
    match base {
        "new" => "<init>".to_string(),
        "static" => "<clinit>".to_string(),
        other => caller_name(other),
    }
}

fn resolve(
    classes: &HashMap<String, ClassInfo>,
    owner: &str,
    name: &str,
    desc: &str,
) -> Option<String> {
    let key = (name.to_string(), desc.to_string());
    // Superclass chain first.
    let mut current = Some(owner.to_string());
    let mut chain = Vec::new();
    while let Some(c) = current {
        let info = classes.get(&c)?;
        if info.methods.contains(&key) {
            return Some(c);
        }
        chain.push(c.clone());
        current = info.superclass.clone().filter(|s| classes.contains_key(s));
    }
    // Then superinterfaces, breadth-first.
    let mut queue: VecDeque<String> = chain.into_iter().collect();
    let mut seen = HashSet::new();
    while let Some(c) = queue.pop_front() {
        let Some(info) = classes.get(&c) else {
            continue;
        };
        for i in &info.interfaces {
            if !seen.insert(i.clone()) {
                continue;
            }
            if let Some(ii) = classes.get(i) {
                if ii.methods.contains(&key) {
                    return Some(i.clone());
                }
                queue.push_back(i.clone());
            }
        }
    }
    None
}

fn strip_generics(s: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in s.chars() {
        match c {
            '<' => depth += 1,
            '>' => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

fn parse_javap(text: &str) -> (HashMap<String, ClassInfo>, Vec<Invoke>) {
    let mut classes: HashMap<String, ClassInfo> = HashMap::new();
    let mut invokes = Vec::new();
    let mut class = String::new();
    let mut in_body = false;
    let mut member: Option<String> = None;
    let mut bridge = false;
    for line in text.lines() {
        if !line.starts_with(' ')
            && !in_body
            && (line.contains("class ") || line.contains("interface "))
        {
            // Class header: `public class a.B<T> extends a.C implements a.D, a.E`
            let header = strip_generics(line.trim_end_matches('{'));
            let words: Vec<&str> = header.split_whitespace().collect();
            let Some(pos) = words
                .iter()
                .position(|w| matches!(*w, "class" | "interface" | "enum"))
            else {
                continue;
            };
            class = words.get(pos + 1).unwrap_or(&"").to_string();
            let mut info = ClassInfo::default();
            let is_interface = words[pos] == "interface";
            let mut mode = "";
            for w in &words[pos + 2..] {
                match *w {
                    "extends" | "implements" => mode = w,
                    _ => {
                        let name = w.trim_end_matches(',').to_string();
                        if name.is_empty() {
                            continue;
                        }
                        if mode == "extends" && !is_interface {
                            info.superclass = Some(name);
                        } else {
                            info.interfaces.push(name);
                        }
                    }
                }
            }
            classes.insert(class.clone(), info);
            member = None;
        } else if line == "{" {
            in_body = true;
        } else if line == "}" {
            in_body = false;
            member = None;
        } else if !in_body {
            continue;
        } else if line.starts_with("  ") && !line.starts_with("    ") && line.ends_with(';') {
            let decl = strip_generics(line.trim());
            bridge = false;
            if decl.starts_with("static {}") {
                member = Some("<clinit>".into());
            } else if let Some(paren) = decl.find('(') {
                let before = &decl[..paren];
                let name = before.split_whitespace().last().unwrap_or("");
                member = Some(if name == class {
                    "<init>".into()
                } else {
                    name.to_string()
                });
            } else {
                if decl.contains("$SwitchMap$")
                    && let Some(c) = classes.get_mut(&class)
                {
                    c.synthetic_switch_map = true;
                }
                member = None;
            }
        } else if let Some(desc) = line.trim().strip_prefix("descriptor: ") {
            if let Some(m) = &member
                && desc.starts_with('(')
                && let Some(c) = classes.get_mut(&class)
            {
                c.methods.insert((m.clone(), desc.to_string()));
            }
        } else if line.trim().starts_with("flags: ") {
            bridge |= line.contains("ACC_BRIDGE");
        } else if let Some(m) = &member
            && !bridge
            && is_invoke_instruction(line)
            && let Some(comment) = line.split("// ").nth(1)
        {
            let target = comment
                .strip_prefix("Method ")
                .or_else(|| comment.strip_prefix("InterfaceMethod "));
            let Some(target) = target else { continue };
            let (qualified, desc) = target.split_once(':').unwrap_or((target, ""));
            let (owner, name) = match qualified.rsplit_once('.') {
                Some((o, n)) => (o.replace('/', "."), n),
                None => (class.clone(), qualified),
            };
            if owner.starts_with('"') || owner.starts_with('[') {
                continue;
            }
            invokes.push(Invoke {
                caller_class: class.clone(),
                caller: m.clone(),
                owner,
                name: name.trim_matches('"').to_string(),
                descriptor: desc.trim().to_string(),
            });
        }
    }
    (classes, invokes)
}

/// `  12: invokevirtual #7  // Method ...` (not invokedynamic, not constant-pool lines).
fn is_invoke_instruction(line: &str) -> bool {
    let t = line.trim_start();
    let Some((offset, rest)) = t.split_once(": ") else {
        return false;
    };
    offset.chars().all(|c| c.is_ascii_digit())
        && [
            "invokevirtual",
            "invokespecial",
            "invokestatic",
            "invokeinterface",
        ]
        .iter()
        .any(|op| rest.starts_with(op))
}

/// Precision, recall and F1 of `found` against `expected`.
pub fn score(
    expected: &BTreeSet<(String, String)>,
    found: &BTreeSet<(String, String)>,
) -> (f64, f64, f64) {
    let hits = expected.intersection(found).count() as f64;
    let precision = if found.is_empty() {
        0.0
    } else {
        hits / found.len() as f64
    };
    let recall = if expected.is_empty() {
        0.0
    } else {
        hits / expected.len() as f64
    };
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    (precision, recall, f1)
}
