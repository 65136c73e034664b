package dev.zhanwang.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** A closed set chosen by name in scenario files and on the command line. */
public interface Labelled {
  /** The name a file or an option uses. */
  String label();

  /** The constant named {@code label}, if any. */
  static <E extends Labelled> Optional<E> ofLabel(E[] values, String label) {
    return Arrays.stream(values).filter(v -> v.label().equals(label)).findFirst();
  }

  /** Every name, comma separated, for error messages. */
  static String labels(Labelled[] values) {
    return Arrays.stream(values).map(Labelled::label).collect(Collectors.joining(", "));
  }
}
