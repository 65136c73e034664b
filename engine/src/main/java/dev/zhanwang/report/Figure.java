package dev.zhanwang.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.internal.series.Series;

/**
 * Something drawn into a chart file: an XChart chart, a chart drawn directly with Java 2D (XChart
 * has no horizontal bars), or panels side by side under one title. Every {@link ChartFormat}
 * writes a figure by asking it to paint itself, so bitmap and vector files show the same drawing.
 */
interface Figure {
  int width();

  int height();

  /** Paints the figure with its top left corner at the origin of {@code g}. */
  void paint(Graphics2D g);

  /**
   * Every text drawn from the figure's content: titles, axis titles, legend entries, names of
   * categories; not the numbers of ticks and values.
   */
  List<String> texts();

  /** The XChart charts the figure draws, for checks of their styling; none if drawn directly. */
  default List<Chart<?, ?>> charts() {
    return List.of();
  }

  /** An XChart chart as a figure of its own size. */
  static Figure of(Chart<?, ?> chart) {
    return new Figure() {
      @Override
      public int width() {
        return chart.getWidth();
      }

      @Override
      public int height() {
        return chart.getHeight();
      }

      @Override
      public void paint(Graphics2D g) {
        chart.paint(g, chart.getWidth(), chart.getHeight());
      }

      @Override
      public List<String> texts() {
        List<String> texts = new ArrayList<>(
            List.of(chart.getTitle(), chart.getXAxisTitle(), chart.getYAxisTitle()));
        for (Series series : chart.getSeriesMap().values()) {
          if (series instanceof CategorySeries category) {
            category.getXData().forEach(name -> texts.add(name.toString()));
          } else if (series.isShowInLegend()) {
            texts.add(series.getLabel());
          }
        }
        texts.removeIf(String::isEmpty);
        return texts;
      }

      @Override
      public List<Chart<?, ?>> charts() {
        return List.of(chart);
      }
    };
  }

  /**
   * Panels side by side, left to right, under one bold title that is made smaller, if need be, to
   * fit the whole width.
   */
  static Figure titledRow(String title, Font font, List<Figure> panels) {
    List<Figure> copy = List.copyOf(panels);
    int band = 44;
    return new Figure() {
      @Override
      public int width() {
        return copy.stream().mapToInt(Figure::width).sum();
      }

      @Override
      public int height() {
        return band + copy.stream().mapToInt(Figure::height).max().orElse(0);
      }

      @Override
      public void paint(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(
            RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width(), height());
        Font fitted = ChartLook.fitted(font.deriveFont(Font.BOLD, 20f), title, width() - 32);
        g.setFont(fitted);
        g.setColor(Color.BLACK);
        g.drawString(title, (width() - g.getFontMetrics().stringWidth(title)) / 2f, 30f);
        AffineTransform start = g.getTransform();
        int x = 0;
        for (Figure panel : copy) {
          g.setTransform(start);
          g.translate(x, band);
          // XChart clears and clips to the size it is given; each panel keeps to its own column.
          g.setClip(0, 0, panel.width(), panel.height());
          panel.paint(g);
          x += panel.width();
        }
        g.setTransform(start);
        g.setClip(null);
      }

      @Override
      public List<String> texts() {
        List<String> texts = new ArrayList<>(List.of(title));
        copy.forEach(panel -> texts.addAll(panel.texts()));
        return texts;
      }

      @Override
      public List<Chart<?, ?>> charts() {
        List<Chart<?, ?>> charts = new ArrayList<>();
        copy.forEach(panel -> charts.addAll(panel.charts()));
        return charts;
      }
    };
  }
}
