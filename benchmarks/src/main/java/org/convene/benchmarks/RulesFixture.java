package org.convene.benchmarks;

import java.time.Instant;
import java.util.List;
import org.convene.Attendance;
import org.convene.Event;
import org.convene.Participant;
import org.convene.Quota;
import org.convene.RegistrationWindow;
import org.convene.Sector;
import org.convene.SeedEvent;
import org.convene.rules.RegistrationRequest;
import org.convene.rules.Registrations;

/**
 * The rule engine's benchmark data: the seed event opened for registration, with its waiting
 * list, and n requests spread evenly over the 27 Member States, both sectors, both tracks and
 * both kinds of attendance.
 *
 * <p>{@code seed}: the seed rules as they are, so at most 162 requests are registered (3 per
 * Member State and track) and the rest wait. {@code seed-unlimited-quota}: the same event with
 * the per-Member-State quota lifted, so every request is registered and the travel slots (still
 * one per Member State and sector) are refused to all but 54.
 */
final class RulesFixture {
  static final Instant START = Instant.parse("2023-11-01T09:00:00Z");

  private RulesFixture() {}

  static Event event(String rules) {
    Event.Builder event = new Event.Builder()
        .from(SeedEvent.event())
        .registration(RegistrationWindow.alwaysOpen())
        .waitingListEnabled(true);
    switch (rules) {
      case "seed":
        break;
      case "seed-unlimited-quota":
        Quota quota = SeedEvent.event().getQuotas().get(0);
        event.quotas(List.of(new Quota.Builder().from(quota).limit(Integer.MAX_VALUE).build()));
        break;
      default:
        throw new IllegalArgumentException("rules: seed or seed-unlimited-quota, not " + rules);
    }
    return event.build();
  }

  static Participant participant(String prefix, int i) {
    return new Participant.Builder()
        .id(prefix + i)
        .name("Participant " + i)
        .delegation(SeedEvent.MEMBER_STATES.get(i % SeedEvent.MEMBER_STATES.size()))
        .sector((i / 27) % 2 == 0 ? Sector.PUBLIC : Sector.PRIVATE)
        .build();
  }

  static RegistrationRequest request(Participant p, int i) {
    return RegistrationRequest.forTracks(
        p,
        i % 5 == 4 ? Attendance.ONLINE : Attendance.IN_PERSON,
        START.plusSeconds(i),
        (i / 54) % 2 == 0 ? SeedEvent.TRAINING : SeedEvent.READINESS);
  }

  /** Registers the requests of participants 0 to n - 1, one by one. */
  static Registrations registrations(Event event, Participant[] participants) {
    Registrations r = Registrations.empty(event);
    for (int i = 0; i < participants.length; i++) {
      r = r.register(request(participants[i], i)).getRegistrations();
    }
    return r;
  }

  static Participant[] participants(String prefix, int n) {
    Participant[] result = new Participant[n];
    for (int i = 0; i < n; i++) {
      result[i] = participant(prefix, i);
    }
    return result;
  }
}
