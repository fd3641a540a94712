package nl.goedgesprek.followup.internal;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.ConversationSummary;
import nl.goedgesprek.conversations.Conversations;
import nl.goedgesprek.conversations.PulseAnswered;
import nl.goedgesprek.conversations.PulseGiven;
import nl.goedgesprek.conversations.Side;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.shared.Refusal;

/**
 * The pulse: two 1-5 answers about the conversation itself, once per participant, after they
 * acknowledged the record.
 */
@Service
@Transactional
public class PulseAnswers {

	private final Conversations conversations;

	private final Pulses pulses;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	PulseAnswers(Conversations conversations, Pulses pulses, Clock clock, ApplicationEventPublisher events) {
		this.conversations = conversations;
		this.pulses = pulses;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * @throws ResponseStatusException (not found) for anyone but the two participants
	 * @throws Refusal before the record is signed "voor gezien", outside 1-5, or a second time
	 */
	public void answer(EmployeeId actor, ConversationId id, int good, int heard) {
		ConversationSummary conversation = conversations.forParticipant(actor, id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Side side = conversation.sideOf(actor);
		Refusal.require(conversations.recordSeenBy(id, actor), "pulse.error.acknowledgeFirst");
		Refusal.require(good >= 1 && good <= 5 && heard >= 1 && heard <= 5, "pulse.error.scale");
		Refusal.require(!pulses.answered(id, side), "pulse.error.answered");
		events.publishEvent(new PulseAnswered(id, side, good, heard, clock.instant()));
		events.publishEvent(new PulseGiven(id, side));
	}

}
