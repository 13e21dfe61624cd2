package org.convene.ical;

import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The first half of an import: reads a calendar's text into its components, checking that they
 * nest and that the input stays within the caps, without interpreting any value. {@link
 * SessionMapper} does the second half. The calendar's own properties, its top-level VEVENTs and
 * its top-level VTIMEZONEs are kept; other components (VTODO, VJOURNAL, the VALARMs inside a
 * VEVENT) are checked and dropped.
 *
 * <p>A strict reader fails on the first broken line. A lenient one marks the VEVENT the line
 * belongs to as broken (the mapper then skips it with a warning), skips a broken line outside
 * any VEVENT with a warning, and closes what an END or the end of the input leaves open.
 */
final class CalendarReader {
  /** One component as read: its properties in order and, for a VTIMEZONE, its sub-components. */
  static final class Component {
    final String name;
    final int line;
    final List<ContentReader.Line> properties = new ArrayList<>();
    /** The logical lines of sub-components, BEGIN and END included, kept for VTIMEZONE only. */
    final List<ContentReader.Line> nested = new ArrayList<>(0);
    private String broken;

    Component(String name, int line) {
      this.name = name;
      this.line = line;
    }

    /** The first property of that name, or null. */
    ContentReader.Line first(String propertyName) {
      for (ContentReader.Line l : properties) {
        if (l.name.equals(propertyName)) {
          return l;
        }
      }
      return null;
    }

    /** Every property of that name, in order. */
    List<ContentReader.Line> all(String propertyName) {
      List<ContentReader.Line> lines = new ArrayList<>(1);
      for (ContentReader.Line l : properties) {
        if (l.name.equals(propertyName)) {
          lines.add(l);
        }
      }
      return lines;
    }

    /** The unescaped TEXT value of the first property of that name, or null. */
    String text(String propertyName) {
      ContentReader.Line l = first(propertyName);
      return l == null ? null : Values.unescape(l.value);
    }

    /** Why a lenient read found this component broken, if it did. */
    Optional<String> broken() {
      return Optional.ofNullable(broken);
    }

    void breakWith(String problem) {
      if (broken == null) {
        broken = problem;
      }
    }
  }

  /** What a calendar holds, before interpretation. */
  static final class RawCalendar {
    final List<ContentReader.Line> properties = new ArrayList<>();
    final List<Component> events = new ArrayList<>();
    final List<Component> timeZones = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    /** The first calendar property of that name, or null. */
    ContentReader.Line first(String propertyName) {
      for (ContentReader.Line l : properties) {
        if (l.name.equals(propertyName)) {
          return l;
        }
      }
      return null;
    }
  }

  private final int maxLineLength;
  private final int maxComponents;
  private final int maxProperties;
  private final boolean lenient;

  CalendarReader(int maxLineLength, int maxComponents, int maxProperties, boolean lenient) {
    this.maxLineLength = maxLineLength;
    this.maxComponents = maxComponents;
    this.maxProperties = maxProperties;
    this.lenient = lenient;
  }

  /** One open component: its name, where it began, its property count, what keeps it. */
  private static final class Open {
    final String name;
    final int line;
    int properties;
    /** The top-level component this one belongs to, or null if nothing keeps it. */
    final Component keeper;

    Open(String name, int line, Component keeper) {
      this.name = name;
      this.line = line;
      this.keeper = keeper;
    }
  }

  RawCalendar read(Reader calendar) {
    ContentReader reader = new ContentReader(calendar, maxLineLength);
    RawCalendar result = new RawCalendar();
    Deque<Open> open = new ArrayDeque<>();
    int components = 0;
    int calendarProperties = 0;
    while (true) {
      ContentReader.Line line;
      try {
        line = reader.next();
      } catch (ContentReader.MalformedLine e) {
        malformed(e.problem, open, result);
        continue;
      }
      if (line == null) {
        break;
      }
      if (line.name.equals("BEGIN")) {
        String name = line.value.trim().toUpperCase(Locale.ROOT);
        if (++components > maxComponents) {
          throw new CalendarFormatException(line.number, "more than " + maxComponents
              + " components: raise FeedImporter.Builder.maxComponents");
        }
        Component keeper = null;
        if (topLevel(open)) {
          if (name.equals("VEVENT")) {
            keeper = new Component(name, line.number);
            result.events.add(keeper);
          } else if (name.equals("VTIMEZONE")) {
            keeper = new Component(name, line.number);
            result.timeZones.add(keeper);
          }
        } else if (open.peek().keeper != null && open.peek().keeper.name.equals("VTIMEZONE")) {
          keeper = open.peek().keeper;
          keeper.nested.add(line);
        }
        open.push(new Open(name, line.number, keeper));
        continue;
      }
      if (line.name.equals("END")) {
        end(line, open, result);
        continue;
      }
      Open current = open.peek();
      int count = current == null ? ++calendarProperties : ++current.properties;
      if (count > maxProperties) {
        throw new CalendarFormatException(line.number, "more than " + maxProperties
            + " properties in one component: raise FeedImporter.Builder.maxProperties");
      }
      if (current == null) {
        continue;
      }
      if (current.keeper != null && current.line == current.keeper.line) {
        current.keeper.properties.add(line);
      } else if (current.keeper != null && current.keeper.name.equals("VTIMEZONE")) {
        current.keeper.nested.add(line);
      } else if (current.name.equals("VCALENDAR") && open.size() == 1) {
        result.properties.add(line);
      }
    }
    if (!open.isEmpty()) {
      Open innermost = open.peek();
      String problem = "the calendar ends inside \"" + ContentReader.abbreviate(innermost.name)
          + "\" begun at line " + innermost.line + ": every BEGIN needs its END";
      if (!lenient) {
        throw new CalendarFormatException(reader.lineNumber(), problem);
      }
      result.warnings.add("line " + reader.lineNumber() + ": " + problem);
      for (Open o : open) {
        if (o.keeper != null) {
          o.keeper.breakWith("line " + reader.lineNumber() + ": " + problem);
        }
      }
    }
    return result;
  }

  private static boolean topLevel(Deque<Open> open) {
    return open.isEmpty() || (open.size() == 1 && open.peek().name.equals("VCALENDAR"));
  }

  private void end(ContentReader.Line line, Deque<Open> open, RawCalendar result) {
    String name = line.value.trim().toUpperCase(Locale.ROOT);
    Open current = open.peek();
    if (current != null && current.name.equals(name)) {
      open.pop();
      if (current.keeper != null && current.line != current.keeper.line) {
        current.keeper.nested.add(line);
      }
      return;
    }
    String problem = "\"END:" + ContentReader.abbreviate(name)
        + (current == null ? "\" closes nothing" : "\" does not close " + current.name
            + " begun at line " + current.line) + ": components must nest";
    if (!lenient) {
      throw new CalendarFormatException(line.number, problem);
    }
    result.warnings.add("line " + line.number + ": " + problem);
    boolean opened = open.stream().anyMatch(o -> o.name.equals(name));
    if (!opened) {
      return;
    }
    while (!open.isEmpty()) {
      Open closed = open.pop();
      if (closed.keeper != null) {
        closed.keeper.breakWith("line " + line.number + ": " + problem);
      }
      if (closed.name.equals(name)) {
        return;
      }
    }
  }

  private void malformed(CalendarFormatException problem, Deque<Open> open, RawCalendar result) {
    if (!lenient) {
      throw problem;
    }
    Open current = open.peek();
    if (current != null && current.keeper != null) {
      current.keeper.breakWith(problem.getMessage());
    } else {
      result.warnings.add(problem.getMessage() + " (line skipped)");
    }
  }
}
