package dev.zhanwang.sim;

import dev.zhanwang.scenario.RunSettings;

/**
 * Runs a {@link SimulationPlan} as its {@link RunSettings} say: paths in fixed-size chunks, each
 * from its own random stream, spread over a pool of threads ({@link FixedRun}); chunk totals are
 * merged in chunk order, so the result is the same on any number of threads. This class chooses
 * the memory (a store of every value, or the binned sketch) and, with a precision target, the
 * path count.
 */
public final class Simulator {
  /**
   * Probability levels of every reported quantile: the columns of summary.csv and fan.csv, the
   * fan charts' bands, and the backtest's pinball losses.
   */
  public static final double[] LEVELS = {0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95};

  /**
   * Probability levels of the year-to-date fans (fan.csv, the fan charts, the workbook's fan
   * sheet): {@link #LEVELS} and the deciles between them. The charts draw five bands from these,
   * the middle 20, 40, 60, 80 and 90 percent of paths, dark in the centre to light outside as the
   * Bank of England draws its fans: evenly spaced deciles show where paths crowd, which three bands
   * did not, and five shades of one hue stay distinguishable on a projector and in print, where
   * the Bank's nine do not. The 5-95 outer edge is summary.csv's, so a fan is as wide as before;
   * p25 and p75 stay so that fan.csv only gains columns. Every series' quantiles at all of these
   * come from the same counting pass and collecting pass as at {@link #LEVELS} ({@link
   * QuantileBins#quantiles}): the extra levels cost a few more sorts of a handful of values.
   */
  public static final double[] FAN_LEVELS = {
    0.05, 0.10, 0.20, 0.25, 0.30, 0.40, 0.50, 0.60, 0.70, 0.75, 0.80, 0.90, 0.95
  };

  /** Where each of {@link #LEVELS} is in {@link #FAN_LEVELS}. */
  private static final int[] LEVELS_IN_FAN = indexes(LEVELS, FAN_LEVELS);

  /** Paths per random stream; fixed so that results do not depend on the thread count. */
  static final int CHUNK = 4096;

  /** Told how many paths are done, from whichever thread finished a chunk. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = (done, total) -> {};

    void advanced(long done, long total);

    /**
     * Told after each batch of a run to a precision target: the paths it had, and the largest
     * standard error of P(target met) against the one wanted.
     */
    default void batchDone(long paths, double largestStdError, double wanted) {}
  }

  private Simulator() {}

  /** The quantiles at {@link #LEVELS} out of those at {@link #FAN_LEVELS}. */
  static double[] atLevels(double[] fanQuantiles) {
    double[] quantiles = new double[LEVELS.length];
    for (int q = 0; q < quantiles.length; q++) {
      quantiles[q] = fanQuantiles[LEVELS_IN_FAN[q]];
    }
    return quantiles;
  }

  private static int[] indexes(double[] levels, double[] in) {
    int[] indexes = new int[levels.length];
    for (int q = 0; q < levels.length; q++) {
      int at = java.util.Arrays.binarySearch(in, levels[q]);
      if (at < 0) {
        throw new IllegalStateException("level " + levels[q] + " is not a fan level");
      }
      indexes[q] = at;
    }
    return indexes;
  }

  /**
   * The per-path values of every series: the memory a run needs in proportion to its paths.
   * Allocating it is the slow part of a large run's first touch of memory, so a caller that runs
   * the same plan repeatedly (a benchmark) allocates it once.
   */
  public static final class Workspace {
    private final float[][] store;
    /** Each path's annual shock per indicator, or null when not kept. */
    private final float[][] shocks;

    private Workspace(float[][] store, float[][] shocks) {
      this.store = store;
      this.shocks = shocks;
    }

    /** Room for the values of {@code settings.paths()} paths of the plan. */
    public static Workspace allocate(SimulationPlan plan, RunSettings settings) {
      return new Workspace(new float[plan.seriesCount()][(int) settings.paths()], null);
    }

    /**
     * As {@link #allocate}, with room for each path's annual shock per indicator too: the sum of
     * its monthly innovations over {@code sqrt 12}, standard normal (after any stress), whatever
     * its model, which sensitivity measures rank outcomes against.
     */
    public static Workspace allocateWithShocks(SimulationPlan plan, RunSettings settings) {
      int paths = (int) settings.paths();
      return new Workspace(
          new float[plan.seriesCount()][paths], new float[plan.indicatorCount()][paths]);
    }

    /**
     * Series {@code s}'s value on every path of the last run, as stored (a view): the value in
     * the plan's units plus {@link SimulationPlan#storedOffset(int)}.
     */
    public float[] values(int s) {
      return store[s];
    }

    /**
     * Indicator {@code i}'s annual shock on every path of the last run (a view).
     *
     * @throws IllegalStateException when the workspace keeps no shocks
     */
    public float[] shocks(int i) {
      if (shocks == null) {
        throw new IllegalStateException("this workspace keeps no shocks");
      }
      return shocks[i];
    }

    boolean fits(SimulationPlan plan, long paths) {
      return store.length == plan.seriesCount() && store.length > 0 && store[0].length == paths;
    }
  }

  /**
   * Simulates the plan as {@code settings} say: their paths with streams derived from their
   * seed, or, with a precision target, batches until it is met ({@link #toPrecision}). Quantiles
   * are exact when every value fits in half the heap; beyond that they are estimated from the bin
   * counts (see {@link QuantileBins#estimate}), with their error bound in each summary.
   */
  public static SimulationResult run(SimulationPlan plan, RunSettings settings, Progress progress) {
    return run(plan, settings, progress, false, 0);
  }

  /**
   * As {@link #run(SimulationPlan, RunSettings, Progress)}, also keeping the first {@code
   * samples} paths one by one ({@link SimulationResult#samples()}): only the chunks that hold them
   * keep their annual values and met bits, so a few thousand samples cost next to nothing. With a
   * precision target they are the first paths of the final batch.
   *
   * @throws IllegalArgumentException when {@code samples} is not 1 to the settings' paths
   */
  public static SimulationResult runSampling(
      SimulationPlan plan, RunSettings settings, Progress progress, int samples) {
    if (samples < 1 || samples > settings.paths()) {
      throw new IllegalArgumentException(
          "samples must be 1 to the " + settings.paths() + " paths, but were " + samples);
    }
    return run(plan, settings, progress, false, samples);
  }

  /**
   * As {@link #run(SimulationPlan, RunSettings, Progress)}, also keeping which paths met each
   * criterion ({@link SimulationResult#metPaths()}): one bit per path and criterion, for pairing
   * runs from the same seed.
   */
  public static SimulationResult runKeepingMetPaths(
      SimulationPlan plan, RunSettings settings, Progress progress) {
    return run(plan, settings, progress, true, 0);
  }

  private static SimulationResult run(
      SimulationPlan plan,
      RunSettings settings,
      Progress progress,
      boolean keepMetPaths,
      int samples) {
    return settings
        .precision()
        .map(target -> toPrecision(plan, settings, target, progress, keepMetPaths, samples))
        .orElseGet(() -> new FixedRun(
                plan,
                settings.paths(),
                settings,
                progress,
                storeIfItFits(plan, settings.paths()),
                keepMetPaths,
                samples)
            .run());
  }

  /**
   * A store for every value when it takes at most half the heap, its rows left for the run's
   * workers to allocate; else null (sketch mode).
   */
  private static float[][] storeIfItFits(SimulationPlan plan, long paths) {
    long storeBytes = 4L * plan.seriesCount() * paths;
    boolean fits = storeBytes <= Runtime.getRuntime().maxMemory() / 2;
    return fits ? new float[plan.seriesCount()][] : null;
  }

  /**
   * Runs {@code settings.paths()} paths, then, until every P(target met) has a Monte Carlo
   * standard error at most the target's, or its cap on paths is reached, as many as the last
   * estimate asks for (at least double, in whole chunks). Because chunk {@code i} draws the same
   * numbers in any run, a run of {@code n} paths extends a shorter one by further chunks; this
   * method reruns from the start with the new path count, so its result is exactly that of a
   * plain run of the final path count. The stopping rule uses {@code (met + 1) / (n + 2)} for p,
   * so a target no path has met yet does not stop the run with a zero standard error. Under Latin
   * hypercube the standard error is the independent-paths one, which overstates the error, so
   * the run stops no earlier than it should.
   */
  private static SimulationResult toPrecision(
      SimulationPlan plan,
      RunSettings settings,
      RunSettings.Precision target,
      Progress progress,
      boolean keepMetPaths,
      int samples) {
    long paths = settings.paths();
    while (true) {
      SimulationResult result = new FixedRun(
              plan, paths, settings, progress, storeIfItFits(plan, paths), keepMetPaths, samples)
          .run();
      double worstVariance = 0.0;
      for (int c = 0; c < plan.criteria().size(); c++) {
        double p = (result.met()[c] + 1.0) / (paths + 2.0);
        worstVariance = Math.max(worstVariance, p * (1 - p));
      }
      double worstError = Math.sqrt(worstVariance / paths);
      progress.batchDone(paths, worstError, target.maxStdError());
      if (worstError <= target.maxStdError() || paths >= target.maxPaths()) {
        return result;
      }
      long needed = (long) Math.ceil(worstVariance / (target.maxStdError() * target.maxStdError()));
      paths = Math.min(target.maxPaths(), roundToChunks(Math.max(2 * paths, needed)));
    }
  }

  private static long roundToChunks(long paths) {
    return Math.max(CHUNK, (paths + CHUNK - 1) / CHUNK * CHUNK);
  }

  /**
   * As {@link #run(SimulationPlan, RunSettings, Progress)}, exact, in the caller's memory, for
   * exactly {@code settings.paths()} paths.
   *
   * @throws IllegalArgumentException when the workspace was allocated for another plan or path
   *     count, or the settings have a precision target (whose path count is not known ahead)
   */
  public static SimulationResult run(
      SimulationPlan plan, RunSettings settings, Progress progress, Workspace workspace) {
    if (!workspace.fits(plan, settings.paths()) || settings.precision().isPresent()) {
      throw new IllegalArgumentException("the workspace was allocated for another plan or path"
          + " count, or the settings ask for a precision target");
    }
    return new FixedRun(
            plan, settings.paths(), settings, progress, workspace.store, workspace.shocks, false)
        .run();
  }

  /**
   * As {@link #run(SimulationPlan, RunSettings, Progress)}, always in sketch mode, for exactly
   * {@code settings.paths()} paths.
   */
  public static SimulationResult runBinned(
      SimulationPlan plan, RunSettings settings, Progress progress) {
    return run(plan, settings.paths(), settings, progress, null, false);
  }

  /**
   * As {@link #runBinned}, also keeping which paths met each criterion: for runs that are only
   * paired with others (hybrid scenarios of an attribution, sensitivity swings, stress runs),
   * which need neither a store of every value nor exact quantiles. The met paths are those a
   * stored run finds.
   */
  public static SimulationResult runBinnedKeepingMetPaths(
      SimulationPlan plan, RunSettings settings, Progress progress) {
    return run(plan, settings.paths(), settings, progress, null, true);
  }

  /**
   * Runs {@code paths} paths with the settings' seed, threads and sampling, with every value
   * stored ({@code store} not null: exact quantiles) or only counted, and keeps the met paths
   * when asked.
   */
  private static SimulationResult run(
      SimulationPlan plan,
      long paths,
      RunSettings settings,
      Progress progress,
      float[][] store,
      boolean keepMetPaths) {
    return new FixedRun(plan, paths, settings, progress, store, keepMetPaths).run();
  }
}
