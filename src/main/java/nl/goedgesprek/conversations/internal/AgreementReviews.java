package nl.goedgesprek.conversations.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.ConversationStatus;
import nl.goedgesprek.conversations.Side;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.shared.Refusal;
import nl.goedgesprek.shared.EditClash;

/**
 * "Hielp het?": at the next conversation, both participants say for each agreement finished since
 * (done or not achieved) whether it helped. Each side answers for itself, in its own row, so the two
 * never overwrite each other. Once answered in a conversation, an agreement does not come back in a
 * later one.
 */
@Service
@Transactional
public class AgreementReviews {

	public enum Helped { YES, PARTLY, NO }

	/** A finished agreement to look back on, with what each side said so far in this conversation. */
	public record Review(long agreementId, String description, Agreement.Status status, Side owner, Helped employee,
			Helped manager) {

		public Helped answerOf(Side side) {
			return side == Side.EMPLOYEE ? employee : manager;
		}

	}

	private final JdbcClient jdbc;

	private final Participation participation;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	AgreementReviews(JdbcClient jdbc, Participation participation, Clock clock,
			org.springframework.context.ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.participation = participation;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * The finished agreements to look back on in this conversation: those from records the pair may
	 * read ({@link EarlierConversations}), so a new manager is not shown what an earlier pair finished.
	 */
	@Transactional(readOnly = true)
	public List<Review> of(Conversation conversation) {
		return jdbc.sql("""
				select a.id, a.description, a.status, a.owner,
				       (select r.helped from agreement_review r where r.agreement = a.id and r.side = 'EMPLOYEE') as employee,
				       (select r.helped from agreement_review r where r.agreement = a.id and r.side = 'MANAGER') as manager
				from agreement a
				join conversation c on c.id = a.conversation_id
				where a.employee_id = :employee and a.status in ('DONE', 'NOT_ACHIEVED')
				  and c.id <> :conversation and """ + HeldMoment.OF_C + """
				 < :scheduled
				  and """ + EarlierConversations.RECORD_READABLE_BY_THE_PAIR + """
				  and not exists (select 1 from agreement_review r where r.agreement = a.id and r.conversation_id <> :conversation)
				order by a.id""")
			.param("employee", conversation.employeeId().value())
			.param("manager", conversation.managerId().value())
			.param("conversation", conversation.id().value())
			.param("scheduled", Timestamp.valueOf(conversation.scheduledAt()))
			.query((rs, row) -> new Review(rs.getLong("id"), rs.getString("description"),
					Agreement.Status.valueOf(rs.getString("status")), Side.valueOf(rs.getString("owner")),
					helped(rs.getString("employee")), helped(rs.getString("manager"))))
			.list();
	}

	/**
	 * The actor's own answer for an agreement, during the conversation; answering again replaces it.
	 * @throws Refusal when the conversation is not going on or the agreement is not up for review
	 */
	public void answer(EmployeeId actor, ConversationId id, long agreementId, Helped helped) {
		Conversation conversation = participation.load(actor, id);
		Conversation.require(conversation.status() == ConversationStatus.STARTED, "conversation.error.notStarted");
		Conversation.require(of(conversation).stream().anyMatch(review -> review.agreementId() == agreementId),
				"talk.helped.error.notUp");
		Side side = conversation.sideOf(actor);
		jdbc.sql("delete from agreement_review where agreement = :agreement and side = :side")
			.param("agreement", agreementId)
			.param("side", side.name())
			.update();
		try {
			insert(id, agreementId, helped, side);
		}
		catch (org.springframework.dao.DuplicateKeyException sameSideAtOnce) {
			throw new EditClash();
		}
		events.publishEvent(new nl.goedgesprek.conversations.AgreementReviewed(agreementId, side));
	}

	private void insert(ConversationId id, long agreementId, Helped helped, Side side) {
		jdbc.sql("""
				insert into agreement_review (agreement, side, conversation_id, helped, answered_at)
				values (:agreement, :side, :conversation, :helped, :now)""")
			.param("agreement", agreementId)
			.param("side", side.name())
			.param("conversation", id.value())
			.param("helped", helped.name())
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	private static Helped helped(String value) {
		return value == null ? null : Helped.valueOf(value);
	}

}
