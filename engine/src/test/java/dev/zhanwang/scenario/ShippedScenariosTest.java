package dev.zhanwang.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhanwang.data.Baseline;
import dev.zhanwang.data.Figure;
import dev.zhanwang.data.Target;
import dev.zhanwang.model.IndicatorSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The scenarios shipped in {@code scenarios/} (tests run in {@code engine/}). */
class ShippedScenariosTest {
  static final Path SCENARIOS = Path.of("..", "scenarios");
  static final String BASELINE = "liudong-2023-baseline.yaml";

  /** The counts among them, in a count's unit. */
  private static final List<String> COUNTS = List.of(
      "signed_projects",
      "major_projects_benji_starts",
      "major_projects_benji_completions",
      "new_above_scale_industrial_enterprises",
      "new_above_scale_service_enterprises",
      "new_high_tech_enterprises",
      "major_st_transformations");

  /**
   * The indicators the shipped scenarios use, as the data files name them: flows with a 2022
   * level (counts in a count's unit), a rate-only figure and rates that only targets name.
   */
  static final Baseline IDS_OF_THE_DATA = new Baseline(
      Stream.concat(
              Stream.of(
                  "gdp",
                  "industrial_output_total",
                  "industrial_output_benji",
                  "fixed_asset_investment",
                  "budget_revenue",
                  "fdi_actual",
                  "vehicle_output",
                  "nev_output",
                  "industrial_investment",
                  "investment_funds_in_place",
                  "standard_factory_area_new",
                  "land_supply",
                  "demolition_area",
                  "major_projects_benji_investment",
                  "construction_land_new"),
              COUNTS.stream())
          .map(id -> new Figure(
              id,
              id,
              id,
              COUNTS.contains(id) ? "家" : "unit",
              OptionalDouble.of(100),
              OptionalDouble.empty(),
              "test",
              "test"))
          .toList(),
      Stream.of("primary_va", "secondary_va", "tertiary_va", "industrial_va")
          .map(id -> new Target(
              id + "_growth",
              id,
              id,
              id,
              "%",
              OptionalDouble.empty(),
              OptionalDouble.of(7),
              "test",
              "test"))
          .toList());

  @TempDir
  Path dir;

  /** Copies the shipped scenarios next to empty data files, to read with the ids in code. */
  @BeforeEach
  void copyShippedScenarios() throws IOException {
    try (Stream<Path> files = Files.list(SCENARIOS)) {
      for (Path yaml : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        Files.copy(yaml, dir.resolve(yaml.getFileName()));
      }
    }
    Files.createDirectories(dir.resolve("data"));
    Files.writeString(dir.resolve("data/liudong-2022.csv"), "");
    Files.writeString(dir.resolve("data/liudong-2023-targets.csv"), "");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        BASELINE,
        "liudong-2023-optimistic.yaml",
        "liudong-2023-pessimistic.yaml",
        "liudong-2023-auto-downturn.yaml"
      })
  void shippedScenario_withTheDataIdsBuiltInCode_isValid(String name) {
    Scenario scenario = loadCopy(name);

    assertEquals(name.replace(".yaml", ""), scenario.name());
    assertEquals(23, scenario.indicators().size());
    assertEquals(
        List.of("gdp"), scenario.composites().stream().map(CompositeSpec::id).toList());
    assertEquals(8, scenario.correlation().indicators().size());
    assertEquals(2023, scenario.year());
    assertEquals(RunSettings.of(100_000, 20230203), scenario.settings());
  }

  @Test
  void autoDownturn_overridesSomeFields_raisesAutoCorrelationsAndKeepsTheRest() {
    Scenario baseline = loadCopy(BASELINE);
    Scenario downturn = loadCopy("liudong-2023-auto-downturn.yaml");

    assertTrue(downturn.correlation().between("vehicle_output", "nev_output")
        > baseline.correlation().between("vehicle_output", "nev_output"));
    IndicatorSpec investment = downturn.indicator("fixed_asset_investment").orElseThrow();
    IndicatorSpec inherited = baseline.indicator("fixed_asset_investment").orElseThrow();
    assertEquals(0.0, investment.growthPct());
    assertEquals(inherited.uncertaintyPct(), investment.uncertaintyPct());
    assertArrayEquals(inherited.seasonality(), investment.seasonality());
    assertEquals(baseline.composites(), downturn.composites());
    assertEquals(dir.resolve("data/liudong-2022.csv"), downturn.dataFiles().get(0));
  }

  /**
   * The shipped scenarios with the shipped data and the real {@code DataLoader}: passes once the
   * data files and loader are in place.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        BASELINE,
        "liudong-2023-optimistic.yaml",
        "liudong-2023-pessimistic.yaml",
        "liudong-2023-auto-downturn.yaml"
      })
  void shippedScenario_withTheShippedData_loads(String name) {
    Scenario scenario = ScenarioLoader.load(SCENARIOS.resolve(name));

    assertEquals(23, scenario.indicators().size());
    assertTrue(scenario.indicator("industrial_output_total").orElseThrow().flow());
    assertFalse(scenario.indicator("secondary_va").orElseThrow().flow());
  }

  private Scenario loadCopy(String name) {
    return ScenarioLoader.load(dir.resolve(name), (figures, targets, warnings) -> IDS_OF_THE_DATA);
  }
}
