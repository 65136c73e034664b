package dev.zhanwang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhanwang.input.InvalidInputException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OutputTargetTest {
  private static final Path ROOT = Path.of("").toAbsolutePath().getRoot();

  private static Path abs(String path) {
    return ROOT.resolve(path);
  }

  @Test
  void project_underAScenariosFolder_isTheFolderAboveTheNearestOne() {
    assertEquals(abs("repo"), OutputTarget.project(abs("repo/scenarios/x.yaml")));
    assertEquals(abs("repo"), OutputTarget.project(abs("repo/scenarios/bench/rw1.yaml")));
    assertEquals(
        abs("repo/scenarios/old"),
        OutputTarget.project(abs("repo/scenarios/old/scenarios/x.yaml")));
  }

  @Test
  void project_elsewhere_isTheFilesOwnFolder() {
    assertEquals(abs("plans/2023"), OutputTarget.project(abs("plans/2023/baseline.yaml")));
    assertEquals(abs("plans/my-scenarios"), OutputTarget.project(abs("plans/my-scenarios/x.yaml")));
  }

  @Test
  void defaultFor_nameOrLeaf_isInsideTheProjectsOutFolder() {
    assertEquals(
        abs("repo/out/基线"),
        OutputTarget.defaultFor(abs("repo/scenarios/x.yaml"), "基线").path());
    assertEquals(
        abs("repo/out/backtest"),
        OutputTarget.defaultFor(abs("repo/scenarios/history/h.csv"), "backtest").path());
  }

  @Test
  void defaultFor_leafLeavingTheOutFolder_refused() {
    for (String leaf : new String[] {"..", "../x", ".", "a/b"}) {
      InvalidInputException e = assertThrows(
          InvalidInputException.class,
          () -> OutputTarget.defaultFor(abs("repo/scenarios/x.yaml"), leaf));
      assertTrue(
          e.getMessage().contains("must have a name that stays inside " + abs("repo/out")),
          e.getMessage());
    }
  }

  @Test
  void shown_insideTheCurrentDirectory_isRelative() {
    Path cwd = Path.of("").toAbsolutePath();
    assertEquals(Path.of("out", "x").toString(), OutputTarget.shown(cwd.resolve("out/x")));
    assertEquals(".", OutputTarget.shown(cwd));
    assertEquals(abs("elsewhere/x").toString(), OutputTarget.shown(abs("elsewhere/x")));
  }
}
