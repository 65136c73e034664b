package dev.zhanwang.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * What an output place holds, as far as writing there is concerned: nothing, an empty folder, a
 * folder a previous run of this engine wrote, or something else.
 *
 * <p>A previous run's folder is recognised by its {@code manifest.json}: JSON (read as YAML 1.2,
 * of which JSON is a subset) carrying {@code engine_version} and a {@code files} list of plain
 * file names, in a folder whose every entry is the manifest or a regular file it lists. Listed
 * files that are missing do not matter (the user may have deleted some); anything unlisted makes
 * the folder foreign.
 *
 * @param kind what the place is
 * @param previous the files a previous run's manifest in the folder lists (empty if it has none
 *     or one this engine did not write), without the manifest itself
 * @param foreign the entries this engine did not write, sorted; folders end in {@code /}
 */
record FolderContents(Kind kind, List<String> previous, List<String> foreign) {
  static final String MANIFEST = "manifest.json";
  /** Far larger than any manifest the engine writes; a larger file is not read. */
  private static final long MAX_MANIFEST_BYTES = 16L << 20;
  /** A file name with no folder in it, as manifests list them. */
  private static final Pattern PLAIN_NAME = Pattern.compile("[^/\\\\:\\x00]+");

  /** What a place is. */
  enum Kind {
    /** Nothing is there. */
    ABSENT,
    /** A file or something else that is not a folder. */
    NOT_A_FOLDER,
    /** An empty folder. */
    EMPTY,
    /** A folder holding only what a previous run of this engine wrote. */
    PREVIOUS_RUN,
    /** A folder holding anything else. */
    FOREIGN
  }

  FolderContents {
    previous = List.copyOf(previous);
    foreign = List.copyOf(foreign);
  }

  /** Looks at {@code path} now (following a symbolic link only at {@code path} itself). */
  static FolderContents of(Path path) throws IOException {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return new FolderContents(Kind.ABSENT, List.of(), List.of());
    }
    if (!Files.isDirectory(path)) {
      return new FolderContents(Kind.NOT_A_FOLDER, List.of(), List.of());
    }
    List<Path> entries;
    try (Stream<Path> list = Files.list(path)) {
      entries = list.sorted().toList();
    } catch (NoSuchFileException e) {
      return new FolderContents(Kind.ABSENT, List.of(), List.of());
    }
    if (entries.isEmpty()) {
      return new FolderContents(Kind.EMPTY, List.of(), List.of());
    }
    Optional<List<String>> listed = manifestFiles(path.resolve(MANIFEST));
    List<String> foreign = new ArrayList<>();
    for (Path entry : entries) {
      String name = entry.getFileName().toString();
      boolean regular = Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS);
      boolean written = listed.isPresent()
          && regular
          && (name.equals(MANIFEST) || listed.get().contains(name));
      if (!written) {
        foreign.add(Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) ? name + "/" : name);
      }
    }
    return new FolderContents(
        foreign.isEmpty() ? Kind.PREVIOUS_RUN : Kind.FOREIGN, listed.orElse(List.of()), foreign);
  }

  /**
   * The files {@code manifest} lists if it is a manifest this engine wrote; empty if it is
   * missing, unreadable, not JSON, or lacks {@code engine_version} or a {@code files} list of
   * plain names.
   */
  static Optional<List<String>> manifestFiles(Path manifest) {
    try {
      if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)
          || Files.size(manifest) > MAX_MANIFEST_BYTES) {
        return Optional.empty();
      }
      Object json = new Load(LoadSettings.builder().build())
          .loadFromString(Files.readString(manifest, StandardCharsets.UTF_8));
      if (!(json instanceof Map<?, ?> map)
          || !(map.get("engine_version") instanceof String)
          || !(map.get("files") instanceof List<?> files)) {
        return Optional.empty();
      }
      List<String> names = new ArrayList<>();
      for (Object file : files) {
        if (!(file instanceof String name)
            || !PLAIN_NAME.matcher(name).matches()
            || name.equals(".")
            || name.equals("..")) {
          return Optional.empty();
        }
        names.add(name);
      }
      return Optional.of(List.copyOf(names));
    } catch (IOException | YamlEngineException e) {
      // Unreadable, not UTF-8 or not JSON: not a manifest this engine wrote.
      return Optional.empty();
    }
  }

  /** {@code foreign} as a message shows it: a count, and up to five names. */
  String foreignSummary() {
    boolean folders = foreign.stream().anyMatch(name -> name.endsWith("/"));
    String what = foreign.size() == 1
        ? (folders ? "folder" : "file")
        : folders ? "files and folders" : "files";
    String names = String.join(", ", foreign.subList(0, Math.min(5, foreign.size())))
        + (foreign.size() > 5 ? " and " + (foreign.size() - 5) + " more" : "");
    return foreign.size() + " " + what + " this engine did not write (" + names + ")";
  }
}
