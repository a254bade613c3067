//! Smoke test of the real window: `legacylens --screenshot OUT.png --select SYMBOL --view V`
//! under Xvfb renders the indexed sample and writes a PNG. Skipped (with a note) where
//! `xvfb-run` is not installed; `.ci/run` installs it, so CI always runs it.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

fn have(tool: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Width and height from a PNG's IHDR chunk.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "not a PNG");
    assert_eq!(&bytes[12..16], b"IHDR");
    let be = |b: &[u8]| u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
    (be(&bytes[16..20]), be(&bytes[20..24]))
}

#[test]
fn screenshots_each_view_of_the_sample_under_xvfb() {
    if !have("xvfb-run") {
        eprintln!("skipped: xvfb-run is not installed (Debian: xvfb)");
        return;
    }
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_repos");
    let dir = tempfile::tempdir().unwrap();
    for view in ["code", "graph", "rules"] {
        let out = dir.path().join(format!("{view}.png"));
        let mut child = Command::new("xvfb-run")
            .args(["-a", "-s", "-screen 0 1400x900x24"])
            .arg(env!("CARGO_BIN_EXE_legacylens"))
            .arg("--screenshot")
            .arg(&out)
            .args([
                "--select",
                "PAYCALC",
                "--view",
                view,
                "--window-size",
                "1280x800",
            ])
            .arg(&sample)
            .env("LIBGL_ALWAYS_SOFTWARE", "1")
            .spawn()
            .expect("run xvfb-run");
        // Never hang CI: give it two minutes.
        let started = std::time::Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            if started.elapsed() > Duration::from_secs(120) {
                let _ = child.kill();
                panic!("--screenshot did not finish within 120 s ({view})");
            }
            std::thread::sleep(Duration::from_millis(100));
        };
        assert!(status.success(), "{view}: exit {status}");
        let bytes = std::fs::read(&out).expect("the PNG was written");
        let (w, h) = png_size(&bytes);
        // The window's inner size in pixels (pixels per point may be 1 or more).
        assert!(w >= 1280 && h >= 800, "{view}: {w}x{h}");
        assert!(
            bytes.len() > 20_000,
            "{view}: an empty-looking picture ({} bytes)",
            bytes.len()
        );
    }
}
