package nl.goedgesprek.conversations.internal;

import java.time.LocalDateTime;

/**
 * Something on a conversation's agenda, with why it is there: an open agreement carried over, a
 * talking point not ticked off last time, or a key theme that has not come up for a while.
 * @param subject what to talk about (an agreement, a talking point, a theme's title)
 * @param since when it came from (the earlier conversation), or {@code null}
 */
public record AgendaItem(Reason reason, String subject, LocalDateTime since) {

	public enum Reason { OPEN_AGREEMENT, TALKING_POINT_LEFT, THEME_NOT_COVERED }

}
