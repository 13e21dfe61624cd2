package org.convene.publish.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Jackson streaming generators as the writers need them: two-space indents and {@code \n} line
 * breaks whatever the platform (so output is the same bytes everywhere), the target left open,
 * and optionally the escapes that make JSON safe inside an HTML {@code <script>} element.
 */
public final class Json {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
  private static final DefaultPrettyPrinter PRETTY = prettyPrinter();

  private Json() {}

  /**
   * Opens a pretty-printing generator onto a writer, which it leaves open when closed.
   *
   * @param out the writer
   * @param htmlSafe true to escape {@code < > &} and U+2028/U+2029 as JSON escapes
   * @return the generator
   */
  public static JsonGenerator generator(Writer out, boolean htmlSafe) {
    return FACTORY.createGenerator(new Context(htmlSafe ? HtmlSafe.INSTANCE : null), out);
  }

  /**
   * Writes one JSON document and a final line break onto a writer, then flushes it and leaves it
   * open.
   *
   * @param out the writer
   * @param htmlSafe as for {@link #generator(Writer, boolean)}
   * @param document writes the document's tokens
   * @throws UncheckedIOException if the writer fails
   */
  public static void write(Writer out, boolean htmlSafe, Consumer<JsonGenerator> document) {
    try (JsonGenerator json = generator(out, htmlSafe)) {
      document.accept(json);
    } catch (JacksonException e) {
      if (e.getCause() instanceof IOException) {
        throw new UncheckedIOException((IOException) e.getCause());
      }
      throw e;
    }
    try {
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }

  private static final class Context extends ObjectWriteContext.Base {
    private final CharacterEscapes escapes;

    Context(CharacterEscapes escapes) {
      this.escapes = escapes;
    }

    @Override
    public CharacterEscapes getCharacterEscapes() {
      return escapes;
    }

    @Override
    public PrettyPrinter getPrettyPrinter() {
      return PRETTY.createInstance();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  }

  /**
   * Escapes what could end a {@code <script>} element or start markup inside it ({@code <},
   * {@code >}, {@code &}), and the two line terminators that JavaScript before ES2019 does not
   * accept inside a string literal (U+2028, U+2029). JSON parsers read the escapes back as the
   * same characters.
   */
  static final class HtmlSafe extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    static final HtmlSafe INSTANCE = new HtmlSafe();

    private final int[] ascii;

    private HtmlSafe() {
      ascii = CharacterEscapes.standardAsciiEscapesForJSON();
      ascii['<'] = ESCAPE_CUSTOM;
      ascii['>'] = ESCAPE_CUSTOM;
      ascii['&'] = ESCAPE_CUSTOM;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii.clone();
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      switch (ch) {
        case '<':
          return new SerializedString("\\u003C");
        case '>':
          return new SerializedString("\\u003E");
        case '&':
          return new SerializedString("\\u0026");
        case 0x2028:
          return new SerializedString("\\u2028");
        case 0x2029:
          return new SerializedString("\\u2029");
        default:
          return null;
      }
    }
  }
}
