#!/usr/bin/env bash
# Builds the corpora `legacylens bench` is measured on (outside the repository):
#   OUT/jdk1m   java.base + java.sql of Debian's openjdk-17-source (about 1.27 M lines of Java)
#   OUT/cobol1m the sample's COBOL programs and copybooks replicated to about 1 M lines
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
find "$out/jdk1m" -name '*.java' | xargs cat | wc -l | xargs echo "jdk1m Java lines:"
find "$out/cobol1m" -type f | xargs cat | wc -l | xargs echo "cobol1m COBOL lines:"
