package dev.zhanwang.model;

import dev.zhanwang.data.History;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.DoublePredicate;

/**
 * One indicator's mapping in a scenario file, as a model variant reads its own keys from it. The
 * scenario loader implements it: every problem is reported at the value's line and column, as
 * {@code must <rule>, but was <value>}, and reading goes on, so that one pass finds every mistake.
 */
public interface ModelReader {
  /** The indicator's id. */
  String id();

  /** True for a flow (the data has its 2022 level), false for a rate; empty if unknown. */
  Optional<Boolean> flow();

  /** The indicator's unit in the data ({@code 亿元}, {@code 家}); empty if unknown. */
  Optional<String> unit();

  /** The indicator's 2022 level; empty for a rate or if unknown. */
  OptionalDouble level();

  /** Whether the mapping gives {@code key}. */
  boolean has(String key);

  /** The number under {@code key} when given; a problem when it breaks {@code rule}. */
  Optional<Double> number(String key, DoublePredicate rule, String ruleText);

  /** As {@link #number}, and a problem when {@code key} is missing: the model needs it. */
  Optional<Double> requiredNumber(String key, DoublePredicate rule, String ruleText);

  /**
   * A mapping of names to numbers under {@code key} (factor loadings), each satisfying
   * {@code rule}; a problem when it is missing and {@code required}.
   */
  Optional<Map<String, Double>> namedNumbers(
      String key, boolean required, DoublePredicate rule, String ruleText);

  /** Reports {@code must <rule>, but was <value>} at the value under {@code key}. */
  void reject(String key, String rule);

  /** Reports {@code message} ({@code must ..., but ...}) at the value under {@code key}. */
  void report(String key, String message);

  /** Reports {@code message} at the indicator's {@code model} value. */
  void reportModel(String message);

  /** The scenario's history file, for variants fitted from it; empty when it names none. */
  Optional<History> history();
}
