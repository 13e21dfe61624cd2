package org.convene.constraints.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.convene.Attendance;
import org.convene.Capacity;
import org.convene.Event;
import org.convene.Quota;
import org.convene.QuotaScope;
import org.convene.ScopeLevel;
import org.convene.Session;
import org.convene.Track;
import org.convene.constraints.QuotasWithinCapacity;

/**
 * Implements {@link QuotasWithinCapacity}. A quota over each track or each session is compared
 * with the smallest capacity among them, so each quota costs one pass and yields at most one
 * violation. A negative capacity is left to {@code @PositiveOrZero} and counts as unknown here.
 */
public final class QuotasWithinCapacityValidator
    implements ConstraintValidator<QuotasWithinCapacity, Event> {
  /** Creates the validator; Jakarta Validation does. */
  public QuotasWithinCapacityValidator() {}

  @Override
  public boolean isValid(Event event, ConstraintValidatorContext context) {
    if (event == null || event.getQuotas().isEmpty()) {
      return true;
    }
    Map<String, Session> sessionsById = null;
    boolean valid = true;
    List<Quota> quotas = event.getQuotas();
    for (int i = 0; i < quotas.size(); i++) {
      Quota quota = quotas.get(i);
      QuotaScope scope = quota.getScope();
      List<Target> targets = new ArrayList<>();
      switch (scope.getLevel()) {
        case EVENT:
          targets.add(new Target(event.getId(), event.getCapacity()));
          break;
        case TRACK:
          if (scope.getTargetId().isPresent()) {
            Optional<Track> track = event.findTrack(scope.getTargetId().get());
            track.ifPresent(t -> targets.add(new Target(t.getId(), t.getCapacity())));
          } else {
            event.getTracks().forEach(t -> targets.add(new Target(t.getId(), t.getCapacity())));
          }
          break;
        case SESSION:
          if (sessionsById == null) {
            sessionsById = new LinkedHashMap<>();
            for (Placed<Session> placed : EventWalk.sessions(event)) {
              sessionsById.putIfAbsent(placed.item().getId(), placed.item());
            }
          }
          if (scope.getTargetId().isPresent()) {
            Session session = sessionsById.get(scope.getTargetId().get());
            if (session != null) {
              targets.add(new Target(session.getId(), session.getCapacity()));
            }
          } else {
            sessionsById.values().forEach(s -> targets.add(new Target(s.getId(), s.getCapacity())));
          }
          break;
        default:
          break;
      }
      if (scope.getLevel() != ScopeLevel.EVENT
          && scope.getTargetId().isPresent()
          && targets.isEmpty()) {
        valid = false;
        Report.of("{org.convene.constraints.QuotasWithinCapacity.unknownTarget}")
            .param("quota", quota.getId())
            .param("target", scope.getTargetId().get())
            .value(scope.getTargetId().get())
            .node("quotas")
            .node("scope", i)
            .node("targetId")
            .to(context);
        continue;
      }
      Target smallest = null;
      long smallestCapacity = Long.MAX_VALUE;
      for (Target target : targets) {
        OptionalLong capacity = capacityFor(target.capacity, quota.getAttendance());
        if (capacity.isPresent() && capacity.getAsLong() < smallestCapacity) {
          smallest = target;
          smallestCapacity = capacity.getAsLong();
        }
      }
      if (smallest != null && quota.getLimit() > smallestCapacity) {
        valid = false;
        Report.of("{org.convene.constraints.QuotasWithinCapacity.message}")
            .param("quota", quota.getId())
            .param("limit", quota.getLimit())
            .param("capacity", smallestCapacity)
            .param("target", smallest.id)
            .value(quota.getLimit())
            .node("quotas")
            .node("limit", i)
            .to(context);
      }
    }
    return valid;
  }

  /** The places a capacity offers to a quota's attendance, empty when unlimited or unknown. */
  private static OptionalLong capacityFor(Capacity capacity, Optional<Attendance> attendance) {
    if (attendance.isPresent()) {
      return known(capacity.limitFor(attendance.get()));
    }
    OptionalLong inPerson = known(capacity.getInPerson());
    OptionalLong online = known(capacity.getOnline());
    if (inPerson.isEmpty() || online.isEmpty()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(inPerson.getAsLong() + online.getAsLong());
  }

  private static OptionalLong known(OptionalInt limit) {
    return limit.isPresent() && limit.getAsInt() >= 0
        ? OptionalLong.of(limit.getAsInt())
        : OptionalLong.empty();
  }

  /** A track, session or the event, by id, with its capacity. */
  private static final class Target {
    final String id;
    final Capacity capacity;

    Target(String id, Capacity capacity) {
      this.id = id;
      this.capacity = capacity;
    }
  }
}
