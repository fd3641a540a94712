package nl.goedgesprek.conversations;

import nl.goedgesprek.people.EmployeeId;

/**
 * Either side of a pair put a topic on their running agenda (lopende agenda); the other side hears it
 * in their inbox, without mail. {@code brief} is the topic's opening words, enough to recognise it.
 */
public record AgendaTopicAdded(long topic, EmployeeId employee, EmployeeId manager, EmployeeId addedBy, String brief) {

	/** How much of the topic's words the message carries. */
	public static final int BRIEF = 80;

	public static AgendaTopicAdded of(long topic, EmployeeId employee, EmployeeId manager, EmployeeId addedBy,
			String text) {
		return new AgendaTopicAdded(topic, employee, manager, addedBy, brief(text));
	}

	/** The one of the pair who did not add it. */
	public EmployeeId other() {
		return addedBy.equals(employee) ? manager : employee;
	}

	/** Whether the employee added it (else the manager). */
	public boolean byEmployee() {
		return addedBy.equals(employee);
	}

	/** The opening words, cut after a whole word where one ends near the limit. */
	static String brief(String text) {
		String clean = text.strip().replaceAll("\\s+", " ");
		if (clean.length() <= BRIEF) {
			return clean;
		}
		int cut = clean.lastIndexOf(' ', BRIEF);
		return clean.substring(0, cut > BRIEF / 2 ? cut : BRIEF).strip() + "…";
	}

}
