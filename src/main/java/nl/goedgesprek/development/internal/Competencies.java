package nl.goedgesprek.development.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.shared.Refusal;
import nl.goedgesprek.shared.EditClash;
import nl.goedgesprek.shared.TextLimits;

/**
 * The competency catalogue HR keeps, and the competencies each employee wants to strengthen. The
 * manager may suggest one; only the employee puts it on their list.
 */
@Service
@Transactional
public class Competencies {

	private final JdbcClient jdbc;

	private final CompetencyRepository catalogue;

	private final Clock clock;

	private final TextLimits limits;

	Competencies(JdbcClient jdbc, CompetencyRepository catalogue, Clock clock, TextLimits limits) {
		this.catalogue = catalogue;
		this.limits = limits;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	private void requireFits(String name, String description, String group) {
		limits.require("competency.name", "name", name.strip());
		limits.require("competency.description", "description", Koers.blankToNull(description));
		limits.require("competency.group_name", "group", Koers.blankToNull(group));
	}

	@Transactional(readOnly = true)
	public List<Competency> catalogue(boolean activeOnly) {
		return jdbc.sql("select * from competency" + (activeOnly ? " where active = true" : "")
				+ " order by group_name, name").query(Competencies::competency).list();
	}

	@Transactional(readOnly = true)
	public Optional<Competency> find(long id) {
		return jdbc.sql("select * from competency where id = :id").param("id", id).query(Competencies::competency).optional();
	}

	public void add(String name, String description, String group) {
		requireFits(name, description, group);
		catalogue.save(Competency.add(name.strip(), Koers.blankToNull(description), Koers.blankToNull(group)));
	}

	/** @throws EditClash when someone else saved the competency since {@code version} */
	public void update(long id, int version, String name, String description, String group, boolean active) {
		requireFits(name, description, group);
		Competency competency = catalogue.findById(id).filter(found -> found.version() == version)
			.orElseThrow(EditClash::new);
		competency.revise(name.strip(), Koers.blankToNull(description), Koers.blankToNull(group), active);
		try {
			catalogue.save(competency);
		}
		catch (OptimisticLockingFailureException savedInTheMeantime) {
			throw new EditClash();
		}
	}

	/** The employee's list: chosen ones first, then suggestions waiting for them. */
	@Transactional(readOnly = true)
	public List<ChosenCompetency> of(EmployeeId employee) {
		return jdbc.sql("""
				select c.*, k.status, s.name as suggested_by_name
				from chosen_competency k
				join competency c on c.id = k.competency_id
				left join people_employee_v s on s.id = k.suggested_by
				where k.employee_id = :employee
				order by k.status, c.name""")
			.param("employee", employee.value())
			.query((rs, row) -> new ChosenCompetency(competency(rs, row),
					ChosenCompetency.Status.valueOf(rs.getString("status")), rs.getString("suggested_by_name")))
			.list();
	}

	/** The employee puts a competency on their own list (also: accepts a suggestion). */
	public void choose(EmployeeId employee, long competencyId) {
		Refusal.require(find(competencyId).filter(Competency::active).isPresent(),
				"development.competency.error.unknown");
		remove(employee, competencyId);
		insert(employee, competencyId, ChosenCompetency.Status.CHOSEN, null);
	}

	/** The manager suggests; nothing changes if the employee already has it on their list. */
	public void suggest(EmployeeId manager, EmployeeId employee, long competencyId) {
		Refusal.require(find(competencyId).filter(Competency::active).isPresent(),
				"development.competency.error.unknown");
		boolean listed = jdbc.sql("select count(*) from chosen_competency where employee_id = :e and competency_id = :c")
			.param("e", employee.value())
			.param("c", competencyId)
			.query(Integer.class)
			.single() > 0;
		if (!listed) {
			insert(employee, competencyId, ChosenCompetency.Status.SUGGESTED, manager);
		}
	}

	/** Takes a competency off the list, or declines a suggestion. */
	public void remove(EmployeeId employee, long competencyId) {
		jdbc.sql("delete from chosen_competency where employee_id = :e and competency_id = :c")
			.param("e", employee.value())
			.param("c", competencyId)
			.update();
	}

	private void insert(EmployeeId employee, long competencyId, ChosenCompetency.Status status, EmployeeId by) {
		jdbc.sql("""
				insert into chosen_competency (employee_id, competency_id, status, suggested_by, updated_at)
				values (:e, :c, :status, :by, :now)""")
			.param("e", employee.value())
			.param("c", competencyId)
			.param("status", status.name())
			.param("by", by == null ? null : by.value())
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	static Competency competency(ResultSet rs, int row) throws SQLException {
		return new Competency(rs.getLong("id"), rs.getInt("version"), rs.getString("name"), rs.getString("description"),
				rs.getString("group_name"), rs.getBoolean("active"));
	}

}
