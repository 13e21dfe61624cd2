package org.convene.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.sql.DataSource;
import org.convene.rules.DecidedUpdate;
import org.convene.rules.InvalidRequestException;
import org.convene.rules.JdbcGenerators;
import org.convene.rules.JdbcGenerators.Operations;
import org.convene.rules.NotRegisteredException;
import org.convene.rules.Operation;
import org.convene.rules.Registration;
import org.convene.rules.Registrations;
import org.convene.rules.Update;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * For random operation sequences (event versions, promotions, amendments and substitutions
 * included), checkpoints taken at random points, the older ones deleted, are faithful: a desk
 * that starts from the latest one and replays the rows after it holds the snapshot a full replay
 * gives, decides every later operation (everyone leaving, so that every freed travel slot and
 * place is handed on) as that snapshot does, and answers the audit of any past row.
 */
@ExtendWith(InstancioExtension.class)
class CheckpointProperties {
  private static String url;

  @BeforeAll
  static void database() {
    url = TestDatabase.create("checkpoints");
    RegistrationLog.createSchema(TestDatabase.dataSource(url));
  }

  @RepeatedTest(20)
  void aDeskFromTheLatestCheckpoint_equalsTheFullReplay_andDecidesEveryLaterOperationAlike(
      @Given(JdbcGenerators.Scenarios.class) Operations scenario, @Given long seed) {
    DataSource dataSource = TestDatabase.dataSource(url);
    TestDatabase.execute(dataSource, "TRUNCATE convene_checkpoint, convene_registration_log, convene_event");
    Random random = new Random(seed);
    DurableDesk desk = DurableDesk.open(dataSource, scenario.event, List.of());
    List<Operation> log = new ArrayList<>();
    // one to four checkpoints, after random operations: from the third on, older ones are deleted
    java.util.Set<Integer> checkpointAfter = new java.util.HashSet<>();
    for (int c = 1 + random.nextInt(4); c > 0; c--) {
      checkpointAfter.add(random.nextInt(scenario.operations.size()));
    }
    for (int i = 0; i < scenario.operations.size(); i++) {
      try {
        desk.apply("op-" + i, scenario.operations.get(i));
        log.add(scenario.operations.get(i));
      } catch (NotRegisteredException | InvalidRequestException e) {
        // an operation on a participant in another state: nothing is appended
      }
      if (checkpointAfter.contains(i)) {
        assertEquals(log.size(), desk.checkpoint());
      }
    }
    assertTrue(TestDatabase.queryLong(dataSource, "SELECT count(*) FROM convene_checkpoint") <= 2);
    Registrations full = Registrations.replay(scenario.event, List.of(), log);
    DurableDesk restarted = DurableDesk.open(TestDatabase.dataSource(url), scenario.event.getId(), List.of());
    assertEquals(full, restarted.current());
    assertEquals(log.size(), restarted.getSequence());

    // the audit of any past row, before or after a checkpoint
    int past = random.nextInt(log.size() + 1);
    assertEquals(Registrations.replay(scenario.event, List.of(), log.subList(0, past)), restarted.at(past));

    // then everyone leaves, through the restarted desk, in a random order: each row is what the
    // full replay decides
    List<String> leaving = new ArrayList<>();
    full.getRegistered().forEach(r -> leaving.add(r.getParticipant().getId()));
    full.getWaiting().forEach(r -> leaving.add(r.getParticipant().getId()));
    Collections.shuffle(leaving, random);
    Registrations model = full;
    for (String id : leaving) {
      Optional<Registration> place = model.find(id);
      if (place.isEmpty()) {
        continue;
      }
      Update expected = model.cancel(id);
      Recorded row = restarted.cancel("leave-" + id, id);
      assertEquals(expected.getChanges(), row.getChanges(), id);
      model = expected.getRegistrations();
      assertEquals(model, restarted.current(), id);
    }
    // and someone registers again: decided alike
    Operation again = scenario.operations.stream().filter(o -> o.getKind() == Operation.Kind.REGISTER).findFirst()
        .orElse(null);
    if (again != null) {
      DecidedUpdate expected = (DecidedUpdate) model.apply(again);
      assertEquals(Optional.of(expected.getDecision()), restarted.apply("again", again).getDecision());
    }
  }
}
