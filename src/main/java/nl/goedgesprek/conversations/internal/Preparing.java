package nl.goedgesprek.conversations.internal;

import java.time.Clock;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.Side;
import nl.goedgesprek.people.EmployeeId;

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

	Preparing(Participation participation, PreparationRepository preparations, Clock clock) {
		this.participation = participation;
		this.preparations = preparations;
		this.clock = clock;
	}

	/** The viewer's own preparation, empty if they have not begun. */
	@Transactional(readOnly = true)
	public Preparation own(EmployeeId viewer, ConversationId id) {
		Conversation conversation = participation.load(viewer, id);
		Side side = conversation.sideOf(viewer);
		return preparations.findByConversationIdAndSide(id, side)
			.orElseGet(() -> Preparation.begin(id, viewer, side));
	}

	/** The other side's preparation, only when the sharing rule allows the viewer to read it. */
	@Transactional(readOnly = true)
	public Optional<Preparation> othersIfVisible(EmployeeId viewer, ConversationId id) {
		Conversation conversation = participation.load(viewer, id);
		Side side = conversation.sideOf(viewer);
		boolean ownShared = preparations.findByConversationIdAndSide(id, side).map(Preparation::shared).orElse(false);
		return preparations.findByConversationIdAndSide(id, side.other())
			.filter(other -> SharingRule.maySeeOthersPreparation(other.shared(), ownShared, conversation.status()));
	}

	/** Whether the other side has shared: all a participant learns before the rule lets them read it. */
	@Transactional(readOnly = true)
	public boolean otherHasShared(EmployeeId viewer, ConversationId id) {
		Conversation conversation = participation.load(viewer, id);
		return preparations.findByConversationIdAndSide(id, conversation.sideOf(viewer).other())
			.map(Preparation::shared)
			.orElse(false);
	}

	/** Whether the other side has begun preparing: enough to call the conversation "in voorbereiding". */
	@Transactional(readOnly = true)
	public boolean otherHasBegun(EmployeeId viewer, ConversationId id) {
		Conversation conversation = participation.load(viewer, id);
		return preparations.findByConversationIdAndSide(id, conversation.sideOf(viewer).other())
			.map(Preparation::started)
			.orElse(false);
	}

	/**
	 * Saves the author's draft.
	 * @param expectedVersion the version the page last saw ({@code null} for a first save)
	 * @return the new version, for the page to send with its next save
	 * @throws ConversationEditConflictException when the draft was saved elsewhere (another window)
	 */
	public Integer saveDraft(EmployeeId author, ConversationId id, Integer expectedVersion, PreparationDraft draft) {
		Conversation conversation = participation.load(author, id);
		Conversation.require(conversation.status().beforeTheConversation(), "preparation.error.tooLate");
		Preparation preparation = own(author, id);
		if (preparation.version() != null && !preparation.version().equals(expectedVersion)) {
			throw new ConversationEditConflictException();
		}
		preparation.saveDraft(draft, clock.instant());
		try {
			return preparations.save(preparation).version();
		}
		catch (OptimisticLockingFailureException e) {
			throw new ConversationEditConflictException();
		}
	}

	public void share(EmployeeId author, ConversationId id) {
		shareWith(author, id, null);
	}

	/**
	 * Saves what the share form holds and shares it, in one step. The form carries the author's whole
	 * preparation as it is on their screen, so it is saved without a version check: an autosave of the
	 * same page may still be on its way when the author clicks "share"; if it lands first, this throws
	 * {@link ConversationEditConflictException} and the caller tries again in a new transaction.
	 */
	public void saveAndShare(EmployeeId author, ConversationId id, PreparationDraft draft) {
		shareWith(author, id, draft);
	}

	private void shareWith(EmployeeId author, ConversationId id, PreparationDraft draft) {
		Conversation conversation = participation.load(author, id);
		Conversation.require(conversation.status().beforeTheConversation(), "preparation.error.tooLate");
		Preparation preparation = own(author, id);
		if (draft != null) {
			preparation.saveDraft(draft, clock.instant());
		}
		preparation.share(clock.instant());
		try {
			preparations.save(preparation);
		}
		catch (OptimisticLockingFailureException e) {
			throw new ConversationEditConflictException();
		}
	}

}
