package dev.zhanwang.audit;

import dev.zhanwang.data.Baseline;
import dev.zhanwang.forecast.Forecast;
import dev.zhanwang.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Audits a target set: the entry point of this package. {@link #ofData} checks the targets
 * against the 2022 figures and each other; {@link #ofScenario} adds the scenario's composite
 * weights and, from a run of it, the targets it makes implausible. The checks are
 * {@link FindingKind}'s; findings come in that order, then in the targets file's order.
 */
public final class TargetAudit {
  private TargetAudit() {}

  /**
   * The data's own findings, without a scenario: composites from the national accounts' identity
   * (GDP and the three sectors, by name).
   *
   * @param subject what the audit is called in its outputs (the targets file's name)
   */
  public static Audit ofData(String subject, Baseline baseline) {
    return new Audit(
        subject,
        dataFindings(baseline, CompositeCheck.ofNationalAccounts(baseline)),
        Optional.empty());
  }

  /**
   * The scenario's data, its composites with their weights, and the P(target met) of a run of it.
   *
   * @param forecast a run of {@code scenario}
   */
  public static Audit ofScenario(Scenario scenario, Forecast forecast) {
    Baseline baseline = scenario.baseline();
    List<Composition> compositions = CompositeCheck.ofScenario(baseline, scenario.composites());
    if (compositions.isEmpty()) {
      compositions = CompositeCheck.ofNationalAccounts(baseline);
    }
    List<Finding> findings = new ArrayList<>(dataFindings(baseline, compositions));
    findings.addAll(PlausibilityCheck.find(forecast));
    return new Audit(
        scenario.name(),
        findings,
        Optional.of(new Audit.Simulated(forecast.paths(), forecast.seed())));
  }

  private static List<Finding> dataFindings(Baseline baseline, List<Composition> compositions) {
    List<Finding> findings = new ArrayList<>(GrowthLevelCheck.find(baseline));
    findings.addAll(CompositeCheck.find(compositions));
    findings.addAll(PartCheck.find(baseline));
    findings.addAll(StatedTwiceCheck.find(baseline));
    findings.addAll(ComparatorCheck.find(baseline));
    return findings;
  }
}
