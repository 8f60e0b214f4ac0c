package org.visitprep.web.patient.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordUploadTest {

    @ParameterizedTest
    @CsvSource({
        "labs.json, labs.json",
        "C:\\Users\\me\\export.zip, export.zip",
        "../../etc/passwd, passwd",
        "'  ', upload",
        "folder/, upload"
    })
    void anUploadKeepsOnlyTheFilesOwnName(String submitted, String kept) {
        assertEquals(kept, RecordUpload.nameOf(submitted));
    }
}
