package nl.goedgesprek.cards;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.cards.internal.Card;
import nl.goedgesprek.cards.internal.CardRepository;
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

	private final JdbcClient jdbc;

	Cards(CardRepository cards, CardVersionRepository versions, JdbcClient jdbc) {
		this.cards = cards;
		this.versions = versions;
		this.jdbc = jdbc;
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

	/**
	 * A version as a conversation shows it. What can change (the card's name, the version's state) is
	 * read in one statement; the themes come from {@link #content}, kept once published, so the
	 * conversation and record pages do not read and parse the card's JSON on every load.
	 */
	public Optional<CardVersionView> version(CardVersionId id) {
		record Header(CardId cardId, String cardName, int number, CardVersionState state, Instant publishedAt) {
		}
		return jdbc.sql("""
				select v.card_id, c.name, v.number, v.state, v.published_at
				from card_version v join card c on c.id = v.card_id where v.id = :id""")
			.param("id", id.value())
			.query((rs, row) -> {
				var published = rs.getObject("published_at", OffsetDateTime.class);
				return new Header(CardId.of(rs.getLong("card_id")), rs.getString("name"), rs.getInt("number"),
						CardVersionState.valueOf(rs.getString("state")), published == null ? null : published.toInstant());
			})
			.optional()
			.flatMap(header -> content(id).map(content -> new CardVersionView(id, header.cardId(), header.cardName(),
					header.number(), header.state(), header.publishedAt(), content)));
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

}
