package dev.zhanwang.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An indicator whose annual growth is the weighted sum of other indicators' growth, as GDP growth
 * is of the three sectors' value-added growth: {@code growth = sum_i w_i growth_i}.
 *
 * @param weights indicator id to weight (shares of the composite; they sum to 1), in file order
 * @param assumption why these weights
 */
public record CompositeSpec(String id, Map<String, Double> weights, String assumption) {
  public CompositeSpec {
    Objects.requireNonNull(id, "id");
    weights = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    assumption = assumption == null ? "" : assumption;
  }
}
