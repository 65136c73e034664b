package dev.zhanwang.scenario;

import dev.zhanwang.data.Baseline;
import dev.zhanwang.data.Figure;
import dev.zhanwang.data.History;
import dev.zhanwang.data.Target;
import dev.zhanwang.input.Limit;
import dev.zhanwang.input.NumberText;
import dev.zhanwang.input.Suggestions;
import dev.zhanwang.model.FittedModel;
import dev.zhanwang.model.GrowthModel;
import dev.zhanwang.model.GrowthPath;
import dev.zhanwang.model.IndicatorSpec;
import dev.zhanwang.model.Model;
import dev.zhanwang.model.ModelReader;
import dev.zhanwang.scenario.NodeReader.Fields;
import dev.zhanwang.scenario.NodeReader.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.DoublePredicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code indicators:} section: every indicator's common keys (growth, uncertainty,
 * seasonality, growth path, assumption) read here, its model's own keys read by the model variant
 * ({@link GrowthModel#read}) through a {@link ModelReader} that reports at line and column.
 * Also knows what the rest of the file may refer to ({@link Declared}).
 */
final class IndicatorsReader {
  /** The keys every indicator has; each variant adds its own ({@link GrowthModel#keys}). */
  static final List<String> COMMON_KEYS =
      List.of("model", "growth_pct", "uncertainty_pct", "seasonality", "growth_path", "assumption");
  /** Keys a variant fitted from the history takes from the fit, not from the file. */
  private static final List<String> FITTED_KEYS =
      List.of("growth_pct", "uncertainty_pct", "growth_path");

  private static final String RATE_ONLY =
      "absent for a rate indicator (the data has no 2022 level)";

  private final NodeReader reader;
  private final Optional<Baseline> baseline;
  private final Optional<History> history;
  private final Map<String, Optional<Boolean>> declared = new LinkedHashMap<>();
  private final Set<String> meantByTypos = new HashSet<>();

  IndicatorsReader(NodeReader reader, Optional<Baseline> baseline, Optional<History> history) {
    this.reader = reader;
    this.baseline = baseline;
    this.history = history;
  }

  /** Every key an indicator may have: the common ones, then each variant's own. */
  static List<String> keys() {
    return Stream.concat(COMMON_KEYS.stream(), GrowthModel.ownKeys().keySet().stream())
        .toList();
  }

  /**
   * The indicators declared, each with its flow flag when the data knows it, and the known ids
   * that unknown keys were probably typos of: the rest of the file may mention those without a
   * problem of its own, so that one typo is one problem.
   */
  record Declared(
      Map<String, Optional<Boolean>> flows, Set<String> meantByTypos, Optional<Baseline> baseline) {
    boolean includes(String id) {
      return flows.containsKey(id) || meantByTypos.contains(id);
    }

    /** The indicator's 2022 level, when the data has one. */
    Optional<Double> level(String id) {
      return baseline
          .flatMap(b -> b.figure(id))
          .map(Figure::value)
          .filter(OptionalDouble::isPresent)
          .map(OptionalDouble::getAsDouble);
    }
  }

  Declared declared() {
    return new Declared(declared, meantByTypos, baseline);
  }

  /** The specs of the section, in file order; those with problems are left out. */
  List<IndicatorSpec> read(Value section) {
    Optional<Fields> fields = reader.mapping(section, List.of());
    if (fields.isEmpty()) {
      return List.of();
    }
    Map<String, Value> entries = fields.get().entries();
    if (entries.isEmpty()) {
      reader.report(section, "must declare at least one indicator, but was empty");
    }
    if (!Limit.INDICATORS.allows(entries.size())) {
      reader.report(section, Limit.INDICATORS.exceeded(entries.size()));
      return List.of();
    }
    List<IndicatorSpec> specs = new ArrayList<>();
    entries.forEach((id, value) -> {
      Optional<Boolean> flow = isKnown(id, value)
          ? baseline.map(b -> b.figure(id).map(Figure::hasLevel).orElse(false))
          : Optional.empty();
      declared.put(id, flow);
      declared()
          .level(id)
          .filter(level -> level == 0)
          .ifPresent(level -> reader.report(
              value.key(),
              value.field(),
              "must have a 2022 level above 0 to grow from, but the figure's value is 0"));
      indicator(id, value, flow).ifPresent(specs::add);
    });
    return specs;
  }

  /**
   * True when the data knows {@code id}, or no data could be read to tell; else a problem, and
   * the id it was probably meant to be is remembered ({@link Declared#meantByTypos}).
   */
  boolean isKnown(String id, Value value) {
    if (baseline.isEmpty() || baseline.get().knownIndicators().containsKey(id)) {
      return true;
    }
    Set<String> known = baseline.get().knownIndicators().keySet();
    reader.report(
        value.key(),
        value.field(),
        "must be a known indicator" + Suggestions.didYouMean(id, known) + ", but was "
            + NodeReader.shown(id));
    Suggestions.closest(id, known).ifPresent(meantByTypos::add);
    return false;
  }

  /** One indicator's spec; {@code flow} is empty when the data can't tell. */
  private Optional<IndicatorSpec> indicator(String id, Value value, Optional<Boolean> flow) {
    Optional<Fields> read = reader.mapping(value, keys());
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Fields fields = read.get();
    int before = reader.count();
    Optional<Value> modelValue = reader.required(fields, "model");
    Optional<GrowthModel> model = modelValue.flatMap(v -> variant(v, fields, flow));
    Parameters parameters = model.filter(GrowthModel::fromHistory).isPresent()
        ? fitted(new Spec(id, fields, modelValue.get(), flow), model.get(), before)
        : given(
            id, fields, value, model.map(m -> new Spec(id, fields, modelValue.get(), flow)), model);
    Optional<double[]> seasonality =
        flowsOnly(fields, "seasonality", flow).flatMap(reader::monthlyShares);
    Optional<GrowthPath> growthPath = growthPath(fields, flow);
    String assumption = fields.optional("assumption").flatMap(reader::string).orElse("");
    if (reader.count() > before || parameters.model().isEmpty()) {
      return Optional.empty();
    }
    String fittedFrom = parameters
        .model()
        .get()
        .fitted()
        .map(fit -> "Fitted to "
            + history.orElseThrow().file() + " by " + model.get().label() + " (growth "
            + NumberText.format(parameters.growth().getAsDouble()) + "%, sd "
            + NumberText.format(parameters.uncertainty().getAsDouble()) + ")")
        .orElse("");
    return Optional.of(new IndicatorSpec(
        id,
        flow.orElse(false),
        parameters.growth().getAsDouble(),
        parameters.uncertainty(),
        seasonality.orElseGet(IndicatorSpec::flatSeasonality),
        growthPath.orElse(GrowthPath.YEAR_OVER_YEAR),
        Stream.of(assumption, fittedFrom)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.joining(" ")),
        parameters.model().get()));
  }

  /** What an indicator's growth comes from: its numbers and its model's parameters. */
  private record Parameters(
      OptionalDouble growth, OptionalDouble uncertainty, Optional<Model> model) {}

  /**
   * The indicator's {@code model:}, checked against its flow flag, and every other variant's own
   * keys reported as out of place.
   */
  private Optional<GrowthModel> variant(Value modelValue, Fields fields, Optional<Boolean> flow) {
    Optional<GrowthModel> model =
        reader.choice(modelValue, GrowthModel::ofLabel, GrowthModel.labels());
    model
        .filter(m -> m.flowsOnly() && flow.equals(Optional.of(false)))
        .ifPresent(m -> reader.report(
            modelValue,
            "must be a model a rate can take (not " + m.label()
                + ": the data has no 2022 level to grow month by month), but was " + m.label()));
    model.ifPresent(chosen -> GrowthModel.ownKeys()
        .forEach((key, owners) -> fields
            .optional(key)
            .filter(v -> !owners.contains(chosen))
            .ifPresent(v ->
                reader.check(v, false, "absent unless model is " + GrowthModel.labels(owners)))));
    return model;
  }

  /**
   * A variant fitted from the history: growth and uncertainty are the fit's, and the file must
   * not give them; the variant reads its own keys only when the rest of the indicator is sound.
   */
  private Parameters fitted(Spec spec, GrowthModel variant, int problemsBefore) {
    FITTED_KEYS.forEach(key -> spec.fields
        .optional(key)
        .ifPresent(v -> reader.check(
            v,
            false,
            "absent for " + variant.label() + ", which is fitted from the scenario's history")));
    Optional<Model> parameters =
        reader.count() == problemsBefore ? variant.read(spec) : Optional.empty();
    Optional<FittedModel> fit = parameters.flatMap(Model::fitted);
    return new Parameters(
        fit.map(f -> OptionalDouble.of(f.estimate("growth_pct"))).orElse(OptionalDouble.empty()),
        fit.map(f -> OptionalDouble.of(f.estimate("uncertainty_pct")))
            .orElse(OptionalDouble.empty()),
        parameters);
  }

  /** A variant whose growth and uncertainty the file gives. */
  private Parameters given(
      String id, Fields fields, Value indicator, Optional<Spec> spec, Optional<GrowthModel> model) {
    OptionalDouble growth = optional(reader
        .required(fields, "growth_pct")
        .flatMap(v -> reader.number(v, IndicatorSpec::growthAllowed, IndicatorSpec.GROWTH_RULE)));
    OptionalDouble uncertainty = optional(fields
        .optional("uncertainty_pct")
        .flatMap(v ->
            reader.number(v, IndicatorSpec::uncertaintyAllowed, IndicatorSpec.UNCERTAINTY_RULE)));
    warnIfFraction(id, fields, growth, uncertainty);
    Optional<Model> parameters = Optional.empty();
    if (model.isPresent()) {
      parameters = model.get().read(spec.orElseThrow());
      requireSpread(fields, indicator, model.get());
    }
    return new Parameters(growth, uncertainty, parameters);
  }

  /** {@code growth_path:}, a flow's; compound has no seasonality. */
  private Optional<GrowthPath> growthPath(Fields fields, Optional<Boolean> flow) {
    Optional<GrowthPath> growthPath = flowsOnly(fields, "growth_path", flow)
        .flatMap(v -> reader.choice(v, GrowthPath::ofLabel, GrowthPath.labels()));
    if (growthPath.equals(Optional.of(GrowthPath.COMPOUND))) {
      fields
          .optional("seasonality")
          .ifPresent(v -> reader.check(
              v, false, "absent with growth_path compound (that path has no seasonality)"));
    }
    return growthPath;
  }

  /**
   * {@code uncertainty_pct}, or a key the variant takes instead (ar1-monthly's {@code sigma}),
   * must be given.
   */
  private void requireSpread(Fields fields, Value indicator, GrowthModel variant) {
    boolean given = fields.optional("uncertainty_pct").isPresent()
        || variant.spreadKey().flatMap(fields::optional).isPresent();
    if (!given) {
      String alternatives = Stream.of(GrowthModel.values())
          .flatMap(m -> m.spreadKey().map(key -> key + ", for " + m.label()).stream())
          .collect(Collectors.joining("; "));
      reader.report(
          fields.self().anchor(),
          indicator.child("uncertainty_pct"),
          "must be given (or " + alternatives + "), but is missing");
    }
  }

  /** The value under {@code key}, which a rate must not have (a problem if it does). */
  private Optional<Value> flowsOnly(Fields fields, String key, Optional<Boolean> flow) {
    return fields
        .optional(key)
        .filter(v -> reader.check(v, !flow.equals(Optional.of(false)), RATE_ONLY));
  }

  /**
   * Warns when growth or uncertainty is written as a fraction ({@code 0.17}) where a percentage
   * is meant: its magnitude below 1 while the indicator's 2022 growth (or, for a rate only a
   * target names, the target's) is above 1 in magnitude.
   */
  private void warnIfFraction(
      String id, Fields fields, OptionalDouble growth, OptionalDouble uncertainty) {
    OptionalDouble reference = baseline
        .flatMap(b -> b.figure(id))
        .map(Figure::growthPct)
        .filter(OptionalDouble::isPresent)
        .or(() -> baseline.flatMap(b -> b.targetsOn(id).stream()
            .map(Target::growthPct)
            .filter(OptionalDouble::isPresent)
            .findFirst()))
        .orElse(OptionalDouble.empty());
    if (reference.isEmpty() || Math.abs(reference.getAsDouble()) <= 1) {
      return;
    }
    String because =
        " (the 2022 or target growth is " + NumberText.format(reference.getAsDouble()) + " %)";
    growth.stream()
        .filter(g -> g != 0 && Math.abs(g) < 1)
        .forEach(g -> reader.warn(
            fields.optional("growth_pct").orElseThrow(),
            "read as percent: " + NumberText.format(g)
                + " means " + NumberText.format(g) + " %, not " + NumberText.format(100 * g) + " %"
                + because));
    uncertainty.stream()
        .filter(u -> u > 0 && u < 1)
        .forEach(u -> reader.warn(
            fields.optional("uncertainty_pct").orElseThrow(),
            "read as percent: "
                + NumberText.format(u) + " means an uncertainty of " + NumberText.format(u) + " %,"
                + " not " + NumberText.format(100 * u) + " %" + because));
  }

  private static OptionalDouble optional(Optional<Double> x) {
    return x.map(OptionalDouble::of).orElse(OptionalDouble.empty());
  }

  /** One indicator's mapping as its model variant reads it. */
  private final class Spec implements ModelReader {
    private final String id;
    private final Fields fields;
    private final Value modelValue;
    private final Optional<Boolean> flow;

    Spec(String id, Fields fields, Value modelValue, Optional<Boolean> flow) {
      this.id = id;
      this.fields = fields;
      this.modelValue = modelValue;
      this.flow = flow;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public Optional<Boolean> flow() {
      return flow;
    }

    @Override
    public Optional<String> unit() {
      return baseline.flatMap(b -> b.figure(id)).map(Figure::unit);
    }

    @Override
    public OptionalDouble level() {
      return declared().level(id).map(OptionalDouble::of).orElse(OptionalDouble.empty());
    }

    @Override
    public boolean has(String key) {
      return fields.optional(key).isPresent();
    }

    @Override
    public Optional<Double> number(String key, DoublePredicate rule, String ruleText) {
      return fields.optional(key).flatMap(v -> reader.number(v, rule, ruleText));
    }

    @Override
    public Optional<Double> requiredNumber(String key, DoublePredicate rule, String ruleText) {
      return required(key).flatMap(v -> reader.number(v, rule, ruleText));
    }

    @Override
    public Optional<Map<String, Double>> namedNumbers(
        String key, boolean required, DoublePredicate rule, String ruleText) {
      Optional<Value> given = required ? required(key) : fields.optional(key);
      Optional<Fields> mapping = given.flatMap(v -> reader.mapping(v, List.of()));
      if (mapping.isEmpty()) {
        return Optional.empty();
      }
      Map<String, Double> numbers = new LinkedHashMap<>();
      boolean ok = true;
      for (Map.Entry<String, Value> entry : mapping.get().entries().entrySet()) {
        Optional<Double> x = reader.number(entry.getValue(), rule, ruleText);
        ok &= x.isPresent();
        x.ifPresent(v -> numbers.put(entry.getKey(), v));
      }
      return ok ? Optional.of(numbers) : Optional.empty();
    }

    @Override
    public void reject(String key, String rule) {
      fields.optional(key).ifPresent(v -> reader.check(v, false, rule));
    }

    @Override
    public void report(String key, String message) {
      fields.optional(key).ifPresent(v -> reader.report(v, message));
    }

    @Override
    public void reportModel(String message) {
      reader.report(modelValue, message);
    }

    @Override
    public Optional<History> history() {
      return history;
    }

    /** The value under {@code key}, which this indicator's model needs; a problem if missing. */
    private Optional<Value> required(String key) {
      Optional<Value> value = fields.optional(key);
      if (value.isEmpty()) {
        reader.report(
            fields.self().anchor(),
            fields.self().child(key),
            "must be given for " + modelValue.text() + ", but is missing");
      }
      return value;
    }
  }
}
