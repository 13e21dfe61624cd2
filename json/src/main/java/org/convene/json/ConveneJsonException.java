package org.convene.json;

import java.util.Objects;
import org.convene.ConveneException;

/**
 * Thrown when a JSON document cannot be read as the Convene value asked for: it is not JSON, a
 * value has the wrong type, a required field is missing, a field is unknown or given twice, a
 * value breaks the type's own checks, or the document exceeds a limit (nesting depth, string
 * length, number length, document size). Nothing is returned in that case: never a half-built
 * value.
 *
 * <p>The exception names the place with a JSON Pointer (RFC 6901), for example
 * {@code /tracks/1/sessions/3/end}, and says what is wrong and what would be valid:
 *
 * <pre>{@code
 * json.read("{\"formatVersion\":1, ... \"end\":\"25:00\" ...}", Event.class);
 * // ConveneJsonException: /tracks/1/sessions/3/end: "25:00" is not an ISO-8601 local
 * //   date-time in the event's time zone (e.g. 2023-12-11T09:00:00)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ConveneJsonException extends ConveneException {
  private static final long serialVersionUID = 1L;

  /** The JSON Pointer of the offending value. */
  private final String path;

  /** What is wrong there. */
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param path the JSON Pointer of the offending value, {@code ""} for the whole document, not
   *     null
   * @param problem what is wrong and what would be valid, not null
   * @param cause the underlying parser error, or null
   */
  ConveneJsonException(String path, String problem, Throwable cause) {
    super(describe(path, problem), cause);
    this.path = Objects.requireNonNull(path, "path");
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  private static String describe(String path, String problem) {
    return (path.isEmpty() ? "(document)" : path) + ": " + problem;
  }

  /**
   * Returns the JSON Pointer (RFC 6901) of the offending value: {@code /tracks/1/sessions/3/end}
   * for a session's end, {@code ""} for the document as a whole. For a missing field it points
   * where the field should be.
   *
   * @return the path, not null
   */
  public String getPath() {
    return path;
  }

  /**
   * Returns what is wrong at {@link #getPath()}, without the path.
   *
   * @return the problem, not null
   */
  public String getProblem() {
    return problem;
  }
}
