package dev.zhanwang.input;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing wrong with a user's input file, located as precisely as the file format allows.
 *
 * <p>Printed as {@code file:line:col field: message}, for example
 * {@code scenarios/x.yaml:12:18 indicators.budget_revenue.uncertainty_pct: must be >= 0, but was -2}.
 * Line and column are 1-based; 0 means unknown and is left out of the text.
 */
public record Problem(Path file, int line, int column, String field, String message) {

  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    field = field == null ? "" : field;
  }

  /** A problem with the file as a whole (missing, unreadable). */
  public static Problem ofFile(Path file, String message) {
    return new Problem(file, 0, 0, "", message);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(file.toString());
    if (line > 0) {
      text.append(':').append(line);
      if (column > 0) {
        text.append(':').append(column);
      }
    }
    text.append(field.isEmpty() ? ": " : " " + field + ": ");
    return text.append(message).toString();
  }
}
