package dev.zhanwang.audit;

import dev.zhanwang.data.Baseline;
import dev.zhanwang.data.Target;
import dev.zhanwang.scenario.CompositeSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@link FindingKind#COMPOSITE}: the growth target {@code G} of a total against its parts'
 * targets {@code g_i}. The growth of a total is its parts' growth weighted by their shares of the
 * prior year, {@code G = sum_i w_i g_i} with {@code w_i >= 0}, {@code sum_i w_i = 1}; so the
 * targets imply shares: none when {@code G} lies outside {@code [min g_i, max g_i]}, any when
 * every {@code g_i = G}, and when the parts take two values {@code a < b}, a share {@code w =
 * (G - a) / (b - a)} for the parts at {@code b} (8% from 7/9/7: {@code 7 + 2w = 8}, {@code w =
 * 0.5}). A scenario's weights give {@code sum_i w_i g_i}, compared with {@code G}.
 *
 * <p>Compositions come from a scenario's {@code composites:}; without a scenario, from the
 * national accounts' identity (GDP is the sum of the three sectors' value added), recognised by
 * the targets' Chinese names (地区生产总值, 第一产业, 第二产业, 第三产业).
 */
final class CompositeCheck {
  private static final List<String> SECTORS = List.of("第一产业", "第二产业", "第三产业");

  private CompositeCheck() {}

  /** The scenario's composites whose total and every part have a growth target. */
  static List<Composition> ofScenario(Baseline baseline, List<CompositeSpec> composites) {
    List<Composition> found = new ArrayList<>();
    for (CompositeSpec spec : composites) {
      Optional<Target> total = growthTarget(baseline, spec.id());
      List<Target> parts = new ArrayList<>();
      Map<String, Double> weights = new LinkedHashMap<>();
      spec.weights()
          .forEach((indicator, weight) -> growthTarget(baseline, indicator).ifPresent(part -> {
            parts.add(part);
            weights.put(part.id(), weight);
          }));
      if (total.isPresent() && parts.size() == spec.weights().size()) {
        found.add(
            new Composition(total.get(), parts, weights, "the scenario's composites." + spec.id()));
      }
    }
    return found;
  }

  /** GDP and the three sectors, by the targets' Chinese names, when all four have growth. */
  static List<Composition> ofNationalAccounts(Baseline baseline) {
    Optional<Target> gdp = baseline.targets().stream()
        .filter(t -> t.growthPct().isPresent() && t.nameZh().contains("生产总值"))
        .findFirst();
    List<Target> parts = new ArrayList<>();
    for (String sector : SECTORS) {
      baseline.targets().stream()
          .filter(t -> t.growthPct().isPresent() && t.nameZh().contains(sector))
          .findFirst()
          .ifPresent(parts::add);
    }
    if (gdp.isEmpty() || parts.size() != SECTORS.size()) {
      return List.of();
    }
    return List.of(new Composition(
        gdp.get(),
        parts,
        Map.of(),
        "the national accounts (GDP is the sum of the three sectors' value added)"));
  }

  private static Optional<Target> growthTarget(Baseline baseline, String indicator) {
    return baseline.targetsOn(indicator).stream()
        .filter(t -> t.growthPct().isPresent())
        .findFirst();
  }

  static List<Finding> find(List<Composition> compositions) {
    List<Finding> findings = new ArrayList<>();
    for (Composition composition : compositions) {
      finding(composition).ifPresent(findings::add);
    }
    return findings;
  }

  private static Optional<Finding> finding(Composition c) {
    double total = c.composite().growthPct().getAsDouble();
    // Parts grouped by their target growth, lowest first.
    TreeMap<Double, List<Target>> byGrowth = c.parts().stream()
        .collect(Collectors.groupingBy(
            p -> p.growthPct().getAsDouble(), TreeMap::new, Collectors.toList()));
    double lowest = byGrowth.firstKey();
    double highest = byGrowth.lastKey();
    boolean scenario = !c.weights().isEmpty();
    double weighted = c.parts().stream()
        .mapToDouble(p -> c.weights().getOrDefault(p.id(), 0.0) * p.growthPct().getAsDouble())
        .sum();
    if (byGrowth.size() == 1
        && Math.abs(lowest - total) <= Num.EPSILON
        && (!scenario || Math.abs(weighted - total) <= Num.EPSILON)) {
      return Optional.empty();
    }
    Map<String, Double> numbers = new LinkedHashMap<>();
    numbers.put("total_target_pct", total);
    c.parts().forEach(p -> numbers.put(p.id() + "_target_pct", p.growthPct().getAsDouble()));
    String partsEn = c.parts().stream()
        .map(p -> Composition.name(p) + " " + Num.stated(p.growthPct().getAsDouble()) + "%")
        .collect(Collectors.joining(", "));
    String partsZh = c.parts().stream()
        .map(p ->
            p.nameZh().replace("增速", "") + "增长" + Num.stated(p.growthPct().getAsDouble()) + "%")
        .collect(Collectors.joining("、"));
    StringBuilder en = new StringBuilder(String.format(
        "%s (%s, %s%%) against its parts' targets (%s), by %s: the growth of a total is its"
            + " parts' growth weighted by their shares of the prior year. ",
        c.composite().nameEn(), c.composite().id(), Num.text(total), partsEn, c.origin()));
    StringBuilder zh = new StringBuilder(String.format(
        "%s目标%s%%，各组成部分目标为%s：总量增速等于各部分增速按上年比重加权之和。",
        c.composite().nameZh(), Num.text(total), partsZh));
    String summary;
    if (total < lowest - Num.EPSILON || total > highest + Num.EPSILON) {
      String side = total < lowest ? "below" : "above";
      en.append(String.format(
          "No shares can give %s%%: it is %s every part's target (%s%% to %s%%). ",
          Num.text(total), side, Num.text(lowest), Num.text(highest)));
      zh.append(String.format(
          "%s%%%s所有部分的目标（%s%%至%s%%），任何比重都无法得到。",
          Num.text(total), total < lowest ? "低于" : "高于", Num.text(lowest), Num.text(highest)));
      summary = String.format(
          "%s%% is %s every part's target (%s%%..%s%%): no weights give it",
          Num.text(total), side, Num.text(lowest), Num.text(highest));
    } else if (byGrowth.size() == 2) {
      List<Target> upper = byGrowth.lastEntry().getValue();
      List<Target> lower = byGrowth.firstEntry().getValue();
      double share = (total - lowest) / (highest - lowest);
      String upperNames = names(upper);
      numbers.put(
          "implied_weight_" + String.join("+", upper.stream().map(Target::id).toList()), share);
      en.append(String.format(
          "With a share w for %s (%s%%) and 1 - w for %s (%s%%), %s + (%s - %s) w = %s needs"
              + " w = %s. The seed gives no 2022 shares to check this against. ",
          upperNames,
          Num.text(highest),
          names(lower),
          Num.text(lowest),
          Num.text(lowest),
          Num.text(highest),
          Num.text(lowest),
          Num.text(total),
          Num.text(share)));
      zh.append(String.format(
          "设%s比重为w、%s合计为1 - w，则%s + (%s - %s) w = %s，需w = %s。种子报告没有给出2022年各产业比重，无法核对。",
          namesZh(upper),
          namesZh(lower),
          Num.text(lowest),
          Num.text(highest),
          Num.text(lowest),
          Num.text(total),
          Num.text(share)));
      summary = String.format("targets imply a weight %s for %s", Num.text(share), upperNames);
      if (scenario) {
        double given = upper.stream().mapToDouble(p -> c.weights().get(p.id())).sum();
        numbers.put(
            "scenario_weight_" + String.join("+", upper.stream().map(Target::id).toList()), given);
        boolean same = Num.text(given).equals(Num.text(share));
        en.append(String.format(
            "The scenario gives %s a weight of %s (%s). ",
            upperNames,
            Num.text(given),
            same
                ? "the implied one"
                : Num.signed(given - share) + " against the implied " + Num.text(share)));
        zh.append(String.format(
            "情景给%s的权重为%s（%s）。",
            namesZh(upper),
            Num.text(given),
            same ? "即隐含的权重" : "比隐含的" + Num.text(share) + "相差" + Num.signed(given - share)));
        summary += String.format("; the scenario's %s", Num.text(given));
      }
    } else {
      en.append(String.format(
          "Any shares w_i with sum_i w_i g_i = %s agree; the seed gives no 2022 shares. ",
          Num.text(total)));
      zh.append(
          String.format("凡满足 sum w_i g_i = %s 的比重均与目标一致；种子报告没有给出2022年各产业比重。", Num.text(total)));
      summary = String.format("targets need weights with sum w_i g_i = %s", Num.text(total));
    }
    if (scenario) {
      numbers.put("scenario_total_pct", weighted);
      numbers.put("scenario_gap_points", weighted - total);
      String sum = c.parts().stream()
          .map(p -> Num.text(c.weights().get(p.id())) + " x "
              + Num.stated(p.growthPct().getAsDouble()))
          .collect(Collectors.joining(" + "));
      // The sum is rounded as explanations print numbers: a gap below that is agreement.
      boolean agrees = Num.text(weighted).equals(Num.text(total));
      en.append(String.format(
          "With the scenario's weights the parts' targets give %s = %s%%, %s. ",
          sum,
          Num.text(weighted),
          agrees
              ? "the total's target"
              : Num.signed(weighted - total) + " points against the total's target"));
      zh.append(String.format(
          "按情景权重，各部分目标合计为 %s = %s%%，%s。",
          sum,
          Num.text(weighted),
          agrees ? "与总量目标一致" : "与总量目标相差" + Num.signed(weighted - total) + "个百分点"));
      summary += agrees
          ? String.format(", which gives the total's %s%%", Num.text(total))
          : String.format(
              ", so the parts' targets give %s%%, not %s%%", Num.text(weighted), Num.text(total));
    }
    List<String> targets = new ArrayList<>(List.of(c.composite().id()));
    c.parts().forEach(p -> targets.add(p.id()));
    en.append("The targets are whole percentages: the shares they imply are their face value, not"
        + " a measurement. ");
    zh.append("各目标均为整数百分比，据此推出的比重只是字面值，并非测算结果。");
    BenignCause cause = BenignCause.of(c.composite(), Optional.empty());
    return Optional.of(new Finding(
        FindingKind.COMPOSITE.label() + ":" + c.composite().id(),
        FindingKind.COMPOSITE,
        targets,
        Optional.empty(),
        List.of(),
        numbers,
        summary,
        zh + cause.explanationZh(),
        en + cause.explanationEn(),
        cause));
  }

  private static String names(List<Target> parts) {
    return String.join(" and ", parts.stream().map(Composition::name).toList());
  }

  private static String namesZh(List<Target> parts) {
    // Sector names without 增速 (growth): the shares are of the sectors, not of their growth.
    return String.join(
        "与", parts.stream().map(p -> p.nameZh().replace("增速", "")).toList());
  }
}
