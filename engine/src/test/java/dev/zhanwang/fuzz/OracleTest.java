package dev.zhanwang.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fuzz oracle accepts what the engine should print and flags each way of breaking it. */
class OracleTest {
  @TempDir
  Path dir;

  private List<Oracle.Failure> check(int validate, String validateErr, int run, String runErr) {
    Case fuzzCase = new Case(List.of("test"), Shipped.copy(), Case.validateAndRun("s.yaml", true));
    String file = dir.resolve("s.yaml").toString();
    List<CommandRun> runs = List.of(
        new CommandRun(List.of("validate", file), validate, "", validateErr, 1, false, null),
        new CommandRun(List.of("run", file), run, "", runErr, 1, false, null));
    return Oracle.check(fuzzCase, runs, dir);
  }

  private List<String> kinds(List<Oracle.Failure> failures) {
    return failures.stream().map(Oracle.Failure::kind).toList();
  }

  @Test
  void check_problemLinesAndUsageLines_noFailure() {
    String problems = dir.resolve("s.yaml") + ":12:22 indicators.gdp.phi: must be in (-1, 1), but"
        + " was 2\n" + dir.resolve("data/x.csv") + ": file not found\n"
        + dir.resolve("data/x.csv") + ":3 header: must include columns id, but was a,b\n"
        + "/etc/os-release:1:1: must be a mapping of scenario keys, but was NAME\n";
    String usage = "forecast: Unknown option: '--x'\nTry 'forecast run --help'.\n";
    assertEquals(List.of(), check(2, problems, 2, usage));
  }

  @Test
  void check_stackTrace_isAFailureNamingTheException() {
    List<Oracle.Failure> failures = check(
        2,
        "java.lang.IllegalStateException: boom\n"
            + "\tat dev.zhanwang.sim.Simulator.run(Simulator.java:9)\n",
        2,
        "x");
    assertEquals(
        "stack trace: java.lang.IllegalStateException at dev.zhanwang.sim.Simulator.run",
        failures.get(0).signature());
  }

  @Test
  void check_exitOne_isAFailure() {
    assertTrue(kinds(check(1, "", 2, dir.resolve("s.yaml") + ": bad")).contains("exit-1"));
  }

  @Test
  void check_javaNameOrControlCharacterInAMessage_isAFailure() {
    String file = dir.resolve("s.yaml").toString();
    assertEquals(
        List.of("java-name"),
        kinds(check(
            2,
            file + ": must be valid YAML:"
                + " java.nio.charset.MalformedInputException: Input length = 1",
            2,
            file + ": x")));
    assertEquals(
        List.of("control-character"),
        kinds(check(2, file + ":1:1 name: must be text, but was a\u0007b", 2, file + ": x")));
  }

  @Test
  void check_messageBrokenOverTwoLines_isAFailure() {
    String file = dir.resolve("s.yaml").toString();
    assertEquals(
        List.of("multi-line-message"),
        kinds(check(2, file + ":1:1 data.x: must be a known key, but was x\ny", 2, file + ": x")));
  }

  @Test
  void check_fieldWithASpace_isAFailure() {
    String file = dir.resolve("s.yaml").toString();
    assertEquals(
        List.of("unformatted-line"),
        kinds(check(
            2,
            file + ":1:1 indicators.a b: must be a known indicator, but was a b",
            2,
            file + ": x")));
  }

  @Test
  void check_quotedFieldWithSpacesAndWarningLines_noFailure() {
    String file = dir.resolve("s.yaml").toString();
    assertEquals(
        List.of(),
        kinds(check(
            2,
            "warning: " + file + ": read as GB18030 (the Chinese"
                + " encoding), as it is not UTF-8\n" + file
                + ":9:3 indicators.\"a b\".model: must be"
                + " given, but is missing\n" + file + ":9:3 x.\"q\\\"uote \": must be y",
            2,
            file + ": x")));
  }

  @Test
  void check_problemAboutAFileNamedDash_noFailure() {
    List<CommandRun> runs = List.of(new CommandRun(
        List.of("validate", "-"),
        2,
        "",
        "-: must be a readable scenario file, but it does not exist\n",
        1,
        false,
        null));
    Case fuzzCase = new Case(
        List.of("test"),
        Shipped.copy(),
        List.of(new Case.Step(List.of("validate", "-"), Case.Role.OTHER, null)));
    assertEquals(List.of(), Oracle.check(fuzzCase, runs, dir));
  }

  @Test
  void check_validateAcceptsRunRejects_isAFailure() {
    assertEquals(
        List.of("validate-accepts-run-rejects"),
        kinds(check(0, "", 2, dir.resolve("s.yaml") + ":1:1 x: must be y, but was z")));
  }

  @Test
  void check_runWithoutSummaryOrWithNaN_isAFailure() throws Exception {
    assertEquals(List.of("summary-missing"), kinds(check(0, "", 0, "")));
    Files.createDirectories(dir.resolve("out"));
    Files.writeString(
        dir.resolve("out/summary.csv"), "\uFEFFtarget_id,name_en,mean\ngdp,NaN,1.5\n");
    assertEquals(List.of(), kinds(check(0, "", 0, ""))); // a name may read NaN
    Files.writeString(dir.resolve("out/summary.csv"), "target_id,name_en,mean\ngdp,GDP,-inf\n");
    assertEquals(List.of("summary-non-finite"), kinds(check(0, "", 0, "")));
    Files.writeString(dir.resolve("out/summary.csv"), "target_id,mean,prob_met\ngdp,,0.5\n");
    assertEquals(List.of("summary-non-finite"), kinds(check(0, "", 0, ""))); // NaN is written ''
    Files.writeString(dir.resolve("out/summary.csv"), "target_id,mean,prob_met\nland,,\n");
    assertEquals(List.of(), kinds(check(0, "", 0, ""))); // a target not forecast
    Files.writeString(dir.resolve("out/fan.csv"), "indicator,unit,month,ytd_mean\nx,inf,1,2\n");
    assertEquals(List.of(), kinds(check(0, "", 0, ""))); // a unit may read inf
    Files.writeString(dir.resolve("out/fan.csv"), "indicator,unit,month,ytd_mean\nx,u,1,inf\n");
    assertEquals(List.of("fan-non-finite"), kinds(check(0, "", 0, "")));
  }

  @Test
  void check_failedRunLeavingItsFolder_isAFailure() throws Exception {
    Files.createDirectories(dir.resolve(".out.partial-1-2"));
    assertTrue(kinds(check(2, dir.resolve("s.yaml") + ": x", 2, dir.resolve("s.yaml") + ": x"))
        .contains("output-left"));
  }
}
