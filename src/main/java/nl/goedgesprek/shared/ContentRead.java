package nl.goedgesprek.shared;

import java.time.Instant;

/**
 * Someone read conversation content another person wrote (or wrote with them): a line for the read
 * log (PRIVACY.md, accountability). The module that shows the content publishes it as a plain event
 * after its own access check passed; the {@code privacy} module keeps it. Deliberately not a modulith
 * event: it is published on every such page view and goes through no publication registry.
 * @param readerId who read
 * @param subjectId whose words they read: the other participant, or the person of a timeline
 * @param conversationId the conversation, or {@code null}
 * @param storyId the year story, or {@code null}
 */
public record ContentRead(long readerId, long subjectId, Kind kind, Long conversationId, Long storyId, Instant at) {

	/** What was opened; the read log shows it in the reader's language as {@code readlog.kind.<KIND>}. */
	public enum Kind {

		/** The conversation page showing the other's shared preparation. */
		PREPARATION,
		/** The conversation itself: both preparations, the joint notes, agreements. */
		TALK,
		/** The record (gespreksverslag). */
		RECORD,
		/** An earlier record the employee shared with their manager now. */
		SHARED_RECORD, YEAR_STORY, TIMELINE,
		/** The record, or a shared record, downloaded as a PDF. */
		RECORD_PDF,
		/** Colleagues' input: named answers read by the asker, or answers in a preparation read by the other participant. */
		FEEDBACK

	}

	public static ContentRead ofConversation(long readerId, long subjectId, Kind kind, long conversationId) {
		return new ContentRead(readerId, subjectId, kind, conversationId, null, Instant.now());
	}

}
