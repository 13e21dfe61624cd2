/**
 * schema.org Event markup (JSON-LD) and the frab/pretalx schedule for Convene events.
 *
 * <p>Exports {@code org.convene.publish} only; {@code org.convene.publish.internal} stays
 * inside.
 */
module org.convene.publish {
  requires transitive org.convene;
  requires tools.jackson.core;
  // schedule.xml is written with StAX
  requires java.xml;

  exports org.convene.publish;
}
