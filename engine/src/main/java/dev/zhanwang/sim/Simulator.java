package dev.zhanwang.sim;

import dev.zhanwang.scenario.SimulationSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Runs a {@link SimulationPlan}: paths in fixed-size chunks, each from its own random stream,
 * spread over a pool of threads; chunk totals are merged in chunk order and quantiles are exact,
 * so the result is the same on any number of threads.
 */
public final class Simulator {
  /**
   * Probability levels of every reported quantile: the columns of summary.csv and fan.csv, the
   * fan charts' bands, and the backtest's pinball losses.
   */
  public static final double[] LEVELS = {0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95};

  /** Paths per random stream; fixed so that results do not depend on the thread count. */
  static final int CHUNK = 4096;

  /** {@link #CHUNK} for callers outside the kernel (the smallest sensible path cap). */
  public static final int CHUNK_PATHS = CHUNK;

  static final int HISTOGRAM_BINS = 40;

  /** Told how many paths are done, from whichever thread finished a chunk. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = (done, total) -> {};

    void advanced(long done, long total);
  }

  private Simulator() {}

  /**
   * The per-path values of every series: the memory a run needs in proportion to its paths.
   * Allocating it is the slow part of a large run's first touch of memory, so a caller that runs
   * the same plan repeatedly (a benchmark) allocates it once.
   */
  public static final class Workspace {
    private final float[][] store;

    private Workspace(float[][] store) {
      this.store = store;
    }

    public static Workspace allocate(SimulationPlan plan, long paths) {
      checkPaths(paths);
      return new Workspace(new float[plan.seriesCount()][(int) paths]);
    }

    boolean fits(SimulationPlan plan, long paths) {
      return store.length == plan.seriesCount() && store.length > 0 && store[0].length == paths;
    }
  }

  /** The most paths one run can store (Java arrays are int-indexed). */
  public static final long MAX_PATHS = SimulationSettings.MAX_PATHS;

  /**
   * Simulates {@code paths} paths of the plan with streams derived from {@code seed}. Quantiles are
   * exact when every value fits in half the heap; beyond that they are estimated from the bin
   * counts (see {@link QuantileBins#estimate}), with their error bound in each summary.
   */
  public static SimulationResult run(SimulationPlan plan, long paths, long seed, int threads,
      Progress progress) {
    checkPaths(paths);
    return run(plan, paths, seed, threads, progress, storeIfItFits(plan, paths), false);
  }

  /**
   * As {@link #run(SimulationPlan, long, long, int, Progress)}, also keeping which paths met each
   * criterion ({@link SimulationResult#metPaths()}): one bit per path and criterion, for pairing
   * runs from the same seed.
   */
  public static SimulationResult runKeepingMetPaths(SimulationPlan plan, long paths, long seed,
      int threads, Progress progress) {
    checkPaths(paths);
    return run(plan, paths, seed, threads, progress, storeIfItFits(plan, paths), true);
  }

  /** A store for every value when it takes at most half the heap; else null (sketch mode). */
  private static float[][] storeIfItFits(SimulationPlan plan, long paths) {
    long storeBytes = 4L * plan.seriesCount() * paths;
    boolean fits = storeBytes <= Runtime.getRuntime().maxMemory() / 2;
    return fits ? Workspace.allocate(plan, paths).store : null;
  }

  /**
   * Runs until every P(target met) has a Monte Carlo standard error at most {@code maxStdError},
   * or {@code maxPaths} paths are reached. Because chunk {@code i} draws the same numbers in any
   * run, a run of {@code n} paths extends a shorter one by further batches of chunks; this method
   * reruns from the start with the path count the last estimate asks for (at least double, in
   * whole chunks), so its result is exactly that of {@code run} with the final path count. The
   * stopping rule uses {@code (met + 1) / (n + 2)} for p, so a target no path has met yet does
   * not stop the run with a zero standard error.
   *
   * @param log told the path count and worst standard error after each batch
   */
  public static SimulationResult runToPrecision(SimulationPlan plan, double maxStdError,
      long startPaths, long maxPaths, long seed, int threads, Progress progress,
      java.util.function.Consumer<String> log) {
    long paths = Math.min(maxPaths, roundToChunks(startPaths));
    while (true) {
      SimulationResult result = run(plan, paths, seed, threads, progress);
      double worstVariance = 0.0;
      for (int c = 0; c < plan.criteria().size(); c++) {
        double p = (result.met()[c] + 1.0) / (paths + 2.0);
        worstVariance = Math.max(worstVariance, p * (1 - p));
      }
      double worstError = Math.sqrt(worstVariance / paths);
      log.accept(String.format(java.util.Locale.ROOT,
          "Precision: %,d paths, largest s.e. of P(target met) %.5f (wanted <= %.5f)", paths,
          worstError, maxStdError));
      if (worstError <= maxStdError || paths >= maxPaths) {
        return result;
      }
      long needed = (long) Math.ceil(worstVariance / (maxStdError * maxStdError));
      paths = Math.min(maxPaths, roundToChunks(Math.max(2 * paths, needed)));
    }
  }

  private static long roundToChunks(long paths) {
    return Math.max(CHUNK, (paths + CHUNK - 1) / CHUNK * CHUNK);
  }

  /** As {@link #run(SimulationPlan, long, long, int, Progress)}, exact, in the caller's memory. */
  public static SimulationResult run(SimulationPlan plan, long paths, long seed, int threads,
      Progress progress, Workspace workspace) {
    if (!workspace.fits(plan, paths)) {
      throw new IllegalArgumentException("the workspace was allocated for another plan or size");
    }
    return run(plan, paths, seed, threads, progress, workspace.store, false);
  }

  /** As {@link #run(SimulationPlan, long, long, int, Progress)}, always in sketch mode. */
  public static SimulationResult runBinned(SimulationPlan plan, long paths, long seed,
      int threads, Progress progress) {
    checkPaths(paths);
    return run(plan, paths, seed, threads, progress, null, false);
  }

  private static void checkPaths(long paths) {
    if (paths < 1 || paths > MAX_PATHS) {
      throw new IllegalArgumentException("paths must be in 1.." + MAX_PATHS + ", but was " + paths);
    }
  }

  /**
   * Runs with every value stored ({@code store} not null: exact quantiles) or only counted, and
   * keeps the met paths when asked.
   */
  static SimulationResult run(SimulationPlan plan, long paths, long seed, int threads,
      Progress progress, float[][] store, boolean keepMetPaths) {
    long started = System.nanoTime();
    int n = (int) paths;
    int chunks = (n + CHUNK - 1) / CHUNK;
    int seriesCount = plan.seriesCount();
    List<RandomStreams.Chunk> streams = new RandomStreams(seed).first(chunks);
    ChunkTotals[] totals = new ChunkTotals[chunks];
    int criteria = plan.criteria().size();

    // In sketch mode the first chunk runs alone: its values fix the bins the kernel counts into.
    int pilotPaths = Math.min(CHUNK, n);
    float[][] pilotValues = store != null ? null : new float[seriesCount][pilotPaths];
    if (store == null) {
      totals[0] = new ChunkTotals(seriesCount, criteria, keepMetPaths);
      new ChunkKernel(plan).run(0, pilotPaths, streams.get(0), pilotValues, totals[0]);
      progress.advanced(pilotPaths, n);
    }
    QuantileBins pilotBins =
        store != null ? null : QuantileBins.fromPilot(pilotValues, pilotPaths, n);

    // A thread without a chunk would only hold a kernel's scratch arrays (and, in sketch mode,
    // a count table): never more workers than chunks.
    int workers = Math.min(threads, chunks);
    ExecutorService pool = workers == 1 ? null : Executors.newFixedThreadPool(workers, daemon());
    try {
      AtomicInteger next = new AtomicInteger(store != null ? 0 : 1);
      AtomicLong done = new AtomicLong(store != null ? 0 : pilotPaths);
      // Sketch mode counts inside the kernel, one count array per thread, added up afterwards.
      List<int[]> threadCounts = java.util.Collections.synchronizedList(new ArrayList<>());
      runOnAll(pool, workers, () -> {
        int[] counts = store == null ? new int[seriesCount * pilotBins.bins] : null;
        if (counts != null) {
          threadCounts.add(counts);
        }
        ChunkKernel kernel = new ChunkKernel(plan, pilotBins, counts);
        for (int i = next.getAndIncrement(); i < chunks; i = next.getAndIncrement()) {
          int first = i * CHUNK;
          int count = Math.min(CHUNK, n - first);
          ChunkTotals chunk = new ChunkTotals(seriesCount, criteria, keepMetPaths);
          kernel.run(first, count, streams.get(i), store, chunk);
          totals[i] = chunk;
          progress.advanced(done.addAndGet(count), n);
        }
      });
      ChunkTotals all = new ChunkTotals(seriesCount, criteria);
      for (ChunkTotals chunk : totals) {
        all.add(chunk);
      }
      QuantileBins bins = store == null ? pilotBins : rangeBins(store, n, pool, workers);
      int[] counts = new int[seriesCount * bins.bins];
      if (store == null) {
        for (int s = 0; s < seriesCount; s++) {
          bins.count(s, pilotValues[s], 0, pilotPaths, counts);
        }
        for (int[] partial : threadCounts) {
          for (int b = 0; b < counts.length; b++) {
            counts[b] += partial[b];
          }
        }
      }

      double[][] quantiles = new double[seriesCount][];
      double[] errorBounds = new double[seriesCount];
      AtomicInteger nextSeries = new AtomicInteger();
      runOnAll(pool, workers, () -> {
        double[] bounds = new double[LEVELS.length];
        for (int s = nextSeries.getAndIncrement(); s < seriesCount;
            s = nextSeries.getAndIncrement()) {
          if (store != null) {
            // One series at a time keeps its counts in cache.
            bins.count(s, store[s], 0, n, counts);
            quantiles[s] = bins.quantiles(s, store[s], n, counts, LEVELS);
          } else {
            quantiles[s] = bins.estimate(s, n, counts, LEVELS, bounds);
            errorBounds[s] = Arrays.stream(bounds).max().orElse(0.0);
          }
        }
      });

      return new SimulationResult(plan, paths, seed, threads,
          store != null ? QuantileMethod.EXACT : QuantileMethod.BINNED,
          summaries(plan, all, quantiles, errorBounds), all.met, all.shortfall, all.allMet,
          histograms(plan, quantiles, bins, counts),
          keepMetPaths ? Optional.of(metPaths(totals, criteria)) : Optional.empty(),
          Duration.ofNanos(System.nanoTime() - started));
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  /**
   * Bins over each stored series' exact range, so that counting and collecting need no clamping.
   * On RW1 at 10^6 paths, one thread, this pass takes 0.06 s and then counting and collecting
   * 0.06 s and 0.08 s, against 0.14 s and 0.19 s with pilot bins. A series holding NaN has no
   * range: then bins from the first chunk serve, clamping what lies beyond them.
   */
  private static QuantileBins rangeBins(float[][] store, int n, ExecutorService pool,
      int threads) {
    float[] min = new float[store.length];
    float[] max = new float[store.length];
    AtomicInteger nextSeries = new AtomicInteger();
    runOnAll(pool, threads, () -> {
      for (int s = nextSeries.getAndIncrement(); s < store.length;
          s = nextSeries.getAndIncrement()) {
        float smallest = Float.POSITIVE_INFINITY;
        float largest = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
          smallest = Math.min(smallest, store[s][i]);
          largest = Math.max(largest, store[s][i]);
        }
        min[s] = smallest;
        max[s] = largest;
      }
    });
    for (int s = 0; s < store.length; s++) {
      if (Float.isNaN(min[s]) || Float.isNaN(max[s])) {
        return QuantileBins.fromPilot(store, Math.min(CHUNK, n), n);
      }
    }
    return QuantileBins.fromRanges(min, max, n);
  }

  /**
   * A histogram of each criterion's series, from the bin counts (in stored units, like
   * {@code quantiles}).
   */
  private static List<SimulationResult.SeriesHistogram> histograms(SimulationPlan plan,
      double[][] quantiles, QuantileBins bins, int[] counts) {
    Set<Integer> histogramSeries = new LinkedHashSet<>();
    for (int c = 0; c < plan.criterionSeries.length; c++) {
      histogramSeries.add(plan.criterionSeries[c]);
    }
    List<SimulationResult.SeriesHistogram> histograms = new ArrayList<>();
    for (int s : histogramSeries) {
      double offset = plan.storedOffset[s];
      List<Double> thresholds = thresholdsOn(plan, s).stream().map(t -> t + offset).toList();
      double[] edges = histogramEdges(quantiles[s], thresholds);
      long[] binned = bins.regroup(s, counts, edges);
      histograms.add(new SimulationResult.SeriesHistogram(s,
          new Histogram(Arrays.stream(edges).map(e -> e - offset).toArray(), binned)));
    }
    return histograms;
  }

  /** Mean, s.d. and quantiles of every series, back in the plan's units. */
  private static List<SeriesSummary> summaries(SimulationPlan plan, ChunkTotals all,
      double[][] storedQuantiles, double[] errorBounds) {
    long n = all.paths;
    List<SeriesSummary> summaries = new ArrayList<>(storedQuantiles.length);
    for (int s = 0; s < storedQuantiles.length; s++) {
      double offset = plan.storedOffset[s];
      double[] quantiles = Arrays.stream(storedQuantiles[s]).map(q -> q - offset).toArray();
      double mean = all.sum[s] / n;
      double variance = n > 1 ? (all.sumSquares[s] - all.sum[s] * mean) / (n - 1) : 0.0;
      summaries.add(new SeriesSummary(plan.seriesCentre[s] + mean,
          Math.sqrt(Math.max(0.0, variance)), quantiles, errorBounds[s]));
    }
    return summaries;
  }

  /** The chunks' met bits side by side: chunk {@code i} holds paths from {@code i * CHUNK}. */
  private static MetPaths metPaths(ChunkTotals[] chunks, int criteria) {
    int wordsPerChunk = CHUNK / Long.SIZE;
    BitSet[] met = new BitSet[criteria + 1];
    for (int row = 0; row <= criteria; row++) {
      long[] words = new long[chunks.length * wordsPerChunk];
      for (int i = 0; i < chunks.length; i++) {
        System.arraycopy(chunks[i].metWords[row], 0, words, i * wordsPerChunk, wordsPerChunk);
      }
      met[row] = BitSet.valueOf(words);
    }
    return new MetPaths(met);
  }

  private static List<Double> thresholdsOn(SimulationPlan plan, int series) {
    List<Double> thresholds = new ArrayList<>();
    for (int c = 0; c < plan.criterionSeries.length; c++) {
      if (plan.criterionSeries[c] == series) {
        thresholds.add(plan.criterionThreshold[c]);
      }
    }
    return thresholds;
  }

  /**
   * Edges of equal-width bins over the central mass (5-95% range widened by half its width on each
   * side), widened further to show the thresholds when they lie within twice that width.
   */
  private static double[] histogramEdges(double[] quantiles, List<Double> thresholds) {
    double p5 = quantiles[0];
    double p95 = quantiles[quantiles.length - 1];
    double width = p95 - p5;
    if (width <= 0.0) {
      width = Math.max(Math.abs(p5) * 0.01, 1e-9);
    }
    double lo = p5 - 0.5 * width;
    double hi = p95 + 0.5 * width;
    for (double threshold : thresholds) {
      lo = Math.min(lo, Math.max(threshold - 0.1 * width, p5 - 2.0 * width));
      hi = Math.max(hi, Math.min(threshold + 0.1 * width, p95 + 2.0 * width));
    }
    double[] edges = new double[HISTOGRAM_BINS + 1];
    for (int b = 0; b <= HISTOGRAM_BINS; b++) {
      edges[b] = lo + (hi - lo) * b / HISTOGRAM_BINS;
    }
    return edges;
  }

  /** Runs the same task on every thread of the pool and waits, rethrowing the first failure. */
  private static void runOnAll(ExecutorService pool, int threads, Runnable task) {
    if (threads == 1) {
      task.run(); // no hand-off to a pool thread and back
      return;
    }
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      futures.add(pool.submit(task));
    }
    try {
      for (Future<?> future : futures) {
        future.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("simulation interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "zhanwang-sim-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
