package dev.zhanwang.report;

import dev.zhanwang.forecast.TargetOutcome;
import dev.zhanwang.sim.Histogram;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The simulated distribution of one target check's outcome as a histogram of shares of paths,
 * split at the target: the side that misses it in red, the side that meets it in blue, the target
 * itself a dashed vertical line. The outermost bins count every outcome beyond the range shown,
 * so they are grey and the legend says so ("≤ 1,047: lower tail").
 */
final class HistogramChart {
  private static final Color MISSED = new Color(0xE08068);
  private static final Color MET = new Color(0x6BAED6);
  /** The outermost bins hold every outcome beyond them, so they are drawn apart and named. */
  private static final Color TAIL = new Color(0x9E9E9E);

  static final int WIDTH = 800;
  static final int HEIGHT = 480;

  private HistogramChart() {}

  static XYChart of(TargetOutcome outcome, int year, ChartLook look) {
    Labels labels = look.labels();
    String unit = look.unit(outcome.unit());
    String name = look.name(outcome.target().nameZh(), outcome.target().nameEn());
    XYChart chart = look.xyChart(
        labels.histogramTitle(name, outcome.criterion(), year),
        labels.outcomeAxis(outcome.criterion(), unit, year),
        labels.shareOfPaths(),
        WIDTH,
        HEIGHT);
    chart.getStyler().setLegendPosition(LegendPosition.InsideNE);
    Histogram histogram = outcome.outcome().histogram();
    double[] edges = histogram.edges();
    long[] counts = histogram.counts();
    double total = Math.max(1, LongStream.of(counts).sum());
    double[] heights = LongStream.of(counts).mapToDouble(c -> 100 * c / total).toArray();
    double threshold = outcome.threshold();
    double first = edges[0];
    double last = edges[edges.length - 1];
    if (first < threshold) {
      area(
          chart,
          labels.missed(percent(1 - outcome.probabilityMet())),
          MISSED,
          silhouette(edges, heights, first, Math.min(threshold, last)));
    }
    if (threshold < last) {
      area(
          chart,
          labels.met(percent(outcome.probabilityMet())),
          MET,
          silhouette(edges, heights, Math.max(threshold, first), last));
    }
    if (counts[0] > 0) {
      area(
          chart,
          labels.lowerTail(labels.amount(edges[1], unit)),
          TAIL,
          silhouette(edges, heights, first, edges[1]));
    }
    if (counts[counts.length - 1] > 0) {
      area(
          chart,
          labels.upperTail(labels.amount(edges[edges.length - 2], unit)),
          TAIL,
          silhouette(edges, heights, edges[edges.length - 2], last));
    }
    double top = 1.05 * LongStream.of(counts).max().orElse(0) * 100 / total;
    XYSeries line = chart.addSeries(
        labels.target(labels.amount(threshold, unit)),
        new double[] {threshold, threshold},
        new double[] {0, top});
    line.setMarker(SeriesMarkers.NONE)
        .setLineColor(Color.BLACK)
        .setLineStyle(new BasicStroke(
            2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f));
    return chart;
  }

  private static void area(XYChart chart, String label, Color color, double[][] points) {
    XYSeries series = chart.addSeries(label, points[0], points[1]);
    series
        .setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea)
        .setMarker(SeriesMarkers.NONE)
        .setLineColor(color)
        .setFillColor(color);
  }

  /** The outline of the bars between {@code from} and {@code to}, closed along the x axis. */
  static double[][] silhouette(double[] edges, double[] heights, double from, double to) {
    List<double[]> points = new ArrayList<>(List.of(new double[] {from, 0}));
    for (int i = 0; i < heights.length; i++) {
      double low = Math.max(edges[i], from);
      double high = Math.min(edges[i + 1], to);
      if (low < high) {
        points.add(new double[] {low, heights[i]});
        points.add(new double[] {high, heights[i]});
      }
    }
    points.add(new double[] {to, 0});
    double[][] xy = new double[2][points.size()];
    for (int p = 0; p < points.size(); p++) {
      xy[0][p] = points.get(p)[0];
      xy[1][p] = points.get(p)[1];
    }
    return xy;
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }
}
