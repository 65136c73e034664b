package dev.zhanwang.cli;

import dev.zhanwang.input.InvalidInputException;
import dev.zhanwang.input.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Consumer;

/**
 * A single file a command writes ({@code calibrate}'s scenario fragment, {@code synth-history}'s
 * CSV), written so that it never replaces a file the engine did not write and never appears
 * half written.
 *
 * <p>A file the command wrote before is recognised by its first line, which the command always
 * writes; any other existing file is refused, and there is no {@code --force}: overwriting a
 * file is deleting it. The content goes into a hidden sibling {@code .<name>.partial-<pid>-<n>},
 * which replaces the file in one rename, under the same lock ({@link OutputLock}) and with the
 * same clean-up of leftovers as {@link OutputFolder}.
 */
final class OutputFile implements ShutdownCleanup.Interruptible {
  private static final int FIRST_LINE_BYTES = 4096;

  private final Path path;
  private final Path partial;
  private OutputLock lock;
  private boolean done;

  private OutputFile(Path path) {
    this.path = path;
    this.partial = OutputFolder.sibling(path, "partial");
  }

  /**
   * Writes {@code content}, whose first line starts with {@code firstLine}, to {@code target}.
   *
   * @param commandLine the command line, for the lock file
   * @param log where notices go (standard error)
   * @throws InvalidInputException if {@code target} is a folder or a file whose first line does
   *     not start with {@code firstLine}, or cannot be written
   */
  static void write(
      OutputTarget target,
      String firstLine,
      String content,
      List<String> commandLine,
      Consumer<String> log) {
    if (!content.startsWith(firstLine)) {
      throw new IllegalArgumentException("content must start with " + firstLine);
    }
    Path path = OutputFolder.realPath(target);
    OutputFile file = new OutputFile(path);
    try {
      check(target, path, firstLine);
      ShutdownCleanup.register(file);
      file.publish(target, firstLine, content, commandLine, log);
    } catch (IOException e) {
      throw new InvalidInputException(Problem.ofFile(
          Path.of(target.shown()),
          "--out must be a file that can be written, but " + e.getMessage()));
    } finally {
      file.abandon();
      ShutdownCleanup.unregister(file);
    }
  }

  private synchronized void publish(
      OutputTarget target,
      String firstLine,
      String content,
      List<String> commandLine,
      Consumer<String> log)
      throws IOException {
    if (done) {
      throw new IOException("the process is stopping");
    }
    Files.createDirectories(path.getParent());
    lock = OutputLock.acquire(path, target.shown(), commandLine);
    OutputFolder.removeLeftovers(path, OutputFolder.FILE_SYSTEM, log);
    check(target, path, firstLine);
    Files.writeString(
        partial,
        content,
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE);
    Files.move(partial, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Removes the partial file if it is still there and lets go of the lock; once. */
  @Override
  public synchronized void abandon() {
    if (done) {
      return;
    }
    done = true;
    try {
      Files.deleteIfExists(partial);
      if (lock != null) {
        lock.close();
      }
    } catch (IOException e) {
      System.err.println("Could not clean up beside " + path + ": " + e.getMessage());
    }
  }

  private static void check(OutputTarget target, Path path, String firstLine) throws IOException {
    Path shown = Path.of(target.shown());
    OutputFolder.checkName(target, path);
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (Files.isDirectory(path)) {
      throw new InvalidInputException(
          Problem.ofFile(shown, "--out must name a file, but this is a folder"));
    }
    if (!Files.isRegularFile(path) || !firstLine(path).startsWith(firstLine)) {
      throw new InvalidInputException(Problem.ofFile(
          shown,
          "must be a new file or one this"
              + " command wrote (its first line starts \"" + firstLine + "\"), but it is another"
              + " file, which is never overwritten; choose another --out"));
    }
  }

  private static String firstLine(Path file) throws IOException {
    byte[] start;
    try (InputStream in = Files.newInputStream(file)) {
      start = in.readNBytes(FIRST_LINE_BYTES);
    }
    String text = new String(start, StandardCharsets.UTF_8);
    text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }
}
