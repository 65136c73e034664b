package dev.zhanwang.report;

import dev.zhanwang.forecast.Forecast;
import dev.zhanwang.forecast.TargetOutcome;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * P(target met) for every target check as a horizontal bar, most likely first, each named in full
 * on the left and coloured by its status (likely to be met from 80%, at risk from 50%, else
 * unlikely), with ±2 Monte Carlo standard errors and its value written beside it; the last row is
 * P(all targets met at once). Drawn with Java 2D, as XChart has no horizontal bars: the names are
 * measured, so the left margin is as wide as the longest and no name is cut.
 */
final class ProbabilityChart implements Figure {
  /**
   * One bar: its name, P(met) and s.e. as shares, status (null for the all-at-once row), and the
   * value written beside it, to the digits its standard error allows ({@link ProbabilityText}).
   */
  record Bar(String name, double probability, double stdError, TargetStatus status, String value) {}

  static final int MIN_WIDTH = 1000;
  private static final int ROW = 28;
  private static final int PAD = 16;
  private static final int TITLE_BAND = 52;
  private static final int LEGEND_BAND = 34;
  private static final int AXIS_BAND = 56;
  /** Room the bars need right of the names: the bars themselves and the value beside a full bar. */
  private static final int PLOT_MIN = 540;

  private static final Color ALL_MET = new Color(0x555555);
  private static final Color GRID = new Color(0xE0E0E0);
  private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

  private final String title;
  private final String axis;
  private final List<String> legend;
  private final List<Bar> bars;
  private final Font font;
  private final int nameWidth;
  private final int width;

  private ProbabilityChart(
      String title, String axis, List<String> legend, List<Bar> bars, Font font) {
    this.title = title;
    this.axis = axis;
    this.legend = List.copyOf(legend);
    this.bars = List.copyOf(bars);
    this.font = font;
    double longest = 0;
    for (Bar bar : bars) {
      longest =
          Math.max(longest, nameFont().getStringBounds(bar.name(), MEASURE).getWidth());
    }
    this.nameWidth = (int) Math.ceil(longest);
    this.width = Math.max(MIN_WIDTH, PAD + nameWidth + PAD + PLOT_MIN + PAD);
  }

  static ProbabilityChart of(Forecast forecast, ChartLook look) {
    Labels labels = look.labels();
    List<String> names = categories(forecast.outcomes(), look);
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      TargetOutcome outcome = forecast.outcomes().get(i);
      bars.add(new Bar(
          names.get(i),
          outcome.probabilityMet(),
          outcome.mcStdError(),
          TargetStatus.of(outcome.probabilityMet()),
          ProbabilityText.ofShare(outcome.probabilityMet(), forecast.paths())));
    }
    // Most likely first; ties keep the targets file's order.
    bars.sort(Comparator.comparingDouble(Bar::probability).reversed());
    if (!Double.isNaN(forecast.probabilityAllMet())) {
      bars.add(new Bar(
          labels.allTargetsMet(),
          forecast.probabilityAllMet(),
          forecast.probabilityAllMetStdError(),
          null,
          ProbabilityText.ofShare(forecast.probabilityAllMet(), forecast.paths())));
    }
    return new ProbabilityChart(
        labels.probabilityTitle(forecast.year()),
        labels.probabilityAxis(),
        List.of(
            labels.statusLikely(),
            labels.statusAtRisk(),
            labels.statusUnlikely(),
            labels.allAtOnce()),
        bars,
        look.font());
  }

  /**
   * The name of each target check in the chart's language, in full, with "growth" for a growth
   * check; a target stated twice keeps its id to tell the statements apart.
   */
  static List<String> categories(List<TargetOutcome> outcomes, ChartLook look) {
    List<String> names = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (TargetOutcome outcome : outcomes) {
      String full = look.name(outcome.target().nameZh(), outcome.target().nameEn());
      String name = look.labels().check(full, outcome.criterion());
      names.add(used.add(name) ? name : name + " (" + outcome.target().id() + ")");
    }
    return names;
  }

  List<Bar> bars() {
    return bars;
  }

  @Override
  public int width() {
    return width;
  }

  @Override
  public int height() {
    return TITLE_BAND + LEGEND_BAND + ROW * bars.size() + AXIS_BAND;
  }

  @Override
  public List<String> texts() {
    List<String> texts = new ArrayList<>(List.of(title, axis));
    texts.addAll(legend);
    bars.forEach(bar -> texts.add(bar.name()));
    return texts;
  }

  @Override
  public void paint(Graphics2D g) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width(), height());
    g.setColor(Color.BLACK);
    Font titleFont = ChartLook.fitted(font.deriveFont(Font.BOLD, 20f), title, width() - 2 * PAD);
    drawCentred(g, titleFont, title, width() / 2.0, 34);

    int plotLeft = PAD + nameWidth + PAD;
    int plotRight = width() - PAD - valueWidth();
    int top = TITLE_BAND + LEGEND_BAND;
    int bottom = top + ROW * bars.size();
    drawLegend(g, top - 10);

    g.setFont(font.deriveFont(13f));
    for (int pct = 0; pct <= 100; pct += 10) {
      double x = x(pct / 100.0, plotLeft, plotRight);
      g.setColor(GRID);
      g.draw(new Line2D.Double(x, top, x, bottom));
      g.setColor(Color.DARK_GRAY);
      drawCentred(g, g.getFont(), Integer.toString(pct), x, bottom + 18);
    }
    drawCentred(g, font.deriveFont(15f), axis, (plotLeft + plotRight) / 2.0, bottom + 44);

    Font names = nameFont();
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double y = top + i * ROW;
      if (bar.status() == null) {
        g.setColor(GRID);
        g.draw(new Line2D.Double(PAD, y + 1, width() - PAD, y + 1));
      }
      g.setFont(names);
      g.setColor(Color.BLACK);
      FontMetrics metrics = g.getFontMetrics();
      float baseline = (float) (y + ROW / 2.0 + metrics.getAscent() / 2.0 - 2);
      g.drawString(
          bar.name(), (float) (plotLeft - PAD - metrics.stringWidth(bar.name())), baseline);
      double barEnd = x(bar.probability(), plotLeft, plotRight);
      g.setColor(bar.status() == null ? ALL_MET : colour(bar.status()));
      g.fill(new Rectangle2D.Double(plotLeft, y + 5, barEnd - plotLeft, ROW - 10));
      double low = x(Math.max(0, bar.probability() - 2 * bar.stdError()), plotLeft, plotRight);
      double high = x(Math.min(1, bar.probability() + 2 * bar.stdError()), plotLeft, plotRight);
      g.setColor(Color.BLACK);
      g.setStroke(new BasicStroke(1.5f));
      double mid = y + ROW / 2.0;
      g.draw(new Line2D.Double(low, mid, high, mid));
      g.draw(new Line2D.Double(low, mid - 5, low, mid + 5));
      g.draw(new Line2D.Double(high, mid - 5, high, mid + 5));
      g.setStroke(new BasicStroke(1f));
      g.setFont(font.deriveFont(13f));
      g.drawString(bar.value(), (float) (Math.max(barEnd, high) + 6), baseline);
    }
  }

  private void drawLegend(Graphics2D g, int baseline) {
    Font legendFont = font.deriveFont(14f);
    g.setFont(legendFont);
    FontMetrics metrics = g.getFontMetrics();
    Color[] colours = {
      colour(TargetStatus.LIKELY),
      colour(TargetStatus.AT_RISK),
      colour(TargetStatus.UNLIKELY),
      ALL_MET
    };
    int total = 0;
    for (String entry : legend) {
      total += 18 + metrics.stringWidth(entry) + 24;
    }
    int x = Math.max(PAD, (width() - total) / 2);
    for (int i = 0; i < legend.size(); i++) {
      g.setColor(colours[i]);
      g.fillRect(x, baseline - 12, 14, 14);
      g.setColor(Color.BLACK);
      g.drawString(legend.get(i), x + 18, baseline);
      x += 18 + metrics.stringWidth(legend.get(i)) + 24;
    }
  }

  private Font nameFont() {
    return font.deriveFont(14f);
  }

  /** The status's colour, the one the HTML report's chart and table use. */
  private static Color colour(TargetStatus status) {
    return Color.decode(status.color());
  }

  /** Room right of a full bar for the longest value written beside a bar. */
  private int valueWidth() {
    Font valueFont = font.deriveFont(13f);
    double longest = 0;
    for (Bar bar : bars) {
      longest =
          Math.max(longest, valueFont.getStringBounds(bar.value(), MEASURE).getWidth());
    }
    return (int) Math.ceil(longest) + 14;
  }

  private static double x(double share, int left, int right) {
    return left + share * (right - left);
  }

  private static void drawCentred(Graphics2D g, Font font, String text, double x, double baseline) {
    g.setFont(font);
    g.drawString(text, (float) (x - g.getFontMetrics().stringWidth(text) / 2.0), (float) baseline);
  }
}
