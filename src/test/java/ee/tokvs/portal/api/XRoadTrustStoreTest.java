package ee.tokvs.portal.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.tokvs.portal.testdata.XRoadListenerProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A CA in the X-Road trust store vouches for anyone it certifies: without pinned fingerprints the listener won't start. */
class XRoadTrustStoreTest {

    @Test
    void aCaWithoutPinnedFingerprintsIsRefusedAndWithThemAccepted() {
        List<String> ca = List.of(XRoadListenerProfile.caPem().toString());
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> XRoadListener.refuseUnpinnedAuthority(ca, false));
        assertTrue(refused.getMessage().contains("TOKVS_XROAD_CLIENT_FINGERPRINTS"), refused.getMessage());
        assertDoesNotThrow(() -> XRoadListener.refuseUnpinnedAuthority(ca, true));
    }
}
