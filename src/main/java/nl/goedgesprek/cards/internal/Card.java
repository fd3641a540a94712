package nl.goedgesprek.cards.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

import nl.goedgesprek.cards.CardId;
import nl.goedgesprek.cards.ConversationKind;

/** A praatkaart: its name and purpose. Its themes live in its versions. */
public class Card {

	@Id
	private Long id;

	@Version
	private Integer version;

	private String name;

	private String description;

	private ConversationKind suggestedFor;

	private boolean active;

	@PersistenceCreator
	Card(Long id, Integer version, String name, String description, ConversationKind suggestedFor, boolean active) {
		this.id = id;
		this.version = version;
		this.name = name;
		this.description = description;
		this.suggestedFor = suggestedFor;
		this.active = active;
	}

	public static Card named(String name, String description, ConversationKind suggestedFor) {
		return new Card(null, null, name.trim(), description, suggestedFor, true);
	}

	public void rename(String name, String description, ConversationKind suggestedFor) {
		this.name = name.trim();
		this.description = description == null || description.isBlank() ? null : description.trim();
		this.suggestedFor = suggestedFor;
	}

	public CardId id() {
		return CardId.of(id);
	}

	public Integer version() {
		return version;
	}

	public String name() {
		return name;
	}

	public String description() {
		return description;
	}

	public ConversationKind suggestedFor() {
		return suggestedFor;
	}

	public boolean active() {
		return active;
	}

}
