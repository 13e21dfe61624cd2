package org.convene.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.convene.internal.Require;

/**
 * The registration log's schema: the versioned SQL scripts shipped in this jar and the one call
 * that runs them. A host that manages its schema with Flyway adds {@code
 * classpath:db/migration/convene} to its locations (Liquibase users include the same files);
 * the simple case calls {@link #createSchema(DataSource)} once at start-up:
 *
 * <pre>{@code
 * RegistrationLog.createSchema(dataSource);
 * DurableDesk desk = DurableDesk.open(dataSource, SeedEvent.event(), List.of());
 * }</pre>
 *
 * <p>This class is thread-safe; it holds no state.
 */
public final class RegistrationLog {
  /** The folder of the scripts in the jar, as a Flyway location. */
  public static final String MIGRATION_LOCATION = "db/migration/convene";

  /**
   * The scripts, in the order they run; Flyway names ({@code V<version>__<description>.sql}). A
   * script once shipped never changes: a change of the schema is a new script.
   */
  public static final List<String> MIGRATIONS = List.of(
      "V1__convene_registration_log.sql", "V2__convene_checkpoint.sql", "V3__convene_checkpoint_rule_ids_key.sql");

  /** Serialises concurrent {@link #createSchema} calls across servers; an arbitrary constant. */
  private static final long SCHEMA_LOCK = 0x636f6e76656e65L;

  private RegistrationLog() {}

  /**
   * Creates the registration log's tables (the log, its events and their checkpoints) if they do
   * not exist yet, and brings a database created by an earlier version of this library up to
   * date, running every script of {@link #MIGRATIONS} in one transaction: each script changes
   * only what is not there yet (version 3 keys the checkpoints of a database of version 2 by
   * their custom rule ids too), so no version is recorded and every call runs them all. Several
   * servers may call it at the same time: the calls take turns on a transaction-level advisory
   * lock. It changes nothing in a database that is up to date.
   *
   * @param dataSource the host's data source, not null
   * @throws RegistrationLogException if a script cannot be read or the database refuses it
   * @throws org.convene.MissingValueException if {@code dataSource} is null
   */
  public static void createSchema(DataSource dataSource) {
    Require.argument(dataSource, "RegistrationLog", "createSchema", "dataSource");
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.execute("SELECT pg_advisory_xact_lock(" + SCHEMA_LOCK + ")");
        for (String script : MIGRATIONS) {
          statement.execute(script(script));
        }
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        if (autoCommit) {
          connection.setAutoCommit(true); // the connection goes back to the pool in the mode it came in
        }
      }
    } catch (SQLException e) {
      throw new RegistrationLogException(
          "RegistrationLog.createSchema failed: the database refused " + MIGRATIONS + " (SQL state "
              + e.getSQLState() + "): " + e.getMessage(), e);
    }
  }

  /** The text of one script from the jar. */
  static String script(String name) {
    String resource = MIGRATION_LOCATION + "/" + name;
    // through the class, not its loader: on the module path a loader finds no resource in a
    // package the module does not open, while a class always reads its own module's
    try (InputStream in = RegistrationLog.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new RegistrationLogException("the script " + resource + " is missing from the convene-jdbc jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RegistrationLogException("the script " + resource + " cannot be read: " + e.getMessage(), e);
    }
  }
}
