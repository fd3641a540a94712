package nl.goedgesprek.conversations.internal;

/**
 * The one rule of PRIVACY.md for what a conversation may draw from earlier ones, as SQL conditions on
 * an earlier conversation {@code c} for the pair {@code (:employee, :manager)} of the conversation at
 * hand. Every agenda, "hielp het?" and history source reads earlier conversations through these, so
 * after a move the new manager gets the employee's open agreements (which the rule allows on its own)
 * and nothing else of the records with an earlier manager, unless the employee shared that record.
 */
final class EarlierConversations {

	/**
	 * The pair's own earlier conversations. What only lived in the preparations (talking points,
	 * statement scores) never leaves the pair that prepared it, shared record or not.
	 */
	static final String OF_THE_PAIR = "(c.employee_id = :employee and c.manager_id = :manager)";

	/**
	 * The earlier records the pair may read together: their own, and a record with an earlier manager
	 * that the employee shared with this manager, while this manager is still the employee's manager
	 * (the same condition as {@code AccessRules.maySeeSharedRecord}).
	 */
	static final String RECORD_READABLE_BY_THE_PAIR = """
			(c.employee_id = :employee and (c.manager_id = :manager or exists (
			    select 1 from record_share s join people_employee_v e on e.id = c.employee_id
			    where s.conversation_id = c.id and s.manager_id = :manager and e.manager_id = :manager)))""";

	private EarlierConversations() {
	}

}
