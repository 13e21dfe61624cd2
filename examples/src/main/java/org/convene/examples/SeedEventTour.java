package org.convene.examples;

import java.io.PrintStream;

/**
 * The README's run command: builds the seed event and shows what Convene does with it.
 */
public final class SeedEventTour {
  private SeedEventTour() {}

  /**
   * Prints the tour to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = System.out;
    AgendaTour.print(out);
    ValidationTour.print(out);
    RulesTour.print(out);
    FeedsTour.print(out);
    PublishTour.print(out);
  }
}
