#!/usr/bin/env bash
# The long fuzzing campaign: runs each Jazzer fuzz test of the loaders (LoaderFuzzTest: format
# detection, OTLP, Jaeger, Zipkin, Chrome, BEAM; JfrLoaderFuzzTest: the JFR loader) in fuzzing mode for its maxDuration (5 minutes
# each), one JVM per test with -Xmx1g, seeded from the shared corpus (files up to MAX_SEED_KB) and
# the saved regression inputs. `mvn verify` only replays the saved inputs (regression mode).
#
#   scripts/fuzz.sh                      # every test
#   scripts/fuzz.sh otlp chrome jfr      # some of them
#
# For each test it prints libFuzzer's final line (inputs run, coverage) and keeps the log in
# target/fuzz/<test>.log. A finding stops that test: Jazzer writes the input that failed to
# loaders/src/test/resources/dev/flightpath/loaders/<package>/<Class>Inputs/<test>/crash-*; fix the
# loader, keep the input there (it then runs in every `mvn verify`) and run the test again.
# The inputs the fuzzer found interesting accumulate in loaders/.cifuzz-corpus/ (git ignores it).
# Needs JDK 17+, Maven (offline once the dependencies are in ~/.m2), and the corpus at
# ../shared/corpus (or CORPUS=path).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${CORPUS:-$root/../shared/corpus}"
max_seed_kb="${MAX_SEED_KB:-128}"
tests=("$@")
if [ ${#tests[@]} -eq 0 ]; then
  tests=(formatDetection otlp jaeger zipkin chrome beam jfr)
fi
out="$root/target/fuzz"
mkdir -p "$out"

seeds_of() {
  case "$1" in
    formatDetection) echo "otlp jaeger zipkin chrome beam" ;;
    *) echo "$1" ;;
  esac
}

# The test class that holds a fuzz test.
class_of() {
  case "$1" in
    jfr) echo "dev.flightpath.loaders.jfr.JfrLoaderFuzzTest" ;;
    *) echo "dev.flightpath.loaders.fuzz.LoaderFuzzTest" ;;
  esac
}

(cd "$root" && mvn -B -q -o test-compile -pl loaders -am)
for test in "${tests[@]}"; do
  class="$(class_of "$test")"
  generated="$root/loaders/.cifuzz-corpus/$class/$test"
  mkdir -p "$generated"
  for folder in $(seeds_of "$test"); do
    if [ -d "$corpus/$folder" ]; then
      find "$corpus/$folder" -type f -size -"${max_seed_kb}"k -exec cp -f {} "$generated/" \;
    fi
  done
  echo "== $test: fuzzing (seeds: $(ls "$generated" | wc -l))"
  if (cd "$root" && JAZZER_FUZZ=1 mvn -B -o test -pl loaders -am -Dtest="${class##*.}#$test" \
      -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx1g >"$out/$test.log" 2>&1); then
    status=ok
  else
    status="FINDING (see $out/$test.log)"
  fi
  grep -E "^#[0-9]+ +(DONE|pulse)|Done [0-9]+ runs" "$out/$test.log" | tail -n 2 || true
  echo "   $status"
done
