package nl.goedgesprek.privacy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import javax.sql.DataSource;

/**
 * The tables that hold data about a person, read from the schema itself: every column with a foreign key
 * to {@code employee}, and every column whose name says it names a person (the tables without foreign
 * keys, such as the audit trail, the read log and the insights read model). A new table of either kind
 * appears here without anyone having to list it.
 */
final class PersonTables {

	/** Column names that hold a person's id. */
	static final Pattern PERSON_COLUMN = Pattern.compile(
			"employee|employee_id|manager_id|person_id|reader_id|subject_id|actor_id|recipient_id|giver_id|author_id|[a-z_]*_by");

	/** Columns whose names end in "_by" but name an app node or a row, not a person. */
	static final Set<String> NOT_A_PERSON = Set.of("locked_by", "claimed_by", "replaced_by");

	private PersonTables() {
	}

	/** Table to the columns that name a person, in lower case. */
	static Map<String, Set<String>> of(DataSource dataSource) throws SQLException {
		Map<String, Set<String>> tables = new TreeMap<>();
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			String schema = connection.getSchema();
			try (ResultSet keys = meta.getExportedKeys(null, schema, table(meta, "employee"))) {
				while (keys.next()) {
					add(tables, keys.getString("FKTABLE_NAME"), keys.getString("FKCOLUMN_NAME"));
				}
			}
			Set<String> views = new TreeSet<>();
			try (ResultSet found = meta.getTables(null, schema, "%", new String[] { "VIEW" })) {
				while (found.next()) {
					views.add(found.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
				}
			}
			try (ResultSet columns = meta.getColumns(null, schema, "%", "%")) {
				while (columns.next()) {
					String column = columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
					// a module's published view (people_employee_v) shows a table's rows; it holds none
					if (views.contains(columns.getString("TABLE_NAME").toLowerCase(Locale.ROOT))) {
						continue;
					}
					if (PERSON_COLUMN.matcher(column).matches() && !NOT_A_PERSON.contains(column)) {
						add(tables, columns.getString("TABLE_NAME"), column);
					}
				}
			}
		}
		tables.remove("flyway_schema_history");
		return tables;
	}

	/**
	 * Every table that holds data about a person: those with a person column ({@link #of}), and every
	 * table whose rows hang off a row of such a table (an answer belongs to a preparation), until
	 * nothing changes. Both the export (art. 15) and erasure (art. 17) must account for each of these.
	 */
	static Set<String> holdingPeople(DataSource dataSource) throws SQLException {
		Set<String> personal = new TreeSet<>(of(dataSource).keySet());
		Map<String, Set<String>> parents = new TreeMap<>();
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			String schema = connection.getSchema();
			try (ResultSet tables = meta.getTables(null, schema, "%", new String[] { "TABLE" })) {
				while (tables.next()) {
					String table = tables.getString("TABLE_NAME");
					try (ResultSet keys = meta.getImportedKeys(null, schema, table)) {
						while (keys.next()) {
							parents.computeIfAbsent(table.toLowerCase(Locale.ROOT), key -> new TreeSet<>())
								.add(keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT));
						}
					}
				}
			}
		}
		boolean grew = true;
		while (grew) {
			grew = false;
			for (var entry : parents.entrySet()) {
				if (!personal.contains(entry.getKey()) && entry.getValue().stream().anyMatch(personal::contains)) {
					grew |= personal.add(entry.getKey());
				}
			}
		}
		personal.remove("flyway_schema_history");
		return personal;
	}

	private static String table(DatabaseMetaData meta, String name) throws SQLException {
		return meta.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
	}

	private static void add(Map<String, Set<String>> tables, String table, String column) {
		tables.computeIfAbsent(table.toLowerCase(Locale.ROOT), key -> new TreeSet<>()).add(column.toLowerCase(Locale.ROOT));
	}

}
