package dev.zhanwang.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhanwang.backtest.Backtest;
import dev.zhanwang.comparison.ModelComparison;
import dev.zhanwang.forecast.Forecast;
import dev.zhanwang.model.GrowthModel;
import dev.zhanwang.scenariocompare.AssumptionGroup;
import dev.zhanwang.scenariocompare.AssumptionKind;
import dev.zhanwang.scenariocompare.CommonRandomRuns;
import dev.zhanwang.scenariocompare.ScenarioComparison;
import dev.zhanwang.sim.Simulator;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;

class ChartsTest {
  private static final List<String> NAMES = List.of(
      "fan-gdp",
      "fan-industrial_output",
      "prob-met",
      "hist-gdp-level",
      "hist-gdp-growth",
      "hist-industrial_output-level");
  private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);
  private static final Pattern CHINESE = Pattern.compile("[\u3000-\u9fff\uff00-\uffef]");

  @TempDir
  Path dir;

  private final Forecast forecast = TestForecasts.sample();
  private final List<String> log = new ArrayList<>();

  @Test
  void write_sample_pngAndSvgPerChart() throws IOException {
    List<Path> files = write(ChartLook.english(), 2, dir);
    List<Path> expected = new ArrayList<>();
    NAMES.forEach(
        name -> expected.addAll(List.of(dir.resolve(name + ".png"), dir.resolve(name + ".svg"))));
    assertEquals(expected, files);
    for (String name : NAMES) {
      BufferedImage png = ImageIO.read(dir.resolve(name + ".png").toFile());
      assertNotNull(png, name);
      Figure figure = figure(ChartLook.english(), name);
      assertEquals(figure.width(), png.getWidth(), name);
      assertEquals(figure.height(), png.getHeight(), name);
      String svg = Files.readString(dir.resolve(name + ".svg"), StandardCharsets.UTF_8);
      assertTrue(svg.startsWith("<?xml") && svg.contains("<svg"), name);
    }
  }

  @Test
  void write_sample_logsOneLinePerKind() throws IOException {
    write(ChartLook.english(), 1, dir);
    assertEquals(
        List.of(
            "Wrote 2 fan charts to " + dir.resolve("fan-*") + ".png and .svg",
            "Wrote P(target met) chart to " + dir.resolve("prob-met") + ".png and .svg",
            "Wrote 3 outcome histograms to " + dir.resolve("hist-*") + ".png and .svg"),
        log);
  }

  @Test
  void write_noChineseFontFound_logsWhyOnceFirst() throws IOException {
    write(ChartLook.detect(List.of(drawsNothing())), 1, dir);
    assertEquals(ChartLook.NO_CHINESE_FONT, log.get(0));
    assertEquals(4, log.size());
  }

  @Test
  void build_forcedEnglish_noChineseInAnyChartText() {
    for (Charts.ChartFile chart :
        new Charts(ChartLook.english(), ChartFormat.all(), 1, log::add).build(forecast)) {
      for (String text : chart.figure().texts()) {
        assertFalse(CHINESE.matcher(text).find(), chart.name() + ": " + text);
      }
    }
  }

  @Test
  void write_forcedEnglish_noChineseInSvg() throws IOException {
    // XChart draws text as glyph outlines, so this only catches Chinese in other SVG parts;
    // the test above checks the text itself.
    write(ChartLook.english(), 2, dir);
    for (String name : NAMES) {
      String svg = Files.readString(dir.resolve(name + ".svg"), StandardCharsets.UTF_8);
      assertFalse(CHINESE.matcher(svg).find(), name);
    }
  }

  @Test
  void build_forcedEnglish_unitsAndNamesInEnglish() {
    List<String> fan = figure(ChartLook.english(), "fan-gdp").texts();
    assertEquals(
        List.of(
            "Gross regional product – 2023 year to date: level and growth",
            "Year-to-date value",
            "Month",
            "Year-to-date value (100 million yuan)",
            "Median",
            "2022 year-to-date",
            "Target 345 (100 million yuan)",
            "Year-to-date growth",
            "Month",
            "Growth on the same months of last year (%)",
            "Median",
            "Target 7.5%",
            "Shaded, darkest first: the paths'",
            "middle 20% (p40–p60)",
            "middle 40% (p30–p70)",
            "middle 60% (p20–p80)",
            "middle 80% (p10–p90)",
            "middle 90% (p5–p95)"),
        fan);
    assertTrue(figure(ChartLook.english(), "prob-met")
        .texts()
        .contains("Gross regional product (growth)"));
  }

  @Test
  void build_forcedChinese_chineseNamesAndUnits() {
    ChartLook look = ChartLook.chinese(ChartLookTest.drawsEverything());
    List<String> fan = figure(look, "fan-gdp").texts();
    assertEquals("地区生产总值：2023年累计值与累计增速预测", fan.get(0));
    assertEquals("累计值（亿元）", fan.get(3));
    assertTrue(fan.contains("目标 345亿元"), fan.toString());
    assertTrue(fan.contains("累计增速（%）"), fan.toString());
    assertTrue(fan.contains("中间20%（p40–p60）"), fan.toString());
    assertTrue(figure(look, "prob-met").texts().contains("地区生产总值增速"));
    assertEquals("地区生产总值：2023年增速分布", figure(look, "hist-gdp-growth").texts().get(0));
  }

  @Test
  void build_eitherLanguage_chosenFontOnAllChartText() {
    for (ChartLook look :
        List.of(ChartLook.english(), ChartLook.chinese(new Font(Font.SERIF, Font.PLAIN, 14)))) {
      for (Charts.ChartFile chart :
          new Charts(look, ChartFormat.all(), 1, log::add).build(forecast)) {
        for (Chart<?, ?> drawn : chart.figure().charts()) {
          List<Font> fonts = new ArrayList<>();
          AxesChartStyler styler = (AxesChartStyler) drawn.getStyler();
          fonts.addAll(List.of(
              styler.getBaseFont(),
              styler.getChartTitleFont(),
              styler.getAxisTitleFont(),
              styler.getAxisTickLabelsFont(),
              styler.getLegendFont(),
              styler.getAnnotationTextFont(),
              styler.getAnnotationTextPanelFont(),
              styler.getToolTipFont(),
              styler.getChartButtonFont()));
          if (drawn instanceof XYChart xy) {
            fonts.add(xy.getStyler().getCursorFont());
          }
          if (drawn instanceof CategoryChart category) {
            fonts.add(category.getStyler().getLabelsFont());
          }
          for (Font font : fonts) {
            assertEquals(look.font().getFamily(), font.getFamily(), chart.name());
          }
        }
      }
    }
  }

  @Test
  void write_oneOrThreeThreads_sameBytes() throws IOException {
    Path one = Files.createDirectory(dir.resolve("one"));
    Path three = Files.createDirectory(dir.resolve("three"));
    List<Path> first = write(ChartLook.english(), 1, one);
    List<Path> second = write(ChartLook.english(), 3, three);
    for (int i = 0; i < first.size(); i++) {
      assertArrayEquals(
          Files.readAllBytes(first.get(i)),
          Files.readAllBytes(second.get(i)),
          first.get(i).getFileName().toString());
    }
  }

  @Test
  void write_longestNamesInEnglish_noTextClipped() throws IOException {
    assertNothingClipped(ChartLook.english());
  }

  @Test
  void write_longestNamesInChinese_noTextClipped() throws IOException {
    ChartLook look = ChartLook.detect();
    Assumptions.assumeTrue(
        look.labels() == Labels.CHINESE, "no font here draws Chinese; .ci/run installs one");
    assertNothingClipped(look);
  }

  @Test
  void write_otherChartsLongestNamesInEnglish_noTextClippedNoNameCut() {
    assertOtherChartsNotClipped(ChartLook.english());
  }

  @Test
  void write_otherChartsLongestNamesInChinese_noTextClippedNoNameCut() {
    ChartLook look = ChartLook.detect();
    Assumptions.assumeTrue(
        look.labels() == Labels.CHINESE, "no font here draws Chinese; .ci/run installs one");
    assertOtherChartsNotClipped(look);
  }

  /**
   * The charts of the other commands with the longest names: backtest (every model), compare-models
   * and compare (change, attribution, distribution). Each is drawn alone, as its PNG is: no title
   * wider than the chart, nothing drawn at its edges (a name written upwards that does not fit
   * runs off the bottom), and every target check's name in full.
   */
  private void assertOtherChartsNotClipped(ChartLook look) {
    Forecast longest = TestForecasts.longestNames();
    ScenarioComparison scenarios = scenarioComparison(longest);
    Map<String, Chart<?, ?>> charts = new LinkedHashMap<>();
    charts.put("backtest-crps", BacktestReport.chart(everyModelBacktest(), look));
    charts.put("compare (models)", ComparisonReport.chart(modelComparison(longest), look));
    charts.put("compare (change)", ScenarioComparisonReport.changeChart(scenarios, look));
    charts.put(
        "compare (attribution)",
        ScenarioComparisonReport.attributionChart(scenarios, scenarios.versus().get(0), look));
    charts.put(
        "compare (distribution)", ScenarioComparisonReport.distributionChart(scenarios, 0, look));
    List<String> fullNames = ProbabilityChart.categories(longest.outcomes(), look);
    for (Map.Entry<String, Chart<?, ?>> entry : charts.entrySet()) {
      Chart<?, ?> chart = entry.getValue();
      Font title = ((AxesChartStyler) chart.getStyler()).getChartTitleFont();
      double width = title.getStringBounds(chart.getTitle(), MEASURE).getWidth();
      assertTrue(width < chart.getWidth(), entry.getKey() + ": " + chart.getTitle());
      Figure alone = Figure.of(chart);
      BufferedImage image =
          new BufferedImage(alone.width(), alone.height(), BufferedImage.TYPE_INT_RGB);
      Graphics2D g = image.createGraphics();
      alone.paint(g);
      g.dispose();
      assertBlankBorder(image, entry.getKey());
      if (chart instanceof CategoryChart category && entry.getKey().startsWith("compare (")) {
        java.util.Collection<?> names =
            category.getSeriesMap().values().iterator().next().getXData();
        assertTrue(names.containsAll(fullNames), entry.getKey() + ": " + names);
      }
    }
  }

  /** A backtest ranking every model, so that the chart has every model's name. */
  private static Backtest everyModelBacktest() {
    double[] pinball = new double[Simulator.LEVELS.length];
    List<Backtest.Rank> ranks = new ArrayList<>();
    GrowthModel[] models = GrowthModel.values();
    for (int m = 0; m < models.length; m++) {
      ranks.add(new Backtest.Rank(models[m], 0.04 + 0.001 * m, 0.001 * m, m == 0 ? 0 : 0.0005));
    }
    return new Backtest(
        List.of(new Backtest.Score(
            models[0],
            Backtest.ALL,
            123_456,
            0.04,
            pinball,
            new double[] {0.5, 0.8, 0.9},
            5.5,
            0.25)),
        ranks,
        List.of());
  }

  /** Every model on the longest names' outcomes, with the same P(met). */
  private static ModelComparison modelComparison(Forecast forecast) {
    List<ModelComparison.ModelRun> runs = new ArrayList<>();
    for (GrowthModel model : GrowthModel.values()) {
      runs.add(new ModelComparison.ModelRun(
          model,
          forecast.outcomes(),
          forecast.probabilityAllMet(),
          forecast.probabilityAllMetStdError(),
          List.of(),
          List.of()));
    }
    return new ModelComparison(forecast.scenarioName(), "long", 2023, forecast.paths(), 1L, runs);
  }

  /**
   * Two scenarios on the longest names' outcomes, the second meeting each check on fewer paths,
   * every change attributed to one assumption group on the longest indicator id.
   */
  private static ScenarioComparison scenarioComparison(Forecast forecast) {
    int paths = (int) forecast.paths();
    int rows = forecast.outcomes().size() + 1;
    List<BitSet> base = new ArrayList<>();
    List<BitSet> other = new ArrayList<>();
    List<ScenarioComparison.Attribution> attributions = new ArrayList<>();
    for (int row = 0; row < rows; row++) {
      BitSet a = new BitSet(paths);
      a.set(0, paths / 2);
      BitSet b = new BitSet(paths);
      b.set(0, paths / 2 - 1000 * (row + 1));
      base.add(a);
      other.add(b);
      attributions.add(new ScenarioComparison.Attribution(
          List.of(
              new ScenarioComparison.Share("group", List.of(0), -1000.0 * (row + 1) / paths, 0.0)),
          true,
          0,
          2));
    }
    String indicator = forecast.outcomes().get(0).target().indicator();
    return new ScenarioComparison(
        2023,
        paths,
        1L,
        List.of(
            new ScenarioComparison.ScenarioEntry(
                forecast.scenarioName(),
                "",
                new CommonRandomRuns.VariantRun(forecast, base, "exact")),
            new ScenarioComparison.ScenarioEntry(
                forecast.scenarioName() + "-stress-with-an-even-longer-name",
                "",
                new CommonRandomRuns.VariantRun(forecast, other, "exact"))),
        List.of(new ScenarioComparison.Versus(
            1,
            List.of(new AssumptionGroup(indicator, AssumptionKind.UNCERTAINTY, "10 -> 20")),
            List.of(),
            attributions)));
  }

  /**
   * The PNG charts in the language the installed fonts allow: Chinese labels, every one drawable
   * by the chosen font, when some font draws Chinese (.ci/run installs fonts-wqy-microhei and
   * sets ZHANWANG_REQUIRE_CJK_FONT=1, so there the Chinese side is always what is checked);
   * English labels without a single Chinese character otherwise.
   */
  @Test
  void write_installedFonts_chineseLabelsExactlyWhenAFontDrawsThem() throws IOException {
    ChartLook look = ChartLook.detect();
    if ("1".equals(System.getenv("ZHANWANG_REQUIRE_CJK_FONT"))) {
      assertEquals(Labels.CHINESE, look.labels(), "a CJK font should be installed here");
    }
    Charts charts = new Charts(look, Set.of(ChartFormat.PNG), 2, log::add);
    List<Path> files = charts.write(forecast, TestForecasts.run(Path.of("s.yaml")), dir);
    assertEquals(NAMES.size(), files.size());
    for (Charts.ChartFile chart : charts.build(forecast)) {
      String texts = String.join(" ", chart.figure().texts());
      if (look.labels() == Labels.CHINESE) {
        assertTrue(CHINESE.matcher(texts).find(), chart.name() + ": " + texts);
        assertEquals(-1, look.font().canDisplayUpTo(texts), chart.name() + ": " + texts);
      } else {
        assertFalse(CHINESE.matcher(texts).find(), chart.name() + ": " + texts);
      }
      assertNotNull(ImageIO.read(dir.resolve(chart.name() + ".png").toFile()), chart.name());
    }
  }

  /**
   * Every chart of the longest names drawn: no title wider than its chart, and nothing drawn in
   * the outer pixels of any chart or panel, where text that does not fit would be cut.
   */
  private void assertNothingClipped(ChartLook look) throws IOException {
    Forecast longest = TestForecasts.longestNames();
    Charts charts = new Charts(look, Set.of(ChartFormat.PNG), 2, log::add);
    charts.write(longest, TestForecasts.run(Path.of("s.yaml")), dir);
    for (Charts.ChartFile chart : charts.build(longest)) {
      assertBlankBorder(ImageIO.read(dir.resolve(chart.name() + ".png").toFile()), chart.name());
      for (Chart<?, ?> panel : chart.figure().charts()) {
        Font title = ((AxesChartStyler) panel.getStyler()).getChartTitleFont();
        double width = title.getStringBounds(panel.getTitle(), MEASURE).getWidth();
        assertTrue(width < panel.getWidth(), chart.name() + ": " + panel.getTitle());
        Figure alone = Figure.of(panel);
        BufferedImage image =
            new BufferedImage(alone.width(), alone.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        alone.paint(g);
        g.dispose();
        assertBlankBorder(image, chart.name() + " panel " + panel.getTitle());
      }
    }
  }

  private static void assertBlankBorder(BufferedImage image, String name) {
    int w = image.getWidth();
    int h = image.getHeight();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        boolean border = x < 2 || y < 2 || x >= w - 2 || y >= h - 2;
        if (border && (image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
          throw new AssertionError(name + ": drawn at the edge, pixel (" + x + ", " + y + ")");
        }
      }
    }
  }

  private List<Path> write(ChartLook look, int threads, Path into) throws IOException {
    return new Charts(look, ChartFormat.all(), threads, log::add)
        .write(forecast, TestForecasts.run(Path.of("s.yaml")), into);
  }

  private Figure figure(ChartLook look, String name) {
    return new Charts(look, ChartFormat.all(), 1, log::add)
        .build(forecast).stream()
            .filter(chart -> chart.name().equals(name))
            .findFirst()
            .orElseThrow()
            .figure();
  }

  private static Font drawsNothing() {
    return ChartLookTest.drawsNothing();
  }
}
