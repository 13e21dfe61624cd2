/**
 * RFC 5545 calendar feeds for Convene events, through ical4j.
 *
 * <p>Exports {@code org.convene.ical} only; {@code org.convene.ical.internal} stays inside.
 * ical4j is read transitively because one method of the API returns ical4j's model of a feed,
 * {@link org.convene.ical.FeedExporter#toCalendar(org.convene.ical.Feed)}.
 */
module org.convene.ical {
  requires transitive org.convene;
  requires transitive ical4j.core;

  exports org.convene.ical;
}
