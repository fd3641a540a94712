package nl.goedgesprek.conversations.internal;

import java.time.LocalDateTime;

/**
 * Something on a conversation's agenda, with why it is there: an open agreement carried over, a
 * talking point not ticked off last time, or a key theme that has not come up for a while.
 * @param subject what to talk about (an agreement, a talking point, a theme's title)
 * @param since when it came from (the earlier conversation), or {@code null}
 * @param note why a talking point was parked, or {@code null}
 */
public record AgendaItem(Reason reason, String subject, LocalDateTime since, String note) {

	public enum Reason { OPEN_AGREEMENT, TALKING_POINT_LEFT, TALKING_POINT_PARKED, THEME_NOT_COVERED }

	public AgendaItem(Reason reason, String subject, LocalDateTime since) {
		this(reason, subject, since, null);
	}

}
