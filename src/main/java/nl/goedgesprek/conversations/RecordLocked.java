package nl.goedgesprek.conversations;

import java.time.Instant;

/** Both participants saw the record ("voor gezien"); it is locked, corrections are amendments. */
public record RecordLocked(ConversationId conversation, Instant lockedAt) {
}
