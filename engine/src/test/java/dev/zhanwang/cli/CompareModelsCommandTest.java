package dev.zhanwang.cli;

import static dev.zhanwang.cli.CliRun.forecast;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhanwang.comparison.ModelComparison;
import dev.zhanwang.forecast.Forecast;
import dev.zhanwang.forecast.TargetOutcome;
import dev.zhanwang.model.GrowthModel;
import dev.zhanwang.model.ModelSwap;
import dev.zhanwang.report.CsvTestFiles;
import dev.zhanwang.scenario.Scenario;
import dev.zhanwang.scenario.ScenarioLoader;
import dev.zhanwang.sim.PlanCompiler;
import dev.zhanwang.sim.PlannedCriterion;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareModelsCommandTest {
  private static final Path BASELINE = Path.of("../scenarios/liudong-2023-baseline.yaml");

  @TempDir
  Path dir;

  /** The rows of a CSV written with a byte-order mark, each cell unquoted; empty cells as "". */
  private static List<String[]> csv(Path file) throws IOException {
    return CsvTestFiles.rows(file);
  }

  /** The column of {@code name} in {@code rows}, from the first data row on. */
  private static List<String> column(List<String[]> rows, String name) {
    int c = List.of(rows.get(0)).indexOf(name);
    assertTrue(c >= 0, name);
    return rows.subList(1, rows.size()).stream().map(row -> row[c]).toList();
  }

  @Test
  void compareModels_baseline_writesRowPerTargetCheckPlusAllMetChartAndManifest()
      throws IOException {
    Path out = dir.resolve("cmp");
    CliRun run = forecast(
        "compare-models",
        BASELINE.toString(),
        "--models",
        "iid-lognormal,ar1-monthly,split-normal,student-t",
        "--paths",
        "20000",
        "--out",
        out.toString());
    assertEquals(0, run.status(), run.err());
    List<PlannedCriterion> checks =
        PlanCompiler.compile(ScenarioLoader.load(BASELINE)).criteria();
    List<String[]> rows = csv(out.resolve("compare.csv"));
    assertEquals(
        "target_id,criterion,name_zh,name_en,unit,target,"
            + "p_iid-lognormal,se_iid-lognormal,p50_iid-lognormal,"
            + "p_ar1-monthly,se_ar1-monthly,p50_ar1-monthly,"
            + "p_split-normal,se_split-normal,p50_split-normal,"
            + "p_student-t,se_student-t,p50_student-t,spread,spread_se",
        String.join(",", rows.get(0)));
    assertEquals(1 + checks.size() + 1, rows.size());
    for (int c = 0; c < checks.size(); c++) {
      assertEquals(checks.get(c).target().id(), rows.get(c + 1)[0]);
      assertEquals(checks.get(c).growth() ? "growth" : "level", rows.get(c + 1)[1]);
    }
    assertEquals("all_targets", rows.get(rows.size() - 1)[0]);
    for (String name : List.of("compare.png", "compare.svg", "manifest.json")) {
      assertTrue(Files.size(out.resolve(name)) > 0, name);
    }
    assertTrue(
        run.out()
            .contains("Wrote comparison table (" + checks.size() + " target checks x 4 models) to "
                + out.resolve("compare.csv")),
        run.out());
    assertEquals(
        1, run.out().lines().filter(l -> l.endsWith(ComparisonTable.MARK)).count(), run.out());
    assertTrue(
        run.out()
            .contains(
                "Note: ar1-monthly: rate indicators keep their own model, as"
                    + " it applies to flows only: primary_va, secondary_va, tertiary_va, industrial_va"),
        run.out());
    // Rates keep iid-lognormal under ar1-monthly and draw the same normals: the same P(met).
    int gdp = 1 + checks.stream().map(p -> p.target().id()).toList().indexOf("gdp_growth");
    assertEquals(
        column(rows, "p_iid-lognormal").get(gdp - 1),
        column(rows, "p_ar1-monthly").get(gdp - 1));
    // Same seed, same bytes, on any number of threads.
    Path again = dir.resolve("again");
    assertEquals(
        0,
        forecast(
                "compare-models",
                BASELINE.toString(),
                "--models",
                "iid-lognormal,ar1-monthly,split-normal,student-t",
                "--paths",
                "20000",
                "--threads",
                "1",
                "--out",
                again.toString())
            .status());
    assertArrayEquals(
        Files.readAllBytes(out.resolve("compare.csv")),
        Files.readAllBytes(again.resolve("compare.csv")));
  }

  @Test
  void compareModels_defaultOut_isTheProjectsOutFolderWithModelsAfterTheName() throws IOException {
    Path scenario = Files.writeString(
        Files.createDirectories(dir.resolve("p/scenarios")).resolve("v.yaml"),
        "name: v\nextends: " + BASELINE.toAbsolutePath() + "\n");
    CliRun run = forecast(
        "compare-models",
        scenario.toString(),
        "--models",
        "iid-lognormal,student-t",
        "--paths",
        "1000");
    assertEquals(0, run.status(), run.err());
    assertTrue(Files.isRegularFile(dir.resolve("p/out/v-models/compare.csv")));
  }

  @Test
  void compareModels_splitNormalWithZeroSkew_sameProbabilitiesAsIidLognormal() throws IOException {
    Path out = dir.resolve("crn");
    CliRun run = forecast(
        "compare-models",
        BASELINE.toString(),
        "--models",
        "iid-lognormal,split-normal,student-t",
        "--skew",
        "0",
        "--paths",
        "20000",
        "--out",
        out.toString());
    assertEquals(0, run.status(), run.err());
    List<String[]> rows = csv(out.resolve("compare.csv"));
    assertEquals(column(rows, "p_iid-lognormal"), column(rows, "p_split-normal"));
    assertEquals(column(rows, "p50_iid-lognormal"), column(rows, "p50_split-normal"));
    assertTrue(run.out().contains("Largest spread: "), run.out());
    // A model that does change the distribution changes the probabilities.
    assertNotEquals(column(rows, "p_iid-lognormal"), column(rows, "p_student-t"));
  }

  @Test
  void scenarioRun_splitNormalWithZeroSkew_sameDrawsSoExactlyTheSameProbabilities() {
    Scenario base = ScenarioLoader.load(BASELINE);
    base = base.withSettings(base.settings().withPaths(20_000).withThreads(2));
    ModelSwap.Defaults defaults = new ModelSwap.Defaults(0, 5);
    Forecast iid = swapped(base, new ModelSwap(GrowthModel.IID_LOGNORMAL, defaults));
    Forecast split = swapped(base, new ModelSwap(GrowthModel.SPLIT_NORMAL, defaults));
    assertEquals(iid.outcomes().size(), split.outcomes().size());
    for (int c = 0; c < iid.outcomes().size(); c++) {
      assertEquals(
          iid.outcomes().get(c).probabilityMet(),
          split.outcomes().get(c).probabilityMet(),
          iid.outcomes().get(c).target().id());
    }
    assertEquals(iid.probabilityAllMet(), split.probabilityAllMet());
  }

  /**
   * The paired standard error of a difference between two models is what the difference actually
   * varies by from seed to seed, and clearly less than the unpaired sqrt(se_a^2 + se_b^2) would say
   * (on the widest spread, about half).
   */
  @Test
  void pairedStdError_overFortySeeds_matchesTheSpreadOfTheDifferenceBetweenModels() {
    Scenario base = ScenarioLoader.load(BASELINE);
    int seeds = 40;
    int check = -1;
    double[] differences = new double[seeds];
    double pairedVariance = 0.0;
    double unpairedVariance = 0.0;
    for (int seed = 0; seed < seeds; seed++) {
      Scenario scenario = base.withSettings(
          base.settings().withPaths(2_000).withSeed(1000 + seed).withThreads(2));
      ModelComparison.ModelRun iid = keptRun(scenario, GrowthModel.IID_LOGNORMAL);
      ModelComparison.ModelRun split = keptRun(scenario, GrowthModel.SPLIT_NORMAL);
      ModelComparison comparison =
          new ModelComparison("base", "", 2023, 2_000, seed, List.of(iid, split));
      if (check < 0) {
        check = comparison.widestSpread();
      }
      TargetOutcome a = iid.outcomes().get(check);
      TargetOutcome b = split.outcomes().get(check);
      differences[seed] = a.probabilityMet() - b.probabilityMet();
      pairedVariance += Math.pow(comparison.spreadStdError(check), 2) / seeds;
      unpairedVariance += (Math.pow(a.mcStdError(), 2) + Math.pow(b.mcStdError(), 2)) / seeds;
    }
    double observed = new org.apache.commons.math3.stat.descriptive.moment.StandardDeviation()
        .evaluate(differences);
    // With 40 seeds the sample s.d. is within about +-22% (2 s.e.) of the true one.
    double ratio = observed / Math.sqrt(pairedVariance);
    assertTrue(ratio > 0.7 && ratio < 1.3, "observed s.d. / paired s.e. = " + ratio);
    assertTrue(
        Math.sqrt(unpairedVariance) > 1.5 * Math.sqrt(pairedVariance),
        "unpaired " + Math.sqrt(unpairedVariance) + " vs paired " + Math.sqrt(pairedVariance));
  }

  private static ModelComparison.ModelRun keptRun(Scenario base, GrowthModel model) {
    ModelSwap.Result swapped =
        new ModelSwap(model, new ModelSwap.Defaults(-0.2, 5)).applyTo(base.indicators());
    Scenario scenario = base.withIndicators(swapped.indicators());
    PlanCompiler.Compiled compiled = PlanCompiler.compile(scenario);
    ProgressDisplay quiet = new ProgressDisplay(new PrintWriter(new StringWriter()), false);
    ScenarioRun run = ScenarioRun.keepingMetPaths(scenario, compiled, quiet);
    return ModelComparison.ModelRun.of(
        model, run.forecast(), compiled, run.result(), swapped.notes());
  }

  private static Forecast swapped(Scenario base, ModelSwap swap) {
    Scenario scenario = base.withIndicators(swap.applyTo(base.indicators()).indicators());
    ProgressDisplay quiet = new ProgressDisplay(new PrintWriter(new StringWriter()), false);
    return ScenarioRun.of(scenario, PlanCompiler.compile(scenario), quiet).forecast();
  }

  @Test
  void compareModels_unknownModel_exitsTwoListingAllowedNamesWithoutOutput() throws IOException {
    Path out = dir.resolve("cmp");
    CliRun run = forecast(
        "compare-models",
        BASELINE.toString(),
        "--models",
        "iid-lognormal,garch",
        "--paths",
        "1000",
        "--out",
        out.toString());
    assertEquals(2, run.status());
    assertTrue(
        run.err()
            .startsWith("forecast: --models: must be one of iid-lognormal,"
                + " ar1-monthly, split-normal, student-t, but was garch"),
        run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    assertNothingIn(dir);
  }

  @Test
  void compareModels_factor_exitsTwoSayingItNeedsLoadings() throws IOException {
    CliRun run = forecast(
        "compare-models",
        BASELINE.toString(),
        "--models",
        "factor",
        "--out",
        dir.resolve("cmp").toString());
    assertEquals(2, run.status());
    assertTrue(
        run.err()
            .startsWith("forecast: --models: must be one of iid-lognormal,"
                + " ar1-monthly, split-normal, student-t, but was factor (it needs loadings or a"
                + " history"),
        run.err());
    assertNothingIn(dir);
  }

  @Test
  void compareModels_badSkewOrDfOrNoModels_exitTwo() throws IOException {
    CliRun skew = forecast(
        "compare-models",
        BASELINE.toString(),
        "--models",
        "split-normal",
        "--skew",
        "1",
        "--out",
        dir.resolve("cmp").toString());
    assertEquals(2, skew.status());
    assertTrue(
        skew.err().startsWith("forecast: --skew must be in (-1, 1), but was 1.0"), skew.err());
    CliRun df = forecast(
        "compare-models",
        BASELINE.toString(),
        "--models",
        "student-t",
        "--df",
        "2",
        "--out",
        dir.resolve("cmp").toString());
    assertEquals(2, df.status());
    assertTrue(df.err().startsWith("forecast: --df must be > 2"), df.err());
    CliRun none = forecast("compare-models", BASELINE.toString());
    assertEquals(2, none.status());
    assertTrue(none.err().contains("--models"), none.err());
    assertNothingIn(dir);
  }

  @Test
  void compareModels_ar1OnLatinHypercubeScenario_runsEveryModel() throws IOException {
    Path data = Path.of("../scenarios/data").toAbsolutePath().normalize();
    Path file = Files.writeString(dir.resolve("lhs.yaml"), """
        data:
          figures: %s/liudong-2022.csv
          targets: %s/liudong-2023-targets.csv
        simulation:
          year: 2023
          paths: 5000
          seed: 1
          sampling: latin-hypercube
        indicators:
          budget_revenue:
            model: iid-lognormal
            growth_pct: 3
            uncertainty_pct: 5
        """.formatted(data, data));
    Path out = dir.resolve("cmp");
    CliRun run = forecast(
        "compare-models",
        file.toString(),
        "--models",
        "iid-lognormal,ar1-monthly",
        "--out",
        out.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(Files.exists(out.resolve("compare.csv")));
  }

  @Test
  void help_statesTheDefaultSkewIsAnAssumption() {
    CliRun run = forecast("compare-models", "--help");
    assertEquals(0, run.status());
    String help = run.out().replaceAll("\\s+", " ");
    assertTrue(help.contains("Default -0.2: an assumption (a downside balance of risks)"), help);
  }

  private static void assertNothingIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(), files.toList());
    }
  }
}
