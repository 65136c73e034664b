package dev.zhanwang.data;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The data files shipped in the repository and the seed report they are read from. Tests run in
 * {@code engine/}; the seed sits in a {@code shared/} folder next to the repository, so each file
 * is found by walking up from the working directory.
 */
final class ShippedFiles {
  private ShippedFiles() {}

  static Path figures() {
    return find("scenarios/data/liudong-2022.csv");
  }

  static Path targets() {
    return find("scenarios/data/liudong-2023-targets.csv");
  }

  static Path seed() {
    return find("shared/seed/000_9c03f619f940416e.txt");
  }

  /** Fails rather than skips when missing: a provenance check that skips proves nothing. */
  private static Path find(String relative) {
    List<Path> looked = new ArrayList<>();
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(relative);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
      looked.add(candidate);
    }
    return fail(relative + " not found; looked at " + looked);
  }
}
