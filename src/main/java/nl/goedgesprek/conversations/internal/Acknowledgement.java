package nl.goedgesprek.conversations.internal;

import java.time.Instant;

import nl.goedgesprek.conversations.Side;

/** One participant's acknowledgement of the record: "voor gezien" or, separately, "voor akkoord". */
public record Acknowledgement(Side side, Kind kind, Instant acknowledgedAt) {

	public enum Kind { SEEN, AGREED }

}
