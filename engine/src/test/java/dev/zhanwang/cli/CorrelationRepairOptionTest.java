package dev.zhanwang.cli;

import static dev.zhanwang.cli.CliRun.forecast;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorrelationRepairOptionTest {
  @TempDir
  Path dir;

  private Path invalidPair() throws IOException {
    Path scenarios = Path.of("../scenarios");
    Files.copy(
        scenarios.resolve("liudong-2023-baseline.yaml"), dir.resolve("liudong-2023-baseline.yaml"));
    Files.createDirectory(dir.resolve("data"));
    for (String data : List.of("liudong-2022.csv", "liudong-2023-targets.csv")) {
      Files.copy(scenarios.resolve("data").resolve(data), dir.resolve("data").resolve(data));
    }
    return Files.writeString(
        dir.resolve("child.yaml"),
        "extends: liudong-2023-baseline.yaml\nname: child\ncorrelation:\n  pairs:\n"
            + "    industrial_output_total~industrial_output_benji: -0.9\n");
  }

  @Test
  void validate_invalidPairWithoutRepair_failsOnOneLineNamingTheNearestMatrix() throws IOException {
    Path file = invalidPair();

    CliRun run = forecast("validate", file.toString());

    assertEquals(2, run.status());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(
        run.err()
            .contains(
                "correlation.pairs: must leave the correlation matrix positive" + " semi-definite"),
        run.err());
    assertTrue(run.err().contains("run with --repair-correlation to use it"), run.err());
  }

  @Test
  void validate_invalidPairWithRepair_isValidAndSaysItRepaired() throws IOException {
    Path file = invalidPair();

    CliRun run = forecast("validate", file.toString(), "--repair-correlation");

    assertEquals(0, run.status(), run.err());
    assertTrue(
        run.err()
            .contains("so --repair-correlation uses the nearest valid one: the nearest"
                + " valid matrix (Higham) changes industrial_output_total~industrial_output_benji most,"
                + " -0.9 -> -0.432"),
        run.err());
  }
}
