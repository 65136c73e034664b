package dev.zhanwang.audit;

import dev.zhanwang.data.Figure;
import dev.zhanwang.data.Target;
import java.util.Locale;
import java.util.Optional;

/**
 * A reason two numbers of a report may disagree without either being wrong, as it applies to a
 * finding. Chinese statistics publish some numbers in ways that never agree by division; a
 * finding says which way applies, or that none does.
 */
public enum BenignCause {
  /**
   * Growth computed on the prior year restated to this year's scope (同口径/可比口径), not on the
   * published prior-year level: statistics over a set of firms that changes every year (above
   * designated size, 规模以上; above quota, 限额以上), and fiscal revenue, compared on a comparable
   * basis (items moved between levels of government, one-off revenue left out).
   */
  RESTATED_BASE(
      "restated-base",
      "可能的合理原因：增速按本年口径重算的上年基数计算（同口径/可比口径）：规上（限上）企业名录每年变化，"
          + "财政收入按可比口径（剔除体制调整、一次性收入等）比较，因此同一报告中的总量与增速不必相除吻合；"
          + "种子报告没有说明所用口径。",
      "Possible benign cause: growth is computed on the prior year restated to this year's scope"
          + " (同口径/可比口径): the set of firms above designated size changes every year, and"
          + " fiscal revenue is compared on a comparable basis (items moved between levels of"
          + " government, one-off revenue left out), so a level and a growth rate from the same"
          + " report need not agree; the seed does not say which basis it uses."),
  /**
   * GDP and value added are published at current prices and their growth at constant prices, so
   * level and growth differ by the price change.
   */
  NOMINAL_VS_REAL(
      "nominal-vs-real",
      "可能的合理原因：地区生产总值和增加值的总量按现价计算，增速按不变价（实际增速）计算，两者相除永不吻合，差额大致是价格变动。",
      "Possible benign cause: GDP and value added are published at current prices and their"
          + " growth at constant prices (real growth), so the two never agree by division; the"
          + " difference is roughly the change in prices."),
  /** No known convention of the statistics explains the difference. */
  NONE(
      "none",
      "没有已知的统计口径原因可以解释这一差异。",
      "No known convention of the statistics explains the difference.");

  private final String label;
  private final String zh;
  private final String en;

  BenignCause(String label, String zh, String en) {
    this.label = label;
    this.zh = zh;
    this.en = en;
  }

  public String label() {
    return label;
  }

  /** What the cause means for a finding, in Chinese. */
  public String explanationZh() {
    return zh;
  }

  /** What the cause means for a finding, in English. */
  public String explanationEn() {
    return en;
  }

  /**
   * The cause that applies to a level and a growth rate of {@code target} measured against
   * {@code figure}, judged from their names: value added and GDP are nominal-versus-real (which
   * decides even for 规上工业增加值, whose level would also be restated), statistics of firms
   * above designated size or quota and budget revenue are restated, anything else has no benign
   * cause.
   */
  static BenignCause of(Target target, Optional<Figure> figure) {
    String names = (target.nameZh() + " " + target.nameEn() + " "
            + figure.map(f -> f.nameZh() + " " + f.nameEn()).orElse(""))
        .toLowerCase(Locale.ROOT);
    if (names.contains("生产总值")
        || names.contains("增加值")
        || names.contains("value added")
        || names.contains("gdp")) {
      return NOMINAL_VS_REAL;
    }
    if (names.contains("规上")
        || names.contains("规模以上")
        || names.contains("限上")
        || names.contains("限额以上")
        || names.contains("above designated size")
        || names.contains("预算收入")
        || names.contains("财政收入")
        || names.contains("budget revenue")) {
      return RESTATED_BASE;
    }
    return NONE;
  }
}
