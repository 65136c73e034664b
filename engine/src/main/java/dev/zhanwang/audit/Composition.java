package dev.zhanwang.audit;

import dev.zhanwang.data.Target;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A composite's growth target and its parts' growth targets, with the weights a scenario gives
 * the parts, if any.
 *
 * @param weights part target id to the scenario's weight; empty when no scenario is audited
 * @param origin where the composition comes from (a scenario's {@code composites:} entry, or the
 *     national accounts' identity), for the explanation
 */
record Composition(
    Target composite, List<Target> parts, Map<String, Double> weights, String origin) {
  Composition {
    Objects.requireNonNull(composite, "composite");
    parts = List.copyOf(parts);
    weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    Objects.requireNonNull(origin, "origin");
  }

  /** Part names in explanations: the indicator the target is on, else its id. */
  static String name(Target part) {
    return part.indicator().isEmpty() ? part.id() : part.indicator();
  }
}
