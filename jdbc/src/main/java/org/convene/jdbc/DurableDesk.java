package org.convene.jdbc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.convene.Event;
import org.convene.Participant;
import org.convene.internal.Require;
import org.convene.rules.DecidedUpdate;
import org.convene.rules.Decision;
import org.convene.rules.InvalidRequestException;
import org.convene.rules.NotRegisteredException;
import org.convene.rules.Operation;
import org.convene.rules.RegistrationRequest;
import org.convene.rules.Registrations;
import org.convene.rules.Rule;
import org.convene.rules.Update;

/**
 * A registration desk whose log is a PostgreSQL table, so that registrations survive restarts
 * and several servers share one event: the compare-and-set of {@link
 * org.convene.rules.RegistrationDesk}, lifted onto the database. The desk keeps the event's
 * {@link Registrations} in memory as a cache of the log, and appends each decision as the log's
 * next row, with synchronous commit; no decision is committed that was not taken against the
 * whole log. It appends in one of two ways:
 *
 * <ul>
 *   <li><b>In one round trip</b>, while nobody else writes the event: the desk decides against
 *       its snapshot and sends one statement, its own transaction, that takes the event's
 *       advisory lock and inserts the rows at the sequence after the snapshot's. The log has no
 *       gaps and its primary key is (event, sequence), so the insert goes in only if no other
 *       writer appended since; if one did, nothing is appended and the desk takes the other way.
 *   <li><b>Under the event's lock</b>, after another writer appended, or when an operation of the
 *       batch failed (invalid, a row PostgreSQL cannot store, a custom rule that threw: it may be
 *       a retry whose first attempt committed, which is looked up there): a transaction takes the
 *       lock, reads and replays the rows other servers appended since (in the same round trip),
 *       decides against the snapshot so brought up to date, inserts and commits (together, in a
 *       second round trip: the commit runs only if every row went in). The writers of one event
 *       take turns there instead of colliding. A desk goes back to the first way once it finds no
 *       row missed.
 * </ul>
 *
 * <p>A batch that goes from the first way to the second is decided again there: a custom {@link
 * Rule} may be evaluated more than once for one operation, and must not count its calls.
 *
 * <p><b>Group commit.</b> The threads that call one desk at once share its transactions: each
 * caller queues its operation; whichever caller finds no transaction running takes everything
 * queued (up to 256 operations) and appends them all in one transaction, either way: it decides
 * the operations one after the other in the order they were queued (each against the snapshot
 * the ones before it left, as if they had come one at a time; a request id already in the log,
 * or earlier in the batch, is answered with that row), inserts their rows in one statement and
 * commits once, with one flush of the write-ahead log for them all. Then each caller returns its
 * own row,
 * or throws its own exception: an operation that is invalid ({@link InvalidRequestException},
 * {@link NotRegisteredException}) is not appended and fails its caller only, while the others
 * commit; so does one whose row PostgreSQL cannot store (the character U+0000 in a text, which
 * jsonb and text refuse: a {@link RegistrationLogException} that says so, nothing appended). If
 * the transaction fails, every caller whose operation it held gets a {@link
 * RegistrationLogException} naming its request id, and resolves the outcome by that id, as after
 * any failed commit; should the database refuse a value of the batch's statement all the same
 * (SQL state class 22), the desk decides each of its operations again in a transaction of its
 * own, where it fails alone. A caller alone is a batch of one, committed at once: the desk never
 * waits to fill a batch, and starts no thread of its own (the callers run the transactions, so a
 * custom {@link Rule} runs on whichever caller's thread leads the batch, and must not call the
 * same desk: it would wait for its own batch). An interrupt does not stop an operation: the
 * caller waits for its outcome, and its interrupt status is kept for it (a transaction it leads
 * runs for the others too, so it is not handed to the pool, which would refuse a connection).
 *
 * <p>The lock is {@code pg_advisory_xact_lock(1131376246, eventId.hashCode())}: the two-int form,
 * whose first key, 0x436f6e76 (the ASCII of "Conv"), marks Convene's locks and whose second key is
 * {@link String#hashCode()} of the event id. It is per event (two events whose ids hash alike
 * share it, which costs throughput, not correctness) and held from before the desk reads the
 * missed rows until its commit or rollback, or, in one round trip, from before the insert until
 * its commit. A host that takes advisory locks of its own shares
 * PostgreSQL's key space with it: it must not take two-int locks whose first key is 1131376246
 * (the one-bigint form is a key space apart). A desk waiting for the lock holds a connection of
 * the host's pool while it waits, and the host's {@code lock_timeout} or {@code
 * statement_timeout}, if set, bounds the wait (the call then throws {@link
 * RegistrationLogException} and nothing is appended).
 *
 * <p>Every operation carries a request id the client chose, unique within the event: a retry
 * (the HTTP client timed out, or the commit's outcome was unknown) returns the row of the first
 * attempt and never applies the operation twice.
 *
 * <pre>{@code
 * RegistrationLog.createSchema(dataSource);
 * DurableDesk desk = DurableDesk.open(dataSource, SeedEvent.event(), List.of());
 * Recorded anna = desk.register("form-7f3a",
 *     RegistrationRequest.forTracks(annaParticipant, Attendance.IN_PERSON, now, SeedEvent.READINESS));
 * anna.getDecision().orElseThrow().isAccepted();
 * }</pre>
 *
 * <p>Reads ({@link #current()}) may lag behind what other servers appended; {@link #refresh()}
 * brings the snapshot up to date. A desk that starts replays the log from its latest
 * {@linkplain #checkpoint() checkpoint} it can use, if one was taken, rather than from its first
 * row. The desk starts no thread and opens no pool: it borrows a connection from the host's data
 * source for each statement or transaction, in whichever commit mode the pool lends it (each
 * write commits itself), and hands it back in that mode.
 *
 * <p>This class is thread-safe: the operations of one desk are decided one after the other, in
 * batches that share a transaction (see above).
 */
public final class DurableDesk {
  private final LogStore store;
  private final Event firstVersion;
  private final List<Rule> rules;
  /** The custom rules' ids: a checkpoint taken with other rules is not used. */
  private final List<String> ruleIds;
  private final Object lock = new Object();
  private volatile Snapshot snapshot;
  /**
   * Whether the next batch is appended in one round trip first (see {@link #appendBatch}): the
   * last append found no row another writer appended. Guarded by {@link #lock}.
   */
  private boolean optimistic = true;
  /** False to append under the lock only, as after a row missed: for tests of that way alone. */
  volatile boolean oneRoundTrip = true;

  /** How many checkpoints {@link #checkpoint()} keeps of those this desk can use: the newest. */
  private static final int KEPT_CHECKPOINTS = 2;

  /**
   * How many times a batch is decided under the lock before the desk gives up on a log that keeps
   * refusing its rows as held already: once a retry's request id is looked up and the rows missed
   * are read, the next attempt appends, unless a writer that does not take the lock keeps taking
   * sequences.
   */
  private static final int MAX_ATTEMPTS = 3;

  /** The most operations one transaction decides and appends. */
  static final int MAX_BATCH = 256;

  /** Guards the queue and {@link #leading}; held for moments, never across a round trip. */
  private final ReentrantLock queueLock = new ReentrantLock();
  /** Signalled when a batch is over: its callers have their outcomes, and another may lead. */
  private final Condition batchOver = queueLock.newCondition();
  private final ArrayDeque<Pending> queue = new ArrayDeque<>();
  /** Whether a caller is running a batch's transaction. */
  private boolean leading;

  /** One caller's operation, queued until a transaction takes it, and then its outcome. */
  private static final class Pending {
    final String requestId;
    final Operation operation;
    private Recorded row;
    private Throwable failure;
    /** Written last, after the outcome: a caller that sees it set sees its outcome. */
    volatile boolean done;

    Pending(String requestId, Operation operation) {
      this.requestId = requestId;
      this.operation = operation;
    }

    void succeed(Recorded recorded) {
      row = recorded;
      done = true;
    }

    void fail(Throwable e) {
      failure = e;
      done = true;
    }

    Recorded outcome() {
      if (failure instanceof RuntimeException) {
        throw (RuntimeException) failure;
      }
      if (failure instanceof Error) {
        throw (Error) failure;
      }
      return row;
    }
  }

  /** The cached snapshot and the sequence of the last row it applied. */
  private static final class Snapshot {
    final Registrations registrations;
    final long sequence;

    Snapshot(Registrations registrations, long sequence) {
      this.registrations = registrations;
      this.sequence = sequence;
    }
  }

  private DurableDesk(LogStore store, Event firstVersion, List<? extends Rule> rules) {
    this.store = store;
    this.firstVersion = firstVersion;
    this.rules = List.copyOf(rules);
    List<String> ids = new ArrayList<>();
    for (Rule rule : this.rules) {
      ids.add(String.valueOf(rule.getId())); // a null id is refused by the snapshot, naming the rule
    }
    this.ruleIds = List.copyOf(ids);
    this.snapshot = load(Long.MAX_VALUE);
  }

  /**
   * Opens the log of an event, starting it if the event has none: a new log replays from {@code
   * firstVersion}; an existing one must have started from an equal first version. The desk
   * restores the latest {@linkplain #checkpoint() checkpoint} it can use, if any (taken with the
   * same custom rules, in a format version it reads, at or before the log's last row), and
   * replays the rows after it. A checkpoint of a newer format version (written by a newer version
   * of this library during a rolling upgrade) is skipped: an older one, or the log, gives the
   * same snapshot.
   *
   * @param dataSource the host's data source, with the schema created, not null
   * @param firstVersion the event as it was when registration started, not null
   * @param rules the custom rules, the same on every server, not null
   * @return the desk, up to date with the log, not null
   * @throws RegistrationLogException if the database has no schema, the event's log started from
   *     another first version, a row does not parse or was written in a newer format version, or
   *     the checkpoint it restores does not parse, holds the state of another event or a state no
   *     snapshot can have
   * @throws org.convene.MissingValueException if an argument is null, naming it
   */
  public static DurableDesk open(DataSource dataSource, Event firstVersion, List<? extends Rule> rules) {
    Require.argument(dataSource, "DurableDesk", "open", "dataSource");
    Require.argument(firstVersion, "DurableDesk", "open", "firstVersion");
    Require.elements(rules, "DurableDesk", "open", "rules");
    LogStore store = new LogStore(dataSource, firstVersion.getId());
    Event stored = store.createEvent(firstVersion);
    if (!stored.equals(firstVersion)) {
      throw new RegistrationLogException(
          "the log of event \"" + firstVersion.getId() + "\" started from another first version than the one given:"
              + " open it by id with DurableDesk.open(dataSource, \"" + firstVersion.getId() + "\", rules)");
    }
    return new DurableDesk(store, stored, rules);
  }

  /**
   * Opens the existing log of an event by its id, as a server that restarts does.
   *
   * @param dataSource the host's data source, with the schema created, not null
   * @param eventId the event's id, not null
   * @param rules the custom rules, the same on every server, not null
   * @return the desk, up to date with the log, not null
   * @throws RegistrationLogException if the database has no schema, no log for {@code eventId},
   *     a row that does not parse, or a checkpoint it restores that does not (see above)
   * @throws org.convene.MissingValueException if an argument is null, naming it
   */
  public static DurableDesk open(DataSource dataSource, String eventId, List<? extends Rule> rules) {
    Require.argument(dataSource, "DurableDesk", "open", "dataSource");
    Require.argument(eventId, "DurableDesk", "open", "eventId");
    Require.elements(rules, "DurableDesk", "open", "rules");
    LogStore store = new LogStore(dataSource, eventId);
    Event first = store.firstVersion().orElseThrow(() -> new RegistrationLogException(
        "event \"" + eventId + "\" has no registration log in this database (convene_event has no row with event_id \""
            + eventId + "\"): start it with DurableDesk.open(dataSource, event, rules)"));
    return new DurableDesk(store, first, rules);
  }

  /**
   * The snapshot after row {@code upTo}: restored from the latest checkpoint this desk can use at
   * or before it, or the first version's empty snapshot, then the rows after it replayed.
   */
  private Snapshot load(long upTo) {
    Snapshot start = store.latestCheckpoint(0, upTo, ruleIds, false).map(this::restore)
        .orElseGet(() -> new Snapshot(Registrations.empty(firstVersion, rules), 0));
    return replay(start, upTo);
  }

  /** The snapshot a checkpoint holds, equal to the one replaying the log to its row gives. */
  private Snapshot restore(LogStore.Checkpoint checkpoint) {
    try {
      return new Snapshot(Registrations.restore(checkpoint.state, rules), checkpoint.sequence);
    } catch (InvalidRequestException e) {
      throw new RegistrationLogException(LogStore.checkpointRow(store.eventId, checkpoint.sequence)
          + " holds a state no snapshot can have: " + e.getMessage() + " (delete the row, and desks replay the log instead)",
          e);
    }
  }

  /**
   * Applies the rows after {@code from} up to {@code upTo}, in order, as the store reads them (a
   * long log is never held in memory); a gap or a row that does not apply is the log's fault,
   * said as such.
   */
  private Snapshot replay(Snapshot from, long upTo) {
    Replay replay = new Replay(from);
    store.forEachRow(from.sequence, upTo, replay);
    return new Snapshot(replay.registrations, replay.sequence);
  }

  /** The snapshot a replay has reached. */
  private final class Replay implements Consumer<Recorded> {
    Registrations registrations;
    long sequence;

    Replay(Snapshot from) {
      this.registrations = from.registrations;
      this.sequence = from.sequence;
    }

    @Override
    public void accept(Recorded row) {
      if (row.getSequence() != sequence + 1) {
        throw new RegistrationLogException("convene_registration_log of event \"" + store.eventId + "\" has no row "
            + (sequence + 1) + " before row " + row.getSequence() + ": the log is append-only and has no gaps");
      }
      String at = "convene_registration_log row (event_id \"" + store.eventId + "\", sequence " + row.getSequence() + ")";
      Update update;
      try {
        update = registrations.apply(row.getOperation());
      } catch (InvalidRequestException | NotRegisteredException e) {
        throw new RegistrationLogException(at + " does not replay: " + e.getMessage()
            + " (are the custom rules the same on every server?)", e);
      }
      // a server whose rules differ would silently diverge: its replay must give what was logged
      if (!decisionOf(update).equals(row.getDecision()) || !update.getChanges().equals(row.getChanges())) {
        throw new RegistrationLogException(at + " replays to another decision or other changes than the logged ones: "
            + decisionOf(update).map(d -> d.getOutcome().name()).orElse("no decision") + " " + update.getChanges()
            + " instead of " + row.getDecision().map(d -> d.getOutcome().name()).orElse("no decision") + " "
            + row.getChanges() + " (are the event's first version and the custom rules the same on every server?)");
      }
      registrations = update.getRegistrations();
      sequence = row.getSequence();
    }
  }

  private static Optional<Decision> decisionOf(Update update) {
    return update instanceof DecidedUpdate ? Optional.of(((DecidedUpdate) update).getDecision()) : Optional.empty();
  }

  /**
   * Returns the id of the event whose log this desk writes.
   *
   * @return the event id, not null
   */
  public String getEventId() {
    return store.eventId;
  }

  /**
   * Returns the cached snapshot, which may lag behind what other servers appended.
   *
   * @return the snapshot, not null
   */
  public Registrations current() {
    return snapshot.registrations;
  }

  /**
   * Returns the sequence of the last log row the cached snapshot applied.
   *
   * @return the sequence, 0 for an empty log
   */
  public long getSequence() {
    return snapshot.sequence;
  }

  /**
   * Reads the rows other servers appended since the last one this desk applied, and replays them;
   * or, when the latest {@linkplain #checkpoint() checkpoint} it can use (as {@link
   * #open(DataSource, String, List)} chooses it) lies more rows ahead of this desk than it holds
   * places (restoring it is then the cheaper), restores it and replays the rows after it. It never
   * restores a checkpoint at or before the last row this desk applied.
   *
   * @return the up-to-date snapshot, not null
   * @throws RegistrationLogException if the database fails, a row does not parse, or the
   *     checkpoint it restores cannot be used (see {@link #open(DataSource, String, List)})
   */
  public Registrations refresh() {
    synchronized (lock) {
      // only a checkpoint after this desk's row: the desk never moves back to rows it applied
      Optional<LogStore.Checkpoint> ahead = store.latestCheckpoint(snapshot.sequence, Long.MAX_VALUE, ruleIds, true);
      snapshot = replay(ahead.map(this::restore).orElse(snapshot), Long.MAX_VALUE);
      return snapshot.registrations;
    }
  }

  private void catchUp() {
    snapshot = replay(snapshot, Long.MAX_VALUE);
  }

  /**
   * Writes a checkpoint: the snapshot after the log's last row, so that a desk that starts (or
   * {@linkplain #refresh() catches up}, or answers {@link #at(long)} for a later row) restores it
   * and replays only the rows after it, instead of the whole log. The desk first reads the rows it
   * missed. The checkpoint is a cache of the log, never the truth: the state after a row is the
   * same on every server (a second checkpoint of the same row is not written), a desk that cannot
   * read it (an older version of this library) skips it, and deleting checkpoints is always safe.
   *
   * <p>It then deletes the event's older checkpoints taken with the same custom rules: it keeps
   * the two newest this desk can use (this one and the one before it) and deletes every
   * checkpoint of the event with these rule ids before them, whichever format version it was
   * taken in. So the table holds about two states per event and set of rules, not one per call
   * (17 MB each for a million places), and {@link #at(long)} of any row since the one before
   * stays fast; the audit of an earlier row replays the log from its first row. No snapshot,
   * decision or audit answer changes: each equals a full replay.
   *
   * <p>A checkpoint is used only by desks with the same custom rules, matched by their ids
   * ({@link Rule#getId()}, in order), never by their code. <b>A custom rule whose behaviour
   * changes must get a new id</b>: under the old id, a desk restores a checkpoint whose
   * registrations were decided under the old behaviour and checks none of the rows before it,
   * where a replay of the log checks every row and names the first one the new behaviour decides
   * otherwise. While servers move to the new id one by one, the two groups each checkpoint (the
   * same row too, on schema version 3) and delete only their own older checkpoints, never the
   * other group's; once no server uses the old ids, their checkpoints are left in the table for
   * the host to delete.
   *
   * <p>It writes the whole state ({@link Registrations#getState()}): every live place, so its cost
   * follows the registrations and waiting requests held, not the log (a few seconds for a
   * million places, as JSON compressed with gzip). Call it when it suits the host, such as from
   * its own scheduled job or after a batch of registrations; the desk starts no thread for it.
   * It takes no lock on the event: other servers keep appending meanwhile.
   *
   * @return the sequence of the row the checkpoint is taken after, 0 (and nothing written) for
   *     an empty log
   * @throws RegistrationLogException if the database fails or a row does not parse
   */
  public long checkpoint() {
    Snapshot s;
    synchronized (lock) {
      catchUp();
      s = snapshot;
    }
    if (s.sequence > 0) {
      store.insertCheckpoint(s.sequence, ruleIds, s.registrations.getState());
      store.pruneCheckpoints(ruleIds, KEPT_CHECKPOINTS);
    }
    return s.sequence;
  }

  /**
   * Registers a request ({@link Registrations#register}) and appends it to the log.
   *
   * @param requestId the client's id of this request, unique within the event, not null
   * @param request the request, not null
   * @return the row, with the decision, not null
   * @throws InvalidRequestException if the request is invalid for the event
   * @throws RegistrationLogException if the database fails; the outcome of the commit may then be
   *     unknown: retry with the same request id, or ask {@link #find(String)}
   * @throws org.convene.MissingValueException if an argument is null, naming it
   */
  public Recorded register(String requestId, RegistrationRequest request) {
    Require.argument(requestId, "DurableDesk", "register", "requestId");
    return apply(requestId, Operation.register(Require.argument(request, "DurableDesk", "register", "request")));
  }

  /**
   * Cancels a participant ({@link Registrations#cancel}) and appends it to the log.
   *
   * @param requestId the client's id of this request, unique within the event, not null
   * @param participantId the participant's id, not null
   * @return the row, not null
   * @throws NotRegisteredException if the participant is neither registered nor waiting
   * @throws RegistrationLogException if the database fails (see {@link #register})
   * @throws org.convene.MissingValueException if an argument is null, naming it
   */
  public Recorded cancel(String requestId, String participantId) {
    Require.argument(requestId, "DurableDesk", "cancel", "requestId");
    return apply(requestId, Operation.cancel(Require.argument(participantId, "DurableDesk", "cancel", "participantId")));
  }

  /**
   * Replaces a registered participant ({@link Registrations#substitute}) and appends it to the log.
   *
   * @param requestId the client's id of this request, unique within the event, not null
   * @param participantId the registered participant's id, not null
   * @param substitute who takes the place, not null
   * @return the row, with the decision, not null
   * @throws NotRegisteredException if the participant is not registered
   * @throws RegistrationLogException if the database fails (see {@link #register})
   * @throws org.convene.MissingValueException if an argument is null, naming it
   */
  public Recorded substitute(String requestId, String participantId, Participant substitute) {
    Require.argument(requestId, "DurableDesk", "substitute", "requestId");
    return apply(requestId, Operation.substitute(
        Require.argument(participantId, "DurableDesk", "substitute", "participantId"),
        Require.argument(substitute, "DurableDesk", "substitute", "substitute")));
  }

  /**
   * Moves the event to a new version ({@link Registrations#withEvent}) and appends it to the log.
   *
   * @param requestId the client's id of this request, unique within the event, not null
   * @param event the new version of the event, with the same id, not null
   * @return the row, not null
   * @throws InvalidRequestException if the new version is not one of this event
   * @throws RegistrationLogException if the database fails (see {@link #register})
   * @throws org.convene.MissingValueException if an argument is null, naming it
   */
  public Recorded changeEvent(String requestId, Event event) {
    Require.argument(requestId, "DurableDesk", "changeEvent", "requestId");
    return apply(requestId, Operation.changeEvent(Require.argument(event, "DurableDesk", "changeEvent", "event")));
  }

  /**
   * Applies any operation ({@link Registrations#apply}) and appends it to the log as its next
   * row; a request id already in the log (or earlier in the same batch) returns that row and
   * applies nothing. Operations that other threads pass to this desk meanwhile may be decided and
   * committed in the same transaction, after or before this one (see the class documentation).
   *
   * @param requestId the client's id of this request, unique within the event, not null
   * @param operation the operation, not null
   * @return the row, not null
   * @throws InvalidRequestException if the operation is invalid for the event
   * @throws NotRegisteredException if the participant it names is not in the state it needs
   * @throws RegistrationLogException if the database fails; the outcome of the commit may then be
   *     unknown: retry with the same request id, or ask {@link #find(String)}
   * @throws org.convene.MissingValueException if an argument is null, naming it
   */
  public Recorded apply(String requestId, Operation operation) {
    Require.argument(requestId, "DurableDesk", "apply", "requestId");
    Require.argument(operation, "DurableDesk", "apply", "operation");
    Pending mine = new Pending(requestId, operation);
    queueLock.lock();
    try {
      queue.add(mine);
    } finally {
      queueLock.unlock();
    }
    while (true) {
      List<Pending> batch = new ArrayList<>();
      queueLock.lock();
      try {
        // uninterruptible, as entering a monitor is: a caller whose operation was taken waits for its outcome
        while (!mine.done && leading) {
          batchOver.awaitUninterruptibly();
        }
        if (mine.done) {
          return mine.outcome();
        }
        leading = true;
        for (Pending p = queue.poll(); p != null; p = batch.size() < MAX_BATCH ? queue.poll() : null) {
          batch.add(p);
        }
      } finally {
        queueLock.unlock();
      }
      // the batch's transaction runs on this thread for every caller in it: an interrupt of this
      // caller (which a pool may turn into a failed connection) is kept for this caller, not spent on the batch
      boolean interrupted = Thread.interrupted();
      try {
        if (!batch.isEmpty()) {
          decideAndAppend(batch);
        }
      } finally {
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
        queueLock.lock();
        try {
          leading = false;
          batchOver.signalAll();
        } finally {
          queueLock.unlock();
        }
      }
      // mine was in the batch, or more than a batch was queued before it: then lead the next one
    }
  }

  /** Whether the next batch is tried in one round trip (see {@link #appendBatch}): for tests. */
  boolean appendsInOneRoundTrip() {
    synchronized (lock) {
      return optimistic && oneRoundTrip;
    }
  }

  /** How many operations wait in the queue for a transaction to take them: for tests. */
  int queued() {
    queueLock.lock();
    try {
      return queue.size();
    } finally {
      queueLock.unlock();
    }
  }

  /**
   * Appends a batch ({@link #appendBatch}) and gives each of its operations its outcome, whatever
   * happens: a failure of its transaction (the database, or an error) is every caller's whose
   * outcome it leaves unknown: each gets a {@link RegistrationLogException} naming its own
   * request id; an {@link Error} is each one's too, and then thrown.
   */
  private void decideAndAppend(List<Pending> batch) {
    try {
      try {
        synchronized (lock) {
          appendBatch(batch);
        }
      } catch (RegistrationLogException e) {
        if (batch.size() > 1 && isDataException(e)) {
          // a value the database refused that encode() did not foresee: the transaction was rolled
          // back, so decide each operation again in a transaction of its own, where it fails alone
          for (Pending p : batch) {
            if (!p.done) {
              decideAndAppend(List.of(p));
            }
          }
          return;
        }
        failUndecided(batch, e);
      } catch (RuntimeException e) {
        failUndecided(batch, e);
      }
    } catch (Error e) {
      // the JVM failing, here or in the fallback above: each caller of the batch without an
      // outcome gets it (one left without would wait for ever), rather than deciding again
      for (Pending p : batch) {
        if (!p.done) {
          p.fail(e);
        }
      }
      throw e;
    }
  }

  /**
   * Gives every operation of a failed transaction that has no outcome yet a {@link
   * RegistrationLogException} naming its request id (the failure itself for a batch of one).
   */
  private static void failUndecided(List<Pending> batch, RuntimeException e) {
    for (Pending p : batch) {
      if (!p.done) {
        p.fail(batch.size() == 1 && e instanceof RegistrationLogException ? e : new RegistrationLogException(
            "request id \"" + p.requestId + (batch.size() == 1 ? "\": its transaction failed"
                : "\" was one of " + batch.size() + " requests decided in one transaction, which failed")
                + " (retry with the same request id, or ask find(requestId), to learn whether it committed): " + e, e));
      }
    }
  }

  /** A failure whose cause is a value the database refused (SQL state class 22, data exception). */
  private static boolean isDataException(RegistrationLogException e) {
    return e.getCause() instanceof java.sql.SQLException && String.valueOf(
        ((java.sql.SQLException) e.getCause()).getSQLState()).startsWith("22");
  }

  /**
   * Appends a batch. Where the last append found no row missed (one server, or servers that seldom
   * write the same event at once), the batch is decided against the snapshot as it is and
   * appended in one round trip, commit included, if its first sequence is still the log's next
   * ({@link LogStore#appendIfNext}); the log's primary key is the compare-and-set. Otherwise, or
   * if another writer appended first, or an operation failed, it is decided under the event's
   * lock ({@link #appendLocked}).
   */
  private void appendBatch(List<Pending> batch) {
    if (optimistic && oneRoundTrip) {
      Snapshot s = snapshot;
      Decided decided = decide(s.registrations, batch, Map.of());
      // a failed operation may be a retry whose first attempt committed: asked under the lock
      if (decided.failedIds.isEmpty()) {
        if (store.appendIfNext(s.sequence + 1, decided.rows)) {
          snapshot = new Snapshot(decided.registrations, s.sequence + decided.updates.size());
          answer(batch, decided, s.sequence + 1);
          return;
        }
        optimistic = false;
      }
    }
    appendLocked(batch);
  }

  /**
   * Under the event's lock, with the rows missed read in the same round trip: decides the
   * operations in order, each against the snapshot the ones before it left, appends their rows in
   * one statement and commits once, the commit sent with the insert ({@link
   * LogStore.Append#appendAndCommit}: all the rows or none). The request ids are looked up in the
   * log only where it can matter, so that the usual batch costs two round trips with the lock
   * held: for the operations that fail (a retry whose first attempt committed may fail now, as a
   * second cancellation does), and, after an insert that a request id already in the log refused
   * (and the commit with it that did not run), for all of them, in a transaction of its own that
   * decides the batch again.
   */
  private void appendLocked(List<Pending> batch) {
    List<String> requestIds = new ArrayList<>();
    for (Pending p : batch) {
      requestIds.add(p.requestId);
    }
    boolean lookedUp = false;
    for (int attempt = 1; ; attempt++) {
      // under the event's lock no other writer appends: the rows read with it are all there is
      Replay replay = new Replay(snapshot);
      try (LogStore.Append append = store.lockEvent(snapshot.sequence, replay)) {
        // the next batch tries the one-round-trip append again if nobody else wrote meanwhile
        optimistic = replay.sequence == snapshot.sequence;
        Snapshot s = new Snapshot(replay.registrations, replay.sequence);
        snapshot = s;
        Decided decided = decide(s.registrations, batch, lookedUp ? append.find(requestIds) : Map.of());
        if (!lookedUp && !decided.failedIds.isEmpty()) {
          // a failed operation changed nothing: answering a retry with its first row changes no other decision
          Map<String, Recorded> firsts = append.find(decided.failedIds);
          for (int i = 0; i < batch.size(); i++) {
            Recorded first = firsts.get(batch.get(i).requestId);
            if (first != null && decided.outcomes[i] instanceof RuntimeException) {
              decided.outcomes[i] = first;
            }
          }
        }
        long firstSequence = s.sequence + 1;
        if (!decided.updates.isEmpty()) {
          if (!append.appendAndCommit(firstSequence, decided.rows)) {
            // a request id in the log already (a retry, decided again as if new: what came after
            // it in the batch may be wrong), or a writer that does not take the lock (an older
            // version of this module during a rolling upgrade) took a sequence: the insert failed
            // whole and the commit sent with it did not run; roll back, read the rows missed,
            // look the request ids up and decide again
            if (attempt == MAX_ATTEMPTS) {
              throw new RegistrationLogException("cannot append " + LogStore.requestIds(firstSequence,
                  decided.appendedIds) + " of event \"" + store.eventId + "\": the log refused a request id or"
                  + " sequence it holds " + MAX_ATTEMPTS + " times, with every request id looked up and every row"
                  + " missed read; a writer that does not take the event's lock, or a unique index of the host's on"
                  + " convene_registration_log? (nothing was appended)");
            }
            lookedUp = true;
            continue;
          }
          snapshot = new Snapshot(decided.registrations, s.sequence + decided.updates.size());
        }
        answer(batch, decided, firstSequence);
        return;
      }
    }
  }

  /** A batch decided against a snapshot: what to append, and each operation's outcome. */
  private static final class Decided {
    /** Per operation: the row it is answered with, the index of its update, or its own exception. */
    final Object[] outcomes;
    final List<String> appendedIds = new ArrayList<>();
    final List<Update> updates = new ArrayList<>();
    final List<LogStore.Row> rows = new ArrayList<>();
    final List<String> failedIds = new ArrayList<>();
    /** The snapshot the appended operations leave. */
    Registrations registrations;

    Decided(int size) {
      outcomes = new Object[size];
    }
  }

  /**
   * Decides the operations of a batch in order, each against the snapshot the ones before it
   * left: a request id in {@code logged} (a retry whose first attempt committed) or earlier in the
   * batch is answered with that row; an operation that fails is its own outcome.
   */
  private Decided decide(Registrations from, List<Pending> batch, Map<String, Recorded> logged) {
    Decided decided = new Decided(batch.size());
    Map<String, Integer> appended = new HashMap<>();
    Registrations registrations = from;
    for (int i = 0; i < batch.size(); i++) {
      Pending p = batch.get(i);
      Recorded first = logged.get(p.requestId);
      Integer earlier = appended.get(p.requestId);
      if (first != null) {
        decided.outcomes[i] = first; // a retry: its first attempt committed
      } else if (earlier != null) {
        decided.outcomes[i] = earlier;
      } else {
        try {
          Update update = registrations.apply(p.operation);
          // its row is written now, so that a row the database cannot take fails its own caller only
          LogStore.Row row = store.encode(p.requestId, update);
          registrations = update.getRegistrations();
          appended.put(p.requestId, decided.updates.size());
          decided.outcomes[i] = decided.updates.size();
          decided.appendedIds.add(p.requestId);
          decided.updates.add(update);
          decided.rows.add(row);
        } catch (RuntimeException e) {
          // invalid, or a custom rule that failed: this operation's own outcome, not the batch's
          decided.outcomes[i] = e;
          decided.failedIds.add(p.requestId);
        }
      }
    }
    decided.registrations = registrations;
    return decided;
  }

  /** Gives each operation of a batch its outcome, its update appended from {@code firstSequence} on. */
  private void answer(List<Pending> batch, Decided decided, long firstSequence) {
    for (int i = 0; i < batch.size(); i++) {
      Object outcome = decided.outcomes[i];
      if (outcome instanceof Recorded) {
        batch.get(i).succeed((Recorded) outcome);
      } else if (outcome instanceof Integer) {
        int index = (Integer) outcome;
        Update update = decided.updates.get(index);
        batch.get(i).succeed(new Recorded(store.eventId, firstSequence + index, decided.appendedIds.get(index),
            update.getOperation(), decisionOf(update).orElse(null), update.getChanges()));
      } else {
        batch.get(i).fail((RuntimeException) outcome);
      }
    }
  }

  /**
   * Finds the row of a request id: how a client whose commit's outcome was unknown learns it.
   *
   * @param requestId the client's id of the request, not null
   * @return the row, or empty if the request was never appended
   * @throws RegistrationLogException if the database fails or the row does not parse
   * @throws org.convene.MissingValueException if {@code requestId} is null
   */
  public Optional<Recorded> find(String requestId) {
    return store.find(Require.argument(requestId, "DurableDesk", "find", "requestId"));
  }

  /**
   * Returns every row about a participant, in order: their requests and decisions with their
   * reasons, the substitutions that named them, and the operations whose changes moved them
   * (a promotion after someone else cancelled).
   *
   * @param participantId the participant's id, not null
   * @return the rows, possibly empty, not null
   * @throws RegistrationLogException if the database fails or a row does not parse
   * @throws org.convene.MissingValueException if {@code participantId} is null
   */
  public List<Recorded> history(String participantId) {
    return store.history(Require.argument(participantId, "DurableDesk", "history", "participantId"));
  }

  /**
   * Returns the registrations as they were after a past row of the log: restored from the latest
   * checkpoint this desk can use at or before that row, or from the event's first version, and
   * replayed to it.
   *
   * @param sequence the row, 0 for the empty snapshot, not more than the log holds
   * @return the snapshot after that row, not null
   * @throws RegistrationLogException if {@code sequence} is negative or after the log's last row,
   *     the database fails or a row does not parse
   */
  public Registrations at(long sequence) {
    if (sequence < 0) {
      throw new RegistrationLogException("sequence is " + sequence + ": the log's rows start at 1, and 0 is the empty"
          + " snapshot");
    }
    Snapshot s = load(sequence);
    if (s.sequence != sequence) {
      throw new RegistrationLogException("sequence is " + sequence + ", after the last row of the log of event \""
          + store.eventId + "\", " + s.sequence);
    }
    return s.registrations;
  }

  /**
   * Returns a short summary, such as {@code DurableDesk[oots-go-live-accelerator at sequence 162]}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return "DurableDesk[" + store.eventId + " at sequence " + snapshot.sequence + "]";
  }
}
