package org.convene.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.convene.SeedEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A decision a caller was told is durable: the desk's appends commit with synchronous commit on,
 * in one round trip as under the lock, even where the host turned it off for its own work (here
 * the database's default). A trigger records the setting in force inside each append's
 * transaction when its row goes in; PostgreSQL's commit reads the same transaction-local setting.
 */
class SynchronousCommitTest {
  @ParameterizedTest(name = "one round trip: {0}")
  @ValueSource(booleans = {true, false})
  void everyAppendCommitsWithSynchronousCommitOn_whateverTheHostsDefault(boolean oneRoundTrip) {
    String url = TestDatabase.create("synccommit");
    DataSource dataSource = TestDatabase.dataSource(url);
    RegistrationLog.createSchema(dataSource);
    TestDatabase.execute(dataSource, "DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET synchronous_commit = off',"
        + " current_database()); END $$");
    TestDatabase.execute(dataSource, "CREATE TABLE seen (request_id text, setting text)");
    TestDatabase.execute(dataSource, "CREATE FUNCTION record_setting() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
        + " INSERT INTO seen VALUES (NEW.request_id, current_setting('synchronous_commit')); RETURN NEW; END $$");
    TestDatabase.execute(dataSource, "CREATE TRIGGER record_setting BEFORE INSERT ON convene_registration_log"
        + " FOR EACH ROW EXECUTE FUNCTION record_setting()");
    // a new connection takes the database's default: off
    assertEquals(0, TestDatabase.queryLong(dataSource, "SELECT count(*) FROM pg_settings"
        + " WHERE name = 'synchronous_commit' AND setting = 'on'"));

    DurableDesk desk = DurableDesk.open(dataSource, SchemaAndBadInputTest.seed(), List.of());
    desk.oneRoundTrip = oneRoundTrip;
    desk.register("r1", SchemaAndBadInputTest.request("be-anna", "BE", SeedEvent.READINESS));
    desk.register("r2", SchemaAndBadInputTest.request("fr-fleur", "FR", SeedEvent.TRAINING));

    assertEquals(2, TestDatabase.queryLong(dataSource, "SELECT count(*) FROM seen WHERE setting = 'on'"));
    assertEquals(2, TestDatabase.queryLong(dataSource, "SELECT count(*) FROM seen"));
    // and the host's own connections keep their setting: the desk changed it for its transaction only
    assertEquals(0, TestDatabase.queryLong(dataSource, "SELECT count(*) FROM pg_settings"
        + " WHERE name = 'synchronous_commit' AND setting = 'on'"));
  }

  /**
   * The desk's writes that are transactions of their own (the event's first version, the
   * one-round-trip append, a checkpoint and its pruning) commit in auto-commit mode: a pool that
   * lends its connections in manual-commit mode (as pools for JPA often do) would otherwise roll
   * them back silently when they come back. Whichever mode the pool lends a connection in, the
   * desk hands it back in that mode, appending in one round trip or under the lock, writing
   * checkpoints and reading the log.
   */
  @ParameterizedTest(name = "lent in auto-commit mode: {0}, one round trip: {1}")
  @CsvSource({"false, true", "false, false", "true, true", "true, false"})
  void aConnectionComesBackInTheCommitModeItWasLentIn_andEveryWriteCommits(boolean lentAutoCommit, boolean oneRoundTrip) {
    String url = TestDatabase.create("commitmode");
    DataSource real = TestDatabase.dataSource(url);
    RegistrationLog.createSchema(real);
    List<Boolean> returned = new CopyOnWriteArrayList<>();
    DataSource lending = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
          Object result = method.invoke(real, args);
          if (!method.getName().equals("getConnection")) {
            return result;
          }
          Connection connection = (Connection) result;
          connection.setAutoCommit(lentAutoCommit);
          return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, (p, m, a) -> {
            if (m.getName().equals("close")) {
              returned.add(connection.getAutoCommit());
            }
            try {
              return m.invoke(connection, a);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
        });
    DurableDesk desk = DurableDesk.open(lending, SchemaAndBadInputTest.seed(), List.of());
    desk.oneRoundTrip = oneRoundTrip;
    desk.register("r1", SchemaAndBadInputTest.request("be-anna", "BE", SeedEvent.READINESS));
    desk.register("r2", SchemaAndBadInputTest.request("fr-fleur", "FR", SeedEvent.TRAINING));
    desk.checkpoint();
    desk.register("r3", SchemaAndBadInputTest.request("de-dirk", "DE", SeedEvent.TRAINING));
    desk.checkpoint();
    desk.register("r4", SchemaAndBadInputTest.request("it-ida", "IT", SeedEvent.TRAINING));
    desk.checkpoint();
    DurableDesk restarted = DurableDesk.open(lending, SchemaAndBadInputTest.seed().getId(), List.of());
    assertEquals(desk.current(), restarted.refresh());
    assertEquals(List.of(desk.current()), List.of(restarted.at(4)));

    assertEquals(4, TestDatabase.queryLong(real, "SELECT count(*) FROM convene_registration_log"));
    // the checkpoints of rows 3 and 4 kept, that of row 2 pruned
    assertEquals(List.of(3L, 4L, 2L), List.of(
        TestDatabase.queryLong(real, "SELECT min(sequence) FROM convene_checkpoint"),
        TestDatabase.queryLong(real, "SELECT max(sequence) FROM convene_checkpoint"),
        TestDatabase.queryLong(real, "SELECT count(*) FROM convene_checkpoint")));
    assertTrue(returned.size() > 10, "connections borrowed: " + returned.size());
    assertTrue(returned.stream().allMatch(mode -> mode == lentAutoCommit),
        "a connection lent in auto-commit mode " + lentAutoCommit + " went back otherwise: " + returned);
  }
}
