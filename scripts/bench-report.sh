#!/usr/bin/env bash
# Writes the post-mortem report of a real ~200 MB JFR recording and opens it in headless Chromium:
# the page's size, the time `flightpath report` takes, and how long the page takes to be ready in
# the browser (navigation start to the page's `data-ready` mark, the figure the issue sets at 2 s).
# Next to them, for scale: `jfr summary` (the JDK merely walking the file's event headers).
#
#   scripts/bench-report.sh                  # POSTS=57000 (about 200 MB of JFR), RUNS=3
#   POSTS=5000 RUNS=1 scripts/bench-report.sh
#   scripts/bench-report.sh other.jfr ...    # also these recordings (any input format)
#
# The recording is one run of the samples module's GuildFanOutSample (the workload of
# sample-recordings/guild-fanout-recorder.jfr, made longer: POSTS posts fanned out to 16 sessions):
# the JDK's `profile` settings plus flightpath's recorder events, so it has stack samples, lock
# waits, GC pauses, messages and executor tasks. Everything goes to target/bench-report/ (git
# ignores it). Needs JDK 17+, Maven, /usr/bin/time, and /usr/bin/chromium with /usr/bin/chromedriver.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$root/target/bench-report"
posts="${POSTS:-57000}"
runs="${RUNS:-3}"
mkdir -p "$work"

# 1. flightpath, the samples jar, and the test classpath that has Selenium.
"$root/flightpath" --version >/dev/null
flightpath_jar="$work/flightpath.jar"
cp "$root/cli/target/flightpath.jar" "$flightpath_jar"
(cd "$root" && mvn -B -q -o -DskipTests package -pl samples -am >/dev/null 2>&1) \
  || (cd "$root" && mvn -B -q -DskipTests package -pl samples -am)
(cd "$root" && mvn -B -q dependency:build-classpath -pl reporters -Dmdep.includeScope=test \
  "-Dmdep.outputFile=$work/selenium.classpath" >/dev/null)

# 2. The recording (kept between runs; delete it to record again).
recording="$work/guild-fanout-recorder.jfr"
if [ ! -f "$recording" ] || [ "$(cat "$work/posts" 2>/dev/null)" != "$posts" ]; then
  echo "bench-report: recording $posts posts (a few minutes)..." >&2
  rm -f "$recording"
  env TZ=UTC java -cp "$root/samples/target/samples.jar" dev.flightpath.samples.GuildFanOutSample \
    "$work" "$posts" 16 42 >"$work/record.log"
  echo "$posts" > "$work/posts"
fi

# 3. The browser side: opens the page RUNS times in a fresh headless Chromium each, and prints the
#    milliseconds from navigation start to `data-ready`, and the page's console errors (must be none).
mkdir -p "$work/classes"
cat > "$work/OpenReport.java" <<'JAVA'
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens a report in a fresh headless Chromium and prints the milliseconds from navigation start
 * to the page's data-ready mark, to its first flame graph drawn (-1 without one), and the number
 * of console errors.
 */
public class OpenReport {
    public static void main(String[] args) throws Exception {
        Path page = Path.of(args[0]).toAbsolutePath();
        Path profile = Files.createTempDirectory("bench-report-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--no-first-run", "--window-size=1400,1000",
                "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.get("about:blank");
            driver.get(page.toUri().toString());
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> "true".equals(
                    driver.executeScript("return document.documentElement.getAttribute('data-ready')")));
            Object readyMillis = driver.executeScript(
                    "return Math.round(Number(document.documentElement.getAttribute('data-ready-ms')))");
            // The first flame graph is a frame of its own, drawn once its page has run: poll for it.
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            Object flameMillis = driver.executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                    + "(function poll() {"
                    + "  var frame = document.querySelector('iframe.flame');"
                    + "  if (!frame) { done(-1); return; }"
                    + "  var w = frame.contentWindow;"
                    + "  if (w && w.flamegraph && w.document.readyState === 'complete') {"
                    + "    done(Math.round(performance.now())); return; }"
                    + "  setTimeout(poll, 5);"
                    + "})();");
            long errors = 0;
            for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
                if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    System.err.println("console: " + entry.getMessage());
                    errors++;
                }
            }
            System.out.println(readyMillis + " " + flameMillis + " " + errors);
        } finally {
            driver.quit();
            service.stop();
        }
    }
}
JAVA
classpath="$(cat "$work/selenium.classpath")"
javac -cp "$classpath" -d "$work/classes" "$work/OpenReport.java"

# 4. Measurements: per input, the page's size, `flightpath report` (best of RUNS), and the page in
#    Chromium (best and worst of RUNS fresh browsers).
mb() { awk -v bytes="$1" 'BEGIN { printf "%.1f", bytes / 1000000 }'; }
spans="$work/guild-fanout-otlp.jsonl"
echo "Recordings (one run of the workload: $(grep -o 'messages sent [0-9]*' "$work/record.log" || true)):"
echo "  $recording: $(mb "$(stat -c %s "$recording")") MB"
jfr summary "$recording" | awk '$1 ~ /^(jdk.ExecutionSample|jdk.ThreadPark|jdk.GarbageCollection|flightpath.MessageEnqueued|flightpath.TaskSubmitted)$/ {printf "    %-28s %10s events\n", $1, $2}'
echo "  $spans (the same run's OpenTelemetry spans, OTLP JSON lines): $(mb "$(stat -c %s "$spans")") MB"
echo

/usr/bin/time -f '%e' -o "$work/time.txt" jfr summary "$recording" >/dev/null
echo "For scale: jfr summary (the JDK walking the JFR file's event headers) $(cat "$work/time.txt") s wall"
echo
echo "Chromium: milliseconds from navigation start to the page ready (best and worst of RUNS fresh"
echo "browsers), and to its first flame graph drawn in its frame (worst)."
printf '%-26s %8s %9s %7s %9s %13s %13s %13s\n' "Input" "page MB" "report s" "CPU s" "max RSS" "ready best" "ready worst" \
  "flame worst"
for input in "$recording" "$spans" "$@"; do
  input="$(cd "$(dirname "$input")" && pwd)/$(basename "$input")"
  report="$work/$(basename "$input").html"
  cli_times=""
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" java -jar "$flightpath_jar" report "$input" -o "$report" \
      >/dev/null 2>"$work/stderr.txt" \
      || { echo "bench-report: flightpath report failed:" >&2; cat "$work/stderr.txt" >&2; exit 1; }
    read -r seconds user system rss_kb < "$work/time.txt"
    cli_times+="$seconds $(echo "$user + $system" | bc) $((rss_kb / 1024))"$'\n'
  done
  read -r report_s report_cpu report_rss <<<"$(printf '%s' "$cli_times" | sort -n | head -1)"
  open_times="" flame_times=""
  for _ in $(seq "$runs"); do
    read -r ready_ms flame_ms errors <<<"$(java -cp "$work/classes:$classpath" OpenReport "$report" 2>"$work/browser.txt")"
    if [ "$errors" != 0 ]; then
      echo "bench-report: the page of $input logged $errors console errors:" >&2
      cat "$work/browser.txt" >&2
      exit 1
    fi
    open_times+="$ready_ms"$'\n'
    flame_times+="$flame_ms"$'\n'
  done
  printf '%-26s %8s %9s %7s %6s MB %10s ms %10s ms %10s ms\n' "$(basename "$input")" "$(mb "$(stat -c %s "$report")")" \
    "$report_s" "$report_cpu" "$report_rss" "$(printf '%s' "$open_times" | sort -n | head -1)" \
    "$(printf '%s' "$open_times" | sort -n | tail -1)" "$(printf '%s' "$flame_times" | sort -n | tail -1)"
done
echo
echo "Limits from the report issue: page under 10 MB, ready in Chromium in under 2,000 ms. No console errors."
echo "Pages: $work/*.html"
