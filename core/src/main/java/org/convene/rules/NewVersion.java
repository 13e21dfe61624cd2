package org.convene.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import org.convene.Attendance;
import org.convene.AttendanceMode;
import org.convene.Capacity;
import org.convene.Event;
import org.convene.Fee;
import org.convene.Participant;
import org.convene.ParticipantFilter;
import org.convene.Partition;
import org.convene.Quota;
import org.convene.QuotaScope;
import org.convene.RegistrationWindow;
import org.convene.ScopeLevel;
import org.convene.Session;
import org.convene.Track;
import org.convene.TravelPolicy;
import org.convene.TravelSlot;
import org.convene.internal.Canonical;
import org.convene.rules.internal.PersistentMap;
import org.convene.rules.internal.PersistentQueue;

/**
 * Moves a snapshot's live places onto a new version of its event ({@link Registrations#withEvent}).
 *
 * <p>In general ({@link #settle}) registrations are placed again in the order they were accepted,
 * over any lowered limit (each one past a limit reported), then waiting requests; freed travel
 * slots go to the earliest accepted, and the waiting requests the new version admits are
 * promoted, earliest first. That reads every live place. A request that names a track or
 * session the version drops is reported once, by that version ({@link #dropsNamed}): a later
 * version that lacks the id too does not report it again.
 *
 * <p>A version that keeps every counter ({@link #keepsCounters}: what no rule reads, other limits,
 * another window, other inputs of the rules that refuse and count nothing, added tracks and
 * sessions, held sessions moved in time, held tracks and sessions given a capacity or no longer
 * limited for an attendance, the event's capacity given or removed for one, dropped tracks and sessions,
 * quotas that count otherwise: another scope, partition or attendance, quotas added or removed
 * (matched by id, the others at their positions), sessions moved between
 * tracks or between a track and the plenary sessions, tracks and sessions an earlier version
 * dropped brought back),
 * on a settled snapshot without custom rules, keeps every counter, queue and place as it is
 * ({@link #keep}), but the counters and queues of the tracks and sessions it drops and of the
 * capacities it removes and of the quotas it repartitions or removes, which go, and the new counters it adds (a
 * capacity where there was none, an added track's or session's, the event's for an attendance it did
 * not limit, a repartitioned or added quota's), which one walk over the
 * live places builds ({@link #count}), and the counters a selection leaves or joins as a session
 * moves between tracks or as a track or session it names comes back ({@link Effect#shed}: its
 * places there freed; {@link Effect#gained}: merged into the counters held, by the same walk): the
 * registrations over a lowered or new limit are
 * the latest holders of the counters over it ({@link #overLimit}), and only the queues of the
 * counters whose limit rose are read, from their heads, as after a cancellation ({@link #raise}),
 * or, where a rule that refuses may now admit someone it refused, the waiting requests with room
 * in every counter they need ({@link #reconsider}). Where it drops a track or session that live
 * requests hold, or removes a capacity or a quota they count in, the waiting requests of the selections
 * that lost a counter, which may now be admitted, are those with room in every counter they
 * still need, found in the queues of the counters with room ({@link #withRoom}); one walk over
 * the live places (no one is placed again) finds the requests it reports, the waiting ones that
 * now need no counter, and those of the selections that lost an overlap, where there are any
 * ({@link Plan#walk}). It gives the same snapshot and changes as
 * {@link #settle}, because before it no waiting request is admitted and no registered participant
 * refused a travel slot has room in all their travel counters (every operation settles the
 * counters it frees, and {@link Restore} checks restored places), and such a version changes
 * that only for the requests in its raised counters' queues or in the queues of the counters a
 * selection leaves, for requests of a selection that lost a counter or an overlap or that names
 * an id back (waiting, it was refused only while the event lacked the id), or, where a rule
 * admits more, for requests with room.
 */
final class NewVersion {
  private NewVersion() {}

  /**
   * Places every live registration and waiting request again on the new version ({@link
   * NewVersion}): reports each request that names a track or session the version drops, once
   * ({@link #dropsNamed}).
   *
   * @param old the snapshot on the previous version
   * @param d an empty draft on the new version, its clock carried over
   * @param changes receives what the organiser must know
   */
  static void settle(Registrations old, Draft d, List<Change> changes) {
    List<Entry> registered = new ArrayList<>();
    old.entries.forEach((id, e) -> {
      if (e.state == Registration.State.REGISTERED) {
        registered.add(e);
      }
    });
    registered.sort(Comparator.comparingLong(e -> e.ticket));
    Map<CounterKey, Integer> limits = new HashMap<>();
    Map<Draft.Named, Boolean> drops = new HashMap<>();
    for (Entry e : registered) {
      if (dropsNamed(old.index, d.index, e.request, drops)) {
        changes.add(Registrations.change(Change.Kind.SELECTION_REMOVED, e));
      }
      Entry placed = e;
      int slot = e.travel == null ? -1 : d.index.slotOf(e.travel);
      if (e.travel != null && (slot < 0 || d.index.travelSlot(e.request) != slot)) {
        placed = new Entry(e.seq, e.ticket, e.request, Registration.State.REGISTERED, null);
        changes.add(Registrations.change(Change.Kind.TRAVEL_WITHDRAWN, placed));
      }
      d.place(placed);
      boolean over = false;
      for (CounterKey k : d.index.occupiedKeys(e.request)) {
        over |= d.count(k) > limits.computeIfAbsent(k, d.index::limitOf);
      }
      if (placed.travel != null) {
        for (CounterKey k : d.index.travelKeys(slot, e.request.getParticipant())) {
          over |= d.count(k) > d.index.travelLimit(k);
        }
      }
      if (over) {
        changes.add(Registrations.change(Change.Kind.OVER_LIMIT, placed));
      }
    }
    old.waiting.forEach(e -> {
      if (dropsNamed(old.index, d.index, e.request, drops)) {
        changes.add(Registrations.change(Change.Kind.SELECTION_REMOVED, e));
      }
      d.enqueueWaiting(e);
    });
    for (Entry e : registered) {
      Entry current = d.entries.get(e.id());
      int slot = d.index.travelSlot(e.request);
      if (current.travel == null && slot >= 0) {
        List<CounterKey> keys = d.index.travelKeys(slot, e.request.getParticipant());
        boolean room = true;
        for (CounterKey k : keys) {
          room &= d.count(k) < d.index.travelLimit(k);
        }
        if (room) {
          changes.add(Registrations.change(Change.Kind.TRAVEL_GRANTED, d.grantTravel(current, slot, keys)));
        }
      }
    }
    Settlement.promoteAll(d, changes);
  }

  /**
   * Whether a request names a track or session that the new version dropped and the old one had:
   * it is reported ({@link Change.Kind#SELECTION_REMOVED}) once, by the version that drops the id,
   * not again by later versions that lack it too. Remembers the answer per selection.
   */
  private static boolean dropsNamed(EventIndex before, EventIndex after, RegistrationRequest request,
      Map<Draft.Named, Boolean> known) {
    Draft.Named named = new Draft.Named(request);
    Boolean drops = known.get(named);
    if (drops == null) {
      List<String> gone = after.select(request, true).missing;
      drops = !before.select(request, true).missing.containsAll(gone);
      known.put(named, drops);
    }
    return drops;
  }

  /**
   * Tells whether a version keeps every counter each live place occupies but those of the tracks
   * and sessions it drops, its travel slot and every rule's answer but those of the limits, of
   * the rules that only refuse and of the dropped tracks and sessions, so that {@link #keep}
   * gives what {@link #settle} gives. The built-in rules read of a version its {@link
   * EventIndex.Inputs} and nothing else (the index is built from them alone, and a rule's context
   * does not expose the snapshot), so any other attribute of the event (its texts, dates, venue,
   * documents, organiser, URL, ...) may differ; the rules read the tracks and sessions through
   * what each request holds (its selection: the tracks and sessions it names, or the whole
   * event), so those are compared through the selections live requests name ({@link
   * Draft#selections}). Of the inputs, the versions may differ in
   *
   * <ul>
   *   <li>the registration window (it decides new requests only) and whether a waiting list is
   *       kept (it turns a full outcome into a rejection, never into an acceptance);
   *   <li>the values of limits that exist in both (quotas', capacities', travel slots' per
   *       partition), up or down;
   *   <li>the inputs of the rules that refuse and count nothing (attendance, eligibility, double
   *       booking, fee): they decide on no registration again, and on a waiting request only
   *       where it has room in every counter it needs. Where the new version refuses everyone
   *       the old one refused ({@link #refusesNoFewer}: another price, currency or category
   *       name, a waiver's description, a fee where there was none, target groups or fee
   *       categories narrowed, a target group where there was none, a narrower attendance mode,
   *       double booking forbidden), a waiting request refused before is refused still; else
   *       {@link #raise} reads the waiting requests with room ({@link #reconsider});
   *   <li>anything about the tracks and sessions that no live request holds: added, dropped,
   *       moved, limited;
   *   <li>in a live request's selection, a track's or session's texts (the rules read a track's
   *       id, sessions and capacity, a session's id, start, end and capacity); added tracks and
   *       sessions that occupy no counter (no capacity of their own, no quota that covers them):
   *       they can only add an overlap, so they can refuse a waiting request, never admit one;
   *       held sessions moved in time: they count the same, and a selection may come to overlap
   *       (whom that refuses {@link NoLongerAdmitted} reports on either path; a waiting request
   *       refused stays refused) or no longer (a waiting request of it may now be admitted:
   *       {@link Effect#mayAdmit});
   *       tracks and sessions it no longer holds (where they counted it, see the last item); and tracks and
   *       sessions the version drops from the event, named or held: their counters go with them
   *       (a counter of a dropped track or session counts nobody under the new version), every
   *       other counter a place occupies stays, a request that names a dropped id is reported
   *       once and, waiting, not promoted while the version lacks the id, and a waiting request
   *       that holds fewer counters or sessions than before may now be admitted ({@link Effect});
   *       and capacities removed, for an attendance, from tracks and sessions the version keeps,
   *       or from the event ({@link Plan#unlimited}): their counters go as a dropped track's do,
   *       nobody loses a place, and the waiting requests of the selections that counted in them
   *       are evaluated, in line order, where they have room in every counter they still need;
   *   <li>in a live request's selection, new counters that no live request held (for counters
   *       held by others that a selection joins, see the last item): a capacity for
   *       an attendance a held track or session did not limit, or the event did not (a counter
   *       every request of that attendance counts in, whatever its selection), an added track or
   *       session with a capacity or under a quota. Its holders, taken in the order they were accepted, and
   *       its queue, the waiting requests that now need it in line order, are built by one walk
   *       over the live places ({@link #count}); those past its limit are reported as over a
   *       lowered one ({@link #overLimit}). The new counter alone admits no waiting request (it
   *       needs more than before); one the same version also lets in (a raised limit, a lost
   *       counter or overlap) is evaluated after the new counters are built;
   *   <li>a quota's scope, partition or attendance, its id and position kept (a repartition,
   *       {@link Plan#repartitioned}: "per Member State" made "per organisation", each track made
   *       the whole event): every counter of the old quota goes, as a dropped track's, and the
   *       new quota's counters are new counters, as above, built by one walk (their holders in
   *       the order they were accepted, those past the limit reported; their queues in line
   *       order). A waiting request that lost a counter of the old quota may now be admitted:
   *       where it needs a counter of the new one, it is in that counter's queue, and the new
   *       counters with room are settled as after a cancellation, from their queues' heads, each
   *       until it is full again ({@link #raise}); where it needs none, it is evaluated where it
   *       has room in every counter it still needs;
   *   <li>quotas added or removed, matched by id ({@link Plan#addedQuotas}, {@link
   *       Plan#removedQuotas}), every quota both versions have at the same position (an added one
   *       after the others, or where a removed one was; the last removed, or one replaced): an
   *       added quota's counters are new counters, as above, built by one walk (their holders in
   *       the order they were accepted, those past the limit reported as placing everyone again
   *       reports them; their queues in line order), and, as a new capacity's, admit no one; a
   *       removed quota's counters go, as a removed capacity's, and the waiting requests that
   *       counted in them are evaluated, in line order, where they have room in every counter
   *       they still need. No quota id is held anywhere but in the index: the rule ids of the
   *       outcomes ({@code quota:<id>}) are read from the new version's, and the outcomes cached
   *       per counter are the new index's ({@link EventIndex#limitOutcomes}); the partition memo
   *       makes a quota's keys from its position, target and partition value alone;
   *   <li>a session moved to another track, out of its track to the plenary sessions, or from
   *       them into a track, so that a selection newly touches a track or newly holds a session
   *       that counts, of the old version, whose counters may hold other selections' requests,
   *       and no longer touches or holds others: it leaves the counters that no longer count it
   *       ({@link Effect#shed}: a registration's place is freed, settled as after a
   *       cancellation, from the queues' heads; a waiting request leaves their queues and may now
   *       be admitted, evaluated where it has room in every counter it still needs) and joins
   *       the ones it now counts in ({@link Effect#gained}: built by the walk that builds a new
   *       counter, and merged into the counter the snapshot holds, its holders in the order they
   *       were accepted, those past the limit reported, its queue in line order);
   *   <li>a track or session that a live request names and an earlier version dropped, brought
   *       back (as it was or otherwise): the selection touches that track or holds that session
   *       again, so it joins its counters, new ones where no live request holds them (the
   *       returned track's or session's capacity, a quota of it) or ones the snapshot holds (the
   *       track of a returned session, which others touch), built and merged as a moved session's
   *       ({@link Effect#gained}): its registrations are counted in the order they were accepted,
   *       those past a limit reported, nobody reported for the id ({@link #dropsNamed}: it is no
   *       longer missing), and its waiting requests join the queues in line order. A waiting
   *       request of it that now lacks no id was refused only for the missing id while it had
   *       room, so may now be admitted ({@link Effect#mayAdmit}): evaluated, in line order, where
   *       it has room in every counter it needs, found in the queues of the counters with room,
   *       or by the walk where it needs none; one that still lacks an id waits on.
   * </ul>
   *
   * <p>Every other input must be equal: quotas but their limits, scopes, partitions and
   * attendances, and but those added or removed (the ids both versions have at the same
   * positions: a counter's key holds its quota's position, {@link CounterKey#index}), the event's capacity but its
   * limits and the attendances it limits (one it no longer limits: its counter goes; one it newly
   * limits: a new counter, as above), the travel policy but its limits; in each live selection,
   * every counter it occupied stays, but those of dropped tracks and sessions and removed
   * capacities, and those a selection no longer touches or holds (it named only dropped sessions
   * of a track that stays, or a session moved out of a track: {@link Effect#shed}; its
   * registrations leave these counters, which frees their places, settled as after a
   * cancellation, and its waiting requests leave their queues). So a version that keeps these
   * inputs keeps the counters whatever it does to the tracks and sessions: {@link #settle} remains
   * for the others (a changed travel category, quotas reordered, or one removed before another
   * that stays, which moves that one's counters to other keys), for custom rules and for places
   * that are not settled.
   *
   * <p>Cost: O(size of the event) plus, per selection live requests name, O(its sessions and the
   * counters it occupies); not the number of requests. (Moving the snapshot, {@link #keep}, then
   * costs more where the version gains counters, reports requests or may admit some: a walk over
   * the waiting list, and over the registrations of the selections it touches (the holders of the
   * counters they counted in, or every place where one counted in none), sorted in the order they
   * were accepted: O(m log m) in the m requests it reads, a repartitioned quota's every holder and
   * waiting request among them, as an added one's.)
   */
  static boolean keepsCounters(Registrations old, EventIndex after) {
    return plan(old, after) != null;
  }

  /** {@link #keepsCounters(Registrations, EventIndex)} of an event version, for the tests. */
  static boolean keepsCounters(Registrations old, Event next) {
    return keepsCounters(old, new EventIndex(next, old.index.customRules, old.index.partitionMemo));
  }

  /** What a version that keeps the counters does to the requests of one selection ({@link #plan}). */
  static final class Effect {
    /** The selection names an id the version dropped and the old one had: its requests are reported. */
    boolean reported;
    /**
     * By attendance: its requests occupied counters, each of a dropped track or session, and now
     * none, so a waiting one moves to the requests that need no counter.
     */
    final boolean[] keyless = new boolean[Attendance.values().length];
    /**
     * By attendance: its requests occupied no counter, and now occupy new ones ({@link #gained}),
     * so a waiting one leaves the requests that need no counter.
     */
    final boolean[] keyed = new boolean[Attendance.values().length];
    /** By attendance: its requests now occupy no counter (a waiting one is in no counter's queue). */
    final boolean[] counterless = new boolean[Attendance.values().length];
    /**
     * By attendance, the counters its requests now count in and did not: new ones (a capacity
     * where there was none, a new track's or session's) or ones the snapshot holds, which may hold
     * other selections' requests (a track newly touched, a session newly held: {@link #count}
     * merges them); a quota's without the partition value, which each request's participant
     * completes.
     */
    final List<List<CounterKey>> gained = new ArrayList<>(Attendance.values().length);
    /**
     * By attendance: among the new counters, a repartitioned quota's ({@link Plan#repartitioned}),
     * whose queue its waiting requests are then in: those with room are settled from the queues
     * of the new counters with room, not evaluated one by one as the others that may be admitted.
     */
    final boolean[] requeued = new boolean[Attendance.values().length];
    /**
     * By attendance, the counters the version keeps that no longer count its requests (a quota's
     * without the partition value): it named the only sessions of a track that it dropped, while
     * the track stays and counts (its requests are reported), or a session it holds moved to
     * another track or out of one. Its requests leave them: their registrations no longer hold a
     * place there, which frees it, and their waiting requests leave the queues.
     */
    final List<List<CounterKey>> shed = new ArrayList<>(Attendance.values().length);

    Effect() {
      for (int i = 0; i < Attendance.values().length; i++) {
        shed.add(new ArrayList<>(1));
      }
    }
    /**
     * It names no id the version lacks and left a counter it held (dropped, removed or no longer
     * counting it, whatever it joins), no longer holds two sessions that overlap, or names an id
     * the old version lacked (brought back): a waiting request of it that needed such a counter,
     * that double booking refused, or that the missing id held back, may now be admitted.
     */
    boolean mayAdmit;
  }

  /** What a version that keeps the counters does: the tracks and sessions it drops, and to whom. */
  static final class Plan {
    /** The ids of the old version's tracks and sessions the new one lacks: their counters go. */
    final Set<String> goneTracks = new HashSet<>();
    final Set<String> goneSessions = new HashSet<>();
    /**
     * The capacity counters the new version no longer has though it keeps what they limited: a
     * track's, a session's or the event's capacity for an attendance it no longer limits. They go
     * as a dropped track's do: their holders count in nothing there any more.
     */
    final Set<CounterKey> unlimited = new HashSet<>();
    /**
     * The positions of the quotas whose scope, partition or attendance the new version changed
     * (a repartition): every counter of theirs goes, as a dropped track's, and the counters the new
     * version gives them are new counters ({@link Effect#gained}), built by one walk ({@link
     * #count}). Their holders past the limit are reported, and the waiting requests that lost a
     * counter of theirs may be admitted: the new counters with room are then settled as freed
     * ({@link #raise}), from their queues' heads, each until it is full again.
     */
    final Set<Integer> repartitioned = new HashSet<>();
    /**
     * The positions, in the new version, of the quotas whose id the old one lacks: their counters
     * are new counters ({@link Effect#gained}), built by one walk ({@link #count}), their holders
     * past the limit reported. As a new capacity, they admit no waiting request.
     */
    final Set<Integer> addedQuotas = new HashSet<>();
    /**
     * The positions, in the old version, of the quotas whose id the new one lacks: their counters
     * go, as a removed capacity's ({@link #unlimited}), and the waiting requests that counted in
     * them may now be admitted, evaluated where they have room in every counter they still need.
     */
    final Set<Integer> removedQuotas = new HashSet<>();
    /** The selections whose requests a walk must find: those with an {@link Effect}. */
    final Map<Draft.Named, Effect> effects = new HashMap<>();
    /**
     * The selections that name an id the new version lacks: their waiting requests are not
     * promoted while the version lacks the id (one that brings it back evaluates them where they
     * have room: {@link Effect#mayAdmit}).
     */
    final Set<Draft.Named> missingNamed = new HashSet<>();
    /** Whether a selection is {@linkplain Effect#reported reported}. */
    boolean reported;
    /**
     * Whether a selection's requests count in counters they did not ({@link Effect#gained}: new
     * ones, or held ones they join).
     */
    boolean gains;
    /** Whether a selection {@linkplain Effect#mayAdmit may now be admitted} ({@link #withRoom} then reads the queues). */
    boolean mayAdmit;
    /** Whether a selection's requests leave counters the version keeps ({@link Effect#shed}). */
    boolean sheds;
    /** The counters some selection's requests leave ({@link Effect#shed}), without partition values. */
    final Set<CounterKey> shedKeys = new HashSet<>();
    /**
     * For each selection and attendance that gains counters, one counter it counted in before
     * (a quota's without the partition value): its registrations are holders of such a counter.
     * Null where one counted in none: then every registration is read.
     */
    Set<CounterKey> countedIn = new HashSet<>();
    /** The new counters {@link #keep} built: none of them was raised ({@link #raise}). */
    final Set<CounterKey> newCounters = new HashSet<>();
    /**
     * Whether each reported selection held, whatever the attendance, a counter of a dropped
     * track or session: the registrations reported are then holders of the dropped counters.
     */
    boolean reportedHeldGone = true;
    /**
     * Whether {@link #keep} walks the waiting list: a selection is reported, needs no counter now,
     * gains or leaves counters, or lost an overlap (its waiting requests that need no counter may
     * now be admitted). Either way, the waiting requests that may now be admitted and still need a
     * counter are those with room in every counter they still need, found in the queues of the
     * counters with room ({@link #withRoom}): none where those are full; the walk adds those that
     * need none.
     */
    boolean walk;
  }

  /**
   * What a version does to a snapshot's requests if it keeps the counters ({@link #keepsCounters}),
   * else null: the quotas it repartitions, adds or removes, matched by id ({@link #matchQuotas}),
   * the tracks, sessions and capacities it drops, and each selection's {@link Effect}.
   */
  static Plan plan(Registrations old, EventIndex after) {
    EventIndex before = old.index;
    // the event's capacity is not part of the shape: it may lose an attendance (its counter goes)
    // or gain one (a new counter every selection counts in for that attendance: effect notes it)
    Plan plan = new Plan();
    if (!shape(before.inputs).equals(shape(after.inputs))
        || !matchQuotas(before.inputs.quotas(), after.inputs.quotas(), plan)) {
      return null;
    }
    noteUnlimited(CounterKey.Kind.EVENT_CAPACITY, "", before.inputs.capacity(), after.inputs.capacity(), plan);
    for (Track t : before.inputs.tracks()) {
      Track kept = after.track(t.getId());
      if (kept == null) {
        plan.goneTracks.add(t.getId());
      } else {
        noteUnlimited(CounterKey.Kind.TRACK_CAPACITY, t.getId(), t.getCapacity(), kept.getCapacity(), plan);
      }
      t.getSessions().forEach(session -> noteGone(after, session, plan));
    }
    before.inputs.plenarySessions().forEach(session -> noteGone(after, session, plan));
    boolean[] keeps = {true};
    old.selections.forEach((named, n) -> keeps[0] = keeps[0] && effect(before, after, named, plan));
    return keeps[0] ? plan : null;
  }

  private static void noteGone(EventIndex after, Session s, Plan plan) {
    Session kept = after.session(s.getId());
    if (kept == null) {
      plan.goneSessions.add(s.getId());
    } else {
      noteUnlimited(CounterKey.Kind.SESSION_CAPACITY, s.getId(), s.getCapacity(), kept.getCapacity(), plan);
    }
  }

  /** Notes the capacity counters of a kept track, session or event whose attendance is no longer limited. */
  private static void noteUnlimited(CounterKey.Kind kind, String target, Capacity before, Capacity after, Plan plan) {
    for (Attendance a : Attendance.values()) {
      if (before.limitFor(a).isPresent() && after.limitFor(a).isEmpty()) {
        plan.unlimited.add(new CounterKey(kind, a.ordinal(), target, List.of()));
      }
    }
  }

  /**
   * Whether what one selection holds keeps its counters (but those of dropped tracks and
   * sessions, new ones no live request held, and those it leaves or joins as a session moves
   * between tracks) and every answer but the limits' and those that admit more; if so, notes its
   * {@link Effect} in the plan where it has one.
   */
  private static boolean effect(EventIndex before, EventIndex after, Draft.Named named, Plan plan) {
    EventIndex.Selection a = before.select(named.trackIds, named.sessionIds, true);
    EventIndex.Selection b = after.select(named.trackIds, named.sessionIds, true);
    // an id an earlier version dropped is back: the selection touches that track or holds that
    // session again, so it joins its counters (new ones, or held ones: Effect#gained, as a session
    // moved into a track), and a waiting request of it that lacks no id now may be admitted
    boolean back = !b.missing.containsAll(a.missing);
    // a track of the old version newly touched, or a session of it newly held that counts (a session
    // moved between tracks): the selection joins counters that may hold others (Effect#gained, merged
    // by count), and leaves those that no longer count it (Effect#shed)
    Effect f = new Effect();
    f.reported = !a.missing.containsAll(b.missing);
    boolean lost = false;
    boolean lostEvery = true;
    boolean keyless = false;
    boolean gains = false;
    for (Attendance attendance : Attendance.values()) {
      List<CounterKey> was = counters(before.occupancy(a, attendance));
      List<CounterKey> is = counters(after.occupancy(b, attendance));
      Set<CounterKey> wasSet = new HashSet<>(was);
      Set<CounterKey> isSet = new HashSet<>(is);
      boolean lostOne = false;
      for (CounterKey k : was) {
        // a repartitioned or removed quota's counter goes even where the new version has the same key
        if (!isSet.contains(k) || quotaGone(plan, k)) {
          if (!gone(before, k, plan)) {
            // a counter the version keeps no longer counts the request: it named the only sessions
            // of a track that stays and counts, or a session it holds moved to another track or out
            // of one; its requests leave the counter, and a waiting one may now be admitted
            f.shed.get(attendance.ordinal()).add(k);
            plan.sheds = true;
            plan.shedKeys.add(k);
            lost = true;
            continue;
          }
          lostOne = true;
        }
      }
      List<CounterKey> gained = new ArrayList<>();
      boolean requeued = false;
      for (CounterKey k : is) {
        if (!wasSet.contains(k) || quotaNew(plan, k)) {
          // a new counter: of a capacity where there was none, of a new track or session, of a
          // repartitioned quota, or of an added one (which, as a new capacity, admits no one)
          gained.add(k);
          requeued |= repartitioned(plan, k);
        }
      }
      f.requeued[attendance.ordinal()] = requeued;
      if (!gained.isEmpty() && plan.countedIn != null) {
        plan.countedIn = was.isEmpty() ? null : plan.countedIn;
        if (plan.countedIn != null) {
          plan.countedIn.add(was.get(0));
        }
      }
      f.keyless[attendance.ordinal()] = !was.isEmpty() && is.isEmpty();
      f.counterless[attendance.ordinal()] = is.isEmpty();
      f.keyed[attendance.ordinal()] = was.isEmpty() && !is.isEmpty();
      f.gained.add(gained);
      keyless |= f.keyless[attendance.ordinal()];
      gains |= !gained.isEmpty();
      lost |= lostOne;
      lostEvery &= lostOne;
    }
    plan.reportedHeldGone &= !f.reported || lostEvery;
    if (!b.missing.isEmpty()) {
      plan.missingNamed.add(named);
    } else {
      boolean overlapLost = !a.doubleBooking().isPassed() && b.doubleBooking().isPassed();
      f.mayAdmit = lost || overlapLost || back;
      // one that lost counters only: its waiting requests with room are in the queues of the counters
      // with room; the walk finds those that need none
      plan.walk |= overlapLost || back;
    }
    boolean sheds = false;
    for (List<CounterKey> shed : f.shed) {
      sheds |= !shed.isEmpty();
    }
    if (f.reported || f.mayAdmit || keyless || gains || sheds) {
      plan.effects.put(named, f);
      plan.reported |= f.reported;
      plan.gains |= gains;
      plan.mayAdmit |= f.mayAdmit;
      // its waiting requests that leave counters are found by the walk
      plan.walk |= f.reported || keyless || gains || sheds;
    }
    return true;
  }

  /**
   * Notes the quotas, matched by id, that the new version repartitions ({@link
   * Plan#repartitioned}), adds ({@link Plan#addedQuotas}) or removes ({@link Plan#removedQuotas});
   * false where a quota both versions have is at another position (a counter's key holds its
   * quota's position, {@link CounterKey#index}: its counters would all change keys) or differs
   * in more than its limit, texts and counting. Where an id repeats in either version (an event
   * not validated may have that), the quotas are matched by position, as many in both and each
   * with the id it had: nothing is added or removed.
   */
  private static boolean matchQuotas(List<Quota> before, List<Quota> after, Plan plan) {
    Map<String, Integer> was = new HashMap<>();
    boolean repeated = false;
    for (int q = 0; q < before.size(); q++) {
      repeated |= was.put(before.get(q).getId(), q) != null;
    }
    Set<String> is = new HashSet<>();
    for (Quota quota : after) {
      repeated |= !is.add(quota.getId());
    }
    if (repeated) {
      if (before.size() != after.size()) {
        return false;
      }
      for (int q = 0; q < after.size(); q++) {
        if (!before.get(q).getId().equals(after.get(q).getId())) {
          return false;
        }
        if (!countsAlike(before.get(q), after.get(q))) {
          plan.repartitioned.add(q);
        }
      }
      return true;
    }
    for (int q = 0; q < after.size(); q++) {
      Quota quota = after.get(q);
      Integer p = was.get(quota.getId());
      if (p == null) {
        plan.addedQuotas.add(q);
      } else if (p != q || !counting(before.get(q)).equals(counting(quota))) {
        // counting keeps only the id today: the second test guards what a quota may come to have
        return false;
      } else if (!countsAlike(before.get(q), quota)) {
        plan.repartitioned.add(q);
      }
    }
    for (int q = 0; q < before.size(); q++) {
      if (!is.contains(before.get(q).getId())) {
        plan.removedQuotas.add(q);
      }
    }
    return true;
  }

  /** Whether a counter is a repartitioned quota's ({@link Plan#repartitioned}). */
  private static boolean repartitioned(Plan plan, CounterKey k) {
    return k.kind() == CounterKey.Kind.QUOTA && plan.repartitioned.contains(k.index());
  }

  /**
   * Whether a counter of the old version goes with every other of its quota: a repartitioned
   * quota's or a removed one's ({@link Plan#removedQuotas}), even where the new version has a key
   * equal to it (a repartitioned quota's, or an added quota's at the removed one's position).
   */
  private static boolean quotaGone(Plan plan, CounterKey k) {
    return repartitioned(plan, k) || (k.kind() == CounterKey.Kind.QUOTA && plan.removedQuotas.contains(k.index()));
  }

  /** Whether a counter of the new version is new with every other of its quota: a repartitioned or added quota's. */
  private static boolean quotaNew(Plan plan, CounterKey k) {
    return repartitioned(plan, k) || (k.kind() == CounterKey.Kind.QUOTA && plan.addedQuotas.contains(k.index()));
  }

  /**
   * The counters an occupancy names, whoever asks: its capacities, and for each quota a key per
   * target without a partition value (a quota whose partition changed is
   * {@linkplain Plan#repartitioned repartitioned}: every counter of it is new, whatever its key).
   */
  private static List<CounterKey> counters(EventIndex.Occupancy o) {
    List<CounterKey> keys = new ArrayList<>(o.capacityList);
    for (int i = 0; i < o.quotas.length; i++) {
      for (String target : o.targets.get(i)) {
        keys.add(new CounterKey(CounterKey.Kind.QUOTA, o.quotas[i], target, List.of()));
      }
    }
    return keys;
  }

  /**
   * The keys of the counters a request newly counts in ({@link Effect#gained}: new ones, or held
   * ones it joins): a quota's for each
   * partition value its participant counts in.
   */
  private static List<CounterKey> gained(EventIndex after, List<CounterKey> gained, RegistrationRequest request) {
    boolean quota = false;
    for (CounterKey k : gained) {
      quota |= k.kind() == CounterKey.Kind.QUOTA;
    }
    if (!quota) {
      return gained; // capacities: the same keys whoever asks
    }
    List<CounterKey> keys = new ArrayList<>(gained.size());
    for (CounterKey k : gained) {
      if (k.kind() != CounterKey.Kind.QUOTA) {
        keys.add(k);
      } else {
        for (List<PartitionValue> v : EventIndex.partitionValues(after.quotaPartition(k.index()), request.getParticipant())) {
          keys.add(new CounterKey(CounterKey.Kind.QUOTA, k.index(), k.target(), v));
        }
      }
    }
    return keys;
  }

  /**
   * The keys of the new counters requests count in ({@link #gained}), made once per list of new
   * counters and participant profile (the attributes their quotas' partitions read), not once per
   * request: the seed's million waiting requests, per Member State and sector, make 108. Lives for
   * one {@link #keep}.
   */
  private static final class GainedKeys {
    private final EventIndex after;
    private final Map<List<CounterKey>, Map<List<Object>, List<CounterKey>>> made = new java.util.IdentityHashMap<>();

    GainedKeys(EventIndex after) {
      this.after = after;
    }

    List<CounterKey> of(List<CounterKey> gained, RegistrationRequest request) {
      List<Object> profile = null;
      for (CounterKey k : gained) {
        if (k.kind() == CounterKey.Kind.QUOTA) {
          if (profile == null) {
            profile = new ArrayList<>(4);
          }
          Participant p = request.getParticipant();
          for (org.convene.PartitionKey key : after.quotaPartition(k.index()).getKeys()) {
            profile.add(key == org.convene.PartitionKey.ROLE ? p.getRoles() : EventIndex.single(key, p));
          }
        }
      }
      if (profile == null) {
        return gained; // capacities: the same keys whoever asks
      }
      Map<List<Object>, List<CounterKey>> byProfile = made.computeIfAbsent(gained, g -> new HashMap<>());
      List<CounterKey> keys = byProfile.get(profile);
      if (keys == null) {
        keys = gained(after, gained, request);
        byProfile.put(profile, keys);
      }
      return keys;
    }
  }

  /**
   * Whether a counter goes: it is of a track or session the new version dropped, or of a capacity
   * it no longer has ({@link Plan#unlimited}).
   */
  private static boolean gone(EventIndex before, CounterKey k, Plan plan) {
    if (plan.unlimited.contains(k) || quotaGone(plan, k)) {
      return true;
    }
    switch (k.kind()) {
      case TRACK_CAPACITY:
        return plan.goneTracks.contains(k.target());
      case SESSION_CAPACITY:
        return plan.goneSessions.contains(k.target());
      case QUOTA: {
        ScopeLevel level = before.inputs.quotas().get(k.index()).getScope().getLevel();
        return level == ScopeLevel.TRACK ? plan.goneTracks.contains(k.target())
            : level == ScopeLevel.SESSION && plan.goneSessions.contains(k.target());
      }
      default:
        return false;
    }
  }

  /**
   * Moves a snapshot to a version that keeps the counters ({@link #keepsCounters}), from its
   * places, counters and queues, with what {@link #settle} gives: the draft holds the snapshot's
   * places, counters and queues with the new version's index. The counters and waiting queues of
   * the dropped tracks and sessions and of the removed capacities go, and requests leave the
   * counters that no longer count them ({@link #shed}: places freed, waiting requests out of the
   * queues); the waiting requests of selections that lost counters with room in every counter
   * they still need are read from the queues of the counters with room ({@link #withRoom}), and,
   * where it reports a selection, makes one need no counter, gains or leaves counters or ends an
   * overlap ({@link Plan#walk}), one walk over the live places finds the requests of the
   * selections it changes, and no one is placed again; where requests newly count in counters,
   * new or held, one walk builds them and merges them into those held ({@link #count}). Then
   * {@link #overLimit} and {@link #raise}.
   */
  static void keep(Registrations old, Draft d, List<Change> changes) {
    Plan plan = plan(old, d.index);
    if (plan == null) {
      throw new IllegalStateException("the version of event \"" + d.index.eventId + "\" does not keep the counters");
    }
    EventIndex before = old.index;

    List<Count> goneCounts = new ArrayList<>();
    if (!plan.goneTracks.isEmpty() || !plan.goneSessions.isEmpty() || !plan.unlimited.isEmpty()
        || !plan.repartitioned.isEmpty() || !plan.removedQuotas.isEmpty()) {
      old.counts.forEach((k, c) -> {
        if (gone(before, k, plan)) {
          d.counts = d.counts.remove(k);
          goneCounts.add(c);
        }
      });
      old.waitingByKey.forEach((k, q) -> {
        if (gone(before, k, plan)) {
          d.waitingByKey = d.waitingByKey.remove(k);
        }
      });
    }
    List<Entry> reported = new ArrayList<>();
    List<Entry> reportedWaiting = new ArrayList<>();
    List<Entry> keyless = new ArrayList<>();
    // the waiting requests that may now be admitted, by place in line
    TreeMap<Long, Entry> mayAdmit = new TreeMap<>();
    // the queues of the new counters (count), and the waiting requests that needed no counter before
    Map<CounterKey, List<Entry>> queues = new HashMap<>();
    List<Entry> keyed = new ArrayList<>();
    GainedKeys made = new GainedKeys(d.index);
    if (!plan.effects.isEmpty()) {
      if (plan.reported && old.registeredCount > 0) {
        if (plan.reportedHeldGone) {
          // each is a holder of a dropped counter, maybe of several: read them, not every place
          goneCounts.forEach(c -> c.holders.forEach(e -> {
            Effect f = plan.effects.get(new Draft.Named(e.request));
            if (f != null && f.reported) {
              reported.add(e);
            }
          }));
        } else {
          old.entries.forEach((id, e) -> {
            if (e.state == Registration.State.REGISTERED) {
              Effect f = plan.effects.get(new Draft.Named(e.request));
              if (f != null && f.reported) {
                reported.add(e);
              }
            }
          });
        }
        // a holder of several dropped counters once, as the snapshot holds it
        onceEach(reported, d.entries);
      }
      if (plan.walk) {
        old.waiting.forEach(e -> {
          Effect f = plan.effects.get(new Draft.Named(e.request));
          if (f != null) {
            if (f.reported) {
              reportedWaiting.add(e);
            }
            if (f.keyless[e.request.getAttendance().ordinal()]) {
              keyless.add(e);
            }
            if (f.mayAdmit && f.counterless[e.request.getAttendance().ordinal()]) {
              // in no queue: withRoom below finds those that need a counter
              mayAdmit.put(e.seq, e);
            }
            List<CounterKey> gained = f.gained.get(e.request.getAttendance().ordinal());
            if (!gained.isEmpty()) {
              for (CounterKey k : made.of(gained, e.request)) {
                queues.computeIfAbsent(k, key -> new ArrayList<>()).add(e);
              }
              if (f.keyed[e.request.getAttendance().ordinal()]) {
                keyed.add(e);
              }
            }
          }
        });
      }
    }
    if (plan.sheds) {
      shed(old, d, plan);
    }
    if (!keyless.isEmpty()) {
      d.waitingKeyless = merged(old.waitingKeyless, keyless);
    }
    if (plan.gains) {
      count(old, d, plan, queues, keyed, made);
    }
    if (plan.mayAdmit) {
      // those that need a counter and have room in every one they need, in the queues of the
      // counters with room, as they are now; those in a repartitioned quota's new counters'
      // queues (Effect#requeued) are settled from there
      withRoom(d, e -> {
        Effect f = plan.effects.get(new Draft.Named(e.request));
        return f != null && f.mayAdmit && !f.requeued[e.request.getAttendance().ordinal()];
      }, mayAdmit);
    }
    overLimit(d, reported, changes);
    reportedWaiting.forEach(e -> changes.add(Registrations.change(Change.Kind.SELECTION_REMOVED, e)));
    raise(old, d, changes, plan, new ArrayList<>(mayAdmit.values()));
  }

  /**
   * Takes the requests out of the counters the version keeps that no longer count them ({@link
   * Effect#shed}): as placing everyone again places them without these counters. A registration's
   * place there is freed (settled by {@link #raise} as after a cancellation, from the queues'
   * heads); the registrations are read from those counters' holders, the waiting requests, which
   * leave the queues, from those counters' queues.
   */
  private static void shed(Registrations old, Draft d, Plan plan) {
    old.counts.forEach((k, c) -> {
      CounterKey shed = k.withoutPartitionValues();
      if (plan.shedKeys.contains(shed)) {
        boolean[] freed = {false};
        c.holders.forEach(e -> {
          if (sheds(plan, e, shed)) {
            d.add(List.of(k), e, -1);
            freed[0] = true;
          }
        });
        if (freed[0]) {
          d.freed.add(k);
        }
      }
    });
    old.waitingByKey.forEach((k, q) -> {
      CounterKey shed = k.withoutPartitionValues();
      if (plan.shedKeys.contains(shed)) {
        List<Entry> kept = new ArrayList<>();
        q.forEach(e -> {
          if (!sheds(plan, e, shed)) {
            kept.add(e);
          }
        });
        if (kept.size() < q.size()) {
          d.waitingByKey = kept.isEmpty() ? d.waitingByKey.remove(k)
              : d.waitingByKey.put(k, PersistentQueue.ofSorted(e -> e.seq, kept));
        }
      }
    });
  }

  /** Whether a request leaves a counter ({@link Effect#shed}; the key without partition values). */
  private static boolean sheds(Plan plan, Entry e, CounterKey shed) {
    Effect f = plan.effects.get(new Draft.Named(e.request));
    return f != null && f.shed.get(e.request.getAttendance().ordinal()).contains(shed);
  }

  /**
   * Builds the counters requests newly count in, of a version that keeps the others ({@link
   * Effect#gained}: new counters, or the part a held counter gains, merged into it) in one walk
   * over the live places: their holders, the registrations of the selections that count in them,
   * in the order they were accepted (as placing everyone again counts them, so that {@link
   * #overLimit} reports those past a limit as it does), and their queues, the waiting requests of
   * those selections in line order ({@code queues}, found by {@link #keep}'s walk over the waiting
   * list; those that needed no counter before, {@code keyed}, no longer wait as such). A counter
   * the snapshot holds (a track newly touched, a session newly held) is joined: these are merged
   * into its holders and queue, in the same orders. The new counters alone admit no one: a waiting
   * request that now needs more counters was not admitted before. What else the version lets in is
   * evaluated after this, against these counters.
   */
  private static void count(Registrations old, Draft d, Plan plan, Map<CounterKey, List<Entry>> queues,
      List<Entry> keyed, GainedKeys made) {
    Map<CounterKey, List<Entry>> holders = new HashMap<>();
    if (old.registeredCount > 0) {
      List<Entry> registered = new ArrayList<>();
      if (plan.countedIn == null) {
        old.entries.forEach((id, e) -> {
          if (e.state == Registration.State.REGISTERED && gains(plan, e)) {
            registered.add(e);
          }
        });
      } else {
        // each is a holder of a counter its selection counted in: read those, not every place, and
        // a holder of several once, as it is now
        old.counts.forEach((k, c) -> {
          if (plan.countedIn.contains(k.withoutPartitionValues())) {
            c.holders.forEach(e -> {
              if (gains(plan, e)) {
                registered.add(e);
              }
            });
          }
        });
        onceEach(registered, old.entries);
      }
      registered.sort(Comparator.comparingLong(e -> e.ticket));
      for (Entry e : registered) {
        Effect f = plan.effects.get(new Draft.Named(e.request));
        for (CounterKey k : made.of(f.gained.get(e.request.getAttendance().ordinal()), e.request)) {
          holders.computeIfAbsent(k, key -> new ArrayList<>()).add(e);
        }
      }
    }
    // a counter the snapshot holds (a track newly touched, a session newly held: it holds others)
    // is joined, its holders and queue merged in order; any other is new
    Set<CounterKey> keys = new HashSet<>(holders.keySet());
    keys.addAll(queues.keySet());
    for (CounterKey k : keys) {
      if (d.counts.get(k) == null && d.waitingByKey.get(k) == null) {
        plan.newCounters.add(k);
      }
    }
    holders.forEach((k, list) -> {
      Count c = d.counts.get(k);
      d.counts = d.counts.put(k, new Count(Count.key(c, k), c == null
          ? PersistentQueue.ofSorted(e -> e.ticket, list) : merged(c.holders, list, e -> e.ticket)));
    });
    queues.forEach((k, list) -> {
      PersistentQueue<Entry> q = d.waitingByKey.get(k);
      d.waitingByKey = d.waitingByKey.put(k, q == null ? PersistentQueue.ofSorted(e -> e.seq, list) : merged(q, list, e -> e.seq));
    });
    d.waitingKeyless = without(d.waitingKeyless, keyed);
  }

  /**
   * Sorts counters' holders in the order they were accepted and keeps each once, as the snapshot
   * holds it now ({@code entries}: a counter holds a holder as it was counted). Each counter's
   * holders come in that order, so the sort merges their runs, with no set of the tickets seen.
   */
  private static void onceEach(List<Entry> holders, PersistentMap<String, Entry> entries) {
    holders.sort(Comparator.comparingLong(e -> e.ticket));
    int n = 0;
    for (int i = 0; i < holders.size(); i++) {
      if (n == 0 || holders.get(n - 1).ticket != holders.get(i).ticket) {
        holders.set(n++, entries.get(holders.get(i).id()));
      }
    }
    holders.subList(n, holders.size()).clear();
  }

  /** Whether a request's selection counts, for its attendance, in new counters. */
  private static boolean gains(Plan plan, Entry e) {
    Effect f = plan.effects.get(new Draft.Named(e.request));
    return f != null && !f.gained.get(e.request.getAttendance().ordinal()).isEmpty();
  }

  /** A queue by {@link Entry#seq} with more entries, given in that order. */
  private static PersistentQueue<Entry> merged(PersistentQueue<Entry> queue, List<Entry> more) {
    return merged(queue, more, e -> e.seq);
  }

  /**
   * A queue by {@link Entry#seq} without some of its entries, given in that order: taken out one
   * by one where they are few, else the queue is built again from those it keeps (a returned
   * track's half a million waiting requests leave the requests that need no counter at once).
   */
  private static PersistentQueue<Entry> without(PersistentQueue<Entry> queue, List<Entry> gone) {
    if (gone.size() * 8L < queue.size()) {
      for (Entry e : gone) {
        queue = queue.remove(e.seq);
      }
      return queue;
    }
    List<Entry> kept = new ArrayList<>(queue.size() - gone.size());
    int[] i = {0};
    queue.forEach(e -> {
      while (i[0] < gone.size() && gone.get(i[0]).seq < e.seq) {
        i[0]++;
      }
      if (i[0] == gone.size() || gone.get(i[0]).seq != e.seq) {
        kept.add(e);
      }
    });
    return PersistentQueue.ofSorted(e -> e.seq, kept);
  }

  /** A queue ordered by {@code order} with more entries, given in that order. */
  private static PersistentQueue<Entry> merged(PersistentQueue<Entry> queue, List<Entry> more,
      java.util.function.ToLongFunction<Entry> order) {
    if (more.size() * 8L < queue.size()) {
      for (Entry e : more) {
        queue = queue.add(e);
      }
      return queue;
    }
    List<Entry> all = new ArrayList<>(queue.size() + more.size());
    int[] i = {0};
    queue.forEach(e -> {
      while (i[0] < more.size() && order.applyAsLong(more.get(i[0])) < order.applyAsLong(e)) {
        all.add(more.get(i[0]++));
      }
      all.add(e);
    });
    all.addAll(more.subList(i[0], more.size()));
    return PersistentQueue.ofSorted(order, all);
  }

  /**
   * The inputs that must be equal ({@link #keepsCounters}): the inputs without the tracks and
   * sessions, the window, the waiting list flag and the inputs of the rules that only refuse
   * (attendance, eligibility, double booking, fee: {@link #raise}), with every limit set to 0
   * where one exists, and without the event's capacity (an attendance it newly limits is a new
   * counter, one it no longer limits a counter that goes: {@link #plan} compares them per
   * selection). Whatever else a rule comes to read is an input, so compared here.
   */
  private static EventIndex.Inputs shape(EventIndex.Inputs i) {
    // a travel policy's funder, costs covered and description: texts no rule reads, given to the
    // rules with the policy they describe; the quotas are matched by id (matchQuotas): one whose
    // counting changed is repartitioned (Plan#repartitioned), its counters replaced by the new
    // version's, one added brings new counters, one removed its counters go
    Optional<TravelPolicy> travel = i.travelPolicy().map(policy -> {
      List<TravelSlot> slots = new ArrayList<>(policy.getSlots().size());
      policy.getSlots().forEach(slot -> slots.add(slot.withPerPartition(0)));
      return policy.withSlots(slots).withFunder("-").withCoveredCosts(List.of()).withDescription(Optional.empty());
    });
    return new EventIndex.Inputs(List.of(), List.of(), RegistrationWindow.alwaysOpen(), false, AttendanceMode.HYBRID,
        true, List.of(), Fee.free(), Capacity.unlimited(), List.of(), travel);
  }

  /** A quota without what a version may change of it and keep the counters: its limit, texts and counting. */
  private static Quota counting(Quota q) {
    return q.withLimit(0).withDescription(Optional.empty()).withScope(QuotaScope.event()).withPartition(Partition.none())
        .withAttendance(Optional.empty());
  }

  /** Whether a quota counts the same requests in the same counters in both versions: its scope, partition and attendance. */
  private static boolean countsAlike(Quota before, Quota after) {
    return before.getScope().equals(after.getScope()) && before.getPartition().equals(after.getPartition())
        && before.getAttendance().equals(after.getAttendance());
  }

  /**
   * Whether the rules that refuse and count nothing refuse, under the new version, everyone they
   * refused under the old one: attendance (a mode that allows no attendance the old one did not),
   * double booking (not allowed where it was forbidden), eligibility (no target group before, or
   * groups whose filters are each within one of the old groups') and the fee (free before, or
   * prices and waivers whose filters are each within one of the old ones': who matches one is
   * admitted, whatever the amount, currency, category name or description). Then a waiting
   * request refused before is refused still, and only the requests in the queues of raised
   * counters can be admitted. A sufficient condition: a filter narrowed in a way it does not
   * see (another filter of the same rule that already covers it) only costs a read of the
   * waiting requests with room.
   */
  static boolean refusesNoFewer(EventIndex.Inputs before, EventIndex.Inputs after) {
    for (Attendance a : Attendance.values()) {
      if (after.attendanceMode().allows(a) && !before.attendanceMode().allows(a)) {
        return false;
      }
    }
    if (!before.doubleBookingAllowed() && after.doubleBookingAllowed()) {
      return false;
    }
    return admitsNoMore(eligible(before), eligible(after)) && admitsNoMore(paying(before), paying(after));
  }

  /** Whom eligibility admits: who matches one of these filters, or everyone (null: no target group, or one for anyone). */
  private static List<ParticipantFilter> eligible(EventIndex.Inputs i) {
    if (i.targetGroups().isEmpty()) {
      return null;
    }
    List<ParticipantFilter> filters = new ArrayList<>();
    i.targetGroups().forEach(g -> filters.add(g.getFilter()));
    return everyone(filters);
  }

  /** Whom the fee admits: who matches a waiver's or a price's filter, or everyone (null: a free event, or a filter for anyone). */
  private static List<ParticipantFilter> paying(EventIndex.Inputs i) {
    if (i.fee().isFree()) {
      return null;
    }
    List<ParticipantFilter> filters = new ArrayList<>();
    i.fee().getWaivers().forEach(w -> filters.add(w.getAppliesTo()));
    i.fee().getPrices().forEach(p -> filters.add(p.getAppliesTo()));
    return everyone(filters);
  }

  /** The filters, or null (everyone) where one of them matches everyone. */
  private static List<ParticipantFilter> everyone(List<ParticipantFilter> filters) {
    for (ParticipantFilter f : filters) {
      if (f.isAny()) {
        return null;
      }
    }
    return filters;
  }

  /**
   * Whether a rule admitting who matches one of the {@code after} filters (null: everyone) admits
   * no one that the one admitting {@code before} did not: each filter after is within one before.
   */
  private static boolean admitsNoMore(List<ParticipantFilter> before, List<ParticipantFilter> after) {
    if (before == null) {
      return true;
    }
    if (after == null) {
      return false;
    }
    for (ParticipantFilter a : after) {
      boolean within = false;
      for (ParticipantFilter b : before) {
        within = within || within(a, b);
      }
      if (!within) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether everyone a filter matches, a wider one matches too ({@link ParticipantFilter#matches}:
   * each non-empty set must match): each set of the wider one is empty, or holds the narrow
   * one's, which is not empty, in canonical form. Only if the filters are equal but for these
   * four sets, so that a condition a filter may come to have is compared, not ignored.
   */
  static boolean within(ParticipantFilter narrow, ParticipantFilter wide) {
    return narrow.withDelegations(wide.getDelegations()).withSectors(wide.getSectors())
        .withOrganisations(wide.getOrganisations()).withRoles(wide.getRoles()).equals(wide)
        && within(Canonical.upper(narrow.getDelegations()), Canonical.upper(wide.getDelegations()))
        && within(narrow.getSectors(), wide.getSectors())
        && within(Canonical.lower(narrow.getOrganisations()), Canonical.lower(wide.getOrganisations()))
        && within(Canonical.lower(narrow.getRoles()), Canonical.lower(wide.getRoles()));
  }

  private static <T> boolean within(Set<T> narrow, Set<T> wide) {
    return wide.isEmpty() || (!narrow.isEmpty() && wide.containsAll(narrow));
  }

  /**
   * Reports the registrations over a limit of a version that keeps the counters ({@link
   * #keepsCounters}) as {@link #settle} does, placing everyone in the order they were accepted:
   * in each counter whose value exceeds its new limit, the latest accepted holders past the
   * limit, each once, in the order they were accepted; each registration that names a track or
   * session the version dropped ({@code reported}, in the order they were accepted) just before
   * it would be, were it over a limit. Reads every counter the draft holds (those of dropped
   * tracks and sessions are gone) and the holders it reports, not every registration.
   */
  static void overLimit(Draft d, List<Entry> reported, List<Change> changes) {
    TreeMap<Long, String> over = new TreeMap<>();
    d.counts.forEach((k, c) -> {
      int limit = k.kind() == CounterKey.Kind.TRAVEL ? d.index.travelLimit(k) : d.index.limitOf(k);
      Entry e = c.holders.last();
      for (int n = c.n; n > limit; n--) {
        over.put(e.ticket, e.id());
        e = c.holders.lower(e.ticket);
      }
    });
    int i = 0;
    for (Map.Entry<Long, String> o : over.entrySet()) {
      while (i < reported.size() && reported.get(i).ticket <= o.getKey()) {
        changes.add(Registrations.change(Change.Kind.SELECTION_REMOVED, reported.get(i++)));
      }
      changes.add(Registrations.change(Change.Kind.OVER_LIMIT, d.entries.get(o.getValue())));
    }
    for (; i < reported.size(); i++) {
      changes.add(Registrations.change(Change.Kind.SELECTION_REMOVED, reported.get(i)));
    }
  }

  /** A position in one travel counter's queue of registered participants refused a slot. */
  private record Cursor(CounterKey key, PersistentQueue<Entry> queue, Entry entry) {}

  /**
   * Moves a snapshot to a version that keeps the counters ({@link #keepsCounters}), after {@link
   * #overLimit}: the draft holds the snapshot's places, counters and queues with the new
   * version's index. Travel slots go to the registered participants refused one in the raised
   * travel counters' queues, earliest accepted first. Then, if the rules that refuse refuse no
   * fewer ({@link #refusesNoFewer}), the raised counters' waiting queues are settled as after a
   * cancellation: a waiting request in no raised queue was not admitted before and is not now.
   * Else a rule that refuses may now admit a waiting request it refused, and {@link #reconsider}
   * reads the waiting requests with room in every counter they need. A waiting request of a
   * selection that lost counters or an overlap ({@link Effect#mayAdmit}: {@code mayAdmit}, in
   * line order) may be admitted too: those with room in every counter they still need are
   * settled with the raised queues.
   */
  static void raise(Registrations old, Draft d, List<Change> changes, Plan plan, List<Entry> mayAdmit) {
    EventIndex before = old.index;
    PriorityQueue<Cursor> next = new PriorityQueue<>(Comparator.comparingLong(c -> c.entry().ticket));
    old.travelQueues.forEach((k, q) -> {
      if (d.index.travelLimit(k) > before.travelLimit(k)) {
        next.add(new Cursor(k, q, q.first()));
      }
    });
    while (!next.isEmpty()) {
      Cursor c = next.poll();
      if (d.count(c.key()) >= d.index.travelLimit(c.key())) {
        continue;
      }
      Entry e = c.entry();
      if (d.entries.get(e.id()) == e) {
        List<CounterKey> keys = d.index.travelKeys(c.key().index(), e.request.getParticipant());
        boolean room = true;
        for (CounterKey k : keys) {
          room &= d.count(k) < d.index.travelLimit(k);
        }
        if (room) {
          changes.add(Registrations.change(Change.Kind.TRAVEL_GRANTED, d.grantTravel(e, c.key().index(), keys)));
        }
      }
      Entry after = c.queue().higher(e.ticket);
      if (after != null) {
        next.add(new Cursor(c.key(), c.queue(), after));
      }
    }
    if (!refusesNoFewer(before.inputs, d.index.inputs)) {
      reconsider(d, changes, plan.missingNamed);
      return;
    }
    Map<CounterKey, Boolean> room = new HashMap<>();
    d.waitingByKey.forEach((k, q) -> {
      if (plan.newCounters.contains(k)
          ? repartitioned(plan, k) && room(d, k, room) && !blocked(d, k, room)
          : d.index.limitOf(k) > before.limitOf(k)) {
        // a repartitioned quota's new counter with room: its queue holds the waiting requests that
        // lost the old quota's counters and need it (Effect#requeued), settled as after a cancellation
        d.freed.add(k);
      }
    });
    List<Entry> also = new ArrayList<>();
    for (Entry e : mayAdmit) {
      boolean all = true;
      for (CounterKey k : d.index.occupiedKeys(e.request)) {
        all = all && room(d, k, room);
      }
      if (all) {
        also.add(e);
      }
    }
    Settlement.settle(d, changes, also);
  }

  /**
   * Promotes, earliest first, the waiting requests the new version admits, as {@link
   * Settlement#promoteAll} does reading them all, from those that could be admitted: the waiting
   * requests with room, under the new limits, in every counter they need (in the queues of the
   * counters with room), and those that need none. Any other needs a counter that is full, and
   * stays full as promotions only fill counters, so promoteAll admits none of them. Reads the
   * queues of the counters with room, each request in them once, and the requests that need no
   * counter: on a long waiting list whose counters are full, few. The queue of a counter with
   * room is not read where, for each attendance its requests may have, a counter that every
   * request of that attendance in it also needs is full ({@link EventIndex#shared}: a quota with
   * room while the event's capacity for the attendance is full).
   *
   * <p>A request whose selection names a track or session the version lacks ({@code missing})
   * is not promoted while the version lacks the id, so not evaluated.
   *
   * @return how many waiting requests it read, for the tests
   */
  static int reconsider(Draft d, List<Change> changes, Set<Draft.Named> missing) {
    TreeMap<Long, Entry> candidates = new TreeMap<>();
    int[] read = {d.waitingKeyless.size()};
    d.waitingKeyless.forEach(e -> {
      if (missing.isEmpty() || !missing.contains(new Draft.Named(e.request))) {
        candidates.put(e.seq, e);
      }
    });
    read[0] += withRoom(d, e -> missing.isEmpty() || !missing.contains(new Draft.Named(e.request)), candidates);
    for (Entry e : candidates.values()) {
      Evaluation ev = Evaluator.evaluate(d.build(), e.request, e);
      if (ev.decision.isAccepted()) {
        changes.add(Registrations.change(Change.Kind.PROMOTED, d.promote(e, ev)));
      }
    }
    return read[0];
  }

  /**
   * Adds to {@code candidates}, by place in line, the waiting requests that need a counter, have
   * room in every counter they need under the new limits, and are {@code wanted}: reads the queues
   * of the counters with room (a waiting request is in the queue of every counter it needs), each
   * request in them once, but those of a counter whose requests all need a full one ({@link
   * #blocked}).
   *
   * @return how many waiting requests it read, for the tests
   */
  private static int withRoom(Draft d, java.util.function.Predicate<Entry> wanted, TreeMap<Long, Entry> candidates) {
    int[] read = {0};
    Map<CounterKey, Boolean> room = new HashMap<>();
    // a request in the queues of several counters with room is looked at once
    Set<Long> looked = new HashSet<>();
    d.waitingByKey.forEach((k, q) -> {
      if (room(d, k, room) && !blocked(d, k, room)) {
        read[0] += q.size();
        q.forEach(e -> {
          if (!candidates.containsKey(e.seq) && looked.add(e.seq) && wanted.test(e)) {
            boolean all = true;
            for (CounterKey other : d.index.occupiedKeys(e.request)) {
              all = all && room(d, other, room);
            }
            if (all) {
              candidates.put(e.seq, e);
            }
          }
        });
      }
    });
    return read[0];
  }

  /**
   * Whether no request in a counter's queue can have room in every counter it needs: for every
   * attendance, a counter each request of that attendance in the queue needs is full.
   */
  private static boolean blocked(Draft d, CounterKey k, Map<CounterKey, Boolean> room) {
    for (Attendance a : Attendance.values()) {
      List<CounterKey> shared = d.index.shared(k, a);
      boolean full = false;
      for (int i = 0; i < shared.size() && !full; i++) {
        full = !room(d, shared.get(i), room);
      }
      // no request of this attendance needs the counter (shared is then empty), or one it needs is full
      if (!full && occupies(d.index, k, a)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a request of the attendance may occupy a quota or capacity counter. */
  private static boolean occupies(EventIndex index, CounterKey k, Attendance a) {
    return k.kind() == CounterKey.Kind.QUOTA ? EventIndex.quotaCounts(index.inputs.quotas().get(k.index()), a)
        : k.index() == a.ordinal();
  }

  /** Whether a counter has room under the new limits before any promotion, remembered. */
  private static boolean room(Draft d, CounterKey k, Map<CounterKey, Boolean> room) {
    Boolean known = room.get(k);
    if (known == null) {
      known = d.count(k) < d.index.limitOf(k);
      room.put(k, known);
    }
    return known;
  }
}
