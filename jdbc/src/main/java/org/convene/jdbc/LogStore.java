package org.convene.jdbc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import org.convene.Event;
import org.convene.json.ConveneJson;
import org.convene.rules.Change;
import org.convene.rules.DecidedUpdate;
import org.convene.rules.Decision;
import org.convene.rules.Operation;
import org.convene.rules.RegistrationsState;
import org.convene.rules.Update;
import tools.jackson.databind.JavaType;

/**
 * The SQL of the registration log for one event, and the JSON of its columns. Every failure
 * becomes a {@link RegistrationLogException} naming the event, the row and what is wrong.
 */
final class LogStore {
  /** The SQL state of a table that does not exist. */
  private static final String UNDEFINED_TABLE = "42P01";

  private static final String COLUMNS = "sequence, request_id, format_version, operation, decision, changes";

  private static final String FIND =
      "SELECT " + COLUMNS + " FROM convene_registration_log WHERE event_id = ? AND request_id = ?";

  static final ConveneJson JSON = ConveneJson.create();

  private final DataSource dataSource;
  final String eventId;

  LogStore(DataSource dataSource, String eventId) {
    this.dataSource = dataSource;
    this.eventId = eventId;
  }

  /** Stores the event's first version unless it has a log; returns the stored first version. */
  Event createEvent(Event firstVersion) {
    String sql = "INSERT INTO convene_event (event_id, format_version, first_version) VALUES (?, ?, ?::jsonb)"
        + " ON CONFLICT (event_id) DO NOTHING";
    try (Connection c = dataSource.getConnection()) {
      autoCommitted(c, () -> {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          ps.setString(1, eventId);
          ps.setInt(2, ConveneJson.FORMAT_VERSION);
          ps.setString(3, JSON.writeString(firstVersion));
          return ps.executeUpdate();
        }
      });
    } catch (SQLException e) {
      throw failure("store the first version of the event", e);
    }
    return firstVersion().orElseThrow(() -> new RegistrationLogException(
        "event \"" + eventId + "\" was stored but cannot be read back from convene_event"));
  }

  /** The event's first version, or empty if the event has no log. */
  Optional<Event> firstVersion() {
    String sql = "SELECT format_version, first_version FROM convene_event WHERE event_id = ?";
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, eventId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        String row = "convene_event row (event_id \"" + eventId + "\")";
        checkVersion(row, rs.getInt(1));
        return Optional.of(read(row, "first_version", rs.getString(2), Event.class));
      }
    } catch (SQLException e) {
      throw failure("read the first version of the event", e);
    }
  }

  /**
   * The first key of the advisory lock that serialises the writers of one event, in the two-int
   * form {@code pg_advisory_xact_lock(int, int)}: the ASCII of "Conv", 0x436f6e76.
   */
  static final int EVENT_LOCK_CLASS = 0x436f6e76;

  /**
   * The second key of the event's advisory lock: {@link String#hashCode()} of the event id, whose
   * formula the JDK specifies, so that a host can compute it too. Two events whose ids hash alike
   * share a lock: their writers take turns, which costs throughput, never correctness.
   */
  static int eventLockKey(String eventId) {
    return eventId.hashCode();
  }

  /** How many missed rows the statement that takes the lock reads; more are streamed after. */
  private static final int MISSED_IN_ONE = 1000;

  /**
   * Opens the transaction that appends the event's next row: read committed, synchronous commit,
   * the event's advisory lock taken, so that the writers of one event, on any server, take turns
   * from here to their commit instead of colliding on a sequence; then hands the rows after
   * {@code after} to {@code missed}. Taking the lock and reading the first rows missed is one
   * round trip: the fewer the round trips while the lock is held, the more rows an event commits.
   */
  Append lockEvent(long after, Consumer<Recorded> missed) {
    Connection c = null;
    boolean autoCommit = false;
    try {
      c = dataSource.getConnection();
      autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      // read committed: the statements after the lock see the rows the last holder committed,
      // whatever isolation the host's pool defaults to; synchronous commit: the host may have
      // turned it off for its own tables, but a decision a caller was told is durable
      String sql = "SET TRANSACTION ISOLATION LEVEL READ COMMITTED;"
          + " SELECT " + SYNCHRONOUS_COMMIT + ", pg_advisory_xact_lock(?, ?);"
          + " SELECT " + COLUMNS + " FROM convene_registration_log WHERE event_id = ? AND sequence > ?"
          + " ORDER BY sequence LIMIT " + MISSED_IN_ONE;
      long last = after;
      int read = 0;
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setInt(1, EVENT_LOCK_CLASS);
        ps.setInt(2, eventLockKey(eventId));
        ps.setString(3, eventId);
        ps.setLong(4, after);
        int results = 0;
        for (boolean isRows = ps.execute(); isRows || ps.getUpdateCount() != -1; isRows = ps.getMoreResults()) {
          // the first result with rows is the lock's, the second the log's rows missed
          if (isRows && ++results == 2) {
            try (ResultSet rows = ps.getResultSet()) {
              while (rows.next()) {
                Recorded row = row(rows);
                missed.accept(row);
                last = row.getSequence();
                read++;
              }
            }
          }
        }
        if (results != 2) {
          throw new SQLException("the statement that takes the lock gave " + results + " results with rows, not 2");
        }
      }
      Append append = new Append(c, autoCommit);
      if (read == MISSED_IN_ONE) {
        append.forEachRowAfter(last, missed);
      }
      return append;
    } catch (SQLException | RuntimeException e) {
      if (c != null) {
        rollbackQuietly(c);
        if (autoCommit) {
          autoCommitQuietly(c);
        }
        closeQuietly(c);
      }
      if (e instanceof SQLException) {
        throw failure("take the lock of the event and read the rows after sequence " + after, (SQLException) e);
      }
      throw (RuntimeException) e;
    }
  }

  /**
   * Turns synchronous commit on for the transaction, so that a decision a caller was told is
   * durable, whatever the host set for its own work; a host's {@code remote_apply}, which waits
   * for more, is kept.
   */
  static final String SYNCHRONOUS_COMMIT = "set_config('synchronous_commit', CASE WHEN"
      + " current_setting('synchronous_commit') = 'remote_apply' THEN 'remote_apply' ELSE 'on' END, true)";

  /** The statement of {@link #appendIfNext} for a number of rows. */
  private final SqlByRows appendIfNextSql = new SqlByRows(n -> {
    StringBuilder sql = new StringBuilder("WITH turn AS (SELECT " + SYNCHRONOUS_COMMIT + ","
        + " pg_advisory_xact_lock(?, ?)), appended AS (INSERT INTO convene_registration_log (event_id, " + COLUMNS
        + ", participant_id) SELECT v.* FROM turn, (VALUES ");
    for (int i = 0; i < n; i++) {
      sql.append(i == 0 ? "" : ", ").append("(?, ?::bigint, ?, ?::integer, ?::jsonb, ?::jsonb, ?::jsonb, ?)");
    }
    return sql.append(") AS v").append(everyRowOrFail(n)).toString();
  });

  /** The statements of {@link Append#appendAndCommit} for a number of rows. */
  private final SqlByRows appendAndCommitSql = new SqlByRows(n -> {
    StringBuilder sql = new StringBuilder("WITH appended AS (INSERT INTO convene_registration_log (event_id, "
        + COLUMNS + ", participant_id) VALUES ");
    for (int i = 0; i < n; i++) {
      sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?)");
    }
    return sql.append(everyRowOrFail(n)).append("; COMMIT").toString();
  });

  /**
   * The text of a statement for each number of rows, made once per store: the same string each
   * time, whose hash the driver's statement cache then reads instead of computing it over a text
   * of a few hundred characters per row, and no text built per batch.
   */
  static final class SqlByRows {
    /** Batches of up to this many rows keep their text; larger ones, rare, build it each time. */
    static final int KEPT = DurableDesk.MAX_BATCH;

    private final IntFunction<String> make;
    /** Filled as batches come: a race makes the same text twice, and either is kept. */
    private final String[] texts = new String[KEPT + 1];

    SqlByRows(IntFunction<String> make) {
      this.make = make;
    }

    String of(int rows) {
      if (rows > KEPT) {
        return make.apply(rows);
      }
      String text = texts[rows];
      if (text == null) {
        text = make.apply(rows);
        texts[rows] = text;
      }
      return text;
    }
  }

  /** SQL state of a unique violation: a sequence or a request id the log already holds. */
  private static final String UNIQUE_VIOLATION = "23505";

  /** SQL state of an undefined object, such as a configuration parameter that does not exist. */
  private static final String UNDEFINED_OBJECT = "42704";

  /** What a log that takes fewer rows than inserted, without refusing any, has on it. */
  static final String DROPS_ROWS = "a trigger or rule on convene_registration_log drops rows";

  /**
   * Appends the rows from sequence {@code first} on if {@code first} is still the log's next
   * sequence, in one statement that is its own transaction: one round trip, commit included. The
   * statement takes the event's lock first (so it waits for a writer that holds it, and does not
   * slip in between that writer's read and its insert) and turns synchronous commit on for its
   * transaction. Returns false, with nothing appended, if the log already holds one of the rows'
   * sequences or request ids: another writer appended first (the log has no gaps, so any row
   * past the one a desk has read takes {@code first}), or a request is a retry. The rows go in all
   * together or not at all: rows the log drops without refusing them fail the statement ({@link
   * #everyRowOrFail}), which then commits none of them.
   *
   * @throws RegistrationLogException if the database fails otherwise; the outcome may then be
   *     unknown, as for a failed commit
   */
  boolean appendIfNext(long first, List<Row> rows) {
    String sql = appendIfNextSql.of(rows.size());
    try (Connection c = dataSource.getConnection()) {
      return autoCommitted(c, () -> {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          ps.setInt(1, EVENT_LOCK_CLASS);
          ps.setInt(2, eventLockKey(eventId));
          setRows(ps, 3, first, rows);
          ps.execute();
          return true;
        }
      });
    } catch (SQLException e) {
      if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
        return false;
      }
      throw appendFailure("append", first, rows, e);
    }
  }

  /**
   * The end of a statement whose {@code WITH} query {@code appended} inserts {@code n} rows: it
   * returns them and counts them, and fails the statement, so that nothing of it commits, if the
   * log took fewer without refusing any (a host's trigger that returns null, a rule), instead of
   * leaving a gap no replay passes: the {@code CASE} then evaluates {@code current_setting} of a
   * parameter that does not exist, whose name says why (plain SQL has no {@code RAISE}; a {@code
   * CASE} evaluates only the branch it takes, and this one depends on the count, so it is not
   * folded in advance; SQL state 42704, not a data exception, which a desk would take for a value
   * of one operation and decide each operation again).
   */
  private static String everyRowOrFail(int n) {
    return " RETURNING 1) SELECT CASE WHEN count(*) = " + n + " THEN count(*) ELSE current_setting('convene: the log"
        + " took ' || count(*) || ' of " + n + " rows inserted; " + DROPS_ROWS + "')::bigint END FROM appended";
  }

  /**
   * The failure of a statement that ends in {@link #everyRowOrFail}: rows the log dropped named
   * as such (nothing was appended), any other as {@link #failure}.
   */
  private RegistrationLogException appendFailure(String doing, long first, List<Row> rows, SQLException e) {
    if (UNDEFINED_OBJECT.equals(e.getSQLState()) && String.valueOf(e.getMessage()).contains(DROPS_ROWS)) {
      return new RegistrationLogException("cannot append " + rows(first, rows) + " of event \"" + eventId
          + "\": the database took fewer rows than inserted, without refusing any (" + e.getMessage() + "); the"
          + " log must take every row, or replays stop at the gap (nothing was appended)", e);
    }
    return failure(doing + " " + rows(first, rows), e);
  }

  /**
   * Sets the parameters of the rows' {@code VALUES} lists from parameter {@code index} on: event
   * id, sequence (from {@code first} on), request id, format version, operation, decision,
   * changes and participant id, per row.
   */
  private void setRows(PreparedStatement ps, int index, long first, List<Row> rows) throws SQLException {
    int p = index - 1;
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      ps.setString(++p, eventId);
      ps.setLong(++p, first + i);
      ps.setString(++p, row.requestId);
      ps.setInt(++p, ConveneJson.FORMAT_VERSION);
      ps.setString(++p, row.operation);
      ps.setString(++p, row.decision);
      ps.setString(++p, row.changes);
      ps.setString(++p, row.participantId);
    }
  }

  /** The rows of one append, for messages: {@code sequence 7 (request id "form-7f3a")}, or a range. */
  private static String rows(long first, List<Row> rows) {
    List<String> requestIds = new ArrayList<>(rows.size());
    for (Row row : rows) {
      requestIds.add(row.requestId);
    }
    return requestIds(first, requestIds);
  }

  /** The rows of one append, for messages: {@code sequence 7 (request id "form-7f3a")}, or a range. */
  static String requestIds(long first, List<String> requestIds) {
    if (requestIds.size() == 1) {
      return "sequence " + first + " (request id \"" + requestIds.get(0) + "\")";
    }
    return "sequences " + first + " to " + (first + requestIds.size() - 1) + " (request ids \"" + requestIds.get(0)
        + "\" to \"" + requestIds.get(requestIds.size() - 1) + "\")";
  }

  /**
   * One append transaction holding the event's lock: the rows missed were read, insert the next
   * ones and commit ({@link #appendAndCommit}). Closing it rolls back what was not committed,
   * which releases the lock, and hands the connection back in the commit mode it was lent in.
   */
  final class Append implements AutoCloseable {
    private final Connection connection;
    /** The connection's commit mode when the pool lent it: it goes back in that mode. */
    private final boolean autoCommit;

    private Append(Connection connection, boolean autoCommit) {
      this.connection = connection;
      this.autoCommit = autoCommit;
    }

    /** Hands the rows after {@code after} to {@code each} in order, as {@link #forEachRow} does. */
    private void forEachRowAfter(long after, Consumer<Recorded> each) {
      stream(connection, "SELECT " + COLUMNS + " FROM convene_registration_log WHERE event_id = ? AND sequence > ?"
          + " ORDER BY sequence", "read the rows after sequence " + after, each, after);
    }

    /** The rows of those of {@code requestIds} that are in the log, by request id. */
    Map<String, Recorded> find(List<String> requestIds) {
      // an id holding U+0000 is never in the log (encode() refuses it), and PostgreSQL refuses it as a parameter
      requestIds = requestIds.stream().filter(id -> id.indexOf('\0') < 0).collect(java.util.stream.Collectors.toList());
      if (requestIds.isEmpty()) {
        return Map.of();
      }
      String doing = requestIds.size() == 1 ? "find request id \"" + requestIds.get(0) + "\""
          : "find " + requestIds.size() + " request ids from \"" + requestIds.get(0) + "\" on";
      Map<String, Recorded> rows = new HashMap<>();
      try {
        stream(connection, "SELECT " + COLUMNS + " FROM convene_registration_log WHERE event_id = ? AND request_id = ANY (?)",
            doing, row -> rows.put(row.getRequestId(), row), connection.createArrayOf("text", requestIds.toArray()));
      } catch (SQLException e) {
        throw failure(doing, e);
      }
      return rows;
    }

    /**
     * Inserts the rows from sequence {@code first} on and commits, in one round trip: one
     * statement that inserts them all and fails if the log took fewer than given, and {@code
     * COMMIT} after it, sent together. The driver sends both before one Sync (or, in its simple
     * protocol, as one query string), and the server skips what follows a failed statement up to
     * there, so the {@code COMMIT} runs only after an insert that took every row (a {@code COMMIT}
     * of an aborted transaction would roll it back anyway, and pgjdbc's {@code commit()} reports
     * no error then): the rows go in all together or not at all. Returns true once
     * they are committed, which releases the lock, and durable (synchronous commit, set when the
     * lock was taken); false, with nothing committed, if the log already holds one of their
     * request ids (a retry, decided again as if new) or sequences (taken by a writer that does
     * not take the event's lock: the primary key stays the safety net). This transaction is then
     * aborted: {@link #close} rolls it back.
     *
     * <p>Rows missing without an error (a host's trigger that returns null, a rule) fail the
     * statement instead of leaving a gap ({@link #everyRowOrFail}).
     *
     * @throws RegistrationLogException if the database fails otherwise, naming the request ids;
     *     the outcome may then be unknown (the reply of the commit lost), as for any failed commit
     */
    boolean appendAndCommit(long first, List<Row> rows) {
      try (PreparedStatement ps = connection.prepareStatement(appendAndCommitSql.of(rows.size()))) {
        setRows(ps, 1, first, rows);
        ps.execute();
        return true;
      } catch (SQLException e) {
        if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
          return false;
        }
        throw appendFailure("append and commit", first, rows, e);
      }
    }

    @Override
    public void close() {
      rollbackQuietly(connection);
      if (autoCommit) {
        autoCommitQuietly(connection);
      }
      closeQuietly(connection);
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // a connection that cannot close is broken: the server ends its transaction
    }
  }

  /** A statement's work on a connection. */
  private interface SqlWork<T> {
    T run() throws SQLException;
  }

  /**
   * Runs a write that is a transaction of its own, in auto-commit mode whatever mode the host's
   * pool lends its connections in (a pool for JPA often lends them in manual-commit mode, where
   * the write would be rolled back when the connection goes back), and hands the connection back
   * in the mode it came in.
   */
  private static <T> T autoCommitted(Connection c, SqlWork<T> work) throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(true);
    try {
      return work.run();
    } finally {
      if (!autoCommit) {
        manualCommitQuietly(c);
      }
    }
  }

  private static void autoCommitQuietly(Connection c) {
    try {
      c.setAutoCommit(true);
    } catch (SQLException ignored) {
      // the connection is broken: the pool discards it
    }
  }

  private static void manualCommitQuietly(Connection c) {
    try {
      c.setAutoCommit(false);
    } catch (SQLException ignored) {
      // the connection is broken: the pool discards it, and the statement's own failure is reported
    }
  }

  private static void rollbackQuietly(Connection c) {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // the connection is broken: closing it discards the transaction anyway
    }
  }

  /** A row as it is written: the request id and the JSON of its operation, decision and changes. */
  static final class Row {
    final String requestId;
    final String operation;
    final String decision;
    final String changes;
    final String participantId;

    private Row(String requestId, String operation, String decision, String changes, String participantId) {
      this.requestId = requestId;
      this.operation = operation;
      this.decision = decision;
      this.changes = changes;
      this.participantId = participantId;
    }
  }

  /**
   * Writes an update's row, refusing what PostgreSQL cannot store: the character U+0000 in a
   * text (jsonb and text columns both refuse it). Called for each operation on its own, before
   * its batch's statement, so that such a request fails alone and never the others of its batch.
   *
   * @throws RegistrationLogException naming the request id, if the row holds U+0000
   */
  Row encode(String requestId, Update update) {
    Operation operation = update.getOperation();
    Decision decision = update instanceof DecidedUpdate ? ((DecidedUpdate) update).getDecision() : null;
    String participantId = participantOf(operation);
    Row row = new Row(requestId, JSON.writeString(operation), decision == null ? null : JSON.writeString(decision),
        array(update.getChanges()), participantId);
    String where = requestId.indexOf('\0') >= 0 ? "its request id"
        : participantId != null && participantId.indexOf('\0') >= 0 ? "its participant id"
        : holdsNul(row.operation) ? "its operation" : holdsNul(row.decision) ? "its decision"
        : holdsNul(row.changes) ? "its changes" : null;
    if (where != null) {
      throw new RegistrationLogException("request id \"" + requestId.replace("\0", "\\u0000") + "\" of event \""
          + eventId + "\" cannot be logged: " + where + " holds the character U+0000 in a text, which PostgreSQL does"
          + " not store; nothing was appended (remove the character and send the request again)");
    }
    return row;
  }

  /** Whether JSON text holds an escaped (or a raw) U+0000. */
  static boolean holdsNul(String json) {
    if (json == null || json.indexOf('\0') < 0 && json.indexOf("u0000") < 0) {
      return false; // the usual case, found by the JDK's fast search instead of a loop per character
    }
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == 0) {
        return true;
      }
      if (c == '\\') {
        if (json.startsWith("u0000", i + 1)) {
          return true;
        }
        i++; // the escaped character: an escaped backslash is not the start of an escape
      }
    }
    return false;
  }

  private static String participantOf(Operation operation) {
    if (operation.getParticipantId().isPresent()) {
      return operation.getParticipantId().get();
    }
    return operation.getRequest().map(r -> r.getParticipant().getId()).orElse(null);
  }

  /** The row of a request id, if it was appended. */
  Optional<Recorded> find(String requestId) {
    List<Recorded> rows = query(FIND, "find request id \"" + requestId + "\"", requestId);
    return rows.stream().findFirst();
  }

  /**
   * Hands the rows after {@code after}, up to {@code upTo} included, to {@code each} in order as
   * they are read, so that a replay of a long log holds one fetch of rows at a time, not the log.
   */
  void forEachRow(long after, long upTo, Consumer<Recorded> each) {
    stream("SELECT " + COLUMNS + " FROM convene_registration_log WHERE event_id = ? AND sequence > ? AND sequence <= ?"
            + " ORDER BY sequence",
        "read the rows after sequence " + after, each, after, upTo);
  }

  /** Every row about a participant: their operations, the substitutions and the changes naming them. */
  List<Recorded> history(String participantId) {
    return query(
        "SELECT " + COLUMNS + " FROM convene_registration_log WHERE event_id = ? AND (participant_id = ?"
            + " OR operation -> 'substitute' ->> 'id' = ?"
            + " OR changes @> jsonb_build_array(jsonb_build_object('participantId', ?::text))) ORDER BY sequence",
        "read the history of participant \"" + participantId + "\"", participantId, participantId, participantId);
  }

  private List<Recorded> query(String sql, String doing, Object... parameters) {
    List<Recorded> rows = new ArrayList<>();
    stream(sql, doing, rows::add, parameters);
    return rows;
  }

  private void stream(String sql, String doing, Consumer<Recorded> each, Object... parameters) {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false); // the driver streams with a fetch size only inside a transaction
      try {
        stream(c, sql, doing, each, parameters);
        c.commit();
      } finally {
        rollbackQuietly(c);
        if (autoCommit) {
          autoCommitQuietly(c);
        }
      }
    } catch (SQLException e) {
      throw failure(doing, e);
    }
  }

  private void stream(Connection c, String sql, String doing, Consumer<Recorded> each, Object... parameters) {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, eventId);
      for (int i = 0; i < parameters.length; i++) {
        ps.setObject(i + 2, parameters[i]);
      }
      ps.setFetchSize(1000);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          each.accept(row(rs));
        }
      }
    } catch (SQLException e) {
      throw failure(doing, e);
    }
  }

  private Recorded row(ResultSet rs) throws SQLException {
    long sequence = rs.getLong(1);
    String row = "convene_registration_log row (event_id \"" + eventId + "\", sequence " + sequence + ")";
    checkVersion(row, rs.getInt(3));
    Operation operation = read(row, "operation", rs.getString(4), Operation.class);
    String decision = rs.getString(5);
    return new Recorded(
        eventId, sequence, rs.getString(2), operation,
        decision == null ? null : read(row, "decision", decision, Decision.class),
        list(row, "changes", rs.getString(6), Change.class));
  }

  private static void checkVersion(String row, int version) {
    if (version > ConveneJson.FORMAT_VERSION) {
      throw new RegistrationLogException(
          row + " was written in format version " + version + ", newer than this reader's "
              + ConveneJson.FORMAT_VERSION + ": upgrade convene-jdbc and convene-json on this server");
    }
    if (version < 1) {
      throw new RegistrationLogException(row + " has format_version " + version + ", which does not exist: expected "
          + ConveneJson.FORMAT_VERSION);
    }
  }

  private static <T> T read(String row, String column, String text, Class<T> type) {
    if (text == null) {
      throw new RegistrationLogException(row + " column " + column + " is null: expected a " + type.getSimpleName() + " document");
    }
    try {
      return JSON.read(text, type);
    } catch (RuntimeException e) {
      throw new RegistrationLogException(
          row + " column " + column + " is not a valid " + type.getSimpleName() + " document: " + e.getMessage(), e);
    }
  }

  private static <T> List<T> list(String row, String column, String text, Class<T> type) {
    if (text == null) {
      throw new RegistrationLogException(row + " column " + column + " is null: expected an array of " + type.getSimpleName());
    }
    try {
      JavaType listType = JSON.mapper().getTypeFactory().constructCollectionType(List.class, type);
      return JSON.mapper().readValue(text, listType);
    } catch (RuntimeException e) {
      throw new RegistrationLogException(
          row + " column " + column + " is not a valid array of " + type.getSimpleName() + " documents: " + e.getMessage(), e);
    }
  }

  /**
   * The changes as a JSON array of documents, each as {@link ConveneJson#writeString} writes it,
   * in one pass of Jackson's string writer: the module's serializer writes each element.
   */
  private static String array(List<Change> changes) {
    return JSON.mapper().writeValueAsString(changes);
  }

  /**
   * The reader of checkpoints: a state of a million places is about 200 MB of JSON, beyond the
   * default document limit meant for documents from outside; checkpoints are this module's own.
   */
  private static final ConveneJson CHECKPOINT_JSON = ConveneJson.builder().maxDocumentLength(1L << 40).build();

  /** A checkpoint as read: the last row its snapshot applied, and its state. */
  static final class Checkpoint {
    final long sequence;
    final RegistrationsState state;

    Checkpoint(long sequence, RegistrationsState state) {
      this.sequence = sequence;
      this.state = state;
    }
  }

  static String checkpointRow(String eventId, long sequence) {
    return "convene_checkpoint row (event_id \"" + eventId + "\", sequence " + sequence + ")";
  }

  /** The custom rules' ids as the checkpoint table's {@code rule_ids} holds them: a JSON array. */
  static String ruleIds(List<String> ids) {
    return JSON.mapper().writeValueAsString(ids);
  }

  /**
   * Stores the state after row {@code sequence}, gzip-compressed; false if a checkpoint of that
   * row with these custom rule ids is there already (another server took it: the state after one
   * row is the same on every server with the same rules). On a database of schema version 2,
   * keyed without the rule ids, a checkpoint of that row with other rule ids stops it too.
   */
  boolean insertCheckpoint(long sequence, List<String> ruleIds, RegistrationsState state) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes, 1 << 16) {
      {
        def.setLevel(Deflater.BEST_SPEED); // the JSON repeats itself: fast compression takes most of it
      }
    }) {
      JSON.write(state, gzip);
    } catch (IOException e) {
      throw new RegistrationLogException("cannot compress the checkpoint of event \"" + eventId + "\" at sequence "
          + sequence + ": " + e.getMessage(), e);
    }
    String sql = "INSERT INTO convene_checkpoint (event_id, sequence, format_version, rule_ids, places, state)"
        + " VALUES (?, ?, ?, ?::jsonb, ?, ?) ON CONFLICT DO NOTHING";
    try (Connection c = dataSource.getConnection()) {
      return autoCommitted(c, () -> {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          ps.setString(1, eventId);
          ps.setLong(2, sequence);
          ps.setInt(3, ConveneJson.FORMAT_VERSION);
          ps.setString(4, ruleIds(ruleIds));
          ps.setInt(5, state.getPlaces().size());
          ps.setBytes(6, bytes.toByteArray());
          return ps.executeUpdate() == 1;
        }
      });
    } catch (SQLException e) {
      throw failure("store the checkpoint at sequence " + sequence, e);
    }
  }

  /**
   * Which checkpoints a desk can use, the one notion of it for choosing, restoring and pruning:
   * of this event, taken with these custom rules ({@code rule_ids}), in a format this reader
   * reads (one of a newer version of the library, during a rolling upgrade, is skipped: a
   * checkpoint is a cache, and an older one or the log gives the same snapshot), after row {@code
   * after} and at or before row {@code upTo}, and at or before the log's last row (one past it is
   * not of this log). Its parameters are set by {@link #setUsable}.
   */
  private static final String USABLE_CHECKPOINT = "event_id = ? AND rule_ids = ?::jsonb"
      + " AND format_version <= " + ConveneJson.FORMAT_VERSION + " AND sequence > ? AND sequence <= ?"
      + " AND sequence <= (SELECT coalesce(max(sequence), 0) FROM convene_registration_log WHERE event_id = ?)";

  /** Sets the parameters of {@link #USABLE_CHECKPOINT} from {@code index}; returns the next index. */
  private int setUsable(PreparedStatement ps, int index, List<String> ruleIds, long after, long upTo)
      throws SQLException {
    ps.setString(index, eventId);
    ps.setString(index + 1, ruleIds(ruleIds));
    ps.setLong(index + 2, after);
    ps.setLong(index + 3, upTo);
    ps.setString(index + 4, eventId);
    return index + 5;
  }

  /**
   * The latest {@linkplain #USABLE_CHECKPOINT usable} checkpoint after row {@code after} and at or
   * before row {@code upTo}, read and parsed; empty if there is none, or, when {@code
   * onlyIfCheaper}, if restoring it is not cheaper than replaying the rows from {@code after} to
   * it (it holds at least as many places as those rows: restoring costs about what its places
   * cost, replaying what its rows cost, several times more each). The choice and the read are one
   * query, so the checkpoint restored is the one chosen. A usable checkpoint that does not parse
   * is an error naming it: a desk never starts from a state it cannot read, and never silently
   * from another one.
   */
  Optional<Checkpoint> latestCheckpoint(long after, long upTo, List<String> ruleIds, boolean onlyIfCheaper) {
    String sql = "SELECT sequence, format_version, CASE WHEN ? OR sequence - ? > places THEN state END"
        + " FROM convene_checkpoint WHERE " + USABLE_CHECKPOINT + " ORDER BY sequence DESC LIMIT 1";
    long sequence;
    int version;
    byte[] state;
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setBoolean(1, !onlyIfCheaper);
      ps.setLong(2, after);
      setUsable(ps, 3, ruleIds, after, upTo);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        sequence = rs.getLong(1);
        version = rs.getInt(2);
        state = rs.getBytes(3);
      }
    } catch (SQLException e) {
      throw failure("read the latest checkpoint after sequence " + after + " up to sequence " + upTo, e);
    }
    if (state == null) {
      return Optional.empty(); // not cheaper than the rows; the column itself is not null
    }
    String row = checkpointRow(eventId, sequence);
    checkVersion(row, version);
    RegistrationsState parsed;
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(state), 1 << 16)) {
      parsed = CHECKPOINT_JSON.read(in, RegistrationsState.class);
    } catch (IOException | RuntimeException e) {
      throw new RegistrationLogException(row + " column state is not a gzip-compressed RegistrationsState document: "
          + e.getMessage() + " (delete the row, and desks replay the log instead)", e);
    }
    if (!parsed.getEvent().getId().equals(eventId)) {
      throw new RegistrationLogException(row + " holds the state of event \"" + parsed.getEvent().getId()
          + "\" (delete the row, and desks replay the log instead)");
    }
    return Optional.of(new Checkpoint(sequence, parsed));
  }

  /**
   * Deletes the event's checkpoints taken with these custom rule ids (in any format) before the
   * {@code keep} newest {@linkplain #USABLE_CHECKPOINT usable} ones; deletes nothing while fewer
   * than {@code keep} are usable. The checkpoints of other rule ids are another group of
   * servers' (during a rolling change of a rule's id): they are left to that group. Returns how
   * many it deleted.
   */
  int pruneCheckpoints(List<String> ruleIds, int keep) {
    String sql = "DELETE FROM convene_checkpoint WHERE event_id = ? AND rule_ids = ?::jsonb AND sequence < (SELECT"
        + " sequence FROM convene_checkpoint WHERE " + USABLE_CHECKPOINT + " ORDER BY sequence DESC OFFSET ? LIMIT 1)";
    try (Connection c = dataSource.getConnection()) {
      return autoCommitted(c, () -> {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          ps.setString(1, eventId);
          ps.setString(2, ruleIds(ruleIds));
          int next = setUsable(ps, 3, ruleIds, 0, Long.MAX_VALUE);
          ps.setInt(next, keep - 1);
          return ps.executeUpdate();
        }
      });
    } catch (SQLException e) {
      throw failure("delete the checkpoints before the " + keep + " newest", e);
    }
  }

  /** A database failure, or a missing schema said as such. */
  RegistrationLogException failure(String doing, SQLException e) {
    if (UNDEFINED_TABLE.equals(e.getSQLState())) {
      return new RegistrationLogException(
          "cannot " + doing + " of event \"" + eventId + "\": the database has no registration log tables ("
              + e.getMessage() + "); call RegistrationLog.createSchema(dataSource) or run the scripts in "
              + RegistrationLog.MIGRATION_LOCATION, e);
    }
    return new RegistrationLogException(
        "cannot " + doing + " of event \"" + eventId + "\": the database failed (SQL state " + e.getSQLState()
            + "): " + e.getMessage(), e);
  }
}
