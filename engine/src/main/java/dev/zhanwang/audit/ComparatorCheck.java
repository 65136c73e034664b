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
 * {@link FindingKind#OTHER_MEASURE}: a target whose 2022 comparator (the figure its
 * {@code indicator} names) is of another scope (the {@code scope} columns before any {@code ;}
 * differ: 新区 against 本级), another unit, or, as the target's {@code comparison_note} says,
 * another measure. Growth computed on such a figure compares unlike things.
 */
final class ComparatorCheck {
  private ComparatorCheck() {}

  static List<Finding> find(Baseline baseline) {
    List<Finding> findings = new ArrayList<>();
    for (Target target : baseline.targets()) {
      Optional<Figure> figure = baseline.figure(target.indicator());
      if (figure.isEmpty()) {
        continue;
      }
      Figure f = figure.get();
      List<String> reasonsEn = new ArrayList<>();
      List<String> reasonsZh = new ArrayList<>();
      String targetScope = mainScope(target.scope());
      String figureScope = mainScope(f.scope());
      if (!targetScope.equals(figureScope)) {
        reasonsEn.add("scope " + targetScope + " against " + figureScope);
        reasonsZh.add("口径不同（目标为" + targetScope + "，2022年数据为" + figureScope + "）");
      }
      // A growth target's unit is %, whatever its figure's: only levels have units to compare.
      if (target.value().isPresent() && !target.unit().equals(f.unit())) {
        reasonsEn.add("unit " + target.unit() + " against " + f.unit());
        reasonsZh.add("单位不同（" + target.unit() + "与" + f.unit() + "）");
      }
      target.comparisonNote().ifPresent(note -> {
        reasonsEn.add("the targets file says: " + note);
        reasonsZh.add("目标文件的比较说明：" + note);
      });
      if (reasonsEn.isEmpty()) {
        continue;
      }
      findings.add(finding(target, f, reasonsEn, reasonsZh));
    }
    return findings;
  }

  /** A scope cell's scope, without the remark after {@code ;}: {@code 新区; at least} is 新区. */
  static String mainScope(String scope) {
    int semicolon = scope.indexOf(';');
    return (semicolon < 0 ? scope : scope.substring(0, semicolon)).strip();
  }

  private static Finding finding(
      Target target, Figure figure, List<String> reasonsEn, List<String> reasonsZh) {
    Map<String, Double> numbers = new LinkedHashMap<>();
    String stated = "";
    String impliedEn = "";
    String impliedZh = "";
    if (target.value().isPresent()) {
      numbers.put("target_level", target.value().getAsDouble());
      stated = Num.stated(target.value().getAsDouble()) + " " + target.unit();
    }
    if (figure.value().isPresent()) {
      numbers.put("figure_2022", figure.value().getAsDouble());
    }
    if (target.value().isPresent()
        && figure.value().isPresent()
        && figure.value().getAsDouble() > 0) {
      double growth = 100 * (target.value().getAsDouble() / figure.value().getAsDouble() - 1);
      numbers.put("growth_on_unlike_base_pct", growth);
      impliedEn = String.format(
          " The growth this implies, %s, compares unlike things.", Num.growth(growth));
      impliedZh = String.format("据此算出的增速%s并不可比。", Num.growth(growth));
    }
    String figureText = figure.value().isPresent()
        ? Num.stated(figure.value().getAsDouble()) + " " + figure.unit()
        : "+" + Num.stated(figure.growthPct().getAsDouble()) + "%";
    String en = String.format(
        "The target %s (%s%s) is compared with the 2022 figure %s (%s) of another measure: %s.%s ",
        target.id(),
        target.nameEn(),
        stated.isEmpty() ? "" : ", " + stated,
        figure.id(),
        figureText,
        String.join("; ", reasonsEn),
        impliedEn);
    String zh = String.format(
        "目标%s（%s%s）与2022年的%s（%s）比较，但两者不是同一口径：%s。%s",
        target.id(),
        target.nameZh(),
        stated.isEmpty() ? "" : " " + stated,
        figure.nameZh(),
        figureText,
        String.join("；", reasonsZh),
        impliedZh);
    BenignCause cause = BenignCause.NONE;
    return new Finding(
        FindingKind.OTHER_MEASURE.label() + ":" + target.id(),
        FindingKind.OTHER_MEASURE,
        List.of(target.id()),
        Optional.empty(),
        List.of(figure.id()),
        numbers,
        "2022 comparator " + figure.id() + " (" + figureText + ") is of another measure: "
            + String.join("; ", reasonsEn),
        zh + cause.explanationZh(),
        en + cause.explanationEn(),
        cause);
  }
}
