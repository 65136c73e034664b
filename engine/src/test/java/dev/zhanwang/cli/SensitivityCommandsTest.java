package dev.zhanwang.cli;

import static dev.zhanwang.cli.CliRun.forecast;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

/** {@code sensitivity}, {@code goal-seek} and {@code stress} on the shipped baseline. */
class SensitivityCommandsTest {
  private static final String BASELINE = "../scenarios/liudong-2023-baseline.yaml";

  @TempDir
  Path dir;

  private static String csv(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFF"), "byte-order mark for Excel: " + file);
    return text.substring(1);
  }

  @Test
  void sensitivity_oneTarget_writesTablesChartsAndManifestAndPrintsBothMeasures()
      throws IOException {
    Path out = dir.resolve("sens");
    CliRun run = forecast(
        "sensitivity",
        BASELINE,
        "--target",
        "industrial_output_total",
        "--paths",
        "2000",
        "--out",
        out.toString());
    assertEquals(0, run.status(), run.err());
    List<String> tornado = csv(out.resolve("tornado.csv")).lines().toList();
    assertTrue(tornado.get(0).startsWith("target_id,criterion,"), tornado.get(0));
    // Two checks (level, growth) x two assumptions of the one indicator the target depends on.
    assertEquals(1 + 4, tornado.size());
    assertTrue(tornado.get(1).contains(",1,industrial_output_total.growth_pct,"), tornado.get(1));
    assertTrue(csv(out.resolve("global.csv")).contains("vehicle_output"));
    for (String file : List.of(
        "tornado-industrial_output_total-level.png",
        "tornado-industrial_output_total-growth.svg",
        "manifest.json")) {
      assertTrue(Files.isRegularFile(out.resolve(file)), file);
    }
    assertTrue(run.out().contains("one at a time"), run.out());
    assertTrue(run.out().contains("global, from the base run (rank correlation"), run.out());
  }

  @Test
  void sensitivity_unknownTarget_isRefusedWithTheClosestIdAndNoFolder() {
    Path out = dir.resolve("sens");
    CliRun run = forecast(
        "sensitivity", BASELINE, "--target", "industrial_output_totl", "--out", out.toString());
    assertEquals(2, run.status());
    assertTrue(
        run.err()
            .contains("--target must be a target of the scenario's targets file (did you"
                + " mean industrial_output_total?), but was industrial_output_totl"),
        run.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void goalSeek_levelsWithoutVary_andBadOptions() throws IOException {
    Path out = dir.resolve("gs");
    CliRun run = forecast(
        "goal-seek",
        BASELINE,
        "--target",
        "budget_revenue",
        "--paths",
        "4000",
        "--out",
        out.toString());
    assertEquals(0, run.status(), run.err());
    String table = csv(out.resolve("goal-seek.csv"));
    assertEquals(1 + 4, table.lines().count(), table); // level and growth, 50% and 80%
    assertTrue(run.out().contains("80% likely"), run.out());

    CliRun vary = forecast(
        "goal-seek",
        BASELINE,
        "--target",
        "budget_revenue",
        "--vary",
        "budget_revenue.uncertainty_pct",
        "--out",
        dir.resolve("x").toString());
    assertEquals(2, vary.status());
    assertTrue(vary.err().contains("--vary must be INDICATOR.growth_pct"), vary.err());
    CliRun probability = forecast(
        "goal-seek", BASELINE, "--probability", "1", "--out", dir.resolve("y").toString());
    assertEquals(2, probability.status());
    assertTrue(probability.err().contains("--probability must be in (0, 1), but was 1.0"));
  }

  @Test
  void goalSeek_vary_findsTheGrowthAndSaysItsError() throws IOException {
    Path out = dir.resolve("gs");
    CliRun run = forecast(
        "goal-seek",
        BASELINE,
        "--target",
        "secondary_va_growth",
        "--probability",
        "0.8",
        "--vary",
        "secondary_va.growth_pct",
        "--paths",
        "4000",
        "--out",
        out.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("secondary_va.growth_pct = "), run.out());
    assertTrue(csv(out.resolve("goal-seek.csv")).contains(",growth,secondary_va.growth_pct,"));
  }

  @Test
  void stress_sameSeed_isByteIdenticalOnOneAndTwoThreads() throws IOException {
    byte[][] tables = new byte[2][];
    for (int threads = 1; threads <= 2; threads++) {
      Path out = dir.resolve("st" + threads);
      CliRun run = forecast(
          "stress",
          BASELINE,
          "--stress",
          "vehicle_output:0-5",
          "--paths",
          "9000",
          "--threads",
          Integer.toString(threads),
          "--out",
          out.toString());
      assertEquals(0, run.status(), run.err());
      tables[threads - 1] = Files.readAllBytes(out.resolve("stress.csv"));
      assertTrue(run.out().contains("all targets met at once"), run.out());
    }
    assertArrayEquals(tables[0], tables[1]);
  }

  @Test
  void stress_badBands_areRefusedOneLineEach() {
    for (String[] bad : new String[][] {
      {"secondary_va:5-5", "--stress must have 0 <= LOW < HIGH <= 100, but was secondary_va:5-5"},
      {"secondary_va", "--stress must be INDICATOR:LOW-HIGH in percentiles"},
      {"secundary_va:0-5", "(did you mean secondary_va?), but was secundary_va"}
    }) {
      CliRun run = forecast(
          "stress", BASELINE, "--stress", bad[0], "--out", dir.resolve("x").toString());
      assertEquals(2, run.status(), bad[0]);
      assertTrue(run.err().contains(bad[1]), run.err());
    }
  }
}
