package dev.zhanwang.cli;

import dev.zhanwang.input.InvalidInputException;
import dev.zhanwang.input.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The lock that keeps two runs from writing the same output place at once: the file
 * {@code .<name>.lock} beside it, locked with the operating system's file lock and holding the
 * holder's process id, start time and command line, so that a second run can say who holds it.
 *
 * <p>The operating system drops the lock when its process dies, however it dies; a lock file
 * left by a killed run is simply taken over. The holder deletes the file before it lets go of
 * the lock, so a run that opened the file just before may find itself holding a lock on a file
 * that no longer has a name; it therefore checks, after locking, that the name still leads to
 * the file it locked (by the content it wrote, which is unique to it) and starts again if not.
 * The lock covers one byte far past the content, so that the content stays readable on Windows,
 * whose locks forbid reading a locked range.
 */
final class OutputLock implements AutoCloseable {
  static final String SUFFIX = ".lock";
  private static final long LOCKED_BYTE = 1L << 30;
  private static final int ATTEMPTS = 20;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;
  private boolean released;

  private OutputLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /** The lock file of the output place {@code path}. */
  static Path fileOf(Path path) {
    return path.resolveSibling("." + path.getFileName() + SUFFIX);
  }

  /**
   * Locks the output place {@code path}, whose folder must exist.
   *
   * @param shown the place as messages show it
   * @param commandLine the holder's command line, written into the lock file
   * @throws InvalidInputException if another run holds it, naming that run
   */
  static OutputLock acquire(Path path, String shown, List<String> commandLine) throws IOException {
    Path file = fileOf(path);
    byte[] content = ("pid=" + ProcessHandle.current().pid() + "\nstarted=" + Instant.now()
            + "\ncommand=" + String.join(" ", commandLine).replace('\n', ' ')
            + "\ntoken=" + UUID.randomUUID() + "\n")
        .getBytes(StandardCharsets.UTF_8);
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      FileChannel channel;
      try {
        channel = FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      } catch (java.nio.file.AccessDeniedException e) {
        // Windows refuses to open a file whose deletion is pending; the holder is letting go.
        pause();
        continue;
      }
      FileLock lock = null;
      try {
        lock = channel.tryLock(LOCKED_BYTE, 1, false);
      } catch (OverlappingFileLockException e) {
        // This very process holds it (a second command run in-process, as tests do).
      }
      if (lock == null) {
        channel.close();
        throw new InvalidInputException(Problem.ofFile(
            Path.of(shown),
            "is being written by another run (" + holder(file)
                + "); wait for it or choose another --out"));
      }
      try {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(content), 0);
        if (Arrays.equals(content, readOrEmpty(file))) {
          return new OutputLock(file, channel, lock);
        }
      } catch (IOException e) {
        channel.close();
        throw e;
      }
      // The name now leads to another file, or to none: lock that one instead.
      channel.close();
    }
    throw new IOException("could not lock " + file + " in " + ATTEMPTS + " attempts");
  }

  /** The lock file. */
  Path file() {
    return file;
  }

  /** Deletes the lock file, then lets go of the lock; does nothing the second time. */
  @Override
  public synchronized void close() throws IOException {
    if (released) {
      return;
    }
    released = true;
    try {
      Files.deleteIfExists(file);
    } finally {
      try {
        lock.release();
      } finally {
        channel.close();
      }
    }
  }

  private static byte[] readOrEmpty(Path file) throws IOException {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return new byte[0];
    }
  }

  /** "pid 1234, started 10:01:02, forecast run ..." from the holder's lock file. */
  private static String holder(Path file) {
    Map<String, String> fields = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        int equals = line.indexOf('=');
        if (equals > 0) {
          fields.put(line.substring(0, equals), line.substring(equals + 1));
        }
      }
    } catch (IOException e) {
      return "which could not be identified: " + e.getMessage();
    }
    if (!fields.containsKey("pid")) {
      return "which has not yet said who it is";
    }
    StringBuilder text = new StringBuilder("pid ").append(fields.get("pid"));
    if (fields.containsKey("started")) {
      text.append(", started ").append(localTime(fields.get("started")));
    }
    if (fields.containsKey("command")) {
      text.append(", ").append(fields.get("command"));
    }
    return text.toString();
  }

  private static String localTime(String instant) {
    try {
      var time = Instant.parse(instant).atZone(ZoneId.systemDefault());
      return (time.toLocalDate().equals(LocalDate.now()) ? TIME : DATE_TIME).format(time);
    } catch (DateTimeParseException e) {
      return instant;
    }
  }

  private static void pause() throws IOException {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for a lock", e);
    }
  }
}
