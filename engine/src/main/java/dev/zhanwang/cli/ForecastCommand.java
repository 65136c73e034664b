package dev.zhanwang.cli;

import dev.zhanwang.input.InvalidInputException;
import dev.zhanwang.input.NumberText;
import dev.zhanwang.input.Problem;
import dev.zhanwang.input.Suggestions;
import dev.zhanwang.scenario.Scenario;
import dev.zhanwang.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Properties;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code forecast} command line: {@code run} simulates a scenario and writes tables and
 * charts, {@code validate} checks a scenario and its data without running it, {@code audit}
 * checks a target set for coherence,
 * {@code compare-models} runs it under several models with common random numbers;
 * {@code calibrate}, {@code backtest} and {@code synth-history} fit, score and try model variants
 * on a history.
 *
 * <p>Exit status: 0 done, 2 the user's input is wrong (one message per problem, naming file, line
 * and field; no stack trace, no partial output), 1 a bug of the engine (one line; the stack trace
 * only with {@code FORECAST_DEBUG=1}).
 */
@Command(
    name = "forecast",
    mixinStandardHelpOptions = true,
    versionProvider = ForecastCommand.Version.class,
    description = "展望 zhanwang: Monte Carlo probabilities of meeting a year's targets.")
public final class ForecastCommand implements Runnable {
  static final int INVALID_INPUT = 2;
  static final int INTERNAL_ERROR = 1;
  /** The environment variable that makes an internal error print its stack trace. */
  static final String DEBUG = "FORECAST_DEBUG";
  /** 128 + SIGINT, as shells report a command stopped by Ctrl+C. */
  static final int INTERRUPTED = 130;
  /**
   * The seed of the commands that read no scenario ({@code backtest}, {@code synth-history}):
   * the shipped scenarios' {@code simulation.seed}, so the documented examples reproduce.
   */
  static final String DEFAULT_SEED = "20230203";

  /** The subcommands, in the order the help lists them. */
  private static final List<Class<?>> SUBCOMMANDS = List.of(
      RunCommand.class,
      ValidateCommand.class,
      AuditCommand.class,
      CompareModelsCommand.class,
      SweepCommand.class,
      CompareCommand.class,
      CalibrateCommand.class,
      BacktestCommand.class,
      SynthHistoryCommand.class,
      SensitivityCommand.class,
      GoalSeekCommand.class,
      StressCommand.class,
      NowcastCommand.class,
      CommandLine.HelpCommand.class);

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    // PNGs are encoded in memory, not through ImageIO's cache files in the system's temp folder,
    // which a killed run would leave there and whose closing hook races the encoder on Ctrl+C.
    ImageIO.setUseCache(false);
    System.exit(execute(
        args,
        new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs the command line with the given streams; returns the exit status. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new ForecastCommand());
    subcommandsFor(args).forEach(cli::addSubcommand);
    cli.setOut(out);
    cli.setErr(err);
    cli.registerConverter(Long.class, ForecastCommand::wholeNumber);
    cli.registerConverter(long.class, ForecastCommand::wholeNumber);
    cli.registerConverter(Integer.class, ForecastCommand::intNumber);
    cli.registerConverter(int.class, ForecastCommand::intNumber);
    cli.registerConverter(Double.class, ForecastCommand::decimalNumber);
    cli.registerConverter(double.class, ForecastCommand::decimalNumber);
    cli.registerConverter(Path.class, ForecastCommand::path);
    cli.setParameterExceptionHandler((ex, arguments) -> {
      err.println("forecast: " + Problem.oneLine(describe(ex)));
      err.println("Try 'forecast " + subcommandName(ex.getCommandLine()) + "--help'.");
      return INVALID_INPUT;
    });
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      if (ex instanceof InvalidInputException invalid) {
        err.println(invalid.getMessage());
        return INVALID_INPUT;
      }
      if (ShutdownCleanup.started()) {
        // Stopped by a signal: the cleanup removed the folder this run was writing, which is
        // why it failed; the hook has said so, and the process exits with the signal's status.
        return INTERRUPTED;
      }
      return internalError(ex, err);
    });
    try {
      return cli.execute(args);
    } catch (Throwable bug) { // an Error, which picocli lets through
      return internalError(bug, err);
    }
  }

  /**
   * Only the subcommand named first, when one is: picocli builds each subcommand's model by
   * reflection, which for all of them took a third of a second of every run's start. Help,
   * mistakes and a bare {@code forecast} get them all.
   */
  private static List<Class<?>> subcommandsFor(String[] args) {
    List<Class<?>> named = args.length == 0
        ? List.of()
        : SUBCOMMANDS.stream()
            .filter(command -> command != CommandLine.HelpCommand.class)
            .filter(command -> command.getAnnotation(Command.class).name().equals(args[0]))
            .toList();
    return named.isEmpty() ? SUBCOMMANDS : named;
  }

  /** Anything but a user's mistake: said on one line, the stack trace only on request. */
  private static int internalError(Throwable bug, PrintWriter err) {
    err.println("forecast: internal error (a bug in the engine, not in your input; please report"
        + " it with the command line): " + Problem.oneLine(String.valueOf(bug)));
    if (System.getenv(DEBUG) != null) {
      bug.printStackTrace(err);
    } else {
      err.println("Set " + DEBUG + "=1 to print the stack trace.");
    }
    return INTERNAL_ERROR;
  }

  /** Loads a scenario and prints the warnings its files gave. */
  static Scenario loadScenario(CommandSpec spec, Path file) {
    return loadScenario(spec, file, new CorrelationRepairOption());
  }

  /** As {@link #loadScenario(CommandSpec, Path)}, repairing the correlation when asked to. */
  static Scenario loadScenario(CommandSpec spec, Path file, CorrelationRepairOption correlation) {
    Scenario scenario = ScenarioLoader.load(file, correlation.repair);
    scenario.warnings().forEach(warnings(spec));
    return scenario;
  }

  /** Receives warnings about a command's input files and prints each on one line. */
  static Consumer<Problem> warnings(CommandSpec spec) {
    PrintWriter err = spec.commandLine().getErr();
    return warning -> err.println("warning: " + warning);
  }

  /** Whole numbers as planners type them: {@code 1000000}, {@code 1e6}, {@code 1,000,000}. */
  private static long wholeNumber(String text) {
    return NumberText.parseWhole(text)
        .orElseThrow(
            () -> new CommandLine.TypeConversionException("'" + text + "' is not a whole number"));
  }

  private static int intNumber(String text) {
    long value = wholeNumber(text);
    if (value != (int) value) {
      throw new CommandLine.TypeConversionException("'" + text + "' is out of range");
    }
    return (int) value;
  }

  private static Path path(String text) {
    if (text.isEmpty()) {
      // Path.of("") is the current folder, which no one means by typing "" (an empty variable).
      throw new CommandLine.TypeConversionException("the value is empty, not a path");
    }
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw new CommandLine.TypeConversionException(
          "'" + text + "' is not a path here: " + e.getReason());
    }
  }

  private static double decimalNumber(String text) {
    OptionalDouble value = NumberText.parse(text, false);
    if (value.isEmpty()) {
      throw new CommandLine.TypeConversionException("'" + text + "' is not a finite number");
    }
    return value.getAsDouble();
  }

  /**
   * What to say of a parameter exception: for a mistyped subcommand or option, the closest one
   * ("'valdiate' is not a command; did you mean validate?"), else picocli's message.
   */
  private static String describe(CommandLine.ParameterException ex) {
    if (ex instanceof CommandLine.UnmatchedArgumentException unmatched
        && !unmatched.getUnmatched().isEmpty()) {
      String typed = unmatched.getUnmatched().get(0);
      CommandSpec command = ex.getCommandLine().getCommandSpec();
      boolean option = typed.startsWith("-");
      List<String> known = option
          ? command.options().stream().flatMap(o -> Arrays.stream(o.names())).toList()
          : List.copyOf(command.subcommands().keySet());
      if (option || !known.isEmpty()) {
        return "'" + typed + "' is not " + (option ? "an option of " : "a command of ")
            + command.qualifiedName()
            + Suggestions.closest(typed, known)
                .map(meant -> "; did you mean " + meant + "?")
                .orElse("");
      }
    }
    return ex.getMessage();
  }

  private static String subcommandName(CommandLine commandLine) {
    return commandLine.getParent() == null ? "" : commandLine.getCommandName() + " ";
  }

  @Override
  public void run() {
    List<String> names = spec.subcommands().keySet().stream()
        .filter(name -> !name.equals("help"))
        .toList();
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "a subcommand is needed: "
            + String.join(", ", names.subList(0, names.size() - 1))
            + " or " + names.get(names.size() - 1));
  }

  /** The engine's version, from the build. */
  static String version() {
    try (InputStream in =
        ForecastCommand.class.getResourceAsStream("/dev/zhanwang/engine.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"zhanwang " + version()};
    }
  }
}
