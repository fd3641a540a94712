package nl.goedgesprek.calendar;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * One conversation as a calendar sees it. The same {@code uid} in an invitation, an update, a
 * cancellation and the feed lets a calendar keep one entry per conversation.
 * @param revision grows with each change, so a calendar replaces an older copy with a newer one
 */
public record CalendarEvent(String uid, Instant start, Duration duration, String summary, String description,
		URI url, int revision) {
}
