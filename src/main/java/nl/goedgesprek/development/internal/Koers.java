package nl.goedgesprek.development.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import nl.goedgesprek.shared.EditClash;
import nl.goedgesprek.shared.TextLimits;

/** The organisation's koers: goals HR keeps and everyone reads. */
@Service
@Transactional
public class Koers {

	private final JdbcClient jdbc;

	private final OrganisationGoalRepository goals;

	private final TextLimits limits;

	Koers(JdbcClient jdbc, OrganisationGoalRepository goals, TextLimits limits) {
		this.limits = limits;
		this.jdbc = jdbc;
		this.goals = goals;
	}

	@Transactional(readOnly = true)
	public List<OrganisationGoal> active() {
		return jdbc.sql("select * from organisation_goal where active = true order by period_start, title")
			.query(Koers::goal)
			.list();
	}

	@Transactional(readOnly = true)
	public List<OrganisationGoal> all() {
		return jdbc.sql("select * from organisation_goal order by active desc, period_start, title").query(Koers::goal).list();
	}

	@Transactional(readOnly = true)
	public Optional<OrganisationGoal> find(long id) {
		return jdbc.sql("select * from organisation_goal where id = :id").param("id", id).query(Koers::goal).optional();
	}

	public long add(String title, String explanation, LocalDate start, LocalDate end) {
		requireFits(title, explanation);
		return goals.save(OrganisationGoal.set(title.strip(), blankToNull(explanation), start, end)).id();
	}

	/**
	 * @throws EditClash when someone else saved the goal since {@code version}
	 */
	public void update(long id, int version, String title, String explanation, LocalDate start, LocalDate end,
			boolean active) {
		requireFits(title, explanation);
		OrganisationGoal goal = goals.findById(id).filter(found -> found.version() == version).orElseThrow(EditClash::new);
		goal.revise(title.strip(), blankToNull(explanation), start, end, active);
		try {
			goals.save(goal);
		}
		catch (OptimisticLockingFailureException savedInTheMeantime) {
			throw new EditClash();
		}
	}

	private void requireFits(String title, String explanation) {
		limits.require("organisation_goal.title", "title", title.strip());
		limits.require("organisation_goal.explanation", "explanation", blankToNull(explanation));
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static OrganisationGoal goal(ResultSet rs, int row) throws SQLException {
		Date start = rs.getDate("period_start");
		Date end = rs.getDate("period_end");
		return new OrganisationGoal(rs.getLong("id"), rs.getInt("version"), rs.getString("title"),
				rs.getString("explanation"), start == null ? null : start.toLocalDate(),
				end == null ? null : end.toLocalDate(), rs.getBoolean("active"));
	}

}
