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
        target.comparisonNote().ifPresent(note -> findings.add(noComparator(target, note)));
        continue;
      }
      Figure f = figure.get();
      List<String> reasonsEn = new ArrayList<>();
      List<String> reasonsZh = new ArrayList<>();
      String targetScope = mainScope(target.scope());
      String figureScope = mainScope(f.scope());
      if (!sameScope(targetScope, figureScope)) {
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

  /**
   * A scope cell's scope, without the remark after {@code ;} or in brackets: {@code 新区; at least}
   * and {@code 新区 (read: ...)} are 新区.
   */
  static String mainScope(String scope) {
    int end = scope.length();
    for (String mark : new String[] {";", "(", "（"}) {
      int at = scope.indexOf(mark);
      if (at >= 0) {
        end = Math.min(end, at);
      }
    }
    return scope.substring(0, end).strip();
  }

  /**
   * Whether two scopes are one: equal, or one the other's level within it ({@code 新区本级} is
   * {@code 本级}, the district's own level).
   */
  static boolean sameScope(String a, String b) {
    return a.equals(b) || (!a.isEmpty() && !b.isEmpty() && (a.endsWith(b) || b.endsWith(a)));
  }

  private static Finding noComparator(Target target, String note) {
    Map<String, Double> numbers = new LinkedHashMap<>();
    target.value().ifPresent(v -> numbers.put("target_level", v));
    target.growthPct().ifPresent(g -> numbers.put("target_growth_pct", g));
    String stated = target.value().isPresent()
        ? Num.stated(target.value().getAsDouble()) + " " + target.unit()
        : "+" + Num.stated(target.growthPct().getAsDouble()) + "%";
    BenignCause cause = BenignCause.NONE;
    return new Finding(
        FindingKind.NO_COMPARATOR.label() + ":" + target.id(),
        FindingKind.NO_COMPARATOR,
        List.of(target.id()),
        Optional.empty(),
        List.of(),
        numbers,
        note,
        String.format(
                "目标%s（%s %s）没有可比的2022年数据，无法据上年判断其高低。目标文件的说明：%s。",
                target.id(), target.nameZh(), stated, note)
            + cause.explanationZh(),
        String.format(
                "The target %s (%s, %s) has no comparable 2022 figure, so a rise or a fall cannot be"
                    + " read from last year; the targets file says: %s. ",
                target.id(), target.nameEn(), stated, note)
            + cause.explanationEn(),
        cause);
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
