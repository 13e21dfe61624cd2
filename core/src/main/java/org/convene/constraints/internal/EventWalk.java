package org.convene.constraints.internal;

import java.util.ArrayList;
import java.util.List;
import org.convene.Event;
import org.convene.Session;

/** Walks an event's sessions with their paths: plenary sessions first, then each track's. */
final class EventWalk {
  private EventWalk() {}

  /** Every session of the event, placed, in the order plenary sessions, then track by track. */
  static List<Placed<Session>> sessions(Event event) {
    List<Placed<Session>> all = new ArrayList<>();
    Placed.addAll(all, event.getPlenarySessions(), NodePath.of("plenarySessions"));
    NodePath tracks = NodePath.of("tracks");
    for (int t = 0; t < event.getTracks().size(); t++) {
      Placed.addAll(all, event.getTracks().get(t).getSessions(), tracks.then("sessions", t));
    }
    return all;
  }
}
