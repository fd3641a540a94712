package nl.goedgesprek.insights.internal;

import java.security.SecureRandom;
import java.util.Map;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.goedgesprek.shared.ErasableData;
import nl.goedgesprek.shared.ErasureRows;

/**
 * The read model under erasure: the figures must stay what they were, and no row may lead back to the
 * person. Every row that names them (as employee, as manager, or as the manager whose reports a scope
 * is) gets one new random negative number instead of their id. The number is drawn per erasure and kept
 * nowhere else, so it cannot be turned back into the person; because it is one number for all their
 * rows, "how many different people" still counts them once, and every total stays as it was. Nothing
 * is deleted: the dashboards' figures before and after are equal. A conversation with a pseudonym is
 * no longer written again from the conversation tables ({@link ConversationFacts#refresh}).
 */
@Component
@Order(10)
class InsightsErasure implements ErasableData {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final MonthlyTotals totals;

	InsightsErasure(JdbcClient jdbc, MonthlyTotals totals) {
		this.jdbc = jdbc;
		this.totals = totals;
	}

	@Override
	public Set<String> tables() {
		return Set.of("insight_conversation", "insight_agreement", "insight_reach", "insight_month",
				"insight_agreement_month");
	}

	@Override
	public long person(Subject subject, boolean erase) {
		if (erase) {
			totals.lock();
		}
		long pseudonym = -1 - RANDOM.nextLong(Long.MAX_VALUE - 1);
		ErasureRows rows = ErasureRows.of(jdbc, erase, Map.of("p", subject.id(), "x", pseudonym));
		long n = 0;
		for (String table : new String[] { "insight_conversation", "insight_agreement" }) {
			n += rows.update(table, "employee_id = :x", "employee_id = :p");
			n += rows.update(table, "manager_id = :x", "manager_id = :p");
		}
		n += rows.update("insight_reach", "employee_id = :x", "employee_id = :p");
		for (String table : new String[] { "insight_reach", "insight_month", "insight_agreement_month" }) {
			n += rows.update(table, "scope_id = :x", "scope_kind = 'M' and scope_id = :p");
		}
		return n;
	}

}
