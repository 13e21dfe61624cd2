package org.convene;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import java.util.Set;
import org.convene.constraints.CountryCode;
import org.convene.internal.CheckedForNull;
import org.convene.internal.Require;
import org.immutables.value.Value;

/**
 * A person who registers for an event.
 *
 * <p>The attributes are those the rules look at: the delegation (the country or Member State the
 * person represents, as an ISO 3166-1 alpha-2 code such as {@code "BE"}), the sector, the
 * organisation and roles. In the seed event, at most three people of one delegation take part
 * in each track, and travel is reimbursed for one {@link Sector#PUBLIC} and one
 * {@link Sector#PRIVATE} expert per delegation.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Participant implements WithParticipant {
  Participant() {}

  /**
   * Returns the participant's stable id.
   *
   * @return the id, not null
   */
  @NotBlank
  public abstract String getId();

  /**
   * Returns the name to show.
   *
   * @return the name, not null
   */
  @NotBlank
  public abstract String getName();

  /**
   * Returns the contact e-mail address.
   *
   * @return the address, or empty
   */
  public abstract Optional<@Email String> getEmail();

  /**
   * Returns the organisation the participant works for.
   *
   * @return the organisation, or empty
   */
  public abstract Optional<String> getOrganisation();

  /**
   * Returns the delegation the participant represents, as an ISO 3166-1 alpha-2 code.
   *
   * @return the delegation, such as {@code "BE"}, or empty
   */
  public abstract Optional<@CountryCode String> getDelegation();

  /**
   * Returns the participant's sector.
   *
   * @return the sector, or empty
   */
  public abstract Optional<Sector> getSector();

  /**
   * Returns the participant's roles, such as {@code "national-coordinator"} or {@code "clerk"}.
   *
   * @return the roles, possibly empty, not null
   */
  @Value.Default
  @CheckedForNull
  public Set<String> getRoles() {
    return Set.of();
  }

  @Value.Check
  void check() {
    Require.present(getId(), "Participant", "id");
    Require.present(getName(), "Participant", "name");
    Require.noNulls(getRoles(), "Participant", "roles");
  }

  /** Builds a {@link Participant}; id and name are required. */
  public static final class Builder extends ImmutableParticipant.Builder {}
}
