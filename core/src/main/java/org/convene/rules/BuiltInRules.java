package org.convene.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.convene.Attendance;
import org.convene.Event;
import org.convene.FeeWaiver;
import org.convene.Participant;
import org.convene.Price;
import org.convene.RegistrationStatus;
import org.convene.RegistrationWindow;

/** The built-in rules that the {@link Evaluator} runs, each a function of the snapshot's counters. */
final class BuiltInRules {
  private BuiltInRules() {}

  /**
   * {@code registration-window}: the request was made while registration was open. A waiting
   * request passed this rule when it joined the list, so a window closed or moved later by a new
   * version of the event does not refuse it.
   */
  static RuleOutcome window(EventIndex index, RegistrationRequest request, boolean waiting) {
    RegistrationWindow w = index.event.getRegistration();
    RegistrationStatus status = w.statusAt(request.getInstant());
    if (status == RegistrationStatus.OPEN) {
      return index.windowOpen;
    }
    if (waiting) {
      return new RuleOutcome.Builder().from(RuleOutcome.passed("registration-window", "WINDOW_OPEN",
          "waiting since " + request.getInstant() + ", when registration was open"))
          .putParameters("at", request.getInstant().toString()).build();
    }
    String figures;
    if (w.isClosed()) {
      figures = "registration is closed by the organiser";
    } else {
      String at = "request made at " + request.getInstant();
      if (status == RegistrationStatus.NOT_YET_OPEN) {
        figures = at + ", registration opens at " + w.getOpens().orElseThrow();
      } else {
        figures = at + ", registration closed at " + w.getCloses().orElseThrow();
      }
    }
    RuleOutcome.Builder b = new RuleOutcome.Builder().from(RuleOutcome.refused("registration-window",
        status == RegistrationStatus.NOT_YET_OPEN ? "WINDOW_NOT_YET_OPEN" : "WINDOW_CLOSED", figures))
        .putParameters("at", request.getInstant().toString());
    if (!w.isClosed()) {
      b.putParameters(status == RegistrationStatus.NOT_YET_OPEN ? "opens" : "closes",
          (status == RegistrationStatus.NOT_YET_OPEN ? w.getOpens() : w.getCloses()).orElseThrow().toString());
    }
    return b.build();
  }

  /** {@code single-registration}: one live registration or waiting request per participant. */
  static RuleOutcome singleRegistration(Registrations snapshot, RegistrationRequest request, Entry self) {
    Participant participant = request.getParticipant();
    Entry existing = snapshot.entries.get(participant.getId());
    if (existing == null || existing == self) {
      return EventIndex.NOT_YET_REGISTERED;
    }
    boolean registered = existing.state == Registration.State.REGISTERED;
    return new RuleOutcome.Builder().from(RuleOutcome.refused(
        "single-registration",
        registered ? "ALREADY_REGISTERED" : "ALREADY_WAITING",
        participant.getId() + (registered ? " is already registered" : " is already on the waiting list")))
        .putParameters("participant", participant.getId()).build();
  }

  /** {@code attendance}: the event offers the way the participant would attend. */
  static RuleOutcome attendance(EventIndex index, RegistrationRequest request) {
    Event event = index.event;
    Attendance attendance = request.getAttendance();
    if (event.getAttendanceMode().allows(attendance)) {
      return EventIndex.ATTENDANCE_OFFERED.get(attendance);
    }
    return new RuleOutcome.Builder().from(RuleOutcome.refused("attendance", "ATTENDANCE_NOT_OFFERED",
        mode(attendance) + " attendance is not offered: the event is "
            + event.getAttendanceMode().name().toLowerCase(Locale.ROOT).replace('_', ' ')))
        .putParameters("attendance", attendance.name()).putParameters("mode", event.getAttendanceMode().name()).build();
  }

  static String mode(Attendance attendance) {
    return attendance == Attendance.IN_PERSON ? "in person" : "online";
  }

  /**
   * {@code capacity} and {@code quota:<id>}: the first full counter, else the one with least room
   * left.
   *
   * @param attendance the attendance a capacity is for, or null for a quota
   */
  static RuleOutcome limits(Registrations snapshot, String ruleId, String code, List<CounterKey> keys,
      List<Integer> limits, Attendance attendance) {
    String prefix = attendance == null ? "" : mode(attendance) + ": ";
    int tightest = -1;
    long room = Long.MAX_VALUE;
    for (int i = 0; i < keys.size(); i++) {
      int used = snapshot.count(keys.get(i));
      int limit = limits.get(i);
      if (used >= limit) {
        return new RuleOutcome.Builder()
            .from(RuleOutcome.full(ruleId, code + "_FULL", prefix + figures(snapshot.index, keys.get(i), used, limit), used, limit))
            .parameters(parameters(snapshot.index, keys.get(i), used, limit, attendance))
            .build();
      }
      if ((long) limit - used < room) {
        room = (long) limit - used;
        tightest = i;
      }
    }
    CounterKey key = keys.get(tightest);
    int used = snapshot.count(key);
    return new RuleOutcome.Builder()
        .ruleId(ruleId)
        .passed(true)
        .reasonCode(code + "_AVAILABLE")
        .figures(prefix + figures(snapshot.index, key, used, limits.get(tightest)))
        .used(used)
        .limit(limits.get(tightest))
        .parameters(parameters(snapshot.index, key, used, limits.get(tightest), attendance))
        .build();
  }

  /** used, limit, attendance (capacities), scope, target, then the partition's attributes. */
  private static Map<String, String> parameters(EventIndex index, CounterKey key, int used, int limit, Attendance attendance) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("used", Integer.toString(used));
    p.put("limit", Integer.toString(limit));
    if (attendance != null) {
      p.put("attendance", attendance.name());
    }
    String scope = scope(index, key);
    p.put("scope", scope);
    if (!scope.equals("event")) {
      p.put("target", key.target());
    }
    putPartition(p, key);
    return p;
  }

  static void putPartition(Map<String, String> p, CounterKey key) {
    for (PartitionValue v : key.partition()) {
      p.put("partition." + v.key().name().toLowerCase(Locale.ROOT), v.value() == null ? "" : v.value());
    }
  }

  private static String scope(EventIndex index, CounterKey key) {
    switch (key.kind()) {
      case EVENT_CAPACITY:
        return "event";
      case TRACK_CAPACITY:
        return "track";
      case SESSION_CAPACITY:
        return "session";
      default:
        return index.event.getQuotas().get(key.index()).getScope().getLevel().name().toLowerCase(Locale.ROOT);
    }
  }

  private static String figures(EventIndex index, CounterKey key, int used, int limit) {
    String target;
    switch (key.kind()) {
      case EVENT_CAPACITY:
        target = "the event";
        break;
      case TRACK_CAPACITY:
        target = "track " + key.target();
        break;
      case SESSION_CAPACITY:
        target = "session " + key.target();
        break;
      default:
        switch (index.event.getQuotas().get(key.index()).getScope().getLevel()) {
          case TRACK:
            target = "track " + key.target();
            break;
          case SESSION:
            target = "session " + key.target();
            break;
          default:
            target = "the event";
        }
    }
    String partition = key.partitionLabel();
    return used + " of " + limit + " used for " + target + (partition.isEmpty() ? "" : ", " + partition);
  }

  /** {@code fee}: a waiver or a price category applies to the participant. */
  static RuleOutcome fee(Participant participant, Optional<Price> price, Optional<FeeWaiver> waiver) {
    if (waiver.isPresent()) {
      return new RuleOutcome.Builder().from(RuleOutcome.passed("fee", "WAIVED", waiver.get().getDescription()))
          .putParameters("waiver", waiver.get().getDescription()).build();
    }
    if (price.isPresent()) {
      return new RuleOutcome.Builder().from(RuleOutcome.passed("fee", "PRICE",
          price.get().getCategory() + ": " + price.get().getAmount().toPlainString() + " " + price.get().getCurrency()))
          .putParameters("category", price.get().getCategory())
          .putParameters("amount", price.get().getAmount().toPlainString())
          .putParameters("currency", price.get().getCurrency().getCurrencyCode())
          .build();
    }
    return new RuleOutcome.Builder().from(RuleOutcome.refused("fee", "NO_PRICE_CATEGORY",
        "no price category of the event applies to " + participant.getId()))
        .putParameters("participant", participant.getId()).build();
  }
}
