package dev.zhanwang.report;

import dev.zhanwang.forecast.Criterion;
import java.util.Map;

/**
 * The language of chart text. Chinese is what planners read; English is the fallback for machines
 * without a font that can draw Chinese, so it must not contain a single Chinese character.
 */
enum Labels {
  CHINESE,
  ENGLISH;

  /** English for the units of the seed's figures, by multiplier prefix and base unit. */
  private static final Map<String, String> BASE_UNITS = Map.ofEntries(
      Map.entry("元", "yuan"),
      Map.entry("美元", "USD"),
      Map.entry("辆", "vehicles"),
      Map.entry("平方米", "m²"),
      Map.entry("亩", "mu"),
      Map.entry("吨", "tonnes"),
      Map.entry("人", "people"),
      Map.entry("人次", "visits"),
      Map.entry("千瓦时", "kWh"),
      Map.entry("个", "count"),
      Map.entry("项", "count"),
      Map.entry("家", "count"),
      Map.entry("户", "count"),
      Map.entry("件", "count"),
      Map.entry("座", "count"),
      Map.entry("所", "count"));

  private static final Map<Character, String> PREFIXES = Map.of('亿', "100 million", '万', "10k");

  String fanTitle(String name, int year) {
    return pick(
        name + "：" + year + "年累计值与累计增速预测", name + " – " + year + " year to date: level and growth");
  }

  String levelPanel() {
    return pick("累计值", "Year-to-date value");
  }

  String growthPanel() {
    return pick("累计增速", "Year-to-date growth");
  }

  String yearToDateGrowth() {
    return pick("累计增速（%）", "Growth on the same months of last year (%)");
  }

  String month() {
    return pick("月份", "Month");
  }

  String yearToDate(String unit) {
    return pick("累计值" + inParens(unit), "Year-to-date value" + inParens(unit));
  }

  /** A fan band by the share of paths it holds and its percentiles: 中间20%（p40–p60）. */
  String band(int lowPct, int highPct) {
    String percentiles = "p" + lowPct + "–p" + highPct;
    return pick(
        "中间" + (highPct - lowPct) + "%（" + percentiles + "）",
        "middle " + (highPct - lowPct) + "% (" + percentiles + ")");
  }

  /** The heading of a fan's key, before the bands, darkest first. */
  String bandKey() {
    return pick("色带（由深到浅）为模拟路径的", "Shaded, darkest first: the paths'");
  }

  String median() {
    return pick("中位数", "Median");
  }

  String yearToDateOf(int year) {
    return pick(year + "年累计值", year + " year-to-date");
  }

  String target(String amount) {
    return pick("目标 " + amount, "Target " + amount);
  }

  /** A number with its unit, e.g. 1210亿元 or 1,210 (100 million yuan). */
  String amount(double value, String unit) {
    String number = Numbers.label(value);
    if (unit.isEmpty() || unit.equals("%")) {
      return number + unit;
    }
    return pick(number + unit, number + " (" + unit + ")");
  }

  /** A target check's name: the target's, marked as growth unless its name says so already. */
  String check(String name, Criterion criterion) {
    if (criterion != Criterion.GROWTH
        || name.endsWith("增速")
        || name.toLowerCase(java.util.Locale.ROOT).endsWith("growth")) {
      return name;
    }
    return pick(name + "增速", name + " (growth)");
  }

  String probabilityTitle(int year) {
    return pick(
        year + "年各项目标完成概率（从高到低；误差线 ±2 标准误）",
        "P(target met), " + year + ", most likely first (error bars ±2 s.e.)");
  }

  String statusLikely() {
    return pick("很可能完成（≥80%）", "likely (≥ 80%)");
  }

  String statusAtRisk() {
    return pick("有风险（50–80%）", "at risk (50–80%)");
  }

  String statusUnlikely() {
    return pick("难以完成（<50%）", "unlikely (< 50%)");
  }

  String allAtOnce() {
    return pick("全部同时完成", "all at once");
  }

  String probabilityAxis() {
    return pick("完成概率（%）", "P(target met) (%)");
  }

  String comparisonTitle(int year, String scenario) {
    return pick(
        year + "年各项目标完成概率：模型比较（" + scenario + "，共同随机数）",
        "P(target met) by model, " + year + " (" + scenario + ", common random numbers)");
  }

  String nowcastTitle(int year, String scenario) {
    return pick(
        year + "年目标完成概率：逐月实况更新（" + scenario + "）",
        "P(target met | data to month), " + year + " (" + scenario + ")");
  }

  String allTargetsMet() {
    return pick("全部目标同时完成", "All targets met at once");
  }

  String histogramTitle(String name, Criterion criterion, int year) {
    return criterion == Criterion.GROWTH
        ? pick(name + "：" + year + "年增速分布", name + " – " + year + " growth outcome")
        : pick(name + "：" + year + "年全年值分布", name + " – " + year + " annual outcome");
  }

  String outcomeAxis(Criterion criterion, String unit, int year) {
    return criterion == Criterion.GROWTH
        ? pick(year + "年增速（%）", year + " growth (%)")
        : pick(year + "年全年值" + inParens(unit), year + " annual value" + inParens(unit));
  }

  /** The lowest bin of a histogram, which holds every outcome below its upper edge. */
  String lowerTail(String amount) {
    return pick("≤" + amount + "：下尾（含更低）", "≤ " + amount + ": lower tail, all below");
  }

  /** The highest bin of a histogram, which holds every outcome above its lower edge. */
  String upperTail(String amount) {
    return pick("≥" + amount + "：上尾（含更高）", "≥ " + amount + ": upper tail, all above");
  }

  String shareOfPaths() {
    return pick("路径占比（%）", "Share of paths (%)");
  }

  String met(String share) {
    return pick("达标 " + share, "Met " + share);
  }

  String missed(String share) {
    return pick("未达标 " + share, "Missed " + share);
  }

  String backtestTitle(int cases) {
    return pick(
        "回测：各模型平均CRPS（越低越好；" + cases + "个年份×指标，误差线 ±2 配对标准误）",
        "Backtest: mean CRPS per model (lower is better; " + cases
            + " indicator-years, error bars ±2 paired s.e.)");
  }

  String crpsAxis() {
    return pick("平均CRPS（对数增速）", "Mean CRPS (log growth)");
  }

  /**
   * English for a unit: 亿元 becomes "100 million yuan", 万平方米 "10k m²"; a unit without Chinese
   * is kept, one that cannot be translated is dropped rather than drawn as boxes.
   */
  static String englishUnit(String unit) {
    if (unit.chars().noneMatch(Labels::isCjk)) {
      return unit;
    }
    String base = BASE_UNITS.get(unit);
    if (base != null) {
      return base;
    }
    String prefix = PREFIXES.get(unit.charAt(0));
    base = BASE_UNITS.get(unit.substring(1));
    return prefix != null && base != null ? prefix + " " + base : "";
  }

  /** Characters of the CJK blocks and full-width forms, which the English fallback must avoid. */
  static boolean isCjk(int codePoint) {
    return codePoint >= 0x2E80 && codePoint <= 0x9FFF
        || codePoint >= 0xF900 && codePoint <= 0xFAFF
        || codePoint >= 0xFE30 && codePoint <= 0xFE4F
        || codePoint >= 0xFF00 && codePoint <= 0xFFEF
        || codePoint >= 0x20000 && codePoint <= 0x3FFFF;
  }

  private String inParens(String unit) {
    return unit.isEmpty() ? "" : pick("（" + unit + "）", " (" + unit + ")");
  }

  private String pick(String chinese, String english) {
    return this == CHINESE ? chinese : english;
  }
}
