package dev.zhanwang.nowcast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhanwang.data.Actuals;
import dev.zhanwang.data.ActualsLoader;
import dev.zhanwang.model.IndicatorSpec;
import dev.zhanwang.scenario.Scenario;
import dev.zhanwang.scenario.ScenarioLoader;
import dev.zhanwang.scenario.StatusThresholds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NowcasterTest {
  private static final Path BASELINE = Path.of("../scenarios/liudong-2023-baseline.yaml");
  private static final long PATHS = 20_000;
  private static final long SEED = 7;
  private static Scenario scenario;

  @TempDir
  Path dir;

  @BeforeAll
  static void load() {
    scenario = ScenarioLoader.load(BASELINE);
  }

  private Actuals actuals(String... rows) throws IOException {
    Path file = dir.resolve("actuals.csv");
    Files.writeString(
        file,
        "indicator,period,ytd_value,ytd_growth_pct,source\n" + String.join("\n", rows) + "\n");
    Map<String, Boolean> indicators = new LinkedHashMap<>();
    for (IndicatorSpec spec : scenario.indicators()) {
      indicators.put(spec.id(), spec.flow());
    }
    return ActualsLoader.load(file, 2023, indicators, warning -> {});
  }

  private static TargetNowcast row(Nowcast nowcast, String id, String check) {
    return nowcast.targets().stream()
        .filter(r -> r.target().id().equals(id) && r.check().equals(check))
        .findFirst()
        .orElseThrow();
  }

  /**
   * Output at +2% by June against a +25% target (1001.5 in 2022; the June year to date of 2022 on
   * the scenario's seasonality is 465.7): the year is all but lost, the remaining months would
   * need about +46%.
   */
  @Test
  void run_actualsFarBelowPlan_redWithTheRequiredGrowth() throws IOException {
    Nowcast nowcast = Nowcaster.run(
        scenario,
        actuals("industrial_output_total,2023-06,,2,s"),
        6,
        PATHS,
        SEED,
        StatusThresholds.defaults());

    TargetNowcast growth = row(nowcast, "industrial_output_total", "growth");
    assertEquals(Status.RED, growth.status());
    assertTrue(growth.now().value() < 0.01, "P now " + growth.now().value());
    assertTrue(growth.start().value() > 0.1, "P start " + growth.start().value());
    double b6 = 1001.5 * (0.070 + 0.060 + 0.085 + 0.080 + 0.082 + 0.088);
    double c6 = 1.02 * b6;
    double expected = 100 * ((1.25 * 1001.5 - c6) / (1001.5 - b6) - 1);
    assertEquals(expected, growth.requiredGrowthPct(), 1e-9);
    assertTrue(growth.requiredGrowthPct() > 40, "g_rest " + growth.requiredGrowthPct());
    assertEquals(25.0, growth.plannedGrowthPct(), 1e-9);
    assertEquals(50.0, growth.shareOfYearPct(), 1e-9);
    assertEquals(100 * c6 / (1.25 * 1001.5), growth.completionPct(), 1e-9);
  }

  @Test
  void run_janFebCombinedAndGrowthOnlyRate_nowcastFromThoseRows() throws IOException {
    Nowcast nowcast = Nowcaster.run(
        scenario,
        actuals(
            "industrial_output_total,2023-1-2月,160,,s",
            "industrial_va,2023-1-2月,,20,s",
            "industrial_va,2023-03,,18,s"),
        12,
        PATHS,
        SEED,
        StatusThresholds.defaults());

    TargetNowcast output = row(nowcast, "industrial_output_total", "level");
    assertEquals(2, output.month());
    assertTrue(output.last().orElseThrow().combined());
    assertTrue(output.now().value() > output.start().value() + 0.05, output.toString());
    TargetNowcast va = row(nowcast, "industrial_va_growth", "growth");
    assertEquals(3, va.month());
    assertEquals(List.of(2, 3), va.path().stream().map(p -> p.month()).toList());
    assertTrue(va.now().value() > va.start().value() + 0.05, va.toString());
    // A rate's year to date is (m/12)(1 + G_m) of a year of 1: g_rest = (g* - (3/12) G_3) / (9/12).
    assertEquals(100 * (0.11 - 0.25 * 0.18) / 0.75, va.requiredGrowthPct(), 1e-9);
    assertEquals(List.of(2, 3), nowcast.months());
  }

  @Test
  void run_valueAndGrowthTogether_restatesTheBaseForGrowthTargets() throws IOException {
    double b6 = 1001.5 * (0.070 + 0.060 + 0.085 + 0.080 + 0.082 + 0.088);
    // 10% growth on a base 5% below the seasonal path.
    double c6 = 1.10 * 0.95 * b6;
    Nowcast nowcast = Nowcaster.run(
        scenario,
        actuals(String.format("industrial_output_total,2023-06,%.6f,10,s", c6)),
        6,
        PATHS,
        SEED,
        StatusThresholds.defaults());

    Restatement restatement = nowcast.restatements().get(0);
    assertEquals(0.95 * b6, restatement.impliedBase(), 1e-4);
    assertEquals(b6, restatement.seasonalBase(), 1e-9);
    assertEquals(-5.0, restatement.differencePct(), 1e-4);
    TargetNowcast growth = row(nowcast, "industrial_output_total", "growth");
    assertEquals(1.25 * 1001.5 * 0.95, growth.yearTotal(), 1e-3);
    assertEquals(
        100 * ((1.25 * 0.95 * 1001.5 - c6) / (0.95 * (1001.5 - b6)) - 1),
        growth.requiredGrowthPct(),
        1e-6);
  }

  @Test
  void run_sameSeedTwice_identicalProbabilities() throws IOException {
    Actuals actuals = actuals("industrial_output_total,2023-06,470,,s");
    Nowcast a = Nowcaster.run(scenario, actuals, 6, PATHS, SEED, StatusThresholds.defaults());
    Nowcast b = Nowcaster.run(scenario, actuals, 6, PATHS, SEED, StatusThresholds.defaults());

    assertArrayEquals(
        a.targets().stream().mapToDouble(r -> r.now().value()).toArray(),
        b.targets().stream().mapToDouble(r -> r.now().value()).toArray());
  }

  @Test
  void run_asOfBeforeTheActuals_isTheStartOfTheYear() throws IOException {
    Nowcast nowcast = Nowcaster.run(
        scenario,
        actuals("industrial_output_total,2023-06,470,,s"),
        5,
        PATHS,
        SEED,
        StatusThresholds.defaults());

    TargetNowcast output = row(nowcast, "industrial_output_total", "level");
    assertEquals(0, output.month());
    assertEquals(output.start(), output.now());
  }

  @Test
  void run_countModel_namedAsNotNowcast() throws IOException {
    Nowcast nowcast = Nowcaster.run(
        scenario,
        actuals("industrial_output_total,2023-06,470,,s"),
        6,
        PATHS,
        SEED,
        StatusThresholds.defaults());

    assertTrue(
        nowcast
            .notNowcast()
            .contains("new_above_scale_industrial_enterprises: its model"
                + " negative-binomial has no monthly form yet"),
        nowcast.notNowcast().toString());
    assertTrue(
        nowcast.notNowcast().stream().anyMatch(n -> n.startsWith("gdp_growth: a composite")));
  }

  @Test
  void status_thresholds_greenAmberRedAtTheirEdges() {
    StatusThresholds thresholds = new StatusThresholds(60, 25);
    assertEquals(Status.GREEN, Status.of(0.60, thresholds));
    assertEquals(Status.AMBER, Status.of(0.5999, thresholds));
    assertEquals(Status.AMBER, Status.of(0.25, thresholds));
    assertEquals(Status.RED, Status.of(0.2499, thresholds));
  }
}
