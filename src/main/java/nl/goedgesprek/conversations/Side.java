package nl.goedgesprek.conversations;

/** The two participants of a conversation. Both have an equal voice; the code never ranks them. */
public enum Side {

	EMPLOYEE, MANAGER;

	public Side other() {
		return this == EMPLOYEE ? MANAGER : EMPLOYEE;
	}

}
