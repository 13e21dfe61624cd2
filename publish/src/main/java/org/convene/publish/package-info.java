/**
 * Publishing beyond calendars: schema.org {@code Event} markup (JSON-LD) for an event's web page,
 * which search engines read, and the frab/pretalx schedule ({@code schedule.xml}, {@code
 * schedule.json}), which conference apps and tools read.
 *
 * <p>{@link org.convene.publish.JsonLdExporter} writes the markup, {@link
 * org.convene.publish.ScheduleExporter} the schedule; an event that a format cannot express gets a
 * {@link org.convene.publish.PublishException} naming what and why.
 *
 * <pre>{@code
 * Event event = SeedEvent.event();
 * String script = JsonLdExporter.builder().build().exportScript(event);
 * ScheduleExporter schedule = ScheduleExporter.builder().build();
 * String xml = schedule.exportXml(event);
 * String json = schedule.exportJson(event);
 * }</pre>
 *
 * <p>Like {@code convene-ical}, both write in the event's time zone, give the same bytes for the
 * same event and settings, and escape every text for its format.
 */
package org.convene.publish;
