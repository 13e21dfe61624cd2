package org.convene;

import java.util.Set;
import org.convene.constraints.CountryCode;
import org.convene.internal.Canonical;
import org.convene.internal.CheckedForNull;
import org.convene.internal.Require;
import org.immutables.value.Value;

/**
 * A predicate over participant attributes, kept as data so that it can be compared, stored and
 * explained: target groups, fee categories, waivers and travel slots all use it.
 *
 * <p>Each non-empty set must match: the participant's delegation, sector and organisation must
 * be in the corresponding set, and at least one of their roles in the role set. An empty set
 * places no condition, so {@link #any()} matches everyone. Delegations, organisations and roles
 * compare in the canonical form that quota partitions use: case, surrounding white space and
 * runs of inner white space do not count, so a participant of delegation {@code "fr"} matches a
 * target group of {@code "FR"}, and {@code "European  commission"} the organisation {@code
 * "European Commission"}. The seed's public-sector travel slot
 * uses {@code new ParticipantFilter.Builder().addSectors(Sector.PUBLIC).build()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ParticipantFilter implements WithParticipantFilter {
  ParticipantFilter() {}

  /**
   * Returns the delegations that match, as ISO 3166-1 alpha-2 codes.
   *
   * @return the delegations, empty for any, not null
   */
  @Value.Default
  @CheckedForNull
  public Set<@CountryCode String> getDelegations() {
    return Set.of();
  }

  /**
   * Returns the sectors that match.
   *
   * @return the sectors, empty for any, not null
   */
  @Value.Default
  @CheckedForNull
  public Set<Sector> getSectors() {
    return Set.of();
  }

  /**
   * Returns the roles of which a participant needs at least one.
   *
   * @return the roles, empty for any, not null
   */
  @Value.Default
  @CheckedForNull
  public Set<String> getRoles() {
    return Set.of();
  }

  /**
   * Returns the organisations that match.
   *
   * @return the organisations, empty for any, not null
   */
  @Value.Default
  @CheckedForNull
  public Set<String> getOrganisations() {
    return Set.of();
  }

  /**
   * Tells whether a participant matches every condition of this filter.
   *
   * @param participant the participant, not null
   * @return true if the participant matches
   * @throws MissingValueException if {@code participant} is null
   */
  public boolean matches(Participant participant) {
    Require.argument(participant, "ParticipantFilter", "matches", "participant");
    // the sector first, an enum: a travel slot's or a price's filter often differs by it alone.
    // No Optional is mapped and no value made canonical for a condition the filter does not set:
    // every acceptance matches the participant against the event's filters.
    Set<Sector> sectors = getSectors();
    if (!sectors.isEmpty()) {
      Sector sector = participant.getSector().orElse(null);
      if (sector == null || !sectors.contains(sector)) {
        return false;
      }
    }
    return in(canonicalDelegations(), participant.getDelegation().orElse(null), true)
        && in(canonicalOrganisations(), participant.getOrganisation().orElse(null), false)
        && (getRoles().isEmpty() || anyRole(participant.getRoles()));
  }

  /**
   * Tells whether a canonical set places no condition or holds the value's canonical form; a
   * blank value is an absent one, as in quota partitions.
   */
  private static boolean in(Set<String> allowed, String raw, boolean upper) {
    if (allowed.isEmpty()) {
      return true;
    }
    if (raw == null) {
      return false;
    }
    String canonical = upper ? Canonical.upper(raw) : Canonical.lower(raw);
    return !canonical.isEmpty() && allowed.contains(canonical);
  }

  private boolean anyRole(Set<String> roles) {
    Set<String> allowed = canonicalRoles();
    for (String role : roles) {
      if (allowed.contains(Canonical.lower(role))) {
        return true;
      }
    }
    return false;
  }

  /** The delegations in canonical form, computed once: matching reads them on every decision. */
  @Value.Lazy
  Set<String> canonicalDelegations() {
    return Canonical.upper(getDelegations());
  }

  /** The organisations in canonical form, computed once. */
  @Value.Lazy
  Set<String> canonicalOrganisations() {
    return Canonical.lower(getOrganisations());
  }

  /** The roles in canonical form, computed once. */
  @Value.Lazy
  Set<String> canonicalRoles() {
    return Canonical.lower(getRoles());
  }

  /**
   * Tells whether this filter matches everyone.
   *
   * @return true if no condition is set
   */
  public boolean isAny() {
    return getDelegations().isEmpty()
        && getSectors().isEmpty()
        && getRoles().isEmpty()
        && getOrganisations().isEmpty();
  }

  /**
   * Returns the filter that matches everyone.
   *
   * @return the filter with no condition, not null
   */
  public static ParticipantFilter any() {
    return new Builder().build();
  }

  /**
   * Returns a filter on sector only.
   *
   * @param sector the sector that matches, not null
   * @return the filter, not null
   * @throws MissingValueException if {@code sector} is null
   */
  public static ParticipantFilter sector(Sector sector) {
    Require.argument(sector, "ParticipantFilter", "sector", "sector");
    return new Builder().addSectors(sector).build();
  }

  @Value.Check
  void check() {
    Require.noNulls(getDelegations(), "ParticipantFilter", "delegations");
    Require.noNulls(getSectors(), "ParticipantFilter", "sectors");
    Require.noNulls(getRoles(), "ParticipantFilter", "roles");
    Require.noNulls(getOrganisations(), "ParticipantFilter", "organisations");
  }

  /** Builds a {@link ParticipantFilter}; every set is optional. */
  public static final class Builder extends ImmutableParticipantFilter.Builder {}
}
