package dev.zhanwang.report;

import dev.zhanwang.audit.Audit;
import dev.zhanwang.audit.Finding;
import dev.zhanwang.data.Target;
import dev.zhanwang.forecast.Criterion;
import dev.zhanwang.forecast.Forecast;
import dev.zhanwang.forecast.IndicatorFan;
import dev.zhanwang.forecast.RunInfo;
import dev.zhanwang.forecast.TargetOutcome;
import dev.zhanwang.sim.Simulator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * {@code summary.xlsx}: the run's tables for planners who work in Excel, one sheet each for the
 * summary, the year-to-date fans, the joint figures, the audit and the assumptions. Headers are
 * Chinese (English after them), probabilities and growth rates are numbers in percent format (a
 * growth of 8% is the cell value 0.08 shown as 8.0%), and the header row stays in view. The CSV
 * files stay: they are for programs, this is for people. Written with fastexcel, which streams the
 * sheets and starts in milliseconds.
 */
final class SummaryXlsx implements Reporter {
  static final String FILE = "summary.xlsx";
  static final String SUMMARY = "汇总 summary";
  static final String FANS = "累计值与增速 fans";
  static final String JOINT = "联合概率 joint";
  static final String AUDIT = "审核 audit";
  static final String ASSUMPTIONS = "假设 assumptions";

  private static final String PERCENT = "0.0%";
  private static final String PERCENT_SE = "0.000%";
  /** Excel's General format: the value as written, six significant digits as in the CSV. */
  private static final String NUMBER = "";

  private static final String HEADER_FILL = "DDEBF7";

  private final Consumer<String> log;
  private final Audit audit;

  SummaryXlsx(Consumer<String> log, Audit audit) {
    this.log = log;
    this.audit = audit;
  }

  @Override
  public List<Path> write(Forecast forecast, RunInfo run, Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      Workbook workbook = new Workbook(out, "zhanwang", "1.0");
      workbook.properties().setTitle(forecast.scenarioName() + " " + forecast.year());
      summary(workbook.newWorksheet(SUMMARY), forecast, audit);
      fans(workbook.newWorksheet(FANS), forecast);
      joint(workbook.newWorksheet(JOINT), forecast);
      audit(workbook.newWorksheet(AUDIT), audit);
      assumptions(workbook.newWorksheet(ASSUMPTIONS), forecast);
      workbook.finish();
    }
    log.accept(String.format(
        "Wrote workbook (%d target checks; summary, fans, joint, audit, assumptions) to %s",
        forecast.outcomes().size(), file));
    return List.of(file);
  }

  private static void summary(Worksheet sheet, Forecast forecast, Audit audit) {
    List<String> header = new ArrayList<>(List.of(
        "目标编号 id",
        "口径 check",
        "中文名称",
        "英文名称 name",
        "单位 unit",
        (forecast.year() - 1) + "年 value",
        "目标 target",
        "均值 mean"));
    for (double level : Simulator.LEVELS) {
      header.add(Math.round(100 * level) + "%分位 " + SummaryCsv.levelName(level));
    }
    header.addAll(List.of(
        "完成概率 P(met)",
        "标准误 s.e.",
        "未达标时平均缺口 expected shortfall",
        "状态 status",
        "来源 source",
        "备注 note"));
    header(sheet, header, new int[] {28, 10, 24, 36, 10});
    int r = 1;
    for (TargetOutcome outcome : forecast.outcomes()) {
      Target target = outcome.target();
      boolean growth = outcome.criterion() == Criterion.GROWTH;
      int c = 0;
      sheet.value(r, c++, target.id());
      sheet.value(r, c++, outcome.criterion().label());
      sheet.value(r, c++, target.nameZh());
      sheet.value(r, c++, target.nameEn());
      sheet.value(r, c++, outcome.unit());
      c = amount(sheet, r, c, outcome.baseValue(), growth);
      c = amount(sheet, r, c, outcome.threshold(), growth);
      c = amount(sheet, r, c, outcome.outcome().mean(), growth);
      for (double level : Simulator.LEVELS) {
        c = amount(sheet, r, c, outcome.outcome().quantile(level), growth);
      }
      c = number(sheet, r, c, outcome.probabilityMet(), PERCENT);
      c = number(sheet, r, c, outcome.mcStdError(), PERCENT_SE);
      c = amount(sheet, r, c, outcome.expectedShortfall(), growth);
      sheet.value(r, c++, TargetStatus.of(outcome.probabilityMet()).label());
      sheet.value(r, c++, target.source());
      sheet.value(r, c, SummaryCsv.auditNote(audit, target, outcome.criterion()));
      r++;
    }
    for (Target target : forecast.notForecast()) {
      sheet.value(r, 0, target.id());
      sheet.value(r, 2, target.nameZh());
      sheet.value(r, 3, target.nameEn());
      sheet.value(r, 4, target.unit());
      if (target.value().isPresent()) {
        number(sheet, r, 6, target.value().getAsDouble(), NUMBER);
      } else if (target.growthPct().isPresent()) {
        percent(sheet, r, 6, target.growthPct().getAsDouble(), PERCENT);
      }
      sheet.value(r, header.size() - 3, "未预测 not forecast");
      sheet.value(r, header.size() - 2, target.source());
      sheet.value(
          r,
          header.size() - 1,
          target.indicator().isEmpty()
              ? target.comparisonNote().orElse("no 2022 figure to forecast from")
              : "indicator " + target.indicator() + " is not in this scenario");
      r++;
    }
  }

  private static void fans(Worksheet sheet, Forecast forecast) {
    List<String> header = new ArrayList<>(List.of(
        "指标编号 indicator",
        "中文名称",
        "英文名称 name",
        "单位 unit",
        "月份 month",
        (forecast.year() - 1) + "年累计值 ytd",
        "累计值均值 ytd mean"));
    for (String name : FanCsv.LEVEL_NAMES) {
      header.add("累计值 ytd " + name);
    }
    for (String name : FanCsv.LEVEL_NAMES) {
      header.add("累计增速 growth " + name);
    }
    header(sheet, header, new int[] {28, 20, 32, 10});
    int r = 1;
    for (IndicatorFan fan : forecast.fans()) {
      int[] columns = FanCsv.columnsOf(fan.levels());
      for (int m = 0; m < fan.months(); m++) {
        int c = 0;
        sheet.value(r, c++, fan.indicator());
        sheet.value(r, c++, fan.nameZh());
        sheet.value(r, c++, fan.nameEn());
        sheet.value(r, c++, fan.unit());
        sheet.value(r, c++, m + 1);
        c = number(sheet, r, c, fan.ytd2022()[m], NUMBER);
        c = number(sheet, r, c, fan.ytdMean()[m], NUMBER);
        for (int column : columns) {
          c = number(sheet, r, c, fan.ytdQuantiles()[m][column], NUMBER);
        }
        for (int column : columns) {
          c = percent(sheet, r, c, fan.growthQuantilesPct()[m][column], "");
        }
        r++;
      }
    }
    if (r > 1) {
      // One style for the whole block of growth columns: a style per cell costs a style lookup
      // each, and this sheet has thousands of cells.
      int growthFrom = header.size() - FanCsv.LEVEL_NAMES.size();
      sheet
          .range(1, growthFrom, r - 1, header.size() - 1)
          .style()
          .format(PERCENT)
          .set();
    }
  }

  private static void joint(Worksheet sheet, Forecast forecast) {
    header(sheet, List.of("联合指标", "figure", "概率 probability", "标准误 s.e."), new int[] {24, 28});
    if (!Double.isNaN(forecast.probabilityAllMet())) {
      sheet.value(1, 0, "全部目标同时完成");
      sheet.value(1, 1, "all targets met at once");
      number(sheet, 1, 2, forecast.probabilityAllMet(), "0.000%");
      number(sheet, 1, 3, forecast.probabilityAllMetStdError(), PERCENT_SE);
    }
  }

  private static void audit(Worksheet sheet, Audit audit) {
    header(
        sheet,
        List.of(
            "编号 id",
            "类别 kind",
            "涉及目标 targets",
            "摘要 summary",
            "说明",
            "explanation",
            "可能的合理原因 benign cause"),
        new int[] {40, 16, 30, 60, 60, 60, 20});
    int r = 1;
    for (Finding finding : audit.findings()) {
      sheet.value(r, 0, finding.id());
      sheet.value(r, 1, finding.kind().label());
      sheet.value(r, 2, String.join(", ", finding.targets()));
      sheet.value(r, 3, finding.summary());
      sheet.value(r, 4, finding.explanationZh());
      sheet.value(r, 5, finding.explanationEn());
      sheet.value(r, 6, finding.benignCause().label());
      r++;
    }
  }

  private static void assumptions(Worksheet sheet, Forecast forecast) {
    header(sheet, List.of("对象 about", "假设与理由 assumption and reason"), new int[] {28, 120});
    int r = 1;
    for (String assumption : forecast.assumptions()) {
      int colon = assumption.indexOf(": ");
      sheet.value(r, 0, colon < 0 ? "" : assumption.substring(0, colon));
      sheet.value(r, 1, colon < 0 ? assumption : assumption.substring(colon + 2));
      r++;
    }
  }

  /** A bold, shaded header row that stays in view, and the widths of the first columns. */
  private static void header(Worksheet sheet, List<String> names, int[] widths) {
    for (int c = 0; c < names.size(); c++) {
      sheet.value(0, c, names.get(c));
    }
    sheet
        .range(0, 0, 0, names.size() - 1)
        .style()
        .bold()
        .fillColor(HEADER_FILL)
        .wrapText(true)
        .set();
    for (int c = 0; c < names.size(); c++) {
      sheet.width(c, c < widths.length ? widths[c] : 14);
    }
    sheet.freezePane(0, 1);
  }

  /** A value of a check: growth in percent becomes a fraction in percent format. */
  private static int amount(Worksheet sheet, int r, int c, double value, boolean growth) {
    return growth ? percent(sheet, r, c, value, PERCENT) : number(sheet, r, c, value, NUMBER);
  }

  /** A value in percent, as the fraction Excel's percent format expects. */
  private static int percent(Worksheet sheet, int r, int c, double valuePct, String format) {
    return write(sheet, r, c, valuePct, 100, format);
  }

  /**
   * A number to six significant digits, in the given format (empty: General); no value leaves the
   * cell empty. Returns the next column.
   */
  private static int number(Worksheet sheet, int r, int c, double value, String format) {
    return write(sheet, r, c, value, 1, format);
  }

  private static int write(
      Worksheet sheet, int r, int c, double value, double divisor, String format) {
    if (Double.isFinite(value)) {
      sheet.value(r, c, Double.parseDouble(Numbers.significant(value)) / divisor);
      if (!format.isEmpty()) {
        sheet.style(r, c).format(format).set();
      }
    }
    return c + 1;
  }
}
