package dev.zhanwang.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * The fuzz suite's knobs, read from system properties so that CI runs a fixed, reproducible set of
 * cases and a developer can explore others without editing code:
 *
 * <ul>
 *   <li>{@code fuzz.seed} (default {@value #DEFAULT_SEED}): the seed every property's cases are
 *       drawn from;
 *   <li>{@code fuzz.scale} (default 1): multiplies each property's number of cases;
 *   <li>{@code fuzz.maxFailures} (default 0): the build fails when more cases than this fail the
 *       oracle; -1 reports without failing, for exploring other seeds;
 *   <li>{@code fuzz.case}: run only this case number of each property (as a reproducer's
 *       {@code case.txt} names it), to rerun one case under a debugger;
 *   <li>{@code fuzz.workers} (default 2, at most the processors): cases run at once;
 *   <li>{@code fuzz.timeoutSeconds} (default 10): a command still running then is a hang;
 *   <li>{@code fuzz.work}: where cases are built and run (see {@link #workRoot()});
 *   <li>{@code fuzz.log}: a file that receives every case's commands and outcome.
 * </ul>
 */
final class FuzzSettings {
  static final long DEFAULT_SEED = 20231109L;

  private FuzzSettings() {}

  static long seed() {
    return Long.parseLong(System.getProperty("fuzz.seed", String.valueOf(DEFAULT_SEED)));
  }

  /** Cases for a property that runs {@code standard} cases at scale 1; at least 1. */
  static int cases(int standard) {
    double scale = Double.parseDouble(System.getProperty("fuzz.scale", "1"));
    return Math.max(1, (int) Math.round(standard * scale));
  }

  static int maxFailures() {
    return Integer.parseInt(System.getProperty("fuzz.maxFailures", "0"));
  }

  /** The one case number to run, if {@code fuzz.case} is set. */
  static OptionalInt onlyCase() {
    String only = System.getProperty("fuzz.case", "");
    return only.isBlank() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(only.strip()));
  }

  static int workers() {
    return Integer.parseInt(System.getProperty(
        "fuzz.workers", String.valueOf(Math.min(2, Runtime.getRuntime().availableProcessors()))));
  }

  static long timeoutMillis() {
    return (long) (Double.parseDouble(System.getProperty("fuzz.timeoutSeconds", "10")) * 1000);
  }

  /** Where cases are built and run, removed case by case: see {@link #workRoot()}. */
  private static final Path WORK_ROOT = chooseWorkRoot();

  /**
   * Where cases are built and run, removed case by case: {@code fuzz.work} if set, else a folder
   * in {@code /dev/shm} where Linux offers that memory-backed file system with room to spare
   * (writing and deleting a case's twenty files there takes a fifth of the time it takes on a
   * disk), else {@code target/fuzz-work}.
   */
  static Path workRoot() {
    return WORK_ROOT;
  }

  private static Path chooseWorkRoot() {
    String work = System.getProperty("fuzz.work");
    if (work != null) {
      return Path.of(work).toAbsolutePath();
    }
    Path memory = Path.of("/dev/shm");
    try {
      if (Files.isDirectory(memory)
          && Files.isWritable(memory)
          && Files.getFileStore(memory).getUsableSpace() > 512L << 20) {
        return memory.resolve("zhanwang-fuzz-" + ProcessHandle.current().pid());
      }
    } catch (IOException e) {
      // not usable: fall back to the build folder
    }
    return Path.of("target/fuzz-work").toAbsolutePath();
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
