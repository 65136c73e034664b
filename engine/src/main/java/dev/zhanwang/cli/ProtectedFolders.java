package dev.zhanwang.cli;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Folders that {@code --force} never writes into, even beside their files: the current
 * directory, the home folder (or a folder above either), a filesystem root, a folder holding an
 * input of the run, and a git work tree or a folder holding one. Writing there would mix the
 * run's files into places people keep other work in, where they are easy to commit or lose.
 */
final class ProtectedFolders {
  /** How deep and through how many folders the search for a {@code .git} goes. */
  static final int GIT_DEPTH = 8;

  static final int GIT_FOLDERS = 20_000;

  private ProtectedFolders() {}

  /**
   * Why {@code folder} (an existing folder, real path) must not be written into with
   * {@code --force}, as the end of "must not be ..., but ..."; empty if it may.
   *
   * @param inputs the files the run reads
   */
  static Optional<String> reason(Path folder, List<Path> inputs) throws IOException {
    if (folder.getParent() == null) {
      return Optional.of("a filesystem root, but it is one");
    }
    Path cwd = Path.of("").toAbsolutePath().toRealPath();
    if (cwd.startsWith(folder)) {
      return Optional.of("the current directory or a folder above it, but it is "
          + (cwd.equals(folder) ? "the current directory" : "above it"));
    }
    Path home = Path.of(System.getProperty("user.home")).toAbsolutePath();
    if (Files.exists(home)) {
      home = home.toRealPath();
    }
    if (home.startsWith(folder)) {
      return Optional.of("the home folder or a folder above it, but it is "
          + (home.equals(folder) ? "the home folder " + home : "above the home folder " + home));
    }
    for (Path input : inputs) {
      Path real = input.toAbsolutePath().normalize();
      if (Files.exists(real)) {
        real = real.toRealPath();
      }
      if (real.startsWith(folder)) {
        return Optional.of(
            "a folder holding the scenario or its data, but it holds " + folder.relativize(real));
      }
    }
    return gitWorkTree(folder).map(fact -> "a git work tree or a folder holding one, but " + fact);
  }

  /**
   * "it holds {@code .git}" (or {@code sub/.git}) for the first {@code .git} in {@code folder} or
   * a folder below it, searched to a bound; when the bound is reached, that fact, as the search
   * could not rule one out.
   */
  static Optional<String> gitWorkTree(Path folder) throws IOException {
    String[] fact = {null};
    int[] folders = {0};
    Files.walkFileTree(
        folder, EnumSet.noneOf(FileVisitOption.class), GIT_DEPTH, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            Path git = dir.resolve(".git");
            if (Files.exists(git, LinkOption.NOFOLLOW_LINKS)) {
              fact[0] = "it holds " + folder.relativize(git);
              return FileVisitResult.TERMINATE;
            }
            if (++folders[0] > GIT_FOLDERS) {
              fact[0] = String.format(
                  Locale.ROOT,
                  "it holds more than %,d folders, too many to search for one",
                  GIT_FOLDERS);
              return FileVisitResult.TERMINATE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            // An unreadable subfolder is skipped: this process could not write into it either.
            return FileVisitResult.CONTINUE;
          }
        });
    return Optional.ofNullable(fact[0]);
  }
}
