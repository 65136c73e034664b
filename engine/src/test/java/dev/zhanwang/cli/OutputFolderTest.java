package dev.zhanwang.cli;

import static dev.zhanwang.cli.CliRun.forecast;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhanwang.input.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules by which runs write their output folder: never a file the engine did not write
 * deleted or overwritten, previous results replaced whole or not at all, one run at a time, and
 * nothing left behind by an interrupted run. Every test that refuses a place checks that every
 * file there is still there, byte for byte.
 */
class OutputFolderTest {
  private static final Path BASELINE =
      Path.of("../scenarios/liudong-2023-baseline.yaml").toAbsolutePath().normalize();
  private static final Path DATA = Path.of("../scenarios/data").toAbsolutePath().normalize();
  private static final String NL = System.lineSeparator();

  @TempDir
  Path dir;

  private final List<String> log = new ArrayList<>();

  /** A quick run of the baseline into {@code out}, tables only unless {@code more} says. */
  private static CliRun run(Path out, String... more) {
    List<String> args = new ArrayList<>(
        List.of("run", BASELINE.toString(), "--paths", "1000", "--out", out.toString()));
    args.addAll(List.of(more));
    if (!args.contains("--charts")) {
      args.addAll(List.of("--charts", "none"));
    }
    return forecast(args.toArray(String[]::new));
  }

  private static Path foreignFolder(Path folder) throws IOException {
    Files.createDirectories(folder);
    Files.write(folder.resolve("plan.docx"), new byte[] {'P', 'K', 3, 4, 0, (byte) 0xFF});
    Files.writeString(folder.resolve("budget.xlsx"), "预算", StandardCharsets.UTF_8);
    return folder;
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  // --- refusals and --force ---------------------------------------------------------------

  @Test
  void run_outHoldsForeignFiles_refusedNamingForceAndKeptByteForByte() throws IOException {
    Path plans = foreignFolder(dir.resolve("plans"));
    Snapshot before = Snapshot.of(dir);
    CliRun result = run(plans);
    assertEquals(2, result.status());
    assertEquals(
        plans + ": must be a new folder, an empty one or one a previous run wrote, but"
            + " it holds 2 files this engine did not write (budget.xlsx, plan.docx); choose another"
            + " --out, or add --force to write beside them (nothing of theirs is deleted or"
            + " overwritten)" + NL,
        result.err());
    before.assertUnchanged();
  }

  @Test
  void run_forceBesideForeignFiles_addsItsOwnAndLaterRunsReplaceOnlyThose() throws IOException {
    Path plans = foreignFolder(dir.resolve("plans"));
    Snapshot before = Snapshot.of(dir);
    CliRun first = run(plans, "--force", "--charts", "png");
    assertEquals(0, first.status(), first.err());
    assertTrue(
        first
            .err()
            .contains("Adding results beside 2 files this engine did not write"
                + " (budget.xlsx, plan.docx) in " + plans + " (--force): none of them is changed"),
        first.err());
    before.assertKept();
    assertTrue(Files.exists(plans.resolve("prob-met.png")));
    List<String> listed =
        FolderContents.manifestFiles(plans.resolve("manifest.json")).orElseThrow();
    assertTrue(
        listed.contains("summary.csv") && listed.contains("prob-met.png"), listed.toString());

    // Charts off: the previous run's charts go, its tables are replaced, the others stay.
    CliRun second = run(plans, "--force");
    assertEquals(0, second.status(), second.err());
    before.assertKept();
    assertEquals(
        List.of(
            "budget.xlsx",
            "fan.csv",
            "manifest.json",
            "plan.docx",
            "report.html",
            "summary.csv",
            "summary.xlsx"),
        names(plans));
    assertEquals(List.of("plans"), names(dir));

    // Without --force, still refused: only the two foreign files are named.
    CliRun third = run(plans);
    assertEquals(2, third.status());
    assertTrue(
        third.err().contains("holds 2 files this engine did not write (budget.xlsx, plan.docx)"),
        third.err());
  }

  @Test
  void run_forceWithForeignFileUnderARunsName_refusedAndNothingAdded() throws IOException {
    Path plans = foreignFolder(dir.resolve("plans"));
    Files.writeString(plans.resolve("summary.csv"), "my own summary");
    Snapshot before = Snapshot.of(dir);
    CliRun result = run(plans, "--force");
    assertEquals(2, result.status());
    assertEquals(
        plans + ": must not hold files this engine did not write under names this run"
            + " writes, but it holds summary.csv; nothing was written; choose another --out" + NL,
        result.err());
    before.assertUnchanged();
  }

  @Test
  void run_forceWithForeignManifest_refused() throws IOException {
    Path plans = foreignFolder(dir.resolve("plans"));
    Files.writeString(plans.resolve("manifest.json"), "{\"mine\": true}");
    Snapshot before = Snapshot.of(dir);
    CliRun result = run(plans, "--force");
    assertEquals(2, result.status());
    assertTrue(
        result
            .err()
            .startsWith(plans + ": with --force, must not hold a manifest.json this"
                + " engine did not write"),
        result.err());
    before.assertUnchanged();
  }

  @Test
  void run_outIsHomeOrAboveIt_refusedWithAndWithoutForce() throws IOException {
    Path home = Files.createDirectories(dir.resolve("home"));
    Files.writeString(home.resolve(".profile"), "export LANG=zh_CN.UTF-8\n");
    Snapshot before = Snapshot.of(dir);
    String saved = System.getProperty("user.home");
    System.setProperty("user.home", home.toString());
    try {
      CliRun plain = run(home);
      assertEquals(2, plain.status());
      assertTrue(plain.err().contains("add --force"), plain.err());
      CliRun forced = run(home, "--force");
      assertEquals(2, forced.status());
      assertEquals(
          home + ": with --force, must not be the home folder or a folder above it, but"
              + " it is the home folder " + home.toRealPath() + "; choose another --out" + NL,
          forced.err());
      CliRun above = run(dir, "--force");
      assertEquals(2, above.status());
      assertTrue(above.err().contains("but it is above the home folder"), above.err());
    } finally {
      System.setProperty("user.home", saved);
    }
    before.assertUnchanged();
  }

  @Test
  void run_outIsAFilesystemRoot_refusedWithAndWithoutForce() throws IOException {
    Path root = dir.getRoot();
    List<String> before = names(root);
    CliRun plain = run(root);
    assertEquals(2, plain.status());
    assertTrue(
        plain.err().contains("must be a new folder, an empty one or one a previous run wrote"),
        plain.err());
    CliRun forced = run(root, "--force");
    assertEquals(2, forced.status());
    assertEquals(
        root + ": with --force, must not be a filesystem root, but it is one; choose"
            + " another --out" + NL,
        forced.err());
    assertEquals(before, names(root));
  }

  @Test
  void run_forceIntoFolderHoldingTheScenarioOrItsData_refused() throws IOException {
    Path project = dir.resolve("project");
    Path data = Files.createDirectories(project.resolve("data"));
    Files.copy(DATA.resolve("liudong-2022.csv"), data.resolve("liudong-2022.csv"));
    Files.copy(DATA.resolve("liudong-2023-targets.csv"), data.resolve("liudong-2023-targets.csv"));
    Path scenarios = Files.createDirectories(project.resolve("scenarios"));
    Path scenario = Files.writeString(
        scenarios.resolve("x.yaml"),
        "name: x\nextends: "
            + BASELINE + "\ndata:\n  figures: ../data/liudong-2022.csv\n"
            + "  targets: ../data/liudong-2023-targets.csv\n");
    Snapshot before = Snapshot.of(dir);
    CliRun intoScenarios = forecast(
        "run", scenario.toString(), "--paths", "1000", "--out", scenarios.toString(), "--force");
    assertEquals(2, intoScenarios.status());
    assertEquals(
        scenarios + ": with --force, must not be a folder holding the scenario or its"
            + " data, but it holds x.yaml; choose another --out" + NL,
        intoScenarios.err());
    CliRun intoData = forecast(
        "run", scenario.toString(), "--paths", "1000", "--out", data.toString(), "--force");
    assertEquals(2, intoData.status());
    assertTrue(intoData.err().contains("but it holds liudong-2022.csv"), intoData.err());
    CliRun intoProject = forecast(
        "run", scenario.toString(), "--paths", "1000", "--out", project.toString(), "--force");
    assertEquals(2, intoProject.status());
    assertTrue(
        intoProject.err().contains("but it holds " + Path.of("scenarios", "x.yaml")),
        intoProject.err());
    before.assertUnchanged();
  }

  @Test
  void run_forceIntoOrAboveAGitWorkTree_refused() throws IOException {
    Path above = foreignFolder(dir.resolve("above"));
    Files.createDirectories(above.resolve("code/.git"));
    Files.writeString(above.resolve("code/.git/HEAD"), "ref: refs/heads/main\n");
    Path worktree = foreignFolder(dir.resolve("worktree"));
    Files.writeString(worktree.resolve(".git"), "gitdir: /somewhere/.git/worktrees/w\n");
    Snapshot before = Snapshot.of(dir);
    CliRun intoAbove = run(above, "--force");
    assertEquals(2, intoAbove.status());
    assertEquals(
        above + ": with --force, must not be a git work tree or a folder holding one,"
            + " but it holds " + Path.of("code", ".git") + "; choose another --out" + NL,
        intoAbove.err());
    CliRun intoWorktree = run(worktree, "--force");
    assertEquals(2, intoWorktree.status());
    assertTrue(intoWorktree.err().contains("but it holds .git;"), intoWorktree.err());
    before.assertUnchanged();
  }

  // --- previous results, empty folders, the lock ------------------------------------------

  @Test
  void run_twiceIntoTheSameOut_replacesSayingSoAndLeavesNoWorkingFiles() throws IOException {
    Path out = dir.resolve("out/x");
    CliRun first = run(out);
    assertEquals(0, first.status(), first.err());
    assertFalse(first.err().contains("Replacing"), first.err());
    Object firstFolder = Files.readAttributes(out, BasicFileAttributes.class).fileKey();
    CliRun second = run(out, "--charts", "png");
    assertEquals(0, second.status(), second.err());
    assertTrue(second.err().contains("Replacing previous results in " + out + NL), second.err());
    assertEquals(List.of("x"), names(dir.resolve("out")));
    assertTrue(Files.exists(out.resolve("prob-met.png")));
    if (firstFolder != null) {
      assertNotEquals(
          firstFolder,
          Files.readAttributes(out, BasicFileAttributes.class).fileKey(),
          "a new folder was renamed in");
    }
  }

  @Test
  void run_previousRunWithAFileAdded_refusedNamingOnlyThatFile() throws IOException {
    Path out = dir.resolve("x");
    assertEquals(0, run(out).status());
    Files.writeString(out.resolve("notes.txt"), "my notes");
    Snapshot before = Snapshot.of(dir);
    CliRun result = run(out);
    assertEquals(2, result.status());
    assertTrue(
        result.err().contains("but it holds 1 file this engine did not write (notes.txt)"),
        result.err());
    before.assertUnchanged();
  }

  @Test
  void run_emptyExistingFolder_filledInPlace() throws IOException {
    Path out = Files.createDirectories(dir.resolve("empty"));
    Object key = Files.readAttributes(out, BasicFileAttributes.class).fileKey();
    CliRun result = run(out);
    assertEquals(0, result.status(), result.err());
    assertEquals(
        List.of("fan.csv", "manifest.json", "report.html", "summary.csv", "summary.xlsx"),
        names(out));
    assertEquals(key, Files.readAttributes(out, BasicFileAttributes.class).fileKey());
    assertEquals(List.of("empty"), names(dir));
  }

  @Test
  void run_whileAnotherRunHoldsTheOut_refusedNamingThatRun() throws IOException {
    Path out = dir.resolve("x");
    assertEquals(0, run(out).status());
    Snapshot before = Snapshot.of(out);
    try (OutputFolder holder = OutputFolder.open(
        OutputTarget.given(out),
        new OutputFolder.Request(
            false, List.of(), List.of("forecast", "run", "a.yaml"), log::add))) {
      CliRun second = run(out);
      assertEquals(2, second.status());
      assertTrue(
          second
              .err()
              .matches(java.util.regex.Pattern.quote(out.toString())
                  + ": is being written by another run \\(pid "
                  + ProcessHandle.current().pid()
                  + ", started \\d\\d:\\d\\d:\\d\\d, forecast run a\\.yaml\\); wait for it or choose"
                  + " another --out\\R"),
          second.err());
      assertTrue(Files.exists(holder.staging()), "the holder's staging folder is untouched");
    }
    before.assertUnchanged();
    assertEquals(0, run(out).status(), "free again once the holder is done");
    assertEquals(List.of("x"), names(dir));
  }

  @Test
  void run_lockFileLeftByAKilledRun_takenOverAndRemoved() throws IOException {
    Path out = dir.resolve("x");
    Files.writeString(dir.resolve(".x.lock"), "pid=99999\nstarted=2023-01-01T00:00:00Z\n");
    CliRun result = run(out);
    assertEquals(0, result.status(), result.err());
    assertEquals(List.of("x"), names(dir));
  }

  // --- names and the default folder -------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"..", ".", "../victim", "a/b", "/tmp/victim", "C:\\victim", "a b"})
  void run_nameThatIsNotAName_rejectedAtItsLineAndColumnTouchingNothing(String name)
      throws IOException {
    Path scenarios = Files.createDirectories(dir.resolve("project/scenarios"));
    Files.writeString(dir.resolve("project/keep.txt"), "keep");
    Path scenario = Files.writeString(
        scenarios.resolve("evil.yaml"),
        "# a variant\nname: \"" + name.replace("\\", "\\\\") + "\"\nextends: " + BASELINE + "\n");
    Snapshot before = Snapshot.of(dir);
    String expected = scenario + ":2:7 name: must be a name of letters, digits, -, _ and . (not ."
        + " or .. alone), as it names the output folder, but was " + name + NL;
    CliRun ran = forecast("run", scenario.toString(), "--paths", "1000");
    assertEquals(2, ran.status());
    assertEquals(expected, ran.err());
    CliRun validated = forecast("validate", scenario.toString());
    assertEquals(2, validated.status());
    assertEquals(expected, validated.err());
    before.assertUnchanged();
  }

  @Test
  void run_defaultOut_isTheScenariosProjectsOutFolderWhateverTheCurrentDirectory()
      throws IOException {
    Path scenarios = Files.createDirectories(dir.resolve("project/scenarios/variants"));
    Path scenario = Files.writeString(
        scenarios.resolve("v.yaml"), "name: 基线-v1.2_b\nextends: " + BASELINE + "\n");
    CliRun result = forecast("run", scenario.toString(), "--paths", "1000", "--charts", "none");
    assertEquals(0, result.status(), result.err());
    Path expected = dir.resolve("project/out/基线-v1.2_b");
    assertTrue(Files.isRegularFile(expected.resolve("summary.csv")), result.out());
    assertTrue(result.out().contains("to " + expected.resolve("summary.csv")), result.out());
    assertEquals(List.of("out", "scenarios"), names(dir.resolve("project")));

    // Outside any scenarios folder: beside the scenario file.
    Path loose = Files.writeString(
        Files.createDirectories(dir.resolve("loose")).resolve("l.yaml"),
        "name: l\nextends: " + BASELINE + "\n");
    assertEquals(
        0,
        forecast("run", loose.toString(), "--paths", "1000", "--charts", "none").status());
    assertTrue(Files.isRegularFile(dir.resolve("loose/out/l/summary.csv")));
  }

  @Test
  void run_windowsCopyWithoutName_runsNamedAfterItsFileWithDashes() throws IOException {
    Path scenarios = Files.createDirectories(dir.resolve("project/scenarios"));
    Path scenario = Files.writeString(scenarios.resolve("baseline - 副本.yaml"), """
        data:
          figures: %s
          targets: %s
        simulation:
          year: 2023
          paths: 1000
          seed: 1
        indicators:
          budget_revenue:
            model: iid-lognormal
            growth_pct: 3
            uncertainty_pct: 2
        """.formatted(
            DATA.resolve("liudong-2022.csv"), DATA.resolve("liudong-2023-targets.csv")));
    CliRun result = forecast("run", scenario.toString(), "--charts", "none");
    assertEquals(0, result.status(), result.err());
    assertTrue(Files.isRegularFile(dir.resolve("project/out/baseline-副本/summary.csv")));
  }

  @Test
  void open_outNamedLikeAWorkingFile_refused() throws IOException {
    for (String name : List.of(".x.partial-1-2", ".x.old-3-4", ".x.lock")) {
      InvalidInputException e = assertThrows(
          InvalidInputException.class,
          () -> OutputFolder.open(OutputTarget.given(dir.resolve(name)), request()));
      assertTrue(
          e.getMessage().contains("must not be named like the engine's working files"),
          e.getMessage());
    }
    try (Stream<Path> entries = Files.list(dir)) {
      assertEquals(0, entries.count());
    }
  }

  // --- what runs killed outright leave --------------------------------------------------------

  @Test
  void open_leftoversOfKilledRuns_removedOneLineEachAndLookalikesKept() throws IOException {
    Path out = previousRun(dir.resolve("x"), "current");
    Path partial = Files.createDirectories(dir.resolve(".x.partial-123-456"));
    Files.writeString(partial.resolve("summary.csv"), "half");
    Path old = previousRun(dir.resolve(".x.old-123-789"), "older");
    List<Path> lookalikes = List.of(
        dir.resolve(".x.partial-1.partial-2-3"),
        dir.resolve(".x-y.partial-1-2"),
        dir.resolve(".xx.old-1-2"),
        dir.resolve("x.partial-1-2"));
    for (Path lookalike : lookalikes) {
      Files.createDirectories(lookalike);
      Files.writeString(lookalike.resolve("keep"), "keep");
    }
    Snapshot current = Snapshot.of(out);
    OutputFolder.open(OutputTarget.given(out), request()).close();
    assertEquals(
        List.of(
            "Removed staging folder left by an interrupted run: " + partial,
            "Removed previous results left aside by an interrupted run: " + old),
        log);
    assertFalse(Files.exists(partial));
    assertFalse(Files.exists(old));
    lookalikes.forEach(lookalike -> assertTrue(Files.exists(lookalike.resolve("keep"))));
    current.assertUnchanged();
  }

  // --- replacing survives a failure half-way ------------------------------------------------

  /** Fails the n-th rename (1-based, 0 for none) and, if asked, deleting the old results. */
  private static OutputFolder.Steps failing(int failRename, boolean failDelete) {
    AtomicInteger renames = new AtomicInteger();
    return new OutputFolder.Steps() {
      @Override
      public void rename(Path from, Path to) throws IOException {
        if (renames.incrementAndGet() == failRename) {
          throw new IOException("injected failure of rename " + failRename);
        }
        OutputFolder.FILE_SYSTEM.rename(from, to);
      }

      @Override
      public void deletePreviousRun(Path folder) throws IOException {
        if (failDelete) {
          throw new IOException("injected failure of the deletion");
        }
        OutputFolder.FILE_SYSTEM.deletePreviousRun(folder);
      }
    };
  }

  @ParameterizedTest
  @ValueSource(strings = {"rename-1", "rename-2", "delete", "rename-2-then-undo"})
  void commit_failingHalfWay_leavesOldResultsIntactOrNewOnesCompleteNeverAMix(String failure)
      throws IOException {
    Path out = previousRun(dir.resolve("x"), "old");
    Map<String, String> old = contents(out);
    OutputFolder.Steps steps = switch (failure) {
      case "rename-1" -> failing(1, false);
      case "rename-2" -> failing(2, false);
      case "delete" -> failing(0, true);
      default -> failingTwice();
    };
    Map<String, String> fresh;
    try (OutputFolder folder = OutputFolder.open(OutputTarget.given(out), request(), steps)) {
      fresh = stage(folder.staging(), "new");
      try {
        folder.commit();
        assertEquals("delete", failure, "only a failed deletion lets the commit succeed");
      } catch (InvalidInputException e) {
        assertNotEquals("delete", failure);
        assertTrue(e.getMessage().startsWith(out + ": could not be"), e.getMessage());
      }
    }
    switch (failure) {
      case "rename-1", "rename-2" -> assertEquals(old, contents(out));
      case "delete" -> assertEquals(fresh, contents(out));
      default -> assertFalse(Files.exists(out), "killed between the renames, in effect");
    }
    // The next run into the same place finds the old results or the new, and no leftovers.
    log.clear();
    OutputFolder.open(OutputTarget.given(out), request()).close();
    assertEquals(failure.equals("delete") ? fresh : old, contents(out));
    assertEquals(List.of("x"), names(dir));
    switch (failure) {
      case "delete" ->
        assertTrue(
            log.get(0)
                .startsWith("Removed previous results left aside by an interrupted run: "
                    + dir.resolve(".x.old-")),
            log.toString());
      case "rename-2-then-undo" ->
        assertEquals(
            List.of("Put back previous results that an interrupted run had set aside: " + out),
            log);
      default -> assertEquals(List.of(), log);
    }
  }

  /** Fails the second rename and the rename that would undo the first: a kill in between. */
  private static OutputFolder.Steps failingTwice() {
    AtomicInteger renames = new AtomicInteger();
    return new OutputFolder.Steps() {
      @Override
      public void rename(Path from, Path to) throws IOException {
        int n = renames.incrementAndGet();
        if (n >= 2) {
          throw new IOException("injected failure of rename " + n);
        }
        OutputFolder.FILE_SYSTEM.rename(from, to);
      }

      @Override
      public void deletePreviousRun(Path folder) throws IOException {
        OutputFolder.FILE_SYSTEM.deletePreviousRun(folder);
      }
    };
  }

  // --- the shutdown hook ------------------------------------------------------------------

  @Test
  void abandon_whileAWriterStillAddsFiles_removesStagingAndLockLeavingOldResults()
      throws Exception {
    Path out = previousRun(dir.resolve("x"), "old");
    Snapshot before = Snapshot.of(out);
    OutputFolder folder = OutputFolder.open(OutputTarget.given(out), request());
    Path staging = folder.staging();
    AtomicInteger written = new AtomicInteger();
    Thread writer = new Thread(() -> {
      try {
        while (true) {
          Files.writeString(staging.resolve("chart-" + written.incrementAndGet() + ".svg"), "x");
        }
      } catch (IOException e) {
        // The folder is gone: the writer fails, as the run's writers do.
      }
    });
    writer.start();
    while (written.get() < 200) {
      Thread.onSpinWait();
    }
    folder.abandon();
    writer.join(10_000);
    assertFalse(writer.isAlive());
    assertFalse(Files.exists(staging));
    assertThrows(IOException.class, folder::commit, "nothing is published after the hook");
    folder.close();
    assertEquals(List.of("x"), names(dir));
    before.assertUnchanged();
  }

  // --- helpers ------------------------------------------------------------------------------

  private OutputFolder.Request request() {
    return new OutputFolder.Request(false, List.of(), List.of("forecast", "test"), log::add);
  }

  /** A folder as a previous run leaves it: two files and a manifest listing them. */
  static Path previousRun(Path folder, String text) throws IOException {
    Files.createDirectories(folder);
    stage(folder, text);
    return folder;
  }

  private static Map<String, String> stage(Path folder, String text) throws IOException {
    Files.writeString(folder.resolve("summary.csv"), "summary " + text);
    Files.writeString(folder.resolve("fan.csv"), "fan " + text);
    Files.writeString(
        folder.resolve("manifest.json"),
        "{\"engine_version\": \"test\", \"run\": \"" + text
            + "\", \"files\": [\"summary.csv\", \"fan.csv\"]}");
    return contents(folder);
  }

  private static Map<String, String> contents(Path folder) throws IOException {
    Map<String, String> contents = new TreeMap<>();
    for (String name : names(folder)) {
      contents.put(name, Files.readString(folder.resolve(name)));
    }
    return contents;
  }
}
