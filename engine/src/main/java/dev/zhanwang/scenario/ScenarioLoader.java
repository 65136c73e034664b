package dev.zhanwang.scenario;

import dev.zhanwang.data.Baseline;
import dev.zhanwang.data.DataLoader;
import dev.zhanwang.data.History;
import dev.zhanwang.data.HistoryLoader;
import dev.zhanwang.input.InvalidInputException;
import dev.zhanwang.input.Problem;
import dev.zhanwang.model.IndicatorSpec;
import dev.zhanwang.model.Sampling;
import dev.zhanwang.scenario.NodeReader.Fields;
import dev.zhanwang.scenario.NodeReader.Value;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;

/**
 * Reads a scenario YAML file, resolves {@code extends}, loads the data it names and validates
 * everything, collecting every problem before failing.
 *
 * <p>A dispatch: each section has its reader ({@link IndicatorsReader}, which leaves each
 * indicator's own model keys to its model variant; {@link CompositesReader},
 * {@link CorrelationReader}, {@link EventsReader}); this class reads the top level, the data, the
 * history and the simulation settings, and checks the rules across sections. Data-dependent rules
 * (known indicators, flows versus rates) are checked against the {@link Baseline} the data files
 * yield; when the data can't be read, its problems are reported with the scenario's and those
 * rules are skipped.
 */
public final class ScenarioLoader {
  static final List<String> TOP_KEYS = List.of(
      "name",
      "description",
      ScenarioChain.EXTENDS,
      "data",
      "simulation",
      "indicators",
      "composites",
      "correlation",
      "events",
      "history",
      "joint",
      NowcastSection.KEY);
  private static final List<String> DATA_KEYS = List.of("figures", "targets");
  private static final List<String> SIMULATION_KEYS = List.of("year", "paths", "seed", "sampling");
  /** Letters (with their marks, CJK included), digits, {@code -}, {@code _}, {@code .}. */
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}\\p{N}_.-]+");

  private static final String NOT_IN_NAME = "[^\\p{L}\\p{M}\\p{N}_.-]";
  static final String NAME_RULE = "a name of letters, digits, -, _ and . (not . or .. alone),"
      + " as it names the output folder";

  private final NodeReader reader = new NodeReader();
  private final boolean repairCorrelation;

  private ScenarioLoader(boolean repairCorrelation) {
    this.repairCorrelation = repairCorrelation;
  }

  /**
   * Loads and validates a scenario and the data it names.
   *
   * @throws InvalidInputException listing every problem, each with file, line, column and field
   */
  public static Scenario load(Path file) {
    return load(file, DataLoader::load);
  }

  /**
   * As {@link #load(Path)}; with {@code repairCorrelation}, a correlation matrix that is not
   * positive semi-definite is replaced by the nearest one that is, with a warning, instead of
   * failing.
   *
   * @throws InvalidInputException listing every problem, each with file, line, column and field
   */
  public static Scenario load(Path file, boolean repairCorrelation) {
    return new ScenarioLoader(repairCorrelation)
        .read(file, DataLoader::load, UnaryOperator.identity());
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
    return new ScenarioLoader(false).read(file, dataReader, UnaryOperator.identity());
  }

  /**
   * Loads a scenario with {@code change} applied to its merged top-level mapping before anything
   * is read from it: a sweep's grid point ({@link SweepLoader}), validated as any scenario is.
   */
  static Scenario load(Path file, DataReader dataReader, UnaryOperator<MappingNode> change) {
    return new ScenarioLoader(false).read(file, dataReader, change);
  }

  /**
   * The keys each section accepts, by where the section sits: {@code ""} the top level,
   * {@code "indicators.*"} any indicator, {@code "events[]"} any event. The schema test reads them
   * here, so that {@code scenarios/scenario.schema.json} cannot fall behind the loader.
   */
  static Map<String, List<String>> keysBySection() {
    return Map.of(
        "",
        TOP_KEYS,
        "data",
        DATA_KEYS,
        "simulation",
        SIMULATION_KEYS,
        "indicators.*",
        IndicatorsReader.keys(),
        "composites.*",
        CompositesReader.KEYS,
        "correlation",
        CorrelationReader.KEYS,
        "events[]",
        EventsReader.KEYS,
        "joint",
        JointReader.KEYS,
        NowcastSection.KEY,
        NowcastSection.KEYS);
  }

  private Scenario read(Path file, DataReader dataReader, UnaryOperator<MappingNode> change) {
    Optional<ScenarioChain> chain = ScenarioChain.read(file, reader);
    if (chain.isEmpty()) {
      throw new InvalidInputException(reader.problems());
    }
    Fields root = reader
        .mapping(new Value(null, change.apply(chain.get().root()), ""), TOP_KEYS)
        .orElseThrow();
    String name = root.optional("name").flatMap(this::name).orElse(defaultName(file));
    String description = root.optional("description").flatMap(reader::string).orElse("");
    Optional<List<Path>> dataFiles = reader
        .required(root, "data")
        .flatMap(v -> reader.mapping(v, DATA_KEYS))
        .flatMap(this::dataFiles);
    Optional<Baseline> baseline = dataFiles.flatMap(files -> readData(files, dataReader));
    Optional<History> history = root.optional("history").flatMap(this::history);
    Optional<Simulation> simulation = reader
        .required(root, "simulation")
        .flatMap(v -> reader.mapping(v, SIMULATION_KEYS))
        .flatMap(this::simulation);
    IndicatorsReader indicatorsReader = new IndicatorsReader(reader, baseline, history);
    List<IndicatorSpec> indicators =
        reader.required(root, "indicators").map(indicatorsReader::read).orElse(List.of());
    IndicatorsReader.Declared declared = indicatorsReader.declared();
    List<CompositeSpec> composites = root.optional("composites")
        .flatMap(v -> reader.mapping(v, List.of()))
        .map(new CompositesReader(reader, indicatorsReader)::read)
        .orElse(List.of());
    Optional<Correlation> correlation = root.optional("correlation")
        .map(new CorrelationReader(reader, declared, repairCorrelation)::read)
        .orElse(Optional.of(Correlation.none()));
    List<EventSpec> events =
        root.optional("events").map(new EventsReader(reader, declared)::read).orElse(List.of());
    Optional<JointRules> joint = root.optional("joint")
        .map(new JointReader(reader, baseline)::read)
        .orElse(Optional.of(JointRules.DEFAULT));
    correlation.ifPresent(c -> c.indicators().stream()
        .filter(id -> indicators.stream()
            .anyMatch(spec -> spec.id().equals(id) && spec.model().setsCorrelations()))
        .findFirst()
        .ifPresent(id -> reader.report(
            root.optional("correlation").orElseThrow(),
            "must not list " + id + ", whose correlation comes from its factor loadings, but"
                + " lists it")));
    if (reader.count() > 0) {
      throw new InvalidInputException(reader.problems());
    }
    // The history is read too: it joins the data files, which the manifest pins with SHA-256.
    List<Path> read = new ArrayList<>(dataFiles.orElseThrow());
    history.ifPresent(h -> read.add(h.file()));
    return new Scenario(
        file,
        chain.get().files(),
        read,
        name,
        description,
        baseline.orElseThrow(),
        simulation.orElseThrow().year(),
        simulation.orElseThrow().settings(),
        indicators,
        composites,
        correlation.orElseThrow(),
        events,
        reader.warnings(),
        joint.orElseThrow());
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
    Optional<Long> year = reader
        .required(fields, "year")
        .flatMap(v -> reader.integer(v, y -> y >= 1900 && y <= 2200, "in [1900, 2200]"));
    Optional<Long> paths = reader
        .required(fields, "paths")
        .flatMap(v -> reader.integer(v, RunSettings::allowsPaths, RunSettings.PATHS_RULE));
    Optional<Long> seed =
        reader.required(fields, "seed").flatMap(v -> reader.integer(v, s -> true, "an integer"));
    Optional<Value> samplingValue = fields.optional("sampling");
    Optional<Sampling> sampling =
        samplingValue.flatMap(v -> reader.choice(v, Sampling::ofLabel, Sampling.labels()));
    return year.isPresent()
            && paths.isPresent()
            && seed.isPresent()
            && (samplingValue.isEmpty() || sampling.isPresent())
        ? Optional.of(new Simulation(
            year.get().intValue(),
            RunSettings.of(paths.get(), seed.get())
                .withSampling(sampling.orElse(Sampling.MONTE_CARLO))))
        : Optional.empty();
  }
}
