package dev.zhanwang.sim;

import static dev.zhanwang.sim.SimulationPlan.AR1;
import static dev.zhanwang.sim.SimulationPlan.MONTHS;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.PermutationSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Simulates one chunk of paths from its own random stream. Holds per-thread scratch arrays only:
 * nothing is allocated per path or per month, and every inner loop runs over the paths of a block
 * so it reads and writes contiguous primitive arrays.
 *
 * <p>Per-path values are single precision, as the store is: halving the bytes moved and doubling
 * the values per vector instruction matters more here than digits beyond the seventh, which no
 * Monte Carlo estimate of these sizes resolves. Sums over paths are double precision.
 *
 * <p>Per path and month: {@code z ~ N(0, I)}, {@code e = F z}; an ar1 indicator updates
 * {@code d = phi d + sigma e}, {@code D += d}; an iid indicator adds {@code e} to its annual shock.
 * Flows accumulate {@code Y[t] = scale[t] * exp(D[t])} (ar1) or {@code scale[t] * exp(shock)} (iid)
 * into the year-to-date value, which is what the store keeps per month.
 */
final class ChunkKernel {
  /** Paths simulated together: small enough that the scratch arrays stay in cache. */
  static final int BLOCK = 256;

  private static final float INV_SQRT_MONTHS = (float) (1.0 / Math.sqrt(MONTHS));
  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

  /** Where the series in {@link #expNearZero} stops being accurate to single precision. */
  static final float EXP_SERIES_LIMIT = 0.125f;

  private final SimulationPlan plan;
  /** The plan's shock loading in single precision, like every per-path value of the kernel. */
  private final float[] loading;
  private final int k;
  private final float[] z;
  private final float[] e;
  private final float[] deviation;
  private final float[] multiplier;
  private final float[] growthFactor;
  private final float[] shockSum;
  private final float[] ytd;
  /** When not null, every value is also counted into its bin (see {@link QuantileBins}). */
  private final QuantileBins bins;
  private final int[] counts;
  private final float[] blockValues = new float[BLOCK];
  /** Latin hypercube only: the chunk's stratified normals per dimension, and a permutation. */
  private float[] strata;
  private int[] order;
  /** Annual value per indicator and composite: December year-to-date, or growth in percent. */
  private final float[] annual;

  ChunkKernel(SimulationPlan plan) {
    this(plan, null, null);
  }

  ChunkKernel(SimulationPlan plan, QuantileBins bins, int[] counts) {
    this.plan = plan;
    this.bins = bins;
    this.counts = counts;
    this.k = plan.indicatorCount;
    z = new float[k * BLOCK];
    e = new float[k * BLOCK];
    deviation = new float[k * BLOCK];
    multiplier = new float[k * BLOCK];
    growthFactor = new float[k * BLOCK];
    shockSum = new float[k * BLOCK];
    ytd = new float[k * BLOCK];
    annual = new float[(k + plan.compositeCount()) * BLOCK];
    loading = new float[plan.loading.length];
    for (int i = 0; i < loading.length; i++) {
      loading[i] = (float) plan.loading[i];
    }
  }

  /**
   * Simulates paths {@code [first, first + count)} with the given stream, writing each series'
   * values into {@code store[series][path]} when a store is given (else only counting them into
   * bins), and adding to {@code totals}.
   */
  void run(long first, int count, UniformRandomProvider rng, float[][] store, ChunkTotals totals) {
    ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
    if (plan.latinHypercube) {
      stratify(count, rng);
    }
    for (int done = 0; done < count; done += BLOCK) {
      int n = Math.min(BLOCK, count - done);
      if (plan.latinHypercube) {
        annualShocksFromStrata(done, n);
      } else {
        monthlyShocks(first + done, n, gauss, store, totals);
      }
      year(first + done, n, store, totals);
    }
    totals.paths += count;
  }

  /**
   * Latin hypercube over the chunk: for each independent dimension, one standard normal from each
   * of {@code count} equiprobable strata, in random order.
   */
  private void stratify(int count, UniformRandomProvider rng) {
    if (strata == null) {
      strata = new float[k * Simulator.CHUNK];
      order = new int[Simulator.CHUNK];
    }
    for (int j = 0; j < k; j++) {
      for (int p = 0; p < count; p++) {
        order[p] = p;
      }
      PermutationSampler.shuffle(rng, order);
      for (int p = 0; p < count; p++) {
        double u = (order[p] + rng.nextDouble()) / count;
        strata[j * Simulator.CHUNK + p] = (float) STANDARD_NORMAL.inverseCumulativeProbability(u);
      }
    }
  }

  private void annualShocksFromStrata(int from, int n) {
    for (int j = 0; j < k; j++) {
      System.arraycopy(strata, j * Simulator.CHUNK + from, z, j * BLOCK, n);
    }
    correlate(n);
    System.arraycopy(e, 0, shockSum, 0, k * BLOCK);
  }

  private void monthlyShocks(long first, int n, ZigguratSampler.NormalizedGaussian gauss,
      float[][] store, ChunkTotals totals) {
    int offset = Math.toIntExact(first);
    for (int i = 0; i < k * BLOCK; i++) {
      deviation[i] = 0f;
      multiplier[i] = 1f;
      shockSum[i] = 0f;
      ytd[i] = 0f;
    }
    for (int t = 0; t < MONTHS; t++) {
      for (int j = 0; j < k; j++) {
        int base = j * BLOCK;
        for (int p = 0; p < n; p++) {
          z[base + p] = (float) gauss.sample();
        }
      }
      correlate(n);
      for (int i = 0; i < k; i++) {
        if (plan.model[i] == AR1) {
          ar1Month(i, t, n, offset, store, totals);
        } else {
          int base = i * BLOCK;
          for (int p = 0; p < n; p++) {
            shockSum[base + p] += e[base + p];
          }
        }
      }
    }
    for (int i = 0; i < k * BLOCK; i++) {
      shockSum[i] *= INV_SQRT_MONTHS; // the sum of 12 unit normals, back to unit variance
    }
  }

  /** Annual values from the shocks: iid indicators, composites, then every criterion. */
  private void year(long first, int n, float[][] store, ChunkTotals totals) {
    int offset = Math.toIntExact(first);
    for (int i = 0; i < k; i++) {
      if (plan.model[i] != AR1) {
        iidYear(i, n, offset, store, totals);
      }
    }
    composites(n, offset, store, totals);
    criteria(n, totals);
  }

  /** e = F z, one row of F at a time so the inner loop is an axpy over the block. */
  private void correlate(int n) {
    for (int i = 0; i < k; i++) {
      int row = i * k;
      int out = i * BLOCK;
      float f0 = loading[row];
      for (int p = 0; p < n; p++) {
        e[out + p] = f0 * z[p];
      }
      int last = plan.triangular ? i : k - 1;
      for (int j = 1; j <= last; j++) {
        float fij = loading[row + j];
        if (fij == 0f) {
          continue;
        }
        int in = j * BLOCK;
        for (int p = 0; p < n; p++) {
          e[out + p] += fij * z[in + p];
        }
      }
    }
  }

  private void ar1Month(int i, int t, int n, int offset, float[][] store, ChunkTotals totals) {
    int base = i * BLOCK;
    float phi = (float) plan.phi[i];
    float sigma = (float) plan.sigma[i];
    float scale = (float) plan.monthlyScale[i * MONTHS + t];
    int s = plan.seriesStart[i] + t;
    for (int p = base; p < base + n; p++) {
      float d = phi * deviation[p] + sigma * e[p];
      deviation[p] = d;
      growthFactor[p] = expNearZero(d);
    }
    for (int p = base; p < base + n; p++) {
      if (Math.abs(deviation[p]) > EXP_SERIES_LIMIT) {
        growthFactor[p] = (float) Math.exp(deviation[p]);
      }
    }
    for (int p = base; p < base + n; p++) {
      float m = multiplier[p] * growthFactor[p];
      multiplier[p] = m;
      ytd[p] += scale * m;
    }
    record(s, 1.0, ytd, base, n, offset, store, totals, t == MONTHS - 1 ? base : -1, 0.0);
  }

  /**
   * exp(x) for |x| <= {@link #EXP_SERIES_LIMIT} by its Taylor series to degree 6 (relative error
   * below 6e-9 there, under single precision's 6e-8); branch-free so the loop calling it
   * vectorises. Monthly log-growth deviations are almost always that small; larger ones are
   * recomputed with Math.exp.
   */
  private static float expNearZero(float x) {
    float p = 1f / 720;
    p = p * x + 1f / 120;
    p = p * x + 1f / 24;
    p = p * x + 1f / 6;
    p = p * x + 0.5f;
    p = p * x + 1f;
    return p * x + 1f;
  }

  private void iidYear(int i, int n, int offset, float[][] store, ChunkTotals totals) {
    int base = i * BLOCK;
    double down = plan.sdDown[i];
    double up = plan.sdUp[i];
    for (int p = 0; p < n; p++) {
      double zs = shockSum[base + p];
      multiplier[base + p] = (float) Math.exp(zs < 0.0 ? down * zs : up * zs);
    }
    if (plan.flow[i]) {
      double cumulative = 0.0;
      for (int t = 0; t < MONTHS; t++) {
        cumulative += plan.monthlyScale[i * MONTHS + t];
        int s = plan.seriesStart[i] + t;
        record(s, cumulative, multiplier, base, n, offset, store, totals, t == MONTHS - 1 ? base : -1,
            0.0);
      }
    } else {
      int s = plan.seriesStart[i];
      double mode = Math.exp(plan.logMode[i]);
      record(s, 100.0 * mode, multiplier, base, n, offset, store, totals, base, -100.0);
    }
  }

  /**
   * Writes series {@code s} = {@code factor * source[p] + shift} for the block, adds its moments, and
   * keeps it as an annual value at {@code annualBase} when that is not negative.
   */
  private void record(int s, double factor, float[] source, int sourceBase, int n, int offset,
      float[][] store, ChunkTotals totals, int annualBase, double shift) {
    // Four interleaved sums: one running sum would wait on each addition's latency.
    double offsetValue = shift - plan.seriesCentre[s];
    double s0 = 0.0;
    double s1 = 0.0;
    double s2 = 0.0;
    double s3 = 0.0;
    double q0 = 0.0;
    double q1 = 0.0;
    double q2 = 0.0;
    double q3 = 0.0;
    int p = sourceBase;
    int end = sourceBase + n;
    for (; p + 4 <= end; p += 4) {
      double c0 = factor * source[p] + offsetValue;
      double c1 = factor * source[p + 1] + offsetValue;
      double c2 = factor * source[p + 2] + offsetValue;
      double c3 = factor * source[p + 3] + offsetValue;
      s0 += c0;
      s1 += c1;
      s2 += c2;
      s3 += c3;
      q0 += c0 * c0;
      q1 += c1 * c1;
      q2 += c2 * c2;
      q3 += c3 * c3;
    }
    for (; p < end; p++) {
      double c = factor * source[p] + offsetValue;
      s0 += c;
      q0 += c * c;
    }
    double sum = (s0 + s1) + (s2 + s3);
    double squares = (q0 + q1) + (q2 + q3);
    if (annualBase >= 0) {
      for (int i = 0; i < n; i++) {
        annual[annualBase + i] = (float) (factor * source[sourceBase + i] + shift);
      }
    }
    // Without a store (sketch mode) the values only pass through a block-sized buffer to be counted.
    float[] out = store != null ? store[s] : blockValues;
    int at = store != null ? offset : 0;
    double stored = shift + plan.storedOffset[s];
    for (int i = 0; i < n; i++) {
      out[at + i] = (float) (factor * source[sourceBase + i] + stored);
    }
    if (counts != null) {
      bins.count(s, out, at, at + n, counts);
    }
    totals.sum[s] += sum;
    totals.sumSquares[s] += squares;
  }

  private void composites(int n, int offset, float[][] store, ChunkTotals totals) {
    int count = plan.compositeCount();
    for (int c = 0; c < count; c++) {
      int base = (k + c) * BLOCK;
      java.util.Arrays.fill(annual, base, base + n, 0f);
      for (int i = 0; i < k; i++) {
        float w = (float) plan.compositeWeights[c * k + i];
        if (w == 0f) {
          continue;
        }
        int from = i * BLOCK;
        for (int p = 0; p < n; p++) {
          annual[base + p] += w * annual[from + p];
        }
      }
      record(plan.compositeSeries[c], 1.0, annual, base, n, offset, store, totals, -1, 0.0);
    }
  }

  private void criteria(int n, ChunkTotals totals) {
    int count = plan.criterionSeries.length;
    if (count == 0) {
      return;
    }
    for (int p = 0; p < n; p++) {
      boolean all = true;
      for (int c = 0; c < count; c++) {
        double value = annual[plan.criterionAnnualSlot[c] * BLOCK + p];
        double threshold = plan.criterionThreshold[c];
        if (value >= threshold) {
          totals.met[c]++;
        } else {
          totals.shortfall[c] += threshold - value;
          all = false;
        }
      }
      if (all) {
        totals.allMet++;
      }
    }
  }
}
