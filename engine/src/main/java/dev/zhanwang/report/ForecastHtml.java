package dev.zhanwang.report;

import dev.zhanwang.audit.Audit;
import dev.zhanwang.audit.Finding;
import dev.zhanwang.data.Target;
import dev.zhanwang.forecast.Criterion;
import dev.zhanwang.forecast.Forecast;
import dev.zhanwang.forecast.IndicatorFan;
import dev.zhanwang.forecast.RunInfo;
import dev.zhanwang.forecast.TargetOutcome;
import dev.zhanwang.report.HtmlCharts.ProbabilityRow;
import dev.zhanwang.report.HtmlPage.Cell;
import dev.zhanwang.report.HtmlPage.Table;
import java.io.IOException;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code report.html}: the one file a planner sends to people who never open a terminal. It says
 * what question the run answers, then gives the targets table (Chinese and English names, target,
 * median, 5-95%, P(target met) with its standard error, status), the P(target met) chart, the
 * year-to-date fans of 累计值 and 累计增速, the histograms, the joint figure, the assumptions with
 * their reasons, the audit's findings and how to reproduce the run. It opens offline: ECharts and
 * the data are inside ({@link HtmlPage}).
 */
final class ForecastHtml implements Reporter {
  static final String FILE = "report.html";
  private static final MathContext TWO_DIGITS = new MathContext(2);

  private final Consumer<String> log;
  private final Audit audit;

  ForecastHtml(Consumer<String> log, Audit audit) {
    this.log = log;
    this.audit = audit;
  }

  @Override
  public List<Path> write(Forecast forecast, RunInfo run, Path dir) throws IOException {
    HtmlPage page = page(forecast, run, audit);
    Path file = dir.resolve(FILE);
    page.write(file);
    log.accept(String.format(
        Locale.ROOT,
        "Wrote report (%d target checks, %d charts, %,d KB, opens offline) to %s",
        forecast.outcomes().size(),
        page.chartCount(),
        Files.size(file) / 1024,
        file));
    return List.of(file);
  }

  /** The page of a forecast, before it is written. */
  static HtmlPage page(Forecast forecast, RunInfo run, Audit audit) {
    int year = forecast.year();
    HtmlPage page = new HtmlPage(forecast.scenarioName() + "：" + year + "年目标完成概率");
    page.heading(
            forecast.scenarioName() + "：" + year + "年各项目标完成的可能性",
            "How likely is each of " + year + "'s targets to be met? Scenario "
                + forecast.scenarioName())
        .paragraph(
            "lead",
            "本报告回答：按情景“" + forecast.scenarioName() + "”的假设，" + year + "年各项目标完成的可能性有多大。"
                + "数字来自 " + String.format(Locale.ROOT, "%,d", forecast.paths())
                + " 条逐月模拟路径（蒙特卡罗方法），每个概率都给出其模拟标准误。")
        .paragraph(
            "en",
            "This report answers: under the assumptions of scenario " + forecast.scenarioName()
                + ", how likely is each of " + year + "'s targets to be met? The figures come from "
                + String.format(Locale.ROOT, "%,d", forecast.paths())
                + " simulated month-by-month paths (Monte Carlo); every probability carries its"
                + " standard error.");
    if (!forecast.description().isBlank()) {
      page.paragraph("", forecast.description().strip());
    }
    page.facts(facts(forecast, run));
    Map<String, String> contents = new LinkedHashMap<>();
    contents.put("targets", "目标一览 Targets");
    contents.put("probability", "完成概率 P(target met)");
    contents.put("joint", "联合概率 Joint");
    contents.put("fans", "累计值与累计增速 Year to date");
    contents.put("histograms", "结果分布 Outcomes");
    contents.put("assumptions", "假设 Assumptions");
    contents.put("audit", "目标审核 Audit");
    contents.put("reproduce", "如何重现 Reproduce");
    page.contents(contents);
    targets(page, forecast);
    probability(page, forecast);
    joint(page, forecast);
    fans(page, forecast);
    histograms(page, forecast);
    assumptions(page, forecast);
    audit(page, audit);
    reproduce(page, forecast, run);
    return page;
  }

  private static Map<String, String> facts(Forecast forecast, RunInfo run) {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("情景 scenario", forecast.scenarioName());
    facts.put("年份 year", Integer.toString(forecast.year()));
    facts.put("模拟路径 paths", String.format(Locale.ROOT, "%,d", forecast.paths()));
    facts.put("随机种子 seed", Long.toString(forecast.seed()));
    facts.put("引擎版本 engine", "zhanwang " + run.engineVersion());
    return facts;
  }

  private static void targets(HtmlPage page, Forecast forecast) {
    page.section("targets", "目标一览", "Targets");
    Table table = new Table(List.of(
        "目标",
        "Target",
        "口径 check",
        "单位 unit",
        "#" + (forecast.year() - 1) + "年",
        "#目标 target",
        "#中位数 median",
        "#5%–95%",
        "#完成概率 P(met)",
        "#标准误 s.e.",
        "状态 status"));
    for (TargetOutcome outcome : forecast.outcomes()) {
      Target target = outcome.target();
      TargetStatus status = TargetStatus.of(outcome.probabilityMet());
      String percent = outcome.criterion() == Criterion.GROWTH ? "%" : "";
      table.row(
          key(target, outcome.criterion()),
          List.of(
              Cell.text(target.nameZh()),
              Cell.text(target.nameEn()),
              Cell.text(checkName(outcome.criterion())),
              Cell.text(outcome.unit()),
              number(outcome.baseValue(), percent),
              number(outcome.threshold(), percent),
              number(outcome.outcome().quantile(0.5), percent),
              Cell.number(Numbers.label(outcome.outcome().quantile(0.05)) + percent + " – "
                  + Numbers.label(outcome.outcome().quantile(0.95)) + percent),
              Cell.number(
                  probability(outcome.probabilityMet(), forecast.paths()),
                  Numbers.fixed(outcome.probabilityMet(), 6)),
              Cell.number(stdError(outcome.mcStdError())),
              new Cell(status.label(), "status " + status.cssClass(), "")));
    }
    page.table(table);
    page.paragraph(
        "note",
        "状态按完成概率划分：80%及以上为“很可能完成”，50%至80%为“有风险”，50%以下为“难以完成”。"
            + "标准误是蒙特卡罗抽样误差（百分点）。 Status by P(target met): likely from 80%, at risk"
            + " from 50%, unlikely below; s.e. is the Monte Carlo standard error in percentage"
            + " points.");
    if (!forecast.notForecast().isEmpty()) {
      page.subheading("未能预测的目标 Targets not forecast");
      Table missing = new Table(List.of("目标", "Target", "#目标值 target", "原因 reason"));
      for (Target target : forecast.notForecast()) {
        String value = target.value().isPresent()
            ? Numbers.label(target.value().getAsDouble()) + " " + target.unit()
            : "";
        if (target.growthPct().isPresent()) {
          value += (value.isEmpty() ? "" : "，") + "增长 "
              + Numbers.label(target.growthPct().getAsDouble()) + "%";
        }
        String reason = !target.indicator().isEmpty()
            ? "情景中没有指标 " + target.indicator() + " / indicator " + target.indicator()
                + " is not in this scenario"
            : target.comparisonNote().orElse("没有可比的上年数字 / no comparable figure of the year before");
        missing.row(
            target.id(),
            List.of(
                Cell.text(target.nameZh()),
                Cell.text(target.nameEn()),
                Cell.number(value),
                Cell.text(reason)));
      }
      page.table(missing);
    }
  }

  private static void probability(HtmlPage page, Forecast forecast) {
    page.section("probability", "各项目标完成概率", "P(target met)");
    List<ProbabilityRow> rows = new ArrayList<>();
    for (TargetOutcome outcome : forecast.outcomes()) {
      Target target = outcome.target();
      rows.add(new ProbabilityRow(
          checkLabel(target.nameZh(), outcome.criterion(), "增速"),
          checkLabel(target.nameEn(), outcome.criterion(), " (growth)"),
          outcome.probabilityMet(),
          outcome.mcStdError()));
    }
    page.chart(
        HtmlCharts.probability(
            forecast.year() + "年各项目标完成概率",
            "P(target met), " + forecast.year() + "; 误差线 error bars ±2 s.e.; 颜色表示状态 colour"
                + " shows status",
            rows),
        HtmlCharts.probabilityHeight(rows.size()));
  }

  private static void joint(HtmlPage page, Forecast forecast) {
    page.section("joint", "联合概率", "Joint figures");
    Table table = new Table(List.of("指标 figure", "Figure", "#概率 probability", "#标准误 s.e."));
    if (!Double.isNaN(forecast.probabilityAllMet())) {
      table.row(
          "all-met",
          List.of(
              Cell.text("全部目标同时完成"),
              Cell.text("All targets met at once"),
              Cell.number(
                  probability(forecast.probabilityAllMet(), forecast.paths()),
                  Numbers.fixed(forecast.probabilityAllMet(), 6)),
              Cell.number(
                  forecast.probabilityAllMetStdError() == 0
                      ? "–"
                      : stdError(forecast.probabilityAllMetStdError()))));
    }
    page.table(table);
    page.paragraph(
        "note",
        "“全部同时完成”要求每一项目标的每一种表述都达到；目标之间的相关性来自情景的相关矩阵。"
            + " All at once requires every statement of every target; how targets move together"
            + " comes from the scenario's correlation matrix.");
  }

  private static void fans(HtmlPage page, Forecast forecast) {
    page.section("fans", "累计值与累计增速", "Year-to-date value and growth");
    page.paragraph(
        "note",
        "左：累计值，含上年同期路径；右：累计增速。色带由深到浅：最深的一带是中间20%的模拟路径（40%–60%分位），"
            + "依次向外为中间40%（30%–70%）、60%（20%–80%）、80%（10%–90%），最浅的一带为中间90%（5%–95%）；"
            + "深色线为中位数，红色菱形和虚线为目标。"
            + " Left: year-to-date value with last year's path; right: year-to-date growth. The"
            + " darkest band holds the middle 20% of paths (40th–60th percentile), the next ones"
            + " out the middle 40% (30th–70th), 60% (20th–80th) and 80% (10th–90th), the lightest"
            + " the middle 90% (5th–95th); dark line the median; red diamonds and dashed lines the"
            + " targets.");
    for (IndicatorFan fan : forecast.fans()) {
      Map<String, Double> levels = new LinkedHashMap<>();
      Map<String, Double> growth = new LinkedHashMap<>();
      for (TargetOutcome outcome : forecast.outcomes()) {
        if (!outcome.target().indicator().equals(fan.indicator())) {
          continue;
        }
        String label = "目标 " + Numbers.label(outcome.threshold())
            + (outcome.criterion() == Criterion.GROWTH ? "%" : outcome.unit());
        (outcome.criterion() == Criterion.GROWTH ? growth : levels).put(label, outcome.threshold());
      }
      page.chartRow(List.of(
          HtmlCharts.fan(fan, false, forecast.year(), levels),
          HtmlCharts.fan(fan, true, forecast.year(), growth)));
    }
  }

  private static void histograms(HtmlPage page, Forecast forecast) {
    page.section("histograms", "结果分布", "Outcome distributions");
    page.paragraph(
        "note",
        "每张图为一项目标全年结果在各模拟路径中的分布：红色为未达标部分，蓝色为达标部分；最左和最右的柱包含其外的全部尾部。"
            + " Each chart shows a target's outcome over the paths: red misses, blue meets; the"
            + " outermost bars hold the whole tails beyond them.");
    List<Map<String, Object>> row = new ArrayList<>();
    for (TargetOutcome outcome : forecast.outcomes()) {
      Target target = outcome.target();
      String what = outcome.criterion() == Criterion.GROWTH ? "年增速" : "年全年值";
      row.add(HtmlCharts.histogram(
          outcome,
          checkLabel(target.nameZh(), outcome.criterion(), "增速") + "：" + forecast.year() + what,
          checkLabel(target.nameEn(), outcome.criterion(), " (growth)") + " – P(met) "
              + Numbers.fixed(100 * outcome.probabilityMet(), 1) + "%"));
      if (row.size() == 2) {
        page.chartRow(row);
        row = new ArrayList<>();
      }
    }
    if (!row.isEmpty()) {
      page.chartRow(row);
    }
  }

  private static void assumptions(HtmlPage page, Forecast forecast) {
    page.section("assumptions", "假设及其理由", "Assumptions and their reasons");
    if (forecast.assumptions().isEmpty()) {
      page.paragraph("note", "情景没有写明假设。 The scenario states no assumptions.");
      return;
    }
    Table table = new Table(List.of("对象 about", "假设与理由 assumption and reason"));
    for (String assumption : forecast.assumptions()) {
      int colon = assumption.indexOf(": ");
      String about = colon < 0 ? "" : assumption.substring(0, colon);
      String reason = colon < 0 ? assumption : assumption.substring(colon + 2);
      table.row(about, List.of(Cell.text(about), Cell.text(reason)));
    }
    page.table(table);
  }

  private static void audit(HtmlPage page, Audit audit) {
    page.section("audit", "目标审核", "Audit of the targets");
    if (audit.findings().isEmpty()) {
      page.paragraph("note", "审核未发现问题。 The audit found nothing to report.");
      return;
    }
    page.paragraph(
        "note",
        "审核把目标与上年数字、目标之间以及情景相互核对；每条发现的完成概率应结合它来读。"
            + " The audit checks the targets against last year's figures, each other and the"
            + " scenario; read each probability with the findings that concern it.");
    Table table = new Table(List.of("发现 finding", "说明", "Explanation"));
    for (Finding finding : audit.findings()) {
      table.row(
          finding.id(),
          List.of(
              Cell.text(finding.id()),
              Cell.text(finding.explanationZh()),
              Cell.text(finding.explanationEn())));
    }
    page.table(table);
  }

  private static void reproduce(HtmlPage page, Forecast forecast, RunInfo run) {
    page.section("reproduce", "如何重现", "How to reproduce");
    page.paragraph(
        "",
        "用同一版本的引擎、下列输入文件（SHA-256 相同）和同一随机种子，以下命令给出相同的数字（与线程数无关）。"
            + " The same engine version, these input files (same SHA-256) and this command give"
            + " the same figures, on any number of threads.");
    page.code(commandLine(run.commandLine()));
    Table files = new Table(List.of("文件 file", "SHA-256"));
    for (int i = 0; i < run.scenarioChain().size(); i++) {
      files.row(
          "scenario-" + i,
          List.of(
              Cell.text(run.scenarioChain().get(i).toString()),
              Cell.text(run.scenarioSha256().get(i))));
    }
    for (int i = 0; i < run.dataFiles().size(); i++) {
      files.row(
          "data-" + i,
          List.of(
              Cell.text(run.dataFiles().get(i).toString()),
              Cell.text(run.dataSha256().get(i))));
    }
    page.table(files);
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("引擎版本 engine", "zhanwang " + run.engineVersion());
    facts.put("随机种子 seed", Long.toString(forecast.seed()));
    facts.put("模拟路径 paths", String.format(Locale.ROOT, "%,d", forecast.paths()));
    facts.put("线程 threads", Integer.toString(run.threads()));
    facts.put("分位数方法 quantiles", run.quantileMethod());
    page.facts(facts);
    page.paragraph(
        "note",
        "同一文件夹中的 summary.csv、fan.csv、summary.xlsx 和 manifest.json 含全部数字。"
            + " summary.csv, fan.csv, summary.xlsx and manifest.json in the same folder hold"
            + " every figure.");
  }

  /** A table row's key: the target's id and the check, e.g. {@code gdp:growth}. */
  static String key(Target target, Criterion criterion) {
    return target.id() + ":" + criterion.label();
  }

  private static String checkName(Criterion criterion) {
    return criterion == Criterion.GROWTH ? "增速 growth" : "总量 level";
  }

  /** A check's name: the target's, marked as growth unless the name says so already. */
  private static String checkLabel(String name, Criterion criterion, String growthSuffix) {
    if (criterion != Criterion.GROWTH
        || name.endsWith("增速")
        || name.toLowerCase(Locale.ROOT).endsWith("growth")) {
      return name;
    }
    return name + growthSuffix;
  }

  private static Cell number(double value, String suffix) {
    return Double.isNaN(value)
        ? Cell.number("")
        : Cell.number(Numbers.label(value) + suffix, Numbers.significant(value) + suffix);
  }

  /**
   * A probability in percent with one decimal; a count of zero (or of every path) as the
   * one-sided 95% bound {@code 1 - 0.05^(1/n)}, since "0.0%" would claim a certainty that no
   * count of paths gives.
   */
  static String probability(double p, long paths) {
    double bound = 100 * (1 - Math.pow(0.05, 1.0 / paths));
    // Decimals that show the bound's first two significant digits, on both sides of 100%.
    int decimals = Math.max(1, 1 - (int) Math.floor(Math.log10(bound)));
    if (p == 0) {
      return "< " + Numbers.fixed(bound, decimals) + "%";
    }
    if (p == 1) {
      return "> " + Numbers.fixed(100 - bound, decimals) + "%";
    }
    return Numbers.fixed(100 * p, 1) + "%";
  }

  /** A standard error in percentage points, to two significant digits. */
  static String stdError(double se) {
    return "± " + Numbers.rounded(100 * se, TWO_DIGITS);
  }

  /** The command line as one could type it again, arguments with spaces quoted. */
  static String commandLine(List<String> args) {
    List<String> quoted = new ArrayList<>();
    for (String arg : args) {
      quoted.add(
          arg.isEmpty() || arg.matches(".*[\\s'\"$`\\\\;&|<>()*?].*")
              ? "'" + arg.replace("'", "'\\''") + "'"
              : arg);
    }
    return String.join(" ", quoted);
  }
}
