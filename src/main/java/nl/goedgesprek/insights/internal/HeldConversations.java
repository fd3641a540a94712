package nl.goedgesprek.insights.internal;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one definition every figure shares: conversations held (closed or completed) in the period by
 * employees in the scope. Joined as {@code c} (conversation) and {@code e} (employee).
 */
final class HeldConversations {

	private HeldConversations() {
	}

	static String from(Scope scope) {
		return from(scope, "");
	}

	/** @param joins more tables joined to {@code c} and {@code e} */
	static String from(Scope scope, String joins) {
		return " from conversation c join employee e on e.id = c.employee_id " + joins + " where " + scope.where()
				+ " and c.status in ('HELD', 'COMPLETED') and c.scheduled_at >= :from and c.scheduled_at < :until ";
	}

	static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Scope scope, Period period) {
		return scope.bind(spec.param("from", period.start()).param("until", period.end()));
	}

}
