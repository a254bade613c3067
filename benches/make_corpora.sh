#!/usr/bin/env bash
# Builds the corpora `legacylens bench` is measured on (outside the repository):
#   OUT/jdk1m   java.base + java.sql of Debian's openjdk-17-source (about 1.27 M lines of Java)
#   OUT/cobol1m the sample's COBOL programs and copybooks replicated to about 1 M lines
#   OUT/estate1m the sample's COBOL, JCL and DDL replicated to about 1 M lines with every
#               program renamed per copy (BENPAY01 -> BENPAY01_7), so the call, control and
#               data-flow graphs grow with the estate (copies share the DB tables and datasets)
# usage: benches/make_corpora.sh OUT
# then:  legacylens bench OUT/jdk1m --runs 3; legacylens bench OUT/cobol1m --runs 3
set -euo pipefail
out=${1:?usage: $0 OUT}
repo=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out"

if [ ! -d "$out/jdk1m" ]; then
  zip=$(dpkg -L openjdk-17-source 2>/dev/null | grep 'src.zip$' | head -1 || true)
  if [ -z "$zip" ]; then
    apt-get update -qq && apt-get install -y -qq openjdk-17-source >/dev/null
    zip=$(dpkg -L openjdk-17-source | grep 'src.zip$' | head -1)
  fi
  tmp=$(mktemp -d)
  unzip -q "$zip" 'java.base/*' 'java.sql/*' -d "$tmp"
  mv "$tmp" "$out/jdk1m"
fi

if [ ! -d "$out/cobol1m" ]; then
  mkdir -p "$out/cobol1m"
  per_copy=$(cat "$repo"/sample_repos/benefits/cobol/cbl/* "$repo"/sample_repos/benefits/cobol/cpy/* | wc -l)
  copies=$(( 1000000 / per_copy + 1 ))
  for i in $(seq 1 "$copies"); do
    mkdir -p "$out/cobol1m/s$i"
    cp -r "$repo"/sample_repos/benefits/cobol/cbl "$repo"/sample_repos/benefits/cobol/cpy "$out/cobol1m/s$i/"
  done
fi
if [ ! -d "$out/estate1m" ]; then
  mkdir -p "$out/estate1m"
  python3 - "$repo/sample_repos/benefits" "$out/estate1m" <<'PY'
import pathlib, re, shutil, sys
src, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
cobol = src / "cobol"
names = sorted({m.group(1).upper()
                for f in (cobol / "cbl").iterdir()
                for m in re.finditer(r"PROGRAM-ID\.\s*([A-Za-z0-9-]+)", f.read_text("latin-1"), re.I)})
lines = sum(len(f.read_text("latin-1").splitlines())
            for d in ("cbl", "cpy", "jcl") for f in (cobol / d).iterdir())
digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
def code(i):  # three base-36 characters
    return digits[i // 1296 % 36] + digits[i // 36 % 36] + digits[i % 36]
word = re.compile(r"(?<![A-Za-z0-9-])(" + "|".join(map(re.escape, names)) + r")(?![A-Za-z0-9-])", re.I)
for i in range(1, 1_000_000 // lines + 2):
    # Same-length names keep fixed-format lines inside columns 8-72.
    rename = lambda m: m.group(1)[:-3] + code(i)
    for d in ("cbl", "cpy", "jcl"):
        (out / f"s{i}" / d).mkdir(parents=True, exist_ok=True)
        for f in (cobol / d).iterdir():
            text = f.read_bytes().decode("latin-1")
            if d != "cpy":
                text = word.sub(rename, text)
            (out / f"s{i}" / d / f.name).write_bytes(text.encode("latin-1"))
for f in (src / "sql").glob("*.sql"):
    shutil.copy(f, out / f.name)
PY
fi
find "$out/jdk1m" -name '*.java' | xargs cat | wc -l | xargs echo "jdk1m Java lines:"
find "$out/cobol1m" -type f | xargs cat | wc -l | xargs echo "cobol1m COBOL lines:"
find "$out/estate1m" -type f | xargs cat | wc -l | xargs echo "estate1m COBOL+JCL+DDL lines:"
