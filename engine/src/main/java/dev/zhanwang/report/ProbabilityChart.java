package dev.zhanwang.report;

import dev.zhanwang.forecast.Forecast;
import dev.zhanwang.forecast.TargetOutcome;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.style.CategoryStyler;

/**
 * P(target met) for every target check as a bar with its value written above and ±2 Monte Carlo
 * standard errors; the title gives the probability that all targets are met at once.
 */
final class ProbabilityChart {
  /** Taller than the other charts: the names below the bars are written upwards. */
  static final int HEIGHT = 800;
  /** Longer names are cut so the rotated names leave room for the bars. */
  private static final int MAX_NAME = 32;

  private ProbabilityChart() {}

  static CategoryChart of(Forecast forecast, ChartLook look) {
    Labels labels = look.labels();
    String allMet = Double.isNaN(forecast.probabilityAllMet())
        ? ""
        : ProbabilityText.ofShare(forecast.probabilityAllMet(), forecast.paths());
    CategoryChart chart = look.categoryChart(
        labels.probabilityTitle(forecast.year(), allMet), "", labels.probabilityAxis(), HEIGHT);
    CategoryStyler styler = chart.getStyler();
    styler.setLegendVisible(false);
    styler.setXAxisLabelRotation(90);
    styler.setYAxisMin(0.0);
    styler.setYAxisMax(100.0);
    styler.setYAxisDecimalPattern("0");
    styler.setErrorBarsColor(Color.BLACK);
    styler.setSeriesColors(new Color[] {new Color(0x6BAED6)});
    List<String> names = categories(forecast.outcomes(), look);
    List<Double> percents = new ArrayList<>();
    List<Double> errors = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      TargetOutcome outcome = forecast.outcomes().get(i);
      double p = 100 * outcome.probabilityMet();
      double error = 200 * outcome.mcStdError();
      percents.add(p);
      errors.add(error);
      // Category i spans x from i to i + 1. Above the error bar, or inside a bar near 100%.
      double y = p + error + 4 <= 98 ? p + error + 4 : p - 5;
      chart.addAnnotation(
          new AnnotationText(String.format(Locale.ROOT, "%.1f", p), i + 0.5, y, false));
    }
    chart.addSeries("P", names, percents, errors);
    return chart;
  }

  /**
   * The category name of each target check: its name in the chart's language, shortened, with
   * "growth" for a growth check; a target stated twice keeps its id to tell the statements apart,
   * as categories must differ.
   */
  static List<String> categories(List<TargetOutcome> outcomes, ChartLook look) {
    List<String> names = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (TargetOutcome outcome : outcomes) {
      String name = look.labels()
          .check(
              shorten(look.name(outcome.target().nameZh(), outcome.target().nameEn())),
              outcome.criterion());
      names.add(used.add(name) ? name : name + " (" + outcome.target().id() + ")");
    }
    return names;
  }

  private static String shorten(String name) {
    return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME - 1) + "…";
  }
}
