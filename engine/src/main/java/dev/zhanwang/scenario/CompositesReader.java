package dev.zhanwang.scenario;

import dev.zhanwang.input.Suggestions;
import dev.zhanwang.scenario.NodeReader.Fields;
import dev.zhanwang.scenario.NodeReader.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code composites:} section: indicators derived from others, such as GDP growth as the
 * weighted sum of the sectors' growth, with weights >= 0 of declared rate indicators summing to 1.
 */
final class CompositesReader {
  static final List<String> KEYS = List.of("weights", "assumption");

  private final NodeReader reader;
  private final IndicatorsReader indicators;
  private final IndicatorsReader.Declared declared;

  CompositesReader(NodeReader reader, IndicatorsReader indicators) {
    this.reader = reader;
    this.indicators = indicators;
    this.declared = indicators.declared();
  }

  List<CompositeSpec> read(Fields section) {
    List<CompositeSpec> composites = new ArrayList<>();
    section.entries().forEach((id, value) -> {
      int before = reader.count();
      indicators.isKnown(id, value);
      if (declared.flows().containsKey(id)) {
        reader.report(
            value.key(),
            value.field(),
            "must not also be declared under indicators, but " + id + " is");
      }
      Optional<Fields> fields = reader.mapping(value, KEYS);
      Optional<Map<String, Double>> weights =
          fields.flatMap(f -> reader.required(f, "weights")).flatMap(this::weights);
      Optional<String> assumption =
          fields.flatMap(f -> f.optional("assumption")).flatMap(reader::string);
      if (reader.count() == before) {
        composites.add(new CompositeSpec(id, weights.orElseThrow(), assumption.orElse("")));
      }
    });
    return composites;
  }

  /** Weights >= 0 of declared rate indicators, summing to 1. */
  private Optional<Map<String, Double>> weights(Value value) {
    Optional<Fields> fields = reader.mapping(value, List.of());
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    List<String> rates = declared.flows().entrySet().stream()
        .filter(e -> !e.getValue().equals(Optional.of(true)))
        .map(Map.Entry::getKey)
        .toList();
    int before = reader.count();
    Map<String, Double> weights = new LinkedHashMap<>();
    fields.get().entries().forEach((id, weight) -> {
      if (!rates.contains(id) && !declared.meantByTypos().contains(id)) {
        reader.report(
            weight.key(),
            weight.field(),
            "must be a declared rate indicator" + Suggestions.didYouMean(id, rates) + ", but was "
                + NodeReader.shown(id));
      }
      reader.number(weight, w -> w >= 0, ">= 0").ifPresent(w -> weights.put(id, w));
    });
    if (reader.count() > before) {
      return Optional.empty();
    }
    return reader.sumsToOne(
            value, weights.values().stream().mapToDouble(Double::doubleValue).toArray())
        ? Optional.of(weights)
        : Optional.empty();
  }
}
