package org.convene.rules;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.convene.Participant;
import org.convene.internal.Require;

/**
 * The current {@link Registrations} of one event, for a server that takes requests from many
 * threads at once.
 *
 * <p>Each operation reads the current snapshot, computes the new one without holding a lock, and
 * installs it with a compare-and-set; if another thread installed a snapshot in between, the
 * operation is computed again against that one. So a quota is never oversold: every decision
 * that is installed was taken against the snapshot it replaces. A request that changes nothing
 * (a rejection) installs nothing.
 *
 * <pre>{@code
 * RegistrationDesk desk = new RegistrationDesk(Registrations.empty(event));
 * Decision decision = desk.register(request).getDecision();
 * }</pre>
 *
 * <h2>Every operation lands</h2>
 *
 * <p>An operation does not retry for ever: once it has lost the compare-and-set a number of times
 * (once for an event edit, {@link #withEvent} or {@link #apply} of a {@link
 * Operation.Kind#CHANGE_EVENT}, which may take seconds; four times for any other operation) it
 * <em>freezes</em> the desk and is computed once more, alone, against a snapshot that can no
 * longer change, and that result is installed. So, whatever the load, an event edit is computed at
 * most twice and any other operation at most five times.
 *
 * <p>While the desk is frozen, an operation that starts waits (its thread parks) until the frozen
 * one is installed, and one already computing finds on its compare-and-set that it lost, and
 * waits too; then both are computed against the new snapshot. Nothing is installed meanwhile, so
 * every registration is either in the snapshot a frozen edit is computed from or decided after it
 * against the new version of the event: none is lost, no quota oversold. A wait lasts one
 * computation of the frozen operation: seconds for an edit that places a million registrations
 * again (see {@link #withEvent}), microseconds for the others. When the desk is not frozen, no
 * operation waits or takes a lock. {@link #current()} never waits: while the desk is frozen it
 * returns the snapshot the frozen operation is computed from.
 *
 * <p>If the frozen computation throws, the desk is left as it was, the waiting operations go on,
 * and the exception reaches only the caller of that operation. Two operations that freeze the desk
 * at once are computed one after the other, the second against what the first installed. A thread
 * interrupted while it waits goes on waiting and returns from the operation with its interrupt
 * status set; the desk ignores interrupts otherwise. A custom {@link Rule} must not call the desk
 * it is evaluated for: called from the frozen computation itself, the desk throws {@link
 * InvalidRequestException} rather than wait for itself.
 *
 * <p>This class is thread-safe.
 */
public final class RegistrationDesk {
  /** Lost compare-and-sets after which an operation other than an event edit freezes the desk. */
  static final int PATIENCE = 4;

  /** The installed {@link Registrations}, or a {@link Frozen} marker holding it. */
  private final AtomicReference<Object> state;
  /** Written only by the thread that holds the desk frozen, read after reading {@link #state}. */
  private long freezes;

  /**
   * Creates a desk holding a snapshot.
   *
   * @param initial the first snapshot, such as {@link Registrations#empty(org.convene.Event)},
   *     not null
   * @throws org.convene.MissingValueException if the snapshot is null
   */
  public RegistrationDesk(Registrations initial) {
    this.state = new AtomicReference<>(Require.argument(initial, "RegistrationDesk", "new RegistrationDesk", "initial"));
  }

  /**
   * Returns the current snapshot.
   *
   * @return the snapshot, not null
   */
  public Registrations current() {
    Object seen = state.get();
    return seen instanceof Frozen ? ((Frozen) seen).snapshot : (Registrations) seen;
  }

  /**
   * Registers a request against the current snapshot ({@link Registrations#register}).
   *
   * @param request the request, not null
   * @return the update that was installed (or that changed nothing), not null
   * @throws org.convene.MissingValueException if the request is null
   * @throws InvalidRequestException if the request names a track or session the event does not have
   * @throws InvalidRequestException if called from a custom {@link Rule} while this desk is frozen
   *     for the operation that rule is evaluated for (see the class documentation)
   */
  public DecidedUpdate register(RegistrationRequest request) {
    Require.argument(request, "RegistrationDesk", "register", "request");
    return install(r -> r.register(request), PATIENCE);
  }

  /**
   * Cancels a participant ({@link Registrations#cancel}).
   *
   * @param participantId the participant's id, not null
   * @return the update that was installed, not null
   * @throws org.convene.MissingValueException if the id is null
   * @throws NotRegisteredException if the participant is neither registered nor waiting
   * @throws InvalidRequestException if called from a custom {@link Rule} while this desk is frozen
   *     for the operation that rule is evaluated for (see the class documentation)
   */
  public Update cancel(String participantId) {
    Require.argument(participantId, "RegistrationDesk", "cancel", "participantId");
    return install(r -> r.cancel(participantId), PATIENCE);
  }

  /**
   * Replaces a registered participant by a substitute ({@link Registrations#substitute}).
   *
   * @param participantId the registered participant's id, not null
   * @param substitute who takes the place, not null
   * @return the update that was installed (or that changed nothing), not null
   * @throws org.convene.MissingValueException if an argument is null
   * @throws NotRegisteredException if the participant is not registered
   * @throws InvalidRequestException if called from a custom {@link Rule} while this desk is frozen
   *     for the operation that rule is evaluated for (see the class documentation)
   */
  public DecidedUpdate substitute(String participantId, Participant substitute) {
    Require.argument(participantId, "RegistrationDesk", "substitute", "participantId");
    Require.argument(substitute, "RegistrationDesk", "substitute", "substitute");
    return install(r -> r.substitute(participantId, substitute), PATIENCE);
  }

  /**
   * Promotes a waiting participant if the rules now admit them ({@link Registrations#promote}).
   *
   * @param participantId the waiting participant's id, not null
   * @return the update that was installed (or that changed nothing), not null
   * @throws org.convene.MissingValueException if the id is null
   * @throws NotRegisteredException if the participant is not waiting
   * @throws InvalidRequestException if called from a custom {@link Rule} while this desk is frozen
   *     for the operation that rule is evaluated for (see the class documentation)
   */
  public DecidedUpdate promote(String participantId) {
    Require.argument(participantId, "RegistrationDesk", "promote", "participantId");
    return install(r -> r.promote(participantId), PATIENCE);
  }

  /**
   * Changes a participant's request in one step ({@link Registrations#amend}).
   *
   * @param request the participant's new request, not null
   * @return the update that was installed (or that changed nothing), not null
   * @throws org.convene.MissingValueException if the request is null
   * @throws InvalidRequestException if the request names a track or session the event does not have
   * @throws NotRegisteredException if the participant is neither registered nor waiting
   * @throws InvalidRequestException if called from a custom {@link Rule} while this desk is frozen
   *     for the operation that rule is evaluated for (see the class documentation)
   */
  public DecidedUpdate amend(RegistrationRequest request) {
    Require.argument(request, "RegistrationDesk", "amend", "request");
    return install(r -> r.amend(request), PATIENCE);
  }

  /**
   * Moves the registrations to a new version of the event ({@link Registrations#withEvent}).
   * Like every operation it is computed without a lock and installed by compare-and-set. Its cost
   * is that of {@link Registrations#withEvent}, which says which versions cost about what a
   * cancellation does, which read every live request once, and which place every registration
   * again (O(n log n): seconds at a million registrations). If another operation is installed while it is computed, it freezes the desk and is computed
   * once more against the snapshot then current, and installed: it is computed at most twice,
   * whatever the load. Operations that arrive during that second computation wait for it and are
   * then decided against the new version; {@link #current()} does not wait (see the class
   * documentation).
   *
   * @param event the new version of the event, not null
   * @return the update that was installed, not null
   * @throws org.convene.MissingValueException if the event is null
   * @throws InvalidRequestException if the event has another id
   * @throws InvalidRequestException if called from a custom {@link Rule} while this desk is frozen
   *     for the operation that rule is evaluated for (see the class documentation)
   */
  public Update withEvent(org.convene.Event event) {
    Require.argument(event, "RegistrationDesk", "withEvent", "event");
    return install(r -> r.withEvent(event), patience(Operation.Kind.CHANGE_EVENT));
  }

  /**
   * Applies an operation ({@link Registrations#apply}), such as one read back from another
   * server's log. A {@link Operation.Kind#CHANGE_EVENT} lands as {@link #withEvent} does, after at
   * most two computations.
   *
   * @param operation the operation, not null
   * @return the update that was installed (or that changed nothing), not null
   * @throws org.convene.MissingValueException if the operation is null
   * @throws InvalidRequestException if its request names a track or session the event does not have
   * @throws NotRegisteredException if the participant it names is not in the state it needs
   * @throws InvalidRequestException if called from a custom {@link Rule} while this desk is frozen
   *     for the operation that rule is evaluated for (see the class documentation)
   */
  public Update apply(Operation operation) {
    Require.argument(operation, "RegistrationDesk", "apply", "operation");
    return install(r -> r.apply(operation), patience(operation.getKind()));
  }

  /**
   * How many times an operation of this kind may lose the compare-and-set before it freezes the
   * desk: once for an event edit, which may take seconds; {@link #PATIENCE} for the others.
   */
  static int patience(Operation.Kind kind) {
    return kind == Operation.Kind.CHANGE_EVENT ? 1 : PATIENCE;
  }

  /**
   * Computes an update against the current snapshot and installs it by compare-and-set, computing
   * again on a race; after {@code patience} lost races it freezes the desk and computes once more
   * against a snapshot that can no longer change.
   */
  <U extends Update> U install(Function<Registrations, U> computation, int patience) {
    int lost = 0;
    while (true) {
      Object seen = state.get();
      if (seen instanceof Frozen) {
        ((Frozen) seen).await();
        continue;
      }
      Registrations before = (Registrations) seen;
      U update = computation.apply(before);
      Registrations after = update.getRegistrations();
      if (after == before || state.compareAndSet(before, after)) {
        return update;
      }
      if (++lost >= patience) {
        return frozen(computation);
      }
    }
  }

  /**
   * Replaces the current snapshot by a {@link Frozen} marker holding it (so that every
   * compare-and-set of an operation computed against it fails), computes once against it, installs
   * the result (or puts the snapshot back if the computation throws) and wakes the waiting threads.
   */
  private <U extends Update> U frozen(Function<Registrations, U> computation) {
    Frozen frozen;
    while (true) {
      Object seen = state.get();
      if (seen instanceof Frozen) {
        ((Frozen) seen).await();
        continue;
      }
      frozen = new Frozen((Registrations) seen);
      if (state.compareAndSet(seen, frozen)) {
        break;
      }
    }
    freezes++;
    Registrations installed = frozen.snapshot;
    try {
      U update = computation.apply(frozen.snapshot);
      installed = update.getRegistrations();
      return update;
    } finally {
      state.set(installed);
      frozen.done.countDown();
    }
  }

  /** How many times an operation froze the desk; for the tests. */
  long freezes() {
    state.get(); // reads what the last unfreezing thread wrote before its volatile write
    return freezes;
  }

  /**
   * What the desk holds while one operation computes alone: the snapshot it computes against (what
   * {@link #current()} returns meanwhile) and the latch the other operations wait on.
   */
  private static final class Frozen {
    final Registrations snapshot;
    final Thread owner = Thread.currentThread();
    final CountDownLatch done = new CountDownLatch(1);

    Frozen(Registrations snapshot) {
      this.snapshot = snapshot;
    }

    /** Waits until the frozen operation is installed or failed, ignoring interrupts but keeping them. */
    void await() {
      if (owner == Thread.currentThread()) {
        throw new InvalidRequestException("RegistrationDesk: an operation was started on the desk from inside "
            + "the computation of another one on the same thread (a custom Rule called the desk?); "
            + "a Rule must only read the snapshot it is given");
      }
      boolean interrupted = false;
      while (true) {
        try {
          done.await();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
