/**
 * Tables, charts and the manifest of a run, written by {@link dev.zhanwang.report.Reports} from a
 * {@link dev.zhanwang.forecast.Forecast}, the {@link dev.zhanwang.audit.Audit} of its targets and
 * {@link dev.zhanwang.forecast.RunInfo} only; each
 * {@link dev.zhanwang.report.ReportFormat} makes one {@link dev.zhanwang.report.Reporter}, among
 * them report.html ({@code ForecastHtml}, built from {@code HtmlPage}'s sections, tables and chart
 * specs, which any job's report.html can reuse) and summary.xlsx ({@code SummaryXlsx}). A
 * {@link dev.zhanwang.backtest.Backtest} is written by {@link dev.zhanwang.report.BacktestReport},
 * a {@link dev.zhanwang.comparison.ModelComparison} by {@link dev.zhanwang.report.ComparisonReport},
 * an audit alone by {@link dev.zhanwang.report.AuditReport}, a
 * {@link dev.zhanwang.scenariocompare.ScenarioComparison} by
 * {@link dev.zhanwang.report.ScenarioComparisonReport}.
 */
package dev.zhanwang.report;
