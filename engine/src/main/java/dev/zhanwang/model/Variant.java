package dev.zhanwang.model;

import dev.zhanwang.data.History;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a model variant brings besides its per-indicator {@link Model}: its scenario keys and how
 * they are read, its fit to a history, and its defaults when it is swapped in for another model.
 * Each variant's file has one; {@link GrowthModel} names them.
 */
interface Variant {
  /** The name in scenario files. */
  String label();

  /** The keys only this variant takes, beyond every indicator's. */
  default List<String> keys() {
    return List.of();
  }

  /** Whether only flows (indicators with a 2022 level, simulated month by month) can take it. */
  default boolean flowsOnly() {
    return false;
  }

  /**
   * Whether the variant is fitted from the scenario's history when the scenario loads, so the
   * file gives none of its parameters (nor growth and uncertainty).
   */
  default boolean fromHistory() {
    return false;
  }

  /** Whether the variant can be fitted to a history at all. */
  default boolean fitsHistories() {
    return true;
  }

  /** A key that may stand in for {@code uncertainty_pct} (ar1-monthly's {@code sigma}). */
  default Optional<String> spreadKey() {
    return Optional.empty();
  }

  /** The model with the parameters the indicator's mapping gives; empty after a problem. */
  Optional<Model> read(ModelReader in);

  /**
   * The model with assumed parameters, to put in place of another in a comparison; empty when
   * the variant cannot be assumed (it needs loadings or a history).
   */
  default Optional<Model> assumed(ModelSwap.Defaults defaults) {
    return Optional.empty();
  }

  /** Why the variant cannot be fitted to {@code indicator} of {@code history}, if it cannot. */
  Optional<String> unsupported(History history, String indicator);

  /** The variant fitted to each of {@code indicators}, all supported. */
  Map<String, FittedModel> fit(History history, List<String> indicators);
}
