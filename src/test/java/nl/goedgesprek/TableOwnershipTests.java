package nl.goedgesprek;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each module owns its tables; another module reads them only through what the owner publishes: its
 * API, its events, or a view. Modulith's {@code verify()} sees Java types, not SQL, so this test reads
 * the SQL.
 * <ul>
 * <li>The owner of a table is the module its migration is named for ({@code V<n>__<module>_<what>.sql}),
 * unless {@link #CREATED_FOR_ANOTHER_MODULE} says otherwise. A table nobody owns fails the test.</li>
 * <li>A view is a table's owner publishing some of its columns for others' SQL. It is named
 * {@code <owning module>_<what>_v} and reads only its owner's tables (and other modules' published
 * views).</li>
 * <li>No module's main SQL names a table of another module; published views and the framework's tables
 * ({@link #INFRASTRUCTURE}) may be read by all.</li>
 * </ul>
 */
class TableOwnershipTests {

	static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration");

	/** Migrations for one database only ({@code db/vendor/<vendor>}, as Flyway's {@code {vendor}}). */
	static final Path VENDOR_MIGRATIONS = Path.of("src", "main", "resources", "db", "vendor");

	static final Path SOURCES = Path.of("src", "main", "java", "nl", "goedgesprek");

	/** Tables a migration created for a module other than the one it is named for, and why. */
	static final Map<String, Owner> CREATED_FOR_ANOTHER_MODULE = Map.of(
			"calendar_feed", new Owner("calendar", "V6 created the tables of one release for mail, calendar and follow-up together"),
			"pair_rhythm", new Owner("followup", "V6 created the tables of one release for mail, calendar and follow-up together"),
			"agreement_review", new Owner("followup", "V6 created the tables of one release for mail, calendar and follow-up together"),
			"rhythm_fact", new Owner("followup", "the rhythm's read model; V28 was written while the rhythm code lived in conversations"));

	/** The frameworks' own tables: infrastructure every module may use, not any module's data. */
	static final Map<String, String> INFRASTRUCTURE = Map.of(
			"event_publication", "Spring Modulith's event publication registry (V1); modules only count their listeners' rows",
			"shedlock", "ShedLock's lock per scheduled job (V21)",
			"spring_session", "Spring Session's sessions (V25)",
			"spring_session_attributes", "Spring Session's session attributes (V25)",
			"flyway_schema_history", "Flyway's record of the migrations it ran",
			"throttle_bucket", "Bucket4j's token buckets (V25), kept by shared/Throttles for shell's and people's throttles");

	private static final Pattern MIGRATION = Pattern.compile("V\\d+__([a-z]+)_.*\\.sql");

	private static final Pattern CREATE_TABLE = Pattern
		.compile("\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);

	private static final Pattern CREATE_VIEW = Pattern.compile(
			"\\bcreate\\s+(?:or\\s+replace\\s+)?view\\s+([a-z_][a-z0-9_]*)(.*?);", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	/** The table a trigger is on. */
	private static final Pattern TRIGGER_ON = Pattern.compile("\\bon\\s+([a-z_][a-z0-9_]*)\\s+deferrable",
			Pattern.CASE_INSENSITIVE);

	record Owner(String module, String reason) {
	}

	/** Who owns what: tables and views by name (lower case) to their owning module. */
	record Ownership(Map<String, String> tables, Map<String, String> views, List<String> unowned) {

		Set<String> known() {
			Set<String> known = new TreeSet<>(tables.keySet());
			known.addAll(views.keySet());
			known.addAll(INFRASTRUCTURE.keySet());
			return known;
		}

		/** Why {@code module} may not name {@code table}, or null when it may. */
		String crossing(String module, String table) {
			if (INFRASTRUCTURE.containsKey(table) || views.containsKey(table)) {
				return null;
			}
			String owner = tables.get(table);
			if (owner == null || owner.equals(module)) {
				return null;
			}
			return "owned by " + owner;
		}

	}

	@Test
	void everyTableHasAnOwningModule() {
		Ownership ownership = ownership();
		assertThat(ownership.unowned()).as("tables created in a migration not named for a module; give each an owner "
				+ "(CREATED_FOR_ANOTHER_MODULE) or, for a framework's table, list it in INFRASTRUCTURE").isEmpty();
		assertThat(ownership.tables()).as("the tables the migrations create").containsKeys("employee", "conversation",
				"answer", "insight_conversation", "calendar_feed");
		assertThat(ownership.tables()).containsEntry("employee", "people")
			.containsEntry("answer", "conversations")
			.containsEntry("calendar_feed", "calendar")
			.containsEntry("pulse", "followup");
		assertThat(CREATED_FOR_ANOTHER_MODULE.keySet()).as("every exception names a table a migration creates")
			.allSatisfy(table -> assertThat(ownership.tables()).containsKey(table));
	}

	/**
	 * A migration for one database only (triggers, functions) touches only the tables of the module it
	 * is named for, like the module's code.
	 */
	@Test
	void aVendorMigrationTouchesOnlyItsModulesTables() {
		Ownership ownership = ownership();
		List<Path> vendor = vendorMigrations();
		assertThat(vendor).as("the data versions' triggers on PostgreSQL").isNotEmpty();
		for (Path migration : vendor) {
			String module = moduleOf(migration);
			String sql = sql(migration).replace('\n', ' ').replace("\"", "");
			Set<String> tables = new TreeSet<>(SqlTables.named("\"" + sql + "\"", Map.of(), ownership.known()));
			Matcher trigger = TRIGGER_ON.matcher(sql);
			while (trigger.find()) {
				tables.add(trigger.group(1).toLowerCase(Locale.ROOT));
			}
			assertThat(tables).as(migration.toString())
				.isNotEmpty()
				.allSatisfy(table -> assertThat(ownership.tables().get(table)).as(migration + " touches " + table)
					.isEqualTo(module));
		}
	}

	@Test
	void everyViewIsPublishedByTheOwnerOfWhatItReads() {
		Ownership ownership = ownership();
		List<String> wrong = new ArrayList<>();
		for (Path migration : migrations()) {
			Matcher view = CREATE_VIEW.matcher(sql(migration));
			while (view.find()) {
				String name = view.group(1).toLowerCase(Locale.ROOT);
				String owner = ownership.views().get(name);
				if (!name.endsWith("_v") || !modules().contains(owner)) {
					wrong.add(migration.getFileName() + ": view " + name + " is not named <owning module>_<what>_v");
					continue;
				}
				for (String table : SqlTables.named("\"" + view.group(2).replace('\n', ' ').replace("\"", "") + "\"",
						Map.of(), ownership.known())) {
					String crossing = ownership.crossing(owner, table);
					if (crossing != null) {
						wrong.add(migration.getFileName() + ": view " + name + " of " + owner + " reads " + table + ", "
								+ crossing);
					}
				}
			}
		}
		assertThat(ownership.views()).as("the published views").containsEntry("people_employee_v", "people");
		assertThat(wrong).as("views a module publishes").isEmpty();
	}

	@Test
	void noModuleNamesAnotherModulesTable() throws IOException {
		Ownership ownership = ownership();
		Map<String, Map<String, String>> sources = new TreeMap<>();
		for (String module : modules()) {
			Map<String, String> files = new TreeMap<>();
			try (Stream<Path> walk = Files.walk(SOURCES.resolve(module))) {
				for (Path file : walk.filter(path -> path.toString().endsWith(".java")).toList()) {
					files.put(SOURCES.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
				}
			}
			sources.put(module, files);
		}
		List<String> crossings = crossings(sources, ownership);
		assertThat(crossings).as("SQL that names another module's table; read it through the owner's published "
				+ "view (<owner>_<what>_v), its API or its events instead").isEmpty();
	}

	/** The test can fail: a snippet that reads a foreign table is reported, in every way SQL is written here. */
	@Test
	void theScanFindsAnotherModulesTableHoweverTheSqlIsWritten() {
		Ownership ownership = ownership();
		String snippet = """
				class Facts {
					// select text from note  (a comment is no SQL)
					private static final String OF_PAIR = " from employee e";
					String a = "select count(*) from answer a, preparation p where a.preparation = p.id";
					String b = "select e.id " + OF_PAIR + " join " + "team t on t.id = e.team_id";
					String c = \"""
							select id from insight_conversation
							 where exists (select 1 from pulse p where p.conversation = conversation_id)\""";
					long d = rows.delete("calendar_feed", "employee_id = :p");
					Object f = Bucket4j.builder().table("rhythm_fact");
					String e = "select * from people_employee_v join event_publication on 1 = 1";
				}
				""";
		List<String> found = crossings(Map.of("insights", Map.of("insights/Facts.java", snippet)), ownership);
		assertThat(found).containsExactlyInAnyOrder("insights/Facts.java: answer (owned by conversations)",
				"insights/Facts.java: preparation (owned by conversations)",
				"insights/Facts.java: employee (owned by people)", "insights/Facts.java: team (owned by people)",
				"insights/Facts.java: pulse (owned by followup)",
				"insights/Facts.java: calendar_feed (owned by calendar)",
				"insights/Facts.java: rhythm_fact (owned by followup)");
		assertThat(crossings(Map.of("conversations", Map.of("conversations/Pulses.java", "String s = \"select * from pulse\";")),
				ownership)).as("follow-up's tables are followup's alone").containsExactly("conversations/Pulses.java: pulse (owned by followup)");
		assertThat(crossings(Map.of("conversations", Map.of("conversations/X.java", "String s = \"update employee set a = 1\";")),
				ownership)).containsExactly("conversations/X.java: employee (owned by people)");
		String aggregate = """
				import org.springframework.data.annotation.Id;
				public class Pulse {
					@Id Long id;
					@MappedCollection(idColumn = "x")
					private Set<AgreementReview> reviews;
				}
				""";
		assertThat(crossings(Map.of("insights", Map.of("insights/Pulse.java", aggregate)), ownership))
			.as("Spring Data JDBC aggregates and their collections").containsExactly(
					"insights/Pulse.java: pulse (owned by followup)", "insights/Pulse.java: agreement_review (owned by followup)");
	}

	static List<String> crossings(Map<String, Map<String, String>> sources, Ownership ownership) {
		List<String> crossings = new ArrayList<>();
		for (var module : sources.entrySet()) {
			Map<String, String> constants = constants(module.getValue());
			for (var file : module.getValue().entrySet()) {
				for (String table : SqlTables.named(file.getValue(), constants, ownership.known())) {
					String crossing = ownership.crossing(module.getKey(), table);
					if (crossing != null) {
						crossings.add(file.getKey() + ": " + table + " (" + crossing + ")");
					}
				}
			}
		}
		return crossings;
	}

	private static Map<String, String> constants(Map<String, String> files) {
		Map<String, String> constants = new HashMap<>();
		files.forEach((file, source) -> SqlTables.constantsOf(
				Path.of(file).getFileName().toString().replace(".java", ""), source, constants));
		return constants;
	}

	static Ownership ownership() {
		Map<String, String> tables = new TreeMap<>();
		Map<String, String> views = new TreeMap<>();
		List<String> unowned = new ArrayList<>();
		Set<String> modules = modules();
		for (Path migration : migrations()) {
			String module = moduleOf(migration);
			String sql = sql(migration);
			Matcher table = CREATE_TABLE.matcher(sql);
			while (table.find()) {
				String name = table.group(1).toLowerCase(Locale.ROOT);
				Owner other = CREATED_FOR_ANOTHER_MODULE.get(name);
				String owner = other != null ? other.module() : module;
				if (modules.contains(owner)) {
					tables.put(name, owner);
				}
				else if (!INFRASTRUCTURE.containsKey(name)) {
					unowned.add(migration.getFileName() + ": " + name);
				}
			}
			Matcher view = CREATE_VIEW.matcher(sql);
			while (view.find()) {
				// the owner is the first word of the name: a migration may publish views of several modules
				String name = view.group(1).toLowerCase(Locale.ROOT);
				views.put(name, name.substring(0, Math.max(0, name.indexOf('_'))));
			}
		}
		return new Ownership(tables, views, unowned);
	}

	/** The modules: the top-level packages under nl.goedgesprek. */
	static Set<String> modules() {
		try (Stream<Path> children = Files.list(SOURCES)) {
			Set<String> modules = new TreeSet<>();
			children.filter(Files::isDirectory).forEach(dir -> modules.add(dir.getFileName().toString()));
			return modules;
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	/** Every migration, the vendors' included. */
	private static List<Path> migrations() {
		try (Stream<Path> files = Stream.concat(Files.list(MIGRATIONS), vendorMigrations().stream())) {
			List<Path> migrations = files.filter(file -> file.toString().endsWith(".sql")).sorted().toList();
			assertThat(migrations).allSatisfy(file -> assertThat(file.getFileName().toString())
				.as("a migration is named V<n>__<module>_<what>.sql").matches(MIGRATION));
			return migrations;
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	private static List<Path> vendorMigrations() {
		try (Stream<Path> files = Files.walk(VENDOR_MIGRATIONS)) {
			return files.filter(file -> file.toString().endsWith(".sql")).sorted().toList();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	private static String moduleOf(Path migration) {
		Matcher name = MIGRATION.matcher(migration.getFileName().toString());
		assertThat(name.matches()).as(migration.toString()).isTrue();
		return name.group(1);
	}

	/** The migration without its comments. */
	private static String sql(Path migration) {
		try {
			return Files.readString(migration, StandardCharsets.UTF_8).replaceAll("--[^\n]*", "");
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

}
