package nl.goedgesprek.cards.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.cards.CardContent;
import nl.goedgesprek.cards.CardId;
import nl.goedgesprek.cards.CardVersionState;
import nl.goedgesprek.cards.ConversationKind;
import nl.goedgesprek.shared.EditClash;

/**
 * How HR changes cards: every change goes to the card's draft, made from the published version on
 * the first change; publishing makes the draft the version new conversations get.
 */
@Service
@Transactional
public class CardEditing {

	private final CardRepository cards;

	private final CardVersionRepository versions;

	private final Clock clock;

	CardEditing(CardRepository cards, CardVersionRepository versions, Clock clock) {
		this.cards = cards;
		this.versions = versions;
		this.clock = clock;
	}

	public CardId create(String name, String description, ConversationKind suggestedFor, CardContent content) {
		Card card = cards.save(Card.named(name, description, suggestedFor));
		versions.save(CardVersion.firstDraft(card.id(), content));
		return card.id();
	}

	public void rename(CardId id, Integer expectedVersion, String name, String description, ConversationKind kind) {
		Card card = cards.findById(id.value()).orElseThrow(() -> new CardNotFoundException(id));
		if (!card.version().equals(expectedVersion)) {
			throw new EditClash();
		}
		card.rename(name, description, kind);
		save(() -> cards.save(card));
	}

	/** The card's draft, made now from its published version if it has none. */
	public CardVersion draft(CardId id) {
		return versions.findByCardIdAndState(id, CardVersionState.DRAFT).orElseGet(() -> versions
			.save(published(id).orElseThrow(() -> new CardNotFoundException(id)).nextDraft()));
	}

	/**
	 * Applies a change to the draft, if it is still the version of the draft the editor opened.
	 * @throws EditClash when someone else changed the draft in the meantime
	 */
	public void changeDraft(CardId id, Integer expectedVersion, Consumer<CardVersion> change) {
		CardVersion draft = draft(id);
		if (expectedVersion != null && !expectedVersion.equals(draft.version())) {
			throw new EditClash();
		}
		change.accept(draft);
		save(() -> versions.save(draft));
	}

	public void publish(CardId id, Integer expectedVersion) {
		CardVersion draft = versions.findByCardIdAndState(id, CardVersionState.DRAFT)
			.orElseThrow(() -> new CardNotFoundException(id));
		if (!draft.version().equals(expectedVersion)) {
			throw new EditClash();
		}
		published(id).ifPresent(previous -> {
			previous.supersede();
			versions.save(previous);
		});
		draft.publish(clock.instant());
		save(() -> versions.save(draft));
	}

	public Optional<CardVersion> published(CardId id) {
		return versions.findByCardIdAndState(id, CardVersionState.PUBLISHED);
	}

	private static void save(Runnable save) {
		try {
			save.run();
		}
		catch (OptimisticLockingFailureException e) {
			throw new EditClash();
		}
	}

}
