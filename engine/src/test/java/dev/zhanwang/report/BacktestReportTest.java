package dev.zhanwang.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhanwang.backtest.Backtest;
import dev.zhanwang.model.GrowthModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;

class BacktestReportTest {
  @TempDir
  Path dir;

  private static Backtest sample() {
    double[] pinball = {0.01, 0.02, 0.03, 0.04, 0.03, 0.02, 0.01};
    return new Backtest(
        List.of(
            new Backtest.Score(
                GrowthModel.IID_LOGNORMAL,
                "output",
                10,
                0.04,
                pinball,
                new double[] {0.5, 0.8, 0.9},
                5.5,
                Double.NaN),
            new Backtest.Score(
                GrowthModel.IID_LOGNORMAL,
                Backtest.ALL,
                10,
                0.04,
                pinball,
                new double[] {0.5, 0.8, 0.9},
                5.5,
                0.25),
            new Backtest.Score(
                GrowthModel.BOOTSTRAP,
                Backtest.ALL,
                10,
                0.05,
                pinball,
                new double[] {0.4, 0.7, 0.8},
                6,
                0.3)),
        List.of(
            new Backtest.Rank(GrowthModel.IID_LOGNORMAL, 0.04, 0, 0),
            new Backtest.Rank(GrowthModel.BOOTSTRAP, 0.05, 0.01, 0.004)),
        List.of());
  }

  @Test
  void write_sample_csvWithBomOneRowPerScoreBothChartFilesAndManifest() throws IOException {
    List<String> log = new ArrayList<>();
    List<Path> files = BacktestReport.write(
        sample(), TestForecasts.run(Path.of("h.csv")), dir, ChartLook.english(), log::add);
    assertEquals(
        List.of(
            dir.resolve("backtest.csv"),
            dir.resolve("backtest-crps.png"),
            dir.resolve("backtest-crps.svg"),
            dir.resolve("manifest.json")),
        files);
    List<String> lines = Files.readAllLines(dir.resolve("backtest.csv"), StandardCharsets.UTF_8);
    assertEquals(
        "\uFEFFmodel,indicator,cases,crps,pinball_p5,pinball_p10,pinball_p25,pinball_p50,"
            + "pinball_p75,pinball_p90,pinball_p95,coverage_50,coverage_80,coverage_90,mape_pct,brier",
        lines.get(0));
    assertEquals(
        "iid-lognormal,output,10,0.04,0.01,0.02,0.03,0.04,0.03,0.02,0.01,0.5000,0.8000,"
            + "0.9000,5.5,",
        lines.get(1));
    assertEquals(4, lines.size());
    assertEquals(
        List.of(
            "Wrote backtest scores to " + dir.resolve("backtest.csv"),
            "Wrote CRPS chart to " + dir.resolve("backtest-crps") + ".png and .svg",
            "Wrote manifest (1 input files with SHA-256, 3 outputs) to "
                + dir.resolve("manifest.json")),
        log);
    @SuppressWarnings("unchecked")
    Map<String, Object> manifest =
        (Map<String, Object>) JsonParser.parse(Files.readString(dir.resolve("manifest.json")));
    assertEquals("0.1.0-test", manifest.get("engine_version"));
    assertEquals(
        List.of("backtest.csv", "backtest-crps.png", "backtest-crps.svg"), manifest.get("files"));
  }

  @Test
  void chart_sample_barsInRankOrderWithTwoStandardErrorBars() {
    CategoryChart chart = BacktestReport.chart(sample(), ChartLook.english());
    assertTrue(chart.getTitle().startsWith("Backtest: mean CRPS per model"), chart.getTitle());
    var series = chart.getSeriesMap().get("CRPS");
    assertEquals(List.of("iid-lognormal", "bootstrap"), series.getXData());
    assertEquals(List.of(0.0, 0.008), series.getExtraValues());
  }
}
