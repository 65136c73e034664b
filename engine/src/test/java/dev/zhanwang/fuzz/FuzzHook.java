package dev.zhanwang.fuzz;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Runs a fuzz property under {@link FuzzSettings}: sets jqwik's seed and tries, starts the
 * property's {@link FuzzRun}, and once jqwik has generated every case waits for them, prints the
 * property's summary line and fails the property when more cases failed than
 * {@code fuzz.maxFailures} allows, or when fewer cases ran than asked.
 */
final class FuzzHook implements AroundPropertyHook {

  /** The number of cases a property runs at {@code fuzz.scale} 1. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @interface Cases {
    int value();
  }

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context,
      PropertyExecutor property) throws Throwable {
    int tries = FuzzSettings.cases(context.findAnnotation(Cases.class)
        .orElseThrow(() -> new IllegalStateException("a fuzz property needs @Cases"))
        .value());
    context.attributes().setSeed(FuzzSettings.seed());
    context.attributes().setTries(tries);
    context.attributes().setGeneration(GenerationMode.RANDOMIZED);
    context.attributes().setShrinking(FuzzSettings.shrink() ? ShrinkingMode.FULL
        : ShrinkingMode.OFF);
    FuzzRun run = FuzzRun.start(context.targetMethod().getName());
    PropertyExecutionResult result = property.execute();
    String summary = run.finish();
    System.out.println(summary);
    if (result.status() != PropertyExecutionResult.Status.SUCCESSFUL) {
      return result;
    }
    if (run.cases() < tries) {
      return result.mapToFailed(run.property() + " ran " + run.cases() + " cases, fewer than the "
          + tries + " asked");
    }
    int allowed = FuzzSettings.maxFailures();
    if (allowed >= 0 && run.failedCases() > allowed) {
      return result.mapToFailed(run.failedCases() + " cases failed (fuzz.maxFailures="
          + allowed + "):\n" + summary);
    }
    return result;
  }

  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS; // added on the class, it must reach its properties
  }

  @Override
  public int aroundPropertyProximity() {
    return -100; // outside jqwik's own hooks, so that its reporting sees our verdict
  }
}
