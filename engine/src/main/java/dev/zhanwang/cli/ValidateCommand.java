package dev.zhanwang.cli;

import dev.zhanwang.scenario.Scenario;
import dev.zhanwang.sim.PlanCompiler;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code forecast validate SCENARIO}: checks a scenario and its data without running it. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Check a scenario file and the data it reads, without simulating.")
final class ValidateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CorrelationRepairOption correlationRepair;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario YAML file.")
  Path scenarioFile;

  @Override
  public Integer call() {
    Scenario scenario = ForecastCommand.loadScenario(spec, scenarioFile, correlationRepair);
    PlanCompiler.Compiled compiled = PlanCompiler.compile(scenario);
    spec.commandLine()
        .getOut()
        .printf(
            "%s is valid: %d indicators, %d composite indicators, %d target checks; %d targets not"
                + " forecast.%n",
            scenarioFile,
            scenario.indicators().size(),
            scenario.composites().size(),
            compiled.criteria().size(),
            compiled.notForecast().size());
    return 0;
  }
}
