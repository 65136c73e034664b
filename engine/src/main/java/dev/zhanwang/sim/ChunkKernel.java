package dev.zhanwang.sim;

import static dev.zhanwang.data.Year.MONTHS;

import dev.zhanwang.model.AnnualSampler;
import dev.zhanwang.model.Sampling;
import dev.zhanwang.model.StandardNormal;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.ArraySampler;

/**
 * Simulates one chunk of paths from its own random stream. Holds per-thread scratch arrays only:
 * nothing is allocated per path or per month.
 *
 * <p>Every per-indicator quantity of a block of paths is its own array indexed from 0, so each
 * inner loop reads and writes {@code a[p]}, {@code b[p]}: the JIT vectorises such loops, but not
 * ones over offsets into shared arrays ({@code a[i * BLOCK + p]}), which it must assume may
 * overlap. Per-path values are single precision, as the store is: digits beyond the seventh are
 * below any Monte Carlo error of these sizes, and a vector holds twice as many floats. Sums over
 * paths are single precision within a chunk (a handful of values per path slot) and double
 * across chunks.
 *
 * <p>Per path and month: {@code z ~ N(0, I)} (under Latin hypercube with each dimension's year
 * stratified, see {@link #stratifiedMonths}), {@code e = F z}; a monthly (ar1) indicator takes
 * its month from {@link dev.zhanwang.model.Ar1Months}; an annual one adds {@code e} to its annual
 * shock, which its model's {@link AnnualSampler} turns into a growth multiplier at the year's end.
 * Flows accumulate {@code Y[t] = scale[t] * exp(D[t])} (ar1) or {@code scale[t] * multiplier}
 * (annual) into the year-to-date value, which is what the store keeps per month; a count's
 * year-to-date values are rounded to whole numbers.
 *
 * <p>A stress run ({@link Stress}) draws the block's twelve months first, in the same order, and
 * conditions them on the pinned shocks before the months are simulated.
 */
final class ChunkKernel {
  /**
   * Paths simulated together: the scratch arrays stay in the L2 cache, and the per-block work
   * outside the inner loops is spread over enough paths (RW1 took 0.553 s in the kernel at 256,
   * 0.52 s at 512, 0.51-0.54 s at 1024, on one thread). A power of two, which {@link #takeSum}
   * halves.
   */
  static final int BLOCK = 512;

  private static final float INV_SQRT_MONTHS = (float) (1.0 / Math.sqrt(MONTHS));

  private final SimulationPlan plan;
  /** Latin hypercube sampling: each independent normal dimension's year is stratified. */
  private final boolean latinHypercube;

  private final int k;
  /** The plan's shock loading in single precision, like every per-path value of the kernel. */
  private final float[] loading;

  private final float[][] z;
  private final float[][] e;
  private final float[][] deviation;
  private final float[][] multiplier;
  private final float[][] shock;
  private final float[][] ytd;
  /** Annual value per indicator and composite: December year-to-date, or growth in percent. */
  private final float[][] annual;

  private final float[] values = new float[BLOCK];
  private final float[] values2 = new float[BLOCK];
  /**
   * Per series and path slot of a block: the chunk's sum of centred values and of their squares,
   * in single precision (a few values each) so the loop adding to them vectorises.
   */
  private final float[][] slotSum;

  private final float[][] slotSquares;
  /** Sketch mode (no store): every value is counted into its bin (see {@link QuantileBins}). */
  private final QuantileBins bins;

  private final int[] counts;
  /** Latin hypercube only: the chunk's stratified normals per dimension, and a permutation. */
  private float[][] strata;

  private int[] order;
  /** Latin hypercube only: the block's standard normals per month and dimension, {@code z[t]}. */
  private float[][][] stratifiedMonths;
  /** Latin hypercube only: per dimension and path, what moves the year's mean onto the stratum. */
  private float[][] yearShift;
  /** The chunk's auxiliary stream (events, chi-square draws). */
  private UniformRandomProvider auxiliary;
  /** Each annual indicator's sampler, bound to the chunk's auxiliary stream. */
  private final AnnualSampler[] samplers;
  /** Per event and path of the chunk: the month it happens, or MONTHS when it does not. */
  private final int[][] eventMonth;
  /** Where each path's annual shock per indicator is kept, {@code [k][path]}, or null. */
  private float[][] shockStore;
  /** A stress run: the block's conditioned innovations, {@code [month][indicator][path]}. */
  private float[][][] stressed;

  /** The current block's first path within the chunk. */
  private int blockStart;

  private final float[] eventShift = new float[BLOCK];
  /** Per indicator: whether any project event acts on it. */
  private final boolean[] hasEvents;
  /** Per criterion: a bit per path of the block that says it was met. */
  private final long[][] criterionBits;
  /** Per target group: a bit per path of the block that says it was met, by its rule. */
  private final long[][] groupBits;
  /** The paths of the block on which every group was met, a bit each. */
  private final long[] allBits = new long[BLOCK / Long.SIZE];
  /** Per path of the block: how many target groups it met. */
  private final int[] groupsMet = new int[BLOCK];

  ChunkKernel(SimulationPlan plan, Sampling sampling) {
    this(plan, sampling, null, null);
  }

  ChunkKernel(SimulationPlan plan, Sampling sampling, QuantileBins bins, int[] counts) {
    this.plan = plan;
    this.latinHypercube = sampling == Sampling.LATIN_HYPERCUBE;
    this.bins = bins;
    this.counts = counts;
    this.k = plan.indicatorCount;
    loading = new float[plan.loading.length];
    for (int i = 0; i < loading.length; i++) {
      loading[i] = (float) plan.loading[i];
    }
    z = new float[k][BLOCK];
    e = new float[k][BLOCK];
    deviation = new float[k][BLOCK];
    multiplier = new float[k][BLOCK];
    shock = new float[k][BLOCK];
    ytd = new float[k][BLOCK];
    annual = new float[k + plan.compositeCount()][BLOCK];
    slotSum = new float[plan.seriesCount()][BLOCK];
    slotSquares = new float[plan.seriesCount()][BLOCK];
    samplers = new AnnualSampler[k];
    eventMonth = new int[plan.eventSize.length][Simulator.CHUNK];
    hasEvents = new boolean[k];
    criterionBits = new long[plan.criteria().size()][BLOCK / Long.SIZE];
    groupBits = new long[plan.groupCount()][BLOCK / Long.SIZE];
    for (int indicator : plan.eventIndicator) {
      hasEvents[indicator] = true;
    }
  }

  /** Whether and when each event happens on each path of the chunk. */
  private void drawEvents(int n) {
    for (int ev = 0; ev < eventMonth.length; ev++) {
      double probability = plan.eventProbability[ev];
      double[] cdf = plan.eventMonthCdf[ev];
      int[] month = eventMonth[ev];
      for (int p = 0; p < n; p++) {
        int m = MONTHS;
        if (auxiliary.nextDouble() < probability) {
          double u = auxiliary.nextDouble();
          m = 0;
          while (u >= cdf[m]) {
            m++;
          }
        }
        month[p] = m;
      }
    }
  }

  /**
   * Adds to {@code eventShift} the events' effect on indicator {@code i}'s year-to-date value at
   * month {@code t}, {@code size * max(0, t - M + 1)}; returns false (and leaves it zero) when the
   * indicator has no events.
   */
  private boolean eventShift(int i, int t, int n) {
    if (!hasEvents[i]) {
      return false; // the common case: nothing to clear or add on the hot path
    }
    java.util.Arrays.fill(eventShift, 0f);
    for (int ev = 0; ev < eventMonth.length; ev++) {
      if (plan.eventIndicator[ev] != i) {
        continue;
      }
      float size = (float) plan.eventSize[ev];
      int[] month = eventMonth[ev];
      for (int p = 0; p < n; p++) {
        eventShift[p] += size * Math.max(0, t - month[blockStart + p] + 1);
      }
    }
    return true;
  }

  /**
   * Simulates paths {@code [first, first + count)} with the given stream, writing each series'
   * values into {@code store[series][path]} when a store is given (else only counting them into
   * bins; a store's null rows are skipped), and adding to {@code totals}. {@code first} places
   * the values in the store and nothing else: the values depend on the stream and count alone.
   */
  void run(
      long first, int count, RandomStreams.Chunk streams, float[][] store, ChunkTotals totals) {
    run(first, count, streams, store, null, totals);
  }

  /**
   * As {@link #run(long, int, RandomStreams.Chunk, float[][], ChunkTotals)}, also keeping each
   * path's annual shock per indicator in {@code shocks[indicator][path]} when that is not null.
   */
  void run(
      long first,
      int count,
      RandomStreams.Chunk streams,
      float[][] store,
      float[][] shocks,
      ChunkTotals totals) {
    shockStore = shocks;
    auxiliary = streams.auxiliary();
    for (int i = 0; i < k; i++) {
      if (plan.annual[i] != null) {
        samplers[i] = plan.annual[i].with(auxiliary);
      }
    }
    if (latinHypercube) {
      stratify(count, streams.shocks());
    }
    drawEvents(count); // before any chi-square draw, so events do not depend on the models
    for (int done = 0; done < count; done += BLOCK) {
      int n = Math.min(BLOCK, count - done);
      int offset = Math.toIntExact(first + done);
      blockStart = done;
      if (latinHypercube) {
        stratifiedMonths(done, n, streams.shocks());
      }
      months(offset, n, streams.shocks(), store, totals);
      year(offset, n, store, totals);
    }
    totals.paths += count;
    for (int s = 0; s < slotSum.length; s++) {
      totals.sum[s] += takeSum(slotSum[s]);
      totals.sumSquares[s] += takeSum(slotSquares[s]);
    }
  }

  /** The sum of {@code slots}, pairwise (halving loops vectorise), leaving them zero. */
  private static double takeSum(float[] slots) {
    for (int half = slots.length / 2; half >= 16; half /= 2) {
      for (int p = 0; p < half; p++) {
        slots[p] += slots[p + half];
      }
    }
    double sum = 0.0;
    for (int p = 0; p < 16; p++) {
      sum += slots[p];
    }
    java.util.Arrays.fill(slots, 0f);
    return sum;
  }

  /**
   * Latin hypercube over the chunk: for each independent dimension, one standard normal from each
   * of {@code count} equiprobable strata, in random order.
   */
  private void stratify(int count, UniformRandomProvider rng) {
    if (strata == null) {
      strata = new float[k][Simulator.CHUNK];
      order = new int[Simulator.CHUNK];
      stratifiedMonths = new float[MONTHS][k][BLOCK];
      yearShift = new float[k][BLOCK];
    }
    for (int j = 0; j < k; j++) {
      for (int p = 0; p < count; p++) {
        order[p] = p;
      }
      // Only the first count entries: a chunk shorter than the last leaves stale ones behind.
      ArraySampler.shuffle(rng, order, 0, count);
      for (int p = 0; p < count; p++) {
        double u = (order[p] + rng.nextDouble()) / count;
        strata[j][p] = (float) StandardNormal.inverseCdf(u);
      }
    }
  }

  /**
   * Latin hypercube, the block's monthly normals: for each dimension and path, twelve normals
   * {@code w[t]} drawn as Monte Carlo draws them, moved by one constant so that their annual sum
   * is the path's stratum {@code s}: {@code z[t] = w[t] - mean(w) + s / sqrt(12)}, so
   * {@code sum_t z[t] / sqrt(12) = s}. The {@code z[t]} are still independent standard normals:
   * {@code w - mean(w)} is independent of {@code mean(w)}, with variance {@code 1 - 1/12} and
   * covariance {@code -1/12} between months, which {@code s / sqrt(12)} makes 1 and 0. Only the
   * annual component of each dimension is stratified; the path within the year is Monte Carlo.
   */
  private void stratifiedMonths(int from, int n, UniformRandomProvider rng) {
    for (int t = 0; t < MONTHS; t++) {
      for (int j = 0; j < k; j++) {
        ZigguratNormals.fill(rng, stratifiedMonths[t][j], n);
      }
    }
    for (int j = 0; j < k; j++) {
      float[] shift = yearShift[j];
      java.util.Arrays.fill(shift, 0f);
      for (int t = 0; t < MONTHS; t++) {
        float[] w = stratifiedMonths[t][j];
        for (int p = 0; p < n; p++) {
          shift[p] += w[p];
        }
      }
      float[] s = strata[j];
      for (int p = 0; p < n; p++) {
        shift[p] = s[from + p] * INV_SQRT_MONTHS - shift[p] / MONTHS;
      }
      for (int t = 0; t < MONTHS; t++) {
        float[] w = stratifiedMonths[t][j];
        for (int p = 0; p < n; p++) {
          w[p] += shift[p];
        }
      }
    }
  }

  private void months(
      int offset, int n, UniformRandomProvider shocks, float[][] store, ChunkTotals totals) {
    for (int i = 0; i < k; i++) {
      java.util.Arrays.fill(deviation[i], 0f);
      java.util.Arrays.fill(multiplier[i], 1f);
      java.util.Arrays.fill(shock[i], 0f);
      java.util.Arrays.fill(ytd[i], 0f);
    }
    if (plan.stress != null) {
      stressedMonths(n, shocks);
    }
    for (int t = 0; t < MONTHS; t++) {
      if (plan.stress != null) {
        for (int i = 0; i < k; i++) {
          System.arraycopy(stressed[t][i], 0, e[i], 0, n);
        }
      } else {
        correlatedMonth(t, n, shocks);
      }
      for (int i = 0; i < k; i++) {
        if (plan.monthly[i] != null) {
          ar1Month(i, t, n, offset, store, totals);
          if (shockStore == null) {
            continue; // its annual shock is only kept for sensitivity measures, not drawn from
          }
        }
        float[] si = shock[i];
        float[] ei = e[i];
        for (int p = 0; p < n; p++) {
          si[p] += ei[p];
        }
      }
    }
    for (int i = 0; i < k; i++) {
      float[] si = shock[i];
      for (int p = 0; p < n; p++) {
        si[p] *= INV_SQRT_MONTHS; // the sum of 12 unit normals, back to unit variance
      }
    }
    if (shockStore != null) {
      for (int i = 0; i < k; i++) {
        System.arraycopy(shock[i], 0, shockStore[i], offset, n);
      }
    }
  }

  /** Month {@code t}'s correlated innovations {@code e = F z} of the block, drawn now. */
  private void correlatedMonth(int t, int n, UniformRandomProvider shocks) {
    float[][] normals = z;
    if (latinHypercube) {
      normals = stratifiedMonths[t];
    } else {
      for (int j = 0; j < k; j++) {
        ZigguratNormals.fill(shocks, z[j], n);
      }
    }
    correlate(normals, n);
  }

  /**
   * A stress run: the block's innovations of all twelve months, drawn in the order an unstressed
   * run draws them (so its random numbers are the same), then conditioned on the pinned shocks
   * (see {@link Stress}): each pinned shock {@code P_b = sum_t w_b[t] e_b[t]} is moved to
   * {@code Phi^-1(lo + (hi - lo) Phi(P_b))}, and with {@code gamma = C^-1 (P' - P)} every
   * innovation moves by {@code e_k[t] += sum_b R_kb w_b[t] gamma_b}, which puts each pinned
   * shock at its new value and every other innovation at its conditional law.
   */
  private void stressedMonths(int n, UniformRandomProvider shocks) {
    if (stressed == null) {
      stressed = new float[MONTHS][k][BLOCK];
    }
    for (int t = 0; t < MONTHS; t++) {
      correlatedMonth(t, n, shocks);
      for (int i = 0; i < k; i++) {
        System.arraycopy(e[i], 0, stressed[t][i], 0, n);
      }
    }
    SimulationPlan.StressPart part = plan.stress;
    int m = part.pinned().length;
    double[] move = new double[m];
    double[] gamma = new double[m];
    for (int p = 0; p < n; p++) {
      for (int b = 0; b < m; b++) {
        int j = part.pinned()[b];
        double shock = 0.0;
        for (int t = 0; t < MONTHS; t++) {
          shock += part.weights()[b * MONTHS + t] * stressed[t][j][p];
        }
        double u = part.low()[b] + (part.high()[b] - part.low()[b]) * StandardNormal.cdf(shock);
        move[b] = StandardNormal.inverseCdf(Math.min(Math.max(u, 1e-300), 1 - 1e-16)) - shock;
      }
      for (int a = 0; a < m; a++) {
        double sum = 0.0;
        for (int b = 0; b < m; b++) {
          sum += part.inverse()[a * m + b] * move[b];
        }
        gamma[a] = sum;
      }
      for (int i = 0; i < k; i++) {
        for (int b = 0; b < m; b++) {
          double r = part.correlation()[i * m + b];
          if (r == 0.0) {
            continue;
          }
          double step = r * gamma[b];
          for (int t = 0; t < MONTHS; t++) {
            stressed[t][i][p] += (float) (step * part.weights()[b * MONTHS + t]);
          }
        }
      }
    }
  }

  /** Annual values from the shocks: iid indicators, composites, then every criterion. */
  private void year(int offset, int n, float[][] store, ChunkTotals totals) {
    for (int i = 0; i < k; i++) {
      if (plan.annual[i] != null) {
        annualYear(i, n, offset, store, totals);
      }
    }
    composites(n, offset, store, totals);
    criteria(n, totals);
    if (totals.annualValues != null) { // once per block, only in the chunks a run samples
      for (int slot = 0; slot < annual.length; slot++) {
        System.arraycopy(annual[slot], 0, totals.annualValues[slot], blockStart, n);
      }
    }
  }

  /** e = F z, one row of F at a time so the inner loop is an axpy over the block. */
  private void correlate(float[][] normals, int n) {
    for (int i = 0; i < k; i++) {
      int row = i * k;
      float[] ei = e[i];
      float[] z0 = normals[0];
      float f0 = loading[row];
      for (int p = 0; p < n; p++) {
        ei[p] = f0 * z0[p];
      }
      int last = plan.triangular ? i : k - 1;
      for (int j = 1; j <= last; j++) {
        float fij = loading[row + j];
        if (fij == 0f) {
          continue;
        }
        float[] zj = normals[j];
        for (int p = 0; p < n; p++) {
          ei[p] += fij * zj[p];
        }
      }
    }
  }

  private void ar1Month(int i, int t, int n, int offset, float[][] store, ChunkTotals totals) {
    float[] y = ytd[i];
    plan.monthly[i].month(
        deviation[i], e[i], multiplier[i], y, (float) plan.monthlyScale[i * MONTHS + t], n);
    float[] withEvents = y;
    if (eventShift(i, t, n)) {
      withEvents = values2;
      for (int p = 0; p < n; p++) {
        withEvents[p] = y[p] + eventShift[p];
      }
    }
    record(
        plan.seriesStart[i] + t,
        1.0,
        withEvents,
        n,
        offset,
        store,
        totals,
        t == MONTHS - 1 ? annual[i] : null,
        0.0);
  }

  /** An annual indicator's year from its shock: the model's multipliers, then every month. */
  private void annualYear(int i, int n, int offset, float[][] store, ChunkTotals totals) {
    float[] m = multiplier[i];
    samplers[i].multipliers(shock[i], m, n);
    if (plan.flow[i]) {
      double cumulative = 0.0;
      for (int t = 0; t < MONTHS; t++) {
        cumulative += plan.monthlyScale[i * MONTHS + t];
        float[] ytdValues = m;
        double factor = cumulative;
        if (eventShift(i, t, n)) {
          ytdValues = values2;
          factor = 1.0;
          for (int p = 0; p < n; p++) {
            ytdValues[p] = (float) (cumulative * m[p]) + eventShift[p];
          }
        }
        if (plan.whole[i]) { // a count: whole things in every month's year to date
          for (int p = 0; p < n; p++) {
            values2[p] = (float) Math.rint(factor * ytdValues[p]);
          }
          ytdValues = values2;
          factor = 1.0;
        }
        record(
            plan.seriesStart[i] + t,
            factor,
            ytdValues,
            n,
            offset,
            store,
            totals,
            t == MONTHS - 1 ? annual[i] : null,
            0.0);
      }
    } else {
      double mode = Math.exp(plan.logMode[i]);
      record(plan.seriesStart[i], 100.0 * mode, m, n, offset, store, totals, annual[i], -100.0);
    }
  }

  /**
   * Series {@code s} is {@code factor * source[p] + shift} for the block: adds its moments, stores
   * (or only counts) it, and keeps it as an annual value in {@code annualOut} when that is given.
   */
  private void record(
      int s,
      double factor,
      float[] source,
      int n,
      int offset,
      float[][] store,
      ChunkTotals totals,
      float[] annualOut,
      double shift) {
    float scaled = (float) factor;
    float centred = (float) (shift - plan.seriesCentre[s]);
    float[] sum = slotSum[s];
    float[] squares = slotSquares[s];
    for (int p = 0; p < n; p++) {
      float c = scaled * source[p] + centred;
      sum[p] += c;
      squares[p] += c * c;
    }
    if (annualOut != null) {
      for (int i = 0; i < n; i++) {
        annualOut[i] = (float) (factor * source[i] + shift);
      }
    }
    double stored = shift + plan.storedOffset[s];
    float[] out = source;
    if (factor != 1.0 || stored != 0.0) {
      out = values;
      for (int i = 0; i < n; i++) {
        out[i] = (float) (factor * source[i] + stored);
      }
    }
    if (store != null) {
      if (store[s] != null) { // a sweep keeps only the series its targets are checked on
        System.arraycopy(out, 0, store[s], offset, n);
      }
    } else {
      bins.count(s, out, 0, n, counts);
    }
  }

  private void composites(int n, int offset, float[][] store, ChunkTotals totals) {
    for (int c = 0; c < plan.compositeCount(); c++) {
      float[] out = annual[k + c];
      java.util.Arrays.fill(out, 0f);
      for (int i = 0; i < k; i++) {
        float w = (float) plan.compositeWeights[c * k + i];
        if (w == 0f) {
          continue;
        }
        float[] from = annual[i];
        for (int p = 0; p < n; p++) {
          out[p] += w * from[p];
        }
      }
      record(plan.compositeSeries[c], 1.0, out, n, offset, store, totals, null, 0.0);
    }
  }

  /**
   * Every criterion, then every target group, for the block: a bit per path says which met, so a
   * group's rule is an AND (or, under {@code any}, an OR) of its criteria's words, and a pair of
   * groups met together is a popcount of the AND of their words. Per path, the number of groups
   * met is counted into {@link ChunkTotals#metCount}.
   */
  private void criteria(int n, ChunkTotals totals) {
    int count = plan.criterionSeries.length;
    if (count == 0) {
      return;
    }
    int words = (n + Long.SIZE - 1) >>> 6;
    int chunkWord = blockStart >>> 6;
    long[][] metWords = totals.metWords;
    for (int c = 0; c < count; c++) {
      float[] values = annual[plan.criterionAnnualSlot[c]];
      double threshold = plan.criterionThreshold[c];
      long[] bits = criterionBits[c];
      java.util.Arrays.fill(bits, 0L);
      for (int p = 0; p < n; p++) {
        double value = values[p];
        if (value >= threshold) {
          bits[p >>> 6] |= 1L << p;
        } else {
          totals.shortfall[c] += threshold - value;
        }
      }
      for (int w = 0; w < words; w++) {
        totals.met[c] += Long.bitCount(bits[w]);
        if (metWords != null) {
          metWords[c][chunkWord + w] |= bits[w];
        }
      }
    }
    groups(n, words, totals);
  }

  private void groups(int n, int words, ChunkTotals totals) {
    int groups = plan.groupCriteria.length;
    long lastMask = (n & (Long.SIZE - 1)) == 0 ? -1L : (1L << n) - 1;
    java.util.Arrays.fill(groupsMet, 0, n, 0);
    java.util.Arrays.fill(allBits, -1L);
    for (int g = 0; g < groups; g++) {
      int[] counted = plan.groupCriteria[g];
      boolean anyOne = plan.groupAnyOne[g];
      long[] bits = groupBits[g];
      for (int w = 0; w < words; w++) {
        long x = anyOne ? 0L : -1L;
        for (int c : counted) {
          x = anyOne ? x | criterionBits[c][w] : x & criterionBits[c][w];
        }
        if (w == words - 1) {
          x &= lastMask;
        }
        bits[w] = x;
        allBits[w] &= x;
        totals.groupMet[g] += Long.bitCount(x);
        for (long rest = x; rest != 0; rest &= rest - 1) {
          groupsMet[(w << 6) + Long.numberOfTrailingZeros(rest)]++;
        }
      }
    }
    for (int p = 0; p < n; p++) {
      totals.metCount[groupsMet[p]]++;
    }
    long[][] metWords = totals.metWords;
    for (int w = 0; w < words; w++) {
      long all = allBits[w] & (w == words - 1 ? lastMask : -1L);
      totals.allMet += Long.bitCount(all);
      if (metWords != null) {
        metWords[plan.criterionSeries.length][(blockStart >>> 6) + w] |= all;
      }
    }
    long[] both = totals.bothMet;
    if (both.length > 0) {
      int pair = 0;
      for (int g = 0; g < groups; g++) {
        long[] a = groupBits[g];
        for (int h = g + 1; h < groups; h++) {
          long[] b = groupBits[h];
          long paths = 0;
          for (int w = 0; w < words; w++) {
            paths += Long.bitCount(a[w] & b[w]);
          }
          both[pair++] += paths;
        }
      }
    }
  }
}
