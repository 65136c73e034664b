package dev.zhanwang.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * One change to a scenario file's text: which operator, in which file of the scenario's
 * {@code extends} chain, where and with what (drawn numbers, taken modulo the number of places
 * and values).
 *
 * @param op the operator
 * @param file which file of the chain (modulo its length)
 * @param where which place in the file
 * @param what which value or variant
 */
record YamlMutation(Op op, int file, int where, int what) {

  /** The operators on scenario files. */
  enum Op {
    DELETE_KEY,
    DUPLICATE_KEY,
    REPLACE_SCALAR,
    REPLACE_NUMBER,
    REPLACE_VALUE,
    EXTREME_NUMBER,
    SWAP_MODEL,
    RENAME_KEY,
    CHANGE_ID,
    INSERT_CHARS,
    INSERT_RAW,
    MATRIX,
    PATH,
    EXTENDS,
    YAML_FEATURE,
    LINE,
    ENCODING,
    TRUNCATE
  }

  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
  private static final Pattern EXTENDS_LINE = Pattern.compile("(?m)^extends:.*$");
  private static final List<String> PARAMETERS = List.of(
      "growth_pct",
      "uncertainty_pct",
      "sigma",
      "phi",
      "skew",
      "df",
      "probability",
      "size",
      "month",
      "year",
      "paths",
      "seed");

  /** One to three changes, each with every operator equally likely. */
  static List<YamlMutation> draw(SplittableRandom random) {
    List<YamlMutation> mutations = new ArrayList<>();
    for (int n = 1 + random.nextInt(3); mutations.size() < n; ) {
      mutations.add(new YamlMutation(
          Op.values()[random.nextInt(Op.values().length)],
          random.nextInt(4),
          random.nextInt(1 << 20),
          random.nextInt(1 << 20)));
    }
    return mutations;
  }

  /** Applies the change to {@code file} of {@code files}; returns what it did, in words. */
  String apply(CaseFiles files, String file) {
    String text = files.text(file);
    String folder = file.contains("/") ? file.substring(0, file.lastIndexOf('/') + 1) : "";
    String done = switch (op) {
      case ENCODING -> {
        ByteChanges.Named change = Pools.pick(ByteChanges.ENCODINGS, what);
        files.changeBytes(file, change.change());
        yield change.name();
      }
      case TRUNCATE -> {
        ByteChanges.Named change = ByteChanges.truncate(where);
        files.changeBytes(file, change.change());
        yield change.name();
      }
      case EXTENDS -> extendsChain(files, file, folder);
      case LINE -> line(files, file, text);
      case INSERT_RAW -> {
        int at = Math.floorMod(where, text.length() + 1);
        String chars = Pools.pick(Pools.CHARS, what);
        files.put(file, YamlTree.replace(text, at, at, chars));
        yield "inserted " + Oracle.escape(chars) + " at offset " + at;
      }
      default ->
        YamlTree.parse(text)
            .map(tree -> onTree(files, file, folder, tree))
            .orElseGet(() -> line(files, file, text) + " (the file is no longer YAML)");
    };
    return file + ": " + op + " " + done;
  }

  private String onTree(CaseFiles files, String file, String folder, YamlTree tree) {
    String text = tree.text;
    List<YamlTree.Entry> entries = tree.entries;
    if (entries.isEmpty()) {
      return line(files, file, text) + " (no entries)";
    }
    YamlTree.Entry entry = Pools.pick(entries, where);
    switch (op) {
      case DELETE_KEY -> {
        if (entry.flow()) {
          int from = tree.start(entry.key());
          int to = tree.end(entry.value());
          to = text.startsWith(", ", to) ? to + 2 : to;
          files.put(file, YamlTree.replace(text, from, to, ""));
        } else {
          int[] range = tree.blockRange(entry);
          files.put(file, YamlTree.replace(text, range[0], range[1], ""));
        }
        return "deleted " + entry.path();
      }
      case DUPLICATE_KEY -> {
        if (entry.flow()) {
          int to = tree.end(entry.value());
          String copy = text.substring(tree.start(entry.key()), to);
          files.put(file, YamlTree.replace(text, to, to, ", " + copy));
        } else {
          int[] range = tree.blockRange(entry);
          String copy = text.substring(range[0], range[1]);
          files.put(
              file,
              YamlTree.replace(text, range[1], range[1], copy.endsWith("\n") ? copy : "\n" + copy));
        }
        return "duplicated " + entry.path();
      }
      case REPLACE_VALUE -> {
        String with = Pools.pick(Pools.TYPES, what);
        return replaceValue(files, file, tree, entry, with);
      }
      case RENAME_KEY -> {
        int from = tree.start(entry.key());
        int to = tree.end(entry.key());
        String key = text.substring(from, to);
        String renamed = typo(key, what);
        files.put(file, YamlTree.replace(text, from, to, renamed));
        return "renamed key " + entry.path() + " to " + Oracle.escape(renamed);
      }
      default -> {
        return onScalarsOrSections(files, file, folder, tree, entry);
      }
    }
  }

  private String onScalarsOrSections(
      CaseFiles files, String file, String folder, YamlTree tree, YamlTree.Entry entry) {
    String text = tree.text;
    switch (op) {
      case REPLACE_SCALAR, INSERT_CHARS, REPLACE_NUMBER, EXTREME_NUMBER, CHANGE_ID -> {
        List<YamlTree.Scalar> scalars = switch (op) {
          case REPLACE_NUMBER ->
            tree.scalars.stream()
                .filter(s -> NUMBER.matcher(s.node().getValue()).matches())
                .toList();
          case EXTREME_NUMBER ->
            tree.scalars.stream()
                .filter(s -> PARAMETERS.stream().anyMatch(p -> s.path().endsWith("." + p))
                    || s.path().contains("seasonality")
                    || s.path().contains("weights")
                    || s.path().contains("loadings")
                    || s.path().contains("month_shares"))
                .toList();
          case CHANGE_ID ->
            tree.scalars.stream()
                .filter(s -> s.path().startsWith("correlation.indicators")
                    || s.path().endsWith(".indicator"))
                .toList();
          default -> tree.scalars;
        };
        if (op == Op.CHANGE_ID && (scalars.isEmpty() || Math.floorMod(what, 2) == 0)) {
          List<YamlTree.Entry> ids = tree.entries.stream()
              .filter(e -> e.path()
                  .matches(
                      "(indicators|composites|correlation|indicators\\.[^.]+\\.loadings)\\.[^.]+|"
                          + "composites\\.[^.]+\\.weights\\.[^.]+"))
              .toList();
          if (!ids.isEmpty()) {
            YamlTree.Entry id = Pools.pick(ids, where);
            int from = tree.start(id.key());
            int to = tree.end(id.key());
            String renamed = typo(text.substring(from, to), what / 2);
            files.put(file, YamlTree.replace(text, from, to, renamed));
            return "changed id " + id.path() + " to " + Oracle.escape(renamed);
          }
        }
        if (scalars.isEmpty()) {
          scalars = tree.scalars;
        }
        if (scalars.isEmpty()) {
          return line(files, file, text) + " (no scalars)";
        }
        YamlTree.Scalar scalar = Pools.pick(scalars, where);
        int[] range = tree.valueRange(scalar.node());
        String with = switch (op) {
          case REPLACE_NUMBER -> Pools.pick(Pools.NUMBERS, what);
          case EXTREME_NUMBER -> Pools.pick(Pools.EXTREMES, what);
          case CHANGE_ID -> typo(scalar.node().getValue(), what / 2);
          case INSERT_CHARS -> {
            String old = text.substring(range[0], range[1]);
            int at = Math.floorMod(what / 64, old.length() + 1);
            yield old.substring(0, at) + Pools.pick(Pools.CHARS, what) + old.substring(at);
          }
          default -> Pools.pick(Pools.TEXTS, what);
        };
        files.put(file, YamlTree.replace(text, range[0], range[1], with));
        return "set " + scalar.path() + " to " + Oracle.escape(abbreviate(with));
      }
      case SWAP_MODEL -> {
        return swapModel(files, file, tree);
      }
      case MATRIX -> {
        return matrix(files, file, tree);
      }
      case PATH -> {
        return path(files, file, folder, tree);
      }
      case YAML_FEATURE -> {
        return feature(files, file, tree, entry);
      }
      default -> throw new IllegalStateException("unhandled " + op);
    }
  }

  private String replaceValue(
      CaseFiles files, String file, YamlTree tree, YamlTree.Entry entry, String with) {
    int[] range = tree.valueRange(entry.value());
    files.put(file, YamlTree.replace(tree.text, range[0], range[1], with));
    return "set " + entry.path() + " to " + Oracle.escape(abbreviate(with));
  }

  /** Another model for an indicator, with the parameter it needs at an extreme value. */
  private String swapModel(CaseFiles files, String file, YamlTree tree) {
    List<YamlTree.Entry> models = tree.entries.stream()
        .filter(e -> e.path().matches("indicators\\.[^.]+\\.model") && !e.flow())
        .toList();
    if (models.isEmpty()) {
      return line(files, file, tree.text) + " (no models)";
    }
    YamlTree.Entry model = Pools.pick(models, where);
    String value = Pools.pick(Pools.EXTREMES, what / 9);
    String indent = tree.indentAt(tree.start(model.key()));
    String replacement = switch (Math.floorMod(what, 9)) {
      case 0 -> "student-t\n" + indent + "df: " + value;
      case 1 -> "split-normal\n" + indent + "skew: " + value;
      case 2 -> "factor\n" + indent + "loadings: {auto_cycle: " + value + "}";
      case 3 -> "ar1-monthly\n" + indent + "phi: " + value;
      case 4 -> "iid-lognormal";
      case 5 -> "ets-trend";
      case 6 -> "bootstrap";
      case 7 -> "negative-binomial";
      default -> "factor\n" + indent + "loadings: {a: 0.6, b: 0.6, c: " + value + "}";
    };
    int[] range = tree.valueRange(model.value());
    // Parameters the new model does not take are left in place: validate must say so.
    files.put(file, YamlTree.replace(tree.text, range[0], range[1], replacement));
    return "set " + model.path() + " to " + Oracle.escape(replacement);
  }

  /** A correlation matrix made asymmetric, not positive semi-definite, of the wrong size, ... */
  private String matrix(CaseFiles files, String file, YamlTree tree) {
    Optional<YamlTree.Entry> matrix = tree.entry("correlation.matrix");
    Optional<YamlTree.Entry> list = tree.entry("correlation.indicators");
    List<List<String>> m = new ArrayList<>();
    if (matrix.isPresent() && matrix.get().value() instanceof SequenceNode rows) {
      for (var row : rows.getValue()) {
        List<String> cells = new ArrayList<>();
        if (row instanceof SequenceNode seq) {
          seq.getValue().forEach(c -> cells.add(c instanceof ScalarNode s ? s.getValue() : "0"));
        }
        m.add(cells);
      }
    }
    if (m.isEmpty()) {
      for (int i = 0; i < 8; i++) { // the baseline's indicator list has 8 entries
        List<String> cells = new ArrayList<>();
        for (int j = 0; j < 8; j++) {
          cells.add(i == j ? "1.0" : "0.3");
        }
        m.add(cells);
      }
    }
    int n = m.size();
    String what;
    int variant = Math.floorMod(this.what, 25);
    if (n < 3 && variant < 3) {
      variant = 4;
    }
    switch (variant) {
      case 0 -> {
        set(m, 0, 1, "0.95", false);
        what = "asymmetric [0][1]";
      }
      case 1 -> {
        set(m, 0, 1, "0.9", true);
        set(m, 0, 2, "0.9", true);
        set(m, 1, 2, "-0.9", true);
        what = "not positive semi-definite";
      }
      case 2 -> {
        fill(m, "-1");
        what = "all off-diagonal -1";
      }
      case 3 -> {
        fill(m, "1");
        what = "all ones (singular)";
      }
      case 4 -> {
        m.remove(n - 1);
        what = "last row dropped";
      }
      case 5 -> {
        if (!m.get(0).isEmpty()) {
          m.get(0).remove(m.get(0).size() - 1);
        }
        what = "row 0 one entry short";
      }
      case 6 -> {
        List<String> extra = new ArrayList<>();
        for (int j = 0; j < n; j++) {
          extra.add("0");
        }
        m.add(extra);
        what = "an extra row";
      }
      case 7 -> {
        m.get(0).add("0");
        what = "row 0 one entry long";
      }
      case 8 -> {
        set(m, 0, 0, "0.5", false);
        what = "diagonal 0.5";
      }
      case 9 -> {
        set(m, 0, 0, "1.0000001", false);
        what = "diagonal 1.0000001";
      }
      case 10 -> {
        set(m, 0, 1, ".nan", true);
        what = "NaN entries";
      }
      case 11 -> {
        set(m, 0, 1, "high", true);
        what = "text entries";
      }
      case 12 -> {
        set(m, 0, 1, "1.5", true);
        what = "entries 1.5";
      }
      case 13 -> {
        m.clear();
        what = "empty matrix";
      }
      case 14 -> {
        set(m, 0, 1, "0.3", true);
        set(m, 0, 1, "0.30000000000000004", false);
        what = "asymmetric by one ulp";
      }
      case 15 -> {
        set(m, 0, 1, "0.9999999999", true);
        what = "nearly singular";
      }
      case 16 -> {
        fill(m, "0");
        what = "identity";
      }
      case 17 -> {
        fill(m, "1");
        if (n > 1) {
          set(m, 0, 1, "0.999999999999", true);
        }
        what = "all ones but one pair, smallest eigenvalue about -1e-12";
      }
      case 18 -> {
        set(m, 0, 1, "-0.0", true);
        what = "-0.0 entries";
      }
      case 19 -> {
        set(m, 0, 1, "1e-320", true);
        what = "subnormal entries";
      }
      case 20 -> {
        set(m, 0, 1, "'0.5'", true);
        what = "quoted entries";
      }
      case 21 -> {
        set(m, 0, 1, "1e308", true);
        what = "entries 1e308";
      }
      case 22 -> {
        fill(m, "0.999999");
        what = "all 0.999999";
      }
      case 23 -> {
        set(m, 0, 1, "-1", true);
        what = "perfect negative pair";
      }
      default -> {
        if (list.isPresent()
            && list.get().value() instanceof SequenceNode ids
            && !ids.getValue().isEmpty()) {
          int[] range = tree.valueRange(list.get().value());
          List<String> names = ids.getValue().stream()
              .map(x -> x instanceof ScalarNode s ? s.getValue() : "x")
              .collect(Collectors.toCollection(ArrayList::new));
          names.set(names.size() - 1, names.get(0));
          files.put(
              file,
              YamlTree.replace(
                  tree.text, range[0], range[1], "[" + String.join(", ", names) + "]"));
          return "correlation.indicators: last id replaced by a repeat of the first";
        }
        set(m, 0, 1, "0.5", true);
        what = "a pair 0.5";
      }
    }
    String flow = "["
        + m.stream().map(r -> "[" + String.join(", ", r) + "]").collect(Collectors.joining(", "))
        + "]";
    if (matrix.isPresent()) {
      int[] range = tree.valueRange(matrix.get().value());
      files.put(file, YamlTree.replace(tree.text, range[0], range[1], flow));
    } else {
      Optional<YamlTree.Entry> correlation = tree.entry("correlation");
      String text = tree.text;
      if (correlation.isPresent()) {
        int at = tree.lineEnd(tree.start(correlation.get().key()));
        files.put(file, YamlTree.replace(text, at, at, "  matrix: " + flow + "\n"));
      } else {
        files.put(
            file,
            text + (text.endsWith("\n") ? "" : "\n") + "correlation:\n  matrix: " + flow + "\n");
      }
    }
    return "correlation.matrix " + what;
  }

  private static void set(List<List<String>> m, int i, int j, String value, boolean symmetric) {
    if (i < m.size() && j < m.get(i).size()) {
      m.get(i).set(j, value);
    }
    if (symmetric && j < m.size() && i < m.get(j).size()) {
      m.get(j).set(i, value);
    }
  }

  private static void fill(List<List<String>> m, String offDiagonal) {
    for (int i = 0; i < m.size(); i++) {
      for (int j = 0; j < m.get(i).size(); j++) {
        m.get(i).set(j, i == j ? "1" : offDiagonal);
      }
    }
  }

  /** A file path (data, history, extends) written another way or pointing elsewhere. */
  private String path(CaseFiles files, String file, String folder, YamlTree tree) {
    List<YamlTree.Entry> paths = tree.entries.stream()
        .filter(e -> e.path().matches("data\\.figures|data\\.targets|history|extends"))
        .toList();
    if (paths.isEmpty()) {
      String text = tree.text;
      String with = "history: " + pathVariant("history/synthetic-example.csv", folder, what);
      files.put(file, text + (text.endsWith("\n") ? "" : "\n") + with + "\n");
      return "added " + Oracle.escape(with);
    }
    YamlTree.Entry entry = Pools.pick(paths, where);
    String old = entry.value() instanceof ScalarNode s ? s.getValue() : "x.csv";
    if (Math.floorMod(what, 40) == 39) {
      // A link is made by the file system: to a path an earlier mutation broke, a dangling one.
      files.link(folder + "fuzz-link.csv", old.indexOf('\0') < 0 ? old : "x.csv");
      return replaceValue(files, file, tree, entry, "fuzz-link.csv") + " (a symbolic link to " + old
          + ")";
    }
    if (Math.floorMod(what, 40) == 38) {
      files.link(folder + "fuzz-dangling.csv", "nowhere/missing.csv");
      return replaceValue(files, file, tree, entry, "fuzz-dangling.csv")
          + " (a dangling symbolic link)";
    }
    return replaceValue(files, file, tree, entry, pathVariant(old, folder, what));
  }

  private static String pathVariant(String old, String folder, int what) {
    String base = old.contains("/") ? old.substring(old.lastIndexOf('/') + 1) : old;
    String dir = old.contains("/") ? old.substring(0, old.lastIndexOf('/')) : ".";
    List<String> variants = List.of(
        CaseFiles.CASE + "/" + folder + old,
        "./" + old,
        dir + "/../" + old,
        "../" + old,
        "../../../../../../../../../../etc/os-release",
        "/etc/os-release",
        "/dev/null",
        "/dev/zero",
        dir,
        ".",
        "''",
        "/",
        "missing.csv",
        old.replace('/', '\\'),
        old.toUpperCase(),
        "\"" + old + "\\0\"",
        "\"" + old + "\\n\"",
        "a".repeat(300) + ".csv",
        "~/" + old,
        "file:" + old,
        "C:\\Users\\planner\\" + base,
        "\"" + old + " \"",
        "ｄａｔａ/" + base,
        "data/liudong-2023-targets.csv",
        "data/liudong-2022.csv",
        "history/synthetic-example.csv",
        "liudong-2023-baseline.yaml",
        "[" + old + "]",
        "5",
        CaseFiles.CASE,
        "\"" + old + "\\u2028\"",
        "%2e%2e/" + old,
        "bench/rw1-figures.csv",
        "history/synthetic-targets.csv",
        old + "/",
        "\"\\t" + old + "\"",
        CaseFiles.CASE + "/../" + old,
        "//" + old);
    return Pools.pick(variants, what);
  }

  /** extends: cycles (self, through the parent, through a symbolic link), odd targets. */
  private String extendsChain(CaseFiles files, String file, String folder) {
    String name = file.substring(folder.length());
    String text = files.text(file);
    Matcher current = EXTENDS_LINE.matcher(text);
    String parent =
        current.find() ? current.group().substring("extends:".length()).trim() : null;
    int variant = Math.floorMod(what, 17);
    String target;
    String note;
    switch (variant) {
      case 0 -> {
        target = name;
        note = "itself";
      }
      case 1 -> {
        target = "./" + name;
        note = "itself as ./";
      }
      case 2 -> {
        target = CaseFiles.CASE + "/" + file;
        note = "itself by absolute path";
      }
      case 3 -> {
        if (parent != null && files.has(folder + parent)) {
          files.put(folder + parent, setExtends(files.text(folder + parent), name));
          return file + ": EXTENDS its parent " + parent + " made to extend " + name + " (a cycle)";
        }
        target =
            folder.isEmpty() ? "liudong-2023-optimistic.yaml" : "../liudong-2023-optimistic.yaml";
        note = "the optimistic scenario, which extends the baseline";
      }
      case 4 -> {
        files.link(folder + "fuzz-alias.yaml", name);
        target = "fuzz-alias.yaml";
        note = "a symbolic link to itself";
      }
      case 5 -> {
        if (parent != null && files.has(folder + parent)) {
          files.link(folder + "fuzz-alias.yaml", name);
          files.put(folder + parent, setExtends(files.text(folder + parent), "fuzz-alias.yaml"));
          return file + ": EXTENDS its parent " + parent + " made to extend a symbolic link to "
              + name;
        }
        files.link(folder + "fuzz-alias.yaml", name);
        target = "fuzz-alias.yaml";
        note = "a symbolic link to itself";
      }
      case 6 -> {
        target = "missing.yaml";
        note = "a missing file";
      }
      case 7 -> {
        target = "data/liudong-2022.csv";
        note = "a CSV file";
      }
      case 8 -> {
        target = "data";
        note = "a folder";
      }
      case 9 -> {
        target = "[liudong-2023-baseline.yaml, liudong-2023-optimistic.yaml]";
        note = "a list";
      }
      case 10 -> {
        target = "''";
        note = "empty text";
      }
      case 11 -> {
        target = "~";
        note = "null";
      }
      case 12 -> {
        target = "5";
        note = "a number";
      }
      case 13 -> {
        int length = 2 + Math.floorMod(where, 60);
        for (int i = 0; i < length; i++) {
          files.put(
              folder + "fuzz-chain-" + i + ".yaml",
              "extends: "
                  + (i + 1 < length
                      ? "fuzz-chain-" + (i + 1) + ".yaml"
                      : parent == null ? "fuzz-chain-0.yaml" : parent)
                  + "\n");
        }
        target = "fuzz-chain-0.yaml";
        note = "a chain of " + length + " files" + (parent == null ? " that cycles" : "");
      }
      case 14 -> {
        target = "/dev/null";
        note = "/dev/null";
      }
      case 15 -> {
        target = "../" + name;
        note = "../ itself (missing)";
      }
      default -> {
        target = "bench/../" + name;
        note = "itself through bench/..";
      }
    }
    files.put(file, setExtends(text, target));
    return file + ": EXTENDS " + Oracle.escape(target) + " (" + note + ")";
  }

  private static String setExtends(String text, String target) {
    Matcher current = EXTENDS_LINE.matcher(text);
    String line = "extends: " + target;
    return current.find()
        ? current.replaceFirst(Matcher.quoteReplacement(line))
        : line + "\n" + text;
  }

  /** YAML's own features: anchors, aliases, tags, several documents, nesting, odd keys. */
  private String feature(CaseFiles files, String file, YamlTree tree, YamlTree.Entry entry) {
    String text = tree.text;
    int variant = Math.floorMod(what, 24);
    String result;
    String note;
    switch (variant) {
      case 0 -> {
        YamlTree.Scalar a = Pools.pick(tree.scalars, where);
        YamlTree.Scalar b = Pools.pick(tree.scalars, where / 7 + 1);
        int[] ra = tree.valueRange(a.node());
        int[] rb = tree.valueRange(b.node());
        if (ra[0] == rb[0]) {
          return line(files, file, text);
        }
        String first = ra[0] < rb[0] ? "&a1 " + text.substring(ra[0], ra[1]) : "*a1";
        String second = ra[0] < rb[0] ? "*a1" : "&a1 " + text.substring(rb[0], rb[1]);
        int[] lo = ra[0] < rb[0] ? ra : rb;
        int[] hi = ra[0] < rb[0] ? rb : ra;
        result =
            YamlTree.replace(YamlTree.replace(text, hi[0], hi[1], second), lo[0], lo[1], first);
        note = "an anchor on " + a.path() + " and an alias of it at " + b.path();
      }
      case 1 -> {
        int[] r = tree.valueRange(entry.value());
        result = YamlTree.replace(text, r[0], r[1], "*undefined");
        note = "an undefined alias at " + entry.path();
      }
      case 2 -> {
        int[] r = tree.valueRange(entry.value());
        result = YamlTree.replace(text, r[0], r[1], "&loop [*loop]");
        note = "a list containing itself at " + entry.path();
      }
      case 3 -> {
        StringBuilder bomb = new StringBuilder("\nfuzz_a: &a [" + "x, ".repeat(999) + "x]\n");
        bomb.append("fuzz_b: &b [").append("*a, ".repeat(24)).append("*a]\n");
        bomb.append("fuzz_c: [").append("*b, ".repeat(24)).append("*b]\n");
        result = text + bomb;
        note = "aliases expanding to 625,000 nodes";
      }
      case 4 -> {
        result = text + "\n---\nname: second\n";
        note = "a second document";
      }
      case 5 -> {
        result = "%YAML 1.1\n---\n" + text;
        note = "a %YAML 1.1 directive";
      }
      case 6 -> {
        result = "---\n" + text + "\n...\n";
        note = "explicit document markers";
      }
      case 7 -> {
        int[] r = tree.valueRange(entry.value());
        int depth = 200 + Math.floorMod(where, 20_000);
        result = YamlTree.replace(text, r[0], r[1], "[".repeat(depth) + "]".repeat(depth));
        note = "lists nested " + depth + " deep at " + entry.path();
      }
      case 8 -> {
        int[] r = tree.valueRange(entry.value());
        result = YamlTree.replace(text, r[0], r[1], "x".repeat(4_000_000));
        note = "a 4,000,000-character value at " + entry.path();
      }
      case 9 -> {
        List<Integer> indented = new ArrayList<>();
        for (int i = text.indexOf("\n  "); i >= 0; i = text.indexOf("\n  ", i + 1)) {
          indented.add(i + 1);
        }
        if (indented.isEmpty()) {
          return line(files, file, text);
        }
        int at = Pools.pick(indented, where);
        result = YamlTree.replace(text, at, at + 2, "\t");
        note = "a tab as indentation at offset " + at;
      }
      case 10 -> {
        result = text + "\n? [a, b]\n: 1\n";
        note = "a list as a key";
      }
      case 11 -> {
        result = text + "\n{a: 1}: 2\n";
        note = "a mapping as a key";
      }
      case 12 -> {
        result = text + "\n~: 1\n";
        note = "a null key";
      }
      case 13 -> {
        result = text + "\n1: 2\n";
        note = "an integer key";
      }
      case 14 -> {
        result = text + "\ntrue: 1\n";
        note = "a boolean key";
      }
      case 15 -> {
        YamlTree.Scalar s = Pools.pick(tree.scalars, where);
        int[] r = tree.valueRange(s.node());
        String tag = Pools.pick(
            List.of(
                "!!int abc",
                "!!float abc",
                "!!str 5",
                "!!bool yes",
                "!!int 0x1F",
                "!!float .nan",
                "!!null ''",
                "!custom x",
                "!!int",
                "!!float 1e400",
                "!!int 99999999999999999999",
                "!!binary \"not base64!\"",
                "!!float ''"),
            where / 3);
        result = YamlTree.replace(text, r[0], r[1], tag);
        note = "tagged " + s.path() + " as " + tag;
      }
      case 16 -> {
        int from = tree.start(entry.key());
        int to = tree.end(entry.key());
        String key = Pools.pick(
            List.of(
                "\"a: b\"",
                "\"a.b\"",
                "\"\"",
                "'x y'",
                "\"\\n\"",
                "\"展望\"",
                "!!str key",
                "!!int 5",
                "&k key",
                "\"[0]\""),
            where);
        result = YamlTree.replace(text, from, to, key);
        note = "key " + entry.path() + " written as " + key;
      }
      case 17 -> {
        result = Pools.pick(
            List.of(
                "",
                "   \n",
                "# only a comment\n",
                "---\n",
                "~\n",
                "[]\n",
                "\"text\"\n",
                "42\n",
                "- a\n- b\n",
                "{}\n",
                "\uFEFF\n",
                "...\n",
                "!!map {}\n",
                "? \n"),
            where);
        note = "the whole file replaced by " + Oracle.escape(result);
      }
      case 18 -> {
        int at = tree.lineStart(tree.start(entry.key()));
        result = YamlTree.replace(text, at, at, "\uFEFF");
        note = "a byte-order mark at the start of line of " + entry.path();
      }
      case 19 -> {
        result = text + "\n" + "k".repeat(100_000) + ": 1\n";
        note = "a 100,000-character key";
      }
      case 20 -> {
        int[] r = tree.valueRange(entry.value());
        result = YamlTree.replace(text, r[0], r[1], "{".repeat(300) + "a: 1" + "}".repeat(300));
        note = "mappings nested 300 deep at " + entry.path();
      }
      case 21 -> {
        int at = tree.lineEnd(tree.start(entry.key())) - 1;
        result = at >= 0 && at < text.length() && text.charAt(at) == '\n'
            ? YamlTree.replace(text, at, at, " # 注释：中文，全角")
            : text + "# 注释";
        note = "a Chinese comment after " + entry.path();
      }
      case 22 -> {
        int colon = text.indexOf(':', tree.end(entry.key()));
        result = colon >= 0 ? YamlTree.replace(text, colon, colon + 1, "：") : text;
        note = "a full-width colon after " + entry.path();
      }
      default -> {
        int[] r = tree.valueRange(entry.value());
        result = YamlTree.replace(text, r[0], r[1], "!!binary |\n  R0lGODlh");
        note = "a binary value at " + entry.path();
      }
    }
    files.put(file, result);
    return note;
  }

  /** A whole line deleted, duplicated, swapped with the next, or indented differently. */
  private String line(CaseFiles files, String file, String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int i = Math.floorMod(where, lines.size());
    String kind;
    switch (Math.floorMod(what, 6)) {
      case 0 -> {
        lines.remove(i);
        kind = "deleted";
      }
      case 1 -> {
        lines.add(i, lines.get(i));
        kind = "duplicated";
      }
      case 2 -> {
        if (i + 1 < lines.size()) {
          String next = lines.get(i + 1);
          lines.set(i + 1, lines.get(i));
          lines.set(i, next);
        }
        kind = "swapped with the next";
      }
      case 3 -> {
        lines.set(i, " " + lines.get(i));
        kind = "indented by one space";
      }
      case 4 -> {
        lines.set(i, lines.get(i).stripLeading());
        kind = "dedented";
      }
      default -> {
        lines.set(i, lines.get(i) + " " + lines.get(i));
        kind = "doubled in place";
      }
    }
    files.put(file, String.join("\n", lines));
    return "line " + (i + 1) + " " + kind;
  }

  /** A near miss of a name: what a typing planner or a copy from Word produces. */
  static String typo(String name, int what) {
    if (name.isEmpty()) {
      return "x";
    }
    List<String> variants = List.of(
        name.substring(0, name.length() - 1),
        name.length() > 1 ? name.charAt(1) + name.substring(0, 1) + name.substring(2) : name + name,
        name.toUpperCase(),
        name + "_x",
        "\"" + name.substring(0, name.length() / 2) + " " + name.substring(name.length() / 2)
            + "\"",
        "指标" + name,
        name.replace('_', '-'),
        "\"" + name + " \"",
        name.replace("_", "＿"),
        "\"\"",
        "gdp",
        name.replace('a', 'а'),
        "\"" + name + "\\n\"",
        "industrial_output_total",
        "primary_va",
        "\"" + name + "\\t\"",
        name + "：",
        "规上工业总产值");
    return Pools.pick(variants, what);
  }

  private static String abbreviate(String text) {
    return text.length() > 60 ? text.substring(0, 40) + "...(" + text.length() + " chars)" : text;
  }
}
