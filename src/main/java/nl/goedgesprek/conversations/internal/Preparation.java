package nl.goedgesprek.conversations.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.Side;
import nl.goedgesprek.people.EmployeeId;

/**
 * One participant's own preparation of the card: answers, 1-5 scores, talking points and appreciation
 * for the other. Private until its author shares it; frozen once shared.
 */
public class Preparation {

	@Id
	private Long id;

	@Version
	private Integer version;

	private ConversationId conversationId;

	private EmployeeId authorId;

	private Side side;

	private String appreciation;

	private Instant updatedAt;

	private Instant sharedAt;

	@MappedCollection
	private Map<String, Answer> answers = new HashMap<>();

	@MappedCollection
	private List<TalkingPoint> talkingPoints = new ArrayList<>();

	@PersistenceCreator
	Preparation(Long id, Integer version, ConversationId conversationId, EmployeeId authorId, Side side,
			String appreciation, Instant updatedAt, Instant sharedAt, Map<String, Answer> answers,
			List<TalkingPoint> talkingPoints) {
		this.id = id;
		this.version = version;
		this.conversationId = conversationId;
		this.authorId = authorId;
		this.side = side;
		this.appreciation = appreciation;
		this.updatedAt = updatedAt;
		this.sharedAt = sharedAt;
		this.answers = answers == null ? new HashMap<>() : new HashMap<>(answers);
		this.talkingPoints = talkingPoints == null ? new ArrayList<>() : new ArrayList<>(talkingPoints);
	}

	public static Preparation begin(ConversationId conversation, EmployeeId author, Side side) {
		return new Preparation(null, null, conversation, author, side, null, null, null, Map.of(), List.of());
	}

	/**
	 * Whether this preparation already holds exactly what the draft would save: then a version that
	 * moved on was an autosave of the same screen, not another device.
	 */
	public boolean holds(PreparationDraft draft) {
		Preparation copy = typed(draft);
		return copy.answers.equals(answers) && copy.talkingPoints.equals(talkingPoints)
				&& java.util.Objects.equals(copy.appreciation, appreciation);
	}

	/**
	 * What the author typed, as a preparation that is never saved: to show the typed text again when
	 * saving it was refused.
	 */
	public Preparation typed(PreparationDraft draft) {
		Preparation copy = new Preparation(id, version, conversationId, authorId, side, appreciation, updatedAt, null,
				answers, talkingPoints);
		copy.saveDraft(draft, updatedAt);
		return copy;
	}

	/** Replaces the draft with what the author has in front of them now. */
	public void saveDraft(PreparationDraft draft, Instant now) {
		Conversation.require(!shared(), "preparation.error.alreadyShared");
		answers.clear();
		draft.texts().forEach((key, text) -> {
			if (text != null && !text.isBlank()) {
				answers.put(key, new Answer(text.strip(), null));
			}
		});
		draft.scores().forEach((key, score) -> {
			if (score != null) {
				answers.put(key, new Answer(null, score));
			}
		});
		talkingPoints.clear();
		draft.talkingPoints().stream()
			.filter(text -> text != null && !text.isBlank())
			.forEach(text -> talkingPoints.add(TalkingPoint.raised(text.strip())));
		appreciation = draft.appreciation() == null || draft.appreciation().isBlank() ? null : draft.appreciation().strip();
		updatedAt = now;
	}

	public void share(Instant now) {
		Conversation.require(!shared(), "preparation.error.alreadyShared");
		sharedAt = now;
	}

	public void settle(int index, TalkingPoint.Outcome outcome, String note) {
		Conversation.require(index >= 0 && index < talkingPoints.size(), "talk.error.noSuchPoint");
		talkingPoints.set(index, talkingPoints.get(index).settled(outcome, note));
	}

	public String text(String key) {
		Answer answer = answers.get(key);
		return answer == null ? null : answer.text();
	}

	public Integer score(String key) {
		Answer answer = answers.get(key);
		return answer == null ? null : answer.score();
	}

	public boolean shared() {
		return sharedAt != null;
	}

	public boolean started() {
		return updatedAt != null;
	}


	public Long rawId() {
		return id;
	}

	public Integer version() {
		return version;
	}

	public ConversationId conversationId() {
		return conversationId;
	}

	public EmployeeId authorId() {
		return authorId;
	}

	public Side side() {
		return side;
	}

	public String appreciation() {
		return appreciation;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public Instant sharedAt() {
		return sharedAt;
	}

	public List<TalkingPoint> talkingPoints() {
		return List.copyOf(talkingPoints);
	}

	public Map<String, String> texts() {
		Map<String, String> texts = new HashMap<>();
		answers.forEach((key, answer) -> {
			if (answer.text() != null) {
				texts.put(key, answer.text());
			}
		});
		return texts;
	}

	public Map<String, Integer> scores() {
		Map<String, Integer> scores = new HashMap<>();
		answers.forEach((key, answer) -> {
			if (answer.score() != null) {
				scores.put(key, answer.score());
			}
		});
		return scores;
	}

}
