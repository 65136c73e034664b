package dev.zhanwang.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.OptionalDouble;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The monthly forms' conditioning against brute force: unconditioned paths are simulated, those
 * whose year to date at month m lies in a narrow band around the observed value are kept, and the
 * share of them that meets the target is compared with P(met) from the conditioned form. The
 * observed value is a low percentile of month m's year to date, so the year runs below plan and
 * the conditioned P(met) differs clearly from the unconditioned one.
 */
class MonthlyFormTest {
  private static final double[] SEASONALITY = {
    0.070, 0.060, 0.085, 0.080, 0.082, 0.088, 0.078, 0.082, 0.090, 0.088, 0.095, 0.102
  };
  private static final double BASE = 1000.0;
  private static final int BRUTE_PATHS = 1_000_000;
  private static final int CONDITIONED_PATHS = 200_000;
  private static final double BAND = 0.001;

  private static IndicatorSpec spec(Model model) {
    return new IndicatorSpec(
        "output",
        true,
        17,
        OptionalDouble.of(7),
        SEASONALITY,
        GrowthPath.YEAR_OVER_YEAR,
        "",
        model);
  }

  private static double[] expected() {
    double[] expected = new double[12];
    for (int t = 0; t < 12; t++) {
      expected[t] = BASE * SEASONALITY[t] * 1.17;
    }
    return expected;
  }

  /**
   * ar1-monthly's brute force runs the kernel's own sampler ({@link Ar1Months#month}), not the
   * form's path, so the conditioning is checked against the model as {@code run} simulates it.
   */
  @ParameterizedTest(name = "ar1-monthly, month {0}")
  @CsvSource({"2, 0.2", "6, 0.3", "10, 0.4"})
  void ar1Monthly_conditionedOnYearToDate_agreesWithBruteForce(int month, double quantile) {
    double[] expected = expected();
    Model model = new Ar1Monthly(0.5, OptionalDouble.empty());
    MonthlyForm form = model.monthlyForm(spec(model), expected).orElseThrow();
    Ar1Months months = ((Draw.Monthly) model.draw(spec(model), expected)).months();
    UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(20230600L + month);
    ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(random);
    int block = 4096;
    float[] d = new float[block];
    float[] e = new float[block];
    float[] m = new float[block];
    float[] y = new float[block];
    double[] atMonth = new double[BRUTE_PATHS];
    double[] total = new double[BRUTE_PATHS];
    for (int from = 0; from < BRUTE_PATHS; from += block) {
      int n = Math.min(block, BRUTE_PATHS - from);
      Arrays.fill(d, 0f);
      Arrays.fill(m, 1f);
      Arrays.fill(y, 0f);
      for (int t = 0; t < 12; t++) {
        for (int p = 0; p < n; p++) {
          e[p] = (float) normal.sample();
        }
        months.month(d, e, m, y, (float) expected[t], n);
        if (t == month - 1) {
          for (int p = 0; p < n; p++) {
            atMonth[from + p] = y[p];
          }
        }
      }
      for (int p = 0; p < n; p++) {
        total[from + p] = y[p];
      }
    }
    compare(form, month, quantile, atMonth, total, random);
  }

  @ParameterizedTest(name = "iid-lognormal, month {0}")
  @CsvSource({"2, 0.2", "6, 0.3", "10, 0.4"})
  void iidLognormal_conditionedOnYearToDate_agreesWithBruteForce(int month, double quantile) {
    double[] expected = expected();
    Model model = new IidLognormal();
    MonthlyForm form = model.monthlyForm(spec(model), expected).orElseThrow();
    UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(20230700L + month);
    double[] atMonth = new double[BRUTE_PATHS];
    double[] total = new double[BRUTE_PATHS];
    double[] ytd = new double[12];
    for (int p = 0; p < BRUTE_PATHS; p++) {
      form.path(random, ytd);
      atMonth[p] = ytd[month - 1];
      total[p] = ytd[11];
    }
    compare(form, month, quantile, atMonth, total, random);
  }

  /**
   * The year to date observed is the {@code quantile} of month {@code month}'s (nearer the middle
   * late in the year, where the year to date says more, so that P(met) stays away from 0); the
   * target is the expected year, met on about half the paths unconditioned.
   */
  private static void compare(
      MonthlyForm form,
      int month,
      double quantile,
      double[] atMonth,
      double[] total,
      UniformRandomProvider random) {
    double target = Arrays.stream(expected()).sum();
    double[] sorted = atMonth.clone();
    Arrays.sort(sorted);
    double observed = sorted[(int) (quantile * sorted.length)];
    long kept = 0;
    long keptMet = 0;
    long met = 0;
    for (int p = 0; p < atMonth.length; p++) {
      met += total[p] >= target ? 1 : 0;
      if (Math.abs(atMonth[p] / observed - 1) <= BAND) {
        kept++;
        keptMet += total[p] >= target ? 1 : 0;
      }
    }
    double brute = (double) keptMet / kept;
    double[] draws = new double[CONDITIONED_PATHS];
    form.given(new int[] {month}, new double[] {observed})
        .annualTotals(random, draws, CONDITIONED_PATHS);
    double nowcast =
        Arrays.stream(draws).filter(x -> x >= target).count() / (double) CONDITIONED_PATHS;
    double se = Math.sqrt(brute * (1 - brute) / kept + nowcast * (1 - nowcast) / CONDITIONED_PATHS);
    double unconditioned = (double) met / atMonth.length;
    System.out.printf(
        form.getClass().getSimpleName()
            + " month %d: unconditioned %.4f, brute force %.4f (%d kept), nowcast %.4f, combined se"
            + " %.4f, difference %.1f se%n",
        month,
        unconditioned,
        brute,
        kept,
        nowcast,
        se,
        (nowcast - brute) / se);
    assertTrue(kept > 2000, "kept " + kept);
    assertEquals(brute, nowcast, 3 * se);
    // The data must matter, or the comparison would prove nothing.
    assertTrue(unconditioned - nowcast > 10 * se, "unconditioned " + unconditioned);
  }
}
