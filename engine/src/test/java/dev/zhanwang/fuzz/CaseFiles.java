package dev.zhanwang.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The files of one fuzz case, in memory: the shipped scenario tree (paths relative to
 * {@code scenarios/}) as text, each with the byte-level changes (encodings, truncation) that apply
 * after its text is final, plus symbolic links. {@link #CASE} in a file or an argument stands for
 * the case folder's absolute path, so that a case written elsewhere (a reproducer) still works.
 */
final class CaseFiles {
  /** Replaced by the case folder's absolute path when files are written and commands run. */
  static final String CASE = "@CASE@";

  private final Map<String, String> texts = new LinkedHashMap<>();
  private final Map<String, List<UnaryOperator<byte[]>>> byteChanges = new LinkedHashMap<>();
  private final Map<String, String> links = new LinkedHashMap<>();

  CaseFiles(Map<String, String> shipped) {
    texts.putAll(shipped);
  }

  boolean has(String file) {
    return texts.containsKey(file);
  }

  String text(String file) {
    String text = texts.get(file);
    if (text == null) {
      throw new IllegalArgumentException("no file " + file + " in the case");
    }
    return text;
  }

  void put(String file, String text) {
    texts.put(file, text);
  }

  /** A change of the file's bytes, applied in order after its text is encoded as UTF-8. */
  void changeBytes(String file, UnaryOperator<byte[]> change) {
    byteChanges.computeIfAbsent(file, f -> new ArrayList<>()).add(change);
  }

  /** A symbolic link {@code file} pointing at {@code target} (relative to the link's folder). */
  void link(String file, String target) {
    texts.remove(file);
    links.put(file, target);
  }

  /** Writes every file and link under {@code dir}; returns the files' paths and bytes. */
  Map<Path, byte[]> writeTo(Path dir) throws IOException {
    String absolute = dir.toAbsolutePath().toString();
    Map<Path, byte[]> written = new LinkedHashMap<>();
    for (Map.Entry<String, String> file : texts.entrySet()) {
      byte[] bytes = file.getValue().replace(CASE, absolute).getBytes(StandardCharsets.UTF_8);
      for (UnaryOperator<byte[]> change : byteChanges.getOrDefault(file.getKey(), List.of())) {
        bytes = change.apply(bytes);
      }
      Path path = dir.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.write(path, bytes);
      written.put(path, bytes);
    }
    for (Map.Entry<String, String> link : links.entrySet()) {
      Path path = dir.resolve(link.getKey());
      Files.createDirectories(path.getParent());
      Files.deleteIfExists(path);
      Files.createSymbolicLink(path, Path.of(link.getValue()));
      written.remove(path);
    }
    return written;
  }
}
