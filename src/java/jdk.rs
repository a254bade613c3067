//! What the resolver knows about the JDK without reading it: well-known type names, boxing, and
//! the return types of the generic collection methods that legacy code chains calls through
//! (`list.get(i).getAmount()`, `map.get(key).getRate()`, `it.next()`).

use std::sync::Arc;

use super::types::{JType, simple_of};

/// `java.lang` types, implicitly imported everywhere.
const JAVA_LANG: &[&str] = &[
    "Object",
    "String",
    "StringBuffer",
    "StringBuilder",
    "Integer",
    "Long",
    "Short",
    "Byte",
    "Character",
    "Boolean",
    "Double",
    "Float",
    "Number",
    "Math",
    "System",
    "Thread",
    "Runnable",
    "Exception",
    "RuntimeException",
    "Throwable",
    "Error",
    "Class",
    "Enum",
    "Iterable",
    "Comparable",
    "CharSequence",
    "Void",
    "AutoCloseable",
    "Cloneable",
    "IllegalArgumentException",
    "IllegalStateException",
    "NullPointerException",
    "NumberFormatException",
    "UnsupportedOperationException",
    "ClassCastException",
    "IndexOutOfBoundsException",
    "ArithmeticException",
    "InterruptedException",
    "CloneNotSupportedException",
    "Override",
    "Deprecated",
    "SuppressWarnings",
];

/// `java.util` types worth naming when a file imports `java.util.*`.
const JAVA_UTIL: &[&str] = &[
    "List",
    "ArrayList",
    "LinkedList",
    "Vector",
    "Stack",
    "Collection",
    "Collections",
    "Set",
    "HashSet",
    "TreeSet",
    "LinkedHashSet",
    "SortedSet",
    "Map",
    "HashMap",
    "Hashtable",
    "TreeMap",
    "LinkedHashMap",
    "SortedMap",
    "Iterator",
    "ListIterator",
    "Enumeration",
    "Date",
    "Calendar",
    "GregorianCalendar",
    "Arrays",
    "Comparator",
    "Properties",
    "Optional",
    "Queue",
    "Deque",
    "ArrayDeque",
    "Locale",
    "Objects",
];

/// A qualified name for a well-known JDK type, if `name` is one visible in this file.
pub fn qualify_well_known(name: &str, on_demand: &[String]) -> Option<String> {
    if JAVA_LANG.contains(&name) {
        return Some(format!("java.lang.{name}"));
    }
    if JAVA_UTIL.contains(&name) && on_demand.iter().any(|p| p == "java.util") {
        return Some(format!("java.util.{name}"));
    }
    None
}

/// Whether primitive `p` boxes to the wrapper named `wrapper`.
pub fn boxes(p: &str, wrapper: &str) -> bool {
    matches!(
        (p, wrapper),
        ("int", "Integer")
            | ("long", "Long")
            | ("short", "Short")
            | ("byte", "Byte")
            | ("char", "Character")
            | ("boolean", "Boolean")
            | ("double", "Double")
            | ("float", "Float")
    )
}

const SEQUENCES: &[&str] = &[
    "List",
    "ArrayList",
    "LinkedList",
    "Vector",
    "Stack",
    "Collection",
    "Set",
    "HashSet",
    "TreeSet",
    "LinkedHashSet",
    "SortedSet",
    "NavigableSet",
    "Iterable",
    "Queue",
    "Deque",
    "ArrayDeque",
    "PriorityQueue",
    "Iterator",
    "ListIterator",
    "Enumeration",
    "Optional",
    "CopyOnWriteArrayList",
];

const MAPS: &[&str] = &[
    "Map",
    "HashMap",
    "Hashtable",
    "TreeMap",
    "LinkedHashMap",
    "SortedMap",
    "NavigableMap",
    "ConcurrentHashMap",
    "ConcurrentMap",
    "WeakHashMap",
    "IdentityHashMap",
];

fn generic(name: &str, args: Vec<JType>) -> JType {
    JType::External(Arc::from(name), args)
}

/// The result of a JDK method not in the tables: a type variable's binding for the usual
/// accessors of single-parameter generics (`ThreadLocal<T>.get()`, `Future<T>.get()`), else
/// some JDK type — never a project type, so calls on it leave the project.
fn opaque(receiver: &JType, method: &str) -> JType {
    if let JType::External(_, args) = receiver
        && args.len() == 1
        && matches!(
            method,
            "get" | "getValue" | "next" | "take" | "poll" | "call" | "newInstance" | "orElse"
        )
    {
        return args[0].clone();
    }
    JType::opaque()
}

/// The return type of `receiver.method(..)` for a JDK receiver, when it is worth knowing.
pub fn return_type(receiver: &JType, method: &str) -> JType {
    let JType::External(name, args) = receiver else {
        return JType::Unknown;
    };
    let simple = simple_of(name);
    let arg = |i: usize| args.get(i).cloned().unwrap_or(JType::Unknown);
    if SEQUENCES.contains(&simple) {
        return match method {
            "get" | "remove" | "next" | "previous" | "nextElement" | "firstElement"
            | "lastElement" | "elementAt" | "getFirst" | "getLast" | "first" | "last" | "peek"
            | "poll" | "pop" | "element" | "removeFirst" | "removeLast" | "pollFirst"
            | "pollLast" | "peekFirst" | "peekLast" | "orElse" | "orElseGet" | "orElseThrow"
            | "set" | "floor" | "ceiling" | "higher" | "lower" => arg(0),
            "iterator" => generic("java.util.Iterator", vec![arg(0)]),
            "stream" | "parallelStream" => generic("java.util.stream.Stream", vec![arg(0)]),
            "listIterator" => generic("java.util.ListIterator", vec![arg(0)]),
            "elements" => generic("java.util.Enumeration", vec![arg(0)]),
            "subList" | "headSet" | "tailSet" | "subSet" | "descendingSet" => receiver.clone(),
            "toString" => JType::string(),
            "size" | "indexOf" | "lastIndexOf" => JType::Primitive("int"),
            "isEmpty" | "contains" | "add" | "hasNext" | "hasMoreElements" | "isPresent" => {
                JType::Primitive("boolean")
            }
            _ => opaque(receiver, method),
        };
    }
    if MAPS.contains(&simple) {
        return match method {
            "get" | "put" | "remove" | "getOrDefault" | "putIfAbsent" | "replace" => arg(1),
            "keySet" | "navigableKeySet" => generic("java.util.Set", vec![arg(0)]),
            "values" => generic("java.util.Collection", vec![arg(1)]),
            "entrySet" => generic(
                "java.util.Set",
                vec![generic("java.util.Map.Entry", vec![arg(0), arg(1)])],
            ),
            "firstKey" | "lastKey" => arg(0),
            "toString" => JType::string(),
            "size" => JType::Primitive("int"),
            "containsKey" | "containsValue" | "isEmpty" => JType::Primitive("boolean"),
            _ => opaque(receiver, method),
        };
    }
    match (simple, method) {
        (
            "Stream",
            "filter" | "sorted" | "distinct" | "limit" | "skip" | "peek" | "parallel"
            | "sequential",
        ) => receiver.clone(),
        ("Stream", "findFirst" | "findAny" | "max" | "min") => {
            generic("java.util.Optional", vec![arg(0)])
        }
        ("Entry", "getKey") => arg(0),
        ("Entry", "getValue" | "setValue") => arg(1),
        (
            "String",
            "trim" | "substring" | "toUpperCase" | "toLowerCase" | "replace" | "replaceAll"
            | "replaceFirst" | "concat" | "intern" | "strip" | "valueOf" | "format" | "toString",
        ) => JType::string(),
        ("String", "length" | "indexOf" | "lastIndexOf" | "compareTo") => JType::Primitive("int"),
        ("String", "charAt") => JType::Primitive("char"),
        ("String", "equals" | "equalsIgnoreCase" | "startsWith" | "endsWith" | "isEmpty") => {
            JType::Primitive("boolean")
        }
        ("StringBuffer" | "StringBuilder", "append" | "insert" | "reverse" | "delete") => {
            receiver.clone()
        }
        ("BigDecimal", m) if m != "compareTo" && m != "signum" && !m.ends_with("Value") => {
            receiver.clone()
        }
        (_, "toString" | "name" | "getName" | "getMessage") => JType::string(),
        (_, "hashCode" | "ordinal" | "intValue") => JType::Primitive("int"),
        (_, "equals") => JType::Primitive("boolean"),
        _ => opaque(receiver, method),
    }
}

/// The element type of a JDK collection, iterator, stream or optional, if known.
pub fn element_type(t: &JType) -> Option<JType> {
    let JType::External(name, args) = t else {
        return None;
    };
    let simple = simple_of(name);
    (SEQUENCES.contains(&simple) || simple == "Stream")
        .then(|| args.first().cloned())
        .flatten()
        .filter(JType::is_known)
}
