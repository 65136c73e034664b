package dev.zhanwang.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhanwang.comparison.ModelComparison;
import dev.zhanwang.comparison.ModelComparison.ModelRun;
import dev.zhanwang.forecast.Forecast;
import dev.zhanwang.forecast.TargetOutcome;
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

class ComparisonReportTest {
  @TempDir
  Path dir;

  /** The sample forecast's outcomes, each P(met) lowered by {@code shift}. */
  private static ModelRun shifted(GrowthModel model, double shift, List<String> notes) {
    Forecast forecast = TestForecasts.sample();
    List<TargetOutcome> outcomes = new ArrayList<>();
    for (TargetOutcome o : forecast.outcomes()) {
      outcomes.add(new TargetOutcome(
          o.target(),
          o.criterion(),
          o.unit(),
          o.baseValue(),
          o.threshold(),
          o.outcome(),
          o.probabilityMet() - shift,
          o.mcStdError(),
          o.expectedShortfall()));
    }
    return new ModelRun(
        model,
        outcomes,
        forecast.probabilityAllMet() - shift,
        forecast.probabilityAllMetStdError(),
        List.of(),
        notes);
  }

  private static ModelComparison sample() {
    return new ModelComparison(
        "base",
        "Base case",
        2023,
        100_000,
        20230203L,
        List.of(
            shifted(GrowthModel.IID_LOGNORMAL, 0, List.of()),
            shifted(
                GrowthModel.SPLIT_NORMAL,
                0.1,
                List.of("split-normal: skew -0.2 (--skew) for gdp"))));
  }

  @Test
  void write_sample_csvWithBomRowPerCheckPlusAllMetChartAndManifest() throws IOException {
    List<String> log = new ArrayList<>();
    List<Path> files = ComparisonReport.write(
        sample(), TestForecasts.run(Path.of("base.yaml")), dir, ChartLook.english(), log::add);
    assertEquals(
        List.of(
            dir.resolve("compare.csv"),
            dir.resolve("compare.png"),
            dir.resolve("compare.svg"),
            dir.resolve("manifest.json")),
        files);
    List<String> lines = Files.readAllLines(dir.resolve("compare.csv"), StandardCharsets.UTF_8);
    assertEquals(
        "\uFEFFtarget_id,criterion,name_zh,name_en,unit,target,p_iid-lognormal,"
            + "se_iid-lognormal,p50_iid-lognormal,p_split-normal,se_split-normal,p50_split-normal,"
            + "spread,spread_se",
        lines.get(0));
    assertEquals(1 + 3 + 1, lines.size());
    assertTrue(
        lines.get(1).startsWith("gdp,level,地区生产总值,Gross regional product,亿元,345,"), lines.get(1));
    // The second model's median, the spread, and no paired s.e.: these runs kept no met paths.
    assertTrue(lines.get(1).endsWith(",341.7,0.1000,"), lines.get(1));
    assertEquals(
        "all_targets,,全部目标同时完成,All targets met at once,,,0.1234,0.00104,,"
            + "0.0234,0.00104,,0.1000,",
        lines.get(4));
    assertEquals(
        List.of(
            "Wrote comparison table (3 target checks x 2 models) to " + dir.resolve("compare.csv"),
            "Wrote P(target met) by model chart to " + dir.resolve("compare") + ".png and .svg",
            "Wrote manifest (2 input files with SHA-256, 3 outputs) to "
                + dir.resolve("manifest.json")),
        log);
    @SuppressWarnings("unchecked")
    Map<String, Object> manifest =
        (Map<String, Object>) JsonParser.parse(Files.readString(dir.resolve("manifest.json")));
    assertEquals("base", manifest.get("scenario"));
    assertEquals(List.of("compare.csv", "compare.png", "compare.svg"), manifest.get("files"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> models = (List<Map<String, Object>>) manifest.get("models");
    assertEquals("split-normal", models.get(1).get("model"));
    assertEquals(
        List.of("split-normal: skew -0.2 (--skew) for gdp"), models.get(1).get("notes"));
  }

  @Test
  void chart_english_seriesPerModelOverChecksAndAllMet() {
    CategoryChart chart = ComparisonReport.chart(sample(), ChartLook.english());
    assertFalse(chart.getTitle().codePoints().anyMatch(Labels::isCjk), chart.getTitle());
    assertEquals(
        List.of("iid-lognormal", "split-normal"),
        List.copyOf(chart.getSeriesMap().keySet()));
    var split = chart.getSeriesMap().get("split-normal");
    assertEquals(
        List.of(
            "Gross regional product",
            "Gross regional product (growth)",
            "Gross industrial output above designated size",
            "All targets met at once"),
        split.getXData());
    List<?> percents = List.copyOf(split.getYData());
    assertEquals(100 * 0.1234 - 10, ((Number) percents.get(3)).doubleValue(), 1e-9);
  }
}
