package nl.goedgesprek.development.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.conversations.Side;
import nl.goedgesprek.people.EmployeeId;
import tools.jackson.databind.json.JsonMapper;
import nl.goedgesprek.shared.Refusal;
import nl.goedgesprek.shared.TextLimits;
import nl.goedgesprek.shared.EditClash;

/**
 * Year stories: compiled on demand for a calendar year (up to today), reflected on by both, and
 * acknowledged like a record: "voor gezien", optionally "voor akkoord", locked when both saw it; the
 * employee may always add a zienswijze. Callers check that the actor is one of the two authors.
 */
@Service
@Transactional
public class YearStories {

	private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

	private final JdbcClient jdbc;

	private final YearStoryCompiler compiler;

	private final Appreciations appreciations;

	private final Clock clock;

	private final TextLimits limits;

	YearStories(JdbcClient jdbc, YearStoryCompiler compiler, Appreciations appreciations, Clock clock,
			TextLimits limits) {
		this.jdbc = jdbc;
		this.compiler = compiler;
		this.appreciations = appreciations;
		this.clock = clock;
		this.limits = limits;
	}

	/**
	 * The story as this reader may see it now. The snapshot keeps what happened, but the recipient's
	 * choice to hide an appreciation item from their manager counts as it is today: the manager reads
	 * only the items that are still shown to them (and that still exist). The employee reads it all.
	 */
	@Transactional(readOnly = true)
	public YearStory asSeenBy(YearStory story, EmployeeId reader) {
		if (reader.equals(story.employeeId()) || story.facts().appreciation().isEmpty()) {
			return story;
		}
		List<Appreciation> shown = appreciations.received(story.employeeId(), java.time.Instant.EPOCH, true);
		Set<Long> shownIds = new HashSet<>(shown.stream().map(Appreciation::id).toList());
		Set<String> shownTexts = new HashSet<>(shown.stream().map(item -> item.giver() + "\n" + item.text()).toList());
		return story.withFacts(story.facts().withAppreciation(story.facts().appreciation().stream()
			.filter(thanks -> thanks.appreciationId() != null ? shownIds.contains(thanks.appreciationId())
					: shownTexts.contains(thanks.giver() + "\n" + thanks.text()))
			.toList()));
	}

	/**
	 * Compiles the pair's story of a year, or compiles it again while nobody signed it yet.
	 * @return the story's id
	 */
	public long compile(EmployeeId employee, EmployeeId manager, int year) {
		Refusal.require(year >= 1900 && year <= LocalDate.now(clock).getYear() + 1, "yearStory.error.year");
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate today = LocalDate.now(clock);
		Refusal.require(!from.isAfter(today), "yearStory.error.future");
		LocalDate until = LocalDate.of(year, 12, 31).isAfter(today) ? today : LocalDate.of(year, 12, 31);
		String facts = JSON.writeValueAsString(compiler.compile(employee, manager, from, until));
		Optional<YearStory> existing = of(employee, manager).stream().filter(s -> s.periodStart().equals(from)).findFirst();
		if (existing.isPresent()) {
			Refusal.require(!existing.get().acknowledgedByAnyone(), "yearStory.error.signed");
			jdbc.sql("update year_story set facts = :facts, period_end = :until, compiled_at = :now where id = :id")
				.param("facts", facts).param("until", Date.valueOf(until)).param("now", Timestamp.from(clock.instant()))
				.param("id", existing.get().id())
				.update();
			return existing.get().id();
		}
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		try {
			jdbc.sql("""
					insert into year_story (employee_id, manager_id, period_start, period_end, facts, compiled_at,
					                        employee_reflection_version, manager_reflection_version)
					values (:e, :m, :from, :until, :facts, :now, 0, 0)""")
				.param("e", employee.value()).param("m", manager.value()).param("from", Date.valueOf(from))
				.param("until", Date.valueOf(until)).param("facts", facts).param("now", Timestamp.from(clock.instant()))
				.update(keys, "id");
		}
		catch (DuplicateKeyException bothAtOnce) {
			throw new EditClash();
		}
		return keys.getKeyAs(Number.class).longValue();
	}

	@Transactional(readOnly = true)
	public List<YearStory> of(EmployeeId employee, EmployeeId manager) {
		return jdbc.sql("select * from year_story where employee_id = :e and manager_id = :m order by period_start desc")
			.param("e", employee.value()).param("m", manager.value())
			.query(this::story)
			.list();
	}

	/** All of an employee's stories, with any manager they had: for the employee. */
	@Transactional(readOnly = true)
	public List<YearStory> ofEmployee(EmployeeId employee) {
		return jdbc.sql("select * from year_story where employee_id = :e order by period_start desc, id desc")
			.param("e", employee.value())
			.query(this::story)
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<YearStory> find(long id) {
		return jdbc.sql("select * from year_story where id = :id").param("id", id).query(this::story).optional();
	}

	/** @throws EditClash when the author saved their reflection elsewhere in the meantime */
	public void reflect(YearStory story, Side side, int expectedVersion, String text) {
		Refusal.require(!story.locked(), "yearStory.error.locked");
		String column = side == Side.EMPLOYEE ? "employee_reflection" : "manager_reflection";
		String clean = text == null || text.isBlank() ? null : text.strip();
		int changed = jdbc.sql("update year_story set " + column + " = :text, " + column + "_version = " + column
				+ "_version + 1 where id = :id and " + column + "_version = :version and locked_at is null")
			.param("text", limits.require("year_story." + column, "text", clean))
			.param("id", story.id()).param("version", expectedVersion)
			.update();
		if (changed == 0) {
			throw new EditClash();
		}
	}

	/** "Voor akkoord" also counts as "voor gezien"; when both have seen it, the story is locked. */
	public void acknowledge(YearStory story, Side side, String kind) {
		Refusal.require(kind.equals("SEEN") || kind.equals("AGREED"), "yearStory.error.kind");
		Set<String> kinds = kind.equals("AGREED") ? Set.of("SEEN", "AGREED") : Set.of("SEEN");
		for (String each : kinds) {
			if (!story.has(side, each)) {
				jdbc.sql("insert into year_story_acknowledgement (year_story, side, kind, acknowledged_at) values (:id, :side, :kind, :now)")
					.param("id", story.id()).param("side", side.name()).param("kind", each)
					.param("now", Timestamp.from(clock.instant()))
					.update();
			}
		}
		jdbc.sql("""
				update year_story set locked_at = :now where id = :id and locked_at is null
				and (select count(*) from year_story_acknowledgement k where k.year_story = :id and k.kind = 'SEEN') = 2""")
			.param("now", Timestamp.from(clock.instant())).param("id", story.id())
			.update();
	}

	/** The employee's zienswijze: appended, also after locking, never changed. */
	public void addView(YearStory story, String text) {
		Refusal.require(text != null && !text.isBlank(), "yearStory.error.viewEmpty");
		jdbc.sql("insert into year_story_view (year_story, text, written_at) values (:id, :text, :now)")
			.param("id", story.id()).param("text", limits.require("year_story_view.text", "text", text.strip()))
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	private YearStory story(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		Set<String> acknowledgements = new HashSet<>(jdbc.sql("select side, kind from year_story_acknowledgement where year_story = :id")
			.param("id", id)
			.query((r, n) -> r.getString("side") + ":" + r.getString("kind"))
			.list());
		List<YearStory.View> views = jdbc.sql("select text, written_at from year_story_view where year_story = :id order by id")
			.param("id", id)
			.query((r, n) -> new YearStory.View(r.getString("text"), r.getTimestamp("written_at").toInstant()))
			.list();
		Timestamp locked = rs.getTimestamp("locked_at");
		return new YearStory(id, EmployeeId.of(rs.getLong("employee_id")), EmployeeId.of(rs.getLong("manager_id")),
				rs.getDate("period_start").toLocalDate(), rs.getDate("period_end").toLocalDate(),
				JSON.readValue(rs.getString("facts"), YearStoryFacts.class), rs.getTimestamp("compiled_at").toInstant(),
				rs.getString("employee_reflection"), rs.getInt("employee_reflection_version"),
				rs.getString("manager_reflection"), rs.getInt("manager_reflection_version"),
				locked == null ? null : locked.toInstant(), acknowledgements, views);
	}

}
