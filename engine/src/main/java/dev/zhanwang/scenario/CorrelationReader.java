package dev.zhanwang.scenario;

import dev.zhanwang.input.NumberText;
import dev.zhanwang.input.Suggestions;
import dev.zhanwang.scenario.NodeReader.Fields;
import dev.zhanwang.scenario.NodeReader.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;

/**
 * The {@code correlation:} section: declared, distinct indicators and a correlation matrix over
 * them, entries in [-1, 1], unit diagonal, symmetric and positive semi-definite (else no Cholesky
 * factor exists and the shocks can't be drawn).
 */
final class CorrelationReader {
  static final List<String> KEYS = List.of("indicators", "matrix", "assumption");
  /** Eigenvalues down to this are rounding noise of a semi-definite matrix, not a negative one. */
  static final double EIGENVALUE_TOLERANCE = -1e-10;

  private final NodeReader reader;
  private final IndicatorsReader.Declared declared;

  CorrelationReader(NodeReader reader, IndicatorsReader.Declared declared) {
    this.reader = reader;
    this.declared = declared;
  }

  Optional<Correlation> read(Value value) {
    Optional<Fields> read = reader.mapping(value, KEYS);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Fields fields = read.get();
    int before = reader.count();
    List<String> ids = new ArrayList<>();
    Optional<List<Value>> listed = reader.required(fields, "indicators").flatMap(reader::sequence);
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
    Optional<double[][]> matrix = listed.flatMap(
        items -> reader.required(fields, "matrix").flatMap(m -> matrix(m, items.size())));
    Optional<String> assumption = fields.optional("assumption").flatMap(reader::string);
    return reader.count() > before
        ? Optional.empty()
        : Optional.of(new Correlation(ids, matrix.orElseThrow(), assumption.orElse("")));
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
    return symmetric(m, entries) && semiDefinite(value, m) ? Optional.of(m) : Optional.empty();
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

  private boolean semiDefinite(Value value, double[][] m) {
    if (m.length == 0) {
      return true;
    }
    double smallest = Arrays.stream(
            new EigenDecomposition(MatrixUtils.createRealMatrix(m)).getRealEigenvalues())
        .min()
        .orElseThrow();
    if (smallest < EIGENVALUE_TOLERANCE) {
      reader.report(
          value,
          "must be positive semi-definite, but its smallest eigenvalue was "
              + NumberText.format(smallest));
      return false;
    }
    return true;
  }
}
