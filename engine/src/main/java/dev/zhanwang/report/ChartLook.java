package dev.zhanwang.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.AxesChartStyler;

/**
 * The font and language of all chart text. Chinese labels need a font that can draw them; without
 * one, Java draws an empty box per character, so charts fall back to English rather than show
 * boxes. {@link #detect()} picks from the fonts installed; tests force either mode.
 *
 * @param notice why the charts are in English when a Chinese font was looked for and not found,
 *     else empty
 */
record ChartLook(Font font, Labels labels, String notice) {
  /** Characters a font must draw to be used for Chinese labels. */
  static final String SAMPLE = "展望柳东新区累计值";

  static final String NO_CHINESE_FONT = "Charts use English labels: no font on this machine can"
      + " display Chinese (install fonts-noto-cjk or fonts-wqy-zenhei for Chinese labels)";
  static final int WIDTH = 1000;
  static final int HEIGHT = 600;
  /**
   * Width a title leaves free: XChart centres it over the plot, which the y axis shifts right, so
   * it must fit twice that offset less than the chart's width.
   */
  private static final int TITLE_MARGIN = 200;

  /** Titles are made smaller to fit, down to this size in points. */
  static final float SMALLEST_TITLE = 11f;

  private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

  /** Common Chinese fonts, tried before any other installed family. */
  private static final List<String> PREFERRED = List.of(
      "Noto Sans CJK SC",
      "Noto Sans SC",
      "Source Han Sans SC",
      "Source Han Sans CN",
      "WenQuanYi Zen Hei",
      "WenQuanYi Micro Hei",
      "Microsoft YaHei",
      "PingFang SC",
      "SimHei",
      "Droid Sans Fallback");
  /** Java's logical fonts stand for physical ones, which are tried under their own names. */
  private static final Set<String> LOGICAL =
      Set.of(Font.DIALOG, Font.DIALOG_INPUT, Font.SANS_SERIF, Font.SERIF, Font.MONOSPACED);

  static {
    // Before AWT starts: charts are drawn to files, and servers have no display.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  /**
   * Chinese labels in the first installed font that can draw them, else English. Found once per
   * process, on a thread of its own from {@link #prepare()} on.
   */
  static ChartLook detect() {
    return Installed.LOOK.join();
  }

  /**
   * Starts looking through the installed fonts (a few tenths of a second) and drawing a first
   * line of text in the one found (loading its glyphs and the antialiasing pipeline), so that a
   * run's charts find both done while it loads and simulates.
   */
  static void prepare() {
    Installed.LOOK.isDone();
  }

  /** The installed fonts' look, and the thread that finds it when first asked for. */
  private static final class Installed {
    static final CompletableFuture<ChartLook> LOOK = new CompletableFuture<>();

    static {
      Thread finder = new Thread(
          () -> {
            try {
              ChartLook look = lookThroughFonts();
              LOOK.complete(look);
              drawOnce(look.font());
            } catch (Throwable e) {
              LOOK.completeExceptionally(e);
            }
          },
          "font-finder");
      finder.setDaemon(true);
      finder.start();
    }

    private static void drawOnce(Font font) {
      BufferedImage image = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = ChartFormat.antialiased(image);
      try {
        g.setFont(font);
        g.drawString(SAMPLE + " GDP 2023 +8.0%", 0, 20);
        g.fill(new Ellipse2D.Double(0, 0, 20, 20));
      } finally {
        g.dispose();
      }
    }
  }

  private static ChartLook lookThroughFonts() {
    List<String> installed = Arrays.asList(
        GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT));
    List<Font> candidates = new ArrayList<>();
    PREFERRED.stream().filter(installed::contains).forEach(family -> candidates.add(font(family)));
    installed.stream()
        .filter(family -> !PREFERRED.contains(family) && !LOGICAL.contains(family))
        .forEach(family -> candidates.add(font(family)));
    return detect(candidates);
  }

  /** Chinese labels in the first candidate that can draw {@link #SAMPLE}, else English. */
  static ChartLook detect(List<Font> candidates) {
    return candidates.stream()
        .filter(font -> font.canDisplayUpTo(SAMPLE) == -1)
        .findFirst()
        .map(ChartLook::chinese)
        .orElseGet(() -> new ChartLook(font(Font.SANS_SERIF), Labels.ENGLISH, NO_CHINESE_FONT));
  }

  static ChartLook chinese(Font font) {
    return new ChartLook(font, Labels.CHINESE, "");
  }

  static ChartLook english() {
    return new ChartLook(font(Font.SANS_SERIF), Labels.ENGLISH, "");
  }

  private static Font font(String family) {
    return new Font(family, Font.PLAIN, 14);
  }

  /** The Chinese name if labels are Chinese and the font draws all of it, else the English. */
  String name(String chinese, String english) {
    if (labels == Labels.CHINESE
        && chinese != null
        && !chinese.isBlank()
        && font.canDisplayUpTo(chinese) == -1) {
      return chinese;
    }
    return withoutCjk(english == null ? "" : english);
  }

  /** A unit as written in Chinese labels, or its English. */
  String unit(String unit) {
    return labels == Labels.CHINESE && font.canDisplayUpTo(unit) == -1
        ? unit
        : Labels.englishUnit(unit);
  }

  /** Drops Chinese characters from English text: an English name that has some is a data slip. */
  private static String withoutCjk(String text) {
    return text.codePoints()
        .filter(c -> !Labels.isCjk(c))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString()
        .strip();
  }

  /**
   * {@code font}, made smaller if need be (down to {@link #SMALLEST_TITLE} points) so that
   * {@code text} fits in {@code width} pixels: chart titles name indicators in full, and a title
   * wider than its chart is cut at both ends.
   */
  static Font fitted(Font font, String text, int width) {
    Font fitted = font;
    while (fitted.getSize2D() > SMALLEST_TITLE
        && fitted.getStringBounds(text, MEASURE).getWidth() > width) {
      fitted = fitted.deriveFont(fitted.getSize2D() - 1f);
    }
    return fitted;
  }

  XYChart xyChart(String title, String xTitle, String yTitle) {
    return xyChart(title, xTitle, yTitle, WIDTH, HEIGHT);
  }

  XYChart xyChart(String title, String xTitle, String yTitle, int width, int height) {
    width = wideEnough(title, width);
    XYChart chart = new XYChartBuilder()
        .width(width)
        .height(height)
        .title(title)
        .xAxisTitle(xTitle)
        .yAxisTitle(yTitle)
        .build();
    style(chart.getStyler());
    chart.getStyler().setCursorFont(font);
    fitTitle(chart, width);
    return chart;
  }

  CategoryChart categoryChart(String title, String xTitle, String yTitle, int height) {
    return categoryChart(title, xTitle, yTitle, WIDTH, height);
  }

  CategoryChart categoryChart(String title, String xTitle, String yTitle, int width, int height) {
    width = wideEnough(title, width);
    CategoryChart chart = new CategoryChartBuilder()
        .width(width)
        .height(height)
        .title(title)
        .xAxisTitle(xTitle)
        .yAxisTitle(yTitle)
        .build();
    style(chart.getStyler());
    chart.getStyler().setLabelsFont(font.deriveFont(13f));
    fitTitle(chart, width);
    return chart;
  }

  /**
   * {@code width}, or more when the title would not fit even at the smallest size: a chart a
   * little wider than the others is better than a title cut at both ends.
   */
  private int wideEnough(String title, int width) {
    Font smallest = font.deriveFont(Font.BOLD, SMALLEST_TITLE);
    return Math.max(
        width, (int) Math.ceil(smallest.getStringBounds(title, MEASURE).getWidth()) + TITLE_MARGIN);
  }

  private static void fitTitle(
      org.knowm.xchart.internal.chartpart.Chart<? extends AxesChartStyler, ?> chart, int width) {
    AxesChartStyler styler = chart.getStyler();
    styler.setChartTitleFont(
        fitted(styler.getChartTitleFont(), chart.getTitle(), width - TITLE_MARGIN));
  }

  /** Puts the font on every kind of chart text, and fixes what would vary by machine. */
  private void style(AxesChartStyler styler) {
    styler.setBaseFont(font);
    styler.setChartTitleFont(font.deriveFont(Font.BOLD, 20f));
    styler.setAxisTitleFont(font.deriveFont(16f));
    styler.setAxisTickLabelsFont(font.deriveFont(14f));
    styler.setLegendFont(font.deriveFont(14f));
    styler.setAnnotationTextFont(font.deriveFont(13f));
    styler.setAnnotationTextPanelFont(font.deriveFont(13f));
    styler.setToolTipFont(font.deriveFont(13f));
    styler.setChartButtonFont(font.deriveFont(13f));
    // Tick labels otherwise follow the default locale (1.234,5 on a German machine).
    styler.setLocale(Locale.ROOT);
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBorderVisible(false);
    styler.setPlotGridLinesColor(new Color(0xE0E0E0));
    styler.setChartTitleBoxVisible(false);
    styler.setLegendBorderColor(new Color(0xCCCCCC));
  }
}
