/**
 * The {@code compare} job: several scenarios under common random numbers, the change in each
 * target's P(met) from the first scenario with its paired standard error, and that change
 * attributed to the assumptions that differ by a Shapley attribution over groups of them. Entry
 * type: {@link dev.zhanwang.scenariocompare.ScenarioComparer}; {@link
 * dev.zhanwang.scenariocompare.CommonRandomRuns} runs any scenario variant on the same random
 * numbers, for other jobs that compare variants.
 */
package dev.zhanwang.scenariocompare;
