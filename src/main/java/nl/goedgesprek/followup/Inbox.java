package nl.goedgesprek.followup;

import org.springframework.stereotype.Service;

import nl.goedgesprek.followup.internal.NotificationRepository;
import nl.goedgesprek.people.EmployeeId;

/** What the rest of the application asks of the inbox: how many unread messages someone has. */
@Service
public class Inbox {

	private final NotificationRepository notifications;

	Inbox(NotificationRepository notifications) {
		this.notifications = notifications;
	}

	public int unreadCount(EmployeeId person) {
		return notifications.countUnread(person.value());
	}

}
