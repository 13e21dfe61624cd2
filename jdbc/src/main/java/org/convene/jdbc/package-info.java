/**
 * Registrations that survive restarts and are shared by several servers: an append-only log of
 * the rule engine's operations on PostgreSQL, read and written through a host's {@link
 * javax.sql.DataSource}. {@link org.convene.jdbc.RegistrationLog#createSchema} creates the
 * tables; a {@link org.convene.jdbc.DurableDesk} decides against its cached snapshot and
 * appends to the log in one transaction.
 */
package org.convene.jdbc;
