package nl.goedgesprek.insights.internal;

import java.sql.Date;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one definition every conversation figure shares: the read model's rows ({@code i}) of the
 * conversations held in the period, in the scope (the team or manager at the time of the
 * conversation).
 */
final class HeldConversations {

	private HeldConversations() {
	}

	static String from(Scope scope) {
		return from(scope, "");
	}

	/** @param joins more tables joined to {@code i} */
	static String from(Scope scope, String joins) {
		return " from insight_conversation i " + joins + " where " + scope.factsWhere()
				+ " and i.held_on >= :from and i.held_on <= :until ";
	}

	/** The same period and scope over the agreements read model, also aliased {@code i}. */
	static String agreements(Scope scope) {
		return " from insight_agreement i where " + scope.factsWhere() + " and i.held_on >= :from and i.held_on <= :until ";
	}

	static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Scope scope, Period period) {
		return scope.bind(spec.param("from", Date.valueOf(period.from())).param("until", Date.valueOf(period.today())));
	}

}
