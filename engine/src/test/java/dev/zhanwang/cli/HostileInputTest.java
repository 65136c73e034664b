package dev.zhanwang.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of hostile input file goes through {@code validate} and {@code run}: each ends in
 * exit status 2 with one-line problems naming the file, no stack trace and no output folder.
 */
class HostileInputTest {
  private static final Path DATA = Path.of("../scenarios/data").toAbsolutePath().normalize();
  private static final Path BASELINE = Path.of("../scenarios/liudong-2023-baseline.yaml");
  private static final String SECRET = "s3cr3t-token-7f9a2b";
  /** {@code file[:line[:col]][ field]: message}, the form of every problem line. */
  private static final Pattern PROBLEM =
      Pattern.compile("[^:\\s][^:]*(:\\d+(:\\d+)?)?( \\S+)?: \\S.*");

  @TempDir
  Path dir;

  private final Map<String, Path> hostile = new LinkedHashMap<>();

  @BeforeEach
  void writeHostileFiles() throws IOException {
    hostile.put(
        "deep nesting", yaml("deep.yaml", "a:\n" + " [\n".repeat(10_000) + " ]\n".repeat(10_000)));
    StringBuilder lol = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (char name = 'b'; name <= 'j'; name++) {
      lol.append(name)
          .append(": &")
          .append(name)
          .append(" [")
          .append(String.join(", ", Collections.nCopies(9, "*" + (char) (name - 1))))
          .append("]\n");
    }
    hostile.put("billion laughs", yaml("lol.yaml", lol.toString()));
    hostile.put(
        "java type tag",
        yaml(
            "tag.yaml",
            "name: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]\n"));
    Path huge = dir.resolve("huge.yaml");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(100L << 20);
    }
    hostile.put("100 MB scenario", huge);
    hostile.put("binary scenario", Files.write(dir.resolve("bin.yaml"), new byte[] {
      0x7f, 'E', 'L', 'F', 0, 0, 1, (byte) 0xFF, (byte) 0xFE, 0
    }));
    hostile.put("a folder as scenario", Files.createDirectory(dir.resolve("folder.yaml")));
    hostile.put("a device as scenario", Path.of("/dev/null"));
    hostile.put(
        "newlines and NUL in a key",
        yaml(
            "keys.yaml",
            "\"evil\\nkey\\u0000\": 1\n" + scenario("figures", DATA.resolve("liudong-2022.csv"))));
    Path secret = Files.writeString(dir.resolve(".env"), SECRET + "\nPASSWORD=hunter2\n");
    hostile.put("a secrets file as data", yaml("leak.yaml", scenario("figures", secret)));
    StringBuilder rows =
        new StringBuilder("id,name_zh,name_en,unit,value,growth_pct,scope,source\n");
    for (int i = 0; i < 1_000_000; i++) {
      rows.append("x").append(i).append(",名,n,亿元,1,1,s,s\n");
    }
    Path million = Files.writeString(dir.resolve("million.csv"), rows);
    hostile.put("a million-row CSV", yaml("million.yaml", scenario("figures", million)));
    hostile.put("a 4 MB line", yaml("line.yaml", "description: " + "x".repeat(4 << 20) + "\n"));
    hostile.put(
        "a NUL in a data path",
        yaml(
            "nul.yaml",
            scenario("figures", DATA.resolve("liudong-2022.csv"))
                .replace("liudong-2022.csv", "liudong-2022.csv\u0000")));
    hostile.put(
        "an int tag on text",
        yaml(
            "int.yaml",
            scenario("figures", DATA.resolve("liudong-2022.csv"))
                .replace("growth_pct: 5", "growth_pct: !!int abc")));
    hostile.put(
        "an absurd growth",
        yaml(
            "absurd.yaml",
            scenario("figures", DATA.resolve("liudong-2022.csv"))
                .replace("growth_pct: 5", "growth_pct: 1e6")));
  }

  private static String scenario(String key, Path figures) {
    return """
        data:
          figures: %s
          targets: %s
        simulation: {year: 2023, paths: 1000, seed: 1}
        indicators:
          budget_revenue: {model: iid-lognormal, growth_pct: 5, uncertainty_pct: 3}
        """.formatted(
            key.equals("figures") ? figures : DATA.resolve("liudong-2022.csv"),
            DATA.resolve("liudong-2023-targets.csv"));
  }

  private Path yaml(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void validateAndRun_everyHostileFile_exitTwoWithOneLineProblemsAndNothingWritten()
      throws IOException {
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, Path> entry : hostile.entrySet()) {
      for (String command : List.of("validate", "run")) {
        Path out = dir.resolve("out-" + command);
        CliRun result = command.equals("run")
            ? CliRun.forecast("run", entry.getValue().toString(), "--out", out.toString())
            : CliRun.forecast("validate", entry.getValue().toString());
        String what = command + " " + entry.getKey() + ": ";
        if (result.status() != 2) {
          failures.add(what + "exit " + result.status() + " " + result.err());
        }
        List<String> lines =
            result.err().lines().filter(l -> !l.startsWith("warning: ")).toList();
        if (lines.isEmpty() || !lines.stream().allMatch(l -> PROBLEM.matcher(l).matches())) {
          failures.add(what + "not one problem per line: " + result.err());
        }
        if (result.err().contains("Exception")
            || result.err().contains("\tat ")
            || result.err().contains(SECRET)
            || result.err().contains("hunter2")) {
          failures.add(what + "a trace or a file's content: " + result.err());
        }
        if (Files.exists(out)) {
          failures.add(what + "wrote " + out);
        }
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void arguments_numbersAsTyped_sameRunAsPlainDigits() throws IOException {
    List<byte[]> summaries = new ArrayList<>();
    for (String paths : List.of("10000", "1e4", "10,000", "10_000")) {
      Path out = dir.resolve("paths-" + summaries.size());
      CliRun result = CliRun.forecast(
          "run",
          BASELINE.toString(),
          "--paths",
          paths,
          "--charts",
          "none",
          "--out",
          out.toString());
      assertEquals(0, result.status(), paths + ": " + result.err());
      summaries.add(Files.readAllBytes(out.resolve("summary.csv")));
    }
    for (byte[] summary : summaries) {
      assertArrayEquals(summaries.get(0), summary);
    }
  }

  @Test
  void arguments_beyondTheLimits_exitTwoWithTheLimit() {
    CliRun paths = CliRun.forecast("run", BASELINE.toString(), "--paths", "1000000000000");
    CliRun threads = CliRun.forecast("run", BASELINE.toString(), "--threads", "100000");
    CliRun text = CliRun.forecast("run", BASELINE.toString(), "--paths", "many");

    assertEquals(2, paths.status());
    assertTrue(
        paths
            .err()
            .startsWith(
                "forecast: --paths must be between 1 and 2147483639, but was 1000000000000"),
        paths.err());
    assertEquals(2, threads.status());
    assertTrue(
        threads
            .err()
            .startsWith("forecast: --threads must be between 1 and "
                + 4 * Runtime.getRuntime().availableProcessors() + ", but was 100000"),
        threads.err());
    assertEquals(2, text.status());
    assertTrue(
        text.err()
            .startsWith(
                "forecast: Invalid value for option '--paths': 'many' is not a whole number"),
        text.err());
  }

  @Test
  void arguments_emptyPaths_exitTwoNamingTheOption() {
    CliRun scenario = CliRun.forecast("validate", "");
    CliRun out = CliRun.forecast("run", BASELINE.toString(), "--charts", "none", "--out", "");
    CliRun history = CliRun.forecast("calibrate", "--history", "");

    assertEquals(2, scenario.status());
    assertEquals(
        "forecast: Invalid value for positional parameter at index 0 (SCENARIO): the"
            + " value is empty, not a path",
        scenario.err().lines().findFirst().orElseThrow());
    assertEquals(2, out.status());
    assertEquals(
        "forecast: Invalid value for option '--out': the value is empty, not a path",
        out.err().lines().findFirst().orElseThrow());
    assertEquals(2, history.status());
    assertEquals(
        "forecast: Invalid value for option '--history': the value is empty, not a path",
        history.err().lines().findFirst().orElseThrow());
  }

  @Test
  void arguments_mistypedCommand_suggestsTheCommand() {
    CliRun result = CliRun.forecast("valdiate", BASELINE.toString());

    assertEquals(2, result.status());
    assertTrue(result.err().contains("did you mean validate?"), result.err());
    assertFalse(result.err().contains("Exception"), result.err());
  }

  @Test
  void run_gb18030ScenarioAndData_sameSummaryAsUtf8() throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    for (String name : List.of("liudong-2022.csv", "liudong-2023-targets.csv")) {
      Files.write(
          data.resolve(name),
          Files.readString(DATA.resolve(name))
              .getBytes(java.nio.charset.Charset.forName("GB18030")));
    }
    String baseline =
        Files.readString(BASELINE).replace("description:", "description: 基线情景（GB18030 副本）——");
    Path gb = dir.resolve("gb.yaml");
    Files.write(gb, baseline.getBytes(java.nio.charset.Charset.forName("GB18030")));
    Path utf8Copy = Files.createDirectories(dir.resolve("utf8"));
    Files.copy(
        DATA.resolve("liudong-2022.csv"),
        Files.createDirectories(utf8Copy.resolve("data")).resolve("liudong-2022.csv"));
    Files.copy(
        DATA.resolve("liudong-2023-targets.csv"),
        utf8Copy.resolve("data/liudong-2023-targets.csv"));
    Path utf8 = Files.writeString(utf8Copy.resolve("gb.yaml"), baseline, StandardCharsets.UTF_8);

    CliRun fromGb = CliRun.forecast(
        "run",
        gb.toString(),
        "--paths",
        "5000",
        "--charts",
        "none",
        "--out",
        dir.resolve("out-gb").toString());
    CliRun fromUtf8 = CliRun.forecast(
        "run",
        utf8.toString(),
        "--paths",
        "5000",
        "--charts",
        "none",
        "--out",
        dir.resolve("out-utf8").toString());

    assertEquals(0, fromGb.status(), fromGb.err());
    assertEquals(0, fromUtf8.status(), fromUtf8.err());
    assertEquals(
        3, fromGb.err().lines().filter(l -> l.contains("read as GB18030")).count(), fromGb.err());
    assertArrayEquals(
        Files.readAllBytes(dir.resolve("out-utf8/summary.csv")),
        Files.readAllBytes(dir.resolve("out-gb/summary.csv")));
  }
}
