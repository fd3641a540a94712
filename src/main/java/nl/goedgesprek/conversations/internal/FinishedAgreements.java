package nl.goedgesprek.conversations.internal;

import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.conversations.AgreementStatus;
import nl.goedgesprek.conversations.ConversationSummary;
import nl.goedgesprek.conversations.FinishedAgreement;
import nl.goedgesprek.conversations.Side;

/**
 * The employee's agreements finished (done or not achieved) in conversations before this one, from
 * records the pair may read ({@link EarlierConversations}): so a new manager is not shown what an
 * earlier pair finished. Follow-up asks both sides whether they helped ("hielp het?").
 */
@Component
@Transactional(readOnly = true)
public class FinishedAgreements {

	private final JdbcClient jdbc;

	FinishedAgreements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<FinishedAgreement> before(ConversationSummary conversation) {
		return jdbc.sql("""
				select a.id, a.description, a.status, a.owner
				from agreement a
				join conversation c on c.id = a.conversation_id
				where a.employee_id = :employee and a.status in ('DONE', 'NOT_ACHIEVED')
				  and c.id <> :conversation and """ + HeldMoment.OF_C + """
				 < :scheduled
				  and """ + EarlierConversations.RECORD_READABLE_BY_THE_PAIR + """
				order by a.id""")
			.param("employee", conversation.employeeId().value())
			.param("manager", conversation.managerId().value())
			.param("conversation", conversation.id().value())
			.param("scheduled", Timestamp.valueOf(conversation.scheduledAt()))
			.query((rs, row) -> new FinishedAgreement(rs.getLong("id"), rs.getString("description"),
					AgreementStatus.valueOf(rs.getString("status")), Side.valueOf(rs.getString("owner"))))
			.list();
	}

}
