//! The JCL parser on any text, and every job expanded with the document's own procedures.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let doc = legacylens::jcl::parse_jcl(&text);
    let library = |name: &str| doc.proc_for_member(name);
    for job in &doc.jobs {
        let _ = legacylens::jcl::expand_job(job, &library);
    }
});
