package org.convene.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.convene.Attendance;
import org.convene.Event;
import org.convene.FeeWaiver;
import org.convene.Participant;
import org.convene.Price;
import org.convene.Quota;
import org.convene.RegistrationStatus;
import org.convene.TravelSlot;
import org.convene.rules.internal.PersistentBloom;
import org.convene.rules.internal.PersistentMap;

/**
 * An immutable snapshot of one event's registrations: who is registered, who waits, who
 * cancelled, who holds a travel slot, and the counters behind every quota and capacity.
 *
 * <p>{@link #evaluate(RegistrationRequest)} answers "what if this person asked now?" without
 * changing anything; {@link #register}, {@link #cancel}, {@link #substitute} and {@link #promote}
 * return an {@link Update} with a new snapshot and the changes, and leave this one as it was. The
 * seed event, opened for registration:
 *
 * <pre>{@code
 * Registrations registrations = Registrations.empty(event);
 * Update update = registrations.register(
 *     RegistrationRequest.forTracks(anna, Attendance.IN_PERSON, now, "readiness"));
 * update.getDecision().get().getOutcome();   // ACCEPTED
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
 * <p>A participant counts once per partition value: one lacking the partitioning attribute
 * counts in the partition {@code "(none)"}, and with {@link org.convene.PartitionKey#ROLE} a
 * participant counts once in each of their roles.
 *
 * <h2>Cost</h2>
 *
 * <p>A snapshot keeps a counter per quota target and partition, per capacity and per travel slot
 * and partition, in persistent maps that each operation updates along one path. A decision reads
 * the few counters that apply to the request, so its cost does not grow with the number of
 * registrations; an operation copies O(log n) nodes, never the registrations. A cancellation
 * reads only the waiting requests that need one of the counters it freed, earliest first, until
 * that counter is full again. Only the queries that list registrations walk them all.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Registrations {
  private final EventIndex index;
  private final PersistentMap<String, Entry> entries;
  /** Every key of {@link #entries}: most new participants are answered without the map. */
  private final PersistentBloom ids;
  private final PersistentMap<CounterKey, Integer> counts;
  private final Queue waiting;
  private final PersistentMap<CounterKey, Queue> waitingByKey;
  private final PersistentMap<CounterKey, Queue> travelQueues;
  private final long nextSeq;
  private final int registeredCount;
  private final int waitingCount;

  private Registrations(Draft d) {
    this.index = d.index;
    this.entries = d.entries;
    this.ids = d.ids;
    this.counts = d.counts;
    this.waiting = d.waiting;
    this.waitingByKey = d.waitingByKey;
    this.travelQueues = d.travelQueues;
    this.nextSeq = d.nextSeq;
    this.registeredCount = d.registered;
    this.waitingCount = d.waitingCount;
  }

  /**
   * Returns the empty snapshot of an event, with the built-in rules only.
   *
   * @param event the event, not null
   * @return the snapshot with nobody registered, not null
   * @throws InvalidRequestException if the event is null
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
   * @throws InvalidRequestException if the event, the list, a rule or a rule's id is null
   */
  public static Registrations empty(Event event, List<? extends Rule> rules) {
    Checks.argument(event, "Registrations.empty", "event");
    Checks.noNulls(Checks.argument(rules, "Registrations.empty", "rules"), "Registrations", "rules");
    for (Rule rule : rules) {
      if (rule.getId() == null) {
        throw new InvalidRequestException(
            "Registrations.rules contains a " + rule.getClass().getName() + " whose getId() is null: a rule needs a stable id");
      }
    }
    Draft d = new Draft(new EventIndex(event, List.copyOf(rules)));
    return d.build();
  }

  /**
   * Returns the event.
   *
   * @return the event, not null
   */
  public Event getEvent() {
    return index.event;
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
   * @throws InvalidRequestException if the request is null or names a track or session the event
   *     does not have, or a custom rule returns null
   */
  public Decision evaluate(RegistrationRequest request) {
    Checks.argument(request, "Registrations.evaluate", "request");
    return evaluate(request, null).decision;
  }

  /**
   * Registers a request: an accepted one is registered (with a travel slot if one is free), a
   * waitlisted one joins the waiting list, a rejected one changes nothing.
   *
   * @param request the request, not null
   * @return the new snapshot, the change ({@link Change.Kind#REGISTERED} or {@link
   *     Change.Kind#WAITLISTED}) and the decision, not null
   * @throws InvalidRequestException if the request is null or names a track or session the event
   *     does not have
   */
  public Update register(RegistrationRequest request) {
    Checks.argument(request, "Registrations.register", "request");
    Evaluation ev = evaluate(request, null);
    Decision decision = ev.decision;
    switch (decision.getOutcome()) {
      case ACCEPTED: {
        Draft d = new Draft(this);
        Entry e = d.accept(nextSeq, request, ev);
        d.nextSeq++;
        return update(d.build(), List.of(change(Change.Kind.REGISTERED, e)), decision);
      }
      case WAITLISTED: {
        Draft d = new Draft(this);
        Entry e = new Entry(nextSeq, request, Registration.State.WAITING, null);
        d.nextSeq++;
        d.put(e);
        d.waiting = d.waiting.append(e);
        d.waitingCount++;
        for (CounterKey k : ev.keys) {
          Queue q = d.waitingByKey.get(k);
          d.waitingByKey = d.waitingByKey.put(k, (q == null ? Queue.EMPTY : q).append(e));
        }
        return update(d.build(), List.of(change(Change.Kind.WAITLISTED, e)), decision);
      }
      default:
        return update(this, List.of(), decision);
    }
  }

  /**
   * Cancels a participant's registration or waiting request. A cancelled registration frees its
   * places: its travel slot goes to the earliest registered participant of the same category and
   * partition who was refused one, then every waiting request that all rules now admit is
   * promoted, earliest first.
   *
   * @param participantId the participant's id, not null
   * @return the new snapshot and the changes ({@link Change.Kind#CANCELLED} first), not null
   * @throws InvalidRequestException if the id is null
   * @throws NotRegisteredException if the participant is neither registered nor waiting
   */
  public Update cancel(String participantId) {
    Checks.argument(participantId, "Registrations.cancel", "participantId");
    Entry e = entries.get(participantId);
    if (e == null || e.state == Registration.State.CANCELLED) {
      throw notRegistered("cancel", participantId, e, "registered or waiting");
    }
    Draft d = new Draft(this);
    List<Change> changes = new ArrayList<>();
    changes.add(Change.of(Change.Kind.CANCELLED, participantId));
    if (e.state == Registration.State.WAITING) {
      d.entries = d.entries.put(participantId, new Entry(e.seq, e.request, Registration.State.CANCELLED, null));
      d.waitingCount--;
      return update(d.build(), changes, null);
    }
    d.remove(e);
    d.settle(changes);
    return update(d.build(), changes, null);
  }

  /**
   * Replaces a registered participant by another, who takes their place: the same selection,
   * attendance and request instant (so a substitution works after registration has closed), and
   * their travel slot if the substitute falls in the same category and partition. The substitute
   * must pass every rule in the place freed (the same delegation's quota, say); otherwise nothing
   * changes and the decision says why.
   *
   * @param participantId the id of the registered participant to replace, not null
   * @param substitute who takes the place, not null
   * @return the new snapshot, the changes ({@link Change.Kind#REPLACED}, {@link
   *     Change.Kind#REGISTERED}, then any travel slot or promotion that follows) and the decision
   *     on the substitute, not null
   * @throws InvalidRequestException if an argument is null
   * @throws NotRegisteredException if the participant is not registered
   */
  public Update substitute(String participantId, Participant substitute) {
    Checks.argument(participantId, "Registrations.substitute", "participantId");
    Checks.argument(substitute, "Registrations.substitute", "substitute");
    Entry e = entries.get(participantId);
    if (e == null || e.state != Registration.State.REGISTERED) {
      throw notRegistered("substitute", participantId, e, "registered");
    }
    RegistrationRequest request =
        new RegistrationRequest.Builder().from(e.request).participant(substitute).build();
    Draft d = new Draft(this);
    d.remove(e);
    Evaluation ev = d.build().evaluate(request, null);
    if (!ev.decision.isAccepted()) {
      return update(this, List.of(), ev.decision);
    }
    Entry added = d.accept(nextSeq, request, ev);
    d.nextSeq++;
    List<Change> changes = new ArrayList<>();
    changes.add(new Change.Builder()
        .kind(Change.Kind.REPLACED)
        .participantId(participantId)
        .other(substitute.getId())
        .build());
    changes.add(change(Change.Kind.REGISTERED, added));
    d.settle(changes);
    return update(d.build(), changes, ev.decision);
  }

  /**
   * Promotes one waiting participant if every rule now admits their request, ahead of anyone
   * waiting before them. Cancellations promote on their own, so this matters when something
   * outside the counters changed, such as a custom rule's answer.
   *
   * @param participantId the waiting participant's id, not null
   * @return the new snapshot, the change ({@link Change.Kind#PROMOTED}, or none) and the decision
   *     on the waiting request, not null
   * @throws InvalidRequestException if the id is null
   * @throws NotRegisteredException if the participant is not waiting
   */
  public Update promote(String participantId) {
    Checks.argument(participantId, "Registrations.promote", "participantId");
    Entry e = entries.get(participantId);
    if (e == null || e.state != Registration.State.WAITING) {
      throw notRegistered("promote", participantId, e, "waiting");
    }
    Evaluation ev = evaluate(e.request, e);
    if (!ev.decision.isAccepted()) {
      return update(this, List.of(), ev.decision);
    }
    Draft d = new Draft(this);
    Entry promoted = d.accept(e.seq, e.request, ev);
    d.waitingCount--;
    return update(d.build(), List.of(change(Change.Kind.PROMOTED, promoted)), ev.decision);
  }

  /**
   * Finds a participant's place.
   *
   * @param participantId the participant's id, not null
   * @return the registration, waiting request or cancellation, or empty if the participant never
   *     registered
   * @throws InvalidRequestException if the id is null
   */
  public Optional<Registration> find(String participantId) {
    Checks.argument(participantId, "Registrations.find", "participantId");
    Entry e = entries.get(participantId);
    return e == null ? Optional.empty() : Optional.of(e.view());
  }

  /**
   * Returns the registered participants, in the order their requests were made.
   *
   * @return a new unmodifiable list, not null
   */
  public List<Registration> getRegistered() {
    return list(Registration.State.REGISTERED);
  }

  /**
   * Returns the waiting list, first come first.
   *
   * @return a new unmodifiable list, not null
   */
  public List<Registration> getWaiting() {
    List<Registration> result = new ArrayList<>(waitingCount);
    for (int i = waiting.head; i < waiting.items.size(); i++) {
      Entry e = waiting.items.get(i);
      if (entries.get(e.id()) == e) {
        result.add(e.view());
      }
    }
    return List.copyOf(result);
  }

  /**
   * Returns the cancelled participants, in the order their requests were made.
   *
   * @return a new unmodifiable list, not null
   */
  public List<Registration> getCancelled() {
    return list(Registration.State.CANCELLED);
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
    return waitingCount;
  }

  /**
   * Returns a short summary, such as {@code Registrations[oots-go-live-accelerator: 162
   * registered, 4 waiting]}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return "Registrations[" + index.event.getId() + ": " + registeredCount + " registered, "
        + waitingCount + " waiting]";
  }

  private List<Registration> list(Registration.State state) {
    List<Entry> found = new ArrayList<>();
    entries.forEach((id, e) -> {
      if (e.state == state) {
        found.add(e);
      }
    });
    found.sort(Comparator.comparingLong(e -> e.seq));
    List<Registration> result = new ArrayList<>(found.size());
    for (Entry e : found) {
      result.add(e.view());
    }
    return List.copyOf(result);
  }

  private static Update update(Registrations registrations, List<Change> changes, Decision decision) {
    return new Update.Builder()
        .registrations(registrations)
        .changes(changes)
        .decision(Optional.ofNullable(decision))
        .build();
  }

  private static Change change(Change.Kind kind, Entry e) {
    return new Change.Builder().kind(kind).participantId(e.id()).travelSlot(Optional.ofNullable(e.travel)).build();
  }

  private static NotRegisteredException notRegistered(String operation, String id, Entry e, String needed) {
    String actual = e == null ? "has never registered" : "is " + e.state.name().toLowerCase(java.util.Locale.ROOT);
    return new NotRegisteredException(
        id, "Cannot " + operation + " participant \"" + id + "\": the participant " + actual
            + ", and only a participant who is " + needed + " can be " + (operation.equals("cancel") ? "cancelled" : operation.equals("promote") ? "promoted" : "substituted"));
  }

  private int count(CounterKey key) {
    Integer n = counts.get(key);
    return n == null ? 0 : n;
  }

  // ---------------------------------------------------------------- evaluation

  /** A decision and what accepting it would occupy. */
  static final class Evaluation {
    Decision decision;
    List<CounterKey> keys = new ArrayList<>();
    int slot = -1;
    List<CounterKey> travelKeys = List.of();
    boolean travelGranted;
  }

  private Evaluation evaluate(RegistrationRequest request, Entry self) {
    Event event = index.event;
    Evaluation ev = new Evaluation();
    EventIndex.Selection selection = index.select(request);
    List<RuleOutcome> outcomes = new ArrayList<>(8);

    RegistrationStatus status = event.getRegistration().statusAt(request.getInstant());
    if (status != RegistrationStatus.OPEN) {
      outcomes.add(RuleOutcome.refused(
          "registration-window",
          status == RegistrationStatus.NOT_YET_OPEN ? "WINDOW_NOT_YET_OPEN" : "WINDOW_CLOSED",
          windowFigures(request)));
      ev.decision = decision(request, Decision.Outcome.REJECTED, outcomes, Entitlements.none());
      return ev;
    }
    outcomes.add(index.windowOpen);

    Participant participant = request.getParticipant();
    Entry existing = ids.mightContain(participant.getId()) ? entries.get(participant.getId()) : null;
    if (existing != null && existing != self && existing.state != Registration.State.CANCELLED) {
      boolean registered = existing.state == Registration.State.REGISTERED;
      outcomes.add(RuleOutcome.refused(
          "single-registration",
          registered ? "ALREADY_REGISTERED" : "ALREADY_WAITING",
          participant.getId() + (registered ? " is already registered" : " is already on the waiting list")));
    } else {
      outcomes.add(EventIndex.NOT_YET_REGISTERED);
    }

    Attendance attendance = request.getAttendance();
    String mode = attendance == Attendance.IN_PERSON ? "in person" : "online";
    if (event.getAttendanceMode().allows(attendance)) {
      outcomes.add(EventIndex.ATTENDANCE_OFFERED.get(attendance));
    } else {
      outcomes.add(RuleOutcome.refused("attendance", "ATTENDANCE_NOT_OFFERED",
          mode + " attendance is not offered: the event is " + event.getAttendanceMode().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
    }

    if (!event.getTargetGroups().isEmpty()) {
      outcomes.add(index.eligibility(participant));
    }

    if (attendance == Attendance.IN_PERSON && !event.isDoubleBookingAllowed()) {
      outcomes.add(selection.doubleBooking());
    }

    List<CounterKey> capacityKeys = new ArrayList<>();
    List<Integer> capacityLimits = new ArrayList<>();
    index.capacityKeys(attendance, selection, capacityKeys, capacityLimits);
    if (!capacityKeys.isEmpty()) {
      outcomes.add(limitOutcome("capacity", "CAPACITY", capacityKeys, capacityLimits, mode + ": "));
      ev.keys.addAll(capacityKeys);
    }

    List<Quota> quotas = event.getQuotas();
    List<List<CounterKey>> quotaKeys = index.quotaKeys(request, selection);
    for (int q = 0; q < quotas.size(); q++) {
      List<CounterKey> keys = quotaKeys.get(q);
      if (keys.isEmpty()) {
        continue;
      }
      Integer limit = quotas.get(q).getLimit();
      List<Integer> limits = new ArrayList<>(keys.size());
      for (int i = 0; i < keys.size(); i++) {
        limits.add(limit);
      }
      outcomes.add(limitOutcome("quota:" + quotas.get(q).getId(), "QUOTA", keys, limits, ""));
      ev.keys.addAll(keys);
    }

    Optional<Price> price = Optional.empty();
    Optional<FeeWaiver> waiver = Optional.empty();
    if (!event.getFee().isFree()) {
      waiver = event.getFee().waiverFor(participant);
      price = event.getFee().priceFor(participant);
      if (waiver.isPresent()) {
        outcomes.add(RuleOutcome.passed("fee", "WAIVED", waiver.get().getDescription()));
      } else if (price.isPresent()) {
        outcomes.add(RuleOutcome.passed("fee", "PRICE",
            price.get().getCategory() + ": " + price.get().getAmount().toPlainString() + " " + price.get().getCurrency()));
      } else {
        outcomes.add(RuleOutcome.refused("fee", "NO_PRICE_CATEGORY",
            "no price category of the event applies to " + participant.getId()));
      }
    }

    for (Rule rule : index.customRules) {
      RuleOutcome outcome = rule.evaluate(request, this);
      if (outcome == null) {
        throw new InvalidRequestException(
            "Rule \"" + rule.getId() + "\" returned null for participant \"" + participant.getId()
                + "\": a rule must return a RuleOutcome (passed, refused or full)");
      }
      outcomes.add(outcome);
    }

    Decision.Outcome result = Decision.Outcome.ACCEPTED;
    for (RuleOutcome o : outcomes) {
      if (!o.isPassed()) {
        if (!o.isFull()) {
          result = Decision.Outcome.REJECTED;
          break;
        }
        result = event.isWaitingListEnabled() ? Decision.Outcome.WAITLISTED : Decision.Outcome.REJECTED;
      }
    }
    Entitlements entitlements =
        result == Decision.Outcome.ACCEPTED ? entitlements(request, ev, price, waiver) : Entitlements.none();
    ev.decision = decision(request, result, outcomes, entitlements);
    return ev;
  }

  private static Decision decision(
      RegistrationRequest request, Decision.Outcome outcome, List<RuleOutcome> outcomes, Entitlements entitlements) {
    return new Decision.Builder()
        .request(request)
        .outcome(outcome)
        .ruleOutcomes(outcomes)
        .entitlements(entitlements)
        .build();
  }

  private String windowFigures(RegistrationRequest request) {
    org.convene.RegistrationWindow w = index.event.getRegistration();
    if (w.isClosed()) {
      return "registration is closed by the organiser";
    }
    String at = "request made at " + request.getInstant();
    if (w.getOpens().isPresent() && request.getInstant().isBefore(w.getOpens().get())) {
      return at + ", registration opens at " + w.getOpens().get();
    }
    if (w.getCloses().isPresent()) {
      return at + (request.getInstant().isBefore(w.getCloses().get()) ? ", registration closes at " : ", registration closed at ")
          + w.getCloses().get();
    }
    return at + ", registration has no deadline";
  }

  /** The outcome of limits: the first full counter, else the one with least room left. */
  private RuleOutcome limitOutcome(String ruleId, String code, List<CounterKey> keys, List<Integer> limits, String prefix) {
    int tightest = -1;
    long room = Long.MAX_VALUE;
    for (int i = 0; i < keys.size(); i++) {
      int used = count(keys.get(i));
      int limit = limits.get(i);
      if (used >= limit) {
        return RuleOutcome.full(ruleId, code + "_FULL", prefix + figures(keys.get(i), used, limit), used, limit);
      }
      if ((long) limit - used < room) {
        room = (long) limit - used;
        tightest = i;
      }
    }
    CounterKey key = keys.get(tightest);
    int used = count(key);
    return new RuleOutcome.Builder()
        .ruleId(ruleId)
        .passed(true)
        .reasonCode(code + "_AVAILABLE")
        .figures(prefix + figures(key, used, limits.get(tightest)))
        .used(used)
        .limit(limits.get(tightest))
        .build();
  }

  private String figures(CounterKey key, int used, int limit) {
    String target;
    switch (key.kind()) {
      case CounterKey.EVENT_CAPACITY:
        target = "the event";
        break;
      case CounterKey.TRACK_CAPACITY:
        target = "track " + key.target();
        break;
      case CounterKey.SESSION_CAPACITY:
        target = "session " + key.target();
        break;
      default:
        switch (index.event.getQuotas().get(key.index()).getScope().getLevel()) {
          case TRACK:
            target = "track " + key.target();
            break;
          case SESSION:
            target = "session " + key.target();
            break;
          default:
            target = "the event";
        }
    }
    return used + " of " + limit + " used for " + target + (key.value().isEmpty() ? "" : ", " + key.value());
  }

  private Entitlements entitlements(
      RegistrationRequest request, Evaluation ev, Optional<Price> price, Optional<FeeWaiver> waiver) {
    Entitlements.Builder b = new Entitlements.Builder();
    Event event = index.event;
    if (event.getTravelPolicy().isEmpty()) {
      b.travelGranted(false).travelReason("NO_TRAVEL_POLICY").travelFigures("the event reimburses no travel");
    } else if (request.getAttendance() != event.getTravelPolicy().get().getQualifyingAttendance()) {
      b.travelGranted(false).travelReason("ATTENDANCE_NOT_QUALIFYING").travelFigures(
          (request.getAttendance() == Attendance.ONLINE ? "online" : "in-person") + " attendance does not qualify for travel");
    } else {
      int slot = index.travelSlot(request);
      if (slot < 0) {
        b.travelGranted(false).travelReason("NO_MATCHING_CATEGORY").travelFigures(
            request.getParticipant().getId() + " falls in no travel slot category");
      } else {
        TravelSlot travelSlot = index.slot(slot);
        ev.slot = slot;
        ev.travelKeys = index.travelKeys(slot, request.getParticipant());
        int limit = travelSlot.getPerPartition();
        CounterKey shown = ev.travelKeys.get(0);
        boolean granted = true;
        for (CounterKey k : ev.travelKeys) {
          if (count(k) >= limit) {
            granted = false;
            shown = k;
            break;
          }
        }
        ev.travelGranted = granted;
        String category = travelSlot.getCategory();
        b.travelGranted(granted)
            .travelCategory(category)
            .travelReason(granted ? "GRANTED" : "SLOT_TAKEN")
            .travelFigures(count(shown) + " of " + limit + " " + category + " slots used"
                + (shown.value().isEmpty() ? "" : ", " + shown.value()));
      }
    }
    if (event.getFee().isFree()) {
      b.feeReason("FREE");
    } else if (waiver.isPresent()) {
      b.feeReason("WAIVED").feeCategory(waiver.get().getDescription());
    } else {
      Price p = price.orElseThrow();
      b.feeReason("PRICE").feeDue(p.getAmount()).feeCurrency(p.getCurrency()).feeCategory(p.getCategory());
    }
    return b.build();
  }

  // ---------------------------------------------------------------- updates

  /** The fields of a snapshot being built by one operation. */
  private static final class Draft {
    final EventIndex index;
    PersistentMap<String, Entry> entries;
    PersistentBloom ids;
    PersistentMap<CounterKey, Integer> counts;
    Queue waiting;
    PersistentMap<CounterKey, Queue> waitingByKey;
    PersistentMap<CounterKey, Queue> travelQueues;
    long nextSeq;
    int registered;
    int waitingCount;
    /** The counters and travel counters the operation's removal decremented. */
    List<CounterKey> freed = List.of();
    List<CounterKey> freedTravel = List.of();

    Draft(EventIndex index) {
      this.index = index;
      this.entries = PersistentMap.empty();
      this.ids = PersistentBloom.withCapacity(0);
      this.counts = PersistentMap.empty();
      this.waiting = Queue.EMPTY;
      this.waitingByKey = PersistentMap.empty();
      this.travelQueues = PersistentMap.empty();
    }

    Draft(Registrations r) {
      this.index = r.index;
      this.entries = r.entries;
      this.ids = r.ids;
      this.counts = r.counts;
      this.waiting = r.waiting;
      this.waitingByKey = r.waitingByKey;
      this.travelQueues = r.travelQueues;
      this.nextSeq = r.nextSeq;
      this.registered = r.registeredCount;
      this.waitingCount = r.waitingCount;
    }

    Registrations build() {
      return new Registrations(this);
    }

    /** Records an entry, and its participant's id in the filter if new. */
    void put(Entry e) {
      String id = e.id();
      int before = entries.size();
      entries = entries.put(id, e);
      if (entries.size() > before) {
        ids = ids.add(id);
        if (ids.needsGrowth()) {
          PersistentMap<String, Entry> all = entries;
          ids = PersistentBloom.of(sink -> all.forEach((k, v) -> sink.accept(k)), all.size());
        }
      }
    }

    int count(CounterKey key) {
      Integer n = counts.get(key);
      return n == null ? 0 : n;
    }

    void add(List<CounterKey> keys, int delta) {
      for (CounterKey k : keys) {
        int n = count(k) + delta;
        counts = n == 0 ? counts.remove(k) : counts.put(k, n);
      }
    }

    /** Registers an evaluated, accepted request. */
    Entry accept(long seq, RegistrationRequest request, Evaluation ev) {
      String travel = ev.travelGranted ? index.slot(ev.slot).getCategory() : null;
      Entry e = new Entry(seq, request, Registration.State.REGISTERED, travel);
      put(e);
      add(ev.keys, 1);
      if (ev.travelGranted) {
        add(ev.travelKeys, 1);
      } else if (ev.slot >= 0) {
        for (CounterKey k : ev.travelKeys) {
          Queue q = travelQueues.get(k);
          travelQueues = travelQueues.put(k, (q == null ? Queue.EMPTY : q).append(e));
        }
      }
      registered++;
      return e;
    }

    /** Cancels a registered entry without settling, and remembers what it freed. */
    void remove(Entry e) {
      freed = index.occupiedKeys(e.request);
      add(freed, -1);
      if (e.travel != null) {
        freedTravel = index.travelKeys(index.travelSlot(e.request), e.request.getParticipant());
        add(freedTravel, -1);
      }
      entries = entries.put(e.id(), new Entry(e.seq, e.request, Registration.State.CANCELLED, null));
      registered--;
    }

    /** Hands freed travel slots to the queue, then promotes whoever the rules now admit. */
    void settle(List<Change> changes) {
      for (CounterKey k : freedTravel) {
        grantTravel(k, changes);
      }
      promoteWaiting(changes);
    }

    private void grantTravel(CounterKey key, List<Change> changes) {
      Queue q = travelQueues.get(key);
      if (q == null) {
        return;
      }
      TravelSlot slot = index.slot(key.index());
      int limit = slot.getPerPartition();
      int head = q.head;
      boolean front = true;
      for (int i = q.head; i < q.items.size() && count(key) < limit; i++) {
        Entry e = q.items.get(i);
        if (entries.get(e.id()) != e) {
          head = front ? i + 1 : head;
          continue;
        }
        List<CounterKey> keys = index.travelKeys(key.index(), e.request.getParticipant());
        boolean room = true;
        for (CounterKey k : keys) {
          room &= count(k) < limit;
        }
        if (room) {
          Entry granted = new Entry(e.seq, e.request, Registration.State.REGISTERED, slot.getCategory());
          entries = entries.put(e.id(), granted);
          add(keys, 1);
          changes.add(change(Change.Kind.TRAVEL_GRANTED, granted));
          head = front ? i + 1 : head;
        } else {
          front = false;
        }
      }
      travelQueues = head >= q.items.size() ? travelQueues.remove(key) : travelQueues.put(key, q.withHead(head));
    }

    /**
     * Promotes, earliest first, the waiting requests that every rule now admits. Only a request
     * that needs a freed counter can have become admissible (counters only grow otherwise), so
     * only the waiting queues of the freed counters are read, each until its counter is full
     * again.
     */
    private void promoteWaiting(List<Change> changes) {
      List<CounterKey> keys = new ArrayList<>();
      for (CounterKey k : freed) {
        if (waitingByKey.get(k) != null && !keys.contains(k)) {
          keys.add(k);
        }
      }
      int n = keys.size();
      if (n == 0) {
        return;
      }
      Queue[] queues = new Queue[n];
      int[] position = new int[n];
      int[] head = new int[n];
      boolean[] front = new boolean[n];
      boolean[] done = new boolean[n];
      for (int i = 0; i < n; i++) {
        queues[i] = waitingByKey.get(keys.get(i));
        position[i] = queues[i].head;
        head[i] = queues[i].head;
        front[i] = true;
      }
      java.util.Set<Entry> evaluated = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      while (true) {
        int next = -1;
        for (int i = 0; i < n; i++) {
          if (done[i]) {
            continue;
          }
          Queue q = queues[i];
          while (position[i] < q.items.size() && entries.get(q.items.get(position[i]).id()) != q.items.get(position[i])) {
            position[i]++;
            head[i] = front[i] ? position[i] : head[i];
          }
          if (position[i] >= q.items.size() || count(keys.get(i)) >= index.limitOf(keys.get(i))) {
            done[i] = true;
          } else if (next < 0 || q.items.get(position[i]).seq < queues[next].items.get(position[next]).seq) {
            next = i;
          }
        }
        if (next < 0) {
          break;
        }
        Entry e = queues[next].items.get(position[next]);
        position[next]++;
        if (!evaluated.add(e)) {
          front[next] = false;
          continue;
        }
        Evaluation ev = build().evaluate(e.request, e);
        if (ev.decision.isAccepted()) {
          Entry promoted = accept(e.seq, e.request, ev);
          waitingCount--;
          changes.add(change(Change.Kind.PROMOTED, promoted));
          head[next] = front[next] ? position[next] : head[next];
        } else {
          front[next] = false;
        }
      }
      for (int i = 0; i < n; i++) {
        Queue q = queues[i];
        waitingByKey = head[i] >= q.items.size()
            ? waitingByKey.remove(keys.get(i))
            : waitingByKey.put(keys.get(i), q.withHead(head[i]));
      }
      int h = waiting.head;
      while (h < waiting.items.size() && entries.get(waiting.items.get(h).id()) != waiting.items.get(h)) {
        h++;
      }
      waiting = waiting.withHead(h);
    }
  }
}
