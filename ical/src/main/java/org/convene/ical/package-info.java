/**
 * RFC 5545 calendar feeds for Convene events, through ical4j.
 *
 * <p>{@link org.convene.ical.Feed} says what to publish (a whole event, one track, or the
 * sessions a participant chose); {@link org.convene.ical.FeedExporter} writes it, and the update
 * from one version of an event to the next; {@link org.convene.ical.FeedImporter} reads calendars
 * back into sessions, its own exactly and others' by documented rules, and fails on broken input
 * only with {@link org.convene.ical.CalendarFormatException}, which names the line.
 *
 * <pre>{@code
 * FeedExporter exporter = FeedExporter.builder(Clock.systemUTC()).build();
 * String ics = exporter.export(Feed.track(SeedEvent.event(), "training"));
 * List<Session> sessions = FeedImporter.builder().build().read(ics).getSessions();
 * }</pre>
 *
 * <p>The module writes and reads the text itself, for speed and for control over every octet;
 * ical4j serves {@link org.convene.ical.FeedExporter#toCalendar(Feed)} for callers who want its
 * model. It never changes ical4j's JVM-wide {@code CompatibilityHints}.
 */
package org.convene.ical;
