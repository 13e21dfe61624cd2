package org.convene;

import org.instancio.support.InternalTestContext;
import org.instancio.support.ThreadLocalTestContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Puts the Instancio seed of a failing property into its failure message, so that the console of
 * a failed build says how to replay it: {@code seed 123 (replay: put @Seed(123L) on method)}.
 *
 * <p>Instancio's own extension only publishes the seed as a JUnit report entry and a debug log
 * line, which Maven's console shows neither of. This handler is registered for every test of
 * every module through JUnit's extension auto-detection: core's test jar, on every module's test
 * classpath, carries both {@code junit-platform.properties} (which enables it) and the {@code
 * META-INF/services} entry. It reads the seed Instancio's extension keeps for the running test,
 * and does nothing for a test without one.
 * It relies on Instancio's {@code ThreadLocalTestContext}, a public class of its support package
 * that the pinned Instancio version fills in {@code beforeEach} and clears in {@code afterEach}.
 */
public final class SeedOnFailure implements TestExecutionExceptionHandler {
  /** Creates the handler; JUnit calls this. */
  public SeedOnFailure() {}

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
    InternalTestContext instancio = ThreadLocalTestContext.getInstance().get();
    if (instancio == null || thrown instanceof org.opentest4j.TestAbortedException) {
      throw thrown;
    }
    long seed = instancio.getRandom().getSeed();
    AssertionError withSeed = new AssertionError("seed " + seed + " (replay: put @Seed(" + seed + "L) on "
        + context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName()
        + "): " + thrown, thrown);
    withSeed.setStackTrace(thrown.getStackTrace());
    throw withSeed;
  }
}
