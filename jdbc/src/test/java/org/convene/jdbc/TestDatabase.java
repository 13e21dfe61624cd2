package org.convene.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL for the tests: one embedded server per test JVM (so per module), started on
 * first use and stopped when the JVM exits, or the external server of {@code
 * -Dconvene.postgres.url=jdbc:postgresql://host:5432/postgres?user=...&password=...}. Each test
 * class gets a database of its own, created empty.
 */
final class TestDatabase {
  /** The system property naming an external server, whose user may create databases. */
  static final String URL_PROPERTY = "convene.postgres.url";

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static String serverUrl;

  private TestDatabase() {}

  /** The server's URL to its {@code postgres} database, starting the embedded server once. */
  private static synchronized String serverUrl() {
    if (serverUrl == null) {
      String external = System.getProperty(URL_PROPERTY, "");
      if (!external.isEmpty()) {
        serverUrl = external;
      } else {
        try {
          EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
          Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
              postgres.close();
            } catch (IOException ignored) {
              // the JVM exits: the server's directory is removed with it or on the next start
            }
          }));
          serverUrl = postgres.getJdbcUrl("postgres", "postgres");
        } catch (IOException e) {
          throw new UncheckedIOException("the embedded PostgreSQL did not start", e);
        }
      }
    }
    return serverUrl;
  }

  /**
   * Starts an embedded server of its own on {@code dataDirectory}, for a test that stops it:
   * the first start (port 0: any free port) runs initdb; a start on a directory that holds a
   * stopped server's data, on that server's port, brings the same databases back. The caller
   * closes it; the data directory stays.
   */
  static EmbeddedPostgres startOwnServer(Path dataDirectory, int port) throws IOException {
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
        .setDataDirectory(dataDirectory)
        .setCleanDataDirectory(false)
        // the default 10 s is too short on a loaded 2-core machine
        .setPGStartupWait(Duration.ofMinutes(1));
    if (port != 0) {
      builder.setPort(port);
    }
    return builder.start();
  }

  /** Creates a new empty database and returns its URL. */
  static String create(String prefix) {
    String name = prefix.toLowerCase() + "_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
    try (Connection c = dataSource(serverUrl()).getConnection(); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name);
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create the test database " + name, e);
    }
    return withDatabase(serverUrl(), name);
  }

  /** A new, separate data source on {@code url}: what each server of a test holds. */
  static DataSource dataSource(String url) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(url);
    return dataSource;
  }

  private static String withDatabase(String url, String database) {
    int query = url.indexOf('?');
    String base = query < 0 ? url : url.substring(0, query);
    String parameters = query < 0 ? "" : url.substring(query);
    return base.substring(0, base.lastIndexOf('/') + 1) + database + parameters;
  }

  /** Runs a statement, for the tests' own set-up and faults. */
  static void execute(DataSource dataSource, String sql) {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** The first column of the first row of a query, as a number (0 if there is no row). */
  static long queryLong(DataSource dataSource, String sql) {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** The URL with one more connection parameter. */
  static String withParameter(String url, String name, String value) {
    return url + (url.indexOf('?') < 0 ? '?' : '&') + name + "=" + value;
  }
}
