package dev.zhanwang.model;

import dev.zhanwang.data.History;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link GrowthModel#STUDENT_T}: fat-tailed annual log-growth with {@code df > 2} degrees of
 * freedom, scaled to standard deviation {@code sd}: {@code G = ln(1+g) + sd sqrt((df - 2) / df) T},
 * {@code T = Z / sqrt(V / df)}, {@code V ~ chi-square(df)} drawn per path from a stream of its own
 * ({@link StudentTShocks}). Fitted by penalised maximum likelihood ({@link StudentTFit}) to at
 * least 6 years of annual growth.
 *
 * @param degreesOfFreedom {@code df}, in (2, {@value #MAX_DF}]
 */
public record StudentT(double degreesOfFreedom) implements Model {
  /** Beyond this many degrees of freedom the t is a normal for any purpose here. */
  static final double MAX_DF = 1000;

  static final Variant VARIANT = new Variant() {
    @Override
    public String label() {
      return "student-t";
    }

    @Override
    public List<String> keys() {
      return List.of("df");
    }

    @Override
    public Optional<Model> read(ModelReader in) {
      return in.requiredNumber(
              "df",
              d -> d > 2 && d <= MAX_DF,
              "in (2, 1000] (the variance exists; beyond that, use a normal)")
          .map(StudentT::new);
    }

    @Override
    public Optional<Model> assumed(ModelSwap.Defaults defaults) {
      return Optional.of(new StudentT(defaults.degreesOfFreedom()));
    }

    @Override
    public Optional<String> unsupported(History history, String indicator) {
      return Calibration.annualProblem(history, indicator, 6, label());
    }

    @Override
    public Map<String, FittedModel> fit(History history, List<String> indicators) {
      return Calibration.annualFits(history, indicators, StudentTFit::of);
    }
  };

  @Override
  public GrowthModel variant() {
    return GrowthModel.STUDENT_T;
  }

  @Override
  public Draw draw(IndicatorSpec spec, double[] expectedMonths) {
    double df = degreesOfFreedom;
    return new Draw.Annual(
        new StudentTShocks(Model.sd(spec) * Math.sqrt((df - 2) / df), df), false);
  }

  @Override
  public Map<String, Double> parameters() {
    return Map.of("df", degreesOfFreedom);
  }
}
