package dev.zhanwang.scenario;

import dev.zhanwang.data.Baseline;
import dev.zhanwang.data.Target;
import dev.zhanwang.input.Suggestions;
import dev.zhanwang.scenario.NodeReader.Fields;
import dev.zhanwang.scenario.NodeReader.Value;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code joint:}: {@code rule:} (one of {@link JointRule}'s labels, default {@code first})
 * and {@code groups:}, a mapping from the indicator of a target group to its own rule. A group
 * must be an indicator that targets are stated on; when the data could not be read, that rule is
 * not checked (the data's problems are reported instead).
 */
final class JointReader {
  static final List<String> KEYS = List.of("rule", "groups");

  private final NodeReader reader;
  private final Optional<Baseline> baseline;

  JointReader(NodeReader reader, Optional<Baseline> baseline) {
    this.reader = reader;
    this.baseline = baseline;
  }

  /** The rules, or empty after a problem (reported). */
  Optional<JointRules> read(Value value) {
    Optional<Fields> fields = reader.mapping(value, KEYS);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    int before = reader.count();
    JointRule rule = fields
        .get()
        .optional("rule")
        .flatMap(v -> reader.choice(v, JointRule::ofLabel, JointRule.labels()))
        .orElse(JointRules.DEFAULT.rule());
    Map<String, JointRule> groups = new LinkedHashMap<>();
    fields.get().optional("groups").flatMap(v -> reader.mapping(v, List.of())).ifPresent(map -> {
      Set<String> indicators = targetIndicators();
      map.entries().forEach((indicator, entry) -> {
        if (baseline.isPresent() && !indicators.contains(indicator)) {
          reader.report(
              entry.key(),
              entry.field(),
              "must be the indicator of a target group"
                  + Suggestions.didYouMean(indicator, indicators)
                  + ", but was "
                  + NodeReader.shown(indicator));
          return;
        }
        reader
            .choice(entry, JointRule::ofLabel, JointRule.labels())
            .ifPresent(r -> groups.put(indicator, r));
      });
    });
    return reader.count() > before ? Optional.empty() : Optional.of(new JointRules(rule, groups));
  }

  /** The indicators that targets are measured on, in file order. */
  private Set<String> targetIndicators() {
    Set<String> indicators = new LinkedHashSet<>();
    baseline.ifPresent(b -> b.targets().stream()
        .map(Target::indicator)
        .filter(id -> !id.isEmpty())
        .forEach(indicators::add));
    return indicators;
  }
}
