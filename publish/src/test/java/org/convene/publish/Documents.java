package org.convene.publish;

import java.io.StringReader;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;

/** Reads the written documents back into the facts the tests compare: one row per session. */
final class Documents {
  private Documents() {}

  /** A session as a document gives it back: title, start and end (if any) on the time line. */
  record Row(String title, OffsetDateTime start, Optional<OffsetDateTime> end) {}

  static Document xml(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
    }
  }

  static String text(Element parent, String name) {
    NodeList nodes = parent.getElementsByTagName(name);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
  }

  /** The sessions of a schedule.xml: end is date plus duration, none for 00:00. */
  static List<Row> xmlRows(String xml) {
    List<Row> rows = new ArrayList<>();
    NodeList events = xml(xml).getElementsByTagName("event");
    for (int i = 0; i < events.getLength(); i++) {
      Element event = (Element) events.item(i);
      OffsetDateTime start = OffsetDateTime.parse(text(event, "date"));
      rows.add(new Row(text(event, "title"), start, end(start, text(event, "duration"))));
    }
    return rows;
  }

  /** The sessions of a schedule.json, day by day and room by room. */
  static List<Row> jsonRows(String json) {
    List<Row> rows = new ArrayList<>();
    JsonNode days = Conformance.MAPPER.readTree(json).get("schedule").get("conference").get("days");
    for (JsonNode day : days) {
      for (JsonNode room : day.get("rooms")) {
        for (JsonNode event : room) {
          OffsetDateTime start = OffsetDateTime.parse(event.get("date").asString());
          Optional<OffsetDateTime> end = end(start, event.get("duration").asString());
          if (event.has("end") && !end.map(OffsetDateTime::toInstant)
              .equals(Optional.of(OffsetDateTime.parse(event.get("end").asString()).toInstant()))) {
            throw new AssertionError("end and duration disagree in " + event);
          }
          rows.add(new Row(event.get("title").asString(), start, end));
        }
      }
    }
    return rows;
  }

  /** The subEvents of a JSON-LD document. */
  static List<Row> jsonLdRows(String jsonLd) {
    List<Row> rows = new ArrayList<>();
    JsonNode sub = Conformance.MAPPER.readTree(jsonLd).get("subEvent");
    if (sub == null) {
      return rows;
    }
    for (JsonNode event : sub) {
      rows.add(new Row(event.get("name").asString(),
          OffsetDateTime.parse(event.get("startDate").asString()),
          event.has("endDate") ? Optional.of(OffsetDateTime.parse(event.get("endDate").asString()))
              : Optional.empty()));
    }
    return rows;
  }

  private static Optional<OffsetDateTime> end(OffsetDateTime start, String duration) {
    String[] parts = duration.split(":");
    Duration length = Duration.ofHours(Long.parseLong(parts[0])).plusMinutes(Long.parseLong(parts[1]));
    return length.isZero() ? Optional.empty() : Optional.of(start.plus(length));
  }
}
