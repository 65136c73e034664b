package dev.zhanwang.forecast;

import java.util.List;

/**
 * A flow indicator's year-to-date path through the forecast year: quantiles per month of the
 * cumulative value (累计值) and of its growth on the same months of 2022 (累计增速).
 *
 * @param levels probability levels of the quantiles, ascending
 * @param ytd2022 the 2022 year-to-date path implied by the 2022 total and the seasonality
 * @param ytdQuantiles {@code [month][level]} quantiles of the year-to-date value
 * @param growthQuantilesPct {@code [month][level]} quantiles of year-to-date growth, in percent
 * @param ytdMean mean year-to-date value per month
 * @param targetLevels level targets on this indicator (December year-to-date), may be empty
 */
public record IndicatorFan(
    String indicator,
    String nameZh,
    String nameEn,
    String unit,
    double[] levels,
    double[] ytd2022,
    double[][] ytdQuantiles,
    double[][] growthQuantilesPct,
    double[] ytdMean,
    List<Double> targetLevels) {
  public IndicatorFan {
    targetLevels = List.copyOf(targetLevels);
  }

  public int months() {
    return ytd2022.length;
  }
}
