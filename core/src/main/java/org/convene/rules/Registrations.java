package org.convene.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convene.Event;
import org.convene.Participant;
import org.convene.internal.Require;
import org.convene.rules.internal.PersistentMap;
import org.convene.rules.internal.PersistentQueue;

/**
 * An immutable snapshot of one event's registrations: who is registered, who waits, who holds a
 * travel slot, and the counters behind every quota and capacity.
 *
 * <p>{@link #evaluate(RegistrationRequest)} answers "what if this person asked now?" without
 * changing anything; {@link #register}, {@link #cancel}, {@link #substitute}, {@link #promote},
 * {@link #amend} and {@link #withEvent} return an {@link Update} with a new snapshot and the
 * changes, and leave this one as it was. The seed event, opened for registration:
 *
 * <pre>{@code
 * Registrations registrations = Registrations.empty(event);
 * DecidedUpdate update = registrations.register(
 *     RegistrationRequest.forTracks(anna, Attendance.IN_PERSON, now, "readiness"));
 * update.getDecision().getOutcome();   // ACCEPTED
 * registrations = update.getRegistrations();
 * }</pre>
 *
 * <h2>Built-in rules</h2>
 *
 * <p>Each appears in a decision only where it applies; custom {@link Rule}s follow in the order
 * given.
 *
 * <table>
 *   <caption>Built-in rules and their reason codes</caption>
 *   <tr><th>rule id</th><th>passed</th><th>failed</th><th>applies</th></tr>
 *   <tr><td>{@code registration-window}</td><td>{@code WINDOW_OPEN}</td>
 *       <td>{@code WINDOW_CLOSED}, {@code WINDOW_NOT_YET_OPEN} (rejected; no other rule is
 *       evaluated)</td><td>always</td></tr>
 *   <tr><td>{@code selection}</td><td></td><td>{@code SELECTION_REMOVED} (rejected)</td>
 *       <td>a waiting request names a track or session a new version of the event dropped</td></tr>
 *   <tr><td>{@code single-registration}</td><td>{@code NOT_YET_REGISTERED}</td>
 *       <td>{@code ALREADY_REGISTERED}, {@code ALREADY_WAITING} (rejected)</td><td>always</td></tr>
 *   <tr><td>{@code attendance}</td><td>{@code ATTENDANCE_OFFERED}</td>
 *       <td>{@code ATTENDANCE_NOT_OFFERED} (rejected)</td><td>always</td></tr>
 *   <tr><td>{@code eligibility}</td><td>{@code IN_TARGET_GROUP}</td>
 *       <td>{@code NOT_IN_TARGET_GROUP} (rejected)</td><td>the event names target groups</td></tr>
 *   <tr><td>{@code double-booking}</td><td>{@code NO_OVERLAP}</td>
 *       <td>{@code OVERLAPPING_SESSIONS} (rejected)</td><td>in person, unless the event allows
 *       double booking</td></tr>
 *   <tr><td>{@code capacity}</td><td>{@code CAPACITY_AVAILABLE}</td>
 *       <td>{@code CAPACITY_FULL} (full)</td><td>the event, a selected track or session has a
 *       limit for the attendance</td></tr>
 *   <tr><td>{@code quota:<id>}</td><td>{@code QUOTA_AVAILABLE}</td><td>{@code QUOTA_FULL}
 *       (full)</td><td>the quota counts the attendance and the selection touches its
 *       scope</td></tr>
 *   <tr><td>{@code fee}</td><td>{@code PRICE}, {@code WAIVED}</td>
 *       <td>{@code NO_PRICE_CATEGORY} (rejected)</td><td>the event has prices</td></tr>
 * </table>
 *
 * <p>A participant counts once per partition value, compared in canonical form ({@code "fr"} and
 * {@code "FR"} are one delegation; organisations and roles ignore case and extra spaces). One
 * lacking the partitioning attribute counts in a partition of its own, shown as {@code "(none)"},
 * and with {@link org.convene.PartitionKey#ROLE} a participant counts once in each of their
 * roles.
 *
 * <h2>Registration that runs for weeks</h2>
 *
 * <p>{@link #withEvent(Event)} moves the snapshot to a new version of its event (a raised quota,
 * a moved deadline, a dropped track) and keeps every registration. {@link #replay} rebuilds a
 * snapshot from the log of {@link Operation}s a server applied; {@link #restore(Event, List,
 * List)} rebuilds one from the registrations and waiting requests a host stores, and {@link
 * #restore(RegistrationsState, List)} an equal one from its {@link #getState() state}: a
 * checkpoint, after which a log replays only its later operations.
 *
 * <h2>Cost</h2>
 *
 * <p>A snapshot keeps a counter per quota target and partition, per capacity and per travel slot
 * and partition, in persistent maps that each operation updates along one path. A decision reads
 * the few counters that apply to the request, so its cost does not grow with the number of
 * registrations; an operation copies O(log n) nodes, never the registrations. A cancellation
 * reads only the waiting requests that need one of the counters it freed, earliest first, until
 * that counter is full again. A snapshot holds only its live registrations and waiting requests:
 * cancelled participants and promoted requests leave every structure, so its size does not grow
 * with its history. A new version that leaves every counter a place occupies as it is (what no
 * rule reads, other limits, another window, another fee, target group, attendance mode or double
 * booking rule, an added session that counts nobody, a dropped track or session, whose counters
 * go: {@link #withEvent}) reads the counters, the latest holders of those over a lowered limit,
 * the queues of the raised ones from their heads and, where a rule that refuses admits more, the
 * queues of the counters with room; so does the first version after a {@link #restore}. One that
 * drops a track or session live requests hold also walks the live places once, placing no one
 * again; so does one that changes a quota's scope, partition or attendance (its counters go, the
 * new ones are built in that walk). Any other new version, {@link #restore} and the queries that
 * list registrations walk them all.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Registrations {
  /** The event version: what {@link #getEvent()} returns and {@link #equals} compares. */
  final Event event;
  /** The version prepared for the rules, which read nothing else of it ({@link EventIndex.Inputs}). */
  final EventIndex index;
  /** The live entries (registered or waiting), by participant id. */
  final PersistentMap<String, Entry> entries;
  final PersistentMap<CounterKey, Count> counts;
  final PersistentQueue<Entry> waiting;
  final PersistentMap<CounterKey, PersistentQueue<Entry>> waitingByKey;
  final PersistentQueue<Entry> waitingKeyless;
  final PersistentMap<CounterKey, PersistentQueue<Entry>> travelQueues;
  final long clock;
  final int registeredCount;
  /** See {@link Draft#settled}: a new version that only raises limits may then start from here. */
  final boolean settled;
  /** See {@link Draft#selections}. */
  final PersistentMap<Draft.Named, Integer> selections;

  Registrations(Draft d) {
    this.event = d.event;
    this.index = d.index;
    this.entries = d.entries;
    this.counts = d.counts;
    this.waiting = d.waiting;
    this.waitingByKey = d.waitingByKey;
    this.waitingKeyless = d.waitingKeyless;
    this.travelQueues = d.travelQueues;
    this.clock = d.clock;
    this.registeredCount = d.registered;
    this.settled = d.settled;
    this.selections = d.selections;
  }

  /**
   * Returns the empty snapshot of an event, with the built-in rules only.
   *
   * @param event the event, not null
   * @return the snapshot with nobody registered, not null
   * @throws org.convene.MissingValueException if the event is null
   */
  public static Registrations empty(Event event) {
    return empty(event, List.of());
  }

  /**
   * Returns the empty snapshot of an event, with custom rules evaluated after the built-in ones.
   *
   * @param event the event, not null
   * @param rules the custom rules, in the order their outcomes appear, not null
   * @return the snapshot with nobody registered, not null
   * @throws org.convene.MissingValueException if the event, the list, a rule or a rule's id is null
   */
  public static Registrations empty(Event event, List<? extends Rule> rules) {
    return new Draft(event, index(event, rules, "empty")).build();
  }

  private static EventIndex index(Event event, List<? extends Rule> rules, String method) {
    Require.argument(event, "Registrations", method, "event");
    Require.elements(rules, "Registrations", method, "rules");
    for (int i = 0; i < rules.size(); i++) {
      Rule rule = rules.get(i);
      if (rule.getId() == null) {
        throw Require.missing("Registrations", "rules[" + i + "].id", "Registrations." + method + ": rules[" + i
            + "] is a " + rule.getClass().getName() + " whose getId() is null; a rule needs a stable id");
      }
    }
    return new EventIndex(event, List.copyOf(rules));
  }

  /**
   * Rebuilds a snapshot from the operations applied to it, in order, starting from the empty
   * snapshot of the event's first version: the same event, rules and operations always give an
   * equal snapshot, and every operation the same decision as the first time.
   *
   * @param event the event as it was when registration started, not null
   * @param rules the custom rules, not null
   * @param operations the operations, in the order they were applied, such as the {@link
   *     Update#getOperation()} of every update a desk installed, not null
   * @return the snapshot after the last operation, not null
   * @throws org.convene.MissingValueException if an argument or an operation is null, or an operation lacks
   *     what its kind needs
   * @throws InvalidRequestException if an operation is invalid
   * @throws NotRegisteredException if an operation names a participant who was not in the state
   *     it needs (the log is not the one the snapshot applied)
   */
  public static Registrations replay(Event event, List<? extends Rule> rules, List<Operation> operations) {
    Registrations r = new Draft(event, index(event, rules, "replay")).build();
    Require.elements(operations, "Registrations", "replay", "operations");
    for (Operation operation : operations) {
      r = r.apply(operation).getRegistrations();
    }
    return r;
  }

  /**
   * Rebuilds a snapshot from the places a host stores: its registered participants (with the
   * travel slots they hold) and its waiting requests. Nobody is evaluated again and nobody is
   * promoted: the places are taken as they are. The order of the list is the order of both
   * queues: registered participants are taken as accepted in that order (their turn for a travel
   * slot freed later, and which are over a limit a new version lowers), and waiting requests take
   * their place in line in that order. So store {@link #getRegistered()} and {@link
   * #getWaiting()} in the order they are given (the order of acceptance and the order of the
   * line, not of the requests' instants: a promoted participant was accepted when promoted), and
   * the restored snapshot decides every later operation, travel slots included, exactly as the
   * snapshot it was taken from.
   *
   * <pre>{@code
   * List<Registration> stored = new ArrayList<>(old.getRegistered());
   * stored.addAll(old.getWaiting());
   * Registrations restored = Registrations.restore(event, List.of(), stored);
   * }</pre>
   *
   * <p>A place whose request names a track or session the event does not have is kept as it is,
   * as a snapshot keeps it after the version that dropped the id ({@link #withEvent}, which
   * reported it as {@link Change.Kind#SELECTION_REMOVED}): a registration keeps what remains, a
   * waiting request is not promoted while the event lacks the id, and a later version that
   * brings the id back counts the request there again (past a limit reported, waiting admitted
   * where there is room), as on the snapshot the places were taken from. A host
   * finds such places by the ids their requests name that {@link Event#findTrack} and {@link
   * Event#findSession} do not find, and the organiser decides on them with the other operations.
   * The restore cannot tell an id a version dropped from one the event never had: a misspelt id
   * is kept too.
   *
   * <p>Cost: O(n log n) for n places, each queue built at once from its places in order, plus a
   * check that the places are settled, as every snapshot's are: no waiting request has room in
   * every counter it needs and passes every rule, no registered participant refused a travel slot
   * has room in every travel counter of their category, and every slot is of the category its
   * holder falls in. It evaluates only the waiting requests none of whose counters is full (the
   * check promotes nobody). The first new version of the event after restoring settled places
   * may then keep the counters ({@link #withEvent}); places that are not settled it places again,
   * promoting, granting and withdrawing what placing everyone again does.
   *
   * @param event the event's current version, not null
   * @param rules the custom rules, not null
   * @param places the registrations and waiting requests, each participant once, not null
   * @return the snapshot, not null
   * @throws org.convene.MissingValueException if an argument or a place is null
   * @throws InvalidRequestException if a participant appears twice, a waiting place holds a travel
   *     slot (only a registered participant holds one), or a registered place holds a travel slot
   *     of a category the event's travel policy does not have
   */
  public static Registrations restore(Event event, List<? extends Rule> rules, List<Registration> places) {
    EventIndex index = index(event, rules, "restore");
    Require.elements(places, "Registrations", "restore", "places");
    return Restore.of(event, index, places);
  }

  /**
   * Rebuilds a snapshot from its {@linkplain #getState() state}: every place with the orders it
   * had, so that the snapshot is {@linkplain #equals equal} to the one the state was taken from
   * and decides every later operation exactly as that one, travel slots and promotions included.
   * Unlike {@link #restore(Event, List, List)}, which takes registrations in one order for both
   * the line and the acceptances, nothing is lost: this is the restore a checkpoint of a log
   * needs. Nobody is evaluated again: the places are taken as they are, as the state says.
   *
   * <pre>{@code
   * RegistrationsState state = registrations.getState();
   * Registrations.restore(state, List.of()).equals(registrations);   // true
   * }</pre>
   *
   * <p>Cost: O(n log n) for n places, each queue built at once from its places in order, and the
   * check that the places are settled ({@link #restore(Event, List, List)}): the places of a
   * snapshot are, so the first new version of the event after a restore may keep the counters
   * ({@link #withEvent}).
   *
   * @param state the state, such as {@link #getState()} gave, not null
   * @param rules the custom rules the snapshot had, not null
   * @return the snapshot, not null
   * @throws org.convene.MissingValueException if an argument, a rule or a rule's id is null
   * @throws InvalidRequestException if the state is not one a snapshot can have: places not in
   *     strictly increasing request order, an order negative or not before {@link
   *     RegistrationsState#getNextOrder()}, a participant twice, a registered place without an
   *     acceptance order or two with the same, a waiting place with one or with a travel slot, or
   *     a travel slot category the event's policy does not have
   */
  public static Registrations restore(RegistrationsState state, List<? extends Rule> rules) {
    Require.argument(state, "Registrations", "restore", "state");
    return Restore.of(state.getEvent(), index(state.getEvent(), rules, "restore"), state);
  }

  /**
   * Returns everything this snapshot holds, as a value to store: the event's current version,
   * every place with its request order and acceptance order, and the next order. {@link
   * #restore(RegistrationsState, List)} rebuilds an equal snapshot from it.
   *
   * @return the state, with the places in request order, not null
   */
  public RegistrationsState getState() {
    return new RegistrationsState.Builder().event(event).nextOrder(clock).places(Restore.places(this)).build();
  }

  /**
   * Returns the event.
   *
   * @return the event, not null
   */
  public Event getEvent() {
    return event;
  }

  /**
   * Returns the custom rules, in the order their outcomes appear.
   *
   * @return the rules, possibly empty, not null
   */
  public List<Rule> getRules() {
    return index.customRules;
  }

  /**
   * Decides on a request against this snapshot, without changing anything.
   *
   * @param request the request, not null
   * @return the decision, not null
   * @throws org.convene.MissingValueException if the request is null
   * @throws InvalidRequestException if the request names a track or session the event does not
   *     have, or a custom rule returns null
   */
  public Decision evaluate(RegistrationRequest request) {
    Require.argument(request, "Registrations", "evaluate", "request");
    return Evaluator.evaluate(this, request, null).decision;
  }

  /**
   * Applies an operation: the method its {@linkplain Operation#getKind() kind} names.
   *
   * @param operation the operation, not null
   * @return the update, a {@link DecidedUpdate} for the operations that decide, not null
   * @throws org.convene.MissingValueException if the operation is null
   * @throws InvalidRequestException if its request names a track or session the event does not have
   * @throws NotRegisteredException if the participant it names is not in the state it needs
   */
  public Update apply(Operation operation) {
    Require.argument(operation, "Registrations", "apply", "operation");
    switch (operation.getKind()) {
      case REGISTER:
        return register(operation.getRequest().orElseThrow());
      case AMEND:
        return amend(operation.getRequest().orElseThrow());
      case CANCEL:
        return cancel(operation.getParticipantId().orElseThrow());
      case PROMOTE:
        return promote(operation.getParticipantId().orElseThrow());
      case SUBSTITUTE:
        return substitute(operation.getParticipantId().orElseThrow(), operation.getSubstitute().orElseThrow());
      case CHANGE_EVENT:
        return withEvent(operation.getEvent().orElseThrow());
      default:
        throw new AssertionError(operation.getKind());
    }
  }

  /**
   * Registers a request: an accepted one is registered (with a travel slot if one is free), a
   * waitlisted one joins the waiting list, a rejected one changes nothing.
   *
   * @param request the request, not null
   * @return the new snapshot, the change ({@link Change.Kind#REGISTERED} or {@link
   *     Change.Kind#WAITLISTED}) and the decision, not null
   * @throws org.convene.MissingValueException if the request is null
   * @throws InvalidRequestException if the request names a track or session the event does not
   *     have
   */
  public DecidedUpdate register(RegistrationRequest request) {
    Require.argument(request, "Registrations", "register", "request");
    Operation operation = Operation.register(request);
    Evaluation ev = Evaluator.evaluate(this, request, null);
    Decision decision = ev.decision;
    Draft d = new Draft(this);
    switch (decision.getOutcome()) {
      case ACCEPTED: {
        Entry e = d.accept(d.clock++, request, ev);
        return decided(d.build(), List.of(change(Change.Kind.REGISTERED, e)), operation, decision);
      }
      case WAITLISTED: {
        Entry e = new Entry(d.clock++, -1, request, Registration.State.WAITING, null);
        d.enqueueWaiting(e);
        return decided(d.build(), List.of(change(Change.Kind.WAITLISTED, e)), operation, decision);
      }
      default:
        return decided(this, List.of(), operation, decision);
    }
  }

  /**
   * Cancels a participant's registration or waiting request; the participant leaves the snapshot
   * and may register again. A cancelled registration frees its places: its travel slot goes to
   * the earliest registered participant of the same category and partition who was refused one,
   * then every waiting request that all rules now admit is promoted, earliest first.
   *
   * @param participantId the participant's id, not null
   * @return the new snapshot and the changes ({@link Change.Kind#CANCELLED} first), not null
   * @throws org.convene.MissingValueException if the id is null
   * @throws NotRegisteredException if the participant is neither registered nor waiting
   */
  public Update cancel(String participantId) {
    Require.argument(participantId, "Registrations", "cancel", "participantId");
    Entry e = live(participantId, "cancel", null);
    Draft d = new Draft(this);
    List<Change> changes = new ArrayList<>();
    changes.add(Change.of(Change.Kind.CANCELLED, participantId));
    if (e.state == Registration.State.WAITING) {
      d.dequeueWaiting(e);
    } else {
      d.removeRegistered(e);
      Settlement.settle(d, changes);
    }
    return new Update.Builder().registrations(d.build()).changes(changes).operation(Operation.cancel(participantId)).build();
  }

  /**
   * Replaces a registered participant by another, who takes their place: the same selection,
   * attendance and request instant (so a substitution works after registration has closed), and
   * their travel slot if the substitute falls in the same category and partition. The substitute
   * must pass every rule in the place freed (the same delegation's quota, say); otherwise nothing
   * changes and the decision is {@link Decision.Outcome#REJECTED}, with the failed rules saying
   * why: nobody waits for a substitution.
   *
   * @param participantId the id of the registered participant to replace, not null
   * @param substitute who takes the place, not null
   * @return the new snapshot, the changes ({@link Change.Kind#REPLACED}, {@link
   *     Change.Kind#REGISTERED}, then any travel slot or promotion that follows) and the decision
   *     on the substitute, not null
   * @throws org.convene.MissingValueException if an argument is null
   * @throws InvalidRequestException if the substitute's id is blank
   * @throws NotRegisteredException if the participant is not registered
   */
  public DecidedUpdate substitute(String participantId, Participant substitute) {
    Require.argument(participantId, "Registrations", "substitute", "participantId");
    Require.argument(substitute, "Registrations", "substitute", "substitute");
    Operation operation = Operation.substitute(participantId, substitute);
    Entry e = live(participantId, "substitute", Registration.State.REGISTERED);
    RegistrationRequest request =
        new RegistrationRequest.Builder().from(e.request).participant(substitute).build();
    Draft d = new Draft(this);
    d.removeRegistered(e);
    Evaluation ev = Evaluator.evaluate(d.build(), request, null);
    if (!ev.decision.isAccepted()) {
      return decided(this, List.of(), operation, rejected(ev.decision));
    }
    Entry added = d.accept(d.clock++, request, ev);
    List<Change> changes = new ArrayList<>();
    changes.add(new Change.Builder()
        .kind(Change.Kind.REPLACED)
        .participantId(participantId)
        .other(substitute.getId())
        .build());
    changes.add(change(Change.Kind.REGISTERED, added));
    Settlement.settle(d, changes);
    return decided(d.build(), changes, operation, ev.decision);
  }

  /**
   * Promotes one waiting participant if every rule now admits their request, ahead of anyone
   * waiting before them. Cancellations promote on their own, so this matters when something
   * outside the counters changed, such as a custom rule's answer.
   *
   * @param participantId the waiting participant's id, not null
   * @return the new snapshot, the change ({@link Change.Kind#PROMOTED}, or none) and the decision
   *     on the waiting request, not null
   * @throws org.convene.MissingValueException if the id is null
   * @throws NotRegisteredException if the participant is not waiting
   */
  public DecidedUpdate promote(String participantId) {
    Require.argument(participantId, "Registrations", "promote", "participantId");
    Operation operation = Operation.promote(participantId);
    Entry e = live(participantId, "promote", Registration.State.WAITING);
    Evaluation ev = Evaluator.evaluate(this, e.request, e);
    if (!ev.decision.isAccepted()) {
      return decided(this, List.of(), operation, ev.decision);
    }
    Draft d = new Draft(this);
    Entry promoted = d.promote(e, ev);
    return decided(d.build(), List.of(change(Change.Kind.PROMOTED, promoted)), operation, ev.decision);
  }

  /**
   * Changes a registered or waiting participant's request in one step (other tracks or sessions,
   * other attendance), keeping their place where the new choice fits. The new request is decided
   * as if the old one were withdrawn:
   *
   * <ul>
   *   <li>accepted: the participant is registered with the new choice ({@link
   *       Change.Kind#AMENDED}, and {@link Change.Kind#PROMOTED} if they were waiting); places
   *       the old choice freed go to the waiting list as on a cancellation;
   *   <li>full, for a waiting participant: they wait for the new choice at their old place in
   *       line ({@link Change.Kind#AMENDED});
   *   <li>otherwise nothing changes: a registered participant keeps their registration, and the
   *       decision, {@link Decision.Outcome#REJECTED}, says why the new choice is refused.
   * </ul>
   *
   * @param request the participant's new request, not null
   * @return the new snapshot, the changes and the decision on the new request, not null
   * @throws org.convene.MissingValueException if the request is null
   * @throws InvalidRequestException if the request names a track or session the event does not
   *     have
   * @throws NotRegisteredException if the participant is neither registered nor waiting
   */
  public DecidedUpdate amend(RegistrationRequest request) {
    Require.argument(request, "Registrations", "amend", "request");
    Operation operation = Operation.amend(request);
    Entry e = live(request.getParticipant().getId(), "amend", null);
    Draft d = new Draft(this);
    boolean wasWaiting = e.state == Registration.State.WAITING;
    if (wasWaiting) {
      d.dequeueWaiting(e);
    } else {
      d.removeRegistered(e);
    }
    Evaluation ev = Evaluator.evaluate(d.build(), request, null);
    List<Change> changes = new ArrayList<>();
    switch (ev.decision.getOutcome()) {
      case ACCEPTED: {
        Entry amended = d.accept(e.seq, request, ev);
        changes.add(change(Change.Kind.AMENDED, amended));
        if (wasWaiting) {
          changes.add(change(Change.Kind.PROMOTED, amended));
        }
        Settlement.settle(d, changes);
        return decided(d.build(), changes, operation, ev.decision);
      }
      case WAITLISTED:
        if (wasWaiting) {
          Entry amended = new Entry(e.seq, -1, request, Registration.State.WAITING, null);
          d.enqueueWaiting(amended);
          return decided(d.build(), List.of(change(Change.Kind.AMENDED, amended)), operation, ev.decision);
        }
        return decided(this, List.of(), operation, rejected(ev.decision));
      default:
        return decided(this, List.of(), operation, ev.decision);
    }
  }

  /**
   * Moves this snapshot to a new version of its event: a raised or lowered quota, a new session,
   * a moved deadline, a closed window, a dropped track. Every registration and waiting request
   * stays; nothing is dropped silently:
   *
   * <ul>
   *   <li>travel slots freed by a raised limit go to the registered participants refused one,
   *       earliest accepted first ({@link Change.Kind#TRAVEL_GRANTED}), then the waiting requests
   *       the new version admits are promoted, earliest first ({@link Change.Kind#PROMOTED});
   *   <li>a registration that a lowered limit no longer admits stays, reported as {@link
   *       Change.Kind#OVER_LIMIT} (the latest accepted in each counter over its limit);
   *   <li>a request that names a track or session the new version dropped is reported as {@link
   *       Change.Kind#SELECTION_REMOVED}, once, by the version that drops it (a later version that
   *       lacks it too does not report it again; one that drops another id it names does): a
   *       registration keeps what remains, a waiting request is not promoted while the event
   *       lacks the id;
   *   <li>a held travel slot whose category the new policy no longer has is withdrawn ({@link
   *       Change.Kind#TRAVEL_WITHDRAWN}).
   * </ul>
   *
   * <p>Closing or moving the registration window affects new requests only: waiting requests made
   * in time are still promoted. A stricter target group, fee, attendance mode or double booking
   * rule (or a session added or moved so that a selection now overlaps) keeps everyone too: each
   * registration and waiting request that the rules that refuse without counting now refuse, and
   * the previous version admitted, is reported once ({@link Change.Kind#NO_LONGER_ADMITTED}, with
   * the refusing rule's outcome), registrations in the order they were accepted, then waiting
   * requests in their order, before the other changes; a waiting request so refused is not
   * promoted while a version refuses it. Custom rules are not asked again about places held. The
   * organiser acts on the reported changes with the other operations.
   *
   * <p>Cost: a version that leaves every counter a live place occupies as it is, on a snapshot
   * without custom rules, keeps every place, counter and queue: new titles, texts, dates, venue,
   * documents, organiser or URL (what no rule reads), raised or lowered limits of quotas,
   * capacities and travel slots, a moved or closed window, another fee, target group, attendance
   * mode or double booking rule (the rules that refuse and count nothing; a stricter one adds one
   * walk over the live requests, to find whom it now refuses), tracks and sessions
   * that no live request holds added, dropped, moved or limited, held ones added (with a
   * capacity or under a quota too), held tracks and sessions, or the event, given a capacity for
   * an attendance they did not limit (the event's counts every request of that attendance; one walk over the live places builds the new counters, their holders in
   * the order they were accepted, those past the limit reported, and their queues), held
   * sessions moved in time (a selection that no longer overlaps has its waiting requests with
   * room evaluated), held or named ones dropped from the event (their
   * counters go with them; every other counter a place occupies must stay, but a track's that a
   * request no longer touches, having named only dropped sessions of it: it leaves them, and the
   * place it held there is settled as after a cancellation), and a held track's
   * or session's capacity, or the event's, removed for an attendance (its counter and queue go
   * as a dropped track's do; nobody loses a place), and a quota's scope, partition or attendance
   * changed ("per Member State" made "per organisation", each track made the whole event: its
   * counters go, and the new ones are built as a new capacity's are), a quota added or removed,
   * every other quota at its position (an added one's counters are built as a new capacity's,
   * those past its limit reported; a removed one's go as a removed capacity's, and its waiting
   * requests are evaluated where they have room), a session moved to another
   * track, and a track or session a live request names brought back after a version dropped it
   * (the requests that name it join its counters, built, or merged into those others hold, by one
   * walk over the live places, those past a limit reported, and its waiting requests that lack no
   * id now are evaluated where they have room). It compares the
   * versions through the few distinct selections live requests name, reads the counters and
   * reports, in each counter over its new limit, its latest accepted registrations; then it reads
   * the waiting and travel queues of the raised counters from their heads, as a cancellation
   * does. Its cost follows the counters, the registrations over a limit and the promotions, not
   * the registrations held, except where it drops a track or session live requests name, makes
   * a selection need no counter, or ends an overlap: then one
   * walk over the live places (nobody placed again: about 0.23 s at 1M, where placing everyone
   * again takes seconds) finds the requests to report, and the waiting requests of the
   * selections that lost a counter or an overlap, which are evaluated with the raised queues
   * where they have room in every counter they still need (where a selection only lost counters,
   * of a removed capacity or a dropped track or session it holds but does not name, those are
   * found in the queues of the counters with room, without the walk); and where it gives live requests a
   * new counter (a capacity where there was none, the event's included, or a quota), or changes a quota's scope,
   * partition or attendance (its counters go, the new ones are new counters): then one walk over the
   * live places builds them (nobody placed again), reports the registrations past their limits, and
   * promotes, earliest first, the waiting requests that now have room, reading the queues of the
   * new counters with room from their heads, each until it is full again. Where a rule that refuses may now admit someone it refused (a target group or fee category widened or dropped,
   * an attendance or double booking allowed), it also reads the queues of the counters with
   * room, each waiting request in them once, and evaluates those with room in every counter they
   * need (the queue of a full counter is not read, nor that of a counter with room whose
   * requests all need, for each attendance they may have, a counter that is full: a quota with
   * room while the event's capacity is full). A fee where there was none, other prices, a
   * narrower target group, and the like admit no one they refused, so they read no queue, only
   * the walk that finds whom they now refuse (about 0.6 s at 1M for a narrowed target group). So
   * does the first version after {@link #restore}, unless the places restored are not settled
   * (places a host stores where a waiting request has room, say). Any other version (a changed
   * travel category, quotas reordered or one removed before another that stays, whose counters'
   * keys hold its position, a custom rule that may read the event)
   * places every live registration and waiting request again: O(n log n). Both give the same
   * snapshot and changes. Finding the requests a
   * stricter rule now refuses reads every live request once, on either way; a version that
   * refuses no one the previous one admitted reads none.
   *
   * @param event the new version of the event, with the same id, not null
   * @return the new snapshot and the changes, not null
   * @throws org.convene.MissingValueException if the event is null
   * @throws InvalidRequestException if its id is not this snapshot's event id
   */
  public Update withEvent(Event event) {
    Require.argument(event, "Registrations", "withEvent", "event");
    if (!event.getId().equals(this.event.getId())) {
      throw new InvalidRequestException("Registrations.withEvent(event) was given event \"" + event.getId()
          + "\", but this snapshot holds the registrations of event \"" + this.event.getId()
          + "\": a new version keeps its event's id");
    }
    EventIndex next = new EventIndex(event, index.customRules, index.partitionMemo);
    return withEvent(event, next, settled && index.customRules.isEmpty() && NewVersion.keepsCounters(this, next));
  }

  /**
   * {@link #withEvent(Event)}, from the places, counters and queues as they are when the version
   * keeps the counters ({@code incremental}: the caller checked {@link NewVersion#keepsCounters}
   * on a settled snapshot without custom rules), else by placing everyone again; the tests
   * compare both.
   */
  Update withEvent(Event event, boolean incremental) {
    return withEvent(event, new EventIndex(event, index.customRules, index.partitionMemo), incremental);
  }

  /** {@link #withEvent(Event, boolean)} with the new version's index, built once. */
  private Update withEvent(Event event, EventIndex next, boolean incremental) {
    List<Change> changes = new ArrayList<>();
    NoLongerAdmitted.report(this, next, changes);
    Draft d;
    if (incremental) {
      d = new Draft(this, event, next);
      NewVersion.keep(this, d, changes);
    } else {
      d = new Draft(event, next);
      d.clock = clock;
      NewVersion.settle(this, d, changes);
    }
    return new Update.Builder().registrations(d.build()).changes(changes).operation(Operation.changeEvent(event)).build();
  }

  /**
   * Finds a participant's place.
   *
   * @param participantId the participant's id, not null
   * @return the registration or waiting request, or empty if the participant is neither
   *     registered nor waiting
   * @throws org.convene.MissingValueException if the id is null
   */
  public Optional<Registration> find(String participantId) {
    Require.argument(participantId, "Registrations", "find", "participantId");
    Entry e = entries.get(participantId);
    return e == null ? Optional.empty() : Optional.of(e.view());
  }

  /**
   * Returns the registered participants, in the order they were accepted: a participant promoted
   * from the waiting list when promoted, an amended registration when amended. That order is
   * each one's turn for a travel slot freed later (earliest accepted first) and, when a new
   * version of the event lowers a limit, tells which registrations are over it (the latest
   * accepted); {@link #restore} takes it from this list.
   *
   * @return a new unmodifiable list, not null
   */
  public List<Registration> getRegistered() {
    List<Entry> found = new ArrayList<>(registeredCount);
    entries.forEach((id, e) -> {
      if (e.state == Registration.State.REGISTERED) {
        found.add(e);
      }
    });
    found.sort(Comparator.comparingLong(e -> e.ticket));
    List<Registration> result = new ArrayList<>(found.size());
    for (Entry e : found) {
      result.add(e.view());
    }
    return List.copyOf(result);
  }

  /**
   * Returns the waiting list, first come first.
   *
   * @return a new unmodifiable list, not null
   */
  public List<Registration> getWaiting() {
    List<Registration> result = new ArrayList<>(waiting.size());
    waiting.forEach(e -> result.add(e.view()));
    return List.copyOf(result);
  }

  /**
   * Returns how many participants are registered.
   *
   * @return the number registered
   */
  public int getRegisteredCount() {
    return registeredCount;
  }

  /**
   * Returns how many participants wait.
   *
   * @return the length of the waiting list
   */
  public int getWaitingCount() {
    return waiting.size();
  }

  /**
   * Tells whether another snapshot holds the same: the same event version and custom rules, the
   * same participants in the same places (registered or waiting, in the same order, with the same
   * travel slots), so that every future operation gives both the same result. Two snapshots
   * replayed from the same operations are equal.
   *
   * @param other the object to compare with, possibly null
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Registrations)) {
      return false;
    }
    Registrations that = (Registrations) other;
    if (clock != that.clock || entries.size() != that.entries.size()
        || !event.equals(that.event) || !index.customRules.equals(that.index.customRules)) {
      return false;
    }
    boolean[] same = {true};
    entries.forEach((id, e) -> {
      Entry o = that.entries.get(id);
      same[0] &= o != null && e.sameAs(o);
    });
    return same[0];
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    int[] h = {event.hashCode() * 31 + Long.hashCode(clock)};
    entries.forEach((id, e) -> h[0] += id.hashCode() ^ Long.hashCode(e.seq) ^ e.state.hashCode());
    return h[0];
  }

  /**
   * Returns a short summary, such as {@code Registrations[oots-go-live-accelerator: 162
   * registered, 4 waiting]}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return "Registrations[" + event.getId() + ": " + registeredCount + " registered, "
        + waiting.size() + " waiting]";
  }

  /**
   * How many elements this snapshot's structures hold: entries, counters and queue elements. A
   * measure of retained size that does not depend on the collector, for the tests.
   */
  long footprint() {
    long[] n = {entries.size() + counts.size() + waiting.size() + waitingKeyless.size() + selections.size()};
    waitingByKey.forEach((k, q) -> n[0] += 1 + q.size());
    travelQueues.forEach((k, q) -> n[0] += 1 + q.size());
    return n[0];
  }

  int count(CounterKey key) {
    return Count.of(counts.get(key));
  }

  /** A counter's value and stored key, or null when it counts nobody. */
  Count counter(CounterKey key) {
    return counts.get(key);
  }

  private Entry live(String id, String operation, Registration.State needed) {
    Entry e = entries.get(id);
    if (e == null || (needed != null && e.state != needed)) {
      String actual = e == null ? "is neither registered nor waiting" : "is " + e.state.name().toLowerCase(java.util.Locale.ROOT);
      String wanted = needed == null ? "registered or waiting" : needed.name().toLowerCase(java.util.Locale.ROOT);
      throw new NotRegisteredException(id, "Cannot " + operation + " participant \"" + id + "\": the participant "
          + actual + ", and only a participant who is " + wanted + " can be " + PAST.get(operation));
    }
    return e;
  }

  private static final Map<String, String> PAST = Map.of(
      "cancel", "cancelled", "promote", "promoted", "substitute", "substituted", "amend", "amended");

  private static DecidedUpdate decided(Registrations r, List<Change> changes, Operation operation, Decision decision) {
    return new DecidedUpdate.Builder().registrations(r).changes(changes).operation(operation).decision(decision).build();
  }

  /** The decision on a request that is not taken and does not wait: the same reasons, rejected. */
  private static Decision rejected(Decision decision) {
    return decision.getOutcome() == Decision.Outcome.REJECTED
        ? decision
        : new Decision.Builder().from(decision).outcome(Decision.Outcome.REJECTED).build();
  }

  static Change change(Change.Kind kind, Entry e) {
    return new Change.Builder().kind(kind).participantId(e.id()).travelSlot(Optional.ofNullable(e.travel)).build();
  }
}
