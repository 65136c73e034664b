package dev.zhanwang.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
  @TempDir
  Path dir;

  private final List<String> log = new ArrayList<>();

  @Test
  void write_sample_validJsonWithSeedAndSha256() throws IOException {
    Map<?, ?> json = write(Path.of("scenarios/base.yaml"));
    assertEquals(new BigDecimal(20230203), json.get("seed"));
    assertEquals(new BigDecimal(100000), json.get("paths"));
    assertEquals(new BigDecimal(4), json.get("threads"));
    Map<?, ?> scenario = (Map<?, ?>) ((List<?>) json.get("scenario_files")).get(0);
    assertEquals("scenarios/base.yaml", scenario.get("path"));
    assertEquals(TestForecasts.SEED_SHA, scenario.get("sha256"));
    assertEquals(
        "ab".repeat(32), ((Map<?, ?>) ((List<?>) json.get("data_files")).get(0)).get("sha256"));
    assertEquals(List.of("forecast", "run", "scenarios/base.yaml"), json.get("command_line"));
    assertEquals(new BigDecimal("0.1234"), json.get("probability_all_met"));
    assertEquals(new BigDecimal("1.234"), json.get("simulation_seconds"));
    assertEquals(
        List.of("gdp: trend growth, 2019-2022", "correlation: \"industry drives GDP\""),
        json.get("assumptions"));
  }

  @Test
  void write_pathWithQuote_escapedAndReadBackWhole() throws IOException {
    Path odd = Path.of("scenarios/the \"base\" case.yaml");
    String text = Files.readString(written(odd));
    assertTrue(text.contains("\"scenarios/the \\\"base\\\" case.yaml\""), text);
    Map<?, ?> json = (Map<?, ?>) JsonParser.parse(text);
    assertEquals(
        odd.toString(), ((Map<?, ?>) ((List<?>) json.get("scenario_files")).get(0)).get("path"));
  }

  @Test
  void write_sample_filesRelativeAndWallSecondsLast() throws IOException {
    Map<?, ?> json = write(Path.of("s.yaml"));
    assertEquals(List.of("summary.csv", "fan-gdp.png"), json.get("files"));
    List<?> keys = List.copyOf(json.keySet());
    assertEquals("wall_seconds", keys.get(keys.size() - 1));
    assertTrue(((BigDecimal) json.get("wall_seconds")).doubleValue() >= 3.0);
    assertTrue(json.get("started_at").toString().endsWith("Z"));
  }

  @Test
  void write_sample_utf8WithoutByteOrderMark() throws IOException {
    byte[] bytes = Files.readAllBytes(written(Path.of("s.yaml")));
    assertEquals('{', bytes[0]);
    assertTrue(new String(bytes, StandardCharsets.UTF_8)
        .contains("\"description\": \"Base case, \\\"as planned\\\"\""));
  }

  @Test
  void write_sample_logsOneLine() throws IOException {
    Path file = written(Path.of("s.yaml"));
    assertEquals(List.of("Wrote manifest (2 input files with SHA-256, 2 outputs) to " + file), log);
    assertFalse(log.get(0).contains("\n"));
  }

  @Test
  void write_audit_everyFindingWithNumbersAndExplanations() throws IOException {
    Map<?, ?> json = write(Path.of("s.yaml"));
    List<?> audit = (List<?>) json.get("audit");
    assertEquals(3, audit.size());
    Map<?, ?> first = (Map<?, ?>) audit.get(0);
    assertEquals("growth-vs-level:industrial_output", first.get("id"));
    assertEquals("growth-vs-level", first.get("kind"));
    assertEquals(List.of("industrial_output"), first.get("targets"));
    assertEquals("{gap=1.5}", first.get("numbers").toString());
    assertEquals("中文说明, 含逗号", first.get("explanation_zh"));
    assertEquals("English explanation, with a comma", first.get("explanation_en"));
    assertEquals("restated-base", first.get("benign_cause"));
    assertEquals(null, first.get("check"));
    assertEquals("growth", ((Map<?, ?>) audit.get(1)).get("check"));
  }

  private Map<?, ?> write(Path scenario) throws IOException {
    return (Map<?, ?>) JsonParser.parse(Files.readString(written(scenario)));
  }

  private Path written(Path scenario) throws IOException {
    List<Path> earlier = List.of(dir.resolve("summary.csv"), dir.resolve("fan-gdp.png"));
    return new Manifest(log::add, earlier, TestForecasts.audit())
        .write(TestForecasts.sample(), TestForecasts.run(scenario), dir)
        .get(0);
  }
}
