package dev.zhanwang.cli;

import dev.zhanwang.input.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import javax.imageio.ImageIO;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code forecast} command line: {@code run} simulates a scenario and writes tables and
 * charts, {@code validate} checks a scenario and its data without running it,
 * {@code compare-models} runs it under several models with common random numbers;
 * {@code calibrate}, {@code backtest} and {@code synth-history} fit, score and try model variants
 * on a history.
 *
 * <p>Exit status: 0 done, 2 the user's input is wrong (one message per problem, naming file, line
 * and field; no stack trace, no partial output), 1 anything else.
 */
@Command(
    name = "forecast",
    mixinStandardHelpOptions = true,
    versionProvider = ForecastCommand.Version.class,
    description = "展望 zhanwang: Monte Carlo probabilities of meeting a year's targets.",
    subcommands = {RunCommand.class, ValidateCommand.class, CompareModelsCommand.class,
        CalibrateCommand.class, BacktestCommand.class, SynthHistoryCommand.class,
        CommandLine.HelpCommand.class})
public final class ForecastCommand implements Runnable {
  static final int INVALID_INPUT = 2;
  /** 128 + SIGINT, as shells report a command stopped by Ctrl+C. */
  static final int INTERRUPTED = 130;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    // PNGs are encoded in memory, not through ImageIO's cache files in the system's temp folder,
    // which a killed run would leave there and whose closing hook races the encoder on Ctrl+C.
    ImageIO.setUseCache(false);
    System.exit(execute(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs the command line with the given streams; returns the exit status. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new ForecastCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler((ex, arguments) -> {
      err.println("forecast: " + ex.getMessage());
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
      throw ex;
    });
    return cli.execute(args);
  }

  private static String subcommandName(CommandLine commandLine) {
    return commandLine.getParent() == null ? "" : commandLine.getCommandName() + " ";
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "a subcommand is needed: run, validate, compare-models, calibrate, backtest or"
            + " synth-history");
  }

  /** The engine's version, from the build. */
  static String version() {
    try (InputStream in = ForecastCommand.class.getResourceAsStream(
        "/dev/zhanwang/engine.properties")) {
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
