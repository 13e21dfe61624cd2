package org.convene.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Content lines as the reader gives them: line breaks (CRLF, LF, CR, none at the end) wherever
 * the input's chunks end, folding, a byte order mark, blank lines, parameters (quoted, lists,
 * valueless), the line cap exactly and one past it, and the problems' messages with their line.
 */
class ContentReaderTest {

  /** A reader that gives at most {@code chunk} characters a call, and nothing at every other. */
  private static final class Chunked extends Reader {
    private final String text;
    private final int chunk;
    private int at;
    private boolean idle;

    Chunked(String text, int chunk) {
      this.text = text;
      this.chunk = chunk;
    }

    @Override
    public int read(char[] into, int offset, int length) {
      idle = !idle;
      if (idle) {
        return 0;
      }
      if (at == text.length()) {
        return -1;
      }
      int n = Math.min(Math.min(chunk, length), text.length() - at);
      text.getChars(at, at + n, into, offset);
      at += n;
      return n;
    }

    @Override
    public void close() {}
  }

  /** Each line as number|name|params|value. */
  private static List<String> lines(Reader in, int max) {
    ContentReader reader = new ContentReader(in, max);
    List<String> out = new ArrayList<>();
    for (ContentReader.Line l = reader.next(); l != null; l = reader.next()) {
      StringBuilder params = new StringBuilder();
      for (String[] p : l.params) {
        params.append(p[0]).append('=').append(p[1]).append(';');
      }
      out.add(l.number + "|" + l.name + "|" + params + "|" + l.value);
    }
    return out;
  }

  private static List<String> lines(String text) {
    return lines(new StringReader(text), 1000);
  }

  @Test
  void everyKindOfLineBreakEndsALine_inWholeInputAndInOneCharacterChunks() {
    String text = "A:1\rB:2\nC:3\r\nD:4";
    List<String> expected = List.of("1|A||1", "2|B||2", "3|C||3", "4|D||4");
    assertEquals(expected, lines(text));
    assertEquals(expected, lines(new Chunked(text, 1), 1000));
    assertEquals(expected, lines(new Chunked(text, 4), 1000));
  }

  @Test
  void aByteOrderMarkIsDropped_andAnEmptyFirstLineIsSkipped() {
    assertEquals(List.of("1|BEGIN||VCALENDAR"), lines("\ufeffBEGIN:VCALENDAR\r\n"));
    assertEquals(List.of("2|A||1"), lines("\r\nA:1\r\n"));
    assertEquals(List.of(), lines(""));
  }

  @Test
  void foldedLinesAreJoinedAndBlankLinesSkipped() {
    assertEquals(List.of("1|SUMMARY||abcd", "5|X||1"),
        lines("SUMMARY:ab\r\n c\r\n\td\r\n\r\nX:1\r\n"));
  }

  @Test
  void parametersAreReadWithQuotesListsAndNoValue() {
    assertEquals(List.of("1|X|P=a,b:c,d;Q=e;R=;|v:w"),
        lines("x;p=\"a,b:c\",d;Q=e;R:v:w"));
    assertEquals(List.of("1|X|P=a\"b;|v"), lines("X;P=a\"b:v"));
    assertEquals(List.of("1|X|R=;Q=1;|v"), lines("X;R;Q=1:v"));
  }

  private static String problem(String text) {
    ContentReader reader = new ContentReader(new StringReader(text), 1000);
    ContentReader.MalformedLine e = assertThrows(ContentReader.MalformedLine.class, reader::next);
    assertEquals("4|A||1", reader.next().number + "|" + "A||1",
        "reading goes on after the malformed line");
    return e.getMessage();
  }

  @Test
  void malformedLinesAreNamedWithTheirLineAndReadingGoesOn() {
    assertEquals("line 1: \"NOCOLON\" is not a content line: expected NAME:value",
        problem("NOCOLON\r\n\r\n\r\nA:1"));
    assertEquals("line 1: \":v\" has no property name before ':': expected NAME:value",
        problem(":v\r\n\r\n\r\nA:1"));
    assertEquals("line 1: parameter P opens a quote that is never closed",
        problem("X;P=\"a:v\r\n\r\n\r\nA:1"));
    assertEquals("line 1: property X has no ':' before its value: expected NAME:value",
        problem("X;P=a\r\n\r\n\r\nA:1"));
  }

  @Test
  void aLineExactlyAtTheCapIsRead_oneMoreIsRefusedNamingItsLine() {
    String ten = "SUMMARY:ab";
    for (int chunk : new int[] {1, 3, 100}) {
      assertEquals(List.of("1|A||1", "2|SUMMARY||ab"),
          lines(new Chunked("A:1\r\n" + ten + "\r\n", chunk), 10), "chunk " + chunk);
      assertEquals(List.of("1|A||1", "2|SUMMARY||ab"),
          lines(new Chunked("A:1\r\n" + ten, chunk), 10), "chunk " + chunk + ", no break");
      CalendarFormatException e = assertThrows(CalendarFormatException.class,
          () -> lines(new Chunked("A:1\r\n" + ten + "c\r\n", chunk), 10), "chunk " + chunk);
      assertEquals("line 2: the line is longer than the cap of 10 characters: raise"
          + " FeedImporter.Builder.maxLineLength", e.getMessage());
      assertThrows(CalendarFormatException.class,
          () -> lines(new Chunked("A:1\r\n" + ten + "c", chunk), 10), "chunk " + chunk);
    }
  }

  @Test
  void aFoldedLineExactlyAtTheCapIsRead_oneMoreIsRefusedNamingBothLines() {
    assertEquals(List.of("1|SUMMARY||ab"), lines(new StringReader("SUMMARY:a\r\n b\r\n"), 10));
    CalendarFormatException e = assertThrows(CalendarFormatException.class,
        () -> lines(new StringReader("SUMMARY:a\r\n b\r\n c\r\n"), 10));
    assertEquals("line 3: the content line begun at line 1 is longer than the cap of 10"
        + " characters: raise FeedImporter.Builder.maxLineLength", e.getMessage());
  }

  @Test
  void aFailingInputIsReportedWithTheLineBeingRead() {
    Reader failing = new Reader() {
      private boolean given;

      @Override
      public int read(char[] into, int offset, int length) throws IOException {
        if (given) {
          throw new IOException("disk gone");
        }
        given = true;
        "A:1\r\nB:".getChars(0, 7, into, offset);
        return 7;
      }

      @Override
      public void close() {}
    };
    CalendarFormatException e = assertThrows(CalendarFormatException.class,
        () -> lines(failing, 1000));
    assertEquals("line 2: the calendar cannot be read: disk gone", e.getMessage());
  }

  @Test
  void abbreviateKeeps40CharactersAndMarksControlCharacters() {
    String forty = "a".repeat(40);
    assertEquals(forty, ContentReader.abbreviate(forty));
    assertEquals(forty + "...", ContentReader.abbreviate(forty + "b"));
    assertEquals("? ?~", ContentReader.abbreviate("\u0001 \u007f~"));
  }
}
