package dev.zhanwang.audit;

import dev.zhanwang.data.Baseline;
import dev.zhanwang.data.Figure;
import dev.zhanwang.data.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@link FindingKind#STATED_TWICE}: targets on one indicator whose levels, or whose growth
 * rates, differ beyond the rounding of the stated numbers (funds in place: 120亿元 as the headline
 * target, 140亿元 in the investment-promotion plan). One finding per indicator, naming every
 * target on it.
 */
final class StatedTwiceCheck {
  private StatedTwiceCheck() {}

  static List<Finding> find(Baseline baseline) {
    List<Finding> findings = new ArrayList<>();
    for (String indicator :
        new LinkedHashSet<>(baseline.targets().stream().map(Target::indicator).toList())) {
      if (indicator.isEmpty()) {
        continue;
      }
      List<Target> targets = baseline.targetsOn(indicator);
      boolean levels = differ(targets, Target::value);
      boolean growths = differ(targets, Target::growthPct);
      if (levels || growths) {
        findings.add(finding(indicator, targets, baseline.figure(indicator), levels));
      }
    }
    return findings;
  }

  private static boolean differ(List<Target> targets, Function<Target, OptionalDouble> number) {
    List<Double> stated = targets.stream()
        .map(number)
        .filter(OptionalDouble::isPresent)
        .map(OptionalDouble::getAsDouble)
        .toList();
    for (double a : stated) {
      for (double b : stated) {
        if (Math.abs(a - b) > Math.max(Num.halfUnit(a), Num.halfUnit(b))) {
          return true;
        }
      }
    }
    return false;
  }

  private static Finding finding(
      String indicator, List<Target> targets, Optional<Figure> figure, boolean levels) {
    Function<Target, OptionalDouble> number = levels ? Target::value : Target::growthPct;
    List<Target> stated =
        targets.stream().filter(t -> number.apply(t).isPresent()).toList();
    String unit = levels ? stated.get(0).unit() : "%";
    Map<String, Double> numbers = new LinkedHashMap<>();
    stated.forEach(t -> numbers.put(t.id(), number.apply(t).getAsDouble()));
    double low =
        numbers.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    double high =
        numbers.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    numbers.put("difference", high - low);
    String each = stated.stream()
        .map(t -> Num.stated(number.apply(t).getAsDouble()) + " " + unit + " (" + t.id() + ")")
        .collect(Collectors.joining(", "));
    String eachZh = stated.stream()
        .map(t -> t.nameZh() + Num.stated(number.apply(t).getAsDouble()) + unit)
        .collect(Collectors.joining("、"));
    StringBuilder en = new StringBuilder(String.format(
        "The report states one target on %s %d times with different numbers: %s, %s %s apart"
            + " (the highest %s above the lowest). ",
        indicator,
        stated.size(),
        each,
        Num.text(high - low),
        unit,
        Num.growth(100 * (high / low - 1))));
    StringBuilder zh = new StringBuilder(String.format(
        "报告对同一指标%s给出了%d个不同的目标：%s，相差%s%s。",
        indicator, stated.size(), eachZh, Num.text(high - low), unit));
    String summary = String.format("stated %d times: %s", stated.size(), each);
    if (levels
        && figure.isPresent()
        && figure.get().value().isPresent()
        && figure.get().value().getAsDouble() > 0) {
      double base = figure.get().value().getAsDouble();
      numbers.put("level_2022", base);
      String growths = stated.stream()
          .map(t -> Num.growth(100 * (t.value().getAsDouble() / base - 1)))
          .collect(Collectors.joining(" and "));
      stated.forEach(
          t -> numbers.put(t.id() + "_growth_pct", 100 * (t.value().getAsDouble() / base - 1)));
      en.append(String.format("On 2022's %s %s they mean %s. ", Num.stated(base), unit, growths));
      zh.append(String.format(
          "按2022年%s%s计算，分别相当于增长%s。", Num.stated(base), unit, growths.replace(" and ", "和")));
      summary += " (" + growths + " on 2022)";
    }
    en.append("Each is kept and checked with its own sentence; which one binds is the planner's"
        + " call. ");
    zh.append("两个目标各自保留并检验，以哪个为准需由规划人员判断。");
    BenignCause cause = BenignCause.NONE;
    return new Finding(
        FindingKind.STATED_TWICE.label() + ":" + indicator,
        FindingKind.STATED_TWICE,
        targets.stream().map(Target::id).toList(),
        Optional.empty(),
        figure.map(f -> List.of(f.id())).orElse(List.of()),
        numbers,
        summary,
        zh + cause.explanationZh(),
        en + cause.explanationEn(),
        cause);
  }
}
