package org.convene.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.convene.ConveneGenerators;
import org.convene.Event;
import org.convene.Session;
import org.convene.publish.Documents.Row;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/** For any valid event: the three documents validate, are deterministic, and keep every session. */
@ExtendWith(InstancioExtension.class)
class PublishProperties {
  private static final JsonLdExporter JSON_LD = JsonLdExporter.builder().language("en").build();
  private static final ScheduleExporter SCHEDULE = ScheduleExporter.builder().build();

  @RepeatedTest(60)
  void scheduleXmlValidatesAgainstTheFrabXsd(@Given(ConveneGenerators.Events.class) Event event) {
    Conformance.assertValidXml(SCHEDULE.exportXml(event));
  }

  @RepeatedTest(60)
  void scheduleJsonValidatesAgainstTheFrabJsonSchema(@Given(ConveneGenerators.Events.class) Event event) {
    Conformance.assertValidJson(SCHEDULE.exportJson(event));
  }

  @RepeatedTest(60)
  void jsonLdUsesOnlySchemaOrgTermsWithinTheirDomainsAndRanges(
      @Given(ConveneGenerators.Events.class) Event event) {
    Conformance.assertSchemaOrg(JSON_LD.export(event));
  }

  @RepeatedTest(60)
  void jsonLdNeverHoldsARawCharacterThatHtmlReadsInsideAScriptElement(
      @Given(ConveneGenerators.Events.class) Event event) {
    String markup = JSON_LD.exportScript(event);
    String json = markup.substring(markup.indexOf('\n') + 1, markup.lastIndexOf("</script>"));
    assertEquals(-1, json.indexOf('<'), json);
    assertEquals(-1, json.indexOf('>'), json);
    assertEquals(-1, json.indexOf('&'), json);
  }

  @RepeatedTest(40)
  void allThreeAreDeterministic_evenForAnEqualCopyOfTheEvent(
      @Given(ConveneGenerators.Events.class) Event event) {
    Event copy = new Event.Builder().from(event).build();
    assertEquals(JSON_LD.export(event), JSON_LD.export(copy));
    assertEquals(SCHEDULE.exportXml(event), SCHEDULE.exportXml(copy));
    assertEquals(SCHEDULE.exportJson(event), SCHEDULE.exportJson(copy));
  }

  @RepeatedTest(60)
  void scheduleXmlKeepsEverySession_countStartEndAndTitle(
      @Given(ConveneGenerators.Events.class) Event event) {
    assertEquals(expected(event), sorted(Documents.xmlRows(SCHEDULE.exportXml(event))));
  }

  @RepeatedTest(60)
  void scheduleJsonKeepsEverySession_countStartEndAndTitle(
      @Given(ConveneGenerators.Events.class) Event event) {
    assertEquals(expected(event), sorted(Documents.jsonRows(SCHEDULE.exportJson(event))));
  }

  @RepeatedTest(60)
  void jsonLdKeepsEverySession_countStartEndAndTitle(
      @Given(ConveneGenerators.Events.class) Event event) {
    List<Row> rows = Documents.jsonLdRows(JSON_LD.export(event));
    assertEquals(expected(event), sorted(rows));
  }

  @RepeatedTest(30)
  void reExportKeepsEveryGuidAndId_whenOtherSessionsAreRemoved(
      @Given(ConveneGenerators.Events.class) Event event) {
    List<Session> sessions = event.getAllSessions();
    if (sessions.isEmpty()) {
      return;
    }
    Session kept = sessions.get(sessions.size() / 2);
    Event smaller = event.withPlenarySessions(event.getPlenarySessions().stream()
            .filter(s -> s.getId().equals(kept.getId())).toList())
        .withTracks(event.getTracks().stream()
            .map(t -> t.withSessions(t.getSessions().stream()
                .filter(s -> s.getId().equals(kept.getId())).toList()))
            .toList());
    String guid = ScheduleExporter.guidOf(event.getId(), kept.getId()).toString();
    String before = SCHEDULE.exportXml(event);
    String after = SCHEDULE.exportXml(smaller);
    assertEquals(idOf(before, guid), idOf(after, guid));
  }

  private static String idOf(String xml, String guid) {
    int at = xml.indexOf("guid=\"" + guid + "\" id=\"");
    if (at < 0) {
      throw new AssertionError("no event with guid " + guid);
    }
    int from = at + ("guid=\"" + guid + "\" id=\"").length();
    return xml.substring(from, xml.indexOf('"', from));
  }

  /** What every document must give back: each session's title, start and end on the time line. */
  static List<Row> expected(Event event) {
    return sorted(event.getAllSessions().stream()
        .map(s -> new Row(s.getTitle(), event.startOf(s).toOffsetDateTime(),
            event.endOf(s).map(e -> e.toOffsetDateTime())
                .filter(e -> !Duration.between(event.startOf(s), e).isZero())))
        .collect(Collectors.toList()));
  }

  /** Rows in one order, instants compared as instants. */
  static List<Row> sorted(List<Row> rows) {
    return rows.stream()
        .map(r -> new Row(r.title(), r.start().withOffsetSameInstant(java.time.ZoneOffset.UTC),
            r.end().map(e -> e.withOffsetSameInstant(java.time.ZoneOffset.UTC))))
        .sorted(Comparator.comparing((Row r) -> r.start())
            .thenComparing(r -> r.end().orElse(OffsetDateTime.MAX))
            .thenComparing(Row::title))
        .collect(Collectors.toList());
  }

}
