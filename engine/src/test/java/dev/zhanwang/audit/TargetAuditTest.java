package dev.zhanwang.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhanwang.data.Baseline;
import dev.zhanwang.data.Figure;
import dev.zhanwang.data.Target;
import dev.zhanwang.forecast.Criterion;
import dev.zhanwang.forecast.Distribution;
import dev.zhanwang.forecast.Forecast;
import dev.zhanwang.forecast.TargetOutcome;
import dev.zhanwang.scenario.CompositeSpec;
import dev.zhanwang.sim.Histogram;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Each check on small figures and targets whose numbers are worked out by hand. */
class TargetAuditTest {
  private static final double TOLERANCE = 1e-9;

  @Test
  void growthVsLevel_levelAndGrowthDisagree_bothWaysWithGaps() {
    // 200 x 1.10 = 220 (stated 230: 10 above); 230 / 200 = +15% (stated 10%: 5 points above);
    // both hold on a base of 230 / 1.1 = 209.0909...
    Audit audit = audit(
        List.of(figure("output", "工业总产值", "亿元", 200, "新区")),
        List.of(target("output_target", "output", "工业总产值", "亿元", 230.0, 10.0, "新区")));
    Finding finding = only(audit, FindingKind.GROWTH_VS_LEVEL);
    assertEquals("growth-vs-level:output_target", finding.id());
    Map<String, Double> n = finding.numbers();
    assertEquals(220, n.get("level_implied_by_growth"), TOLERANCE);
    assertEquals(10, n.get("gap_level"), TOLERANCE);
    assertEquals(15, n.get("growth_implied_by_level_pct"), TOLERANCE);
    assertEquals(5, n.get("gap_points"), TOLERANCE);
    assertEquals(230 / 1.1, n.get("base_implied_by_both"), TOLERANCE);
    assertEquals(BenignCause.NONE, finding.benignCause());
    assertTrue(
        finding
            .explanationEn()
            .contains("+10% gives 220 亿元, 10 亿元 below the stated"
                + " level; and 230 亿元 is +15%, 5 points above the stated growth"),
        finding.explanationEn());
    assertTrue(finding.explanationZh().contains("增长10%为220亿元，比所定水平低10亿元"), finding.explanationZh());
    assertEquals(List.of("output"), finding.figures());
  }

  @Test
  void growthVsLevel_agreeAtTheStatedDigits_noFinding() {
    // 310.7 x 1.06 = 329.342, which rounds to the stated 329.3.
    Audit audit = audit(
        List.of(figure("fai", "固定资产投资", "亿元", 310.7, "新区")),
        List.of(target("fai_target", "fai", "固定资产投资", "亿元", 329.3, 6.0, "新区")));
    assertEquals(List.of(), audit.findings());
  }

  @Test
  void growthVsLevel_justOutsideTheStatedDigits_finding() {
    // A growth stated to one decimal: 310.7 x 1.065 = 330.8955, 1.5955 from 329.3 (> 0.05);
    // 329.3 / 310.7 = +5.9865%, 0.51 points from 6.5 (> 0.05).
    Audit audit = audit(
        List.of(figure("fai", "固定资产投资", "亿元", 310.7, "新区")),
        List.of(target("fai_target", "fai", "固定资产投资", "亿元", 329.3, 6.5, "新区")));
    Finding finding = only(audit, FindingKind.GROWTH_VS_LEVEL);
    assertEquals(330.8955, finding.numbers().get("level_implied_by_growth"), 1e-9);
    assertEquals(100 * (329.3 / 310.7 - 1) - 6.5, finding.numbers().get("gap_points"), 1e-9);
  }

  @Test
  void benignCause_aboveDesignatedSize_restatedBase() {
    Audit audit = audit(
        List.of(figure("output", "规上工业总产值", "亿元", 1001.5, "新区")),
        List.of(target("output_target", "output", "规上工业总产值", "亿元", 1210.0, 25.0, "新区")));
    Finding finding = only(audit, FindingKind.GROWTH_VS_LEVEL);
    assertEquals(BenignCause.RESTATED_BASE, finding.benignCause());
    assertEquals(1251.875, finding.numbers().get("level_implied_by_growth"), TOLERANCE);
    assertEquals(-41.875, finding.numbers().get("gap_level"), TOLERANCE);
    assertEquals(100 * (1210 / 1001.5 - 1) - 25, finding.numbers().get("gap_points"), TOLERANCE);
    assertTrue(finding.explanationZh().endsWith(BenignCause.RESTATED_BASE.explanationZh()));
    assertTrue(finding.explanationEn().endsWith(BenignCause.RESTATED_BASE.explanationEn()));
  }

  @Test
  void benignCause_gdpLevelWithRealGrowth_nominalVsReal() {
    // A GDP level target with its growth: 320.8 x 1.08 = 346.464, stated 350.
    Audit audit = audit(
        List.of(figure("gdp", "地区生产总值", "亿元", 320.8, "新区")),
        List.of(target("gdp_target", "gdp", "地区生产总值", "亿元", 350.0, 8.0, "新区")));
    assertEquals(
        BenignCause.NOMINAL_VS_REAL, only(audit, FindingKind.GROWTH_VS_LEVEL).benignCause());
  }

  @Test
  void composite_twoGrowthValues_impliedWeightOfTheHigherGroup() {
    // 8% from 7/9/7: 7 + (9 - 7) w = 8, w = 0.5.
    Finding finding = only(audit(List.of(), sectors(8, 7, 9, 7)), FindingKind.COMPOSITE);
    assertEquals("composite:gdp_growth", finding.id());
    assertEquals(0.5, finding.numbers().get("implied_weight_secondary_va_growth"), TOLERANCE);
    assertEquals(
        List.of("gdp_growth", "primary_va_growth", "secondary_va_growth", "tertiary_va_growth"),
        finding.targets());
    assertTrue(finding.explanationEn().contains("7 + (9 - 7) w = 8 needs w = 0.5"));
    assertFalse(finding.numbers().containsKey("scenario_total_pct"));
  }

  @Test
  void composite_otherNumbers_weightFollowsTheFormula() {
    // 6% from 5/10/5: 5 + 5w = 6, w = 0.2.
    Finding finding = only(audit(List.of(), sectors(6, 5, 10, 5)), FindingKind.COMPOSITE);
    assertEquals(0.2, finding.numbers().get("implied_weight_secondary_va_growth"), TOLERANCE);
  }

  @Test
  void composite_scenarioWeights_theirDistanceFromTheImpliedOnes() {
    // 0.03 x 7 + 0.65 x 9 + 0.32 x 7 = 8.3: 0.3 points above 8; secondary 0.65 against 0.5.
    Baseline baseline = new Baseline(List.of(), sectors(8, 7, 9, 7));
    Map<String, Double> weights = new LinkedHashMap<>();
    weights.put("primary_va", 0.03);
    weights.put("secondary_va", 0.65);
    weights.put("tertiary_va", 0.32);
    List<Finding> findings = CompositeCheck.find(
        CompositeCheck.ofScenario(baseline, List.of(new CompositeSpec("gdp", weights, "assumed"))));
    assertEquals(1, findings.size());
    Map<String, Double> n = findings.get(0).numbers();
    assertEquals(0.5, n.get("implied_weight_secondary_va_growth"), TOLERANCE);
    assertEquals(0.65, n.get("scenario_weight_secondary_va_growth"), TOLERANCE);
    assertEquals(8.3, n.get("scenario_total_pct"), TOLERANCE);
    assertEquals(0.3, n.get("scenario_gap_points"), TOLERANCE);
    assertTrue(findings.get(0).explanationEn().contains("0.03 x 7 + 0.65 x 9 + 0.32 x 7 = 8.3%"));
  }

  @Test
  void composite_totalAboveEveryPart_noWeightsGiveIt() {
    Finding finding = only(audit(List.of(), sectors(10, 7, 9, 7)), FindingKind.COMPOSITE);
    assertTrue(finding.summary().contains("above every part's target (7%..9%)"), finding.summary());
    assertFalse(finding.numbers().keySet().stream().anyMatch(k -> k.startsWith("implied")));
  }

  @Test
  void composite_allPartsAtTheTotal_noFinding() {
    assertEquals(List.of(), audit(List.of(), sectors(7, 7, 7, 7)).findings());
  }

  @Test
  void part_districtLevelPartStatedBothWays_restGrowthByLevelsAndByGrowth() {
    // Rest 2022: 100 - 40 = 60. By levels 120 - 50 = 70, +16.67%; by growth 125 - 48 = 77,
    // +28.33%: 11.67 points and 7 apart.
    Audit audit = audit(
        List.of(
            figure("output", "工业总产值", "亿元", 100, "新区"),
            figure("output_benji", "工业总产值（本级）", "亿元", 40, "本级")),
        List.of(
            target("output", "output", "工业总产值", "亿元", 120.0, 25.0, "新区"),
            target("output_benji", "output_benji", "工业总产值（本级）", "亿元", 50.0, 20.0, "本级")));
    Finding finding = audit.findings().stream()
        .filter(f -> f.id().equals("composite:output"))
        .findFirst()
        .orElseThrow(() -> new AssertionError(audit.findings().toString()));
    Map<String, Double> n = finding.numbers();
    assertEquals(60, n.get("rest_2022"), TOLERANCE);
    assertEquals(100 * (70.0 / 60 - 1), n.get("rest_growth_by_levels_pct"), TOLERANCE);
    assertEquals(100 * (77.0 / 60 - 1), n.get("rest_growth_by_growth_pct"), TOLERANCE);
    assertEquals(7, n.get("gap_level"), TOLERANCE);
    assertEquals(List.of("output", "output_benji"), finding.targets());
  }

  @Test
  void part_industryInsideSecondary_restGrowthAtShares() {
    // (9 - 11 s) / (1 - s): 4.333 at 0.7, 1 at 0.8, flat at 9 / 11.
    Audit audit = audit(
        List.of(),
        List.of(
            target("secondary", "secondary_va", "第二产业增加值增速", "%", null, 9.0, "新区"),
            target("industry", "industrial_va", "规上工业增加值增速", "%", null, 11.0, "新区")));
    Finding finding = only(audit, FindingKind.COMPOSITE);
    assertEquals("composite:secondary", finding.id());
    assertEquals(13.0 / 3, finding.numbers().get("rest_growth_at_share_0.7_pct"), TOLERANCE);
    assertEquals(1, finding.numbers().get("rest_growth_at_share_0.8_pct"), TOLERANCE);
    assertEquals(9.0 / 11, finding.numbers().get("share_at_which_rest_is_flat"), TOLERANCE);
  }

  @Test
  void statedTwice_twoLevelsOnOneIndicator_differenceAndGrowthOnEach() {
    // 120 and 140 on a 2022 level of 100: 20 apart, +20% and +40%.
    Audit audit = audit(
        List.of(figure("funds", "到位资金", "亿元", 100, "新区")),
        List.of(
            target("funds", "funds", "到位资金", "亿元", 120.0, null, "新区"),
            target("funds_plan", "funds", "到位资金（计划）", "亿元", 140.0, null, "新区")));
    Finding finding = only(audit, FindingKind.STATED_TWICE);
    assertEquals("stated-twice:funds", finding.id());
    assertEquals(List.of("funds", "funds_plan"), finding.targets());
    assertEquals(20, finding.numbers().get("difference"), TOLERANCE);
    assertEquals(20, finding.numbers().get("funds_growth_pct"), TOLERANCE);
    assertEquals(40, finding.numbers().get("funds_plan_growth_pct"), TOLERANCE);
  }

  @Test
  void statedTwice_sameLevelTwice_noFinding() {
    Audit audit = audit(
        List.of(figure("funds", "到位资金", "亿元", 100, "新区")),
        List.of(
            target("funds", "funds", "到位资金", "亿元", 120.0, null, "新区"),
            target("funds_again", "funds", "到位资金", "亿元", 120.0, null, "新区")));
    assertEquals(List.of(), audit.findings());
  }

  @Test
  void otherMeasure_scopeDiffers_finding() {
    Audit audit = audit(
        List.of(figure("starts", "本级新开工", "项", 37, "本级")),
        List.of(target("starts_target", "starts", "新开工项目", "项", 50.0, null, "新区; at least")));
    Finding finding = only(audit, FindingKind.OTHER_MEASURE);
    assertTrue(finding.summary().contains("scope 新区 against 本级"), finding.summary());
    assertEquals(100 * (50.0 / 37 - 1), finding.numbers().get("growth_on_unlike_base_pct"), 1e-9);
  }

  @Test
  void otherMeasure_sameScopeWithRemark_noFinding() {
    Audit audit = audit(
        List.of(figure("land", "供地", "亩", 8190, "新区")),
        List.of(target("land_target", "land", "供地", "亩", 6000.0, null, "新区; at least")));
    assertEquals(List.of(), audit.findings());
  }

  @Test
  void otherMeasure_comparisonNote_findingQuotesIt() {
    Target introduced = new Target(
        "introduced",
        "signed",
        "引进项目",
        "Projects introduced",
        "个",
        OptionalDouble.of(180),
        OptionalDouble.empty(),
        "新区",
        "全年计划引进项目180个",
        Optional.of("another measure: signed, not introduced"));
    Audit audit = audit(List.of(figure("signed", "签约项目", "个", 160, "新区")), List.of(introduced));
    Finding finding = only(audit, FindingKind.OTHER_MEASURE);
    assertTrue(finding.explanationEn().contains("another measure: signed, not introduced"));
  }

  @Test
  void noComparator_targetWithoutFigureAndANote_findingQuotesTheNote() {
    Target withNote = new Target(
        "land_storage",
        "",
        "土地收储",
        "Land banked",
        "亩",
        OptionalDouble.of(600),
        OptionalDouble.empty(),
        "新区",
        "土地收储600亩",
        Optional.of("no 2022 figure: none in the seed"));
    Target withoutNote = target("land_acquisition", "", "征地", "亩", 500.0, null, "新区");
    Audit audit = audit(List.of(), List.of(withNote, withoutNote));
    Finding finding = only(audit, FindingKind.NO_COMPARATOR);
    assertEquals("no-comparator:land_storage", finding.id());
    assertEquals("no 2022 figure: none in the seed", finding.summary());
    assertEquals(600, finding.numbers().get("target_level"), TOLERANCE);
    assertTrue(finding.explanationZh().contains("没有可比的2022年数据"), finding.explanationZh());
  }

  @Test
  void otherMeasure_growthTargetOnALevelFigure_unitsNotCompared() {
    Audit audit = audit(
        List.of(figure("gdp", "地区生产总值", "亿元", 320.8, "新区")),
        List.of(target("gdp_growth", "gdp", "地区生产总值增速", "%", null, 8.0, "新区")));
    assertEquals(List.of(), audit.findings());
  }

  @Test
  void implausible_belowOnePercentAndAboveNinetyNine_findingsOnThatCheckOnly() {
    Target revenue = target("revenue", "revenue", "收入", "亿元", 10.0, 5.0, "新区");
    Forecast forecast = forecast(List.of(
        outcome(revenue, Criterion.LEVEL, 0.009),
        outcome(revenue, Criterion.GROWTH, 0.991),
        outcome(target("other", "other", "其他", "亿元", 1.0, null, "新区"), Criterion.LEVEL, 0.01)));
    List<Finding> findings = PlausibilityCheck.find(forecast);
    assertEquals(
        List.of("implausible:revenue:level", "implausible:revenue:growth"),
        findings.stream().map(Finding::id).toList());
    assertTrue(findings.get(0).concerns("revenue", Criterion.LEVEL));
    assertFalse(findings.get(0).concerns("revenue", Criterion.GROWTH));
    assertEquals(0.009, findings.get(0).numbers().get("p_met"), TOLERANCE);
    assertTrue(findings.get(0).explanationEn().contains("almost certainly missed"));
    assertTrue(findings.get(1).explanationEn().contains("almost certainly met"));
  }

  @Test
  void concerning_findingOnEveryCheck_namedForBoth() {
    Audit audit = audit(
        List.of(figure("output", "工业总产值", "亿元", 200, "新区")),
        List.of(target("output_target", "output", "工业总产值", "亿元", 230.0, 10.0, "新区")));
    assertEquals(1, audit.concerning("output_target", Criterion.LEVEL).size());
    assertEquals(1, audit.concerning("output_target", Criterion.GROWTH).size());
    assertEquals(0, audit.concerning("output", Criterion.LEVEL).size());
  }

  @Test
  void num_statedAndApart_asExplanationsPrintThem() {
    assertEquals("114.69", Num.stated(114.69));
    assertEquals("1210", Num.stated(1210.0));
    assertEquals("1251.9", Num.text(1251.875));
    assertEquals("41.88 below", Num.apart(-41.875, "above", "below"));
    assertEquals("+20.82%", Num.growth(100 * (1210 / 1001.5 - 1)));
    assertEquals(0.05 + Num.EPSILON, Num.halfUnit(329.3), 1e-12);
    assertEquals(0.5 + Num.EPSILON, Num.halfUnit(1210), 1e-12);
  }

  private static Audit audit(List<Figure> figures, List<Target> targets) {
    return TargetAudit.ofData("test", new Baseline(figures, targets));
  }

  private static Finding only(Audit audit, FindingKind kind) {
    List<Finding> found =
        audit.findings().stream().filter(f -> f.kind() == kind).toList();
    assertEquals(1, found.size(), audit.findings().toString());
    return found.get(0);
  }

  private static List<Target> sectors(
      double gdp, double primary, double secondary, double tertiary) {
    return List.of(
        target("gdp_growth", "gdp", "地区生产总值增速", "%", null, gdp, "新区"),
        target("primary_va_growth", "primary_va", "第一产业增加值增速", "%", null, primary, "新区"),
        target("secondary_va_growth", "secondary_va", "第二产业增加值增速", "%", null, secondary, "新区"),
        target("tertiary_va_growth", "tertiary_va", "第三产业增加值增速", "%", null, tertiary, "新区"));
  }

  private static Figure figure(String id, String nameZh, String unit, double value, String scope) {
    return new Figure(
        id, nameZh, id, unit, OptionalDouble.of(value), OptionalDouble.empty(), scope, nameZh);
  }

  private static Target target(
      String id,
      String indicator,
      String nameZh,
      String unit,
      Double value,
      Double growth,
      String scope) {
    return new Target(
        id,
        indicator,
        nameZh,
        id,
        unit,
        value == null ? OptionalDouble.empty() : OptionalDouble.of(value),
        growth == null ? OptionalDouble.empty() : OptionalDouble.of(growth),
        scope,
        nameZh);
  }

  private static TargetOutcome outcome(Target target, Criterion criterion, double p) {
    double[] levels = {0.05, 0.5, 0.95};
    Distribution distribution = new Distribution(
        1, 0.1, levels, new double[] {0.8, 1, 1.2}, new Histogram(new double[] {0, 2}, new long[] {1
        }));
    return new TargetOutcome(
        target,
        criterion,
        criterion == Criterion.LEVEL ? "亿元" : "%",
        1,
        1,
        distribution,
        p,
        0.0005,
        0.1);
  }

  private static Forecast forecast(List<TargetOutcome> outcomes) {
    return new Forecast(
        "s", "", 2023, 20_000, 1, List.of(), outcomes, List.of(), 0.5, 0.01, List.of());
  }
}
