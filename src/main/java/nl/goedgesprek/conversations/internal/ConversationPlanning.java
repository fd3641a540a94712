package nl.goedgesprek.conversations.internal;

import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.cards.CardId;
import nl.goedgesprek.cards.Cards;
import nl.goedgesprek.cards.ConversationKind;
import nl.goedgesprek.cards.PublishedCard;
import nl.goedgesprek.conversations.ConversationCancelled;
import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.ConversationPlanned;
import nl.goedgesprek.conversations.ConversationRescheduled;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.shared.Refusal;
import nl.goedgesprek.shared.EditClash;
import nl.goedgesprek.shared.TextLimits;

/**
 * Planning a conversation. Either side may plan it: a manager with a report, and an employee with
 * their manager. The conversation keeps the card version that was current at planning.
 */
@Service
@Transactional
public class ConversationPlanning {

	private final ConversationRepository conversations;

	private final Participation participation;

	private final People people;

	private final Cards cards;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final TextLimits limits;

	ConversationPlanning(ConversationRepository conversations, Participation participation, People people, Cards cards,
			Clock clock, ApplicationEventPublisher events, TextLimits limits) {
		this.limits = limits;
		this.conversations = conversations;
		this.participation = participation;
		this.people = people;
		this.cards = cards;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * @param actor who plans
	 * @param partner the other participant: one of the actor's reports, or the actor's own manager
	 */
	public ConversationId plan(EmployeeId actor, EmployeeId partner, ConversationKind kind, LocalDateTime when,
			CardId card) {
		Person me = people.find(actor).orElseThrow();
		Person other = people.find(partner).filter(Person::active)
			.orElseThrow(() -> new Refusal("planning.error.partner"));
		EmployeeId employee;
		EmployeeId manager;
		if (actor.equals(other.managerId())) {
			employee = partner;
			manager = actor;
		}
		else if (partner.equals(me.managerId())) {
			employee = actor;
			manager = partner;
		}
		else {
			throw new Refusal("planning.error.partner");
		}
		checkNotPast(when);
		PublishedCard chosen = cards.publishedCard(card)
			.orElseThrow(() -> new Refusal("planning.error.card"));
		Conversation conversation = conversations.save(Conversation.plan(employee, manager, kind, when,
				chosen.currentVersion(), actor, clock.instant()));
		events.publishEvent(new ConversationPlanned(conversation.id(), employee, manager, kind, when, actor));
		return conversation.id();
	}

	public void reschedule(EmployeeId actor, ConversationId id, Integer expectedVersion, LocalDateTime when) {
		Conversation conversation = participation.load(actor, id);
		checkVersion(conversation, expectedVersion);
		checkNotPast(when);
		conversation.reschedule(when);
		save(conversation);
		events.publishEvent(new ConversationRescheduled(id, conversation.employeeId(), conversation.managerId(), when,
				actor, conversation.version() + 1));
	}

	public void cancel(EmployeeId actor, ConversationId id, Integer expectedVersion, String reason) {
		Conversation conversation = participation.load(actor, id);
		checkVersion(conversation, expectedVersion);
		limits.require("conversation.cancel_reason", "reason", reason == null ? null : reason.strip());
		conversation.cancel(actor, reason);
		save(conversation);
		EmployeeId other = conversation.participant(conversation.sideOf(actor).other());
		events.publishEvent(new ConversationCancelled(id, actor, other, conversation.cancelReason(),
				conversation.version() + 1));
	}

	private void checkNotPast(LocalDateTime when) {
		if (when.toLocalDate().isBefore(LocalDateTime.now(clock).toLocalDate())) {
			throw new Refusal("planning.error.past");
		}
	}

	static void checkVersion(Conversation conversation, Integer expected) {
		if (expected != null && !expected.equals(conversation.version())) {
			throw new EditClash();
		}
	}

	private void save(Conversation conversation) {
		try {
			conversations.save(conversation);
		}
		catch (OptimisticLockingFailureException e) {
			throw new EditClash();
		}
	}

}
