package dev.zhanwang.scenario;

import static dev.zhanwang.scenario.ScenarioLoaderTest.HEADER;
import static dev.zhanwang.scenario.ScenarioLoaderTest.READ_DATA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zhanwang.input.InvalidInputException;
import dev.zhanwang.input.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class JointReaderTest {
  /** Lines 8-13 of every fixture: one indicator; {@code joint:} starts on line 14. */
  private static final String INDICATORS = """
      indicators:
        gdp:
          model: iid-lognormal
          growth_pct: 8
          uncertainty_pct: 2
        secondary_va: {model: iid-lognormal, growth_pct: 8, uncertainty_pct: 3}
      """;

  @TempDir
  Path dir;

  @BeforeEach
  void writeDataFiles() throws IOException {
    Files.createDirectories(dir.resolve("data"));
    Files.writeString(dir.resolve("data/figures.csv"), "");
    Files.writeString(dir.resolve("data/targets.csv"), "");
  }

  @Test
  void load_noJointSection_firstStatementOfEveryGroup() throws IOException {
    Scenario scenario = ScenarioLoader.load(write(HEADER + INDICATORS), READ_DATA);

    assertEquals(JointRules.DEFAULT, scenario.joint());
    assertEquals(JointRule.FIRST, scenario.joint().ruleFor("secondary_va"));
  }

  @Test
  void load_ruleAndOneGroupsOwn_readAsWritten() throws IOException {
    Scenario scenario = ScenarioLoader.load(write(HEADER + INDICATORS + """
            joint:
              rule: all
              groups:
                secondary_va: any
            """), READ_DATA);

    assertEquals(
        new JointRules(JointRule.ALL, Map.of("secondary_va", JointRule.ANY)), scenario.joint());
    assertEquals(JointRule.ALL, scenario.joint().ruleFor("primary_va"));
    assertEquals(JointRule.ANY, scenario.joint().ruleFor("secondary_va"));
  }

  @Test
  void load_unknownRule_namedAtItsLineAndColumnWithTheChoices() throws IOException {
    Path file = write(HEADER + INDICATORS + """
        joint:
          rule: both
        """);

    assertProblems(
        file, file + ":15:9 joint.rule: must be one of first, last, all, any, but was both");
  }

  @Test
  void load_groupThatNoTargetIsOn_suggestsTheClosest() throws IOException {
    Path file = write(HEADER + INDICATORS + """
        joint:
          groups:
            secondry_va: last
            tertiary_va: every
        """);

    assertProblems(
        file,
        file + ":16:5 joint.groups.secondry_va: must be the indicator of a target group (did you"
            + " mean secondary_va?), but was secondry_va",
        file + ":17:18 joint.groups.tertiary_va: must be one of first, last, all, any, but was"
            + " every");
  }

  @Test
  void load_unknownKey_suggestsTheClosest() throws IOException {
    Path file = write(HEADER + INDICATORS + """
        joint:
          rules: all
        """);

    assertProblems(
        file, file + ":15:3 joint.rules: must be a known key (did you mean rule?), but was rules");
  }

  @Test
  void schema_ruleChoices_areTheLoaders() {
    List<String> labels =
        Arrays.stream(JointRule.values()).map(JointRule::label).toList();
    JsonNode joint = ScenarioSchemaTest.section("joint");

    assertEquals(labels, strings(joint.at("/properties/rule/enum")));
    assertEquals(labels, strings(joint.at("/properties/groups/additionalProperties/enum")));
  }

  private static List<String> strings(JsonNode array) {
    List<String> strings = new ArrayList<>();
    array.forEach(item -> strings.add(item.asString()));
    return strings;
  }

  private void assertProblems(Path file, String... expected) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> ScenarioLoader.load(file, READ_DATA));
    assertEquals(List.of(expected), e.problems().stream().map(Problem::toString).toList());
  }

  private Path write(String text) throws IOException {
    return Files.writeString(dir.resolve("s.yaml"), text);
  }
}
