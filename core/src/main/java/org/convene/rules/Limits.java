package org.convene.rules;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convene.Attendance;

/**
 * The outcome of a rule over counters and their limits ({@link CapacityRule}, {@link QuotaRule}):
 * the first full counter, else the one with least room left, with its figures and parameters.
 */
final class Limits {
  private Limits() {}

  /**
   * @param attendance the attendance a capacity is for, or null for a quota
   */
  static RuleOutcome outcome(Registrations snapshot, String ruleId, String code, List<CounterKey> keys,
      List<Integer> limits, Attendance attendance) {
    String prefix = attendance == null ? "" : AttendanceRule.mode(attendance) + ": ";
    int shown = -1;
    long room = Long.MAX_VALUE;
    boolean full = false;
    for (int i = 0; i < keys.size() && !full; i++) {
      int used = snapshot.count(keys.get(i));
      full = used >= limits.get(i);
      if (full || (long) limits.get(i) - used < room) {
        room = (long) limits.get(i) - used;
        shown = i;
      }
    }
    CounterKey key = keys.get(shown);
    int used = snapshot.count(key);
    int limit = limits.get(shown);
    RuleOutcome.Builder b = new RuleOutcome.Builder()
        .ruleId(ruleId)
        .passed(!full)
        .full(full)
        .reasonCode(code + (full ? "_FULL" : "_AVAILABLE"))
        .figures(prefix + figures(snapshot.index, key, used, limit))
        .used(used)
        .limit(limit);
    parameters(b, snapshot.index, key, used, limit, attendance);
    return b.build();
  }

  private static String figures(EventIndex index, CounterKey key, int used, int limit) {
    String scope = scope(index, key);
    String target = scope.equals("event") ? "the event" : scope + " " + key.target();
    String partition = key.partitionLabel();
    return used + " of " + limit + " used for " + target + (partition.isEmpty() ? "" : ", " + partition);
  }

  /** used, limit, attendance (capacities), scope, target, then the partition's attributes. */
  private static void parameters(RuleOutcome.Builder b, EventIndex index, CounterKey key, int used, int limit,
      Attendance attendance) {
    b.putParameters("used", Integer.toString(used));
    b.putParameters("limit", Integer.toString(limit));
    if (attendance != null) {
      b.putParameters("attendance", attendance.name());
    }
    String scope = scope(index, key);
    b.putParameters("scope", scope);
    if (!scope.equals("event")) {
      b.putParameters("target", key.target());
    }
    for (PartitionValue v : key.partition()) {
      b.putParameters("partition." + v.key().name().toLowerCase(Locale.ROOT), v.value() == null ? "" : v.value());
    }
  }

  /** One {@code partition.<key>} entry per attribute; an empty value for an absent one. */
  static void putPartition(Map<String, String> p, CounterKey key) {
    for (PartitionValue v : key.partition()) {
      p.put("partition." + v.key().name().toLowerCase(Locale.ROOT), v.value() == null ? "" : v.value());
    }
  }

  private static String scope(EventIndex index, CounterKey key) {
    switch (key.kind()) {
      case EVENT_CAPACITY:
        return "event";
      case TRACK_CAPACITY:
        return "track";
      case SESSION_CAPACITY:
        return "session";
      default:
        return index.event.getQuotas().get(key.index()).getScope().getLevel().name().toLowerCase(Locale.ROOT);
    }
  }
}
