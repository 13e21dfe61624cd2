package org.convene.constraints.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.List;
import org.convene.Session;
import org.convene.Track;
import org.convene.constraints.NoOverlapInTrack;

/**
 * Implements {@link NoOverlapInTrack}: an overlap is excused when either session is parallel, so
 * only the sessions not marked parallel take part in the sweep.
 */
public final class NoOverlapInTrackValidator implements ConstraintValidator<NoOverlapInTrack, Track> {
  /** Creates the validator; Jakarta Validation does. */
  public NoOverlapInTrackValidator() {}

  @Override
  public boolean isValid(Track track, ConstraintValidatorContext context) {
    if (track == null) {
      return true;
    }
    List<Placed<Session>> serial = new ArrayList<>();
    Placed.<Session>forEach(
        track.getSessions(),
        NodePath.of("sessions"),
        placed -> {
          if (!placed.item().isParallel()) {
            serial.add(placed);
          }
        });
    boolean[] valid = {true};
    Overlaps.find(
        serial,
        (later, earlier) -> {
          valid[0] = false;
          Report.of("{org.convene.constraints.NoOverlapInTrack.message}")
              .param("session", later.item().getId())
              .param("start", Report.wallClock(later.item().getStart()))
              .param("other", earlier.item().getId())
              .value(later.item().getStart())
              .nodes(later.at("start"))
              .to(context);
        });
    return valid[0];
  }
}
