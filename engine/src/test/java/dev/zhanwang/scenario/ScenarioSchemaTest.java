package dev.zhanwang.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhanwang.model.GrowthModel;
import dev.zhanwang.model.GrowthPath;
import dev.zhanwang.model.Labelled;
import dev.zhanwang.model.Sampling;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps {@code scenarios/scenario.schema.json} in step with {@link ScenarioLoader}: every key the
 * loader accepts has a described schema entry and every schema entry is a key the loader accepts,
 * section by section, and the schema's closed sets are the engine's labels.
 */
class ScenarioSchemaTest {
  static final Path SCHEMA = ShippedScenariosTest.SCENARIOS.resolve("scenario.schema.json");
  static final JsonNode ROOT = JsonMapper.builder().build().readTree(SCHEMA.toFile());

  static Stream<String> sections() {
    return new TreeSet<>(ScenarioLoader.keysBySection().keySet()).stream();
  }

  @ParameterizedTest
  @MethodSource("sections")
  void schema_loaderSection_describesExactlyTheKeysTheLoaderAccepts(String section) {
    List<String> loaderKeys = ScenarioLoader.keysBySection().get(section);
    JsonNode schema = section(section);
    Set<String> schemaKeys = new LinkedHashSet<>(schema.get("properties").propertyNames());
    String where = section.isEmpty() ? "the top level" : section;

    List<String> undescribed =
        loaderKeys.stream().filter(k -> !schemaKeys.contains(k)).toList();
    List<String> unknown =
        schemaKeys.stream().filter(k -> !loaderKeys.contains(k)).toList();

    assertTrue(
        undescribed.isEmpty(),
        "ScenarioLoader accepts " + undescribed + " at " + where + ", but " + SCHEMA
            + " has no entry for it: add one with a description");
    assertTrue(
        unknown.isEmpty(),
        SCHEMA + " describes " + unknown + " at " + where
            + ", but ScenarioLoader rejects it: remove it from the schema");
    assertEquals(
        false,
        schema.path("additionalProperties").asBoolean(true),
        where + " must say additionalProperties: false, as the loader rejects unknown keys there");
    for (String key : schemaKeys) {
      assertTrue(
          resolve(schema.get("properties").get(key)).path("description").isString(),
          where + "." + key + " needs a description (shown on hover)");
    }
  }

  @Test
  void schema_modelEnum_isEveryModelAScenarioSimulates() {
    List<String> simulated =
        Arrays.stream(GrowthModel.values()).map(GrowthModel::label).toList();

    assertEquals(simulated, strings(section("indicators.*").at("/properties/model/enum")));
  }

  @Test
  void schema_growthPathAndSamplingEnums_areTheirLabels() {
    assertEquals(
        labels(GrowthPath.values()),
        strings(section("indicators.*").at("/properties/growth_path/enum")));
    assertEquals(
        labels(Sampling.values()), strings(section("simulation").at("/properties/sampling/enum")));
  }

  @Test
  void schema_pathsMaximum_isTheKernelsMaximum() {
    JsonNode integer = section("simulation").at("/properties/paths/anyOf/0");

    assertEquals("integer", integer.get("type").asString());
    assertEquals(RunSettings.MAX_PATHS, integer.get("maximum").asLong());
  }

  /**
   * The schema of a section named as {@link ScenarioLoader#keysBySection()} names it:
   * {@code indicators.*} is any value of {@code indicators}, {@code events[]} any item.
   */
  static JsonNode section(String section) {
    JsonNode node = ROOT;
    for (String part : section.isEmpty() ? new String[0] : section.split("\\.")) {
      node = part.equals("*")
          ? resolve(node.get("additionalProperties"))
          : part.endsWith("[]")
              ? resolve(
                  resolve(node.get("properties").get(part.replace("[]", ""))).get("items"))
              : resolve(node.get("properties").get(part));
    }
    return node;
  }

  /** Follows a local {@code $ref} ({@code #/definitions/indicator}). */
  static JsonNode resolve(JsonNode node) {
    JsonNode ref = node.get("$ref");
    return ref == null ? node : resolve(ROOT.at(ref.asString().substring(1)));
  }

  private static List<String> strings(JsonNode array) {
    List<String> strings = new ArrayList<>();
    array.forEach(item -> strings.add(item.asString()));
    return strings;
  }

  private static List<String> labels(Labelled[] values) {
    return Arrays.stream(values).map(Labelled::label).toList();
  }
}
