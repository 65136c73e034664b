package dev.zhanwang.scenariocompare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhanwang.forecast.TargetOutcome;
import dev.zhanwang.model.IndicatorSpec;
import dev.zhanwang.scenario.RunSettings;
import dev.zhanwang.scenario.Scenario;
import dev.zhanwang.scenario.ScenarioLoader;
import dev.zhanwang.scenariocompare.CommonRandomRuns.VariantRun;
import dev.zhanwang.scenariocompare.ScenarioComparison.Attribution;
import dev.zhanwang.scenariocompare.ScenarioComparison.Share;
import dev.zhanwang.scenariocompare.ScenarioComparison.Versus;
import dev.zhanwang.sim.Simulator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ScenarioComparerTest {
  /** Few paths: the attribution's sum is exact at any path count, which is what is tested. */
  private static final RunSettings SETTINGS = RunSettings.of(4096, 20230203, 2);

  private static Scenario load(String name) {
    return ScenarioLoader.load(Path.of("../scenarios/" + name));
  }

  private static int check(ScenarioComparison comparison, String targetId, String criterion) {
    List<TargetOutcome> checks = comparison.checks();
    for (int c = 0; c < checks.size(); c++) {
      if (checks.get(c).target().id().equals(targetId)
          && checks.get(c).criterion().label().equals(criterion)) {
        return c;
      }
    }
    throw new AssertionError("no check " + targetId + " " + criterion);
  }

  @Test
  void compare_shippedDownturn_everyAttributionSumsExactlyToTheChange() {
    List<Scenario> scenarios =
        List.of(load("liudong-2023-baseline.yaml"), load("liudong-2023-auto-downturn.yaml"));
    ScenarioComparison comparison = new ScenarioComparer(
            new CommonRandomRuns(SETTINGS, Simulator.Progress.NONE),
            ScenarioComparer.DEFAULT_MAX_COALITIONS,
            (run, total) -> {})
        .compare(ScenarioComparer.differences(scenarios));

    Versus versus = comparison.versus().get(0);
    for (int row = 0; row < versus.rows().size(); row++) {
      Attribution attribution = versus.rows().get(row);
      assertTrue(attribution.exactSum(), "row " + row);
      assertEquals(comparison.change(1, row)[0], attribution.sum(), 1e-12, "row " + row);
    }
    // The downturn cuts output growth from 17% to 5%: growth, not its wider uncertainty, is most
    // of the fall in P(1210亿元 reached).
    Attribution output = versus.rows().get(check(comparison, "industrial_output_total", "level"));
    assertEquals("industrial_output_total growth", output.shares().get(0).label());
    assertTrue(output.shares().get(0).change() < -0.2, output.toString());
    assertTrue(
        Math.abs(output.shares().get(0).change())
            > 5 * Math.abs(output.shares().get(1).change()),
        output.toString());
    // Vehicles and NEVs have no target; the correlation moves only all targets at once.
    List<String> untouched =
        versus.touchingNoTarget().stream().map(AssumptionGroup::label).toList();
    assertEquals(
        List.of(
            "vehicle_output growth",
            "vehicle_output uncertainty",
            "nev_output growth",
            "nev_output uncertainty",
            "correlation"),
        untouched);
  }

  @Test
  void compare_twoAssumptionsThatInteract_sharesAsTheTwoPlayerFormulaAndSums() {
    // Revenue's target is 7.25亿元, +2.1% on 7.1: the base expects +3% with an sd of 5%.
    // Growing -6% puts the median below the target, and there a wider spread raises P(met)
    // while at +3% it lowers it: the effect of the uncertainty depends on the growth.
    Scenario base = load("liudong-2023-baseline.yaml");
    List<IndicatorSpec> specs = new ArrayList<>();
    for (IndicatorSpec spec : base.indicators()) {
      specs.add(
          spec.id().equals("budget_revenue")
              ? new IndicatorSpec(
                  spec.id(),
                  spec.flow(),
                  -6,
                  OptionalDouble.of(15),
                  spec.seasonality(),
                  spec.growthPath(),
                  spec.assumption(),
                  spec.model())
              : spec);
    }
    Scenario other = base.withIndicators(specs);
    CommonRandomRuns runs = new CommonRandomRuns(SETTINGS, Simulator.Progress.NONE);
    ScenarioComparison comparison = new ScenarioComparer(runs, 4, (run, total) -> {})
        .compare(ScenarioComparer.differences(List.of(base, other)));

    int c = check(comparison, "budget_revenue", "level");
    Attribution attribution = comparison.versus().get(0).rows().get(c);
    assertTrue(attribution.exactSum());
    assertEquals(comparison.change(1, c)[0], attribution.sum(), 1e-12);
    // Both groups, no other differences: a two-player game, shares by its closed form.
    ScenarioDifference difference = ScenarioDifference.between(base, other);
    assertEquals(2, difference.groups().size());
    long none = runs.run(base).met(c);
    long growth = runs.run(difference.hybrid(bits(0))).met(c);
    long spread = runs.run(difference.hybrid(bits(1))).met(c);
    long both = runs.run(other).met(c);
    double paths = SETTINGS.paths();
    double growthShare = ((growth - none) + (both - spread)) / 2.0 / paths;
    double spreadShare = ((spread - none) + (both - growth)) / 2.0 / paths;
    List<Share> shares = attribution.shares();
    assertEquals("budget_revenue growth", shares.get(0).label());
    assertEquals(growthShare, shares.get(0).change(), 1e-12);
    assertEquals(spreadShare, shares.get(1).change(), 1e-12);
    // The interaction is real: the uncertainty's effect alone differs from its effect after growth.
    double interaction = (both - growth) - (spread - none);
    assertTrue(Math.abs(interaction) / paths > 0.05, "interaction " + interaction / paths);
  }

  private static BitSet bits(int... set) {
    BitSet bits = new BitSet();
    for (int b : set) {
      bits.set(b);
    }
    return bits;
  }

  @Test
  void run_sameVariantTwice_drawsTheSamePaths() {
    CommonRandomRuns runs = new CommonRandomRuns(SETTINGS, Simulator.Progress.NONE);
    Scenario base = load("liudong-2023-baseline.yaml");

    VariantRun first = runs.run(base);
    VariantRun second = runs.run(base);

    assertEquals(first.metPaths(), second.metPaths());
    assertEquals(0.0, second.differenceFrom(first, 0)[1]);
  }
}
