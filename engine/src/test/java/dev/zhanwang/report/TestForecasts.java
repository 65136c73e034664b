package dev.zhanwang.report;

import dev.zhanwang.audit.Audit;
import dev.zhanwang.audit.BenignCause;
import dev.zhanwang.audit.Finding;
import dev.zhanwang.audit.FindingKind;
import dev.zhanwang.data.Target;
import dev.zhanwang.forecast.Criterion;
import dev.zhanwang.forecast.Distribution;
import dev.zhanwang.forecast.Forecast;
import dev.zhanwang.forecast.IndicatorFan;
import dev.zhanwang.forecast.RunInfo;
import dev.zhanwang.forecast.TargetOutcome;
import dev.zhanwang.sim.Histogram;
import dev.zhanwang.sim.Simulator;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.math3.distribution.NormalDistribution;

/** Small forecasts built by hand: normal outcomes, Chinese names, a source with a comma. */
final class TestForecasts {
  static final double[] LEVELS = {0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95};
  static final String COMMA_SOURCE = "规模以上工业总产值1210亿元, 增长\"25%\"";
  static final String SEED_SHA = "9c03f619f940416e9c03f619f940416e9c03f619f940416e9c03f619f940416e";
  private static final NormalDistribution NORMAL = new NormalDistribution();
  /** Standard normal quantiles at {@link #LEVELS}. */
  private static final double[] Z =
      Arrays.stream(LEVELS).map(NORMAL::inverseCumulativeProbability).toArray();
  /** The fans' levels, as a run's. */
  static final double[] FAN_LEVELS = Simulator.FAN_LEVELS;
  /** Standard normal quantiles at {@link #FAN_LEVELS}. */
  private static final double[] FAN_Z =
      Arrays.stream(FAN_LEVELS).map(NORMAL::inverseCumulativeProbability).toArray();

  private TestForecasts() {}

  /** Two fans, three outcomes (one of them growth) and one target that cannot be forecast. */
  static Forecast sample() {
    Target gdp = target("gdp", "地区生产总值", "Gross regional product", 345.0, "地区生产总值345亿元，增长7.5%");
    Target industry = target(
        "industrial_output",
        "规模以上工业总产值",
        "Gross industrial output above designated size",
        1210.0,
        COMMA_SOURCE);
    List<IndicatorFan> fans = List.of(
        fan(gdp.indicator(), gdp.nameZh(), gdp.nameEn(), "亿元", 320.8, 0.065, 0.03, List.of(345.0)),
        fan(
            industry.indicator(),
            industry.nameZh(),
            industry.nameEn(),
            "亿元",
            968.0,
            0.2,
            0.08,
            List.of(1210.0)));
    List<TargetOutcome> outcomes = List.of(
        outcome(gdp, Criterion.LEVEL, "亿元", 320.8, 345.0, 341.7, 9.6),
        outcome(gdp, Criterion.GROWTH, "%", 6.7, 7.5, 6.5, 3.0),
        outcome(industry, Criterion.LEVEL, "亿元", 968.0, 1210.0, 1161.6, 77.0));
    Target firms = new Target(
        "new_firms",
        "",
        "新增市场主体",
        "New market entities",
        "户",
        OptionalDouble.of(3000),
        OptionalDouble.empty(),
        "district",
        "新增市场主体3000户");
    return new Forecast(
        "base",
        "Base case, \"as planned\"",
        2023,
        100_000,
        20230203L,
        fans,
        outcomes,
        List.of(firms),
        0.1234,
        0.00104,
        List.of("gdp: trend growth, 2019-2022", "correlation: \"industry drives GDP\""));
  }

  /** Longer than any name in the shipped data, in both languages (the longest there: 79, 14). */
  static final String LONGEST_EN = "New tertiary-sector enterprises above designated size (incl."
      + " trade above quota), district level, investment-promotion plan";

  static final String LONGEST_ZH = "新增规上（限上）三产企业招商引资到位资金（招商计划，本级）";

  /**
   * {@link #sample()} with every name the longest the data could give, a unit with a long
   * English name and a histogram whose outermost bins hold tails: every chart's longest texts.
   */
  static Forecast longestNames() {
    Target level = new Target(
        "new_tertiary_enterprises_above_designated_size_plan",
        "new_tertiary_enterprises_above_designated_size_plan",
        LONGEST_ZH,
        LONGEST_EN,
        "万平方米",
        OptionalDouble.of(123_456.7),
        OptionalDouble.of(12.5),
        "district",
        "source");
    Target other = new Target(
        "investment_funds_in_place_plan",
        "investment_funds_in_place_plan",
        LONGEST_ZH + "二",
        LONGEST_EN + " II",
        "万平方米",
        OptionalDouble.of(98_765.4),
        OptionalDouble.empty(),
        "district",
        "source");
    List<IndicatorFan> fans = List.of(fan(
        level.indicator(),
        level.nameZh(),
        level.nameEn(),
        "万平方米",
        109_739.3,
        0.125,
        0.2,
        List.of(123_456.7, 124_999.9)));
    List<TargetOutcome> outcomes = List.of(
        outcome(level, Criterion.LEVEL, "万平方米", 109_739.3, 123_456.7, 121_000.5, 9_876.5),
        outcome(level, Criterion.GROWTH, "%", -12.345, 12.5, 10.25, 30.5),
        outcome(other, Criterion.LEVEL, "万平方米", 87_654.3, 98_765.4, 99_999.9, 12_345.6));
    return new Forecast(
        "a-scenario-with-a-long-name-of-sixty-characters-or-so-baseline",
        "long",
        2023,
        100_000,
        1L,
        fans,
        outcomes,
        List.of(),
        0.0123,
        0.00035,
        List.of());
  }

  /**
   * An audit of {@link #sample()}: a finding on every check of industrial_output, one on gdp's
   * growth check alone, one on the target that is not forecast.
   */
  static Audit audit() {
    return new Audit(
        "base",
        List.of(
            finding(
                "growth-vs-level:industrial_output",
                FindingKind.GROWTH_VS_LEVEL,
                "industrial_output",
                Optional.empty(),
                "1210 is +25% on 968, not +7.5%",
                BenignCause.RESTATED_BASE),
            finding(
                "implausible:gdp:growth",
                FindingKind.IMPLAUSIBLE,
                "gdp",
                Optional.of(Criterion.GROWTH),
                "P(met) 0.5%",
                BenignCause.NONE),
            finding(
                "other-measure:new_firms",
                FindingKind.OTHER_MEASURE,
                "new_firms",
                Optional.empty(),
                "2022 comparator is of another scope",
                BenignCause.NONE)),
        Optional.of(new Audit.Simulated(100_000, 20230203L)));
  }

  private static Finding finding(
      String id,
      FindingKind kind,
      String target,
      Optional<Criterion> check,
      String summary,
      BenignCause cause) {
    return new Finding(
        id,
        kind,
        List.of(target),
        check,
        List.of(target),
        Map.of("gap", 1.5),
        summary,
        "中文说明, 含逗号",
        "English explanation, with a comma",
        cause);
  }

  private static Target target(
      String id, String nameZh, String nameEn, double value, String source) {
    return new Target(
        id,
        id,
        nameZh,
        nameEn,
        "亿元",
        OptionalDouble.of(value),
        OptionalDouble.of(7.5),
        "district",
        source);
  }

  static RunInfo run(Path scenario) {
    return new RunInfo(
        List.of(scenario),
        List.of(SEED_SHA),
        List.of(Path.of("data/figures.csv")),
        List.of("ab".repeat(32)),
        "0.1.0-test",
        4,
        "exact (selection)",
        Instant.now().minusSeconds(3),
        Duration.ofMillis(1234),
        List.of("forecast", "run", scenario.toString()));
  }

  private static IndicatorFan fan(
      String id,
      String nameZh,
      String nameEn,
      String unit,
      double annual2022,
      double growth,
      double sd,
      List<Double> targets) {
    double[] ytd2022 = new double[12];
    double[][] ytd = new double[12][FAN_LEVELS.length];
    double[][] growthPct = new double[12][FAN_LEVELS.length];
    double[] mean = new double[12];
    for (int m = 0; m < 12; m++) {
      ytd2022[m] = annual2022 * (m + 1) / 12;
      mean[m] = ytd2022[m] * (1 + growth);
      for (int q = 0; q < FAN_LEVELS.length; q++) {
        double g = growth + FAN_Z[q] * sd * Math.sqrt(12.0 / (m + 1));
        ytd[m][q] = ytd2022[m] * (1 + g);
        growthPct[m][q] = 100 * g;
      }
    }
    return new IndicatorFan(
        id, nameZh, nameEn, unit, FAN_LEVELS, ytd2022, ytd, growthPct, mean, targets);
  }

  private static TargetOutcome outcome(
      Target target,
      Criterion criterion,
      String unit,
      double base,
      double threshold,
      double mean,
      double sd) {
    double[] quantiles = new double[LEVELS.length];
    for (int q = 0; q < LEVELS.length; q++) {
      quantiles[q] = mean + Z[q] * sd;
    }
    int bins = 40;
    double[] edges = new double[bins + 1];
    long[] counts = new long[bins];
    for (int b = 0; b <= bins; b++) {
      edges[b] = mean - 4 * sd + 8 * sd * b / bins;
    }
    for (int b = 0; b < bins; b++) {
      double z = (edges[b] + edges[b + 1]) / 2 - mean;
      // Expected paths in the bin: 100,000 paths times the density times the width of 0.2 sd.
      counts[b] = Math.round(20_000 / Math.sqrt(2 * Math.PI) * Math.exp(-z * z / (2 * sd * sd)));
    }
    double met = 1 - NORMAL.cumulativeProbability((threshold - mean) / sd);
    return new TargetOutcome(
        target,
        criterion,
        unit,
        base,
        threshold,
        new Distribution(mean, sd, LEVELS, quantiles, new Histogram(edges, counts)),
        met,
        Math.sqrt(met * (1 - met) / 100_000),
        met < 1 ? sd * 0.4 : Double.NaN);
  }
}
