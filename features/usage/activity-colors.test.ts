import { describe, expect, test } from "vitest";
import { ACTIVITIES } from "@/lib/catalog/activities";
import {
  ACTIVITY_COLORS,
  UNKNOWN_ACTIVITY_COLOR,
  activityColor,
  activityLabel,
  compareActivities,
} from "./activity-colors";

describe("activity colours", () => {
  test("every activity has its own colour", () => {
    const colors = ACTIVITIES.map((activity) => ACTIVITY_COLORS[activity]);
    expect(new Set(colors).size).toBe(ACTIVITIES.length);
    expect(colors).not.toContain(UNKNOWN_ACTIVITY_COLOR);
  });

  test("colours are six-digit hex", () => {
    for (const activity of ACTIVITIES) {
      expect(ACTIVITY_COLORS[activity]).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  test("unknown activity gets the fallback colour", () => {
    expect(activityColor("speech")).toBe(ACTIVITY_COLORS.speech);
    expect(activityColor("telepathy")).toBe(UNKNOWN_ACTIVITY_COLOR);
  });

  test("labels come from the catalog", () => {
    expect(activityLabel("syncTts")).toBe("Speech (sync)");
    expect(activityLabel("telepathy")).toBe("telepathy");
  });

  test("sorts in catalog order, unknown last", () => {
    const sorted = ["zeta", "voiceIntelligence", "speech", "alpha", "script"].sort(compareActivities);
    expect(sorted).toEqual(["script", "speech", "voiceIntelligence", "alpha", "zeta"]);
  });
});
