package dev.zhanwang.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Random command lines: every subcommand (and misspelt ones) with options of its own and of the
 * others, values out of range, text where numbers go, odd spellings ({@code 1e6},
 * {@code 1_000_000}), repeated and unknown options, missing values: see {@link Oracle}.
 *
 * <p>Every option value that names a place to write lies inside the case folder: the command runs
 * in this JVM, whose working folder is the build's, so a relative or outside output path could
 * replace real files. Values that would make a valid command run for minutes (billions of paths,
 * a precision of 1e-9) or create a thread per unit of a huge {@code --threads} are left out.
 */
@Tag("fuzz")
class CommandLineFuzzTest {
  private static final String C = CaseFiles.CASE;
  private static final List<String> COMMANDS = List.of(
      "run",
      "validate",
      "compare-models",
      "calibrate",
      "backtest",
      "synth-history",
      "audit",
      "run",
      "validate",
      "compare-models",
      "calibrate",
      "backtest",
      "synth-history",
      "audit",
      "sweep",
      "sensitivity",
      "goal-seek",
      "stress",
      "nowcast",
      "nowcast",
      "help",
      "",
      "RUN",
      "--help",
      "-h",
      "--version",
      "-V",
      "unknown",
      "Run",
      "valid",
      "compare");
  private static final List<String> SCENARIOS = List.of(
      C + "/" + Shipped.SMALL,
      C + "/missing.yaml",
      C + "/data",
      C + "/data/liudong-2022.csv",
      "",
      "-",
      C + "/" + Shipped.SMALL + "\u0000",
      C + "/fuzz 场景 😀.yaml",
      C + "/existing.txt",
      C + "/sweep.yaml");
  private static final Map<String, List<String>> OPTIONS = Map.ofEntries(
      Map.entry(
          "--paths",
          List.of(
              "1",
              "100",
              "1000",
              "0",
              "-1",
              "2147483640",
              "9223372036854775807",
              "9223372036854775808",
              "1e6",
              "1_000_000",
              "1,000",
              "10k",
              "abc",
              "",
              "+5",
              "0x10",
              "１０",
              "-0",
              " 5",
              "5 ",
              "1.5",
              "NaN")),
      Map.entry(
          "--seed",
          List.of(
              "0",
              "-1",
              "9223372036854775807",
              "-9223372036854775808",
              "9223372036854775808",
              "1.5",
              "abc",
              "",
              "0x10",
              "1e3",
              "٣")),
      Map.entry(
          "--threads",
          List.of(
              "1",
              "2",
              "3",
              "64",
              "0",
              "-1",
              "abc",
              "",
              "1.5",
              "2147483648",
              "9999999999",
              "-2147483648")),
      Map.entry(
          "--out",
          List.of(
              C + "/out",
              C + "/out/nested/deeper",
              C + "/existing.txt",
              C + "/" + Shipped.SMALL,
              C + "/out/../out2",
              C + "/输出 dir",
              C + "/a\nb",
              C + "/" + "x".repeat(300),
              "/dev/null",
              C + "/data",
              C,
              C + "/out\u0000",
              C + "/existing.txt/sub")),
      Map.entry(
          "--precision",
          List.of(
              "0.05",
              "0.02",
              "0",
              "-0.1",
              "0.5",
              "0.49",
              "NaN",
              "Infinity",
              "abc",
              "",
              "5%",
              "0.01")),
      Map.entry(
          "--max-paths",
          List.of("4096", "10000", "4095", "0", "-1", "2147483640", "abc", "1e6", "20000")),
      Map.entry(
          "--samples",
          List.of("100", "1", "0", "-1", "4096", "4097", "1e3", "1,000", "abc", "", "2147483648")),
      Map.entry(
          "--sampling",
          List.of("monte-carlo", "latin-hypercube", "lhs", "", "MONTE-CARLO", "monte_carlo")),
      // Only spellings that write no chart: charts take seconds, and their input is the
      // engine's own results, not the user's files.
      Map.entry(
          "--charts",
          List.of(
              "none",
              " none",
              "none ",
              "both",
              "",
              "pdf",
              "none,png",
              "PNG",
              ",",
              "NONE",
              "png;svg",
              "svg,",
              "png,,svg",
              "none,html",
              "html,pdf",
              "xlsx,",
              "HTML")),
      Map.entry(
          "--models",
          List.of(
              "iid-lognormal,ar1-monthly",
              "iid-lognormal",
              "",
              ",",
              "garch",
              "iid-lognormal,iid-lognormal",
              "IID-LOGNORMAL",
              "split-normal,student-t,factor",
              "project-events",
              "ets-trend,bootstrap",
              "iid-lognormal,,ar1-monthly",
              "a,b,c",
              "bootstrap",
              "negative-binomial",
              "iid-lognormal,negative-binomial")),
      Map.entry("--skew", List.of("-0.2", "0", "0.99", "1", "-1", "NaN", "abc", "1e308")),
      Map.entry(
          "--df", List.of("5", "2", "2.0001", "1", "0", "-5", "Infinity", "NaN", "abc", "1e308")),
      Map.entry(
          "--history",
          List.of(
              C + "/" + Shipped.HISTORY,
              C + "/missing.csv",
              C + "/data/liudong-2022.csv",
              C + "/history",
              "",
              "/dev/null",
              C + "/liudong-2023-baseline.yaml",
              C + "/existing.txt")),
      Map.entry(
          "--indicators",
          List.of(
              "synthetic_iid_output",
              "",
              "missing",
              "synthetic_iid_output,synthetic_iid_output",
              ",",
              "gdp",
              "synthetic_ar1_vehicles,synthetic_split_revenue")),
      Map.entry(
          "--targets",
          List.of(
              C + "/" + Shipped.HISTORY_TARGETS,
              C + "/data/liudong-2023-targets.csv",
              C + "/missing.csv",
              "",
              C + "/existing.txt")),
      Map.entry(
          "--figures",
          List.of(
              C + "/data/liudong-2022.csv",
              C + "/data/liudong-2023-targets.csv",
              C + "/missing.csv",
              "",
              C + "/data",
              C + "/existing.txt")),
      Map.entry("--draws", List.of("100", "2", "1", "0", "-1", "abc", "1e3", "2147483648")),
      Map.entry(
          "--min-years",
          List.of("8", "20", "2", "1", "0", "-1", "29", "30", "31", "1000", "abc", "2147483647")),
      Map.entry("--years", List.of("30", "3", "2", "200", "201", "0", "-1", "abc")),
      Map.entry(
          "--last-year",
          List.of("2022", "0", "-1", "99999", "2147483647", "abc", "1900", "-2147483648")),
      Map.entry("--spark", List.of("local[2]", "local[*]", "", "yarn")),
      Map.entry("--max-hybrids", List.of("32", "2", "1", "0", "-1", "abc", "1e3", "2147483648")),
      Map.entry("--repair-correlation", List.of("")),
      Map.entry(
          "--target",
          List.of(
              "industrial_output_total",
              "gdp_growth",
              "industrial_output_totl",
              "projects_introduced",
              "",
              "规上工业总产值")),
      Map.entry("--probability", List.of("0.8", "0.5", "0", "1", "-0.1", "NaN", "abc", "0.999999")),
      Map.entry(
          "--vary",
          List.of(
              "industrial_output_total.growth_pct",
              "secondary_va.growth_pct",
              "industrial_output_total.uncertainty_pct",
              "industrial_output_totl.growth_pct",
              "growth_pct",
              ".growth_pct",
              "")),
      Map.entry(
          "--stress",
          List.of(
              "secondary_va:0-5",
              "vehicle_output:95-100",
              "industrial_output_total:0-5%",
              "secondary_va:5-5",
              "secondary_va:0-101",
              "secondary_va",
              "unknown:0-5",
              ":0-5",
              "secondary_va:５-１０")),
      Map.entry(
          "--actuals",
          List.of(
              C + "/actuals.csv",
              C + "/actuals/liudong-2023-ILLUSTRATIVE-actuals.csv",
              C + "/bad-actuals.csv",
              C + "/missing.csv",
              "",
              C + "/existing.txt",
              C + "/data/liudong-2022.csv")),
      Map.entry(
          "--as-of", List.of("2023-06", "2023-1", "2023-12", "2023-13", "2022-06", "", "abc")),
      Map.entry("--unknown", List.of("x")),
      Map.entry("-x", List.of("1")),
      Map.entry("--path", List.of("100")),
      Map.entry("--PATHS", List.of("100")),
      Map.entry("---paths", List.of("100")),
      Map.entry("--help", List.of("")),
      Map.entry("--version", List.of("")),
      Map.entry("@" + C + "/args.txt", List.of("")),
      Map.entry("@" + C + "/missing-args.txt", List.of("")),
      Map.entry("--", List.of(C + "/" + Shipped.SMALL)));
  private static final List<String> OPTION_NAMES =
      OPTIONS.keySet().stream().sorted().toList();

  /**
   * One option on the command line.
   *
   * @param option which option (modulo the list)
   * @param value which of its values
   * @param form {@code --opt value}, {@code --opt=value}, the name alone, the value alone, or
   *     the option twice
   */
  record Option(int option, int value, int form) {}

  @Test
  void commandLine_random_endsInResultsOrInProblemLines() throws Exception {
    FuzzRun.check("CommandLineFuzzTest", 1000, random -> {
      int command = random.nextInt(COMMANDS.size());
      int scenario = random.nextInt(41);
      List<Option> options = new ArrayList<>();
      for (int n = random.nextInt(7); options.size() < n; ) {
        options.add(new Option(random.nextInt(1001), random.nextInt(1001), random.nextInt(1001)));
      }
      return new Recipe<>(options, some -> commandLine(command, scenario, some));
    });
  }

  private static Case commandLine(int command, int scenario, List<Option> options) {
    String name = COMMANDS.get(command);
    List<String> args = new ArrayList<>();
    if (!name.isEmpty()) {
      args.add(name);
    }
    if (scenario < SCENARIOS.size()) {
      args.add(SCENARIOS.get(scenario));
    } else if (scenario < 36
        && List.of(
                "run",
                "validate",
                "compare-models",
                "audit",
                "sensitivity",
                "goal-seek",
                "stress",
                "nowcast")
            .contains(name)) {
      args.add(SCENARIOS.get(0)); // mostly a scenario that runs, to reach the options' checks
    } else if (scenario < 36 && name.equals("sweep")) {
      args.add(C + "/sweep.yaml"); // mostly a sweep that runs
    }
    List<String> described = new ArrayList<>();
    for (Option o : options) {
      String option = Pools.pick(OPTION_NAMES, o.option());
      String value = Pools.pick(OPTIONS.get(option), o.value());
      switch (Math.floorMod(o.form(), 8)) {
        case 0, 1, 2 -> {
          args.add(option);
          args.add(value);
        }
        case 3 -> args.add(option + "=" + value);
        case 4 -> args.add(option);
        case 5 -> args.add(value);
        default -> {
          args.add(option);
          args.add(value);
          args.add(option);
          args.add(value);
        }
      }
      described.add(option + " " + Oracle.escape(value));
    }
    // Commands that write to out/ under the working folder by default must write in the case.
    boolean writes = List.of(
                "run",
                "compare-models",
                "backtest",
                "audit",
                "sweep",
                "compare",
                "sensitivity",
                "goal-seek",
                "stress",
                "nowcast")
            .contains(name)
        || name.equalsIgnoreCase("run");
    if (writes && !args.contains("--out") && args.stream().noneMatch(a -> a.startsWith("--out="))) {
      args.add("--out");
      args.add(C + "/out");
    }
    if (name.equals("sweep") && args.stream().noneMatch(a -> a.startsWith("--paths"))) {
      args.add("--paths"); // a sweep runs each grid point: keep them small
      args.add("1000");
    }
    if ((name.equals("run") || name.equals("sweep") || name.equals("nowcast"))
        && args.stream().noneMatch(a -> a.startsWith("--charts"))) {
      args.add("--charts");
      args.add("none");
    }
    if (name.equals("audit")
        && args.stream().noneMatch(a -> a.startsWith("--paths") || a.startsWith("--targets"))) {
      args.add("--paths"); // the default 20,000 paths take seconds on a loaded machine
      args.add("1000");
    }
    if (List.of("sensitivity", "goal-seek", "stress").contains(name)) {
      // A million paths per run, and these run many: minutes, which the pools leave out.
      args.replaceAll(a -> a.replace("1e6", "1e3").replace("1_000_000", "1_000"));
    }
    if (name.equals("sensitivity") && args.stream().noneMatch(a -> a.startsWith("--target"))) {
      args.add("--target"); // every target of the baseline is some 80 runs: a minute or more
      args.add("budget_revenue");
    }
    if (name.equals("sensitivity") && args.stream().noneMatch(a -> a.startsWith("--paths"))) {
      args.add("--paths"); // the default 20,000 paths per run, several runs
      args.add("1000");
    }
    if (name.equals("backtest") && args.stream().noneMatch(a -> a.startsWith("--draws"))) {
      args.add("--draws"); // the default 4000 draws take seconds a model
      args.add("100");
    }
    CaseFiles files = Shipped.copy();
    files.put("existing.txt", "a file the engine did not write\n");
    files.put(
        "sweep.yaml", "scenarios: [" + Shipped.SMALL + "]\naxes:\n  simulation.seed: [1, 2]\n");
    files.put("args.txt", "--paths\n100\n--charts\nnone\n");
    files.put(
        "actuals.csv",
        "indicator,period,ytd_value,ytd_growth_pct,source\n"
            + "industrial_output_total,2023-1-2月,136.5,7.0,ILLUSTRATIVE\n"
            + "industrial_output_total,2023-06,494.7,8.4,ILLUSTRATIVE\n");
    files.put(
        "bad-actuals.csv",
        "indicator,period,ytd_value,source\n"
            + "industrial_output_total,2023-06,494.7,x\n"
            + "industrial_output_total,2023-03,226.6,x\n");
    return new Case(
        List.of("args " + described),
        files,
        List.of(new Case.Step(args, Case.Role.OTHER, writes ? "out" : null)));
  }
}
