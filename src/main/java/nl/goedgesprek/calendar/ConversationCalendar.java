package nl.goedgesprek.calendar;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import nl.goedgesprek.cards.ConversationKind;
import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.ConversationSummary;
import nl.goedgesprek.conversations.Conversations;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.shared.Dates;
import nl.goedgesprek.shared.Links;

/**
 * Conversations as calendar events, seen by one participant and in their language. The event says
 * with whom and links to the conversation; it carries no content.
 */
@Service
public class ConversationCalendar {

	/** How long a feed looks back, so a conversation just held stays visible for a while. */
	static final Duration FEED_HISTORY = Duration.ofDays(90);

	private final Conversations conversations;

	private final MessageSource messages;

	private final Links links;

	ConversationCalendar(Conversations conversations, MessageSource messages, Links links) {
		this.conversations = conversations;
		this.messages = messages;
		this.links = links;
	}

	public CalendarEvent event(ConversationSummary conversation, EmployeeId viewer, int revision, Locale locale) {
		String kind = messages.getMessage("conversation.kind." + conversation.kind().name(), null, locale);
		String partner = conversation.partnerOf(viewer);
		var url = links.to("/conversations/" + conversation.id().value());
		return new CalendarEvent(uid(conversation.id()),
				conversation.scheduledAt().atZone(Dates.ZONE).toInstant(), duration(conversation.kind()),
				messages.getMessage("calendar.summary", new Object[] { kind, partner }, locale),
				messages.getMessage("calendar.description", new Object[] { url.toString() }, locale), url, revision);
	}

	/** The viewer's conversations from a while ago on, for their feed. */
	public List<CalendarEvent> eventsOf(EmployeeId viewer, LocalDateTime now, Locale locale) {
		return conversations.calendarOf(viewer, now.minus(FEED_HISTORY))
			.stream()
			.map(conversation -> event(conversation, viewer, 0, locale))
			.toList();
	}

	static String uid(ConversationId id) {
		return "conversation-" + id.value() + "@goedgesprek";
	}

	/** A check-in takes a quarter to half an hour; the annual conversation an hour. */
	static Duration duration(ConversationKind kind) {
		return kind == ConversationKind.ANNUAL ? Duration.ofMinutes(60) : Duration.ofMinutes(30);
	}

}
