package nl.goedgesprek.development.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
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
 * ({@link DevelopmentGoal}, with {@code @Version}); an action keeps its own version column, checked in its
 * statement, so the actions of one goal never clash with each other or with the goal's wording.
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

	/** The texts of an action, when each fits. */
	private void requireFits(String description, String employerTime, String employerBudget) {
		limits.require("development_action.description", "description", description.strip());
		limits.require("development_action.employer_time", "employerTime", employerTime);
		limits.require("development_action.employer_budget", "employerBudget", employerBudget);
	}

	/** @throws EditClash when another action was added to the goal at the same moment */
	public void addAction(EmployeeId employee, long goalId, DevelopmentAction.Kind kind, String description,
			String employerTime, String employerBudget, LocalDate due, Long agreementId) {
		requireOwnGoal(employee, goalId);
		Refusal.require(description != null && !description.isBlank(),
				"development.action.error.description");
		requireFits(description, employerTime, employerBudget);
		int key = jdbc.sql("select coalesce(max(development_goal_key), -1) + 1 from development_action where development_goal = :g")
			.param("g", goalId)
			.query(Integer.class)
			.single();
		try {
			jdbc.sql("""
					insert into development_action (development_goal, development_goal_key, kind, description, employer_time,
					                                employer_budget, due_date, status, agreement_id)
					values (:g, :key, :kind, :description, :time, :budget, :due, 'PLANNED', :agreement)""")
				.param("g", goalId)
				.param("key", key)
				.param("kind", kind.name())
				.param("description", description.strip())
				.param("time", Koers.blankToNull(employerTime))
				.param("budget", Koers.blankToNull(employerBudget))
				.param("due", due == null ? null : Date.valueOf(due))
				.param("agreement", agreementId)
				.update();
		}
		catch (DuplicateKeyException sameMoment) {
			throw new EditClash();
		}
	}

	/** One action of one of the employee's goals. */
	@Transactional(readOnly = true)
	public java.util.Optional<DevelopmentAction> action(EmployeeId employee, long goalId, int key) {
		return of(employee).stream()
			.filter(goal -> goal.id() == goalId)
			.flatMap(goal -> goal.actions().stream())
			.filter(action -> action.key() == key)
			.findFirst();
	}

	/**
	 * Changes what an action is; its status stays.
	 * @throws EditClash when it was changed or removed elsewhere since {@code version} was read
	 */
	public void changeAction(EmployeeId employee, long goalId, int key, int version, DevelopmentAction.Kind kind,
			String description, String employerTime, String employerBudget, LocalDate due) {
		requireOwnGoal(employee, goalId);
		Refusal.require(description != null && !description.isBlank(),
				"development.action.error.description");
		requireFits(description, employerTime, employerBudget);
		int changed = jdbc.sql("""
				update development_action set kind = :kind, description = :description, employer_time = :time,
				       employer_budget = :budget, due_date = :due, version = version + 1
				where development_goal = :g and development_goal_key = :key and version = :version""")
			.param("kind", kind.name())
			.param("description", description.strip())
			.param("time", Koers.blankToNull(employerTime))
			.param("budget", Koers.blankToNull(employerBudget))
			.param("due", due == null ? null : Date.valueOf(due))
			.param("g", goalId)
			.param("key", key)
			.param("version", version)
			.update();
		if (changed == 0) {
			throw new EditClash();
		}
	}

	/** @throws EditClash when it was changed or removed elsewhere since {@code version} was read */
	public void removeAction(EmployeeId employee, long goalId, int key, int version) {
		requireOwnGoal(employee, goalId);
		int removed = jdbc.sql("""
				delete from development_action where development_goal = :g and development_goal_key = :key and version = :version""")
			.param("g", goalId)
			.param("key", key)
			.param("version", version)
			.update();
		if (removed == 0) {
			throw new EditClash();
		}
	}

	public void setStatus(EmployeeId employee, long goalId, int key, DevelopmentAction.Status status) {
		requireOwnGoal(employee, goalId);
		jdbc.sql("update development_action set status = :status where development_goal = :g and development_goal_key = :key")
			.param("status", status.name())
			.param("g", goalId)
			.param("key", key)
			.update();
	}

	/** Whether an agreement already became an action in this employee's plan. */
	@Transactional(readOnly = true)
	public boolean hasActionFor(EmployeeId employee, long agreementId) {
		return count("""
				select count(*) from development_action a join development_goal g on g.id = a.development_goal
				where a.agreement_id = :id and g.employee_id = :e""", agreementId, employee) > 0;
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

	private void requireOwnGoal(EmployeeId employee, long goalId) {
		Refusal.require(count("select count(*) from development_goal where id = :id and employee_id = :e",
				goalId, employee) > 0, "development.goal.error.notYours");
	}

	private boolean exists(String sql, long id) {
		return jdbc.sql(sql).param("id", id).query(Integer.class).single() > 0;
	}

	private int count(String sql, long id, EmployeeId employee) {
		return jdbc.sql(sql).param("id", id).param("e", employee.value()).query(Integer.class).single();
	}

}
