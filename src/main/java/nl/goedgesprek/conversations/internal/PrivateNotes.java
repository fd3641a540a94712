package nl.goedgesprek.conversations.internal;

import java.time.Clock;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.PeopleAccess;
import nl.goedgesprek.shared.EditClash;
import nl.goedgesprek.shared.TextLimits;

/**
 * Eigen notities: each participant's own notes on a conversation, before, during and after it. Only a
 * participant writes them, and only ever their own; every read goes by the author and asks
 * {@link PeopleAccess#mayReadPrivateNote}, so there is no way to ask for someone else's.
 */
@Service
@Transactional
public class PrivateNotes {

	private final PrivateNoteRepository notes;

	private final Participation participation;

	private final PeopleAccess access;

	private final TextLimits limits;

	private final Clock clock;

	PrivateNotes(PrivateNoteRepository notes, Participation participation, PeopleAccess access, TextLimits limits,
			Clock clock) {
		this.notes = notes;
		this.participation = participation;
		this.access = access;
		this.limits = limits;
		this.clock = clock;
	}

	/** The viewer's own notes on a conversation they take part in, if they wrote any. */
	@Transactional(readOnly = true)
	public Optional<PrivateNote> own(EmployeeId viewer, ConversationId id) {
		return own(viewer, participation.load(viewer, id));
	}

	/** The same, for a conversation the page loaded already (loading it again cost the page two statements). */
	public Optional<PrivateNote> own(EmployeeId viewer, Conversation conversation) {
		participation.takingPart(viewer, conversation);
		return notes.findByConversationIdAndAuthorId(conversation.id(), viewer)
			.filter(note -> access.mayReadPrivateNote(viewer, note.authorId()));
	}

	/**
	 * Saves the author's notes, if they did not save them elsewhere (another tab, another device)
	 * since loading them.
	 * @throws EditClash when a newer version is stored
	 */
	public PrivateNote write(EmployeeId author, ConversationId id, Integer expectedVersion, String text) {
		participation.load(author, id);
		limits.require("private_note.text", "text", text);
		PrivateNote note = notes.findByConversationIdAndAuthorId(id, author).orElseGet(() -> PrivateNote.empty(id, author));
		if (note.version() != null && !note.version().equals(expectedVersion)) {
			throw new EditClash();
		}
		note.write(text, clock.instant());
		try {
			return notes.save(note);
		}
		catch (OptimisticLockingFailureException | DuplicateKeyException e) {
			throw new EditClash();
		}
	}

}
