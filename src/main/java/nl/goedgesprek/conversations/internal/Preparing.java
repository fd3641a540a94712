package nl.goedgesprek.conversations.internal;

import java.time.Clock;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.Side;
import nl.goedgesprek.cards.Cards;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.shared.TextLimits;
import nl.goedgesprek.shared.EditClash;

/**
 * Each participant's own preparation: saved as a draft on every change, shared when ready. Only the
 * author reads a draft; the other side reads it after sharing, under {@link SharingRule}.
 */
@Service
@Transactional
public class Preparing {

	private final Participation participation;

	private final PreparationRepository preparations;

	private final Clock clock;

	private final Cards cards;

	private final TextLimits limits;

	Preparing(Participation participation, PreparationRepository preparations, Clock clock, Cards cards,
			TextLimits limits) {
		this.participation = participation;
		this.preparations = preparations;
		this.clock = clock;
		this.cards = cards;
		this.limits = limits;
	}

	/**
	 * Both sides' preparations as one participant may know them: their own (empty if not begun), the
	 * other's only when the sharing rule allows, and of the other only whether they began and shared.
	 * One read of both rows, for a conversation the caller already loaded for this participant.
	 */
	public record Sides(Preparation own, Preparation othersIfVisible, boolean otherHasBegun, boolean otherHasShared) {
	}

	@Transactional(readOnly = true)
	public Sides sides(EmployeeId viewer, Conversation conversation) {
		ConversationId id = conversation.id();
		Side side = conversation.sideOf(viewer);
		Map<Side, Preparation> bySide = new EnumMap<>(Side.class);
		preparations.findByConversationId(id).forEach(p -> bySide.put(p.side(), p));
		Preparation own = bySide.getOrDefault(side, Preparation.begin(id, viewer, side));
		Preparation other = bySide.get(side.other());
		boolean otherShared = other != null && other.shared();
		Preparation visible = SharingRule.maySeeOthersPreparation(otherShared, own.shared(), conversation.status()) ? other
				: null;
		return new Sides(own, visible, other != null && other.started(), otherShared);
	}

	/** The viewer's own preparation, empty if they have not begun. */
	@Transactional(readOnly = true)
	public Preparation own(EmployeeId viewer, ConversationId id) {
		return sides(viewer, participation.load(viewer, id)).own();
	}

	/** The other side's preparation, only when the sharing rule allows the viewer to read it. */
	@Transactional(readOnly = true)
	public Optional<Preparation> othersIfVisible(EmployeeId viewer, ConversationId id) {
		return Optional.ofNullable(sides(viewer, participation.load(viewer, id)).othersIfVisible());
	}

	/**
	 * Saves the author's draft.
	 * @param expectedVersion the version the page last saw ({@code null} for a first save)
	 * @return the new version, for the page to send with its next save
	 * @throws EditClash when the draft was saved elsewhere (another window)
	 */
	public Integer saveDraft(EmployeeId author, ConversationId id, Integer expectedVersion, PreparationDraft draft) {
		Conversation conversation = participation.load(author, id);
		Conversation.require(conversation.status().preparationOpen(), "preparation.error.tooLate");
		requireFits(conversation, draft);
		Preparation preparation = own(author, id);
		Conversation.require(!preparation.shared(), "preparation.error.alreadyShared");
		if (preparation.version() != null && !preparation.version().equals(expectedVersion)) {
			throw new EditClash();
		}
		preparation.saveDraft(draft, clock.instant());
		try {
			return preparations.save(preparation).version();
		}
		catch (OptimisticLockingFailureException e) {
			throw new EditClash();
		}
	}

	public void share(EmployeeId author, ConversationId id) {
		shareWith(author, id, null, null);
	}

	/**
	 * Saves what the share form holds and shares it, in one step, if it is based on what is stored.
	 * An autosave of the same page may still be on its way when the author clicks "share": when the
	 * stored preparation moved on but holds exactly what the form holds, that was it, and sharing goes
	 * ahead. When it holds something else, another device saved in between: nothing is shared or
	 * overwritten.
	 * @param expectedVersion the version the page last saw ({@code null} for a first save)
	 * @throws EditClash when another device saved something else in the meantime
	 */
	public void saveAndShare(EmployeeId author, ConversationId id, Integer expectedVersion, PreparationDraft draft) {
		shareWith(author, id, expectedVersion, draft);
	}

	private void shareWith(EmployeeId author, ConversationId id, Integer expectedVersion, PreparationDraft draft) {
		Conversation conversation = participation.load(author, id);
		Conversation.require(conversation.status().preparationOpen(), "preparation.error.tooLate");
		Preparation preparation = own(author, id);
		if (draft != null) {
			requireFits(conversation, draft);
			if (preparation.version() != null && !preparation.version().equals(expectedVersion)
					&& !preparation.holds(draft)) {
				throw new EditClash();
			}
			preparation.saveDraft(draft, clock.instant());
		}
		preparation.share(clock.instant());
		try {
			preparations.save(preparation);
		}
		catch (OptimisticLockingFailureException e) {
			throw new EditClash();
		}
	}

	/**
	 * Every answer belongs to a question or statement of the conversation's card, and every text fits
	 * where it is kept; otherwise nothing is saved and the author hears which field is wrong.
	 */
	private void requireFits(Conversation conversation, PreparationDraft draft) {
		Set<String> questions = new HashSet<>();
		Set<String> statements = new HashSet<>();
		cards.content(conversation.cardVersionId()).ifPresent(content -> content.themes().forEach(theme -> {
			theme.questions().forEach(question -> questions.add(question.key()));
			statements.add(theme.statementKey());
		}));
		draft.texts().forEach((key, text) -> {
			Conversation.require(questions.contains(key), "preparation.error.unknownQuestion");
			limits.require("answer.text", "a." + key, text == null ? null : text.strip());
		});
		draft.scores().keySet().forEach(key -> Conversation.require(statements.contains(key),
				"preparation.error.unknownQuestion"));
		draft.talkingPoints().forEach(point -> limits.require("talking_point.text", "talkingPoint",
				point == null ? null : point.strip()));
		limits.require("preparation.appreciation", "appreciation",
				draft.appreciation() == null ? null : draft.appreciation().strip());
	}

}
