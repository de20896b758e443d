package io.hqd.catalog;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Catalog files are UTF-8. Excel on Chinese Windows saves "CSV" in GB18030 (GBK): read as UTF-8 that gives
 * hundreds of garbled errors, so such a file is named once, with how to save it again.
 */
final class CatalogEncoding {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private CatalogEncoding() {
    }

    /** Null when the bytes are UTF-8; otherwise what is wrong and the fix, in Chinese. */
    static String problem(byte[] bytes) {
        if (decodes(bytes, StandardCharsets.UTF_8)) {
            return null;
        }
        String fix = "请用 Excel 打开此文件，选择“文件 → 另存为”，保存类型选“CSV UTF-8（逗号分隔）(*.csv)”后覆盖保存；"
                + "或用记事本打开，“另存为”时编码选 UTF-8。";
        if (decodes(bytes, GB18030)) {
            return "文件不是 UTF-8 编码，看起来是 Excel 在中文 Windows 上保存的 GB18030/GBK 编码，未读取。" + fix;
        }
        return "文件编码无法识别（不是 UTF-8），未读取。" + fix;
    }

    private static boolean decodes(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
