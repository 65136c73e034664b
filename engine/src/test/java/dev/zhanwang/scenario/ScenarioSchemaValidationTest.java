package dev.zhanwang.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks scenario files against {@code scenarios/scenario.schema.json} with a real JSON Schema
 * validator, reading YAML as the loader and the editor do (YAML 1.2 core schema). Each file is
 * checked on its own, as an editor sees it, without merging what it {@code extends}.
 */
class ScenarioSchemaValidationTest {
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_7,
          registry -> registry.schemaRegistryConfig(
              SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build()))
      .getSchema(ScenarioSchemaTest.ROOT);

  /** A complete file without {@code extends}: the shape of the baseline, one indicator. */
  static final String ROOT_FILE = """
      name: test
      data: {figures: figures.csv, targets: targets.csv}
      simulation: {year: 2023, paths: 1000, seed: 7}
      indicators:
        gdp:
          model: iid-lognormal
          growth_pct: 5
          uncertainty_pct: 2
      """;

  static Stream<Path> shippedScenarios() throws IOException {
    try (Stream<Path> files = Files.list(ShippedScenariosTest.SCENARIOS)) {
      List<Path> top =
          files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
      return Stream.concat(
          top.stream(), Stream.of(ShippedScenariosTest.SCENARIOS.resolve("bench/rw1.yaml")));
    }
  }

  @ParameterizedTest
  @MethodSource("shippedScenarios")
  void shippedScenario_againstTheSchema_isValid(Path file) throws IOException {
    assertEquals(List.of(), errors(Files.readString(file)), file.toString());
  }

  @ParameterizedTest
  @MethodSource("shippedScenarios")
  void shippedScenario_firstLine_pointsTheEditorAtTheSchema(Path file) throws IOException {
    String relative =
        file.getParent().relativize(ScenarioSchemaTest.SCHEMA).toString().replace('\\', '/');

    assertEquals(
        "# yaml-language-server: $schema=" + relative, Files.readAllLines(file).get(0));
  }

  @Test
  void schema_completeFile_isValid() {
    assertEquals(List.of(), errors(ROOT_FILE));
  }

  @Test
  void schema_unknownKey_isRejected() {
    assertEquals(
        List.of("/indicators/gdp additionalProperties growth"),
        errors(ROOT_FILE + "    growth: 5\n"));
  }

  @Test
  void schema_unknownModel_isRejected() {
    assertEquals(
        List.of("/indicators/gdp/model enum"),
        errors(ROOT_FILE.replace("iid-lognormal", "lognormal")));
  }

  @Test
  void schema_projectEventsAsAModel_isRejected() {
    assertEquals(
        List.of("/indicators/gdp/model enum"),
        errors(ROOT_FILE.replace("iid-lognormal", "project-events")));
  }

  @Test
  void schema_growthPctOutOfRange_isRejected() {
    assertEquals(
        List.of("/indicators/gdp/growth_pct maximum", "/indicators/gdp/growth_pct type"),
        errors(ROOT_FILE.replace("growth_pct: 5", "growth_pct: 5000")));
    assertEquals(
        List.of("/indicators/gdp/growth_pct exclusiveMinimum", "/indicators/gdp/growth_pct type"),
        errors(ROOT_FILE.replace("growth_pct: 5", "growth_pct: -100")));
  }

  @Test
  void schema_dfForIidLognormal_isRejected() {
    assertEquals(List.of("/indicators/gdp/df false"), errors(ROOT_FILE + "    df: 5\n"));
  }

  @Test
  void schema_percentTextAndThousandsSeparators_areAccepted() {
    String text = ROOT_FILE
        .replace("growth_pct: 5", "growth_pct: \"17%\"")
        .replace("uncertainty_pct: 2", "uncertainty_pct: 2.5%")
        .replace("paths: 1000", "paths: \"100,000\"");

    assertEquals(List.of(), errors(text));
    assertEquals(List.of(), errors(ROOT_FILE.replace("growth_pct: 5", "growth_pct: \"1,001.5\"")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"17 percent", "17%%", "1,00%", "%17"})
  void schema_growthPctTextNotAPercentage_isRejected(String text) {
    assertEquals(
        List.of("/indicators/gdp/growth_pct pattern", "/indicators/gdp/growth_pct type"),
        errors(ROOT_FILE.replace("growth_pct: 5", "growth_pct: \"" + text + "\"")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"liudong-2023-baseline", "柳东新区_2023.v2", "rw1"})
  void schema_nameOfLettersDigitsAndDashes_isAccepted(String name) {
    assertEquals(List.of(), errors(ROOT_FILE.replace("name: test", "name: \"" + name + "\"")));
  }

  @ParameterizedTest
  @ValueSource(strings = {".", "..", "with space", "a/b", "a\\\\b", ""})
  void schema_nameThatIsNoFolderName_isRejected(String name) {
    assertEquals(
        List.of("/name pattern"),
        errors(ROOT_FILE.replace("name: test", "name: \"" + name + "\"")));
  }

  @Test
  void schema_fileWithoutExtends_mustGiveDataSimulationIndicatorsAndModels() {
    assertEquals(
        List.of("/ required data", "/ required indicators", "/ required simulation"),
        errors("name: test\n"));
    assertEquals(
        List.of("/indicators/gdp required model"),
        errors(ROOT_FILE.replace("    model: iid-lognormal\n", "")));
  }

  @Test
  void schema_childFile_mayInheritDataSimulationAndModels() {
    String child = """
        extends: baseline.yaml
        indicators:
          gdp:
            growth_pct: 3
          budget_revenue:
            skew: -0.3
        correlation:
          matrix: [[1, 0.5], [0.5, 1]]
        """;

    assertEquals(List.of(), errors(child));
  }

  @Test
  void schema_studentTWithoutDf_isRejectedUnlessInherited() {
    String studentT = ROOT_FILE.replace("iid-lognormal", "student-t");

    assertEquals(List.of("/indicators/gdp required df"), errors(studentT));
    assertEquals(List.of(), errors(studentT + "    df: 5\n"));
    assertEquals(
        List.of(), errors("extends: baseline.yaml\nindicators: {gdp: {model: student-t}}\n"));
  }

  @Test
  void schema_fittedModelWithGrowthPct_isRejected() {
    String bootstrap = ROOT_FILE.replace("iid-lognormal", "bootstrap") + "history: h.csv\n";

    assertEquals(
        List.of("/indicators/gdp/growth_pct false", "/indicators/gdp/uncertainty_pct false"),
        errors(bootstrap));
    assertEquals(
        List.of(),
        errors(
            bootstrap.replace("    growth_pct: 5\n", "").replace("    uncertainty_pct: 2\n", "")));
  }

  @Test
  void schema_fittedModelWithoutHistory_isRejected() {
    String etsTrend = """
        data: {figures: figures.csv, targets: targets.csv}
        simulation: {year: 2023, paths: 1000, seed: 7}
        indicators:
          gdp: {model: ets-trend}
        """;

    assertEquals(List.of("/ required history"), errors(etsTrend));
    assertEquals(List.of(), errors(etsTrend + "history: h.csv\n"));
  }

  @Test
  void schema_sigmaWithUncertaintyPct_isRejected() {
    String ar1 = ROOT_FILE.replace("iid-lognormal", "ar1-monthly");

    assertEquals(List.of(), errors(ar1.replace("uncertainty_pct: 2", "sigma: 0.02")));
    assertEquals(List.of("/indicators/gdp/sigma false"), errors(ar1 + "    sigma: 0.02\n"));
  }

  @Test
  void schema_latinHypercubeWithAr1Monthly_isAccepted() {
    String ar1 = ROOT_FILE
        .replace("iid-lognormal", "ar1-monthly")
        .replace("seed: 7}", "seed: 7, sampling: latin-hypercube}");

    assertEquals(List.of(), errors(ar1));
    assertEquals(
        List.of("/simulation/sampling enum"), errors(ar1.replace("latin-hypercube", "sobol")));
  }

  @Test
  void schema_seasonalityOfElevenMonths_isRejected() {
    String eleven = "    seasonality: [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.05, 0.05]\n";

    assertEquals(
        List.of("/indicators/gdp/seasonality const", "/indicators/gdp/seasonality minItems"),
        errors(ROOT_FILE + eleven));
    assertEquals(List.of(), errors(ROOT_FILE + "    seasonality: flat\n"));
  }

  @Test
  void schema_eventWithBothMonthAndMonthShares_isRejected() {
    String event = """
        events:
          - indicator: gdp
            probability: 0.7
            month: 3
            size: 8
        """;

    assertEquals(List.of(), errors(ROOT_FILE + event));
    assertEquals(
        List.of("/events/0 oneOf"),
        errors(ROOT_FILE + event + "    month_shares: [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]\n"));
    assertEquals(
        List.of("/events/0/month maximum"),
        errors(ROOT_FILE + event.replace("month: 3", "month: 13")));
  }

  /**
   * Each error as its location (a JSON pointer, {@code /} for the top level), the schema keyword
   * that failed and, for a missing or unexpected key, the key.
   */
  static List<String> errors(String yaml) {
    Object document =
        new Load(LoadSettings.builder().setSchema(new CoreSchema()).build()).loadFromString(yaml);
    return SCHEMA.validate(JSON.valueToTree(document)).stream()
        .map(ScenarioSchemaValidationTest::describe)
        .sorted()
        .toList();
  }

  private static String describe(Error error) {
    String location = error.getInstanceLocation().toString();
    return (location.isEmpty() ? "/" : location) + " " + error.getKeyword()
        + (error.getProperty() == null ? "" : " " + error.getProperty());
  }
}
