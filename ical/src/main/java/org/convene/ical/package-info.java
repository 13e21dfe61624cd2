/**
 * RFC 5545 calendar feeds for Convene events, through ical4j.
 */
package org.convene.ical;
