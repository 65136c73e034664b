package dev.zhanwang.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhanwang.audit.Audit;
import dev.zhanwang.forecast.Forecast;
import dev.zhanwang.forecast.JointOutcome;
import dev.zhanwang.forecast.TargetOutcome;
import dev.zhanwang.scenario.JointRule;
import dev.zhanwang.sim.GroupCounts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JointCsvTest {
  @TempDir
  Path dir;

  private final List<String> log = new ArrayList<>();

  /**
   * The sample's GDP stated twice (level and growth: one group, its level counted) and industry
   * once, never met: all met is a count of zero of 100,000 paths.
   */
  private static Forecast forecast() {
    Forecast sample = TestForecasts.sample();
    List<TargetOutcome> outcomes = sample.outcomes();
    JointOutcome joint = new JointOutcome(
        JointRule.FIRST,
        List.of(
            new JointOutcome.Group(
                "gdp", JointRule.FIRST, outcomes.subList(0, 2), outcomes.subList(0, 1), 40_000),
            new JointOutcome.Group(
                "industrial_output",
                JointRule.FIRST,
                outcomes.subList(2, 3),
                outcomes.subList(2, 3),
                0)),
        100_000,
        new GroupCounts(new long[] {40_000, 0}, new long[] {60_000, 40_000, 0}, new long[] {0}));
    return new Forecast(
        sample.scenarioName(),
        sample.description(),
        sample.year(),
        sample.paths(),
        sample.seed(),
        sample.fans(),
        outcomes,
        sample.notForecast(),
        0.0,
        0.0,
        sample.assumptions(),
        joint,
        Optional.empty());
  }

  private List<List<String>> rows() throws IOException {
    new JointCsv(log::add).write(forecast(), TestForecasts.run(Path.of("s.yaml")), dir);
    String text = Files.readString(dir.resolve("joint.csv"), StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFF"));
    List<List<String>> rows = new ArrayList<>();
    for (String line : text.substring(1).split("\r\n")) {
      rows.add(List.of(line.split(",", -1)));
    }
    return rows;
  }

  private static List<String> row(List<List<String>> rows, String measure, String k) {
    int m = JointCsv.HEADER.indexOf("measure");
    int kc = JointCsv.HEADER.indexOf("k");
    return rows.stream()
        .filter(r -> r.get(m).equals(measure) && r.get(kc).equals(k))
        .findFirst()
        .orElseThrow();
  }

  private static String cell(List<String> row, String column) {
    return row.get(JointCsv.HEADER.indexOf(column));
  }

  @Test
  void write_zeroCount_numbersStayNumbersAndTextIsTheBound() throws IOException {
    List<String> all = row(rows(), "all_met", "2");

    assertEquals("0", cell(all, "value"));
    assertEquals("0", cell(all, "count"));
    assertEquals("100000", cell(all, "paths"));
    assertEquals("< 0.003%", cell(all, "text"));
  }

  @Test
  void write_everyK_atLeastAndExactlyFromTheCounts() throws IOException {
    List<List<String>> rows = rows();

    assertEquals("0.4", cell(row(rows, "at_least", "1"), "value"));
    assertEquals("40.0% ± 0.15", cell(row(rows, "at_least", "1"), "text"));
    assertEquals("0.6", cell(row(rows, "exactly", "0"), "value"));
    assertEquals("0.4", cell(row(rows, "exactly", "1"), "value"));
    assertEquals("0.4", cell(row(rows, "expected_count", ""), "value"));
    assertEquals("0.400 ± 0.0015", cell(row(rows, "expected_count", ""), "text"));
    assertEquals(JointCsv.HEADER, rows.get(0));
  }

  @Test
  void write_groupStatedTwice_noteNamesTheRuleWhatCountsAndEveryStatement() throws IOException {
    List<String> gdp = row(rows(), "group_met", "");

    assertEquals("gdp", cell(gdp, "group"));
    assertEquals(
        "rule first: counts gdp level 345 亿元; statements: gdp level 345 亿元 and gdp growth 7.5%",
        cell(gdp, "note"));
  }

  @Test
  void write_pairWithANeverMetGroup_conditionalOnItIsEmptyNotZero() throws IOException {
    List<List<String>> rows = rows();
    int measure = JointCsv.HEADER.indexOf("measure");
    List<List<String>> conditional =
        rows.stream().filter(r -> r.get(measure).equals("conditional")).toList();

    assertEquals(2, conditional.size());
    List<String> givenNever = conditional.stream()
        .filter(r -> cell(r, "given").equals("industrial_output"))
        .findFirst()
        .orElseThrow();
    assertEquals("", cell(givenNever, "value"));
    assertEquals("industrial_output never met: no condition to compare", cell(givenNever, "note"));
  }

  @Test
  void manifest_jointSection_ruleGroupsAtLeastAndExpectedCount() throws IOException {
    new Manifest(log::add, List.of(), Audit.empty("base"))
        .write(forecast(), TestForecasts.run(Path.of("s.yaml")), dir);
    Map<?, ?> json = (Map<?, ?>)
        JsonParser.parse(Files.readString(dir.resolve("manifest.json"), StandardCharsets.UTF_8));
    Map<?, ?> joint = (Map<?, ?>) json.get("joint");

    assertEquals("first", joint.get("rule"));
    assertEquals("< 0.003%", ((Map<?, ?>) joint.get("all_met")).get("text"));
    List<?> atLeast = (List<?>) joint.get("at_least");
    assertEquals(2, atLeast.size());
    assertEquals("40.0% ± 0.15", ((Map<?, ?>) atLeast.get(1)).get("text"));
    assertEquals("0.400 ± 0.0015", ((Map<?, ?>) joint.get("expected_count")).get("text"));
    assertEquals(
        List.of("gdp level 345 亿元"),
        ((Map<?, ?>) ((List<?>) joint.get("groups")).get(0)).get("counted"));
    assertEquals("< 0.003%", json.get("probability_all_met_text"));
  }
}
