/**
 * Registrations in PostgreSQL shared by several servers: {@link org.convene.jdbc.DurableDesk}
 * over an append-only registration log, through a host's {@link javax.sql.DataSource}.
 *
 * <p>Exports {@code org.convene.jdbc}, its one package, and opens nothing: no framework reaches
 * into it by reflection (the log's rows are JSON, read and written by {@code org.convene.json}'s
 * own codecs). The migration script in the jar ({@code db/migration/convene}) is read by {@link
 * org.convene.jdbc.RegistrationLog#createSchema} from inside the module. It does not require the
 * PostgreSQL driver: the host's {@code DataSource} brings it, and no type of the driver is used.
 */
module org.convene.jdbc {
  // the API takes and returns core's types (Event, Registrations, Decision, Operation, ...)
  requires transitive org.convene;
  // DurableDesk.open and RegistrationLog.createSchema take a javax.sql.DataSource
  requires transitive java.sql;
  requires org.convene.json;
  requires tools.jackson.databind;

  exports org.convene.jdbc;
}
