package dev.zhanwang.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForecastHtmlTest {
  @TempDir
  Path dir;

  private String written(List<String> log) throws IOException {
    new ForecastHtml(log::add, TestForecasts.audit())
        .write(TestForecasts.sample(), TestForecasts.run(Path.of("s.yaml")), dir);
    return Files.readString(dir.resolve(ForecastHtml.FILE), StandardCharsets.UTF_8);
  }

  @Test
  void write_sample_everyTargetRowSectionAndChart() throws IOException {
    List<String> log = new ArrayList<>();
    String html = written(log);
    for (String key : List.of("gdp:level", "gdp:growth", "industrial_output:level", "new_firms")) {
      assertTrue(html.contains("<tr data-key=\"" + key + "\">"), key);
    }
    for (String section : List.of(
        "targets",
        "probability",
        "joint",
        "fans",
        "histograms",
        "assumptions",
        "audit",
        "reproduce")) {
      assertTrue(html.contains("<section id=\"" + section + "\">"), section);
    }
    // One P(target met) chart, a level and a growth fan per indicator, a histogram per check.
    assertEquals(1 + 2 * 2 + 3, count(html, "<div class=\"chart\" data-chart="));
    assertTrue(html.contains("地区生产总值") && html.contains("Gross regional product"));
    assertTrue(html.contains("growth-vs-level:industrial_output"), "audit finding");
    assertTrue(html.contains("<td>trend growth, 2019-2022</td>"), "assumption's reason");
    assertTrue(html.contains("<code>forecast run s.yaml</code>"), "how to reproduce");
    assertTrue(html.contains(TestForecasts.SEED_SHA), "inputs with SHA-256");
    assertTrue(html.contains("12.3%"), "P(all met)");
    assertEquals(
        List.of("Wrote report (3 target checks, 8 charts, "
            + String.format("%,d", Files.size(dir.resolve("report.html")) / 1024)
            + " KB, opens offline) to "
            + dir.resolve("report.html")),
        log);
  }

  @Test
  @SuppressWarnings("unchecked")
  void fan_sample_fiveBandsWidestFirstNamedByShareOfPaths() {
    var fan = TestForecasts.sample().fans().get(0);
    var spec = HtmlCharts.fan(fan, true, 2023, java.util.Map.of());
    List<java.util.Map<String, Object>> bands =
        (List<java.util.Map<String, Object>>) spec.get("bands");
    assertEquals(
        List.of(
            "中间90%（p5–p95） middle 90%",
            "中间80%（p10–p90） middle 80%",
            "中间60%（p20–p80） middle 60%",
            "中间40%（p30–p70） middle 40%",
            "中间20%（p40–p60） middle 20%"),
        bands.stream().map(band -> band.get("name")).toList());
    // The key over the plot gives each band's share of paths.
    assertEquals(
        List.of("90%", "80%", "60%", "40%", "20%"),
        bands.stream().map(band -> band.get("share")).toList());
    // The darkest band is December's 40th to 60th percentile of growth, as fan.csv writes it.
    int p40 = java.util.Arrays.binarySearch(fan.levels(), 0.40);
    int p60 = java.util.Arrays.binarySearch(fan.levels(), 0.60);
    assertEquals(
        HtmlCharts.exact(fan.growthQuantilesPct()[11][p40]),
        ((List<Double>) bands.get(4).get("low")).get(11));
    assertEquals(
        HtmlCharts.exact(fan.growthQuantilesPct()[11][p60]),
        ((List<Double>) bands.get(4).get("high")).get(11));
  }

  @Test
  void write_sample_underTwoAndAHalfMegabytes() throws IOException {
    written(new ArrayList<>());
    assertTrue(Files.size(dir.resolve(ForecastHtml.FILE)) < 2_500_000);
  }

  @Test
  void write_sameForecastTwice_sameBytes() throws IOException {
    written(new ArrayList<>());
    byte[] first = Files.readAllBytes(dir.resolve(ForecastHtml.FILE));
    written(new ArrayList<>());
    assertArrayEquals(first, Files.readAllBytes(dir.resolve(ForecastHtml.FILE)));
  }

  @Test
  void probability_noPathOrEveryPath_oneSidedBoundNotZero() {
    // 1 - 0.05^(1/100000) = 2.9957e-5: no path in 100,000 means below 0.003% at 95%.
    assertEquals("< 0.0030%", ForecastHtml.probability(0, 100_000));
    assertEquals("> 99.9970%", ForecastHtml.probability(1, 100_000));
    assertEquals("< 25.9%", ForecastHtml.probability(0, 10));
    assertEquals("25.6%", ForecastHtml.probability(0.2561, 100_000));
  }

  @Test
  void stdError_smallShare_twoSignificantDigitsInPoints() {
    assertEquals("± 0.14", ForecastHtml.stdError(0.0013814));
    assertEquals("± 0.074", ForecastHtml.stdError(0.000736));
  }

  @Test
  void commandLine_argumentsWithSpacesOrQuotes_quotedToTypeAgain() {
    assertEquals(
        "forecast run 'my scenarios/a.yaml' --paths 1e6 'it'\\''s'",
        ForecastHtml.commandLine(
            List.of("forecast", "run", "my scenarios/a.yaml", "--paths", "1e6", "it's")));
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
