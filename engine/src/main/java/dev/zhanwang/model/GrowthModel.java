package dev.zhanwang.model;

import dev.zhanwang.data.History;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The growth-model variants a scenario can choose per indicator, by name. Each has a file of its
 * own with its formula, its keys and how they are read, its fit to a history and the one sampler
 * its simulation and its backtest share: {@link IidLognormal}, {@link Ar1Monthly},
 * {@link SplitNormalModel}, {@link StudentT}, {@link Factor}, {@link EtsTrend},
 * {@link Bootstrap}. Project events are not a variant: they add to any flow under
 * {@code events:}.
 *
 * <p>Notation in the variants' formulas: {@code g} the expected annual growth
 * ({@code growth_pct / 100}); {@code s[t]} the seasonal share of month {@code t} in the annual
 * total; {@code B} the 2022 annual level; {@code e[t]} the indicator's standard-normal monthly
 * innovation, correlated across indicators through the Cholesky factor of the scenario's
 * correlation matrix; {@code m = ln(1+g)}; {@code sd = uncertainty_pct / 100}; {@code G} the
 * annual log-growth of the year, {@code Z = sum_t e[t] / sqrt(12)} its standard-normal shock;
 * {@code Phi} the standard-normal distribution function.
 */
public enum GrowthModel implements Labelled {
  IID_LOGNORMAL(IidLognormal.VARIANT),
  AR1_MONTHLY(Ar1Monthly.VARIANT),
  SPLIT_NORMAL(SplitNormalModel.VARIANT),
  STUDENT_T(StudentT.VARIANT),
  FACTOR(Factor.VARIANT),
  ETS_TREND(EtsTrend.VARIANT),
  BOOTSTRAP(Bootstrap.VARIANT),
  NEGATIVE_BINOMIAL(NegativeBinomial.VARIANT);

  private final Variant variant;

  GrowthModel(Variant variant) {
    this.variant = variant;
  }

  /** The name used in scenario files. */
  @Override
  public String label() {
    return variant.label();
  }

  /** The keys only this variant takes, beyond every indicator's. */
  public List<String> keys() {
    return variant.keys();
  }

  /** Whether only flows (indicators with a 2022 level) can take this variant. */
  public boolean flowsOnly() {
    return variant.flowsOnly();
  }

  /**
   * Whether the variant is fitted from the scenario's history when the scenario loads, so a file
   * gives none of its parameters, nor growth and uncertainty.
   */
  public boolean fromHistory() {
    return variant.fromHistory();
  }

  /** Whether the variant can be fitted to a history at all ({@link Calibration#FITTED}). */
  public boolean fitsHistories() {
    return variant.fitsHistories();
  }

  /** A key that may stand in for {@code uncertainty_pct}. */
  public Optional<String> spreadKey() {
    return variant.spreadKey();
  }

  /** The model with the parameters an indicator's mapping gives. */
  public Optional<Model> read(ModelReader in) {
    return variant.read(in);
  }

  /** The model with assumed parameters, to put in place of another; empty if it can't be. */
  public Optional<Model> assumed(ModelSwap.Defaults defaults) {
    return variant.assumed(defaults);
  }

  Optional<String> unsupported(History history, String indicator) {
    return variant.unsupported(history, indicator);
  }

  Map<String, FittedModel> fit(History history, List<String> indicators) {
    return variant.fit(history, indicators);
  }

  public static Optional<GrowthModel> ofLabel(String label) {
    return Labelled.ofLabel(values(), label);
  }

  /** The names a scenario may use, for error messages. */
  public static String labels() {
    return Labelled.labels(values());
  }

  /** Comma-separated labels of {@code models}. */
  public static String labels(List<GrowthModel> models) {
    return models.stream().map(GrowthModel::label).collect(Collectors.joining(", "));
  }

  /** Each key some variant takes beyond every indicator's, with the variants that take it. */
  public static Map<String, List<GrowthModel>> ownKeys() {
    Map<String, List<GrowthModel>> owners = new LinkedHashMap<>();
    for (GrowthModel model : values()) {
      model
          .keys()
          .forEach(key -> owners.computeIfAbsent(key, k -> new ArrayList<>()).add(model));
    }
    return owners;
  }
}
