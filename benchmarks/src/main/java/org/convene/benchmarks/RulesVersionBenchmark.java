package org.convene.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.convene.Capacity;
import org.convene.Event;
import org.convene.Fee;
import org.convene.Price;
import org.convene.Quota;
import org.convene.SeedEvent;
import org.convene.Session;
import org.convene.TargetGroup;
import org.convene.Track;
import org.convene.rules.Registrations;
import org.convene.rules.RegistrationsState;
import org.convene.rules.Update;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The time {@code Registrations.withEvent} takes on a snapshot of the seed rules ({@link
 * RulesFixture}) holding 1k, 100k or 1M requests: 162 registered, the rest waiting.
 *
 * <p>{@code raiseQuota}: a version with the per-Member-State quota raised from 3 to 4, which
 * promotes the earliest waiting request of each Member State and track (54) from the raised
 * counters' queues. {@code lowerQuota}: the quota lowered from 3 to 2, which reports the latest
 * accepted registration of each Member State and track (54) over it, read from the counters'
 * holders. {@code retitle}: another title only. {@code addSession}: a session added to the
 * readiness track (no capacity of its own; the quota counts tracks). {@code dropSession}: the
 * last session of the readiness track dropped (no request names it, it overlaps no other session
 * of its track). {@code moveHeldSession}: the last session of the readiness track, which half
 * the requests name, an hour later (no new overlap). {@code limitHeldTrack}: the readiness track
 * given in-person places for half its in-person holders (a new counter: its holders and queue
 * built in one walk, the later half reported over it). {@code limitEvent}: the event, which
 * limited no in-person attendance, given in-person places for half its in-person registrations
 * (a new counter every in-person request counts in: built in one walk, the later half reported
 * over it). {@code unlimitHeldTrack}: the reverse, on
 * another snapshot, of the same requests placed under that capacity (it fills, and the readiness
 * track's later in-person requests wait for it): the capacity removed, its counter and queue go,
 * and the track's waiting requests with room in every counter they still need, found in the
 * queues of the counters with room, are promoted; from 100k requests on, online requests have
 * filled every Member State's quota of the track, so no queue is read and none is promoted.
 * {@code changeFee}: a price for everyone where the event was free (the fee
 * rule then refuses no one it did not). {@code dropTargetGroup}: the target group dropped (the
 * eligibility rule may then admit a waiting request it refused: the requests with room in every
 * counter they need are read, none here, as every quota counter is full). {@code
 * dropTargetGroupCapacityFull}: the same version on another snapshot, of the seed event with 100
 * in-person and 20 online places, which fill before many quota counters do: most quota counters
 * have room, but every request in their queues needs a full capacity, so their queues are not
 * read ({@code NewVersion.reconsider}); compare it with {@code retitle} of the same run. {@code
 * retitleRestored}: another title, on the snapshot
 * restored from its state ({@code Registrations.restore(state, rules)}, as a server that
 * restarts from a checkpoint does). Each keeps every counter and place; each call starts from the
 * same snapshot. {@code dropHeldTrack}: the readiness track dropped, which half the requests
 * name: each is reported ({@code SELECTION_REMOVED}), its quota counters go, nobody is promoted.
 * {@code retitleAfterDrop}: another title, on the snapshot after that drop (its requests naming
 * the readiness track are not reported again). {@code bringBackTrack}: on that snapshot, the
 * readiness track back, retitled: the half of the requests that name it join its quota counters
 * again (new counters, built in one walk: 81 registrations, the rest of that half waiting in
 * their queues), and its waiting requests, which lack no id now, are evaluated where they have
 * room (none here: every Member State's 3 places are held again, so nobody is reported or
 * promoted).
 * {@code rescopeQuota}: the per-Member-State quota made one of the whole event instead of each
 * track (81 reported over it). {@code repartitionQuota}: the quota per Member State and sector
 * instead of per Member State (162 promoted). Both replace the quota's counters, built in one walk.
 * {@code repartitionHeld}: the same participants under an unlimited quota, every one registered,
 * the quota made per Member State and sector (nobody reported): the new counters' holders are
 * every registration.
 * {@code dropNamedSession}: on a snapshot of the same participants where every third readiness
 * request names the track's last session alone, that session dropped (each of them reported;
 * those registered leave the track's quota counters, their places go to the next in line).
 * {@code moveSessionToTrack}: on a snapshot of the same participants where every readiness
 * request names the track's last session alone (half the requests), that session moved to the
 * training track, half an hour later (after the training track's evaluation, which it would
 * overlap): 81 reported over the quota; the waiting half joins the training queues.
 * {@code addQuota}: a second quota, at most 2 per Member State in the whole event, after the
 * seed's (new counters built in one walk: 108 reported over it). {@code removeQuota}: that quota
 * removed again, on the snapshot moved to the version with it (its counters go; its waiting
 * requests have no room in the seed's quota counters, so none is promoted).
 * {@code restore}: what restoring the snapshot from its state costs, checking
 * that its places are settled included. {@code narrowTargetGroup}: the target group without one
 * Member State, which keeps the counters but reads every live request once and reports those of
 * that Member State (1 in 27) as no longer admitted.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar RulesVersion -f 1 -wi 3 -w 2s -i 5 -r 2s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RulesVersionBenchmark {
  /** How many requests the snapshot holds. */
  @Param({"1000", "100000", "1000000"})
  public int size;

  private Registrations registrations;
  private Registrations restored;
  private RegistrationsState state;
  private Event priced;
  private Event everyone;
  private Event raised;
  private Event retitled;
  private Event lowered;
  private Event withSession;
  private Event withoutSession;
  private Event movedSession;
  private Event limitedTrack;
  /** The seed event given in-person places for half its in-person registrations ({@code limitEvent}). */
  private Event limitedEvent;
  private Event narrowed;
  private Event withoutTrack;
  private Registrations afterDrop;
  private Event withoutTrackRetitled;
  /** The seed event with the readiness track retitled: the track back after {@code afterDrop} ({@code bringBackTrack}). */
  private Event readinessBack;
  /** The seed event with 100 in-person and 20 online places, full, and its version without a target group. */
  private Registrations capacityFull;
  private Event capacityFullEveryone;
  /** The same requests placed with the readiness track's in-person capacity ({@code limitedTrack}), full. */
  private Registrations trackFull;
  /** The per-Member-State quota counting the whole event instead of each track ({@code rescopeQuota}). */
  private Event rescoped;
  /** The per-Member-State quota per Member State and sector ({@code repartitionQuota}). */
  private Event repartitioned;
  /** The same participants under an unlimited quota, every one registered ({@code repartitionHeld}). */
  private Registrations allHeld;
  /** That event with its quota per Member State and sector, as unlimited ({@code repartitionHeld}). */
  private Event allHeldRepartitioned;
  /**
   * The same participants, every third of those asking for the readiness track naming its last
   * session alone instead ({@code dropNamedSession}).
   */
  private Registrations sessionNamed;
  /**
   * The same participants, every one asking for the readiness track naming its last session alone
   * instead, and the version that moves that session to the training track ({@code moveSessionToTrack}).
   */
  private Registrations lastNamed;
  private Event movedToTraining;
  /** The seed event with a second quota, at most 2 per Member State in the whole event ({@code addQuota}). */
  private Event twoPerMemberState;
  /** The snapshot moved to that version: the added quota's counters full ({@code removeQuota}). */
  private Registrations withTwoQuotas;

  /** Builds the snapshot and the two versions, then collects the garbage of building them. */
  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) {
    Event event = RulesFixture.event("seed");
    registrations = RulesFixture.registrations(event, RulesFixture.participants("p", size));
    if (params.getBenchmark().endsWith("CapacityFull")) {
      Event full = new Event.Builder().from(event).capacity(new Capacity.Builder().inPerson(100).online(20).build()).build();
      capacityFull = RulesFixture.registrations(full, RulesFixture.participants("p", size));
      capacityFullEveryone = new Event.Builder().from(full).targetGroups(List.of()).build();
      if (size >= 1000 && (capacityFull.getRegisteredCount() != 120
          || !capacityFull.withEvent(capacityFullEveryone).getChanges().isEmpty())) {
        throw new IllegalStateException("the capacity-full snapshot registers " + capacityFull.getRegisteredCount()
            + ", not 120, or its version without a target group promotes someone");
      }
    }
    Quota quota = event.getQuotas().get(0);
    raised = new Event.Builder().from(event)
        .quotas(List.of(new Quota.Builder().from(quota).limit(quota.getLimit() + 1).build())).build();
    retitled = new Event.Builder().from(event).title(event.getTitle() + " (updated)").build();
    lowered = new Event.Builder().from(event)
        .quotas(List.of(new Quota.Builder().from(quota).limit(quota.getLimit() - 1).build())).build();
    List<Track> added = new ArrayList<>();
    List<Track> dropped = new ArrayList<>();
    for (Track t : event.getTracks()) {
      if (t.getId().equals(SeedEvent.READINESS)) {
        List<Session> sessions = new ArrayList<>(t.getSessions());
        Session last = sessions.remove(sessions.size() - 1);
        dropped.add(t.withSessions(sessions));
        sessions.add(last);
        sessions.add(new Session.Builder().id("readiness-extra").title("Extra clinic")
            .start(last.getStart().plusHours(2)).end(last.getStart().plusHours(3)).build());
        added.add(t.withSessions(sessions));
      } else {
        added.add(t);
        dropped.add(t);
      }
    }
    withSession = new Event.Builder().from(event).tracks(added).build();
    List<Track> later = new ArrayList<>();
    for (Track t : event.getTracks()) {
      if (t.getId().equals(SeedEvent.READINESS)) {
        // the wrap-up, last of the track, an hour later: it overlaps nothing new
        List<Session> sessions = new ArrayList<>(t.getSessions());
        Session last = sessions.remove(sessions.size() - 1);
        sessions.add(last.withStart(last.getStart().plusHours(1)).withEnd(last.getEnd().map(end -> end.plusHours(1))));
        later.add(t.withSessions(sessions));
      } else {
        later.add(t);
      }
    }
    movedSession = new Event.Builder().from(event).tracks(later).build();
    // the readiness track limited to half its in-person holders: the later half reported
    Set<String> readiness = new LinkedHashSet<>();
    event.getTracks().stream().filter(t -> t.getId().equals(SeedEvent.READINESS))
        .forEach(t -> t.getSessions().forEach(session -> readiness.add(session.getId())));
    int holders = 0;
    for (org.convene.rules.Registration r : registrations.getRegistered()) {
      org.convene.rules.RegistrationRequest q = r.getRequest();
      boolean holds = q.getTrackIds().contains(SeedEvent.READINESS) || (q.getTrackIds().isEmpty() && q.getSessionIds().isEmpty())
          || q.getSessionIds().stream().anyMatch(readiness::contains);
      holders += holds && q.getAttendance() == org.convene.Attendance.IN_PERSON ? 1 : 0;
    }
    List<Track> limited = new ArrayList<>();
    for (Track t : event.getTracks()) {
      limited.add(t.getId().equals(SeedEvent.READINESS) ? t.withCapacity(Capacity.inPerson(holders / 2)) : t);
    }
    limitedTrack = new Event.Builder().from(event).tracks(limited).build();
    Update limitedUpdate = registrations.withEvent(limitedTrack);
    if (limitedUpdate.getChanges().size() != holders - holders / 2 || limitedUpdate.getChanges().stream()
        .anyMatch(c -> c.getKind() != org.convene.rules.Change.Kind.OVER_LIMIT)) {
      throw new IllegalStateException("limiting the readiness track to " + holders / 2 + " reported "
          + limitedUpdate.getChanges().size() + " changes, not " + (holders - holders / 2) + " OVER_LIMIT");
    }
    if (params.getBenchmark().endsWith("unlimitHeldTrack")) {
      trackFull = RulesFixture.registrations(limitedTrack, RulesFixture.participants("p", size));
      Update unlimited = trackFull.withEvent(event);
      if (size >= 100_000 && !unlimited.getChanges().isEmpty()) {
        throw new IllegalStateException("removing the readiness track's capacity gave " + unlimited.getChanges()
            .size() + " changes, not none: every Member State's quota of the track should be full");
      }
      System.out.println("unlimitHeldTrack: " + trackFull.getRegisteredCount() + " registered, "
          + trackFull.getWaitingCount() + " waiting, " + unlimited.getChanges().size() + " changes");
    }
    if (params.getBenchmark().endsWith("limitEvent")) {
      // the event limited, in person, to half its in-person registrations: the later half reported
      if (event.getCapacity().getInPerson().isPresent()) {
        throw new IllegalStateException("the seed event already limits in-person attendance");
      }
      int inPerson = 0;
      for (org.convene.rules.Registration r : registrations.getRegistered()) {
        inPerson += r.getRequest().getAttendance() == org.convene.Attendance.IN_PERSON ? 1 : 0;
      }
      limitedEvent = event.withCapacity(new Capacity.Builder().from(event.getCapacity()).inPerson(inPerson / 2).build());
      Update limitedEventUpdate = registrations.withEvent(limitedEvent);
      if (limitedEventUpdate.getChanges().size() != inPerson - inPerson / 2 || limitedEventUpdate.getChanges().stream()
          .anyMatch(c -> c.getKind() != org.convene.rules.Change.Kind.OVER_LIMIT)) {
        throw new IllegalStateException("limiting the event to " + inPerson / 2 + " in-person places reported "
            + limitedEventUpdate.getChanges().size() + " changes, not " + (inPerson - inPerson / 2) + " OVER_LIMIT");
      }
      System.out.println("limitEvent: " + registrations.getRegisteredCount() + " registered, " + inPerson + " in person, "
          + registrations.getWaitingCount() + " waiting, " + limitedEventUpdate.getChanges().size() + " changes");
    }
    if (params.getBenchmark().endsWith("rescopeQuota")) {
      // 3 per Member State in the whole event: each Member State holds 3 places in each track, and
      // the latest accepted 3 of its 6 are reported; every waiting request queues on the new counters
      rescoped = event.withQuotas(List.of(quota.withScope(org.convene.QuotaScope.event())));
      expect("rescopeQuota", registrations.withEvent(rescoped), org.convene.rules.Change.Kind.OVER_LIMIT,
          size >= 1000 ? 81 : -1);
    }
    if (params.getBenchmark().endsWith("addQuota") || params.getBenchmark().endsWith("removeQuota")) {
      // at most 2 per Member State in the whole event, after the seed's quota: each Member State
      // holds 3 places in each track, and the latest accepted 4 of its 6 are reported
      List<Quota> two = new ArrayList<>(event.getQuotas());
      two.add(new Quota.Builder().id("two-per-member-state").scope(org.convene.QuotaScope.event())
          .partition(org.convene.Partition.by(org.convene.PartitionKey.DELEGATION)).limit(2).build());
      twoPerMemberState = event.withQuotas(two);
      Update addedUpdate = registrations.withEvent(twoPerMemberState);
      expect("addQuota", addedUpdate, org.convene.rules.Change.Kind.OVER_LIMIT, size >= 1000 ? 108 : -1);
      // removed again: its counters go, and its waiting requests, which the seed's full quota
      // counters hold back, are not promoted
      withTwoQuotas = addedUpdate.getRegistrations();
      expect("removeQuota", withTwoQuotas, withTwoQuotas.withEvent(event), org.convene.rules.Change.Kind.PROMOTED,
          size >= 1000 ? 0 : -1);
    }
    if (params.getBenchmark().endsWith("repartitionQuota")) {
      // 3 per Member State and sector in each track: as many places again, the earliest waiting
      // request of each Member State, sector and track promoted
      repartitioned = event.withQuotas(List.of(quota.withPartition(
          org.convene.Partition.by(org.convene.PartitionKey.DELEGATION, org.convene.PartitionKey.SECTOR))));
      expect("repartitionQuota", registrations.withEvent(repartitioned), org.convene.rules.Change.Kind.PROMOTED,
          size >= 1000 ? 162 : -1);
    }
    if (params.getBenchmark().endsWith("repartitionHeld")) {
      // every request registered (the quota unlimited): the new counters' holders are every
      // registration, read from the old counters' holders, and nobody is over the new limit
      Event open = RulesFixture.event("seed-unlimited-quota");
      allHeld = RulesFixture.registrations(open, RulesFixture.participants("p", size));
      if (allHeld.getWaitingCount() != 0) {
        throw new IllegalStateException("repartitionHeld: " + allHeld.getWaitingCount() + " waiting, not 0");
      }
      allHeldRepartitioned = open.withQuotas(List.of(open.getQuotas().get(0).withPartition(
          org.convene.Partition.by(org.convene.PartitionKey.DELEGATION, org.convene.PartitionKey.SECTOR))));
      Update update = allHeld.withEvent(allHeldRepartitioned);
      if (!update.getChanges().isEmpty()) {
        throw new IllegalStateException("repartitionHeld gave " + update.getChanges().size() + " changes, not 0");
      }
      System.out.println("repartitionHeld: " + allHeld.getRegisteredCount() + " registered, 0 changes");
    }
    if (params.getBenchmark().endsWith("dropNamedSession")) {
      // every third readiness request names the track's last session alone: dropping it reports
      // each of them, and frees the readiness places of those registered, which go to the next in line
      String last = readinessLast(event);
      org.convene.rules.Registrations r = org.convene.rules.Registrations.empty(event);
      org.convene.Participant[] participants = RulesFixture.participants("p", size);
      int naming = 0;
      for (int i = 0; i < size; i++) {
        org.convene.rules.RegistrationRequest request = RulesFixture.request(participants[i], i);
        if (request.getTrackIds().contains(SeedEvent.READINESS) && (i / 108) % 3 == 0) {
          request = org.convene.rules.RegistrationRequest.forSessions(participants[i], request.getAttendance(),
              request.getInstant(), last);
          naming++;
        }
        r = r.register(request).getRegistrations();
      }
      sessionNamed = r;
      long registeredNaming = r.getRegistered().stream().filter(x -> x.getRequest().getSessionIds().contains(last)).count();
      Update u = r.withEvent(droppingLastReadiness(event));
      long removed = u.getChanges().stream().filter(c -> c.getKind() == org.convene.rules.Change.Kind.SELECTION_REMOVED).count();
      long promoted = u.getChanges().stream().filter(c -> c.getKind() == org.convene.rules.Change.Kind.PROMOTED).count();
      if (removed != naming || promoted != registeredNaming || removed + promoted != u.getChanges().size()) {
        throw new IllegalStateException("dropping the readiness track's last session gave " + removed + " SELECTION_REMOVED and "
            + promoted + " PROMOTED of " + u.getChanges().size() + " changes, not " + naming + " and " + registeredNaming);
      }
      System.out.println("dropNamedSession: " + r.getRegisteredCount() + " registered, " + r.getWaitingCount() + " waiting, "
          + removed + " SELECTION_REMOVED, " + promoted + " PROMOTED");
    }
    if (params.getBenchmark().endsWith("moveSessionToTrack")) {
      // half the requests name the readiness track's last session alone: moved to the training
      // track, they leave the readiness quota counters (nobody else waits there) and join the
      // training ones, which the other half fill: the later 3 registrations of each Member State
      // are reported over the quota, the waiting ones join the training queues
      String last = readinessLast(event);
      org.convene.rules.Registrations r = org.convene.rules.Registrations.empty(event);
      org.convene.Participant[] participants = RulesFixture.participants("p", size);
      for (int i = 0; i < size; i++) {
        org.convene.rules.RegistrationRequest request = RulesFixture.request(participants[i], i);
        if (request.getTrackIds().contains(SeedEvent.READINESS)) {
          request = org.convene.rules.RegistrationRequest.forSessions(participants[i], request.getAttendance(),
              request.getInstant(), last);
        }
        r = r.register(request).getRegistrations();
      }
      lastNamed = r;
      Session moved = null;
      List<Track> tracks = new ArrayList<>();
      for (Track t : event.getTracks()) {
        if (t.getId().equals(SeedEvent.READINESS)) {
          moved = t.getSessions().get(t.getSessions().size() - 1);
          tracks.add(t.withSessions(t.getSessions().subList(0, t.getSessions().size() - 1)));
        } else {
          tracks.add(t);
        }
      }
      for (int i = 0; i < tracks.size(); i++) {
        if (tracks.get(i).getId().equals(SeedEvent.TRAINING)) {
          List<Session> sessions = new ArrayList<>(tracks.get(i).getSessions());
          // half an hour later: after the training track's evaluation (16:00 to 16:30), which the
          // wrap-up would overlap, refusing every in-person training request (double booking)
          sessions.add(moved.withStart(moved.getStart().plusMinutes(30)).withEnd(moved.getEnd().map(end -> end.plusMinutes(30))));
          tracks.set(i, tracks.get(i).withSessions(sessions));
        }
      }
      movedToTraining = new Event.Builder().from(event).tracks(tracks).build();
      expect("moveSessionToTrack", lastNamed, lastNamed.withEvent(movedToTraining), org.convene.rules.Change.Kind.OVER_LIMIT,
          size >= 1000 ? 81 : -1);
    }
    List<Track> kept = new ArrayList<>(event.getTracks());
    kept.removeIf(t -> t.getId().equals(SeedEvent.READINESS));
    withoutTrack = new Event.Builder().from(event).tracks(kept).build();
    int naming = 0;
    for (int i = 0; i < size; i++) {
      naming += (i / 54) % 2 == 1 ? 1 : 0;
    }
    Update droppedTrack = registrations.withEvent(withoutTrack);
    if (droppedTrack.getChanges().size() != naming || droppedTrack.getChanges().stream()
        .anyMatch(c -> c.getKind() != org.convene.rules.Change.Kind.SELECTION_REMOVED)) {
      throw new IllegalStateException("dropping the readiness track reported " + droppedTrack.getChanges().size()
          + " changes, not " + naming + " SELECTION_REMOVED");
    }
    afterDrop = droppedTrack.getRegistrations();
    withoutTrackRetitled = new Event.Builder().from(withoutTrack).title(event.getTitle() + " (updated)").build();
    if (params.getBenchmark().endsWith("bringBackTrack")) {
      List<Track> back = new ArrayList<>();
      event.getTracks().forEach(t -> back.add(t.getId().equals(SeedEvent.READINESS) ? t.withTitle(t.getTitle() + " (back)") : t));
      readinessBack = new Event.Builder().from(event).tracks(back).build();
      Update u = afterDrop.withEvent(readinessBack);
      if (!u.getChanges().isEmpty() || !u.getRegistrations().getRegistered().equals(registrations.getRegistered())) {
        throw new IllegalStateException("bringing the readiness track back gave " + u.getChanges().size()
            + " changes, not 0, or other registrations than before the drop");
      }
      System.out.println("bringBackTrack: " + afterDrop.getRegisteredCount() + " registered, " + afterDrop.getWaitingCount()
          + " waiting, " + naming + " naming the readiness track, 0 changes");
    }
    withoutSession = new Event.Builder().from(event).tracks(dropped).build();
    priced = new Event.Builder().from(event).fee(new Fee.Builder().from(event.getFee())
        .addPrices(Price.of("standard", BigDecimal.valueOf(250), Currency.getInstance("EUR"))).build()).build();
    everyone = new Event.Builder().from(event).targetGroups(List.of()).build();
    TargetGroup group = event.getTargetGroups().get(0);
    Set<String> delegations = new LinkedHashSet<>(group.getFilter().getDelegations());
    delegations.remove(SeedEvent.MEMBER_STATES.get(0));
    narrowed = new Event.Builder().from(event)
        .targetGroups(List.of(group.withFilter(group.getFilter().withDelegations(delegations)))).build();
    state = registrations.getState();
    restored = Registrations.restore(state, List.of());
    int promoted = registrations.withEvent(raised).getRegistrations().getRegisteredCount()
        - registrations.getRegisteredCount();
    if (size >= 1000 && promoted != 54) {
      throw new IllegalStateException("raising the quota promoted " + promoted + ", not 54");
    }
    int over = registrations.withEvent(lowered).getChanges().size();
    if (size >= 1000 && over != 54) {
      throw new IllegalStateException("lowering the quota reported " + over + " changes, not 54");
    }
    for (Event e : List.of(retitled, withSession, withoutSession, movedSession, priced, everyone)) {
      if (!registrations.withEvent(e).getChanges().isEmpty()) {
        throw new IllegalStateException("a version that changes no counter reported changes");
      }
    }
    if (!restored.withEvent(retitled).getChanges().isEmpty()) {
      throw new IllegalStateException("a new title on the restored snapshot reported changes");
    }
    System.gc();
  }

  /** The id of the readiness track's last session. */
  private static String readinessLast(Event event) {
    for (Track t : event.getTracks()) {
      if (t.getId().equals(SeedEvent.READINESS)) {
        return t.getSessions().get(t.getSessions().size() - 1).getId();
      }
    }
    throw new IllegalStateException("no readiness track");
  }

  /** The event without the readiness track's last session. */
  private static Event droppingLastReadiness(Event event) {
    List<Track> tracks = new ArrayList<>();
    for (Track t : event.getTracks()) {
      tracks.add(t.getId().equals(SeedEvent.READINESS) ? t.withSessions(t.getSessions().subList(0, t.getSessions().size() - 1)) : t);
    }
    return new Event.Builder().from(event).tracks(tracks).build();
  }

  /** Checks that a version's changes are all of one kind, and as many as expected (-1: any number), and prints them. */
  private void expect(String name, Update update, org.convene.rules.Change.Kind kind, int expected) {
    expect(name, registrations, update, kind, expected);
  }

  /** {@link #expect(String, Update, org.convene.rules.Change.Kind, int)} of a version of another snapshot. */
  private static void expect(String name, Registrations from, Update update, org.convene.rules.Change.Kind kind,
      int expected) {
    if ((expected >= 0 && update.getChanges().size() != expected)
        || update.getChanges().stream().anyMatch(c -> c.getKind() != kind)) {
      throw new IllegalStateException(name + " gave " + update.getChanges().size() + " changes, not " + expected + " " + kind
          + ": " + update.getChanges().stream().collect(java.util.stream.Collectors.groupingBy(
              org.convene.rules.Change::getKind, java.util.stream.Collectors.counting())));
    }
    System.out.println(name + ": " + from.getRegisteredCount() + " registered, "
        + from.getWaitingCount() + " waiting, " + update.getChanges().size() + " " + kind);
  }

  /**
   * A version that raises the quota.
   *
   * @return the update
   */
  @Benchmark
  public Update raiseQuota() {
    return registrations.withEvent(raised);
  }

  /**
   * A version that lowers the quota.
   *
   * @return the update
   */
  @Benchmark
  public Update lowerQuota() {
    return registrations.withEvent(lowered);
  }

  /**
   * A version with a session added to a track.
   *
   * @return the update
   */
  @Benchmark
  public Update addSession() {
    return registrations.withEvent(withSession);
  }

  /**
   * A version with a session dropped from a track.
   *
   * @return the update
   */
  @Benchmark
  public Update dropSession() {
    return registrations.withEvent(withoutSession);
  }

  /**
   * A version with the last session of the readiness track, which half the requests name, an
   * hour later: it counts the same and overlaps nothing new.
   *
   * @return the update
   */
  @Benchmark
  public Update moveHeldSession() {
    return registrations.withEvent(movedSession);
  }

  /**
   * A version that moves the readiness track's last session, which half the requests name alone
   * (on its own snapshot), to the training track: those requests leave the readiness quota's
   * counters and join the training ones, whose holders and queues they are merged into; the later
   * 3 registrations of each Member State are reported over the quota.
   *
   * @return the update
   */
  @Benchmark
  public Update moveSessionToTrack() {
    return lastNamed.withEvent(movedToTraining);
  }

  /**
   * A version that gives the readiness track, which half the requests name, in-person places for
   * half its in-person holders: each of them and each waiting request naming it counts in the
   * new counter, and the later half of the holders are reported over it.
   *
   * @return the update
   */
  @Benchmark
  public Update limitHeldTrack() {
    return registrations.withEvent(limitedTrack);
  }

  /**
   * A version without the readiness track's last session, which every third of the readiness
   * requests names alone (on its own snapshot): each of those is reported, and those registered
   * leave the track's quota counters, whose freed places go to the next in line.
   *
   * @return the update
   */
  @Benchmark
  public Update dropNamedSession() {
    return sessionNamed.withEvent(withoutSession);
  }

  /**
   * A version whose per-Member-State quota counts the whole event instead of each track: its
   * counters go, the new ones are built in one walk (their holders in the order they were
   * accepted, their queues of every waiting request), and the later 3 of each Member State's 6
   * registrations are reported over the limit.
   *
   * @return the update
   */
  @Benchmark
  public Update rescopeQuota() {
    return registrations.withEvent(rescoped);
  }

  /**
   * A version whose quota counts per Member State and sector instead of per Member State: its
   * counters go, the new ones are built in one walk, and the earliest waiting request of each
   * Member State, sector and track with room is promoted.
   *
   * @return the update
   */
  @Benchmark
  public Update repartitionQuota() {
    return registrations.withEvent(repartitioned);
  }

  /**
   * A version whose unlimited quota counts per Member State and sector instead of per Member
   * State, on a snapshot where every request is registered: its counters go, and the new ones are
   * built from every registration, in the order they were accepted; nobody is reported.
   *
   * @return the update
   */
  @Benchmark
  public Update repartitionHeld() {
    return allHeld.withEvent(allHeldRepartitioned);
  }

  /**
   * A version with a second quota, at most 2 per Member State in the whole event: its counters are
   * built in one walk (their holders every registration, in the order they were accepted, their
   * queues every waiting request), and the later 4 of each Member State's 6 registrations are
   * reported over it.
   *
   * @return the update
   */
  @Benchmark
  public Update addQuota() {
    return registrations.withEvent(twoPerMemberState);
  }

  /**
   * That second quota removed again, on the snapshot moved to the version with it: its counters
   * go, and its waiting requests with room in every counter they still need would be promoted
   * (none: the seed's quota counters are full).
   *
   * @return the update
   */
  @Benchmark
  public Update removeQuota() {
    return withTwoQuotas.withEvent(registrations.getEvent());
  }

  /**
   * A version that gives the event in-person places for half its in-person registrations, where
   * it limited no in-person attendance: a new counter every in-person request counts in, its
   * holders and queue built in one walk, the later half of the holders reported over it.
   *
   * @return the update
   */
  @Benchmark
  public Update limitEvent() {
    return registrations.withEvent(limitedEvent);
  }

  /**
   * A version that removes the readiness track's in-person capacity, which its holders filled: the
   * counter and its queue go, and the track's waiting requests with room in every counter they
   * still need would be promoted, earliest first (none from 100k requests on: the quota is full).
   *
   * @return the update
   */
  @Benchmark
  public Update unlimitHeldTrack() {
    return trackFull.withEvent(registrations.getEvent());
  }

  /**
   * A version without the readiness track, which half the requests name.
   *
   * @return the update
   */
  @Benchmark
  public Update dropHeldTrack() {
    return registrations.withEvent(withoutTrack);
  }

  /**
   * A version with another title, after the version without the readiness track.
   *
   * @return the update
   */
  @Benchmark
  public Update retitleAfterDrop() {
    return afterDrop.withEvent(withoutTrackRetitled);
  }

  /**
   * A version with the readiness track back, retitled, after the version without it: the half of
   * the requests that name it join its counters and queues again.
   *
   * @return the update
   */
  @Benchmark
  public Update bringBackTrack() {
    return afterDrop.withEvent(readinessBack);
  }

  /**
   * A version with another title.
   *
   * @return the update
   */
  @Benchmark
  public Update retitle() {
    return registrations.withEvent(retitled);
  }

  /**
   * A version with a price for everyone, where the event was free.
   *
   * @return the update
   */
  @Benchmark
  public Update changeFee() {
    return registrations.withEvent(priced);
  }

  /**
   * A version without a target group.
   *
   * @return the update
   */
  @Benchmark
  public Update dropTargetGroup() {
    return registrations.withEvent(everyone);
  }

  /**
   * A version without a target group, on the snapshot whose capacities are full while most quota
   * counters have room.
   *
   * @return the update
   */
  @Benchmark
  public Update dropTargetGroupCapacityFull() {
    return capacityFull.withEvent(capacityFullEveryone);
  }

  /**
   * A version with another title, on the snapshot restored from its state.
   *
   * @return the update
   */
  @Benchmark
  public Update retitleRestored() {
    return restored.withEvent(retitled);
  }

  /**
   * The snapshot restored from its state.
   *
   * @return the snapshot
   */
  @Benchmark
  public Registrations restore() {
    return Registrations.restore(state, List.of());
  }

  /**
   * A version whose target group leaves out one Member State: every live request is read once,
   * and those of that Member State (1 in 27) are reported as no longer admitted.
   *
   * @return the update
   */
  @Benchmark
  public Update narrowTargetGroup() {
    return registrations.withEvent(narrowed);
  }
}
