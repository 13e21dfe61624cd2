/**
 * Jakarta Validation for Convene events: every problem in an event at once, each with its
 * property path and a message in English, French or German.
 */
package org.convene.validation;
