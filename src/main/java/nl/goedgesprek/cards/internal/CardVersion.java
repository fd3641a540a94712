package nl.goedgesprek.cards.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

import nl.goedgesprek.cards.CardContent;
import nl.goedgesprek.cards.CardId;
import nl.goedgesprek.cards.CardVersionId;
import nl.goedgesprek.cards.CardVersionState;
import nl.goedgesprek.cards.Question;
import nl.goedgesprek.cards.Theme;

/**
 * One version of a card's themes. Only a draft can change; publishing freezes it for good, so a
 * conversation planned with it always shows the same questions.
 */
public class CardVersion {

	@Id
	private Long id;

	@Version
	private Integer version;

	private CardId cardId;

	private int number;

	private CardVersionState state;

	private CardContent content;

	private Instant publishedAt;

	@PersistenceCreator
	CardVersion(Long id, Integer version, CardId cardId, int number, CardVersionState state, CardContent content,
			Instant publishedAt) {
		this.id = id;
		this.version = version;
		this.cardId = cardId;
		this.number = number;
		this.state = state;
		this.content = content;
		this.publishedAt = publishedAt;
	}

	public static CardVersion firstDraft(CardId card, CardContent content) {
		return new CardVersion(null, null, card, 1, CardVersionState.DRAFT, content, null);
	}

	/** The next draft, starting from this version's themes. */
	public CardVersion nextDraft() {
		return new CardVersion(null, null, cardId, number + 1, CardVersionState.DRAFT, content, null);
	}

	public void publish(Instant now) {
		requireDraft();
		state = CardVersionState.PUBLISHED;
		publishedAt = now;
	}

	public void supersede() {
		state = CardVersionState.SUPERSEDED;
	}

	public void replaceTheme(Theme theme) {
		edit(themes -> {
			themes.replaceAll(existing -> existing.key().equals(theme.key()) ? numbered(theme) : existing);
			return themes;
		});
	}

	public String addTheme(String title) {
		String key = "t" + UUID.randomUUID().toString().substring(0, 8);
		edit(themes -> {
			themes.add(new Theme(key, null, title, null, null, false, List.of(), ""));
			return themes;
		});
		return key;
	}

	public void removeTheme(String key) {
		edit(themes -> {
			themes.removeIf(theme -> theme.key().equals(key));
			return themes;
		});
	}

	/** Moves a theme one place up ({@code -1}) or down ({@code +1}); at either end nothing changes. */
	public void moveTheme(String key, int step) {
		edit(themes -> {
			int from = indexOf(themes, key);
			int to = from + Integer.signum(step);
			if (from >= 0 && to >= 0 && to < themes.size()) {
				themes.add(to, themes.remove(from));
			}
			return themes;
		});
	}

	private void edit(UnaryOperator<List<Theme>> change) {
		requireDraft();
		content = new CardContent(change.apply(new ArrayList<>(content.themes())));
	}

	private void requireDraft() {
		if (state != CardVersionState.DRAFT) {
			throw new IllegalStateException("Version " + number + " of card " + cardId + " is " + state + ", not a draft");
		}
	}

	/** Questions are keyed by their place in the theme; a version never changes once published. */
	private static Theme numbered(Theme theme) {
		List<Question> questions = new ArrayList<>();
		for (Question question : theme.questions()) {
			questions.add(new Question(theme.key() + ".q" + (questions.size() + 1), question.text()));
		}
		return new Theme(theme.key(), theme.topic(), theme.title(), theme.introduction(), theme.warning(),
				theme.required(), questions, theme.statement());
	}

	private static int indexOf(List<Theme> themes, String key) {
		for (int i = 0; i < themes.size(); i++) {
			if (themes.get(i).key().equals(key)) {
				return i;
			}
		}
		return -1;
	}

	public CardVersionId id() {
		return CardVersionId.of(id);
	}

	public Integer version() {
		return version;
	}

	public CardId cardId() {
		return cardId;
	}

	public int number() {
		return number;
	}

	public CardVersionState state() {
		return state;
	}

	public CardContent content() {
		return content;
	}

	public Instant publishedAt() {
		return publishedAt;
	}

}
