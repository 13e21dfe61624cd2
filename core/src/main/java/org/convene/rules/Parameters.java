package org.convene.rules;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of a {@link RuleOutcome} or of {@link Entitlements}: an unmodifiable copy that
 * keeps the order it was given. Those types copy their map themselves ({@code
 * ConveneStyle.PlainMaps}), and this class tells a copy already made from a caller's map.
 */
final class Parameters extends AbstractMap<String, String> {
  private static final Parameters EMPTY = new Parameters(new LinkedHashMap<>());

  private final Map<String, String> entries;

  /** Takes a map nobody else holds. */
  private Parameters(LinkedHashMap<String, String> owned) {
    this.entries = Collections.unmodifiableMap(owned);
  }

  static Parameters empty() {
    return EMPTY;
  }

  /** An unmodifiable copy of a map without null keys or values. */
  static Parameters copyOf(Map<String, String> entries) {
    return entries instanceof Parameters p ? p : new Parameters(new LinkedHashMap<>(entries));
  }

  /** The parameters given as key, value, key, value, ... */
  static Parameters of(String... keysAndValues) {
    LinkedHashMap<String, String> entries = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      entries.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return new Parameters(entries);
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    return entries.entrySet();
  }

  @Override
  public String get(Object key) {
    return entries.get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    return entries.containsKey(key);
  }
}
