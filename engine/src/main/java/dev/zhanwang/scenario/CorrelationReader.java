package dev.zhanwang.scenario;

import dev.zhanwang.input.NumberText;
import dev.zhanwang.input.Suggestions;
import dev.zhanwang.scenario.NodeReader.Fields;
import dev.zhanwang.scenario.NodeReader.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code correlation:} section: declared, distinct indicators and a correlation matrix over
 * them, entries in [-1, 1], unit diagonal, symmetric and positive semi-definite (else no Cholesky
 * factor exists and the shocks can't be drawn).
 *
 * <p>{@code pairs: {a~b: 0.7}} sets single pairs instead of retyping the whole matrix, over the
 * matrix given (a parent's, in a scenario that extends it) or, without one, over independence; an
 * indicator a pair names that the list lacks is added to it. Pairs can make a valid matrix
 * invalid: then the problem names the pair the nearest valid matrix ({@link NearestCorrelation})
 * changes most and by how much, and with {@code --repair-correlation} that nearest matrix is used
 * instead, with a warning that says so.
 */
final class CorrelationReader {
  static final List<String> KEYS = List.of("indicators", "matrix", "pairs", "assumption");
  /** Between the two indicators of a pair's key: {@code a~b}. */
  static final String PAIR_SEPARATOR = "~";
  /** Eigenvalues down to this are rounding noise of a semi-definite matrix, not a negative one. */
  static final double EIGENVALUE_TOLERANCE = -1e-10;

  private final NodeReader reader;
  private final IndicatorsReader.Declared declared;
  private final boolean repair;

  /**
   * @param repair whether a matrix that is not positive semi-definite is replaced by the nearest
   *     one that is (with a warning), rather than reported
   */
  CorrelationReader(NodeReader reader, IndicatorsReader.Declared declared, boolean repair) {
    this.reader = reader;
    this.declared = declared;
    this.repair = repair;
  }

  Optional<Correlation> read(Value value) {
    Optional<Fields> read = reader.mapping(value, KEYS);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Fields fields = read.get();
    int before = reader.count();
    Optional<Value> pairs = fields.optional("pairs");
    List<String> ids = new ArrayList<>();
    Optional<double[][]> matrix = Optional.of(new double[0][0]);
    if (pairs.isEmpty()
        || fields.optional("indicators").isPresent()
        || fields.optional("matrix").isPresent()) {
      Optional<List<Value>> listed =
          reader.required(fields, "indicators").flatMap(reader::sequence);
      listed.ifPresent(items -> items.forEach(item -> reader.string(item).ifPresent(id -> {
        if (ids.contains(id)) {
          reader.report(
              item,
              "must be unique, but was " + NodeReader.shown(id) + " again (also at ["
                  + ids.indexOf(id) + "])");
        } else if (!declared.includes(id)) {
          reader.report(
              item,
              "must be a declared indicator"
                  + Suggestions.didYouMean(id, declared.flows().keySet()) + ", but was "
                  + NodeReader.shown(id));
        }
        ids.add(id);
      })));
      matrix = listed.flatMap(
          items -> reader.required(fields, "matrix").flatMap(m -> matrix(m, items.size())));
    }
    Optional<String> assumption = fields.optional("assumption").flatMap(reader::string);
    if (reader.count() > before) {
      return Optional.empty();
    }
    double[][] m = matrix.orElseThrow();
    if (pairs.isPresent()) {
      Optional<double[][]> withPairs = pairs(pairs.get(), ids, m);
      if (withPairs.isEmpty()) {
        return Optional.empty();
      }
      m = withPairs.get();
    }
    Value where = pairs.orElseGet(() -> fields.optional("matrix").orElseThrow());
    return semiDefinite(where, ids, m)
        .map(valid -> new Correlation(ids, valid, assumption.orElse("")));
  }

  /**
   * {@code m} over {@code ids} with the pairs set, each pair checked; {@code ids} gains the
   * indicators the pairs name that it lacks (their correlation with every other is 0 until a
   * pair sets it).
   */
  private Optional<double[][]> pairs(Value value, List<String> ids, double[][] m) {
    Optional<Fields> read = reader.mapping(value, List.of());
    if (read.isEmpty()) {
      return Optional.empty();
    }
    int before = reader.count();
    List<String[]> keys = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (Value entry : read.get().entries().values()) {
      Value key = new Value(null, entry.key(), entry.field());
      String text = key.name();
      String[] parts = text.split(PAIR_SEPARATOR, -1);
      if (parts.length != 2 || parts[0].strip().isEmpty() || parts[1].strip().isEmpty()) {
        reader.report(
            key,
            "must be two indicators joined by '" + PAIR_SEPARATOR + "' (a~b), but was "
                + key.text());
        continue;
      }
      String a = parts[0].strip();
      String b = parts[1].strip();
      boolean known = true;
      for (String id : List.of(a, b)) {
        if (!declared.includes(id)) {
          reader.report(
              key,
              "must name declared indicators"
                  + Suggestions.didYouMean(id, declared.flows().keySet()) + ", but "
                  + NodeReader.shown(id) + " is not one");
          known = false;
        }
      }
      if (!known) {
        continue;
      }
      if (a.equals(b)) {
        reader.report(key, "must name two different indicators, but was " + key.text());
        continue;
      }
      String pair = a.compareTo(b) < 0 ? a + PAIR_SEPARATOR + b : b + PAIR_SEPARATOR + a;
      if (seen.contains(pair)) {
        reader.report(
            key, "must set each pair once, but " + key.text() + " sets " + pair + " again");
        continue;
      }
      seen.add(pair);
      Optional<Double> number = reader.number(entry, x -> x >= -1 && x <= 1, "in [-1, 1]");
      if (number.isPresent()) {
        keys.add(new String[] {a, b});
        values.add(number.get());
      }
    }
    if (reader.count() > before) {
      return Optional.empty();
    }
    for (String[] pair : keys) {
      for (String id : pair) {
        if (!ids.contains(id)) {
          ids.add(id);
        }
      }
    }
    double[][] result = new double[ids.size()][ids.size()];
    for (int i = 0; i < ids.size(); i++) {
      result[i][i] = 1.0;
      for (int j = 0; j < m.length && i < m.length; j++) {
        result[i][j] = m[i][j];
      }
    }
    for (int p = 0; p < keys.size(); p++) {
      int i = ids.indexOf(keys.get(p)[0]);
      int j = ids.indexOf(keys.get(p)[1]);
      result[i][j] = values.get(p);
      result[j][i] = values.get(p);
    }
    return Optional.of(result);
  }

  /** An {@code n x n} correlation matrix, checked entry by entry, then as a whole. */
  private Optional<double[][]> matrix(Value value, int n) {
    Optional<List<Value>> rows = reader.sequence(value);
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    if (rows.get().size() != n) {
      reader.report(
          value,
          "must have " + n + " rows (one per listed indicator), but had "
              + rows.get().size());
      return Optional.empty();
    }
    int before = reader.count();
    double[][] m = new double[n][];
    Value[][] entries = new Value[n][];
    for (int i = 0; i < n; i++) {
      Optional<List<Value>> row = reader.sequence(rows.get().get(i));
      if (row.isPresent() && row.get().size() != n) {
        reader.report(
            rows.get().get(i),
            "must have " + n
                + " entries (one per listed indicator), but had " + row.get().size()
                + NodeReader.fullWidthCommaHint(row.get()));
      } else if (row.isPresent()) {
        entries[i] = row.get().toArray(Value[]::new);
        m[i] = reader.numbers(row.get(), x -> x >= -1 && x <= 1, "in [-1, 1]").orElse(null);
        if (m[i] != null) {
          reader.check(entries[i][i], m[i][i] == 1.0, "1 on the diagonal");
        }
      }
    }
    if (reader.count() > before) {
      return Optional.empty();
    }
    return symmetric(m, entries) ? Optional.of(m) : Optional.empty();
  }

  private boolean symmetric(double[][] m, Value[][] entries) {
    for (int i = 0; i < m.length; i++) {
      for (int j = i + 1; j < m.length; j++) {
        if (m[i][j] != m[j][i]) {
          reader.report(
              entries[i][j],
              "must equal [" + j + "][" + i + "] (symmetric), but [" + i
                  + "][" + j + "] was " + entries[i][j].text() + " and [" + j + "][" + i + "] was "
                  + entries[j][i].text());
          return false;
        }
      }
    }
    return true;
  }

  /**
   * {@code m} when it is positive semi-definite; else, with repair, the nearest matrix that is
   * (and a warning at {@code value}), without it a problem at {@code value} naming the pair that
   * matrix changes most.
   */
  private Optional<double[][]> semiDefinite(Value value, List<String> ids, double[][] m) {
    double smallest = NearestCorrelation.smallestEigenvalue(m);
    if (smallest >= EIGENVALUE_TOLERANCE) {
      return Optional.of(m);
    }
    double[][] nearest = NearestCorrelation.of(m);
    int[] most = {0, 1};
    double largest = -1;
    for (int i = 0; i < m.length; i++) {
      for (int j = i + 1; j < m.length; j++) {
        double change = Math.abs(nearest[i][j] - m[i][j]);
        if (change > largest) {
          largest = change;
          most = new int[] {i, j};
        }
      }
    }
    String change = "the nearest valid matrix (Higham) changes "
        + ids.get(most[0]) + PAIR_SEPARATOR + ids.get(most[1]) + " most, "
        + NumberText.format(m[most[0]][most[1]]) + " -> "
        + String.format(Locale.ROOT, "%.3f", nearest[most[0]][most[1]]) + " (largest change "
        + String.format(Locale.ROOT, "%.3f", largest) + ")";
    if (repair) {
      reader.warn(
          value,
          "the correlation matrix was not positive semi-definite (smallest eigenvalue "
              + NumberText.format(smallest) + "), so --repair-correlation uses the nearest"
              + " valid one: " + change);
      return Optional.of(nearest);
    }
    reader.report(
        value,
        (value.field().endsWith(".pairs")
                ? "must leave the correlation matrix positive semi-definite"
                : "must be positive semi-definite")
            + ", but its smallest eigenvalue was " + NumberText.format(smallest) + "; " + change
            + "; run with --repair-correlation to use it");
    return Optional.empty();
  }
}
