package dev.zhanwang.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes a tree of maps, lists, strings, numbers, booleans and nulls as JSON: indented for the
 * manifest, compact for the chart data inside report.html. Small on purpose: the two are all the
 * JSON we write, which is not worth a library.
 */
final class Json {
  private Json() {}

  /** The value as JSON text ending in a newline; a NaN or infinite double becomes {@code null}. */
  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(out, value, "", false);
    return out.append('\n').toString();
  }

  /**
   * The value as compact JSON that can stand inside an HTML {@code <script>} element: {@code <},
   * {@code >} and {@code &} in strings are written as {@code \u003c} etc., so no text can close the
   * element, and U+2028/U+2029 are escaped for older JavaScript parsers.
   */
  static String forScript(Object value) {
    StringBuilder out = new StringBuilder();
    write(out, value, null, true);
    return out.toString();
  }

  /** {@code indent} is null for compact output. */
  private static void write(StringBuilder out, Object value, String indent, boolean script) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String text) {
      string(out, text, script);
    } else if (value instanceof Double number) {
      // Charts read numbers in any notation; the manifest keeps plain ones for people.
      out.append(
          number.isNaN() || number.isInfinite()
              ? "null"
              : indent == null ? number.toString() : BigDecimal.valueOf(number).toPlainString());
    } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof Map<?, ?> map) {
      container(out, '{', '}', indent, map.entrySet().stream().toList(), (entry, inner) -> {
        string(out, (String) entry.getKey(), script);
        out.append(indent == null ? ":" : ": ");
        write(out, entry.getValue(), inner, script);
      });
    } else if (value instanceof List<?> list) {
      container(out, '[', ']', indent, list, (item, inner) -> write(out, item, inner, script));

    } else {
      throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
    }
  }

  private interface Element<T> {
    void write(T item, String indent);
  }

  private static <T> void container(
      StringBuilder out, char open, char close, String indent, List<T> items, Element<T> element) {
    out.append(open);
    if (indent == null) {
      for (int i = 0; i < items.size(); i++) {
        out.append(i == 0 ? "" : ",");
        element.write(items.get(i), null);
      }
      out.append(close);
      return;
    }
    String inner = indent + "  ";
    for (int i = 0; i < items.size(); i++) {
      out.append(i == 0 ? "\n" : ",\n").append(inner);
      element.write(items.get(i), inner);
    }
    if (!items.isEmpty()) {
      out.append('\n').append(indent);
    }
    out.append(close);
  }

  /** A JSON string: quotes, backslashes and control characters escaped, the rest as is (UTF-8). */
  static void string(StringBuilder out, String text) {
    string(out, text, false);
  }

  private static void string(StringBuilder out, String text, boolean script) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20
              || script && (c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
