package nl.goedgesprek.insights;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills the database with a made-up organisation straight through JDBC batches: teams with a manager
 * and employees, years of closed conversations on a rhythm with both preparations (scores, words,
 * talking points), joint notes, agreements in every state, pulses, "did it help" answers, chosen
 * competencies and plan goals linked to koers goals. Every row it writes is also handed to a listener,
 * so a test can count the same facts independently of the dashboard's SQL. Ids start high, so they
 * never meet the ids the application hands out.
 */
public class OrganisationGenerator {

	public static final String[] THEMES = { "resultaten", "ontwikkeling", "samenwerking", "welzijn", "koers" };

	public static final String[] STATUSES = { "OPEN", "IN_PROGRESS", "DONE", "NOT_ACHIEVED", "DROPPED" };

	/** One generated conversation, as the facts a dashboard counts. */
	public record Held(long id, long employee, long team, LocalDate date, int[] employeeScores, int employeeWords,
			int managerWords, int employeeTalkingPoints, int managerTalkingPoints, List<String> notedThemes,
			int employeeGood, int employeeHeard, List<Agreement> agreements) {
	}

	public record Agreement(long id, String owner, String status, LocalDate due, LocalDate updated, String helped) {
	}

	public record Person(long id, long team, boolean manager) {
	}

	private final JdbcTemplate jdbc;

	private final Random random;

	private long next = 1_000_000;

	public OrganisationGenerator(JdbcTemplate jdbc, long seed) {
		this.jdbc = jdbc;
		this.random = new Random(seed);
	}

	/**
	 * @param teamSizes employees per team (each team also gets a manager)
	 * @param weeks the rhythm: one conversation per employee every this many weeks, with a little spread
	 * @param months how far back conversations go
	 */
	public List<Person> generate(int[] teamSizes, int weeks, int months, LocalDate today, Consumer<Held> held) {
		long cardVersion = jdbc.queryForObject("select min(id) from card_version where state = 'PUBLISHED'", Long.class);
		long director = person(null, null, "Directeur");
		long[] competencies = new long[] { catalogue("competency"), catalogue("competency"), catalogue("competency") };
		long[] koers = new long[] { catalogue("organisation_goal"), catalogue("organisation_goal") };
		List<Person> people = new ArrayList<>();
		Batch batch = new Batch(jdbc);
		for (int t = 0; t < teamSizes.length; t++) {
			long team = next++;
			jdbc.update("insert into team (id, version, name, active) values (?, 0, ?, true)", team, "Team " + team);
			long manager = person(team, director, "Leidinggevende");
			people.add(new Person(manager, team, true));
			for (int i = 0; i < teamSizes[t]; i++) {
				long employee = person(team, manager, "Medewerker");
				people.add(new Person(employee, team, false));
				LocalDate date = today.minusMonths(months).plusDays(random.nextInt(weeks * 7));
				while (!date.isAfter(today)) {
					held.accept(conversation(batch, cardVersion, employee, team, manager, date, today));
					date = date.plusWeeks(weeks).plusDays(random.nextInt(7) - 3);
				}
				if (random.nextInt(3) > 0) {
					batch.add("insert into chosen_competency (employee_id, competency_id, status, updated_at) values (?, ?, 'CHOSEN', ?)",
							employee, competencies[random.nextInt(competencies.length)], now(today));
				}
				if (random.nextBoolean()) {
					batch.add("insert into development_goal (id, version, employee_id, title, organisation_goal_id, created_at) values (?, 0, ?, ?, ?, ?)",
							next++, employee, "Doel", koers[random.nextInt(koers.length)], now(today));
				}
			}
			batch.flush();
		}
		batch.flush();
		return people;
	}

	private Held conversation(Batch batch, long cardVersion, long employee, long team, long manager, LocalDate date,
			LocalDate today) {
		batch.flushIfFull();
		long id = next++;
		Timestamp at = Timestamp.valueOf(date.atTime(10, 0));
		batch.add("""
				insert into conversation (id, version, employee_id, manager_id, kind, scheduled_at, card_version_id, planned_by,
				                          status, created_at, started_at, closed_at, locked_at)
				values (?, 0, ?, ?, 'CHECK_IN', ?, ?, ?, 'COMPLETED', ?, ?, ?, ?)""", id, employee, manager, at, cardVersion,
				manager, at, at, at, at);
		int[] scores = new int[THEMES.length];
		int[] words = new int[2];
		int[] points = new int[2];
		for (int side = 0; side < 2; side++) {
			long preparation = next++;
			batch.add("""
					insert into preparation (id, version, conversation_id, author_id, side, updated_at, shared_at)
					values (?, 0, ?, ?, ?, ?, ?)""", preparation, id, side == 0 ? employee : manager,
					side == 0 ? "EMPLOYEE" : "MANAGER", at, at);
			for (int th = 0; th < THEMES.length; th++) {
				int score = 1 + random.nextInt(5);
				if (side == 0) {
					scores[th] = score;
				}
				batch.add("insert into answer (preparation, preparation_key, score) values (?, ?, ?)", preparation,
						THEMES[th] + ".statement", score);
			}
			words[side] = 1 + random.nextInt(30);
			batch.add("insert into answer (preparation, preparation_key, text) values (?, ?, ?)", preparation,
					"resultaten.q1", String.join(" ", java.util.Collections.nCopies(words[side], "woord")));
			points[side] = random.nextInt(3);
			for (int p = 0; p < points[side]; p++) {
				batch.add("insert into talking_point (preparation, preparation_key, text, discussed) values (?, ?, ?, true)",
						preparation, p, "Onderwerp " + p);
			}
		}
		List<String> noted = new ArrayList<>();
		for (String theme : THEMES) {
			if (random.nextInt(3) == 0) {
				noted.add(theme);
				batch.add("insert into note (id, version, conversation_id, theme_key, text, updated_at) values (?, 0, ?, ?, ?, ?)",
						next++, id, theme, "Notitie", at);
			}
		}
		int good = 1 + random.nextInt(5);
		int heard = 1 + random.nextInt(5);
		batch.add("insert into pulse (conversation, side, good, heard, answered_at) values (?, 'EMPLOYEE', ?, ?, ?)", id, good,
				heard, at);
		batch.add("insert into pulse (conversation, side, good, heard, answered_at) values (?, 'MANAGER', ?, ?, ?)", id,
				1 + random.nextInt(5), 1 + random.nextInt(5), at);
		List<Agreement> agreements = new ArrayList<>();
		for (int a = random.nextInt(3); a > 0; a--) {
			long agreement = next++;
			String owner = random.nextInt(3) == 0 ? "MANAGER" : "EMPLOYEE";
			String status = STATUSES[random.nextInt(STATUSES.length)];
			LocalDate due = date.plusWeeks(1 + random.nextInt(8));
			LocalDate updated = date.plusWeeks(random.nextInt(10));
			batch.add("""
					insert into agreement (id, version, conversation_id, employee_id, manager_id, description, owner, due_date,
					                       status, created_by, created_at, updated_at)
					values (?, 0, ?, ?, ?, 'Afspraak', ?, ?, ?, ?, ?, ?)""", agreement, id, employee, manager, owner,
					Date.valueOf(due), status, manager, at, Timestamp.valueOf(updated.atTime(12, 0)));
			String helped = null;
			if ((status.equals("DONE") || status.equals("NOT_ACHIEVED")) && random.nextBoolean()) {
				helped = random.nextBoolean() ? "YES" : (random.nextBoolean() ? "PARTLY" : "NO");
				batch.add("insert into agreement_review (agreement, side, conversation_id, helped, answered_at) values (?, 'EMPLOYEE', ?, ?, ?)",
						agreement, id, helped, at);
			}
			agreements.add(new Agreement(agreement, owner, status, due, updated, helped));
		}
		return new Held(id, employee, team, date, scores, words[0], words[1], points[0], points[1], noted, good, heard,
				agreements);
	}

	private long person(Long team, Long manager, String title) {
		long id = next++;
		jdbc.update("""
				insert into employee (id, version, name, email, job_title, team_id, manager_id, active)
				values (?, 0, ?, ?, ?, ?, ?, true)""", id, title + " " + id, "p" + id + "@generated.example", title, team,
				manager);
		return id;
	}

	private long catalogue(String table) {
		long id = next++;
		if (table.equals("competency")) {
			jdbc.update("insert into competency (id, version, name, active) values (?, 0, ?, true)", id, "Competentie " + id);
		}
		else {
			jdbc.update("insert into organisation_goal (id, version, title, active) values (?, 0, ?, true)", id, "Koersdoel " + id);
		}
		return id;
	}

	private static Timestamp now(LocalDate today) {
		return Timestamp.from(today.atStartOfDay().toInstant(ZoneOffset.UTC));
	}

	/** Groups rows per statement and sends them in batches of a thousand. */
	private static final class Batch {

		private final JdbcTemplate jdbc;

		private final java.util.Map<String, List<Object[]>> rows = new java.util.LinkedHashMap<>();

		private int size;

		Batch(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		void add(String sql, Object... values) {
			rows.computeIfAbsent(sql, key -> new ArrayList<>()).add(values);
			size++;
		}

		/** Called between conversations only, so a batch never holds children without their parents. */
		void flushIfFull() {
			if (size >= 5000) {
				flush();
			}
		}

		void flush() {
			// Parents before children: statements run in the order they were first seen, and a batch
			// always starts with a conversation.
			rows.forEach(jdbc::batchUpdate);
			rows.clear();
			size = 0;
		}

	}

}
