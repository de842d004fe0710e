package vn.dangbo.records.congress;

import vn.dangbo.records.shared.InvalidField;

/** A delegate photo is a JPEG or PNG (told by its first bytes, not by what the client claims), not too large. */
final class PhotoCheck {

    private PhotoCheck() {
    }

    static String type(byte[] bytes, int maxBytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidField("photo", "field.required");
        }
        if (bytes.length > maxBytes) {
            throw new InvalidField("photo", "congress.photo.tooLarge", maxBytes / (1024 * 1024));
        }
        if (bytes.length > 3 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xD8 && (bytes[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        if (bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return "image/png";
        }
        throw new InvalidField("photo", "congress.photo.type");
    }
}
