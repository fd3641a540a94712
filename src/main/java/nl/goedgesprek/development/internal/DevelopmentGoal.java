package nl.goedgesprek.development.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

import nl.goedgesprek.people.EmployeeId;

/**
 * A goal in an employee's development plan, as an aggregate: its wording and its links, guarded by
 * {@link Version} (a goal reworded in one tab and removed in another is an edit clash). Its actions are
 * not part of it: each action has a version of its own, so changing one action never clashes with a
 * change to another or to the goal's wording ({@link DevelopmentPlans} keeps them). The page reads goals
 * and actions together as {@link DevelopmentGoal}.
 */
public class DevelopmentGoal {

	@Id
	private Long id;

	@Version
	private Integer version;

	private EmployeeId employeeId;

	private String title;

	private Long ambitionId;

	private Long competencyId;

	private Long organisationGoalId;

	private Instant createdAt;

	@PersistenceCreator
	DevelopmentGoal(Long id, Integer version, EmployeeId employeeId, String title, Long ambitionId, Long competencyId,
			Long organisationGoalId, Instant createdAt) {
		this.id = id;
		this.version = version;
		this.employeeId = employeeId;
		this.title = title;
		this.ambitionId = ambitionId;
		this.competencyId = competencyId;
		this.organisationGoalId = organisationGoalId;
		this.createdAt = createdAt;
	}

	static DevelopmentGoal set(EmployeeId employee, String title, Long ambitionId, Long competencyId, Long organisationGoalId,
			Instant now) {
		return new DevelopmentGoal(null, null, employee, title, ambitionId, competencyId, organisationGoalId, now);
	}

	/** Rewords the goal; its links and actions stay as they are. */
	void rename(String title) {
		this.title = title;
	}

	long id() {
		return id;
	}

	int version() {
		return version;
	}

	EmployeeId employeeId() {
		return employeeId;
	}

}
