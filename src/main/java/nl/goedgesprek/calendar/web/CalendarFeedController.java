package nl.goedgesprek.calendar.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import nl.goedgesprek.calendar.CalendarFeeds;
import nl.goedgesprek.calendar.ConversationCalendar;
import nl.goedgesprek.calendar.IcsFiles;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.Person;

/**
 * The calendar feed a person subscribes to from their own calendar app. No sign-in: the secret in
 * the address is the key. Unknown, revoked and deactivated all answer 404 alike.
 */
@Controller
class CalendarFeedController {

	private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final CalendarFeeds feeds;

	private final ConversationCalendar calendar;

	private final IcsFiles ics;

	private final People people;

	private final MessageSource messages;

	private final Clock clock;

	CalendarFeedController(CalendarFeeds feeds, ConversationCalendar calendar, IcsFiles ics, People people,
			MessageSource messages, Clock clock) {
		this.feeds = feeds;
		this.calendar = calendar;
		this.ics = ics;
		this.people = people;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/calendar/feed/{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token) {
		return feeds.ownerOf(token)
			.flatMap(people::find)
			.filter(Person::active)
			.map(owner -> ResponseEntity.ok()
				.contentType(CALENDAR)
				.cacheControl(CacheControl.noStore())
				.header("X-Robots-Tag", "noindex")
				.body(feedOf(owner.id())))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	private String feedOf(EmployeeId owner) {
		Locale language = people.language(owner);
		return ics.feed(messages.getMessage("calendar.feedName", null, language),
				calendar.eventsOf(owner, LocalDateTime.now(clock), language), clock.instant());
	}

}
