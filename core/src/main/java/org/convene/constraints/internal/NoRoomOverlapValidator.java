package org.convene.constraints.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convene.Event;
import org.convene.Session;
import org.convene.Venue;
import org.convene.constraints.NoRoomOverlap;

/** Implements {@link NoRoomOverlap}: sessions are grouped by room, then each room is swept. */
public final class NoRoomOverlapValidator implements ConstraintValidator<NoRoomOverlap, Event> {
  /** Creates the validator; Jakarta Validation does. */
  public NoRoomOverlapValidator() {}

  @Override
  public boolean isValid(Event event, ConstraintValidatorContext context) {
    if (event == null) {
      return true;
    }
    Map<List<String>, List<Placed<Session>>> byRoom = new HashMap<>();
    for (Placed<Session> placed : EventWalk.sessions(event)) {
      Session session = placed.item();
      if (session.getRoom().isPresent()) {
        List<String> room =
            List.of(session.getLocation().map(Venue::getName).orElse(""), session.getRoom().get());
        byRoom.computeIfAbsent(room, r -> new ArrayList<>()).add(placed);
      }
    }
    boolean[] valid = {true};
    for (List<Placed<Session>> sessions : byRoom.values()) {
      Overlaps.find(
          sessions,
          (later, earlier) -> {
            valid[0] = false;
            Report.of("{org.convene.constraints.NoRoomOverlap.message}")
                .param("session", later.item().getId())
                .param("start", Report.wallClock(later.item().getStart()))
                .param("room", later.item().getRoom().orElse(""))
                .param("other", earlier.item().getId())
                .value(later.item().getRoom().orElse(null))
                .nodes(later.at("room"))
                .to(context);
          });
    }
    return valid[0];
  }
}
