package nl.goedgesprek.conversations;

/** Where an agreement stands: open, bezig, gedaan, niet gelukt (with a reason), vervallen (with a reason). */
public enum AgreementStatus {

	OPEN, IN_PROGRESS, DONE, NOT_ACHIEVED, DROPPED;

	public boolean needsReason() {
		return this == NOT_ACHIEVED || this == DROPPED;
	}

	public boolean finished() {
		return this == DONE || this == NOT_ACHIEVED || this == DROPPED;
	}

}
