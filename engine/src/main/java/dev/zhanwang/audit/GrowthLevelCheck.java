package dev.zhanwang.audit;

import dev.zhanwang.data.Baseline;
import dev.zhanwang.data.Figure;
import dev.zhanwang.data.Target;
import dev.zhanwang.model.NegativeBinomial;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link FindingKind#GROWTH_VS_LEVEL}: a target with a level {@code V} and a growth {@code g} on
 * a 2022 level {@code B} of the same unit. Both ways: the level the growth implies,
 * {@code B (1 + g/100)}, and the growth the level implies, {@code 100 (V / B - 1)}. The two agree
 * when either implied number rounds to the stated one at the digits it was stated with (329.3亿元
 * and +6% on 310.7: 329.342 rounds to 329.3).
 */
final class GrowthLevelCheck {
  private GrowthLevelCheck() {}

  static List<Finding> find(Baseline baseline) {
    List<Finding> findings = new ArrayList<>();
    for (Figure figure : baseline.figures()) {
      wholeCount(figure).ifPresent(findings::add);
    }
    for (Target target : baseline.targets()) {
      Optional<Figure> figure = baseline.figure(target.indicator());
      if (target.value().isEmpty()
          || target.growthPct().isEmpty()
          || figure.isEmpty()
          || figure.get().value().isEmpty()
          || !figure.get().unit().equals(target.unit())
          || figure.get().value().getAsDouble() <= 0) {
        continue;
      }
      double stated = target.value().getAsDouble();
      double growth = target.growthPct().getAsDouble();
      double base = figure.get().value().getAsDouble();
      double impliedLevel = base * (1 + growth / 100);
      double impliedGrowth = 100 * (stated / base - 1);
      if (Math.abs(stated - impliedLevel) <= Num.halfUnit(stated)
          || Math.abs(impliedGrowth - growth) <= Num.halfUnit(growth)) {
        continue;
      }
      findings.add(finding(target, figure.get(), stated, growth, base));
    }
    return findings;
  }

  private static Finding finding(
      Target target, Figure figure, double stated, double growth, double base) {
    double impliedLevel = base * (1 + growth / 100);
    double impliedGrowth = 100 * (stated / base - 1);
    double impliedBase = stated / (1 + growth / 100);
    String unit = target.unit();
    Map<String, Double> numbers = new LinkedHashMap<>();
    numbers.put("stated_level", stated);
    numbers.put("stated_growth_pct", growth);
    numbers.put("level_2022", base);
    numbers.put("level_implied_by_growth", impliedLevel);
    numbers.put("gap_level", stated - impliedLevel);
    numbers.put("growth_implied_by_level_pct", impliedGrowth);
    numbers.put("gap_points", impliedGrowth - growth);
    numbers.put("base_implied_by_both", impliedBase);
    BenignCause cause = BenignCause.of(target, Optional.of(figure));
    String summary = String.format(
        "%s %s is %s on 2022's %s, not %s; %s gives %s %s",
        Num.stated(stated),
        unit,
        Num.growth(impliedGrowth),
        Num.stated(base),
        Num.growth(growth),
        Num.growth(growth),
        Num.text(impliedLevel),
        unit);
    String en = String.format(
        "The target states %1$s %2$s and %3$s. On 2022's %4$s %2$s, %3$s gives %5$s %2$s, %6$s"
            + " the stated level; and %1$s %2$s is %7$s, %8$s the stated growth. The two"
            + " statements of one target disagree, so each is checked on its own. Both hold only"
            + " on a 2022 base of %9$s %2$s, %10$s the published %4$s. ",
        Num.stated(stated),
        unit,
        Num.growth(growth),
        Num.stated(base),
        Num.text(impliedLevel),
        Num.apart(impliedLevel - stated, unit + " above", unit + " below"),
        Num.growth(impliedGrowth),
        Num.apart(impliedGrowth - growth, "points above", "points below"),
        Num.text(impliedBase),
        Num.apart(impliedBase - base, unit + " above", unit + " below"));
    String zh = String.format(
        "目标同时给出%1$s%2$s和增长%3$s%%。按2022年%4$s%2$s计算，增长%3$s%%为%5$s%2$s，比所定水平%6$s；"
            + "%1$s%2$s相当于增长%7$s%%，比所定增速%8$s。同一目标的两种表述不一致，因此分别检验。"
            + "两者只有在2022年基数为%9$s%2$s时才同时成立，比公布的%4$s%2$s%10$s。",
        Num.stated(stated),
        unit,
        Num.stated(growth),
        Num.stated(base),
        Num.text(impliedLevel),
        zhApart(impliedLevel - stated, unit),
        Num.text(impliedGrowth),
        zhApart(impliedGrowth - growth, "个百分点"),
        Num.text(impliedBase),
        zhApart(impliedBase - base, unit));
    return new Finding(
        FindingKind.GROWTH_VS_LEVEL.label() + ":" + target.id(),
        FindingKind.GROWTH_VS_LEVEL,
        List.of(target.id()),
        Optional.empty(),
        List.of(figure.id()),
        numbers,
        summary,
        zh + cause.explanationZh(),
        en + cause.explanationEn(),
        cause);
  }

  /**
   * A 2022 count {@code V} with its growth {@code g}: the prior year's count {@code V / (1 + g)}
   * must be a whole number {@code N} whose growth {@code V / N - 1} rounds to {@code g} at its
   * stated digits (160 projects, +372%: 33.9, and 34 gives +370.6%, 33 gives +384.8%).
   */
  private static Optional<Finding> wholeCount(Figure figure) {
    if (!NegativeBinomial.COUNT_UNITS.contains(figure.unit())
        || figure.value().isEmpty()
        || figure.growthPct().isEmpty()) {
      return Optional.empty();
    }
    double count = figure.value().getAsDouble();
    double growth = figure.growthPct().getAsDouble();
    double prior = count / (1 + growth / 100);
    long below = (long) Math.floor(prior);
    long above = below + 1;
    for (long n : new long[] {below, above}) {
      if (n >= 1 && Math.abs(100 * (count / n - 1) - growth) <= Num.halfUnit(growth)) {
        return Optional.empty();
      }
    }
    String unit = figure.unit();
    Map<String, Double> numbers = new LinkedHashMap<>();
    numbers.put("count_2022", count);
    numbers.put("stated_growth_pct", growth);
    numbers.put("prior_count_implied", prior);
    numbers.put("growth_from_" + above + "_pct", 100 * (count / above - 1));
    if (below >= 1) {
      numbers.put("growth_from_" + below + "_pct", 100 * (count / below - 1));
    }
    String fromBelow = below >= 1
        ? String.format(", %d give %s", below, Num.growth(100 * (count / below - 1)))
        : "";
    String fromBelowZh = below >= 1
        ? String.format("，%d%s则为%s", below, unit, Num.growth(100 * (count / below - 1)))
        : "";
    BenignCause cause = BenignCause.NONE;
    String en = String.format(
        "The 2022 figure %s states %s %s and %s, so the year before had %s %s, not a whole"
            + " number: %d give %s%s; no whole count gives %s at the digits stated. The growth"
            + " may be on a restated prior year or on another count (signed investment rather"
            + " than projects); the seed cannot settle it. ",
        figure.id(),
        Num.stated(count),
        unit,
        Num.growth(growth),
        Num.text(prior),
        unit,
        above,
        Num.growth(100 * (count / above - 1)),
        fromBelow,
        Num.growth(growth));
    String zh = String.format(
        "2022年%s为%s%s、增长%s%%，则上年应为%s%s，不是整数：%d%s对应%s%s；没有任何整数能得到所述增速。"
            + "增速可能按重算的上年基数或另一口径计算，种子报告无法判定。",
        figure.nameZh(),
        Num.stated(count),
        unit,
        Num.stated(growth),
        Num.text(prior),
        unit,
        above,
        unit,
        Num.growth(100 * (count / above - 1)),
        fromBelowZh);
    return Optional.of(new Finding(
        FindingKind.GROWTH_VS_LEVEL.label() + ":" + figure.id(),
        FindingKind.GROWTH_VS_LEVEL,
        List.of(),
        Optional.empty(),
        List.of(figure.id()),
        numbers,
        String.format(
            "2022's %s %s at %s means %s the year before, not a whole count",
            Num.stated(count), unit, Num.growth(growth), Num.text(prior)),
        zh + cause.explanationZh(),
        en + cause.explanationEn(),
        cause));
  }

  /** {@code 高41.88亿元} or {@code 低41.88亿元}. */
  static String zhApart(double difference, String unit) {
    return (difference >= 0 ? "高" : "低") + Num.text(Math.abs(difference)) + unit;
  }
}
