package vn.dangbo.records.congress;

/** How a delegate was checked in: their card's QR code at the door, their own device, the desk, the camera. */
public enum CheckInMethod {
    CARD, SELF, DESK, FACE
}
