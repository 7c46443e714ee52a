package se.markdna.persistence;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Tells whether a database file sits on a network file system. SQLite's locking is not reliable
 * over NFS or SMB, so two users there can corrupt the register; the shared-database mode is the
 * right tool for that, and the user is warned.
 */
public final class NetworkFileSystems {

    private static final Set<String> NETWORK_TYPES = Set.of("nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs",
            "afs", "ncpfs", "9p", "fuse.sshfs", "sshfs", "davfs", "fuse.davfs2", "webdav", "ceph", "glusterfs",
            "fuse.glusterfs", "lustre");

    private NetworkFileSystems() {
    }

    public static boolean isNetworkPath(Path file) {
        Path absolute = file.toAbsolutePath();
        String text = absolute.toString();
        if (text.startsWith("\\\\") || text.startsWith("//")) {
            return true; // a Windows UNC path
        }
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return false;
        }
        try {
            FileStore store = Files.getFileStore(existing);
            return isNetworkType(store.type());
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    public static boolean isNetworkType(String type) {
        return type != null && NETWORK_TYPES.contains(type.toLowerCase(Locale.ROOT));
    }
}
