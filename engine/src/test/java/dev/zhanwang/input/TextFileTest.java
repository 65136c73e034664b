package dev.zhanwang.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFileTest {
  private static final String TEXT = "name: 基线情景\ndescription: 规上工业总产值：1210亿元\n";

  @TempDir
  Path dir;

  private final List<Problem> warnings = new ArrayList<>();

  private String read(Path file) {
    return TextFile.read(file, Limit.SCENARIO_BYTES, warnings::add);
  }

  private String problem(Path file) {
    return assertThrows(InvalidInputException.class, () -> read(file)).getMessage();
  }

  @Test
  void read_unicodeEncodingsWithAndWithoutByteOrderMark_sameTextNoWarning() throws IOException {
    Path plain = Files.write(dir.resolve("plain.yaml"), TEXT.getBytes(StandardCharsets.UTF_8));
    Path bom =
        Files.write(dir.resolve("bom.yaml"), ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8));
    Path utf16 = Files.write(
        dir.resolve("utf16.yaml"), ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE));
    Path utf16be = Files.write(
        dir.resolve("utf16be.yaml"), ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16BE));

    for (Path file : List.of(plain, bom, utf16, utf16be)) {
      assertEquals(TEXT, read(file), file.toString());
    }
    assertEquals(List.of(), warnings);
  }

  @Test
  void read_gb18030_decodesAndWarnsOnce() throws IOException {
    Path file = Files.write(dir.resolve("gb.yaml"), TEXT.getBytes(Charset.forName("GB18030")));

    assertEquals(TEXT, read(file));
    assertEquals(
        List.of(file + ": read as GB18030 (the Chinese encoding Excel and Notepad use on"
            + " Chinese Windows), as it is not UTF-8"),
        warnings.stream().map(Problem::toString).toList());
  }

  @Test
  void read_binaryOrBrokenText_saysWhatWithoutQuotingIt() throws IOException {
    Path nul =
        Files.write(dir.resolve("nul.bin"), "SECRET=1\n\0\0".getBytes(StandardCharsets.UTF_8));
    Path broken = Files.write(
        dir.resolve("broken.yaml"),
        new byte[] {'a', '\n', 'b', '\n', (byte) 0xFF, (byte) 0xFE, '\n'});
    Path badUtf16 = Files.write(
        dir.resolve("bad16.yaml"),
        new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0, '\n', 0, 0, (byte) 0xDC});

    assertEquals(
        nul + ":2: must be text, but holds a NUL character (is it a binary file, or"
            + " UTF-16 without a byte order mark?)",
        problem(nul));
    assertEquals(
        broken + ":3: must be text in UTF-8 or GB18030, but line 3 is in neither (save"
            + " the file as UTF-8)",
        problem(broken));
    assertEquals(
        badUtf16 + ":2: must be text in UTF-16LE, as its byte order mark says, but line"
            + " 2 is not",
        problem(badUtf16));
  }

  @Test
  void read_folderOrMissing_saysWhichBeforeOpening() {
    assertEquals(dir + ": must be a readable file, but it is a folder", problem(dir));
    Path missing = dir.resolve("none.yaml");
    assertEquals(missing + ": must be a readable file, but it does not exist", problem(missing));
  }

  @Test
  void read_namedPipe_isRefusedWithoutBlocking() throws Exception {
    Path fifo = dir.resolve("pipe");
    boolean made;
    try {
      made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
    } catch (IOException e) {
      made = false;
    }
    assumeTrue(made, "mkfifo is not available here");

    assertEquals(
        fifo + ": must be a readable file, but it is not a regular file (a device, pipe"
            + " or socket)",
        problem(fifo));
  }

  @Test
  void read_overTheSizeLimit_refusedBeforeReading() throws IOException {
    Path huge = dir.resolve("huge.yaml");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(100L << 20); // sparse: nothing is written, and nothing must be read
    }

    String message = problem(huge);
    assertEquals(
        huge + ": must have at most 8,388,608 bytes in a scenario file (a limit of the"
            + " engine; raise it with FORECAST_JAVA_OPTS=-Dzhanwang.limit.scenario-bytes=N), but had"
            + " 104,857,600",
        message);
    assertFalse(message.contains("\n"));
  }
}
