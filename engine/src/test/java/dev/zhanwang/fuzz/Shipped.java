package dev.zhanwang.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The shipped scenario tree ({@code scenarios/}: scenario files, data, bench, history), read once,
 * plus the fuzz fixtures from the test resources: a scenario fitted from the shipped history and a
 * small variant of the baseline for command-line cases. Tests run in {@code engine/}, so the tree
 * is found by walking up from the working directory.
 */
final class Shipped {
  /** The baseline with few paths, for command-line cases that run it without --paths. */
  static final String SMALL = "fuzz-small.yaml";
  /** ets-trend and bootstrap indicators fitted from history/synthetic-example.csv. */
  static final String HISTORY_SCENARIO = "fuzz-history.yaml";

  static final String HISTORY = "history/synthetic-example.csv";
  static final String HISTORY_TARGETS = "history/synthetic-targets.csv";

  private static final Map<String, String> FILES = read();

  private Shipped() {}

  /** A fresh copy of every file, by path relative to {@code scenarios/}. */
  static CaseFiles copy() {
    return new CaseFiles(FILES);
  }

  private static Map<String, String> read() {
    Map<String, String> files = new LinkedHashMap<>();
    Path root = scenarios();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
        String name = root.relativize(path).toString();
        if (name.endsWith(".yaml") || name.endsWith(".csv")) {
          files.put(name, Files.readString(path, StandardCharsets.UTF_8));
        }
      }
      for (String fixture :
          new String[] {SMALL, HISTORY_SCENARIO, "fuzz-data/synthetic-2022.csv"}) {
        try (InputStream in = Shipped.class.getResourceAsStream("/fuzz/" + fixture)) {
          if (in == null) {
            throw new IllegalStateException("test resource /fuzz/" + fixture + " is missing");
          }
          files.put(fixture, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static Path scenarios() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("scenarios/liudong-2023-baseline.yaml");
      if (Files.isRegularFile(candidate)) {
        return candidate.getParent();
      }
    }
    throw new IllegalStateException("scenarios/ not found above " + Path.of("").toAbsolutePath());
  }
}
