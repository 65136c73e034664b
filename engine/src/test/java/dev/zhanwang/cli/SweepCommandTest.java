package dev.zhanwang.cli;

import static dev.zhanwang.cli.CliRun.forecast;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhanwang.sweep.ClusterRunners;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {
  private static final Path BASELINE =
      Path.of("../scenarios/liudong-2023-baseline.yaml").toAbsolutePath().normalize();

  @TempDir
  Path dir;

  private Path sweep(String axes) throws IOException {
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, "scenarios: [" + BASELINE + "]\naxes:\n" + axes);
    return file;
  }

  @Test
  void sweep_invalidGridPoint_namesPointAndFieldBeforeAnythingRuns() throws IOException {
    Path file = sweep(
        "  indicators.budget_revenue.growth_pct: [5, -500]\n" + "  simulation.seed: [1, 2]\n");
    CliRun run = forecast("sweep", file.toString(), "--out", dir.resolve("out").toString());
    assertEquals(2, run.status(), run.err());
    assertEquals(
        file + ":3:45 indicators.budget_revenue.growth_pct: must be in (-100, 1000], but was -500,"
            + " at grid point 3 of 4 (indicators.budget_revenue.growth_pct=-500,"
            + " simulation.seed=1) and 1 other grid point",
        run.err().strip());
    assertEquals("", run.out(), "nothing ran");
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @Test
  void sweep_pathThroughAMistypedIndicator_namedWithTheClosestId() throws IOException {
    Path file = sweep("  indicators.budget_revenu.growth_pct: [5]\n");
    CliRun run = forecast("sweep", file.toString());
    assertEquals(2, run.status());
    assertEquals(
        file + ":3:3 axes.\"indicators.budget_revenu.growth_pct\": must be a path through"
            + " liudong-2023-baseline.yaml, but indicators has no budget_revenu (did you mean"
            + " budget_revenue?)",
        run.err().strip());
  }

  @Test
  void sweep_oneOrTwoThreads_sameSweepCsvWithBomAndAManifest() throws IOException {
    Path file = sweep("  indicators.budget_revenue.growth_pct: [2, 8]\n");
    Path one = dir.resolve("one");
    Path two = dir.resolve("two");
    CliRun first = forecast(
        "sweep", file.toString(), "--paths", "5000", "--threads", "1", "--out", one.toString());
    CliRun second = forecast(
        "sweep", file.toString(), "--paths", "5000", "--threads", "2", "--out", two.toString());
    assertEquals(0, first.status(), first.err());
    assertEquals(0, second.status(), second.err());
    byte[] csv = Files.readAllBytes(one.resolve("sweep.csv"));
    assertArrayEquals(csv, Files.readAllBytes(two.resolve("sweep.csv")));
    assertEquals((byte) 0xEF, csv[0], "UTF-8 byte order mark");
    assertTrue(Files.exists(one.resolve("manifest.json")));
    assertTrue(Files.exists(one.resolve("sweep-indicators.budget_revenue.growth_pct.png")));
    assertTrue(first.out().contains("2 grid points"), first.out());
  }

  @Test
  void sweep_sparkWithoutTheSparkModule_saysHowToGetIt() throws IOException {
    Path file = sweep("  simulation.seed: [1]\n");
    CliRun run = forecast("sweep", file.toString(), "--spark", "local[2]");
    assertEquals(2, run.status());
    assertTrue(run.err().startsWith("forecast: " + ClusterRunners.HOW_TO_GET_SPARK), run.err());
    assertFalse(Files.exists(dir.resolve("out")));
  }
}
