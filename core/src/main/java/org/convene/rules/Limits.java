package org.convene.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convene.Attendance;
import org.convene.PartitionKey;

/**
 * The outcome of a rule over counters and their limits ({@link CapacityRule}, {@link QuotaRule}):
 * the first full counter, else the one with least room left, with its figures and parameters.
 */
final class Limits {
  private Limits() {}

  /** The outcome of a quota over the keys a participant counts in, all held to the quota's limit. */
  static RuleOutcome quota(Evaluator.Context c, int quota, List<CounterKey> keys) {
    int limit = c.index.quotaLimits[quota];
    CounterKey shown = null;
    int shownUsed = 0;
    long room = Long.MAX_VALUE;
    boolean full = false;
    for (int i = 0; i < keys.size() && !full; i++) {
      CounterKey key = keys.get(i);
      Count count = c.counter(key);
      int used = Count.of(count);
      full = used >= limit;
      if (full || (long) limit - used < room) {
        room = (long) limit - used;
        shown = Count.key(count, key);
        shownUsed = used;
      }
    }
    return outcome(c.index, c.index.quotaRuleIds[quota], "QUOTA", shown, shownUsed, limit, full, null);
  }

  /** The outcome of the capacities a selection occupies for an attendance. */
  static RuleOutcome capacity(Evaluator.Context c, CounterKey[] keys, int[] limits, Attendance attendance) {
    int shown = -1;
    int shownUsed = 0;
    long room = Long.MAX_VALUE;
    boolean full = false;
    CounterKey shownKey = null;
    for (int i = 0; i < keys.length && !full; i++) {
      Count count = c.counter(keys[i]);
      int used = Count.of(count);
      full = used >= limits[i];
      if (full || (long) limits[i] - used < room) {
        room = (long) limits[i] - used;
        shown = i;
        shownKey = Count.key(count, keys[i]);
        shownUsed = used;
      }
    }
    return outcome(c.index, "capacity", "CAPACITY", shownKey, shownUsed, limits[shown], full, attendance);
  }

  /**
   * The outcome shown for one counter, from the event version's cache when it was made before.
   *
   * @param attendance the attendance a capacity is for, or null for a quota
   */
  private static RuleOutcome outcome(EventIndex index, String ruleId, String code, CounterKey key, int used,
      int limit, boolean full, Attendance attendance) {
    RuleOutcome cached = index.limitOutcomes.get(key, used, full);
    if (cached != null) {
      return cached;
    }
    String prefix = attendance == null ? "" : AttendanceRule.mode(attendance) + ": ";
    RuleOutcome.Builder b = new RuleOutcome.Builder()
        .ruleId(ruleId)
        .passed(!full)
        .full(full)
        .reasonCode(code + (full ? "_FULL" : "_AVAILABLE"))
        .figures(prefix + figures(index, key, used, limit))
        .used(used)
        .limit(limit);
    parameters(b, index, key, used, limit, attendance);
    return index.limitOutcomes.put(key, used, full, b.build());
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
    Map<String, String> p = new LinkedHashMap<>();
    p.put("used", Integer.toString(used));
    p.put("limit", Integer.toString(limit));
    if (attendance != null) {
      p.put("attendance", attendance.name());
    }
    String scope = scope(index, key);
    p.put("scope", scope);
    if (!scope.equals("event")) {
      p.put("target", key.target());
    }
    for (PartitionValue v : key.partition()) {
      p.put(PARAMETER[v.key().ordinal()], v.value() == null ? "" : v.value());
    }
    b.parameters(Parameters.copyOf(p));
  }

  /** The parameter name of each partition attribute, by ordinal: {@code partition.delegation}, ... */
  private static final String[] PARAMETER = new String[PartitionKey.values().length];

  static {
    for (PartitionKey k : PartitionKey.values()) {
      PARAMETER[k.ordinal()] = "partition." + k.name().toLowerCase(Locale.ROOT);
    }
  }

  /** The parameter name of a partition attribute, such as {@code partition.delegation}. */
  static String parameterName(PartitionKey key) {
    return PARAMETER[key.ordinal()];
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
        switch (index.inputs.quotas().get(key.index()).getScope().getLevel()) {
          case TRACK:
            return "track";
          case SESSION:
            return "session";
          default:
            return "event";
        }
    }
  }
}
