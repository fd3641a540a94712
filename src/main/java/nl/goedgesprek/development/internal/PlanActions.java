package nl.goedgesprek.development.internal;

import java.sql.Date;
import java.time.LocalDate;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.shared.EditClash;
import nl.goedgesprek.shared.Refusal;
import nl.goedgesprek.shared.TextLimits;

/**
 * The actions of a development plan's goals ({@link DevelopmentPlans}): what the employee will do,
 * with the employer's time and budget. Each action keeps its own version column, checked in its
 * statement, so the actions of one goal never clash with each other or with the goal's wording. Every
 * change checks that the goal is the employee's.
 */
@Service
@Transactional
public class PlanActions {

	private final JdbcClient jdbc;

	private final DevelopmentPlans plans;

	private final TextLimits limits;

	PlanActions(JdbcClient jdbc, DevelopmentPlans plans, TextLimits limits) {
		this.jdbc = jdbc;
		this.plans = plans;
		this.limits = limits;
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
		plans.requireOwnGoal(employee, goalId);
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
		return plans.of(employee).stream()
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
		plans.requireOwnGoal(employee, goalId);
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
		plans.requireOwnGoal(employee, goalId);
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
		plans.requireOwnGoal(employee, goalId);
		jdbc.sql("update development_action set status = :status where development_goal = :g and development_goal_key = :key")
			.param("status", status.name())
			.param("g", goalId)
			.param("key", key)
			.update();
	}

	/** Whether an agreement already became an action in this employee's plan. */
	@Transactional(readOnly = true)
	public boolean hasActionFor(EmployeeId employee, long agreementId) {
		return plans.count("""
				select count(*) from development_action a join development_goal g on g.id = a.development_goal
				where a.agreement_id = :id and g.employee_id = :e""", agreementId, employee) > 0;
	}

}
