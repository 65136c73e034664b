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

class BacktestCommandTest {
  private static final String HISTORY = CalibrateCommandTest.HISTORY.toString();
  private static final String TARGETS = "../scenarios/history/synthetic-targets.csv";

  @TempDir
  Path dir;

  @Test
  void backtest_shippedHistory_writesCsvAndChartAndRanks() throws IOException {
    Path out = dir.resolve("bt");
    String[] args = {
      "backtest",
      "--history",
      HISTORY,
      "--models",
      "iid-lognormal,split-normal,bootstrap",
      "--targets",
      TARGETS,
      "--draws",
      "1000",
      "--out",
      out.toString()
    };
    CliRun run = forecast(args);
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("Ranking by mean CRPS"), run.out());
    assertTrue(run.out().contains("   1  "), run.out());
    byte[] csv = Files.readAllBytes(out.resolve("backtest.csv"));
    List<String> lines = new String(csv, StandardCharsets.UTF_8).lines().toList();
    assertTrue(
        lines.get(0).startsWith("\uFEFFmodel,indicator,cases,crps,pinball_p5"), lines.get(0));
    assertEquals(1 + 3 * 10 + 3, lines.size()); // header, model x indicator, model x all
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("bootstrap,all,220,")), lines.toString());
    assertFalse(
        lines.stream()
            .filter(l -> l.contains(",synthetic_iid_output,"))
            .anyMatch(l -> l.endsWith(",")),
        "targeted indicator has a Brier score");
    assertTrue(Files.size(out.resolve("backtest-crps.png")) > 0);
    assertTrue(Files.size(out.resolve("backtest-crps.svg")) > 0);
    // Same seed, same bytes.
    args[args.length - 1] = dir.resolve("again").toString();
    assertEquals(0, forecast(args).status());
    assertArrayEquals(csv, Files.readAllBytes(dir.resolve("again/backtest.csv")));
  }

  @Test
  void backtest_missingModelsOrBadDraws_exitTwoWithoutOutput() {
    Path out = dir.resolve("bt");
    CliRun none = forecast("backtest", "--history", HISTORY, "--out", out.toString());
    assertEquals(2, none.status());
    assertTrue(none.err().contains("--models"), none.err());
    CliRun draws = forecast(
        "backtest",
        "--history",
        HISTORY,
        "--models",
        "bootstrap",
        "--draws",
        "1",
        "--out",
        out.toString());
    assertEquals(2, draws.status());
    assertTrue(draws.err().startsWith("forecast: --draws must be >= 2, but was 1"), draws.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void backtest_ar1OnAnnualIndicators_exitsTwoSayingWhy() {
    CliRun run = forecast(
        "backtest",
        "--history",
        HISTORY,
        "--models",
        "ar1-monthly",
        "--indicators",
        "synthetic_iid_output",
        "--out",
        dir.resolve("bt").toString());
    assertEquals(2, run.status());
    assertTrue(
        run.err()
            .startsWith(HISTORY + ": must have a year with at least 8 years before it"
                + " that every model can be fitted to, but none has; last tried 2022: synthetic_iid_output:"
                + " must be monthly (YYYY-MM) for ar1-monthly, but was annual"),
        run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  void backtest_defaultOut_isTheHistorysProjectAndARerunReplacesIt() throws IOException {
    Path history =
        Files.createDirectories(dir.resolve("project/scenarios/history")).resolve("h.csv");
    Files.copy(CalibrateCommandTest.HISTORY, history);
    String[] args = {
      "backtest",
      "--history",
      history.toString(),
      "--models",
      "iid-lognormal",
      "--indicators",
      "synthetic_iid_output",
      "--draws",
      "200"
    };
    CliRun first = forecast(args);
    assertEquals(0, first.status(), first.err());
    Path out = dir.resolve("project/out/backtest");
    assertEquals(
        List.of("backtest-crps.png", "backtest-crps.svg", "backtest.csv"),
        FolderContents.manifestFiles(out.resolve("manifest.json")).orElseThrow().stream()
            .sorted()
            .toList());
    CliRun second = forecast(args);
    assertEquals(0, second.status(), second.err());
    assertTrue(second.err().contains("Replacing previous results in " + out), second.err());
  }

  @Test
  void backtest_unknownIndicator_exitsTwoListingKnownOnes() {
    CliRun run =
        forecast("backtest", "--history", HISTORY, "--models", "bootstrap", "--indicators", "gdp");
    assertEquals(2, run.status());
    assertTrue(
        run.err().startsWith("forecast: --indicators: must be one of synthetic_iid_output,"),
        run.err());
  }
}
