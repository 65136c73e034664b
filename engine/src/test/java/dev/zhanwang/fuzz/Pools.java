package dev.zhanwang.fuzz;

import java.util.List;

/**
 * The values mutations write, as the user would type them (YAML source for scenario files, cell
 * text for CSV files, argument text for the command line). {@link #pick} chooses by a drawn
 * number, modulo the pool's size.
 */
final class Pools {
  private Pools() {}

  static <T> T pick(List<T> pool, int what) {
    return pool.get(Math.floorMod(what, pool.size()));
  }

  /** Numbers and near-numbers: ranges, overflow, non-finite, locale and Excel spellings. */
  static final List<String> NUMBERS = List.of("0", "-0", "-0.0", "1", "-1", "100", "-100",
      "-99.9999", "1e308", "-1e308", "1e309", "1.7976931348623157e308", "4.9e-324", "1e-320",
      "2147483639", "2147483640", "2147483647", "2147483648", "-2147483649",
      "9223372036854775807", "9223372036854775808", "-9223372036854775809",
      "99999999999999999999999999", ".nan", ".NaN", "NaN", "nan", ".inf", "-.inf", "+.inf",
      "Infinity", "-Infinity", "1,000", "1 000", "1_000", "25%", "0x1F", "0o17", "017", "0b101",
      "+12", "12.", ".5", "1e3", "1E3", "1.0e+3", "１２", "12亿", "１２．５", "−5", "12d", "0x1p3",
      "1/2", "3..5", "-.5", "1e-7", "0.999999999", "1.0000001", "-1.0000001", "1e6", "1e7",
      "'12'", "\"12\"", "!!int 12", "!!float 12", "!!str 12", "!!int 1.5", "!!float abc",
      "!!int abc", "!!int ''", "!!bool 1", "!!null 1", "!!float .nan", "!!int 0x7FFFFFFFFFFFFFFFF");

  /** Valid but extreme values for model parameters: they must run, or be refused by validate. */
  static final List<String> EXTREMES = List.of("-99.99999", "-99", "1e6", "1e300",
      "1.7976931348623157e308", "0", "1e-300", "4.9e-324", "0.9999999999", "-0.9999999999",
      "2.000000001", "1e15", "1e-15", "500", "0.5", "1", "-1", "2.0000000000000004");

  /** Other types and YAML constructs in place of a value. */
  static final List<String> TYPES = List.of("[1, 2]", "{a: 1}", "[]", "{}", "''", "\"\"", "~",
      "null", "true", "false", "yes", "no", "on", "abc", "\"text\"", "[[1]]", "{growth_pct: 5}",
      "- 1", "!!binary AAAA", "!!timestamp 2023-01-01", "2023-01-01", "!!set {a, b}",
      "!!omap [a: 1]", "!custom x", "&anchor 5", "*undefined", "? a", ":", "-", "|\n  block",
      ">-\n  folded", "\"a\\nb\"", "'a''b'", "#comment", "@reserved", "`backtick",
      "!!python/object:os.system x", "!!map [1]", "!!seq {a: 1}", "!!str [1]");

  /** Text values: CJK, full-width forms, emoji, controls (as YAML escapes), near-miss names. */
  static final List<String> TEXTS = List.of("展望", "规上工业总产值", "：", "，", "😀",
      "\"\\u202Eevil\"", "e\u0301", "\"\\0\"", "\"\\a\"", "\"\\r\"", "\"a\\nb\"", "\"\\t\"",
      "\"\\u2028\"", "\"\\x1b[31mred\"", "x".repeat(5000), "' '", "\" lead\"", "\"trail \"",
      "AR1-MONTHLY", "ar1_monthly", "Ar1-Monthly", "\"ar1-monthly \"", "iid-lognormal\u00A0",
      "ｉｉｄ－ｌｏｇｎｏｒｍａｌ", "garch", "project-events", "flat", "FLAT", "compound",
      "latin-hypercube", "monte-carlo", "ets-trend", "bootstrap", "factor", "student-t",
      "split-normal", "iid-lognormal", "ar1-monthly", "negative-binomial", "year-over-year",
      "\"\\uFEFFname\"",
      "\"\\uD800\"", "\"\\U0001F600\"", "\"\\x85\"");

  /** Characters inserted raw into a file's text. */
  static final List<String> CHARS = List.of("\u0000", "\u0007", "\r", "\t", "\f", "\u000B",
      "\u001B", "\u007F", "\u0085", "\u00A0", "\u2028", "\u2029", "\u200B", "\u200E", "\u202E",
      "\uFEFF", "\uFFFD", "\uFFFE", "\uD800", "中", "：", "，", "。", "％", "－", "😀", "\u0301",
      "ا", "１", "\n", "\r\n", "\"", "'", "#", ":", ": ", "- ", "&", "*", "!", "|", ">", "{",
      "}", "[", "]", ",", "%", "@", "`", "\\", "\u3000");

  /** Cell text for CSV files: numbers as Excel and planners write them, and junk. */
  static final List<String> CELLS = List.of("", " ", "0", "-0", "-1", "1e308", "1e309",
      "-1e308", "4.9e-324", "NaN", "nan", "Infinity", "-Infinity", "inf", "\"1,001.5\"",
      "1,001.5", "25.4%", "(12)", "-", "—", "N/A", "NA", "null", "#DIV/0!", "#VALUE!", "#N/A",
      "1.0E+3", " 12 ", "＋12", "１２", "12亿元", "=1+1", "'12", "12.", ".5", "0x1F", "1_000",
      "1 000", "１２．５", "−5", "12d", "TRUE", "99999999999999999999999", "2147483648",
      "9223372036854775808", "展望", "😀", "\"a\nb\"", "\"a\"\"b\"", "\"", "\"unterminated",
      "a\"b", "\t", "\u0000", "\u0007", "\u202Eevil", "\uFEFF12", "e\u0301", "x".repeat(5000),
      "\"=cmd|' /C calc'!A0\"", "320.8", "6.7", "1001.5", "7.1", "-100", "-99.9999", "1e-7");

  /** Periods for history files: valid, malformed, out of range. */
  static final List<String> PERIODS = List.of("2022", "2022-12", "2022-13", "2022-00",
      "2022-1", "22", "2022/01", "2022-01-01", "2022.0", "Y2022", "２０２２", "-2022", "0",
      "99999", "1e3", "2023", "1800", "3000", "2022-06", "2022-01 ", "", "2022M01", "Jan-22",
      "2022Q1", "9999999999999999999", "2022-1e1");

  /** Header names for CSV columns: near misses of the real ones and unrelated names. */
  static final List<String> HEADERS = List.of("ID", "Id", " id", "id ", "ｉｄ", "value ",
      "Value", "值", "growth", "growth-pct", "growth_pct%", "indicator ", "Indicator", "period ",
      "Period", "\uFEFFid", "", "\"\"", "note", "extra", "id,id", "\"value\"", "unit", "source");
}
