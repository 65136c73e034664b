package dev.zhanwang.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhanwang.input.InvalidInputException;
import dev.zhanwang.model.GrowthModel;
import dev.zhanwang.model.IndicatorSpec;
import dev.zhanwang.scenario.RunSettings;
import dev.zhanwang.scenario.Scenario;
import dev.zhanwang.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ets-trend and bootstrap, fitted from a scenario's history file, against their closed forms. */
class HistoryModelsTest {
  private static final int PATHS = 200_000;

  @TempDir
  Path dir;

  @BeforeEach
  void writeData() throws IOException {
    Files.writeString(dir.resolve("figures.csv"), """
        id,name_zh,name_en,unit,value,growth_pct,scope,source
        output,产值,Output,亿元,100,,test,test
        """);
    Files.writeString(dir.resolve("targets.csv"), """
        id,indicator,name_zh,name_en,unit,value,growth_pct,scope,source
        output_growth,output,产值增速,Output growth,%,,7,test,test
        """);
    StringBuilder history = new StringBuilder("indicator,period,value\n");
    SplittableRandom random = new SplittableRandom(3);
    double level = 50;
    for (int year = 1995; year <= 2022; year++) {
      history.append("output,").append(year).append(',').append(level).append('\n');
      level *= Math.exp(0.06 + 0.04 * random.nextGaussian());
    }
    Files.writeString(dir.resolve("history.csv"), history);
  }

  private Scenario scenario(String model, boolean withHistory) throws IOException {
    Path file = dir.resolve(model + ".yaml");
    Files.writeString(
        file, (withHistory ? "history: history.csv\n" : "") + """
        data:
          figures: figures.csv
          targets: targets.csv
        simulation:
          year: 2023
          paths: %d
          seed: 5
        indicators:
          output:
            model: %s
        """.formatted(PATHS, model));
    return ScenarioLoader.load(file);
  }

  private static SimulationResult run(Scenario scenario) {
    return Simulator.run(
        PlanCompiler.compile(scenario).plan(),
        RunSettings.of(PATHS, 5, 2),
        Simulator.Progress.NONE);
  }

  @Test
  void etsTrend_fittedFromHistory_isStudentTAroundTheFittedTrend() throws IOException {
    Scenario scenario = scenario("ets-trend", true);
    IndicatorSpec spec = scenario.indicator("output").orElseThrow();
    assertEquals(GrowthModel.ETS_TREND, spec.variant());
    double df = spec.model().fitted().orElseThrow().predictiveDegreesOfFreedom();
    assertEquals(28 - 4, df); // 28 yearly levels, 4 fitted values
    double m = Math.log1p(spec.growthPct() / 100);
    double s = spec.uncertaintyPct().getAsDouble() / 100;
    double expected = 1 - new TDistribution(df).cumulativeProbability((Math.log(1.07) - m) / s);
    assertEquals(
        expected,
        run(scenario).probabilityMet(0),
        3 * SimulationResult.binomialStdError(expected, PATHS));
  }

  @Test
  void bootstrap_fittedFromHistory_meetsTheTargetAsOftenAsTheResampledYears() throws IOException {
    Scenario scenario = scenario("bootstrap", true);
    double[] values = scenario
        .indicator("output")
        .orElseThrow()
        .model()
        .fitted()
        .orElseThrow()
        .resampledLogGrowth();
    assertEquals(27, values.length);
    double expected =
        (double) Arrays.stream(values).filter(g -> g >= Math.log(1.07)).count() / values.length;
    SimulationResult result = run(scenario);
    assertEquals(
        expected, result.probabilityMet(0), 3 * SimulationResult.binomialStdError(expected, PATHS));
    // Only resampled years occur: the median is one of them, as growth in percent.
    double median = result.series().get(11).quantiles()[3] / 100 - 1;
    assertTrue(
        Arrays.stream(values).anyMatch(g -> Math.abs(Math.expm1(g) - median) < 1e-5),
        "median growth " + median);
  }

  @Test
  void etsTrend_withoutHistory_isAProblemNamingTheKey() throws IOException {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> scenario("ets-trend", false));
    assertEquals(
        dir.resolve("ets-trend.yaml") + ":10:12 indicators.output.model: must have a"
            + " history file (top-level history:) to be fitted from for ets-trend, but the scenario"
            + " names none",
        e.getMessage());
  }
}
