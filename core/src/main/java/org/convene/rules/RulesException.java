package org.convene.rules;

import org.convene.ConveneException;

/**
 * The root of the exceptions the rule engine throws: a request it cannot evaluate ({@link
 * InvalidRequestException}) or an operation on someone who holds no registration ({@link
 * NotRegisteredException}). A request that the rules turn down is not an exception: it is a
 * {@link Decision} with outcome {@link Decision.Outcome#REJECTED}.
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class RulesException extends ConveneException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message a person can act on.
   *
   * @param message what is wrong and what would be valid, not null
   */
  RulesException(String message) {
    super(message);
  }
}
