package nl.goedgesprek.followup.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import nl.goedgesprek.conversations.AgreementReviewed;
import nl.goedgesprek.conversations.AgreementStatus;
import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.ConversationStatus;
import nl.goedgesprek.conversations.ConversationSummary;
import nl.goedgesprek.conversations.Conversations;
import nl.goedgesprek.conversations.FinishedAgreement;
import nl.goedgesprek.conversations.Side;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.shared.EditClash;
import nl.goedgesprek.shared.Refusal;

/**
 * "Hielp het?": at the next conversation, both participants say for each agreement finished since
 * (done or not achieved) whether it helped. Each side answers for itself, in its own row, so the two
 * never overwrite each other. Once answered in a conversation, an agreement does not come back in a
 * later one. Which agreements are finished, and which the pair may look back on, conversations says.
 */
@Service
@Transactional
public class AgreementReviews {

	public enum Helped { YES, PARTLY, NO }

	/** A finished agreement to look back on, with what each side said so far in this conversation. */
	public record Review(long agreementId, String description, AgreementStatus status, Side owner, Helped employee,
			Helped manager) {

		public Helped answerOf(Side side) {
			return side == Side.EMPLOYEE ? employee : manager;
		}

	}

	private final JdbcClient jdbc;

	private final Conversations conversations;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	AgreementReviews(JdbcClient jdbc, Conversations conversations, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.conversations = conversations;
		this.clock = clock;
		this.events = events;
	}

	/** The finished agreements to look back on in this conversation, with the answers given in it so far. */
	@Transactional(readOnly = true)
	public List<Review> of(ConversationSummary conversation) {
		List<FinishedAgreement> finished = conversations.finishedBefore(conversation);
		if (finished.isEmpty()) {
			return List.of();
		}
		Map<Long, Map<Side, Helped>> answers = new HashMap<>();
		Set<Long> lookedBackOnElsewhere = new HashSet<>();
		jdbc.sql("select agreement, side, conversation_id, helped from agreement_review where agreement in (:ids)")
			.param("ids", finished.stream().map(FinishedAgreement::id).toList())
			.query(rs -> {
				long agreement = rs.getLong("agreement");
				answers.computeIfAbsent(agreement, a -> new HashMap<>())
					.put(Side.valueOf(rs.getString("side")), Helped.valueOf(rs.getString("helped")));
				if (rs.getLong("conversation_id") != conversation.id().value()) {
					lookedBackOnElsewhere.add(agreement);
				}
			});
		return finished.stream()
			.filter(a -> !lookedBackOnElsewhere.contains(a.id()))
			.map(a -> {
				Map<Side, Helped> given = answers.getOrDefault(a.id(), Map.of());
				return new Review(a.id(), a.description(), a.status(), a.owner(), given.get(Side.EMPLOYEE),
						given.get(Side.MANAGER));
			})
			.toList();
	}

	/**
	 * The actor's own answer for an agreement, during the conversation; answering again replaces it.
	 * @throws ResponseStatusException (not found) for anyone but the two participants
	 * @throws Refusal when the conversation is not going on or the agreement is not up for review
	 */
	public void answer(EmployeeId actor, ConversationId id, long agreementId, Helped helped) {
		ConversationSummary conversation = conversations.forParticipant(actor, id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Refusal.require(conversation.status() == ConversationStatus.STARTED, "conversation.error.notStarted");
		Refusal.require(of(conversation).stream().anyMatch(review -> review.agreementId() == agreementId),
				"talk.helped.error.notUp");
		Side side = conversation.sideOf(actor);
		jdbc.sql("delete from agreement_review where agreement = :agreement and side = :side")
			.param("agreement", agreementId)
			.param("side", side.name())
			.update();
		try {
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
		catch (DuplicateKeyException sameSideAtOnce) {
			throw new EditClash();
		}
		events.publishEvent(new AgreementReviewed(agreementId, side));
	}

}
