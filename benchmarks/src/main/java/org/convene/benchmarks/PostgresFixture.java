package org.convene.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.convene.Event;
import org.convene.Participant;
import org.convene.jdbc.DurableDesk;
import org.convene.jdbc.RegistrationLog;
import org.convene.json.ConveneJson;
import org.convene.rules.Change;
import org.convene.rules.DecidedUpdate;
import org.convene.rules.Decision;
import org.convene.rules.RegistrationRequest;
import org.convene.rules.Registrations;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL of the durable benchmarks: an embedded server (PostgreSQL 17, its default
 * settings but for zonky's {@code synchronous_commit=off}, which both the desk and the baseline
 * turn back on for their own transactions), or the server that {@code
 * -Dconvene.bench.postgres.url} names (how {@link DurableBenchmark#main} hands its server to
 * JMH's forks). Each (registrations held, rules) pair is filled once into a template database
 * holding both the Convene log and the baseline's table of registrations; each trial works on a
 * copy of it.
 */
final class PostgresFixture {
  static final String URL_PROPERTY = "convene.bench.postgres.url";

  private static final ConveneJson JSON = ConveneJson.create();
  private static final AtomicInteger COPIES = new AtomicInteger();
  private static String serverUrl;

  private PostgresFixture() {}

  /** The server's URL to its {@code postgres} database, starting the embedded server once. */
  static synchronized String serverUrl() {
    if (serverUrl == null) {
      String given = System.getProperty(URL_PROPERTY, "");
      if (!given.isEmpty()) {
        serverUrl = given;
      } else {
        try {
          EmbeddedPostgres server = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofMinutes(2)).start();
          serverUrl = server.getJdbcUrl("postgres", "postgres");
        } catch (IOException e) {
          throw new UncheckedIOException("the embedded PostgreSQL did not start", e);
        }
      }
    }
    return serverUrl;
  }

  static String url(String database) {
    String url = serverUrl();
    int query = url.indexOf('?');
    String base = query < 0 ? url : url.substring(0, query);
    return base.substring(0, base.lastIndexOf('/') + 1) + database + (query < 0 ? "" : url.substring(query));
  }

  /** A pool of {@code size} connections to a database: what a host passes to a desk. */
  static HikariDataSource pool(String database, int size) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url(database));
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(size);
    return new HikariDataSource(config);
  }

  private static DataSource plain(String database) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(url(database));
    return dataSource;
  }

  static String templateName(int held, String rules) {
    return "tmpl_" + held + "_" + rules.replace('-', '_');
  }

  /** Fills the template of {@code held} registrations on {@code rules} unless it exists. */
  static synchronized String template(int held, String rules) {
    String name = templateName(held, rules);
    DataSource admin = plain("postgres");
    if (sql(admin, "SELECT count(*) FROM pg_database WHERE datname = '" + name + "'") == 0) {
      sql(admin, "CREATE DATABASE " + name);
      fill(plain(name), RulesFixture.event(rules), held);
    }
    return name;
  }

  /** A new database copied from the template, for one trial. */
  static String copyOf(int held, String rules) {
    String template = template(held, rules);
    String name = "trial_" + ProcessHandle.current().pid() + "_" + COPIES.incrementAndGet();
    sql(plain("postgres"), "CREATE DATABASE " + name + " TEMPLATE " + template);
    return name;
  }

  static void drop(String database) {
    sql(plain("postgres"), "DROP DATABASE IF EXISTS " + database);
  }

  /**
   * Writes the log of {@code held} registrations of {@link RulesFixture}'s participants {@code p0}
   * to {@code p<held-1>}, as a desk would have appended them one by one, with COPY: the
   * convene-jdbc table's columns in convene-json's form (a desk that opens the log replays every
   * row and checks its decision, so a row this gets wrong fails the benchmark's set-up), and the
   * same registrations in the baseline's table.
   */
  private static void fill(DataSource dataSource, Event event, int held) {
    RegistrationLog.createSchema(dataSource);
    DurableDesk.open(dataSource, event, List.of()); // stores the event's first version
    sql(dataSource, "CREATE TABLE baseline_registration (event_id text NOT NULL, participant_id text NOT NULL,"
        + " delegation text NOT NULL, track text NOT NULL, state text NOT NULL, request jsonb NOT NULL,"
        + " created_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (event_id, participant_id))");
    sql(dataSource, "CREATE INDEX baseline_registration_quota_idx"
        + " ON baseline_registration (event_id, state, delegation, track)");
    Registrations registrations = Registrations.empty(event);
    try (Connection c = dataSource.getConnection()) {
      CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
      StringBuilder log = new StringBuilder();
      StringBuilder baseline = new StringBuilder();
      for (int i = 0; i < held; i++) {
        RegistrationRequest request = request(i);
        DecidedUpdate update = (DecidedUpdate) registrations.register(request);
        registrations = update.getRegistrations();
        Decision decision = update.getDecision();
        StringBuilder changes = new StringBuilder("[");
        for (Change change : update.getChanges()) {
          changes.append(changes.length() > 1 ? "," : "").append(JSON.writeString(change));
        }
        log.append(csv(event.getId())).append(',').append(i + 1).append(',').append(csv(requestId(i))).append(',')
            .append(ConveneJson.FORMAT_VERSION).append(',').append(csv(JSON.writeString(update.getOperation())))
            .append(',').append(csv(JSON.writeString(decision))).append(',').append(csv(changes.append(']').toString()))
            .append(',').append(csv(request.getParticipant().getId())).append('\n');
        if (decision.getOutcome() != Decision.Outcome.REJECTED) {
          Participant p = request.getParticipant();
          baseline.append(csv(event.getId())).append(',').append(csv(p.getId())).append(',')
              .append(csv(p.getDelegation().orElseThrow())).append(',').append(csv(request.getTrackIds().get(0)))
              .append(',').append(decision.isAccepted() ? "registered" : "waiting").append(',')
              .append(csv(JSON.writeString(request))).append('\n');
        }
        if (log.length() > 8_000_000 || i == held - 1) {
          copy.copyIn("COPY convene_registration_log (event_id, sequence, request_id, format_version, operation,"
              + " decision, changes, participant_id) FROM STDIN (FORMAT csv)", new StringReader(log.toString()));
          copy.copyIn("COPY baseline_registration (event_id, participant_id, delegation, track, state, request)"
              + " FROM STDIN (FORMAT csv)", new StringReader(baseline.toString()));
          log.setLength(0);
          baseline.setLength(0);
        }
      }
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("cannot fill the benchmark's log", e);
    }
    sql(dataSource, "VACUUM ANALYZE");
  }

  static String requestId(int i) {
    return "form-" + i;
  }

  static RegistrationRequest request(int i) {
    return RulesFixture.request(RulesFixture.participant("p", i), i);
  }

  private static String csv(String value) {
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  /**
   * Runs one statement on its own connection; returns the first column of its first row as a
   * number, or -1 for a statement without rows.
   */
  static long sql(DataSource dataSource, String sql) {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      if (!s.execute(sql)) {
        return -1;
      }
      try (ResultSet rs = s.getResultSet()) {
        return rs.next() ? rs.getLong(1) : -1;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
