package dev.zhanwang.cli;

import static dev.zhanwang.cli.CliRun.forecast;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhanwang.report.CsvTestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
  private static final String BASELINE = "../scenarios/liudong-2023-baseline.yaml";
  private static final String DOWNTURN = "../scenarios/liudong-2023-auto-downturn.yaml";

  @TempDir
  Path dir;

  private static List<String[]> csv(Path file) throws IOException {
    return CsvTestFiles.rows(file);
  }

  @Test
  void compare_baselineAndDownturn_writesTablesChartsAndSharesThatSumToEachChange()
      throws IOException {
    Path out = dir.resolve("cmp");
    CliRun run = forecast(
        "compare",
        BASELINE,
        DOWNTURN,
        "--paths",
        "4096",
        "--max-hybrids",
        "8",
        "--out",
        out.toString());

    assertEquals(0, run.status(), run.err());
    List<String[]> scenarios = csv(out.resolve("scenarios.csv"));
    assertEquals(
        "target_id,criterion,name_zh,name_en,unit,target,p_liudong-2023-baseline,"
            + "se_liudong-2023-baseline,p_liudong-2023-auto-downturn,"
            + "se_liudong-2023-auto-downturn,change_liudong-2023-auto-downturn,"
            + "change_se_liudong-2023-auto-downturn",
        String.join(",", scenarios.get(0)));
    // Per target check: the shares, rounded to 4 decimals in the file, sum to the change.
    Map<String, double[]> sums = new LinkedHashMap<>();
    List<String[]> attribution = csv(out.resolve("attribution.csv"));
    for (String[] row : attribution.subList(1, attribution.size())) {
      double[] sum = sums.computeIfAbsent(row[1] + "/" + row[2], key -> new double[3]);
      sum[0] = Double.parseDouble(row[3]);
      sum[1] += Double.parseDouble(row[6]);
      sum[2]++;
    }
    assertEquals(scenarios.size() - 1, sums.size());
    sums.forEach((check, sum) -> assertEquals(sum[0], sum[1], 0.00005 * (sum[2] + 1), check));
    assertTrue(attribution.stream().anyMatch(row -> row[9].startsWith("sampled Shapley")));
    assertTrue(attribution.stream().anyMatch(row -> row[9].startsWith("exact Shapley")));
    for (String file : List.of(
        "differences.csv",
        "compare-scenarios.png",
        "attribution-2.png",
        "distribution-industrial_output_total-level.png",
        "manifest.json")) {
      assertTrue(Files.isRegularFile(out.resolve(file)), file);
    }
    assertTrue(
        run.out().contains("Touches no target: correlation (matrix, largest change 0.20)"),
        run.out());
    assertTrue(run.out().contains("industrial_output_total level "), run.out());
  }

  @Test
  void compare_scenarioOnOtherData_failsOnOneLineWithExit2AndNoOutput() {
    Path out = dir.resolve("cmp");
    CliRun run = forecast(
        "compare",
        BASELINE,
        "../scenarios/bench/rw1.yaml",
        "--paths",
        "4096",
        "--out",
        out.toString());

    assertEquals(2, run.status());
    assertTrue(
        run.err()
            .startsWith("../scenarios/bench/rw1.yaml: cannot be compared with"
                + " liudong-2023-baseline: it "),
        run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void compare_oneScenario_isAUsageError() {
    CliRun run = forecast("compare", BASELINE);

    assertEquals(2, run.status());
    assertTrue(run.err().contains("SCENARIO"), run.err());
  }
}
