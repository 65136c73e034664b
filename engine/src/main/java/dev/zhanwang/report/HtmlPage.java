package dev.zhanwang.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A self-contained HTML report: sections of headings, paragraphs, tables and charts, written as
 * one file with its style sheet, Apache ECharts and the charts' data inlined, so that it opens
 * offline in any browser. Every text is escaped here. A chart is a spec (maps, lists, numbers,
 * strings) whose {@code kind} names a builder in {@code report.js}, which turns it into ECharts
 * options in the reader's browser: Chinese is drawn with the reader's fonts and tooltips show the
 * numbers as written. Each job that writes report.html builds its page from these parts, adding
 * chart kinds to {@code report.js} as it needs them.
 */
final class HtmlPage {
  /** The ECharts version of the webjar in the engine's pom; its minified build is inlined. */
  static final String ECHARTS_VERSION = "5.3.1";

  private static final String ECHARTS =
      "/META-INF/resources/webjars/echarts/" + ECHARTS_VERSION + "/dist/echarts.min.js";
  private static final String CSS = "/dev/zhanwang/report/report.css";
  private static final String SCRIPT = "/dev/zhanwang/report/report.js";

  private final String title;
  private final StringBuilder body = new StringBuilder();
  private final List<Object> charts = new ArrayList<>();
  private boolean inSection;

  HtmlPage(String title) {
    this.title = title;
  }

  /** The page's main heading, with an English line below it. */
  HtmlPage heading(String chinese, String english) {
    body.append("<header><h1>").append(escape(chinese)).append("</h1>");
    if (!english.isEmpty()) {
      body.append("<div class=\"en\">").append(escape(english)).append("</div>");
    }
    body.append("</header>\n");
    return this;
  }

  /** Links to sections, by id and title. */
  HtmlPage contents(Map<String, String> sections) {
    body.append("<nav>");
    sections.forEach((id, text) -> body.append("<a href=\"#")
        .append(escape(id))
        .append("\">")
        .append(escape(text))
        .append("</a>"));
    body.append("</nav>\n");
    return this;
  }

  /** Starts a section (ending the one before), titled in Chinese with English beside it. */
  HtmlPage section(String id, String chinese, String english) {
    endSection();
    body.append("<section id=\"").append(escape(id)).append("\"><h2>");
    body.append(escape(chinese)).append(" <span class=\"en\">").append(escape(english));
    body.append("</span></h2>\n");
    inSection = true;
    return this;
  }

  HtmlPage subheading(String text) {
    body.append("<h3>").append(escape(text)).append("</h3>\n");
    return this;
  }

  /** A paragraph; {@code cssClass} may be empty. */
  HtmlPage paragraph(String cssClass, String text) {
    body.append(cssClass.isEmpty() ? "<p>" : "<p class=\"" + escape(cssClass) + "\">");
    body.append(escape(text)).append("</p>\n");
    return this;
  }

  /** Name and value pairs, in order. */
  HtmlPage facts(Map<String, String> facts) {
    body.append("<dl class=\"facts\">");
    facts.forEach((name, value) -> body.append("<dt>")
        .append(escape(name))
        .append("</dt><dd>")
        .append(escape(value))
        .append("</dd>"));
    body.append("</dl>\n");
    return this;
  }

  HtmlPage list(List<String> items) {
    body.append("<ul class=\"plain\">");
    items.forEach(item -> body.append("<li>").append(escape(item)).append("</li>"));
    body.append("</ul>\n");
    return this;
  }

  /** Preformatted text, such as a command line. */
  HtmlPage code(String text) {
    body.append("<pre><code>").append(escape(text)).append("</code></pre>\n");
    return this;
  }

  HtmlPage table(Table table) {
    table.appendTo(body);
    return this;
  }

  /** One chart, the page's width. */
  HtmlPage chart(Map<String, Object> spec) {
    appendChart(spec, 0);
    return this;
  }

  /** One chart of the given height in pixels, for charts whose height grows with their rows. */
  HtmlPage chart(Map<String, Object> spec, int heightPx) {
    appendChart(spec, heightPx);
    return this;
  }

  /** Charts side by side, e.g. a level fan and a growth fan. */
  HtmlPage chartRow(List<Map<String, Object>> specs) {
    body.append("<div class=\"chart-row\">");
    specs.forEach(spec -> appendChart(spec, 0));
    body.append("</div>\n");
    return this;
  }

  /** How many charts the page has; the browser test expects as many drawn. */
  int chartCount() {
    return charts.size();
  }

  private void appendChart(Map<String, Object> spec, int heightPx) {
    if (!(spec.get("kind") instanceof String)) {
      throw new IllegalArgumentException("a chart spec needs a kind");
    }
    body.append("<div class=\"chart\" data-chart=\"").append(charts.size()).append('"');
    if (heightPx > 0) {
      body.append(" style=\"height:").append(heightPx).append("px\"");
    }
    body.append("></div>\n");
    charts.add(spec);
  }

  private void endSection() {
    if (inSection) {
      body.append("</section>\n");
      inSection = false;
    }
  }

  /**
   * Writes the page as UTF-8. The ECharts library (about 1 MB) is copied as bytes, never decoded,
   * so writing stays a matter of milliseconds.
   */
  void write(Path file) throws IOException {
    endSection();
    StringBuilder head = new StringBuilder(4096);
    head.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(escape(title))
        .append("</title>\n<style>\n")
        .append(Resources.CSS_TEXT)
        .append("</style>\n</head>\n<body>\n")
        .append(body)
        .append("<script>\n");
    String tail = "\n</script>\n<script type=\"application/json\" id=\"zw-charts\">"
        + Json.forScript(charts)
        + "</script>\n<script>\n"
        + Resources.SCRIPT_TEXT
        + "</script>\n</body>\n</html>\n";
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out.write(head.toString().getBytes(StandardCharsets.UTF_8));
      out.write(Resources.ECHARTS_BYTES);
      out.write(tail.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Text for HTML element content and quoted attribute values. */
  static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> null;
      };
      if (replacement != null && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (replacement != null) {
          out.append(replacement);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * A table: a header row, then rows of cells, each row keyed (its {@code data-key}, e.g. a
   * target check's id) so that tests and readers' scripts can find it.
   */
  static final class Table {
    private final StringBuilder html = new StringBuilder();

    /** Header cells; a name starting with {@code #} is a number column, right-aligned. */
    Table(List<String> header) {
      html.append("<table><thead><tr>");
      for (String name : header) {
        boolean number = name.startsWith("#");
        html.append(number ? "<th class=\"num\">" : "<th>")
            .append(escape(number ? name.substring(1) : name))
            .append("</th>");
      }
      html.append("</tr></thead><tbody>\n");
    }

    Table row(String key, List<Cell> cells) {
      html.append("<tr data-key=\"").append(escape(key)).append("\">");
      for (Cell cell : cells) {
        html.append("<td");
        if (!cell.cssClass().isEmpty()) {
          html.append(" class=\"").append(escape(cell.cssClass())).append('"');
        }
        if (!cell.title().isEmpty()) {
          html.append(" title=\"").append(escape(cell.title())).append('"');
        }
        html.append('>').append(escape(cell.text())).append("</td>");
      }
      html.append("</tr>\n");
      return this;
    }

    private void appendTo(StringBuilder out) {
      out.append(html).append("</tbody></table>\n");
    }
  }

  /**
   * One table cell: its text, a CSS class (may be empty) and a tooltip (may be empty), e.g. the
   * exact value behind a rounded one.
   */
  record Cell(String text, String cssClass, String title) {
    static Cell text(String text) {
      return new Cell(text, "", "");
    }

    static Cell number(String text) {
      return new Cell(text, "num", "");
    }

    static Cell number(String text, String exact) {
      return new Cell(text, "num", exact.equals(text) ? "" : exact);
    }
  }

  /** The files inlined into every page, read once from the class path. */
  private static final class Resources {
    static final String CSS_TEXT = text(CSS);
    static final String SCRIPT_TEXT = text(SCRIPT);
    static final byte[] ECHARTS_BYTES = bytes(ECHARTS);

    private static String text(String name) {
      return new String(bytes(name), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String name) {
      try (InputStream in = HtmlPage.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("missing from the engine's jar: " + name);
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
