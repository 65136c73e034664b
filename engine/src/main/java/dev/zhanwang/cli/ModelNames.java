package dev.zhanwang.cli;

import dev.zhanwang.data.History;
import dev.zhanwang.model.Calibration;
import dev.zhanwang.model.GrowthModel;
import dev.zhanwang.model.ModelSwap;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Comma-separated lists of model and indicator names given on the command line. */
final class ModelNames {
  private ModelNames() {}

  /** The models named in {@code text}, in order, each fitted to history. */
  static List<GrowthModel> models(CommandSpec spec, String text) {
    String allowed =
        Calibration.FITTED.stream().map(GrowthModel::label).collect(Collectors.joining(", "));
    List<GrowthModel> models = new ArrayList<>();
    for (String name : names(spec, "--models", text)) {
      GrowthModel model = GrowthModel.ofLabel(name)
          .filter(Calibration.FITTED::contains)
          .orElseThrow(() -> new CommandLine.ParameterException(
              spec.commandLine(), "--models: must be one of " + allowed + ", but was " + name));
      if (!models.contains(model)) {
        models.add(model);
      }
    }
    return models;
  }

  /**
   * The models named in {@code text}, in order, each one a scenario's indicators can be swapped
   * to ({@link ModelSwap#TARGETS}).
   */
  static List<GrowthModel> swappable(CommandSpec spec, String text) {
    String allowed = GrowthModel.labels(ModelSwap.TARGETS);
    List<GrowthModel> models = new ArrayList<>();
    for (String name : names(spec, "--models", text)) {
      if (GrowthModel.ofLabel(name).filter(m -> !ModelSwap.TARGETS.contains(m)).isPresent()) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--models: must be one of "
                + allowed + ", but was " + name + " (it needs loadings or a history, which only a"
                + " scenario can give: write them there and use forecast run)");
      }
      GrowthModel model = GrowthModel.ofLabel(name)
          .filter(ModelSwap.TARGETS::contains)
          .orElseThrow(() -> new CommandLine.ParameterException(
              spec.commandLine(), "--models: must be one of " + allowed + ", but was " + name));
      if (!models.contains(model)) {
        models.add(model);
      }
    }
    return models;
  }

  /** The indicators named in {@code text}, or all of the history's when {@code text} is null. */
  static List<String> indicators(CommandSpec spec, String text, History history) {
    if (text == null) {
      return history.indicators();
    }
    List<String> indicators = names(spec, "--indicators", text);
    for (String id : indicators) {
      if (!history.indicators().contains(id)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--indicators: must be one of " + String.join(", ", history.indicators()) + ", but was "
                + id);
      }
    }
    return indicators;
  }

  private static List<String> names(CommandSpec spec, String option, String text) {
    List<String> names = new ArrayList<>();
    for (String name : text.split(",", -1)) {
      if (name.isBlank()) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            option + ": must be a comma-separated list of names, but was " + text);
      }
      names.add(name.strip());
    }
    return names;
  }
}
