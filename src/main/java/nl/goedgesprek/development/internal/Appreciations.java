package nl.goedgesprek.development.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.shared.Refusal;
import nl.goedgesprek.shared.TextLimits;

/**
 * Appreciation any time, from anyone, for anyone. The recipient sees all of it and may hide an item
 * from their manager; the manager sees the rest.
 */
@Service
@Transactional
public class Appreciations {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TextLimits limits;

	Appreciations(JdbcClient jdbc, Clock clock, TextLimits limits) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.limits = limits;
	}

	public void give(EmployeeId giver, EmployeeId recipient, String text, Long competencyId, Long organisationGoalId,
			Long ambitionId) {
		Refusal.require(text != null && !text.isBlank(), "appreciation.error.text");
		Refusal.require(!giver.equals(recipient), "appreciation.error.self");
		Refusal.require(ambitionId == null || jdbc.sql(
				"select count(*) from ambition where id = :id and employee_id = :r and replaced_at is null")
			.param("id", ambitionId)
			.param("r", recipient.value())
			.query(Integer.class)
			.single() > 0, "development.goal.error.link");
		String clean = limits.require("appreciation.text", "text", text.strip());
		Refusal.require(competencyId == null || exists("select count(*) from competency where id = :id", competencyId),
				"appreciation.error.competency");
		Refusal.require(organisationGoalId == null
				|| exists("select count(*) from organisation_goal where id = :id", organisationGoalId),
				"appreciation.error.koers");
		jdbc.sql("""
				insert into appreciation (recipient_id, giver_id, text, competency_id, organisation_goal_id, ambition_id,
				                          hidden_from_manager, given_at)
				values (:r, :g, :text, :competency, :koers, :ambition, false, :now)""")
			.param("r", recipient.value())
			.param("g", giver.value())
			.param("text", clean)
			.param("competency", competencyId)
			.param("koers", organisationGoalId)
			.param("ambition", ambitionId)
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	/**
	 * What the recipient received since a moment, newest first.
	 * @param forManager leaves out what the recipient hid from their manager
	 */
	@Transactional(readOnly = true)
	public List<Appreciation> received(EmployeeId recipient, Instant since, boolean forManager) {
		return jdbc.sql("""
				select p.id, p.giver_id, g.name as giver, p.text, c.name as competency, o.title as organisation_goal,
				       a.text as ambition, p.hidden_from_manager, p.given_at
				from appreciation p
				join people_employee_v g on g.id = p.giver_id
				left join competency c on c.id = p.competency_id
				left join organisation_goal o on o.id = p.organisation_goal_id
				left join ambition a on a.id = p.ambition_id
				where p.recipient_id = :r and p.given_at >= :since""" + (forManager ? " and p.hidden_from_manager = false" : "")
				+ " order by p.given_at desc, p.id desc")
			.param("r", recipient.value())
			.param("since", Timestamp.from(since))
			.query((rs, row) -> new Appreciation(rs.getLong("id"), rs.getLong("giver_id"), rs.getString("giver"),
					rs.getString("text"), rs.getString("competency"), rs.getString("organisation_goal"),
					rs.getString("ambition"), rs.getBoolean("hidden_from_manager"), rs.getTimestamp("given_at").toInstant()))
			.list();
	}

	/** Only the recipient hides or shows an item; anyone else's attempt changes nothing. */
	public void hideFromManager(EmployeeId recipient, long appreciationId, boolean hidden) {
		jdbc.sql("update appreciation set hidden_from_manager = :hidden where id = :id and recipient_id = :r")
			.param("hidden", hidden)
			.param("id", appreciationId)
			.param("r", recipient.value())
			.update();
	}

	private boolean exists(String countById, long id) {
		return jdbc.sql(countById).param("id", id).query(Long.class).single() > 0;
	}

}
