/**
 * Tables, charts and the manifest of a run, written by {@link dev.zhanwang.report.Reports} from a
 * {@link dev.zhanwang.analysis.Forecast} and {@link dev.zhanwang.analysis.RunInfo} only; each
 * {@link dev.zhanwang.report.ReportFormat} makes one {@link dev.zhanwang.report.Reporter}. A
 * {@link dev.zhanwang.analysis.Backtest} is written by {@link dev.zhanwang.report.BacktestReport},
 * a {@link dev.zhanwang.analysis.ModelComparison} by {@link dev.zhanwang.report.ComparisonReport}.
 */
package dev.zhanwang.report;
