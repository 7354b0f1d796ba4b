package org.dmp.domain.actor;

import org.dmp.domain.shared.Require;

/**
 * Who calls an application service, through which channel, in which access mode and, for an
 * emergency access, why. The boundaries build it from the authenticated identity (and, for software
 * acting for a professional, from the professional's signed assertion); the services check it
 * against the authenticated principal and audit it with every act.
 *
 * @param reason why a professional reads without authorization (break-glass, centre 15); {@code
 *     null} in normal mode
 */
public record Caller(Actor actor, Channel channel, AccessMode mode, String reason) {

  public Caller {
    Require.present(actor, "acteur", "actor");
    Require.present(channel, "canal", "channel");
    Require.present(mode, "mode d'accès", "access mode");
    reason = reason == null || reason.isBlank() ? null : reason.strip();
  }

  public static Caller of(Actor actor, Channel channel) {
    return new Caller(actor, channel, AccessMode.NORMAL, null);
  }

  /** The same caller in an emergency mode, with its justification. */
  public Caller inEmergency(AccessMode emergency, String why) {
    return new Caller(actor, channel, emergency, why);
  }
}
