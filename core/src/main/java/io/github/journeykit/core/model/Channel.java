package io.github.journeykit.core.model;

import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * The medium of a touchpoint: web, app, phone, store and so on. An open set: the constants cover
 * the common channels, and {@link #of(String)} names any other.
 *
 * <pre>{@code
 * Channel web = Channel.WEB;
 * Channel kiosk = Channel.of("kiosk");
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class Channel {
  /** A web site. */
  public static final Channel WEB = of("web");

  /** A mobile or desktop application. */
  public static final Channel APP = of("app");

  /** A phone call, to or from a contact centre. */
  public static final Channel PHONE = of("phone");

  /** A shop, branch or other physical site. */
  public static final Channel STORE = of("store");

  /** Live chat, with a person or a bot. */
  public static final Channel CHAT = of("chat");

  /** Email. */
  public static final Channel EMAIL = of("email");

  /** Text messages. */
  public static final Channel SMS = of("sms");

  /** Social media. */
  public static final Channel SOCIAL = of("social");

  /** Letters and parcels. */
  public static final Channel MAIL = of("mail");

  /** Face to face, at the customer's place or elsewhere. */
  public static final Channel IN_PERSON = of("in-person");

  Channel() {}

  /**
   * The channel called {@code name}.
   *
   * @param name a key such as {@code web} or {@code video-call}: a lower-case letter, then letters,
   *     digits, '_' or '-'
   * @return the channel
   * @throws ValidationException if the name is not a key
   */
  public static Channel of(String name) {
    return ImmutableChannel.of(name);
  }

  /**
   * The channel's name.
   *
   * @return a key such as {@code web}
   */
  @Value.Parameter
  public abstract String name();

  @Value.Check
  final void check() {
    Problems.of("Channel").key("name", name()).throwIfAny();
  }

  /**
   * The name.
   *
   * @return the name, such as {@code web}
   */
  @Override
  public String toString() {
    return name();
  }
}
