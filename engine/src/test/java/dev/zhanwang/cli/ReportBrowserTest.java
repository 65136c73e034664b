package dev.zhanwang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Opens the baseline's report.html in Debian's headless Chromium, through Debian's chromedriver,
 * as a reader would: no console error, every chart drawn, a row for every target check the
 * terminal lists, and screenshots in {@code target/report-screenshot.png} (the top of the page)
 * and {@code target/report-probability.png} (the P(target met) chart). Skipped where Chromium
 * or its driver is missing, except in CI ({@code CI=true}), whose .ci/run installs both.
 */
@Timeout(180)
class ReportBrowserTest {
  private static final Path BASELINE = Path.of("../scenarios/liudong-2023-baseline.yaml");
  private static final Path CHROMIUM =
      Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
  private static final Path DRIVER =
      Path.of(System.getProperty("chromium.driver", "/usr/bin/chromedriver"));
  static final Path SCREENSHOT = Path.of("target/report-screenshot.png");
  /** The P(target met) section alone, a chart the browser drew. */
  static final Path CHART_SCREENSHOT = Path.of("target/report-probability.png");

  @TempDir
  static Path dir;

  /**
   * Selenium warns that it has no DevTools protocol classes for this Chromium version; the test
   * does not use them. Held here because the logging framework keeps loggers weakly.
   */
  private static final Logger DEVTOOLS = Logger.getLogger("org.openqa.selenium.devtools");

  private static ChromeDriver browser;

  @BeforeAll
  static void startBrowser() throws IOException {
    DEVTOOLS.setLevel(Level.SEVERE);
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (!"true".equals(System.getenv("CI"))) {
      Assumptions.assumeTrue(
          present, "Chromium or chromedriver missing: " + CHROMIUM + ", " + DRIVER);
    }
    assertTrue(present, "CI installs chromium and chromium-driver (.ci/run)");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")),
        "--window-size=1280,1000",
        "--lang=zh-CN");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile())
        .withLogFile(dir.resolve("chromedriver.log").toFile())
        .build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void consoleErrorProbe_pageThatLogsAnError_errorSeen() throws IOException {
    // Proves the check below can fail: a page that logs an error is seen to.
    Path probe =
        Files.writeString(dir.resolve("probe.html"), "<script>console.error('probe 探针')</script>");
    browser.get(probe.toUri().toString());
    assertTrue(severe().stream().anyMatch(line -> line.contains("probe 探针")), "probe not seen");
  }

  @Test
  void reportHtml_baselineInChromium_everyChartAndTargetRowNoConsoleError() throws IOException {
    Path out = dir.resolve("baseline");
    CliRun run = CliRun.forecast(
        "run", BASELINE.toString(), "--paths", "2000", "--charts", "html", "--out", out.toString());
    assertEquals(0, run.status(), run.err());
    severe(); // drops the entries of earlier pages

    browser.get(out.resolve("report.html").toUri().toString());
    int charts = browser.findElements(By.cssSelector(".chart[data-chart]")).size();
    // report.js runs before the load event that get() waits for; the attribute is its last act.
    String drawn = browser.findElement(By.tagName("html")).getAttribute("data-charts-drawn");
    assertEquals(List.of(), severe(), "console errors");
    assertEquals(Integer.toString(charts), drawn, "charts drawn");
    // Baseline: 1 P(target met) chart, 2 fans for each of 19 indicators, 22 histograms.
    assertEquals(1 + 2 * 19 + 22, charts);
    for (WebElement chart : browser.findElements(By.cssSelector(".chart[data-chart]"))) {
      assertEquals(
          1,
          chart.findElements(By.tagName("canvas")).size(),
          "a canvas in chart " + chart.getAttribute("data-chart"));
    }
    for (String key : targetChecks(run.out())) {
      assertEquals(
          1,
          browser
              .findElements(By.cssSelector("#targets tr[data-key='" + key + "']"))
              .size(),
          "row of " + key);
    }
    // Tooltips give the exact values: December's median of the first fan, as fan.csv has it.
    String[] december = firstIndicatorDecember(out.resolve("fan.csv"));
    String median = december[fanColumn(out.resolve("fan.csv"), "ytd_p50")];
    Object tooltip = ((JavascriptExecutor) browser)
        .executeScript("var chart = echarts.getInstanceByDom(document.querySelector("
            + "'#fans .chart'));"
            + "return chart.getOption().tooltip[0].formatter([{dataIndex: 11}]);");
    assertTrue(
        String.valueOf(tooltip).contains("中位数 median: " + median), tooltip + " lacks " + median);
    // And every band by the share of paths it holds, the darkest's as fan.csv has it.
    assertTrue(
        String.valueOf(tooltip)
            .contains("中间20%（p40–p60） middle 20%: "
                + december[fanColumn(out.resolve("fan.csv"), "ytd_p40")]
                + " – "
                + december[fanColumn(out.resolve("fan.csv"), "ytd_p60")]),
        String.valueOf(tooltip));
    Object title = ((JavascriptExecutor) browser)
        .executeScript("return echarts.getInstanceByDom(document.querySelector("
            + "'#probability .chart')).getOption().title[0].text");
    assertEquals("2023年各项目标完成概率", title);

    Files.createDirectories(SCREENSHOT.getParent());
    Files.write(SCREENSHOT, browser.getScreenshotAs(OutputType.BYTES));
    Files.write(
        CHART_SCREENSHOT,
        browser.findElement(By.id("probability")).getScreenshotAs(OutputType.BYTES));
  }

  /** The index of a column of fan.csv, by its name in the header. */
  private static int fanColumn(Path fanCsv, String name) throws IOException {
    String header = Files.readAllLines(fanCsv).get(0).replace("\uFEFF", "");
    int column = List.of(header.split(",", -1)).indexOf(name);
    assertTrue(column >= 0, name + " in " + header);
    return column;
  }

  /** The cells of fan.csv's row of the first indicator in December. */
  private static String[] firstIndicatorDecember(Path fanCsv) throws IOException {
    // The row's names hold no comma or quote, so a plain split gives its cells.
    String[] row = Files.readAllLines(fanCsv).get(12).split(",", -1);
    assertEquals("12", row[4], "month of " + String.join(",", row));
    return row;
  }

  /** {@code id:criterion} of every target check in the terminal's P(target met) table. */
  private static List<String> targetChecks(String printed) {
    List<String> keys = new ArrayList<>();
    boolean inTable = false;
    for (String line : printed.lines().toList()) {
      if (inTable && (line.isBlank() || line.startsWith("Not forecast"))) {
        break;
      }
      if (inTable) {
        String[] words = line.trim().split("\\s+");
        keys.add(words[0] + ":" + words[1]);
      }
      inTable |= line.startsWith("target ");
    }
    assertEquals(22, keys.size(), "the baseline's target checks: " + keys);
    return keys;
  }

  private static List<String> severe() {
    List<String> errors = new ArrayList<>();
    for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
        errors.add(entry.getMessage());
      }
    }
    return errors;
  }
}
