package dev.zhanwang.report;

import dev.zhanwang.forecast.IndicatorFan;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The fan chart of one flow indicator, two panels under one title: on the left the forecast year's
 * year-to-date value (累计值) with the 2022 path and each level target as a marker at December,
 * where year-to-date is the annual value; on the right year-to-date growth (累计增速), the form
 * monthly reports use, with each growth target (and 0% when the bands reach below it). Both show
 * five nested bands, dark in the centre to light outside as the Bank of England draws its fans
 * (the middle 20, 40, 60, 80 and 90 percent of paths, from the deciles and 5/95 percentiles of
 * {@link dev.zhanwang.sim.Simulator#FAN_LEVELS}), and the median; a key under both panels says
 * what each shade holds. Growth shows the uncertainty a level chart hides: a spread of a few
 * percent of the level is most of the distance between meeting a growth target and missing it.
 */
final class FanChart {
  static final int PANEL_WIDTH = 700;
  static final int PANEL_HEIGHT = 500;

  /**
   * The bands as percentile pairs, widest first (drawn first, so each narrower one lies on top):
   * the middle 90, 80, 60, 40 and 20 percent of paths. The HTML report draws the same.
   */
  static final int[][] BANDS = {{5, 95}, {10, 90}, {20, 80}, {30, 70}, {40, 60}};

  /** Band colours in {@link #BANDS}' order, light to dark (ColorBrewer Blues), as hex. */
  static final String[] BAND_COLORS = {"#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5"};

  /** The median line, darker than the darkest band it runs through (report.js draws the same). */
  private static final Color MEDIAN = new Color(0x08306B);

  private static final Color PAST = new Color(0x555555);
  private static final Color TARGET = new Color(0xD7301F);
  private static final BasicStroke DASHED = new BasicStroke(
      2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f);
  /** Height of the key under the panels. */
  private static final int KEY_BAND = 40;

  private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

  private FanChart() {}

  /** Both panels; {@code growthTargets} in percent, the growth targets on this indicator. */
  static Figure of(IndicatorFan fan, List<Double> growthTargets, int year, ChartLook look) {
    Labels labels = look.labels();
    return withKey(
        Figure.titledRow(
            labels.fanTitle(look.name(fan.nameZh(), fan.nameEn()), year),
            look.font(),
            List.of(
                Figure.of(level(fan, year, look)), Figure.of(growth(fan, growthTargets, look)))),
        look);
  }

  /**
   * {@code row} with a key under it: a swatch per band, darkest first, each saying which share of
   * paths it holds ("middle 20% (p40–p60)"). One key for both panels keeps five band entries out of
   * the panels' legends, where they would cover the fan.
   */
  private static Figure withKey(Figure row, ChartLook look) {
    Labels labels = look.labels();
    List<String> entries = new ArrayList<>();
    for (int b = BANDS.length - 1; b >= 0; b--) {
      entries.add(labels.band(BANDS[b][0], BANDS[b][1]));
    }
    String heading = labels.bandKey();
    int swatch = 16;
    int gap = 22;
    // The key's font, made smaller if need be to fit the figure's width.
    Font font = look.font().deriveFont(14f);
    while (font.getSize2D() > ChartLook.SMALLEST_TITLE
        && keyWidth(font, heading, entries, swatch, gap) > row.width() - 32) {
      font = font.deriveFont(font.getSize2D() - 1f);
    }
    Font keyFont = font;
    return new Figure() {
      @Override
      public int width() {
        return row.width();
      }

      @Override
      public int height() {
        return row.height() + KEY_BAND;
      }

      @Override
      public void paint(Graphics2D g) {
        row.paint(g);
        g.setColor(Color.WHITE);
        g.fillRect(0, row.height(), width(), KEY_BAND);
        g.setFont(keyFont);
        FontMetrics metrics = g.getFontMetrics();
        double x = (width() - keyWidth(keyFont, heading, entries, swatch, gap)) / 2.0;
        float baseline = row.height() + KEY_BAND / 2f + metrics.getAscent() / 2f - 3;
        g.setColor(Color.BLACK);
        g.drawString(heading, (float) x, baseline);
        x += textWidth(keyFont, heading) + gap / 2.0;
        for (int e = 0; e < entries.size(); e++) {
          g.setColor(Color.decode(BAND_COLORS[BANDS.length - 1 - e]));
          g.fillRect((int) x, (int) (baseline - swatch + 2), swatch, swatch);
          x += swatch + 6;
          g.setColor(Color.BLACK);
          g.drawString(entries.get(e), (float) x, baseline);
          x += textWidth(keyFont, entries.get(e)) + gap;
        }
      }

      @Override
      public List<String> texts() {
        List<String> texts = new ArrayList<>(row.texts());
        texts.add(heading);
        texts.addAll(entries);
        return texts;
      }

      @Override
      public List<org.knowm.xchart.internal.chartpart.Chart<?, ?>> charts() {
        return row.charts();
      }
    };
  }

  private static double keyWidth(
      Font font, String heading, List<String> entries, int swatch, int gap) {
    double total = textWidth(font, heading) + gap / 2.0;
    for (String entry : entries) {
      total += swatch + 6 + textWidth(font, entry) + gap;
    }
    return total - gap;
  }

  private static double textWidth(Font font, String text) {
    return font.getStringBounds(text, MEASURE).getWidth();
  }

  static XYChart level(IndicatorFan fan, int year, ChartLook look) {
    Labels labels = look.labels();
    String unit = look.unit(fan.unit());
    XYChart chart = panel(labels.levelPanel(), labels.yearToDate(unit), look);
    double[] x = months(fan);
    bands(chart, fan, fan.ytdQuantiles(), labels);
    line(chart, labels.median(), x, column(fan.ytdQuantiles(), FanCsv.indexOf(fan.levels(), 0.5)))
        .setLineColor(MEDIAN)
        .setLineWidth(2.5f);
    line(chart, labels.yearToDateOf(year - 1), x, fan.ytd2022())
        .setLineColor(PAST)
        .setLineStyle(DASHED);
    targets(chart, fan.targetLevels(), fan.months(), level -> labels.amount(level, unit), labels);
    return chart;
  }

  static XYChart growth(IndicatorFan fan, List<Double> growthTargets, ChartLook look) {
    Labels labels = look.labels();
    XYChart chart = panel(labels.growthPanel(), labels.yearToDateGrowth(), look);
    double[] x = months(fan);
    bands(chart, fan, fan.growthQuantilesPct(), labels);
    line(
            chart,
            labels.median(),
            x,
            column(fan.growthQuantilesPct(), FanCsv.indexOf(fan.levels(), 0.5)))
        .setLineColor(MEDIAN)
        .setLineWidth(2.5f);
    // 0% only when a band reaches below it: otherwise it would stretch the axis away from the
    // differences the fan shows.
    double lowest =
        Arrays.stream(fan.growthQuantilesPct()).mapToDouble(q -> q[0]).min().orElse(0);
    if (lowest < 0) {
      line(chart, "0%", new double[] {1, fan.months()}, new double[] {0, 0})
          .setLineColor(PAST)
          .setLineStyle(DASHED)
          .setShowInLegend(false);
    }
    targets(chart, growthTargets, fan.months(), growth -> labels.amount(growth, "%"), labels);
    return chart;
  }

  private static XYChart panel(String title, String yTitle, ChartLook look) {
    XYChart chart = look.xyChart(title, look.labels().month(), yTitle, PANEL_WIDTH, PANEL_HEIGHT);
    XYStyler styler = chart.getStyler();
    styler.setLegendPosition(LegendPosition.InsideNW);
    styler.setXAxisDecimalPattern("0");
    styler.setMarkerSize(14);
    styler.setXAxisMin(1.0);
    styler.setXAxisMax(12.0);
    return chart;
  }

  private static double[] months(IndicatorFan fan) {
    return IntStream.rangeClosed(1, fan.months()).asDoubleStream().toArray();
  }

  /** Each band as one closed polygon: along the upper edge, back along the lower one. */
  private static void bands(XYChart chart, IndicatorFan fan, double[][] quantiles, Labels labels) {
    int months = fan.months();
    double[] x = months(fan);
    for (int b = 0; b < BANDS.length; b++) {
      double[] low = column(quantiles, FanCsv.indexOf(fan.levels(), BANDS[b][0] / 100.0));
      double[] high = column(quantiles, FanCsv.indexOf(fan.levels(), BANDS[b][1] / 100.0));
      double[] px = new double[2 * months];
      double[] py = new double[2 * months];
      for (int m = 0; m < months; m++) {
        px[m] = x[m];
        py[m] = high[m];
        px[2 * months - 1 - m] = x[m];
        py[2 * months - 1 - m] = low[m];
      }
      // The key under the panels names the bands; series labels must still be unique.
      XYSeries band = chart.addSeries(labels.band(BANDS[b][0], BANDS[b][1]), px, py);
      Color colour = Color.decode(BAND_COLORS[b]);
      band.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea)
          .setMarker(SeriesMarkers.NONE)
          .setLineColor(colour)
          .setFillColor(colour)
          .setShowInLegend(false);
    }
  }

  private static XYSeries line(XYChart chart, String label, double[] x, double[] y) {
    XYSeries series = chart.addSeries(label, x, y);
    series.setMarker(SeriesMarkers.NONE);
    return series;
  }

  private static void targets(
      XYChart chart,
      List<Double> values,
      int months,
      java.util.function.DoubleFunction<String> amount,
      Labels labels) {
    Set<String> drawn = new HashSet<>();
    for (double value : values) {
      String label = labels.target(amount.apply(value));
      if (drawn.add(label)) {
        chart
            .addSeries(label, new double[] {months}, new double[] {value})
            .setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter)
            .setMarker(SeriesMarkers.DIAMOND)
            .setMarkerColor(TARGET);
      }
    }
  }

  private static double[] column(double[][] quantiles, int level) {
    double[] values = new double[quantiles.length];
    for (int m = 0; m < values.length; m++) {
      values[m] = quantiles[m][level];
    }
    return values;
  }
}
