package nl.goedgesprek.insights.internal;

/**
 * The three kinds of scope the monthly totals are kept for, each with the column of the
 * per-conversation read model ({@code i}) that says which scope a row belongs to.
 */
enum ScopeKind {

	/** Everyone: one scope, id 0. */
	ORGANISATION("O", "cast(0 as bigint)"),

	/** The team at the time of the conversation; id 0 for people without a team. */
	TEAM("T", "coalesce(i.team_id, 0)"),

	/** The manager at the time of the conversation. */
	MANAGER("M", "i.manager_id");

	final String code;

	/** SQL for the scope id of a read-model row aliased {@code i}. */
	final String idOfRow;

	ScopeKind(String code, String idOfRow) {
		this.code = code;
		this.idOfRow = idOfRow;
	}

	/** The scope id of a row with this team and manager. */
	long idOf(Long team, long manager) {
		return switch (this) {
			case ORGANISATION -> 0;
			case TEAM -> team == null ? 0 : team;
			case MANAGER -> manager;
		};
	}

	/**
	 * SQL that keeps the read-model rows ({@code i}) of scope {@code :scopeId}, written so the indexes
	 * serve it (the parameter may go unused).
	 */
	String rowsOf(long id) {
		return switch (this) {
			case ORGANISATION -> "1 = 1";
			case TEAM -> id == 0 ? "i.team_id is null" : "i.team_id = :scopeId";
			case MANAGER -> "i.manager_id = :scopeId";
		};
	}

}
