package nl.goedgesprek.support;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import nl.goedgesprek.cards.Cards;
import nl.goedgesprek.cards.ConversationKind;
import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.internal.ConversationPlanning;
import nl.goedgesprek.conversations.internal.PreparationDraft;
import nl.goedgesprek.conversations.internal.Preparing;
import nl.goedgesprek.conversations.internal.Talking;
import nl.goedgesprek.people.EmployeeId;

/**
 * The steps of a conversation as a test needs them, through the application's own services: a
 * check-in on the first published card, both preparations shared, held by the manager, closed.
 * Import it with {@code @Import(ConversationSteps.class)}.
 */
@Component
public class ConversationSteps {

	/** Preparations with nothing filled in, for tests about what happens after. */
	public static final PreparationDraft EMPTY = new PreparationDraft(Map.of(), Map.of(), List.of(), null);

	private final ConversationPlanning planning;

	private final Preparing preparing;

	private final Talking talking;

	private final Cards cards;

	ConversationSteps(ConversationPlanning planning, Preparing preparing, Talking talking, Cards cards) {
		this.planning = planning;
		this.preparing = preparing;
		this.talking = talking;
		this.cards = cards;
	}

	/** A check-in, planned by the manager. */
	public ConversationId plan(EmployeeId employee, EmployeeId manager, LocalDateTime at) {
		return planning.plan(employee, manager, ConversationKind.CHECK_IN, at, cards.publishedCards().get(0).id());
	}

	/**
	 * A check-in held today: both share {@code preparation}, the manager starts it, {@code during}
	 * writes notes or agreements, the manager closes it.
	 */
	public ConversationId held(EmployeeId employee, EmployeeId manager, PreparationDraft preparation,
			Consumer<ConversationId> during) {
		ConversationId id = plan(employee, manager, LocalDate.now().atTime(8, 0));
		preparing.saveAndShare(employee, id, null, preparation);
		preparing.saveAndShare(manager, id, null, preparation);
		talking.start(manager, id);
		during.accept(id);
		talking.close(manager, id);
		return id;
	}

}
