package vn.dangbo.records.minutes;

import java.util.List;

/** The minutes of a congress (biên bản đại hội): a title, the congress's particulars, and the body in blocks. */
public record CongressMinutes(String title, String congressName, String subtitle, List<MinutesBlock> blocks) {
}
