package org.convene;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.convene.internal.Require;
import org.immutables.value.Value;

/**
 * A waiver that lets some participants take part without paying, such as speakers or
 * organisers.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FeeWaiver implements WithFeeWaiver {
  FeeWaiver() {}

  /**
   * Returns why the fee is waived.
   *
   * @return the description, not null
   */
  @NotBlank
  public abstract String getDescription();

  /**
   * Returns who the waiver applies to.
   *
   * @return the filter, not null
   */
  @Valid
  public abstract ParticipantFilter getAppliesTo();

  /**
   * Creates a waiver.
   *
   * @param description why the fee is waived, not null
   * @param appliesTo who it applies to, not null
   * @return the waiver, not null
   */
  public static FeeWaiver of(String description, ParticipantFilter appliesTo) {
    return new Builder().description(description).appliesTo(appliesTo).build();
  }

  @Value.Check
  void check() {
    Require.present(getDescription(), "FeeWaiver", "description");
    Require.present(getAppliesTo(), "FeeWaiver", "appliesTo");
  }

  /** Builds a {@link FeeWaiver}; the description and appliesTo (who is waived) are required. */
  public static final class Builder extends ImmutableFeeWaiver.Builder {}
}
