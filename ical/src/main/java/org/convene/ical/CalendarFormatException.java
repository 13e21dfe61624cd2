package org.convene.ical;

import org.convene.ConveneException;

/**
 * Thrown when a calendar cannot be imported: it is broken, hostile, or larger than the importer's
 * caps allow. It is the only exception {@link FeedImporter} throws for bad input.
 *
 * <p>The message names the line, says what was wrong and what would be valid, for example {@code
 * line 12: DTSTART value "2023-12-11" is not a DATE (yyyyMMdd) or DATE-TIME (yyyyMMdd'T'HHmmss)}.
 */
public final class CalendarFormatException extends ConveneException {
  private static final long serialVersionUID = 1L;

  /** The 1-based line of the input where the problem was found. */
  private final int line;

  CalendarFormatException(int line, String problem) {
    super("line " + line + ": " + problem);
    this.line = line;
  }

  CalendarFormatException(int line, String problem, Throwable cause) {
    super("line " + line + ": " + problem, cause);
    this.line = line;
  }

  /**
   * Returns the number of the physical line, counted from 1, where the problem was found.
   *
   * @return the line number; 0 when the input could not be read at all
   */
  public int getLine() {
    return line;
  }
}
