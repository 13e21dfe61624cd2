package org.convene.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.convene.Event;
import org.convene.SeedEvent;
import org.convene.rules.Decision;
import org.convene.rules.Registration;
import org.convene.rules.RegistrationRequest;
import org.convene.rules.Registrations;
import org.junit.jupiter.api.Test;

/**
 * Four servers, each with its own data source and durable desk, take 270 registrations for the
 * seed event from eight threads at once: 27 Member States x 2 tracks x 5 applicants. Exactly 3
 * per Member State per track are registered, every caller's answer is in the log once, and a
 * server that starts afterwards replays the same registrations.
 */
class SeveralServersTest {
  private static final int SERVERS = 4;
  private static final int THREADS = 8;
  private static final int APPLICANTS = 5;
  private static final List<String> TRACKS = List.of(SeedEvent.TRAINING, SeedEvent.READINESS);

  @Test
  void fourServersEightThreads_registerExactlyThreePerMemberStatePerTrack_nothingLostNothingTwice() throws Exception {
    String url = TestDatabase.create("servers");
    RegistrationLog.createSchema(TestDatabase.dataSource(url));
    Event event = SchemaAndBadInputTest.seed();
    List<DurableDesk> desks = new ArrayList<>();
    for (int i = 0; i < SERVERS; i++) {
      desks.add(DurableDesk.open(TestDatabase.dataSource(url), event, List.of()));
    }
    List<RegistrationRequest> requests = new ArrayList<>();
    for (String state : SeedEvent.MEMBER_STATES) {
      for (String track : TRACKS) {
        for (int a = 0; a < APPLICANTS; a++) {
          requests.add(SchemaAndBadInputTest.request(state.toLowerCase() + "-" + track + "-" + a, state, track));
        }
      }
    }
    assertEquals(270, requests.size());
    Collections.shuffle(requests, new java.util.Random(12));
    ConcurrentLinkedQueue<RegistrationRequest> queue = new ConcurrentLinkedQueue<>(requests);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<List<Recorded>>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      DurableDesk desk = desks.get(t % SERVERS);
      futures.add(pool.submit(() -> {
        List<Recorded> answers = new ArrayList<>();
        for (RegistrationRequest r = queue.poll(); r != null; r = queue.poll()) {
          answers.add(desk.register("form-" + r.getParticipant().getId(), r));
        }
        return answers;
      }));
    }
    Map<Long, Recorded> answers = new HashMap<>();
    for (Future<List<Recorded>> f : futures) {
      for (Recorded answer : f.get(5, TimeUnit.MINUTES)) {
        assertEquals(null, answers.put(answer.getSequence(), answer), "sequence given twice: " + answer);
      }
    }
    pool.shutdown();

    // every request answered once, at sequences 1..270 without a gap
    assertEquals(270, answers.size());
    for (long s = 1; s <= 270; s++) {
      assertTrue(answers.containsKey(s), "no answer at sequence " + s);
    }
    // exactly 3 accepted per Member State and track, by the answers
    Map<String, Integer> accepted = new HashMap<>();
    Set<String> acceptedIds = new HashSet<>();
    for (Recorded answer : answers.values()) {
      Decision decision = answer.getDecision().orElseThrow();
      if (decision.isAccepted()) {
        RegistrationRequest r = decision.getRequest();
        accepted.merge(r.getParticipant().getDelegation().orElseThrow() + "/" + r.getTrackIds(), 1, Integer::sum);
        assertTrue(acceptedIds.add(r.getParticipant().getId()));
      }
    }
    assertEquals(54, accepted.size());
    accepted.forEach((key, count) -> assertEquals(3, count, key));

    // a server that starts now replays exactly what the callers were told
    Registrations replayed = DurableDesk.open(TestDatabase.dataSource(url), event.getId(), List.of()).current();
    Set<String> registered = new HashSet<>();
    for (Registration r : replayed.getRegistered()) {
      registered.add(r.getParticipant().getId());
    }
    assertEquals(acceptedIds, registered);
    for (DurableDesk desk : desks) {
      assertEquals(replayed, desk.refresh());
      assertEquals(270, desk.getSequence());
    }

    // a retry of any request, on any server, returns the first answer and appends nothing
    for (int i = 0; i < requests.size(); i += 17) {
      RegistrationRequest r = requests.get(i);
      Recorded again = desks.get(i % SERVERS).register("form-" + r.getParticipant().getId(), r);
      assertEquals(answers.get(again.getSequence()), again);
    }
    assertEquals(replayed, desks.get(0).refresh());
    assertEquals(270, DurableDesk.open(TestDatabase.dataSource(url), event.getId(), List.of()).getSequence());

    // a checkpoint taken by one server: a server that starts now restores it, to the same snapshot
    assertEquals(270, desks.get(1).checkpoint());
    DurableDesk restored = DurableDesk.open(TestDatabase.dataSource(url), event.getId(), List.of());
    assertEquals(replayed, restored.current());
    assertEquals(270, restored.getSequence());
  }
}
