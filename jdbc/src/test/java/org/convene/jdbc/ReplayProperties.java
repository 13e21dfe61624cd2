package org.convene.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.convene.rules.DecidedUpdate;
import org.convene.rules.InvalidRequestException;
import org.convene.rules.JdbcGenerators;
import org.convene.rules.JdbcGenerators.Operations;
import org.convene.rules.NotRegisteredException;
import org.convene.rules.Operation;
import org.convene.rules.Registrations;
import org.convene.rules.Update;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Random operation sequences spread over 2 to 4 durable desks: the log holds every applied
 * operation once, each answer is the one a single in-memory snapshot gives when it applies the
 * log in order, and every desk, a new one and a replay of the log agree with that snapshot.
 */
@ExtendWith(InstancioExtension.class)
class ReplayProperties {
  private static String url;

  @BeforeAll
  static void database() {
    url = TestDatabase.create("replay");
    RegistrationLog.createSchema(TestDatabase.dataSource(url));
  }

  @RepeatedTest(20)
  void theLogReplayed_equalsOneSnapshotApplyingItsRowsInOrder(
      @Given(JdbcGenerators.Scenarios.class) Operations scenario, @Given int deskChoices) {
    DataSource admin = TestDatabase.dataSource(url);
    TestDatabase.execute(admin, "TRUNCATE convene_checkpoint, convene_registration_log, convene_event");
    java.util.Random random = new java.util.Random(deskChoices);
    int servers = 2 + random.nextInt(3);
    List<DurableDesk> desks = new ArrayList<>();
    for (int i = 0; i < servers; i++) {
      desks.add(DurableDesk.open(TestDatabase.dataSource(url), scenario.event, List.of()));
    }
    TreeMap<Long, Recorded> answers = new TreeMap<>();
    for (int i = 0; i < scenario.operations.size(); i++) {
      DurableDesk desk = desks.get(random.nextInt(servers));
      try {
        Recorded answer = desk.apply("op-" + i, scenario.operations.get(i));
        assertEquals(null, answers.put(answer.getSequence(), answer), "sequence given twice: " + answer);
      } catch (NotRegisteredException | InvalidRequestException e) {
        // an operation on a participant in another state: nothing is appended
        assertEquals(Optional.empty(), desk.find("op-" + i));
      }
      if (random.nextInt(8) == 0) {
        // a server restarts: it replays the log and decides on from there
        desks.set(random.nextInt(servers), DurableDesk.open(TestDatabase.dataSource(url), scenario.event, List.of()));
      }
    }

    Registrations model = Registrations.empty(scenario.event);
    List<Operation> log = new ArrayList<>();
    long expected = 1;
    for (Recorded row : answers.values()) {
      assertEquals(expected++, row.getSequence(), "the log has a gap");
      Update update = model.apply(row.getOperation());
      assertEquals(update.getChanges(), row.getChanges(), row::toString);
      assertEquals(
          update instanceof DecidedUpdate ? Optional.of(((DecidedUpdate) update).getDecision()) : Optional.empty(),
          row.getDecision(), row::toString);
      model = update.getRegistrations();
      log.add(row.getOperation());
    }
    assertEquals(model, Registrations.replay(scenario.event, List.of(), log));
    for (DurableDesk desk : desks) {
      assertEquals(model, desk.refresh());
    }
    DurableDesk fresh = DurableDesk.open(TestDatabase.dataSource(url), scenario.event.getId(), List.of());
    assertEquals(model, fresh.current());
    assertEquals(model, fresh.at(answers.size()));
  }
}
