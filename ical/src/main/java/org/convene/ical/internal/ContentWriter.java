package org.convene.ical.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes RFC 5545 content lines: CRLF endings, folding at 75 octets of UTF-8 without splitting a
 * character (a surrogate pair, four octets, moves to the next line whole), TEXT escaping, and a
 * guard on every value so that no input text can end its line.
 *
 * <p>A line is built in a reusable buffer and folded when it is ended; nothing here allocates per
 * character, which is what makes it faster than ical4j's outputter.
 */
public final class ContentWriter {
  /** RFC 5545 section 3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
  static final int MAX_OCTETS = 75;

  private final Writer out;
  private final StringBuilder line = new StringBuilder(256);
  private final char[] chunk = new char[1024];

  /**
   * Creates a writer onto a character stream that it never closes.
   *
   * @param out the target, not null
   */
  public ContentWriter(Writer out) {
    this.out = out;
  }

  /**
   * Starts a property line with its name.
   *
   * @param name an upper-case property name made of letters, digits and hyphens
   * @return this writer
   */
  public ContentWriter name(String name) {
    line.setLength(0);
    line.append(name);
    return this;
  }

  /**
   * Adds a parameter; the value is quoted when it holds a colon, semicolon or comma, loses double
   * quotes and control characters, which a parameter value cannot carry, and has each backslash
   * replaced by a slash, which no reader can take for an escape.
   *
   * @param name the parameter name
   * @param value the parameter value
   * @return this writer
   */
  public ContentWriter param(String name, String value) {
    line.append(';').append(name).append('=');
    paramValue(value);
    return this;
  }

  /**
   * Adds a parameter with a list of values, each quoted when needed as {@link #param} does.
   *
   * @param name the parameter name
   * @param values the values
   * @return this writer
   */
  public ContentWriter params(String name, String... values) {
    line.append(';').append(name).append('=');
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        line.append(',');
      }
      paramValue(values[i]);
    }
    return this;
  }

  private void paramValue(String value) {
    boolean quote = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ':' || c == ';' || c == ',') {
        quote = true;
        break;
      }
    }
    if (quote) {
      line.append('"');
    }
    appendSafe(value, false);
    if (quote) {
      line.append('"');
    }
  }

  /**
   * Ends the line with a TEXT value, escaped as RFC 5545 section 3.3.11 requires.
   *
   * @param value the text
   * @throws UncheckedIOException if the target fails
   */
  public void text(String value) {
    line.append(':');
    appendText(value);
    end();
  }

  /**
   * Ends the line with a list of TEXT values separated by commas, each one escaped.
   *
   * @param values the texts
   * @throws UncheckedIOException if the target fails
   */
  public void texts(Iterable<String> values) {
    line.append(':');
    boolean first = true;
    for (String value : values) {
      if (!first) {
        line.append(',');
      }
      first = false;
      appendText(value);
    }
    end();
  }

  /**
   * Ends the line with a value that is not TEXT (a date, a number, a URI, an identifier): it is
   * written as it is, except that a control character can never reach the output.
   *
   * @param value the value
   * @throws UncheckedIOException if the target fails
   */
  public void raw(String value) {
    line.append(':');
    appendSafe(value, true);
    end();
  }

  /**
   * Writes a whole line that is known to be safe and short, such as {@code BEGIN:VEVENT}.
   *
   * @param content the line without its line break
   * @throws UncheckedIOException if the target fails
   */
  public void line(String content) {
    line.setLength(0);
    line.append(content);
    end();
  }

  /**
   * Writes a logical line read back from a calendar, folded as any other; a control character
   * other than tab, which a line read back cannot hold anyway, is dropped.
   *
   * @param content the unfolded line without its line break
   * @throws UncheckedIOException if the target fails
   */
  public void logical(String content) {
    line.setLength(0);
    for (int i = 0; i < content.length(); i++) {
      i = appendChar(content, i, content.charAt(i), true);
    }
    end();
  }

  /**
   * Flushes the target.
   *
   * @throws UncheckedIOException if the target fails
   */
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void appendText(String value) {
    int n = value.length();
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\':
          line.append("\\\\");
          break;
        case ';':
          line.append("\\;");
          break;
        case ',':
          line.append("\\,");
          break;
        case '\r':
          line.append("\\n");
          if (i + 1 < n && value.charAt(i + 1) == '\n') {
            i++;
          }
          break;
        case '\n':
        case '\u0085':
        case '\u2028':
        case '\u2029':
          line.append("\\n");
          break;
        default:
          i = appendChar(value, i, c, true);
      }
    }
  }

  private void appendSafe(String value, boolean inValue) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!inValue && c == '"') {
        continue;
      }
      if (!inValue && c == '\\') {
        // RFC 5545 has no escapes in parameters, but ical4j reads \" as an escaped quote and
        // would run the parameter on into the next line
        line.append('/');
        continue;
      }
      i = appendChar(value, i, c, false);
    }
  }

  /**
   * Appends one character unless it is a control character (C0, DEL, C1) or a line or paragraph
   * separator, which TEXT values have turned into {@code \n} before; repairs lone surrogates.
   */
  private int appendChar(String value, int i, char c, boolean keepTab) {
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
      if (c == '\t' && keepTab) {
        line.append(c);
      }
      return i;
    }
    if (Character.isHighSurrogate(c)) {
      if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        line.append(c).append(value.charAt(i + 1));
        return i + 1;
      }
      line.append('\ufffd');
      return i;
    }
    if (Character.isLowSurrogate(c)) {
      line.append('\ufffd');
      return i;
    }
    line.append(c);
    return i;
  }

  /** Folds the buffered line at 75 octets, never inside a UTF-8 sequence, and writes it. */
  private void end() {
    try {
      int octets = 0;
      int from = 0;
      int n = line.length();
      for (int i = 0; i < n; i++) {
        char c = line.charAt(i);
        int width;
        if (c < 0x80) {
          width = 1;
        } else if (c < 0x800) {
          width = 2;
        } else if (Character.isHighSurrogate(c)) {
          width = 4;
        } else {
          width = 3;
        }
        if (octets + width > MAX_OCTETS) {
          write(from, i);
          out.write("\r\n ");
          from = i;
          octets = 1;
        }
        octets += width;
        if (width == 4) {
          i++;
        }
      }
      write(from, n);
      out.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(int from, int to) throws IOException {
    int at = from;
    while (at < to) {
      int len = Math.min(chunk.length, to - at);
      line.getChars(at, at + len, chunk, 0);
      out.write(chunk, 0, len);
      at += len;
    }
  }
}
