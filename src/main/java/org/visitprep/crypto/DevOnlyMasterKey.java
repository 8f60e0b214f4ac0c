package org.visitprep.crypto;

/**
 * The master key for a developer's machine and the demo: used only when {@code visitprep.crypto.dev-key=true} is set
 * explicitly and no real master key is configured.
 *
 * <p>Its value is public (it is in this source file), so anything sealed under it is as good as clear text.
 */
public final class DevOnlyMasterKey {

    /** The id under which data keys wrapped by the demo key are stored. */
    public static final String ID = "dev-only-demo";

    /** Dev-only demo value, never use in production: base64 of 32 bytes, published with the source code. */
    public static final String DEMO_VALUE = "0VphWSZM7tqYsiIY6HIYHjPAgyLY1ZejST/0uaVLQdA=";

    private DevOnlyMasterKey() {}
}
