//! Compiles our tree-sitter COBOL grammar (`grammars/cobol/src`) into the library.

fn main() {
    let dir = std::path::Path::new("grammars/cobol/src");
    let mut build = cc::Build::new();
    build
        .include(dir)
        .std("c11")
        .warnings(false)
        .file(dir.join("parser.c"))
        .file(dir.join("scanner.c"));
    // The generated parser is large; optimise it even in debug builds so tests stay fast.
    build.opt_level(2);
    build.compile("tree-sitter-cobol");
    for file in ["parser.c", "scanner.c", "tree_sitter/parser.h"] {
        println!("cargo:rerun-if-changed={}", dir.join(file).display());
    }
}
