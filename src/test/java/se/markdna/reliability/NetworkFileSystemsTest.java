package se.markdna.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.markdna.persistence.NetworkFileSystems;

class NetworkFileSystemsTest {

    @TempDir
    Path dir;

    @Test
    void aLocalTemporaryFolderIsNotANetworkShare() {
        assertThat(NetworkFileSystems.isNetworkPath(dir.resolve("x.db"))).isFalse();
    }

    @Test
    void nfsAndSmbMountsAreNetworkSharesAndLocalFileSystemsAreNot() {
        assertThat(NetworkFileSystems.isNetworkType("nfs4")).isTrue();
        assertThat(NetworkFileSystems.isNetworkType("CIFS")).isTrue();
        assertThat(NetworkFileSystems.isNetworkType("smb3")).isTrue();
        assertThat(NetworkFileSystems.isNetworkType("ext4")).isFalse();
        assertThat(NetworkFileSystems.isNetworkType("NTFS")).isFalse();
    }
}
