package dev.zhanwang.scenario;

import static dev.zhanwang.scenario.ScenarioLoaderTest.HEADER;
import static dev.zhanwang.scenario.ScenarioLoaderTest.READ_DATA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zhanwang.input.InvalidInputException;
import dev.zhanwang.input.Problem;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario files as planners have them (Notepad's encoding, a Chinese input method's colon,
 * numbers as Excel shows them, typos) and files made to break a loader (deep nesting, alias
 * bombs, tags, size): each gives a scenario or one clear problem at its line and column.
 */
class ScenarioInputTest {
  private static final String ONE_INDICATOR = """
      indicators:
        industrial_output_total: {model: ar1-monthly, growth_pct: 18, uncertainty_pct: 7}
      """;

  @TempDir
  Path dir;

  @BeforeEach
  void writeDataFiles() throws IOException {
    Files.createDirectories(dir.resolve("data"));
    Files.writeString(dir.resolve("data/figures.csv"), "");
    Files.writeString(dir.resolve("data/targets.csv"), "");
  }

  @Test
  void load_gb18030File_sameScenarioAsUtf8AndOneWarning() throws IOException {
    String text = "description: 基线情景：规上工业总产值力争1210亿元\n" + HEADER + ONE_INDICATOR;
    Path utf8 = write("utf8.yaml", text);
    Path gb = dir.resolve("gb.yaml");
    Files.write(gb, text.getBytes(Charset.forName("GB18030")));

    Scenario fromGb = ScenarioLoader.load(gb, READ_DATA);

    Scenario fromUtf8 = ScenarioLoader.load(utf8, READ_DATA);
    assertEquals(fromUtf8.description(), fromGb.description());
    assertEquals(
        fromUtf8.indicators().get(0).growthPct(), fromGb.indicators().get(0).growthPct());
    assertEquals(
        List.of(gb + ": read as GB18030 (the Chinese encoding Excel and Notepad use on"
            + " Chinese Windows), as it is not UTF-8"),
        texts(fromGb.warnings()));
    assertEquals(List.of(), fromUtf8.warnings());
  }

  @Test
  void load_fullWidthColonAfterAKey_saysSoAtItsLineAndColumn() throws IOException {
    Path block = write("block.yaml", HEADER + """
        indicators:
          industrial_output_total：
            model: ar1-monthly
        """);
    Path scalar = write("scalar.yaml", HEADER + """
        indicators:
          industrial_output_total:
            model: ar1-monthly
            growth_pct：18
            uncertainty_pct: 7
        """);
    Path flow = write("flow.yaml", HEADER + """
        indicators:
          industrial_output_total: {model：ar1-monthly, growth_pct: 18, uncertainty_pct: 7}
        """);
    String fullWidth = "must end a key with ':' (ASCII colon), but was '：' (a full-width colon, as"
        + " Chinese input methods type it)";

    assertProblems(block, block + ":9:26: " + fullWidth);
    assertProblems(scalar, scalar + ":11:15: " + fullWidth);
    assertEquals(
        flow + ":9:29 indicators.industrial_output_total.model：ar1-monthly: must be a"
            + " known key (write ':' after a key, not the full-width '：'), but was"
            + " model：ar1-monthly",
        problems(flow).get(0));
  }

  @Test
  void load_fullWidthColonInsideChineseText_isJustText() throws IOException {
    Path file = write("s.yaml", HEADER + """
        indicators:
          industrial_output_total:
            model: ar1-monthly
            growth_pct: 18
            uncertainty_pct: 7
            assumption: >-
              原因：2022年增长25.4%，
              依据：新能源汽车项目
        """);

    assertEquals(
        "原因：2022年增长25.4%， 依据：新能源汽车项目",
        ScenarioLoader.load(file, READ_DATA).indicators().get(0).assumption());
  }

  @Test
  void load_numbersAsPlannersTypeThem_areRead() throws IOException {
    Path file = write("s.yaml", HEADER.replace("paths: 1000", "paths: 1,000,000") + """
        indicators:
          industrial_output_total: {model: ar1-monthly, growth_pct: 17%, uncertainty_pct: "7.5 %"}
          budget_revenue: {model: iid-lognormal, growth_pct: ５, uncertainty_pct: 2}
        """);
    Path exponent = write("e.yaml", HEADER.replace("paths: 1000", "paths: 1e6") + ONE_INDICATOR);
    Path underscores =
        write("u.yaml", HEADER.replace("paths: 1000", "paths: 1_000_000") + ONE_INDICATOR);

    Scenario scenario = ScenarioLoader.load(file, READ_DATA);

    assertEquals(1_000_000, scenario.settings().paths());
    assertEquals(17.0, scenario.indicators().get(0).growthPct());
    assertEquals(OptionalDouble.of(7.5), scenario.indicators().get(0).uncertaintyPct());
    assertEquals(5.0, scenario.indicators().get(1).growthPct());
    assertEquals(1_000_000, ScenarioLoader.load(exponent, READ_DATA).settings().paths());
    assertEquals(
        1_000_000, ScenarioLoader.load(underscores, READ_DATA).settings().paths());
  }

  @Test
  void load_numberSlips_getAHint() throws IOException {
    Path file = write("s.yaml", HEADER + """
        indicators:
          industrial_output_total:
            model: ar1-monthly
            growth_pct: 18
            uncertainty_pct: 7
            phi: 50%
            seasonality: [0.07，0.06, 0.085, 0.08, 0.082, 0.088, 0.078, 0.082, 0.09, 0.088, 0.095, 0.102]
        """);

    assertProblems(
        file,
        file + ":13:10 indicators.industrial_output_total.phi: must be a number, but was 50% (write"
            + " it without %: this value is not in percent)",
        file + ":14:5 indicators.industrial_output_total.seasonality: must have 12 monthly"
            + " shares, but had 11 (item 1 holds a full-width comma '，'; separate list items with"
            + " ',')");
  }

  @Test
  void load_typoOfAnIndicator_isOneProblemNotOnePerMention() throws IOException {
    Path file = write("s.yaml", HEADER + """
        indicators:
          industrial_output_totl: {model: ar1-monthly, growth_pct: 18, uncertainty_pct: 7}
          budget_revenue: {model: iid-lognormal, growth_pct: 3, uncertainty_pct: 2}
        correlation:
          indicators: [industrial_output_total, budget_revenue]
          matrix: [[1, 0.5], [0.5, 1]]
        events:
          - {indicator: industrial_output_total, probability: 0.5, month: 6, size: 8}
        """);

    assertProblems(
        file,
        file + ":9:3 indicators.industrial_output_totl: must be a known indicator"
            + " (did you mean industrial_output_total?), but was industrial_output_totl");
  }

  @Test
  void load_keysWithSpacesOrDots_quotedInTheFieldSoEachLineKeepsItsShape() throws IOException {
    Path file = write("s.yaml", HEADER + """
        indicators:
          "industrial_output_total ": {model: ar1-monthly, growth_pct: 18, uncertainty_pct: 7}
          budget_revenue: {model: iid-lognormal, "growth_pct ": 3, uncertainty_pct: 2, a.b: 1}
        """);

    assertProblems(
        file,
        file + ":9:3 indicators.\"industrial_output_total \": must be a known indicator (did you"
            + " mean industrial_output_total, without the spaces around it?), but was"
            + " \"industrial_output_total \"",
        file + ":10:42 indicators.budget_revenue.\"growth_pct \": must be a known key (did you"
            + " mean growth_pct, without the spaces around it?), but was \"growth_pct \"",
        file + ":10:80 indicators.budget_revenue.\"a.b\": must be a known key (one of model,"
            + " growth_pct, uncertainty_pct, seasonality, growth_path, assumption, sigma, phi,"
            + " skew, df, loadings), but was a.b",
        file + ":10:3 indicators.budget_revenue.growth_pct: must be given, but is missing");
  }

  @Test
  void load_typoInACorrelationOrEvent_suggestsTheDeclaredId() throws IOException {
    Path file = write("s.yaml", HEADER + """
        indicators:
          industrial_output_total: {model: ar1-monthly, growth_pct: 18, uncertainty_pct: 7}
          budget_revenue: {model: iid-lognormal, growth_pct: 3, uncertainty_pct: 2}
        correlation:
          indicators: [industrial_output_total, budget_revenu]
          matrix: [[1, 0.5], [0.5, 1]]
        events:
          - {indicator: industrial_outptu_total, probability: 0.5, month: 6, size: 8}
        """);

    assertProblems(
        file,
        file + ":12:41 correlation.indicators[1]: must be a declared indicator (did you mean"
            + " budget_revenue?), but was budget_revenu",
        file + ":15:17 events[0].indicator: must be a declared flow indicator (events add to"
            + " monthly values) (did you mean industrial_output_total?), but was"
            + " industrial_outptu_total");
  }

  @Test
  void load_fractionWhereAPercentageIsMeant_warnsButLoads() throws IOException {
    Path file = write("s.yaml", HEADER + """
        indicators:
          industrial_va_benji: {model: iid-lognormal, growth_pct: 0.19, uncertainty_pct: 0.03}
          secondary_va: {model: iid-lognormal, growth_pct: 0.09, uncertainty_pct: 2}
          budget_revenue: {model: iid-lognormal, growth_pct: 0.5, uncertainty_pct: 0.5}
        """);

    Scenario scenario = ScenarioLoader.load(file, READ_DATA);

    assertEquals(0.19, scenario.indicators().get(0).growthPct());
    assertEquals(
        List.of(
            file + ":9:59 indicators.industrial_va_benji.growth_pct: read as percent: 0.19 means"
                + " 0.19 %, not 19 % (the 2022 or target growth is 19.25 %)",
            file + ":9:82 indicators.industrial_va_benji.uncertainty_pct: read as percent: 0.03"
                + " means an uncertainty of 0.03 %, not 3 % (the 2022 or target growth is 19.25 %)",
            file + ":10:52 indicators.secondary_va.growth_pct: read as percent: 0.09 means 0.09 %,"
                + " not 9 % (the 2022 or target growth is 7 %)"),
        texts(scenario.warnings()));
  }

  @Test
  void load_absurdValues_areRejectedWithTheSaneRange() throws IOException {
    Path file = write("s.yaml", HEADER.replace("paths: 1000", "paths: 1000000000000") + """
        indicators:
          industrial_output_total: {model: ar1-monthly, growth_pct: 1000000, sigma: 1e6}
          budget_revenue: {model: student-t, growth_pct: 3, uncertainty_pct: 1e6, df: 1e9}
        events:
          - {indicator: industrial_output_total, probability: 0.5, month: 6, size: 1e308}
        """);

    assertProblems(
        file,
        file + ":6:10 simulation.paths: must be between 1 and 2147483639, but was 1000000000000",
        file + ":9:61 indicators.industrial_output_total.growth_pct: must be in (-100, 1000],"
            + " but was 1000000",
        file + ":9:77 indicators.industrial_output_total.sigma: must be in [0, 0.3], but was 1e6",
        file + ":10:70 indicators.budget_revenue.uncertainty_pct: must be in [0, 100], but was"
            + " 1e6",
        file + ":10:79 indicators.budget_revenue.df: must be in (2, 1000] (the variance exists;"
            + " beyond that, use a normal), but was 1e9",
        file + ":12:76 events[0].size: must be in [-8.33333, 100] (it is added to every month"
            + " from the event on: at most the indicator's 2022 annual level, and no more taken"
            + " away than its average month), but was 1e308");
  }

  @Test
  void load_deepNesting_isOneProblemNotAStackOverflow() throws IOException {
    Path flow = write("flow.yaml", "a:\n" + " [\n".repeat(10_000) + " ]\n".repeat(10_000));
    Path oneLine = write("line.yaml", "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
    StringBuilder block = new StringBuilder();
    for (int level = 0; level < 3_000; level++) {
      block.append(" ".repeat(level)).append("k").append(level).append(":\n");
    }
    Path blockFile = write("block.yaml", block.toString());
    String tooDeep = ": must have at most 64 levels of nesting in a YAML file (a limit of the"
        + " engine), but had more";

    assertProblems(flow, flow + ":65:2" + tooDeep);
    assertProblems(
        oneLine,
        oneLine + ":1: must have at most 16,384 characters in one line of a"
            + " YAML file (a limit of the engine), but had 20,003");
    assertProblems(blockFile, blockFile + ":65:65" + tooDeep);
  }

  @Test
  void load_billionLaughs_isRefusedByItsExpandedSize() throws IOException {
    StringBuilder text = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (char name = 'b'; name <= 'j'; name++) {
      String previous = "*" + (char) (name - 1);
      text.append(name)
          .append(": &")
          .append(name)
          .append(" [")
          .append(String.join(", ", java.util.Collections.nCopies(9, previous)))
          .append("]\n");
    }
    Path file = write("lol.yaml", text.toString());

    assertProblems(
        file,
        file + ": must have at most 1,000,000 values in a YAML file once its"
            + " aliases are expanded (a limit of the engine), but had 4,412,961,516");
  }

  @Test
  void load_typeTags_areRefusedNeverConstructed() throws IOException {
    Path file = write("s.yaml", "name: !!java.io.File /etc/passwd\n" + HEADER + ONE_INDICATOR);
    Path custom =
        write("c.yaml", HEADER + ONE_INDICATOR.replace("growth_pct: 18", "growth_pct: !expr 18"));

    assertProblems(
        file, file + ":1:7: must be plain data without a YAML tag, but was tagged !!java.io.File");
    assertProblems(
        custom, custom + ":9:61: must be plain data without a YAML tag, but was tagged !expr");
  }

  @Test
  void load_escapeOfHalfACharacter_isRefusedAtItsLineAndColumn() throws IOException {
    Path file = write(
        "s.yaml",
        "description: \"a \\uD800 b\"\nname: \"😀 \\U0001F600\"\n" + HEADER + ONE_INDICATOR);

    assertProblems(
        file,
        file + ":1:14: must be text of whole characters, but holds \\uD800,"
            + " half of one (a \\u escape that names no character; the outputs could not be written"
            + " in UTF-8)");
  }

  @Test
  void load_hugeFile_isRefusedBeforeReading() throws IOException {
    Path file = dir.resolve("huge.yaml");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(100L << 20);
    }

    assertProblems(
        file,
        file + ": must have at most 8,388,608 bytes in a scenario file (a limit"
            + " of the engine; raise it with FORECAST_JAVA_OPTS=-Dzhanwang.limit.scenario-bytes=N),"
            + " but had 104,857,600");
  }

  @Test
  void load_longExtendsChain_isRefused() throws IOException {
    write("s0.yaml", HEADER + ONE_INDICATOR);
    for (int i = 1; i <= 20; i++) {
      write("s" + i + ".yaml", "extends: s" + (i - 1) + ".yaml\n");
    }
    Path last = dir.resolve("s20.yaml");

    assertProblems(
        last,
        dir.resolve("s5.yaml") + ":1:10 extends: must have at most 16 files in"
            + " an extends chain (a limit of the engine), but had 17");
  }

  @Test
  void load_dataPathsThatAreNoFiles_sayWhatTheyAre() throws IOException {
    Path file = write(
        "s.yaml",
        HEADER.replace("data/figures.csv", "data").replace("data/targets.csv", "/dev/null")
            + ONE_INDICATOR);

    assertProblems(
        file,
        file + ":2:12 data.figures: must name a readable file, but " + dir.resolve("data")
            + " is a folder",
        file + ":3:12 data.targets: must name a readable file, but /dev/null is not a regular"
            + " file (a device, pipe or socket)");
  }

  private List<String> problems(Path file) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> ScenarioLoader.load(file, READ_DATA));
    return texts(e.problems());
  }

  private void assertProblems(Path file, String... expected) {
    assertEquals(List.of(expected), problems(file));
  }

  private static List<String> texts(List<Problem> problems) {
    return problems.stream().map(Problem::toString).toList();
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }
}
