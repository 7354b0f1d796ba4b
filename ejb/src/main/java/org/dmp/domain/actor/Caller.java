package org.dmp.domain.actor;

import org.dmp.domain.shared.Require;

/**
 * Who calls an application service, through which channel and in which access mode. The boundaries
 * build it from the authenticated identity; the services audit it with every act.
 */
public record Caller(Actor actor, Channel channel, AccessMode mode) {

  public Caller {
    Require.present(actor, "acteur", "actor");
    Require.present(channel, "canal", "channel");
    Require.present(mode, "mode d'accès", "access mode");
  }

  public static Caller of(Actor actor, Channel channel) {
    return new Caller(actor, channel, AccessMode.NORMAL);
  }
}
