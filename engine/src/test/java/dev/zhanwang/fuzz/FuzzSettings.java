package dev.zhanwang.fuzz;

import java.nio.file.Path;

/**
 * The fuzz suite's knobs, read from system properties so that CI runs a fixed, reproducible set of
 * cases and a developer can explore others without editing code:
 *
 * <ul>
 *   <li>{@code fuzz.seed} (default {@value #DEFAULT_SEED}): jqwik's seed for every property;
 *   <li>{@code fuzz.scale} (default 1): multiplies each property's number of cases;
 *   <li>{@code fuzz.maxFailures} (default -1, report only): the build fails when more cases than
 *       this fail the oracle; 0 once the engine's input handling is fixed;
 *   <li>{@code fuzz.shrink} (default false): run each case on the property's own thread and fail
 *       at the first failure, so that jqwik shrinks it to a minimal case; otherwise cases run on
 *       {@code fuzz.workers} threads and every failure is collected;
 *   <li>{@code fuzz.timeoutSeconds} (default 10): a command still running then is a hang;
 *   <li>{@code fuzz.log}: a file that receives every case's commands and outcome.
 * </ul>
 */
final class FuzzSettings {
  static final String DEFAULT_SEED = "20231109";

  private FuzzSettings() {}

  static String seed() {
    return System.getProperty("fuzz.seed", DEFAULT_SEED);
  }

  /** Cases for a property that runs {@code standard} cases at scale 1; at least 1. */
  static int cases(int standard) {
    double scale = Double.parseDouble(System.getProperty("fuzz.scale", "1"));
    return Math.max(1, (int) Math.round(standard * scale));
  }

  static int maxFailures() {
    return Integer.parseInt(System.getProperty("fuzz.maxFailures", "-1"));
  }

  static boolean shrink() {
    return Boolean.parseBoolean(System.getProperty("fuzz.shrink", "false"));
  }

  static int workers() {
    return Integer.parseInt(System.getProperty("fuzz.workers",
        String.valueOf(Math.min(2, Runtime.getRuntime().availableProcessors()))));
  }

  static long timeoutMillis() {
    return (long) (Double.parseDouble(System.getProperty("fuzz.timeoutSeconds", "10")) * 1000);
  }

  /** Where cases are built and run; under the build folder, removed case by case. */
  static Path workRoot() {
    return Path.of(System.getProperty("fuzz.work", "target/fuzz-work")).toAbsolutePath();
  }

  /** A file to which every case's commands and outcome are appended, if set. */
  static Path log() {
    String log = System.getProperty("fuzz.log");
    return log == null ? null : Path.of(log).toAbsolutePath();
  }

  /** Where one reproducer per failure class is kept. */
  static Path failureRoot() {
    return Path.of(System.getProperty("fuzz.failures", "target/fuzz-failures")).toAbsolutePath();
  }
}
