package dev.zhanwang.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Every entry under a folder and every file's bytes, taken before a command, to show after it
 * that the command left what was there alone.
 */
record Snapshot(Path root, Map<String, byte[]> files, Set<String> entries) {
  static Snapshot of(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    Set<String> entries = new TreeSet<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.toList()) {
        String name = root.relativize(path).toString();
        entries.add(name);
        if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
          files.put(name, Files.readAllBytes(path));
        }
      }
    }
    assertTrue(files.size() > 0, "a snapshot of nothing proves nothing: " + root);
    return new Snapshot(root, files, entries);
  }

  /** Every file that was there is still there, byte for byte; new entries are allowed. */
  void assertKept() throws IOException {
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path path = root.resolve(file.getKey());
      assertTrue(Files.isRegularFile(path), "still there: " + path);
      assertArrayEquals(file.getValue(), Files.readAllBytes(path), "same bytes: " + path);
    }
  }

  /** {@link #assertKept()}, and nothing was added anywhere under the root. */
  void assertUnchanged() throws IOException {
    assertKept();
    assertEquals(entries, of(root).entries(), "the same entries under " + root);
  }
}
