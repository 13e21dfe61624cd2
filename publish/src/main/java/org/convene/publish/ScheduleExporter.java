package org.convene.publish;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.convene.Event;
import org.convene.Track;
import org.convene.internal.Require;
import org.convene.publish.internal.Ids;
import org.convene.publish.internal.Json;
import org.convene.publish.internal.Texts;
import tools.jackson.core.JsonGenerator;

/**
 * Publishes an event as a frab schedule, the {@code schedule.xml} and {@code schedule.json} that
 * frab, pretalx and Indico-based systems write and that conference apps and tools read (Giggity,
 * EventFahrplan, pyfahrplan, info-beamer signage, the C3VOC video tracker).
 *
 * <pre>{@code
 * ScheduleExporter exporter = ScheduleExporter.builder().language("en").build();
 * String xml = exporter.exportXml(SeedEvent.event());
 * String json = exporter.exportJson(SeedEvent.event());
 * }</pre>
 *
 * <p>What a schedule holds:
 *
 * <ul>
 *   <li>The conference: acronym (the event's id in lower case with every character other than a
 *       letter or digit an underscore, at least four characters: {@code oots_go_live_accelerator}),
 *       title, first and last day, number of days, time slot (the largest whole number of
 *       minutes, at most an hour, that divides every session's start and duration), the zone's
 *       id as {@code time_zone_name} (left out for ids the format's pattern refuses, such as
 *       {@code Etc/GMT+5} or a fixed offset: every time carries its offset anyway), the event's
 *       web page, its tracks, and in {@code schedule.json} its rooms with a stable UUID each.
 *   <li>One day per day of the event, 00:00 to 24:00 in the event's zone (later if a session of
 *       that day ends after midnight), with every room in each day: first the rooms of the
 *       plenary sessions, then those of the tracks in the tracks' order, each in the order in which
 *       it first appears.
 *   <li>Each session, under the day on which it starts, as an {@code event}: a stable UUID (name
 *       based, version 5, from the event's id and the session's id) and integer id (31 bits of
 *       that UUID, so a re-export keeps both; should two sessions of one event draw the same
 *       number, the later one in time order takes the next free number), start date and time
 *       with the offset of that instant, {@code start} as {@code HH:mm}, duration as {@code
 *       hh:mm} (the time that really elapses, so across a daylight-saving change it differs from
 *       the wall-clock difference; seconds are rounded up to a minute), room, track, type (the
 *       session's kind in lower case, {@code wrap-up} for {@code WRAP_UP}), a slug ({@code
 *       <acronym>-<id>-<title in ASCII>}), title, {@code abstract} (the session's description),
 *       {@code description} (its agenda as "- " bullets), and the language if the builder sets
 *       one. {@code schedule.json} adds {@code end} for sessions that have one, and, since the
 *       schema requires a {@code url} for each session, the event's web page or else the URN of
 *       the session's UUID.
 * </ul>
 *
 * <p>The room of a session is its own room, else the name of its location, else the title of its
 * track, else the name of the event's venue, else the event's title: the seed event has one room
 * per track. Room and track names are written on one line (line breaks and tabs become spaces), as
 * XML reads them in attribute values anyway. What the model does not know is left out ({@code schedule.json} writes {@code null}
 * or an empty list where its schema requires the field): persons, links, subtitles, recording
 * licences, and anything of quotas, fees or travel.
 *
 * <p>Breaks, meals and social events are sessions like the others, with their kind as type. An
 * open-ended session, such as the seed's 18:00 social event, has duration {@code 00:00} (an
 * instant, as an iCal feed without DTEND says), or the {@linkplain
 * Builder#openEndDuration(Duration) configured one}; it never gets an {@code end} in {@code
 * schedule.json}. A session that lasts more than 99:59, a session outside the event's days, or
 * two sessions with one id give a {@link PublishException}.
 *
 * <p>Text is escaped for each format: in XML, characters that XML 1.0 forbids (control characters
 * other than tab and line breaks, U+FFFE, U+FFFF) are dropped and lone surrogates replaced by
 * U+FFFD; {@code <}, {@code >}, {@code &} and quotes become entities, so {@code ]]>} never appears
 * raw; a carriage return reads back as a line feed, since XML parsers normalise line ends. In JSON
 * every character is kept, escaped as JSON requires. The same event and settings give
 * byte-identical output: fields in a fixed order, two-space indents, {@code \n} line breaks.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScheduleExporter {
  /** Where the schema of {@code schedule.json} lives, as frab and pretalx announce it. */
  static final String SCHEMA = "https://c3voc.de/schedule/schema.json";
  private static final Pattern HTTP = Pattern.compile("https?://.+");

  private final String version;
  private final Optional<String> language;
  private final Duration openEndDuration;

  private ScheduleExporter(Builder builder) {
    this.version = builder.version;
    this.language = builder.language;
    this.openEndDuration = builder.openEndDuration;
  }

  /**
   * Starts an exporter.
   *
   * @return a builder with the defaults described on each of its methods, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the stable UUID (the {@code guid}) of a session in a schedule.
   *
   * @param eventId the event's id, not null
   * @param sessionId the session's id, not null
   * @return the UUID, the same on every call, not null
   */
  public static UUID guidOf(String eventId, String sessionId) {
    Require.argument(eventId, "ScheduleExporter", "guidOf", "eventId");
    Require.argument(sessionId, "ScheduleExporter", "guidOf", "sessionId");
    return Ids.session(eventId, sessionId);
  }

  /**
   * Exports an event as {@code schedule.xml}.
   *
   * @param event the event, not null
   * @return the document, starting with the XML declaration, not null
   * @throws PublishException if the event holds a session the format cannot express
   */
  public String exportXml(Event event) {
    StringWriter out = new StringWriter(8192);
    exportXml(event, out);
    return out.toString();
  }

  /**
   * Exports an event as {@code schedule.xml} onto a character stream, which is flushed and left
   * open. Given an {@link OutputStreamWriter}, the JDK's XML writer writes each character outside
   * the Basic Multilingual Plane (an emoji) as a character reference such as {@code &#x1f389;}:
   * the same document to an XML reader, but not the same characters as {@link #exportXml(Event)};
   * {@link #exportXml(Event, OutputStream)} writes those.
   *
   * @param event the event, not null
   * @param out the stream, not null
   * @throws PublishException if the event holds a session the format cannot express
   * @throws UncheckedIOException if the stream fails
   */
  public void exportXml(Event event, Writer out) {
    Require.argument(event, "ScheduleExporter", "exportXml", "event");
    Require.argument(out, "ScheduleExporter", "exportXml", "out");
    SchedulePlan plan = SchedulePlan.of(event, openEndDuration);
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      new XmlWriter(xml).write(plan);
      xml.flush();
      out.flush();
    } catch (XMLStreamException e) {
      if (e.getCause() instanceof IOException) {
        throw new UncheckedIOException((IOException) e.getCause());
      }
      throw new IllegalStateException("the JDK's XML writer failed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Exports an event as {@code schedule.xml} onto a byte stream as UTF-8, which is flushed and
   * left open.
   *
   * @param event the event, not null
   * @param out the stream, not null
   * @throws PublishException if the event holds a session the format cannot express
   * @throws UncheckedIOException if the stream fails
   */
  public void exportXml(Event event, OutputStream out) {
    Require.argument(out, "ScheduleExporter", "exportXml", "out");
    // not the OutputStreamWriter itself: the JDK's XML writer would then write characters outside
    // the BMP as character references, and the bytes would differ from exportXml(event)'s
    exportXml(event, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
  }

  /**
   * Exports an event as {@code schedule.json}.
   *
   * @param event the event, not null
   * @return the document, ending with a line break, not null
   * @throws PublishException if the event holds a session the format cannot express
   */
  public String exportJson(Event event) {
    StringWriter out = new StringWriter(8192);
    exportJson(event, out);
    return out.toString();
  }

  /**
   * Exports an event as {@code schedule.json} onto a character stream, which is flushed and left
   * open.
   *
   * @param event the event, not null
   * @param out the stream, not null
   * @throws PublishException if the event holds a session the format cannot express
   * @throws UncheckedIOException if the stream fails
   */
  public void exportJson(Event event, Writer out) {
    Require.argument(event, "ScheduleExporter", "exportJson", "event");
    Require.argument(out, "ScheduleExporter", "exportJson", "out");
    SchedulePlan plan = SchedulePlan.of(event, openEndDuration);
    Json.write(out, false, json -> writeJson(plan, json));
  }

  /**
   * Exports an event as {@code schedule.json} onto a byte stream as UTF-8, which is flushed and
   * left open.
   *
   * @param event the event, not null
   * @param out the stream, not null
   * @throws PublishException if the event holds a session the format cannot express
   * @throws UncheckedIOException if the stream fails
   */
  public void exportJson(Event event, OutputStream out) {
    Require.argument(out, "ScheduleExporter", "exportJson", "out");
    exportJson(event, new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  private void writeJson(SchedulePlan plan, JsonGenerator json) {
    Event event = plan.event;
    json.writeStartObject();
    json.writeStringProperty("$schema", SCHEMA);
    json.writeName("generator");
    json.writeStartObject();
    json.writeStringProperty("name", "Convene");
    json.writeEndObject();
    json.writeName("schedule");
    json.writeStartObject();
    json.writeStringProperty("version", version);
    json.writeName("conference");
    json.writeStartObject();
    json.writeStringProperty("acronym", plan.acronym);
    json.writeStringProperty("title", event.getTitle());
    Optional<String> summary = event.getSummary().or(event::getDescription);
    if (summary.isPresent()) {
      json.writeStringProperty("description", summary.get());
    }
    json.writeStringProperty("start", event.getStartDate().toString());
    json.writeStringProperty("end", event.getEndDate().toString());
    json.writeNumberProperty("daysCount", plan.days.size());
    json.writeStringProperty("timeslot_duration", plan.timeslot);
    if (plan.zoneName.isPresent()) {
      json.writeStringProperty("time_zone_name", plan.zoneName.get());
    }
    if (event.getUrl().isPresent()) {
      json.writeStringProperty("url", event.getUrl().get().toASCIIString());
    }
    json.writeName("tracks");
    json.writeStartArray();
    for (Track track : plan.tracks) {
      json.writeStartObject();
      json.writeStringProperty("name", SchedulePlan.oneLine(track.getTitle()));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeName("rooms");
    json.writeStartArray();
    for (Map.Entry<String, UUID> room : plan.roomGuids.entrySet()) {
      json.writeStartObject();
      json.writeStringProperty("name", room.getKey());
      json.writeStringProperty("guid", room.getValue().toString());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeName("days");
    json.writeStartArray();
    for (SchedulePlan.Day day : plan.days) {
      json.writeStartObject();
      json.writeNumberProperty("index", day.index);
      json.writeStringProperty("date", day.date.toString());
      json.writeStringProperty("day_start", day.start.format(SchedulePlan.DATE_TIME));
      json.writeStringProperty("day_end", day.end.format(SchedulePlan.DATE_TIME));
      json.writeName("rooms");
      json.writeStartObject();
      for (Map.Entry<String, List<SchedulePlan.Entry>> room : day.rooms.entrySet()) {
        json.writeName(room.getKey());
        json.writeStartArray();
        for (SchedulePlan.Entry entry : room.getValue()) {
          writeJson(plan, entry, json);
        }
        json.writeEndArray();
      }
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndObject();
  }

  private void writeJson(SchedulePlan plan, SchedulePlan.Entry entry, JsonGenerator json) {
    json.writeStartObject();
    json.writeStringProperty("guid", entry.guid.toString());
    json.writeNumberProperty("id", entry.id);
    json.writeStringProperty("date", entry.start.format(SchedulePlan.DATE_TIME));
    json.writeStringProperty("start", entry.startTime());
    if (entry.end.isPresent()) {
      json.writeStringProperty("end", entry.end.get().format(SchedulePlan.DATE_TIME));
    }
    json.writeStringProperty("duration", entry.duration);
    json.writeStringProperty("room", entry.room);
    json.writeStringProperty("slug", entry.slug);
    json.writeStringProperty("url", plan.event.getUrl().map(u -> u.toASCIIString())
        .orElse("urn:uuid:" + entry.guid));
    json.writeStringProperty("title", entry.session.getTitle());
    json.writeNullProperty("subtitle");
    writeNullable(json, "track", entry.track.map(t -> SchedulePlan.oneLine(t.getTitle())));
    json.writeStringProperty("type", entry.type);
    writeNullable(json, "language", language);
    writeNullable(json, "abstract", entry.session.getDescription());
    writeNullable(json, "description", entry.agenda);
    json.writeName("persons");
    json.writeStartArray();
    json.writeEndArray();
    json.writeName("links");
    json.writeStartArray();
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeNullable(JsonGenerator json, String name, Optional<String> value) {
    if (value.isPresent()) {
      json.writeStringProperty(name, value.get());
    } else {
      json.writeNullProperty(name);
    }
  }

  /** schedule.xml, indented by hand: the JDK's writer does not indent. */
  private final class XmlWriter {
    private final XMLStreamWriter xml;
    private int depth;

    XmlWriter(XMLStreamWriter xml) {
      this.xml = xml;
    }

    void write(SchedulePlan plan) throws XMLStreamException {
      Event event = plan.event;
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("schedule");
      depth++;
      indent();
      xml.writeEmptyElement("generator");
      xml.writeAttribute("name", "Convene");
      element("version", version);
      open("conference");
      element("acronym", plan.acronym);
      element("title", event.getTitle());
      element("start", event.getStartDate().toString());
      element("end", event.getEndDate().toString());
      element("days", Integer.toString(plan.days.size()));
      element("timeslot_duration", plan.timeslot);
      if (plan.zoneName.isPresent()) {
        element("time_zone_name", plan.zoneName.get());
      }
      Optional<String> url = event.getUrl().map(u -> u.toASCIIString())
          .filter(u -> HTTP.matcher(u).matches());
      if (url.isPresent()) {
        element("url", url.get());
      }
      for (Track track : plan.tracks) {
        indent();
        xml.writeEmptyElement("track");
        attribute("name", SchedulePlan.oneLine(track.getTitle()));
      }
      close();
      for (SchedulePlan.Day day : plan.days) {
        open("day");
        xml.writeAttribute("index", Integer.toString(day.index));
        xml.writeAttribute("date", day.date.toString());
        xml.writeAttribute("start", day.start.format(SchedulePlan.DATE_TIME));
        xml.writeAttribute("end", day.end.format(SchedulePlan.DATE_TIME));
        for (Map.Entry<String, List<SchedulePlan.Entry>> room : day.rooms.entrySet()) {
          if (room.getValue().isEmpty()) {
            indent();
            xml.writeEmptyElement("room");
            roomAttributes(plan, room.getKey());
            continue;
          }
          open("room");
          roomAttributes(plan, room.getKey());
          for (SchedulePlan.Entry entry : room.getValue()) {
            write(entry, url);
          }
          close();
        }
        close();
      }
      depth--;
      indent();
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
    }

    private void roomAttributes(SchedulePlan plan, String room) throws XMLStreamException {
      attribute("name", room);
      xml.writeAttribute("guid", plan.roomGuids.get(room).toString());
    }

    private void write(SchedulePlan.Entry entry, Optional<String> url) throws XMLStreamException {
      open("event");
      xml.writeAttribute("guid", entry.guid.toString());
      xml.writeAttribute("id", Integer.toString(entry.id));
      element("date", entry.start.format(SchedulePlan.DATE_TIME));
      element("start", entry.startTime());
      element("duration", entry.duration);
      element("room", entry.room);
      element("slug", entry.slug);
      if (url.isPresent()) {
        element("url", url.get());
      }
      element("title", entry.session.getTitle());
      element("track", entry.track.map(t -> SchedulePlan.oneLine(t.getTitle())).orElse(""));
      element("type", entry.type);
      if (language.isPresent()) {
        element("language", language.get());
      }
      element("abstract", entry.session.getDescription().orElse(""));
      if (entry.agenda.isPresent()) {
        element("description", entry.agenda.get());
      }
      close();
    }

    private void open(String name) throws XMLStreamException {
      indent();
      xml.writeStartElement(name);
      depth++;
    }

    private void close() throws XMLStreamException {
      depth--;
      indent();
      xml.writeEndElement();
    }

    private void element(String name, String text) throws XMLStreamException {
      indent();
      xml.writeStartElement(name);
      xml.writeCharacters(Texts.xml(text));
      xml.writeEndElement();
    }

    private void attribute(String name, String value) throws XMLStreamException {
      xml.writeAttribute(name, Texts.xml(value));
    }

    private void indent() throws XMLStreamException {
      xml.writeCharacters("\n" + "  ".repeat(depth));
    }
  }

  /**
   * Configures a {@link ScheduleExporter}.
   *
   * <p>This class is mutable and not thread-safe; the exporter it builds is immutable.
   */
  public static final class Builder {
    private String version = "1.0";
    private Optional<String> language = Optional.empty();
    private Duration openEndDuration = Duration.ZERO;

    private Builder() {}

    /**
     * Sets the schedule's version, which apps show and compare to tell a new release of the
     * programme.
     *
     * @param version the version, {@code 1.0} unless set, not null
     * @return this builder
     * @throws IllegalArgumentException if the version is blank
     */
    public Builder version(String version) {
      Require.argument(version, "ScheduleExporter.Builder", "version", "version");
      if (version.isBlank()) {
        throw new IllegalArgumentException("version \"" + version + "\" is blank: use for example \"1.0\"");
      }
      this.version = version;
      return this;
    }

    /**
     * Sets the language of every session, which Convene's model does not know; without it the
     * language is left out ({@code null} in {@code schedule.json}).
     *
     * @param language a BCP 47 language tag, such as {@code "en"}, not null
     * @return this builder
     * @throws IllegalArgumentException if the tag is not well-formed
     */
    public Builder language(String language) {
      Require.argument(language, "ScheduleExporter.Builder", "language", "language");
      this.language = Optional.of(LanguageTags.check(language));
      return this;
    }

    /**
     * Gives open-ended sessions this duration instead of {@code 00:00}.
     *
     * @param duration a duration from zero to 99 hours 59 minutes, not null
     * @return this builder
     * @throws IllegalArgumentException if the duration is negative or longer than 99:59
     */
    public Builder openEndDuration(Duration duration) {
      Require.argument(duration, "ScheduleExporter.Builder", "openEndDuration", "duration");
      if (duration.isNegative() || duration.compareTo(SchedulePlan.LONGEST) > 0) {
        throw new IllegalArgumentException("openEndDuration " + duration
            + " is outside what a schedule can say: use PT0M to PT99H59M");
      }
      this.openEndDuration = duration;
      return this;
    }

    /**
     * Builds the exporter.
     *
     * @return a new exporter, not null
     */
    public ScheduleExporter build() {
      return new ScheduleExporter(this);
    }
  }
}
