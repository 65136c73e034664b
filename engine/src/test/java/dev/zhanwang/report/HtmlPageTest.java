package dev.zhanwang.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlPageTest {
  @TempDir
  Path dir;

  @Test
  void escape_markupQuotesAndAmpersands_escaped() {
    assertEquals(
        "&lt;b&gt;R&amp;D &quot;研发&quot; &#39;x&#39;&lt;/b&gt;",
        HtmlPage.escape("<b>R&D \"研发\" 'x'</b>"));
    assertEquals("累计值 plain", HtmlPage.escape("累计值 plain"));
  }

  @Test
  void write_hostileTexts_cannotAddElementsOrCloseTheScripts() throws IOException {
    String hostile = "</script><script>alert(1)</script><img src=x onerror=alert(2)>";
    Path file = dir.resolve("page.html");
    new HtmlPage(hostile)
        .heading(hostile, hostile)
        .section("s", hostile, hostile)
        .paragraph("", hostile)
        .table(
            new HtmlPage.Table(List.of(hostile)).row(hostile, List.of(HtmlPage.Cell.text(hostile))))
        .chart(Map.of("kind", "probability", "title", hostile))
        .write(file);
    String html = Files.readString(file, StandardCharsets.UTF_8);
    assertFalse(html.substring(0, html.indexOf("<script")).contains("<img"), "no element");
    assertFalse(html.contains("<script>alert"), "no script from text");
    // Three script elements: ECharts, the chart data and report.js; text closes none of them.
    assertEquals(3, count(html, "</script>"));
    assertEquals(3, count(html, "<script"));
  }

  @Test
  void write_page_selfContainedWithEchartsAndChartData() throws IOException {
    Path file = dir.resolve("page.html");
    HtmlPage page = new HtmlPage("标题")
        .chartRow(List.of(Map.of("kind", "fan"), Map.of("kind", "fan")))
        .chart(Map.of("kind", "histogram"), 300);
    page.write(file);
    String html = Files.readString(file, StandardCharsets.UTF_8);
    assertEquals(3, page.chartCount());
    assertTrue(html.contains("<meta charset=\"utf-8\">"));
    assertTrue(html.contains("echarts.init"), "report.js inlined");
    assertTrue(html.contains("http://www.apache.org/licenses/"), "ECharts inlined, licence kept");
    assertTrue(Files.size(file) > 900_000, "the minified ECharts library is about 1 MB");
    assertTrue(html.contains("\"Microsoft YaHei\""), "font stack names Chinese fonts");
    assertTrue(html.contains("data-chart=\"2\" style=\"height:300px\""));
    assertTrue(html.contains("[{\"kind\":\"fan\"},{\"kind\":\"fan\"},{\"kind\":\"histogram\"}]"));
    String beforeScripts = html.substring(0, html.indexOf("<script"));
    assertFalse(
        beforeScripts.contains(" src=") || beforeScripts.contains("<link"),
        "nothing loaded from outside");
    assertFalse(Pattern.compile("<script[^>]*\\ssrc=").matcher(html).find(), "no script file");
  }

  @Test
  void chart_specWithoutKind_refused() {
    HtmlPage page = new HtmlPage("t");
    Map<String, Object> noKind = Map.of("title", "x");
    assertThrows(IllegalArgumentException.class, () -> page.chart(noKind));
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
