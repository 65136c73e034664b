package dev.zhanwang.cli;

import static dev.zhanwang.cli.CliRun.forecast;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The single files {@code calibrate --out} and {@code synth-history --out} write: a file the
 * command wrote before is replaced whole, any other file is refused and kept byte for byte.
 */
class OutputFileTest {
  private static final String NL = System.lineSeparator();

  @TempDir
  Path dir;

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void synthHistory_outIsAnotherFile_refusedAndKeptByteForByte() throws IOException {
    Path mine =
        Files.writeString(dir.resolve("history.csv"), "indicator,period,value\ngdp,2022,320.8\n");
    Snapshot before = Snapshot.of(dir);
    CliRun run = forecast("synth-history", "--years", "5", "--out", mine.toString());
    assertEquals(2, run.status());
    assertEquals(
        mine + ": must be a new file or one this command wrote (its first line starts \""
            + SynthHistoryCommand.FIRST_LINE + "\"), but it is another file, which is never"
            + " overwritten; choose another --out" + NL,
        run.err());
    before.assertUnchanged();
  }

  @Test
  void synthHistory_outWrittenBefore_replacedWholeLeavingNoWorkingFiles() throws IOException {
    Path out = dir.resolve("h.csv");
    assertEquals(
        0,
        forecast("synth-history", "--years", "5", "--seed", "1", "--out", out.toString())
            .status());
    String first = Files.readString(out);
    CliRun again =
        forecast("synth-history", "--years", "5", "--seed", "2", "--out", out.toString());
    assertEquals(0, again.status(), again.err());
    assertNotEquals(first, Files.readString(out));
    assertTrue(Files.readString(out).startsWith(SynthHistoryCommand.FIRST_LINE));
    assertEquals(List.of("h.csv"), names(dir));
  }

  @Test
  void calibrate_outIsTheHistoryItReadsOrAFolder_refusedAndKept() throws IOException {
    Path history = Files.copy(CalibrateCommandTest.HISTORY, dir.resolve("history.csv"));
    Path folder = Files.createDirectories(dir.resolve("fragments"));
    Files.writeString(folder.resolve("keep.yaml"), "indicators: {}\n");
    Snapshot before = Snapshot.of(dir);
    CliRun intoHistory = forecast(
        "calibrate",
        "--history",
        history.toString(),
        "--models",
        "iid-lognormal",
        "--out",
        history.toString());
    assertEquals(2, intoHistory.status());
    assertTrue(
        intoHistory
            .err()
            .startsWith(history + ": must be a new file or one this command"
                + " wrote (its first line starts \"" + CalibrateCommand.FIRST_LINE + "\")"),
        intoHistory.err());
    CliRun intoFolder = forecast(
        "calibrate",
        "--history",
        history.toString(),
        "--models",
        "iid-lognormal",
        "--out",
        folder.toString());
    assertEquals(2, intoFolder.status());
    assertEquals(folder + ": --out must name a file, but this is a folder" + NL, intoFolder.err());
    before.assertUnchanged();
  }

  @Test
  void calibrate_outWrittenBefore_replaced() throws IOException {
    Path out = dir.resolve("fitted.yaml");
    String[] args = {
      "calibrate",
      "--history",
      CalibrateCommandTest.HISTORY.toString(),
      "--models",
      "iid-lognormal",
      "--indicators",
      "synthetic_iid_output",
      "--out",
      out.toString()
    };
    assertEquals(0, forecast(args).status());
    Files.writeString(out, Files.readString(out).replace("iid-lognormal", "split-normal"));
    CliRun again = forecast(args);
    assertEquals(0, again.status(), again.err());
    assertTrue(Files.readString(out).contains("model: iid-lognormal"));
    assertEquals(List.of("fitted.yaml"), names(dir));
  }

  @Test
  void synthHistory_whileAnotherRunWritesTheFile_refusedNamingIt() throws IOException {
    Path out = dir.resolve("h.csv");
    try (OutputLock held = OutputLock.acquire(
        out, out.toString(), List.of("forecast", "synth-history", "--out", "h.csv"))) {
      CliRun run = forecast("synth-history", "--years", "5", "--out", out.toString());
      assertEquals(2, run.status());
      assertTrue(Files.exists(held.file()), "the holder's lock file stays");
      assertTrue(
          run.err()
              .startsWith(out + ": is being written by another run (pid "
                  + ProcessHandle.current().pid() + ", started "),
          run.err());
      assertTrue(
          run.err()
              .contains(", forecast synth-history --out h.csv); wait for it or"
                  + " choose another --out"),
          run.err());
    }
    assertEquals(List.of(), names(dir));
  }
}
