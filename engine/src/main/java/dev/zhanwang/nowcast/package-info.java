/**
 * The nowcast job: how likely each target still is, given the year-to-date actuals published so
 * far. Entry type {@link dev.zhanwang.nowcast.Nowcaster}; its result is a
 * {@link dev.zhanwang.nowcast.Nowcast}. Each model's monthly form and its conditioning live with
 * the model ({@link dev.zhanwang.model.MonthlyForm}); this package chooses the observations,
 * draws the rest of the year and turns it into probabilities, required growth and a status.
 */
package dev.zhanwang.nowcast;
