package dev.zhanwang.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What every command must do with any input, however broken: exit 0, or exit 2 with one line per
 * problem ({@code FILE[:LINE[:COL]][ FIELD]: MESSAGE}) or a usage line, no stack trace, no Java
 * class name, no raw control character, no output folder; finish within the timeout; and a
 * scenario that {@code validate} accepts must run. Each breach becomes a {@link Failure} whose
 * signature groups cases that fail the same way, so that a report lists each bug once.
 */
final class Oracle {
  /**
   * A field: one word, in which a key that holds spaces, dots or brackets is written in double
   * quotes ({@code indicators."gdp ".model}); no control or invisible characters.
   */
  private static final String FIELD =
      "(?:[^\\s\\p{Cf}\\p{Cc}\"]|\"(?:[^\"\\\\\\p{Cf}\\p{Cc}]|\\\\.)*\")+";
  /**
   * A problem line after its file: optional {@code :LINE} and {@code :COL}, an optional field,
   * then {@code ": "} and a message.
   */
  private static final Pattern AFTER_FILE =
      Pattern.compile("(?::(\\d+)(?::(\\d+))?)?(?: (" + FIELD + "))?: (\\S.*)", Pattern.DOTALL);

  private static final Pattern USAGE =
      Pattern.compile("forecast: \\S.*|Try 'forecast [a-z-]*\\s?--help'\\.");
  /** A qualified Java class name, or a bare exception or error type. */
  private static final Pattern JAVA_NAME = Pattern.compile(
      "\\b(?:java|javax|jdk|sun|org|com|dev|picocli|tech)\\.(?:[a-z0-9_]+\\.)+[A-Z]\\w*"
          + "|\\b[A-Z]\\w*(?:Exception|Error)\\b");

  private static final Pattern STACK_FRAME = Pattern.compile("^\\s+at [\\w$.]+\\(.*\\)$");
  private static final Pattern ENGINE_FRAME = Pattern.compile("at (dev\\.zhanwang\\.[\\w$.]+)\\(");
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x1F\\x7F\\x85\\u2028\\u2029]");
  private static final Pattern BIDI = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");
  /** The columns of summary.csv that hold numbers (the others hold the data's own text). */
  private static final List<String> NUMERIC_COLUMNS = List.of(
      "value_2022",
      "target",
      "mean",
      "p5",
      "p10",
      "p25",
      "p50",
      "p75",
      "p90",
      "p95",
      "prob_met",
      "prob_met_se",
      "expected_shortfall");
  /** Statistics every forecast row of summary.csv has. */
  private static final List<String> STATISTICS =
      List.of("mean", "p5", "p10", "p25", "p50", "p75", "p90", "p95", "prob_met_se");
  /** A whole cell that is not a finite number, however spelt. */
  private static final Pattern NON_FINITE = Pattern.compile("(?i)[-+]?(?:inf|infinity|nan)|[-+]?∞");

  /**
   * One way a case broke the rules.
   *
   * @param kind which rule
   * @param signature the kind and what distinguishes this bug from others of the kind
   * @param detail the evidence: command, status, the offending output
   */
  record Failure(String kind, String signature, String detail) {}

  private Oracle() {}

  /** The failures of one case's command runs; {@code dir} is the case folder after the run. */
  static List<Failure> check(Case fuzzCase, List<CommandRun> runs, Path dir) {
    List<Failure> failures = new ArrayList<>();
    String caseDir = dir.toAbsolutePath().toString();
    Integer validated = null;
    for (int i = 0; i < runs.size(); i++) {
      CommandRun run = runs.get(i);
      Case.Step step = fuzzCase.steps().get(i);
      String command = run.command().replace(caseDir, "<case>");
      String evidence = command + "\n  exit " + run.status() + ", " + run.millis() + " ms\n"
          + indent("stderr", run.err().replace(caseDir, "<case>"))
          + indent("stdout", head(run.out().replace(caseDir, "<case>"), 5));
      String name = step.args().isEmpty() ? "(none)" : step.args().get(0);
      if (run.hung()) {
        failures.add(
            new Failure("hang", "hang: " + name + " still running after the timeout", evidence));
        continue;
      }
      if (run.escaped() != null) {
        failures.add(new Failure(
            "crash",
            "crash: threw " + run.escaped().getClass().getName() + frameOf(run.escaped()),
            evidence));
        continue;
      }
      if (run.status() != 0 && run.status() != 2) {
        failures.add(new Failure(
            "exit-" + run.status(),
            "exit " + run.status() + ": " + exceptionOf(run.err() + "\n" + run.out()),
            evidence));
      } else {
        checkLines(run, caseDir, evidence, failures);
      }
      if (step.role() == Case.Role.VALIDATE) {
        validated = run.status();
      } else if (step.role() == Case.Role.RUN && validated != null) {
        if (validated == 0 && run.status() != 0) {
          failures.add(new Failure(
              "validate-accepts-run-rejects",
              "validate accepts, run exits " + run.status() + ": "
                  + firstLineShape(run.err(), caseDir),
              evidence));
        } else if (validated != 0 && run.status() == 0) {
          failures.add(new Failure(
              "validate-rejects-run-accepts",
              "validate exits " + validated + ", run accepts",
              evidence));
        }
      }
      if (step.out() != null) {
        Path out = dir.resolve(step.out());
        if (run.status() == 0 && step.role() == Case.Role.RUN) {
          checkSummary(out.resolve("summary.csv"), name, evidence, failures);
        } else if (run.status() != 0 && leftOutput(out)) {
          failures.add(new Failure(
              "output-left", "output left after exit " + run.status() + ": " + name, evidence));
        }
      }
    }
    return failures;
  }

  /**
   * The lines of a run that exited 0 or 2. Each kind of breach counts once per run, at its first
   * line, and is named by the rule of the problem line it belongs to, so that one long message
   * (a library's error dump) is one finding, not one per line.
   */
  private static void checkLines(
      CommandRun run, String caseDir, String evidence, List<Failure> failures) {
    String all = run.err() + "\n" + run.out();
    if (all.lines().anyMatch(l -> STACK_FRAME.matcher(l).matches())) {
      failures.add(new Failure("stack-trace", "stack trace: " + exceptionOf(all), evidence));
      return; // its lines would only repeat the same finding
    }
    if (run.status() != 2) {
      return;
    }
    List<String> lines = run.err().lines().toList();
    if (lines.stream().allMatch(String::isBlank)) {
      failures.add(new Failure("silent-exit-2", "exit 2 with nothing on stderr", evidence));
      return;
    }
    // Arguments that may name files ("-" too), longest first, so that a line is matched by the
    // whole name it starts with.
    List<String> files = new ArrayList<>(run.args().stream()
        .filter(a -> a.equals("-") || !a.isEmpty() && !a.startsWith("-"))
        .toList());
    files.add(caseDir);
    files.sort(Comparator.comparingInt(String::length).reversed());
    Map<String, Failure> found = new LinkedHashMap<>();
    String messageStart = null;
    for (String line : lines) {
      LineShape shape = classify(line, files);
      boolean startsMessage = shape == LineShape.PROBLEM
          || shape == LineShape.FIELD_NOT_PLAIN
          || shape == LineShape.USAGE
          || (shape == LineShape.OTHER && line.startsWith("/"));
      if (startsMessage) {
        messageStart = line;
      }
      String rule = ruleShape(messageStart != null ? messageStart : line, caseDir);
      Matcher control = CONTROL.matcher(line);
      if (control.find()) {
        found.putIfAbsent(
            "control-character",
            new Failure(
                "control-character",
                "raw control character U+"
                    + String.format("%04X", (int) line.charAt(control.start())) + " in a message: "
                    + rule,
                evidence));
      } else if (BIDI.matcher(line).find()) {
        found.putIfAbsent(
            "bidi-character",
            new Failure(
                "bidi-character", "raw bidirectional control in a message: " + rule, evidence));
      }
      Matcher java = JAVA_NAME.matcher(line);
      if (java.find()) {
        found.putIfAbsent(
            "java-name",
            new Failure(
                "java-name", "Java name " + java.group() + " in a message: " + rule, evidence));
      }
      if (!startsMessage || shape == LineShape.FIELD_NOT_PLAIN || shape == LineShape.OTHER) {
        boolean continued = !startsMessage && messageStart != null;
        String kind = continued ? "multi-line-message" : "unformatted-line";
        String what = continued
            ? "a message continued on the next line: " + rule
            : shape == LineShape.FIELD_NOT_PLAIN
                ? "field echoed with spaces or invisible characters: " + rule
                : "line not FILE:LINE:COL FIELD: MESSAGE: " + shape(line, caseDir);
        found.putIfAbsent(kind, new Failure(kind, what, evidence));
      }
    }
    failures.addAll(found.values());
  }

  /** How a line of standard error reads. */
  enum LineShape {
    /** {@code FILE[:LINE[:COL]][ FIELD]: MESSAGE}. */
    PROBLEM,
    /** {@code forecast: ...} or {@code Try 'forecast ... --help'.}. */
    USAGE,
    /** A problem line whose field holds spaces, tabs or invisible characters. */
    FIELD_NOT_PLAIN,
    BLANK,
    /** Starts with no file the case knows of (the second half of a broken message, say). */
    NO_FILE,
    OTHER
  }

  /** A file, then optional :LINE:COL, an optional field (any text), then ": " and a message. */
  private static final Pattern LENIENT =
      Pattern.compile("(?::\\d+(?::\\d+)?)?(?: (.*?))?: \\S.*", Pattern.DOTALL);

  private static final Pattern PLAIN_FIELD = Pattern.compile(FIELD);
  /** Where a file's name ends: the first ':' that starts ":LINE" or ": ", or the first " ". */
  private static final Pattern FILE_END = Pattern.compile(":(?=\\d|\\s)| ");

  private static final Pattern EXCEPTION =
      Pattern.compile("\\b((?:[a-z0-9_]+\\.)+[A-Z]\\w*(?:Exception|Error))");
  /** What a warning line starts with; the rest reads as a problem line. */
  private static final String WARNING = "warning: ";

  static LineShape classify(String line, List<String> files) {
    if (line.isBlank()) {
      return LineShape.BLANK;
    }
    if (line.startsWith(WARNING)) { // beside the problems, what the engine read differently
      line = line.substring(WARNING.length());
    }
    if (USAGE.matcher(line).matches()) {
      return LineShape.USAGE;
    }
    String rest = null;
    for (String file : files) {
      if (!file.isEmpty() && line.startsWith(file)) {
        rest = line.substring(file.length());
        break;
      }
    }
    if (rest == null && line.startsWith("/")) {
      rest = line; // an absolute path the user named, such as a data file outside the case
    }
    if (rest == null) {
      return LineShape.NO_FILE;
    }
    Matcher end = FILE_END.matcher(rest);
    if (end.find()) {
      rest = rest.substring(end.start());
    }
    Matcher strict = AFTER_FILE.matcher(rest);
    if (strict.matches()) {
      return LineShape.PROBLEM;
    }
    Matcher lenient = LENIENT.matcher(rest);
    if (lenient.matches()
        && lenient.group(1) != null
        && !PLAIN_FIELD.matcher(lenient.group(1)).matches()) {
      return LineShape.FIELD_NOT_PLAIN;
    }
    return LineShape.OTHER;
  }

  /**
   * summary.csv of a run that exited 0: every number finite (the writer spells infinity
   * {@code inf} and leaves NaN empty), and every forecast row (one with a P(met)) with all its
   * statistics present. fan.csv must hold no infinite or NaN text either.
   */
  private static void checkSummary(
      Path summary, String name, String evidence, List<Failure> failures) {
    if (!Files.isRegularFile(summary)) {
      failures.add(new Failure("summary-missing", "exit 0 without summary.csv: " + name, evidence));
      return;
    }
    try {
      List<String> lines = Files.readString(summary, StandardCharsets.UTF_8)
          .replace("\uFEFF", "")
          .lines()
          .toList();
      List<String> header = CsvMutation.split(lines.get(0));
      int probMet = header.indexOf("prob_met");
      for (String line : lines.subList(1, lines.size())) {
        List<String> cells = CsvMutation.split(line);
        boolean forecast =
            probMet >= 0 && probMet < cells.size() && !cells.get(probMet).isBlank();
        for (int c = 0; c < Math.min(cells.size(), header.size()); c++) {
          String column = header.get(c);
          String cell = cells.get(c).replace("\"", "").strip();
          if (NUMERIC_COLUMNS.contains(column) && NON_FINITE.matcher(cell).matches()) {
            failures.add(new Failure(
                "summary-non-finite",
                "summary.csv column " + column + " holds " + cell,
                evidence + "  summary.csv: " + line + "\n"));
            return;
          }
          if (forecast && STATISTICS.contains(column) && cell.isEmpty()) {
            failures.add(new Failure(
                "summary-non-finite",
                "summary.csv column " + column + " empty (NaN) in a forecast row",
                evidence + "  summary.csv: " + line + "\n"));
            return;
          }
        }
      }
      Path fan = summary.resolveSibling("fan.csv");
      if (Files.isRegularFile(fan)) {
        List<String> fanLines = Files.readAllLines(fan, StandardCharsets.UTF_8);
        List<String> fanHeader = CsvMutation.split(fanLines.get(0).replace("\uFEFF", ""));
        for (String line : fanLines.subList(1, fanLines.size())) {
          List<String> cells = CsvMutation.split(line);
          for (int c = 0; c < Math.min(cells.size(), fanHeader.size()); c++) {
            String cell = cells.get(c);
            boolean numeric =
                fanHeader.get(c).startsWith("ytd_") || fanHeader.get(c).startsWith("growth_");
            if (numeric && NON_FINITE.matcher(cell.replace("\"", "").strip()).matches()) {
              failures.add(new Failure(
                  "fan-non-finite",
                  "fan.csv holds " + cell.strip(),
                  evidence + "  fan.csv: " + line + "\n"));
              return;
            }
          }
        }
      }
    } catch (IOException e) {
      failures.add(
          new Failure("summary-missing", "summary.csv unreadable: " + name, evidence + "  " + e));
    }
  }

  /** The folder, or a staging sibling {@code .NAME.partial-*} of it. */
  private static boolean leftOutput(Path out) {
    if (Files.exists(out)) {
      return true;
    }
    try (Stream<Path> siblings = Files.list(out.getParent())) {
      return siblings.anyMatch(
          p -> p.getFileName().toString().startsWith("." + out.getFileName() + ".partial"));
    } catch (IOException e) {
      return false;
    }
  }

  /** The first exception named in a stack trace, with the first engine frame after it. */
  static String exceptionOf(String text) {
    Matcher name = EXCEPTION.matcher(text);
    String exception = name.find() ? name.group(1) : "(no exception named)";
    Matcher frame = ENGINE_FRAME.matcher(text);
    return exception + (frame.find() ? " at " + frame.group(1) : "");
  }

  private static String frameOf(Throwable t) {
    for (StackTraceElement e : t.getStackTrace()) {
      if (e.getClassName().startsWith("dev.zhanwang")) {
        return " at " + e.getClassName() + "." + e.getMethodName();
      }
    }
    return "";
  }

  /** A line with the case folder, numbers and quoted or echoed values blurred, to group by. */
  static String shape(String line, String caseDir) {
    String shaped = line.replace(caseDir, "<case>")
        .replaceAll("<case>[^: ]*", "<file>")
        .replaceAll("(indicators|composites|weights|loadings)\\.[^.: ]*", "$1.<id>")
        .replaceAll("\\d+", "N");
    return shaped.length() > 90 ? shaped.substring(0, 90) + "..." : shaped;
  }

  /** The message's rule (the part before ", but"), without file, position and field. */
  static String ruleShape(String line, String caseDir) {
    String text = line.replace(caseDir, "<case>");
    int start = text.indexOf(": ");
    String message = start < 0 ? text : text.substring(start + 2);
    int but = message.indexOf(", but");
    if (but >= 0) {
      message = message.substring(0, but);
    }
    // The closest id differs from case to case; the rule, not the typo, makes the class.
    return shape(message.replaceAll(" \\(did you mean [^)]*\\)", ""), caseDir);
  }

  private static String firstLineShape(String err, String caseDir) {
    return err.lines().findFirst().map(l -> ruleShape(l, caseDir)).orElse("(nothing)");
  }

  private static String indent(String label, String text) {
    if (text.isBlank()) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    text.lines()
        .limit(40)
        .forEach(
            l -> b.append("  ").append(label).append("| ").append(escape(l)).append('\n'));
    return b.toString();
  }

  /** Control characters as \\uXXXX, so that the report itself stays one line per line. */
  static String escape(String text) {
    StringBuilder b = new StringBuilder();
    text.codePoints().forEach(c -> {
      if (c < 0x20 && c != '\t'
          || c == 0x7F
          || c == 0x85
          || c == 0x2028
          || c == 0x2029
          || (c >= 0x202A && c <= 0x202E)
          || (c >= 0x2066 && c <= 0x2069)
          || (c >= 0xD800 && c <= 0xDFFF)) { // a lone surrogate cannot be written as UTF-8
        b.append(String.format("\\u%04X", c));
      } else {
        b.appendCodePoint(c);
      }
    });
    return b.toString();
  }

  private static String head(String text, int lines) {
    return String.join("\n", text.lines().limit(lines).toList());
  }
}
