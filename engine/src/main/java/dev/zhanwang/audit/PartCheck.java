package dev.zhanwang.audit;

import dev.zhanwang.data.Baseline;
import dev.zhanwang.data.Figure;
import dev.zhanwang.data.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link FindingKind#COMPOSITE} for a total and one part of it, and what their targets leave for
 * the rest:
 *
 * <ul>
 *   <li>a total and its district-level part (本级: {@code 规上工业总产值（本级）} of {@code
 *       规上工业总产值}), both stated as level and growth on 2022 levels {@code B_T}, {@code B_P}:
 *       the rest grows {@code (V_T - V_P) / (B_T - B_P) - 1} by the levels and {@code (B_T (1 +
 *       g_T) - B_P (1 + g_P)) / (B_T - B_P) - 1} by the growth rates; reported when they differ
 *       beyond half a point;
 *   <li>industry inside the secondary sector (规上工业增加值 within 第二产业增加值), growth targets
 *       {@code g} and {@code G}: with industry's share {@code s}, the rest grows {@code (G - s g) /
 *       (1 - s)}, zero at {@code s = G / g}; reported when the part's target differs from the
 *       total's, as an implication the seed does not state.
 * </ul>
 */
final class PartCheck {
  private static final double[] SHARES = {0.5, 0.7, 0.8};

  private PartCheck() {}

  static List<Finding> find(Baseline baseline) {
    List<Finding> findings = new ArrayList<>();
    for (Target total : baseline.targets()) {
      for (Target part : baseline.targets()) {
        if (part != total && districtLevelPart(total, part)) {
          districtLevel(baseline, total, part).ifPresent(findings::add);
        }
      }
    }
    for (Target total : baseline.targets()) {
      for (Target part : baseline.targets()) {
        if (total.nameZh().contains("第二产业")
            && part.nameZh().contains("工业增加值")
            && total.growthPct().isPresent()
            && part.growthPct().isPresent()) {
          industry(total, part).ifPresent(findings::add);
        }
      }
    }
    return findings;
  }

  private static boolean districtLevelPart(Target total, Target part) {
    String totalScope = ComparatorCheck.mainScope(total.scope());
    String partScope = ComparatorCheck.mainScope(part.scope());
    return part.nameZh().startsWith(total.nameZh())
        && part.nameZh().length() > total.nameZh().length()
        && partScope.endsWith("本级")
        && !totalScope.endsWith("本级");
  }

  private static Optional<Finding> districtLevel(Baseline baseline, Target total, Target part) {
    Optional<Figure> totalFigure = baseline.figure(total.indicator());
    Optional<Figure> partFigure = baseline.figure(part.indicator());
    if (total.value().isEmpty()
        || total.growthPct().isEmpty()
        || part.value().isEmpty()
        || part.growthPct().isEmpty()
        || totalFigure
            .flatMap(f -> Optional.ofNullable(f.value().isPresent() ? f : null))
            .isEmpty()
        || partFigure
            .flatMap(f -> Optional.ofNullable(f.value().isPresent() ? f : null))
            .isEmpty()
        || !total.unit().equals(part.unit())) {
      return Optional.empty();
    }
    double bt = totalFigure.get().value().getAsDouble();
    double bp = partFigure.get().value().getAsDouble();
    double rest2022 = bt - bp;
    if (rest2022 <= 0) {
      return Optional.empty();
    }
    double byLevels = total.value().getAsDouble() - part.value().getAsDouble();
    double byGrowth = bt * (1 + total.growthPct().getAsDouble() / 100)
        - bp * (1 + part.growthPct().getAsDouble() / 100);
    double growthByLevels = 100 * (byLevels / rest2022 - 1);
    double growthByGrowth = 100 * (byGrowth / rest2022 - 1);
    if (Math.abs(growthByLevels - growthByGrowth) <= 0.5) {
      return Optional.empty();
    }
    String unit = total.unit();
    Map<String, Double> numbers = new LinkedHashMap<>();
    numbers.put("rest_2022", rest2022);
    numbers.put("rest_by_levels", byLevels);
    numbers.put("rest_growth_by_levels_pct", growthByLevels);
    numbers.put("rest_by_growth", byGrowth);
    numbers.put("rest_growth_by_growth_pct", growthByGrowth);
    numbers.put("gap_points", growthByGrowth - growthByLevels);
    numbers.put("gap_level", byGrowth - byLevels);
    BenignCause cause = BenignCause.of(total, totalFigure);
    String en = String.format(
        "%s (%s) includes its district-level part %s (%s). The rest was %s - %s = %s %s in 2022."
            + " By the stated levels it is %s - %s = %s %s in 2023 (%s); by the stated growth"
            + " rates %s - %s = %s %s (%s): the two readings of one target set differ by %s"
            + " points (%s %s). It follows from the level-and-growth findings of the two targets. ",
        total.id(),
        total.nameEn(),
        part.id(),
        part.nameEn(),
        Num.stated(bt),
        Num.stated(bp),
        Num.text(rest2022),
        unit,
        Num.stated(total.value().getAsDouble()),
        Num.stated(part.value().getAsDouble()),
        Num.text(byLevels),
        unit,
        Num.growth(growthByLevels),
        Num.text(bt * (1 + total.growthPct().getAsDouble() / 100)),
        Num.text(bp * (1 + part.growthPct().getAsDouble() / 100)),
        Num.text(byGrowth),
        unit,
        Num.growth(growthByGrowth),
        Num.text(Math.abs(growthByGrowth - growthByLevels)),
        Num.text(Math.abs(byGrowth - byLevels)),
        unit);
    String zh = String.format(
        "%s包含其本级部分%s。2022年本级以外部分为%s%s。按所定总量，2023年为%s%s（%s）；按所定增速，为%s%s（%s）："
            + "同一组目标的两种读法相差%s个百分点（%s%s），源于两个目标各自总量与增速不一致。",
        total.nameZh(),
        part.nameZh(),
        Num.text(rest2022),
        unit,
        Num.text(byLevels),
        unit,
        Num.growth(growthByLevels),
        Num.text(byGrowth),
        unit,
        Num.growth(growthByGrowth),
        Num.text(Math.abs(growthByGrowth - growthByLevels)),
        Num.text(Math.abs(byGrowth - byLevels)),
        unit);
    return Optional.of(new Finding(
        FindingKind.COMPOSITE.label() + ":" + total.id(),
        FindingKind.COMPOSITE,
        List.of(total.id(), part.id()),
        Optional.empty(),
        List.of(totalFigure.get().id(), partFigure.get().id()),
        numbers,
        String.format(
            "the rest beyond %s grows %s by the levels, %s by the growth rates",
            part.id(), Num.growth(growthByLevels), Num.growth(growthByGrowth)),
        zh + cause.explanationZh(),
        en + cause.explanationEn(),
        cause));
  }

  private static Optional<Finding> industry(Target total, Target part) {
    double whole = total.growthPct().getAsDouble();
    double industry = part.growthPct().getAsDouble();
    if (Math.abs(whole - industry) <= Num.EPSILON || industry == 0) {
      return Optional.empty();
    }
    Map<String, Double> numbers = new LinkedHashMap<>();
    numbers.put("total_target_pct", whole);
    numbers.put("part_target_pct", industry);
    StringBuilder shares = new StringBuilder();
    StringBuilder sharesZh = new StringBuilder();
    for (double s : SHARES) {
      double rest = (whole - s * industry) / (1 - s);
      numbers.put("rest_growth_at_share_" + Num.text(s) + "_pct", rest);
      shares.append(String.format("s = %s gives %s, ", Num.text(s), Num.growth(rest)));
      sharesZh.append(String.format("s = %s时为%s，", Num.text(s), Num.growth(rest)));
    }
    double zeroAt = whole / industry;
    boolean flatInside = zeroAt > 0 && zeroAt < 1;
    if (flatInside) {
      numbers.put("share_at_which_rest_is_flat", zeroAt);
    }
    String en = String.format(
        "%s (%s%%) is part of %s (%s%%), with the rest of the sector (construction, smaller"
            + " industry). With industry's share s, the rest must grow (%s - %s s) / (1 - s): %s."
            + " Not a contradiction: an implication of the two targets that the seed does not"
            + " state. ",
        part.nameEn(),
        Num.stated(industry),
        total.nameEn(),
        Num.stated(whole),
        Num.stated(whole),
        Num.stated(industry),
        shares
            .append(flatInside ? "flat at s = " + Num.text(zeroAt) : "")
            .toString()
            .replaceAll(", $", ""));
    String zh = String.format(
        "%s（%s%%）是%s（%s%%）的一部分，其余为建筑业和规下工业等。设规上工业比重为s，其余部分须增长 (%s - %s s) / (1 - s)："
            + "%s。这不是矛盾，而是两项目标合起来的含义，种子报告没有说明。",
        part.nameZh(),
        Num.stated(industry),
        total.nameZh(),
        Num.stated(whole),
        Num.stated(whole),
        Num.stated(industry),
        sharesZh
            .append(flatInside ? "s = " + Num.text(zeroAt) + "时为零增长" : "")
            .toString()
            .replaceAll("，$", ""));
    double at07 = (whole - 0.7 * industry) / 0.3;
    double at08 = (whole - 0.8 * industry) / 0.2;
    String summary = String.format(
        "%s at %s%% within %s at %s%%: the rest of the sector grows %s at a share of 0.7, %s at"
            + " 0.8",
        part.id(),
        Num.stated(industry),
        total.id(),
        Num.stated(whole),
        Num.growth(at07),
        Num.growth(at08));
    BenignCause cause = BenignCause.NONE;
    return Optional.of(new Finding(
        FindingKind.COMPOSITE.label() + ":" + total.id(),
        FindingKind.COMPOSITE,
        List.of(total.id(), part.id()),
        Optional.empty(),
        List.of(),
        numbers,
        summary,
        zh + cause.explanationZh(),
        en + cause.explanationEn(),
        cause));
  }
}
