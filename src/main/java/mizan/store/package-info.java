/** The SQLite store: schema, migrations, repositories and the append-only event log. */
package mizan.store;
