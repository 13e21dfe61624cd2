package org.convene;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.convene.internal.Require;
import org.immutables.value.Value;

/**
 * A group of people an event is meant for: a text for readers and a filter for the rule engine.
 *
 * <p>The seed event's one target group reads "All Member State teams relevant for implementing
 * the Once-Only Technical System (to be defined by the relevant national coordinators)" and
 * filters on the 27 Member State delegations. When an event names target groups, a participant
 * is eligible if they match at least one.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TargetGroup implements WithTargetGroup {
  TargetGroup() {}

  /**
   * Returns the group's stable id.
   *
   * @return the id, not null
   */
  @NotBlank
  public abstract String getId();

  /**
   * Returns the description readers see.
   *
   * @return the description, not null
   */
  @NotBlank
  public abstract String getDescription();

  /**
   * Returns who belongs to the group.
   *
   * @return the filter, {@link ParticipantFilter#any()} unless set, not null
   */
  @Value.Default
  @Valid
  public ParticipantFilter getFilter() {
    return ParticipantFilter.any();
  }

  @Value.Check
  void check() {
    Require.present(getId(), "TargetGroup", "id");
    Require.present(getDescription(), "TargetGroup", "description");
    Require.present(getFilter(), "TargetGroup", "filter");
  }

  /** Builds a {@link TargetGroup}; id and description are required. */
  public static final class Builder extends ImmutableTargetGroup.Builder {}
}
