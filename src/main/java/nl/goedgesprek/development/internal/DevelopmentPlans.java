package nl.goedgesprek.development.internal;

import java.sql.Date;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.shared.Refusal;
import nl.goedgesprek.shared.TextLimits;
import nl.goedgesprek.shared.EditClash;

/**
 * The development plan (POP): goals with actions, owned by the employee. Callers check that the
 * actor is the employee; every change here also checks that the goal is theirs. A goal is an aggregate
 * ({@link DevelopmentGoal}, with {@code @Version}); its actions are {@link PlanActions}'.
 */
@Service
@Transactional
public class DevelopmentPlans {

	private final JdbcClient jdbc;

	private final DevelopmentGoalRepository goals;

	private final Clock clock;

	private final TextLimits limits;

	DevelopmentPlans(JdbcClient jdbc, DevelopmentGoalRepository goals, Clock clock, TextLimits limits) {
		this.jdbc = jdbc;
		this.goals = goals;
		this.clock = clock;
		this.limits = limits;
	}

	@Transactional(readOnly = true)
	public List<PlanGoal> of(EmployeeId employee) {
		Map<Long, List<DevelopmentAction>> actions = new LinkedHashMap<>();
		jdbc.sql("""
				select a.* from development_action a join development_goal g on g.id = a.development_goal
				where g.employee_id = :e order by a.development_goal, a.development_goal_key""")
			.param("e", employee.value())
			.query(rs -> {
				Date due = rs.getDate("due_date");
				long agreement = rs.getLong("agreement_id");
				actions.computeIfAbsent(rs.getLong("development_goal"), id -> new ArrayList<>())
					.add(new DevelopmentAction(rs.getLong("development_goal"), rs.getInt("development_goal_key"),
							DevelopmentAction.Kind.valueOf(rs.getString("kind")), rs.getString("description"),
							rs.getString("employer_time"), rs.getString("employer_budget"),
							due == null ? null : due.toLocalDate(), DevelopmentAction.Status.valueOf(rs.getString("status")),
							agreementOrNull(rs, agreement), rs.getInt("version")));
			});
		return jdbc.sql("""
				select g.id, g.version, g.title, g.ambition_id, a.text as ambition, g.competency_id, c.name as competency,
				       g.organisation_goal_id, o.title as organisation_goal
				from development_goal g
				left join ambition a on a.id = g.ambition_id
				left join competency c on c.id = g.competency_id
				left join organisation_goal o on o.id = g.organisation_goal_id
				where g.employee_id = :e order by g.created_at, g.id""")
			.param("e", employee.value())
			.query((rs, row) -> new PlanGoal(rs.getLong("id"), rs.getInt("version"), rs.getString("title"),
					(Long) rs.getObject("ambition_id", Long.class), rs.getString("ambition"),
					(Long) rs.getObject("competency_id", Long.class), rs.getString("competency"),
					(Long) rs.getObject("organisation_goal_id", Long.class), rs.getString("organisation_goal"),
					actions.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	public long addGoal(EmployeeId employee, String title, Long ambitionId, Long competencyId, Long organisationGoalId) {
		Refusal.require(title != null && !title.isBlank(), "development.goal.error.title");
		Refusal.require(ambitionId == null || count("""
				select count(*) from ambition where id = :id and employee_id = :e and replaced_at is null""",
				ambitionId, employee) > 0, "development.goal.error.link");
		Refusal.require(competencyId == null
				|| exists("select count(*) from competency where id = :id and active = true", competencyId),
				"development.goal.error.link");
		Refusal.require(organisationGoalId == null
				|| exists("select count(*) from organisation_goal where id = :id and active = true", organisationGoalId),
				"development.goal.error.link");
		return goals.save(DevelopmentGoal.set(employee, goalTitle(title), ambitionId, competencyId, organisationGoalId,
				clock.instant())).id();
	}

	/**
	 * Rewords a goal; its links and actions stay as they are.
	 * @throws EditClash when the goal was reworded elsewhere since {@code version} was read
	 */
	public void renameGoal(EmployeeId employee, long goalId, int version, String title) {
		requireOwnGoal(employee, goalId);
		Refusal.require(title != null && !title.isBlank(), "development.goal.error.title");
		DevelopmentGoal goal = currentGoal(goalId, version);
		goal.rename(goalTitle(title));
		try {
			goals.save(goal);
		}
		catch (OptimisticLockingFailureException savedInTheMeantime) {
			throw new EditClash();
		}
	}

	/** The goal as it is now, when it still has the version the employee saw. */
	private DevelopmentGoal currentGoal(long goalId, int version) {
		return goals.findById(goalId).filter(goal -> goal.version() == version).orElseThrow(EditClash::new);
	}

	/**
	 * Removes a goal with its actions. A year story that already holds them keeps them: it is a snapshot.
	 * @throws EditClash when the goal was reworded elsewhere since {@code version} was read
	 */
	public void removeGoal(EmployeeId employee, long goalId, int version) {
		requireOwnGoal(employee, goalId);
		DevelopmentGoal goal = currentGoal(goalId, version);
		jdbc.sql("delete from development_action where development_goal = :g").param("g", goalId).update();
		try {
			// deletes only while the version is still the one read (the rename in another tab waits, or clashes)
			goals.delete(goal);
		}
		catch (OptimisticLockingFailureException savedInTheMeantime) {
			throw new EditClash();
		}
	}

	private String goalTitle(String typed) {
		return limits.require("development_goal.title", "title", typed.strip());
	}

	/** The goal with this title, made if the employee has none yet. */
	public long goalTitled(EmployeeId employee, String title) {
		return jdbc.sql("select id from development_goal where employee_id = :e and title = :title order by id")
			.param("e", employee.value())
			.param("title", title)
			.query(Long.class)
			.list()
			.stream()
			.findFirst()
			.orElseGet(() -> addGoal(employee, title, null, null, null));
	}

	private static Long agreementOrNull(java.sql.ResultSet rs, long agreement) throws java.sql.SQLException {
		return rs.getObject("agreement_id") == null ? null : agreement;
	}

	/** @throws Refusal unless the goal is the employee's */
	void requireOwnGoal(EmployeeId employee, long goalId) {
		Refusal.require(count("select count(*) from development_goal where id = :id and employee_id = :e",
				goalId, employee) > 0, "development.goal.error.notYours");
	}

	private boolean exists(String sql, long id) {
		return jdbc.sql(sql).param("id", id).query(Integer.class).single() > 0;
	}

	/** How many rows {@code sql} counts for a row id and an employee ({@code :id}, {@code :e}). */
	int count(String sql, long id, EmployeeId employee) {
		return jdbc.sql(sql).param("id", id).param("e", employee.value()).query(Integer.class).single();
	}

}
