package dev.zhanwang.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output rules with real processes of the packaged jar: {@code --out .} in a real current
 * directory, and runs of 5,000,000 paths stopped by SIGINT and SIGTERM at random moments of the
 * simulation and of the writing, which must leave no staging folder, no previous results set
 * aside and no lock file, and never a damaged output folder.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class OutputInterruptIT {
  private static final Path JAR =
      Path.of(System.getProperty("forecast.jar", "target/forecast.jar")).toAbsolutePath();
  private static final Path BASELINE =
      Path.of("../scenarios/liudong-2023-baseline.yaml").toAbsolutePath().normalize();
  private static final String PATHS = "5000000";
  /** The same for every run, as the heap decides between exact and binned quantiles. */
  private static final List<String> JVM = List.of("-Xmx2g", "-Djava.awt.headless=true");

  private static final int KILLS_PER_SIGNAL = 10;
  /** Detects a hung run; a 5,000,000-path run takes well under a minute. */
  private static final long TIMEOUT_SECONDS = 300;

  @TempDir
  Path dir;
  /** Where processes' output goes, apart from the folders the tests look at. */
  @TempDir
  Path logRoot;

  private enum Signal {
    INT,
    TERM,
    KILL
  }

  /** What the run was doing when the signal was sent, as seen from outside. */
  private enum Moment {
    STARTING,
    SIMULATING,
    WRITING,
    FINISHING
  }

  @Test
  void outIsTheCurrentDirectory_refusedWithAndWithoutForce_andAnEmptyOneIsFilled()
      throws Exception {
    Path work = Files.createDirectories(dir.resolve("work"));
    Files.write(work.resolve("plan.docx"), new byte[] {'P', 'K', 3, 4, 20, 0});
    Files.writeString(work.resolve("budget.xlsx"), "预算");
    Snapshot before = Snapshot.of(dir);
    Result plain = forecast(
        work, "run", BASELINE.toString(), "--paths", "1000", "--charts", "none", "--out", ".");
    assertEquals(2, plain.status(), plain.err());
    assertEquals(
        ".: must be a new folder, an empty one or one a previous run wrote, but it holds"
            + " 2 files this engine did not write (budget.xlsx, plan.docx); choose another --out, or"
            + " add --force to write beside them (nothing of theirs is deleted or overwritten)\n",
        plain.err());
    Result forced = forecast(
        work,
        "run",
        BASELINE.toString(),
        "--paths",
        "1000",
        "--charts",
        "none",
        "--out",
        ".",
        "--force");
    assertEquals(2, forced.status(), forced.err());
    assertEquals(
        ".: with --force, must not be the current directory or a folder above it, but"
            + " it is the current directory; choose another --out\n",
        forced.err());
    Result above = forecast(
        work,
        "run",
        BASELINE.toString(),
        "--paths",
        "1000",
        "--charts",
        "none",
        "--out",
        "..",
        "--force");
    assertEquals(2, above.status(), above.err());
    assertTrue(above.err().contains("but it is above it"), above.err());
    before.assertUnchanged();

    // An empty current directory holds nothing to lose: the files go into it.
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Result filled = forecast(
        empty, "run", BASELINE.toString(), "--paths", "1000", "--charts", "none", "--out", ".");
    assertEquals(0, filled.status(), filled.err());
    assertEquals(List.of("fan.csv", "joint.csv", "manifest.json", "summary.csv"), names(empty));
    before.assertKept();
  }

  @Test
  void runs_stoppedBySigintOrSigtermAtRandomMoments_leaveNothingBehindAndARerunMatches()
      throws Exception {
    long began = System.nanoTime();
    // An uninterrupted run, timed from outside: when staging appears, fills and is published.
    Path reference = Files.createDirectories(dir.resolve("reference"));
    Timeline timeline = runWatching(reference);
    Path expected = reference.resolve("out");
    System.out.printf(
        Locale.ROOT,
        "OutputInterruptIT: uninterrupted run %.1f s: start %.1f s,"
            + " simulation %.1f s, writing %.1f s%n",
        timeline.total() / 1e9,
        timeline.simulating() / 1e9,
        (timeline.writing() - timeline.simulating()) / 1e9,
        (timeline.published() - timeline.writing()) / 1e9);

    // Every stopped run replaces a complete previous result, the hardest case to keep whole.
    Path places = Files.createDirectories(dir.resolve("runs"));
    Path out = Files.createDirectories(places.resolve("out"));
    for (String name : names(expected)) {
      Files.copy(expected.resolve(name), out.resolve(name));
    }
    Random random = new Random(20230203);
    Map<Signal, Map<Moment, Integer>> landed = new EnumMap<>(Signal.class);
    List<Integer> statuses = new ArrayList<>();
    for (Signal signal : List.of(Signal.INT, Signal.TERM)) {
      landed.put(signal, new EnumMap<>(Moment.class));
      for (int i = 0; i < KILLS_PER_SIGNAL; i++) {
        Moment aim = i % 2 == 0 ? Moment.SIMULATING : Moment.WRITING;
        long delay = (long) (random.nextDouble()
            * (aim == Moment.SIMULATING
                ? timeline.writing() - timeline.simulating()
                : timeline.published() - timeline.writing()));
        Stopped stopped = runStopping(places, aim, delay, signal);
        landed.get(signal).merge(stopped.moment(), 1, Integer::sum);
        statuses.add(stopped.status());
        assertEquals(
            List.of("out"),
            names(places),
            "no staging folder, results set aside or lock file after " + stopped);
        assertWhole(out, expected, stopped.toString());
      }
    }
    // SIGKILL runs no hook: its staging folder and lock file stay, for the next run to clean.
    Stopped killed = runStopping(places, Moment.WRITING, 0, Signal.KILL);
    assertEquals(Moment.WRITING, killed.moment(), killed.toString());
    List<String> left = names(places);
    assertEquals(3, left.size(), left.toString());
    assertTrue(
        left.contains(".out.lock") && left.stream().anyMatch(n -> n.startsWith(".out.partial-")),
        left.toString());
    assertWhole(out, expected, killed.toString());
    Result rerun = forecast(dir, runArgs(out));
    assertEquals(0, rerun.status(), rerun.err());
    // Shown relative to the rerun's current directory, dir.
    assertTrue(
        rerun
            .err()
            .startsWith("Removed staging folder left by an interrupted run: "
                + Path.of("runs")
                    .resolve(left.stream()
                        .filter(n -> n.startsWith(".out.partial-"))
                        .findFirst()
                        .orElseThrow())
                + "\n"),
        rerun.err());
    assertTrue(rerun.err().contains("Replacing previous results in " + out + "\n"), rerun.err());
    assertArrayEquals(
        Files.readAllBytes(expected.resolve("summary.csv")),
        Files.readAllBytes(out.resolve("summary.csv")));
    assertArrayEquals(
        Files.readAllBytes(expected.resolve("fan.csv")),
        Files.readAllBytes(out.resolve("fan.csv")));
    assertEquals(List.of("out"), names(places));
    System.out.printf(
        Locale.ROOT,
        "OutputInterruptIT: signals landed %s; exit statuses %s; whole test %.0f s%n",
        landed,
        statuses,
        (System.nanoTime() - began) / 1e9);
  }

  /** Nanoseconds from start until staging appeared, got its first file and was published. */
  private record Timeline(long simulating, long writing, long published, long total) {}

  private Timeline runWatching(Path place) throws Exception {
    long start = System.nanoTime();
    Path logs = Files.createDirectories(logRoot.resolve("reference"));
    Process process = start(dir, runArgs(place.resolve("out")), logs);
    long simulating = 0;
    long writing = 0;
    long published = 0;
    while (process.isAlive()) {
      long now = System.nanoTime() - start;
      Optional<Path> staging = staging(place);
      if (staging.isPresent() && simulating == 0) {
        simulating = now;
      }
      if (staging.isPresent() && writing == 0 && !names(staging.get()).isEmpty()) {
        writing = now;
      }
      if (published == 0 && Files.exists(place.resolve("out"))) {
        published = now;
      }
      if (now > TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS)) {
        process.destroyForcibly();
        fail("the uninterrupted run took longer than " + TIMEOUT_SECONDS + " s");
      }
      Thread.sleep(2);
    }
    assertEquals(0, process.waitFor(), Files.readString(logs.resolve("stderr.txt")));
    assertTrue(
        simulating > 0 && writing > simulating && published > writing,
        "staging seen at " + simulating + ", filling at " + writing + ", published at "
            + published);
    return new Timeline(simulating, writing, published, System.nanoTime() - start);
  }

  private record Stopped(Signal signal, Moment aim, long delay, Moment moment, int status) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "SIG%s aimed %.2f s into %s, landed while %s, exit %d",
          signal,
          delay / 1e9,
          aim,
          moment,
          status);
    }
  }

  /**
   * Starts a run into {@code place/out}, waits for the phase {@code aim} to begin, then
   * {@code delay} more, and sends {@code signal}.
   */
  private Stopped runStopping(Path place, Moment aim, long delay, Signal signal) throws Exception {
    Path logs = Files.createDirectories(logRoot.resolve("stopped"));
    Process process = start(dir, runArgs(place.resolve("out")), logs);
    long started = System.nanoTime();
    long aimStart = 0;
    Moment moment = Moment.STARTING;
    while (process.isAlive()) {
      moment = momentOf(place, moment);
      if (aimStart == 0 && moment.compareTo(aim) >= 0) {
        aimStart = System.nanoTime();
      }
      if (aimStart != 0 && System.nanoTime() - aimStart >= delay) {
        break;
      }
      if (System.nanoTime() - started > TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS)) {
        process.destroyForcibly();
        fail("a run took longer than " + TIMEOUT_SECONDS + " s");
      }
      Thread.sleep(1);
    }
    if (process.isAlive()) {
      moment = momentOf(place, moment);
      if (signal == Signal.KILL) {
        process.destroyForcibly();
      } else if (signal == Signal.INT) {
        // Not inheritIO: this JVM's standard streams are the test runner's channel to Maven.
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid()))
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
        assertEquals(0, kill.waitFor());
      } else {
        process.destroy();
      }
    } else {
      moment = Moment.FINISHING;
    }
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("SIG" + signal + " did not stop the run within " + TIMEOUT_SECONDS + " s");
    }
    String err = Files.readString(logs.resolve("stderr.txt"));
    assertFalse(err.contains("Exception"), err);
    // Stopped before publishing, a run says so; one stopped just as it published may not.
    String unchanged = "Interrupted before the results were complete; the previous results in "
        + place.resolve("out") + " are unchanged.\n";
    if (moment == Moment.SIMULATING) {
      assertTrue(err.endsWith(unchanged), err);
    } else if (signal != Signal.KILL) {
      assertTrue(err.endsWith(unchanged) || err.contains("Replacing previous results"), err);
    }
    return new Stopped(signal, aim, delay, moment, process.exitValue());
  }

  /** What a run into {@code place/out} is doing, judged by its staging folder. */
  private static Moment momentOf(Path place, Moment before) throws IOException {
    Optional<Path> staging = staging(place);
    if (staging.isEmpty()) {
      return before == Moment.STARTING ? Moment.STARTING : Moment.FINISHING;
    }
    try {
      return names(staging.get()).isEmpty() ? Moment.SIMULATING : Moment.WRITING;
    } catch (IOException e) {
      return Moment.FINISHING;
    }
  }

  private static Optional<Path> staging(Path place) throws IOException {
    try (Stream<Path> entries = Files.list(place)) {
      return entries
          .filter(p -> p.getFileName().toString().startsWith(".out.partial-"))
          .findFirst();
    }
  }

  /** The folder holds one run's results, whole: its manifest lists exactly what is there. */
  private static void assertWhole(Path out, Path expected, String after) throws IOException {
    List<String> listed = new ArrayList<>(FolderContents.manifestFiles(out.resolve("manifest.json"))
        .orElseThrow(() -> new AssertionError("no manifest after " + after)));
    listed.add("manifest.json");
    assertEquals(listed.stream().sorted().toList(), names(out), "whole after " + after);
    assertEquals(names(expected), names(out), after);
    assertArrayEquals(
        Files.readAllBytes(expected.resolve("summary.csv")),
        Files.readAllBytes(out.resolve("summary.csv")),
        after);
  }

  private static String[] runArgs(Path out) {
    return new String[] {
      "run", BASELINE.toString(), "--paths", PATHS, "--charts", "png", "--out", out.toString()
    };
  }

  private record Result(int status, String out, String err) {}

  private Result forecast(Path cwd, String... args) throws Exception {
    Path logs = Files.createTempDirectory(logRoot, "run");
    Process process = start(cwd, args, logs);
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("forecast " + String.join(" ", args) + " took longer than " + TIMEOUT_SECONDS + " s");
    }
    Result result = new Result(
        process.exitValue(),
        Files.readString(logs.resolve("stdout.txt"), StandardCharsets.UTF_8),
        Files.readString(logs.resolve("stderr.txt"), StandardCharsets.UTF_8));
    return result;
  }

  /** {@code java -jar forecast.jar args} in {@code cwd}, output into {@code logs}. */
  private static Process start(Path cwd, String[] args, Path logs) throws IOException {
    List<String> command = new ArrayList<>(defaultSignals());
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM);
    command.addAll(List.of("-jar", JAR.toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .directory(cwd.toFile())
        .redirectOutput(logs.resolve("stdout.txt").toFile())
        .redirectError(logs.resolve("stderr.txt").toFile())
        .start();
  }

  /**
   * A process started in the background without job control inherits SIGINT ignored, and a JVM
   * then installs no handler for it; {@code env --default-signal} gives the run the default back.
   */
  private static List<String> defaultSignals() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return List.of();
    }
    long ignored = Files.readAllLines(status).stream()
        .filter(l -> l.startsWith("SigIgn:"))
        .map(l -> Long.parseUnsignedLong(l.substring(7).trim(), 16))
        .findFirst()
        .orElse(0L);
    return (ignored & 0b10) == 0 ? List.of() : List.of("env", "--default-signal=INT");
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
