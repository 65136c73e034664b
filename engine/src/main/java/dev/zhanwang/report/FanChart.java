package dev.zhanwang.report;

import dev.zhanwang.forecast.IndicatorFan;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The fan chart of one flow indicator: nested bands of the forecast year's year-to-date value
 * (5–95, 10–90, 25–75 percent, darker inside), the median, the 2022 path for reference and each
 * level target as a marker at December, where year-to-date is the annual value.
 */
final class FanChart {
  private static final int[][] BANDS = {{5, 95}, {10, 90}, {25, 75}};
  private static final Color[] BAND_COLORS = {
    new Color(0xC6DBEF), new Color(0x9ECAE1), new Color(0x6BAED6)
  };
  private static final Color MEDIAN = new Color(0x08519C);
  private static final Color PAST = new Color(0x555555);
  private static final Color TARGET = new Color(0xD7301F);

  private FanChart() {}

  static XYChart of(IndicatorFan fan, int year, ChartLook look) {
    Labels labels = look.labels();
    String unit = look.unit(fan.unit());
    XYChart chart = look.xyChart(
        labels.fanTitle(look.name(fan.nameZh(), fan.nameEn()), year),
        labels.month(),
        labels.yearToDate(unit));
    XYStyler styler = chart.getStyler();
    styler.setLegendPosition(LegendPosition.InsideNW);
    styler.setXAxisDecimalPattern("0");
    styler.setMarkerSize(14);
    double[] levels = fan.levels();
    int months = fan.months();
    double[] x = IntStream.rangeClosed(1, months).asDoubleStream().toArray();
    for (int b = 0; b < BANDS.length; b++) {
      double[] low = column(fan, FanCsv.indexOf(levels, BANDS[b][0] / 100.0));
      double[] high = column(fan, FanCsv.indexOf(levels, BANDS[b][1] / 100.0));
      // The band as one closed polygon: along the upper edge, back along the lower one.
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
    XYSeries median = chart.addSeries(labels.median(), x, column(fan, FanCsv.indexOf(levels, 0.5)));
    median.setMarker(SeriesMarkers.NONE).setLineColor(MEDIAN).setLineWidth(2.5f);
    XYSeries past = chart.addSeries(labels.yearToDateOf(year - 1), x, fan.ytd2022());
    past.setMarker(SeriesMarkers.NONE)
        .setLineColor(PAST)
        .setLineStyle(new BasicStroke(
            2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f));
    Set<String> drawn = new HashSet<>();
    for (double level : fan.targetLevels()) {
      String label = labels.target(labels.amount(level, unit));
      if (drawn.add(label)) {
        XYSeries target = chart.addSeries(label, new double[] {months}, new double[] {level});
        target
            .setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter)
            .setMarker(SeriesMarkers.DIAMOND)
            .setMarkerColor(TARGET);
      }
    }
    return chart;
  }

  private static double[] column(IndicatorFan fan, int level) {
    double[] values = new double[fan.months()];
    for (int m = 0; m < values.length; m++) {
      values[m] = fan.ytdQuantiles()[m][level];
    }
    return values;
  }
}
