package dev.zhanwang.sim;

import static dev.zhanwang.sim.Simulator.CHUNK;
import static dev.zhanwang.sim.Simulator.FAN_LEVELS;

import dev.zhanwang.model.Sampling;
import dev.zhanwang.scenario.RunSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One run of a fixed number of paths: chunks simulated on a {@link WorkerPool}, their totals
 * merged in chunk order, then quantiles, summaries and histograms per series. With a store every
 * value is kept and quantiles are exact; without one (sketch mode) the first chunk runs alone
 * and its values fix the bins every other value is counted into.
 */
final class FixedRun {
  private final SimulationPlan plan;
  private final RunSettings settings;
  private final Sampling sampling;
  private final int paths;
  private final int chunks;
  private final int seriesCount;
  private final int criteria;
  private final Simulator.Progress progress;
  /** Every value per series and path, or null in sketch mode. */
  private final float[][] store;

  private final boolean keepMetPaths;
  /** How many of the first paths to keep one by one ({@link SampledPaths}); 0 for none. */
  private final int samplePaths;
  /** Each path's annual shock per indicator, {@code [k][path]}, or null when not kept. */
  private final float[][] shocks;

  private final List<RandomStreams.Chunk> streams;
  private final ChunkTotals[] totals;
  /** Sketch mode only: the first chunk's values and the bins they fix. */
  private int pilotPaths;

  private float[][] pilotValues;
  private QuantileBins pilotBins;
  /** Sketch mode only: each worker's bin counts, added up once the chunks are done. */
  private final List<int[]> workerCounts = Collections.synchronizedList(new ArrayList<>());

  FixedRun(
      SimulationPlan plan,
      long paths,
      RunSettings settings,
      Simulator.Progress progress,
      float[][] store,
      boolean keepMetPaths) {
    this(plan, paths, settings, progress, store, null, keepMetPaths, 0);
  }

  /** As above, keeping the first {@code samplePaths} paths one by one. */
  FixedRun(
      SimulationPlan plan,
      long paths,
      RunSettings settings,
      Simulator.Progress progress,
      float[][] store,
      boolean keepMetPaths,
      int samplePaths) {
    this(plan, paths, settings, progress, store, null, keepMetPaths, samplePaths);
  }

  /** As above, keeping each path's annual shocks in {@code shocks} (which needs a store). */
  FixedRun(
      SimulationPlan plan,
      long paths,
      RunSettings settings,
      Simulator.Progress progress,
      float[][] store,
      float[][] shocks,
      boolean keepMetPaths) {
    this(plan, paths, settings, progress, store, shocks, keepMetPaths, 0);
  }

  private FixedRun(
      SimulationPlan plan,
      long paths,
      RunSettings settings,
      Simulator.Progress progress,
      float[][] store,
      float[][] shocks,
      boolean keepMetPaths,
      int samplePaths) {
    if (samplePaths < 0 || samplePaths > paths) {
      throw new IllegalArgumentException(
          "samples must be 0 to the " + paths + " paths, but were " + samplePaths);
    }
    this.samplePaths = samplePaths;
    if (shocks != null && store == null) {
      throw new IllegalArgumentException("keeping shocks needs a store");
    }
    this.shocks = shocks;
    this.plan = plan;
    this.settings = settings;
    this.sampling = settings.sampling();
    this.paths = (int) paths;
    this.chunks = (this.paths + CHUNK - 1) / CHUNK;
    this.seriesCount = plan.seriesCount();
    this.criteria = plan.criteria().size();
    this.progress = progress;
    this.store = store;
    this.keepMetPaths = keepMetPaths;
    this.streams = new RandomStreams(settings.seed()).first(chunks);
    this.totals = new ChunkTotals[chunks];
  }

  SimulationResult run() {
    long started = System.nanoTime();
    if (store == null) {
      runPilot();
    }
    // A thread without a chunk would only hold a kernel's scratch arrays (and, in sketch mode,
    // a count table): never more workers than chunks.
    try (WorkerPool pool = new WorkerPool(Math.min(settings.threads(), chunks))) {
      if (store != null) {
        allocateRows(pool);
      }
      runChunks(pool);
      ChunkTotals all = new ChunkTotals(plan);
      for (ChunkTotals chunk : totals) {
        all.add(chunk);
      }
      QuantileBins bins = store == null ? pilotBins : rangeBins(pool);
      int[] counts = new int[seriesCount * bins.bins];
      if (store == null) {
        addSketchCounts(counts);
      }
      double[] errorBounds = new double[seriesCount];
      double[][] quantiles = quantiles(pool, bins, counts, errorBounds);
      return new SimulationResult(
          plan,
          paths,
          settings.seed(),
          settings.threads(),
          store != null ? QuantileMethod.EXACT : QuantileMethod.BINNED,
          summaries(all, quantiles, errorBounds),
          all.met,
          all.shortfall,
          all.allMet,
          all.groups(),
          Histograms.of(plan, quantiles, bins, counts),
          keepMetPaths ? Optional.of(metPaths()) : Optional.empty(),
          samplePaths > 0 ? Optional.of(samples()) : Optional.empty(),
          Duration.ofNanos(System.nanoTime() - started));
    }
  }

  /** Sketch mode: the first chunk alone, its values kept to fix the bins. */
  private void runPilot() {
    pilotPaths = Math.min(CHUNK, paths);
    pilotValues = new float[seriesCount][pilotPaths];
    totals[0] = chunkTotals(0);
    new ChunkKernel(plan, sampling).run(0, pilotPaths, streams.get(0), pilotValues, totals[0]);
    progress.advanced(pilotPaths, paths);
    pilotBins = QuantileBins.fromPilot(pilotValues, pilotPaths, paths);
  }

  /**
   * The store's rows not yet allocated, shared out among the workers: zeroing them is the
   * first touch of the store's memory (93 MB at 100,000 paths of the baseline), which some
   * machines hand out slowly enough that one thread took a third of a second.
   */
  private void allocateRows(WorkerPool pool) {
    AtomicInteger nextSeries = new AtomicInteger();
    pool.runOnAll(() -> {
      for (int s = nextSeries.getAndIncrement();
          s < seriesCount;
          s = nextSeries.getAndIncrement()) {
        if (store[s] == null) {
          store[s] = new float[paths];
        }
      }
    });
  }

  /** Every chunk not yet run, each worker taking the next one until none is left. */
  private void runChunks(WorkerPool pool) {
    AtomicInteger next = new AtomicInteger(store != null ? 0 : 1);
    AtomicLong done = new AtomicLong(store != null ? 0 : pilotPaths);
    pool.runOnAll(() -> {
      // Sketch mode counts inside the kernel, one count array per worker.
      int[] counts = store == null ? new int[seriesCount * pilotBins.bins] : null;
      if (counts != null) {
        workerCounts.add(counts);
      }
      ChunkKernel kernel = new ChunkKernel(plan, sampling, pilotBins, counts);
      for (int i = next.getAndIncrement(); i < chunks; i = next.getAndIncrement()) {
        int first = i * CHUNK;
        int count = Math.min(CHUNK, paths - first);
        ChunkTotals chunk = chunkTotals(first);
        kernel.run(first, count, streams.get(i), store, shocks, chunk);
        totals[i] = chunk;
        progress.advanced(done.addAndGet(count), paths);
      }
    });
  }

  /**
   * Totals for the chunk from path {@code first}: with the met bits when the run keeps them, and
   * with the annual values too when the chunk holds a sampled path; other chunks run as without
   * samples.
   */
  private ChunkTotals chunkTotals(int first) {
    boolean sampled = first < samplePaths;
    return new ChunkTotals(plan, keepMetPaths || sampled, sampled);
  }

  private void addSketchCounts(int[] counts) {
    for (int s = 0; s < seriesCount; s++) {
      pilotBins.count(s, pilotValues[s], 0, pilotPaths, counts);
    }
    for (int[] partial : workerCounts) {
      for (int b = 0; b < counts.length; b++) {
        counts[b] += partial[b];
      }
    }
  }

  /**
   * Each series' quantiles at {@link Simulator#FAN_LEVELS} (which hold {@link Simulator#LEVELS}):
   * exact from the store (counting a series into {@code counts} first), or estimated from the
   * sketch's counts with an error bound. One count and one collecting pass serve every level.
   */
  private double[][] quantiles(
      WorkerPool pool, QuantileBins bins, int[] counts, double[] errorBounds) {
    double[][] quantiles = new double[seriesCount][];
    AtomicInteger nextSeries = new AtomicInteger();
    pool.runOnAll(() -> {
      double[] bounds = new double[FAN_LEVELS.length];
      for (int s = nextSeries.getAndIncrement();
          s < seriesCount;
          s = nextSeries.getAndIncrement()) {
        if (store != null) {
          // One series at a time keeps its counts in cache.
          bins.count(s, store[s], 0, paths, counts);
          quantiles[s] =
              bins.quantiles(s, store[s], paths, counts, FAN_LEVELS, plan.wholeSeries[s]);
        } else {
          quantiles[s] = bins.estimate(s, paths, counts, FAN_LEVELS, bounds, plan.wholeSeries[s]);
          errorBounds[s] = Arrays.stream(bounds).max().orElse(0.0);
        }
      }
    });
    return quantiles;
  }

  /**
   * Bins over each stored series' exact range, so that counting and collecting need no clamping.
   * On RW1 at 10^6 paths, one thread, this pass takes 0.06 s and then counting and collecting
   * 0.06 s and 0.08 s, against 0.14 s and 0.19 s with pilot bins. A series holding NaN has no
   * range: then bins from the first chunk serve, clamping what lies beyond them.
   */
  private QuantileBins rangeBins(WorkerPool pool) {
    float[] min = new float[seriesCount];
    float[] max = new float[seriesCount];
    AtomicInteger nextSeries = new AtomicInteger();
    pool.runOnAll(() -> {
      for (int s = nextSeries.getAndIncrement();
          s < seriesCount;
          s = nextSeries.getAndIncrement()) {
        float smallest = Float.POSITIVE_INFINITY;
        float largest = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < paths; i++) {
          smallest = Math.min(smallest, store[s][i]);
          largest = Math.max(largest, store[s][i]);
        }
        min[s] = smallest;
        max[s] = largest;
      }
    });
    for (int s = 0; s < seriesCount; s++) {
      if (Float.isNaN(min[s]) || Float.isNaN(max[s])) {
        return QuantileBins.fromPilot(store, Math.min(CHUNK, paths), paths);
      }
    }
    return QuantileBins.fromRanges(min, max, paths);
  }

  /** Mean, s.d. and quantiles of every series, back in the plan's units. */
  private List<SeriesSummary> summaries(
      ChunkTotals all, double[][] storedQuantiles, double[] errorBounds) {
    List<SeriesSummary> summaries = new ArrayList<>(seriesCount);
    for (int s = 0; s < seriesCount; s++) {
      summaries.add(summary(
          plan, s, all.paths, all.sum[s], all.sumSquares[s], storedQuantiles[s], errorBounds[s]));
    }
    return summaries;
  }

  /**
   * Series {@code s}'s summary from its centred sums over {@code n} paths and its quantiles as
   * stored, at {@link Simulator#FAN_LEVELS}; one formula for a run and a sweep's grid point, so
   * that both give the same bits.
   */
  static SeriesSummary summary(
      SimulationPlan plan,
      int s,
      long n,
      double sum,
      double sumSquares,
      double[] storedQuantiles,
      double errorBound) {
    double offset = plan.storedOffset[s];
    double[] quantiles = Arrays.stream(storedQuantiles).map(q -> q - offset).toArray();
    double mean = sum / n;
    double variance = n > 1 ? (sumSquares - sum * mean) / (n - 1) : 0.0;
    return new SeriesSummary(
        plan.seriesCentre[s] + mean,
        Math.sqrt(Math.max(0.0, variance)),
        Simulator.atLevels(quantiles),
        quantiles,
        errorBound);
  }

  /** The chunks' met bits side by side: chunk {@code i} holds paths from {@code i * CHUNK}. */
  private MetPaths metPaths() {
    int wordsPerChunk = CHUNK / Long.SIZE;
    BitSet[] met = new BitSet[criteria + 1];
    for (int row = 0; row <= criteria; row++) {
      long[] words = new long[chunks * wordsPerChunk];
      for (int i = 0; i < chunks; i++) {
        System.arraycopy(totals[i].metWords[row], 0, words, i * wordsPerChunk, wordsPerChunk);
      }
      met[row] = BitSet.valueOf(words);
    }
    return new MetPaths(met);
  }

  /** The first {@link #samplePaths} paths from the chunks that hold them, in path order. */
  private SampledPaths samples() {
    int slots = plan.indicatorCount() + plan.compositeCount();
    float[][] annual = new float[slots][samplePaths];
    int sampledChunks = (samplePaths + CHUNK - 1) / CHUNK;
    int wordsPerChunk = CHUNK / Long.SIZE;
    long[][] words = new long[criteria + 1][sampledChunks * wordsPerChunk];
    for (int i = 0; i < sampledChunks; i++) {
      int first = i * CHUNK;
      int count = Math.min(CHUNK, samplePaths - first);
      for (int slot = 0; slot < slots; slot++) {
        System.arraycopy(totals[i].annualValues[slot], 0, annual[slot], first, count);
      }
      for (int row = 0; row <= criteria; row++) {
        System.arraycopy(totals[i].metWords[row], 0, words[row], i * wordsPerChunk, wordsPerChunk);
      }
    }
    BitSet[] met = new BitSet[criteria + 1];
    for (int row = 0; row <= criteria; row++) {
      met[row] = BitSet.valueOf(words[row]);
      met[row].clear(samplePaths, Math.max(samplePaths, met[row].length()));
    }
    return new SampledPaths(samplePaths, plan.indicatorCount(), annual, met);
  }
}
