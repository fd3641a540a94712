package nl.goedgesprek.mail;

/** The kinds of mail Goedgesprek sends; each person can turn each kind off. */
public enum MailKind {

	/** A conversation was planned, moved or cancelled; comes with a calendar attachment. */
	INVITATION,

	/** A few days before a conversation, to whoever has not shared their preparation. */
	PREPARE,

	/** A record waits for "voor gezien" a few days after the conversation. */
	ACKNOWLEDGE,

	/** An agreement you own is due in a few days. */
	AGREEMENT_DUE,

	/** An agreement you own is past its date and not finished. */
	AGREEMENT_OVERDUE,

	/** The other participant reported progress on an agreement (terugkoppeling). */
	AGREEMENT_PROGRESS,

	/** An employee who moved to you shared the record of an earlier conversation with you. */
	RECORD_SHARED,

	/** A colleague asks you for input, and one reminder before their date if you have not answered. */
	FEEDBACK,

	/**
	 * A link to choose a password (an invitation or a reset). Not a kind anyone can turn off: it is how
	 * they get in. Once delivered over SMTP, the outbox's copy loses the link.
	 */
	ACCOUNT;

	/** The kinds a person can turn on and off in their settings. */
	public static java.util.List<MailKind> choosable() {
		return java.util.Arrays.stream(values()).filter(kind -> kind != ACCOUNT).toList();
	}

}
