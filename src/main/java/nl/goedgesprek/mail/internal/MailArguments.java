package nl.goedgesprek.mail.internal;

import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.goedgesprek.conversations.ConversationSummary;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.shared.Dates;
import nl.goedgesprek.shared.Links;

/**
 * The facts every mail about a conversation starts with, in one order so all mail texts can use them
 * alike: {0} the kind ("check-in"), {1} the other participant, {2} the date, {3} the time, {4} the
 * link; further arguments follow from {5}.
 */
@Component
class MailArguments {

	private final MessageSource messages;

	private final Dates dates;

	private final Links links;

	MailArguments(MessageSource messages, Dates dates, Links links) {
		this.messages = messages;
		this.dates = dates;
		this.links = links;
	}

	Object[] about(ConversationSummary conversation, EmployeeId recipient, Locale language, String path,
			Object... more) {
		var when = conversation.scheduledAt().atZone(Dates.ZONE).toInstant();
		Object[] facts = { messages.getMessage("conversation.kind." + conversation.kind().name(), null, language)
			.toLowerCase(language), conversation.partnerOf(recipient), dates.date(when, language),
				dates.time(when, language), links.to("/conversations/" + conversation.id().value() + path).toString() };
		return Stream.concat(Stream.of(facts), Stream.of(more)).toArray();
	}

}
