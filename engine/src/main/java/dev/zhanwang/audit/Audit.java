package dev.zhanwang.audit;

import dev.zhanwang.forecast.Criterion;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an audit of a target set found, in the order of {@link FindingKind}, then of the targets
 * file.
 *
 * @param subject what was audited: the scenario's name, or the targets file's name
 * @param simulated the paths and seed of the run that gave P(met), if one did
 */
public record Audit(String subject, List<Finding> findings, Optional<Simulated> simulated) {
  public Audit {
    Objects.requireNonNull(subject, "subject");
    findings = List.copyOf(findings);
    Objects.requireNonNull(simulated, "simulated");
  }

  /** An audit that found nothing, for reports of runs that were not audited. */
  public static Audit empty(String subject) {
    return new Audit(subject, List.of(), Optional.empty());
  }

  /** The run whose P(target met) the {@link FindingKind#IMPLAUSIBLE} check read. */
  public record Simulated(long paths, long seed) {}

  /** The findings that concern a check of a target, for summary.csv's note. */
  public List<Finding> concerning(String targetId, Criterion criterion) {
    return findings.stream().filter(f -> f.concerns(targetId, criterion)).toList();
  }
}
