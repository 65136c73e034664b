package dev.zhanwang.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhanwang.forecast.Forecast;
import dev.zhanwang.forecast.ForecastBuilder;
import dev.zhanwang.forecast.TargetOutcome;
import dev.zhanwang.scenario.RunSettings;
import dev.zhanwang.scenario.Scenario;
import dev.zhanwang.scenario.SweepFile;
import dev.zhanwang.scenario.SweepLoader;
import dev.zhanwang.sim.PlanCompiler;
import dev.zhanwang.sim.Simulator;
import dev.zhanwang.sweep.Sweep;
import dev.zhanwang.sweep.SweepResult;
import dev.zhanwang.sweep.SweepRunner;
import dev.zhanwang.sweep.ThreadPoolRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SparkSweepRunnerTest {
  static final Path SWEEP = Path.of("../scenarios/sweeps/industrial-growth.yaml");
  /** Two full chunks and a partial one: merging in chunk order is what is tested. */
  static final long PATHS = 2 * 4096 + 700;

  @Test
  void run_localTwo_bitIdenticalToThreadPoolAndToForecastRunAtEachPoint() {
    Sweep sweep = Sweep.compile(SweepLoader.load(SWEEP), OptionalLong.of(PATHS));
    SweepResult onThreads;
    try (SweepRunner threads = new ThreadPoolRunner(2)) {
      onThreads = sweep.result(threads.run(sweep.tasks(), SweepRunner.Progress.NONE));
    }
    SweepResult onSpark;
    try (SweepRunner spark = new SparkRunners().open("local[2]")) {
      onSpark = sweep.result(spark.run(sweep.tasks(), SweepRunner.Progress.NONE));
    }
    assertSameRows(onThreads, onSpark);
    assertEqualsForecastRun(sweep.file(), onSpark);
  }

  /** Every number of every row, compared as bits (assertEquals on doubles compares bits). */
  static void assertSameRows(SweepResult expected, SweepResult actual) {
    assertEquals(expected.rows().size(), actual.rows().size());
    for (int r = 0; r < expected.rows().size(); r++) {
      SweepResult.Row e = expected.rows().get(r);
      SweepResult.Row a = actual.rows().get(r);
      String what = "row " + r + " " + e.target().id();
      assertEquals(e.point(), a.point(), what);
      assertEquals(e.probabilityMet(), a.probabilityMet(), what);
      assertEquals(e.mcStdError(), a.mcStdError(), what);
      assertEquals(e.mean(), a.mean(), what);
      assertArrayEquals(e.quantiles(), a.quantiles(), what);
      assertEquals(e.expectedShortfall(), a.expectedShortfall(), what);
    }
    for (int p = 0; p < expected.points().size(); p++) {
      assertEquals(
          expected.points().get(p).probabilityAllMet(), actual.points().get(p).probabilityAllMet());
    }
  }

  /** Each grid point's scenario run as forecast run runs it, on two threads. */
  static void assertEqualsForecastRun(SweepFile file, SweepResult result) {
    int checked = 0;
    for (SweepFile.GridPoint point : file.points()) {
      Scenario scenario = point.scenario();
      scenario = scenario.withSettings(RunSettings.of(PATHS, scenario.settings().seed(), 2));
      PlanCompiler.Compiled compiled = PlanCompiler.compile(scenario);
      Forecast forecast = ForecastBuilder.build(
          scenario,
          compiled,
          Simulator.run(compiled.plan(), scenario.settings(), Simulator.Progress.NONE));
      List<SweepResult.Row> rows =
          result.rows().stream().filter(r -> r.point() == point.index()).toList();
      for (SweepResult.Row row : rows) {
        TargetOutcome outcome = forecast.outcomes().stream()
            .filter(o -> o.target().equals(row.target()) && o.criterion() == row.criterion())
            .findFirst()
            .orElseThrow();
        String what = file.label(point) + " " + row.target().id();
        assertEquals(outcome.probabilityMet(), row.probabilityMet(), what);
        assertEquals(outcome.mcStdError(), row.mcStdError(), what);
        assertEquals(outcome.outcome().mean(), row.mean(), what);
        assertArrayEquals(outcome.outcome().quantiles(), row.quantiles(), what);
        assertEquals(outcome.expectedShortfall(), row.expectedShortfall(), what);
        checked++;
      }
      assertEquals(
          forecast.probabilityAllMet(),
          result.points().get(point.index()).probabilityAllMet(),
          file.label(point));
    }
    assertEquals(9 * 5, checked, "9 grid points x 5 target checks");
  }
}
