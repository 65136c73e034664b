package dev.zhanwang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NowcastCommandTest {
  private static final Path BASELINE = Path.of("../scenarios/liudong-2023-baseline.yaml");
  private static final Path ACTUALS =
      Path.of("../scenarios/actuals/liudong-2023-ILLUSTRATIVE-actuals.csv");

  @TempDir
  Path dir;

  @Test
  void nowcast_shippedActuals_tablesChartManifestAndARedOutput() throws IOException {
    Path out = dir.resolve("nowcast");
    CliRun run = CliRun.forecast(
        "nowcast",
        BASELINE.toString(),
        "--actuals",
        ACTUALS.toString(),
        "--paths",
        "4000",
        "--charts",
        "png",
        "--out",
        out.toString());

    assertEquals(0, run.status(), run.err());
    List<String> table = Files.readAllLines(out.resolve("nowcast.csv"), StandardCharsets.UTF_8);
    assertTrue(table.get(0).startsWith("\uFEFFtarget_id,check,"), table.get(0));
    String output = table.stream()
        .filter(line -> line.startsWith("industrial_output_total,growth,"))
        .findFirst()
        .orElseThrow();
    assertTrue(output.contains(",red,红,ILLUSTRATIVE"), output);
    assertTrue(Files.exists(out.resolve("restatement.csv")));
    assertTrue(Files.exists(out.resolve("nowcast-path.csv")));
    assertTrue(Files.exists(out.resolve("nowcast-path.png")));
    String manifest = Files.readString(out.resolve("manifest.json"));
    assertTrue(manifest.contains("liudong-2023-ILLUSTRATIVE-actuals.csv"), manifest);
    assertTrue(manifest.contains("\"as_of\": \"2023-06\""), manifest);
    assertTrue(run.out().contains("as of 2023-06"), run.out());
    assertTrue(
        run.out()
            .lines()
            .anyMatch(l -> l.startsWith("industrial_output_total") && l.endsWith("red 红")),
        run.out());
    assertTrue(run.out().contains("同口径: industrial_output_total 2023-1-2月"), run.out());
  }

  @Test
  void nowcast_asOfMarch_usesOnlyTheFirstTwoRows() throws IOException {
    Path out = dir.resolve("march");
    CliRun run = CliRun.forecast(
        "nowcast",
        BASELINE.toString(),
        "--actuals",
        ACTUALS.toString(),
        "--as-of",
        "2023-03",
        "--paths",
        "2000",
        "--charts",
        "none",
        "--out",
        out.toString());

    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("as of 2023-03"), run.out());
    assertFalse(Files.readString(out.resolve("nowcast.csv")).contains("2023-06"));
    assertFalse(Files.exists(out.resolve("nowcast-path.png")));
  }

  @Test
  void nowcast_badActuals_oneLinePerProblemStatusTwoNoFolder() throws IOException {
    Path actuals = dir.resolve("bad.csv");
    Files.writeString(actuals, """
        indicator,period,ytd_value,source
        industrial_output_total,2023-06,494.7,x
        industrial_output_total,2023-03,226.6,x
        """);
    Path out = dir.resolve("bad");
    CliRun run = CliRun.forecast(
        "nowcast", BASELINE.toString(), "--actuals", actuals.toString(), "--out", out.toString());

    assertEquals(2, run.status());
    assertEquals(
        actuals + ":3:2 period: must be after 2023-06 (line 2; months in order per indicator),"
            + " but was 2023-03",
        run.err().strip());
    assertFalse(Files.exists(out));
  }

  @Test
  void nowcast_asOfAnotherYear_usageErrorNoFolder() {
    Path out = dir.resolve("year");
    CliRun run = CliRun.forecast(
        "nowcast",
        BASELINE.toString(),
        "--actuals",
        ACTUALS.toString(),
        "--as-of",
        "2022-06",
        "--out",
        out.toString());

    assertEquals(2, run.status());
    assertTrue(
        run.err()
            .contains("--as-of must be YYYY-MM in 2023, the scenario's year, but was" + " 2022-06"),
        run.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void nowcast_thresholdsInTheScenario_setTheStatus() throws IOException {
    Path scenario = writeScenario("nowcast:\n  green_at_pct: 1\n  red_below_pct: 0.5\n");
    Path out = dir.resolve("lenient");
    CliRun run = CliRun.forecast(
        "nowcast",
        scenario.toString(),
        "--actuals",
        ACTUALS.toString(),
        "--paths",
        "2000",
        "--charts",
        "none",
        "--out",
        out.toString());

    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("status: green from 1%, red below 0.5%"), run.out());
    assertTrue(
        run.out()
            .lines()
            .anyMatch(l -> l.startsWith("fixed_asset_investment") && l.endsWith("green 绿")),
        run.out());
  }

  @Test
  void nowcast_thresholdsOutOfOrder_fileLineColumnStatusTwo() throws IOException {
    Path scenario = writeScenario("nowcast:\n  green_at_pct: 40\n  red_below_pct: 50\n");
    CliRun run = CliRun.forecast(
        "nowcast",
        scenario.toString(),
        "--actuals",
        ACTUALS.toString(),
        "--out",
        dir.resolve("never").toString());

    assertEquals(2, run.status());
    assertEquals(
        scenario + ":8:18 nowcast.red_below_pct: must be at most green_at_pct (40), but was 50",
        run.err().strip());
  }

  private Path writeScenario(String nowcast) throws IOException {
    Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
    Path scenario = scenarios.resolve("thresholds.yaml");
    Files.writeString(
        scenario,
        "extends: " + BASELINE.toAbsolutePath().normalize() + "\n"
            + "name: thresholds\n"
            + "simulation:\n"
            + "  paths: 2000\n"
            + "# status thresholds\n"
            + nowcast);
    return scenario;
  }
}
