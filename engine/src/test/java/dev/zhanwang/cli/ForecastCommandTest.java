package dev.zhanwang.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ForecastCommandTest {
  private static final Path BASELINE = Path.of("../scenarios/liudong-2023-baseline.yaml");

  @TempDir
  Path dir;

  private record Outcome(int status, String out, String err) {}

  private static Outcome forecast(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        ForecastCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Outcome(status, out.toString(), err.toString());
  }

  private Path badScenario(String indicatorBlock) throws IOException {
    Path data = Path.of("../scenarios/data").toAbsolutePath().normalize();
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, """
        data:
          figures: %s/liudong-2022.csv
          targets: %s/liudong-2023-targets.csv
        simulation:
          year: 2023
          paths: 1000
          seed: 1
        indicators:
        %s""".formatted(data, data, indicatorBlock));
    return file;
  }

  /** Picocli formats help texts: a bare % in one prints a warning beside the help. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "run",
        "validate",
        "audit",
        "compare-models",
        "calibrate",
        "backtest",
        "synth-history"
      })
  void help_everyCommand_rendersWithoutPicocliWarnings(String command) {
    PrintStream stderr = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    CliRun run;
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      run = CliRun.forecast(command, "--help");
    } finally {
      System.setErr(stderr);
    }
    assertEquals(0, run.status(), run.err());
    assertEquals("", captured.toString(StandardCharsets.UTF_8));
  }

  @Test
  void run_sameSeedOnOneOrFourThreads_byteIdenticalSummaryAndOtherSeedDiffers() throws IOException {
    Outcome a = forecast(
        "run",
        BASELINE.toString(),
        "--paths",
        "20000",
        "--threads",
        "1",
        "--out",
        dir.resolve("a").toString());
    Outcome b = forecast(
        "run",
        BASELINE.toString(),
        "--paths",
        "20000",
        "--threads",
        "4",
        "--out",
        dir.resolve("b").toString());
    Outcome c = forecast(
        "run",
        BASELINE.toString(),
        "--paths",
        "20000",
        "--seed",
        "99",
        "--out",
        dir.resolve("c").toString());
    assertEquals(0, a.status(), a.err());
    assertEquals(0, b.status(), b.err());
    assertEquals(0, c.status(), c.err());
    byte[] first = Files.readAllBytes(dir.resolve("a/summary.csv"));
    assertArrayEquals(first, Files.readAllBytes(dir.resolve("b/summary.csv")));
    assertArrayEquals(
        Files.readAllBytes(dir.resolve("a/fan.csv")), Files.readAllBytes(dir.resolve("b/fan.csv")));
    assertArrayEquals(
        Files.readAllBytes(dir.resolve("a/joint.csv")),
        Files.readAllBytes(dir.resolve("b/joint.csv")));
    assertFalse(Arrays.equals(first, Files.readAllBytes(dir.resolve("c/summary.csv"))));
    assertTrue(a.out().contains("P(target met)"), a.out());
    if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      // The folder has the usual permissions, not a temporary folder's owner-only ones.
      assertTrue(Files.getPosixFilePermissions(dir.resolve("a"))
          .contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ));
    }
    for (String name : new String[] {
      "summary.csv",
      "joint.csv",
      "fan.csv",
      "report.html",
      "summary.xlsx",
      "manifest.json",
      "prob-met.png",
      "fan-industrial_output_total.png",
      "hist-industrial_output_total-level.png",
      "hist-gdp_growth-growth.png"
    }) {
      assertTrue(Files.size(dir.resolve("a").resolve(name)) > 0, name);
    }
    // SVG only on request: it took longer to write than all else together.
    assertFalse(Files.exists(dir.resolve("a/prob-met.svg")));
  }

  @Test
  void run_precisionWithPaths_startsThereAndEqualsThePlainRunOfTheFinalCount() throws IOException {
    Outcome precise = forecast(
        "run",
        BASELINE.toString(),
        "--precision",
        "0.003",
        "--paths",
        "20000",
        "--charts",
        "none",
        "--out",
        dir.resolve("precise").toString());
    assertEquals(0, precise.status(), precise.err());
    assertTrue(precise.err().startsWith("Precision: 20,000 paths"), precise.err());
    java.util.regex.Matcher ran =
        java.util.regex.Pattern.compile("([\\d,]+) paths on").matcher(precise.out());
    assertTrue(ran.find(), precise.out());
    long paths = Long.parseLong(ran.group(1).replace(",", ""));
    assertTrue(paths > 20_000, "final paths " + paths);

    Outcome plain = forecast(
        "run",
        BASELINE.toString(),
        "--paths",
        Long.toString(paths),
        "--charts",
        "none",
        "--out",
        dir.resolve("plain").toString());
    assertEquals(0, plain.status(), plain.err());
    for (String table : new String[] {"summary.csv", "fan.csv"}) {
      assertArrayEquals(
          Files.readAllBytes(dir.resolve("plain").resolve(table)),
          Files.readAllBytes(dir.resolve("precise").resolve(table)),
          table);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "--paths 0; --paths must be between 1 and 2147483639, but was 0",
        "--threads 0; --threads must be between 1 and ",
        "--precision 0.5; --precision must be in (0, 0.5), but was 0.5",
        "--precision 0.01 --max-paths 5000; --max-paths must be at least paths, the first batch"
            + " (100000), but was 5000",
        "--paths 200 --precision 0.01 --max-paths 100; --max-paths must be at least paths, the"
            + " first batch (200), but was 100",
        "--max-paths 5000; --max-paths caps the batches of --precision: give it with --precision",
        "--sampling sobol; --sampling must be one of monte-carlo, latin-hypercube, but was sobol"
      })
  void run_settingBreakingItsRule_exitsTwoNamingTheOption(String options, String message) {
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
        "run", BASELINE.toString(), "--out", dir.resolve("out").toString()));
    args.addAll(java.util.List.of(options.split(" ")));
    Outcome run = forecast(args.toArray(String[]::new));
    assertEquals(2, run.status(), run.err());
    assertTrue(run.err().startsWith("forecast: " + message), run.err());
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "liudong-2023-baseline.yaml",
        "liudong-2023-optimistic.yaml",
        "liudong-2023-pessimistic.yaml",
        "liudong-2023-auto-downturn.yaml",
        "bench/rw1.yaml"
      })
  void run_latinHypercubeOnEveryShippedScenario_writesItsTables(String name) throws IOException {
    Path out = dir.resolve("lhs");
    Outcome run = forecast(
        "run",
        "../scenarios/" + name,
        "--sampling",
        "latin-hypercube",
        "--paths",
        "5000",
        "--charts",
        "none",
        "--out",
        out.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(Files.readString(out.resolve("summary.csv")).lines().count() > 1);
    assertTrue(Files.readString(out.resolve("manifest.json")).contains("latin-hypercube"));
  }

  @Test
  void run_chartsNone_writesTablesAndManifestOnly_andPngAlone() throws IOException {
    Outcome none = forecast(
        "run",
        BASELINE.toString(),
        "--paths",
        "2000",
        "--charts",
        "none",
        "--out",
        dir.resolve("none").toString());
    assertEquals(0, none.status(), none.err());
    try (Stream<Path> files = Files.list(dir.resolve("none"))) {
      assertEquals(
          java.util.Set.of("summary.csv", "joint.csv", "fan.csv", "manifest.json"),
          files.map(f -> f.getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
    }
    Outcome png = forecast(
        "run",
        BASELINE.toString(),
        "--paths",
        "2000",
        "--charts",
        "png",
        "--out",
        dir.resolve("png").toString());
    assertEquals(0, png.status(), png.err());
    assertTrue(Files.exists(dir.resolve("png/prob-met.png")));
    assertFalse(Files.exists(dir.resolve("png/prob-met.svg")));
    assertArrayEquals(
        Files.readAllBytes(dir.resolve("none/summary.csv")),
        Files.readAllBytes(dir.resolve("png/summary.csv")));
    Outcome bad = forecast("run", BASELINE.toString(), "--charts", "pdf");
    assertEquals(2, bad.status());
    assertTrue(
        bad.err()
            .startsWith("forecast: --charts must be a comma-separated list of png,"
                + " svg, html, xlsx, or none, but was pdf"),
        bad.err());
  }

  @Test
  void run_negativeUncertainty_exitsTwoNamingLineAndFieldWithoutOutput() throws IOException {
    Path file = badScenario("""
          budget_revenue:
            model: iid-lognormal
            growth_pct: 3
            uncertainty_pct: -2
        """);
    Path out = dir.resolve("out");
    Outcome result = forecast("run", file.toString(), "--out", out.toString());
    assertEquals(2, result.status());
    assertEquals(
        file + ":12:22 indicators.budget_revenue.uncertainty_pct: must be in [0, 100], but was -2"
            + System.lineSeparator(),
        result.err());
    assertFalse(Files.exists(out));
    assertNothingButScenarioIn(dir);
  }

  @Test
  void run_missingScenario_exitsTwo() {
    Outcome result = forecast("run", dir.resolve("nope.yaml").toString());
    assertEquals(2, result.status());
    assertTrue(result.err().contains("nope.yaml"), result.err());
    assertFalse(result.err().contains("Exception"), result.err());
  }

  @Test
  void run_badArguments_exitTwoWithoutStackTrace() {
    Outcome zero = forecast("run", BASELINE.toString(), "--paths", "0");
    assertEquals(2, zero.status());
    assertTrue(zero.err().startsWith("forecast: --paths must be between 1 and"), zero.err());
    Outcome text = forecast("run", BASELINE.toString(), "--threads", "many");
    assertEquals(2, text.status());
    assertFalse(text.err().contains("Exception"), text.err());
    Outcome none = forecast();
    assertEquals(2, none.status());
  }

  @Test
  void run_outIsAFile_exitsTwoAndLeavesItAlone() throws IOException {
    Path file = Files.writeString(dir.resolve("taken"), "keep");
    Outcome result =
        forecast("run", BASELINE.toString(), "--paths", "100", "--out", file.toString());
    assertEquals(2, result.status());
    assertEquals("keep", Files.readString(file));
  }

  @Test
  void validate_goodAndBadScenarios_exitZeroAndTwo() throws IOException {
    Outcome good = forecast("validate", BASELINE.toString());
    assertEquals(0, good.status(), good.err());
    assertTrue(good.out().contains("is valid"), good.out());
    Path bad = badScenario("""
          budget_revenue:
            model: garch
            growth_pct: .nan
            uncertainty_pct: 2
        """);
    Outcome result = forecast("validate", bad.toString());
    assertEquals(2, result.status());
    assertEquals(
        String.join(
                System.lineSeparator(),
                bad
                    + ":10:12 indicators.budget_revenue.model: must be one of iid-lognormal, ar1-monthly,"
                    + " split-normal, student-t, factor, ets-trend, bootstrap, negative-binomial,"
                    + " but was garch",
                bad
                    + ":11:17 indicators.budget_revenue.growth_pct: must be a finite number, but was .nan")
            + System.lineSeparator(),
        result.err());
  }

  private static void assertNothingButScenarioIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(java.util.List.of(dir.resolve("bad.yaml")), files.toList());
    }
  }
}
