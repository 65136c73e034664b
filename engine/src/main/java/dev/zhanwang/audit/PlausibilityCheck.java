package dev.zhanwang.audit;

import dev.zhanwang.forecast.Forecast;
import dev.zhanwang.forecast.TargetOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link FindingKind#IMPLAUSIBLE}: a target check met on fewer than {@link #LOW} or more than
 * {@link #HIGH} of the scenario's paths. Either the target or the scenario's growth and
 * uncertainty are far from each other; the audit cannot say which.
 */
final class PlausibilityCheck {
  static final double LOW = 0.01;
  static final double HIGH = 0.99;

  private PlausibilityCheck() {}

  static List<Finding> find(Forecast forecast) {
    List<Finding> findings = new ArrayList<>();
    for (TargetOutcome outcome : forecast.outcomes()) {
      double p = outcome.probabilityMet();
      if (p >= LOW && p <= HIGH) {
        continue;
      }
      boolean missed = p < LOW;
      String unit = outcome.unit();
      Map<String, Double> numbers = new LinkedHashMap<>();
      numbers.put("target", outcome.threshold());
      numbers.put("p_met", p);
      numbers.put("p_met_se", outcome.mcStdError());
      numbers.put("p5", outcome.outcome().quantile(0.05));
      numbers.put("p50", outcome.outcome().quantile(0.5));
      numbers.put("p95", outcome.outcome().quantile(0.95));
      String check = outcome.criterion().label();
      String range = String.format(
          "median %s %s, 5-95%% range %s..%s",
          Num.text(outcome.outcome().quantile(0.5)),
          unit,
          Num.text(outcome.outcome().quantile(0.05)),
          Num.text(outcome.outcome().quantile(0.95)));
      String en = String.format(
          "Under scenario %s the %s target %s %s is %s: P(met) = %s%% (s.e. %s) over %,d paths,"
              + " %s. Either the target or the scenario's growth and uncertainty for it are far"
              + " from each other; a planner should check both. ",
          forecast.scenarioName(),
          check,
          Num.text(outcome.threshold()),
          unit,
          missed ? "almost certainly missed" : "almost certainly met",
          Num.text(100 * p),
          Num.text(100 * outcome.mcStdError()),
          forecast.paths(),
          range);
      String zh = String.format(
          "在情景%s下，%s目标（%s检验）%s%s几乎%s：达成概率%s%%（标准误%s），%,d条路径，中位数%s，5%%-95%%区间%s至%s。"
              + "目标与情景对该指标的增速和不确定性假设相差很远，应同时核对两者。",
          forecast.scenarioName(),
          outcome.target().nameZh(),
          check.equals("level") ? "总量" : "增速",
          Num.text(outcome.threshold()),
          unit,
          missed ? "不可能完成" : "必然完成",
          Num.text(100 * p),
          Num.text(100 * outcome.mcStdError()),
          forecast.paths(),
          Num.text(outcome.outcome().quantile(0.5)),
          Num.text(outcome.outcome().quantile(0.05)),
          Num.text(outcome.outcome().quantile(0.95)));
      BenignCause cause = BenignCause.NONE;
      findings.add(new Finding(
          FindingKind.IMPLAUSIBLE.label() + ":" + outcome.target().id() + ":" + check,
          FindingKind.IMPLAUSIBLE,
          List.of(outcome.target().id()),
          Optional.of(outcome.criterion()),
          outcome.target().indicator().isEmpty()
              ? List.of()
              : List.of(outcome.target().indicator()),
          numbers,
          String.format(
              "P(met) %s%% under %s (%s)", Num.text(100 * p), forecast.scenarioName(), range),
          zh + cause.explanationZh(),
          en + cause.explanationEn(),
          cause));
    }
    return findings;
  }
}
