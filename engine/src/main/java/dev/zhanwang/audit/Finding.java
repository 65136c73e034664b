package dev.zhanwang.audit;

import dev.zhanwang.forecast.Criterion;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing an audit found, with the numbers behind it and a plain explanation.
 *
 * @param id stable across runs of the same data: {@code <kind>:<target or indicator id>}, plus
 *     {@code :<criterion>} for a finding about one check of a target
 * @param targets the ids of the targets it concerns, in file order
 * @param check the one check of those targets it concerns ({@code implausible}), or empty for all
 *     of their checks
 * @param figures the ids of the 2022 figures it uses
 * @param numbers its numbers by name, in the order the explanation uses them
 * @param summary one short English line with the key numbers, for summary.csv's note
 * @param benignCause the benign cause that may explain it; its text ends both explanations
 */
public record Finding(
    String id,
    FindingKind kind,
    List<String> targets,
    Optional<Criterion> check,
    List<String> figures,
    Map<String, Double> numbers,
    String summary,
    String explanationZh,
    String explanationEn,
    BenignCause benignCause) {

  public Finding {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    targets = List.copyOf(targets);
    Objects.requireNonNull(check, "check");
    figures = List.copyOf(figures);
    numbers = Collections.unmodifiableMap(new LinkedHashMap<>(numbers));
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(explanationZh, "explanationZh");
    Objects.requireNonNull(explanationEn, "explanationEn");
    Objects.requireNonNull(benignCause, "benignCause");
  }

  /** Whether this finding concerns the given check of the given target. */
  public boolean concerns(String targetId, Criterion criterion) {
    return targets.contains(targetId) && check.map(c -> c == criterion).orElse(true);
  }
}
