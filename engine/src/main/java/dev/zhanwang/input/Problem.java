package dev.zhanwang.input;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing wrong with a user's input file, located as precisely as the file format allows.
 *
 * <p>Printed as {@code file:line:col field: message}, for example
 * {@code scenarios/x.yaml:12:18 indicators.budget_revenue.uncertainty_pct: must be >= 0, but was -2}.
 * Line and column are 1-based; 0 means unknown and is left out of the text. The text is always one
 * line: control characters (a newline in a quoted key, a NUL byte) are printed escaped, as
 * {@code \n} or {@code \u0000}, and so are invisible format characters such as a right-to-left
 * override, which could make a line read differently from what it says, and unpaired halves of
 * a UTF-16 surrogate pair, which no encoding can print.
 */
public record Problem(Path file, int line, int column, String field, String message) {
  /** Quoted values longer than this many characters are cut: a message names, it does not copy. */
  static final int EXCERPT_CHARS = 60;

  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    field = field == null ? "" : field;
  }

  /** A problem with the file as a whole (missing, unreadable). */
  public static Problem ofFile(Path file, String message) {
    return new Problem(file, 0, 0, "", message);
  }

  /**
   * A value from a user's file as a message quotes it: at most {@value #EXCERPT_CHARS}
   * characters, cut with an ellipsis.
   */
  public static String excerpt(String value) {
    if (value.codePointCount(0, value.length()) <= EXCERPT_CHARS) {
      return value;
    }
    return value.substring(0, value.offsetByCodePoints(0, EXCERPT_CHARS)) + "…";
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(oneLine(file.toString()));
    if (line > 0) {
      text.append(':').append(line);
      if (column > 0) {
        text.append(':').append(column);
      }
    }
    text.append(field.isEmpty() ? ": " : " " + oneLine(field) + ": ");
    return text.append(oneLine(message)).toString();
  }

  /** {@code text} with control and format characters escaped, so it prints as one line. */
  public static String oneLine(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          int type = Character.getType(c);
          if (type == Character.CONTROL
              || type == Character.FORMAT
              || type == Character.LINE_SEPARATOR
              || type == Character.PARAGRAPH_SEPARATOR
              || type == Character.SURROGATE) { // half a character: no encoding can print it
            out.append(String.format("\\u%04X", c));
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.toString();
  }
}
