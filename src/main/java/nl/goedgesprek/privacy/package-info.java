/**
 * The organisation's accountability: the audit trail of who changed access (roles, passwords,
 * invitations, single sign-on, provisioning), which administrators read and filter, and
 * the read log of who opened whose conversation content; retention terms, legal holds, the daily retention
 * job and erasure on request, run through every module's {@code shared.ErasableData}. Export follows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package nl.goedgesprek.privacy;
