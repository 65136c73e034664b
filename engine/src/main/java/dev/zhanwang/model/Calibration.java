package dev.zhanwang.model;

import dev.zhanwang.data.History;
import dev.zhanwang.data.HistorySeries;
import dev.zhanwang.input.InvalidInputException;
import dev.zhanwang.input.NumberText;
import dev.zhanwang.input.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Fits growth-model variants to history, each by its own estimator (the variants' files and the
 * {@link FittedModel} implementations give the formulas). Annual variants use each indicator's
 * annual levels (monthly series summed over complete calendar years); {@code ar1-monthly} needs
 * monthly levels; {@code factor} fits one common factor over all of the history's indicators.
 */
public final class Calibration {
  /** The variants that can be fitted to history, in the enum's order. */
  public static final List<GrowthModel> FITTED =
      Arrays.stream(GrowthModel.values()).filter(GrowthModel::fitsHistories).toList();

  private Calibration() {}

  /**
   * Why {@code model} can't be fitted to {@code indicator} of {@code history}, as the rule the
   * indicator's history must meet ({@code must ..., but ...}), or empty when it can.
   *
   * @throws IllegalArgumentException when the history has no such indicator
   */
  public static Optional<String> unsupported(GrowthModel model, History history, String indicator) {
    series(history, indicator);
    return model.unsupported(history, indicator);
  }

  /**
   * Fits {@code model} to each of {@code indicators}.
   *
   * @throws InvalidInputException naming every indicator the history can't support the model for
   */
  public static Map<String, FittedModel> fit(
      GrowthModel model, History history, List<String> indicators) {
    List<Problem> problems = new ArrayList<>();
    for (String indicator : indicators) {
      unsupported(model, history, indicator)
          .ifPresent(rule -> problems.add(new Problem(history.file(), 0, 0, indicator, rule)));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return model.fit(history, indicators);
  }

  /**
   * Why an annual variant can't be fitted to {@code indicator}: fewer than {@code minYears} years
   * of annual growth, or growth that never varies.
   */
  static Optional<String> annualProblem(
      History history, String indicator, int minYears, String label) {
    HistorySeries series = series(history, indicator);
    int growthYears = Math.max(0, series.annualLevels().levels().length - 1);
    return atLeast(growthYears, minYears, "years of annual growth", label)
        .or(() -> constant(series, label));
  }

  /**
   * Every likelihood here needs some spread; a series growing at one rate has none (up to the
   * rounding of its logs, hence 1e-9).
   */
  static Optional<String> constant(HistorySeries series, String label) {
    double[] growth = series.annualLevels().logGrowth();
    // Too few years is another rule's to report.
    return growth.length == 0 || NormalFit.of(series.indicator(), growth).sd() > 1e-9
        ? Optional.empty()
        : Optional.of("must have annual growth that varies for " + label
            + ", but every year's growth was "
            + String.format(Locale.ROOT, "%.3f%%", 100 * Math.expm1(growth[0])));
  }

  static Optional<String> atLeast(int had, int needed, String what, String label) {
    return had >= needed
        ? Optional.empty()
        : Optional.of(
            "must have at least " + needed + " " + what + " for " + label + ", but had " + had);
  }

  /**
   * {@code model} fitted to the scenario's history for the indicator {@code in} reads, as a
   * scenario that names the model without parameters gets it; problems at the model key when the
   * scenario names no history, the history lacks the indicator or cannot support the model, or
   * the fit's growth or uncertainty lies outside the ranges a scenario may state.
   */
  static Optional<FittedModel> inScenario(GrowthModel model, ModelReader in) {
    if (in.history().isEmpty()) {
      in.reportModel("must have a history file (top-level history:) to be fitted from for "
          + model.label() + ", but the scenario names none");
      return Optional.empty();
    }
    History history = in.history().get();
    String id = in.id();
    if (history.series(id).isEmpty()) {
      in.reportModel("must have " + id + " in the history " + history.file() + " for "
          + model.label() + ", but it has only " + String.join(", ", history.indicators()));
      return Optional.empty();
    }
    Optional<String> unsupported = model.unsupported(history, id);
    if (unsupported.isPresent()) {
      in.reportModel("history of " + id + " " + unsupported.get());
      return Optional.empty();
    }
    FittedModel fit = model.fit(history, List.of(id)).get(id);
    double growth = fit.estimate("growth_pct");
    double uncertainty = fit.estimate("uncertainty_pct");
    double widest = Arrays.stream(fit.resampledLogGrowth()).map(Math::abs).max().orElse(0);
    boolean sane = IndicatorSpec.growthAllowed(growth)
        && IndicatorSpec.uncertaintyAllowed(uncertainty)
        && IndicatorSpec.growthAllowed(100 * Math.expm1(widest));
    if (!sane) {
      in.reportModel("history of " + id + " must give growth " + IndicatorSpec.GROWTH_RULE
          + " a year and an uncertainty " + IndicatorSpec.UNCERTAINTY_RULE + ", but the fit"
          + " gives growth " + NumberText.format(growth) + " % with uncertainty "
          + NumberText.format(uncertainty) + " % (check the history for a misplaced decimal point"
          + " or unit)");
      return Optional.empty();
    }
    return Optional.of(fit);
  }

  static HistorySeries series(History history, String indicator) {
    return history
        .series(indicator)
        .orElseThrow(
            () -> new IllegalArgumentException("no indicator " + indicator + " in the history"));
  }

  /** Each of {@code indicators} fitted by {@code fit} to its annual log-growth. */
  static Map<String, FittedModel> annualFits(
      History history, List<String> indicators, BiFunction<String, double[], FittedModel> fit) {
    return each(
        indicators,
        indicator ->
            fit.apply(indicator, series(history, indicator).annualLevels().logGrowth()));
  }

  /** Each of {@code indicators} fitted by {@code fit}, in their order. */
  static Map<String, FittedModel> each(List<String> indicators, Function<String, FittedModel> fit) {
    Map<String, FittedModel> fits = new LinkedHashMap<>();
    for (String indicator : indicators) {
      fits.put(indicator, fit.apply(indicator));
    }
    return fits;
  }
}
