package dev.zhanwang.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zhanwang.input.InvalidInputException;
import dev.zhanwang.input.Problem;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataLoaderTest {
  private static final String FIGURES_HEADER =
      "id,name_zh,name_en,unit,value,growth_pct,scope,source";
  private static final String TARGETS_HEADER =
      "id,indicator,name_zh,name_en,unit,value,growth_pct,scope,source";
  private static final String GDP = "gdp,地区生产总值,GDP,亿元,320.8,6.7,新区,地区生产总值实现320.8亿元，增长6.7%";
  private static final String BUDGET =
      "budget_revenue,一般公共预算收入,Budget revenue,亿元,7.1,,新区,一般公共预算收入完成7.1亿元";
  private static final String GDP_TARGET = "gdp_growth,gdp,地区生产总值增速,GDP growth,%,,8,新区,地区生产总值增长8%";

  private static final Consumer<Problem> NO_WARNINGS = warning -> {};

  @TempDir
  Path dir;

  private Path write(String name, String... lines) throws IOException {
    return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
  }

  private Path validTargets() throws IOException {
    return write("targets.csv", TARGETS_HEADER, GDP_TARGET);
  }

  /** The problems {@code load} reports, as printed for the user. */
  private static List<String> problems(Path figures, Path targets) {
    InvalidInputException e = assertThrows(
        InvalidInputException.class, () -> DataLoader.load(figures, targets, NO_WARNINGS));
    return e.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void load_shippedFiles_giveTheSeedsNumbers() {
    Baseline shipped = DataLoader.load(ShippedFiles.figures(), ShippedFiles.targets(), NO_WARNINGS);

    Figure gdp = shipped.figure("gdp").orElseThrow();
    assertEquals(OptionalDouble.of(320.8), gdp.value());
    assertEquals(OptionalDouble.of(6.7), gdp.growthPct());
    assertEquals("亿元", gdp.unit());
    Target output = shipped.target("industrial_output_total").orElseThrow();
    assertEquals(OptionalDouble.of(1210), output.value());
    assertEquals(OptionalDouble.of(25), output.growthPct());
    List<Target> funds = shipped.targetsOn("investment_funds_in_place");
    assertEquals(
        List.of("investment_funds_in_place", "investment_funds_in_place_plan"),
        funds.stream().map(Target::id).toList());
    assertEquals(
        List.of(OptionalDouble.of(120), OptionalDouble.of(140)),
        funds.stream().map(Target::value).toList());
  }

  @Test
  void load_shippedTargets_measureOnA2022FigureOrASectorRate() {
    Baseline shipped = DataLoader.load(ShippedFiles.figures(), ShippedFiles.targets(), NO_WARNINGS);

    // The seed gives these only as 2023 growth rates; any other unknown indicator is a typo.
    Set<String> rateOnly = Set.of("primary_va", "secondary_va", "tertiary_va", "industrial_va");
    Set<String> unmatched = shipped.targets().stream()
        .map(Target::indicator)
        .filter(i -> !i.isEmpty() && shipped.figure(i).isEmpty())
        .collect(Collectors.toSet());
    assertEquals(rateOnly, unmatched);
  }

  @Test
  void load_validFilesWithByteOrderMark_readEveryColumn() throws IOException {
    Path figures = write("figures.csv", "\uFEFF" + FIGURES_HEADER, GDP, BUDGET);
    Path targets = write("targets.csv", "\uFEFF" + TARGETS_HEADER, GDP_TARGET);

    Baseline baseline = DataLoader.load(figures, targets, NO_WARNINGS);

    assertEquals(
        List.of(
            new Figure(
                "gdp",
                "地区生产总值",
                "GDP",
                "亿元",
                OptionalDouble.of(320.8),
                OptionalDouble.of(6.7),
                "新区",
                "地区生产总值实现320.8亿元，增长6.7%"),
            new Figure(
                "budget_revenue",
                "一般公共预算收入",
                "Budget revenue",
                "亿元",
                OptionalDouble.of(7.1),
                OptionalDouble.empty(),
                "新区",
                "一般公共预算收入完成7.1亿元")),
        baseline.figures());
    assertEquals(
        List.of(new Target(
            "gdp_growth",
            "gdp",
            "地区生产总值增速",
            "GDP growth",
            "%",
            OptionalDouble.empty(),
            OptionalDouble.of(8),
            "新区",
            "地区生产总值增长8%")),
        baseline.targets());
  }

  @Test
  void load_missingFile_reportsFileNotFound() throws IOException {
    Path missing = dir.resolve("nowhere.csv");

    assertEquals(
        List.of(missing + ": must be a readable file, but it does not exist"),
        problems(missing, validTargets()));
  }

  @Test
  void load_missingColumns_namesThemAndNearMissesButQuotesNoOtherHeaderText() throws IOException {
    Path figures = write(
        "figures.csv",
        "id,name_zh,name_en,value,growth_pct,scope,sorce,secret",
        "gdp,地区生产总值,GDP,320.8,6.7,新区,x,y");

    assertEquals(
        List.of(figures + ":1 header: must include the columns id, name_zh, name_en,"
            + " unit, value, growth_pct, scope, source, but unit, source are missing; did you"
            + " mean sorce (column 7) for source?"),
        problems(figures, validTargets()));
  }

  @Test
  void load_nonNumericValue_reportsLineColumnAndText() throws IOException {
    Path figures = write(
        "figures.csv",
        FIGURES_HEADER,
        BUDGET,
        "gdp,地区生产总值,GDP,亿元,320.8亿元,6.7,新区,地区生产总值实现320.8亿元，增长6.7%");

    assertEquals(
        List.of(figures + ":3:5 value: must be blank or a number in [0, 1,000,000,000],"
            + " but was 320.8亿元"),
        problems(figures, validTargets()));
  }

  @Test
  void load_nanAndInfinity_areRejected() throws IOException {
    Path figures = write(
        "figures.csv",
        FIGURES_HEADER,
        "gdp,地区生产总值,GDP,亿元,320.8,NaN,新区,地区生产总值实现320.8亿元，增长6.7%",
        "budget_revenue,一般公共预算收入,Budget revenue,亿元,Infinity,,新区,一般公共预算收入完成7.1亿元");

    assertEquals(
        List.of(
            figures + ":2:6 growth_pct: must be blank or a percentage in (-100, 1000], but was NaN",
            figures + ":3:5 value: must be blank or a number in [0, 1,000,000,000], but was"
                + " Infinity"),
        problems(figures, validTargets()));
  }

  @Test
  void load_targetOnAFigureWithABadValue_oneProblemNotASuggestionOfAnotherId() throws IOException {
    Path figures = write(
        "figures.csv",
        FIGURES_HEADER,
        GDP.replace(",320.8,", ",-5,"),
        BUDGET.replace("budget_revenue", "gdq"));

    assertEquals(
        List.of(figures + ":2:5 value: must be blank or a number in [0, 1,000,000,000],"
            + " but was -5"),
        problems(figures, validTargets()));
  }

  @Test
  void load_duplicateId_namesTheFirstLine() throws IOException {
    Path figures = write("figures.csv", FIGURES_HEADER, GDP, BUDGET, GDP);

    assertEquals(
        List.of(figures + ":4:1 id: must be unique within the file, but was gdp, "
            + "already on line 2"),
        problems(figures, validTargets()));
  }

  @Test
  void load_neitherValueNorGrowth_isRejected() throws IOException {
    Path figures =
        write("figures.csv", FIGURES_HEADER, "gdp,地区生产总值,GDP,亿元,,,新区,地区生产总值实现320.8亿元，增长6.7%");

    assertEquals(
        List.of(figures + ":2:5 value: must be a number when growth_pct is blank, but was blank"),
        problems(figures, validTargets()));
  }

  @Test
  void load_severalProblemsInBothFiles_reportsAllAtOnce() throws IOException {
    Path figures = write(
        "figures.csv",
        FIGURES_HEADER,
        "GDP,,GDP,亿元,320.8,6.7,新区,地区生产总值实现320.8亿元，增长6.7%",
        "budget_revenue,一般公共预算收入,Budget revenue,,7.1,,新区,");
    Path targets = write(
        "targets.csv",
        TARGETS_HEADER,
        "gdp_growth,GDP-2023,地区生产总值增速,GDP growth,%,,8x,新区,地区生产总值增长8%");

    assertEquals(
        List.of(
            figures + ":2:1 id: must be snake_case ([a-z][a-z0-9_]*), but was GDP",
            figures + ":2:2 name_zh: must be non-empty, but was blank",
            figures + ":3:4 unit: must be non-empty, but was blank",
            figures + ":3:8 source: must be non-empty, but was blank",
            targets + ":2:2 indicator: must be blank or snake_case ([a-z][a-z0-9_]*), but was "
                + "GDP-2023",
            targets + ":2:7 growth_pct: must be blank or a percentage in (-100, 1000], but was 8x"),
        problems(figures, targets));
  }

  @Test
  void load_commentsBlankLinesAndMultiLineCells_keepLineNumbersTrue() throws IOException {
    Path figures = write(
        "figures.csv",
        "# 2022 figures",
        FIGURES_HEADER,
        "",
        "gdp,地区生产总值,\"Gross domestic product,",
        "GDP\",亿元,320.8,6.7,新区,地区生产总值实现320.8亿元",
        "",
        "budget_revenue,一般公共预算收入,Budget revenue,亿元,seven,,新区,一般公共预算收入完成7.1亿元");

    assertEquals(
        List.of(
            figures + ":7:5 value: must be blank or a number in [0, 1,000,000,000], but was seven"),
        problems(figures, validTargets()));
  }

  @Test
  void load_rowWithMissingField_reportsFieldCount() throws IOException {
    Path figures = write(
        "figures.csv", FIGURES_HEADER, GDP, "budget_revenue,一般公共预算收入,亿元,7.1,,新区,一般公共预算收入完成7.1亿元");

    assertEquals(
        List.of(figures + ":3: must have 8 fields like the header, but had 7"),
        problems(figures, validTargets()));
  }

  @Test
  void load_carriageReturnLineEnds_readWithTrueLinesAndFieldCounts() throws IOException {
    // Excel for Mac's "CSV (Macintosh)" ends lines with a lone CR.
    Path figures = Files.writeString(
        dir.resolve("figures.csv"),
        String.join("\r", FIGURES_HEADER, GDP, BUDGET.replace(",7.1,", ",seven,")) + "\r");
    Path longRow = Files.writeString(
        dir.resolve("long.csv"),
        String.join("\r", FIGURES_HEADER + ",note", GDP + ",x", BUDGET + ", ,extra") + "\r");

    assertEquals(
        List.of(figures + ":3:5 value: must be blank or a number in [0, 1,000,000,000],"
            + " but was seven"),
        problems(figures, validTargets()));
    assertEquals(
        List.of(longRow + ":3: must have 9 fields like the header, but had 10"),
        problems(longRow, validTargets()));
  }

  @Test
  void load_duplicateColumnName_isAProblemNotACrash() throws IOException {
    Path figures = write("figures.csv", FIGURES_HEADER + ",unit", GDP + ",亿元");

    assertEquals(
        List.of(figures + ":1:9 header: must name each column once, but unit is column 4"
            + " and column 9"),
        problems(figures, validTargets()));
  }

  @Test
  void load_emptyAndHeaderOnlyFiles_sayWhatIsMissing() throws IOException {
    Path figures = write("figures.csv", "");
    Path targets = write("targets.csv", TARGETS_HEADER);

    assertEquals(
        List.of(
            figures + ": must have a header row and data rows, but was empty",
            targets + ": must have at least one data row, but had only the header"),
        problems(figures, targets));
  }

  @Test
  void load_gb18030CopyOfShippedFiles_sameBaselineAndOneWarningEach() throws IOException {
    Path figures = dir.resolve("figures.csv");
    Path targets = dir.resolve("targets.csv");
    Charset gb18030 = Charset.forName("GB18030");
    Files.write(figures, Files.readString(ShippedFiles.figures()).getBytes(gb18030));
    Files.write(targets, Files.readString(ShippedFiles.targets()).getBytes(gb18030));
    List<Problem> warnings = new ArrayList<>();

    Baseline read = DataLoader.load(figures, targets, warnings::add);

    assertEquals(
        DataLoader.load(ShippedFiles.figures(), ShippedFiles.targets(), NO_WARNINGS), read);
    assertEquals(
        List.of(
            figures + ": read as GB18030 (the Chinese encoding Excel and Notepad use"
                + " on Chinese Windows), as it is not UTF-8",
            targets + ": read as GB18030 (the"
                + " Chinese encoding Excel and Notepad use on Chinese Windows), as it is not UTF-8"),
        warnings.stream().map(Problem::toString).toList());
  }

  @Test
  void load_neitherUtf8NorGb18030_namesTheLine() throws IOException {
    Path figures = dir.resolve("figures.csv");
    byte[] header = (FIGURES_HEADER + "\n" + GDP + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = Arrays.copyOf(header, header.length + 3);
    bytes[header.length] = (byte) 0xFF; // no lead byte in either encoding
    bytes[header.length + 1] = (byte) 0xFF;
    bytes[header.length + 2] = '\n';
    Files.write(figures, bytes);

    assertEquals(
        List.of(figures + ":3: must be text in UTF-8 or GB18030, but line 3 is in"
            + " neither (save the file as UTF-8)"),
        problems(figures, validTargets()));
  }

  @Test
  void load_bothFilesMissing_printsOneProblemPerLine() throws IOException {
    Path missing = dir.resolve("nowhere.csv");
    InvalidInputException e = assertThrows(
        InvalidInputException.class, () -> DataLoader.load(missing, missing, NO_WARNINGS));

    assertEquals(
        missing + ": must be a readable file, but it does not exist" + System.lineSeparator()
            + missing + ": must be a readable file, but it does not exist",
        e.getMessage());
  }

  @Test
  void load_excelLeftovers_blankRowsAndTrailingColumnsSkippedNumbersRead() throws IOException {
    Path figures = write(
        "figures.csv",
        FIGURES_HEADER + ",,",
        ",,,,,,,,,,",
        "industrial_output_total,规上工业总产值,Gross industrial output,亿元,\"1,001.5\",25.4%,新区,"
            + "规上工业总产值完成1001.5亿元，增长25.4%,,",
        " , ,,,,,,,,,",
        GDP + ",,");

    Baseline baseline = DataLoader.load(figures, validTargets(), NO_WARNINGS);

    Figure output = baseline.figure("industrial_output_total").orElseThrow();
    assertEquals(OptionalDouble.of(1001.5), output.value());
    assertEquals(OptionalDouble.of(25.4), output.growthPct());
    assertEquals(
        List.of("industrial_output_total", "gdp"),
        baseline.figures().stream().map(Figure::id).toList());
  }

  @Test
  void load_unquotedThousandsSeparator_saysToQuoteIt() throws IOException {
    Path figures = write(
        "figures.csv",
        FIGURES_HEADER,
        "industrial_output_total,规上工业总产值,Gross industrial output,亿元,1,001.5,25.4,新区,x");

    assertEquals(
        List.of(figures + ":2: must have 8 fields like the header, but had 9 (a number"
            + " with a thousands separator, such as 1,001.5, must be quoted: \"1,001.5\")"),
        problems(figures, validTargets()));
  }

  @Test
  void load_typoInATargetsIndicator_isAnErrorWithTheMeantId() throws IOException {
    Path targets = write(
        "targets.csv",
        TARGETS_HEADER,
        "gdp_growth,gpd,地区生产总值增速,GDP growth,%,,8,新区,地区生产总值增长8%",
        "primary_va_growth,primary_va,第一产业增加值增速,Primary,%,,7,新区,一产增长7%");

    assertEquals(
        List.of(targets + ":2:2 indicator: must name a 2022 figure (did you mean gdp?)"
            + " or a rate-only indicator, but was gpd"),
        problems(write("figures.csv", FIGURES_HEADER, GDP), targets));
  }

  @Test
  void load_comparisonNote_readWhereGivenAndEmptyWhereBlank() throws IOException {
    Path targets = write(
        "targets.csv",
        TARGETS_HEADER + ",comparison_note",
        GDP_TARGET + ",",
        "land_approval,,土地报批,Land approved,亩,4000,,新区,力争全年完成报批4000亩,"
            + "\"the seed gives no 2022 figure, none\"");

    List<Target> loaded = DataLoader.load(
            write("figures.csv", FIGURES_HEADER, GDP), targets, NO_WARNINGS)
        .targets();

    assertEquals(
        List.of(Optional.empty(), Optional.of("the seed gives no 2022 figure, none")),
        loaded.stream().map(Target::comparisonNote).toList());
  }

  @Test
  void load_blankIndicatorAndBlankNote_saysTheTargetMustSayWhy() throws IOException {
    Path targets = write(
        "targets.csv",
        TARGETS_HEADER + ",comparison_note",
        GDP_TARGET + ",",
        "land_approval,,土地报批,Land approved,亩,4000,,新区,力争全年完成报批4000亩,");

    assertEquals(
        List.of(targets + ":3:10 comparison_note: must say why the target has no 2022 figure"
            + " when indicator is blank, but was blank"),
        problems(write("figures.csv", FIGURES_HEADER, GDP), targets));
  }

  @Test
  void load_blankIndicatorInAFileWithoutTheNoteColumn_isStillRead() throws IOException {
    Path targets = write(
        "targets.csv",
        TARGETS_HEADER,
        "land_approval,,土地报批,Land approved,亩,4000,,新区,力争全年完成报批4000亩");

    Target loaded = DataLoader.load(write("figures.csv", FIGURES_HEADER, GDP), targets, NO_WARNINGS)
        .targets()
        .get(0);

    assertEquals("", loaded.indicator());
    assertEquals(Optional.empty(), loaded.comparisonNote());
  }

  @Test
  void load_absurdLevelsAndGrowth_areRejectedWithTheSaneRange() throws IOException {
    Path figures = write(
        "figures.csv",
        FIGURES_HEADER,
        "gdp,地区生产总值,GDP,亿元,-320.8,6.7,新区,x",
        "budget_revenue,一般公共预算收入,Budget revenue,亿元,7.1,1e6,新区,x");
    Path targets = write("targets.csv", TARGETS_HEADER, "gdp_growth,gdp,地区生产总值,GDP,亿元,1e308,,新区,x");

    assertEquals(
        List.of(
            figures + ":2:5 value: must be blank or a number in [0, 1,000,000,000], but was -320.8",
            figures + ":3:6 growth_pct: must be blank or a percentage in (-100, 1000], but was 1e6",
            targets + ":2:6 value: must be blank or a number in [0, 1,000,000,000], but was 1e308"),
        problems(figures, targets));
  }

  @Test
  void load_aFileThatIsNoTable_isNeverQuoted() throws IOException {
    Path secret = write("secrets.env", "API_TOKEN=s3cr3t-7f9a2b", "PASSWORD=hunter2");

    List<String> problems = problems(secret, validTargets());

    assertEquals(
        List.of(secret + ":1 header: must include the columns id, name_zh, name_en, unit,"
            + " value, growth_pct, scope, source, but none of them is there"),
        problems);
  }

  @Test
  void load_millionRows_refusedByTheRowLimitWithoutParsing() throws IOException {
    StringBuilder text = new StringBuilder(FIGURES_HEADER).append('\n');
    for (int i = 0; i < 1_000_000; i++) {
      text.append("a,b\n");
    }
    Path figures = Files.writeString(dir.resolve("figures.csv"), text);

    assertEquals(
        List.of(figures + ": must have at most 10,000 rows in a figures or targets file"
            + " (a limit of the engine; raise it with FORECAST_JAVA_OPTS=-Dzhanwang.limit.data-rows=N),"
            + " but had 1,000,000"),
        problems(figures, validTargets()));
  }

  @Test
  void load_overlongCell_isRefusedAtItsLine() throws IOException {
    Path figures = write(
        "figures.csv",
        FIGURES_HEADER,
        GDP,
        "budget_revenue,一般公共预算收入,Budget revenue,亿元,7.1,,新区," + "x".repeat(5000));

    assertEquals(
        List.of(figures + ":3: must have at most 4,096 characters in one CSV cell (a"
            + " limit of the engine), but had 5,000"),
        problems(figures, validTargets()));
  }
}
