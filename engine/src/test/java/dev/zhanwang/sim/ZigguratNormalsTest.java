package dev.zhanwang.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhanwang.model.StandardNormal;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BisectionSolver;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class ZigguratNormalsTest {
  private static final int DRAWS = 10_000_000;

  /**
   * The base edge r for which {@code layers} layers of equal area exactly fill the area under the
   * curve: with too small an r the layers reach the top before the last one, with too large an r
   * the last one is left wider than the others.
   */
  private static double baseEdge(int layers) {
    UnivariateFunction excess = r -> {
      double area = ZigguratNormals.layerArea(r);
      double x = r;
      for (int i = 1; i < layers - 1; i++) {
        if (ZigguratNormals.density(x) + area / x >= 1.0) {
          return -1.0;
        }
        x = ZigguratNormals.nextEdge(x, area);
      }
      return x * (1.0 - ZigguratNormals.density(x)) - area;
    };
    return new BisectionSolver(1e-15).solve(200, excess, 3.0, 5.0);
  }

  @Test
  void baseEdge_256Layers_isMarsagliaAndTsangsPublishedConstant() {
    assertEquals(3.6541528853610088, baseEdge(256), 1e-13);
  }

  @Test
  void baseEdge_1024Layers_isTheSamplersConstant() {
    assertEquals(baseEdge(1024), ZigguratNormals.R, 1e-13);
  }

  @Test
  void topLayer_hasTheAreaOfTheOthers() {
    assertEquals(ZigguratNormals.V, ZigguratNormals.TOP_LAYER_AREA, 1e-10 * ZigguratNormals.V);
  }

  /**
   * Counts of 10^7 draws in 200 equal bins over [-5, 5] plus the two open ends against the normal
   * probabilities: for a correct sampler the chi-square statistic has mean 201 and s.d. 20, and
   * no bin is off by more than 4.5 s.e. (Bonferroni at 0.1% for 202 bins). A wrong layer table,
   * a lost wedge or a lost tail moves thousands of draws and fails both.
   */
  @Test
  void draws_matchTheNormalDistributionBinByBin() {
    int bins = 200;
    double lo = -5.0;
    double hi = 5.0;
    long[] counts = new long[bins + 2];
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20261129L);
    float[] block = new float[1000];
    for (int done = 0; done < DRAWS; done += block.length) {
      ZigguratNormals.fill(rng, block, block.length);
      for (float z : block) {
        counts[z < lo ? 0 : z >= hi ? bins + 1 : 1 + (int) ((z - lo) / (hi - lo) * bins)]++;
      }
    }
    double chiSquare = 0.0;
    double worst = 0.0;
    for (int b = 0; b < counts.length; b++) {
      double from = b == 0 ? Double.NEGATIVE_INFINITY : lo + (b - 1) * (hi - lo) / bins;
      double to = b == bins + 1 ? Double.POSITIVE_INFINITY : lo + b * (hi - lo) / bins;
      double expected = DRAWS * (StandardNormal.cdf(to) - StandardNormal.cdf(from));
      double z = (counts[b] - expected) / Math.sqrt(expected);
      chiSquare += z * z;
      worst = Math.max(worst, Math.abs(z));
    }
    assertTrue(chiSquare < 201 + 4 * 20, "chi-square " + chiSquare + " on 201 degrees of freedom");
    assertTrue(worst < 4.5, "a bin was off by " + worst + " standard errors");
  }

  /** Beyond the base layer's edge only the tail method draws: P(|Z| > 4.04) = 5.4e-5. */
  @Test
  void tailBeyondTheBaseLayer_hasTheNormalProbability() {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(7L);
    float[] block = new float[1000];
    long beyond = 0;
    long beyondFive = 0;
    for (int done = 0; done < DRAWS; done += block.length) {
      ZigguratNormals.fill(rng, block, block.length);
      for (float z : block) {
        beyond += Math.abs(z) > ZigguratNormals.R ? 1 : 0;
        beyondFive += Math.abs(z) > 5.0 ? 1 : 0;
      }
    }
    double p = 2 * StandardNormal.cdf(-ZigguratNormals.R);
    double se = Math.sqrt(p * (1 - p) / DRAWS);
    assertEquals(p, (double) beyond / DRAWS, 4 * se, "P(|Z| > R)");
    // P(|Z| > 5) = 5.7e-7: about 6 of 10^7 draws; 0 or 20 would mean a cut or inflated tail.
    assertTrue(beyondFive >= 1 && beyondFive <= 15, beyondFive + " draws beyond 5");
  }

  @Test
  void sameStream_sameDraws() {
    float[] first = new float[4096];
    float[] second = new float[4096];
    ZigguratNormals.fill(RandomSource.XO_RO_SHI_RO_128_PP.create(3L), first, first.length);
    ZigguratNormals.fill(RandomSource.XO_RO_SHI_RO_128_PP.create(3L), second, second.length);
    assertEquals(java.util.Arrays.toString(first), java.util.Arrays.toString(second));
  }
}
