package ee.tokvs.portal.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** An upload keeps the file's own name, readable: no folders, no control characters, not endless. */
class UploadFileNameTest {

    @Test
    void keepsOnlyTheFilesOwnName() {
        assertEquals("claims.csv", UploadService.baseName("C:\\Users\\kati\\Desktop\\claims.csv"));
        assertEquals("passwd", UploadService.baseName("../../etc/passwd"));
        assertEquals("<script>.csv", UploadService.baseName("<script>.csv"), "markup is escaped where it is shown");
    }

    @Test
    void replacesControlCharactersAndLoneSurrogates() {
        assertEquals("a_b.csv", UploadService.baseName("a\u0000b.csv"));
        assertEquals("__[31m.csv", UploadService.baseName("\u0001\u001b[31m.csv"));
        assertEquals("_.csv", UploadService.baseName("\uD800.csv"));
        assertEquals("_", UploadService.baseName("\u0007"));
        assertEquals("nõuded 🦷.xlsx", UploadService.baseName("nõuded 🦷.xlsx"));
    }

    @Test
    void cutsALongNameWithoutSplittingACharacter() {
        assertEquals(200, UploadService.baseName("x".repeat(500)).length());
        String name = UploadService.baseName("x".repeat(199) + "🦷🦷");
        assertEquals("x".repeat(199), name);
    }
}
