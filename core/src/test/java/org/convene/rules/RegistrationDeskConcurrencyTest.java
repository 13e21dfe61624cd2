package org.convene.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.convene.Attendance;
import org.convene.Event;
import org.convene.Participant;
import org.convene.RegistrationWindow;
import org.convene.Sector;
import org.convene.SeedEvent;
import org.junit.jupiter.api.Test;

/**
 * Eight threads send 20,000 mixed requests (register, cancel, substitute) to one desk over the
 * seed event; afterwards no limit is exceeded and every participant is exactly where the answers
 * the threads got put them.
 */
class RegistrationDeskConcurrencyTest {
  private static final int THREADS = 8;
  private static final int REQUESTS = 20_000;
  private static final int PEOPLE_PER_THREAD = 150;

  @Test
  void eightThreadsSending20000MixedRequests_exceedNoLimit_andLoseNoAcceptedRequest() throws Exception {
    Event event = new Event.Builder()
        .from(SeedEvent.event())
        .registration(RegistrationWindow.alwaysOpen())
        .waitingListEnabled(true)
        .build();
    RegistrationDesk desk = new RegistrationDesk(Registrations.empty(event));
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<Map<String, Registration.State>>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      futures.add(pool.submit(() -> drive(desk, thread)));
    }
    Map<String, Registration.State> expected = new HashMap<>();
    for (Future<Map<String, Registration.State>> f : futures) {
      expected.putAll(f.get(2, TimeUnit.MINUTES));
    }
    pool.shutdown();
    Registrations last = desk.current();

    // every participant is where the thread's last answer put them; waiting ones may have been promoted
    for (Map.Entry<String, Registration.State> e : expected.entrySet()) {
      Registration.State actual = last.find(e.getKey()).map(Registration::getState).orElse(null);
      if (e.getValue() == Registration.State.WAITING) {
        assertTrue(actual == Registration.State.WAITING || actual == Registration.State.REGISTERED, e.getKey() + " " + actual);
      } else {
        assertEquals(e.getValue(), actual, e.getKey());
      }
    }
    // registered exactly once
    List<Registration> registered = last.getRegistered();
    Set<String> ids = new HashSet<>();
    for (Registration r : registered) {
      assertTrue(ids.add(r.getParticipant().getId()), "twice: " + r.getParticipant().getId());
    }
    assertEquals(registered.size(), last.getRegisteredCount());
    long expectedRegistered = expected.values().stream().filter(s -> s == Registration.State.REGISTERED).count();
    assertTrue(registered.size() >= expectedRegistered);

    // no limit exceeded: 3 per Member State per track, 1 travel slot per Member State and category
    Map<String, Integer> perTrack = new HashMap<>();
    Map<String, Integer> travel = new HashMap<>();
    for (Registration r : registered) {
      String delegation = r.getParticipant().getDelegation().orElseThrow();
      for (String track : r.getRequest().getTrackIds()) {
        perTrack.merge(track + "/" + delegation, 1, Integer::sum);
      }
      r.getTravelSlot().ifPresent(slot -> travel.merge(slot + "/" + delegation, 1, Integer::sum));
    }
    perTrack.forEach((k, v) -> assertTrue(v <= 3, k + ": " + v));
    travel.forEach((k, v) -> assertTrue(v <= 1, k + ": " + v));
    // and the snapshot's own counters agree: a 4th request from a full partition is refused
    perTrack.forEach((k, v) -> {
      if (v == 3) {
        String[] parts = k.split("/");
        Participant probe = new Participant.Builder().id("probe").name("probe").delegation(parts[1]).build();
        Decision d = last.evaluate(RegistrationRequest.forTracks(probe, Attendance.ONLINE, Instant.EPOCH, parts[0]));
        assertEquals(Decision.Outcome.WAITLISTED, d.getOutcome(), k);
      }
    });
  }

  /** One thread's share of the requests, on its own participants; returns where each should be. */
  private static Map<String, Registration.State> drive(RegistrationDesk desk, int thread) {
    Random random = new Random(thread);
    List<Participant> people = new ArrayList<>();
    for (int i = 0; i < PEOPLE_PER_THREAD; i++) {
      people.add(new Participant.Builder()
          .id("t" + thread + "-p" + i)
          .name("Participant " + i)
          .delegation(SeedEvent.MEMBER_STATES.get(random.nextInt(SeedEvent.MEMBER_STATES.size())))
          .sector(random.nextBoolean() ? Sector.PUBLIC : Sector.PRIVATE)
          .build());
    }
    Map<String, Registration.State> expected = new HashMap<>();
    for (int i = 0; i < REQUESTS / THREADS; i++) {
      Participant p = people.get(random.nextInt(people.size()));
      int roll = random.nextInt(10);
      Optional<Registration.State> now = Optional.ofNullable(expected.get(p.getId()));
      boolean active = now.isPresent(); // a cancelled participant is mapped to null: gone from the snapshot
      if (roll < 6 || !active) {
        String track = random.nextBoolean() ? SeedEvent.TRAINING : SeedEvent.READINESS;
        Attendance attendance = random.nextInt(4) == 0 ? Attendance.ONLINE : Attendance.IN_PERSON;
        Decision d = desk.register(RegistrationRequest.forTracks(p, attendance, Instant.EPOCH.plusSeconds(i), track))
            .getDecision();
        if (d.getOutcome() == Decision.Outcome.ACCEPTED) {
          expected.put(p.getId(), Registration.State.REGISTERED);
        } else if (d.getOutcome() == Decision.Outcome.WAITLISTED) {
          expected.put(p.getId(), Registration.State.WAITING);
        }
      } else if (roll < 9) {
        desk.cancel(p.getId());
        expected.put(p.getId(), null);
      } else {
        Participant substitute = people.get(random.nextInt(people.size()));
        Registration.State state = desk.current().find(p.getId()).orElseThrow().getState();
        if (state == Registration.State.REGISTERED) {
          DecidedUpdate u = desk.substitute(p.getId(), substitute);
          if (u.getDecision().isAccepted()) {
            expected.put(p.getId(), null);
            expected.put(substitute.getId(), Registration.State.REGISTERED);
          }
        }
      }
    }
    return expected;
  }
}
