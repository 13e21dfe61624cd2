package org.convene.ical;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads RFC 5545 content lines: unfolds them, accepts CRLF, LF or a lone CR as the line break,
 * and splits each line into name, parameters and value. It reads every character once, keeps one
 * logical line in memory and refuses a line longer than its cap, so that no input can make it
 * hang or grow without bound.
 */
final class ContentReader {
  /** One logical line. */
  static final class Line {
    final int number;
    final String name;
    final List<String[]> params;
    final String value;
    /** The whole logical line, unfolded, as it was read. */
    final String raw;

    Line(int number, String name, List<String[]> params, String value, String raw) {
      this.number = number;
      this.name = name;
      this.params = params;
      this.value = value;
      this.raw = raw;
    }

    /** The first value of a parameter, or null. */
    String param(String paramName) {
      for (String[] param : params) {
        if (param[0].equals(paramName)) {
          return param[1];
        }
      }
      return null;
    }
  }

  /**
   * Thrown by {@link #next()} for a logical line that is not a content line; reading can go on
   * with the line after it, which a lenient reader does.
   */
  static final class MalformedLine extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final transient CalendarFormatException problem;

    MalformedLine(CalendarFormatException problem) {
      super(problem.getMessage(), problem, false, false);
      this.problem = problem;
    }
  }

  private final Reader in;
  private final int maxLineLength;
  private final char[] buffer = new char[8192];
  private int position;
  private int limit;
  private boolean eof;
  private int physicalLine;
  private String lookahead;
  private int lookaheadNumber;
  private boolean started;

  ContentReader(Reader in, int maxLineLength) {
    this.in = in;
    this.maxLineLength = maxLineLength;
  }

  /**
   * Returns the next non-blank logical line, or null at the end of the input.
   *
   * @throws MalformedLine if the line is not NAME[;params]:value; the next call goes on after it
   * @throws CalendarFormatException if a line is longer than the cap or the input fails
   */
  Line next() {
    if (!started) {
      started = true;
      lookahead = physical();
      lookaheadNumber = physicalLine;
      if (lookahead != null && !lookahead.isEmpty() && lookahead.charAt(0) == '\ufeff') {
        lookahead = lookahead.substring(1);
      }
    }
    while (lookahead != null) {
      int number = lookaheadNumber;
      String first = lookahead;
      StringBuilder folded = null;
      lookahead = physical();
      lookaheadNumber = physicalLine;
      while (lookahead != null
          && !lookahead.isEmpty()
          && (lookahead.charAt(0) == ' ' || lookahead.charAt(0) == '\t')) {
        if (folded == null) {
          folded = new StringBuilder(first);
        }
        if (folded.length() + lookahead.length() - 1 > maxLineLength) {
          throw new CalendarFormatException(
              lookaheadNumber,
              "the content line begun at line " + number + " is longer than the cap of "
                  + maxLineLength + " characters: raise FeedImporter.Builder.maxLineLength");
        }
        folded.append(lookahead, 1, lookahead.length());
        lookahead = physical();
        lookaheadNumber = physicalLine;
      }
      String text = folded == null ? first : folded.toString();
      if (text.isBlank()) {
        continue;
      }
      try {
        return parse(number, text);
      } catch (CalendarFormatException e) {
        throw new MalformedLine(e);
      }
    }
    return null;
  }

  /** Returns the current physical line's number: the last one read. */
  int lineNumber() {
    return physicalLine;
  }

  private Line parse(int number, String text) {
    int n = text.length();
    int i = 0;
    while (i < n && text.charAt(i) != ';' && text.charAt(i) != ':') {
      i++;
    }
    if (i == n) {
      throw new CalendarFormatException(
          number, "\"" + abbreviate(text) + "\" is not a content line: expected NAME:value");
    }
    String name = text.substring(0, i).trim().toUpperCase(Locale.ROOT);
    if (name.isEmpty()) {
      throw new CalendarFormatException(
          number, "\"" + abbreviate(text) + "\" has no property name before '" + text.charAt(i)
              + "': expected NAME:value");
    }
    List<String[]> params = List.of();
    while (i < n && text.charAt(i) == ';') {
      int start = ++i;
      while (i < n && text.charAt(i) != '=' && text.charAt(i) != ':' && text.charAt(i) != ';') {
        i++;
      }
      String paramName = text.substring(start, i).trim().toUpperCase(Locale.ROOT);
      StringBuilder value = new StringBuilder();
      if (i < n && text.charAt(i) == '=') {
        i++;
        boolean more = true;
        while (more) {
          if (i < n && text.charAt(i) == '"') {
            int close = text.indexOf('"', i + 1);
            if (close < 0) {
              throw new CalendarFormatException(
                  number, "parameter " + paramName + " opens a quote that is never closed");
            }
            value.append(text, i + 1, close);
            i = close + 1;
          }
          while (i < n && text.charAt(i) != ',' && text.charAt(i) != ';' && text.charAt(i) != ':'
              && text.charAt(i) != '"') {
            value.append(text.charAt(i++));
          }
          if (i < n && text.charAt(i) == '"') {
            value.append('"');
            i++;
            continue;
          }
          more = i < n && text.charAt(i) == ',';
          if (more) {
            value.append(',');
            i++;
          }
        }
      }
      if (params.isEmpty()) {
        params = new ArrayList<>(2);
      }
      params.add(new String[] {paramName, value.toString()});
    }
    if (i >= n || text.charAt(i) != ':') {
      throw new CalendarFormatException(
          number, "property " + name + " has no ':' before its value: expected NAME:value");
    }
    return new Line(number, name, params, text.substring(i + 1), text);
  }

  static String abbreviate(String text) {
    StringBuilder out = new StringBuilder();
    int max = Math.min(text.length(), 40);
    for (int i = 0; i < max; i++) {
      char c = text.charAt(i);
      out.append(c < 0x20 || c == 0x7f ? '?' : c);
    }
    return text.length() > max ? out + "..." : out.toString();
  }

  /** Reads one physical line without its break, or null at the end of the input. */
  private String physical() {
    if (eof && position >= limit) {
      return null;
    }
    StringBuilder line = null;
    while (true) {
      if (position >= limit && !fill()) {
        if (line == null) {
          return null;
        }
        physicalLine++;
        return line.toString();
      }
      int start = position;
      while (position < limit) {
        char c = buffer[position];
        if (c == '\n' || c == '\r') {
          String text = append(line, start, position);
          position++;
          if (c == '\r') {
            if (position >= limit) {
              fill();
            }
            if (position < limit && buffer[position] == '\n') {
              position++;
            }
          }
          physicalLine++;
          return text;
        }
        position++;
      }
      if (line == null) {
        line = new StringBuilder();
      }
      checkLength(line.length() + position - start);
      line.append(buffer, start, position - start);
    }
  }

  private String append(StringBuilder line, int start, int end) {
    if (line == null) {
      checkLength(end - start);
      return new String(buffer, start, end - start);
    }
    checkLength(line.length() + end - start);
    return line.append(buffer, start, end - start).toString();
  }

  private void checkLength(int length) {
    if (length > maxLineLength) {
      throw new CalendarFormatException(
          physicalLine + 1,
          "the line is longer than the cap of " + maxLineLength
              + " characters: raise FeedImporter.Builder.maxLineLength");
    }
  }

  private boolean fill() {
    if (eof) {
      return false;
    }
    try {
      int read;
      do {
        read = in.read(buffer, 0, buffer.length);
      } while (read == 0);
      if (read < 0) {
        eof = true;
        position = 0;
        limit = 0;
        return false;
      }
      position = 0;
      limit = read;
      return true;
    } catch (IOException e) {
      throw new CalendarFormatException(
          physicalLine + 1, "the calendar cannot be read: " + e.getMessage(), e);
    }
  }
}
