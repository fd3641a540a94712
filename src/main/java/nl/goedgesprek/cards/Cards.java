package nl.goedgesprek.cards;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.cards.internal.Card;
import nl.goedgesprek.cards.internal.CardRepository;
import nl.goedgesprek.cards.internal.CardVersion;
import nl.goedgesprek.cards.internal.CardVersionRepository;

/**
 * What other modules ask of cards: which can be chosen when planning, and the exact version a
 * conversation was planned with.
 */
@Service
@Transactional(readOnly = true)
public class Cards {

	private final CardRepository cards;

	private final CardVersionRepository versions;

	/** Contents of versions that are no longer drafts, which never change. */
	private final java.util.Map<CardVersionId, CardContent> publishedContents = new java.util.concurrent.ConcurrentHashMap<>();

	Cards(CardRepository cards, CardVersionRepository versions) {
		this.cards = cards;
		this.versions = versions;
	}

	/** Cards with a published version, by name. */
	public List<PublishedCard> publishedCards() {
		return cards.findAllByOrderByName()
			.stream()
			.filter(Card::active)
			.flatMap(card -> versions.findByCardIdAndState(card.id(), CardVersionState.PUBLISHED)
				.map(version -> new PublishedCard(card.id(), card.name(), card.description(), card.suggestedFor(),
						version.id()))
				.stream())
			.toList();
	}

	/**
	 * The themes of the published cards by key. Keys are stable across versions and cards, so this says
	 * which key theme (topic) a theme key stands for in any conversation.
	 */
	public java.util.Map<String, Theme> themesByKey() {
		java.util.Map<String, Theme> themes = new java.util.LinkedHashMap<>();
		publishedCards().forEach(card -> content(card.currentVersion())
			.ifPresent(content -> content.themes().forEach(theme -> themes.putIfAbsent(theme.key(), theme))));
		return themes;
	}

	public Optional<PublishedCard> publishedCard(CardId id) {
		return publishedCards().stream().filter(card -> card.id().equals(id)).findFirst();
	}

	public Optional<CardVersionView> version(CardVersionId id) {
		return versions.findById(id.value()).map(this::view);
	}

	/**
	 * The questions and themes of a version. Once a version is published its content never changes
	 * (only a draft is edited), so those are kept in memory: a conversation page asks for the same
	 * few versions many times.
	 */
	public Optional<CardContent> content(CardVersionId id) {
		CardContent known = publishedContents.get(id);
		if (known != null) {
			return Optional.of(known);
		}
		return versions.findById(id.value()).map(version -> {
			if (version.state() != CardVersionState.DRAFT) {
				publishedContents.put(id, version.content());
			}
			return version.content();
		});
	}

	private CardVersionView view(CardVersion version) {
		String name = cards.findById(version.cardId().value()).map(Card::name).orElse("");
		return new CardVersionView(version.id(), version.cardId(), name, version.number(), version.state(),
				version.publishedAt(), version.content());
	}

}
