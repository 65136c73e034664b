package dev.zhanwang.cli;

import dev.zhanwang.report.ReportFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Where a run's time went, printed as its last line: the JVM's start before {@code main}, loading
 * and checking the scenario and its data, the simulation (with building the forecast from it), and
 * each kind of output, written at the same time, then the manifest.
 */
record RunTimes(
    long paths,
    int threads,
    Optional<Duration> jvmStart,
    Duration loading,
    Duration simulation,
    Duration kernel,
    Map<ReportFormat, Duration> outputs,
    Duration outputsWall,
    Duration wholeRun) {
  /** The time each output took, told from the writers' threads as each finishes. */
  static final class Outputs {
    private final Map<ReportFormat, Duration> times = new EnumMap<>(ReportFormat.class);

    synchronized void add(ReportFormat format, Duration time) {
      times.put(format, time);
    }

    synchronized Map<ReportFormat, Duration> times() {
      return new EnumMap<>(times);
    }
  }

  /**
   * From {@link System#nanoTime()} readings: the command's start, scenario loaded, simulation and
   * forecast done, and the end.
   */
  RunTimes(
      long paths,
      int threads,
      long startNanos,
      long loadedNanos,
      long simulatedNanos,
      Duration kernel,
      Outputs outputs,
      long endNanos) {
    this(
        paths,
        threads,
        jvmStartBefore(Duration.ofNanos(System.nanoTime() - startNanos)),
        Duration.ofNanos(loadedNanos - startNanos),
        Duration.ofNanos(simulatedNanos - loadedNanos),
        kernel,
        outputs.times(),
        Duration.ofNanos(endNanos - simulatedNanos),
        Duration.ofNanos(endNanos - startNanos));
  }

  /**
   * The time from the process's start to the command's, as the operating system reports the
   * start (to about 10 ms on Linux); empty where it does not.
   */
  private static Optional<Duration> jvmStartBefore(Duration sinceCommandStart) {
    return ProcessHandle.current()
        .info()
        .startInstant()
        .map(start -> Duration.between(start, Instant.now()).minus(sinceCommandStart))
        .filter(d -> !d.isNegative());
  }

  /**
   * {@code 100,000 paths on 2 threads: JVM start 0.20 s, loading 0.31 s, simulation 0.55 s,
   * outputs 0.40 s (at once: summary.csv 0.01, ...; then manifest 0.01), whole run 1.26 s.}
   */
  String line() {
    StringJoiner atOnce = new StringJoiner(", ");
    outputs.forEach((format, time) -> {
      if (format != ReportFormat.MANIFEST) {
        atOnce.add(format.label() + " " + seconds(time));
      }
    });
    Duration manifest = outputs.getOrDefault(ReportFormat.MANIFEST, Duration.ZERO);
    return String.format(
        Locale.ROOT,
        "%,d paths on %d threads: %sloading %s s, simulation %s s (kernel %s), outputs %s s (at"
            + " once: %s; then manifest %s), whole run %s s%s.",
        paths,
        threads,
        jvmStart.map(d -> "start-up " + seconds(d) + " s, ").orElse(""),
        seconds(loading),
        seconds(simulation),
        seconds(kernel),
        seconds(outputsWall),
        atOnce,
        seconds(manifest),
        seconds(wholeRun),
        jvmStart
            .map(d -> " (" + seconds(d.plus(wholeRun)) + " s from the process start)")
            .orElse(""));
  }

  private static String seconds(Duration time) {
    return String.format(Locale.ROOT, "%.2f", time.toNanos() / 1e9);
  }
}
