package org.convene.constraints.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.convene.Event;
import org.convene.Quota;
import org.convene.Track;
import org.convene.constraints.UniqueIds;

/** Implements {@link UniqueIds}, with one hash map per kind of id. */
public final class UniqueIdsValidator implements ConstraintValidator<UniqueIds, Event> {
  /** Creates the validator; Jakarta Validation does. */
  public UniqueIdsValidator() {}

  @Override
  public boolean isValid(Event event, ConstraintValidatorContext context) {
    if (event == null) {
      return true;
    }
    List<Placed<Track>> tracks = new ArrayList<>();
    Placed.addAll(tracks, event.getTracks(), NodePath.of("tracks"));
    List<Placed<Quota>> quotas = new ArrayList<>();
    Placed.addAll(quotas, event.getQuotas(), NodePath.of("quotas"));
    boolean valid = unique(tracks, Track::getId, context);
    valid &= unique(EventWalk.sessions(event), s -> s.getId(), context);
    valid &= unique(quotas, Quota::getId, context);
    return valid;
  }

  private static <T> boolean unique(
      List<Placed<T>> items, Function<T, String> id, ConstraintValidatorContext context) {
    Map<String, Placed<T>> seen = new HashMap<>();
    boolean valid = true;
    for (Placed<T> placed : items) {
      String key = id.apply(placed.item());
      Placed<T> first = seen.putIfAbsent(key, placed);
      if (first != null) {
        valid = false;
        Report.of("{org.convene.constraints.UniqueIds.message}")
            .param("id", key)
            .param("first", first.where())
            .value(key)
            .nodes(placed.at("id"))
            .to(context);
      }
    }
    return valid;
  }
}
