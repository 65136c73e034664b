package dev.zhanwang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhanwang.report.CsvTestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code forecast audit}, and the audit every {@code forecast run} writes. */
class AuditCommandTest {
  private static final Path BASELINE = Path.of("../scenarios/liudong-2023-baseline.yaml");
  private static final Path TARGETS = Path.of("../scenarios/data/liudong-2023-targets.csv");
  private static final Path FIGURES = Path.of("../scenarios/data/liudong-2022.csv");
  private static final List<String> HEADER = List.of(
      "finding_id",
      "kind",
      "targets",
      "check",
      "figures",
      "numbers",
      "summary",
      "explanation_zh",
      "explanation_en",
      "benign_cause");

  @TempDir
  Path dir;

  @Test
  void audit_targetsAndFigures_csvWithBomOneRowPerFindingAndManifest() throws IOException {
    Path out = dir.resolve("a");
    CliRun run = CliRun.forecast(
        "audit",
        "--targets",
        TARGETS.toString(),
        "--figures",
        FIGURES.toString(),
        "--out",
        out.toString());
    assertEquals(0, run.status(), run.err());
    Matcher wrote = Pattern.compile("Wrote audit \\((\\d+) findings\\)").matcher(run.out());
    assertTrue(wrote.find(), run.out());
    int findings = Integer.parseInt(wrote.group(1));
    byte[] bytes = Files.readAllBytes(out.resolve("audit.csv"));
    assertEquals(
        List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
    List<String[]> rows = csv(out.resolve("audit.csv"));
    assertEquals(HEADER, List.of(rows.get(0)));
    assertEquals(1 + findings, rows.size());
    assertTrue(rows.stream()
        .anyMatch(r -> r[0].equals("growth-vs-level:industrial_output_total")
            && r[9].equals("restated-base")
            && r[5].contains("level_implied_by_growth=1251.88")));
    String manifest = Files.readString(out.resolve("manifest.json"));
    assertTrue(manifest.contains("\"command\": \"audit\""), manifest);
    assertTrue(manifest.contains("\"audit.csv\""), manifest);
    assertEquals(findings, count(manifest, "\"benign_cause\""));
    assertTrue(run.out().contains("(data only, no simulation)"), run.out());
    assertTrue(run.out().contains("目标同时给出1210亿元和增长25%"), run.out());
  }

  @Test
  void audit_scenario_runsTwentyThousandPathsFromTheScenariosSeed() throws IOException {
    Path out = dir.resolve("s");
    CliRun run = CliRun.forecast("audit", BASELINE.toString(), "--out", out.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(
        run.out().contains("Audit of liudong-2023-baseline: ")
            && run.out().contains("(P(met) from 20,000 paths, seed 20230203)"),
        run.out());
    String manifest = Files.readString(out.resolve("manifest.json"));
    assertTrue(manifest.contains("\"paths\": 20000"), manifest);
    assertTrue(manifest.contains("\"id\": \"composite:gdp_growth\""), manifest);
  }

  @Test
  void audit_scenarioWithPathsAndSeed_thoseUsed() {
    CliRun run = CliRun.forecast(
        "audit",
        BASELINE.toString(),
        "--paths",
        "3000",
        "--seed",
        "7",
        "--out",
        dir.resolve("p").toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("(P(met) from 3,000 paths, seed 7)"), run.out());
  }

  @Test
  void audit_scenarioAndTargets_usageErrorNoOutput() {
    CliRun run = CliRun.forecast(
        "audit",
        BASELINE.toString(),
        "--targets",
        TARGETS.toString(),
        "--out",
        dir.resolve("x").toString());
    assertEquals(2, run.status());
    assertTrue(
        run.err().startsWith("forecast: give a SCENARIO or --targets and --figures, not both\n"),
        run.err());
    assertFalse(Files.exists(dir.resolve("x")));
  }

  @Test
  void audit_targetsWithoutFigures_usageError() {
    CliRun run = CliRun.forecast("audit", "--targets", TARGETS.toString());
    assertEquals(2, run.status());
    assertTrue(
        run.err().startsWith("forecast: give a SCENARIO, or both --targets and --figures\n"),
        run.err());
  }

  @Test
  void audit_nothingGiven_usageError() {
    CliRun run = CliRun.forecast("audit");
    assertEquals(2, run.status());
    assertTrue(run.err().contains("give a SCENARIO, or both --targets and --figures"), run.err());
    assertTrue(run.err().contains("Try 'forecast audit --help'."), run.err());
  }

  @Test
  void audit_pathsWithoutScenario_usageError() {
    CliRun run = CliRun.forecast(
        "audit",
        "--targets",
        TARGETS.toString(),
        "--figures",
        FIGURES.toString(),
        "--paths",
        "100");
    assertEquals(2, run.status());
    assertTrue(
        run.err().contains("--paths, --seed and --sampling set the run of a SCENARIO"), run.err());
  }

  @Test
  void audit_badTargetsFile_oneLineWithFileLineColumnAndNoFolder() throws IOException {
    Path targets = dir.resolve("targets.csv");
    Files.writeString(targets, """
        id,indicator,name_zh,name_en,unit,value,growth_pct,scope,source
        gdp_growth,gdp,地区生产总值增速,GDP growth,%,,abc,新区,地区生产总值增长8%
        """);
    Path out = dir.resolve("bad");
    CliRun run = CliRun.forecast(
        "audit",
        "--targets",
        targets.toString(),
        "--figures",
        FIGURES.toString(),
        "--out",
        out.toString());
    assertEquals(2, run.status());
    assertTrue(run.err().startsWith(targets + ":2:"), run.err());
    assertTrue(run.err().contains("growth_pct: "), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void audit_outHoldsForeignFile_refusedAndFileKept() throws IOException {
    Path out = Files.createDirectories(dir.resolve("busy"));
    Files.writeString(out.resolve("plan.docx"), "mine");
    CliRun run = CliRun.forecast(
        "audit",
        "--targets",
        TARGETS.toString(),
        "--figures",
        FIGURES.toString(),
        "--out",
        out.toString());
    assertEquals(2, run.status());
    assertTrue(run.err().contains("this engine did not write (plan.docx)"), run.err());
    assertEquals("mine", Files.readString(out.resolve("plan.docx")));
    assertFalse(Files.exists(out.resolve("audit.csv")));
  }

  @Test
  void audit_twiceIntoTheSameFolder_replacesItsOwnResults() {
    String[] args = {
      "audit",
      "--targets",
      TARGETS.toString(),
      "--figures",
      FIGURES.toString(),
      "--out",
      dir.resolve("again").toString()
    };
    assertEquals(0, CliRun.forecast(args).status());
    CliRun second = CliRun.forecast(args);
    assertEquals(0, second.status(), second.err());
    assertTrue(second.err().contains("Replacing previous results"), second.err());
  }

  @Test
  void run_baseline_manifestHasTheAuditAndSummaryNotesNameFindings() throws IOException {
    Path out = dir.resolve("run");
    CliRun run = CliRun.forecast(
        "run", BASELINE.toString(), "--paths", "2000", "--charts", "none", "--out", out.toString());
    assertEquals(0, run.status(), run.err());
    String manifest = Files.readString(out.resolve("manifest.json"));
    assertTrue(manifest.contains("\"audit\": ["), manifest);
    assertTrue(manifest.contains("\"id\": \"growth-vs-level:industrial_output_total\""));
    List<String[]> rows = csv(out.resolve("summary.csv"));
    int note = List.of(rows.get(0)).indexOf("note");
    for (String[] row : rows) {
      if (row[0].equals("industrial_output_total")) {
        assertTrue(
            row[note].startsWith("audit growth-vs-level:industrial_output_total: 1210 亿元"
                + " is +20.82% on 2022's 1001.5, not +25%"),
            row[note]);
      }
      if (row[0].equals("fixed_asset_investment")) {
        assertEquals("", java.util.Objects.toString(row[note], ""));
      }
      if (row[0].equals("land_storage")) {
        assertTrue(
            row[note].startsWith("not forecast; audit no-comparator:land_storage: no 2022"
                + " figure: the seed gives no 2022 area of land banked"),
            row[note]);
      }
      if (row[0].equals("gdp_growth")) {
        assertTrue(row[note].startsWith("audit composite:gdp_growth: "), row[note]);
      }
    }
  }

  private static List<String[]> csv(Path file) throws IOException {
    return CsvTestFiles.rows(file);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
