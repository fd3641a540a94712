package nl.goedgesprek.insights.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.cards.Cards;
import nl.goedgesprek.conversations.AgreementProgressed;
import nl.goedgesprek.conversations.AgreementReviewed;
import nl.goedgesprek.conversations.ConversationHeld;
import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.PulseGiven;

/**
 * Keeps the insights read model current: when a conversation is held its numbers are written, and
 * when a pulse comes in or an agreement moves they are written again ({@link FactRows} holds the
 * SQL), for one conversation (events) or for all that have none yet (start-up, and after data arrived
 * some other way); then the monthly totals those rows count in are recomputed ({@link MonthlyTotals}).
 * Counts only, never text.
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
		if (erased(id.value())) {
			return;
		}
		var touched = new MonthlyTotals.Touched();
		totals.collectConversation(id.value(), touched);
		List<Long> team = jdbc.sql("select team_id from insight_conversation where conversation_id = :id")
			.param("id", id.value()).query((rs, row) -> (Long) rs.getObject("team_id", Long.class)).list();
		jdbc.sql("delete from insight_agreement where conversation_id = :id").param("id", id.value()).update();
		jdbc.sql("delete from insight_conversation where conversation_id = :id").param("id", id.value()).update();
		jdbc.sql(FactRows.conversations(cards.themesByKey()) + " and c.id = :id").param("id", id.value()).update();
		if (!team.isEmpty()) {
			jdbc.sql("update insight_conversation set team_id = :team where conversation_id = :id")
				.param("team", team.get(0), java.sql.Types.BIGINT).param("id", id.value()).update();
		}
		jdbc.sql(FactRows.AGREEMENTS + " and c.id = :id").param("id", id.value()).update();
		totals.collectConversation(id.value(), touched);
		totals.recompute(touched);
	}

	/**
	 * Whether a participant of this conversation was erased ({@code InsightsErasure}): its row then keeps the
	 * figures it had, since the conversation tables no longer hold what they were computed from.
	 */
	private boolean erased(long conversation) {
		return jdbc.sql("select count(*) from insight_conversation where conversation_id = :id and (employee_id < 0 or manager_id < 0)")
			.param("id", conversation).query(Long.class).single() > 0;
	}

	@Transactional
	public void refreshAgreement(long agreementId) {
		totals.lock();
		var touched = new MonthlyTotals.Touched();
		totals.collectAgreement(agreementId, touched);
		jdbc.sql("delete from insight_agreement where agreement_id = :id").param("id", agreementId).update();
		jdbc.sql(FactRows.AGREEMENTS + " and g.id = :id").param("id", agreementId).update();
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
		List<Long> conversations = jdbc.sql("select c.id from conversations_conversation_v c where c.status in ('HELD', 'COMPLETED')"
				+ " and not exists (select 1 from insight_conversation i where i.conversation_id = c.id)").query(Long.class).list();
		String insert = FactRows.conversations(cards.themesByKey()) + " and c.id in (:ids)";
		inChunks(conversations, chunk -> jdbc.sql(insert).param("ids", chunk).update());
		List<Long> agreements = jdbc.sql("select g.id from conversations_agreement_v g join insight_conversation i on i.conversation_id = g.conversation_id"
				+ " where not exists (select 1 from insight_agreement x where x.agreement_id = g.id)").query(Long.class).list();
		inChunks(agreements, chunk -> jdbc.sql(FactRows.AGREEMENTS + " and g.id in (:ids)").param("ids", chunk).update());
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

}
