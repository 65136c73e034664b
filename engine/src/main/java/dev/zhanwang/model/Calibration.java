package dev.zhanwang.model;

import dev.zhanwang.data.History;
import dev.zhanwang.data.HistorySeries;
import dev.zhanwang.data.HistorySeries.Frequency;
import dev.zhanwang.input.InvalidInputException;
import dev.zhanwang.input.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Fits growth-model variants to history, each by its own estimator (see the {@link FittedModel}
 * implementations for the formulas). Annual variants use each indicator's annual levels (monthly
 * series summed over complete calendar years); {@code ar1-monthly} needs monthly levels;
 * {@code factor} fits one common factor over all of the history's indicators;
 * {@code project-events} is a planner's judgement and is not fitted.
 */
public final class Calibration {
  /** The variants that can be fitted to history, in the enum's order. */
  public static final List<GrowthModel> FITTED = Arrays.stream(GrowthModel.values())
      .filter(m -> m != GrowthModel.PROJECT_EVENTS).toList();
  private static final int MIN_MONTHLY_YEARS = 3;

  private Calibration() {}

  /**
   * Why {@code model} can't be fitted to {@code indicator} of {@code history}, as the rule the
   * indicator's history must meet ({@code must ..., but ...}), or empty when it can.
   */
  public static Optional<String> unsupported(GrowthModel model, History history,
      String indicator) {
    HistorySeries series = history.series(indicator).orElseThrow(
        () -> new IllegalArgumentException("no indicator " + indicator + " in the history"));
    int growthYears = Math.max(0, series.annualLevels().levels().length - 1);
    return switch (model) {
      case PROJECT_EVENTS -> Optional.of("must be fitted with a model other than "
          + model.label() + ", which is a planner's judgement, not fitted to history");
      case AR1_MONTHLY -> series.frequency() != Frequency.MONTHLY
          ? Optional.of("must be monthly (YYYY-MM) for " + model.label() + ", but was annual")
          : atLeast(series.annualLevels().levels().length, MIN_MONTHLY_YEARS,
              "complete calendar years of months", model);
      case FACTOR -> factorProblem(history);
      default -> atLeast(growthYears, minGrowthYears(model), "years of annual growth", model)
          .or(() -> constant(series, model));
    };
  }

  /**
   * Every likelihood here needs some spread; a series growing at one rate has none (up to the
   * rounding of its logs, hence 1e-9).
   */
  private static Optional<String> constant(HistorySeries series, GrowthModel model) {
    double[] growth = series.annualLevels().logGrowth();
    // Too few years is another rule's to report.
    return growth.length == 0 || NormalFit.of(series.indicator(), growth).sd() > 1e-9
        ? Optional.empty()
        : Optional.of("must have annual growth that varies for " + model.label()
            + ", but every year's growth was "
            + String.format(Locale.ROOT, "%.3f%%", 100 * Math.expm1(growth[0])));
  }

  /**
   * Fits {@code model} to each of {@code indicators}.
   *
   * @throws InvalidInputException naming every indicator the history can't support the model for
   */
  public static Map<String, FittedModel> fit(GrowthModel model, History history,
      List<String> indicators) {
    List<Problem> problems = new ArrayList<>();
    for (String indicator : indicators) {
      unsupported(model, history, indicator).ifPresent(
          rule -> problems.add(new Problem(history.file(), 0, 0, indicator, rule)));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    FactorAnalysis factor = model == GrowthModel.FACTOR && !indicators.isEmpty()
        ? FactorAnalysis.fit(history) : null;
    Map<String, FittedModel> fits = new LinkedHashMap<>();
    for (String indicator : indicators) {
      HistorySeries series = history.series(indicator).orElseThrow();
      double[] growth = series.annualLevels().logGrowth();
      fits.put(indicator, switch (model) {
        case IID_LOGNORMAL -> NormalFit.of(indicator, growth);
        case SPLIT_NORMAL -> SplitNormalFit.of(indicator, growth);
        case STUDENT_T -> StudentTFit.of(indicator, growth);
        case ETS_TREND -> HoltFit.of(indicator, series.annualLevels().levels());
        case BOOTSTRAP -> BootstrapFit.of(indicator, growth);
        case AR1_MONTHLY -> Ar1MonthlyFit.of(indicator, series.completeYears().levels());
        case FACTOR -> {
          int i = factor.indicators().indexOf(indicator);
          yield new FactorFit(NormalFit.of(indicator, growth), factor.loadings()[i],
              factor.stdErrors()[i]);
        }
        case PROJECT_EVENTS -> throw new IllegalStateException("checked above");
      });
    }
    return fits;
  }

  /** The fewest years of annual growth each annual variant is fitted from. */
  static int minGrowthYears(GrowthModel model) {
    return switch (model) {
      case IID_LOGNORMAL -> 3;
      case SPLIT_NORMAL, BOOTSTRAP -> 5;
      case ETS_TREND, STUDENT_T -> 6;
      default -> throw new IllegalArgumentException(model + " is not an annual variant");
    };
  }

  private static Optional<String> atLeast(int had, int needed, String what, GrowthModel model) {
    return had >= needed ? Optional.empty() : Optional.of("must have at least " + needed + " "
        + what + " for " + model.label() + ", but had " + had);
  }

  private static Optional<String> factorProblem(History history) {
    int k = history.series().size();
    if (k < FactorAnalysis.MIN_INDICATORS) {
      return Optional.of("must be one of at least " + FactorAnalysis.MIN_INDICATORS
          + " indicators for " + GrowthModel.FACTOR.label() + ", but the history has " + k);
    }
    for (HistorySeries series : history.series()) {
      Optional<String> constant = constant(series, GrowthModel.FACTOR);
      if (constant.isPresent()) {
        return Optional.of(constant.get() + " (" + series.indicator() + ")");
      }
    }
    int[] span = FactorAnalysis.commonYears(history);
    return atLeast(Math.max(0, span[1] - span[0] + 1), FactorAnalysis.minYears(k),
        "years of annual growth in common with every other indicator", GrowthModel.FACTOR);
  }
}
