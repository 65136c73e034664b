package dev.zhanwang.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zhanwang.input.Limit;
import dev.zhanwang.model.Sampling;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunSettingsTest {
  private static RunSettings.InvalidSettingException refused(Runnable build) {
    return assertThrows(RunSettings.InvalidSettingException.class, build::run);
  }

  @Test
  void of_validValues_monteCarloWithoutPrecisionTarget() {
    RunSettings settings = RunSettings.of(1000, 7, 3);

    assertEquals(new RunSettings(1000, 7, 3, Sampling.MONTE_CARLO, Optional.empty()), settings);
    assertEquals(RunSettings.defaultThreads(), RunSettings.of(1000, 7).threads());
  }

  @Test
  void constructor_pathsOutOfRange_namesTheSettingItsRuleAndTheValue() {
    RunSettings.InvalidSettingException zero = refused(() -> RunSettings.of(0, 1));
    RunSettings.InvalidSettingException huge = refused(() -> RunSettings.of(1L << 40, 1));

    assertEquals("paths", zero.setting());
    assertEquals("between 1 and 2147483639", zero.rule());
    assertEquals("0", zero.value());
    assertEquals(
        "paths must be between 1 and 2147483639, but was 1099511627776", huge.getMessage());
    assertEquals(1, RunSettings.of(1, 1).paths());
    assertEquals(RunSettings.MAX_PATHS, RunSettings.of(RunSettings.MAX_PATHS, 1).paths());
  }

  @Test
  void constructor_threadsOutOfRange_isRefusedWithTheLimit() {
    int limit = (int) Limit.THREADS.value();

    assertEquals(
        "threads must be between 1 and " + limit + ", but was 0",
        refused(() -> RunSettings.of(10, 1, 0)).getMessage());
    assertEquals("threads", refused(() -> RunSettings.of(10, 1, limit + 1)).setting());
    assertEquals(limit, RunSettings.of(10, 1, limit).threads());
  }

  @Test
  void precision_outsideZeroToHalf_isRefused() {
    for (double se : new double[] {0, -0.01, 0.5, Double.NaN}) {
      RunSettings.InvalidSettingException e = refused(() -> new RunSettings.Precision(se, 1000));
      assertEquals("precision must be in (0, 0.5), but was " + se, e.getMessage());
    }
    assertEquals("max-paths", refused(() -> new RunSettings.Precision(0.01, 0)).setting());
  }

  @Test
  void constructor_capBelowTheFirstBatch_isRefusedAndEqualIsAllowed() {
    RunSettings plain = RunSettings.of(20_000, 1);

    RunSettings.InvalidSettingException e =
        refused(() -> plain.withPrecision(new RunSettings.Precision(0.01, 19_999)));
    assertEquals(
        "max-paths must be at least paths, the first batch (20000), but was 19999", e.getMessage());
    assertEquals(
        20_000,
        plain
            .withPrecision(new RunSettings.Precision(0.01, 20_000))
            .precision()
            .orElseThrow()
            .maxPaths());
    // The rule holds whichever setting changes last.
    RunSettings capped = plain.withPrecision(new RunSettings.Precision(0.01, 30_000));
    assertEquals("max-paths", refused(() -> capped.withPaths(40_000)).setting());
  }

  @Test
  void withers_changeOneSettingAndKeepTheRest() {
    RunSettings base = RunSettings.of(1000, 7, 2);

    assertEquals(
        new RunSettings(5, 7, 2, Sampling.MONTE_CARLO, Optional.empty()), base.withPaths(5));
    assertEquals(
        new RunSettings(1000, 9, 2, Sampling.MONTE_CARLO, Optional.empty()), base.withSeed(9));
    assertEquals(
        new RunSettings(1000, 7, 1, Sampling.MONTE_CARLO, Optional.empty()), base.withThreads(1));
    assertEquals(
        new RunSettings(1000, 7, 2, Sampling.LATIN_HYPERCUBE, Optional.empty()),
        base.withSampling(Sampling.LATIN_HYPERCUBE));
  }
}
