package dev.zhanwang.report;

import dev.zhanwang.forecast.IndicatorFan;
import java.awt.BasicStroke;
import java.awt.Color;
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
 * monthly reports use, with each growth target (and 0% when the bands reach below it). Both show nested bands (5–95, 10–90,
 * 25–75 percent, darker inside, as the Bank of England draws its fans) and the median. Growth
 * shows the uncertainty a level chart hides: a spread of a few percent of the level is most of the
 * distance between meeting a growth target and missing it.
 */
final class FanChart {
  static final int PANEL_WIDTH = 700;
  static final int PANEL_HEIGHT = 500;
  private static final int[][] BANDS = {{5, 95}, {10, 90}, {25, 75}};
  private static final Color[] BAND_COLORS = {
    new Color(0xC6DBEF), new Color(0x9ECAE1), new Color(0x6BAED6)
  };
  private static final Color MEDIAN = new Color(0x08519C);
  private static final Color PAST = new Color(0x555555);
  private static final Color TARGET = new Color(0xD7301F);
  private static final BasicStroke DASHED = new BasicStroke(
      2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f);

  private FanChart() {}

  /** Both panels; {@code growthTargets} in percent, the growth targets on this indicator. */
  static Figure of(IndicatorFan fan, List<Double> growthTargets, int year, ChartLook look) {
    Labels labels = look.labels();
    return Figure.titledRow(
        labels.fanTitle(look.name(fan.nameZh(), fan.nameEn()), year),
        look.font(),
        List.of(Figure.of(level(fan, year, look)), Figure.of(growth(fan, growthTargets, look))));
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
      XYSeries band = chart.addSeries(labels.band(BANDS[b][0], BANDS[b][1]), px, py);
      band.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea)
          .setMarker(SeriesMarkers.NONE)
          .setLineColor(BAND_COLORS[b])
          .setFillColor(BAND_COLORS[b]);
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
