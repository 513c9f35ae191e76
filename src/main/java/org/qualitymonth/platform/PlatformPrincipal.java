package org.qualitymonth.platform;

/** What the layout shows of the signed-in user, implemented by the organisation module's user details. */
public interface PlatformPrincipal {

    String displayName();

    String organizationName();

    /** Message key of the user's role, e.g. {@code role.PROVINCIAL_ADMIN}. */
    String roleKey();
}
