package dev.zhanwang.scenario;

import dev.zhanwang.data.Baseline;
import dev.zhanwang.data.DataLoader;
import dev.zhanwang.data.Figure;
import dev.zhanwang.data.History;
import dev.zhanwang.data.HistoryLoader;
import dev.zhanwang.data.Target;
import dev.zhanwang.data.Year;
import dev.zhanwang.input.InvalidInputException;
import dev.zhanwang.input.Limit;
import dev.zhanwang.input.Problem;
import dev.zhanwang.input.Suggestions;
import dev.zhanwang.model.Calibration;
import dev.zhanwang.model.FittedModel;
import dev.zhanwang.model.GrowthModel;
import dev.zhanwang.model.GrowthPath;
import dev.zhanwang.model.Sampling;
import dev.zhanwang.scenario.NodeReader.Fields;
import dev.zhanwang.scenario.NodeReader.Value;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.DoublePredicate;
import java.util.regex.Pattern;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads a scenario YAML file, resolves {@code extends}, loads the data it names and validates
 * everything, collecting every problem before failing.
 *
 * <p>Data-dependent rules (known indicators, flows versus rates) are checked against the
 * {@link Baseline} the data files yield; when the data can't be read, its problems are reported
 * with the scenario's and those rules are skipped.
 */
public final class ScenarioLoader {
  static final double SUM_TOLERANCE = 1e-6;
  /** Eigenvalues down to this are rounding noise of a semi-definite matrix, not a negative one. */
  static final double EIGENVALUE_TOLERANCE = -1e-10;
  static final double DEFAULT_PHI = 0.5;
  /** Sane ranges: beyond them a value is a slip of the keyboard, not a forecast. */
  static final double MAX_GROWTH_PCT = 1000;
  static final double MAX_UNCERTAINTY_PCT = 100;
  static final double MAX_SIGMA = 0.3;
  static final double MAX_DF = 1000;

  private static final List<String> TOP_KEYS = List.of("name", "description",
      ScenarioChain.EXTENDS, "data", "simulation", "indicators", "composites", "correlation",
      "events", "history");
  private static final List<String> DATA_KEYS = List.of("figures", "targets");
  private static final List<String> SIMULATION_KEYS = List.of("year", "paths", "seed",
      "sampling");
  private static final List<String> INDICATOR_KEYS = List.of("model", "growth_pct",
      "uncertainty_pct", "sigma", "phi", "seasonality", "skew", "df", "loadings", "growth_path",
      "assumption");
  private static final List<String> EVENT_KEYS = List.of("name", "indicator", "probability",
      "month", "month_shares", "size", "assumption");
  /** Models a scenario simulates; project events are composed under events instead. */
  private static final List<GrowthModel> SIMULATED = List.of(GrowthModel.IID_LOGNORMAL,
      GrowthModel.AR1_MONTHLY, GrowthModel.SPLIT_NORMAL, GrowthModel.STUDENT_T,
      GrowthModel.FACTOR, GrowthModel.ETS_TREND, GrowthModel.BOOTSTRAP);
  /** Models whose parameters the loader fits from the scenario's history file. */
  private static final List<GrowthModel> FROM_HISTORY = List.of(GrowthModel.ETS_TREND,
      GrowthModel.BOOTSTRAP);
  private static final List<String> COMPOSITE_KEYS = List.of("weights", "assumption");
  private static final List<String> CORRELATION_KEYS =
      List.of("indicators", "matrix", "assumption");
  private static final List<String> ANY_KEY = List.of();
  /** Letters (with their marks, CJK included), digits, {@code -}, {@code _}, {@code .}. */
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}\\p{N}_.-]+");
  private static final String NOT_IN_NAME = "[^\\p{L}\\p{M}\\p{N}_.-]";
  static final String NAME_RULE = "a name of letters, digits, -, _ and . (not . or .. alone),"
      + " as it names the output folder";
  private static final String RATE_ONLY =
      "absent for a rate indicator (the data has no 2022 level)";

  private final NodeReader reader = new NodeReader();
  /** The scenario's history file, when it names one (for ets-trend and bootstrap). */
  private Optional<History> history = Optional.empty();
  private Optional<Baseline> baseline = Optional.empty();
  /** Each indicator written under {@code indicators}, with its flow flag if the data knows it. */
  private final Map<String, Optional<Boolean>> declared = new LinkedHashMap<>();
  /**
   * Known ids that unknown keys under {@code indicators} were probably typos of: mentions of
   * them elsewhere are not reported again.
   */
  private final Set<String> meantByTypos = new HashSet<>();

  private ScenarioLoader() {}

  /**
   * Loads and validates a scenario and the data it names.
   *
   * @throws InvalidInputException listing every problem, each with file, line, column and field
   */
  public static Scenario load(Path file) {
    return load(file, DataLoader::load);
  }

  /** Reads the figures and targets CSVs into a baseline; tests pass one built in code. */
  interface DataReader {
    /**
     * @throws InvalidInputException for problems in the files
     */
    Baseline read(Path figures, Path targets, Consumer<Problem> warnings);
  }

  /** Loads a scenario, reading its data with {@code dataReader}. */
  static Scenario load(Path file, DataReader dataReader) {
    return new ScenarioLoader().read(file, dataReader);
  }

  /**
   * The keys each section accepts, by where the section sits: {@code ""} the top level,
   * {@code "indicators.*"} any indicator, {@code "events[]"} any event. The schema test reads them
   * here, so that {@code scenarios/scenario.schema.json} cannot fall behind the loader.
   */
  static Map<String, List<String>> keysBySection() {
    return Map.of("", TOP_KEYS, "data", DATA_KEYS, "simulation", SIMULATION_KEYS,
        "indicators.*", INDICATOR_KEYS, "composites.*", COMPOSITE_KEYS,
        "correlation", CORRELATION_KEYS, "events[]", EVENT_KEYS);
  }

  private Scenario read(Path file, DataReader dataReader) {
    Optional<ScenarioChain> chain = ScenarioChain.read(file, reader);
    if (chain.isEmpty()) {
      throw new InvalidInputException(reader.problems());
    }
    Fields root = reader.mapping(new Value(null, chain.get().root(), ""), TOP_KEYS).orElseThrow();
    String name = root.optional("name").flatMap(this::name).orElse(defaultName(file));
    String description = root.optional("description").flatMap(reader::string).orElse("");
    Optional<List<Path>> dataFiles = reader.required(root, "data")
        .flatMap(v -> reader.mapping(v, DATA_KEYS)).flatMap(this::dataFiles);
    baseline = dataFiles.flatMap(files -> readData(files, dataReader));
    history = root.optional("history").flatMap(this::history);
    Optional<Simulation> simulation = reader.required(root, "simulation")
        .flatMap(v -> reader.mapping(v, SIMULATION_KEYS)).flatMap(this::simulation);
    List<IndicatorSpec> indicators = indicators(root);
    List<CompositeSpec> composites = root.optional("composites")
        .flatMap(v -> reader.mapping(v, ANY_KEY)).map(this::composites).orElse(List.of());
    Optional<Correlation> correlation = root.optional("correlation")
        .map(this::correlation).orElse(Optional.of(Correlation.none()));
    List<EventSpec> events = root.optional("events").map(this::events).orElse(List.of());
    correlation.ifPresent(c -> c.indicators().stream()
        .filter(id -> indicators.stream().anyMatch(
            spec -> spec.id().equals(id) && spec.model() == GrowthModel.FACTOR))
        .findFirst().ifPresent(id -> reader.report(root.optional("correlation").orElseThrow(),
            "must not list " + id + ", whose correlation comes from its factor loadings, but"
                + " lists it")));
    if (reader.count() > 0) {
      throw new InvalidInputException(reader.problems());
    }
    // The history is read too: it joins the data files, which the manifest pins with SHA-256.
    List<Path> read = new ArrayList<>(dataFiles.orElseThrow());
    history.ifPresent(h -> read.add(h.file()));
    return new Scenario(file, chain.get().files(), read, name, description,
        baseline.orElseThrow(), simulation.orElseThrow().year(),
        simulation.orElseThrow().settings(), indicators, composites, correlation.orElseThrow(),
        events, reader.warnings());
  }

  /**
   * {@code name:}, which names the default output folder: a name, never a path, so that a run
   * can only write where its project's {@code out} folder is.
   */
  private Optional<String> name(Value value) {
    return reader.string(value).filter(text -> {
      boolean valid = isName(text);
      if (!valid) {
        reader.report(value, "must be " + NAME_RULE + ", but was " + value.text());
      }
      return valid;
    });
  }

  /** Whether {@code text} follows {@link #NAME_RULE}. */
  static boolean isName(String text) {
    return NAME.matcher(text).matches() && !text.equals(".") && !text.equals("..");
  }

  /**
   * A scenario without {@code name:} is named after its file, each run of other characters
   * (spaces, say, in Windows' "baseline - 副本.yaml") becoming one {@code -}.
   */
  static String defaultName(Path file) {
    String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    String name = stem.replaceAll("-*(?:" + NOT_IN_NAME + "-*)+", "-");
    return isName(name) ? name : "scenario";
  }

  /** The figures and targets paths, each relative to the file it is written in. */
  private Optional<List<Path>> dataFiles(Fields data) {
    List<Path> files = new ArrayList<>();
    for (String key : DATA_KEYS) {
      reader.required(data, key).flatMap(reader::readableFile).ifPresent(files::add);
    }
    return files.size() == DATA_KEYS.size() ? Optional.of(files) : Optional.empty();
  }

  /** The history file, relative to the file that names it, read and validated. */
  private Optional<History> history(Value value) {
    return reader.readableFile(value).flatMap(path -> {
      try {
        return Optional.of(HistoryLoader.load(path, reader::warn));
      } catch (InvalidInputException e) {
        reader.addAll(e.problems());
        return Optional.empty();
      }
    });
  }

  private Optional<Baseline> readData(List<Path> files, DataReader dataReader) {
    try {
      return Optional.of(dataReader.read(files.get(0), files.get(1), reader::warn));
    } catch (InvalidInputException e) {
      reader.addAll(e.problems());
      return Optional.empty();
    }
  }

  /** The {@code simulation:} block: the forecast year and the first run settings. */
  private record Simulation(int year, RunSettings settings) {}

  private Optional<Simulation> simulation(Fields fields) {
    Optional<Long> year = reader.required(fields, "year")
        .flatMap(v -> reader.integer(v, y -> y >= 1900 && y <= 2200, "in [1900, 2200]"));
    Optional<Long> paths = reader.required(fields, "paths")
        .flatMap(v -> reader.integer(v, RunSettings::allowsPaths, RunSettings.PATHS_RULE));
    Optional<Long> seed = reader.required(fields, "seed")
        .flatMap(v -> reader.integer(v, s -> true, "an integer"));
    Optional<Value> samplingValue = fields.optional("sampling");
    Optional<Sampling> sampling = samplingValue
        .flatMap(v -> reader.choice(v, Sampling::ofLabel, Sampling.labels()));
    return year.isPresent() && paths.isPresent() && seed.isPresent()
        && (samplingValue.isEmpty() || sampling.isPresent())
        ? Optional.of(new Simulation(year.get().intValue(), RunSettings.of(paths.get(), seed.get())
            .withSampling(sampling.orElse(Sampling.MONTE_CARLO))))
        : Optional.empty();
  }

  private List<IndicatorSpec> indicators(Fields root) {
    Optional<Fields> section = reader.required(root, "indicators")
        .flatMap(v -> reader.mapping(v, ANY_KEY));
    if (section.isEmpty()) {
      return List.of();
    }
    if (section.get().entries().isEmpty()) {
      reader.report(section.get().self(), "must declare at least one indicator, but was empty");
    }
    if (!Limit.INDICATORS.allows(section.get().entries().size())) {
      reader.report(section.get().self(),
          Limit.INDICATORS.exceeded(section.get().entries().size()));
      return List.of();
    }
    List<IndicatorSpec> specs = new ArrayList<>();
    section.get().entries().forEach((id, value) -> {
      Optional<Boolean> flow =
          isKnown(id, value) ? baseline.map(b -> isFlow(b, id)) : Optional.empty();
      declared.put(id, flow);
      level(id).filter(level -> level == 0).ifPresent(level -> reader.report(value.key(),
          value.field(), "must have a 2022 level above 0 to grow from, but the figure's value"
              + " is 0"));
      indicator(id, value, flow).ifPresent(specs::add);
    });
    return specs;
  }

  private static boolean isFlow(Baseline data, String id) {
    return data.figure(id).map(Figure::hasLevel).orElse(false);
  }

  /** The indicator's 2022 level, when the data has one. */
  private Optional<Double> level(String id) {
    return baseline.flatMap(b -> b.figure(id)).map(Figure::value)
        .filter(OptionalDouble::isPresent).map(OptionalDouble::getAsDouble);
  }

  /** True when {@code id} is declared, or a typo under {@code indicators} probably meant it. */
  private boolean declaredOrMeant(String id) {
    return declared.containsKey(id) || meantByTypos.contains(id);
  }

  /**
   * True when the data knows {@code id}, or no data could be read to tell; else a problem, and
   * the id it was probably meant to be counts as declared, so that the rest of the file, which
   * names the right id, does not add a problem for each mention.
   */
  private boolean isKnown(String id, Value value) {
    if (baseline.isEmpty() || baseline.get().knownIndicators().containsKey(id)) {
      return true;
    }
    Set<String> known = baseline.get().knownIndicators().keySet();
    reader.report(value.key(), value.field(), "must be a known indicator"
        + Suggestions.didYouMean(id, known) + ", but was " + id);
    Suggestions.closest(id, known).ifPresent(meantByTypos::add);
    return false;
  }

  /** One indicator's spec; {@code flow} is empty when the data can't tell. */
  private Optional<IndicatorSpec> indicator(String id, Value value, Optional<Boolean> flow) {
    Optional<Fields> read = reader.mapping(value, INDICATOR_KEYS);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Fields fields = read.get();
    int before = reader.count();
    Optional<Value> modelValue = reader.required(fields, "model");
    Optional<GrowthModel> model = modelValue
        .flatMap(v -> reader.choice(v, GrowthModel::ofLabel, GrowthModel.labels()));
    model.filter(m -> !SIMULATED.contains(m)).ifPresent(m -> reader.report(modelValue.get(),
        "must be one a scenario simulates (" + SIMULATED.stream().map(GrowthModel::label)
            .collect(java.util.stream.Collectors.joining(", ")) + "; " + m.label() + " is "
            + "composed with any of them under events), but was " + m.label()));
    if (model.equals(Optional.of(GrowthModel.AR1_MONTHLY)) && flow.equals(Optional.of(false))) {
      reader.report(modelValue.get(), "must be " + GrowthModel.IID_LOGNORMAL.label()
          + " for a rate indicator (the data has no 2022 level to grow month by month), but was "
          + GrowthModel.AR1_MONTHLY.label());
    }
    Optional<FittedModel> fitted = model.filter(FROM_HISTORY::contains)
        .flatMap(m -> fitted(id, m, modelValue.get(), fields));
    if (fitted.isPresent() || model.filter(FROM_HISTORY::contains).isPresent()) {
      if (reader.count() > before) {
        return Optional.empty();
      }
      Map<String, Double> estimates = new LinkedHashMap<>();
      fitted.get().estimates().forEach(e -> estimates.put(e.name(), e.value()));
      Optional<double[]> shares = fields.optional("seasonality")
          .filter(v -> reader.check(v, !flow.equals(Optional.of(false)), RATE_ONLY))
          .flatMap(this::seasonality);
      String fittedFrom = "Fitted to " + history.get().file() + " by " + model.get().label()
          + " (growth " + NodeReader.format(estimates.get("growth_pct")) + "%, sd "
          + NodeReader.format(estimates.get("uncertainty_pct")) + ")";
      Optional<String> note = fields.optional("assumption").flatMap(reader::string);
      return reader.count() > before ? Optional.empty() : Optional.of(new IndicatorSpec(id,
          flow.orElse(false), model.get(), estimates.get("growth_pct"),
          OptionalDouble.of(estimates.get("uncertainty_pct")), OptionalDouble.empty(), 0.0,
          shares.orElseGet(IndicatorSpec::flatSeasonality), 0.0, GrowthPath.YEAR_OVER_YEAR,
          note.map(n -> n + " " + fittedFrom).orElse(fittedFrom),
          fitted.get().predictiveDegreesOfFreedom(), Map.of(),
          fitted.get().resampledLogGrowth()));
    }
    Optional<Double> growth = reader.required(fields, "growth_pct")
        .flatMap(v -> reader.number(v, g -> g > -100 && g <= MAX_GROWTH_PCT, "in (-100, "
            + NodeReader.format(MAX_GROWTH_PCT) + "]"));
    Optional<Double> uncertainty = fields.optional("uncertainty_pct")
        .flatMap(v -> reader.number(v, u -> u >= 0 && u <= MAX_UNCERTAINTY_PCT, "in [0, "
            + NodeReader.format(MAX_UNCERTAINTY_PCT) + "]"));
    warnIfFraction(id, fields, growth, uncertainty);
    Optional<Value> sigmaValue = fields.optional("sigma")
        .filter(v -> onlyFor(v, model, GrowthModel.AR1_MONTHLY));
    Optional<Double> sigma = sigmaValue.flatMap(v -> reader.number(v,
        x -> x >= 0 && x <= MAX_SIGMA, "in [0, " + NodeReader.format(MAX_SIGMA) + "]"));
    if (fields.optional("uncertainty_pct").isPresent()) {
      sigmaValue.ifPresent(v -> reader.report(v, "must be absent when uncertainty_pct is given"
          + " (exactly one of the two), but was " + v.text()));
    } else if (sigmaValue.isEmpty()) {
      reader.report(fields.self().anchor(), value.child("uncertainty_pct"),
          "must be given (or sigma, for ar1-monthly), but is missing");
    }
    Optional<Double> phi = fields.optional("phi")
        .filter(v -> onlyFor(v, model, GrowthModel.AR1_MONTHLY))
        .flatMap(v -> reader.number(v, p -> p > -1 && p < 1, "in (-1, 1)"));
    Optional<Double> skew = fields.optional("skew")
        .filter(v -> onlyFor(v, model, GrowthModel.SPLIT_NORMAL))
        .flatMap(v -> reader.number(v, k -> k > -1 && k < 1, "in (-1, 1)"));
    Optional<Double> df = requiredFor(fields, value, "df", model, GrowthModel.STUDENT_T)
        .flatMap(v -> reader.number(v, d -> d > 2 && d <= MAX_DF, "in (2, "
            + NodeReader.format(MAX_DF) + "] (the variance exists; beyond that, use a normal)"));
    Optional<Map<String, Double>> loadings =
        requiredFor(fields, value, "loadings", model, GrowthModel.FACTOR).flatMap(this::loadings);
    Optional<double[]> seasonality = fields.optional("seasonality")
        .filter(v -> reader.check(v, !flow.equals(Optional.of(false)), RATE_ONLY))
        .flatMap(this::seasonality);
    Optional<GrowthPath> growthPath = fields.optional("growth_path")
        .filter(v -> reader.check(v, !flow.equals(Optional.of(false)), RATE_ONLY))
        .flatMap(v -> reader.choice(v, GrowthPath::ofLabel, GrowthPath.labels()));
    if (growthPath.equals(Optional.of(GrowthPath.COMPOUND))) {
      fields.optional("seasonality").ifPresent(v -> reader.report(v,
          "must be absent with growth_path compound (that path has no seasonality), but was "
              + v.text()));
    }
    Optional<String> assumption = fields.optional("assumption").flatMap(reader::string);
    if (reader.count() > before) {
      return Optional.empty();
    }
    boolean ar1 = model.get() == GrowthModel.AR1_MONTHLY;
    return Optional.of(new IndicatorSpec(id, flow.orElse(false), model.get(), growth.get(),
        optionalDouble(uncertainty), optionalDouble(sigma), phi.orElse(ar1 ? DEFAULT_PHI : 0.0),
        seasonality.orElseGet(IndicatorSpec::flatSeasonality), skew.orElse(0.0),
        growthPath.orElse(GrowthPath.YEAR_OVER_YEAR), assumption.orElse(""), df.orElse(0.0),
        loadings.orElse(Map.of())));
  }

  /**
   * {@code model} fitted to the indicator's history; problems when the scenario names no history,
   * the history lacks the indicator or cannot support the model, or the file also gives the
   * parameters the fit provides.
   */
  private Optional<FittedModel> fitted(String id, GrowthModel model, Value modelValue,
      Fields fields) {
    for (String key : List.of("growth_pct", "uncertainty_pct", "sigma", "phi", "skew", "df",
        "loadings", "growth_path")) {
      fields.optional(key).ifPresent(v -> reader.report(v, "must be absent for " + model.label()
          + ", which is fitted from the scenario's history, but was " + v.text()));
    }
    if (history.isEmpty()) {
      reader.report(modelValue, "must have a history file (top-level history:) to be fitted"
          + " from for " + model.label() + ", but the scenario names none");
      return Optional.empty();
    }
    if (history.get().series(id).isEmpty()) {
      reader.report(modelValue, "must have " + id + " in the history " + history.get().file()
          + " for " + model.label() + ", but it has only " + String.join(", ",
              history.get().indicators()));
      return Optional.empty();
    }
    Optional<String> unsupported = Calibration.unsupported(model, history.get(), id);
    unsupported.ifPresent(rule -> reader.report(modelValue, "history of " + id + " " + rule));
    if (unsupported.isPresent()) {
      return Optional.empty();
    }
    FittedModel fit = Calibration.fit(model, history.get(), List.of(id)).get(id);
    double growth = fit.estimates().stream().filter(e -> e.name().equals("growth_pct"))
        .findFirst().orElseThrow().value();
    double uncertainty = fit.estimates().stream().filter(e -> e.name().equals("uncertainty_pct"))
        .findFirst().orElseThrow().value();
    double widest = Arrays.stream(fit.resampledLogGrowth()).map(Math::abs).max().orElse(0);
    boolean sane = growth > -100 && growth <= MAX_GROWTH_PCT
        && uncertainty <= MAX_UNCERTAINTY_PCT && Math.expm1(widest) * 100 <= MAX_GROWTH_PCT;
    if (!sane) {
      reader.report(modelValue, "history of " + id + " must give growth in (-100, "
          + NodeReader.format(MAX_GROWTH_PCT) + "] % a year and an uncertainty of at most "
          + NodeReader.format(MAX_UNCERTAINTY_PCT) + " %, but the fit gives growth "
          + NodeReader.format(growth) + " % with uncertainty " + NodeReader.format(uncertainty)
          + " % (check the history for a misplaced decimal point or unit)");
      return Optional.empty();
    }
    return Optional.of(fit);
  }

  /**
   * Warns when growth or uncertainty is written as a fraction ({@code 0.17}) where a percentage
   * is meant: its magnitude below 1 while the indicator's 2022 growth (or, for a rate only a
   * target names, the target's) is above 1 in magnitude.
   */
  private void warnIfFraction(String id, Fields fields, Optional<Double> growth,
      Optional<Double> uncertainty) {
    OptionalDouble reference = baseline.flatMap(b -> b.figure(id)).map(Figure::growthPct)
        .filter(OptionalDouble::isPresent)
        .or(() -> baseline.flatMap(b -> b.targetsOn(id).stream().map(Target::growthPct)
            .filter(OptionalDouble::isPresent).findFirst()))
        .orElse(OptionalDouble.empty());
    if (reference.isEmpty() || Math.abs(reference.getAsDouble()) <= 1) {
      return;
    }
    String growthText = NodeReader.format(reference.getAsDouble()) + " %";
    growth.filter(g -> g != 0 && Math.abs(g) < 1).ifPresent(g -> reader.warn(
        fields.optional("growth_pct").orElseThrow(), "read as percent: " + NodeReader.format(g)
            + " means " + NodeReader.format(g) + " %, not " + NodeReader.format(100 * g)
            + " % (the 2022 or target growth is " + growthText + ")"));
    uncertainty.filter(u -> u > 0 && u < 1).ifPresent(u -> reader.warn(
        fields.optional("uncertainty_pct").orElseThrow(), "read as percent: "
            + NodeReader.format(u) + " means an uncertainty of " + NodeReader.format(u)
            + " %, not " + NodeReader.format(100 * u) + " % (the 2022 or target growth is "
            + growthText + ")"));
  }

  /** A key only {@code only} takes, and which it must have. */
  private Optional<Value> requiredFor(Fields fields, Value indicator, String key,
      Optional<GrowthModel> model, GrowthModel only) {
    Optional<Value> given = fields.optional(key).filter(v -> onlyFor(v, model, only));
    if (given.isEmpty() && model.equals(Optional.of(only))) {
      reader.report(fields.self().anchor(), indicator.child(key),
          "must be given for " + only.label() + ", but is missing");
    }
    return given;
  }

  /** Factor loadings: each in [-1, 1], their squares summing to at most 1. */
  private Optional<Map<String, Double>> loadings(Value value) {
    Optional<Fields> read = reader.mapping(value, ANY_KEY);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Double> loadings = new LinkedHashMap<>();
    boolean ok = true;
    for (Map.Entry<String, Value> entry : read.get().entries().entrySet()) {
      Optional<Double> b = reader.number(entry.getValue(), x -> x >= -1 && x <= 1, "in [-1, 1]");
      ok &= b.isPresent();
      b.ifPresent(x -> loadings.put(entry.getKey(), x));
    }
    double squares = loadings.values().stream().mapToDouble(b -> b * b).sum();
    if (ok && squares > 1 + SUM_TOLERANCE) {
      reader.report(value, "must have squares summing to at most 1 (the rest is the indicator's"
          + " own shock), but summed to " + NodeReader.format(squares));
      ok = false;
    }
    return ok ? Optional.of(loadings) : Optional.empty();
  }

  /** Project events on declared flow indicators. */
  private List<EventSpec> events(Value section) {
    Optional<List<Value>> items = reader.sequence(section);
    List<EventSpec> events = new ArrayList<>();
    if (items.isEmpty()) {
      return events;
    }
    for (Value item : items.get()) {
      Optional<Fields> read = reader.mapping(item, EVENT_KEYS);
      if (read.isEmpty()) {
        continue;
      }
      Fields fields = read.get();
      int before = reader.count();
      Optional<Value> indicatorValue = reader.required(fields, "indicator");
      Optional<String> indicator = indicatorValue.flatMap(v -> reader.string(v)
          .filter(id -> isDeclaredFlow(v, id)));
      Optional<Double> probability = reader.required(fields, "probability")
          .flatMap(v -> reader.number(v, p -> p >= 0 && p <= 1, "in [0, 1]"));
      Optional<Value> month = fields.optional("month");
      Optional<Value> shares = fields.optional("month_shares");
      Optional<double[]> distribution = Optional.empty();
      if (month.isPresent() == shares.isPresent()) {
        reader.report(fields.self().anchor(), item.child("month"), "must be given, or else"
            + " month_shares (exactly one of the two), but " + (month.isPresent() ? "both are"
            : "neither is"));
      } else if (month.isPresent()) {
        distribution = reader.integer(month.get(), m -> m >= 1 && m <= 12, "in [1, 12]")
            .map(m -> {
              double[] fixed = new double[Year.MONTHS];
              fixed[m.intValue() - 1] = 1.0;
              return fixed;
            });
      } else {
        distribution = seasonality(shares.get());
      }
      Optional<Double> level = indicator.flatMap(this::level);
      Optional<Double> size = reader.required(fields, "size").flatMap(v -> reader.number(v,
          x -> level.map(b -> x >= -b / Year.MONTHS && x <= b).orElse(true),
          level.map(b -> "in [" + NodeReader.format(-b / Year.MONTHS) + ", "
              + NodeReader.format(b) + "] (it is added to every month from the event on: at most"
              + " the indicator's 2022 annual level, and no more taken away than its average"
              + " month)").orElse("")));
      String name = fields.optional("name").flatMap(reader::string)
          .orElse("event " + (events.size() + 1));
      String assumption = fields.optional("assumption").flatMap(reader::string).orElse("");
      if (reader.count() == before) {
        events.add(new EventSpec(name, indicator.get(), probability.get(), distribution.get(),
            size.get(), assumption));
      }
    }
    return events;
  }

  /**
   * True when {@code id} names a declared flow indicator (events add to monthly values), or one
   * that cannot be told (unknown to the data, or meant by a typo reported already); else a
   * problem at {@code value}.
   */
  private boolean isDeclaredFlow(Value value, String id) {
    Optional<Boolean> flow = declared.containsKey(id) ? declared.get(id)
        : meantByTypos.contains(id) ? Optional.empty() : Optional.of(false);
    if (flow.orElse(true)) {
      return true;
    }
    List<String> flows = declared.entrySet().stream()
        .filter(e -> e.getValue().equals(Optional.of(true))).map(Map.Entry::getKey).toList();
    reader.report(value, "must be a declared flow indicator (events add to monthly values)"
        + (declared.containsKey(id) ? "" : Suggestions.didYouMean(id, flows))
        + ", but was " + value.text());
    return false;
  }

  private static OptionalDouble optionalDouble(Optional<Double> x) {
    return x.map(OptionalDouble::of).orElse(OptionalDouble.empty());
  }

  /** False, with a problem, when {@code value} is given for a model other than {@code only}. */
  private boolean onlyFor(Value value, Optional<GrowthModel> model, GrowthModel only) {
    return reader.check(value, model.map(m -> m == only).orElse(true),
        "absent unless model is " + only.label());
  }

  /** {@code flat}, or 12 shares >= 0 summing to 1. */
  private Optional<double[]> seasonality(Value value) {
    if (value.node() instanceof ScalarNode scalar && scalar.getTag().equals(Tag.STR)
        && scalar.getValue().equals("flat")) {
      return Optional.of(IndicatorSpec.flatSeasonality());
    }
    if (!reader.check(value, value.node() instanceof SequenceNode,
        "flat or a list of " + Year.MONTHS + " monthly shares")) {
      return Optional.empty();
    }
    List<Value> months = reader.sequence(value).orElseThrow();
    if (months.size() != Year.MONTHS) {
      reader.report(value, "must have " + Year.MONTHS + " monthly shares, but had "
          + months.size() + NodeReader.fullWidthCommaHint(months));
      return Optional.empty();
    }
    Optional<double[]> shares = numbers(months, x -> x >= 0, ">= 0");
    return shares.filter(s -> sumsToOne(value, s));
  }

  private Optional<double[]> numbers(List<Value> values, DoublePredicate rule, String ruleText) {
    double[] numbers = new double[values.size()];
    boolean ok = true;
    for (int i = 0; i < numbers.length; i++) {
      Optional<Double> x = reader.number(values.get(i), rule, ruleText);
      ok &= x.isPresent();
      numbers[i] = x.orElse(Double.NaN);
    }
    return ok ? Optional.of(numbers) : Optional.empty();
  }

  private boolean sumsToOne(Value value, double[] shares) {
    double sum = Arrays.stream(shares).sum();
    boolean ok = Math.abs(sum - 1.0) <= SUM_TOLERANCE;
    if (!ok) {
      reader.report(value, "must sum to 1 (within " + SUM_TOLERANCE + "), but summed to "
          + NodeReader.format(sum));
    }
    return ok;
  }

  private List<CompositeSpec> composites(Fields section) {
    List<CompositeSpec> composites = new ArrayList<>();
    section.entries().forEach((id, value) -> {
      int before = reader.count();
      isKnown(id, value);
      if (declared.containsKey(id)) {
        reader.report(value.key(), value.field(),
            "must not also be declared under indicators, but " + id + " is");
      }
      Optional<Fields> fields = reader.mapping(value, COMPOSITE_KEYS);
      Optional<Map<String, Double>> weights = fields.flatMap(f -> reader.required(f, "weights"))
          .flatMap(this::weights);
      Optional<String> assumption = fields.flatMap(f -> f.optional("assumption"))
          .flatMap(reader::string);
      if (reader.count() == before) {
        composites.add(new CompositeSpec(id, weights.orElseThrow(), assumption.orElse("")));
      }
    });
    return composites;
  }

  /** Weights >= 0 of declared rate indicators, summing to 1. */
  private Optional<Map<String, Double>> weights(Value value) {
    Optional<Fields> fields = reader.mapping(value, ANY_KEY);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    List<String> rates = declared.entrySet().stream()
        .filter(e -> !e.getValue().equals(Optional.of(true))).map(Map.Entry::getKey).toList();
    int before = reader.count();
    Map<String, Double> weights = new LinkedHashMap<>();
    fields.get().entries().forEach((id, weight) -> {
      if (!rates.contains(id) && !meantByTypos.contains(id)) {
        reader.report(weight.key(), weight.field(), "must be a declared rate indicator"
            + Suggestions.didYouMean(id, rates) + ", but was " + id);
      }
      reader.number(weight, w -> w >= 0, ">= 0").ifPresent(w -> weights.put(id, w));
    });
    if (reader.count() > before) {
      return Optional.empty();
    }
    return sumsToOne(value, weights.values().stream().mapToDouble(Double::doubleValue).toArray())
        ? Optional.of(weights)
        : Optional.empty();
  }

  private Optional<Correlation> correlation(Value value) {
    Optional<Fields> read = reader.mapping(value, CORRELATION_KEYS);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Fields fields = read.get();
    int before = reader.count();
    List<String> ids = new ArrayList<>();
    Optional<List<Value>> listed = reader.required(fields, "indicators").flatMap(reader::sequence);
    listed.ifPresent(items -> items.forEach(item -> reader.string(item).ifPresent(id -> {
      if (ids.contains(id)) {
        reader.report(item, "must be unique, but was " + id + " again (also at ["
            + ids.indexOf(id) + "])");
      } else if (!declaredOrMeant(id)) {
        reader.report(item, "must be a declared indicator"
            + Suggestions.didYouMean(id, declared.keySet()) + ", but was " + id);
      }
      ids.add(id);
    })));
    Optional<double[][]> matrix = listed
        .flatMap(items -> reader.required(fields, "matrix").flatMap(m -> matrix(m, items.size())));
    Optional<String> assumption = fields.optional("assumption").flatMap(reader::string);
    return reader.count() > before
        ? Optional.empty()
        : Optional.of(new Correlation(ids, matrix.orElseThrow(), assumption.orElse("")));
  }

  /**
   * An {@code n x n} correlation matrix: entries in [-1, 1], unit diagonal, symmetric and positive
   * semi-definite (else no Cholesky factor exists and the shocks can't be drawn).
   */
  private Optional<double[][]> matrix(Value value, int n) {
    Optional<List<Value>> rows = reader.sequence(value);
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    if (rows.get().size() != n) {
      reader.report(value, "must have " + n + " rows (one per listed indicator), but had "
          + rows.get().size());
      return Optional.empty();
    }
    int before = reader.count();
    double[][] m = new double[n][];
    Value[][] entries = new Value[n][];
    for (int i = 0; i < n; i++) {
      Optional<List<Value>> row = reader.sequence(rows.get().get(i));
      if (row.isPresent() && row.get().size() != n) {
        reader.report(rows.get().get(i), "must have " + n
            + " entries (one per listed indicator), but had " + row.get().size()
            + NodeReader.fullWidthCommaHint(row.get()));
      } else if (row.isPresent()) {
        entries[i] = row.get().toArray(Value[]::new);
        m[i] = numbers(row.get(), x -> x >= -1 && x <= 1, "in [-1, 1]").orElse(null);
        if (m[i] != null) {
          reader.check(entries[i][i], m[i][i] == 1.0, "1 on the diagonal");
        }
      }
    }
    if (reader.count() > before) {
      return Optional.empty();
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (m[i][j] != m[j][i]) {
          reader.report(entries[i][j], "must equal [" + j + "][" + i + "] (symmetric), but [" + i
              + "][" + j + "] was " + entries[i][j].text() + " and [" + j + "][" + i + "] was "
              + entries[j][i].text());
          return Optional.empty();
        }
      }
    }
    if (n > 0) {
      double smallest = Arrays.stream(
          new EigenDecomposition(MatrixUtils.createRealMatrix(m)).getRealEigenvalues()).min()
          .orElseThrow();
      if (smallest < EIGENVALUE_TOLERANCE) {
        reader.report(value, "must be positive semi-definite, but its smallest eigenvalue was "
            + NodeReader.format(smallest));
        return Optional.empty();
      }
    }
    return Optional.of(m);
  }
}
