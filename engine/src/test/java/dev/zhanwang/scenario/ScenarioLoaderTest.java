package dev.zhanwang.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhanwang.data.Baseline;
import dev.zhanwang.data.Figure;
import dev.zhanwang.data.Target;
import dev.zhanwang.input.InvalidInputException;
import dev.zhanwang.input.Problem;
import dev.zhanwang.model.Ar1Monthly;
import dev.zhanwang.model.GrowthPath;
import dev.zhanwang.model.IndicatorSpec;
import dev.zhanwang.model.SplitNormalModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLoaderTest {
  /** A small baseline built in code: three flows, a rate-only figure and three rate targets. */
  static final Baseline DATA = new Baseline(
      List.of(
          flow("gdp"),
          flow("industrial_output_total"),
          flow("budget_revenue"),
          new Figure(
              "industrial_va_benji",
              "本级规上工业增加值",
              "industrial_va_benji",
              "%",
              OptionalDouble.empty(),
              OptionalDouble.of(19.25),
              "test",
              "test")),
      List.of(rate("primary_va"), rate("secondary_va"), rate("tertiary_va")));

  static final String KNOWN = "gdp, industrial_output_total, budget_revenue, industrial_va_benji,"
      + " primary_va, secondary_va, tertiary_va";
  static final ScenarioLoader.DataReader READ_DATA = (figures, targets, warnings) -> DATA;

  /** Lines 1-7 of every fixture; indicators start on line 8. */
  static final String HEADER = """
      data:
        figures: data/figures.csv
        targets: data/targets.csv
      simulation:
        year: 2023
        paths: 1000
        seed: 7
      """;

  @TempDir
  Path dir;

  @BeforeEach
  void writeDataFiles() throws IOException {
    writeDataFiles("data");
  }

  @Test
  void isName_lettersDigitsDashUnderscoreDot_butNotDotsAlone() {
    for (String name : List.of("liudong-2023-baseline", "基线_v1.2", "x", "...", ".hidden")) {
      assertTrue(ScenarioLoader.isName(name), name);
    }
    for (String name : List.of(".", "..", "../x", "a/b", "a\\b", "/abs", "C:x", "a b", "")) {
      assertFalse(ScenarioLoader.isName(name), name);
    }
  }

  @Test
  void defaultName_fileNameWithOtherCharacters_runsOfThemBecomeOneDash() {
    assertEquals("baseline-副本", ScenarioLoader.defaultName(Path.of("baseline - 副本.yaml")));
    assertEquals("a--b", ScenarioLoader.defaultName(Path.of("a--b.yaml")));
    assertEquals("plan-2023-v2", ScenarioLoader.defaultName(Path.of("plan (2023) v2.yml")));
    assertEquals("x.y", ScenarioLoader.defaultName(Path.of("dir/x.y.yaml")));
    assertEquals("scenario", ScenarioLoader.defaultName(Path.of("..yaml")));
    assertEquals("scenario", ScenarioLoader.defaultName(Path.of(".yaml")));
  }

  @Test
  void load_nameThatIsAPath_reportedAtTheFieldWithTheRule() throws IOException {
    Path file = write("evil.yaml", HEADER + """
        name: ../victim
        indicators:
          gdp:
            model: iid-lognormal
            growth_pct: 5
            uncertainty_pct: 1
        """);
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> ScenarioLoader.load(file, READ_DATA));
    assertEquals(
        List.of(
            new Problem(
                file,
                8,
                7,
                "name",
                "must be a name of letters, digits, -,"
                    + " _ and . (not . or .. alone), as it names the output folder, but was ../victim")),
        e.problems());
  }

  @Test
  void load_validFile_buildsScenarioWithDefaults() throws IOException {
    Path file = write("base.yaml", HEADER + """
        indicators:
          industrial_output_total:
            model: ar1-monthly
            growth_pct: 18
            uncertainty_pct: 7
            assumption: battery plants ramp up
          secondary_va:
            model: split-normal
            growth_pct: 9
            uncertainty_pct: 2
            skew: -0.25
          tertiary_va:
            model: iid-lognormal
            growth_pct: 6
            uncertainty_pct: 2
        composites:
          gdp:
            weights: {secondary_va: 0.7, tertiary_va: 0.3}
        correlation:
          indicators: [industrial_output_total, secondary_va]
          matrix: [[1, 0.6], [0.6, 1]]
        """);

    Scenario scenario = ScenarioLoader.load(file, READ_DATA);

    assertEquals("base", scenario.name());
    assertEquals(List.of(file), scenario.chain());
    assertEquals(
        List.of(dir.resolve("data/figures.csv"), dir.resolve("data/targets.csv")),
        scenario.dataFiles());
    assertEquals(2023, scenario.year());
    assertEquals(RunSettings.of(1000, 7), scenario.settings());
    assertEquals(
        List.of("industrial_output_total", "secondary_va", "tertiary_va"),
        scenario.indicators().stream().map(IndicatorSpec::id).toList());
    IndicatorSpec output = scenario.indicator("industrial_output_total").orElseThrow();
    assertTrue(output.flow());
    assertEquals(new Ar1Monthly(0.5, OptionalDouble.empty()), output.model());
    assertEquals(OptionalDouble.of(7), output.uncertaintyPct());
    assertArrayEquals(IndicatorSpec.flatSeasonality(), output.seasonality());
    assertEquals(GrowthPath.YEAR_OVER_YEAR, output.growthPath());
    assertEquals("battery plants ramp up", output.assumption());
    IndicatorSpec secondary = scenario.indicator("secondary_va").orElseThrow();
    assertFalse(secondary.flow());
    assertEquals(new SplitNormalModel(-0.25), secondary.model());
    assertEquals(
        Map.of("secondary_va", 0.7, "tertiary_va", 0.3),
        scenario.composites().get(0).weights());
    assertEquals(0.6, scenario.correlation().between("secondary_va", "industrial_output_total"));
  }

  @Test
  void load_childOverridesOneField_keepsTheRestAndReadsDataRelativeToParent() throws IOException {
    Path parent = write("base/parent.yaml", """
        name: parent
        description: the parent
        data:
          figures: data/figures.csv
          targets: data/targets.csv
        simulation: {year: 2023, paths: 1000, seed: 7}
        indicators:
          industrial_output_total:
            model: ar1-monthly
            growth_pct: 18
            uncertainty_pct: 7
            phi: 0.3
            seasonality: [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.05]
          secondary_va:
            model: iid-lognormal
            growth_pct: 9
            uncertainty_pct: 2
        """);
    writeDataFiles("base/data");
    Path child = write("variants/child.yaml", """
        extends: ../base/parent.yaml
        simulation:
          seed: 8
        indicators:
          budget_revenue:
            model: iid-lognormal
            growth_pct: 3
            uncertainty_pct: 5
          industrial_output_total:
            growth_pct: 10
            seasonality: flat
        """);

    Scenario scenario = ScenarioLoader.load(child, READ_DATA);

    assertEquals("parent", scenario.name());
    assertEquals("the parent", scenario.description());
    assertEquals(List.of(child, parent), scenario.chain());
    assertEquals(dir.resolve("base/data/figures.csv"), scenario.dataFiles().get(0));
    assertEquals(2023, scenario.year());
    assertEquals(RunSettings.of(1000, 8), scenario.settings());
    assertEquals(
        List.of("industrial_output_total", "secondary_va", "budget_revenue"),
        scenario.indicators().stream().map(IndicatorSpec::id).toList());
    IndicatorSpec output = scenario.indicator("industrial_output_total").orElseThrow();
    assertEquals(10.0, output.growthPct());
    assertEquals(OptionalDouble.of(7), output.uncertaintyPct());
    assertEquals(new Ar1Monthly(0.3, OptionalDouble.empty()), output.model());
    assertArrayEquals(IndicatorSpec.flatSeasonality(), output.seasonality());
  }

  @Test
  void load_threeLevelChain_listsChainChildFirstAndDefaultsNameToChildFile() throws IOException {
    write("a.yaml", HEADER + """
        indicators:
          secondary_va: {model: iid-lognormal, growth_pct: 9, uncertainty_pct: 2}
        """);
    write("b.yaml", """
        extends: a.yaml
        indicators:
          secondary_va: {growth_pct: 8}
        """);
    Path c = write("c.yaml", """
        extends: b.yaml
        indicators:
          secondary_va: {uncertainty_pct: 3}
        """);

    Scenario scenario = ScenarioLoader.load(c, READ_DATA);

    assertEquals("c", scenario.name());
    assertEquals(List.of(c, dir.resolve("b.yaml"), dir.resolve("a.yaml")), scenario.chain());
    IndicatorSpec secondary = scenario.indicators().get(0);
    assertEquals(8.0, secondary.growthPct());
    assertEquals(OptionalDouble.of(3), secondary.uncertaintyPct());
  }

  @Test
  void load_problemInheritedFromParent_pointsIntoParentFile() throws IOException {
    Path parent = write("parent.yaml", HEADER + """
        indicators:
          secondary_va:
            model: iid-lognormal
            growth_pct: 9
            uncertainty_pct: -2
        """);
    Path child = write("child.yaml", """
        extends: parent.yaml
        indicators:
          secondary_va: {growth_pct: .inf}
        """);

    assertProblems(
        child,
        child + ":3:30 indicators.secondary_va.growth_pct: must be a finite number, but was .inf",
        parent + ":12:22 indicators.secondary_va.uncertainty_pct: must be in [0, 100], but was -2");
  }

  @Test
  void load_unknownIndicator_suggestsTheClosestKnownOne() throws IOException {
    Path file = write("s.yaml", HEADER + """
        indicators:
          gpd:
            model: iid-lognormal
            growth_pct: 8
            uncertainty_pct: 2
        """);

    assertProblems(
        file,
        file + ":9:3 indicators.gpd: must be a known indicator (did you mean"
            + " gdp?), but was gpd");
  }

  @Test
  void load_twoMistakesInOneFile_reportsBoth() throws IOException {
    Path file = write("s.yaml", HEADER + """
        indicators:
          budget_revenue:
            model: garch
            growth_pct: .nan
            uncertainty_pct: 5
        """);

    assertProblems(
        file,
        file + ":10:12 indicators.budget_revenue.model: must be one of iid-lognormal, ar1-monthly,"
            + " split-normal, student-t, factor, ets-trend, bootstrap, negative-binomial,"
            + " but was garch",
        file + ":11:17 indicators.budget_revenue.growth_pct: must be a finite number,"
            + " but was .nan");
  }

  @Test
  void load_badNumbers_reportsRuleAndValue() throws IOException {
    Path file = write("s.yaml", HEADER + """
        indicators:
          industrial_output_total:
            model: ar1-monthly
            growth_pct: -120
            sigma: -0.02
            phi: 1
          budget_revenue:
            model: split-normal
            growth_pct: ten
            uncertainty_pct: -2
            skew: -1
        """);

    assertProblems(
        file,
        file + ":11:17 indicators.industrial_output_total.growth_pct: must be in (-100, 1000],"
            + " but was -120",
        file + ":12:12 indicators.industrial_output_total.sigma: must be in [0, 0.3], but was"
            + " -0.02",
        file + ":13:10 indicators.industrial_output_total.phi: must be in (-1, 1), but was 1",
        file + ":16:17 indicators.budget_revenue.growth_pct: must be a number, but was ten",
        file + ":17:22 indicators.budget_revenue.uncertainty_pct: must be in [0, 100], but was -2",
        file + ":18:11 indicators.budget_revenue.skew: must be in (-1, 1), but was -1");
  }

  @Test
  void load_parametersOfTheOtherModel_areRejected() throws IOException {
    Path file = write("s.yaml", HEADER + """
        indicators:
          industrial_output_total:
            model: ar1-monthly
            growth_pct: 18
            uncertainty_pct: 7
            skew: 0.2
          budget_revenue:
            model: iid-lognormal
            growth_pct: 3
            sigma: 0.02
            phi: 0.5
        """);

    assertProblems(
        file,
        file + ":13:11 indicators.industrial_output_total.skew: must be absent unless model is"
            + " split-normal, but was 0.2",
        file + ":17:12 indicators.budget_revenue.sigma: must be absent unless model is ar1-monthly,"
            + " but was 0.02",
        file + ":18:10 indicators.budget_revenue.phi: must be absent unless model is ar1-monthly,"
            + " but was 0.5",
        file + ":14:3 indicators.budget_revenue.uncertainty_pct: must be given (or sigma, for"
            + " ar1-monthly), but is missing");
  }

  @Test
  void load_ar1OnARateOrSeasonalityOnACompoundPath_isRejected() throws IOException {
    Path file = write("s.yaml", HEADER + """
        indicators:
          secondary_va:
            model: ar1-monthly
            growth_pct: 9
            uncertainty_pct: 2
          budget_revenue:
            model: ar1-monthly
            growth_pct: 3
            sigma: 0.02
            growth_path: compound
            seasonality: flat
        """);

    assertProblems(
        file,
        file + ":10:12 indicators.secondary_va.model: must be a model a rate can take (not"
            + " ar1-monthly: the data has no 2022 level to grow month by month), but was"
            + " ar1-monthly",
        file + ":18:18 indicators.budget_revenue.seasonality: must be absent with growth_path"
            + " compound (that path has no seasonality), but was flat");
  }

  @Test
  void load_latinHypercubeWithAnAr1Indicator_isAccepted() throws IOException {
    Path file = write("s.yaml", HEADER + """
          sampling: latin-hypercube
        indicators:
          industrial_output_total:
            model: ar1-monthly
            growth_pct: 18
            uncertainty_pct: 7
        """);

    Scenario scenario = ScenarioLoader.load(file, READ_DATA);

    assertEquals(
        dev.zhanwang.model.Sampling.LATIN_HYPERCUBE, scenario.settings().sampling());
  }

  @Test
  void load_bothUncertaintyAndSigma_rejectsSigma() throws IOException {
    Path file = write("s.yaml", HEADER + """
        indicators:
          industrial_output_total:
            model: ar1-monthly
            growth_pct: 18
            uncertainty_pct: 7
            sigma: 0.02
        """);

    assertProblems(
        file,
        file + ":13:12 indicators.industrial_output_total.sigma: must be absent"
            + " when uncertainty_pct is given (exactly one of the two), but was 0.02");
  }

  @Test
  void load_badGrowthPathAndSeasonality_reportsEach() throws IOException {
    Path file = write("s.yaml", HEADER + """
        indicators:
          industrial_output_total:
            model: ar1-monthly
            growth_pct: 18
            uncertainty_pct: 7
            growth_path: linear
            seasonality: [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]
          budget_revenue:
            model: ar1-monthly
            growth_pct: 3
            uncertainty_pct: 5
            seasonality: [0.2, -0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]
          gdp:
            model: ar1-monthly
            growth_pct: 3
            uncertainty_pct: 5
            seasonality: [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]
          secondary_va:
            model: iid-lognormal
            growth_pct: 9
            uncertainty_pct: 2
            seasonality: flat
            growth_path: compound
        """);

    assertProblems(
        file,
        file + ":14:5 indicators.industrial_output_total.seasonality: must have 12 monthly shares,"
            + " but had 11",
        file + ":13:18 indicators.industrial_output_total.growth_path: must be one of"
            + " year-over-year, compound, but was linear",
        file + ":19:24 indicators.budget_revenue.seasonality[1]: must be >= 0, but was -0.1",
        file + ":24:5 indicators.gdp.seasonality: must sum to 1 (within 1.0E-6), but summed to 1.2",
        file + ":29:18 indicators.secondary_va.seasonality: must be absent for a rate indicator"
            + " (the data has no 2022 level), but was flat",
        file + ":30:18 indicators.secondary_va.growth_path: must be absent for a rate indicator"
            + " (the data has no 2022 level), but was compound");
  }

  @Test
  void load_seasonalityNeitherFlatNorList_saysWhatIsAllowed() throws IOException {
    Path file = write("s.yaml", HEADER + """
        indicators:
          industrial_output_total:
            model: ar1-monthly
            growth_pct: 18
            uncertainty_pct: 7
            seasonality: {january: 0.1}
          budget_revenue:
            model: ar1-monthly
            growth_pct: 3
            uncertainty_pct: 5
            seasonality: december
        """);

    assertProblems(
        file,
        file + ":13:5 indicators.industrial_output_total.seasonality: must be flat or a list of 12"
            + " monthly shares, but was a mapping",
        file + ":18:18 indicators.budget_revenue.seasonality: must be flat or a list of 12"
            + " monthly shares, but was december");
  }

  @Test
  void load_badComposite_reportsUnknownDeclaredAndSum() throws IOException {
    Path file = write("s.yaml", HEADER + """
        indicators:
          industrial_output_total: {model: ar1-monthly, growth_pct: 18, uncertainty_pct: 7}
          secondary_va: {model: iid-lognormal, growth_pct: 9, uncertainty_pct: 2}
          tertiary_va: {model: iid-lognormal, growth_pct: 6, uncertainty_pct: 2}
        composites:
          gdp:
            weights: {secondary_va: 0.6, tertiary_va: 0.3, primary_va: 0.1}
          industrial_output_total:
            weights: {secondary_va: 0.6, tertiary_va: 0.3}
          gross_output:
            weights: {industrial_output_total: 1}
        """);

    String rates = "secondary_va, tertiary_va";
    assertProblems(
        file,
        file + ":14:52 composites.gdp.weights.primary_va: must be a declared rate indicator"
            + " (one of " + rates + "), but was primary_va",
        file + ":15:3 composites.industrial_output_total: must not also be declared under"
            + " indicators, but industrial_output_total is",
        file + ":16:5 composites.industrial_output_total.weights: must sum to 1 (within 1.0E-6),"
            + " but summed to 0.9",
        file + ":17:3 composites.gross_output: must be a known indicator (one of " + KNOWN
            + "), but was gross_output",
        file + ":18:15 composites.gross_output.weights.industrial_output_total: must be a declared"
            + " rate indicator (one of " + rates + "), but was industrial_output_total");
  }

  @Test
  void load_badCorrelationIndicators_reportsUndeclaredAndRepeated() throws IOException {
    Path file = write("s.yaml", HEADER + correlated("""
          indicators: [industrial_output_total, budget_revenue, industrial_output_total]
          matrix: [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
        """));

    assertProblems(
        file,
        file + ":12:41 correlation.indicators[1]: must be a declared indicator (one of"
            + " industrial_output_total, secondary_va), but was budget_revenue",
        file + ":12:57 correlation.indicators[2]: must be unique, but was industrial_output_total"
            + " again (also at [0])");
  }

  @Test
  void load_correlationMatrixWrongSize_reportsRowsAndEntries() throws IOException {
    Path tooFew = write("rows.yaml", HEADER + correlated("""
          indicators: [industrial_output_total, secondary_va]
          matrix: [[1, 0.5]]
        """));
    Path ragged = write("ragged.yaml", HEADER + correlated("""
          indicators: [industrial_output_total, secondary_va]
          matrix:
            - [1, 0.5]
            - [0.5]
        """));

    assertProblems(
        tooFew,
        tooFew + ":13:3 correlation.matrix: must have 2 rows (one per listed"
            + " indicator), but had 1");
    assertProblems(
        ragged,
        ragged + ":15:7 correlation.matrix[1]: must have 2 entries (one per"
            + " listed indicator), but had 1");
  }

  @Test
  void load_correlationEntriesOutOfRangeOrOffDiagonal_reportsEachEntry() throws IOException {
    Path file = write("s.yaml", HEADER + correlated("""
          indicators: [industrial_output_total, secondary_va]
          matrix:
            - [1, 1.5]
            - [0.5, 0.9]
        """));

    assertProblems(
        file,
        file + ":14:11 correlation.matrix[0][1]: must be in [-1, 1], but was 1.5",
        file + ":15:13 correlation.matrix[1][1]: must be 1 on the diagonal, but was 0.9");
  }

  @Test
  void load_asymmetricCorrelation_namesFirstOffendingPair() throws IOException {
    Path file = write("s.yaml", HEADER + correlated("""
          indicators: [industrial_output_total, secondary_va]
          matrix:
            - [1, 0.8]
            - [0.7, 1]
        """));

    assertProblems(
        file,
        file + ":14:11 correlation.matrix[0][1]: must equal [1][0] (symmetric),"
            + " but [0][1] was 0.8 and [1][0] was 0.7");
  }

  @Test
  void load_correlationNotPositiveSemiDefinite_statesSmallestEigenvalue() throws IOException {
    Path file = write("s.yaml", HEADER + """
        indicators:
          industrial_output_total: {model: ar1-monthly, growth_pct: 18, uncertainty_pct: 7}
          budget_revenue: {model: ar1-monthly, growth_pct: 3, uncertainty_pct: 5}
          secondary_va: {model: iid-lognormal, growth_pct: 9, uncertainty_pct: 2}
        correlation:
          indicators: [industrial_output_total, budget_revenue, secondary_va]
          matrix:
            - [1, 0.9, 0.9]
            - [0.9, 1, -0.9]
            - [0.9, -0.9, 1]
        """);

    // Eigenvalues of this matrix are 1.9, 1.9 and -0.8.
    assertProblems(
        file,
        file + ":14:3 correlation.matrix: must be positive semi-definite, but its"
            + " smallest eigenvalue was -0.8; the nearest valid matrix (Higham) changes"
            + " industrial_output_total~secondary_va most, 0.9 -> 0.500 (largest change 0.400);"
            + " run with --repair-correlation to use it");
  }

  @Test
  void load_missingDataFile_reportsResolvedPathAtItsKey() throws IOException {
    Path file = write("s.yaml", HEADER.replace("data/targets.csv", "data/missing.csv") + """
        indicators:
          secondary_va: {model: iid-lognormal, growth_pct: 9, uncertainty_pct: 2}
        """);

    assertProblems(
        file,
        file + ":3:12 data.targets: must name a readable file, but "
            + dir.resolve("data/missing.csv") + " does not exist");
  }

  @Test
  void load_missingScenarioFile_reportsTheFile() {
    Path file = dir.resolve("nowhere.yaml");

    assertProblems(file, file + ": must be a readable scenario file, but it does not exist");
  }

  @Test
  void load_missingParent_reportsResolvedPathAtExtends() throws IOException {
    Path file = write("child.yaml", "extends: parent.yaml\n");

    assertProblems(
        file,
        file + ":1:10 extends: must name a readable file, but " + dir.resolve("parent.yaml")
            + " does not exist");
  }

  @Test
  void load_extendsCycle_showsTheCycle() throws IOException {
    Path a = write("a.yaml", "extends: b.yaml\n" + HEADER);
    Path b = write("b.yaml", "extends: a.yaml\n");

    assertProblems(
        a, b + ":1:10 extends: must not form a cycle, but was " + a + " -> " + b + " -> " + a);
  }

  @Test
  void load_extendsItself_showsTheCycle() throws IOException {
    Path a = write("a.yaml", "extends: ./a.yaml\n" + HEADER);

    assertProblems(a, a + ":1:10 extends: must not form a cycle, but was " + a + " -> " + a);
  }

  @Test
  void load_yamlSyntaxError_reportsMarkWithoutStackTrace() throws IOException {
    Path file = write("s.yaml", HEADER + """
        indicators:
          secondary_va: {model: iid-lognormal, growth_pct: 9
        """);

    assertProblems(
        file,
        file + ":10:1: must be valid YAML: while parsing a flow mapping,"
            + " expected ',' or '}', but got <stream end>");
  }

  @Test
  void load_aliasContainingItself_isAProblemNotAStackOverflow() throws IOException {
    Path file = write("s.yaml", "indicators: &loop\n  again: *loop\n");

    assertProblems(file, file + ":1:13: must not contain itself through an alias, but does");
  }

  @Test
  void load_missingSectionsAndUnknownKeys_listsAllowedKeys() throws IOException {
    Path file = write("s.yaml", """
        name: broken
        simulaton:
          year: 2023
        indicators: {}
        """);

    assertProblems(
        file,
        file + ":2:1 simulaton: must be a known key (did you mean simulation?), but was simulaton",
        file + ":1:1 data: must be given, but is missing",
        file + ":1:1 simulation: must be given, but is missing",
        file + ":4:1 indicators: must declare at least one indicator, but was empty");
  }

  @Test
  void load_wrongScalarTypes_areProblems() throws IOException {
    Path file = write("s.yaml", HEADER.replace("paths: 1000", "paths: 1e3.5") + """
        description: 12
        indicators:
          secondary_va:
            model: 5
            growth_pct: [9]
            uncertainty_pct: 2
            assumption: true
        """);

    assertProblems(
        file,
        file + ":8:14 description: must be text, but was 12",
        file + ":6:10 simulation.paths: must be a whole number, but was 1e3.5",
        file + ":11:12 indicators.secondary_va.model: must be text, but was 5",
        file + ":12:5 indicators.secondary_va.growth_pct: must be a number, but was a list",
        file + ":14:17 indicators.secondary_va.assumption: must be text, but was true");
  }

  @Test
  void load_repeatedKey_isAProblem() throws IOException {
    Path file = write("s.yaml", HEADER + """
        indicators:
          secondary_va: {model: iid-lognormal, growth_pct: 9, uncertainty_pct: 2}
          secondary_va: {model: iid-lognormal, growth_pct: 8, uncertainty_pct: 2}
        """);

    assertProblems(
        file,
        file + ":10:3 indicators.secondary_va: must be written once per mapping,"
            + " but was repeated (first at line 9)");
  }

  @Test
  void load_dataProblems_areReportedWithTheScenarios() throws IOException {
    Path figures = dir.resolve("data/figures.csv");
    Problem dataProblem = new Problem(figures, 3, 5, "value", "must be a number, but was abc");
    Path file = write("s.yaml", HEADER + """
        indicators:
          secondary_va: {model: iid-lognormal, growth_pct: 9, uncertainty_pct: -1}
        """);

    InvalidInputException e = assertThrows(
        InvalidInputException.class,
        () -> ScenarioLoader.load(file, (f, t, w) -> {
          throw new InvalidInputException(dataProblem);
        }));

    assertEquals(
        List.of(
            figures + ":3:5 value: must be a number, but was abc",
            file
                + ":9:72 indicators.secondary_va.uncertainty_pct: must be in [0, 100], but was -1"),
        e.problems().stream().map(Problem::toString).toList());
  }

  /** Indicators industrial_output_total and secondary_va (lines 8-10), then a correlation block. */
  private static String correlated(String body) {
    return """
        indicators:
          industrial_output_total: {model: ar1-monthly, growth_pct: 18, uncertainty_pct: 7}
          secondary_va: {model: iid-lognormal, growth_pct: 9, uncertainty_pct: 2}
        correlation:
        """ + body;
  }

  private void assertProblems(Path file, String... expected) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> ScenarioLoader.load(file, READ_DATA));
    assertEquals(List.of(expected), e.problems().stream().map(Problem::toString).toList());
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  /** Empty CSVs: the loader checks they exist, {@link #READ_DATA} ignores them. */
  private void writeDataFiles(String folder) throws IOException {
    Files.createDirectories(dir.resolve(folder));
    Files.writeString(dir.resolve(folder).resolve("figures.csv"), "");
    Files.writeString(dir.resolve(folder).resolve("targets.csv"), "");
  }

  private static Figure flow(String id) {
    return new Figure(
        id, id, id, "亿元", OptionalDouble.of(100), OptionalDouble.empty(), "test", "test");
  }

  private static Target rate(String indicator) {
    return new Target(
        indicator + "_growth",
        indicator,
        indicator,
        indicator,
        "%",
        OptionalDouble.empty(),
        OptionalDouble.of(7),
        "test",
        "test");
  }
}
