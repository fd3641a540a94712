package nl.goedgesprek.insights.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.cards.Cards;
import nl.goedgesprek.cards.Topic;
import nl.goedgesprek.conversations.AgreementProgressed;
import nl.goedgesprek.conversations.AgreementReviewed;
import nl.goedgesprek.conversations.ConversationHeld;
import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.PulseGiven;

/**
 * Keeps the insights read model current: when a conversation is held its numbers are written, and
 * when a pulse comes in they are written again. One SQL statement computes a row from the
 * conversation's own tables, for one conversation (events) or for all that have none yet (start-up,
 * and after data arrived some other way). Counts only, never text.
 */
@Component
public class ConversationFacts {

	private final JdbcClient jdbc;

	private final Cards cards;

	private final MonthlyTotals totals;

	ConversationFacts(JdbcClient jdbc, Cards cards, MonthlyTotals totals) {
		this.jdbc = jdbc;
		this.cards = cards;
		this.totals = totals;
	}

	@ApplicationModuleListener
	void on(ConversationHeld event) {
		refresh(event.conversation());
	}

	@ApplicationModuleListener
	void on(PulseGiven event) {
		refresh(event.conversation());
	}

	@ApplicationModuleListener
	void on(AgreementProgressed event) {
		refreshAgreement(event.agreementId());
	}

	@ApplicationModuleListener
	void on(AgreementReviewed event) {
		refreshAgreement(event.agreementId());
	}

	/**
	 * Writes the conversation's rows again. A row keeps the team it was first written with, so a pulse
	 * given after the employee moved still counts for the team they had the conversation in.
	 */
	@Transactional
	public void refresh(ConversationId id) {
		totals.lock();
		var touched = new MonthlyTotals.Touched();
		totals.collectConversation(id.value(), touched);
		List<Long> team = jdbc.sql("select team_id from insight_conversation where conversation_id = :id")
			.param("id", id.value()).query((rs, row) -> (Long) rs.getObject("team_id", Long.class)).list();
		jdbc.sql("delete from insight_agreement where conversation_id = :id").param("id", id.value()).update();
		jdbc.sql("delete from insight_conversation where conversation_id = :id").param("id", id.value()).update();
		jdbc.sql(insert() + " and c.id = :id").param("id", id.value()).update();
		if (!team.isEmpty()) {
			jdbc.sql("update insight_conversation set team_id = :team where conversation_id = :id")
				.param("team", team.get(0), java.sql.Types.BIGINT).param("id", id.value()).update();
		}
		jdbc.sql(AGREEMENTS + " and c.id = :id").param("id", id.value()).update();
		totals.collectConversation(id.value(), touched);
		totals.recompute(touched);
	}

	@Transactional
	public void refreshAgreement(long agreementId) {
		totals.lock();
		var touched = new MonthlyTotals.Touched();
		totals.collectAgreement(agreementId, touched);
		jdbc.sql("delete from insight_agreement where agreement_id = :id").param("id", agreementId).update();
		jdbc.sql(AGREEMENTS + " and g.id = :id").param("id", agreementId).update();
		totals.collectAgreement(agreementId, touched);
		totals.recompute(touched);
	}

	/**
	 * Writes the rows of every held conversation and agreement that have none, and when it wrote any
	 * (or the totals are still empty) adds up all monthly totals again.
	 * @return how many conversations
	 */
	@Transactional
	public int fillMissing() {
		totals.lock();
		List<Long> conversations = jdbc.sql("select c.id from conversation c where c.status in ('HELD', 'COMPLETED')"
				+ " and not exists (select 1 from insight_conversation i where i.conversation_id = c.id)").query(Long.class).list();
		String insert = insert() + " and c.id in (:ids)";
		inChunks(conversations, chunk -> jdbc.sql(insert).param("ids", chunk).update());
		List<Long> agreements = jdbc.sql("select g.id from agreement g join insight_conversation i on i.conversation_id = g.conversation_id"
				+ " where not exists (select 1 from insight_agreement x where x.agreement_id = g.id)").query(Long.class).list();
		inChunks(agreements, chunk -> jdbc.sql(AGREEMENTS + " and g.id in (:ids)").param("ids", chunk).update());
		if (!conversations.isEmpty() || !agreements.isEmpty() || totals.missing()) {
			totals.rebuild();
		}
		return conversations.size();
	}

	/**
	 * The missing rows are found first and then written a few thousand at a time: a single statement
	 * that both looks for missing rows and writes them can end up scanning its own new rows again
	 * for every row it writes, which took minutes instead of seconds at 800,000 conversations.
	 */
	private static void inChunks(List<Long> ids, java.util.function.Consumer<List<Long>> write) {
		for (int from = 0; from < ids.size(); from += 5_000) {
			write.accept(ids.subList(from, Math.min(ids.size(), from + 5_000)));
		}
	}

	/** The day a conversation was held: its planned day, or the day it was closed when that came first. */
	private static final String HELD_ON = "case when c.closed_at is not null and cast(c.closed_at as date) < cast(c.scheduled_at as date)"
			+ " then cast(c.closed_at as date) else cast(c.scheduled_at as date) end";

	private static final String AGREEMENTS = """
			insert into insight_agreement (agreement_id, conversation_id, employee_id, manager_id, team_id, held_on, owner,
			    status, due_date, updated_on, helped)
			select g.id, c.id, c.employee_id, c.manager_id, i.team_id, i.held_on, g.owner, g.status,
			    g.due_date, cast(g.updated_at as date),
			    (select r.helped from agreement_review r where r.agreement = g.id and r.side = 'EMPLOYEE')
			from agreement g join conversation c on c.id = g.conversation_id
			join insight_conversation i on i.conversation_id = c.id
			where c.status in ('HELD', 'COMPLETED')""";

	private String insert() {
		Map<Topic, List<String>> keys = cards.themesByKey().values().stream()
			.filter(theme -> theme.topic() != null)
			.collect(Collectors.groupingBy(theme -> theme.topic(), Collectors.mapping(theme -> theme.key(), Collectors.toList())));
		StringBuilder columns = new StringBuilder();
		StringBuilder values = new StringBuilder();
		FactColumns.NOTED.forEach((topic, column) -> {
			columns.append(", ").append(column);
			values.append(", ").append(noted(keys.get(topic)));
		});
		FactColumns.SCORE.forEach((topic, column) -> {
			columns.append(", ").append(column);
			values.append(", ").append(score(keys.get(topic)));
		});
		return """
				insert into insight_conversation (conversation_id, employee_id, manager_id, team_id, held_on, held_year, held_month,
				    points_employee, points_manager, words_employee, words_manager, agreements_employee, agreements_manager"""
				+ columns + """
				, pulse_good, pulse_heard)
				select c.id, c.employee_id, c.manager_id, e.team_id, """ + HELD_ON + ", extract(year from " + HELD_ON
				+ "), extract(month from " + HELD_ON + "),\n" + points("EMPLOYEE") + ", " + points("MANAGER") + ", " + words("EMPLOYEE") + ", " + words("MANAGER") + ", "
				+ agreements("EMPLOYEE") + ", " + agreements("MANAGER") + values + """
				,
				    (select u.good from pulse u where u.conversation = c.id and u.side = 'EMPLOYEE'),
				    (select u.heard from pulse u where u.conversation = c.id and u.side = 'EMPLOYEE')
				from conversation c join employee e on e.id = c.employee_id
				where c.status in ('HELD', 'COMPLETED')""";
	}

	private static String points(String side) {
		return "(select count(*) from talking_point t join preparation p on p.id = t.preparation where p.conversation_id = c.id"
				+ " and p.side = '" + side + "' and p.shared_at is not null)";
	}

	private static String words(String side) {
		return "(select coalesce(sum(case when a.text is null or trim(a.text) = '' then 0"
				+ " else length(trim(a.text)) - length(replace(trim(a.text), ' ', '')) + 1 end), 0)"
				+ " from answer a join preparation p on p.id = a.preparation where p.conversation_id = c.id"
				+ " and p.side = '" + side + "' and p.shared_at is not null)";
	}

	private static String agreements(String owner) {
		return "(select count(*) from agreement g where g.conversation_id = c.id and g.owner = '" + owner + "')";
	}

	private static String noted(List<String> themeKeys) {
		return "case when exists (select 1 from note n where n.conversation_id = c.id and n.theme_key in (" + in(themeKeys)
				+ ") and trim(n.text) <> '') then true else false end";
	}

	private static String score(List<String> themeKeys) {
		return "(select max(a.score) from answer a join preparation p on p.id = a.preparation where p.conversation_id = c.id"
				+ " and p.side = 'EMPLOYEE' and p.shared_at is not null and a.preparation_key in ("
				+ in(themeKeys == null ? List.of() : themeKeys.stream().map(key -> key + ".statement").toList()) + "))";
	}

	/** Theme keys come from our own cards, but are still quoted safely. */
	private static String in(List<String> values) {
		if (values == null || values.isEmpty()) {
			return "''";
		}
		return values.stream().map(value -> "'" + value.replace("'", "''") + "'").collect(Collectors.joining(", "));
	}

}
