package dev.zhanwang.scenario;

import dev.zhanwang.input.Limit;
import dev.zhanwang.model.Sampling;
import java.util.Objects;
import java.util.Optional;

/**
 * How a scenario is run: paths, seed, threads, sampling and, when asked for, a precision target.
 * The scenario's {@code simulation:} block gives the first values ({@link ScenarioLoader}), the
 * command line's options replace any of them, and the simulator takes the result whole, as
 * Jenetics builds an engine from settings checked once. Every rule on a single setting is checked
 * here, once; the loader reads the rule's text and test from here too, to report a bad
 * {@code simulation.paths} at its line and column before anything is built.
 *
 * <p>With a precision target, {@code paths} is the first batch: the run has at least that many
 * paths, and more, batch by batch, until every P(target met) has the standard error asked for or
 * the cap is reached. Its result is that of a plain run of the final number of paths.
 *
 * @param paths paths to simulate; with a precision target, the first batch
 * @param seed the seed every random stream is derived from
 * @param threads worker threads; the results do not depend on them
 * @param sampling how the shocks are drawn
 * @param precision the standard error to run batches until, and the cap on paths, if any
 */
public record RunSettings(
    long paths, long seed, int threads, Sampling sampling, Optional<Precision> precision) {
  /** The most paths a run can have: the kernel stores values in int-indexed arrays. */
  public static final long MAX_PATHS = Integer.MAX_VALUE - 8;
  /** The rule of {@code paths}, as messages state it. */
  public static final String PATHS_RULE = "between 1 and " + MAX_PATHS;

  /**
   * Checks every rule: paths in {@link #PATHS_RULE}, threads from 1 to {@link Limit#THREADS},
   * and a precision target's cap at least the first batch.
   *
   * @throws InvalidSettingException naming the first setting that breaks its rule
   */
  public RunSettings {
    require(allowsPaths(paths), "paths", PATHS_RULE, paths);
    require(
        threads >= 1 && Limit.THREADS.allows(threads),
        "threads",
        "between 1 and " + Limit.THREADS.value(),
        threads);
    Objects.requireNonNull(sampling, "sampling");
    Objects.requireNonNull(precision, "precision");
    if (precision.isPresent()) {
      require(
          precision.get().maxPaths() >= paths,
          "max-paths",
          "at least paths, the first batch (" + paths + ")",
          precision.get().maxPaths());
    }
  }

  /** Monte Carlo, no precision target, on {@link #defaultThreads()} threads. */
  public static RunSettings of(long paths, long seed) {
    return of(paths, seed, defaultThreads());
  }

  /** Monte Carlo, no precision target. */
  public static RunSettings of(long paths, long seed, int threads) {
    return new RunSettings(paths, seed, threads, Sampling.MONTE_CARLO, Optional.empty());
  }

  /** One thread per core: the work is bound by the cores. */
  public static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** Whether {@code paths} follows {@link #PATHS_RULE}. */
  public static boolean allowsPaths(long paths) {
    return paths >= 1 && paths <= MAX_PATHS;
  }

  public RunSettings withPaths(long newPaths) {
    return new RunSettings(newPaths, seed, threads, sampling, precision);
  }

  public RunSettings withSeed(long newSeed) {
    return new RunSettings(paths, newSeed, threads, sampling, precision);
  }

  public RunSettings withThreads(int newThreads) {
    return new RunSettings(paths, seed, newThreads, sampling, precision);
  }

  public RunSettings withSampling(Sampling newSampling) {
    return new RunSettings(paths, seed, threads, newSampling, precision);
  }

  public RunSettings withPrecision(Precision newPrecision) {
    return new RunSettings(paths, seed, threads, sampling, Optional.of(newPrecision));
  }

  /**
   * A precision target: run batches until every P(target met) has a Monte Carlo standard error
   * of at most {@code maxStdError}, or {@code maxPaths} paths are reached.
   */
  public record Precision(double maxStdError, long maxPaths) {
    /** The cap when none is given. */
    public static final long DEFAULT_MAX_PATHS = 10_000_000;

    /**
     * Checks the standard error is in (0, 0.5) and the cap follows {@link #PATHS_RULE}.
     *
     * @throws InvalidSettingException naming the setting that breaks its rule
     */
    public Precision {
      // A proportion's standard error is at most 0.5 (at one path); NaN fails the test too.
      require(maxStdError > 0 && maxStdError < 0.5, "precision", "in (0, 0.5)", maxStdError);
      require(allowsPaths(maxPaths), "max-paths", PATHS_RULE, maxPaths);
    }
  }

  private static void require(boolean ok, String setting, String rule, Object value) {
    if (!ok) {
      throw new InvalidSettingException(setting, rule, String.valueOf(value));
    }
  }

  /**
   * A setting that breaks its rule. Its parts let each reader of settings say so in its own
   * form: {@code --paths must be ...} on the command line.
   */
  public static final class InvalidSettingException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String setting;
    private final String rule;
    private final String value;

    InvalidSettingException(String setting, String rule, String value) {
      super(setting + " must be " + rule + ", but was " + value);
      this.setting = setting;
      this.rule = rule;
      this.value = value;
    }

    /** The setting's name, as in its command-line option: {@code paths}, {@code max-paths}. */
    public String setting() {
      return setting;
    }

    /** What the setting must be: {@code between 1 and 2147483639}. */
    public String rule() {
      return rule;
    }

    /** The value given, as text. */
    public String value() {
      return value;
    }
  }
}
