package org.convene.ical.internal;

import java.io.Writer;

/** A {@link Writer} over a {@link StringBuilder}: unlike StringWriter, not synchronized. */
public final class TextBuffer extends Writer {
  private final StringBuilder text;

  /**
   * Creates an empty buffer.
   *
   * @param capacity the initial capacity in characters
   */
  public TextBuffer(int capacity) {
    this.text = new StringBuilder(capacity);
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    text.append(chars, offset, length);
  }

  @Override
  public void write(String string) {
    text.append(string);
  }

  @Override
  public void write(String string, int offset, int length) {
    text.append(string, offset, offset + length);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  @Override
  public String toString() {
    return text.toString();
  }
}
