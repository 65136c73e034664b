package dev.zhanwang.input;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.Normalizer;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Numbers as planners write them, in data files, scenario files and on the command line.
 *
 * <p>Besides plain decimals ({@code 1001.5}, {@code -3}, {@code 2.5e3}) it reads what Excel and
 * Chinese input methods produce: thousands separators ({@code 1,001.5}, {@code 1,000,000}),
 * underscores between digits ({@code 1_000_000}), full-width digits and signs
 * ({@code １２．５}, {@code －３}), the minus sign U+2212, and, where a value is a percentage, a
 * trailing percent sign ({@code 25.4%} is 25.4 in a {@code growth_pct} field). {@code NaN},
 * {@code Infinity}, hexadecimal and Java suffixes such as {@code 12d} are not numbers here.
 */
public final class NumberText {
  private static final Pattern PLAIN =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  /** Groups of three digits after the first group, as Excel writes thousands. */
  private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");

  private static final Pattern UNDERSCORED = Pattern.compile("[+-]?\\d+(_\\d+)+(\\.\\d*)?");

  private NumberText() {}

  /**
   * The number {@code text} writes, if it is a finite one.
   *
   * @param percent whether the value is in percent, so that a trailing {@code %} is allowed
   */
  public static OptionalDouble parse(String text, boolean percent) {
    Optional<String> plain = plain(text, percent);
    if (plain.isEmpty()) {
      return OptionalDouble.empty();
    }
    double x = Double.parseDouble(plain.get());
    return Double.isFinite(x) ? OptionalDouble.of(x) : OptionalDouble.empty();
  }

  /**
   * The whole number {@code text} writes: the forms {@link #parse} reads without a percent sign,
   * and exponents that give a whole number ({@code 1e6}).
   */
  public static Optional<Long> parseWhole(String text) {
    return plain(text, false).flatMap(s -> {
      try {
        return Optional.of(new BigDecimal(s).longValueExact());
      } catch (ArithmeticException e) { // a fraction, or beyond the range of long
        return Optional.empty();
      }
    });
  }

  /**
   * Why {@code text} is not a number when the reason is a common slip, to add to a message: a
   * percent sign where the value is not in percent, or full-width punctuation that is not part
   * of a number.
   */
  public static Optional<String> hint(String text, boolean percent) {
    String normal = normalize(text);
    if (!percent
        && normal.endsWith("%")
        && plain(normal.substring(0, normal.length() - 1), false).isPresent()) {
      return Optional.of("write it without %: this value is not in percent");
    }
    if (text.contains("，")) {
      return Optional.of("it holds a full-width comma '，'; separate list items with ','");
    }
    if (text.contains(",") && !GROUPED.matcher(normal).matches()) {
      return Optional.of("a ',' inside a number must separate thousands, as in 1,001.5");
    }
    return Optional.empty();
  }

  /**
   * A computed number (a sum, an eigenvalue, an estimate) to 6 significant digits, for messages:
   * plain ({@code 0.17}, {@code 1210}) unless that takes more than {@value #PLAIN_CHARS}
   * characters, then as a planner would type it ({@code 1e-320}, {@code 1.5e+20}).
   */
  public static String format(double x) {
    BigDecimal rounded = new BigDecimal(x).round(new MathContext(6)).stripTrailingZeros();
    String plain = rounded.toPlainString();
    return plain.length() <= PLAIN_CHARS ? plain : rounded.toString().replace('E', 'e');
  }

  /** The longest plain number in a message; {@code 1e-320} plain is 322 characters. */
  static final int PLAIN_CHARS = 20;

  /** The text as a plain decimal that {@link Double#parseDouble} reads, if it is a number. */
  private static Optional<String> plain(String text, boolean percent) {
    String normal = normalize(text);
    if (percent && normal.endsWith("%")) {
      normal = normal.substring(0, normal.length() - 1).strip();
    }
    if (GROUPED.matcher(normal).matches()) {
      normal = normal.replace(",", "");
    } else if (UNDERSCORED.matcher(normal).matches()) {
      normal = normal.replace("_", "");
    }
    return PLAIN.matcher(normal).matches() ? Optional.of(normal) : Optional.empty();
  }

  /** Full-width forms to ASCII (NFKC), the minus sign to '-', surrounding spaces removed. */
  private static String normalize(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC)
        .replace('\u2212', '-')
        .strip();
  }
}
