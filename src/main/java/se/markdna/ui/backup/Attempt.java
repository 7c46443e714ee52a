package se.markdna.ui.backup;

/**
 * The result of background work whose expected failures the user must read as a plain message
 * (a file that is no backup, a full disk) rather than in the unexpected-error dialog that other
 * failures of {@code Shell.runWithProgress} get.
 */
record Attempt<T>(T value, RuntimeException failure) {

    static <T> Attempt<T> done(T value) {
        return new Attempt<>(value, null);
    }

    static <T> Attempt<T> failed(RuntimeException failure) {
        return new Attempt<>(null, failure);
    }

    boolean ok() {
        return failure == null;
    }
}
