/**
 * Convene's JSON form: events, participants, registration requests, decisions and
 * registrations as documented, versioned, deterministic JSON, through Jackson 3.
 *
 * <p>{@link org.convene.json.ConveneJson} reads and writes documents in one call; {@link
 * org.convene.json.ConveneJsonModule} gives the same mapping to a host's own {@code JsonMapper}.
 * Every top-level document carries {@code "formatVersion": 1} and has a JSON Schema (draft
 * 2020-12) in this jar. Bad input is refused with a {@link
 * org.convene.json.ConveneJsonException} that names its JSON path.
 */
package org.convene.json;
