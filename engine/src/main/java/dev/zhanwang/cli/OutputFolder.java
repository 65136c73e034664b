package dev.zhanwang.cli;

import dev.zhanwang.input.InvalidInputException;
import dev.zhanwang.input.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An output folder that appears whole or not at all: reports are written into a hidden sibling
 * folder, which replaces the target only once everything is written. A failed run leaves the
 * previous results (if any) untouched and no partial folder behind.
 */
final class OutputFolder implements AutoCloseable {
  private final Path target;
  private final Path staging;
  private boolean committed;

  private OutputFolder(Path target, Path staging) {
    this.target = target;
    this.staging = staging;
  }

  /** Checks that {@code target} can be a folder and creates its staging sibling. */
  static OutputFolder prepare(Path target) {
    Path absolute = target.toAbsolutePath().normalize();
    if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
      throw new InvalidInputException(Problem.ofFile(target,
          "--out must name a folder, but this is an existing file"));
    }
    try {
      Files.createDirectories(absolute.getParent());
      // Not createTempDirectory: its owner-only permissions would stay on the published folder.
      Path staging = Files.createDirectory(absolute.resolveSibling("." + absolute.getFileName()
          + ".partial-" + ProcessHandle.current().pid() + "-" + System.nanoTime()));
      return new OutputFolder(absolute, staging);
    } catch (IOException e) {
      throw new InvalidInputException(Problem.ofFile(target,
          "--out must be a folder that can be written, but " + e.getMessage()));
    }
  }

  /** Where reports are written until {@link #commit()}. */
  Path staging() {
    return staging;
  }

  Path target() {
    return target;
  }

  /** Replaces the target folder by the staged one. */
  void commit() throws IOException {
    if (Files.exists(target)) {
      deleteTree(target);
    }
    Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    committed = true;
  }

  @Override
  public void close() {
    if (!committed) {
      try {
        deleteTree(staging);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
